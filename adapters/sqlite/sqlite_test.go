package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/internal/sqlmigrate"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "briefbot.db"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) bot.Store { return openTemp(t) })
}

func TestStoreMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) bot.Store {
		s, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	})
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(b *testing.B) bot.Store { return openTemp(b) })
}

// versions returns the versions recorded in schema_migrations.
func versions(t *testing.T, s *Store) []int {
	t.Helper()
	rows, err := s.DB().Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
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
	path := filepath.Join(t.TempDir(), "nested", "dir", "briefbot.db")
	s, err := Open(ctx, path)
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
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Opening again applies nothing and keeps the data.
	s, err = Open(ctx, path)
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
	// 0007 dropped the table of the in-process queue's keys.
	var processed int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'processed'`).Scan(&processed); err != nil || processed != 0 {
		t.Errorf("the processed table after the migrations: %d, %v; want none", processed, err)
	}
	var mode string
	if err := s.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.r.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys on the read connections = %d, %v; want 1", fk, err)
	}
}

// TestOpenConcurrent opens one file from several goroutines at once, as
// several processes starting together would: each migration is applied once
// and every Open succeeds.
func TestOpenConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.db")
	const n = 5
	stores := make([]*Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), path)
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
	// Writes from every handle at once never fail with SQLITE_BUSY.
	var wg2 sync.WaitGroup
	errc := make(chan error, n*20)
	for i, s := range stores {
		for j := range 20 {
			wg2.Add(1)
			go func() {
				defer wg2.Done()
				errc <- s.SetState(context.Background(), fmt.Sprintf("k%d-%d", i, j), []byte("v"))
			}()
		}
	}
	wg2.Wait()
	close(errc)
	for err := range errc {
		if err != nil {
			t.Fatalf("SetState from several handles: %v", err)
		}
	}
}

func TestOpenOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "odd ?#% dir")
	path := filepath.Join(dir, "bot#1?.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at %q: %v", path, err)
	}
}

func TestOpenErrors(t *testing.T) {
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
	// A parent that is a file cannot be created.
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), filepath.Join(f, "briefbot.db")); err == nil {
		t.Error("Open under a file succeeded")
	}
}

func TestErrorsWrapped(t *testing.T) {
	s := openTemp(t)
	s.Close()
	ctx := context.Background()
	err := s.SaveThread(ctx, storetest.Thread(bot.ThreadKey{}))
	if err == nil || bot.ErrorCode(err) != bot.EInternal || !hasPrefix(err.Error(), "sqlite: save thread: ") {
		t.Errorf("SaveThread on a closed store: %v", err)
	}
	_, err = s.Thread(ctx, bot.ThreadKey{})
	if err == nil || !hasPrefix(err.Error(), "sqlite: thread: ") {
		t.Errorf("Thread on a closed store: %v", err)
	}
	err = s.SetState(ctx, "k", []byte("v"))
	if err == nil || !hasPrefix(err.Error(), "sqlite: set state: ") {
		t.Errorf("SetState on a closed store: %v", err)
	}
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// TestTurnsDeleted checks what the interface cannot show: deleting or
// pruning a thread leaves no rows of its turns behind.
func TestTurnsDeleted(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	count := func() int {
		t.Helper()
		var n int
		if err := s.DB().QueryRow(`SELECT count(*) FROM turns`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	var fk int
	if err := s.DB().QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys on the write connection = %d, %v; want 1", fk, err)
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

// TestRateStore runs the rate-limit suite on a file, and its replica test
// on two handles of one file, as two processes would open it.
func TestRateStore(t *testing.T) {
	storetest.RunRate(t, func(t *testing.T) storetest.RateStore { return openTemp(t) },
		func(t *testing.T) (storetest.RateStore, storetest.RateStore) {
			path := filepath.Join(t.TempDir(), "briefbot.db")
			var ss [2]*Store
			for i := range ss {
				s, err := Open(context.Background(), path)
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				t.Cleanup(func() { _ = s.Close() })
				ss[i] = s
			}
			return ss[0], ss[1]
		})
}

// TestReadsThreadsOfEarlierVersions checks that a thread saved by the
// version before bot.Article had JSON tags (its article in the Go field
// names, bot/testdata/persisted/article_v1.json) reads back whole, and can
// be forgotten.
func TestReadsThreadsOfEarlierVersions(t *testing.T) {
	ctx := context.Background()
	v1, err := os.ReadFile(filepath.Join("..", "..", "bot", "testdata", "persisted", "article_v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	defer s.Close()
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO threads (platform, conversation, thread, article, briefing, turn_count, created, updated)
		VALUES ('slack', 'C1', 't1', ?, NULL, 0, 1, 1)`, string(v1)); err != nil {
		t.Fatal(err)
	}
	k := bot.ThreadKey{Platform: "slack", Conversation: "C1", Thread: "t1"}
	th, err := s.Thread(ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	a := th.Article
	if a == nil || a.Title != "Ministry and union trade accusations" || a.URL != "https://news.example.com/a" ||
		a.Published != "2026-11-30" || a.Text != "The ministry said talks had collapsed.\n\nThe union denied it." {
		t.Errorf("the earlier version's article reads back as %+v", a)
	}
	if err := s.CacheBriefing(ctx, bot.BriefingKey(a, "offline/x"), &bot.Briefing{}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteThread(ctx, k); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CachedBriefing(ctx, bot.BriefingKey(a, "offline/x")); bot.ErrorCode(err) != bot.ENotFound {
		t.Errorf("the cached briefing of a forgotten earlier-version thread: %v, want not found", err)
	}
}
