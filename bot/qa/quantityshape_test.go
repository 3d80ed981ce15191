package qa

import "testing"

// TestQuantityShape: a sentence that gives a quantity on the scale a
// question asks about ("How successful…?" "…a success rate of 87%")
// answers it with fewer of its words.
func TestQuantityShape(t *testing.T) {
	text := "Machine draws blood\n\nEngineers at Harwick University have built a machine that finds veins and draws blood without a nurse.\n\n" +
		"The results, published in a medical journal, matched clinical standards, with an overall success rate of 87% for the 31 volunteers.\n\n" +
		"The team hopes to test the robot in hospitals after the regulator has reviewed the trial data.\n"
	runRuleCases(t, []ruleCase{
		{name: "degree", code: "en", text: text, q: "How successful was the robot in the trial?", quote: "success rate of 87%"},
	})
}
