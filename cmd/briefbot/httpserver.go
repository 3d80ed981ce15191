package main

import (
	"net/http"
	"time"
)

// serverLimits bound every connection to the HTTP server of `briefbot
// serve` (health, metrics and the Slack HTTP Events API), whatever its
// handler does. Handlers that read a body may set a shorter deadline of
// their own (the Slack handler allows 5 s).
type serverLimits struct {
	// readHeader is the time allowed for a request's headers.
	readHeader time.Duration
	// read is the time allowed for a whole request, headers and body.
	// net/http lifts it once the body is read, so it does not cut short
	// a handler that takes longer.
	read time.Duration
	// write is the time allowed from the end of the headers to the end
	// of the response (Slack waits 3 s for its answers; the others are
	// small).
	write time.Duration
	// idle is how long a kept-alive connection may wait for its next
	// request.
	idle time.Duration
	// maxHeader bounds a request's headers, in bytes (Slack's take about
	// 1 KB).
	maxHeader int
}

// defaultServerLimits are the limits of `briefbot serve`.
var defaultServerLimits = serverLimits{
	readHeader: 5 * time.Second,
	read:       10 * time.Second,
	write:      30 * time.Second,
	idle:       60 * time.Second,
	maxHeader:  32 << 10,
}

// newHTTPServer returns the HTTP server of `briefbot serve` for h.
func newHTTPServer(h http.Handler, l serverLimits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    l.maxHeader,
	}
}
