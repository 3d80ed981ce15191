package slack

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
	"github.com/briefbot/briefbot/bot/render/rendertest"
)

// threadMessages counts the messages the bot made in a thread: posts
// (file shares included) and edits.
func threadMessages(fs *slacktest.Server, channel, thread string) (posts, updates int) {
	for _, m := range fs.Messages() {
		if m.Channel == channel && m.Thread == thread {
			posts++
			updates += m.Updates
		}
	}
	return posts, updates
}

// sharedIn returns the completed uploads shared in a thread.
func sharedIn(fs *slacktest.Server, channel, thread string) []slacktest.File {
	var out []slacktest.File
	for _, ff := range fs.Uploads() {
		if ff.Channel == channel && ff.Thread == thread {
			out = append(out, ff)
		}
	}
	return out
}

// TestHugePastesAreBounded sends a 500 KB text and a 1,000-sentence paste
// to the bot in a direct message, briefed by the real offline backend
// through the engine: each request makes at most five messages in all
// (the status post, its edit into the shortened briefing, the file), and
// the file shared in the thread is the whole briefing in Markdown.
func TestHugePastesAreBounded(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"500 KB text", rendertest.Text(500_000)},
		{"1,000 sentences", rendertest.Sentences(1000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			f := h.fs.AddFile("F1", slacktest.File{Name: "article.txt", MIMEType: "text/plain", FileType: "text", Data: []byte(tc.text)})
			ts := newTS()
			ev := message("D1", "im", "U1", ts, "", "")
			ev["files"] = []map[string]any{f}
			env := h.fs.Send(t, "events_api", callback("EvHuge", ev))
			h.fs.WaitAck(t, env)
			h.waitDone("D1", ts, "white_check_mark")
			posts, updates := threadMessages(h.fs, "D1", ts)
			if posts+updates > render.MessagesPerRequest {
				t.Errorf("%d posts and %d updates, want at most %d in all", posts, updates, render.MessagesPerRequest)
			}
			th, err := h.store.Thread(context.Background(), bot.ThreadKey{Platform: Platform, Conversation: "D1", Thread: bot.MessageID(ts)})
			if err != nil || th == nil {
				t.Fatalf("thread: %v, %v", th, err)
			}
			b := th.Briefing
			files := sharedIn(h.fs, "D1", ts)
			if len(files) != 1 {
				t.Fatalf("%d files shared in the thread, want the full briefing", len(files))
			}
			w := render.BriefingWords("", b)
			name, title, _ := render.File(w, b)
			if got := files[0]; got.Name != name || got.Title != title || string(got.Data) != render.Markdown(w, b) {
				t.Errorf("file %q %q (%d bytes), want %q %q with the briefing's Markdown (%d bytes)",
					got.Name, got.Title, len(got.Data), name, title, len(render.Markdown(w, b)))
			}
			msgs := h.fs.Thread("D1", ts)
			shown := threadText(t, msgs)
			for _, p := range b.Parties[:3] {
				if !strings.Contains(shown, esc(p.Claims[0].Claim)) {
					t.Errorf("the shortened briefing lacks %s's first claim %q", p.Name, p.Claims[0].Claim)
				}
			}
			for _, n := range b.Notes {
				if !strings.Contains(shown, esc(n)) {
					t.Errorf("note %q dropped", n)
				}
			}
			if !strings.Contains(shown, "The full briefing is in the attached file, "+name+".") {
				t.Errorf("the briefing does not point to the file:\n%.3000s", shown)
			}
			before := len(RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b}))
			t.Logf("%s (%d bytes, %d parties, %d claims, %d facts, %d notes): before, %d posts and 1 update; now %d posts (the file's included) and %d updates; file %d bytes",
				tc.name, len(tc.text), len(b.Parties), b.ClaimCount(), len(b.Facts), len(b.Notes), before, posts, updates, len(files[0].Data))
		})
	}
}

