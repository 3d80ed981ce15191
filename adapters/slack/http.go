package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// httpLimits bound what a request to the HTTP Events API may cost before
// its signature is known, whoever sends it.
type httpLimits struct {
	// maxBody is the largest body accepted, in bytes.
	maxBody int64
	// bodyTimeout is the time allowed to read the body, counted from the
	// end of the headers.
	bodyTimeout time.Duration
	// maxBuffered bounds the bytes of all the bodies being read at once.
	// A body takes its share as its bytes arrive, not as its
	// Content-Length announces them, so a connection that drips holds
	// next to nothing and cannot keep Slack out.
	maxBuffered int64
}

// defaultHTTPLimits are the limits of HTTPHandler.
//
// The largest delivery Slack makes is a 40,000-character message with
// its blocks: in an event's JSON, or url-encoded inside a message
// shortcut's payload, where a script of 3-byte characters (Chinese,
// Japanese) makes about 720 KB; real events weigh a few KB to tens of
// KB, so 1 MiB leaves room. Slack sends the body with the headers and
// waits 3 s for the answer: a body still arriving after 5 s is not
// Slack's. 16 MiB holds 16 bodies of the largest size, or hundreds of
// real events, at once.
var defaultHTTPLimits = httpLimits{maxBody: 1 << 20, bodyTimeout: 5 * time.Second, maxBuffered: 16 << 20}

// HTTPHandler serves the HTTP Events API (the alternative to Socket
// Mode): POST /slack/events (events and the url_verification challenge),
// POST /slack/commands (the /brief command) and POST /slack/interactive
// (the message shortcut). Every request must carry a valid signature made
// with SLACK_SIGNING_SECRET and a timestamp at most five minutes old. The
// response is sent after the request is submitted; a request that could
// not be submitted gets a 500, so that Slack sends it again.
//
// The handler protects itself whatever the server's timeouts: a request
// that its headers show cannot be Slack's (no signature, a malformed
// one, a timestamp more than five minutes away, a Content-Length over
// 1 MiB) is refused before a byte of its body is read; a body must
// arrive within 5 s, weigh at most 1 MiB, and all the bodies being read
// at once at most 16 MiB (beyond that a request gets a 503, and Slack
// sends it again). A refused request's connection is closed at once.
func (a *Adapter) HTTPHandler() http.Handler { return a.httpHandler(defaultHTTPLimits) }

func (a *Adapter) httpHandler(lim httpLimits) http.Handler {
	g := &gate{lim: lim, free: lim.maxBuffered, log: a.log}
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", a.signed(g, a.serveEvents))
	mux.Handle("POST /slack/commands", a.signed(g, a.serveCommands))
	mux.Handle("POST /slack/interactive", a.signed(g, a.serveInteractive))
	return mux
}

// signed wraps a handler of Slack's requests: it refuses at once a
// request whose headers cannot be Slack's, reads the body within the
// limits, checks the signature, and only then calls next with the body.
func (a *Adapter) signed(g *gate, next func(http.ResponseWriter, *http.Request, []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		// The body's deadline, whatever the server's timeouts. net/http
		// lifts it once the body is read to its end, so it does not cut
		// short a request that takes longer to handle.
		g.setReadDeadline(rc, time.Now().Add(g.lim.bodyTimeout))
		if a.cfg.SigningSecret == "" {
			a.log.Error("slack HTTP request refused: no signing secret", "setting", EnvSigningSecret)
			g.refuse(w, rc, http.StatusServiceUnavailable, "slack events are not configured")
			return
		}
		// The signature's form and the timestamp are checked from the
		// headers alone, before the body is read.
		sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
		if err != nil {
			reason := "bad signature"
			if errors.Is(err, slack.ErrExpiredTimestamp) {
				reason = "stale timestamp"
			}
			g.refused(r, reason, err)
			g.refuse(w, rc, http.StatusUnauthorized, "invalid signature")
			return
		}
		if r.ContentLength > g.lim.maxBody {
			g.refused(r, "body too large", nil)
			g.refuse(w, rc, http.StatusRequestEntityTooLarge, "body too large")
			return
		}
		body, held, err := g.read(r.Body)
		defer g.give(held)
		if err != nil {
			code, msg := http.StatusBadRequest, "cannot read body"
			switch {
			case errors.Is(err, errBodyTooLarge):
				code, msg = http.StatusRequestEntityTooLarge, "body too large"
			case errors.Is(err, errBusy):
				code, msg = http.StatusServiceUnavailable, "busy, try again"
			case errors.Is(err, os.ErrDeadlineExceeded):
				code, msg = http.StatusRequestTimeout, "body too slow"
			}
			g.refused(r, msg, err)
			g.refuse(w, rc, code, msg)
			return
		}
		_, _ = sv.Write(body)
		if err := sv.Ensure(); err != nil {
			g.refused(r, "bad signature", err)
			g.refuse(w, rc, http.StatusUnauthorized, "invalid signature")
			return
		}
		next(w, r, body)
	})
}

