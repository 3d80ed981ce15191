package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestTokenHistory(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	var h tokenHistory
	if got := h.before(t0); got != "" {
		t.Errorf("empty history: before = %q, want none", got)
	}
	h.add("", t0) // the first sync ever has no token
	for i := range rewindTokens + 4 {
		h.add(fmt.Sprintf("s%d", i), t0.Add(time.Duration(i)*time.Second))
		h.add(fmt.Sprintf("s%d", i), t0.Add(time.Duration(i)*time.Second)) // a retried token is kept once
	}
	for _, tc := range []struct {
		at   time.Duration
		want string
	}{
		{19 * time.Second, "s19"},
		{18500 * time.Millisecond, "s18"},
		{10 * time.Second, "s10"},
		{5 * time.Second, "s5"},
		{3500 * time.Millisecond, "s4"}, // older than any kept: the oldest
		{-time.Hour, "s4"},
	} {
		if got := h.before(t0.Add(tc.at)); got != tc.want {
			t.Errorf("before(t0%+v) = %q, want %q", tc.at, got, tc.want)
		}
	}
	if len(h.tokens) != rewindTokens {
		t.Errorf("kept %d tokens, want at most %d", len(h.tokens), rewindTokens)
	}
}

// stoppingHomeserver is a homeserver that, while it shuts down, answers a
// last /sync with a token past an event it never sent, and then refuses
// connections for a while, as Dendrite did in the homeserver-restart
// fault test. After the restart it serves each sync from its token.
type stoppingHomeserver struct {
	t    *testing.T
	room string
	mu   sync.Mutex
	// down is how many /sync requests still fail (the connection is
	// dropped) after the lying answer.
	down int
	// since lists the tokens the bot synced from.
	since []string
	lied  bool
}

// The timeline: the bot joins the room between t1 and t2 with a first
// mention; t3 holds a second mention; t4 is now. The first answer to
// since=t2 is the lie: t4 with no events. Resuming from t1, before the
// join, would be answered as a newly joined room again (which Dendrite
// gets wrong), so the bot must not.
func (s *stoppingHomeserver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case strings.HasSuffix(p, "/account/whoami"):
		_, _ = w.Write([]byte(`{"user_id":"@briefbot:localhost","device_id":"DEV"}`))
	case strings.Contains(p, "/profile/"):
		_, _ = w.Write([]byte(`{"displayname":"Briefbot"}`))
	case strings.HasSuffix(p, "/filter"):
		_, _ = w.Write([]byte(`{"filter_id":"f1"}`))
	case strings.HasSuffix(p, "/joined_members"):
		_, _ = w.Write([]byte(`{"joined":{"@briefbot:localhost":{},"@alice:localhost":{},"@bob:localhost":{}}}`))
	case strings.HasSuffix(p, "/sync"):
		s.sync(w, r)
	default:
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"errcode":"M_NOT_FOUND","error":"not here"}`))
	}
}

func (s *stoppingHomeserver) sync(w http.ResponseWriter, r *http.Request) {
	since := r.URL.Query().Get("since")
	s.mu.Lock()
	s.since = append(s.since, since)
	failing := since == "t4" && s.down > 0
	if failing {
		s.down--
	}
	lie := since == "t2" && !s.lied
	s.lied = s.lied || lie
	s.mu.Unlock()
	if failing {
		hj, ok := w.(http.Hijacker)
		if !ok {
			s.t.Error("cannot drop the connection")
			return
		}
		conn, _, _ := hj.Hijack()
		_ = conn.Close()
		return
	}
	mention := func(id string, ts int64) map[string]any {
		return map[string]any{"type": "m.room.message", "event_id": id, "sender": "@alice:localhost",
			"origin_server_ts": ts, "content": map[string]any{"msgtype": "m.text",
				"body": "@briefbot:localhost please brief " + id, "m.mentions": map[string]any{"user_ids": []string{"@briefbot:localhost"}}}}
	}
	join := map[string]any{"type": "m.room.member", "event_id": "$join", "sender": "@briefbot:localhost",
		"state_key": "@briefbot:localhost", "origin_server_ts": int64(1000), "content": map[string]any{"membership": "join"}}
	var next string
	var events []any
	switch since {
	case "":
		next = "t1"
	case "t1":
		next, events = "t2", []any{join, mention("$first", 2000)}
	case "t2":
		next = "t4"
		if !lie {
			events = []any{mention("$second", 3000)}
		}
	default: // t4: nothing new; a short long-poll
		select {
		case <-r.Context().Done():
		case <-time.After(50 * time.Millisecond):
		}
		next = "t4"
	}
	resp := map[string]any{"next_batch": next}
	if len(events) > 0 {
		resp["rooms"] = map[string]any{"join": map[string]any{s.room: map[string]any{
			"timeline": map[string]any{"events": events, "limited": false, "prev_batch": "p" + since}}}}
	}
	_ = json.NewEncoder(w).Encode(resp)
}

// TestSyncResumesBeforeALastBatch checks that a mention is not lost when
// the homeserver's last answer before it went down skipped it: after the
// failure the bot syncs again from an earlier token, gets the mention,
// and the mention it had already is not submitted twice.
func TestSyncResumesBeforeALastBatch(t *testing.T) {
	hs := &stoppingHomeserver{t: t, room: "!room:localhost", down: 2}
	srv := httptest.NewServer(hs)
	defer srv.Close()

	q := &recordQueue{}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	a, err := New(ctx, Config{Homeserver: srv.URL, AccessToken: "token", Logger: testLogger(t, -4)}, bot.NewMemStore(), nil, q)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for len(q.ids()) < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // a doubled submission would come now
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v", err)
	}
	got := q.ids()
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if strings.Join(got, " ") != "$first $second" {
		t.Fatalf("submitted %q, want $first then $second once each (synced from %q…)", got, hs.since[:min(len(hs.since), 8)])
	}
	if n := strings.Count(strings.Join(hs.since, " "), "t1"); n != 1 {
		t.Errorf("synced %d times from t1, before the bot's join; want once (synced from %q…)", n, hs.since[:min(len(hs.since), 8)])
	}
}

// recordQueue is a bot.Queue that records what is submitted, dropping
// duplicates as the real queues do.
type recordQueue struct {
	mu  sync.Mutex
	got []string
}

func (q *recordQueue) Submit(_ context.Context, m *bot.Message) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, id := range q.got {
		if id == string(m.ID) {
			return nil
		}
	}
	q.got = append(q.got, string(m.ID))
	return nil
}

func (q *recordQueue) ids() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]string(nil), q.got...)
}
