package ground

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

const text = "“China is one of the main victims of cyberattacks,” said Chinese Foreign Ministry spokesman Hong Lei, citing nearly 40,000  China-based\nwebsites.\n\nThe Virginia-based company further claimed that hackers stole data from more than 100 of its clients."

func TestContains(t *testing.T) {
	c := New(text)
	tests := []struct {
		ev   string
		want bool
	}{
		{`"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei`, true},
		{"nearly 40,000 China-based websites.", true},
		{"nearly 40,000 China-based\twebsites", true},
		{"China is one of the main victims of hacking", false},
		{"", false},
		{"   ", false},
		{"more than 100 of its clients.", true},
		{"more than 1000 of its clients.", false},
	}
	for _, tt := range tests {
		if got := c.Contains(tt.ev); got != tt.want {
			t.Errorf("Contains(%q) = %v, want %v", tt.ev, got, tt.want)
		}
	}
}

func TestSupported(t *testing.T) {
	ev := `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei, citing nearly 40,000 China-based websites.`
	tests := []struct {
		para    string
		want    bool
		missing string
	}{
		{"Says China is one of the main victims of cyberattacks.", true, ""},
		{"Says about 40000 China-based websites were attacked.", true, ""},
		{"Says 50,000 websites were attacked.", false, "50000"},
		{"Says the United States attacked China.", false, "United"},
		{"Denies that Chinese hackers were involved.", true, ""},
		{"Says China's websites were hit.", true, ""},
		{"Says China\u2019s websites were hit and \u201cI\u2019m\u201d nothing.", false, "I'm"},
	}
	for _, tt := range tests {
		ok, missing := Supported(tt.para, ev)
		if ok != tt.want || missing != tt.missing {
			t.Errorf("Supported(%q) = %v, %q; want %v, %q", tt.para, ok, missing, tt.want, tt.missing)
		}
	}
}

func TestSupportedNormalisesQuotes(t *testing.T) {
	if ok, missing := Supported("Says \u201cI\u2019m fine\u201d.", `"I'm fine," she said.`); !ok {
		t.Errorf("typographic apostrophe in the paraphrase: missing %q", missing)
	}
	// The bot quotes an evidence with guillemets inside its own quotation
	// marks, turning them into single ones.
	if ok, missing := Supported("Responde: \"Gil respondió. ‹Es irresponsable›.\"", "Gil respondió. «Es irresponsable»."); !ok {
		t.Errorf("single guillemets for double ones: missing %q", missing)
	}
}

