//go:build goolm

package matrix

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// TestCryptoStorePoolConcurrent runs mautrix's crypto store on the handle
// NewCryptoDB is meant to get (the stores' ExtraDB), with the two reads
// whose locks are taken in opposite orders (GetSessions reads rows, then
// takes the session cache lock; GetLatestSession takes the lock, then
// reads) racing each other and the bot store's own writes. On the SQLite
// store's single write connection, or any bounded pool, this deadlocks.
func TestCryptoStorePoolConcurrent(t *testing.T) {
	ctx := context.Background()
	t.Run("sqlite", func(t *testing.T) {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "briefbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		db, err := st.ExtraDB(ctx)
		if err != nil {
			t.Fatal(err)
		}
		raceCryptoStore(t, db, "sqlite", st)
	})
	t.Run("postgres", func(t *testing.T) {
		matrixtest.SerializeCryptoTables(t, pgtest.URL(t))
		st, err := postgres.Open(ctx, pgtest.Schema(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		raceCryptoStore(t, st.ExtraDB(), "postgres", st)
	})
}

func raceCryptoStore(t *testing.T, sqlDB *sql.DB, dialect string, st bot.StateStore) {
	ctx := context.Background()
	db, err := NewCryptoDB(sqlDB, dialect)
	if err != nil {
		t.Fatal(err)
	}
	cs := crypto.NewSQLCryptoStore(db, dbutil.NoopLogger, "@briefbot:test", "DEVICE", []byte("pickle key"))
	if err := cs.DB.Upgrade(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		var wg sync.WaitGroup
		for g := range 12 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				key := id.SenderKey(fmt.Sprint("key", g%2))
				for i := range 200 {
					var err error
					switch (g + i) % 3 {
					case 0:
						_, err = cs.GetSessions(ctx, key)
					case 1:
						_, err = cs.GetLatestSession(ctx, key)
					default:
						err = st.SetState(ctx, fmt.Sprint("k", g), []byte("v"))
					}
					if err != nil {
						t.Errorf("goroutine %d, call %d: %v", g, i, err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the crypto store and the bot store deadlocked (no progress in 60 s)")
	}
}
