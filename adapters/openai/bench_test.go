package openai

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/prompts"
)

func quietEnv(b *testing.B) *env {
	e := newEnv(b, func(c *Config) { c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil)) })
	return e
}

// BenchmarkBriefOverhead measures the bot's own work around a model call
// for the seed article, without the network: parse the article, split it,
// build the prompt, parse and validate the reply, insert the evidence,
// merge and run the grounding check. Target: ≤ 5 ms.
func BenchmarkBriefOverhead(b *testing.B) {
	e := quietEnv(b)
	a := seedArticle(b)
	rep := &reply{content: seedReply, finish: "stop", choices: 1}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		d := doc.Parse(a.Text)
		parts := splitParts(d, e.b.articleLimit)
		user, err := e.b.p.Render(prompts.BriefUser, prompts.BriefUserData{
			Article: prompts.Article{Title: a.Title, Site: a.Site, Paragraphs: parts[0].paras},
			Part:    1, Parts: 1, First: parts[0].first, Last: parts[0].last,
		})
		if err != nil {
			b.Fatal(err)
		}
		_ = e.b.request(call{op: "brief", json: true, msgs: []goopenai.ChatCompletionMessage{
			message(goopenai.ChatMessageRoleSystem, e.b.briefSystem), message(goopenai.ChatMessageRoleUser, user)}}, false)
		wb, probs := checkReply(rep, parts[0].first, parts[0].last)
		if len(probs) > 0 {
			b.Fatal(probs)
		}
		var u bot.Usage
		sp := e.b.analyzer.Speakers(a.Text)
		br := e.b.assemble(ctx, a, d, []partResult{{wb: wb}}, sp.FramingNotes(), &u)
		check := ground.New(a.Text)
		check.Check(br)
		check.CheckSpeakers(br, sp)
		if br.ClaimCount() != 5 {
			b.Fatal(br.ClaimCount())
		}
	}
}

// BenchmarkBriefLoopback is a whole Brief against the in-process server,
// loopback HTTP and JSON encoding included.
func BenchmarkBriefLoopback(b *testing.B) {
	e := quietEnv(b)
	a := seedArticle(b)
	e.srv.Handle(func(*openaitest.Request) openaitest.Response { return openaitest.Reply(seedReply) })
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.b.Brief(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnswerOverhead measures building an answer prompt with a
// thread and processing a streamed reply, without the network.
func BenchmarkAnswerOverhead(b *testing.B) {
	e := quietEnv(b)
	a := seedArticle(b)
	wb, _ := parseBriefing(seedReply)
	validate(wb, 1, 20)
	var u bot.Usage
	d := doc.Parse(a.Text)
	br := e.b.assemble(context.Background(), a, d, []partResult{{wb: wb}}, nil, &u)
	req := &bot.AnswerRequest{Article: a, Briefing: br, Question: "What does China say?",
		Turns: []bot.Turn{{Question: "Who denies?", Answer: "China denies it [7]."}}}
	chunks := []string{"China's Foreign Ministry says China is one of the main ", "victims of cyberattacks [", "8", "] and that attacks came from the US [10", ", 11]."}
	b.ReportAllocs()
	for b.Loop() {
		d := doc.Parse(a.Text)
		if _, err := e.b.answerMessages(d, req, req.Question); err != nil {
			b.Fatal(err)
		}
		f := newCiteFilter(d, func(string) {})
		for _, c := range chunks {
			f.write(c)
		}
		f.close()
		if len(f.answer(br).Quotes) != 3 {
			b.Fatal("quotes")
		}
	}
}

// BenchmarkStreamFirstChunk measures the time from the server starting to
// write the first streamed chunk to the stream callback receiving it
// (loopback HTTP, SSE parsing, the citation filter). Target: ≤ 50 ms.
// Reported as ns/first-chunk; no test asserts on wall-clock time.
func BenchmarkStreamFirstChunk(b *testing.B) {
	e := quietEnv(b)
	a := seedArticle(b)
	ctx := context.Background()
	var total time.Duration
	n := 0
	for b.Loop() {
		sent := make(chan time.Time, 1)
		e.srv.Push(openaitest.Response{
			Chunks:     []string{"China denies it ", "[7]", "."},
			ChunkDelay: time.Millisecond, // the first chunk leaves after the headers, as with a real model
			OnChunk: func(i int, t time.Time) {
				if i == 0 {
					sent <- t
				}
			},
		})
		var got time.Time
		_, err := e.b.Answer(ctx, &bot.AnswerRequest{Article: a, Question: "Who denies?"}, func(string) {
			if got.IsZero() {
				got = time.Now()
			}
		})
		if err != nil {
			b.Fatal(err)
		}
		total += got.Sub(<-sent)
		n++
	}
	b.ReportMetric(float64(total.Nanoseconds())/float64(n), "ns/first-chunk")
}
