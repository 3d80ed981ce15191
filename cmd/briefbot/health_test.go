package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDialAddr(t *testing.T) {
	for _, tc := range []struct{ addr, want, err string }{
		{"127.0.0.1:8080", "127.0.0.1:8080", ""},
		{"0.0.0.0:8080", "127.0.0.1:8080", ""},
		{":8080", "127.0.0.1:8080", ""},
		{"[::]:8080", "[::1]:8080", ""},
		{"bot.internal:9000", "bot.internal:9000", ""},
		{"127.0.0.1", "", "missing port"},
		{"127.0.0.1:0", "", "has no port"},
	} {
		got, err := dialAddr(tc.addr)
		if got != tc.want || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("dialAddr(%q) = %q, %v; want %q, %q", tc.addr, got, err, tc.want, tc.err)
		}
	}
}

// TestHealthCommand runs `briefbot health` against servers answering
// /readyz in each way, and against nothing.
func TestHealthCommand(t *testing.T) {
	serve := func(code int, body string) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/readyz" {
				http.NotFound(w, r)
				return
			}
			w.WriteHeader(code)
			_, _ = w.Write([]byte(body))
		}))
		t.Cleanup(srv.Close)
		return strings.TrimPrefix(srv.URL, "http://")
	}
	for _, tc := range []struct {
		name         string
		args         []string
		env          string // BRIEFBOT_HTTP_ADDR
		code         int
		stdout, errs string
	}{
		{"ready, --addr", []string{"--addr", serve(200, "ready\nstore: ok\n")}, "", exitOK, "ready\nstore: ok\n", ""},
		{"ready, from the setting", nil, serve(200, "ready\n"), exitOK, "ready\n", ""},
		{"not ready", []string{"--addr", serve(503, "not ready: store, slack\nstore: closed\nslack: down\n")}, "", exitError,
			"not ready: store, slack\nstore: closed\nslack: down\n", "briefbot: not ready: store, slack\n"},
		{"no /readyz", []string{"--addr", serve(404, "")}, "", exitError, "", "answered 404 Not Found"},
		{"nothing listening", []string{"--addr", freeAddr(t)}, "", exitError, "", "health: not answering: "},
		{"bad address", []string{"--addr", "localhost"}, "", exitUsage, "", "--addr: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
				Getenv: func(k string) string {
					if k == "BRIEFBOT_HTTP_ADDR" {
						return tc.env
					}
					return ""
				}}
			code := m.Run(context.Background(), append([]string{"health"}, tc.args...))
			if code != tc.code || out.String() != tc.stdout || !strings.Contains(errb.String(), tc.errs) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, stderr with %q", code, out.String(), errb.String(), tc.code, tc.stdout, tc.errs)
			}
		})
	}
}
