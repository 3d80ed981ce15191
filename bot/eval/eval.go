// Package eval scores briefings against a hand-annotated gold set.
//
// The gold set (testdata/gold, one JSON file per article in
// testdata/articles) lists, for each article, the parties whose statements
// it reports and each party's claims with a verbatim evidence quote. Score
// compares one briefing with one gold file; Aggregate sums the results into
// a Report with per-article rows, micro and macro averages and a headline.
// The metrics are defined in README.md (section METRICS) and on Counts and
// Metrics below.
package eval

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

//go:embed testdata/articles testdata/gold testdata/pages testdata/blind testdata/heldout
var corpus embed.FS

// Corpus returns the embedded evaluation corpus: the articles under
// "articles/" and their gold annotations under "gold/", and the gold
// annotations of real web pages under "pages/" (the development set) and
// "blind/" (kept for blind evaluation: see Blind); the pages themselves
// are not embedded: see LoadPages.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "testdata")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	return sub
}

// Gold is one article's annotation, as stored in gold/<article>.json.
type Gold struct {
	// Article is the file name of the article under articles/ (gold/
	// files).
	Article string `json:"article,omitempty"`
	// Page names the web page a pages/ file annotates, as
	// "corpus:path" (see LoadPages); its text is what Briefbot extracts
	// from the page.
	Page string `json:"page,omitempty"`
	// Lang is the article's language code ("en" when empty).
	Lang string `json:"lang,omitempty"`
	// Notes explains the annotator's grouping and judgement calls.
	Notes   string      `json:"notes,omitempty"`
	Parties []GoldParty `json:"parties"`
	// Facts are important statements the outlet makes in its own voice.
	// They are not claims; they are used only to count predicted claims
	// that attribute outlet narrative to a party.
	Facts []GoldFact `json:"facts,omitempty"`
	// Questions are follow-up questions a reader might ask, some of
	// which the article answers.
	Questions []GoldQuestion `json:"questions,omitempty"`
}

// GoldQuestion is a follow-up question with its expected answer.
type GoldQuestion struct {
	Question string `json:"question"`
	// Answer is a short expected answer (for people reading the gold).
	Answer string `json:"answer,omitempty"`
	// Evidence is a verbatim substring of the article that answers the
	// question; empty when Unanswerable.
	Evidence string `json:"evidence,omitempty"`
	// Unanswerable is set when the article does not answer the question:
	// the right reply says so.
	Unanswerable bool `json:"unanswerable,omitempty"`
}

// GoldParty is a party of the gold set: a person, organisation or
// government (or a camp of them) whose statements the article reports.
type GoldParty struct {
	Name string `json:"name"`
	// Aliases are the names and descriptions the article uses for the
	// party's members.
	Aliases []string    `json:"aliases"`
	Claims  []GoldClaim `json:"claims"`
}

// GoldClaim is one statement the article attributes to a party.
type GoldClaim struct {
	// Evidence is a verbatim substring of the article (after
	// ground.Normalize) carrying the claim.
	Evidence string `json:"evidence"`
	// Stance is one of bot.StanceAssert, StanceDeny, StanceAccuse,
	// StanceOther.
	Stance string `json:"stance"`
	// Speaker is the party member who made the statement.
	Speaker string `json:"speaker"`
	// Via names who reported the statement when the article relays it
	// through someone else ("sources say X told police …": X's claim,
	// via the sources).
	Via string `json:"via,omitempty"`
}

// GoldFact is a statement in the outlet's own voice.
type GoldFact struct {
	Evidence string `json:"evidence"`
}

// Case is one article of the corpus with its gold annotation.
type Case struct {
	// Name is the gold file's base name without ".json", which is also
	// the article's base name without ".txt".
	Name string
	// ArticleText is the article file as stored, unchanged. For the
	// Wikinews articles the first line is the headline.
	ArticleText string
	// Article is the article as Briefbot reads it, with its title and
	// source when they are known (pages); nil for the articles/ files,
	// which are plain text.
	Article *bot.Article
	Gold    Gold
}

// Lang returns the case's language code.
func (c Case) Lang() string {
	if c.Gold.Lang == "" {
		return "en"
	}
	return c.Gold.Lang
}

// MinEvidenceWords is the fewest words an evidence string needs to identify
// a sentence. Shorter predicted evidence never matches a gold claim, and
// gold evidence must be at least this long.
const MinEvidenceWords = 3

