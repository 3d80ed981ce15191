package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
)

const article = `Ministry denies report

The ministry denied the report on Tuesday. "We have never done this," said spokesman Li Wei at a press conference in the capital.
The company said it stood by its findings and would publish more evidence soon, according to a statement released late on Monday.`

func goodBriefing(a *bot.Article) (*bot.Briefing, error) {
	return &bot.Briefing{
		Title:   "Ministry denies report",
		Summary: "The ministry and the company disagree.",
		Parties: []bot.Party{
			{Name: "Ministry", Claims: []bot.Claim{
				{Claim: "Says it has never done this.", Speaker: "Li Wei", Stance: bot.StanceDeny, Evidence: `"We have never done this," said spokesman Li Wei`},
				{Claim: "Says Mars attacked.", Speaker: "Li Wei", Stance: bot.StanceAccuse, Evidence: "Mars attacked us"},
			}},
			{Name: "Company", Claims: []bot.Claim{
				{Claim: "Says it stands by its findings.", Speaker: "The company", Stance: bot.StanceAssert, Evidence: "The company said it stood by its findings"},
			}},
		},
		Backend: "scripted",
	}, nil
}

func newEngine(b bot.Backend) (*bot.Engine, *bot.MemStore) {
	st := bot.NewMemStore()
	return &bot.Engine{
		Backend: b,
		Threads: st,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK: func(text, q string) bool { return ground.New(text).Contains(q) },
		Limits:  bot.Limits{MinWords: 10, MaxWords: 1000},
	}, st
}

func mention(id, thread, text string) *bot.Message {
	return &bot.Message{Platform: "test", Conversation: "C1", ID: bot.MessageID(id), Thread: bot.MessageID(thread), User: "U1", Text: text, Mentioned: true}
}

func TestEngineBriefsMention(t *testing.T) {
	ctx := context.Background()
	be := &bottest.Scripted{Briefing: goodBriefing}
	e, st := newEngine(be)
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	got := chat.Final()
	if len(got) != 1 || got[0].Kind != bot.ReplyBriefing {
		t.Fatalf("replies = %+v, want one briefing", got)
	}
	if chat.Replies()[0].Kind != bot.ReplyStatus {
		t.Errorf("first post kind = %v, want a status that becomes the briefing", chat.Replies()[0].Kind)
	}
	b := got[0].Briefing
	if b.ClaimCount() != 2 || b.Stats.ClaimsDroppedUngrounded != 1 {
		t.Errorf("claims = %d dropped = %d, want 2 shown and the invented one dropped", b.ClaimCount(), b.Stats.ClaimsDroppedUngrounded)
	}
	if want := []bot.Progress{bot.ProgressWorking, bot.ProgressDone}; fmt.Sprint(chat.ProgressReports()) != fmt.Sprint(want) {
		t.Errorf("progress = %v, want %v", chat.ProgressReports(), want)
	}
	th, err := st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"})
	if err != nil || th.Briefing == nil {
		t.Fatalf("thread not saved: %v", err)
	}
}

func TestEngineIgnoresUnaddressed(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	chat := &bottest.RecordingChat{}
	m := mention("m1", "", article)
	m.Mentioned = false
	if err := e.Handle(context.Background(), chat, m); err != nil {
		t.Fatal(err)
	}
	m2 := mention("m2", "other-thread", "what?")
	m2.Mentioned = false
	if err := e.Handle(context.Background(), chat, m2); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 0 {
		t.Errorf("posted %d replies to messages not addressed to the bot", len(chat.Replies()))
	}
}

