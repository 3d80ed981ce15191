package openai

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"unicode"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/internal/unionfind"
	"github.com/briefbot/briefbot/prompts"
)

// Summary limits.
const (
	maxSummaryRunes = 1500
)

// partResult is the outcome of briefing one part of an article.
type partResult struct {
	wb       *wireBriefing
	usage    bot.Usage
	unusable string // why the model's output could not be used, or ""
	err      error  // a failed call
	done     bool
}

// Brief implements bot.Briefer. It briefs a with the model (in parts when
// the article is too long for one request), falls back to Config.Fallback
// when the model's output cannot be used even after a repair, and runs the
// grounding check on the result.
func (b *Backend) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	if a == nil || strings.TrimSpace(a.Text) == "" {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai brief", Message: "There is no text to brief: paste an article or a link."}
	}
	d := doc.Parse(a.Text)
	if len(d.Sentences) == 0 {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai brief", Message: "There is no text to brief: paste an article or a link."}
	}
	// The title, site and date go with every part.
	limit := b.articleLimit - estimateTokens(prompts.Untrusted(a.Title+a.Site+a.Published)) - 12
	parts := splitParts(d, max(limit, minArticle/2))
	if len(parts) > 1 {
		b.log.LogAttrs(ctx, slog.LevelInfo, "openai: article briefed in parts",
			slog.String("model", b.cfg.Model), slog.Int("parts", len(parts)),
			slog.Int("sentences", len(d.Sentences)), slog.Int("article_tokens", docTokens(d)),
			slog.Int("part_tokens", b.articleLimit))
	}
	results, failed := b.briefParts(ctx, a, parts)
	var usage bot.Usage
	for _, r := range results {
		usage.Add(r.usage)
	}
	if failed >= 0 {
		r := results[failed]
		if r.err != nil {
			return nil, r.err
		}
		return b.fallback(ctx, a, r.unusable, usage)
	}
	sp := b.analyzer.Speakers(a.Text) // one analysis: speakers and notes
	br := b.assemble(ctx, a, d, results, sp.FramingNotes(), &usage)
	check := ground.New(a.Text)
	check.Check(br)
	// The words of each claim must be its party's: the offline analysis
	// says whose the cited sentences are.
	if st := check.CheckSpeakers(br, sp); st.Moved+st.Dropped > 0 {
		b.log.LogAttrs(ctx, slog.LevelInfo, "openai: claims under the wrong party",
			slog.String("model", b.cfg.Model), slog.Int("moved", st.Moved), slog.Int("dropped", st.Dropped))
		if st.Dropped > 0 {
			br.Notes = append(br.Notes, fmt.Sprintf("%d claim(s) the language model gave to a party were left out: the article attributes the sentences they cite to someone else.", st.Dropped))
		}
	}
	br.Stats.Usage = &usage
	return br, nil
}

// briefParts briefs the parts, Config.Parallel at a time. It returns the
// results and the index of the first part that failed (in time), or -1;
// a failure stops the parts not yet done.
func (b *Backend) briefParts(ctx context.Context, a *bot.Article, parts []part) ([]partResult, int) {
	results := make([]partResult, len(parts))
	if len(parts) == 1 {
		results[0] = b.briefPart(ctx, a, parts[0], 1, 1)
		if results[0].err != nil || results[0].unusable != "" {
			return results, 0
		}
		return results, -1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, b.cfg.Parallel)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := -1
	for i := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return
			}
			r := b.briefPart(ctx, a, parts[i], i+1, len(parts))
			mu.Lock()
			results[i] = r
			if (r.err != nil || r.unusable != "") && failed < 0 {
				failed = i
				cancel()
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if failed < 0 {
		for i := range results {
			if !results[i].done { // only when the caller's context ended
				results[i].err = b.fail(ctx, "brief", b.classify(ctx, context.Cause(ctx), nil, nil), 0)
				return results, i
			}
		}
	}
	return results, failed
}

