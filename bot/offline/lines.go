package offline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/lang"
)

// markFurniture marks the sentences that are not the article's prose:
// headlines, bylines and datelines (short lines without final
// punctuation), page furniture ("Read more", "Lire aussi", "Leia
// também": the lexicon's [furniture] lines), photo captions and credits,
// and live-blog headers ("The Latest:"). It also finds a dateline that
// opens a paragraph ("WASHINGTON (AP) —", "BEIJING, 20 Feb (Reuters) -")
// and starts the sentence's body after it.
func markFurniture(t *text) {
	for pi, p := range t.d.Paragraphs {
		raw := t.src[p.Start:p.End]
		nw := len(strings.Fields(raw))
		short := p.First == p.Last && nw <= 20 && !endsSentence(raw) && !signedQuote(t, raw) && !introduces(t, raw, nw, pi) && !standfirst(t, p.First, nw, pi)
		junk := short || nw <= 60 && (furnitureLine(t, raw) || captionLine(t, p.First, p.Last)) || nw <= 14 && creditLine(t, p.Last)
		if !junk {
			first := &t.sents[p.First]
			first.body = datelineEnd(t, first)
		}
		for i := p.First; i <= p.Last; i++ {
			s := &t.sents[i]
			if junk {
				s.furniture = true
			} else if furnitureLine(t, t.d.Sentences[i].Text) {
				if k := gluedQuote(t, s); k > 0 {
					// "À LIRE AUSSI <headline> « … », plaide X.": the
					// link's headline ran into the article's words,
					// which start at the quotation mark.
					s.body, s.glued = k, true
					continue
				}
				s.furniture = true
			}
		}

	}
}

// standfirst reports whether sentence i, the one line of paragraph pi of
// nw words with no final punctuation, is a standfirst (trait standfirst) that
// reports someone's words: no first paragraph (the headline's place),
// eight words or more, and a finite verb of saying within its first
// six words after a capitalised opening ("The Scottish Conservatives
// said the First Minister ‘must …’"): prose, not a heading.
func standfirst(t *text, i, nw, pi int) bool {
	if !t.lx.Trait("standfirst") || pi == 0 || nw < 8 {
		return false
	}
	s := &t.sents[i]
	if !t.toks[s.t0].cap {
		return false
	}
	for k := s.t0 + 1; k < s.t1 && k <= s.t0+6; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 {
			continue
		}
		if v, ok := t.lx.Verbs[tk.l]; ok && !tk.cap && v.Tags&lang.TagFinite != 0 && v.Tags&lang.TagNoun == 0 && !v.Noun && !v.Weak && !v.Opinion && !v.Position {
			return true
		}
	}
	return false
}

// gluedQuote returns the opening quotation mark that follows a word with
// no punctuation between them in a furniture sentence of a paragraph of
// prose (a headline that ran into the article's text), or 0.
func gluedQuote(t *text, s *sentence) int {
	for k := s.t0 + 2; k+1 < s.t1; k++ {
		if t.toks[k].kind == tQOpen && t.toks[k-1].kind == tWord && t.toks[k-1].q < 0 {
			return k
		}
	}
	return 0
}

// introduces reports whether line, paragraph pi of nw words, ends with a
// colon to introduce the paragraph after it: prose, not a headline or a
// label ("Related:"). A sentence of five words or more does ("The
// governor insisted the decision was the clubs':"), and so does a shorter
// one before a paragraph that opens with a quotation mark ("Hale said:",
// then "“…”").
func introduces(t *text, line string, nw, pi int) bool {
	if !strings.HasSuffix(strings.TrimRightFunc(line, unicode.IsSpace), ":") {
		return false
	}
	if nw >= 5 {
		return true
	}
	if pi+1 >= len(t.d.Paragraphs) {
		return false
	}
	n := t.d.Paragraphs[pi+1]
	return t.toks[t.sents[n.First].t0].kind == tQOpen
}

