package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval"
)

func (m *Main) runEval(ctx context.Context, args []string) error {
	fsys := m.flagSet("eval")
	var c common
	c.register(fsys)
	dir := fsys.String("dir", "", "gold set directory holding articles/ and gold/, and optionally pages/ (default: the embedded set)")
	set := fsys.String("set", "all", "which cases: gold (the embedded articles), pages (real web pages in five languages), all (both), blind (pages kept for blind evaluation: totals only), or heldout (questions kept apart on development pages, and articles annotated blind and kept apart: totals only)")
	langs := fsys.String("lang", "", "only these languages, comma-separated (e.g. fr,pt)")
	pages := fsys.String("pages", "", "directory holding the page corpora (trafilatura/, htmldate/, goose/) instead of the Go module cache")
	questions := fsys.Bool("questions", true, "also ask each article's gold questions and score the answers")
	verbose := fsys.Bool("v", false, "list every article, not only the languages")
	format := fsys.String("format", "text", "report format: text or json")
	polnear := fsys.String("polnear", "", "score attribution on a PolNeAR checkout (its data/ directory or the repository root) instead")
	split := fsys.String("split", "dev", "PolNeAR split: train, dev or test (test is for blind evaluation: it prints totals only)")
	if err := parse(fsys, args); err != nil {
		return err
	}
	if fsys.NArg() > 0 {
		return usageError{"eval takes no arguments"}
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Sprintf("unknown format %q (want text or json)", *format)}
	}
	if *set != "all" && *set != "gold" && *set != "pages" && *set != eval.Blind && *set != eval.HeldOut {
		return usageError{fmt.Sprintf("unknown set %q (want gold, pages, all, blind or heldout)", *set)}
	}
	blind := *set == eval.Blind || *set == eval.HeldOut
	if blind && (*verbose || *format != "text") {
		return usageError{fmt.Sprintf("the %s set prints its totals only: no -v, no --format json", *set)}
	}
	cfg, log, err := m.load(c)
	if err != nil {
		return err
	}
	app, err := newApp(cfg, log, nil)
	if err != nil {
		return err
	}
	if *polnear != "" {
		return m.evalPolNeAR(ctx, app, *polnear, *split, *format)
	}
	corpus := eval.Corpus()
	if *dir != "" {
		corpus = os.DirFS(*dir)
	}
	var cases []eval.Case
	if *set == "gold" || *set == "all" {
		cs, err := eval.LoadCases(corpus)
		if err != nil {
			return fmt.Errorf("load gold set: %w", err)
		}
		cases = append(cases, cs...)
	}
	if *set != "gold" {
		dir := "pages"
		if blind {
			dir = *set
		}
		open := newPageOpener(*pages, app.engine.Limits)
		cs, err := eval.LoadPagesIn(corpus, dir, open.open)
		if err != nil {
			return fmt.Errorf("load pages: %w", err)
		}
		cases = append(cases, cs...)
	}
	if *set == eval.HeldOut && *dir == "" {
		if arts := eval.HeldOutArticles(); arts != nil {
			cs, err := eval.LoadCases(arts)
			if err != nil {
				return fmt.Errorf("load held-out articles: %w", err)
			}
			cases = append(cases, cs...)
		}
	}
	if *langs != "" {
		want := strings.Split(*langs, ",")
		cases = slices.DeleteFunc(cases, func(c eval.Case) bool { return !slices.Contains(want, c.Lang()) })
	}
	var results []eval.Result
	for _, cs := range cases {
		a := cs.Article
		if a == nil {
			if a, err = bot.NewArticle([]byte(cs.ArticleText), app.engine.Limits); err != nil {
				return fmt.Errorf("gold article %s: %w", cs.Name, err)
			}
		}
		b, err := app.engine.Brief(ctx, a)
		if err != nil {
			results = append(results, eval.Failed(cs, fmt.Errorf("brief: %w", err)))
			continue
		}
		r := eval.Score(cs, b)
		if *questions && len(cs.Gold.Questions) > 0 {
			answers := make([]*bot.Answer, len(cs.Gold.Questions))
			for i, q := range cs.Gold.Questions {
				req := &bot.AnswerRequest{Article: a, Briefing: b, Question: q.Question}
				if ans, err := app.engine.Answer(ctx, req, nil); err == nil {
					answers[i] = ans
				}
			}
			r.Answers = eval.ScoreAnswers(cs, answers)
		}
		results = append(results, r)
	}
	rep := eval.Aggregate(results)
	rep.Verbose, rep.Blind = *verbose, blind
	if *format == "json" {
		data, err := rep.JSON()
		if err != nil {
			return fmt.Errorf("eval report: %w", err)
		}
		_, err = m.Stdout.Write(append(data, '\n'))
		return err
	}
	fmt.Fprintf(m.Stdout, "backend: %s\n\n", cfg.Backend)
	rep.Print(m.Stdout)
	return nil
}
