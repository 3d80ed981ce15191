package qa

import "testing"

// TestWhoOwn: a "who" question that asks who did its act is not answered
// by a sentence where the one who did it is the question's own name
// ("…when auction house Vendome sold it…" does not say who sold Basket
// of Figs at the Vendome auction); a new name before the verb answers.
func TestWhoOwn(t *testing.T) {
	const sale = "Museum gets help to buy painting\n\nThe city museum has fought for a year to buy a painting by the Norland master Paul Dunn.\n\n" +
		"A donation from the Harwick bank will cover half of the price of Basket of Figs, a work by Dunn that set a record when auction house Vendome sold it for 4 million euros last March.\n\n" +
		"The museum will show the painting in the spring.\n"
	runRuleCases(t, []ruleCase{
		{name: "the question's own", code: "en", text: sale, q: "Who sold Basket of Figs at the Vendome auction?"},
		{name: "a new name", code: "en",
			text: sale + "\nThe collector Ana Ruiz sold Basket of Figs at the Vendome auction after keeping it for forty years.\n",
			q:    "Who sold Basket of Figs at the Vendome auction?", quote: "Ana Ruiz"},
	})
}
