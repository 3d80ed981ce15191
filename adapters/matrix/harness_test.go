package matrix

import (
	"context"
	"fmt"
	"html"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
)

// The integration tests run against a real homeserver, started by
// scripts/dendrite.sh, which prints these variables.
type matrixEnv struct {
	Homeserver           string
	Bot, BotPassword     string
	User, UserPassword   string
	User2, User2Password string
	serverName           string
}

func testEnv(t testing.TB) matrixEnv {
	t.Helper()
	e := matrixEnv{
		Homeserver:    os.Getenv("BRIEFBOT_TEST_MATRIX_HOMESERVER"),
		Bot:           os.Getenv("BRIEFBOT_TEST_MATRIX_BOT"),
		BotPassword:   os.Getenv("BRIEFBOT_TEST_MATRIX_BOT_PASSWORD"),
		User:          os.Getenv("BRIEFBOT_TEST_MATRIX_USER"),
		UserPassword:  os.Getenv("BRIEFBOT_TEST_MATRIX_USER_PASSWORD"),
		User2:         os.Getenv("BRIEFBOT_TEST_MATRIX_USER2"),
		User2Password: os.Getenv("BRIEFBOT_TEST_MATRIX_USER2_PASSWORD"),
	}
	if e.Homeserver == "" {
		t.Skip("BRIEFBOT_TEST_MATRIX_HOMESERVER is not set: start a homeserver with `eval \"$(scripts/dendrite.sh)\"` to run the Matrix integration tests")
	}
	if e.Bot == "" || e.BotPassword == "" || e.User == "" || e.UserPassword == "" {
		t.Fatal("BRIEFBOT_TEST_MATRIX_HOMESERVER is set but BRIEFBOT_TEST_MATRIX_BOT, _BOT_PASSWORD, _USER or _USER_PASSWORD is not (see scripts/dendrite.sh)")
	}
	e.serverName = id.UserID(e.Bot).Homeserver()
	return e
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
	w := &testWriter{t: t}
	t.Cleanup(func() { w.closed.Store(true) })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

type testWriter struct {
	t      testing.TB
	closed atomic.Bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	if !w.closed.Load() {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return len(p), nil
}

// scripted is an instant model: a fixed briefing whose evidence is the
// article's first sentence (so grounding keeps it), and a fixed answer.
type scripted struct{ briefs atomic.Int64 }

func (s *scripted) ID() string { return "script/1" }

func (s *scripted) Brief(_ context.Context, a *bot.Article) (*bot.Briefing, error) {
	s.briefs.Add(1)
	first, _, _ := strings.Cut(a.Text, ". ")
	return &bot.Briefing{Title: "Scripted", Summary: "A scripted briefing.", Backend: "script",
		Parties: []bot.Party{{Name: "The author", Claims: []bot.Claim{{Claim: "Says something.", Stance: bot.StanceAssert, Evidence: first}}}}}, nil
}

func (s *scripted) Answer(_ context.Context, _ *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	if stream != nil {
		stream("Scripted answer.")
	}
	return &bot.Answer{Text: "Scripted answer."}, nil
}

// botRun is a running bot: store, engine, work queue and adapter.
type botRun struct {
	t      testing.TB
	a      *Adapter
	q      *bot.WorkQueue
	cancel context.CancelFunc
	done   chan error
}

type botOptions struct {
	backend       bot.Backend
	e2ee          bool
	timelineLimit int
	workers       int
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
		// Answers stream by edits; keep them few in tests.
		EditInterval: 500 * time.Millisecond,
	}
	workers := opt.workers
	if workers == 0 {
		workers = 4
	}
	q := bot.NewWorkQueue(engine, store, workers, log)
	q.Backoff = func(int) time.Duration { return 200 * time.Millisecond }
	ctx, cancel := context.WithCancel(context.Background())
	cfg := Config{
		Homeserver: env.Homeserver, UserID: env.Bot, Password: env.BotPassword,
		DeviceName: "Briefbot test", IgnoreBots: true, Logger: log,
	}
	var cdb = mustCryptoDB(t, store, opt.e2ee)
	if opt.e2ee {
		cfg.PickleKey = "test pickle key"
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
	d, err := NewCryptoDB(store.DB(), "sqlite")
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
		waitOrReport(r.t, "the sync loop to stop", func() { <-r.done })
		r.done = nil
	}
	waitOrReport(r.t, "the work queue to drain", r.q.Wait)
	waitOrReport(r.t, "the adapter to close", func() { _ = r.a.Close() })
}

// waitOrReport runs wait and gives it 30 s; after that it fails t with a
// dump of the goroutines and returns.
func waitOrReport(t testing.TB, what string, wait func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		t.Errorf("timed out after 30s waiting for %s; goroutines:\n%s", what, buf)
	}
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

// human is a person's Matrix client: it records every event it sees
// (decrypted where it can).
type human struct {
	t      testing.TB
	cli    *mautrix.Client
	bot    id.UserID
	cancel context.CancelFunc

	mu     sync.Mutex
	events []*event.Event
	synced chan struct{}
	once   sync.Once
}

// newHuman logs in as the test user (a new device) and syncs; with e2ee
// it has its own crypto store.
func newHuman(t testing.TB, env matrixEnv, e2ee bool) *human {
	t.Helper()
	ctx := context.Background()
	cli, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		t.Fatal(err)
	}
	cli.Log = zerologFor(testLogger(t, slog.LevelError))
	// No call may hang the test: longer than a /sync long-poll (30 s).
	cli.Client.Timeout = 75 * time.Second
	if _, err := cli.Login(ctx, &mautrix.ReqLogin{
		Type:                     mautrix.AuthTypePassword,
		Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: env.User},
		Password:                 env.UserPassword,
		InitialDeviceDisplayName: "test human",
		StoreCredentials:         true,
	}); err != nil {
		t.Fatalf("human login: %v", err)
	}
	h := &human{t: t, cli: cli, bot: id.UserID(env.Bot), synced: make(chan struct{})}
	syncer := mautrix.NewDefaultSyncer()
	cli.Syncer = syncer
	cli.Store = mautrix.NewMemorySyncStore()
	syncer.OnEvent(h.record)
	syncer.OnSync(func(context.Context, *mautrix.RespSync, string) bool {
		h.once.Do(func() { close(h.synced) })
		return true
	})
	if e2ee {
		humanCrypto(t, cli)
	} else {
		cli.StateStore = mautrix.NewMemoryStateStore()
		syncer.OnEvent(cli.StateStoreSyncHandler)
	}
	sctx, cancel := context.WithCancel(ctx)
	h.cancel = cancel
	done := make(chan struct{})
	go func() {
		defer close(done)
		for sctx.Err() == nil {
			if err := cli.SyncWithContext(sctx); err != nil && sctx.Err() == nil {
				time.Sleep(200 * time.Millisecond)
			}
		}
	}()
	t.Cleanup(func() { cancel(); waitOrReport(t, "the human client's sync to stop", func() { <-done }) })
	select {
	case <-h.synced:
	case <-time.After(30 * time.Second):
		t.Fatal("the human client did not sync in 30 s")
	}
	return h
}

