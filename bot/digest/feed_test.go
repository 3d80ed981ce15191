package digest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.ReplaceAll(string(data), "{{BASE}}", "https://feeds.example"))
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		file, title string
		links       []string // oldest first
		guids       []string
	}{
		{"rss.xml", "Harbour Gazette",
			[]string{
				"https://feeds.example/articles/ferry?utm_source=rss&utm_medium=feed",
				"https://feeds.example/articles/bridge",
				"https://feeds.example/articles/market",
				"https://feeds.example/articles/school", // relative in the feed
			},
			[]string{"gazette-ferry", "gazette-bridge", "gazette-market", "gazette-school"}},
		{"atom.xml", "Coastal Wire",
			[]string{
				"https://feeds.example/articles/ferry/#comments",
				"https://feeds.example/articles/lighthouse-gone",
				"https://feeds.example/articles/dredging",
			},
			[]string{"urn:briefbot:test:ferry", "urn:briefbot:test:lighthouse", "urn:briefbot:test:dredging"}},
		{"feed.json", "Island Notes",
			[]string{"https://feeds.example/mirror/market", "https://feeds.example/articles/library", ""},
			[]string{"notes-market-mirror", "notes-library", "notes-tide"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := parseFeed(fixture(t, tt.file), "https://feeds.example/feeds/"+tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title {
				t.Errorf("Title = %q, want %q", f.Title, tt.title)
			}
			if len(f.Entries) != len(tt.links) {
				t.Fatalf("%d entries, want %d", len(f.Entries), len(tt.links))
			}
			for i, e := range f.Entries {
				if e.Link != tt.links[i] || e.GUID != tt.guids[i] {
					t.Errorf("entry %d = %q %q, want %q %q", i, e.Link, e.GUID, tt.links[i], tt.guids[i])
				}
				if e.Title == "" || e.Published.IsZero() {
					t.Errorf("entry %d lacks title or date: %+v", i, e)
				}
				if i > 0 && e.Published.Before(f.Entries[i-1].Published) {
					t.Errorf("entry %d is older than entry %d", i, i-1)
				}
			}
		})
	}
	// Atom's HTML content becomes paragraphs of text, without the script.
	f, _ := parseFeed(fixture(t, "atom.xml"), "https://feeds.example/feeds/atom.xml")
	text := htmlText(f.Entries[1].Content)
	if strings.Contains(text, "<p>") || strings.Contains(text, "track()") || strings.Count(text, "\n\n") != 4 {
		t.Errorf("content text:\n%s", text)
	}
	if !strings.HasPrefix(text, "The museum trust said on Thursday") || wordCount(text) < DefaultFullContentWords {
		t.Errorf("content text has %d words: %.80q", wordCount(text), text)
	}
}

func TestParseFeedUndated(t *testing.T) {
	body := `<rss version="2.0"><channel><title>T</title>
<item><title>newest</title><link>https://a.example/3</link></item>
<item><title>middle</title><link>https://a.example/2</link></item>
<item><title>oldest</title><link>javascript:alert(1)</link><guid>old</guid></item>
</channel></rss>`
	f, err := parseFeed([]byte(body), "https://a.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range f.Entries {
		got = append(got, e.Title+"="+e.Link)
	}
	// Without dates the feed's order is taken as newest first; a
	// javascript: link is dropped.
	if strings.Join(got, " ") != "oldest= middle=https://a.example/2 newest=https://a.example/3" {
		t.Errorf("entries = %v", got)
	}
}

func TestParseFeedNotAFeed(t *testing.T) {
	for _, body := range []string{
		"", "   ", "<!DOCTYPE html><html><body><p>A page</p></body></html>", `{"not": "a feed"}`,
		"plain text", "<rss><channel><item><title>unclosed", "\x00\x01\x02",
	} {
		_, err := parseFeed([]byte(body), "https://a.example/feed")
		if err == nil {
			continue // gofeed is lenient with some broken XML; it must not panic
		}
		if bot.ErrorCode(err) != bot.EUnsupported || bot.ErrorMessage(err) != "That link is not a feed (RSS, Atom or JSON Feed)." {
			t.Errorf("parseFeed(%q) error = %v (%q)", body, err, bot.ErrorMessage(err))
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain   text\n\nsecond", "plain text\n\nsecond"},
		{"<p>One &amp; two</p><p>Three<br>four</p>", "One & two\n\nThree\n\nfour"},
		{"<div><script>x()</script><style>p{}</style>Kept</div>", "Kept"},
		{"<p>unclosed <b>bold", "unclosed bold"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := htmlText(tt.in); got != tt.want {
			t.Errorf("htmlText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"::"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		pf, err := parseFeed(body, "https://feeds.example/feed")
		if err != nil {
			return
		}
		for _, e := range pf.Entries {
			if e.Link != "" && NormalizeURL(e.Link) == "" {
				t.Fatalf("entry link %q is not an absolute http(s) link", e.Link)
			}
			_ = htmlText(e.Content)
		}
	})
}