// briefPart briefs one part: a request, then at most one repair.
func (b *Backend) briefPart(ctx context.Context, a *bot.Article, p part, i, n int) partResult {
	res := partResult{done: true}
	user, err := b.p.Render(prompts.BriefUser, prompts.BriefUserData{
		Article: prompts.Article{Title: a.Title, Site: a.Site, Published: a.Published, Paragraphs: p.paras},
		Part:    i, Parts: n, First: p.first, Last: p.last,
	})
	if err != nil {
		res.err = bot.WrapError(err, bot.EInternal, "openai brief", "The briefing prompt could not be built.")
		return res
	}
	msgs := []goopenai.ChatCompletionMessage{
		message(goopenai.ChatMessageRoleSystem, b.briefSystem),
		message(goopenai.ChatMessageRoleUser, user),
	}
	rep, err := b.complete(ctx, call{op: "brief", msgs: msgs, json: true})
	if err != nil {
		res.err = err
		return res
	}
	res.usage.Add(rep.usage)
	wb, probs := checkReply(rep, p.first, p.last)
	if len(probs) == 0 {
		res.wb = wb
		return res
	}
	b.logProblems(ctx, "brief", i, probs, rep.content)
	if k := probs[0].kind; k == "filter" || k == "refusal" {
		res.unusable = reasons[k] // a repair would not change the provider's mind
		return res
	}
	rep, err = b.complete(ctx, call{op: "repair", msgs: b.repairMessages(msgs, rep.content, probs, p), json: true})
	if err != nil {
		res.err = err
		return res
	}
	res.usage.Add(rep.usage)
	wb, probs = checkReply(rep, p.first, p.last)
	if len(probs) > 0 {
		b.logProblems(ctx, "repair", i, probs, rep.content)
		res.unusable = reasons[probs[0].kind]
		return res
	}
	res.wb = wb
	return res
}

// checkReply parses and validates a briefing reply for a part holding
// sentences first to last.
func checkReply(rep *reply, first, last int) (*wireBriefing, []problem) {
	switch {
	case rep.refusal != "":
		return nil, []problem{{"refusal", "You declined to answer."}}
	case rep.finish == string(goopenai.FinishReasonContentFilter):
		return nil, []problem{{"filter", "The provider's content filter stopped your reply."}}
	case rep.choices == 0 || strings.TrimSpace(rep.content) == "":
		return nil, []problem{{"empty", "Your reply was empty."}}
	}
	wb, err := parseBriefing(rep.content)
	if err != nil {
		if rep.finish == string(goopenai.FinishReasonLength) {
			return nil, []problem{{"length", "Your reply was cut off at the length limit before the JSON object was complete. " +
				"Reply with a shorter object: at most 12 claims in all, paraphrases under 20 words, and fewer facts and notes."}}
		}
		return nil, []problem{{"json", fmt.Sprintf("Your reply was not a valid JSON object (%v). Reply with the JSON object only: no prose, no code fences.", err)}}
	}
	return wb, validate(wb, first, last)
}

// repairMessages is the repair conversation: the original request, the
// model's reply (shortened or left out to fit the context window) and the
// list of problems.
func (b *Backend) repairMessages(msgs []goopenai.ChatCompletionMessage, prev string, probs []problem, p part) []goopenai.ChatCompletionMessage {
	texts := make([]string, 0, len(probs))
	for i, pr := range probs {
		if i == 12 {
			texts = append(texts, fmt.Sprintf("…and %d more problems like these.", len(probs)-i))
			break
		}
		texts = append(texts, pr.text)
	}
	data := prompts.RepairData{Problems: texts, First: p.first, Last: p.last}
	used := replyPriming + 2*perMessage
	for _, m := range msgs {
		used += perMessage + estimateTokens(m.Content)
	}
	probe, _ := b.p.Render(prompts.RepairUser, data)
	room := b.cfg.ContextWindow - b.cfg.MaxTokens - margin(b.cfg.ContextWindow) - used - estimateTokens(probe) - 16
	k := probs[0].kind
	if k == "length" || k == "empty" || room < 64 {
		data.Omitted = prev != ""
		prev = ""
	} else if estimateTokens(prev) > room {
		prev = cutTokens(prev, room) + " …"
	}
	text, err := b.p.Render(prompts.RepairUser, data)
	if err != nil {
		text = probe
	}
	out := append([]goopenai.ChatCompletionMessage(nil), msgs...)
	if prev != "" {
		out = append(out, message(goopenai.ChatMessageRoleAssistant, prev))
	}
	return append(out, message(goopenai.ChatMessageRoleUser, text))
}

func (b *Backend) logProblems(ctx context.Context, op string, part int, probs []problem, content string) {
	kinds := make([]string, 0, len(probs))
	for _, p := range probs {
		kinds = append(kinds, p.kind)
	}
	b.log.LogAttrs(ctx, slog.LevelWarn, "openai: model briefing unusable",
		slog.String("op", op), slog.String("model", b.cfg.Model), slog.Int("part", part),
		slog.Int("problems", len(probs)), slog.String("kinds", strings.Join(kinds, ",")))
	if b.log.Enabled(ctx, slog.LevelDebug) {
		texts := make([]string, 0, len(probs))
		for _, p := range probs {
			texts = append(texts, p.text)
		}
		b.log.LogAttrs(ctx, slog.LevelDebug, "openai: model briefing problems",
			slog.String("op", op), slog.Int("part", part), slog.String("problems", strings.Join(texts, " | ")),
			slog.String("reply", truncate(content, 2000)))
	}
}

