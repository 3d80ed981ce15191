package openai

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
)

// briefErr briefs the seed article and returns the *bot.Error.
func briefErr(t *testing.T, e *env) *bot.Error {
	t.Helper()
	br, err := e.b.Brief(context.Background(), seedArticle(t))
	if err == nil {
		t.Fatalf("no error; briefing %+v", br)
	}
	return botErr(t, err)
}

// checkUserMessage checks a message is one line free of HTTP and Go detail.
func checkUserMessage(t *testing.T, msg string) {
	t.Helper()
	for _, bad := range []string{"\n", "status", "http", "HTTP", "error,", "context deadline", "context canceled", "deadline", "EOF", "dial", "{", testKey, "sk-"} {
		if strings.Contains(msg, bad) {
			t.Errorf("user message %q contains %q", msg, bad)
		}
	}
}

func TestRateLimitRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		header map[string]string
		want   time.Duration
	}{
		{"seconds", map[string]string{"Retry-After": "2"}, 2 * time.Second},
		{"milliseconds", map[string]string{"retry-after-ms": "1500", "Retry-After": "2"}, 1500 * time.Millisecond},
		{"date", map[string]string{"Retry-After": now.Add(7 * time.Second).Format(http.TimeFormat)}, 7 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.b.opt.now = func() time.Time { return now }
			r := openaitest.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached for gpt-test")
			r.Header = tc.header
			e.srv.Push(r, openaitest.Reply(seedReply))
			if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
				t.Fatal(err)
			}
			if got := e.sleeps.all(); len(got) != 1 || got[0] != tc.want {
				t.Errorf("slept %v, want [%v]", got, tc.want)
			}
			lines := e.log.lines("retrying")
			if len(lines) != 1 || lines[0]["status"] != float64(429) || lines[0]["kind"] != "rate_limit" || lines[0]["level"] != "WARN" {
				t.Errorf("retry log %v", lines)
			}
		})
	}
}

func TestRateLimitBackoff(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxRetries = 3 })
	r429 := openaitest.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
	e.srv.Push(r429, r429, r429, openaitest.Reply(seedReply))
	if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
		t.Fatal(err)
	}
	// Equal jitter with the test's jitter of 0.5: d/2 + 0.5·d/2, d doubling.
	want := []time.Duration{375 * time.Millisecond, 750 * time.Millisecond, 1500 * time.Millisecond}
	if got := e.sleeps.all(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("slept %v, want %v", got, want)
	}
}

func TestBackoffCapped(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxRetries = 10 })
	f := &failure{kind: failServer}
	for attempt := 0; attempt < 10; attempt++ {
		if _, err := e.b.wait(context.Background(), "brief", f, attempt); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range e.sleeps.all() {
		if d > maxBackoff {
			t.Errorf("wait %v over the cap %v", d, maxBackoff)
		}
	}
	if got := e.sleeps.all(); got[len(got)-1] != maxBackoff*3/4 {
		t.Errorf("last wait %v", got[len(got)-1])
	}
}

func TestRateLimitExhausted(t *testing.T) {
	e := newEnv(t, nil)
	r429 := openaitest.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
	e.srv.Push(r429, r429, r429)
	be := briefErr(t, e)
	if be.Code != bot.ERateLimited || be.Message != "The language model is rate-limited right now; try again in a minute." {
		t.Errorf("error %+v", be)
	}
	checkUserMessage(t, be.Message)
	if n := len(e.srv.Requests()); n != 1+DefaultMaxRetries {
		t.Errorf("%d requests, want %d", n, 1+DefaultMaxRetries)
	}
	lines := e.log.lines("model call failed")
	if len(lines) != 1 || lines[0]["attempts"] != float64(3) || lines[0]["code"] != "rate_limit_exceeded" || lines[0]["request_id"] != "req_test" {
		t.Errorf("final log line %v", lines)
	}
}

func TestRateLimitRetryAfterTooLong(t *testing.T) {
	e := newEnv(t, nil)
	r := openaitest.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
	r.Header = map[string]string{"Retry-After": "120"}
	e.srv.Push(r)
	be := briefErr(t, e)
	if be.Code != bot.ERateLimited || be.Message != "The language model is rate-limited; try again in about 2 minutes." {
		t.Errorf("error %+v", be)
	}
	if len(e.sleeps.all()) != 0 || len(e.srv.Requests()) != 1 {
		t.Error("waited for a Retry-After over the cap")
	}
}

