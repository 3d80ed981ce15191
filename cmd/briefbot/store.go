package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/riverq"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// errLocked reports that another process holds a lock file.
var errLocked = errors.New("locked by another process")

// openStore opens the configured database: PostgreSQL for a postgres://
// URL, otherwise SQLite (a path, a sqlite: URL, or by default
// BRIEFBOT_DATA_DIR/briefbot.db). closeStore closes it.
//
// A SQLite file is for one process only (its job queue resumes every job
// left running when it opens), so openStore holds an exclusive lock on
// "<path>.lock" until closeStore, and fails if another process holds it.
func openStore(ctx context.Context, cfg *Config, log *slog.Logger) (st bot.Store, kind string, closeStore func() error, err error) {
	return openStoreAs(ctx, cfg, log, true)
}

// openStoreAs is openStore; a store that is not exclusive takes no lock:
// the CLI's, which only reads and writes the briefing cache, safely next
// to a serve on the same SQLite file (WAL, a busy timeout) or PostgreSQL.
func openStoreAs(ctx context.Context, cfg *Config, log *slog.Logger, exclusive bool) (st bot.Store, kind string, closeStore func() error, err error) {
	kind, u, err := parseDatabaseURL(cfg.DatabaseURL)
	if err != nil {
		return nil, "", nil, err
	}
	if kind == "postgres" {
		st, err := postgres.Open(ctx, u)
		if err != nil {
			return nil, "", nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: %w", err)
		}
		return st, "postgres", st.Close, nil
	}
	// The file's problems are the setting's that chose it: the data
	// directory's when the database is its default file.
	setting := "BRIEFBOT_DATABASE_URL"
	if u == "" {
		setting = "BRIEFBOT_DATA_DIR"
		if err := privateDir(cfg.DataDir, log); err != nil {
			return nil, "", nil, err
		}
		u = filepath.Join(cfg.DataDir, "briefbot.db")
	}
	unlock := func() error { return nil }
	if u != ":memory:" && exclusive {
		if unlock, err = lockSQLite(setting, u); err != nil {
			return nil, "", nil, err
		}
	}
	sst, err := sqlite.Open(ctx, u)
	if err != nil {
		_ = unlock()
		return nil, "", nil, fmt.Errorf("setting %s: %w", setting, err)
	}
	return sst, "sqlite", func() error { return errors.Join(sst.Close(), unlock()) }, nil
}

// parseDatabaseURL reads BRIEFBOT_DATABASE_URL: kind "postgres" with the
// URL, or "sqlite" with the file's path ("" for the default file in
// BRIEFBOT_DATA_DIR). Anything that is neither a PostgreSQL URL nor a
// plain path is refused rather than taken for a file's name: a mistyped
// URL ("postgres//host/db", "postgres:/host/db") would otherwise start the
// bot on a new SQLite file of its own, quietly apart from the others.
func parseDatabaseURL(u string) (kind, path string, err error) {
	const want = "want postgres://user:password@host:5432/db, or a SQLite file's path such as ./data/briefbot.db" //nolint:gosec // an example, not a credential
	lower := strings.ToLower(u)
	switch {
	case u == "":
		return "sqlite", "", nil
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		return "postgres", u, nil
	case strings.HasPrefix(lower, "sqlite:"):
		path = strings.TrimPrefix(u[len("sqlite:"):], "//")
		if path == "" {
			return "", "", fmt.Errorf("setting BRIEFBOT_DATABASE_URL: sqlite: without a file path; %s", want)
		}
		return "sqlite", path, nil
	case mistypedPostgresRE.MatchString(u):
		// Without the value, which may hold a password.
		return "", "", fmt.Errorf("setting BRIEFBOT_DATABASE_URL: starts like a PostgreSQL URL but is not one (it must start with postgres://); %s", want)
	case strings.Contains(u, "://"):
		scheme, _, _ := strings.Cut(u, "://")
		return "", "", fmt.Errorf("setting BRIEFBOT_DATABASE_URL: scheme %q is not supported; %s", truncate(scheme, 20), want)
	case urlSchemeRE.MatchString(u):
		scheme, _, _ := strings.Cut(u, ":")
		return "", "", fmt.Errorf("setting BRIEFBOT_DATABASE_URL: starts with a URL scheme (%s:) that is not postgres:// or sqlite:; %s", truncate(scheme, 20), want)
	case strings.ContainsAny(u, "=") && strings.ContainsAny(u, " \t"):
		return "", "", fmt.Errorf("setting BRIEFBOT_DATABASE_URL: looks like a key=value connection string, which is not supported; %s", want)
	}
	return "sqlite", u, nil
}

