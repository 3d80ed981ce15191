package offline

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 4, interviews. An interview printed as questions and answers
// with no labels gives every answer to the one person it interviews:
//
//	Dr Amara Okonjo is chief scientist at … She spoke to us from Geneva.
//	Are we better prepared than we were in 2019?
//	In some ways, yes. We have vaccine platforms …
//
// A question is a paragraph of at most three sentences, outside
// quotations, whose last ends with a question mark. It takes at least
// three questions followed by a paragraph that is none (one may follow
// another), the first after an introduction that names exactly one
// person. The introduction or the last paragraph holds a word of an
// interview ([set interviewcues]: "interview", "interviewed"), or most
// questions open with a dialogue dash ("—¿A qué atribuyen esta
// subida?"), or the headline names that person; and most questions
// speak to someone ([set secondperson]: "you") or open with a dialogue
// dash, or the article is an explainer that asks its own questions. The
// paragraphs between two questions, and the one after the last, are
// answers.

// interview returns the sentence indexes of the answers, the index of
// the first question's sentence (the introduction ends there), and
// whether the interview is told by its questions alone, with no word of
// an interview and no dialogue dash (then the headline must name the
// one it interviews: "Sur les migrations avec François Héran"); nil
// when the article is no interview.
func (t *text) interview() (map[int]bool, int, bool) {
	lx := t.lx
	if len(lx.Sets["interviewcues"]) == 0 {
		return nil, 0, false
	}
	// The paragraphs, as sentence ranges.
	type para struct{ lo, hi int }
	var paras []para
	for i := range t.sents {
		if i == 0 || t.sents[i-1].para != t.sents[i].para {
			paras = append(paras, para{i, i + 1})
		} else {
			paras[len(paras)-1].hi = i + 1
		}
	}
	question := func(p para) bool {
		if p.hi-p.lo > 3 {
			return false
		}
		s := &t.sents[p.hi-1]
		if s.furniture {
			return false
		}
		// (A question printed after a dialogue dash, "—¿Cuántas plazas
		// …?", is one: the dash opens a turn, not a quotation.)
		for k := t.sents[p.lo].t0; k < s.t1 && !t.dashOpens(&t.sents[p.lo]); k++ {
			if t.toks[k].q >= 0 || t.toks[k].kind == tQOpen || t.toks[k].kind == tQClose {
				return false
			}
		}
		return strings.HasSuffix(strings.TrimSpace(t.d.Sentences[p.hi-1].Text), "?")
	}
	addressed := func(p para) bool {
		if k := t.sents[p.lo].t0; k+2 < t.sents[p.lo].t1 && t.toks[k].kind == tWord && lx.Titles[t.toks[k].l].Honorific && t.isName(k+1) {
			return true // "Frau Dürr, wie fühlt sich der Sieg an?"
		}
		for i := p.lo; i < p.hi; i++ {
			for k := t.sents[i].t0; k < t.sents[i].t1; k++ {
				if t.toks[k].kind == tWord && lx.Set("secondperson", t.toks[k].l) {
					return true
				}
				// (Or after a verb inverted with a hyphen: "Que leur
				// répondez-vous ?")
				if l := t.toks[k].l; t.toks[k].kind == tWord && strings.Contains(l, "-") && lx.Set("secondperson", l[strings.LastIndex(l, "-")+1:]) {
					return true
				}
				// German "Sie": capitalised inside the sentence, you, not
				// she or they.
				if t.toks[k].kind == tWord && lx.Set("formaladdress", t.toks[k].l) && t.toks[k].cap && k > t.sents[i].t0 {
					return true
				}
			}
		}
		return false
	}
	var qs []int // indexes into paras
	for pi, p := range paras {
		if question(p) {
			qs = append(qs, pi)
		}
	}
	if len(qs) < 3 || qs[len(qs)-1]+1 >= len(paras) {
		return nil, 0, false
	}
	// (A question may follow another, "…? Fonctionne-t-il ?" printed
	// as two; at least three must have an answer after them.)
	you, dashed, answered := 0, 0, 0
	for n, pi := range qs {
		if n+1 == len(qs) || qs[n+1] != pi+1 {
			answered++
		}
		if addressed(paras[pi]) {
			you++
		}
		if t.dashOpens(&t.sents[paras[pi].lo]) {
			dashed++ // "—¿A qué atribuyen esta subida?": a turn of a conversation
		}
	}
	if answered < 3 || (you+dashed)*2 < len(qs) {
		return nil, 0, false
	}
	first := paras[qs[0]].lo
	cue := dashed*2 >= len(qs)
	last := paras[len(paras)-1]
	intro := [2]int{} // (none: "Sur les migrations avec François Héran" is only the title)
	if first > 0 {
		intro = [2]int{t.sents[0].t0, t.sents[first-1].t1}
	}
	for _, r := range [][2]int{intro, {t.sents[last.lo].t0, t.sents[last.hi-1].t1}} {
		for k := r[0]; k < r[1]; k++ {
			cue = cue || t.toks[k].kind == tWord && lx.Set("interviewcues", t.toks[k].l)
		}
	}
	answers := map[int]bool{}
	for n, pi := range qs {
		end := pi + 2 // after the last question, one paragraph
		if n+1 < len(qs) {
			end = qs[n+1]
		}
		for _, p := range paras[pi+1 : min(end, len(paras))] {
			for i := p.lo; i < p.hi; i++ {
				if !t.sents[i].furniture {
					answers[i] = true
				}
			}
		}
	}
	return answers, first, !cue
}

