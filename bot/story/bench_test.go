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

// BenchmarkStoryEngine measures, in one run, what a person waits for: one
// article briefed by the engine (the mean of the five fixture sources,
// each alone) against the engine's story briefing of all five (briefed in
// parallel, then merged), and reports the story's time as a multiple of
// one briefing's ("x_one_briefing"; the issue asks for at most 5).
func BenchmarkStoryEngine(b *testing.B) {
	var articles []*bot.Article
	for _, n := range story1 {
		articles = append(articles, briefFixture(b, n).Article)
	}
	off := offline.New()
	e := &bot.Engine{
		Backend: bot.Combine(off.ID(), off, nil),
		Ground:  func(text string, br *bot.Briefing) { ground.New(text).Check(br) },
		Stories: Merger{},
	}
	ctx := context.Background()
	in := make([]bot.StoryInput, len(articles))
	for i, a := range articles {
		in[i] = bot.StoryInput{Name: a.Title, Load: func(context.Context) (*bot.Article, error) { return a, nil }}
	}
	var one, story time.Duration
	b.ResetTimer()
	for range b.N {
		for _, a := range articles {
			start := time.Now()
			if _, err := e.Brief(ctx, a); err != nil {
				b.Fatal(err)
			}
			one += time.Since(start)
		}
		start := time.Now()
		if _, _, err := e.BriefStory(ctx, in); err != nil {
			b.Fatal(err)
		}
		story += time.Since(start)
	}
	b.ReportMetric(float64(story)/(float64(one)/float64(len(articles))), "x_one_briefing")
}
