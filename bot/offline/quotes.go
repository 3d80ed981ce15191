package offline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/lang"
)

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
	markApos  = iota + 1
	markOpen  // opens a quotation
	markClose // closes one
	markCont  // an opening mark that continues a quotation into a paragraph
	markPair  // the second apostrophe of a '' mark
)

// scanQuotes finds the quotations of the text, paragraph by paragraph,
// with the lexicon's quotation marks. A typographic mark that only opens
// (« „ ‹) or only closes (» in French) is taken at its word; a mark that
// both opens one pair and closes another (German „…“ and English “…”)
// closes when the open quotation expects it and opens otherwise; marks
// that are the same on both sides (" and ') are oriented by the
// characters around them. Single marks are quotations only when they pair
// up within a paragraph, or when one left open at a paragraph's end goes
// on into paragraphs that each open with the mark, one of which closes
// it; otherwise they are apostrophes. A quotation open
// at a paragraph's end continues only when the next paragraph opens with
// a quotation mark. In languages with dialogue dashes, a paragraph that
// opens with a dash is direct speech up to the next dash.
//
// It returns the quotations in order of their opening marks and the kind
// of every mark, by byte offset.
func scanQuotes(d *doc.Doc, lx *lang.Lexicon) ([]quote, map[int]int) {
	text := d.Text
	marks := map[int]int{}
	var qs []quote
	type open struct {
		q      int  // index into qs
		closer rune // the mark that closes it
	}
	var stack []open
	carry := -1 // index into qs of a single quotation going on into the next paragraph
	var carryCloser rune
	for pi, p := range d.Paragraphs {
		single := -1 // index into qs of an open single quotation
		var singleCloser rune
		first := p.Start // where the paragraph's marks are scanned from
		if carry >= 0 {
			// The paragraph opens with the mark that goes on with the
			// single quotation open at the end of the one before.
			single, singleCloser = carry, carryCloser
			_, n := utf8.DecodeRuneInString(text[p.Start:p.End])
			marks[p.Start] = markCont
			first += n
			carry = -1
		}
		alternate := len(stack) == 0 && reversedGuillemets(text[p.Start:p.End], lx)
		if lx.Dialogue && len(stack) == 0 {
			if r, n := utf8.DecodeRuneInString(text[p.Start:p.End]); isDialogueDash(r) {
				dialogue(text, p, r, n, &qs, marks)
				continue
			}
		}
		for i := first; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:p.End])
			if alternate && (r == '«' || r == '»') {
				// Either mark closes an open guillemet quotation and opens
				// one otherwise.
				r = '«'
				if len(stack) > 0 && stack[len(stack)-1].closer == '»' {
					r = '»'
				}
			}
			prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
			if i == p.Start {
				prev = ' '
			}
			if i+n >= p.End {
				next = ' '
			}
			if r == '\'' && next == '\'' {
				// Two apostrophes stand for a double quotation mark
				// (''…'' in some newspapers' text).
				r, n = '"', 2
				next, _ = utf8.DecodeRuneInString(text[min(i+n, p.End):p.End])
				if i+n >= p.End {
					next = ' '
				}
				marks[i+1] = markPair
			}
			closer, opens := lx.Quotes[r]
			closes := lx.Closers[r]
			isSingle := r == '\'' || r == '‘' || r == '’' || r == '‚' || r == '‹' || r == '›'
			switch {
			case !opens && !closes:
			case isSingle && (r == '\'' || r == '’') && isWordRune(prev) && isWordRune(next):
				marks[i] = markApos // an apostrophe inside a word
			case isSingle:
				switch {
				case single >= 0 && r == singleCloser && !unicode.IsSpace(prev):
					qs[single].end, qs[single].close = i, i
					marks[i] = markClose
					single = -1
				case single < 0 && opens && (closer != r || isSpaceOrOpen(prev)) && isWordRune(next):
					qs = append(qs, quote{start: i + n, end: -1, open: i, close: -1, level: len(stack) + 1, single: true})
					single, singleCloser = len(qs)-1, closer
					marks[i] = markOpen
				default:
					marks[i] = markApos
				}
			default:
				top := rune(0)
				if len(stack) > 0 {
					top = stack[len(stack)-1].closer
				}
				isOpen := false
				switch {
				case top == r && (closer != r || !openLike(prev, next) || closeLike(prev, next)):
					isOpen = false
				case opens && closer != r && closer == top && closeLike(prev, next) && !openLike(prev, next):
					// "“It's unusual,“ said Noble": the opening mark typed
					// again after the words, where its closer belongs,
					// closes the quotation.
					r, isOpen = top, false
				case opens && closer != r:
					isOpen = true // a mark that only opens, or opens when nothing expects it to close
				case opens:
					// A symmetric mark (").
					isOpen = len(stack) == 0 && (!closeLike(prev, next) || openLike(prev, next)) ||
						len(stack) > 0 && openLike(prev, next) && !closeLike(prev, next)
				}
				if !isOpen && !opens && len(stack) == 0 && (i == p.Start || text[i-1] == '\n') && (isWordRune(next) || ellipsisOpens(text[i+n:p.End], r)) {
					// "”Mr. Reyes's speech confirms …” ― A. Reader" (or "” … the
					// train has left,” wrote X", after a space and an
					// ellipsis, the same mark closing it later): a
					// closing mark that opens a paragraph or a line,
					// before a word, with nothing open, is a mistyped
					// opening mark, which the same mark closes.
					marks[i] = markOpen
					qs = append(qs, quote{start: i + n, end: -1, open: i, close: -1, level: 1})
					stack = append(stack, open{q: len(qs) - 1, closer: r})
					break
				}
				if isOpen && i == p.Start && len(stack) > 0 {
					marks[i] = markCont
					break
				}
				switch {
				case isOpen && len(stack) >= 3:
					marks[i] = markApos
				case isOpen:
					marks[i] = markOpen
					qs = append(qs, quote{start: i + n, end: -1, open: i, close: -1, level: len(stack) + 1})
					stack = append(stack, open{q: len(qs) - 1, closer: closer})
				case len(stack) > 0:
					// Close the innermost quotation this mark can close.
					k := len(stack) - 1
					for k > 0 && stack[k].closer != r {
						k--
					}
					if stack[k].closer != r && !(r == '"' || lx.Closers[r]) {
						marks[i] = markApos
						break
					}
					for _, o := range stack[k:] {
						qs[o.q].end, qs[o.q].close = i, i
					}
					stack = stack[:k]
					marks[i] = markClose
				default:
					marks[i] = markApos // a stray closing mark
				}
			}
			i += n
		}
		if single >= 0 && len(stack) == 0 && singleGoesOn(d, pi+1, text[qs[single].open:], singleCloser) {
			// A quotation in single marks over several paragraphs: each
			// goes on opening with the mark, and the last one closes it
			// ("he added: 'I think …\n\n'But we all know …'").
			carry, carryCloser = single, singleCloser
			qs[single].end = p.End
			single = -1
		}
		if single >= 0 && qs[single].open >= p.Start {
			// An unpaired single mark is an apostrophe.
			marks[qs[single].open] = markApos
			qs = append(qs[:single], qs[single+1:]...)
			for k := range stack {
				if stack[k].q > single {
					stack[k].q--
				}
			}
		}
		if len(stack) > 0 {
			cont := false
			if pi+1 < len(d.Paragraphs) {
				r, _ := utf8.DecodeRuneInString(text[d.Paragraphs[pi+1].Start:])
				_, cont = lx.Quotes[r]
				// Or when the next paragraph's first quotation mark is
				// one that only closes, the open quotation's: « … \n\n
				// … », témoigne X.
				cont = cont || firstMarkCloses(text[d.Paragraphs[pi+1].Start:d.Paragraphs[pi+1].End], stack[len(stack)-1].closer, lx)
			}
			if !cont {
				for _, o := range stack {
					qs[o.q].end = p.End
				}
				stack = stack[:0]
			}
		}
	}
	for _, o := range stack {
		qs[o.q].end = len(text)
	}
	return qs, marks
}

