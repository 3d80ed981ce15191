package offline

import (
	"strings"
)

// isOut reports whether token i is a word outside any quotation.
func (a *analysis) isOut(i int) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind == tWord && a.toks[i].q < 0
}

// boundary reports whether token i (the token before a subject noun
// phrase) ends a clause, so that what follows can be a subject.
func (a *analysis) boundary(i, lo int) bool {
	if i < lo {
		return true
	}
	t := &a.toks[i]
	if t.q >= 0 || t.kind != tWord {
		return t.s != "-" && t.s != "'" && t.s != "’"
	}
	return conjunctions[t.l] || t.l == "that" || t.l == "and" || t.l == "but" || t.l == "or"
}

// npStop reports whether a word cannot be part of a noun phrase.
func (a *analysis) npStop(t *token) bool {
	l := t.l
	if t.cap {
		b := t.base()
		return conjunctions[b] || prepositions[b] && b != "of" || auxiliaries[b] || b == "and" || b == "but"
	}
	if prepositions[l] || conjunctions[l] || auxiliaries[l] || commonVerbs[l] || negations[l] {
		return true
	}
	if v, ok := a.b.verbs[l]; ok && !speakerNouns[l] && !docNouns[l] && !v.noun {
		return true
	}
	if pronouns[l] && !subjPronoun[l] {
		return true
	}
	if adverb(l) {
		return true
	}
	if (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) && !strings.Contains(l, "-") && !nounEdIng[l] {
		return true
	}
	return false
}

// countryEnds reports whether a country's name starts at token j and
// ends the phrase ("Crown Prince X of Saudi Arabia").
func (a *analysis) countryEnds(j, hi int) bool {
	if j < hi && a.toks[j].l == "the" {
		j++
	}
	var ws []string
	for k := j; k < hi && k < j+5 && a.isOut(k); k++ {
		ws = append(ws, a.toks[k].s)
	}
	_, n := a.b.gaz.match(ws, 0)
	if n == 0 {
		return false
	}
	return j+n >= hi || !a.isOut(j+n) || !a.toks[j+n].cap
}

// roleTo are roles followed by "to" and the place or body they are sent
// to ("Ambassador to Germany").
var roleTo = words(`ambassador envoy representative adviser advisor emissary delegate ambassadors envoys`)

// nounEdIng are -ed and -ing words that occur inside noun phrases.
var nounEdIng = words(`united red bed hundred armed retired alleged so-called self-styled unnamed unidentified concerned interested detained jailed exiled elected appointed designated acting leading ruling governing opposing building beijing reading wedding evening morning king ring thing string spring wing bombing briefing hearing meeting sibling darling viking`)

// npLeft returns the start of the noun phrase ending at token k, or -1.
// The phrase is made of words outside quotations: capitalised words,
// nouns and modifiers, joined by name glue; it stops at verbs,
// prepositions, conjunctions and punctuation, and after a determiner.
func (a *analysis) npLeft(k, lo int) int {
	if !a.isOut(k) {
		return -1
	}
	if subjPronoun[a.toks[k].l] || a.toks[k].l == "him" || a.toks[k].l == "them" || pronounBase(a.toks[k].l) != "" {
		return a.conjoinLeft(k, k, lo)
	}
	if a.npStop(&a.toks[k]) {
		return -1
	}
	start := -1
	for j := k; j >= lo && k-j < 14; j-- {
		if !a.isOut(j) {
			break
		}
		t := &a.toks[j]
		if determiners[t.l] || t.l == "his" || t.l == "her" {
			start = j
			break
		}
		if j < k && t.l == "to" && j-1 >= lo && a.isOut(j-1) && roleTo[a.toks[j-1].l] {
			continue
		}
		if j < k && (t.l == "named" || t.l == "called") && a.toks[j+1].cap && j-1 >= lo && a.isOut(j-1) && !a.toks[j-1].cap && !a.npStop(&a.toks[j-1]) {
			continue // "a university student named Wong"
		}
		if j < k && glueWords[t.l] && !t.cap {
			// Glue joins two parts of a name or a role and its body
			// ("Ministry of Foreign Affairs", "spokesman for the ministry").
			if j-1 >= lo && a.isOut(j-1) && (a.toks[j-1].cap || titleWords[a.toks[j-1].l] || speakerNouns[a.toks[j-1].l]) && t.l != "and" {
				continue
			}
			if t.l == "and" && j-1 >= lo && a.isOut(j-1) && a.toks[j-1].cap && a.toks[j+1].cap {
				continue
			}
			break
		}
		if a.npStop(t) || subjPronoun[t.l] {
			break
		}
		start = j
	}
	if start < 0 {
		return -1
	}
	// A prepositional phrase inside the subject ("officials in Omsk",
	// "an assembly of several foreign ministers in Cairo"): continue to the
	// noun it modifies.
	for n := 0; n < 3 && start-2 >= lo && a.isOut(start-1) && a.isOut(start-2); n++ {
		p := a.toks[start-1].l
		prev := &a.toks[start-2]
		if !(p == "of" || p == "in" || p == "from" || p == "at" || p == "for" || p == "to" && roleTo[prev.l]) || a.toks[start-1].cap {
			break
		}
		if !(isSpeakerNoun(prev.base()) || docNouns[prev.base()] || collective[prev.l] || prev.cap && !a.npStop(prev)) {
			break
		}
		s2 := a.npLeft(start-2, lo)
		if s2 < 0 {
			break
		}
		start = s2
	}
	// Do not start with glue.
	for start <= k && glueWords[a.toks[start].l] && !determiners[a.toks[start].l] && !a.toks[start].cap {
		start++
	}
	if start > k {
		return -1
	}
	return a.conjoinLeft(start, k, lo)
}

