package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/bot"
)

// TakeTokens takes one token from each limited bucket at now, or none when
// one is empty, and returns the index of the first empty one, or -1. The
// buckets' rows are locked in key order for the transaction, so replicas
// take from the same buckets without granting one token twice. PruneThreads
// deletes buckets idle since its cut-off (they are full again).
func (s *Store) TakeTokens(ctx context.Context, now time.Time, buckets []bot.RateBucket) (int, error) {
	refused, err := s.takeTokens(ctx, now, buckets)
	if err != nil {
		return -1, fmt.Errorf("postgres: take tokens: %w", err)
	}
	return refused, nil
}

func (s *Store) takeTokens(ctx context.Context, now time.Time, buckets []bot.RateBucket) (int, error) {
	var keys []string
	for _, b := range buckets {
		if b.PerHour > 0 {
			keys = append(keys, b.Key)
		}
	}
	if len(keys) == 0 {
		return -1, nil
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return -1, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// Make sure the rows exist (a new bucket is full), then lock them.
	if _, err := tx.Exec(ctx, `INSERT INTO rate_buckets (key, tokens, at)
		SELECT k, 'Infinity'::float8, $2 FROM unnest($1::text[]) AS k
		ON CONFLICT (key) DO NOTHING`, keys, now); err != nil {
		return -1, err
	}
	rows, err := tx.Query(ctx, `SELECT key, tokens, at FROM rate_buckets WHERE key = ANY($1) ORDER BY key FOR UPDATE`, keys)
	if err != nil {
		return -1, err
	}
	type state struct {
		tokens float64
		at     time.Time
	}
	have := map[string]state{}
	for rows.Next() {
		var k string
		var st state
		if err := rows.Scan(&k, &st.tokens, &st.at); err != nil {
			rows.Close()
			return -1, err
		}
		have[k] = st
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return -1, err
	}
	after, refused, err := bot.Take(now, buckets, func(key string) (float64, time.Time, bool, error) {
		st, ok := have[key]
		if !ok {
			return 0, time.Time{}, false, errors.New("bucket row missing after insert")
		}
		return st.tokens, st.at, true, nil
	})
	if err != nil || refused >= 0 {
		return refused, err
	}
	batch := &pgx.Batch{}
	for i, b := range buckets {
		if b.PerHour > 0 {
			batch.Queue(`UPDATE rate_buckets SET tokens = $2, at = $3 WHERE key = $1`, b.Key, after[i], now)
		}
	}
	if err := tx.SendBatch(ctx, batch).Close(); err != nil {
		return -1, err
	}
	return -1, tx.Commit(ctx)
}
