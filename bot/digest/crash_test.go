package digest_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/digest"
)

// gatedFeeds is a FeedFetcher that hangs in every fetch until ctx ends: a
// process killed there never gets further. entered is closed at the first
// fetch.
type gatedFeeds struct {
	once    sync.Once
	entered chan struct{}
}

func (g *gatedFeeds) FetchFeed(ctx context.Context, _, _, _ string) ([]byte, string, string, bool, error) {
	g.once.Do(func() { close(g.entered) })
	<-ctx.Done()
	return nil, "", "", false, ctx.Err()
}

// crashEnv is a conversation with an article briefed in it and a feed.
func crashEnv(t *testing.T, now time.Time) *env {
	t.Helper()
	e := newEnv(t, now)
	e.saveThread("1764300000.000100", "Port strike talks resume", "https://news.example.com/port", now.Add(-time.Hour))
	e.addFeed("/feeds/rss.xml")
	return e
}

// everyItem is the items a digest of crashEnv lists, sorted: the article
// briefed in the channel and the feed's items.
var everyItem = []string{
	"Engineers and residents disagree on bridge repairs",
	"Ferry operator and council disagree over winter timetable",
	"Port strike talks resume",
	"School board and parents differ on new term dates",
	"Traders and council argue over Saturday market fees",
}

// TestDigestNowKilled: a process is killed while making "digest now" (in
// its feed fetch, while posting, or just after posting), and a restarted
// one runs "digest now" again, at once and after the stopped run's lease.
// Every item, the article briefed in the channel and each feed item,
// appears exactly once across the digests posted.
func TestDigestNowKilled(t *testing.T) {
	start := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	want := everyItem
	lease := digest.DefaultTimeout + time.Minute
	for _, tc := range []struct {
		name string
		// kill makes the dying process's run and returns once it is dead
		// (or hanging for good); release lets a hanging run end.
		kill func(t *testing.T, e *env, s *digest.Scheduler, chat *finderChat, to bot.Target) (release func())
		// findErr makes FindPost fail for the first rerun after the lease.
		findErr bool
		// held: the rerun at once cannot have the stopped run's items yet
		// (its digest was saved; whether it was posted is known after the
		// lease).
		held bool
	}{
		{name: "in the feed fetch", kill: func(t *testing.T, e *env, s *digest.Scheduler, chat *finderChat, to bot.Target) func() {
			feeds := &gatedFeeds{entered: make(chan struct{})}
			s.Feeds = feeds
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- s.RunNow(ctx, chat, e.conv, to) }()
			<-feeds.entered
			return func() {
				cancel()
				if err := <-done; err == nil {
					t.Error("the hanging run ended without an error")
				}
			}
		}},
		{name: "before posting", held: true, kill: func(t *testing.T, e *env, s *digest.Scheduler, _ *finderChat, to bot.Target) func() {
			runDying(t, func() error { return s.RunNow(context.Background(), dyingChat{}, e.conv, to) })
			return func() {}
		}},
		{name: "after posting", held: true, kill: func(t *testing.T, e *env, s *digest.Scheduler, chat *finderChat, to bot.Target) func() {
			chat.set(true, nil)
			runDying(t, func() error { return s.RunNow(context.Background(), chat, e.conv, to) })
			chat.set(false, nil)
			return func() {}
		}},
		{name: "after posting, find fails once", held: true, findErr: true, kill: func(t *testing.T, e *env, s *digest.Scheduler, chat *finderChat, to bot.Target) func() {
			chat.set(true, nil)
			runDying(t, func() error { return s.RunNow(context.Background(), chat, e.conv, to) })
			chat.set(false, nil)
			return func() {}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := crashEnv(t, start)
			chat := &finderChat{RecordingChat: bottest.RecordingChat{IDPrefix: "t"}}
			dying := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			to := bot.Target{Conversation: e.conv.ID, Thread: "u1"}
			release := tc.kill(t, e, dying, chat, to)
			defer release()

			// The restarted process, at once (as the job queue resumes
			// the command) and after the stopped run's lease.
			restarted := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
			e.clock.Add(time.Minute)
			if err := restarted.RunNow(context.Background(), chat, e.conv, bot.Target{Conversation: e.conv.ID, Thread: "u2"}); err != nil {
				t.Fatal(err)
			}
			if n := len(chat.Digests()); !tc.held && n == 0 {
				t.Fatal("the rerun at once posted no digest")
			}
			e.clock.Add(lease)
			if tc.findErr {
				chat.set(false, errors.New("platform down"))
				if err := restarted.RunNow(context.Background(), chat, e.conv, bot.Target{Conversation: e.conv.ID, Thread: "u3"}); err != nil {
					t.Fatal(err)
				}
				chat.set(false, nil)
			}
			if err := restarted.RunNow(context.Background(), chat, e.conv, bot.Target{Conversation: e.conv.ID, Thread: "u4"}); err != nil {
				t.Fatal(err)
			}

			count := map[string]int{}
			var got []string
			for _, d := range chat.Digests() {
				for _, it := range d.Items {
					count[it.Title]++
					if count[it.Title] == 1 {
						got = append(got, it.Title)
					}
				}
			}
			sort.Strings(got)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("items posted:\n got %q\nwant %q", got, want)
			}
			for title, n := range count {
				if n != 1 {
					t.Errorf("%q posted %d times, want once", title, n)
				}
			}
			if ds, err := e.store.UnpostedDigests(context.Background(), e.conv, time.Time{}, time.Time{}); err != nil || len(ds) != 0 {
				t.Errorf("unposted digests left = %+v, %v; want none", ds, err)
			}
		})
	}
}

