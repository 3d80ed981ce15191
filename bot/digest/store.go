package digest

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Conversation names a channel, room or DM on a platform: digests,
// schedules, feeds and seen items belong to one.
type Conversation struct {
	Platform string
	ID       bot.ConversationID
}

func (c Conversation) String() string { return c.Platform + "/" + string(c.ID) }

// Settings is a conversation's digest: its schedule and when it runs.
type Settings struct {
	Conversation Conversation
	// Spec is the schedule without its time zone (command.Schedule.Spec:
	// "daily 08:00", "cron 0 8 * * 1-5"), or "" when no digest is
	// scheduled.
	Spec string
	// TimeZone is the schedule's IANA time zone; it is also the time zone
	// in which the digest shows times.
	TimeZone string
	// NextRun is when the digest runs next; zero when none is scheduled.
	NextRun time.Time
	// LastRun is when the last digest was made; zero before the first.
	LastRun time.Time
	// LeaseUntil is set while a run of NextRun is being made: the run
	// holds the digest until then (ClaimDigest). A lease still set after
	// it expired was left by a process that stopped mid-run.
	LeaseUntil time.Time
	// Quiet, when set, says whether a digest with nothing new posts
	// nothing (true) or a short "Nothing new" message (false); nil means
	// the bot's default (Scheduler.Quiet).
	Quiet     *bool
	CreatedBy bot.UserID
	Created   time.Time
	Updated   time.Time
}

// Feed is a feed a conversation follows.
type Feed struct {
	// ID is the store's id of the feed, set by AddFeed.
	ID  int64
	URL string
	// Title is the feed's own title, when it has one.
	Title string
	// ETag and LastModified are the validators of the last full fetch,
	// sent with the next one.
	ETag         string
	LastModified string
	// LastChecked is when the feed was last fetched (zero: never).
	LastChecked time.Time
	// LastError is the one-line message of the last fetch's failure, ""
	// when it succeeded; LastErrorAt is when it failed.
	LastError   string
	LastErrorAt time.Time
	AddedBy     bot.UserID
	Created     time.Time
}

// Name returns the feed's title, or its link when it has none.
func (f *Feed) Name() string {
	if f.Title != "" {
		return f.Title
	}
	return f.URL
}

// Record is a digest, saved just before it is posted (SaveDigest claims
// its items) and kept so that "more N" can find its items.
type Record struct {
	// ID is set by SaveDigest.
	ID           int64
	Conversation Conversation
	// Thread is the thread the digest is posted in ("" at the top of the
	// conversation): where a run that resumes after a crash looks for the
	// post (bot.Finder).
	Thread bot.MessageID
	// MessageID is the digest's message, or the root of the thread it was
	// posted in; "more N" in that thread refers to this digest. It is ""
	// until SetDigestMessage records the post.
	MessageID bot.MessageID
	Created   time.Time
	// Since is the start of the window the digest covers: it lists the
	// articles briefed in the conversation from then on. A digest given
	// back opens its window again for the next one.
	Since time.Time
	Items []Item
	// Seen are keys the digest takes besides its items' (the link of an
	// item known under another one, the keys of an item that could not be
	// read): SaveDigest marks them seen with the items', and they are
	// given back with them. Not kept.
	Seen []string `json:"-"`
}

// Item is one article of a digest.
type Item struct {
	// N is the item's number in its digest, from 1.
	N         int
	Title     string
	URL       string
	Site      string
	Published string
	Summary   string
	Parties   []string
	// Hash is the article's content hash (bot.Article.Hash).
	Hash string
	// Thread is set for an article briefed in the conversation: the
	// thread that holds it (so that "forget" there also removes it from
	// "more N"). Article and Briefing are set for a feed item instead.
	Thread   bot.MessageID
	Article  *bot.Article
	Briefing *bot.Briefing
	// Story is the key of the story the item is on, shared by the items
	// of its digest on the same story (which are listed in a row and shown
	// as one entry); "" for an article on its own.
	Story string
	// Keys are the keys the item is known by in the conversation
	// (normalised links, feed item id, content hash): SaveDigest claims
	// the item by marking them seen. Not kept: DigestItem returns none.
	Keys []string `json:"-"`
}

