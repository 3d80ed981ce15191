package slack

import (
	"context"
	"sync"
	"time"
)

// limiter is a set of token buckets, one per key: each holds up to burst
// tokens and regains burst tokens an hour. A rate of 0 means unlimited.
type limiter struct {
	perHour float64
	burst   float64
	now     func() time.Time

	mu        sync.Mutex
	buckets   map[string]*bucket
	lastPrune time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(perHour int, now func() time.Time) *limiter {
	return &limiter{perHour: float64(perHour), burst: float64(perHour), now: now, buckets: map[string]*bucket{}}
}

// level returns key's bucket refilled to now; the caller holds mu.
func (l *limiter) level(key string, now time.Time) *bucket {
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
		return b
	}
	if el := now.Sub(b.at); el > 0 {
		b.tokens = min(l.burst, b.tokens+el.Hours()*l.perHour)
		b.at = now
	}
	return b
}

// prune forgets full buckets (idle an hour or more), at most once a minute.
func (l *limiter) prune(now time.Time) {
	if now.Sub(l.lastPrune) < time.Minute {
		return
	}
	l.lastPrune = now
	for k, b := range l.buckets {
		if now.Sub(b.at) >= time.Hour {
			delete(l.buckets, k)
		}
	}
}

// allowAll takes one token from each of the keys' buckets in every
// limiter, or none when one of them is empty; it returns the index of the
// limiter that refused, or -1.
func allowAll(ls []*limiter, keys []string) int {
	type held struct {
		l *limiter
		b *bucket
	}
	var take []held
	for i, l := range ls {
		if l == nil || l.perHour <= 0 {
			continue
		}
		l.mu.Lock()
		now := l.now()
		l.prune(now)
		b := l.level(keys[i], now)
		ok := b.tokens >= 1
		l.mu.Unlock()
		if !ok {
			return i
		}
		take = append(take, held{l, b})
	}
	for _, h := range take {
		h.l.mu.Lock()
		h.b.tokens--
		h.l.mu.Unlock()
	}
	return -1
}

// dedupe remembers the requests this process accepted recently, so that a
// redelivered event is acknowledged without a second download, rate-limit
// charge or notice. A redelivery that arrives while the first delivery is
// still being handled waits for it and shares its outcome: if the first
// fails (the request was not accepted), both report the failure and the
// platform delivers again.
type dedupe struct {
	ttl time.Duration
	now func() time.Time

	mu        sync.Mutex
	m         map[string]*seen
	lastPrune time.Time
}

type seen struct {
	done chan struct{}
	err  error
	at   time.Time
}

func newDedupe(ttl time.Duration, now func() time.Time) *dedupe {
	return &dedupe{ttl: ttl, now: now, m: map[string]*seen{}}
}

// begin reports first when key is new: the caller handles it and calls
// end. Otherwise it waits for the first delivery to end and returns its
// error.
func (d *dedupe) begin(ctx context.Context, key string) (first bool, err error) {
	d.mu.Lock()
	now := d.now()
	d.pruneLocked(now)
	s, ok := d.m[key]
	if !ok {
		d.m[key] = &seen{done: make(chan struct{}), at: now}
		d.mu.Unlock()
		return true, nil
	}
	d.mu.Unlock()
	select {
	case <-s.done:
		return false, s.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// end records the outcome for key; a failed key is forgotten so that the
// next delivery is handled afresh.
func (d *dedupe) end(key string, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.m[key]
	if s == nil {
		return
	}
	s.err = err
	close(s.done)
	if err != nil {
		delete(d.m, key)
	}
}

func (d *dedupe) pruneLocked(now time.Time) {
	if now.Sub(d.lastPrune) < time.Minute {
		return
	}
	d.lastPrune = now
	for k, s := range d.m {
		select {
		case <-s.done:
			if now.Sub(s.at) > d.ttl {
				delete(d.m, k)
			}
		default:
		}
	}
}

// threadMemo remembers the threads this process posted a briefing in, so
// that a mention in such a thread counts as a follow-up, not a briefing,
// for the rate limit.
type threadMemo struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu sync.Mutex
	m  map[string]time.Time
}

func newThreadMemo(max int, ttl time.Duration, now func() time.Time) *threadMemo {
	return &threadMemo{max: max, ttl: ttl, now: now, m: map[string]time.Time{}}
}

func (t *threadMemo) add(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if len(t.m) >= t.max {
		for k, at := range t.m {
			if now.Sub(at) > t.ttl || len(t.m) >= t.max {
				delete(t.m, k)
			}
		}
	}
	t.m[key] = now
}

func (t *threadMemo) has(key string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	at, ok := t.m[key]
	return ok && t.now().Sub(at) <= t.ttl
}
