package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot/command"
)

// Grounder checks a briefing against its article and drops what the
// article does not support (bot/ground implements it).
type Grounder func(articleText string, b *Briefing)

// QuoteChecker reports whether a quote is verbatim in the article text.
type QuoteChecker func(articleText, quote string) bool

// Engine is the conversation engine every chat adapter plugs into. It
// decides what a message is (a new article or link, a follow-up in a
// briefed thread, a command), does the work, and replies through the Chat.
type Engine struct {
	Backend Backend
	Fetcher Fetcher
	HTML    HTMLExtractor
	Threads ThreadStore
	// Ground runs on every briefing before it is shown; required.
	Ground Grounder
	// QuoteOK checks every quote of an answer; required.
	QuoteOK QuoteChecker
	Limits  Limits
	Logger  *slog.Logger
	// EditInterval throttles streamed answers on chats that can only edit
	// (Slack allows about one chat.update a second). Default 1 s.
	EditInterval time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Replies, if set, keeps the reply log that makes a request run twice
	// (after a crash) reply once; see replylog.go.
	Replies StateStore
	// Commands, if set, handles the commands beyond help, brief and
	// forget that command.Parse recognises (digest …, feed …, more N); the
	// engine replies to malformed commands itself. Without it those
	// commands get a short "not set up" reply.
	Commands CommandHandler
	// Admission is who may ask for what, and how often, on every
	// platform (admit.go). The zero value allows everyone without limit;
	// serve uses DefaultAdmission and the settings.
	Admission Admission
	// Rates keeps the rate limits' token buckets: the bot's store, so
	// that replicas share them. Default: in this process's memory.
	Rates RateTaker
	// Stories merges the briefings of a story's sources (several
	// articles on one story) into one story briefing; without it story
	// requests are refused as not set up.
	Stories StoryMerger

	memRatesOnce sync.Once
	memRates     *MemRates
}

// CommandHandler handles commands the engine does not handle itself
// (digest.Scheduler implements it). The engine calls it only for messages
// that command.Parse reads as such a command, without error.
type CommandHandler interface {
	// HandleCommand handles m if it is one of its commands, replying in
	// the thread, and reports whether it did. The returned error is for
	// the operator and makes the queue retry the message, so a handler
	// that has already replied returns nil.
	HandleCommand(ctx context.Context, chat Chat, m *Message) (handled bool, err error)
}

// Handle processes one message and replies in its thread. Messages that do
// not address the bot are ignored. Duplicate deliveries are dropped before
// Handle, by the Queue. User-facing failures are posted in the thread; the
// returned error is for the operator and the queue's retry (a reply could
// not be posted, or the store failed).
func (e *Engine) Handle(ctx context.Context, chat Chat, m *Message) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e.logger().Error("panic handling message", "platform", m.Platform, "message", string(m.ID), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("handle message %s: panic: %v", m.ID, r)
			_, _ = chat.Post(ctx, m.ReplyTarget(), &Reply{Kind: ReplyError, Text: ErrorMessage(err)})
		}
	}()
	c, perr := command.Parse(m.Text)
	var thread *Thread
	if m.Thread != "" {
		t, terr := e.Threads.Thread(ctx, m.ThreadKey())
		switch {
		case terr == nil:
			thread = t
		case ErrorCode(terr) != ENotFound:
			return fmt.Errorf("handle message: load thread: %w", terr)
		}
	}
	if thread == nil && !m.Direct && !m.Mentioned {
		return nil // not addressed to the bot
	}
	if !e.allowed(m) {
		e.logger().Info("request ignored: not allowed", "platform", m.Platform, "conversation", string(m.Conversation))
		return nil
	}
	if _, done := e.replyRecord(ctx, m); done {
		e.logger().Info("request already answered", "platform", m.Platform, "message", string(m.ID))
		return nil
	}
	defer func() {
		if err == nil {
			id, _ := e.replyRecord(ctx, m)
			e.recordReply(ctx, m, id, true)
		}
	}()
	if thread != nil && !m.Mentioned {
		// In a briefed thread, a message that does not mention the bot is
		// a follow-up question unless it is one of the thread's own
		// commands (help, brief, forget).
		switch {
		case perr != nil:
			c, perr = command.Command{}, nil
		case c.Kind != command.Help && c.Kind != command.Brief && c.Kind != command.Forget && c.Kind != command.Add:
			c = command.Command{}
		}
	}
	if perr != nil {
		return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyError, Text: perr.Error()})
	}
	var story []StoryInput
	if c.Kind == command.Compare || c.Kind == command.None && thread == nil {
		story = e.storyInputs(m, c)
	}
	if len(story) > MaxStorySources {
		return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyError,
			Text: fmt.Sprintf("A story briefing takes at most %d sources; this message has %d.", MaxStorySources, len(story))})
	}
	kind, cost := costOf(c.Kind, thread != nil), 1
	if len(story) > 1 {
		kind, cost = briefingRequest, len(story)
	}
	if refused, notice := e.charge(ctx, m, kind, cost); refused {
		if notice == "" {
			return nil // told within the hour: dropped
		}
		return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyText, Text: notice})
	}
	if len(story) > 1 {
		return e.briefStory(ctx, chat, m, story)
	}
	switch c.Kind {
	case command.None:
		if thread != nil {
			return e.answer(ctx, chat, m, thread)
		}
		return e.brief(ctx, chat, m)
	case command.Add:
		return e.addSource(ctx, chat, m, thread, c.Links[0])
	case command.Help:
		return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyText, Text: HelpText})
	case command.Forget:
		if err := e.Threads.DeleteThread(ctx, m.ThreadKey()); err != nil {
			return fmt.Errorf("handle forget: %w", err)
		}
		return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyText, Text: "Done: this thread's article, briefing and questions are deleted."})
	case command.Brief:
		m2 := *m
		m2.Text = c.Text
		return e.brief(ctx, chat, &m2)
	}
	// Digest, feed and more commands.
	if e.Commands != nil {
		handled, err := e.Commands.HandleCommand(ctx, chat, m)
		if handled || err != nil {
			return err
		}
	}
	return e.post(ctx, chat, m.ReplyTarget(), &Reply{Kind: ReplyText, Text: "Digests and feeds are not set up on this bot."})
}

