package offline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 1: tokens. The text is split into paragraphs and numbered
// sentences (bot/doc), its quotations are found (quotes.go), and each
// sentence into word and punctuation tokens that know which quotation
// holds them. Nothing here knows a language beyond the lexicon's
// quotation marks, elided clitics ("l'", "qu'") and inverted clitic
// pronouns ("a-t-il").

// Token kinds.
const (
	tWord = iota
	tPunct
	tQOpen  // an opening quotation mark (or dialogue dash)
	tQClose // a closing quotation mark
)

// token is a word or mark of the article with its byte span.
type token struct {
	s          string // surface form
	l          string // lang.Lower(s): the lexicon look-up form
	b          string // l without an English possessive ending
	start, end int
	kind       uint8
	cap        bool  // starts with an upper-case letter
	poss       bool  // ends in a possessive "'s" or "s'"
	q          int32 // outermost quotation holding the token, or -1
	sent       int32 // sentence index
}

// sentence is what stage 1 knows about one sentence.
type sentence struct {
	t0, t1 int // token range
	para   int
	// furniture marks headlines, datelines, bylines, captions and page
	// furniture: never attributions, never facts.
	furniture bool
	// glued is set when a link's headline ran into the sentence before
	// body: the evidence starts at body.
	glued bool
	// words and qwords count the words outside and inside quotations.
	words, qwords int
	// dateline is the token just after a dateline that opens the
	// sentence ("WASHINGTON (AP) —"), or t0.
	body int
}

// text is the output of stage 1.
type text struct {
	src   string
	d     *doc.Doc
	lx    *lang.Lexicon
	toks  []token
	qs    []quote
	sents []sentence
	// midCap holds words seen capitalised inside a sentence (names);
	// lowerSeen words seen in lower case (common words); afterDet, for
	// languages that capitalise nouns, words seen right after a
	// determiner (common nouns).
	midCap, lowerSeen, afterDet map[string]bool
	// afterGiven holds the capitalised words the article writes right
	// after a given name ("Tobias Torgersen"): a surname, though a
	// determiner comes before it elsewhere ("der optimistische
	// Torgersen").
	afterGiven map[string]bool
}

// tokenize runs stage 1 on src with lexicon lx.
func tokenize(src string, lx *lang.Lexicon) *text {
	t := &text{src: src, d: doc.Parse(src), lx: lx}
	var marks map[int]int
	t.qs, marks = scanQuotes(t.d, lx)
	t.toks = make([]token, 0, len(src)/5+8)
	t.sents = make([]sentence, len(t.d.Sentences))
	for i, s := range t.d.Sentences {
		t0 := len(t.toks)
		t.splitWords(s.Start, s.End, marks, int32(i))
		t.sents[i] = sentence{t0: t0, t1: len(t.toks), para: s.Para, body: t0}
	}
	t.markQuotes()
	for i := range t.sents {
		s := &t.sents[i]
		for k := s.t0; k < s.t1; k++ {
			if t.toks[k].kind == tWord {
				if t.toks[k].q >= 0 {
					s.qwords++
				} else {
					s.words++
				}
			}
		}
	}
	t.markAcronyms()
	t.markCase()
	markFurniture(t)
	return t
}

// markAcronyms keeps an acronym that is spelled like a relative pronoun
// ("The WHO said …", "The WHO and UNICEF said …") from reading as one,
// in a sentence that is not all in capitals: its word is the acronym.
func (t *text) markAcronyms() {
	for _, s := range t.sents {
		lower := false
		for k := s.t0; k < s.t1 && !lower; k++ {
			lower = t.toks[k].kind == tWord && strings.ToUpper(t.toks[k].s) != t.toks[k].s
		}
		if !lower {
			continue // (a headline in capitals: "WHO SAID IT")
		}
		for k := s.t0; k < s.t1; k++ {
			if tk := &t.toks[k]; tk.kind == tWord && lang.IsAcronym(tk.s) && t.lx.Set("relpron", tk.l) {
				tk.l, tk.b = tk.s, tk.s
			}
		}
	}
}

