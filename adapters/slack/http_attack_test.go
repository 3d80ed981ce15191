package slack

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// The bounds the HTTP Events API keeps under attack (issue 10): what an
// unauthenticated caller costs, and how long it may hold a connection.
const (
	attackMemoryBound = 64 << 20         // growth of the process's memory
	slowBodyDropBound = 15 * time.Second // time until a dripping body is dropped
)

// attacker is one kind of unauthenticated request: its headers, its
// declared length and how many bytes of the body it sends before it waits.
type attacker struct {
	name    string
	header  http.Header
	length  int64 // Content-Length
	send    int64 // bytes sent before waiting; ≤ length
	chunk   int   // bytes sent per write
	every   time.Duration
	workers int
}

// rawHead is the request line and headers of an attack request.
func rawHead(path string, length int64, h http.Header) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "POST %s HTTP/1.1\r\nHost: briefbot.test\r\nContent-Type: application/json\r\nContent-Length: %d\r\n", path, length)
	_ = h.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// slackHeader returns the signature headers of a request signed with
// secret at time at (a wrong secret makes a forged signature).
func slackHeader(at time.Time, secret string) http.Header {
	h := http.Header{}
	slacktest.Sign(h, secret, at, nil)
	return h
}

// conn is one attack connection. gone is closed when the server has
// closed it (or it failed); status is the response's status line, if any.
type conn struct {
	net.Conn
	gone   chan struct{}
	status atomic.Value // string
}

func dialAttack(t testing.TB, addr string) (*conn, error) {
	t.Helper()
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	c := &conn{Conn: nc, gone: make(chan struct{})}
	go func() {
		defer close(c.gone)
		br := bufio.NewReaderSize(nc, 64) // the test's own memory is measured too
		if line, err := br.ReadString('\n'); err == nil {
			c.status.Store(strings.TrimSpace(line))
		}
		for {
			if _, err := br.Discard(64); err != nil {
				return
			}
		}
	}()
	return c, nil
}

// closed reports whether the server has closed the connection.
func (c *conn) closed() bool {
	select {
	case <-c.gone:
		return true
	default:
		return false
	}
}

// run sends the head, then the body chunk by chunk, then waits until
// the server closes the connection or ctx ends.
func (c *conn) run(ctx context.Context, head []byte, a *attacker, body []byte) {
	_ = c.SetWriteDeadline(time.Now().Add(time.Second))
	if _, err := c.Write(head); err != nil {
		return
	}
	tick := time.NewTicker(a.every)
	defer tick.Stop()
	for sent := int64(0); sent < a.send; {
		n := min(int64(a.chunk), a.send-sent)
		_ = c.SetWriteDeadline(time.Now().Add(time.Second))
		w, err := c.Write(body[:n])
		sent += int64(w)
		if err != nil && !os.IsTimeout(err) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-c.gone:
			return
		case <-tick.C:
		}
	}
	select {
	case <-ctx.Done():
	case <-c.gone:
	}
}

// raceDetector reports whether the test runs with the race detector.
func raceDetector() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// memSample is the process's memory at one moment: what the Go runtime
// holds for objects and goroutine stacks, and the resident set.
type memSample struct{ goMem, rss uint64 }

func sampleMem() memSample {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return memSample{goMem: ms.HeapInuse + ms.StackInuse, rss: vmRSS()}
}

