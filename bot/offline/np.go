package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Where noun phrases start and end around a cue. These only find spans;
// parseNP reads them.

// maxNP bounds the tokens of a noun phrase.
const maxNP = 14

// npLeft returns the start of the noun phrase that ends at token k of
// sentence s, or -1. The phrase is made of words outside quotations
// (names, titles, determiners, modifiers and nouns), with "of"-phrases
// and at most one other prepositional phrase ("officials in Beijing");
// it stops at punctuation, quotations, clause words and verbs. Its start
// must open a clause, or follow a short introductory phrase ("On Monday
// the ministry said").
func (t *text) npLeft(k int, s *sentence) int {
	lx := t.lx
	if k < s.body || !t.out(k) && t.toks[k].s != ")" {
		return -1
	}
	if _, ok := lx.Pronouns[t.toks[k].l]; ok && t.toks[k].kind == tWord && !lx.Set("determiners", t.toks[k].l) {
		return k // a pronoun takes no modifiers: "On live television he said"
	}
	if t.loneDemonstrative(k) {
		return k // "Este indicó …": a demonstrative with no noun after it stands alone
	}
	if k-1 >= s.body && t.out(k-1) && lx.Set("latter", t.toks[k-1].l+" "+t.toks[k].l) {
		return k - 1 // "ce dernier" (whose "ce" is also an adverb's word: "ce lundi")
	}
	if _, ok := lx.Pronouns[t.toks[k].l]; k-1 >= s.body && t.out(k-1) && !ok {
		if _, ok := lx.Pronouns[t.toks[k-1].l+" "+t.toks[k].l]; ok {
			return k - 1 // "l'intéressé"
		}
	}
	preps := 0
	j := k
	paren := 0 // tokens of a parenthesis skipped, not counted in the phrase's length
	for ; j >= s.body && k-j < maxNP+paren; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord {
			if j < k && t.glue(j, k+1) {
				continue // "Analysts at Cole & Barr"
			}
			if j < k && t.speakerList(j, k, s) {
				continue // "Friends, lobbyists and former rivals say"
			}
			if j < k && t.decimalComma(j) {
				continue // "About 1,100 workers said": the comma inside a number
			}
			if tk.s == ")" {
				// "Rep. Elijah Cummings (D-Md.)", "the SDF (Syrian …)".
				if o := t.parenOpen(j, s, 8); o-1 >= s.body && t.out(o-1) {
					paren += j - o + 1
					j = o
					continue
				}
			}
			break
		}
		if tk.q >= 0 {
			break
		}
		l := tk.l
		if j < k && !tk.cap && lx.Set("objectgerunds", l) && (j == s.body || t.toks[j-1].s == ",") {
			// "…, giving officials hope that …": the people after the
			// gerund of a clause are its object, not a subject.
			return -1
		}
		switch {
		case lx.Set("of", l) && j < k:
			continue
		case j < k && tk.cap && lx.Set("prep", l) && j-1 >= s.body && t.out(j-1) && t.toks[j-1].kind == tWord && t.toks[j-1].cap && t.toks[j+1].kind == tWord && t.toks[j+1].cap:
			continue // "Surfers Against Sewage", "Médecins Sans Frontières": a capitalised preposition inside a name
		case tk.cap && j < k && j-1 >= s.body && t.out(j-1) && t.toks[j-1].cap && t.out(j+1) && (lx.Set("time", l) && lx.Months[l] == 0 && !strings.HasSuffix(l, "day") || t.toks[j+1].cap && lx.Set("determiners", l)):
			// "CBS This Morning co-anchor Tony Marsh", "Good Morning
			// America anchor": a time word or a determiner inside a
			// name (not a day's or a month's, always capitalised:
			// "Super Tuesday").
			continue
		case j < k && !tk.cap && j-1 >= s.body && t.toks[j-1].cap && t.isName(j-1) && t.surnameParticle(j, k+1):
			continue // "Luiz Inácio Lula da Silva": a particle inside a surname, though Spanish "da" is also a verb
		case lx.Set("coord", l) && t.inMultiTitle(j, k+1, s):
			continue // "Police and Crime Commissioner Stephen Mold": a title of several words
		case lx.Set("coord", l) && t.glue(j, k+1):
			continue
		case lx.Set("coord", l) && t.modifierPair(j, k, s):
			continue // "current and former officials"
		case lx.Set("coord", l) && t.prepPair(j, k, s):
			continue // "Experts on North Korea and nuclear nonproliferation", "officials in the FBI and at the Justice Department"
		case lx.Set("coord", l) && t.speakerPair(j, k, s):
			continue // "Anwohner und Gewerkschafter", "union members and residents"
		case lx.Set("coord", l) && j < k && t.bareNoun(j+1) && t.alsoDescOpens(j, s):
			// "La también representante de Alterna Design y especialista
			// en interiores enfatizó …": a second post of the one
			// person, with its own phrase.
			preps = 0
			continue
		case lx.Set("definite", l) && j < k && j-2 >= s.body && !tk.cap && t.toks[j-1].kind == tWord && lx.Set("definite", t.toks[j-1].l) &&
			(lx.Set("prep", t.toks[j-2].l) || lx.Set("of", t.toks[j-2].l)):
			// "del desarrollo de estas la Fiscalía pidió …": two
			// determiners in a row after a preposition; the first stood
			// for a noun, the phrase opens with the second.
			j--
		case lx.Set("coord", l) && j+1 == k && t.trailingModifierPair(j, s):
			continue // "La experta en psicología organizacional y transgeneracional enfatizó …": two modifiers after the noun
		case lx.Set("coord", l) && j < k && t.portfolioPair(j, s):
			continue // "la ministra de Vivienda y Urbanismo, Ana Ruiz, …": one portfolio of two names
		case lx.Set("coord", l) && j > s.body && j < k && t.isTitleWord(j-1) && t.isTitleWord(j+1):
			continue // "le vice-Premier ministre et ministre de l'Intérieur Jan Dvořák"
		case t.articlePrep(j) && j < k && t.boundary(j-1, s):
			continue // Portuguese "A presidente da … na Agricultura": at a clause start "a" is the article, no second preposition
		case lx.Set("by", l) && j < k && !tk.cap && j-1 >= s.body && t.toks[j-1].cap && t.toks[j-1].kind == tWord && t.out(j-1) && t.capNext(j+1, k):
			continue // "el jefe del bloque de Unión por la Patria en Diputados": "por" inside a name
		case lx.Set("prep", l) && j < k && (preps == 0 || preps == 1 && (t.peopleHead(j, k, s) || t.docAuthors(j, s) || t.reducedRelative(j-1, k, s))) && !lx.Set("clause", l):
			// (A second phrase only after people named by a plural
			// noun: "delegates at the convention in Philadelphia"; or
			// after a participle that describes them: "Business owners
			// worried about parking on Main Street say …".)
			preps++
			continue
		case (lx.Set("clause", l) || lx.Set("prep", l) || lx.Set("comp", l) || lx.Set("relpron", l) && !lx.Set("determiners", l) || lx.Set("whatpron", l)) &&
			!t.surnameAfterGiven(j):
		case (lx.Set("negation", l) || lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l)) && !tk.cap:
		case lx.NounCaps && lx.Set("as", l) && j < k:
			// "Wie die Polizei mitteilte": the word of "as" opening the
			// clause, not a capitalised word of a name.
		case lx.Set("determiners", l) && lx.Set("adverbs", l) && j < k && j-1 >= s.body && lx.Set("prep", t.toks[j-1].l) && t.toks[j+1].kind == tWord && !isTimeWord(lx, t.toks[j+1].l):
			continue // "consultados por este diario": a determiner, not "este lunes"
		case lx.Set("alsodesc", l) && j < k && j-1 >= s.body && lx.Set("definite", t.toks[j-1].l):
			continue // "El también gerente del instituto"
		case (j < k || lx.Months[l] > 0) && tk.cap && j-1 >= s.body && t.toks[j-1].kind == tWord && t.toks[j-1].cap && t.toks[j-1].q < 0 && isTimeWord(lx, l) &&
			(lx.Set("saintwords", t.toks[j-1].l) || lx.GivenNames[t.toks[j-1].l] != 0 || lx.Months[l] > 0 && t.monthGiven(j)):
			// "la fiscal de Santo Domingo, …", "Plácido Domingo": a word
			// of time inside a name (not "Super Tuesday"); also a month
			// that ends it, "Theresa May said", "Yin Myint May, 60, said".
			continue
		case lx.Set("adverbs", l) && !tk.cap && j < k && j-1 >= s.body && t.out(j-1) && t.toks[j-1].kind == tWord && (t.toks[j-1].poss || lx.Set("possessive", t.toks[j-1].l)) &&
			t.toks[j+1].kind == tWord && !t.toks[j+1].cap && !t.isVerb(j+1):
			continue // "Trump’s first wife, Ivana, …", "his first wife": an adverb's word between an owner and its noun is an adjective
		case isTimeWord(lx, l) || lx.Set("adverbs", l):
		case isYear(l) && j < k && (t.toks[j+1].cap || lx.Trait("pronounsubjects") && t.toks[j+1].kind == tWord && lx.Set("determiners", t.toks[j+1].l)) && !(j-1 >= s.body && lx.Set("determiners", t.toks[j-1].l)):
			// "In 2005 Bertinelli told …": a year before a name ends the
			// phrase before it (not after an article: "A 2014 House
			// report found"); in English, so does one before an article
			// ("In June 2019 the minister said …").
		case t.lowerAfterNoun(j, s):
			// German writes nouns with a capital: a lower-case word after
			// one ends no phrase ("Die Stadt helfe, …, sagte ein
			// Sprecher": "helfe" is the verb).
		case t.isVerb(j) && !tk.cap && j < k && j-1 >= s.body && (lx.Set("prep", t.toks[j-1].l) || lx.Set("of", t.toks[j-1].l)) && t.toks[j+1].kind == tWord && !t.toks[j+1].cap &&
			!lx.Set("comp", t.toks[j+1].l) && t.participleOnly(j):
			continue // "la defensa del exmandatario en dicho país": a participle after a preposition describes the noun after it
		case j == k && !tk.cap && lx.Set("verbs", l) && j-1 >= s.body && t.toks[j-1].kind == tWord && lx.Set("determiners", t.toks[j-1].l) && !lx.Set("possessive", t.toks[j-1].l):
			continue // "a source familiar with the plans said": a noun after its article, just before the verb
		case j == k && !tk.cap && j-1 >= s.body && t.toks[j-1].poss && t.out(j-1) && t.nonFinite(l):
			continue // "a source familiar with the senator's thinking said": a gerund after a possessive is a noun
		case j == k && !tk.cap && lx.Trait("zeroderivation") && j-1 > s.body && t.out(j-1) && lx.Set("of", t.toks[j-1].l) && !lx.Set("determiners", t.toks[j-1].l) && !t.nonFinite(l):
			continue // "a spokeswoman for the secretary of state, …": a noun after "of"
		case j == k && !tk.cap && lx.Set("docnouns", tk.b) && t.afterArticle(j, s):
			continue // "A UN report concluded …", "Jeb Bush in a Medium post said": a document after its article and names
		case j == k && t.nounParticiple(j, s):
			continue // "El abogado del acusado, Ramiro Solís, dijo …", "de la acusada": a participle after "of" and its article is a noun ending the phrase
		case !tk.cap && j < k && j-1 >= s.body && lx.Set("of", t.toks[j-1].l) && !lx.Set("determiners", t.toks[j-1].l) && t.hasVerbEnding(l) && t.toks[j+1].kind == tWord && !t.toks[j+1].cap &&
			!lx.Set("comp", t.toks[j+1].l) && !lx.Set("determiners", t.toks[j+1].l) && !lx.Set("prep", t.toks[j+1].l) && !t.isVerb(j+1):
			continue // "the founder of collapsed crypto lender Veltrix": an adjective in "-ed" after "of", before its noun
		case t.isVerb(j) && lx.Set("titlemods", l) && j < k && t.toks[j+1].kind == tWord:
			continue // "retired Air Force general Lloyd Newton
		case j < k && !tk.cap && t.out(j+1) && lx.Set("nouncompounds", l+" "+t.toks[j+1].l):
			continue // "the King's Fund think tank said": a verb that opens a noun of two words
		case t.reducedRelative(j, k, s):
			continue // "a senior official briefed on the negotiations said": the participle describes the official"
		case t.edModifier(j, k, s):
			continue // "one unaligned Republican strategist said": an adjective in "-ed" before a speaker's noun
		case t.isVerb(j) && !tk.cap && j < k && j-1 >= s.body && lx.Set("determiners", t.toks[j-1].l) && !lx.Set("possessive", t.toks[j-1].l) &&
			t.boundary(j-2, s) && t.namesTo(j+1, k):
			continue // "A tired Bush says …": a participle between an article opening the clause and a name describes the person
		case t.isVerb(j):
			// A verb's base form that opens the clause is a noun here
			// ("But protest organizers say").
			if v, ok := lx.Verbs[l]; ok && v.Tags&lang.TagBase != 0 && j < k && t.boundary(j-1, s) {
				j--
			}
		default:
			continue
		}
		break
	}
	st := j + 1
	if st > k {
		return -1
	}
	// A preposition may not open the phrase, nor the word that opens a
	// free relative clause ("what her team calls …").
	for st <= k && (lx.Set("prep", t.toks[st].l) || lx.Set("freerel", t.toks[st].l)) {
		if st < k && t.articlePrep(st) && t.boundary(st-1, s) {
			break // Portuguese "A polícia disse …": at a clause start "a" is the article
		}
		if st < k && st == s.body && lx.Set("determiners", t.toks[st].l) && lx.Set("of", t.toks[st].l) {
			break // "Des experts estiment …", "De nombreux médecins …": a determiner opening the sentence
		}
		st++
	}
	if st > k {
		return -1
	}
	return st
}

