package digest_test

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/digest"
)

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}()

// TestScheduledDigest is the main path: a daily digest of an article
// briefed in the channel and three feeds (RSS, Atom, JSON Feed) that share
// articles, then a day with nothing new (every feed answers 304), then a
// day with one new item.
func TestScheduledDigest(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, time.Date(2026, 11, 28, 7, 59, 0, 0, berlin))
	got := e.say("U0ADMIN", "", "digest daily 08:00 Europe/Berlin")
	if want := "Digest scheduled every day at 08:00 (Europe/Berlin). Next: Sat 28 Nov 2026 08:00 CET."; !strings.HasPrefix(got.Reply.Text, want) {
		t.Errorf("reply = %q, want it to start with %q", got.Reply.Text, want)
	}
	e.saveThread("1764300000.000100", "Port strike talks resume", "https://news.example.com/port?utm_source=x", time.Date(2026, 11, 28, 7, 0, 0, 0, berlin))
	e.saveThread("old", "Too old", "https://news.example.com/old", time.Date(2026, 11, 26, 7, 0, 0, 0, berlin))
	for _, f := range []string{"/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"} {
		e.addFeed(f)
	}

	e.clock.Set(time.Date(2026, 11, 28, 7, 59, 30, 0, berlin))
	if n := e.tick(); n != 0 {
		t.Fatalf("tick before the run claimed %d", n)
	}
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 10, 0, berlin))
	if n := e.tick(); n != 1 {
		t.Fatalf("tick at the run claimed %d, want 1", n)
	}
	p := e.chat.Last(t)
	if p.Reply.Kind != bot.ReplyDigest || p.To != (bot.Target{Conversation: "C1"}) {
		t.Fatalf("posted %+v to %+v, want a digest at the top of C1", p.Reply, p.To)
	}
	d := p.Reply.Digest
	if d.Title != "Daily digest, Sat 28 Nov 2026" {
		t.Errorf("Title = %q", d.Title)
	}
	want := []string{
		"Port strike talks resume", // briefed here, first
		// RSS, oldest first; the Atom copy of the ferry story (same link
		// with a fragment) and the JSON Feed copy of the market story
		// (same text, other link) appear once.
		"Ferry operator and council disagree over winter timetable",
		"Engineers and residents disagree on bridge repairs",
		"Traders and council argue over Saturday market fees",
		"School board and parents differ on new term dates",
		"Lighthouse keepers' association and museum trust at odds", // Atom, full content
		"Dredging plan splits harbour board and anglers",
		"Library opening hours: council and staff union differ", // JSON Feed
		"Tide gauge readings: harbour master and volunteers disagree",
	}
	if g := titles(d); fmt.Sprint(g) != fmt.Sprint(want) {
		t.Fatalf("items:\n got %q\nwant %q", g, want)
	}
	for i, it := range d.Items {
		if it.N != i+1 {
			t.Errorf("item %d numbered %d", i+1, it.N)
		}
		if wantSum := "Two sides differ about " + strings.ToLower(it.Title) + "."; it.Summary != wantSum {
			t.Errorf("item %d summary = %q, want the briefing's first sentence %q", it.N, it.Summary, wantSum)
		}
		if fmt.Sprint(it.Parties) != "[First side Second side]" {
			t.Errorf("item %d parties = %v", it.N, it.Parties)
		}
		if it.Site == "" {
			t.Errorf("item %d has no site", it.N)
		}
	}
	if d.Items[5].Site != "Coastal Wire" || d.Items[5].Published != "2026-11-26" {
		t.Errorf("content item source = %q · %q, want the feed's title and the item's date", d.Items[5].Site, d.Items[5].Published)
	}
	if len(d.Errors) != 0 {
		t.Errorf("Errors = %q", d.Errors)
	}
	// The lighthouse item was briefed from the feed's own content: its
	// (missing) page was never fetched. The market copy was read, found
	// to be the same text, and not sent to the model.
	if n := e.articles.fetches(e.feeds.url("/articles/lighthouse-gone")); n != 0 {
		t.Errorf("full-content item's page fetched %d times", n)
	}
	if n := e.briefer.count(); n != 8 {
		t.Errorf("briefer called %d times, want 8 (one per new feed article)", n)
	}
	st := e.settings()
	if !st.LastRun.Equal(time.Date(2026, 11, 28, 8, 0, 10, 0, berlin)) || !st.NextRun.Equal(time.Date(2026, 11, 29, 8, 0, 0, 0, berlin)) {
		t.Errorf("LastRun %v, NextRun %v", st.LastRun, st.NextRun)
	}
	// "more 7" finds the feed item's briefing.
	it, err := e.store.DigestItem(ctx, e.conv, p.ID, 7)
	if err != nil || it.Briefing == nil || it.Article == nil || it.Title != want[6] {
		t.Errorf("DigestItem 7 = %+v, %v", it, err)
	}

	// Next day: nothing changed. Every feed is asked conditionally and
	// answers 304; the channel gets a short message.
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 5, 0, berlin))
	if n := e.tick(); n != 1 {
		t.Fatalf("second day claimed %d", n)
	}
	p = e.chat.Last(t)
	if p.Reply.Kind != bot.ReplyText || p.Reply.Text != "Nothing new since Sat 28 Nov 2026 08:00 CET." {
		t.Errorf("nothing-new reply = %+v", p.Reply)
	}
	for _, f := range []string{"/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"} {
		if n := e.feeds.count(e.feeds.notModified, f); n != 1 {
			t.Errorf("%s answered 304 %d times, want 1", f, n)
		}
	}

	// Third day: one new item in the RSS feed.
	rss := strings.Replace(string(mustRead(t, "testdata/rss.xml")), "<item>", `<item>
    <title>Harbour master and sailing club differ on mooring fees</title>
    <link>{{BASE}}/articles/moorings</link>
    <guid isPermaLink="false">gazette-moorings</guid>
    <pubDate>Sun, 29 Nov 2026 15:00:00 +0000</pubDate>
  </item>
  <item>`, 1)
	e.feeds.mu.Lock()
	e.feeds.articles["/articles/moorings"] = articleText("moorings")
	e.feeds.mu.Unlock()
	e.feeds.setFeed("/feeds/rss.xml", rss)
	e.clock.Set(time.Date(2026, 11, 30, 8, 0, 5, 0, berlin))
	e.tick()
	ds := e.chat.Digests()
	if len(ds) != 2 || fmt.Sprint(titles(ds[1])) != "[Harbour master and sailing club differ on mooring fees]" {
		t.Errorf("third day's digest = %q", titles(ds[len(ds)-1]))
	}
}

