package qa

import "testing"

// TestYesNoSaid: a yes/no question about something done ("Did Reyes back
// the strikers?") is answered by a statement reported in the past
// whatever the time of what was said ("He said that he will support the
// strikers"): the saying is done. A sentence that reports no one and
// only tells the future still does not say it was done.
func TestYesNoSaid(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "said he will", code: "en",
			text: "Dock strike enters third week\n\nDock workers in Pelham walked out for a third week on Monday.\n\n" +
				"The union leader Marta Solis met the mayor, Tomas Reyes, on Tuesday. He said that he will support the strikers.\n\n" +
				"The port company said ships were being sent to other harbours along the coast.\n",
			q: "Did Tomas Reyes back the strikers?", quote: "will support the strikers",
		},
		{
			name: "future only", code: "en",
			text: "Dock strike enters third week\n\nDock workers in Pelham walked out for a third week on Monday.\n\n" +
				"A vote of the council on Friday will decide whether the city will support the strikers.\n\n" +
				"The port company said ships were being sent to other harbours along the coast.\n",
			q: "Did the council support the strikers?",
		},
	})
}