// reducedRelative reports whether token j, inside a phrase that ends at
// k, is a past participle right after a lower-case noun of people and
// right before a preposition ("officials involved in the talks", "a
// person briefed on the matter"): it describes the people, who speak.
func (t *text) reducedRelative(j, k int, s *sentence) bool {
	lx := t.lx
	if j >= k || j-1 < s.body || !t.out(j) || !t.out(j-1) || !t.out(j+1) || t.toks[j].cap || t.toks[j-1].cap && j-1 > s.body || !lx.Set("prep", t.toks[j+1].l) {
		return false
	}
	if c := lx.Speakers[t.toks[j-1].b]; (c == "" || c == "doc") && !t.isTitleWord(j-1) {
		return false
	}
	v, ok := lx.Verbs[t.toks[j].l]
	return ok && v.Tags&lang.TagParticiple != 0 || !ok && t.hasVerbEnding(t.toks[j].l)
}

// trailingModifierPair reports whether the conjunction at token j joins
// two modifiers that close a phrase, in a language whose adjectives
// follow the noun: "la experta en psicología organizacional y
// transgeneracional", the last word before the verb. Not a second
// speaker's noun or title ("el alcalde y portavoz", "los vecinos y
// comerciantes"), nor a plural.
func (t *text) trailingModifierPair(j int, s *sentence) bool {
	lx := t.lx
	if !lx.ProDrop || j-2 < s.body || j+1 >= s.t1 {
		return false
	}
	x, y := &t.toks[j-1], &t.toks[j+1]
	if x.kind != tWord || y.kind != tWord || x.q >= 0 || y.q >= 0 || x.cap || y.cap || t.toks[j].cap {
		return false
	}
	for _, w := range []int{j - 1, j + 1} {
		l := t.toks[w].l
		if lx.Set("determiners", l) || lx.Set("prep", l) || lx.Set("of", l) || lx.Set("clause", l) || lx.Set("adverbs", l) || isTimeWord(lx, l) ||
			t.isVerb(w) || t.isTitleWord(w) || lx.Speakers[t.toks[w].b] != "" || lx.Speakers[l] != "" || strings.HasSuffix(l, "s") {
			return false
		}
	}
	// The word before the first modifier is a noun after a preposition:
	// "en psicología organizacional".
	n := j - 2
	return n-1 >= s.body && t.toks[n].kind == tWord && !t.toks[n].cap && !t.isVerb(n) && (lx.Set("prep", t.toks[n-1].l) || lx.Set("of", t.toks[n-1].l))
}

