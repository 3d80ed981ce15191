// Package postgres is a bot.Store in PostgreSQL, for bots that run as
// several replicas or want the database managed apart from the process.
// It uses github.com/jackc/pgx/v5 with a connection pool.
//
// Open takes a connection string in URL or keyword/value form; pool and
// session settings go in it (pool_max_conns=8, search_path=briefbot,
// sslmode=verify-full …). Every write is a single statement or a
// transaction of a few, so replicas sharing a database need no other
// coordination.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/briefbot/briefbot/adapters/internal/jsoncol"
	"github.com/briefbot/briefbot/adapters/internal/sqlmigrate"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrationLock is the first key of the advisory lock that serialises
// migrations; the second is the hash of the schema being migrated, so that
// replicas of one deployment wait for each other while deployments in other
// schemas of the same database do not.
const migrationLock = 0x62726266 // "brbf"

// Store is a bot.Store in PostgreSQL. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool

	extraMu sync.Mutex
	extra   *sql.DB // ExtraDB's handle, closed with the store
}

var _ bot.Store = (*Store)(nil)

// Open connects to the database at url and brings its schema up to date.
// Replicas opening the same database at once apply each migration once.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx masks the password in the connection string it quotes.
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	return &Store{pool: pool}, nil
}

// Pool returns the connection pool, for code that keeps its own tables in
// the same database (the Matrix crypto store, the job queue).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// ExtraDB returns a database/sql handle on the database with connections
// of its own, not limited in number, for code that takes Go locks around
// its queries: the Matrix crypto store. On a bounded pool (the store's)
// such code can deadlock: goroutines holding every connection (open
// result sets) wait for a lock that another holds while it waits for a
// connection. Every call returns the same handle; the store closes it.
func (s *Store) ExtraDB() *sql.DB {
	s.extraMu.Lock()
	defer s.extraMu.Unlock()
	if s.extra == nil {
		s.extra = stdlib.OpenDB(*s.pool.Config().ConnConfig.Copy())
		s.extra.SetMaxOpenConns(0) // unlimited
		s.extra.SetMaxIdleConns(2)
	}
	return s.extra
}

