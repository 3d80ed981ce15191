package bottest

import (
	"context"
	"sync"

	"github.com/briefbot/briefbot/bot"
)

// Scripted is a backend whose briefings and answers the test sets.
type Scripted struct {
	// Briefing makes the briefing of an article.
	Briefing func(a *bot.Article) (*bot.Briefing, error)
	// Deltas are streamed, in order, before an answer.
	Deltas []string
	// Reply is every answer, unless Err is set.
	Reply *bot.Answer
	// Err, when set, is the error of every answer (after the deltas).
	Err error

	mu     sync.Mutex
	briefs int
}

var _ bot.Backend = (*Scripted)(nil)

// ID implements bot.Backend.
func (s *Scripted) ID() string { return "scripted" }

// Brief implements bot.Backend.
func (s *Scripted) Brief(_ context.Context, a *bot.Article) (*bot.Briefing, error) {
	s.mu.Lock()
	s.briefs++
	s.mu.Unlock()
	return s.Briefing(a)
}

// Answer implements bot.Backend.
func (s *Scripted) Answer(_ context.Context, _ *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	for _, d := range s.Deltas {
		if stream != nil {
			stream(d)
		}
	}
	if s.Err != nil {
		return nil, s.Err
	}
	return s.Reply, nil
}

// Briefs returns the number of Brief calls so far.
func (s *Scripted) Briefs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.briefs
}
