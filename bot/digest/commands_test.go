package digest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

func TestCommands(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	rss := e.feeds.url("/feeds/rss.xml")

	steps := []struct {
		user, text string
		want       string // the reply's start
	}{
		// Admin-only commands are refused politely to others; reading
		// commands are open.
		{"U0USER", "digest daily 08:00 UTC", "Sorry: only the bot's admins can change"},
		{"U0USER", "feed add " + rss, "Sorry: only the bot's admins"},
		{"U0USER", "digest now", "Sorry: only the bot's admins"},
		{"U0USER", "digest status", "No digest is scheduled here: say \"digest daily 08:00 Europe/Berlin\""},
		{"U0USER", "feed list", `No feeds: "feed add <link>" adds one`},
		{"U0USER", "more 1", "There is no item 1 in the last digest here."},
		// Feeds are checked by fetching them once.
		{"U0ADMIN", "feed add " + rss, "Added feed 1: Harbour Gazette (4 items). The next digest shows its newest 3, then each new item. No digest is scheduled here yet"},
		{"U0ADMIN", "feed add " + strings.Replace(rss, "http://", "HTTP://", 1) + "?utm_source=chat", "That feed is already in the list (feed 1)."},
		{"U0ADMIN", "feed add " + e.feeds.url("/feeds/page.html"), "feed add: That link is not a feed (RSS, Atom or JSON Feed)."},
		{"U0ADMIN", "feed add " + e.feeds.url("/feeds/broken"), "feed add: The feed answered 500 Internal Server Error."},
		{"U0ADMIN", "feed add " + e.feeds.url("/feeds/nothing-here"), "feed add: The feed answered 404 Not Found."},
		{"U0ADMIN", "feed add " + e.feeds.url("/feeds/atom.xml"), "Added feed 2: Coastal Wire (3 items). The next digest shows its items, then each new one."},
		{"U0USER", "feed list", "Feeds (2):\n1. Harbour Gazette · " + rss + " · ok, checked Sat 28 Nov 2026 09:00 UTC\n2. Coastal Wire"},
		{"U0ADMIN", "feed remove 3", `feed remove: there is no feed 3 here (1 to 2); say "feed list".`},
		{"U0ADMIN", "feed remove 2", "Removed feed 2: Coastal Wire."},
		{"U0ADMIN", "digest off", "No digest is scheduled here."},
		{"U0ADMIN", "digest weekdays 07:30 America/New_York", "Digest scheduled every weekday (Monday to Friday) at 07:30 (America/New_York). Next: Mon 30 Nov 2026 07:30 EST."},
		{"U0USER", "digest status", "Digest: every weekday (Monday to Friday) at 07:30 (America/New_York).\nNext: Mon 30 Nov 2026 07:30 EST.\nLast: never.\nWith nothing new: a short \"Nothing new\" message"},
		{"U0ADMIN", `digest cron "0 8 * * 1-5" Europe/Berlin`, `Digest scheduled on the cron schedule "0 8 * * 1-5" (Europe/Berlin). Next: Mon 30 Nov 2026 08:00 CET.`},
		{"U0ADMIN", "digest off", "Digest turned off. The feeds are kept"},
		{"U0USER", "digest status", "No digest is scheduled here"},
	}
	for _, st := range steps {
		got := e.say(bot.UserID(st.user), "", st.text)
		if got.Reply.Kind != bot.ReplyText || !strings.HasPrefix(got.Reply.Text, st.want) {
			t.Errorf("%s: %q\n got %q\nwant %q…", st.user, st.text, got.Reply.Text, st.want)
		}
		if strings.Contains(got.Reply.Text, "%!") {
			t.Errorf("%q: bad format in %q", st.text, got.Reply.Text)
		}
	}

	// "digest now" in a thread: the digest of the feed's newest three (the
	// oldest was marked seen when the feed was added), in that thread.
	now := e.say("U0ADMIN", "", "digest now")
	if now.Reply.Kind != bot.ReplyDigest || now.To.Thread != "u22" {
		t.Fatalf("digest now posted %+v to %+v", now.Reply.Kind, now.To)
	}
	wantTitles := "[Engineers and residents disagree on bridge repairs Traders and council argue over Saturday market fees School board and parents differ on new term dates]"
	if got := fmt.Sprint(titles(now.Reply.Digest)); got != wantTitles {
		t.Errorf("digest now items = %s", got)
	}
	// In the conversation's time zone (Europe/Berlin, kept from the last
	// schedule).
	if now.Reply.Digest.Title != "Digest, Sat 28 Nov 2026 10:00" {
		t.Errorf("digest now title = %q", now.Reply.Digest.Title)
	}

	// "more 2" in the digest's thread posts item 2's briefing and keeps it
	// as the thread's article.
	more := e.say("U0USER", now.To.Thread, "more 2")
	if more.Reply.Kind != bot.ReplyBriefing || more.Reply.Briefing.Title != "Traders and council argue over Saturday market fees" || more.To.Thread != now.To.Thread {
		t.Fatalf("more 2 = %+v to %+v", more.Reply, more.To)
	}
	th, err := e.store.Thread(ctx, bot.ThreadKey{Platform: "slack", Conversation: "C1", Thread: now.To.Thread})
	if err != nil || th.Article == nil || !strings.Contains(th.Article.Text, "market works") || th.Briefing.Title != more.Reply.Briefing.Title {
		t.Errorf("more did not keep the thread: %+v, %v", th, err)
	}
	if got := e.say("U0USER", now.To.Thread, "more 4"); got.Reply.Text != "There is no item 4 in the last digest here." {
		t.Errorf("more 4 = %q", got.Reply.Text)
	}
	// The thread's article is not listed in the next digest: it was seen.
	if got := e.say("U0ADMIN", "", "digest now"); got.Reply.Kind != bot.ReplyText || !strings.HasPrefix(got.Reply.Text, "Nothing new since") {
		t.Errorf("second digest now = %+v", got.Reply)
	}
}

