package slack

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// This file turns what Slack sends into the engine's terms. It is pure: no
// network, no clock, no state.

// PlainText converts Slack message text (mrkdwn with entities) to the plain
// text the engine reads:
//
//   - links <https://x|label> become "label (https://x)", or the bare URL
//     when the label is the URL; mailto: links become the address;
//   - user mentions <@U123> become "@U123" (or "@name" when Slack gave a
//     label), and a mention of botUserID is removed, with a ':' or ','
//     that follows it;
//   - channels <#C123|name> become "#name"; <!here>, <!channel> and
//     <!everyone> become "@here", "@channel", "@everyone"; <!subteam^…|@x>
//     and <!date^…|fallback> become their label;
//   - &amp; &lt; &gt; become & < >.
//
// The result is valid UTF-8, trimmed, and holds no "<!" sequence, so no
// Slack special mention survives even in text that is later shown raw.
func PlainText(s, botUserID string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	skipPunct := false
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			writePlain(&sb, s, &skipPunct)
			break
		}
		writePlain(&sb, s[:i], &skipPunct)
		rest := s[i+1:]
		// A control sequence never spans lines or holds another '<'.
		j := strings.IndexAny(rest, "<>\n")
		if j < 0 || rest[j] != '>' {
			writePlain(&sb, "<", &skipPunct)
			s = rest
			continue
		}
		inner := rest[:j]
		s = rest[j+1:]
		out, isBot := entity(inner, botUserID)
		if isBot {
			skipPunct = true
			continue
		}
		writePlain(&sb, out, &skipPunct)
	}
	out := strings.TrimSpace(sb.String())
	out = strings.ToValidUTF8(out, "\uFFFD")
	return strings.ReplaceAll(out, "<!", "‹!")
}

// writePlain writes s with Slack's three escapes decoded. After the bot's
// mention (skip set) it drops the blanks and a ':' or ',' that follow it.
func writePlain(sb *strings.Builder, s string, skip *bool) {
	if *skip {
		t := strings.TrimLeft(s, " \t")
		if t != "" && (t[0] == ':' || t[0] == ',') {
			t = strings.TrimLeft(t[1:], " \t")
		}
		if t == "" {
			return // still right after the mention
		}
		*skip = false
		if str := sb.String(); str != "" && !strings.HasSuffix(str, " ") && !strings.HasSuffix(str, "\n") {
			sb.WriteByte(' ')
		}
		s = t
	}
	sb.WriteString(unescape(s))
}

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return unescaper.Replace(s)
}

// entity converts the inside of one <…> control sequence.
func entity(inner, botUserID string) (string, bool) {
	body, label, hasLabel := strings.Cut(inner, "|")
	switch {
	case strings.HasPrefix(body, "@"):
		id := body[1:]
		if botUserID != "" && id == botUserID {
			return "", true
		}
		if hasLabel && label != "" {
			return "@" + strings.TrimPrefix(unescape(label), "@"), false
		}
		return "@" + id, false
	case strings.HasPrefix(body, "#"):
		if hasLabel && label != "" {
			return "#" + strings.TrimPrefix(unescape(label), "#"), false
		}
		return "#" + body[1:], false
	case strings.HasPrefix(body, "!"):
		word, _, _ := strings.Cut(body[1:], "^")
		switch word {
		case "here", "channel", "everyone":
			return "@" + word, false
		}
		if hasLabel {
			return unescape(label), false
		}
		return "", false
	}
	u := unescape(body)
	if strings.HasPrefix(u, "mailto:") {
		if hasLabel && label != "" {
			return unescape(label), false
		}
		return strings.TrimPrefix(u, "mailto:"), false
	}
	if !hasLabel {
		return u, false
	}
	l := strings.TrimSpace(unescape(label))
	if l == "" || l == u || l == strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://") ||
		strings.TrimRight(l, "/") == strings.TrimRight(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/") {
		return u, false
	}
	return l + " (" + u + ")", false
}