// splitWords appends the tokens of src[start:end].
func (t *text) splitWords(start, end int, marks map[int]int, sent int32) {
	src := t.src
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isHan(r):
			// One token per Chinese or Japanese character.
			t.add(src[i:i+n], i, i+n, tWord, sent)
			i += n
		case isWordRune(r) || r == '#' || r == '@':
			j := t.wordEnd(i+n, end, marks)
			t.addWord(i, j, marks, sent)
			i = j
		default:
			kind := uint8(tPunct)
			switch marks[i] {
			case markOpen, markCont:
				kind = tQOpen
			case markClose:
				kind = tQClose
			}
			j := i + n
			if r == '.' || r == '-' {
				for j < end && rune(src[j]) == r {
					j++ // "...", "--"
				}
			}
			if marks[j] == markPair {
				j++ // a '' mark is one token
			}
			w := src[i:j]
			if w == "-" && i > start && j < end && src[i-1] == ' ' && src[j] == ' ' {
				w = "—" // a hyphen between spaces is a dash: "Trump - who … - said"
			}
			t.add(w, i, j, kind, sent)
			i = j
		}
	}
}

// wordEnd returns where a word that started before j ends: letters and
// digits, joined by internal punctuation (.-'’&/) when a letter or digit
// follows, and a final period that belongs to an abbreviation, an
// initial or a title.
func (t *text) wordEnd(j, end int, marks map[int]int) int {
	src := t.src
	start := j
	for j < end {
		r, n := utf8.DecodeRuneInString(src[j:end])
		if isWordRune(r) || unicode.Is(unicode.Mn, r) || r == lang.SoftHyphen {
			j += n
			continue
		}
		if r == utf8.RuneError && t.lostLetter(start, j+n, end) {
			j += n // "S\uFFFDnchez": a letter a page's wrong encoding lost, inside a name
			continue
		}
		if r == inclusiveDot && j+n < end {
			if r3, _ := utf8.DecodeRuneInString(src[j+n : end]); unicode.IsLower(r3) {
				j += n // "chercheur·euse·s": one word written for both sexes
				continue
			}
		}
		if (r == '\'' || r == '’') && len(t.lx.Elisions) > 0 && t.lx.Elisions[lang.Lower(src[wordStart(src, j):j+n])] {
			if k, ok := marks[j]; !ok || k == markApos {
				if r3, _ := utf8.DecodeRuneInString(src[j+n : end]); j+n < end && !isWordRune(r3) {
					// "qualifiée d'« injuste »": the elided word keeps its
					// apostrophe before a quotation mark.
					j += n
					break
				}
			}
		}
		if strings.ContainsRune(".-'’&/", r) && j+n < end {
			if k, ok := marks[j]; ok && k != markApos {
				break
			}
			if r3, _ := utf8.DecodeRuneInString(src[j+n : end]); isWordRune(r3) && !(r == '.' && unicode.IsUpper(r3) && j-start >= 3 && unicode.IsLower(lastRuneOf(src[start:j]))) {
				j += n
				continue
			}
		}
		break
	}
	if j < end && src[j] == '.' {
		// The word from its start: find it by walking back.
		w := src[wordStart(src, j):j]
		lw := lang.Lower(w) + "."
		if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) ||
			t.lx.Titles[lw].Gov || isTitle(t.lx, lw) || t.lx.Set("namesuffixes", lw) || t.lx.Set("nameabbrevs", lw) {
			j++
		}
	}
	// A possessive apostrophe after a plural ("Workers'").
	if t.lx.Trait("saxongenitive") && j < end && j > 0 && src[j-1] == 's' {
		if strings.HasPrefix(src[j:], "'") || strings.HasPrefix(src[j:], "’") {
			if k, ok := marks[j]; ok && k == markApos {
				_, n := utf8.DecodeRuneInString(src[j:])
				j += n
			}
		}
	}
	return j
}

func isTitle(lx *lang.Lexicon, l string) bool {
	_, ok := lx.Titles[l]
	return ok
}

