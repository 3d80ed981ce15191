package slack

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
	"github.com/briefbot/briefbot/bot/story"
)

// seedArticle is the repository's seed article (China denies Mandiant's
// hacking report).
var seedArticle = func() string {
	b, err := os.ReadFile("../../examples/china-denies-hacking-2013.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// scriptBackend counts briefings. By default it is the real offline
// backend (bot/offline and bot/qa); with scripted set it is an instant
// model that briefs the seed article with China's and Mandiant's claims
// (verbatim evidence, so grounding keeps them) and any other article with
// its first sentence as a fact; brief overrides the briefing.
type scriptBackend struct {
	answerer qa.Answerer
	offline  bot.Backend
	briefs   atomic.Int64
	scripted bool
	brief    func(a *bot.Article) *bot.Briefing
	// policy is the harness engine's admission policy (rate limits,
	// allowlists); the zero value allows all.
	policy bot.Admission
}

func (s *scriptBackend) ID() string { return "script/1" }

func (s *scriptBackend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	s.briefs.Add(1)
	if s.brief != nil {
		return s.brief(a), nil
	}
	if !s.scripted {
		return s.offline.Brief(ctx, a)
	}
	if strings.Contains(a.Text, "Mandiant") {
		return seedBriefing(), nil
	}
	first, _, _ := strings.Cut(a.Text, ". ")
	return &bot.Briefing{Title: a.Title, Summary: "A short text.", Backend: "script",
		Facts: []bot.Fact{{Text: "The text says something.", Evidence: first}}}, nil
}

func (s *scriptBackend) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	if !s.scripted {
		return s.offline.Answer(ctx, req, stream)
	}
	return s.answerer.Answer(ctx, req, stream)
}

// scripted makes the harness use the instant scripted model.
func scripted(_ *Config, b *scriptBackend) { b.scripted = true }

func seedBriefing() *bot.Briefing {
	return &bot.Briefing{
		Title:   "China rejects US report blaming it for cyber espionage",
		Source:  bot.Source{Site: "Press TV", Published: "2013-02-20"},
		Summary: "China denies that its military runs hacking groups; the security firm Mandiant says it traced hacking groups to a Shanghai building used by a PLA unit.",
		Backend: "script",
		Parties: []bot.Party{
			{Name: "China (Foreign Ministry, Defence Ministry)", Aliases: []string{"Hong Lei", "Beijing"}, Claims: []bot.Claim{
				{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei, Foreign Ministry spokesman", Stance: bot.StanceAssert,
					Evidence: `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei`, Sentences: []int{2}},
				{Claim: "Denies that the Chinese army has supported cyber attacks.", Speaker: "defense ministry", Stance: bot.StanceDeny,
					Evidence: "Chinese army has never supported cyber attacks", Sentences: []int{3}},
			}},
			{Name: "Mandiant", Aliases: []string{"The Virginia-based company"}, Claims: []bot.Claim{
				{Claim: "Says it tracked members of Chinese hacking groups to a Shanghai office building housing PLA Unit 61398.", Speaker: "Mandiant", Stance: bot.StanceAccuse,
					Evidence: `Mandiant claimed that it has tracked "individual members of the most sophisticated of the Chinese hacking groups" to a Shanghai office building housing "PLA Unit 61398"`, Sentences: []int{6}},
			}},
		},
	}
}

// harness runs the adapter in Socket Mode against a fake Slack, with a real
// engine and work queue.
type harness struct {
	t       testing.TB
	fs      *slacktest.Server
	a       *Adapter
	q       *bottest.Queue
	store   *bot.MemStore
	backend *scriptBackend
	cancel  context.CancelFunc
	runErr  chan error
}

type harnessOpt func(*Config, *scriptBackend)

func newHarness(t testing.TB, opts ...harnessOpt) *harness {
	t.Helper()
	fs := slacktest.New(t)
	backend := &scriptBackend{offline: bot.Combine("offline/1", offline.New(), &qa.Answerer{})}
	h := &harness{t: t, fs: fs, store: bot.NewMemStore(), backend: backend, runErr: make(chan error, 1)}
	cfg := Config{
		BotToken: slacktest.BotToken, AppToken: slacktest.AppToken, APIURL: fs.URL, IgnoreBots: true,
		Logger: testLogger(t),
	}
	for _, o := range opts {
		o(&cfg, h.backend)
	}
	eng := &bot.Engine{
		Backend: h.backend, Threads: h.store, Logger: cfg.Logger,
		Ground:       func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK:      func(text, q string) bool { return ground.New(text).Contains(q) },
		EditInterval: 50 * time.Millisecond, Limits: bot.DefaultLimits,
		Admission: backend.policy, Replies: h.store,
		Stories: story.Merger{},
	}
	cfg.Admit = eng.Admit
	h.q = bottest.NewQueue(eng, nil, 8, cfg.Logger)
	h.q.Backoff = func(int) time.Duration { return 20 * time.Millisecond }
	a, err := New(cfg, h.q)
	if err != nil {
		t.Fatal(err)
	}
	a.reconnectWait = 10 * time.Millisecond
	h.a = a
	h.q.Register(Platform, a)
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.q.Start(ctx)
	t.Cleanup(h.stop)
	if cfg.AppToken == "" { // HTTP Events API: no Socket Mode
		h.runErr <- nil
		return h
	}
	go func() { h.runErr <- a.Run(ctx) }()
	fs.WaitConnected(t, 1)
	return h
}

func (h *harness) stop() {
	if h.cancel == nil {
		return
	}
	h.cancel()
	h.cancel = nil
	select {
	case err := <-h.runErr:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		h.t.Error("Run did not return after cancel")
	}
	h.q.Wait()
	h.a.Wait()
	if un := h.fs.Unacked(); len(un) > 0 {
		h.t.Errorf("envelopes never acknowledged: %v", un)
	}
}

// testLogger logs warnings and errors to the test log (debug with
// SLACK_TEST_DEBUG=1), and nothing once the test is over.
func testLogger(t testing.TB) *slog.Logger {
	w := &testWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	level := slog.LevelWarn
	if os.Getenv("SLACK_TEST_DEBUG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

type testWriter struct {
	t    testing.TB
	mu   sync.Mutex
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

var _ io.Writer = (*testWriter)(nil)

// Event builders, shaped as Slack sends them.

func callback(eventID string, ev map[string]any) map[string]any {
	return map[string]any{
		"type": "event_callback", "token": "verification", "team_id": slacktest.Team, "api_app_id": "A1",
		"event_id": eventID, "event_time": 1700000000, "event": ev,
		"authorizations": []map[string]any{{"team_id": slacktest.Team, "user_id": slacktest.BotUser, "is_bot": true}},
	}
}

func mention(channel, user, ts, threadTS, text string, files ...map[string]any) map[string]any {
	ev := map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	if len(files) > 0 {
		ev["files"] = files
	}
	return ev
}

func message(channel, channelType, user, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "message", "user": user, "text": text, "ts": ts, "channel": channel, "channel_type": channelType, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

// slackText escapes text as Slack does in message events.
func slackText(s string) string { return esc(s) }

var tsSeq atomic.Int64

// newTS returns a fresh user message ts.
func newTS() string { return fmt.Sprintf("1690000000.%06d", tsSeq.Add(1)) }

// waitDone waits until the request message carries the final reaction.
func (h *harness) waitDone(channel, ts, reaction string) {
	h.t.Helper()
	waitFor(h.t, fmt.Sprintf("%s on %s/%s", reaction, channel, ts), func() bool {
		for _, r := range h.fs.Reactions(channel, ts) {
			if r == reaction {
				return true
			}
		}
		return false
	})
}

// waitFor polls cond until it holds or the time is up.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
