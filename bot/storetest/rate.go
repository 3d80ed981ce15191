package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// RateStore is a store that keeps rate-limit token buckets (the Slack
// adapter's shared briefing limits).
type RateStore interface {
	// TakeTokens takes one token from each limited bucket at now, or none
	// when one is empty, and returns the index of the first empty one, or
	// -1.
	TakeTokens(ctx context.Context, now time.Time, buckets []bot.RateBucket) (int, error)
}

// RunRate runs the conformance tests of a RateStore; pair, when not nil,
// returns two handles on one fresh store (two replicas).
func RunRate(t *testing.T, open func(t *testing.T) RateStore, pair func(t *testing.T) (RateStore, RateStore)) {
	t.Run("TokenBucket", func(t *testing.T) { testTokenBucket(t, open(t)) })
	t.Run("ConcurrentReplicas", func(t *testing.T) {
		if pair == nil {
			t.Skip("no pair opener")
		}
		a, b := pair(t)
		testTokensConcurrent(t, a, b)
	})
}

func testTokenBucket(t *testing.T, s RateStore) {
	ctx := context.Background()
	now := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	take := func(at time.Time, bs ...bot.RateBucket) int {
		t.Helper()
		n, err := s.TakeTokens(ctx, at, bs)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	user := func(u string) bot.RateBucket { return bot.RateBucket{Key: "slack|user|" + u, PerHour: 3} }
	channel := func(c string) bot.RateBucket { return bot.RateBucket{Key: "slack|channel|" + c, PerHour: 4} }
	for i := range 3 {
		if got := take(now, user("U1"), channel("C1")); got != -1 {
			t.Fatalf("request %d refused by %d", i, got)
		}
	}
	if got := take(now, user("U1"), channel("C1")); got != 0 {
		t.Fatalf("4th request of U1: refused by %d, want the user's bucket", got)
	}
	// U2 in the same channel takes the channel's last token.
	if got := take(now, user("U2"), channel("C1")); got != -1 {
		t.Fatalf("U2 refused by %d", got)
	}
	if got := take(now, user("U3"), channel("C1")); got != 1 {
		t.Fatalf("U3 refused by %d, want the channel's bucket", got)
	}
	// A refusal by the channel does not charge the user: U3 still has 3.
	for i := range 3 {
		if got := take(now, user("U3"), channel("C2")); got != -1 {
			t.Fatalf("U3 request %d in C2 refused by %d: the refused request was charged", i, got)
		}
	}
	// Twenty minutes later, one token is back (3 an hour), not two.
	later := now.Add(20 * time.Minute)
	if got := take(later, user("U1"), channel("C3")); got != -1 {
		t.Fatalf("after 20 minutes U1 refused by %d", got)
	}
	if got := take(later, user("U1"), channel("C3")); got != 0 {
		t.Fatalf("U1 got a second token after 20 minutes (refused by %d)", got)
	}
	// Never more than the bucket holds, however long it was idle.
	idle := now.Add(48 * time.Hour)
	for i := range 3 {
		if got := take(idle, user("U1")); got != -1 {
			t.Fatalf("after two days U1 request %d refused", i)
		}
	}
	if got := take(idle, user("U1")); got != 0 {
		t.Fatal("U1's bucket held more than 3 after two idle days")
	}
	// A limit of 0 is unlimited, and an empty list takes nothing.
	for range 50 {
		if got := take(now, bot.RateBucket{Key: "free", PerHour: 0}); got != -1 {
			t.Fatal("an unlimited bucket refused")
		}
	}
	if got := take(now); got != -1 {
		t.Fatalf("no buckets refused by %d", got)
	}
}

// testTokensConcurrent has two replicas take from one bucket at once:
// exactly its capacity is granted.
func testTokensConcurrent(t *testing.T, a, b RateStore) {
	ctx := context.Background()
	now := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	const capacity, tries = 10, 40
	var mu sync.Mutex
	granted := 0
	var wg sync.WaitGroup
	for i := range tries {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			bs := []bot.RateBucket{{Key: "shared", PerHour: capacity}, {Key: fmt.Sprint("user-", i%3), PerHour: 1000}}
			n, err := s.TakeTokens(ctx, now, bs)
			if err != nil {
				t.Errorf("TakeTokens: %v", err)
				return
			}
			if n == -1 {
				mu.Lock()
				granted++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if granted != capacity {
		t.Errorf("granted %d tokens from a bucket of %d across two replicas", granted, capacity)
	}
}
