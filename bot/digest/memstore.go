package digest

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// MemStore is a Store (and a bot.Store) in memory, for tests and the
// terminal: a bot.MemStore for threads plus the digest's tables.
type MemStore struct {
	*bot.MemStore

	mu       sync.Mutex
	settings map[Conversation]*Settings
	feeds    map[Conversation][]*Feed
	seen     map[Conversation]map[string]seenKey
	digests  map[int64]*Record
	posted   map[int64]bool
	nextID   int64
}

// seenKey is when a key was seen and the unposted digest that took it (0:
// kept for good).
type seenKey struct {
	at     time.Time
	digest int64
}

var (
	_ Store     = (*MemStore)(nil)
	_ bot.Store = (*MemStore)(nil)
)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{
		MemStore: bot.NewMemStore(),
		settings: map[Conversation]*Settings{},
		feeds:    map[Conversation][]*Feed{},
		seen:     map[Conversation]map[string]seenKey{},
		digests:  map[int64]*Record{},
		posted:   map[int64]bool{},
	}
}

// micro is t as the durable stores keep it.
func micro(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.Truncate(time.Microsecond).UTC()
}

func (s *MemStore) clock() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func notFound(op, msg string) error {
	return &bot.Error{Code: bot.ENotFound, Op: "digest memstore: " + op, Message: msg}
}

// DigestSettings implements Store.
func (s *MemStore) DigestSettings(_ context.Context, c Conversation) (*Settings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.settings[c]
	if !ok {
		return nil, notFound("settings", "No digest is set up here.")
	}
	cp := *st
	if st.Quiet != nil {
		q := *st.Quiet
		cp.Quiet = &q
	}
	return &cp, nil
}

func (s *MemStore) row(c Conversation) *Settings {
	st, ok := s.settings[c]
	if !ok {
		now := micro(s.clock())
		st = &Settings{Conversation: c, TimeZone: "UTC", Created: now, Updated: now}
		s.settings[c] = st
	}
	return st
}

// SetDigestSchedule implements Store.
func (s *MemStore) SetDigestSchedule(_ context.Context, c Conversation, spec, timeZone string, next time.Time, by bot.UserID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.row(c)
	st.Spec, st.TimeZone, st.NextRun, st.CreatedBy = spec, timeZone, micro(next), by
	st.LeaseUntil = time.Time{}
	if st.TimeZone == "" {
		st.TimeZone = "UTC"
	}
	st.Updated = micro(s.clock())
	return nil
}

// SetDigestQuiet implements Store.
func (s *MemStore) SetDigestQuiet(_ context.Context, c Conversation, quiet bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.row(c)
	st.Quiet = &quiet
	st.Updated = micro(s.clock())
	return nil
}

// DueDigests implements Store.
func (s *MemStore) DueDigests(_ context.Context, now time.Time, limit int) ([]Settings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Settings
	for _, st := range s.settings {
		if st.Spec != "" && !st.NextRun.IsZero() && !st.NextRun.After(now) && !st.LeaseUntil.After(now) {
			cp := *st
			if st.Quiet != nil {
				q := *st.Quiet
				cp.Quiet = &q
			}
			out = append(out, cp)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].NextRun.Equal(out[j].NextRun) {
			return out[i].NextRun.Before(out[j].NextRun)
		}
		return out[i].Conversation.String() < out[j].Conversation.String()
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// ClaimDigest implements Store.
func (s *MemStore) ClaimDigest(_ context.Context, c Conversation, prev, now, until time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.settings[c]
	if !ok || st.Spec == "" || st.NextRun.IsZero() || !st.NextRun.Equal(micro(prev)) || st.LeaseUntil.After(now) {
		return false, nil
	}
	st.LeaseUntil = micro(until)
	return true, nil
}

// AdvanceDigest implements Store.
func (s *MemStore) AdvanceDigest(_ context.Context, c Conversation, prev, next time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.settings[c]
	if !ok || st.NextRun.IsZero() || !st.NextRun.Equal(micro(prev)) {
		return false, nil
	}
	st.NextRun, st.LeaseUntil = micro(next), time.Time{}
	return true, nil
}

// FinishDigest implements Store.
func (s *MemStore) FinishDigest(_ context.Context, c Conversation, ran time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.row(c)
	st.LastRun = micro(ran)
	return nil
}

// AddFeed implements Store.
func (s *MemStore) AddFeed(_ context.Context, c Conversation, f *Feed) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.feeds[c] {
		if g.URL == f.URL {
			return false, nil
		}
	}
	s.nextID++
	f.ID = s.nextID
	cp := *f
	cp.Created = micro(f.Created)
	if cp.Created.IsZero() {
		cp.Created = micro(s.clock())
	}
	cp.LastChecked, cp.LastErrorAt = micro(cp.LastChecked), micro(cp.LastErrorAt)
	s.feeds[c] = append(s.feeds[c], &cp)
	return true, nil
}

// Feeds implements Store.
func (s *MemStore) Feeds(_ context.Context, c Conversation) ([]Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Feed, 0, len(s.feeds[c]))
	for _, f := range s.feeds[c] {
		out = append(out, *f)
	}
	return out, nil
}

