package qa

import "testing"

// TestCountLend: the sentence before lends its words to a "how many"
// question only when the sentence with the number holds one of the
// question's content words itself: "24 resignations" after "Officers
// are leaving" does not say how many officers there are, while "Twelve
// of them quit in May" counts the officers of the sentence before.
func TestCountLend(t *testing.T) {
	const force = "Police exodus in Harwick\n\nOfficers are leaving the city's police force in large numbers.\n\n" +
		"So far this year the Harwick Police Department has seen 24 resignations and 35 retirements.\n\n" +
		"The mayor said the city would hire more staff next year.\n"
	runRuleCases(t, []ruleCase{
		{name: "number of another thing", code: "en", text: force, q: "How many officers does the Harwick Police Department have?"},
		{name: "number in a sentence with a word asked", code: "en",
			text: "Police exodus in Harwick\n\nOfficers are leaving the city's police force in large numbers, the union said.\n" +
				"Twelve of them quit in May alone.\n\nThe mayor said the city would hire more staff next year and raise the pay of those who stay on.\n",
			q: "How many officers quit in May?", quote: "Twelve of them"},
	})
}
