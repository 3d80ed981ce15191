// Package command is Briefbot's one command parser: every chat platform
// hands the text of a message to Parse, which says whether it is a command
// (help, brief, forget, digest …, feed …, more N) and, for a malformed one,
// returns a one-line error meant for the user.
//
// Text that is not a command (an article, a link, a question) is never an
// error: Parse returns a Command of Kind None. To keep it so, a command word
// counts only in the shape its command takes: "More than 200 people …" or
// "Digest of the week" are not commands, while "more 3", "digest daily 25:00"
// and "!digest sometimes" are (the last two with an error). A leading "!" or
// "/" marks a message as meant to be a command.
//
// The package imports nothing of the bot, so that the engine (package bot)
// and the digest scheduler can both use it.
package command

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says which command a message is.
type Kind int

// Command kinds. None is the "not a command" result.
const (
	None         Kind = iota // not a command: an article, a link or a question
	Help                     // help
	Brief                    // brief <link or text>
	Forget                   // forget: delete this thread's stored data
	DigestSet                // digest daily|weekdays|weekly|cron …: schedule a digest
	DigestOff                // digest off
	DigestNow                // digest now
	DigestStatus             // digest status (or a bare "digest")
	DigestQuiet              // digest quiet on|off
	FeedAdd                  // feed add <url>
	FeedList                 // feed list (or a bare "feeds")
	FeedRemove               // feed remove <n>
	More                     // more <n>: the full briefing of digest item n
	Compare                  // compare <link> <link> …: one story briefing of several sources
	Add                      // add <link>: add a source to this thread's briefing
)

var kindNames = [...]string{
	None: "none", Help: "help", Brief: "brief", Forget: "forget",
	DigestSet: "digest", DigestOff: "digest off", DigestNow: "digest now", DigestStatus: "digest status",
	DigestQuiet: "digest quiet", FeedAdd: "feed add", FeedList: "feed list", FeedRemove: "feed remove",
	More: "more", Compare: "compare", Add: "add",
}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Word returns the command's first word ("help", "brief", "forget",
// "digest", "feed", "more"), or "" for None.
func (k Kind) Word() string {
	switch k {
	case None:
		return ""
	case DigestSet, DigestOff, DigestNow, DigestStatus, DigestQuiet:
		return "digest"
	case FeedAdd, FeedList, FeedRemove:
		return "feed"
	}
	return k.String()
}

// Command is a parsed command.
type Command struct {
	Kind Kind
	// Text is the text to brief (Brief) or the feed's link (FeedAdd).
	Text string
	// Links are the links of Compare (two to MaxLinks) and Add (one).
	Links []string
	// N is the item number of FeedRemove and More (1-based).
	N int
	// Quiet is the setting of DigestQuiet.
	Quiet bool
	// Schedule is DigestSet's schedule.
	Schedule Schedule
}

// IsCommand reports whether c is a command (Kind is not None).
func (c Command) IsCommand() bool { return c.Kind != None }

// AdminOnly reports whether only the bot's admins may run c, when an admin
// list is configured: the commands that change a conversation's digest or
// its feeds (digest daily|weekdays|weekly|cron|off|quiet, feed add, feed
// remove) and "digest now", which uses up what the next scheduled digest
// would show and spends model calls on the feeds' articles. Reading
// commands (digest status, feed list, more N) and the briefing commands
// (help, brief, forget) are open to everyone.
func (c Command) AdminOnly() bool {
	switch c.Kind {
	case DigestSet, DigestOff, DigestNow, DigestQuiet, FeedAdd, FeedRemove:
		return true
	}
	return false
}

// MaxCommandLen bounds a one-line command (every command but brief):
// anything longer is text, not a command.
const MaxCommandLen = 300

// Parse reads a message's text. It returns a Command of Kind None and a
// nil error for text that is not a command, a command for a well-formed
// one, and an error with a one-line message for the user for a command
// that is malformed. It never panics.
func Parse(text string) (Command, error) {
	t := strings.TrimSpace(text)
	if t == "" {
		return Command{}, nil
	}
	prefixed := t[0] == '!' || t[0] == '/'
	body := strings.TrimLeft(t, "!/")

	// The first word ends at a space, tab or newline.
	end := strings.IndexFunc(body, unicode.IsSpace)
	word, rest := body, ""
	if end >= 0 {
		word, rest = body[:end], body[end:]
	}
	w := strings.ToLower(strings.TrimRight(word, ".!?:,"))
	if word == "?" {
		w = "?"
	}
	if w == "" {
		return Command{}, nil
	}

	switch w {
	case "brief":
		return Command{Kind: Brief, Text: strings.TrimSpace(rest)}, nil
	case "help", "?", "usage", "commands":
		if strings.TrimSpace(rest) == "" || prefixed {
			return Command{Kind: Help}, nil
		}
		return Command{}, nil
	case "forget":
		if strings.TrimSpace(rest) == "" {
			return Command{Kind: Forget}, nil
		}
		return Command{}, nil
	}

	if w == "compare" || w == "add" {
		return parseLinks(w, fields(rest), prefixed)
	}

	// The other commands are one short line.
	if strings.ContainsAny(t, "\n\r") || len(t) > MaxCommandLen {
		return Command{}, nil
	}
	args := fields(rest)
	switch w {
	case "digest", "digests":
		return parseDigest(args, prefixed)
	case "feed", "feeds":
		return parseFeed(w, args, prefixed)
	case "more":
		return parseMore(args, prefixed)
	}
	if prefixed && isWord(w) && len(args) <= 8 {
		return Command{}, fmt.Errorf("unknown command %q: say \"help\" for the list", truncate(w, 30))
	}
	return Command{}, nil
}

