package story

import (
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
	"github.com/briefbot/briefbot/internal/unionfind"
)

// Grouping articles into stories, offline, for digests: two articles are
// on one story when their headlines share a word and, besides, they quote
// the same people or organisations (a person's surname, or an
// organisation's whole name: "Kessel", "Quillfen Systems") or name the
// same names in their headlines, at least a name and a country (a country
// counts half), in any language where the names match; they were
// published within MaxApart of each other; and by different outlets. A
// shared place alone is not enough: a football report from the capital is
// not the dock strike, and a head of state quoted in two stories does not
// make them one.

// minNames is how many names two articles on one story share besides a
// headline word: a person or an organisation and a country ("Navalny",
// Germany), or two people.
const minNames = 1.5

// MaxApart is how far apart in time two articles on one story may be
// published.
const MaxApart = 72 * time.Hour

// Member is one article a digest lists, as grouping reads it.
type Member struct {
	Title    string
	Site     string // the outlet: one outlet's articles are never one story's
	Language string
	// Parties are the parties its briefing lists.
	Parties []bot.Party
	// Published is when it was published; zero when unknown (then time
	// does not keep it apart).
	Published time.Time
}

// Group returns, for each member, the index of the first member of its
// story: members[i] and members[j] are one story when Group(m)[i] ==
// Group(m)[j].
func Group(members []Member) []int {
	keys := make([]map[string]bool, len(members))
	titles := make([]map[string]bool, len(members))
	for i, m := range members {
		lx := lang.Default().Lexicon(m.Language)
		keys[i] = strongKeys(m.Parties, lx)
		for _, w := range titleNames(m.Title, lx) {
			if strings.HasPrefix(w, "c:") {
				keys[i][w] = true
			} else {
				keys[i]["t:"+w] = true
			}
		}
		titles[i] = set(slices.DeleteFunc(contentWords(m.Title, lx), func(w string) bool {
			_, title := lx.Titles[w]
			return title // "President" in two headlines is no common matter
		}))
	}

	sets := unionfind.New(len(members))
	// sites holds the outlets of each group, by its first member: two
	// articles of one outlet are two stories (a follow-up, another
	// matter quoting the same people), so groups of one outlet stay apart.
	sites := make([]map[string]bool, len(members))
	for i, m := range members {
		sites[i] = map[string]bool{}
		if m.Site != "" {
			sites[i][strings.ToLower(m.Site)] = true
		}
	}
	for i := range members {
		for j := i + 1; j < len(members); j++ {
			if !near(members[i].Published, members[j].Published) {
				continue
			}
			shared, named := 0.0, false
			for k := range keys[i] {
				if !keys[j][k] {
					continue
				}
				switch {
				case strings.HasPrefix(k, "c:"):
					shared += 0.5
				case strings.HasPrefix(k, "t:") && (keys[i]["p:"+k[2:]] || keys[j]["p:"+k[2:]]):
					// a surname in a headline counts once
				default:
					shared++
					named = true
				}
			}
			titled := false
			for w := range titles[i] {
				titled = titled || titles[j][w]
			}
			if a, b := sets.Find(i), sets.Find(j); named && shared >= minNames && titled && a != b && !sharesSite(sites[a], sites[b]) {
				sets.Union(a, b)
				for s := range sites[max(a, b)] {
					sites[min(a, b)][s] = true
				}
			}
		}
	}
	out := make([]int, len(members))
	for i := range members {
		out[i] = sets.Find(i)
	}
	return out
}

// near reports whether two times are within MaxApart, or one is unknown.
func near(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	return d <= MaxApart && d >= -MaxApart
}

// strongKeys returns what tells a story's parties apart across outlets:
// the surname of each party named as a person (two or three capitalised
// words, none a title or a generic noun), and the whole name of each
// other party with a distinctive word, folded.
func strongKeys(parties []bot.Party, lx *lang.Lexicon) map[string]bool {
	out := map[string]bool{}
	for _, p := range parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			ws := slices.DeleteFunc(words(n), func(w string) bool { return isFunction(w, lx) })
			if len(ws) == 0 || !slices.ContainsFunc(ws, func(w string) bool { return distinctive(w, lx) }) && countryOf(ws, lx) == "" {
				continue
			}
			if c := countryOf(ws, lx); c != "" {
				out["c:"+c] = true
				continue
			}
			if person(n, ws, lx) {
				out["p:"+lang.Fold(ws[len(ws)-1])] = true
				continue
			}
			for i := range ws {
				ws[i] = lang.Fold(ws[i])
			}
			if len(ws) > 1 {
				out["o:"+strings.Join(ws, " ")] = true
			}
		}
	}
	// "President Donald Trump" is Trump, counted once: a name that ends
	// with a person's surname is that person.
	for k := range out {
		if i := strings.LastIndexByte(k, ' '); strings.HasPrefix(k, "o:") && i > 0 && out["p:"+k[i+1:]] {
			delete(out, k)
		}
	}
	return out
}

// person reports whether a name is a person's: two or three words, each
// written with a capital in the name, none a title or a generic noun.
func person(name string, ws []string, lx *lang.Lexicon) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	raw := strings.Fields(name)
	if len(raw) != len(ws) {
		return false
	}
	for i, r := range raw {
		if r == "" || strings.ToUpper(r[:1]) != r[:1] || !distinctive(ws[i], lx) {
			return false
		}
	}
	return true
}

// titleNames returns the folded names in a headline: its words written
// with a capital but the first, that are distinctive ("Navalny",
// "Sarrow"), and the country codes of the countries it names ("c:RU").
func titleNames(title string, lx *lang.Lexicon) []string {
	var out []string
	for i, raw := range strings.Fields(title) {
		ws := words(raw)
		if len(ws) != 1 {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(ws[0], "'s"), "’s")
		if c := countryOf([]string{w}, lx); c != "" {
			out = append(out, "c:"+c)
			continue
		}
		r := strings.TrimLeft(raw, "\"'“‘«„")
		if i == 0 || r == "" || strings.ToUpper(r[:1]) != r[:1] || !distinctive(w, lx) || isFunction(w, lx) {
			continue
		}
		out = append(out, lang.Fold(w))
	}
	return out
}

func sharesSite(a, b map[string]bool) bool {
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}
