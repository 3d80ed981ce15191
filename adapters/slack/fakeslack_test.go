package slack

import (
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"
)

// fakeSlack is the Slack Web API (slacktest's server with our own handlers
// recording every call) plus a Socket Mode server of our own: it answers
// apps.connections.open with a ws:// URL, accepts the websocket, pings,
// says hello, sends envelopes, records their acknowledgements, and can drop
// the connection or ask the client to reconnect.
type fakeSlack struct {
	t   testing.TB
	srv *slacktest.Server
	URL string // Web API base, with a trailing slash

	mu           sync.Mutex
	calls        []apiCall
	msgs         map[string]*fakeMessage // channel/ts
	seq          int
	limit429     map[string]int // method → 429 answers still to give
	notInChannel map[string]bool
	files        map[string]fakeFile
	reactions    map[string][]string // channel/ts → reaction names, in order added
	rejectBlocks bool                // answer invalid_blocks to any message with blocks
	failWith     map[string]string   // method → the error it answers (missing_scope …)
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
	acks      map[string]ackRecord
	ackCond   *sync.Cond
	pingEvery time.Duration
}

type apiCall struct {
	Method string
	Form   url.Values
	Auth   string
}

type fakeMessage struct {
	Channel, TS, Thread, Text string
	Blocks                    string // JSON
	Metadata                  string // JSON, as posted
	Updates                   int
}

type fakeFile struct {
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

type ackRecord struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
	Latency    time.Duration   `json:"-"`
}

const (
	testBotToken = "xoxb-test-token"
	testAppToken = "xapp-test-token"
	testBotUser  = "UBOT"
	testBotID    = "BBOT"
	testTeam     = "T1"
)

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{
		t: t, msgs: map[string]*fakeMessage{}, limit429: map[string]int{}, notInChannel: map[string]bool{},
		files: map[string]fakeFile{}, reactions: map[string][]string{}, failWith: map[string]string{},
		sent: map[string]time.Time{}, acks: map[string]ackRecord{}, pingEvery: 200 * time.Millisecond,
	}
	f.ackCond = sync.NewCond(&f.smu)
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", f.api("auth.test", f.authTest))
		c.Handle("/chat.postMessage", f.api("chat.postMessage", f.postMessage))
		c.Handle("/chat.update", f.api("chat.update", f.update))
		c.Handle("/chat.postEphemeral", f.api("chat.postEphemeral", f.ok))
		c.Handle("/reactions.add", f.api("reactions.add", f.reactionAdd))
		c.Handle("/reactions.remove", f.api("reactions.remove", f.reactionRemove))
		c.Handle("/files.info", f.api("files.info", f.fileInfo))
		c.Handle("/conversations.replies", f.api("conversations.replies", f.replies))
		c.Handle("/conversations.history", f.api("conversations.history", f.history))
		c.Handle("/apps.connections.open", f.api("apps.connections.open", f.connectionsOpen))
		c.Handle("/files-pri/", f.download)
		c.Handle("/files.getUploadURLExternal", f.api("files.getUploadURLExternal", f.getUploadURL))
		c.Handle("/files.completeUploadExternal", f.api("files.completeUploadExternal", f.completeUpload))
		c.Handle("/upload/", f.upload)
		c.Handle("/socket", f.socket)
	})
	f.srv.Start()
	f.URL = f.srv.GetAPIURL()
	t.Cleanup(func() {
		f.drop()
		f.srv.Stop()
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, v := range f.violations {
			t.Errorf("slack limits: %s", v)
		}
	})
	return f
}

type apiHandler func(call apiCall) (status int, body any)

