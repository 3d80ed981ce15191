package slack

import (
	"bytes"
	"context"
	"fmt"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// A briefing longer than maxBriefingMessages messages is shown shortened
// to one message (shortBriefing), and the whole briefing follows in the
// thread as a Markdown file, uploaded with Slack's external upload
// (files.getUploadURLExternal, the bytes to the upload URL, then
// files.completeUploadExternal, which shares it in the thread; scope
// files:write). A request then uses three messages: the status, its
// edit into the briefing, and the file.

// briefingFile is the whole of a briefing as a file.
type briefingFile struct {
	name, title string
	data        []byte
	// reply is the briefing's reply, shown shortened without the mention
	// of the file if the file cannot be shared (an app installed before it
	// had the files:write scope).
	reply *bot.Reply
}

// render renders r as the messages to send and, for a briefing that had
// to be shortened, the file that holds all of it.
func (a *Adapter) render(r *bot.Reply) ([]Outgoing, *briefingFile) {
	outs := RenderReply(a.cfg.Language, r)
	if r.Kind != bot.ReplyBriefing || r.Briefing == nil || len(outs) <= maxBriefingMessages {
		return outs, nil
	}
	w := render.ReplyWords(a.cfg.Language, r)
	name, title, data := render.File(w, r.Briefing)
	return shortBriefing(a.cfg.Language, r, name), &briefingFile{name: name, title: title, data: data, reply: r}
}

// attach shares f in the thread, after the message ts that shows the
// shortened briefing. When it cannot, that message is edited to say that
// the rest may be asked about in the thread rather than found in a file;
// the request itself has succeeded either way, so failures are logged.
func (a *Adapter) attach(ctx context.Context, to bot.Target, ts string, f *briefingFile) {
	// A request run again after a crash edits its message again: a file
	// of the same name the bot already shared in the thread is not
	// shared twice.
	if prev, err := a.findMine(ctx, to, func(m slack.Message) bool {
		for _, mf := range m.Files {
			if mf.Name == f.name {
				return true
			}
		}
		return false
	}); err == nil && prev != "" {
		a.log.Debug("the full briefing is already in the thread", "channel", string(to.Conversation), "ts", prev)
		return
	}
	err := a.upload(ctx, to, f)
	if err == nil {
		return
	}
	a.log.Warn("sharing the full briefing as a file failed", "channel", string(to.Conversation), "err", err)
	if err := a.update(ctx, to, ts, shortBriefing(a.cfg.Language, f.reply, "")[0]); err != nil {
		a.log.Warn("removing the mention of the file failed", "channel", string(to.Conversation), "err", err)
	}
}

// upload uploads f and shares it in the thread to.Thread.
func (a *Adapter) upload(ctx context.Context, to bot.Target, f *briefingFile) error {
	var up *slack.GetUploadURLExternalResponse
	err := a.withRetry(ctx, "files.getUploadURLExternal", func(ctx context.Context) error {
		var err error
		up, err = a.api.GetUploadURLExternalContext(ctx, slack.GetUploadURLExternalParameters{FileName: f.name, FileSize: len(f.data)})
		return err
	})
	if err != nil {
		return fmt.Errorf("upload %s: %w", f.name, err)
	}
	err = a.withRetry(ctx, "file upload", func(ctx context.Context) error {
		return a.api.UploadToURL(ctx, slack.UploadToURLParameters{UploadURL: up.UploadURL, Filename: f.name, Reader: bytes.NewReader(f.data)})
	})
	if err != nil {
		return fmt.Errorf("upload %s: %w", f.name, err)
	}
	err = a.withRetry(ctx, "files.completeUploadExternal", func(ctx context.Context) error {
		_, err := a.api.CompleteUploadExternalContext(ctx, slack.CompleteUploadExternalParameters{
			Files:   []slack.FileSummary{{ID: up.FileID, Title: f.title}},
			Channel: string(to.Conversation), ThreadTimestamp: string(to.Thread),
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("upload %s: %w", f.name, err)
	}
	return nil
}

// update replaces the message ts with o (chat.update).
func (a *Adapter) update(ctx context.Context, to bot.Target, ts string, o Outgoing) error {
	return a.withRetry(ctx, "chat.update", func(ctx context.Context) error {
		_, _, _, err := a.api.UpdateMessageContext(ctx, string(to.Conversation), ts,
			slack.MsgOptionText(o.Text, false), slack.MsgOptionBlocks(o.Blocks...))
		return err
	})
}
