// Package slacktest is a fake Slack for the tests of adapters/slack and of
// `briefbot serve`: the Web API methods the adapter calls (auth.test,
// chat.postMessage, chat.update, conversations.replies and .history,
// reactions, files.info and the external upload methods, file downloads)
// over HTTP, recording every call, plus Socket Mode (apps.connections.open
// and its websocket: hello, pings, envelopes, acknowledgements, dropped
// connections, Slack's redelivery) and the signing of Events API requests.
// It checks what it is sent against Slack's limits and fails the test on
// a breach. It does not import the adapter, so the adapter's own tests
// use it too.
package slacktest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// The workspace the fake serves: its tokens, the bot's user and bot ids.
const (
	BotToken = "xoxb-test-token" //nolint:gosec // the fake's own token, not a credential
	AppToken = "xapp-test-token" //nolint:gosec // the fake's own token, not a credential
	BotUser  = "UBOT"
	BotID    = "BBOT"
	Team     = "T1"
)

// Server is a fake Slack. Its methods are safe for concurrent use.
type Server struct {
	t   testing.TB
	srv *httptest.Server
	// URL is the Web API's base, with a trailing slash (the adapter's
	// APIURL, serve's SLACK_API_URL).
	URL string

	mu           sync.Mutex
	calls        []Call
	msgs         map[string]*Message // channel/ts
	seq          int
	limit429     map[string]int // method → 429 answers still to give
	notInChannel map[string]bool
	files        map[string]File
	reactions    map[string][]string // channel/ts → reaction names, in order added
	rejectBlocks bool                // answer invalid_blocks to any message with blocks
	failWith     map[string]string   // method → the error it answers (missing_scope …)
	hold         map[string]chan struct{}
	violations   []string

	// Socket Mode
	smu       sync.Mutex
	conn      *websocket.Conn
	wmu       sync.Mutex // serialises text writes on conn
	conns     int
	opens     int
	badOrigin int
	envSeq    int
	sent      map[string]time.Time
	acks      map[string]Ack
	ackCond   *sync.Cond
	pingEvery time.Duration
}

// Call is one call of a Web API method (Method "download" and "upload"
// for the file transfers, which are not methods).
type Call struct {
	Method string
	Form   url.Values
	Auth   string // the Authorization header
}

// Message is a message the bot posted, as it is now.
type Message struct {
	Channel, TS, Thread, Text string
	Blocks                    string // JSON
	Metadata                  string // JSON, as posted
	Updates                   int    // chat.update calls on it
	// Files are the names of the files the message shares (a completed
	// external upload).
	Files []string
}

// File is a file in the workspace: one a test added (AddFile), or one the
// bot uploaded.
type File struct {
	Name, MIMEType, FileType string
	Data                     []byte
	// An upload (files.getUploadURLExternal): its announced length, and
	// once completed (files.completeUploadExternal) its title and where
	// it was shared.
	Length              int
	Title               string
	Channel, Thread, TS string
	Uploaded, Completed bool
}

// New starts a fake Slack, stopped when the test ends; the test fails
// then if the bot broke one of Slack's limits.
func New(t testing.TB) *Server {
	f := &Server{
		t: t, msgs: map[string]*Message{}, limit429: map[string]int{}, notInChannel: map[string]bool{},
		files: map[string]File{}, reactions: map[string][]string{}, failWith: map[string]string{},
		hold: map[string]chan struct{}{},
		sent: map[string]time.Time{}, acks: map[string]Ack{}, pingEvery: 200 * time.Millisecond,
	}
	f.ackCond = sync.NewCond(&f.smu)
	mux := http.NewServeMux()
	for method, h := range map[string]apiHandler{
		"auth.test":                    f.authTest,
		"chat.postMessage":             f.postMessage,
		"chat.update":                  f.update,
		"chat.postEphemeral":           f.ok,
		"reactions.add":                f.reactionAdd,
		"reactions.remove":             f.reactionRemove,
		"files.info":                   f.fileInfo,
		"conversations.replies":        f.replies,
		"conversations.history":        f.history,
		"apps.connections.open":        f.connectionsOpen,
		"files.getUploadURLExternal":   f.getUploadURL,
		"files.completeUploadExternal": f.completeUpload,
	} {
		mux.Handle("/"+method, f.api(method, h))
	}
	mux.HandleFunc("/files-pri/", f.download)
	mux.HandleFunc("/upload/", f.upload)
	mux.HandleFunc("/socket", f.socket)
	f.srv = httptest.NewServer(mux)
	f.URL = f.srv.URL + "/"
	t.Cleanup(func() {
		f.Drop()
		f.srv.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, v := range f.violations {
			t.Errorf("slack limits: %s", v)
		}
	})
	return f
}

