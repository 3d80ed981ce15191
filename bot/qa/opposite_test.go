package qa

import "testing"

// TestYesNoOpposites: a yes/no question is answered by the contrary in
// the article's words: a tentative deal is not final yet, a majority
// verdict is not unanimous, a coma is no consciousness, and a denial
// answers whether someone admitted.
func TestYesNoOpposites(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "final meets tentative", code: "en",
			text: "Port strike ends\n\nDock workers in Harwick went back to work on Monday after a three-week strike.\n\n" +
				"The tentative agreement still needs a vote by the union's members next week.\n\n" +
				"The port authority said ships would be unloaded around the clock until the backlog was cleared.\n",
			q: "Is the agreement final?", quote: "tentative agreement",
		},
		{
			name: "unanimous meets majority", code: "en",
			text: "Builder convicted\n\nA builder was convicted on Friday over the collapse of a wall that killed a passer-by in Tarvel.\n\n" +
				"The jury found him guilty by a majority verdict after a two-week trial.\n\n" +
				"The judge will pass sentence next month, and the builder's lawyers said he would appeal.\n",
			q: "Was the jury unanimous?", quote: "majority verdict",
		},
		{
			name: "conscious meets coma", code: "en",
			text: "Climber rescued\n\nA climber who fell on the north face of Mount Brenn was flown to hospital on Saturday.\n\n" +
				"As of Sunday, Tom Reed was in an induced coma, the hospital said.\n\n" +
				"His climbing partner, who was not hurt, raised the alarm from a hut below the summit.\n",
			q: "Is Reed conscious?", quote: "induced coma",
		},
		{
			name: "admit meets deny", code: "en",
			text: "Council treasurer charged\n\nThe former treasurer of the Harwick council appeared in court on Monday over missing funds.\n\n" +
				"Ben Ortiz denied taking money from the harbour fund, his lawyer told the court.\n\n" +
				"The case was adjourned until March, and Ortiz was released on bail with conditions.\n",
			q: "Did Ortiz admit taking money from the harbour fund?", quote: "denied taking money",
		},
	})
}
