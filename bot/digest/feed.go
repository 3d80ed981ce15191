package digest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/briefbot/briefbot/bot"
)

// FeedFetcher loads the raw body of a feed with a conditional request;
// adapters/web.Fetcher implements it through its SSRF-safe client. See
// web.Fetcher.FetchFeed for the contract: with notModified true the body is
// nil and the feed has not changed since the validators given.
type FeedFetcher interface {
	FetchFeed(ctx context.Context, url, etag, lastModified string) (body []byte, newETag, newLastModified string, notModified bool, err error)
}

// entry is a feed item in the digest's terms.
type entry struct {
	Title     string
	Link      string
	GUID      string
	Published time.Time // zero when the feed gives no date
	Content   string    // the item's full content (HTML or text), if any
	Summary   string    // its description or summary (HTML or text), if any
}

// parsedFeed is a feed's title and its items, oldest first.
type parsedFeed struct {
	Title   string
	Entries []entry
}

// errNotAFeed is the user-facing refusal of a body that is not a feed.
var errNotAFeed = bot.Errorf(bot.EUnsupported, "That link is not a feed (RSS, Atom or JSON Feed).")

// parseFeed reads an RSS, Atom or JSON Feed document. Relative item links
// are resolved against feedURL. Items are returned oldest first: by date
// when every item has one, else in the reverse of the feed's order (feeds
// list the newest first).
func parseFeed(body []byte, feedURL string) (*parsedFeed, error) {
	f, err := parseFeedSafe(body)
	if err != nil {
		return nil, bot.WrapError(err, bot.EUnsupported, "digest: parse feed", errNotAFeed.Message)
	}
	base, _ := url.Parse(feedURL)
	out := &parsedFeed{Title: oneLine(f.Title, 120)}
	dated := true
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		e := entry{
			Title:   oneLine(htmlText(it.Title), 300),
			Link:    resolveLink(base, it.Link),
			GUID:    strings.TrimSpace(it.GUID),
			Content: it.Content,
			Summary: it.Description,
		}
		if e.Link == "" {
			for _, l := range it.Links {
				if e.Link = resolveLink(base, l); e.Link != "" {
					break
				}
			}
		}
		switch {
		case it.PublishedParsed != nil:
			e.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			e.Published = *it.UpdatedParsed
		default:
			dated = false
		}
		out.Entries = append(out.Entries, e)
	}
	if dated {
		// Oldest first; items of the same date keep the reverse of the
		// feed's order.
		reverse(out.Entries)
		sort.SliceStable(out.Entries, func(i, j int) bool { return out.Entries[i].Published.Before(out.Entries[j].Published) })
	} else {
		reverse(out.Entries)
	}
	return out, nil
}

// parseFeedSafe runs gofeed, turning a panic on hostile input into an
// error.
func parseFeedSafe(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed parser panic: %v", r)
		}
	}()
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("empty body")
	}
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}

func reverse(es []entry) {
	for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
		es[i], es[j] = es[j], es[i]
	}
}

// resolveLink returns an absolute http(s) link, or "".
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if s := strings.ToLower(u.Scheme); (s != "http" && s != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// oneLine collapses white space and trims s to at most n runes.
func oneLine(s string, n int) string {
	return truncateRunes(strings.Join(strings.Fields(s), " "), n)
}

// truncateRunes trims s to at most n runes, at a word boundary when one is
// near, ending with "…" when it cut.
func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i > n*2/3; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:-–—") + "…"
}

// blockTags end a paragraph of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"article": true, "section": true, "header": true, "footer": true, "figure": true, "figcaption": true,
	"pre": true, "hr": true, "dd": true, "dt": true,
}

// htmlText returns the text of an HTML fragment (or of plain text, which it
// leaves as it is), paragraphs separated by a blank line, scripts and
// styles dropped.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return normalizeParagraphs(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF, or a read error of a string reader: the text so far.
			return normalizeParagraphs(sb.String())
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "script", "style", "noscript", "template":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[tag] {
				sb.WriteString("\n\n")
			}
		}
	}
}

// normalizeParagraphs collapses white space within paragraphs and keeps
// one blank line between them.
func normalizeParagraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

func wordCount(s string) int { return len(strings.Fields(s)) }