// interviewee returns the person the article names before sentence
// first, where an interview starts: the only one ("Katharine Hayhoe is
// chief scientist at … She spoke to us …"), or, with mostNamed, the one
// named more often than anyone else ("Q&A with Vice President Joe Biden.
// … Biden complained … Grunwald …"). Else nil.
func (a *analysis) interviewee(first int, mostNamed bool) *entity {
	count := map[*entity]int{}
	for _, sn := range a.reg.recent {
		if sn.sent < first && sn.e.kind == kPerson && !a.t.ownerOnly(sn) {
			count[sn.e]++
		}
	}
	if len(count) == 0 && !mostNamed {
		// No one spoke in the introduction: the people who are the
		// subjects of its sentences ("Le conseiller fédéral Albert
		// Rösti … défend son plan pour les transports. Entretien.").
		for j := 0; j < first; j++ {
			if e := a.subjectOf(j); e != nil && e.kind == kPerson && !a.t.sents[j].furniture {
				count[e]++
			}
		}
	}
	if !mostNamed && len(count) != 1 {
		return nil
	}
	var best *entity
	tie := false
	for e, n := range count {
		switch {
		case best == nil || n > count[best]:
			best, tie = e, false
		case n == count[best]:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// interviewed returns the one person an interview questions, whose first
// question is sentence first: the one its introduction names (see
// interviewee); when the interview is untold, only one its headline
// names too (a first paragraph of furniture, or the article's title),
// else nil.
func (a *analysis) interviewed(first int, untold bool, title string) *entity {
	headline := 0 // the headline's sentences, furniture read for no one's words
	for headline < first && a.t.sents[headline].para == a.t.sents[0].para && a.t.sents[headline].furniture {
		headline++
	}
	var e *entity
	if first > 0 {
		if untold {
			for j := range headline {
				a.resolveSentence(j, nil)
			}
		}
		e = a.interviewee(first, false)
		switch {
		case e == nil && !untold:
			// The introduction names others too ("Publishing magnate
			// Sam Ortiz tells the weekly … His father, Ben Ortiz, …"):
			// the one the headline names by given name and surname, when
			// the introduction names them too.
			if tp := a.titlePerson(title); tp != nil && slices.ContainsFunc(a.reg.recent, func(sn seen) bool { return sn.sent < first && sn.e == tp }) {
				return tp
			}
			return nil
		case e == nil || !untold:
			return e
		case slices.ContainsFunc(a.reg.recent, func(sn seen) bool { return sn.sent < headline && sn.e == e }):
			return e
		}
	}
	if tp := a.titlePerson(title); tp != nil && (e == nil || tp == e) {
		return tp
	}
	return nil
}

// titlePerson returns the person the article's title names by a given
// name and a surname, as the article names them ("Sur les migrations avec
// François Héran" and a pull quote's "François Héran"), or nil.
func (a *analysis) titlePerson(title string) *entity {
	t := a.t
	ws := strings.Fields(title)
	for i := 0; i+1 < len(ws); i++ {
		if t.lx.Given(lang.Lower(ws[i])) == 0 || !unicode.IsUpper(firstRune(ws[i+1])) {
			continue
		}
		surname := strings.TrimRight(ws[i+1], ",.:;!?»”\"'")
		name := ws[i] + " " + surname
		for j := range t.sents {
			if !strings.Contains(t.d.Sentences[j].Text, name) {
				continue
			}
			if t.sents[j].furniture {
				a.resolveSentence(j, nil) // (a pull quote's signature: read for no one's words)
			}
			for _, sn := range a.reg.recent {
				if sn.sent == j && sn.e.kind == kPerson && strings.HasSuffix(sn.e.name, surname) {
					return sn.e
				}
			}
			break // (named there as no person the analysis knows)
		}
	}
	return nil
}

// toldInAnswer returns the attributions of sentence i, an answer of the
// interview of e, to others it names there as they speak ("Frédérique
// Fogel montre que …", "Une hypothèse qui n'est pas irréaliste selon
// Michèle Tribalat"): their words, which e passes on. Nil when the
// sentence names no one else who speaks; it is then e's own.
func (a *analysis) toldInAnswer(i int, e *entity) []*attribution {
	ats := a.readSentence(i)
	if len(ats) == 0 {
		if at := a.colonVerdict(i); at != nil {
			ats = []*attribution{at} // "L'idée de Smith est que …"
		}
	}
	for _, at := range ats {
		if at.speaker == nil || at.speaker == e || at.last != i || !a.reg.namedIn(at.speaker, i) {
			return nil
		}
	}
	for _, at := range ats {
		if at.via == nil {
			at.via, at.viaName = e, e.name
		}
	}
	return ats
}

// answerAttribution makes the attribution of sentence i, an answer of the
// interview of e.
func (t *text) answerAttribution(i int, e *entity) *attribution {
	s := t.d.Sentences[i]
	start := s.Start
	// "A: The lights were on …": the answer's label is not its words.
	if k := t.sents[i].t0; k+2 < t.sents[i].t1 && t.toks[k].kind == tWord && len(t.toks[k].s) == 1 && t.toks[k].cap && t.toks[k+1].s == ":" {
		start = t.toks[k+2].start
	}
	// "—Ninguna.": nor the dialogue dash that opens its turn.
	if k := t.sents[i].t0; t.dashOpens(&t.sents[i]) && k+1 < t.sents[i].t1 {
		start = t.toks[k+1].start
	}
	return t.turnSaid(e, i, i, start, s.End)
}

// colonVerdict returns the attribution of sentence i when it opens with a
// possessor's word for what they said and a colon ("Her verdict: the
// bottles are to blame.", "Smith's advice: ask for help."; [set
// colonnouns]): the words after the colon are the possessor's. Nil
// otherwise.
func (a *analysis) colonVerdict(i int) *attribution {
	t := a.t
	s := &t.sents[i]
	if s.furniture {
		return nil
	}
	if at := a.colonNounFirst(i); at != nil {
		return at
	}
	k := s.body
	for k < s.t1 && k-s.body < 6 && t.toks[k].kind == tWord && t.toks[k].q < 0 && !t.lx.Set("colonnouns", t.toks[k].l) {
		k++
	}
	if k == s.body || k+2 >= s.t1 || t.toks[k].kind != tWord || !t.lx.Set("colonnouns", t.toks[k].l) {
		return nil
	}
	colon := k + 1
	if t.out(colon) && (t.lx.Set("passive", t.toks[colon].l) || t.lx.Set("copulas", t.toks[colon].l)) {
		// "Patel's response was blunt:", "Her message is clear:",
		// "Clinton's response was:": a copula, and a word or two of
		// manner, before the colon.
		for j := colon; j < s.t1 && j <= colon+2 && t.out(j) && (j == colon || !t.toks[j].cap && !t.isVerb(j)); j++ {
			if t.toks[j+1].s == ":" {
				colon = j + 1
				break
			}
		}
	}
	if k+3 < s.t1 && t.out(k+1) && t.lx.Set("passive", t.toks[k+1].l) && t.out(k+2) && t.lx.Set("comp", t.toks[k+2].l) && !t.lx.Set("yesnocomp", t.toks[k+2].l) {
		// "Rubio's explanation was that …", "Her argument is that …":
		// the clause after the copula and "that" is the possessor's.
		colon = k + 2
	}
	if colon+1 >= s.t1 || t.toks[colon].s != ":" && colon != k+2 {
		return nil
	}
	m := a.parseNP(s.body, k+1, 0)
	if m == nil || m.owner == nil {
		return nil
	}
	if o := m.owner; o.kind == kPron {
		// "Her verdict", "His advice": a person of that gender
		// ([set mpossessive], [set fpossessive]); no other possessive.
		switch {
		case t.lx.Set("mpossessive", o.head):
			o.gender = 'm'
		case t.lx.Set("fpossessive", o.head):
			o.gender = 'f'
		case len(t.lx.Sets["mpossessive"]) == 0 && t.lx.Set("possessive", o.head) && !t.lx.Set("ownpossessive", o.head):
			// (A language whose possessive agrees with the thing owned
			// tells no owner's gender: "Son message est clair : …",
			// "Sa position est claire : …" are the one before's.)
		default:
			return nil
		}
	}
	if colon > k+1 && m.owner.kind == kDesc {
		return nil // ("The mayor's answer was simple:": a title alone may refer to no one named)
	}
	e := a.resolve(m.owner, i, s.body)
	if o := m.owner; e != nil && o.kind == kPron && o.gender == 'f' && t.lx.NounCaps && e.kind == kPerson && e.gender != 'f' {
		e = nil // (a person of no gender told may be one of many: "die vier Gewerkschafter X, Y, Z und W … Ihre gemeinsame Aussage")
	}
	if o := m.owner; e == nil && o.kind == kPron && o.gender == 'f' && t.lx.NounCaps {
		// (German "ihr" is a woman's, or else a body's or many
		// people's: "Ihre Forderung lautet: …" after "Die Gewerkschaften
		// kritisierten …".)
		o.gender, o.plural = 0, true
		e = a.resolve(o, i, s.body)
	}
	if e == nil || e.kind != kPerson && e.kind != kOrg && e.kind != kName && e.kind != kCountry {
		return nil
	}
	if k := colon + 1; t.toks[k].kind == tQOpen && t.toks[k].q >= 0 && int(t.toks[k].q) < len(t.qs) && t.qs[t.toks[k].q].close >= 0 {
		// "Ihre Forderung lautet: «…»", "Son constat est sans appel :
		// « … »": the quotation's words.
		q := t.qs[t.toks[k].q]
		return t.turnSaid(e, i, i, q.start, min(q.end, t.d.Sentences[i].End))
	}
	if k := colon + 1; t.toks[k].kind == tQOpen {
		return nil // (a quotation left open: "Su mensaje fue claro: «No vamos a ceder … ¶ …")
	}
	return t.turnSaid(e, i, i, t.toks[colon+1].start, t.d.Sentences[i].End)
}

// colonNounFirst returns the attribution of sentence i when it opens
// with a word for what someone said, its speaker after "of", and a colon
// before a quotation ("Réponse de Laurent Berger, le patron de la CFDT :
// « … »", "Réaction immédiate du ministère : « … »", also past a short
// predicate: "La respuesta del ministro Luis Mena fue contundente: “…”"):
// the quotation is the speaker's. Nil otherwise.
func (a *analysis) colonNounFirst(i int) *attribution {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	k := s.body
	if k < s.t1 && t.toks[k].kind == tWord && lx.Set("prep", t.toks[k].l) {
		k = t.afterOpening(s) // "En réalité, l'idée de Smith est que …"
	}
	indef := k < s.t1 && t.toks[k].kind == tWord && lx.Set("indefinite", t.toks[k].l)
	if k < s.t1 && t.toks[k].kind == tWord && (lx.Set("definite", t.toks[k].l) || indef) {
		k++
	}
	if k >= s.t1 || t.toks[k].kind != tWord || !lx.Set("colonnouns", t.toks[k].l) || lx.Set("possessive", t.toks[k].l) {
		return nil
	}
	k++
	if k+1 < s.t1 && t.out(k) && !t.toks[k].cap && t.endsIn("participleendings", t.toks[k].l, 2) && lx.Set("by", t.toks[k+1].l) {
		k++ // "Un avis partagé par le député X : « … »": its speaker after "par"
	} else if indef {
		return nil // ("Une réaction de colère : « … »": of no one)
	} else if k < s.t1 && t.toks[k].kind == tWord && !t.toks[k].cap && !lx.Set("of", t.toks[k].l) && !t.isVerb(k) {
		k++ // "Réaction immédiate du ministère"
	}
	if k+1 >= s.t1 || t.toks[k].q >= 0 || !lx.Set("of", t.toks[k].l) && !lx.Set("by", t.toks[k].l) {
		return nil
	}
	end := t.npRight(k+1, s)
	if end <= k+1 {
		return nil
	}
	m := a.parseNP(k+1, end, 0)
	if m == nil && lx.Set("determiners", t.toks[k].l) {
		// "du ministère": the word of "of" holds the article.
		if m = a.parseNP(k, end, 0); m != nil && m.kind == kDesc {
			m.definite = true
		}
	}
	if m != nil && m.kind == kDesc && end+1 < s.t1 && t.toks[end].s == "," && t.out(end+1) {
		// "Réponse du président du groupe socialiste, Boris Vallaud :
		// « … »": the person named in apposition to the role.
		if e2 := t.npRight(end+1, s); e2 > end+1 && e2 < s.t1 && (t.toks[e2].s == ":" || t.toks[e2].s == ",") {
			if p := a.parseNP(end+1, e2, 0); p != nil && p.kind == kPerson {
				m, end = p, e2
			}
		}
	}
	if m == nil || m.kind == kDoc || m.kind == kPron || m.kind == kDesc && (m.class == "" || m.class == "unknown" || m.class == "doc") {
		return nil
	}
	if end+2 < s.t1 && t.out(end) && lx.Set("passive", t.toks[end].l) && t.out(end+1) && lx.Set("comp", t.toks[end+1].l) && !lx.Set("yesnocomp", t.toks[end+1].l) {
		// "L'idée de Smith est que …", "La postura del Gobierno es que
		// …": the clause after the copula and "que" is the speaker's.
		if e := a.resolve(m, i, m.t0); e != nil && e.kind != kDoc {
			return t.turnSaid(e, i, i, t.toks[end+2].start, t.d.Sentences[i].End)
		}
		return nil
	}
	// The colon, past an apposition or a short phrase with no reporting
	// verb nor clause (", le patron de la CFDT", "sur son blog", "fue
	// contundente", "ne s'est pas fait attendre"), then a quotation.
	colon := -1
	for j := end; j < s.t1 && j < end+12; j++ {
		if t.toks[j].s == ":" && t.toks[j].q < 0 {
			colon = j
			break
		}
		if t.toks[j].q >= 0 || t.toks[j].kind == tQOpen || t.toks[j].kind == tWord && (lx.Set("comp", t.toks[j].l) || lx.Set("relpron", t.toks[j].l)) {
			return nil
		}
		if v, ok := lx.Verbs[t.toks[j].l]; ok && !v.Noun && t.isVerb(j) && !t.particleMissing(j, v, s) {
			return nil
		}
	}
	if colon >= 0 && colon+1 < s.t1 && t.toks[colon+1].kind != tQOpen && t.plainVerdict(end, colon, s) {
		// "Le message de la préfète est clair : personne ne doit
		// sortir.": a copula and a word of plain speech before the
		// colon; the words after it are the speaker's.
		e := a.resolve(m, i, m.t0)
		if e == nil || e.kind == kDoc {
			return nil
		}
		at := t.turnSaid(e, i, i, t.toks[colon+1].start, t.d.Sentences[i].End)
		at.direct, at.how, at.kind = false, "colon-plain", cueColon // (the article's words, no quotation)
		t.markDirect(at)
		return at
	}
	if colon < 0 || colon+1 >= s.t1 || t.toks[colon+1].kind != tQOpen {
		return nil
	}
	qi := t.toks[colon+1].q
	if qi < 0 || int(qi) >= len(t.qs) || t.qs[qi].close < 0 {
		return nil // (an unclosed quotation: no telling where it ends)
	}
	e := a.resolve(m, i, m.t0)
	if e == nil || e.kind == kDoc {
		return nil
	}
	// (The sentence's part of a quotation that runs on: the sentences
	// after go on with it.)
	return t.turnSaid(e, i, i, t.qs[qi].start, min(t.qs[qi].end, t.d.Sentences[i].End))
}

// plainVerdict reports whether the words of sentence s from token lo to
// the colon at token colon are a copula and one or two words of plain
// speech ([set plainwords]: "est clair", "est sans appel").
func (t *text) plainVerdict(lo, colon int, s *sentence) bool {
	lx := t.lx
	if lo >= colon || !t.out(lo) || !lx.Set("passive", t.toks[lo].l) || colon-lo > 3 || colon-lo < 2 {
		return false
	}
	return lx.Set("plainwords", t.lowerSpan(lo+1, colon))
}

// ownerOnly reports whether the mention seen sn is the owner of the noun
// before it, after "of", and no subject: "À l'affiche du nouveau film
// d'Olivier Assayas, l'actrice revient …" introduces the actress, not
// the director.
func (t *text) ownerOnly(sn seen) bool {
	k := sn.tok - 1
	if t.toks[sn.tok].kind == tWord && t.lx.Set("of", t.toks[sn.tok].l) {
		k = sn.tok // (the mention holds its "d'")
	}
	return !sn.subject && k >= t.sents[sn.sent].body && t.toks[k].kind == tWord && t.lx.Set("of", t.toks[k].l) && k-1 >= 0 && t.toks[k-1].kind == tWord && !t.toks[k-1].cap
}
