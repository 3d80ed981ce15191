package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadConfigDefaults(t *testing.T) {
	c, err := LoadConfig(func(string) string { return "" }, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Backend != "offline" || c.HTTPAddr != "127.0.0.1:8080" || c.DataDir != "./data" || c.MaxWords != 100000 || c.LLMTimeout != 90*time.Second {
		t.Errorf("defaults = %+v", c)
	}
	if c.AllowPrivateHosts {
		t.Error("private hosts allowed by default")
	}
}

func TestLoadConfigErrorsNameTheSetting(t *testing.T) {
	tests := map[string]string{
		"BRIEFBOT_BACKEND":             "gpt",
		"BRIEFBOT_MAX_WORDS":           "lots",
		"BRIEFBOT_LLM_TIMEOUT":         "soon",
		"BRIEFBOT_LLM_TEMPERATURE":     "7",
		"BRIEFBOT_LLM_HEADERS":         "novalue",
		"BRIEFBOT_ALLOW_PRIVATE_HOSTS": "maybe",
		"OPENAI_API_TYPE":              "google",
		"BRIEFBOT_LOG_LEVEL":           "loud",
	}
	for name, val := range tests {
		_, err := LoadConfig(func(k string) string {
			if k == name {
				return val
			}
			return ""
		}, "")
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: err = %v, want it named", name, val, err)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line", name)
		}
	}
}

func TestLoadConfigFileOverridesEnv(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte("briefbot_max_words: 500\nbriefbot_llm_headers: \"X-Title=Briefbot\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(func(k string) string {
		return map[string]string{"BRIEFBOT_MAX_WORDS": "900", "OPENAI_API_KEY": "sk-test"}[k]
	}, path)
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxWords != 500 || c.OpenAIKey != "sk-test" || c.LLMHeaders["X-Title"] != "Briefbot" {
		t.Errorf("config = %+v", c)
	}
	if err := os.WriteFile(path, []byte("briefbot_colour: blue\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(func(string) string { return "" }, path); err == nil || !strings.Contains(err.Error(), "briefbot_colour") {
		t.Errorf("unknown key: err = %v", err)
	}
}

var update = flag.Bool("update", false, "rewrite the README's configuration table")

// configTable renders the README's configuration table from settings.
func configTable() string {
	var b strings.Builder
	b.WriteString("| Setting | Default | Meaning |\n|---|---|---|\n")
	for _, s := range settings {
		def := s.def
		if def != "" {
			def = "`" + def + "`"
		}
		b.WriteString("| `" + s.name + "` | " + def + " | " + s.doc + " |\n")
	}
	return b.String()
}

// TestREADMEConfigTable keeps the README's configuration table in step with
// the settings the program reads.
func TestREADMEConfigTable(t *testing.T) {
	readmeBlock(t, "config", configTable())
}

// readmeBlock checks (or with -update rewrites) the README's block between
// <!-- name:begin --> and <!-- name:end --> against want.
func readmeBlock(t *testing.T, name, want string) {
	t.Helper()
	const path = "../../README.md"
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	begin, end := "<!-- "+name+":begin -->\n", "<!-- "+name+":end -->"
	i, j := strings.Index(string(readme), begin), strings.Index(string(readme), end)
	if i < 0 || j < i {
		t.Fatalf("README lacks the %q … %q markers", begin, end)
	}
	next := string(readme[:i+len(begin)]) + want + string(readme[j:])
	if *update {
		if err := os.WriteFile(path, []byte(next), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(readme) != next {
		t.Errorf("README %s block is out of date: run go test ./cmd/briefbot -run TestREADME -update", name)
	}
}

// TestREADMESample keeps the README's sample briefing the real output of
// the quick-start command.
func TestREADMESample(t *testing.T) {
	code, out, stderr := run(t, nil, "", "brief", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	readmeBlock(t, "sample", "```text\n$ go run ./cmd/briefbot brief examples/china-denies-hacking-2013.txt\n"+out+"```\n")
}

// TestREADMEEval keeps the README's evaluation figures the real output of
// briefbot eval on the offline backend.
func TestREADMEEval(t *testing.T) {
	code, out, stderr := run(t, nil, "", "eval")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	readmeBlock(t, "eval", "```text\n$ go run ./cmd/briefbot eval\n"+out+"```\n")
}
