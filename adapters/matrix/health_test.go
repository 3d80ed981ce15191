package matrix

import (
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// cutter is a TCP proxy to a server that can cut every connection and
// refuse new ones, as a network failure would.
type cutter struct {
	URL    string
	ln     net.Listener
	target string

	mu    sync.Mutex
	open  bool
	conns map[net.Conn]bool
}

func newCutter(t *testing.T, serverURL string) *cutter {
	t.Helper()
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &cutter{URL: "http://" + ln.Addr().String(), ln: ln, target: u.Host, open: true, conns: map[net.Conn]bool{}}
	go c.serve()
	t.Cleanup(func() { ln.Close(); c.set(false) })
	return c
}

func (c *cutter) serve() {
	for {
		in, err := c.ln.Accept()
		if err != nil {
			return
		}
		c.mu.Lock()
		open := c.open
		c.mu.Unlock()
		if !open {
			in.Close()
			continue
		}
		out, err := net.Dial("tcp", c.target)
		if err != nil {
			in.Close()
			continue
		}
		c.mu.Lock()
		c.conns[in], c.conns[out] = true, true
		c.mu.Unlock()
		go func() { _, _ = io.Copy(out, in); out.Close() }()
		go func() { _, _ = io.Copy(in, out); in.Close() }()
	}
}

// set lets connections through (true), or cuts them all and refuses new
// ones (false).
func (c *cutter) set(open bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.open = open
	if !open {
		for conn := range c.conns {
			conn.Close()
		}
		clear(c.conns)
	}
}

// TestReady follows Ready through the sync loop's life against the real
// homeserver behind a proxy: not synced before Run, ready after the first
// sync, not ready (saying why) while the homeserver cannot be reached,
// ready again once it can, not ready once Run has stopped.
func TestReady(t *testing.T) {
	if err := (&Adapter{}).Ready(); err == nil || err.Error() != "not synced yet" {
		t.Errorf("Ready before Run = %v, want not synced yet", err)
	}
	env := testEnv(t)
	cut := newCutter(t, env.Homeserver)
	env.Homeserver = cut.URL
	r := startBot(t, env, openStore(t), botOptions{})
	wait := func(what string, ok func(err error) bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for err := r.a.Ready(); !ok(err); err = r.a.Ready() {
			if time.Now().After(deadline) {
				t.Fatalf("Ready = %v, want %s", err, what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	wait("nil after the first sync", func(err error) bool { return err == nil })
	cut.set(false)
	wait("sync failing", func(err error) bool { return err != nil && strings.HasPrefix(err.Error(), "sync failing for ") })
	cut.set(true)
	wait("nil once the homeserver answers again", func(err error) bool { return err == nil })
	r.stop()
	if err := r.a.Ready(); err == nil || !strings.Contains(err.Error(), "sync stopped") {
		t.Errorf("Ready after Run returned = %v, want sync stopped", err)
	}
}
