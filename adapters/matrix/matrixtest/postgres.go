package matrixtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
)

// cryptoTestLock is the advisory lock key of SerializeCryptoTables.
const cryptoTestLock = 0x62726378 // "brcx"

// SerializeCryptoTables makes the tests that create mautrix crypto tables
// in a PostgreSQL database (each in a schema of its own) run one at a
// time, across test binaries: mautrix's upgrade code asks whether its
// tables exist without naming the schema, so tables another test is
// creating in another schema make it skip creating its own. It holds a
// session advisory lock until the test ends; call it before creating the
// test's schema, so that the schema is dropped first.
func SerializeCryptoTables(t testing.TB, url string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("serialize crypto tables: %v", err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, cryptoTestLock); err != nil {
		_ = conn.Close(ctx)
		t.Fatalf("serialize crypto tables: %v", err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	// With the lock held, crypto tables in a test schema belong to a test
	// that was killed before it dropped its schema: drop them.
	rows, err := conn.Query(ctx, `SELECT DISTINCT table_schema FROM information_schema.tables
		WHERE table_name = 'crypto_version' AND starts_with(table_schema, $1)`, pgtest.SchemaPrefix)
	if err != nil {
		t.Fatalf("serialize crypto tables: %v", err)
	}
	schemas, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("serialize crypto tables: %v", err)
	}
	for _, sc := range schemas {
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{sc}.Sanitize()+" CASCADE"); err != nil {
			t.Fatalf("drop the stale test schema %s: %v", sc, err)
		}
		t.Logf("dropped the stale test schema %s", sc)
	}
}
