package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/briefbot/briefbot/adapters/riverq"
)

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
	store, kind, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	a, err := newApp(cfg, log, store)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Listen first: a bad address fails before anything starts.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("setting BRIEFBOT_HTTP_ADDR: listen on %s: %w", cfg.HTTPAddr, err)
	}
	defer ln.Close()
	a.engine.Replies = store
	queue, err := openQueue(ctx, cfg, store, a.engine, log)
	if err != nil {
		return err
	}
	mux := a.routes()
	adapters, err := a.startAdapters(ctx, queue, mux)
	if err != nil {
		return err
	}
	if err := queue.Start(ctx); err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	log.Info("serving", "addr", ln.Addr().String(), "backend", cfg.Backend, "store", kind, "adapters", len(adapters))
	if m.OnListen != nil {
		m.OnListen(ln.Addr().String())
	}

	var wg sync.WaitGroup
	errc := make(chan error, len(adapters)+1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		prune(ctx, store, cfg.RetentionDays, time.Hour, log)
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
	shutdown, stop := context.WithTimeout(context.Background(), 10*time.Second)
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

// adapter is a running chat adapter.
type adapter struct {
	name string
	run  func(ctx context.Context) error
}

// startAdapters builds the configured chat adapters, registers them with
// the queue and mounts their HTTP endpoints.
func (a *app) startAdapters(_ context.Context, _ *riverq.Queue, _ *http.ServeMux) ([]adapter, error) {
	var out []adapter
	if a.cfg.SlackBotToken != "" || a.cfg.MatrixHomeserver != "" {
		a.log.Warn("Slack and Matrix settings are present, but this build has no Slack or Matrix adapter yet")
	}
	if len(out) == 0 {
		a.log.Warn("no chat adapter configured: set SLACK_BOT_TOKEN or MATRIX_HOMESERVER (see README); serving health and metrics only")
	}
	return out, nil
}

// routes serves the health check and the metrics.
func (a *app) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		a.metrics.write(w)
	})
	return mux
}
