// Package doc splits article text into paragraphs and numbered sentences
// with byte offsets. Every backend uses the same numbering, so a model can
// cite "sentence 7" and the bot can quote sentence 7 verbatim.
//
// The splitter is rule based and linear in the length of the text:
//
//   - A blank line always ends a paragraph. A single line break ends one
//     when the line before it is complete (ends with final punctuation),
//     looks like a headline, dateline or byline (short, no final
//     punctuation, followed by a capitalised line), or when the next line
//     is a list item; otherwise the line is taken as wrapped. In a block of
//     hard-wrapped lines (several lines of similar width) a line break is a
//     wrap unless the line before it is clearly shorter than the width.
//   - Sentences end at . ! ? … (after any closing quotes and brackets)
//     followed by space and a sentence opener: a capital, a digit, an
//     opening quote or bracket. A period after a title ("Mr.", "Gen.") or an
//     initial ("John F. Kennedy") never ends a sentence; after other
//     abbreviations ("U.S.", "Inc.", "Jan.") it ends one only before a word
//     that typically starts a sentence ("The", "He", …).
package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a document.
type Sentence struct {
	// N is the 1-based sentence number, stable for a given text.
	N int
	// Para is the 0-based index of the paragraph holding the sentence.
	Para int
	// Start and End are byte offsets of the sentence in Doc.Text.
	Start, End int
	// Text is the sentence with internal line breaks and tabs turned into
	// single spaces (and any invalid UTF-8 replaced by U+FFFD).
	Text string
}

// Paragraph is a run of sentences separated from the next by a line break.
type Paragraph struct {
	Start, End int // byte offsets in Doc.Text
	// First and Last are indexes into Doc.Sentences (inclusive).
	First, Last int
}

// Doc is a parsed text.
type Doc struct {
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
}

// Sentence returns sentence number n (1-based) and whether it exists.
func (d *Doc) Sentence(n int) (Sentence, bool) {
	if n < 1 || n > len(d.Sentences) {
		return Sentence{}, false
	}
	return d.Sentences[n-1], true
}

// Parse splits text into paragraphs and sentences (see the package
// documentation for the rules). It never fails: any input, including
// invalid UTF-8, yields spans in order that lie within text.
func Parse(text string) *Doc {
	d := &Doc{Text: text}
	var spans [][2]int
	for _, p := range paragraphs(text) {
		first := len(d.Sentences)
		spans = sentences(text, p[0], p[1], spans[:0])
		for _, s := range spans {
			d.Sentences = append(d.Sentences, Sentence{
				N:     len(d.Sentences) + 1,
				Para:  len(d.Paragraphs),
				Start: s[0],
				End:   s[1],
				Text:  flatten(text[s[0]:s[1]]),
			})
		}
		if len(d.Sentences) > first {
			d.Paragraphs = append(d.Paragraphs, Paragraph{Start: p[0], End: p[1], First: first, Last: len(d.Sentences) - 1})
		}
	}
	return d
}

