package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Incises (stage 4): a verb set off by commas or dashes inside or after
// the words, with its speaker ("…, said the minister, …", "El cuadro
// –expresó el dirigente– debe …"), and what goes on after it.

// inciseRest returns the words after an incise that ends at token k
// ("Su objetivo, dijo, fue …"; "Le projet, a-t-il précisé, sera …"):
// the rest of the sentence after the comma, when no quotation was before
// and what follows is no relative clause or participle of the incise's
// own.
func (t *text) inciseRest(k int, s *sentence) [][2]int {
	lx := t.lx
	if k+1 >= s.t1 || t.toks[k].s != "," && !isDash(t.toks[k].s) && t.toks[k].s != "-" || t.toks[k+1].kind != tWord || !t.out(k+1) {
		return nil
	}
	for j := s.body; j < k; j++ {
		if t.toks[j].kind == tQOpen || t.toks[j].kind == tQClose || t.toks[j].q >= 0 {
			return nil
		}
	}
	l := t.toks[k+1].l
	if lx.Set("relpron", l) || lx.Set("coord", l) || t.nonFinite(l) {
		return nil
	}
	if v, ok := lx.Verbs[l]; ok && v.Tags&lang.TagFinite == 0 {
		return nil
	}
	words := 0
	for j := k + 1; j < s.t1; j++ {
		if t.toks[j].kind == tWord {
			words++
		}
	}
	if words < 2 {
		return nil // (a verb and its complement go on: "Le site, a-t-il précisé, restera ouvert.")
	}
	return t.spanTo(k+1, s.t1)
}

// isDash reports whether a token is a dash that sets off an incise.
func isDash(s string) bool { return s == "—" || s == "–" }

// closingHyphen reports whether token k is a hyphen typed for the dash
// that closes an incise opened by the dash at token open: glued to the
// word before it, a space after ("El cuadro –expresó el dirigente- debe
// …").
func (t *text) closingHyphen(k, open int) bool {
	return k > 0 && k+1 < len(t.toks) && t.toks[k].s == "-" && open >= 0 && isDash(t.toks[open].s) &&
		t.toks[k-1].end == t.toks[k].start && t.toks[k].end < t.toks[k+1].start
}

// namedIncise returns the words after "said X" set off by commas inside a
// sentence (with X's apposition or relative clause): the sentence's
// predicate ("And Trump, said Res, who remains friendly with her former
// boss, does not forgive or forget"; "La pandemia, señala Jourdan, ha
// sido …"; "Le projet, estime Marie Dupont, sera …"); or nil.
func (t *text) namedIncise(cu *cue, s *sentence) [][2]int {
	fr := t.lx.Trait("inciseasides")
	if cu.right == nil || cu.left != nil || cu.lo != cu.c && !fr || cu.lo-2 < s.body {
		return nil
	}
	// (Languages that invert any subject may set off a description: "El
	// cuadro –expresó el dirigente– debe …", and a body or a document:
	// "El puerto, dice el informe de la Autoridad Portuaria, perdió …";
	// French also with an auxiliary before the verb: "Le texte, a
	// précisé le ministre du Travail, sera …", "Le site, indique la
	// préfecture, restera …".)
	if cu.right.kind != kPerson && cu.right.kind != kName && !((cu.right.kind == kDesc || cu.right.kind == kOrg || cu.right.kind == kDoc) && !t.lx.Trait("svo")) && !(fr && (cu.right.kind == kOrg || cu.right.kind == kDoc)) {
		return nil
	}
	k := cu.right.t1
	if e := t.adjunctsEnd(k, s); e > k {
		k = e // "Die Lage, sagte Faeser am Montag in Berlin, sei …"
	}
	if k+1 >= s.t1 || !isDash(t.toks[k].s) && t.toks[k].s != "," && !t.closingHyphen(k, cu.lo-1) {
		return nil
	}
	if isDash(t.toks[k].s) || t.toks[k].s == "-" {
		// "El cuadro –expresó Hernández– debe …": the words go on
		// after the closing dash.
		if !isDash(t.toks[cu.lo-1].s) {
			return nil
		}
		return t.inciseRest(k, s)
	}
	if k2 := t.skipApposition(k+1, s); k2 > k+1 {
		k = k2 - 1 // the comma that ends the apposition
	} else if k2 := t.indefApposEnd(k+1, s); k2 > k+1 {
		k = k2 // "said Holt, a former planner, was …"
	}
	if k+1 >= s.t1 || t.toks[k].s != "," {
		return nil
	}
	if t.introPhrase(s.body, cu.lo-1, s) && !t.startsVerb(k+1, int(t.toks[k].sent)) && !t.lx.Set("coord", t.toks[k+1].l) && t.finiteVerbIn(k+1, s.t1) {
		// "In the end, said Res, the deal fell apart.": a phrase of no
		// verb before the incise, a clause of its own after it; the
		// words are both.
		return t.inciseRest(k, s)
	}
	// (Only a predicate: a clause after the comma may be an apposition
	// with a participle, "…, predicted Madeleine Kunin, the former
	// Vermont Democratic governor challenged by Sanders 30 years ago.")
	// (A negated auxiliary too: "doesn't forgive or forget".)
	n := t.toks[k+1].l
	// (French "ne" has no apostrophe: "…, ne montrent aucune hausse".)
	// (Nor does the lexicon know every French verb: "…, restera fermé",
	// "…, rouvrira lundi"; a lower-case word that no phrase opens with
	// goes on the sentence.)
	frVerb := fr && t.toks[k+1].kind == tWord && t.out(k+1) && !t.lx.Set("determiners", n) && !t.lx.Set("possessive", n) && !t.lx.Set("prep", n) &&
		!t.lx.Set("coord", n) && !t.lx.Set("relpron", n) && !t.lx.Set("comp", n) && !t.lx.Set("adverbs", n) && !isTimeWord(t.lx, n)
	if !t.startsVerb(k+1, int(t.toks[k].sent)) && !frVerb && !(t.lx.Set("negation", n) && (strings.ContainsAny(n, "'’") || fr)) || t.toks[k+1].cap || t.nonFinite(n) {
		return nil
	}
	return t.inciseRest(k, s)
}