// IdempotencyKey returns the key that makes a request processed once.
func IdempotencyKey(m *Message) string {
	return m.Platform + "|" + string(m.Conversation) + "|" + string(m.ID)
}

// HelpText explains how to use the bot, on any platform.
const HelpText = `Briefbot makes a neutral briefing of a news article: a short summary, then each party's claims listed separately, each with the article's own words as evidence.

• Mention me with a link, or with the article's text pasted in the message (DMs need no mention). A .txt or .html file works too.
• I reply in a thread. Ask follow-up questions in that thread: I answer from the article, quoting it, and say so when the article does not say.
• "brief <link or text>" briefs explicitly; "forget" deletes this thread's stored article and questions; "help" shows this.
• Stories: two or more links in one message (or pasted articles separated by a line "---"), or "compare <link> <link> …", make one briefing of the story across outlets: each party's claims once, which outlet reports each, what only one carries, reports that differ side by side, and each outlet's own loaded words. "add <link>" in a briefing's thread adds an outlet; follow-up questions are answered from every outlet.
• Digests: "digest daily 08:00 Europe/Berlin" (or "digest weekdays 07:30 America/New_York", "digest weekly mon 09:00 UTC", "digest cron "0 8 * * 1-5" Europe/Berlin") posts here, on that schedule, one message listing the articles briefed here since the last digest and the new items of this conversation's feeds. "digest now", "digest status", "digest off"; "digest quiet on" posts nothing when there is nothing new.
• Feeds: "feed add <link>" (RSS, Atom or JSON Feed), "feed list", "feed remove <n>". "more <n>" shows the full briefing of item n of the digest; articles from several outlets on one story are one item, and "more" on it shows the story briefing.

Every quote is checked against the article before it is shown. The bot's summaries use neutral wording; loaded words stay inside quotes, attributed to whoever used them.`

// ParseCommand is the command word and argument of a message, for
// adapters that only need to know whether a message is a command: it
// returns "help", "forget", "brief" (with the text to brief), "digest",
// "feed" or "more" for a command of that word, including a malformed one,
// and "" with the trimmed text for anything else. The engine itself uses
// command.Parse, which this wraps.
func ParseCommand(text string) (cmd, arg string) {
	t := strings.TrimSpace(text)
	c, err := command.Parse(t)
	switch {
	case err != nil:
		// A malformed command: its first word.
		w, _, _ := strings.Cut(strings.TrimLeft(t, "!/"), " ")
		return strings.ToLower(w), ""
	case c.Kind == command.Brief:
		return "brief", c.Text
	case c.Kind == command.None:
		return "", t
	}
	return c.Kind.Word(), ""
}

// urlRE matches an http(s) link; the scheme in any case (HTTP://…), as
// URL schemes are case-insensitive.
var urlRE = regexp.MustCompile(`(?i)https?://[^\s<>"'\x60]+`)

