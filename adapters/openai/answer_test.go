package openai

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
)

// collector records streamed deltas.
type collector struct {
	mu     sync.Mutex
	deltas []string
}

func (c *collector) add(d string) {
	c.mu.Lock()
	c.deltas = append(c.deltas, d)
	c.mu.Unlock()
}

func (c *collector) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.deltas, "")
}

// seedBriefing briefs the seed article against a scripted reply.
func seedBriefing(t *testing.T) (*bot.Article, *bot.Briefing) {
	t.Helper()
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Reply(seedReply))
	a := seedArticle(t)
	br, err := e.b.Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return a, br
}

// TestAnswerStreams checks that an answer streams in pieces, that
// citations become verbatim quotes, that unknown numbers are dropped from
// the stream and the text alike, and what was sent.
func TestAnswerStreams(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Response{
		Chunks:   []string{"China's Foreign Ministry says China is one of the main ", "victims of cyberattacks [", "8", "] and that attacks came from the US [10", ", 11]. It adds a made-up figure [", "99]", ". Its daily agrees [18][4", "2]."},
		Usage:    &openaitest.Usage{PromptTokens: 2000, CompletionTokens: 60},
		Comments: []string{"OPENROUTER PROCESSING", "OPENROUTER PROCESSING"},
	})
	var c collector
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What does China say?"}, c.add)
	if err != nil {
		t.Fatal(err)
	}
	// "It adds a made-up figure [99]." cites nothing the article has: it is
	// the model's, so it is left out, and a note says so.
	want := "China's Foreign Ministry says China is one of the main victims of cyberattacks [8] and that attacks came from the US [10, 11]. Its daily agrees [18].\n\n" + noteLeftOut(1)
	if ans.Text != want {
		t.Errorf("text\n%q\nwant\n%q", ans.Text, want)
	}
	if c.text() != want {
		t.Errorf("streamed\n%q\nwant\n%q", c.text(), want)
	}
	if len(c.deltas) < 3 { // a statement at a time, then the note
		t.Errorf("only %d deltas: not streamed", len(c.deltas))
	}
	d := doc.Parse(a.Text)
	var got []int
	for _, q := range ans.Quotes {
		s, _ := d.Sentence(q.Sentence)
		if q.Text != s.Text {
			t.Errorf("quote %d %q is not the sentence", q.Sentence, q.Text)
		}
		got = append(got, q.Sentence)
	}
	if fmt.Sprint(got) != "[8 10 11 18]" {
		t.Errorf("quotes %v", got)
	}
	if ans.Quotes[0].Speaker != "Hong Lei" || ans.Quotes[3].Speaker != "China Youth Daily" || ans.Quotes[1].Speaker != "" {
		t.Errorf("speakers %+v", ans.Quotes)
	}
	if ans.NotInArticle {
		t.Error("NotInArticle set")
	}
	if ans.Usage == nil || *ans.Usage != (bot.Usage{PromptTokens: 2000, CompletionTokens: 60, Calls: 1}) {
		t.Errorf("usage %+v", ans.Usage)
	}
	r := e.srv.Requests()[0]
	if !r.Chat.Stream || r.Chat.StreamOptions == nil || !r.Chat.StreamOptions.IncludeUsage || len(r.Chat.ResponseFormat) != 0 {
		t.Errorf("stream %v options %+v format %s", r.Chat.Stream, r.Chat.StreamOptions, r.Chat.ResponseFormat)
	}
	if r.Header.Get("Accept") != "text/event-stream" {
		t.Errorf("Accept %q", r.Header.Get("Accept"))
	}
}

