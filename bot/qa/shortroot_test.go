package qa

import "testing"

// TestShortRoot: a suffix may leave a root of three letters ("aimed",
// "aim"), and one that leaves a consonant, a vowel and a consonant took
// a silent e ("hiring", "hire").
func TestShortRoot(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "silent e", code: "en",
			text: "Factory reopens in Kelby\n\nThe old shoe factory in Kelby reopened on Monday after two years.\n\n" +
				"Its new owners say the factory is hiring 300 people from the town and nearby villages this spring.\n\n" +
				"The factory closed in 2022 when its last owner went bankrupt.\n",
			q: "How many will the factory hire?", quote: "hiring 300 people",
		},
		{
			name: "no silent e", code: "en",
			text: "New rules for the harbour\n\nThe harbour board of Corran adopted new rules for fishing boats on Tuesday.\n\n" +
				"The board said the rules aimed to cut the number of accidents in the harbour by half.\n\n" +
				"Fishermen will have until June to fit the new lights the rules require.\n",
			q: "What do the rules aim to do?", quote: "cut the number of accidents",
		},
	})
}
