package qa

import "testing"

// TestRequirementIsRequire: a requirement is what is required: "How long
// will the mask requirement last?" is answered by "…will continue
// requiring face coverings…".
func TestRequirementIsRequire(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "requirement meets requiring", code: "en",
			text: "Kelby keeps its rule\n\nThe town of Kelby passed an ordinance on Wednesday that will continue requiring face coverings in shops indefinitely.\n\n" +
				"The county lifted its own rule last week, and shops in the valley reopened at full capacity.\n\n" +
				"The mayor said cases in the town were still high.\n",
			q: "How long will the mask requirement last?", quote: "indefinitely",
		},
	})
}