// portfolioPair reports whether the conjunction at token j joins two
// capitalised names of one portfolio after a title or a body's word and
// "of": "la ministra de Vivienda y Urbanismo", "el secretario de
// Seguridad y Protección Ciudadana", "la directora de Planificación y
// Desarrollo Urbano de la Fundación …"; not a person after it ("el
// alcalde de Medellín y Daniel Quintero").
func (t *text) portfolioPair(j int, s *sentence) bool {
	lx := t.lx
	if j-3 < s.body || j+1 >= s.t1 || !t.toks[j+1].cap || t.toks[j+1].kind != tWord || !t.out(j+1) || lx.GivenNames[t.toks[j+1].l] != 0 {
		return false
	}
	p := j - 1
	for p > s.body && j-p < 4 && t.toks[p].kind == tWord && t.toks[p].cap && t.out(p) {
		p--
	}
	if p < j-1 && p-1 > s.body && !t.toks[p].cap && t.toks[p].kind == tWord && lx.Set("definite", t.toks[p].l) && lx.Set("of", t.toks[p-1].l) && !t.toks[p-1].cap {
		p-- // "la ministra de la Mujer y Equidad de Género": the portfolio after "of" and its article
	}
	if p == j-1 || p-1 < s.body || !lx.Set("of", t.toks[p].l) || t.toks[p].cap {
		return false
	}
	h := p - 1
	// (Capitalised only where it opens the sentence: "Ministro de Minas
	// e Energia, X, afirmou …".)
	return t.toks[h].kind == tWord && t.out(h) && (!t.toks[h].cap || h == s.body) && (t.isTitleWord(h) || lx.Set("orgwords", t.toks[h].b))
}

// inMultiTitle reports whether token j lies inside a title of several
// words ([titles] entries joined by "_") that ends before end.
func (t *text) inMultiTitle(j, end int, s *sentence) bool {
	for p := max(s.body, j-4); p <= j; p++ {
		if n := t.multiTitle(p, end); n > 0 && p+n > j {
			return true
		}
	}
	return false
}

// peopleHead reports whether the words just before the preposition at
// token j, before k, end with a plural noun of people the lexicon knows
// ("delegates", "officials").
func (t *text) peopleHead(j, k int, s *sentence) bool {
	h := j - 1
	if h < s.body || t.toks[h].kind != tWord || t.toks[h].cap && h > s.body || t.toks[h].q >= 0 {
		return false // (a capital only where the sentence opens: "Especialistas em segurança ouvidos pelo jornal")
	}
	c := t.lx.Speakers[t.toks[h].b]
	return (c == "people" || c == "gov") && t.pluralForm(t.toks[h].b)
}

// docAuthors reports whether the preposition at token j joins a
// document noun before it to its authors after it: "a study from
// researchers at Oxford University", "a letter from residents of Elm
// Street", and after "by" authors named by a plural noun of people, "a
// study by researchers at Oxford University". The whole is the
// document's phrase.
func (t *text) docAuthors(j int, s *sentence) bool {
	h, n := j-1, j+1
	if h < s.body || !t.out(h) || !t.lx.Set("docnouns", t.toks[h].b) {
		return false
	}
	if t.lx.Set("docfrom", t.toks[j].l) && !t.toks[h].cap {
		return true
	}
	if n >= s.t1 || !t.out(n) || t.toks[h].cap && h > s.body || t.toks[n].cap {
		return false
	}
	return (t.lx.Set("by", t.toks[j].l) || t.lx.Set("docfrom", t.toks[j].l)) && t.lx.Speakers[t.toks[n].b] == "people" && t.pluralForm(t.toks[n].b)
}