// isWord reports whether s is letters only (so "/r/news" or "!!!" are not
// taken for unknown commands).
func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// fields splits s at white space, keeping a quoted part (straight or
// typographic double or single quotes) as one field with its quotes.
func fields(s string) []string {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if closeQ, ok := openQuote(r); ok {
			if i := indexAnyRune(s[size:], closeQ); i >= 0 {
				j := size + i
				_, csize := utf8.DecodeRuneInString(s[j:])
				out = append(out, s[:j+csize])
				s = strings.TrimSpace(s[j+csize:])
				continue
			}
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:end])
		s = strings.TrimSpace(s[end:])
	}
	return out
}

// openQuote reports whether r opens a quoted part and which runes close it.
func openQuote(r rune) (closers string, ok bool) {
	switch r {
	case '"', '“', '”', '„':
		return "\"”“", true
	case '\'', '‘', '’':
		return "'’‘", true
	}
	return "", false
}

func indexAnyRune(s, chars string) int { return strings.IndexAny(s, chars) }

// unquote removes the quotes fields kept.
func unquote(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if _, ok := openQuote(r); !ok || len(s) <= size {
		return s, false
	}
	last, lsize := utf8.DecodeLastRuneInString(s)
	if _, ok := openQuote(last); !ok || len(s)-lsize < size {
		return s, false
	}
	return strings.TrimSpace(s[size : len(s)-lsize]), true
}

func isQuoted(s string) bool {
	_, ok := unquote(s)
	return ok
}

// trimPunct drops the trailing punctuation of a sentence-like command
// ("digest status?").
func trimPunct(s string) string { return strings.TrimRight(s, ".!?,;") }

const digestUsage = `say "digest daily 08:00 Europe/Berlin", "digest weekdays 07:30 America/New_York", "digest weekly mon 09:00 UTC", "digest cron \"0 8 * * 1-5\" Europe/Berlin", "digest off", "digest now", "digest status" or "digest quiet on"`

func parseDigest(args []string, prefixed bool) (Command, error) {
	if len(args) == 0 {
		return Command{Kind: DigestStatus}, nil
	}
	sub := strings.ToLower(trimPunct(args[0]))
	switch sub {
	case "status", "show", "info":
		if len(args) == 1 {
			return Command{Kind: DigestStatus}, nil
		}
	case "now":
		if len(args) == 1 {
			return Command{Kind: DigestNow}, nil
		}
	case "off", "stop", "disable", "none":
		if len(args) == 1 {
			return Command{Kind: DigestOff}, nil
		}
	case "quiet":
		if len(args) != 2 {
			return Command{}, errors.New(`digest quiet: want on or off, e.g. "digest quiet on"`)
		}
		switch strings.ToLower(trimPunct(args[1])) {
		case "on", "yes", "true":
			return Command{Kind: DigestQuiet, Quiet: true}, nil
		case "off", "no", "false":
			return Command{Kind: DigestQuiet, Quiet: false}, nil
		}
		return Command{}, fmt.Errorf("digest quiet: want on or off, got %q", truncate(args[1], 30))
	default:
		if isScheduleStart(args[0]) {
			s, err := parseScheduleArgs(args)
			if err != nil {
				return Command{}, err
			}
			return Command{Kind: DigestSet, Schedule: s}, nil
		}
		if !prefixed {
			return Command{}, nil // "Digest of the week …": text
		}
		return Command{}, fmt.Errorf("digest: unknown option %q: %s", truncate(args[0], 30), digestUsage)
	}
	// A known word followed by more words.
	if !prefixed && len(args) > 3 {
		return Command{}, nil
	}
	return Command{}, fmt.Errorf("digest %s: unexpected %q", sub, truncate(strings.Join(args[1:], " "), 40))
}

// isScheduleStart reports whether a digest argument starts a schedule.
func isScheduleStart(a string) bool {
	switch strings.ToLower(a) {
	case "daily", "weekdays", "weekly", "cron", "every", "at":
		return true
	}
	if isQuoted(a) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(a)
	return r == '*' || ('0' <= r && r <= '9')
}

const feedUsage = `say "feed add <link>", "feed list" or "feed remove <n>"`

