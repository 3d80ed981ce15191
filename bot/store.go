package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"
)

// ThreadKey names a thread on a platform: the conversation and the id of
// the thread's root message.
type ThreadKey struct {
	Platform     string
	Conversation ConversationID
	Thread       MessageID
}

// Thread is a briefed article and the conversation about it.
type Thread struct {
	Key      ThreadKey
	Article  *Article
	Briefing *Briefing
	// Sources are a story thread's articles, each with its own briefing,
	// in the order of Briefing.Sources (s1, s2, …); Article is then the
	// first and Briefing the story briefing. Empty for one article.
	Sources []ThreadSource
	Turns   []Turn
	Created time.Time
	Updated time.Time
}

// ThreadSource is one source of a story thread.
type ThreadSource struct {
	Article  *Article  `json:"article"`
	Briefing *Briefing `json:"briefing"`
}

// SourceHashes returns the content hashes of a thread's articles: its
// article's, and each story source's.
func (t *Thread) SourceHashes() []string {
	var out []string
	for _, a := range t.Articles() {
		if h := a.Hash(); !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// Articles returns a thread's articles: its article, then each story
// source's (the first is usually the article again), none nil.
func (t *Thread) Articles() []*Article {
	var out []*Article
	if t.Article != nil {
		out = append(out, t.Article)
	}
	for _, s := range t.Sources {
		if s.Article != nil {
			out = append(out, s.Article)
		}
	}
	return out
}

// ThreadStore keeps threads. The engine consumes it; MemStore is the
// in-process implementation and adapters provide durable ones.
type ThreadStore interface {
	// Thread returns the thread with key k, or an *Error with code
	// ENotFound when there is none.
	Thread(ctx context.Context, k ThreadKey) (*Thread, error)
	// SaveThread creates or replaces a thread: its article, briefing,
	// times and turns. Zero times are set to now.
	SaveThread(ctx context.Context, t *Thread) error
	// AddTurn appends a question and answer to an existing thread; it
	// returns ENotFound when the thread does not exist.
	AddTurn(ctx context.Context, k ThreadKey, turn Turn) error
	// DeleteThread removes a thread and everything kept for it: its
	// turns, the state the engine keeps for its requests (the keys that
	// start with one of ThreadStatePrefixes), its article's cached
	// briefings unless another thread holds the same article, and, in a
	// store that keeps digests, the digest items that show it. Deleting a
	// missing thread is not an error.
	DeleteThread(ctx context.Context, k ThreadKey) error
}

// MemStore is a ThreadStore in memory, for the terminal chat and tests.
type MemStore struct {
	MemCache
	MemRates
	mu       sync.Mutex
	threads  map[ThreadKey]*Thread
	state    map[string][]byte
	stateSet map[string]time.Time // when each state key was last set
	// Now is the clock (default time.Now).
	Now func() time.Time
}

var _ Store = (*MemStore)(nil)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{
		MemCache: MemCache{m: map[string]*Briefing{}},
		threads:  map[ThreadKey]*Thread{},
		state:    map[string][]byte{},
	}
}

func (s *MemStore) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Thread implements ThreadStore.
func (s *MemStore) Thread(_ context.Context, k ThreadKey) (*Thread, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.threads[k]
	if !ok {
		return nil, Errorf(ENotFound, "There is no briefing in this thread.")
	}
	return cloneThread(t), nil
}

// cloneThread returns a copy of t that shares nothing with it.
func cloneThread(t *Thread) *Thread {
	cp := *t
	cp.Turns = append([]Turn(nil), t.Turns...)
	if t.Article != nil {
		a := *t.Article
		cp.Article = &a
	}
	if t.Briefing != nil {
		cp.Briefing = cloneBriefing(t.Briefing)
	}
	return &cp
}

// SaveThread implements ThreadStore.
func (s *MemStore) SaveThread(_ context.Context, t *Thread) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cp := cloneThread(t)
	now := s.now()
	if cp.Created.IsZero() {
		cp.Created = now
	}
	if cp.Updated.IsZero() {
		cp.Updated = now
	}
	s.threads[t.Key] = cp
	return nil
}

// AddTurn implements ThreadStore.
func (s *MemStore) AddTurn(_ context.Context, k ThreadKey, turn Turn) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.threads[k]
	if !ok {
		return Errorf(ENotFound, "There is no briefing in this thread.")
	}
	t.Turns = append(t.Turns, turn)
	t.Updated = s.now()
	return nil
}

// DeleteThread implements ThreadStore.
func (s *MemStore) DeleteThread(_ context.Context, k ThreadKey) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.threads[k]
	if !ok {
		return nil
	}
	delete(s.threads, k)
	for _, p := range ThreadStatePrefixes(k) {
		for key := range s.state {
			if strings.HasPrefix(key, p) {
				delete(s.state, key)
				delete(s.stateSet, key)
			}
		}
	}
	for _, hash := range t.SourceHashes() {
		held := false
		for _, o := range s.threads {
			held = held || slices.Contains(o.SourceHashes(), hash) // another thread holds the same article
		}
		if !held {
			s.forget(hash, time.Time{})
		}
	}
	return nil
}

// State implements StateStore.
func (s *MemStore) State(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.state[key]
	if !ok {
		return nil, Errorf(ENotFound, "no state for %s", key)
	}
	return append([]byte(nil), v...), nil
}

// SetState implements StateStore.
func (s *MemStore) SetState(_ context.Context, key string, value []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state[key] = append([]byte(nil), value...)
	if s.stateSet == nil {
		s.stateSet = map[string]time.Time{}
	}
	s.stateSet[key] = s.now()
	return nil
}

// PruneThreads implements Store: it deletes threads updated before
// before, and reply-log and admission records and cached briefings made
// before it.
func (s *MemStore) PruneThreads(_ context.Context, before time.Time) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k, t := range s.threads {
		if t.Updated.Before(before) {
			delete(s.threads, k)
			n++
		}
	}
	for k, at := range s.stateSet {
		if (strings.HasPrefix(k, replyStatePrefix) || strings.HasPrefix(k, admitStatePrefix)) && at.Before(before) {
			delete(s.state, k)
			delete(s.stateSet, k)
		}
	}
	s.forget("", before)
	return n, nil
}

// Close implements Store.
func (s *MemStore) Close() error { return nil }

// StateStore keeps small opaque values for adapters (a Matrix sync token,
// a cursor), so that a restart resumes where the bot stopped.
type StateStore interface {
	// State returns the value stored under key, or an *Error with code
	// ENotFound.
	State(ctx context.Context, key string) ([]byte, error)
	// SetState stores value under key, replacing any earlier value.
	SetState(ctx context.Context, key string, value []byte) error
}

// Store is everything the bot keeps. The durable implementations
// (adapters/sqlite, adapters/postgres) implement all of it.
type Store interface {
	ThreadStore
	BriefingCache
	StateStore
	// PruneThreads deletes the content of threads not updated since
	// before, and reply-log and admission records, rate buckets and
	// cached briefings older than it, returning the
	// number of threads deleted (the retention setting).
	PruneThreads(ctx context.Context, before time.Time) (int, error)
	// Close releases the store's resources.
	Close() error
}
