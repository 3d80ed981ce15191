package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestParaTopic: a party's statement is about what the sentences before
// it in its paragraph name, not what an earlier paragraph does: "What
// did Ana Ruiz say about the donation?" is not answered by her words in
// a paragraph on the auction.
func TestParaTopic(t *testing.T) {
	const museum = "Museum gets help to buy painting\n\nThe city museum has fought for a year to buy a painting by the Norland master Paul Dunn.\n\n" +
		"A donation from the Harwick bank will cover half of the price of the painting, which sold at auction for 4 million euros.\n\n" +
		"In the weeks after the auction, its export to a buyer abroad was halted when the state declared it a national treasure. " +
		"\"We are doing everything we can to bring it home,\" said Ana Ruiz, the museum's director, in an interview with a local paper.\n\n" +
		"The museum will show the painting in the spring.\n"
	ruiz := claimOf("Ana Ruiz", "\"We are doing everything we can to bring it home,\" said Ana Ruiz, the museum's director, in an interview with a local paper.")
	runStatementCases(t, []statementCase{
		{name: "another paragraph's topic", code: "en", text: museum, q: "What did Ana Ruiz say about the bank's donation?", parties: []bot.Party{ruiz}},
	})
}