// signedQuote reports whether a line is a quotation signed with a dash and
// a name of two to four capitalised words ("“…shame.” ― Sonya Herridge"):
// prose, not a headline.
func signedQuote(t *text, line string) bool {
	ws := strings.Fields(line)
	for n := 2; n <= 4 && n < len(ws); n++ {
		caps := true
		for _, w := range ws[len(ws)-n:] {
			r, _ := utf8.DecodeRuneInString(w)
			caps = caps && unicode.IsUpper(r)
		}
		if !caps {
			continue
		}
		d := ws[len(ws)-n-1]
		for dash := range t.lx.Sets["signdashes"] {
			x, ok := strings.CutSuffix(d, dash)
			if !ok || x != "" && !(endsSentence(x) && strings.ContainsAny(x, "\"”»")) {
				continue
			}
			before := strings.TrimSpace(strings.Join(ws[:len(ws)-n-1], " ") + " " + x)
			if strings.ContainsAny(before[max(0, len(before)-4):], "\"”»") && endsSentence(before) {
				return true
			}
		}
	}
	return false
}

// endsSentence reports whether a line ends with final punctuation (a
// closing quotation mark counts after final punctuation: "…security.'"
// but not "citing 'security'").
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	last, n := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".?!)…。！？", last) {
		return true
	}
	if strings.ContainsRune("\"”'’»“«", last) {
		// Closing marks, also two of them ('' in some newspapers' text),
		// and the space French sets before "»" ("… bout. »").
		rest := strings.TrimRightFunc(s[:len(s)-n], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"”'’»“«", r) })
		p, _ := utf8.DecodeLastRuneInString(rest)
		return strings.ContainsRune(".?!,…", p)
	}
	return false
}

// furnitureLine reports whether a line is page furniture: it starts with
// one of the lexicon's furniture phrases, or contains one that is more
// than a word ("all rights reserved", "photo:").
func furnitureLine(t *text, line string) bool {
	orig := strings.TrimLeft(line, " \t-–—•*►▪|")
	l := strings.ToLower(orig)
	for _, f := range t.lx.Furniture {
		if strings.HasPrefix(l, f) {
			return true
		}
		if i := strings.Index(l, f); i >= 0 && (strings.Contains(f, " ") || strings.HasSuffix(f, ":") || f == "©") && !quotedAt(t.lx, l, i) && !proseAt(t.lx, orig, l, i, f) {
			return true
		}
	}
	return false
}

// proseAt reports whether the furniture phrase f found at byte i of the
// lower-cased line l is the prose's own words: one of the phrases of
// prosefurniture, written in lower case in the line orig, in a line that
// ends a sentence ("where it costs new members $70,000 to sign up, …").
// A link's "Sign up for …" or a credit's "Getty Images" is written with
// a capital.
func proseAt(lx *lang.Lexicon, orig, l string, i int, f string) bool {
	if len(orig) != len(l) || !lx.Set("prosefurniture", f) || !endsSentence(orig) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(orig[i:])
	return unicode.IsLower(r)
}

// quotedAt reports whether byte i of line lies inside a quotation with
// double marks or guillemets: someone's words ("“We need more from the
// city,” she said" is no "more from" link), not the page's.
func quotedAt(lx *lang.Lexicon, line string, i int) bool {
	var open []rune // the closers awaited
	// (Two apostrophes are a double mark: ''…'' in some newspapers' text.)
	for _, r := range strings.ReplaceAll(line[:i], "''", "\"") {
		if r == '\'' || r == '‘' || r == '’' {
			continue // apostrophes
		}
		if n := len(open); n > 0 && r == open[n-1] {
			open = open[:n-1]
		} else if c, ok := lx.Quotes[r]; ok {
			open = append(open, c)
		}
	}
	return len(open) > 0
}

// captionLine reports whether sentences first..last end with a photo
// credit ("… (Photo: Getty Images)", "… / AFP", "Foto: dpa").
func captionLine(t *text, first, last int) bool {
	s := t.sents[last]
	credits := t.lx.Sets["credits"]
	// The last words before closing punctuation.
	k := s.t1 - 1
	for k >= s.t0 && t.toks[k].kind != tWord {
		k--
	}
	if k < s.t0 {
		return false
	}
	w := t.toks[k].l
	if k-1 >= s.t0 && t.toks[k-1].kind == tWord && credits[t.toks[k-1].l+" "+w] {
		return true
	}
	// "EFE | Confidencial", "AFP / El Tiempo": a credit, then the
	// outlet's name.
	for j := k - 1; j-1 >= s.t0 && j >= k-4; j-- {
		if tk := &t.toks[j]; tk.kind == tWord && !tk.cap {
			break
		}
		if (t.toks[j].s == "|" || t.toks[j].s == "/") && t.toks[j-1].kind == tWord && credits[t.toks[j-1].l] {
			return true
		}
	}
	if !credits[w] {
		return false
	}
	// A credit word ends the line after a slash or a "photo" word
	// ("Markus Scholz/dpa", "(Photo: Getty Images)"); a bare "(dpa)" is
	// an agency's tag on the article, not a caption.
	for j := k - 1; j >= s.t0 && j >= k-5; j-- {
		if t.toks[j].s == "/" || t.toks[j].s == "©" || t.toks[j].s == "|" || t.lx.Set("photowords", t.toks[j].l) {
			return true
		}
	}
	return false
}

