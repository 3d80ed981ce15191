package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

var sample = &bot.Briefing{
	Title:   "China rejects US report blaming it for cyber espionage",
	Source:  bot.Source{Site: "Press TV", Published: "2013-02-20"},
	Summary: "China denies accusations that its military runs hacking groups; Mandiant says it traced hacking groups to a Shanghai building.",
	Parties: []bot.Party{
		{Name: "China (Foreign Ministry)", Aliases: []string{"China (Foreign Ministry)", "Hong Lei", "Beijing"}, Claims: []bot.Claim{
			{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei, Foreign Ministry spokesman", Stance: bot.StanceAssert,
				Evidence: `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei`},
		}},
		{Name: "Mandiant <script>", Aliases: []string{"the Virginia-based company"}, Claims: []bot.Claim{
			{Claim: "Says *members* of [hacking groups] work from a Shanghai building.", Speaker: "Mandiant", Stance: bot.StanceAccuse,
				Evidence: `Mandiant claimed that it has tracked "individual members of the most sophisticated of the Chinese hacking groups" to a Shanghai office building`},
		}},
	},
	Facts:   []bot.Fact{{Text: "Mandiant released a 60-page report.", Evidence: "In its 60-page report"}},
	Notes:   []string{`The outlet's own text calls Israel's government a "regime"; this briefing does not adopt that wording.`},
	Backend: "offline",
}

func TestGolden(t *testing.T) {
	for _, f := range []string{FormatText, FormatMarkdown, FormatJSON} {
		var buf bytes.Buffer
		if err := Briefing(&buf, f, BriefingWords("", sample), sample); err != nil {
			t.Fatal(err)
		}
		golden(t, "sample."+f+".golden", buf.Bytes())
	}
	golden(t, "answer.text.golden", []byte(Answer(Words{}, &bot.Answer{
		Text:   "The article attributes this to Mandiant:",
		Quotes: []bot.Quote{{Sentence: 12, Text: "In its 60-page report, Mandiant claimed that it has tracked hackers to a Shanghai office building.", Speaker: "Mandiant"}},
	}, 60)))
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, &bot.Briefing{Backend: "offline"}); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "source", "summary", "parties", "facts", "notes", "backend", "stats"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks contract field %q", k)
		}
	}
	for _, k := range []string{"parties", "facts", "notes"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s = %v, want a list (never null)", k, m[k])
		}
	}
	src := m["source"].(map[string]any)
	for _, k := range []string{"url", "site", "byline", "published"} {
		if _, ok := src[k]; !ok {
			t.Errorf("source lacks %q", k)
		}
	}
	if _, ok := m["stats"].(map[string]any)["claims_dropped_ungrounded"]; !ok {
		t.Error("stats lacks claims_dropped_ungrounded")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	md := Markdown(Words{}, sample)
	if strings.Contains(md, "<script>") || strings.Contains(md, "*members*") {
		t.Errorf("article-derived text not escaped:\n%s", md)
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Briefing(&bytes.Buffer{}, "yaml", Words{}, sample); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestWrap(t *testing.T) {
	got := wrap("aaa bbb ccc ddd", 9, "- ", "  ")
	if got != "- aaa bbb\n  ccc ddd\n" {
		t.Errorf("wrap = %q", got)
	}
}
