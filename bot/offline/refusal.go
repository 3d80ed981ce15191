package offline

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Refusals to speak (stage 2): "declined to comment", "no quiso hacer
// comentarios", "wollte sich nicht äußern", "n'a pas souhaité réagir":
// where the refusal is, and the words it refuses.

// refusalWordsOf reads, for a refusal cue cu (an infinitive after a
// modal of refusal, refInf, or a negation at negAt), the words it refuses
// to speak about (cu.words), whether its words come first (cu.keep) and
// whether they are a clause (cu.clause). It reports false when a verb
// that needs them has none ("wollte zur Attacke gar nicht sagen").
func (t *text) refusalWordsOf(cu *cue, v lang.Verb, c, modal, negAt int, refInf, participle bool, s *sentence) bool {
	lx := t.lx
	if refInf {
		cu.refusal = true
		cu.words = t.refusalWords(modal+1, c, -1, cu, s) // "keinen Kommentar"
	} else if negAt >= 0 {
		cu.refusal = true
		if modal >= 0 {
			if cu.words = t.refusalWords(negAt+1, c, -1, cu, s); cu.words[0] < 0 {
				cu.words = t.refusalWords(modal+1, negAt, -1, cu, s)
			}
			if cu.words[0] < 0 && cu.mid {
				// "Zu Details wollte sich der Minister nicht äußern": the
				// phrase before the modal, not its subject.
				left := cu.left
				cu.left = nil
				if w := t.refusalWords(s.body, modal, -1, cu, s); w[0] >= 0 && (slices.Contains(v.Takes, t.toks[w[0]].l) || lx.Set("objectdeterminers", t.toks[w[0]].l)) {
					cu.words = w // (or its object: "Den Bericht wollte der Konzern nicht kommentieren"; not "Auch auf wiederholte Nachfrage")
				}
				cu.left = left
			}
			// Its words after it first when they ask a question
			// ("wollte nicht sagen, ob …", "wie viele …"; not "wollte
			// nicht viel sagen, es gebe dringendere Fragen").
			cu.keep = t.questionAt(c+1, s) == c+2
			if !cu.keep && cu.words[0] < 0 && cu.mid && modal-1 > s.body && t.toks[modal-1].s == "," && t.out(s.body) && t.questionWord(s.body) {
				// "Ob die Koalition hält, wollte Lindner nicht sagen": the
				// question before it.
				cu.words, cu.clause = [2]int{s.body, modal - 1}, true
			}
			if w := cu.words; v.NegModal && !cu.keep && !cu.clause && (w[0] < 0 || lx.Set("prep", t.toks[w[0]].l) && !slices.Contains(v.Takes, t.toks[w[0]].l)) {
				return false // "wollte zur Attacke gar nicht sagen": no refusal of what (but "wollte nicht über seine Zukunft sprechen")
			}
		} else if participle {
			// ("hatte sich im Frühjahr nicht zu den Plänen geäußert":
			// the phrase after the negation first.)
			if cu.words = t.refusalWords(negAt+1, c, -1, cu, s); cu.words[0] < 0 {
				cu.words = t.refusalWords(cu.lo+1, negAt, -1, cu, s)
			}
		} else {
			// ("glaubt nicht, dass …": its clause.)
			q := t.questionAt(negAt+1, s)
			cu.keep = q == negAt+2
			cu.words = t.refusalWords(negAt+1, t.clauseEnd(negAt+1, s), -1, cu, s)
			if !cu.keep && q >= 0 {
				// "äußerte sich auch nicht dazu, wann …": the question.
				cu.words, cu.clause = [2]int{q, s.t1}, true
			}
			if cu.words[0] < 0 {
				// "Nordwind kommentierte die Anfrage nicht": with its
				// subject before it, the phrase after the verb is its
				// object.
				right := cu.right
				if cu.left != nil {
					cu.right = nil
				}
				cu.words = t.refusalWords(cu.hi, negAt, -1, cu, s)
				cu.right = right
			}
			if cu.words[0] < 0 && cu.left == nil && cu.lo > s.body && (slices.Contains(v.Takes, t.toks[s.body].l) || cu.fronted) {
				// "Auf Fragen der Reporter antwortete Maier nicht": the
				// phrase before the verb, with the preposition it takes.
				cu.words = t.refusalWords(s.body, cu.lo, -1, cu, s)
			}
		}
	}
	return true
}

// refusalEnds reports whether the clause of a refusal ends at token k, or
// goes on only with a phrase of [set refusaluntil] ("até a publicação
// desta reportagem", "hasta el momento").
func (t *text) refusalEnds(k int, s *sentence) bool {
	if k >= s.t1 || t.toks[k].kind == tPunct && strings.ContainsAny(t.toks[k].s, ".!;,") {
		return true
	}
	return t.phraseEnd("refusaluntil", k, s) > k
}

