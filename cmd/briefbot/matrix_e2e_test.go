package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix"
	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// TestServeMatrixReplicas runs two `briefbot serve` replicas on one
// PostgreSQL against a real homeserver (Dendrite), in an encrypted room
// when built with goolm. One replica leads Matrix: it alone has a Matrix
// client, so the end-to-end encryption state has one owner. It answers a
// mention; it is killed; a mention sent while no replica leads is
// answered by the other replica once it takes over, encrypted with the
// state the first one left in PostgreSQL, and a follow-up in the first
// thread is answered too. Every request gets exactly one reply.
func TestServeMatrixReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	menv := matrixtest.LoadEnv(t)
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	matrixtest.SerializeCryptoTables(t, pgtest.URL(t))
	dbURL := pgtest.Schema(t)
	replicaEnv := func() map[string]string {
		e := map[string]string{
			"BRIEFBOT_HTTP_ADDR":    freeAddr(t),
			"BRIEFBOT_DATA_DIR":     t.TempDir(),
			"BRIEFBOT_DATABASE_URL": dbURL,
			"BRIEFBOT_LOG_LEVEL":    "info",
			"MATRIX_HOMESERVER":     menv.Homeserver,
			"MATRIX_USER_ID":        menv.Bot,
			"MATRIX_PASSWORD":       menv.BotPassword,
			"MATRIX_DEVICE_NAME":    "Briefbot replicas test",
		}
		if matrixtest.E2EE {
			e["MATRIX_PICKLE_KEY"] = "replicas test pickle key"
		}
		return e
	}
	a, b := startServe(t, replicaEnv()), startServe(t, replicaEnv())
	leads := func(c *child) bool { return strings.Contains(c.stderr.String(), "leading matrix: starting") }
	waitFor(t, "a replica to lead matrix", 60*time.Second, func() bool { return leads(a) || leads(b) })
	leader, other := a, b
	if leads(b) {
		leader, other = b, a
	}
	if leads(other) {
		t.Fatal("both replicas lead matrix")
	}

	h := matrixtest.NewHuman(t, menv, matrixtest.E2EE)
	botID := id.UserID(menv.Bot)
	room := h.CreateRoom("replicas", matrixtest.E2EE, false)
	h.AddPerson(menv, room)
	first := h.Send(room, matrixtest.Mention(botID, string(seed)))
	msg, _ := h.WaitReply("the leader's briefing", room, first, 90*time.Second, matrixtest.IsBriefing)
	checkEncrypted(t, "the leader's briefing", msg)

	// The leader dies; a mention arrives before anyone leads.
	if err := leader.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-leader.done
	second := h.Send(room, matrixtest.Mention(botID, string(seed)))
	waitFor(t, "the other replica to lead matrix", 60*time.Second, func() bool { return leads(other) })
	msg, _ = h.WaitReply("the briefing after the failover", room, second, 120*time.Second, matrixtest.IsBriefing)
	checkEncrypted(t, "the briefing after the failover", msg)
	h.Send(room, matrixtest.InThread(matrixtest.Plain("What did Hong Lei say about the accusations?"), first))
	_, ans := h.WaitReply("the answer after the failover", room, first, 60*time.Second, func(c *event.MessageEventContent) bool {
		return !strings.HasPrefix(c.Body, "⏳") && !matrixtest.IsBriefing(c)
	})
	if !strings.Contains(ans.Body, "Hong Lei") && !strings.Contains(ans.Body, "article does not say") {
		t.Errorf("answer = %q, want a quote about Hong Lei (or the not-in-article line)", ans.Body)
	}

	time.Sleep(3 * time.Second) // a second reply would arrive now
	evts := h.Snapshot()
	for name, c := range map[string]struct {
		root id.EventID
		want int
	}{"first mention": {first, 2}, "second mention": {second, 1}} {
		if got := len(matrixtest.BotPosts(evts, botID, room, c.root)); got != c.want {
			t.Errorf("%s: the bot posted %d messages in its thread, want %d", name, got, c.want)
		}
	}
	t.Logf("encrypted: %v; the second replica took over and answered", matrixtest.E2EE)
}

// checkEncrypted checks that a bot message in an encrypted room reached the
// person encrypted (and was decrypted by their client).
func checkEncrypted(t *testing.T, what string, msg *event.Event) {
	t.Helper()
	if matrixtest.E2EE && msg.Mautrix.EventSource&event.SourceDecrypted == 0 {
		t.Errorf("%s was not encrypted", what)
	}
}

// TestServeMatrixLeaderWaitsForHomeserver starts serve whose homeserver is
// down but answered this bot before (the store notes it), on PostgreSQL
// and on SQLite: the process that leads Matrix keeps retrying, with one
// log line a try, keeps serving (its Slack, its health check) instead of
// exiting, and stops cleanly on SIGTERM. (A homeserver that never
// answered stops serve at once: TestMistakesNameTheSetting.)
func TestServeMatrixLeaderWaitsForHomeserver(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	homeserver := "http://" + freeAddr(t) // nothing listens there
	for _, tc := range []struct {
		name string
		env  func(t *testing.T) map[string]string
		open func(ctx context.Context, env map[string]string) (bot.Store, error)
	}{
		{"postgres", func(t *testing.T) map[string]string {
			return map[string]string{"BRIEFBOT_DATABASE_URL": pgtest.Schema(t), "BRIEFBOT_DATA_DIR": t.TempDir()}
		}, func(ctx context.Context, env map[string]string) (bot.Store, error) {
			return postgres.Open(ctx, env["BRIEFBOT_DATABASE_URL"])
		}},
		{"sqlite", func(t *testing.T) map[string]string {
			return map[string]string{"BRIEFBOT_DATA_DIR": t.TempDir()}
		}, func(ctx context.Context, env map[string]string) (bot.Store, error) {
			return sqlite.Open(ctx, filepath.Join(env["BRIEFBOT_DATA_DIR"], "briefbot.db"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := tc.env(t)
			env["BRIEFBOT_HTTP_ADDR"] = freeAddr(t)
			env["BRIEFBOT_LOG_LEVEL"] = "info"
			env["MATRIX_HOMESERVER"] = homeserver
			env["MATRIX_USER_ID"] = "@briefbot:localhost"
			env["MATRIX_PASSWORD"] = "secret"
			st, err := tc.open(t.Context(), env)
			if err != nil {
				t.Fatal(err)
			}
			if err := matrix.MarkReached(t.Context(), st, homeserver); err != nil {
				t.Fatal(err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			c := startServe(t, env)
			waitFor(t, "the leader to retry starting the Matrix client", 120*time.Second, func() bool {
				return strings.Contains(c.stderr.String(), "cannot start the client; retrying")
			})
			select {
			case err := <-c.done:
				t.Fatalf("serve exited while the homeserver was down: %v\n%s", err, c.stderr.String())
			default:
			}
			// One line a try: neither mautrix nor the log-in's own retries
			// add theirs.
			for _, noisy := range []string{"mautrix: Request failed", "matrix call failed, retrying"} {
				if strings.Contains(c.stderr.String(), noisy) {
					t.Errorf("serve logs %q besides its own retry line:\n%s", noisy, c.stderr.String())
				}
			}
			if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			if err := <-c.done; err != nil {
				t.Errorf("serve did not stop cleanly on SIGTERM: %v", err)
			}
		})
	}
}
