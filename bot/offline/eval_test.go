package offline

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval"
	"github.com/briefbot/briefbot/bot/ground"
)

// briefChecked briefs raw article text the way the bot shows it: through
// bot.NewArticle and the grounding check.
func briefChecked(t testing.TB, b *Briefer, raw string) (*bot.Article, *bot.Briefing) {
	t.Helper()
	a, err := bot.NewArticle([]byte(raw), bot.DefaultLimits)
	if err != nil {
		t.Fatalf("NewArticle: %v", err)
	}
	br, err := b.Brief(context.Background(), a)
	if err != nil {
		t.Fatalf("Brief: %v", err)
	}
	ground.New(a.Text).Check(br)
	return a, br
}

// TestEvalCorpus runs the briefer over the gold corpus and holds it to the
// quality targets: party recall (macro) ≥ 0.85, misattribution (micro) ≤
// 0.15, grounding exactly 1.
func TestEvalCorpus(t *testing.T) {
	cases, err := eval.LoadCases(eval.Corpus())
	if err != nil {
		t.Fatalf("LoadCases: %v", err)
	}
	b := New()
	var results []eval.Result
	for _, c := range cases {
		_, br := briefChecked(t, b, c.ArticleText)
		results = append(results, eval.Score(c, br))
	}
	rep := eval.Aggregate(results)
	var sb strings.Builder
	rep.Print(&sb)
	t.Log("\n" + sb.String())
	if os.Getenv("EVAL_JSON") != "" {
		if data, err := rep.JSON(); err == nil {
			_ = os.WriteFile(os.Getenv("EVAL_JSON"), data, 0o644)
		}
	}
	h := rep.Headline
	if h.PartyRecall < 0.85 {
		t.Errorf("party recall (macro) %.3f < 0.85", h.PartyRecall)
	}
	if h.Misattribution > 0.15 {
		t.Errorf("misattribution (micro) %.3f > 0.15", h.Misattribution)
	}
	if h.Grounding < 1 {
		t.Errorf("grounding (micro) %.3f < 1", h.Grounding)
	}
	if h.ClaimsDroppedUngrounded > 0 {
		t.Errorf("%d claims dropped by the grounding check", h.ClaimsDroppedUngrounded)
	}
}
