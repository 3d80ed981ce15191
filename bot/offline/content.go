package offline

import (
	"slices"
	"strings"
)

// The words of an attribution (stage 4): where they start after the
// verb, where a clause breaks them off, and what is quoted directly.

// contentAfter returns the reported words after a verb group ending at k:
// from the marker (or, for verbs that take their words directly, from k)
// to the sentence's end. It sets at.marked and at.direct.
func (t *text) contentAfter(k int, s *sentence, at *attribution) [][2]int {
	if k < s.t1 && at.cue >= 0 && k == at.cue+1 && isDash(t.toks[k].s) && t.dashesBefore(k, s)%2 == 1 && !isDash(t.toks[at.cue-1].s) &&
		!(k+1 < s.t1 && (t.toks[k+1].kind == tQOpen || t.out(k+1) && t.lx.Set("comp", t.toks[k+1].l))) {
		// "— about five hours before Reed announced — Ana Ruiz posted
		// …": the dash closes the aside the verb is in; what follows is
		// the sentence's, no words of the verb's. (Not a verb alone
		// between dashes, an incise: "que, como en otros —reconoció—
		// tampoco …"; nor one whose words open after the dash: "X
		// would argue — and Y believes — that …".)
		return nil
	}
	if t.lx.VerbSecond && at.cue >= 0 && k == at.cue+1 && k+1 < s.t1 && t.out(k) && t.lx.Set("refl", t.toks[k].l) && !at.verb.Refl {
		// "äußerte sich besorgt: „…“": the verb's reflexive pronoun is
		// no word of the claim ("Sagt besorgt: …", not "Sagt sich …").
		k++
	}
	if at.cue >= 0 && k == at.cue+1 && k+2 < s.t1 && t.toks[k].s == "," && t.out(k+1) && t.lx.Set("coord", t.toks[k+1].l) && t.out(k+2) &&
		(t.lx.Set("modal", t.toks[k+2].l) || t.lx.Set("aux", t.toks[k+2].l) || t.isVerb(k+2) && !t.toks[k+2].cap) {
		// "… monitors a patient's ECG signal, and can identify …": a
		// second predicate joined after a comma, no words of the verb's.
		return nil
	}
	if at.verb.Separable != "" && at.cue >= 0 {
		// "wies die Vorwürfe zurück": the words between the verb and its
		// particle, and after it.
		if p := t.lastClauseWord(at.cue+1, s.t1, at.verb.Separable); p > at.cue+1 && p+1 >= k {
			// (After the verb's own particle: "sprach sich | gegen …
			// aus".)
			sp := t.spanTo(t.afterParticle(at.cue, at.verb, p), p)
			if j, ok := t.marker(p+1, s); ok {
				at.marked = true
				return t.spanTo(j, s.t1)
			}
			if rest := t.spanTo(p+1, s.t1); len(rest) > 0 && !(p+1 < s.t1 && t.lx.Set("coord", t.toks[p+1].l)) {
				// (Not a clause joined after the particle: "wies die
				// Vorwürfe zurück und sprach von …".)
				sp = append(sp, rest...)
			}
			if at.verb.Refusal && at.verb.Particle != "" && p+1 < s.t1 && t.toks[p+1].s == "," {
				// "lehnte es ab, sich zu äußern": the infinitive's
				// clause, after a comma.
				at.marked = true
			}
			return sp
		}
	}
	if e := t.asideEnd(k, s); e > k && e < s.t1 && at.cue >= 0 && k == at.cue+1 {
		k = e // "juge au contraire que …", "estime en revanche que …": past the aside
	}
	if (at.verb.Topic || len(at.verb.Takes) > 0) && at.cue >= 0 && k == at.cue+1 {
		k = t.commaAsideEnd(k, s) // "parle, lui, d'une « catastrophe »", "parle, de son côté, de …"
	}
	if at.verb.Colon && !(k < s.t1 && (t.toks[k].s == ":" || t.toks[k].kind == tQOpen)) && !t.commaQuoteToEnd(k, s) {
		return nil // "poursuit ses efforts, …": no words of the verb's
	}
	if (at.verb.Topic || len(at.verb.Takes) > 0) && t.lx.NounCaps {
		// "Ökonomen rechnen dagegen mit einer Entspannung", "sprach
		// hingegen von einem «Rachefeldzug»": past an adverb or two
		// before the matter.
		for j := k; j < s.t1 && j < k+2 && t.out(j) && !t.toks[j].cap && t.lx.Set("adverbs", t.toks[j].l); j++ {
			if j+1 < s.t1 && t.out(j+1) && slices.Contains(at.verb.Takes, t.toks[j+1].l) {
				k = j + 1
				break
			}
		}
		// "sprach nach dem Spiel von …", "sprach im Gespräch mit der
		// Süddeutschen Zeitung von …": past a short phrase of the
		// occasion.
		if k < s.t1 && t.lx.Set("occasionpreps", t.toks[k].l) && !slices.Contains(at.verb.Takes, t.toks[k].l) {
			for j := k + 1; j < s.t1 && j <= k+6 && t.out(j) && t.toks[j].kind == tWord && !t.isVerb(j); j++ {
				if slices.Contains(at.verb.Takes, t.toks[j].l) && t.toks[j-1].cap {
					k = j
					break
				}
			}
		}
	}
	if at.verb.Topic && !(k < s.t1 && slices.Contains(at.verb.Takes, t.toks[k].l)) {
		return nil // "habló el lunes con los periodistas": no matter spoken of
	}
	if at.verb.Topic && (k+1 >= s.t1 || t.toks[k+1].kind == tPunct || t.out(k+1) && t.lx.Set("prep", t.toks[k+1].l) && !t.lx.Set("determiners", t.toks[k+1].l) && !slices.Contains(at.verb.Takes, t.toks[k+1].l)) {
		return nil // "content such as the union talks about in the notice": the preposition's object stands before it, no matter after it
	}
	if p := strings.Fields(at.verb.Particle); len(p) > 0 && t.lx.Set("refl", p[len(p)-1]) && k+1 < s.t1 && t.out(k) && !t.toks[k].cap && !t.markedAfter(k, s) && t.markedAfter(k+1, s) {
		// "zeigte sich überzeugt, dass …", "zeigt sich zuversichtlich:
		// …": the reflexive verb's adjective, then the words.
		k++
	}
	if at.verb.Position && k < s.t1 && t.toks[k].kind != tQOpen {
		// "want Obama to push for new laws that would help …": a
		// stand's object runs on; a "that" in it opens no words of the
		// verb's. (Past an adverb: "veut également regrouper …".)
		for k+1 < s.t1 && t.out(k) && !t.toks[k].cap && t.lx.Set("adverbs", t.toks[k].l) {
			k++
		}
		return t.spanTo(k, s.t1)
	}
	if j, ok := t.marker(k, s); ok {
		at.marked = true
		if at.verb.Refusal && j > k && t.out(k) && t.lx.Set("refusalverbs", t.toks[k].l) {
			j = k // "declined to say whether …", "to tell reporters whether …": the verb refused is part of its words
		}
		if !at.verb.Object && t.objectBefore(k, j, s) {
			// "touted estimates that …": the words are about the
			// estimates; they start with them.
			j = k
			at.object = true
		} else if t.phraseBeforeRelative(k, j, s, at.verb) {
			// "vowed to veto a bill that would end …", "warned of a plan
			// that would close …": the "that" opens a relative clause
			// about the noun before it; the words start with the
			// infinitive or the verb's preposition.
			j = k
			if e := t.pastAdverbs(k, s.t1, s); e < s.t1 && slices.Contains(at.verb.Takes, t.toks[e].l) {
				at.object = true // "hizo un llamado a la unión de …": Llama a la unión, the verb's object
			}
		}
		if j == k+2 && t.out(k) && slices.Contains(at.verb.Takes, t.toks[k].l) && t.lx.Set("clauserel", t.toks[k+1].l+" "+t.toks[j].l) {
			// "s'attend à ce que …": the verb's preposition opens the
			// clause, its object, and the words.
			j = k
			at.object = true
		}
		if j < s.t1 && t.toks[j].kind == tWord && t.lx.Set("comp", t.toks[j].l) && !t.lx.Set("yesnocomp", t.toks[j].l) && t.lx.Trait("dropcomp") {
			j++ // "that" is the bot's to add, not the claim's
		}
		sp := t.spanTo(j, s.t1)
		at.content = sp
		t.markDirect(at)
		return sp
	}
	if at.verb.Weak {
		if k < s.t1 && t.bareClause(k, s) {
			return t.spanTo(k, s.t1)
		}
		if at.verb.ObjInf && t.objInfWords(k, s) {
			return t.spanTo(k, s.t1) // "expects the council to approve the plan": both are the words
		}
		if at.verb.Voice == "estimate" && t.amountWords(k, s) {
			return t.spanTo(k, s.t1) // "schätzt den Schaden auf drei Millionen Euro": the estimate
		}
		// "assured voters he'd …", "reminded them the bridge was …": the
		// clause after the person told.
		if end := t.npRight(k, s); at.verb.Object && end > k && end < s.t1 && t.bareClause(end, s) {
			return t.spanTo(end, s.t1)
		}
		if k < s.t1 && slices.Contains(at.verb.Takes, t.toks[k].l) && t.quoteOpensPhrase(k+1, s) {
			// "sprach von einem „durchsichtigen Manöver“": the matter
			// spoken of, in the speaker's quoted words, the object of
			// the verb.
			at.marked, at.object = true, true
			return t.spanTo(k, s.t1)
		}
		// "wrote in both listings he was …", "tweeted Tuesday night he
		// considered …": the clause after a time or a place.
		if j := t.pastPhrases(k, s); j > k && j < s.t1 && t.bareClause(j, s) {
			return t.spanTo(j, s.t1)
		}
		if t.quotedObject(k, s) {
			// "a défendu une réforme « juste et nécessaire »": the
			// speaker's own words qualify the object.
			at.marked, at.object = true, true
			return t.spanTo(k, s.t1)
		}
		return nil
	}
	if at.verb.Object {
		// "told reporters the deal was dead": the words after the person
		// told.
		if end := t.npRight(k, s); end > k {
			if end+1 < s.t1 && t.out(end) && t.lx.Set("coord", t.toks[end].l) && t.toks[end+1].cap && t.toks[k].cap {
				// "told Ana Ruiz and Sara Lind the deal was fair": both
				// were told.
				if e2 := t.npRight(end+1, s); e2 > end+1 {
					end = e2
				}
			}
			for j := k + 1; j < end && t.lx.Trait("zerocomp"); j++ {
				if t.out(j) && t.lx.Set("determiners", t.toks[j].l) && t.toks[j-1].kind == tWord && t.toks[j-1].cap && !t.lx.Set("prep", t.toks[j-1].l) {
					// "told Reuters a Syrian migrant died …": the one told
					// ends before the clause's subject (English: a Spanish
					// "informó a Reuters la fiscalía" has its subject there).
					end = j
					break
				}
			}
			k = end
			if k < s.t1 && t.lx.Set("relpron", t.toks[k].l) {
				return nil // "told the story of a mayor who …": a story, not words
			}
		}
	}
	if k < s.t1 && (at.verb.Refusal || slices.Contains(at.verb.Takes, t.toks[k].l)) && t.prepBeforeNoun(k, s) {
		// "would not comment on the figures", "called on the European
		// Union to impose sanctions": the preposition is the words'
		// ("on" is also an adverb of time: "said on Monday").
		return t.spanTo(k, s.t1)
	}
	{
		// Time words and adverbs after the verb are not reported words
		// ("a annoncé lundi de nouvelles mesures").
		j := t.pastAdverbs(k, s.t1, s)
		if j+1 < s.t1 && t.out(j) && t.lx.Set("toldpreps", t.toks[j].l) && !slices.Contains(at.verb.Takes, t.toks[j].l) && t.nounPhraseOpens(j+1) &&
			t.spanTo(t.pastPrepPhrases(j, s), s.t1) == nil {
			// Nor is the phrase of whom the words were told, or
			// phrases after it, when nothing follows them: "said to
			// the crowd.", "added to the pressure on the council."
			// report no words here (an infinitive's "to" does: "told
			// his advisers to figure out …").
			return nil
		}
		return t.spanTo(j, s.t1)
	}
}

