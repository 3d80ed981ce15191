package matrix

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// closedURL returns an http URL nothing listens on.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + l.Addr().String()
	l.Close()
	return url
}

// TestCheckFirstContact checks the start of a bot that never logged in to
// its homeserver: the settings are checked, and the homeserver must answer
// /versions now; when it does not, the error names MATRIX_HOMESERVER and
// the URL, says what happened, and is one retrying cannot fix.
func TestCheckFirstContact(t *testing.T) {
	versions := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/_matrix/client/versions" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte(`{"versions":["r0.6.1","v1.11"]}`))
	}))
	defer versions.Close()
	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()
	webPage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("<html>Welcome</html>"))
	}))
	defer webPage.Close()
	release := make(chan struct{})
	silent := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		select { // accepts the request, never answers
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer silent.Close()
	defer close(release)
	closed := closedURL(t)

	for _, tc := range []struct {
		name    string
		cfg     Config
		timeout time.Duration // ctx's; 0 for none
		want    []string      // "" for no error
	}{
		{"homeserver answers", Config{Homeserver: versions.URL + "/", AccessToken: "t"}, 0, nil},
		{"nothing listens", Config{Homeserver: closed, AccessToken: "t"}, 0,
			[]string{"setting MATRIX_HOMESERVER: " + closed + " did not answer (connection refused)"}},
		{"no answer", Config{Homeserver: silent.URL, AccessToken: "t"}, 300 * time.Millisecond,
			[]string{"setting MATRIX_HOMESERVER: " + silent.URL + " did not answer (no answer within "}},
		{"not a homeserver", Config{Homeserver: notFound.URL, AccessToken: "t"}, 0,
			[]string{"setting MATRIX_HOMESERVER: " + notFound.URL + " is not a Matrix homeserver", "HTTP 404"}},
		{"a web page", Config{Homeserver: webPage.URL, AccessToken: "t"}, 0,
			[]string{"setting MATRIX_HOMESERVER: " + webPage.URL + " is not a Matrix homeserver", "not a list of Matrix versions"}},
		{"not http", Config{Homeserver: "ftp://matrix.example.org", AccessToken: "t"}, 0,
			[]string{"setting MATRIX_HOMESERVER:", `"ftp://matrix.example.org"`}},
		{"no scheme", Config{Homeserver: "matrix.example.org", AccessToken: "t"}, 0,
			[]string{"setting MATRIX_HOMESERVER:", "https://"}},
		{"user id without server", Config{Homeserver: versions.URL, UserID: "bot", Password: "p"}, 0,
			[]string{"setting MATRIX_USER_ID:", `"bot"`, "@name:server"}},
		{"no credentials", Config{Homeserver: versions.URL}, 0,
			[]string{"setting MATRIX_ACCESS_TOKEN or MATRIX_PASSWORD:"}},
		{"password without user id", Config{Homeserver: versions.URL, Password: "p"}, 0,
			[]string{"setting MATRIX_USER_ID:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			if tc.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tc.timeout)
				defer cancel()
			}
			err := Check(ctx, tc.cfg, bot.NewMemStore())
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check = nil, want an error with %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Check = %v, want it to say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "\n") || !Permanent(err) {
				t.Errorf("Check = %v: not one line, or not permanent", err)
			}
		})
	}
}

// TestCheckWaitsForAKnownHomeserver checks that a homeserver this bot
// logged in to before is not probed: when it is down, the start goes on
// and waits for it. A homeserver noted for another URL, or none noted, is
// probed; state kept before the note existed (a sync token, a device id)
// counts as logged in.
func TestCheckWaitsForAKnownHomeserver(t *testing.T) {
	ctx := t.Context()
	down := closedURL(t)
	cfg := Config{Homeserver: down, UserID: "@briefbot:example.org", Password: "p"}
	for _, tc := range []struct {
		name  string
		state func(st *bot.MemStore)
		probe bool
	}{
		{"never logged in", func(*bot.MemStore) {}, true},
		{"logged in before", func(st *bot.MemStore) {
			if err := MarkReached(ctx, st, down+"/"); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"logged in to another homeserver", func(st *bot.MemStore) {
			if err := MarkReached(ctx, st, "https://matrix.example.org"); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"a sync token from before the note", func(st *bot.MemStore) {
			_ = st.SetState(ctx, tokenKey("@briefbot:example.org"), []byte("s1_2"))
		}, false},
		{"a device id from before the note", func(st *bot.MemStore) {
			_ = st.SetState(ctx, deviceKey("@briefbot:example.org"), []byte("DEVICE"))
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := bot.NewMemStore()
			tc.state(st)
			err := Check(ctx, cfg, st)
			if probed := err != nil; probed != tc.probe {
				t.Errorf("Check = %v; want the homeserver probed: %v", err, tc.probe)
			}
		})
	}
}

// TestNewNotesTheHomeserver checks that a log-in is noted, so that the
// next start waits for this homeserver rather than fail.
func TestNewNotesTheHomeserver(t *testing.T) {
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/account/whoami") {
			_, _ = w.Write([]byte(`{"user_id":"@briefbot:localhost","device_id":"DEV"}`))
			return
		}
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"errcode":"M_NOT_FOUND","error":"no"}`))
	}))
	defer hs.Close()
	st := bot.NewMemStore()
	ctx := t.Context()
	if err := Check(ctx, Config{Homeserver: hs.URL, AccessToken: "t"}, st); err == nil {
		t.Fatal("Check passed a server without /versions that was never logged in to")
	}
	a, err := New(ctx, Config{Homeserver: hs.URL, AccessToken: "t", Logger: testLogger(t, slog.LevelInfo)}, st, nil, nopQueue{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := Check(ctx, Config{Homeserver: hs.URL, AccessToken: "t"}, st); err != nil {
		t.Errorf("Check after a log-in = %v, want the homeserver known", err)
	}
}

type nopQueue struct{}

func (nopQueue) Submit(context.Context, *bot.Message) error { return nil }

// TestMautrixRequestFailedIsDebug checks that mautrix's own line for a
// failed request is logged at debug level: the adapter logs each retry or
// failure of its calls itself, once.
func TestMautrixRequestFailedIsDebug(t *testing.T) {
	for _, tc := range []struct {
		line  map[string]any
		level slog.Level
	}{
		{map[string]any{"level": "error", "message": "Request failed", "error": "connection refused"}, slog.LevelDebug},
		{map[string]any{"level": "error", "message": "Failed to upload keys"}, slog.LevelError},
		{map[string]any{"level": "warn", "message": "Something odd"}, slog.LevelWarn},
	} {
		var got []slog.Level
		log := slog.New(levelRecorder{&got})
		p, _ := json.Marshal(tc.line)
		if _, err := (slogWriter{log: log}).Write(p); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != tc.level {
			t.Errorf("%v logged at %v, want %v", tc.line, got, tc.level)
		}
	}
}

// levelRecorder records the level of each record.
type levelRecorder struct{ got *[]slog.Level }

func (levelRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r levelRecorder) Handle(_ context.Context, rec slog.Record) error {
	*r.got = append(*r.got, rec.Level)
	return nil
}
func (r levelRecorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r levelRecorder) WithGroup(string) slog.Handler      { return r }
