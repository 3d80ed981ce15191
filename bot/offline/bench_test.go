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

// BenchmarkBriefScaling briefs the seed at 1× and 20× its length in each
// iteration and reports the 20× time as a multiple of the 1× time
// measured in the same run (x-of-1x): linear cost gives about 20.
func BenchmarkBriefScaling(b *testing.B) {
	br := New()
	one, twenty := longArticle(b, 1), longArticle(b, 20)
	var t1, t20 time.Duration
	for b.Loop() {
		s := time.Now()
		if _, err := br.Brief(context.Background(), one); err != nil {
			b.Fatal(err)
		}
		t1 += time.Since(s)
		s = time.Now()
		if _, err := br.Brief(context.Background(), twenty); err != nil {
			b.Fatal(err)
		}
		t20 += time.Since(s)
	}
	b.ReportMetric(float64(t20)/float64(t1), "x-of-1x")
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

// TestLimits checks the memory target: under 150 MB of heap for 50,000
// words. The speed targets are benchmarks (BenchmarkNew,
// BenchmarkBriefScaling reports 20× against 1× in the same run), since a
// test must not depend on how busy the machine is.
func TestLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("memory test")
	}
	b := New()
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