// TestLongBriefingAsFile edits a status message into a briefing too long
// for four messages, and posts one without a status message: each time
// one message shows the shortened briefing (every party's first claim,
// some facts, every note) and the thread gets the whole briefing as a
// Markdown file; a briefing that fits four messages is split as before.
func TestLongBriefingAsFile(t *testing.T) {
	ctx := context.Background()
	huge := rendertest.Briefing(12, 30, 80)
	for _, tc := range []struct {
		name     string
		b        *bot.Briefing
		edit     bool
		wantFile bool
	}{
		{"edit, huge", huge, true, true},
		{"post, huge", huge, false, true},
		{"edit, medium", rendertest.Briefing(4, 25, 10), true, false},
		{"edit, story of eight sources", rendertest.Story(8, 12, 30, 80), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, fs := newChatAdapter(t)
			to := bot.Target{Conversation: "C1", Thread: "1.0"}
			if tc.edit {
				id, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"})
				if err != nil {
					t.Fatal(err)
				}
				if err := a.Edit(ctx, to, id, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: tc.b}); err != nil {
					t.Fatal(err)
				}
			} else if _, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: tc.b, Key: "k1"}); err != nil {
				t.Fatal(err)
			}
			posts, updates := threadMessages(fs, "C1", "1.0")
			if !tc.edit {
				posts++ // as if a status message had been posted
			}
			if posts+updates > render.MessagesPerRequest {
				t.Errorf("%d posts and %d updates, over %d", posts, updates, render.MessagesPerRequest)
			}
			files := sharedIn(fs, "C1", "1.0")
			if got := len(files) == 1; got != tc.wantFile {
				t.Fatalf("%d files shared, want a file: %v", len(files), tc.wantFile)
			}
			msgs := fs.Thread("C1", "1.0")
			shown := threadText(t, msgs)
			if !tc.wantFile {
				if len(msgs) < 2 || len(msgs) > maxBriefingMessages || !strings.Contains(shown, "Says item 4.25 ") || !strings.Contains(shown, "Fact 10:") {
					t.Errorf("a briefing that fits four messages came in %d, or lost claims", len(msgs))
				}
				return
			}
			w := render.WordsIn("en")
			name, title, _ := render.File(w, tc.b)
			if f := files[0]; f.Name != name || f.Title != title || string(f.Data) != render.Markdown(w, tc.b) {
				t.Errorf("file %q %q holds %d bytes, want %q %q with the whole briefing", f.Name, f.Title, len(f.Data), name, title)
			}
			md := string(files[0].Data)
			for _, want := range []string{"Says item 12.30 ", "Fact 80:", rendertest.FramingNote[:40]} {
				if !strings.Contains(md, render.EscapeMarkdown(want)) {
					t.Errorf("the file lacks %q", want)
				}
			}
			if len(msgs) != 2 || msgs[0].Updates != btoi(tc.edit) || msgs[1].TS != files[0].TS {
				t.Errorf("%d messages, first updated %d times; want the briefing in one message, then the file", len(msgs), msgs[0].Updates)
			}
			for i := 1; i <= 12; i++ {
				if !strings.Contains(shown, "Says item "+strconv.Itoa(i)+".1 ") {
					t.Errorf("party %d's first claim is not shown", i)
				}
			}
			if !strings.Contains(shown, "Fact 1:") || !strings.Contains(shown, esc(rendertest.FramingNote)) {
				t.Errorf("the shortened briefing lost every fact or the framing note:\n%s", shown)
			}
			if !strings.Contains(shown, "The full briefing is in the attached file, "+name+".") {
				t.Errorf("the shortened briefing does not name the file:\n%s", shown)
			}
			if !tc.edit {
				if md := fs.CallsOf("chat.postMessage")[0].Form.Get("metadata"); !strings.Contains(md, `"key":"k1"`) {
					t.Errorf("the shortened post lost its key: %s", md)
				}
			}
		})
	}
}

