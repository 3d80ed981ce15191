package qa

import "strings"

// broadAbout returns the words a statement of the asked party may hold to
// be on the question's subject when none holds a word of about: those of
// about and the names the question holds other than the party's, even
// when the article is about them ("What did Vell say about getting into
// Norland?" in an article on Norland: "…at last we made our way to
// Norland"). The article's other topic
// words stay out: a statement on the strike is none on night shifts
// during it.
func (a *article) broadAbout(qu, about *question) *question {
	out := &question{kind: qu.kind, terms: map[string]float64{}, names: map[string]bool{}}
	for t, w := range about.terms {
		out.terms[t] = w
	}
	for t, w := range qu.terms {
		if !qu.names[t] || qu.verbs[t] || qu.partyTerms[t] || strings.HasPrefix(t, "=") {
			continue
		}
		if containsStem(qu.speakerWords, t, a.v) {
			continue
		}
		out.terms[t] = w
	}
	return out
}

func containsStem(ws []string, t string, v *vocab) bool {
	for _, w := range ws {
		for _, f := range strings.Fields(w) {
			if v.stem(f) == t {
				return true
			}
		}
	}
	return false
}

// holdsAnyPart reports whether sentence i holds a word of qu, or a word
// that one of them begins, of four letters or more: the first part of a
// compound ("euro" of "eurozone").
func (a *article) holdsAnyPart(i int, qu *question) bool {
	for t := range qu.terms {
		if a.tf[i][t] > 0 {
			return true
		}
		if len([]rune(t)) < 4 {
			continue
		}
		for f := range a.tf[i] {
			if strings.HasPrefix(f, t) {
				return true
			}
		}
	}
	return false
}

// anyNear reports whether one of the sentences own holds a word of qu,
// or one of the two before it does (holdsNear).
func (a *article) anyNear(own map[int]bool, qu *question) bool {
	for n := range own {
		if i := n - 1; i >= 0 && i < len(a.d.Sentences) && a.holdsNear(i, qu) {
			return true
		}
	}
	return false
}

// holdsNear reports whether sentence i, or one of the two before it,
// holds a word of qu: a statement goes on about what the sentences
// before it named.
func (a *article) holdsNear(i int, qu *question) bool {
	for j := i; j >= 0 && j >= i-2; j-- {
		if a.holdsAny(j, qu) {
			return true
		}
		if j > 0 && j < i && a.d.Sentences[j-1].Para != a.d.Sentences[j].Para && a.d.Sentences[j].Para == a.d.Sentences[i].Para && len(a.words[i]) > reactionWords {
			// A statement that goes on in a paragraph is about what
			// that paragraph names, not an earlier one: "LVMH's
			// donation will cover…" "In the days after the auction,
			// the export was halted… “We are fully mobilized…,” said
			// des Cars" is no word on the donation. (One that opens
			// its paragraph goes on from the one before, "Ruiz spoke
			// after the vote." "“We will…”", and so does a short
			// reaction: "Avigilon declined to comment.")
			break
		}
	}
	return false
}

// asksReply reports whether the question asks for a reply ("How did the
// firm respond to the union's claims?"): a reply is to the words asked
// about, and a statement that only names the others is none. The words
// of respond that report or ask a position ("say", "think") ask none.
func (a *article) asksReply(qu *question) bool {
	for _, w := range qu.words {
		if a.v.respond[w.f] && !a.v.position[w.f] && !a.v.reporting[w.f] {
			return true
		}
	}
	return false
}

// withTerms returns a question of qu's kind with the words of qu and of
// more.
func withTerms(qu, more *question) *question {
	out := &question{kind: qu.kind, terms: map[string]float64{}, names: map[string]bool{}}
	for _, q := range []*question{qu, more} {
		for t, w := range q.terms {
			out.terms[t] = max(out.terms[t], w)
		}
	}
	return out
}
