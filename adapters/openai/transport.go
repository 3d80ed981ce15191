package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/bot"
)

// Retry timing.
const (
	backoffBase   = 500 * time.Millisecond
	maxBackoff    = 8 * time.Second
	maxRetryAfter = 30 * time.Second // a longer Retry-After is not waited for
	maxDowngrades = 4                // parameters dropped per call at most
)

var (
	errRequestTimeout = errors.New("request timeout")
	errIdleTimeout    = errors.New("stream idle timeout")
)

// recKey keys the *callRecord of a request in its context.
type recKey struct{}

// callRecord is what doer saw of the HTTP response: the client library
// keeps the status but drops the headers (Retry-After) of failed calls.
type callRecord struct {
	status int
	header http.Header
}

// doer is the HTTP client given to the client library: it adds the extra
// headers and records each response's status and headers.
type doer struct {
	client  *http.Client
	headers map[string]string
}

// Do implements the client library's HTTPDoer.
func (d *doer) Do(req *http.Request) (*http.Response, error) {
	for k, v := range d.headers {
		req.Header.Set(k, v)
	}
	resp, err := d.client.Do(req) //nolint:gosec // the URL is the operator's configured model server
	if rec, _ := req.Context().Value(recKey{}).(*callRecord); rec != nil && resp != nil {
		rec.status = resp.StatusCode
		rec.header = resp.Header
	}
	return resp, err
}

// call is one model request.
type call struct {
	op   string // brief, repair, summary, answer: for logs and errors
	msgs []goopenai.ChatCompletionMessage
	json bool // ask for the briefing JSON
}

// reply is a model's reply.
type reply struct {
	content string
	refusal string
	finish  string // stop, length, content_filter…; "" when none came
	choices int    // number of choices in the reply
	usage   bot.Usage
}

func message(role, content string) goopenai.ChatCompletionMessage {
	return goopenai.ChatCompletionMessage{Role: role, Content: content}
}

// request builds the wire request for c with the features the server
// accepts.
func (b *Backend) request(c call, stream bool) goopenai.ChatCompletionRequest {
	r := goopenai.ChatCompletionRequest{Model: b.cfg.Model, Messages: c.msgs}
	if b.feat.completionTokens.Load() {
		r.MaxCompletionTokens = b.cfg.MaxTokens
	} else {
		r.MaxTokens = b.cfg.MaxTokens //nolint:staticcheck // most compatible servers know only max_tokens
	}
	if t := b.cfg.Temperature; t != nil && !b.feat.noTemperature.Load() {
		r.Temperature = wireTemperature(*t)
	}
	if c.json {
		switch b.feat.format.Load() {
		case formatSchema:
			r.ResponseFormat = &goopenai.ChatCompletionResponseFormat{
				Type: goopenai.ChatCompletionResponseFormatTypeJSONSchema,
				JSONSchema: &goopenai.ChatCompletionResponseFormatJSONSchema{
					Name: "briefing", Schema: b.schema, Strict: true,
				},
			}
		case formatObject:
			r.ResponseFormat = &goopenai.ChatCompletionResponseFormat{Type: goopenai.ChatCompletionResponseFormatTypeJSONObject}
		}
	}
	if stream {
		r.Stream = true
		if !b.feat.noStreamUsage.Load() {
			r.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
		}
	}
	return r
}

// complete makes a non-streamed call, retrying as the failure allows.
func (b *Backend) complete(ctx context.Context, c call) (*reply, error) {
	downgrades := 0
	for attempt := 0; ; {
		req := b.request(c, false)
		rec := &callRecord{}
		actx, cancel := context.WithTimeoutCause(ctx, b.cfg.Timeout, errRequestTimeout)
		actx = context.WithValue(actx, recKey{}, rec)
		start := time.Now()
		resp, err := b.client.CreateChatCompletion(actx, req)
		cause := context.Cause(actx)
		cancel()
		if err == nil {
			r := &reply{choices: len(resp.Choices)}
			if len(resp.Choices) > 0 {
				ch := resp.Choices[0]
				r.content, r.refusal, r.finish = ch.Message.Content, ch.Message.Refusal, string(ch.FinishReason)
			}
			r.usage = usageOf(resp.Usage, req.Messages, r.content)
			b.addUsage(r.usage)
			b.logCall(ctx, c.op, r, time.Since(start), resp.Header().Get("x-request-id"))
			return r, nil
		}
		f := b.classify(ctx, err, rec, cause)
		if downgrades < maxDowngrades && b.downgrade(ctx, c.op, f, req) {
			downgrades++
			continue
		}
		if retry, err := b.wait(ctx, c.op, f, attempt); retry {
			attempt++
			continue
		} else if err != nil {
			return nil, err
		}
		return nil, b.fail(ctx, c.op, f, attempt)
	}
}