// shortIncise returns, in a verb-second language, the words after "sagt
// X," set off by commas inside a sentence that opens with a phrase of one
// or two words and no verb ("Das Problem, sagt Hofer, sei …"), when they
// open with a finite verb: the rest of the clause; or nil. (Longer
// phrases before the verb are read as words before it anyway.)
func (t *text) shortIncise(cu *cue, s *sentence) [][2]int {
	if cu.right == nil || cu.left != nil || cu.lo != cu.c || cu.lo-2 < s.body || cu.verb.Weak || cu.verb.Separable != "" ||
		cu.right.kind != kPerson && cu.right.kind != kName && cu.right.kind != kPron && cu.right.kind != kDesc {
		return nil
	}
	if t.contentBefore(cu.lo, s) {
		return nil
	}
	for k := s.body; k < cu.lo-1; k++ {
		if t.toks[k].kind != tWord || t.isVerb(k) || t.toks[k].q >= 0 {
			return nil
		}
	}
	k := cu.right.t1
	if cu.appos != nil {
		k = max(k, cu.appos.t1)
	}
	if e := t.adjunctsEnd(k, s); e > k {
		k = e // "Das Problem, sagt er am Telefon, sei …"
	}
	if k+1 >= s.t1 || t.toks[k].s != "," || t.toks[k+1].cap || !(t.isVerb(k+1) || t.subjunctive(k+1) || t.clauseGoesOn(k+1)) || t.nonFinite(t.toks[k+1].l) {
		return nil
	}
	return t.inciseRest(k, s)
}

// adjunctsEnd returns the comma that closes a run of adverbial phrases
// right after an incise's speaker, at token k ("Die Lage, sagte Faeser
// am Montag in Berlin, sei ernst", "The plan, said Holt on Monday, was a
// failure"): the run opens with a preposition, a time word or an adverb
// and holds no verb, no quotation and no complementiser, and is a few
// words long; or -1.
func (t *text) adjunctsEnd(k int, s *sentence) int {
	lx := t.lx
	if k >= s.t1 || t.toks[k].kind != tWord || t.toks[k].q >= 0 {
		return -1
	}
	if l := t.toks[k].l; !lx.Set("prep", l) && !lx.Set("time", l) && !isTimeWord(lx, l) && !lx.Set("adverbs", l) {
		return -1
	}
	for j := k; j < s.t1 && j <= k+8; j++ {
		tk := &t.toks[j]
		switch {
		case tk.s == "," && j > k:
			return j
		case tk.kind == tPunct && tk.s == "." && j > k && t.toks[j-1].kind == tWord && strings.Trim(t.toks[j-1].s, "0123456789") == "":
			// "am 12. April"
		case tk.kind != tWord || tk.q >= 0 || t.isVerb(j) || lx.Set("comp", tk.l) || lx.Set("subord", tk.l):
			return -1
		}
	}
	return -1
}

// inQuoteApposition returns, for an incise inside a quotation whose
// speaker is named and set off by a comma before a description that ends
// the sentence while the quotation goes on ("« …, pointe Paul Roux, le
// maire de Lège. C'est préoccupant. »", "« …, explique Ana Ruiz,
// toxicologue. Les études … »"), the description (the writer's words
// about the speaker, no part of the quotation, and the speaker's role;
// nil for a bare role) and the token that opens the next sentence, where
// the quotation goes on; or nil and -1. (Not a phrase that holds a verb,
// nor one that is no role: "…, dit Paul Roux, tout le reste est faux. »".)
func (a *analysis) inQuoteApposition(cu *cue, s *sentence, q quote) (*mention, int) {
	t := a.t
	m := cu.right
	if m == nil || m.kind != kPerson && m.kind != kName || cu.hi < m.t1 {
		return nil, -1
	}
	k := m.t1
	if k+1 >= s.t1 || t.toks[k].s != "," || s.t1 >= len(t.toks) {
		return nil, -1
	}
	e := s.t1
	for e > k+1 && t.toks[e-1].kind == tPunct {
		e--
	}
	if e == s.t1 || t.toks[e].s != "." || t.toks[s.t1].start >= q.end || t.toks[s.t1].kind != tWord {
		return nil, -1 // (the quotation goes on after the sentence)
	}
	for j := k + 1; j < e; j++ {
		if tk := &t.toks[j]; tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && !tk.cap && t.isVerb(j) {
			return nil, -1
		}
	}
	h := k + 1
	if t.lx.Set("determiners", t.toks[h].l) && h+1 < e {
		h++
	}
	if t.toks[h].cap || !t.isTitleWord(h) {
		return nil, -1
	}
	if d := a.parseNP(k+1, e, 1); d != nil && d.kind == kDesc && d.t1 == e {
		return d, s.t1
	}
	return nil, s.t1 // (a role with no determiner, "toxicologue, ancien de l'Anses", is read as his elsewhere)
}