// TestAnswerPromptLayout checks the stable prefix (system, article and
// briefing, acknowledgement), then the turns, then the question last.
func TestAnswerPromptLayout(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Stream("China denies it [7]."), openaitest.Stream("Mandiant says so [12]."))
	turns := []bot.Turn{{Question: "Who denies?", Answer: "China denies it [7]."}}
	if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Who denies?"}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Turns: turns, Question: "Who accuses?"}, nil); err != nil {
		t.Fatal(err)
	}
	r1, r2 := e.srv.Requests()[0].Chat.Messages, e.srv.Requests()[1].Chat.Messages
	roles := func(ms []openaitest.Message) string {
		var s []string
		for _, m := range ms {
			s = append(s, m.Role)
		}
		return strings.Join(s, ",")
	}
	if roles(r1) != "system,user,assistant,user" || roles(r2) != "system,user,assistant,user,assistant,user" {
		t.Fatalf("roles %s / %s", roles(r1), roles(r2))
	}
	for i := 0; i < 3; i++ {
		if r1[i] != r2[i] {
			t.Errorf("message %d differs between questions: the prefix is not stable", i)
		}
	}
	ctx := r1[1].Content
	if !strings.Contains(ctx, "<article>") || !strings.Contains(ctx, "<briefing>") || !strings.Contains(ctx, "[12] In its 60-page report") {
		t.Errorf("context message:\n%s", ctx)
	}
	if !strings.Contains(ctx, "Says China is one of the main victims of cyberattacks. [8]") {
		t.Errorf("briefing not in context:\n%s", ctx)
	}
	if r2[3].Content != "Who denies?" || r2[4].Content != "China denies it [7]." || r2[5].Content != "Who accuses?" {
		t.Errorf("turns %+v", r2[3:])
	}
	if !strings.Contains(r1[0].Content, "NOT_IN_ARTICLE") {
		t.Error("system prompt does not define the marker")
	}
}

// TestAnswerNotInArticle: the marker, split across chunks, is stripped and
// sets NotInArticle.
func TestAnswerNotInArticle(t *testing.T) {
	a, br := seedBriefing(t)
	for _, chunks := range [][]string{
		{"NOT_IN", "_ARTICLE", ": The article does not say who wrote the report; it names Mandiant [12]."},
		{"  NOT_IN_ARTICLE\n", "The article does not say who wrote the report; it names Mandiant [12]."},
		{"The article does not say who wrote the report; it names Mandiant [12]. NOT_IN_ARTICLE"},
	} {
		e := newEnv(t, nil)
		e.srv.Push(openaitest.Stream(chunks...))
		var c collector
		ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Who is the author?"}, c.add)
		if err != nil {
			t.Fatal(err)
		}
		want := "The article does not say who wrote the report; it names Mandiant [12]."
		if !ans.NotInArticle || ans.Text != want || len(ans.Quotes) != 1 {
			t.Errorf("%q: answer %+v", chunks, ans)
		}
		if strings.HasPrefix(chunks[0], "NOT") && c.text() != want {
			t.Errorf("%q: streamed %q", chunks, c.text())
		}
	}
	// The marker alone.
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Stream("NOT_IN_ARTICLE"))
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Question: "Weather?"}, nil)
	if err != nil || !ans.NotInArticle || ans.Text != noteNotSaid {
		t.Errorf("marker alone: %+v, %v", ans, err)
	}
}

// TestAnswerUncited: an answer that cites nothing (a model that went off
// task) is labelled.
func TestAnswerUncited(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Stream("Here is a poem about the sea [999]."))
	var c collector
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Write a poem"}, c.add)
	if err != nil {
		t.Fatal(err)
	}
	want := "Here is a poem about the sea.\n\n" + noteUncited
	if ans.Text != want || c.text() != want || len(ans.Quotes) != 0 {
		t.Errorf("text %q streamed %q", ans.Text, c.text())
	}
}

// TestAnswerFinishLength: a cut answer says so.
func TestAnswerFinishLength(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Response{Chunks: []string{"China denies the claims [7] and"}, FinishReason: "length"})
	var c collector
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What does China say?"}, c.add)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(ans.Text, noteCut) || !strings.HasSuffix(c.text(), noteCut) {
		t.Errorf("text %q", ans.Text)
	}
}

