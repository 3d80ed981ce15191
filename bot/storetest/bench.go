package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Bench runs the store benchmarks against the stores that open returns
// (one per sub-benchmark, closed when it ends):
//
//   - AddTurn: appending a question and answer to a thread;
//   - Thread: reading back a thread with a 20 KB article, a full briefing
//     and ten turns.
//
// Besides ns/op each reports the median and 99th-percentile latency
// (p50-ns, p99-ns) and the throughput (ops/s).
func Bench(b *testing.B, open func(b *testing.B) bot.Store) {
	run := func(name string, fn func(b *testing.B, s bot.Store)) {
		b.Run(name, func(b *testing.B) {
			s := open(b)
			b.Cleanup(func() {
				if err := s.Close(); err != nil {
					b.Errorf("Close: %v", err)
				}
			})
			fn(b, s)
		})
	}
	run("AddTurn", benchAddTurn)
	run("Thread", benchThread)
}

// latencies records the duration of each operation of a benchmark.
type latencies struct {
	start time.Time
	d     []time.Duration
}

func newLatencies() *latencies { return &latencies{start: time.Now()} }

func (l *latencies) time(b *testing.B, op func() error) {
	t0 := time.Now()
	if err := op(); err != nil {
		b.Fatal(err)
	}
	l.d = append(l.d, time.Since(t0))
}

func (l *latencies) report(b *testing.B) {
	if len(l.d) == 0 {
		return
	}
	elapsed := time.Since(l.start)
	slices.Sort(l.d)
	pct := func(p float64) float64 { return float64(l.d[int(p*float64(len(l.d)-1))].Nanoseconds()) }
	b.ReportMetric(pct(0.50), "p50-ns")
	b.ReportMetric(pct(0.99), "p99-ns")
	b.ReportMetric(float64(len(l.d))/elapsed.Seconds(), "ops/s")
}

func benchTurn(i int) bot.Turn {
	return bot.Turn{
		Question: fmt.Sprintf("Question %d: what did the union say about the talks?", i),
		Answer:   strings.Repeat("The union said it never left the table, according to the article. ", 6),
	}
}

func benchAddTurn(b *testing.B, s bot.Store) {
	ctx := context.Background()
	th := Thread(key("bench-add-turn"))
	th.Article.Text = largeText(20 << 10)
	mustSaveB(b, s, th)
	l := newLatencies()
	i := 0
	for b.Loop() {
		i++
		l.time(b, func() error { return s.AddTurn(ctx, th.Key, benchTurn(i)) })
	}
	l.report(b)
}

func benchThread(b *testing.B, s bot.Store) {
	ctx := context.Background()
	th := Thread(key("bench-thread"))
	th.Article.Text = largeText(20 << 10)
	th.Turns = nil
	for i := range 10 {
		th.Turns = append(th.Turns, benchTurn(i))
	}
	mustSaveB(b, s, th)
	l := newLatencies()
	for b.Loop() {
		l.time(b, func() error {
			got, err := s.Thread(ctx, th.Key)
			if err == nil && len(got.Turns) != 10 {
				err = fmt.Errorf("Thread: %d turns, want 10", len(got.Turns))
			}
			return err
		})
	}
	l.report(b)
}

func mustSaveB(b *testing.B, s bot.Store, th *bot.Thread) {
	b.Helper()
	if err := s.SaveThread(context.Background(), th); err != nil {
		b.Fatalf("SaveThread: %v", err)
	}
}