// flatten turns line breaks and tabs into single spaces and replaces
// invalid UTF-8.
func flatten(s string) string {
	if strings.ContainsAny(s, "\n\t\r\v\f") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// line is one line of text: its span and its trimmed content.
type line struct {
	start, end int // span of the raw line, without the "\n"
	text       string
}

// paragraphs returns the [start, end) byte spans of the paragraphs of text,
// trimmed of surrounding space.
func paragraphs(text string) [][2]int {
	var out [][2]int
	var block []line // consecutive non-blank lines
	flush := func() {
		if len(block) == 0 {
			return
		}
		wrapped, width := wrappedBlock(block)
		start := block[0].start
		for i := 1; i < len(block); i++ {
			if breaksBetween(block[i-1].text, block[i].text, wrapped, width) {
				if sp := trimSpan(text, start, block[i-1].end); sp[0] < sp[1] {
					out = append(out, sp)
				}
				start = block[i].start
			}
		}
		if sp := trimSpan(text, start, block[len(block)-1].end); sp[0] < sp[1] {
			out = append(out, sp)
		}
		block = block[:0]
	}
	for lineStart := 0; lineStart <= len(text); {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		t := strings.TrimFunc(text[lineStart:lineEnd], unicode.IsSpace)
		if t == "" {
			flush()
		} else {
			block = append(block, line{start: lineStart, end: lineEnd, text: t})
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	flush()
	return out
}

// wrappedBlock reports whether a block of lines looks hard-wrapped (at
// least three lines, most of them close to the longest), and its width.
func wrappedBlock(block []line) (bool, int) {
	if len(block) < 3 {
		return false, 0
	}
	width := 0
	for _, l := range block {
		if n := utf8.RuneCountInString(l.text); n > width {
			width = n
		}
	}
	if width < 40 || width > 120 {
		return false, width
	}
	near := 0
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l.text)*100 >= width*75 {
			near++
		}
	}
	return near*100 >= (len(block)-1)*60, width
}

// breaksBetween reports whether a single line break between prev and next
// separates paragraphs rather than wrapping one.
func breaksBetween(prev, next string, wrapped bool, width int) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if listItem(next, first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	n := utf8.RuneCountInString(prev)
	if wrapped {
		// In hard-wrapped text only a clearly short line ends a paragraph.
		return n*100 < width*60 && (strings.ContainsRune(".!?:\"'”’)]…", last) || unicode.IsUpper(first) || unicode.IsDigit(first))
	}
	if strings.ContainsRune(".!?:\"'”’)]…»", last) {
		return true
	}
	// A short line without final punctuation before a capitalised line is
	// a headline, dateline or byline.
	return n < 70 && (unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘«", first))
}

// listItem reports whether a line starts like a list item: a bullet or a
// number followed by "." or ")".
func listItem(s string, first rune) bool {
	if strings.ContainsRune("-•*–—·▪►", first) {
		return true
	}
	if unicode.IsDigit(first) {
		rest := strings.TrimLeft(s, "0123456789")
		return len(s)-len(rest) <= 3 && (strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, ") "))
	}
	return false
}

func trimSpan(text string, start, end int) [2]int {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return [2]int{start, end}
}

// closers may follow a sentence terminator within the sentence.
const closers = ".!?…\"'”’)]»“«"

// cjkClosers may follow a Chinese or Japanese full stop.
const cjkClosers = "。！？”’」』）】"

// sentences appends the sentence spans of text[start:end] to out.
func sentences(text string, start, end int, out [][2]int) [][2]int {
	s := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		i += n
		if r == '。' || r == '！' || r == '？' {
			// Chinese and Japanese full stops end a sentence without a
			// following space, after any closing quotes.
			j := i
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if !strings.ContainsRune(cjkClosers, r2) {
					break
				}
				j += n2
			}
			if sp := trimSpan(text, s, j); sp[0] < sp[1] && j < end {
				out = append(out, sp)
				s, i = j, j
			}
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		if q, nq := utf8.DecodeRuneInString(text[i:end]); (q == '"' || q == '“') && i+nq < end && unicode.IsUpper(firstRune(text[i+nq:end])) &&
			unicode.IsLetter(lastRune(text[s:i-1])) && (q == '“' || strings.Count(text[s:i], `"`)%2 == 0) {
			// `… she said."That conversation …`: a quotation mark with
			// no space before a capital, after the sentence's own
			// quotations are closed, opens the next sentence (text run
			// together when a page was scraped).
			if sp := trimSpan(text, s, i); sp[0] < sp[1] {
				out = append(out, sp)
			}
			s = i
			continue
		}
		// Take a run of terminators, closing quotes and brackets, and a
		// French closing guillemet after a space ("… préoccupant. »")
		// when a quotation it closes is open: on sites that write » … «
		// that guillemet opens the next sentence, and « closes.
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune(closers, r2) {
				if unicode.IsSpace(r2) && j+n2 < end {
					if r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end]); (r3 == '»' || r3 == '«') && (j+n2+n3 >= end || afterGuillemet(firstRune(text[j+n2+n3:end]))) &&
						openGuillemet(text[start:j], r3) {
						j += n2 + n3
						continue
					}
				}
				break
			}
			j += n2
		}
		// A boundary needs whitespace, then a sentence opener; or, in
		// text whose paragraphs were run together ("del campo.Rodolfo
		// Hernández"), a period between a lower-case word and a
		// capitalised one.
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j && k < end && (joinedSentence(text[s:j], text[k:end]) || quotationJoined(text[s:i], text[i:j], text[k:end])) {
			out = append(out, trimSpan(text, s, j))
			s, i = k, k
			continue
		}
		if k == j || k >= end {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !opener(next) {
			i = j
			continue
		}
		if r == '.' && j == i && (abbreviation(text[s:i-1], text[k:end]) || ordinalDate(text[s:i-1], text[k:end]) || ordinalAfterArticle(text[s:i-1])) {
			i = j
			continue
		}
		if sp := trimSpan(text, s, j); sp[0] < sp[1] {
			out = append(out, sp)
		}
		s = k
		i = k
	}
	if sp := trimSpan(text, s, end); sp[0] < sp[1] {
		out = append(out, sp)
	}
	return out
}

