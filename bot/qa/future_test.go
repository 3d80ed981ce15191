package qa

import "testing"

// TestFutureFrame: a word of the future before "to" ("expected to",
// "plans to") tells when, as "will" does: it is no relation the answer
// must hold.
func TestFutureFrame(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "expected to be", code: "en",
			text: "Storm Mirela nears the coast\n\nStorm Mirela will reach the western coast on Thursday night, forecasters said.\n\n" +
				"Gusts exceeding 90 mph will hit exposed headlands, and ferries have been cancelled.\n\n" +
				"Schools in three counties will stay closed on Friday, and the council has opened two shelters.\n",
			q: "How strong are the gusts expected to be?", quote: "90 mph",
		},
		{
			// The word is still a relation elsewhere: "expected" with
			// no "to" asks what was expected.
			name: "expected no future", code: "en",
			text: "Storm Mirela nears the coast\n\nStorm Mirela will reach the western coast on Thursday night, forecasters said.\n\n" +
				"Gusts exceeding 90 mph hit exposed headlands last winter, and ferries were cancelled for a week.\n\n" +
				"Schools in three counties will stay closed on Friday, and the council has opened two shelters.\n",
			q: "How many ferries does the council expect will be cancelled?",
		},
	})
}