// RemoveFeed implements Store.
func (s *MemStore) RemoveFeed(_ context.Context, c Conversation, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	fs := s.feeds[c]
	for i, f := range fs {
		if f.ID == id {
			s.feeds[c] = append(fs[:i:i], fs[i+1:]...)
			break
		}
	}
	return nil
}

// UpdateFeed implements Store.
func (s *MemStore) UpdateFeed(_ context.Context, c Conversation, f *Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.feeds[c] {
		if g.ID == f.ID {
			g.Title, g.ETag, g.LastModified, g.LastError = f.Title, f.ETag, f.LastModified, f.LastError
			g.LastChecked, g.LastErrorAt = micro(f.LastChecked), micro(f.LastErrorAt)
		}
	}
	return nil
}

// SeenKeys implements Store.
func (s *MemStore) SeenKeys(_ context.Context, c Conversation, keys []string) (map[string]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]bool{}
	for _, k := range keys {
		if _, ok := s.seen[c][k]; ok {
			out[k] = true
		}
	}
	return out, nil
}

// MarkSeen implements Store.
func (s *MemStore) MarkSeen(_ context.Context, c Conversation, ks []string, at time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mark(c, ks, at, 0), nil
}

// mark records keys as seen at at, taken by digest (0: for good), and
// reports whether none had been seen.
func (s *MemStore) mark(c Conversation, ks []string, at time.Time, digest int64) bool {
	m := s.seen[c]
	if m == nil {
		m = map[string]seenKey{}
		s.seen[c] = m
	}
	fresh := true
	for _, k := range keys(ks...) {
		if _, ok := m[k]; ok {
			fresh = false
			continue
		}
		m[k] = seenKey{at: micro(at), digest: digest}
	}
	return fresh
}

// cloneRecord copies a digest through JSON so that callers share nothing
// with the store.
func cloneRecord(d *Record) (*Record, error) {
	data, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	var cp Record
	if err := json.Unmarshal(data, &cp); err != nil {
		return nil, err
	}
	return &cp, nil
}

// SaveDigest implements Store.
func (s *MemStore) SaveDigest(_ context.Context, d *Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	created := micro(d.Created)
	if created.IsZero() {
		created = micro(s.clock())
	}
	s.nextID++
	id := s.nextID
	var kept []Item
	for _, it := range d.Items {
		if s.mark(d.Conversation, it.Keys, created, id) {
			it.N = len(kept) + 1
			kept = append(kept, it)
		}
	}
	s.mark(d.Conversation, d.Seen, created, id)
	cp, err := cloneRecord(&Record{Conversation: d.Conversation, Thread: d.Thread, MessageID: d.MessageID, Since: micro(d.Since), Items: kept})
	if err != nil {
		// Nothing is kept of a digest that cannot be copied.
		s.giveBack(d.Conversation, id)
		return fmt.Errorf("digest memstore: save digest: %w", err)
	}
	cp.ID, cp.Created = id, created
	s.digests[id] = cp
	d.ID, d.Items = id, kept
	return nil
}

