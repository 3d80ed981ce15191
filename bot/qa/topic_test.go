package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// strikeText is an invented article whose topic, the strike, is in many
// of its sentences.
const strikeText = "Dock workers strike for a third day\n\n" +
	"The strike at the port of Harwick entered its third day on Wednesday.\n\n" +
	"Ships waited outside the harbour as the strike held.\n\n" +
	"The Dockers Union said the strike would go on until the owners returned to talks.\n\n" +
	"\"We are ready for a long strike,\" the union said in a statement.\n\n" +
	"Port owners said the strike was costing them money every hour.\n\n" +
	"Truck drivers queued for miles on the coast road.\n\n" +
	"Shops in the town reported empty shelves.\n\n" +
	"The mayor called on both sides to meet.\n\n" +
	"The owners offered a new contract last month, which the workers rejected.\n\n" +
	"Police said the pickets were peaceful.\n"

// TestTopicWordsProveNothing: a party's statement answers what it said
// about something only when it, or one of the two sentences before it,
// holds a word of the question other than those of the article's topic
// (words a large share of its sentences hold): "the strike" is in every
// statement of the union's, and they say nothing of night shifts.
func TestTopicWordsProveNothing(t *testing.T) {
	union := bot.Party{Name: "Dockers Union", Claims: []bot.Claim{
		{Claim: "Goes on.", Speaker: "Dockers Union", Stance: bot.StanceAssert, Evidence: "The Dockers Union said the strike would go on until the owners returned to talks."},
		{Claim: "Ready.", Speaker: "Dockers Union", Stance: bot.StanceAssert, Evidence: "\"We are ready for a long strike,\" the union said in a statement."},
	}}
	runStatementCases(t, []statementCase{
		{name: "only the topic word", code: "en", text: strikeText, parties: []bot.Party{union},
			q: "What did the Dockers Union say about night shifts during the strike?"},
		{name: "the topic asked alone", code: "en", text: strikeText, parties: []bot.Party{union},
			q: "What did the Dockers Union say about the strike?", quote: "strike"},
	})
}
