package slack

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFaultSocketDrop breaks the Socket Mode connection in the middle of a
// burst of mentions, without a close handshake, as a network failure
// does. Slack (the fake) sends again every event not acknowledged on the
// broken connection and queues the rest of the burst for the next one. The
// adapter reconnects; every mention is answered exactly once: briefed
// once, one reply in its thread, the check mark on it. The figures (what
// was lost, what was doubled, how long recovery took) go to the test log
// and docs/reliability.md.
func TestFaultSocketDrop(t *testing.T) {
	h := newHarness(t, scripted)
	r := h.fs.Redelivery(3 * time.Second) // Slack retries after 3 s without an ack
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); r.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })

	// The burst: a first quarter acknowledged before the drop, a second
	// quarter on the wire when the connection breaks (its envelopes, and
	// the adapter's acknowledgements, are lost), the second half given
	// while no connection is open.
	const n = 40
	tss := make([]string, n)
	for i := range n {
		tss[i] = newTS()
	}
	send := func(from, to int) {
		for i := from; i < to; i++ {
			r.Deliver(callback(fmt.Sprintf("EvDrop%d", i), mention("C1", "U1", tss[i], "", "<@UBOT> "+slackText(seedArticle))))
		}
	}
	send(0, n/4)
	waitFor(t, "the first quarter acknowledged", func() bool { r.Step(); return len(h.fs.Unacked()) == 0 })
	send(n/4, n/2)
	r.Step()
	unackedAtDrop := len(h.fs.Unacked())
	dropAt := time.Now()
	h.fs.Drop()
	send(n/2, n)

	// Recovery: the reconnection, the first answer after it, all answers.
	answeredAt := make([]time.Time, n)
	var reconnectAt time.Time
	deadline := time.Now().Add(30 * time.Second)
	for left := n; left > 0; {
		if time.Now().After(deadline) {
			break
		}
		if reconnectAt.IsZero() {
			if h.fs.Connections() >= 2 {
				reconnectAt = time.Now()
			}
		}
		for i, ts := range tss {
			if answeredAt[i].IsZero() && slices.Contains(h.fs.Reactions("C1", ts), "white_check_mark") {
				answeredAt[i], left = time.Now(), left-1
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	if reconnectAt.IsZero() {
		t.Fatal("the adapter did not reconnect")
	}
	h.q.Drain(t.Context())
	time.Sleep(200 * time.Millisecond) // a redelivered event would be answered again now
	envelopes, redelivered := r.Settle()

	once, lost, doubled := 0, 0, 0
	var first, all time.Duration
	for i, ts := range tss {
		msgs := h.fs.Thread("C1", ts)
		switch {
		case answeredAt[i].IsZero() || len(msgs) == 0:
			lost++
			t.Errorf("mention %d (%s) was not answered: %d replies, reactions %v", i, ts, len(msgs), h.fs.Reactions("C1", ts))
			continue
		case len(msgs) > 1:
			doubled++
			t.Errorf("mention %d (%s) has %d replies, want one", i, ts, len(msgs))
		default:
			once++
			if !strings.Contains(blocksText(t, msgs[0]), "China rejects US report") {
				t.Errorf("mention %d (%s): the reply is not the briefing: %.200q", i, ts, blocksText(t, msgs[0]))
			}
		}
		if d := answeredAt[i].Sub(reconnectAt); d > 0 && (first == 0 || d < first) {
			first = d
		}
		all = max(all, answeredAt[i].Sub(reconnectAt))
	}
	if briefs := h.backend.briefs.Load(); briefs != n {
		t.Errorf("%d briefings made for %d mentions, want one each", briefs, n)
	}
	conns := h.fs.Connections()
	t.Logf("fault slack-socket-drop: %d mentions, %d answered once, %d lost, %d doubled; reconnected %s after the drop (%d connections); "+
		"first answer %s and all answered %s after reconnecting; %d envelopes unacknowledged at the drop, %d events sent again, %d envelopes in all",
		n, once, lost, doubled, seconds(reconnectAt.Sub(dropAt)), conns, seconds(first), seconds(all), unackedAtDrop, redelivered, envelopes)
}

// seconds formats d as seconds with two decimals ("0.42 s").
func seconds(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