// wordStart returns where the word ending at j starts.
func wordStart(src string, j int) int {
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(src[:i])
		if unicode.IsSpace(r) || !(isWordRune(r) || strings.ContainsRune(".-'’&/", r) || unicode.Is(unicode.Mn, r)) {
			break
		}
		i -= n
	}
	return i
}

// addWord adds the word src[i:j], split where the lexicon says: an elided
// clitic before it ("l'armée" → "l'", "armée") and an inverted clitic
// pronoun after it ("a-t-il" → "a", "il").
func (t *text) addWord(i, j int, marks map[int]int, sent int32) {
	src := t.src
	w := src[i:j]
	if len(t.lx.Elisions) > 0 {
		if k := strings.IndexAny(w, "'’"); k > 0 {
			_, n := utf8.DecodeRuneInString(w[k:])
			if t.lx.Elisions[lang.Lower(w[:k+n])] && k+n < len(w) {
				t.add(w[:k+n], i, i+k+n, tWord, sent)
				i += k + n
				w = src[i:j]
			}
		}
	}
	if strings.Contains(w, "-") && len(t.lx.Sets["inversion"])+len(t.lx.Sets["enclitics"]) > 0 {
		// (Also a clitic joined to the verb before it: Portuguese
		// "queixaram-se", "pronunciou-se".)
		lw := lang.Lower(w)
		best := ""
		for _, set := range []string{"inversion", "enclitics"} {
			for suf := range t.lx.Sets[set] {
				if strings.HasSuffix(lw, suf) && len(lw) > len(suf) && len(suf) > len(best) {
					best = suf
				}
			}
		}
		if suf := best; suf != "" {
			{
				// (The suffix's letters counted from the word's end: a
				// typographic apostrophe, "a-t’il", is longer than the
				// straight one the look-up form has.)
				cut := j
				for n := utf8.RuneCountInString(suf); n > 0 && cut > i; n-- {
					_, size := utf8.DecodeLastRuneInString(src[i:cut])
					cut -= size
				}
				t.add(src[i:cut], i, cut, tWord, sent)
				pron := strings.TrimPrefix(src[cut:j], "-t")
				for _, p := range []string{"-", "'", "’"} {
					pron = strings.TrimPrefix(pron, p)
				}
				t.add(pron, j-len(pron), j, tWord, sent)
				return
			}
		}
	}
	t.add(w, i, j, tWord, sent)
}

func (t *text) add(s string, start, end int, kind uint8, sent int32) {
	tk := token{s: s, start: start, end: end, kind: kind, q: -1, sent: sent}
	if kind == tWord {
		tk.l = lang.Lower(lang.WithoutSoftHyphens(s))
		if i := strings.IndexRune(tk.l, inclusiveDot); i > 0 {
			// A word written for both sexes is read as its first form,
			// plural when it ends as one: "chercheur·euse·s" is
			// "chercheurs", "étudiant·es" "étudiants".
			base := tk.l[:i]
			if strings.HasSuffix(tk.l, "s") && !strings.HasSuffix(base, "s") {
				base += "s"
			}
			tk.l = base
		}
		tk.b = tk.l
		tk.cap = unicode.IsUpper(firstRune(s)) || prefixedName(t.lx, s)
		if t.lx.Trait("saxongenitive") {
			tk.b = stripPoss(tk.l)
			tk.poss = tk.b != tk.l && !t.lx.Set("isclitic", tk.b) // ("there's": there is)
		}
		if t.lx.NounCaps && tk.cap {
			tk.b = genitiveBase(t.lx, tk.l)
		}
	} else {
		tk.l, tk.b = s, s
	}
	t.toks = append(t.toks, tk)
}

// prefixedName reports whether word s is a name written with a prefix
// of lx.NamePrefixes in lower case before it, the Arabic article
// ("al-Kaabi", "el-Sisi", "ash-Shara"), or a brand written in camel
// case ("xAI"): a capitalised name in any language.
func prefixedName(lx *lang.Lexicon, s string) bool {
	if r := []rune(s); len(r) >= 3 && r[0] < unicode.MaxASCII && unicode.IsLower(r[0]) && unicode.IsUpper(r[1]) && unicode.IsLetter(r[2]) {
		// A brand written in camel case ("xAI", "eBay", "iPhone"), but
		// not a company's legal form ("gGmbH": the name is before it).
		return !lx.Set("orgwords", lang.Lower(s))
	}
	for _, p := range lx.NamePrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok && unicode.IsUpper(firstRune(rest)) {
			return true
		}
	}
	return false
}

