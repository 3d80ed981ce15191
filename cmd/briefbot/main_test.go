package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

const seedPath = "../../examples/china-denies-hacking-2013.txt"

// run runs the program in-process with env and stdin and returns its exit
// status, stdout and stderr.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func TestBriefSeedJSON(t *testing.T) {
	code, out, stderr := run(t, nil, "", "brief", "--format", "json", seedPath)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var b bot.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("output is not briefing JSON: %v\n%s", err, out)
	}
	text, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	c := ground.New(string(text))
	var china, mandiant bool
	for _, p := range b.Parties {
		for _, cl := range p.Claims {
			if !c.Contains(cl.Evidence) {
				t.Errorf("evidence not in the article: %q", cl.Evidence)
			}
		}
		names := strings.ToLower(p.Name + " " + strings.Join(p.Aliases, " "))
		china = china || strings.Contains(names, "china") || strings.Contains(names, "hong lei")
		mandiant = mandiant || strings.Contains(names, "mandiant")
	}
	if !china || !mandiant {
		t.Errorf("parties = %+v, want China's and Mandiant's sides", b.Parties)
	}
	if b.Backend != "offline" || b.Summary == "" {
		t.Errorf("backend = %q summary = %q", b.Backend, b.Summary)
	}
}

func TestBriefFormatsAndSources(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	html := filepath.Join(dir, "story.html")
	page := "<html><head><title>China rejects US report</title></head><body><article>" +
		"<p>" + strings.ReplaceAll(string(seed), "\n\n", "</p>\n<p>") + "</p></article></body></html>"
	if err := os.WriteFile(html, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"text", "", []string{"brief", seedPath}, "Hong Lei"},
		{"markdown", "", []string{"brief", "--format", "markdown", seedPath}, "## "},
		{"flags after source", "", []string{"brief", seedPath, "--format", "json"}, `"parties"`},
		{"stdin", string(seed), []string{"brief", "-"}, "Mandiant"},
		{"html file", "", []string{"brief", html}, "Mandiant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, nil, tt.stdin, tt.args...)
			if code != 0 || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, stdout lacks %q:\n%s\nstderr: %s", code, tt.want, out, stderr)
			}
		})
	}
}

func TestBriefErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(bin, []byte("\x00\x01\x02\x03PK binary"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		env   map[string]string
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"no args", nil, "", nil, exitUsage, "Usage"},
		{"no source", nil, "", []string{"brief"}, exitUsage, "needs a SOURCE"},
		{"stdin twice", nil, "", []string{"brief", "-", "-"}, exitUsage, "once"},
		{"nine sources", nil, "", []string{"brief", seedPath, seedPath, seedPath, seedPath, seedPath, seedPath, seedPath, seedPath, seedPath}, exitUsage, "at most 8"},
		{"story of missing files", nil, "", []string{"brief", filepath.Join(dir, "none.txt"), filepath.Join(dir, "other.txt")}, exitError, "no such file"},
		{"bad format", nil, "", []string{"brief", "--format", "yaml", seedPath}, exitUsage, "unknown format"},
		{"bad flag", nil, "", []string{"brief", "--nope", seedPath}, exitUsage, "Usage"},
		{"unknown command", nil, "", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"missing file", nil, "", []string{"brief", filepath.Join(dir, "none.txt")}, exitError, "no such file"},
		{"binary file", nil, "", []string{"brief", bin}, exitError, "binary"},
		{"empty stdin", nil, "", []string{"brief", "-"}, exitError, "no text"},
		{"short stdin", nil, "Please log in to continue reading.", []string{"brief", "-"}, exitError, "too short"},
		{"ftp link", nil, "", []string{"brief", "ftp://example.com/a.txt"}, exitError, "http"},
		{"bad setting", map[string]string{"BRIEFBOT_BACKEND": "magic"}, "", []string{"brief", seedPath}, exitError, "BRIEFBOT_BACKEND"},
		{"bad backend flag", nil, "", []string{"brief", "--backend", "magic", seedPath}, exitUsage, "unknown backend"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, tt.env, tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d (want %d), stderr lacks %q:\n%s", code, tt.code, tt.want, stderr)
			}
			if tt.code == exitError && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("user error is not one line:\n%s", stderr)
			}
			if out != "" {
				t.Errorf("stdout on error: %q", out)
			}
		})
	}
}

