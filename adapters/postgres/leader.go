package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"time"
)

// leaderLock is the first key of the advisory locks taken by RunAsLeader;
// the second is a hash of the role's name.
const leaderLock = 0x62726c64 // "brld"

// RunAsLeader runs f on at most one replica at a time for the named role
// (for example the Matrix sync loop), using a session advisory lock held on
// a dedicated connection. Replicas that do not hold the lock try again
// every retry; when the leader's process dies, its connection closes, the
// lock is released and another replica takes over within about retry.
// While f runs, the connection is checked every retry; if it is lost, f's
// context is cancelled, since another replica may now lead. RunAsLeader
// returns when ctx ends, or with f's error.
func (s *Store) RunAsLeader(ctx context.Context, role string, retry time.Duration, f func(ctx context.Context) error) error {
	h := fnv.New32a()
	_, _ = h.Write([]byte(role))
	key := int32(h.Sum32()) //nolint:gosec // a hash, wrapping is intended
	for {
		led, err := s.leadOnce(ctx, key, retry, f)
		if led && err != nil && ctx.Err() == nil && !errors.Is(err, errLostLock) {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(retry):
		}
	}
}

var errLostLock = errors.New("postgres: leader lock lost")

// unlockTimeout bounds giving the leader lock back.
const unlockTimeout = 5 * time.Second

// leadOnce takes the lock if it is free and runs f while holding it. It
// reports whether it led.
func (s *Store) leadOnce(ctx context.Context, key int32, check time.Duration, f func(ctx context.Context) error) (bool, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return false, fmt.Errorf("postgres: leader: %w", err)
	}
	// The session lock lives and dies with this connection: never hand it
	// back to the pool holding the lock.
	defer conn.Release()
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, $2)`, leaderLock, key).Scan(&got); err != nil {
		return false, fmt.Errorf("postgres: leader: %w", err)
	}
	if !got {
		return false, nil
	}
	defer func() {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), unlockTimeout)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1, $2)`, leaderLock, key); err != nil {
			// The lock may still be held: close the connection, which
			// releases it, rather than return it to the pool. Release
			// then drops the closed connection.
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), unlockTimeout)
			defer cancel()
			_ = conn.Conn().Close(cctx)
		}
	}()
	fctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	done := make(chan error, 1)
	go func() { done <- f(fctx) }()
	t := time.NewTicker(check)
	defer t.Stop()
	for {
		select {
		case err := <-done:
			return true, err
		case <-t.C:
			pctx, pcancel := context.WithTimeout(ctx, check)
			err := conn.Ping(pctx)
			pcancel()
			if err != nil && ctx.Err() == nil {
				cancel(errLostLock)
				if ferr := <-done; ferr != nil && !errors.Is(ferr, context.Canceled) {
					return true, fmt.Errorf("%w (and the leader stopped with: %w)", errLostLock, ferr)
				}
				return true, errLostLock
			}
		}
	}
}
