package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestKindNone: a question that asks which things of a kind is not
// answered by a statement of the party asked about that holds neither
// the noun of the kind nor a new name, nor by a sentence whose only new
// name is the one the briefing gives it to (the source that reports it,
// not the thing asked for).
func TestKindNone(t *testing.T) {
	const health = "Health chief warns of new wave\n\n" +
		"Regional health director Mara Quist warned on Tuesday that several provinces have lifted their mask rules too soon.\n\n" +
		"\"We have to change course whenever infections climb again, to protect lives,\" Quist said.\n\n" +
		"Hospital admissions rose by a fifth last week.\n"
	const school = "District weighs new cameras\n\n" +
		"Officials in Tamber County said on Monday they had spent $4 million on cameras for the county's schools.\n\n" +
		"The district is now considering buying a new tracking system for more than $300,000, the Tamber Ledger reports.\n\n" +
		"Parents have asked for a meeting on the plan.\n"
	runStatementCases(t, []statementCase{
		{name: "statement names no province", code: "en", text: health,
			parties: []bot.Party{claimOf("Mara Quist", "\"We have to change course whenever infections climb again, to protect lives,\" Quist said.")},
			q:       "Which provinces did Quist say lifted their rules too soon?"},
		{name: "statement names one", code: "en", text: health + "\n\"Norland and Vessa lifted their mask rules far too soon,\" Quist said.\n",
			parties: []bot.Party{claimOf("Mara Quist", "\"Norland and Vessa lifted their mask rules far too soon,\" Quist said.")},
			q:       "Which provinces did Quist say lifted their rules too soon?", quote: "Norland"},
		{name: "the source is no vendor", code: "en", text: school,
			parties: []bot.Party{claimOf("Tamber Ledger", "The district is now considering buying a new tracking system for more than $300,000, the Tamber Ledger reports.")},
			q:       "Which vendor's system is the district considering buying?"},
	})
}