func TestEngineFollowUpStreamsByThrottledEdits(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	be := &bottest.Scripted{
		Briefing: goodBriefing,
		Deltas:   []string{"The ", "ministry ", "denies ", "it."},
		Reply:    &bot.Answer{Text: "The ministry denies it.", Quotes: []bot.Quote{{Sentence: 3, Text: `"We have never done this," said spokesman Li Wei at a press conference in the capital.`}, {Sentence: 9, Text: "Invented quote."}}},
	}
	e, st := newEngine(be)
	e.Now = func() time.Time { now = now.Add(400 * time.Millisecond); return now }
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	follow := mention("m2", "m1", "Does the ministry deny it?")
	follow.Mentioned = false // follow-ups need no mention
	if err := e.Handle(ctx, chat, follow); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 2 {
		t.Fatalf("posts = %d, want briefing and answer", len(chat.Replies()))
	}
	edits := chat.Edits("r2")
	if len(edits) < 2 || len(edits) > 3 {
		t.Errorf("answer edits = %d, want throttled partial edits plus the final one", len(edits))
	}
	final := edits[len(edits)-1]
	if final.Kind != bot.ReplyAnswer || final.Answer == nil {
		t.Fatalf("final edit = %+v, want an answer", final)
	}
	if len(final.Answer.Quotes) != 1 {
		t.Errorf("quotes = %d, want the invented quote dropped", len(final.Answer.Quotes))
	}
	th, _ := st.Thread(ctx, follow.ThreadKey())
	if len(th.Turns) != 1 || th.Turns[0].Question != "Does the ministry deny it?" {
		t.Errorf("turns = %+v", th.Turns)
	}
}

func TestEngineBackendErrorBecomesMessage(t *testing.T) {
	be := &bottest.Scripted{Briefing: func(*bot.Article) (*bot.Briefing, error) {
		return nil, bot.WrapError(errors.New("503 from upstream"), bot.EUnavailable, "brief", "The language model is unavailable right now; try again in a few minutes.")
	}}
	e, _ := newEngine(be)
	chat := &bottest.RecordingChat{}
	if err := e.Handle(context.Background(), chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	got := chat.Final()
	if len(got) != 1 || got[0].Kind != bot.ReplyError || strings.Contains(got[0].Text, "503") {
		t.Fatalf("replies = %+v, want one clean error line", got)
	}
	if chat.ProgressReports()[len(chat.ProgressReports())-1] != bot.ProgressFailed {
		t.Errorf("progress = %v, want failed last", chat.ProgressReports())
	}
}

func TestEngineBadInputBecomesMessage(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	for _, text := range []string{"", "too short to brief", "\x00\x01\x02binary" + article} {
		chat := &bottest.RecordingChat{}
		if err := e.Handle(context.Background(), chat, mention("m-"+text, "", text)); err != nil {
			t.Fatal(err)
		}
		got := chat.Final()
		if len(got) != 1 || got[0].Kind != bot.ReplyError || got[0].Text == "" {
			t.Errorf("input %q: replies = %+v, want one error", text, got)
		}
	}
}

func TestEnginePanicIsContained(t *testing.T) {
	be := &bottest.Scripted{Briefing: func(*bot.Article) (*bot.Briefing, error) { panic("boom") }}
	e, _ := newEngine(be)
	chat := &bottest.RecordingChat{}
	err := e.Handle(context.Background(), chat, mention("m1", "", article))
	if err == nil {
		t.Fatal("Handle returned nil after a panic")
	}
	last := chat.Replies()[len(chat.Replies())-1]
	if last.Kind != bot.ReplyError || strings.Contains(last.Text, "boom") {
		t.Errorf("reply = %+v, want a generic error", last)
	}
}

func TestEngineHelpAndForget(t *testing.T) {
	ctx := context.Background()
	e, st := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("m0", "", "help")); err != nil {
		t.Fatal(err)
	}
	if chat.Replies()[0].Text != bot.HelpText {
		t.Errorf("help reply = %q", chat.Replies()[0].Text)
	}
	if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	if err := e.Handle(ctx, chat, mention("m2", "m1", "forget")); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"}); bot.ErrorCode(err) != bot.ENotFound {
		t.Errorf("thread still stored after forget: %v", err)
	}
}

