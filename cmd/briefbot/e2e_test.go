package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
)

// TestMain lets the test binary act as briefbot itself, so end-to-end tests
// can run `briefbot serve` as a child process without building it.
func TestMain(m *testing.M) {
	if args := os.Getenv("BRIEFBOT_E2E_CHILD"); args != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		mm := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
		code := mm.Run(ctx, strings.Fields(args))
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// fakeSlack is a Slack Web API that records what the bot posts.
type fakeSlack struct {
	srv *httptest.Server

	mu      sync.Mutex
	nextTS  int
	posts   []slackPost // chat.postMessage
	updates []slackPost // chat.update
	finds   int         // conversations.replies calls
	// hold, when set, makes the next chat.postMessage record the post,
	// close hold and never answer (until the caller goes away).
	hold chan struct{}
}

type slackPost struct {
	Channel, Thread, TS, Text string
	Metadata                  string // JSON, as posted
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{}
	mux := http.NewServeMux()
	ok := func(w http.ResponseWriter, v map[string]any) {
		v["ok"] = true
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("/api/auth.test", func(w http.ResponseWriter, _ *http.Request) {
		ok(w, map[string]any{"user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "briefbot", "team": "Test"})
	})
	mux.HandleFunc("/api/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		f.nextTS++
		p := slackPost{Channel: r.FormValue("channel"), Thread: r.FormValue("thread_ts"), TS: fmt.Sprintf("1800000000.%06d", f.nextTS),
			Text: r.FormValue("text"), Metadata: r.FormValue("metadata")}
		f.posts = append(f.posts, p)
		hold := f.hold
		f.hold = nil
		f.mu.Unlock()
		if hold != nil {
			close(hold)
			<-r.Context().Done()
			return
		}
		ok(w, map[string]any{"channel": p.Channel, "ts": p.TS})
	})
	mux.HandleFunc("/api/chat.update", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		f.updates = append(f.updates, slackPost{Channel: r.FormValue("channel"), TS: r.FormValue("ts"), Text: r.FormValue("text")})
		f.mu.Unlock()
		ok(w, map[string]any{"channel": r.FormValue("channel"), "ts": r.FormValue("ts")})
	})
	// conversations.replies: the bot's posts in a thread, with metadata.
	mux.HandleFunc("/api/conversations.replies", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		var msgs []map[string]any
		for _, p := range f.posts {
			if p.Channel == r.FormValue("channel") && p.Thread == r.FormValue("ts") {
				m := map[string]any{"type": "message", "ts": p.TS, "thread_ts": p.Thread, "text": p.Text, "user": "UBOT", "bot_id": "BBOT"}
				if p.Metadata != "" && r.FormValue("include_all_metadata") == "1" {
					m["metadata"] = json.RawMessage(p.Metadata)
				}
				msgs = append(msgs, m)
			}
		}
		f.finds++
		f.mu.Unlock()
		ok(w, map[string]any{"messages": msgs, "has_more": false})
	})
	// Socket Mode is not served: the bot keeps asking, and is not ready.
	mux.HandleFunc("/api/apps.connections.open", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":false,"error":"internal_error"}`))
	})
	for _, m := range []string{"reactions.add", "reactions.remove"} {
		mux.HandleFunc("/api/"+m, func(w http.ResponseWriter, _ *http.Request) { ok(w, map[string]any{}) })
	}
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// replies returns the bot's messages in a thread, each as its last text.
func (f *fakeSlack) replies(thread string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, p := range f.posts {
		if p.Thread != thread {
			continue
		}
		text := p.Text
		for _, u := range f.updates {
			if u.TS == p.TS {
				text = u.Text
			}
		}
		out = append(out, text)
	}
	return out
}

// child is a `briefbot serve` process.
type child struct {
	cmd    *exec.Cmd
	addr   string
	stderr *syncBuffer
	done   chan error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func startServe(t *testing.T, env map[string]string) *child {
	t.Helper()
	c := &child{addr: env["BRIEFBOT_HTTP_ADDR"], stderr: &syncBuffer{}, done: make(chan error, 1)}
	c.cmd = exec.Command(os.Args[0], "-test.run=^$")
	c.cmd.Env = append(os.Environ(), "BRIEFBOT_E2E_CHILD=serve")
	for k, v := range env {
		c.cmd.Env = append(c.cmd.Env, k+"="+v)
	}
	c.cmd.Stderr = c.stderr
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- c.cmd.Wait() }()
	t.Cleanup(func() {
		_ = c.cmd.Process.Kill()
		if t.Failed() {
			t.Logf("serve %s log:\n%s", c.addr, c.stderr.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + c.addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return c
			}
		}
		select {
		case err := <-c.done:
			t.Fatalf("serve exited before it was ready (%v):\n%s", err, c.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not become ready:\n%s", c.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

const signingSecret = "e2e-signing-secret"

// sendEvent posts a signed Events API callback to the child, as Slack does.
func sendEvent(t *testing.T, addr, eventID, channel, ts, text string, retry int) {
	t.Helper()
	sendEventOfType(t, addr, "app_mention", eventID, channel, ts, text, retry)
}

// sendEventOfType is sendEvent for an event of type typ ("app_mention",
// or "message": Slack sends a mention in a channel as both).
func sendEventOfType(t *testing.T, addr, typ, eventID, channel, ts, text string, retry int) {
	t.Helper()
	ev := map[string]any{"type": typ, "user": "U1", "text": "<@UBOT> " + text, "ts": ts, "channel": channel, "event_ts": ts}
	if typ == "message" {
		ev["channel_type"] = "channel"
	}
	sendRawEvent(t, addr, eventID, ev, retry)
}

// sendRawEvent posts the Slack event ev, signed, to serve's events
// endpoint, as Slack's attempt retry+1.
func sendRawEvent(t *testing.T, addr, eventID string, ev map[string]any, retry int) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": time.Now().Unix(),
		"event": ev,
	})
	now := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(signingSecret))
	mac.Write([]byte("v0:" + now + ":" + string(body)))
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", now)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if retry > 0 {
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("send event: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("send event: status %d", resp.StatusCode)
	}
}

func serveEnv(t *testing.T, slackURL string) map[string]string {
	return map[string]string{
		"BRIEFBOT_HTTP_ADDR":   freeAddr(t),
		"BRIEFBOT_DATA_DIR":    t.TempDir(),
		"SLACK_BOT_TOKEN":      "xoxb-e2e",
		"SLACK_SIGNING_SECRET": signingSecret,
		"SLACK_API_URL":        slackURL + "/api/",
		"BRIEFBOT_LOG_LEVEL":   "info",
	}
}

// slowModelSetup is a fake Slack and a scripted model whose calls run
// delay before answering, with the serve environment pointing at both.
type slowModelSetup struct {
	seed   []byte
	slack  *fakeSlack
	called chan struct{} // one value per model call, when it starts
	env    map[string]string
}

func newSlowModelSetup(t *testing.T, delay func()) *slowModelSetup {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	e := &slowModelSetup{seed: seed, slack: newFakeSlack(t), called: make(chan struct{}, 10)}
	model := openaitest.New(t)
	model.Handle(func(*openaitest.Request) openaitest.Response {
		e.called <- struct{}{}
		delay()
		return openaitest.Reply(modelReply)
	})
	e.env = serveEnv(t, e.slack.srv.URL)
	for k, v := range openaiEnv(model.URL) {
		e.env[k] = v
	}
	e.env["BRIEFBOT_LLM_TIMEOUT"] = "60s"
	return e
}

func waitFor(t *testing.T, what string, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServeSurvivesKill kills `briefbot serve` with SIGKILL while a slow
// model is briefing, starts it again on the same data, and counts replies:
// the briefing arrives once, in the message the first process started.
func TestServeSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	var calls int
	var mu sync.Mutex
	release := make(chan struct{})
	e := newSlowModelSetup(t, func() {
		mu.Lock()
		calls++
		first := calls == 1
		mu.Unlock()
		if first {
			<-release // the slow first call: the process is killed meanwhile
		}
	})
	// Registered after the model server's cleanup, so it runs first and
	// the server's Close does not wait on a handler held here.
	t.Cleanup(func() { close(release) })
	seed, slackAPI, called, env := e.seed, e.slack, e.called, e.env

	a := startServe(t, env)
	const ts = "1700000000.000100"
	sendEvent(t, a.addr, "Ev1", "C1", ts, string(seed), 0)
	select {
	case <-called:
	case <-time.After(30 * time.Second):
		t.Fatalf("the model was never called:\n%s", a.stderr.String())
	}
	waitFor(t, "the status message", 10*time.Second, func() bool { return len(slackAPI.replies(ts)) == 1 })
	b := killAndRedeliver(t, a, env, slackAPI, ts, seed)
	if err := b.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-b.done; err != nil {
		t.Errorf("serve did not stop cleanly on SIGTERM: %v", err)
	}
	t.Logf("model calls: %d (the killed one, then the resumed one and its repair request)", calls)
}

// TestServeFindsPostAfterKill kills `briefbot serve` in the window between
// Slack accepting its "Reading the article…" post and the bot recording the
// post's ts (the fake Slack records the post and never answers). The
// restarted bot finds the post by its metadata and turns it into the
// briefing, rather than leave it behind and post a second message.
func TestServeFindsPostAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	slackAPI := newFakeSlack(t)
	held := make(chan struct{})
	slackAPI.mu.Lock()
	slackAPI.hold = held
	slackAPI.mu.Unlock()
	env := serveEnv(t, slackAPI.srv.URL)

	a := startServe(t, env)
	const ts = "1700000000.000200"
	sendEvent(t, a.addr, "Ev1", "C1", ts, string(seed), 0)
	select {
	case <-held:
	case <-time.After(30 * time.Second):
		t.Fatalf("the status message was never posted:\n%s", a.stderr.String())
	}
	b := killAndRedeliver(t, a, env, slackAPI, ts, seed)
	slackAPI.mu.Lock()
	finds := slackAPI.finds
	slackAPI.mu.Unlock()
	if finds == 0 || !strings.Contains(b.stderr.String(), "found the reply an interrupted run posted") {
		t.Errorf("the restarted bot did not look for the post (%d conversations.replies calls)", finds)
	}
}

// killAndRedeliver kills serve a with SIGKILL, starts it again on env,
// delivers Slack's retry of the mention of ts, and checks that the thread
// then holds exactly one reply, the briefing, in its first message.
func killAndRedeliver(t *testing.T, a *child, env map[string]string, slackAPI *fakeSlack, ts string, seed []byte) *child {
	t.Helper()
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	b := startServe(t, env)
	sendEvent(t, b.addr, "Ev1", "C1", ts, string(seed), 1) // Slack's retry of the same event
	waitFor(t, "the briefing", 30*time.Second, func() bool {
		r := slackAPI.replies(ts)
		return len(r) > 0 && strings.Contains(r[0], "China rejects US report")
	})
	time.Sleep(time.Second) // a second reply would arrive now
	if r := slackAPI.replies(ts); len(r) != 1 {
		t.Errorf("replies in the thread = %d, want exactly one, the briefing:\n%q", len(r), r)
	}
	return b
}

// startSlackReplicas starts two `briefbot serve` replicas on one fresh
// PostgreSQL schema and one fake Slack, with settings on top of the usual
// ones, and returns the seed article too.
func startSlackReplicas(t *testing.T, settings map[string]string) (seed []byte, slackAPI *fakeSlack, a, b *child) {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	dbURL := pgtest.Schema(t)
	slackAPI = newFakeSlack(t)
	var cs [2]*child
	for i := range cs {
		env := serveEnv(t, slackAPI.srv.URL)
		env["BRIEFBOT_DATABASE_URL"] = dbURL
		maps.Copy(env, settings)
		cs[i] = startServe(t, env)
	}
	return seed, slackAPI, cs[0], cs[1]
}

// TestServeReplicas runs two `briefbot serve` replicas on one PostgreSQL,
// delivers a burst of mentions with every event sent to both replicas (as
// when Slack retries through a load balancer), schedules a digest, then
// kills one replica mid-burst. Every mention is answered exactly once,
// both replicas do work, the digest is posted once per slot.
func TestServeReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	seed, slackAPI, a, b := startSlackReplicas(t, map[string]string{
		"BRIEFBOT_JOB_TIMEOUT": "2s", "BRIEFBOT_USER_RATE": "0", "BRIEFBOT_CHANNEL_RATE": "0",
	})

	// An hourly digest in CDIG due in the next minute: posted by one
	// replica only.
	slot := time.Now().UTC().Add(time.Minute)
	if time.Now().UTC().Second() > 45 {
		slot = slot.Add(time.Minute)
	}
	sendEvent(t, a.addr, "EvD", "CDIG", "1700000001.000001", fmt.Sprintf(`digest cron "%d * * * *" UTC`, slot.Minute()), 0)

	const n = 40
	start := time.Now()
	for i := range n {
		ts := fmt.Sprintf("1700000100.%06d", i)
		text := string(seed)
		first, second := a.addr, b.addr
		if i%2 == 1 {
			first, second = second, first
		}
		if i > n/2 { // a is dead: Slack's deliveries all reach b
			first, second = b.addr, b.addr
		}
		sendEvent(t, first, fmt.Sprintf("Ev%d", i), "C1", ts, text, 0)
		sendEvent(t, second, fmt.Sprintf("Ev%d", i), "C1", ts, text, 1)
		if i == n/2 {
			// Replica a dies mid-burst; b must finish a's work too.
			_ = a.cmd.Process.Signal(syscall.SIGKILL)
			<-a.done
		}
	}
	// briefings counts the replies in a thread that carry the briefing,
	// and stale the other replies: a progress message left behind, which a
	// replica killed between posting its "Reading the article…" message and
	// recording it would leave if the resumed run did not find that
	// message again (TestServeFindsPostAfterKill aims at that window).
	briefings := func(ts string) (n, stale int) {
		for _, r := range slackAPI.replies(ts) {
			switch {
			case strings.Contains(r, "China rejects US report"):
				n++
			case strings.Contains(r, "Reading the article"):
				stale++
			default:
				stale += 100 // anything else is a wrong reply
			}
		}
		return n, stale
	}
	answered := func() int {
		c := 0
		for i := range n {
			if got, _ := briefings(fmt.Sprintf("1700000100.%06d", i)); got > 0 {
				c++
			}
		}
		return c
	}
	waitFor(t, "every mention answered", 120*time.Second, func() bool { return answered() == n })
	elapsed := time.Since(start)
	time.Sleep(time.Second) // a duplicate would arrive now
	staleTotal := 0
	for i := range n {
		ts := fmt.Sprintf("1700000100.%06d", i)
		got, stale := briefings(ts)
		if got != 1 || stale > 0 {
			t.Errorf("thread %s has %d briefings and %d other replies (%q), want exactly one briefing", ts, got, stale, slackAPI.replies(ts))
		}
		staleTotal += stale
	}
	posted := func(c *child) int { return strings.Count(c.stderr.String(), "briefing posted") }
	t.Logf("%d mentions, each delivered twice, answered once each in %v with replica a killed mid-burst (other replies: %d); briefings posted by a: %d, by b: %d",
		n, elapsed.Round(100*time.Millisecond), staleTotal, posted(a), posted(b))
	if posted(a) == 0 || posted(b) == 0 {
		t.Errorf("work did not spread: a posted %d, b posted %d", posted(a), posted(b))
	}

	// The digest: wait for its first slot and check it was posted once.
	digests := func() []slackPost {
		slackAPI.mu.Lock()
		defer slackAPI.mu.Unlock()
		var out []slackPost
		for _, p := range slackAPI.posts {
			if p.Channel == "CDIG" && p.Thread == "" {
				out = append(out, p)
			}
		}
		return out
	}
	waitFor(t, "the digest command's confirmation", 10*time.Second, func() bool { return len(slackAPI.replies("1700000001.000001")) > 0 })
	if r := slackAPI.replies("1700000001.000001"); len(r) != 1 || !strings.Contains(r[0], "UTC") {
		t.Errorf("digest command replies = %q, want one confirmation", r)
	}
	waitFor(t, "the scheduled digest", time.Until(slot)+60*time.Second, func() bool { return len(digests()) > 0 })
	time.Sleep(2 * time.Second)
	slots := map[string]int{}
	for _, d := range digests() {
		slots[d.Text]++
	}
	for text, c := range slots {
		if c != 1 {
			t.Errorf("digest %q posted %d times", text, c)
		}
	}
}

