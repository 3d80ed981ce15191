package qa

import "testing"

// TestNowReported: a question about now is answered by a sentence in the
// past that reports someone's words: the past of the saying shifts back
// the present of what is said ("…was in hospital on Sunday, his spokesman
// said"). A past sentence that reports no one still tells only the past.
func TestNowReported(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "reported", code: "en",
			text: "Mayor recovering after fall\n\nMayor Tom Greer of Harwell was in hospital on Sunday after a fall at his home, his spokesman said.\n\n" +
				"Greer, 71, broke his hip on Thursday and had surgery the same night.\n\n" +
				"His deputy, Ana Ruiz, will chair the council meeting on Tuesday evening.\n",
			q: "Is Greer still in hospital?", quote: "was in hospital on Sunday",
		},
		{
			name: "not reported", code: "en",
			text: "Mayor recovering after fall\n\nMayor Tom Greer of Harwell was in hospital for two nights last year after a fall at his home.\n\n" +
				"Greer, 71, broke his hip on Thursday and had surgery the same night at the county clinic.\n\n" +
				"His deputy, Ana Ruiz, will chair the council meeting on Tuesday evening.\n",
			q: "Is Greer still in hospital?",
		},
	})
}