func TestQuotaNotRetried(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Error(429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota, please check your plan and billing details."))
	be := briefErr(t, e)
	if be.Code != bot.ERateLimited || !strings.Contains(be.Message, "quota") || len(e.srv.Requests()) != 1 {
		t.Errorf("error %+v after %d requests", be, len(e.srv.Requests()))
	}
}

func TestServerErrors(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(
		openaitest.Error(500, "server_error", "", "The server had an error while processing your request."),
		openaitest.Response{Status: 502, Body: "<html><body>502 Bad Gateway</body></html>", Header: map[string]string{"Content-Type": "text/html"}},
		openaitest.Reply(seedReply),
	)
	if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
		t.Fatal(err)
	}
	if len(e.sleeps.all()) != 2 {
		t.Errorf("sleeps %v", e.sleeps.all())
	}

	e = newEnv(t, nil)
	r503 := openaitest.Error(503, "server_error", "", "overloaded")
	e.srv.Push(r503, r503, r503)
	be := briefErr(t, e)
	if be.Code != bot.EUnavailable || be.Message != "The language model is unavailable right now; try again later." {
		t.Errorf("error %+v", be)
	}
	checkUserMessage(t, be.Message)
	if len(e.srv.Requests()) != 3 {
		t.Errorf("%d requests", len(e.srv.Requests()))
	}
}

func TestMaxRetriesNone(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxRetries = -1 })
	e.srv.Push(openaitest.Error(500, "server_error", "", "boom"))
	briefErr(t, e)
	if len(e.srv.Requests()) != 1 {
		t.Errorf("%d requests with retries off", len(e.srv.Requests()))
	}
}

const msgTimeout = "The language model did not answer in time."

func TestTimeouts(t *testing.T) {
	slow := openaitest.Response{Content: seedReply, Delay: 5 * time.Second}
	t.Run("Config.Timeout", func(t *testing.T) {
		e := newEnv(t, func(c *Config) { c.Timeout = 50 * time.Millisecond })
		e.srv.Push(slow)
		be := briefErr(t, e)
		if be.Code != bot.EUnavailable || be.Message != msgTimeout {
			t.Errorf("error %+v", be)
		}
		if len(e.srv.Requests()) != 1 {
			t.Errorf("a timeout was retried: %d requests", len(e.srv.Requests()))
		}
	})
	t.Run("context deadline", func(t *testing.T) {
		e := newEnv(t, nil)
		e.srv.Push(slow)
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := e.b.Brief(ctx, seedArticle(t))
		if be := botErr(t, err); be.Message != msgTimeout {
			t.Errorf("error %+v", be)
		}
	})
	t.Run("http.Client timeout", func(t *testing.T) {
		e := newEnv(t, func(c *Config) { c.HTTPClient = &http.Client{Timeout: 50 * time.Millisecond} })
		e.srv.Push(slow)
		if be := briefErr(t, e); be.Message != msgTimeout {
			t.Errorf("error %+v", be)
		}
	})
	t.Run("stream idle", func(t *testing.T) {
		e := newEnv(t, func(c *Config) { c.Timeout = 50 * time.Millisecond })
		e.srv.Push(openaitest.Response{Delay: 5 * time.Second, Chunks: []string{"x"}})
		_, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil)
		if be := botErr(t, err); be.Message != msgTimeout {
			t.Errorf("error %+v", be)
		}
	})
	t.Run("stream slower than Timeout overall", func(t *testing.T) {
		// Timeout bounds each piece, not the whole answer.
		e := newEnv(t, func(c *Config) { c.Timeout = 300 * time.Millisecond })
		e.srv.Push(openaitest.Response{Chunks: []string{"China ", "denies ", "it ", "[7]", "."}, ChunkDelay: 100 * time.Millisecond})
		ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil)
		if err != nil || ans.Text != "China denies it [7]." {
			t.Errorf("answer %+v, %v", ans, err)
		}
	})
}