// stream makes a streamed call, sending each piece of text to onDelta as it
// arrives. A failure before any text is retried like complete's; a failure
// after some text is not (the text is already shown) and is a failCut.
// Timeout bounds the wait for each piece.
func (b *Backend) stream(ctx context.Context, c call, onDelta func(string)) (*reply, error) {
	downgrades := 0
	for attempt := 0; ; {
		req := b.request(c, true)
		rec := &callRecord{}
		sctx, cancel := context.WithCancelCause(ctx)
		idle := time.AfterFunc(b.cfg.Timeout, func() { cancel(errIdleTimeout) })
		sctx = context.WithValue(sctx, recKey{}, rec)
		start := time.Now()
		r, err := b.readStream(sctx, req, idle, onDelta)
		idle.Stop()
		cause := context.Cause(sctx)
		cancel(nil)
		if err == nil {
			b.addUsage(r.usage)
			b.logCall(ctx, c.op, r, time.Since(start), rec.header.Get("x-request-id"))
			return r, nil
		}
		var f *failure
		if errors.As(err, &f) { // a failure readStream classified itself
			return nil, b.fail(ctx, c.op, f, attempt)
		}
		f = b.classify(ctx, err, rec, cause)
		if r != nil && r.content != "" {
			f.kind = failCut
			return nil, b.fail(ctx, c.op, f, attempt)
		}
		if downgrades < maxDowngrades && b.downgrade(ctx, c.op, f, req) {
			downgrades++
			continue
		}
		if retry, err := b.wait(ctx, c.op, f, attempt); retry {
			attempt++
			continue
		} else if err != nil {
			return nil, err
		}
		return nil, b.fail(ctx, c.op, f, attempt)
	}
}

// readStream opens and reads one stream. It returns the reply so far with
// any error, so the caller knows whether text was already sent.
func (b *Backend) readStream(ctx context.Context, req goopenai.ChatCompletionRequest, idle *time.Timer, onDelta func(string)) (*reply, error) {
	st, err := b.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	r := &reply{}
	var text strings.Builder
	var usage *goopenai.Usage
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.content = text.String()
			return r, err
		}
		idle.Reset(b.cfg.Timeout)
		if chunk.Usage != nil {
			usage = chunk.Usage
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			r.choices = 1
			if d := ch.Delta.Content; d != "" {
				text.WriteString(d)
				if onDelta != nil {
					onDelta(d)
				}
			}
			r.refusal += ch.Delta.Refusal
			if ch.FinishReason != "" && ch.FinishReason != goopenai.FinishReasonNull {
				r.finish = string(ch.FinishReason)
			}
		}
	}
	r.content = text.String()
	if r.finish == "" {
		// The body ended without a finish_reason: the stream was cut
		// (a clean end of body is io.EOF to the client library too).
		if r.content == "" && r.refusal == "" {
			return r, &failure{kind: failEmpty, err: errors.New("stream ended with no choices and no finish_reason")}
		}
		return r, &failure{kind: failCut, err: fmt.Errorf("stream ended after %d bytes with no finish_reason", len(r.content))}
	}
	var u goopenai.Usage
	if usage != nil {
		u = *usage
	}
	r.usage = usageOf(u, req.Messages, r.content)
	return r, nil
}