// singleGoesOn reports whether paragraph pi and those after it go on with
// a quotation in single marks whose opening mark starts from: each opens
// with that mark before a word, and one of them has a mark that closes
// it, after a word and before a space or a stop.
func singleGoesOn(d *doc.Doc, pi int, from string, closer rune) bool {
	mark, _ := utf8.DecodeRuneInString(from)
	for ; pi < len(d.Paragraphs); pi++ {
		p := d.Text[d.Paragraphs[pi].Start:d.Paragraphs[pi].End]
		r, n := utf8.DecodeRuneInString(p)
		if r != mark || n >= len(p) {
			return false
		}
		if next, _ := utf8.DecodeRuneInString(p[n:]); !isWordRune(next) {
			return false
		}
		prev := r
		for i, c := range p[n:] {
			if c == closer && !unicode.IsSpace(prev) && isWordRune(prev) || c == closer && strings.ContainsRune(".!?,", prev) {
				next, _ := utf8.DecodeRuneInString(p[n+i+utf8.RuneLen(c):])
				if n+i+utf8.RuneLen(c) >= len(p) || isSpaceOrPunct(next) {
					return true
				}
			}
			prev = c
		}
	}
	return false
}

// firstMarkCloses reports whether the first double quotation mark of
// paragraph p is closer, a mark that only closes (French »), or a
// typographic mark that also opens written right after a word or a stop,
// where it closes (German „… \n\n … Schulen.“).
func firstMarkCloses(p string, closer rune, lx *lang.Lexicon) bool {
	prev := ' '
	for _, r := range p {
		if r == '\'' || r == '‘' || r == '’' || r == '‚' || r == '‹' || r == '›' {
			prev = r
			continue
		}
		_, opens := lx.Quotes[r]
		if !opens && !lx.Closers[r] {
			prev = r
			continue
		}
		return r == closer && (!opens || r != '"' && !unicode.IsSpace(prev))
	}
	return false
}

