package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/adapters/openai"
	"github.com/briefbot/briefbot/adapters/terminal"
	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/render"
	"github.com/briefbot/briefbot/bot/story"
)

func (m *Main) runBrief(ctx context.Context, args []string) error {
	fs := m.flagSet("brief")
	var c common
	c.register(fs)
	format := fs.String("format", "text", "output format: text, markdown or json")
	// Flags may follow SOURCE ("brief article.txt --format json").
	var source []string
	for len(args) > 0 {
		if err := parse(fs, args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) > 0 {
			source = append(source, args[0])
			args = args[1:]
		}
	}
	switch {
	case len(source) == 0:
		return usageError{"brief needs a SOURCE (two or more make one story briefing)"}
	case len(source) > bot.MaxStorySources:
		return usageError{fmt.Sprintf("brief takes at most %d SOURCEs", bot.MaxStorySources)}
	case countOf(source, "-") > 1:
		return usageError{"brief reads standard input (-) once"}
	}
	switch *format {
	case render.FormatText, render.FormatMarkdown, render.FormatJSON:
	default:
		return usageError{fmt.Sprintf("unknown format %q (want text, markdown or json)", *format)}
	}
	cfg, log, err := m.load(c)
	if err != nil {
		return err
	}
	if !cfg.logLevelSet {
		// A failed brief prints one line on stderr; operator logs only
		// when asked for with BRIEFBOT_LOG_LEVEL.
		log = slog.New(slog.DiscardHandler)
	}
	app, closeApp, err := cliApp(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeApp() //nolint:errcheck // nothing to do about it on exit
	app.forOperator()
	var b *bot.Briefing
	if len(source) == 1 {
		a, err := app.load(ctx, source[0], m.Stdin)
		if err != nil {
			return err
		}
		if b, err = app.engine.Brief(ctx, a); err != nil {
			return err
		}
	} else {
		in := make([]bot.StoryInput, len(source))
		for i, s := range source {
			in[i] = bot.StoryInput{Name: s, Load: func(ctx context.Context) (*bot.Article, error) { return app.load(ctx, s, m.Stdin) }}
		}
		if b, _, err = app.engine.BriefStory(ctx, in); err != nil {
			return err
		}
	}
	if err := render.Briefing(m.Stdout, *format, render.BriefingWords(cfg.Language, b), b); err != nil {
		return fmt.Errorf("write briefing: %w", err)
	}
	return nil
}

func (m *Main) runChat(ctx context.Context, args []string) error {
	fs := m.flagSet("chat")
	var c common
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"chat takes no arguments"}
	}
	cfg, _, err := m.load(c)
	if err != nil {
		return err
	}
	// The conversation owns the terminal: operator logs only when asked
	// for with BRIEFBOT_LOG_LEVEL.
	log := slog.New(slog.DiscardHandler)
	if cfg.logLevelSet {
		log = newLogger(m.Stderr, cfg.LogLevel)
	}
	app, closeApp, err := cliApp(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeApp() //nolint:errcheck // nothing to do about it on exit
	app.forOperator()
	return terminal.Run(ctx, app.engine, m.Stdin, terminal.New(m.Stdout, 80, cfg.Language))
}

// cliApp wires the engine for brief and chat: everything in memory, but
// when BRIEFBOT_DATA_DIR or BRIEFBOT_DATABASE_URL is set, briefings are
// cached in that database, the same cache serve uses, so that briefing an
// article again costs no second model call. The CLI takes no lock: it may
// run while a serve runs on the same data.
func cliApp(ctx context.Context, cfg *Config, log *slog.Logger) (*app, func() error, error) {
	if !cfg.storeSet {
		a, err := newApp(cfg, log, nil)
		return a, func() error { return nil }, err
	}
	st, _, closeStore, err := openStoreAs(ctx, cfg, log, false)
	if err != nil {
		return nil, nil, err
	}
	a, err := newAppCached(cfg, log, nil, st)
	if err != nil {
		_ = closeStore()
		return nil, nil, err
	}
	return a, closeStore, nil
}

// app is the wired bot: engine, backend and fetcher.
type app struct {
	cfg     *Config
	log     *slog.Logger
	fetcher *web.Fetcher
	engine  *bot.Engine
	backend bot.Backend // uncached
	store   bot.Store
	metrics *metrics
}

// newApp wires the engine on store; a nil store keeps everything in
// memory (brief, chat, eval).
func newApp(cfg *Config, log *slog.Logger, store bot.Store) (*app, error) {
	return newAppCached(cfg, log, store, nil)
}