// afterGuillemet reports whether r may follow a free-standing guillemet
// that closes a quotation: a space, or the punctuation of an incise after
// it ("… au bout. », a-t-il dit").
func afterGuillemet(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",;:", r)
}

// openGuillemet reports whether the paragraph text before a guillemet
// written after a space leaves open a quotation that mark closes. In a
// paragraph that writes guillemets the usual way, a » closes when more «
// than » come before it, and « never closes. In one whose first
// guillemet is » (sites that write » … «, and mix in » … » and « … »),
// the guillemets alternate: either mark closes after an odd number.
func openGuillemet(before string, mark rune) bool {
	opens, closes := strings.Count(before, "«"), strings.Count(before, "»")
	if i := strings.IndexAny(before, "«»"); i >= 0 && strings.HasPrefix(before[i:], "»") {
		return (opens+closes)%2 == 1
	}
	return mark == '»' && opens > closes
}

func opener(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([«„»‚¿¡—–", r)
}

// personTitles are the titles that stand before a person's name, always
// written capitalised: a period after them never ends a sentence, but in
// lower case they are other words ("sens", "gen", "col") after which it
// may.
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "mmes": true, "dr": true, "prof": true,
	"sen": true, "sens": true, "rep": true, "reps": true, "gov": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cmdr": true, "cdr": true, "adm": true, "maj": true,
	"brig": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"det": true, "cpl": true, "pvt": true, "amb": true, "ald": true, "cllr": true, "atty": true,
	// French, Spanish, Portuguese and German.
	"mme": true, "mlle": true, "sra": true, "srta": true, "dra": true,
}

// titles are the other abbreviations written before a name or a number,
// in either case ("el ing. Pérez", "vol. 2"): a period after them never
// ends a sentence.
var titles = map[string]bool{
	"st": true, "fr": true, "mt": true, "ft": true,
	"vs": true, "no": true, "nos": true, "vol": true, "fig": true, "figs": true,
	"approx": true, "e.g": true, "i.e": true, "cf": true, "al": true, "blvd": true,
	// French, Spanish, Portuguese and German titles and abbreviations.
	"sr": true, "lic": true,
	"ing": true, "arq": true, "nr": true, "bzw": true, "ca": true, "vgl": true, "usw": true,
	"av": true, "art": true, "pág": true, "núm": true, "hr": true, "fr.": true,
	// German abbreviations before a number or a noun ("Abs. 3", "rd.
	// 500", "inkl. Steuern", "sog. Querdenker").
	"abs": true, "rd": true, "tel": true, "bd": true, "inkl": true, "zzgl": true, "ggf": true,
	"evtl": true, "sog": true, "tsd": true, "hrsg": true, "bspw": true, "insb": true,
}

// abbrevs are abbreviations that may also end a sentence: the period ends
// the sentence only before a typical sentence opener.
var abbrevs = map[string]bool{
	"jr": true, "sr": true, "inc": true, "ltd": true, "co": true, "corp": true, "bros": true,
	"dept": true, "univ": true, "etc": true, "plc": true, "llc": true, "est": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "d.c": true, "u.s.a": true,
	"e.u": true, "ph.d": true, "b.c": true, "a.d": true, "n.y": true, "l.a": true,
	// German amounts ("5 Mio. Euro").
	"mio": true, "mrd": true,
}

// stateAbbrevs are the abbreviations of US states in wire style, written
// with their capital ("SPRINGDALE, Ark. (KNWA) —", "Dover, Del."): like
// abbrevs, the period ends a sentence only before a typical opener.
var stateAbbrevs = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true,
	"Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true,
	"Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true,
	"Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Vt": true, "Va": true,
	"Wash": true, "Wis": true, "Wyo": true,
}

