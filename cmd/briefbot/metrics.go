package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// metrics counts what the backend did, in Prometheus text form.
type metrics struct {
	mu               sync.Mutex
	briefings        int
	briefingsCached  int
	answers          int
	errors           map[string]int // by bot error code
	promptTokens     int
	completionTokens int
	modelCalls       int
	claimsDropped    int
	briefSeconds     float64
	answerSeconds    float64
}

func newMetrics() *metrics { return &metrics{errors: map[string]int{}} }

func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := func(name, help, typ string, v any) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %v\n", name, help, name, typ, name, v)
	}
	p("briefbot_briefings_total", "Briefings made, including cached ones.", "counter", m.briefings)
	p("briefbot_briefings_cached_total", "Briefings served from the cache.", "counter", m.briefingsCached)
	p("briefbot_answers_total", "Follow-up answers given.", "counter", m.answers)
	p("briefbot_model_calls_total", "Calls to the language model.", "counter", m.modelCalls)
	p("briefbot_prompt_tokens_total", "Prompt tokens used.", "counter", m.promptTokens)
	p("briefbot_completion_tokens_total", "Completion tokens used.", "counter", m.completionTokens)
	p("briefbot_claims_dropped_ungrounded_total", "Claims dropped because their evidence is not in the article.", "counter", m.claimsDropped)
	p("briefbot_brief_seconds_total", "Time spent briefing.", "counter", m.briefSeconds)
	p("briefbot_answer_seconds_total", "Time spent answering.", "counter", m.answerSeconds)
	fmt.Fprintf(w, "# HELP briefbot_errors_total Failed briefings and answers by error code.\n# TYPE briefbot_errors_total counter\n")
	codes := make([]string, 0, len(m.errors))
	for c := range m.errors {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "briefbot_errors_total{code=%q} %d\n", c, m.errors[c])
	}
}

// meteredBackend records metrics around a backend.
type meteredBackend struct {
	bot.Backend
	m *metrics
}

func (b meteredBackend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	start := time.Now()
	br, err := b.Backend.Brief(ctx, a)
	b.m.mu.Lock()
	defer b.m.mu.Unlock()
	b.m.briefSeconds += time.Since(start).Seconds()
	if err != nil {
		b.m.errors[bot.ErrorCode(err)]++
		return nil, err
	}
	b.m.briefings++
	if br.Stats.Cached {
		b.m.briefingsCached++
	}
	b.m.claimsDropped += br.Stats.ClaimsDroppedUngrounded
	if u := br.Stats.Usage; u != nil {
		b.m.promptTokens += u.PromptTokens
		b.m.completionTokens += u.CompletionTokens
		b.m.modelCalls += u.Calls
	}
	return br, nil
}

func (b meteredBackend) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	start := time.Now()
	a, err := b.Backend.Answer(ctx, req, stream)
	b.m.mu.Lock()
	defer b.m.mu.Unlock()
	b.m.answerSeconds += time.Since(start).Seconds()
	if err != nil {
		b.m.errors[bot.ErrorCode(err)]++
		return nil, err
	}
	b.m.answers++
	if u := a.Usage; u != nil {
		b.m.promptTokens += u.PromptTokens
		b.m.completionTokens += u.CompletionTokens
		b.m.modelCalls += u.Calls
	}
	return a, nil
}