// namesTo reports whether tokens lo to hi (inclusive) are all parts of a
// name.
func (t *text) namesTo(lo, hi int) bool {
	for j := lo; j <= hi; j++ {
		if !t.isName(j) {
			return false
		}
	}
	return lo <= hi
}

// modifierPair reports whether the coordinating word at token j joins two
// modifiers of the head noun at k ("current and former officials",
// "local and state officials"), rather than two phrases ("residents and
// officials"): a word before it that is no noun, name, determiner or
// verb, and a lower-case modifier after it that is not the head.
func (t *text) modifierPair(j, k int, s *sentence) bool {
	lx := t.lx
	if j-1 < s.body || j+1 >= k {
		return false
	}
	x, y := &t.toks[j-1], &t.toks[j+1]
	if x.kind != tWord || y.kind != tWord || x.q >= 0 || y.q >= 0 || y.cap || x.poss || x.cap && j-1 != s.body {
		return false
	}
	for _, w := range []*token{x, y} {
		l := w.l
		if lx.Set("determiners", l) || lx.Set("prep", l) || lx.Set("clause", l) || lx.Set("adverbs", l) || isTimeWord(lx, l) {
			return false
		}
	}
	if strings.HasSuffix(x.l, "s") && !strings.HasSuffix(x.l, "ous") || t.isVerb(j-1) || lx.Speakers[x.l] != "" {
		return false // "residents and officials", "spoke and officials"
	}
	return true
}

// prepPair reports whether the coordinating word at token j joins two
// phrases after the preposition of people named by a plural noun,
// the subject ending at token k: "Experts on North Korea and nuclear
// nonproliferation", "Political observers in Virginia and around the
// country". Not when a noun of people ends the second ("protesters in
// Ohio and officials said": the officials speak).
func (t *text) prepPair(j, k int, s *sentence) bool {
	lx := t.lx
	if j+1 > k || k-j > 5 || t.toks[j].cap {
		return false
	}
	if c := lx.Speakers[t.toks[k].b]; c == "people" || c == "spokes" || t.titleSpeaker(k) {
		return false
	}
	for x := j + 1; x <= k; x++ {
		if tk := &t.toks[x]; tk.kind != tWord || tk.q >= 0 || t.isVerb(x) || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) {
			return false
		}
	}
	for p := j - 1; p > s.body && p >= j-5; p-- {
		tk := &t.toks[p]
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(p) || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("coord", tk.l) {
			return false
		}
		if lx.Set("prep", tk.l) && !lx.Set("of", tk.l) {
			return p+1 < j && t.peopleHead(p, k, s)
		}
	}
	return false
}

// speakerPair reports whether the coordinating word at token j joins two
// groups that speak together, as one subject ending at token k: plural
// nouns of speakers on both sides ("residents and officials said",
// "Anwohner und Gewerkschafter berichteten"), with at most a determiner
// or a modifier before the second.
func (t *text) speakerPair(j, k int, s *sentence) bool {
	lx := t.lx
	if j-1 < s.body || j+1 > k || k-j > 3 || t.toks[j].cap {
		return false
	}
	speaks := func(x int) bool {
		tk := &t.toks[x]
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(x) {
			return false
		}
		c := lx.Speakers[tk.b]
		return c == "people" || c == "gov" && lx.Set("plural", tk.b) || t.titleSpeaker(x)
	}
	// (Bodies first, then people: "private companies and ordinary
	// traders say"; not a head of bodies after people named with a
	// country, "U.S. lawmakers and human rights groups".)
	first := func(x int) bool {
		tk := &t.toks[x]
		return speaks(x) || tk.kind == tWord && tk.q < 0 && (!tk.cap || x == s.body) && lx.Speakers[tk.b] == "org" && t.pluralForm(tk.b) && !t.isVerb(x)
	}
	if !first(j-1) || !speaks(k) {
		return false
	}
	for x := j + 1; x < k; x++ {
		if tk := &t.toks[x]; tk.kind != tWord || tk.q >= 0 || tk.cap && !lx.NounCaps || t.isVerb(x) {
			return false
		}
	}
	return true
}

// speakerList reports whether the comma at token j stands in a list of
// groups that speak together as one subject ending at token k:
// "Friends, lobbyists and former rivals say", "Residents, shop owners
// and officials said": a plural noun of speakers before it, and the
// rest up to k joined by "and" as speakerPair reads them.
func (t *text) speakerList(j, k int, s *sentence) bool {
	lx := t.lx
	if t.toks[j].s != "," || t.toks[j].q >= 0 || j-1 < s.body || j+1 > k {
		return false
	}
	x := &t.toks[j-1]
	if x.kind != tWord || x.q >= 0 || x.cap && j-1 != s.body || t.isVerb(j-1) || !t.pluralForm(x.b) {
		return false
	}
	if c := lx.Speakers[x.b]; c != "people" && !(c == "gov" && lx.Set("plural", x.b)) {
		return false
	}
	for c := j + 1; c < k; c++ {
		tk := &t.toks[c]
		if tk.kind != tWord && tk.s != "," || tk.q >= 0 {
			return false
		}
		if tk.kind == tWord && lx.Set("coord", tk.l) {
			return t.speakerPair(c, k, s)
		}
	}
	return false
}

// titleSpeaker reports whether token x is a plural of a role ("Gewerkschafter",
// "ministers") that can speak as a group.
func (t *text) titleSpeaker(x int) bool {
	return t.isTitleWord(x) && (t.pluralForm(t.toks[x].b) || t.lx.NounCaps)
}

