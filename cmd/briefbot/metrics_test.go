package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/briefbot/briefbot/bot"
)

// histCount returns the sample count of the histogram name with exactly
// the label values given, from the registry; 0 when there is none.
func histCount(t *testing.T, m *metrics, name string, labels map[string]string) uint64 {
	t.Helper()
	families, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, mm := range f.GetMetric() {
			if sameLabels(mm.GetLabel(), labels) {
				return mm.GetHistogram().GetSampleCount()
			}
		}
	}
	return 0
}

func sameLabels(have []*dto.LabelPair, want map[string]string) bool {
	if len(have) != len(want) {
		return false
	}
	for _, l := range have {
		if want[l.GetName()] != l.GetValue() {
			return false
		}
	}
	return true
}

// TestTimedTransport checks that a model request is timed until its
// answer has been read, not when its headers arrive, and is labelled by
// status class, or "error" when there was no answer.
func TestTimedTransport(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			w.WriteHeader(200)
			_, _ = w.Write([]byte("first half,"))
			w.(http.Flusher).Flush()
			<-release
			_, _ = w.Write([]byte("second half"))
		case "/busy":
			w.WriteHeader(503)
		case "/missing":
			w.WriteHeader(404)
		}
	}))
	defer srv.Close()
	m := newMetrics()
	client := m.modelClient()
	count := func(status string) uint64 {
		return histCount(t, m, "briefbot_model_request_duration_seconds", map[string]string{"status": status})
	}

	resp, err := client.Get(srv.URL + "/slow")
	if err != nil {
		t.Fatal(err)
	}
	if n := count("2xx"); n != 0 {
		t.Errorf("timed when the headers came (%d), want when the answer is read", n)
	}
	close(release)
	body, _ := io.ReadAll(resp.Body)
	if string(body) != "first half,second half" {
		t.Errorf("body = %q", body)
	}
	if n := count("2xx"); n != 1 {
		t.Errorf("2xx count after reading the answer = %d, want 1", n)
	}
	resp.Body.Close()
	if n := count("2xx"); n != 1 {
		t.Errorf("2xx count after closing too = %d, want 1 (timed once)", n)
	}

	for _, path := range []string{"/busy", "/missing"} {
		resp, err := client.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close() // closed unread: timed now
	}
	srv.Close()
	if resp, err := client.Get(srv.URL + "/slow"); err == nil {
		resp.Body.Close()
		t.Fatal("a request to a closed server succeeded")
	}
	for status, want := range map[string]uint64{"2xx": 1, "4xx": 1, "5xx": 1, "error": 1} {
		if n := count(status); n != want {
			t.Errorf("%s count = %d, want %d", status, n, want)
		}
	}
}

func TestStatusClass(t *testing.T) {
	for code, want := range map[int]string{200: "2xx", 204: "2xx", 301: "3xx", 429: "4xx", 500: "5xx", 599: "5xx", 0: "error", 600: "error", 99: "error"} {
		if got := statusClass(code); got != want {
			t.Errorf("statusClass(%d) = %q, want %q", code, got, want)
		}
	}
}

// chats with the capability sets the engine looks for.
type (
	plainChat struct{}
	fullFake  struct{ plainChat }
	streaming struct{ fullFake }
)

func (plainChat) Post(context.Context, bot.Target, *bot.Reply) (bot.MessageID, error) {
	return "1", nil
}
func (fullFake) Edit(context.Context, bot.Target, bot.MessageID, *bot.Reply) error   { return nil }
func (fullFake) FindPost(context.Context, bot.Target, string) (bot.MessageID, error) { return "", nil }
func (fullFake) Progress(context.Context, *bot.Message, bot.Progress) error          { return nil }
func (streaming) StartStream(context.Context, bot.Target) (bot.Stream, error)        { return nil, nil }

// TestMeteredChat checks that a timed chat keeps exactly the capabilities
// of the chat it wraps, and times its posts and edits; chats it cannot
// wrap without hiding a capability are returned as they are.
func TestMeteredChat(t *testing.T) {
	m := newMetrics()
	for _, tc := range []struct {
		name    string
		chat    bot.Chat
		wrapped bool
	}{
		{"slack and matrix", fullFake{}, true},
		{"a streamer", streaming{}, false},
		{"post only", plainChat{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := m.chat("test", tc.chat)
			if _, wrapped := got.(meteredChat); wrapped != tc.wrapped {
				t.Fatalf("wrapped = %v, want %v", wrapped, tc.wrapped)
			}
			for name, has := range map[string]func(bot.Chat) bool{
				"Editor":           func(c bot.Chat) bool { _, ok := c.(bot.Editor); return ok },
				"Finder":           func(c bot.Chat) bool { _, ok := c.(bot.Finder); return ok },
				"Streamer":         func(c bot.Chat) bool { _, ok := c.(bot.Streamer); return ok },
				"ProgressReporter": func(c bot.Chat) bool { _, ok := c.(bot.ProgressReporter); return ok },
			} {
				if has(got) != has(tc.chat) {
					t.Errorf("%s: %v, the chat itself: %v", name, has(got), has(tc.chat))
				}
			}
		})
	}
	c := m.chat("test", fullFake{})
	ctx := context.Background()
	_, _ = c.Post(ctx, bot.Target{}, &bot.Reply{})
	_, _ = c.Post(ctx, bot.Target{}, &bot.Reply{})
	_ = c.(bot.Editor).Edit(ctx, bot.Target{}, "1", &bot.Reply{})
	for op, want := range map[string]uint64{"post": 2, "edit": 1} {
		if n := histCount(t, m, "briefbot_delivery_seconds", map[string]string{"platform": "test", "op": op, "result": "ok"}); n != want {
			t.Errorf("%s count = %d, want %d", op, n, want)
		}
	}
}

// TestMetricsStartAtZero checks that the series whose labels are known
// when serve starts are exported at 0 before any event, so that rates and
// alerts over them work from the start.
func TestMetricsStartAtZero(t *testing.T) {
	m := newMetrics()
	m.backend(nil, "offline")
	m.modelClient()
	m.chat("slack", fullFake{})
	families, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]int{}
	for _, f := range families {
		for _, mm := range f.GetMetric() {
			if mm.GetHistogram() != nil && mm.GetHistogram().GetSampleCount() == 0 {
				have[f.GetName()]++
			}
		}
	}
	for name, want := range map[string]int{
		"briefbot_briefing_duration_seconds":      3, // ok, cached, error
		"briefbot_answer_duration_seconds":        2,
		"briefbot_model_request_duration_seconds": 4, // 2xx, 4xx, 5xx, error
		"briefbot_fetch_duration_seconds":         4, // article and feed, ok and error
		"briefbot_queue_wait_seconds":             1,
		"briefbot_delivery_seconds":               4, // post and edit, ok and error
	} {
		if have[name] != want {
			t.Errorf("%s: %d series at 0, want %d", name, have[name], want)
		}
	}
}