// TestQuiet: with "digest quiet on", a digest with nothing new posts
// nothing; "digest now" still answers.
func TestQuiet(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	if got := e.say("U0ADMIN", "", "digest quiet on"); got.Reply.Text != "Done: a digest with nothing new will post nothing." {
		t.Errorf("quiet on: %q", got.Reply.Text)
	}
	before := len(e.chat.Posts())
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	if n := e.tick(); n != 1 {
		t.Fatalf("claimed %d", n)
	}
	if n := len(e.chat.Posts()); n != before {
		t.Errorf("quiet digest posted %d messages", n-before)
	}
	if e.settings().LastRun.IsZero() {
		t.Error("a quiet run did not record its time")
	}
	if got := e.say("U1", "", "digest status"); !strings.Contains(got.Reply.Text, "With nothing new: no message") {
		t.Errorf("status = %q", got.Reply.Text)
	}
	got := e.say("U0ADMIN", "", "digest now")
	if got.Reply.Text != "Nothing new since Sat 28 Nov 2026 08:00 UTC." {
		t.Errorf("digest now = %q", got.Reply.Text)
	}
	e.say("U0ADMIN", "", "digest quiet off")
	before = len(e.chat.Posts())
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC))
	e.tick()
	if got := e.chat.Last(t); len(e.chat.Posts()) != before+1 || got.Reply.Text != "Nothing new since Sat 28 Nov 2026 08:00 UTC." {
		t.Errorf("after quiet off: %d posts, last %q", len(e.chat.Posts())-before, got.Reply.Text)
	}

	// The bot's default applies to conversations that never said.
	e2 := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	e2.s.Quiet = true
	e2.say("U0ADMIN", "", "digest daily 08:00 UTC")
	n := len(e2.chat.Posts())
	e2.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	e2.tick()
	if len(e2.chat.Posts()) != n {
		t.Error("default quiet not applied")
	}
}