func TestBriefLink(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><head><title>China rejects US report</title><meta property='og:site_name' content='Press TV'></head><body><article><p>%s</p></article></body></html>",
				strings.ReplaceAll(string(seed), "\n\n", "</p><p>"))
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			_, _ = w.Write([]byte("%PDF-1.4"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	code, out, stderr := run(t, nil, "", "brief", "--allow-private-hosts", srv.URL+"/story")
	if code != 0 || !strings.Contains(out, "Mandiant") {
		t.Fatalf("exit %d:\n%s\n%s", code, out, stderr)
	}
	code, _, stderr = run(t, nil, "", "brief", srv.URL+"/story")
	if code != exitError || !strings.Contains(strings.ToLower(stderr), "private") && !strings.Contains(strings.ToLower(stderr), "loopback") && !strings.Contains(strings.ToLower(stderr), "refused") {
		t.Errorf("loopback link without --allow-private-hosts: exit %d, %s", code, stderr)
	}
	code, _, stderr = run(t, nil, "", "brief", "--allow-private-hosts", srv.URL+"/report.pdf")
	if code != exitError || !strings.Contains(stderr, "paste") {
		t.Errorf("PDF link: exit %d, %s", code, stderr)
	}
	code, _, stderr = run(t, nil, "", "brief", "--allow-private-hosts", srv.URL+"/missing")
	if code != exitError || !strings.Contains(stderr, "404") {
		t.Errorf("404 link: exit %d, %s", code, stderr)
	}
}

func TestChat(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	in := string(seed) + "\n.\nWhere did Mandiant trace the hackers?\nWhat is the capital of France?\nquit\n"
	code, out, stderr := run(t, nil, in, "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Mandiant", "Shanghai office building", "The article does not say"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

func TestServeHealthAndMetrics(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan string, 1)
	var stderr bytes.Buffer
	dir := t.TempDir()
	env := map[string]string{"BRIEFBOT_HTTP_ADDR": "127.0.0.1:0", "BRIEFBOT_DATA_DIR": dir}
	m := &Main{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr,
		Getenv:   func(k string) string { return env[k] },
		OnListen: func(a string) { addrc <- a },
	}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	var addr string
	select {
	case addr = <-addrc:
	case code := <-done:
		t.Fatalf("serve exited %d: %s", code, stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	for path, want := range map[string]string{"/healthz": "ok", "/metrics": "briefbot_briefings_total 0"} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %q, want %q", path, resp.StatusCode, body, want)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "briefbot.db")); err != nil {
		t.Errorf("serve did not create its SQLite database in BRIEFBOT_DATA_DIR: %v", err)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, nil, "", "version")
	if code != 0 || !strings.HasPrefix(out, "briefbot ") {
		t.Errorf("version: %d %q", code, out)
	}
}

// evalAll runs "briefbot eval" (every development case, text) once for the
// tests that read its output: under the race detector one run takes
// minutes, and the output does not change between tests.
var evalAll = sync.OnceValue(func() evalRun {
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := m.Run(context.Background(), []string{"eval"})
	return evalRun{code, out.String(), errb.String()}
})

// evalRun is one run's exit status, stdout and stderr.
type evalRun struct {
	code           int
	stdout, stderr string
}

func TestEval(t *testing.T) {
	// The JSON form is checked on the embedded articles only: it renders
	// the same report as the text form, which TestREADMEEval checks on
	// every case.
	code, out, stderr := run(t, nil, "", "eval", "--set", "gold", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !json.Valid([]byte(out)) {
		t.Errorf("eval --format json output is not JSON:\n%s", out)
	}
	r := evalAll()
	if r.code != 0 || !strings.Contains(strings.ToLower(r.stdout), "recall") {
		t.Errorf("eval text: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	// The blind set and the held-out questions print totals only.
	for _, args := range [][]string{{"--set", "blind", "-v"}, {"--set", "blind", "--format", "json"}, {"--set", "heldout", "-v"}, {"--set", "heldout", "--format", "json"}} {
		code, _, stderr := run(t, nil, "", append([]string{"eval"}, args...)...)
		if code != exitUsage || !strings.Contains(stderr, "totals only") {
			t.Errorf("eval %v: exit %d, want %d and a message saying why\n%s", args, code, exitUsage, stderr)
		}
	}
}

func TestServeStores(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		env  map[string]string
		code int
		want string
	}{
		{"bad scheme", map[string]string{"BRIEFBOT_DATABASE_URL": "mysql://x", "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0"}, exitError, "BRIEFBOT_DATABASE_URL"},
		{"unreachable postgres", map[string]string{"BRIEFBOT_DATABASE_URL": "postgres://u:secretpw@127.0.0.1:1/db?connect_timeout=2", "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0"}, exitError, "BRIEFBOT_DATABASE_URL"},
		{"bad addr", map[string]string{"BRIEFBOT_DATA_DIR": dir, "BRIEFBOT_HTTP_ADDR": "256.0.0.1:99999"}, exitError, "BRIEFBOT_HTTP_ADDR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, tt.env, "", "serve")
			if code != tt.code || !strings.Contains(stderr, tt.want) || strings.Contains(stderr, "secretpw") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
		})
	}
}
