package qa

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

func seed(t testing.TB) *bot.Article {
	t.Helper()
	data, err := os.ReadFile("../eval/testdata/articles/seed-china-denies-hacking.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := bot.NewArticle(data, bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var seedBriefing = &bot.Briefing{Parties: []bot.Party{
	{Name: "China", Aliases: []string{"Hong Lei", "China Youth Daily"}, Claims: []bot.Claim{
		{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei", Stance: bot.StanceAssert,
			Evidence: `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei`},
		{Claim: "Says 73,000 overseas IP addresses were involved in attacks.", Speaker: "Hong Lei", Stance: bot.StanceAssert,
			Evidence: `"According to a report published by the China National Computer Network Emergency Center, in 2012, a total of 73,000 overseas IP addresses`},
		{Claim: "Says the US military plans network warfare moves frequently.", Speaker: "China Youth Daily", Stance: bot.StanceAccuse,
			Evidence: `"The US military plans network warfare moves frequently; they were the first in the world to set up the Network Warfare Command`},
	}},
	{Name: "Mandiant", Aliases: []string{"the Virginia-based company"}, Claims: []bot.Claim{
		{Claim: "Says it tracked hacking groups to a Shanghai office building.", Speaker: "Mandiant", Stance: bot.StanceAccuse,
			Evidence: `In its 60-page report, Mandiant claimed that it has tracked "individual members of the most sophisticated of the Chinese hacking groups" to a Shanghai office building`},
	}},
}}

func TestAnswer(t *testing.T) {
	a := seed(t)
	tests := []struct {
		q           string
		turns       []bot.Turn
		notFound    bool
		wantQuote   string // a quoted sentence must contain this
		wantSpeaker string
	}{
		{q: "Where did Mandiant track the hackers?", wantQuote: "Shanghai office building", wantSpeaker: "Mandiant"},
		{q: "How many websites were attacked according to Hong Lei?", wantQuote: "40,000", wantSpeaker: "Hong Lei"},
		{q: "What is Stuxnet?", wantQuote: "Stuxnet"},
		{q: "What did the China Youth Daily say about the US military?", wantQuote: "Network Warfare Command", wantSpeaker: "China Youth Daily"},
		{q: "What is the capital of France?", notFound: true},
		{q: "Who won the football match yesterday?", notFound: true},
		// Hong Lei's statements are not about football.
		{q: "Did Hong Lei say anything about the football match?", notFound: true},
		{q: "What else did he say?", turns: []bot.Turn{{Question: "What did Hong Lei say about IP addresses?"}}, wantQuote: "IP"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var streamed strings.Builder
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: seedBriefing, Question: tt.q, Turns: tt.turns}, func(d string) { streamed.WriteString(d) })
			if err != nil {
				t.Fatal(err)
			}
			if streamed.String() != ans.Text {
				t.Errorf("streamed %q, answer text %q", streamed.String(), ans.Text)
			}
			if ans.NotInArticle != tt.notFound {
				t.Fatalf("NotInArticle = %v, want %v (answer %+v)", ans.NotInArticle, tt.notFound, ans)
			}
			if tt.notFound {
				if len(ans.Quotes) != 0 {
					t.Errorf("quotes on a not-found answer: %+v", ans.Quotes)
				}
				return
			}
			c := ground.New(a.Text)
			found := false
			for _, q := range ans.Quotes {
				if !c.Contains(q.Text) {
					t.Errorf("quote not verbatim: %q", q.Text)
				}
				if strings.Contains(q.Text, tt.wantQuote) {
					found = true
					if tt.wantSpeaker != "" && q.Speaker != tt.wantSpeaker {
						t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.wantSpeaker)
					}
				}
			}
			if !found {
				t.Errorf("no quote contains %q: %+v", tt.wantQuote, ans.Quotes)
			}
		})
	}
}

func TestAnswerNoArticle(t *testing.T) {
	_, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Question: "x"}, nil)
	if bot.ErrorCode(err) != bot.EInvalid {
		t.Errorf("err = %v, want EInvalid", err)
	}
}

func BenchmarkAnswerSeed(b *testing.B) {
	a := seed(b)
	req := &bot.AnswerRequest{Article: a, Briefing: seedBriefing, Question: "Where did Mandiant trace the hackers?"}
	q := &Answerer{}
	for b.Loop() {
		if _, err := q.Answer(context.Background(), req, nil); err != nil {
			b.Fatal(err)
		}
	}
}