// isVerb reports whether token j is a verb form the lexicon knows, used as
// one: a reporting verb that is not a noun here.
func (t *text) isVerb(j int) bool {
	tk := &t.toks[j]
	if !tk.cap && (t.lx.Set("verbs", tk.l) || t.hasVerbEnding(tk.l)) {
		return true
	}
	v, ok := t.lx.Verbs[tk.l]
	if !ok || tk.cap && t.midCap[tk.b] {
		return false
	}
	if v.Noun && tk.cap && j+1 < len(t.toks) && t.toks[j+1].kind == tWord && (t.lx.Set("of", t.toks[j+1].l) || t.lx.Set("docfrom", t.toks[j+1].l) || t.lx.Set("docin", t.toks[j+1].l)) {
		return false // "Reports from the hospital said …", "Claims of fraud …": a capitalised noun opening its phrase
	}
	if v.Noun && t.beforeFinite(j) {
		return false // "Health officials in Washington state said …", "Media reports claimed …"
	}
	if v.Noun {
		// "claims", "reports": a noun after a determiner, also with a
		// hyphenated or quoted modifier between ("a wake-up call", "the
		// “disheartened” state").
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			tk := &t.toks[k]
			if tk.kind == tWord && (t.lx.Set("determiners", tk.l) || t.lx.Set("possessive", tk.l) || tk.poss && !t.isPronounTok(k) && (k < j-1 || k > 0 && t.toks[k-1].kind == tWord && t.lx.Set("prep", t.toks[k-1].l))) {
				// (Also after a possessive and a modifier, or a
				// preposition's possessive: "said of Chaffetz's latest
				// request: …", "said of Chaffetz's request: …".)
				return false
			}
			if tk.kind == tWord && !tk.cap && (tk.q >= 0 || strings.Contains(tk.s, "-") || t.lx.Set("titlemods", tk.l) || k == j-1 && t.nonFinite(tk.l)) || tk.kind == tQOpen || tk.kind == tQClose {
				continue // "a wake-up call", "a former state party chairman", "a fundraising email"
			}
			if k == j-1 && k > 0 && tk.kind == tWord && !tk.cap && t.lx.Set("possessive", t.toks[k-1].l) && !t.bodyNoun(k) {
				continue // "its annual report", "their joint statement": a modifier after a possessive
			}
			if _, pron := t.lx.Pronouns[tk.l]; t.lx.NounModifiers && k == j-1 && !t.pluralForm(t.toks[j].l) && tk.kind == tWord && !tk.cap && !pron && !t.pluralForm(tk.l) && !t.adverbEnding(tk.l) && !t.lx.Set("verbs", tk.l) &&
				!t.lx.Set("aux", tk.l) && !t.lx.Set("modal", tk.l) && !t.lx.Set("inf", tk.l) && !t.lx.Set("comp", tk.l) && !t.lx.Set("coord", tk.l) {
				continue // "a conference call", "the press release" (not "the senators call", "the network claims")
			}
			break
		}
		return j > 0
	}
	if j > 0 && !tk.cap && t.lx.Speakers[tk.b] == "people" && t.toks[j-1].kind == tWord && t.lx.Set("determiners", t.toks[j-1].l) {
		// "le prévenu", "l'accusée": a participle the lexicon knows
		// as people who speak, after a determiner, is that noun (not a
		// document's: "o comunicado do STF" stays as it was read).
		return false
	}
	return v.Tags&(lang.TagFinite|lang.TagParticiple|lang.TagGerund) != 0
}

// beforeFinite reports whether the word at token c, a verb's form that
// doubles as a noun, comes right before a finite form of another verb
// the lexicon lists that is no noun ("Health officials in Washington
// state said …", "Media reports claimed …"): the noun ending the subject
// of that verb, not a verb of its own. English only.
func (t *text) beforeFinite(c int) bool {
	if !t.lx.NounModifiers || c+1 >= len(t.toks) || !t.out(c) || !t.out(c+1) {
		return false
	}
	tk := &t.toks[c+1]
	v, ok := t.lx.Verbs[tk.l]
	if !ok || tk.kind != tWord || tk.cap || v.Tags&lang.TagFinite == 0 || v.Tags&lang.TagNoun != 0 || v.Noun || v.Particle != "" || tk.l == t.toks[c].l {
		return false
	}
	// A bare form after one ending in "s" leaves that one the verb:
	// "Media shares blame", not "Officials in New York state say".
	return v.Tags&lang.TagBase == 0 || !strings.HasSuffix(t.toks[c].l, "s")
}

// bodyNoun reports whether token k is a noun the lexicon knows for one
// who can speak or a body ("company", "campaign", "spokesman"): a
// subject, not a modifier, before a verb ("its parent company reports").
func (t *text) bodyNoun(k int) bool {
	lx := t.lx
	b := t.toks[k].b
	return lx.Speakers[b] != "" || lx.Set("orgwords", b) || lx.Set("anaphoric", b) || lx.Set("govwords", b) || t.isTitleWord(k)
}