func TestCancelled(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Response{Content: seedReply, Delay: 5 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(30*time.Millisecond, cancel)
	_, err := e.b.Brief(ctx, seedArticle(t))
	if be := botErr(t, err); be.Message != "The request was cancelled." || !errors.Is(err, context.Canceled) {
		t.Errorf("error %+v", be)
	}
}

func TestWrongKey(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: "+testKey+". You can find your API key at https://platform.openai.com/account/api-keys."))
	be := briefErr(t, e)
	if be.Code != bot.EUnavailable || !strings.HasPrefix(be.Message, "The language model rejected the API key") {
		t.Errorf("error %+v", be)
	}
	checkUserMessage(t, be.Message)
	if len(e.srv.Requests()) != 1 || len(e.sleeps.all()) != 0 {
		t.Error("a 401 was retried")
	}
	if strings.Contains(be.Error(), testKey) || strings.Contains(e.log.String(), testKey) {
		t.Error("the API key leaked into the error or the log")
	}
	lines := e.log.lines("model call failed")
	if len(lines) != 1 || lines[0]["level"] != "ERROR" || lines[0]["status"] != float64(401) || lines[0]["kind"] != "auth" {
		t.Errorf("log %v", lines)
	}
	// The same for an answer.
	e.srv.Push(openaitest.Error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"))
	_, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil)
	if be := botErr(t, err); !strings.HasPrefix(be.Message, "The language model rejected the API key") {
		t.Errorf("answer error %+v", be)
	}
}

func TestUnknownModel(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Model = "gpt-nonexistent" })
	e.srv.Push(openaitest.Error(404, "invalid_request_error", "model_not_found", "The model `gpt-nonexistent` does not exist or you do not have access to it."))
	be := briefErr(t, e)
	if be.Code != bot.EUnavailable || be.Message != `The language model "gpt-nonexistent" was not found; the operator needs to check the model name.` {
		t.Errorf("error %+v", be)
	}
	if len(e.srv.Requests()) != 1 {
		t.Error("a 404 was retried")
	}
	// OpenRouter says it with a 400.
	e.srv.Push(openaitest.Error(400, "", "", "gpt-nonexistent is not a valid model ID"))
	if be := briefErr(t, e); !strings.Contains(be.Message, `"gpt-nonexistent" was not found`) {
		t.Errorf("400 unknown model: %+v", be)
	}
}

func TestOtherFailures(t *testing.T) {
	for _, tc := range []struct {
		name string
		resp openaitest.Response
		code string
		msg  string
	}{
		{"context length", openaitest.Error(400, "invalid_request_error", "context_length_exceeded", "This model's maximum context length is 8192 tokens."),
			bot.ETooLarge, "The text is too long for the language model's context window."},
		{"forbidden", openaitest.Error(403, "", "unsupported_country_region_territory", "Country not supported"),
			bot.EUnavailable, "The language model refused access to this account or model; the operator needs to check it."},
		{"credit", openaitest.Error(402, "", "", "Insufficient credits"),
			bot.ERateLimited, "The language model's quota or credit is used up; the operator needs to check the account."},
		{"prompt filtered (Azure)", openaitest.Error(400, "", "content_filter", "The response was filtered due to the prompt triggering Azure OpenAI's content management policy."),
			bot.EForbidden, "The language model's provider blocked this request (content filter)."},
		{"bad request", openaitest.Error(400, "invalid_request_error", "", "Invalid value for 'messages'."),
			bot.EUnavailable, "The language model rejected the request; the operator's log has the detail."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.srv.Push(tc.resp)
			be := briefErr(t, e)
			if be.Code != tc.code || be.Message != tc.msg {
				t.Errorf("error %+v", be)
			}
			checkUserMessage(t, be.Message)
			if len(e.srv.Requests()) != 1 {
				t.Error("retried")
			}
		})
	}
}

