package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestNamedKind: a "which" question whose noun of the kind comes after a
// name or a number ("Which GP surgery was…", "Which two councillors
// were…") asks for things of that kind: a sentence that holds the noun
// and names none does not say which, one that names them does.
func TestNamedKind(t *testing.T) {
	const club = "Inquest into death of student\n\nAn inquest heard that the student, 24, died at her home in March after she was sent home by a doctor.\n\n" +
		"The coroner said she could not be certain the outcome would have been different.\n\n" +
		"Speaking after the hearing, Dr Hale said: \"As a GP surgery we're deeply saddened to hear about her passing.\"\n"
	runStatementCases(t, []statementCase{
		{name: "no surgery named", code: "en", text: club, q: "Which GP surgery was Dr Hale speaking for?",
			parties: []bot.Party{claimOf("Dr Hale", "Speaking after the hearing, Dr Hale said: \"As a GP surgery we're deeply saddened to hear about her passing.\"")}},
		{name: "councillors named", code: "en",
			text: "Council votes on the budget\n\nThe city council approved the budget on Tuesday by a narrow margin after a long debate.\n\n" +
				"Two councillors, Mark Dunn and Lisa Hale, were absent from the vote because of illness.\n\n" +
				"The budget raises spending on roads and schools by four percent next year.\n",
			q: "Which two councillors were absent from the vote?", quote: "Mark Dunn"},
	})
}
