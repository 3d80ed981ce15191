package qa

import "slices"

// tensesOf returns the kinds of tense whose words ws holds: past,
// perfect, present, future (which takes intentions: "plans", "will"), and
// now ("currently").
func (v *vocab) tensesOf(ws []word) map[string]bool {
	out := map[string]bool{}
	for i, w := range ws {
		for k, set := range v.tense {
			if !set[w.f] {
				continue
			}
			if k == "future" && v.reason[w.f] && (i == 0 || !v.tense["present"][ws[i-1].f] && !v.tense["past"][ws[i-1].f]) {
				// "closed due to a gas leak" gives a reason; "is
				// due to open" tells a future.
				continue
			}
			out[k] = true
		}
	}
	return out
}

// futureIn reports whether ws holds a word in lower case of a form of the
// future (vocab.futureForms: "aprobará"): a verb that carries its future
// in its ending.
func (v *vocab) futureIn(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool {
		return !w.cap && slices.ContainsFunc(v.futureForms, func(x affix) bool { return x.matches(w.low) })
	})
}

// sameTime reports whether a sentence whose words hold the tenses s may
// answer a question whose words hold q. A question about something done
// is not answered by a sentence that only announces it ("will decide" is
// not "decided"); one about what will happen is not answered by a
// sentence that only tells the past; one about now not by a sentence
// only in the past (the perfect tells how things stand now: "the
// demands have grown", whatever else the sentence says of the past). Words of no list say nothing: most verbs carry
// their tense in an ending, and those sentences are not judged.
func sameTime(q, s map[string]bool) bool {
	done := q["past"] || q["perfect"]
	switch {
	case done && !q["future"]:
		return !s["future"] || s["past"] || s["perfect"]
	case q["future"] && !done:
		return s["future"] || !s["past"] && !s["perfect"]
	case q["now"]:
		return !s["past"] || s["present"] || s["now"] || s["perfect"]
	}
	return true
}

// doneIn reports whether the sentence ws holds one of the question's
// words qs with an adjective's ending (adjends): "der bis März
// beschlossenen Lockdown" tells that it was decided, whatever "soll"
// says of what follows.
func (v *vocab) doneIn(qs, ws []word) bool {
	for _, q := range qs {
		if len([]rune(q.f)) < 5 || v.stop[q.f] {
			continue
		}
		for _, w := range ws {
			for _, e := range v.adjEnds {
				if w.f == q.f+e {
					return true
				}
			}
		}
	}
	return false
}
