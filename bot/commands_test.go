package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// fakeCommands records the messages the engine hands to its command hook.
type fakeCommands struct {
	mu   sync.Mutex
	seen []string
}

func (f *fakeCommands) HandleCommand(ctx context.Context, chat bot.Chat, m *bot.Message) (bool, error) {
	f.mu.Lock()
	f.seen = append(f.seen, m.Text)
	f.mu.Unlock()
	_, err := chat.Post(ctx, m.ReplyTarget(), &bot.Reply{Kind: bot.ReplyText, Text: "handled: " + m.Text})
	return true, err
}

// TestEngineCommands checks that every message goes through the one
// command parser: its errors are shown, the digest, feed and more commands
// reach the hook, and text that is not a command is briefed.
func TestEngineCommands(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		hook     bool
		wantKind bot.ReplyKind
		want     string // the reply's text, or its start
		hooked   bool   // the hook saw the message
	}{
		{"parse error", "digest daily 25:00 Europe/Berlin", true, bot.ReplyError, `digest: want HH:MM, got "25:00"`, false},
		{"unknown zone", "!digest daily 08:00 Europe/Berln", true, bot.ReplyError, `digest: unknown time zone "Europe/Berln"`, false},
		{"bad feed remove", "feed remove x", true, bot.ReplyError, "feed remove: want an item number from feed list", false},
		{"digest to hook", "digest now", true, bot.ReplyText, "handled: digest now", true},
		{"feed to hook", "/feed add https://example.com/rss", true, bot.ReplyText, "handled: /feed add https://example.com/rss", true},
		{"more to hook", "more 3", true, bot.ReplyText, "handled: more 3", true},
		{"no hook", "digest status", false, bot.ReplyText, "Digests and feeds are not set up on this bot.", false},
		{"help", "help", true, bot.ReplyText, "Briefbot makes a neutral briefing", false},
		{"article starting with a command word", "More than 200 people left the town after the flood, officials said on Tuesday, and the council opened two shelters for them.", true, bot.ReplyBriefing, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			be := &bottest.Scripted{Briefing: goodBriefing}
			e, _ := newEngine(be)
			hook := &fakeCommands{}
			if tt.hook {
				e.Commands = hook
			}
			chat := &bottest.RecordingChat{}
			if err := e.Handle(context.Background(), chat, mention("m1", "", tt.text)); err != nil {
				t.Fatal(err)
			}
			got := chat.Final()
			if len(got) != 1 {
				t.Fatalf("replies = %+v, want one", got)
			}
			if got[0].Kind != tt.wantKind || !strings.HasPrefix(got[0].Text, tt.want) {
				t.Errorf("reply = %v %q, want %v %q", got[0].Kind, got[0].Text, tt.wantKind, tt.want)
			}
			if (len(hook.seen) > 0) != tt.hooked {
				t.Errorf("hook saw %q, want hooked=%v", hook.seen, tt.hooked)
			}
		})
	}
}

// TestEngineCommandsInBriefedThread: in a thread that holds a briefing, a
// message that does not mention the bot is a follow-up question unless it
// is help, brief or forget; with a mention the digest commands work.
func TestEngineCommandsInBriefedThread(t *testing.T) {
	ctx := context.Background()
	be := &bottest.Scripted{Briefing: goodBriefing, Reply: &bot.Answer{Text: "The article does not say."}}
	e, st := newEngine(be)
	hook := &fakeCommands{}
	e.Commands = hook
	chat := &bottest.RecordingChat{}
	if err := e.Handle(ctx, chat, mention("m1", "", article)); err != nil {
		t.Fatal(err)
	}
	q := mention("m2", "m1", "more 3")
	q.Mentioned = false
	if err := e.Handle(ctx, chat, q); err != nil {
		t.Fatal(err)
	}
	bad := mention("m3", "m1", "digest daily 25:00")
	bad.Mentioned = false
	if err := e.Handle(ctx, chat, bad); err != nil {
		t.Fatal(err)
	}
	if len(hook.seen) != 0 {
		t.Errorf("hook saw %q in a briefed thread without a mention", hook.seen)
	}
	got := chat.Final()
	if len(got) != 3 || got[1].Kind != bot.ReplyAnswer || got[2].Kind != bot.ReplyAnswer {
		t.Fatalf("replies = %+v, want a briefing and two answers", got)
	}
	if err := e.Handle(ctx, chat, mention("m4", "m1", "more 3")); err != nil {
		t.Fatal(err)
	}
	if len(hook.seen) != 1 {
		t.Errorf("with a mention the hook saw %q", hook.seen)
	}
	f := mention("m5", "m1", "forget")
	f.Mentioned = false
	if err := e.Handle(ctx, chat, f); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Thread(ctx, bot.ThreadKey{Platform: "test", Conversation: "C1", Thread: "m1"}); bot.ErrorCode(err) != bot.ENotFound {
		t.Errorf("forget in the thread did not delete it: %v", err)
	}
}

// TestParseCommandWrapper checks the adapters' view of the parser.
func TestParseCommandWrapper(t *testing.T) {
	tests := []struct{ in, cmd, arg string }{
		{"help", "help", ""},
		{"brief https://example.com/a", "brief", "https://example.com/a"},
		{"forget", "forget", ""},
		{"digest daily 08:00 Europe/Berlin", "digest", ""},
		{"digest daily 25:00", "digest", ""}, // malformed: still a command
		{"!feed add https://example.com/rss", "feed", ""},
		{"more 2", "more", ""},
		{"More than 200 people", "", "More than 200 people"},
		{"  What did China say?  ", "", "What did China say?"},
	}
	for _, tt := range tests {
		cmd, arg := bot.ParseCommand(tt.in)
		if cmd != tt.cmd || arg != tt.arg {
			t.Errorf("ParseCommand(%q) = %q, %q; want %q, %q", tt.in, cmd, arg, tt.cmd, tt.arg)
		}
	}
}
