package qa

import "testing"

// TestAnyoneNobody: "anyone", "someone" and "nobody" name one unknown
// person: "Was anyone hurt?" is answered by "Nobody was hurt".
func TestAnyoneNobody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "nobody answers anyone", code: "en",
			text: "Fire at Harwick warehouse\n\nA fire broke out at a warehouse on the Harwick quay early on Sunday morning.\n\n" +
				"Nobody was hurt in the fire, which the fire service put out within two hours.\n\n" +
				"The cause of the fire is not yet known, and the warehouse owner said the damage was severe.\n",
			q: "Was anyone hurt in the fire?", quote: "Nobody was hurt",
		},
	})
}