// negatedBefore reports whether a negation word stands in the verb group
// before the verb at c, past auxiliaries, pronouns and adverbs ("n'a pas
// souhaité", "ne souhaite pas", "no quiso", "não se pronunciou").
func (t *text) negatedBefore(c int, s *sentence) bool {
	lx := t.lx
	for j := c - 1; j >= s.body && j >= c-5 && t.out(j) && t.toks[j].kind == tWord; j-- {
		l := t.toks[j].l
		switch {
		case lx.Set("negation", l):
			return true
		case lx.Set("aux", l) || lx.Set("refl", l) || lx.Set("passive", l) || lx.Set("clitics", l) || lx.Set("adverbs", l) && !t.toks[j].cap:
			continue
		}
		return false
	}
	return false
}

// refusesToSay reports whether the particle of the refusal verb v at c is
// followed by a verb of saying, a word of [set refusalverbs] ("declined
// to comment", "refused to be interviewed"): not one of taking a
// position ("refused to endorse Ryan", "refusing to recant"), whose
// words run on into others' ("…, when he called the businessman
// “unhinged.”").
//
// The verb of saying may be a phrase of up to three words ("hacer
// declaraciones", "s'exprimer", "se pronunciar"); a verb reported only
// negated has its negation's second word first ("ne souhaite pas
// commenter"). After one of the verb's Takes prepositions and
// determiners, a noun of [set refusalnouns] stands for the words asked
// for ("n'a pas répondu aux sollicitations de l'AFP", "s'est refusé à
// tout commentaire", "não retornou os contatos").
//
// In a verb-second language a refusal verb without a particle may also
// refuse a noun of what is said, of [set refusalnouns], its object:
// after the finite verb
// ("lehnte eine Stellungnahme ab", "verweigerte jeden weiteren
// Kommentar", "ließ Fragen dazu unbeantwortet"), or before the
// participle or infinitive that ends the clause ("hat eine Stellungnahme
// abgelehnt"); not "lehnte den Vertrag ab", "verweigerte die
// Zustimmung".
func (t *text) refusesToSay(c int, v lang.Verb, s *sentence) bool {
	lx := t.lx
	if v.Particle == "" && lx.VerbSecond && t.refusedNoun(c, v, s) {
		return true // (a noun anywhere in the clause: "hat eine Stellungnahme abgelehnt"; not "no quiso firmar la declaración")
	}
	if v.Particle == "" && !lx.VerbSecond && !v.NegOnly && len(lx.Sets["refusedobjects"]) > 0 {
		// (English "decline" without its "to": "declined comment",
		// "declined an interview request", "declined repeated requests
		// for comment".)
		return t.refusedRequest(c+1, s)
	}
	if v.Particle != "" && t.particleAt(c+1, s.t1, v.Particle) < 0 {
		if !t.enclitic(c+1) || !lx.Set("refl", t.toks[c+1].l) {
			return false
		}
		c++ // "recusou-se a comentar"
	}
	k := t.afterParticle(c, v, s.t1)
	if v.Separable != "" && k < s.t1 && t.toks[k].l == v.Separable {
		k++
	}
	if v.Particle != "" && k+1 < s.t1 && t.toks[k].s == "," && lx.VerbSecond {
		// "lehnte es ab, sich zu den Vorwürfen zu äußern": the
		// infinitive that closes the clause after the comma, with its
		// "zu".
		e := k + 1
		for e < s.t1 && t.out(e) {
			e++
		}
		return e-2 > k && lx.Set("inf", t.toks[e-2].l) && lx.Set("refusalverbs", t.toks[e-1].l)
	}
	for n := 0; v.NegOnly && n < 2 && k < s.t1 && t.out(k) && lx.Set("negation", t.toks[k].l); n++ {
		k++
	}
	if v.NoWords && t.refusalEnds(k, s) {
		return true // "n'a pas donné suite.", "não retornou até a publicação desta reportagem"
	}
	word := func(j int) bool { return j < s.t1 && t.out(j) && t.toks[j].kind == tWord }
	if !word(k) {
		return false
	}
	if v.Particle != "" && k+1 < s.t1 && word(k+1) && t.adverbForm(k) && !lx.Set("refusalverbs", t.toks[k].l) {
		k++ // "declined to immediately comment", "refused to publicly discuss …": an adverb splits the infinitive
	}
	phrase := ""
	for j := k; j < k+3 && word(j); j++ {
		if j > k {
			phrase += " "
		}
		phrase += t.toks[j].l
		if lx.Set("refusalverbs", phrase) {
			return true
		}
	}
	if slices.Contains(v.Takes, t.toks[k].l) {
		k++
	} else if v.Particle == "" && !v.NegOnly {
		return false // (a noun after "declinó" is no request for words: "declinó la invitación")
	}
	for n := 0; n < 2 && word(k) && (lx.Set("determiners", t.toks[k].l) || lx.Set("possessive", t.toks[k].l)); n++ {
		k++
	}
	return word(k) && lx.Set("refusalnouns", t.toks[k].l)
}

