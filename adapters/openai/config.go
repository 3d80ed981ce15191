package openai

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/prompts"
)

// API types.
const (
	APITypeOpenAI = "openai" // OpenAI and OpenAI-compatible servers
	APITypeAzure  = "azure"  // Azure OpenAI
)

// Defaults for unset Config fields.
const (
	DefaultBaseURL       = "https://api.openai.com/v1"
	DefaultAzureVersion  = "2024-10-21"
	DefaultTimeout       = 60 * time.Second
	DefaultMaxTokens     = 2048
	DefaultContextWindow = 8192
	DefaultMaxRetries    = 2
	DefaultParallel      = 2
)

// Config configures a Backend. The zero value of each field means its
// default; New checks the rest and names the bad setting in its error.
type Config struct {
	// BaseURL is the API base URL: for OpenAI and compatible servers up to
	// and including /v1 (https://api.openai.com/v1,
	// https://openrouter.ai/api/v1, http://localhost:11434/v1); for Azure
	// the resource endpoint (https://NAME.openai.azure.com). Default
	// DefaultBaseURL; required for Azure.
	BaseURL string
	// APIKey is the API key, sent as "Authorization: Bearer" (OpenAI) or
	// "api-key" (Azure). Required for api.openai.com and Azure; optional
	// for other servers (a local model needs none).
	APIKey string
	// Model is the model name (gpt-4o-mini, openai/gpt-4o on OpenRouter,
	// llama3.1 on Ollama). Required.
	Model string
	// Organization is the OpenAI organization id, sent as
	// OpenAI-Organization when set.
	Organization string
	// APIType is APITypeOpenAI (default) or APITypeAzure.
	APIType string
	// AzureDeployments maps model names to Azure deployment names; a model
	// not in the map is used as the deployment name.
	AzureDeployments map[string]string
	// APIVersion is the Azure api-version; default DefaultAzureVersion.
	APIVersion string
	// Timeout bounds each request to the model; for a streamed answer it
	// bounds the wait for each piece, so long answers are not cut. Default
	// DefaultTimeout.
	Timeout time.Duration
	// MaxTokens caps each reply's length in tokens and is reserved out of
	// the context window for it. Default DefaultMaxTokens.
	MaxTokens int
	// Temperature is the sampling temperature, 0 to 2; nil means the
	// server's default.
	Temperature *float32
	// ContextWindow is the model's context window in tokens. Articles too
	// long for it are briefed in parts. Default DefaultContextWindow.
	ContextWindow int
	// ExtraHeaders are sent with every request (OpenRouter's HTTP-Referer
	// and X-Title, a gateway's routing header). They cannot replace the
	// headers the client sets itself (Authorization, api-key,
	// Content-Type…).
	ExtraHeaders map[string]string
	// MaxRetries is how many times a call is retried after a rate limit
	// (429), a server error (5xx) or a broken connection. 0 means
	// DefaultMaxRetries; a negative value means no retries.
	MaxRetries int
	// Parallel is how many parts of a long article are briefed at once.
	// Default DefaultParallel.
	Parallel int
	// Fallback briefs an article when the model's output cannot be used
	// even after a repair attempt (normally the offline briefer). Nil
	// means such a briefing fails with EInvalid.
	Fallback bot.Briefer
	// Analyzer is the offline analysis the model's briefings and answers
	// are checked against (whose words the cited sentences are) and whose
	// notes on loaded wording they carry. Its lexicon version is part of
	// the backend's ID. Nil means a new offline briefer.
	Analyzer *offline.Briefer
	// HTTPClient is the HTTP client; nil means a new one. Its Timeout, if
	// set, applies to streamed answers as a whole.
	HTTPClient *http.Client
	// Logger receives operator logs; nil means slog.Default(). Article
	// text and API keys are never logged above debug level (keys never).
	Logger *slog.Logger
}

// Option changes a Backend's internals, for tests.
type Option func(*options)

type options struct {
	sleep   func(ctx context.Context, d time.Duration) error
	jitter  func() float64
	now     func() time.Time
	prompts *prompts.Set
}

// WithSleep replaces the sleep between retries (tests make it instant and
// record the delays). The function must return early with ctx's error
// when ctx ends.
func WithSleep(f func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) { o.sleep = f }
}

// WithJitter replaces the random source of retry jitter; f returns a value
// in [0, 1).
func WithJitter(f func() float64) Option { return func(o *options) { o.jitter = f } }

// WithClock replaces the clock used to read Retry-After dates.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithPrompts replaces the prompt templates (default prompts.Load()).
func WithPrompts(s *prompts.Set) Option { return func(o *options) { o.prompts = s } }

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// reserved are headers the client sets itself.
var reserved = map[string]bool{
	"Authorization": true, "Api-Key": true, "Content-Type": true, "Accept": true,
	"Content-Length": true, "Host": true, "Openai-Organization": true, "Connection": true,
	"Cache-Control": true, "Transfer-Encoding": true,
}

