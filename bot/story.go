package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// MaxStorySources bounds the sources of one story briefing.
const MaxStorySources = 8

// StoryInput is one source of a story request: what the user gave (a
// link, a file name, "pasted article 2"), and how to load it.
type StoryInput struct {
	Name string
	Load func(ctx context.Context) (*Article, error)
}

// BriefStory loads and briefs a story's sources in parallel (with the
// engine's fetcher and backend, so a source briefed before comes from the
// cache) and merges their briefings with e.Stories. A source that cannot
// be loaded or briefed is named in a note and the others still brief; with
// one source left, the result is that source's own briefing. It fails only
// when no source can be briefed (with the first source's error) or when
// no merger is set up.
func (e *Engine) BriefStory(ctx context.Context, in []StoryInput) (*Briefing, []ThreadSource, error) {
	if len(in) > MaxStorySources {
		return nil, nil, Errorf(EInvalid, "A story briefing takes at most %d sources; this request has %d.", MaxStorySources, len(in))
	}
	if e.Stories == nil {
		return nil, nil, Errorf(ENotSupported, "Story briefings of several articles are not set up here.")
	}
	type result struct {
		src ThreadSource
		err error
	}
	results := make([]result, len(in))
	var wg sync.WaitGroup
	for i, s := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := s.Load(ctx)
			if err != nil {
				results[i].err = err
				return
			}
			b, err := e.Brief(ctx, a)
			results[i] = result{ThreadSource{Article: a, Briefing: b}, err}
		}()
	}
	wg.Wait()
	var srcs []ThreadSource
	var notes []string
	var first error
	for i, r := range results {
		if r.err != nil {
			if retryLater(ctx, r.err) {
				return nil, nil, r.err // the store is down: the whole request runs again
			}
			if first == nil {
				first = r.err
			}
			notes = append(notes, fmt.Sprintf("%s could not be briefed: %s", oneLine(in[i].Name), ErrorMessage(r.err)))
			continue
		}
		srcs = append(srcs, r.src)
	}
	switch len(srcs) {
	case 0:
		return nil, nil, first
	case 1:
		b := *srcs[0].Briefing
		b.Notes = append(notes, b.Notes...)
		return &b, nil, nil
	}
	return e.Stories.Merge(srcs, notes), srcs, nil
}

// oneLine shortens what the user gave for a source to one line of at most
// 80 characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return s
}
