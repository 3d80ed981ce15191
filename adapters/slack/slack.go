// Package slack is Briefbot's Slack adapter. It receives requests through
// Socket Mode (the default) or the HTTP Events API, turns them into
// bot.Messages for a bot.Queue, and shows the engine's replies in threads
// as Block Kit messages, with reactions for progress.
//
// What users can do: mention the bot in a channel with a link, pasted text
// or a .txt/.html file (app_mention); write to it in a DM (message.im);
// ask follow-up questions in a thread that holds a briefing, with or
// without a mention (message.channels, message.groups); type
// /brief <link or text>; use the message shortcut "Brief this message".
//
// Every event is acknowledged only after Queue.Submit returned, and only
// fast work happens before: a text file attached to a request is
// downloaded within a short budget, a slash command's anchor message is
// posted. Redeliveries are recognised by the message they carry (its ts),
// so a retried or duplicated event never makes a second reply.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render"
)

// Platform is the platform name of Slack messages.
const Platform = "slack"

// Setting names, used in configuration errors.
const (
	EnvBotToken        = "SLACK_BOT_TOKEN"      //nolint:gosec // a setting name, not a credential
	EnvAppToken        = "SLACK_APP_TOKEN"      //nolint:gosec // a setting name, not a credential
	EnvSigningSecret   = "SLACK_SIGNING_SECRET" //nolint:gosec // a setting name, not a credential
	EnvAPIURL          = "SLACK_API_URL"
	EnvAllowedTeams    = "SLACK_ALLOWED_TEAMS"
	EnvAllowedChannels = "SLACK_ALLOWED_CHANNELS"
	EnvIgnoreBots      = "SLACK_IGNORE_BOTS"
	EnvWorkers         = "SLACK_WORKERS"
)

// Config configures the adapter.
type Config struct {
	// BotToken is the bot user OAuth token, xoxb-… (required).
	BotToken string
	// AppToken is the app-level token, xapp-…, with connections:write;
	// it enables Socket Mode (Run).
	AppToken string
	// SigningSecret verifies HTTP Events API requests (HTTPHandler).
	SigningSecret string
	// APIURL overrides the Web API base URL (GovSlack, tests); it must end
	// with "/" (one is added if missing).
	APIURL string
	// AllowedTeams are the workspace (T…) or organisation (E…) ids whose
	// requests are handled; empty allows all.
	AllowedTeams []string
	// IgnoreBots ignores messages from other bots (the bot's own messages
	// are always ignored). The zero value answers bots: set it from
	// SLACK_IGNORE_BOTS, whose default is true.
	IgnoreBots bool
	// Admit, when set, says whether a message may be submitted at all
	// (bot.Engine.Admit: the bot's policy on conversations and people,
	// the same on every platform). Rate limits are charged by the engine
	// once per request, after the job queue's shared de-duplication.
	Admit func(m *bot.Message) bool
	// Workers bounds the events handled at once when they need Slack
	// calls before they can be acknowledged (file downloads, slash
	// commands, shortcuts); default 16.
	Workers int
	// Logger receives the adapter's logs; message text is logged only at
	// debug level, tokens never.
	Logger *slog.Logger
	// HTTPClient makes the Web API calls (default: a client with a 30 s
	// timeout).
	HTTPClient *http.Client
	// Language is the language code of the bot's own words in replies
	// (headings, labels, footers; BRIEFBOT_LANGUAGE); "" shows them in the
	// language of the briefing or article, English when it has none.
	Language string
}

// Adapter is the Slack chat adapter: it implements bot.Chat, bot.Editor
// and bot.ProgressReporter for the engine, and feeds a bot.Queue from
// Socket Mode (Run) or the HTTP Events API (HTTPHandler).
//
// It does not implement bot.Streamer: Slack's chat streaming API
// (chat.startStream) needs the recipient user and team for channel
// threads, which a bot.Target does not carry, and the engine's throttled
// edits (chat.update once a second) work in every conversation.
type Adapter struct {
	cfg Config
	api *slack.Client
	q   bot.Queue
	log *slog.Logger
	now func() time.Time

	teams map[string]bool
	seen  *dedupe

	idMu sync.Mutex
	id   *identity

	sem      chan struct{}
	inflight sync.WaitGroup // events being handled
	bg       sync.WaitGroup // notices posted after an acknowledgement

	baseMu sync.Mutex
	base   context.Context

	sock socketState // Socket Mode connection, for Ready

	// Tunables, changed by tests.
	fileBudget    time.Duration // time allowed to download a file before acknowledging
	anchorBudget  time.Duration // time allowed to post a slash command's anchor
	retries       int           // attempts of a Web API call that is rate limited
	minRetryWait  time.Duration // wait when Retry-After is absent or zero
	maxRetryWait  time.Duration // longer Retry-After values are not waited for
	reconnectWait time.Duration // first wait before restarting Socket Mode
	pingInterval  time.Duration // Socket Mode watchdog (0: slack-go's 30 s)
}

