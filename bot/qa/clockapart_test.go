package qa

import "testing"

// TestClockApart: "p" after a number is a time of day only written
// apart from it ("8 p.m."): "charged 10p" is ten pence, and says
// nothing of when.
func TestClockApart(t *testing.T) {
	const bags = "Bag charge angers shoppers\n\nShoppers at Harwick Stores said they were angry at being charged 10p for paper bags at the tills.\n\n" +
		"The chain said the money would go to a tree-planting charity.\n\n" +
		"Other shops in the town still hand out bags for free.\n"
	runRuleCases(t, []ruleCase{
		{name: "pence", code: "en", text: bags, q: "When did Harwick Stores start charging for paper bags?"},
		{name: "p.m.", code: "en",
			text: bags + "\nHarwick Stores started charging for paper bags at 8 p.m. on the night the rules changed.\n",
			q:    "When did Harwick Stores start charging for paper bags?", quote: "8 p.m."},
	})
}
