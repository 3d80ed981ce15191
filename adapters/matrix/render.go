package matrix

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"

	"maunium.net/go/mautrix/event"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// This file renders the engine's replies as Matrix message content: an
// org.matrix.custom.html formatted body and a clean plain-text body. It is
// pure: no network, no state. Relations (thread, edit) are added by the
// adapter.

// maxContentBytes bounds the JSON of a reply's content. Matrix events are
// at most 65,536 bytes in all, and an edit carries the text twice (the
// fallback and m.new_content), so a reply keeps well under half of that.
const maxContentBytes = 28_000

// matrixHelp is added to the engine's help in Matrix.
const matrixHelp = "In Matrix: invite me to a room and mention me (or start a message with !brief); in a direct chat no mention is needed. A .txt or .html file works too. In encrypted rooms your client must share its keys with my device."

// renderReply renders r as the content of one m.notice event, the bot's
// own words in language (BRIEFBOT_LANGUAGE) or, when it is "", in the
// language of what r shows (render.ReplyWords). Every string that comes
// from an article, a model or the engine is HTML-escaped, and room and
// user pings are defused; m.mentions is empty, so nobody is notified by
// a reply.
func renderReply(language string, r *bot.Reply) *event.MessageEventContent {
	w := render.ReplyWords(language, r)
	var body, formatted string
	switch r.Kind {
	case bot.ReplyBriefing:
		if r.Briefing == nil {
			return renderReply(language, &bot.Reply{Kind: bot.ReplyError, Text: "The briefing is missing."})
		}
		body, formatted, _ = fitBriefing(w, r.Briefing, "")
	case bot.ReplyAnswer:
		if r.Answer != nil {
			body, formatted = answerBody(w, r.Answer), answerHTML(w, r.Answer)
		} else {
			body, formatted = defuse(r.Text), textHTML(r.Text)
		}
	case bot.ReplyDigest:
		if r.Digest == nil {
			return renderReply(language, &bot.Reply{Kind: bot.ReplyError, Text: "The digest is missing."})
		}
		body, formatted = digestBody(w, r.Digest), digestHTML(w, r.Digest)
	case bot.ReplyStatus:
		body = "⏳ " + defuse(r.Text)
		formatted = "<p><em>⏳ " + esc(r.Text) + "</em></p>"
	case bot.ReplyError:
		body = "⚠️ " + defuse(r.Text)
		formatted = "<p>⚠️ " + inlineHTML(r.Text) + "</p>"
	default: // ReplyText
		text := r.Text
		if text == bot.HelpText {
			text += "\n\n" + matrixHelp
		}
		body, formatted = defuse(text), textHTML(text)
	}
	if strings.TrimSpace(body) == "" {
		body, formatted = "…", "<p>…</p>"
	}
	c := noticeContent(body, formatted)
	if contentSize(c) > maxContentBytes {
		// Only a very long answer or text gets here: cut it.
		c.Body = truncate(w, c.Body, maxContentBytes/3)
		c.FormattedBody = "<p>" + esc(truncate(w, r.Text, maxContentBytes/4)) + "</p>"
		if r.Kind == bot.ReplyAnswer && r.Answer != nil {
			c.FormattedBody = "<p>" + esc(truncate(w, bot.AnswerPlainText(r.Answer), maxContentBytes/4)) + "</p>"
		}
	}
	return c
}

// noticeContent is the m.notice of a rendered reply: its plain body and
// HTML, and an empty m.mentions.
func noticeContent(body, formatted string) *event.MessageEventContent {
	return &event.MessageEventContent{
		MsgType:       event.MsgNotice,
		Body:          body,
		Format:        event.FormatHTML,
		FormattedBody: formatted,
		Mentions:      &event.Mentions{},
	}
}