var (
	_ bot.Finder           = (*Adapter)(nil)
	_ bot.Chat             = (*Adapter)(nil)
	_ bot.Editor           = (*Adapter)(nil)
	_ bot.ProgressReporter = (*Adapter)(nil)
)

var idRE = regexp.MustCompile(`^[A-Z0-9]+$`)

// New checks cfg and returns an adapter that submits requests to q. It
// makes no network call; Run (or the first HTTP event) checks the token
// with auth.test. An error names the setting at fault.
func New(cfg Config, q bot.Queue) (*Adapter, error) {
	if q == nil {
		return nil, errors.New("slack adapter: no queue")
	}
	cfg.BotToken = strings.TrimSpace(cfg.BotToken)
	cfg.AppToken = strings.TrimSpace(cfg.AppToken)
	cfg.SigningSecret = strings.TrimSpace(cfg.SigningSecret)
	switch {
	case cfg.BotToken == "":
		return nil, fmt.Errorf("setting %s: required (the Bot User OAuth Token, xoxb-…)", EnvBotToken)
	case !strings.HasPrefix(cfg.BotToken, "xoxb-") && !strings.HasPrefix(cfg.BotToken, "xoxe.xoxb-"):
		return nil, fmt.Errorf("setting %s: not a bot token (want xoxb-…)", EnvBotToken)
	case cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-"):
		return nil, fmt.Errorf("setting %s: not an app-level token (want xapp-…)", EnvAppToken)
	case cfg.AppToken == "" && cfg.SigningSecret == "":
		return nil, fmt.Errorf("setting %s or %s: one is required (Socket Mode or the HTTP Events API)", EnvAppToken, EnvSigningSecret)
	case cfg.Workers < 0:
		return nil, fmt.Errorf("setting %s: must be 0 (default) or more, got %d", EnvWorkers, cfg.Workers)
	}
	if cfg.APIURL != "" {
		u, err := url.Parse(cfg.APIURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("setting %s: want an http(s) URL such as https://slack.com/api/, got %q", EnvAPIURL, cfg.APIURL)
		}
		if !strings.HasSuffix(cfg.APIURL, "/") {
			cfg.APIURL += "/"
		}
	}
	teams, err := idSet(EnvAllowedTeams, cfg.AllowedTeams)
	if err != nil {
		return nil, err
	}
	if cfg.Workers == 0 {
		cfg.Workers = 16
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.HTTPClient == nil {
		// Keep enough idle connections for the engine's workers: the
		// default two per host would open and close one per call under load.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 64
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second, Transport: tr}
	}
	opts := []slack.Option{slack.OptionHTTPClient(cfg.HTTPClient)}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	a := &Adapter{
		cfg: cfg, api: slack.New(cfg.BotToken, opts...), q: q,
		log: cfg.Logger.With("platform", Platform), now: time.Now,
		teams: teams,
		sem:   make(chan struct{}, cfg.Workers),
		base:  context.Background(),

		fileBudget: 2 * time.Second, anchorBudget: 2 * time.Second,
		retries: 4, minRetryWait: time.Second, maxRetryWait: 30 * time.Second,
		reconnectWait: time.Second,
	}
	now := func() time.Time { return a.now() }
	a.seen = newDedupe(time.Hour, now)
	return a, nil
}

// SplitList splits a comma- or space-separated setting ("T1, T2") into
// its items, for AllowedTeams and SLACK_ALLOWED_CHANNELS.
func SplitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' })
}

// CheckIDs checks that each of ids, the value of setting, is a Slack id.
func CheckIDs(setting string, ids []string) error {
	_, err := idSet(setting, ids)
	return err
}

func idSet(setting string, ids []string) (map[string]bool, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	m := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if !idRE.MatchString(id) {
			return nil, fmt.Errorf("setting %s: %q is not a Slack id (like T0123ABCD or C0123ABCD)", setting, id)
		}
		m[id] = true
	}
	if len(m) == 0 {
		return nil, nil
	}
	return m, nil
}

