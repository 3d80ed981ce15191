package offline

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 6, parties. A country's government speaks as one party: an
// entity joins its country's party when the article ties it to a country
// and its role is governmental, and nothing marks it independent.
// Spokespeople and offices speak for whoever employs them. Everyone else
// (companies, independent people, groups, described speakers such as
// "whale experts") is a party of their own. Parties are ordered by their
// first claim; claims by article order. A party's aliases are the names
// the article gives its own members, never a phrase in which it is only
// mentioned ("a member of X's team" is not X).

// partyAcc accumulates one party while composing.
type partyAcc struct {
	key     string
	country *lang.Country
	ents    []*entity
	claims  []bot.Claim
	aliases []string
}

// partyKey returns the party an entity belongs to, and the entity that
// names it.
func partyKey(e *entity) (string, *lang.Country, *entity) {
	for i := 0; ; i++ {
		if e.kind == kCountry || e.gov && e.country != nil && !e.nonGov {
			return "c:" + e.country.Code, e.country, e
		}
		if i >= 4 || e.speaksFor == nil || e.speaksFor == e {
			break
		}
		e = e.speaksFor
	}
	return "e:" + strconv.Itoa(e.id), nil, e
}

// traceClaim, when a test sets it, sees each claim with the rule that
// found its speaker (attribution.how), to measure rules one by one.
var traceClaim func(how string, pronoun bool, cl bot.Claim)

// parties groups the claims into parties.
func (a *analysis) parties(vlx *lang.Lexicon) []bot.Party {
	byKey := map[string]*partyAcc{}
	var order []*partyAcc
	full := map[*entity]*entity{} // (fullName of each speaker, once)
	for _, at := range a.atts {
		cl, ok := a.t.claimOf(at, vlx)
		if !ok {
			continue
		}
		speaker, seen := full[at.speaker]
		if !seen {
			speaker = a.fullName(at.speaker)
			full[at.speaker] = speaker
		}
		key, c, owner := partyKey(speaker)
		p := byKey[key]
		if p == nil {
			p = &partyAcc{key: key, country: c}
			byKey[key] = p
			order = append(order, p)
		}
		p.addEnt(owner)
		p.addEnt(speaker)
		cl.Speaker = a.t.label(at.speaker, at.surface)
		if speaker != at.speaker {
			cl.Speaker = a.t.label(speaker, "") // (the full name, not "Blasio")
		}
		if !a.t.isPronoun(at.surface) && !a.t.lx.Set("possessive", lang.Lower(strings.TrimSpace(at.surface))) {
			p.addAlias(stripDet(a.t.lx, at.surface)) // (not "su" of "En su opinión")
		}
		if traceClaim != nil {
			traceClaim(at.how, a.t.isPronoun(at.surface), cl)
		}
		if slices.ContainsFunc(p.claims, func(c bot.Claim) bool { return c.Evidence == cl.Evidence && c.Claim == cl.Claim }) {
			continue // a page that prints its article twice: the same words once
		}
		p.claims = append(p.claims, cl)
	}
	out := make([]bot.Party, 0, len(order))
	for _, p := range order {
		out = append(out, a.t.renderParty(p))
	}
	return out
}

// fullName returns the one person whose full name ends with the name
// of e, when e is named by a surname alone, or a particle and a surname,
// before the full name came ("Reed says …" in a headline, then "Mayor
// Tom Reed said …"; "De Blasio says …", then "Bill de Blasio"): one
// party, not two. It returns e when no person, or more than one, bears
// that name, or when their genders differ.
func (a *analysis) fullName(e *entity) *entity {
	if e == nil || e.kind != kPerson && e.kind != kName || e.country != nil {
		return e
	}
	lx := a.t.lx
	w := lang.Fold(e.name)
	if ws := strings.Fields(w); len(ws) == 0 || len(ws) > 2 || len(ws) == 2 && !lx.Set("particles", ws[0]) && !lx.Set("nameglue", ws[0]) {
		return e
	}
	var found *entity
	for _, p := range a.reg.ents {
		if p == e || p.kind != kPerson {
			continue
		}
		pf := lang.Fold(p.name)
		if ws := strings.Fields(pf); len(ws) < 2 || !strings.HasSuffix(pf, " "+w) || lx.GivenNames[lang.Lower(ws[0])] == 0 {
			continue // (a full name that opens with a given name: not "Infrastruktur von xAI")
		}
		if found != nil && found != p || e.gender != 0 && p.gender != 0 && e.gender != p.gender {
			return e // (two people bear it, or another gender: "Mme Martin" after "Patrick Martin")
		}
		found = p
	}
	if found == nil {
		return e
	}
	return found
}

func (p *partyAcc) addEnt(e *entity) {
	for _, x := range p.ents {
		if x == e {
			return
		}
	}
	p.ents = append(p.ents, e)
}

