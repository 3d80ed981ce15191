package matrix

import (
	"context"
	"fmt"

	"maunium.net/go/mautrix/crypto/attachment"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// A briefing too long for one Matrix message is shown shortened
// (render.Shorten), and the whole briefing follows in the thread as a
// Markdown file (an m.file event, the file in the homeserver's media
// repository, encrypted in an encrypted room). A request then uses three
// messages: the status, its edit into the briefing, and the file.

// briefingFile is the whole of a briefing as a file.
type briefingFile struct {
	name, title string
	data        []byte
	// reply is the briefing's reply, shown shortened without the mention
	// of the file if the file cannot be sent.
	reply *bot.Reply
}

// markdownType is the file's media type.
const markdownType = "text/markdown; charset=utf-8"

// render renders r as one message and, for a briefing that had to be
// shortened, the file that holds all of it.
func (a *Adapter) render(r *bot.Reply) (*event.MessageEventContent, *briefingFile) {
	if r.Kind != bot.ReplyBriefing || r.Briefing == nil {
		return renderReply(a.cfg.Language, r), nil
	}
	w := render.ReplyWords(a.cfg.Language, r)
	name, title, data := render.File(w, r.Briefing)
	body, formatted, shortened := fitBriefing(w, r.Briefing, name)
	c := noticeContent(body, formatted)
	if !shortened {
		return c, nil
	}
	return c, &briefingFile{name: name, title: title, data: data, reply: r}
}

// attach sends f in the thread, after the message msg that shows the
// shortened briefing. When it cannot, msg is edited to say that the rest
// may be asked about in the thread rather than found in a file; the
// request itself has succeeded either way, so failures are logged.
func (a *Adapter) attach(ctx context.Context, to bot.Target, msg id.EventID, f *briefingFile) {
	err := a.sendFile(ctx, to, f)
	if err == nil {
		return
	}
	a.log.Warn("sending the full briefing as a file failed", "room", string(to.Conversation), "err", err)
	if err := a.edit(ctx, to, msg, renderReply(a.cfg.Language, f.reply)); err != nil {
		a.log.Warn("removing the mention of the file failed", "room", string(to.Conversation), "err", err)
	}
}

// sendFile uploads f to the media repository, encrypted when the room is,
// and posts it as an m.file in the thread. It encrypts f.data in place.
func (a *Adapter) sendFile(ctx context.Context, to bot.Target, f *briefingFile) error {
	// A request run again after a crash edits its message again: the
	// file it shared the first time is found by its key, not sent twice.
	key := fileKey(f.name)
	if prev, err := a.FindPost(ctx, to, key); err == nil && prev != "" {
		a.log.Debug("the full briefing is already in the thread", "room", string(to.Conversation), "event", string(prev))
		return nil
	}
	room := id.RoomID(to.Conversation)
	encrypted := false
	if a.crypto != nil {
		var err error
		if encrypted, err = a.cli.StateStore.IsEncrypted(ctx, room); err != nil {
			return fmt.Errorf("send file: check room encryption: %w", err)
		}
	}
	data, mime := f.data, markdownType
	var ef *attachment.EncryptedFile
	if encrypted {
		ef = attachment.NewEncryptedFile()
		ef.EncryptInPlace(data) // f.data is sent once; only its length is used after
		mime = "application/octet-stream"
	}
	var uri id.ContentURIString
	err := a.policy.do(ctx, "upload file", func(ctx context.Context) error {
		resp, err := a.cli.UploadBytesWithName(ctx, data, mime, f.name)
		if err == nil {
			uri = resp.ContentURI.CUString()
		}
		return err
	}, a.logRetry("upload file"))
	if err != nil {
		return fmt.Errorf("send file: upload: %w", err)
	}
	// With a file name, the body is the file's caption (MSC2530).
	c := &event.MessageEventContent{
		MsgType:  event.MsgFile,
		Body:     f.title,
		FileName: f.name,
		Info:     &event.FileInfo{MimeType: markdownType, Size: len(f.data)},
		Mentions: &event.Mentions{},
	}
	if ef != nil {
		c.File = &event.EncryptedFileInfo{EncryptedFile: *ef, URL: uri}
	} else {
		c.URL = uri
	}
	if _, err := a.post(ctx, to, c, key); err != nil {
		return fmt.Errorf("send file: post: %w", err)
	}
	return nil
}

// fileKey is the key a thread's full-briefing file is posted with.
func fileKey(name string) string { return "file|" + name }
