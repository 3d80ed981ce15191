package offline

import "sort"

// sentOf returns the sentence holding token t.
func (a *analysis) sentOf(t int) int {
	return sort.Search(len(a.sents), func(i int) bool { return a.sents[i].t1 > t })
}

// tokAt returns the index of the token starting at byte offset off, or of
// the first token after it.
func (a *analysis) tokAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].start >= off })
}

// propagateQuotes attributes each quotation as a whole: a quotation that
// runs over several sentences or paragraphs belongs to the claim whose cue
// follows its closing mark or precedes its opening mark; a quotation with
// no cue of its own that opens a sentence continues the words of the
// previous speaker in the paragraph, or of the last speaker of the
// previous paragraph when the paragraph opens with it.
func (a *analysis) propagateQuotes() {
	cover := make([]*claimRec, len(a.sents))
	for i := range a.sents {
		cover[i] = a.sents[i].claim
	}
	for qi := range a.qs {
		q := &a.qs[qi]
		if q.level != 1 || len(a.sents) == 0 {
			continue
		}
		ot := a.tokAt(q.open)
		if ot >= len(a.toks) {
			continue
		}
		ct := len(a.toks) - 1
		if q.close >= 0 {
			ct = a.tokAt(q.close)
		} else if e := a.tokAt(q.end); e > 0 {
			ct = e - 1
		}
		if ct >= len(a.toks) {
			ct = len(a.toks) - 1
		}
		sf, sl := a.sentOf(ot), a.sentOf(ct)
		if sf >= len(a.sents) || sl >= len(a.sents) || sl < sf {
			continue
		}
		if a.sents[sf].header {
			continue
		}
		var owner *claimRec
		if c := a.sents[sl].claim; c != nil && c.cue > ct {
			owner = c
		} else if c := a.sents[sf].claim; c != nil && c.cue >= 0 && c.cue < ot {
			owner = c
		}
		if owner == nil {
			for s := sf; s <= sl; s++ {
				if a.sents[s].claim != nil {
					owner = a.sents[s].claim
					break
				}
			}
		}
		if owner == nil && a.opensSentence(sf, ot) {
			owner = a.inherit(sf, cover)
			if owner != nil {
				rec := &claimRec{speakers: owner.speakers, surfaces: owner.surfaces, verb: a.b.verbs["says"],
					kind: akInherit, cue: -1, sent: sf, last: sl, content: [2]int{-1, -1}, content2: [2]int{-1, -1}}
				a.claims = append(a.claims, rec)
				owner = rec
			}
		}
		if owner == nil {
			continue
		}
		owner.quotes = appendUniq(owner.quotes, qi)
		for s := sf; s <= sl; s++ {
			if cover[s] == nil && !a.sents[s].header {
				cover[s] = owner
			}
			if cover[s] == owner {
				if s < owner.sent {
					owner.sent = s
				}
				if s > owner.last {
					owner.last = s
				}
			}
		}
	}
	sort.SliceStable(a.claims, func(i, j int) bool { return a.claims[i].sent < a.claims[j].sent })
	for i := range a.sents {
		a.sents[i].claim = cover[i]
	}
}

// opensSentence reports whether the quotation opening at token ot is the
// main matter of sentence s: it opens the sentence, or most of the
// sentence's words are quoted.
func (a *analysis) opensSentence(s, ot int) bool {
	si := &a.sents[s]
	if ot == si.t0 {
		return true
	}
	return si.quoteWords >= 3*si.words
}

// inherit returns the claim whose speaker a cue-less quotation at sentence
// s continues: the previous sentence's claim in the same paragraph, or the
// last claim of the previous paragraph when s opens its paragraph and that
// paragraph ended with the claim.
func (a *analysis) inherit(s int, cover []*claimRec) *claimRec {
	para := a.d.Sentences[s].Para
	for p := s - 1; p >= 0 && s-p <= 4; p-- {
		if a.d.Sentences[p].Para != para {
			// The previous paragraph: only its last sentence counts.
			if p == s-1 && cover[p] != nil && a.d.Paragraphs[para].First == s {
				return cover[p]
			}
			return nil
		}
		if cover[p] != nil {
			return cover[p]
		}
	}
	return nil
}
