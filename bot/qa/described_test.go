package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestDescribedSpeaker: a statement asked of someone named by a common
// noun ("the dad", "the inspector") is the words of the speaker
// the article describes so ("His dad, Tom Reed, …"): the briefing's
// sentence of theirs holds the noun and the verb that asks, though it
// writes neither. A noun that describes no speaker is still a word the
// answer must hold.
func TestDescribedSpeaker(t *testing.T) {
	const text = "Hiker still missing after a week\n\n" +
		"A hiker who vanished on the Carrow ridge a week ago has still not been found, and mountain rescue teams searched the valley again on Sunday.\n\n" +
		"His dad, Tom Reed, 61, drove up from Leeds on Monday.\n\n" +
		"\"The rescue teams have been wonderful and are out on the hill every day,\" Reed said.\n\n" +
		"Inspector Jane Walsh met reporters in the village hall.\n\n" +
		"\"Finding him remains our first task,\" Walsh said.\n"
	reed := claimOf("Tom Reed", "\"The rescue teams have been wonderful and are out on the hill every day,\" Reed said.")
	walsh := claimOf("Jane Walsh", "\"Finding him remains our first task,\" Walsh said.")
	runStatementCases(t, []statementCase{
		{name: "the dad", code: "en", text: text, parties: []bot.Party{reed, walsh},
			q: "What does the dad think of the rescue teams?", quote: "have been wonderful"},
		{name: "the inspector", code: "en", text: text, parties: []bot.Party{reed, walsh},
			q: "What did the inspector say?", quote: "first task"},
		{name: "a noun that describes no speaker", code: "en", text: text, parties: []bot.Party{reed, walsh},
			q: "What did the farmer say?"},
	})
}