// identityError names the setting at fault when auth.test failed: Slack's
// refusal is the bot token's, while no answer, or one that is not the Web
// API's, is the API URL's (SLACK_API_URL, or the network to slack.com).
func (a *Adapter) identityError(err error) error {
	if slackError(err) != "" {
		return fmt.Errorf("setting %s: Slack refused the token: %w", EnvBotToken, err)
	}
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return fmt.Errorf("slack: %w", err)
	}
	why := apiReason(err)
	if why == "" {
		why = err.Error()
	}
	if a.cfg.APIURL == "" {
		return fmt.Errorf("slack: the Web API at %s did not answer (%s); check the network, or %s", slack.APIURL, why, EnvAPIURL)
	}
	return fmt.Errorf("setting %s: %s did not answer as the Slack Web API (%s)", EnvAPIURL, a.cfg.APIURL, why)
}

// apiReason says in a few words why a Web API call got no usable answer,
// or "" when it cannot tell.
func apiReason(err error) string {
	var sc slack.StatusCodeError
	var dns *net.DNSError
	var ne net.Error
	switch {
	case errors.As(err, &sc):
		return fmt.Sprintf("HTTP %d", sc.Code)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(err, &dns):
		return "its host name does not resolve"
	case errors.As(err, &ne) && ne.Timeout():
		return "no answer in time"
	case errors.As(err, &ne):
		return "no connection"
	}
	return ""
}

// identity returns the bot's own ids, asking auth.test the first time.
func (a *Adapter) identity(ctx context.Context) (identity, error) {
	a.idMu.Lock()
	defer a.idMu.Unlock()
	if a.id != nil {
		return *a.id, nil
	}
	var res *slack.AuthTestResponse
	err := a.withRetry(ctx, "auth.test", func(ctx context.Context) error {
		var err error
		res, err = a.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return identity{}, err
	}
	a.id = &identity{UserID: res.UserID, BotID: res.BotID, TeamID: res.TeamID}
	a.log.Info("slack identity", "bot_user", res.UserID, "bot", res.BotID, "team", res.TeamID)
	return *a.id, nil
}

// Post implements bot.Chat: it posts r in the thread, in several messages
// when it is long, and returns the first message's ts. A briefing too long
// for maxBriefingMessages messages is shortened to one, and the whole of
// it shared as a Markdown file in the thread (attach).
func (a *Adapter) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	outs, file := a.render(r)
	var first string
	for i, o := range outs {
		key := ""
		if i == 0 {
			key = r.Key
		}
		ts, err := a.postMessage(ctx, to, o, r, key)
		if err != nil {
			return bot.MessageID(first), fmt.Errorf("post reply part %d of %d: %w", i+1, len(outs), err)
		}
		if i == 0 {
			first = ts
		}
	}
	if file != nil {
		a.attach(ctx, to, first, file)
	}
	return bot.MessageID(first), nil
}

// Edit implements bot.Editor: the message id becomes the first part of r;
// further parts are posted after it in the thread. A briefing too long
// for maxBriefingMessages messages is shortened to one, and the whole of
// it shared as a Markdown file in the thread (attach).
func (a *Adapter) Edit(ctx context.Context, to bot.Target, id bot.MessageID, r *bot.Reply) error {
	outs, file := a.render(r)
	err := a.update(ctx, to, string(id), outs[0])
	if err != nil && blocksRejected(err) {
		a.log.Warn("slack rejected the blocks; sending plain text", "op", "chat.update", "err", err)
		err = a.withRetry(ctx, "chat.update", func(ctx context.Context) error {
			_, _, _, err := a.api.UpdateMessageContext(ctx, string(to.Conversation), string(id),
				slack.MsgOptionText(plainFallback(a.cfg.Language, r), false), slack.MsgOptionBlocks())
			return err
		})
		outs = outs[:1]
	}
	if err != nil {
		return fmt.Errorf("edit message %s: %w", id, err)
	}
	for i, o := range outs[1:] {
		if _, err := a.postMessage(ctx, to, o, r, ""); err != nil {
			return fmt.Errorf("edit message %s: post part %d of %d: %w", id, i+2, len(outs), err)
		}
	}
	if file != nil {
		a.attach(ctx, to, string(id), file)
	}
	return nil
}

