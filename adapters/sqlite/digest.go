package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/briefbot/briefbot/adapters/internal/digestrow"
	"github.com/briefbot/briefbot/adapters/internal/jsoncol"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

var _ digest.Store = (*Store)(nil)

// nullMicros is t as a nullable column: NULL for the zero time.
func nullMicros(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return micros(t)
}

func fromNullMicros(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return fromMicros(v.Int64)
}

// ThreadsSince implements digest.Store.
func (s *Store) ThreadsSince(ctx context.Context, platform string, conv bot.ConversationID, since time.Time, limit int) ([]*bot.Thread, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.r.QueryContext(ctx, `SELECT thread, article, briefing, created, updated FROM threads
		WHERE platform = ? AND conversation = ? AND created >= ? AND briefing IS NOT NULL
		ORDER BY created, thread LIMIT ?`, platform, string(conv), micros(since), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: threads since: %w", err)
	}
	defer rows.Close()
	var out []*bot.Thread
	for rows.Next() {
		var (
			thread            string
			article, briefing []byte
			created, updated  int64
		)
		if err := rows.Scan(&thread, &article, &briefing, &created, &updated); err != nil {
			return nil, fmt.Errorf("sqlite: threads since: %w", err)
		}
		th := &bot.Thread{
			Key:     bot.ThreadKey{Platform: platform, Conversation: conv, Thread: bot.MessageID(thread)},
			Created: fromMicros(created), Updated: fromMicros(updated),
		}
		if th.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
			return nil, fmt.Errorf("sqlite: threads since: article: %w", err)
		}
		if th.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
			return nil, fmt.Errorf("sqlite: threads since: briefing: %w", err)
		}
		out = append(out, th)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: threads since: %w", err)
	}
	return out, nil
}

const settingsColumns = `platform, conversation, spec, time_zone, next_run, last_run, quiet, created_by, created, updated, lease_until`

func scanSettings(sc interface{ Scan(...any) error }) (*digest.Settings, error) {
	var (
		st                digest.Settings
		platform, conv    string
		createdBy         string
		next, last, quiet sql.NullInt64
		lease             sql.NullInt64
		created, updated  int64
	)
	if err := sc.Scan(&platform, &conv, &st.Spec, &st.TimeZone, &next, &last, &quiet, &createdBy, &created, &updated, &lease); err != nil {
		return nil, err
	}
	st.Conversation = digest.Conversation{Platform: platform, ID: bot.ConversationID(conv)}
	st.NextRun, st.LastRun, st.LeaseUntil = fromNullMicros(next), fromNullMicros(last), fromNullMicros(lease)
	if quiet.Valid {
		q := quiet.Int64 != 0
		st.Quiet = &q
	}
	st.CreatedBy = bot.UserID(createdBy)
	st.Created, st.Updated = fromMicros(created), fromMicros(updated)
	return &st, nil
}

