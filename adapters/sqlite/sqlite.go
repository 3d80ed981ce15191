// Package sqlite is a bot.Store in a SQLite database file, for a single
// bot process. It uses modernc.org/sqlite, a pure-Go SQLite, so the binary
// needs no C toolchain.
//
// The database runs in WAL mode: readers never block the writer or each
// other. Writes go through one connection, so the store's goroutines queue
// in Go instead of contending for SQLite's write lock; other processes (or
// code sharing DB) that write to the same file wait up to the busy timeout.
// Transactions on the write connection begin IMMEDIATE, taking the write
// lock at once, which is what makes that wait reliable.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/adapters/internal/jsoncol"
	"github.com/briefbot/briefbot/adapters/internal/sqlmigrate"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// BusyTimeout is how long a write waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const BusyTimeout = 10 * time.Second

// Store is a bot.Store in SQLite. It is safe for concurrent use.
type Store struct {
	w *sql.DB // the write connection (one)
	r *sql.DB // read-only connections; the same as w for ":memory:"

	wdsn    string // the write connection's data source, "" for ":memory:"
	extraMu sync.Mutex
	extra   *sql.DB // ExtraDB's handle, closed with the store
}

var _ bot.Store = (*Store)(nil)

// Open opens (creating it and its parent directory if needed) the SQLite
// database at path, and brings its schema up to date. The path ":memory:"
// opens a private in-memory database, for tests.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: open: no database path")
	}
	params := url.Values{}
	params.Set("_busy_timeout", fmt.Sprint(BusyTimeout.Milliseconds()))
	params.Set("_foreign_keys", "1")
	// Deleted content is overwritten with zeros, on every connection that
	// writes (the store's, the job queue's, the crypto store's), so that
	// what "forget" and retention delete does not stay in free pages.
	params.Add("_pragma", "secure_delete(1)")
	if path == ":memory:" {
		// A memory database lives in its connection: keep exactly one.
		w, err := openDB(ctx, ":memory:?"+params.Encode(), 1)
		if err != nil {
			return nil, fmt.Errorf("sqlite: open: %w", err)
		}
		s := &Store{w: w, r: w}
		if err := migrate(ctx, w); err != nil {
			_ = w.Close()
			return nil, fmt.Errorf("sqlite: open: %w", err)
		}
		return s, nil
	}

	// Processes that start together race to create the file and switch
	// it to WAL; SQLite answers some of those races with SQLITE_BUSY at
	// once, without waiting out the busy timeout. Try again until it
	// has passed.
	deadline := time.Now().Add(BusyTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		s, err := openFile(ctx, path, params)
		if err == nil || !isBusy(err) || time.Now().Add(wait).After(deadline) {
			return s, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("sqlite: open %s: %w", path, ctx.Err())
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (any extended code).
func isBusy(err error) bool {
	var se interface{ Code() int }
	return errors.As(err, &se) && se.Code()&0xff == 5
}

// openFile opens the database file at path: Open's work for a file.
func openFile(ctx context.Context, path string, params url.Values) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	// A file: URI, escaped, so that any path (with '?', '#' or '%') works.
	name := "file:" + (&url.URL{Path: abs}).EscapedPath()

	wp := cloneValues(params)
	wp.Set("_journal_mode", "WAL")
	// In WAL mode NORMAL is safe against corruption; a power loss may
	// lose the last transactions, not an application crash.
	wp.Set("_synchronous", "NORMAL")
	wp.Set("_txlock", "immediate")
	w, err := openDB(ctx, name+"?"+wp.Encode(), 1)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := migrate(ctx, w); err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}

	// The files hold what people pasted and asked: the owner's only, also
	// when they were made by an earlier version or another umask.
	for _, f := range []string{abs, abs + "-wal", abs + "-shm"} {
		if err := os.Chmod(f, 0o600); err != nil && !errors.Is(err, os.ErrNotExist) {
			_ = w.Close()
			return nil, fmt.Errorf("sqlite: open %s: make private: %w", path, err)
		}
	}

	rp := cloneValues(params)
	rp.Set("_query_only", "1")
	r, err := openDB(ctx, name+"?"+rp.Encode(), max(4, runtime.GOMAXPROCS(0)))
	if err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return &Store{w: w, r: r, wdsn: name + "?" + wp.Encode()}, nil
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func openDB(ctx context.Context, dsn string, conns int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// DB returns the write handle, for code that keeps its own tables in the
// same database (the job queue; see Pool for code with locks of its own).
// It has a single
// connection: do not hold a transaction on it while calling the Store or
// making other calls on DB, which would wait for that connection forever.
// Transactions on it begin IMMEDIATE.
func (s *Store) DB() *sql.DB { return s.w }

// ExtraDB returns a handle on the database whose connections are not
// limited in number (transactions begin IMMEDIATE; writers wait for each
// other up to BusyTimeout), for code that keeps its own tables here and
// takes Go locks of its own around its queries: the Matrix crypto store.
// With a bounded pool such code can deadlock: goroutines holding every
// connection (open result sets) wait for a lock that another holds while
// it waits for a connection (TestCryptoStorePoolConcurrent). Every call
// returns the same handle; the store closes it. A ":memory:" database has
// one connection only: ExtraDB returns DB.
func (s *Store) ExtraDB(ctx context.Context) (*sql.DB, error) {
	if s.wdsn == "" {
		return s.w, nil
	}
	s.extraMu.Lock()
	defer s.extraMu.Unlock()
	if s.extra == nil {
		db, err := openDB(ctx, s.wdsn, 2)
		if err != nil {
			return nil, fmt.Errorf("sqlite: extra handle: %w", err)
		}
		db.SetMaxOpenConns(0) // unlimited; two kept idle
		s.extra = db
	}
	return s.extra, nil
}

// Close closes the database.
func (s *Store) Close() error {
	var err error
	s.extraMu.Lock()
	if s.extra != nil {
		err = s.extra.Close()
		s.extra = nil
	}
	s.extraMu.Unlock()
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return errors.Join(err, s.w.Close())
}

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, in one IMMEDIATE transaction, so that two processes
// opening the database at once apply each migration once.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := sqlmigrate.Load(migrationFS, "migrations")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER NOT NULL PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at INTEGER NOT NULL -- Unix microseconds
	)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	applied := map[int]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			_ = rows.Close()
			return fmt.Errorf("migrate: %w", err)
		}
		applied[v] = true
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	n := 0
	for _, m := range ms {
		if applied[m.Version] {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("migrate: %04d_%s: %w", m.Version, m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			m.Version, m.Name, micros(time.Now())); err != nil {
			return fmt.Errorf("migrate: %04d_%s: %w", m.Version, m.Name, err)
		}
		n++
	}
	if n == 0 {
		return nil // nothing written: the deferred rollback ends the transaction
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Times are stored as Unix microseconds, the precision PostgreSQL keeps.
func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

func notFound(op, msg string) error {
	return &bot.Error{Code: bot.ENotFound, Op: "sqlite: " + op, Message: msg}
}

const noThread = "There is no briefing in this thread."

// marshal returns v as JSON, or nil (SQL NULL) when v is a nil pointer.
func marshal[T any](v *T) (any, error) {
	if v == nil {
		return nil, nil
	}
	data, err := jsoncol.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(data), nil
}

// Thread implements bot.ThreadStore.
func (s *Store) Thread(ctx context.Context, k bot.ThreadKey) (*bot.Thread, error) {
	th, err := s.thread(ctx, k)
	if err != nil && bot.ErrorCode(err) != bot.ENotFound {
		return nil, fmt.Errorf("sqlite: thread: %w", err)
	}
	return th, err
}

func (s *Store) thread(ctx context.Context, k bot.ThreadKey) (*bot.Thread, error) {
	// One read transaction, so the thread and its turns are one snapshot.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	var (
		article, briefing, sources []byte
		created, updated           int64
	)
	err = tx.QueryRowContext(ctx, `SELECT article, briefing, sources, created, updated FROM threads
		WHERE platform = ? AND conversation = ? AND thread = ?`,
		k.Platform, string(k.Conversation), string(k.Thread)).Scan(&article, &briefing, &sources, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("thread", noThread)
	}
	if err != nil {
		return nil, err
	}
	th := &bot.Thread{Key: k, Created: fromMicros(created), Updated: fromMicros(updated)}
	if th.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	if th.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	if srcs, err := jsoncol.Unmarshal[[]bot.ThreadSource](sources); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	} else if srcs != nil {
		th.Sources = *srcs
	}
	rows, err := tx.QueryContext(ctx, `SELECT question, answer FROM turns
		WHERE platform = ? AND conversation = ? AND thread = ? ORDER BY seq`,
		k.Platform, string(k.Conversation), string(k.Thread))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t bot.Turn
		if err := rows.Scan(&t.Question, &t.Answer); err != nil {
			return nil, err
		}
		th.Turns = append(th.Turns, t)
	}
	return th, rows.Err()
}

