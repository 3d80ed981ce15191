package qa

import "testing"

// TestOpenEndedSpan: a span told with no number ("indefinitely",
// "permanently") answers how long.
func TestOpenEndedSpan(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "indefinitely answers how long", code: "en",
			text: "Curfew in Kelby\n\nThe town of Kelby imposed a night curfew on Friday after a week of street fights in the harbour district.\n\n" +
				"The town council said the curfew will remain in force indefinitely.\n\n" +
				"Shop owners in the district said they would lose much of their evening trade.\n",
			q: "How long will the curfew last?", quote: "indefinitely",
		},
	})
}
