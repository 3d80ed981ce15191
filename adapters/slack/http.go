package slack

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"
)

// maxBody bounds an HTTP request body from Slack (events carry at most a
// 40,000-character message plus blocks).
const maxBody = 4 << 20

// HTTPHandler serves the HTTP Events API (the alternative to Socket
// Mode): POST /slack/events (events and the url_verification challenge),
// POST /slack/commands (the /brief command) and POST /slack/interactive
// (the message shortcut). Every request must carry a valid signature made
// with SLACK_SIGNING_SECRET and a timestamp at most five minutes old. The
// response is sent after the request is submitted; a request that could
// not be submitted gets a 500, so that Slack sends it again.
func (a *Adapter) HTTPHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", a.serveEvents)
	mux.HandleFunc("POST /slack/commands", a.serveCommands)
	mux.HandleFunc("POST /slack/interactive", a.serveInteractive)
	return mux
}

// verified reads the body and checks Slack's signature; on failure it has
// written the response.
func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if a.cfg.SigningSecret == "" {
		a.log.Error("slack HTTP request refused: no signing secret", "setting", EnvSigningSecret)
		http.Error(w, "slack events are not configured", http.StatusServiceUnavailable)
		return nil, false
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return nil, false
	}
	if len(body) > maxBody {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		reason := "bad signature"
		if errors.Is(err, slack.ErrExpiredTimestamp) {
			reason = "stale timestamp"
		}
		a.log.Warn("slack HTTP request refused", "path", r.URL.Path, "reason", reason, "err", err)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	got := time.Now()
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	env, ev, err := parseEnvelope(body)
	if err != nil {
		a.log.Warn("slack event unreadable", "err", err)
		http.Error(w, "unreadable event", http.StatusBadRequest)
		return
	}
	if env.Type == "url_verification" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, env.Challenge)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.Debug("slack event redelivered", "event", env.EventID, "attempt", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	f, err := a.handleEvent(r.Context(), env, ev)
	if err != nil {
		a.log.Warn("slack event not accepted; Slack will deliver it again", "event", env.EventID, "err", err)
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.log.Debug("slack ack", "event", env.EventID, "after", since(got))
	a.background(f)
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "unreadable command", http.StatusBadRequest)
		return
	}
	cmd := slack.SlashCommand{
		TeamID: v.Get("team_id"), EnterpriseID: v.Get("enterprise_id"), ChannelID: v.Get("channel_id"),
		ChannelName: v.Get("channel_name"), UserID: v.Get("user_id"), Command: v.Get("command"),
		Text: v.Get("text"), ResponseURL: v.Get("response_url"), TriggerID: v.Get("trigger_id"),
	}
	resp, err := a.handleSlash(r.Context(), &cmd)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if resp == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (a *Adapter) serveInteractive(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "unreadable payload", http.StatusBadRequest)
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(v.Get("payload")), &cb); err != nil {
		a.log.Warn("slack interaction unreadable", "err", err)
		http.Error(w, "unreadable payload", http.StatusBadRequest)
		return
	}
	f, err := a.handleInteractive(r.Context(), &cb)
	if err != nil {
		a.log.Warn("slack shortcut not accepted", "err", err)
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.background(f)
}
