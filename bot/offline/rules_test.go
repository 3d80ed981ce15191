package offline

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval/polnear"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// TestRuleAblation measures each speaker rule (attribution.how) on a
// PolNeAR development split: for each rule, the attributions found and the
// wrong speakers that removing its claims would lose. It runs only when
// BRIEFBOT_POLNEAR names a PolNeAR checkout; BRIEFBOT_POLNEAR_SPLIT is
// train (default) or dev, never test (kept for blind evaluation); with
// BRIEFBOT_RULE set it lists that rule's wrong speakers instead.
//
//	BRIEFBOT_POLNEAR=/path/to/PolNeAR go test ./bot/offline -run TestRuleAblation -v
func TestRuleAblation(t *testing.T) {
	dir := os.Getenv("BRIEFBOT_POLNEAR")
	if dir == "" {
		t.Skip("BRIEFBOT_POLNEAR is not set")
	}
	split := os.Getenv("BRIEFBOT_POLNEAR_SPLIT")
	if split == "" {
		split = "train"
	}
	if split != "train" && split != "dev" {
		t.Fatalf("split %q: only train and dev may be measured rule by rule", split)
	}
	docs, err := polnear.Load(dir, split)
	if err != nil {
		t.Fatal(err)
	}
	type doc struct {
		d   polnear.Doc
		b   *bot.Briefing
		how map[string]string // claim key → rule
	}
	key := func(cl bot.Claim) string { return cl.Evidence + "\x00" + cl.Speaker + "\x00" + cl.Claim }
	var all []doc
	claims := map[string]int{}
	br := New()
	defer func() { traceClaim = nil }()
	for _, d := range docs {
		art, err := bot.NewArticle([]byte(d.Text), bot.DefaultLimits)
		if err != nil {
			continue
		}
		how := map[string]string{}
		traceClaim = func(rule string, pronoun bool, cl bot.Claim) {
			for strings.Contains(rule, "+ext+ext") {
				rule = strings.ReplaceAll(rule, "+ext+ext", "+ext")
			}
			if pronoun {
				rule += "/pron"
			}
			how[key(cl)] = rule
		}
		b, err := br.Brief(context.Background(), art)
		if err != nil {
			continue
		}
		ground.New(art.Text).Check(b)
		for _, p := range b.Parties {
			for _, cl := range p.Claims {
				claims[how[key(cl)]]++
			}
		}
		all = append(all, doc{d, b, how})
	}
	// only keeps the claims keep says yes to.
	only := func(d doc, keep func(rule string) bool) *bot.Briefing {
		b := *d.b
		b.Parties = nil
		for _, p := range d.b.Parties {
			q := p
			q.Claims = nil
			for _, cl := range p.Claims {
				if keep(d.how[key(cl)]) {
					q.Claims = append(q.Claims, cl)
				}
			}
			if len(q.Claims) > 0 {
				b.Parties = append(b.Parties, q)
			}
		}
		return &b
	}
	if rule := os.Getenv("BRIEFBOT_RULE"); rule != "" {
		for _, d := range all {
			_, wrong := polnear.Score(d.d, only(d, func(r string) bool { return r == rule }))
			for _, w := range wrong {
				if !w.Missed {
					fmt.Printf("[%s] annotated %q, shown under %q (cue %q)\n   %.200s\n   shown: %.300s\n", w.Doc, w.Source, w.Predicted, w.Cue, w.Content, w.Evidence)
				}
			}
		}
		return
	}
	score := func(drop string) polnear.Counts {
		var tot polnear.Counts
		for _, d := range all {
			c, _ := polnear.Score(d.d, only(d, func(r string) bool { return r != drop }))
			tot.Add(c)
		}
		return tot
	}
	base := score("\x00")
	fmt.Printf("%s: found %d of %d, wrong speaker %d (%.3f)\n", split, base.Found, base.Attributions, base.WrongSpeaker, base.WrongRate())
	type row struct {
		rule         string
		found, wrong int
	}
	var rows []row
	for rule := range claims {
		c := score(rule)
		rows = append(rows, row{rule, base.Found - c.Found, base.WrongSpeaker - c.WrongSpeaker})
	}
	slices.SortFunc(rows, func(x, y row) int { return y.wrong - x.wrong })
	fmt.Printf("%-32s %7s %7s %7s\n", "rule", "claims", "found", "wrong")
	for _, r := range rows {
		fmt.Printf("%-32s %7d %7d %7d\n", r.rule, claims[r.rule], r.found, r.wrong)
	}
}

// TestIntroduces: a paragraph of one line that ends with a colon is a
// sentence introducing the next paragraph when it has five words or
// more, or when the next paragraph opens with a quotation mark; a
// shorter one before prose is a label, and a line without a colon is
// neither.
func TestIntroduces(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Witzel reforçou que a decisão é dos clubes:\n\nA decisão é dos clubes.", true},
		{"Related stories:\n\nThe bridge reopened.", false},
		{"Hale said:\n\n“The bridge will reopen.”", true},
		{"The governor insisted on one point\n\nThe bridge reopened.", false},
		{"The governor insisted: the clubs decide.\n\nThe bridge reopened.", false},
	} {
		tx := tokenize(tc.src, lang.Default().Get("en"))
		p := tx.d.Paragraphs[0]
		line := tc.src[p.Start:p.End]
		if got := introduces(tx, line, len(strings.Fields(line)), 0); got != tc.want {
			t.Errorf("introduces(%q) = %v, want %v", line, got, tc.want)
		}
	}
}

// TestDateline: where the body of a paragraph's first sentence starts
// after a dateline, and where it does not.
func TestDateline(t *testing.T) {
	for _, tc := range []struct {
		lang, src, body string
	}{
		{"de", "Berlin – Die Regierung will sparen.", "Die Regierung"},
		{"pt", "São Paulo — O governo anunciou o plano.", "O governo"},
		{"en", "WASHINGTON (AP) — The Senate voted on Friday.", "The Senate"},
		{"en", "Reyes – the mayor – will resign.", "Reyes"},
		{"en", "Tom Reyes and Ann Lee – The Mayors – will resign.", "Tom Reyes"},
		{"de", "Berlin-Mitte hat gewählt.", "Berlin-Mitte"},
		{"es", "Ciudad de México, 4 de diciembre.- La presidenta habló.", "La presidenta"},
		{"pt", "Rio de Janeiro - A Polícia Federal prendeu o diretor.", "A Polícia"},
		{"es", "Pedro de Vega – el alcalde – dimitirá.", "Pedro de Vega"},
	} {
		tx := tokenize(tc.src, lang.Default().Get(tc.lang))
		s := &tx.sents[0]
		if got := tc.src[tx.toks[s.body].start:]; !strings.HasPrefix(got, tc.body) {
			t.Errorf("%q: body starts %q, want %q", tc.src, got, tc.body)
		}
	}
}

// TestNoPossessiveAlias: a possessive that names a source ("En su
// opinión, …") is no alias of the party.
func TestNoPossessiveAlias(t *testing.T) {
	_, br := briefChecked(t, shared, "El Gobierno aprobó este martes la reforma de las pensiones tras meses de negociación. "+
		"Para el economista Luis Garicano, la reforma se queda corta. En su opinión, el sistema necesitará nuevos ajustes en una década.")
	for _, p := range br.Parties {
		for _, a := range p.Aliases {
			if strings.EqualFold(a, "su") {
				t.Errorf("party %q has the alias %q", p.Name, a)
			}
		}
	}
}
