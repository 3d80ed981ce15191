package bot_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// orderHandler records the order of handled messages per thread and can
// fail a message a number of times.
type orderHandler struct {
	mu       sync.Mutex
	order    map[bot.MessageID][]bot.MessageID
	inThread map[bot.MessageID]int
	overlap  bool
	fails    map[bot.MessageID]int
	calls    int
	running  int
	peak     int
}

func (h *orderHandler) Handle(_ context.Context, _ bot.Chat, m *bot.Message) error {
	h.mu.Lock()
	h.calls++
	h.running++
	h.peak = max(h.peak, h.running)
	k := m.ReplyTarget().Thread
	h.inThread[k]++
	if h.inThread[k] > 1 {
		h.overlap = true
	}
	fail := h.fails[m.ID] > 0
	if fail {
		h.fails[m.ID]--
	}
	h.mu.Unlock()
	time.Sleep(time.Millisecond)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.running--
	h.inThread[k]--
	if fail {
		return errors.New("post failed")
	}
	h.order[k] = append(h.order[k], m.ID)
	return nil
}

func TestWorkQueueOrderConcurrencyDedupe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &orderHandler{order: map[bot.MessageID][]bot.MessageID{}, inThread: map[bot.MessageID]int{}, fails: map[bot.MessageID]int{"t3-m2": 2}}
	q := bot.NewWorkQueue(h, bot.NewMemStore(), 4, nil)
	q.Backoff = func(int) time.Duration { return time.Millisecond }
	q.Register("test", &recChat{})
	q.Start(ctx)
	const threads, per = 20, 10
	for i := range per {
		for th := range threads {
			m := &bot.Message{Platform: "test", Conversation: "C", Thread: bot.MessageID(fmt.Sprint("t", th)), ID: bot.MessageID(fmt.Sprintf("t%d-m%d", th, i))}
			for range 2 { // every event delivered twice
				if err := q.Submit(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	dctx, dcancel := context.WithTimeout(ctx, 20*time.Second)
	defer dcancel()
	if err := q.Drain(dctx); err != nil {
		t.Fatalf("drain: %v (left %d)", err, q.Len())
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.overlap {
		t.Error("two requests of one thread ran at once")
	}
	if h.peak > 4 {
		t.Errorf("peak concurrency %d > 4 workers", h.peak)
	}
	for th := range threads {
		k := bot.MessageID(fmt.Sprint("t", th))
		got := h.order[k]
		if len(got) != per {
			t.Fatalf("thread %s handled %d requests, want %d", k, len(got), per)
		}
		for i, id := range got {
			if want := bot.MessageID(fmt.Sprintf("%s-m%d", k, i)); id != want {
				t.Errorf("thread %s position %d = %s, want %s", k, i, id, want)
			}
		}
	}
	if h.calls != threads*per+2 {
		t.Errorf("handler calls = %d, want %d (each once, plus two retries)", h.calls, threads*per+2)
	}
}

func TestWorkQueueGivesUp(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &orderHandler{order: map[bot.MessageID][]bot.MessageID{}, inThread: map[bot.MessageID]int{}, fails: map[bot.MessageID]int{"m1": 100}}
	q := bot.NewWorkQueue(h, bot.NewMemStore(), 1, nil)
	q.MaxAttempts = 3
	q.Backoff = func(int) time.Duration { return time.Millisecond }
	q.Register("test", &recChat{})
	q.Start(ctx)
	for _, id := range []bot.MessageID{"m1", "m2"} {
		if err := q.Submit(ctx, &bot.Message{Platform: "test", Conversation: "C", ID: id, Thread: "t"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if h.calls != 4 || len(h.order["t"]) != 1 {
		t.Errorf("calls = %d handled = %v; want 3 tries of m1 then m2", h.calls, h.order["t"])
	}
	q.Close()
	q.Wait()
	if err := q.Submit(ctx, &bot.Message{Platform: "test", Conversation: "C", ID: "m3"}); bot.ErrorCode(err) != bot.EUnavailable {
		t.Errorf("submit after close: %v", err)
	}
}
