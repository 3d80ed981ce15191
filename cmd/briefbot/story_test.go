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

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
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

// TestBriefStoryOpenAI: a story briefing with the model backend, over
// real HTTP: one model call per source and none to merge, every claim
// grounded in its own source's sentences (a claim filed under the wrong
// speaker is moved to the one its sentence names, never shown under the
// model's), and the same sources briefed again cost no call.
func TestBriefStoryOpenAI(t *testing.T) {
	files := []string{"s1-wire-en.txt", "s2-daily-en.txt", "s3-patriot-en.txt"}
	// The sentence of each source that holds a quote, as the backend
	// numbers them.
	sentence := func(f, quote string) int {
		data, err := os.ReadFile(filepath.Join(storyDir, f))
		if err != nil {
			t.Fatal(err)
		}
		a, err := bot.NewArticle(data, bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range doc.Parse(a.Text).Sentences {
			if strings.Contains(s.Text, quote) {
				return s.N
			}
		}
		t.Fatalf("%s has no sentence holding %q", f, quote)
		return 0
	}
	batons := map[string]int{}
	for _, f := range []string{"s1-wire-en.txt", "s3-patriot-en.txt"} {
		batons[f] = sentence(f, "The government has chosen batons over bargaining")
	}
	grant := sentence("s2-daily-en.txt", "hardship grant of 2,000 marks")
	srv := openaitest.New(t)
	srv.Handle(func(r *openaitest.Request) openaitest.Response {
		user := r.Chat.Last("user")
		claims := ""
		switch {
		case strings.Contains(user, "Meridian Press"):
			claims = fmt.Sprintf(`{"name": "Teodor Malesh", "aliases": ["Malesh"], "claims": [
				{"claim": "Says the government has chosen batons over bargaining.", "speaker": "Teodor Malesh", "stance": "accuse", "sentences": [%d]}]}`, batons["s1-wire-en.txt"])
		case strings.Contains(user, "Veskarian Patriot") || strings.Contains(user, "so-called"):
			claims = fmt.Sprintf(`{"name": "Teodor Malesh", "aliases": ["Malesh"], "claims": [
				{"claim": "Says the government has chosen batons over bargaining.", "speaker": "Teodor Malesh", "stance": "accuse", "sentences": [%d]}]}`, batons["s3-patriot-en.txt"])
		default:
			// The grant sentence is Kessel's: filed under Malesh it is
			// dropped by the speaker check, under Kessel it is kept.
			claims = fmt.Sprintf(`{"name": "Radomir Kessel", "aliases": ["Kessel"], "claims": [
				{"claim": "Says dockworkers who return by Friday get 2,000 marks.", "speaker": "Kessel", "stance": "assert", "sentences": [%d]}]},
				{"name": "Teodor Malesh", "aliases": ["Malesh"], "claims": [
				{"claim": "Offers a hardship grant.", "speaker": "Teodor Malesh", "stance": "assert", "sentences": [%d]}]}`, grant, grant)
		}
		return openaitest.Reply(`{"title": "Dock strike", "summary": "Police cleared a blockade at Port Sarrow.", "parties": [` + claims + `], "facts": [], "notes": []}`)
	})
	env := openaiEnv(srv.URL)
	env["BRIEFBOT_DATA_DIR"] = t.TempDir()
	args := []string{"brief", "--format", "json"}
	for _, f := range files {
		args = append(args, filepath.Join(storyDir, f))
	}
	code, out, stderr := run(t, env, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := len(srv.Requests()); n != len(files) {
		t.Errorf("%d model calls for %d sources, want one each and none to merge", n, len(files))
	}
	var b bot.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Sources) != 3 || !strings.HasPrefix(b.Backend, "openai/test-model") {
		t.Fatalf("sources %+v backend %q", b.Sources, b.Backend)
	}
	var malesh, kessel *bot.Party
	for i := range b.Parties {
		switch b.Parties[i].Name {
		case "Teodor Malesh":
			malesh = &b.Parties[i]
		case "Radomir Kessel":
			kessel = &b.Parties[i]
		}
	}
	if malesh == nil || len(malesh.Claims) != 1 || malesh.Claims[0].Source != "s1" || len(malesh.Claims[0].AlsoIn) != 1 || malesh.Claims[0].AlsoIn[0].Source != "s3" {
		t.Errorf("Malesh = %+v, want his one statement from s1, also in s3 (and not the grant)", malesh)
	}
	// The grant filed under Malesh is moved to Kessel, whose sentence it
	// is (the speaker check), or dropped.
	if kessel == nil || len(kessel.Claims) == 0 {
		t.Fatalf("Kessel = %+v, want the grant from s2", kessel)
	}
	for _, c := range kessel.Claims {
		if c.Source != "s2" || !strings.Contains(c.Evidence, "hardship grant") {
			t.Errorf("Kessel's claim %+v, want the grant from s2 with its sentence as evidence", c)
		}
	}
	// Again, on the same data directory: every source from the cache.
	before := len(srv.Requests())
	if code, _, stderr := run(t, env, "", args...); code != 0 {
		t.Fatalf("again: exit %d: %s", code, stderr)
	}
	if n := len(srv.Requests()) - before; n != 0 {
		t.Errorf("briefing the same sources again made %d model calls, want none", n)
	}
}
