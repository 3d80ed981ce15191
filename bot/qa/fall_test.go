package qa

import "testing"

// TestDropIsFall: what drops, plunges or slumps falls: "Why did sales
// drop?" is answered by "Sales fell… because…".
func TestDropIsFall(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "fell answers drop", code: "en",
			text: "Mill results\n\nSales at the Harwick mill were the lowest in a decade last year.\n\n" +
				"Sales fell in the spring because the mill closed for two months of repairs.\n\n" +
				"Sales of blankets and scarves are expected to recover next year, when the new looms arrive.\n",
			q: "Why did sales drop?", quote: "closed for two months",
		},
	})
}