// runDying runs fn in a goroutine that dies inside it (runtime.Goexit),
// and fails the test if fn returns instead.
func runDying(t *testing.T, fn func() error) {
	t.Helper()
	done := make(chan bool, 1)
	go func() {
		returned := false
		defer func() { done <- returned }()
		_ = fn()
		returned = true
	}()
	if <-done {
		t.Fatal("the dying run returned, want it stopped")
	}
}

// TestScheduledDigestKilledInFetch: a process is killed while fetching
// the feeds of a scheduled digest; after its lease, the restarted process
// makes the digest with every item, once.
func TestScheduledDigestKilledInFetch(t *testing.T) {
	slot := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	want := everyItem
	e := crashEnv(t, slot.Add(-time.Minute))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.clock.Set(slot)
	feeds := &gatedFeeds{entered: make(chan struct{})}
	dying := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: feeds, Limits: testLimits, Now: e.clock.Now}
	dying.Register("slack", &bottest.RecordingChat{IDPrefix: "dead"})
	ctx, cancel := context.WithCancel(context.Background())
	defer func() {
		cancel()
		dying.Wait()
	}()
	if n := dying.Tick(ctx); n != 1 {
		t.Fatalf("the dying process claimed %d digests, want 1", n)
	}
	<-feeds.entered

	e.clock.Set(e.settings().LeaseUntil)
	if n := e.tick(); n != 1 {
		t.Fatalf("the restarted process claimed %d digests, want 1", n)
	}
	ds := e.chat.Digests()
	if len(ds) != 1 {
		t.Fatalf("digests posted = %d, want 1", len(ds))
	}
	got := titles(ds[0])
	sort.Strings(got)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("items:\n got %q\nwant %q", got, want)
	}
}

// heldChat records posts; the first post waits in Post until release is
// closed (a run still posting), with entered closed when it gets there.
type heldChat struct {
	bottest.RecordingChat
	entered, release chan struct{}
	once             sync.Once
}

func (c *heldChat) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	first := false
	c.once.Do(func() { first = true })
	if first {
		close(c.entered)
		<-c.release
	}
	return c.RecordingChat.Post(ctx, to, r)
}

// TestStoppedScheduledRunSparesDigestNow: a scheduled run stops before
// posting; after its lease, the restarted process gives its items back
// and makes the digest, while a "digest now" that saved its own digest is
// still posting it. That digest is left alone: every item appears once.
func TestStoppedScheduledRunSparesDigestNow(t *testing.T) {
	slot := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	e := crashEnv(t, slot.Add(-time.Minute))
	e.say("U0ADMIN", "", "digest daily 08:00 UTC")
	e.clock.Set(slot)
	dying := &digest.Scheduler{Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{}, Limits: testLimits, Now: e.clock.Now}
	dying.Register("slack", dyingChat{})
	if n := dying.Tick(context.Background()); n != 1 {
		t.Fatalf("the dying process claimed %d digests, want 1", n)
	}
	dying.Wait()

	// An article briefed after the stopped run, and a "digest now" that
	// saved its digest of it and is posting it.
	e.clock.Add(5 * time.Minute)
	e.saveThread("1764300000.000200", "Harbour fees rise", "https://news.example.com/fees", e.clock.Now())
	manual := &heldChat{RecordingChat: bottest.RecordingChat{IDPrefix: "n"}, entered: make(chan struct{}), release: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		done <- e.s.RunNow(context.Background(), manual, e.conv, bot.Target{Conversation: e.conv.ID, Thread: "u1"})
	}()
	<-manual.entered

	e.clock.Set(e.settings().LeaseUntil)
	if n := e.tick(); n != 1 {
		t.Fatalf("the restarted process claimed %d digests, want 1", n)
	}
	close(manual.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, d := range append(e.chat.Digests(), manual.Digests()...) {
		for _, title := range titles(d) {
			count[title]++
		}
	}
	for _, title := range append([]string{"Harbour fees rise"}, everyItem...) {
		if count[title] != 1 {
			t.Errorf("%q posted %d times, want once (all: %v)", title, count[title], count)
		}
	}
}
