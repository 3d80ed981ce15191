package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/openai"
)

// TestMistakesNameTheSetting runs `serve` and `brief` with one operator
// mistake each and checks the one line they end with: it names the
// setting (or flag) at fault and, where there is one, the fix: the URL
// tried, /v1, the flag, whether trying again helps.
func TestMistakesNameTheSetting(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	// A page server, a server that is no API at all (its 404 is Ollama's
	// for a base URL without /v1), and an address nothing listens on.
	pages := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>China rejects US report</title></head><body><article><p>%s</p></article></body></html>",
			strings.ReplaceAll(string(seed), "\n\n", "</p><p>"))
	}))
	defer pages.Close()
	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()
	closed := "http://" + freeAddr(t)

	lockDir := t.TempDir() // its database's lock file cannot be made
	if err := os.Mkdir(filepath.Join(lockDir, "briefbot.db.lock"), 0o700); err != nil {
		t.Fatal(err)
	}
	openai := func(base string) map[string]string {
		e := map[string]string{"BRIEFBOT_BACKEND": "openai", "BRIEFBOT_MODEL": "llama3.1:8b", "BRIEFBOT_LLM_MAX_RETRIES": "0"}
		if base != "" {
			e["OPENAI_BASE_URL"] = base
		}
		return e
	}
	matrixEnv := func(kv ...string) map[string]string {
		e := map[string]string{"MATRIX_ACCESS_TOKEN": "syt_test"}
		for i := 0; i+1 < len(kv); i += 2 {
			e[kv[i]] = kv[i+1]
		}
		return e
	}
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want []string // in the last line of stderr
		not  []string // not in it
	}{
		{"database URL missing its colon", map[string]string{"BRIEFBOT_DATABASE_URL": "postgres//u:secretpw@db/briefbot"}, []string{"serve"},
			[]string{"setting BRIEFBOT_DATABASE_URL", "postgres://"}, []string{"secretpw"}},
		{"database URL with a mistyped scheme", map[string]string{"BRIEFBOT_DATABASE_URL": "postgresql:/db/briefbot"}, []string{"serve"},
			[]string{"setting BRIEFBOT_DATABASE_URL", "postgres://"}, nil},
		{"database URL of another database", map[string]string{"BRIEFBOT_DATABASE_URL": "mysql://db/briefbot"}, []string{"serve"},
			[]string{"setting BRIEFBOT_DATABASE_URL", `"mysql"`}, nil},
		{"data directory that cannot be made", map[string]string{"BRIEFBOT_DATA_DIR": "/proc/nope"}, []string{"serve"},
			[]string{"setting BRIEFBOT_DATA_DIR", "/proc/nope"}, []string{"BRIEFBOT_DATABASE_URL"}},
		{"data directory whose database cannot be locked", map[string]string{"BRIEFBOT_DATA_DIR": lockDir}, []string{"serve"},
			[]string{"setting BRIEFBOT_DATA_DIR", lockDir}, []string{"BRIEFBOT_DATABASE_URL"}},
		{"homeserver not http", matrixEnv("MATRIX_HOMESERVER", "ftp://matrix.example.org"), []string{"serve"},
			[]string{"setting MATRIX_HOMESERVER", "ftp://matrix.example.org", "https://"}, nil},
		{"user id without its server", matrixEnv("MATRIX_HOMESERVER", closed, "MATRIX_USER_ID", "bot"), []string{"serve"},
			[]string{"setting MATRIX_USER_ID", `"bot"`, "@name:server"}, nil},
		{"homeserver that does not answer at first start", matrixEnv("MATRIX_HOMESERVER", closed), []string{"serve"},
			[]string{"setting MATRIX_HOMESERVER", closed + " did not answer", "connection refused"}, nil},
		{"homeserver URL that is no homeserver", matrixEnv("MATRIX_HOMESERVER", notFound.URL), []string{"serve"},
			[]string{"setting MATRIX_HOMESERVER", notFound.URL, "HTTP 404"}, nil},
		{"Slack API URL that does not answer", map[string]string{"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "SLACK_API_URL": closed + "/api/"}, []string{"serve"},
			[]string{"setting SLACK_API_URL", closed + "/api/", "connection refused"}, []string{"SLACK_BOT_TOKEN"}},
		{"model server without key or URL (serve)", openai(""), []string{"serve"},
			[]string{"setting OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1"}, []string{"APIKey"}},
		{"model server without key or URL (brief)", openai(""), []string{"brief", seedPath},
			[]string{"setting OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1"}, []string{"APIKey"}},
		{"model base URL without /v1", openai(notFound.URL), []string{"brief", seedPath},
			[]string{"setting OPENAI_BASE_URL", notFound.URL + " ", "404", notFound.URL + "/v1", "will not help"}, []string{"was not found"}},
		{"model server not running", openai(closed + "/v1"), []string{"brief", seedPath},
			[]string{"setting OPENAI_BASE_URL", closed + "/v1", "connection refused", "Trying again helps only once"}, nil},
		{"link to a private address", nil, []string{"brief", pages.URL + "/story"},
			[]string{"private", "--allow-private-hosts", "BRIEFBOT_ALLOW_PRIVATE_HOSTS"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"BRIEFBOT_HTTP_ADDR": "127.0.0.1:0", "BRIEFBOT_DATA_DIR": t.TempDir()}
			for k, v := range tt.env {
				env[k] = v
			}
			// A serve that starts instead of stopping is stopped, and fails.
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var outb, errb bytes.Buffer
			m := &Main{Stdin: strings.NewReader(""), Stdout: &outb, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
			code := m.Run(ctx, tt.args)
			out, stderr := outb.String(), errb.String()
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			last := lines[len(lines)-1]
			if code != exitError || !strings.HasPrefix(last, "briefbot: ") {
				t.Fatalf("exit %d (want %d), stdout %q, stderr:\n%s", code, exitError, out, stderr)
			}
			t.Log(last)
			for _, w := range tt.want {
				if !strings.Contains(last, w) {
					t.Errorf("last line lacks %q:\n%s", w, last)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(last, w) {
					t.Errorf("last line has %q:\n%s", w, last)
				}
			}
		})
	}
	if _, err := os.Stat("postgres"); err == nil {
		t.Error("serve made a ./postgres directory: the mistyped URL was taken for a SQLite path")
	}
}

// TestBriefUpperCaseLink checks that a link's scheme is case-insensitive:
// HTTP://… is briefed as a link.
func TestBriefUpperCaseLink(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>China rejects US report</title></head><body><article><p>%s</p></article></body></html>",
			strings.ReplaceAll(string(seed), "\n\n", "</p><p>"))
	}))
	defer srv.Close()
	link := "HTTP://" + strings.TrimPrefix(srv.URL, "http://") + "/story"
	code, out, stderr := run(t, nil, "", "brief", "--allow-private-hosts", link)
	if code != 0 || !strings.Contains(out, "Mandiant") {
		t.Errorf("brief %s: exit %d\n%s\n%s", link, code, out, stderr)
	}
}

