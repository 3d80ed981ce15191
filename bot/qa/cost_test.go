package qa

import "testing"

// TestCostAsked: in "How much did X cost?" the cost is what is asked
// for, as the quantity of "What is the height of…?" is: the article
// names it by its amount ("the 40-million-euro stadium") and seldom
// writes the word.
func TestCostAsked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "cost named by its amount", code: "en",
			text: "Stadium opens\n\nThe new football stadium in Varna opened on Saturday with a match against Corran.\n\n" +
				"The 40-million-euro stadium took three years to build on the site of the old rail yard.\n\n" +
				"The club said more than 20,000 fans came to the first match, and tickets for the next one sold out in a day.\n",
			q: "How much did the new stadium cost?", quote: "40-million-euro stadium",
		},
		{
			// Paying is a relation, not the measure: the answer must
			// say who paid.
			name: "pay is still asked", code: "en",
			text: "Stadium opens\n\nThe new football stadium in Varna opened on Saturday with a match against Corran.\n\n" +
				"The 40-million-euro stadium took three years to build on the site of the old rail yard.\n\n" +
				"The club said more than 20,000 fans came to the first match, and tickets for the next one sold out in a day.\n",
			q: "How much did the club pay the architect?",
		},
	})
}
