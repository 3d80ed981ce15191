package matrix

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

var testBot = identity{UserID: "@briefbot:localhost", DisplayName: "briefbot"}

// loadEvent reads a recorded event and parses its content as the syncer
// does.
func loadEvent(t *testing.T, path string) *event.Event {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var evt event.Event
	if err := json.Unmarshal(data, &evt); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if err := evt.Content.ParseRaw(evt.Type); err != nil {
		t.Fatalf("%s: parse content: %v", path, err)
	}
	return &evt
}

// TestFromMatrixRecorded converts every recorded event in testdata/events
// and compares the result with its golden file.
func TestFromMatrixRecorded(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "events", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no recorded events: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			evt := loadEvent(t, f)
			in, ok := fromMatrix(evt, testBot)
			out := struct {
				OK      bool     `json:"ok"`
				Inbound *inbound `json:"inbound,omitempty"`
			}{OK: ok}
			if ok {
				out.Inbound = &in
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(out); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("events", name+".golden"), buf.Bytes())
		})
	}
}

// TestFromMatrixRules checks the decisions that matter, on the recorded
// events, independently of the golden files.
func TestFromMatrixRules(t *testing.T) {
	type want struct {
		mentioned, command, edit bool
		thread, replyTo, file    bool
		text                     string
		unsupported              string
	}
	cases := map[string]want{
		"mention_pill":                {mentioned: true, text: "Please brief https://example.com/news/1"},
		"mention_pill_urlencoded":     {mentioned: true, text: "hi"},
		"mention_only_m_mentions":     {mentioned: true, text: "what do you make of this?"},
		"mention_legacy_display_name": {mentioned: true, text: "brief this: The minister said the plan would work."},
		"mention_legacy_user_id":      {mentioned: true, text: "help"},
		"name_with_empty_m_mentions":  {text: "briefbot is a bot"},
		"no_mention":                  {text: "Just people talking about @room things."},
		"command_brief":               {mentioned: true, command: true, text: "!brief https://example.com/news/2"},
		"command_help":                {mentioned: true, command: true, text: "!help"},
		"thread_followup":             {thread: true, text: "Who denied it?"},
		"thread_mention":              {thread: true, mentioned: true, text: "Brief this please: the text."},
		"reply_fallback":              {replyTo: true, mentioned: true, text: "what about this?"},
		"edit_adds_mention":           {edit: true, mentioned: true, text: "brief it"},
		"notice_from_bot":             {mentioned: true, text: "I am another bot"},
		"file_text":                   {file: true},
		"file_html_caption":           {file: true, mentioned: true, text: "brief this page"},
		"image":                       {mentioned: true, text: "cat.png", unsupported: "m.image"},
		"html_link_and_list":          {mentioned: true, text: "read this (https://example.com/a?b=1&c=2)\n- one & two\n- three\n  code"},
	}
	for name, w := range cases {
		t.Run(name, func(t *testing.T) {
			evt := loadEvent(t, filepath.Join("testdata", "events", name+".json"))
			in, ok := fromMatrix(evt, testBot)
			if !ok {
				t.Fatal("not converted")
			}
			if in.Mentioned != w.mentioned || in.Command != w.command || in.Edit != w.edit ||
				(in.Thread != "") != w.thread || (in.ReplyTo != "") != w.replyTo || (in.File != nil) != w.file ||
				in.Unsupported != w.unsupported {
				t.Errorf("got %+v, want %+v", in, w)
			}
			if in.Text != w.text {
				t.Errorf("text = %q, want %q", in.Text, w.text)
			}
			if w.edit && in.ID == evt.ID {
				t.Error("an edit's request id must be the edited message's id")
			}
		})
	}
}