// normalize fills defaults and checks c, naming the bad setting.
func (c Config) normalize() (Config, error) {
	c.APIType = strings.ToLower(strings.TrimSpace(c.APIType))
	if c.APIType == "" {
		c.APIType = APITypeOpenAI
	}
	if c.APIType != APITypeOpenAI && c.APIType != APITypeAzure {
		return c, bad("APIType", "%q is not supported: use %q or %q", c.APIType, APITypeOpenAI, APITypeAzure)
	}
	c.BaseURL = strings.TrimRight(strings.TrimSpace(c.BaseURL), "/")
	if c.BaseURL == "" {
		if c.APIType == APITypeAzure {
			return c, bad("BaseURL", "required for Azure (https://NAME.openai.azure.com)")
		}
		c.BaseURL = DefaultBaseURL
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, bad("BaseURL", "%q is not an http(s) URL", c.BaseURL)
	}
	if c.APIType == APITypeAzure && u.Host == "api.openai.com" {
		return c, bad("BaseURL", "for Azure set the resource endpoint (https://NAME.openai.azure.com), not %s", c.BaseURL)
	}
	if u.User != nil {
		return c, bad("BaseURL", "must not hold credentials: set APIKey")
	}
	c.Model = strings.TrimSpace(c.Model)
	if c.Model == "" {
		return c, bad("Model", "required (e.g. gpt-4o-mini)")
	}
	if c.APIKey == "" && (c.APIType == APITypeAzure || u.Host == "api.openai.com") {
		return c, bad("APIKey", "required for %s", u.Host)
	}
	if strings.ContainsAny(c.APIKey, "\r\n") {
		return c, bad("APIKey", "contains a line break")
	}
	if c.APIType == APITypeAzure {
		if c.APIVersion == "" {
			c.APIVersion = DefaultAzureVersion
		}
	} else if c.APIVersion != "" || len(c.AzureDeployments) > 0 {
		return c, bad("APIVersion", "APIVersion and AzureDeployments apply only to APIType azure")
	}
	for m, d := range c.AzureDeployments {
		if strings.TrimSpace(d) == "" || strings.ContainsAny(d, "/?#") {
			return c, bad("AzureDeployments", "deployment %q for model %q is not a valid name", d, m)
		}
	}
	if c.Timeout < 0 {
		return c, bad("Timeout", "%v is negative", c.Timeout)
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxTokens < 0 {
		return c, bad("MaxTokens", "%d is negative", c.MaxTokens)
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.ContextWindow < 0 {
		return c, bad("ContextWindow", "%d is negative", c.ContextWindow)
	}
	if c.ContextWindow == 0 {
		c.ContextWindow = DefaultContextWindow
	}
	if t := c.Temperature; t != nil && (math.IsNaN(float64(*t)) || *t < 0 || *t > 2) {
		return c, bad("Temperature", "%v is outside 0 to 2", *t)
	}
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	case c.MaxRetries > 10:
		return c, bad("MaxRetries", "%d is more than 10", c.MaxRetries)
	}
	if c.Parallel < 0 {
		return c, bad("Parallel", "%d is negative", c.Parallel)
	}
	if c.Parallel == 0 {
		c.Parallel = DefaultParallel
	}
	hs := make(map[string]string, len(c.ExtraHeaders))
	for k, v := range c.ExtraHeaders {
		ck := http.CanonicalHeaderKey(strings.TrimSpace(k))
		if ck == "" || strings.ContainsAny(ck, " \t\r\n:") {
			return c, bad("ExtraHeaders", "%q is not a valid header name", k)
		}
		if strings.ContainsAny(v, "\r\n") {
			return c, bad("ExtraHeaders", "the value of %s contains a line break", ck)
		}
		if reserved[ck] {
			return c, bad("ExtraHeaders", "%s is set by the client itself and cannot be overridden", ck)
		}
		hs[ck] = v
	}
	c.ExtraHeaders = hs
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	// The client library refuses some parameters for reasoning models
	// (o1, o3, gpt-5…); check them now rather than on the first request.
	probe := goopenai.ChatCompletionRequest{Model: c.Model}
	if isReasoningModel(c.Model) {
		probe.MaxCompletionTokens = c.MaxTokens
	} else {
		probe.MaxTokens = c.MaxTokens //nolint:staticcheck // compatible servers want max_tokens
	}
	if c.Temperature != nil {
		probe.Temperature = wireTemperature(*c.Temperature)
	}
	if err := goopenai.NewReasoningValidator().Validate(probe); err != nil {
		return c, bad("Temperature", "%v or MaxTokens %d do not suit model %s: %w", tempString(c.Temperature), c.MaxTokens, c.Model, err)
	}
	return c, nil
}

// ConfigError is a Config that New refuses: the field at fault (BaseURL,
// APIKey, Model…) and why. A program that reads its settings under other
// names (environment variables) finds it with errors.As and names its own.
type ConfigError struct {
	Field  string // the Config field: BaseURL, APIKey, Model…
	Reason string // why, in a few words ("required for api.openai.com")
	Err    error  // the underlying error, if any
}

func (e *ConfigError) Error() string { return e.Field + ": " + e.Reason }

func (e *ConfigError) Unwrap() error { return e.Err }

// bad returns the error for a bad setting, naming it first.
func bad(setting, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	return &ConfigError{Field: setting, Reason: err.Error(), Err: errors.Unwrap(err)}
}

func tempString(t *float32) string {
	if t == nil {
		return "unset"
	}
	return fmt.Sprint(*t)
}

// isReasoningModel reports whether model takes max_completion_tokens rather
// than max_tokens. Gateway names (openai/o3-mini on OpenRouter) are not
// matched: gateways translate max_tokens themselves. A server that refuses
// the parameter chosen gets the other one (see downgrade).
func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// wireTemperature returns the temperature to put in a request: the client
// library omits a zero float, so 0 is sent as the smallest positive
// float32, which servers treat as 0.
func wireTemperature(t float32) float32 {
	if t == 0 {
		return math.SmallestNonzeroFloat32
	}
	return t
}

func defaultJitter() float64 { return rand.Float64() }
