// Package digest makes scheduled digests: per conversation, on a daily,
// weekday, weekly or cron schedule in the conversation's time zone, one
// compact message listing the articles briefed there since the last digest
// and the new items of the conversation's feeds (RSS, Atom, JSON Feed),
// each with a one-line neutral summary and the parties involved; "more N"
// posts the full briefing of item N.
//
// The Scheduler runs the schedules (Run), handles the digest, feed and more
// commands (it is the engine's bot.CommandHandler) and posts through the
// chats registered for each platform. Several replicas may run it on one
// database: each due digest is leased atomically (Store.ClaimDigest), so it
// is posted once, and moved on to its next run when made
// (Store.AdvanceDigest); a lease left by a process that stopped mid-run
// expires and the digest is made then. Each item is claimed when the
// digest that lists it is saved, just before it is posted
// (Store.SaveDigest), so it appears in one digest only; a run that stops
// before then has taken nothing, and a digest saved but never recorded as
// posted gives its items back (Store.DeleteDigest) unless its post is
// found, whether it was scheduled or asked for with "digest now".
package digest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/command"
)

// Defaults for zero Scheduler fields.
const (
	DefaultInterval        = 30 * time.Second
	DefaultMaxItemsPerFeed = 10
	DefaultMaxFeeds        = 20
	DefaultMaxThreads      = 50
	DefaultWorkers         = 4
	DefaultConcurrency     = 2
	DefaultRetention       = 30 * 24 * time.Hour
	DefaultTimeout         = 15 * time.Minute
	// DefaultFullContentWords is how long a feed item's own content must
	// be to be briefed as it is, rather than by fetching its link.
	DefaultFullContentWords = 150
	// InitialItems is how many of a feed's newest items the next digest
	// shows after "feed add"; the older ones are marked seen, so that a
	// new feed does not fill a digest with its archive.
	InitialItems = 3
)

// Scheduler runs digests. Set its fields, Register a chat per platform,
// then call Run; set it as the engine's Commands too. It is safe for
// concurrent use once running; do not change its fields after.
type Scheduler struct {
	// Store keeps schedules, feeds, seen items, posted digests, and is
	// where the engine's threads are (required).
	Store Store
	// Briefer briefs new feed items (required when feeds are used). Pass
	// the engine: Engine.Brief runs the cached backend and the grounding
	// check.
	Briefer bot.Briefer
	// Stories merges the articles of a digest entry on one story into
	// the story briefing "more N" posts (package story); without it
	// "more N" posts the first article's briefing.
	Stories bot.StoryMerger
	// Fetcher loads feed items' links (the SSRF-safe adapters/web.Fetcher).
	Fetcher bot.Fetcher
	// Feeds loads feeds (adapters/web.Fetcher).
	Feeds FeedFetcher
	// Admins may change digests and feeds (command.Command.AdminOnly);
	// empty lets everyone.
	Admins command.Admins
	// Quiet is the default of "digest quiet" for conversations that have
	// not set it: true posts nothing when a scheduled digest has nothing
	// new, false (the default) posts a short "Nothing new since …".
	Quiet bool
	// Limits bounds feed items' text (zero fields: bot.DefaultLimits).
	Limits bot.Limits
	Logger *slog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
	// NewTicker makes the ticker Run waits on (default time.NewTicker).
	NewTicker func(d time.Duration) (ticks <-chan time.Time, stop func())
	// Interval is how often Run looks for due digests (default 30 s).
	Interval time.Duration
	// MaxItemsPerFeed bounds the new items taken from one feed into one
	// digest, oldest first; the rest wait for the next (default 10).
	MaxItemsPerFeed int
	// MaxFeeds bounds a conversation's feeds (default 20).
	MaxFeeds int
	// MaxThreads bounds the briefed threads listed in one digest (default
	// 50).
	MaxThreads int
	// Workers bounds the feeds fetched and items briefed at once for one
	// digest (default 4).
	Workers int
	// Concurrency bounds the scheduled digests made at once (default 2).
	Concurrency int
	// Retention is how long posted digests are kept for "more N" (default
	// 30 days).
	Retention time.Duration
	// Timeout bounds the making of one digest (default 15 minutes).
	Timeout time.Duration
	// FullContentWords: see DefaultFullContentWords.
	FullContentWords int

	mu    sync.Mutex
	chats map[string]bot.Chat
	once  sync.Once
	sem   chan struct{}
	wg    sync.WaitGroup
}

