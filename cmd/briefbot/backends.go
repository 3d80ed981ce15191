package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"syscall"

	"github.com/briefbot/briefbot/adapters/openai"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
)

// newBackend builds the configured backend; a model backend makes its
// requests with client (nil: a new one). Adding a provider is one package
// and one case here.
func newBackend(cfg *Config, log *slog.Logger, client *http.Client) (bot.Backend, error) {
	briefer := offline.NewWith(offline.Options{Language: cfg.Language})
	off := bot.Combine(briefer.ID(), briefer, &qa.Answerer{Language: cfg.Language})
	switch cfg.Backend {
	case "offline", "":
		return off, nil
	case "openai":
		oc := openaiConfig(cfg, briefer, log)
		oc.HTTPClient = client
		b, err := openai.New(oc)
		if err != nil {
			return nil, openaiSettingError(cfg, err)
		}
		return b, nil
	}
	return nil, fmt.Errorf("setting BRIEFBOT_BACKEND: unknown backend %q", cfg.Backend)
}

// openaiConfig maps the environment settings onto the OpenAI backend's.
func openaiConfig(cfg *Config, fallback *offline.Briefer, log *slog.Logger) openai.Config {
	c := openai.Config{
		BaseURL:       cfg.OpenAIBaseURL,
		APIKey:        cfg.OpenAIKey,
		Model:         cfg.Model,
		Organization:  cfg.OpenAIOrg,
		APIType:       cfg.OpenAIAPIType,
		Timeout:       cfg.LLMTimeout,
		MaxTokens:     cfg.LLMMaxTokens,
		Temperature:   cfg.LLMTemperature,
		ContextWindow: cfg.LLMContextWindow,
		ExtraHeaders:  cfg.LLMHeaders,
		MaxRetries:    cfg.LLMMaxRetries,
		Parallel:      cfg.LLMParallel,
		Fallback:      fallback,
		Analyzer:      fallback,
		Logger:        log,
	}
	if cfg.LLMMaxRetries == 0 {
		c.MaxRetries = -1 // 0 in the environment means no retries
	}
	if cfg.OpenAIAPIType == "azure" {
		c.APIVersion = cfg.OpenAIAPIVersion
		if !cfg.baseURLSet {
			c.BaseURL = "" // the OpenAI default is no Azure endpoint: New names the missing setting
		}
		if cfg.AzureDeployment != "" {
			c.AzureDeployments = map[string]string{cfg.Model: cfg.AzureDeployment}
		}
	}
	return c
}

// openaiSettings names the setting of each openai.Config field that comes
// from one.
var openaiSettings = map[string]string{ //nolint:gosec // setting names, not credentials
	"BaseURL":          "OPENAI_BASE_URL",
	"APIKey":           "OPENAI_API_KEY",
	"Model":            "BRIEFBOT_MODEL",
	"APIType":          "OPENAI_API_TYPE",
	"APIVersion":       "OPENAI_API_VERSION",
	"AzureDeployments": "AZURE_OPENAI_DEPLOYMENT",
	"Timeout":          "BRIEFBOT_LLM_TIMEOUT",
	"MaxTokens":        "BRIEFBOT_LLM_MAX_TOKENS",
	"Temperature":      "BRIEFBOT_LLM_TEMPERATURE",
	"ContextWindow":    "BRIEFBOT_LLM_CONTEXT_WINDOW",
	"ExtraHeaders":     "BRIEFBOT_LLM_HEADERS",
	"MaxRetries":       "BRIEFBOT_LLM_MAX_RETRIES",
	"Parallel":         "BRIEFBOT_LLM_PARALLEL",
}

// openaiFieldRE finds the openai.Config field names in an error's reason.
var openaiFieldRE = regexp.MustCompile(`\b(BaseURL|APIKey|Model|APIType|APIVersion|AzureDeployments|Timeout|MaxTokens|Temperature|ContextWindow|ExtraHeaders|MaxRetries|Parallel)\b`)