func TestCheckDropsUngrounded(t *testing.T) {
	b := &bot.Briefing{
		Parties: []bot.Party{
			{Name: "China", Claims: []bot.Claim{
				{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei", Stance: bot.StanceAssert, Evidence: "“China is one of the main victims of cyberattacks,” said Chinese Foreign Ministry spokesman Hong Lei"},
				{Claim: "Says the US is the main attacker.", Speaker: "Hong Lei", Stance: bot.StanceAccuse, Evidence: "the US is the main attacker"},
				{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Xi Jinping", Stance: bot.StanceAssert, Evidence: "China is one of the main victims of cyberattacks"},
				{Claim: "Says China is one of the main victims of cyberattacks.", Speaker: "Hong Lei", Stance: "shouts", Evidence: "China is one of the main victims of cyberattacks"},
			}},
			{Name: "Ghost party", Claims: []bot.Claim{
				{Claim: "Says nothing.", Stance: bot.StanceOther, Evidence: "never written"},
			}},
		},
		Facts: []bot.Fact{
			{Text: "Hackers stole data from more than 100 clients.", Evidence: "hackers stole data from more than 100 of its clients"},
			{Text: "Hackers stole data from 500 clients.", Evidence: "hackers stole data from more than 100 of its clients"},
		},
	}
	n := New(text).Check(b)
	if n != 5 {
		t.Errorf("dropped %d, want 5", n)
	}
	if len(b.Parties) != 1 || len(b.Parties[0].Claims) != 1 {
		t.Fatalf("parties = %+v, want China with one claim", b.Parties)
	}
	if b.Stats.ClaimsDroppedUngrounded != 4 || b.Stats.FactsDroppedUngrounded != 1 || len(b.Facts) != 1 {
		t.Errorf("stats = %+v facts = %d", b.Stats, len(b.Facts))
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"  a\u00a0 b\n\nc ":        "a b c",
		"‘quoted’ “double” «guil»": `'quoted' "double" "guil"`,
		"‹single›":                 `'single'`,
		"wait…":                    "wait...",
		"":                         "",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNormalizeContains(f *testing.F) {
	f.Add(text, "Hong Lei")
	f.Add("a\u00a0b", "a b")
	f.Add("\xff\xfe", "\xff")
	f.Fuzz(func(t *testing.T, article, ev string) {
		n := Normalize(article)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize produced invalid UTF-8: %q", n)
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q", article)
		}
		c := New(article)
		if strings.TrimSpace(ev) != "" && strings.Contains(article, ev) && Normalize(ev) != "" && !c.Contains(ev) {
			// A verbatim substring may be cut mid-space run or mid-rune; only
			// whole-word substrings must be found.
			if strings.HasPrefix(ev, " ") || strings.HasSuffix(ev, " ") || !utf8.ValidString(ev) {
				return
			}
			if !strings.Contains(" "+article+" ", " "+ev+" ") {
				return
			}
			t.Fatalf("Contains(%q) false for a verbatim substring of %q", ev, article)
		}
		Supported(article, ev)
	})
}

// TestSupportedRefusesInventions covers ways a paraphrase could slip in
// words the evidence does not hold.
func TestSupportedRefusesInventions(t *testing.T) {
	ev := "He said the attacks came from abroad and hurt all of us, calling them \"cowardly\"."
	tests := []struct {
		para string
		want bool
	}{
		{"Says the attacks came from abroad.", true},
		{"Says the attacks were \"cowardly\".", true},
		{"Criticises the \"cowardly\" attacks.", true},
		{"Says the attacks came from abroad. Israel was responsible.", false},
		{"Says: Russia ordered the attacks.", false},
		{"Says the attacks were \"an act of war by rogue hackers\".", false},
		{"Says the attacks came from the US.", false},
		{"Israel says the attacks came from abroad.", false},
	}
	for _, tt := range tests {
		if ok, missing := Supported(tt.para, ev); ok != tt.want {
			t.Errorf("Supported(%q) = %v (missing %q), want %v", tt.para, ok, missing, tt.want)
		}
	}
}

func TestCheckNamesPartiesAndQuotesTheArticle(t *testing.T) {
	article := `The ministry said on Monday that the talks had failed. "We are disappointed," said spokesman Li Wei.`
	b := &bot.Briefing{
		Summary: `The ministry says the talks were "a total disaster".`,
		Parties: []bot.Party{
			{Name: "Mossad", Aliases: []string{"CIA", "the ministry"}, Claims: []bot.Claim{
				{Claim: "Says the talks had failed.", Stance: bot.StanceAssert, Evidence: "The ministry said on Monday that the talks had failed."},
			}},
			{Name: "Kremlin", Aliases: []string{"Putin"}, Claims: []bot.Claim{
				{Claim: "Says it is disappointed.", Speaker: "Li Wei", Stance: bot.StanceAssert, Evidence: `"We are disappointed," said spokesman Li Wei.`},
			}},
			{Name: "Ghost", Claims: []bot.Claim{
				{Claim: "Says the talks had failed.", Stance: bot.StanceAssert, Evidence: "the talks had failed"},
			}},
		},
		Notes: []string{`The outlet calls the talks a "failure".`, `The ministry says the talks had failed.`},
	}
	New(article).Check(b)
	if len(b.Parties) != 2 {
		t.Fatalf("parties = %+v, want two (the unnamed one dropped)", b.Parties)
	}
	if b.Parties[0].Name != "the ministry" || len(b.Parties[0].Aliases) != 1 {
		t.Errorf("party 1 = %q aliases %q, want renamed to the article's name and CIA dropped", b.Parties[0].Name, b.Parties[0].Aliases)
	}
	if b.Parties[1].Name != "Li Wei" {
		t.Errorf("party 2 = %q, want named after its speaker", b.Parties[1].Name)
	}
	if b.Stats.ClaimsDroppedUngrounded != 1 {
		t.Errorf("dropped = %d, want the unnamed party's claim counted", b.Stats.ClaimsDroppedUngrounded)
	}
	if len(b.Notes) != 1 || strings.Contains(b.Notes[0], "failure") {
		t.Errorf("notes = %q, want the invented quotation dropped", b.Notes)
	}
	if b.Summary != "" {
		t.Errorf("summary = %q, want it cleared: it quotes words the article does not have", b.Summary)
	}
}