var _ bot.CommandHandler = (*Scheduler)(nil)

// Register sets the chat that digests of platform's conversations are
// posted through.
func (s *Scheduler) Register(platform string, c bot.Chat) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.chats == nil {
		s.chats = map[string]bot.Chat{}
	}
	s.chats[platform] = c
}

func (s *Scheduler) chat(platform string) bot.Chat {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.chats[platform]
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scheduler) log() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func orDefault[T int | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

func (s *Scheduler) limits() bot.Limits {
	l := s.Limits
	if l.MinWords <= 0 {
		l.MinWords = bot.DefaultLimits.MinWords
	}
	if l.MaxWords <= 0 {
		l.MaxWords = bot.DefaultLimits.MaxWords
	}
	return l
}

// Run looks for due digests at once (so that a digest missed while the bot
// was down runs now, once) and then every Interval, until ctx ends; it then
// waits for the digests in progress and returns nil.
func (s *Scheduler) Run(ctx context.Context) error {
	if s.Store == nil {
		return errors.New("digest: run: no store")
	}
	ticks, stop := s.ticker(orDefault(s.Interval, DefaultInterval))
	defer stop()
	defer s.wg.Wait()
	for {
		s.Tick(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-ticks:
		}
	}
}

func (s *Scheduler) ticker(d time.Duration) (<-chan time.Time, func()) {
	if s.NewTicker != nil {
		return s.NewTicker(d)
	}
	t := time.NewTicker(d)
	return t.C, t.Stop
}

// Wait waits for the digests that Tick started.
func (s *Scheduler) Wait() { s.wg.Wait() }

// Tick claims the digests due now and starts making them, at most
// Concurrency at once; it returns how many it claimed. Run calls it; tests
// call it with Wait. A digest is claimed only when a slot to make it is
// free, so that its lease (the make timeout and a minute) starts when the
// work does.
func (s *Scheduler) Tick(ctx context.Context) int {
	s.once.Do(func() { s.sem = make(chan struct{}, orDefault(s.Concurrency, DefaultConcurrency)) })
	now := s.now()
	due, err := s.Store.DueDigests(ctx, now, 100)
	if err != nil {
		if ctx.Err() == nil {
			s.log().Error("digest: due digests", "err", err)
		}
		return 0
	}
	claimed := 0
	for _, set := range due {
		c := set.Conversation
		chat := s.chat(c.Platform)
		if chat == nil {
			// Another replica may serve this platform: leave it.
			s.log().Debug("digest: no chat for platform", "platform", c.Platform)
			continue
		}
		sch, err := ParseSchedule(set.Spec, set.TimeZone)
		if err != nil {
			s.log().Error("digest: bad stored schedule; turning it off", "conversation", c.String(), "spec", set.Spec, "err", err)
			if _, err := s.Store.AdvanceDigest(ctx, c, set.NextRun, time.Time{}); err != nil {
				s.log().Error("digest: turn off", "conversation", c.String(), "err", err)
			}
			continue
		}
		select {
		case s.sem <- struct{}{}:
		default:
			return claimed // every slot is busy: the rest wait for a later tick
		}
		ok, err := s.Store.ClaimDigest(ctx, c, set.NextRun, now, now.Add(s.lease()))
		if err != nil || !ok {
			<-s.sem
			if err != nil {
				s.log().Error("digest: claim", "conversation", c.String(), "err", err)
			}
			continue // another replica has it
		}
		claimed++
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer func() { <-s.sem }()
			if err := s.runScheduled(ctx, chat, set, sch, sch.Next(now)); err != nil {
				s.log().Error("digest failed", "conversation", c.String(), "err", err)
			}
		}()
	}
	return claimed
}

// lease is how long a claimed run holds its digest: the make timeout and a
// minute. A run still holding it after that was stopped with its process,
// and the next Tick, here or on another replica, makes the digest again.
func (s *Scheduler) lease() time.Duration {
	return orDefault(s.Timeout, DefaultTimeout) + time.Minute
}

