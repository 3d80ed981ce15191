package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/internal/digestrow"
	"github.com/briefbot/briefbot/adapters/internal/jsoncol"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

var _ digest.Store = (*Store)(nil)

// nullTime is t as a nullable parameter: NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func fromNullTime(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// ThreadsSince implements digest.Store.
func (s *Store) ThreadsSince(ctx context.Context, platform string, conv bot.ConversationID, since time.Time, limit int) ([]*bot.Thread, error) {
	var lim any
	if limit > 0 {
		lim = limit
	}
	rows, err := s.pool.Query(ctx, `SELECT thread, article::text, briefing::text, created, updated FROM threads
		WHERE platform = $1 AND conversation = $2 AND created >= $3 AND briefing IS NOT NULL
		ORDER BY created, thread LIMIT $4`, platform, string(conv), since, lim)
	if err != nil {
		return nil, fmt.Errorf("postgres: threads since: %w", err)
	}
	defer rows.Close()
	var out []*bot.Thread
	for rows.Next() {
		var (
			thread            string
			article, briefing []byte
			th                = &bot.Thread{}
		)
		if err := rows.Scan(&thread, &article, &briefing, &th.Created, &th.Updated); err != nil {
			return nil, fmt.Errorf("postgres: threads since: %w", err)
		}
		th.Key = bot.ThreadKey{Platform: platform, Conversation: conv, Thread: bot.MessageID(thread)}
		th.Created, th.Updated = th.Created.UTC(), th.Updated.UTC()
		if th.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
			return nil, fmt.Errorf("postgres: threads since: article: %w", err)
		}
		if th.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
			return nil, fmt.Errorf("postgres: threads since: briefing: %w", err)
		}
		out = append(out, th)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: threads since: %w", err)
	}
	return out, nil
}

const settingsColumns = `platform, conversation, spec, time_zone, next_run, last_run, quiet, created_by, created, updated, lease_until`

func scanSettings(row pgx.Row) (*digest.Settings, error) {
	var (
		st               digest.Settings
		platform, conv   string
		createdBy        string
		next, last       *time.Time
		lease            *time.Time
		quiet            *bool
		created, updated time.Time
	)
	if err := row.Scan(&platform, &conv, &st.Spec, &st.TimeZone, &next, &last, &quiet, &createdBy, &created, &updated, &lease); err != nil {
		return nil, err
	}
	st.Conversation = digest.Conversation{Platform: platform, ID: bot.ConversationID(conv)}
	st.NextRun, st.LastRun, st.Quiet = fromNullTime(next), fromNullTime(last), quiet
	st.LeaseUntil = fromNullTime(lease)
	st.CreatedBy = bot.UserID(createdBy)
	st.Created, st.Updated = created.UTC(), updated.UTC()
	return &st, nil
}

