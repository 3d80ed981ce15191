package slack

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot/bottest"
)

// TestReady follows Ready through a Socket Mode connection's life with the
// fake Slack: not connected before Run, ready once connected, not ready
// (with Slack's reason) while the connection is down and Slack refuses a
// new one, ready again once it accepts. The HTTP Events API alone is
// always ready.
func TestReady(t *testing.T) {
	fs := slacktest.New(t)
	for _, tc := range []struct {
		name string
		cfg  Config
		want string // "" for ready
	}{
		{"http events api", Config{BotToken: slacktest.BotToken, SigningSecret: "s", APIURL: fs.URL}, ""},
		{"socket mode before run", Config{BotToken: slacktest.BotToken, AppToken: slacktest.AppToken, APIURL: fs.URL}, "not connected yet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(tc.cfg, bottest.NewQueue(nil, nil, 1, nil))
			if err != nil {
				t.Fatal(err)
			}
			if err := a.Ready(); (tc.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Ready = %v, want %q", err, tc.want)
			}
		})
	}

	h := newHarness(t)
	ready := func(want string) {
		t.Helper()
		var err error
		waitFor(t, "Ready = "+want, func() bool {
			err = h.a.Ready()
			if want == "" {
				return err == nil
			}
			return err != nil && strings.Contains(err.Error(), want)
		})
	}
	ready("")
	h.fs.FailWith("apps.connections.open", "internal_error")
	h.fs.Drop()
	ready("internal_error")
	if err := h.a.Ready(); !strings.HasPrefix(err.Error(), "socket mode: not connected for ") {
		t.Errorf("Ready = %q, want it to say for how long", err)
	}
	h.fs.FailWith("apps.connections.open", "")
	ready("")
}
