// Package openaitest is an in-process OpenAI-compatible chat completions
// server for tests. It speaks the real wire protocol over real HTTP
// (httptest): POST /v1/chat/completions, and the Azure form
// /openai/deployments/<deployment>/chat/completions?api-version=…, with and
// without "stream": true. Streamed replies are server-sent events exactly as
// OpenAI sends them: one "data: {chat.completion.chunk}\n\n" event per
// piece, a final chunk carrying finish_reason, a usage chunk when
// stream_options.include_usage is set, then "data: [DONE]\n\n".
//
// Each test scripts the server with a queue of Responses (Push) or a
// function of the request (Handle), and inspects what the client sent with
// Requests.
package openaitest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server is a scripted OpenAI-compatible server.
type Server struct {
	// URL is the base URL to configure a client with, ending in /v1.
	URL string
	// RootURL is the server's address without /v1, the form Azure
	// clients are configured with.
	RootURL string

	t   testing.TB
	srv *httptest.Server

	mu      sync.Mutex
	queue   []Response
	handler func(*Request) Response
	reqs    []*Request
}

// Request is a request the server received.
type Request struct {
	Method string
	// Path is the URL path, e.g. /v1/chat/completions.
	Path string
	// Query is the decoded query string (api-version for Azure).
	Query  map[string]string
	Header http.Header
	Body   []byte
	// Chat is the body decoded as a chat completion request.
	Chat ChatRequest
	// Deployment is the Azure deployment named in the path, if any.
	Deployment string
}

// ChatRequest is the part of a chat completion request tests look at.
type ChatRequest struct {
	Model               string          `json:"model"`
	Messages            []Message       `json:"messages"`
	Stream              bool            `json:"stream"`
	StreamOptions       *StreamOptions  `json:"stream_options"`
	ResponseFormat      json.RawMessage `json:"response_format"`
	MaxTokens           *int            `json:"max_tokens"`
	MaxCompletionTokens *int            `json:"max_completion_tokens"`
	Temperature         *float64        `json:"temperature"`
}