// npRight returns the end of the noun phrase that starts at token k of
// sentence s (k itself when there is none). The phrase holds
// determiners, titles, names, modifiers and nouns, with "of"-phrases; it
// stops at punctuation, quotations, prepositions, clause words and
// verbs.
func (t *text) npRight(k int, s *sentence) int {
	lx := t.lx
	if k < s.t1 && t.out(k) && lx.NounCaps && !t.toks[k].cap && !lx.Set("determiners", t.toks[k].l) {
		if _, ok := lx.Pronouns[t.toks[k].l]; ok {
			// "sagte sie der Funke Mediengruppe": a personal pronoun takes
			// no modifiers; the phrase after it is the one told.
			return k + 1
		}
	}
	j := k
	for ; j < s.t1 && j-k < maxNP; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord {
			if tk.s == "(" && j+2 < s.t1 && t.toks[j+2].s == ")" && lang.IsAcronym(t.toks[j+1].s) {
				j += 2
				continue
			}
			if j > k && t.elidedCompound(j, s.t1) {
				continue // "der Energie- und Wasserwirtschaft"
			}
			break
		}
		if tk.q >= 0 {
			break
		}
		l := tk.l
		switch {
		case j > k && t.toks[j-1].s == ")" && !tk.cap && !lx.Set("of", l) && !lx.Set("determiners", l):
			// "des Instituts der deutschen Wirtschaft (IW) | reichen",
			// "L'Office fédéral de l'agriculture (OFAG) | retire …": a
			// lower-case word after a name's short form in parentheses
			// is no part of the phrase (a verb the lexicon may not
			// know).
		case j == k && lx.Set("determiners", l):
			continue // "d'anciens officiers", "des experts"
		case j > k && !tk.cap && t.toks[j-1].cap && t.isName(j-1) && t.surnameParticle(j, s.t1):
			continue // "Luiz Inácio Lula da Silva" (Spanish "da" is also a verb)
		case lx.Set("of", l) && j > k && t.multiTitle(j-1, s.t1) > 2 && t.out(j+1):
			j += t.multiTitle(j-1, s.t1) - 2 // "said former secretary of state X": the title's words, no verb ("state")
			continue
		case lx.Set("of", l) && j > k && j+1 < s.t1 && t.out(j+1) && !lx.Set("comp", t.toks[j+1].l) && !t.toMedium(j, s):
			continue
		case j > k && t.titleArticle(j) && !t.toks[j-1].cap && lx.Set("mediawords", t.toks[j-1].b):
			continue // "el diario El País": a paper's name after its kind
		case j > k && !tk.cap && lx.Set("definite", l) && j+2 < s.t1 && t.out(j+2) && lx.Set("superlatives", t.toks[j+1].l) && t.toks[j+2].kind == tWord && !t.toks[j+2].cap && !t.isVerb(j+2) && !lx.Set("determiners", t.toks[j-1].l):
			j++ // "selon les experts les plus prudents": the superlative after the noun
			continue
		case j > k && (lx.Set("definite", l) || lx.Set("indefinite", l) && !tk.cap || lx.NounCaps && lx.Set("determiners", l) && t.toks[j-1].cap) && !t.surnameArticle(j) &&
			!lx.Set("determiners", t.toks[j-1].l) && !lx.Set("of", t.toks[j-1].l) && !lx.Set("prep", t.toks[j-1].l) && !lx.Set("coord", t.toks[j-1].l):
			// A new phrase starts: "à cette occasion | le ministre", "selon
			// le chercheur | une erreur grave".
		case lx.Set("coord", l) && (t.glue(j, s.t1) || t.sharedRoles(k, j, s)):
			continue
		case lx.Set("docfrom", l) && j > k && lx.Set("docnouns", t.toks[j-1].b) && j+1 < s.t1 && t.out(j+1) && t.npRight(j+1, s) >= s.t1-1 && k > s.body && t.isVerb(k-1):
			// "…,” said a statement from the ministry.": the document's
			// author after it, ending the sentence, as the subject of the
			// verb before it (not "according to a statement from the
			// mayor's office", whose author the document's own rule finds).
			continue
		case j > k && lx.Set("staffpreps", l) && t.speakerNounAt(j-1) && j+1 < s.t1 && t.out(j+1) &&
			(t.toks[j+1].cap && t.isName(j+1) || j+2 < s.t1 && lx.Set("definite", t.toks[j+1].l) && t.out(j+2) && t.toks[j+2].cap && t.isName(j+2)):
			continue // "said one senior nurse at the Royal Infirmary"
		case j > k+1 && lx.Set("prep", l) && !lx.Set("clause", l) && t.out(j-1) && lx.Set("speakermods", t.toks[j-1].l) && (t.speakerNounAt(j-2) || t.toks[j-2].cap && t.out(j-2) && t.isName(j-2) && j-3 >= k && !t.toks[j-3].cap) && j+1 < s.t1 && t.out(j+1) && t.toks[j+1].kind == tWord:
			continue // "according to people familiar with the matter", "said a person close to the talks"
		case lx.Set("clause", l) || lx.Set("prep", l) || lx.Set("comp", l) || lx.Set("relpron", l) && !lx.Set("determiners", l):
		case j > k && !tk.cap && lx.Set("superlatives", l) && lx.Set("determiners", t.toks[j-1].l) && j-1 == k && j+1 < s.t1 && t.out(j+1) && t.toks[j+1].kind == tWord && !t.toks[j+1].cap && !t.isVerb(j+1):
			continue // "selon les plus récentes données du ministère": a superlative before the noun
		case (lx.Set("negation", l) || lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l)) && !tk.cap:
		case j == k+1 && t.possessiveOf(k, j):
			continue // "said her son, Marcus Foster": "her" determines the noun
		case j-2 >= k && t.ofPossessive(j-1) && t.out(j) && tk.kind == tWord && !tk.cap && !t.isVerb(j) && !t.isPronounTok(j) && !lx.Set("prep", l) && !lx.Set("comp", l) && !lx.Set("clause", l):
			continue // "a copy of her birth certificate": after "of", "her" determines the noun after it
		case j > k && (t.isPronounTok(j-1) || t.isPronounTok(j) && !lx.Set("determiners", l) || t.contractedClause(j)):
			// A pronoun is a phrase of its own ("told host Chris Cuomo
			// | she believed …", "assured voters | he'd …").
		case j > k && !tk.cap && lx.Set("titlemods", l) && t.isVerb(j) && j+1 < s.t1 && t.isTitleWord(j+1) && t.toks[j+1].cap:
			continue // "Republican state Sen. Jack Johnson": a modifier of the title, not a verb
		case j > k && !tk.cap && t.toks[j-1].cap && strings.Contains(l, ".") && lx.Set("orgwords", l):
			// "der Verein Saatnetz e.V.": a body's legal form in lower
			// case ends its name.
			j++
		case j > k && t.lowerAfterNoun(j, s):
			// German writes nouns with a capital: a lower-case word after
			// one is no part of its phrase ("des Ministeriums | fehlen").
		case j-2 > k && !tk.cap && isTimeWord(lx, l) && isDigits(t.toks[j-1].s) && lx.Set("of", t.toks[j-2].l) && lx.Set("agewords", l):
			continue // "dijo una mujer de 67 años": her age, not a time
		case isTimeWord(lx, l) && !tk.cap || lx.Set("adverbs", l) && !tk.cap && j > k:
		case j > k && t.edModifier(j, s.t1-1, s):
			continue // "said one unaligned Republican strategist"
		case j > k && !tk.cap && t.toks[j-1].poss && t.out(j-1) && t.nonFinite(l) && (j+1 >= s.t1 || t.toks[j+1].kind != tWord):
			continue // "according to a source familiar with the senator's thinking": a gerund after a possessive is a noun
		case j > k && !tk.cap && j+1 < s.t1 && t.out(j+1) && lx.Set("nouncompounds", l+" "+t.toks[j+1].l):
			continue // "according to conservative talk radio host X": a verb that opens a noun of two words
		case t.isVerb(j) && j > k:
		case j > k && t.verbAfterPlural(j):
			// "Les agriculteurs | manifestent depuis lundi", "Os
			// agricultores | protestam": a plural verb the lexicon does
			// not list ends the phrase of its subject.
		default:
			continue
		}
		break
	}
	return j
}

// verbAfterPlural reports whether token j is a lower-case word with an
// ending of [set pluralverbafternoun], not itself plural, right after a
// plural word: a finite verb in the plural after its subject ("Les
// agriculteurs manifestent", "Os agricultores protestam"), not a
// modifier of the noun, which would agree with it in the plural.
func (t *text) verbAfterPlural(j int) bool {
	lx := t.lx
	tk, prev := &t.toks[j], &t.toks[j-1]
	if len(lx.Sets["pluralverbafternoun"]) == 0 || tk.kind != tWord || tk.cap || prev.kind != tWord || !t.out(j-1) || !t.pluralForm(prev.l) || t.pluralForm(tk.l) {
		return false
	}
	return t.endsIn("pluralverbafternoun", tk.l, 2) && lx.Speakers[tk.b] == "" && !t.isTitleWord(j)
}

