package bot

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article is the readable text of a news article with what is known of its
// origin. Text holds paragraphs separated by a blank line ("\n\n").
//
// Articles are stored as JSON (threads, digest items): the names are
// fixed by the tags, and rows written before the tags (with the Go field
// names) still decode, as encoding/json matches names without regard to
// case (TestPersistedFormats).
type Article struct {
	Title     string `json:"title"`
	Site      string `json:"site"`
	Byline    string `json:"byline"`
	URL       string `json:"url"`
	Published string `json:"published"` // ISO date (2006-01-02) when known, else as found
	Text      string `json:"text"`
}

// Hash returns a stable content hash of the article's text, used as the
// briefing cache key and to recognise the same article posted twice; ""
// for no article.
func (a *Article) Hash() string {
	if a == nil {
		return "" // a thread without an article
	}
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(a.Text), " ")))
	return hex.EncodeToString(sum[:])
}

// Source returns the article's origin in briefing form.
func (a *Article) Source() Source {
	return Source{URL: a.URL, Site: a.Site, Byline: a.Byline, Published: a.Published}
}

// Limits bounds what the bot accepts as an article.
type Limits struct {
	// MinWords is the fewest words an article may have; shorter text is a
	// paywall, a login page or a fragment.
	MinWords int
	// MaxWords is the most words an article may have.
	MaxWords int
}

// DefaultLimits are the limits used when none are configured.
var DefaultLimits = Limits{MinWords: 40, MaxWords: 100_000}

// MaxTextBytes is a hard cap on raw input, whatever the word limit: no real
// article needs more, and it bounds memory before any parsing.
const MaxTextBytes = 8 << 20

// NewArticle validates raw text and returns it as an article. It returns an
// *Error with code EInvalid for empty, binary, non-UTF-8 or too-short text
// and ETooLarge for text over the limits. Line endings are normalised to
// "\n", trailing spaces trimmed and runs of blank lines collapsed, so that
// paragraphs are separated by exactly one blank line.
func NewArticle(raw []byte, lim Limits) (*Article, error) {
	if lim.MaxWords <= 0 {
		lim.MaxWords = DefaultLimits.MaxWords
	}
	if len(raw) > MaxTextBytes {
		return nil, Errorf(ETooLarge, "That text is too large to brief (over %d MB). Paste a single article.", MaxTextBytes>>20)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, Errorf(EInvalid, "There is no text to brief: paste an article or a link.")
	}
	if looksBinary(raw) {
		return nil, Errorf(EInvalid, "That looks like a binary file, not an article: paste the article's text or a link to it.")
	}
	if !utf8.Valid(raw) {
		return nil, Errorf(EInvalid, "That text is not valid UTF-8: save it as UTF-8 or paste it directly.")
	}
	text := normaliseText(string(raw))
	words := CountWords(text)
	if words < lim.MinWords {
		return nil, Errorf(EInvalid, "That is too short to be an article (%d words, at least %d needed): it may be a paywall or login page. Paste the full text.", words, lim.MinWords)
	}
	if words > lim.MaxWords {
		return nil, Errorf(ETooLarge, "That article is too long to brief (%d words, the limit is %d).", words, lim.MaxWords)
	}
	return &Article{Text: text}, nil
}

// looksBinary reports whether b holds control bytes that never occur in text.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(b)/100+1
}

// normaliseText converts line endings, strips control characters and
// trailing spaces, and collapses blank-line runs to one blank line.
func normaliseText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0':
			return ' '
		case unicode.IsControl(r), r == '\ufeff':
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for _, ln := range lines {
		ln = strings.TrimRightFunc(ln, unicode.IsSpace)
		if strings.TrimSpace(ln) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(ln)
	}
	return b.String()
}

// CountWords counts the words of text: runs of letters and digits
// separated by spaces, and for Chinese and Japanese, which write no
// spaces, one word per two characters (a word there is one to three
// characters long).
func CountWords(text string) int {
	words, cjk := 0, 0
	for _, f := range strings.Fields(text) {
		n, other := 0, false
		for _, r := range f {
			switch {
			case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
				n++
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				other = true
			}
		}
		cjk += n
		if other || n == 0 {
			words++
		}
	}
	return words + (cjk+1)/2
}