// envelope is the outer Events API payload (HTTP body, or Socket Mode
// envelope payload).
type envelope struct {
	Type         string          `json:"type"`
	Token        string          `json:"token"`
	Challenge    string          `json:"challenge"`
	TeamID       string          `json:"team_id"`
	EnterpriseID string          `json:"enterprise_id"`
	EventID      string          `json:"event_id"`
	Event        json.RawMessage `json:"event"`
}

// event is the inner event of an app_mention or message.
type event struct {
	Type        string      `json:"type"`
	Subtype     string      `json:"subtype"`
	Hidden      bool        `json:"hidden"`
	User        string      `json:"user"`
	BotID       string      `json:"bot_id"`
	Text        string      `json:"text"`
	TS          string      `json:"ts"`
	ThreadTS    string      `json:"thread_ts"`
	Channel     string      `json:"channel"`
	ChannelType string      `json:"channel_type"`
	Team        string      `json:"team"`
	Files       []slackFile `json:"files"`
}

// slackFile is the part of a Slack file object the adapter reads.
type slackFile struct {
	ID                 string `json:"id"`
	Name               string `json:"name"`
	Title              string `json:"title"`
	MIMEType           string `json:"mimetype"`
	FileType           string `json:"filetype"`
	Size               int64  `json:"size"`
	Mode               string `json:"mode"`
	URLPrivate         string `json:"url_private"`
	URLPrivateDownload string `json:"url_private_download"`
	FileAccess         string `json:"file_access"`
	IsExternal         bool   `json:"is_external"`
}

// parseEnvelope decodes an Events API payload.
func parseEnvelope(raw []byte) (*envelope, *event, error) {
	var env envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, nil, fmt.Errorf("parse slack event envelope: %w", err)
	}
	if env.Type != "event_callback" || len(env.Event) == 0 {
		return &env, nil, nil
	}
	var ev event
	if err := json.Unmarshal(env.Event, &ev); err != nil {
		return &env, nil, fmt.Errorf("parse slack event %s: %w", env.EventID, err)
	}
	return &env, &ev, nil
}

// identity is who the bot is in the workspace (from auth.test).
type identity struct {
	UserID string // the bot user, "U…"
	BotID  string // the bot, "B…"
	TeamID string
}

// ignoreReason says why an event makes no request; "" means it does.
type ignoreReason string

const (
	ignoreNone       ignoreReason = ""
	ignoreType       ignoreReason = "event type"
	ignoreSubtype    ignoreReason = "message subtype"
	ignoreSelf       ignoreReason = "own message"
	ignoreBot        ignoreReason = "bot message"
	ignoreTopLevel   ignoreReason = "top-level message without mention"
	ignoreIncomplete ignoreReason = "incomplete event"
	ignoreChannelDM  ignoreReason = "group DM without mention"
)

