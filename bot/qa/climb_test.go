package qa

import "testing"

// TestClimbIsRise: prices climb, soar and surge as they rise: "How
// much has X risen?" is answered by "X has climbed 40 percent".
func TestClimbIsRise(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "climbed answers risen", code: "en",
			text: "Wool trade booms\n\nThe wool market in Harwick had its busiest week in a decade, traders said on Monday.\n\n" +
				"Wool prices have climbed more than 40 percent since the new mill opened in March.\n\n" +
				"Wool farmers in the valley plan to expand their flocks next year.\n",
			q: "How much has wool risen?", quote: "climbed more than 40 percent",
		},
	})
}