// usageOf converts the server's usage, estimating it when the server
// reported none (some compatible servers do not).
func usageOf(u goopenai.Usage, msgs []goopenai.ChatCompletionMessage, content string) bot.Usage {
	if u.PromptTokens == 0 && u.CompletionTokens == 0 {
		p := replyPriming
		for _, m := range msgs {
			p += perMessage + estimateTokens(m.Content)
		}
		return bot.Usage{PromptTokens: p, CompletionTokens: estimateTokens(content), Calls: 1}
	}
	return bot.Usage{PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens, Calls: 1}
}

func (b *Backend) logCall(ctx context.Context, op string, r *reply, d time.Duration, requestID string) {
	b.log.LogAttrs(ctx, slog.LevelDebug, "openai: model call",
		slog.String("op", op), slog.String("model", b.cfg.Model),
		slog.String("finish_reason", r.finish), slog.Int("prompt_tokens", r.usage.PromptTokens),
		slog.Int("completion_tokens", r.usage.CompletionTokens), slog.Duration("duration", d),
		slog.String("request_id", requestID))
}

// failKind classifies a failed call.
type failKind int

const (
	failNetwork       failKind = iota // connection refused, reset, DNS…
	failAuth                          // 401
	failForbidden                     // 403
	failNotFound                      // 404, unknown model
	failQuota                         // 402, 429 insufficient_quota
	failRate                          // 429
	failServer                        // 5xx, 408, 409, an error event in a stream
	failBadResponse                   // a 2xx body that is not a chat completion
	failTimeout                       // a deadline or Timeout passed
	failCanceled                      // the caller cancelled
	failContextLength                 // the prompt is over the model's window
	failFilter                        // the provider's content filter
	failBadRequest                    // any other 4xx
	failCut                           // a stream ended after some text
	failEmpty                         // a reply with no choice or no text
	failEndpoint                      // 404 that is not about the model: no chat API at the base URL
)

var kindNames = [...]string{"network", "auth", "forbidden", "not_found", "quota", "rate_limit", "server",
	"bad_response", "timeout", "canceled", "context_length", "content_filter", "bad_request", "stream_cut", "empty",
	"endpoint_not_found"}

func (k failKind) String() string { return kindNames[k] }

// failure is a classified failed call. It is an error so that readStream
// can return one it classified itself.
type failure struct {
	kind       failKind
	status     int
	code, typ  string // the provider's error code and type
	param      string
	message    string // the provider's error message (operator detail)
	retryAfter time.Duration
	requestID  string
	err        error
}

func (f *failure) Error() string {
	if f.err != nil {
		return f.err.Error()
	}
	return f.kind.String()
}

func (f *failure) Unwrap() error { return f.err }

func (f *failure) retryable() bool {
	switch f.kind {
	case failNetwork, failRate, failServer, failBadResponse:
		return true
	}
	return false
}

// classify turns a call's error into a failure. cause is the cause of the
// attempt's own context (a per-request or idle timeout).
func (b *Backend) classify(ctx context.Context, err error, rec *callRecord, cause error) *failure {
	var own *failure
	if errors.As(err, &own) {
		return own
	}
	f := &failure{err: err}
	if rec != nil && rec.header != nil {
		f.status = rec.status
		f.requestID = rec.header.Get("x-request-id")
		f.retryAfter = retryAfter(rec.header, b.opt.now())
	}
	var apiErr *goopenai.APIError
	var reqErr *goopenai.RequestError
	switch {
	case errors.As(err, &apiErr):
		if apiErr.HTTPStatusCode != 0 {
			f.status = apiErr.HTTPStatusCode
		} else if f.status == http.StatusOK {
			f.status = 0 // an error event inside a 200 stream
		}
		f.message, f.typ = apiErr.Message, apiErr.Type
		if apiErr.Code != nil {
			f.code = fmt.Sprint(apiErr.Code)
		}
		if apiErr.Param != nil {
			f.param = *apiErr.Param
		}
		if apiErr.InnerError != nil && apiErr.InnerError.Code != "" && f.code == "" {
			f.code = apiErr.InnerError.Code
		}
		if f.status == 0 {
			f.kind = failServer
			return f
		}
	case errors.As(err, &reqErr):
		f.status = reqErr.HTTPStatusCode
		f.message = truncate(string(reqErr.Body), 300)
	}
	if f.status >= 300 || (f.status != 0 && f.status < 200) {
		f.kind = statusKind(f)
		return f
	}
	var netErr net.Error
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		f.kind = failCanceled
	case ctx.Err() != nil, errors.Is(cause, errRequestTimeout), errors.Is(cause, errIdleTimeout),
		errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		f.kind = failTimeout
	case errors.As(err, &syntaxErr), errors.As(err, &typeErr), f.status >= 200 && f.status < 300:
		f.kind = failBadResponse // a response came, but not a readable one
	default:
		f.kind = failNetwork
	}
	return f
}