// TestParseDatabaseURL checks what BRIEFBOT_DATABASE_URL accepts: a
// PostgreSQL URL, a sqlite: URL, a plain path (even one that starts with
// "postgres"); and what it refuses rather than take for a file's name.
func TestParseDatabaseURL(t *testing.T) {
	for _, tc := range []struct {
		in, kind, path string // kind "" for an error
	}{
		{"", "sqlite", ""},
		{"postgres://u:p@db:5432/briefbot", "postgres", "postgres://u:p@db:5432/briefbot"},
		{"POSTGRESQL://db/briefbot", "postgres", "POSTGRESQL://db/briefbot"},
		{"sqlite:data/bot.db", "sqlite", "data/bot.db"},
		{"sqlite:///var/lib/briefbot/bot.db", "sqlite", "/var/lib/briefbot/bot.db"},
		{"sqlite::memory:", "sqlite", ":memory:"},
		{":memory:", "sqlite", ":memory:"},
		{"./data/briefbot.db", "sqlite", "./data/briefbot.db"},
		{"/var/lib/briefbot/bot.db", "sqlite", "/var/lib/briefbot/bot.db"},
		{`C:\briefbot\bot.db`, "sqlite", `C:\briefbot\bot.db`},
		{"postgres.db", "sqlite", "postgres.db"},
		{"postgres/bot.db", "sqlite", "postgres/bot.db"},
		{"postgres//nope", "", ""},
		{"postgres:/db/briefbot", "", ""},
		{"postgresql:db", "", ""},
		{"postgres", "", ""},
		{"mysql://db/briefbot", "", ""},
		{"file:bot.db", "", ""},
		{"sqlite:", "", ""},
		{"host=db user=briefbot dbname=briefbot", "", ""},
	} {
		kind, path, err := parseDatabaseURL(tc.in)
		if kind != tc.kind || path != tc.path || (err != nil) != (tc.kind == "") {
			t.Errorf("parseDatabaseURL(%q) = %q, %q, %v; want %q, %q", tc.in, kind, path, err, tc.kind, tc.path)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "setting BRIEFBOT_DATABASE_URL: ") {
			t.Errorf("parseDatabaseURL(%q) = %v: does not name the setting", tc.in, err)
		}
	}
}