// DigestSettings implements digest.Store.
func (s *Store) DigestSettings(ctx context.Context, c digest.Conversation) (*digest.Settings, error) {
	st, err := scanSettings(s.pool.QueryRow(ctx, `SELECT `+settingsColumns+` FROM digest_schedules
		WHERE platform = $1 AND conversation = $2`, c.Platform, string(c.ID)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("digest settings", "No digest is set up here.")
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: digest settings: %w", err)
	}
	return st, nil
}

// SetDigestSchedule implements digest.Store.
func (s *Store) SetDigestSchedule(ctx context.Context, c digest.Conversation, spec, timeZone string, next time.Time, by bot.UserID) error {
	if timeZone == "" {
		timeZone = "UTC"
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO digest_schedules
		(platform, conversation, spec, time_zone, next_run, created_by, created, updated)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
		ON CONFLICT (platform, conversation) DO UPDATE SET
			spec = excluded.spec, time_zone = excluded.time_zone, next_run = excluded.next_run,
			lease_until = NULL, created_by = excluded.created_by, updated = excluded.updated`,
		c.Platform, string(c.ID), spec, timeZone, nullTime(next), string(by), time.Now()); err != nil {
		return fmt.Errorf("postgres: set digest schedule: %w", err)
	}
	return nil
}

// SetDigestQuiet implements digest.Store.
func (s *Store) SetDigestQuiet(ctx context.Context, c digest.Conversation, quiet bool) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO digest_schedules (platform, conversation, quiet, created, updated)
		VALUES ($1, $2, $3, $4, $4)
		ON CONFLICT (platform, conversation) DO UPDATE SET quiet = excluded.quiet, updated = excluded.updated`,
		c.Platform, string(c.ID), quiet, time.Now()); err != nil {
		return fmt.Errorf("postgres: set digest quiet: %w", err)
	}
	return nil
}

// DueDigests implements digest.Store.
func (s *Store) DueDigests(ctx context.Context, now time.Time, limit int) ([]digest.Settings, error) {
	var lim any
	if limit > 0 {
		lim = limit
	}
	rows, err := s.pool.Query(ctx, `SELECT `+settingsColumns+` FROM digest_schedules
		WHERE next_run IS NOT NULL AND next_run <= $1 AND spec <> ''
			AND (lease_until IS NULL OR lease_until <= $1)
		ORDER BY next_run, platform, conversation LIMIT $2`, now, lim)
	if err != nil {
		return nil, fmt.Errorf("postgres: due digests: %w", err)
	}
	defer rows.Close()
	var out []digest.Settings
	for rows.Next() {
		st, err := scanSettings(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: due digests: %w", err)
		}
		out = append(out, *st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: due digests: %w", err)
	}
	return out, nil
}

// ClaimDigest implements digest.Store: one conditional UPDATE; PostgreSQL
// locks the row, so of several replicas claiming the same run exactly one
// changes it.
func (s *Store) ClaimDigest(ctx context.Context, c digest.Conversation, prev, now, until time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE digest_schedules SET lease_until = $1, updated = $2
		WHERE platform = $3 AND conversation = $4 AND spec <> '' AND next_run = $5
			AND (lease_until IS NULL OR lease_until <= $6)`,
		until, time.Now(), c.Platform, string(c.ID), prev, now)
	if err != nil {
		return false, fmt.Errorf("postgres: claim digest: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// AdvanceDigest implements digest.Store.
func (s *Store) AdvanceDigest(ctx context.Context, c digest.Conversation, prev, next time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE digest_schedules SET next_run = $1, lease_until = NULL, updated = $2
		WHERE platform = $3 AND conversation = $4 AND next_run = $5`,
		nullTime(next), time.Now(), c.Platform, string(c.ID), prev)
	if err != nil {
		return false, fmt.Errorf("postgres: advance digest: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// FinishDigest implements digest.Store.
func (s *Store) FinishDigest(ctx context.Context, c digest.Conversation, ran time.Time) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO digest_schedules (platform, conversation, last_run, created, updated)
		VALUES ($1, $2, $3, $4, $4)
		ON CONFLICT (platform, conversation) DO UPDATE SET last_run = excluded.last_run, updated = excluded.updated`,
		c.Platform, string(c.ID), ran, time.Now()); err != nil {
		return fmt.Errorf("postgres: finish digest: %w", err)
	}
	return nil
}

// AddFeed implements digest.Store.
func (s *Store) AddFeed(ctx context.Context, c digest.Conversation, f *digest.Feed) (bool, error) {
	created := f.Created
	if created.IsZero() {
		created = time.Now()
	}
	err := s.pool.QueryRow(ctx, `INSERT INTO digest_feeds
		(platform, conversation, url, title, etag, last_modified, last_checked, last_error, last_error_at, added_by, created)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		ON CONFLICT (platform, conversation, url) DO NOTHING RETURNING id`,
		c.Platform, string(c.ID), f.URL, f.Title, f.ETag, f.LastModified, nullTime(f.LastChecked),
		f.LastError, nullTime(f.LastErrorAt), string(f.AddedBy), created).Scan(&f.ID)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("postgres: add feed: %w", err)
	}
	return true, nil
}

// Feeds implements digest.Store.
func (s *Store) Feeds(ctx context.Context, c digest.Conversation) ([]digest.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, url, title, etag, last_modified, last_checked, last_error,
			last_error_at, added_by, created
		FROM digest_feeds WHERE platform = $1 AND conversation = $2 ORDER BY id`, c.Platform, string(c.ID))
	if err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	defer rows.Close()
	var out []digest.Feed
	for rows.Next() {
		var (
			f                digest.Feed
			checked, errorAt *time.Time
			addedBy          string
		)
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &f.LastError,
			&errorAt, &addedBy, &f.Created); err != nil {
			return nil, fmt.Errorf("postgres: feeds: %w", err)
		}
		f.LastChecked, f.LastErrorAt = fromNullTime(checked), fromNullTime(errorAt)
		f.AddedBy, f.Created = bot.UserID(addedBy), f.Created.UTC()
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	return out, nil
}

// RemoveFeed implements digest.Store.
func (s *Store) RemoveFeed(ctx context.Context, c digest.Conversation, id int64) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM digest_feeds WHERE platform = $1 AND conversation = $2 AND id = $3`,
		c.Platform, string(c.ID), id); err != nil {
		return fmt.Errorf("postgres: remove feed: %w", err)
	}
	return nil
}

// UpdateFeed implements digest.Store.
func (s *Store) UpdateFeed(ctx context.Context, c digest.Conversation, f *digest.Feed) error {
	if _, err := s.pool.Exec(ctx, `UPDATE digest_feeds SET title = $1, etag = $2, last_modified = $3,
			last_checked = $4, last_error = $5, last_error_at = $6
		WHERE platform = $7 AND conversation = $8 AND id = $9`,
		f.Title, f.ETag, f.LastModified, nullTime(f.LastChecked), f.LastError, nullTime(f.LastErrorAt),
		c.Platform, string(c.ID), f.ID); err != nil {
		return fmt.Errorf("postgres: update feed: %w", err)
	}
	return nil
}

// SeenKeys implements digest.Store.
func (s *Store) SeenKeys(ctx context.Context, c digest.Conversation, keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	ks := digestrow.Keys(keys)
	if len(ks) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT key FROM digest_seen WHERE platform = $1 AND conversation = $2 AND key = ANY($3)`,
		c.Platform, string(c.ID), ks)
	if err != nil {
		return nil, fmt.Errorf("postgres: seen keys: %w", err)
	}
	var k string
	if _, err := pgx.ForEachRow(rows, []any{&k}, func() error { out[k] = true; return nil }); err != nil {
		return nil, fmt.Errorf("postgres: seen keys: %w", err)
	}
	return out, nil
}