// giveBack forgets the keys that digest id took.
func (s *MemStore) giveBack(c Conversation, id int64) {
	for k, v := range s.seen[c] {
		if v.digest == id {
			delete(s.seen[c], k)
		}
	}
}

// SetDigestMessage implements Store.
func (s *MemStore) SetDigestMessage(_ context.Context, id int64, msg bot.MessageID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.digests[id]
	if !ok {
		return nil
	}
	d.MessageID = msg
	s.posted[id] = true
	for k, v := range s.seen[d.Conversation] {
		if v.digest == id {
			s.seen[d.Conversation][k] = seenKey{at: v.at}
		}
	}
	return nil
}

// UnpostedDigests implements Store.
func (s *MemStore) UnpostedDigests(_ context.Context, c Conversation, since, before time.Time) ([]Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Record
	for id, d := range s.digests {
		if d.Conversation != c || s.posted[id] || d.Created.Before(micro(since)) || !before.IsZero() && !d.Created.Before(micro(before)) {
			continue
		}
		out = append(out, Record{ID: id, Conversation: c, Thread: d.Thread, Created: d.Created, Since: d.Since})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Created.Equal(out[j].Created) {
			return out[i].Created.Before(out[j].Created)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// DeleteDigest implements Store.
func (s *MemStore) DeleteDigest(_ context.Context, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.digests[id]; ok && !s.posted[id] {
		s.giveBack(d.Conversation, id)
	}
	s.drop(id)
	return nil
}

// drop removes digest id; the keys it took, if any, stay seen for good.
func (s *MemStore) drop(id int64) {
	if d, ok := s.digests[id]; ok {
		for k, v := range s.seen[d.Conversation] {
			if v.digest == id {
				s.seen[d.Conversation][k] = seenKey{at: v.at}
			}
		}
	}
	delete(s.digests, id)
	delete(s.posted, id)
}

// DigestItem implements Store.
func (s *MemStore) DigestItem(_ context.Context, c Conversation, msg bot.MessageID, n int) (*Item, error) {
	s.mu.Lock()
	var pick, latest *Record
	for _, d := range s.digests {
		if d.Conversation != c {
			continue
		}
		if latest == nil || d.ID > latest.ID {
			latest = d
		}
		if msg != "" && d.MessageID == msg && (pick == nil || d.ID > pick.ID) {
			pick = d
		}
	}
	if pick == nil {
		pick = latest
	}
	var item *Item
	if pick != nil {
		for i := range pick.Items {
			if pick.Items[i].N == n {
				item = &pick.Items[i]
			}
		}
	}
	s.mu.Unlock()
	if item == nil {
		return nil, notFound("digest item", "There is no such item in the digest.")
	}
	cp, err := cloneRecord(&Record{Items: []Item{*item}})
	if err != nil {
		return nil, err
	}
	return &cp.Items[0], nil
}

// DeleteThread implements bot.ThreadStore: the thread (bot.MemStore), and
// it scrubs the conversation's digest items that show it down to their
// number and thread, so that "more N" says the article was forgotten.
func (s *MemStore) DeleteThread(ctx context.Context, k bot.ThreadKey) error {
	if err := s.MemStore.DeleteThread(ctx, k); err != nil {
		return err
	}
	c := Conversation{Platform: k.Platform, ID: k.Conversation}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.digests {
		if d.Conversation != c {
			continue
		}
		for i, it := range d.Items {
			if it.Thread == k.Thread {
				d.Items[i] = Item{N: it.N, Thread: it.Thread}
			}
		}
	}
	return nil
}

// PruneDigests implements Store.
func (s *MemStore) PruneDigests(_ context.Context, before time.Time) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for id, d := range s.digests {
		if d.Created.Before(before) {
			s.drop(id)
			n++
		}
	}
	return n, nil
}
