package slack

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// This file renders the engine's replies as Slack messages (Block Kit plus
// a plain-text fallback). It is pure: no network, no state.

// Slack's limits (https://docs.slack.dev/reference/block-kit/blocks), and
// the budget this adapter keeps per message.
const (
	maxBlocks      = 50     // blocks in one message
	maxSectionText = 3000   // characters in a section's text
	maxHeaderText  = 150    // characters in a header
	maxContextText = 2000   // characters in one context element (kept short)
	maxMessageText = 40_000 // characters in a message's text field
	// maxMessageChars bounds the text of all blocks in one message, well
	// under what Slack accepts, so a long briefing reads as a few
	// messages rather than one that Slack folds.
	maxMessageChars = 12_000
)

// Outgoing is one Slack message: Block Kit blocks and the text Slack shows
// in notifications and where blocks cannot be shown.
type Outgoing struct {
	Text   string        `json:"text"`
	Blocks []slack.Block `json:"blocks"`
}

// slackHelp is added to the engine's help in Slack.
const slackHelp = "In Slack you can also type `/brief <link or text>` in any channel I am in, or choose *Brief this message* in a message's ⋯ menu (More actions). Invite me to a channel with `/invite @Briefbot`."

// RenderReply renders r as one or more Slack messages, the bot's own
// words in language (BRIEFBOT_LANGUAGE) or, when it is "", in the
// language of what r shows (render.ReplyWords). Every message keeps
// Slack's limits (blocks, section, header and text lengths); a reply too
// long for one message is split, the later parts marked as continued.
// All text that comes from an article, a model or the engine is escaped,
// so it cannot make links, mentions or special commands.
func RenderReply(language string, r *bot.Reply) []Outgoing {
	w := render.ReplyWords(language, r)
	var items []slack.Block
	var title, fallback string
	switch r.Kind {
	case bot.ReplyBriefing:
		if r.Briefing == nil {
			return RenderReply(language, &bot.Reply{Kind: bot.ReplyError, Text: "The briefing is missing."})
		}
		items = briefingBlocks(w, r.Briefing)
		title = w.Title(r.Briefing)
		fallback = title
		if r.Briefing.Summary != "" {
			fallback += "\n" + r.Briefing.Summary
		}
	case bot.ReplyAnswer:
		if r.Answer != nil {
			items = answerBlocks(w, r.Answer)
			fallback = bot.AnswerPlainText(r.Answer)
		} else {
			// A partial answer, edited in place while it grows: always one
			// message, so that each edit replaces it whole.
			items = []slack.Block{section(escTrunc(strings.TrimSpace(r.Text), maxSectionText))}
			fallback = r.Text
		}
		title = w.Label("answer")
	case bot.ReplyDigest:
		if r.Digest == nil {
			return RenderReply(language, &bot.Reply{Kind: bot.ReplyError, Text: "The digest is missing."})
		}
		items = digestBlocks(w, r.Digest)
		title = r.Digest.Title
		fallback = render.DigestText(w, r.Digest, 1000)
	case bot.ReplyStatus:
		items = []slack.Block{contextBlock(":hourglass_flowing_sand: " + escTrunc(r.Text, maxContextText-30))}
		fallback = r.Text
	case bot.ReplyError:
		items = textSections(":warning: ", r.Text)
		fallback = "⚠ " + r.Text
	default: // ReplyText
		items = textSections("", r.Text)
		if r.Text == bot.HelpText {
			items = append(items, section(slackHelp))
		}
		fallback = r.Text
	}
	if len(items) == 0 {
		items = []slack.Block{section("…")}
		if fallback == "" {
			fallback = "…"
		}
	}
	msgs := pack(items)
	out := make([]Outgoing, len(msgs))
	for i, blocks := range msgs {
		text := fallback
		if i > 0 {
			// The title is filled in last: escaped and cut for the block,
			// whole for the text (escaped below).
			line := w.Label("continued", "{n}", strconv.Itoa(i+1), "{total}", strconv.Itoa(len(msgs)))
			blocks = append([]slack.Block{contextBlock("_" + strings.Replace(esc(line), "{title}", escTrunc(title, 200), 1) + "_")}, blocks...)
			text = strings.Replace(line, "{title}", title, 1)
		}
		out[i] = Outgoing{Text: escTrunc(text, maxMessageText), Blocks: blocks}
	}
	return out
}

// maxBriefingMessages is the most messages a whole briefing may take: a
// request's messages (render.MessagesPerRequest) less the status message
// it replaces.
const maxBriefingMessages = render.MessagesPerRequest - 1

// maxShortMessages bounds a shortened briefing, which Shorten makes fit
// one message unless its notes alone are longer: with the status message
// and the file, a request then stays within render.MessagesPerRequest.
const maxShortMessages = render.MessagesPerRequest - 2

