package offline

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/doc"
)

// analysis is the working state of one briefing.
type analysis struct {
	b     *Briefer
	text  string
	d     *doc.Doc
	toks  []token
	qs    []quote
	sents []sentInfo
	reg   *registry
	// claims in article order.
	claims []*claimRec
	lower  string // the text lower-cased, computed on demand
	// midCap holds words seen capitalised inside a sentence (so names),
	// lowerSeen words seen in lower case (so common words).
	midCap, lowerSeen map[string]bool
}

// sentInfo is what the analysis learns about one sentence.
type sentInfo struct {
	t0, t1 int // token range
	header bool
	// quoteWords and words count the sentence's words inside and outside
	// quotations.
	quoteWords, words int
	claim             *claimRec
	subject           *entity // the entity named first as a subject
	subjTok           int     // where subject is named
}

// Attribution kinds.
const (
	akSubject   = iota // "X said …"
	akInverted         // "…," said X
	akAccording        // according to X
	akPassive          // … was condemned by X
	akQuoted           // X was quoted as saying / quoted X as saying
	akPartic           // X …, saying …
	akInherit          // a quotation continuing X's words
)

// claimRec is one attributed statement: who, how, and where its words are.
type claimRec struct {
	speakers []*entity
	surfaces []string // how the article names each speaker here
	verb     verbInfo
	kind     int
	cue      int // token index of the cue, -1 if none
	sent     int // first sentence (0-based)
	last     int // last sentence (0-based)
	// content is the byte span of the reported words (after the cue for
	// indirect speech, before it for "…," he said), or [-1,-1]; content2
	// a further quotation after the attribution.
	content, content2 [2]int
	// direct is set when content is the speaker's own words without
	// quotation marks (an interview answer).
	direct bool
	// marked is set when the words after the cue were introduced by
	// "that", a colon or a quotation mark.
	marked bool
	// quotes are indexes into analysis.qs of the quotations attributed.
	quotes []int
	// extra are further reported clauses of the same speaker in the
	// sentence (", insisting that …"): verb and span.
	extra []extraClause
}

type extraClause struct {
	verb verbInfo
	span [2]int
}

func (a *analysis) run() {
	a.d = doc.Parse(a.text)
	qs, marks := scanQuotes(a.d)
	a.qs = qs
	a.toks = tokenize(a.text, qs, marks)
	a.reg = newRegistry()
	a.sents = make([]sentInfo, len(a.d.Sentences))
	ti := 0
	for i, s := range a.d.Sentences {
		for ti < len(a.toks) && a.toks[ti].start < s.Start {
			ti++
		}
		t0 := ti
		for ti < len(a.toks) && a.toks[ti].start < s.End {
			ti++
		}
		si := &a.sents[i]
		si.t0, si.t1 = t0, ti
		for k := t0; k < ti; k++ {
			if a.toks[k].kind == tWord {
				if a.toks[k].q >= 0 {
					si.quoteWords++
				} else {
					si.words++
				}
			}
		}
	}
	a.markCase()
	a.markHeaders()
	labels := a.interviewLabels()
	for i := range a.sents {
		if a.sents[i].header {
			continue
		}
		a.scanMentions(i)
		if lb, ok := labels[a.d.Sentences[i].Para]; ok {
			a.labelled(i, lb)
			continue
		}
		a.attribute(i)
	}
	a.propagateQuotes()
}

// label is an interview speaker tag opening a paragraph: "((Name))" or
// "Name:". Its tokens are [t0, t1); question is set when every sentence
// of the paragraph is a question (the interviewer's turn).
type label struct {
	t0, t1   int
	question bool
	claim    *claimRec
}