// conjoinLeft extends a noun phrase starting at start over a coordinated
// phrase before it ("Trump and his supporters", "both he and X", "the CIA
// and other agencies") when the whole starts at a clause boundary.
func (a *analysis) conjoinLeft(start, k, lo int) int {
	if start-2 < lo || !a.isOut(start-1) || a.toks[start-1].l != "and" || !a.isOut(start-2) {
		return start
	}
	prev := &a.toks[start-2]
	if a.npStop(prev) && !subjPronoun[prev.l] {
		return start
	}
	s2 := a.npLeft(start-2, lo)
	if s2 < 0 {
		if subjPronoun[prev.l] {
			s2 = start - 2
		} else {
			return start
		}
	}
	if s2-1 >= lo && a.isOut(s2-1) && a.toks[s2-1].l == "both" {
		s2--
	}
	if !a.boundary(s2-1, lo) {
		return start
	}
	return s2
}

// npRight returns the end (exclusive) of the noun phrase starting at token
// j, or j when there is none. It takes a determiner, modifiers, roles and
// names ("the Chinese Foreign Ministry spokesman Hong Lei").
func (a *analysis) npRight(j, hi int) int {
	i := j
	if i < hi && a.isOut(i) && (determiners[a.toks[i].l] || a.toks[i].l == "his" || a.toks[i].l == "her") {
		i++
	}
	if i < hi && a.isOut(i) && (subjPronoun[a.toks[i].l] || a.toks[i].l == "him" || a.toks[i].l == "them") && i == j {
		return i + 1
	}
	end := j
	for ; i < hi && i-j < 16; i++ {
		if !a.isOut(i) {
			break
		}
		t := &a.toks[i]
		if t.l == "to" && end > j && roleTo[a.toks[i-1].l] && i+1 < hi && a.isOut(i+1) && (a.toks[i+1].cap || a.toks[i+1].l == "the") {
			continue
		}
		if t.l == "on" && end > j && a.toks[i-1].cap && orgWords[a.toks[i-1].base()] && i+1 < hi && a.isOut(i+1) && a.toks[i+1].cap {
			continue // "Commission on International Religious Freedom"
		}
		if glueWords[t.l] && !t.cap {
			// Glue only between parts of a name or a role and its body.
			if i == 0 || end <= j {
				break
			}
			prev := &a.toks[i-1]
			leftOK := t.l == "of" && prev.cap && a.countryEnds(i+1, hi) || t.l == "and" && prev.cap || (t.l == "of" || t.l == "for") && (orgWords[prev.base()] || titleWords[prev.base()] || titleMods[prev.base()] || speakerNouns[prev.l]) || !prepositions[t.l] && t.l != "and" && prev.cap
			if i+1 < hi && a.isOut(i+1) && end > j && (a.toks[i+1].cap || a.toks[i+1].l == "the" && i+2 < hi && a.isOut(i+2) && a.toks[i+2].cap) && leftOK {
				if t.l == "and" && !a.toks[i-1].cap {
					break
				}
				if a.toks[i+1].l == "the" {
					i++
				}
				continue
			}
			break
		}
		if a.npStop(t) || determiners[t.l] || subjPronoun[t.l] {
			break
		}
		end = i + 1
		if t.poss {
			continue
		}
	}
	return end
}