// shortBriefing renders r's briefing shortened to one message
// (render.Shorten: a fair share of every section, every note kept), its
// last note saying what is not shown and that file holds all of it, or,
// when file is "", that one may ask about it in the thread.
func shortBriefing(language string, r *bot.Reply, file string) []Outgoing {
	w := render.ReplyWords(language, r)
	rendered := func(b *bot.Briefing) []Outgoing {
		return RenderReply(language, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	}
	short, _ := render.Shorten(r.Briefing, func(b *bot.Briefing) bool { return len(rendered(b)) == 1 },
		func(c render.Cut) string { return w.Shortened(c, file) })
	outs := rendered(short)
	return outs[:min(len(outs), maxShortMessages)]
}

// pack splits blocks into messages of at most maxBlocks blocks (one kept
// free for the continuation line) and maxMessageChars characters.
func pack(items []slack.Block) [][]slack.Block {
	var msgs [][]slack.Block
	var cur []slack.Block
	size := 0
	for _, b := range items {
		n := blockChars(b)
		if len(cur) > 0 && (len(cur)+1 > maxBlocks-1 || size+n > maxMessageChars) {
			msgs = append(msgs, cur)
			cur, size = nil, 0
		}
		cur = append(cur, b)
		size += n
	}
	if len(cur) > 0 {
		msgs = append(msgs, cur)
	}
	// A message that ends with a divider gains nothing from it.
	for i, m := range msgs {
		if len(m) > 1 {
			if _, ok := m[len(m)-1].(*slack.DividerBlock); ok {
				msgs[i] = m[:len(m)-1]
			}
		}
	}
	return msgs
}

// blockChars counts the characters of a block's text.
func blockChars(b slack.Block) int {
	switch v := b.(type) {
	case *slack.SectionBlock:
		if v.Text != nil {
			return textLen(v.Text.Text)
		}
	case *slack.HeaderBlock:
		if v.Text != nil {
			return textLen(v.Text.Text)
		}
	case *slack.ContextBlock:
		n := 0
		for _, e := range v.ContextElements.Elements {
			if t, ok := e.(*slack.TextBlockObject); ok {
				n += textLen(t.Text)
			}
		}
		return n
	}
	return 0
}

// digestBlocks renders a digest: a header, one section per item (number,
// title linked when the link is http(s), source, one-line summary,
// parties), the notes, and how to get an item's full briefing.
func digestBlocks(w render.Words, d *bot.Digest) []slack.Block {
	title := d.Title
	if title == "" {
		title = w.Label("digest")
	}
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, escTrunc(oneLine(title), maxHeaderText), false, false)),
	}
	if len(d.Items) == 0 {
		blocks = append(blocks, section("_"+esc(w.Label("digest.none"))+"_"))
	}
	for _, it := range d.Items {
		name := escTrunc(oneLine(it.Title), 300)
		if name == "" {
			name = esc(w.Label("untitled"))
		}
		if link := slackURL(it.URL); link != "" {
			name = "<" + link + "|" + name + ">"
		}
		text := fmt.Sprintf("*%d. %s*", it.N, name)
		if src := w.DigestSource(it); src != "" {
			text += "\n" + escTrunc(oneLine(src), 300)
		}
		if sum := strings.TrimSpace(it.Summary); sum != "" {
			text += "\n" + escTrunc(oneLine(sum), 1200)
		}
		if len(it.Parties) > 0 {
			text += "\n_" + escTrunc(w.Label("digest.parties", "{list}", oneLine(strings.Join(it.Parties, ", "))), 700) + "_"
		}
		blocks = append(blocks, section(text))
	}
	for _, e := range d.Errors {
		blocks = append(blocks, contextBlock(":information_source: "+escTrunc(oneLine(e), maxContextText-30)))
	}
	if len(d.Items) > 0 {
		blocks = append(blocks, contextBlock(strings.Replace(esc(w.Label("digest.more", "{n}", "N")), "{more}", "`more N`", 1)))
	}
	return blocks
}