// MarkSeen implements digest.Store with one INSERT … ON CONFLICT DO
// NOTHING: of concurrent inserts of a key, the later ones wait for the
// first to commit and then insert nothing.
func (s *Store) MarkSeen(ctx context.Context, c digest.Conversation, keys []string, at time.Time) (bool, error) {
	ks := digestrow.Keys(keys)
	if len(ks) == 0 {
		return true, nil
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO digest_seen (platform, conversation, key, seen_at)
		SELECT $1, $2, k, $4 FROM unnest($3::text[]) AS k ORDER BY k
		ON CONFLICT (platform, conversation, key) DO NOTHING`,
		c.Platform, string(c.ID), ks, at)
	if err != nil {
		return false, fmt.Errorf("postgres: mark seen: %w", err)
	}
	return tag.RowsAffected() == int64(len(ks)), nil
}

// SaveDigest implements digest.Store: the digest, its claims and the
// items kept in one transaction. The keys are inserted by one INSERT … ON
// CONFLICT DO NOTHING in key order, so that concurrent digests claiming
// the same keys wait for one another (the later ones then insert nothing)
// rather than deadlock.
func (s *Store) SaveDigest(ctx context.Context, d *digest.Record) error {
	if err := s.saveDigest(ctx, d); err != nil {
		return fmt.Errorf("postgres: save digest: %w", err)
	}
	return nil
}

// kept returns the items that claimed all their keys (inserted holds the
// keys this digest inserted), in order and numbered from 1, with their
// rows: an item that shares a key with an earlier one is left out.
func kept(items []digest.Item, rows []digestrow.Item, inserted map[string]bool) ([]digest.Item, []digestrow.Item) {
	var out []digest.Item
	var outRows []digestrow.Item
	used := map[string]bool{}
	for i, it := range items {
		fresh := true
		for _, k := range digestrow.Keys(it.Keys) {
			fresh = fresh && inserted[k] && !used[k]
			used[k] = true
		}
		if fresh {
			it.N = len(out) + 1
			out, outRows = append(out, it), append(outRows, rows[i])
		}
	}
	return out, outRows
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
	all := append([]string(nil), d.Seen...)
	for _, it := range d.Items {
		all = append(all, it.Keys...)
	}
	all = digestrow.Keys(all)
	c := d.Conversation
	var (
		id    int64
		items []digest.Item
	)
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `INSERT INTO digests (platform, conversation, message_id, thread, created, since)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			c.Platform, string(c.ID), string(d.MessageID), string(d.Thread), created, nullTime(d.Since)).Scan(&id); err != nil {
			return err
		}
		inserted := map[string]bool{}
		if len(all) > 0 {
			ks, err := tx.Query(ctx, `INSERT INTO digest_seen (platform, conversation, key, seen_at, digest_id)
				SELECT $1, $2, k, $4, $5 FROM unnest($3::text[]) AS k ORDER BY k
				ON CONFLICT (platform, conversation, key) DO NOTHING RETURNING key`,
				c.Platform, string(c.ID), all, created, id)
			if err != nil {
				return err
			}
			var k string
			if _, err := pgx.ForEachRow(ks, []any{&k}, func() error { inserted[k] = true; return nil }); err != nil {
				return err
			}
		}
		var keptRows []digestrow.Item
		items, keptRows = kept(d.Items, rows, inserted)
		b := &pgx.Batch{}
		for i, it := range items {
			b.Queue(`INSERT INTO digest_items
				(digest_id, n, title, url, site, published, summary, parties, hash, thread, article, briefing, story)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11::text::jsonb, $12::text::jsonb, $13)`,
				id, it.N, it.Title, it.URL, it.Site, it.Published, it.Summary, keptRows[i].Parties, it.Hash,
				string(it.Thread), keptRows[i].Article, keptRows[i].Briefing, it.Story)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return err
	}
	d.ID, d.Items = id, items
	return nil
}

