package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// Run connects to Slack in Socket Mode and handles events until ctx ends;
// it then waits for the events in hand and returns nil. Dropped
// connections and Slack's "disconnect" refresh requests reconnect (slack-go
// does it within a connection's life; Run restarts the client if it gives
// up). It returns an error at once when the tokens are refused.
func (a *Adapter) Run(ctx context.Context) error {
	if a.cfg.AppToken == "" {
		return fmt.Errorf("setting %s: required for Socket Mode (or use the HTTP Events API with %s)", EnvAppToken, EnvSigningSecret)
	}
	a.baseMu.Lock()
	a.base = ctx
	a.baseMu.Unlock()
	if _, err := a.identity(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return a.identityError(err)
	}
	defer a.Wait()
	wait := a.reconnectWait
	for {
		start := time.Now()
		err := a.runClient(ctx)
		if err != nil {
			a.sock.set(false, "socket mode ended: "+err.Error())
		}
		if ctx.Err() != nil {
			a.log.Info("slack socket mode stopped")
			return nil
		}
		if fatalAuth(err) {
			return fmt.Errorf("setting %s: socket mode: %w", EnvAppToken, err)
		}
		if time.Since(start) > time.Minute {
			wait = a.reconnectWait
		}
		a.log.Warn("slack socket mode ended, reconnecting", "err", err, "wait", wait)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil
		}
		wait = min(wait*2, time.Minute)
	}
}

// fatalAuth reports an error that reconnecting cannot cure.
func fatalAuth(err error) bool {
	if err == nil {
		return false
	}
	switch err.Error() {
	case "invalid_auth", "account_inactive", "not_authed", "token_revoked", "not_allowed_token_type":
		return true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code == 404 {
		return true
	}
	switch slackError(err) {
	case "invalid_auth", "account_inactive", "not_authed", "token_revoked", "not_allowed_token_type":
		return true
	}
	return false
}

// runClient runs one socketmode client until it stops or ctx ends.
func (a *Adapter) runClient(ctx context.Context) error {
	var opts []socketmode.Option
	if a.pingInterval > 0 {
		opts = append(opts, socketmode.OptionPingInterval(a.pingInterval))
	}
	c := socketmode.New(a.api, opts...)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- c.RunContext(rctx) }()
	for {
		select {
		case err := <-errc:
			return err
		case evt := <-c.Events:
			a.dispatch(rctx, c, evt)
		case <-ctx.Done():
			cancel()
			return <-errc
		}
	}
}

// dispatch handles one Socket Mode event. Events API envelopes without
// files are handled in order, at once (Submit is fast); the others, which
// call Slack before they can be acknowledged, run concurrently.
func (a *Adapter) dispatch(ctx context.Context, c *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		if evt.Request != nil {
			a.socketEvents(ctx, c, evt.Request)
		}
	case socketmode.EventTypeErrorBadMessage:
		// slack-go could not parse the payload: read it with the
		// adapter's own, more tolerant parser.
		bad, ok := evt.Data.(*socketmode.ErrorBadMessage)
		if !ok {
			return
		}
		var req socketmode.Request
		if err := json.Unmarshal(bad.Message, &req); err != nil || req.EnvelopeID == "" {
			a.log.Warn("slack socket mode: unreadable message", "err", bad.Cause)
			return
		}
		if req.Type == socketmode.RequestTypeEventsAPI {
			a.socketEvents(ctx, c, &req)
			return
		}
		a.log.Warn("slack socket mode: unreadable request acknowledged", "type", req.Type, "err", bad.Cause)
		a.ack(ctx, c, req.EnvelopeID, nil, time.Now())
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		req, got := evt.Request, time.Now()
		a.async(ctx, func() {
			if cmd.Command != "" && cmd.Command != briefCommand {
				a.log.Debug("slack command ignored", "command", cmd.Command)
			}
			resp, err := a.handleSlash(ctx, &cmd)
			if err != nil {
				a.log.Warn("slack command not acknowledged", "err", err)
				return
			}
			var payload any
			if resp != nil {
				payload = resp
			}
			a.ack(ctx, c, req.EnvelopeID, payload, got)
		})
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok || evt.Request == nil {
			return
		}
		req, got := evt.Request, time.Now()
		a.async(ctx, func() {
			f, err := a.handleInteractive(ctx, &cb)
			if err != nil {
				a.log.Warn("slack shortcut not acknowledged; Slack will deliver it again", "err", err)
				return
			}
			a.ack(ctx, c, req.EnvelopeID, nil, got)
			a.background(f)
		})
	case socketmode.EventTypeConnecting:
		a.sock.set(false, "")
		a.log.Debug("slack socket mode connecting")
	case socketmode.EventTypeConnected:
		a.sock.set(true, "")
		n := 0
		if ce, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			n = ce.ConnectionCount
		}
		a.log.Info("slack socket mode connected", "connection", n+1)
	case socketmode.EventTypeConnectionError:
		a.sock.set(false, fmt.Sprint(evt.Data))
		a.log.Warn("slack socket mode connection failed", "err", fmt.Sprint(evt.Data))
	case socketmode.EventTypeInvalidAuth:
		a.sock.set(false, "invalid app-level token ("+EnvAppToken+")")
		a.log.Error("slack socket mode: invalid app-level token", "setting", EnvAppToken)
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.log.Warn("slack socket mode error", "type", string(evt.Type), "err", fmt.Sprint(evt.Data))
	case socketmode.EventTypeHello:
		a.log.Debug("slack socket mode hello")
	}
}

// socketEvents handles an events_api envelope: inline when it carries no
// file, concurrently when it needs a download first.
func (a *Adapter) socketEvents(ctx context.Context, c *socketmode.Client, req *socketmode.Request) {
	got := time.Now()
	env, ev, err := parseEnvelope(req.Payload)
	if err != nil {
		a.log.Warn("slack event unreadable, acknowledged", "err", err)
		a.ack(ctx, c, req.EnvelopeID, nil, got)
		return
	}
	if req.RetryAttempt > 0 {
		a.log.Debug("slack event redelivered", "event", env.EventID, "attempt", req.RetryAttempt, "reason", req.RetryReason)
	}
	handle := func() {
		f, err := a.handleEvent(ctx, env, ev)
		if err != nil {
			a.log.Warn("slack event not acknowledged; Slack will deliver it again", "event", env.EventID, "err", err)
			return
		}
		a.ack(ctx, c, req.EnvelopeID, nil, got)
		a.background(f)
	}
	if ev != nil && len(ev.Files) > 0 {
		a.async(ctx, handle)
		return
	}
	handle()
}

// ack acknowledges an envelope. It gives up after a few seconds (the
// connection is down and slack-go's outgoing buffer is full), rather than
// block the event loop: Slack delivers an unacknowledged envelope again.
func (a *Adapter) ack(ctx context.Context, c *socketmode.Client, envelopeID string, payload any, got time.Time) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := c.AckCtx(ctx, envelopeID, payload); err != nil {
		a.log.Warn("slack ack failed", "envelope", envelopeID, "err", err)
		return
	}
	a.log.Debug("slack ack", "envelope", envelopeID, "after", since(got))
}