func TestEnginePostOnlyChat(t *testing.T) {
	be := &bottest.Scripted{Briefing: goodBriefing, Deltas: []string{"x"}, Reply: &bot.Answer{Text: "x"}}
	e, _ := newEngine(be)
	rec := &bottest.RecordingChat{}
	chat := bottest.PostOnly(rec)
	if err := e.Handle(context.Background(), chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	if err := e.Handle(context.Background(), chat, mention("m2", "m1", "and?")); err != nil {
		t.Fatal(err)
	}
	if len(rec.Replies()) != 2 || rec.Replies()[0].Kind != bot.ReplyBriefing || rec.Replies()[1].Kind != bot.ReplyAnswer {
		t.Errorf("posts = %+v, want briefing then answer without status messages", rec.Replies())
	}
}

func TestEnginePostFailureIsReturned(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	rec := &bottest.RecordingChat{}
	rec.FailPosts(5)
	if err := e.Handle(context.Background(), bottest.PostOnly(rec), mention("m1", "", article)); err == nil {
		t.Error("Handle = nil, want the post failure returned so the caller can retry")
	}
}

type fetcher struct{ url string }

func (f *fetcher) Fetch(_ context.Context, u string) (*bot.Article, error) {
	f.url = u
	return &bot.Article{Text: article, URL: u, Title: "Fetched"}, nil
}

func TestEngineFetchesLink(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	f := &fetcher{}
	e.Fetcher = f
	chat := &bottest.RecordingChat{}
	if err := e.Handle(context.Background(), chat, mention("m1", "", "brief this please https://news.example/a/1.")); err != nil {
		t.Fatal(err)
	}
	if f.url != "https://news.example/a/1" {
		t.Errorf("fetched %q", f.url)
	}
	if got := chat.Final(); got[0].Kind != bot.ReplyBriefing {
		t.Errorf("reply = %+v", got[0])
	}
}

// TestEngineLinkOrPaste checks that the status shown while a request is
// worked on says what the engine does: a message that is little more than
// a link (its scheme in any case) is loaded, while a pasted article that
// contains a link is read as it is, and says so.
func TestEngineLinkOrPaste(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		fetched    string // the link loaded; "" for none
		status     string
	}{
		{"link", "https://news.example/a/1", "https://news.example/a/1", "Loading the link and reading the article…"},
		{"link with a few words", "brief this please https://news.example/a/1.", "https://news.example/a/1", "Loading the link and reading the article…"},
		{"upper-case scheme", "HTTP://NEWS.EXAMPLE/a/1", "HTTP://NEWS.EXAMPLE/a/1", "Loading the link and reading the article…"},
		{"paste containing a link", article + "\nSource: https://news.example/a/1", "", "Reading the article…"},
		{"paste", article, "", "Reading the article…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
			f := &fetcher{}
			e.Fetcher = f
			chat := &bottest.RecordingChat{}
			if err := e.Handle(context.Background(), chat, mention("m1", "", tc.text)); err != nil {
				t.Fatal(err)
			}
			if f.url != tc.fetched {
				t.Errorf("fetched %q, want %q", f.url, tc.fetched)
			}
			if len(chat.Replies()) == 0 || chat.Replies()[0].Kind != bot.ReplyStatus || chat.Replies()[0].Text != tc.status {
				var first bot.Reply
				if len(chat.Replies()) > 0 {
					first = *chat.Replies()[0]
				}
				t.Fatalf("first post = %v %q, want the status %q", first.Kind, first.Text, tc.status)
			}
			if got := chat.Final(); got[0].Kind != bot.ReplyBriefing {
				t.Errorf("reply = %+v, want a briefing", got[0])
			}
		})
	}
}

func TestCachingBackendBriefsOnce(t *testing.T) {
	be := &bottest.Scripted{Briefing: goodBriefing}
	c := bot.NewCachingBackend(bot.Combine("s", be, be), bot.NewMemCache())
	a := &bot.Article{Text: article}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Brief(context.Background(), a); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b, err := c.Brief(context.Background(), &bot.Article{Text: article + "\n"})
	if err != nil {
		t.Fatal(err)
	}
	if be.Briefs() != 1 || !b.Stats.Cached {
		t.Errorf("backend briefed %d times (cached=%v), want once", be.Briefs(), b.Stats.Cached)
	}
}

type htmlExtractor struct{ got []byte }

