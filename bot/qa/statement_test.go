package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// statementCase is a question on an invented article whose briefing gives
// the party sentences: quote is a piece of the sentence the answer must
// quote, "" when it must decline.
type statementCase struct {
	name, code, text, q, quote string
	parties                    []bot.Party
}

func runStatementCases(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := bot.NewArticle([]byte(tc.text), bot.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			br := &bot.Briefing{Language: tc.code, Parties: tc.parties}
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tc.quote == "" {
				if !ans.NotInArticle {
					t.Errorf("%q: %+v, want a decline", tc.q, ans)
				}
				return
			}
			if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, tc.quote) }) {
				t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
			}
		})
	}
}

// claimOf is a party of one claim whose evidence is a whole sentence.
func claimOf(name, evidence string) bot.Party {
	return bot.Party{Name: name, Claims: []bot.Claim{{Claim: "Says so.", Speaker: name, Stance: bot.StanceAssert, Evidence: evidence}}}
}

const ferryText = "Harwick council votes to close ferry line\n\n" +
	"The council of Harwick voted on Monday to close the ferry line to Kelby island from March.\n\n" +
	"Shop owners on Kelby said the closure was a threat to the harbour plans of Mayor Ana Ruiz and to the council's budget.\n\n" +
	"Ana Ruiz, the mayor of Kelby, spoke to residents after the vote.\n\n" +
	"\"We will take the council to court, and every shop on the island will stop paying its harbour fees,\" she told the crowd.\n\n" +
	"The ferry carried 40,000 passengers last year.\n"

// TestOwnStatementHoldsAskingVerb: a sentence the briefing gives the
// party asked about is its statement, so the verb that asks for it
// ("threaten", "say") need not be in it; the other words of the question
// still must be.
func TestOwnStatementHoldsAskingVerb(t *testing.T) {
	ruiz := claimOf("Ana Ruiz", "\"We will take the council to court, and every shop on the island will stop paying its harbour fees,\" she told the crowd.")
	runStatementCases(t, []statementCase{
		{name: "the verb asked is the attribution", code: "en", text: ferryText, parties: []bot.Party{ruiz},
			q: "What did Ana Ruiz threaten the council with?", quote: "take the council to court"},
		{name: "the rest of the question is still needed", code: "en", text: ferryText, parties: []bot.Party{ruiz},
			q: "What did Ana Ruiz say about the new bridge to the mainland?"},
	})
}
