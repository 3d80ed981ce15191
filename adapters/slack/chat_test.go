package slack

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
)

func newChatAdapter(t *testing.T) (*Adapter, *slacktest.Server) {
	t.Helper()
	fs := slacktest.New(t)
	a, err := New(Config{BotToken: slacktest.BotToken, AppToken: slacktest.AppToken, APIURL: fs.URL, Logger: testLogger(t)}, &recQueue{})
	if err != nil {
		t.Fatal(err)
	}
	a.minRetryWait = time.Millisecond
	return a, fs
}

func TestErrorReplyAndFailedProgress(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvErr", mention("C1", "U1", ts, "", "<@UBOT> hello there")))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "warning")
	if r := h.fs.Reactions("C1", ts); strings.Join(r, ",") != "warning" {
		t.Errorf("reactions = %v, want eyes replaced by warning", r)
	}
	// The engine reacts, then replaces its status with the error.
	waitFor(t, "error reply", func() bool { m := h.fs.Thread("C1", ts); return len(m) == 1 && m[0].Updates > 0 })
	msgs := h.fs.Thread("C1", ts)
	if len(msgs) != 1 || !strings.HasPrefix(blocksText(t, msgs[0]), ":warning: That is too short") {
		t.Errorf("error reply: %+v", msgs)
	}
}

// TestFindPost checks that a post made with a key carries it in its
// metadata and is found again by it, past the first page of a long
// thread, and that other keys, other posters and other threads are not
// confused with it.
func TestFindPost(t *testing.T) {
	a, fs := newChatAdapter(t)
	ctx := context.Background()
	to := bot.Target{Conversation: "C1", Thread: "1.0"}
	// A long thread: more than one page of replies before the post.
	for range 230 {
		fs.AddMessage("C1", "1.0", "chatter")
	}
	id, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…", Key: "k1"})
	if err != nil {
		t.Fatal(err)
	}
	if md := fs.CallsOf("chat.postMessage")[0].Form.Get("metadata"); !strings.Contains(md, `"event_type":"briefbot_reply"`) || !strings.Contains(md, `"key":"k1"`) {
		t.Errorf("metadata = %s, want the key", md)
	}
	if _, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: "no key"}); err != nil {
		t.Fatal(err)
	}
	if md := fs.CallsOf("chat.postMessage")[1].Form.Get("metadata"); md != "" {
		t.Errorf("a post without a key has metadata %s", md)
	}
	for _, tc := range []struct {
		name string
		to   bot.Target
		key  string
		want bot.MessageID
	}{
		{"the post", to, "k1", id},
		{"another key", to, "k2", ""},
		{"another thread", bot.Target{Conversation: "C1", Thread: "2.0"}, "k1", ""},
		{"top level, another key", bot.Target{Conversation: "C1"}, "k1", ""},
	} {
		got, err := a.FindPost(ctx, tc.to, tc.key)
		if err != nil || got != tc.want {
			t.Errorf("%s: FindPost = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	if n := len(fs.CallsOf("conversations.replies")); n < 3 {
		t.Errorf("conversations.replies called %d times, want the two pages of the long thread read", n)
	}
	// A top-level post (a digest) is found in the channel's history.
	top, err := a.Post(ctx, bot.Target{Conversation: "C1"}, &bot.Reply{Kind: bot.ReplyText, Text: "digest", Key: "k-top"})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.FindPost(ctx, bot.Target{Conversation: "C1"}, "k-top"); err != nil || got != top {
		t.Errorf("FindPost of a top-level post = %q, %v; want %q", got, err, top)
	}
	if got, _ := a.FindPost(ctx, bot.Target{Conversation: "C2"}, "k-top"); got != "" {
		t.Errorf("FindPost in another channel = %q, want none", got)
	}
	// Without the metadata (a post made before keys, or by another app),
	// nothing is found.
	fs.SetMetadata("C1", string(id), "")
	if got, _ := a.FindPost(ctx, to, "k1"); got != "" {
		t.Errorf("FindPost = %q after the metadata was gone, want none", got)
	}
}

func TestPostEditProgress(t *testing.T) {
	a, fs := newChatAdapter(t)
	ctx := context.Background()
	to := bot.Target{Conversation: "C1", Thread: "1.0"}
	id, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"})
	if err != nil || id == "" {
		t.Fatalf("Post = %q, %v", id, err)
	}
	post := fs.CallsOf("chat.postMessage")[0]
	if post.Form.Get("thread_ts") != "1.0" || post.Form.Get("unfurl_links") != "false" || post.Auth != "Bearer "+slacktest.BotToken && post.Form.Get("token") != slacktest.BotToken {
		t.Errorf("post form: %v", post.Form)
	}
	if err := a.Edit(ctx, to, id, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: sampleBriefing()}); err != nil {
		t.Fatal(err)
	}
	if m := fs.Thread("C1", "1.0"); len(m) != 1 || m[0].Updates != 1 || !strings.Contains(m[0].Blocks, `"header"`) {
		t.Errorf("after edit: %+v", m)
	}
	// Editing a message that is gone is an error, so the engine posts instead.
	if err := a.Edit(ctx, to, "9.9", &bot.Reply{Kind: bot.ReplyText, Text: "x"}); err == nil || !strings.Contains(err.Error(), "chat.update") {
		t.Errorf("edit of a missing message = %v", err)
	}
	m := &bot.Message{Conversation: "C1", ID: "1.5" + shortcutSuffix}
	for _, p := range []bot.Progress{bot.ProgressWorking, bot.ProgressWorking, bot.ProgressFailed, bot.ProgressDone} {
		if err := a.Progress(ctx, m, p); err != nil {
			t.Errorf("progress %d: %v", p, err)
		}
	}
	if r := fs.Reactions("C1", "1.5"); strings.Join(r, ",") != "warning,white_check_mark" {
		t.Errorf("reactions = %v", r)
	}
}

