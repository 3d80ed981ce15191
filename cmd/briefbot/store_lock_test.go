package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
)

// TestOpenStoreSQLiteLock checks that a SQLite database is opened by one
// serve at a time: a second open fails, saying so, until the first closes.
func TestOpenStoreSQLiteLock(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no flock here")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "data", "b.db")
	cfg := &Config{DatabaseURL: path}
	_, kind, closeA, err := openStore(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if kind != "sqlite" {
		t.Fatalf("kind = %q, want sqlite", kind)
	}
	_, _, closeB, err := openStore(ctx, &Config{DatabaseURL: "sqlite:" + path}, slog.New(slog.DiscardHandler))
	want := "setting BRIEFBOT_DATABASE_URL: " + path + " is in use by another briefbot serve (SQLite supports one process; use PostgreSQL for several)"
	if err == nil {
		_ = closeB()
		t.Fatal("second open succeeded, want it refused")
	}
	if err.Error() != want {
		t.Errorf("second open: %q\nwant %q", err, want)
	}
	if err := closeA(); err != nil {
		t.Fatal(err)
	}
	_, _, closeC, err := openStore(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("open after the first closed: %v", err)
	}
	if err := closeC(); err != nil {
		t.Fatal(err)
	}
}

// TestServeSecondOnSameSQLite starts serve twice on one data directory:
// the second fails at start with one line naming the database.
func TestServeSecondOnSameSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	slackAPI := slacktest.New(t)
	env := serveEnv(t, slackAPI)
	startServe(t, env)
	env2 := map[string]string{}
	for k, v := range env {
		env2[k] = v
	}
	env2["BRIEFBOT_HTTP_ADDR"] = freeAddr(t)
	out := &syncBuffer{}
	mm := &Main{Stdin: strings.NewReader(""), Stdout: out, Stderr: out, Getenv: func(k string) string { return env2[k] }}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if code := mm.Run(ctx, []string{"serve"}); code == 0 {
		t.Fatalf("second serve exited 0, want a failure:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "is in use by another briefbot serve (SQLite supports one process; use PostgreSQL for several)") {
		t.Errorf("second serve's error does not explain the lock:\n%s", out.String())
	}
}

// TestServeDrainsOnSIGTERM sends SIGTERM while a slow model is briefing:
// serve stops taking work but lets the running request finish and post
// its briefing before it exits.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	e := newSlowModelSetup(t, func() { time.Sleep(2 * time.Second) })
	seed, slackAPI, called, env := e.seed, e.slack, e.called, e.env
	s := startServe(t, env)
	const ts = "1700000000.000200"
	sendEvent(t, s.addr, "EvDrain", "C1", ts, string(seed), 0)
	select {
	case <-called:
	case <-time.After(30 * time.Second):
		t.Fatalf("the model was never called:\n%s", s.stderr.String())
	}
	start := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("serve did not stop cleanly on SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("serve did not exit within 15 s of SIGTERM:\n%s", s.stderr.String())
	}
	t.Logf("exited %v after SIGTERM", time.Since(start))
	r := slackAPI.Replies("C1", ts)
	if len(r) == 0 || !strings.Contains(r[0], "China rejects US report") {
		t.Errorf("the request running at SIGTERM was not finished before exit; replies: %q\n%s", r, s.stderr.String())
	}
}

// TestDataDirIsPrivate checks that the data directory and the database
// files are the owner's only: made so, and tightened when they were not.
func TestDataDirIsPrivate(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no Unix permissions here")
	}
	ctx := context.Background()
	// A directory others may read that holds files not the bot's is
	// refused, not tightened.
	shared := filepath.Join(t.TempDir(), "shared")
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(shared, "other.txt"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := openStore(ctx, &Config{DataDir: shared}, slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), "BRIEFBOT_DATA_DIR") || !strings.Contains(err.Error(), "other.txt") {
		t.Errorf("a shared directory: %v, want a refusal naming the setting and the foreign file", err)
	}
	if fi, err := os.Stat(shared); err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("a shared directory's mode was changed: %v %v", fi.Mode(), err)
	}
	for _, tc := range []struct {
		name  string
		setup func(dir string)
	}{
		{"new", func(string) {}},
		{"existing and open to all", func(dir string) {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dir, 0o777); err != nil { //nolint:gosec // the test makes it wide on purpose
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "briefbot.db"), nil, 0o644); err != nil { //nolint:gosec // wide on purpose
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			tc.setup(dir)
			var logs strings.Builder
			log := slog.New(slog.NewTextHandler(&logs, nil))
			_, _, closeStore, err := openStore(ctx, &Config{DataDir: dir}, log)
			if err != nil {
				t.Fatal(err)
			}
			defer closeStore() //nolint:errcheck // test cleanup
			fi, err := os.Stat(dir)
			if err != nil {
				t.Fatal(err)
			}
			if perm := fi.Mode().Perm(); perm != 0o700 {
				t.Errorf("data directory mode %04o, want 0700", perm)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				info, err := e.Info()
				if err != nil {
					t.Fatal(err)
				}
				if perm := info.Mode().Perm(); perm&0o077 != 0 {
					t.Errorf("%s has mode %04o, want no access for group and others", e.Name(), perm)
				}
			}
			if tc.name != "new" && !strings.Contains(logs.String(), "made it private") {
				t.Errorf("no warning when tightening the directory: %s", logs.String())
			}
		})
	}
}

// TestDigestRetentionFollowsSetting checks that posted digests, which hold
// feed items' articles and briefings, are not kept past
// BRIEFBOT_RETENTION_DAYS.
func TestDigestRetentionFollowsSetting(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct {
		days int
		want time.Duration
	}{
		{0, 0}, // retention off: the scheduler's default
		{7, 7 * day},
		{90, 30 * day}, // "more N" needs no more than the default
	} {
		a := &app{cfg: &Config{RetentionDays: tc.days}, engine: &bot.Engine{}, log: slog.New(slog.DiscardHandler)}
		if got := a.scheduler(bot.NewMemStore()).Retention; got != tc.want {
			t.Errorf("BRIEFBOT_RETENTION_DAYS=%d: digests kept %v, want %v", tc.days, got, tc.want)
		}
	}
}
