// Package matrixtest drives a person's Matrix client against a real
// homeserver for the tests of adapters/matrix and of `briefbot serve`: it
// logs in as a test user (with end-to-end encryption when built with the
// goolm tag), records every event it sees, and waits for the bot's
// replies. The homeserver is started by scripts/dendrite.sh, which prints
// the variables LoadEnv reads.
package matrixtest

import (
	"context"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/internal/testnote"
)

// Env points the tests at a homeserver and its test accounts.
type Env struct {
	Homeserver           string
	Bot, BotPassword     string
	User, UserPassword   string
	User2, User2Password string
	ServerName           string
	// DataDir is the homeserver's data directory, when scripts/dendrite.sh
	// made it: its dendrite.out is the server's log.
	DataDir string
}

// ServerLog returns the last lines of the homeserver's log, or "" when
// there is none to read.
func (e Env) ServerLog(lines int) string {
	if e.DataDir == "" {
		return ""
	}
	b, err := os.ReadFile(filepath.Join(e.DataDir, "dendrite.out"))
	if err != nil {
		return ""
	}
	ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(ls[max(0, len(ls)-lines):], "\n")
}

// NoteSkip says, from pkg's TestMain, that pkg's Matrix integration
// tests will skip when no homeserver is set, or its end-to-end
// encryption tests without the goolm tag, and how to run them: go test
// hides the skips of a package that passes.
func NoteSkip(pkg string) {
	switch {
	case os.Getenv("BRIEFBOT_TEST_MATRIX_HOMESERVER") == "":
		testnote.Skipped(pkg, "Matrix integration tests", `set BRIEFBOT_TEST_MATRIX_* (eval "$(scripts/dendrite.sh)" starts a Dendrite and sets them)`)
	case !E2EE:
		testnote.Skipped(pkg, "Matrix end-to-end encryption tests", "build with -tags goolm")
	}
}

// LoadEnv reads the BRIEFBOT_TEST_MATRIX_* variables; the test is skipped
// when no homeserver is set.
func LoadEnv(t testing.TB) Env {
	t.Helper()
	e := Env{
		Homeserver:    os.Getenv("BRIEFBOT_TEST_MATRIX_HOMESERVER"),
		Bot:           os.Getenv("BRIEFBOT_TEST_MATRIX_BOT"),
		BotPassword:   os.Getenv("BRIEFBOT_TEST_MATRIX_BOT_PASSWORD"),
		User:          os.Getenv("BRIEFBOT_TEST_MATRIX_USER"),
		UserPassword:  os.Getenv("BRIEFBOT_TEST_MATRIX_USER_PASSWORD"),
		User2:         os.Getenv("BRIEFBOT_TEST_MATRIX_USER2"),
		User2Password: os.Getenv("BRIEFBOT_TEST_MATRIX_USER2_PASSWORD"),
		DataDir:       os.Getenv("BRIEFBOT_TEST_MATRIX_DATA"),
	}
	if e.Homeserver == "" {
		t.Skip("BRIEFBOT_TEST_MATRIX_HOMESERVER is not set: start a homeserver with `eval \"$(scripts/dendrite.sh)\"` to run the Matrix integration tests")
	}
	if e.Bot == "" || e.BotPassword == "" || e.User == "" || e.UserPassword == "" {
		t.Fatal("BRIEFBOT_TEST_MATRIX_HOMESERVER is set but BRIEFBOT_TEST_MATRIX_BOT, _BOT_PASSWORD, _USER or _USER_PASSWORD is not (see scripts/dendrite.sh)")
	}
	e.ServerName = id.UserID(e.Bot).Homeserver()
	// Fail at once, with the server's log, when it does not answer.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cli, err := mautrix.NewClient(e.Homeserver, "", "")
	if err == nil {
		_, err = cli.Versions(ctx)
	}
	if err != nil {
		t.Fatalf("the homeserver at %s does not answer: %v\nits log ends:\n%s", e.Homeserver, err, e.ServerLog(30))
	}
	return e
}

// E2EE reports whether this build can encrypt (the goolm build tag).
const E2EE = e2ee

// Human is a person's Matrix client: it records every event it sees
// (decrypted where it can).
type Human struct {
	T   testing.TB
	Cli *mautrix.Client
	Bot id.UserID
	env Env

	mu     sync.Mutex
	events []*event.Event
	synced chan struct{}
	once   sync.Once
}

