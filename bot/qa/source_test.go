package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestSourceNamedNearby: the one a question names as its source
// ("according to Marta Quiroga") is often named in the sentence after a
// quotation of theirs, not in it; one the article never names is not.
func TestSourceNamedNearby(t *testing.T) {
	const text = "Dispute over river rights in Valmora\n\n" +
		"Ruben Ortiz has filed a claim over the river on behalf of the people of Valmora.\n\n" +
		"The council of elders rejects his claim.\n\n" +
		"“He has not lived in the village since 2019 and he no longer comes to a single meeting of ours.\n\n" +
		"We are tired of his lies,” Marta Quiroga, a member of the council whose father founded Valmora, told reporters.\n\n" +
		"The court will hear the claim in March.\n"
	for _, tc := range []struct{ q, quote string }{
		{"Since when has Ortiz not lived in the village, according to Marta Quiroga?", "since 2019"},
		{"Since when has Ortiz not lived in the village, according to Lena Marsh?", ""},
	} {
		a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: "en"}, Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.quote == "" {
			if !ans.NotInArticle {
				t.Errorf("%q: %+v, want a decline", tc.q, ans)
			}
			continue
		}
		if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, tc.quote) }) {
			t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
		}
	}
}
