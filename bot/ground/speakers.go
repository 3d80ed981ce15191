package ground

import (
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Attributor tells who an article attributes each sentence to (the
// offline analysis implements it).
type Attributor interface {
	// SpeakersOf returns, for sentence n (1-based), the names of each
	// speaker the article gives its words to: every name, alias and
	// description of the speaker and of the party it speaks for. known is
	// false when the analysis cannot attribute in the article's language,
	// so "nobody" means nothing.
	SpeakersOf(n int) (speakers [][]string, known bool)
}

// SpeakerStats counts what CheckSpeakers did.
type SpeakerStats struct {
	// Moved counts claims filed under another party than the one the
	// article gives the cited sentences to, and moved there.
	Moved int
	// Dropped counts claims whose cited sentences the article gives to
	// someone no party stands for, or to nobody while the claim's party
	// is not named in them.
	Dropped int
}

// CheckSpeakers checks that each claim's cited sentences are the words of
// its party: a claim stays when the article attributes one of its
// sentences to the party (by its name, an alias, the claim's speaker, or
// a pronoun or title the analysis resolves to it), or, when the analysis
// attributes the sentences to nobody, when the party is named in them. A
// claim whose sentences the article gives to another party is moved to
// that party's claims if the briefing has it, and dropped otherwise.
// Dropped claims are counted in b.Stats.ClaimsDroppedMisattributed and
// parties left without claims are removed.
func (c *Checker) CheckSpeakers(b *bot.Briefing, at Attributor) SpeakerStats {
	var st SpeakerStats
	type move struct {
		to    int
		claim bot.Claim
	}
	var moves []move
	names := make([][]string, len(b.Parties))
	for i, p := range b.Parties {
		names[i] = partyNames(p)
	}
	for i := range b.Parties {
		p := &b.Parties[i]
		kept := p.Claims[:0]
		for _, cl := range p.Claims {
			own := append(append([]string{}, names[i]...), cl.Speaker)
			var other []string
			matched, known := false, false
			for _, n := range cl.Sentences {
				sps, k := at.SpeakersOf(n)
				known = known || k
				for _, sp := range sps {
					if namesMatch(own, sp) {
						matched = true
					} else if other == nil {
						other = sp
					}
				}
			}
			switch {
			case matched:
				kept = append(kept, cl)
			case other != nil:
				to := -1
				for j := range b.Parties {
					if j != i && namesMatch(names[j], other) {
						to = j
						break
					}
				}
				if to < 0 {
					st.Dropped++
					continue
				}
				cl.Speaker = bestName(other, names[to])
				moves = append(moves, move{to, cl})
				st.Moved++
			case namedIn(own, cl.Evidence):
				kept = append(kept, cl)
			default:
				st.Dropped++
			}
		}
		p.Claims = kept
	}
	for _, m := range moves {
		b.Parties[m.to].Claims = append(b.Parties[m.to].Claims, m.claim)
	}
	parties := b.Parties[:0]
	for _, p := range b.Parties {
		if len(p.Claims) > 0 {
			parties = append(parties, p)
		}
	}
	b.Parties = parties
	b.Stats.ClaimsDroppedMisattributed += st.Dropped
	return st
}

// SameSpeaker reports whether one of the speakers in as is one of those
// in bs, each given by all its names (as Attributor returns them).
func SameSpeaker(as, bs [][]string) bool {
	for _, a := range as {
		for _, b := range bs {
			if namesMatch(a, b) {
				return true
			}
		}
	}
	return false
}

// partyNames returns a party's name (and the members it lists in
// parentheses), its aliases and its claims' speakers.
func partyNames(p bot.Party) []string {
	out := []string{p.Name}
	if base, members, ok := strings.Cut(p.Name, " ("); ok {
		out = append(out, base)
		for _, m := range strings.Split(strings.TrimSuffix(members, ")"), ",") {
			out = append(out, strings.TrimSpace(m))
		}
	}
	out = append(out, p.Aliases...)
	for _, cl := range p.Claims {
		out = append(out, cl.Speaker)
	}
	return out
}

// namesMatch reports whether two lists of names name the same speaker:
// they share a distinctive word (a capitalised word that is not a title
// or a generic noun: "Hong", "Mandiant", "China"), or a lower-case
// description ("officials", "whale experts") equals one of the other's.
func namesMatch(as, bs []string) bool {
	aw := keyWords(as)
	for w := range keyWords(bs) {
		if aw[w] {
			return true
		}
	}
	ad := descriptions(as)
	for d := range descriptions(bs) {
		if ad[d] {
			return true
		}
	}
	return false
}

// keyWords returns the distinctive name words of names, folded. A
// country's name or demonym inside a longer name ("China Youth Daily",
// "Chinese Foreign Ministry") does not make it that country's: it counts
// only as a name on its own.
func keyWords(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		ws := nameWords(Normalize(n))
		for _, w := range ws {
			l := lang.Fold(w)
			if !genericWord(l) && (len(ws) == 1 || !countryWord(l)) {
				out[l] = true
			}
		}
	}
	return out
}

var (
	countryOnce  sync.Once
	countryWords map[string]bool
)

// countryWord reports whether a folded word is a one-word country name or
// demonym in any lexicon.
func countryWord(w string) bool {
	countryOnce.Do(func() {
		countryWords = map[string]bool{}
		for _, code := range lang.Default().Codes() {
			for _, c := range lang.Default().Get(code).Countries {
				for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
					if !strings.Contains(n, " ") {
						countryWords[lang.Fold(n)] = true
					}
				}
			}
		}
	})
	return countryWords[w]
}

// descriptions returns the names among names that hold no distinctive
// word ("officials", "the whale experts"), lower case, without leading
// determiners.
func descriptions(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		if strings.TrimSpace(n) == "" || len(keyWords([]string{n})) > 0 {
			continue
		}
		ws := strings.Fields(strings.ToLower(Normalize(n)))
		for len(ws) > 1 && isDeterminer(ws[0]) {
			ws = ws[1:]
		}
		if len(ws) > 0 {
			out[strings.Join(ws, " ")] = true
		}
	}
	return out
}

// namedIn reports whether one of names' distinctive words is written in
// text as a name (capitalised): "China" names China, "the user is an
// administrator" does not name a party "Administrator".
func namedIn(names []string, text string) bool {
	want := keyWords(names)
	for _, w := range nameWords(Normalize(text)) {
		if want[lang.Fold(w)] {
			return true
		}
	}
	return false
}

// bestName picks the name a moved claim's speaker goes by: the first of
// the article's names for the speaker that the new party also uses, or
// the first name.
func bestName(speaker, party []string) string {
	for _, s := range speaker {
		for _, p := range party {
			if strings.EqualFold(s, p) {
				return s
			}
		}
	}
	return speaker[0]
}

// genericWord reports whether a folded word is a title or a generic noun
// in any language: it does not tell speakers apart.
func genericWord(w string) bool {
	for _, code := range lang.Default().Codes() {
		lx := lang.Default().Get(code)
		if lx.Set("govwords", w) || lx.Set("orgwords", w) || lx.Speakers[w] != "" || lx.Set("titlemods", w) || lx.Set("determiners", w) {
			return true
		}
		if _, ok := lx.Titles[w]; ok {
			return true
		}
	}
	return false
}

func isDeterminer(w string) bool {
	for _, code := range lang.Default().Codes() {
		if lang.Default().Get(code).Set("determiners", w) {
			return true
		}
	}
	return false
}