// Store is what the digest keeps: schedules, feeds, seen items and posted
// digests per conversation, and the conversation's briefed threads.
// adapters/sqlite, adapters/postgres and MemStore implement it; the suite in
// digest/digesttest checks them all. Times are kept to the microsecond.
type Store interface {
	bot.ThreadStore

	// ThreadsSince returns the conversation's threads that hold a
	// briefing and were created at or after since, oldest first, at most
	// limit (all when limit <= 0), without their turns.
	ThreadsSince(ctx context.Context, platform string, conv bot.ConversationID, since time.Time, limit int) ([]*bot.Thread, error)

	// DigestSettings returns the conversation's settings, or an *bot.Error
	// with code ENotFound when it has none.
	DigestSettings(ctx context.Context, c Conversation) (*Settings, error)
	// SetDigestSchedule creates or updates the conversation's schedule:
	// spec, time zone, next run and who set it. An empty spec and a zero
	// next turn the digest off, keeping the other settings.
	SetDigestSchedule(ctx context.Context, c Conversation, spec, timeZone string, next time.Time, by bot.UserID) error
	// SetDigestQuiet creates or updates the conversation's quiet setting.
	SetDigestQuiet(ctx context.Context, c Conversation, quiet bool) error
	// DueDigests returns up to limit scheduled digests whose next run is at
	// or before now and that no run holds (no lease, or one that expired
	// at or before now), earliest first.
	DueDigests(ctx context.Context, now time.Time, limit int) ([]Settings, error)
	// ClaimDigest leases the conversation's run at prev until until, if
	// its next run is still prev and no lease unexpired at now holds it,
	// and reports whether it did. It is atomic: of several replicas
	// claiming the same run, exactly one gets true.
	ClaimDigest(ctx context.Context, c Conversation, prev, now, until time.Time) (bool, error)
	// AdvanceDigest ends the lease on the run at prev and moves the next
	// run to next (prev gives the run back to be made again; zero turns
	// the digest off), if the next run is still prev, and reports whether
	// it did.
	AdvanceDigest(ctx context.Context, c Conversation, prev, next time.Time) (bool, error)
	// FinishDigest records that a digest was made at ran.
	FinishDigest(ctx context.Context, c Conversation, ran time.Time) error

	// AddFeed adds a feed to the conversation, setting f.ID, and reports
	// false (with no change) when the conversation already has a feed with
	// that URL.
	AddFeed(ctx context.Context, c Conversation, f *Feed) (bool, error)
	// Feeds returns the conversation's feeds in the order they were added.
	Feeds(ctx context.Context, c Conversation) ([]Feed, error)
	// RemoveFeed removes a feed of the conversation; removing a missing one
	// is not an error.
	RemoveFeed(ctx context.Context, c Conversation, id int64) error
	// UpdateFeed stores a feed's fetch state: ETag, LastModified,
	// LastChecked, LastError, LastErrorAt and Title.
	UpdateFeed(ctx context.Context, c Conversation, f *Feed) error

	// SeenKeys returns which of keys the conversation has seen.
	SeenKeys(ctx context.Context, c Conversation, keys []string) (map[string]bool, error)
	// MarkSeen records keys as seen at at, for good, and reports whether
	// none of them had been seen before. It is atomic: of concurrent calls
	// marking the same key, one at most gets true.
	MarkSeen(ctx context.Context, c Conversation, keys []string, at time.Time) (fresh bool, err error)

	// SaveDigest stores a digest about to be posted, with its items, sets
	// d.ID, and claims the items, all in one transaction: it marks each
	// item's Keys, in order, and d.Seen as seen at d.Created, taken by the
	// digest. An item one of whose keys was seen already (by another
	// digest, or by an earlier item of this one) is left out, its other
	// keys marked all the same, as MarkSeen would. d.Items becomes the
	// items kept, numbered again from 1; it may be empty. Of concurrent
	// digests claiming an item, exactly one keeps it.
	SaveDigest(ctx context.Context, d *Record) error
	// SetDigestMessage records that a digest was posted, as msg (empty
	// when the chat gave no id): the keys it took are kept for good.
	SetDigestMessage(ctx context.Context, id int64, msg bot.MessageID) error
	// DeleteDigest removes a digest and its items; the keys it took are
	// given back unless it was recorded as posted. Deleting a missing
	// digest is not an error.
	DeleteDigest(ctx context.Context, id int64) error
	// UnpostedDigests returns the conversation's digests made at or after
	// since and before before (zero: no bound) that were not recorded as
	// posted by SetDigestMessage (ID, Conversation, Thread, Created and
	// Since; not their items), oldest first.
	UnpostedDigests(ctx context.Context, c Conversation, since, before time.Time) ([]Record, error)
	// DigestItem returns item n of the conversation's digest posted as (or
	// in the thread of) message msg, or of its latest digest when msg is
	// empty or names no digest; an *bot.Error with code ENotFound when
	// there is no such item.
	DigestItem(ctx context.Context, c Conversation, msg bot.MessageID, n int) (*Item, error)
	// PruneDigests deletes digests made before before, with their items,
	// and returns how many it deleted; the keys they took stay seen.
	PruneDigests(ctx context.Context, before time.Time) (int, error)
}
