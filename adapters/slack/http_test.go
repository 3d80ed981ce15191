package slack

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// signedRequest makes a request signed as Slack signs it, at time at.
func signedRequest(path, contentType, body string, at time.Time, secret string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	slacktest.Sign(r.Header, secret, at, []byte(body))
	return r
}

func eventBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newHTTPAdapter(t *testing.T) (*Adapter, *recQueue, *slacktest.Server) {
	t.Helper()
	fs := slacktest.New(t)
	q := &recQueue{}
	a, err := New(Config{BotToken: slacktest.BotToken, SigningSecret: testSecret, APIURL: fs.URL, IgnoreBots: true, Logger: testLogger(t)}, q)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Wait)
	return a, q, fs
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHTTPEventsSignatures(t *testing.T) {
	a, q, _ := newHTTPAdapter(t)
	h := a.HTTPHandler()
	now := time.Now()

	// The challenge Slack sends when the request URL is set.
	w := serve(h, signedRequest("/slack/events", "application/json", `{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`, now, testSecret))
	if w.Code != 200 || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: %d %q", w.Code, w.Body)
	}

	body := eventBody(t, callback("EvH1", mention("C1", "U1", "1700000001.000100", "", "<@UBOT> <https://example.com/news|example.com/news>")))
	for _, tc := range []struct {
		name string
		r    *http.Request
		code int
	}{
		{"bad signature", signedRequest("/slack/events", "application/json", body, now, "wrong secret"), 401},
		{"stale timestamp", signedRequest("/slack/events", "application/json", body, now.Add(-6*time.Minute), testSecret), 401},
		{"future timestamp", signedRequest("/slack/events", "application/json", body, now.Add(6*time.Minute), testSecret), 401},
		{"body changed", func() *http.Request {
			r := signedRequest("/slack/events", "application/json", body, now, testSecret)
			r2 := httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(strings.Replace(body, "U1", "U2", 1)))
			r2.Header = r.Header
			return r2
		}(), 401},
		{"unsigned", httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(body)), 401},
		{"not POST", httptest.NewRequest(http.MethodGet, "/slack/events", nil), 405},
	} {
		if w := serve(h, tc.r); w.Code != tc.code {
			t.Errorf("%s: status %d, want %d", tc.name, w.Code, tc.code)
		}
	}
	if n := len(q.all()); n != 0 {
		t.Fatalf("%d requests submitted from refused deliveries", n)
	}

	// A valid event is submitted, then acknowledged.
	if w := serve(h, signedRequest("/slack/events", "application/json", body, now, testSecret)); w.Code != 200 {
		t.Fatalf("valid event: %d %s", w.Code, w.Body)
	}
	msgs := q.all()
	if len(msgs) != 1 {
		t.Fatalf("%d submissions, want 1", len(msgs))
	}
	m := msgs[0]
	if m.Platform != Platform || m.Conversation != "C1" || m.ID != "1700000001.000100" || m.Thread != "" || m.User != "U1" ||
		!m.Mentioned || m.Direct || m.Text != "https://example.com/news" {
		t.Errorf("submitted %+v", m)
	}
	// Slack's retries of the same event, and a new event id for the same
	// message, are acknowledged and not submitted again.
	for i := 1; i <= 3; i++ {
		r := signedRequest("/slack/events", "application/json", body, now, testSecret)
		r.Header.Set("X-Slack-Retry-Num", strconv.Itoa(i))
		r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
		if w := serve(h, r); w.Code != 200 {
			t.Errorf("retry %d: %d", i, w.Code)
		}
	}
	body2 := eventBody(t, callback("EvH2", message("C1", "channel", "U1", "1700000001.000100", "", "<@UBOT> <https://example.com/news|example.com/news>")))
	if w := serve(h, signedRequest("/slack/events", "application/json", body2, now, testSecret)); w.Code != 200 {
		t.Errorf("message.channels twin: %d", w.Code)
	}
	if n := len(q.all()); n != 1 {
		t.Errorf("%d submissions after retries, want 1", n)
	}
}