func TestHandleCommandIgnores(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	for _, text := range []string{"help", "forget", "brief https://example.com", "What did they say?", "digest daily 25:00", "https://example.com/a"} {
		m := &bot.Message{Platform: "slack", Conversation: "C1", ID: "x", Text: text, User: "U0ADMIN", Mentioned: true}
		handled, err := e.s.HandleCommand(context.Background(), e.chat, m)
		if handled || err != nil {
			t.Errorf("HandleCommand(%q) = %v, %v; want not handled", text, handled, err)
		}
	}
	if n := len(e.chat.Posts()); n != 0 {
		t.Errorf("posted %d messages", n)
	}
}

// TestMoreOfForgottenThread: an article briefed in the channel and listed
// in a digest is gone from "more N" once its thread is forgotten.
func TestMoreOfForgottenThread(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	e.saveThread("t1", "Port strike talks resume", "https://news.example.com/port", e.clock.Now().Add(-time.Hour))
	d := e.say("U0ADMIN", "", "digest now")
	if d.Reply.Kind != bot.ReplyDigest || len(d.Reply.Digest.Items) != 1 {
		t.Fatalf("digest now = %+v", d.Reply)
	}
	if got := e.say("U0USER", "", "more 1"); got.Reply.Kind != bot.ReplyBriefing {
		t.Fatalf("more 1 = %+v", got.Reply)
	}
	if err := e.store.DeleteThread(ctx, bot.ThreadKey{Platform: "slack", Conversation: "C1", Thread: "t1"}); err != nil {
		t.Fatal(err)
	}
	got := e.say("U0USER", "", "more 1")
	if !strings.Contains(got.Reply.Text, `no longer kept here: it was deleted with "forget"`) {
		t.Errorf("more 1 after forget = %q", got.Reply.Text)
	}
}

// TestFeedLimit: a conversation follows at most MaxFeeds feeds.
func TestFeedLimit(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	e.s.MaxFeeds = 1
	e.say("U0ADMIN", "", "feed add "+e.feeds.url("/feeds/rss.xml"))
	got := e.say("U0ADMIN", "", "feed add "+e.feeds.url("/feeds/atom.xml"))
	if !strings.HasPrefix(got.Reply.Text, "This conversation already follows 1 feeds, the most allowed") {
		t.Errorf("reply = %q", got.Reply.Text)
	}
	var noFeeds digest.Scheduler
	noFeeds.Store = e.store
	noFeeds.Now = e.clock.Now
	m := &bot.Message{Platform: "slack", Conversation: "C2", ID: "x", Text: "feed add https://example.com/rss", Mentioned: true}
	if _, err := noFeeds.HandleCommand(context.Background(), e.chat, m); err != nil {
		t.Fatal(err)
	}
	if got := e.chat.Last(t).Reply.Text; got != "Feeds are not available on this bot." {
		t.Errorf("without a feed fetcher: %q", got)
	}
}