func contentSize(c *event.MessageEventContent) int {
	data, err := json.Marshal(c)
	if err != nil {
		return len(c.Body) + len(c.FormattedBody)
	}
	return len(data)
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(w render.Words, s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = strings.ToValidUTF8(s[:n], "")
	return s + " … " + w.Label("cut")
}

// fitBriefing renders b, shortened when it does not fit maxContentBytes
// (render.Shorten: a fair share of every section, every note kept), and
// reports whether it was. The shortened briefing's last note says what
// is not shown and that file holds the whole briefing, or, when file is
// "", that one may ask about it in the thread.
func fitBriefing(w render.Words, b *bot.Briefing, file string) (body, formatted string, shortened bool) {
	fitsOne := func(b *bot.Briefing) bool { return fits(briefingBody(w, b), briefingHTML(w, b)) }
	short, _ := render.Shorten(b, fitsOne, func(c render.Cut) string { return w.Shortened(c, file) })
	body, formatted = briefingBody(w, short), briefingHTML(w, short)
	if !fits(body, formatted) {
		// Too long even with the first party and its first claim (the
		// notes alone, or a huge title): cut the text. body is already
		// defused and shown through render.Visible.
		body = truncate(w, body, maxContentBytes/3)
		formatted = "<p>" + strings.ReplaceAll(html.EscapeString(body), "\n", "<br>") + "</p>"
	}
	return body, formatted, short != b
}

// fits reports whether the notice of body and formatted keeps within
// maxContentBytes.
func fits(body, formatted string) bool {
	return contentSize(noticeContent(body, formatted)) <= maxContentBytes
}

// briefingBody is the plain-text body: the terminal rendering, unwrapped.
func briefingBody(w render.Words, b *bot.Briefing) string {
	return defuse(strings.TrimRight(render.Text(w, b, 1<<20), "\n"))
}

// briefingHTML renders a briefing: title, source line, summary, a section
// per party with each claim and its evidence in a blockquote, facts,
// notes and the footer.
func briefingHTML(w render.Words, b *bot.Briefing) string {
	var sb strings.Builder
	sb.WriteString("<h3>" + esc(w.Title(b)) + "</h3>\n")
	if src := sourceHTML(b.Source); src != "" {
		sb.WriteString("<p><em>" + src + "</em></p>\n")
	}
	if b.Summary != "" {
		sb.WriteString("<p>" + esc(b.Summary) + "</p>\n")
	}
	if len(b.Sources) > 0 {
		sb.WriteString("<h4>" + esc(w.Label("story.sources")) + "</h4>\n<ul>\n")
		for _, s := range b.Sources {
			sb.WriteString("<li>" + esc(render.SourceItem(s)) + "</li>\n")
		}
		sb.WriteString("</ul>\n")
	}
	if len(b.Parties) == 0 {
		sb.WriteString("<p>" + esc(w.Label("no_claims")) + "</p>\n")
	}
	for _, p := range b.Parties {
		sb.WriteString("<h4>" + esc(p.Name) + "</h4>\n")
		if al := render.OtherAliases(p); len(al) > 0 {
			sb.WriteString("<p><em>" + esc(w.Label("also_named", "{list}", strings.Join(al, ", "))) + "</em></p>\n")
		}
		if len(p.Claims) > 0 {
			sb.WriteString("<ul>\n")
			for _, c := range p.Claims {
				sb.WriteString("<li><strong>" + esc(c.Claim) + "</strong> <em>(" + esc(w.ClaimMeta(c, " · ")) + ")</em>")
				if len(c.AlsoIn) == 0 {
					sb.WriteString("<blockquote>" + esc(c.Evidence) + "</blockquote>")
				} else {
					sb.WriteString("<blockquote>" + esc(render.Sourced(c.Source, c.Evidence)) + "</blockquote>")
				}
				for _, r := range c.AlsoIn {
					if r.Evidence != "" {
						sb.WriteString("<blockquote>" + esc(render.Sourced(r.Source, r.Evidence)) + "</blockquote>")
					}
				}
				for _, r := range c.Conflicts {
					sb.WriteString("<p><em>" + esc(w.ReportedLine(r)) + "</em></p>")
					if r.Evidence != "" {
						sb.WriteString("<blockquote>" + esc(r.Evidence) + "</blockquote>")
					}
				}
				sb.WriteString("</li>\n")
			}
			sb.WriteString("</ul>\n")
		}
	}
	if len(b.Facts) > 0 {
		sb.WriteString("<h4>" + esc(w.Label("unattributed")) + "</h4>\n<ul>\n")
		for _, f := range b.Facts {
			sb.WriteString("<li>" + esc(render.Sourced(f.Source, f.Text)) + "</li>\n")
		}
		sb.WriteString("</ul>\n")
	}
	if len(b.Coverage) > 0 {
		sb.WriteString("<h4>" + esc(w.Label("story.coverage")) + "</h4>\n<ul>\n")
		for _, c := range b.Coverage {
			sb.WriteString("<li>" + esc(w.CoverageLine(c)) + "</li>\n")
		}
		sb.WriteString("</ul>\n")
	}
	if len(b.Notes) > 0 {
		sb.WriteString("<h4>" + esc(w.Label("notes")) + "</h4>\n<ul>\n")
		for _, n := range b.Notes {
			sb.WriteString("<li>" + esc(n) + "</li>\n")
		}
		sb.WriteString("</ul>\n")
	}
	sb.WriteString("<p><sub>" + esc(w.Footer(b)) + "</sub></p>")
	return sb.String()
}

// sourceHTML is the source line with the URL as a link when it is http(s).
func sourceHTML(s bot.Source) string {
	var parts []string
	for _, p := range []string{s.Site, s.Byline, s.Published} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, esc(p))
		}
	}
	if u := strings.TrimSpace(s.URL); u != "" {
		l := strings.ToLower(u)
		if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
			parts = append(parts, `<a href="`+html.EscapeString(u)+`">`+esc(u)+`</a>`)
		} else {
			parts = append(parts, esc(u))
		}
	}
	return strings.Join(parts, " · ")
}

