package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// Markers that appear in nothing but the article and the question of
// TestServeForgetDeletesEveryCopy.
const (
	forgetArticleMarker  = "Qzorblaxian"
	forgetQuestionMarker = "Vempkrosh"
)

// forgetArticle is a private article whose party and words carry a marker.
var forgetArticle = strings.Join([]string{
	"Qzorblaxian officials denied on Tuesday that the harbour authority had sold the northern pier to a private fund.",
	`"No such sale took place, and none is planned," said Mira Qzorblaxian, a spokeswoman for the authority, at a press conference.`,
	"The fund said in a statement that it had signed a lease for the pier and would publish its terms next week.",
	"Local traders said the pier had been closed to fishing boats since March, according to the Qzorblaxian Trade Council.",
	"The council called for an independent review of every contract the authority signed this year.",
}, " ")

// TestServeForgetDeletesEveryCopy pastes an article in a DM, asks a
// question, says "forget", and then searches every byte of the data
// directory (SQLite) and every row of every table (PostgreSQL) for the
// article's and the question's words: none may be left, in the threads,
// the turns, the job queue's arguments, the briefing cache, the reply log
// or the database's free pages.
func TestServeForgetDeletesEveryCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	t.Run("sqlite", func(t *testing.T) {
		slackAPI := slacktest.New(t)
		env := serveEnv(t, slackAPI)
		dir := env["BRIEFBOT_DATA_DIR"]
		c := startServe(t, env)
		forgetConversation(t, c, slackAPI, func() []string { return filesHolding(t, dir) })
		// Stop serve (which closes the database: a checkpoint) and read
		// every file it left.
		if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case <-c.done:
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop")
		}
		if left := filesHolding(t, dir); len(left) > 0 {
			t.Errorf("after forget and a checkpoint, the data directory still holds the private text: %v", left)
		}
	})
	t.Run("postgres", func(t *testing.T) {
		dbURL := pgtest.Schema(t)
		slackAPI := slacktest.New(t)
		env := serveEnv(t, slackAPI)
		env["BRIEFBOT_DATABASE_URL"] = dbURL
		c := startServe(t, env)
		forgetConversation(t, c, slackAPI, func() []string { return rowsHolding(t, dbURL) })
	})
}

// forgetConversation briefs the article in a DM, asks the question,
// checks that where() finds the markers, says "forget", and checks that
// where() no longer finds them.
func forgetConversation(t *testing.T, c *child, slackAPI *slacktest.Server, where func() []string) {
	t.Helper()
	dm := func(id, ts, thread, text string) {
		ev := map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": text, "ts": ts, "channel": "D1", "event_ts": ts}
		if thread != "" {
			ev["thread_ts"] = thread
		}
		sendRawEvent(t, c.addr, id, ev, 0)
	}
	const root = "1700000500.000001"
	final := func(ts string) func() bool {
		return func() bool {
			r := slackAPI.Replies("D1", ts)
			return len(r) > 0 && !strings.Contains(r[len(r)-1], "Reading the article") && !strings.Contains(r[len(r)-1], "Looking through")
		}
	}
	dm("EvF1", root, "", forgetArticle)
	waitFor(t, "the briefing", 30*time.Second, final(root))
	dm("EvF2", "1700000500.000002", root, "What did "+forgetQuestionMarker+" traders say about the pier?")
	waitFor(t, "the answer", 30*time.Second, func() bool { return len(slackAPI.Replies("D1", root)) >= 2 && final(root)() })
	// The search must see what is there before it can say it is gone.
	waitFor(t, "the markers stored", 10*time.Second, func() bool {
		found := strings.Join(where(), " ")
		return strings.Contains(found, forgetArticleMarker) && strings.Contains(found, forgetQuestionMarker)
	})
	n := len(slackAPI.Replies("D1", root))
	dm("EvF3", "1700000500.000003", root, "forget")
	waitFor(t, "forget's reply", 30*time.Second, func() bool {
		r := slackAPI.Replies("D1", root)
		return len(r) > n && strings.Contains(r[len(r)-1], "deleted")
	})
	// The forget request finishes (its reply log, its job) a moment after
	// its reply is posted.
	waitFor(t, "every copy deleted", 15*time.Second, func() bool { return len(where()) == 0 })
	if left := where(); len(left) > 0 {
		t.Errorf("after forget, the private text is still in %v", left)
	}
}

// filesHolding returns "file: marker" for each file under dir that holds
// a marker, in any byte of it.
func filesHolding(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			if os.IsNotExist(err) {
				return nil // a -wal or -shm file removed meanwhile
			}
			return err
		}
		for _, m := range []string{forgetArticleMarker, forgetQuestionMarker} {
			if bytes.Contains(data, []byte(m)) {
				out = append(out, filepath.Base(path)+": "+m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rowsHolding returns "table: marker" for each table of the test schema
// with a row that holds a marker.
func rowsHolding(t *testing.T, dbURL string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) < 5 {
		t.Fatalf("found %d tables in the schema, want the bot's and the queue's", len(tables))
	}
	var out []string
	for _, table := range tables {
		for _, m := range []string{forgetArticleMarker, forgetQuestionMarker} {
			var n int
			q := fmt.Sprintf(`SELECT count(*) FROM %s AS r WHERE r::text LIKE $1`, pgx.Identifier{table}.Sanitize())
			if err := conn.QueryRow(ctx, q, "%"+m+"%").Scan(&n); err != nil {
				t.Fatalf("search %s: %v", table, err)
			}
			if n > 0 {
				out = append(out, table+": "+m)
			}
		}
	}
	return out
}
