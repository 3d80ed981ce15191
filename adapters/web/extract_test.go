package web

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

const newsURL = "https://www.coastal-ledger.example/news/2024/03/harbour-barrier"

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// junkMarkers are words that appear only in the news page's furniture.
var junkMarkers = []string{
	"NAV_JUNK", "FOOTER_JUNK", "COOKIE_JUNK", "SCRIPT_JUNK", "TRACKING_JUNK", "STYLE_JUNK",
	"NEWSLETTER_JUNK", "RELATED_JUNK", "SHARE_JUNK", "All rights reserved", "Sign up", "dataLayer",
}

func TestExtractNewsPage(t *testing.T) {
	f := New(Options{})
	a, err := f.ExtractHTML(t.Context(), readTestdata(t, "news.html"), newsURL)
	if err != nil {
		t.Fatalf("ExtractHTML: %v", err)
	}
	for _, c := range []struct{ field, got, want string }{
		{"Title", a.Title, "Harbour council approves tidal barrier after year-long row"},
		{"Site", a.Site, "The Coastal Ledger"},
		{"Byline", a.Byline, "Mira Okonkwo-Hale"},
		{"Published", a.Published, "2024-03-05"},
		{"URL", a.URL, newsURL},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}

	paras := strings.Split(a.Text, "\n\n")
	for _, want := range []string{
		"Porthwenna's harbour council voted on Monday night to build a tidal barrier across the mouth of the inner harbour, ending a year of public meetings, petitions and one walk-out by the fishermen's cooperative.",
		"The £48m scheme passed by nine votes to four. Supporters say the barrier will protect about 600 homes on the quayside from winter storm surges, which flooded the lower town twice in the past five years.",
		"Fishermen fear silt",
		`"They are protecting houses by drowning a working harbour in mud. Nobody from the council has been out on the water with us to see it."`,
		"What happens next:",
		"A planning application will be filed with the county by the end of April.",
		"Construction would start in spring 2025 and take about two years.",
		"Mr Pascoe said the cooperative would ask the county to hold a public inquiry before it decides on the application.",
	} {
		if !slices.Contains(paras, want) {
			t.Errorf("no paragraph %q in:\n%s", want, a.Text)
		}
	}
	if len(paras) < 10 {
		t.Errorf("got %d paragraphs, want at least 10", len(paras))
	}
	for _, p := range paras {
		if strings.TrimSpace(p) != p || p == "" {
			t.Errorf("paragraph %q has surrounding space or is empty", p)
		}
	}
	for _, junk := range junkMarkers {
		if strings.Contains(a.Text, junk) {
			t.Errorf("Text contains page furniture %q", junk)
		}
	}
	// Paragraph order follows the page.
	first := strings.Index(a.Text, "Porthwenna's harbour council voted")
	last := strings.Index(a.Text, "Mr Pascoe said the cooperative")
	if first < 0 || last < first {
		t.Errorf("paragraphs out of order")
	}

	// Without a page URL the site still comes from og:site_name.
	a2, err := f.ExtractHTML(t.Context(), readTestdata(t, "news.html"), "")
	if err != nil {
		t.Fatal(err)
	}
	if a2.URL != "" || a2.Site != "The Coastal Ledger" || a2.Text != a.Text {
		t.Errorf("without URL: URL=%q Site=%q, text equal=%v", a2.URL, a2.Site, a2.Text == a.Text)
	}
}

