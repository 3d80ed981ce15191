package digest_test

import (
	"context"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
)

// answerer answers every question with a fixed text.
type answerer struct{}

func (answerer) Answer(_ context.Context, req *bot.AnswerRequest, _ func(string)) (*bot.Answer, error) {
	return &bot.Answer{Text: "About " + req.Briefing.Title + ": the article gives both positions."}, nil
}

// TestEngineEndToEnd wires the scheduler into the engine as its command
// hook: an article is briefed in the channel, "digest now" lists it with a
// feed's items, "more 2" posts a feed item's briefing in a thread, and a
// follow-up question in that thread is answered from that article.
func TestEngineEndToEnd(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	eng := &bot.Engine{
		Backend: bot.Combine("script", e.briefer, answerer{}),
		Fetcher: e.articles,
		Threads: e.store,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK: func(text, q string) bool { return ground.New(text).Contains(q) },
		Limits:  testLimits,
		Now:     e.clock.Now,
	}
	e.s.Briefer = eng // feed items are briefed and grounded by the engine
	eng.Commands = e.s
	e.addFeed("/feeds/atom.xml")

	send := func(id, thread, text string, mentioned bool) *bot.Reply {
		t.Helper()
		before := len(e.chat.Posts())
		m := &bot.Message{Platform: "slack", Conversation: "C1", ID: bot.MessageID(id), Thread: bot.MessageID(thread),
			User: "U0ADMIN", Text: text, Mentioned: mentioned}
		if err := eng.Handle(ctx, bottest.PostOnly(e.chat), m); err != nil {
			t.Fatalf("Handle(%q): %v", text, err)
		}
		ps := e.chat.Posts()
		if len(ps) != before+1 {
			t.Fatalf("Handle(%q) posted %d replies", text, len(ps)-before)
		}
		return ps[len(ps)-1].Reply
	}

	if r := send("a1", "", e.feeds.url("/articles/bridge"), true); r.Kind != bot.ReplyBriefing {
		t.Fatalf("briefing = %+v", r)
	}
	d := send("a2", "", "digest now", true)
	if d.Kind != bot.ReplyDigest || len(d.Digest.Items) != 4 {
		t.Fatalf("digest = %+v %q", d, titles(d.Digest))
	}
	if d.Digest.Items[0].URL != e.feeds.url("/articles/bridge") {
		t.Errorf("first item = %+v, want the article briefed here", d.Digest.Items[0])
	}
	more := send("a3", "a2", "more 2", true)
	if more.Kind != bot.ReplyBriefing || more.Briefing.Title != d.Digest.Items[1].Title {
		t.Fatalf("more 2 = %+v", more)
	}
	ans := send("a4", "a2", "What does each side say?", false)
	if ans.Kind != bot.ReplyAnswer || ans.Answer.Text != "About "+d.Digest.Items[1].Title+": the article gives both positions." {
		t.Errorf("follow-up = %+v", ans)
	}
	if bad := send("a5", "", "digest weekly funday 09:00", true); bad.Kind != bot.ReplyError {
		t.Errorf("malformed command = %+v", bad)
	}
}
