package qa

import "testing"

// TestStatementNoun: a sentence that reports someone's words holds the
// statement a question names ("Who made the statement?" "…, the mayor
// Tom Greer said on Friday."), and ranks as one that writes the noun;
// a question that asks for a reply to it does not take another's words.
func TestStatementNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "who made the statement", code: "en",
			text: "Harbour to stay closed\n\nHARWELL (Coast News) It is too early to say when the harbour will reopen to boats after the storm, the mayor Tom Greer said on Friday.\n\n" +
				"The storm broke the quay wall in two places and sank four fishing boats.\n\n" +
				"Engineers from the county will look at the wall next week.\n",
			q: "Who made the statement?", quote: "Tom Greer said",
		},
		{
			name: "reply to another's comments", code: "en",
			text: "Harbour to stay closed\n\nIt is too early to say when the harbour will reopen to boats after the storm, the mayor Tom Greer said on Friday.\n\n" +
				"The storm broke the quay wall in two places and sank four fishing boats.\n\n" +
				"Engineers from the county will look at the wall next week.\n",
			q: "How did the fishermen react to Greer's comments?",
		},
	})
}
