package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// This file decides what an incoming event asks for and submits it. Each
// handler returns once the request is submitted (or known to need no
// submission); the caller then acknowledges the event, and runs the
// returned follow-up (a notice to post) after the acknowledgement. An
// error means the request was not accepted: the caller does not
// acknowledge, so that Slack delivers the event again.

// followUp is work to do after the acknowledgement.
type followUp func(ctx context.Context)

// User-facing lines the adapter posts itself.
const (
	msgUnsupportedFile = "I can read text snippets and .txt or .html files. For other files (PDF, Word, images), paste the article's text or a link to it."
	msgFileTooLarge    = "That file is too large to brief (over %d MB). Paste a single article."
	msgFileFailed      = "I could not download the attached file from Slack. Please try again, or paste the article's text."
	msgNotHere         = "Briefbot is not enabled in this channel. Ask your workspace admin, or send me a direct message."
	msgCannotPost      = "I can't post in this conversation. Invite me first with `/invite @Briefbot`, or send me a direct message."
	msgSlackRefused    = "Slack did not accept my message; please try again in a moment."
	msgBusy            = "Briefbot could not take the request just now; please try again in a moment."
	msgForget          = "To delete a briefing, mention me with \"forget\" in its thread."
	briefCommand       = "/brief"
	shortcutCallback   = "brief_message"
)

// handleEvent handles one Events API payload (already parsed).
func (a *Adapter) handleEvent(ctx context.Context, env *envelope, ev *event) (followUp, error) {
	switch env.Type {
	case "event_callback":
	case "app_rate_limited":
		a.log.Warn("slack is rate limiting this app's events", "team", env.TeamID)
		return nil, nil
	default:
		return nil, nil
	}
	if ev == nil {
		return nil, nil
	}
	id, err := a.identity(ctx)
	if err != nil {
		return nil, fmt.Errorf("handle slack event %s: %w", env.EventID, err)
	}
	m, files, why := messageFromEvent(id, ev, a.cfg.IgnoreBots)
	if why != ignoreNone {
		a.log.Debug("slack event ignored", "event", env.EventID, "type", ev.Type, "subtype", ev.Subtype, "reason", string(why))
		return nil, nil
	}
	if ok, what := a.allowed([]string{env.TeamID, env.EnterpriseID, ev.Team}, m); !ok {
		level := slog.LevelDebug // thread chatter where the bot is a member
		if m.Mentioned || m.Direct {
			level = slog.LevelInfo
		}
		a.log.Log(ctx, level, "slack request ignored: not allowed", "what", what, "team", env.TeamID, "channel", ev.Channel)
		return nil, nil
	}
	a.log.Debug("slack event", "event", env.EventID, "type", ev.Type, "channel", ev.Channel, "ts", ev.TS, "text", m.Text)
	return a.accept(ctx, m, files)
}

// allowed applies the workspace allowlist, then the bot's admission
// policy (Config.Admit: conversations and people, on every platform).
func (a *Adapter) allowed(teams []string, m *bot.Message) (bool, string) {
	if a.teams != nil {
		ok := false
		for _, t := range teams {
			ok = ok || (t != "" && a.teams[t])
		}
		if !ok {
			return false, "workspace"
		}
	}
	if a.cfg.Admit != nil && !a.cfg.Admit(m) {
		return false, "policy"
	}
	return true, ""
}

// accept admits m once: a redelivery of a request already accepted (or
// being accepted) shares the first delivery's outcome.
func (a *Adapter) accept(ctx context.Context, m *bot.Message, files []slackFile) (followUp, error) {
	key := bot.IdempotencyKey(m)
	first, err := a.seen.begin(ctx, key)
	if !first {
		a.log.Debug("slack redelivery recognised", "message", string(m.ID), "err", err)
		return nil, err
	}
	f, err := a.admit(ctx, m, files)
	a.seen.end(key, err)
	return f, err
}

// admit downloads an attached text file and submits m. Rate limits are
// the engine's (bot/admit.go): charged once per request, after the job
// queue's de-duplication, whichever replica and delivery submitted it.
func (a *Adapter) admit(ctx context.Context, m *bot.Message, files []slackFile) (followUp, error) {
	to := m.ReplyTarget()
	if len(files) > 0 && (m.Mentioned || m.Direct) {
		f, data, err := a.readFile(ctx, files)
		switch {
		case errors.Is(err, errFileTooLarge):
			return a.notice(to, fmt.Sprintf(msgFileTooLarge, bot.MaxTextBytes>>20)), nil
		case err != nil:
			a.log.Warn("slack file download failed", "err", err)
			return a.notice(to, msgFileFailed), nil
		case data != nil:
			m.Files = []bot.File{{Name: fileName(f), MIMEType: fileMIME(f), Data: data}}
		default: // no text file
			if cmd, arg := bot.ParseCommand(m.Text); strings.TrimSpace(m.Text) == "" || (cmd == "brief" && arg == "") {
				return a.notice(to, msgUnsupportedFile), nil
			}
		}
	}
	if err := a.q.Submit(ctx, m); err != nil {
		return nil, fmt.Errorf("submit slack message %s: %w", m.ID, err)
	}
	return nil, nil
}

