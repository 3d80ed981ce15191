package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval"
	"github.com/briefbot/briefbot/bot/ground"
)

// pageLangs are the languages of the page gold set (bot/eval/testdata/pages).
var pageLangs = []string{"en", "fr", "es", "pt", "de"}

// Sizes the gold set must keep: page gold files per language, and gold
// articles in all (the embedded gold/ files and the pages/ files).
const (
	minPagesPerLang = 10
	minGoldArticles = 60
)

// testPageOpener returns the page opener `briefbot eval` uses, with the
// limits of the default configuration, once the page corpora's modules are
// in the module cache (it downloads them when it can). Without them the
// caller is skipped, unless the environment variable CI is set: .ci/run
// downloads them, so in CI their absence is a failure.
func testPageOpener(tb testing.TB) *pageOpener {
	tb.Helper()
	cfg, err := LoadConfig(func(string) string { return "" }, "")
	if err != nil {
		tb.Fatal(err)
	}
	app, err := newApp(cfg, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		tb.Fatal(err)
	}
	open := newPageOpener("", app.engine.Limits)
	for _, name := range slices.Sorted(maps.Keys(pageCorpora)) {
		module := pageCorpora[name].module
		if _, err := open.root(name, module); err != nil {
			msg := fmt.Sprintf("the evaluation pages (%s:…) come from the Go module %s, which is not in the module cache "+
				"and could not be downloaded: %v\n(.ci/run downloads it; by hand: cd /tmp && GOFLAGS=-mod=mod go mod download -json %s)",
				name, module, err, module)
			if _, ci := os.LookupEnv("CI"); ci {
				tb.Fatal(msg)
			}
			tb.Skip(msg)
		}
	}
	return open
}

// pageGold is one pages/*.json file of the embedded corpus.
type pageGold struct {
	file string // e.g. "pages/de-nzz-syrien-sanktionen.json"
	gold eval.Gold
	err  error // when the file does not decode
}

// readPageGold reads every DIR/*.json file of the embedded corpus (dir
// is "pages" or "blind"), in name order, the way bot/eval does (unknown
// fields are errors).
func readPageGold(tb testing.TB, dir string) []pageGold {
	tb.Helper()
	paths, err := fs.Glob(eval.Corpus(), dir+"/*.json")
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]pageGold, 0, len(paths))
	for _, p := range paths {
		pg := pageGold{file: p}
		data, err := fs.ReadFile(eval.Corpus(), p)
		if err == nil {
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			err = dec.Decode(&pg.gold)
			if err == nil && dec.More() {
				err = fmt.Errorf("trailing data after the JSON object")
			}
		}
		pg.err = err
		out = append(out, pg)
	}
	return out
}

