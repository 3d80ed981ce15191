package bottest

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Seen is the set of idempotency keys (bot.IdempotencyKey) of the requests
// a Queue accepted. Queues that share one drop each other's duplicates, as
// `briefbot serve`'s replicas and restarts do through the durable queue's
// unique jobs: a test that restarts a bot gives the new queue the old
// one's Seen.
type Seen struct {
	mu   sync.Mutex
	keys map[string]bool
}

// NewSeen returns an empty set.
func NewSeen() *Seen { return &Seen{keys: map[string]bool{}} }

// add records key and reports whether it is new.
func (s *Seen) add(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keys[key] {
		return false
	}
	s.keys[key] = true
	return true
}

// Queue is a bot.Queue in memory, for tests that run an adapter and the
// engine together: bounded concurrency, order kept within each thread,
// duplicates dropped by idempotency key, failed requests retried with
// backoff. `briefbot serve` uses the durable queue of adapters/riverq
// instead.
type Queue struct {
	handler bot.Handler
	seen    *Seen
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
	chats   map[string]bot.Chat
	pending map[bot.ThreadKey][]*bot.Message // waiting, per thread, in order
	ready   []bot.ThreadKey                  // threads with pending work and no active worker
	active  map[bot.ThreadKey]bool
	inQueue int
	closed  bool
	wg      sync.WaitGroup
}

var _ bot.Queue = (*Queue)(nil)

// NewQueue returns a queue that hands requests to h with at most workers
// running at once (8 when workers is 0), dropping the requests whose keys
// are in seen (nil: a new set).
func NewQueue(h bot.Handler, seen *Seen, workers int, log *slog.Logger) *Queue {
	if seen == nil {
		seen = NewSeen()
	}
	if workers <= 0 {
		workers = 8
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	q := &Queue{
		handler: h, seen: seen, workers: workers, log: log,
		chats: map[string]bot.Chat{}, pending: map[bot.ThreadKey][]*bot.Message{}, active: map[bot.ThreadKey]bool{},
	}
	q.cond = sync.NewCond(&q.mu)
	q.drained = sync.NewCond(&q.mu)
	return q
}

// Register sets the chat that replies to requests from platform.
func (q *Queue) Register(platform string, c bot.Chat) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.chats[platform] = c
}

// Start starts the workers; they stop when ctx ends or Close is called,
// after finishing what is queued. Wait waits for them.
func (q *Queue) Start(ctx context.Context) {
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
func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// Wait waits until the workers have stopped.
func (q *Queue) Wait() { q.wg.Wait() }

// Len returns the number of requests waiting or in progress.
func (q *Queue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.inQueue
}

// Submit implements bot.Queue. A closed queue refuses with EUnavailable
// and does not record the request, so that the platform's redelivery to
// a restarted bot is not dropped as a duplicate.
func (q *Queue) Submit(_ context.Context, m *bot.Message) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return bot.Errorf(bot.EUnavailable, "The bot is shutting down; please try again in a moment.")
	}
	if !q.seen.add(bot.IdempotencyKey(m)) {
		q.log.Info("duplicate request dropped", "platform", m.Platform, "message", string(m.ID))
		return nil
	}
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
func (q *Queue) next() (m *bot.Message, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.ready) == 0 {
		if q.closed {
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
func (q *Queue) done(m *bot.Message) {
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

func (q *Queue) work(ctx context.Context) {
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
func (q *Queue) run(ctx context.Context, m *bot.Message) {
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
		err := q.handler.Handle(bot.WithAttempt(ctx, n, attempts), chat, m)
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

func (q *Queue) backoff(n int) time.Duration {
	if q.Backoff != nil {
		return q.Backoff(n)
	}
	d := 500 * time.Millisecond << min(n-1, 6)
	return min(d, 30*time.Second)
}

// Drain waits until every accepted request has been handled or ctx ends.
func (q *Queue) Drain(ctx context.Context) error {
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