// TestLongBriefingWithoutUploadScope checks an app installed before it had
// files:write: the file cannot be shared, so the shortened briefing is
// edited to say to ask about the rest in the thread, within the bound.
func TestLongBriefingWithoutUploadScope(t *testing.T) {
	ctx := context.Background()
	a, fs := newChatAdapter(t)
	fs.FailWith("files.getUploadURLExternal", "missing_scope")
	to := bot.Target{Conversation: "C1", Thread: "1.0"}
	id, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Edit(ctx, to, id, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: rendertest.Briefing(12, 30, 80)}); err != nil {
		t.Fatalf("Edit = %v; a file that cannot be shared must not fail the reply", err)
	}
	msgs := fs.Thread("C1", "1.0")
	if len(msgs) != 1 || msgs[0].Updates != 2 || len(fs.Uploads()) != 0 {
		t.Fatalf("%d messages (first updated %d times), %d uploads; want the status edited twice", len(msgs), msgs[0].Updates, len(fs.Uploads()))
	}
	text := blocksText(t, msgs[0])
	if strings.Contains(text, "attached file") || !strings.Contains(text, "Ask about them in this thread.") || !strings.Contains(text, esc(rendertest.FramingNote)) {
		t.Errorf("fallback message:\n%s", text)
	}
}

// TestRenderShowsHiddenCharacters checks that a briefing whose evidence
// (and other article text) holds a right-to-left override or zero-width
// characters shows them as marks in every block and in the fallback
// text, never as the characters themselves.
func TestRenderShowsHiddenCharacters(t *testing.T) {
	b := sampleBriefing()
	b.Parties[0].Claims[0].Evidence = "\"China is one of the main \u202evictims\u202c of cyberattacks,\" said Hong\u200b Lei"
	b.Parties[1].Name += "\u2066"
	b.Title += "\ufeff"
	b.Summary += "\u202e"
	for _, r := range []*bot.Reply{
		{Kind: bot.ReplyBriefing, Briefing: b},
		{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "He said\u202e:", Quotes: []bot.Quote{{Sentence: 2, Text: "main \u202evictims\u202c", Speaker: "Hong\u200b Lei"}}}},
		{Kind: bot.ReplyDigest, Digest: &bot.Digest{Items: []bot.DigestItem{{N: 1, Title: "Story \u202eone", Summary: "Sum\u200bmary"}}}},
	} {
		msgs := RenderReply("", r)
		checkMessages(t, msgs)
		js, err := json.Marshal(msgs)
		if err != nil {
			t.Fatal(err)
		}
		all := string(js)
		for _, c := range []string{"\u202e", "\u202c", "\u200b", "\u2066", "\ufeff"} {
			if strings.Contains(all, c) {
				t.Errorf("kind %d lets %+q through", r.Kind, c)
			}
		}
		if !strings.Contains(all, "⟨U+202E⟩") || !strings.Contains(all, "⟨U+200B⟩") {
			t.Errorf("kind %d does not show the marks: %s", r.Kind, all)
		}
	}
	if got := blocksText(t, slacktest.Message{Blocks: mustJSON(t, RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})[0].Blocks)}); !strings.Contains(got,
		">\"China is one of the main ⟨U+202E⟩victims⟨U+202C⟩ of cyberattacks,\" said Hong⟨U+200B⟩ Lei") {
		t.Errorf("the evidence quote does not show the marks:\n%s", got)
	}
	if got := plainFallback("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b}); strings.Contains(got, "\u202e") || !strings.Contains(got, "⟨U+202E⟩victims") {
		t.Errorf("plain fallback: %q", got)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestResumedBriefingSharesFileOnce: a request run again after a crash
// edits its message again; the full briefing's file, already shared in
// the thread by the first run, is not shared a second time.
func TestResumedBriefingSharesFileOnce(t *testing.T) {
	ctx := context.Background()
	a, fs := newChatAdapter(t)
	to := bot.Target{Conversation: "C1", Thread: "1.0"}
	id, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…"})
	if err != nil {
		t.Fatal(err)
	}
	r := &bot.Reply{Kind: bot.ReplyBriefing, Briefing: rendertest.Briefing(12, 30, 80)}
	for run := 1; run <= 2; run++ {
		if err := a.Edit(ctx, to, id, r); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
	}
	if n := len(fs.CallsOf("files.completeUploadExternal")); n != 1 {
		t.Errorf("the file was shared %d times, want once", n)
	}
	if files := sharedIn(fs, "C1", "1.0"); len(files) != 1 {
		t.Errorf("%d files in the thread, want 1", len(files))
	}
}