// markQuotes marks the tokens inside outermost quotations (the marks
// included).
func (t *text) markQuotes() {
	qi := 0
	for ti := range t.toks {
		for qi < len(t.qs) && (t.qs[qi].level != 1 || quoteEnd(t.src, t.qs[qi]) <= t.toks[ti].start) {
			qi++
		}
		if qi < len(t.qs) && t.toks[ti].start >= t.qs[qi].open {
			t.toks[ti].q = int32(qi)
		}
	}
}

// markCase records which words the article capitalises inside sentences,
// which it writes in lower case, and (for languages that capitalise
// nouns) which follow a determiner.
func (t *text) markCase() {
	t.midCap, t.lowerSeen, t.afterDet, t.afterGiven = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range t.sents {
		// A headline in title case ("One Tweet Sums Up The Absurd Double
		// Standard") capitalises every word: its capitals say nothing.
		titleCase := t.titleCase(s)
		first := true
		for k := s.t0; k < s.t1; k++ {
			tk := &t.toks[k]
			if tk.kind != tWord {
				if tk.kind == tQOpen || tk.s == ":" {
					first = true
				}
				continue
			}
			switch {
			case !tk.cap:
				t.lowerSeen[tk.b] = true
			case !first && !titleCase:
				t.midCap[tk.b] = true
			}
			if t.lx.NounCaps && tk.cap && t.afterDeterminer(k, s) && !t.opensNameRun(k, s) {
				t.afterDet[tk.b] = true
			}
			if p := k - 1; tk.cap && p >= s.t0 && t.toks[p].kind == tWord && t.toks[p].cap && t.lx.GivenNames[t.toks[p].l] != 0 {
				t.afterGiven[tk.b] = true
			}
			first = false
		}
	}
}

// opensNameRun reports whether the capitalised word at token k, after a
// determiner, opens a name of three capitalised words or more that ends
// in a word of [set orgwords], its own unknown to the lexicon and the
// next no given name ("die Norwind Electric Group"): the first word is
// the body's name's, no common noun (unlike "die Firma Norwind", "die
// Whistleblowerin Francis Haugen").
func (t *text) opensNameRun(k int, s sentence) bool {
	lx := t.lx
	if k+2 >= s.t1 {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if n := &t.toks[j]; n.kind != tWord || !n.cap || lx.Set("determiners", n.l) || lx.Set("prep", n.l) {
			return false
		}
	}
	l := t.toks[k].b
	if _, ok := lx.Titles[l]; ok || lx.GivenNames[t.toks[k+1].l] != 0 || lx.Speakers[l] != "" || lx.Set("orgwords", l) || lx.Set("titlesuffix", l) ||
		lx.Set("docnouns", l) || compoundSpeaker(lx, l) != "" || t.isTitleWord(k) {
		return false
	}
	j := k + 2
	for j+1 < s.t1 && j+1 <= k+5 && t.toks[j+1].kind == tWord && t.toks[j+1].cap && !lx.Set("determiners", t.toks[j+1].l) {
		j++
	}
	return lx.Set("orgwords", t.toks[j].b)
}

