package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestAdmitAcknowledge: admitting, acknowledging and conceding are one
// act: "Has Ruiz admitted…?" asks whether she did that very act, and
// "Ruiz acknowledged…" says she did.
func TestAdmitAcknowledge(t *testing.T) {
	const said = "Mayor Ana Ruiz acknowledged on Friday that the bridge had been unsafe for years."
	runStatementCases(t, []statementCase{
		{
			name: "acknowledged answers admit", code: "en",
			text: "Bridge closed to lorries\n\nThe old Kelby bridge was closed to lorries on Thursday after an inspection.\n\n" +
				said + "\n\nDrivers now take a detour of 20 miles through Harwick.\n",
			parties: []bot.Party{claimOf("Ana Ruiz", said)},
			q:       "Has Ruiz admitted that the bridge was unsafe?", quote: "acknowledged on Friday",
		},
	})
}
