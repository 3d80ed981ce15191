package offline

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func BenchmarkBriefSeed(b *testing.B) {
	a := seed(b)
	br := New()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := br.Brief(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefScaling briefs the seed's text repeated 1, 2, 4 and 8
// times, the copies as paragraphs of one article, as sub-benchmarks. Each
// reports its time per brief over the 1x time measured in the same run
// (x-of-1x): linear time gives about 1, 2, 4 and 8. Run all the sizes
// together: a size run without 1x reports no ratio.
func BenchmarkBriefScaling(b *testing.B) {
	one := seed(b)
	br := New()
	// Warm up first, so that no size pays for the briefer's lazy set-up.
	if _, err := br.Brief(context.Background(), one); err != nil {
		b.Fatal(err)
	}
	var base float64 // ns per brief of 1x in this run
	for _, k := range []int{1, 2, 4, 8} {
		a := repeated(b, one, k)
		b.Run(fmt.Sprintf("%dx", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := br.Brief(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if k == 1 {
				base = ns
			}
			if base > 0 {
				b.ReportMetric(ns/base, "x-of-1x")
			}
		})
	}
}

// repeated returns one article made of k copies of a's text, separated by
// a blank line, as bot.NewArticle reads it. It fails unless the result is
// exactly the k copies: every word and paragraph kept, none merged.
func repeated(tb testing.TB, a *bot.Article, k int) *bot.Article {
	tb.Helper()
	text := strings.Join(slices.Repeat([]string{a.Text}, k), "\n\n")
	r, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
	if err != nil {
		tb.Fatalf("%dx the seed: %v", k, err)
	}
	if r.Text != text || bot.CountWords(r.Text) != k*bot.CountWords(a.Text) {
		tb.Fatalf("%dx the seed does not read as one article of %d copies", k, k)
	}
	return r
}

// BenchmarkBrief50kWords briefs an article of about 50,000 words (the
// seed's text repeated) and reports the highest heap in use seen while
// it ran, above the heap before it, as peak-MB.
func BenchmarkBrief50kWords(b *testing.B) {
	one := seed(b)
	k := 50_000/bot.CountWords(one.Text) + 1
	text := strings.Join(slices.Repeat([]string{one.Text}, k), "\n\n")
	limits := bot.DefaultLimits
	limits.MaxWords = max(limits.MaxWords, bot.CountWords(text))
	a, err := bot.NewArticle([]byte(text), limits)
	if err != nil {
		b.Fatal(err)
	}
	br := New()
	b.SetBytes(int64(len(a.Text)))
	var peak uint64
	for b.Loop() {
		peak = max(peak, peakHeap(func() {
			if _, err := br.Brief(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// peakHeap runs f and returns the highest heap in use sampled while it
// ran, above the heap in use before it.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	done := make(chan struct{})
	sampled := make(chan uint64)
	go func() {
		p := base
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			p = max(p, m.HeapAlloc)
			select {
			case <-done:
				sampled <- p
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	peak = max(peak, <-sampled)
	return peak - base
}
