package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestNameAsked: when the party asked about has no statement on the
// subject, a sentence is taken for theirs only when it names them by the
// name the question gives them, whole or by a last word with no definite
// article before it: "the Palace of Justice" does not name Harwick Palace,
// nor does another name the briefing gives the party ("the Defence
// Ministry memos") when the question asks for the Palace's reply.
func TestNameAsked(t *testing.T) {
	const text = "Leaked memos stir row in Norland\n\n" +
		"Memos from the Defence Ministry warned that the budget freeze might be illegal, the Courier reported on Monday.\n\n" +
		"The new bridge over the Vell river was due to open last autumn.\n\n" +
		"Its cost has doubled since the first plans were drawn up.\n\n" +
		"Harwick Palace said on Friday that the king would open the new bridge in May.\n"
	norland := bot.Party{Name: "Norland", Aliases: []string{"Harwick Palace", "Defence Ministry"}, Claims: []bot.Claim{{Claim: "Says so.", Speaker: "Harwick Palace", Stance: bot.StanceAssert,
		Evidence: "Harwick Palace said on Friday that the king would open the new bridge in May."}}}
	runStatementCases(t, []statementCase{
		{name: "another name of the party", code: "en", text: text, parties: []bot.Party{norland},
			q: "How did Harwick Palace respond to the leaked Defence Ministry memos?"},
		{name: "the last word after an article", code: "en", text: text + "\nCopies of the leaked memos reached the Palace of Justice on Tuesday, the Courier reported.\n", parties: []bot.Party{norland},
			q: "How did Harwick Palace react to the leaked memos?"},
		{name: "the name asked", code: "en", text: text + "\nThe memos were never hidden, Harwick Palace said in a reply on Tuesday.\n", parties: []bot.Party{claimOf("Harwick Palace", "The memos were never hidden, Harwick Palace said in a reply on Tuesday.")},
			q: "How did Harwick Palace respond to the leaked memos?", quote: "never hidden"},
	})
}
