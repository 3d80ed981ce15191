package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

func TestAdmissionLimits(t *testing.T) {
	type req struct {
		user, conv, id, thread, text string
		platform                     string
	}
	brief := func(user, conv, id string) req { return req{user: user, conv: conv, id: id, text: article} }
	ask := func(user, thread, id string) req {
		return req{user: user, conv: "C1", id: id, thread: thread, text: "What did the ministry say?"}
	}
	for _, tc := range []struct {
		name   string
		policy bot.Admission
		reqs   []req
		// want is, per request, "ok" (answered), a substring of the
		// notice posted, or "" (dropped: nothing posted).
		want []string
	}{
		{
			name:   "briefings per person",
			policy: bot.Admission{UserBriefings: 2},
			reqs:   []req{brief("U1", "C1", "a"), brief("U1", "C1", "b"), brief("U1", "C1", "c"), brief("U1", "C1", "d"), brief("U2", "C1", "e")},
			want:   []string{"ok", "ok", "You've asked for 2 briefings in the last hour", "", "ok"},
		},
		{
			name:   "briefings per conversation",
			policy: bot.Admission{ConversationBriefings: 1},
			reqs:   []req{brief("U1", "C1", "a"), brief("U2", "C1", "b"), brief("U3", "C1", "c"), brief("U2", "C2", "d")},
			want:   []string{"ok", "This conversation has asked for 1 briefings in the last hour", "", "ok"},
		},
		{
			name:   "a Matrix person is limited like a Slack one",
			policy: bot.Admission{UserBriefings: 1},
			reqs: []req{{platform: "matrix", user: "@a:hs", conv: "!r:hs", id: "$1", text: article},
				{platform: "matrix", user: "@a:hs", conv: "!r:hs", id: "$2", text: article}},
			want: []string{"ok", "You've asked for 1 briefings"},
		},
		{
			name:   "questions per person",
			policy: bot.Admission{UserBriefings: 1, UserQuestions: 2},
			reqs:   []req{brief("U1", "C1", "t"), ask("U1", "t", "q1"), ask("U1", "t", "q2"), ask("U1", "t", "q3"), ask("U1", "t", "q4"), ask("U2", "t", "q5")},
			want:   []string{"ok", "ok", "ok", "You've asked 2 questions in the last hour", "", "ok"},
		},
		{
			name:   "questions per thread",
			policy: bot.Admission{ThreadQuestions: 2},
			reqs:   []req{brief("U1", "C1", "t"), brief("U1", "C1", "u"), ask("U1", "t", "q1"), ask("U2", "t", "q2"), ask("U3", "t", "q3"), ask("U3", "u", "q4")},
			want:   []string{"ok", "ok", "ok", "ok", "This thread has had 2 questions in the last hour", "ok"},
		},
		{
			name:   "commands are free",
			policy: bot.Admission{UserBriefings: 1, UserQuestions: 1},
			reqs:   []req{brief("U1", "C1", "a"), {user: "U1", conv: "C1", id: "h1", text: "help"}, {user: "U1", conv: "C1", id: "h2", text: "help"}},
			want:   []string{"ok", "ok", "ok"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			e, st := newEngine(&bottest.Scripted{Briefing: goodBriefing, Reply: &bot.Answer{Text: "It denies it."}})
			e.Admission = tc.policy
			e.Replies = st
			for i, r := range tc.reqs {
				m := mention(r.id, r.thread, r.text)
				m.User, m.Conversation = bot.UserID(r.user), bot.ConversationID(r.conv)
				if r.platform != "" {
					m.Platform = r.platform
				}
				chat := &bottest.RecordingChat{}
				if err := e.Handle(ctx, chat, m); err != nil {
					t.Fatalf("request %d: %v", i, err)
				}
				got := chat.Texts()
				switch want := tc.want[i]; want {
				case "":
					if len(got) != 0 {
						t.Errorf("request %d (%s): posted %q, want nothing (dropped)", i, r.id, got)
					}
				case "ok":
					if len(got) != 1 || strings.Contains(got[0], "in the last hour") {
						t.Errorf("request %d (%s): posted %q, want one answer", i, r.id, got)
					}
				default:
					if len(got) != 1 || !strings.Contains(got[0], want) {
						t.Errorf("request %d (%s): posted %q, want the notice %q", i, r.id, got, want)
					}
				}
			}
		})
	}
}

