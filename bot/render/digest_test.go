package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

func sampleDigest() *bot.Digest {
	return &bot.Digest{
		Title: "Daily digest, Sat 28 Nov 2026",
		Items: []bot.DigestItem{
			{
				N: 1, Title: "Ministry and union trade accusations over strike", Site: "Example News",
				URL: "https://news.example.com/2026/11/28/strike", Published: "2026-11-28",
				Summary: "The ministry and the union disagree about why talks on the rail strike ended.",
				Parties: []string{"Transport ministry", "Rail union"},
			},
			{
				N: 2, Title: "Harbour *reopens* after [storm]", Site: "Harbour Gazette", Published: "2026-11-27",
				URL:     "https://gazette.example/harbour_(update)",
				Summary: "The port authority says ferries run again;\nfishers say repairs are slow <b>.",
				Parties: []string{"Port authority", "Fishers' association"},
			},
			{N: 3, Title: "A page with no date", URL: "javascript:alert(1)", Summary: "The council says the budget is balanced."},
		},
		Errors: []string{"Harbour Gazette: 4 more new items, left for the next digest.", "https://bad.example/feed: The feed answered 500 Internal Server Error."},
	}
}

func TestDigestGolden(t *testing.T) {
	golden(t, "digest.text.golden", []byte(DigestText(Words{}, sampleDigest(), 72)))
	golden(t, "digest.markdown.golden", []byte(DigestMarkdown(Words{}, sampleDigest())))
}

func TestDigestText(t *testing.T) {
	d := sampleDigest()
	out := DigestText(Words{}, d, 60)
	for _, want := range []string{
		"Daily digest, Sat 28 Nov 2026\n",
		"1. Ministry and union trade accusations over strike\n",
		"   Example News · 2026-11-28\n",
		"   Parties: Transport ministry, Rail union\n",
		"3. A page with no date\n",
		`Say "more 1" for the full briefing of item 1.`,
		"  • https://bad.example/feed: The feed answered 500",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DigestText lacks %q:\n%s", want, out)
		}
	}
	// An article's line break cannot break the layout.
	if strings.Contains(out, "ended;\nfishers") || strings.Contains(out, "again;\nfishers") {
		t.Errorf("summary line break kept:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if utf8.RuneCountInString(line) > 60 {
			t.Errorf("line over 60 columns: %q", line)
		}
	}
	empty := DigestText(Words{}, &bot.Digest{}, 80)
	if !strings.HasPrefix(empty, "Digest\n") || !strings.Contains(empty, "Nothing new.") || strings.Contains(empty, "more") {
		t.Errorf("empty digest:\n%s", empty)
	}
}

func TestDigestMarkdown(t *testing.T) {
	out := DigestMarkdown(Words{}, sampleDigest())
	for _, want := range []string{
		"## Daily digest, Sat 28 Nov 2026\n",
		"1. [**Ministry and union trade accusations over strike**](https://news.example.com/2026/11/28/strike) — *Example News · 2026-11-28*\n",
		`2. [**Harbour \*reopens\* after \[storm\]**](https://gazette.example/harbour_%28update%29)`,
		"&lt;b&gt;",
		"3. **A page with no date**\n", // a javascript: link is not linked
		"   - *Parties: Transport ministry, Rail union*\n",
		"- https://bad.example/feed: The feed answered 500 Internal Server Error.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DigestMarkdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "javascript:") {
		t.Errorf("unsafe link rendered:\n%s", out)
	}
}
