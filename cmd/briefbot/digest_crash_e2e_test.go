package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// hangingFeed serves an RSS feed whose items carry their full text, and
// can hang on the feed's fetch: while hang is set, a fetch closes hung
// and waits for its client to go away.
type hangingFeed struct {
	srv *httptest.Server

	mu      sync.Mutex
	hang    bool
	hung    chan struct{}
	fetches int
}

// feedItems are the feed's items: title and topic.
var feedItems = [][2]string{
	{"Harbour council and ferry operator disagree over winter crossings", "ferry timetable"},
	{"Anglers and harbour board split over dredging plan", "dredging plan"},
}

func newHangingFeed(t *testing.T) *hangingFeed {
	t.Helper()
	f := &hangingFeed{hung: make(chan struct{})}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		f.mu.Lock()
		f.fetches++
		hang := f.hang
		if hang {
			f.hang = false
			close(f.hung)
		}
		f.mu.Unlock()
		if hang {
			<-r.Context().Done() // until the process fetching it is killed
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(f.rss()))
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *hangingFeed) url() string { return f.srv.URL + "/feed.xml" }

// hangNext makes the next fetch of the feed hang.
func (f *hangingFeed) hangNext() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hang = true
}

// rss is the feed, its items long enough to be briefed from their own
// text.
func (f *hangingFeed) rss() string {
	var items strings.Builder
	for i, it := range feedItems {
		fmt.Fprintf(&items, `<item><title>%s</title><link>%s/news/%d</link><guid isPermaLink="false">harbour-%d</guid>
<pubDate>Sat, 28 Nov 2026 0%d:00:00 +0000</pubDate><content:encoded>%s</content:encoded></item>
`, html.EscapeString(it[0]), f.srv.URL, i, i, i+6, html.EscapeString(feedText(it[1])))
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>` + f.srv.URL + `/</link><description>Invented harbour news</description>
` + items.String() + `</channel></rss>`
}

// feedText is an invented article of about 180 words on topic.
func feedText(topic string) string {
	p := fmt.Sprintf("The harbour council said on Tuesday that the %[1]s would go ahead in the spring, after a consultation that drew more than four hundred replies from residents, traders and boat owners. "+
		"\"We have listened, and we have changed the plan where we could,\" the council leader, Maria Lindqvist, told reporters at the town hall. "+
		"Opponents of the %[1]s said the council had not answered their questions about cost and timing. "+
		"\"Nobody has shown us the figures,\" said Tom Becker, who chairs the residents' association, adding that the group would ask for a public meeting before any work starts. ", topic)
	return p + "\n\n" + p
}

// TestDigestNowSurvivesKill briefs an article in a channel, adds a feed,
// and kills `briefbot serve` with SIGKILL while "digest now" is fetching
// the feed. The restarted process (whose job queue resumes the command)
// and a second "digest now" post the article and each feed item exactly
// once across all the digests.
func TestDigestNowSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	slackAPI := slacktest.New(t)
	feed := newHangingFeed(t)
	env := serveEnv(t, slackAPI)
	env["BRIEFBOT_ALLOW_PRIVATE_HOSTS"] = "true" // the feed is on 127.0.0.1
	begin := time.Now()

	a := startServe(t, env)
	const (
		briefTS = "1700000500.000100"
		feedTS  = "1700000500.000200"
		nowTS   = "1700000500.000300"
		againTS = "1700000500.000400"
		title   = "China rejects US report"
	)
	sendEvent(t, a.addr, "EvB", "C1", briefTS, string(seed), 0)
	waitFor(t, "the briefing", 30*time.Second, func() bool {
		r := slackAPI.Replies("C1", briefTS)
		return len(r) > 0 && strings.Contains(r[0], title)
	})
	sendEvent(t, a.addr, "EvF", "C1", feedTS, "feed add "+feed.url(), 0)
	waitFor(t, "the feed add reply", 30*time.Second, func() bool { return len(slackAPI.Replies("C1", feedTS)) > 0 })
	if r := slackAPI.Replies("C1", feedTS); !strings.Contains(r[0], "Added feed 1") {
		t.Fatalf("feed add replied %q", r)
	}

	// "digest now", killed while the feed hangs.
	feed.hangNext()
	sendEvent(t, a.addr, "EvN", "C1", nowTS, "digest now", 0)
	select {
	case <-feed.hung:
	case <-time.After(30 * time.Second):
		t.Fatalf("the digest never fetched the feed:\n%s", a.stderr.String())
	}
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	killed := time.Now()
	if r := slackAPI.Replies("C1", nowTS); len(r) != 0 {
		t.Fatalf("the killed digest posted %q", r)
	}

	// The restarted process, the feed answering, and "digest now" again.
	b := startServe(t, env)
	sendEvent(t, b.addr, "EvN2", "C1", againTS, "digest now", 0)
	items := append([]string{title}, feedItems[0][0], feedItems[1][0])
	// count is how many times each item was posted in the digests (the
	// replies to the two "digest now").
	count := func() map[string]int {
		n := map[string]int{}
		for _, ts := range []string{nowTS, againTS} {
			for _, r := range slackAPI.Replies("C1", ts) {
				for _, it := range items {
					n[it] += strings.Count(r, it)
				}
			}
		}
		return n
	}
	waitFor(t, "every item in a digest", 60*time.Second, func() bool {
		n := count()
		for _, it := range items {
			if n[it] == 0 {
				return false
			}
		}
		return len(slackAPI.Replies("C1", againTS)) > 0
	})
	recovered := time.Since(killed)
	time.Sleep(2 * time.Second) // a duplicate would arrive now
	for it, n := range count() {
		if n != 1 {
			t.Errorf("%q posted %d times, want exactly once:\nfirst digest now: %q\nsecond: %q", it, n,
				slackAPI.Replies("C1", nowTS), slackAPI.Replies("C1", againTS))
		}
	}
	feed.mu.Lock()
	fetches := feed.fetches
	feed.mu.Unlock()
	t.Logf("every item posted once, %v after the kill (%v in all); feed fetched %d times; replies: first digest now %d, second %d",
		recovered.Round(100*time.Millisecond), time.Since(begin).Round(100*time.Millisecond), fetches,
		len(slackAPI.Replies("C1", nowTS)), len(slackAPI.Replies("C1", againTS)))
}