// advance ends a claimed run: the next run moves from slot to next (slot
// itself gives the run back, to be made at the next tick). It outlives
// ctx, so that a run finished at shutdown is recorded.
func (s *Scheduler) advance(c Conversation, slot, next time.Time) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := s.Store.AdvanceDigest(ctx, c, slot, next); err != nil {
		return fmt.Errorf("digest: advance: %w", err)
	}
	return nil
}

// runScheduled makes and posts the scheduled digest of set's next run at
// the top of the conversation, then moves the schedule on to next. A
// failure before anything was posted gives the run back. A run whose
// lease had expired (a process stopped while making it) is made again
// unless that process had posted it: the digest it had saved and not
// posted is deleted first, giving its items back.
func (s *Scheduler) runScheduled(ctx context.Context, chat bot.Chat, set Settings, sch *Schedule, next time.Time) error {
	c, slot := set.Conversation, set.NextRun
	var back givenBack
	if !set.LeaseUntil.IsZero() {
		if !set.LastRun.Before(slot) {
			s.log().Warn("digest: a stopped run had made this digest; moving on", "conversation", c.String(), "run", slot)
			return s.advance(c, slot, next)
		}
		rec, err := s.postedByStoppedRun(ctx, chat, c, slot, &back)
		if err != nil {
			return errors.Join(err, s.advance(c, slot, slot))
		}
		if rec != nil {
			s.log().Warn("digest: a stopped run had posted this digest; recording it and moving on", "conversation", c.String(), "run", slot)
			if err := s.Store.FinishDigest(ctx, c, rec.Created); err != nil {
				return errors.Join(fmt.Errorf("digest: finish: %w", err), s.advance(c, slot, slot))
			}
			return s.advance(c, slot, next)
		}
		s.log().Warn("digest: making a digest a stopped run left unfinished", "conversation", c.String(), "run", slot)
	}
	to := bot.Target{Conversation: c.ID}
	posted, err := s.make(ctx, chat, to, &set, sch, false, back)
	if err != nil && !posted {
		return errors.Join(err, s.advance(c, slot, slot))
	}
	return errors.Join(err, s.advance(c, slot, next))
}

// postKey is the key a digest's message is posted with (bot.Reply.Key),
// made from its record, so that a run resumed after a crash can find the
// message.
func postKey(rec *Record) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "digest|%s|%d|%d", rec.Conversation, rec.ID, rec.Created.UnixMicro()))
	return hex.EncodeToString(sum[:16])
}

// nothingNewKey is the key of a scheduled run's "Nothing new" message,
// which has no record: it is made from the conversation and the run.
func nothingNewKey(c Conversation, slot time.Time) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "nothing-new|%s|%d", c, slot.UnixMicro()))
	return hex.EncodeToString(sum[:16])
}

// postedByStoppedRun looks for the digest a stopped run of the slot was
// posting: its record, saved at the top of the conversation before the
// post and not recorded as posted, and the post itself, found by its key
// when the chat is a bot.Finder (without a record, its "Nothing new"
// message). It returns the record when the post was made (and records
// it; a record of the slot only, for "Nothing new"); otherwise it deletes
// the record, giving its items back, so that the digest is made again
// with them (noted in back), and returns nil.
func (s *Scheduler) postedByStoppedRun(ctx context.Context, chat bot.Chat, c Conversation, slot time.Time, back *givenBack) (*Record, error) {
	recs, err := s.Store.UnpostedDigests(ctx, c, slot, time.Time{})
	if err != nil {
		return nil, fmt.Errorf("digest: unposted digests: %w", err)
	}
	var posted *Record
	saved := false
	for i := range recs {
		rec := &recs[i]
		if rec.Thread != "" {
			continue // a "digest now", posted in its thread: not this run's
		}
		saved = true
		id, err := s.findPost(ctx, chat, rec)
		if err != nil {
			s.log().Warn("digest: looking for a stopped run's digest failed; making it again", "conversation", c.String(), "err", err)
		}
		if err := s.settle(ctx, rec, id); err != nil {
			return nil, err
		}
		if id != "" {
			posted = rec
		} else {
			back.add(rec)
		}
	}
	if posted != nil || saved {
		return posted, nil
	}
	// No digest record: the run may have posted "Nothing new".
	if f, ok := chat.(bot.Finder); ok {
		if id, err := f.FindPost(ctx, bot.Target{Conversation: c.ID}, nothingNewKey(c, slot)); err == nil && id != "" {
			return &Record{Conversation: c, Created: slot}, nil
		}
	}
	return nil, nil
}