func (h *htmlExtractor) ExtractHTML(_ context.Context, data []byte, _ string) (*bot.Article, error) {
	h.got = data
	return &bot.Article{Text: article, Title: "From HTML"}, nil
}

func TestEngineBriefsAttachments(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	h := &htmlExtractor{}
	e.HTML = h
	chat := &bottest.RecordingChat{}
	m := mention("m1", "", "")
	m.Files = []bot.File{{Name: "story.txt", MIMEType: "text/plain", Data: []byte(article)}}
	if err := e.Handle(context.Background(), chat, m); err != nil {
		t.Fatal(err)
	}
	m2 := mention("m2", "", "")
	m2.Files = []bot.File{{Name: "story.HTML", Data: []byte("<p>x</p>")}}
	if err := e.Handle(context.Background(), chat, m2); err != nil {
		t.Fatal(err)
	}
	got := chat.Final()
	if len(got) != 2 || got[0].Kind != bot.ReplyBriefing || got[1].Kind != bot.ReplyBriefing {
		t.Fatalf("replies = %+v", got)
	}
	if string(h.got) != "<p>x</p>" {
		t.Errorf("HTML attachment not extracted: %q", h.got)
	}
}

func TestCachingBackendSkipsFallbacks(t *testing.T) {
	be := &bottest.Scripted{Briefing: func(a *bot.Article) (*bot.Briefing, error) {
		b, _ := goodBriefing(a)
		b.Stats.Fallback = true
		return b, nil
	}}
	c := bot.NewCachingBackend(bot.Combine("s", be, be), bot.NewMemCache())
	for range 2 {
		if _, err := c.Brief(context.Background(), &bot.Article{Text: article}); err != nil {
			t.Fatal(err)
		}
	}
	if be.Briefs() != 2 {
		t.Errorf("backend briefed %d times, want 2: a fallback briefing must not be cached", be.Briefs())
	}
}

func TestEngineReplyLogMakesRerunsReplyOnce(t *testing.T) {
	ctx := context.Background()
	be := &bottest.Scripted{Briefing: goodBriefing, Deltas: []string{"x"}, Reply: &bot.Answer{Text: "x"}}
	e, st := newEngine(be)
	e.Replies = st
	chat := &bottest.RecordingChat{}

	// A first run posted its status message, then the process died.
	statusID, err := chat.Post(ctx, bot.Target{}, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"})
	if err != nil {
		t.Fatal(err)
	}
	m := mention("m1", "", article)
	// Recorded under the reply log's key before keys named the thread: a
	// request in flight across an upgrade.
	if err := st.SetState(ctx, "reply|test|C1|m1", []byte("open|"+string(statusID))); err != nil {
		t.Fatal(err)
	}
	// The queue runs the request again: it finishes the same message.
	if err := e.Handle(ctx, chat, m); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 1 {
		t.Fatalf("posts = %d, want the first run's status message only", len(chat.Replies()))
	}
	if got := chat.Final(); got[0].Kind != bot.ReplyBriefing {
		t.Fatalf("the status message became %+v, want the briefing", got[0])
	}
	// A third run after the reply was finished does nothing.
	if err := e.Handle(ctx, chat, m); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 1 || len(chat.Edits(statusID)) != 1 {
		t.Errorf("posts = %d edits = %d after a rerun of an answered request, want 1 and 1", len(chat.Replies()), len(chat.Edits(statusID)))
	}

	// The same for a follow-up question.
	q := mention("m2", "m1", "What does the ministry say?")
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 2 {
		t.Errorf("posts = %d, want one answer for a question handled twice", len(chat.Replies()))
	}
}

// findChat is a RecordingChat that is a Finder: it finds posts by their
// key, and records the reply log's state at each post.
type findChat struct {
	bottest.RecordingChat
	log      bot.StateStore
	m        *bot.Message
	mu       sync.Mutex
	atPost   []string // the reply log's state when each post was made
	findErr  error
	findings int
}

func (c *findChat) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	v, _ := c.log.State(ctx, bot.ReplyLogKey(c.m))
	c.mu.Lock()
	c.atPost = append(c.atPost, string(v))
	c.mu.Unlock()
	return c.RecordingChat.Post(ctx, to, r)
}

