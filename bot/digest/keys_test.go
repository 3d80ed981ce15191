package digest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://News.Example.COM/a/b/", "https://news.example.com/a/b"},
		{"HTTPS://news.example.com/a/b#comments", "https://news.example.com/a/b"},
		{"https://news.example.com/a/b?utm_source=rss&utm_medium=feed&id=7", "https://news.example.com/a/b?id=7"},
		{"https://news.example.com/a?b=2&a=1&fbclid=XYZ&gclid=1&mc_cid=2&ref=home", "https://news.example.com/a?a=1&b=2"},
		{"https://news.example.com/a?UTM_Campaign=x", "https://news.example.com/a"},
		{"https://news.example.com:443/a", "https://news.example.com/a"},
		{"http://news.example.com:80/a", "http://news.example.com/a"},
		{"http://news.example.com:8080/a/", "http://news.example.com:8080/a"},
		{"https://user:pw@news.example.com/a", "https://news.example.com/a"},
		{"https://news.example.com/", "https://news.example.com"},
		{"https://news.example.com", "https://news.example.com"},
		{"https://news.example.com./a", "https://news.example.com/a"},
		{"https://news.example.com/Path/Case", "https://news.example.com/Path/Case"}, // paths are case-sensitive
		{"https://news.example.com/a%20b", "https://news.example.com/a%20b"},
		{"https://[2001:DB8::1]/a", "https://[2001:db8::1]/a"},
		{"  https://news.example.com/a  ", "https://news.example.com/a"},
		{"ftp://news.example.com/a", ""},
		{"/relative/path", ""},
		{"not a url", ""},
		{"", ""},
		{"https:///nohost", ""},
	}
	for _, tt := range tests {
		if got := NormalizeURL(tt.in); got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Two forms of one article share the key.
	if urlKey("https://Gazette.example/articles/ferry?utm_source=rss#top") != urlKey("https://gazette.example/articles/ferry/") {
		t.Error("the same article has two keys")
	}
	if got := keys("", "a", "b", "a", ""); strings.Join(got, ",") != "a,b" {
		t.Errorf("keys = %v", got)
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The ministry and the union disagree. The strike continues.", "The ministry and the union disagree."},
		{"Officials in the U.S. say talks resumed. More follows.", "Officials in the U.S. say talks resumed."},
		{"Mr. Smith says the plan works. Others disagree.", "Mr. Smith says the plan works."},
		{"A. Reporter writes that prices rose 3.5 percent. Next.", "A. Reporter writes that prices rose 3.5 percent."},
		{"Did the council vote? It says it did.", "Did the council vote?"},
		{`The union says "we never left." The ministry disagrees.`, `The union says "we never left."`},
		{"Costs rose approx. five percent in March. Next.", "Costs rose approx. five percent in March."},
		{"One sentence only", "One sentence only"},
		{"  Spaces\n and\tnewlines. Second.", "Spaces and newlines."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FirstSentence(tt.in, MaxSummaryRunes); got != tt.want {
			t.Errorf("FirstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("word ", 100) + "end."
	got := FirstSentence(long, 50)
	if utf8.RuneCountInString(got) > 50 || !strings.HasSuffix(got, "…") {
		t.Errorf("long sentence trimmed to %q", got)
	}
}

func TestItemFrom(t *testing.T) {
	a := &bot.Article{Title: "Page title", URL: "https://www.example.org/a", Text: "x"}
	b := &bot.Briefing{
		Summary: "The port authority says ferries run again. Fishers say repairs are slow.",
		Parties: []bot.Party{{Name: "Port authority"}, {Name: "Fishers"}, {Name: "C"}, {Name: "D"}, {Name: "E"}, {Name: "F"}, {Name: "G"}},
	}
	it := itemFrom(3, a, b)
	if it.N != 3 || it.Title != "Page title" || it.Site != "example.org" || it.URL != a.URL {
		t.Errorf("item = %+v", it)
	}
	if it.Summary != "The port authority says ferries run again." {
		t.Errorf("Summary = %q", it.Summary)
	}
	if len(it.Parties) != MaxParties+1 || it.Parties[MaxParties] != "others" {
		t.Errorf("Parties = %v", it.Parties)
	}
	b.Title, b.Source = "Briefing title", bot.Source{Site: "Example Org", Published: "2026-11-28"}
	if it := itemFrom(1, a, b); it.Title != "Briefing title" || it.Site != "Example Org" || it.Published != "2026-11-28" {
		t.Errorf("item = %+v", it)
	}
	if it := itemFrom(1, &bot.Article{}, &bot.Briefing{}); it.Title != "Untitled article" {
		t.Errorf("untitled item = %+v", it)
	}
}
