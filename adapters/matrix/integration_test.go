package matrix

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/attachment"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/bot"
)

// TestMatrixEndToEnd drives a real bot (engine, work queue, SQLite store,
// this adapter) with a person's client against a real homeserver: invite,
// a mention with the seed article, a follow-up in the thread, a direct
// chat, a text file, an edit, an encrypted room, and a restart.
func TestMatrixEndToEnd(t *testing.T) {
	env := testEnv(t)
	store := openStore(t)
	e2ee := e2eeAvailable
	b := startBot(t, env, store, botOptions{e2ee: e2ee})
	h := newHuman(t, env, e2ee)
	botID := id.UserID(env.Bot)
	replies := map[string]struct {
		room id.RoomID
		root id.EventID
		want int
	}{}

	// Invite: the bot joins.
	room := h.CreateRoom("briefbot test", false, false)
	h.AddPerson(env, room) // three members: not a direct chat

	// A mention with the seed article: a threaded briefing with both
	// sides' claims.
	req := h.Send(room, matrixtest.Mention(botID, seedArticle))
	msg, c := h.WaitReply("the briefing of the seed article", room, req, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the briefing of the seed article", c)
	rel := msg.Content.AsMessage().RelatesTo
	if rel == nil || rel.Type != event.RelThread || rel.EventID != req || !rel.IsFallingBack || rel.InReplyTo == nil || rel.InReplyTo.EventID != req {
		t.Errorf("briefing relation = %+v, want a thread on the request with a reply fallback", rel)
	}
	h.WaitFor("✅ on the request and the 👀 redacted", 30*time.Second, func(evts []*event.Event) bool {
		// The 👀 may reach this client already redacted (then it shows
		// no key); any 👀 it saw must be redacted.
		rs := matrixtest.Reactions(evts, botID, room, req)
		if !hasReaction(rs, reactDone) {
			return false
		}
		for _, e := range rs {
			if rc, _ := e.Content.Parsed.(*event.ReactionEventContent); rc != nil && rc.RelatesTo.Key == reactWorking && !redacted(evts, room, e.ID) {
				return false
			}
		}
		return true
	})

	// A follow-up in the thread: an answer in the same thread.
	h.Send(room, matrixtest.InThread(matrixtest.Plain("What did Hong Lei say about the accusations?"), req))
	_, ans := h.WaitReply("the answer to the follow-up", room, req, 60*time.Second, func(c *event.MessageEventContent) bool {
		return !strings.HasPrefix(c.Body, "⏳") && !matrixtest.IsBriefing(c)
	})
	if !strings.Contains(ans.Body, "Hong Lei") && !strings.Contains(ans.Body, "article does not say") {
		t.Errorf("answer = %q, want a quote about Hong Lei (or the not-in-article line)", ans.Body)
	}
	replies["seed"] = struct {
		room id.RoomID
		root id.EventID
		want int
	}{room, req, 2}

	// A direct chat: no mention needed.
	dm := h.CreateRoom("", false, true)
	dmReq := h.Send(dm, matrixtest.Plain(seedArticle))
	_, c = h.WaitReply("the briefing in the direct chat", dm, dmReq, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the briefing in the direct chat", c)
	replies["dm"] = struct {
		room id.RoomID
		root id.EventID
		want int
	}{dm, dmReq, 1}

	// Two outlets' articles pasted in one message, separated by a line
	// "---": one story briefing, naming the sources of each claim (in its
	// compact form: the whole of it is in the attached file).
	storyReq := h.Send(dm, matrixtest.Plain(storyArticle(t, "s1-wire-en.txt")+"\n---\n"+storyArticle(t, "s2-daily-en.txt")))
	_, c = h.WaitReply("the story briefing in the direct chat", dm, storyReq, 90*time.Second, matrixtest.IsBriefing)
	for _, want := range []string{"2 sources report this story", "Sources", "s1 · also in s2", "only in s2"} {
		if !strings.Contains(c.Body, want) || !strings.Contains(c.FormattedBody, html.EscapeString(want)) {
			t.Errorf("the story briefing lacks %q:\n%.2000s", want, c.Body)
		}
	}

	// A text file in the direct chat.
	up, err := h.Cli.UploadBytesWithName(context.Background(), []byte(seedArticle), "text/plain", "article.txt")
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	fileReq := h.Send(dm, &event.MessageEventContent{MsgType: event.MsgFile, Body: "article.txt", URL: up.ContentURI.CUString(),
		Info: &event.FileInfo{MimeType: "text/plain", Size: len(seedArticle)}, Mentions: &event.Mentions{}})
	_, c = h.WaitReply("the briefing of the file", dm, fileReq, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the briefing of the file", c)

	// An edit that adds a mention to a message the bot ignored is handled
	// once; a second edit is not.
	orig := h.Send(room, matrixtest.Plain("A message for people."))
	edit := func(text string) {
		nc := matrixtest.Mention(botID, text)
		h.Send(room, &event.MessageEventContent{MsgType: event.MsgText, Body: "* " + nc.Body, NewContent: nc,
			Mentions: nc.Mentions, RelatesTo: &event.RelatesTo{Type: event.RelReplace, EventID: orig}})
	}
	edit(seedArticle)
	_, c = h.WaitReply("the briefing of the edited message", room, orig, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the briefing of the edited message", c)
	edit("help")
	replies["edit"] = struct {
		room id.RoomID
		root id.EventID
		want int
	}{room, orig, 1}

	// An encrypted room: the briefing is encrypted and the person's
	// client decrypts it; an undecryptable message gets one notice.
	var enc id.RoomID
	if e2ee {
		enc = h.CreateRoom("encrypted", true, false)
		bogus := &event.EncryptedEventContent{Algorithm: id.AlgorithmMegolmV1, SenderKey: "bogus",
			SessionID: "bogus-session", MegolmCiphertext: []byte("AwgAEhAbogus")}
		for range 2 {
			if _, err := h.Cli.SendMessageEvent(context.Background(), enc, event.EventEncrypted, bogus); err != nil {
				t.Fatalf("send undecryptable: %v", err)
			}
		}
		encReq := h.Send(enc, matrixtest.Mention(botID, seedArticle))
		msg, c = h.WaitReply("the encrypted briefing", enc, encReq, 90*time.Second, matrixtest.IsBriefing)
		checkBriefing(t, "the encrypted briefing", c)
		if msg.Mautrix.EventSource&event.SourceDecrypted == 0 {
			t.Error("the bot's reply in the encrypted room was not encrypted")
		}
		// An encrypted text file.
		ef := attachment.NewEncryptedFile()
		data := []byte(seedArticle)
		ef.EncryptInPlace(data)
		up, err := h.Cli.UploadBytes(context.Background(), data, "application/octet-stream")
		if err != nil {
			t.Fatalf("upload: %v", err)
		}
		encFile := h.Send(enc, &event.MessageEventContent{MsgType: event.MsgFile, Body: "article.txt",
			File: &event.EncryptedFileInfo{EncryptedFile: *ef, URL: up.ContentURI.CUString()},
			Info: &event.FileInfo{MimeType: "text/plain", Size: len(seedArticle)}, Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}})
		_, c = h.WaitReply("the briefing of the encrypted file", enc, encFile, 90*time.Second, matrixtest.IsBriefing)
		checkBriefing(t, "the briefing of the encrypted file", c)
		h.WaitFor("a notice about the undecryptable message", 60*time.Second, func(evts []*event.Event) bool {
			return countUTD(evts, botID, enc) > 0
		})
	}

	// A restart: old messages are not answered again; one sent while the
	// bot was down is answered once, even behind a gap in the timeline.
	b.stop()
	down := h.Send(room, matrixtest.Mention(botID, seedArticle))
	for i := range 5 {
		h.Send(room, matrixtest.Plain("chatter while the bot is down "+string(rune('a'+i))))
	}
	startBot(t, env, store, botOptions{e2ee: e2ee, timelineLimit: 3})
	_, c = h.WaitReply("the briefing of the message sent while the bot was down", room, down, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the briefing of the message sent while the bot was down", c)
	replies["down"] = struct {
		room id.RoomID
		root id.EventID
		want int
	}{room, down, 1}
	time.Sleep(3 * time.Second) // time for any wrong repeat to show
	evts := h.Snapshot()
	for name, r := range replies {
		if got := len(matrixtest.BotPosts(evts, botID, r.room, r.root)); got != r.want {
			t.Errorf("%s: the bot posted %d messages in the thread, want %d", name, got, r.want)
		}
	}
	if e2ee {
		if n := countUTD(evts, botID, enc); n != 1 {
			t.Errorf("undecryptable-message notices = %d, want 1 (once per session)", n)
		}
	}
	for _, e := range evts {
		if e.Sender == botID && e.Type == event.EventMessage {
			if mc := e.Content.AsMessage(); mc.Mentions == nil || len(mc.Mentions.UserIDs) > 0 || mc.Mentions.Room {
				t.Errorf("bot message %s has m.mentions %+v, want {}", e.ID, mc.Mentions)
			}
		}
	}
}

// TestMatrixInvitePolicy checks that an invite from a user who is not
// allowed is declined, and that the bot leaves a room where it is alone.
func TestMatrixInvitePolicy(t *testing.T) {
	env := testEnv(t)
	store := openStore(t)
	b := startBot(t, env, store, botOptions{})
	h := newHuman(t, env, false)
	botID := id.UserID(env.Bot)

	// Allowed (same server): joins; then alone: leaves.
	room := h.CreateRoom("alone test", false, false)
	if _, err := h.Cli.LeaveRoom(context.Background(), room); err != nil {
		t.Fatal(err)
	}
	waitNotJoined(t, b.a, room)

	// Not allowed: declined.
	b.a.cfg.AllowedInviters = []string{":elsewhere.example"}
	resp, err := h.Cli.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID}})
	if err != nil {
		t.Fatal(err)
	}
	h.WaitFor("the bot to decline the invite", 30*time.Second, func(evts []*event.Event) bool {
		for _, e := range evts {
			if e.RoomID == resp.RoomID && e.Type == event.StateMember && e.GetStateKey() == string(botID) {
				if mc, ok := e.Content.Parsed.(*event.MemberEventContent); ok && mc.Membership == event.MembershipLeave {
					return true
				}
			}
		}
		return false
	})
}

func waitNotJoined(t *testing.T, a *Adapter, room id.RoomID) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		rooms, err := a.Client().JoinedRooms(context.Background())
		if err == nil && !containsRoom(rooms.JoinedRooms, room) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the bot is still in %s, where it is alone", room)
}

