package digest_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/render"
)

// memFeeds serves feeds from memory.
type memFeeds map[string][]byte

func (m memFeeds) FetchFeed(_ context.Context, url, _, _ string) ([]byte, string, string, bool, error) {
	body, ok := m[url]
	if !ok {
		return nil, "", "", false, bot.Errorf(bot.EFetch, "The feed answered 404 Not Found.")
	}
	return body, "", "", false, nil
}

// memPages serves articles from memory.
type memPages map[string]string

func (m memPages) Fetch(_ context.Context, url string) (*bot.Article, error) {
	text, ok := m[url]
	if !ok {
		return nil, bot.Errorf(bot.EFetch, "The page answered 404.")
	}
	a, err := bot.NewArticle([]byte(text), testLimits)
	if err != nil {
		return nil, err
	}
	a.URL, a.Site = url, "bench.example"
	return a, nil
}

// renderChat renders each digest as text, as the terminal would, and
// counts its items.
type renderChat struct {
	mu    sync.Mutex
	items int
	bytes int
}

func (c *renderChat) Post(_ context.Context, _ bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Digest != nil {
		c.items += len(r.Digest.Items)
		c.bytes += len(render.DigestText(render.Words{}, r.Digest, 80))
	}
	return "m1", nil
}

// benchFeeds makes feeds feeds of per items each, every item a distinct
// article behind its link.
func benchFeeds(feeds, per int) (memFeeds, memPages, []string) {
	fs, ps := memFeeds{}, memPages{}
	var urls []string
	base := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for f := range feeds {
		var sb strings.Builder
		fmt.Fprintf(&sb, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed %d</title>`, f)
		for i := range per {
			link := fmt.Sprintf("https://bench.example/%d/%d", f, i)
			fmt.Fprintf(&sb, "<item><title>Item %d of feed %d</title><link>%s</link><guid>%d-%d</guid><pubDate>%s</pubDate></item>",
				i, f, link, f, i, base.Add(time.Duration(f*per+i)*time.Minute).Format(time.RFC1123Z))
			ps[link] = articleText(fmt.Sprintf("scheme %d-%d", f, i))
		}
		sb.WriteString("</channel></rss>")
		u := fmt.Sprintf("https://bench.example/feed%d.xml", f)
		fs[u] = []byte(sb.String())
		urls = append(urls, u)
	}
	return fs, ps, urls
}

// BenchmarkDigest50 makes a digest of 50 new feed items (5 feeds of 10:
// parse the feeds, read 50 articles, brief them with an instant model,
// de-duplicate and mark them seen, save, render as text) on the memory
// store. It reports ms/digest; it asserts nothing about time.
func BenchmarkDigest50(b *testing.B) {
	feeds, pages, urls := benchFeeds(5, 10)
	conv := digest.Conversation{Platform: "slack", ID: "C1"}
	now := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	ctx := context.Background()
	var total time.Duration
	chat := &renderChat{}
	for b.Loop() {
		b.StopTimer()
		store := digest.NewMemStore()
		if err := store.SetDigestSchedule(ctx, conv, "daily 08:00", "UTC", now, "U1"); err != nil {
			b.Fatal(err)
		}
		for _, u := range urls {
			if _, err := store.AddFeed(ctx, conv, &digest.Feed{URL: u}); err != nil {
				b.Fatal(err)
			}
		}
		s := &digest.Scheduler{
			Store: store, Briefer: &scriptBriefer{}, Fetcher: pages, Feeds: feeds,
			Limits: testLimits, Now: func() time.Time { return now },
		}
		s.Register("slack", chat)
		b.StartTimer()
		start := time.Now()
		if n := s.Tick(ctx); n != 1 {
			b.Fatalf("claimed %d", n)
		}
		s.Wait()
		total += time.Since(start)
	}
	if chat.items != 50*b.N {
		b.Fatalf("%d items in %d digests, want 50 each", chat.items, b.N)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/digest")
}
