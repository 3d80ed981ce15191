package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/digest/digesttest"
)

// TestDigestStore runs the digest store suite on a database file, and its
// replica tests on two handles of one file, as two processes would open it.
func TestDigestStore(t *testing.T) {
	digesttest.Run(t, digesttest.Opener{
		Open: func(t *testing.T) digest.Store { return openTemp(t) },
		Pair: func(t *testing.T) (digest.Store, digest.Store) {
			path := filepath.Join(t.TempDir(), "briefbot.db")
			a, err := Open(context.Background(), path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			b, err := Open(context.Background(), path)
			if err != nil {
				t.Fatalf("Open again: %v", err)
			}
			return a, b
		},
	})
}

func TestDigestStoreMemory(t *testing.T) {
	digesttest.Run(t, digesttest.Opener{
		Open: func(t *testing.T) digest.Store {
			s, err := Open(context.Background(), ":memory:")
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			return s
		},
	})
}