// afterDeterminer reports whether the word at token k follows a
// determiner, directly or across up to two lower-case adjectives inside
// a clause ("drohe ein unkontrolliertes Kliniksterben"): a common noun,
// in a language that capitalises nouns.
func (t *text) afterDeterminer(k int, s sentence) bool {
	j := k - 1
	for n := 0; n < 2 && j > s.t0 && t.toks[j].kind == tWord && !t.toks[j].cap && !t.lx.Set("determiners", t.toks[j].l) &&
		t.endsIn("adjendings", t.toks[j].l, 2); n++ {
		j--
	}
	if j < s.t0 || t.toks[j].kind != tWord || !t.lx.Set("determiners", t.toks[j].l) {
		return false
	}
	if j == k-1 && j-2 >= s.t0 && t.toks[j-1].kind == tWord && !t.toks[j-1].cap && t.lx.Set("prep", t.toks[j-1].l) && t.toks[j-2].s == "," && t.lx.Set("relpron", t.toks[j].l) {
		// "der Stadt, in der Duplantis den ersten … gewann": a relative
		// pronoun after its preposition, then the clause's subject.
		return false
	}
	// Across adjectives, not from a clause's first word: "das betonte
	// Weikert" is a pronoun and a verb before the name.
	return j == k-1 || j > s.t0 && t.toks[j-1].kind == tWord
}

// titleCase reports whether sentence s is written in title case: at least
// four words, nearly all capitalised, function words included.
func (t *text) titleCase(s sentence) bool {
	words, caps, fn := 0, 0, 0
	for k := s.t0; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord {
			continue
		}
		words++
		if tk.cap {
			caps++
			if t.lx.Set("determiners", tk.l) || t.lx.Set("prep", tk.l) || t.lx.Set("coord", tk.l) || t.lx.Set("of", tk.l) {
				fn++
			}
		}
	}
	return !t.lx.NounCaps && words >= 4 && caps*10 >= words*8 && fn > 0
}

// endsQuotedQuestion reports whether sentence s (of three tokens or
// more) ends with a question or exclamation mark inside a closing
// quotation mark: "“Is that all there is?”".
func (t *text) endsQuotedQuestion(s *sentence) bool {
	p := t.quotedEnd(s)
	return p == "?" || p == "!"
}

// quotedEnd returns the mark that ends sentence s (of three tokens or
// more) inside a closing quotation mark, or inside the marks closing a
// quotation nested in it ("?", "!", "."), or "".
func (t *text) quotedEnd(s *sentence) string {
	if s.t1-s.t0 < 3 || t.toks[s.t1-1].kind != tQClose {
		return ""
	}
	e := s.t1 - 2
	for e > s.t0+1 && t.toks[e].kind == tQClose {
		e-- // the mark inside a quotation closed with it: "… what can we do to help?’”"
	}
	switch p := t.toks[e].s; p {
	case "?", "!", ".", "…":
		return p
	case "...":
		return "…" // an ellipsis typed as three periods: "“… different people...” Clay said."
	}
	return ""
}

// endsIn reports whether word l ends with one of the endings in the
// lexicon's set, after a stem longer than stem letters.
func (t *text) endsIn(set, l string, stem int) bool {
	for suf := range t.lx.Sets[set] {
		if len(l) > len(suf)+stem && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// adjectiveForm reports whether word l is an inflected adjective: an
// ending of [set adjinflections] after a stem of [set adjstems] or one
// that ends in a suffix of [set adjsuffixes] ("scharfe", "deutliches",
// "egoistischen").
func (t *text) adjectiveForm(l string) bool {
	for inf := range t.lx.Sets["adjinflections"] {
		stem, ok := strings.CutSuffix(l, inf)
		if ok && (t.lx.Set("adjstems", stem) || t.endsIn("adjsuffixes", stem, 2)) {
			return true
		}
	}
	return false
}

// adverbEnding reports whether word l ends like an adverb ("-ly") and is
// not one of the nouns that end so ("family").
func (t *text) adverbEnding(l string) bool {
	return !t.lx.Set("notadverbs", l) && t.endsIn("adverbendings", l, 3)
}

// out reports whether token i is a word outside any quotation.
func (t *text) out(i int) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tWord && t.toks[i].q < 0
}

// stripPoss removes an English possessive ending ("China's" → "china").
// genitiveBase returns, in a language that capitalises nouns, the noun a
// genitive or dative plural form ends ("Ministeriums", "Gerichts",
// "aus Regierungskreisen") when the lexicon knows that noun as a speaker,
// a body or a title; else l.
func genitiveBase(lx *lang.Lexicon, l string) string {
	if known(lx, l) {
		return l
	}
	for _, suf := range lx.Endings("genitiveendings") {
		if b := strings.TrimSuffix(l, suf); len(b) > 2 && b != l && known(lx, b) {
			return b
		}
	}
	return l
}

// genitiveCompound returns, in a language that capitalises nouns, the
// name a genitive compound ends ("Innenministeriums", "Ifo-Instituts")
// when its last part is a noun the lexicon knows as a body or a speaker;
// else w.
func genitiveCompound(lx *lang.Lexicon, w string) string {
	if !lx.NounCaps {
		return w
	}
	l := lang.Lower(w)
	for _, suf := range lx.Endings("genitiveendings") {
		b := strings.TrimSuffix(l, suf)
		if b == l || known(lx, l) {
			continue
		}
		for i := 1; i+4 <= len(b); i++ {
			if known(lx, b[i:]) {
				return w[:len(w)-len(suf)]
			}
		}
	}
	return w
}

// known reports whether the lexicon knows w as a noun that can name a
// speaker or a body.
// withoutEndings returns word w without each ending of the set named
// that it ends in, longest ending first ("Landes": "Land", "Lande").
func withoutEndings(lx *lang.Lexicon, set, w string) []string {
	var out []string
	for _, suf := range lx.Endings(set) {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			out = append(out, w[:len(w)-len(suf)])
		}
	}
	return out
}