// TestMissedDigestRunsOnce: after three days down, the missed digest runs
// once at start and the next run is the next future slot.
func TestMissedDigestRunsOnce(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 24, 7, 0, 0, 0, berlin))
	e.say("U0ADMIN", "", "digest daily 08:00 Europe/Berlin")
	e.saveThread("t1", "Port strike talks resume", "https://news.example.com/port", time.Date(2026, 11, 27, 7, 0, 0, 0, berlin))
	e.clock.Set(time.Date(2026, 11, 27, 13, 0, 0, 0, berlin)) // slots of 24, 25, 26 and 27 missed
	var ticks []int
	for range 3 {
		ticks = append(ticks, e.tick())
		e.clock.Add(30 * time.Second)
	}
	if fmt.Sprint(ticks) != "[1 0 0]" {
		t.Errorf("claims per tick = %v, want [1 0 0]", ticks)
	}
	if ds := e.chat.Digests(); len(ds) != 1 {
		t.Errorf("%d digests posted, want 1", len(ds))
	}
	if next := e.settings().NextRun; !next.Equal(time.Date(2026, 11, 28, 8, 0, 0, 0, berlin)) {
		t.Errorf("NextRun = %v, want the next future slot", next)
	}
}

// TestReplicasPostOnce: two schedulers on one store, each with its own
// chat, tick at once, a few times (each claims only as many digests as it
// has free slots): each conversation's digest is posted once.
func TestReplicasPostOnce(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	convs := []bot.ConversationID{"C1", "C2", "C3", "C4", "C5"}
	for _, c := range convs {
		e.conv.ID = c
		e.say("U0ADMIN", "", "digest daily 08:00 UTC")
		e.saveThread("t-"+bot.MessageID(c), "News for "+string(c), "https://news.example.com/"+string(c), e.clock.Now())
	}
	other := &bottest.RecordingChat{IDPrefix: "r"}
	s2 := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
	s2.Register("slack", other)
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	var wg sync.WaitGroup
	for _, s := range []*digest.Scheduler{e.s, s2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				s.Tick(context.Background())
				s.Wait()
			}
		}()
	}
	wg.Wait()
	per := map[bot.ConversationID]int{}
	for _, c := range []*bottest.RecordingChat{e.chat, other} {
		for _, p := range c.Posts() {
			if p.Reply.Kind == bot.ReplyDigest {
				per[p.To.Conversation]++
			}
		}
	}
	for _, c := range convs {
		if per[c] != 1 {
			t.Errorf("%s: %d digests, want 1", c, per[c])
		}
	}
}

// TestFeedErrors: a feed that answers 500, one that is not a feed and one
// that is too large are reported in the digest and in "digest status";
// the good feed still works; a fixed feed clears its error.
func TestFeedErrors(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, berlin))
	e.s.Feeds = httpFeeds{max: 16 << 10}
	e.say("U0ADMIN", "", "digest daily 08:00 Europe/Berlin")
	for _, f := range []string{"/feeds/rss.xml", "/feeds/broken", "/feeds/page.html", "/feeds/huge"} {
		e.addFeed(f)
	}
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, berlin))
	e.tick()
	ds := e.chat.Digests()
	if len(ds) != 1 || len(ds[0].Items) != 4 {
		t.Fatalf("digests = %d, items %v", len(ds), titles(ds[0]))
	}
	wantErrs := []string{
		e.feeds.url("/feeds/broken") + ": The feed answered 500 Internal Server Error.",
		e.feeds.url("/feeds/page.html") + ": That link is not a feed (RSS, Atom or JSON Feed).",
		e.feeds.url("/feeds/huge") + ": That feed is too large to read (over 16 KB).",
	}
	if fmt.Sprint(ds[0].Errors) != fmt.Sprint(wantErrs) {
		t.Errorf("Errors:\n got %q\nwant %q", ds[0].Errors, wantErrs)
	}
	status := e.say("U1", "", "digest status").Reply.Text
	for _, want := range []string{
		"Digest: every day at 08:00 (Europe/Berlin).",
		"Next: Sun 29 Nov 2026 08:00 CET.",
		"Last: Sat 28 Nov 2026 08:00 CET.",
		"Feeds (4):",
		"1. Harbour Gazette · " + e.feeds.url("/feeds/rss.xml") + " · ok, checked Sat 28 Nov 2026 08:00 CET",
		"2. " + e.feeds.url("/feeds/broken") + " · error Sat 28 Nov 2026 08:00 CET: The feed answered 500 Internal Server Error.",
		"3. " + e.feeds.url("/feeds/page.html") + " · error Sat 28 Nov 2026 08:00 CET: That link is not a feed",
		"4. " + e.feeds.url("/feeds/huge") + " · error Sat 28 Nov 2026 08:00 CET: That feed is too large",
	} {
		if !strings.Contains(status, want) {
			t.Errorf("status lacks %q:\n%s", want, status)
		}
	}
	// The broken feed recovers: its error is cleared.
	e.feeds.setFeed("/feeds/broken", string(mustRead(t, "testdata/feed.json")))
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 0, 0, berlin))
	e.tick()
	feeds, _ := e.store.Feeds(context.Background(), e.conv)
	if feeds[1].LastError != "" || feeds[1].Title != "Island Notes" {
		t.Errorf("recovered feed: %+v", feeds[1])
	}
	if feeds[2].LastError == "" {
		t.Error("the not-a-feed error was cleared")
	}
}

