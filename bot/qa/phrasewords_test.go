package qa

import "testing"

// TestPhraseKeepsWords: a sentence's phrase of an alike or same group
// ("lost their jobs") still holds its own words ("jobs", "lost").
func TestPhraseKeepsWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "jobs inside lost their jobs", code: "en",
			text: "Factory closures\n\nThree factories in the Ostley valley closed this year, the regional council said.\n\n" +
				"About 4,200 factory workers in the valley lost their jobs, according to the council's figures.\n\n" +
				"The council plans a training scheme for former staff from January.\n",
			q: "How many factory jobs has the valley lost?", quote: "4,200 factory workers",
		},
	})
}
