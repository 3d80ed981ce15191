package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
)

const testKey = "sk-test-0123456789abcdef"

// seedArticle returns the seed article (Iran Press TV, 2013).
func seedArticle(t testing.TB) *bot.Article {
	t.Helper()
	raw, err := os.ReadFile("testdata/seed-china-denies-hacking.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := bot.NewArticle(raw, bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	a.Site = "Iran Press TV"
	a.URL = "https://example.org/seed"
	return a
}

// seedReply is a good briefing of the seed article, as a model would send it.
const seedReply = `{
  "title": "China rejects US report blaming it for cyber espionage",
  "summary": "China denies a US report by Mandiant that accuses the Chinese military of cyberattacks, and says the United States sponsors attacks against it.",
  "parties": [
    {"name": "China", "aliases": ["Beijing", "Chinese Foreign Ministry"], "claims": [
      {"claim": "Denies new US claims accusing the Chinese military of cyberattacks.", "speaker": "China", "stance": "deny", "sentences": [7]},
      {"claim": "Says China is one of the main victims of cyberattacks.", "speaker": "Hong Lei", "stance": "assert", "sentences": [8]}
    ]},
    {"name": "Mandiant", "aliases": ["the Virginia-based company"], "claims": [
      {"claim": "Says it tracked Chinese hacking groups to a Shanghai office building housing PLA Unit 61398.", "speaker": "Mandiant", "stance": "accuse", "sentences": [12]},
      {"claim": "Says Chinese hackers stole information from more than 100 of its clients.", "speaker": "Mandiant", "stance": "accuse", "sentences": [13]}
    ]},
    {"name": "China Youth Daily", "aliases": [], "claims": [
      {"claim": "Denies that the hacking was a military-orchestrated espionage move.", "speaker": "China Youth Daily", "stance": "deny", "sentences": [18]}
    ]}
  ],
  "facts": [{"text": "The report was released on Tuesday.", "sentences": [9]}],
  "notes": ["The article calls Israel's government the \"Israeli regime\" in its own voice."]
}`

// logBuf collects JSON log lines safely.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// lines returns the log records whose msg contains substr.
func (l *logBuf) lines(substr string) []map[string]any {
	var out []map[string]any
	for _, ln := range strings.Split(l.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(ln), &m) == nil && strings.Contains(m["msg"].(string), substr) {
			out = append(out, m)
		}
	}
	return out
}

// sleeps records the waits between retries, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// env is a backend wired to a scripted server.
type env struct {
	srv    *openaitest.Server
	b      *Backend
	log    *logBuf
	sleeps *sleeps
	fb     *fakeFallback
}

// newEnv starts a server and a backend on it; edit adjusts the config.
func newEnv(t testing.TB, edit func(*Config)) *env {
	t.Helper()
	e := &env{srv: openaitest.New(t), log: &logBuf{}, sleeps: &sleeps{}, fb: &fakeFallback{}}
	cfg := Config{
		BaseURL:  e.srv.URL,
		APIKey:   testKey,
		Model:    "gpt-test",
		Fallback: e.fb,
		Logger:   slog.New(slog.NewJSONHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if edit != nil {
		edit(&cfg)
	}
	b, err := New(cfg, WithSleep(e.sleeps.sleep), WithJitter(func() float64 { return 0.5 }))
	if err != nil {
		t.Fatal(err)
	}
	e.b = b
	return e
}

// fakeFallback is an offline briefer stand-in: one claim quoting the
// article's first sentence that has a "said".
type fakeFallback struct {
	mu    sync.Mutex
	calls int
	err   error
}

func (f *fakeFallback) Brief(_ context.Context, a *bot.Article) (*bot.Briefing, error) {
	f.mu.Lock()
	f.calls++
	err := f.err
	f.mu.Unlock()
	if err != nil {
		return nil, err
	}
	br := &bot.Briefing{Title: a.Title, Source: a.Source(), Summary: "Offline summary.", Backend: "offline/test",
		Parties: []bot.Party{}, Facts: []bot.Fact{}, Notes: []string{}}
	for _, s := range doc.Parse(a.Text).Sentences {
		if strings.Contains(s.Text, " said") {
			br.Parties = append(br.Parties, bot.Party{Name: "Speaker", Claims: []bot.Claim{{
				Claim: "Says something.", Stance: bot.StanceAssert, Evidence: s.Text, Sentences: []int{s.N}}}})
			break
		}
	}
	return br, nil
}

func (f *fakeFallback) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// botErr returns err as a *bot.Error, failing the test if it is not one.
func botErr(t *testing.T, err error) *bot.Error {
	t.Helper()
	var e *bot.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *bot.Error", err, err)
	}
	return e
}

// replyJSON marshals v as a model reply.
func replyJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sentenceNumbers returns the sentence numbers shown in an article block.
func sentenceNumbers(prompt string) []int {
	var out []int
	for _, ln := range strings.Split(prompt, "\n") {
		if !strings.HasPrefix(ln, "[") {
			continue
		}
		end := strings.IndexByte(ln, ']')
		if end < 0 {
			continue
		}
		n := 0
		for _, c := range ln[1:end] {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n > 0 {
			out = append(out, n)
		}
	}
	return out
}