// TestPerFeedLimit: a feed with more new items than MaxItemsPerFeed gives
// the oldest ones and a note; the rest come in the next digest, though
// the feed has not changed.
func TestPerFeedLimit(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	e.s.MaxItemsPerFeed = 3
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.addFeed("/feeds/rss.xml")
	e.addFeed("/feeds/feed.json")
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	e.tick()
	d := e.chat.Digests()[0]
	want := []string{
		"Ferry operator and council disagree over winter timetable",
		"Engineers and residents disagree on bridge repairs",
		"Traders and council argue over Saturday market fees",
		"Library opening hours: council and staff union differ", // the market copy is left out
		"Tide gauge readings: harbour master and volunteers disagree",
	}
	if fmt.Sprint(titles(d)) != fmt.Sprint(want) {
		t.Errorf("items:\n got %q\nwant %q", titles(d), want)
	}
	if fmt.Sprint(d.Errors) != "[Harbour Gazette: 1 more new items, left for the next digest.]" {
		t.Errorf("Errors = %q", d.Errors)
	}
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC))
	e.tick()
	ds := e.chat.Digests()
	if len(ds) != 2 || fmt.Sprint(titles(ds[1])) != "[School board and parents differ on new term dates]" {
		t.Errorf("second digest = %v", titles(ds[len(ds)-1]))
	}
	if n := e.feeds.count(e.feeds.notModified, "/feeds/rss.xml"); n != 0 {
		t.Errorf("the feed with items left was asked conditionally (%d 304s)", n)
	}
	if n := e.feeds.count(e.feeds.notModified, "/feeds/feed.json"); n != 1 {
		t.Errorf("feed.json answered 304 %d times, want 1", n)
	}
}

// TestBrokenItem: an item whose page cannot be read and that carries no
// text of its own is reported once and not tried again.
func TestBrokenItem(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.feeds.mu.Lock()
	delete(e.feeds.articles, "/articles/bridge")
	e.feeds.mu.Unlock()
	e.addFeed("/feeds/rss.xml")
	e.clock.Set(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	e.tick()
	d := e.chat.Digests()[0]
	if len(d.Items) != 3 || fmt.Sprint(d.Errors) != "[Harbour Gazette: 1 new item could not be read.]" {
		t.Errorf("items %v, errors %q", titles(d), d.Errors)
	}
	e.feeds.setFeed("/feeds/rss.xml", string(mustRead(t, "testdata/rss.xml"))+" ") // a new ETag
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC))
	e.tick()
	if n := e.articles.fetches(e.feeds.url("/articles/bridge")); n != 1 {
		t.Errorf("broken item fetched %d times, want 1", n)
	}
}

// TestPostFailureGivesBack: when the digest cannot be posted, its run and
// its items are given back, and the next tick posts them.
func TestPostFailureGivesBack(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.addFeed("/feeds/rss.xml")
	due := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	e.clock.Set(due)
	e.chat.FailPosts(1)
	if n := e.tick(); n != 1 {
		t.Fatalf("claimed %d", n)
	}
	if st := e.settings(); !st.NextRun.Equal(due) || !st.LastRun.IsZero() {
		t.Errorf("after a failed post: NextRun %v LastRun %v; want the run given back", st.NextRun, st.LastRun)
	}
	if _, err := e.store.DigestItem(context.Background(), e.conv, "", 1); err == nil {
		t.Error("the unposted digest is kept for more N")
	}
	e.clock.Add(30 * time.Second)
	if n := e.tick(); n != 1 {
		t.Fatalf("retry claimed %d", n)
	}
	ds := e.chat.Digests()
	if len(ds) != 1 || len(ds[0].Items) != 4 {
		t.Fatalf("retry posted %d digests, want 1 with 4 items", len(ds))
	}
}