// openaiSettingError turns the OpenAI backend's refusal of its
// configuration, which names Config fields, into one line naming the
// settings: "setting OPENAI_API_KEY: …".
func openaiSettingError(cfg *Config, err error) error {
	var ce *openai.ConfigError
	if !errors.As(err, &ce) || openaiSettings[ce.Field] == "" {
		return fmt.Errorf("backend openai: %w", err)
	}
	if ce.Field == "APIKey" && cfg.OpenAIKey == "" && cfg.OpenAIAPIType != openai.APITypeAzure {
		where := "OPENAI_BASE_URL is " + cfg.OpenAIBaseURL + ", which needs a key"
		if !cfg.baseURLSet {
			where = "OPENAI_BASE_URL is not set, so the model is OpenAI's (" + cfg.OpenAIBaseURL + "), which needs a key"
		}
		return fmt.Errorf("setting OPENAI_API_KEY: %s: set OPENAI_API_KEY, or set OPENAI_BASE_URL to your own server (Ollama: http://localhost:11434/v1)", where)
	}
	reason := openaiFieldRE.ReplaceAllStringFunc(ce.Reason, func(f string) string { return openaiSettings[f] })
	return fmt.Errorf("setting %s: %s", openaiSettings[ce.Field], reason)
}

// modelCallLine is the one line that tells the operator running a command
// (brief, chat) why a call to the language model failed: the setting to
// check, the server's URL, and whether trying again can help. Chat users
// get the backend's own message, which names no setting.
func modelCallLine(cfg *Config, ce *openai.CallError, userMsg string) string {
	switch ce.Kind {
	case "endpoint_not_found":
		fix := "check it"
		if cfg.OpenAIAPIType != openai.APITypeAzure && !strings.HasSuffix(ce.BaseURL, "/v1") {
			fix = "OpenAI-compatible base URLs usually end in /v1 (try " + ce.BaseURL + "/v1)"
		}
		return fmt.Sprintf("setting OPENAI_BASE_URL: %s has no chat API (HTTP 404); %s. Trying again will not help.", ce.BaseURL, fix)
	case "network":
		return fmt.Sprintf("setting OPENAI_BASE_URL: nothing answered at %s (%s); check the URL and that the model server is running. Trying again helps only once it answers.", ce.BaseURL, netReason(ce))
	case "timeout":
		return fmt.Sprintf("The language model at %s did not answer within BRIEFBOT_LLM_TIMEOUT (%s). Trying again may help; so may a longer BRIEFBOT_LLM_TIMEOUT.", ce.BaseURL, cfg.LLMTimeout)
	case "not_found":
		return fmt.Sprintf("setting BRIEFBOT_MODEL: the server at %s has no model %q (for Ollama: ollama pull %s). Trying again will not help.", ce.BaseURL, ce.Model, ce.Model)
	case "auth":
		return fmt.Sprintf("setting OPENAI_API_KEY: the server at %s rejected the key (HTTP 401). Trying again will not help.", ce.BaseURL)
	case "forbidden":
		return fmt.Sprintf("setting OPENAI_API_KEY: the server at %s refused this key access to model %q (HTTP 403). Trying again will not help.", ce.BaseURL, ce.Model)
	case "quota":
		return fmt.Sprintf("setting OPENAI_API_KEY: the account at %s has no quota or credit left (HTTP %d). Trying again will not help until it has.", ce.BaseURL, ce.Status)
	case "rate_limit":
		return fmt.Sprintf("The language model at %s is rate-limited (HTTP 429). Trying again later may help.", ce.BaseURL)
	case "server":
		return fmt.Sprintf("The language model server at %s failed%s. Trying again later may help.", ce.BaseURL, httpStatus(ce.Status))
	}
	again := " Trying again will not help."
	if ce.Retry {
		again = " Trying again may help."
	}
	where := ce.BaseURL
	if ce.Status != 0 {
		where += fmt.Sprintf(", HTTP %d", ce.Status)
	}
	return fmt.Sprintf("%s (%s).%s", strings.TrimSuffix(userMsg, "."), where, again)
}

// httpStatus is " (HTTP n)", or "" without a status.
func httpStatus(status int) string {
	if status == 0 {
		return ""
	}
	return fmt.Sprintf(" (HTTP %d)", status)
}

// netReason says in a few words why no connection was made.
func netReason(ce *openai.CallError) string {
	var dns *net.DNSError
	switch {
	case errors.Is(ce, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(ce, &dns):
		return "its host name does not resolve"
	case errors.Is(ce, syscall.ECONNRESET):
		return "connection reset"
	}
	return "no connection"
}
