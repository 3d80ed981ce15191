package slack

import (
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifest checks that manifest.yml asks for exactly what the adapter
// uses.
func TestManifest(t *testing.T) {
	raw, err := os.ReadFile("../../manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				MessagesTab bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
			Shortcuts []struct {
				Type       string `yaml:"type"`
				CallbackID string `yaml:"callback_id"`
			} `yaml:"shortcuts"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	scopes := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot))
	want := []string{"app_mentions:read", "channels:history", "chat:write", "commands", "files:read", "files:write", "groups:history", "im:history", "reactions:write"}
	if !slices.Equal(scopes, want) {
		t.Errorf("scopes = %v, want %v", scopes, want)
	}
	events := slices.Sorted(slices.Values(m.Settings.Events.BotEvents))
	if want := []string{"app_mention", "message.channels", "message.groups", "message.im"}; !slices.Equal(events, want) {
		t.Errorf("events = %v, want %v", events, want)
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.Enabled || !m.Features.AppHome.MessagesTab {
		t.Errorf("socket mode %v, interactivity %v, messages tab %v: want all on", m.Settings.SocketMode, m.Settings.Interactivity.Enabled, m.Features.AppHome.MessagesTab)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != briefCommand {
		t.Errorf("slash commands = %+v", m.Features.SlashCommands)
	}
	if len(m.Features.Shortcuts) != 1 || m.Features.Shortcuts[0].Type != "message" || m.Features.Shortcuts[0].CallbackID != shortcutCallback {
		t.Errorf("shortcuts = %+v", m.Features.Shortcuts)
	}
}