// mistypedPostgresRE matches a PostgreSQL URL whose "://" is mistyped
// ("postgres//host/db", "postgresql:/host/db", "postgres:host").
var mistypedPostgresRE = regexp.MustCompile(`(?i)^postgres(ql)?(:|//|$)`)

// urlSchemeRE matches a URL scheme of two letters or more and its colon
// (a Windows drive letter, C:, is one letter).
var urlSchemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+:`)

// truncate shortens s to at most n bytes, on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// foreignEntry returns the name of an entry of dir that the bot did not
// make (its database files and their lock), or "".
func foreignEntry(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return dir
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "briefbot.db") {
			return e.Name()
		}
	}
	return ""
}

// privateDir makes the data directory, readable by its owner only (0700),
// or tightens one that others may read, with a warning: it holds the
// articles people pasted and the questions they asked.
func privateDir(dir string, log *slog.Logger) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("setting BRIEFBOT_DATA_DIR: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("setting BRIEFBOT_DATA_DIR: %w", err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		// Only a directory of the bot's own is tightened: never a shared
		// one (BRIEFBOT_DATA_DIR=/var/lib by mistake).
		if other := foreignEntry(dir); other != "" {
			return fmt.Errorf("setting BRIEFBOT_DATA_DIR: %s may be read by others (mode %04o) and holds %s, which is not the bot's: give the bot a directory of its own, or make this one private (chmod 700)", dir, perm, other)
		}
		if err := os.Chmod(dir, 0o700); err != nil { //nolint:gosec // a directory needs its x bit
			return fmt.Errorf("setting BRIEFBOT_DATA_DIR: %s may be read by others (mode %04o) and could not be made private: %w", dir, perm, err)
		}
		log.Warn("data directory was readable by others; made it private to the bot's user", "dir", dir, "was", fmt.Sprintf("%04o", perm), "now", "0700")
	}
	return nil
}

// lockSQLite takes the lock that keeps a SQLite database to one process;
// its errors name setting, the one that chose the file.
func lockSQLite(setting, path string) (unlock func() error, err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("setting %s: %w", setting, err)
	}
	unlock, err = lockFile(path + ".lock")
	if errors.Is(err, errLocked) {
		return nil, fmt.Errorf("setting %s: %s is in use by another briefbot serve (SQLite supports one process; use PostgreSQL for several)", setting, path)
	}
	if err != nil {
		return nil, fmt.Errorf("setting %s: lock %s: %w", setting, path, err)
	}
	return unlock, nil
}

// openQueue opens the durable job queue in the bot's database.
// waited receives each request's wait in the queue (the metric).
func openQueue(ctx context.Context, cfg *Config, st bot.Store, h bot.Handler, waited func(string, time.Duration), log *slog.Logger) (*riverq.Queue, error) {
	o := riverq.Options{Workers: cfg.Workers, JobTimeout: cfg.JobTimeout, RescueMargin: min(30*time.Second, cfg.JobTimeout/2), Waited: waited, Logger: log}
	if cfg.MatrixHomeserver != "" {
		// One process at a time owns the Matrix client and its crypto
		// state (on PostgreSQL, the leader): Matrix requests wait in a
		// queue of their own until its client runs.
		o.Exclusive = []string{"matrix"}
	}
	switch s := st.(type) {
	case *sqlite.Store:
		return riverq.OpenSQLite(ctx, s.DB(), h, o)
	case *postgres.Store:
		return riverq.OpenPostgres(ctx, s.Pool(), h, o)
	}
	return nil, fmt.Errorf("job queue: no queue for store %T", st)
}

// prune deletes thread content older than the retention period, now and
// then every interval, until ctx ends.
func prune(ctx context.Context, st bot.Store, days int, interval time.Duration, log *slog.Logger) {
	if days <= 0 {
		return
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		before := time.Now().Add(-time.Duration(days) * 24 * time.Hour)
		n, err := st.PruneThreads(ctx, before)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Error("retention: prune threads failed", "err", err)
		case n > 0:
			log.Info("retention: threads deleted", "count", n, "older_than_days", days)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
