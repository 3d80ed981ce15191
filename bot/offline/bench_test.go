package offline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

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
