// Package openai is a Briefbot backend on the OpenAI chat completions API
// and the many servers that speak it (Azure OpenAI, OpenRouter, Ollama,
// vLLM, llama.cpp, LM Studio…), built on github.com/sashabaranov/go-openai.
// No type of that library leaves this package: the engine sees only
// bot.Backend.
//
// Briefing. The article is parsed with bot/doc and sent as numbered
// sentences inside <article> … </article>, marked as untrusted data (see
// package prompts). The model answers with JSON naming parties and claims
// that cite sentence numbers; the backend checks the reply, asks once for
// a repair that says exactly what was wrong, and inserts the evidence
// itself: the cited sentences, verbatim. When the reply still cannot be
// used, Config.Fallback briefs the article and a note says so. Every
// briefing then goes through the grounding check (bot/ground).
//
// Long articles. Prompts are budgeted against Config.ContextWindow; an
// article too long for it is split on paragraph boundaries, keeping the
// article's sentence numbers, each part is briefed, and parties are merged
// across parts by name and alias.
//
// Answers. Follow-up questions stream: the prompt keeps a stable prefix
// (system, article, briefing) for prompt caching and puts the thread's
// turns, trimmed oldest first, and the question last. Citations like [7]
// become verbatim quotes; numbers the article does not have are dropped.
//
// Failures. Rate limits and server errors are retried with bounded,
// jittered exponential backoff honouring Retry-After; every failure
// returns a *bot.Error with a one-line message for the user and logs a
// structured line for the operator.
package openai

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/prompts"
)

// Backend briefs articles and answers questions with an OpenAI-compatible
// model. It is safe for concurrent use.
type Backend struct {
	cfg    Config
	client *goopenai.Client
	p      *prompts.Set
	log    *slog.Logger
	opt    options
	id     string
	schema json.RawMessage
	// analyzer is the offline analysis briefings are checked against.
	analyzer *offline.Briefer

	// Rendered once: the system prompts and what budgeting needs.
	briefSystem, answerSystem, answerAck, summarySystem string
	briefFixed                                          int // tokens of a brief request without the article
	answerFixed                                         int // tokens of an answer request without article, briefing, turns, question
	articleLimit                                        int // article tokens one brief request can hold

	feat features

	mu    sync.Mutex
	total bot.Usage
}

var _ bot.Backend = (*Backend)(nil)

// Response formats, tried in order: a server that refuses one gets the next.
const (
	formatSchema int32 = iota // response_format json_schema (structured outputs)
	formatObject              // response_format json_object (JSON mode)
	formatNone                // no response_format: the prompt and a tolerant parser
)

// features are request parameters a server may refuse. Each is turned off
// (for the life of the Backend) the first time a server rejects it.
type features struct {
	format           atomic.Int32
	completionTokens atomic.Bool // send max_completion_tokens, not max_tokens
	noStreamUsage    atomic.Bool // do not send stream_options.include_usage
	noTemperature    atomic.Bool // do not send temperature
}

// Budget constants, in tokens.
const (
	perMessage    = 4   // framing tokens of each chat message
	replyPriming  = 3   // tokens that start the assistant's reply
	repairReserve = 350 // room for the repair request
	minArticle    = 256 // the least article room a brief request may have
)

// New returns a Backend for cfg. It checks the configuration and the
// prompts once, and returns an error naming the bad setting.
func New(cfg Config, opts ...Option) (*Backend, error) {
	c, err := cfg.normalize()
	if err != nil {
		return nil, fmt.Errorf("openai: config: %w", err)
	}
	o := options{sleep: sleepCtx, jitter: defaultJitter, now: time.Now}
	for _, f := range opts {
		f(&o)
	}
	if o.prompts == nil {
		if o.prompts, err = prompts.Load(); err != nil {
			return nil, fmt.Errorf("openai: %w", err)
		}
	}
	var cc goopenai.ClientConfig
	if c.APIType == APITypeAzure {
		cc = goopenai.DefaultAzureConfig(c.APIKey, c.BaseURL)
		cc.APIVersion = c.APIVersion
		deps := c.AzureDeployments
		cc.AzureModelMapperFunc = func(model string) string {
			if d, ok := deps[model]; ok {
				return d
			}
			return model
		}
	} else {
		cc = goopenai.DefaultConfig(c.APIKey)
		cc.BaseURL = c.BaseURL
		cc.OrgID = c.Organization
	}
	cc.HTTPClient = &doer{client: c.HTTPClient, headers: c.ExtraHeaders}
	// Servers send SSE comments while a model is busy (OpenRouter's
	// ": OPENROUTER PROCESSING"); do not take many of them for a fault.
	cc.EmptyMessagesLimit = 100000

	b := &Backend{
		cfg:    c,
		client: goopenai.NewClientWithConfig(cc),
		p:      o.prompts,
		log:    c.Logger,
		opt:    o,
		schema: briefingSchema,
	}
	if b.analyzer = c.Analyzer; b.analyzer == nil {
		b.analyzer = offline.New()
	}
	b.id = "openai/" + c.Model + "/" + prompts.Version + "/lex-" + b.analyzer.LexiconVersion()
	b.feat.completionTokens.Store(isReasoningModel(c.Model))
	for name, dst := range map[string]*string{
		prompts.BriefSystem: &b.briefSystem, prompts.AnswerSystem: &b.answerSystem,
		prompts.AnswerAck: &b.answerAck, prompts.SummarySystem: &b.summarySystem,
	} {
		if *dst, err = b.p.Render(name, nil); err != nil {
			return nil, fmt.Errorf("openai: %w", err)
		}
	}
	emptyUser, err := b.p.Render(prompts.BriefUser, prompts.BriefUserData{Part: 99, Parts: 99, First: 99999, Last: 99999})
	if err != nil {
		return nil, fmt.Errorf("openai: %w", err)
	}
	b.briefFixed = estimateTokens(b.briefSystem) + estimateTokens(emptyUser) + 2*perMessage + replyPriming
	emptyCtx, err := b.p.Render(prompts.AnswerContext, prompts.AnswerContextData{Article: prompts.Article{Excerpt: true}})
	if err != nil {
		return nil, fmt.Errorf("openai: %w", err)
	}
	b.answerFixed = estimateTokens(b.answerSystem) + estimateTokens(emptyCtx) + estimateTokens(b.answerAck) + 4*perMessage + replyPriming
	b.articleLimit = c.ContextWindow - c.MaxTokens - b.briefFixed - repairReserve - margin(c.ContextWindow)
	if b.articleLimit < minArticle {
		need := c.MaxTokens + b.briefFixed + repairReserve + margin(c.ContextWindow) + minArticle
		return nil, fmt.Errorf("openai: config: %w", bad("ContextWindow", "%d is too small for MaxTokens %d and the prompts: it needs at least %d tokens (raise ContextWindow or lower MaxTokens)",
			c.ContextWindow, c.MaxTokens, need))
	}
	return b, nil
}

// margin is the slack kept in a context window for estimation error.
func margin(window int) int { return window/20 + 32 }

// ID implements bot.Backend: "openai/<model>/<prompt version>/lex-<lexicon
// version>" (the offline analysis the briefings are checked against).
func (b *Backend) ID() string { return b.id }

// Usage returns the tokens used and calls made since the Backend was
// created, for metrics. Calls counts completed model calls.
func (b *Backend) Usage() bot.Usage {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.total
}

func (b *Backend) addUsage(u bot.Usage) {
	b.mu.Lock()
	b.total.Add(u)
	b.mu.Unlock()
}
