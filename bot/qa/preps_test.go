package qa

import (
	"testing"
)

// TestPrepositionPhraseNouns: the noun of a phrase that stands for a
// preposition ("en fonction des aides", "à propos des aides") is no word
// of content: "Quelle fonction occupe Paul Mercier ?" is not answered by
// a sentence where the migrants choose "en fonction des aides".
func TestPrepositionPhraseNouns(t *testing.T) {
	const text = "Une étude sur les migrations\n\n" +
		"Paul Mercier a présenté mardi à Lyon une étude sur les migrations en Europe.\n\n" +
		"Paul Mercier a expliqué que les migrants ne choisissent pas leur pays en Europe en fonction des aides sociales.\n\n" +
		"L'étude couvre vingt ans de données sur douze pays.\n"
	runStatementCases(t, []statementCase{
		{name: "a noun of a preposition phrase in the article", code: "fr", text: text, q: "Quelle fonction occupe Paul Mercier ?"},
		{name: "one in the question", code: "fr", text: text, q: "Qu'a dit Paul Mercier à propos des aides sociales ?", quote: "aides sociales"},
	})
}
