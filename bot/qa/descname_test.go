package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestDescName: a party described by a name of which the question's
// speaker is only a part ("a former Norland Navy pilot") does not speak
// for that speaker (Norland); one described by the speaker's word right
// before their own name ("President Lia Brandt") does.
func TestDescName(t *testing.T) {
	const text = "Strange bodies shown to lawmakers\n\n" +
		"Two small bodies said to be thousands of years old were shown to lawmakers in Velka on Tuesday.\n\n" +
		"\"These specimens are not part of our history on Earth,\" the researcher Tomas Ryke told the hearing.\n\n" +
		"Ryan Vole, a former Norland Navy pilot who said in July that such sightings are underreported, was also at the hearing.\n\n" +
		"Scientists have called for the specimens to be tested by an independent laboratory.\n"
	vole := claimOf("Ryan Vole", "Ryan Vole, a former Norland Navy pilot who said in July that such sightings are underreported, was also at the hearing.")
	runStatementCases(t, []statementCase{
		{name: "part of another name", code: "en", text: text, parties: []bot.Party{vole},
			q: "What did the Norland representatives at the hearing make of the specimens?"},
		{name: "the speaker's word before the party's name", code: "en",
			text:    text + "\nAfter the hearing, President Lia Brandt said the specimens were fakes made from animal bones.\n",
			parties: []bot.Party{claimOf("Lia Brandt", "After the hearing, President Lia Brandt said the specimens were fakes made from animal bones.")},
			q:       "What did the President make of the specimens?", quote: "animal bones"},
	})
}
