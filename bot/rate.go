package bot

import (
	"context"
	"sync"
	"time"
)

// RateBucket is one allowance: Key may take PerHour tokens an hour, in a
// token bucket that holds PerHour and refills evenly. PerHour <= 0 is
// unlimited. A request takes Cost tokens (0 counts as 1): a story
// briefing of five sources costs five briefings.
type RateBucket struct {
	Key     string
	PerHour int
	Cost    int
}

// cost returns the tokens a take from b takes, at least one and at most
// the bucket's size (a request never costs more than a full bucket).
func (b RateBucket) cost() float64 {
	return float64(min(max(b.Cost, 1), b.PerHour))
}

// Refill returns a bucket's tokens at now, from tokens at at: refilled at
// perHour an hour, up to perHour. The stores that keep buckets share it.
func Refill(tokens float64, at, now time.Time, perHour int) float64 {
	if el := now.Sub(at); el > 0 {
		tokens += el.Hours() * float64(perHour)
	}
	return min(tokens, float64(perHour))
}

// Take decides a take of its cost from each limited bucket at now: stored
// returns a bucket's tokens and when they were counted (found false for a
// bucket never used, which is full). It returns each limited bucket's
// tokens after the take, for the caller to store, or the index of the
// first empty bucket (nothing is to be stored then), or -1. The stores
// that keep buckets share it, so the rules are the same in each.
func Take(now time.Time, buckets []RateBucket, stored func(key string) (tokens float64, at time.Time, found bool, err error)) (after []float64, refused int, err error) {
	after = make([]float64, len(buckets))
	for i, b := range buckets {
		if b.PerHour <= 0 {
			continue
		}
		tokens, at, found, err := stored(b.Key)
		if err != nil {
			return nil, -1, err
		}
		level := float64(b.PerHour)
		if found {
			level = Refill(tokens, at, now, b.PerHour)
		}
		if level < b.cost() {
			return nil, i, nil
		}
		after[i] = level - b.cost()
	}
	return after, -1, nil
}

// MemRates keeps token buckets in memory, for one process (a store's
// TakeTokens shares them between replicas). The zero value is ready.
type MemRates struct {
	mu        sync.Mutex
	buckets   map[string]*memBucket
	lastPrune time.Time
}

type memBucket struct {
	tokens float64
	at     time.Time
}

// TakeTokens takes one token from each limited bucket at now, or none
// when one is empty, and returns the index of the first empty one, or -1.
func (r *MemRates) TakeTokens(_ context.Context, now time.Time, buckets []RateBucket) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.buckets == nil {
		r.buckets = map[string]*memBucket{}
	}
	if now.Sub(r.lastPrune) >= time.Minute {
		// A bucket idle for a day is full again: forget it.
		r.lastPrune = now
		for k, b := range r.buckets {
			if now.Sub(b.at) >= 24*time.Hour {
				delete(r.buckets, k)
			}
		}
	}
	after, refused, _ := Take(now, buckets, func(key string) (float64, time.Time, bool, error) {
		if mb := r.buckets[key]; mb != nil {
			return mb.tokens, mb.at, true, nil
		}
		return 0, time.Time{}, false, nil
	})
	if refused >= 0 {
		return refused, nil
	}
	for i, b := range buckets {
		if b.PerHour > 0 {
			r.buckets[b.Key] = &memBucket{tokens: after[i], at: now}
		}
	}
	return -1, nil
}
