package qa

import "testing"

// TestParticleVerb: a reporting verb of the lexicon that reports only
// with its particle ("took aim at") reports nothing without it: "took
// center stage alongside X" is no statement of X's.
func TestParticleVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "took center stage", code: "en",
			text: "Council meeting\n\nThe Harwick council met on Monday night to debate the new harbour budget.\n\n" +
				"The mayor took center stage alongside Councillor Ruth Amble and the treasurer at the meeting.\n\n" +
				"The budget passed by nine votes to four after a debate of more than three hours.\n",
			q: "What did Amble say at the meeting?",
		},
	})
}
