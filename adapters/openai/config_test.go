package openai

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/prompts"
)

func TestNewValidates(t *testing.T) {
	neg := float32(-0.1)
	hot := float32(2.5)
	point2 := float32(0.2)
	for _, tc := range []struct {
		cfg  Config
		want string // the setting the error must name
	}{
		{Config{APIKey: "k"}, "Model"},
		{Config{Model: "m"}, "APIKey"}, // api.openai.com needs a key
		{Config{Model: "m", APIType: "anthropic"}, "APIType"},
		{Config{Model: "m", APIKey: "k", BaseURL: "ftp://x"}, "BaseURL"},
		{Config{Model: "m", APIKey: "k", BaseURL: "https://user:pw@host/v1"}, "BaseURL"},
		{Config{Model: "m", APIKey: "k", BaseURL: "localhost:11434"}, "BaseURL"},
		{Config{Model: "m", APIKey: "k", APIType: "azure"}, "BaseURL"},
		{Config{Model: "m", APIKey: "k", APIType: "azure", BaseURL: DefaultBaseURL}, "BaseURL"},
		{Config{Model: "m", BaseURL: "https://x.openai.azure.com", APIType: "azure"}, "APIKey"},
		{Config{Model: "m", APIKey: "k", APIVersion: "2024-10-21"}, "APIVersion"},
		{Config{Model: "m", APIKey: "k", APIType: "azure", BaseURL: "https://x", AzureDeployments: map[string]string{"m": "a/b"}}, "AzureDeployments"},
		{Config{Model: "m", APIKey: "k", Timeout: -time.Second}, "Timeout"},
		{Config{Model: "m", APIKey: "k", MaxTokens: -1}, "MaxTokens"},
		{Config{Model: "m", APIKey: "k", ContextWindow: -1}, "ContextWindow"},
		{Config{Model: "m", APIKey: "k", Temperature: &neg}, "Temperature"},
		{Config{Model: "m", APIKey: "k", Temperature: &hot}, "Temperature"},
		{Config{Model: "o3-mini", APIKey: "k", Temperature: &point2}, "Temperature"},
		{Config{Model: "m", APIKey: "k", MaxRetries: 11}, "MaxRetries"},
		{Config{Model: "m", APIKey: "k", Parallel: -1}, "Parallel"},
		{Config{Model: "m", APIKey: "k", ExtraHeaders: map[string]string{"Authorization": "x"}}, "ExtraHeaders"},
		{Config{Model: "m", APIKey: "k", ExtraHeaders: map[string]string{"Bad Name": "x"}}, "ExtraHeaders"},
		{Config{Model: "m", APIKey: "k", ExtraHeaders: map[string]string{"X-Title": "a\r\nb"}}, "ExtraHeaders"},
		{Config{Model: "m", APIKey: "k", ContextWindow: 2048}, "ContextWindow"},
		{Config{Model: "m", APIKey: "k", ContextWindow: 8192, MaxTokens: 7000}, "ContextWindow"},
	} {
		_, err := New(tc.cfg)
		if err == nil {
			t.Errorf("%+v: no error", tc.cfg)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "openai: config: ") {
			t.Errorf("%+v: error %q does not name %s", tc.cfg, err, tc.want)
		}
		// A program with its own names for the settings finds the field.
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Field != tc.want || ce.Reason == "" {
			t.Errorf("%+v: error %q holds no ConfigError for %s (%+v)", tc.cfg, err, tc.want, ce)
		}
	}
}

func TestNewDefaults(t *testing.T) {
	b, err := New(Config{Model: "gpt-4o-mini", APIKey: "k"})
	if err != nil {
		t.Fatal(err)
	}
	c := b.cfg
	if c.BaseURL != DefaultBaseURL || c.Timeout != DefaultTimeout || c.MaxTokens != DefaultMaxTokens ||
		c.ContextWindow != DefaultContextWindow || c.MaxRetries != DefaultMaxRetries || c.Parallel != DefaultParallel ||
		c.APIType != APITypeOpenAI || c.HTTPClient == nil || c.Logger == nil {
		t.Errorf("defaults %+v", c)
	}
	if b.ID() != "openai/gpt-4o-mini/"+prompts.Version+"/lex-"+offline.New().LexiconVersion() {
		t.Errorf("ID %q", b.ID())
	}
	if b.articleLimit < 3000 {
		t.Errorf("an 8k window leaves only %d tokens for the article", b.articleLimit)
	}
	// A local server needs no key.
	if _, err := New(Config{Model: "llama3.1", BaseURL: "http://localhost:11434/v1/"}); err != nil {
		t.Errorf("local server without key: %v", err)
	}
	// Azure's default api-version.
	az, err := New(Config{Model: "gpt-4o", APIKey: "k", APIType: "Azure", BaseURL: "https://x.openai.azure.com"})
	if err != nil || az.cfg.APIVersion != DefaultAzureVersion {
		t.Errorf("azure: %v %+v", err, az)
	}
}

func TestIsReasoningModel(t *testing.T) {
	for m, want := range map[string]bool{"o1": true, "o3-mini": true, "o4-mini": true, "gpt-5": true, "gpt-5-mini": true,
		"gpt-4o": false, "gpt-4o-mini": false, "openai/o3-mini": false, "llama3.1": false} {
		if isReasoningModel(m) != want {
			t.Errorf("isReasoningModel(%q) != %v", m, want)
		}
	}
}