// refusedRequest reports whether the words from token k of sentence s,
// the object of a refusal verb without its particle, are a request for
// words: a few determiners, numbers or adjectives and nouns, with "for"
// and an article between them, one of them a noun of
// [set refusedobjects] ("declined comment", "declined an interview
// request", "declined multiple requests for an interview", "refused
// requests for comment"; not "refused requests to stop the law", "declined
// an invitation to the dinner").
func (t *text) refusedRequest(k int, s *sentence) bool {
	lx := t.lx
	for j := k; j < s.t1 && j < k+6; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) || tk.cap {
			return false
		}
		if lx.Set("refusedobjects", tk.l) {
			return true
		}
		// (A verb's form only as a noun of a request or an adjective right
		// before one: "declined requests", "refused repeated requests".)
		adj := j+1 < s.t1 && (lx.Set("refusalnouns", t.toks[j+1].l) || lx.Set("refusedobjects", t.toks[j+1].l))
		if t.isVerb(j) && !lx.Set("refusalnouns", tk.l) && !adj || lx.Set("prep", tk.l) && (j == k || !lx.Set("refusedfor", tk.l)) {
			return false
		}
	}
	return false
}

// refusalModal returns, for the infinitive at c that ends its clause, a
// modal of [set refusalmodals] earlier in the clause and the negation
// between them ("wollte sich auf Anfrage nicht äußern", "möchte den
// Bericht nicht kommentieren"), or -1s (not "konnte nichts sagen", "will
// sich am Freitag äußern").
//
// With obj set, the verb refuses its object and the negation is the
// object's ("wollte keinen Kommentar abgeben"), or there is none: the
// modal alone, and -1.
func (t *text) refusalModal(c int, s *sentence, obj bool) (int, int) {
	lx := t.lx
	if c+1 < s.t1 && t.out(c+1) {
		return -1, -1
	}
	neg := -1
	for j := c - 1; j >= s.body && j >= c-12; j-- {
		tk := &t.toks[j]
		if !t.out(j) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) && j > s.body && t.toks[j-1].s == "," {
			return -1, -1
		}
		switch {
		case obj && lx.Set("refusalmodals", tk.l):
			return j, -1
		case obj:
		case lx.Set("negation", tk.l) && neg < 0:
			if !t.refusalNegation(j, c, s) {
				return -1, -1
			}
			neg = j
		case lx.Set("refusalmodals", tk.l) && neg >= 0:
			return j, neg
		case lx.Set("modal", tk.l) || lx.Set("aux", tk.l) || lx.Set("passive", tk.l) || lx.Set("inf", tk.l) && j == c-1:
			return -1, -1
		}
	}
	return -1, -1
}

// midfieldNegation returns the negation in the clause after the finite
// verb at c that negates the verb ("äußerte sich zunächst nicht",
// "kommentierte den Bericht nicht", "reagierte nicht auf eine Anfrage"),
// or -1.
func (t *text) midfieldNegation(c int, s *sentence) int {
	lx := t.lx
	for k := c + 1; k < s.t1 && k <= c+12; k++ {
		tk := &t.toks[k]
		if !t.out(k) || lx.Set("comp", tk.l) || lx.Set("clause", tk.l) && !lx.Set("prep", tk.l) && !lx.Set("adverbs", tk.l) || t.isVerb(k) {
			return -1
		}
		if lx.Set("negation", tk.l) {
			if t.refusalNegation(k, -1, s) {
				return k
			}
			return -1
		}
	}
	return -1
}

// refusalNegation reports whether the negation at k negates its verb
// (at c, or ending the clause): the clause ends after it, or the verb,
// a preposition or an adverb follows; not "keine Angaben", "nicht nur
// …, sondern", "nicht genehmigte".
func (t *text) refusalNegation(k, c int, s *sentence) bool {
	lx := t.lx
	n := k + 1
	if n == c || n >= s.t1 || t.toks[n].kind != tWord {
		return true
	}
	l := t.toks[n].l
	if t.toks[n].cap || t.toks[n].q >= 0 || lx.Set("negfocus", l) {
		return false
	}
	return lx.Set("prep", l) || lx.Set("adverbs", l) || isTimeWord(lx, l)
}

