package offline

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// positionCues drops from the cues of sentence i those of position verbs
// ("wants", "opposed", "backs") that do not state a party's stand: the
// narrator's words about someone's position, reported only when nothing
// else in the sentence reports anyone, no quotation comes before the
// verb's object, no colon announced the sentence, and the verb is the
// finite verb of its main clause, with a speaker for subject and an
// object after it.
// Everything else is a noun ("the nearly uniform support for her"), a
// relative clause ("voters who want Washington to change"), or someone
// else's words ("Obama wants …" inside a claim of Trump's).
func (a *analysis) positionCues(out []*cue, i int) []*cue {
	s := &a.t.sents[i]
	others := false
	for _, cu := range out {
		// (Not a verb that reports only after a document, with none
		// before it: "gun show sales"; nor one that may be read as a
		// stand, below.)
		if !cu.verb.Position && !(cu.verb.DocSubject && (cu.left == nil || cu.left.kind != kDoc)) && a.t.standOf(cu, s) == nil {
			others = true
		}
	}
	ok := func(cu *cue) bool {
		return !others && !(s.qwords > 0 && a.t.quotedBefore(cu.hi, s)) && !a.t.afterColon(i) && a.statesPosition(cu, s)
	}
	var kept []*cue
	for _, cu := range out {
		if p := a.t.standOf(cu, s); p != nil {
			// "Christie defended his endorsement": a weak verb with no
			// words after it, read as the stand the lexicon also lists
			// it as, where a stand may be read; else as it was.
			if pc := a.verbCue(i, cu.c, *p, p.Tags&lang.TagFinite == 0); pc != nil && ok(pc) {
				cu = pc
			}
		} else if cu.verb.Position && !ok(cu) {
			continue
		}
		if cu.verb.Position {
			// The object after the verb is what it is for or against,
			// no one speaking.
			cu.right, cu.appos, cu.also = nil, nil, nil
		}
		kept = append(kept, cu)
	}
	return kept
}

// standOf returns the stand a weak verb's cue may be read as: the form's
// entry among the lexicon's stands, when no words the verb reports follow
// it ("defended his record", not "defended that …") and the sentence
// holds no quotation ("defended his decision, “…”"); or nil.
func (t *text) standOf(cu *cue, s *sentence) *lang.Verb {
	if cu.kind != cueVerb || !cu.verb.Weak || cu.verb.Position {
		return nil
	}
	p, ok := t.lx.Positions[t.toks[cu.c].l]
	if !ok || p.Tags&lang.TagFinite == 0 && p.Tags&lang.TagParticiple == 0 || t.weakWordsAt(cu.hi, s) || s.qwords > 0 {
		return nil
	}
	return &p
}