// FindLink returns the first http(s) link in text, without trailing
// punctuation, or "".
func FindLink(text string) string {
	u := urlRE.FindString(text)
	u = strings.TrimRight(u, ".,;:!?)]}»”’")
	if u == "" {
		return ""
	}
	if _, err := url.Parse(u); err != nil {
		return ""
	}
	return u
}

// linkToLoad returns the link a message asks to brief, when the message is
// little more than that link (fewer other words than an article has), or
// "" when the article is an attached file or the pasted text, even a text
// that contains a link. brief decides once, for both its status and
// article.
func (e *Engine) linkToLoad(m *Message) string {
	if len(m.Files) > 0 {
		return ""
	}
	text := strings.TrimSpace(m.Text)
	link := FindLink(text)
	if link != "" && len(strings.Fields(strings.Replace(text, link, "", 1))) < e.limits().MinWords {
		return link
	}
	return ""
}

// article makes the article a message asks to brief: an attached file,
// the link when linkToLoad found one, or the pasted text.
func (e *Engine) article(ctx context.Context, m *Message, link string) (*Article, error) {
	if len(m.Files) > 0 {
		// One article per request: the first attachment.
		f := m.Files[0]
		if isHTML(f) {
			if e.HTML == nil {
				return nil, Errorf(ENotSupported, "HTML files are not supported here: paste the article's text.")
			}
			return e.HTML.ExtractHTML(ctx, f.Data, "")
		}
		return NewArticle(f.Data, e.Limits)
	}
	if link != "" {
		if e.Fetcher == nil {
			return nil, Errorf(ENotSupported, "Links are not supported here: paste the article's text.")
		}
		return e.Fetcher.Fetch(ctx, link)
	}
	text := strings.TrimSpace(m.Text)
	if text == "" {
		return nil, Errorf(EInvalid, "Send me an article to brief: paste its text or a link. Say \"help\" for more.")
	}
	return NewArticle([]byte(text), e.Limits)
}

func isHTML(f File) bool {
	n := strings.ToLower(f.Name)
	return strings.Contains(f.MIMEType, "html") || strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm")
}

func (e *Engine) limits() Limits {
	l := e.Limits
	if l.MinWords == 0 {
		l.MinWords = DefaultLimits.MinWords
	}
	if l.MaxWords == 0 {
		l.MaxWords = DefaultLimits.MaxWords
	}
	return l
}

// brief makes and posts a briefing for m.
func (e *Engine) brief(ctx context.Context, chat Chat, m *Message) error {
	to := m.ReplyTarget()
	start := e.now()
	e.progress(ctx, chat, m, ProgressWorking)
	link := e.linkToLoad(m)
	status := "Reading the article…"
	if link != "" {
		status = "Loading the link and reading the article…"
	}
	statusID := e.resumeReply(ctx, chat, m) // a run resumed after a crash
	if statusID == "" {
		var err error
		if statusID, err = e.postStatus(ctx, chat, m, status); retryLater(ctx, err) {
			return err
		}
	}

	a, err := e.article(ctx, m, link)
	var b *Briefing
	if err == nil {
		b, err = e.Brief(ctx, a)
	}
	if retryLater(ctx, err) {
		e.logger().Warn("briefing interrupted: storage unavailable; the queue will run it again", "platform", m.Platform, "message", string(m.ID), "err", err)
		return err
	}
	if err != nil {
		e.logger().Warn("briefing failed", "platform", m.Platform, "message", string(m.ID), "code", ErrorCode(err), "err", err)
		rctx, cancel := replyContext(ctx)
		defer cancel()
		e.progress(rctx, chat, m, ProgressFailed)
		return e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: ErrorMessage(err)})
	}
	now := e.now()
	t := &Thread{Key: m.ThreadKey(), Article: a, Briefing: b, Created: now, Updated: now}
	if err := e.Threads.SaveThread(ctx, t); err != nil {
		err = storageError(err, "brief: save thread")
		if retryLater(ctx, err) {
			// The status message stays; the next run finishes it.
			return err
		}
		rctx, cancel := replyContext(ctx)
		defer cancel()
		e.progress(rctx, chat, m, ProgressFailed)
		_ = e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyError, Text: "The briefing was made but could not be saved, so follow-up questions would fail. Please try again."})
		return err
	}
	e.logger().Info("briefing posted", "platform", m.Platform, "message", string(m.ID), "backend", b.Backend,
		"parties", len(b.Parties), "claims", b.ClaimCount(), "dropped", b.Stats.ClaimsDroppedUngrounded,
		"misattributed", b.Stats.ClaimsDroppedMisattributed,
		"cached", b.Stats.Cached, "ms", e.now().Sub(start).Milliseconds())
	rctx, cancel := replyContext(ctx)
	defer cancel()
	if err := e.replace(rctx, chat, to, statusID, &Reply{Kind: ReplyBriefing, Briefing: b}); err != nil {
		return err
	}
	e.progress(rctx, chat, m, ProgressDone)
	return nil
}

