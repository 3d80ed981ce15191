package digest

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// MaxSummaryRunes bounds an item's one-line summary.
const MaxSummaryRunes = 220

// MaxParties bounds the party names shown for an item.
const MaxParties = 6

// abbreviations end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "adm": true,
	"jr": true, "sr": true, "inc": true, "ltd": true, "corp": true, "co": true, "no": true, "vs": true,
	"etc": true, "approx": true, "est": true, "dept": true, "univ": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "pres": true, "rev": true,
}

// FirstSentence returns the first sentence of text, on one line, trimmed to
// at most max runes. A briefing's summary is already in the bot's neutral
// voice, so its first sentence is the item's one-line summary.
func FirstSentence(text string, max int) string {
	s := strings.Join(strings.Fields(text), " ")
	if end := sentenceEnd(s); end > 0 {
		s = s[:end]
	}
	return truncateRunes(s, max)
}

// sentenceEnd returns the byte offset just after the first sentence's final
// punctuation (and closing quotes or brackets), or 0 when text is one
// sentence.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(`"')]”’»`, r) {
				break
			}
			j += size
		}
		if j >= len(s) {
			return 0
		}
		if s[j] != ' ' {
			continue // "3.5", "U.S.A.", "example.com"
		}
		next, _ := utf8.DecodeRuneInString(s[j+1:])
		if unicode.IsLower(next) {
			continue // "approx. five"
		}
		if c == '.' && isAbbreviation(lastWord(s[:i])) {
			continue
		}
		return j
	}
	return 0
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " (\"“"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// isAbbreviation reports whether w (without its final dot) is an initial,
// a dotted abbreviation (U.S, e.g) or a known abbreviation.
func isAbbreviation(w string) bool {
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// itemFrom makes a digest item from a briefed article.
func itemFrom(n int, a *bot.Article, b *bot.Briefing) bot.DigestItem {
	it := bot.DigestItem{N: n}
	it.Title = firstNonEmpty(b.Title, a.Title)
	if it.Title == "" {
		it.Title = "Untitled article"
	}
	it.Title = oneLine(it.Title, 200)
	it.URL = firstNonEmpty(b.Source.URL, a.URL)
	it.Site = oneLine(firstNonEmpty(b.Source.Site, a.Site, hostOf(it.URL)), 80)
	it.Published = oneLine(firstNonEmpty(b.Source.Published, a.Published), 40)
	it.Summary = FirstSentence(b.Summary, MaxSummaryRunes)
	for i, p := range b.Parties {
		if i == MaxParties {
			it.Parties = append(it.Parties, "others")
			break
		}
		if name := oneLine(p.Name, 80); name != "" {
			it.Parties = append(it.Parties, name)
		}
	}
	return it
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// hostOf returns a link's host without "www.".
func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
