package web

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const testRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Ferry timetable changes</title><link>https://gazette.example/ferry</link></item>
</channel></rss>`

// conditionalFeed serves testRSS with an ETag and a Last-Modified date, and
// answers 304 to a request that carries either validator.
func conditionalFeed(hits *atomic.Int32, notModified *atomic.Int32) http.HandlerFunc {
	const etag = `"v1"`
	const modified = "Tue, 03 Mar 2026 10:00:00 GMT"
	return func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == modified {
			notModified.Add(1)
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if !strings.Contains(r.Header.Get("Accept"), "application/rss+xml") {
			http.Error(w, "bad Accept", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		fmt.Fprint(w, testRSS)
	}
}

func TestFetchFeedConditional(t *testing.T) {
	var hits, notMod atomic.Int32
	srv := newTestServer(t, conditionalFeed(&hits, &notMod))
	f := testFetcher(t, Options{})
	ctx := t.Context()

	body, etag, lm, nm, err := f.FetchFeed(ctx, srv.URL+"/rss", "", "")
	if err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if nm || string(body) != testRSS || etag != `"v1"` || lm != "Tue, 03 Mar 2026 10:00:00 GMT" {
		t.Fatalf("first fetch = %d bytes, %q, %q, notModified %v", len(body), etag, lm, nm)
	}

	tests := []struct {
		name, etag, lm string
		wantETag       string
		wantLM         string
	}{
		{"etag", `"v1"`, "", `"v1"`, ""},
		{"last-modified", "", lm, `"v1"`, lm}, // the 304 sends its ETag: it is returned
		{"both", `"v1"`, lm, `"v1"`, lm},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, etag, gotLM, nm, err := f.FetchFeed(ctx, srv.URL+"/rss", tt.etag, tt.lm)
			if err != nil {
				t.Fatal(err)
			}
			if !nm || body != nil {
				t.Fatalf("notModified = %v with %d bytes, want a 304", nm, len(body))
			}
			if etag != tt.wantETag || gotLM != tt.wantLM {
				t.Errorf("validators = %q, %q; want %q, %q", etag, gotLM, tt.wantETag, tt.wantLM)
			}
		})
	}
	if n := notMod.Load(); n != 3 {
		t.Errorf("server answered 304 %d times, want 3", n)
	}

	// A changed validator gets the full body again.
	body, _, _, nm, err = f.FetchFeed(ctx, srv.URL+"/rss", `"v0"`, "")
	if err != nil || nm || len(body) == 0 {
		t.Errorf("stale etag: %d bytes, notModified %v, %v", len(body), nm, err)
	}
}

func TestFetchFeedErrors(t *testing.T) {
	big := strings.Repeat("x", 2048)
	mux := http.NewServeMux()
	mux.HandleFunc("/500", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/404", func(w http.ResponseWriter, _ *http.Request) { http.NotFound(w, nil) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, big)
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		for range 4 {
			fmt.Fprint(w, big[:600])
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := newTestServer(t, mux)
	f := testFetcher(t, Options{MaxBodyBytes: 1024})

	tests := []struct {
		name, url, code, msg string
	}{
		{"server error", srv.URL + "/500", bot.EFetch, "The feed answered 500 Internal Server Error."},
		{"not found", srv.URL + "/404", bot.EFetch, "The feed answered 404 Not Found. Check the link."},
		{"too large", srv.URL + "/big", bot.ETooLarge, "That feed is too large to read (over 1 KB)."},
		{"too large chunked", srv.URL + "/big-chunked", bot.ETooLarge, "too large"},
		{"redirect loop", srv.URL + "/loop", bot.EFetch, "The feed could not be loaded: it redirects in a loop."},
		{"scheme", "ftp://example.com/rss", bot.EUnsupported, "not ftp: links."},
		{"no scheme", "example.com/rss", bot.EInvalid, "https://"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _, _, nm, err := f.FetchFeed(t.Context(), tt.url, "", "")
			be := wantError(t, err, tt.code, tt.msg)
			if be.Op != opFetchFeed {
				t.Errorf("Op = %q, want %q", be.Op, opFetchFeed)
			}
			if body != nil || nm {
				t.Errorf("got %d bytes, notModified %v with an error", len(body), nm)
			}
		})
	}
}

// TestFetchFeedRefusesPrivate checks that feed fetches obey the address
// policy, at the URL and at connection time, including after a redirect.
func TestFetchFeedRefusesPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, testRSS)
	}))
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	f := New(Options{Timeout: 2 * time.Second})
	for _, u := range []string{
		srv.URL + "/rss",
		fmt.Sprintf("http://localhost:%d/rss", port),
		"http://169.254.169.254/latest/meta-data/",
		"http://[fd00::1]/feed",
	} {
		_, _, _, _, err := f.FetchFeed(t.Context(), u, "", "")
		wantError(t, err, bot.EForbidden, "private or local network addresses")
	}

	// A public-looking name resolving to loopback is refused by the dialer.
	dns := startFakeDNS(t, netip.MustParseAddr("127.0.0.1"), netip.Addr{})
	f = New(Options{Timeout: 2 * time.Second, Resolver: dns.resolver()})
	_, _, _, _, err := f.FetchFeed(t.Context(), fmt.Sprintf("http://feeds.briefbot-rebind.test:%d/rss", port), "", "")
	wantError(t, err, bot.EForbidden, "private or local network addresses")
	if _, ok := asForbidden(err); !ok {
		t.Errorf("error %v was not raised by the dialer's address check", err)
	}

	// A redirect from an allowed server to a refused one is refused when
	// the redirect's connection is made.
	target := fmt.Sprintf("http://feeds.briefbot-rebind.test:%d/rss", port)
	redir := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target, http.StatusFound)
	}))
	redirPort := redir.Listener.Addr().(*net.TCPAddr).Port
	f = New(Options{Timeout: 2 * time.Second, Resolver: dns.resolver()})
	f.allowAddr = func(ap netip.AddrPort) bool { return int(ap.Port()) == redirPort }
	_, _, _, _, err = f.FetchFeed(t.Context(), redir.URL+"/start", "", "")
	wantError(t, err, bot.EForbidden, "private or local network addresses")
	if n := hits.Load(); n != 0 {
		t.Errorf("the refused server got %d requests, want 0", n)
	}
}
