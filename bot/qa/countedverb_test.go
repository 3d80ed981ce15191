package qa

import "testing"

// TestCountedStopsAtVerb: what a "how many" question counts is the noun
// after the words that ask, not the verb after it: "How many mothers
// died…" is not answered by a count of deaths.
func TestCountedStopsAtVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "count of deaths is no count of mothers", code: "en",
			text: "Fever toll in Marlow\n\nHealth officials in Marlow reported a rise in river fever cases last year.\n\n" +
				"In 2023, the fever caused 40 infant deaths and 12 stillbirths in the region.\n\n" +
				"The ministry said a vaccination drive would start in March.\n",
			q: "How many mothers died of fever-related causes in 2023?",
		},
		{
			name: "the noun counted still answers", code: "en",
			text: "Fever toll in Marlow\n\nHealth officials in Marlow reported a rise in river fever cases last year.\n\n" +
				"In 2023, the fever killed 9 mothers and caused 40 infant deaths in the region.\n\n" +
				"The ministry said a vaccination drive would start in March.\n",
			q: "How many mothers died of fever-related causes in 2023?", quote: "9 mothers",
		},
	})
}
