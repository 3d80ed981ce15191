package qa

import "testing"

// TestAnotherIsVague: "another company" says there is one, not which:
// it answers no "Which company…?".
func TestAnotherIsVague(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "another company names none", code: "en",
			text: "Mill sold\n\nThe Harwick wool mill has been sold after two years on the market, its owners said on Monday.\n\n" +
				"Owner Tom Reed said another company is buying the mill for an undisclosed sum.\n\n" +
				"The mill employs 40 people and will stay open, the owners said.\n",
			q: "Which company is buying the mill?",
		},
	})
}