// notice returns a follow-up that posts text in the thread.
func (a *Adapter) notice(to bot.Target, text string) followUp {
	return func(ctx context.Context) {
		if _, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
			a.log.Warn("slack notice failed", "channel", string(to.Conversation), "err", err)
		}
	}
}

var errFileTooLarge = errors.New("file too large")

// maxFilesLooked bounds the attachments examined for a text file.
const maxFilesLooked = 5

// readFile downloads the first text file among files, within the file
// budget and bot.MaxTextBytes, with the bot token. Files shared from
// another organisation (file_access check_file_info) are looked up with
// files.info first. It returns no data, and no error, when there is no
// text file.
func (a *Adapter) readFile(ctx context.Context, files []slackFile) (slackFile, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, a.fileBudget)
	defer cancel()
	for i, f := range files {
		if i == maxFilesLooked {
			break
		}
		if f.FileAccess == "check_file_info" || (f.Name == "" && f.MIMEType == "" && f.FileType == "") {
			info, err := a.fileInfo(ctx, f.ID)
			if err != nil {
				return f, nil, err
			}
			f = info
		}
		if !textFile(f) {
			continue
		}
		data, err := a.download(ctx, f)
		return f, data, err
	}
	return slackFile{}, nil, nil
}

func (a *Adapter) fileInfo(ctx context.Context, id string) (slackFile, error) {
	var info *slack.File
	err := a.withRetry(ctx, "files.info", func(ctx context.Context) error {
		var err error
		info, _, _, err = a.api.GetFileInfoContext(ctx, id, 0, 0)
		return err
	})
	if err != nil {
		return slackFile{}, fmt.Errorf("look up slack file %s: %w", id, err)
	}
	return slackFile{
		ID: info.ID, Name: info.Name, Title: info.Title, MIMEType: info.Mimetype, FileType: info.Filetype,
		Size: int64(info.Size), Mode: info.Mode, URLPrivate: info.URLPrivate,
		URLPrivateDownload: info.URLPrivateDownload, IsExternal: info.IsExternal,
	}, nil
}

// download fetches a file's content with the bot token, refusing more
// than bot.MaxTextBytes.
func (a *Adapter) download(ctx context.Context, f slackFile) ([]byte, error) {
	if f.Size > bot.MaxTextBytes {
		return nil, errFileTooLarge
	}
	u := f.URLPrivateDownload
	if u == "" {
		u = f.URLPrivate
	}
	if u == "" {
		return nil, fmt.Errorf("download slack file %s: no download URL", f.ID)
	}
	buf := &capped{limit: bot.MaxTextBytes}
	err := a.withRetry(ctx, "file download", func(ctx context.Context) error {
		buf.b = buf.b[:0]
		return a.api.GetFileContext(ctx, u, buf)
	})
	if buf.over {
		return nil, errFileTooLarge
	}
	if err != nil {
		return nil, fmt.Errorf("download slack file %s: %w", f.ID, err)
	}
	return buf.b, nil
}

// capped is a buffer that refuses to grow past limit.
type capped struct {
	b     []byte
	limit int
	over  bool
}

func (c *capped) Write(p []byte) (int, error) {
	if len(c.b)+len(p) > c.limit {
		c.over = true
		return 0, errFileTooLarge
	}
	c.b = append(c.b, p...)
	return len(p), nil
}

// ephemeral is a slash command response only its user sees.
type ephemeral struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

func ephemeralText(text string) *ephemeral {
	return &ephemeral{ResponseType: "ephemeral", Text: text}
}

// handleSlash handles /brief: it posts an anchor message in the channel,
// whose thread receives the briefing, and submits the request. The
// response (shown only to the user) explains a refusal; it is nil when all
// went well.
func (a *Adapter) handleSlash(ctx context.Context, cmd *slack.SlashCommand) (*ephemeral, error) {
	dm := isDMChannel(cmd.ChannelID)
	who := &bot.Message{Platform: Platform, Conversation: bot.ConversationID(cmd.ChannelID), User: bot.UserID(cmd.UserID), Direct: dm, Mentioned: true}
	if ok, what := a.allowed([]string{cmd.TeamID, cmd.EnterpriseID}, who); !ok {
		a.log.Info("slack command ignored: not allowed", "what", what, "team", cmd.TeamID, "channel", cmd.ChannelID)
		if what == "policy" {
			return ephemeralText(msgNotHere), nil
		}
		return nil, nil
	}
	id, _ := a.identity(ctx) // only to strip a mention of the bot
	text := PlainText(cmd.Text, id.UserID)
	word, _ := bot.ParseCommand(text)
	switch {
	case text == "" || word == "help":
		return ephemeralText(esc(bot.HelpText) + "\n\n" + slackHelp), nil
	case word == "forget":
		return ephemeralText(msgForget), nil
	}
	key := "slash|" + cmd.TeamID + "|" + cmd.TriggerID
	if cmd.TriggerID == "" {
		key += cmd.ChannelID + "|" + cmd.UserID + "|" + text
	}
	first, err := a.seen.begin(ctx, key)
	if !first {
		return nil, err
	}
	resp := a.slash(ctx, cmd, text, dm)
	a.seen.end(key, nil)
	return resp, nil
}