// starters are words that begin sentences often enough that a period
// before them ends the sentence even after an abbreviation like "U.S.".
var starters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"This": true, "That": true, "These": true, "Those": true, "But": true, "And": true,
	"In": true, "On": true, "A": true, "An": true, "His": true, "Her": true, "Their": true,
	"According": true, "However": true, "Meanwhile": true, "There": true, "Its": true,
	"Our": true, "My": true, "Yet": true, "So": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "As": true, "At": true, "For": true,
	"Last": true, "Earlier": true, "Later": true, "Some": true, "Many": true, "Most": true,
	"Officials": true, "Critics": true, "Both": true, "Several": true, "Other": true,
}

// abbreviation reports whether the period ending before (whose last word is
// examined) belongs to an abbreviation or initial rather than ending a
// sentence that continues with after.
func abbreviation(before, after string) bool {
	w := before
	if i := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"'“‘[«", r) }); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		w = before[i+n:]
	}
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	nextWord := after
	if i := strings.IndexFunc(after, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); i > 0 {
		nextWord = after[:i]
	}
	if titles[lw] || personTitles[lw] && w != lw {
		// (A person's title is written capitalised: French "dans ce
		// sens." ends its sentence, "Sens. Reed and Cole" does not.)
		return lw != "no" || unicode.IsDigit(firstRune(after))
	}
	if elided(before, w) {
		// "… dans les pays de l'est. Pour le procureur, …": a word
		// after an elided article or preposition ("l'", "d'") is no
		// abbreviation ("est." otherwise is).
		return false
	}
	if groupedNumber(w) {
		// "Medien schätzten ihre Zahl auf 2.000. Tsipras …": a number
		// grouped in thousands is no dotted abbreviation; its period
		// ends the sentence before a capital.
		return false
	}
	if abbrevs[lw] || stateAbbrevs[w] || strings.Contains(lw, ".") {
		// A dotted abbreviation (U.S., p.m.) or one that often ends a
		// sentence (Inc., Jan.): a sentence end only before a typical
		// sentence opener, or a quotation that opens with a capital
		// ("… between 4 p.m. and 9 p.m. “We are in a tight spot,” …").
		return !starters[nextWord] && !quoteOpensSentence(after)
	}
	// A single letter in lower case next to another single letter and
	// its period is part of a spaced abbreviation ("u. a. Anwohner", "z.
	// B. Ärzte", "d. h.", "e. V."): no sentence ends on it.
	if utf8.RuneCountInString(w) == 1 && unicode.IsLower(firstRune(w)) && (singleLetterNext(after) || singleLetterBefore(before[:len(before)-len(w)])) {
		return true
	}
	// A single capital letter is an initial ("John F. Kennedy"), unless a
	// sentence opener follows a personal pronoun "I".
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		if quoteOpensSentence(after) && lowerWordBefore(before[:len(before)-len(w)]) {
			// "… a través de su cuenta de X. «Se acabó …»": a letter
			// after a word in lower case, no given name, before a
			// quotation that opens with a capital ends the sentence.
			return false
		}
		return !(w == "I" && starters[nextWord])
	}
	return false
}

