package render

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Visible returns s with the characters that can make displayed text
// deceive its reader shown as visible marks such as ⟨U+202E⟩:
//
//   - bidirectional controls (U+202A–U+202E embeddings and overrides,
//     U+2066–U+2069 isolates, U+061C the Arabic letter mark), which can
//     reorder what a quote seems to say;
//   - zero-width and invisible characters (U+200B–U+200F, U+2060, U+FEFF),
//     which can hide text inside a word or a quote;
//   - control characters other than tab, line feed and carriage return
//     (C0, DEL, C1), which a terminal may act on.
//
// A zero-width non-joiner or joiner (U+200C, U+200D) between two
// non-ASCII letters, marks or symbols is kept: that is how Persian, the
// Indic scripts and emoji sequences (👩‍🚀) are written, and it cannot
// reorder or hide anything. Every renderer applies Visible to text that
// comes from an article or a model (evidence, quotes, claims, names,
// titles, summaries, facts, notes, answers, digest items) before it
// escapes or cuts it. It is for display only: grounding (bot/ground)
// checks the original text, and the JSON output keeps it unchanged.
func Visible(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return suspect(r) || r == utf8.RuneError })
	if i < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 16)
	sb.WriteString(s[:i])
	prev := lastRune(s[:i])
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == utf8.RuneError && n <= 1:
			sb.WriteRune(utf8.RuneError) // invalid UTF-8 is shown as the replacement character
		case suspect(r) && !(joiner(r) && joins(prev) && joins(firstRune(s[j+n:]))):
			fmt.Fprintf(&sb, "⟨U+%04X⟩", r)
		default:
			sb.WriteString(s[j : j+n])
		}
		prev = r
		j += n
	}
	return sb.String()
}

// suspect reports whether r is shown as a mark by Visible.
func suspect(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f): // C0, DEL, C1
		return true
	case r == 0x061c, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r == 0x2060, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		return true
	}
	return false
}

// joiner reports whether r is the zero-width non-joiner or joiner.
func joiner(r rune) bool { return r == 0x200c || r == 0x200d }

// joins reports whether r is a character a joiner legitimately stands
// next to: a non-ASCII letter, mark or symbol (variation selectors are
// marks).
func joins(r rune) bool {
	return r > unicode.MaxASCII && r != utf8.RuneError &&
		(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsSymbol(r))
}

func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
