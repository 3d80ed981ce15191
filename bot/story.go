package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot/command"
	"github.com/briefbot/briefbot/bot/lang"
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
// be loaded or briefed, or that is the same article as an earlier one, is
// named in a note and the others still brief; with one source left, the
// result is that source's own briefing (and srcs that one source). It
// fails only when no source can be briefed (with the first source's
// error) or when no merger is set up.
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
			defer func() {
				if r := recover(); r != nil {
					results[i] = result{err: fmt.Errorf("brief story source: panic: %v", r)}
				}
			}()
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
		if j := slices.IndexFunc(srcs, func(x ThreadSource) bool { return x.Article.Hash() == r.src.Article.Hash() }); j >= 0 {
			notes = append(notes, fmt.Sprintf("%s is the same article as an earlier source, s%d.", oneLine(in[i].Name), j+1))
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
		return &b, srcs, nil
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

// storyInputs returns the sources of a message that asks for one story
// briefing of several articles: the links of "compare"; two or more
// attached files; two or more links with little else (fewer other words
// than an article has); or pasted articles separated by a line "---".
// It returns nil for a message of one article.
func (e *Engine) storyInputs(m *Message, c command.Command) []StoryInput {
	var out []StoryInput
	link := func(u string) StoryInput {
		return StoryInput{Name: u, Load: func(ctx context.Context) (*Article, error) {
			if e.Fetcher == nil {
				return nil, Errorf(ENotSupported, "Links are not supported here: paste the article's text.")
			}
			return e.Fetcher.Fetch(ctx, u)
		}}
	}
	switch {
	case c.Kind == command.Compare:
		for _, u := range c.Links {
			out = append(out, link(u))
		}
	case len(m.Files) > 1:
		for _, f := range m.Files {
			out = append(out, StoryInput{Name: f.Name, Load: func(ctx context.Context) (*Article, error) {
				return e.article(ctx, &Message{Files: []File{f}}, "")
			}})
		}
	default:
		text := strings.TrimSpace(m.Text)
		links := findLinks(text)
		rest := text
		for _, u := range links {
			rest = strings.ReplaceAll(rest, u, "")
		}
		if len(links) > 1 && len(strings.Fields(rest)) < e.limits().MinWords {
			for _, u := range links {
				out = append(out, link(u))
			}
			break
		}
		parts := splitArticles(text)
		if len(parts) < 2 {
			return nil
		}
		for i, p := range parts {
			out = append(out, StoryInput{Name: fmt.Sprintf("pasted article %d", i+1), Load: func(context.Context) (*Article, error) {
				return NewArticle([]byte(p), e.Limits)
			}})
		}
	}
	return out // more than MaxStorySources: BriefStory says why it refuses
}

// findLinks returns the distinct http(s) links of text, in order.
func findLinks(text string) []string {
	var out []string
	for _, u := range urlRE.FindAllString(text, -1) {
		u = strings.TrimRight(u, ".,;:!?)]}»”’>|")
		if u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// splitArticles splits pasted text at lines holding only "---" (three or
// more dashes), keeping the non-empty parts.
func splitArticles(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if p := strings.TrimSpace(strings.Join(cur, "\n")); p != "" {
			out = append(out, p)
		}
		cur = nil
	}
	for _, ln := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(ln); len(t) >= 3 && strings.Trim(t, "-") == "" {
			flush()
			continue
		}
		cur = append(cur, ln)
	}
	flush()
	return out
}

// briefStory makes and posts one story briefing of a message's sources.
func (e *Engine) briefStory(ctx context.Context, chat Chat, m *Message, in []StoryInput) error {
	to := m.ReplyTarget()
	start := e.now()
	e.progress(ctx, chat, m, ProgressWorking)
	statusID := e.resumeReply(ctx, chat, m)
	if statusID == "" {
		var err error
		if statusID, err = e.postStatus(ctx, chat, m, fmt.Sprintf("Reading %d articles on one story…", len(in))); retryLater(ctx, err) {
			return err
		}
	}
	b, srcs, err := e.BriefStory(ctx, in)
	if retryLater(ctx, err) {
		return err
	}
	rctx, cancel := replyContext(ctx)
	defer cancel()
	if err != nil {
		e.logger().Warn("story briefing failed", "platform", m.Platform, "message", string(m.ID), "code", ErrorCode(err), "err", err)
		e.progress(rctx, chat, m, ProgressFailed)
		return e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: ErrorMessage(err)})
	}
	now := e.now()
	t := &Thread{Key: m.ThreadKey(), Article: srcs[0].Article, Briefing: b, Created: now, Updated: now}
	if len(srcs) > 1 {
		t.Sources = srcs // else one source was left: a thread of one article
	}
	if err := e.Threads.SaveThread(ctx, t); err != nil {
		err = storageError(err, "brief story: save thread")
		if retryLater(ctx, err) {
			return err
		}
		e.progress(rctx, chat, m, ProgressFailed)
		_ = e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: "The briefing was made but could not be saved, so follow-up questions would fail. Please try again."})
		return err
	}
	e.logger().Info("story briefing posted", "platform", m.Platform, "message", string(m.ID), "sources", len(srcs),
		"parties", len(b.Parties), "claims", b.ClaimCount(), "ms", e.now().Sub(start).Milliseconds())
	if err := e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyBriefing, Briefing: b}); err != nil {
		return err
	}
	e.progress(rctx, chat, m, ProgressDone)
	return nil
}

