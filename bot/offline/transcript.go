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
	// named is set for a label not in capitals: a surname the article
	// has named a person by ("Neuendorf: Das sehe ich anders.").
	named bool
}

// transcript returns, for each sentence index inside a transcript turn,
// the turn's label.
func (t *text) transcript() map[int]*turn {
	labels := map[int]*turn{} // sentence index of a turn's first sentence → label
	quoted := map[int]bool{}
	named := map[string]int{} // how many paragraphs open with a label not in capitals
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
		label := false
		if k == lo && k < s.t1 && t.interviewLabel(k) {
			k++ // "Q:", "A:"
			label = true
			if strings.HasSuffix(t.toks[k-1].s, ".") && k < s.t1 {
				// "R. Creo que sí.": the label's period is part of its token.
				labels[i] = &turn{lo: lo, hi: k, colon: k - 1}
				quoted[i] = lo > s.t0
				continue
			}
		} else if k == lo && k < s.t1 && t.toks[k].kind == tWord && t.toks[k].cap && len([]rune(t.toks[k].s)) > 1 && !t.lx.Set("starters", t.toks[k].l) {
			// A name in ordinary case, "Neuendorf: …", "Claire Dumont :
			// …", labels a turn only when it opens two paragraphs or more
			// and is the name of a person the article names
			// (turnAttribution): not "Update: …", nor an interviewer's
			// "Le Journal : …".
			for k < s.t1 && k-lo < 4 && t.toks[k].kind == tWord && t.toks[k].cap {
				k++
			}
			if k+1 < s.t1 && t.toks[k].s == ":" {
				named[t.lowerSpan(lo, k)]++
				labels[i] = &turn{lo: lo, hi: k, colon: k, named: true}
				quoted[i] = lo > s.t0
			}
			continue
		}
		// (A printed interview's label may close with a period, "P. ¿…?",
		// "R. Creo que sí.", or be a sentence of its own, "Respuesta.",
		// the answer after it in the paragraph.)
		period := label && k < s.t1 && t.toks[k].s == "." && (k+1 < s.t1 || i+1 < len(t.sents) && t.sents[i+1].para == s.para)
		if k == lo || k >= s.t1 || t.toks[k].s != ":" && !period || k+1 >= s.t1 && !period {
			continue
		}
		if !label && t.lx.Set("determiners", t.toks[lo].l) && !t.isTitleWord(k-1) {
			// "THE CLAIM: …", "THE FACTS: …": a fact check's headings,
			// no one who speaks (a title does: "THE PRESIDENT: …").
			continue
		}
		labels[i] = &turn{lo: lo, hi: k, colon: k}
		quoted[i] = lo > s.t0
	}
	for i, tn := range labels {
		if tn.named && named[t.lowerSpan(tn.lo, tn.hi)] < 2 {
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

// interviewLabel reports whether token k is a printed interview's
// one-letter label of a question or an answer ("Q", "A").
func (t *text) interviewLabel(k int) bool {
	tk := &t.toks[k]
	l := strings.TrimSuffix(tk.l, ".")
	return tk.kind == tWord && tk.cap && (t.lx.Set("questionlabel", l) || t.lx.Set("answerlabel", l))
}

// turnAttribution makes the attribution of sentence i, inside turn tn.
func (a *analysis) turnAttribution(i int, tn *turn) *attribution {
	t := a.t
	// A label is the speaker's surname in capitals: the person the
	// article names so ("PENCE" is Mike Pence), else a speaker of its own.
	label := strings.TrimSuffix(lang.Fold(t.span(tn.lo, tn.hi)), ".")
	switch {
	case t.lx.Set("questionlabel", label):
		return nil // "Q: …": the interviewer asks, no one's statement of the interview
	case t.lx.Set("answerlabel", label):
		// "A: …": the one person the article named before the
		// interview began answers.
		e := a.interviewee(a.firstTurn(i), true)
		if e == nil {
			return nil
		}
		return a.turnOf(i, tn, e)
	}
	e := a.reg.byName[label]
	if e == nil || e == ambiguous {
		e = a.reg.bySurname(label)
	}
	if tn.named && (e == nil || e == ambiguous || e.kind != kPerson) {
		return nil // ("Update: …", "Foto: …": no person's name)
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
	return a.turnOf(i, tn, e)
}

// firstTurn returns the first sentence of the transcript turns that
// sentence i is one of.
func (a *analysis) firstTurn(i int) int {
	for i > 0 && a.turns[i-1] != nil {
		i--
	}
	return i
}

// turnOf makes the attribution of sentence i, inside turn tn, to e.
func (a *analysis) turnOf(i int, tn *turn, e *entity) *attribution {
	t := a.t
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
	last := i
	if n := i + 1; t.shortSentence(start, end) && n < len(t.sents) && a.turns[n] == tn && t.sents[n].para == t.sents[i].para {
		// "A: Honestly, no. We have already used up …": a short answer
		// says something only with the sentence after it.
		end, last = t.d.Sentences[n].End, n
	}
	return t.turnSaid(e, i, last, start, end)
}

// turnSaid makes the attribution of a turn of e's own words, sentences i
// to last, the text between byte offsets start and end: a transcript's
// turn, an interview's answer, a possessor's verdict after its colon.
func (t *text) turnSaid(e *entity, i, last, start, end int) *attribution {
	return &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akTurn, cue: -1, sent: i, last: last, how: "turn",
		direct: true, marked: true, content: [][2]int{{start, end}}}
}

// shortSentence reports whether the text between byte offsets start and
// end holds fewer than four words ("Honestly, no.", "I am.").
func (t *text) shortSentence(start, end int) bool {
	return len(strings.Fields(t.src[start:end])) < 4
}

// sayVerb returns a neutral reporting verb of the lexicon, the first by
// lemma of those the bot voices as "says" (a made-up "say" when there is
// none), for statements with no verb of their own.
func (t *text) sayVerb() lang.Verb {
	best, found := lang.Verb{Lemma: "say", Stance: "assert", Voice: "say"}, false
	for _, v := range t.lx.Verbs {
		if v.Voice == "say" && v.Stance == "assert" && !v.Noun && (!found || v.Lemma < best.Lemma) {
			best, found = v, true
		}
	}
	best.Stance = "assert"
	return best
}

// bySurname returns the one person or name whose name ends in the folded
// word w, or nil.
func (r *registry) bySurname(w string) *entity {
	var found *entity
	for _, e := range r.ents {
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
