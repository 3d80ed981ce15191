package qa

import (
	"slices"

	"github.com/briefbot/briefbot/bot"
)

// titledName reports whether the first of the question's names only
// qualifies the title of the second ("What did Harwick port director Lind
// say…?", "Did Norland's trade minister Ivo Lind deny…?"): it names no
// party of the briefing, one or two lower-case words that are neither
// stop words nor words of saying follow it, and the name after them names
// a party. That party speaks.
func titledName(ws []word, runs []nameRun, br *bot.Briefing, v *vocab) bool {
	if br == nil || len(runs) < 2 || runs[0].topic || runs[1].topic {
		return false
	}
	names := func(r []nameRun) bool {
		return slices.ContainsFunc(br.Parties, func(p bot.Party) bool { return partyNamed(p, r[0].words, r, v) })
	}
	if names(runs[:1]) || !names(runs[1:2]) {
		return false
	}
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = w.f
	}
	s, e := phraseAt(folded, runs[0].words), phraseAt(folded, runs[1].words)
	if s < 0 || e < 0 {
		return false
	}
	s += len(runs[0].words)
	if s > e {
		return false
	}
	// A possessive ending the first name is still no word between:
	// "Norland's trade minister".
	for s < e && (ws[s].f == "s" || ws[s].f == "'s") {
		s++
	}
	if e-s < 1 || e-s > 2 {
		return false
	}
	for _, w := range ws[s:e] {
		if w.cap || w.digit || v.stop[w.f] || v.reporting[w.f] || v.respond[w.f] {
			return false
		}
	}
	return true
}
