package digest_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/command"
	"github.com/briefbot/briefbot/bot/digest"
)

// testLimits let short test articles through.
var testLimits = bot.Limits{MinWords: 20, MaxWords: 10_000}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// finderChat is a RecordingChat that finds its posts by target and key
// (a bot.Finder). With die set, the goroutine that posts stops right after
// the post is made, as a process killed then would; with findErr set,
// FindPost fails.
type finderChat struct {
	bottest.RecordingChat
	mu      sync.Mutex
	die     bool
	findErr error
}

func (c *finderChat) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	id, err := c.RecordingChat.Post(ctx, to, r)
	c.mu.Lock()
	die := c.die
	c.mu.Unlock()
	if die {
		runtime.Goexit()
	}
	return id, err
}

func (c *finderChat) FindPost(_ context.Context, to bot.Target, key string) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.findErr != nil {
		return "", c.findErr
	}
	return c.Find(to, key), nil
}

func (c *finderChat) set(die bool, findErr error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.die, c.findErr = die, findErr
}

// scriptBriefer briefs instantly: the summary's first sentence names the
// article's title.
type scriptBriefer struct {
	mu    sync.Mutex
	calls int
	seen  []string // titles briefed
}

func (b *scriptBriefer) Brief(_ context.Context, a *bot.Article) (*bot.Briefing, error) {
	b.mu.Lock()
	b.calls++
	b.seen = append(b.seen, a.Title)
	b.mu.Unlock()
	return &bot.Briefing{
		Title:   a.Title,
		Source:  a.Source(),
		Summary: "Two sides differ about " + strings.ToLower(a.Title) + ". Each gives its reasons.",
		Parties: []bot.Party{{Name: "First side"}, {Name: "Second side"}},
		Backend: "script",
	}, nil
}

func (b *scriptBriefer) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.calls
}

// articleText makes an original article of about sixty words on a topic.
func articleText(topic string) string {
	return fmt.Sprintf("The council said on Tuesday that the plan for the %[1]s would go ahead in the spring, after a consultation that drew more than four hundred replies.\n\n"+
		"Residents who oppose the %[1]s plan said the council had not answered their questions about cost and timing, and asked for a public meeting before any work starts.", topic)
}

// feedServer serves the feed fixtures of testdata (with {{BASE}} set to
// its address), articles, and feeds that fail. Feeds carry an ETag and
// answer 304 to a request that sends it.
type feedServer struct {
	t   *testing.T
	srv *httptest.Server

	mu          sync.Mutex
	feeds       map[string][]byte // path → body
	etags       map[string]string
	articles    map[string]string // path → text
	hits        map[string]int
	notModified map[string]int
	ifNoneMatch map[string]int
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	fs := &feedServer{
		t: t, feeds: map[string][]byte{}, etags: map[string]string{}, articles: map[string]string{},
		hits: map[string]int{}, notModified: map[string]int{}, ifNoneMatch: map[string]int{},
	}
	fs.srv = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.srv.Close)
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		fs.setFeed("/feeds/"+name, string(data))
	}
	for _, topic := range []string{"ferry", "bridge", "market", "school", "dredging", "library"} {
		fs.articles["/articles/"+topic] = articleText(topic + " works")
	}
	fs.articles["/mirror/market"] = fs.articles["/articles/market"] // the same text elsewhere
	fs.setFeed("/feeds/page.html", "<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>")
	return fs
}

func (fs *feedServer) url(path string) string { return fs.srv.URL + path }

// setFeed sets a feed's body and gives it a new ETag.
func (fs *feedServer) setFeed(path, body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.feeds[path] = []byte(strings.ReplaceAll(body, "{{BASE}}", fs.srv.URL))
	fs.etags[path] = fmt.Sprintf(`"%s-%d"`, filepath.Base(path), len(fs.etags)+len(body))
}

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	p := r.URL.Path
	fs.hits[p]++
	switch {
	case fs.feeds[p] != nil:
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			fs.ifNoneMatch[p]++
			if inm == fs.etags[p] {
				fs.notModified[p]++
				w.Header().Set("ETag", fs.etags[p])
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("ETag", fs.etags[p])
		_, _ = w.Write(fs.feeds[p])
	case p == "/feeds/broken":
		http.Error(w, "boom", http.StatusInternalServerError)
	case p == "/feeds/huge":
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte("<rss>" + strings.Repeat("x", 70_000) + "</rss>"))
	case fs.articles[strings.TrimSuffix(p, "/")] != "":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, fs.articles[strings.TrimSuffix(p, "/")])
	default:
		http.NotFound(w, r)
	}
}

func (fs *feedServer) count(m map[string]int, path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return m[path]
}

// httpFeeds is a FeedFetcher over plain HTTP with conditional requests and
// a size cap, as adapters/web's (whose own tests cover the network
// policy).
type httpFeeds struct{ max int }