// findPost looks for a saved digest's post by its key: its message, or
// "" when the chat has no such post or cannot look (not a bot.Finder).
func (s *Scheduler) findPost(ctx context.Context, chat bot.Chat, rec *Record) (bot.MessageID, error) {
	f, ok := chat.(bot.Finder)
	if !ok {
		return "", nil
	}
	id, err := f.FindPost(ctx, bot.Target{Conversation: rec.Conversation.ID, Thread: rec.Thread}, postKey(rec))
	if err != nil {
		return "", fmt.Errorf("digest: find post: %w", err)
	}
	return id, nil
}

// settle ends a digest that was saved and not recorded as posted: posted
// as id, it is recorded, and its items stay taken; not posted (id ""), it
// is deleted, and its items are given back for the next digest.
func (s *Scheduler) settle(ctx context.Context, rec *Record, id bot.MessageID) error {
	if id == "" {
		if err := s.Store.DeleteDigest(ctx, rec.ID); err != nil {
			return fmt.Errorf("digest: delete unposted digest: %w", err)
		}
		return nil
	}
	if rec.Thread != "" {
		id = rec.Thread // "more N" in that thread refers to this digest
	}
	if err := s.Store.SetDigestMessage(ctx, rec.ID, id); err != nil {
		return fmt.Errorf("digest: record message: %w", err)
	}
	return nil
}

// givenBack is what a run learns of the digests given back before it:
// their items are to be found again, though a run made meanwhile may
// have moved the window of briefed articles past them and stored its
// feeds' validators.
type givenBack struct {
	// any is set when a digest was given back: the feeds are fetched in
	// full.
	any bool
	// since is the earliest start of their windows (zero: none known).
	since time.Time
}

func (g *givenBack) add(rec *Record) {
	g.any = true
	if !rec.Since.IsZero() && (g.since.IsZero() || rec.Since.Before(g.since)) {
		g.since = rec.Since
	}
}

// settleStopped ends the digests that stopped runs saved and did not
// record as posted (a process killed between saving a digest and
// recording its post leaves one), so that their items are given back
// before this run takes new ones: a digest saved more than a lease ago
// belongs to a run that has ended, whichever process made it. A digest
// whose post the chat finds is recorded; any other is deleted, giving its
// items back. One whose post cannot be looked for now is left for a later
// run, its items still taken, so that none is posted twice. What was
// given back is noted in back.
func (s *Scheduler) settleStopped(ctx context.Context, chat bot.Chat, c Conversation, now time.Time, back *givenBack) error {
	recs, err := s.Store.UnpostedDigests(ctx, c, time.Time{}, now.Add(-s.lease()))
	if err != nil {
		return fmt.Errorf("digest: unposted digests: %w", err)
	}
	for i := range recs {
		rec := &recs[i]
		id, err := s.findPost(ctx, chat, rec)
		if err != nil {
			s.log().Warn("digest: looking for a stopped run's digest failed; leaving it for later", "conversation", c.String(), "digest", rec.ID, "err", err)
			continue
		}
		if err := s.settle(ctx, rec, id); err != nil {
			return err
		}
		if id == "" {
			back.add(rec)
		}
		s.log().Warn("digest: settled a digest a stopped run had saved", "conversation", c.String(), "digest", rec.ID,
			"posted", id != "", "created", rec.Created)
	}
	return nil
}

