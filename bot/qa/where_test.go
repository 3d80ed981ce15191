package qa

import "testing"

// TestWherePlaced: a "where" question is answered by a name that a
// place preposition puts a place ("at a market in Varna"), not by any
// new name ("paintings by Monet and Degas").
func TestWherePlaced(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "no place", code: "en",
			text: "Art thieves caught\n\nPolice arrested two men on Friday over the theft of six paintings from a country house.\n\n" +
				"The thieves sold paintings by Monet and Degas to a dealer, the police said.\n\n" +
				"The other four paintings have not been found, and the owners have offered a reward for them.\n",
			q: "Where did the thieves sell the paintings?",
		},
		{
			name: "a place", code: "en",
			text: "Art thieves caught\n\nPolice arrested two men on Friday over the theft of six paintings from a country house.\n\n" +
				"The thieves sold two of the paintings at a flea market in Varna, the police said.\n\n" +
				"The other four paintings have not been found, and the owners have offered a reward for them.\n",
			q: "Where did the thieves sell the paintings?", quote: "flea market in Varna",
		},
	})
}
