package main

import (
	"fmt"
	"log/slog"

	"github.com/briefbot/briefbot/adapters/openai"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
)

// newBackend builds the configured backend. Adding a provider is one
// package and one case here.
func newBackend(cfg *Config, log *slog.Logger) (bot.Backend, error) {
	briefer := offline.NewWith(offline.Options{Language: cfg.Language})
	off := bot.Combine(briefer.ID(), briefer, &qa.Answerer{Language: cfg.Language})
	switch cfg.Backend {
	case "offline", "":
		return off, nil
	case "openai":
		b, err := openai.New(openaiConfig(cfg, briefer, log))
		if err != nil {
			return nil, fmt.Errorf("backend openai: %w", err)
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
