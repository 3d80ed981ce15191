package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

// BriefingCache keeps briefings by key, so the same article is never sent
// to a model twice. Durable stores implement it too.
type BriefingCache interface {
	// CachedBriefing returns the briefing stored under key, or an *Error
	// with code ENotFound.
	CachedBriefing(ctx context.Context, key string) (*Briefing, error)
	// CacheBriefing stores b under key, replacing any earlier one.
	CacheBriefing(ctx context.Context, key string, b *Briefing) error
}

// BriefingKey returns the cache key of a's briefing by the backend with the
// given ID (which names its model and prompt version).
func BriefingKey(a *Article, backendID string) string {
	return backendID + "|" + a.Hash()
}

// CachingBackend wraps a Backend so that each article is briefed once per
// backend ID: later requests, from any conversation, read the cache, and
// concurrent requests for the same article wait for the first one.
type CachingBackend struct {
	Backend
	Cache BriefingCache

	mu       sync.Mutex
	inflight map[string]*flight
	// unsaved are briefings made while the cache could not store them.
	unsaved map[string]*Briefing
}

// keepUnsaved keeps b, which the cache could not store, for the next
// request of the same article.
func (c *CachingBackend) keepUnsaved(key string, b *Briefing) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.unsaved == nil {
		c.unsaved = map[string]*Briefing{}
	}
	if len(c.unsaved) >= maxUnsaved {
		for k := range c.unsaved {
			delete(c.unsaved, k)
			break
		}
	}
	c.unsaved[key] = cloneBriefing(b)
}

// unsavedBriefing returns a copy of a briefing kept by keepUnsaved, after
// trying again to store it (it is dropped from memory once stored), or nil.
func (c *CachingBackend) unsavedBriefing(ctx context.Context, key string) *Briefing {
	c.mu.Lock()
	b := c.unsaved[key]
	c.mu.Unlock()
	if b == nil {
		return nil
	}
	if err := c.Cache.CacheBriefing(ctx, key, b); err == nil {
		c.mu.Lock()
		delete(c.unsaved, key)
		c.mu.Unlock()
	}
	out := cloneBriefing(b)
	out.Stats.Cached = true
	out.Stats.Usage = nil
	return out
}

// maxUnsaved bounds the briefings kept in memory while the cache cannot
// store them.
const maxUnsaved = 64

type flight struct {
	done chan struct{}
	b    *Briefing
	err  error
}

// NewCachingBackend returns b with a briefing cache in front of it.
func NewCachingBackend(b Backend, c BriefingCache) *CachingBackend {
	return &CachingBackend{Backend: b, Cache: c, inflight: map[string]*flight{}}
}

// Brief implements Briefer.
func (c *CachingBackend) Brief(ctx context.Context, a *Article) (*Briefing, error) {
	key := BriefingKey(a, c.ID())
	for {
		if b, err := c.Cache.CachedBriefing(ctx, key); err == nil {
			b.Stats.Cached = true
			b.Stats.Usage = nil
			return withSource(b, a), nil
		} else if ErrorCode(err) != ENotFound {
			if b := c.unsavedBriefing(ctx, key); b != nil {
				return withSource(b, a), nil
			}
			// Briefing now would pay the model again on the retry: the
			// queue runs the request again when the store is back.
			return nil, storageError(err, "read briefing cache")
		}
		if b := c.unsavedBriefing(ctx, key); b != nil {
			return withSource(b, a), nil
		}
		c.mu.Lock()
		if f, ok := c.inflight[key]; ok {
			c.mu.Unlock()
			select {
			case <-f.done:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			if f.err != nil {
				if isContextError(f.err) && ctx.Err() == nil {
					// The leader's request was cancelled or timed out,
					// not ours: try again, as leader if need be.
					continue
				}
				return nil, f.err
			}
			b := cloneBriefing(f.b)
			b.Stats.Cached = true
			b.Stats.Usage = nil
			return withSource(b, a), nil
		}
		f := &flight{done: make(chan struct{})}
		c.inflight[key] = f
		c.mu.Unlock()
		return c.lead(ctx, key, a, f)
	}
}

// lead briefs a for the flight f and releases its followers, even when the
// backend panics.
func (c *CachingBackend) lead(ctx context.Context, key string, a *Article, f *flight) (b *Briefing, err error) {
	defer func() {
		if r := recover(); r != nil {
			f.b = nil
			f.err = WrapError(fmt.Errorf("panic: %v\n%s", r, debug.Stack()), EInternal, "brief", "The briefing could not be made.")
		}
		c.mu.Lock()
		delete(c.inflight, key)
		c.mu.Unlock()
		close(f.done)
		if f.err != nil {
			b, err = nil, f.err
			return
		}
		b, err = cloneBriefing(f.b), nil
	}()
	// Another leader may have finished between our cache miss and our
	// taking the flight: its briefing is in the cache now.
	if cb, err := c.Cache.CachedBriefing(ctx, key); err == nil {
		cb.Stats.Cached = true
		cb.Stats.Usage = nil
		f.b = withSource(cb, a)
		return f.b, nil // replaced by the deferred function
	}
	f.b, f.err = c.Backend.Brief(ctx, a)
	if f.err == nil && f.b == nil {
		f.err = WrapError(errors.New("backend returned no briefing and no error"), EInternal, "brief", "The briefing could not be made.")
	}
	if f.err == nil && !f.b.Stats.Fallback {
		if err := c.Cache.CacheBriefing(ctx, key, f.b); err != nil {
			// The briefing is good; keep it here until the store takes it,
			// so that a retry of the request does not pay for it again.
			c.keepUnsaved(key, f.b)
		}
	}
	return f.b, f.err // replaced by the deferred function
}

// isContextError reports whether err is a context's cancellation or
// deadline.
func isContextError(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// withSource sets the briefing's source to a's, since the same text may
// arrive from another link.
func withSource(b *Briefing, a *Article) *Briefing {
	if a.URL != "" {
		b.Source.URL = a.URL
	}
	return b
}

// cloneBriefing returns a deep copy of b.
func cloneBriefing(b *Briefing) *Briefing {
	data, err := json.Marshal(b)
	if err != nil {
		cp := *b
		return &cp
	}
	var out Briefing
	if err := json.Unmarshal(data, &out); err != nil {
		cp := *b
		return &cp
	}
	return &out
}

// MemCache is a BriefingCache in memory.
type MemCache struct {
	mu sync.Mutex
	m  map[string]*Briefing
	at map[string]time.Time // when each entry was cached
}

var _ BriefingCache = (*MemCache)(nil)

// NewMemCache returns an empty MemCache.
func NewMemCache() *MemCache { return &MemCache{m: map[string]*Briefing{}} }

// CachedBriefing implements BriefingCache.
func (c *MemCache) CachedBriefing(_ context.Context, key string) (*Briefing, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[key]
	if !ok {
		return nil, Errorf(ENotFound, "not cached")
	}
	return cloneBriefing(b), nil
}

// CacheBriefing implements BriefingCache.
func (c *MemCache) CacheBriefing(_ context.Context, key string, b *Briefing) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = cloneBriefing(b)
	if c.at == nil {
		c.at = map[string]time.Time{}
	}
	c.at[key] = time.Now()
	return nil
}

// forget deletes the entries of the article with content hash hash
// (keyed "backend ID|hash"), or, with hash "", those cached before before.
func (c *MemCache) forget(hash string, before time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.m {
		if (hash != "" && strings.HasSuffix(k, "|"+hash)) || (hash == "" && c.at[k].Before(before)) {
			delete(c.m, k)
			delete(c.at, k)
		}
	}
}