func containsRoom(rs []id.RoomID, r id.RoomID) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// checkBriefing checks a briefing of the seed article: China's and
// Mandiant's claims, each with evidence in a blockquote.
func checkBriefing(t *testing.T, what string, c *event.MessageEventContent) {
	t.Helper()
	if c.Format != event.FormatHTML || !strings.Contains(c.FormattedBody, "<blockquote>") {
		t.Errorf("%s: briefing is not HTML with quoted evidence: %.300q", what, c.FormattedBody)
	}
	var china, mandiant bool
	for _, h := range strings.Split(c.FormattedBody, "<h4>")[1:] {
		name, _, _ := strings.Cut(h, "</h4>")
		china = china || strings.Contains(name, "China") || strings.Contains(name, "Chinese")
		mandiant = mandiant || strings.Contains(name, "Mandiant")
	}
	if !china || !mandiant {
		t.Errorf("%s: briefing parties: China %v, Mandiant %v; want both. HTML: %.2000s", what, china, mandiant, c.FormattedBody)
	}
	if c.Mentions == nil || len(c.Mentions.UserIDs) > 0 || c.Mentions.Room {
		t.Errorf("%s: briefing m.mentions = %+v, want {}", what, c.Mentions)
	}
}

func hasReaction(rs []*event.Event, key string) bool { return findReaction(rs, key) != "" }

