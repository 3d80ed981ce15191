package qa

import "testing"

// TestMoneyForms: every form of a verb of paying or investing makes a
// "how much" question ask for a sum of money, "investing" as
// "invested": a count of jobs is no answer.
func TestMoneyForms(t *testing.T) {
	const terminal = "New ferry terminal for Kelby\n\n" +
		"The Kelby council is investing in a new ferry terminal near the old fish market, the mayor said on Monday.\n\n" +
		"The terminal opened its first hall on Wednesday, creating 15 jobs for harbour workers.\n\n" +
		"Ferries to Tarvel and Varna will leave from the new quay from the start of the summer timetable in June.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "investing asks a sum", code: "en",
			text: terminal, q: "How much is the Kelby council investing in the new ferry terminal?",
		},
		{
			name: "a sum answers", code: "en",
			text: terminal + "\nThe council put 4 million euros into the terminal's first hall.\n",
			q:    "How much is the council investing in the terminal's first hall?", quote: "4 million euros",
		},
	})
}