// TestRun drives Run with an injected ticker and clock: a digest missed
// before start runs at once, the next one on the tick at its time; Run
// returns when its context ends.
func TestRun(t *testing.T) {
	e := newEnv(t, time.Date(2026, 11, 27, 7, 0, 0, 0, time.UTC))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.clock.Set(time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	ticks := make(chan time.Time)
	var interval time.Duration
	e.s.NewTicker = func(d time.Duration) (<-chan time.Time, func()) {
		interval = d
		return ticks, func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.s.Run(ctx) }()
	waitFor(t, func() bool { return len(e.chat.Posts()) == 2 }) // the schedule reply and the missed run
	if interval != digest.DefaultInterval {
		t.Errorf("ticker interval %v", interval)
	}
	e.clock.Set(time.Date(2026, 11, 29, 8, 0, 1, 0, time.UTC))
	ticks <- e.clock.Now()
	waitFor(t, func() bool { return len(e.chat.Posts()) == 3 })
	if got := e.chat.Last(t).Reply.Text; !strings.HasPrefix(got, "Nothing new since Sat 28 Nov 2026 09:00 UTC") {
		t.Errorf("tick's digest = %q", got)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
}

// TestDSTWithScheduler ticks every 30 s of simulated time across the
// spring-forward and fall-back weekends: the digest posts once a day, at
// 08:00 in Berlin, whatever the UTC offset.
func TestDSTWithScheduler(t *testing.T) {
	for _, w := range []struct{ from, to time.Time }{
		{time.Date(2026, 3, 27, 0, 0, 0, 0, berlin), time.Date(2026, 3, 31, 0, 0, 0, 0, berlin)},
		{time.Date(2026, 10, 23, 0, 0, 0, 0, berlin), time.Date(2026, 10, 27, 0, 0, 0, 0, berlin)},
	} {
		e := newEnv(t, w.from)
		e.say("U0ADMIN", "", "digest daily 08:00 Europe/Berlin")
		var at []string
		for now := w.from; now.Before(w.to); now = now.Add(30 * time.Second) {
			e.clock.Set(now)
			if e.tick() > 0 {
				at = append(at, now.In(berlin).Format("2006-01-02 15:04 MST"))
			}
		}
		y, m, d := w.from.Date()
		var want []string
		for i := range 4 {
			want = append(want, time.Date(y, m, d+i, 8, 0, 0, 0, berlin).Format("2006-01-02 15:04 MST"))
		}
		if fmt.Sprint(at) != fmt.Sprint(want) {
			t.Errorf("runs:\n got %v\nwant %v", at, want)
		}
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// dyingChat stops the goroutine that posts through it, as a process killed
// at that instant would: nothing after the post runs.
type dyingChat struct{}

func (dyingChat) Post(context.Context, bot.Target, *bot.Reply) (bot.MessageID, error) {
	runtime.Goexit()
	return "", nil
}

// dyingStore stops the goroutine that records a finished digest, after the
// record: the process is killed before the schedule moves on.
type dyingStore struct{ *digest.MemStore }

func (s dyingStore) FinishDigest(ctx context.Context, c digest.Conversation, ran time.Time) error {
	if err := s.MemStore.FinishDigest(ctx, c, ran); err != nil {
		return err
	}
	runtime.Goexit()
	return nil
}

// TestStoppedRunIsMadeAgain: a process stops while making a scheduled
// digest. Its lease keeps the digest from others until it expires; then
// the digest is made once, by another process, with the items the stopped
// run had taken; a run that stopped after finishing is not made again.
func TestStoppedRunIsMadeAgain(t *testing.T) {
	slot := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		dying func(e *env) *digest.Scheduler
		posts int // digests the restarted process posts
	}{
		{"before posting", func(e *env) *digest.Scheduler {
			s := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			s.Register("slack", dyingChat{})
			return s
		}, 1},
		{"after finishing", func(e *env) *digest.Scheduler {
			s := &digest.Scheduler{Store: dyingStore{e.store}, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			s.Register("slack", &bottest.RecordingChat{IDPrefix: "dead"})
			return s
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, slot.Add(-time.Hour))
			e.say("U0ADMIN", "", "digest daily 08:00 UTC")
			e.saveThread("t1", "Ministry denies report", "https://news.example.com/1", e.clock.Now())
			e.clock.Set(slot)
			dying := tc.dying(e)
			if n := dying.Tick(context.Background()); n != 1 {
				t.Fatalf("the dying process claimed %d digests, want 1", n)
			}
			dying.Wait()
			st := e.settings()
			if !st.NextRun.Equal(slot) || st.LeaseUntil.IsZero() {
				t.Fatalf("after the stop: NextRun %v LeaseUntil %v, want the slot still leased", st.NextRun, st.LeaseUntil)
			}

			// The restarted process (e.s): nothing while the lease holds.
			e.clock.Set(slot.Add(10 * time.Minute))
			if n := e.tick(); n != 0 {
				t.Errorf("a tick during the lease claimed %d", n)
			}
			e.clock.Set(st.LeaseUntil)
			n := e.tick()
			ds := e.chat.Digests()
			if len(ds) != tc.posts {
				t.Fatalf("digests posted after the lease = %d (claimed %d), want %d", len(ds), n, tc.posts)
			}
			if tc.posts == 1 {
				if got := titles(ds[0]); fmt.Sprint(got) != "[Ministry denies report]" {
					t.Errorf("digest items = %v, want the article the stopped run had taken", got)
				}
			}
			st = e.settings()
			if want := slot.Add(24 * time.Hour); !st.NextRun.Equal(want) || !st.LeaseUntil.IsZero() {
				t.Errorf("after the rerun: NextRun %v LeaseUntil %v, want %v and no lease", st.NextRun, st.LeaseUntil, want)
			}
			if n := e.tick(); n != 0 || len(e.chat.Digests()) != tc.posts {
				t.Errorf("a later tick claimed %d and posted %d digests in all", n, len(e.chat.Digests()))
			}
		})
	}
}

// TestStoppedRunAfterPosting: a process stops right after posting a
// scheduled digest (or its "Nothing new" message), before recording it.
// The restarted process finds the post by its key, records it and moves
// the schedule on: the message is posted once, and "more 1" refers to the
// digest.
func TestStoppedRunAfterPosting(t *testing.T) {
	for _, withItem := range []bool{true, false} {
		t.Run(map[bool]string{true: "digest", false: "nothing new"}[withItem], func(t *testing.T) {
			slot := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
			e := newEnv(t, slot.Add(-time.Hour))
			e.say("U0ADMIN", "", "digest daily 08:00 UTC")
			if withItem {
				e.saveThread("t1", "Ministry denies report", "https://news.example.com/1", e.clock.Now())
			}
			e.clock.Set(slot)
			chat := &finderChat{RecordingChat: bottest.RecordingChat{IDPrefix: "p"}, die: true}
			dying := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			dying.Register("slack", chat)
			if n := dying.Tick(context.Background()); n != 1 {
				t.Fatalf("the dying process claimed %d digests, want 1", n)
			}
			dying.Wait()
			if ps := chat.Replies(); len(ps) != 1 || ps[0].Key == "" {
				t.Fatalf("posts before the stop = %d, want one with a key", len(ps))
			}

			chat.set(false, nil)
			restarted := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			restarted.Register("slack", chat)
			e.clock.Set(e.settings().LeaseUntil)
			restarted.Tick(context.Background())
			restarted.Wait()
			if n := len(chat.Posts()); n != 1 {
				t.Fatalf("posts after the restart = %d, want the one the stopped run made", n)
			}
			st := e.settings()
			if want := slot.Add(24 * time.Hour); !st.NextRun.Equal(want) || !st.LeaseUntil.IsZero() || st.LastRun.Before(slot) {
				t.Errorf("after the restart: NextRun %v LeaseUntil %v LastRun %v; want %v, no lease, the run's time", st.NextRun, st.LeaseUntil, st.LastRun, want)
			}
			if withItem {
				if it, err := e.store.DigestItem(context.Background(), e.conv, "p1", 1); err != nil || it.Title != "Ministry denies report" {
					t.Errorf("more 1 on the posted digest = %+v, %v", it, err)
				}
			}
		})
	}
}
