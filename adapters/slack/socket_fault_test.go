package slack

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// slackRedelivery is Slack's side of event delivery in Socket Mode: every
// event is sent on the connection open at the time, and sent again, in a
// new envelope with retry_attempt counting up, when it was not
// acknowledged on the connection that carried it (the connection
// dropped) or within ackWait. Events given while no connection is open
// wait for the next one.
type slackRedelivery struct {
	fs      *fakeSlack
	ackWait time.Duration

	mu     sync.Mutex
	events []*redelivered
}

type redelivered struct {
	payload map[string]any
	envs    []string  // envelopes that carried it, first first
	conn    int       // the connection (fakeSlack.conns) of the last envelope
	sentAt  time.Time // when the last envelope was sent
	acked   bool
}

// deliver queues an event for delivery; run sends it.
func (r *slackRedelivery) deliver(payload map[string]any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, &redelivered{payload: payload})
}

// run sends and resends events until ctx ends.
func (r *slackRedelivery) run(ctx context.Context) {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		r.step()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// step marks acknowledged events and (re)sends the others that are due.
func (r *slackRedelivery) step() {
	f := r.fs
	f.smu.Lock()
	conn, conns := f.conn, f.conns
	r.mu.Lock()
	defer r.mu.Unlock()
	var due []*redelivered
	for _, ev := range r.events {
		for _, id := range ev.envs {
			if _, ok := f.acks[id]; ok {
				ev.acked = true
			}
		}
		if ev.acked || conn == nil {
			continue
		}
		if len(ev.envs) == 0 || ev.conn != conns || time.Since(ev.sentAt) > r.ackWait {
			f.envSeq++
			id := fmt.Sprintf("env-%d", f.envSeq)
			f.sent[id] = time.Now()
			ev.envs = append(ev.envs, id)
			ev.conn, ev.sentAt = conns, time.Now()
			due = append(due, ev)
		}
	}
	f.smu.Unlock()
	for _, ev := range due {
		attempt := len(ev.envs) - 1
		reason := ""
		if attempt > 0 {
			reason = "timeout"
		}
		// A write on a connection that just broke is lost: the event is
		// sent again on the next connection.
		f.writeJSON(conn, map[string]any{
			"envelope_id": ev.envs[attempt], "type": "events_api", "payload": ev.payload,
			"accepts_response_payload": false, "retry_attempt": attempt, "retry_reason": reason,
		})
	}
}

// settle records, as acknowledged, the envelopes whose event was
// acknowledged in a later envelope: Slack stops waiting for an envelope
// once it sends the event again, so the harness must not count them as
// never acknowledged. It returns the envelopes sent and the events that
// were sent more than once.
func (r *slackRedelivery) settle() (envelopes, redelivered int) {
	r.step()
	f := r.fs
	f.smu.Lock()
	defer f.smu.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, ev := range r.events {
		envelopes += len(ev.envs)
		if len(ev.envs) > 1 {
			redelivered++
		}
		if !ev.acked {
			continue
		}
		for _, id := range ev.envs {
			if _, ok := f.acks[id]; !ok {
				f.acks[id] = ackRecord{EnvelopeID: id}
			}
		}
	}
	return envelopes, redelivered
}

// unackedEnvelopes counts the envelopes sent and not acknowledged.
func (r *slackRedelivery) unackedEnvelopes() int {
	return len(r.fs.unacked())
}

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
	r := &slackRedelivery{fs: h.fs, ackWait: 3 * time.Second} // Slack retries after 3 s without an ack
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); r.run(ctx) }()
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
			r.deliver(callback(fmt.Sprintf("EvDrop%d", i), mention("C1", "U1", tss[i], "", "<@UBOT> "+slackText(seedArticle))))
		}
	}
	send(0, n/4)
	waitFor(t, "the first quarter acknowledged", func() bool { r.step(); return r.unackedEnvelopes() == 0 })
	send(n/4, n/2)
	r.step()
	unackedAtDrop := r.unackedEnvelopes()
	dropAt := time.Now()
	h.fs.drop()
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
			h.fs.smu.Lock()
			if h.fs.conns >= 2 {
				reconnectAt = time.Now()
			}
			h.fs.smu.Unlock()
		}
		for i, ts := range tss {
			if answeredAt[i].IsZero() && slices.Contains(h.fs.reactionsOn("C1", ts), "white_check_mark") {
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
	envelopes, redelivered := r.settle()

	once, lost, doubled := 0, 0, 0
	var first, all time.Duration
	for i, ts := range tss {
		msgs := h.fs.thread("C1", ts)
		switch {
		case answeredAt[i].IsZero() || len(msgs) == 0:
			lost++
			t.Errorf("mention %d (%s) was not answered: %d replies, reactions %v", i, ts, len(msgs), h.fs.reactionsOn("C1", ts))
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
	h.fs.smu.Lock()
	conns := h.fs.conns
	h.fs.smu.Unlock()
	t.Logf("fault slack-socket-drop: %d mentions, %d answered once, %d lost, %d doubled; reconnected %s after the drop (%d connections); "+
		"first answer %s and all answered %s after reconnecting; %d envelopes unacknowledged at the drop, %d events sent again, %d envelopes in all",
		n, once, lost, doubled, seconds(reconnectAt.Sub(dropAt)), conns, seconds(first), seconds(all), unackedAtDrop, redelivered, envelopes)
}

// seconds formats d as seconds with two decimals ("0.42 s").
func seconds(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