// StreamOptions is the stream_options object.
type StreamOptions struct {
	IncludeUsage bool `json:"include_usage"`
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ResponseFormatType returns response_format.type ("json_schema",
// "json_object", "text"), or "" when there is none.
func (c ChatRequest) ResponseFormatType() string {
	var f struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(c.ResponseFormat, &f)
	return f.Type
}

// Last returns the content of the last message with the given role.
func (c ChatRequest) Last(role string) string {
	for i := len(c.Messages) - 1; i >= 0; i-- {
		if c.Messages[i].Role == role {
			return c.Messages[i].Content
		}
	}
	return ""
}

// Response scripts one reply.
type Response struct {
	// Status is the HTTP status; 0 means 200.
	Status int
	// Header holds extra response headers (Retry-After, x-request-id…).
	Header map[string]string
	// Body, when set, is written verbatim as the whole body (with
	// Content-Type application/json unless Header sets one). Use it for
	// error bodies and malformed replies.
	Body string

	// Content is the assistant message of a successful reply. For a
	// streamed request it is sent as one chunk unless Chunks is set.
	Content string
	// Refusal is the assistant message's refusal field.
	Refusal string
	// FinishReason is the choice's finish_reason; "" means "stop".
	FinishReason string
	// NoChoices sends an empty choices list.
	NoChoices bool
	// Usage is the token usage reported; nil means a rough count.
	Usage *Usage

	// Chunks are the content pieces of a streamed reply.
	Chunks []string
	// ChunkDelay is the pause before each streamed chunk.
	ChunkDelay time.Duration
	// CutAfter, when positive, aborts the connection after that many
	// content chunks, with no finish_reason and no [DONE].
	CutAfter int
	// EndWithoutDone ends a streamed body cleanly after the content
	// chunks but sends no finish_reason and no [DONE].
	EndWithoutDone bool
	// StreamError, when set, is sent as an in-stream error event
	// (data: {"error": …}) after the content chunks.
	StreamError string
	// Comments are SSE comment lines (": …") sent before the first chunk,
	// as OpenRouter does while a model is busy.
	Comments []string
	// OnChunk, when set, is called after each content chunk is flushed,
	// with its index and the time the server started writing it.
	OnChunk func(i int, sent time.Time)

	// Delay is the pause before the server answers at all (headers
	// included); it ends early when the client goes away.
	Delay time.Duration
}

// Usage is a token count.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Error returns a response with an OpenAI error body.
func Error(status int, typ, code, message string) Response {
	body, _ := json.Marshal(map[string]any{"error": map[string]any{
		"message": message, "type": typ, "param": nil, "code": nilIfEmpty(code)}})
	return Response{Status: status, Body: string(body)}
}

// ErrorParam is Error with the error's param field set.
func ErrorParam(status int, typ, code, param, message string) Response {
	body, _ := json.Marshal(map[string]any{"error": map[string]any{
		"message": message, "type": typ, "param": param, "code": nilIfEmpty(code)}})
	return Response{Status: status, Body: string(body)}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Reply returns a successful reply with the given content.
func Reply(content string) Response { return Response{Content: content} }

// Stream returns a successful streamed reply sent in the given pieces.
func Stream(chunks ...string) Response { return Response{Chunks: chunks} }

// New starts a server that is closed when the test ends.
func New(t testing.TB) *Server {
	s := &Server{t: t}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.RootURL = s.srv.URL
	s.URL = s.srv.URL + "/v1"
	t.Cleanup(s.Close)
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// Client returns an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Push appends scripted responses to the queue. Each request takes the
// next one; a request that finds the queue empty fails the test.
func (s *Server) Push(rs ...Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, rs...)
}

// Handle answers requests with f once the queue is empty. f may be called
// concurrently.
func (s *Server) Handle(f func(*Request) Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handler = f
}

// Requests returns the requests received so far, in order of arrival.
func (s *Server) Requests() []*Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Request(nil), s.reqs...)
}

// Pending returns the number of queued responses not yet used.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := &Request{Method: r.Method, Path: r.URL.Path, Query: map[string]string{}, Header: r.Header.Clone(), Body: body}
	for k, v := range r.URL.Query() {
		req.Query[k] = v[0]
	}
	_ = json.Unmarshal(body, &req.Chat)

	azure := strings.HasPrefix(r.URL.Path, "/openai/deployments/") && strings.HasSuffix(r.URL.Path, "/chat/completions")
	if azure {
		req.Deployment = strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/openai/deployments/"), "/chat/completions")
	}
	if r.Method != http.MethodPost || (r.URL.Path != "/v1/chat/completions" && !azure) {
		writeResponse(w, r, Error(http.StatusNotFound, "invalid_request_error", "unknown_url", "Unknown request URL: "+r.Method+" "+r.URL.Path), req)
		return
	}

	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	var resp Response
	switch {
	case len(s.queue) > 0:
		resp = s.queue[0]
		s.queue = s.queue[1:]
	case s.handler != nil:
		h := s.handler
		s.mu.Unlock()
		resp = h(req)
		s.mu.Lock()
	default:
		s.t.Errorf("openaitest: request %d (%s) has no scripted response", len(s.reqs), r.URL.Path)
		resp = Error(http.StatusInternalServerError, "server_error", "", "openaitest: no scripted response")
	}
	s.mu.Unlock()
	writeResponse(w, r, resp, req)
}

const created = 1700000000