// TestAnswerStreamCut: a stream cut in the middle is an error, not an
// answer, though part of it was streamed.
func TestAnswerStreamCut(t *testing.T) {
	a, br := seedBriefing(t)
	for name, resp := range map[string]openaitest.Response{
		"connection dropped":  {Chunks: []string{"China ", "denies ", "the claims [7]. ", "It", " adds"}, CutAfter: 4},
		"body ends, no DONE":  {Chunks: []string{"China ", "denies ", "the claims [7]. ", "It adds"}, EndWithoutDone: true},
		"error event in body": {Chunks: []string{"China denies [7]. ", "It"}, StreamError: "The server had an error while processing your request."},
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.srv.Push(resp)
			var c collector
			ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What does China say?"}, c.add)
			if ans != nil {
				t.Errorf("a cut stream gave an answer: %+v", ans)
			}
			be := botErr(t, err)
			if be.Code != bot.EUnavailable || be.Message != "The language model's answer was cut off; ask again." {
				t.Errorf("error %+v", be)
			}
			if c.text() == "" {
				t.Error("nothing was streamed before the cut")
			}
			if len(e.srv.Requests()) != 1 {
				t.Errorf("%d requests: a stream that showed text must not be retried", len(e.srv.Requests()))
			}
			if len(e.log.lines("model call failed")) != 1 {
				t.Errorf("no operator log line:\n%s", e.log)
			}
		})
	}
}

// TestAnswerRetryBeforeText: an error before any text is retried.
func TestAnswerRetryBeforeText(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(
		openaitest.Response{StreamError: "overloaded"},
		openaitest.Error(503, "server_error", "", "The engine is currently overloaded"),
		openaitest.Stream("China denies it [7]."),
	)
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Who denies?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Text != "China denies it [7]." || len(e.srv.Requests()) != 3 || len(e.sleeps.all()) != 2 {
		t.Errorf("answer %q after %d requests, %d sleeps", ans.Text, len(e.srv.Requests()), len(e.sleeps.all()))
	}
}

// TestAnswerContentFilter: a filtered answer is an EForbidden error.
func TestAnswerContentFilter(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Response{Chunks: []string{"China"}, FinishReason: "content_filter"})
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Q?"}, nil)
	if be := botErr(t, err); ans != nil || be.Code != bot.EForbidden || !strings.Contains(be.Message, "content filter") {
		t.Errorf("answer %+v error %v", ans, err)
	}
}

// TestAnswerEmpty: a stream with no choices at all.
func TestAnswerEmpty(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Response{NoChoices: true}, openaitest.Stream("   "))
	for i := 0; i < 2; i++ {
		_, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Q?"}, nil)
		if be := botErr(t, err); be.Message != "The language model returned an empty answer; ask again." {
			t.Errorf("%d: error %v", i, err)
		}
	}
}

// TestAnswerStreamOptionsRejected: a server that rejects stream_options is
// asked again without it; usage is then estimated.
func TestAnswerStreamOptionsRejected(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(
		openaitest.Error(400, "invalid_request_error", "", "Unrecognized request argument supplied: stream_options"),
		openaitest.Stream("China denies it [7]."),
	)
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Who denies?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.srv.Requests()[1].Chat.StreamOptions != nil {
		t.Error("stream_options sent again")
	}
	if ans.Usage == nil || ans.Usage.PromptTokens < 500 || ans.Usage.Calls != 1 {
		t.Errorf("estimated usage %+v", ans.Usage)
	}
}

// TestAnswerTrimsTurns: on a small window, old turns are dropped oldest
// first and the article is kept whole.
func TestAnswerTrimsTurns(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, func(c *Config) { c.ContextWindow = 5200; c.MaxTokens = 400 })
	e.srv.Push(openaitest.Stream("Answer [7]."))
	var turns []bot.Turn
	for i := 1; i <= 30; i++ {
		turns = append(turns, bot.Turn{Question: fmt.Sprintf("Question %d?", i), Answer: fmt.Sprintf("Answer %d: %s", i, strings.Repeat("words ", 80))})
	}
	if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Turns: turns, Question: "Last?"}, nil); err != nil {
		t.Fatal(err)
	}
	msgs := e.srv.Requests()[0].Chat.Messages
	if got := sentenceNumbers(msgs[1].Content); len(got) != 20 {
		t.Errorf("article not whole: sentences %v", got)
	}
	kept := (len(msgs) - 4) / 2
	if kept == 0 || kept == 30 {
		t.Fatalf("%d turns kept: trimming not exercised", kept)
	}
	if msgs[3].Content != fmt.Sprintf("Question %d?", 30-kept+1) || msgs[len(msgs)-3].Content != "Question 30?" || msgs[len(msgs)-1].Content != "Last?" {
		t.Errorf("turns kept are not the newest: first %q", msgs[3].Content)
	}
	total := 0
	for _, m := range msgs {
		total += estimateTokens(m.Content) + perMessage
	}
	if total+400 > 5200 {
		t.Errorf("request of ~%d tokens + 400 is over the window", total)
	}
}