// RunNow makes the conversation's digest at once and posts it to to; it is
// "digest now". A digest with nothing new posts "Nothing new since …"
// whatever the quiet setting.
func (s *Scheduler) RunNow(ctx context.Context, chat bot.Chat, c Conversation, to bot.Target) error {
	set, err := s.Store.DigestSettings(ctx, c)
	if err != nil {
		if bot.ErrorCode(err) != bot.ENotFound {
			return fmt.Errorf("digest now: %w", err)
		}
		set = &Settings{Conversation: c, TimeZone: command.DefaultTimeZone}
	}
	var sch *Schedule
	if set.Spec != "" {
		sch, _ = ParseSchedule(set.Spec, set.TimeZone)
	}
	_, err = s.make(ctx, chat, to, set, sch, true, givenBack{})
	return err
}

// location is the conversation's time zone.
func location(set *Settings) *time.Location {
	if loc, err := command.LoadLocation(set.TimeZone); err == nil {
		return loc
	}
	return time.UTC
}

// make builds the digest of set's conversation, claims its items by
// saving it, and posts it to to. posted reports whether a message went
// out. back notes digests given back before: their window of briefed
// articles is opened again and the feeds are fetched in full, so that
// their items are found.
func (s *Scheduler) make(ctx context.Context, chat bot.Chat, to bot.Target, set *Settings, sch *Schedule, manual bool, back givenBack) (posted bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, orDefault(s.Timeout, DefaultTimeout))
	defer cancel()
	start := s.now()
	c := set.Conversation
	loc := location(set)
	since := set.LastRun
	if since.IsZero() {
		since = start.Add(-24 * time.Hour)
	}
	if err := s.settleStopped(ctx, chat, c, start, &back); err != nil {
		return false, err
	}
	if !back.since.IsZero() && back.since.Before(since) {
		since = back.since
	}
	b, err := s.build(ctx, c, since, start, back.any)
	if err != nil {
		return false, err
	}
	unposted := func(err error) (bool, error) {
		if ferr := b.saveFeeds(context.WithoutCancel(ctx), s, false); ferr != nil {
			s.log().Error("digest: save feeds", "conversation", c.String(), "err", ferr)
		}
		return false, err
	}
	rec, err := s.save(ctx, b, to, since)
	if err != nil {
		return unposted(err)
	}
	d := &bot.Digest{Title: digestTitle(sch, start.In(loc), manual), Items: digestItems(rec), Errors: b.notes}
	quiet := s.Quiet
	if set.Quiet != nil {
		quiet = *set.Quiet
	}
	switch {
	case rec != nil:
		if err := s.post(ctx, chat, to, d, rec); err != nil {
			return unposted(err)
		}
		posted = true
	case manual || !quiet:
		r := &bot.Reply{Kind: bot.ReplyText, Text: nothingNew(set.LastRun, loc, d.Errors)}
		if !manual {
			r.Key = nothingNewKey(c, set.NextRun)
		}
		if _, err := chat.Post(ctx, to, r); err != nil {
			return unposted(fmt.Errorf("digest: post nothing-new: %w", err))
		}
		posted = true
	}
	if rec == nil && len(b.seen) > 0 {
		// No digest took them: the items that could not be read are
		// kept as seen now.
		if _, err := s.Store.MarkSeen(ctx, c, b.seen, start); err != nil {
			return posted, fmt.Errorf("digest: mark seen: %w", err)
		}
	}
	if err := b.saveFeeds(ctx, s, true); err != nil {
		return posted, err
	}
	if err := s.Store.FinishDigest(ctx, c, start); err != nil {
		return posted, fmt.Errorf("digest: finish: %w", err)
	}
	if _, err := s.Store.PruneDigests(ctx, start.Add(-orDefault(s.Retention, DefaultRetention))); err != nil {
		s.log().Warn("digest: prune", "err", err)
	}
	threads := threadItems(rec)
	s.log().Info("digest made", "platform", c.Platform, "conversation", string(c.ID), "posted", posted,
		"items", len(d.Items), "threads", threads, "feed_items", len(d.Items)-threads, "notes", len(d.Errors),
		"manual", manual, "ms", s.now().Sub(start).Milliseconds())
	return posted, nil
}

