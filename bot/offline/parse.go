package offline

import (
	"strings"
	"unicode"
)

// parseNP decomposes the noun phrase of tokens [t0, t1) into a mention:
// its name, role, head noun, country, government tie, possessor and
// affiliation. It returns nil for phrases that cannot name a speaker.
func (a *analysis) parseNP(t0, t1 int) *mention {
	var ws []int
	for i := t0; i < t1; i++ {
		if a.toks[i].kind == tWord {
			ws = append(ws, i)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	m := &mention{surface: a.text[a.toks[ws[0]].start:a.toks[ws[len(ws)-1]].end], tok: ws[0]}
	return a.decompose(m, ws)
}

func (a *analysis) decompose(m *mention, ws []int) *mention {
	tk := func(i int) *token { return &a.toks[ws[i]] }
	// A lone pronoun.
	if len(ws) == 1 {
		l := tk(0).l
		if b := pronounBase(l); b != "" {
			l = b
		}
		switch l {
		case "he", "him":
			m.kind, m.head = kPron, "he"
			return m
		case "she", "her":
			m.kind, m.head = kPron, "she"
			return m
		case "it", "they", "them", "we", "i":
			m.kind, m.head = kPron, l
			if l == "them" {
				m.head = "they"
			}
			return m
		}
	}
	// Leading determiners and flags.
	i := 0
	for ; i < len(ws); i++ {
		l := tk(i).l
		switch {
		case l == "the":
			m.definite = true
		case l == "his" || l == "her" || l == "its" || l == "their":
			pm := &mention{kind: kPron, head: map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}[l], tok: ws[i]}
			m.possessor = pm
		case l == "former" || l == "ex" || l == "retired" || l == "then" || l == "exiled" || l == "ousted":
			m.nonGov = true
		case l == "one" && i+1 < len(ws) && tk(i+1).l == "of":
			i++
			m.plural = false
		case determiners[l] || l == "multiple" || l == "numerous" || dayWords[l] || l == "also":
		default:
			goto body
		}
	}
body:
	ws = ws[i:]
	if len(ws) == 0 {
		return nil
	}
	// "an assembly of several foreign ministers", "a number of Senators",
	// "one of the users": the members speak.
	if len(ws) > 2 && collective[tk(0).l] && tk(1).l == "of" {
		ws = ws[2:]
		for len(ws) > 1 && (determiners[tk(0).l] || tk(0).l == "these" || tk(0).l == "several") {
			m.definite = m.definite || tk(0).l == "the"
			ws = ws[1:]
		}
	}
	// Possessor: "German Chancellor Angela Merkel's spokesperson".
	for p := len(ws) - 2; p >= 0; p-- {
		if tk(p).poss {
			pm := &mention{surface: a.span(ws[0], ws[p]), tok: ws[0]}
			m.possessor = a.decompose(pm, ws[:p+1])
			ws = ws[p+1:]
			break
		}
	}
	// "Erdogan's" alone is the possessor itself and falls through.
	// Prepositional phrase: "a spokesman for the Foreign Ministry",
	// "President Hassan Rouhani of Iran", "officials in Omsk".
	for j := 1; j < len(ws)-1; j++ {
		l := tk(j).l
		if tk(j).cap || !(l == "of" || l == "for" || l == "from" || l == "in" || l == "at" || l == "with" || l == "on" || l == "by" || l == "to") {
			continue
		}
		if l == "to" && roleTo[tk(j-1).l] {
			continue
		}
		prev := tk(j - 1)
		if (l == "of" || l == "from") && prev.cap && titleWords[prev.base()] {
			// "the Chancellor of Germany": a role with its country.
			k := j + 1
			if k < len(ws) && tk(k).l == "the" {
				k++
			}
			if g, n := a.b.gaz.match(a.words(ws), k); n > 0 && k+n == len(ws) {
				m.country = g.c
				ws = ws[:j]
				break
			}
		}
		if (l == "of" || l == "for") && prev.cap && (orgWords[prev.l] || titleWords[prev.l]) {
			// Part of a name: "Ministry of Foreign Affairs", "Secretary of
			// State" — unless a country closes the phrase after a title
			// ("President of Ukraine" stays, handled by the name rules).
			continue
		}
		if (l == "of" || l == "from") && prev.cap {
			// "President Hassan Rouhani of Iran": a country tie.
			if g, n := a.b.gaz.match(a.words(ws), j+1); n > 0 && j+1+n == len(ws) {
				m.country = g.c
				ws = ws[:j]
				break
			}
			if j+1 < len(ws) && tk(j+1).l == "the" {
				if g, n := a.b.gaz.match(a.words(ws), j+2); n > 0 && j+2+n == len(ws) {
					m.country = g.c
					ws = ws[:j]
					break
				}
			}
			if prev.cap && !speakerNouns[prev.l] {
				continue
			}
		}
		pp := &mention{surface: a.span(ws[j+1], ws[len(ws)-1]), tok: ws[j+1]}
		pm := a.decompose(pp, ws[j+1:])
		if l == "of" || l == "for" || l == "from" || l == "by" || l == "with" && m.head == "" {
			if l != "with" {
				m.affil = pm
			}
		}
		ws = ws[:j]
		break
	}
	if len(ws) == 0 {
		return nil
	}
	wl := a.words(ws)
	// Gazetteer words: countries, demonyms, capitals.
	gaz := make([]bool, len(ws))
	allGaz := true
	for j := 0; j < len(ws); {
		if g, n := a.b.gaz.match(wl, j); n > 0 && tk(j).cap {
			if m.country == nil && !(j > 0 && tk(j-1).l == "to") {
				m.country = g.c
			}
			for k := j; k < j+n; k++ {
				gaz[k] = true
			}
			j += n
			continue
		}
		if !(tk(j).l == "the" || glueWords[tk(j).l]) {
			allGaz = false
		}
		j++
	}
	for k, t := range ws {
		l := a.toks[t].base()
		if govTitles[l] || govTitles[singular(l)] || l == "state-run" || l == "state-owned" || l == "state" && k+1 < len(ws) && mediaWords[a.toks[ws[k+1]].base()] || l == "media" && k > 0 && a.toks[ws[k-1]].l == "state" {
			m.gov = true
		}
		if nonGovWords[l] || strings.HasPrefix(l, "ex-") {
			m.nonGov = true
		}
	}
	last := tk(len(ws) - 1)
	if allGaz && m.country != nil {
		m.kind, m.name = kCountry, a.span(ws[0], ws[len(ws)-1])
		return m
	}
	// The trailing name: capitalised words that are not titles,
	// organisation words or places ("Hong Lei", "Mohammad bin Salman").
	n0 := len(ws)
	for j := len(ws) - 1; j >= 0 && len(ws)-j <= 5; j-- {
		t := tk(j)
		if t.cap && !gaz[j] && !titleWords[t.base()] && !(titleMods[t.base()] && j+1 < len(ws) && titleWords[tk(j+1).base()]) && !orgWords[t.base()] && !dayWords[t.base()] && !isAcronym(t.s) && !locAdj(t.l) && (j == len(ws)-1 || !t.poss) {
			n0 = j
			continue
		}
		if !t.cap && (t.l == "bin" || t.l == "al" || t.l == "de" || t.l == "van" || t.l == "von" || t.l == "ibn" || t.l == "da" || t.l == "di" || t.l == "del" || t.l == "la" || t.l == "le" || t.l == "el") && j > 0 && tk(j-1).cap {
			continue
		}
		break
	}
	for n0 < len(ws) && !tk(n0).cap {
		n0++
	}
	if n0 > 0 && n0 < len(ws) && (tk(n0-1).l == "of" || tk(n0-1).l == "for" || tk(n0-1).l == "and") && !tk(n0-1).cap {
		// "Ministry of Foreign Affairs": the tail of an organisation's name.
		n0 = len(ws)
	}
	if n0 < len(ws) {
		name := a.span(ws[n0], ws[len(ws)-1])
		nameWords := len(ws) - n0
		hasTitle := n0 > 0 && (titleWords[tk(n0-1).base()] || tk(n0-1).l == "named" || tk(n0-1).l == "called")
		known := a.reg.lookupName(name, true)
		if hasTitle || nameWords >= 2 && nameWords <= 4 || known != nil && known.kind == kPerson {
			if known == nil || known.kind == kPerson || hasTitle || nameWords >= 2 {
				m.kind, m.name = kPerson, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
				if n0 > 0 {
					m.role = a.span(ws[0], ws[n0-1])
					for j := n0 - 1; j >= 0; j-- {
						if titleWords[tk(j).base()] {
							m.head = tk(j).base()
							break
						}
					}
					a.roleAffil(m, ws[:n0], gaz)
				}
				return m
			}
		}
	}
	// A description: the last word is a lower-case noun.
	if !last.cap && !isAcronym(last.s) {
		m.head = last.base()
		m.plural = strings.HasSuffix(m.head, "s") && !strings.HasSuffix(m.head, "ss") || collectiveHeads[m.head]
		if docNouns[m.head] {
			m.kind = kDoc
			if len(ws) > 1 && m.affil == nil {
				am := &mention{surface: a.span(ws[0], ws[len(ws)-2]), tok: ws[0]}
				if auth := a.decompose(am, ws[:len(ws)-1]); auth != nil && (auth.kind != kDesc || auth.gov || speakerNouns[auth.head] || auth.head != "" && len(classSyn[auth.head]) > 0) {
					m.affil = auth
				}
			}
			return m
		}
		// A capitalised run before a class noun names the body: "Mandiant
		// Internet security firm", "the Houthi movement".
		r0 := -1
		for j := len(ws) - 2; j >= 0; j-- {
			if tk(j).cap && !gaz[j] && !titleWords[tk(j).base()] && !dayWords[tk(j).base()] && !locAdj(tk(j).l) {
				r0 = j
				for r0 > 0 && tk(r0-1).cap && !gaz[r0-1] && !dayWords[tk(r0-1).base()] && !locAdj(tk(r0-1).l) {
					r0--
				}
				break
			}
		}
		isClass := (len(classSyn[m.head]) > 0 || len(classSyn[singular(m.head)]) > 0) && !memberNouns[m.head]
		if r0 >= 0 && isClass {
			r1 := r0
			for r1+1 < len(ws) && tk(r1+1).cap {
				r1++
			}
			m.kind, m.name = kOrg, a.span(ws[r0], ws[r1])
			m.classes = append(m.classes, classesOf(m.head)...)
			return m
		}
		m.kind = kDesc
		m.classes = classesOf(m.head)
		if r0 >= 0 && m.affil == nil && m.possessor == nil {
			r1 := r0
			for r1+1 < len(ws)-1 && tk(r1+1).cap {
				r1++
			}
			am := &mention{surface: a.span(ws[r0], ws[r1]), tok: ws[r0]}
			if af := a.decompose(am, ws[r0:r1+1]); af != nil && af.kind != kPerson {
				m.affil = af
			}
		}
		m.role = m.surface
		if isSpeakerNoun(m.head) || m.possessor != nil || m.affil != nil || m.country != nil {
			return m
		}
		return nil
	}
	// A capitalised run: an organisation, a role ("the President") or an
	// unknown single name.
	r0 := len(ws) - 1
	for r0 > 0 && (tk(r0-1).cap && !locAdj(tk(r0-1).l) || glueWords[tk(r0-1).l] && r0-2 >= 0 && tk(r0-2).cap) {
		r0--
	}
	name := a.span(ws[r0], ws[len(ws)-1])
	hasOrg := false
	for j := r0; j < len(ws); j++ {
		b := tk(j).base()
		if orgWords[b] {
			hasOrg = true
			m.classes = append(m.classes, classesOf(b)...)
		}
	}
	for j := 0; j < r0; j++ {
		if b := tk(j).base(); len(classSyn[b]) > 0 {
			m.classes = append(m.classes, classesOf(b)...)
		}
	}
	if (titleWords[last.base()] || titleMods[last.base()]) && !hasOrg {
		m.kind, m.head = kDesc, last.base()
		m.role = m.surface
		m.classes = classesOf(m.head)
		a.roleAffil(m, ws, gaz)
		return m
	}
	m.kind, m.name = kOrg, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if newsNames[fold(m.name)] || newsNames[strings.ReplaceAll(fold(m.name), " ", "-")] {
		m.classes = append(m.classes, "media")
	}
	if !hasOrg && r0 == len(ws)-1 && !isAcronym(last.s) {
		if e := a.reg.lookupName(m.name, true); e != nil && e.kind == kPerson {
			m.kind = kPerson
		}
	}
	if hasOrg && m.country != nil {
		for j := r0; j < len(ws); j++ {
			if govOrgWords[tk(j).base()] {
				m.gov = true
			}
		}
		// A news outlet named after its country ("China Youth Daily").
		if g, n := a.b.gaz.match(wl, r0); n > 0 && g.kind != formCapital {
			for j := r0; j < len(ws); j++ {
				if mediaWords[tk(j).base()] {
					m.gov = true
					m.classes = append(m.classes, "media")
				}
			}
		}
	}
	return m
}

// locAdj reports whether a word is a hyphenated modifier such as
// "Virginia-based" or "Kurdish-led", which qualifies rather than names.
func locAdj(l string) bool {
	if commonCaps[l] {
		return true
	}
	for _, suf := range []string{"-based", "-led", "-backed", "-owned", "-run", "-funded", "-controlled", "-born", "-registered", "-headquartered", "-aligned", "-allied", "-linked", "-affiliated", "-sponsored", "-made"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// collective nouns stand for their members ("a group of experts").
var collective = words(`assembly number group team panel delegation couple handful majority minority coalition body one some many most several two three four five all none each`)

// commonCaps are capitalised common nouns that never name a speaker.
var commonCaps = words(`internet web`)

// govOrgWords make a named body with a country tie a government body.
var govOrgWords = words(`ministry department office embassy consulate army navy government administration cabinet presidency military guard guards`)

// roleAffil finds the organisation a role names ("NATO Secretary-General",
// "Houthi military spokesperson", "ABS-CBN CEO").
func (a *analysis) roleAffil(m *mention, ws []int, gaz []bool) {
	for j := 0; j < len(ws); j++ {
		t := &a.toks[ws[j]]
		if !t.cap || gaz[j] || titleWords[t.base()] || titleMods[t.base()] || dayWords[t.base()] || t.l == "the" {
			continue
		}
		r1 := j
		for r1+1 < len(ws) && a.toks[ws[r1+1]].cap && !titleWords[a.toks[ws[r1+1]].base()] && !gaz[r1+1] {
			r1++
		}
		if j > 0 && (a.toks[ws[j-1]].l == "to" || a.toks[ws[j-1]].l == "the" && j > 1 && a.toks[ws[j-2]].l == "to") {
			// "Ambassador to the United Nations": where the role is
			// exercised, not whom it speaks for.
			j = r1
			continue
		}
		if t.poss && r1 == j {
			return
		}
		am := &mention{surface: a.span(ws[j], ws[r1]), tok: ws[j]}
		if af := a.decompose(am, ws[j:r1+1]); af != nil && af.kind == kOrg && m.affil == nil {
			m.affil = af
		}
		return
	}
}

// words returns the surface words of token indexes.
func (a *analysis) words(ws []int) []string {
	out := make([]string, len(ws))
	for i, t := range ws {
		out[i] = a.toks[t].s
	}
	return out
}

// span returns the article text from token i to token j inclusive.
func (a *analysis) span(i, j int) string {
	return a.text[a.toks[i].start:a.toks[j].end]
}

// isAcronym reports whether s is an acronym (two or more capitals, maybe
// with digits, dots or hyphens).
func isAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r) || r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return caps >= 2
}
