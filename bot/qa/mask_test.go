package qa

import "testing"

// TestMaskFaceCovering: a face covering is a mask: "Which towns kept
// their mask rules?" is answered by "…face coverings…".
func TestMaskFaceCovering(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "face coverings are masks", code: "en",
			text: "Rules eased in the valley\n\nThe county lifted most of its pandemic rules on Monday, and shops reopened at full capacity.\n\n" +
				"Only Kelby and Tarvel still require face coverings in shops and on buses, their councils said.\n\n" +
				"Restaurants in the county may now seat guests indoors again.\n",
			q: "Which towns still have mask rules?", quote: "Kelby and Tarvel",
		},
	})
}
