package qa

import "testing"

// TestUpcoming: a question about what is to come ("When are her next
// scans?") is not answered by a sentence that tells only the past, though
// it holds the same word ("given the all-clear the next year"); one that
// tells what is to come does.
func TestUpcoming(t *testing.T) {
	const health = "Singer back on stage\n\nThe singer Ana Ruiz was diagnosed with cancer in 2005 and given the all-clear the next year, before it came back in 2019.\n\n" +
		"She said she was feeling well and would sing at the harbour festival in Marlow this summer.\n\n" +
		"She has a check-up arranged and said she would wait for it calmly.\n"
	runRuleCases(t, []ruleCase{
		{name: "only the past", code: "en", text: health, q: "When is her next check-up?"},
		{name: "what is to come", code: "en",
			text: health + "\nHer next check-up will take place on 12 May in Marlow, her manager said.\n",
			q:    "When is her next check-up?", quote: "12 May"},
	})
}
