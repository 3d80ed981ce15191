package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

const storyDir = "../../bot/story/testdata/port-strike"

// TestBriefStory: several SOURCEs make one story briefing: files and
// links together, one that fails named in a note, every evidence in the
// source it names.
func TestBriefStory(t *testing.T) {
	texts := map[string]string{}
	for _, f := range []string{"s1-wire-en.txt", "s2-daily-en.txt", "s3-patriot-en.txt"} {
		data, err := os.ReadFile(filepath.Join(storyDir, f))
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(data)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ledger" {
			http.NotFound(w, r)
			return
		}
		title, body, _ := strings.Cut(texts["s2-daily-en.txt"], "\n")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>%s</title><meta property='og:site_name' content='The Lindholt Ledger'></head><body><article><h1>%s</h1><p>%s</p></article></body></html>",
			title, title, strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p><p>"))
	}))
	defer srv.Close()

	code, out, stderr := run(t, nil, texts["s3-patriot-en.txt"], "brief", "--format", "json", "--allow-private-hosts",
		filepath.Join(storyDir, "s1-wire-en.txt"), srv.URL+"/ledger", "-", srv.URL+"/gone")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var b bot.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("not briefing JSON: %v\n%s", err, out)
	}
	if len(b.Sources) != 3 || b.Sources[1].Site != "The Lindholt Ledger" || b.Sources[2].ID != "s3" {
		t.Fatalf("sources = %+v, want s1 (file), s2 (the Ledger's link), s3 (stdin)", b.Sources)
	}
	if !slices.ContainsFunc(b.Notes, func(n string) bool { return strings.Contains(n, "/gone") && strings.Contains(n, "404") }) {
		t.Errorf("notes %q do not name the link that failed", b.Notes)
	}
	// Evidence is checked against the text each source's article has.
	inSource := map[string]*ground.Checker{"s1": ground.New(texts["s1-wire-en.txt"]), "s2": ground.New(texts["s2-daily-en.txt"]), "s3": ground.New(texts["s3-patriot-en.txt"])}
	shared := 0
	for _, p := range b.Parties {
		for _, c := range p.Claims {
			if !inSource[c.Source].Contains(c.Evidence) {
				t.Errorf("%s: %q is not in %s", p.Name, c.Evidence, c.Source)
			}
			for _, r := range c.AlsoIn {
				shared++
				if !inSource[r.Source].Contains(r.Evidence) {
					t.Errorf("%s: %q is not in %s", p.Name, r.Evidence, r.Source)
				}
			}
		}
	}
	if shared == 0 {
		t.Error("no statement is shown as reported by several sources")
	}
	if len(b.Coverage) != 3 || !slices.Contains(b.Coverage[2].Loaded, "regime") {
		t.Errorf("coverage = %+v, want s3's own loaded words", b.Coverage)
	}

	// Text shows the sources, each claim's and the coverage.
	code, out, stderr = run(t, nil, "", "brief", filepath.Join(storyDir, "s1-wire-en.txt"), filepath.Join(storyDir, "s3-patriot-en.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Sources", "s1 · also in s2", "[s2] ", "Coverage by source", `its own wording: "regime"`} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
}
