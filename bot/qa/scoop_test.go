package qa

import "testing"

// TestScoopedIsWon: to scoop a prize is to win it: "Who won the
// award?" holds the relation "won", and "…scooped the award" holds it
// too.
func TestScoopedIsWon(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "scooped answers won", code: "en",
			text: "Bakers honoured in Harwick\n\nThe regional bakery awards were handed out in Harwick on Saturday night before a crowd of 400.\n\n" +
				"Kelby baker Mia Tolle scooped the bread award for her rye loaf, a recipe of her grandmother's.\n\n" +
				"The organisers said next year's awards would be held in Tarvel.\n",
			q: "Who won the bread award?", quote: "Mia Tolle",
		},
	})
}