// TestExtractGolden compares the whole extraction of each testdata/*.html
// page with its .golden file. Run with -update to rewrite the files.
func TestExtractGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	f := New(Options{})
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			a, err := f.ExtractHTML(t.Context(), readTestdata(t, name+".html"), "https://www."+name+".example/article")
			if err != nil {
				t.Fatalf("ExtractHTML: %v", err)
			}
			got := fmt.Sprintf("Title: %s\nSite: %s\nByline: %s\nPublished: %s\nURL: %s\n\n%s\n",
				a.Title, a.Site, a.Byline, a.Published, a.URL, a.Text)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("extraction differs from %s (run go test -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s", golden, got, want)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name, html, want string
		furniture        bool
	}{
		{
			name: "paragraphs and inline markup",
			html: "<p>One <b>bold</b>   and\n<a href='#'>linked</a> word.</p><p>Two.</p>",
			want: "One bold and linked word.\n\nTwo.",
		},
		{
			name: "headings lists quotes",
			html: "<h2>Head</h2><ul><li>First</li><li>Second <em>item</em></li></ul><blockquote>Quoted <p>inner</p></blockquote>",
			want: "Head\n\nFirst\n\nSecond item\n\nQuoted\n\ninner",
		},
		{
			name: "div text blocks",
			html: "<div>Loose text in a div<div>nested div</div>tail text</div>",
			want: "Loose text in a div\n\nnested div\n\ntail text",
		},
		{
			name: "br is a line break",
			html: "<p>Line one<br>Line two<br><br></p>",
			want: "Line one\nLine two",
		},
		{
			name: "pre keeps lines",
			html: "<p>Code:</p><pre>\nfunc main() {\n    fmt.Println(\"hi\")   \n}\n</pre><p>After.</p>",
			want: "Code:\n\nfunc main() {\n    fmt.Println(\"hi\")\n}\n\nAfter.",
		},
		{
			name: "tables",
			html: "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>12</td></tr></table>",
			want: "Party | Seats\n\nBlue | 12",
		},
		{
			name: "skipped and hidden",
			html: `<p>Kept.</p><script>var x = "SCRIPT";</script><style>p{}</style><p hidden>HIDDEN</p>` +
				`<p style="display: none">NONE</p><p aria-hidden="true">ARIA</p><button>BUTTON</button><noscript>NOSCRIPT</noscript><p>Also kept.</p>`,
			want: "Kept.\n\nAlso kept.",
		},
		{
			name: "nbsp and odd spaces",
			html: "<p>a\u00a0b\u2003c\t\td</p>",
			want: "a b c d",
		},
		{
			name:      "furniture skipped in fallback mode",
			html:      `<header>Masthead</header><nav>Menu</nav><div role="navigation">Links</div><main><p>Story.</p></main><aside>Ad</aside><footer>Foot</footer>`,
			want:      "Story.",
			furniture: true,
		},
		{
			name: "furniture kept in readability output",
			html: `<header>Kicker</header><p>Story.</p>`,
			want: "Kicker\n\nStory.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, tt.html)
			if got := extractText(bodyOf(root), tt.furniture); got != tt.want {
				t.Errorf("extractText =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestExtractHTMLCases(t *testing.T) {
	story := strings.Repeat("<p>"+articleWords+"</p>\n", 3)
	tests := []struct {
		name     string
		doc      []byte
		url      string
		check    func(t *testing.T, a *bot.Article)
		wantCode string
		wantMsg  string
	}{
		{
			name: "json-ld metadata",
			doc: []byte(`<html><head><title>Drought deepens - Valley Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drought deepens in the valley",
"author":[{"@type":"Person","name":"Sam Idris"},{"@type":"Person","name":"Lena Brook"}],"datePublished":"2023-08-14T06:00:00Z",
"publisher":{"@type":"Organization","name":"Valley Times"}}</script></head><body><article>` + story + `</article></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				want := bot.Article{Title: "Drought deepens in the valley", Site: "Valley Times", Byline: "Sam Idris, Lena Brook", Published: "2023-08-14"}
				if a.Title != want.Title || a.Site != want.Site || a.Byline != want.Byline || a.Published != want.Published {
					t.Errorf("metadata = %q %q %q %q, want %q %q %q %q", a.Title, a.Site, a.Byline, a.Published, want.Title, want.Site, want.Byline, want.Published)
				}
			},
		},
		{
			name: "fallback date meta",
			doc:  []byte(`<html><head><title>t</title><meta name="date" content="March 5, 2024"></head><body><article>` + story + `</article></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				if a.Published != "2024-03-05" {
					t.Errorf("Published = %q, want 2024-03-05", a.Published)
				}
			},
		},
		{
			name: "time itemprop datePublished",
			doc:  []byte(`<html><head><title>t</title></head><body><article><time itemprop="datePublished" datetime="2022-11-30">30 Nov</time>` + story + `</article></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				if a.Published != "2022-11-30" {
					t.Errorf("Published = %q, want 2022-11-30", a.Published)
				}
			},
		},
		{
			name: "unparseable date kept as found",
			doc:  []byte(`<html><head><title>t</title><meta property="article:published_time" content="  sometime last   spring "></head><body><article>` + story + `</article></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				if a.Published != "sometime last spring" {
					t.Errorf("Published = %q, want the value as found", a.Published)
				}
			},
		},
		{
			name: "site from url, byline without By",
			doc:  []byte(`<html><head><title>t</title><meta name="author" content="By  Ana Ruiz"></head><body><article>` + story + `</article></body></html>`),
			url:  "https://www.valley-times.example/a#top",
			check: func(t *testing.T, a *bot.Article) {
				if a.Site != "valley-times.example" || a.Byline != "Ana Ruiz" || a.URL != "https://www.valley-times.example/a" {
					t.Errorf("Site=%q Byline=%q URL=%q", a.Site, a.Byline, a.URL)
				}
			},
		},
		{
			name: "non-http page url kept as given",
			doc:  []byte(`<html><head><title>t</title></head><body><article>` + story + `</article></body></html>`),
			url:  "upload.html",
			check: func(t *testing.T, a *bot.Article) {
				if a.URL != "upload.html" || a.Site != "" {
					t.Errorf("URL=%q Site=%q", a.URL, a.Site)
				}
			},
		},
		{
			name: "windows-1252 meta charset",
			doc:  latin1(`<html><head><meta charset="windows-1252"><title>Café crème</title></head><body><article><p>Déjà vu à Genève. ` + articleWords + `</p></article></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				if a.Title != "Café crème" || !strings.HasPrefix(a.Text, "Déjà vu à Genève.") {
					t.Errorf("Title=%q Text=%q", a.Title, a.Text)
				}
			},
		},
		{
			name: "utf-16 with BOM",
			doc:  utf16LE("\ufeff<html><head><title>Café</title></head><body><p>Déjà vu. " + articleWords + "</p></body></html>"),
			check: func(t *testing.T, a *bot.Article) {
				if a.Title != "Café" || !strings.HasPrefix(a.Text, "Déjà vu.") {
					t.Errorf("Title=%q Text=%q", a.Title, a.Text)
				}
			},
		},
		{
			name: "plain text upload",
			doc:  []byte(articleWords + "\n\n" + articleWords),
			check: func(t *testing.T, a *bot.Article) {
				if !strings.Contains(a.Text, "water levels") {
					t.Errorf("Text=%q", a.Text)
				}
			},
		},
		{
			name: "fallback when readability gives up",
			doc: []byte(`<html><head><title>Huge page</title></head><body><header>MASTHEAD</header><nav>MENU</nav><main>` + story +
				strings.Repeat("<span></span>", maxElements+1) + `</main><footer>FOOTER</footer></body></html>`),
			check: func(t *testing.T, a *bot.Article) {
				if a.Title != "Huge page" || strings.Count(a.Text, "water levels") != 3 {
					t.Errorf("Title=%q Text=%q", a.Title, a.Text)
				}
				for _, junk := range []string{"MASTHEAD", "MENU", "FOOTER"} {
					if strings.Contains(a.Text, junk) {
						t.Errorf("fallback text contains %q", junk)
					}
				}
			},
		},
		{name: "empty", doc: nil, wantCode: bot.EInvalid, wantMsg: "could not find any article text"},
		{name: "empty body", doc: []byte("<html><head><title>Nothing</title></head><body> <div></div> </body></html>"), wantCode: bot.EInvalid, wantMsg: "could not find any article text"},
		{name: "only furniture", doc: []byte("<html><body><script>x()</script><style>p{}</style></body></html>"), wantCode: bot.EInvalid, wantMsg: "could not find any article text"},
		{name: "login wall", doc: []byte(page("Log in", "Log in to keep reading this article.")), wantCode: bot.EInvalid, wantMsg: "too short to be an article"},
		{name: "pdf", doc: []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), wantCode: bot.EUnsupported, wantMsg: "That file is a PDF, not a web page"},
		{name: "png", doc: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantCode: bot.EUnsupported, wantMsg: "That file is an image"},
		{name: "binary", doc: []byte("\x00\x01\x02\x03\x04"), wantCode: bot.EUnsupported, wantMsg: "a binary file"},
	}
	f := New(Options{Limits: testLimits})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := f.ExtractHTML(t.Context(), tt.doc, tt.url)
			if tt.wantCode != "" {
				be := wantError(t, err, tt.wantCode, tt.wantMsg)
				if be != nil && be.Op == "" {
					t.Errorf("error %v has no operation", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ExtractHTML: %v", err)
			}
			tt.check(t, a)
		})
	}
}

func TestExtractHTMLLimits(t *testing.T) {
	f := New(Options{MaxBodyBytes: 1000, Limits: testLimits})
	_, err := f.ExtractHTML(t.Context(), bytes.Repeat([]byte("a "), 501), "")
	wantError(t, err, bot.ETooLarge, "That file is too large to read (over 1000 bytes)")

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = f.ExtractHTML(ctx, []byte(page("t", articleWords)), "")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ExtractHTML: error %v does not wrap context.Canceled", err)
	}
	wantError(t, err, bot.EFetch, "cancelled")

	long := New(Options{Limits: bot.Limits{MinWords: 5, MaxWords: 30}})
	_, err = long.ExtractHTML(t.Context(), []byte(page("t", articleWords, articleWords)), "")
	wantError(t, err, bot.ETooLarge, "too long")
}

func TestDecodeCharset(t *testing.T) {
	tests := []struct {
		name  string
		body  []byte
		ctype string
		want  string
	}{
		{"utf-8 declared", []byte("café"), "text/html; charset=utf-8", "café"},
		{"latin-1 header", []byte("caf\xe9"), "text/html; charset=iso-8859-1", "café"},
		{"windows-1252 header", []byte("\x93quoted\x94 \x80"), "text/plain; charset=windows-1252", "\u201cquoted\u201d €"},
		{"meta charset", []byte("<meta charset=\"iso-8859-15\"><p>\xa4"), "text/html", `<meta charset="iso-8859-15"><p>€`},
		{"undeclared latin-1", []byte("caf\xe9"), "", "café"},
		{"undeclared utf-8", []byte("café"), "", "café"},
		{"mislabelled utf-8", []byte("café"), "text/html; charset=iso-8859-1", "café"},
		{"utf-8 BOM", []byte("\xef\xbb\xbfcafé"), "text/html; charset=iso-8859-1", "café"},
		{"utf-16le BOM", utf16LE("\ufeffcafé"), "", "café"},
		{"shift_jis header", []byte("\x93\xfa\x96\x7b"), "text/plain; charset=shift_jis", "日本"},
		{"unknown charset", []byte("plain"), "text/plain; charset=x-made-up", "plain"},
		{"invalid utf-8 declared", []byte("a\xffb"), "text/plain; charset=utf-8", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(decodeCharset(tt.body, tt.ctype))
			if got != tt.want {
				t.Errorf("decodeCharset = %q, want %q", got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("result is not valid UTF-8: %q", got)
			}
		})
	}
}

func FuzzExtractHTML(f *testing.F) {
	f.Add(readTestdata(f, "news.html"), "https://www.example.com/news")
	f.Add([]byte(page("Title", articleWords)), "")
	f.Add([]byte("<p>a<br>b</p><pre>x\n\ny</pre><table><tr><td>1<td>2</table>"), "http://example.com/")
	f.Add([]byte("<meta charset=\"windows-1252\"><title>caf\xe9</title><p>d\xe9j\xe0 vu"), "upload.html")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00"), "")
	f.Add([]byte(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"99999-1-1","author":{"name":"\u0000x"}}</script><p>text</p>`), "")
	f.Add([]byte("<html><body><nav>menu</nav><div><div><div>deep<b><i><u>text"), "javascript:alert(1)")
	f.Add([]byte{}, "")

	fetcher := New(Options{Limits: bot.Limits{MinWords: 1, MaxWords: 100_000}, MaxBodyBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, doc []byte, pageURL string) {
		a, err := fetcher.ExtractHTML(context.Background(), doc, pageURL)
		if err != nil {
			var be *bot.Error
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a *bot.Error", err)
			}
			if be.Message == "" || strings.ContainsAny(be.Message, "\r\n") || !utf8.ValidString(be.Message) {
				t.Fatalf("bad user message %q", be.Message)
			}
			return
		}
		for name, s := range map[string]string{"Title": a.Title, "Site": a.Site, "Byline": a.Byline, "Published": a.Published, "Text": a.Text, "URL": a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		for name, s := range map[string]string{"Title": a.Title, "Site": a.Site, "Byline": a.Byline, "Published": a.Published} {
			if strings.ContainsAny(s, "\r\n\t") || strings.TrimSpace(s) != s {
				t.Fatalf("%s is not a clean line: %q", name, s)
			}
		}
		if strings.TrimSpace(a.Text) == "" || strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("Text is empty or has runs of blank lines: %q", a.Text)
		}
	})
}

// utf16LE encodes s as UTF-16 little-endian.
func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		if r > 0xffff {
			panic("outside the BMP")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}