// NewHuman logs in as the test user (a new device) and syncs until the
// test ends; with encrypt it has its own crypto store (skipping the test
// in a build without goolm).
func NewHuman(t testing.TB, env Env, encrypt bool) *Human {
	t.Helper()
	ctx := context.Background()
	cli, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		t.Fatal(err)
	}
	cli.Log = testZerolog(t)
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
	h := &Human{T: t, Cli: cli, Bot: id.UserID(env.Bot), env: env, synced: make(chan struct{})}
	syncer := mautrix.NewDefaultSyncer()
	cli.Syncer = syncer
	cli.Store = mautrix.NewMemorySyncStore()
	syncer.OnEvent(h.record)
	syncer.OnSync(func(context.Context, *mautrix.RespSync, string) bool {
		h.once.Do(func() { close(h.synced) })
		return true
	})
	if encrypt {
		humanCrypto(t, cli)
	} else {
		cli.StateStore = mautrix.NewMemoryStateStore()
		syncer.OnEvent(cli.StateStoreSyncHandler)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for sctx.Err() == nil {
			if err := cli.SyncWithContext(sctx); err != nil && sctx.Err() == nil {
				time.Sleep(200 * time.Millisecond)
			}
		}
	}()
	t.Cleanup(func() { cancel(); WaitOrReport(t, "the human client's sync to stop", func() { <-done }) })
	select {
	case <-h.synced:
	case <-time.After(30 * time.Second):
		t.Fatal("the human client did not sync in 30 s")
	}
	return h
}

func (h *Human) record(_ context.Context, evt *event.Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.events = append(h.events, evt)
}

// Snapshot returns the events seen so far.
func (h *Human) Snapshot() []*event.Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]*event.Event(nil), h.events...)
}

