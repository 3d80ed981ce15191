package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/lang"
)

// word is one word of a text: folded (lower case, no diacritics), and
// whether it was written with a capital.
type word struct {
	f     string
	low   string // lower case, accents kept: "tués" (see isVerbForm)
	cap   bool
	digit bool
	first bool // the first word of its sentence or question
	// acronym is set on a word of two letters or more written all in
	// capitals in a text that is not: "US" is not the pronoun "us".
	acronym bool
	// joined is set on a word joined by a hyphen to a word in lower
	// case after it ("Virginia-based"): a name so joined is an
	// adjective.
	joined bool
	// owned is set on a word right after a possessive written with an
	// apostrophe ("Navalny's call", "the councillors' call"): a noun,
	// not a verb.
	owned bool
	// signBefore and signAfter are set on a word written right after,
	// or right before, a currency sign ("$4", "1.000 €"): a number of
	// a sum of money.
	signBefore, signAfter bool
	// tagged is set on a word joined by a hyphen to a letter before it
	// ("COVID-19", "Paris-8", "F-35"): a number so written is part of a
	// name.
	tagged bool
}

// splitWords returns the words of s. Apostrophes split elided articles
// ("l'imam" is "l" and "imam") and English possessives ("Navalny's").
func splitWords(s string) []word {
	s = lang.WithoutSoftHyphens(s)
	var out []word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		raw := s[start:end]
		r, _ := utf8.DecodeRuneInString(raw)
		next, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s[end:], "-"))
		out = append(out, word{f: lang.Fold(raw), low: strings.ToLower(raw), cap: unicode.IsUpper(r), digit: unicode.IsDigit(r), first: len(out) == 0, owned: afterPossessive(s[:start]),
			acronym:    utf8.RuneCountInString(raw) >= 2 && strings.ToUpper(raw) == raw && strings.ToLower(raw) != raw,
			joined:     strings.HasPrefix(s[end:], "-") && unicode.IsLower(next),
			signBefore: endsWithSign(strings.TrimRight(s[:start], " \u00a0\u202f")),
			signAfter:  startsWithSign(strings.TrimLeft(s[end:], " \u00a0\u202f")),
			tagged:     hyphenedToLetter(s[:start])})
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	if strings.ToUpper(s) == s {
		for i := range out {
			out[i].acronym = false // a text in capitals throughout
		}
	}
	return out
}

// afterPossessive reports whether the text before a word, before, ends
// in a possessive: an apostrophe after a letter, then a space ("the
// councillors' call"), or an "s" after an apostrophe after a letter,
// then a space ("Navalny's call"). An elision ("l'appel") has no space.
func afterPossessive(before string) bool {
	t := strings.TrimRight(before, " ")
	if len(t) == len(before) {
		return false
	}
	t = strings.TrimSuffix(t, "s")
	for _, q := range []string{"'", "’"} {
		if rest, ok := strings.CutSuffix(t, q); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			return unicode.IsLetter(r)
		}
	}
	return false
}

// clauseWord is a folded word and whether a clause break (a comma, a
// colon, a bracket, a quotation mark or a dash) comes before it.
type clauseWord struct {
	f   string
	brk bool
}

// clauseWords returns the folded words of s with the clause breaks
// between them.
func clauseWords(s string) []clauseWord {
	s = lang.WithoutSoftHyphens(s)
	var out []clauseWord
	brk := false
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, clauseWord{lang.Fold(s[start:end]), brk})
			start, brk = -1, false
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
			continue
		case strings.ContainsRune(",;:()[]\"“”„«»–—", r):
			flush(i)
			brk = true
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// isStopWord reports whether w carries no content in language v: an acronym
// never does ("US", "ONU").
func (v *vocab) isStopWord(w word, lx *lang.Lexicon) bool {
	return !w.acronym && v.isStop(w.f, lx)
}

// words returns the folded words of s.
func words(s string) []string {
	var out []string
	for _, w := range splitWords(s) {
		out = append(out, w.f)
	}
	return out
}

// hasPhrase reports whether the word list ws holds phrase p as
// consecutive words.
func hasPhrase(ws []string, p []string) bool {
	return phraseAt(ws, p) >= 0
}

// phraseAt returns the index in ws where phrase p first starts, or -1.
func phraseAt(ws []string, p []string) int {
	for i := 0; i+len(p) <= len(ws); i++ {
		ok := true
		for j := range p {
			if ws[i+j] != p[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// inCompound reports whether sentence i holds part inside a longer word
// ("Blutspuren", "Bundesverteidigungsministerium").
func (a *article) inCompound(i int, part string) bool {
	n := len([]rune(part)) + compoundRest
	return slices.ContainsFunc(a.words[i], func(w word) bool { return len([]rune(w.f)) >= n && strings.Contains(w.f, part) })
}

// holdsHead reports whether sentence i holds the compound full, a
// question's word (suffix stripped), in its parts: its head, a word of at
// least headLen letters that ends it after at least compoundRest others,
// and a word that begins the rest ("Ansturm" and "Kunden" of
// "Kundenansturm": "Allerdings sei nicht mit einem Ansturm der Kunden zu
// rechnen"). The head alone is not the thing: an "Operation" is no
// "Herzoperation".
func (a *article) holdsHead(i int, full string) bool {
	r := []rune(full)
	var head []rune
	for _, w := range a.words[i] {
		h := []rune(a.v.strip(w.f))
		if len(h) >= headLen && len(r)-len(h) >= compoundRest && strings.HasSuffix(full, string(h)) {
			head = h
			break
		}
	}
	if head == nil {
		return false
	}
	rest := string(r[:len(r)-len(head)])
	return slices.ContainsFunc(a.words[i], func(w word) bool {
		m := a.v.strip(w.f)
		return len([]rune(m)) >= compoundRest && strings.HasPrefix(rest, m)
	})
}

// headLen is the fewest letters of the head of a compound (see
// holdsHead).
const headLen = 5

// compoundRest is the fewest letters the rest of a compound has.
const compoundRest = 3

// spells reports whether sentence i writes out the name acronym stands
// for: capitalised words in a row whose initials spell it, across short
// words in lower case ("Electronic Frontier Foundation" for "eff",
// "Organización Meteorológica Mundial" for "omm", "Bank of England" for
// "boe").
func (a *article) spells(i int, acronym string) bool {
	ws := a.words[i]
	for k := range ws {
		var b strings.Builder
		for j := k; j < len(ws) && b.Len() < len(acronym); j++ {
			w := ws[j]
			if !w.cap || w.acronym {
				if b.Len() > 0 && len(w.f) <= 3 && !w.digit {
					continue // "of", "de"
				}
				break
			}
			b.WriteString(w.f[:1])
			if !strings.HasPrefix(acronym, b.String()) {
				break
			}
		}
		if b.String() == acronym {
			return true
		}
	}
	return false
}

// currencySigns are the signs of a currency, written before or after a
// sum in every language.
const currencySigns = "$€£¥₹₽"

// endsWithSign reports whether s ends with a currency sign.
func endsWithSign(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(currencySigns, r)
}

// startsWithSign reports whether s starts with a currency sign.
func startsWithSign(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(currencySigns, r)
}

// hyphenedToLetter reports whether the text before a word ends in a
// hyphen, or a full stop, right after a letter ("COVID-", "BA."): the
// number of a name's version or variant ("Omicron BA.2").
func hyphenedToLetter(before string) bool {
	t, ok := strings.CutSuffix(before, "-")
	if !ok {
		t, ok = strings.CutSuffix(before, ".")
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r)
}
