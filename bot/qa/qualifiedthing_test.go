package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQualifiedThing: a question whose subject is the party's name
// before a common noun that names no one who speaks ("How did Tarvo
// shares react…?") asks how the thing behaved, not what the party said:
// a sentence on the shares that reports no words does not say, and the
// party's statements are no answer. A speaker so named ("the Tarvo
// spokeswoman") still asks for words.
func TestQualifiedThing(t *testing.T) {
	const text = "Tarvo posts first loss\n\n" +
		"Tarvo Bank reported a net loss of 40 million euros for the year on Tuesday, its first ever.\n\n" +
		"\"The results reflect a hard year for our lending business,\" Tarvo said in a statement after the results came out.\n\n" +
		"Tarvo shares closed flat at 3.20 euros on Tuesday before the results were published.\n"
	tarvo := claimOf("Tarvo", "\"The results reflect a hard year for our lending business,\" Tarvo said in a statement after the results came out.")
	runStatementCases(t, []statementCase{
		{name: "shares do not speak", code: "en", text: text, parties: []bot.Party{tarvo},
			q: "How did Tarvo shares react after the results came out?"},
		{name: "the party itself", code: "en", text: text, parties: []bot.Party{tarvo},
			q: "How did Tarvo react after the results came out?", quote: "hard year"},
	})
}