// WaitFor waits until f, run on the events seen so far, returns true.
func (h *Human) WaitFor(what string, timeout time.Duration, f func(evts []*event.Event) bool) {
	h.T.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if f(h.Snapshot()) {
			return
		}
		if time.Now().After(deadline) {
			h.T.Fatalf("timed out after %s waiting for %s (homeserver: %s)\nthe homeserver's log ends:\n%s",
				timeout, what, h.ServerStatus(), h.env.ServerLog(20))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// ServerStatus says whether the homeserver answers a simple request in
// 5 s, to tell a stalled server from a bot that did not reply.
func (h *Human) ServerStatus() string {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if _, err := h.Cli.Versions(ctx); err != nil {
		return "not answering: " + err.Error()
	}
	return "answering in " + time.Since(start).Round(time.Millisecond).String()
}

// CreateRoom creates a room with the bot invited and waits for the bot to
// join.
func (h *Human) CreateRoom(name string, encrypted, direct bool) id.RoomID {
	h.T.Helper()
	req := &mautrix.ReqCreateRoom{Name: name, Preset: "private_chat", Invite: []id.UserID{h.Bot}, IsDirect: direct}
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
	resp, err := h.Cli.CreateRoom(context.Background(), req)
	if err != nil {
		h.T.Fatalf("create room: %v", err)
	}
	h.WaitJoined(resp.RoomID, h.Bot)
	return resp.RoomID
}

// WaitJoined waits until the human sees u join room.
func (h *Human) WaitJoined(room id.RoomID, u id.UserID) {
	h.T.Helper()
	h.WaitFor(string(u)+" to join "+string(room), 30*time.Second, func(evts []*event.Event) bool {
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

// AddPerson invites the second test user to room and joins as them, so
// that the room has three members and is not a direct chat.
func (h *Human) AddPerson(env Env, room id.RoomID) {
	h.T.Helper()
	if env.User2 == "" {
		h.T.Fatal("BRIEFBOT_TEST_MATRIX_USER2 is not set (see scripts/dendrite.sh)")
	}
	ctx := context.Background()
	if _, err := h.Cli.InviteUser(ctx, room, &mautrix.ReqInviteUser{UserID: id.UserID(env.User2)}); err != nil {
		h.T.Fatalf("invite %s: %v", env.User2, err)
	}
	cli, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		h.T.Fatal(err)
	}
	cli.Client.Timeout = 75 * time.Second
	if _, err := cli.Login(ctx, &mautrix.ReqLogin{
		Type:       mautrix.AuthTypePassword,
		Identifier: mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: env.User2},
		Password:   env.User2Password, StoreCredentials: true,
	}); err != nil {
		h.T.Fatalf("login %s: %v", env.User2, err)
	}
	if _, err := cli.JoinRoomByID(ctx, room); err != nil {
		h.T.Fatalf("join as %s: %v", env.User2, err)
	}
	h.WaitJoined(room, id.UserID(env.User2))
}

// Send sends a message and returns its event id.
func (h *Human) Send(room id.RoomID, c *event.MessageEventContent) id.EventID {
	h.T.Helper()
	resp, err := h.Cli.SendMessageEvent(context.Background(), room, event.EventMessage, c)
	if err != nil {
		h.T.Fatalf("send: %v", err)
	}
	return resp.EventID
}

// WaitReply waits for a bot message in the thread root whose current
// content satisfies ok, and returns it.
func (h *Human) WaitReply(what string, room id.RoomID, root id.EventID, timeout time.Duration, ok func(c *event.MessageEventContent) bool) (*event.Event, *event.MessageEventContent) {
	h.T.Helper()
	var msg *event.Event
	var content *event.MessageEventContent
	h.WaitFor(what, timeout, func(evts []*event.Event) bool {
		for _, p := range BotPosts(evts, h.Bot, room, root) {
			if c := Current(evts, p); c != nil && ok(c) {
				msg, content = p, c
				return true
			}
		}
		return false
	})
	return msg, content
}

// Mention is a message that mentions the bot the way Element does: a pill
// in the HTML, m.mentions, and the name in the body.
func Mention(botID id.UserID, text string) *event.MessageEventContent {
	return &event.MessageEventContent{
		MsgType:       event.MsgText,
		Body:          botID.Localpart() + ": " + text,
		Format:        event.FormatHTML,
		FormattedBody: fmt.Sprintf(`<a href="https://matrix.to/#/%s">%s</a>: %s`, botID, botID.Localpart(), strings.ReplaceAll(html.EscapeString(text), "\n", "<br>")),
		Mentions:      &event.Mentions{UserIDs: []id.UserID{botID}},
	}
}

// Plain is a plain-text message that mentions nobody.
func Plain(text string) *event.MessageEventContent {
	return &event.MessageEventContent{MsgType: event.MsgText, Body: text, Mentions: &event.Mentions{}}
}

// InThread returns c as a message in the thread rooted at root.
func InThread(c *event.MessageEventContent, root id.EventID) *event.MessageEventContent {
	c.RelatesTo = &event.RelatesTo{Type: event.RelThread, EventID: root, IsFallingBack: true, InReplyTo: &event.InReplyTo{EventID: root}}
	return c
}

// BotPosts returns the bot's messages (not edits) in the thread root.
func BotPosts(evts []*event.Event, botID id.UserID, room id.RoomID, root id.EventID) []*event.Event {
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

// Current returns the latest content of message msg: its last edit's
// m.new_content, or its own.
func Current(evts []*event.Event, msg *event.Event) *event.MessageEventContent {
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

// Reactions returns the bot's reaction events on ev, in order.
func Reactions(evts []*event.Event, botID id.UserID, room id.RoomID, ev id.EventID) []*event.Event {
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

// IsBriefing reports whether a bot message is a finished briefing (not a
// progress message).
func IsBriefing(c *event.MessageEventContent) bool {
	return !strings.HasPrefix(c.Body, "⏳") && strings.Contains(c.FormattedBody, "<h4>")
}

// WaitOrReport runs wait and gives it 30 s; after that it fails t with a
// dump of the goroutines and returns.
func WaitOrReport(t testing.TB, what string, wait func()) {
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

// testZerolog logs mautrix's errors to t until the test ends (the sync
// goroutine may outlive it).
func testZerolog(t testing.TB) zerolog.Logger {
	return zerolog.New(TestWriter(t)).Level(zerolog.ErrorLevel)
}

// TestWriter writes each line to t.Log until the test ends, and drops
// what comes later (from goroutines that outlive the test).
func TestWriter(t testing.TB) io.Writer {
	w := &testWriter{t: t}
	t.Cleanup(func() { w.closed.Store(true) })
	return w
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
