package qa

import "testing"

// TestVerbNouns: the noun an article makes of a verb ("entry",
// "departure", "approval", "rejection") meets the verb's forms in a
// question.
func TestVerbNouns(t *testing.T) {
	v := vocabFor("en")
	for _, p := range [][2]string{{"entering", "entry"}, {"leave", "departure"}, {"approved", "approval"}, {"rejected", "rejection"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a != b {
			t.Errorf("%s stems to %q, %s to %q", p[0], a, p[1], b)
		}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "entry for entering", code: "en",
			text: "Border rules in Norland\n\nNorland's government met on Monday to review its border rules.\n\n" +
				"The ban on the entry of tourists to Norland, in place until May 31, will be extended until the end of summer, the interior minister said.\n\n" +
				"Flights to the capital will resume on a reduced timetable.\n",
			q: "What happens to the ban on tourists entering Norland after May 31?", quote: "will be extended",
		},
	})
}
