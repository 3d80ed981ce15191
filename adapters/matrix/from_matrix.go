package matrix

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// This file turns Matrix message events into what the engine needs: the
// text, whether the bot is addressed, the thread, the edit relation. It is
// pure: no network, no state (the adapter resolves what needs either).

// identity is who the bot is, for mention detection.
type identity struct {
	UserID      id.UserID
	DisplayName string
}

// inbound is what an m.room.message event asks of the bot.
type inbound struct {
	// ID is the request's id: the event's own id, or for an edit the id of
	// the message it edits (so an edit of a handled message is a duplicate).
	ID id.EventID `json:"id"`
	// Thread is the m.thread root the event was posted in, if any.
	Thread id.EventID `json:"thread,omitempty"`
	// ReplyTo is the event a non-thread reply (m.in_reply_to) answers.
	ReplyTo id.EventID `json:"reply_to,omitempty"`
	// Edit is true for an m.replace edit.
	Edit bool `json:"edit,omitempty"`
	// Text is the message as plain text: reply fallback and the bot's
	// mention removed, links kept as URLs.
	Text string `json:"text"`
	// Mentioned is true when the message addresses the bot: an intentional
	// mention, a pill, its name or id in the body (for clients that send no
	// m.mentions), or a "!" command.
	Mentioned bool `json:"mentioned"`
	// Command is true for a "!brief", "!help" or "!forget" message.
	Command bool `json:"command,omitempty"`
	// Notice is true for m.notice (the convention for bots' messages).
	Notice bool `json:"notice,omitempty"`
	// File is the attachment to download, for m.file events of a text or
	// HTML type.
	File *fileRef `json:"file,omitempty"`
	// Unsupported names a message type the bot cannot brief (an image…).
	Unsupported string `json:"unsupported,omitempty"`
}

// fileRef points at a text or HTML attachment.
type fileRef struct {
	Name     string `json:"name"`
	MIMEType string `json:"mime_type"`
	Size     int    `json:"size,omitempty"`
	// URL is the mxc:// address; Encrypted holds the keys when the file is
	// encrypted (then URL is the encrypted blob's address).
	URL       id.ContentURIString      `json:"url"`
	Encrypted *event.EncryptedFileInfo `json:"-"`
}

// fromMatrix converts a parsed m.room.message event. ok is false when the
// event carries nothing for the bot (no text, an unknown shape).
func fromMatrix(evt *event.Event, me identity) (in inbound, ok bool) {
	content, _ := evt.Content.Parsed.(*event.MessageEventContent)
	if content == nil {
		return in, false
	}
	in.ID = evt.ID
	rel := content.RelatesTo
	if rel != nil && rel.Type == event.RelReplace && rel.EventID != "" {
		in.Edit = true
		in.ID = rel.EventID
		if content.NewContent == nil {
			return in, false
		}
		// The edit's own relation says what it edits; the new content
		// holds the text (and no relations of its own).
		content = content.NewContent
		rel = nil
	}
	if rel != nil {
		switch {
		case rel.Type == event.RelThread && rel.EventID != "":
			in.Thread = rel.EventID
		case rel.InReplyTo != nil && rel.InReplyTo.EventID != "":
			in.ReplyTo = rel.InReplyTo.EventID
		}
	}

	switch content.MsgType {
	case event.MsgText, event.MsgNotice, event.MsgEmote:
	case event.MsgFile:
		if f := textFile(content); f != nil {
			in.File = f
		} else {
			in.Unsupported = string(content.MsgType)
		}
	case "":
		return in, false
	default:
		in.Unsupported = string(content.MsgType)
	}
	in.Notice = content.MsgType == event.MsgNotice

	var text string
	pill := false
	if content.Format == event.FormatHTML && content.FormattedBody != "" {
		text, pill = htmlToText(content.FormattedBody, me.UserID)
	} else {
		text = stripReplyFallback(content.Body)
	}
	if in.File != nil {
		// A file's body is its name, or a caption when a filename is set.
		if content.FileName == "" || content.FileName == content.Body {
			text = ""
		}
	}

	switch {
	case content.Mentions != nil:
		// Intentional mentions: the sender's client says whom it pings;
		// the body is not searched (so quoted text cannot ping the bot).
		in.Mentioned = pill || containsUser(content.Mentions.UserIDs, me.UserID)
	default:
		in.Mentioned = pill || bodyMentions(text, me)
	}
	if in.Mentioned {
		text = removeMention(text, me)
	}
	in.Text = cleanText(text)
	if isCommand(in.Text) {
		in.Command = true
		in.Mentioned = true
	}
	return in, true
}

