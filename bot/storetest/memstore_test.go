package storetest_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

// TestMemStore proves the suite on the reference implementation.
func TestMemStore(t *testing.T) {
	storetest.Run(t, func(*testing.T) bot.Store { return bot.NewMemStore() })
}

func BenchmarkMemStore(b *testing.B) {
	storetest.Bench(b, func(*testing.B) bot.Store { return bot.NewMemStore() })
}

// TestMemRates proves the rate suite on the in-memory buckets.
func TestMemRates(t *testing.T) {
	storetest.RunRate(t, func(*testing.T) storetest.RateStore { return bot.NewMemStore() },
		func(*testing.T) (storetest.RateStore, storetest.RateStore) { s := bot.NewMemStore(); return s, s })
}