// answerBody is an answer as plain text: the text, then each quote.
func answerBody(w render.Words, a *bot.Answer) string {
	var sb strings.Builder
	sb.WriteString(a.Text)
	for _, q := range a.Quotes {
		sb.WriteString("\n> " + q.Text)
		sb.WriteString("\n  — " + quoteSource(w, q))
	}
	return defuse(sb.String())
}

func quoteSource(w render.Words, q bot.Quote) string { return w.QuoteSource(q) }

func answerHTML(w render.Words, a *bot.Answer) string {
	var sb strings.Builder
	sb.WriteString("<p>" + inlineHTML(a.Text) + "</p>")
	for _, q := range a.Quotes {
		sb.WriteString("\n<blockquote>" + esc(q.Text) + "</blockquote>")
		sb.WriteString("\n<p><em>— " + esc(quoteSource(w, q)) + "</em></p>")
	}
	return sb.String()
}

// textHTML renders plain text: paragraphs at blank lines, line breaks kept.
func textHTML(s string) string {
	var sb strings.Builder
	for i, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString("<p>" + inlineHTML(para) + "</p>")
	}
	return sb.String()
}

// inlineHTML escapes s and turns its newlines into <br>.
func inlineHTML(s string) string {
	return strings.ReplaceAll(esc(strings.TrimSpace(s)), "\n", "<br>")
}

// pingRE matches what could notify people in a body: @room, and user ids.
var pingRE = regexp.MustCompile(`(?i)@(room\b|[a-z0-9._=/+\-]+:[a-z0-9.\-]+)`)

// defuse makes text unable to deceive or ping: the characters that could
// hide or reorder it (bidirectional controls, zero-width characters) are
// shown as marks (render.Visible), and a word joiner goes after the "@"
// of @room and of user ids, so that neither push rules nor clients see a
// mention. Text stays readable and copyable. Each piece of text is
// defused once: the joiner it adds would show as a mark the second time.
func defuse(s string) string {
	s = render.Visible(strings.ToValidUTF8(s, "\uFFFD"))
	return pingRE.ReplaceAllStringFunc(s, func(m string) string { return "@\u2060" + m[1:] })
}

// esc HTML-escapes and defuses s.
func esc(s string) string { return html.EscapeString(defuse(s)) }

// digestBody is a digest as plain text.
func digestBody(w render.Words, d *bot.Digest) string {
	return defuse(render.DigestText(w, d, 1000))
}

// digestHTML is a digest as HTML: a heading, an ordered list of items
// (title linked when the link is http(s), source, summary, parties), the
// notes, and how to get an item's full briefing.
func digestHTML(w render.Words, d *bot.Digest) string {
	var b strings.Builder
	title := d.Title
	if title == "" {
		title = w.Label("digest")
	}
	b.WriteString("<h3>" + esc(title) + "</h3>")
	if len(d.Items) == 0 {
		b.WriteString("<p><em>" + esc(w.Label("digest.none")) + "</em></p>")
	} else {
		b.WriteString("<ol>")
		for _, it := range d.Items {
			name := esc(it.Title)
			if name == "" {
				name = esc(w.Label("untitled"))
			}
			if u, err := url.Parse(strings.TrimSpace(it.URL)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				name = `<a href="` + html.EscapeString(u.String()) + `">` + name + "</a>"
			}
			fmt.Fprintf(&b, `<li value="%d"><strong>%s</strong>`, it.N, name)
			if src := w.DigestSource(it); src != "" {
				b.WriteString("<br><em>" + esc(src) + "</em>")
			}
			if sum := strings.TrimSpace(it.Summary); sum != "" {
				b.WriteString("<br>" + esc(sum))
			}
			if len(it.Parties) > 0 {
				b.WriteString("<br>" + esc(w.Label("digest.parties", "{list}", strings.Join(it.Parties, ", "))))
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ol>")
	}
	for _, e := range d.Errors {
		b.WriteString("<p><em>" + esc(e) + "</em></p>")
	}
	if len(d.Items) > 0 {
		b.WriteString("<p>" + strings.Replace(esc(w.Label("digest.more", "{n}", "N")), "{more}", "<code>more N</code>", 1) + "</p>")
	}
	return b.String()
}
