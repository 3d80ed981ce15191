package story

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// FuzzMerge merges two sources whose texts, party names and quotes are
// arbitrary (a quote is the text's part between two offsets, or any
// string): the merge never panics, and every evidence it shows is verbatim
// in the source it names.
func FuzzMerge(f *testing.F) {
	f.Add("The minister said talks would resume on Monday.", "The minister said there would be no talks.", "Minister Ana Vela", "Vela", 4, 40, 0, 30)
	f.Add("«Nous ne reprendrons pas», a dit Malesh.", "„Wir kehren nicht zurück“, sagte Malesh.", "Malesh", "Teodor Malesh", 0, 20, 0, 25)
	f.Add("", "x", "", "China", 3, 1, -2, 99)
	f.Fuzz(func(t *testing.T, t1, t2, p1, p2 string, a1, b1, a2, b2 int) {
		quote := func(text string, a, b int) string {
			if a < 0 || b > len(text) || a >= b {
				return text + " and more"
			}
			return text[a:b]
		}
		src := func(text, party, q string) Input {
			return Input{
				Article: &bot.Article{Title: "T", Site: "S", Text: text},
				Briefing: &bot.Briefing{Language: "en", Parties: []bot.Party{{Name: party, Aliases: []string{party},
					Claims: []bot.Claim{{Claim: "Says " + q, Speaker: party, Stance: bot.StanceAssert, Evidence: q}}}},
					Facts: []bot.Fact{{Text: q, Evidence: q}}},
			}
		}
		in := []Input{src(t1, p1, quote(t1, a1, b1)), src(t2, p2, quote(t2, a2, b2))}
		out := Merge(in, "")
		text := map[string]string{"s1": t1, "s2": t2}
		ok := func(id, ev string) bool { return strings.TrimSpace(ev) != "" && ground.New(text[id]).Contains(ev) }
		for _, p := range out.Parties {
			for _, c := range p.Claims {
				if !ok(c.Source, c.Evidence) {
					t.Fatalf("claim evidence %q is not in %s %q", c.Evidence, c.Source, text[c.Source])
				}
				for _, r := range append(c.AlsoIn, c.Conflicts...) {
					if !ok(r.Source, r.Evidence) {
						t.Fatalf("report evidence %q is not in %s", r.Evidence, r.Source)
					}
				}
			}
		}
		for _, fc := range out.Facts {
			if !ok(fc.Source, fc.Evidence) {
				t.Fatalf("fact evidence %q is not in %s", fc.Evidence, fc.Source)
			}
		}
		if len(out.Sources) != 2 || len(out.Coverage) != 2 {
			t.Fatalf("sources %d coverage %d", len(out.Sources), len(out.Coverage))
		}
	})
}
