package offline

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// longArticle returns the seed's text repeated n times, as one article.
func longArticle(t testing.TB, n int) *bot.Article {
	a := seed(t)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = a.Text
	}
	return &bot.Article{Text: strings.Join(parts, "\n\n")}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New()
	}
}

func BenchmarkBriefSeed(b *testing.B) {
	br := New()
	a := seed(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := br.Brief(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefScaling briefs the seed at 1× and 20× its length; the cost
// per byte should stay flat.
func BenchmarkBriefScaling(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(map[int]string{1: "1x", 20: "20x"}[n], func(b *testing.B) {
			br := New()
			a := longArticle(b, n)
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := br.Brief(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBrief50kWords briefs a 50,000-word article and reports the peak
// heap in use (sampled) as peak-MB.
func BenchmarkBrief50kWords(b *testing.B) {
	br := New()
	a := wordsArticle(b, 50_000)
	b.SetBytes(int64(len(a.Text)))
	var peak uint64
	for b.Loop() {
		p := peakHeap(func() {
			if _, err := br.Brief(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		})
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// wordsArticle returns an article of about n words made of the seed.
func wordsArticle(t testing.TB, n int) *bot.Article {
	per := len(strings.Fields(seed(t).Text))
	return longArticle(t, n/per+1)
}

// peakHeap runs f and returns the highest heap in use seen while it ran,
// above the heap in use before it.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	peak := base
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		var m runtime.MemStats
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
			}
		}
	}()
	f()
	runtime.ReadMemStats(&ms)
	close(done)
	<-stopped
	peak = max(peak, ms.HeapAlloc)
	return peak - base
}

// TestLimits checks the speed and memory targets loosely enough for a
// shared machine: New under 200 ms, a 20× longer article under 30× the
// time, and under 150 MB of heap for 50,000 words.
func TestLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	start := time.Now()
	New()
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("New took %v", d)
	}
	b := New()
	timeOf := func(a *bot.Article) time.Duration {
		best := time.Duration(1 << 62)
		for range 7 {
			s := time.Now()
			if _, err := b.Brief(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(s))
		}
		return best
	}
	one, twenty := timeOf(longArticle(t, 1)), timeOf(longArticle(t, 20))
	if twenty > 30*one {
		// A shared machine can stall one measurement: measure again.
		one, twenty = min(one, timeOf(longArticle(t, 1))), min(twenty, timeOf(longArticle(t, 20)))
	}
	t.Logf("seed %v, 20× %v (%.1f×)", one, twenty, float64(twenty)/float64(one))
	if twenty > 30*one && twenty > 50*time.Millisecond {
		t.Errorf("20× article took %v, %.1f× the seed's %v", twenty, float64(twenty)/float64(one), one)
	}
	a := wordsArticle(t, 50_000)
	peak := peakHeap(func() {
		if _, err := b.Brief(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("50,000 words: peak heap %.1f MB", float64(peak)/(1<<20))
	if peak > 150<<20 {
		t.Errorf("peak heap %d MB for 50,000 words", peak>>20)
	}
}