// save saves the digest, claiming its items (Store.SaveDigest), and
// returns it; nil when it has no item, or when other digests took every
// one meanwhile.
func (s *Scheduler) save(ctx context.Context, b *built, to bot.Target, since time.Time) (*Record, error) {
	if len(b.records) == 0 {
		return nil, nil
	}
	rec := &Record{Conversation: b.conv, Thread: to.Thread, Created: s.now(), Since: since, Items: b.records, Seen: b.seen}
	if err := s.Store.SaveDigest(ctx, rec); err != nil {
		return nil, fmt.Errorf("digest: save: %w", err)
	}
	if len(rec.Items) > 0 {
		return rec, nil
	}
	if err := s.Store.DeleteDigest(ctx, rec.ID); err != nil {
		return nil, fmt.Errorf("digest: delete empty digest: %w", err)
	}
	return nil, nil
}

// digestItemsOf returns the items of rec, none when rec is nil.
func digestItemsOf(rec *Record) []Item {
	if rec == nil {
		return nil
	}
	return rec.Items
}

// threadItems counts the items of rec briefed in the conversation.
func threadItems(rec *Record) int {
	n := 0
	for _, it := range digestItemsOf(rec) {
		if it.Thread != "" {
			n++
		}
	}
	return n
}

// digestItems is rec's items as the digest shows them.
// The items on one story (in a row, with one Story key) are one entry,
// numbered as the first of them, naming every outlet.
func digestItems(rec *Record) []bot.DigestItem {
	items := digestItemsOf(rec)
	out := make([]bot.DigestItem, 0, len(items))
	for i, it := range items {
		if i > 0 && it.Story != "" && it.Story == items[i-1].Story {
			last := &out[len(out)-1]
			last.Outlets = append(last.Outlets, outletName(it))
			for _, p := range it.Parties {
				if !slices.Contains(last.Parties, p) && len(last.Parties) < MaxParties {
					last.Parties = append(last.Parties, p)
				}
			}
			continue
		}
		d := bot.DigestItem{N: it.N, Title: it.Title, Site: it.Site, URL: it.URL, Published: it.Published,
			Summary: it.Summary, Parties: it.Parties}
		if it.Story != "" {
			d.Outlets = []string{outletName(it)}
			d.Parties = slices.Clone(it.Parties)
		}
		out = append(out, d)
	}
	return out
}

// outletName names an item's outlet in a story entry: its site, else its
// title.
func outletName(it Item) string {
	if it.Site != "" {
		return it.Site
	}
	return it.Title
}

// post posts a saved digest and records its message. A digest that could
// not be posted is deleted, giving its items back.
func (s *Scheduler) post(ctx context.Context, chat bot.Chat, to bot.Target, d *bot.Digest, rec *Record) error {
	id, err := chat.Post(ctx, to, &bot.Reply{Kind: bot.ReplyDigest, Digest: d, Key: postKey(rec)})
	if err != nil {
		if derr := s.Store.DeleteDigest(context.WithoutCancel(ctx), rec.ID); derr != nil {
			s.log().Warn("digest: delete unposted digest", "err", derr)
		}
		return fmt.Errorf("digest: post: %w", err)
	}
	msg := id
	if to.Thread != "" {
		msg = to.Thread // "more N" in that thread refers to this digest
	}
	// The post is out: record it even if ctx ends now.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := s.Store.SetDigestMessage(rctx, rec.ID, msg); err != nil {
		s.log().Warn("digest: record message", "err", err)
	}
	return nil
}

// digestTitle is "Daily digest, Sat 28 Nov 2026".
func digestTitle(sch *Schedule, now time.Time, manual bool) string {
	kind := "Digest"
	if sch != nil && !manual {
		switch sch.Every {
		case command.Daily:
			kind = "Daily digest"
		case command.Weekdays:
			kind = "Weekday digest"
		case command.Weekly:
			kind = "Weekly digest"
		}
	}
	if manual {
		return kind + ", " + now.Format("Mon 2 Jan 2006 15:04")
	}
	return kind + ", " + now.Format("Mon 2 Jan 2006")
}

// nothingNew is the short message of a digest with nothing new, with its
// notes.
func nothingNew(last time.Time, loc *time.Location, notes []string) string {
	text := "Nothing new in the last 24 hours."
	if !last.IsZero() {
		text = "Nothing new since " + formatTime(last, loc) + "."
	}
	for _, n := range notes {
		text += "\n• " + n
	}
	return text
}

// formatTime shows t in the conversation's time zone.
func formatTime(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
}
