package openai

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/prompts"
)

// notInArticle is the marker a model starts its answer with when the
// article does not answer the question (answer_system.tmpl). It is
// stripped from the answer, which gets NotInArticle set instead.
const notInArticle = "NOT_IN_ARTICLE"

// Notes appended to answers.
const (
	noteCut       = "(The answer was cut off at the length limit.)"
	noteUncited   = "(These are the language model's words: the answer cites no sentence of the article. Check it against the article.)"
	noteNotSaid   = "The article does not say."
	maxQuotes     = 8
	maxBriefShare = 4 // the briefing takes at most 1/maxBriefShare of the room
	maxTurnShare  = 4 // turns take at most 1/maxTurnShare when the article is excerpted
)

// Answer implements bot.Answerer. It streams the model's answer to stream
// as it arrives (with citations of sentences the article does not have
// already removed) and returns the whole answer with its citations as
// verbatim quotes.
func (b *Backend) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(delta string)) (*bot.Answer, error) {
	if req == nil || req.Article == nil || strings.TrimSpace(req.Article.Text) == "" {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai answer", Message: "There is no article in this thread to answer from."}
	}
	q := strings.TrimSpace(req.Question)
	if q == "" {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai answer", Message: "Ask a question about the article."}
	}
	d := doc.Parse(req.Article.Text)
	msgs, err := b.answerMessages(d, req, q)
	if err != nil {
		return nil, err
	}
	f := newCiteFilter(d, stream)
	f.gate.speakerOK = b.speakerCheck(req.Article.Text)
	rep, err := b.stream(ctx, call{op: "answer", msgs: msgs}, f.write)
	if err != nil {
		return nil, err
	}
	switch {
	case rep.finish == string(goopenai.FinishReasonContentFilter):
		return nil, b.fail(ctx, "answer", &failure{kind: failFilter, err: errFinish(rep.finish)}, 0)
	case rep.refusal != "" && strings.TrimSpace(rep.content) == "":
		return nil, &bot.Error{Code: bot.EForbidden, Op: "openai answer", Message: "The language model declined to answer this question."}
	}
	left, uncited := f.close()
	ans := f.answer(req.Briefing)
	if ans.Text == "" && f.gate.misattributed > 0 {
		// Everything the model said was left out: the note says why.
		ans.Text = noteMisattributed(f.gate.misattributed)
		f.note(ans.Text)
		f.gate.misattributed = 0
	}
	if ans.Text == "" {
		return nil, b.fail(ctx, "answer", &failure{kind: failEmpty, err: errors.New("the answer has no text")}, 0)
	}
	note := func(n string) {
		ans.Text += "\n\n" + n
		f.note("\n\n" + n)
	}
	switch {
	case uncited && !ans.NotInArticle:
		note(noteUncited)
	case left > 0:
		b.log.LogAttrs(ctx, slog.LevelInfo, "openai: uncited statements left out of an answer",
			slog.String("model", b.cfg.Model), slog.Int("statements", left))
		note(noteLeftOut(left))
	}
	if n := f.gate.misattributed; n > 0 {
		b.log.LogAttrs(ctx, slog.LevelInfo, "openai: misattributing statements left out of an answer",
			slog.String("model", b.cfg.Model), slog.Int("statements", n))
		note(noteMisattributed(n))
	}

	if rep.finish == string(goopenai.FinishReasonLength) {
		note(noteCut)
	}
	u := rep.usage
	ans.Usage = &u
	return ans, nil
}

// noteLeftOut says how many uncited statements an answer lost.
func noteLeftOut(n int) string {
	if n == 1 {
		return "(One statement that cited no sentence of the article was left out.)"
	}
	return "(" + strconv.Itoa(n) + " statements that cited no sentence of the article were left out.)"
}

// noteMisattributed says how many statements an answer lost because
// they gave the article's words to someone else.
func noteMisattributed(n int) string {
	if n == 1 {
		return "(One statement was left out: it gave the words of the sentence it cites to someone the article does not.)"
	}
	return "(" + strconv.Itoa(n) + " statements were left out: they gave the words of the sentences they cite to someone the article does not.)"
}

// speakerCheck returns the check a cited statement of an answer must
// pass: when the statement names who says something (as the offline
// analysis reads it) and the article attributes the cited sentences to
// someone, one of those must be the statement's speaker.
func (b *Backend) speakerCheck(article string) func(string, []int) bool {
	var art ground.Attributor // analysed on first use
	return func(statement string, cited []int) bool {
		said, _ := b.analyzer.Speakers(withoutCitations(statement)).SpeakersOf(1)
		if len(said) == 0 {
			return true // the statement names no speaker
		}
		if art == nil {
			art = b.analyzer.Speakers(article)
		}
		var by [][]string
		for _, n := range cited {
			sp, _ := art.SpeakersOf(n)
			by = append(by, sp...)
		}
		return len(by) == 0 || ground.SameSpeaker(said, by)
	}
}

type errFinish string