// setReadDeadline sets the connection's read deadline where the server
// allows it (an httptest.ResponseRecorder does not).
func (g *gate) setReadDeadline(rc *http.ResponseController, t time.Time) {
	if err := rc.SetReadDeadline(t); err != nil && !errors.Is(err, http.ErrNotSupported) {
		g.log.Debug("slack HTTP read deadline not set", "err", err)
	}
}

var (
	errBodyTooLarge = errors.New("body too large")
	errBusy         = errors.New("too many bodies being read")
)

// gate holds what the requests of one HTTPHandler share: the budget of
// bytes for the bodies being read and the log of refusals.
type gate struct {
	lim httpLimits
	log *slog.Logger

	mu       sync.Mutex
	free     int64     // bytes of maxBuffered not taken
	refusals int       // refused requests not yet reported at warn level
	warned   time.Time // when they last were
}

// read reads a body of at most lim.maxBody bytes, growing its buffer as
// the bytes arrive and taking what it grows by from the budget. It
// returns the bytes it took, to give back when the body is no longer
// needed, even with an error.
func (g *gate) read(r io.Reader) (body []byte, held int64, err error) {
	limit := g.lim.maxBody + 1 // one byte more tells a body over the limit
	var buf []byte
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) >= limit {
				return nil, held, errBodyTooLarge
			}
			n := min(max(2*int64(cap(buf)), 1<<10), limit)
			if !g.take(n - int64(cap(buf))) {
				return nil, held, errBusy
			}
			held += n - int64(cap(buf))
			buf = append(make([]byte, 0, n), buf...)
		}
		m, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if errors.Is(err, io.EOF) {
			if int64(len(buf)) > g.lim.maxBody {
				return nil, held, errBodyTooLarge
			}
			return buf, held, nil
		}
		if err != nil {
			return nil, held, fmt.Errorf("read body: %w", err)
		}
	}
}

func (g *gate) take(n int64) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.free < n {
		return false
	}
	g.free -= n
	return true
}

func (g *gate) give(n int64) {
	g.mu.Lock()
	g.free += n
	g.mu.Unlock()
}

// refuse answers a refused request and closes its connection: the
// server reads no more of the body (net/http would otherwise go on
// reading up to 256 KiB of it, until the body's deadline, to keep the
// connection) and waits for no other request on it.
func (g *gate) refuse(w http.ResponseWriter, rc *http.ResponseController, code int, msg string) {
	g.setReadDeadline(rc, time.Now())
	w.Header().Set("Connection", "close")
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	http.Error(w, msg, code)
}

// refused logs a refused request: each one at debug level, and at warn
// level at most once a minute with the count since, so that a flood of
// forged requests does not flood the log.
func (g *gate) refused(r *http.Request, reason string, err error) {
	g.log.Debug("slack HTTP request refused", "path", r.URL.Path, "reason", reason, "remote", r.RemoteAddr, "err", err)
	now := time.Now()
	g.mu.Lock()
	g.refusals++
	n := g.refusals
	if now.Sub(g.warned) < time.Minute {
		g.mu.Unlock()
		return
	}
	g.refusals, g.warned = 0, now
	g.mu.Unlock()
	g.log.Warn("slack HTTP requests refused", "count", n, "last_path", r.URL.Path, "last_reason", reason, "err", err)
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	got := time.Now()
	env, ev, err := parseEnvelope(body)
	if err != nil {
		a.log.Warn("slack event unreadable", "err", err)
		http.Error(w, "unreadable event", http.StatusBadRequest)
		return
	}
	if env.Type == "url_verification" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, env.Challenge)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.Debug("slack event redelivered", "event", env.EventID, "attempt", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	f, err := a.handleEvent(r.Context(), env, ev)
	if err != nil {
		a.log.Warn("slack event not accepted; Slack will deliver it again", "event", env.EventID, "err", err)
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.log.Debug("slack ack", "event", env.EventID, "after", since(got))
	a.background(f)
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request, body []byte) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "unreadable command", http.StatusBadRequest)
		return
	}
	cmd := slack.SlashCommand{
		TeamID: v.Get("team_id"), EnterpriseID: v.Get("enterprise_id"), ChannelID: v.Get("channel_id"),
		ChannelName: v.Get("channel_name"), UserID: v.Get("user_id"), Command: v.Get("command"),
		Text: v.Get("text"), ResponseURL: v.Get("response_url"), TriggerID: v.Get("trigger_id"),
	}
	resp, err := a.handleSlash(r.Context(), &cmd)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if resp == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (a *Adapter) serveInteractive(w http.ResponseWriter, r *http.Request, body []byte) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "unreadable payload", http.StatusBadRequest)
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(v.Get("payload")), &cb); err != nil {
		a.log.Warn("slack interaction unreadable", "err", err)
		http.Error(w, "unreadable payload", http.StatusBadRequest)
		return
	}
	f, err := a.handleInteractive(r.Context(), &cb)
	if err != nil {
		a.log.Warn("slack shortcut not accepted", "err", err)
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.background(f)
}
