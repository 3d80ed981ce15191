package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/briefbot/briefbot/adapters/matrix"
)

// commandHelp is what `briefbot COMMAND --help` prints besides the flags.
type commandHelp struct {
	synopsis string // the usage line after "briefbot "
	about    string // what the command does
	args     string // its arguments, "" for none
	settings []string
	example  string
}

// helps are the commands' help texts.
var helps = map[string]commandHelp{
	"brief": {
		synopsis: "brief [--format text|markdown|json] [--backend NAME] [--allow-private-hosts] [--config FILE] SOURCE [SOURCE…]",
		about:    "Prints a neutral briefing of one article: a short summary, each party's claims with the article's own words as evidence, facts and notes. Every quote is checked against the article before it is shown. Two to eight SOURCEs (several outlets on one story) make one story briefing: each party once, each statement once with every source that reports it, what only one source carries, statements reported differently side by side, and each source's own loaded wording; a source that fails is named in a note.",
		args: `SOURCE is one of:
  article.txt              a text file (paragraphs separated by blank lines)
  page.html                a saved web page (its article text is extracted)
  https://example.org/a    a link, loaded through the safe fetcher
  -                        standard input`,
		settings: []string{"BRIEFBOT_BACKEND", "BRIEFBOT_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "BRIEFBOT_LANGUAGE",
			"BRIEFBOT_DATA_DIR", "BRIEFBOT_DATABASE_URL", "BRIEFBOT_ALLOW_PRIVATE_HOSTS", "BRIEFBOT_FETCH_TIMEOUT", "BRIEFBOT_MIN_WORDS", "BRIEFBOT_MAX_WORDS"},
		example: "briefbot brief examples/china-denies-hacking-2013.txt\n  curl -s https://example.org/story | briefbot brief --format json -\n  briefbot brief https://example.org/a https://example.net/b saved-page.html",
	},
	"chat": {
		synopsis: "chat [--backend NAME] [--allow-private-hosts] [--config FILE]",
		about:    "A conversation in the terminal, as in a chat thread: paste an article and end it with a line holding only \".\" (or Ctrl-D), or type a link; read the briefing, then ask follow-up questions one per line, answered from the article with quotes. \"new\" starts over, \"help\" explains, \"quit\" leaves.",
		settings: []string{"BRIEFBOT_BACKEND", "BRIEFBOT_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "BRIEFBOT_LANGUAGE", "BRIEFBOT_DATA_DIR", "BRIEFBOT_DATABASE_URL"},
		example:  "briefbot chat",
	},
	"serve": {
		synopsis: "serve [--config FILE]",
		about:    "Runs the bot: the configured chat adapters (Slack, Matrix), the durable job queue, digests and feeds, and the HTTP endpoint with /healthz, /readyz, /metrics and Slack's HTTP events. It stops cleanly on SIGTERM.",
		settings: []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "MATRIX_HOMESERVER", "MATRIX_USER_ID", "MATRIX_PASSWORD",
			"MATRIX_PICKLE_KEY", "BRIEFBOT_DATABASE_URL", "BRIEFBOT_DATA_DIR", "BRIEFBOT_HTTP_ADDR", "BRIEFBOT_BACKEND", "BRIEFBOT_RETENTION_DAYS"},
		example: "SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… briefbot serve\n  briefbot serve --config examples/briefbot.yaml",
	},
	"eval": {
		synopsis: "eval [--backend NAME] [--set NAME] [--lang CODE] [--format text|json] [--polnear DIR --split NAME] [--config FILE]",
		about:    "Scores a backend on the gold sets: who said what (claims found, claims under the wrong party), answers to follow-up questions, per language; or on PolNeAR's attributions with --polnear.",
		settings: []string{"BRIEFBOT_BACKEND", "BRIEFBOT_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY"},
		example:  "briefbot eval\n  briefbot eval --set pages --lang fr",
	},
	"health": {
		synopsis: "health [--addr HOST:PORT]",
		about:    "Asks a running serve whether it is ready (GET /readyz) and prints what is not; exits 0 when ready, 1 otherwise. For container health checks.",
		settings: []string{"BRIEFBOT_HTTP_ADDR"},
		example:  "briefbot health --addr 127.0.0.1:8080",
	},
	"version": {
		synopsis: "version",
		about:    "Prints the version, the source revision and time it was built from, the Go version, the build tags, and whether end-to-end encryption for Matrix is compiled in.",
		example:  "briefbot version",
	},
}

// setUsage makes fs print the command's help, then its flags.
func setUsage(fs *flag.FlagSet, name string) {
	h, ok := helps[name]
	if !ok {
		return
	}
	fs.Usage = func() {
		w := fs.Output()
		writeHelp(w, h)
		if hasFlags(fs) {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func writeHelp(w io.Writer, h commandHelp) {
	fmt.Fprintf(w, "Usage: briefbot %s\n\n%s\n", h.synopsis, h.about)
	if h.args != "" {
		fmt.Fprintf(w, "\n%s\n", h.args)
	}
	if len(h.settings) > 0 {
		fmt.Fprintln(w, "\nSettings (environment, or --config FILE; all are listed in the README and examples/briefbot.yaml):")
		for _, name := range h.settings {
			fmt.Fprintf(w, "  %-30s %s\n", name, settingDefaultNote(name))
		}
	}
	if h.example != "" {
		fmt.Fprintf(w, "\nExample:\n  %s\n", h.example)
	}
}

// settingDefaultNote is a setting's one-line meaning, cut to its first
// sentence, with its default.
func settingDefaultNote(name string) string {
	for _, s := range settings {
		if s.name != name {
			continue
		}
		doc := firstSentence(s.doc)
		if s.def != "" {
			doc += " (default " + s.def + ")"
		}
		return doc
	}
	return ""
}

// firstSentence is s up to the first ". " before a capital letter (so
// that "e.g. `x`" does not end it), without the full stop.
func firstSentence(s string) string {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			return s[:i]
		}
	}
	return strings.TrimSuffix(s, ".")
}

// versionText is what `briefbot version` prints: the module version,
// the source revision and its time, the Go version, the build tags, and
// whether Matrix end-to-end encryption is compiled in.
func versionText(bi *debug.BuildInfo, ok bool) string {
	var sb strings.Builder
	v := Version
	if v == "dev" && ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	fmt.Fprintf(&sb, "briefbot %s\n", v)
	if !ok {
		sb.WriteString("build information: not available\n")
		return sb.String()
	}
	get := func(key string) string {
		for _, s := range bi.Settings {
			if s.Key == key {
				return s.Value
			}
		}
		return ""
	}
	rev := get("vcs.revision")
	switch {
	case rev == "":
		rev = "unknown (built without version control information)"
	case get("vcs.modified") == "true":
		rev += " (with uncommitted changes)"
	}
	fmt.Fprintf(&sb, "revision:   %s\n", rev)
	if t := get("vcs.time"); t != "" {
		fmt.Fprintf(&sb, "built from: %s\n", t)
	}
	fmt.Fprintf(&sb, "go:         %s\n", bi.GoVersion)
	tags := get("-tags")
	if tags == "" {
		tags = "(none)"
	}
	fmt.Fprintf(&sb, "build tags: %s\n", tags)
	e2ee := "no (build with -tags goolm to enable it)"
	if matrix.EncryptionAvailable() {
		e2ee = "yes (goolm)"
	}
	fmt.Fprintf(&sb, "matrix end-to-end encryption: %s\n", e2ee)
	return sb.String()
}