// fallbackNote is added to a briefing made by the fallback briefer.
const fallbackNote = "The language model's output could not be used (%s); this briefing was made by the offline briefer."

// fallback briefs a with Config.Fallback because the model's output could
// not be used.
func (b *Backend) fallback(ctx context.Context, a *bot.Article, reason string, usage bot.Usage) (*bot.Briefing, error) {
	b.log.LogAttrs(ctx, slog.LevelWarn, "openai: using the fallback briefer",
		slog.String("model", b.cfg.Model), slog.String("reason", reason))
	if b.cfg.Fallback == nil {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai brief",
			Message: fmt.Sprintf("The language model's output could not be used (%s).", reason)}
	}
	br, err := b.cfg.Fallback.Brief(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("openai brief: fallback: %w", err)
	}
	if br == nil {
		return nil, &bot.Error{Code: bot.EInternal, Op: "openai brief: fallback", Message: "The briefing could not be made."}
	}
	br.Notes = append(br.Notes, fmt.Sprintf(fallbackNote, reason))
	br.Stats.Fallback = true
	ground.New(a.Text).Check(br)
	br.Stats.Usage = &usage
	return br, nil
}

// assemble builds the briefing from the parts' replies, inserting the
// evidence from the article's sentences.
func (b *Backend) assemble(ctx context.Context, a *bot.Article, d *doc.Doc, results []partResult, framing []string, usage *bot.Usage) *bot.Briefing {
	br := &bot.Briefing{
		Title: a.Title, Source: a.Source(), Backend: b.id,
		Parties: []bot.Party{}, Facts: []bot.Fact{}, Notes: []string{},
	}
	wbs := make([]*wireBriefing, len(results))
	for i, r := range results {
		wbs[i] = r.wb
	}
	check := ground.New(a.Text)
	if t := wbs[0].Title; br.Title == "" && t != "" && len([]rune(t)) <= maxTitleRunes && check.Contains(t) {
		br.Title = t
	}
	for _, p := range mergeParties(wbs) {
		bp := bot.Party{Name: p.Name, Aliases: p.Aliases, Claims: make([]bot.Claim, 0, len(p.Claims))}
		if bp.Aliases == nil {
			bp.Aliases = []string{}
		}
		for _, c := range p.Claims {
			speaker := c.Speaker
			if speaker == "" {
				speaker = p.Name
			}
			bp.Claims = append(bp.Claims, bot.Claim{
				Claim: c.Claim, Speaker: speaker, Stance: c.Stance,
				Evidence: evidence(d, c.Sentences), Sentences: c.Sentences,
			})
		}
		br.Parties = append(br.Parties, bp)
	}
	// Notes: the offline analysis's notes on loaded wording, and the
	// model's only where they quote the sentences they cite and give no
	// opinion in the bot's voice.
	notes := framing
	for _, wb := range wbs {
		for _, f := range wb.Facts {
			if len(br.Facts) < maxFacts {
				br.Facts = append(br.Facts, bot.Fact{Text: f.Text, Evidence: evidence(d, f.Sentences), Sentences: f.Sentences})
			}
		}
		for _, n := range wb.Notes {
			var cited []string
			for _, k := range n.Sentences {
				if s, ok := d.Sentence(k); ok {
					cited = append(cited, s.Text)
				}
			}
			if ground.NeutralNote(n.Text, cited) {
				notes = append(notes, n.Text)
			} else {
				b.log.LogAttrs(ctx, slog.LevelInfo, "openai: a model note was not shown", slog.String("model", b.cfg.Model),
					slog.Int("cited", len(cited)))
			}
		}
	}
	br.Notes = cleanTexts(notes, maxNotes, maxNoteRunes)
	if len(wbs) == 1 {
		br.Summary = wbs[0].Summary
	} else {
		br.Summary = b.mergeSummaries(ctx, wbs, usage)
	}
	if s := cleanTexts([]string{br.Summary}, 1, maxSummaryRunes); len(s) == 1 {
		br.Summary = s[0]
	}
	if ok, name := ground.Supported(br.Summary, a.Text); !ok {
		b.log.LogAttrs(ctx, slog.LevelWarn, "openai: the model's summary names what the article does not",
			slog.String("model", b.cfg.Model), slog.String("word", name))
		if fb := b.fallbackSummary(ctx, a); fb != "" {
			br.Summary = fb
			br.Notes = append(br.Notes, "The language model's summary could not be used (it named what the article does not); the summary was made by the offline briefer.")
		} else {
			br.Notes = append(br.Notes, fmt.Sprintf("The summary mentions %q, which the article does not; read it with care.", name))
		}
	}
	return br
}

