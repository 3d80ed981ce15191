package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/story"
)

// built is a digest being made: the items it would list and the keys it
// would take. Nothing is taken until the digest is saved (SaveDigest),
// just before it is posted, so that a run that stops before then leaves
// every item for the next digest.
type built struct {
	conv Conversation
	// records are the items, each with the keys that claim it.
	records []Item
	notes   []string
	// seen are the other keys the digest takes: links of items known
	// under another one, keys of items that could not be read.
	seen []string
	// feeds are the conversation's feeds with their new fetch state, saved
	// by saveFeeds once the digest is posted.
	feeds []Feed
	// members are the records as story grouping reads them.
	members []story.Member
}

// saveFeeds stores the feeds' fetch state. When the digest was not posted,
// the validators are dropped, so that the next digest fetches the feeds in
// full and finds the items given back.
func (b *built) saveFeeds(ctx context.Context, s *Scheduler, posted bool) error {
	for i := range b.feeds {
		f := &b.feeds[i]
		if !posted {
			f.ETag, f.LastModified = "", ""
		}
		if err := s.Store.UpdateFeed(ctx, b.conv, f); err != nil {
			return fmt.Errorf("digest: update feed: %w", err)
		}
	}
	return nil
}

func (b *built) add(a *bot.Article, br *bot.Briefing, thread bot.MessageID, ks []string) {
	it := itemFrom(len(b.records)+1, a, br)
	rec := Item{
		N: it.N, Title: it.Title, URL: it.URL, Site: it.Site, Published: it.Published,
		Summary: it.Summary, Parties: it.Parties, Hash: a.Hash(), Thread: thread, Keys: ks,
	}
	if thread == "" {
		rec.Article, rec.Briefing = a, br
	}
	b.records = append(b.records, rec)
	b.members = append(b.members, story.Member{Title: it.Title, Site: it.Site, Language: br.Language, Parties: br.Parties, Published: published(it.Published)})
}

// groupStories lists the records on one story (story.Group) in a row,
// where the first of them stood, each with the story's key, and numbers
// them again.
func (b *built) groupStories() {
	if len(b.records) < 2 {
		return
	}
	g := story.Group(b.members)
	size := map[int]int{}
	for _, f := range g {
		size[f]++
	}
	var out []Item
	for i, f := range g {
		if f != i {
			continue // listed with the first of its story
		}
		for j := i; j < len(g); j++ {
			if g[j] != f {
				continue
			}
			it := b.records[j]
			if size[f] > 1 {
				it.Story = "story-" + b.records[i].Hash[:min(12, len(b.records[i].Hash))]
			}
			it.N = len(out) + 1
			out = append(out, it)
		}
	}
	b.records = out
}

