package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQualifiedSpeaker: a name that only qualifies the head noun of the
// question's subject ("the UN rapporteur") is not who speaks: the party
// the article describes by the whole phrase is ("Eva Lindqvist, a UN
// rapporteur for human rights"), and the name's own party only when the
// article describes none so.
func TestQualifiedSpeaker(t *testing.T) {
	const text = "Rapporteur questions port deal\n\n" +
		"Eva Lindqvist, a UN rapporteur for human rights, said on Monday that the port deal in Harwick broke the law.\n\n" +
		"Lindqvist urged the navy to open its records on the contract before the end of the year.\n\n" +
		"The port authority did not answer questions about the contract.\n\n" +
		"Dock workers in Harwick went on strike for two days in March over pay.\n\n" +
		"The UN has kept out of the dispute so far, a UN spokesman said on Tuesday in Geneva.\n"
	lindqvist := bot.Party{Name: "Eva Lindqvist", Claims: []bot.Claim{
		{Claim: "Says so.", Speaker: "Eva Lindqvist", Stance: bot.StanceAssert, Evidence: "Eva Lindqvist, a UN rapporteur for human rights, said on Monday that the port deal in Harwick broke the law."},
		{Claim: "Says so.", Speaker: "Eva Lindqvist", Stance: bot.StanceAssert, Evidence: "Lindqvist urged the navy to open its records on the contract before the end of the year."},
	}}
	un := claimOf("UN", "The UN has kept out of the dispute so far, a UN spokesman said on Tuesday in Geneva.")
	runStatementCases(t, []statementCase{
		{name: "the rapporteur, not the UN", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What does the UN rapporteur want the navy to do?", quote: "open its records"},
		{name: "the UN itself", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What did the UN say about the dispute?", quote: "kept out of the dispute"},
		{name: "no one so described", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What did the UN spokesman say about the dispute?", quote: "kept out of the dispute"},
	})
}