func (c *findChat) FindPost(_ context.Context, to bot.Target, key string) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.findings++
	if c.findErr != nil {
		return "", c.findErr
	}
	return c.Find(to, key), nil
}

// TestEngineFindsAnInterruptedRunsPost checks the crash window between
// posting the first reply and recording its id: the engine records that it
// is about to post and posts with the request's key, and a resumed run
// that finds only that record edits the post the chat finds by the key.
func TestEngineFindsAnInterruptedRunsPost(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		question bool // a follow-up question rather than a mention
	}{{"briefing", false}, {"answer", true}} {
		t.Run(tc.name, func(t *testing.T) {
			be := &bottest.Scripted{Briefing: goodBriefing, Deltas: []string{"x"}, Reply: &bot.Answer{Text: "x"}}
			e, st := newEngine(be)
			e.Replies = st
			m := mention("m1", "", article)
			chat := &findChat{log: st, m: m}
			if tc.question {
				if err := e.Handle(ctx, &bottest.RecordingChat{}, m); err != nil {
					t.Fatal(err)
				}
				m = mention("m2", "m1", "What does the ministry say?")
				chat.m = m
			}
			// A normal run: "posting" is recorded before the post, which
			// carries the key; then the post's id.
			if err := e.Handle(ctx, chat, m); err != nil {
				t.Fatal(err)
			}
			if len(chat.Replies()) != 1 || chat.Replies()[0].Key != bot.ReplyKey(m) || chat.atPost[0] != "posting|" {
				t.Fatalf("posts = %d, key %q (want %q), reply log at the post %q (want posting|)",
					len(chat.Replies()), chat.Replies()[0].Key, bot.ReplyKey(m), chat.atPost)
			}
			if chat.findings != 0 {
				t.Errorf("a first run looked for an earlier post %d times", chat.findings)
			}

			// The crash: the post was made, its id never recorded.
			if err := st.SetState(ctx, bot.ReplyLogKey(m), []byte("posting|")); err != nil {
				t.Fatal(err)
			}
			if err := e.Handle(ctx, chat, m); err != nil {
				t.Fatal(err)
			}
			if len(chat.Replies()) != 1 || chat.findings != 1 {
				t.Fatalf("posts = %d, findings = %d after the resumed run; want the first post found and no second post", len(chat.Replies()), chat.findings)
			}
			if n := len(chat.Edits("r1")); n < 2 {
				t.Errorf("the found post was edited %d times in all, want the resumed run's edit too", n)
			}

			// Nothing found (the crash came before the post): one post.
			chat.Reset()
			if err := st.SetState(ctx, bot.ReplyLogKey(m), []byte("posting|")); err != nil {
				t.Fatal(err)
			}
			if err := e.Handle(ctx, chat, m); err != nil {
				t.Fatal(err)
			}
			if len(chat.Replies()) != 1 {
				t.Errorf("posts = %d when no earlier post exists, want 1", len(chat.Replies()))
			}

			// The platform cannot be searched: the run posts anew rather
			// than give up.
			chat.Reset()
			chat.findErr = errors.New("search down")
			if err := st.SetState(ctx, bot.ReplyLogKey(m), []byte("posting|")); err != nil {
				t.Fatal(err)
			}
			if err := e.Handle(ctx, chat, m); err != nil {
				t.Fatal(err)
			}
			if got := chat.Final(); len(got) != 1 || got[0].Kind == bot.ReplyStatus {
				t.Errorf("replies = %+v with the search down, want one finished reply", got)
			}
		})
	}
}

// ctxChat is a RecordingChat that fails, like a platform client, once ctx is
// done, and records whether each send had a deadline.
type ctxChat struct {
	bottest.RecordingChat
	mu        sync.Mutex
	unbounded int // sends without a deadline
}

func (c *ctxChat) check(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, ok := ctx.Deadline(); !ok {
		c.mu.Lock()
		c.unbounded++
		c.mu.Unlock()
	}
	return nil
}

func (c *ctxChat) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	if err := c.check(ctx); err != nil {
		return "", err
	}
	return c.RecordingChat.Post(ctx, to, r)
}

