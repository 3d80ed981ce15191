package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/adapters/matrix"
	"github.com/briefbot/briefbot/bot"
)

// readiness is what GET /readyz checks: the store answers, the job queue
// runs, and each configured chat adapter is connected. /healthz only says
// that the process serves HTTP (liveness).
type readiness struct {
	timeout time.Duration // of each check; 0 means readyTimeout

	mu     sync.Mutex
	checks []readyCheck
}

// readyCheck is one part of the bot. ready returns nil when the part is
// ready, with an optional note to show beside "ok".
type readyCheck struct {
	name  string
	ready func(ctx context.Context) (note string, err error)
}

// readyTimeout bounds each check: a database that does not answer within
// it is not ready.
const readyTimeout = 3 * time.Second

func (r *readiness) add(name string, ready func(ctx context.Context) (string, error)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.checks = append(r.checks, readyCheck{name: name, ready: ready})
}

// readyResult is the outcome of one check.
type readyResult struct {
	name, note string
	err        error
}

// run runs every check not in exclude, at once, each bounded by
// readyTimeout, and returns the outcomes in the order the checks were
// added.
func (r *readiness) run(ctx context.Context, exclude []string) []readyResult {
	r.mu.Lock()
	checks := slices.Clone(r.checks)
	r.mu.Unlock()
	timeout := r.timeout
	if timeout <= 0 {
		timeout = readyTimeout
	}
	checks = slices.DeleteFunc(checks, func(c readyCheck) bool { return slices.Contains(exclude, c.name) })
	out := make([]readyResult, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			note, err := c.ready(cctx)
			if err == nil && cctx.Err() != nil {
				err = cctx.Err()
			}
			out[i] = readyResult{name: c.name, note: note, err: err}
		})
	}
	wg.Wait()
	return out
}

// handler serves /readyz: 200 and "ready" when every check passes, 503
// and "not ready: NAMES" otherwise; then one line per check, "name: ok"
// (with a note in brackets) or "name: why not". ?exclude=NAME (repeatable)
// leaves a check out, for a load balancer that sends one platform's
// traffic only.
func (r *readiness) handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		results := r.run(req.Context(), req.URL.Query()["exclude"])
		var failed []string
		var b strings.Builder
		for _, res := range results {
			switch {
			case res.err != nil:
				failed = append(failed, res.name)
				fmt.Fprintf(&b, "%s: %s\n", res.name, oneLine(res.err.Error()))
			case res.note != "":
				fmt.Fprintf(&b, "%s: ok (%s)\n", res.name, res.note)
			default:
				fmt.Fprintf(&b, "%s: ok\n", res.name)
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if len(failed) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "not ready: %s\n%s", strings.Join(failed, ", "), b.String())
			return
		}
		fmt.Fprintf(w, "ready\n%s", b.String())
	})
}

// oneLine keeps a reason on one line of at most 300 bytes.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[:300], "") + "…"
	}
	return s
}

// readyKey is the state key the store check reads. It is never written:
// the read goes to the database and its state table all the same.
const readyKey = "briefbot/readyz"

// storeReady checks that the store answers a read of its state table, so
// that a database that is down, closed, or lost its tables is not ready.
func storeReady(st bot.Store) func(ctx context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		if _, err := st.State(ctx, readyKey); err != nil && bot.ErrorCode(err) != bot.ENotFound {
			return "", err
		}
		return "", nil
	}
}

// matrixRole is this replica's part in Matrix, for readiness. On
// PostgreSQL one replica leads Matrix (see matrixAdapter); the others
// stand by, ready, since the Matrix requests they accept wait durably for
// the leader and their Slack traffic is unaffected. The leader is ready
// once its Matrix client runs and syncs. On SQLite (alone) the process
// always leads, so a client that is not running is not ready.
type matrixRole struct {
	alone bool // set before use

	mu      sync.Mutex
	leading bool
	client  *matrix.Adapter // the leader's client, once started
	err     error           // why the leader's client did not start yet
}

func (r *matrixRole) set(leading bool, client *matrix.Adapter, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.leading, r.client, r.err = leading, client, err
}

func (r *matrixRole) ready(context.Context) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case !r.leading && r.alone:
		return "", errors.New("the Matrix client is not running")
	case !r.leading:
		return "standby: another replica leads Matrix", nil
	case r.client == nil && r.err != nil:
		return "", fmt.Errorf("leading, but the Matrix client has not started: %w", r.err)
	case r.client == nil:
		return "", fmt.Errorf("leading, starting the Matrix client")
	}
	if err := r.client.Ready(); err != nil {
		return "", err
	}
	return "leading", nil
}

// noNote adapts a check without a note.
func noNote(f func() error) func(context.Context) (string, error) {
	return func(context.Context) (string, error) { return "", f() }
}