// TestEndpointNotFound checks that a 404 that does not speak of a model
// (a base URL without its /v1, as the server answers) is told apart from
// an unknown model: the user reads that the server's address is wrong,
// the operator's log names the base URL and suggests /v1, and the
// CallError says trying again will not help.
func TestEndpointNotFound(t *testing.T) {
	for _, tc := range []struct {
		name string
		base func(*openaitest.Server) string
		resp *openaitest.Response
		kind string
		hint bool
	}{
		// openaitest answers any path but /v1/chat/completions with
		// OpenAI's own 404 for an unknown URL.
		{"base URL without /v1", func(s *openaitest.Server) string { return s.RootURL }, nil, "endpoint_not_found", true},
		{"plain-text 404 (Ollama)", func(s *openaitest.Server) string { return s.URL },
			&openaitest.Response{Status: 404, Body: "404 page not found", Header: map[string]string{"Content-Type": "text/plain"}}, "endpoint_not_found", false},
		{"unknown model (Ollama)", func(s *openaitest.Server) string { return s.URL },
			&openaitest.Response{Status: 404, Body: `{"error":{"message":"model \"llama3.1:8b\" not found, try pulling it first","type":"api_error","param":null,"code":null}}`}, "not_found", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := openaitest.New(t)
			e := newEnv(t, func(c *Config) { c.BaseURL = tc.base(srv) })
			if tc.resp != nil {
				srv.Push(*tc.resp)
			}
			_, err := e.b.Brief(context.Background(), seedArticle(t))
			be := botErr(t, err)
			checkUserMessage(t, be.Message)
			var ce *CallError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v holds no *CallError", err)
			}
			if ce.Kind != tc.kind || ce.Status != 404 || ce.Retry || ce.BaseURL != tc.base(srv) || ce.Model != "gpt-test" {
				t.Errorf("CallError = %+v, want kind %s, status 404, no retry, the base URL and model", ce, tc.kind)
			}
			if tc.kind == "endpoint_not_found" && !strings.Contains(be.Message, "no chat API at the address") {
				t.Errorf("user message %q does not say the address is wrong", be.Message)
			}
			if tc.kind == "not_found" && !strings.Contains(be.Message, "was not found") {
				t.Errorf("user message %q does not say the model was not found", be.Message)
			}
			if len(e.sleeps.all()) != 0 {
				t.Errorf("a 404 was retried: sleeps %v", e.sleeps.all())
			}
			lines := e.log.lines("model call failed")
			if len(lines) != 1 || lines[0]["base_url"] != tc.base(srv) || lines[0]["kind"] != tc.kind {
				t.Fatalf("log %v, want one line with the kind and base_url", lines)
			}
			if hint, _ := lines[0]["hint"].(string); strings.Contains(hint, "/v1") != tc.hint {
				t.Errorf("log hint %q; want a /v1 hint: %v", hint, tc.hint)
			}
		})
	}
}

func TestUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	e := newEnv(t, func(c *Config) { c.BaseURL = "http://" + addr + "/v1" })
	be := briefErr(t, e)
	if be.Code != bot.EUnavailable || be.Message != "The language model could not be reached; try again later." {
		t.Errorf("error %+v", be)
	}
	if len(e.sleeps.all()) != DefaultMaxRetries {
		t.Errorf("sleeps %v", e.sleeps.all())
	}
	var ce *CallError
	if !errors.As(be, &ce) || ce.Kind != "network" || !ce.Retry || ce.Status != 0 || ce.BaseURL != "http://"+addr+"/v1" {
		t.Errorf("CallError = %+v, want kind network, retry, no status, the base URL", ce)
	}
}

func TestMalformedBodies(t *testing.T) {
	// None of these may panic; each is a *bot.Error or a fallback briefing.
	bodies := []string{"", "{", "null", `{"choices":null}`, `{"choices":[{"message":null}]}`, `[]`, `{"choices":[{}]}`,
		`{"error":{"message":"boom"}}`, "<html>oops</html>", `{"choices":[{"message":{"content":{"nested":1}}}]}`}
	for _, body := range bodies {
		e := newEnv(t, func(c *Config) { c.MaxRetries = -1 })
		for i := 0; i < 2; i++ {
			e.srv.Push(openaitest.Response{Status: 200, Body: body})
		}
		br, err := e.b.Brief(context.Background(), seedArticle(t))
		if err != nil {
			botErr(t, err)
		} else if br == nil {
			t.Errorf("%q: nil briefing and nil error", body)
		}
		e.srv.Push(openaitest.Response{Status: 200, Body: body, Header: map[string]string{"Content-Type": "text/event-stream"}})
		ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil)
		if err != nil {
			botErr(t, err)
		} else if ans == nil {
			t.Errorf("%q: nil answer and nil error", body)
		}
	}
	// Stream bodies that are not SSE.
	for _, body := range []string{"data: {\n\n", "data: not json\n\ndata: [DONE]\n\n", ": comment only\n\n", "data: {\"choices\":[{\"index\":3,\"delta\":{\"content\":\"x\"}}]}\n\ndata: [DONE]\n\n"} {
		e := newEnv(t, func(c *Config) { c.MaxRetries = -1 })
		e.srv.Push(openaitest.Response{Status: 200, Body: body, Header: map[string]string{"Content-Type": "text/event-stream"}})
		if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil); err == nil {
			t.Errorf("%q: no error", body)
		} else {
			checkUserMessage(t, botErr(t, err).Message)
		}
	}
}

