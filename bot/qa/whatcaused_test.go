package qa

import "testing"

// TestWhatCaused: "What caused…?" and "What led to…?" ask why: the
// words that ask are not words the answer must hold.
func TestWhatCaused(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "what caused the loss", code: "en",
			text: "Ferry firm reports loss\n\nThe Harwick ferry company reported its results for the year on Tuesday.\n\n" +
				"The firm took a hit from the closure of its Tarvel route, and posted a net loss of 4 million euros.\n\n" +
				"Its chief executive said the new summer timetable would bring passengers back to the boats.\n",
			q: "What caused the loss?", quote: "closure of its Tarvel route",
		},
	})
}
