package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/matrix"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// TestReadyz checks /readyz's answer for sets of checks: the status, the
// summary line naming what is not ready, one line per check in order,
// ?exclude, and a check that does not answer in time.
func TestReadyz(t *testing.T) {
	ok := func(context.Context) (string, error) { return "", nil }
	noted := func(context.Context) (string, error) { return "standby", nil }
	down := func(context.Context) (string, error) { return "", errors.New("socket mode: not connected\nfor long") }
	hangs := func(ctx context.Context) (string, error) { <-ctx.Done(); return "", nil }
	type check struct {
		name string
		f    func(context.Context) (string, error)
	}
	for _, tc := range []struct {
		name   string
		checks []check
		query  string
		code   int
		body   string
	}{
		{"all ready", []check{{"store", ok}, {"queue", ok}, {"matrix", noted}}, "", 200,
			"ready\nstore: ok\nqueue: ok\nmatrix: ok (standby)\n"},
		{"no checks", nil, "", 200, "ready\n"},
		{"one down", []check{{"store", ok}, {"slack", down}}, "", 503,
			"not ready: slack\nstore: ok\nslack: socket mode: not connected for long\n"},
		{"two down", []check{{"store", down}, {"queue", ok}, {"slack", down}}, "", 503,
			"not ready: store, slack\nstore: socket mode: not connected for long\nqueue: ok\nslack: socket mode: not connected for long\n"},
		{"excluded", []check{{"store", ok}, {"slack", down}, {"matrix", down}}, "?exclude=slack&exclude=matrix", 200,
			"ready\nstore: ok\n"},
		{"times out", []check{{"store", hangs}}, "", 503,
			"not ready: store\nstore: context deadline exceeded\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &readiness{timeout: 50 * time.Millisecond}
			for _, c := range tc.checks {
				r.add(c.name, c.f)
			}
			w := httptest.NewRecorder()
			r.handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz"+tc.query, nil))
			if w.Code != tc.code || w.Body.String() != tc.body {
				t.Errorf("got %d\n%s\nwant %d\n%s", w.Code, w.Body.String(), tc.code, tc.body)
			}
		})
	}
}

// TestStoreReady checks the store check on a real SQLite store: ready
// while it is open (the key it reads does not exist), not ready once it
// is closed.
func TestStoreReady(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	check := storeReady(st)
	if _, err := check(ctx); err != nil {
		t.Errorf("open store: %v, want ready", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := check(ctx); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("closed store: %v, want an error saying it is closed", err)
	}
	if _, err := storeReady(bot.NewMemStore())(ctx); err != nil {
		t.Errorf("memory store: %v, want ready", err)
	}
}

// TestMatrixRole checks the readiness of each part a replica plays in
// Matrix. A leader whose client runs is covered by TestServeReadyMatrix.
func TestMatrixRole(t *testing.T) {
	for _, tc := range []struct {
		name    string
		alone   bool // SQLite
		leading bool
		client  *matrix.Adapter
		err     error
		note    string
		want    string // "" for ready
	}{
		{"standby", false, false, nil, nil, "standby: another replica leads Matrix", ""},
		{"alone, not running", true, false, nil, nil, "", "the Matrix client is not running"},
		{"leading, starting", false, true, nil, nil, "", "leading, starting the Matrix client"},
		{"leading, client failing", false, true, nil, errors.New("dial tcp: connection refused"), "",
			"leading, but the Matrix client has not started: dial tcp: connection refused"},
		{"leading, not synced", true, true, &matrix.Adapter{}, nil, "", "not synced yet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := matrixRole{alone: tc.alone}
			r.set(tc.leading, tc.client, tc.err)
			note, err := r.ready(context.Background())
			if note != tc.note || (err == nil) != (tc.want == "") || err != nil && err.Error() != tc.want {
				t.Errorf("ready = %q, %v; want %q, %q", note, err, tc.note, tc.want)
			}
		})
	}
}
