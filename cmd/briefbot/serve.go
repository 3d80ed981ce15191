package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"go.mau.fi/util/dbutil"

	"github.com/briefbot/briefbot/adapters/matrix"
	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/riverq"
	slackad "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/command"
	"github.com/briefbot/briefbot/bot/digest"
)

// scheduler builds the digest scheduler on the bot's store.
func (a *app) scheduler(st bot.Store) *digest.Scheduler {
	ds, _ := st.(digest.Store)
	// Posted digests hold their items (a feed item's article and
	// briefing): kept for "more N", never past BRIEFBOT_RETENTION_DAYS.
	var keep time.Duration
	if days := a.cfg.RetentionDays; days > 0 {
		keep = min(digest.DefaultRetention, time.Duration(days)*24*time.Hour)
	}
	return &digest.Scheduler{
		Retention: keep,
		Store:     ds,
		Briefer:   a.engine,
		Stories:   a.engine.Stories,
		Fetcher:   meteredFetcher{a.fetcher, a.metrics},
		Feeds:     meteredFetcher{a.fetcher, a.metrics},
		Admins:    command.ParseAdmins(a.cfg.Admins),
		Quiet:     a.cfg.DigestQuiet,
		Limits:    a.engine.Limits,
		Logger:    a.log.With("component", "digest"),
	}
}

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.flagSet("serve")
	var c common
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"serve takes no arguments"}
	}
	cfg, log, err := m.load(c)
	if err != nil {
		return err
	}
	store, kind, closeStore, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeStore() //nolint:errcheck // nothing to do about it on exit
	a, err := newApp(cfg, log, store)
	if err != nil {
		return err
	}
	ready := &readiness{}
	ready.add("store", storeReady(store))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Listen first: a bad address fails before anything starts.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("setting BRIEFBOT_HTTP_ADDR: listen on %s: %w", cfg.HTTPAddr, err)
	}
	defer ln.Close()
	a.engine.Replies = store
	// The rate limits' buckets live in the store, shared by replicas.
	a.engine.Admission = cfg.Admission()
	a.engine.Rates, _ = store.(bot.RateTaker)
	queue, err := openQueue(ctx, cfg, store, a.engine, a.metrics.queueWaited, log)
	if err != nil {
		return err
	}
	ready.add("queue", noNote(queue.Running))
	sched := a.scheduler(store)
	a.engine.Commands = sched
	mux := a.routes(ready)
	adapters, err := a.startAdapters(ctx, queue, []chatRegistry{sched}, mux)
	if err != nil {
		return err
	}
	for _, ad := range adapters {
		ready.add(ad.name, ad.ready)
	}
	defer func() {
		for _, ad := range adapters {
			if ad.close != nil {
				_ = ad.close()
			}
		}
	}()
	// Not ctx: cancelling Start's context is River's hard stop, which
	// would cancel the running requests instead of letting Stop drain them.
	if err := queue.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	srv := newHTTPServer(mux, defaultServerLimits)
	log.Info("serving", "addr", ln.Addr().String(), "backend", cfg.Backend, "store", kind, "adapters", len(adapters))
	if m.OnListen != nil {
		m.OnListen(ln.Addr().String())
	}

	var wg sync.WaitGroup
	errc := make(chan error, len(adapters)+2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		prune(ctx, store, cfg.RetentionDays, time.Hour, log)
	}()
	go func() {
		defer wg.Done()
		if err := sched.Run(ctx); err != nil && ctx.Err() == nil {
			errc <- fmt.Errorf("digest scheduler: %w", err)
		}
	}()
	for _, ad := range adapters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := ad.run(ctx); err != nil && ctx.Err() == nil {
				errc <- fmt.Errorf("%s: %w", ad.name, err)
			}
		}()
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("serve http: %w", err)
		}
	}()

	var runErr error
	select {
	case runErr = <-errc:
	case <-ctx.Done():
	}
	// Drain for up to drainTimeout; the queue then cancels what still runs
	// (riverq.HardStopTimeout more), so that a SIGTERM exits within ~10 s.
	shutdown, stop := context.WithTimeout(context.Background(), drainTimeout)
	defer stop()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", "err", err)
	}
	if err := queue.Stop(shutdown); err != nil {
		log.Warn("queue shutdown", "err", err)
	}
	cancel()
	wg.Wait()
	log.Info("stopped")
	return runErr
}

// drainTimeout is how long serve waits, on shutdown, for the HTTP server
// and running requests to finish.
const drainTimeout = 8 * time.Second