func findReaction(rs []*event.Event, key string) id.EventID {
	for _, e := range rs {
		if rc, ok := e.Content.Parsed.(*event.ReactionEventContent); ok && rc.RelatesTo.Key == key {
			return e.ID
		}
	}
	return ""
}

func redacted(evts []*event.Event, room id.RoomID, ev id.EventID) bool {
	if ev == "" {
		return false
	}
	for _, e := range evts {
		if e.RoomID == room && e.Type == event.EventRedaction && (e.Redacts == ev || redactsContent(e) == ev) {
			return true
		}
	}
	return false
}

func redactsContent(e *event.Event) id.EventID {
	if s, ok := e.Content.Raw["redacts"].(string); ok {
		return id.EventID(s)
	}
	return ""
}

// countUTD counts the bot's notices about undecryptable messages.
func countUTD(evts []*event.Event, botID id.UserID, room id.RoomID) int {
	n := 0
	for _, e := range evts {
		if e.RoomID == room && e.Sender == botID && e.Type == event.EventMessage && strings.Contains(e.Content.AsMessage().Body, "could not decrypt") {
			n++
		}
	}
	return n
}

// TestMatrixFindPost checks that a post made with a key is found again by
// it in its thread, in a plain and (with goolm) an encrypted room, where
// the key travels encrypted; other keys and other threads find nothing.
func TestMatrixFindPost(t *testing.T) {
	env := testEnv(t)
	store := openStore(t)
	b := startBot(t, env, store, botOptions{e2ee: e2eeAvailable})
	h := newHuman(t, env, e2eeAvailable)
	ctx := context.Background()
	rooms := map[string]id.RoomID{"plain": h.CreateRoom("find plain", false, false)}
	if e2eeAvailable {
		rooms["encrypted"] = h.CreateRoom("find encrypted", true, false)
	}
	for name, room := range rooms {
		root := h.Send(room, matrixtest.Plain("A thread root."))
		other := h.Send(room, matrixtest.Plain("Another thread root."))
		to := bot.Target{Conversation: bot.ConversationID(room), Thread: bot.MessageID(root)}
		if _, err := b.a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: "before"}); err != nil {
			t.Fatalf("%s: post: %v", name, err)
		}
		want, err := b.a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyStatus, Text: "Reading the article…", Key: "k1"})
		if err != nil {
			t.Fatalf("%s: post: %v", name, err)
		}
		if _, err := b.a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: "after", Key: "k0"}); err != nil {
			t.Fatalf("%s: post: %v", name, err)
		}
		// A top-level post, as a digest is.
		top, err := b.a.Post(ctx, bot.Target{Conversation: to.Conversation}, &bot.Reply{Kind: bot.ReplyText, Text: "digest", Key: "k-top"})
		if err != nil {
			t.Fatalf("%s: post: %v", name, err)
		}
		// The person's client sees the post (decrypted) with its key.
		h.WaitFor(name+": the keyed post", 30*time.Second, func(evts []*event.Event) bool {
			for _, e := range evts {
				if e.ID == id.EventID(want) && e.Type == event.EventMessage {
					return e.Content.Raw[replyKeyField] == "k1"
				}
			}
			return false
		})
		// The server serves an event from /messages once it has reached
		// its sync stream, a moment after the send: wait for the person
		// to see the top-level post too.
		h.WaitFor(name+": the top-level post", 30*time.Second, func(evts []*event.Event) bool {
			for _, e := range evts {
				if e.ID == id.EventID(top) {
					return true
				}
			}
			return false
		})
		for _, tc := range []struct {
			what string
			to   bot.Target
			key  string
			want bot.MessageID
		}{
			{"the post", to, "k1", want},
			{"another key", to, "k2", ""},
			{"another thread", bot.Target{Conversation: to.Conversation, Thread: bot.MessageID(other)}, "k1", ""},
			{"top level", bot.Target{Conversation: to.Conversation}, "k-top", top},
			{"top level, another key", bot.Target{Conversation: to.Conversation}, "k-none", ""},
		} {
			got, err := b.a.FindPost(ctx, tc.to, tc.key)
			if err != nil || got != tc.want {
				t.Errorf("%s, %s: FindPost = %q, %v; want %q", name, tc.what, got, err, tc.want)
			}
		}
	}
}

// storyArticle reads one of the story fixtures (invented outlets on an
// invented story, bot/story/testdata/port-strike).
func storyArticle(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../../bot/story/testdata/port-strike", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