// DigestSettings implements digest.Store.
func (s *Store) DigestSettings(ctx context.Context, c digest.Conversation) (*digest.Settings, error) {
	st, err := scanSettings(s.r.QueryRowContext(ctx, `SELECT `+settingsColumns+` FROM digest_schedules
		WHERE platform = ? AND conversation = ?`, c.Platform, string(c.ID)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("digest settings", "No digest is set up here.")
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: digest settings: %w", err)
	}
	return st, nil
}

// SetDigestSchedule implements digest.Store.
func (s *Store) SetDigestSchedule(ctx context.Context, c digest.Conversation, spec, timeZone string, next time.Time, by bot.UserID) error {
	if timeZone == "" {
		timeZone = "UTC"
	}
	now := micros(time.Now())
	if _, err := s.w.ExecContext(ctx, `INSERT INTO digest_schedules
		(platform, conversation, spec, time_zone, next_run, created_by, created, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, conversation) DO UPDATE SET
			spec = excluded.spec, time_zone = excluded.time_zone, next_run = excluded.next_run,
			lease_until = NULL, created_by = excluded.created_by, updated = excluded.updated`,
		c.Platform, string(c.ID), spec, timeZone, nullMicros(next), string(by), now, now); err != nil {
		return fmt.Errorf("sqlite: set digest schedule: %w", err)
	}
	return nil
}

// SetDigestQuiet implements digest.Store.
func (s *Store) SetDigestQuiet(ctx context.Context, c digest.Conversation, quiet bool) error {
	now := micros(time.Now())
	if _, err := s.w.ExecContext(ctx, `INSERT INTO digest_schedules (platform, conversation, quiet, created, updated)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (platform, conversation) DO UPDATE SET quiet = excluded.quiet, updated = excluded.updated`,
		c.Platform, string(c.ID), quiet, now, now); err != nil {
		return fmt.Errorf("sqlite: set digest quiet: %w", err)
	}
	return nil
}

// DueDigests implements digest.Store.
func (s *Store) DueDigests(ctx context.Context, now time.Time, limit int) ([]digest.Settings, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+settingsColumns+` FROM digest_schedules
		WHERE next_run IS NOT NULL AND next_run <= ? AND spec <> ''
			AND (lease_until IS NULL OR lease_until <= ?)
		ORDER BY next_run, platform, conversation LIMIT ?`, micros(now), micros(now), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: due digests: %w", err)
	}
	defer rows.Close()
	var out []digest.Settings
	for rows.Next() {
		st, err := scanSettings(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: due digests: %w", err)
		}
		out = append(out, *st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: due digests: %w", err)
	}
	return out, nil
}

// ClaimDigest implements digest.Store: one conditional UPDATE, which
// SQLite runs under its write lock, so of several handles (or processes)
// claiming the same run exactly one changes the row.
func (s *Store) ClaimDigest(ctx context.Context, c digest.Conversation, prev, now, until time.Time) (bool, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE digest_schedules SET lease_until = ?, updated = ?
		WHERE platform = ? AND conversation = ? AND spec <> '' AND next_run = ?
			AND (lease_until IS NULL OR lease_until <= ?)`,
		micros(until), micros(time.Now()), c.Platform, string(c.ID), micros(prev), micros(now))
	return affectedOne(res, err, "claim digest")
}

// AdvanceDigest implements digest.Store.
func (s *Store) AdvanceDigest(ctx context.Context, c digest.Conversation, prev, next time.Time) (bool, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE digest_schedules SET next_run = ?, lease_until = NULL, updated = ?
		WHERE platform = ? AND conversation = ? AND next_run = ?`,
		nullMicros(next), micros(time.Now()), c.Platform, string(c.ID), micros(prev))
	return affectedOne(res, err, "advance digest")
}

// affectedOne reports whether an UPDATE changed one row.
func affectedOne(res sql.Result, err error, op string) (bool, error) {
	if err != nil {
		return false, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return n == 1, nil
}

// FinishDigest implements digest.Store.
func (s *Store) FinishDigest(ctx context.Context, c digest.Conversation, ran time.Time) error {
	now := micros(time.Now())
	if _, err := s.w.ExecContext(ctx, `INSERT INTO digest_schedules (platform, conversation, last_run, created, updated)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (platform, conversation) DO UPDATE SET last_run = excluded.last_run, updated = excluded.updated`,
		c.Platform, string(c.ID), micros(ran), now, now); err != nil {
		return fmt.Errorf("sqlite: finish digest: %w", err)
	}
	return nil
}

// AddFeed implements digest.Store.
func (s *Store) AddFeed(ctx context.Context, c digest.Conversation, f *digest.Feed) (bool, error) {
	created := f.Created
	if created.IsZero() {
		created = time.Now()
	}
	err := s.w.QueryRowContext(ctx, `INSERT INTO digest_feeds
		(platform, conversation, url, title, etag, last_modified, last_checked, last_error, last_error_at, added_by, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, conversation, url) DO NOTHING RETURNING id`,
		c.Platform, string(c.ID), f.URL, f.Title, f.ETag, f.LastModified, nullMicros(f.LastChecked),
		f.LastError, nullMicros(f.LastErrorAt), string(f.AddedBy), micros(created)).Scan(&f.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sqlite: add feed: %w", err)
	}
	return true, nil
}

// Feeds implements digest.Store.
func (s *Store) Feeds(ctx context.Context, c digest.Conversation) ([]digest.Feed, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, url, title, etag, last_modified, last_checked, last_error,
			last_error_at, added_by, created
		FROM digest_feeds WHERE platform = ? AND conversation = ? ORDER BY id`, c.Platform, string(c.ID))
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	defer rows.Close()
	var out []digest.Feed
	for rows.Next() {
		var (
			f                digest.Feed
			checked, errorAt sql.NullInt64
			addedBy          string
			created          int64
		)
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &f.LastError,
			&errorAt, &addedBy, &created); err != nil {
			return nil, fmt.Errorf("sqlite: feeds: %w", err)
		}
		f.LastChecked, f.LastErrorAt = fromNullMicros(checked), fromNullMicros(errorAt)
		f.AddedBy, f.Created = bot.UserID(addedBy), fromMicros(created)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	return out, nil
}

// RemoveFeed implements digest.Store.
func (s *Store) RemoveFeed(ctx context.Context, c digest.Conversation, id int64) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM digest_feeds WHERE platform = ? AND conversation = ? AND id = ?`,
		c.Platform, string(c.ID), id); err != nil {
		return fmt.Errorf("sqlite: remove feed: %w", err)
	}
	return nil
}

