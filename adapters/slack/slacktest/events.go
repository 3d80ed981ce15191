package slacktest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Sign sets the headers with which Slack signs an HTTP request (Events
// API, slash commands, interactivity) made at time at with body, using the
// app's signing secret; another secret makes a forged signature.
func Sign(h http.Header, secret string, at time.Time, body []byte) {
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
}

// EventCallback returns the body of an Events API callback carrying the
// event ev (its "type", "user", "text", "ts", "channel" …), as Slack
// sends it for the workspace Team.
func EventCallback(eventID string, ev map[string]any) ([]byte, error) {
	body, err := json.Marshal(map[string]any{
		"token": "x", "team_id": Team, "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": time.Now().Unix(),
		"event": ev,
	})
	if err != nil {
		return nil, fmt.Errorf("event callback: %w", err)
	}
	return body, nil
}

// EventRequest returns the POST of body to url, signed now with secret,
// as Slack's attempt retry+1 (X-Slack-Retry-Num and -Reason from the
// second attempt on).
func EventRequest(ctx context.Context, url, secret string, body []byte, retry int, reason string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("event request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	Sign(req.Header, secret, time.Now(), body)
	if retry > 0 {
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		req.Header.Set("X-Slack-Retry-Reason", reason)
	}
	return req, nil
}