// SaveThread implements bot.ThreadStore. It replaces the thread's article,
// briefing, times and turns. A zero Created or Updated is stored as now.
func (s *Store) SaveThread(ctx context.Context, t *bot.Thread) error {
	if err := s.saveThread(ctx, t); err != nil {
		return fmt.Errorf("sqlite: save thread: %w", err)
	}
	return nil
}

func (s *Store) saveThread(ctx context.Context, t *bot.Thread) error {
	if t == nil {
		return errors.New("nil thread")
	}
	article, err := marshal(t.Article)
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	briefing, err := marshal(t.Briefing)
	if err != nil {
		return fmt.Errorf("briefing: %w", err)
	}
	var sources any
	if len(t.Sources) > 0 {
		if sources, err = marshal(&t.Sources); err != nil {
			return fmt.Errorf("sources: %w", err)
		}
	}
	now := time.Now()
	created, updated := t.Created, t.Updated
	if created.IsZero() {
		created = now
	}
	if updated.IsZero() {
		updated = now
	}
	k := t.Key
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, `INSERT INTO threads
		(platform, conversation, thread, article, briefing, sources, turn_count, created, updated, article_hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, conversation, thread) DO UPDATE SET
			article = excluded.article, briefing = excluded.briefing, sources = excluded.sources,
			turn_count = excluded.turn_count,
			created = excluded.created, updated = excluded.updated,
			article_hash = excluded.article_hash`,
		k.Platform, string(k.Conversation), string(k.Thread), article, briefing, sources,
		len(t.Turns), micros(created), micros(updated), t.Article.Hash()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM thread_sources WHERE platform = ? AND conversation = ? AND thread = ?`,
		k.Platform, string(k.Conversation), string(k.Thread)); err != nil {
		return err
	}
	for _, h := range t.SourceHashes() {
		if _, err := tx.ExecContext(ctx, `INSERT INTO thread_sources (platform, conversation, thread, hash) VALUES (?, ?, ?, ?)`,
			k.Platform, string(k.Conversation), string(k.Thread), h); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM turns WHERE platform = ? AND conversation = ? AND thread = ?`,
		k.Platform, string(k.Conversation), string(k.Thread)); err != nil {
		return err
	}
	if len(t.Turns) > 0 {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO turns
			(platform, conversation, thread, seq, question, answer, created) VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, turn := range t.Turns {
			if _, err := stmt.ExecContext(ctx, k.Platform, string(k.Conversation), string(k.Thread),
				i+1, turn.Question, turn.Answer, micros(now)); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// AddTurn implements bot.ThreadStore.
func (s *Store) AddTurn(ctx context.Context, k bot.ThreadKey, turn bot.Turn) error {
	err := s.addTurn(ctx, k, turn)
	if err != nil && bot.ErrorCode(err) != bot.ENotFound {
		return fmt.Errorf("sqlite: add turn: %w", err)
	}
	return err
}

func (s *Store) addTurn(ctx context.Context, k bot.ThreadKey, turn bot.Turn) error {
	now := micros(time.Now())
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var seq int
	err = tx.QueryRowContext(ctx, `UPDATE threads SET turn_count = turn_count + 1, updated = ?
		WHERE platform = ? AND conversation = ? AND thread = ? RETURNING turn_count`,
		now, k.Platform, string(k.Conversation), string(k.Thread)).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("add turn", noThread)
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO turns
		(platform, conversation, thread, seq, question, answer, created) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		k.Platform, string(k.Conversation), string(k.Thread), seq, turn.Question, turn.Answer, now); err != nil {
		return err
	}
	return tx.Commit()
}

// DeleteThread implements bot.ThreadStore: the thread, its turns, the
// engine's records of its requests, the digest items that show it, its
// keys in the conversation's seen digest items, and its article's cached
// briefings unless another thread holds the article. Deleted rows are
// overwritten (secure_delete) and the write-ahead log is checkpointed
// and truncated, so that the content is gone from the files too.
func (s *Store) DeleteThread(ctx context.Context, k bot.ThreadKey) error {
	if err := s.deleteThread(ctx, k); err != nil {
		return fmt.Errorf("sqlite: delete thread: %w", err)
	}
	s.checkpoint(ctx)
	return nil
}

func (s *Store) deleteThread(ctx context.Context, k bot.ThreadKey) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var hash string
	var article, sources []byte
	err = tx.QueryRowContext(ctx, `SELECT article_hash, article, sources FROM threads WHERE platform = ? AND conversation = ? AND thread = ?`,
		k.Platform, string(k.Conversation), string(k.Thread)).Scan(&hash, &article, &sources)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	th := &bot.Thread{}
	if a, err := jsoncol.Unmarshal[bot.Article](article); err == nil && a != nil {
		th.Article = a
	}
	if srcs, err := jsoncol.Unmarshal[[]bot.ThreadSource](sources); err == nil && srcs != nil {
		th.Sources = *srcs
	}
	hashes, links := forgotten(th, hash)
	conv := []any{k.Platform, string(k.Conversation)}
	// turns and thread_sources rows are deleted by ON DELETE CASCADE.
	stmts := []struct {
		q    string
		args []any
	}{
		{`DELETE FROM threads WHERE platform = ? AND conversation = ? AND thread = ?`, append(conv, string(k.Thread))},
		// Digest items that show the thread keep their number and thread
		// only, so that "more N" says the article was forgotten.
		{`UPDATE digest_items SET title = '', url = '', site = '', published = '', summary = '',
			parties = '[]', hash = '', article = NULL, briefing = NULL, story = ''
			WHERE thread = ? AND digest_id IN (SELECT id FROM digests WHERE platform = ? AND conversation = ?)`,
			append([]any{string(k.Thread)}, conv...)},
	}
	for _, h := range hashes {
		stmts = append(stmts, struct {
			q    string
			args []any
		}{`DELETE FROM digest_seen WHERE platform = ? AND conversation = ? AND key = ?`, append(conv, "h:"+h)})
	}
	for _, l := range links {
		stmts = append(stmts, struct {
			q    string
			args []any
		}{`DELETE FROM digest_seen WHERE platform = ? AND conversation = ? AND key = ?`, append(conv, "u:"+l)})
	}
	for _, p := range bot.ThreadStatePrefixes(k) {
		stmts = append(stmts, struct {
			q    string
			args []any
		}{`DELETE FROM state WHERE substr(key, 1, length(?)) = ?`, []any{p, p}})
	}
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return err
		}
	}
	for _, h := range hashes {
		var others int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM threads WHERE article_hash = ?) + (SELECT count(*) FROM thread_sources WHERE hash = ?)`, h, h).Scan(&others); err != nil {
			return err
		}
		if others == 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM briefing_cache WHERE substr(key, -length(?)) = ?`, "|"+h, "|"+h); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// checkpoint copies the write-ahead log into the database and truncates
