// Package pgtest gives tests a PostgreSQL to work in: the server that
// .ci/postgres.sh starts (BRIEFBOT_TEST_POSTGRES_URL) and a fresh schema
// per test, dropped when the test ends. Tests skip without a server.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/internal/testnote"
)

// EnvURL names the variable holding the test server's connection string;
// .ci/postgres.sh starts a server and prints it.
const EnvURL = "BRIEFBOT_TEST_POSTGRES_URL"

// URL returns the test server's connection string, or skips the test
// when there is none.
func URL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		tb.Skipf("%s is not set: skipping this PostgreSQL test (eval \"$(.ci/postgres.sh)\" starts a server and sets it)", EnvURL)
	}
	return base
}

// NoteSkip says, from pkg's TestMain, that pkg's PostgreSQL tests will
// skip when there is no test server, and how to start one: go test hides
// the skips of a package that passes.
func NoteSkip(pkg string) {
	if os.Getenv(EnvURL) == "" {
		testnote.Skipped(pkg, "PostgreSQL tests", "set "+EnvURL+` (eval "$(.ci/postgres.sh)" as root starts a server and sets it)`)
	}
}

// SchemaPrefix starts the name of every schema Schema makes.
const SchemaPrefix = "briefbot_test_"

// Schema creates a new, empty schema on the test server, dropped when the
// test ends, and returns a connection string that uses it. It skips the
// test when there is no server.
func Schema(tb testing.TB) string {
	tb.Helper()
	base := URL(tb)
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	schema := SchemaPrefix + hex.EncodeToString(rnd[:])
	if err := exec(base, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if err := exec(base, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(tb, base, schema)
}

// exec runs one statement on its own connection.
func exec(base, sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", EnvURL, err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// WithSearchPath adds search_path to a URL or keyword/value connection
// string; pgx sends it as a session parameter on every connection.
func WithSearchPath(tb testing.TB, base, schema string) string {
	tb.Helper()
	if strings.HasPrefix(base, "postgres://") || strings.HasPrefix(base, "postgresql://") {
		u, err := url.Parse(base)
		if err != nil {
			tb.Fatalf("%s: %v", EnvURL, err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return base + " search_path=" + schema
}