// addSource adds the article at link to a briefed thread's sources and
// posts the updated briefing: a thread of one article becomes a story.
func (e *Engine) addSource(ctx context.Context, chat Chat, m *Message, t *Thread, link string) error {
	to := m.ReplyTarget()
	if t == nil {
		return e.post(ctx, chat, to, &Reply{Kind: ReplyText, Text: `"add <link>" adds an article to a briefing: say it in the thread of one, or ask "compare <link> <link> …".`})
	}
	srcs := t.Sources
	if len(srcs) == 0 {
		srcs = []ThreadSource{{Article: t.Article, Briefing: t.Briefing}}
	}
	if len(srcs) >= MaxStorySources {
		return e.post(ctx, chat, to, &Reply{Kind: ReplyError, Text: fmt.Sprintf("This briefing has %d sources, the most one may have.", len(srcs))})
	}
	if e.Stories == nil || e.Fetcher == nil {
		return e.post(ctx, chat, to, &Reply{Kind: ReplyError, Text: "Adding sources to a briefing is not set up here."})
	}
	e.progress(ctx, chat, m, ProgressWorking)
	statusID := e.resumeReply(ctx, chat, m)
	if statusID == "" {
		var err error
		if statusID, err = e.postStatus(ctx, chat, m, "Loading the link and adding it to this briefing…"); retryLater(ctx, err) {
			return err
		}
	}
	a, err := e.Fetcher.Fetch(ctx, link)
	var b *Briefing
	if err == nil {
		b, err = e.Brief(ctx, a)
	}
	if retryLater(ctx, err) {
		return err
	}
	rctx, cancel := replyContext(ctx)
	defer cancel()
	if err != nil {
		e.progress(rctx, chat, m, ProgressFailed)
		return e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: ErrorMessage(err)})
	}
	if slices.ContainsFunc(srcs, func(s ThreadSource) bool { return s.Article.Hash() == a.Hash() }) {
		e.progress(rctx, chat, m, ProgressDone)
		return e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyText, Text: "That article is already one of this briefing's sources."})
	}
	srcs = append(slices.Clone(srcs), ThreadSource{Article: a, Briefing: b})
	nt := *t
	nt.Sources, nt.Briefing, nt.Updated = srcs, e.Stories.Merge(srcs, nil), e.now()
	if err := e.Threads.SaveThread(ctx, &nt); err != nil {
		err = storageError(err, "add source: save thread")
		if retryLater(ctx, err) {
			return err
		}
		e.progress(rctx, chat, m, ProgressFailed)
		_ = e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: "The source was briefed but could not be saved. Please try again."})
		return err
	}
	if err := e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyBriefing, Briefing: nt.Briefing}); err != nil {
		return err
	}
	e.progress(rctx, chat, m, ProgressDone)
	return nil
}

// maxQuotesPerSource bounds the quotes an answer across a story's sources
// takes from each.
const maxQuotesPerSource = 2

// answerStory answers a question across a story thread's sources: each
// source's answerer is asked (in parallel), and the answer quotes what
// each source says, naming it; it says none does when none does.
func (e *Engine) answerStory(ctx context.Context, t *Thread, q string) (*Answer, error) {
	type result struct {
		a   *Answer
		err error
	}
	res := make([]result, len(t.Sources))
	var wg sync.WaitGroup
	for i, s := range t.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					res[i] = result{err: fmt.Errorf("answer story source: panic: %v", r)}
				}
			}()
			a, err := e.Answer(ctx, &AnswerRequest{Article: s.Article, Briefing: s.Briefing, Turns: t.Turns, Question: q}, nil)
			res[i] = result{a, err}
		}()
	}
	wg.Wait()
	out := &Answer{}
	var firstErr error
	answered := 0
	for i, r := range res {
		if r.err != nil {
			if firstErr == nil {
				firstErr = r.err
			}
			continue
		}
		answered++
		if r.a.Usage != nil {
			if out.Usage == nil {
				out.Usage = &Usage{}
			}
			out.Usage.Add(*r.a.Usage)
		}
		if r.a.NotInArticle {
			continue
		}
		for k, qt := range r.a.Quotes {
			if k == maxQuotesPerSource {
				break
			}
			qt.Source = fmt.Sprintf("s%d", i+1)
			out.Quotes = append(out.Quotes, qt)
		}
	}
	if answered == 0 {
		return nil, firstErr
	}
	lx := lang.Default().Lexicon(t.Briefing.Language)
	if len(out.Quotes) == 0 {
		out.NotInArticle = true
		out.Text = strings.ReplaceAll(lx.Label("story.answer.none"), "{n}", fmt.Sprint(len(t.Sources)))
		return out, nil
	}
	out.Text = lx.Label("story.answer")
	return out, nil
}