func TestStripReplyFallback(t *testing.T) {
	for in, want := range map[string]string{
		"> <@a:b> hello\n> more\n\nreply":  "reply",
		"> <@a:b> hello\n\n> quoted\nmine": "> quoted\nmine",
		"> a quote of my own\ntext":        "> a quote of my own\ntext",
		"plain":                            "plain",
	} {
		if got := stripReplyFallback(in); got != want {
			t.Errorf("stripReplyFallback(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatrixToUser(t *testing.T) {
	for href, want := range map[string]string{
		"https://matrix.to/#/@bot:example.org":           "@bot:example.org",
		"https://matrix.to/#/%40bot%3Aexample.org":       "@bot:example.org",
		"https://matrix.to/#/@bot:example.org?via=x.org": "@bot:example.org",
		"matrix:u/bot:example.org":                       "@bot:example.org",
		"https://matrix.to/#/!room:example.org":          "",
		"https://example.org/#/@bot:example.org":         "",
		"javascript:alert(1)":                            "",
	} {
		if got := string(matrixToUser(href)); got != want {
			t.Errorf("matrixToUser(%q) = %q, want %q", href, got, want)
		}
	}
}

func TestInviterAllowed(t *testing.T) {
	cli, _ := mautrix.NewClient("http://127.0.0.1:1", "@briefbot:example.org", "")
	a := &Adapter{cli: cli}
	for u, want := range map[string]bool{"@alice:example.org": true, "@eve:evil.example": false} {
		if got := a.inviterAllowed(idUser(u)); got != want {
			t.Errorf("default: inviterAllowed(%s) = %v, want %v", u, got, want)
		}
	}
	a.cfg.AllowedInviters = []string{"@eve:evil.example", ":partner.example"}
	for u, want := range map[string]bool{"@alice:example.org": false, "@eve:evil.example": true, "@bob:partner.example": true, "@bob:notpartner.example": false} {
		if got := a.inviterAllowed(idUser(u)); got != want {
			t.Errorf("list: inviterAllowed(%s) = %v, want %v", u, got, want)
		}
	}
}

// sampleBriefing has article text that tries to inject HTML and pings.
func sampleBriefing() *bot.Briefing {
	return &bot.Briefing{
		Title:   "China rejects <b>US</b> report & blames @room",
		Source:  bot.Source{URL: "https://example.com/a?b=1&c=2", Site: "Press TV", Published: "2013-02-20"},
		Summary: "China denies hacking; Mandiant says a PLA unit did it. Ping @alice:example.org!",
		Parties: []bot.Party{
			{Name: "China (Foreign Ministry)", Aliases: []string{"Hong Lei", "Beijing"}, Claims: []bot.Claim{
				{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei", Stance: bot.StanceAssert,
					Evidence: `"China is one of the main victims of cyberattacks," said Hong Lei <script>alert(1)</script>`},
			}},
			{Name: "Mandiant", Claims: []bot.Claim{
				{Claim: "Accuses Unit 61398 of hacking.", Stance: bot.StanceAccuse, Evidence: "Mandiant claimed <a href=\"https://evil\">unit</a> 61398 @room"},
			}},
		},
		Facts:   []bot.Fact{{Text: "Mandiant released a 60-page report.", Evidence: "In its 60-page report"}},
		Notes:   []string{"The outlet uses the word 'regime'."},
		Backend: "offline",
	}
}

// TestRenderGolden renders each reply kind and compares the content JSON
// with testdata/replies.golden.
func TestRenderGolden(t *testing.T) {
	replies := []struct {
		name string
		r    *bot.Reply
	}{
		{"briefing", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: sampleBriefing()}},
		{"answer", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "Hong Lei said <that> @room", Quotes: []bot.Quote{{Sentence: 8, Text: "China is one of the main victims", Speaker: "Hong Lei"}}}}},
		{"answer_streaming", &bot.Reply{Kind: bot.ReplyAnswer, Text: "Partial text …"}},
		{"status", &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"}},
		{"error", &bot.Reply{Kind: bot.ReplyError, Text: "That text is too short to brief."}},
		{"help", &bot.Reply{Kind: bot.ReplyText, Text: bot.HelpText}},
	}
	var buf bytes.Buffer
	for _, x := range replies {
		c := renderReply("", x.r)
		buf.WriteString("=== " + x.name + "\n")
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "replies.golden", buf.Bytes())
}

// TestRenderSafety checks that article text cannot add markup or pings.
func TestRenderSafety(t *testing.T) {
	c := renderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: sampleBriefing()})
	for _, bad := range []string{"<script", "<b>US", `href="https://evil"`, "@room", "@alice:example.org"} {
		if strings.Contains(c.FormattedBody, bad) {
			t.Errorf("formatted body contains %q", bad)
		}
	}
	for _, bad := range []string{"@room", "@alice:example.org"} {
		if strings.Contains(c.Body, bad) {
			t.Errorf("body contains %q", bad)
		}
	}
	if c.Mentions == nil || len(c.Mentions.UserIDs) != 0 || c.Mentions.Room {
		t.Errorf("m.mentions = %+v, want {}", c.Mentions)
	}
	data, _ := json.Marshal(c)
	if !strings.Contains(string(data), `"m.mentions":{}`) {
		t.Errorf("content JSON lacks an empty m.mentions: %s", data)
	}
}

