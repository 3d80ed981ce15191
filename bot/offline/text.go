package offline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/doc"
)

// Token kinds.
const (
	tWord = iota
	tPunct
	tQOpen  // an opening quotation mark
	tQClose // a closing quotation mark
)

// token is a word or mark of the article with its byte span.
type token struct {
	s          string // surface form
	l          string // lower case, diacritics folded, possessive kept
	start, end int
	kind       uint8
	cap        bool  // starts with an upper-case letter
	poss       bool  // ends in a possessive "'s" or "s'"
	q          int32 // outermost quotation holding the token, or -1
}

// base returns the lower-cased word without its possessive ending.
func (t *token) base() string { return stripPoss(t.l) }

// stripPoss removes a possessive ending ("China's" → "China").
func stripPoss(s string) string {
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			if suf[0] == 's' {
				return s[:len(s)-len(suf)+1]
			}
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// quote is one quotation: the span between its marks, which may run over
// several sentences and paragraphs.
type quote struct {
	start, end int // byte span of the quoted words (inside the marks)
	open       int // offset of the opening mark
	close      int // offset of the closing mark, or -1 when unclosed
	level      int // 1 for outermost quotations
	single     bool
}

// Quotation-mark kinds found by scanQuotes.
const (
	markApos = iota
	markOpen
	markClose
	markCont // an opening mark that continues a quotation into a paragraph
)

// scanQuotes finds the quotations of the text, paragraph by paragraph.
// Double quotation marks are paired by direction (typographic marks) or by
// context (ASCII marks: an opener follows space and precedes a word), may
// nest, and may run over paragraphs when the next paragraph opens with a
// quotation mark (the convention for multi-paragraph quotations). Single
// marks are quotations only when they pair up within a paragraph;
// otherwise they are apostrophes. It returns the quotations in order of
// their opening marks and the kind of every mark, by offset.
func scanQuotes(d *doc.Doc) ([]quote, map[int]int) {
	text := d.Text
	marks := map[int]int{}
	var qs []quote
	var stack []int // indexes into qs of open double quotations
	for pi, p := range d.Paragraphs {
		single := -1 // index into qs of an open single quotation
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:p.End])
			prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
			if i == p.Start {
				prev = ' '
			}
			if i+n >= p.End {
				next = ' '
			}
			switch r {
			case '"', '“', '”', '„', '«', '»':
				openLike := isSpaceOrOpen(prev) && !unicode.IsSpace(next) && next != ','
				closeLike := !unicode.IsSpace(prev) && !isOpenBracket(prev) && (isSpaceOrPunct(next))
				isOpen := false
				switch {
				case r == '“' || r == '„' || r == '«':
					isOpen = true
				case r == '”' || r == '»':
					isOpen = false
				case len(stack) == 0:
					isOpen = !closeLike || openLike
				default:
					isOpen = openLike && !closeLike
				}
				if i == p.Start && len(stack) > 0 && isOpen {
					marks[i] = markCont
					break
				}
				if isOpen {
					if len(stack) >= 3 {
						marks[i] = markApos
						break
					}
					marks[i] = markOpen
					qs = append(qs, quote{start: i + n, end: -1, open: i, close: -1, level: len(stack) + 1})
					stack = append(stack, len(qs)-1)
				} else if len(stack) > 0 {
					top := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					qs[top].end, qs[top].close = i, i
					marks[i] = markClose
				} else {
					marks[i] = markApos // a stray closing mark
				}
			case '\'', '‘', '’', '`':
				switch {
				case isWordRune(prev) && isWordRune(next):
					marks[i] = markApos
				case single < 0 && isSpaceOrOpen(prev) && isWordRune(next) && r != '’':
					qs = append(qs, quote{start: i + n, end: -1, open: i, close: -1, level: len(stack) + 1, single: true})
					single = len(qs) - 1
					marks[i] = markOpen
				case single >= 0 && !unicode.IsSpace(prev) && isSpaceOrPunct(next) && r != '‘':
					qs[single].end, qs[single].close = i, i
					marks[i] = markClose
					single = -1
				default:
					marks[i] = markApos
				}
			}
			i += n
		}
		if single >= 0 {
			// An unpaired single mark is an apostrophe.
			marks[qs[single].open] = markApos
			qs = append(qs[:single], qs[single+1:]...)
			for k := range stack {
				if stack[k] > single {
					stack[k]--
				}
			}
		}
		if len(stack) > 0 {
			// A quotation open at the end of a paragraph continues only if
			// the next paragraph opens with a quotation mark.
			cont := false
			if pi+1 < len(d.Paragraphs) {
				r, _ := utf8.DecodeRuneInString(text[d.Paragraphs[pi+1].Start:])
				cont = r == '"' || r == '“' || r == '«' || r == '„'
			}
			if !cont {
				for _, k := range stack {
					qs[k].end = p.End
				}
				stack = stack[:0]
			}
		}
	}
	for _, k := range stack {
		qs[k].end = len(text)
	}
	// Keep quotations ordered by their opening mark (removal of single
	// marks preserves order).
	return qs, marks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isOpenBracket(r rune) bool { return strings.ContainsRune("([{—–-/", r) }