// TestServeSharedRateLimit runs two replicas with a limit of two briefings
// a user an hour: the user's third mention is refused whichever replica
// it reaches, because the token buckets live in PostgreSQL. Each mention
// reaches both replicas twice, as Slack sends it (an app_mention and a
// message event) and retries it: it is charged once, and the refusal is
// one notice; a fourth mention within the hour is dropped silently.
func TestServeSharedRateLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	seed, slackAPI, a, b := startSlackReplicas(t, map[string]string{"BRIEFBOT_USER_RATE": "2", "BRIEFBOT_CHANNEL_RATE": "0"})
	deliver := func(i int) string {
		ts := fmt.Sprintf("1700000300.%06d", i)
		var wg sync.WaitGroup
		for j, c := range []*child{a, b, b, a} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				typ := []string{"app_mention", "message"}[j%2]
				sendEventOfType(t, c.addr, typ, fmt.Sprintf("EvR%d-%d", i, j%2), "C1", ts, string(seed), j/2)
			}()
		}
		wg.Wait()
		return ts
	}
	for i := range 3 {
		ts := deliver(i)
		waitFor(t, "a reply to mention "+ts, 30*time.Second, func() bool {
			r := slackAPI.replies(ts)
			return len(r) > 0 && !strings.Contains(r[0], "Reading the article")
		})
	}
	dropped := deliver(3)
	// The dropped mention's jobs run on either replica; give them time to
	// post what they would, then check that nothing came.
	time.Sleep(2 * time.Second)
	for i, want := range []string{"China rejects US report", "China rejects US report", "You've asked for 2 briefings in the last hour"} {
		ts := fmt.Sprintf("1700000300.%06d", i)
		if r := slackAPI.replies(ts); len(r) != 1 || !strings.Contains(r[0], want) {
			t.Errorf("mention %d: replies %q, want one holding %q", i+1, r, want)
		}
	}
	if r := slackAPI.replies(dropped); len(r) != 0 {
		t.Errorf("mention 4: replies %q, want none (one notice an hour)", r)
	}
}