func (h *human) record(_ context.Context, evt *event.Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.events = append(h.events, evt)
}

// snapshot returns the events seen so far.
func (h *human) snapshot() []*event.Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]*event.Event(nil), h.events...)
}

// waitFor waits until f, run on the events seen so far, returns true.
func (h *human) waitFor(what string, timeout time.Duration, f func(evts []*event.Event) bool) {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if f(h.snapshot()) {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out after %s waiting for %s (homeserver: %s)", timeout, what, h.serverStatus())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// serverStatus says whether the homeserver answers a simple request in
// 5 s, to tell a stalled server from a bot that did not reply.
func (h *human) serverStatus() string {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if _, err := h.cli.Versions(ctx); err != nil {
		return "not answering: " + err.Error()
	}
	return "answering in " + time.Since(start).Round(time.Millisecond).String()
}

// createRoom creates a room with the bot invited and waits for the bot to
// join.
func (h *human) createRoom(name string, encrypted, direct bool) id.RoomID {
	h.t.Helper()
	req := &mautrix.ReqCreateRoom{Name: name, Preset: "private_chat", Invite: []id.UserID{h.bot}, IsDirect: direct}
	if direct {
		req.Preset = "trusted_private_chat"
	}
	if encrypted {
		empty := ""
		req.InitialState = []*event.Event{{
			Type: event.StateEncryption, StateKey: &empty,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}},
		}}
	}
	resp, err := h.cli.CreateRoom(context.Background(), req)
	if err != nil {
		h.t.Fatalf("create room: %v", err)
	}
	h.waitJoined(resp.RoomID, h.bot)
	return resp.RoomID
}

// waitJoined waits until the human sees u join room.
func (h *human) waitJoined(room id.RoomID, u id.UserID) {
	h.t.Helper()
	h.waitFor(string(u)+" to join "+string(room), 30*time.Second, func(evts []*event.Event) bool {
		for _, e := range evts {
			if e.RoomID == room && e.Type == event.StateMember && e.GetStateKey() == string(u) {
				if mc, ok := e.Content.Parsed.(*event.MemberEventContent); ok && mc.Membership == event.MembershipJoin {
					return true
				}
			}
		}
		return false
	})
}

