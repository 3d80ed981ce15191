package qa

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// askedAct returns the stem of the verb whose act a yes/no question
// asks about ("Did the ministers sign an agreement?" asks whether they
// signed), or "" when it finds none it can judge:
//
//   - after an opening word of `perfectopen` ("Has…") or a past form of
//     "to be" (`passive` and `past`: "Were…"), the first word in lower
//     case of a past verb's form (`verbforms`, `pastforms`): "Has the
//     scheme prevented…?", "Were any people injured?";
//   - after a present form of "to be" ("Is…"), the infinitive after a
//     word of `future` and "to": "Is the city planning to change…?"
//     (not a state: "Is she still infected?", "Is it still
//     broadcasting?", which the article words its own way);
//   - after another opening word ("Did", "Will"), a past verb's form
//     right after a form of "to be" ("Will the lockdown be extended?"),
//     or the word right after an adverb in -ly ("Did they actually
//     sign…?"); and after a word of `doopen` ("Did…"), the last word of
//     the run after the subject's determiner when a determiner of the
//     lexicon ends it ("Did the finance ministers agree the
//     extension?"): the verb before its object. Not one a preposition
//     ends ("Did the doctors in Omsk…", "Did he run for president?"),
//     nor the run that ends the question ("Did police find poison?").
//
// A "when" or "where" question whose word that asks is followed by a
// word of `yesno` other than a form of "to be" or of `perfectopen`
// ("When will the plant actually restart production?", "Where would
// the prisoners be moved?") asks about the act of the rest, read so.
//
// Only the words before a reporting verb, a word of `respond` or a
// complementiser of the lexicon ("that", "whether") are read: what a
// clause after them says is not the act asked about ("Did the staff
// respond to the claim that families were forced out?").
//
// Not a stop word, a name, a light verb or one that asks for words (a
// reporting verb, `respond`): those are judged elsewhere or not at all.
func askedAct(ws []word, v *vocab, lx *lang.Lexicon) string {
	for j := 1; j < len(ws); j++ {
		// "Did the staff respond to the claim that families were
		// forced out?" asks for words: the act of the clause it
		// reports is not the one asked about.
		if v.reporting[ws[j].f] || v.respond[ws[j].f] || inSet(lx, "comp", ws[j].f) {
			ws = ws[:j]
			break
		}
	}
	if len(ws) < 3 {
		return ""
	}
	past := func(w word) bool {
		return !w.cap && !w.digit && (v.isVerbForm(w.low) || v.pastForms[w.f])
	}
	adverb := func(w word) bool {
		return len(w.f) > 4 && strings.HasSuffix(w.f, "ly") && !w.cap
	}
	open := ws[0].f
	at := -1
	switch {
	case v.perfectOpen[open] || v.passive[open] && v.tense["past"][open]:
		for j := 1; j < len(ws); j++ {
			if past(ws[j]) {
				at = j
				break
			}
		}
	case v.passive[open]:
		for j := 1; j+2 < len(ws); j++ {
			if (v.tense["future"][ws[j].f] || v.tense["future"][v.stem(ws[j].f)]) && inSet(lx, "inf", ws[j+1].f) {
				at = j + 2
				break
			}
		}
	default:
		for j := 2; j < len(ws); j++ {
			if v.passive[ws[j-1].f] && past(ws[j]) || adverb(ws[j-1]) {
				at = j
				break
			}
		}
		if at < 0 && v.doOpen[open] {
			started := false
			for j := 1; j < len(ws); j++ {
				w := ws[j]
				det := inSet(lx, "determiners", w.f)
				if started && det {
					break
				}
				if det || inSet(lx, "adverbs", w.f) {
					continue
				}
				if inSet(lx, "prep", w.f) || inSet(lx, "coord", w.f) || j == len(ws)-1 {
					at = -1
					break
				}
				started = true
				at = j
			}
		}
	}
	if at < 0 {
		return ""
	}
	w := ws[at]
	s := v.stem(w.f)
	if w.cap || w.digit || v.isStopWord(w, lx) || v.stop[s] || v.light[w.f] || v.light[s] || v.reporting[w.f] || v.respond[w.f] || v.tense["future"][w.f] {
		return ""
	}
	return s
}

// isYesNoOpen reports whether w is a word of `yesno`, which opens a
// yes/no question.
func isYesNoOpen(w string, v *vocab) bool {
	for _, p := range v.kinds["yesno"] {
		if len(p) == 1 && p[0] == w {
			return true
		}
	}
	return false
}

// holdsAct reports whether sentence i holds the act a yes/no question
// asks about (see askedAct): its stem, a word of its group, its
// opposite, or a longer word its stem begins ("agreement" for "agree").
func (a *article) holdsAct(i int, act string) bool {
	if a.tf[i][act] > 0 || a.opposed(i, act) > 0 {
		return true
	}
	if len([]rune(act)) < 4 {
		return false
	}
	for t := range a.tf[i] {
		if strings.HasPrefix(t, act) {
			return true
		}
	}
	return false
}