// Brief briefs an article with the backend and runs the grounding check.
func (e *Engine) Brief(ctx context.Context, a *Article) (*Briefing, error) {
	b, err := e.Backend.Brief(ctx, a)
	if err != nil {
		return nil, err
	}
	if b.Title == "" {
		b.Title = a.Title
	}
	e.Ground(a.Text, b)
	return b, nil
}

// answer answers a follow-up question in a briefed thread, streaming the
// answer where the chat allows.
func (e *Engine) answer(ctx context.Context, chat Chat, m *Message, t *Thread) error {
	q := strings.TrimSpace(m.Text)
	if q == "" {
		return nil
	}
	e.progress(ctx, chat, m, ProgressWorking)
	out, err := e.openStream(ctx, chat, m)
	if err != nil {
		return err // storage unavailable: the queue runs the question again
	}
	var ans *Answer
	if len(t.Sources) > 1 {
		ans, err = e.answerStory(ctx, t, q)
	} else {
		req := &AnswerRequest{Article: t.Article, Briefing: t.Briefing, Turns: t.Turns, Question: q}
		ans, err = e.Answer(ctx, req, func(delta string) { out.append(ctx, delta) })
	}
	rctx, cancel := replyContext(ctx)
	defer cancel()
	if err != nil {
		e.logger().Warn("answer failed", "platform", m.Platform, "message", string(m.ID), "code", ErrorCode(err), "err", err)
		e.progress(rctx, chat, m, ProgressFailed)
		return out.finish(rctx, &Reply{Kind: ReplyError, Text: ErrorMessage(err)})
	}
	if err := out.finish(rctx, &Reply{Kind: ReplyAnswer, Answer: ans, Text: ans.Text}); err != nil {
		return err
	}
	// The turn is saved only once the answer is shown. If saving fails the
	// request is not done: the queue runs it again, and the reply log
	// makes the rerun finish the same message.
	if err := e.Threads.AddTurn(ctx, t.Key, Turn{Question: q, Answer: AnswerPlainText(ans)}); err != nil {
		e.logger().Error("save turn failed", "platform", m.Platform, "message", string(m.ID), "err", err)
		e.progress(rctx, chat, m, ProgressFailed)
		return fmt.Errorf("answer: save turn: %w", err)
	}
	e.progress(rctx, chat, m, ProgressDone)
	return nil
}

// Answer answers a follow-up question with the backend and drops any
// quote of the answer that is not verbatim in the article.
func (e *Engine) Answer(ctx context.Context, req *AnswerRequest, stream func(delta string)) (*Answer, error) {
	ans, err := e.Backend.Answer(ctx, req, stream)
	if err != nil {
		return nil, err
	}
	e.checkQuotes(req.Article.Text, ans)
	return ans, nil
}

// checkQuotes drops any quote that is not verbatim in the article.
func (e *Engine) checkQuotes(text string, a *Answer) {
	kept := a.Quotes[:0]
	for _, q := range a.Quotes {
		if e.QuoteOK(text, q.Text) {
			kept = append(kept, q)
		} else {
			e.logger().Warn("answer quote dropped: not in article", "sentence", q.Sentence)
		}
	}
	a.Quotes = kept
}

// AnswerPlainText is an answer as plain text: the bot's words, then each
// quote on its own line.
func AnswerPlainText(a *Answer) string {
	var sb strings.Builder
	sb.WriteString(a.Text)
	for _, q := range a.Quotes {
		sb.WriteString("\n> " + q.Text)
		switch {
		case q.Source != "" && q.Speaker != "":
			sb.WriteString(" (" + q.Source + ", " + q.Speaker + ")")
		case q.Source != "" || q.Speaker != "":
			sb.WriteString(" (" + q.Source + q.Speaker + ")")
		}
	}
	return sb.String()
}

// answerOut is where a streamed answer goes: a platform stream, throttled
// edits of a placeholder, or a single post at the end.
type answerOut struct {
	e      *Engine
	chat   Chat
	to     Target
	stream Stream
	editor Editor
	id     MessageID

	mu       sync.Mutex
	text     strings.Builder
	lastEdit time.Time
}

