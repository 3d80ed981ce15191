package slacktest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Ack is the acknowledgement of a Socket Mode envelope.
type Ack struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
	// Latency is the time from sending the envelope to its
	// acknowledgement.
	Latency time.Duration `json:"-"`
}

func (f *Server) connectionsOpen(c Call) (int, any) {
	if c.Auth != "Bearer "+AppToken {
		return 200, map[string]any{"ok": false, "error": "invalid_auth"}
	}
	f.smu.Lock()
	f.opens++
	f.smu.Unlock()
	return 200, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/socket"}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return r.Header.Get("Origin") == "https://api.slack.com" }}

// socket serves a Socket Mode connection: hello, pings, and the
// acknowledgements the client sends. A new connection replaces the last.
func (f *Server) socket(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Origin") != "https://api.slack.com" {
		f.smu.Lock()
		f.badOrigin++
		f.smu.Unlock()
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.smu.Lock()
	if f.conn != nil {
		_ = f.conn.Close()
	}
	f.conn = conn
	f.conns++
	n := f.conns
	f.smu.Unlock()
	f.writeJSON(conn, map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"},
		"debug_info": map[string]any{"host": "fake", "approximate_connection_time": 3600}})
	f.ackCond.Broadcast()
	done := make(chan struct{})
	go func() { // Slack pings well within the client's 30 s watchdog
		t := time.NewTicker(f.pingEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if conn.WriteControl(websocket.PingMessage, []byte(fmt.Sprint(n)), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	defer close(done)
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack Ack
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			f.t.Errorf("socket: unexpected message %s", data)
			continue
		}
		f.smu.Lock()
		if sent, ok := f.sent[ack.EnvelopeID]; ok {
			ack.Latency = time.Since(sent)
		} else {
			f.t.Errorf("socket: ack of unknown envelope %s", ack.EnvelopeID)
		}
		if _, dup := f.acks[ack.EnvelopeID]; !dup {
			f.acks[ack.EnvelopeID] = ack
		}
		f.smu.Unlock()
		f.ackCond.Broadcast()
	}
}

func (f *Server) writeJSON(conn *websocket.Conn, v any) {
	f.wmu.Lock()
	defer f.wmu.Unlock()
	_ = conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	_ = conn.WriteJSON(v)
}

// WaitConnected waits until n websocket connections have been made.
func (f *Server) WaitConnected(tb testing.TB, n int) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	f.smu.Lock()
	defer f.smu.Unlock()
	for f.conns < n {
		if time.Now().After(deadline) {
			tb.Fatalf("socket: %d connections, want %d", f.conns, n)
		}
		f.smu.Unlock()
		time.Sleep(5 * time.Millisecond)
		f.smu.Lock()
	}
}

// Connections returns the number of websocket connections made so far.
func (f *Server) Connections() int {
	f.smu.Lock()
	defer f.smu.Unlock()
	return f.conns
}

// Opens returns the number of successful apps.connections.open calls.
func (f *Server) Opens() int {
	f.smu.Lock()
	defer f.smu.Unlock()
	return f.opens
}

// BadOrigins returns the number of websocket handshakes without Slack's
// Origin header.
func (f *Server) BadOrigins() int {
	f.smu.Lock()
	defer f.smu.Unlock()
	return f.badOrigin
}

// newEnvelope records a new envelope as sent now and returns its id;
// f.smu is held.
func (f *Server) newEnvelope() string {
	f.envSeq++
	id := fmt.Sprintf("env-%d", f.envSeq)
	f.sent[id] = time.Now()
	return id
}

// Send sends an envelope of type typ ("events_api", "slash_commands",
// "interactive") over the current connection and returns its id.
func (f *Server) Send(tb testing.TB, typ string, payload any) string {
	tb.Helper()
	f.smu.Lock()
	id := f.newEnvelope()
	conn := f.conn
	f.smu.Unlock()
	if conn == nil {
		tb.Fatal("socket: not connected")
	}
	f.writeJSON(conn, map[string]any{
		"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": typ != "events_api", "retry_attempt": 0, "retry_reason": "",
	})
	return id
}

// WaitAck waits for the envelope's acknowledgement.
func (f *Server) WaitAck(tb testing.TB, id string) Ack {
	tb.Helper()
	timer := time.AfterFunc(10*time.Second, f.ackCond.Broadcast)
	defer timer.Stop()
	deadline := time.Now().Add(10 * time.Second)
	f.smu.Lock()
	defer f.smu.Unlock()
	for {
		if a, ok := f.acks[id]; ok {
			return a
		}
		if time.Now().After(deadline) {
			tb.Fatalf("socket: envelope %s not acknowledged", id)
		}
		f.ackCond.Wait()
	}
}

// Unacked lists the envelopes sent and not acknowledged.
func (f *Server) Unacked() []string {
	f.smu.Lock()
	defer f.smu.Unlock()
	var out []string
	for id := range f.sent {
		if _, ok := f.acks[id]; !ok {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Drop breaks the connection without a close handshake, as a network
// failure would.
func (f *Server) Drop() {
	f.smu.Lock()
	defer f.smu.Unlock()
	if f.conn != nil {
		if nc := f.conn.NetConn(); nc != nil {
			_ = nc.Close()
		}
		f.conn = nil
	}
}

// Disconnect asks the client to reconnect, as Slack does before it
// refreshes a connection.
func (f *Server) Disconnect() {
	f.smu.Lock()
	conn := f.conn
	f.smu.Unlock()
	if conn != nil {
		f.writeJSON(conn, map[string]any{"type": "disconnect", "reason": "refresh_requested", "debug_info": map[string]any{"host": "fake"}})
	}
}

// Redelivery is Slack's side of event delivery in Socket Mode: every
// event is sent on the connection open at the time, and sent again, in a
// new envelope with retry_attempt counting up, when it was not
// acknowledged on the connection that carried it (the connection
// dropped) or within ackWait. Events given while no connection is open
// wait for the next one.
type Redelivery struct {
	f       *Server
	ackWait time.Duration

	mu     sync.Mutex
	events []*redelivered
}

type redelivered struct {
	payload map[string]any
	envs    []string  // envelopes that carried it, first first
	conn    int       // the connection (Server.conns) of the last envelope
	sentAt  time.Time // when the last envelope was sent
	acked   bool
}

// Redelivery returns a delivery of events_api envelopes that resends an
// event not acknowledged within ackWait or on its connection.
func (f *Server) Redelivery(ackWait time.Duration) *Redelivery {
	return &Redelivery{f: f, ackWait: ackWait}
}

// Deliver queues an event for delivery; Run sends it.
func (r *Redelivery) Deliver(payload map[string]any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, &redelivered{payload: payload})
}

// Run sends and resends events until ctx ends.
func (r *Redelivery) Run(ctx context.Context) {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		r.Step()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Step marks acknowledged events and (re)sends the others that are due;
// Run calls it every 5 ms.
func (r *Redelivery) Step() {
	f := r.f
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
			ev.envs = append(ev.envs, f.newEnvelope())
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

// Settle records, as acknowledged, the envelopes whose event was
// acknowledged in a later envelope: Slack stops waiting for an envelope
// once it sends the event again, so Unacked must not count them. It
// returns the envelopes sent and the events that were sent more than
// once.
func (r *Redelivery) Settle() (envelopes, redelivered int) {
	r.Step()
	f := r.f
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
				f.acks[id] = Ack{EnvelopeID: id}
			}
		}
	}
	return envelopes, redelivered
}
