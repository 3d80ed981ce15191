package offline

import (
	"context"
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

// BenchmarkBriefScaling briefs the seed repeated 20 times and reports how
// many times longer it takes than the seed once (x-of-1x), measured in
// the same run: linear time gives about 20.
func BenchmarkBriefScaling(b *testing.B) {
	one := seed(b)
	many := &bot.Article{Text: strings.Repeat(one.Text+"\n\n", 20)}
	br := New()
	timeOf := func(a *bot.Article) float64 {
		r := testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				if _, err := br.Brief(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
		})
		return float64(r.NsPerOp())
	}
	for b.Loop() {
		t1 := timeOf(one)
		t20 := timeOf(many)
		b.ReportMetric(t20/t1, "x-of-1x")
	}
}