// interviewLabels finds paragraphs that open with a speaker tag, as in
// interview transcripts.
func (a *analysis) interviewLabels() map[int]*label {
	out := map[int]*label{}
	var last *label
	for pi, p := range a.d.Paragraphs {
		s := &a.sents[p.First]
		if s.header {
			continue
		}
		if last != nil && !last.question && !a.tagged(s) {
			// An untagged paragraph after an answer continues it.
			out[pi] = last
			continue
		}
		t0 := s.t0
		lb := &label{}
		switch {
		case t0+3 < s.t1 && a.toks[t0].s == "(" && a.toks[t0+1].s == "(":
			j := t0 + 2
			for j < s.t1 && j < t0+8 && a.toks[j].s != ")" {
				j++
			}
			if j+1 >= s.t1 || a.toks[j+1].s != ")" || j == t0+2 {
				continue
			}
			lb.t0, lb.t1 = t0+2, j
		default:
			j := t0
			for j < s.t1 && j < t0+4 && a.toks[j].kind == tWord && a.toks[j].cap {
				j++
			}
			if j == t0 || j >= s.t1 || a.toks[j].s != ":" || j+1 >= s.t1 {
				continue
			}
			lb.t0, lb.t1 = t0, j
		}
		lb.question = true
		for k := p.First; k <= p.Last; k++ {
			if !strings.HasSuffix(strings.TrimRight(a.d.Sentences[k].Text, "\"”’' "), "?") {
				lb.question = false
			}
		}
		out[pi] = lb
		last = lb
	}
	return out
}

// tagged reports whether a sentence opens with a speaker tag.
func (a *analysis) tagged(s *sentInfo) bool {
	t0 := s.t0
	if t0+1 < s.t1 && a.toks[t0].s == "(" && a.toks[t0+1].s == "(" {
		return true
	}
	j := t0
	for j < s.t1 && j < t0+4 && a.toks[j].kind == tWord && a.toks[j].cap {
		j++
	}
	return j > t0 && j < s.t1 && a.toks[j].s == ":"
}

// labelled attributes sentence i of a tagged paragraph to the tag's
// speaker, as one claim per paragraph; an interviewer's questions are
// neither claims nor facts.
func (a *analysis) labelled(i int, lb *label) {
	s := &a.sents[i]
	if lb.question {
		s.header = true
		return
	}
	if lb.claim == nil {
		m := a.parseNP(lb.t0, lb.t1)
		if m == nil {
			return
		}
		e := a.resolve(m, i, lb.t0)
		if e == nil {
			return
		}
		rec := &claimRec{speakers: []*entity{e}, surfaces: []string{m.surface}, verb: a.b.verbs["says"],
			kind: akInherit, cue: -1, sent: i, last: i, content: [2]int{-1, -1}, content2: [2]int{-1, -1}}
		end := a.toks[lb.t1].end
		if a.toks[lb.t1].s == ")" && lb.t1+1 < len(a.toks) {
			end = a.toks[lb.t1+1].end
		}
		p := a.d.Paragraphs[a.d.Sentences[i].Para]
		rec.content = [2]int{end, p.End}
		for rec.content[0] < p.End && (a.text[rec.content[0]] == ' ' || a.text[rec.content[0]] == ':') {
			rec.content[0]++
		}
		rec.direct = true
		lb.claim = rec
		a.claims = append(a.claims, rec)
	}
	if a.d.Sentences[i].Para != a.d.Sentences[lb.claim.last].Para {
		// A continuation paragraph: its own claim, same speaker.
		p := a.d.Paragraphs[a.d.Sentences[i].Para]
		if p.First == i {
			rec := *lb.claim
			rec.sent, rec.last = i, i
			rec.content = [2]int{p.Start, p.End}
			lb.claim = &rec
			a.claims = append(a.claims, &rec)
		}
	}
	lb.claim.last = i
	s.claim = lb.claim
}

// markHeaders marks headline, dateline, legend and boilerplate lines:
// short paragraphs without final punctuation, and page furniture.
func (a *analysis) markHeaders() {
	for _, p := range a.d.Paragraphs {
		txt := a.text[p.Start:p.End]
		nw := len(strings.Fields(txt))
		last, _ := utf8.DecodeLastRuneInString(txt)
		end := strings.ContainsRune(".?!)", last)
		if strings.ContainsRune("\"”'’", last) {
			// A closing quotation mark ends a sentence only after final
			// punctuation ("…security.'" but not "citing 'security'").
			body := strings.TrimRight(txt, "\"”'’")
			p, _ := utf8.DecodeLastRuneInString(body)
			end = strings.ContainsRune(".?!,…", p)
		}
		short := p.First == p.Last && nw <= 20 && !end
		if short || nw <= 40 && boilerplate(txt) {
			for i := p.First; i <= p.Last; i++ {
				a.sents[i].header = true
			}
		}
	}
}