func (e errFinish) Error() string { return "finish_reason " + string(e) }

// answerMessages builds the answer conversation within the context window:
// system, article and briefing (a stable prefix, cached by providers),
// an acknowledgement (so roles alternate), the thread's turns and the
// question. Turns are dropped oldest first; the article is never dropped,
// but an article too long for the window is cut to the paragraphs most
// relevant to the question.
func (b *Backend) answerMessages(d *doc.Doc, req *bot.AnswerRequest, q string) ([]goopenai.ChatCompletionMessage, error) {
	qText, err := b.p.Render(prompts.AnswerUser, prompts.AnswerUserData{Question: q})
	if err != nil {
		return nil, bot.WrapError(err, bot.EInternal, "openai answer", "The answer prompt could not be built.")
	}
	room := b.cfg.ContextWindow - b.cfg.MaxTokens - margin(b.cfg.ContextWindow) - b.answerFixed - estimateTokens(qText)
	if estimateTokens(qText) > room/2 {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "openai answer", Message: "That question is too long; ask it in fewer words."}
	}
	a := req.Article
	art := prompts.Article{Title: a.Title, Site: a.Site, Published: a.Published, Paragraphs: allParagraphs(d)}
	view := briefingView(req.Briefing, room/maxBriefShare)
	ctxText, err := b.p.Render(prompts.AnswerContext, prompts.AnswerContextData{Article: art, Briefing: view})
	if err != nil {
		return nil, bot.WrapError(err, bot.EInternal, "openai answer", "The answer prompt could not be built.")
	}

	type turn struct {
		q, a string
		cost int
	}
	turns := make([]turn, len(req.Turns))
	for i, t := range req.Turns {
		tq, _ := b.p.Render(prompts.AnswerUser, prompts.AnswerUserData{Question: t.Question})
		turns[i] = turn{q: tq, a: t.Answer, cost: estimateTokens(tq) + estimateTokens(t.Answer) + 2*perMessage}
	}
	// keepTurns returns the index of the oldest turn kept within budget.
	keepTurns := func(budget int) (int, int) {
		used, from := 0, len(turns)
		for from > 0 && used+turns[from-1].cost <= budget {
			from--
			used += turns[from].cost
		}
		return from, used
	}

	var from int
	if c := estimateTokens(ctxText); c <= room {
		from, _ = keepTurns(room - c)
	} else {
		// The article does not fit: keep recent turns within a share of
		// the room, and fill the rest with the most relevant paragraphs.
		var used int
		from, used = keepTurns(room / maxTurnShare)
		empty, _ := b.p.Render(prompts.AnswerContext, prompts.AnswerContextData{Article: prompts.Article{Excerpt: true}, Briefing: view})
		query := q
		if n := len(req.Turns); n > 0 {
			query += " " + req.Turns[n-1].Question
		}
		art.Paragraphs = excerpt(d, query, room-used-estimateTokens(empty))
		art.Excerpt = true
		if ctxText, err = b.p.Render(prompts.AnswerContext, prompts.AnswerContextData{Article: art, Briefing: view}); err != nil {
			return nil, bot.WrapError(err, bot.EInternal, "openai answer", "The answer prompt could not be built.")
		}
	}
	msgs := []goopenai.ChatCompletionMessage{
		message(goopenai.ChatMessageRoleSystem, b.answerSystem),
		message(goopenai.ChatMessageRoleUser, ctxText),
		message(goopenai.ChatMessageRoleAssistant, b.answerAck),
	}
	for _, t := range turns[from:] {
		msgs = append(msgs,
			message(goopenai.ChatMessageRoleUser, t.q),
			message(goopenai.ChatMessageRoleAssistant, t.a))
	}
	return append(msgs, message(goopenai.ChatMessageRoleUser, qText)), nil
}

// briefingView is the briefing as shown with questions, cut to about
// budget tokens.
func briefingView(br *bot.Briefing, budget int) *prompts.Briefing {
	if br == nil {
		return nil
	}
	v := &prompts.Briefing{Summary: br.Summary}
	used := estimateTokens(br.Summary)
	for _, p := range br.Parties {
		vp := prompts.Party{Name: p.Name, Aliases: p.Aliases}
		used += estimateTokens(p.Name) + 4
		for _, c := range p.Claims {
			cost := estimateTokens(c.Claim) + 3*len(c.Sentences) + 2
			if used+cost > budget {
				break
			}
			used += cost
			vp.Claims = append(vp.Claims, prompts.Claim{Claim: c.Claim, Sentences: c.Sentences})
		}
		if len(vp.Claims) == 0 {
			break
		}
		v.Parties = append(v.Parties, vp)
	}
	return v
}

// citeFilter processes an answer as it streams: it strips the
// NOT_IN_ARTICLE marker, drops citations of sentences the article does not
// have (holding back a possible citation until it is complete), records
// the ones it has, and passes the rest on, statement by statement, through
// a statementGate that holds back statements citing nothing.
type citeFilter struct {
	d     *doc.Doc
	emit  func(string)
	out   strings.Builder
	gate  statementGate
	buf   string // text not yet processed
	space string // trailing spaces held back, dropped with a dropped citation
	begun bool   // past the check for the marker
	notIn bool
	cited []int
	seen  map[int]bool
}