// published reads a publication date as feeds and pages write it; zero
// when it cannot.
func published(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// pending is a new feed item on its way into the digest.
type pending struct {
	feed     int    // index in the conversation's feeds
	site     string // the feed's title, the site of an item read from its own text
	entry    entry
	keys     []string // the item's link and feed id keys
	more     []string // its article's link and content hash keys, when new
	dup      bool     // its article was seen under another link or text
	article  *bot.Article
	briefing *bot.Briefing
	err      error
}

// feedResult is the outcome of fetching one feed.
type feedResult struct {
	parsed      *parsedFeed
	etag, lm    string
	notModified bool
	err         error
}

// build collects the conversation's new items: the threads briefed there
// since since, then the new items of its feeds, each with its keys
// (normalised link, feed id, content hash), leaving out what the
// conversation has seen, so that an article appears once across feeds,
// threads and digests. It marks nothing seen: the digest claims its items
// when it is saved. full fetches the feeds without their validators.
func (s *Scheduler) build(ctx context.Context, c Conversation, since, now time.Time, full bool) (*built, error) {
	b := &built{conv: c}
	// batch holds the keys of the items taken so far.
	batch := map[string]bool{}

	// 1. Articles briefed in the conversation.
	threads, err := s.Store.ThreadsSince(ctx, c.Platform, c.ID, since, orDefault(s.MaxThreads, DefaultMaxThreads))
	if err != nil {
		return nil, fmt.Errorf("digest: threads since: %w", err)
	}
	var all []string
	tks := make([][]string, len(threads))
	for i, th := range threads {
		if th.Article != nil && th.Briefing != nil {
			tks[i] = keys(urlKey(th.Article.URL), urlKey(th.Briefing.Source.URL), hashKey(th.Article.Hash()))
			all = append(all, tks[i]...)
		}
	}
	seen, err := s.Store.SeenKeys(ctx, c, all)
	if err != nil {
		return nil, fmt.Errorf("digest: seen keys: %w", err)
	}
	for i, th := range threads {
		if tks[i] == nil {
			continue
		}
		if fresh := unseen(tks[i], seen, batch); len(fresh) < len(tks[i]) {
			// Seen under one of its keys: remember the others too.
			b.seen = append(b.seen, fresh...)
			continue
		}
		for _, k := range tks[i] {
			batch[k] = true
		}
		b.add(th.Article, th.Briefing, th.Key.Thread, tks[i])
	}

	// 2. The feeds: fetch, then pick the new items, oldest first.
	feeds, err := s.Store.Feeds(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("digest: feeds: %w", err)
	}
	if full {
		for i := range feeds {
			feeds[i].ETag, feeds[i].LastModified = "", ""
		}
	}
	results := s.fetchFeeds(ctx, feeds)
	if ctx.Err() != nil {
		return nil, fmt.Errorf("digest: fetch feeds: %w", ctx.Err())
	}
	var items []*pending
	maxItems := orDefault(s.MaxItemsPerFeed, DefaultMaxItemsPerFeed)
	for i := range feeds {
		f, r := &feeds[i], results[i]
		f.LastChecked = now
		switch {
		case r.err != nil:
			f.LastError, f.LastErrorAt = bot.ErrorMessage(r.err), now
			b.notes = append(b.notes, f.Name()+": "+f.LastError)
			s.log().Warn("digest: feed failed", "conversation", c.String(), "feed", f.URL, "code", bot.ErrorCode(r.err), "err", r.err)
		case r.notModified:
			f.LastError, f.ETag, f.LastModified = "", r.etag, r.lm
		default:
			f.LastError, f.ETag, f.LastModified = "", r.etag, r.lm
			if r.parsed.Title != "" {
				f.Title = r.parsed.Title
			}
			fresh, err := s.newEntries(ctx, c, i, f, r.parsed.Entries, batch)
			if err != nil {
				return nil, err
			}
			if len(fresh) > maxItems {
				b.notes = append(b.notes, fmt.Sprintf("%s: %d more new items, left for the next digest.", f.Name(), len(fresh)-maxItems))
				fresh = fresh[:maxItems]
				// Fetch the feed in full next time, for the items left.
				f.ETag, f.LastModified = "", ""
			}
			items = append(items, fresh...)
		}
	}
	b.feeds = feeds

	// 3. Read the new items' articles, a few at once.
	s.each(ctx, items, func(p *pending) { p.article, p.err = s.entryArticle(ctx, p) })
	if ctx.Err() != nil {
		return nil, fmt.Errorf("digest: read feed items: %w", ctx.Err())
	}

	// 4. Leave out, before any model call, an article already seen under
	// another link or with the same text; brief the others, a few at once.
	var extra []string
	for _, p := range items {
		if p.err == nil {
			p.more = without(keys(urlKey(p.article.URL), hashKey(p.article.Hash())), p.keys)
			extra = append(extra, p.more...)
		}
	}
	seenExtra, err := s.Store.SeenKeys(ctx, c, extra)
	if err != nil {
		return nil, fmt.Errorf("digest: seen keys: %w", err)
	}
	var toBrief []*pending
	for _, p := range items {
		if p.err != nil {
			continue
		}
		for _, k := range p.more {
			if seenExtra[k] || batch[k] {
				p.dup = true
			}
		}
		if p.dup {
			continue
		}
		for _, k := range p.more {
			batch[k] = true
		}
		toBrief = append(toBrief, p)
	}
	if len(toBrief) > 0 && s.Briefer == nil {
		return nil, errors.New("digest: no briefer for feed items")
	}
	s.each(ctx, toBrief, func(p *pending) { p.briefing, p.err = s.Briefer.Brief(ctx, p.article) })

	// 5. List them in order; the digest claims them when it is saved.
	failed := make([]int, len(feeds))
	for _, p := range items {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("digest: brief feed items: %w", ctx.Err())
		}
		switch {
		case p.dup:
			// Known by another link or text: remember this link too, so
			// that it is not read again.
			b.seen = append(b.seen, p.keys...)
		case p.err != nil:
			s.log().Warn("digest: feed item skipped", "conversation", c.String(), "feed", feeds[p.feed].URL,
				"link", p.entry.Link, "code", bot.ErrorCode(p.err), "err", p.err)
			// Taken all the same, so that a broken item is not tried in
			// every digest.
			b.seen = append(b.seen, p.keys...)
			failed[p.feed]++
		default:
			b.add(p.article, p.briefing, "", keys(append(append([]string(nil), p.keys...), p.more...)...))
		}
	}
	b.groupStories()
	for i, n := range failed {
		switch {
		case n == 1:
			b.notes = append(b.notes, feeds[i].Name()+": 1 new item could not be read.")
		case n > 1:
			b.notes = append(b.notes, fmt.Sprintf("%s: %d new items could not be read.", feeds[i].Name(), n))
		}
	}
	return b, nil
}

