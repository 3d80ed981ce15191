package render

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// DigestSource is "Site · 2026-11-28", with the parts that are known; for
// an entry of several articles on one story, "3 outlets: A, B, C ·
// 2026-11-28". Every digest renderer shows it.
func (w Words) DigestSource(it bot.DigestItem) string {
	site := it.Site
	if len(it.Outlets) > 1 {
		site = w.Count("digest.outlets", len(it.Outlets), "{list}", strings.Join(it.Outlets, ", "))
	}
	var parts []string
	for _, p := range []string{site, it.Published} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// digestHint tells how to get an item's full briefing.
func digestHint(w Words, d *bot.Digest) string {
	if len(d.Items) == 0 {
		return ""
	}
	n := strconv.Itoa(d.Items[0].N)
	return w.Label("digest.more", "{more}", `"more `+n+`"`, "{n}", n)
}

// digestTitle is the digest's title on one line, or the word for a
// digest.
func digestTitle(w Words, d *bot.Digest) string {
	if t := oneLineText(d.Title); t != "" {
		return t
	}
	return w.Label("digest")
}

// DigestText renders a digest as plain text wrapped at width columns: the
// title, then for each item its number and title, its source (site ·
// date), its one-line neutral summary and the parties involved; then the
// digest's notes (feed problems).
func DigestText(w Words, d *bot.Digest, width int) string {
	var sb strings.Builder
	title := Visible(digestTitle(w, d))
	sb.WriteString(title + "\n")
	sb.WriteString(strings.Repeat("─", min(width, max(len([]rune(title)), 20))) + "\n")
	if len(d.Items) == 0 {
		sb.WriteString(w.Label("digest.none") + "\n")
	}
	for _, it := range d.Items {
		num := fmt.Sprintf("%d. ", it.N)
		indent := strings.Repeat(" ", len(num))
		sb.WriteString(wrap(oneLineText(it.Title), width, num, indent))
		if src := w.DigestSource(it); src != "" {
			sb.WriteString(wrap(oneLineText(src), width, indent, indent))
		}
		if it.Summary != "" {
			sb.WriteString(wrap(oneLineText(it.Summary), width, indent, indent))
		}
		if len(it.Parties) > 0 {
			sb.WriteString(wrap(w.Label("digest.parties", "{list}", oneLineText(strings.Join(it.Parties, ", "))), width, indent, indent))
		}
	}
	if len(d.Errors) > 0 {
		sb.WriteString("\n" + w.Label("notes") + "\n")
		for _, e := range d.Errors {
			sb.WriteString(wrap(oneLineText(e), width, "  • ", "    "))
		}
	}
	if h := digestHint(w, d); h != "" {
		sb.WriteString("\n" + wrap(h, width, "", ""))
	}
	return sb.String()
}

// DigestMarkdown renders a digest as CommonMark: a numbered list whose
// titles link to the articles (http and https links only), with article
// text escaped so that it cannot add formatting, links or HTML.
func DigestMarkdown(w Words, d *bot.Digest) string {
	var sb strings.Builder
	sb.WriteString("## " + EscapeMarkdown(digestTitle(w, d)) + "\n\n")
	if len(d.Items) == 0 {
		sb.WriteString(EscapeMarkdown(w.Label("digest.none")) + "\n\n")
	}
	for _, it := range d.Items {
		t := "**" + EscapeMarkdown(oneLineText(it.Title)) + "**"
		if u := safeLink(it.URL); u != "" {
			t = "[" + t + "](" + u + ")"
		}
		fmt.Fprintf(&sb, "%d. %s", it.N, t)
		if src := w.DigestSource(it); src != "" {
			sb.WriteString(" — *" + EscapeMarkdown(oneLineText(src)) + "*")
		}
		sb.WriteString("\n")
		if it.Summary != "" {
			sb.WriteString("   - " + EscapeMarkdown(oneLineText(it.Summary)) + "\n")
		}
		if len(it.Parties) > 0 {
			sb.WriteString("   - *" + EscapeMarkdown(w.Label("digest.parties", "{list}", oneLineText(strings.Join(it.Parties, ", ")))) + "*\n")
		}
	}
	if len(d.Errors) > 0 {
		sb.WriteString("\n**" + EscapeMarkdown(w.Label("notes")) + "**\n\n")
		for _, e := range d.Errors {
			sb.WriteString("- " + EscapeMarkdown(oneLineText(e)) + "\n")
		}
	}
	if h := digestHint(w, d); h != "" {
		sb.WriteString("\n*" + EscapeMarkdown(h) + "*\n")
	}
	return sb.String()
}

// oneLineText collapses white space, so that an article's text cannot
// break the digest's layout.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// safeLink returns an http(s) link fit for a Markdown link destination, or
// "".
func safeLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	s := u.String()
	// url.URL.String escapes spaces; parentheses and angle brackets would
	// end or break the destination.
	return strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", " ", "%20").Replace(s)
}
