package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQuoteChain: a quotation the briefing gives no one is the words of
// the party asked about when it goes on from a sentence that names them,
// across the quotation paragraphs in between ("Holt was asked… He
// replied: '…'" "'…'" "When asked…, he added: '…'"); not when a
// paragraph of narration stands between them.
func TestQuoteChain(t *testing.T) {
	holt := claimOf("Dana Holt", "Holt also said the tickets for the cup final had sold out in a day.")
	chain := "Harwick Rovers notebook\n\n" +
		"Holt also said the tickets for the cup final had sold out in a day.\n\n" +
		"Coach Dana Holt was asked about the cup final on the radio. He replied: 'Have you seen our injury list?\n\n" +
		"'We have three players out, maybe four. Ask me again on Friday.'\n\n" +
		"When asked about Ivo Marsh, the young striker, he added: 'Personally I think he should stay with us until the end of the season.\n\n" +
		"'He is learning fast here.'\n"
	broken := "Harwick Rovers notebook\n\n" +
		"Holt also said the tickets for the cup final had sold out in a day.\n\n" +
		"Coach Dana Holt spoke to reporters on the radio about the cup final.\n\n" +
		"Ivo Marsh scored twice in the league on Saturday and once in the cup.\n\n" +
		"'Personally I think he should stay with us until the end of the season.'\n"
	q := "What does Holt think should happen with Ivo Marsh for the rest of the season?"
	runStatementCases(t, []statementCase{
		{name: "quotation goes on from the one named", code: "en", text: chain, parties: []bot.Party{holt}, q: q, quote: "should stay with us"},
		{name: "narration in between", code: "en", text: broken, parties: []bot.Party{holt}, q: q},
	})
}
