package bottest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
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

func TestQueueOrderConcurrencyDedupe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &orderHandler{order: map[bot.MessageID][]bot.MessageID{}, inThread: map[bot.MessageID]int{}, fails: map[bot.MessageID]int{"t3-m2": 2}}
	q := bottest.NewQueue(h, nil, 4, nil)
	q.Backoff = func(int) time.Duration { return time.Millisecond }
	q.Register("test", &bottest.RecordingChat{})
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

func TestQueueGivesUp(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &orderHandler{order: map[bot.MessageID][]bot.MessageID{}, inThread: map[bot.MessageID]int{}, fails: map[bot.MessageID]int{"m1": 100}}
	q := bottest.NewQueue(h, nil, 1, nil)
	q.MaxAttempts = 3
	q.Backoff = func(int) time.Duration { return time.Millisecond }
	q.Register("test", &bottest.RecordingChat{})
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

// TestQueueRefusedRequestIsNotMarked: a request refused while the queue
// shuts down is not recorded as seen, so the platform's redelivery to the
// restarted bot (a new queue on the same Seen) is handled.
func TestQueueRefusedRequestIsNotMarked(t *testing.T) {
	ctx := context.Background()
	seen := bottest.NewSeen()
	h := &orderHandler{order: map[bot.MessageID][]bot.MessageID{}, inThread: map[bot.MessageID]int{}}
	q := bottest.NewQueue(h, seen, 1, nil)
	q.Register("test", &bottest.RecordingChat{})
	q.Start(ctx)
	q.Close()
	q.Wait()
	m := &bot.Message{Platform: "test", Conversation: "C", ID: "m1", Thread: "t"}
	if err := q.Submit(ctx, m); bot.ErrorCode(err) != bot.EUnavailable {
		t.Fatalf("submit while shutting down: %v, want EUnavailable", err)
	}
	q2 := bottest.NewQueue(h, seen, 1, nil)
	q2.Register("test", &bottest.RecordingChat{})
	q2.Start(ctx)
	for range 2 { // the redelivery, then a duplicate of it
		if err := q2.Submit(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := q2.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if got := h.order["t"]; len(got) != 1 || got[0] != "m1" {
		t.Errorf("handled = %v, want the redelivered request once", got)
	}
	q2.Close()
	q2.Wait()
}

// gateHandler blocks requests of thread "slow" until release is closed
// and reports every handled request.
type gateHandler struct {
	release chan struct{}
	handled chan bot.MessageID
}

func (h *gateHandler) Handle(_ context.Context, _ bot.Chat, m *bot.Message) error {
	if m.Thread == "slow" {
		<-h.release
	}
	h.handled <- m.ID
	return nil
}

func TestQueueSubmitWakesWorkerNotDrain(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &gateHandler{release: make(chan struct{}), handled: make(chan bot.MessageID, 10)}
	defer close(h.release)
	q := bottest.NewQueue(h, nil, 2, nil)
	q.Register("test", &bottest.RecordingChat{})
	q.Start(ctx)
	time.Sleep(20 * time.Millisecond) // both workers waiting
	submit := func(id, thread string) {
		t.Helper()
		if err := q.Submit(ctx, &bot.Message{Platform: "test", Conversation: "C", ID: bot.MessageID(id), Thread: bot.MessageID(thread)}); err != nil {
			t.Fatal(err)
		}
	}
	submit("s1", "slow") // takes one worker until the end
	go func() { _ = q.Drain(ctx) }()
	time.Sleep(20 * time.Millisecond) // Drain waiting
	submit("a1", "a")
	if id := <-h.handled; id != "a1" {
		t.Fatalf("handled %s, want a1", id)
	}
	time.Sleep(20 * time.Millisecond) // the free worker waits again, after Drain
	submit("b1", "b")
	select {
	case id := <-h.handled:
		if id != "b1" {
			t.Fatalf("handled %s, want b1", id)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a request waits while a worker is idle: its wake-up went to Drain")
	}
}

func TestQueueDrainEndsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &gateHandler{release: make(chan struct{}), handled: make(chan bot.MessageID, 1)}
	defer close(h.release)
	q := bottest.NewQueue(h, nil, 1, nil)
	q.Register("test", &bottest.RecordingChat{})
	q.Start(ctx)
	if err := q.Submit(ctx, &bot.Message{Platform: "test", Conversation: "C", ID: "s1", Thread: "slow"}); err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		dctx, dcancel := context.WithTimeout(ctx, time.Duration(i%5)*100*time.Microsecond)
		done := make(chan error, 1)
		go func() { done <- q.Drain(dctx) }()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("drain = %v, want its deadline", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("drain %d missed the end of its context", i)
		}
		dcancel()
	}
}
