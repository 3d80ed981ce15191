package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

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
	u := cfg.DatabaseURL
	switch {
	case strings.HasPrefix(u, "postgres://"), strings.HasPrefix(u, "postgresql://"):
		st, err := postgres.Open(ctx, u)
		if err != nil {
			return nil, "", nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: %w", err)
		}
		return st, "postgres", st.Close, nil
	case u == "":
		if err := privateDir(cfg.DataDir, log); err != nil {
			return nil, "", nil, err
		}
		u = filepath.Join(cfg.DataDir, "briefbot.db")
	case strings.HasPrefix(u, "sqlite://"):
		u = strings.TrimPrefix(u, "sqlite://")
	case strings.HasPrefix(u, "sqlite:"):
		u = strings.TrimPrefix(u, "sqlite:")
	case strings.Contains(u, "://"):
		scheme, _, _ := strings.Cut(u, "://")
		return nil, "", nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: want a postgres:// URL or a SQLite file path, got scheme %q", scheme)
	}
	unlock := func() error { return nil }
	if u != ":memory:" {
		if unlock, err = lockSQLite(u); err != nil {
			return nil, "", nil, err
		}
	}
	sst, err := sqlite.Open(ctx, u)
	if err != nil {
		_ = unlock()
		return nil, "", nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: %w", err)
	}
	return sst, "sqlite", func() error { return errors.Join(sst.Close(), unlock()) }, nil
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
		if err := os.Chmod(dir, 0o700); err != nil { //nolint:gosec // a directory needs its x bit
			return fmt.Errorf("setting BRIEFBOT_DATA_DIR: %s may be read by others (mode %04o) and could not be made private: %w", dir, perm, err)
		}
		log.Warn("data directory was readable by others; made it private to the bot's user", "dir", dir, "was", fmt.Sprintf("%04o", perm), "now", "0700")
	}
	return nil
}

// lockSQLite takes the lock that keeps a SQLite database to one process.
func lockSQLite(path string) (unlock func() error, err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: %w", err)
	}
	unlock, err = lockFile(path + ".lock")
	if errors.Is(err, errLocked) {
		return nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: %s is in use by another briefbot serve (SQLite supports one process; use PostgreSQL for several)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("setting BRIEFBOT_DATABASE_URL: lock %s: %w", path, err)
	}
	return unlock, nil
}

// openQueue opens the durable job queue in the bot's database.
func openQueue(ctx context.Context, cfg *Config, st bot.Store, h bot.Handler, log *slog.Logger) (*riverq.Queue, error) {
	o := riverq.Options{Workers: cfg.Workers, JobTimeout: cfg.JobTimeout, RescueMargin: min(30*time.Second, cfg.JobTimeout/2), Logger: log}
	switch s := st.(type) {
	case *sqlite.Store:
		return riverq.OpenSQLite(ctx, s.DB(), h, o)
	case *postgres.Store:
		if cfg.MatrixHomeserver != "" {
			// One replica at a time owns the Matrix client and its
			// crypto state: Matrix requests wait for the leader.
			o.Exclusive = []string{"matrix"}
		}
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