// inPhotoCredit reports whether token k lies inside a photo credit set
// in parentheses, "(Image: BBC)", "(Foto: dpa)": who took or gave the
// picture, no one the text speaks of.
func (t *text) inPhotoCredit(k int) bool {
	s := &t.sents[t.toks[k].sent]
	for o := k - 1; o >= s.t0 && o >= k-8; o-- {
		switch t.toks[o].s {
		case ")":
			return false
		case "(":
			return o+2 < s.t1 && t.lx.Set("photowords", t.toks[o+1].l) && t.toks[o+2].s == ":"
		}
	}
	return false
}

// creditLine reports whether sentence i ends with a photo credit in
// parentheses, "Allan Bryant with his father (Image: SWNS)": in a
// paragraph of a few words, a caption, whoever took the picture.
func creditLine(t *text, i int) bool {
	s := &t.sents[i]
	k := s.t1 - 1
	for k > s.t0 && t.toks[k].kind != tWord && t.toks[k].s != ")" {
		k--
	}
	return k > s.t0 && t.toks[k].s == ")" && t.inPhotoCredit(k-1)
}

// datelineEnd returns the token where a sentence's body starts after an
// opening dateline: capitalised place words, an optional agency in
// parentheses and a date, then a dash ("WASHINGTON (AP) —", "PARIS, 12
// mars (Reuters) -"), or s.t0 when there is none.
func datelineEnd(t *text, s *sentence) int {
	if k := bylineEnd(t, s); k > 0 {
		return k
	}
	if k := s.t0 + 3; k+1 < s.t1 && t.clockMinutes(s.t0+2) && (t.toks[k].s == "—" || t.toks[k].s == "–" || t.toks[k].s == "-") {
		return k + 1 // a live blog's "09:30 — More than 150,000 homes …"
	}
	// (Also with no dash, "20:30 Desde Génova advierten …", and the
	// French hour, "08h15 - Le ministre …".)
	if k := s.t0 + 3; k+1 < s.t1 && t.clockMinutes(s.t0+2) && (t.toks[k].kind == tWord && t.toks[k].cap || t.toks[k].kind == tQOpen) {
		return k
	}
	if k := s.t0 + 1; k+1 < s.t1 && frenchHour(t.toks[s.t0].s) {
		if d := t.toks[k].s; d == "—" || d == "–" || d == "-" {
			k++
		}
		if t.toks[k].kind == tWord && t.toks[k].cap || t.toks[k].kind == tQOpen {
			return k
		}
	}
	marks := 0 // capitalised places and agencies in parentheses
	paren := false
	for k := s.t0; k < s.t1 && k < s.t0+16; k++ { // ("Santiago de Chile, 4 de diciembre de 2024 (EFE).-")
		tk := &t.toks[k]
		switch {
		case tk.kind == tWord && lang.IsAcronym(tk.s):
			marks++
		case tk.kind == tWord && paren && (tk.cap || t.lx.Set("newsnames", tk.l) || agencies(t.lx, tk.l)):
			marks++ // "(Reuters)", "(dpa)", "(dpa/lby)"
		case tk.kind == tWord && (tk.cap || isDigits(tk.s) || t.lx.Months[tk.l] > 0 || monthAbbrev(t.lx, tk.l)):
		case tk.kind == tWord && k > s.t0 && t.lx.Set("of", tk.l):
			// "Ciudad de México, 4 de diciembre.-", "Rio de Janeiro -"
		case tk.s == "(":
			paren = true
		case tk.s == ")":
			paren = false
		case tk.s == "," || tk.s == "." || tk.s == "/":
		case (tk.s == "—" || tk.s == "–" || tk.s == "-" || tk.s == "--") && (marks > 0 || k > s.t0 && t.toks[k-1].s == "." || placeDash(t, s, k)):
			return k + 1 // "WASHINGTON —", "BEIJING (AP) —", "Washington.-", "Berlin – Die …"
		case tk.s == ":" && marks > 0 && !paren && k+1 < s.t1 && t.toks[k+1].cap && capsBefore(t, s.t0, k):
			return k + 1 // "THIRUVANANTHAPURAM: At least 40 …", "NEW DELHI, Dec 3: …"
		default:
			return s.t0
		}
	}
	return s.t0
}

