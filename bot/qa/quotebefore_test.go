package qa

import "testing"

// TestQuoteBefore: a sentence that reports words and quotes none goes
// with the quotation right before it, which holds them.
func TestQuoteBefore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "the question before the one who asked it", code: "en",
			text: "Council row in Pelham\n\nThe council of Pelham met on Tuesday to vote on the new harbour budget.\n\n" +
				"“Can the mayor tell us why the ferry to the island still runs late every single morning?”\n\n" +
				"Councillor Tom Reed asked the mayor during the debate, to laughter from the benches.\n\n" +
				"The mayor promised an answer at the next meeting of the council.\n",
			q: "What did Tom Reed ask the mayor?", quote: "ferry to the island still runs late",
		},
	})
}
