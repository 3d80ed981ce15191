package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Queue takes requests for the engine from chat adapters. Submit returns
// once the request is accepted (for a durable queue: written down), so an
// adapter acknowledges the platform only after Submit returns; the engine
// processes the request later, in order within its thread.
type Queue interface {
	// Submit accepts m. A request whose idempotency key was accepted
	// before is dropped without error (a platform's retry or duplicate
	// delivery).
	Submit(ctx context.Context, m *Message) error
}

// Handler processes one request; Engine implements it.
type Handler interface {
	Handle(ctx context.Context, chat Chat, m *Message) error
}

// WorkQueue is the in-process Queue: bounded concurrency, order kept
// within each thread, duplicates dropped by idempotency key, failed
// requests retried with backoff. Requests live in memory: a durable queue
// replaces it where a restart must not lose work.
type WorkQueue struct {
	handler Handler
	dedupe  ThreadStore
	workers int
	log     *slog.Logger

	// MaxAttempts bounds the tries of a failing request (default 5).
	MaxAttempts int
	// Backoff returns the wait before retry n (1-based); default
	// exponential from 500 ms, capped at 30 s.
	Backoff func(n int) time.Duration

	mu      sync.Mutex
	cond    *sync.Cond // workers wait on it for ready work or Close
	drained *sync.Cond // Drain waits on it for inQueue to reach 0
	chats   map[string]Chat
	pending map[ThreadKey][]*Message // waiting, per thread, in order
	ready   []ThreadKey              // threads with pending work and no active worker
	active  map[ThreadKey]bool
	inQueue int
	// submitting counts Submit calls past the closed check and not yet
	// enqueued; workers do not stop while a request is on its way in.
	submitting int
	closed     bool
	wg         sync.WaitGroup
}

var _ Queue = (*WorkQueue)(nil)

// NewWorkQueue returns a queue that hands requests to h with at most
// workers running at once, dropping duplicates recorded in dedupe.
func NewWorkQueue(h Handler, dedupe ThreadStore, workers int, log *slog.Logger) *WorkQueue {
	if workers <= 0 {
		workers = 8
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	q := &WorkQueue{
		handler: h, dedupe: dedupe, workers: workers, log: log,
		chats: map[string]Chat{}, pending: map[ThreadKey][]*Message{}, active: map[ThreadKey]bool{},
	}
	q.cond = sync.NewCond(&q.mu)
	q.drained = sync.NewCond(&q.mu)
	return q
}

// Register sets the chat that replies to requests from platform.
func (q *WorkQueue) Register(platform string, c Chat) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.chats[platform] = c
}

// Start starts the workers; they stop when ctx ends or Close is called,
// after finishing the request in hand. Wait waits for them.
func (q *WorkQueue) Start(ctx context.Context) {
	for range q.workers {
		q.wg.Add(1)
		go q.work(ctx)
	}
	go func() {
		<-ctx.Done()
		q.Close()
	}()
}

// Close stops taking requests and lets the workers finish what is queued.
func (q *WorkQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// Wait waits until the workers have stopped.
func (q *WorkQueue) Wait() { q.wg.Wait() }

// Len returns the number of requests waiting or in progress.
func (q *WorkQueue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.inQueue
}

// Submit implements Queue.
func (q *WorkQueue) Submit(ctx context.Context, m *Message) error {
	// Refuse before marking the request taken, so that the platform's
	// redelivery after the restart is not dropped as a duplicate.
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return Errorf(EUnavailable, "The bot is shutting down; please try again in a moment.")
	}
	q.submitting++
	q.mu.Unlock()

	first, err := q.dedupe.MarkProcessed(ctx, IdempotencyKey(m))

	q.mu.Lock()
	defer q.mu.Unlock()
	q.submitting--
	if q.closed && q.submitting == 0 {
		q.cond.Broadcast() // idle workers may now stop
	}
	if err != nil {
		return fmt.Errorf("submit request: %w", err)
	}
	if !first {
		q.log.Info("duplicate request dropped", "platform", m.Platform, "message", string(m.ID))
		return nil
	}
	// The request is marked taken: enqueue it even if Close came in the
	// meantime, since workers finish what is queued before they stop.
	k := m.ThreadKey()
	q.pending[k] = append(q.pending[k], m)
	q.inQueue++
	if !q.active[k] && len(q.pending[k]) == 1 {
		q.ready = append(q.ready, k)
		q.cond.Signal()
	}
	return nil
}

// next blocks until a thread has work and no worker, and takes its first
// request; ok is false when the queue is closed and drained.
func (q *WorkQueue) next() (m *Message, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.ready) == 0 {
		if q.closed && q.submitting == 0 {
			return nil, false
		}
		q.cond.Wait()
	}
	k := q.ready[0]
	q.ready = q.ready[1:]
	m = q.pending[k][0]
	q.pending[k] = q.pending[k][1:]
	q.active[k] = true
	return m, true
}

// done releases m's thread for its next request.
func (q *WorkQueue) done(m *Message) {
	q.mu.Lock()
	defer q.mu.Unlock()
	k := m.ThreadKey()
	delete(q.active, k)
	q.inQueue--
	if len(q.pending[k]) > 0 {
		q.ready = append(q.ready, k)
		q.cond.Signal()
	} else {
		delete(q.pending, k)
	}
	if q.inQueue == 0 {
		q.drained.Broadcast()
	}
}

func (q *WorkQueue) work(ctx context.Context) {
	defer q.wg.Done()
	for {
		m, ok := q.next()
		if !ok {
			return
		}
		q.run(ctx, m)
		q.done(m)
	}
}

// run handles m, retrying failures with backoff.
func (q *WorkQueue) run(ctx context.Context, m *Message) {
	q.mu.Lock()
	chat := q.chats[m.Platform]
	q.mu.Unlock()
	if chat == nil {
		q.log.Error("no chat registered for platform", "platform", m.Platform)
		return
	}
	attempts := q.MaxAttempts
	if attempts <= 0 {
		attempts = 5
	}
	for n := 1; ; n++ {
		err := q.handler.Handle(WithAttempt(ctx, n, attempts), chat, m)
		if err == nil {
			return
		}
		if n >= attempts || ctx.Err() != nil || errors.Is(err, context.Canceled) {
			q.log.Error("request failed", "platform", m.Platform, "message", string(m.ID), "attempts", n, "err", err)
			return
		}
		wait := q.backoff(n)
		q.log.Warn("request failed, retrying", "platform", m.Platform, "message", string(m.ID), "attempt", n, "wait", wait, "err", err)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return
		}
	}
}

func (q *WorkQueue) backoff(n int) time.Duration {
	if q.Backoff != nil {
		return q.Backoff(n)
	}
	d := 500 * time.Millisecond << min(n-1, 6)
	return min(d, 30*time.Second)
}

// Drain waits until every accepted request has been handled or ctx ends.
func (q *WorkQueue) Drain(ctx context.Context) error {
	// The broadcast takes q.mu so that it cannot fall between Drain's
	// check of ctx and its Wait.
	stop := context.AfterFunc(ctx, func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		q.drained.Broadcast()
	})
	defer stop()
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.inQueue > 0 {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		q.drained.Wait()
	}
	return nil
}
