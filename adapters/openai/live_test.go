package openai

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// TestLive briefs the seed article and asks a question with a real model.
// It runs only when OPENAI_API_KEY is set; OPENAI_BASE_URL and
// BRIEFBOT_MODEL (default gpt-4o-mini) choose the server and model.
func TestLive(t *testing.T) {
	key := os.Getenv("OPENAI_API_KEY")
	if key == "" {
		t.Skip("OPENAI_API_KEY is not set")
	}
	model := os.Getenv("BRIEFBOT_MODEL")
	if model == "" {
		model = "gpt-4o-mini"
	}
	b, err := New(Config{
		BaseURL: os.Getenv("OPENAI_BASE_URL"),
		APIKey:  key,
		Model:   model,
		Timeout: 2 * time.Minute,
		Logger:  slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo})),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a := seedArticle(t)
	br, err := b.Brief(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("summary: %s", br.Summary)
	g := ground.New(a.Text)
	for _, p := range br.Parties {
		for _, c := range p.Claims {
			t.Logf("%s (%s) %s %v", p.Name, c.Stance, c.Claim, c.Sentences)
			if !g.Contains(c.Evidence) {
				t.Errorf("evidence of %q is not in the article", c.Claim)
			}
		}
	}
	t.Logf("notes %q, dropped %d, usage %+v", br.Notes, br.Stats.ClaimsDroppedUngrounded, br.Stats.Usage)
	if len(br.Parties) < 2 {
		t.Errorf("%d parties; the seed article has at least two sides", len(br.Parties))
	}
	var streamed strings.Builder
	ans, err := b.Answer(ctx, &bot.AnswerRequest{Article: a, Briefing: br, Question: "What does China say about the Mandiant report?"},
		func(d string) { streamed.WriteString(d) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("answer: %s\nquotes: %+v\nusage %+v", ans.Text, ans.Quotes, ans.Usage)
	if ans.Text == "" || streamed.Len() == 0 {
		t.Error("empty answer")
	}
	ans, err = b.Answer(ctx, &bot.AnswerRequest{Article: a, Briefing: br, Question: "What was the weather in Shanghai that day?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("not-in-article answer (%v): %s", ans.NotInArticle, ans.Text)
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}
