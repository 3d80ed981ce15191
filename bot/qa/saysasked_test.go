package qa

import "testing"

// TestSaysAsked: "say" in a question that names its speaker by a common
// noun is held by any reporting verb ("confirmed").
func TestSaysAsked(t *testing.T) {
	text := "Boat found on Corran beach\n\nA lifeboat crew found a small fishing boat upside down on Corran beach on Sunday.\n\n" +
		"The lifeboat crew searched the bay for two hours.\n\n" +
		"A lifeboat spokesperson confirmed the owner had been traced and was safe.\n\n" +
		"The lifeboat returned to the harbour at noon.\n"
	runRuleCases(t, []ruleCase{
		{name: "common noun", code: "en", text: text, q: "What did the lifeboat crew say?", quote: "owner had been traced"},
	})
}