// fetchFeeds fetches and parses the feeds, a few at once.
func (s *Scheduler) fetchFeeds(ctx context.Context, feeds []Feed) []feedResult {
	results := make([]feedResult, len(feeds))
	if len(feeds) == 0 {
		return results
	}
	if s.Feeds == nil {
		for i := range results {
			results[i].err = bot.Errorf(bot.ENotSupported, "Feeds are not available on this bot.")
		}
		return results
	}
	sem := make(chan struct{}, orDefault(s.Workers, DefaultWorkers))
	var wg sync.WaitGroup
	for i := range feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = s.fetchFeed(ctx, &feeds[i])
		}()
	}
	wg.Wait()
	return results
}

func (s *Scheduler) fetchFeed(ctx context.Context, f *Feed) feedResult {
	body, etag, lm, notModified, err := s.Feeds.FetchFeed(ctx, f.URL, f.ETag, f.LastModified)
	if err != nil {
		return feedResult{err: err}
	}
	if notModified {
		return feedResult{etag: etag, lm: lm, notModified: true}
	}
	parsed, err := parseFeed(body, f.URL)
	if err != nil {
		return feedResult{err: err}
	}
	return feedResult{parsed: parsed, etag: etag, lm: lm}
}

// newEntries returns the feed's entries not seen in the conversation nor
// taken from an earlier feed of this digest, oldest first.
func (s *Scheduler) newEntries(ctx context.Context, c Conversation, feed int, f *Feed, entries []entry, batch map[string]bool) ([]*pending, error) {
	var all []string
	ks := make([][]string, len(entries))
	for i, e := range entries {
		ks[i] = keys(urlKey(e.Link), guidKey(f.URL, e.GUID))
		all = append(all, ks[i]...)
	}
	seen, err := s.Store.SeenKeys(ctx, c, all)
	if err != nil {
		return nil, fmt.Errorf("digest: seen keys: %w", err)
	}
	var out []*pending
next:
	for i, e := range entries {
		if len(ks[i]) == 0 && wordCount(htmlText(e.Content)) == 0 {
			continue // nothing to know it by, nothing to read
		}
		for _, k := range ks[i] {
			if seen[k] || batch[k] {
				continue next
			}
		}
		for _, k := range ks[i] {
			batch[k] = true
		}
		out = append(out, &pending{feed: feed, site: f.Title, entry: e, keys: ks[i]})
	}
	return out, nil
}

// each runs fn on every item, a few at once; items not started when ctx
// ends get its error.
func (s *Scheduler) each(ctx context.Context, items []*pending, fn func(p *pending)) {
	sem := make(chan struct{}, orDefault(s.Workers, DefaultWorkers))
	var wg sync.WaitGroup
	for _, p := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				p.err = ctx.Err()
				return
			}
			defer func() { <-sem }()
			fn(p)
		}()
	}
	wg.Wait()
}

// unseen returns the keys of ks in neither seen nor batch.
func unseen(ks []string, seen, batch map[string]bool) []string {
	var out []string
	for _, k := range ks {
		if !seen[k] && !batch[k] {
			out = append(out, k)
		}
	}
	return out
}

// without returns the keys of ks that are not in not.
func without(ks, not []string) []string {
	var out []string
next:
	for _, k := range ks {
		for _, n := range not {
			if k == n {
				continue next
			}
		}
		out = append(out, k)
	}
	return out
}

// entryArticle makes the article of a feed item: its own content when the
// feed carries the full text, else the page at its link (through the safe
// fetcher), else, when the link fails, the item's text if it is long
// enough.
func (s *Scheduler) entryArticle(ctx context.Context, p *pending) (*bot.Article, error) {
	e := p.entry
	lim := s.limits()
	content := htmlText(e.Content)
	words := wordCount(content)
	fill := func(a *bot.Article) *bot.Article {
		if a.Title == "" {
			a.Title = e.Title
		}
		if a.URL == "" {
			a.URL = e.Link
		}
		if a.Site == "" {
			a.Site = p.site
		}
		if a.Site == "" {
			a.Site = hostOf(a.URL)
		}
		if a.Published == "" && !e.Published.IsZero() {
			a.Published = e.Published.Format("2006-01-02")
		}
		return a
	}
	ownText := func() (*bot.Article, error) {
		var last error = bot.Errorf(bot.EInvalid, "The item has no text and no link.")
		for _, t := range []string{content, htmlText(e.Summary)} {
			if wordCount(t) == 0 {
				continue
			}
			a, err := bot.NewArticle([]byte(t), lim)
			if err == nil {
				return fill(a), nil
			}
			last = err
		}
		return nil, last
	}
	if words >= orDefault(s.FullContentWords, DefaultFullContentWords) || e.Link == "" {
		if a, err := ownText(); err == nil || e.Link == "" {
			return a, err
		}
	}
	if s.Fetcher == nil {
		return ownText()
	}
	a, err := s.Fetcher.Fetch(ctx, e.Link)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		if a2, err2 := ownText(); err2 == nil {
			return a2, nil
		}
		return nil, err
	}
	return fill(a), nil
}
