// Command briefbot makes neutral, grounded briefings of news articles, in
// the terminal and in Slack and Matrix.
//
//	briefbot brief [flags] SOURCE…  print a briefing (SOURCE: file, .html file, link, or - for stdin; several: a story briefing)
//	briefbot chat [flags]           a local conversation: paste, read, ask follow-ups
//	briefbot serve [flags]          run the configured chat adapters and the health/metrics endpoint
//	briefbot eval [flags]           score a backend on the gold set
//	briefbot health [flags]         ask a running serve whether it is ready
//	briefbot version                print the version and build
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Version is set at build time with -ldflags "-X main.Version=…".
var Version = "dev"

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // a user-facing error, one clear line on stderr
	exitUsage = 2 // bad usage
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	code := m.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program, with its inputs and outputs injectable so that tests
// run it in-process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// OnListen, if set, is called with the HTTP address serve listens on.
	OnListen func(addr string)
}

// usageError is bad usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `Usage:
  briefbot brief [--format text|markdown|json] [--backend NAME] [--allow-private-hosts] [--config FILE] SOURCE [SOURCE…]
  briefbot chat  [--backend NAME] [--allow-private-hosts] [--config FILE]
  briefbot serve [--config FILE]
  briefbot eval  [--backend NAME] [--set NAME] [--lang CODE] [--format text|json] [--config FILE]
  briefbot health [--addr HOST:PORT]
  briefbot version

SOURCE is a text file, an .html/.htm file, an http(s) link, or - for standard input;
two or more SOURCEs on one story make one story briefing.
Configuration comes from the environment (see README), overridden by --config FILE.
"briefbot COMMAND --help" explains a command, its settings, and gives an example.`

// Run runs the command line args and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "brief":
		err = m.runBrief(ctx, args[1:])
	case "chat":
		err = m.runChat(ctx, args[1:])
	case "serve":
		err = m.runServe(ctx, args[1:])
	case "eval":
		err = m.runEval(ctx, args[1:])
	case "health":
		err = m.runHealth(ctx, args[1:])
	case "version", "--version", "-v":
		fmt.Fprint(m.Stdout, versionText(debug.ReadBuildInfo()))
		return exitOK
	case "help", "-h", "--help":
		if len(args) > 1 {
			if h, ok := helps[args[1]]; ok {
				writeHelp(m.Stdout, h)
				return exitOK
			}
		}
		fmt.Fprintln(m.Stdout, usage)
		return exitOK
	default:
		err = usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		if ue.msg != "" {
			fmt.Fprintln(m.Stderr, "briefbot:", ue.msg)
		}
		fmt.Fprintln(m.Stderr, usage)
		return exitUsage
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	default:
		fmt.Fprintln(m.Stderr, "briefbot:", userLine(err))
		return exitError
	}
}

// common are the flags shared by the commands that brief.
type common struct {
	backend      string
	config       string
	allowPrivate bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.backend, "backend", "", "backend: offline or openai (default from BRIEFBOT_BACKEND)")
	fs.StringVar(&c.config, "config", "", "YAML file overriding environment settings")
	fs.BoolVar(&c.allowPrivate, "allow-private-hosts", false, "let links resolve to loopback and private addresses")
}

func (m *Main) flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	setUsage(fs, name)
	return fs
}

// parse parses args and turns flag errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{}
	}
	return nil
}

// load reads the configuration and applies the common flags.
func (m *Main) load(c common) (*Config, *slog.Logger, error) {
	cfg, err := LoadConfig(m.Getenv, c.config)
	if err != nil {
		return nil, nil, err
	}
	if c.backend != "" {
		cfg.Backend = c.backend
		if cfg.Backend != "offline" && cfg.Backend != "openai" {
			return nil, nil, usageError{fmt.Sprintf("unknown backend %q (want offline or openai)", c.backend)}
		}
	}
	if c.allowPrivate {
		cfg.AllowPrivateHosts = true
	}
	return cfg, newLogger(m.Stderr, cfg.LogLevel), nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	switch level {
	case "debug":
		l = slog.LevelDebug
	case "warn":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