// statusKind classifies an HTTP error status.
func statusKind(f *failure) failKind {
	msg := strings.ToLower(f.message)
	switch {
	case f.code == "context_length_exceeded" || strings.Contains(msg, "maximum context length") ||
		strings.Contains(msg, "context length") || strings.Contains(msg, "context window"):
		return failContextLength
	case f.code == "content_filter" || f.code == "content_policy_violation" || strings.Contains(msg, "content management policy"):
		return failFilter
	case f.code == "model_not_found" || f.code == "DeploymentNotFound":
		return failNotFound
	case f.code == "insufficient_quota" || f.typ == "insufficient_quota":
		return failQuota
	}
	switch s := f.status; {
	case s == http.StatusUnauthorized:
		return failAuth
	case s == http.StatusForbidden:
		return failForbidden
	case s == http.StatusNotFound && strings.Contains(msg, "model"):
		// "model \"x\" not found" (Ollama), "The model `x` does not exist" (vLLM).
		return failNotFound
	case s == http.StatusNotFound:
		// A 404 that does not speak of a model ("404 page not found",
		// "Invalid URL (POST /chat/completions)"): the base URL is not an
		// OpenAI-compatible API's, typically for want of its /v1.
		return failEndpoint
	case s == http.StatusPaymentRequired:
		return failQuota
	case s == http.StatusTooManyRequests:
		return failRate
	case s == http.StatusRequestTimeout, s == http.StatusConflict, s >= 500:
		return failServer
	case s == http.StatusBadRequest && strings.Contains(msg, "model") &&
		(strings.Contains(msg, "does not exist") || strings.Contains(msg, "not found") || strings.Contains(msg, "not a valid model")):
		return failNotFound
	}
	return failBadRequest
}

// retryAfter reads Retry-After (seconds or an HTTP date) or retry-after-ms.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("retry-after-ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// wait sleeps before a retry when f allows one. It reports whether to
// retry, or returns the error to give up with when the sleep was cut
// short.
func (b *Backend) wait(ctx context.Context, op string, f *failure, attempt int) (bool, error) {
	if !f.retryable() || attempt >= b.cfg.MaxRetries || f.retryAfter > maxRetryAfter {
		return false, nil
	}
	d := f.retryAfter
	if d <= 0 {
		d = min(backoffBase<<attempt, maxBackoff)
		d = d/2 + time.Duration(b.opt.jitter()*float64(d/2)) // equal jitter
	}
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
		return false, nil
	}
	b.log.LogAttrs(ctx, slog.LevelWarn, "openai: retrying model call",
		slog.String("op", op), slog.String("model", b.cfg.Model), slog.String("kind", f.kind.String()),
		slog.Int("status", f.status), slog.String("request_id", f.requestID),
		slog.Int("attempt", attempt+1), slog.Duration("wait", d), slog.String("error", b.redact(f.detail())))
	if err := b.opt.sleep(ctx, d); err != nil {
		g := b.classify(ctx, err, nil, nil)
		return false, b.fail(ctx, op, g, attempt)
	}
	return true, nil
}