// TestRenderFits checks that a huge briefing is cut to fit one event.
func TestRenderFits(t *testing.T) {
	b := sampleBriefing()
	long := strings.Repeat("word ", 200)
	for i := range 300 {
		b.Parties[i%2].Claims = append(b.Parties[i%2].Claims, bot.Claim{Claim: "Says " + long, Stance: bot.StanceAssert, Evidence: long})
	}
	c := renderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	if n := contentSize(c); n > maxContentBytes {
		t.Fatalf("content is %d bytes, over %d", n, maxContentBytes)
	}
	if !strings.Contains(c.Body, "Shortened to fit") {
		t.Error("a shortened briefing does not say so")
	}
	huge := renderReply("", &bot.Reply{Kind: bot.ReplyText, Text: strings.Repeat("x", 200_000)})
	if n := contentSize(huge); n > maxContentBytes {
		t.Fatalf("text content is %d bytes, over %d", n, maxContentBytes)
	}
}

// FuzzHTMLToText checks that any HTML converts without panic to valid
// UTF-8 without markup from the bot's pill.
func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{
		`<a href="https://matrix.to/#/@briefbot:localhost">briefbot</a>: hi`,
		`<mx-reply><blockquote>x</blockquote></mx-reply>reply`,
		`<ul><li>a<li>b</ul><pre>x</pre><table><tr><td>1<td>2</table>`,
		"<p>\xff\xfe broken</p>", strings.Repeat("<div>", 1000), `<a href="javascript:x">y</a>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, _ := htmlToText(s, testBot.UserID)
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
	})
}

// TestRetryRateLimit checks that M_LIMIT_EXCEEDED is retried after
// retry_after_ms, and a 4xx is not retried.
func TestRetryRateLimit(t *testing.T) {
	var calls int
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		times = append(times, time.Now())
		switch {
		case strings.Contains(r.URL.Path, "/forbidden"):
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte(`{"errcode":"M_FORBIDDEN","error":"no"}`))
		case calls <= 2:
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"errcode":"M_LIMIT_EXCEEDED","error":"slow down","retry_after_ms":150}`))
		default:
			_, _ = w.Write([]byte(`{"event_id":"$ok"}`))
		}
	}))
	defer srv.Close()
	cli, err := mautrix.NewClient(srv.URL, "@briefbot:localhost", "token")
	if err != nil {
		t.Fatal(err)
	}
	cli.DefaultHTTPRetries = 0
	a := &Adapter{cli: cli, policy: sendPolicy, log: testLogger(t, 0)}
	evID, err := a.send(t.Context(), "send", "!room:localhost", event.EventMessage, &event.MessageEventContent{MsgType: event.MsgText, Body: "x"})
	if err != nil || evID != "$ok" {
		t.Fatalf("send = %q, %v; want $ok", evID, err)
	}
	if calls != 3 {
		t.Fatalf("calls = %d, want 3", calls)
	}
	if d := times[1].Sub(times[0]); d < 150*time.Millisecond {
		t.Errorf("retried after %s, before retry_after_ms (150 ms)", d)
	}
	calls = 0
	err = a.policy.do(t.Context(), "forbidden", func(ctx context.Context) error {
		_, err := cli.MakeRequest(ctx, http.MethodGet, srv.URL+"/forbidden", nil, nil)
		return err
	}, nil)
	if err == nil || calls != 1 {
		t.Errorf("a 403 was retried (%d calls) or did not fail (%v)", calls, err)
	}
}

// TestRetryNetworkError checks that a connection error is retried with
// backoff and gives up after the attempts.
func TestRetryNetworkError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there now
	cli, _ := mautrix.NewClient(url, "@briefbot:localhost", "token")
	cli.DefaultHTTPRetries = 0
	p := retryPolicy{Attempts: 3, Base: 10 * time.Millisecond, Max: 20 * time.Millisecond}
	n := 0
	err := p.do(t.Context(), "whoami", func(ctx context.Context) error {
		n++
		_, err := cli.Whoami(ctx)
		return err
	}, nil)
	if err == nil || n != 3 {
		t.Fatalf("attempts = %d, err = %v; want 3 attempts and an error", n, err)
	}
	if !strings.HasPrefix(err.Error(), "whoami: ") {
		t.Errorf("error %q does not name the operation", err)
	}
}

