package matrix

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// syncHealth is whether the sync loop is receiving events, for Ready.
type syncHealth struct {
	mu    sync.Mutex
	ok    bool
	since time.Time // when ok last changed; zero before the first sync
	why   string    // the last sync error while not ok
}

func (h *syncHealth) set(ok bool, why string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ok != h.ok || h.since.IsZero() {
		h.since = time.Now()
	}
	h.ok, h.why = ok, why
}

// Ready reports whether the bot receives Matrix events: nil while the
// sync loop runs and its last /sync succeeded; otherwise since when it
// has been failing and why, or that it has not synced yet.
func (a *Adapter) Ready() error {
	h := &a.health
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.ok:
		return nil
	case h.since.IsZero():
		return errors.New("not synced yet")
	}
	return fmt.Errorf("sync failing for %s: %s", time.Since(h.since).Round(100*time.Millisecond), h.why)
}
