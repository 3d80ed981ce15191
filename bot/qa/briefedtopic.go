package qa

import (
	"slices"

	"github.com/briefbot/briefbot/bot"
)

// withBriefedStatement adds to the sentences picked for a question about
// a party's words on a subject the party's statement the briefing gives
// it that holds most of that subject (the words of the question other
// than its verbs and the party's names, topicScore), when the picked
// ones lack it: a sentence that names the party by a verb ("Vell also
// attacked the plan of the mayor, Ana Ruiz, …") may hold more of the
// question's words than the quotation that answers ("Sadly, Ruiz is
// behaving like a bully", the fourth sentence of a quotation the
// briefing gives Vell). It is added, taking no other's place, and
// declines stay as they were.
func (a *article) withBriefedStatement(picked []int, qu *question, br *bot.Briefing, speakers map[int]attribution) []int {
	if len(picked) == 0 || br == nil {
		return picked
	}
	briefed := map[int]bool{}
	for n, at := range speakers {
		if slices.ContainsFunc(qu.parties, func(i int) bool { return i < len(br.Parties) && br.Parties[i].Name == at.party }) {
			briefed[n] = true
		}
	}
	if len(briefed) == 0 {
		return picked
	}
	best, top := 0, 0.0
	for n := range briefed {
		if s := a.topicScore(n-1, qu); s > top || s == top && s > 0 && n < best {
			best, top = n, s
		}
	}
	if top == 0 || slices.Contains(picked, best) {
		return picked
	}
	return append(picked, best)
}

// topicScore sums the weights (idf) of the words of the question sentence
// i holds other than its verbs and the names of the parties it asks
// about: how much of the subject a statement holds.
func (a *article) topicScore(i int, qu *question) float64 {
	if i < 0 || i >= len(a.tf) {
		return 0
	}
	s := 0.0
	for t := range qu.terms {
		if qu.verbs[t] || qu.partyTerms[t] || containsStem(qu.speakerWords, t, a.v) {
			continue
		}
		if a.tf[i][t] > 0 {
			s += a.idf(t)
		}
	}
	return s
}
