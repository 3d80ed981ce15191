package qa

import "testing"

// TestPastVerb: a question about what will happen is not answered by a
// sentence that holds its verb in an irregular simple past (pastforms)
// with no future word: "the trial began in 1998" does not say when a
// trial is to start; "will begin" does.
func TestPastVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "irregular past", code: "en",
			text: "A mayor in the dock again\n\nFormer Orrin mayor Dale Purvis faces fraud charges over the harbour contract, prosecutors said.\n\n" +
				"In early 1998, his first trial for bribery began, with the prosecution calling him the centre of the scheme.\n\n" +
				"Purvis denies any wrongdoing, his lawyer said.\n",
			q: "When is the fraud trial of Purvis scheduled to start?",
		},
		{
			name: "future", code: "en",
			text: "A mayor in the dock again\n\nFormer Orrin mayor Dale Purvis faces fraud charges over the harbour contract, prosecutors said.\n\n" +
				"His fraud trial will begin in early March, with the prosecution calling him the centre of the scheme.\n\n" +
				"Purvis denies any wrongdoing, his lawyer said.\n",
			q: "When is the fraud trial of Purvis scheduled to start?", quote: "early March",
		},
	})
}
