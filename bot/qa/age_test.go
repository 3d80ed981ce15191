package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestAgeQuestions: "How old is X?" is answered by the number set off
// right after X's name, or, asked of "she", after a name of the
// briefing's first party; an age set off after someone else's name is no
// answer, and an article that gives no age is declined.
func TestAgeQuestions(t *testing.T) {
	const text = "Ferry vote in Kelby\n\n" +
		"The council of Kelby voted on Tuesday to close the ferry line to the island for the winter.\n\n" +
		"The harbour singer, 64, told the council that the island would be cut off for months.\n\n" +
		"Her neighbour Tom Reed, 41, said the boat was the only way to reach the hospital.\n\n" +
		"The vote was close, and the mayor said the line would open again in the spring.\n"
	mara := claimOf("Mara Quill", "The harbour singer, 64, told the council that the island would be cut off for months.")
	mara.Aliases = []string{"harbour singer"}
	runStatementCases(t, []statementCase{
		{name: "asked of a name: the age after it", code: "en", text: text, q: "How old is Tom Reed?", quote: "Tom Reed, 41"},
		{name: "asked of she: the age after a name of the first party", code: "en", text: text, parties: []bot.Party{mara},
			q: "How old is she?", quote: "singer, 64"},
		{name: "an age after someone else's name is no answer", code: "en", text: text, q: "How old is the mayor?"},
		{name: "French: the age after the name", code: "fr",
			text: "Vote sur le bac de Kelby\n\nLe conseil de Kelby a voté mardi la fermeture de la ligne du bac vers l'île pour tout l'hiver, malgré les protestations des habitants.\n\nSa voisine Anne Morel, 52, a dit que le bateau était le seul moyen d'aller à l'hôpital.\n",
			q:    "Quel âge a Anne Morel ?", quote: "Anne Morel, 52"},
	})
}
