package qa

import "testing"

// TestNewsVerbs: verbs that ask for what someone says ("describe",
// "blame") need not be in the answer, which says it with its own
// reporting verb; "stand for" and "achieve" are light, their object
// holds what is asked.
func TestNewsVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "describe", code: "en",
			text: "Boy waits for transplant\n\nA nine-year-old boy from Kelby has waited two years for a new kidney, doctors at Harwick General said.\n\n" +
				"\"Tomas gets tired after ten minutes of play, because his body cannot cope with anything more,\" said Mara Lind, his mother.\n\n" +
				"The hospital carried out 40 transplants last year.\n",
			q: "How does his mother describe his condition?", quote: "gets tired after ten minutes",
		},
		{
			name: "blame", code: "en",
			text: "Farewell to a fisherman\n\nThe fisherman Olaf Berg drowned off Corran point last week, the coastguard said.\n\n" +
				"In a tribute on Sunday, his family said the Corran Harbour Board had ignored years of warnings about the broken lighthouse.\n\n" +
				"The board said it would review its safety plans and meet the family.\n",
			q: "Who does the family blame?", quote: "Harbour Board had ignored",
		},
		{
			name: "stand for", code: "en",
			text: "New plan for river towns\n\nThe regional council adopted a flood plan on Monday.\n\n" +
				"The four-part plan 'DAMS' comprises Drainage, Alerts, Maps and Shelters for the towns along the river.\n\n" +
				"The council will spend the first funds in the spring.\n",
			q: "What does DAMS stand for?", quote: "comprises Drainage",
		},
		{
			name: "achieve", code: "en",
			text: "Cleanup at Varna harbour\n\nAbout three hundred volunteers spent the weekend cleaning the old harbour of Varna with boats and nets.\n\n" +
				"The cleanup removed four tonnes of plastic from the water and cleared two beaches.\n\n" +
				"A second cleanup is planned for May, when the cleanup crews return.\n",
			q: "What did the cleanup achieve?", quote: "four tonnes of plastic",
		},
	})
}