// nounPhraseOpens reports whether token k opens a noun phrase surely: a
// determiner, a possessive, a pronoun or a capitalised word.
func (t *text) nounPhraseOpens(k int) bool {
	tk := &t.toks[k]
	return tk.kind == tWord && (tk.cap || t.lx.Set("determiners", tk.l) || t.lx.Set("possessive", tk.l) || t.isPronounTok(k))
}

// pastPrepPhrases returns the token after up to four phrases that open
// with a preposition from token k of sentence s ("to the pressure on the
// council"), or k.
func (t *text) pastPrepPhrases(k int, s *sentence) int {
	for n := 0; n < 4 && k < s.t1 && t.out(k) && t.lx.Set("prep", t.toks[k].l); n++ {
		end := t.npRight(k+1, s)
		if end <= k+1 {
			break
		}
		k = end
	}
	return k
}

// quotedObject reports whether the words from token k of sentence s are a
// short object phrase (up to six words, no verb, a preposition only
// first) and a quotation that ends the sentence: "a défendu une réforme
// « juste et nécessaire »".
func (t *text) quotedObject(k int, s *sentence) bool {
	for j := k; j < s.t1 && j < k+7; j++ {
		tk := &t.toks[j]
		if tk.kind == tQOpen {
			if j == k || tk.q < 0 {
				return false
			}
			e := quoteEnd(t.src, t.qs[tk.q])
			for x := j + 1; x < s.t1; x++ {
				if t.toks[x].start >= e && t.toks[x].kind == tWord {
					return false // words after the quotation
				}
			}
			return true
		}
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(j) || t.lx.Set("comp", tk.l) || t.lx.Set("clause", tk.l) || j > k && t.lx.Set("prep", tk.l) {
			return false // (a preposition only first: "a répondu par « … »", not "finden Sie im Newsletter „…“")
		}
	}
	return false
}

