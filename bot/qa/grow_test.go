package qa

import "testing"

// TestGrowIsRise: what grows or jumps rises: "How much has wool grown?"
// is answered by "…a 40 percent jump…" and "…rose…".
func TestGrowIsRise(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "jump answers grown", code: "en",
			text: "Wool trade booms\n\nThe wool market in Harwick had its busiest week in a decade, wool traders said on Monday.\n\n" +
				"Wool sales went from 200 bales in 2019 to 280 bales this year, a 40 percent jump.\n\n" +
				"Wool farmers in the valley plan to expand their flocks next year.\n",
			q: "How much have wool sales grown?", quote: "40 percent jump",
		},
	})
}