// api wraps a Web API method: it records the call, answers 429 while the
// method's quota says so, and writes the JSON answer.
func (f *fakeSlack) api(method string, h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		call := apiCall{Method: method, Form: r.Form, Auth: r.Header.Get("Authorization")}
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
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

func (f *fakeSlack) ok(apiCall) (int, any) { return 200, map[string]any{"ok": true} }

func (f *fakeSlack) authTest(c apiCall) (int, any) {
	if c.Form.Get("token") != testBotToken && c.Auth != "Bearer "+testBotToken {
		return 200, map[string]any{"ok": false, "error": "invalid_auth"}
	}
	return 200, map[string]any{"ok": true, "user_id": testBotUser, "bot_id": testBotID, "team_id": testTeam, "user": "briefbot", "team": "Test"}
}

func (f *fakeSlack) nextTS() string {
	f.seq++
	return fmt.Sprintf("1700000000.%06d", f.seq)
}

// checkLimits records any breach of Slack's message limits, or any
// special mention that an article could have injected.
func (f *fakeSlack) checkLimits(c apiCall) string {
	text := c.Form.Get("text")
	var problems []string
	if textLen(text) > maxMessageText {
		problems = append(problems, fmt.Sprintf("text is %d characters", textLen(text)))
	}
	if strings.Contains(text, "<!") {
		problems = append(problems, "text holds <!")
	}
	if b := c.Form.Get("blocks"); b != "" {
		var blocks []struct {
			Type     string                  `json:"type"`
			Text     *struct{ Text string }  `json:"text"`
			Elements []struct{ Text string } `json:"elements"`
		}
		if err := json.Unmarshal([]byte(b), &blocks); err != nil {
			problems = append(problems, "blocks unreadable: "+err.Error())
		}
		if len(blocks) > maxBlocks {
			problems = append(problems, fmt.Sprintf("%d blocks", len(blocks)))
		}
		for _, bl := range blocks {
			var ts []string
			if bl.Text != nil {
				ts = append(ts, bl.Text.Text)
			}
			for _, e := range bl.Elements {
				ts = append(ts, e.Text)
			}
			for _, s := range ts {
				if strings.Contains(s, "<!") || strings.Contains(s, "<@") {
					problems = append(problems, fmt.Sprintf("%s block holds a mention: %.80q", bl.Type, s))
				}
				switch {
				case bl.Type == "header" && textLen(s) > maxHeaderText:
					problems = append(problems, fmt.Sprintf("header is %d characters", textLen(s)))
				case bl.Type == "section" && textLen(s) > maxSectionText:
					problems = append(problems, fmt.Sprintf("section is %d characters", textLen(s)))
				}
			}
		}
	}
	if len(problems) == 0 {
		return ""
	}
	return c.Method + ": " + strings.Join(problems, "; ")
}

func (f *fakeSlack) postMessage(c apiCall) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := c.Form.Get("channel")
	if f.notInChannel[ch] {
		return 200, map[string]any{"ok": false, "error": "not_in_channel"}
	}
	if f.rejectBlocks && c.Form.Get("blocks") != "" && c.Form.Get("blocks") != "[]" {
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	if v := f.checkLimits(c); v != "" && !strings.HasPrefix(c.Form.Get("text"), ":newspaper:") {
		f.violations = append(f.violations, v)
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	ts := f.nextTS()
	f.msgs[ch+"/"+ts] = &fakeMessage{Channel: ch, TS: ts, Thread: c.Form.Get("thread_ts"), Text: c.Form.Get("text"), Blocks: c.Form.Get("blocks"), Metadata: c.Form.Get("metadata")}
	return 200, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{"text": c.Form.Get("text"), "ts": ts}}
}

func (f *fakeSlack) update(c apiCall) (int, any) {
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
	if v := f.checkLimits(c); v != "" {
		f.violations = append(f.violations, v)
		return 200, map[string]any{"ok": false, "error": "invalid_blocks"}
	}
	m.Text, m.Blocks = c.Form.Get("text"), c.Form.Get("blocks")
	m.Updates++
	return 200, map[string]any{"ok": true, "channel": ch, "ts": ts, "text": m.Text}
}

func (f *fakeSlack) reactionAdd(c apiCall) (int, any) {
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

func (f *fakeSlack) reactionRemove(c apiCall) (int, any) {
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

func (f *fakeSlack) fileInfo(c apiCall) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := c.Form.Get("file")
	ff, ok := f.files[id]
	if !ok {
		return 200, map[string]any{"ok": false, "error": "file_not_found"}
	}
	return 200, map[string]any{"ok": true, "file": f.fileJSON(id, ff)}
}

func (f *fakeSlack) fileJSON(id string, ff fakeFile) map[string]any {
	return map[string]any{
		"id": id, "name": ff.Name, "mimetype": ff.MIMEType, "filetype": ff.FileType, "size": len(ff.Data),
		"url_private":          f.URL + "files-pri/" + id + "/" + ff.Name,
		"url_private_download": f.URL + "files-pri/" + id + "/download/" + ff.Name,
	}
}

// history lists a channel's top-level messages, newest first
// (conversations.history), with their metadata when include_all_metadata
// is set; one page.
func (f *fakeSlack) history(c apiCall) (int, any) {
	f.mu.Lock()
	var top []fakeMessage
	for _, m := range f.msgs {
		if m.Channel == c.Form.Get("channel") && m.Thread == "" {
			top = append(top, *m)
		}
	}
	f.mu.Unlock()
	sort.Slice(top, func(i, j int) bool { return top[i].TS > top[j].TS })
	var out []map[string]any
	for _, m := range top {
		msg := map[string]any{"type": "message", "ts": m.TS, "text": m.Text, "user": testBotUser, "bot_id": testBotID}
		if m.Metadata != "" && c.Form.Get("include_all_metadata") == "1" {
			msg["metadata"] = json.RawMessage(m.Metadata)
		}
		out = append(out, msg)
	}
	return 200, map[string]any{"ok": true, "messages": out, "has_more": false}
}

// replies lists a thread (conversations.replies): the bot's messages,
// with their metadata when include_all_metadata is set, in pages of limit
// messages (the cursor is the offset).
func (f *fakeSlack) replies(c apiCall) (int, any) {
	var out []map[string]any
	for _, m := range f.thread(c.Form.Get("channel"), c.Form.Get("ts")) {
		msg := map[string]any{"type": "message", "ts": m.TS, "thread_ts": m.Thread, "text": m.Text, "user": testBotUser, "bot_id": testBotID}
		if m.Metadata != "" && c.Form.Get("include_all_metadata") == "1" {
			msg["metadata"] = json.RawMessage(m.Metadata)
		}
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

func (f *fakeSlack) download(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+testBotToken {
		http.Error(w, "no token", http.StatusForbidden)
		return
	}
	id := strings.Split(strings.TrimPrefix(r.URL.Path, "/files-pri/"), "/")[0]
	f.mu.Lock()
	ff, ok := f.files[id]
	f.calls = append(f.calls, apiCall{Method: "download", Auth: r.Header.Get("Authorization")})
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write(ff.Data)
}

// getUploadURL starts an upload (files.getUploadURLExternal): it checks
// the file name and length and answers an upload URL on this server.
func (f *fakeSlack) getUploadURL(c apiCall) (int, any) {
	name := c.Form.Get("filename")
	length, err := strconv.Atoi(c.Form.Get("length"))
	if name == "" || err != nil || length <= 0 {
		return 200, map[string]any{"ok": false, "error": "invalid_arguments"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	id := fmt.Sprintf("FUP%d", f.seq)
	f.files[id] = fakeFile{Name: name, Length: length}
	return 200, map[string]any{"ok": true, "upload_url": f.URL + "upload/" + id, "file_id": id}
}

// upload receives a file's bytes at its upload URL, as a multipart form
// (field "file") or as the raw body, as Slack accepts both; the length
// must be the one announced.
func (f *fakeSlack) upload(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/upload/")
	var data []byte
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		var part multipart.File
		if part, _, err = r.FormFile("file"); err == nil {
			data, err = io.ReadAll(part)
			_ = part.Close()
		}
	} else {
		data, err = io.ReadAll(r.Body)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, apiCall{Method: "upload", Auth: r.Header.Get("Authorization")})
	ff, ok := f.files[id]
	switch {
	case !ok || ff.Uploaded:
		http.NotFound(w, r)
	case err != nil || len(data) != ff.Length:
		f.violations = append(f.violations, fmt.Sprintf("upload %s: %d bytes, announced %d (%v)", id, len(data), ff.Length, err))
		http.Error(w, "bad upload", http.StatusBadRequest)
	default:
		ff.Data, ff.Uploaded = data, true
		f.files[id] = ff
		_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(data)))
	}
}

// completeUpload finishes uploads (files.completeUploadExternal) and
// shares them in channel_id, in the thread thread_ts when given, as one
// message of the bot's.
func (f *fakeSlack) completeUpload(c apiCall) (int, any) {
	var files []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(c.Form.Get("files")), &files); err != nil || len(files) == 0 {
		return 200, map[string]any{"ok": false, "error": "invalid_arguments"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := c.Form.Get("channel_id")
	if ch != "" && f.notInChannel[ch] {
		return 200, map[string]any{"ok": false, "error": "not_in_channel"}
	}
	var out []map[string]any
	ts := ""
	if ch != "" {
		ts = f.nextTS()
		f.msgs[ch+"/"+ts] = &fakeMessage{Channel: ch, TS: ts, Thread: c.Form.Get("thread_ts"), Text: c.Form.Get("initial_comment")}
	}
	for _, x := range files {
		ff, ok := f.files[x.ID]
		if !ok || !ff.Uploaded || ff.Completed {
			return 200, map[string]any{"ok": false, "error": "file_not_found"}
		}
		ff.Title, ff.Completed = x.Title, true
		ff.Channel, ff.Thread, ff.TS = ch, c.Form.Get("thread_ts"), ts
		f.files[x.ID] = ff
		out = append(out, map[string]any{"id": x.ID, "title": x.Title})
	}
	return 200, map[string]any{"ok": true, "files": out}
}

// uploads returns the completed uploads, by id.
func (f *fakeSlack) uploads() map[string]fakeFile {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]fakeFile{}
	for id, ff := range f.files {
		if ff.Completed {
			out[id] = ff
		}
	}
	return out
}

// addFile stores a file and returns its Slack JSON (for a message's files).
func (f *fakeSlack) addFile(id string, ff fakeFile) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.files[id] = ff
	return f.fileJSON(id, ff)
}

func (f *fakeSlack) connectionsOpen(c apiCall) (int, any) {
	if c.Auth != "Bearer "+testAppToken {
		return 200, map[string]any{"ok": false, "error": "invalid_auth"}
	}
	f.smu.Lock()
	f.opens++
	f.smu.Unlock()
	return 200, map[string]any{"ok": true, "url": "ws://" + f.srv.ServerAddr + "/socket"}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return r.Header.Get("Origin") == "https://api.slack.com" }}

func (f *fakeSlack) socket(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Origin") != "https://api.slack.com" {
		f.smu.Lock()
		f.badOrigin++
		f.smu.Unlock()
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.smu.Lock()
	if f.conn != nil {
		_ = f.conn.Close()
	}
	f.conn = conn
	f.conns++
	n := f.conns
	f.smu.Unlock()
	f.writeJSON(conn, map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"},
		"debug_info": map[string]any{"host": "fake", "approximate_connection_time": 3600}})
	f.ackCond.Broadcast()
	done := make(chan struct{})
	go func() { // Slack pings well within the client's 30 s watchdog
		t := time.NewTicker(f.pingEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if conn.WriteControl(websocket.PingMessage, []byte(fmt.Sprint(n)), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	defer close(done)
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack ackRecord
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			f.t.Errorf("socket: unexpected message %s", data)
			continue
		}
		f.smu.Lock()
		if sent, ok := f.sent[ack.EnvelopeID]; ok {
			ack.Latency = time.Since(sent)
		} else {
			f.t.Errorf("socket: ack of unknown envelope %s", ack.EnvelopeID)
		}
		if _, dup := f.acks[ack.EnvelopeID]; !dup {
			f.acks[ack.EnvelopeID] = ack
		}
		f.smu.Unlock()
		f.ackCond.Broadcast()
	}
}

func (f *fakeSlack) writeJSON(conn *websocket.Conn, v any) {
	f.wmu.Lock()
	defer f.wmu.Unlock()
	_ = conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	_ = conn.WriteJSON(v)
}

// waitConnected waits until n websocket connections have been made.
func (f *fakeSlack) waitConnected(t testing.TB, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	f.smu.Lock()
	defer f.smu.Unlock()
	for f.conns < n {
		if time.Now().After(deadline) {
			t.Fatalf("socket: %d connections, want %d", f.conns, n)
		}
		f.smu.Unlock()
		time.Sleep(5 * time.Millisecond)
		f.smu.Lock()
	}
}

// send sends an envelope over the current connection and returns its id.
func (f *fakeSlack) send(t testing.TB, typ string, payload any) string {
	t.Helper()
	f.smu.Lock()
	f.envSeq++
	id := fmt.Sprintf("env-%d", f.envSeq)
	conn := f.conn
	f.sent[id] = time.Now()
	f.smu.Unlock()
	if conn == nil {
		t.Fatal("socket: not connected")
	}
	f.writeJSON(conn, map[string]any{
		"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": typ != "events_api", "retry_attempt": 0, "retry_reason": "",
	})
	return id
}

// waitAck waits for the envelope's acknowledgement.
func (f *fakeSlack) waitAck(t testing.TB, id string) ackRecord {
	t.Helper()
	timer := time.AfterFunc(10*time.Second, f.ackCond.Broadcast)
	defer timer.Stop()
	deadline := time.Now().Add(10 * time.Second)
	f.smu.Lock()
	defer f.smu.Unlock()
	for {
		if a, ok := f.acks[id]; ok {
			return a
		}
		if time.Now().After(deadline) {
			t.Fatalf("socket: envelope %s not acknowledged", id)
		}
		f.ackCond.Wait()
	}
}

// unacked lists the envelopes sent and not acknowledged.
func (f *fakeSlack) unacked() []string {
	f.smu.Lock()
	defer f.smu.Unlock()
	var out []string
	for id := range f.sent {
		if _, ok := f.acks[id]; !ok {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// drop breaks the connection without a close handshake, as a network
// failure would.
func (f *fakeSlack) drop() {
	f.smu.Lock()
	defer f.smu.Unlock()
	if f.conn != nil {
		if nc := f.conn.NetConn(); nc != nil {
			_ = nc.Close()
		}
		f.conn = nil
	}
}

// disconnect asks the client to reconnect, as Slack does before it
// refreshes a connection.
func (f *fakeSlack) disconnect() {
	f.smu.Lock()
	conn := f.conn
	f.smu.Unlock()
	if conn != nil {
		f.writeJSON(conn, map[string]any{"type": "disconnect", "reason": "refresh_requested", "debug_info": map[string]any{"host": "fake"}})
	}
}

// callsOf returns the calls of one method.
func (f *fakeSlack) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// thread returns the messages posted in a thread, oldest first, as they
// are now.
func (f *fakeSlack) thread(channel, ts string) []fakeMessage {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeMessage
	for _, m := range f.msgs {
		if m.Channel == channel && (m.Thread == ts || (m.TS == ts && m.Thread == "")) {
			out = append(out, *m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].TS < out[j].TS })
	return out
}

// reactionsOn returns the reactions on a message.
func (f *fakeSlack) reactionsOn(channel, ts string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.reactions[channel+"/"+ts]...)
}

// set429 makes the next n calls of method answer 429.
func (f *fakeSlack) set429(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limit429[method] = n
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