// statesPosition reports whether the cue of a position verb states its
// subject's stand: a finite verb, or a participle after its auxiliary,
// with a subject opening the sentence's main clause that names a person,
// a body or a country, or describes a speaker, and a noun phrase, a
// clause or an infinitive after it.
func (rs *resolver) statesPosition(cu *cue, s *sentence) bool {
	t := rs.t
	lx := t.lx
	joined := false
	if b := cu.lo - 1; cu.kind == cueVerb && cu.left == nil && !cu.dropped && b > s.body && t.out(b) && lx.Set("coord", t.toks[b].l) && t.toks[b-1].kind == tWord {
		// "Velázquez changed her tune last October and backed the
		// rezoning": the subject of the verb before "and".
		if subj, _ := rs.coordSubject(b, s); subj != nil && !t.relativeBetween(subj.t1, b, s) {
			cu.left, cu.leftAtBoundary, joined = subj, true, true
		}
	}
	if cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary || cu.dropped || cu.reduced || cu.mid || cu.fronted || cu.inQuote {
		return false
	}
	m := cu.left
	switch m.kind {
	case kPerson, kOrg, kCountry, kName:
	case kDesc:
		if m.class != "gov" && m.class != "org" && m.class != "spokes" && m.class != "media" && m.class != "people" {
			return false
		}
		if m.class == "people" && !m.plural {
			return false // "The former secretary of state pushed …": whom it refers back to is a guess
		}
		if m.class != "people" && (!m.definite || m.owner != nil) {
			return false // "companies offering cloud services", "the billionaire's company": no one in particular
		}
	default:
		return false
	}
	if m.t1 > m.t0 && t.toks[m.t1-1].poss {
		return false // "Trump's plans to …": a noun
	}
	// The subject opens the sentence, or its clause after a short
	// opening phrase ("On Monday, …", "But …").
	st := s.body
	if k := t.afterIntroPhrase(s); k > st && k <= m.t0 && !t.namedClauseFirst(s) {
		st = k
	}
	for st < m.t0 && t.toks[st].kind == tWord && t.out(st) && (lx.Set("coord", t.toks[st].l) || lx.Set("adverbs", t.toks[st].l) && !t.toks[st].cap) {
		st++
	}
	if m.t0 != st && !t.afterOpeningClause(m.t0, s) && !t.afterCommaCoord(m.t0, s) {
		return false
	}
	// Nothing but the verb group between the subject and the verb (no
	// relative clause, no aside).
	if m.t1 != cu.lo && !t.asideBetween(m.t1, cu.lo) && !joined {
		return false
	}
	// A base form after a singular subject with no auxiliary is a noun
	// ("Clinton support for the bill").
	if cu.lo == cu.c && !m.plural && !joined && cu.verb.Tags&lang.TagBase != 0 && m.kind != kOrg && m.kind != kCountry {
		return false
	}
	for k := s.body; k < s.t1; k++ {
		// (A one-word pattern only before a noun phrase: "pour la
		// CGT", not "pour sauver de l'espace".)
		if _, n := t.according(k, s); n > 1 || n == 1 && k+1 < s.t1 && (t.toks[k+1].cap || lx.Set("determiners", t.toks[k+1].l)) {
			return false // "…, according to polling by the union": a source, if not one the briefer knows
		}
	}
	if t.secondClause(cu.hi, s) {
		return false // "McCain supported it and Cruz opposed it": two stands, the sentence no one's
	}
	// An object: a noun phrase, a clause, an infinitive.
	k := cu.hi
	if e := t.phraseEnd("asides", k, s); e > k && e < s.t1 {
		k = e // "se sont opposés sans succès à la projection": an aside before the object
	}
	if k < s.t1 && t.toks[k].kind == tQOpen {
		return true // "supports “a fair wage for every worker”"
	}
	if k >= s.t1 || !t.out(k) {
		return false
	}
	l := t.toks[k].l
	if lx.Set("inf", l) {
		// (Not a plain verb of saying: "wants to say that …", "plan to
		// say more on Friday" are words still to come.)
		v, ok := lx.Verbs[t.toks[min(k+1, s.t1-1)].l]
		says := ok && v.Voice == "say" && !v.Weak && v.Particle == ""
		return k+1 < s.t1 && t.toks[k+1].kind == tWord && !says
	}
	if lx.Set("prep", l) || lx.Set("by", l) || lx.Set("of", l) {
		return slices.Contains(cu.verb.Takes, l)
	}
	return true
}

// relativeBetween reports whether a relative pronoun of [set relpron]
// stands among tokens [lo, hi) of sentence s, outside quotations, with no
// comma after it: the verb before "and" at hi is then a relative
// clause's, whose subject is not the one before it ("La caisse soutient
// les salariés qui luttent contre la réforme et défendent le droit du
// travail": the workers defend it, not the fund); a relative clause set
// off by commas is an aside ("Indiana politicians, who granted tax
// breaks, are furious and want their money back" is theirs).
func (t *text) relativeBetween(lo, hi int, s *sentence) bool {
	rel := false
	for k := max(lo, s.body); k < hi && k < s.t1; k++ {
		if t.toks[k].s == "," {
			rel = false
		} else if t.out(k) && t.toks[k].kind == tWord && t.lx.Set("relpron", t.toks[k].l) {
			rel = true
		}
	}
	return rel
}

// secondClause reports whether a clause with a subject of its own is
// joined to the one before after token k of sentence s: "and", a name, a
// pronoun or a determiner, then a verb before any punctuation ("… and
// Peña Nieto wants to be a hero", "… and the union opposed it"), or a
// name and a comma ("… and Cruz, as he has in the past, opposed the
// measure").
func (t *text) secondClause(k int, s *sentence) bool {
	lx := t.lx
	for j := k; j+1 < s.t1; j++ {
		if !t.out(j) || !lx.Set("coord", t.toks[j].l) || !t.out(j+1) {
			continue
		}
		if _, pron := lx.Pronouns[t.toks[j+1].l]; !t.toks[j+1].cap && !pron && !lx.Set("determiners", t.toks[j+1].l) {
			continue
		}
		e := t.npRight(j+1, s)
		for e > j+1 && e+1 < s.t1 && t.toks[e].kind == tPunct && !strings.ContainsAny(t.toks[e].s, ",;:.!?()[]-–—/") {
			e = t.npRight(e+1, s) // a symbol inside a name, "PeÃ±a" with its letters garbled
		}
		if e <= j+1 || e >= s.t1 || t.toks[e].q >= 0 {
			continue
		}
		if _, pos := lx.Positions[t.toks[e].l]; t.toks[e].s == "," && t.toks[j+1].cap || t.out(e) && (pos || t.isVerb(e)) {
			return true
		}
	}
	return false
}

