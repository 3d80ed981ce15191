package main

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

// metrics is what serve exports on /metrics, in a registry of its own:
// the counters of what the backend did, latency histograms of briefings,
// answers, model requests, link and feed fetches, the job queue's wait
// and reply delivery, and the Go runtime's and the process's metrics.
// The names are stable; docs/operating.md lists them.
type metrics struct {
	reg *prometheus.Registry

	briefings, briefingsCached, answers        prometheus.Counter
	modelCalls, promptTokens, completionTokens prometheus.Counter
	claimsDropped, briefSeconds, answerSeconds prometheus.Counter
	errors                                     *prometheus.CounterVec // code
	briefDuration, answerDuration              *prometheus.HistogramVec
	modelDuration, fetchDuration               *prometheus.HistogramVec
	queueWait, deliveryDuration                *prometheus.HistogramVec
}

// Histogram buckets, in seconds. A briefing takes milliseconds offline
// and up to minutes with a local model; a model request up to
// BRIEFBOT_LLM_TIMEOUT (90 s by default); a fetch up to
// BRIEFBOT_FETCH_TIMEOUT (20 s); a queue wait up to a long job's length; a
// post or edit well under a second unless the platform is rate limiting.
var (
	briefBuckets    = []float64{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300}
	modelBuckets    = []float64{0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 90, 120}
	fetchBuckets    = []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30}
	waitBuckets     = []float64{0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300}
	deliveryBuckets = []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}
)

func newMetrics() *metrics {
	reg := prometheus.NewRegistry()
	f := promFactory{reg}
	m := &metrics{
		reg:              reg,
		briefings:        f.counter("briefbot_briefings_total", "Briefings made, including cached ones."),
		briefingsCached:  f.counter("briefbot_briefings_cached_total", "Briefings served from the cache."),
		answers:          f.counter("briefbot_answers_total", "Follow-up answers given."),
		modelCalls:       f.counter("briefbot_model_calls_total", "Calls to the language model (completed, as the backend counts them)."),
		promptTokens:     f.counter("briefbot_prompt_tokens_total", "Prompt tokens used."),
		completionTokens: f.counter("briefbot_completion_tokens_total", "Completion tokens used."),
		claimsDropped:    f.counter("briefbot_claims_dropped_ungrounded_total", "Claims dropped because their evidence is not in the article."),
		briefSeconds:     f.counter("briefbot_brief_seconds_total", "Time spent briefing."),
		answerSeconds:    f.counter("briefbot_answer_seconds_total", "Time spent answering."),
		errors: registered(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_errors_total", Help: "Failed briefings and answers by error code.",
		}, []string{"code"})),
		briefDuration: f.histogram("briefbot_briefing_duration_seconds",
			"Time to make a briefing, by backend (offline, openai) and result (ok, cached, error).", briefBuckets, "backend", "result"),
		answerDuration: f.histogram("briefbot_answer_duration_seconds",
			"Time to answer a follow-up question, by backend and result (ok, error).", briefBuckets, "backend", "result"),
		modelDuration: f.histogram("briefbot_model_request_duration_seconds",
			"Time of one HTTP request to the model server, until its answer is read, by status class (2xx, 4xx, 5xx, error); retries are requests of their own.", modelBuckets, "status"),
		fetchDuration: f.histogram("briefbot_fetch_duration_seconds",
			"Time to load a link (kind article) or a feed (kind feed), by result (ok, error).", fetchBuckets, "kind", "result"),
		queueWait: f.histogram("briefbot_queue_wait_seconds",
			"Time a request waited in the job queue, from its submission to the start of its first attempt, by platform.", waitBuckets, "platform"),
		deliveryDuration: f.histogram("briefbot_delivery_seconds",
			"Time to post (op post) or edit (op edit) a reply on the chat platform, by platform and result (ok, error).", deliveryBuckets, "platform", "op", "result"),
	}
	buildInfo := registered(reg, prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_build_info", Help: "Always 1; the version label is the running build's.",
	}, []string{"version"}))
	buildInfo.WithLabelValues(Version).Set(1)
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Series whose labels are known now start at 0 rather than appear
	// with their first event, so that rates and alerts see them.
	for _, kind := range []string{"article", "feed"} {
		for _, r := range []string{"ok", "error"} {
			m.fetchDuration.WithLabelValues(kind, r)
		}
	}
	return m
}