// newAppCached is newApp with the briefing cache in cache rather than in
// store (nil: store's).
func newAppCached(cfg *Config, log *slog.Logger, store bot.Store, cache bot.BriefingCache) (*app, error) {
	if store == nil {
		store = bot.NewMemStore()
	}
	if cache == nil {
		cache = store
	}
	limits := bot.Limits{MinWords: cfg.MinWords, MaxWords: cfg.MaxWords}
	fetcher := web.New(web.Options{
		AllowPrivateHosts: cfg.AllowPrivateHosts,
		Timeout:           cfg.FetchTimeout,
		Limits:            limits,
	})
	met := newMetrics()
	backend, err := newBackend(cfg, log, met.modelClient())
	if err != nil {
		return nil, err
	}
	name := cfg.Backend
	if name == "" {
		name = "offline"
	}
	e := &bot.Engine{
		Backend: met.backend(bot.NewCachingBackend(backend, cache), name),
		Fetcher: meteredFetcher{fetcher, met},
		HTML:    fetcher,
		Threads: store,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		Stories: story.Merger{Language: cfg.Language},
		QuoteOK: func(text, quote string) bool { return ground.New(text).Contains(quote) },
		Limits:  limits,
		Logger:  log,
	}
	return &app{cfg: cfg, log: log, fetcher: fetcher, engine: e, backend: backend, store: store, metrics: met}, nil
}

// load reads SOURCE: "-" is standard input, an http(s) link is fetched, a
// .html/.htm file is extracted as a web page, any other file is text.
func (a *app) load(ctx context.Context, source string, stdin io.Reader) (*bot.Article, error) {
	limits := a.engine.Limits
	switch {
	case source == "-":
		data, err := io.ReadAll(io.LimitReader(stdin, bot.MaxTextBytes+1))
		if err != nil {
			return nil, bot.WrapError(err, bot.EInvalid, "read stdin", "Standard input could not be read.")
		}
		return bot.NewArticle(data, limits)
	case isLink(source):
		return a.engine.Fetcher.Fetch(ctx, source)
	case strings.Contains(source, "://"):
		return nil, bot.Errorf(bot.EUnsupported, "Only http and https links can be briefed.")
	}
	f, err := os.Open(source)
	if err != nil {
		return nil, bot.WrapError(err, bot.EInvalid, "open source", fmt.Sprintf("Cannot read %s: %s.", source, osReason(err)))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, bot.MaxTextBytes+1))
	if err != nil {
		return nil, bot.WrapError(err, bot.EInvalid, "read source", fmt.Sprintf("Cannot read %s.", source))
	}
	switch strings.ToLower(filepath.Ext(source)) {
	case ".html", ".htm", ".xhtml":
		return a.fetcher.ExtractHTML(ctx, data, "")
	}
	return bot.NewArticle(data, limits)
}

// isLink reports whether source is an http(s) link; a scheme is
// case-insensitive (HTTPS://…).
func isLink(source string) bool {
	scheme, _, ok := strings.Cut(source, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

// forOperator makes the engine's failures speak to the person running the
// command (brief, chat), who is the operator: they name the flag or
// setting to change. In Slack and Matrix the same failures keep the lines
// written for chat users, which name none.
func (a *app) forOperator() {
	a.engine.Fetcher = operatorFetcher{a.engine.Fetcher}
	a.engine.Backend = operatorBackend{Backend: a.engine.Backend, cfg: a.cfg}
}

// operatorFetcher adds, to the refusal of a link to a private address,
// how to allow such links.
type operatorFetcher struct{ bot.Fetcher }

func (f operatorFetcher) Fetch(ctx context.Context, link string) (*bot.Article, error) {
	a, err := f.Fetcher.Fetch(ctx, link)
	if errors.Is(err, web.ErrNonPublicAddress) {
		return nil, bot.WrapError(err, bot.ErrorCode(err), "fetch",
			bot.ErrorMessage(err)+" To allow them, use --allow-private-hosts or set BRIEFBOT_ALLOW_PRIVATE_HOSTS=true.")
	}
	return a, err
}

// operatorBackend explains a failed call to the language model with the
// setting to check, the server's URL and whether trying again can help.
type operatorBackend struct {
	bot.Backend
	cfg *Config
}

func (b operatorBackend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	br, err := b.Backend.Brief(ctx, a)
	return br, b.explain(err)
}

func (b operatorBackend) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	ans, err := b.Backend.Answer(ctx, req, stream)
	return ans, b.explain(err)
}

func (b operatorBackend) explain(err error) error {
	var ce *openai.CallError
	if !errors.As(err, &ce) {
		return err
	}
	return bot.WrapError(err, bot.ErrorCode(err), "model call", modelCallLine(b.cfg, ce, bot.ErrorMessage(err)))
}

func osReason(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	return "it is not a readable file"
}

// userLine is the one line shown for a failed command: the user-facing
// message of a bot.Error, or the error itself for configuration and usage
// failures (which name the setting or flag).
func userLine(err error) string {
	if bot.ErrorCode(err) == bot.EInternal {
		return err.Error()
	}
	return bot.ErrorMessage(err)
}

// countOf returns how many of xs are x.
func countOf(xs []string, x string) int {
	n := 0
	for _, s := range xs {
		if s == x {
			n++
		}
	}
	return n
}