// TestPermanent checks which errors a takeover of the Matrix lead stops on
// (wrong credentials, bad settings) and which it waits out.
func TestPermanent(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"forbidden", fmt.Errorf("log in: %w", mautrix.HTTPError{Response: &http.Response{StatusCode: 403}, RespError: &mautrix.RespError{ErrCode: "M_FORBIDDEN"}}), true},
		{"unknown token", mautrix.HTTPError{Response: &http.Response{StatusCode: 401}, RespError: &mautrix.RespError{ErrCode: "M_UNKNOWN_TOKEN"}}, true},
		{"bad settings", errors.New("no homeserver URL (MATRIX_HOMESERVER)"), true},
		{"rate limited", mautrix.HTTPError{Response: &http.Response{StatusCode: 429}, RespError: &mautrix.RespError{ErrCode: "M_LIMIT_EXCEEDED"}}, false},
		{"server error", fmt.Errorf("log in: %w", mautrix.HTTPError{Response: &http.Response{StatusCode: 502}}), false},
		{"network", fmt.Errorf("log in: %w", mautrix.HTTPError{WrappedError: errors.New("connection refused")}), false},
		{"nil", nil, false},
	} {
		if got := Permanent(tc.err); got != tc.want {
			t.Errorf("%s: Permanent = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestRetryStalledServer checks that a server that accepts a request and
// never answers does not stall a call: each attempt is cut at Try and
// retried, and the call then succeeds on an answer.
func TestRetryStalledServer(t *testing.T) {
	var calls atomic.Int64
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) <= 2 {
			select { // stall until the client gives up
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		_, _ = w.Write([]byte(`{"user_id":"@briefbot:localhost","device_id":"D"}`))
	}))
	defer srv.Close()
	defer close(release)
	cli, _ := mautrix.NewClient(srv.URL, "@briefbot:localhost", "token")
	cli.DefaultHTTPRetries = 0
	cli.Client.Timeout = 0
	p := retryPolicy{Attempts: 3, Base: 10 * time.Millisecond, Max: 20 * time.Millisecond, Try: 100 * time.Millisecond}
	var retries []error
	err := p.do(t.Context(), "whoami", func(ctx context.Context) error {
		_, err := cli.Whoami(ctx)
		return err
	}, func(err error, _ int, _ time.Duration) { retries = append(retries, err) })
	if err != nil {
		t.Fatalf("whoami after two stalled attempts: %v", err)
	}
	if n := calls.Load(); n != 3 || len(retries) != 2 {
		t.Fatalf("calls = %d, retries = %d; want 3 and 2", n, len(retries))
	}
	if !strings.Contains(retries[0].Error(), "no answer in 100ms") {
		t.Errorf("retry error %q does not say the server did not answer", retries[0])
	}

	// Out of attempts: the call fails with the stall named.
	calls.Store(-10)
	p.Attempts = 2
	err = p.do(t.Context(), "whoami", func(ctx context.Context) error {
		_, err := cli.Whoami(ctx)
		return err
	}, nil)
	if err == nil || !strings.Contains(err.Error(), "whoami: no answer in 100ms") {
		t.Errorf("err = %v, want the stalled call named", err)
	}
}

func idUser(s string) id.UserID { return id.UserID(s) }

func TestRenderDigest(t *testing.T) {
	d := &bot.Digest{Title: "Daily digest", Errors: []string{"feed failed for @room"}, Items: []bot.DigestItem{
		{N: 1, Title: "<script>alert(1)</script> @room", Site: "Example", Published: "2026-11-28", URL: "https://example.org/a?x=1&y=2",
			Summary: "Ping @alice:example.org now.", Parties: []string{"Germany", "Russia"}},
		{N: 2, Title: "Second", URL: "javascript:alert(1)"},
	}}
	c := renderReply("", &bot.Reply{Kind: bot.ReplyDigest, Digest: d})
	for _, bad := range []string{"<script", "@room", "@alice:example.org", "javascript:"} {
		if strings.Contains(c.FormattedBody, bad) {
			t.Errorf("formatted digest contains %q:\n%s", bad, c.FormattedBody)
		}
	}
	for _, bad := range []string{"@room", "@alice:example.org"} {
		if strings.Contains(c.Body, bad) {
			t.Errorf("plain digest contains the ping %q:\n%s", bad, c.Body)
		}
	}
	for _, want := range []string{`<li value="1">`, `href="https://example.org/a?x=1&amp;y=2"`, "Parties: Germany, Russia", "more N"} {
		if !strings.Contains(c.FormattedBody, want) {
			t.Errorf("formatted digest lacks %q:\n%s", want, c.FormattedBody)
		}
	}
	if !strings.Contains(c.Body, "Daily digest") || c.Mentions == nil || len(c.Mentions.UserIDs) != 0 {
		t.Errorf("body %q mentions %+v", c.Body, c.Mentions)
	}
}
