package bot

import (
	"context"
	"sync"
	"time"
)

// RateBucket is one allowance: Key may take PerHour tokens an hour, in a
// token bucket that holds PerHour and refills evenly. PerHour <= 0 is
// unlimited.
type RateBucket struct {
	Key     string
	PerHour int
}

// Refill returns a bucket's tokens at now, from tokens at at: refilled at
// perHour an hour, up to perHour. The stores that keep buckets share it.
func Refill(tokens float64, at, now time.Time, perHour int) float64 {
	if el := now.Sub(at); el > 0 {
		tokens += el.Hours() * float64(perHour)
	}
	return min(tokens, float64(perHour))
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
	levels := make([]float64, len(buckets))
	for i, b := range buckets {
		if b.PerHour <= 0 {
			continue
		}
		levels[i] = float64(b.PerHour)
		if mb := r.buckets[b.Key]; mb != nil {
			levels[i] = Refill(mb.tokens, mb.at, now, b.PerHour)
		}
		if levels[i] < 1 {
			return i, nil
		}
	}
	for i, b := range buckets {
		if b.PerHour > 0 {
			r.buckets[b.Key] = &memBucket{tokens: levels[i] - 1, at: now}
		}
	}
	return -1, nil
}