// spanTo returns the byte span of tokens [lo, hi) without trailing
// punctuation, as a one-element list, or nil when it holds no word.
func (t *text) spanTo(lo, hi int) [][2]int {
	for lo < hi && t.toks[lo].kind == tPunct {
		lo++
	}
	for hi > lo && t.toks[hi-1].kind == tPunct && t.toks[hi-1].s != ")" && t.toks[hi-1].s != "?" && t.toks[hi-1].s != "!" && !unitSign(t.toks[hi-1].s) {
		hi--
	}
	for k := lo; k < hi; k++ {
		if t.toks[k].kind == tWord {
			return [][2]int{{t.toks[lo].start, t.toks[hi-1].end}}
		}
	}
	return nil
}

// markDirect sets at.direct when the content is one quotation.
func (t *text) markDirect(at *attribution) {
	if len(at.content) == 0 {
		return
	}
	for _, sp := range at.content {
		lo := t.tokAt(sp[0])
		hi := t.tokAt(sp[1])
		words, quoted := 0, 0
		for k := lo; k < hi && k < len(t.toks); k++ {
			if t.toks[k].kind == tWord {
				words++
				if t.toks[k].q >= 0 {
					quoted++
				}
			}
		}
		if words == 0 || quoted*10 < words*9 {
			return
		}
	}
	at.direct = true
	// "explicó que “…”": the quotation is the words; "que" is not.
	for i, sp := range at.content {
		k := t.tokAt(sp[0])
		if k+1 < len(t.toks) && t.toks[k].kind == tWord && t.toks[k].q < 0 && t.lx.Set("comp", t.toks[k].l) && t.toks[k+1].kind == tQOpen {
			at.content[i][0] = t.toks[k+1].start
		}
	}
}

