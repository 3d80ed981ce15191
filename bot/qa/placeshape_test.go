package qa

import "testing"

// TestPlaceShape: a sentence that puts a new name in a place ("in
// Varna") answers a "where" question with fewer of its words, for the
// article names the event in its own way; not one that ends with a
// preposition ("Where did it come from?"), which asks for what that
// preposition puts.
func TestPlaceShape(t *testing.T) {
	text := "Mayors meet on river floods\n\nThe mayors of eleven river towns met on Friday to agree a common flood plan.\n\n" +
		"The two-day summit of the mayors opened at the old customs house in Varna, where the river floods most often.\n\n" +
		"The mayors asked the government for more funds to build dikes, and many warned that the summer would bring new floods.\n\n" +
		"The plan will be put to a vote in each town council in May.\n\n" +
		"Most of the money for last year's repairs went to the harbour in Kelby.\n"
	runRuleCases(t, []ruleCase{
		{name: "placed", code: "en", text: text, q: "Where did the summit take place?", quote: "customs house in Varna"},
		{name: "stranded", code: "en", text: text, q: "Where did the money come from?"},
	})
}
