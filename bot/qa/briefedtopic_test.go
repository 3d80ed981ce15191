package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestBriefedStatementOnTopic: the party's statement the briefing gives
// it that holds the subject asked about is quoted, though a sentence
// naming the party by a verb holds more of the question's words.
func TestBriefedStatementOnTopic(t *testing.T) {
	text := "Harbour row in Kelby\n\n" +
		"The island council of Kelby met on Friday to discuss the ferry line.\n\n" +
		"On the radio Kaspar Vell also attacked the plan of the mayor of Harwick, Ana Ruiz, to close the harbour on Monday.\n\n" +
		"Vell said on Wednesday, \"Those who closed the ferry cannot tell us what to do. We fished these waters for centuries. Our boats will sail again. Sadly, Ruiz is behaving like a bully.\"\n\n" +
		"The ferry carried 40,000 passengers last year.\n"
	vell := bot.Party{Name: "Kaspar Vell", Claims: []bot.Claim{{Claim: "Says the mayor is a bully.", Speaker: "Kaspar Vell", Stance: bot.StanceAssert,
		Evidence: "Vell said on Wednesday, \"Those who closed the ferry cannot tell us what to do. We fished these waters for centuries. Our boats will sail again. Sadly, Ruiz is behaving like a bully.\""}}}
	runStatementCases(t, []statementCase{
		{name: "quotation on the subject", code: "en", text: text, parties: []bot.Party{vell},
			q: "What did Vell say about Ruiz's harbour plan?", quote: "behaving like a bully"},
	})
}