// elided reports whether word w, which ends before, follows an elided
// article or preposition and its straight apostrophe: a letter or two
// and "'" right before it ("l'est", "d'est").
func elided(before, w string) bool {
	rest := before[:len(before)-len(w)]
	if !strings.HasSuffix(rest, "'") {
		return false
	}
	rest = rest[:len(rest)-1]
	i := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	n := utf8.RuneCountInString(rest[i+1:])
	return n >= 1 && n <= 2
}

// singleLetterNext reports whether after opens with a single letter and
// its period ("a. Anwohner", "B. Ärzte").
func singleLetterNext(after string) bool {
	r, n := utf8.DecodeRuneInString(after)
	return unicode.IsLetter(r) && strings.HasPrefix(after[n:], ".") && (len(after) == n+1 || !unicode.IsLetter(firstRune(after[n+1:])))
}

// singleLetterBefore reports whether before, the text before a word and
// its space, ends with a single letter in lower case and its period
// after a space or at its start ("u. " before "a.").
func singleLetterBefore(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	if !strings.HasSuffix(b, ".") {
		return false
	}
	b = b[:len(b)-1]
	r, n := utf8.DecodeLastRuneInString(b)
	if !unicode.IsLower(r) {
		return false
	}
	b = b[:len(b)-n]
	return b == "" || strings.HasSuffix(b, " ") || strings.HasSuffix(b, "\u00a0")
}

// lowerWordBefore reports whether the text before a word ends with a space
// after a word that opens in lower case ("cuenta de "), not a name.
func lowerWordBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	f := strings.Fields(before)
	return len(f) > 0 && unicode.IsLower(firstRune(f[len(f)-1]))
}

// quoteOpensSentence reports whether after opens with a quotation mark and
// a capital letter.
func quoteOpensSentence(after string) bool {
	r, n := utf8.DecodeRuneInString(after)
	if !strings.ContainsRune("\"“«„", r) {
		return false
	}
	return unicode.IsUpper(firstRune(strings.TrimLeft(after[n:], " \u00a0")))
}

// ordinalMonths are the month names a German ordinal day comes before
// ("am 12. April"): the period after the day ends no sentence.
var ordinalMonths = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true, "juni": true,
	"juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true,
}

// ordinalDate reports whether before ends in a day number (1 to 31) and
// after opens with a month name: "am 12. April".
func ordinalDate(before, after string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsDigit(r) })
	day := before[i+1:]
	if day == "" || len(day) > 2 || day == "0" || len(day) == 2 && day > "31" {
		return false
	}
	if i >= 0 && !unicode.IsSpace(rune(before[i])) && before[i] != '(' {
		return false
	}
	w := after
	if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); k > 0 {
		w = after[:k]
	}
	return ordinalMonths[strings.ToLower(w)]
}

// ordinalArticles are the German articles and article-bearing
// prepositions that an ordinal number may follow inside a sentence ("in
// der 78. Minute", "zum 101. Mal", "im 3. Quartal"), and the possessive,
// demonstrative and indefinite determiners in their forms that are no
// pronoun of their own ("zu ihrem 90. Geburtstag", "in seiner 3.
// Wahlperiode"): no sentence ends on one, so the period after the
// number is the ordinal's.
var ordinalArticles = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"im": true, "am": true, "zum": true, "zur": true, "vom": true, "beim": true, "ins": true,
	"ihrem": true, "ihren": true, "ihrer": true, "ihres": true, "seinem": true, "seinen": true, "seiner": true, "seines": true,
	"unserem": true, "unseren": true, "unserer": true, "unseres": true, "eurem": true, "euren": true, "eurer": true, "eures": true,
	"diesem": true, "diesen": true, "dieses": true, "jedem": true, "jeden": true, "jedes": true, "einem": true, "eines": true,
}

