// Package render writes briefings and answers as terminal text, Markdown or
// JSON. Chat adapters with richer formats (Slack Block Kit, Matrix HTML)
// have their own renderers; these are for the command line and the
// terminal chat, and a plain-text fallback for any platform.
//
// Every renderer, here and in the adapters, takes the bot's own words
// (headings, labels, footers) from Words, in the configured language or
// the language of what it shows; shows article and model text through
// Visible, so that bidirectional controls and zero-width characters
// cannot disguise it; and keeps a request within MessagesPerRequest
// messages, a longer briefing being shortened (Shorten) with the whole of
// it attached as a Markdown file (File).
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// Formats accepted by Briefing.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatJSON     = "json"
)

// Briefing writes b to out in the named format; text and Markdown show
// the bot's own words from w.
func Briefing(out io.Writer, format string, w Words, b *bot.Briefing) error {
	switch format {
	case FormatText, "":
		_, err := io.WriteString(out, Text(w, b, 80))
		return err
	case FormatMarkdown, "md":
		_, err := io.WriteString(out, Markdown(w, b))
		return err
	case FormatJSON:
		return JSON(out, b)
	}
	return fmt.Errorf("render briefing: unknown format %q (want text, markdown or json)", format)
}

// JSON writes b as indented JSON, the briefing contract. Empty lists are
// written as [] rather than null.
func JSON(w io.Writer, b *bot.Briefing) error {
	cp := *b
	cp.Parties = append(make([]bot.Party, 0, len(b.Parties)), b.Parties...)
	for i := range cp.Parties {
		if cp.Parties[i].Aliases == nil {
			cp.Parties[i].Aliases = []string{}
		}
		if cp.Parties[i].Claims == nil {
			cp.Parties[i].Claims = []bot.Claim{}
		}
	}
	if cp.Facts == nil {
		cp.Facts = []bot.Fact{}
	}
	if cp.Notes == nil {
		cp.Notes = []string{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&cp); err != nil {
		return fmt.Errorf("render briefing json: %w", err)
	}
	return nil
}

// SourceLine returns "Site · Byline · 2013-02-20 · URL" with the parts that
// are known.
func SourceLine(s bot.Source) string {
	var parts []string
	for _, p := range []string{s.Site, s.Byline, s.Published, s.URL} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// Text renders b for a terminal, wrapped at width columns. Article text
// is shown through Visible.
func Text(w Words, b *bot.Briefing, width int) string {
	var sb strings.Builder
	title := Visible(w.Title(b))
	sb.WriteString(title + "\n")
	if src := SourceLine(b.Source); src != "" {
		sb.WriteString(Visible(src) + "\n")
	}
	sb.WriteString(strings.Repeat("─", min(width, max(utf8.RuneCountInString(title), 20))) + "\n\n")
	if b.Summary != "" {
		sb.WriteString(wrap(b.Summary, width, "", ""))
		sb.WriteString("\n")
	}
	if len(b.Sources) > 0 {
		sb.WriteString(w.Label("story.sources") + "\n")
		for _, s := range b.Sources {
			sb.WriteString(wrap(SourceItem(s), width, "  • ", "    "))
		}
		sb.WriteString("\n")
	}
	if len(b.Parties) == 0 {
		sb.WriteString(w.Label("no_claims") + "\n\n")
	}
	for _, p := range b.Parties {
		sb.WriteString(Visible(p.Name) + "\n")
		if al := OtherAliases(p); len(al) > 0 {
			sb.WriteString(wrap(w.Label("also", "{list}", strings.Join(al, ", ")), width, "  ", "  "))
		}
		for _, c := range p.Claims {
			sb.WriteString(wrap(c.Claim, width, "  • ", "    "))
			sb.WriteString(wrap(w.ClaimMeta(c, " · "), width, "    ", "    "))
			sb.WriteString(wrap(sourced(c.Source, c.Evidence, len(c.AlsoIn) > 0), width, "    > ", "    > "))
			for _, r := range c.AlsoIn {
				if r.Evidence != "" {
					sb.WriteString(wrap(sourced(r.Source, r.Evidence, true), width, "    > ", "    > "))
				}
			}
			for _, r := range c.Conflicts {
				sb.WriteString(wrap(w.ReportedLine(r), width, "    ≠ ", "      "))
				if r.Evidence != "" {
					sb.WriteString(wrap(r.Evidence, width, "      > ", "      > "))
				}
			}
		}
		sb.WriteString("\n")
	}
	if len(b.Facts) > 0 {
		sb.WriteString(w.Label("unattributed") + "\n")
		for _, f := range b.Facts {
			sb.WriteString(wrap(sourced(f.Source, f.Text, true), width, "  • ", "    "))
		}
		sb.WriteString("\n")
	}
	if len(b.Coverage) > 0 {
		sb.WriteString(w.Label("story.coverage") + "\n")
		for _, c := range b.Coverage {
			sb.WriteString(wrap(w.CoverageLine(c), width, "  • ", "    "))
		}
		sb.WriteString("\n")
	}
	if len(b.Notes) > 0 {
		sb.WriteString(w.Label("notes") + "\n")
		for _, n := range b.Notes {
			sb.WriteString(wrap(n, width, "  • ", "    "))
		}
		sb.WriteString("\n")
	}
	sb.WriteString(w.Footer(b) + "\n")
	return sb.String()
}

// OtherAliases returns the party's non-empty aliases that differ from its
// name.
func OtherAliases(p bot.Party) []string {
	var out []string
	for _, a := range p.Aliases {
		if a = strings.TrimSpace(a); a != "" && !strings.EqualFold(a, p.Name) {
			out = append(out, a)
		}
	}
	return out
}

// Markdown renders b as CommonMark.
func Markdown(w Words, b *bot.Briefing) string {
	var sb strings.Builder
	sb.WriteString("# " + EscapeMarkdown(w.Title(b)) + "\n\n")
	if src := SourceLine(b.Source); src != "" {
		sb.WriteString("*" + EscapeMarkdown(src) + "*\n\n")
	}
	if b.Summary != "" {
		sb.WriteString(EscapeMarkdown(b.Summary) + "\n\n")
	}
	if len(b.Sources) > 0 {
		sb.WriteString("## " + EscapeMarkdown(w.Label("story.sources")) + "\n\n")
		for _, s := range b.Sources {
			sb.WriteString("- " + EscapeMarkdown(SourceItem(s)) + "\n")
		}
		sb.WriteString("\n")
	}
	for _, p := range b.Parties {
		sb.WriteString("## " + EscapeMarkdown(p.Name) + "\n\n")
		if al := OtherAliases(p); len(al) > 0 {
			sb.WriteString("*" + EscapeMarkdown(w.Label("also_named", "{list}", strings.Join(al, ", "))) + "*\n\n")
		}
		for _, c := range p.Claims {
			sb.WriteString("- **" + EscapeMarkdown(c.Claim) + "**")
			sb.WriteString(" (" + EscapeMarkdown(w.ClaimMeta(c, ", ")) + ")\n")
			sb.WriteString("  > " + EscapeMarkdown(sourced(c.Source, c.Evidence, len(c.AlsoIn) > 0)) + "\n")
			for _, r := range c.AlsoIn {
				if r.Evidence != "" {
					sb.WriteString("  >\n  > " + EscapeMarkdown(sourced(r.Source, r.Evidence, true)) + "\n")
				}
			}
			for _, r := range c.Conflicts {
				sb.WriteString("\n  *" + EscapeMarkdown(w.ReportedLine(r)) + "*\n")
				if r.Evidence != "" {
					sb.WriteString("  > " + EscapeMarkdown(r.Evidence) + "\n")
				}
			}
		}
		sb.WriteString("\n")
	}
	if len(b.Facts) > 0 {
		sb.WriteString("## " + EscapeMarkdown(w.Label("unattributed")) + "\n\n")
		for _, f := range b.Facts {
			sb.WriteString("- " + EscapeMarkdown(sourced(f.Source, f.Text, true)) + "\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Coverage) > 0 {
		sb.WriteString("## " + EscapeMarkdown(w.Label("story.coverage")) + "\n\n")
		for _, c := range b.Coverage {
			sb.WriteString("- " + EscapeMarkdown(w.CoverageLine(c)) + "\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Notes) > 0 {
		sb.WriteString("## " + EscapeMarkdown(w.Label("notes")) + "\n\n")
		for _, n := range b.Notes {
			sb.WriteString("- " + EscapeMarkdown(n) + "\n")
		}
		sb.WriteString("\n")
	}
	sb.WriteString("---\n*" + EscapeMarkdown(w.Footer(b)) + "*\n")
	return sb.String()
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
)

// EscapeMarkdown escapes text so that article-derived words cannot add
// Markdown formatting, links or HTML, and shows the characters that could
// hide or reorder them (Visible).
func EscapeMarkdown(s string) string { return mdEscaper.Replace(Visible(s)) }

// Answer renders an answer for a terminal: the bot's text, then each quote.
func Answer(w Words, a *bot.Answer, width int) string {
	var sb strings.Builder
	sb.WriteString(wrap(a.Text, width, "", ""))
	for _, q := range a.Quotes {
		sb.WriteString(wrap(q.Text, width, "  > ", "  > "))
		sb.WriteString(wrap("("+w.QuoteSource(q)+")", width, "    ", "    "))
	}
	return sb.String()
}

// wrap word-wraps s to width, prefixing the first line with first and the
// others with rest, and ends with a newline. The text of s is shown
// through Visible.
func wrap(s string, width int, first, rest string) string {
	words := strings.Fields(Visible(s))
	if len(words) == 0 {
		return first + "\n"
	}
	var sb strings.Builder
	line := first
	lineLen := utf8.RuneCountInString(first)
	empty := true
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if !empty && lineLen+1+wl > width {
			sb.WriteString(line + "\n")
			line, lineLen, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			lineLen++
		}
		line += w
		lineLen += wl
		empty = false
	}
	sb.WriteString(line + "\n")
	return sb.String()
}
