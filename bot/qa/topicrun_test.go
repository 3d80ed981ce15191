package qa

import "testing"

// TestTopicNameRun: a name of several words after a topic preposition
// ("a letter to the Harwick Town Council") is who is written to, every
// word of it: a sentence that names it so is no statement of its.
func TestTopicNameRun(t *testing.T) {
	text := "Ferry captain quits\n\n" +
		"Captain Leo Varga sent a letter of resignation to the Harwick Town Council criticising it for the closure of the ferry line.\n\n" +
		"The ferry carried 40,000 passengers last year, most of them tourists from the mainland who came for the summer festival in the old harbour town.\n"
	runStatementCases(t, []statementCase{
		{name: "written to, not speaking", code: "en", text: text,
			q: "How has the Harwick Town Council responded to Varga's letter?"},
	})
}

// TestWithinIsTopic: a name after "within" is a place ("some within
// Harwick Town Hall must have feared"), not who speaks.
func TestWithinIsTopic(t *testing.T) {
	text := "Pier sale approved after long night\n\n" +
		"It was the vote that some within Harwick Town Hall must have feared, and the mayor told reporters the result was far worse than anyone had imagined.\n\n" +
		"The old pier will be sold to a hotel group from the mainland before the summer season starts.\n"
	runStatementCases(t, []statementCase{
		{name: "within names a place", code: "en", text: text, q: "How did Harwick Town Hall respond to the vote?"},
	})
}
