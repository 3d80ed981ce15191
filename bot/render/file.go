package render

import (
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// File is the whole briefing as a Markdown file, for a chat to attach when
// the briefing is too long for its messages: a file name made from the
// title ("briefing-china-rejects-us-report.md"), the file's title
// ("Full briefing: …") and its content (Markdown).
func File(w Words, b *bot.Briefing) (name, title string, content []byte) {
	return fileName(b.Title), w.Label("file.title", "{title}", oneLineText(Visible(w.Title(b)))), []byte(Markdown(w, b))
}

// maxSlug bounds the part of a file name taken from the title.
const maxSlug = 50

// fileName makes a portable file name from a title: its words of ASCII
// letters and digits, lower-cased and joined by hyphens, as many whole
// words as fit in maxSlug bytes.
func fileName(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	})
	slug := ""
	for _, w := range words {
		next := w
		if slug != "" {
			next = slug + "-" + w
		}
		if len(next) > maxSlug {
			if slug == "" {
				slug = w[:maxSlug]
			}
			break
		}
		slug = next
	}
	if slug == "" {
		return "briefing.md"
	}
	return "briefing-" + slug + ".md"
}
