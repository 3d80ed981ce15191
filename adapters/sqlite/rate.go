package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// TakeTokens takes one token from each limited bucket at now, or none when
// one is empty, and returns the index of the first empty one, or -1. It is
// one IMMEDIATE transaction, so processes sharing the file take from the
// same buckets. PruneThreads deletes buckets idle since its cut-off (they
// are full again).
func (s *Store) TakeTokens(ctx context.Context, now time.Time, buckets []bot.RateBucket) (int, error) {
	refused, err := s.takeTokens(ctx, now, buckets)
	if err != nil {
		return -1, fmt.Errorf("sqlite: take tokens: %w", err)
	}
	return refused, nil
}

func (s *Store) takeTokens(ctx context.Context, now time.Time, buckets []bot.RateBucket) (int, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return -1, err
	}
	defer func() { _ = tx.Rollback() }()
	after, refused, err := bot.Take(now, buckets, func(key string) (float64, time.Time, bool, error) {
		var tokens float64
		var at int64
		err := tx.QueryRowContext(ctx, `SELECT tokens, at FROM rate_buckets WHERE key = ?`, key).Scan(&tokens, &at)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, time.Time{}, false, nil
		}
		return tokens, fromMicros(at), err == nil, err
	})
	if err != nil || refused >= 0 {
		return refused, err
	}
	for i, b := range buckets {
		if b.PerHour <= 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO rate_buckets (key, tokens, at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, at = excluded.at`,
			b.Key, after[i], micros(now)); err != nil {
			return -1, err
		}
	}
	return -1, tx.Commit()
}
