package offline

// One of a group (stage 2): "one of them said", "l'un d'eux", "One, who
// asked not to be named, said": the group that spoke or opened the
// sentence just before.

// partitiveOf reports whether token q of sentence s opens a partitive
// before "of" and a pronoun: a quantifier, "one" or a number ("one of
// them", "two of them"), not a negated one ("none of them").
func (t *text) partitiveOf(q int, s *sentence) bool {
	lx := t.lx
	return q >= s.body && q+1 < s.t1 && t.out(q) && lx.Set("of", t.toks[q+1].l) &&
		(lx.Set("quantifiers", t.toks[q].l) || lx.Set("one", t.toks[q].l) || isDigits(t.toks[q].s)) && !lx.Set("negsubj", t.toks[q].l)
}

// partitiveStart returns the first token of a partitive that ends with
// the plural pronoun at token p ("one of them", "two of them", French
// "l'un d'eux", "deux d'entre elles"), or -1.
func (t *text) partitiveStart(p int, s *sentence) int {
	lx := t.lx
	if p <= s.body || !t.out(p) || !t.isPronounTok(p) {
		return -1
	}
	if pr, ok := lx.Pronouns[t.toks[p].l]; !ok || !pr.Plural {
		return -1
	}
	q := p - 1
	if q > s.body && lx.Set("partitivemid", t.toks[q].l) {
		q-- // "d'entre eux"
	}
	q--
	if !t.partitiveOf(q, s) {
		return -1
	}
	if q > s.body && lx.Set("one", t.toks[q].l) && lx.Set("definite", t.toks[q-1].l) {
		q-- // "l'un d'eux"
	}
	return q
}

// partitiveGroup returns the group a subject "one of them" ("two of
// them", "some of them") is part of: the group of people described,
// with no name, that spoke in the sentence before ("Several shop owners
// said …. “…,” one of them said."), or that opened it when it reported
// nothing ("Residents gathered outside …"); else nil (not one of two people
// named: who it is the article does not say).
func (a *analysis) partitiveGroup(i int, cu *cue) *entity {
	t := a.t
	s := &t.sents[i]
	m := cu.left
	if m == nil || m.kind != kPron || m.t1-m.t0 != 1 || m.t0-2 < s.body || i == 0 || cu.kind != cueVerb {
		return nil
	}
	q := t.partitiveStart(m.t0, s)
	if q < 0 {
		return nil
	}
	if !t.boundary(q-1, s) && !(q-1 >= s.body && t.toks[q-1].kind == tQClose) && !(q-2 >= s.body && t.toks[q-1].s == "," && t.toks[q-2].kind == tQClose) {
		return nil
	}
	return a.groupBefore(i)
}

// bareOne returns the token of "One" ([set one]) opening sentence s
// as the subject of the verb of cue cu, right before it or before an
// aside set off by commas that opens with a relative pronoun ("One said
// …", "One, who asked not to be named, said …"), or -1.
func (t *text) bareOne(cu *cue, s *sentence) int {
	lx := t.lx
	st := s.body
	if cu.kind != cueVerb || !t.out(st) || !t.toks[st].cap || !lx.Set("one", t.toks[st].l) || cu.lo <= st || cu.lo != cu.c {
		return -1
	}
	if cu.lo == st+1 {
		return st
	}
	if cu.lo-st > 14 || t.toks[st+1].s != "," || !t.out(st+2) || !lx.Set("relpron", t.toks[st+2].l) || t.toks[cu.lo-1].s != "," {
		return -1
	}
	for k := st + 2; k < cu.lo-1; k++ {
		if t.toks[k].kind != tWord || t.toks[k].q >= 0 {
			return -1
		}
	}
	return st
}

// bareQuantity returns the token of a word of quantity standing alone
// ([set barequantities]: "Some", "Most", "others") right before the verb
// of cue cu, as the subject of a clause that opens sentence s or follows
// a comma ("Some noted that …", "While some …, others said …"), or -1.
func (t *text) bareQuantity(cu *cue, s *sentence) int {
	q := cu.lo - 1
	if cu.kind != cueVerb || q < s.body || !t.out(q) || t.toks[q].kind != tWord {
		return -1
	}
	k := q - 1
	switch {
	case t.lx.Set("barequantities", t.toks[q].l):
	case t.lx.Set("negsubj", t.toks[q].l) && t.lx.Set("quantifiers", t.toks[q].l) && k >= s.body && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("indefinite", t.toks[k].l):
		// "A few said …": with its article the word of few is some,
		// no denial ("Few said …" empties the statement).
		k--
	default:
		return -1
	}
	if k >= s.body && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("adverbs", t.toks[k].l) {
		k-- // "Still others said …"
	}
	if k > s.body && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("coord", t.toks[k].l) {
		k-- // "…, but others said …"
	}
	if k < s.body || t.toks[k].s == "," && t.toks[k].q < 0 {
		return q
	}
	return -1
}

