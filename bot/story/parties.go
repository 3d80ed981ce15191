package story

import (
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// member is one source's party in a story party.
type member struct {
	src   int // index of the source
	party bot.Party
	keys  partyKeys
}

// partyKeys are what a party is recognised by across sources.
type partyKeys struct {
	names   map[string]bool // its names and aliases, folded, words joined by a space
	tokens  map[string]bool // the distinctive words of its names (not titles nor generic nouns)
	country string          // the gazetteer's code, when it is a country or its government
	// generic is set when no name of the party has a distinctive word
	// ("Ministry", "the union"); words holds its names' words then.
	generic bool
	words   map[string]bool
}

// group is one party of the story.
type group struct {
	members []member
}

func (g *group) has(src int) bool {
	return slices.ContainsFunc(g.members, func(m member) bool { return m.src == src })
}

// matchParties groups the sources' parties into the story's parties: a
// source's party joins the story party it matches best (matchScore) among
// those no party of its own source is in, or starts a new one. Sources are
// taken in order, so the first source's parties lead.
func matchParties(srcs []*source) []*group {
	var groups []*group
	for i, s := range srcs {
		for _, p := range s.in.Briefing.Parties {
			m := member{src: i, party: p, keys: keysOf(p, s.lx)}
			var best *group
			bestScore := 0
			for _, g := range groups {
				if g.has(i) && !m.keys.generic {
					continue
				}
				if sc := matchScore(g, m); sc > bestScore {
					best, bestScore = g, sc
				}
			}
			if best == nil || bestScore < minMatch {
				groups = append(groups, &group{members: []member{m}})
				continue
			}
			best.members = append(best.members, m)
			// A party that another source names both ways ("Pavel Ostrin
			// of the Coastal Trade Monitor") joins two story parties a
			// briefing kept apart ("Coastal Trade Monitor", "Pavel
			// Ostrin"): they are one.
			for k := 0; k < len(groups); k++ {
				if g := groups[k]; g != best && !g.has(i) && !m.keys.generic && matchScore(g, m) >= minMatch {
					best.members = append(best.members, g.members...)
					groups = append(groups[:k], groups[k+1:]...)
					k--
				}
			}
		}
	}
	return groups
}

// minMatch is the score two parties must reach to be one: a shared full
// name or country, or a shared distinctive word ("Vela" in "Minister Ana
// Vela" and "Vela").
const minMatch = 2

// matchScore scores how well m matches the story party g: 3 for a name
// both use or the same country, 2 for a distinctive word of a name both
// use, the best over g's members.
func matchScore(g *group, m member) int {
	best := 0
	for _, o := range g.members {
		sc := 0
		switch {
		case m.keys.country != "" && m.keys.country == o.keys.country:
			sc = 3
		case m.keys.country != "" && o.keys.country != "":
			continue // two different countries
		case shares(m.keys.names, o.keys.names):
			sc = 3
		case shares(m.keys.tokens, o.keys.tokens):
			sc = 2
		case m.keys.generic && len(o.keys.tokens) > 0 && subset(m.keys.words, o.keys.words):
			// "the ministry" is the story's "Ministry of Ports", even
			// in the source that names both: a briefing may keep them
			// apart where the article does not.
			sc = 2
		}
		best = max(best, sc)
	}
	return best
}

func shares(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// keysOf returns what party p is recognised by: its name, aliases and
// speakers, in language lx.
func keysOf(p bot.Party, lx *lang.Lexicon) partyKeys {
	k := partyKeys{names: map[string]bool{}, tokens: map[string]bool{}, words: map[string]bool{}}
	names := append([]string{p.Name}, p.Aliases...)
	for _, c := range p.Claims {
		if c.Speaker != "" {
			names = append(names, c.Speaker)
		}
	}
	for _, n := range names {
		ws := words(n)
		ws = slices.DeleteFunc(ws, func(w string) bool { return isFunction(w, lx) })
		if len(ws) == 0 {
			continue
		}
		if c := countryOf(ws, lx); c != "" && k.country == "" {
			k.country = c
		}
		for i, w := range ws {
			if distinctive(w, lx) {
				k.tokens[lang.Fold(w)] = true
			}
			ws[i] = lang.Fold(w)
			k.words[ws[i]] = true
		}
		if slices.ContainsFunc(ws, func(w string) bool { return distinctive(w, lx) }) {
			// "union" alone names no one in particular.
			k.names[strings.Join(ws, " ")] = true
		}
	}
	k.generic = len(k.tokens) == 0 && k.country == ""
	return k
}

// subset reports whether every key of a is in b (and a has one).
func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return len(a) > 0
}

// distinctive reports whether a folded word of a name can tell a party
// apart: not a title, a generic noun ("ministry", "union", "officials")
// nor a short word.
func distinctive(w string, lx *lang.Lexicon) bool {
	if len([]rune(w)) < 3 {
		return false
	}
	if _, ok := lx.Titles[w]; ok {
		return false
	}
	if _, ok := lx.Speakers[w]; ok {
		return false
	}
	for _, s := range []string{"govwords", "orgwords", "plural", "collective", "mediawords", "titlemods"} {
		if lx.Set(s, w) {
			return false
		}
	}
	return true
}

// countryOf returns the gazetteer code of a name that is a country, its
// capital or its government's seat ("China", "Beijing", "Chine",
// "Pékin"), or "".
func countryOf(ws []string, lx *lang.Lexicon) string {
	idx, ok := countryIndex.Load(lx)
	if !ok {
		m := map[string]string{}
		for _, c := range lx.Countries {
			for _, n := range append(append([]string{c.Name}, c.Names...), c.Seats...) {
				if _, dup := m[strings.ToLower(n)]; !dup {
					m[strings.ToLower(n)] = c.Code
				}
			}
		}
		idx, _ = countryIndex.LoadOrStore(lx, m)
	}
	return idx.(map[string]string)[strings.Join(ws, " ")]
}

// countryIndex maps each lexicon to its countries' names, lower case, and
// their codes.
var countryIndex sync.Map

// partyName returns the story party's name: the name most of its members
// use, the first member's on a tie, a name that tells it apart rather
// than a generic one.
func partyName(g *group) string {
	named := slices.ContainsFunc(g.members, func(m member) bool { return !m.keys.generic })
	count := map[string]int{}
	best := ""
	for _, m := range g.members {
		if named && m.keys.generic {
			continue // "Ministry of Ports", not "Ministry"
		}
		count[m.party.Name]++
		if best == "" || count[m.party.Name] > count[best] {
			best = m.party.Name
		}
	}
	return best
}

// aliases returns the story party's other names, each once.
func aliases(g *group, name string) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	add := func(n string) {
		if n = strings.TrimSpace(n); n != "" && !seen[strings.ToLower(n)] {
			seen[strings.ToLower(n)] = true
			out = append(out, n)
		}
	}
	for _, m := range g.members {
		add(m.party.Name)
		for _, a := range m.party.Aliases {
			add(a)
		}
	}
	return out
}