func TestAzure(t *testing.T) {
	e := newEnv(t, func(c *Config) {
		c.APIType = APITypeAzure
		c.BaseURL = strings.TrimSuffix(c.BaseURL, "/v1")
		c.Model = "gpt-4o-mini"
		c.AzureDeployments = map[string]string{"gpt-4o-mini": "briefbot-mini"}
		c.APIVersion = "2024-10-21"
	})
	e.srv.Push(openaitest.Reply(seedReply), openaitest.Stream("China denies it [7]."))
	if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: seedArticle(t), Question: "Q?"}, nil); err != nil {
		t.Fatal(err)
	}
	for _, r := range e.srv.Requests() {
		if r.Path != "/openai/deployments/briefbot-mini/chat/completions" || r.Query["api-version"] != "2024-10-21" {
			t.Errorf("path %s query %v", r.Path, r.Query)
		}
		if r.Header.Get("api-key") != testKey || r.Header.Get("Authorization") != "" {
			t.Errorf("auth headers %v", r.Header)
		}
	}
	e.srv.Push(openaitest.Error(404, "", "DeploymentNotFound", "The API deployment for this resource does not exist."))
	if be := briefErr(t, e); !strings.Contains(be.Message, `Azure deployment "briefbot-mini"`) {
		t.Errorf("error %+v", be)
	}
}

func TestRequestParameters(t *testing.T) {
	zero, half := float32(0), float32(0.5)
	for _, tc := range []struct {
		name   string
		edit   func(*Config)
		maxTok string
		temp   string
	}{
		{"defaults", nil, "max_tokens=2048", "none"},
		{"temperature 0 is sent", func(c *Config) { c.Temperature = &zero }, "max_tokens=2048", "0"},
		{"temperature", func(c *Config) { c.Temperature = &half; c.MaxTokens = 500 }, "max_tokens=500", "0.5"},
		{"reasoning model", func(c *Config) { c.Model = "o3-mini" }, "max_completion_tokens=2048", "none"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, tc.edit)
			e.srv.Push(openaitest.Reply(seedReply))
			if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
				t.Fatal(err)
			}
			c := e.srv.Requests()[0].Chat
			mt := "none"
			switch {
			case c.MaxTokens != nil:
				mt = fmt.Sprintf("max_tokens=%d", *c.MaxTokens)
			case c.MaxCompletionTokens != nil:
				mt = fmt.Sprintf("max_completion_tokens=%d", *c.MaxCompletionTokens)
			}
			temp := "none"
			if c.Temperature != nil {
				temp = fmt.Sprintf("%.2g", *c.Temperature)
				if *c.Temperature < 1e-6 {
					temp = "0"
				}
			}
			if mt != tc.maxTok || temp != tc.temp {
				t.Errorf("sent %s, temperature %s; want %s, %s", mt, temp, tc.maxTok, tc.temp)
			}
		})
	}
}

func TestParameterDowngrades(t *testing.T) {
	half := float32(0.5)
	e := newEnv(t, func(c *Config) { c.Temperature = &half })
	e.srv.Push(
		openaitest.ErrorParam(400, "invalid_request_error", "unsupported_parameter", "max_tokens",
			"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."),
		openaitest.ErrorParam(400, "invalid_request_error", "unsupported_value", "temperature",
			"Unsupported value: 'temperature' does not support 0.5 with this model. Only the default (1) value is supported."),
		openaitest.Reply(seedReply),
	)
	if _, err := e.b.Brief(context.Background(), seedArticle(t)); err != nil {
		t.Fatal(err)
	}
	c := e.srv.Requests()[2].Chat
	if c.MaxTokens != nil || c.MaxCompletionTokens == nil || c.Temperature != nil {
		t.Errorf("third request: max_tokens %v max_completion_tokens %v temperature %v", c.MaxTokens, c.MaxCompletionTokens, c.Temperature)
	}
	if len(e.sleeps.all()) != 0 {
		t.Error("a downgrade waited like a retry")
	}
}
