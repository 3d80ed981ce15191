package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestHTTPServerLimits runs the server of `briefbot serve` on a loopback
// port and checks that it drops slow and idle connections and refuses
// oversized headers; the times are measured with the production limits,
// except the idle timeout (a minute), which is shortened.
func TestHTTPServerLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the server's timeouts (~10 s)")
	}
	const dropBound = 15 * time.Second // issue 10: a slow request is dropped within 15 s
	short := defaultServerLimits
	short.idle = 500 * time.Millisecond
	for _, tc := range []struct {
		name   string
		limits serverLimits
		head   string        // sent at once
		drip   string        // then a byte a second
		reuse  bool          // read the response, then leave the connection idle
		status string        // the response's status line; "" is not checked
		bound  time.Duration // the connection must be closed within
	}{
		{name: "headers dripped", limits: defaultServerLimits, head: "GET /healthz HTTP/1.1\r\nHost: x\r\n", drip: "X-Slow: dripping along\r\n", bound: dropBound},
		{name: "body dripped to a handler that ignores it", limits: defaultServerLimits,
			head: "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", drip: strings.Repeat("x", 100),
			status: "HTTP/1.1 405 Method Not Allowed", bound: dropBound},
		{name: "idle", limits: short, head: "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", reuse: true,
			status: "HTTP/1.1 200 OK", bound: 10 * time.Second},
		{name: "headers too large", limits: defaultServerLimits,
			head:   "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("x", 64<<10) + "\r\n\r\n",
			status: "HTTP/1.1 431 Request Header Fields Too Large", bound: dropBound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr := serveLimited(t, tc.limits)
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			start := time.Now()
			if _, err := c.Write([]byte(tc.head)); err != nil {
				t.Fatal(err)
			}
			gone := make(chan string, 1)
			go func() {
				br := bufio.NewReader(c)
				line, _ := br.ReadString('\n')
				for {
					if _, err := br.ReadByte(); err != nil {
						gone <- strings.TrimSpace(line)
						return
					}
				}
			}()
			drip := time.NewTicker(time.Second)
			defer drip.Stop()
			wait := time.After(tc.bound + 5*time.Second)
			for i := 0; ; i++ {
				select {
				case status := <-gone:
					took := time.Since(start)
					t.Logf("closed after %v (%q)", took.Round(time.Millisecond), status)
					if tc.status != "" && status != tc.status {
						t.Errorf("status %q, want %q", status, tc.status)
					}
					if took > tc.bound {
						t.Errorf("closed after %v, want within %v", took, tc.bound)
					}
					return
				case <-drip.C:
					if tc.drip != "" {
						_, _ = c.Write([]byte{tc.drip[i%len(tc.drip)]})
					}
				case <-wait:
					t.Fatalf("still open after %v, want closed within %v", tc.bound+5*time.Second, tc.bound)
				}
			}
		})
	}
}

// serveLimited serves a health endpoint with newHTTPServer and limits l
// on a loopback port, and returns its address.
func serveLimited(t *testing.T, l serverLimits) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(mux, l)
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}
