package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 4, transcripts. An interview printed as a transcript gives each
// turn to the speaker its label names:
//
//	"WALLACE: Let's start with breaking news on the debate story. …
//	"PENCE: Well, look, …
//
// A label is a paragraph's first one to three words, all in capitals,
// before a colon (after an opening quotation mark, which transcripts often
// repeat at every paragraph and never close). It takes at least two
// labelled paragraphs to make a transcript ("WASHINGTON: …" once is a
// dateline). A turn runs to the next label, or to the first paragraph that
// does not continue it (one that does not open with a quotation mark when
// the turns do). Every sentence of a turn is its speaker's words; cues
// inside it are not read as someone else's statement.

// turn is one transcript turn's label.
type turn struct {
	lo, hi int // the label's tokens
	colon  int // the colon's token
}

// transcript returns, for each sentence index inside a transcript turn,
// the turn's label.
func (a *analysis) transcript() map[int]*turn {
	t := a.t
	labels := map[int]*turn{} // sentence index of a turn's first sentence → label
	quoted := map[int]bool{}
	mixed := map[int]string{} // sentence index → a label not in capitals
	for i := range t.sents {
		s := &t.sents[i]
		if i > 0 && t.sents[i-1].para == s.para {
			continue // not a paragraph's first sentence
		}
		k := s.t0
		for k < s.t1 && t.toks[k].kind == tQOpen {
			k++
		}
		lo := k
		for k < s.t1 && k-lo < 3 && t.toks[k].kind == tWord && lang.IsAcronym(t.toks[k].s) {
			k++
		}
		if k == lo && k < s.t1 && t.toks[k].kind == tWord && t.toks[k].cap && len([]rune(t.toks[k].s)) > 1 && !t.lx.Set("starters", t.toks[k].l) {
			// A name in ordinary case, "Claire Dumont :" or "Le Journal
			// :", makes a label only when it labels two paragraphs or
			// more (below); not one letter ("Q:", "A:", an interview's
			// question and answer, whose speakers the labels do not
			// name).
			for k < s.t1 && k-lo < 4 && t.toks[k].kind == tWord && t.toks[k].cap {
				k++
			}
			if k < s.t1 && t.toks[k].s == ":" {
				mixed[i] = t.lowerSpan(lo, k)
			}
		}
		if k == lo || k >= s.t1 || t.toks[k].s != ":" || k+1 >= s.t1 {
			continue
		}
		labels[i] = &turn{lo: lo, hi: k, colon: k}
		quoted[i] = lo > s.t0
	}
	count := map[string]int{}
	for _, l := range mixed {
		count[l]++
	}
	for i, l := range mixed {
		if count[l] < 2 || len(count) < 2 {
			delete(labels, i)
		}
	}
	if len(labels) < 2 {
		return nil
	}
	out := map[int]*turn{}
	var cur *turn
	curQuoted := false
	for i := range t.sents {
		s := &t.sents[i]
		newPara := i == 0 || t.sents[i-1].para != s.para
		switch {
		case labels[i] != nil:
			cur, curQuoted = labels[i], quoted[i]
		case newPara && cur != nil:
			// A paragraph continues the turn only in a quoted transcript
			// and when it opens with a quotation mark.
			if !curQuoted || t.toks[s.t0].kind != tQOpen {
				cur = nil
			}
		}
		if cur != nil && !s.furniture {
			out[i] = cur
		}
	}
	return out
}

// turnAttribution makes the attribution of sentence i, inside turn tn.
func (a *analysis) turnAttribution(i int, tn *turn) *attribution {
	t := a.t
	// A label is the speaker's surname in capitals: the person the
	// article names so ("PENCE" is Mike Pence), else a speaker of its own.
	label := lang.Fold(t.span(tn.lo, tn.hi))
	e := a.reg.byName[label]
	if e == nil || e == ambiguous {
		e = a.bySurname(label)
	}
	if e == nil {
		m := a.parseNP(tn.lo, tn.hi, 0)
		if m == nil {
			return nil
		}
		if e = a.resolve(m, i, tn.lo); e == nil {
			return nil
		}
	}
	if lang.IsAcronym(e.name) && !strings.Contains(e.name, " ") && len(e.name) > 3 {
		e.name = strings.ToUpper(e.name[:1]) + strings.ToLower(e.name[1:]) // "WALLACE" → "Wallace"
	}
	start, end := t.d.Sentences[i].Start, t.d.Sentences[i].End
	if c := tn.colon; int(t.toks[c].sent) == i {
		start = t.toks[c].end
		for start < end && (t.src[start] == ' ' || t.src[start] == '\t') {
			start++
		}
	}
	if start >= end {
		return nil
	}
	at := &attribution{speaker: e, surface: e.name, verb: a.sayVerb(), kind: akTurn, cue: -1, sent: i, last: i, how: "turn",
		direct: true, marked: true, content: [][2]int{{start, end}}}
	return at
}

// sayVerb returns the lexicon's neutral reporting verb (the one the bot
// voices as "says"), for statements with no verb of their own.
func (a *analysis) sayVerb() lang.Verb {
	best := lang.Verb{Lemma: "say", Stance: "assert", Voice: "say"}
	for _, v := range a.t.lx.Verbs {
		if v.Voice == "say" && v.Stance == "assert" && !v.Noun && (best.Lemma == "say" && a.t.lx.Code != "en" || v.Lemma < best.Lemma) {
			best = v
		}
	}
	best.Stance = "assert"
	return best
}

// bySurname returns the one person or name whose name ends in the folded
// word w, or nil.
func (a *analysis) bySurname(w string) *entity {
	var found *entity
	for _, e := range a.reg.ents {
		if e.kind != kPerson && e.kind != kName {
			continue
		}
		for _, n := range append([]string{e.name}, e.names...) {
			ws := strings.Fields(lang.Fold(n))
			if len(ws) > 1 && ws[len(ws)-1] == w {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}