func (a *Adapter) slash(ctx context.Context, cmd *slack.SlashCommand, text string, dm bool) *ephemeral {
	actx, cancel := context.WithTimeout(ctx, a.anchorBudget)
	defer cancel()
	var anchor string
	err := a.withRetry(actx, "chat.postMessage", func(ctx context.Context) error {
		var err error
		_, anchor, err = a.api.PostMessageContext(ctx, cmd.ChannelID,
			slack.MsgOptionText(anchorText(cmd.UserID, text), false),
			slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl())
		return err
	})
	if err != nil {
		a.log.Warn("slack command: anchor message failed", "channel", cmd.ChannelID, "err", err)
		switch slackError(err) {
		case "not_in_channel", "channel_not_found", "is_archived", "restricted_action", "cannot_dm_bot":
			return ephemeralText(msgCannotPost)
		}
		return ephemeralText(msgSlackRefused)
	}
	m := &bot.Message{
		Platform: Platform, Conversation: bot.ConversationID(cmd.ChannelID), ID: bot.MessageID(anchor),
		User: bot.UserID(cmd.UserID), Text: "brief " + text, Mentioned: true, Direct: dm, Time: tsTime(anchor),
	}
	if err := a.q.Submit(ctx, m); err != nil {
		a.log.Error("slack command: submit failed", "channel", cmd.ChannelID, "err", err)
		a.background(func(ctx context.Context) {
			_ = a.Edit(ctx, m.ReplyTarget(), m.ID, &bot.Reply{Kind: bot.ReplyError, Text: msgBusy})
		})
		return ephemeralText(msgBusy)
	}
	return nil
}

// anchorText is the channel message a /brief thread hangs from.
func anchorText(user, text string) string {
	who := "Briefing requested"
	if idRE.MatchString(user) {
		who += " by <@" + user + ">"
	}
	if link := bot.FindLink(text); link != "" && len(strings.Fields(text)) <= 3 {
		return ":newspaper: " + who + ": " + escTrunc(link, 500)
	}
	return fmt.Sprintf(":newspaper: %s (pasted text, %d words)", who, len(strings.Fields(text)))
}

// handleInteractive handles the message shortcut "Brief this message":
// the message is briefed in its thread.
func (a *Adapter) handleInteractive(ctx context.Context, cb *slack.InteractionCallback) (followUp, error) {
	if cb.Type != slack.InteractionTypeMessageAction || cb.CallbackID != shortcutCallback {
		a.log.Debug("slack interaction ignored", "type", string(cb.Type), "callback", cb.CallbackID)
		return nil, nil
	}
	channel := cb.Channel.ID
	dm := isDMChannel(channel)
	who := &bot.Message{Platform: Platform, Conversation: bot.ConversationID(channel), User: bot.UserID(cb.User.ID), Direct: dm, Mentioned: true}
	if ok, what := a.allowed([]string{cb.Team.ID, cb.Enterprise.ID}, who); !ok {
		a.log.Info("slack shortcut ignored: not allowed", "what", what, "team", cb.Team.ID, "channel", channel)
		return nil, nil
	}
	msg := cb.Message
	ts := msg.Timestamp
	if ts == "" {
		ts = cb.MessageTs
	}
	if channel == "" || ts == "" {
		return nil, nil
	}
	thread := msg.ThreadTimestamp
	if thread == "" {
		thread = ts
	}
	id, err := a.identity(ctx)
	if err != nil {
		return nil, fmt.Errorf("handle slack shortcut: %w", err)
	}
	m := &bot.Message{
		Platform: Platform, Conversation: bot.ConversationID(channel),
		ID: bot.MessageID(ts + shortcutSuffix), Thread: bot.MessageID(thread),
		User: bot.UserID(cb.User.ID), Text: strings.TrimSpace("brief " + PlainText(msg.Text, id.UserID)),
		Mentioned: true, Direct: dm, Time: tsTime(ts),
	}
	files := make([]slackFile, 0, len(msg.Files))
	for _, f := range msg.Files {
		files = append(files, slackFile{
			ID: f.ID, Name: f.Name, Title: f.Title, MIMEType: f.Mimetype, FileType: f.Filetype, Size: int64(f.Size),
			Mode: f.Mode, URLPrivate: f.URLPrivate, URLPrivateDownload: f.URLPrivateDownload, IsExternal: f.IsExternal,
		})
	}
	a.log.Debug("slack shortcut", "channel", channel, "ts", ts, "text", m.Text)
	return a.accept(ctx, m, files)
}

// since returns the time elapsed since t, for logs.
func since(t time.Time) time.Duration { return time.Since(t).Round(time.Microsecond) }