// backend returns b recording metrics labelled with the backend's name
// (the BRIEFBOT_BACKEND setting).
func (m *metrics) backend(b bot.Backend, name string) meteredBackend {
	for _, r := range []string{"ok", "cached", "error"} {
		m.briefDuration.WithLabelValues(name, r)
	}
	for _, r := range []string{"ok", "error"} {
		m.answerDuration.WithLabelValues(name, r)
	}
	return meteredBackend{Backend: b, m: m, name: name}
}

// handler serves the metrics in Prometheus' text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// promFactory makes metrics registered in one registry.
type promFactory struct{ reg *prometheus.Registry }

func (f promFactory) counter(name, help string) prometheus.Counter {
	return registered(f.reg, prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help}))
}

func (f promFactory) histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	return registered(f.reg, prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels))
}

// registered registers c in reg and returns it.
func registered[C prometheus.Collector](reg *prometheus.Registry, c C) C {
	reg.MustRegister(c)
	return c
}

// meteredBackend records metrics around a backend; name labels its
// histograms (the BRIEFBOT_BACKEND setting: offline or openai).
type meteredBackend struct {
	bot.Backend
	m    *metrics
	name string
}

func (b meteredBackend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	start := time.Now()
	br, err := b.Backend.Brief(ctx, a)
	d := time.Since(start).Seconds()
	b.m.briefSeconds.Add(d)
	if err != nil {
		b.m.errors.WithLabelValues(bot.ErrorCode(err)).Inc()
		b.m.briefDuration.WithLabelValues(b.name, "error").Observe(d)
		return nil, err
	}
	b.m.briefings.Inc()
	result := "ok"
	if br.Stats.Cached {
		b.m.briefingsCached.Inc()
		result = "cached"
	}
	b.m.briefDuration.WithLabelValues(b.name, result).Observe(d)
	b.m.claimsDropped.Add(float64(br.Stats.ClaimsDroppedUngrounded))
	b.m.usage(br.Stats.Usage)
	return br, nil
}

func (b meteredBackend) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	start := time.Now()
	a, err := b.Backend.Answer(ctx, req, stream)
	d := time.Since(start).Seconds()
	b.m.answerSeconds.Add(d)
	if err != nil {
		b.m.errors.WithLabelValues(bot.ErrorCode(err)).Inc()
		b.m.answerDuration.WithLabelValues(b.name, "error").Observe(d)
		return nil, err
	}
	b.m.answers.Inc()
	b.m.answerDuration.WithLabelValues(b.name, "ok").Observe(d)
	b.m.usage(a.Usage)
	return a, nil
}

func (m *metrics) usage(u *bot.Usage) {
	if u == nil {
		return
	}
	m.promptTokens.Add(float64(u.PromptTokens))
	m.completionTokens.Add(float64(u.CompletionTokens))
	m.modelCalls.Add(float64(u.Calls))
}

// modelClient is the HTTP client of the model backend: it times each
// request until its answer has been read.
func (m *metrics) modelClient() *http.Client {
	for _, class := range []string{"2xx", "4xx", "5xx", "error"} {
		m.modelDuration.WithLabelValues(class)
	}
	return &http.Client{Transport: timedTransport{base: http.DefaultTransport, h: m.modelDuration}}
}

// timedTransport observes each request's time, from sending it until its
// body is read to the end or closed (a streamed answer is timed whole),
// by status class.
type timedTransport struct {
	base http.RoundTripper
	h    *prometheus.HistogramVec
}