// loneGroupNear returns the one group of people or bodies described
// with no name seen in the sentence before sentence i, in its paragraph
// or the one before, or in sentence i before token q ("Lawmakers have
// continued to express optimism … . Some noted …"), or nil when there is
// more than one; with none, the group of people the sentence before
// opens with, or nil. When the sentence before itself opens with a word
// of quantity reporting ("Some blamed the police. Others said …"), the
// people after its verb are whom those spoke of, no group the next one
// is part of.
func (a *analysis) loneGroupNear(i, q int) *entity {
	t := a.t
	var g *entity
	if i > 0 && t.opensWithOne(&t.sents[i-1]) {
		// "One academic told the authors how … . Others reported …":
		// others of the one's kind, whom no group named there is.
		return nil
	}
	after := -1 // in sentence i-1, the verb of a cue whose subject is a word of quantity
	if i > 0 {
		for _, cu := range a.sentCues[i-1] {
			if t.bareQuantity(cu, &t.sents[i-1]) >= 0 {
				after = cu.lo
				break
			}
		}
	}
	for _, sn := range a.reg.recent {
		if sn.sent != i-1 && (sn.sent != i || sn.tok >= q) || t.sents[sn.sent].para < t.sents[i].para-1 {
			continue
		}
		if after >= 0 && sn.sent == i-1 && sn.tok > after {
			continue
		}
		e := sn.e
		if e.kind != kDesc || !e.plural || unnamedSpeaker(e.kind, e.class) {
			continue
		}
		if g != nil && g != e {
			return nil
		}
		g = e
	}
	if g == nil && i > 0 && t.sents[i-1].para >= t.sents[i].para-1 {
		// "Headteachers reacted with fury to threats by the minister.
		// One, who …, said …": the group the sentence before opens
		// with, which spoke not.
		// (Not when the sentence names other people in the plural:
		// "Teachers met parents …. Some said …" may be either.)
		if o := a.openingPhraseNP(i - 1); o != nil && o.kind == kDesc && o.plural && o.class == "people" && o.owner == nil && !t.otherPeopleAfter(o.t1, &t.sents[i-1]) {
			if e, _ := a.speakerOf(o, nil); e != nil && e.kind == kDesc && e.plural {
				return e
			}
		}
	}
	return g
}

// partitiveAfter returns, for a partitive at token k after an inverted
// verb that ends its clause ("…, souligne l'un d'eux."), its pronoun's
// token and the group of the sentence before it is part of, or -1 and
// nil.
func (a *analysis) partitiveAfter(k int, s *sentence) (int, *entity) {
	t := a.t
	for p := k + 2; p <= k+4 && p < s.t1; p++ {
		if t.partitiveStart(p, s) != k {
			continue
		}
		end := p + 1
		if e := t.toldMedia(end, s); e > end {
			end = e // "…, souligne l'un d'eux à l'AFP"
		} else if end < s.t1 && t.out(end) && t.lx.Set("dative", t.toks[end].l) {
			end = t.npRight(end+1, s) // "…, a dit l'un d'eux au directeur"
		}
		if end < s.t1 && !t.endsClause(end, s) {
			return -1, nil
		}
		return p, a.groupBefore(int(t.toks[k].sent))
	}
	return -1, nil
}

// groupBefore returns the group of people described, with no name, that
// spoke in the sentence before sentence i, or that opened it when it
// reported nothing, or nil: the group "one of them" is part of.
func (a *analysis) groupBefore(i int) *entity {
	t := a.t
	s := &t.sents[i]
	if i == 0 {
		return nil
	}
	ats := a.bySent[i-1]
	if t.sents[i-1].para < s.para-1 {
		return nil
	}
	if len(ats) == 0 && len(a.sentCues[i-1]) == 0 {
		// "Residents gathered outside the town hall. One of them
		// said …": the group the sentence before opens with.
		// (Only when no one else is named in it: "Residents met
		// officials. One of them said …" may be either.)
		if g := a.openingPhraseNP(i - 1); g != nil && g.kind == kDesc && g.plural && g.class == "people" && g.owner == nil && !t.otherSpeakerAfter(g.t1, &t.sents[i-1]) {
			if e, _ := a.speakerOf(g, nil); e != nil && e.kind == kDesc && e.plural {
				return e
			}
		}
		return nil
	}
	if len(ats) != 1 {
		return nil
	}
	e := ats[0].speaker
	if e == nil || e.kind != kDesc || !e.plural || unnamedSpeaker(e.kind, e.class) || e.class != "people" {
		return nil
	}
	return e
}

// otherPeopleAfter reports whether a noun of people in the plural
// ("parents", "officials") stands in sentence s from token k on.
func (t *text) otherPeopleAfter(k int, s *sentence) bool {
	for j := k; j < s.t1; j++ {
		if t.out(j) && t.lx.Speakers[t.toks[j].b] == "people" && t.pluralForm(t.toks[j].l) {
			return true
		}
	}
	return false
}

// opensWithOne reports whether sentence s opens with the word for one
// ([set one]) before a lower-case noun: "One academic told …", "One
// resident said …" (not "One of them", nor "One, who …").
func (t *text) opensWithOne(s *sentence) bool {
	k := s.body
	return k+1 < s.t1 && t.toks[k].kind == tWord && t.out(k) && t.lx.Set("one", t.toks[k].l) &&
		t.toks[k+1].kind == tWord && t.out(k+1) && !t.toks[k+1].cap && !t.lx.Set("of", t.toks[k+1].l) && !t.isVerb(k+1)
}