// TestPagesGold checks the page gold set against the pages themselves, as
// `briefbot eval` opens them: each page opens and extracts, its language
// is one of the five, every party is named and has claims, and every
// claim's, fact's and answerable question's evidence occurs verbatim in
// the extracted text after ground.Normalize (the scorer's normalisation,
// see bot/eval's locator). It reports every problem, naming the file and
// the evidence. It also checks the size of the gold set: at least
// minPagesPerLang page files per language and minGoldArticles articles in
// all. The blind set (blind/*.json) gets the same checks of its gold, and
// so do the held-out questions (heldout/*.json), each asked of a
// development page.
func TestPagesGold(t *testing.T) {
	golds := readPageGold(t, "pages")

	// Sizes first: they need no page.
	cases, err := eval.LoadCases(eval.Corpus())
	if err != nil {
		t.Errorf("embedded gold set: %v", err)
	}
	perLang := map[string]int{}
	for _, pg := range golds {
		if pg.err == nil {
			perLang[pg.gold.Lang]++
		}
	}
	for _, l := range pageLangs {
		if perLang[l] < minPagesPerLang {
			t.Errorf("%d page gold files in %s, want at least %d", perLang[l], l, minPagesPerLang)
		}
	}
	if n := len(cases) + len(golds); n < minGoldArticles {
		t.Errorf("%d gold articles (%d embedded, %d pages), want at least %d", n, len(cases), len(golds), minGoldArticles)
	}
	t.Logf("gold articles: %d embedded + %d pages; pages per language: %v", len(cases), len(golds), perLang)

	open := testPageOpener(t)
	pages := map[string]string{} // page → the first gold file naming it
	// The blind set is checked the same way (the gold against the page,
	// never the bot's output), and no page of it is a development page.
	heldout := readPageGold(t, eval.HeldOut)
	if len(heldout) == 0 {
		t.Errorf("no held-out questions (%s/*.json)", eval.HeldOut)
	}
	for _, pg := range append(append(golds, readPageGold(t, "blind")...), heldout...) {
		file, g := pg.file, pg.gold
		if pg.err != nil {
			t.Errorf("%s: %v", file, pg.err)
			continue
		}
		if !slices.Contains(pageLangs, g.Lang) {
			t.Errorf("%s: lang %q, want one of %s", file, g.Lang, strings.Join(pageLangs, ", "))
		}
		if g.Page == "" || g.Article != "" {
			t.Errorf("%s: a page gold file names a page (%q) and no article (%q)", file, g.Page, g.Article)
			continue
		}
		first, ok := pages[g.Page]
		switch {
		case strings.HasPrefix(file, eval.HeldOut+"/") && !strings.HasPrefix(first, "pages/"):
			// Held-out questions are asked of a development page.
			t.Errorf("%s: page %s is no development page", file, g.Page)
		case strings.HasPrefix(file, eval.HeldOut+"/"):
		case ok:
			t.Errorf("%s: page %s is annotated by %s too", file, g.Page, first)
		default:
			pages[g.Page] = file
		}
		a, err := open.open(g.Page)
		if err != nil {
			t.Errorf("%s: open %s: %v", file, g.Page, err)
			continue
		}
		text := ground.Normalize(a.Text)
		if bot.CountWords(text) == 0 {
			t.Errorf("%s: page %s extracts to no text", file, g.Page)
			continue
		}
		// found checks evidence the scorer must find in the text (see
		// eval's locator: ground.Normalize on both sides, then a verbatim
		// substring).
		found := func(what, ev string) {
			n := ground.Normalize(ev)
			switch {
			case n == "":
				t.Errorf("%s: %s: empty evidence", file, what)
			case len(words(n)) < eval.MinEvidenceWords:
				t.Errorf("%s: %s: evidence %q is shorter than %d words (the scorer never matches it)", file, what, ev, eval.MinEvidenceWords)
			case !strings.Contains(text, n):
				t.Errorf("%s: %s: evidence not in the extracted text: %q", file, what, ev)
			}
		}
		if len(g.Parties) == 0 {
			t.Errorf("%s: no parties", file)
		}
		for i, p := range g.Parties {
			pw := fmt.Sprintf("party %d (%q)", i+1, p.Name)
			if strings.TrimSpace(p.Name) == "" {
				t.Errorf("%s: %s: empty name", file, pw)
			}
			if len(p.Claims) == 0 {
				t.Errorf("%s: %s: no claims", file, pw)
			}
			for j, cl := range p.Claims {
				cw := fmt.Sprintf("%s claim %d", pw, j+1)
				found(cw, cl.Evidence)
				if strings.TrimSpace(cl.Speaker) == "" {
					t.Errorf("%s: %s: no speaker for %q", file, cw, cl.Evidence)
				}
				switch cl.Stance {
				case bot.StanceAssert, bot.StanceDeny, bot.StanceAccuse, bot.StanceOther:
				default:
					t.Errorf("%s: %s: invalid stance %q for %q", file, cw, cl.Stance, cl.Evidence)
				}
			}
		}
		for i, f := range g.Facts {
			found(fmt.Sprintf("fact %d", i+1), f.Evidence)
		}
		for i, q := range g.Questions {
			qw := fmt.Sprintf("question %d (%q)", i+1, q.Question)
			switch {
			case strings.TrimSpace(q.Question) == "":
				t.Errorf("%s: %s: empty question", file, qw)
			case q.Unanswerable && q.Evidence != "":
				t.Errorf("%s: %s: unanswerable but with evidence %q", file, qw, q.Evidence)
			case !q.Unanswerable:
				found(qw, q.Evidence)
			}
		}
	}
}

// words returns the runs of letters and digits of s, as the scorer counts
// an evidence string's words.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
