package matrix

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.mau.fi/util/dbutil"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
	"github.com/briefbot/briefbot/bot/story"
)

// TestMain says when the integration tests will skip: without a
// homeserver, without PostgreSQL (the crypto store on it), and the
// encrypted ones without the goolm tag.
func TestMain(m *testing.M) {
	matrixtest.NoteSkip("adapters/matrix")
	pgtest.NoteSkip("adapters/matrix")
	os.Exit(m.Run())
}

// The integration tests run against a real homeserver, started by
// scripts/dendrite.sh; matrixtest reads where it is.
type matrixEnv = matrixtest.Env

func testEnv(t testing.TB) matrixEnv { return matrixtest.LoadEnv(t) }

// human is a person's client (matrixtest.Human).
type human = matrixtest.Human

func newHuman(t testing.TB, env matrixEnv, e2ee bool) *human {
	return matrixtest.NewHuman(t, env, e2ee)
}

// seedArticle is the repository's seed article (China denies Mandiant's
// hacking report).
var seedArticle = func() string {
	b, err := os.ReadFile("../../examples/china-denies-hacking-2013.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// testLogger logs to t until the test ends (goroutines may outlive it).
func testLogger(t testing.TB, level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(matrixtest.TestWriter(t), &slog.HandlerOptions{Level: level}))
}

// scripted returns an instant model: a fixed briefing whose evidence is
// the article's first sentence (so grounding keeps it), and a fixed
// answer.
func scripted() *bottest.Scripted {
	return &bottest.Scripted{
		Briefing: func(a *bot.Article) (*bot.Briefing, error) {
			first, _, _ := strings.Cut(a.Text, ". ")
			return &bot.Briefing{Title: "Scripted", Summary: "A scripted briefing.", Backend: "script",
				Parties: []bot.Party{{Name: "The author", Claims: []bot.Claim{{Claim: "Says something.", Stance: bot.StanceAssert, Evidence: first}}}}}, nil
		},
		Deltas: []string{"Scripted answer."},
		Reply:  &bot.Answer{Text: "Scripted answer."},
	}
}

// seenBy holds, per store, the requests its bots' queues accepted, so
// that a bot restarted on the same store drops what the last one took,
// as `briefbot serve`'s durable queue does.
var seenBy sync.Map // *sqlite.Store → *bottest.Seen

func seenFor(store *sqlite.Store) *bottest.Seen {
	s, _ := seenBy.LoadOrStore(store, bottest.NewSeen())
	return s.(*bottest.Seen)
}

// botRun is a running bot: store, engine, work queue and adapter.
type botRun struct {
	t      testing.TB
	a      *Adapter
	q      *bottest.Queue
	cancel context.CancelFunc
	done   chan error
}

type botOptions struct {
	backend       bot.Backend
	e2ee          bool
	timelineLimit int
	workers       int
	// config, when set, changes the adapter's configuration before New.
	config func(*Config)
}

// startBot starts a bot on store, as `briefbot serve` would.
func startBot(t testing.TB, env matrixEnv, store *sqlite.Store, opt botOptions) *botRun {
	t.Helper()
	log := testLogger(t, slog.LevelWarn)
	backend := opt.backend
	if backend == nil {
		backend = bot.Combine("offline/1", offline.New(), &qa.Answerer{})
	}
	engine := &bot.Engine{
		Backend: backend,
		Threads: store,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK: func(text, q string) bool { return ground.New(text).Contains(q) },
		Logger:  log,
		Stories: story.Merger{},
		// Answers stream by edits; keep them few in tests.
		EditInterval: 500 * time.Millisecond,
	}
	workers := opt.workers
	if workers == 0 {
		workers = 4
	}
	q := bottest.NewQueue(engine, seenFor(store), workers, log)
	q.Backoff = func(int) time.Duration { return 200 * time.Millisecond }
	ctx, cancel := context.WithCancel(context.Background())
	cfg := Config{
		Homeserver: env.Homeserver, UserID: env.Bot, Password: env.BotPassword,
		DeviceName: "Briefbot test", IgnoreBots: true, Logger: log,
		// A homeserver that stops answering fails the test in seconds.
		CallTimeout: 20 * time.Second,
	}
	var cdb = mustCryptoDB(t, store, opt.e2ee)
	if opt.e2ee {
		cfg.PickleKey = "test pickle key"
	}
	if opt.config != nil {
		opt.config(&cfg)
	}
	a, err := New(ctx, cfg, store, cdb, q)
	if err != nil {
		cancel()
		t.Fatalf("start bot: %v", err)
	}
	if opt.timelineLimit > 0 {
		a.timelineLimit = opt.timelineLimit
	}
	q.Register(Platform, a)
	q.Start(ctx)
	r := &botRun{t: t, a: a, q: q, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- a.Run(ctx) }()
	t.Cleanup(r.stop)
	select {
	case <-a.Synced():
	case <-time.After(60 * time.Second):
		t.Fatal("the bot did not finish its first sync in 60 s")
	}
	return r
}

func mustCryptoDB(t testing.TB, store *sqlite.Store, on bool) *dbutil.Database {
	if !on {
		return nil
	}
	pool, err := store.ExtraDB(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewCryptoDB(pool, "sqlite")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// stop stops the bot and waits for it (idempotent). A part that does not
// stop in 30 s fails the test with the goroutines that hold it, rather
// than hanging the test binary.
func (r *botRun) stop() {
	r.cancel()
	if r.done != nil {
		matrixtest.WaitOrReport(r.t, "the sync loop to stop", func() { <-r.done })
		r.done = nil
	}
	matrixtest.WaitOrReport(r.t, "the work queue to drain", r.q.Wait)
	matrixtest.WaitOrReport(r.t, "the adapter to close", func() { _ = r.a.Close() })
}

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "briefbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}