// messageFromEvent makes the engine's message from an app_mention or
// message event. Files are listed, not downloaded. It decides:
//
//   - app_mention: Mentioned;
//   - message in a DM (channel_type im): Direct;
//   - message in a channel or private channel: Mentioned when it mentions
//     the bot (the same request as its app_mention, with the same id, so
//     whichever arrives first wins and the other is a duplicate); a thread
//     reply without mention is submitted unmentioned (a follow-up if the
//     thread holds a briefing; the engine ignores it otherwise); other
//     top-level messages are ignored;
//   - the bot's own messages, other bots' (when ignoreBots), edits,
//     deletions and other subtypes are ignored.
func messageFromEvent(id identity, ev *event, ignoreBots bool) (*bot.Message, []slackFile, ignoreReason) {
	if ev == nil || (ev.Type != "app_mention" && ev.Type != "message") {
		return nil, nil, ignoreType
	}
	switch ev.Subtype {
	case "", "file_share", "thread_broadcast":
	case "bot_message":
		if ev.BotID != "" && ev.BotID == id.BotID {
			return nil, nil, ignoreSelf
		}
		if ignoreBots {
			return nil, nil, ignoreBot
		}
	default:
		return nil, nil, ignoreSubtype
	}
	if ev.Hidden {
		return nil, nil, ignoreSubtype
	}
	if (id.UserID != "" && ev.User == id.UserID) || (id.BotID != "" && ev.BotID == id.BotID) {
		return nil, nil, ignoreSelf
	}
	if ev.BotID != "" && ignoreBots {
		return nil, nil, ignoreBot
	}
	if ev.Channel == "" || ev.TS == "" {
		return nil, nil, ignoreIncomplete
	}
	m := &bot.Message{
		Platform:     Platform,
		Conversation: bot.ConversationID(ev.Channel),
		ID:           bot.MessageID(ev.TS),
		User:         bot.UserID(ev.User),
		Text:         PlainText(ev.Text, id.UserID),
		Time:         tsTime(ev.TS),
	}
	if ev.ThreadTS != "" && ev.ThreadTS != ev.TS {
		m.Thread = bot.MessageID(ev.ThreadTS)
	}
	dm := ev.ChannelType == "im" || (ev.ChannelType == "" && isDMChannel(ev.Channel))
	switch {
	case dm:
		m.Direct = true
		m.Mentioned = ev.Type == "app_mention" || mentions(ev.Text, id.UserID)
	case ev.Type == "app_mention" || mentions(ev.Text, id.UserID):
		m.Mentioned = true
	case ev.ChannelType == "mpim":
		return nil, nil, ignoreChannelDM
	case m.Thread == "":
		return nil, nil, ignoreTopLevel
	}
	return m, ev.Files, ignoreNone
}

// mentions reports whether Slack text mentions the user.
func mentions(text, userID string) bool {
	if userID == "" {
		return false
	}
	return strings.Contains(text, "<@"+userID+">") || strings.Contains(text, "<@"+userID+"|")
}

// isDMChannel reports whether a conversation id is a one-to-one DM.
func isDMChannel(id string) bool { return strings.HasPrefix(id, "D") }

// tsTime converts a Slack ts ("1360782400.498405") to a time.
func tsTime(ts string) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return time.Time{}
	}
	var us int64
	if frac != "" {
		frac = (frac + "000000")[:6]
		us, _ = strconv.ParseInt(frac, 10, 64)
	}
	return time.Unix(s, us*1000).UTC()
}

// shortcutSuffix marks the id of a request made with the message shortcut:
// the shortcut's message ts plus this suffix, stable across redeliveries
// and distinct from a mention in the same message.
const shortcutSuffix = ":shortcut"

// messageTS returns the Slack ts that a bot.MessageID names (the message
// to react to).
func messageTS(id bot.MessageID) string {
	ts, _, _ := strings.Cut(string(id), ":")
	return ts
}

// textFile reports whether a Slack file is one the engine can read: a text
// snippet or a .txt/.html file.
func textFile(f slackFile) bool {
	if f.IsExternal || f.Mode == "external" || f.Mode == "tombstone" || f.Mode == "hidden_by_limit" {
		return false
	}
	name := strings.ToLower(f.Name)
	for _, ext := range []string{".txt", ".text", ".html", ".htm"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	mt, _, _ := strings.Cut(strings.ToLower(f.MIMEType), ";")
	switch strings.TrimSpace(mt) {
	case "text/plain", "text/html":
		return true
	}
	switch strings.ToLower(f.FileType) {
	case "text", "html":
		return true
	}
	return f.Mode == "snippet" && strings.HasPrefix(mt, "text/")
}

// fileMIME returns the MIME type the engine should see for f.
func fileMIME(f slackFile) string {
	name := strings.ToLower(f.Name)
	if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") || strings.ToLower(f.FileType) == "html" ||
		strings.HasPrefix(strings.ToLower(f.MIMEType), "text/html") {
		return "text/html"
	}
	return "text/plain"
}

// fileName returns a name for f, for the engine and logs.
func fileName(f slackFile) string {
	switch {
	case f.Name != "":
		return f.Name
	case f.Title != "":
		return f.Title
	}
	return f.ID
}