// adapter is a running chat adapter; ready says whether it is connected
// (for /readyz).
type adapter struct {
	name  string
	run   func(ctx context.Context) error
	close func() error
	ready func(ctx context.Context) (note string, err error)
}

// chatRegistry is where adapters register their chats: the job queue and
// the digest scheduler.
type chatRegistry interface {
	Register(platform string, c bot.Chat)
}

// startAdapters builds the configured chat adapters, registers them and
// mounts their HTTP endpoints.
func (a *app) startAdapters(ctx context.Context, q *riverq.Queue, regs []chatRegistry, mux *http.ServeMux) ([]adapter, error) {
	var out []adapter
	if a.cfg.MatrixHomeserver != "" {
		ad, err := a.matrixAdapter(ctx, q, regs)
		if err != nil {
			return nil, err
		}
		out = append(out, ad)
	}
	if a.cfg.SlackBotToken != "" {
		ad, err := a.slackAdapter(q, regs, mux)
		if err != nil {
			return nil, err
		}
		out = append(out, ad)
	}
	if len(out) == 0 {
		a.log.Warn("no chat adapter configured: set SLACK_BOT_TOKEN or MATRIX_HOMESERVER (see README); serving health and metrics only")
	}
	return out, nil
}

// slackAdapter builds the Slack adapter: Socket Mode when SLACK_APP_TOKEN
// is set, the HTTP Events API on BRIEFBOT_HTTP_ADDR when
// SLACK_SIGNING_SECRET is set (both may be).
func (a *app) slackAdapter(q *riverq.Queue, regs []chatRegistry, mux *http.ServeMux) (adapter, error) {
	c := a.cfg
	if c.SlackAppToken == "" && c.SlackSigningSecret == "" {
		return adapter{}, fmt.Errorf("setting SLACK_APP_TOKEN: set it for Socket Mode, or SLACK_SIGNING_SECRET for the HTTP Events API")
	}
	sa, err := slackad.New(slackad.Config{
		Admit:         a.engine.Admit,
		BotToken:      c.SlackBotToken,
		AppToken:      c.SlackAppToken,
		SigningSecret: c.SlackSigningSecret,
		APIURL:        c.SlackAPIURL,
		AllowedTeams:  c.SlackTeams,
		IgnoreBots:    c.SlackIgnoreBots,
		Workers:       c.SlackWorkers,
		Logger:        a.log.With("adapter", "slack"),
		Language:      c.Language,
	}, q)
	if err != nil {
		return adapter{}, err
	}
	chat := a.metrics.chat(slackad.Platform, sa)
	q.Register(slackad.Platform, chat)
	for _, r := range regs {
		r.Register(slackad.Platform, chat)
	}
	if c.SlackSigningSecret != "" {
		mux.Handle("/slack/", sa.HTTPHandler())
	}
	run := func(ctx context.Context) error {
		if c.SlackAppToken == "" {
			<-ctx.Done() // HTTP only: events arrive through the server
			return nil
		}
		return sa.Run(ctx)
	}
	return adapter{name: "slack", run: run, close: func() error { sa.Wait(); return nil }, ready: noNote(sa.Ready)}, nil
}

// matrixAdapter builds the Matrix adapter. Its crypto store lives in the
// bot's database. On PostgreSQL one replica at a time (the leader of
// "matrix") has a Matrix client at all: it logs in, syncs, and alone
// handles Matrix requests (their own job queue) and posts Matrix digests,
// because the end-to-end encryption state (Olm sessions, Megolm ratchets)
// must have one owner. Another replica takes over within seconds when the
// leader dies, and the requests that waited meanwhile are handled then.
// On SQLite the one process leads.
//
// The settings are checked first, and a homeserver this bot never logged
// in to must answer now: a wrong MATRIX_HOMESERVER stops serve with one
// line. One it logged in to before is waited for while it is down (the
// Matrix requests wait in their queue), with a log line per try.
func (a *app) matrixAdapter(ctx context.Context, q *riverq.Queue, regs []chatRegistry) (adapter, error) {
	if err := matrix.Check(ctx, a.matrixConfig(), a.store); err != nil {
		return adapter{}, err
	}
	if a.cfg.MatrixPickleKey == "" {
		a.log.Warn("MATRIX_PICKLE_KEY is not set: end-to-end encryption is off, the bot cannot read encrypted rooms")
	}
	role := &matrixRole{alone: true}
	run := func(ctx context.Context) error { return a.leadMatrix(ctx, q, regs, role) }
	if pg, ok := a.store.(*postgres.Store); ok {
		role.alone = false
		run = func(ctx context.Context) error {
			return pg.RunAsLeader(ctx, "matrix", 5*time.Second, func(ctx context.Context) error {
				return a.leadMatrix(ctx, q, regs, role)
			})
		}
	}
	return adapter{name: "matrix", run: run, ready: role.ready}, nil
}