// downgrade turns off the request parameter a 400 reply complains about,
// and reports whether the call should be made again without it: structured
// outputs fall back to JSON mode, JSON mode to none, and stream usage,
// temperature and max_tokens/max_completion_tokens are dropped or swapped.
func (b *Backend) downgrade(ctx context.Context, op string, f *failure, req goopenai.ChatCompletionRequest) bool {
	if f.kind != failBadRequest || (f.status != http.StatusBadRequest && f.status != http.StatusUnprocessableEntity) {
		return false
	}
	m := strings.ToLower(f.param + " " + f.message)
	var what string
	switch {
	case req.ResponseFormat != nil && (strings.Contains(m, "response_format") || strings.Contains(m, "json_schema") ||
		strings.Contains(m, "json_object") || strings.Contains(m, "response format") || strings.Contains(m, "structured output")):
		if req.ResponseFormat.Type == goopenai.ChatCompletionResponseFormatTypeJSONSchema {
			b.feat.format.CompareAndSwap(formatSchema, formatObject)
			what = "response_format json_schema (using json_object)"
		} else {
			b.feat.format.CompareAndSwap(formatObject, formatNone)
			what = "response_format json_object (using the prompt alone)"
		}
	case req.StreamOptions != nil && strings.Contains(m, "stream_options"):
		b.feat.noStreamUsage.Store(true)
		what = "stream_options"
	case req.MaxTokens > 0 && strings.Contains(m, "max_tokens") && strings.Contains(m, "max_completion_tokens"): //nolint:staticcheck // see request
		b.feat.completionTokens.Store(true)
		what = "max_tokens (using max_completion_tokens)"
	case req.MaxCompletionTokens > 0 && strings.Contains(m, "max_completion_tokens"):
		b.feat.completionTokens.Store(false)
		what = "max_completion_tokens (using max_tokens)"
	case req.Temperature != 0 && strings.Contains(m, "temperature"):
		b.feat.noTemperature.Store(true)
		what = "temperature"
	default:
		return false
	}
	b.log.LogAttrs(ctx, slog.LevelInfo, "openai: server refused a request parameter; not sending it again",
		slog.String("op", op), slog.String("model", b.cfg.Model), slog.String("parameter", what),
		slog.String("error", b.redact(f.detail())))
	return true
}

// detail is the operator's view of a failure.
func (f *failure) detail() string {
	if f.message != "" {
		return truncate(f.message, 300)
	}
	if f.err != nil {
		return truncate(f.err.Error(), 300)
	}
	return f.kind.String()
}

// CallError is a failed model call as the operator needs it: what kind of
// failure, which server and model, and whether the same call may succeed
// later. The *bot.Error a Backend returns for a failed call wraps one (find
// it with errors.As); its text is the operator detail, without the API key.
type CallError struct {
	Kind    string // network, timeout, endpoint_not_found, not_found, auth, forbidden, rate_limit, server…
	BaseURL string // Config.BaseURL (after defaults)
	Model   string
	Status  int  // the HTTP status; 0 when no response came
	Retry   bool // trying again later, unchanged, may succeed
	Err     error
}

func (e *CallError) Error() string { return e.Err.Error() }

func (e *CallError) Unwrap() error { return e.Err }

// retryLater reports whether the same call may succeed later, unchanged:
// not when the configuration or the request is wrong.
func (k failKind) retryLater() bool {
	switch k {
	case failNetwork, failRate, failServer, failBadResponse, failTimeout, failCut, failEmpty:
		return true
	}
	return false
}