// UpdateFeed implements digest.Store.
func (s *Store) UpdateFeed(ctx context.Context, c digest.Conversation, f *digest.Feed) error {
	if _, err := s.w.ExecContext(ctx, `UPDATE digest_feeds SET title = ?, etag = ?, last_modified = ?,
			last_checked = ?, last_error = ?, last_error_at = ?
		WHERE platform = ? AND conversation = ? AND id = ?`,
		f.Title, f.ETag, f.LastModified, nullMicros(f.LastChecked), f.LastError, nullMicros(f.LastErrorAt),
		c.Platform, string(c.ID), f.ID); err != nil {
		return fmt.Errorf("sqlite: update feed: %w", err)
	}
	return nil
}

// jsonKeys is keys as a JSON array, read in SQL with json_each.
func jsonKeys(keys []string) (string, error) {
	data, err := json.Marshal(keys)
	return string(data), err
}

// SeenKeys implements digest.Store.
func (s *Store) SeenKeys(ctx context.Context, c digest.Conversation, keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	ks := digestrow.Keys(keys)
	if len(ks) == 0 {
		return out, nil
	}
	list, err := jsonKeys(ks)
	if err != nil {
		return nil, fmt.Errorf("sqlite: seen keys: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT key FROM digest_seen WHERE platform = ? AND conversation = ?
		AND key IN (SELECT value FROM json_each(?))`, c.Platform, string(c.ID), list)
	if err != nil {
		return nil, fmt.Errorf("sqlite: seen keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("sqlite: seen keys: %w", err)
		}
		out[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: seen keys: %w", err)
	}
	return out, nil
}

// MarkSeen implements digest.Store: the keys are inserted in one
// IMMEDIATE transaction, so concurrent calls marking the same key are
// serialised and only the first inserts it.
func (s *Store) MarkSeen(ctx context.Context, c digest.Conversation, keys []string, at time.Time) (bool, error) {
	fresh, err := s.markSeen(ctx, c, digestrow.Keys(keys), at)
	if err != nil {
		return false, fmt.Errorf("sqlite: mark seen: %w", err)
	}
	return fresh, nil
}

func (s *Store) markSeen(ctx context.Context, c digest.Conversation, keys []string, at time.Time) (bool, error) {
	if len(keys) == 0 {
		return true, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO digest_seen (platform, conversation, key, seen_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (platform, conversation, key) DO NOTHING`)
	if err != nil {
		return false, err
	}
	defer stmt.Close()
	inserted := int64(0)
	for _, k := range keys {
		res, err := stmt.ExecContext(ctx, c.Platform, string(c.ID), k, micros(at))
		if err != nil {
			return false, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return false, err
		}
		inserted += n
	}
	return inserted == int64(len(keys)), tx.Commit()
}

// SaveDigest implements digest.Store: the digest, its claims and the
// items kept in one IMMEDIATE transaction, so that of concurrent digests
// claiming a key only the first inserts it.
func (s *Store) SaveDigest(ctx context.Context, d *digest.Record) error {
	if err := s.saveDigest(ctx, d); err != nil {
		return fmt.Errorf("sqlite: save digest: %w", err)
	}
	return nil
}

func (s *Store) saveDigest(ctx context.Context, d *digest.Record) error {
	created := d.Created
	if created.IsZero() {
		created = time.Now()
	}
	rows, err := digestrow.Items(d.Items)
	if err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	c := d.Conversation
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO digests (platform, conversation, message_id, thread, created, since)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
		c.Platform, string(c.ID), string(d.MessageID), string(d.Thread), micros(created), nullMicros(d.Since)).Scan(&id); err != nil {
		return err
	}
	mark, err := tx.PrepareContext(ctx, `INSERT INTO digest_seen (platform, conversation, key, seen_at, digest_id)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, conversation, key) DO NOTHING`)
	if err != nil {
		return err
	}
	defer mark.Close()
	// claim marks keys, skipping those an earlier item marked, and
	// reports whether it inserted them all.
	used := map[string]bool{}
	claim := func(keys []string) (bool, error) {
		fresh := true
		for _, k := range digestrow.Keys(keys) {
			if used[k] {
				fresh = false
				continue
			}
			used[k] = true
			res, err := mark.ExecContext(ctx, c.Platform, string(c.ID), k, micros(created), id)
			if err != nil {
				return false, err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return false, err
			}
			fresh = fresh && n == 1
		}
		return fresh, nil
	}
	var kept []digest.Item
	var keptRows []digestrow.Item
	for i, it := range d.Items {
		fresh, err := claim(it.Keys)
		if err != nil {
			return err
		}
		if fresh {
			it.N = len(kept) + 1
			kept, keptRows = append(kept, it), append(keptRows, rows[i])
		}
	}
	if _, err := claim(d.Seen); err != nil {
		return err
	}
	if len(kept) > 0 {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO digest_items
			(digest_id, n, title, url, site, published, summary, parties, hash, thread, article, briefing, story)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, it := range kept {
			if _, err := stmt.ExecContext(ctx, id, it.N, it.Title, it.URL, it.Site, it.Published, it.Summary,
				keptRows[i].Parties, it.Hash, string(it.Thread), keptRows[i].Article, keptRows[i].Briefing, it.Story); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	d.ID, d.Items = id, kept
	return nil
}

// SetDigestMessage implements digest.Store: the message and the keys kept
// for good, in one transaction.
func (s *Store) SetDigestMessage(ctx context.Context, id int64, msg bot.MessageID) error {
	if err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE digests SET message_id = ?, posted = 1 WHERE id = ?`, string(msg), id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE digest_seen SET digest_id = NULL WHERE digest_id = ?`, id)
		return err
	}); err != nil {
		return fmt.Errorf("sqlite: set digest message: %w", err)
	}
	return nil
}