func containsUser(ids []id.UserID, u id.UserID) bool {
	for _, x := range ids {
		if x == u {
			return true
		}
	}
	return false
}

// textFile returns the attachment when it is text or HTML.
func textFile(c *event.MessageEventContent) *fileRef {
	name := c.FileName
	if name == "" {
		name = c.Body
	}
	f := &fileRef{Name: name, URL: c.URL, Encrypted: c.File}
	if c.Info != nil {
		f.MIMEType = c.Info.MimeType
		f.Size = c.Info.Size
	}
	if c.File != nil {
		f.URL = c.File.URL
	}
	mt := strings.ToLower(strings.TrimSpace(strings.Split(f.MIMEType, ";")[0]))
	lname := strings.ToLower(name)
	switch {
	case mt == "text/plain" || mt == "text/html" || mt == "application/xhtml+xml":
	case (mt == "" || mt == "application/octet-stream") &&
		(strings.HasSuffix(lname, ".txt") || strings.HasSuffix(lname, ".html") || strings.HasSuffix(lname, ".htm")):
		if strings.HasSuffix(lname, ".txt") {
			f.MIMEType = "text/plain"
		} else {
			f.MIMEType = "text/html"
		}
	default:
		return nil
	}
	if f.URL == "" {
		return nil
	}
	return f
}

// commandRE matches the "!" command forms.
var commandRE = regexp.MustCompile(`(?i)^!(brief|help|forget)(\s|$)`)

func isCommand(text string) bool { return commandRE.MatchString(text) }

// stripReplyFallback removes the quoted "> <@user> …" lines that clients
// put before a reply's text (deprecated, but still sent by some).
func stripReplyFallback(body string) string {
	if !strings.HasPrefix(body, "> <") && !strings.HasPrefix(body, "> * <") {
		return body
	}
	lines := strings.Split(body, "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], ">") {
		i++
	}
	if i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return strings.Join(lines[i:], "\n")
}

// bodyMentions reports whether plain text names the bot: its user id, or
// its display name (or localpart) as a whole word. Only for messages
// without m.mentions.
func bodyMentions(text string, me identity) bool {
	if me.UserID != "" && strings.Contains(strings.ToLower(text), strings.ToLower(string(me.UserID))) {
		return true
	}
	for _, name := range mentionNames(me) {
		if containsWord(text, name) {
			return true
		}
	}
	return false
}

// mentionNames are the names that address the bot in plain text: its
// display name and its localpart.
func mentionNames(me identity) []string {
	var out []string
	if n := strings.TrimSpace(me.DisplayName); n != "" {
		out = append(out, n)
	}
	if lp := me.UserID.Localpart(); lp != "" && !strings.EqualFold(lp, me.DisplayName) {
		out = append(out, lp)
	}
	return out
}

// containsWord reports whether name occurs in text, case-insensitively,
// not inside a longer word.
func containsWord(text, name string) bool {
	lt, ln := strings.ToLower(text), strings.ToLower(name)
	for off := 0; ; {
		i := strings.Index(lt[off:], ln)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(ln)
		if wordBoundary(lt, start, end) {
			return true
		}
		off = start + 1
	}
}

func wordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if isWordRune(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'
}

// removeMention removes the bot's address from the start of text
// ("Briefbot: …", "@briefbot:example.org, …") and its user id anywhere.
func removeMention(text string, me identity) string {
	t := strings.TrimLeft(text, " \t")
	names := append([]string{string(me.UserID)}, mentionNames(me)...)
	for _, n := range names {
		if n == "" {
			continue
		}
		for _, cand := range []string{n, "@" + n} {
			if len(t) >= len(cand) && strings.EqualFold(t[:len(cand)], cand) && wordBoundary(t, 0, len(cand)) {
				t = strings.TrimLeft(t[len(cand):], " \t")
				t = strings.TrimLeft(t, ":,")
				t = strings.TrimLeft(t, " \t")
				return removeUserID(t, me.UserID)
			}
		}
	}
	return removeUserID(text, me.UserID)
}

func removeUserID(text string, u id.UserID) string {
	if u == "" {
		return text
	}
	return strings.ReplaceAll(text, string(u), "")
}

