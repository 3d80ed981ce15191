package slack

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestDedupe(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	d := newDedupe(time.Hour, clk.now)
	ctx := context.Background()
	first, _ := d.begin(ctx, "k")
	if !first {
		t.Fatal("new key not first")
	}
	// A concurrent redelivery waits for the first and shares its outcome.
	var wg sync.WaitGroup
	var firsts atomic.Int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if f, err := d.begin(ctx, "k"); f || err != nil {
				firsts.Add(1)
			}
		}()
	}
	time.Sleep(10 * time.Millisecond)
	d.end("k", nil)
	wg.Wait()
	if firsts.Load() != 0 {
		t.Errorf("%d redeliveries handled again", firsts.Load())
	}
	// A failed first delivery is forgotten, so the next one is handled.
	_, _ = d.begin(ctx, "f")
	d.end("f", errors.New("store down"))
	if first, _ := d.begin(ctx, "f"); !first {
		t.Error("redelivery after a failure not handled")
	}
	// Old keys are pruned.
	clk.add(2 * time.Hour)
	_, _ = d.begin(ctx, "new")
	d.mu.Lock()
	_, kept := d.m["k"]
	d.mu.Unlock()
	if kept {
		t.Error("a two-hour-old key was kept")
	}
	// A waiting redelivery gives up with its context.
	_, _ = d.begin(ctx, "slow")
	cctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if first, err := d.begin(cctx, "slow"); first || err == nil {
		t.Error("waiting redelivery did not end with its context")
	}
}

// recQueue records submissions; it can fail them.
type recQueue struct {
	mu   sync.Mutex
	msgs []*bot.Message
	fail error
}

func (q *recQueue) Submit(_ context.Context, m *bot.Message) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.fail != nil {
		return q.fail
	}
	cp := *m
	q.msgs = append(q.msgs, &cp)
	return nil
}

func (q *recQueue) all() []*bot.Message {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]*bot.Message(nil), q.msgs...)
}

func TestNewValidatesConfig(t *testing.T) {
	q := &recQueue{}
	good := Config{BotToken: "xoxb-1", AppToken: "xapp-1"}
	for _, tc := range []struct {
		mod  func(*Config)
		want string
	}{
		{func(c *Config) { c.BotToken = "" }, "SLACK_BOT_TOKEN"},
		{func(c *Config) { c.BotToken = "xoxp-user" }, "SLACK_BOT_TOKEN"},
		{func(c *Config) { c.AppToken = "xoxb-2" }, "SLACK_APP_TOKEN"},
		{func(c *Config) { c.AppToken = "" }, "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET"},
		{func(c *Config) { c.APIURL = "ftp://x" }, "SLACK_API_URL"},
		{func(c *Config) { c.AllowedTeams = []string{"T1", "not an id"} }, "SLACK_ALLOWED_TEAMS"},
		{func(c *Config) { c.Workers = -1 }, "SLACK_WORKERS"},
	} {
		c := good
		tc.mod(&c)
		_, err := New(c, q)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%+v) = %v, want an error naming %s", c, err, tc.want)
		}
		if err != nil && (strings.Contains(err.Error(), "xoxb-1") || strings.Contains(err.Error(), "xapp-1")) {
			t.Errorf("error shows a token: %v", err)
		}
	}
	for _, c := range []Config{
		good,
		{BotToken: "xoxe.xoxb-1-rotated", SigningSecret: "s"},
		{BotToken: "xoxb-1", SigningSecret: "s", APIURL: "http://127.0.0.1:1/api", AllowedTeams: SplitList("T1, E2")},
	} {
		a, err := New(c, q)
		if err != nil {
			t.Errorf("New(%+v): %v", c, err)
			continue
		}
		if c.APIURL != "" && !strings.HasSuffix(a.cfg.APIURL, "/") {
			t.Errorf("APIURL %q has no trailing slash", a.cfg.APIURL)
		}
	}
	if _, err := New(good, nil); err == nil {
		t.Error("New without a queue succeeded")
	}
	// Run needs Socket Mode's token.
	a, _ := New(Config{BotToken: "xoxb-1", SigningSecret: "s"}, q)
	if err := a.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "SLACK_APP_TOKEN") {
		t.Errorf("Run without app token = %v", err)
	}
}

// TestRunNamesTheAPIURL checks that a Web API that does not answer, or
// answers as no Slack would, is reported as SLACK_API_URL's problem, not
// the token's.
func TestRunNamesTheAPIURL(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/api/"
	closed.Close() // nothing listens there now
	notSlack := httptest.NewServer(http.NotFoundHandler())
	defer notSlack.Close()
	for _, tc := range []struct {
		name, url, want string
	}{
		{"closed port", closedURL, "connection refused"},
		{"not the Web API", notSlack.URL + "/", "HTTP 404"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(Config{BotToken: slacktest.BotToken, AppToken: slacktest.AppToken, APIURL: tc.url}, &recQueue{})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err = a.Run(ctx)
			if err == nil || !strings.HasPrefix(err.Error(), "setting SLACK_API_URL: "+tc.url) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Run = %v, want SLACK_API_URL named with its URL and %q", err, tc.want)
			}
			if err != nil && (strings.Contains(err.Error(), EnvBotToken) || strings.Contains(err.Error(), "\n")) {
				t.Errorf("Run = %v: blames the bot token, or is not one line", err)
			}
		})
	}
}

func TestRunRefusesBadTokens(t *testing.T) {
	fs := slacktest.New(t)
	a, err := New(Config{BotToken: "xoxb-wrong", AppToken: slacktest.AppToken, APIURL: fs.URL}, &recQueue{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.Run(ctx); err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || strings.Contains(err.Error(), "xoxb-wrong") {
		t.Errorf("Run with a bad bot token = %v", err)
	}
	a, _ = New(Config{BotToken: slacktest.BotToken, AppToken: "xapp-wrong", APIURL: fs.URL}, &recQueue{})
	if err := a.Run(ctx); err == nil || !strings.Contains(err.Error(), "SLACK_APP_TOKEN") {
		t.Errorf("Run with a bad app token = %v", err)
	}
}