// fallbackSummary returns the fallback briefer's summary of a, or "".
func (b *Backend) fallbackSummary(ctx context.Context, a *bot.Article) string {
	if b.cfg.Fallback == nil {
		return ""
	}
	fb, err := b.cfg.Fallback.Brief(ctx, a)
	if err != nil || fb == nil {
		return ""
	}
	return fb.Summary
}

// mergeSummaries combines the part summaries of a long article into one
// with a model call; on any failure it joins them instead.
func (b *Backend) mergeSummaries(ctx context.Context, wbs []*wireBriefing, usage *bot.Usage) string {
	sums := make([]string, 0, len(wbs))
	for _, wb := range wbs {
		sums = append(sums, wb.Summary)
	}
	joined := joinSummaries(sums)
	// Keep the request inside the window: drop later summaries if needed.
	room := b.cfg.ContextWindow - b.cfg.MaxTokens - margin(b.cfg.ContextWindow) - estimateTokens(b.summarySystem) - 64
	for len(sums) > 1 && estimateTokens(strings.Join(sums, "\n")) > room {
		sums = sums[:len(sums)-1]
	}
	user, err := b.p.Render(prompts.SummaryUser, prompts.SummaryUserData{Summaries: sums})
	if err != nil {
		return joined
	}
	rep, err := b.complete(ctx, call{op: "summary", msgs: []goopenai.ChatCompletionMessage{
		message(goopenai.ChatMessageRoleSystem, b.summarySystem),
		message(goopenai.ChatMessageRoleUser, user),
	}})
	if err != nil {
		return joined
	}
	usage.Add(rep.usage)
	s := strings.TrimSpace(stripThink(rep.content))
	if s == "" || rep.finish != string(goopenai.FinishReasonStop) {
		return joined
	}
	if ok, _ := ground.Supported(s, strings.Join(sums, " ")); !ok {
		return joined
	}
	return s
}

// joinSummaries joins part summaries, at most maxSummaryRunes long.
func joinSummaries(sums []string) string {
	var b strings.Builder
	for _, s := range sums {
		if b.Len()+len(s) > maxSummaryRunes && b.Len() > 0 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// evidence returns the cited sentences' text joined by a space: the
// article's words, never the model's.
func evidence(d *doc.Doc, ns []int) string {
	parts := make([]string, 0, len(ns))
	for _, n := range ns {
		if s, ok := d.Sentence(n); ok {
			parts = append(parts, s.Text)
		}
	}
	return strings.Join(parts, " ")
}

// mergeParties merges the parties of all parts (and duplicates within a
// part): parties sharing a name or alias, compared case-insensitively and
// ignoring punctuation and a leading "the", become one, named as first
// seen, with the other names as aliases and the claims in part order.
func mergeParties(wbs []*wireBriefing) []wireParty {
	var all []wireParty
	for _, wb := range wbs {
		all = append(all, wb.Parties...)
	}
	sets := unionfind.New(len(all)) // the earliest party names a group
	seen := map[string]int{}
	for i, p := range all {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			k := partyKey(name)
			if k == "" {
				continue
			}
			if j, ok := seen[k]; ok {
				sets.Union(i, j)
			} else {
				seen[k] = i
			}
		}
	}
	var out []wireParty
	index := map[int]int{} // root → position in out
	for i, p := range all {
		r := sets.Find(i)
		pos, ok := index[r]
		if !ok {
			index[r] = len(out)
			out = append(out, wireParty{Name: all[r].Name})
			pos = len(out) - 1
		}
		m := &out[pos]
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			m.Aliases = append(m.Aliases, name)
		}
		m.Claims = append(m.Claims, p.Claims...)
	}
	for i := range out {
		m := &out[i]
		nameKey := partyKey(m.Name)
		keys := map[string]bool{nameKey: true}
		aliases := texts{}
		for _, a := range m.Aliases {
			if k := partyKey(a); k != "" && !keys[k] {
				keys[k] = true
				aliases = append(aliases, a)
			}
		}
		m.Aliases = aliases
		type ck struct{ claim, ns string }
		dup := map[ck]bool{}
		claims := m.Claims[:0]
		for _, c := range m.Claims {
			k := ck{strings.ToLower(c.Claim), fmt.Sprint(c.Sentences)}
			if !dup[k] {
				dup[k] = true
				claims = append(claims, c)
			}
		}
		m.Claims = claims
	}
	return out
}

// partyKey is the comparison form of a party name.
func partyKey(name string) string {
	f := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
			return r
		case unicode.IsSpace(r), r == '-':
			return ' '
		}
		return -1 // U.S. → us
	}, name)))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}