// it, so that the old versions of deleted rows it holds are gone. It
// fails quietly while readers hold old snapshots; the next one succeeds.
func (s *Store) checkpoint(ctx context.Context) {
	if s.wdsn == "" {
		return
	}
	if _, err := s.w.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return
	}
}

// CachedBriefing implements bot.BriefingCache.
func (s *Store) CachedBriefing(ctx context.Context, key string) (*bot.Briefing, error) {
	var data []byte
	err := s.r.QueryRowContext(ctx, `SELECT briefing FROM briefing_cache WHERE key = ?`, key).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("cached briefing", "not cached")
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: cached briefing: %w", err)
	}
	b, err := jsoncol.Unmarshal[bot.Briefing](data)
	if err != nil || b == nil {
		return nil, fmt.Errorf("sqlite: cached briefing: bad JSON: %w", err)
	}
	return b, nil
}

// CacheBriefing implements bot.BriefingCache.
func (s *Store) CacheBriefing(ctx context.Context, key string, b *bot.Briefing) error {
	if b == nil {
		return errors.New("sqlite: cache briefing: nil briefing")
	}
	data, err := marshal(b)
	if err != nil {
		return fmt.Errorf("sqlite: cache briefing: %w", err)
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO briefing_cache (key, briefing, created) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET briefing = excluded.briefing, created = excluded.created`,
		key, data, micros(time.Now())); err != nil {
		return fmt.Errorf("sqlite: cache briefing: %w", err)
	}
	return nil
}

// State implements bot.StateStore.
func (s *Store) State(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.r.QueryRowContext(ctx, `SELECT value FROM state WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("state", "no state for "+strings.ToValidUTF8(key, "?"))
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: state: %w", err)
	}
	if v == nil {
		v = []byte{}
	}
	return v, nil
}