// clauseBreak returns the token of a clause break (a semicolon, or a
// comma before "but", "while", "and", "however", "mais", "aber", …)
// between tokens from and to of s, or -1.
func (t *text) clauseBreak(from, to int, s *sentence) int {
	for k := from + 1; k < to && k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tQClose && t.toks[k-1].s == "," && k+1 < to && t.lx.Set("contrast", t.toks[k+1].l) {
			return k // "called the bill “a step backward,” while …": the comma inside the closing mark
		}
		if tk.q >= 0 {
			continue
		}
		if tk.s == ";" {
			return k
		}
		if tk.s == "," && k+1 < to && (t.lx.Set("clause", t.toks[k+1].l) || t.lx.Set("coord", t.toks[k+1].l)) {
			return k
		}
	}
	return -1
}

// clauseStart returns the first token of the clause that token k of
// sentence s is in, when a full clause of the same sentence comes before
// it (after a semicolon; after ", and" / ", but" / ", when" and the like
// when the words before have a finite verb of their own; after the
// subordinate clause a sentence opens with; at a joining word such as
// "and" or "while" after a clause with its own verb), or s.body. Lists
// ("Daimler, and Siemens have"), opening phrases ("On Wednesday, as part
// of …,") and relative clauses (", which state media said") start none.
func (rs *resolver) clauseStart(k int, s *sentence) int {
	t := rs.t
	lx := t.lx
	start := s.body
	for b := start; b < k; b++ {
		tk := &t.toks[b]
		if tk.q >= 0 {
			continue
		}
		next := t.toks[b+1].l
		switch {
		case tk.s == ";":
			start = b + 1
		case tk.s == "," && (lx.Set("coord", next) || lx.Set("subord", next) || lx.Set("adverbs", next) || lx.Set("absolute", next)) && t.finiteVerbIn(start, b):
			start = b + 1
		case b == k-1 && lx.Set("signdashes", tk.s) && t.finiteVerbIn(start, b):
			// "Rubio opposes it, but — after a ruling made it legal — he
			// urged …": the clause after the dash that closes an aside.
			start = b + 1
		}
	}
	if o := rs.openingSubord(s); o >= 0 && o < k || t.openingAbsolute(s) >= 0 {
		for j := k - 1; j > start; j-- {
			if t.toks[j].s == "," && t.toks[j].q < 0 {
				start = j + 1
				break
			}
		}
	}
	if k-1 > start && t.toks[k-1].q < 0 {
		if w := t.toks[k-1].l; (lx.Set("subord", w) || lx.Set("clause", w) && !lx.Set("relpron", w) && !lx.Set("comp", w) && !lx.Set("as", w)) && t.finiteVerbIn(start, k-1) {
			start = k - 1
		}
	}
	return start
}

