package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// A small corpus written for this test, in PolNeAR's layout and brat
// standoff format. Offsets count code points: "Pérez" makes byte and
// code point offsets differ.
const (
	text1 = `Pérez said the plan would fail. The mayor's office denied it, a spokesman said. "It works," he added.`
	// Attributions: Pérez said …; a spokesman said (no name: skipped);
	// he added (no name: skipped); one relation without a source.
	ann1 = "T1\tSource 0 5\tPérez\n" +
		"T2\tCue 6 10\tsaid\n" +
		"T3\tContent 11 30\tthe plan would fail\n" +
		"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n" +
		"T5\tSource 63 74\ta spokesman\n" +
		"T6\tContent 32 61\tThe mayor's office denied it\n" +
		"E2\tAttribution:T7 Source:T5 Content:T6\n" +
		"T8\tContent 81 89\tIt works\n" +
		"E3\tAttribution:T9 Content:T8\n"
	ann1b = "T1\tSource 0 5\tPérez\nT3\tContent 11 30\tthe plan would fail\nE1\tAttribution:T4 Source:T1 Content:T3\n"
	text2 = `Senator Jane Holt said on Monday that the bill was dead. Critics disagreed.`
	ann2  = "T1\tSource 0 16\tSenator Jane Holt\nT2\tContent 33 55\tthat the bill was dead\nE1\tAttribution:T3 Source:T1 Content:T2\n"
)

func writeCorpus(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"data/dev/text/a_1.txt":               text1,
		"data/dev/attributions/a_1_ann1.ann":  ann1,
		"data/dev/attributions/a_1_ann2.ann":  ann1b, // a second annotator: not read
		"data/dev/text/b_2.txt":               text2,
		"data/dev/attributions/b_2_ann1.ann":  ann2,
		"data/test/text/c_3.txt":              text2,
		"data/test/attributions/c_3_ann1.ann": ann2,
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestLoad(t *testing.T) {
	root := writeCorpus(t)
	for _, dir := range []string{root, filepath.Join(root, "data")} {
		docs, err := Load(dir, "dev")
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 2 || docs[0].Name != "a_1" || docs[1].Name != "b_2" {
			t.Fatalf("docs %+v", docs)
		}
		a := docs[0].Attributions
		if len(a) != 1 || a[0].Source != "Pérez" || a[0].ContentText != "the plan would fail" || a[0].Cue != "said" ||
			strings.Join(a[0].Names, ",") != "Pérez" {
			t.Errorf("attributions of a_1: %+v", a)
		}
		b := docs[1].Attributions
		if len(b) != 1 || strings.Join(b[0].Names, ",") != "Jane,Holt" || b[0].ContentText != "that the bill was dead" {
			t.Errorf("attributions of b_2: %+v", b)
		}
	}
	if _, err := Load(root, "validation"); err == nil {
		t.Error("an unknown split loaded")
	}
	if _, err := Load(t.TempDir(), "dev"); err == nil {
		t.Error("an empty directory loaded")
	}
	// A span outside the text is an error naming the file.
	bad := writeCorpus(t)
	if err := os.WriteFile(filepath.Join(bad, "data/dev/attributions/b_2_ann1.ann"), []byte("T1\tSource 0 999\tX\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad, "dev"); err == nil || !strings.Contains(err.Error(), "b_2_ann1.ann") {
		t.Errorf("bad span: %v", err)
	}
}

func TestNameWords(t *testing.T) {
	for s, want := range map[string]string{
		"Senator Jane Holt":               "Jane,Holt",
		"Donald Trump's campaign manager": "Donald,Trump",
		"The White House":                 "White,House",
		"he":                              "",
		"Republicans":                     "",
	} {
		if got := strings.Join(NameWords(s), ","); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func TestScore(t *testing.T) {
	docs, err := Load(writeCorpus(t), "dev")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[1] // Jane Holt said that the bill was dead.
	ev := "Senator Jane Holt said on Monday that the bill was dead."
	for _, tc := range []struct {
		name         string
		parties      []bot.Party
		found, wrong int
	}{
		{"right speaker", []bot.Party{{Name: "Jane Holt", Claims: []bot.Claim{{Evidence: ev}}}}, 1, 0},
		{"right by alias", []bot.Party{{Name: "Senate Democrats", Aliases: []string{"Holt"}, Claims: []bot.Claim{{Evidence: ev}}}}, 1, 0},
		{"wrong speaker", []bot.Party{{Name: "Critics", Claims: []bot.Claim{{Evidence: ev}}}}, 1, 1},
		{"one wrong claim among right ones counts", []bot.Party{
			{Name: "Jane Holt", Claims: []bot.Claim{{Evidence: ev}}},
			{Name: "Critics", Claims: []bot.Claim{{Evidence: ev}}}}, 1, 1},
		{"evidence elsewhere", []bot.Party{{Name: "Critics", Claims: []bot.Claim{{Evidence: "Critics disagreed."}}}}, 0, 0},
		{"evidence not in the article", []bot.Party{{Name: "Jane Holt", Claims: []bot.Claim{{Evidence: "Holt said nothing."}}}}, 0, 0},
	} {
		c, wrong := Score(d, &bot.Briefing{Parties: tc.parties})
		if c.Found != tc.found || c.WrongSpeaker != tc.wrong || c.Attributions != 1 {
			t.Errorf("%s: %+v", tc.name, c)
		}
		if len(wrong) != c.WrongSpeaker+(c.Attributions-c.Found) {
			t.Errorf("%s: %d details for %+v", tc.name, len(wrong), c)
		}
	}
	var total Counts
	total.Add(Counts{Articles: 1, Attributions: 4, Found: 2, WrongSpeaker: 1})
	total.Add(Counts{Articles: 1, Attributions: 4, Found: 2})
	if total.FoundRate() != 0.5 || total.WrongRate() != 0.25 || (Counts{}).WrongRate() != 0 {
		t.Errorf("rates of %+v", total)
	}
}