// dialogue marks a paragraph that opens with a dialogue dash: the words up
// to the next dash (or the paragraph's end) are a quotation; what follows
// that dash is the narrator's ("—No lo permitiremos —dijo el ministro—.")
// up to a dash after which the words are the speaker's again, to the next
// dash or the paragraph's end ("—dijo el ministro—. Todo se hizo …",
// "— disse o advogado. — A prisão …").
func dialogue(text string, p doc.Paragraph, dash rune, n int, qs *[]quote, marks map[int]int) {
	open, start := p.Start, p.Start+n
	for start < p.End {
		end := nextDash(text, start, p.End)
		marks[open] = markOpen
		q := quote{start: start, end: end, open: open, close: -1, level: 1}
		if end < p.End {
			marks[end] = markClose
			q.close = end
		}
		*qs = append(*qs, q)
		if end >= p.End {
			return
		}
		// The narrator's incise, then the speaker again after its dash.
		_, m := utf8.DecodeRuneInString(text[end:p.End])
		open = nextDash(text, end+m, p.End)
		if open >= p.End {
			return
		}
		_, m = utf8.DecodeRuneInString(text[open:p.End])
		start = open + m
		for start < p.End && strings.IndexByte(". ,", text[start]) >= 0 {
			start++
		}
	}
}

// nextDash returns the offset of the first dialogue dash in text from
// offset i to end, or end.
func nextDash(text string, i, end int) int {
	for i < end {
		r, m := utf8.DecodeRuneInString(text[i:end])
		if isDialogueDash(r) {
			return i
		}
		i += m
	}
	return end
}

func openLike(prev, next rune) bool {
	return isSpaceOrOpen(prev) && !unicode.IsSpace(next) && next != ','
}

func closeLike(prev, next rune) bool {
	return !unicode.IsSpace(prev) && !isOpenBracket(prev) && isSpaceOrPunct(next)
}

func isOpenBracket(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/':
		return true
	}
	return false
}

func isSpaceOrOpen(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '"', '“', '\'', '‘', '«', '„':
		return true
	}
	return false
}

func isSpaceOrPunct(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '[' && r != '(') || unicode.IsSymbol(r)
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

// reversedGuillemets reports whether paragraph p writes guillemets the
// wrong way round for a language whose quotations open with « (» … «, as
// some French-language sites do): its first guillemet is », and a « comes
// after it. Such paragraphs often mix the two ways (» … » and « … » as
// well), so scanQuotes reads their guillemets as alternating: each one
// closes the guillemet quotation open before it, or opens one.
func reversedGuillemets(p string, lx *lang.Lexicon) bool {
	if lx.Quotes['«'] != '»' {
		return false
	}
	if _, ok := lx.Quotes['»']; ok {
		return false // German: » … « is one of its pairs
	}
	i := strings.IndexAny(p, "«»")
	return i >= 0 && strings.HasPrefix(p[i:], "»") && strings.Contains(p[i:], "«")
}

// isDialogueDash reports whether r is a dash that opens or interrupts a
// dialogue's words ("—No lo permitiremos —dijo el ministro—.").
func isDialogueDash(r rune) bool { return r == '—' || r == '–' }

// ellipsisOpens reports whether rest, the paragraph after a closing mark
// r that opens it, goes on with a space and an ellipsis ("” … in the case
// of …,” wrote X") and holds the same mark again later: the words of a
// quotation cut at its start, its opening mark mistyped.
func ellipsisOpens(rest string, r rune) bool {
	t := strings.TrimLeft(rest, " \u00a0")
	if len(t) == len(rest) || !(strings.HasPrefix(t, "…") || strings.HasPrefix(t, "...")) {
		return false
	}
	return strings.ContainsRune(t, r)
}
