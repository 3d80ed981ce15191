package riverq

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"

	"github.com/briefbot/briefbot/bot"
)

// unfinished lists the job states that hold later jobs of a thread back.
const unfinished = `'available', 'pending', 'retryable', 'running', 'scheduled'`

// OpenSQLite returns a queue on a SQLite database (the bot's own, one
// write connection: see adapters/sqlite). One process owns a SQLite file,
// so jobs it finds still marked running were cut short by a crash and are
// made available again at once.
func OpenSQLite(ctx context.Context, db *sql.DB, h bot.Handler, o Options) (*Queue, error) {
	earlier := func(ctx context.Context, thread string, id int64) (bool, error) {
		var n int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM river_job WHERE kind = ? AND id < ?
			AND json_extract(args, '$.thread_key') = ? AND state IN (`+unfinished+`)`, Kind, id, thread).Scan(&n)
		return n > 0, err
	}
	q, err := newQueue(ctx, riversqlite.New(db), h, o, earlier, nil)
	if err != nil {
		return nil, err
	}
	q.resume = func(ctx context.Context, queue string) (int64, error) {
		res, err := db.ExecContext(ctx, `UPDATE river_job SET state = 'available'
			WHERE state = 'running' AND kind = ? AND queue = ?`, Kind, queue)
		if err != nil {
			return 0, err
		}
		return res.RowsAffected()
	}
	q.completeNow = func(ctx context.Context, job *river.Job[handleArgs]) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback() }()
		if _, err := river.JobCompleteTx[*riversqlite.Driver](ctx, tx, job); err != nil {
			return err
		}
		return tx.Commit()
	}
	q.scrub = func(ctx context.Context, id int64, args []byte) error {
		_, err := db.ExecContext(ctx, `UPDATE river_job SET args = jsonb(?) WHERE id = ?`, string(args), id)
		return err
	}
	// Rescue what a killed process left running.
	res, err := db.ExecContext(ctx, `UPDATE river_job SET state = 'available'
		WHERE state = 'running' AND kind = ?`, Kind)
	if err != nil {
		return nil, fmt.Errorf("riverq: rescue interrupted jobs: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		q.log.Info("resuming requests interrupted by a restart", "count", n)
	}
	return q, nil
}

// OpenPostgres returns a queue on PostgreSQL, shared by every replica:
// any replica may take any job, and a job a dead replica left running is
// rescued by the others after JobTimeout plus RescueMargin.
func OpenPostgres(ctx context.Context, pool *pgxpool.Pool, h bot.Handler, o Options) (*Queue, error) {
	earlier := func(ctx context.Context, thread string, id int64) (bool, error) {
		var wait bool
		err := pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM river_job WHERE kind = $1 AND id < $2
			AND args->>'thread_key' = $3 AND state IN (`+unfinished+`))`, Kind, id, thread).Scan(&wait)
		return wait, err
	}
	lock := func(ctx context.Context, f func() error) error {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			return fmt.Errorf("riverq: migrate: %w", err)
		}
		defer conn.Release()
		const key = 0x62726271 // "brbq"
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
			return fmt.Errorf("riverq: migrate: lock: %w", err)
		}
		defer func() { _, _ = conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key) }()
		return f()
	}
	q, err := newQueue(ctx, riverpgxv5.New(pool), h, o, earlier, lock)
	if err != nil {
		return nil, err
	}
	q.resume = func(ctx context.Context, queue string) (int64, error) {
		tag, err := pool.Exec(ctx, `UPDATE river_job SET state = 'available', scheduled_at = now()
			WHERE state = 'running' AND kind = $1 AND queue = $2`, Kind, queue)
		return tag.RowsAffected(), err
	}
	q.scrub = func(ctx context.Context, id int64, args []byte) error {
		_, err := pool.Exec(ctx, `UPDATE river_job SET args = $1::jsonb WHERE id = $2`, string(args), id)
		return err
	}
	q.completeNow = func(ctx context.Context, job *river.Job[handleArgs]) error {
		tx, err := pool.Begin(ctx)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback(ctx) }()
		if _, err := river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job); err != nil {
			return err
		}
		return tx.Commit(ctx)
	}
	return q, nil
}
