package main

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
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

var update = flag.Bool("update", false, "rewrite the generated blocks of the README and docs/")

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

// TestREADMEConfigTable keeps the configuration table (docs/) in step with
// the settings the program reads.
func TestREADMEConfigTable(t *testing.T) {
	docBlock(t, "docs/configuration.md", "config", configTable())
}

// docBlock checks (or with -update rewrites) the block between
// <!-- name:begin --> and <!-- name:end --> of file (a path from the
// repository's root) against want.
func docBlock(t *testing.T, file, name, want string) {
	t.Helper()
	path := filepath.Join("..", "..", filepath.FromSlash(file))
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	begin, end := "<!-- "+name+":begin -->\n", "<!-- "+name+":end -->"
	i, j := strings.Index(string(readme), begin), strings.Index(string(readme), end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %q … %q markers", file, begin, end)
	}
	next := string(readme[:i+len(begin)]) + want + string(readme[j:])
	if *update {
		if err := os.WriteFile(path, []byte(next), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(readme) != next {
		t.Errorf("%s: the %s block is out of date: run go test ./cmd/briefbot -run TestREADME -update", file, name)
	}
}

// TestREADMESample keeps the sample briefings the real output of the
// quick-start command: in full in docs/briefing.md, its start in the
// README.
func TestREADMESample(t *testing.T) {
	code, out, stderr := run(t, nil, "", "brief", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	const cmd = "```text\n$ go run ./cmd/briefbot brief examples/china-denies-hacking-2013.txt\n"
	docBlock(t, "docs/briefing.md", "sample", cmd+out+"```\n")
	lines := strings.SplitAfter(out, "\n")
	docBlock(t, "README.md", "sample-short", cmd+strings.Join(lines[:min(readmeSampleLines, len(lines))], "")+"…\n```\n")
}

// readmeSampleLines is how much of the sample the README shows.
const readmeSampleLines = 32

// TestREADMEEval keeps the README's evaluation figures the real output of
// briefbot eval on the offline backend.
func TestREADMEEval(t *testing.T) {
	r := evalAll()
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	docBlock(t, "docs/evaluation.md", "eval", "```text\n$ go run ./cmd/briefbot eval\n"+r.stdout+"```\n")
}

// exampleConfig renders examples/briefbot.yaml: every setting with its
// meaning and default, commented out (a value in the file overrides the
// environment, so only what is uncommented should).
func exampleConfig() string {
	var b strings.Builder
	b.WriteString("# Every Briefbot setting, with its meaning and default. Copy this file,\n" +
		"# uncomment (remove the \"#> \") and fill in what you need, and run\n" +
		"#   briefbot serve --config briefbot.yaml\n" +
		"# Keys are the environment variables' names in lower case; a setting in the\n" +
		"# file overrides the environment. Generated from the code:\n" +
		"#   go test ./cmd/briefbot -run TestExampleConfig -update\n")
	for _, s := range settings {
		b.WriteString("\n")
		for _, line := range wrap(s.doc, 76) {
			b.WriteString("# " + line + "\n")
		}
		b.WriteString(exampleLinePrefix + strings.ToLower(s.name) + ": " + strconv.Quote(s.def) + "\n")
	}
	return b.String()
}

// exampleLinePrefix starts each commented-out setting of the example.
const exampleLinePrefix = "#> "

// wrap splits s into lines of at most width bytes, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// TestExampleConfig keeps examples/briefbot.yaml listing every setting
// with its default, and loads it: the defaults it sets are valid.
func TestExampleConfig(t *testing.T) {
	const path = "../../examples/briefbot.yaml"
	want := exampleConfig()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil { //nolint:gosec // a file in the repository
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date: run go test ./cmd/briefbot -run TestExampleConfig -update", path)
	}
	// Uncommented, the settings that have a default load, and set what
	// the defaults set.
	var on strings.Builder
	for _, line := range strings.Split(string(got), "\n") {
		if k, ok := strings.CutPrefix(line, exampleLinePrefix); ok && !strings.HasSuffix(k, `: ""`) {
			on.WriteString(k + "\n")
		}
	}
	uncommented := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(uncommented, []byte(on.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(func(string) string { return "" }, uncommented)
	if err != nil {
		t.Fatalf("LoadConfig(%s uncommented): %v", path, err)
	}
	def, err := LoadConfig(func(string) string { return "" }, "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, def) {
		t.Errorf("the example's values differ from the defaults:\n%+v\n%+v", c, def)
	}
}
