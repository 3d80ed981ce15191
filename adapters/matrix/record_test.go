package matrix

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
)

// TestRecordEvents records the events of testdata/events from a real
// homeserver: each message is sent by the test user and read back with
// GET /rooms/{room}/event/{id}, as the server serves it. It runs only when
// BRIEFBOT_MATRIX_RECORD=1 (and the homeserver variables) are set:
//
//	BRIEFBOT_MATRIX_RECORD=1 go test -run TestRecordEvents ./adapters/matrix
func TestRecordEvents(t *testing.T) {
	if os.Getenv("BRIEFBOT_MATRIX_RECORD") != "1" {
		t.Skip("set BRIEFBOT_MATRIX_RECORD=1 to record testdata/events from a homeserver")
	}
	env := testEnv(t)
	h := newHuman(t, env, false)
	botID := id.UserID(env.Bot)
	resp, err := h.Cli.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{Preset: "private_chat", Name: "recording"})
	if err != nil {
		t.Fatal(err)
	}
	room := resp.RoomID
	pill := `<a href="https://matrix.to/#/` + string(botID) + `">briefbot</a>`
	root := h.Send(room, matrixtest.Plain("The root of a thread."))
	rootBy := h.Send(room, matrixtest.Mention(botID, "Please brief https://example.com/news/1"))
	cases := []struct {
		name    string
		content *event.MessageEventContent
	}{
		{"mention_pill", matrixtest.Mention(botID, "Please brief https://example.com/news/1")},
		{"mention_pill_urlencoded", &event.MessageEventContent{MsgType: event.MsgText, Body: "briefbot: hi",
			Format: event.FormatHTML, FormattedBody: `<a href="https://matrix.to/#/%40briefbot%3Alocalhost">briefbot</a>: hi`}},
		{"mention_only_m_mentions", &event.MessageEventContent{MsgType: event.MsgText, Body: "what do you make of this?",
			Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}}},
		{"mention_legacy_display_name", &event.MessageEventContent{MsgType: event.MsgText, Body: "Briefbot, brief this: The minister said the plan would work."}},
		{"mention_legacy_user_id", &event.MessageEventContent{MsgType: event.MsgText, Body: string(botID) + " help"}},
		{"name_with_empty_m_mentions", &event.MessageEventContent{MsgType: event.MsgText, Body: "briefbot is a bot", Mentions: &event.Mentions{}}},
		{"no_mention", matrixtest.Plain("Just people talking about @room things.")},
		{"command_brief", matrixtest.Plain("!brief https://example.com/news/2")},
		{"command_help", matrixtest.Plain("!help")},
		{"thread_followup", matrixtest.InThread(matrixtest.Plain("Who denied it?"), rootBy)},
		{"thread_mention", matrixtest.InThread(matrixtest.Mention(botID, "Brief this please: the text."), root)},
		{"reply_fallback", &event.MessageEventContent{MsgType: event.MsgText,
			Body:          "> <@alice:localhost> The root of a thread.\n\nbriefbot: what about this?",
			Format:        event.FormatHTML,
			FormattedBody: `<mx-reply><blockquote><a href="https://matrix.to/#/!r:localhost/$x">In reply to</a> <a href="https://matrix.to/#/@alice:localhost">@alice:localhost</a><br>The root of a thread.</blockquote></mx-reply>` + pill + `: what about this?`,
			Mentions:      &event.Mentions{UserIDs: []id.UserID{botID}},
			RelatesTo:     &event.RelatesTo{InReplyTo: &event.InReplyTo{EventID: root}}}},
		{"edit_adds_mention", &event.MessageEventContent{MsgType: event.MsgText, Body: "* briefbot: brief it", Mentions: &event.Mentions{UserIDs: []id.UserID{botID}},
			NewContent: matrixtest.Mention(botID, "brief it"), RelatesTo: &event.RelatesTo{Type: event.RelReplace, EventID: root}}},
		{"notice_from_bot", &event.MessageEventContent{MsgType: event.MsgNotice, Body: "briefbot: I am another bot", Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}}},
		{"file_text", &event.MessageEventContent{MsgType: event.MsgFile, Body: "article.txt", URL: "mxc://localhost/abc",
			Info: &event.FileInfo{MimeType: "text/plain", Size: 1234}}},
		{"file_html_caption", &event.MessageEventContent{MsgType: event.MsgFile, Body: "briefbot: brief this page", FileName: "page.html", URL: "mxc://localhost/def",
			Info: &event.FileInfo{MimeType: "text/html", Size: 4321}, Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}}},
		{"image", &event.MessageEventContent{MsgType: event.MsgImage, Body: "cat.png", URL: "mxc://localhost/ghi",
			Info: &event.FileInfo{MimeType: "image/png", Size: 99}, Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}}},
		{"html_link_and_list", &event.MessageEventContent{MsgType: event.MsgText, Body: "briefbot: read [this](https://example.com/a?b=1&c=2)",
			Format:        event.FormatHTML,
			FormattedBody: pill + `: read <a href="https://example.com/a?b=1&amp;c=2">this</a><ul><li>one &amp; two</li><li>three</li></ul><pre>  code  </pre>`,
			Mentions:      &event.Mentions{UserIDs: []id.UserID{botID}}}},
	}
	dir := filepath.Join("testdata", "events")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		ev := h.Send(room, c.content)
		var raw json.RawMessage
		url := h.Cli.BuildClientURL("v3", "rooms", room, "event", ev)
		if _, err := h.Cli.MakeRequest(context.Background(), http.MethodGet, url, nil, &raw); err != nil {
			t.Fatalf("%s: get event: %v", c.name, err)
		}
		var pretty any
		if err := json.Unmarshal(raw, &pretty); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(pretty); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.name+".json"), out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