// fail logs f for the operator and returns the user's *bot.Error.
func (b *Backend) fail(ctx context.Context, op string, f *failure, attempt int) *bot.Error {
	code, msg := b.userMessage(f)
	level := slog.LevelWarn
	switch f.kind {
	case failAuth, failForbidden, failNotFound, failEndpoint, failQuota, failBadRequest, failContextLength:
		level = slog.LevelError // the operator has to act
	case failCanceled:
		level = slog.LevelInfo
	}
	attrs := []slog.Attr{
		slog.String("op", op), slog.String("model", b.cfg.Model), slog.String("kind", f.kind.String()),
		slog.String("base_url", b.cfg.BaseURL),
		slog.Int("status", f.status), slog.String("code", f.code), slog.String("type", f.typ),
		slog.String("request_id", f.requestID), slog.Int("attempts", attempt+1),
		slog.Duration("retry_after", f.retryAfter), slog.String("error", b.redact(f.detail())),
	}
	if f.kind == failEndpoint && b.cfg.APIType == APITypeOpenAI && !strings.HasSuffix(b.cfg.BaseURL, "/v1") {
		attrs = append(attrs, slog.String("hint", "OpenAI-compatible base URLs usually end in /v1"))
	}
	b.log.LogAttrs(ctx, level, "openai: model call failed", attrs...)
	ce := &CallError{
		Kind: f.kind.String(), BaseURL: b.cfg.BaseURL, Model: b.cfg.Model, Status: f.status,
		Retry: f.kind.retryLater(), Err: redacted{f, b.cfg.APIKey},
	}
	return bot.WrapError(ce, code, "openai "+op, msg)
}

// userMessage is the one line a user sees for f, free of HTTP and Go detail.
func (b *Backend) userMessage(f *failure) (code, msg string) {
	switch f.kind {
	case failAuth:
		return bot.EUnavailable, "The language model rejected the API key; the operator needs to check it."
	case failForbidden:
		return bot.EUnavailable, "The language model refused access to this account or model; the operator needs to check it."
	case failNotFound:
		if b.cfg.APIType == APITypeAzure {
			dep := b.cfg.Model
			if d, ok := b.cfg.AzureDeployments[dep]; ok {
				dep = d
			}
			return bot.EUnavailable, fmt.Sprintf("The language model %q (Azure deployment %q) was not found; the operator needs to check the model name.", b.cfg.Model, dep)
		}
		return bot.EUnavailable, fmt.Sprintf("The language model %q was not found; the operator needs to check the model name.", b.cfg.Model)
	case failEndpoint:
		return bot.EUnavailable, "The language model's server has no chat API at the address set for it; the operator needs to check that address."
	case failQuota:
		return bot.ERateLimited, "The language model's quota or credit is used up; the operator needs to check the account."
	case failRate:
		if f.retryAfter > maxRetryAfter {
			return bot.ERateLimited, fmt.Sprintf("The language model is rate-limited; try again in about %s.", roundWait(f.retryAfter))
		}
		return bot.ERateLimited, "The language model is rate-limited right now; try again in a minute."
	case failServer:
		return bot.EUnavailable, "The language model is unavailable right now; try again later."
	case failBadResponse:
		return bot.EUnavailable, "The language model sent a reply that could not be read; try again later."
	case failTimeout:
		return bot.EUnavailable, "The language model did not answer in time."
	case failCanceled:
		return bot.EUnavailable, "The request was cancelled."
	case failContextLength:
		return bot.ETooLarge, "The text is too long for the language model's context window."
	case failFilter:
		return bot.EForbidden, "The language model's provider blocked this request (content filter)."
	case failBadRequest:
		return bot.EUnavailable, "The language model rejected the request; the operator's log has the detail."
	case failCut:
		return bot.EUnavailable, "The language model's answer was cut off; ask again."
	case failEmpty:
		return bot.EUnavailable, "The language model returned an empty answer; ask again."
	}
	return bot.EUnavailable, "The language model could not be reached; try again later."
}

func roundWait(d time.Duration) string {
	if d < 90*time.Second {
		return fmt.Sprintf("%d seconds", int(d.Round(time.Second)/time.Second))
	}
	return fmt.Sprintf("%d minutes", int((d+30*time.Second)/time.Minute))
}

// redact removes the API key from s.
func (b *Backend) redact(s string) string {
	if k := b.cfg.APIKey; len(k) >= 4 {
		s = strings.ReplaceAll(s, k, "[redacted]")
	}
	return s
}

// redacted wraps an error so that its text never holds the API key.
type redacted struct {
	err error
	key string
}

func (r redacted) Error() string {
	s := r.err.Error()
	if len(r.key) >= 4 {
		s = strings.ReplaceAll(s, r.key, "[redacted]")
	}
	return s
}

func (r redacted) Unwrap() error { return r.err }

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
