package story

import (
	"context"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
)

// BenchmarkStory measures, in one run, a story briefing of the five
// fixture sources offline (each briefed, then merged) against the five
// briefings alone, and reports the story's cost as a multiple of five
// single briefings ("x_five_briefings": the issue asks for at most 1, a
// story of five costing at most five briefings), and the merge alone in
// microseconds.
func BenchmarkStory(b *testing.B) {
	var articles []*bot.Article
	for _, n := range story1 {
		articles = append(articles, briefFixture(b, n).Article)
	}
	ctx := context.Background()
	brief := func(a *bot.Article) *bot.Briefing {
		br, err := offline.New().Brief(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		ground.New(a.Text).Check(br)
		return br
	}
	var singles, stories, merges time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		for _, a := range articles {
			brief(a)
		}
		singles += time.Since(start)

		start = time.Now()
		in := make([]Input, len(articles))
		for i, a := range articles {
			in[i] = Input{Article: a, Briefing: brief(a)}
		}
		mstart := time.Now()
		Merge(in, "")
		merges += time.Since(mstart)
		stories += time.Since(start)
	}
	b.ReportMetric(float64(stories)/float64(singles), "x_five_briefings")
	b.ReportMetric(float64(merges.Microseconds())/float64(b.N), "merge_us")
}

// BenchmarkMerge measures the merge of the five fixture sources' briefings
// alone.
func BenchmarkMerge(b *testing.B) {
	var in []Input
	for _, n := range story1 {
		in = append(in, briefFixture(b, n))
	}
	b.ResetTimer()
	for range b.N {
		Merge(in, "")
	}
}