// SetDigestMessage implements digest.Store: the message and the keys kept
// for good, in one transaction.
func (s *Store) SetDigestMessage(ctx context.Context, id int64, msg bot.MessageID) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE digests SET message_id = $1, posted = true WHERE id = $2`, string(msg), id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE digest_seen SET digest_id = NULL WHERE digest_id = $1`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: set digest message: %w", err)
	}
	return nil
}

// UnpostedDigests implements digest.Store.
func (s *Store) UnpostedDigests(ctx context.Context, c digest.Conversation, since, before time.Time) ([]digest.Record, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, thread, created, since FROM digests
		WHERE platform = $1 AND conversation = $2 AND NOT posted AND created >= $3 AND ($4::timestamptz IS NULL OR created < $4)
		ORDER BY created, id`, c.Platform, string(c.ID), since, nullTime(before))
	if err != nil {
		return nil, fmt.Errorf("postgres: unposted digests: %w", err)
	}
	var (
		out     []digest.Record
		id      int64
		thread  string
		created time.Time
		from    *time.Time
	)
	if _, err := pgx.ForEachRow(rows, []any{&id, &thread, &created, &from}, func() error {
		out = append(out, digest.Record{ID: id, Conversation: c, Thread: bot.MessageID(thread), Created: created.UTC(), Since: fromNullTime(from)})
		return nil
	}); err != nil {
		return nil, fmt.Errorf("postgres: unposted digests: %w", err)
	}
	return out, nil
}

// DeleteDigest implements digest.Store: the keys it took (none once it
// is recorded as posted) are given back, and its items go with it.
func (s *Store) DeleteDigest(ctx context.Context, id int64) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM digest_seen WHERE digest_id = $1`, id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM digests WHERE id = $1`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: delete digest: %w", err)
	}
	return nil
}

// DigestItem implements digest.Store.
func (s *Store) DigestItem(ctx context.Context, c digest.Conversation, msg bot.MessageID, n int) (*digest.Item, error) {
	var (
		it                         digest.Item
		parties, article, briefing []byte
		thread                     string
	)
	err := s.pool.QueryRow(ctx, `SELECT n, title, url, site, published, summary, parties::text, hash, thread,
			article::text, briefing::text, story
		FROM digest_items WHERE n = $1 AND digest_id = (
			SELECT id FROM digests WHERE platform = $2 AND conversation = $3
			ORDER BY (message_id = $4 AND message_id <> '') DESC, id DESC LIMIT 1)`,
		n, c.Platform, string(c.ID), string(msg)).
		Scan(&it.N, &it.Title, &it.URL, &it.Site, &it.Published, &it.Summary, &parties, &it.Hash, &thread, &article, &briefing, &it.Story)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("digest item", "There is no such item in the digest.")
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: digest item: %w", err)
	}
	it.Thread = bot.MessageID(thread)
	if err := json.Unmarshal(parties, &it.Parties); err != nil {
		return nil, fmt.Errorf("postgres: digest item: parties: %w", err)
	}
	if len(it.Parties) == 0 {
		it.Parties = nil
	}
	if it.Article, err = jsoncol.Unmarshal[bot.Article](article); err != nil {
		return nil, fmt.Errorf("postgres: digest item: article: %w", err)
	}
	if it.Briefing, err = jsoncol.Unmarshal[bot.Briefing](briefing); err != nil {
		return nil, fmt.Errorf("postgres: digest item: briefing: %w", err)
	}
	return &it, nil
}

// PruneDigests implements digest.Store. The keys that an unposted digest
// pruned had taken stay seen (ON DELETE SET NULL).
func (s *Store) PruneDigests(ctx context.Context, before time.Time) (int, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM digests WHERE created < $1`, before)
	if err != nil {
		return 0, fmt.Errorf("postgres: prune digests: %w", err)
	}
	return int(tag.RowsAffected()), nil
}
