package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestReplyOfSubject: "How have the fishing cooperatives reacted…?" asks
// for their reply, named by a common noun that is no party: the words of
// another about them ("…faced by fishing cooperatives, the harbour
// authority said") are none, nor is a sentence that reports no words;
// their own words are.
func TestReplyOfSubject(t *testing.T) {
	base := "Harbour plan for fishermen\n\n" +
		"The Harwick harbour authority on Thursday came out with a plan to deal with the debts faced by small fishing cooperatives on the coast.\n\n" +
		"The debts of fishing cooperatives have grown sharply in the recent past, the harbour authority said in its report.\n\n"
	authority := claimOf("Harbour authority", "The debts of fishing cooperatives have grown sharply in the recent past, the harbour authority said in its report.")
	q := "How have the fishing cooperatives reacted to the plan?"
	runStatementCases(t, []statementCase{
		{name: "another's words about them", code: "en", text: base + "The plan will be put to a vote of the council in May, and the fishermen hope for an answer.\n",
			parties: []bot.Party{authority}, q: q},
		{name: "their own words", code: "en", text: base + "The fishing cooperatives reacted with anger and said the plan came far too late for most of their members.\n",
			parties: []bot.Party{authority}, q: q, quote: "came far too late"},
	})
}
