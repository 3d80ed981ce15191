package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/internal/testnote"
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
	noteSkips()
	os.Exit(m.Run())
}

// noteSkips says which end-to-end suites will skip, and how to run them:
// go test hides the skips of a package that passes.
func noteSkips() {
	const pkg = "cmd/briefbot"
	if !flag.Parsed() {
		flag.Parse()
	}
	if testing.Short() {
		testnote.Skipped(pkg, "end-to-end tests (child processes)", "run without -short")
		return
	}
	pgtest.NoteSkip(pkg)
	matrixtest.NoteSkip(pkg)
	if why := privatePostgresMissing(); why != "" {
		testnote.Skipped(pkg, "PostgreSQL restart fault test", why)
	}
	if why := privateDendriteMissing(); why != "" {
		testnote.Skipped(pkg, "Matrix homeserver restart fault test", why)
	}
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
	sendRawEvent(t, addr, eventID, mentionEvent(typ, channel, ts, text), retry)
}

// mentionEvent is the Slack event of type typ that mentions the bot with
// text.
func mentionEvent(typ, channel, ts, text string) map[string]any {
	ev := map[string]any{"type": typ, "user": "U1", "text": "<@" + slacktest.BotUser + "> " + text, "ts": ts, "channel": channel, "event_ts": ts}
	if typ == "message" {
		ev["channel_type"] = "channel"
	}
	return ev
}

// sendRawEvent posts the Slack event ev, signed, to serve's events
// endpoint, as Slack's attempt retry+1.
func sendRawEvent(t *testing.T, addr, eventID string, ev map[string]any, retry int) {
	t.Helper()
	if err := postEvent(t.Context(), http.DefaultClient, addr, eventID, ev, retry, "http_timeout"); err != nil {
		t.Fatalf("send event: %v", err)
	}
}

// postEvent makes one signed delivery of the Slack event ev to serve's
// events endpoint, as Slack's attempt retry+1 (retried for reason).
func postEvent(ctx context.Context, client *http.Client, addr, eventID string, ev map[string]any, retry int, reason string) error {
	body, err := slacktest.EventCallback(eventID, ev)
	if err != nil {
		return err
	}
	req, err := slacktest.EventRequest(ctx, "http://"+addr+"/slack/events", signingSecret, body, retry, reason)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

func serveEnv(t *testing.T, slackAPI *slacktest.Server) map[string]string {
	return map[string]string{
		"BRIEFBOT_HTTP_ADDR":   freeAddr(t),
		"BRIEFBOT_DATA_DIR":    t.TempDir(),
		"SLACK_BOT_TOKEN":      slacktest.BotToken,
		"SLACK_SIGNING_SECRET": signingSecret,
		"SLACK_API_URL":        slackAPI.URL,
		"BRIEFBOT_LOG_LEVEL":   "info",
	}
}

// slowModelSetup is a fake Slack and a scripted model whose calls run
// delay before answering, with the serve environment pointing at both.
type slowModelSetup struct {
	seed   []byte
	slack  *slacktest.Server
	called chan struct{} // one value per model call, when it starts
	env    map[string]string
}

func newSlowModelSetup(t *testing.T, delay func()) *slowModelSetup {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	e := &slowModelSetup{seed: seed, slack: slacktest.New(t), called: make(chan struct{}, 10)}
	model := openaitest.New(t)
	model.Handle(func(*openaitest.Request) openaitest.Response {
		e.called <- struct{}{}
		delay()
		return openaitest.Reply(modelReply)
	})
	e.env = serveEnv(t, e.slack)
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
	waitFor(t, "the status message", 10*time.Second, func() bool { return len(slackAPI.Replies("C1", ts)) == 1 })
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
	slackAPI := slacktest.New(t)
	held := slackAPI.Hold("chat.postMessage")
	env := serveEnv(t, slackAPI)

	a := startServe(t, env)
	const ts = "1700000000.000200"
	sendEvent(t, a.addr, "Ev1", "C1", ts, string(seed), 0)
	select {
	case <-held:
	case <-time.After(30 * time.Second):
		t.Fatalf("the status message was never posted:\n%s", a.stderr.String())
	}
	b := killAndRedeliver(t, a, env, slackAPI, ts, seed)
	finds := len(slackAPI.CallsOf("conversations.replies"))
	if finds == 0 || !strings.Contains(b.stderr.String(), "found the reply an interrupted run posted") {
		t.Errorf("the restarted bot did not look for the post (%d conversations.replies calls)", finds)
	}
}

// killAndRedeliver kills serve a with SIGKILL, starts it again on env,
// delivers Slack's retry of the mention of ts, and checks that the thread
// then holds exactly one reply, the briefing, in its first message.
func killAndRedeliver(t *testing.T, a *child, env map[string]string, slackAPI *slacktest.Server, ts string, seed []byte) *child {
	t.Helper()
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	b := startServe(t, env)
	sendEvent(t, b.addr, "Ev1", "C1", ts, string(seed), 1) // Slack's retry of the same event
	waitFor(t, "the briefing", 30*time.Second, func() bool {
		r := slackAPI.Replies("C1", ts)
		return len(r) > 0 && strings.Contains(r[0], "China rejects US report")
	})
	time.Sleep(time.Second) // a second reply would arrive now
	if r := slackAPI.Replies("C1", ts); len(r) != 1 {
		t.Errorf("replies in the thread = %d, want exactly one, the briefing:\n%q", len(r), r)
	}
	return b
}

// startSlackReplicas starts two `briefbot serve` replicas on one fresh
// PostgreSQL schema and one fake Slack, with settings on top of the usual
// ones, and returns the seed article too.
func startSlackReplicas(t *testing.T, settings map[string]string) (seed []byte, slackAPI *slacktest.Server, a, b *child) {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	dbURL := pgtest.Schema(t)
	slackAPI = slacktest.New(t)
	var cs [2]*child
	for i := range cs {
		env := serveEnv(t, slackAPI)
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
		for _, r := range slackAPI.Replies("C1", ts) {
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
			t.Errorf("thread %s has %d briefings and %d other replies (%q), want exactly one briefing", ts, got, stale, slackAPI.Replies("C1", ts))
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
	digests := func() []slacktest.Message {
		var out []slacktest.Message
		for _, m := range slackAPI.Messages() {
			if m.Channel == "CDIG" && m.Thread == "" {
				out = append(out, m)
			}
		}
		return out
	}
	waitFor(t, "the digest command's confirmation", 10*time.Second, func() bool { return len(slackAPI.Replies("CDIG", "1700000001.000001")) > 0 })
	if r := slackAPI.Replies("CDIG", "1700000001.000001"); len(r) != 1 || !strings.Contains(r[0], "UTC") {
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
			r := slackAPI.Replies("C1", ts)
			return len(r) > 0 && !strings.Contains(r[0], "Reading the article")
		})
	}
	dropped := deliver(3)
	// The dropped mention's jobs run on either replica; give them time to
	// post what they would, then check that nothing came.
	time.Sleep(2 * time.Second)
	for i, want := range []string{"China rejects US report", "China rejects US report", "You've asked for 2 briefings in the last hour"} {
		ts := fmt.Sprintf("1700000300.%06d", i)
		if r := slackAPI.Replies("C1", ts); len(r) != 1 || !strings.Contains(r[0], want) {
			t.Errorf("mention %d: replies %q, want one holding %q", i+1, r, want)
		}
	}
	if r := slackAPI.Replies("C1", dropped); len(r) != 0 {
		t.Errorf("mention 4: replies %q, want none (one notice an hour)", r)
	}
}