// SetState implements bot.StateStore.
func (s *Store) SetState(ctx context.Context, key string, value []byte) error {
	if value == nil {
		value = []byte{} // the column is NOT NULL: nil is the empty value
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO state (key, value, updated) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated`,
		key, value, micros(time.Now())); err != nil {
		return fmt.Errorf("sqlite: set state: %w", err)
	}
	return nil
}

// PruneThreads implements bot.Store: it deletes threads (and their turns)
// updated before before, and rate buckets, cached briefings and reply-log
// and admission records ("reply|" and "admit|" state keys) made before it.
func (s *Store) PruneThreads(ctx context.Context, before time.Time) (int, error) {
	n, err := s.prune(ctx, micros(before))
	if err != nil {
		return 0, fmt.Errorf("sqlite: prune threads: %w", err)
	}
	return n, nil
}

func (s *Store) prune(ctx context.Context, before int64) (int, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	res, err := tx.ExecContext(ctx, `DELETE FROM threads WHERE updated < ?`, before)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM rate_buckets WHERE at < ?`, before); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM briefing_cache WHERE created < ?`, before); err != nil {
		return 0, err
	}
	// The keys that start with "reply|" or "admit|" ('}' follows '|'), by
	// the index.
	if _, err := tx.ExecContext(ctx, `DELETE FROM state WHERE ((key >= 'reply|' AND key < 'reply}') OR (key >= 'admit|' AND key < 'admit}')) AND updated < ?`, before); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.checkpoint(ctx)
	return int(n), nil
}

// forgotten returns the content hashes and normalised links of the
// articles a thread holds (its article's and each story source's), for
// forgetting them; stored is the hash recorded with the thread, used when
// its article cannot be read.
func forgotten(th *bot.Thread, stored string) (hashes, links []string) {
	hashes = th.SourceHashes()
	if len(hashes) == 0 && stored != "" {
		hashes = []string{stored}
	}
	for _, a := range th.Articles() {
		if l := digest.NormalizeURL(a.URL); l != "" && !slices.Contains(links, l) {
			links = append(links, l)
		}
	}
	return hashes, links
}