func (c *ctxChat) Edit(ctx context.Context, to bot.Target, id bot.MessageID, r *bot.Reply) error {
	if err := c.check(ctx); err != nil {
		return err
	}
	return c.RecordingChat.Edit(ctx, to, id, r)
}

func (c *ctxChat) Progress(ctx context.Context, m *bot.Message, p bot.Progress) error {
	if err := c.check(ctx); err != nil {
		return err
	}
	return c.RecordingChat.Progress(ctx, m, p)
}

// slowBackend outlives the request's deadline: it waits for ctx to end,
// then fails with its error or, if succeed is set, returns a result anyway.
type slowBackend struct {
	succeed bool
}

func (s *slowBackend) ID() string { return "slow" }

func (s *slowBackend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	<-ctx.Done()
	if s.succeed {
		return goodBriefing(a)
	}
	return nil, bot.WrapError(ctx.Err(), bot.EUnavailable, "brief", "The language model did not answer in time.")
}

func (s *slowBackend) Answer(ctx context.Context, _ *bot.AnswerRequest, _ func(string)) (*bot.Answer, error) {
	<-ctx.Done()
	if s.succeed {
		return &bot.Answer{Text: "The ministry denies it."}, nil
	}
	return nil, bot.WrapError(ctx.Err(), bot.EUnavailable, "answer", "The language model did not answer in time.")
}

func TestEngineRepliesAfterDeadline(t *testing.T) {
	for _, succeed := range []bool{false, true} {
		t.Run(fmt.Sprint("succeed=", succeed), func(t *testing.T) {
			be := &slowBackend{succeed: succeed}
			e, st := newEngine(be)
			chat := &ctxChat{}
			wantKind, wantProgress := bot.ReplyError, bot.ProgressFailed
			if succeed {
				wantKind, wantProgress = bot.ReplyBriefing, bot.ProgressDone
			}

			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
			defer cancel()
			if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
				t.Fatalf("brief: %v", err)
			}
			got := chat.Final()
			if len(got) != 1 || got[0].Kind != wantKind {
				t.Fatalf("brief replies = %+v, want one of kind %v sent after the deadline", got, wantKind)
			}
			if p := chat.ProgressReports(); len(p) == 0 || p[len(p)-1] != wantProgress {
				t.Errorf("brief progress = %v, want %v last", p, wantProgress)
			}

			// A follow-up question in a briefed thread, equally slow.
			if !succeed {
				now := time.Now()
				th := &bot.Thread{Key: bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"}, Article: &bot.Article{Text: article}, Briefing: &bot.Briefing{}, Created: now, Updated: now}
				if err := st.SaveThread(context.Background(), th); err != nil {
					t.Fatal(err)
				}
			}
			ctx2, cancel2 := context.WithTimeout(context.Background(), 30*time.Millisecond)
			defer cancel2()
			if err := e.Handle(ctx2, chat, mention("m2", "m1", "Does the ministry deny it?")); err != nil {
				t.Fatalf("answer: %v", err)
			}
			got = chat.Final()
			wantKind = bot.ReplyError
			if succeed {
				wantKind = bot.ReplyAnswer
			}
			if len(got) != 2 || got[1].Kind != wantKind {
				t.Fatalf("answer replies = %+v, want the answer's message to end as kind %v", got, wantKind)
			}
			if p := chat.ProgressReports(); p[len(p)-1] != wantProgress {
				t.Errorf("answer progress = %v, want %v last", p, wantProgress)
			}
			if chat.unbounded != 0 {
				t.Errorf("%d sends had no deadline, want every reply bounded", chat.unbounded)
			}
		})
	}
}

// turnStore is a MemStore whose AddTurn fails a number of times and counts
// its calls.
type turnStore struct {
	*bot.MemStore
	mu    sync.Mutex
	fail  int
	calls int
}

func (s *turnStore) AddTurn(ctx context.Context, k bot.ThreadKey, turn bot.Turn) error {
	s.mu.Lock()
	s.calls++
	fail := s.fail > 0
	if fail {
		s.fail--
	}
	s.mu.Unlock()
	if fail {
		return errors.New("database down")
	}
	return s.MemStore.AddTurn(ctx, k, turn)
}