// inTx runs fn in a write transaction and commits it.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// UnpostedDigests implements digest.Store.
func (s *Store) UnpostedDigests(ctx context.Context, c digest.Conversation, since, before time.Time) ([]digest.Record, error) {
	until := int64(math.MaxInt64)
	if !before.IsZero() {
		until = micros(before)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, thread, created, since FROM digests
		WHERE platform = ? AND conversation = ? AND posted = 0 AND created >= ? AND created < ?
		ORDER BY created, id`, c.Platform, string(c.ID), micros(since), until)
	if err != nil {
		return nil, fmt.Errorf("sqlite: unposted digests: %w", err)
	}
	defer rows.Close()
	var out []digest.Record
	for rows.Next() {
		d := digest.Record{Conversation: c}
		var (
			thread  string
			created int64
			since   sql.NullInt64
		)
		if err := rows.Scan(&d.ID, &thread, &created, &since); err != nil {
			return nil, fmt.Errorf("sqlite: unposted digests: %w", err)
		}
		d.Thread, d.Created, d.Since = bot.MessageID(thread), fromMicros(created), fromNullMicros(since)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: unposted digests: %w", err)
	}
	return out, nil
}

// DeleteDigest implements digest.Store: the keys it took (none once it
// is recorded as posted) are given back, and its items go with it.
func (s *Store) DeleteDigest(ctx context.Context, id int64) error {
	if err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM digest_seen WHERE digest_id = ?`, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM digests WHERE id = ?`, id)
		return err
	}); err != nil {
		return fmt.Errorf("sqlite: delete digest: %w", err)
	}
	return nil
}

// DigestItem implements digest.Store.
func (s *Store) DigestItem(ctx context.Context, c digest.Conversation, msg bot.MessageID, n int) (*digest.Item, error) {
	var (
		it                digest.Item
		parties           string
		thread            string
		article, briefing []byte
	)
	err := s.r.QueryRowContext(ctx, `SELECT n, title, url, site, published, summary, parties, hash, thread, article, briefing, story
		FROM digest_items WHERE n = ? AND digest_id = (
			SELECT id FROM digests WHERE platform = ? AND conversation = ?
			ORDER BY (message_id = ? AND message_id <> '') DESC, id DESC LIMIT 1)`,
		n, c.Platform, string(c.ID), string(msg)).
		Scan(&it.N, &it.Title, &it.URL, &it.Site, &it.Published, &it.Summary, &parties, &it.Hash, &thread, &article, &briefing, &it.Story)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("digest item", "There is no such item in the digest.")
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: digest item: %w", err)
	}
	it.Thread = bot.MessageID(thread)
	if err := json.Unmarshal([]byte(parties), &it.Parties); err != nil {
		return nil, fmt.Errorf("sqlite: digest item: parties: %w", err)
	}
	if len(it.Parties) == 0 {
		it.Parties = nil
	}
	if it.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
		return nil, fmt.Errorf("sqlite: digest item: article: %w", err)
	}
	if it.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
		return nil, fmt.Errorf("sqlite: digest item: briefing: %w", err)
	}
	return &it, nil
}

// PruneDigests implements digest.Store. The keys that an unposted digest
// pruned had taken stay seen (ON DELETE SET NULL).
func (s *Store) PruneDigests(ctx context.Context, before time.Time) (int, error) {
	res, err := s.w.ExecContext(ctx, `DELETE FROM digests WHERE created < ?`, micros(before))
	if err != nil {
		return 0, fmt.Errorf("sqlite: prune digests: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("sqlite: prune digests: %w", err)
	}
	return int(n), nil
}
