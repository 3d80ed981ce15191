package qa

import "testing"

// TestNowPerfect: a question about now is answered by a sentence in the
// perfect, which tells how things stand, even when a clause of it tells
// the past ("Although the plan was dropped, the strikers' demands have
// grown to…"); a sentence only in the past still tells what was.
func TestNowPerfect(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "perfect with a past clause", code: "en",
			text: "Dock strike goes on\n\nDock workers in Pelham walked out for a third week on Monday.\n\n" +
				"Although the pay plan was dropped, the strikers' demands have grown to a shorter week and a new safety board.\n\n" +
				"The port company said ships were being sent to other harbours along the coast.\n",
			q: "What are the strikers demanding now?", quote: "shorter week",
		},
		{
			name: "past only", code: "en",
			text: "Dock strike ends\n\nDock workers in Pelham went back to work on Monday after three weeks.\n\n" +
				"Last spring the strikers' demands were a shorter week and a new safety board.\n\n" +
				"The port company said ships were being sent to other harbours along the coast.\n",
			q: "What are the strikers demanding now?",
		},
	})
}