// addPerson invites the second test user to room and joins as them, so
// that the room has three members and is not a direct chat.
func (h *human) addPerson(env matrixEnv, room id.RoomID) {
	h.t.Helper()
	if env.User2 == "" {
		h.t.Fatal("BRIEFBOT_TEST_MATRIX_USER2 is not set (see scripts/dendrite.sh)")
	}
	ctx := context.Background()
	if _, err := h.cli.InviteUser(ctx, room, &mautrix.ReqInviteUser{UserID: id.UserID(env.User2)}); err != nil {
		h.t.Fatalf("invite %s: %v", env.User2, err)
	}
	cli, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		h.t.Fatal(err)
	}
	if _, err := cli.Login(ctx, &mautrix.ReqLogin{
		Type:       mautrix.AuthTypePassword,
		Identifier: mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: env.User2},
		Password:   env.User2Password, StoreCredentials: true,
	}); err != nil {
		h.t.Fatalf("login %s: %v", env.User2, err)
	}
	if _, err := cli.JoinRoomByID(ctx, room); err != nil {
		h.t.Fatalf("join as %s: %v", env.User2, err)
	}
	h.waitJoined(room, id.UserID(env.User2))
}

// send sends a message and returns its event id.
func (h *human) send(room id.RoomID, c *event.MessageEventContent) id.EventID {
	h.t.Helper()
	resp, err := h.cli.SendMessageEvent(context.Background(), room, event.EventMessage, c)
	if err != nil {
		h.t.Fatalf("send: %v", err)
	}
	return resp.EventID
}

// mention is a message that mentions the bot the way Element does: a pill
// in the HTML, m.mentions, and the name in the body.
func mention(botID id.UserID, text string) *event.MessageEventContent {
	return &event.MessageEventContent{
		MsgType:       event.MsgText,
		Body:          botID.Localpart() + ": " + text,
		Format:        event.FormatHTML,
		FormattedBody: fmt.Sprintf(`<a href="https://matrix.to/#/%s">%s</a>: %s`, botID, botID.Localpart(), strings.ReplaceAll(html.EscapeString(text), "\n", "<br>")),
		Mentions:      &event.Mentions{UserIDs: []id.UserID{botID}},
	}
}

func plain(text string) *event.MessageEventContent {
	return &event.MessageEventContent{MsgType: event.MsgText, Body: text, Mentions: &event.Mentions{}}
}

// inThread returns c as a message in the thread rooted at root.
func inThread(c *event.MessageEventContent, root id.EventID) *event.MessageEventContent {
	c.RelatesTo = &event.RelatesTo{Type: event.RelThread, EventID: root, IsFallingBack: true, InReplyTo: &event.InReplyTo{EventID: root}}
	return c
}

// botPosts returns the bot's messages (not edits) in the thread root.
func botPosts(evts []*event.Event, botID id.UserID, room id.RoomID, root id.EventID) []*event.Event {
	var out []*event.Event
	for _, e := range evts {
		if e.RoomID != room || e.Sender != botID || e.Type != event.EventMessage {
			continue
		}
		mc, ok := e.Content.Parsed.(*event.MessageEventContent)
		if !ok || mc.RelatesTo == nil || mc.RelatesTo.Type != event.RelThread || mc.RelatesTo.EventID != root {
			continue
		}
		out = append(out, e)
	}
	return out
}

// current returns the latest content of message msg: its last edit's
// m.new_content, or its own.
func current(evts []*event.Event, msg *event.Event) *event.MessageEventContent {
	c, _ := msg.Content.Parsed.(*event.MessageEventContent)
	for _, e := range evts {
		if e.RoomID != msg.RoomID || e.Sender != msg.Sender || e.Type != event.EventMessage {
			continue
		}
		mc, ok := e.Content.Parsed.(*event.MessageEventContent)
		if ok && mc.RelatesTo != nil && mc.RelatesTo.Type == event.RelReplace && mc.RelatesTo.EventID == msg.ID && mc.NewContent != nil {
			c = mc.NewContent
		}
	}
	return c
}

// reactions returns the bot's reaction keys on ev, in order, with the
// reaction events.
func reactions(evts []*event.Event, botID id.UserID, room id.RoomID, ev id.EventID) []*event.Event {
	var out []*event.Event
	for _, e := range evts {
		if e.RoomID != room || e.Sender != botID || e.Type != event.EventReaction {
			continue
		}
		if rc, ok := e.Content.Parsed.(*event.ReactionEventContent); ok && rc.RelatesTo.EventID == ev {
			out = append(out, e)
		}
	}
	return out
}

// waitReply waits for a bot message in the thread root whose current
// content satisfies ok, and returns it.
func (h *human) waitReply(what string, room id.RoomID, root id.EventID, timeout time.Duration, ok func(c *event.MessageEventContent) bool) (*event.Event, *event.MessageEventContent) {
	h.t.Helper()
	var msg *event.Event
	var content *event.MessageEventContent
	h.waitFor(what, timeout, func(evts []*event.Event) bool {
		for _, p := range botPosts(evts, h.bot, room, root) {
			if c := current(evts, p); c != nil && ok(c) {
				msg, content = p, c
				return true
			}
		}
		return false
	})
	return msg, content
}

func isBriefing(c *event.MessageEventContent) bool {
	return !strings.HasPrefix(c.Body, "⏳") && strings.Contains(c.FormattedBody, "<h4>")
}
