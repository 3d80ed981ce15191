package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestBrandedIsCalled: to brand, dub or label someone something is to
// call them it: "What did Ruiz call Reed?" is answered by "the mayor
// branded Reed…", though the briefing gives her other words.
func TestBrandedIsCalled(t *testing.T) {
	const plan = "Ana Ruiz also said the harbour plan would create 300 jobs in the town."
	runStatementCases(t, []statementCase{
		{
			name: "branded answers call", code: "en",
			text: "Mayoral race turns bitter\n\nThe race between Mayor Ana Ruiz and Tom Reed turned bitter this week as the two candidates traded insults.\n\n" +
				"In a radio interview on Friday, the mayor branded Tom Reed a coward who hides behind his lawyers.\n\n" +
				"Tom Reed said he would not answer personal attacks and would talk about the harbour instead.\n\n" + plan + "\n",
			parties: []bot.Party{claimOf("Ana Ruiz", plan)},
			q:       "What did Ana Ruiz call Tom Reed?", quote: "a coward",
		},
	})
}