// ordinalAfterArticle reports whether before ends in a number of at most
// four digits right after one of the ordinalArticles.
func ordinalAfterArticle(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsDigit(r) })
	if n := len(before) - i - 1; n == 0 || n > 4 || i < 1 || before[i] != ' ' {
		return false
	}
	ws := strings.Fields(before[:i])
	return len(ws) > 0 && ordinalArticles[strings.ToLower(ws[len(ws)-1])]
}

// groupedNumber reports whether w is a number grouped in thousands by
// periods ("2.000", "1.500.000"): digits, then groups of three digits
// each after a period (not a date, "12.03.2020", nor "2.0").
func groupedNumber(w string) bool {
	gs := strings.Split(w, ".")
	if len(gs) < 2 || len(gs[0]) == 0 || len(gs[0]) > 3 {
		return false
	}
	for i, g := range gs {
		if g == "" || i > 0 && len(g) != 3 || strings.IndexFunc(g, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// joinedSentence reports whether a period that no space follows ends a
// sentence run into the next: the word before it is lower case and at
// least three letters long, or, standing alone after a space, a
// capitalised word of at least four letters that goes on in lower case
// ("dijo Fajardo.Para Ingrid", not "EE.UU", "Gen.Smith" or a web
// address's "www.Diario.Com"); a closing bracket may stand between it
// and the period ("(Ver nota aparte).Por la tarde"); the word after it
// is capitalised and goes on in lower case ("campo.Rodolfo").
func joinedSentence(before, after string) bool {
	if !strings.HasSuffix(before, ".") {
		return false
	}
	if strings.HasSuffix(before, "».") {
		// "… qu'il soit mal-formé ».Pour le collectif, …": a French
		// quotation closed, its period, and the next sentence with no
		// space.
		r1, n1 := utf8.DecodeRuneInString(after)
		r2, _ := utf8.DecodeRuneInString(after[n1:])
		return unicode.IsUpper(r1) && unicode.IsLower(r2)
	}
	w := strings.TrimSuffix(before[:len(before)-1], ")")
	head := w
	if i := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		head, w = w[:i+n], w[i+n:]
	}
	first := firstRune(w)
	switch {
	case unicode.IsLower(first):
		if utf8.RuneCountInString(w) < 3 || w == "www" {
			return false
		}
	case unicode.IsUpper(first):
		_, n := utf8.DecodeRuneInString(w)
		rest := w[n:]
		if utf8.RuneCountInString(w) < 4 || strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 ||
			head != "" && !unicode.IsSpace(lastRune(head)) {
			return false
		}
	default:
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(after)
	r2, _ := utf8.DecodeRuneInString(after[n1:])
	return unicode.IsUpper(r1) && unicode.IsLower(r2)
}

// quotationJoined reports whether a quotation that closes with no space
// after it ends a sentence run into the next (`… I was a bit
// shocked."When she asked …`): the terminator ends a lower-case word of
// at least three letters, a closing quotation mark follows it, and the
// word after is capitalised and goes on in lower case (not `He said,
// "No."Then`).
func quotationJoined(before, closing, after string) bool {
	if !strings.ContainsAny(closing, `"”’»`) {
		return false
	}
	_, n := utf8.DecodeLastRuneInString(before)
	w := strings.TrimSuffix(before[:len(before)-n], ")") // (also after a closing bracket: `… money for her)."In another …`)
	if i := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	if utf8.RuneCountInString(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(after)
	r2, _ := utf8.DecodeRuneInString(after[n1:])
	return unicode.IsUpper(r1) && unicode.IsLower(r2)
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
