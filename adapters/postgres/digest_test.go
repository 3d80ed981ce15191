package postgres

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/digest/digesttest"
)

// TestDigestStore runs the digest store suite, and its replica tests on two
// pools on one schema, as two replicas would have.
func TestDigestStore(t *testing.T) {
	requireServer(t)
	digesttest.Run(t, digesttest.Opener{
		Open: func(t *testing.T) digest.Store { return openTest(t) },
		Pair: func(t *testing.T) (digest.Store, digest.Store) {
			u := testURL(t)
			a, err := Open(context.Background(), u)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			b, err := Open(context.Background(), u)
			if err != nil {
				t.Fatalf("Open again: %v", err)
			}
			return a, b
		},
	})
}