// cleanText trims, drops trailing spaces, collapses runs of blank lines and
// makes the text valid UTF-8.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// matrixToUser returns the user id a matrix.to (or matrix:) link points
// at, or "".
func matrixToUser(href string) id.UserID {
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	var target string
	switch {
	case (u.Scheme == "https" || u.Scheme == "http") && u.Host == "matrix.to":
		target = u.Fragment
		if target == "" {
			target = u.EscapedFragment()
		}
		target = strings.TrimPrefix(target, "/")
		if i := strings.IndexAny(target, "?/"); i >= 0 {
			target = target[:i]
		}
		if dec, err := url.PathUnescape(target); err == nil {
			target = dec
		}
	case u.Scheme == "matrix":
		rest := u.Opaque
		if rest == "" {
			rest = strings.TrimPrefix(u.Path, "/")
		}
		if strings.HasPrefix(rest, "u/") {
			target = "@" + strings.TrimPrefix(rest, "u/")
			if i := strings.IndexAny(target, "?/"); i >= 0 {
				target = target[:i]
			}
		}
	}
	if strings.HasPrefix(target, "@") && strings.Contains(target, ":") {
		return id.UserID(target)
	}
	return ""
}

// htmlToText converts an org.matrix.custom.html body to plain text: the
// reply fallback (<mx-reply>) dropped, block elements on their own lines,
// links kept as "text (url)" so the engine finds them, pills shown as the
// name they display, and a pill for the bot removed (pill reports it). The
// result is valid UTF-8.
func htmlToText(body string, bot id.UserID) (text string, pill bool) {
	nodes, err := html.ParseFragment(strings.NewReader(body), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return cleanText(body), false
	}
	w := &textWriter{bot: bot}
	for _, n := range nodes {
		w.node(n, 0)
	}
	return cleanText(w.sb.String()), w.pill
}

// textWriter accumulates the text of an HTML tree.
type textWriter struct {
	sb   strings.Builder
	bot  id.UserID
	pill bool
	pre  int
	// afterPill drops the ":" or "," that follows the bot's pill.
	afterPill bool
}

// maxDepth bounds recursion on hostile, deeply nested HTML.
const maxDepth = 200

func (w *textWriter) newline() {
	s := w.sb.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		w.sb.WriteByte('\n')
	}
}

func (w *textWriter) node(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n, depth)
		return
	default:
		return
	}
	switch n.Data {
	case "mx-reply", "script", "style", "head", "title", "template":
		return
	case "br":
		w.sb.WriteByte('\n')
		return
	case "a":
		w.link(n, depth)
		return
	case "img":
		if alt := attr(n, "alt"); alt != "" {
			w.text(alt)
		}
		return
	case "pre":
		w.newline()
		w.pre++
		w.children(n, depth)
		w.pre--
		w.newline()
		return
	case "li":
		w.newline()
		w.sb.WriteString("- ")
		w.children(n, depth)
		w.newline()
		return
	case "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "hr", "details", "summary":
		w.newline()
		w.children(n, depth)
		w.newline()
		if n.Data == "p" || n.Data == "blockquote" {
			w.sb.WriteByte('\n')
		}
		return
	case "td", "th":
		w.children(n, depth)
		w.sb.WriteByte(' ')
		return
	}
	w.children(n, depth)
}

func (w *textWriter) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1)
	}
}

func (w *textWriter) text(s string) {
	if w.afterPill {
		w.afterPill = false
		s = strings.TrimLeft(strings.TrimLeft(s, " \t"), ":,")
	}
	if w.pre > 0 {
		w.sb.WriteString(s)
		return
	}
	// Outside <pre>, HTML whitespace (including newlines) is one space.
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	out := b.String()
	if strings.HasPrefix(out, " ") {
		cur := w.sb.String()
		if cur == "" || strings.HasSuffix(cur, " ") || strings.HasSuffix(cur, "\n") {
			out = out[1:]
		}
	}
	w.sb.WriteString(out)
}

func (w *textWriter) link(n *html.Node, depth int) {
	href := attr(n, "href")
	if u := matrixToUser(href); u != "" {
		if u == w.bot {
			w.pill = true
			// Drop the pill and the ": " or ", " a client puts after it.
			w.afterPill = true
			return
		}
		w.children(n, depth)
		return
	}
	var inner textWriter
	inner.bot = w.bot
	inner.pre = w.pre
	inner.children(n, depth)
	if inner.pill {
		w.pill = true
	}
	label := strings.TrimSpace(inner.sb.String())
	lower := strings.ToLower(href)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		w.text(label)
		return
	}
	switch {
	case label == "" || label == href || strings.Contains(label, href):
		w.text(href)
	case strings.TrimSuffix(label, "/") == strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(href, "https://"), "http://"), "/"):
		w.text(href)
	default:
		w.text(label + " (" + href + ")")
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