// cutContent ends an attribution's words before byte offset off, and
// before any conjunction left dangling there.
func (t *text) cutContent(at *attribution, off int) {
	k := t.tokAt(off)
	for k > 0 && (t.toks[k-1].kind == tPunct || t.lx.Set("coord", t.toks[k-1].l)) && t.toks[k-1].q < 0 {
		k--
	}
	if k > 0 && k < len(t.toks) {
		off = min(off, t.toks[k].start)
	} else if k > 0 {
		off = min(off, t.toks[k-1].end)
	}
	cutSpans(at, off)
}

// cutSpans ends an attribution's words before byte offset off.
func cutSpans(at *attribution, off int) {
	var out [][2]int
	for _, sp := range at.content {
		if sp[0] >= off {
			continue
		}
		if sp[1] > off {
			sp[1] = off
		}
		out = append(out, sp)
	}
	at.content = out
}

// commaAsideEnd returns, for an aside set off by commas at token k of
// sentence s, an aside phrase of the lexicon or a stressed pronoun ("…,
// lui, …", "…, de son côté, …"), the token after its closing comma, or k.
func (t *text) commaAsideEnd(k int, s *sentence) int {
	if k+1 >= s.t1 || t.toks[k].s != "," {
		return k
	}
	e := t.asideEnd(k+1, s)
	if e == k+1 && t.out(k+1) && t.toks[k+1].kind == tWord && !t.toks[k+1].cap && t.isPronounTok(k+1) {
		e = k + 2
	}
	if e > k+1 && e+1 < s.t1 && t.toks[e].s == "," {
		return e + 1
	}
	return k
}

// dashesBefore counts the dashes of sentence s before token k.
func (t *text) dashesBefore(k int, s *sentence) int {
	n := 0
	for j := s.body; j < k && j < s.t1; j++ {
		if t.toks[j].kind != tWord && isDash(t.toks[j].s) {
			n++
		}
	}
	return n
}

// commaQuoteToEnd reports whether sentence s goes on from token k with a
// comma and a quotation that runs to the sentence's end: "Reed went on,
// “…”" is his, as "Reed went on: “…”" is; not "As the day went on, “…,”
// Reed said", whose quotation a verb after it reports.
func (t *text) commaQuoteToEnd(k int, s *sentence) bool {
	if k+1 >= s.t1 || t.toks[k].s != "," || t.toks[k+1].kind != tQOpen {
		return false
	}
	c := t.quoteCloseIn(k+1, s)
	if c < 0 {
		for j := k + 2; j < s.t1; j++ {
			if t.toks[j].kind == tQOpen {
				return false
			}
		}
		return true
	}
	for j := c + 1; j < s.t1; j++ {
		if t.toks[j].kind == tWord || t.toks[j].kind == tQOpen {
			return false
		}
	}
	return true
}
