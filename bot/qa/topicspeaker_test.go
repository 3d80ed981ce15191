package qa

import "testing"

// TestTopicNoSpeaker: a name right after a topic preposition ("to
// officials from Norland") is who is spoken to or of, not who speaks:
// the sentence is no statement of theirs.
func TestTopicNoSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "spoken to", code: "en",
			text: "Harbour plan\n\nThe port of Harwick unveiled plans for a new container terminal on Monday.\n\n" +
				"\"The dredging was finished on time,\" the harbour master Ada Brink said in her presentation to officials from Norland.\n\n" +
				"The terminal would open in 2027, and the port hopes to hire 300 workers to run it.\n",
			q: "What did Norland say about the dredging?",
		},
	})
}
