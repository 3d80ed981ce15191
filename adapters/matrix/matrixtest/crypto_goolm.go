//go:build goolm

package matrixtest

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	_ "modernc.org/sqlite" // the "sqlite" driver of the human's crypto store
)

const e2ee = true

// humanCrypto gives the human client end-to-end encryption, with its
// crypto state in a SQLite file of its own.
func humanCrypto(t testing.TB, cli *mautrix.Client) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "human-crypto.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate&_busy_timeout=10000&_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	// Connections not limited in number: mautrix takes Go locks around
	// its queries, which can deadlock on a bounded pool.
	db.SetMaxOpenConns(0)
	t.Cleanup(func() { _ = db.Close() })
	d, err := dbutil.NewWithDB(db, "sqlite")
	if err != nil {
		t.Fatal(err)
	}
	ch, err := cryptohelper.NewCryptoHelper(cli, []byte("human pickle key"), d)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Init(context.Background()); err != nil {
		t.Fatalf("human crypto: %v", err)
	}
	cli.Crypto = ch
}
