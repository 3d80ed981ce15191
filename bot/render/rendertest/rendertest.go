// Package rendertest makes long articles and briefings for the tests of
// every renderer and chat adapter: a pasted text of a given size or of a
// given number of sentences, with many speakers, outlet statements and
// loaded words, and a synthetic briefing with every section large.
package rendertest

import (
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

var (
	firsts = []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
		"Karim", "Lena", "Marco", "Nadia", "Omar", "Paula", "Rafael", "Sofia", "Tomas", "Yara"}
	lasts = []string{"Becker", "Costa", "Duarte", "Evans", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski",
		"Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Weber"}
	orgs = []string{"the Transport Ministry", "the Rail Union", "the City Council", "the Finance Ministry",
		"the Harbour Authority", "the Teachers' Federation", "the Chamber of Commerce", "the Health Agency"}
)

// person returns the i-th of 400 distinct names.
func person(i int) string {
	return firsts[i%len(firsts)] + " " + lasts[(i/len(firsts))%len(lasts)]
}

// Sentence returns the i-th sentence of the synthetic article (0-based):
// quotations and reported speech by many people, denials, accusations,
// the outlet's own statements and, now and then, a loaded word in the
// outlet's own voice.
func Sentence(i int) string {
	p, q := person(i*7), person(i*7+3)
	org := orgs[i%len(orgs)]
	switch i % 8 {
	case 0:
		return fmt.Sprintf("\"The plan for district %d will not be ready before %d,\" said %s, a spokesperson for %s.", i, 2030+i%9, p, org)
	case 1:
		return fmt.Sprintf("%s denied that the council had approved %d new contracts for the northern line.", p, i+3)
	case 2:
		return fmt.Sprintf("According to %s, the budget for line %d rose by %d percent last year.", p, i, 3+i%17)
	case 3:
		return fmt.Sprintf("Work on section %d of the tunnel began in March, and %d workers are on the site.", i, 40+i%60)
	case 4:
		return fmt.Sprintf("%s accused %s of hiding the true cost of project %d from the public.", p, q, i)
	case 5:
		return fmt.Sprintf("The so-called reform of depot %d was announced by the regime in a short statement.", i)
	case 6:
		return fmt.Sprintf("\"We will not accept cuts to service %d,\" %s told reporters outside the offices of %s.", i, p, org)
	default:
		return fmt.Sprintf("The city has %d stations on line %d, and trains run every %d minutes.", 10+i%30, i, 4+i%11)
	}
}

// Sentences returns a pasted text of n sentences, five to a paragraph.
func Sentences(n int) string {
	return pasted(func(i, _ int) bool { return i < n })
}

// Text returns a pasted text of at least size bytes, made of whole
// sentences, five to a paragraph.
func Text(size int) string {
	return pasted(func(_, length int) bool { return length < size })
}

// pasted writes sentences, five to a paragraph, while more(sentences
// written, bytes written) holds.
func pasted(more func(i, length int) bool) string {
	var sb strings.Builder
	for i := 0; more(i, sb.Len()); i++ {
		sb.WriteString(Sentence(i))
		if i%5 == 4 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteString(" ")
		}
	}
	return strings.TrimSpace(sb.String())
}

// FramingNote is the note on loaded wording every Briefing carries; no
// shortening may drop it.
const FramingNote = "The outlet's own text uses the word \"regime\" (sentence 4); this briefing does not adopt that wording."

