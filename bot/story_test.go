package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
	"github.com/briefbot/briefbot/bot/story"
)

// storyServer serves the story fixtures (invented outlets reporting one
// invented story) as web pages, by file name, and 404 for anything else.
func storyServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := "story/testdata/port-strike"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, err := os.ReadFile(filepath.Join(dir, filepath.Base(r.URL.Path)+".txt"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		title, body, _ := strings.Cut(string(data), "\n")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>%s</title><meta property='og:site_name' content='%s'></head><body><article><h1>%s</h1><p>%s</p></article></body></html>",
			title, filepath.Base(r.URL.Path), title, strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p><p>"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// storyEngine is the engine as serve wires it for stories: the real
// offline backend and answerer, the real web fetcher and story merger.
func storyEngine() (*bot.Engine, *bot.MemStore) {
	st := bot.NewMemStore()
	f := web.New(web.Options{AllowPrivateHosts: true})
	off := offline.New()
	return &bot.Engine{
		Backend: bot.Combine(off.ID(), off, &qa.Answerer{}),
		Fetcher: f,
		HTML:    f,
		Threads: st,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK: func(text, q string) bool { return ground.New(text).Contains(q) },
		Stories: story.Merger{},
	}, st
}

// TestEngineStoryThread: a mention with several links makes one story
// briefing in the thread (a link that fails is named in a note); a
// follow-up is answered across the sources, each quote naming its source;
// "add <link>" adds a source and posts the updated briefing; "forget"
// deletes it all.
func TestEngineStoryThread(t *testing.T) {
	ctx := context.Background()
	srv := storyServer(t)
	e, st := storyEngine()
	chat := &bottest.RecordingChat{}
	text := "Three takes on the dock strike: " + srv.URL + "/s1-wire-en " + srv.URL + "/s2-daily-en\n" + srv.URL + "/missing"
	if err := e.Handle(ctx, chat, mention("m1", "", text)); err != nil {
		t.Fatal(err)
	}
	final := chat.Final()
	b := final[len(final)-1].Briefing
	if b == nil || len(b.Sources) != 2 {
		t.Fatalf("final reply %+v, want a story briefing of two sources", final[len(final)-1])
	}
	if !slices.ContainsFunc(b.Notes, func(n string) bool { return strings.Contains(n, "/missing") && strings.Contains(n, "404") }) {
		t.Errorf("notes %q do not name the link that failed", b.Notes)
	}
	th, err := st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"})
	if err != nil || len(th.Sources) != 2 || th.Article.Hash() != th.Sources[0].Article.Hash() {
		t.Fatalf("thread %+v, %v: want the two sources saved", th, err)
	}

	// A follow-up, answered from each source.
	chat.Reset()
	q := &bot.Message{Platform: "test", Conversation: "C1", ID: "m2", Thread: "m1", User: "U1", Text: "How many people were arrested?"}
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	ans := chat.Final()[len(chat.Final())-1].Answer
	if ans == nil || ans.NotInArticle || len(ans.Quotes) == 0 {
		t.Fatalf("answer %+v, want quotes", ans)
	}
	for _, qt := range ans.Quotes {
		i := slices.IndexFunc(b.Sources, func(s bot.StorySource) bool { return s.ID == qt.Source })
		if i < 0 || !ground.New(th.Sources[i].Article.Text).Contains(qt.Text) {
			t.Errorf("quote %+v is not from the source it names", qt)
		}
	}
	if !slices.ContainsFunc(ans.Quotes, func(qt bot.Quote) bool { return strings.Contains(qt.Text, "37") }) {
		t.Errorf("no quote gives the number arrested: %+v", ans.Quotes)
	}
	chat.Reset()
	q = &bot.Message{Platform: "test", Conversation: "C1", ID: "m3", Thread: "m1", User: "U1", Text: "What did the mayor of Lindholt say about the harbour museum?"}
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	if ans := chat.Final()[len(chat.Final())-1].Answer; ans == nil || !ans.NotInArticle || !strings.Contains(ans.Text, "None of the 2 sources") {
		t.Errorf("answer %+v, want that no source says", ans)
	}

	// add <link>: a third source, the updated briefing in the thread.
	chat.Reset()
	add := &bot.Message{Platform: "test", Conversation: "C1", ID: "m4", Thread: "m1", User: "U1", Text: "add " + srv.URL + "/s3-patriot-en"}
	if err := e.Handle(ctx, chat, add); err != nil {
		t.Fatal(err)
	}
	b = chat.Final()[len(chat.Final())-1].Briefing
	if b == nil || len(b.Sources) != 3 || b.Sources[2].ID != "s3" {
		t.Fatalf("after add: %+v, want the briefing of three sources", chat.Final())
	}
	if i := slices.IndexFunc(b.Coverage, func(c bot.Coverage) bool { return c.Source == "s3" }); i < 0 || !slices.Contains(b.Coverage[i].Loaded, "regime") {
		t.Errorf("coverage %+v lacks s3's loaded words", b.Coverage)
	}
	th, _ = st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"})
	if len(th.Sources) != 3 || len(th.Turns) != 2 {
		t.Errorf("thread after add: %d sources, %d turns; want 3 and the 2 turns kept", len(th.Sources), len(th.Turns))
	}
	chat.Reset()
	add.ID = "m5"
	if err := e.Handle(ctx, chat, add); err != nil {
		t.Fatal(err)
	}
	if r := chat.Final()[len(chat.Final())-1]; r.Briefing != nil || !strings.Contains(r.Text, "already") {
		t.Errorf("adding the same article again: %+v", r)
	}

	// forget deletes the story thread.
	if err := e.Handle(ctx, chat, &bot.Message{Platform: "test", Conversation: "C1", ID: "m6", Thread: "m1", User: "U1", Text: "forget"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"}); bot.ErrorCode(err) != bot.ENotFound {
		t.Errorf("after forget: %v, want not found", err)
	}
}

// TestEngineStoryRequests: the other ways to ask for a story (compare,
// pasted articles separated by "---"), what a story costs, and what is
// not a story.
func TestEngineStoryRequests(t *testing.T) {
	ctx := context.Background()
	srv := storyServer(t)
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("story/testdata/port-strike", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	t.Run("compare", func(t *testing.T) {
		e, _ := storyEngine()
		chat := &bottest.RecordingChat{}
		if err := e.Handle(ctx, chat, mention("m1", "", "compare "+srv.URL+"/t1-wire-en "+srv.URL+"/t2-daily-en")); err != nil {
			t.Fatal(err)
		}
		if b := chat.Final()[len(chat.Final())-1].Briefing; b == nil || len(b.Sources) != 2 {
			t.Errorf("compare: %+v, want a story of two sources", chat.Final())
		}
	})
	t.Run("pasted articles", func(t *testing.T) {
		e, _ := storyEngine()
		chat := &bottest.RecordingChat{}
		m := mention("m1", "", read("s1-wire-en.txt")+"\n---\n"+read("s2-daily-en.txt"))
		if err := e.Handle(ctx, chat, m); err != nil {
			t.Fatal(err)
		}
		b := chat.Final()[len(chat.Final())-1].Briefing
		if b == nil || len(b.Sources) != 2 || b.Sources[0].Title != "Police clear Port Sarrow blockade as Veskaria dock strike enters third week" {
			t.Errorf("pasted: %+v, want a story of the two pasted articles", b)
		}
	})
	t.Run("a story costs one briefing per source", func(t *testing.T) {
		e, _ := storyEngine()
		e.Admission = bot.Admission{UserBriefings: 4}
		chat := &bottest.RecordingChat{}
		links := "compare " + srv.URL + "/s1-wire-en " + srv.URL + "/s2-daily-en " + srv.URL + "/s3-patriot-en"
		if err := e.Handle(ctx, chat, mention("m1", "", links)); err != nil {
			t.Fatal(err)
		}
		chat.Reset()
		if err := e.Handle(ctx, chat, mention("m2", "", links)); err != nil {
			t.Fatal(err)
		}
		if r := chat.Final(); len(r) != 1 || !strings.Contains(r[0].Text, "4 briefings") {
			t.Errorf("a second story of three within the hour, with four briefings allowed: %+v, want the limit's notice", r)
		}
	})
	t.Run("nine links are refused, uncharged", func(t *testing.T) {
		e, _ := storyEngine()
		e.Admission = bot.Admission{UserBriefings: 1}
		chat := &bottest.RecordingChat{}
		var links []string
		for i := range 9 {
			links = append(links, fmt.Sprintf("%s/s%d", srv.URL, i))
		}
		if err := e.Handle(ctx, chat, mention("m1", "", strings.Join(links, " "))); err != nil {
			t.Fatal(err)
		}
		if r := chat.Final(); len(r) != 1 || r[0].Kind != bot.ReplyError || !strings.Contains(r[0].Text, "at most 8") {
			t.Errorf("nine links: %+v, want the limit said", r)
		}
		chat.Reset()
		if err := e.Handle(ctx, chat, mention("m2", "", read("s1-wire-en.txt"))); err != nil {
			t.Fatal(err)
		}
		if b := chat.Final()[len(chat.Final())-1].Briefing; b == nil {
			t.Errorf("the refused story was charged: the next briefing got %+v", chat.Final())
		}
	})
	t.Run("a source that panics or repeats another", func(t *testing.T) {
		e, _ := storyEngine()
		var calls atomic.Int32
		in := []bot.StoryInput{
			{Name: "first", Load: func(context.Context) (*bot.Article, error) {
				return bot.NewArticle([]byte(read("s1-wire-en.txt")), bot.DefaultLimits)
			}},
			{Name: "broken", Load: func(context.Context) (*bot.Article, error) { calls.Add(1); panic("boom") }},
			{Name: "again", Load: func(context.Context) (*bot.Article, error) {
				return bot.NewArticle([]byte(read("s1-wire-en.txt")), bot.DefaultLimits)
			}},
			{Name: "second", Load: func(context.Context) (*bot.Article, error) {
				return bot.NewArticle([]byte(read("s2-daily-en.txt")), bot.DefaultLimits)
			}},
		}
		b, srcs, err := e.BriefStory(ctx, in)
		if err != nil || len(srcs) != 2 || calls.Load() != 1 {
			t.Fatalf("BriefStory = %v, %d sources, %v", b, len(srcs), err)
		}
		for _, want := range []string{"broken could not be briefed", "again is the same article as an earlier source, s1."} {
			if !slices.ContainsFunc(b.Notes, func(n string) bool { return strings.Contains(n, want) }) {
				t.Errorf("notes %q lack %q", b.Notes, want)
			}
		}
	})
	t.Run("one link in an article is no story", func(t *testing.T) {
		e, _ := storyEngine()
		chat := &bottest.RecordingChat{}
		text := read("s1-wire-en.txt") + "\nMore at " + srv.URL + "/s2-daily-en and " + srv.URL + "/s3-patriot-en"
		if err := e.Handle(ctx, chat, mention("m1", "", text)); err != nil {
			t.Fatal(err)
		}
		if b := chat.Final()[len(chat.Final())-1].Briefing; b == nil || len(b.Sources) != 0 {
			t.Errorf("an article with links in it: %+v, want the briefing of that article", b)
		}
	})
}
