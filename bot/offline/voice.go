package offline

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/lang"
)

// The bot's neutral voice: loaded words the outlet uses in its own voice
// are rendered neutrally ("regime" → "government") or kept in quotation
// marks as the outlet's wording, and noted; inside a party's quotation
// they stay, and the note says whose they are.

// neutralise replaces the loaded words of lx that stand outside quotation
// marks in s with their neutral rendering in the bot's language, or puts
// them in quotation marks with vlx's "(the outlet's wording)".
func neutralise(lx, vlx *lang.Lexicon, s string) string {
	return rewordLoaded(lx, vlx, s, false)
}

// quoteLoaded puts the loaded words of lx outside quotation marks in s in
// quotation marks, with vlx's "(the outlet's wording)", whatever their
// neutral rendering: a speaker's label must stay the article's words (the
// grounding check looks them up) without adopting them.
func quoteLoaded(lx, vlx *lang.Lexicon, s string) string {
	return rewordLoaded(lx, vlx, s, true)
}

func rewordLoaded(lx, vlx *lang.Lexicon, s string, quote bool) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	// open holds the closing marks of the quotations open at i, the
	// innermost last: a mark that both opens and closes (German "„…“"
	// and "“…”", "»…«" and "«…»") closes the quotation it ends and opens
	// one otherwise. A straight apostrophe is no quotation mark here.
	var open []rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !markedWordRune(r) {
			closer := lx.Quotes[r]
			if r == '"' {
				closer = '"'
			}
			switch {
			case r == '\'':
			case len(open) > 0 && r == open[len(open)-1]:
				open = open[:len(open)-1]
			case closer != 0:
				open = append(open, closer)
			case lx.Closers[r] && len(open) > 0:
				open = open[:len(open)-1]
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if markedWordRune(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < len(s) && isWordRune(firstRune(s[j+n2:])) {
				j += n2
				continue
			}
			break
		}
		w := s[i:j]
		rep, loaded := lx.Loaded[lang.Lower(w)]
		if loaded && rep != "=" && rep != "-" && lx.Trait("adjafter") && lx.Set("regimewords", lang.Lower(w)) && !politicalRegime(lx, s[j:]) {
			// "régime alimentaire", "régimen de excepción": no government;
			// the outlet's word, kept in quotation marks, not "gobierno".
			// (Where adjectives follow their noun: in English the word
			// after it says nothing of its sense, "the regime fell".)
			rep = "="
		}
		switch {
		case !loaded || len(open) > 0:
			b.WriteString(w)
		case rep == "=" || quote:
			b.WriteString("\"" + w + "\" " + vlx.Phrase("outlet.wording"))
		case rep == "-":
			if j < len(s) && s[j] == ' ' {
				j++
			}
		default:
			if vlx != lx {
				b.WriteString("\"" + w + "\" " + vlx.Phrase("outlet.wording"))
				break
			}
			if unicode.IsUpper(firstRune(w)) {
				rep = capFirst(rep)
			}
			b.WriteString(rep)
		}
		i = j
	}
	return b.String()
}

// notes points out loaded wording: the outlet's own, and that of quoted
// parties, once per word and speaker, in the bot's language.
func (a *analysis) notes(vlx *lang.Lexicon) []string {
	t := a.t
	lx := t.lx
	var out []string
	seen := map[string]bool{}
	for i := range t.sents {
		s := &t.sents[i]
		if s.furniture {
			continue
		}
		for k := s.t0; k < s.t1; k++ {
			tk := &t.toks[k]
			if tk.kind != tWord {
				continue
			}
			if _, ok := lx.Loaded[tk.l]; !ok {
				continue
			}
			n := strconv.Itoa(i + 1)
			if tk.q < 0 {
				key := "outlet|" + tk.l
				if seen[key] {
					continue
				}
				seen[key] = true
				if lx.Set("regimewords", tk.l) && k > s.t0 {
					if c := a.gaz.countryIn(t.toks, max(s.t0, k-3), k); c != nil {
						out = append(out, phrase(vlx, "note.loaded.regime", "country", c.Name))
						continue
					}
				}
				out = append(out, phrase(vlx, "note.loaded.outlet", "word", tk.s, "n", n))
				continue
			}
			who := ""
			for _, at := range a.bySent[i] {
				if t.holdsQuote(at, int(tk.q)) {
					who = t.label(at.speaker, at.surface)
				}
			}
			key := "quote|" + tk.l + "|" + who
			if seen[key] {
				continue
			}
			seen[key] = true
			if who != "" {
				out = append(out, phrase(vlx, "note.loaded.quote", "word", tk.s, "n", n, "who", who))
			} else {
				out = append(out, phrase(vlx, "note.loaded.unattributed", "word", tk.s, "n", n))
			}
		}
	}
	if len(a.atts) == 0 {
		out = append(out, vlx.Phrase("note.noclaims"))
	}
	return out
}

// holdsQuote reports whether quotation q is among an attribution's words.
func (t *text) holdsQuote(at *attribution, q int) bool {
	if q < 0 || q >= len(t.qs) {
		return false
	}
	for _, sp := range at.content {
		if t.qs[q].start >= sp[0]-1 && t.qs[q].start < sp[1] {
			return true
		}
	}
	return false
}

// phrase fills a [phrases] template of vlx with key, value pairs.
func phrase(vlx *lang.Lexicon, key string, kv ...string) string {
	s := vlx.Phrase(key)
	for i := 0; i+1 < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", kv[i+1])
	}
	return s
}

// politicalRegime reports whether a word of regimewords followed by rest
// names a government: a capitalised word or a nationality right after it
// ("le régime syrien", "el régimen de Maduro"), or nothing after it. A
// lower-case word after it that is neither tells another sense ("régime
// alimentaire", "régimen de excepción", "regime de previdência").
func politicalRegime(lx *lang.Lexicon, rest string) bool {
	ws := strings.FieldsFunc(rest, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '-' })
	if len(ws) == 0 || !strings.HasPrefix(strings.TrimLeft(rest, " "), ws[0]) {
		return true // (nothing after it, or punctuation)
	}
	next := ws[0]
	if unicode.IsUpper(firstRune(next)) || demonym(lx, next) {
		return true
	}
	low := lang.Lower(next)
	if ap := strings.IndexAny(low, "'’"); ap > 0 && ap+1 < len(low) {
		// "d'Assad": the elided "of" and a name.
		return lx.Set("of", low[:ap+1]) && unicode.IsUpper(firstRune(next[ap+1:]))
	}
	if lx.Set("of", low) || lx.Set("prep", low) {
		return len(ws) > 1 && (unicode.IsUpper(firstRune(ws[1])) || lx.Set("determiners", lang.Lower(ws[1])) && len(ws) > 2 && unicode.IsUpper(firstRune(ws[2])))
	}
	return false
}

// demonym reports whether w is a nationality word of the lexicon's
// gazetteer ("syrien", "venezolano").
func demonym(lx *lang.Lexicon, w string) bool {
	w = lang.Lower(w)
	for _, c := range lx.Countries {
		for _, d := range c.Demonyms {
			if lang.Lower(d) == w {
				return true
			}
		}
	}
	return false
}

// markedWordRune reports whether r is part of a word: a letter, a digit
// or a combining mark (a page written decomposed, "pre\u0301tendue", has
// its accents as marks after the letters; the word is one, and
// lang.Lower composes it for the lexicon).
func markedWordRune(r rune) bool { return isWordRune(r) || unicode.Is(unicode.Mn, r) }
