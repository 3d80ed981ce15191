package main

import (
	"context"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval"
)

func (m *Main) runEval(ctx context.Context, args []string) error {
	fsys := m.flagSet("eval")
	var c common
	c.register(fsys)
	dir := fsys.String("dir", "", "gold set directory holding articles/ and gold/ (default: the embedded set)")
	format := fsys.String("format", "text", "report format: text or json")
	if err := parse(fsys, args); err != nil {
		return err
	}
	if fsys.NArg() > 0 {
		return usageError{"eval takes no arguments"}
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Sprintf("unknown format %q (want text or json)", *format)}
	}
	cfg, log, err := m.load(c)
	if err != nil {
		return err
	}
	app, err := newApp(cfg, log, nil)
	if err != nil {
		return err
	}
	corpus := eval.Corpus()
	if *dir != "" {
		corpus = os.DirFS(*dir)
	}
	cases, err := eval.LoadCases(corpus)
	if err != nil {
		return fmt.Errorf("load gold set: %w", err)
	}
	var results []eval.Result
	for _, cs := range cases {
		a, err := bot.NewArticle([]byte(cs.ArticleText), app.engine.Limits)
		if err != nil {
			return fmt.Errorf("gold article %s: %w", cs.Name, err)
		}
		b, err := app.engine.Brief(ctx, a)
		if err != nil {
			return fmt.Errorf("brief %s: %w", cs.Name, err)
		}
		results = append(results, eval.Score(cs, b))
	}
	rep := eval.Aggregate(results)
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
