package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

// digestChat records what the scheduler posts.
type digestChat struct {
	mu      sync.Mutex
	replies []*bot.Reply
}

func (c *digestChat) Post(_ context.Context, _ bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.replies = append(c.replies, r)
	return bot.MessageID(fmt.Sprint("m", len(c.replies))), nil
}

// instantBriefer briefs with the article's title.
type instantBriefer struct{}

func (instantBriefer) Brief(_ context.Context, a *bot.Article) (*bot.Briefing, error) {
	return &bot.Briefing{Title: a.Title, Source: a.Source(), Summary: "The article reports two positions. More follows."}, nil
}

// TestFetcherServesDigest runs a digest on this package's Fetcher, as the
// bot is wired: the feed is fetched conditionally (the second digest gets
// a 304), its items' pages through the same address policy, so an item
// linking to a link-local address is refused and reported.
func TestFetcherServesDigest(t *testing.T) {
	var feedHits, notModified atomic.Int32
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		feedHits.Add(1)
		if r.Header.Get("If-None-Match") == `"feed-v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"feed-v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>River Post</title>
<item><title>Water levels fall again</title><link>%s/story?utm_source=rss</link><pubDate>Fri, 27 Nov 2026 09:00:00 +0000</pubDate></item>
<item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link><pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/story", serve("text/html", []byte(page("Water levels fall again", articleWords, articleWords+" Second."))))
	srv := newTestServer(t, mux)
	base = srv.URL
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	f := New(Options{Limits: testLimits, Timeout: 2 * time.Second})
	f.allowAddr = func(ap netip.AddrPort) bool { return int(ap.Port()) == port } // the test server only
	t.Cleanup(f.CloseIdleConnections)

	ctx := context.Background()
	now := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	store := digest.NewMemStore()
	conv := digest.Conversation{Platform: "slack", ID: "C1"}
	if err := store.SetDigestSchedule(ctx, conv, "daily 08:00", "UTC", now, "U1"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.AddFeed(ctx, conv, &digest.Feed{URL: srv.URL + "/rss"}); err != nil {
		t.Fatal(err)
	}
	chat := &digestChat{}
	s := &digest.Scheduler{
		Store: store, Briefer: instantBriefer{}, Fetcher: f, Feeds: f, Limits: testLimits,
		Now: func() time.Time { return now },
	}
	var _ digest.FeedFetcher = f
	s.Register("slack", chat)

	if n := s.Tick(ctx); n != 1 {
		t.Fatalf("claimed %d", n)
	}
	s.Wait()
	if len(chat.replies) != 1 || chat.replies[0].Kind != bot.ReplyDigest {
		t.Fatalf("replies = %+v", chat.replies)
	}
	d := chat.replies[0].Digest
	if len(d.Items) != 1 || d.Items[0].Title != "Water levels fall again" || d.Items[0].URL != srv.URL+"/story?utm_source=rss" {
		t.Errorf("items = %+v", d.Items)
	}
	if fmt.Sprint(d.Errors) != "[River Post: 1 new item could not be read.]" {
		t.Errorf("Errors = %q", d.Errors)
	}

	now = now.Add(24 * time.Hour)
	s.Tick(ctx)
	s.Wait()
	if notModified.Load() != 1 || feedHits.Load() != 2 {
		t.Errorf("feed hits %d, 304s %d; want 2 and 1", feedHits.Load(), notModified.Load())
	}
	if got := chat.replies[len(chat.replies)-1]; got.Kind != bot.ReplyText || got.Text != "Nothing new since Sat 28 Nov 2026 08:00 UTC." {
		t.Errorf("second digest = %+v", got)
	}
}
