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
// SQLite: pass sqlite.Store.DB(), the bot store's single write connection
// (modernc.org/sqlite, IMMEDIATE transactions): the crypto store's
// transactions are short and make no other calls, so sharing it is safe,
// and the file has one writer. PostgreSQL: pass
// stdlib.OpenDBFromPool(postgres.Store.Pool()) (github.com/jackc/pgx/v5/stdlib).
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
