package offline

import (
	"sort"
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Kinds of gazetteer form.
const (
	formName = iota
	formDemonym
	formSeat // a capital or government metonym ("Kremlin")
)

// gazetteer finds the lexicon's countries in token sequences.
type gazetteer struct {
	// byFirst maps the first word of each form (lower case) to the forms
	// starting with it, longest first.
	byFirst map[string][]gazForm
}

type gazForm struct {
	words []string // lower case
	c     *lang.Country
	kind  int
	cap   bool // the form is written with a capital: the text must be too
}

func newGazetteer(lx *lang.Lexicon) *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazForm{}}
	add := func(form string, c *lang.Country, kind int) {
		ws := strings.Fields(lang.Lower(form))
		if len(ws) == 0 {
			return
		}
		g.byFirst[ws[0]] = append(g.byFirst[ws[0]], gazForm{words: ws, c: c, kind: kind, cap: lang.IsUpperInitial(form)})
	}
	for _, c := range lx.Countries {
		add(c.Name, c, formName)
		for _, n := range c.Names {
			add(n, c, formName)
		}
		for _, d := range c.Demonyms {
			add(d, c, formDemonym)
		}
		for _, s := range c.Seats {
			add(s, c, formSeat)
		}
	}
	for k, fs := range g.byFirst {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].words) > len(fs[j].words) })
		g.byFirst[k] = fs
	}
	return g
}

// match returns the longest form starting at token i of toks[i:hi] and
// how many tokens it spans, or n == 0.
func (g *gazetteer) match(toks []token, i, hi int) (gazForm, int) {
	if i >= hi || toks[i].kind != tWord {
		return gazForm{}, 0
	}
	for _, f := range g.byFirst[toks[i].b] {
		if f.cap && !toks[i].cap {
			continue
		}
		if i+len(f.words) > hi {
			continue
		}
		ok := true
		for k, w := range f.words {
			tk := &toks[i+k]
			if tk.kind != tWord || tk.b != w && !(k < len(f.words)-1 && tk.l == w) {
				ok = false
				break
			}
		}
		if ok {
			return f, len(f.words)
		}
	}
	return gazForm{}, 0
}

// countryIn returns the first country named in toks[lo:hi], or nil.
func (g *gazetteer) countryIn(toks []token, lo, hi int) *lang.Country {
	for i := lo; i < hi; i++ {
		if f, n := g.match(toks, i, hi); n > 0 {
			return f.c
		}
	}
	return nil
}
