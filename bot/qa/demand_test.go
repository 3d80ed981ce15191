package qa

import "testing"

// TestRequireIsDemand: "require" says what someone wants, as "demand"
// and "ask" do.
func TestRequireIsDemand(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "want answered by require", code: "en",
			text: "Ferry strike\n\nFerry crews at the port of Caddon walked out on Monday for the third time this year.\n\n" +
				"The least the crews require is a guaranteed rest day after each night shift, their delegate Mara Quist said.\n\n" +
				"The ferry company said talks would resume on Thursday.\n",
			q: "What do the crews want from the ferry company?", quote: "guaranteed rest day",
		},
	})
}
