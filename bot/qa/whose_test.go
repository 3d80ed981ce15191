package qa

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestReplyNamesWhose: a reply to someone's words ("How did Norland
// react to Brink's comments?") names them, in the statement or just
// before it; the party's statement on something else is no reply.
func TestReplyNamesWhose(t *testing.T) {
	text := "Harbour row\n\nHarbour master Ada Brink said on Monday that foreign ships dump waste in the bay.\n\n" +
		"The fishing season opened on Tuesday with more boats from Norland than last year.\n\n" +
		"Boats from the east coast of Norland brought the first herring of the year to the market.\n\n" +
		"Prices at the fish market fell by a tenth on the first day, traders said.\n\n" +
		"Later in the week the council met to vote on the new budget for the harbour and the ferry to Norland.\n\n" +
		"Other comments at the meeting were about the coast road and the new bus depot.\n\n" +
		"Norland said its trade with Harwick grew by a fifth this year, and its ferry will run daily from May.\n"
	norland := claimOf("Norland", "Norland said its trade with Harwick grew by a fifth this year, and its ferry will run daily from May.")
	reply := strings.Replace(text, "Other comments at the meeting were about the coast road and the new bus depot.", "Brink repeated her comments to the council on Thursday.", 1)
	runStatementCases(t, []statementCase{
		{name: "a statement on something else", code: "en", text: text, parties: []bot.Party{norland},
			q: "How did Norland react to Brink's comments?"},
		{name: "a reply right after them", code: "en", text: reply, parties: []bot.Party{norland},
			q: "How did Norland react to Brink's comments?", quote: "trade with Harwick"},
	})
}