// briefingBlocks renders a briefing: header, source, summary, one section
// (or more, when long) per party, facts, notes and how it was made.
func briefingBlocks(w render.Words, b *bot.Briefing) []slack.Block {
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, escTrunc(w.Title(b), maxHeaderText), false, false)),
	}
	if src := sourceLine(b.Source); src != "" {
		blocks = append(blocks, contextBlock(src))
	}
	if s := strings.TrimSpace(b.Summary); s != "" {
		blocks = append(blocks, textSections("", s)...)
	}
	if len(b.Sources) > 0 {
		parts := make([]string, 0, len(b.Sources))
		for _, src := range b.Sources {
			parts = append(parts, "• "+escTrunc(oneLine(render.SourceItem(src)), 600))
		}
		blocks = append(blocks, listSections("*"+esc(w.Label("story.sources"))+"*", parts)...)
	}
	blocks = append(blocks, slack.NewDividerBlock())
	if len(b.Parties) == 0 {
		blocks = append(blocks, section("_"+esc(w.Label("no_claims"))+"_"))
	}
	for _, p := range b.Parties {
		head := "*" + escTrunc(oneLine(p.Name), 300) + "*"
		if al := render.OtherAliases(p); len(al) > 0 {
			head += "\n_" + escTrunc(w.Label("also_named", "{list}", oneLine(strings.Join(al, ", "))), 700) + "_"
		}
		parts := make([]string, 0, len(p.Claims))
		for _, c := range p.Claims {
			parts = append(parts, claimText(w, c))
		}
		blocks = append(blocks, listSections(head, parts)...)
	}
	if len(b.Facts) > 0 {
		parts := make([]string, 0, len(b.Facts))
		for _, f := range b.Facts {
			parts = append(parts, "• "+escTrunc(render.Sourced(f.Source, f.Text), maxSectionText-400))
		}
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, listSections("*"+esc(w.Label("unattributed"))+"*", parts)...)
	}
	if len(b.Coverage) > 0 {
		parts := make([]string, 0, len(b.Coverage))
		for _, c := range b.Coverage {
			parts = append(parts, "• "+escTrunc(oneLine(w.CoverageLine(c)), maxSectionText-400))
		}
		blocks = append(blocks, listSections("*"+esc(w.Label("story.coverage"))+"*", parts)...)
	}
	if len(b.Notes) > 0 {
		parts := make([]string, 0, len(b.Notes))
		for _, n := range b.Notes {
			parts = append(parts, "• "+escTrunc(n, maxSectionText-400))
		}
		blocks = append(blocks, listSections("*"+esc(w.Label("notes"))+"*", parts)...)
	}
	blocks = append(blocks, contextBlock(escTrunc(w.Footer(b), maxContextText)))
	return blocks
}

// claimText renders one claim: the bold neutral paraphrase, who said it and
// the stance, then the evidence as a quote. It fits a section.
func claimText(w render.Words, c bot.Claim) string {
	meta := oneLine(w.ClaimMeta(c, " · "))
	if len(c.Sentences) > 0 {
		meta += " · " + w.Sentences(c.Sentences...)
	}
	head := "• *" + escTrunc(oneLine(strings.TrimSpace(c.Claim)), 1000) + "*\n_" + escTrunc(meta, 400) + "_"
	budget := maxSectionText - 400 - textLen(head)
	ev := strings.TrimSpace(c.Evidence)
	if ev == "" {
		return head
	}
	if len(c.AlsoIn) > 0 || len(c.Conflicts) > 0 {
		// A story's claim: each source's evidence, and the reports that
		// differ, share the section.
		ev = render.Sourced(c.Source, ev)
		each := budget / (1 + len(c.AlsoIn) + 2*len(c.Conflicts))
		lines := []string{quote(escTrunc(ev, each))}
		for _, r := range c.AlsoIn {
			if r.Evidence != "" {
				lines = append(lines, quote(escTrunc(render.Sourced(r.Source, r.Evidence), each)))
			}
		}
		for _, r := range c.Conflicts {
			lines = append(lines, "≠ _"+escTrunc(oneLine(w.ReportedLine(r)), each)+"_")
			if r.Evidence != "" {
				lines = append(lines, quote(escTrunc(r.Evidence, each)))
			}
		}
		return head + "\n" + strings.Join(lines, "\n")
	}
	for {
		q := quote(escTrunc(ev, budget))
		if textLen(head)+1+textLen(q) <= maxSectionText-400 || budget < 50 {
			return head + "\n" + q
		}
		budget -= 100
	}
}

// answerBlocks renders an answer: the bot's text, then each quote with its
// speaker and sentence number.
func answerBlocks(w render.Words, a *bot.Answer) []slack.Block {
	blocks := textSections("", a.Text)
	for _, q := range a.Quotes {
		cite := "— " + escTrunc(oneLine(w.QuoteSource(q)), 300)
		body := quote(escTrunc(strings.TrimSpace(q.Text), maxSectionText-400-textLen(cite)))
		blocks = append(blocks, section(body+"\n"+cite))
	}
	return blocks
}

// listSections puts head and items into as few sections as fit, one item
// never split (each is already short enough for a section).
func listSections(head string, items []string) []slack.Block {
	var blocks []slack.Block
	cur := head
	for _, it := range items {
		if cur != "" && textLen(cur)+1+textLen(it) > maxSectionText {
			blocks = append(blocks, section(cur))
			cur = ""
		}
		if cur != "" {
			cur += "\n"
		}
		cur += it
	}
	if cur != "" {
		blocks = append(blocks, section(cur))
	}
	return blocks
}