func isSpaceOrOpen(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:\"“'‘", r)
}

func isSpaceOrPunct(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '[' && r != '(') || unicode.IsSymbol(r)
}

// tokenize splits the text into tokens, using the quotation marks found by
// scanQuotes, and marks each token with the outermost quotation holding it.
func tokenize(text string, qs []quote, marks map[int]int) []token {
	toks := make([]token, 0, len(text)/5+8)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || r == '#' || r == '@':
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				// Internal punctuation joins when a word character follows.
				if strings.ContainsRune(".-'’&/", r2) && j+n2 < len(text) {
					if k, ok := marks[j]; ok && k != markApos {
						break
					}
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// A period closes abbreviations and initials.
			if j < len(text) && text[j] == '.' {
				w := text[i:j]
				if strings.Contains(w, ".") || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) || abbrevTitle[strings.ToLower(w)] {
					j++
				}
			}
			// A possessive apostrophe after a plural ("Workers'").
			if j < len(text) && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && text[j-1] == 's' {
				if k, ok := marks[j]; ok && k == markApos {
					if text[j] == '\'' {
						j++
					} else {
						j += len("’")
					}
				}
			}
			w := text[i:j]
			t := token{s: w, l: fold(w), start: i, end: j, kind: tWord, cap: unicode.IsUpper(r), q: -1}
			b := stripPoss(t.l)
			t.poss = b != t.l
			toks = append(toks, t)
			i = j
		default:
			kind := uint8(tPunct)
			if k, ok := marks[i]; ok {
				switch k {
				case markOpen, markCont:
					kind = tQOpen
				case markClose:
					kind = tQClose
				}
			}
			// Collapse runs like "..." into one token.
			j := i + n
			if r == '.' {
				for j < len(text) && text[j] == '.' {
					j++
				}
			}
			toks = append(toks, token{s: text[i:j], l: text[i:j], start: i, end: j, kind: kind, q: -1})
			i = j
		}
	}
	decapitalise(toks, text)
	// Mark tokens inside outermost quotations (the marks included).
	qi := 0
	for ti := range toks {
		for qi < len(qs) && (qs[qi].level != 1 || quoteEnd(text, qs[qi]) <= toks[ti].start) {
			qi++
		}
		if qi < len(qs) && toks[ti].start >= qs[qi].open {
			toks[ti].q = int32(qi)
		}
	}
	return toks
}

// decapitalise marks as lower case a capitalised word that opens a
// sentence or a paragraph ("Hospital officials in Omsk said") when the
// text also uses it in lower case and the next word is not capitalised,
// so that common nouns are not taken for names.
func decapitalise(toks []token, text string) {
	lower := map[string]bool{}
	for i := range toks {
		if toks[i].kind == tWord && !toks[i].cap {
			lower[toks[i].l] = true
		}
	}
	prevEnd := true // the previous token ended a sentence
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			if t.kind == tPunct && (t.s == "." || t.s == "!" || t.s == "?" || t.s == "...") {
				prevEnd = true
			}
			continue
		}
		if i == 0 || prevEnd || strings.Contains(text[toks[i-1].end:t.start], "\n") {
			if t.cap && lower[stripPoss(t.l)] && !(i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap) {
				t.cap = false
			}
		}
		prevEnd = false
	}
}

// quoteEnd returns the offset just past a quotation's closing mark, or
// the end of its span when it is unclosed.
func quoteEnd(text string, q quote) int {
	if q.close < 0 {
		return q.end
	}
	_, n := utf8.DecodeRuneInString(text[q.close:])
	return q.close + n
}

// abbrevTitle are words whose following period belongs to the word.
var abbrevTitle = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "no": true, "vs": true, "adm": true, "maj": true,
}

// foldMap folds common Latin letters with diacritics to ASCII.
var foldMap = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ī': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s",
	'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae", 'œ': "oe", '’': "'", '‘': "'",
}

// fold lower-cases s and folds diacritics and typographic apostrophes.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		if r == utf8.RuneError {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