// leadMatrix runs the Matrix client while this replica leads "matrix":
// it takes the Matrix requests and digests until ctx ends, then gives
// them back. role follows it, for readiness.
func (a *app) leadMatrix(ctx context.Context, q *riverq.Queue, regs []chatRegistry, role *matrixRole) error {
	a.log.Info("leading matrix: starting the Matrix client")
	role.set(true, nil, nil)
	defer role.set(false, nil, nil)
	var ma *matrix.Adapter
	for attempt := 1; ; attempt++ {
		var err error
		if ma, err = a.newMatrix(ctx, q); err == nil {
			break
		}
		role.set(true, nil, err)
		if ctx.Err() != nil {
			return nil
		}
		if matrix.Permanent(err) {
			return err // wrong credentials or settings: stop, loudly
		}
		// The homeserver is down or restarting: keep the lead and try
		// again, rather than take this replica's Slack down with it.
		wait := min(time.Duration(attempt)*5*time.Second, time.Minute)
		a.log.Warn("matrix: cannot start the client; retrying", "attempt", attempt, "wait", wait, "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
	defer func() { _ = ma.Close() }()
	role.set(true, ma, nil)
	chat := a.metrics.chat(matrix.Platform, ma)
	q.Register(matrix.Platform, chat)
	for _, r := range regs {
		r.Register(matrix.Platform, chat)
	}
	release, err := q.Work(ctx, matrix.Platform)
	if err != nil {
		return err
	}
	defer func() {
		for _, r := range regs {
			r.Register(matrix.Platform, nil)
		}
		// Let the Matrix requests in hand finish (the queue's drain
		// bounds them too), then stop taking them.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drainTimeout)
		defer cancel()
		if err := release(rctx); err != nil {
			a.log.Warn("matrix: stop taking requests", "err", err)
		}
		a.log.Info("no longer leading matrix")
	}()
	return ma.Run(ctx)
}

// newMatrix logs in and sets up end-to-end encryption when a pickle key
// is set.
func (a *app) newMatrix(ctx context.Context, q *riverq.Queue) (*matrix.Adapter, error) {
	var cdb *dbutil.Database
	if a.cfg.MatrixPickleKey != "" {
		var err error
		switch s := a.store.(type) {
		case *sqlite.Store:
			// A pool of its own: mautrix takes Go locks around its
			// queries, which can deadlock on a single connection.
			var pool *sql.DB
			if pool, err = s.ExtraDB(ctx); err == nil {
				cdb, err = matrix.NewCryptoDB(pool, "sqlite")
			}
		case *postgres.Store:
			cdb, err = matrix.NewCryptoDB(s.ExtraDB(), "postgres")
		}
		if err != nil {
			return nil, fmt.Errorf("matrix: crypto store: %w", err)
		}
	}
	ma, err := matrix.New(ctx, a.matrixConfig(), a.store, cdb, q)
	if err != nil {
		return nil, err // already "matrix: new: …" or "setting …"
	}
	return ma, nil
}

// matrixConfig is the Matrix adapter's configuration from the settings.
func (a *app) matrixConfig() matrix.Config {
	return matrix.Config{
		Homeserver:      a.cfg.MatrixHomeserver,
		UserID:          a.cfg.MatrixUserID,
		AccessToken:     a.cfg.MatrixAccessToken,
		Password:        a.cfg.MatrixPassword,
		PickleKey:       a.cfg.MatrixPickleKey,
		RecoveryKey:     a.cfg.MatrixRecoveryKey,
		DeviceName:      a.cfg.MatrixDeviceName,
		AllowedInviters: a.cfg.MatrixInviters,
		Admit:           a.engine.Admit,
		IgnoreBots:      a.cfg.MatrixIgnoreBots,
		BotUsers:        a.cfg.MatrixBotUsers,
		Logger:          a.log, // the adapter adds adapter=matrix
		Language:        a.cfg.Language,
	}
}

// routes serves liveness (/healthz: the process serves HTTP), readiness
// (/readyz) and the metrics.
func (a *app) routes(ready *readiness) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /readyz", ready.handler())
	mux.Handle("GET /metrics", a.metrics.handler())
	return mux
}
