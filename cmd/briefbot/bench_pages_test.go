package main

import (
	"context"
	"log/slog"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval"
	"github.com/briefbot/briefbot/bot/offline"
)

// BenchmarkBriefPages briefs every page of the evaluation set
// (bot/eval/testdata/pages: the text Briefbot extracts from each page,
// loaded once before the timer through the opener `briefbot eval` uses)
// with the offline backend called directly: no engine, cache or store. One
// op briefs the seed once and every page once. It reports the median and
// 90th percentile over the pages of each page's mean time per brief, and
// that median over the seed's mean time in the same run (x-of-seed). It
// skips, as TestPagesGold does, when the pages' modules cannot be had.
func BenchmarkBriefPages(b *testing.B) {
	open := testPageOpener(b)
	cases, err := eval.LoadPages(eval.Corpus(), open.open)
	if err != nil {
		b.Fatal(err)
	}
	app, err := newApp(benchConfig(b), slog.New(slog.DiscardHandler), nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	seed, err := app.load(ctx, seedPath, strings.NewReader(""))
	if err != nil {
		b.Fatal(err)
	}
	br := offline.New()
	brief := func(a *bot.Article) time.Duration {
		start := time.Now()
		if _, err := br.Brief(ctx, a); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	// Warm up: every language's lazy set-up is done before the timer.
	brief(seed)
	for _, c := range cases {
		brief(c.Article)
	}

	var seedTotal time.Duration
	totals := make([]time.Duration, len(cases))
	for b.Loop() {
		seedTotal += brief(seed)
		for i, c := range cases {
			totals[i] += brief(c.Article)
		}
	}
	n := float64(b.N)
	means := make([]float64, len(totals)) // ns per brief, by page
	for i, t := range totals {
		means[i] = float64(t) / n
	}
	slices.Sort(means)
	median, p90 := quantile(means, 0.5), quantile(means, 0.9)
	b.ReportMetric(median/1e6, "median-ms/article")
	b.ReportMetric(p90/1e6, "p90-ms/article")
	b.ReportMetric(median/(float64(seedTotal)/n), "x-of-seed")
}

// quantile returns the q-quantile of sorted, interpolating linearly
// between the closest ranks.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}