// A request is charged once, however often it runs: a rerun after a
// failure (the queue retries) reuses the first run's decision.
func TestAdmissionChargesOnce(t *testing.T) {
	ctx := context.Background()
	e, st := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	e.Admission = bot.Admission{UserBriefings: 2}
	e.Replies = st
	if err := e.Handle(ctx, &bottest.RecordingChat{}, mention("a", "", article)); err != nil {
		t.Fatal(err)
	}
	// b's first run fails (no post goes through), so the queue runs it
	// again. Had the rerun been charged again, a, b and b again would
	// exceed the limit of 2 and the rerun would be refused.
	m2 := mention("b", "", article)
	failing := &bottest.RecordingChat{}
	failing.FailPosts(100)
	if err := e.Handle(ctx, failing, m2); err == nil {
		t.Fatal("a run whose posts all fail reported success")
	}
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, m2); err != nil {
		t.Fatal(err)
	}
	if got := chat.Texts(); len(got) != 1 || strings.Contains(got[0], "last hour") {
		t.Errorf("rerun of a charged request: %q, want the briefing", got)
	}
	chat = &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("c", "", article)); err != nil {
		t.Fatal(err)
	}
	if got := chat.Texts(); len(got) != 1 || !strings.Contains(got[0], "2 briefings") {
		t.Errorf("third request: %q, want the limit notice", got)
	}
}

// A store that cannot keep buckets does not refuse work.
func TestAdmissionFailsOpen(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	e.Admission = bot.Admission{UserBriefings: 1}
	e.Rates = brokenRates{}
	for i := range 3 {
		chat := &bottest.RecordingChat{}
		if err := e.Handle(context.Background(), chat, mention(fmt.Sprint("m", i), "", article)); err != nil {
			t.Fatal(err)
		}
		if got := chat.Texts(); len(got) != 1 || strings.Contains(got[0], "last hour") {
			t.Errorf("request %d: %q", i, got)
		}
	}
}

type brokenRates struct{}

func (brokenRates) TakeTokens(context.Context, time.Time, []bot.RateBucket) (int, error) {
	return -1, fmt.Errorf("database is gone")
}

func TestAdmit(t *testing.T) {
	e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
	e.Admission = bot.Admission{
		AllowedConversations: map[string][]bot.ConversationID{"slack": {"C1"}},
		BlockedUsers:         []bot.UserID{"U666"},
	}
	for _, tc := range []struct {
		m    bot.Message
		want bool
	}{
		{bot.Message{Platform: "slack", Conversation: "C1", User: "U1", Mentioned: true}, true},
		{bot.Message{Platform: "slack", Conversation: "C2", User: "U1", Mentioned: true}, false},
		{bot.Message{Platform: "slack", Conversation: "D9", User: "U1", Direct: true}, true},
		{bot.Message{Platform: "slack", Conversation: "D9", User: "U666", Direct: true}, false},
		{bot.Message{Platform: "matrix", Conversation: "!any:hs", User: "@a:hs", Mentioned: true}, true},
		{bot.Message{Platform: "slack", Conversation: "C1", User: "U1"}, false},                // not addressed, no thread
		{bot.Message{Platform: "slack", Conversation: "C1", User: "U1", Thread: "1.0"}, true},  // may be a follow-up
		{bot.Message{Platform: "slack", Conversation: "C2", User: "U1", Thread: "1.0"}, false}, // not an allowed channel
		{bot.Message{Platform: "matrix", Conversation: "!r:hs", User: "U666", Mentioned: true}, false},
	} {
		if got := e.Admit(&tc.m); got != tc.want {
			t.Errorf("Admit(%+v) = %v, want %v", tc.m, got, tc.want)
		}
	}
	// Handle applies the same policy to what reaches it.
	chat := &bottest.RecordingChat{}
	m := mention("x", "", article)
	m.Platform, m.Conversation = "slack", "C2"
	if err := e.Handle(context.Background(), chat, m); err != nil {
		t.Fatal(err)
	}
	if len(chat.Replies()) != 0 {
		t.Errorf("a request from a conversation not allowed got %d replies", len(chat.Replies()))
	}
}
