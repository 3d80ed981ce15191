package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestTitledName: a name that only qualifies the title of the next
// ("Harwick port director Lind") is not the one who speaks: the party the
// second names is, and its statement answers.
func TestTitledName(t *testing.T) {
	union := claimOf("Union", "The union said its members had won a pay rise of four percent.")
	runStatementCases(t, []statementCase{
		{name: "place before the title", code: "en", text: portText, parties: []bot.Party{portLind, union},
			q: "What did Harwick port director Lind say about the ships?", quote: "backlog of ships"},
	})
}