// maxFindPages bounds the pages of a thread FindPost reads (200 messages
// a page).
const maxFindPages = 5

// FindPost implements bot.Finder: it reads the thread (conversations.replies)
// or, for a top-level post such as a digest, the channel's recent history
// (conversations.history), with message metadata, and returns the bot's
// message posted with key, or "" when there is none. It is called only
// for work whose earlier run was interrupted between posting and
// recording.
func (a *Adapter) FindPost(ctx context.Context, to bot.Target, key string) (bot.MessageID, error) {
	if key == "" {
		return "", nil
	}
	ts, err := a.findMine(ctx, to, func(m slack.Message) bool {
		return m.Metadata.EventType == replyMetadataType && m.Metadata.EventPayload["key"] == key
	})
	return bot.MessageID(ts), err
}

// findMine returns the timestamp of the bot's first message in the thread
// (or, without a thread, the channel's recent history) that match accepts,
// or "".
func (a *Adapter) findMine(ctx context.Context, to bot.Target, match func(slack.Message) bool) (string, error) {
	me, err := a.identity(ctx)
	if err != nil {
		return "", fmt.Errorf("find post: %w", err)
	}
	cursor := ""
	for range maxFindPages {
		var msgs []slack.Message
		var next string
		op := "conversations.replies"
		if to.Thread == "" {
			op = "conversations.history"
		}
		err := a.withRetry(ctx, op, func(ctx context.Context) error {
			var err error
			if to.Thread == "" {
				var resp *slack.GetConversationHistoryResponse
				resp, err = a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
					ChannelID: string(to.Conversation), Cursor: cursor, Limit: 200, IncludeAllMetadata: true,
				})
				if err == nil {
					msgs, next = resp.Messages, ""
					if resp.HasMore {
						next = resp.ResponseMetaData.NextCursor
					}
				}
				return err
			}
			var more bool
			msgs, more, next, err = a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: string(to.Conversation), Timestamp: string(to.Thread),
				Cursor: cursor, Limit: 200, IncludeAllMetadata: true,
			})
			if !more {
				next = ""
			}
			return err
		})
		if err != nil {
			return "", fmt.Errorf("find post: %w", err)
		}
		for _, m := range msgs {
			mine := m.User == me.UserID || (me.BotID != "" && m.BotID == me.BotID)
			if mine && match(m) {
				return m.Timestamp, nil
			}
		}
		if next == "" {
			break
		}
		cursor = next
	}
	return "", nil
}

// replyMetadataType is the message metadata event type of a post made
// with a key (bot.Reply.Key); FindPost looks for it.
const replyMetadataType = "briefbot_reply"

// postMessage posts one message; a non-empty key goes in its metadata.
func (a *Adapter) postMessage(ctx context.Context, to bot.Target, o Outgoing, r *bot.Reply, key string) (string, error) {
	opts := []slack.MsgOption{
		slack.MsgOptionText(o.Text, false), slack.MsgOptionBlocks(o.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl(),
	}
	if to.Thread != "" {
		opts = append(opts, slack.MsgOptionTS(string(to.Thread)))
	}
	if key != "" {
		opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{
			EventType: replyMetadataType, EventPayload: map[string]any{"key": key},
		}))
	}
	var ts string
	err := a.withRetry(ctx, "chat.postMessage", func(ctx context.Context) error {
		var err error
		_, ts, err = a.api.PostMessageContext(ctx, string(to.Conversation), opts...)
		return err
	})
	if err != nil && blocksRejected(err) {
		a.log.Warn("slack rejected the blocks; sending plain text", "op", "chat.postMessage", "err", err)
		opts[0], opts[1] = slack.MsgOptionText(plainFallback(a.cfg.Language, r), false), slack.MsgOptionBlocks()
		err = a.withRetry(ctx, "chat.postMessage", func(ctx context.Context) error {
			var err error
			_, ts, err = a.api.PostMessageContext(ctx, string(to.Conversation), opts...)
			return err
		})
	}
	return ts, err
}

// blocksRejected reports a Slack error that a plain-text message avoids.
func blocksRejected(err error) bool {
	switch slackError(err) {
	case "invalid_blocks", "invalid_blocks_format", "too_many_blocks", "msg_too_long", "msg_blocks_too_long":
		return true
	}
	return false
}