func known(lx *lang.Lexicon, w string) bool {
	if _, ok := lx.Titles[w]; ok {
		return true
	}
	return lx.Speakers[w] != "" || lx.Set("orgwords", w) || lx.Set("anaphoric", w) || lx.Set("govwords", w) || lx.Set("mediawords", w)
}

func stripPoss(s string) string {
	for _, suf := range []string{"'s", "s'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			if suf[0] == 's' {
				return s[:len(s)-1]
			}
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// lostLetter reports whether the replacement character just before k,
// inside a word whose first letter is just before start, stands for a
// letter a wrong encoding lost ("S\uFFFDnchez"): the word is capitalised
// and goes on in lower case after it, with no word of its own there (a
// lost non-breaking space: "Golden\uFFFDof Maine", "accusing\uFFFDher",
// "McEnany\uFFFDsaid").
func (t *text) lostLetter(start, k, end int) bool {
	first, _ := utf8.DecodeLastRuneInString(t.src[:start])
	e := k
	for e < end {
		r, n := utf8.DecodeRuneInString(t.src[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	w := strings.ToLower(t.src[k:e])
	if !unicode.IsUpper(first) || w == "" || !unicode.IsLower(firstRune(t.src[k:e])) {
		return false
	}
	lx := t.lx
	_, verb := lx.Verbs[w]
	return !verb && !t.isPronoun(w) && !lx.Set("prep", w) && !lx.Set("of", w) && !lx.Set("determiners", w) && !lx.Set("coord", w) &&
		!lx.Set("comp", w) && !lx.Set("aux", w) && !lx.Set("modal", w)
}

// inclusiveDot joins the endings of a word written for both sexes
// ("chercheur·euse·s", "étudiant·es").
const inclusiveDot = '·'

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isHan reports whether r is a Chinese character or Japanese kana.
func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// spacedHyphen reports whether token k is a hyphen with a space on each
// side: a dash in text typed without one ("Dana Price - who … - said").
func (t *text) spacedHyphen(k int) bool {
	if k <= 0 || k+1 >= len(t.toks) || t.toks[k].s != "-" {
		return false
	}
	return t.toks[k-1].end < t.toks[k].start && t.toks[k].end < t.toks[k+1].start
}

// decimalComma reports whether token k is a comma written between two
// digits with no space ("4,4 %", "1,5"): part of a number, not a break.
func (t *text) decimalComma(k int) bool {
	if k <= 0 || k+1 >= len(t.toks) || t.toks[k].s != "," {
		return false
	}
	p, n := &t.toks[k-1], &t.toks[k+1]
	return p.end == t.toks[k].start && n.start == t.toks[k].end && p.s != "" && n.s != "" &&
		unicode.IsDigit(lastRuneOf(p.s)) && unicode.IsDigit(firstRune(n.s))
}
