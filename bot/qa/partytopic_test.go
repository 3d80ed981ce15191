package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

const borderText = "Rebels cross into Norland\n\n" +
	"Armed rebels crossed the mountain border into Norland on Friday, the Norland army said.\n\n" +
	"Kaspar Vell, who leads the rebels, was seen in a village near the pass.\n\n" +
	"Mr. Vell boasted in a radio interview of outwitting the border guards.\n\n" +
	"\"We walked for weeks through the snow, and at last we made our way to Norland,\" he said.\n\n" +
	"Norland has asked its neighbours for help, and the Norland parliament meets on Monday.\n\n" +
	"Farmers in Norland said they had seen no fighting.\n\n" +
	"The currency union will hold a summit next week.\n\n" +
	"\"Our people belong in the eurozone and must stay there,\" Vell said later.\n"

// TestPartyTopicBroad: when no statement of the party asked about holds a
// word of the question's subject, one holding a name of it the article
// is about, or a compound the question's word begins ("eurozone" for
// "euro"), still answers; a statement on nothing asked does not, nor
// does one that only names those a reply is asked to.
func TestPartyTopicBroad(t *testing.T) {
	vell := bot.Party{Name: "Kaspar Vell", Claims: []bot.Claim{
		{Claim: "Boasts of outwitting the guards.", Speaker: "Kaspar Vell", Stance: bot.StanceAssert, Evidence: "Mr. Vell boasted in a radio interview of outwitting the border guards."},
		{Claim: "Says they reached Norland.", Speaker: "Kaspar Vell", Stance: bot.StanceAssert, Evidence: "\"We walked for weeks through the snow, and at last we made our way to Norland,\" he said."},
		{Claim: "Says they belong in the eurozone.", Speaker: "Kaspar Vell", Stance: bot.StanceAssert, Evidence: "\"Our people belong in the eurozone and must stay there,\" Vell said later."},
	}}
	army := claimOf("Norland army", "Armed rebels crossed the mountain border into Norland on Friday, the Norland army said.")
	runStatementCases(t, []statementCase{
		{name: "name of the topic", code: "en", text: borderText, parties: []bot.Party{vell, army},
			q: "What did Vell say about getting into Norland?", quote: "made our way to Norland"},
		{name: "first part of a compound", code: "en", text: borderText, parties: []bot.Party{vell, army},
			q: "What did Vell say about the euro?", quote: "eurozone"},
		{name: "nothing on the subject", code: "en", text: borderText, parties: []bot.Party{vell, army},
			q: "What did Vell say about the harvest?"},
		{name: "reply to others", code: "en", text: borderText, parties: []bot.Party{vell, army},
			q: "How did Vell respond to the Norland army's accusations?"},
	})
}

const portText = "Port strike ends\n\n" +
	"Dock workers in Harwick went back to work on Tuesday after a week-long strike.\n\n" +
	"\"The cranes will be running again by tonight, and the backlog of ships should clear within days,\" the port director, Ivo Lind, told reporters.\n\n" +
	"The union said its members had won a pay rise of four percent.\n"

var portLind = bot.Party{Name: "Ivo Lind", Claims: []bot.Claim{{Claim: "Says the backlog will clear.", Speaker: "Ivo Lind", Stance: bot.StanceAssert,
	Evidence: "\"The cranes will be running again by tonight, and the backlog of ships should clear within days,\" the port director, Ivo Lind, told reporters."}}}

// TestPartyTopicBroadOwnSentence: the name must be in the statement
// itself: one in the sentence before may qualify another ("Harwick" of
// "Harwick mayor Ruiz"), of whom the party said nothing.
func TestPartyTopicBroadOwnSentence(t *testing.T) {
	runStatementCases(t, []statementCase{
		{name: "name of another's title before", code: "en", text: portText, parties: []bot.Party{portLind},
			q: "What did Lind say about Harwick mayor Ruiz?"},
	})
}