// vmRSS is the resident set size from /proc/self/status, or 0 where
// there is none.
func vmRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// TestHTTPEventsUnderAttack runs the real handler, with its production
// limits, behind a real net/http server on a loopback port that has no
// timeouts of its own, so what is measured is what the handler does.
// Sixty connections send unauthenticated requests with large bodies,
// slowly (unsigned, stale, forged with a fresh timestamp at the size
// limit, forged and too large); two more drip a byte every 3 s (one
// unsigned, one forged and fresh, which must be read to be refused).
// Meanwhile properly signed requests arrive every 100 ms. It checks the
// growth of the process's memory, the time until each dripping
// connection is dropped and that every signed request is answered.
func TestHTTPEventsUnderAttack(t *testing.T) {
	if testing.Short() {
		t.Skip("an attack of ~10 s")
	}
	a, q, _ := newHTTPAdapter(t)
	srv := httptest.NewServer(a.HTTPHandler())
	defer srv.Close()
	addr := srv.Listener.Addr().String()

	now := time.Now()
	attackers := []*attacker{
		{name: "unsigned", header: http.Header{}, length: 4 << 20, send: 4 << 20, workers: 20},
		{name: "stale", header: slackHeader(now.Add(-10*time.Minute), testSecret), length: 4 << 20, send: 4 << 20, workers: 20},
		{name: "forged at the limit", header: slackHeader(now, "wrong secret"), length: defaultHTTPLimits.maxBody, send: defaultHTTPLimits.maxBody - 1, workers: 10},
		{name: "forged too large", header: slackHeader(now, "wrong secret"), length: 4 << 20, send: 4 << 20, workers: 10},
	}
	body := bytes.Repeat([]byte("x"), 64<<10)

	debug.FreeOSMemory()
	base := sampleMem()
	peak := base // written by the sampler, read after wg.Wait
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			s := sampleMem()
			peak.goMem, peak.rss = max(peak.goMem, s.goMem), max(peak.rss, s.rss)
		}
	})

	var conns atomic.Int64
	for _, at := range attackers {
		at.chunk, at.every = 32<<10, 50*time.Millisecond
		head := rawHead("/slack/events", at.length, at.header)
		for range at.workers {
			wg.Go(func() {
				for ctx.Err() == nil {
					c, err := dialAttack(t, addr)
					if err != nil {
						t.Error(err)
						return
					}
					conns.Add(1)
					c.run(ctx, head, at, body)
					_ = c.Close()
					select {
					case <-ctx.Done():
					case <-time.After(50 * time.Millisecond):
					}
				}
			})
		}
	}

	// The dripping connections: a byte every 3 s, as in the issue.
	drippers := []*attacker{
		{name: "unsigned, a byte every 3 s", header: http.Header{}, length: 4 << 20},
		{name: "forged, a byte every 3 s", header: slackHeader(now, "wrong secret"), length: 1000},
	}
	dropped := make([]time.Duration, len(drippers))
	statuses := make([]string, len(drippers))
	var drips sync.WaitGroup
	for i, d := range drippers {
		d.chunk, d.every, d.send = 1, 3*time.Second, d.length
		drips.Go(func() {
			c, err := dialAttack(t, addr)
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			start := time.Now()
			dctx, cancel := context.WithTimeout(ctx, slowBodyDropBound+5*time.Second)
			defer cancel()
			c.run(dctx, rawHead("/slack/events", d.length, d.header), d, body)
			if c.closed() {
				dropped[i] = time.Since(start)
				statuses[i], _ = c.status.Load().(string)
			} else {
				dropped[i] = -1
			}
		})
	}

	// Signed requests while the attack runs: challenges and events.
	client := &http.Client{Timeout: 10 * time.Second}
	var answered, events int
	var slowest time.Duration
	attackEnds := time.Now().Add(8 * time.Second)
	dripsDone := make(chan struct{})
	go func() { drips.Wait(); close(dripsDone) }()
send:
	for i := 0; ; i++ {
		var body string
		if i%2 == 0 {
			body = `{"type":"url_verification","challenge":"c` + strconv.Itoa(i) + `"}`
		} else {
			body = eventBody(t, callback("EvA"+strconv.Itoa(i), mention("C1", "U1", newTS(), "", "<@UBOT> help")))
		}
		r := signedRequest("/slack/events", "application/json", body, time.Now(), testSecret)
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/slack/events", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header = r.Header
		sent := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			t.Errorf("signed request %d during the attack: %v", i, err)
		} else {
			_ = resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("signed request %d during the attack: status %d, want 200", i, resp.StatusCode)
			} else {
				answered++
				if i%2 == 1 {
					events++
				}
			}
		}
		slowest = max(slowest, time.Since(sent))
		time.Sleep(100 * time.Millisecond)
		select {
		case <-dripsDone:
			if time.Now().After(attackEnds) {
				break send
			}
		default:
		}
	}
	stop()
	wg.Wait()

	grew := func(peak, base uint64) float64 { return float64(int64(peak)-int64(base)) / (1 << 20) }
	t.Logf("%d attack connections; memory growth at peak: Go heap and stacks %.1f MiB, resident set %.1f MiB (from %.1f MiB)",
		conns.Load(), grew(peak.goMem, base.goMem), grew(peak.rss, base.rss), float64(base.rss)/(1<<20))
	for i, d := range drippers {
		if dropped[i] < 0 {
			t.Errorf("%s: still open after %v, want dropped within %v", d.name, slowBodyDropBound+5*time.Second, slowBodyDropBound)
			continue
		}
		t.Logf("%s: dropped after %v (%q)", d.name, dropped[i].Round(time.Millisecond), statuses[i])
		if dropped[i] > slowBodyDropBound {
			t.Errorf("%s: dropped after %v, want within %v", d.name, dropped[i], slowBodyDropBound)
		}
	}
	t.Logf("signed requests answered during the attack: %d (%d events), slowest %v", answered, events, slowest.Round(time.Millisecond))

	if g := peak.goMem - min(peak.goMem, base.goMem); g > attackMemoryBound {
		t.Errorf("Go heap and stacks grew by %.1f MiB under attack, want < %d MiB", grew(peak.goMem, base.goMem), attackMemoryBound>>20)
	}
	// The race detector's shadow memory grows the resident set with every
	// goroutine and allocation; without it, the resident set is the figure.
	if g := peak.rss - min(peak.rss, base.rss); g > attackMemoryBound && !raceDetector() {
		t.Errorf("resident set grew by %.1f MiB under attack, want < %d MiB", grew(peak.rss, base.rss), attackMemoryBound>>20)
	}
	if answered < 20 {
		t.Errorf("%d signed requests answered during the attack, want at least 20", answered)
	}
	if n := len(q.all()); n != events {
		t.Errorf("%d requests submitted, want the %d signed events", n, events)
	}
}