// boilerplate reports whether a short paragraph is page furniture rather
// than the article.
func boilerplate(s string) bool {
	l := strings.ToLower(s)
	for _, k := range boilerKeys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

var boilerKeys = []string{
	"donation", "donate", "mailing list", "newsletter", "subscribe", "sign up for", "cookie",
	"all rights reserved", "copyright ©", "click here", "advertisement", "share this", "follow us",
	"read more", "related articles", "sponsored content", "log in", "sign in", "terms of use",
	"privacy policy", "this story has been shared", "support our journalism",
}

// scanMentions registers the named entities of sentence i that lie outside
// quotations, so that later pronouns and descriptions can refer to them.
func (a *analysis) scanMentions(i int) {
	s := &a.sents[i]
	for k := s.t0; k < s.t1; {
		if !a.isOut(k) || !(a.toks[k].cap || determiners[a.toks[k].l]) || a.npStop(&a.toks[k]) && !determiners[a.toks[k].l] {
			k++
			continue
		}
		end := a.npRight(k, s.t1)
		if end <= k {
			k++
			continue
		}
		for _, part := range a.conjuncts(k, end) {
			a.registerMention(i, part[0], part[1])
		}
		k = end
	}
	a.scanDocAuthors(i)
}

// markCase records which words the article capitalises inside sentences
// and which it writes in lower case, to tell a name at the start of a
// sentence from a common noun there.
func (a *analysis) markCase() {
	a.midCap, a.lowerSeen = map[string]bool{}, map[string]bool{}
	for _, s := range a.sents {
		first := true
		for k := s.t0; k < s.t1; k++ {
			t := &a.toks[k]
			if t.kind != tWord {
				continue
			}
			switch {
			case !t.cap:
				a.lowerSeen[t.base()] = true
			case !first:
				a.midCap[t.base()] = true
			}
			first = false
		}
	}
}

// commonAtStart reports whether the one-word phrase at token k, first in
// its sentence, is a common noun capitalised only because it starts the
// sentence ("Roads were closed"): the article writes it in lower case
// elsewhere, or never capitalises it inside a sentence and it reads as a
// plural.
func (a *analysis) commonAtStart(k int) bool {
	t := &a.toks[k]
	if isAcronym(t.s) || a.midCap[t.base()] {
		return false
	}
	l := t.base()
	return a.lowerSeen[l] || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// registerMention registers the noun phrase [k, end) of sentence i.
func (a *analysis) registerMention(i, k, end int) {
	s := &a.sents[i]
	{
		m := a.parseNP(k, end)
		aside := k-1 >= s.t0 && a.toks[k-1].s == "("
		if m != nil && aside && end-k == 1 && isAcronym(a.toks[k].s) && k-2 >= s.t0 && !a.toks[k-2].cap {
			// "exclusive economic zone (EEZ)": the abbreviation of a common
			// noun, not an organisation that could speak.
			m = nil
		}
		if m != nil && m.kind == kOrg && end-k == 1 && k == s.t0 && a.commonAtStart(k) {
			m = nil
		}
		if m != nil && (m.kind == kPerson || m.kind == kOrg || m.kind == kCountry || m.kind == kDesc && m.plural && speakerNouns[m.head]) {
			// A parenthesis is an aside, never the subject.
			subj := !aside && !(k-1 >= s.t0 && a.isOut(k-1) && prepositions[a.toks[k-1].l])
			e := a.resolve(m, i, k)
			if e != nil && e.kind == kPerson && end+1 < s.t1 && a.toks[end].s == "," {
				// "Angela Merkel, the Chancellor of Germany,": the
				// appositive role describes the person.
				if e2 := a.npRight(end+1, s.t1); e2 > end+1 && e2 < s.t1 && a.toks[e2].s == "," {
					if am := a.parseNP(end+1, e2); am != nil && am.kind == kDesc && titleWords[am.head] {
						a.describe(e, am, i, end+1)
					}
				}
			}
			if e != nil {
				// "Mandiant, an Internet security firm": the appositive
				// classes the name.
				if end+2 < s.t1 && a.toks[end].s == "," && (a.toks[end+1].l == "a" || a.toks[end+1].l == "an" || a.toks[end+1].l == "the") {
					for j := end + 2; j < s.t1 && j < end+9; j++ {
						if !a.isOut(j) {
							if j > end+2 && len(classSyn[a.toks[j-1].base()]) > 0 {
								e.addClass(classesOf(a.toks[j-1].base())...)
							}
							break
						}
					}
				}
				a.reg.touch(e, i, k, subj)
				if subj && s.subject == nil {
					s.subject, s.subjTok = e, k
				}
				// "Name (ACR)" defines an acronym.
				if end+2 < s.t1 && a.toks[end].s == "(" && a.toks[end+2].s == ")" && isAcronym(a.toks[end+1].s) {
					a.reg.byName[fold(a.toks[end+1].s)] = e
					e.addName(a.toks[end+1].s)
				}
			}
		}
		if m != nil && m.kind == kDoc && m.affil != nil {
			if e := a.resolve(m.affil, i, k); e != nil {
				a.reg.docAuthor[m.head] = e
				a.reg.lastDoc = e
			}
		}
	}
}

// scanDocAuthors records "a report released by X", "a statement by X".
func (a *analysis) scanDocAuthors(i int) {
	s := &a.sents[i]
	for k := s.t0; k+1 < s.t1; k++ {
		if !a.isOut(k) || !docNouns[a.toks[k].base()] {
			continue
		}
		for j := k + 1; j < s.t1 && j < k+5; j++ {
			if !a.isOut(j) {
				break
			}
			if a.toks[j].l == "by" {
				end := a.npRight(j+1, s.t1)
				if m := a.parseNP(j+1, end); m != nil && end > j+1 {
					if e := a.resolve(m, i, j+1); e != nil {
						a.reg.docAuthor[a.toks[k].base()] = e
						a.reg.lastDoc = e
					}
				}
				break
			}
		}
	}
}

// resolve maps a mention at a place to an entity, creating one for a new
// name. It returns nil for mentions it cannot resolve.
func (a *analysis) resolve(m *mention, sent, tok int) *entity {
	if m == nil {
		return nil
	}
	r := a.reg
	switch m.kind {
	case kPron:
		switch m.head {
		case "he":
			return r.resolvePerson(sent, tok, 1)
		case "she":
			return r.resolvePerson(sent, tok, 2)
		case "it":
			return r.resolveOther(sent, tok, false)
		case "they":
			return r.resolveOther(sent, tok, true)
		}
		return nil
	case kCountry:
		return r.country(m.country)
	case kPerson:
		e := r.lookupName(m.name, true)
		if e == nil || e.kind != kPerson {
			e = r.newEntity(kPerson, m.name)
		}
		if len(m.name) > len(e.name) && strings.Contains(fold(m.name), fold(e.name)) {
			e.name = m.name
		}
		e.addName(m.name)
		r.index(e, m.name)
		a.describe(e, m, sent, tok)
		return e
	case kOrg:
		e := r.lookupName(m.name, false)
		if e == nil || e.kind == kPerson && m.country != nil {
			// A name that is a country's form ("Beijing") is its
			// government.
			if m.country != nil && fold(m.name) == fold(m.country.Name) {
				return r.country(m.country)
			}
			e = r.newEntity(kOrg, m.name)
		}
		e.addName(m.name)
		r.index(e, m.name)
		a.describe(e, m, sent, tok)
		return e
	case kDoc:
		if m.possessor != nil {
			if e := a.resolve(m.possessor, sent, tok); e != nil {
				return e
			}
		}
		if m.affil != nil {
			if e := a.resolve(m.affil, sent, tok); e != nil {
				return e
			}
		}
		if e, ok := r.docAuthor[m.head]; ok && m.definite {
			return e
		}
		if m.definite {
			return r.lastDoc
		}
		return nil
	case kDesc:
		var owner *entity
		if m.possessor != nil {
			owner = a.resolve(m.possessor, sent, tok)
		}
		if owner == nil && m.affil != nil {
			owner = a.resolve(m.affil, sent, tok)
		}
		if owner != nil && memberNouns[m.head] {
			// A spokesperson, office or official speaks for its owner.
			if owner.kind == kCountry || owner.gov {
				return owner
			}
			e := a.descEntity(m, owner)
			e.speaksFor = owner
			return e
		}
		if m.gov && !m.nonGov {
			c := m.country
			if c == nil && owner != nil {
				c = owner.country
			}
			if c == nil {
				if e := r.resolveClass(m.head, sent, tok); e != nil && m.definite {
					return e
				}
				if s := a.sents[sent].subject; s != nil && a.sents[sent].subjTok < tok && s.country != nil && (s.kind == kCountry || s.gov) {
					c = s.country
				} else if govOrgWords[m.head] || m.head == "media" {
					// A bare government body ("the defense ministry",
					// "state media") belongs to the government that last
					// spoke, or else to the country named last.
					c = r.govCountry
					if c == nil {
						c = r.lastCountry
					}
				}
			}
			if c != nil {
				e := r.country(c)
				return e
			}
		}
		if m.definite && m.affil == nil && m.possessor == nil {
			if e := r.resolveClass(m.head, sent, tok); e != nil {
				return e
			}
		}
		if m.head == "" || !isSpeakerNoun(m.head) {
			return nil
		}
		return a.descEntity(m, owner)
	}
	return nil
}

// descEntity returns the entity for a description without a name, merged
// with earlier descriptions of the same head noun and owner ("users",
// "officials with knowledge of classified data").
func (a *analysis) descEntity(m *mention, owner *entity) *entity {
	head := strings.TrimSuffix(m.head, "s")
	key := "desc|" + head
	if owner != nil {
		key += "|" + owner.name
	}
	if e, ok := a.reg.byName[key]; ok {
		e.addName(m.surface)
		return e
	}
	name := m.surface
	if owner != nil && m.possessor != nil {
		if strings.HasSuffix(owner.name, "s") {
			name = owner.name + "' " + m.head
		} else {
			name = owner.name + "'s " + m.head
		}
	}
	e := a.reg.newEntity(kDesc, name)
	e.addName(m.surface)
	e.plural = m.plural
	e.country = m.country
	e.addClass(m.classes...)
	a.reg.byName[key] = e
	return e
}

// describe copies what a mention says about an entity onto it.
func (a *analysis) describe(e *entity, m *mention, sent, tok int) {
	e.addClass(m.classes...)
	if m.head != "" {
		e.addClass(classesOf(m.head)...)
	}
	if m.country != nil && e.country == nil {
		e.country = m.country
	}
	if m.nonGov {
		e.nonGov = true
	}
	if m.gov && !m.nonGov && !e.nonGov {
		e.gov = true
	}
	if m.role != "" && m.kind == kPerson {
		e.addName(m.role + " " + m.name)
	}
	if e.speaksFor == nil && m.affil != nil && memberNouns[m.head] {
		if o := a.resolve(m.affil, sent, tok); o != nil && o != e {
			e.speaksFor = o
			// "Chinese Foreign Ministry spokesman": the body shares the
			// spokesperson's country.
			if o.country == nil && e.country != nil && o.kind == kOrg {
				o.country = e.country
				for _, w := range strings.Fields(fold(o.name)) {
					if govOrgWords[w] {
						o.gov = true
					}
				}
			}
		}
	}
	if e.speaksFor == nil && m.possessor != nil && memberNouns[m.head] {
		if o := a.resolve(m.possessor, sent, tok); o != nil && o != e {
			e.speaksFor = o
		}
	}
	if e.gov && e.country == nil && m.affil != nil && m.affil.country != nil {
		e.country = m.affil.country
	}
	if e.gov && e.country == nil && m.affil != nil {
		if o := a.resolve(m.affil, sent, tok); o != nil && o.country != nil && o.gov {
			e.country = o.country
		}
	}
	switch m.head {
	case "mrs", "mrs.", "ms", "ms.", "queen", "princess", "lady", "spokeswoman", "chairwoman", "congresswoman", "dame":
		e.gender = 2
	case "mr", "mr.", "king", "prince", "sir", "lord", "spokesman", "chairman", "congressman":
		e.gender = 1
	}
}
