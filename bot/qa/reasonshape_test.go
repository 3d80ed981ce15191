package qa

import "testing"

// TestReasonShape: a sentence that gives a reason ("because") answers a
// "why" question though it words the rest of it in its own way; one
// that gives none must hold the question's words.
func TestReasonShape(t *testing.T) {
	text := "Tarvel keeps its curfew\n\nThe town council of Tarvel voted on Monday to extend its night curfew by another month.\n\n" +
		"\"We are not ready to lift it yet,\" the mayor said, adding that the decision was made because Tarvel has had the most break-ins in the county this year.\n\n" +
		"Shop owners had asked the council to end the curfew before the summer.\n\n" +
		"The curfew runs from midnight to five in the morning.\n"
	runRuleCases(t, []ruleCase{
		{name: "because", code: "en", text: text, q: "Why did Tarvel's council decide to keep the curfew?", quote: "most break-ins"},
		{name: "no reason", code: "en", text: text, q: "Why did the shop owners object to the ban on music?"},
	})
}
