package main

import (
	"bytes"
	"context"
	"runtime/debug"
	"strings"
	"testing"
)

// TestCommandHelp checks that each command's --help says what it does,
// its settings (each a real setting) and an example, and exits 0.
func TestCommandHelp(t *testing.T) {
	known := map[string]bool{}
	for _, s := range settings {
		known[s.name] = true
	}
	for name, h := range helps {
		t.Run(name, func(t *testing.T) {
			for _, s := range h.settings {
				if !known[s] {
					t.Errorf("help lists %s, which is not a setting", s)
				}
			}
			var out bytes.Buffer
			m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}
			args := []string{name, "--help"}
			if name == "version" {
				args = []string{"help", "version"}
			}
			if code := m.Run(context.Background(), args); code != exitOK {
				t.Fatalf("briefbot %s = exit %d:\n%s", strings.Join(args, " "), code, out.String())
			}
			text := out.String()
			if !strings.Contains(h.example, "briefbot "+name) {
				t.Errorf("the example of %s does not run it: %q", name, h.example)
			}
			for _, want := range append([]string{"Usage: briefbot " + name, h.about, "Example:\n  " + h.example}, h.settings...) {
				if !strings.Contains(text, want) {
					t.Errorf("help of %s lacks %q:\n%s", name, want, text)
				}
			}
			if strings.Contains(text, "Usage of ") {
				t.Errorf("help of %s is the flag package's default:\n%s", name, text)
			}
		})
	}
}

func TestVersionText(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/briefbot/briefbot", Version: "v1.2.3"},
		Settings: []debug.BuildSetting{{Key: "-tags", Value: "goolm"}, {Key: "vcs.revision", Value: "cf27d53abc"},
			{Key: "vcs.time", Value: "2026-12-03T15:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	got := versionText(bi, true)
	for _, want := range []string{"briefbot v1.2.3", "cf27d53abc (with uncommitted changes)", "2026-12-03T15:00:00Z", "go1.26.8", "build tags: goolm", "matrix end-to-end encryption: "} {
		if !strings.Contains(got, want) {
			t.Errorf("version lacks %q:\n%s", want, got)
		}
	}
	if got := versionText(nil, false); !strings.Contains(got, "not available") {
		t.Errorf("version without build info = %q", got)
	}
	// The real binary's build info is read.
	var out bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}
	if code := m.Run(context.Background(), []string{"version"}); code != exitOK || !strings.Contains(out.String(), "go:         go1.") {
		t.Errorf("briefbot version = %d:\n%s", code, out.String())
	}
}
