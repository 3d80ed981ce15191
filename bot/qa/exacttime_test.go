package qa

import "testing"

// TestExactTime: a question that asks exactly when is not answered by a
// unit of time ("next month"); a date answers it, and "next month"
// answers a question that does not ask for an exact time.
func TestExactTime(t *testing.T) {
	const review = "Telescope nears approval\n\nThe new radio telescope in the hills of Norland passed its last technical tests this week, its operators said.\n\n" +
		"The science ministry is expected to approve full operations at a review meeting next month.\n\n" +
		"Astronomers from abroad may apply for observing time from next year.\n"
	runRuleCases(t, []ruleCase{
		{name: "next month is no exact time", code: "en", text: review, q: "When exactly will the ministry's review meeting take place?"},
		{name: "next month tells when", code: "en", text: review, q: "When will the ministry's review meeting take place?", quote: "next month"},
		{name: "a date is exact", code: "en",
			text: "Telescope nears approval\n\nThe new radio telescope in the hills of Norland passed its last technical tests this week, its operators said.\n\n" +
				"The science ministry is expected to approve full operations at a review meeting on March 14.\n\n" +
				"Astronomers from abroad may apply for observing time from next year.\n",
			q: "When exactly will the ministry's review meeting take place?", quote: "March 14"},
	})
}