func parseFeed(w string, args []string, prefixed bool) (Command, error) {
	if len(args) == 0 {
		return Command{Kind: FeedList}, nil
	}
	sub := strings.ToLower(trimPunct(args[0]))
	switch sub {
	case "list", "ls", "show":
		if len(args) == 1 {
			return Command{Kind: FeedList}, nil
		}
		if !prefixed {
			return Command{}, nil
		}
		return Command{}, fmt.Errorf("feed list: unexpected %q", truncate(strings.Join(args[1:], " "), 40))
	case "add", "subscribe":
		if len(args) == 1 {
			return Command{}, errors.New(`feed add: want a feed link, e.g. "feed add https://example.com/rss"`)
		}
		link := strings.TrimSuffix(strings.TrimPrefix(args[1], "<"), ">")
		if i := strings.Index(link, "|"); i > 0 && strings.HasPrefix(args[1], "<") {
			link = link[:i] // Slack's <url|label>
		}
		if !looksLikeLink(link) {
			if !prefixed && len(args) > 2 {
				return Command{}, nil // "feed add-ons …"
			}
			return Command{}, fmt.Errorf("feed add: want a feed link starting with http:// or https://, got %q", truncate(args[1], 60))
		}
		if len(args) > 2 {
			return Command{}, fmt.Errorf("feed add: want one link, got %d words", len(args)-1)
		}
		return Command{Kind: FeedAdd, Text: link}, nil
	case "remove", "rm", "delete", "del", "unsubscribe":
		if len(args) == 2 {
			if n, ok := itemNumber(args[1]); ok && n > 0 {
				return Command{Kind: FeedRemove, N: n}, nil
			}
		}
		if !prefixed && len(args) > 2 {
			return Command{}, nil
		}
		return Command{}, errors.New(`feed remove: want an item number from feed list, e.g. "feed remove 2"`)
	}
	if !prefixed {
		return Command{}, nil // "Feed prices rose …": text
	}
	return Command{}, fmt.Errorf("%s: unknown option %q: %s", w, truncate(args[0], 30), feedUsage)
}

func looksLikeLink(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("http://x")
}

func parseMore(args []string, prefixed bool) (Command, error) {
	if len(args) == 1 {
		if n, ok := itemNumber(args[0]); ok {
			if n <= 0 {
				return Command{}, errors.New(`more: want an item number from the digest, e.g. "more 3"`)
			}
			return Command{Kind: More, N: n}, nil
		}
	}
	if prefixed {
		return Command{}, errors.New(`more: want an item number from the digest, e.g. "more 3"`)
	}
	return Command{}, nil // "More than 200 people …": text
}

// itemNumber reads "3", "#3" or "3." as 3; ok is false for anything else.
// Numbers too large to be an item read as 0 (and are refused).
func itemNumber(s string) (int, bool) {
	s = strings.TrimRight(strings.TrimPrefix(s, "#"), ".!?")
	if s == "" || len(s) > 12 {
		return 0, false
	}
	neg := strings.HasPrefix(s, "-")
	digits := strings.TrimPrefix(s, "-")
	if digits == "" {
		return 0, false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n > 100_000 || neg {
		return 0, true
	}
	return n, true
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// MaxLinks is the most sources "compare" takes (bot.MaxStorySources).
const MaxLinks = 8

// parseLinks reads "compare <link> <link> …" and "add <link>". Either is a
// command only when what follows the word is links ("Compare the two
// reports" is a question); a link too few or too many is an error.
func parseLinks(w string, args []string, prefixed bool) (Command, error) {
	links := make([]string, len(args))
	for i, a := range args {
		l, ok := linkArg(a)
		if !ok {
			if prefixed {
				return Command{}, fmt.Errorf("say \"%s\" followed by links only", w)
			}
			return Command{}, nil
		}
		links[i] = l
	}
	switch {
	case len(args) == 0 && !prefixed:
		return Command{}, nil
	case w == "add" && len(args) != 1:
		return Command{}, errors.New(`say "add <link>" with one link, in the thread of a briefing`)
	case w == "compare" && (len(args) < 2 || len(args) > MaxLinks):
		return Command{}, fmt.Errorf(`say "compare <link> <link> …" with two to %d links to articles on one story`, MaxLinks)
	}
	if w == "add" {
		return Command{Kind: Add, Links: links}, nil
	}
	return Command{Kind: Compare, Links: links}, nil
}

// linkArg reads a word as an http(s) link, as typed or as Slack writes it
// ("<https://x.example/a|x.example/a>"), without trailing punctuation; ok
// is false when it is no such link.
func linkArg(a string) (link string, ok bool) {
	a = strings.TrimPrefix(a, "<")
	if i := strings.IndexByte(a, '|'); i >= 0 {
		a = a[:i]
	}
	const trail = ".,;:!?)]}»”’"
	a = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(a, trail), ">"), trail)
	return a, isLink(a)
}

// isLink reports whether s is an http(s) link with a host and none of the
// characters that end one in a message.
func isLink(s string) bool {
	l := strings.ToLower(s)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") || strings.ContainsAny(s, "<>|\"` \t\n\r") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Host != ""
}
