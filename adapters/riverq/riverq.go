// Package riverq is the durable bot.Queue: requests are jobs in River
// (github.com/riverqueue/river), on SQLite or PostgreSQL, so an accepted
// request survives a crash and is processed once.
//
// Submit inserts a unique job keyed by the request's idempotency key, so a
// platform's retries and duplicate deliveries add nothing; it returns once
// the job is committed, and only then does the adapter acknowledge the
// platform. Workers hand each job to the engine; a job whose thread has an
// earlier unfinished job waits (snoozes) until that one is done, so
// requests run in order within a thread, across replicas too. Failed jobs
// are retried with backoff; a job left running by a killed process is
// rescued after JobTimeout plus a margin (on SQLite, at once at start: one
// process owns the file) and runs again, and the engine's reply log makes
// that second run finish the first one's reply instead of posting another.
//
// A platform listed in Options.Exclusive (Matrix with end-to-end
// encryption, whose crypto state one client must own) has a queue of its
// own, worked only by the process that called Work for it: the replica
// that leads that platform.
package riverq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/briefbot/briefbot/bot"
)

// Kind is the River job kind of a chat request.
const Kind = "briefbot_handle"

// handleArgs is a chat request as a job.
type handleArgs struct {
	// Key is the request's idempotency key; jobs are unique by it.
	Key string `json:"key" river:"unique"`
	// Thread orders jobs: one thread's requests run one at a time, in
	// insertion order.
	Thread  string      `json:"thread_key"`
	Message bot.Message `json:"message"`
}

func (handleArgs) Kind() string { return Kind }

// Options tunes the queue.
type Options struct {
	// Workers bounds the requests processed at once (default 8).
	Workers int
	// JobTimeout bounds one attempt (default 5 minutes). A job still
	// marked running JobTimeout+RescueMargin after it started, because its
	// process died, is run again.
	JobTimeout time.Duration
	// RescueMargin is added to JobTimeout before rescuing (default 30 s).
	RescueMargin time.Duration
	// MaxAttempts bounds the tries of a failing request (default 5).
	MaxAttempts int
	// PollInterval is how often workers look for jobs inserted by other
	// processes (default 1 s; jobs inserted here are picked up at once).
	PollInterval time.Duration
	// Snooze is how long a job waits for an earlier job of its thread
	// (default 200 ms).
	Snooze time.Duration
	// Exclusive lists platforms whose requests only one process may
	// handle at a time: their jobs wait in a queue of their own until a
	// process calls Work for the platform.
	Exclusive []string
	// Waited, if set, is called when a worker begins a request's first
	// attempt, with how long the request waited since it was submitted
	// (for the queue wait metric). The wait includes time spent behind an
	// earlier request of the same thread; retries are not reported.
	Waited func(platform string, wait time.Duration)
	Logger *slog.Logger
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.JobTimeout <= 0 {
		o.JobTimeout = 5 * time.Minute
	}
	if o.RescueMargin <= 0 {
		o.RescueMargin = 30 * time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.Snooze <= 0 {
		o.Snooze = 200 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Queue is a durable bot.Queue.
type Queue struct {
	handler bot.Handler
	opts    Options
	log     *slog.Logger

	insert  func(ctx context.Context, args handleArgs, queue string) (duplicate bool, err error)
	addQ    func(name string) error
	removeQ func(ctx context.Context, name string) error
	// resume makes the jobs of a queue left running available again.
	resume func(ctx context.Context, queue string) (int64, error)
	// completeNow marks a job completed in the database before Work
	// returns (River otherwise records completions in batches, a moment
	// later), so that a process that stops working an exclusive platform
	// leaves no finished job marked running for the next one to resume.
	completeNow func(ctx context.Context, job *river.Job[handleArgs]) error
	earlier     func(ctx context.Context, thread string, id int64) (bool, error)
	// scrub replaces a job's arguments (JSON) once it is done.
	scrub   func(ctx context.Context, id int64, args []byte) error
	start   func(ctx context.Context) error
	stop    func(ctx context.Context) error
	cancel  func(ctx context.Context) error // River's StopAndCancel
	stopped func() <-chan struct{}          // River's Stopped, valid after start

	// run is the queue's life: nil before Start, River's stopped channel
	// while it runs; stopping is set once Stop was called.
	runMu    sync.Mutex
	run      <-chan struct{}
	stopping bool

	mu        sync.RWMutex
	chats     map[string]bot.Chat
	exclusive map[string]bool
	working   map[string]bool // exclusive platforms this process works
}

var _ bot.Queue = (*Queue)(nil)

// newQueue builds a Queue on a River driver. The migrations are applied
// first; lock, if not nil, serialises them across processes.
func newQueue[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], h bot.Handler, o Options,
	earlier func(ctx context.Context, thread string, id int64) (bool, error),
	lock func(ctx context.Context, f func() error) error,
) (*Queue, error) {
	o.defaults()
	q := &Queue{handler: h, opts: o, log: o.Logger, earlier: earlier, chats: map[string]bot.Chat{},
		exclusive: map[string]bool{}, working: map[string]bool{}}
	for _, p := range o.Exclusive {
		q.exclusive[p] = true
	}
	migrate := func() error {
		m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			return fmt.Errorf("riverq: migrator: %w", err)
		}
		if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
			return fmt.Errorf("riverq: migrate: %w", err)
		}
		return nil
	}
	if lock != nil {
		if err := lock(ctx, migrate); err != nil {
			return nil, err
		}
	} else if err := migrate(); err != nil {
		return nil, err
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &worker{q: q}); err != nil {
		return nil, fmt.Errorf("riverq: add worker: %w", err)
	}
	client, err := river.NewClient(driver, &river.Config{
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: o.Workers}},
		Workers:              workers,
		JobTimeout:           o.JobTimeout,
		RescueStuckJobsAfter: o.JobTimeout + o.RescueMargin,
		MaxAttempts:          o.MaxAttempts,
		FetchPollInterval:    o.PollInterval,
		FetchCooldown:        min(o.PollInterval, 50*time.Millisecond),
		RetryPolicy:          backoff{},
		Logger:               o.Logger.With("component", "river"),
	})
	if err != nil {
		return nil, fmt.Errorf("riverq: client: %w", err)
	}
	q.insert = func(ctx context.Context, args handleArgs, queue string) (bool, error) {
		res, err := client.Insert(ctx, args, &river.InsertOpts{
			MaxAttempts: o.MaxAttempts,
			Queue:       queue,
			UniqueOpts:  river.UniqueOpts{ByArgs: true},
		})
		if err != nil {
			return false, err
		}
		return res.UniqueSkippedAsDuplicate, nil
	}
	q.addQ = func(name string) error { return client.Queues().Add(name, river.QueueConfig{MaxWorkers: o.Workers}) }
	q.removeQ = func(ctx context.Context, name string) error { return client.Queues().Remove(ctx, name) }
	q.start = client.Start
	q.stop = client.Stop
	q.cancel = client.StopAndCancel
	q.stopped = client.Stopped
	return q, nil
}