func newCiteFilter(d *doc.Doc, emit func(string)) *citeFilter {
	f := &citeFilter{d: d, emit: emit, seen: map[int]bool{}}
	f.gate.emit = f.note
	return f
}

// write takes a piece of the model's text.
func (f *citeFilter) write(delta string) {
	f.buf += delta
	f.run(false)
}

// close processes what is held back at the end of the text; see
// statementGate.finish for what it returns.
func (f *citeFilter) close() (left int, uncited bool) {
	f.run(true)
	return f.gate.finish()
}

// send passes checked text on to the statement gate.
func (f *citeFilter) send(s string) {
	if s != "" {
		f.gate.push(s)
	}
}

// note passes text straight to the answer and the stream.
func (f *citeFilter) note(s string) {
	if s == "" {
		return
	}
	f.out.WriteString(s)
	if f.emit != nil {
		f.emit(s)
	}
}

// text sends s, holding back its trailing spaces.
func (f *citeFilter) text(s string) {
	if s == "" {
		return
	}
	t := strings.TrimRight(s, " \t")
	if t == "" {
		f.space += s
		return
	}
	f.send(f.space + t)
	f.space = s[len(t):]
}

func (f *citeFilter) run(final bool) {
	if !f.begun {
		t := strings.TrimLeft(f.buf, " \t\r\n")
		switch {
		case strings.HasPrefix(t, notInArticle):
			rest := strings.TrimLeft(t[len(notInArticle):], " \t\r\n:.,-–—")
			if rest == "" && !final {
				return
			}
			f.notIn, f.buf = true, rest
			f.gate.exempt = 1 // "The article does not say …" cites nothing
		case !final && len(t) < len(notInArticle) && strings.HasPrefix(notInArticle, t):
			return // may still become the marker
		default:
			f.buf = t
		}
		f.begun = true
	}
	for f.buf != "" {
		i := strings.IndexByte(f.buf, '[')
		if i < 0 {
			f.text(f.buf)
			f.buf = ""
			return
		}
		f.text(f.buf[:i])
		rest := f.buf[i+1:]
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			if !final && len(rest) < 40 && strings.Trim(rest, "0123456789,;-– ") == "" {
				f.buf = f.buf[i:] // a citation may be arriving
				return
			}
			f.send(f.space + "[")
			f.space, f.buf = "", rest
			continue
		}
		inner := rest[:j]
		f.buf = rest[j+1:]
		ns, ok := parseCitation(inner)
		if !ok {
			f.send(f.space + "[" + inner + "]")
			f.space = ""
			continue
		}
		var keep []string
		for _, n := range ns {
			if _, ok := f.d.Sentence(n); ok {
				keep = append(keep, strconv.Itoa(n))
				if !f.seen[n] {
					f.seen[n] = true
					f.cited = append(f.cited, n)
				}
			}
		}
		if len(keep) > 0 {
			f.send(f.space + "[" + strings.Join(keep, ", ") + "]")
		}
		f.space = ""
	}
}

// parseCitation reads the inside of a citation: "7", "7, 8", "7-9".
func parseCitation(s string) ([]int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "0123456789,;-– ") != "" {
		return nil, false
	}
	var out []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(f, "–", "-"), "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return nil, false
		}
		if !isRange {
			out = append(out, a)
			continue
		}
		z, err := strconv.Atoi(hi)
		if err != nil || z < a || z-a > 10 {
			return nil, false
		}
		for n := a; n <= z; n++ {
			out = append(out, n)
		}
	}
	return out, len(out) > 0
}

// answer returns the processed answer, its quotes in order of first
// citation, each with the speaker the briefing gives the sentence.
func (f *citeFilter) answer(br *bot.Briefing) *bot.Answer {
	text := strings.TrimSpace(f.out.String())
	if f.gate.marker || strings.Contains(text, notInArticle) { // the marker, but not first
		f.notIn = true
		text = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(strings.ReplaceAll(text, notInArticle, "")), ":.,-–— "))
	}
	if text == "" && f.notIn {
		text = noteNotSaid
	}
	ans := &bot.Answer{Text: text, NotInArticle: f.notIn}
	speakers := map[int]string{}
	if br != nil {
		for _, p := range br.Parties {
			for _, c := range p.Claims {
				for _, n := range c.Sentences {
					if _, ok := speakers[n]; !ok {
						speakers[n] = c.Speaker
					}
				}
			}
		}
	}
	for _, n := range f.cited {
		if len(ans.Quotes) == maxQuotes {
			break
		}
		s, _ := f.d.Sentence(n)
		ans.Quotes = append(ans.Quotes, bot.Quote{Sentence: n, Text: s.Text, Speaker: speakers[n]})
	}
	return ans
}