// plainFallback is r as escaped plain text within Slack's text limit, for
// when Slack refuses its blocks.
func plainFallback(language string, r *bot.Reply) string {
	var s string
	switch {
	case r.Kind == bot.ReplyBriefing && r.Briefing != nil:
		s = plainBriefing(render.BriefingWords(language, r.Briefing), r.Briefing)
	case r.Kind == bot.ReplyAnswer && r.Answer != nil:
		s = bot.AnswerPlainText(r.Answer)
	default:
		s = r.Text
	}
	return escTrunc(s, maxMessageText)
}

func plainBriefing(w render.Words, b *bot.Briefing) string {
	var sb strings.Builder
	sb.WriteString(w.Title(b) + "\n" + b.Summary + "\n")
	for _, p := range b.Parties {
		sb.WriteString("\n" + p.Name + "\n")
		for _, c := range p.Claims {
			sb.WriteString("• " + c.Claim + " (" + w.Who(c) + ")\n  \"" + c.Evidence + "\"\n")
		}
	}
	return sb.String()
}

// Progress implements bot.ProgressReporter with reactions on the request
// message: eyes while working, then a check mark or a warning sign.
func (a *Adapter) Progress(ctx context.Context, m *bot.Message, p bot.Progress) error {
	ref := slack.NewRefToMessage(string(m.Conversation), messageTS(m.ID))
	switch p {
	case bot.ProgressWorking:
		return a.react(ctx, true, "eyes", ref)
	case bot.ProgressDone, bot.ProgressFailed:
		done := "white_check_mark"
		if p == bot.ProgressFailed {
			done = "warning"
		}
		err := a.react(ctx, false, "eyes", ref)
		return errors.Join(err, a.react(ctx, true, done, ref))
	}
	return nil
}

func (a *Adapter) react(ctx context.Context, add bool, name string, ref slack.ItemRef) error {
	op := "reactions.remove"
	if add {
		op = "reactions.add"
	}
	err := a.withRetry(ctx, op, func(ctx context.Context) error {
		if add {
			return a.api.AddReactionContext(ctx, name, ref)
		}
		return a.api.RemoveReactionContext(ctx, name, ref)
	})
	switch slackError(err) {
	case "already_reacted", "no_reaction":
		return nil
	}
	if err != nil {
		return fmt.Errorf("progress %s: %w", name, err)
	}
	return nil
}

// withRetry runs a Web API call, waiting out Slack's rate limits (HTTP 429
// with Retry-After) a few times. Other errors, and waits longer than
// maxRetryWait, are returned wrapped with the method, so that the queue
// retries the request later.
func (a *Adapter) withRetry(ctx context.Context, op string, call func(context.Context) error) error {
	for attempt := 1; ; attempt++ {
		err := call(ctx)
		if err == nil {
			return nil
		}
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) {
			return fmt.Errorf("slack %s: %w", op, err)
		}
		wait := max(rl.RetryAfter, a.minRetryWait)
		if attempt >= a.retries || wait > a.maxRetryWait {
			return fmt.Errorf("slack %s: rate limited after %d attempts (retry after %s): %w", op, attempt, rl.RetryAfter, err)
		}
		a.log.Warn("slack rate limit, waiting", "op", op, "wait", wait, "attempt", attempt)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("slack %s: waiting out rate limit: %w", op, ctx.Err())
		}
	}
}

// slackError returns the error code of a Slack Web API error
// ("not_in_channel"), or "".
func slackError(err error) string {
	if err == nil {
		return ""
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return ""
}

// Wait waits for work the adapter started after acknowledging events
// (notices), for use after the HTTP server has shut down. Run waits for it
// itself.
func (a *Adapter) Wait() {
	a.inflight.Wait()
	a.bg.Wait()
}

func (a *Adapter) baseContext() context.Context {
	a.baseMu.Lock()
	defer a.baseMu.Unlock()
	return a.base
}

// background runs f after an acknowledgement, with its own deadline; it
// ends with Run's context.
func (a *Adapter) background(f func(ctx context.Context)) {
	if f == nil {
		return
	}
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		ctx, cancel := context.WithTimeout(a.baseContext(), 30*time.Second)
		defer cancel()
		f(ctx)
	}()
}

// async runs f with at most Workers running at once; it blocks while all
// are busy, which slows the reading of new events rather than dropping
// them.
func (a *Adapter) async(ctx context.Context, f func()) {
	select {
	case a.sem <- struct{}{}:
	case <-ctx.Done():
		return
	}
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		defer func() { <-a.sem }()
		f()
	}()
}