// Close closes the pool, waiting for connections in use to be returned,
// and the handles made by ExtraDB.
func (s *Store) Close() error {
	s.extraMu.Lock()
	var err error
	if s.extra != nil {
		err = s.extra.Close()
		s.extra = nil
	}
	s.extraMu.Unlock()
	s.pool.Close()
	return err
}

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, in one transaction holding an advisory lock, so that
// replicas starting together apply each migration once and a failed
// migration leaves the schema as it was.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	ms, err := sqlmigrate.Load(migrationFS, "migrations")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '')))`,
		int32(migrationLock)); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer     NOT NULL PRIMARY KEY,
		name       text        NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	applied := map[int]bool{}
	var v int
	if _, err := pgx.ForEachRow(rows, []any{&v}, func() error { applied[v] = true; return nil }); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range ms {
		if applied[m.Version] {
			continue
		}
		// No arguments: pgx sends it with the simple protocol, which
		// allows several statements.
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("migrate: %04d_%s: %w", m.Version, m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`,
			m.Version, m.Name); err != nil {
			return fmt.Errorf("migrate: %04d_%s: %w", m.Version, m.Name, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

func notFound(op, msg string) error {
	return &bot.Error{Code: bot.ENotFound, Op: "postgres: " + op, Message: msg}
}

const noThread = "There is no briefing in this thread."

// Thread implements bot.ThreadStore. The thread and its turns are read by
// one statement, so they are one snapshot.
func (s *Store) Thread(ctx context.Context, k bot.ThreadKey) (*bot.Thread, error) {
	var (
		article, briefing, sources []byte
		questions, answers         []string
		th                         = &bot.Thread{Key: k}
	)
	err := s.pool.QueryRow(ctx, `SELECT t.article::text, t.briefing::text, t.sources::text, t.created, t.updated,
			ARRAY(SELECT u.question FROM turns u
				WHERE (u.platform, u.conversation, u.thread) = (t.platform, t.conversation, t.thread) ORDER BY u.seq),
			ARRAY(SELECT u.answer FROM turns u
				WHERE (u.platform, u.conversation, u.thread) = (t.platform, t.conversation, t.thread) ORDER BY u.seq)
		FROM threads t WHERE t.platform = $1 AND t.conversation = $2 AND t.thread = $3`,
		k.Platform, string(k.Conversation), string(k.Thread)).
		Scan(&article, &briefing, &sources, &th.Created, &th.Updated, &questions, &answers)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("thread", noThread)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: thread: %w", err)
	}
	th.Created, th.Updated = th.Created.UTC(), th.Updated.UTC()
	if th.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
		return nil, fmt.Errorf("postgres: thread: article: %w", err)
	}
	if th.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
		return nil, fmt.Errorf("postgres: thread: briefing: %w", err)
	}
	if srcs, err := jsoncol.Unmarshal[[]bot.ThreadSource](sources); err != nil {
		return nil, fmt.Errorf("postgres: thread: sources: %w", err)
	} else if srcs != nil {
		th.Sources = *srcs
	}
	if len(questions) != len(answers) {
		return nil, fmt.Errorf("postgres: thread: %d questions and %d answers", len(questions), len(answers))
	}
	for i := range questions {
		th.Turns = append(th.Turns, bot.Turn{Question: questions[i], Answer: answers[i]})
	}
	return th, nil
}

// SaveThread implements bot.ThreadStore. It replaces the thread's article,
// briefing, times and turns. A zero Created or Updated is stored as now.
func (s *Store) SaveThread(ctx context.Context, t *bot.Thread) error {
	if err := s.saveThread(ctx, t); err != nil {
		return fmt.Errorf("postgres: save thread: %w", err)
	}
	return nil
}

func (s *Store) saveThread(ctx context.Context, t *bot.Thread) error {
	if t == nil {
		return errors.New("nil thread")
	}
	article, err := jsoncol.Marshal(t.Article)
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	briefing, err := jsoncol.Marshal(t.Briefing)
	if err != nil {
		return fmt.Errorf("briefing: %w", err)
	}
	var sources []byte
	if len(t.Sources) > 0 {
		if sources, err = jsoncol.Marshal(&t.Sources); err != nil {
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
	questions := make([]string, len(t.Turns))
	answers := make([]string, len(t.Turns))
	for i, turn := range t.Turns {
		questions[i], answers[i] = turn.Question, turn.Answer
	}
	k := t.Key
	// One transaction, sent as one batch: one round trip.
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		// The JSON goes as text cast to jsonb, so that a NULL pointer
		// stays NULL.
		b.Queue(`INSERT INTO threads
			(platform, conversation, thread, article, briefing, sources, turn_count, created, updated, article_hash)
			VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6::text::jsonb, $7, $8, $9, $10)
			ON CONFLICT (platform, conversation, thread) DO UPDATE SET
				article = excluded.article, briefing = excluded.briefing, sources = excluded.sources,
				turn_count = excluded.turn_count,
				created = excluded.created, updated = excluded.updated,
				article_hash = excluded.article_hash`,
			k.Platform, string(k.Conversation), string(k.Thread), nullText(article), nullText(briefing), nullText(sources),
			len(t.Turns), created, updated, t.Article.Hash())
		b.Queue(`DELETE FROM thread_sources WHERE platform = $1 AND conversation = $2 AND thread = $3`,
			k.Platform, string(k.Conversation), string(k.Thread))
		if hs := t.SourceHashes(); len(hs) > 0 {
			b.Queue(`INSERT INTO thread_sources (platform, conversation, thread, hash)
				SELECT $1, $2, $3, h FROM unnest($4::text[]) AS h`,
				k.Platform, string(k.Conversation), string(k.Thread), hs)
		}
		b.Queue(`DELETE FROM turns WHERE platform = $1 AND conversation = $2 AND thread = $3`,
			k.Platform, string(k.Conversation), string(k.Thread))
		if len(t.Turns) > 0 {
			b.Queue(`INSERT INTO turns (platform, conversation, thread, seq, question, answer, created)
				SELECT $1, $2, $3, u.seq, u.question, u.answer, $6
				FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS u(question, answer, seq)`,
				k.Platform, string(k.Conversation), string(k.Thread), questions, answers, now)
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// nullText returns JSON as a string parameter, or nil for NULL.
func nullText(data []byte) any {
	if data == nil {
		return nil
	}
	return string(data)
}

// AddTurn implements bot.ThreadStore. One statement bumps the thread's turn
// count, taking its row lock, and inserts the turn under the new count, so
// concurrent AddTurns on a thread queue and number their turns in order.
func (s *Store) AddTurn(ctx context.Context, k bot.ThreadKey, turn bot.Turn) error {
	tag, err := s.pool.Exec(ctx, `WITH t AS (
			UPDATE threads SET turn_count = turn_count + 1, updated = $4
			WHERE platform = $1 AND conversation = $2 AND thread = $3
			RETURNING turn_count)
		INSERT INTO turns (platform, conversation, thread, seq, question, answer, created)
		SELECT $1, $2, $3, t.turn_count, $5, $6, $4 FROM t`,
		k.Platform, string(k.Conversation), string(k.Thread), time.Now(), turn.Question, turn.Answer)
	if err != nil {
		return fmt.Errorf("postgres: add turn: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return notFound("add turn", noThread)
	}
	return nil
}

// DeleteThread implements bot.ThreadStore. Its turns go with it.
// It also deletes the engine's records of the thread's requests, the
// digest items that show it, its keys in the conversation's seen digest
// items, and its article's cached briefings unless another thread holds
// the article.
func (s *Store) DeleteThread(ctx context.Context, k bot.ThreadKey) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var article, sources []byte
		err := tx.QueryRow(ctx, `SELECT article::text, sources::text FROM threads WHERE platform = $1 AND conversation = $2 AND thread = $3 FOR UPDATE`,
			k.Platform, string(k.Conversation), string(k.Thread)).Scan(&article, &sources)
		if errors.Is(err, pgx.ErrNoRows) {
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
		hashes, links := th.SourceHashes(), []string{}
		for _, a := range th.Articles() {
			links = append(links, digest.NormalizeURL(a.URL))
		}
		seen := make([]string, 0, len(hashes)+len(links))
		for _, h := range hashes {
			seen = append(seen, "h:"+h)
		}
		for _, l := range links {
			seen = append(seen, "u:"+l)
		}
		b := &pgx.Batch{}
		// turns and thread_sources rows are deleted by ON DELETE CASCADE.
		b.Queue(`DELETE FROM threads WHERE platform = $1 AND conversation = $2 AND thread = $3`,
			k.Platform, string(k.Conversation), string(k.Thread))
		// Digest items that show the thread keep their number and thread
		// only, so that "more N" says the article was forgotten.
		b.Queue(`UPDATE digest_items SET title = '', url = '', site = '', published = '', summary = '',
			parties = '[]', hash = '', article = NULL, briefing = NULL, story = ''
			WHERE thread = $1 AND digest_id IN (SELECT id FROM digests WHERE platform = $2 AND conversation = $3)`,
			string(k.Thread), k.Platform, string(k.Conversation))
		b.Queue(`DELETE FROM digest_seen WHERE platform = $1 AND conversation = $2 AND key = ANY($3::text[])`,
			k.Platform, string(k.Conversation), seen)
		for _, p := range bot.ThreadStatePrefixes(k) {
			b.Queue(`DELETE FROM state WHERE left(key, length($1)) = $1`, p)
		}
		for _, hash := range hashes {
			b.Queue(`DELETE FROM briefing_cache WHERE right(key, length($1)) = $1
				AND NOT EXISTS (SELECT 1 FROM threads WHERE article_hash = $2)
				AND NOT EXISTS (SELECT 1 FROM thread_sources WHERE hash = $2)`, "|"+hash, hash)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("postgres: delete thread: %w", err)
	}
	return nil
}

// CachedBriefing implements bot.BriefingCache.
func (s *Store) CachedBriefing(ctx context.Context, key string) (*bot.Briefing, error) {
	var data []byte
	err := s.pool.QueryRow(ctx, `SELECT briefing::text FROM briefing_cache WHERE key = $1`, key).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("cached briefing", "not cached")
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: cached briefing: %w", err)
	}
	b, err := jsoncol.Unmarshal[bot.Briefing](data)
	if err != nil || b == nil {
		return nil, fmt.Errorf("postgres: cached briefing: bad JSON: %w", err)
	}
	return b, nil
}

// CacheBriefing implements bot.BriefingCache.
func (s *Store) CacheBriefing(ctx context.Context, key string, b *bot.Briefing) error {
	if b == nil {
		return errors.New("postgres: cache briefing: nil briefing")
	}
	data, err := jsoncol.Marshal(b)
	if err != nil {
		return fmt.Errorf("postgres: cache briefing: %w", err)
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO briefing_cache (key, briefing, created) VALUES ($1, $2::text::jsonb, $3)
		ON CONFLICT (key) DO UPDATE SET briefing = excluded.briefing, created = excluded.created`,
		key, string(data), time.Now()); err != nil {
		return fmt.Errorf("postgres: cache briefing: %w", err)
	}
	return nil
}

// State implements bot.StateStore.
func (s *Store) State(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.pool.QueryRow(ctx, `SELECT value FROM state WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("state", "no state for "+strings.ToValidUTF8(key, "?"))
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: state: %w", err)
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
	if _, err := s.pool.Exec(ctx, `INSERT INTO state (key, value, updated) VALUES ($1, $2, $3)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated`,
		key, value, time.Now()); err != nil {
		return fmt.Errorf("postgres: set state: %w", err)
	}
	return nil
}

// PruneThreads implements bot.Store: it deletes threads (and their turns)
// updated before before, and rate buckets, cached briefings and reply-log
// and admission records ("reply|" and "admit|" state keys) made before it.
func (s *Store) PruneThreads(ctx context.Context, before time.Time) (int, error) {
	var n int64
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM threads WHERE updated < $1`, before)
		if err != nil {
			return err
		}
		n = tag.RowsAffected()
		if _, err := tx.Exec(ctx, `DELETE FROM rate_buckets WHERE at < $1`, before); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM briefing_cache WHERE created < $1`, before); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM state WHERE left(key, 6) IN ('reply|', 'admit|') AND updated < $1`, before)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: prune threads: %w", err)
	}
	return int(n), nil
}
