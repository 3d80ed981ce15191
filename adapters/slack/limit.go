package slack

import (
	"context"
	"sync"
	"time"
)

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