// Briefing returns a synthetic briefing with the given number of parties,
// claims per party and facts, a summary of a few sentences and notes, one
// of them FramingNote. Claim j of party i is "Says item i.j …", fact k is
// "Fact k: …", so that tests can tell which survived.
func Briefing(parties, claims, facts int) *bot.Briefing {
	b := &bot.Briefing{
		Title:   "City transport plan: officials, unions and the council disagree",
		Source:  bot.Source{Site: "Example News", Published: "2026-11-30", URL: "https://news.example/transport"},
		Summary: "The article reports the views of the transport ministry, the rail union and the city council on the new transport plan. Officials say the plan is on time. The union says it cuts services. The council says costs are rising.",
		Backend: "script",
		Notes:   []string{FramingNote, "The outlet puts \"reform\" (sentence 9) in quotation marks without saying who used it."},
	}
	for i := 1; i <= parties; i++ {
		p := bot.Party{Name: fmt.Sprintf("Party %d (%s)", i, person(i)), Aliases: []string{person(i)}}
		for j := 1; j <= claims; j++ {
			p.Claims = append(p.Claims, bot.Claim{
				Claim:     fmt.Sprintf("Says item %d.%d of the plan will be delayed by %d months.", i, j, j),
				Speaker:   person(i),
				Stance:    []string{bot.StanceAssert, bot.StanceDeny, bot.StanceAccuse}[j%3],
				Evidence:  fmt.Sprintf("\"Item %d.%d of the plan will be delayed by %d months, and nobody in the ministry has explained why the contractors were not paid on time,\" said %s.", i, j, j, person(i)),
				Sentences: []int{i*10 + j},
			})
		}
		b.Parties = append(b.Parties, p)
	}
	for k := 1; k <= facts; k++ {
		b.Facts = append(b.Facts, bot.Fact{
			Text:     fmt.Sprintf("Fact %d: work on section %d of the tunnel began in March, and %d workers are on the site.", k, k, 40+k),
			Evidence: fmt.Sprintf("work on section %d", k),
		})
	}
	return b
}

// Story returns a synthetic story briefing of the given number of
// sources (at most 8), built on Briefing(parties, claims, facts): every
// claim comes from s1 and is also reported, with its own long evidence, by
// every other source; the first claim of each party is reported
// differently by the last source; every source has a coverage line with
// all the parties, its only-here claims and loaded words.
func Story(sources, parties, claims, facts int) *bot.Briefing {
	b := Briefing(parties, claims, facts)
	for s := 1; s <= sources; s++ {
		b.Sources = append(b.Sources, bot.StorySource{ID: fmt.Sprintf("s%d", s), Title: fmt.Sprintf("Outlet %d's report on the transport plan, with a long headline about officials, unions and the council", s),
			Site: fmt.Sprintf("Outlet %d", s), URL: fmt.Sprintf("https://outlet%d.example/transport-plan", s), Date: "2026-11-30", Language: "en"})
	}
	var names []string
	for i := range b.Parties {
		p := &b.Parties[i]
		names = append(names, p.Name)
		for j := range p.Claims {
			c := &p.Claims[j]
			c.Source = "s1"
			for s := 2; s <= sources; s++ {
				c.AlsoIn = append(c.AlsoIn, bot.Reported{Source: fmt.Sprintf("s%d", s), Evidence: fmt.Sprintf("%s told outlet %d that item %d.%d of the plan would be delayed by %d months, and that nobody had explained why the contractors were not paid.", person(i+1), s, i+1, j+1, j+1)})
			}
			if j == 0 && sources > 1 {
				c.Conflicts = []bot.Reported{{Source: fmt.Sprintf("s%d", sources), Claim: fmt.Sprintf("Says item %d.1 will be on time.", i+1), Evidence: fmt.Sprintf("Item %d.1 will be on time, %s said.", i+1, person(i+1))}}
			}
		}
	}
	for k := range b.Facts {
		b.Facts[k].Source = fmt.Sprintf("s%d", k%max(sources, 1)+1)
	}
	for s := 1; s <= sources; s++ {
		b.Coverage = append(b.Coverage, bot.Coverage{Source: fmt.Sprintf("s%d", s), Parties: names, OnlyHere: []string{"Says the tunnel will cost more.", "Says the union was not consulted."}, Loaded: []string{"regime", "so-called"}})
	}
	return b
}
