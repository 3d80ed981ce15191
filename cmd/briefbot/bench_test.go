package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/render"
)

func benchConfig(b *testing.B) *Config {
	b.Helper()
	cfg, err := LoadConfig(func(string) string { return "" }, "")
	if err != nil {
		b.Fatal(err)
	}
	return cfg
}

// BenchmarkStartup measures what `briefbot brief` does before reading the
// article: configuration, the offline backend, the fetcher and the engine.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		if _, err := newApp(benchConfig(b), slog.New(slog.DiscardHandler), nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipelineSeed measures the whole brief pipeline after start-up:
// read and validate the seed file, brief it offline, check the grounding,
// render JSON. The cache is bypassed (a new app each round would measure
// start-up too), by briefing through the engine's uncached path.
func BenchmarkPipelineSeed(b *testing.B) {
	a, err := newApp(benchConfig(b), slog.New(slog.DiscardHandler), nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		art, err := a.load(ctx, seedPath, strings.NewReader(""))
		if err != nil {
			b.Fatal(err)
		}
		br, err := a.backend.Brief(ctx, art)
		if err != nil {
			b.Fatal(err)
		}
		a.engine.Ground(art.Text, br)
		if err := render.JSON(io.Discard, br); err != nil {
			b.Fatal(err)
		}
	}
}
