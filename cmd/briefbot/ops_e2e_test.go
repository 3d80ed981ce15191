package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/briefbot/briefbot/adapters/matrix"
	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// get returns the status and body of GET http://addr/path.
func get(t *testing.T, addr, path string) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, string(body)
}

// waitReady polls /readyz until its status is code and its body holds
// every want, and returns the body.
func waitReady(t *testing.T, c *child, code int, want ...string) string {
	t.Helper()
	var got int
	var body string
	deadline := time.Now().Add(30 * time.Second)
	for {
		got, body = get(t, c.addr, "/readyz")
		ok := got == code
		for _, w := range want {
			ok = ok && strings.Contains(body, w)
		}
		if ok {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz = %d\n%s\nwant %d with %q", got, body, code, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// health runs `briefbot health` with BRIEFBOT_HTTP_ADDR set to addr.
func health(addr string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	env := map[string]string{"BRIEFBOT_HTTP_ADDR": addr}
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	code = m.Run(context.Background(), []string{"health"})
	return code, out.String(), errb.String()
}

// TestServeReadiness runs `briefbot serve` in the states an operator
// meets and checks /readyz and `briefbot health` in each: ready with
// everything up; not ready, naming slack, while Slack refuses Socket
// Mode; not ready, naming the store, while PostgreSQL has lost the bot's
// tables, and ready again once they are back; on PostgreSQL with a
// homeserver that does not answer, the replica leading Matrix is not
// ready and the one standing by is.
func TestServeReadiness(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	t.Run("everything up", func(t *testing.T) {
		c := startServe(t, serveEnv(t, slacktest.New(t)))
		body := waitReady(t, c, http.StatusOK, "ready\n", "store: ok\n", "queue: ok\n", "slack: ok\n")
		if code, out, stderr := health(c.addr); code != exitOK || out != body {
			t.Errorf("health = exit %d, stdout %q, stderr %q; want 0 and the /readyz body", code, out, stderr)
		}
		if code, body := get(t, c.addr, "/healthz"); code != http.StatusOK || body != "ok\n" {
			t.Errorf("/healthz = %d %q", code, body)
		}
	})
	t.Run("slack socket mode refused", func(t *testing.T) {
		slackAPI := slacktest.New(t)
		slackAPI.FailWith("apps.connections.open", "internal_error")
		env := serveEnv(t, slackAPI)
		env["SLACK_APP_TOKEN"] = slacktest.AppToken
		c := startServe(t, env)
		waitReady(t, c, http.StatusServiceUnavailable, "not ready: slack\n", "store: ok\n", "queue: ok\n",
			"slack: socket mode: not connected for ", "internal_error")
		code, _, stderr := health(c.addr)
		if code != exitError || !strings.Contains(stderr, "not ready: slack") {
			t.Errorf("health = exit %d, stderr %q; want 1 naming slack", code, stderr)
		}
		if code, _ := get(t, c.addr, "/healthz"); code != http.StatusOK {
			t.Errorf("/healthz = %d while Slack is down, want 200 (liveness)", code)
		}
		if code, body := get(t, c.addr, "/readyz?exclude=slack"); code != http.StatusOK || strings.Contains(body, "slack") {
			t.Errorf("/readyz?exclude=slack = %d\n%s", code, body)
		}
	})
	t.Run("postgres tables gone", func(t *testing.T) {
		dbURL := pgtest.Schema(t)
		env := serveEnv(t, slacktest.New(t))
		env["BRIEFBOT_DATABASE_URL"] = dbURL
		c := startServe(t, env)
		waitReady(t, c, http.StatusOK, "store: ok\n")
		pgExec(t, dbURL, "ALTER TABLE state RENAME TO state_away")
		waitReady(t, c, http.StatusServiceUnavailable, "not ready: store\n", `store: postgres: state: `, `"state" does not exist`)
		if code, _, stderr := health(c.addr); code != exitError || !strings.Contains(stderr, "not ready: store") {
			t.Errorf("health = exit %d, stderr %q; want 1 naming the store", code, stderr)
		}
		pgExec(t, dbURL, "ALTER TABLE state_away RENAME TO state")
		waitReady(t, c, http.StatusOK, "store: ok\n")
	})
	t.Run("matrix homeserver down", func(t *testing.T) {
		// A homeserver the bot reached before, down now: the leader keeps
		// trying to start its client rather than stop at once.
		dbURL := pgtest.Schema(t)
		homeserver := "http://" + freeAddr(t)
		st, err := postgres.Open(context.Background(), dbURL)
		if err != nil {
			t.Fatal(err)
		}
		if err := matrix.MarkReached(context.Background(), st, homeserver); err != nil {
			t.Fatal(err)
		}
		st.Close()
		replica := func() *child {
			return startServe(t, map[string]string{
				"BRIEFBOT_HTTP_ADDR": freeAddr(t), "BRIEFBOT_DATA_DIR": t.TempDir(), "BRIEFBOT_DATABASE_URL": dbURL,
				"MATRIX_HOMESERVER": homeserver, "MATRIX_USER_ID": "@briefbot:localhost", "MATRIX_PASSWORD": "x",
			})
		}
		a, b := replica(), replica()
		leads := func(c *child) bool { return strings.Contains(c.stderr.String(), "leading matrix: starting") }
		waitFor(t, "a replica to lead matrix", 30*time.Second, func() bool { return leads(a) || leads(b) })
		leader, other := a, b
		if leads(b) {
			leader, other = b, a
		}
		waitReady(t, leader, http.StatusServiceUnavailable, "not ready: matrix\n",
			"matrix: leading, but the Matrix client has not started: ", "connection refused")
		waitReady(t, other, http.StatusOK, "matrix: ok (standby: another replica leads Matrix)\n")
	})
}

// TestServeReadyMatrix runs two replicas on PostgreSQL against the real
// homeserver: the one leading Matrix is ready once it syncs, and says it
// leads; the other is ready, standing by.
func TestServeReadyMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	menv := matrixtest.LoadEnv(t)
	matrixtest.SerializeCryptoTables(t, pgtest.URL(t))
	dbURL := pgtest.Schema(t)
	replica := func() *child {
		e := map[string]string{
			"BRIEFBOT_HTTP_ADDR": freeAddr(t), "BRIEFBOT_DATA_DIR": t.TempDir(), "BRIEFBOT_DATABASE_URL": dbURL,
			"MATRIX_HOMESERVER": menv.Homeserver, "MATRIX_USER_ID": menv.Bot, "MATRIX_PASSWORD": menv.BotPassword,
			"MATRIX_DEVICE_NAME": "Briefbot readiness test",
		}
		if matrixtest.E2EE {
			e["MATRIX_PICKLE_KEY"] = "readiness test pickle key"
		}
		return startServe(t, e)
	}
	a, b := replica(), replica()
	leads := func(c *child) bool { return strings.Contains(c.stderr.String(), "leading matrix: starting") }
	waitFor(t, "a replica to lead matrix", 60*time.Second, func() bool { return leads(a) || leads(b) })
	leader, other := a, b
	if leads(b) {
		leader, other = b, a
	}
	waitReady(t, leader, http.StatusOK, "matrix: ok (leading)\n")
	waitReady(t, other, http.StatusOK, "matrix: ok (standby: another replica leads Matrix)\n")
}

// TestServeMetrics briefs a link through a running `briefbot serve` (the
// openai backend on a scripted model server, a fake Slack, the article on
// a local web server), scrapes /metrics, parses it with Prometheus' text
// parser, and checks the counters and histograms against what the fakes
// saw: one briefing, one link fetch, as many model requests as the model
// server answered, as many posts and edits as Slack received, and the Go
// runtime's and the process's metrics.
func TestServeMetrics(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	start := time.Now()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var pageHits, modelRequests atomic.Int64
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(seed)
	}))
	t.Cleanup(page.Close)
	llm := openaitest.New(t)
	llm.Handle(func(*openaitest.Request) openaitest.Response {
		modelRequests.Add(1)
		return openaitest.Reply(modelReply)
	})
	slackAPI := slacktest.New(t)
	env := serveEnv(t, slackAPI)
	for k, v := range openaiEnv(llm.URL) {
		env[k] = v
	}
	env["BRIEFBOT_ALLOW_PRIVATE_HOSTS"] = "true"
	c := startServe(t, env)

	const ts = "1700000000.000900"
	sendEvent(t, c.addr, "EvM1", "C1", ts, "<"+page.URL+"/story>", 0)
	waitFor(t, "the briefing", 60*time.Second, func() bool {
		r := slackAPI.Replies("C1", ts)
		return len(r) == 1 && strings.Contains(r[0], "China rejects US report")
	})

	// The fake Slack shows a reply as soon as it answers the call; the
	// adapter times the call once it has the answer: scrape until the
	// last delivery is counted.
	posts, edits := len(slackAPI.CallsOf("chat.postMessage")), len(slackAPI.CallsOf("chat.update"))
	var families map[string]*dto.MetricFamily
	waitFor(t, "the deliveries counted", 10*time.Second, func() bool {
		code, body := get(t, c.addr, "/metrics")
		if code != http.StatusOK {
			t.Fatalf("/metrics = %d", code)
		}
		parser := expfmt.NewTextParser(model.LegacyValidation)
		var err error
		if families, err = parser.TextToMetricFamilies(strings.NewReader(body)); err != nil {
			t.Fatalf("/metrics does not parse: %v\n%s", err, body)
		}
		return deliveries(families, "post") == posts && deliveries(families, "edit") == edits
	})
	elapsed := time.Since(start).Seconds()

	for _, tc := range []struct {
		name   string
		labels map[string]string
		count  int64
	}{
		{"briefbot_briefing_duration_seconds", map[string]string{"backend": "openai", "result": "ok"}, 1},
		{"briefbot_fetch_duration_seconds", map[string]string{"kind": "article", "result": "ok"}, pageHits.Load()},
		{"briefbot_model_request_duration_seconds", map[string]string{"status": "2xx"}, modelRequests.Load()},
		{"briefbot_queue_wait_seconds", map[string]string{"platform": "slack"}, 1},
		{"briefbot_delivery_seconds", map[string]string{"platform": "slack", "op": "post", "result": "ok"}, int64(posts)},
		{"briefbot_delivery_seconds", map[string]string{"platform": "slack", "op": "edit", "result": "ok"}, int64(edits)},
	} {
		t.Run(tc.name+fmt.Sprint(tc.labels), func(t *testing.T) {
			h := findMetric(t, families, tc.name, dto.MetricType_HISTOGRAM, tc.labels).GetHistogram()
			if int64(h.GetSampleCount()) != tc.count || tc.count == 0 {
				t.Errorf("count = %d, want %d (nonzero)", h.GetSampleCount(), tc.count)
			}
			if sum := h.GetSampleSum(); sum < 0 || sum > elapsed {
				t.Errorf("sum = %g s, want between 0 and the test's %g s", sum, elapsed)
			}
			if len(h.GetBucket()) < 5 {
				t.Errorf("%d buckets, want the configured ones", len(h.GetBucket()))
			}
		})
	}
	for _, tc := range []struct {
		name string
		typ  dto.MetricType
		min  float64
	}{
		{"briefbot_briefings_total", dto.MetricType_COUNTER, 1},
		{"briefbot_model_calls_total", dto.MetricType_COUNTER, 1},
		{"briefbot_prompt_tokens_total", dto.MetricType_COUNTER, 1},
		{"go_goroutines", dto.MetricType_GAUGE, 1},
		{"go_memstats_heap_alloc_bytes", dto.MetricType_GAUGE, 1},
		{"process_cpu_seconds_total", dto.MetricType_COUNTER, 0.001},
		{"process_resident_memory_bytes", dto.MetricType_GAUGE, 1 << 20},
		{"process_start_time_seconds", dto.MetricType_GAUGE, float64(start.Add(-time.Minute).Unix())},
	} {
		m := findMetric(t, families, tc.name, tc.typ, nil)
		v := m.GetGauge().GetValue() + m.GetCounter().GetValue()
		if v < tc.min {
			t.Errorf("%s = %g, want at least %g", tc.name, v, tc.min)
		}
	}
	if v := findMetric(t, families, "briefbot_briefings_total", dto.MetricType_COUNTER, nil).GetCounter().GetValue(); v != 1 {
		t.Errorf("briefbot_briefings_total = %g, want 1", v)
	}
	if _, ok := families["go_gc_duration_seconds"]; !ok {
		t.Error("no go_gc_duration_seconds")
	}
	t.Logf("one link briefed: %d model requests, %d posts, %d edits; /metrics holds %d families", modelRequests.Load(), posts, edits, len(families))
}

// findMetric returns the metric of family name, of type typ, whose labels
// include labels.
func findMetric(t *testing.T, families map[string]*dto.MetricFamily, name string, typ dto.MetricType, labels map[string]string) *dto.Metric {
	t.Helper()
	f, ok := families[name]
	if !ok {
		t.Fatalf("no metric %s", name)
	}
	if f.GetType() != typ {
		t.Fatalf("%s is a %s, want a %s", name, f.GetType(), typ)
	}
next:
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		for k, v := range labels {
			if have[k] != v {
				continue next
			}
		}
		return m
	}
	t.Fatalf("no %s with labels %v", name, labels)
	return nil
}

// deliveries returns how many Slack deliveries of kind op the scraped
// metrics count as ok.
func deliveries(families map[string]*dto.MetricFamily, op string) int {
	f := families["briefbot_delivery_seconds"]
	if f == nil {
		return -1
	}
	for _, m := range f.GetMetric() {
		labels := map[string]string{}
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["platform"] == "slack" && labels["op"] == op && labels["result"] == "ok" {
			return int(m.GetHistogram().GetSampleCount())
		}
	}
	return 0
}
