package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// signedRequest makes a request signed as Slack signs it, at time at.
func signedRequest(path, contentType, body string, at time.Time, secret string) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
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

func newHTTPAdapter(t *testing.T) (*Adapter, *recQueue, *fakeSlack) {
	t.Helper()
	fs := newFakeSlack(t)
	q := &recQueue{}
	a, err := New(Config{BotToken: testBotToken, SigningSecret: testSecret, APIURL: fs.URL, IgnoreBots: true, Logger: testLogger(t)}, q)
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
		"token": {"x"}, "team_id": {testTeam}, "channel_id": {"C1"}, "channel_name": {"news"}, "user_id": {"U1"},
		"command": {"/brief"}, "text": {"https://example.com/story"}, "trigger_id": {"trig-h1"},
	}
	w := serve(h, signedRequest("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), time.Now(), testSecret))
	if w.Code != 200 || w.Body.Len() != 0 {
		t.Fatalf("command: %d %q", w.Code, w.Body)
	}
	posts := fs.callsOf("chat.postMessage")
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
	if n := len(fs.callsOf("chat.postMessage")); n != 1 {
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
		"team": map[string]any{"id": testTeam}, "channel": map[string]any{"id": "C2"}, "user": map[string]any{"id": "U2"},
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
	a, err := New(Config{BotToken: testBotToken, AppToken: testAppToken}, &recQueue{})
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
	assertBriefing(t, threadText(t, h.fs.thread("C1", ts)))
}
