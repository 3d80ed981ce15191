package digest_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/digest/digesttest"
)

func TestMemStore(t *testing.T) {
	digesttest.Run(t, digesttest.Opener{
		Open: func(*testing.T) digest.Store { return digest.NewMemStore() },
		Pair: func(*testing.T) (digest.Store, digest.Store) {
			s := digest.NewMemStore()
			return s, s
		},
	})
}