// TestAnswerLongArticle: an article over the window is cut to the most
// relevant paragraphs, with the article's sentence numbers.
func TestAnswerLongArticle(t *testing.T) {
	a := longArticle(100)
	a.Text += "\n\nThe harbour master said the lighthouse on Gull Rock was repaired in March."
	d := doc.Parse(a.Text)
	last := len(d.Sentences)
	e := newEnv(t, func(c *Config) { c.ContextWindow = 4000; c.MaxTokens = 400 })
	e.srv.Push(openaitest.Stream(fmt.Sprintf("The harbour master says it was repaired in March [%d].", last)))
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Question: "When was the lighthouse on Gull Rock repaired?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := e.srv.Requests()[0].Chat.Messages[1].Content
	ns := sentenceNumbers(ctx)
	if len(ns) == 0 || len(ns) == last || ns[len(ns)-1] != last {
		t.Errorf("excerpt sentences %v (of %d)", ns, last)
	}
	if !strings.Contains(ctx, "only the parts most relevant") {
		t.Error("excerpt not marked")
	}
	if len(ans.Quotes) != 1 || ans.Quotes[0].Sentence != last {
		t.Errorf("quotes %+v", ans.Quotes)
	}
}

func TestAnswerInvalidRequests(t *testing.T) {
	e := newEnv(t, nil)
	a := seedArticle(t)
	for _, req := range []*bot.AnswerRequest{nil, {Question: "Q?"}, {Article: a, Question: "  "},
		{Article: a, Question: strings.Repeat("very long question ", 2000)}} {
		_, err := e.b.Answer(context.Background(), req, nil)
		if be := botErr(t, err); be.Code != bot.EInvalid {
			t.Errorf("error %v", err)
		}
	}
	if len(e.srv.Requests()) != 0 {
		t.Error("invalid requests reached the model")
	}
}

// TestCiteFilterChunking feeds the same text in random pieces: the stream
// and the final text must always agree.
func TestCiteFilterChunking(t *testing.T) {
	d := doc.Parse("One said so. Two said no. Three said maybe.")
	texts := []string{
		"NOT_IN_ARTICLE: It says one thing [1] and [2, 3] and [7] and [1-3] and [a] and [ and ] end [9",
		"Plain text [2][9][3]. [Reuters] reported [1 ,2].  Spaces  [8]  stay.",
		"N",
		"NOT_",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		var ref string
		for trial := 0; trial < 200; trial++ {
			var c collector
			f := newCiteFilter(d, c.add)
			rest := text
			for rest != "" {
				n := 1 + rng.IntN(6)
				if n > len(rest) {
					n = len(rest)
				}
				f.write(rest[:n])
				rest = rest[n:]
			}
			f.close()
			ans := f.answer(nil)
			if c.text() != f.out.String() {
				t.Fatalf("%q: streamed %q, final %q", text, c.text(), f.out.String())
			}
			if trial == 0 {
				ref = ans.Text
			} else if ans.Text != ref {
				t.Fatalf("%q: chunking changed the answer: %q vs %q", text, ans.Text, ref)
			}
		}
		t.Logf("%q → %q", text, ref)
	}
	f := newCiteFilter(d, nil)
	f.write(texts[0])
	f.close()
	ans := f.answer(nil)
	want := "It says one thing [1] and [2, 3] and and [1, 2, 3] and [a] and [ and ] end [9"
	if ans.Text != want || !ans.NotInArticle || len(ans.Quotes) != 3 {
		t.Errorf("got %q %v %d", ans.Text, ans.NotInArticle, len(ans.Quotes))
	}
}