func TestHTTPSubmitFailureIsRetried(t *testing.T) {
	a, q, _ := newHTTPAdapter(t)
	h := a.HTTPHandler()
	body := eventBody(t, callback("EvF1", message("D1", "im", "U1", "1700000002.000100", "", "help")))
	q.fail = errors.New("store down")
	if w := serve(h, signedRequest("/slack/events", "application/json", body, time.Now(), testSecret)); w.Code != 500 {
		t.Fatalf("failed submit answered %d, want 500 so that Slack retries", w.Code)
	}
	q.mu.Lock()
	q.fail = nil
	q.mu.Unlock()
	r := signedRequest("/slack/events", "application/json", body, time.Now(), testSecret)
	r.Header.Set("X-Slack-Retry-Num", "1")
	if w := serve(h, r); w.Code != 200 {
		t.Fatalf("retry answered %d", w.Code)
	}
	if msgs := q.all(); len(msgs) != 1 || !msgs[0].Direct {
		t.Errorf("after the retry: %+v", msgs)
	}
}

func TestHTTPSlashCommandAndShortcut(t *testing.T) {
	a, q, fs := newHTTPAdapter(t)
	h := a.HTTPHandler()
	form := url.Values{
		"token": {"x"}, "team_id": {slacktest.Team}, "channel_id": {"C1"}, "channel_name": {"news"}, "user_id": {"U1"},
		"command": {"/brief"}, "text": {"https://example.com/story"}, "trigger_id": {"trig-h1"},
	}
	w := serve(h, signedRequest("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), time.Now(), testSecret))
	if w.Code != 200 || w.Body.Len() != 0 {
		t.Fatalf("command: %d %q", w.Code, w.Body)
	}
	posts := fs.CallsOf("chat.postMessage")
	if len(posts) != 1 || posts[0].Form.Get("text") != ":newspaper: Briefing requested by <@U1>: https://example.com/story" {
		t.Fatalf("anchor posts: %+v", posts)
	}
	msgs := q.all()
	if len(msgs) != 1 || msgs[0].Text != "brief https://example.com/story" || msgs[0].Thread != "" || msgs[0].ID == "" || !msgs[0].Mentioned {
		t.Fatalf("submitted %+v", msgs)
	}
	if target := msgs[0].ReplyTarget(); target.Thread != msgs[0].ID {
		t.Errorf("reply target %+v is not the anchor's thread", target)
	}
	// The same command delivered twice posts one anchor.
	serve(h, signedRequest("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), time.Now(), testSecret))
	if n := len(fs.CallsOf("chat.postMessage")); n != 1 {
		t.Errorf("%d anchors for one command", n)
	}
	// Help is answered to the user alone.
	form.Set("text", "help")
	form.Set("trigger_id", "trig-h2")
	w = serve(h, signedRequest("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), time.Now(), testSecret))
	var resp ephemeral
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || resp.ResponseType != "ephemeral" || !strings.Contains(resp.Text, "/brief") {
		t.Errorf("help: %q (%v)", w.Body, err)
	}

	payload := eventBody(t, map[string]any{
		"type": "message_action", "callback_id": "brief_message", "trigger_id": "trig-h3",
		"team": map[string]any{"id": slacktest.Team}, "channel": map[string]any{"id": "C2"}, "user": map[string]any{"id": "U2"},
		"message_ts": "1700000003.000200",
		"message":    map[string]any{"type": "message", "user": "U3", "ts": "1700000003.000200", "thread_ts": "1700000003.000100", "text": "Read <https://example.com/x|this>"},
	})
	body := url.Values{"payload": {payload}}.Encode()
	if w := serve(h, signedRequest("/slack/interactive", "application/x-www-form-urlencoded", body, time.Now(), testSecret)); w.Code != 200 {
		t.Fatalf("shortcut: %d", w.Code)
	}
	msgs = q.all()
	m := msgs[len(msgs)-1]
	if m.ID != "1700000003.000200"+shortcutSuffix || m.Thread != "1700000003.000100" || m.Conversation != "C2" || m.User != "U2" ||
		m.Text != "brief Read this (https://example.com/x)" {
		t.Errorf("shortcut submitted %+v", m)
	}
	// Other interactions are acknowledged and ignored.
	body = url.Values{"payload": {`{"type":"block_actions","actions":[]}`}}.Encode()
	if w := serve(h, signedRequest("/slack/interactive", "application/x-www-form-urlencoded", body, time.Now(), testSecret)); w.Code != 200 {
		t.Errorf("block action: %d", w.Code)
	}
	if n := len(q.all()); n != 2 {
		t.Errorf("%d submissions, want 2", n)
	}
}

func TestHTTPWithoutSecret(t *testing.T) {
	a, err := New(Config{BotToken: slacktest.BotToken, AppToken: slacktest.AppToken}, &recQueue{})
	if err != nil {
		t.Fatal(err)
	}
	w := serve(a.HTTPHandler(), signedRequest("/slack/events", "application/json", `{"type":"url_verification","challenge":"x"}`, time.Now(), ""))
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("without a signing secret: %d", w.Code)
	}
}

// TestHTTPEndToEnd runs the HTTP Events API with the real engine and queue.
func TestHTTPEndToEnd(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *scriptBackend) { c.AppToken, c.SigningSecret = "", testSecret })
	srv := httptest.NewServer(h.a.HTTPHandler())
	defer srv.Close()
	ts := newTS()
	body := eventBody(t, callback("EvE2E", mention("C1", "U1", ts, "", "<@UBOT> "+slackText(seedArticle))))
	r := signedRequest("/slack/events", "application/json", body, time.Now(), testSecret)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/slack/events", r.Body)
	req.Header = r.Header
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	h.waitDone("C1", ts, "white_check_mark")
	assertBriefing(t, threadText(t, h.fs.Thread("C1", ts)))
}

// bodyProbe is a request body that records whether it was read.
type bodyProbe struct {
	r    io.Reader
	read atomic.Bool
}

func (b *bodyProbe) Read(p []byte) (int, error) {
	b.read.Store(true)
	return b.r.Read(p)
}

// TestHTTPRefusedBeforeTheBody checks that what the headers show cannot
// be Slack's is refused without reading a byte of the body, and that its
// connection is closed.
func TestHTTPRefusedBeforeTheBody(t *testing.T) {
	a, q, _ := newHTTPAdapter(t)
	h := a.HTTPHandler()
	body := `{"type":"url_verification","challenge":"x"}`
	now := time.Now()
	header := func(at time.Time, mod func(http.Header)) http.Header {
		hd := signedRequest("/slack/events", "application/json", body, at, testSecret).Header
		if mod != nil {
			mod(hd)
		}
		return hd
	}
	for _, tc := range []struct {
		name   string
		header http.Header
		length int64
		code   int
	}{
		{"unsigned", http.Header{"Content-Type": {"application/json"}}, int64(len(body)), 401},
		{"no timestamp", header(now, func(h http.Header) { h.Del("X-Slack-Request-Timestamp") }), int64(len(body)), 401},
		{"timestamp not a number", header(now, func(h http.Header) { h.Set("X-Slack-Request-Timestamp", "soon") }), int64(len(body)), 401},
		{"signature not hex", header(now, func(h http.Header) { h.Set("X-Slack-Signature", "v0=nothex") }), int64(len(body)), 401},
		{"signature of another version", header(now, func(h http.Header) { h.Set("X-Slack-Signature", "v1=00") }), int64(len(body)), 401},
		{"stale timestamp", header(now.Add(-6*time.Minute), nil), int64(len(body)), 401},
		{"future timestamp", header(now.Add(6*time.Minute), nil), int64(len(body)), 401},
		{"declared too large", header(now, nil), defaultHTTPLimits.maxBody + 1, 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			probe := &bodyProbe{r: strings.NewReader(body)}
			r := httptest.NewRequest(http.MethodPost, "/slack/events", probe)
			r.Header, r.ContentLength = tc.header, tc.length
			w := serve(h, r)
			if w.Code != tc.code {
				t.Errorf("status %d, want %d", w.Code, tc.code)
			}
			if probe.read.Load() {
				t.Error("the body was read")
			}
			if got := w.Header().Get("Connection"); got != "close" {
				t.Errorf("Connection: %q, want close", got)
			}
		})
	}
	if n := len(q.all()); n != 0 {
		t.Errorf("%d requests submitted", n)
	}
}

// TestHTTPBodySize checks the size limit, announced or not.
func TestHTTPBodySize(t *testing.T) {
	a, _, _ := newHTTPAdapter(t)
	lim := httpLimits{maxBody: 4 << 10, bodyTimeout: 5 * time.Second, maxBuffered: 64 << 10}
	h := a.httpHandler(lim)
	challenge := `{"type":"url_verification","challenge":"x"}`
	pad := func(n int) string { return challenge + strings.Repeat(" ", n-len(challenge)) }
	for _, tc := range []struct {
		name    string
		body    string
		chunked bool // no Content-Length
		code    int
	}{
		{"at the limit", pad(4 << 10), false, 200},
		{"at the limit, chunked", pad(4 << 10), true, 200},
		{"one byte over, chunked", pad(4<<10 + 1), true, 413},
		{"far over, chunked", pad(64 << 10), true, 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := signedRequest("/slack/events", "application/json", tc.body, time.Now(), testSecret)
			if tc.chunked {
				r.ContentLength = -1
			}
			if w := serve(h, r); w.Code != tc.code {
				t.Errorf("status %d, want %d", w.Code, tc.code)
			}
		})
	}
}

// TestGateBudget checks the budget of bytes shared by the bodies being
// read: a body takes it as its buffer grows and gives it back.
func TestGateBudget(t *testing.T) {
	g := &gate{lim: httpLimits{maxBody: 4 << 10, maxBuffered: 6 << 10}, free: 6 << 10}
	var held []int64
	for _, tc := range []struct {
		name string
		size int
		want error
		took int64
	}{
		{"first body", 3000, nil, 4 << 10},                            // 1 KiB, grown to 2, then 4
		{"second body, too big for the rest", 3000, errBusy, 2 << 10}, // the 4 KiB step is refused
		{"small body", 500, nil, 1 << 10},
	} {
		body, took, err := g.read(strings.NewReader(strings.Repeat("a", tc.size)))
		if !errors.Is(err, tc.want) || took != tc.took {
			t.Errorf("%s: took %d (%v), want %d (%v)", tc.name, took, err, tc.took, tc.want)
		}
		if err == nil && len(body) != tc.size {
			t.Errorf("%s: read %d bytes, want %d", tc.name, len(body), tc.size)
		}
		held = append(held, took)
		if tc.want != nil {
			g.give(took)
			held = held[:len(held)-1]
		}
	}
	for _, n := range held {
		g.give(n)
	}
	if g.free != 6<<10 {
		t.Errorf("%d bytes free after every body gave its share back, want %d", g.free, 6<<10)
	}
	g = &gate{lim: httpLimits{maxBody: 4 << 10, maxBuffered: 64 << 10}, free: 64 << 10}
	if _, took, err := g.read(strings.NewReader(strings.Repeat("a", 5000))); !errors.Is(err, errBodyTooLarge) || took != 4<<10+1 {
		t.Errorf("over the size limit: took %d (%v), want %d (%v)", took, err, 4<<10+1, errBodyTooLarge)
	}
}

// TestHTTPBudgetFull holds the budget with bodies that do not end, over
// a real connection: a signed request then gets a 503 (Slack sends it
// again), and is answered once the budget is given back.
func TestHTTPBudgetFull(t *testing.T) {
	a, _, _ := newHTTPAdapter(t)
	lim := httpLimits{maxBody: 4 << 10, bodyTimeout: time.Minute, maxBuffered: 8 << 10}
	srv := httptest.NewServer(a.httpHandler(lim))
	defer srv.Close()
	forged := slackHeader(time.Now(), "wrong secret")
	var held []*conn
	for range 2 {
		c, err := dialAttack(t, srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := c.Write(append(rawHead("/slack/events", 4<<10, forged), strings.Repeat("x", 4000)...)); err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	challenge := func() int {
		r := signedRequest("/slack/events", "application/json", `{"type":"url_verification","challenge":"x"}`, time.Now(), testSecret)
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/slack/events", r.Body)
		if err != nil {
			t.Fatal(err)
		}
		req.Header = r.Header
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		return resp.StatusCode
	}
	// The two bodies hold 4 KiB each once their 4,000 bytes are read.
	waitFor(t, "the budget to be full", func() bool { return challenge() == http.StatusServiceUnavailable })
	_ = held[0].Close()
	waitFor(t, "the budget to be given back", func() bool { return challenge() == http.StatusOK })
}

// TestHTTPRefusalsLogged checks that refusals reach the log at warn level
// at most once a minute, each at debug level.
func TestHTTPRefusalsLogged(t *testing.T) {
	rec := &logRecorder{}
	a, err := New(Config{BotToken: slacktest.BotToken, SigningSecret: testSecret, Logger: slog.New(rec)}, &recQueue{})
	if err != nil {
		t.Fatal(err)
	}
	h := a.HTTPHandler()
	for range 50 {
		serve(h, httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader("{}")))
	}
	if warn, debug := rec.count(slog.LevelWarn), rec.count(slog.LevelDebug); warn != 1 || debug != 50 {
		t.Errorf("50 refusals logged %d times at warn level and %d at debug, want 1 and 50", warn, debug)
	}
}

// logRecorder is a slog.Handler that counts records by level.
type logRecorder struct {
	mu sync.Mutex
	n  map[slog.Level]int
}

func (l *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l *logRecorder) WithGroup(string) slog.Handler            { return l }
func (l *logRecorder) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == nil {
		l.n = map[slog.Level]int{}
	}
	l.n[r.Level]++
	return nil
}

func (l *logRecorder) count(level slog.Level) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n[level]
}
