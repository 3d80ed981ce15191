package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Signed lines and embedded posts (stage 4): a statement signed by its
// author, a handle after a quoted post ("— Name (@handle) date").

// signature reads sentence i when it is only a dash and a person's name,
// maybe with a handle in parentheses and a date, that signs the words
// before it: the sentences before it in its paragraph ("… No one should
// be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016", an embedded
// tweet), or, opening its paragraph, a quotation just before it ("“…”" /
// "- Bernie Sanders."). Or nil.
func (a *analysis) signature(i int) *attribution {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	if i == 0 || s.t1-s.t0 < 3 || !lx.Set("signdashes", t.toks[s.t0].s) {
		return nil
	}
	if h := t.handleAt(s); h > s.t0+1 && h-s.t0-1 <= 8 {
		// "— Ministère de l'Intérieur (@Interieur_Gouv) 14 mars 2020":
		// before a handle, the account's name, a person's or a body's.
		if m := a.parseNP(s.t0+1, h, 0); m != nil && (m.kind == kPerson || m.kind == kName || m.kind == kOrg || m.kind == kCountry) {
			return a.signed(i, m, h)
		}
		return nil
	}
	end := s.t0 + 1
	words := 0
	for end < s.t1 && (t.toks[end].kind == tWord && t.toks[end].cap && t.toks[end].q < 0 || t.toks[end].s == "." && len(t.toks[end-1].s) == 1) {
		if _, ok := lx.Months[t.toks[end].l]; ok && end > s.t0+2 {
			break
		}
		if t.toks[end].kind == tWord {
			words++
		}
		end++
	}
	if words < 2 || words > 4 {
		return nil // a person's name: two to four capitalised words ("Donald J. Trump")
	}
	// After the name: nothing but a handle in parentheses, a date, and
	// punctuation; after a handle, a date in any language ("— Elon Musk
	// (@elonmusk) March 16, 2020" on a French page).
	for k := end; k < s.t1; k++ {
		tk := &t.toks[k]
		if k > end && t.toks[k-1].s == "(" && strings.HasPrefix(tk.s, "@") {
			break
		}
		_, month := lx.Months[tk.l]
		if tk.kind == tWord && !month && !isDigits(tk.s) && !(k > end && t.toks[k-1].s == "(") {
			return nil
		}
	}
	m := a.parseNP(s.t0+1, end, 0)
	if m == nil || m.kind != kPerson && m.kind != kName {
		return nil
	}
	return a.signed(i, m, end)
}

// handleAt returns the opening parenthesis of a handle in sentence s
// ("(@elonmusk)"), or -1.
func (t *text) handleAt(s *sentence) int {
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if t.toks[k].s == "(" && strings.HasPrefix(t.toks[k+1].s, "@") && len(t.toks[k+1].s) > 1 {
			return k
		}
	}
	return -1
}

// signed makes the attribution of the words signature sentence i signs
// with the name m, which ends at token end: the rest of its paragraph
// before it, a quotation just before, or an embedded post's paragraph.
func (a *analysis) signed(i int, m *mention, end int) *attribution {
	t := a.t
	s := &t.sents[i]
	var content [][2]int
	lead := 0
	if prev := &t.sents[i-1]; prev.para == s.para {
		first := i - 1
		for first > 0 && t.sents[first-1].para == s.para && i-first < 4 {
			first--
		}
		if first > 0 && t.sents[first-1].para == s.para || t.sents[first].furniture {
			return nil // a long paragraph: not a tweet's text
		}
		content, lead = [][2]int{{t.toks[t.sents[first].t0].start, t.toks[prev.t1-1].end}}, i-first
	} else if q, n := a.quoteSentence(i - 1); n > 0 {
		content, lead = q, n
	} else if first := t.tweetParagraph(i, end); first >= 0 {
		// "Maybe worth considering chloroquine for C19 https://t.co/…"
		// then "— Elon Musk (@elonmusk) March 16, 2020": an embedded
		// post, its text the paragraph before the signature. It is an
		// aside: its author is no one the prose after it goes on about
		// ("…, resalta el organismo" after a weather service's post is
		// still the organisation the article spoke of before it), so
		// the name is resolved without being marked as seen.
		e, ok := a.ents[m]
		if !ok {
			e = a.resolve(m, i, m.t0)
			a.ents[m] = e
		}
		if e == nil {
			return nil
		}
		content := [][2]int{{t.toks[t.sents[first].t0].start, t.toks[t.sents[i-1].t1-1].end}}
		return &attribution{speaker: e, surface: m.surface, verb: lang.Verb{Stance: "assert", Voice: "say"}, kind: cueColon,
			cue: s.t0, sent: i, last: i, how: "signature", content: content, marked: true, direct: true, lead: i - first}
	} else {
		return nil
	}
	e := a.entityOf(m)
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, surface: m.surface, verb: lang.Verb{Stance: "assert", Voice: "say"}, kind: cueColon,
		cue: s.t0, sent: i, last: i, how: "signature", content: content, marked: true, direct: true, lead: lead}
}

// tweetParagraph returns the first sentence of the paragraph before the
// signature sentence i whose name ends at token end, when the signature
// holds a handle ("— Elon Musk (@elonmusk) March 16, 2020") and that
// paragraph is a post's text: one to three sentences of prose, not
// furniture. It returns -1 otherwise.
func (t *text) tweetParagraph(i, end int) int {
	s := &t.sents[i]
	prev := &t.sents[i-1]
	if t.handleAt(s) < end || prev.para != s.para-1 || prev.furniture && !strings.Contains(t.d.Sentences[i-1].Text, "://") {
		return -1
	}
	first := i - 1
	for first > 0 && t.sents[first-1].para == prev.para {
		first--
	}
	if i-first > 3 {
		return -1
	}
	return first
}
