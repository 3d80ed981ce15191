package postgres

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/internal/sqlmigrate"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

// TestMain says when the PostgreSQL tests will skip.
func TestMain(m *testing.M) {
	pgtest.NoteSkip("adapters/postgres")
	os.Exit(m.Run())
}

// requireServer returns the test server's connection string, or skips the
// test when there is none.
func requireServer(tb testing.TB) string { return pgtest.URL(tb) }

// testURL returns a connection string for a new, empty schema of the test
// database, dropped when the test ends; it skips the test when there is
// no server.
func testURL(tb testing.TB) string { return pgtest.Schema(tb) }

func openTest(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), testURL(tb))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	requireServer(t)
	storetest.Run(t, func(t *testing.T) bot.Store { return openTest(t) })
}

func BenchmarkStore(b *testing.B) {
	requireServer(b)
	storetest.Bench(b, func(b *testing.B) bot.Store { return openTest(b) })
}

func versions(t *testing.T, s *Store) []int {
	t.Helper()
	rows, err := s.Pool().Query(context.Background(), `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	vs, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		t.Fatal(err)
	}
	return vs
}

func fileVersions(t *testing.T) []int {
	t.Helper()
	ms, err := sqlmigrate.Load(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	var vs []int
	for _, m := range ms {
		vs = append(vs, m.Version)
	}
	return vs
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	u := testURL(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	want := fileVersions(t)
	if got := versions(t, s); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("recorded versions %v, want %v (the migration files)", got, want)
	}
	k := bot.ThreadKey{Platform: "p", Conversation: "c", Thread: "t"}
	if err := s.SaveThread(ctx, storetest.Thread(k)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(ctx, u)
	if err != nil {
		t.Fatalf("Open again: %v", err)
	}
	defer s.Close()
	if got := versions(t, s); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("recorded versions after reopening %v, want %v", got, want)
	}
	if _, err := s.Thread(ctx, k); err != nil {
		t.Fatalf("Thread after reopening: %v", err)
	}
	// The tables are in the test's schema, not in public.
	var schema string
	if err := s.Pool().QueryRow(ctx, `SELECT table_schema FROM information_schema.tables WHERE table_name = 'threads' AND table_schema = current_schema()`).Scan(&schema); err != nil {
		t.Fatalf("threads table not in the current schema: %v", err)
	}
	// 0007 dropped the table of the in-process queue's keys.
	var processed int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_name = 'processed' AND table_schema = current_schema()`).Scan(&processed); err != nil || processed != 0 {
		t.Errorf("the processed table after the migrations: %d, %v; want none", processed, err)
	}
}

// TestOpenConcurrent opens one schema from several goroutines at once, as
// replicas starting together would: the advisory lock makes each migration
// apply once and every Open succeed.
func TestOpenConcurrent(t *testing.T) {
	u := testURL(t)
	const n = 6
	stores := make([]*Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), u)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	if got, want := versions(t, stores[0]), fileVersions(t); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("recorded versions %v, want %v", got, want)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://user:secret-pw@127.0.0.1:bad-port/db")
	if err == nil {
		t.Fatal("Open with a bad port succeeded")
	}
	if strings.Contains(err.Error(), "secret-pw") {
		t.Errorf("error shows the password: %v", err)
	}
	if !strings.HasPrefix(err.Error(), "postgres: open: ") {
		t.Errorf("error %q does not name the operation", err)
	}
	// Nothing listens on port 1.
	_, err = Open(ctx, "postgres://user:secret-pw@127.0.0.1:1/db?connect_timeout=2")
	if err == nil {
		t.Fatal("Open with no server succeeded")
	}
	if strings.Contains(err.Error(), "secret-pw") {
		t.Errorf("error shows the password: %v", err)
	}
}

func TestErrorsWrapped(t *testing.T) {
	s := openTest(t)
	s.Close()
	ctx := context.Background()
	err := s.SaveThread(ctx, storetest.Thread(bot.ThreadKey{}))
	if err == nil || bot.ErrorCode(err) != bot.EInternal || !strings.HasPrefix(err.Error(), "postgres: save thread: ") {
		t.Errorf("SaveThread on a closed store: %v", err)
	}
	_, err = s.Thread(ctx, bot.ThreadKey{})
	if err == nil || !strings.HasPrefix(err.Error(), "postgres: thread: ") {
		t.Errorf("Thread on a closed store: %v", err)
	}
	err = s.SetState(ctx, "k", []byte("v"))
	if err == nil || !strings.HasPrefix(err.Error(), "postgres: set state: ") {
		t.Errorf("SetState on a closed store: %v", err)
	}
}

// TestTurnsDeleted checks what the interface cannot show: deleting or
// pruning a thread leaves no rows of its turns behind.
func TestTurnsDeleted(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	count := func() int {
		t.Helper()
		var n int
		if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM turns`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	a, b := bot.ThreadKey{Platform: "p", Thread: "a"}, bot.ThreadKey{Platform: "p", Thread: "b"}
	for _, k := range []bot.ThreadKey{a, b} {
		th := storetest.Thread(k)
		th.Updated = time.Now().Add(-48 * time.Hour)
		if err := s.SaveThread(ctx, th); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(); n != 6 {
		t.Fatalf("%d turns, want 6", n)
	}
	if err := s.DeleteThread(ctx, a); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 3 {
		t.Fatalf("%d turns after DeleteThread, want 3", n)
	}
	if n, err := s.PruneThreads(ctx, time.Now().Add(-24*time.Hour)); err != nil || n != 1 {
		t.Fatalf("PruneThreads = %d, %v; want 1, nil", n, err)
	}
	if n := count(); n != 0 {
		t.Fatalf("%d turns after PruneThreads, want 0", n)
	}
}

// TestRateStore runs the rate-limit suite, and its replica test on two
// pools on one schema, as two replicas would have.
func TestRateStore(t *testing.T) {
	requireServer(t)
	storetest.RunRate(t, func(t *testing.T) storetest.RateStore { return openTest(t) },
		func(t *testing.T) (storetest.RateStore, storetest.RateStore) {
			u := testURL(t)
			var ss [2]*Store
			for i := range ss {
				s, err := Open(context.Background(), u)
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				t.Cleanup(func() { _ = s.Close() })
				ss[i] = s
			}
			return ss[0], ss[1]
		})
}