// openStream returns where the answer to m goes. Its error is a storage
// failure the queue will retry (nothing was posted).
func (e *Engine) openStream(ctx context.Context, chat Chat, m *Message) (*answerOut, error) {
	to := m.ReplyTarget()
	o := &answerOut{e: e, chat: chat, to: to}
	ed, canEdit := chat.(Editor)
	if canEdit {
		if id := e.resumeReply(ctx, chat, m); id != "" {
			// A run resumed after a crash: finish the message it started.
			o.editor, o.id, o.lastEdit = ed, id, e.now()
			return o, nil
		}
	}
	if s, ok := chat.(Streamer); ok {
		if st, err := s.StartStream(ctx, to); err == nil {
			o.stream = st
			return o, nil
		}
	}
	if canEdit {
		id, err := e.startReply(ctx, chat, m, &Reply{Kind: ReplyStatus, Text: "Looking through the article…"})
		switch {
		case err == nil:
			o.editor, o.id = ed, id
			o.lastEdit = e.now()
		case retryLater(ctx, err):
			return nil, err
		}
	}
	return o, nil
}

func (o *answerOut) append(ctx context.Context, delta string) {
	if delta == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.text.WriteString(delta)
	switch {
	case o.stream != nil:
		if err := o.stream.Append(ctx, delta); err != nil {
			o.e.logger().Warn("stream append failed", "err", err)
		}
	case o.editor != nil:
		if now := o.e.now(); now.Sub(o.lastEdit) >= o.e.editInterval() {
			o.lastEdit = now
			r := &Reply{Kind: ReplyAnswer, Text: o.text.String() + " …"}
			if err := o.editor.Edit(ctx, o.to, o.id, r); err != nil {
				o.e.logger().Warn("stream edit failed", "err", err)
			}
		}
	}
}

func (o *answerOut) finish(ctx context.Context, r *Reply) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case o.stream != nil:
		if err := o.stream.Finish(ctx, r); err != nil {
			return fmt.Errorf("finish answer stream: %w", err)
		}
		return nil
	case o.editor != nil:
		return o.e.replace(ctx, o.chat, o.to, o.id, r)
	}
	return o.e.post(ctx, o.chat, o.to, r)
}

func (e *Engine) editInterval() time.Duration {
	if e.EditInterval > 0 {
		return e.EditInterval
	}
	return time.Second
}

// postStatus posts a progress message that replace later turns into the
// result, if the chat can edit; otherwise it posts nothing.
func (e *Engine) postStatus(ctx context.Context, chat Chat, m *Message, text string) (MessageID, error) {
	if _, ok := chat.(Editor); !ok {
		return "", nil
	}
	id, err := e.startReply(ctx, chat, m, &Reply{Kind: ReplyStatus, Text: text})
	if err != nil {
		e.logger().Warn("post status failed", "err", err)
		return "", err
	}
	return id, nil
}

// replace edits the message id into r, or posts r when there is no such
// message or the edit fails.
func (e *Engine) replace(ctx context.Context, chat Chat, to Target, id MessageID, r *Reply) error {
	if ed, ok := chat.(Editor); ok && id != "" {
		err := ed.Edit(ctx, to, id, r)
		if err == nil {
			return nil
		}
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("edit reply: %w", err)
		}
		e.logger().Warn("edit failed, posting instead", "err", err)
	}
	return e.post(ctx, chat, to, r)
}

func (e *Engine) post(ctx context.Context, chat Chat, to Target, r *Reply) error {
	if _, err := chat.Post(ctx, to, r); err != nil {
		return fmt.Errorf("post reply: %w", err)
	}
	return nil
}

// replyTimeout bounds the sending of a final reply or progress signal.
const replyTimeout = 15 * time.Second

// replyContext returns the context for sending a request's final reply
// and its done or failed signal: ctx's values without its cancellation or
// deadline, so that a request whose time ran out (a slow model) still
// tells the user, bounded by replyTimeout. It is never for the work itself.
func replyContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), replyTimeout)
}

func (e *Engine) progress(ctx context.Context, chat Chat, m *Message, p Progress) {
	if pr, ok := chat.(ProgressReporter); ok {
		if err := pr.Progress(ctx, m, p); err != nil {
			e.logger().Debug("progress signal failed", "err", err)
		}
	}
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

func (e *Engine) logger() *slog.Logger {
	if e.Logger != nil {
		return e.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Combine makes a Backend from a briefer and an answerer.
func Combine(id string, b Briefer, a Answerer) Backend {
	return combined{id: id, Briefer: b, Answerer: a}
}

type combined struct {
	Briefer
	Answerer
	id string
}

func (c combined) ID() string { return c.id }