func writeResponse(w http.ResponseWriter, r *http.Request, resp Response, req *Request) {
	if resp.Delay > 0 {
		select {
		case <-time.After(resp.Delay):
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("x-request-id", "req_test")
	for k, v := range resp.Header {
		w.Header().Set(k, v)
	}
	if resp.Status == 0 {
		resp.Status = http.StatusOK
	}
	if resp.Body != "" || resp.Status != http.StatusOK {
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(resp.Status)
		_, _ = io.WriteString(w, resp.Body)
		return
	}
	model := req.Chat.Model
	if model == "" {
		model = req.Deployment
	}
	finish := resp.FinishReason
	if finish == "" {
		finish = "stop"
	}
	usage := resp.Usage
	if usage == nil {
		content := resp.Content + strings.Join(resp.Chunks, "")
		usage = &Usage{PromptTokens: len(req.Body)/4 + 1, CompletionTokens: len(content)/4 + 1}
	}
	usage.TotalTokens = usage.PromptTokens + usage.CompletionTokens
	if req.Chat.Stream {
		writeStream(w, r, resp, req, model, finish, usage)
		return
	}
	msg := map[string]any{"role": "assistant", "content": resp.Content, "refusal": nil}
	if resp.Refusal != "" {
		msg["content"] = nil
		msg["refusal"] = resp.Refusal
	}
	choices := []any{map[string]any{"index": 0, "message": msg, "logprobs": nil, "finish_reason": finish}}
	if resp.NoChoices {
		choices = []any{}
	}
	body, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": created, "model": model,
		"choices": choices, "usage": usage, "system_fingerprint": "fp_test",
	})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// chunk is a chat.completion.chunk event as OpenAI sends it.
func chunk(model string, choices []any, usage any, withUsage bool) []byte {
	m := map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": created, "model": model,
		"system_fingerprint": "fp_test", "choices": choices,
	}
	if withUsage {
		m["usage"] = usage
	}
	b, _ := json.Marshal(m)
	return b
}

func writeStream(w http.ResponseWriter, r *http.Request, resp Response, req *Request, model, finish string, usage *Usage) {
	fl, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	includeUsage := req.Chat.StreamOptions != nil && req.Chat.StreamOptions.IncludeUsage
	send := func(data []byte) {
		_, _ = fmt.Fprintf(w, "data: %s\n\n", data)
		if fl != nil {
			fl.Flush()
		}
	}
	for _, c := range resp.Comments {
		_, _ = fmt.Fprintf(w, ": %s\n\n", c)
	}
	choice := func(delta map[string]any, finish any) []any {
		return []any{map[string]any{"index": 0, "delta": delta, "logprobs": nil, "finish_reason": finish}}
	}
	send(chunk(model, choice(map[string]any{"role": "assistant", "content": "", "refusal": nil}, nil), nil, includeUsage))
	pieces := resp.Chunks
	if pieces == nil && resp.Content != "" {
		pieces = []string{resp.Content}
	}
	if resp.NoChoices {
		pieces = nil
	}
	for i, p := range pieces {
		if resp.ChunkDelay > 0 {
			select {
			case <-time.After(resp.ChunkDelay):
			case <-r.Context().Done():
				return
			}
		}
		if resp.CutAfter > 0 && i == resp.CutAfter {
			panic(http.ErrAbortHandler) // drop the connection mid-body
		}
		data := chunk(model, choice(map[string]any{"content": p}, nil), nil, includeUsage)
		sent := time.Now()
		send(data)
		if resp.OnChunk != nil {
			resp.OnChunk(i, sent)
		}
	}
	if resp.CutAfter > 0 && resp.CutAfter >= len(pieces) {
		panic(http.ErrAbortHandler)
	}
	if resp.StreamError != "" {
		b, _ := json.Marshal(map[string]any{"error": map[string]any{"message": resp.StreamError, "type": "server_error", "param": nil, "code": nil}})
		send(b)
		return
	}
	if resp.EndWithoutDone {
		return
	}
	if !resp.NoChoices {
		send(chunk(model, choice(map[string]any{}, finish), nil, includeUsage))
	}
	if includeUsage {
		send(chunk(model, []any{}, usage, true))
	}
	_, _ = io.WriteString(w, "data: [DONE]\n\n")
	if fl != nil {
		fl.Flush()
	}
}
