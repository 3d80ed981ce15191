package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestNotKnownPortuguese: Portuguese says a thing is not known with the
// phrases Spanish has ("sem precisar", "sin precisar"; "não ficou
// claro"): such a sentence is quoted as saying so, and the answer
// counts as declined.
func TestNotKnownPortuguese(t *testing.T) {
	for _, text := range []string{
		"Carta aos líderes\n\nA presidente da Norvália, Marta Valadares, disse que a luta do país contra a seca está sendo prejudicada pelas tarifas.\n\n" +
			"A agência oficial disse que Valadares escreveu para vários líderes mundiais, sem precisar quais.\n\n" +
			"A Norvália é o país mais atingido pela seca na região, com milhares de hectares perdidos até agora.\n",
		"Carta aos líderes\n\nA presidente da Norvália, Marta Valadares, disse que a luta do país contra a seca está sendo prejudicada pelas tarifas.\n\n" +
			"Não ficou claro para quais líderes mundiais Valadares escreveu, nem o que pediu a eles.\n\n" +
			"A Norvália é o país mais atingido pela seca na região, com milhares de hectares perdidos até agora.\n",
	} {
		a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		q := "A quais líderes mundiais Valadares escreveu?"
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: "pt"}, Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.NotInArticle || len(ans.Quotes) != 1 || !strings.Contains(ans.Quotes[0].Text, "líderes mundiais") || ans.Text != vocabFor("pt").phrases["notmentioned"] {
			t.Errorf("%q: %+v, want the article says it is not known", q, ans)
		}
	}
}