// LoadCases reads every gold/*.json file of fsys, in name order, with the
// article each one names under articles/, and validates them (see
// Case.Validate). Errors name the file they concern.
func LoadCases(fsys fs.FS) ([]Case, error) {
	paths, err := fs.Glob(fsys, "gold/*.json")
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, errors.New("eval: no gold/*.json files in corpus")
	}
	cases := make([]Case, 0, len(paths))
	for _, p := range paths {
		c, err := loadCase(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p, err)
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func loadCase(fsys fs.FS, p string) (Case, error) {
	g, err := readGold(fsys, p)
	if err != nil {
		return Case{}, err
	}
	if g.Article == "" || strings.ContainsAny(g.Article, `/\`) || !fs.ValidPath(g.Article) {
		return Case{}, fmt.Errorf("invalid article name %q", g.Article)
	}
	art, err := fs.ReadFile(fsys, path.Join("articles", g.Article))
	if err != nil {
		return Case{}, err
	}
	c := Case{
		Name:        strings.TrimSuffix(path.Base(p), ".json"),
		ArticleText: string(art),
		Gold:        g,
	}
	if err := c.Validate(); err != nil {
		return Case{}, err
	}
	return c, nil
}

// PageOpener returns the article Briefbot reads from a page named by a
// gold file's "page" field.
type PageOpener func(ref string) (*bot.Article, error)

// LoadPages reads every pages/*.json file of fsys, in name order, opens
// each page with open, and validates the gold against the page's text.
// Errors name the file they concern.
func LoadPages(fsys fs.FS, open PageOpener) ([]Case, error) {
	return LoadPagesIn(fsys, "pages", open)
}

// Blind is the directory of the blind page set: pages annotated like the
// development pages but kept apart, never read while tuning (their
// report prints totals only, see Report.Blind).
const Blind = "blind"

// HeldOut is the directory of the held-out questions: follow-up
// questions written blind on development pages and kept apart from the
// development questions, to measure whether a change to the answerer
// carries to questions it was not written for (their report prints
// totals only, as the blind set's). Each file holds its page's
// development parties and its own questions.
const HeldOut = "heldout"

// HeldOutArticles returns the held-out articles, annotated blind like
// the gold set and kept apart from it ("articles/" and "gold/" under
// HeldOut, read with LoadCases), or nil when there are none. They
// measure attribution on articles no rule was tuned on.
func HeldOutArticles() fs.FS {
	sub, err := fs.Sub(Corpus(), HeldOut)
	if err != nil {
		return nil
	}
	if m, _ := fs.Glob(sub, "gold/*.json"); len(m) == 0 {
		return nil
	}
	return sub
}

// LoadPagesIn is LoadPages for the gold files in directory dir of fsys.
func LoadPagesIn(fsys fs.FS, dir string, open PageOpener) ([]Case, error) {
	paths, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	cases := make([]Case, 0, len(paths))
	for _, p := range paths {
		g, err := readGold(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p, err)
		}
		if g.Page == "" || g.Article != "" {
			return nil, fmt.Errorf("eval: %s: a page gold file names a page and no article", p)
		}
		a, err := open(g.Page)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: open %s: %w", p, g.Page, err)
		}
		c := Case{Name: strings.TrimSuffix(path.Base(p), ".json"), ArticleText: a.Text, Article: a, Gold: g}
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p, err)
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func readGold(fsys fs.FS, p string) (Gold, error) {
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return Gold{}, err
	}
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, err
	}
	if dec.More() {
		return Gold{}, errors.New("trailing data after the JSON object")
	}
	return g, nil
}

// Validate checks the gold annotation against its article: at least one
// party, every party named and with at least one claim, every stance
// valid, and every claim's and fact's evidence at least MinEvidenceWords
// words long and a substring of the article after ground.Normalize on both
// sides. It returns all problems found, joined.
func (c Case) Validate() error {
	var errs []error
	if len(c.Gold.Parties) == 0 {
		errs = append(errs, errors.New("no parties"))
	}
	chk := ground.New(c.ArticleText)
	evidence := func(what, ev string) {
		switch {
		case strings.TrimSpace(ev) == "":
			errs = append(errs, fmt.Errorf("%s: empty evidence", what))
		case len(wordTokens(ev)) < MinEvidenceWords:
			errs = append(errs, fmt.Errorf("%s: evidence %q is shorter than %d words", what, ev, MinEvidenceWords))
		case !chk.Contains(ev):
			errs = append(errs, fmt.Errorf("%s: evidence not in article: %q", what, ev))
		}
	}
	for i, p := range c.Gold.Parties {
		pw := fmt.Sprintf("party %d (%s)", i+1, p.Name)
		if strings.TrimSpace(p.Name) == "" {
			errs = append(errs, fmt.Errorf("party %d: empty name", i+1))
		}
		if len(p.Claims) == 0 {
			errs = append(errs, fmt.Errorf("%s: no claims", pw))
		}
		for j, cl := range p.Claims {
			cw := fmt.Sprintf("%s claim %d", pw, j+1)
			if !validStance(cl.Stance) {
				errs = append(errs, fmt.Errorf("%s: invalid stance %q", cw, cl.Stance))
			}
			evidence(cw, cl.Evidence)
		}
	}
	for i, f := range c.Gold.Facts {
		evidence(fmt.Sprintf("fact %d", i+1), f.Evidence)
	}
	for i, q := range c.Gold.Questions {
		qw := fmt.Sprintf("question %d", i+1)
		switch {
		case strings.TrimSpace(q.Question) == "":
			errs = append(errs, fmt.Errorf("%s: empty question", qw))
		case q.Unanswerable && q.Evidence != "":
			errs = append(errs, fmt.Errorf("%s: unanswerable but with evidence", qw))
		case !q.Unanswerable:
			evidence(qw, q.Evidence)
		}
	}
	return errors.Join(errs...)
}

func validStance(s string) bool {
	switch s {
	case bot.StanceAssert, bot.StanceDeny, bot.StanceAccuse, bot.StanceOther:
		return true
	}
	return false
}