// refusalWords returns what a negated German verb of saying is about:
// the first run of words in [lo, hi) that is not the negation at neg,
// "sich", an adverb, a time, a phrase of the occasion ("auf Anfrage")
// nor the verb's subject ("den Bericht", "zu weiteren Einzelheiten"), as
// tokens [lo, hi), or -1s.
func (t *text) refusalWords(lo, hi, neg int, cu *cue, s *sentence) [2]int {
	lx := t.lx
	in := func(m *mention, k int) bool { return m != nil && k >= m.t0 && k < m.t1 }
	stop := func(k int) bool {
		return k == neg || lx.Set("refl", t.toks[k].l) || in(cu.left, k) || in(cu.right, k) || in(cu.appos, k)
	}
	soft := func(k int) int { // the tokens an adverb, a time or a phrase of the occasion takes, or 0
		l := t.toks[k].l
		switch {
		case lx.Set("adverbs", l) && !t.toks[k].cap, isTimeWord(lx, l):
			return 1
		case lx.Set("prep", l) && k+1 < hi && (lx.Set("barenouns", t.toks[k+1].l) || isTimeWord(lx, t.toks[k+1].l)):
			return 2 // "auf Anfrage", "am Montag"
		case lx.Set("prep", l) && k+2 < hi && lx.Set("prep", t.toks[k+1].l) && isTimeWord(lx, t.toks[k+2].l):
			return 3 // "bis zum Abend"
		}
		return 0
	}
	k := lo
	for k < hi && (stop(k) || soft(k) > 0) {
		if stop(k) {
			k++
		} else {
			k += soft(k)
		}
	}
	st := k
	for k < hi && !stop(k) {
		// (A short quotation inside may name: "Den Bericht der „Bild“
		// wollte Eberl nicht bestätigen".)
		tk := &t.toks[k]
		if quoted := tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && tk.q >= 0; !quoted && !t.out(k) || t.out(k) && t.isVerb(k) {
			return [2]int{-1, -1}
		}
		k++
	}
	end, tail := k, -1
	for e := st; e < end; {
		// (Not the adverbs and times that close it: "den Bericht
		// zunächst".)
		if n := soft(e); n > 0 {
			if tail < 0 {
				tail = e
			}
			e += n
		} else {
			tail = -1
			e++
		}
	}
	if tail >= 0 {
		end = tail
	}
	if st >= end || end-st == 1 && lx.Set("prep", t.toks[st].l) {
		return [2]int{-1, -1} // (nor a preposition alone)
	}
	return [2]int{st, end}
}

// refusedNoun reports whether the object of the refusal verb at c is a
// noun of [set refusalnouns] (see refusesToSay): a noun after the finite
// verb, before any preposition or its separable particle; for a
// participle or an infinitive, a noun with its determiner before it in
// its clause.
func (t *text) refusedNoun(c int, v lang.Verb, s *sentence) bool {
	lx := t.lx
	if v.Tags&(lang.TagParticiple|lang.TagBase) != 0 && v.Tags&lang.TagFinite == 0 {
		for j := c - 1; j > s.body && j >= c-8 && t.out(j) && !lx.Set("comp", t.toks[j].l); j-- {
			if lx.Set("refusalnouns", t.toks[j].l) && (lx.Set("determiners", t.toks[j-1].l) && !v.NegObject || lx.Set("negation", t.toks[j-1].l) ||
				j-2 >= s.body && lx.Set("negation", t.toks[j-2].l) || j == c-1 && lx.Set("negsubj", t.toks[j].l)) {
				return true // ("keinen weiteren Kommentar abgeben", "nichts sagen")
			}
		}
		return false
	}
	// (Past a subject after the verb: "Auf Anfrage lehnte der Konzern
	// eine Stellungnahme ab"; or the one refused: "verweigerte dem
	// Reporter ein Interview".)
	neg := false
	for j := c + 1; j < s.t1 && j <= c+6 && t.out(j); j++ {
		tk := &t.toks[j]
		neg = neg || lx.Set("negation", tk.l)
		switch {
		case lx.Set("refusalnouns", tk.l):
			return !v.NegObject || neg // ("gab zunächst keinen weiteren Kommentar ab")
		case lx.Set("comp", tk.l) || lx.Set("prep", tk.l) && !slices.Contains(v.Takes, tk.l) || tk.l == v.Separable:
			return false // (but past the preposition it takes: "reagierte nicht auf eine Anfrage")
		}
	}
	return false
}