// TestOpenAISettingNames checks that each openai.Config field the
// settings map names exists and is named after a setting the program
// reads, so that a refused configuration names a real setting.
func TestOpenAISettingNames(t *testing.T) {
	fields := reflect.TypeFor[openai.Config]()
	known := map[string]bool{}
	for _, s := range settings {
		known[s.name] = true
	}
	for field, name := range openaiSettings {
		if _, ok := fields.FieldByName(field); !ok {
			t.Errorf("openai.Config has no field %s", field)
		}
		if !known[name] {
			t.Errorf("%s is mapped to %s, which is not a setting", field, name)
		}
		if !openaiFieldRE.MatchString(field) {
			t.Errorf("openaiFieldRE does not find %s", field)
		}
	}
}

// TestModelCallLine checks the operator's line for each kind of failed
// model call: the setting to look at, the server's URL, and whether
// trying again can help.
func TestModelCallLine(t *testing.T) {
	cfg := &Config{LLMTimeout: 90 * time.Second, OpenAIAPIType: "openai"}
	const base = "http://127.0.0.1:11434"
	for _, tc := range []struct {
		ce   openai.CallError
		want []string
	}{
		{openai.CallError{Kind: "endpoint_not_found", BaseURL: base, Status: 404},
			[]string{"setting OPENAI_BASE_URL", base, "try " + base + "/v1", "will not help"}},
		{openai.CallError{Kind: "endpoint_not_found", BaseURL: base + "/v1", Status: 404},
			[]string{"setting OPENAI_BASE_URL", base + "/v1", "check it", "will not help"}},
		{openai.CallError{Kind: "not_found", BaseURL: base + "/v1", Model: "llama3.1:8b", Status: 404},
			[]string{"setting BRIEFBOT_MODEL", base + "/v1", `"llama3.1:8b"`, "will not help"}},
		{openai.CallError{Kind: "auth", BaseURL: base + "/v1", Status: 401},
			[]string{"setting OPENAI_API_KEY", base + "/v1", "will not help"}},
		{openai.CallError{Kind: "timeout", BaseURL: base + "/v1", Retry: true},
			[]string{"BRIEFBOT_LLM_TIMEOUT", "1m30s", base + "/v1", "may help"}},
		{openai.CallError{Kind: "server", BaseURL: base + "/v1", Status: 503, Retry: true},
			[]string{base + "/v1", "HTTP 503", "may help"}},
		{openai.CallError{Kind: "bad_request", BaseURL: base + "/v1", Status: 400},
			[]string{"The language model rejected the request", base + "/v1, HTTP 400", "will not help"}},
	} {
		line := modelCallLine(cfg, &tc.ce, "The language model rejected the request; the operator's log has the detail.")
		for _, w := range tc.want {
			if !strings.Contains(line, w) {
				t.Errorf("%s: %q lacks %q", tc.ce.Kind, line, w)
			}
		}
	}
}
