package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// newTestServer serves mux on loopback for the test's lifetime.
func newTestServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// testFetcher returns a fetcher that may reach the loopback test server.
func testFetcher(t *testing.T, opts Options) *Fetcher {
	t.Helper()
	opts.AllowPrivateHosts = true
	if opts.Limits == (bot.Limits{}) {
		opts.Limits = testLimits
	}
	if opts.Timeout == 0 {
		opts.Timeout = 2 * time.Second
	}
	f := New(opts)
	t.Cleanup(f.CloseIdleConnections)
	return f
}

// serve returns a handler answering with a fixed content type and body.
func serve(ctype string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		} else {
			w.Header()["Content-Type"] = nil // suppress sniffing by net/http
		}
		w.Write(body)
	}
}

// latin1 encodes a string of Latin-1 characters byte per rune.
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			panic("not Latin-1: " + string(r))
		}
		b = append(b, byte(r))
	}
	return b
}

func TestFetchContent(t *testing.T) {
	htmlPage := []byte(page("Rivers run low", articleWords, articleWords+" Second paragraph."))
	plain := []byte("Rivers run low\n\n" + articleWords + "\n\n" + articleWords)
	frenchText := "Le café de la gare a rouvert ses portes après des travaux qui ont duré près de deux ans, " +
		"a annoncé la mairie, qui espère que l'été verra revenir les voyageurs et les habitants du quartier."

	tests := []struct {
		name     string
		handler  http.HandlerFunc
		wantText []string // substrings of Article.Text
		wantCode string   // error code, "" for success
		wantMsg  string   // substring of the error message
	}{
		{name: "html", handler: serve("text/html; charset=utf-8", htmlPage), wantText: []string{"water levels had fallen", "Second paragraph."}},
		{name: "xhtml", handler: serve("application/xhtml+xml", htmlPage), wantText: []string{"water levels had fallen"}},
		{name: "plain text", handler: serve("text/plain; charset=utf-8", plain), wantText: []string{"Rivers run low\n\nThe river authority"}},
		{name: "upper-case content type", handler: serve("TEXT/HTML; Charset=UTF-8", htmlPage), wantText: []string{"water levels"}},
		{name: "no content type, sniffed html", handler: serve("", htmlPage), wantText: []string{"water levels"}},
		{name: "octet-stream, sniffed text", handler: serve("application/octet-stream", plain), wantText: []string{"water levels"}},
		{name: "no content type, sniffed pdf", handler: serve("", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")),
			wantCode: bot.EUnsupported, wantMsg: "That link is a PDF (application/pdf), which Briefbot cannot read: paste the article's text instead."},
		{name: "pdf", handler: serve("application/pdf", []byte("%PDF-1.7")),
			wantCode: bot.EUnsupported, wantMsg: "That link is a PDF (application/pdf), which Briefbot cannot read: paste the article's text instead."},
		{name: "png", handler: serve("image/png", []byte("\x89PNG\r\n\x1a\n")),
			wantCode: bot.EUnsupported, wantMsg: "That link is an image (image/png), which Briefbot cannot read"},
		{name: "json", handler: serve("application/json", []byte(`{"a":1}`)),
			wantCode: bot.EUnsupported, wantMsg: "That link is JSON data (application/json)"},
		{name: "rss", handler: serve("application/rss+xml", []byte(`<rss/>`)),
			wantCode: bot.EUnsupported, wantMsg: "a news feed"},
		{name: "zip", handler: serve("application/zip", []byte("PK\x03\x04")),
			wantCode: bot.EUnsupported, wantMsg: "an archive"},
		{name: "sniffed binary", handler: serve("application/octet-stream", []byte("\x00\x01\x02\x03binary")),
			wantCode: bot.EUnsupported, wantMsg: "a binary file"},
		{name: "404", handler: func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
			wantCode: bot.EFetch, wantMsg: "The page answered 404 Not Found."},
		{name: "500", handler: func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) },
			wantCode: bot.EFetch, wantMsg: "The page answered 500 Internal Server Error."},
		{name: "403", handler: func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) },
			wantCode: bot.EFetch, wantMsg: "The page answered 403 Forbidden. It may need a login"},
		{name: "unknown status", handler: func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(599) },
			wantCode: bot.EFetch, wantMsg: "The page answered 599."},
		{name: "empty body", handler: serve("text/html", nil),
			wantCode: bot.EInvalid},
		{name: "too short (paywall)", handler: serve("text/html", []byte(page("Subscribe", "Subscribe to keep reading."))),
			wantCode: bot.EInvalid, wantMsg: "too short to be an article"},
		{name: "windows-1252 header", handler: serve("text/html; charset=windows-1252", latin1(page("Café", frenchText))),
			wantText: []string{"Le café de la gare", "après", "l'été"}},
		{name: "iso-8859-1 meta charset", handler: serve("text/html",
			latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Café</title></head><body><p>`+frenchText+`</p></body></html>`)),
			wantText: []string{"Le café de la gare", "après"}},
		{name: "html5 meta charset", handler: serve("text/html",
			append(latin1(`<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>`+frenchText+` Prix : 3`), "\x80 seulement.</p></body></html>"...)),
			wantText: []string{"Le café de la gare", "Prix : 3€ seulement."}},
		{name: "plain latin-1", handler: serve("text/plain; charset=iso-8859-1", latin1(frenchText)),
			wantText: []string{"Le café de la gare", "après"}},
		{name: "utf-8 undeclared, non-ASCII after 1024 bytes", handler: serve("text/html",
			[]byte("<html><head><title>x</title></head><body><!--"+strings.Repeat(" ", 2000)+"--><p>"+frenchText+"</p></body></html>")),
			wantText: []string{"Le café de la gare"}},
		{name: "utf-8 mislabelled as latin-1", handler: serve("text/html; charset=iso-8859-1", []byte(page("Café", frenchText))),
			wantText: []string{"Le café de la gare"}},
		{name: "utf-8 with BOM", handler: serve("text/plain", []byte("\xef\xbb\xbf"+frenchText)),
			wantText: []string{"Le café"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newTestServer(t, tt.handler)
			a, err := testFetcher(t, Options{}).Fetch(t.Context(), srv.URL+"/article")
			if tt.wantCode != "" {
				wantError(t, err, tt.wantCode, tt.wantMsg)
				return
			}
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(a.Text, w) {
					t.Errorf("Text = %q, want it to contain %q", a.Text, w)
				}
			}
			if strings.ContainsRune(a.Text, '\uFFFD') {
				t.Errorf("Text has replacement characters: %q", a.Text)
			}
			if a.URL != srv.URL+"/article" {
				t.Errorf("URL = %q, want %q", a.URL, srv.URL+"/article")
			}
			if a.Site == "" {
				t.Error("Site is empty, want the host as a fallback")
			}
		})
	}
}

func TestFetchHeaders(t *testing.T) {
	var ua, accept, lang atomic.Value
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		accept.Store(r.Header.Get("Accept"))
		lang.Store(r.Header.Get("Accept-Language"))
		serve("text/html", []byte(page("t", articleWords)))(w, r)
	}))
	if _, err := testFetcher(t, Options{}).Fetch(t.Context(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got := ua.Load().(string); got != DefaultUserAgent || !strings.Contains(got, "Chrome/") {
		t.Errorf("User-Agent = %q, want %q", got, DefaultUserAgent)
	}
	if got := accept.Load().(string); !strings.HasPrefix(got, "text/html,application/xhtml+xml") {
		t.Errorf("Accept = %q", got)
	}
	if got := lang.Load().(string); got == "" {
		t.Error("Accept-Language not sent")
	}

	if _, err := testFetcher(t, Options{UserAgent: "TestBot/1"}).Fetch(t.Context(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got := ua.Load().(string); got != "TestBot/1" {
		t.Errorf("User-Agent = %q, want TestBot/1", got)
	}
}

func TestFetchSchemes(t *testing.T) {
	f := New(Options{})
	tests := []struct {
		url, code, msg string
	}{
		{"ftp://example.com/article.txt", bot.EUnsupported, "Briefbot only opens http and https links, not ftp: links"},
		{"file:///etc/passwd", bot.EUnsupported, "not file: links"},
		{"javascript:alert(1)", bot.EUnsupported, "not javascript: links"},
		{"JavaScript:alert(1)", bot.EUnsupported, "not javascript: links"},
		{"data:text/html,<p>hi</p>", bot.EUnsupported, "not data: links"},
		{"mailto:editor@example.com", bot.EUnsupported, "not mailto: links"},
		{"gopher://example.com/", bot.EUnsupported, "not gopher: links"},
		{"ftp://exa mple.com/%zz", bot.EUnsupported, "not ftp: links"},
		{"", bot.EInvalid, "not a full web address"},
		{"example.com/news", bot.EInvalid, "should start with https://"},
		{"http://", bot.EInvalid, "has no site name"},
		{"https:///path", bot.EInvalid, "has no site name"},
		{"http://exa mple.com/", bot.EInvalid, "not a valid web address"},
		{"http://example.com:99999/", bot.EInvalid, "port"},
		{"http://example.com:0/", bot.EInvalid, "port"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := f.Fetch(t.Context(), tt.url)
			wantError(t, err, tt.code, tt.msg)
		})
	}
}

// TestFetchRefusesPrivate checks that, without AllowPrivateHosts, no
// request reaches a loopback or private address, whatever its spelling.
func TestFetchRefusesPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serve("text/html", []byte(page("t", articleWords)))(w, r)
	}))
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	f := New(Options{Limits: testLimits, Timeout: 2 * time.Second})
	urls := []string{
		srv.URL, // http://127.0.0.1:port
		fmt.Sprintf("http://127.0.0.1:%d/", port),
		fmt.Sprintf("http://127.1.2.3:%d/", port),
		fmt.Sprintf("http://[::1]:%d/", port),
		fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port),
		fmt.Sprintf("http://localhost:%d/", port),
		fmt.Sprintf("http://LOCALHOST.:%d/", port),
		fmt.Sprintf("http://news.localhost:%d/", port),
		"http://0.0.0.0/",
		"http://10.0.0.1/",
		"http://192.168.1.1/admin",
		"http://169.254.169.254/latest/meta-data/",
		"http://[fe80::1%25eth0]/",
		"http://[fd00::1]/",
		"http://100.64.0.1/",
	}
	for _, u := range urls {
		t.Run(u, func(t *testing.T) {
			_, err := f.Fetch(t.Context(), u)
			be := wantError(t, err, bot.EForbidden, "private or local network addresses")
			if be != nil && be.Err == nil {
				t.Error("refusal has no operator detail")
			}
			if !errors.Is(err, ErrNonPublicAddress) {
				t.Errorf("refusal %v is not ErrNonPublicAddress: a command cannot say how to allow it", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server got %d requests, want 0", n)
	}
}

// TestFetchRefusesAtConnect checks the connection-time check: a public-
// looking name whose DNS answer is a loopback address is refused by the
// dialer, not by a look at the URL.
func TestFetchRefusesAtConnect(t *testing.T) {
	var hits atomic.Int32
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serve("text/html", []byte(page("t", articleWords)))(w, r)
	}))
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	dns := startFakeDNS(t, netip.MustParseAddr("127.0.0.1"), netip.Addr{})
	url := fmt.Sprintf("http://news.briefbot-rebind.test:%d/story", port)

	f := New(Options{Limits: testLimits, Timeout: 2 * time.Second, Resolver: dns.resolver()})
	_, err := f.Fetch(t.Context(), url)
	wantError(t, err, bot.EForbidden, "private or local network addresses")
	fe, ok := asForbidden(err)
	if !ok {
		t.Fatalf("error %v was not raised by the dialer's address check", err)
	}
	if !errors.Is(err, ErrNonPublicAddress) {
		t.Errorf("refusal at connection time %v is not ErrNonPublicAddress", err)
	}
	if fe.kind != "loopback" || !strings.HasPrefix(fe.addr, "127.0.0.1:") {
		t.Errorf("refused %s address %s, want loopback 127.0.0.1", fe.kind, fe.addr)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server got %d requests, want 0", n)
	}

	// The same fetch with private hosts allowed reaches the server, which
	// shows that the test resolver was used.
	f = New(Options{AllowPrivateHosts: true, Limits: testLimits, Timeout: 2 * time.Second, Resolver: dns.resolver()})
	a, err := f.Fetch(t.Context(), url)
	if err != nil {
		t.Fatalf("with AllowPrivateHosts: %v", err)
	}
	if a.Site != "news.briefbot-rebind.test" {
		t.Errorf("Site = %q, want the host", a.Site)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("server got %d requests, want 1", n)
	}
}

func TestFetchRedirects(t *testing.T) {
	body := []byte(page("Arrived", articleWords))
	var hits atomic.Int32
	var base string // the server's URL, set below
	mux := http.NewServeMux()
	mux.HandleFunc("/final", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serve("text/html", body)(w, r)
	})
	// /chain/N redirects N more times, then to /final.
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 1 {
			http.Redirect(w, r, "/final#frag", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/self", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/self", http.StatusTemporaryRedirect)
	})
	// /cookie sets a cookie and redirects to itself once, as consent walls do.
	mux.HandleFunc("/cookie", func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("seen"); err != nil {
			http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1", Path: "/"})
			http.Redirect(w, r, "/cookie", http.StatusFound)
			return
		}
		serve("text/html", body)(w, r)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/file", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-private-ip", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.1.2.3:8080/admin", http.StatusFound)
	})
	mux.HandleFunc("/to-localhost", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, strings.Replace(base, "127.0.0.1", "localhost", 1)+"/final", http.StatusFound)
	})
	// /to-rebind redirects to a name the test resolver maps to a private
	// address: only the dialer's check can catch it.
	mux.HandleFunc("/to-rebind", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://intranet.briefbot-rebind.test/final", http.StatusFound)
	})
	srv := newTestServer(t, mux)
	base = srv.URL
	serverAddr := netip.MustParseAddrPort(srv.Listener.Addr().String())
	dns := startFakeDNS(t, netip.MustParseAddr("192.168.7.7"), netip.Addr{})

	tests := []struct {
		path     string
		private  bool // AllowPrivateHosts; else only the test server is allowed
		wantCode string
		wantMsg  string
		wantURL  string
	}{
		{path: "/chain/1", private: true, wantURL: "/final"},
		{path: "/chain/5", private: true, wantURL: "/final"},
		{path: "/chain/6", private: true, wantCode: bot.EFetch, wantMsg: "The page could not be loaded: it redirects too many times (more than 5)."},
		{path: "/loop/a", private: true, wantCode: bot.EFetch, wantMsg: "The page could not be loaded: it redirects in a loop."},
		{path: "/self", private: true, wantCode: bot.EFetch, wantMsg: "redirects in a loop"},
		{path: "/cookie", private: true, wantURL: "/cookie"},
		{path: "/to-ftp", private: true, wantCode: bot.EUnsupported, wantMsg: "not ftp: links"},
		{path: "/chain/2", wantURL: "/final"},
		{path: "/to-metadata", wantCode: bot.EForbidden, wantMsg: "private or local network addresses"},
		{path: "/to-private-ip", wantCode: bot.EForbidden, wantMsg: "private or local network addresses"},
		{path: "/to-localhost", wantCode: bot.EForbidden, wantMsg: "private or local network addresses"},
		{path: "/to-rebind", wantCode: bot.EForbidden, wantMsg: "private or local network addresses"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			hits.Store(0)
			f := New(Options{AllowPrivateHosts: tt.private, Limits: testLimits, Timeout: 2 * time.Second, Resolver: dns.resolver()})
			t.Cleanup(f.CloseIdleConnections)
			if !tt.private {
				f.allowAddr = func(ap netip.AddrPort) bool { return ap == serverAddr }
			}
			a, err := f.Fetch(t.Context(), srv.URL+tt.path)
			if tt.wantCode != "" {
				wantError(t, err, tt.wantCode, tt.wantMsg)
				if n := hits.Load(); n != 0 {
					t.Errorf("final page got %d requests, want 0", n)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if a.URL != srv.URL+tt.wantURL {
				t.Errorf("URL = %q, want the final URL %q", a.URL, srv.URL+tt.wantURL)
			}
			if !strings.Contains(a.Text, "water levels") {
				t.Errorf("Text = %q", a.Text)
			}
		})
	}

	t.Run("rebind refused by the dialer", func(t *testing.T) {
		f := New(Options{Limits: testLimits, Timeout: 2 * time.Second, Resolver: dns.resolver()})
		f.allowAddr = func(ap netip.AddrPort) bool { return ap == serverAddr }
		_, err := f.Fetch(t.Context(), srv.URL+"/to-rebind")
		fe, ok := asForbidden(err)
		if !ok || !strings.HasPrefix(fe.addr, "192.168.7.7:") {
			t.Errorf("error %v: want a dialer refusal of 192.168.7.7", err)
		}
	})

	t.Run("MaxRedirects option", func(t *testing.T) {
		f := testFetcher(t, Options{MaxRedirects: 2})
		if _, err := f.Fetch(t.Context(), srv.URL+"/chain/2"); err != nil {
			t.Errorf("2 redirects with MaxRedirects 2: %v", err)
		}
		_, err := f.Fetch(t.Context(), srv.URL+"/chain/3")
		wantError(t, err, bot.EFetch, "more than 2")

		f = testFetcher(t, Options{MaxRedirects: -1})
		_, err = f.Fetch(t.Context(), srv.URL+"/chain/1")
		wantError(t, err, bot.EFetch, "redirects too many times")
	})
}

func TestFetchBodySize(t *testing.T) {
	const max = 64 << 10
	filler := strings.Repeat(articleWords+" ", max/len(articleWords)+10)
	exact := []byte(page("Big", articleWords))
	exact = append(exact, bytes.Repeat([]byte(" "), max-len(exact))...)

	tests := []struct {
		name     string
		handler  http.HandlerFunc
		wantCode string
	}{
		{"exactly the limit", serve("text/html", exact), ""},
		{"declared too large", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", strconv.Itoa(max*2))
			w.Write([]byte(filler[:max])) // the fetcher should not even read it
		}, bot.ETooLarge},
		{"chunked too large", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>"))
			for i := 0; i < 4; i++ {
				w.Write([]byte(filler[:max/2]))
				w.(http.Flusher).Flush()
			}
		}, bot.ETooLarge},
		{"one byte over", serve("text/html", append(exact, ' ')), bot.ETooLarge},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Error("transport did not ask for gzip")
			}
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte("<p>"))
			zw.Write(bytes.Repeat([]byte("a "), max*4)) // compresses to ~1 KB
			zw.Close()
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(buf.Bytes())
		}, bot.ETooLarge},
		{"text too long for limits", serve("text/plain", []byte(filler[:max-100])), bot.ETooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newTestServer(t, tt.handler)
			f := testFetcher(t, Options{MaxBodyBytes: max, Limits: bot.Limits{MinWords: 5, MaxWords: 2000}})
			_, err := f.Fetch(t.Context(), srv.URL)
			if tt.wantCode == "" {
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				return
			}
			be := wantError(t, err, tt.wantCode, "too")
			if tt.wantCode == bot.ETooLarge && tt.name != "text too long for limits" && be.Message != "That page is too large to read (over 64 KB): paste the article's text instead." {
				t.Errorf("message = %q", be.Message)
			}
		})
	}
}

func TestFetchTimeouts(t *testing.T) {
	trickle := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>"))
		for i := 0; i < 200; i++ {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			w.Write([]byte(articleWords[:5]))
			w.(http.Flusher).Flush()
		}
	}
	slowHeaders := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	}
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"trickling body", trickle},
		{"slow headers", slowHeaders},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newTestServer(t, tt.handler)
			// Without the 300 ms timeout the server would answer in full
			// (the trickle ends after 4 s, the headers come after 3 s),
			// and the error below would not be the timeout's.
			f := testFetcher(t, Options{Timeout: 300 * time.Millisecond})
			_, err := f.Fetch(t.Context(), srv.URL)
			wantError(t, err, bot.EFetch, "The page took too long to load.")
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Logf("note: error chain lacks context.DeadlineExceeded: %v", err)
			}
		})
	}

	t.Run("caller cancels", func(t *testing.T) {
		srv := newTestServer(t, http.HandlerFunc(slowHeaders))
		f := testFetcher(t, Options{})
		ctx, cancel := context.WithCancel(t.Context())
		time.AfterFunc(100*time.Millisecond, cancel)
		_, err := f.Fetch(ctx, srv.URL)
		wantError(t, err, bot.EFetch, "cancelled")
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v does not wrap context.Canceled", err)
		}
	})
}

func TestFetchNetworkErrors(t *testing.T) {
	// A port with nothing listening: take one and close it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = testFetcher(t, Options{}).Fetch(t.Context(), "http://"+addr+"/")
	wantError(t, err, bot.EFetch, "could not be reached")

	// A name the resolver does not know.
	dns := startFakeDNS(t, netip.Addr{}, netip.Addr{})
	f := testFetcher(t, Options{Resolver: dns.resolver()})
	_, err = f.Fetch(t.Context(), "http://no-such-site.briefbot.test/")
	wantError(t, err, bot.EFetch, "its site name does not exist")

	// A TLS server with a certificate the fetcher does not trust.
	srv := httptest.NewUnstartedServer(serve("text/html", []byte(page("t", articleWords))))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.StartTLS()
	t.Cleanup(srv.Close)
	_, err = testFetcher(t, Options{}).Fetch(t.Context(), srv.URL)
	wantError(t, err, bot.EFetch, "security certificate")
}

func TestFetchURLForms(t *testing.T) {
	srv := newTestServer(t, serve("text/html", []byte(page("t", articleWords))))
	f := testFetcher(t, Options{})
	for _, u := range []string{"  " + srv.URL + "/a  ", "<" + srv.URL + "/a>", srv.URL + "/a#section-2"} {
		a, err := f.Fetch(t.Context(), u)
		if err != nil {
			t.Errorf("Fetch(%q): %v", u, err)
			continue
		}
		if a.URL != srv.URL+"/a" {
			t.Errorf("Fetch(%q).URL = %q, want %q", u, a.URL, srv.URL+"/a")
		}
	}
}

func TestNewDefaults(t *testing.T) {
	f := New(Options{})
	o := f.opts
	if o.ConnectTimeout != 5*time.Second || o.Timeout != 20*time.Second || o.MaxBodyBytes != 5<<20 ||
		o.MaxRedirects != 5 || o.UserAgent != DefaultUserAgent || o.AllowPrivateHosts ||
		o.Limits != bot.DefaultLimits {
		t.Errorf("defaults = %+v", o)
	}
	if f.transport.Proxy != nil {
		t.Error("transport uses a proxy; the address check would judge the proxy")
	}
}