// Register sets the chat that replies to requests from platform. Register
// every adapter before Start, except the chat of an exclusive platform,
// which is registered before Work.
func (q *Queue) Register(platform string, c bot.Chat) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.chats[platform] = c
}

// HardStopTimeout bounds how long Stop waits for running jobs to end once
// their contexts are cancelled, after the drain given to Stop ran out.
var HardStopTimeout = 2 * time.Second

// Start starts the workers; Stop stops them. Cancelling ctx is a hard stop
// that cancels the running jobs at once (River's semantics): to drain them
// on shutdown, pass a context that is not cancelled on shutdown (for
// example context.WithoutCancel) and call Stop.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.start(ctx); err != nil {
		return fmt.Errorf("riverq: start: %w", err)
	}
	q.runMu.Lock()
	q.run = q.stopped()
	q.runMu.Unlock()
	return nil
}

// Running returns nil while the workers run: after Start, before Stop,
// and as long as River has not stopped by itself. Otherwise it says why
// not.
func (q *Queue) Running() error {
	q.runMu.Lock()
	defer q.runMu.Unlock()
	switch {
	case q.run == nil:
		return errors.New("riverq: not started")
	case q.stopping:
		return errors.New("riverq: stopping")
	}
	select {
	case <-q.run:
		return errors.New("riverq: stopped")
	default:
		return nil
	}
}

// Stop stops taking jobs and waits for running ones to finish until ctx
// ends; then it cancels those still running and waits for them at most
// HardStopTimeout more. Jobs cut short run again later.
func (q *Queue) Stop(ctx context.Context) error {
	q.runMu.Lock()
	q.stopping = true
	q.runMu.Unlock()
	err := q.stop(ctx)
	if err == nil {
		return nil
	}
	if ctx.Err() == nil {
		return fmt.Errorf("riverq: stop: %w", err)
	}
	q.log.Warn("requests still running at shutdown: cancelling them; they will run again", "err", err)
	hard, cancel := context.WithTimeout(context.WithoutCancel(ctx), HardStopTimeout)
	defer cancel()
	if err := q.cancel(hard); err != nil {
		return fmt.Errorf("riverq: stop: cancelled requests did not end within %v: %w", HardStopTimeout, err)
	}
	return nil
}

// exclusiveQueue is the River queue of an exclusive platform's jobs.
func exclusiveQueue(platform string) string { return "exclusive_" + platform }