func TestEngineAnswerSavesTurnOnlyAfterReply(t *testing.T) {
	ctx := context.Background()
	be := &bottest.Scripted{Briefing: goodBriefing, Reply: &bot.Answer{Text: "The ministry denies it."}}
	e, mem := newEngine(be)
	st := &turnStore{MemStore: mem}
	e.Threads = st
	rec := &bottest.RecordingChat{}
	if err := e.Handle(ctx, bottest.PostOnly(rec), mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	rec.FailPosts(1)
	if err := e.Handle(ctx, bottest.PostOnly(rec), mention("m2", "m1", "Does the ministry deny it?")); err == nil {
		t.Fatal("Handle = nil, want the failed answer post returned")
	}
	if st.calls != 0 {
		t.Errorf("AddTurn called %d times for an answer that was never shown", st.calls)
	}
	th, _ := mem.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"})
	if len(th.Turns) != 0 {
		t.Errorf("turns = %+v, want none", th.Turns)
	}
}

func TestEngineAnswerTurnSaveFailureIsRetried(t *testing.T) {
	ctx := context.Background()
	be := &bottest.Scripted{Briefing: goodBriefing, Deltas: []string{"x"}, Reply: &bot.Answer{Text: "The ministry denies it."}}
	e, mem := newEngine(be)
	st := &turnStore{MemStore: mem, fail: 1}
	e.Threads = st
	e.Replies = mem
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	q := mention("m2", "m1", "Does the ministry deny it?")
	err := e.Handle(ctx, chat, q)
	if err == nil || !strings.Contains(err.Error(), "database down") {
		t.Fatalf("Handle = %v, want the AddTurn failure returned for a retry", err)
	}
	if len(chat.Replies()) != 2 || chat.Final()[1].Kind != bot.ReplyAnswer {
		t.Fatalf("replies = %+v, want the answer shown", chat.Final())
	}
	// The queue's retry saves the turn and finishes the same message.
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 2 {
		t.Errorf("posts = %d after the retry, want the first run's answer message reused", len(chat.Replies()))
	}
	if got := chat.Final(); got[1].Kind != bot.ReplyAnswer {
		t.Errorf("answer message = %+v", got[1])
	}
	th, _ := mem.Thread(ctx, q.ThreadKey())
	if len(th.Turns) != 1 || th.Turns[0].Question != "Does the ministry deny it?" {
		t.Errorf("turns = %+v, want the question saved once", th.Turns)
	}
	// Answered now: a further run does nothing.
	if err := e.Handle(ctx, chat, q); err != nil || st.calls != 2 {
		t.Errorf("rerun = %v, AddTurn calls = %d; want nil and 2", err, st.calls)
	}
}

// racyCache misses once, after letting another request brief and cache
// the same article in the meantime: the window between a cache miss and
// taking the flight.
type racyCache struct {
	*bot.MemCache
	missed bool // the one miss has happened (the test is single-goroutine)
	before func()
}

func (r *racyCache) CachedBriefing(ctx context.Context, key string) (*bot.Briefing, error) {
	if !r.missed {
		r.missed = true
		r.before()
		return nil, bot.Errorf(bot.ENotFound, "not cached")
	}
	return r.MemCache.CachedBriefing(ctx, key)
}

func TestCachingBackendLeaderRechecksCache(t *testing.T) {
	be := &bottest.Scripted{Briefing: goodBriefing}
	cache := &racyCache{MemCache: bot.NewMemCache()}
	c := bot.NewCachingBackend(bot.Combine("s", be, be), cache)
	a := &bot.Article{Text: article}
	cache.before = func() {
		if _, err := c.Brief(context.Background(), a); err != nil {
			t.Error(err)
		}
	}
	b, err := c.Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if be.Briefs() != 1 || !b.Stats.Cached {
		t.Errorf("backend briefed %d times (cached=%v), want once", be.Briefs(), b.Stats.Cached)
	}
}
