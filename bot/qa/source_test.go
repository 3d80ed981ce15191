package qa

import "testing"

// TestSourceNamedNearby: the one a question names as its source
// ("according to Marta Quiroga") is often named in the sentence after a
// quotation of theirs, not in it; one the article never names is not.
func TestSourceNamedNearby(t *testing.T) {
	const text = "Dispute over river rights in Valmora\n\n" +
		"Ruben Ortiz has filed a claim over the river on behalf of the people of Valmora.\n\n" +
		"The council of elders rejects his claim.\n\n" +
		"“He has not lived in the village since 2019 and he no longer comes to a single meeting of ours.\n\n" +
		"We are tired of his lies,” Marta Quiroga, a member of the council whose father founded Valmora, told reporters.\n\n" +
		"The court will hear the claim in March.\n"
	runRuleCases(t, []ruleCase{
		{name: "named after the quotation", code: "en", text: text, q: "Since when has Ortiz not lived in the village, according to Marta Quiroga?", quote: "since 2019"},
		{name: "never named", code: "en", text: text, q: "Since when has Ortiz not lived in the village, according to Lena Marsh?"},
	})
}
