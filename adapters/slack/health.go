package slack

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// socketState is whether a Socket Mode connection is open, for Ready.
type socketState struct {
	mu    sync.Mutex
	up    bool
	since time.Time // when up last changed
	why   string    // the last reason it is down
}

// set records that the connection is up, or down for reason why; a
// reconnection attempt ("" while down) keeps the reason already known.
func (s *socketState) set(up bool, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case up:
		why = ""
	case why == "" && (s.up || s.since.IsZero()):
		why = "connecting"
	case why == "":
		why = s.why
	}
	if up != s.up || s.since.IsZero() {
		s.since = time.Now()
	}
	s.up, s.why = up, why
}

// Ready reports whether Slack can reach the bot: nil with the HTTP Events
// API only (events come through the HTTP server, which is up if this is
// asked), and in Socket Mode while a connection is open. Otherwise it
// says since when it has been down and why. A connection Slack asked the
// bot to refresh is down for the moment of the reconnection.
func (a *Adapter) Ready() error {
	if a.cfg.AppToken == "" {
		return nil
	}
	s := &a.sock
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.up:
		return nil
	case s.since.IsZero():
		return errors.New("socket mode: not connected yet")
	}
	return fmt.Errorf("socket mode: not connected for %s: %s", time.Since(s.since).Round(100*time.Millisecond), s.why)
}