// numericDate reports whether w is a date written in numbers with full
// stops or slashes: "15.4.2020", "15/4/2020", "15.04.".
func numericDate(w string) bool {
	f := strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '/' })
	if len(f) < 2 || len(f) > 3 || !isDigits(f[0]) || !isDigits(f[1]) || len(f) == 3 && !isDigits(f[2]) {
		return false
	}
	return len(f[0]) <= 2 && len(f[1]) <= 2 && strings.Trim(f[0], "0") != "" && strings.Trim(f[1], "0") != "" && (len(f) == 2 || len(f[2]) == 2 || len(f[2]) == 4)
}

// speakerNounAt reports whether token j is a lower-case noun of one who
// speaks ("people", "source", "official").
func (t *text) speakerNounAt(j int) bool {
	if j < 0 || t.toks[j].kind != tWord || t.toks[j].cap || !t.out(j) {
		return false
	}
	c := t.lx.Speakers[t.toks[j].b]
	return c != "" && c != "doc"
}

// edModifier reports whether token j, a lower-case word in "-ed" that
// is no verb the lexicon lists, stands between a determiner and the
// noun of a speaker it describes, up to token k: "an unnamed official",
// "one unaligned Republican strategist", "a retired teacher", or between
// an age and that noun, "67-year-old retired teacher". (Not
// "the company fired workers": no determiner before it.)
func (t *text) edModifier(j, k int, s *sentence) bool {
	lx := t.lx
	if j-1 < s.body || j+1 > k || !t.out(j) || !t.out(j-1) || t.toks[j].cap || t.toks[j-1].kind != tWord || lx.Set("comp", t.toks[j-1].l) {
		return false
	}
	if !lx.Set("determiners", t.toks[j-1].l) && t.ageIn(j-1, j) == "" {
		return false // (after an age too: "67-year-old retired teacher Helen Marsh")
	}
	if _, ok := lx.Verbs[t.toks[j].l]; ok || lx.Set("verbs", t.toks[j].l) || !t.hasVerbEnding(t.toks[j].l) {
		return false
	}
	if _, ok := lx.Loaded[t.toks[j].l]; ok {
		return false // "the so-called experts": the outlet's scorn, no one's description
	}
	// (Or a name's words that end the phrase: "said one well-connected
	// Democrat familiar with …", "said the embattled Hale".)
	name := false
	for x := j + 1; x <= k && x <= j+3; x++ {
		tk := &t.toks[x]
		if tk.kind != tWord || !t.out(x) || tk.poss {
			return name && x > j+1 && (tk.kind != tWord || !t.out(x))
		}
		if c := lx.Speakers[tk.b]; c != "" && c != "doc" && !tk.cap {
			return true
		}
		l := tk.l
		if name && (lx.Set("speakermods", l) || lx.Set("prep", l) && !lx.Set("of", l)) {
			return true
		}
		if lx.Set("prep", l) || lx.Set("of", l) || lx.Set("clause", l) || lx.Set("comp", l) || lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l) || lx.Set("negation", l) || t.isVerb(x) {
			return false
		}
		name = tk.cap && t.isName(x)
	}
	return false
}

// ofPossessive reports whether token k is a possessive that is also a
// pronoun ("her") right after a word of [set of].
func (t *text) ofPossessive(k int) bool {
	return k > 0 && t.lx.Set("possessive", t.toks[k].l) && t.isPronounTok(k) && t.toks[k-1].kind == tWord && t.lx.Set("of", t.toks[k-1].l)
}

// possessiveOf reports whether the token k, a possessive that is also a
// pronoun ("her"), determines the lower-case word at j, a speaker's noun
// or a title ("her son", "her lawyer"), not a phrase of its own ("told
// her the plan").
func (t *text) possessiveOf(k, j int) bool {
	lx := t.lx
	tk := &t.toks[j]
	return lx.Set("possessive", t.toks[k].l) && tk.kind == tWord && !tk.cap && tk.q < 0 && (lx.Speakers[tk.b] != "" || t.isTitleWord(j))
}

// lowerAfterNoun reports whether token j is a lower-case word right
// after a capitalised one in a language that capitalises its nouns: no
// part of that noun's phrase ("des Ministeriums | fehlen").
func (t *text) lowerAfterNoun(j int, s *sentence) bool {
	lx := t.lx
	if !lx.NounCaps || j-1 < s.t0 {
		return false
	}
	tk, prev := &t.toks[j], &t.toks[j-1]
	l := tk.l
	return !tk.cap && prev.cap && prev.kind == tWord && !lx.Set("determiners", prev.l) &&
		!lx.Set("determiners", l) && !lx.Set("of", l) && !lx.Set("coord", l) && !lx.Set("nameglue", l) && !lx.Set("refl", l) &&
		!t.isName(j) // (an agency's name in lower case after its noun is the noun's: "die Nachrichtenagentur dpa")
}

// toMedium reports whether the "of" word at token j is an article
// that opens a news medium spoken to, in a language where the
// genitive's article is also the dative's: "sagte Kohler der Leipziger
// Volkszeitung" is said to the paper, not by it.
func (t *text) toMedium(j int, s *sentence) bool {
	if !t.lx.NounCaps || !t.lx.Set("definite", t.toks[j].l) {
		return false
	}
	end := t.npRight(j+1, s)
	return end > j+1 && t.mediumWord(t.toks[end-1].b)
}