func (t timedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		t.h.WithLabelValues("error").Observe(time.Since(start).Seconds())
		return nil, err
	}
	class := statusClass(resp.StatusCode)
	resp.Body = &timedBody{ReadCloser: resp.Body, done: func() {
		t.h.WithLabelValues(class).Observe(time.Since(start).Seconds())
	}}
	return resp, nil
}

// statusClass is "2xx" for 200 to 299, and so on.
func statusClass(code int) string {
	if code < 100 || code > 599 {
		return "error"
	}
	return string(rune('0'+code/100)) + "xx"
}

// timedBody calls done once, when it is read to the end or closed.
type timedBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (b *timedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err == io.EOF {
		b.once.Do(b.done)
	}
	return n, err
}

func (b *timedBody) Close() error {
	b.once.Do(b.done)
	return b.ReadCloser.Close()
}

// meteredFetcher times link and feed fetches.
type meteredFetcher struct {
	f *web.Fetcher
	m *metrics
}

var _ bot.Fetcher = meteredFetcher{}

func (f meteredFetcher) Fetch(ctx context.Context, url string) (*bot.Article, error) {
	start := time.Now()
	a, err := f.f.Fetch(ctx, url)
	f.m.fetchDuration.WithLabelValues("article", outcome(err)).Observe(time.Since(start).Seconds())
	return a, err
}

func (f meteredFetcher) FetchFeed(ctx context.Context, url, etag, lastModified string) (body []byte, newETag, newLastModified string, notModified bool, err error) {
	start := time.Now()
	body, newETag, newLastModified, notModified, err = f.f.FetchFeed(ctx, url, etag, lastModified)
	f.m.fetchDuration.WithLabelValues("feed", outcome(err)).Observe(time.Since(start).Seconds())
	return body, newETag, newLastModified, notModified, err
}

func outcome(err error) string {
	if err != nil {
		return "error"
	}
	return "ok"
}

// queueWaited records a request's wait in the job queue
// (riverq.Options.Waited).
func (m *metrics) queueWaited(platform string, d time.Duration) {
	m.queueWait.WithLabelValues(platform).Observe(d.Seconds())
}

// fullChat is a chat with every capability both chat adapters have.
type fullChat interface {
	bot.Chat
	bot.Editor
	bot.Finder
	bot.ProgressReporter
}

// chat returns c timing its posts and edits. Only a chat with exactly the
// capabilities of fullChat is wrapped, since the engine finds capabilities
// by type assertion and a wrapper must neither hide nor add one; any other
// chat is returned as it is, untimed.
func (m *metrics) chat(platform string, c bot.Chat) bot.Chat {
	m.queueWait.WithLabelValues(platform)
	fc, ok := c.(fullChat)
	if _, streams := c.(bot.Streamer); !ok || streams {
		return c
	}
	for _, op := range []string{"post", "edit"} {
		for _, r := range []string{"ok", "error"} {
			m.deliveryDuration.WithLabelValues(platform, op, r)
		}
	}
	return meteredChat{fullChat: fc, platform: platform, m: m}
}

// meteredChat times a chat's posts and edits.
type meteredChat struct {
	fullChat
	platform string
	m        *metrics
}

func (c meteredChat) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	start := time.Now()
	id, err := c.fullChat.Post(ctx, to, r)
	c.m.deliveryDuration.WithLabelValues(c.platform, "post", outcome(err)).Observe(time.Since(start).Seconds())
	return id, err
}

func (c meteredChat) Edit(ctx context.Context, to bot.Target, id bot.MessageID, r *bot.Reply) error {
	start := time.Now()
	err := c.fullChat.Edit(ctx, to, id, r)
	c.m.deliveryDuration.WithLabelValues(c.platform, "edit", outcome(err)).Observe(time.Since(start).Seconds())
	return err
}