func (h httpFeeds) FetchFeed(ctx context.Context, url, etag, lm string) ([]byte, string, string, bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", "", false, bot.WrapError(err, bot.EInvalid, "test fetch feed", "That link is not a valid web address.")
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lm != "" {
		req.Header.Set("If-Modified-Since", lm)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", "", false, bot.WrapError(err, bot.EFetch, "test fetch feed", "The feed could not be loaded.")
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, etag, lm, true, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", false, bot.Errorf(bot.EFetch, "The feed answered %d %s.", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	max := h.max
	if max == 0 {
		max = 64 << 10
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return nil, "", "", false, bot.WrapError(err, bot.EFetch, "test fetch feed", "The feed could not be loaded.")
	}
	if len(body) > max {
		return nil, "", "", false, bot.Errorf(bot.ETooLarge, "That feed is too large to read (over %d KB).", max>>10)
	}
	return body, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), false, nil
}

// httpArticles is a bot.Fetcher of plain-text pages that counts fetches.
type httpArticles struct {
	mu    sync.Mutex
	count map[string]int
}

func (h *httpArticles) Fetch(ctx context.Context, rawURL string) (*bot.Article, error) {
	h.mu.Lock()
	if h.count == nil {
		h.count = map[string]int{}
	}
	h.count[rawURL]++
	h.mu.Unlock()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, bot.WrapError(err, bot.EInvalid, "test fetch", "That link is not a valid web address.")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, bot.WrapError(err, bot.EFetch, "test fetch", "The page could not be loaded.")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, bot.Errorf(bot.EFetch, "The page answered %d.", resp.StatusCode)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, bot.WrapError(err, bot.EFetch, "test fetch", "The page could not be loaded.")
	}
	a, err := bot.NewArticle(body, testLimits)
	if err != nil {
		return nil, err
	}
	a.URL = strings.SplitN(rawURL, "#", 2)[0]
	return a, nil
}

func (h *httpArticles) fetches(url string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.count[url]
}

// env is a scheduler on a memory store with a fake clock, a recording
// chat, a feed server and an instant briefer.
type env struct {
	t        *testing.T
	clock    *clock
	store    *digest.MemStore
	chat     *bottest.RecordingChat
	briefer  *scriptBriefer
	articles *httpArticles
	feeds    *feedServer
	s        *digest.Scheduler
	conv     digest.Conversation
	msgs     int
}

func newEnv(t *testing.T, now time.Time) *env {
	t.Helper()
	e := &env{
		t: t, clock: &clock{t: now}, store: digest.NewMemStore(), chat: &bottest.RecordingChat{IDPrefix: "m"},
		briefer: &scriptBriefer{}, articles: &httpArticles{}, feeds: newFeedServer(t),
		conv: digest.Conversation{Platform: "slack", ID: "C1"},
	}
	e.store.Now = e.clock.Now
	e.s = &digest.Scheduler{
		Store: e.store, Briefer: e.briefer, Fetcher: e.articles, Feeds: httpFeeds{},
		Admins: command.NewAdmins("U0ADMIN"), Limits: testLimits, Now: e.clock.Now,
	}
	e.s.Register("slack", e.chat)
	return e
}

// addFeed adds a feed to the conversation without the "feed add" baseline.
func (e *env) addFeed(path string) {
	e.t.Helper()
	if ok, err := e.store.AddFeed(context.Background(), e.conv, &digest.Feed{URL: e.feeds.url(path)}); err != nil || !ok {
		e.t.Fatalf("AddFeed(%s) = %v, %v", path, ok, err)
	}
}

// say sends a command as user, in thread (empty: top level), and returns
// the reply it posted.
func (e *env) say(user bot.UserID, thread bot.MessageID, text string) bottest.Post {
	e.t.Helper()
	e.msgs++
	m := &bot.Message{
		Platform: e.conv.Platform, Conversation: e.conv.ID, ID: bot.MessageID(fmt.Sprintf("u%d", e.msgs)),
		Thread: thread, User: user, Text: text, Mentioned: true, Time: e.clock.Now(),
	}
	before := len(e.chat.Posts())
	handled, err := e.s.HandleCommand(context.Background(), e.chat, m)
	if err != nil || !handled {
		e.t.Fatalf("HandleCommand(%q) = %v, %v", text, handled, err)
	}
	ps := e.chat.Posts()
	if len(ps) != before+1 {
		e.t.Fatalf("HandleCommand(%q) posted %d messages, want 1", text, len(ps)-before)
	}
	return ps[len(ps)-1]
}

// tick runs one scheduler tick and waits for its digests.
func (e *env) tick() int {
	n := e.s.Tick(context.Background())
	e.s.Wait()
	return n
}

// saveThread stores a briefed thread in the conversation.
func (e *env) saveThread(id bot.MessageID, title, url string, created time.Time) {
	e.t.Helper()
	a := &bot.Article{Title: title, URL: url, Site: "Example News", Text: articleText(title)}
	b, _ := e.briefer.Brief(context.Background(), a)
	e.briefer.mu.Lock()
	e.briefer.calls-- // not a digest's call
	e.briefer.mu.Unlock()
	th := &bot.Thread{Key: bot.ThreadKey{Platform: e.conv.Platform, Conversation: e.conv.ID, Thread: id}, Article: a, Briefing: b, Created: created, Updated: created}
	if err := e.store.SaveThread(context.Background(), th); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) settings() *digest.Settings {
	e.t.Helper()
	st, err := e.store.DigestSettings(context.Background(), e.conv)
	if err != nil {
		e.t.Fatal(err)
	}
	return st
}

func titles(d *bot.Digest) []string {
	var out []string
	for _, it := range d.Items {
		out = append(out, it.Title)
	}
	return out
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
