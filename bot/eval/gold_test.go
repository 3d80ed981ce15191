package eval

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// goldBriefing returns the briefing a perfect system would produce for c:
// the gold parties and claims, verbatim.
func goldBriefing(g Gold) *bot.Briefing {
	b := &bot.Briefing{}
	for _, gp := range g.Parties {
		p := bot.Party{Name: gp.Name, Aliases: gp.Aliases}
		for _, gc := range gp.Claims {
			p.Claims = append(p.Claims, bot.Claim{Claim: "Says so.", Speaker: gc.Speaker, Stance: gc.Stance, Evidence: gc.Evidence})
		}
		b.Parties = append(b.Parties, p)
	}
	return b
}

func loadCorpus(t *testing.T) []Case {
	t.Helper()
	return loadCasesIn(t, Corpus())
}

func loadCasesIn(t *testing.T, fsys fs.FS) []Case {
	t.Helper()
	cases, err := LoadCases(fsys)
	if err != nil {
		t.Fatalf("LoadCases: %v", err)
	}
	return cases
}

// TestGoldSet checks the annotations themselves.
func TestGoldSet(t *testing.T) {
	checkGoldSet(t, Corpus())
}

// TestHeldOutArticles checks the held-out articles' annotations as the
// gold set's, and that they are scored perfect against themselves.
func TestHeldOutArticles(t *testing.T) {
	fsys := HeldOutArticles()
	if fsys == nil {
		t.Fatal("no held-out articles")
	}
	checkGoldSet(t, fsys)
	checkGoldPerfect(t, loadCasesIn(t, fsys))
}

// checkGoldSet checks the annotations of the articles in fsys
// (articles/*.txt, gold/*.json).
func checkGoldSet(t *testing.T, fsys fs.FS) {
	t.Helper()
	cases := loadCasesIn(t, fsys)

	// Every article has a gold file, and every gold file an article.
	arts, err := fs.Glob(fsys, "articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != len(cases) {
		t.Errorf("%d articles, %d gold files", len(arts), len(cases))
	}
	named := map[string]bool{}
	for _, c := range cases {
		named[c.Gold.Article] = true
		if want := c.Name + ".txt"; c.Gold.Article != want {
			t.Errorf("%s: article %q, want %q", c.Name, c.Gold.Article, want)
		}
	}
	for _, a := range arts {
		if !named[path.Base(a)] {
			t.Errorf("article %s has no gold file", a)
		}
	}
	if _, err := fs.Stat(fsys, "articles/ATTRIBUTION.md"); err != nil {
		t.Errorf("attribution notice missing: %v", err)
	}

	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			art := ground.Normalize(c.ArticleText)
			lower := strings.ToLower(art)
			if len(c.Gold.Parties) < 2 {
				t.Errorf("%d parties, want at least 2", len(c.Gold.Parties))
			}
			if strings.TrimSpace(c.Gold.Notes) == "" {
				t.Errorf("no notes explaining the grouping")
			}
			type place struct{ start, end int }
			var claims []place
			// located checks that ev occurs exactly once in the article,
			// so that it names one passage, and returns where.
			located := func(what, ev string) place {
				n := ground.Normalize(ev)
				if !strings.Contains(art, n) {
					t.Errorf("%s: evidence not in article: %q", what, ev)
					return place{}
				}
				if k := strings.Count(art, n); k != 1 {
					t.Errorf("%s: evidence occurs %d times in the article: %q", what, k, ev)
				}
				i := strings.Index(art, n)
				return place{i, i + len(n)}
			}
			for _, p := range c.Gold.Parties {
				if len(p.Claims) == 0 {
					t.Errorf("party %q has no claims", p.Name)
				}
				if len(p.Aliases) == 0 {
					t.Errorf("party %q has no aliases", p.Name)
				}
				for _, a := range p.Aliases {
					if !strings.Contains(lower, strings.ToLower(ground.Normalize(a))) {
						t.Errorf("party %q: alias %q does not occur in the article", p.Name, a)
					}
				}
				names := []string{p.Name}
				names = append(names, p.Aliases...)
				for _, cl := range p.Claims {
					if !validStance(cl.Stance) {
						t.Errorf("party %q: invalid stance %q", p.Name, cl.Stance)
					}
					claims = append(claims, located("party "+p.Name, cl.Evidence))
					if cl.Speaker == "" {
						t.Errorf("party %q: claim without speaker: %q", p.Name, cl.Evidence)
						continue
					}
					ok := false
					for _, n := range names {
						ok = ok || sameSpeaker(cl.Speaker, n)
					}
					if !ok {
						t.Errorf("party %q: speaker %q matches none of its names", p.Name, cl.Speaker)
					}
				}
			}
			for _, f := range c.Gold.Facts {
				fp := located("fact", f.Evidence)
				for _, cp := range claims {
					if fp.start < cp.end && cp.start < fp.end {
						t.Errorf("fact overlaps a claim: %q", f.Evidence)
					}
				}
			}
		})
	}
}

// TestGoldPerfect scores each gold annotation as if a system had produced
// it: every rate must be perfect, which checks that the matcher never
// confuses the gold set's own parties and clauses.
func TestGoldPerfect(t *testing.T) {
	checkGoldPerfect(t, loadCorpus(t))
}

func checkGoldPerfect(t *testing.T, cases []Case) {
	t.Helper()
	for _, c := range cases {
		r := Score(c, goldBriefing(c.Gold))
		m := r.Metrics
		if m.PartyRecall != 1 || m.PartyPrecision != 1 || m.ClaimRecall != 1 || m.ClaimPrecision != 1 ||
			m.Misattribution != 0 || m.Grounding != 1 || m.StanceAgreement != 1 || m.SpeakerAgreement != 1 {
			t.Errorf("%s: perfect briefing scores %+v\nparties %+v\nmissed %q\nmisattributed %+v",
				c.Name, m, r.Parties, r.Missed, r.Misattributed)
		}
		for _, pm := range r.Parties {
			if pm.Gold != pm.Predicted || pm.By != "name" {
				t.Errorf("%s: party %q mapped to %q by %q", c.Name, pm.Predicted, pm.Gold, pm.By)
			}
		}
	}
}

// TestLoadCasesErrors checks that bad gold files are reported by name.
func TestLoadCasesErrors(t *testing.T) {
	article := "Acme denied the report. The league accused Acme of dumping waste at night."
	tests := []struct {
		name, gold, want string
	}{
		{"bad json", `{"article": `, "gold/x.json"},
		{"unknown field", `{"article": "a.txt", "partys": []}`, "unknown field"},
		{"missing article", `{"article": "b.txt", "parties": []}`, "b.txt"},
		{"path in article", `{"article": "../a.txt", "parties": []}`, "invalid article name"},
		{"bad stance", `{"article": "a.txt", "parties": [{"name": "Acme", "aliases": [], "claims": [{"evidence": "Acme denied the report.", "stance": "denies", "speaker": "Acme"}]}]}`, "invalid stance"},
		{"ungrounded", `{"article": "a.txt", "parties": [{"name": "Acme", "aliases": [], "claims": [{"evidence": "Acme rejected the report.", "stance": "deny", "speaker": "Acme"}]}]}`, "evidence not in article"},
		{"no claims", `{"article": "a.txt", "parties": [{"name": "Acme", "aliases": [], "claims": []}]}`, "no claims"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := mapFS(map[string]string{"articles/a.txt": article, "gold/x.json": tt.gold})
			_, err := LoadCases(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "gold/x.json") {
				t.Errorf("error %v, want one naming gold/x.json and containing %q", err, tt.want)
			}
		})
	}
}
