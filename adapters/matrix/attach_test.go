package matrix

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/crypto/attachment"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
	"github.com/briefbot/briefbot/bot/render/rendertest"
)

// TestMatrixLongBriefingAsFile sends a 1,000-sentence article (as a text
// file: it is longer than a Matrix event) to a real bot on a real
// homeserver, in a plain and (with goolm) an encrypted direct chat. The
// briefing, briefed by the offline backend, is too long for one message:
// the thread gets the shortened briefing and the whole of it as a
// Markdown file (m.file, encrypted in the encrypted room), at most five
// messages in all; the file, downloaded (and decrypted), is the briefing's
// Markdown.
func TestMatrixLongBriefingAsFile(t *testing.T) {
	env := testEnv(t)
	store := openStore(t)
	run := startBot(t, env, store, botOptions{e2ee: e2eeAvailable})
	h := newHuman(t, env, e2eeAvailable)
	ctx := context.Background()
	botID := id.UserID(env.Bot)
	article := []byte(rendertest.Sentences(1000))
	rooms := map[string]bool{"plain": false}
	if e2eeAvailable {
		rooms["encrypted"] = true
	}
	for name, encrypted := range rooms {
		room := h.CreateRoom("", encrypted, true)
		content := &event.MessageEventContent{MsgType: event.MsgFile, Body: "article.txt",
			Info: &event.FileInfo{MimeType: "text/plain", Size: len(article)}, Mentions: &event.Mentions{}}
		data := append([]byte(nil), article...)
		var ef *attachment.EncryptedFile
		mime := "text/plain"
		if encrypted {
			ef = attachment.NewEncryptedFile()
			ef.EncryptInPlace(data)
			mime = "application/octet-stream"
		}
		up, err := h.Cli.UploadBytesWithName(ctx, data, mime, "article.txt")
		if err != nil {
			t.Fatalf("%s: upload: %v", name, err)
		}
		if ef != nil {
			content.File = &event.EncryptedFileInfo{EncryptedFile: *ef, URL: up.ContentURI.CUString()}
		} else {
			content.URL = up.ContentURI.CUString()
		}
		req := h.Send(room, content)

		var file *event.Event
		h.WaitFor(name+": the briefing's file", 120*time.Second, func(evts []*event.Event) bool {
			for _, p := range matrixtest.BotPosts(evts, botID, room, req) {
				if c := p.Content.AsMessage(); c.MsgType == event.MsgFile {
					file = p
					return true
				}
			}
			return false
		})
		th, err := store.Thread(ctx, bot.ThreadKey{Platform: Platform, Conversation: bot.ConversationID(room), Thread: bot.MessageID(req)})
		if err != nil || th == nil {
			t.Fatalf("%s: thread: %v, %v", name, th, err)
		}
		w := render.BriefingWords("", th.Briefing)
		fileName, title, want := render.File(w, th.Briefing)

		fc := file.Content.AsMessage()
		if fc.FileName != fileName || fc.Body != title || fc.Info == nil || fc.Info.MimeType != markdownType || fc.Info.Size != len(want) {
			t.Errorf("%s: file event %q %q %+v, want %q %q of %d bytes", name, fc.FileName, fc.Body, fc.Info, fileName, title, len(want))
		}
		if encrypted != (fc.File != nil) || encrypted == (fc.URL != "") || (encrypted && file.Mautrix.EventSource&event.SourceDecrypted == 0) {
			t.Errorf("%s: file event encrypted %v (url %q, event decrypted %v)", name, fc.File != nil, fc.URL, file.Mautrix.EventSource&event.SourceDecrypted != 0)
		}
		uri := fc.URL
		if fc.File != nil {
			uri = fc.File.URL
		}
		mxc, err := uri.Parse()
		if err != nil {
			t.Fatalf("%s: file URL %q: %v", name, uri, err)
		}
		got, err := h.Cli.DownloadBytes(ctx, mxc)
		if err != nil {
			t.Fatalf("%s: download: %v", name, err)
		}
		if fc.File != nil {
			if err := fc.File.DecryptInPlace(got); err != nil {
				t.Fatalf("%s: decrypt: %v", name, err)
			}
		}
		if string(got) != string(want) {
			t.Errorf("%s: the file holds %d bytes, want the briefing's Markdown (%d bytes)", name, len(got), len(want))
		}

		// The messages: the status, its edit into the briefing, the file.
		evts := h.Snapshot()
		posts := matrixtest.BotPosts(evts, botID, room, req)
		edits := 0
		for _, e := range evts {
			if e.RoomID != room || e.Sender != botID || e.Type != event.EventMessage {
				continue
			}
			if rel := e.Content.AsMessage().RelatesTo; rel != nil && rel.Type == event.RelReplace {
				for _, p := range posts {
					if rel.EventID == p.ID {
						edits++
					}
				}
			}
		}
		if len(posts)+edits > render.MessagesPerRequest || len(posts) != 2 {
			t.Errorf("%s: %d posts and %d edits, want the status and the file, at most %d in all", name, len(posts), edits, render.MessagesPerRequest)
		}
		shown := matrixtest.Current(evts, posts[0])
		if shown == nil || !strings.Contains(shown.Body, "The full briefing is in the attached file, "+fileName+".") {
			t.Errorf("%s: the briefing does not name the file", name)
		} else {
			for _, n := range th.Briefing.Notes {
				if !strings.Contains(shown.Body, n) {
					t.Errorf("%s: note %q dropped", name, n)
				}
			}
			if !strings.Contains(shown.FormattedBody, "<h4>"+esc(w.Label("unattributed"))+"</h4>") {
				t.Errorf("%s: every fact dropped", name)
			}
		}
		t.Logf("%s: %d parties, %d claims, %d facts: %d posts, %d edits; file %d bytes", name,
			len(th.Briefing.Parties), th.Briefing.ClaimCount(), len(th.Briefing.Facts), len(posts), edits, len(got))

		// A run resumed after a crash edits the message again: the file
		// is in the thread already and is not sent twice.
		to := bot.Target{Conversation: bot.ConversationID(room), Thread: bot.MessageID(req)}
		if err := run.a.Edit(ctx, to, bot.MessageID(posts[0].ID), &bot.Reply{Kind: bot.ReplyBriefing, Briefing: th.Briefing}); err != nil {
			t.Fatalf("%s: edit again: %v", name, err)
		}
		h.WaitFor(name+": the second edit", 60*time.Second, func(evts []*event.Event) bool {
			n := 0
			for _, e := range evts {
				if rel := e.Content.AsMessage().RelatesTo; e.RoomID == room && e.Sender == botID && rel != nil && rel.Type == event.RelReplace && rel.EventID == posts[0].ID {
					n++
				}
			}
			return n > edits
		})
		files := 0
		for _, p := range matrixtest.BotPosts(h.Snapshot(), botID, room, req) {
			if p.Content.AsMessage().MsgType == event.MsgFile {
				files++
			}
		}
		if files != 1 {
			t.Errorf("%s: %d files in the thread after the run was resumed, want 1", name, files)
		}
	}
}