type apiHandler func(call Call) (status int, body any)

// api wraps a Web API method: it records the call, answers 429 while the
// method's quota says so, answers the error set by FailWith, holds the
// answer set by Hold, and writes the JSON answer.
func (f *Server) api(method string, h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		call := Call{Method: method, Form: r.Form, Auth: r.Header.Get("Authorization")}
		f.mu.Lock()
		f.calls = append(f.calls, call)
		if f.limit429[method] > 0 {
			f.limit429[method]--
			f.mu.Unlock()
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		code := f.failWith[method]
		f.mu.Unlock()
		status, body := 200, any(map[string]any{"ok": false, "error": code})
		if code == "" {
			status, body = h(call)
		}
		f.mu.Lock()
		held := f.hold[method]
		delete(f.hold, method)
		f.mu.Unlock()
		if held != nil {
			close(held)
			<-r.Context().Done()
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

func (f *Server) ok(Call) (int, any) { return 200, map[string]any{"ok": true} }

func (f *Server) authTest(c Call) (int, any) {
	if c.Form.Get("token") != BotToken && c.Auth != "Bearer "+BotToken {
		return 200, map[string]any{"ok": false, "error": "invalid_auth"}
	}
	return 200, map[string]any{"ok": true, "user_id": BotUser, "bot_id": BotID, "team_id": Team, "user": "briefbot", "team": "Test"}
}

// nextTS returns a new message timestamp; f.mu is held. Its seconds are
// unlike the tests' own message timestamps, so that a thread's root is
// never taken for a message of the bot's.
func (f *Server) nextTS() string {
	f.seq++
	return fmt.Sprintf("1800000000.%06d", f.seq)
}

func (f *Server) postMessage(c Call) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := c.Form.Get("channel")
	if f.notInChannel[ch] {
		return 200, map[string]any{"ok": false, "error": "not_in_channel"}
	}
	if f.rejectBlocks && c.Form.Get("blocks") != "" && c.Form.Get("blocks") != "[]" {
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	// The anchor of a slash command's briefing (":newspaper: Briefing
	// requested by <@U1>") names the user on purpose.
	if v := checkLimits(c); v != "" && !strings.HasPrefix(c.Form.Get("text"), ":newspaper:") {
		f.violations = append(f.violations, v)
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	ts := f.nextTS()
	f.msgs[ch+"/"+ts] = &Message{Channel: ch, TS: ts, Thread: c.Form.Get("thread_ts"), Text: c.Form.Get("text"), Blocks: c.Form.Get("blocks"), Metadata: c.Form.Get("metadata")}
	return 200, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{"text": c.Form.Get("text"), "ts": ts}}
}

func (f *Server) update(c Call) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch, ts := c.Form.Get("channel"), c.Form.Get("ts")
	m := f.msgs[ch+"/"+ts]
	if m == nil {
		return 200, map[string]any{"ok": false, "error": "message_not_found"}
	}
	if f.rejectBlocks && c.Form.Get("blocks") != "" && c.Form.Get("blocks") != "[]" {
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	if v := checkLimits(c); v != "" {
		f.violations = append(f.violations, v)
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	m.Text, m.Blocks = c.Form.Get("text"), c.Form.Get("blocks")
	m.Updates++
	return 200, map[string]any{"ok": true, "channel": ch, "ts": ts, "text": m.Text}
}

func (f *Server) reactionAdd(c Call) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := c.Form.Get("channel") + "/" + c.Form.Get("timestamp")
	name := c.Form.Get("name")
	for _, r := range f.reactions[k] {
		if r == name {
			return 200, map[string]any{"ok": false, "error": "already_reacted"}
		}
	}
	f.reactions[k] = append(f.reactions[k], name)
	return 200, map[string]any{"ok": true}
}

func (f *Server) reactionRemove(c Call) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := c.Form.Get("channel") + "/" + c.Form.Get("timestamp")
	name := c.Form.Get("name")
	for i, r := range f.reactions[k] {
		if r == name {
			f.reactions[k] = append(f.reactions[k][:i:i], f.reactions[k][i+1:]...)
			return 200, map[string]any{"ok": true}
		}
	}
	return 200, map[string]any{"ok": false, "error": "no_reaction"}
}

// history lists a channel's top-level messages, newest first
// (conversations.history), with their metadata when include_all_metadata
// is set; one page.
func (f *Server) history(c Call) (int, any) {
	var top []Message
	for _, m := range f.Messages() {
		if m.Channel == c.Form.Get("channel") && m.Thread == "" {
			top = append(top, m)
		}
	}
	sort.Slice(top, func(i, j int) bool { return top[i].TS > top[j].TS })
	var out []map[string]any
	for _, m := range top {
		out = append(out, messageJSON(m, c.Form.Get("include_all_metadata") == "1"))
	}
	return 200, map[string]any{"ok": true, "messages": out, "has_more": false}
}

// replies lists a thread (conversations.replies): the bot's messages,
// with their metadata when include_all_metadata is set, in pages of limit
// messages (the cursor is the offset).
func (f *Server) replies(c Call) (int, any) {
	var out []map[string]any
	for _, m := range f.Thread(c.Form.Get("channel"), c.Form.Get("ts")) {
		msg := messageJSON(m, c.Form.Get("include_all_metadata") == "1")
		msg["thread_ts"] = m.Thread
		out = append(out, msg)
	}
	from, _ := strconv.Atoi(c.Form.Get("cursor"))
	limit, _ := strconv.Atoi(c.Form.Get("limit"))
	from = min(from, len(out))
	to := len(out)
	if limit > 0 {
		to = min(from+limit, len(out))
	}
	resp := map[string]any{"ok": true, "messages": out[from:to], "has_more": to < len(out)}
	if to < len(out) {
		resp["response_metadata"] = map[string]any{"next_cursor": strconv.Itoa(to)}
	}
	return 200, resp
}

// messageJSON is m as the Web API lists it: a message of the bot's.
func messageJSON(m Message, metadata bool) map[string]any {
	msg := map[string]any{"type": "message", "ts": m.TS, "text": m.Text, "user": BotUser, "bot_id": BotID}
	if m.Metadata != "" && metadata {
		msg["metadata"] = json.RawMessage(m.Metadata)
	}
	if len(m.Files) > 0 {
		var files []map[string]any
		for _, name := range m.Files {
			files = append(files, map[string]any{"name": name})
		}
		msg["files"] = files
	}
	return msg
}

// CallsOf returns the calls of one method, in order.
func (f *Server) CallsOf(method string) []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Call
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Messages returns every message the bot posted, as it is now, oldest
// first.
func (f *Server) Messages() []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]Message, 0, len(f.msgs))
	for _, m := range f.msgs {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].TS < out[j].TS })
	return out
}