// asideBetween reports whether tokens [lo, hi) are an aside set off by
// commas or dashes, between a subject and its verb ("Kagan — who led the
// surge — supports …", "Todd Wilcox, a combat veteran, wants …").
func (t *text) asideBetween(lo, hi int) bool {
	if hi-lo < 3 {
		return false
	}
	mark := func(k int) bool {
		s := t.toks[k].s
		return t.toks[k].kind == tPunct && (s == "," || s == "—" || s == "–" || s == "--")
	}
	return mark(lo) && mark(hi-1)
}

// afterOpeningClause reports whether token k of sentence s follows the
// comma that closes an opening phrase or clause of time, place, reason or
// manner: one that opens with a subordinating word, a preposition or a
// gerund ("As speakers all week have done, Trump sought …", "Steering
// clear of …, Kasich has sought …", "What's more, in the 2010 election in
// Florida, Pate supported …").
func (t *text) afterOpeningClause(k int, s *sentence) bool {
	lx := t.lx
	if k-2 <= s.body || t.toks[k-1].s != "," || !t.out(s.body) {
		return false
	}
	if t.namedClauseFirst(s) {
		return false // "If Cruz looks to build on his momentum, Rubio …": another party's stand first
	}
	l := t.toks[s.body].l
	return lx.Set("subord", l) || lx.Set("as", l) || lx.Set("prep", l) && !lx.Set("of", l) || t.nonFinite(l) || t.afterIntroPhrase(s) > 0
}

// namedClauseFirst reports whether sentence s opens with a clause of a
// subordinating word (or "as") whose subject is a name ("If Cruz looks to
// build on his momentum, …"): a stand of the main clause after it may be
// told in that party's terms, no stand the writer tells.
func (t *text) namedClauseFirst(s *sentence) bool {
	if s.body+1 >= s.t1 || !t.out(s.body) {
		return false
	}
	l := t.toks[s.body].l
	return (t.lx.Set("subord", l) || t.lx.Set("as", l)) && t.toks[s.body+1].cap
}

// quotedBefore reports whether sentence s holds a quotation, or a word of
// one, before token k.
func (t *text) quotedBefore(k int, s *sentence) bool {
	for j := s.t0; j < k; j++ {
		if tk := &t.toks[j]; tk.kind == tQOpen || tk.kind == tQClose || tk.q >= 0 {
			return true
		}
	}
	return false
}

// afterColon reports whether the sentence before sentence i, or before
// its paragraph, ends with a colon: sentence i is what was announced
// ("… elaborated on the message:" and a paragraph of it, "… God wants
// …"), no stand the writer tells.
func (t *text) afterColon(i int) bool {
	colon := func(j int) bool {
		if j < 0 {
			return false
		}
		p := &t.sents[j]
		for k := p.t1 - 1; k >= p.t0; k-- {
			if tk := &t.toks[k]; tk.kind != tQClose {
				return tk.s == ":"
			}
		}
		return false
	}
	first := i
	for first > 0 && t.sents[first-1].para == t.sents[i].para {
		first--
	}
	return colon(i-1) || colon(first-1)
}

// afterCommaCoord reports whether token k of sentence s follows a comma
// and a coordinating word: the subject of a second main clause ("…, and
// Hillary Clinton wants to make it a major issue", "…, but Sherman wants
// …").
func (t *text) afterCommaCoord(k int, s *sentence) bool {
	return k-2 > s.body && t.out(k-1) && t.lx.Set("coord", t.toks[k-1].l) && t.toks[k-2].s == "," && t.toks[k-2].q < 0
}

// weakWordsAt reports whether words a weak verb reports open at token k
// of sentence s: a quotation, a colon, a complement clause ("defended
// that …") or a clause without a complementiser.
func (t *text) weakWordsAt(k int, s *sentence) bool {
	if k >= s.t1 {
		return false
	}
	tk := &t.toks[k]
	return tk.kind == tQOpen || tk.q >= 0 || tk.s == ":" || tk.kind == tWord && t.lx.Set("comp", tk.l) || t.bareClause(k, s)
}
