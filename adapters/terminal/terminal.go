// Package terminal is a local chat in the terminal: paste an article or a
// link, read the briefing, ask follow-up questions, start over. It is the
// engine's simplest adapter and the one `briefbot chat` runs.
package terminal

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// Handler is what the terminal needs from the engine.
type Handler interface {
	Handle(ctx context.Context, chat bot.Chat, m *bot.Message) error
}

// Platform is the platform name of terminal messages.
const Platform = "terminal"

// Chat is a terminal conversation. It implements bot.Chat, bot.Editor and
// bot.Streamer by printing: a terminal cannot change what it printed, so an
// edit prints the new version below the old one.
type Chat struct {
	out   io.Writer
	width int
	// language is the language code of the bot's own words, or "" for
	// the language of what is shown.
	language string

	mu       sync.Mutex
	nextID   int
	lastKind bot.ReplyKind
}

var (
	_ bot.Chat     = (*Chat)(nil)
	_ bot.Editor   = (*Chat)(nil)
	_ bot.Streamer = (*Chat)(nil)
)

// New returns a Chat that prints to out, wrapping at width columns, the
// bot's own words (headings, labels, footers) in language
// (BRIEFBOT_LANGUAGE) or, when it is "", in the language of the briefing
// or article shown.
func New(out io.Writer, width int, language string) *Chat {
	if width <= 20 {
		width = 80
	}
	return &Chat{out: out, width: width, language: language}
}

func (c *Chat) id() bot.MessageID {
	c.nextID++
	return bot.MessageID("m" + strconv.Itoa(c.nextID))
}

// Post implements bot.Chat.
func (c *Chat) Post(_ context.Context, _ bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.print(r); err != nil {
		return "", err
	}
	return c.id(), nil
}

// Edit implements bot.Editor.
func (c *Chat) Edit(_ context.Context, _ bot.Target, _ bot.MessageID, r *bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Kind == bot.ReplyAnswer && r.Answer == nil {
		return nil // a partial answer: the stream already showed it
	}
	return c.print(r)
}

func (c *Chat) print(r *bot.Reply) error {
	c.lastKind = r.Kind
	w := render.ReplyWords(c.language, r)
	var s string
	switch r.Kind {
	case bot.ReplyBriefing:
		s = "\n" + render.Text(w, r.Briefing, c.width)
	case bot.ReplyAnswer:
		if r.Answer == nil {
			s = render.Visible(r.Text) + "\n"
		} else {
			s = render.Answer(w, r.Answer, c.width)
		}
	case bot.ReplyDigest:
		s = "\n" + render.DigestText(w, r.Digest, c.width)
	case bot.ReplyStatus:
		s = "… " + render.Visible(r.Text) + "\n"
	case bot.ReplyError:
		s = "✗ " + render.Visible(r.Text) + "\n"
	default:
		s = render.Visible(r.Text) + "\n"
	}
	_, err := io.WriteString(c.out, s)
	if err != nil {
		return fmt.Errorf("terminal print: %w", err)
	}
	return nil
}

// StartStream implements bot.Streamer: the answer's words print as they
// come, then the quotes.
func (c *Chat) StartStream(_ context.Context, _ bot.Target) (bot.Stream, error) {
	return &stream{c: c}, nil
}

type stream struct {
	c       *Chat
	printed bool
}

func (s *stream) Append(_ context.Context, delta string) error {
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	s.printed = true
	_, err := io.WriteString(s.c.out, render.Visible(delta))
	return err
}

func (s *stream) Finish(_ context.Context, r *bot.Reply) error {
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	if r.Kind != bot.ReplyAnswer || r.Answer == nil || !s.printed {
		if s.printed {
			_, _ = io.WriteString(s.c.out, "\n")
		}
		return s.c.print(r)
	}
	w := render.ReplyWords(s.c.language, r)
	var sb strings.Builder
	sb.WriteString("\n")
	for _, q := range r.Answer.Quotes {
		a := *r.Answer
		a.Text = ""
		a.Quotes = []bot.Quote{q}
		sb.WriteString(strings.TrimPrefix(render.Answer(w, &a, s.c.width), "\n"))
	}
	_, err := io.WriteString(s.c.out, sb.String())
	return err
}

// Intro is printed when the chat starts.
const Intro = `Briefbot — paste an article (finish with a line holding only "." or press Ctrl-D) or a link.
Then ask follow-up questions, one per line. Commands: "new" starts over, "help", "quit".
`

// Run reads the conversation from in until EOF, "quit" or ctx ends, and
// hands each message to h. Only a failure to write to the terminal, or of
// the engine itself, stops it with an error.
func Run(ctx context.Context, h Handler, in io.Reader, c *Chat) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), bot.MaxTextBytes)
	if _, err := io.WriteString(c.out, Intro); err != nil {
		return fmt.Errorf("terminal: %w", err)
	}
	thread := 1
	briefed := false
	msg := 0
	for {
		if ctx.Err() != nil {
			return nil
		}
		prompt := "article or link> "
		if briefed {
			prompt = "question> "
		}
		if _, err := io.WriteString(c.out, prompt); err != nil {
			return fmt.Errorf("terminal: %w", err)
		}
		if !sc.Scan() {
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		switch strings.ToLower(line) {
		case "":
			continue
		case "quit", "exit", "/quit":
			return nil
		case "new", "/new", "start over":
			thread++
			briefed = false
			if _, err := io.WriteString(c.out, "Starting over.\n"); err != nil {
				return fmt.Errorf("terminal: %w", err)
			}
			continue
		}
		text := line
		cmd, _ := bot.ParseCommand(line)
		if !briefed && cmd == "" && bot.FindLink(line) == "" {
			// An article is being pasted: read up to a "." line or EOF.
			var sb strings.Builder
			sb.WriteString(sc.Text())
			for sc.Scan() {
				if strings.TrimSpace(sc.Text()) == "." {
					break
				}
				sb.WriteString("\n" + sc.Text())
			}
			text = sb.String()
		}
		msg++
		m := &bot.Message{
			Platform:     Platform,
			Conversation: "local",
			ID:           bot.MessageID(fmt.Sprintf("t%d-%d", thread, msg)),
			Thread:       bot.MessageID(fmt.Sprintf("t%d", thread)),
			User:         "you",
			Text:         text,
			Direct:       true,
			Mentioned:    true,
		}
		if err := h.Handle(ctx, c, m); err != nil {
			return fmt.Errorf("terminal: %w", err)
		}
		if !briefed && cmd != "help" {
			briefed = c.briefedLast()
		}
	}
}

// briefedLast reports whether a briefing has been printed in this chat.
func (c *Chat) briefedLast() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lastKind == bot.ReplyBriefing
}