// Work makes this process handle the requests of platform, one of
// Options.Exclusive (register its chat first), until release is called;
// release stops taking them and waits for those running until its ctx
// ends. The caller makes sure one process at a time works a platform (a
// leader lock); requests submitted meanwhile wait, durably, for one that
// does. Jobs of the platform still marked running were left by the
// previous worker, which is gone: they run again at once, rather than
// after JobTimeout, so that its threads are not held up.
func (q *Queue) Work(ctx context.Context, platform string) (release func(ctx context.Context) error, err error) {
	if !q.exclusive[platform] {
		return nil, fmt.Errorf("riverq: work %s: not an exclusive platform", platform)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.working[platform] {
		return nil, fmt.Errorf("riverq: work %s: already working it", platform)
	}
	n, err := q.resume(ctx, exclusiveQueue(platform))
	if err != nil {
		return nil, fmt.Errorf("riverq: work %s: resume interrupted requests: %w", platform, err)
	}
	if n > 0 {
		q.log.Info("resuming requests the previous worker left running", "platform", platform, "count", n)
	}
	if err := q.addQ(exclusiveQueue(platform)); err != nil {
		return nil, fmt.Errorf("riverq: work %s: %w", platform, err)
	}
	q.working[platform] = true
	q.log.Info("taking requests", "platform", platform)
	return func(ctx context.Context) error {
		err := q.removeQ(ctx, exclusiveQueue(platform))
		q.mu.Lock()
		delete(q.working, platform)
		q.mu.Unlock()
		q.log.Info("no longer taking requests", "platform", platform)
		if err != nil {
			return fmt.Errorf("riverq: stop working %s: %w", platform, err)
		}
		return nil
	}, nil
}

// Submit implements bot.Queue: it returns once the request is committed.
func (q *Queue) Submit(ctx context.Context, m *bot.Message) error {
	k := m.ThreadKey()
	args := handleArgs{
		Key:     bot.IdempotencyKey(m),
		Thread:  k.Platform + "|" + string(k.Conversation) + "|" + string(k.Thread),
		Message: *m,
	}
	queue := river.QueueDefault
	if q.exclusive[m.Platform] {
		queue = exclusiveQueue(m.Platform)
	}
	dup, err := q.insert(ctx, args, queue)
	if err != nil {
		return bot.WrapError(err, bot.EUnavailable, "riverq: submit", "The request could not be queued; please try again in a moment.")
	}
	if dup {
		q.log.Info("duplicate request dropped", "platform", m.Platform, "message", string(m.ID))
	}
	return nil
}

func (q *Queue) chat(platform string) bot.Chat {
	q.mu.RLock()
	defer q.mu.RUnlock()
	return q.chats[platform]
}

// worker runs chat requests.
type worker struct {
	river.WorkerDefaults[handleArgs]
	q *Queue
}

func (w *worker) Work(ctx context.Context, job *river.Job[handleArgs]) error {
	wait, err := w.q.earlier(ctx, job.Args.Thread, job.ID)
	if err != nil {
		return fmt.Errorf("riverq: check thread order: %w", err)
	}
	if wait {
		return river.JobSnooze(w.q.opts.Snooze)
	}
	m := job.Args.Message
	chat := w.q.chat(m.Platform)
	if chat == nil {
		return river.JobCancel(fmt.Errorf("riverq: no chat registered for platform %q", m.Platform))
	}
	if w.q.opts.Waited != nil && job.Attempt == 1 {
		// CreatedAt is the database's clock: never report less than 0.
		w.q.opts.Waited(m.Platform, max(time.Since(job.CreatedAt), 0))
	}
	if err := w.q.handler.Handle(bot.WithAttempt(ctx, job.Attempt, job.MaxAttempts), chat, &m); err != nil {
		w.q.log.Warn("request failed", "platform", m.Platform, "message", string(m.ID), "attempt", job.Attempt, "err", err)
		if job.Attempt >= job.MaxAttempts {
			w.q.scrubArgs(ctx, job) // the last attempt: the job stays as discarded
		}
		return err
	}
	w.q.scrubArgs(ctx, job)
	if w.q.exclusive[m.Platform] && w.q.completeNow != nil {
		if err := w.q.completeNow(context.WithoutCancel(ctx), job); err != nil {
			// River records the completion itself when Work returns.
			w.q.log.Warn("recording a finished request at once failed", "platform", m.Platform, "message", string(m.ID), "err", err)
		}
	}
	return nil
}

// scrubArgs replaces the arguments of a job that will not run again with
// the request's ids only: its text and files (a pasted article, a
// question) are not kept in the job table after the request is done, so
// that "forget" and retention, which delete the thread, leave no copy
// there. The job's unique key, computed at insertion, still makes later
// deliveries of the request duplicates.
func (q *Queue) scrubArgs(ctx context.Context, job *river.Job[handleArgs]) {
	if q.scrub == nil {
		return
	}
	args := job.Args
	m := args.Message
	args.Message = bot.Message{Platform: m.Platform, Conversation: m.Conversation, ID: m.ID, Thread: m.Thread,
		User: m.User, Direct: m.Direct, Mentioned: m.Mentioned, Time: m.Time}
	data, err := json.Marshal(args)
	if err == nil {
		err = q.scrub(context.WithoutCancel(ctx), job.ID, data)
	}
	if err != nil {
		q.log.Warn("could not scrub a finished request's text from the job table", "message", string(m.ID), "err", err)
	}
}

// backoff retries after 1 s, 2 s, 4 s … capped at 1 minute.
type backoff struct{}

func (backoff) NextRetry(job *rivertype.JobRow) time.Time {
	d := time.Second << min(max(job.Attempt-1, 0), 6)
	return time.Now().Add(min(d, time.Minute))
}