// agencies reports whether a word of parts joined by slashes names news
// agencies only ("dpa/lby", "afp/dpa").
func agencies(lx *lang.Lexicon, w string) bool {
	parts := strings.Split(w, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !lx.Set("newsnames", p) {
			return false
		}
	}
	return true
}

// capsBefore reports whether the words from token lo to hi are all in
// capitals (a place), besides a date's numbers and month.
func capsBefore(t *text, lo, hi int) bool {
	letters := 0
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || isDigits(tk.s) || t.lx.Months[tk.l] > 0 || monthAbbrev(t.lx, tk.l) {
			continue
		}
		if !lang.IsAcronym(tk.s) {
			return false
		}
		letters += len(tk.s)
	}
	return letters >= 4
}

// placeDash reports whether the dash at token k follows one or two
// capitalised words (or two joined by "of") that open sentence s, with spaces around it, and a
// capitalised word after it: a dateline in title case ("Berlin – Die
// Bundesregierung will …", "São Paulo — O governo …").
func placeDash(t *text, s *sentence, k int) bool {
	if k == s.t0 || k-s.t0 > 3 || k+1 >= s.t1 || !t.toks[k+1].cap || t.toks[k+1].kind != tWord {
		return false
	}
	for j := s.t0; j < k; j++ {
		// ("Rio de Janeiro — A polícia …": an "of" word inside the place's name.)
		of := j > s.t0 && j+1 < k && t.lx.Set("of", t.toks[j].l)
		if t.toks[j].kind != tWord || !t.toks[j].cap && !of {
			return false
		}
	}
	if k-s.t0 == 3 && !t.lx.Set("of", t.toks[s.t0+1].l) {
		return false // three capitalised words are no place but a phrase
	}
	return t.toks[k].start > t.toks[k-1].end && t.toks[k+1].start > t.toks[k].end
}

// monthAbbrev reports whether w shortens a month's name ("oct", "sept",
// "janv"): at least three letters that begin one.
func monthAbbrev(lx *lang.Lexicon, w string) bool {
	if len(w) < 3 {
		return false
	}
	for m := range lx.Months {
		if len(m) > len(w) && strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

func isDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// isNumeral reports whether w is a number written in digits, with commas
// between its thousands or not ("50,000").
func isNumeral(w string) bool {
	return isDigits(strings.ReplaceAll(w, ",", ""))
}

// frenchHour reports whether w is a time written the French way, "08h15",
// "21h".
func frenchHour(w string) bool {
	h, m, ok := strings.Cut(w, "h")
	return ok && len(h) >= 1 && len(h) <= 2 && isDigits(h) && (m == "" || len(m) == 2 && isDigits(m))
}

// bylineEnd returns where the words open after a byline that opens
// sentence s ("By Aaron Humes: The Americas cannot …", "Por Ana Ruiz —
// …"): the lexicon's word of the agent, capitalised, one to four
// capitalised words of a name, then a colon or a dash; or 0.
func bylineEnd(t *text, s *sentence) int {
	if k := s.t0; k+3 >= s.t1 || t.toks[k].kind != tWord || !t.toks[k].cap || !t.lx.Set("by", t.toks[k].l) {
		return 0
	}
	k := s.t0 + 1
	for k < s.t1 && k < s.t0+5 && t.toks[k].kind == tWord && t.toks[k].cap && t.toks[k].q < 0 {
		k++
	}
	if n := k - s.t0 - 1; n == 0 || k+1 >= s.t1 {
		return 0
	}
	if d := t.toks[k].s; d != ":" && d != "—" && d != "–" {
		return 0
	}
	if n := &t.toks[k+1]; n.kind == tWord && n.cap || n.kind == tQOpen {
		return k + 1
	}
	return 0
}
