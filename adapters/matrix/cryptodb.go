package matrix

import (
	"database/sql"
	"fmt"

	"go.mau.fi/util/dbutil"
)

// NewCryptoDB wraps a database handle for the crypto and room-state store
// of end-to-end encryption. dialect is "sqlite" or "postgres". The tables
// it creates (crypto_*, mx_*, and their version tables) live beside the
// bot's own.
//
// SQLite: pass sqlite.Store.ExtraDB (modernc.org/sqlite,
// IMMEDIATE transactions), not the store's single write connection:
// mautrix's crypto store holds a Go lock around some queries and reads
// rows while taking it in others (GetSessions against AddSession), which
// deadlocks when both need the one connection. PostgreSQL: pass
// postgres.Store.ExtraDB, for the same reason (the store's own pool is
// bounded).
//
// Closing the returned database closes db; the adapter never closes it.
func NewCryptoDB(db *sql.DB, dialect string) (*dbutil.Database, error) {
	if db == nil {
		return nil, fmt.Errorf("matrix: crypto database: no database handle")
	}
	d, err := dbutil.NewWithDB(db, dialect)
	if err != nil {
		return nil, fmt.Errorf("matrix: crypto database: %w", err)
	}
	return d, nil
}