// textSections renders plain text as sections, split where it is too long
// for one, the first prefixed with prefix (mrkdwn, not escaped).
func textSections(prefix, s string) []slack.Block {
	s = strings.TrimSpace(s)
	if s == "" && prefix == "" {
		return nil
	}
	var blocks []slack.Block
	for i, chunk := range splitText(s, maxSectionText-textLen(prefix)) {
		t := esc(chunk)
		if i == 0 {
			t = prefix + t
		}
		blocks = append(blocks, section(t))
	}
	if len(blocks) == 0 {
		blocks = append(blocks, section(strings.TrimSpace(prefix)))
	}
	return blocks
}

// section is a mrkdwn section; its text is already escaped. verbatim keeps
// Slack from turning bare names and URLs into links or mentions.
func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil)
}

func contextBlock(text string) *slack.ContextBlock {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, text, false, true))
}

// sourceLine renders "Site · Byline · 2013-02-20 · <url|host>", escaped.
func sourceLine(s bot.Source) string {
	var parts []string
	for _, p := range []string{s.Site, s.Byline, s.Published} {
		if p = oneLine(strings.TrimSpace(p)); p != "" {
			parts = append(parts, escTrunc(p, 300))
		}
	}
	if link := linkTo(s.URL); link != "" {
		parts = append(parts, link)
	}
	return strings.Join(parts, " · ")
}

// linkTo renders an http(s) URL as a Slack link labelled with its host, or
// "" for anything else. The URL is encoded so that it cannot end the link
// early or add a label.
func linkTo(raw string) string {
	s := slackURL(raw)
	if s == "" {
		return ""
	}
	u, _ := url.Parse(strings.TrimSpace(raw))
	return "<" + s + "|" + esc(u.Hostname()) + ">"
}

// slackURL returns raw escaped for the URL part of a mrkdwn link, or ""
// unless it is an http(s) URL of at most 1,000 characters.
func slackURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(raw) > 1000 {
		return ""
	}
	return strings.NewReplacer("|", "%7C", "<", "%3C", ">", "%3E", " ", "%20", "\n", "", "\r", "", "&", "&amp;").Replace(u.String())
}

// quote turns escaped text into a mrkdwn block quote, one '>' per line.
func quote(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, ">"+l)
		}
	}
	return strings.Join(out, "\n")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// esc escapes the three characters Slack gives meaning to, so that text
// from an article or a model cannot make <!channel>, <@U…> or links, and
// shows the characters that could hide or reorder it (render.Visible).
func esc(s string) string { return escaper.Replace(render.Visible(strings.ToValidUTF8(s, "\uFFFD"))) }

// textLen counts characters as Slack does (UTF-16 code units, which is
// never less than the count of code points).
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// escLen is the length of esc(s).
func escLen(r rune) int {
	switch r {
	case '&':
		return 5
	case '<', '>':
		return 4
	}
	if l := utf16.RuneLen(r); l > 0 {
		return l
	}
	return 1
}

// escTrunc escapes s (as esc) and cuts it, at a word when it can, so
// that the result is at most limit characters, "…" marking the cut.
func escTrunc(s string, limit int) string {
	s = render.Visible(strings.ToValidUTF8(s, "\uFFFD"))
	total := 0
	for _, r := range s {
		total += escLen(r)
	}
	if total <= limit {
		return esc(s)
	}
	if limit <= 1 {
		return ""
	}
	cut := prefixFor(s, limit-1)
	if i := strings.LastIndexAny(cut, " \n"); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return esc(strings.TrimRight(cut, " \n")) + "…"
}

// prefixFor returns the longest prefix of s whose escaped length is at most
// limit.
func prefixFor(s string, limit int) string {
	n := 0
	for i, r := range s {
		l := escLen(r)
		if n+l > limit {
			return s[:i]
		}
		n += l
	}
	return s
}

// splitText splits s into pieces whose escaped length is at most limit,
// preferring paragraph, line, sentence and word boundaries.
func splitText(s string, limit int) []string {
	var out []string
	for s != "" {
		p := prefixFor(s, limit)
		if len(p) == len(s) {
			out = append(out, s)
			break
		}
		cut := len(p)
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(p, sep); i > len(p)/2 {
				cut = i + len(sep)
				break
			}
		}
		if cut == 0 { // limit smaller than one character
			_, w := utf8.DecodeRuneInString(s)
			cut = w
		}
		if piece := strings.TrimSpace(s[:cut]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimLeft(s[cut:], " \n")
	}
	return out
}
