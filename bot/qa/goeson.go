package qa

import (
	"slices"
	"strings"
	"unicode"
)

// What goes on from the sentences an answer picks: the answer to a
// printed question, the rest of a quotation, the speaker's next sentence.

// withQuoteEnds adds to the sentences picked the answer to a question the
// article prints at the end of their paragraph (the sentence after it),
// and the rest of a quotation one of them opens and does not close, up to
// quoteRest sentences in its paragraph: the words a speaker goes on to
// say are part of the answer ("“The reason for the shortfall is the
// heat.”" after "“We do everything we can to avoid outages,” said Anne
// Gonzales."); and to a sentence that reports words and quotes none, the
// quotation right before it ("“Can the mayor tell us…?”" "Councillor Tom
// Reed asked the mayor…").
func (a *article) withQuoteEnds(picked []int) []int {
	out := slices.Clone(picked)
	for _, n := range picked {
		if m := a.paraEnd(n - 1); strings.HasSuffix(strings.TrimSpace(a.d.Sentences[m].Text), "?") && m+1 < len(a.d.Sentences) && !a.skip[m+1] {
			// A paragraph that ends in a question the article prints
			// (an interviewer's) is answered by the sentence after
			// it.
			if !slices.Contains(out, m+2) {
				out = append(out, m+2)
			}
			continue
		}
		if i := n - 1; i > 0 && a.reportsAny[i] && !quoteLike(a.d.Sentences[i].Text) && quoteLike(a.d.Sentences[i-1].Text) && a.d.Sentences[i].Para-a.d.Sentences[i-1].Para <= 1 && !a.skip[i-1] && !slices.Contains(out, i) {
			// A sentence that reports words and quotes none
			// ("Reynolds asked Cameron in the Commons.") goes with
			// the quotation right before it, which holds them.
			out = append(out, i)
		}
		depth := quoteDepth(a.d.Sentences[n-1].Text)
		for k := n; depth > 0 && k < len(a.d.Sentences) && k < n+quoteRest && a.d.Sentences[k].Para == a.d.Sentences[n-1].Para; k++ {
			if !slices.Contains(out, k+1) {
				out = append(out, k+1)
			}
			depth += quoteDepth(a.d.Sentences[k].Text)
		}
	}
	return out
}

// withGoingOn adds to the sentences picked the next sentence of a picked
// one's paragraph that the briefing gives the same speaker: they go on
// ("Nancy Rodas said the case against the plane was political." "It
// began with an anonymous complaint from Panama.").
func (a *article) withGoingOn(picked []int, speakers map[int]attribution) []int {
	out := slices.Clone(picked)
	for _, n := range picked {
		at, ok := speakers[n]
		if ok && at.speaker != "" && n < len(a.d.Sentences) && a.d.Sentences[n].Para == a.d.Sentences[n-1].Para && speakers[n+1] == at && !slices.Contains(out, n+1) {
			out = append(out, n+1)
		}
	}
	return out
}

// paraEnd returns the index of the last sentence of sentence i's
// paragraph.
func (a *article) paraEnd(i int) int {
	for i+1 < len(a.d.Sentences) && a.d.Sentences[i+1].Para == a.d.Sentences[i].Para {
		i++
	}
	return i
}

// quoteRest bounds the sentences withQuoteEnds adds after one.
const quoteRest = 2

// quoteDepth returns how many quotations s opens and leaves open (less
// those it closes that it did not open): curly and angle quotation marks
// (“ closes after „), and straight ones, which open after a space or the
// start and close elsewhere.
func quoteDepth(s string) int {
	d := 0
	german := strings.ContainsRune(s, '„') // „…“
	prev := ' '
	for _, r := range s {
		switch {
		case r == '«' || r == '„' || r == '“' && !german || r == '"' && (unicode.IsSpace(prev) || strings.ContainsRune("([—–-:", prev)):
			d++
		case r == '»' || r == '”' || r == '“' && german || r == '"':
			d--
		}
		prev = r
	}
	return d
}
