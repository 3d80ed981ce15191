package qa

import "testing"

// TestParaTime: a sentence takes half the weight of a word its
// paragraph holds only from a sentence that tells the time the question
// asks about: "…was flown to a clinic in May in a critical condition"
// lends the word "condition" to no answer about his condition now.
func TestParaTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "past sentence lends nothing to now", code: "en",
			text: "Critic taken ill in Tarsk\n\nReno Vask was flown to a clinic in Tarsk in May when he was in a critical condition. " +
				"Vask is a well-known critic of the governor, and his allies had claimed that he was poisoned.\n\n" +
				"The clinic has given no details, the regional paper reported.\n",
			q: "What is Vask's condition now?",
		},
		{
			name: "same paragraph, same time", code: "en",
			text: "Critic taken ill in Tarsk\n\nReno Vask is now in a stable condition at a clinic in Tarsk, doctors say. " +
				"Vask is awake and is talking to his family, his allies say.\n\n" +
				"The clinic has given no details, the regional paper reported.\n",
			q: "What is Vask's condition now?", quote: "stable",
		},
	})
}