// mediumWord reports whether w names a kind of news medium, or ends in
// a word that names a paper ("Volkszeitung", "Presse").
func (t *text) mediumWord(w string) bool {
	lx := t.lx
	if lx.Set("mediawords", w) {
		return true
	}
	for suf := range lx.Sets["mediasuffix"] {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// sharedRoles reports whether the "and" at token j joins two roles of
// one named person in the phrase that starts at k with a determiner:
// "O escritor e historiador Benjamin Moser", "the writer and historian
// Ann Lee" (a second role with a determiner of its own is a second
// person: "the prosecutor and the lawyer").
func (t *text) sharedRoles(k, j int, s *sentence) bool {
	lx := t.lx
	if j-1 >= k && t.isTitleWord(j-1) && (!t.toks[j-1].cap || lx.NounCaps) && t.titledNameAfter(j+1, s) {
		return true // "said lobbyist and GOP strategist Charlie Black"
	}
	if !lx.Set("determiners", t.toks[k].l) || j-1 <= k || t.toks[j-1].cap {
		return false
	}
	for m := j + 1; m < s.t1 && m <= j+3; m++ {
		tk := &t.toks[m]
		if !t.out(m) {
			return false
		}
		if t.isName(m) {
			return m > j+1
		}
		if tk.cap || lx.Set("determiners", tk.l) || lx.Set("prep", tk.l) || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) ||
			t.isPronounTok(m) || t.isVerb(m) {
			return false
		}
	}
	return false
}

// titledNameAfter reports whether the tokens from k are a title (maybe
// after a capitalised modifier: "GOP strategist"; any title is
// capitalised in a language that capitalises nouns) and a name.
func (t *text) titledNameAfter(k int, s *sentence) bool {
	for m := k; m < s.t1 && m <= k+2; m++ {
		if !t.out(m) || t.toks[m].kind != tWord {
			return false
		}
		if t.isTitleWord(m) && (!t.toks[m].cap || t.lx.NounCaps) {
			return m+1 < s.t1 && t.isName(m+1)
		}
	}
	return false
}

// boundary reports whether token i (the token before a phrase) ends a
// clause, so that the phrase can be a subject: the sentence's start, a
// punctuation mark or quotation mark, a clause word ("and", "que",
// "dass"), or an adverb or time word.
func (t *text) boundary(i int, s *sentence) bool {
	if i < s.body {
		return true
	}
	tk := &t.toks[i]
	if tk.kind != tWord || tk.q >= 0 {
		// (Nor the comma inside a number: "4,000 bus drivers".)
		// (A single mark closing a quotation is one: "‘…,’ Reed said".)
		return tk.s != "-" && (tk.s != "'" && tk.s != "’" || tk.kind == tQClose) && !t.decimalComma(i)
	}
	lx := t.lx
	if lx.NounCaps && i == s.body && lx.Set("relpron", tk.l) && !lx.Set("determiners", tk.l) {
		return true // "Deren Haushaltsexperte X nannte …": a relative possessive opening the sentence
	}
	if lx.Set("prep", tk.l) && !lx.Set("clause", tk.l) && !lx.Set("comp", tk.l) && i-1 >= s.body && t.out(i-1) && lx.Set("docnouns", t.toks[i-1].b) {
		return false // "A report on researchers at Oxford found": "on" is no adverb there
	}
	return lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("coord", tk.l) ||
		isTimeWord(lx, tk.l) || lx.Set("adverbs", tk.l) ||
		isYear(tk.l) && i-1 >= s.body && t.out(i-1) && (lx.Set("prep", t.toks[i-1].l) || isTimeWord(lx, t.toks[i-1].l)) // "In 2005 Bertinelli told …", "In September 2019 Bill Maher suggested …"
}

// isPronounTok reports whether token j is a personal pronoun.
func (t *text) isPronounTok(j int) bool {
	_, ok := t.lx.Pronouns[t.toks[j].l]
	return ok
}

// hasVerbEnding reports whether a lower-case word ends like a verb form
// of the language ("-ed"), unless the lexicon knows it as a noun or
// modifier of speakers ("alleged", "retired" are not listed there).
func (t *text) hasVerbEnding(l string) bool {
	for suf := range t.lx.Sets["verbendings"] {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) && t.lx.Speakers[l] == "" && !t.lx.Set("nounendings", l) {
			return true
		}
	}
	return false
}

// capIn reports whether tokens [lo, hi) hold a capitalised word: a name
// inside a description ("researchers at Oxford University").
func (t *text) capIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && tk.cap {
			return true
		}
	}
	return false
}

// capNext reports whether the first word from token j on (up to k),
// past determiners, is capitalised: a name goes on after the word
// before it ("Unión por la Patria", "Juntos por el Cambio").
func (t *text) capNext(j, k int) bool {
	for ; j <= k; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 {
			return false
		}
		if !t.lx.Set("determiners", tk.l) || tk.cap {
			return tk.cap
		}
	}
	return false
}

// participleOnly reports whether the word at token j is a reporting
// verb's past participle and no finite form ("dicho", "citado").
func (t *text) participleOnly(j int) bool {
	v, ok := t.lx.Verbs[t.toks[j].l]
	return ok && v.Tags&lang.TagParticiple != 0 && v.Tags&lang.TagFinite == 0
}

// nounParticiple reports whether the participle at token j is a noun
// after "of" and its article ("del acusado", "de la acusada", "of the
// accused"), in a language that writes nouns in lower case.
func (t *text) nounParticiple(j int, s *sentence) bool {
	lx := t.lx
	if lx.NounCaps || j-1 <= s.body || t.toks[j].cap || !t.participleOnly(j) || t.toks[j-1].kind != tWord || lx.Set("possessive", t.toks[j-1].l) {
		return false
	}
	if p := t.toks[j-1].l; lx.Set("of", p) && lx.Set("determiners", p) {
		return true // "del"
	}
	return lx.Set("definite", t.toks[j-1].l) && t.toks[j-2].kind == tWord && (lx.Set("of", t.toks[j-2].l) || lx.Set("prep", t.toks[j-2].l))
}

// alsoDescOpens reports whether the phrase ending before token j opens
// with a definite article and the word of "also" ("La también
// representante de Alterna Design"), words alone between.
func (t *text) alsoDescOpens(j int, s *sentence) bool {
	for r := j - 1; r-1 >= s.body && j-r <= 8; r-- {
		tk := &t.toks[r]
		if tk.kind != tWord || tk.q >= 0 {
			return false
		}
		if t.lx.Set("alsodesc", tk.l) {
			return t.lx.Set("definite", t.toks[r-1].l)
		}
	}
	return false
}

// bareNoun reports whether token k is a word in lower case that is no
// article, preposition or verb: a noun without its article
// ("especialista").
func (t *text) bareNoun(k int) bool {
	tk := &t.toks[k]
	return tk.kind == tWord && !tk.cap && tk.q < 0 && !t.lx.Set("determiners", tk.l) && !t.lx.Set("prep", tk.l) && !t.lx.Set("of", tk.l) && !t.isVerb(k)
}

// loneDemonstrative reports whether token k is a demonstrative
// determiner that [set latter] lists alone and [pronouns] does not
// (Spanish "este", "esta"), and no time word follows: before a verb it
// is no article but the subject, the one named last ("Este indicó que
// …").
func (t *text) loneDemonstrative(k int) bool {
	tk := &t.toks[k]
	if tk.kind != tWord || tk.q >= 0 || !t.lx.Set("latter", tk.l) || !t.lx.Set("determiners", tk.l) {
		return false
	}
	if n := k + 1; n < len(t.toks) && t.toks[n].kind == tWord && isTimeWord(t.lx, t.toks[n].l) {
		return false // "Esta mañana dijo …", "Este lunes anunció …": a time
	}
	_, pron := t.lx.Pronouns[tk.l]
	return !pron
}