func (p *partyAcc) addAlias(s string) { p.aliases = appendName(p.aliases, s) }

// namesCountry reports whether speaker is only the country's name ("the
// United States"): no member to list after it.
func (t *text) namesCountry(speaker string, c *lang.Country) bool {
	sp := stripDet(t.lx, speaker)
	return strings.EqualFold(sp, c.Name) || containsFold(c.Names, sp)
}

// renderParty names a party and lists its aliases.
func (t *text) renderParty(p *partyAcc) bot.Party {
	out := bot.Party{Claims: p.claims}
	var members []string
	for _, e := range p.ents {
		if e.kind == kCountry {
			continue
		}
		if n := t.label(e, ""); n != "" && !containsFold(members, n) {
			members = append(members, n)
		}
		for _, x := range e.names {
			p.addAlias(x)
		}
	}
	switch {
	case p.country != nil:
		out.Name = p.country.Name
		// The members who spoke, as the claims name them.
		members = members[:0]
		for _, c := range p.claims {
			if c.Speaker != "" && !containsFold(members, c.Speaker) && !t.genericGov(c.Speaker, p.country) && !t.namesCountry(c.Speaker, p.country) {
				members = append(members, c.Speaker)
			}
		}
		if len(members) > 3 {
			members = members[:3]
		}
		if len(members) > 0 {
			out.Name += " (" + strings.Join(members, ", ") + ")"
		}
		chk := ground.New(t.src)
		for _, f := range append(append([]string{p.country.Name}, p.country.Names...), p.country.Seats...) {
			if chk.Mentions(f) && containsWordFold(lang.Lower(t.src), lang.Lower(f)) {
				p.addAlias(f)
			}
		}
	case len(members) > 0:
		out.Name = members[0]
	case len(p.aliases) > 0:
		out.Name = p.aliases[0]
	}
	out.Name = t.nameCase(out.Name)
	out.Aliases = []string{}
	for _, x := range p.aliases {
		if !t.isPronoun(x) && !containsFold(out.Aliases, x) {
			out.Aliases = append(out.Aliases, x)
		}
	}
	return out
}

// genericGov reports whether a speaker label says no more than the
// country's government ("German officials", "the Russian government").
func (t *text) genericGov(label string, c *lang.Country) bool {
	lx := t.lx
	forms := append(append(append([]string{c.Name}, c.Names...), c.Demonyms...), c.Seats...)
	for _, w := range strings.Fields(lang.Lower(label)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if lx.Set("determiners", w) || lx.Set("of", w) || lx.Speakers[w] == "gov" || lx.Set("govwords", w) {
			continue
		}
		found := false
		for _, f := range forms {
			found = found || lang.Lower(f) == w
		}
		if !found {
			return false
		}
	}
	return true
}

// label is how a claim or party names an entity: a person's or an
// organisation's name, a description as the article words it, a
// country's name; for a pronoun, what it refers to.
func (t *text) label(e *entity, surface string) string {
	switch {
	case e == nil:
		return ""
	case e.kind == kPerson || e.kind == kOrg || e.kind == kName:
		return e.name
	case e.kind == kCountry:
		if surface != "" && !t.isPronoun(surface) && !t.lx.Set("definite", lang.Lower(firstWord(surface))) {
			return surface
		}
		return e.name
	case surface != "" && !t.isPronoun(surface):
		// A description is the bot's wording of the speaker: the
		// outlet's loaded words in it are marked as the outlet's ("ses
		// sbires": "Sbires" (the outlet's wording)).
		return quoteLoaded(t.lx, t.lx, capFirst(stripDet(t.lx, surface)))
	}
	return quoteLoaded(t.lx, t.lx, t.nameCase(e.name))
}

// nameCase returns a party's name with a capital, unless it is an
// agency's name the lexicon writes in lower case ("dpa", "epd").
func (t *text) nameCase(name string) string {
	if t.lx.Set("newsnames", name) {
		return name
	}
	return capFirst(name)
}

func (t *text) isPronoun(s string) bool {
	_, ok := t.lx.Pronouns[lang.Lower(strings.TrimSpace(s))]
	return ok
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

// appendName appends the name s, trimmed, to names unless it is empty or
// already there in any case.
func appendName(names []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || containsFold(names, s) {
		return names
	}
	return append(names, s)
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// containsWordFold reports whether w occurs in s at word boundaries (both
// lower-cased by the caller).
func containsWordFold(s, w string) bool {
	for i := 0; w != ""; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := lastRune(s[:j])
		after := firstRune(s[j+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
	return false
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r := []rune(s[i:])
			if len(r) > 0 {
				return r[0], len(s) - i
			}
		}
	}
	return 0, 0
}