// Thread returns the messages posted in a thread, its root included when
// the bot posted it, oldest first, as they are now.
func (f *Server) Thread(channel, ts string) []Message {
	var out []Message
	for _, m := range f.Messages() {
		if m.Channel == channel && (m.Thread == ts || (m.TS == ts && m.Thread == "")) {
			out = append(out, m)
		}
	}
	return out
}

// Replies returns the text of each reply of the bot's in a thread (its
// root excluded), oldest first, as it is now.
func (f *Server) Replies(channel, thread string) []string {
	var out []string
	for _, m := range f.Messages() {
		if m.Channel == channel && m.Thread == thread {
			out = append(out, m.Text)
		}
	}
	return out
}

// AddMessage adds a message of the bot's to a thread (thread "": the top
// of the channel), as if posted earlier, and returns its ts.
func (f *Server) AddMessage(channel, thread, text string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	ts := f.nextTS()
	f.msgs[channel+"/"+ts] = &Message{Channel: channel, TS: ts, Thread: thread, Text: text}
	return ts
}

// SetMetadata replaces the metadata of a message ("": none).
func (f *Server) SetMetadata(channel, ts, metadata string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if m := f.msgs[channel+"/"+ts]; m != nil {
		m.Metadata = metadata
	} else {
		f.t.Errorf("slacktest: SetMetadata: no message %s/%s", channel, ts)
	}
}

// Reactions returns the reactions on a message, in the order added.
func (f *Server) Reactions(channel, ts string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.reactions[channel+"/"+ts]...)
}

// Set429 makes the next n calls of method answer 429 Too Many Requests.
func (f *Server) Set429(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limit429[method] = n
}

// FailWith makes every call of method answer the error code (as
// "missing_scope"); "" lets the method work again.
func (f *Server) FailWith(method, code string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if code == "" {
		delete(f.failWith, method)
	} else {
		f.failWith[method] = code
	}
}

// NotInChannel makes posts in channel fail with not_in_channel.
func (f *Server) NotInChannel(channel string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.notInChannel[channel] = true
}

// RejectBlocks makes every post or edit with blocks fail with
// invalid_blocks, as Slack does with blocks it cannot render.
func (f *Server) RejectBlocks(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rejectBlocks = on
}

// Hold makes the next call of method take effect and never answer (until
// the caller gives up): a process killed between Slack doing what it was
// asked and hearing so. The channel is closed when the call has arrived.
func (f *Server) Hold(method string) <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := make(chan struct{})
	f.hold[method] = c
	return c
}
