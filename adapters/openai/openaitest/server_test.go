package openaitest

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

func post(t *testing.T, s *Server, path, body string) *http.Response {
	t.Helper()
	resp, err := http.Post(s.RootURL+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestCompletion(t *testing.T) {
	s := New(t)
	s.Push(Response{Content: "hello", Usage: &Usage{PromptTokens: 3, CompletionTokens: 1}})
	resp := post(t, s, "/v1/chat/completions", `{"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_object"}}`)
	defer resp.Body.Close()
	var got struct {
		Object  string `json:"object"`
		Model   string `json:"model"`
		Choices []struct {
			Index        int `json:"index"`
			Message      struct{ Role, Content string }
			FinishReason string `json:"finish_reason"`
		} `json:"choices"`
		Usage Usage `json:"usage"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || got.Object != "chat.completion" || got.Model != "m" || len(got.Choices) != 1 ||
		got.Choices[0].Message.Content != "hello" || got.Choices[0].Message.Role != "assistant" ||
		got.Choices[0].FinishReason != "stop" || got.Usage.TotalTokens != 4 {
		t.Errorf("response %+v", got)
	}
	reqs := s.Requests()
	if len(reqs) != 1 || reqs[0].Chat.Model != "m" || reqs[0].Chat.ResponseFormatType() != "json_object" || reqs[0].Chat.Last("user") != "hi" {
		t.Errorf("recorded %+v", reqs)
	}
}

// TestStreamWireFormat checks the exact server-sent events.
func TestStreamWireFormat(t *testing.T) {
	s := New(t)
	s.Push(Stream("Hel", "lo"))
	resp := post(t, s, "/v1/chat/completions", `{"model":"m","messages":[],"stream":true,"stream_options":{"include_usage":true}}`)
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Errorf("Content-Type %q", ct)
	}
	raw, _ := io.ReadAll(resp.Body)
	events := strings.Split(strings.TrimSuffix(string(raw), "\n\n"), "\n\n")
	if len(events) != 6 {
		t.Fatalf("%d events:\n%s", len(events), raw)
	}
	for _, ev := range events {
		if !strings.HasPrefix(ev, "data: ") || strings.Contains(ev, "\n") {
			t.Errorf("event %q is not one data line", ev)
		}
	}
	if events[5] != "data: [DONE]" {
		t.Errorf("last event %q", events[5])
	}
	type chunk struct {
		Object  string `json:"object"`
		Choices []struct {
			Delta        map[string]any `json:"delta"`
			FinishReason *string        `json:"finish_reason"`
		} `json:"choices"`
		Usage *Usage `json:"usage"`
	}
	var cs []chunk
	for _, ev := range events[:5] {
		var c chunk
		if err := json.Unmarshal([]byte(strings.TrimPrefix(ev, "data: ")), &c); err != nil {
			t.Fatal(err)
		}
		if c.Object != "chat.completion.chunk" {
			t.Errorf("object %q", c.Object)
		}
		cs = append(cs, c)
	}
	if cs[0].Choices[0].Delta["role"] != "assistant" || cs[1].Choices[0].Delta["content"] != "Hel" || cs[2].Choices[0].Delta["content"] != "lo" {
		t.Errorf("deltas %+v", cs)
	}
	if cs[3].Choices[0].FinishReason == nil || *cs[3].Choices[0].FinishReason != "stop" || cs[1].Choices[0].FinishReason != nil {
		t.Errorf("finish reasons %+v", cs)
	}
	if len(cs[4].Choices) != 0 || cs[4].Usage == nil || cs[1].Usage != nil {
		t.Errorf("usage chunk %+v", cs[4])
	}
	if !strings.Contains(events[1], `"usage":null`) {
		t.Errorf("content chunks do not carry usage: null: %s", events[1])
	}

	// Without include_usage: no usage chunk.
	s.Push(Stream("x"))
	resp2 := post(t, s, "/v1/chat/completions", `{"model":"m","messages":[],"stream":true}`)
	raw, _ = io.ReadAll(resp2.Body)
	resp2.Body.Close()
	if strings.Contains(string(raw), `"usage"`) || strings.Count(string(raw), "data: ") != 4 {
		t.Errorf("stream without usage:\n%s", raw)
	}
}

func TestStreamCut(t *testing.T) {
	s := New(t)
	s.Push(Response{Chunks: []string{"a", "b", "c"}, CutAfter: 1})
	resp := post(t, s, "/v1/chat/completions", `{"model":"m","messages":[],"stream":true}`)
	defer resp.Body.Close()
	r := bufio.NewReader(resp.Body)
	var err error
	var text strings.Builder
	for err == nil {
		var line string
		line, err = r.ReadString('\n')
		text.WriteString(line)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("read error %v, want unexpected EOF", err)
	}
	if !strings.Contains(text.String(), `"a"`) || strings.Contains(text.String(), `"b"`) || strings.Contains(text.String(), "[DONE]") {
		t.Errorf("body before the cut:\n%s", text.String())
	}
}

func TestAzurePathAndErrors(t *testing.T) {
	s := New(t)
	s.Push(Error(429, "requests", "rate_limit_exceeded", "slow down"), Reply("ok"))
	resp := post(t, s, "/openai/deployments/dep1/chat/completions?api-version=2024-10-21", `{"messages":[]}`)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 429 || !strings.Contains(string(body), `"code":"rate_limit_exceeded"`) {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	resp = post(t, s, "/openai/deployments/dep1/chat/completions?api-version=2024-10-21", `{"messages":[]}`)
	resp.Body.Close()
	r := s.Requests()[0]
	if r.Deployment != "dep1" || r.Query["api-version"] != "2024-10-21" {
		t.Errorf("recorded %+v", r)
	}
	resp = post(t, s, "/v1/embeddings", `{}`)
	resp.Body.Close()
	if resp.StatusCode != 404 || len(s.Requests()) != 2 {
		t.Errorf("unknown path: %d, %d requests", resp.StatusCode, len(s.Requests()))
	}
}

func TestHandle(t *testing.T) {
	s := New(t)
	s.Push(Reply("queued"))
	s.Handle(func(r *Request) Response { return Reply("handled " + r.Chat.Model) })
	for _, want := range []string{"queued", "handled m"} {
		resp := post(t, s, "/v1/chat/completions", `{"model":"m","messages":[]}`)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("got %s, want %q", b, want)
		}
	}
	if s.Pending() != 0 {
		t.Error("queue not drained")
	}
}