func TestBlocksRejectedFallsBackToText(t *testing.T) {
	a, fs := newChatAdapter(t)
	fs.RejectBlocks(true)
	ctx := context.Background()
	to := bot.Target{Conversation: "C1", Thread: "1.0"}
	if _, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: sampleBriefing()}); err != nil {
		t.Fatalf("Post: %v", err)
	}
	m := fs.Thread("C1", "1.0")
	if len(m) != 1 || !strings.Contains(m[0].Text, "Mandiant claimed") || m[0].Blocks != "[]" {
		t.Errorf("fallback: %+v", m)
	}
}

func TestWithRetry(t *testing.T) {
	a, _ := newChatAdapter(t)
	ctx := context.Background()
	calls := 0
	limited := func(d time.Duration) func(context.Context) error {
		return func(context.Context) error { calls++; return &slack.RateLimitedError{RetryAfter: d} }
	}
	err := a.withRetry(ctx, "chat.postMessage", limited(0))
	if calls != a.retries || err == nil || !strings.Contains(err.Error(), "chat.postMessage") {
		t.Errorf("%d calls, err %v; want %d attempts and an error naming the method", calls, err, a.retries)
	}
	calls = 0
	if err := a.withRetry(ctx, "chat.update", limited(time.Hour)); calls != 1 || err == nil {
		t.Errorf("a one-hour Retry-After was waited for (%d calls, %v)", calls, err)
	}
	calls = 0
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	a.minRetryWait = time.Second
	if err := a.withRetry(cctx, "reactions.add", limited(0)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait = %v", err)
	}
	calls = 0
	boom := errors.New("boom")
	if err := a.withRetry(ctx, "files.info", func(context.Context) error { calls++; return boom }); calls != 1 || !errors.Is(err, boom) {
		t.Errorf("other errors are not retried here: %d calls, %v", calls, err)
	}
}
