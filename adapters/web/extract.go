package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefbot/briefbot/bot"
)

// maxElements bounds the documents handed to readability, whose scoring
// passes grow faster than linearly; larger documents get the simple
// visible-text extraction.
const maxElements = 100_000

// Lengths kept of metadata fields.
const (
	maxTitleRunes = 300
	maxMetaRunes  = 200
)

const msgNoText = "Briefbot could not find any article text on that page: paste the article's text instead."

// ExtractHTML extracts the readable article from an HTML document that was
// uploaded rather than linked. pageURL, which may be empty, is recorded as
// the article's URL and used to resolve relative links and name the site.
// The document's charset is taken from a byte order mark or a <meta> tag.
// It returns an *bot.Error: EInvalid when there is no usable article text,
// EUnsupported when the data is not HTML or text (a PDF, an image…), and
// ETooLarge when it is over MaxBodyBytes or the article over the limits,
// and EFetch wrapping ctx.Err() when ctx ends first.
func (f *Fetcher) ExtractHTML(ctx context.Context, doc []byte, pageURL string) (*bot.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, canceledError(err, opExtract)
	}
	if int64(len(doc)) > f.opts.MaxBodyBytes {
		return nil, bot.WrapError(fmt.Errorf("document of %d bytes over %d", len(doc), f.opts.MaxBodyBytes), bot.ETooLarge, opExtract,
			fmt.Sprintf("That file is too large to read (over %s): paste the article's text instead.", formatBytes(f.opts.MaxBodyBytes)))
	}
	if mt, _, _ := mime.ParseMediaType(http.DetectContentType(doc)); !strings.HasPrefix(mt, "text/") {
		return nil, bot.WrapError(fmt.Errorf("uploaded data sniffed as %q", mt), bot.EUnsupported, opExtract,
			"That file is "+describeMediaType(mt)+", not a web page, which Briefbot cannot read: paste the article's text instead.")
	}
	var page *url.URL
	if pageURL != "" {
		if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && isHTTP(u.Scheme) && u.Host != "" {
			u.Fragment, u.RawFragment = "", ""
			page = u
		}
	}
	a, err := f.extract(ctx, decodeCharset(doc, ""), page, opExtract)
	if err != nil {
		return nil, err
	}
	if page == nil {
		a.URL = cleanLine(pageURL, 2000)
	}
	return a, nil
}

// extract turns a UTF-8 HTML document into an article: readability finds
// the content, extractText renders it as paragraphs, and bot.NewArticle
// validates it.
func (f *Fetcher) extract(ctx context.Context, doc []byte, page *url.URL, op string) (*bot.Article, error) {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		// html.Parse only fails on reader errors; a bytes.Reader has none.
		return nil, bot.WrapError(err, bot.EInvalid, op, "That page could not be read as HTML: paste the article's text instead.")
	}
	meta := collectMeta(root)
	if err := ctx.Err(); err != nil {
		return nil, canceledError(err, op)
	}

	ra, rerr := runReadability(root, page)
	if err := ctx.Err(); err != nil {
		return nil, canceledError(err, op)
	}
	var text string
	if rerr == nil && ra.Node != nil {
		text = extractText(ra.Node, false)
	}
	if strings.TrimSpace(text) == "" {
		// Readability failed or found nothing: take the page's visible
		// text. The tree was mutated by readability, so parse afresh.
		if fresh, err := html.Parse(bytes.NewReader(doc)); err == nil {
			text = extractText(bodyOf(fresh), true)
		}
	}
	if strings.TrimSpace(text) == "" {
		detail := errors.New("no text found in document")
		if rerr != nil {
			detail = fmt.Errorf("no text found in document (readability: %w)", rerr)
		}
		return nil, bot.WrapError(detail, bot.EInvalid, op, msgNoText)
	}

	a, err := bot.NewArticle([]byte(text), f.opts.Limits)
	if err != nil {
		return nil, withOp(err, op)
	}
	a.Title = cleanLine(firstNonEmpty(ra.Title(), meta.title, meta.h1), maxTitleRunes)
	a.Site = cleanLine(firstNonEmpty(ra.SiteName(), meta.site, siteFromURL(page)), maxMetaRunes)
	a.Byline = cleanByline(firstNonEmpty(ra.Byline(), meta.author))
	a.Published = publishedDate(ra, meta.dates)
	if page != nil {
		a.URL = page.String()
	}
	return a, nil
}

// runReadability runs go-readability on root (which it mutates), turning a
// panic on hostile input into an error so that extraction can fall back.
func runReadability(root *html.Node, page *url.URL) (a readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = readability.Article{}, fmt.Errorf("readability panic: %v", r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	return p.ParseAndMutate(root, page)
}

func canceledError(err error, op string) error {
	return bot.WrapError(err, bot.EFetch, op, "Reading the page was cancelled or took too long.")
}

// pageMeta is metadata read from the document before readability, as a
// fallback for what readability does not find.
type pageMeta struct {
	title  string   // <title>
	h1     string   // the first <h1>
	site   string   // application-name
	author string   // author meta tags readability does not read
	dates  []string // publication date candidates, best first
}

// dateMetaNames are <meta name|property|itemprop> keys that carry a
// publication date, best first.
var dateMetaNames = []string{
	"article:published_time", "og:published_time", "datepublished",
	"date", "pubdate", "publishdate", "publish-date", "publish_date", "pub-date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
}

var authorMetaNames = []string{"author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"}

// collectMeta reads fallback metadata from the document head and body.
func collectMeta(root *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var timeDate string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = textContent(n)
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = textContent(n)
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
						if _, dup := metas[key]; !dup {
							metas[key] = content
						}
					}
				}
			case atom.Time:
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt != "" && timeDate == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
					timeDate = dt
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, k := range dateMetaNames {
		if v := metas[k]; v != "" {
			m.dates = append(m.dates, v)
		}
	}
	if timeDate != "" {
		m.dates = append(m.dates, timeDate)
	}
	for _, k := range authorMetaNames {
		if v := metas[k]; v != "" && !strings.Contains(v, "://") {
			m.author = v
			break
		}
	}
	m.site = firstNonEmpty(metas["og:site_name"], metas["application-name"])
	return m
}

// publishedDate returns the publication date as 2006-01-02 when a
// candidate parses, else the first candidate as found.
func publishedDate(ra readability.Article, candidates []string) string {
	if t, ok := readabilityDate(ra); ok {
		return t.Format(time.DateOnly)
	}
	for _, c := range candidates {
		if t, ok := parseDate(c); ok {
			return t.Format(time.DateOnly)
		}
	}
	if len(candidates) > 0 {
		return cleanLine(candidates[0], 64)
	}
	return ""
}

// readabilityDate returns the date readability found, guarding against
// the date parser's panics on odd input.
func readabilityDate(ra readability.Article) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	t, err := ra.PublishedTime()
	if err != nil || !plausibleDate(t) {
		return time.Time{}, false
	}
	return t, true
}

// parseDate parses a date in any common format, guarding against the
// parser's panics on odd input.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	t, err := dateparse.ParseAny(s)
	if err != nil || !plausibleDate(t) {
		return time.Time{}, false
	}
	return t, true
}

func plausibleDate(t time.Time) bool {
	return t.Year() >= 1800 && t.Year() <= time.Now().Year()+1
}

// Elements whose content is never article text.
var skipElements = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Source: true, atom.Track: true,
	atom.Map: true, atom.Area: true, atom.Img: true, atom.Picture: true,
	atom.Button: true, atom.Select: true, atom.Option: true, atom.Input: true, atom.Textarea: true,
	atom.Datalist: true, atom.Dialog: true,
}

// Elements the fallback extraction also skips: page furniture.
var skipFurniture = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Menu: true,
}

// ARIA roles of page furniture, skipped by the fallback extraction.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alertdialog": true,
}

// Elements that start a new paragraph.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Legend: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Tfoot: true, atom.Thead: true,
	atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
}

// paragraphs accumulates text as paragraphs.
type paragraphs struct {
	out     strings.Builder // finished paragraphs, separated by "\n\n"
	cur     strings.Builder // the paragraph being built; '\n' marks a <br>
	hasText bool            // the current line of cur has visible text
}

func (p *paragraphs) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			p.cur.WriteByte(' ')
			continue
		}
		p.hasText = true
		p.cur.WriteRune(r)
	}
}

func (p *paragraphs) lineBreak() {
	p.cur.WriteByte('\n')
	p.hasText = false
}

// flush ends the current paragraph, collapsing its whitespace.
func (p *paragraphs) flush() {
	if p.cur.Len() == 0 {
		return
	}
	var lines []string
	for _, ln := range strings.Split(p.cur.String(), "\n") {
		if ln = strings.Join(strings.Fields(ln), " "); ln != "" {
			lines = append(lines, ln)
		}
	}
	p.cur.Reset()
	p.hasText = false
	p.add(strings.Join(lines, "\n"))
}

// add appends a finished paragraph.
func (p *paragraphs) add(s string) {
	if s == "" {
		return
	}
	if p.out.Len() > 0 {
		p.out.WriteString("\n\n")
	}
	p.out.WriteString(s)
}

// extractText renders the text under n as paragraphs separated by a blank
// line: every block element (p, h1–h6, li, blockquote, div…) is a
// paragraph, <br> a line break within one and <pre> keeps its lines.
// Scripts, styles, forms, media and hidden elements are skipped; with
// furniture set, so are navigation, headers, footers and asides, for pages
// where readability found no article.
func extractText(n *html.Node, furniture bool) string {
	if n == nil {
		return ""
	}
	var p paragraphs
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 { // html.Parse nests at most 512 deep; be safe anyway
			return
		}
		switch n.Type {
		case html.TextNode:
			p.text(n.Data)
			return
		case html.ElementNode:
			if skipElements[n.DataAtom] || isHidden(n) {
				return
			}
			if furniture && (skipFurniture[n.DataAtom] || furnitureRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))]) {
				return
			}
			switch n.DataAtom {
			case atom.Br:
				p.lineBreak()
				return
			case atom.Pre:
				p.flush()
				p.add(preText(n))
				return
			case atom.Td, atom.Th:
				if p.hasText {
					p.cur.WriteString(" | ")
				}
			}
			if blockElements[n.DataAtom] {
				p.flush()
				defer p.flush()
			}
		case html.DocumentNode:
		default: // comments, doctypes
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	p.flush()
	return p.out.String()
}

// preText returns the text of a <pre> with its lines kept, trailing spaces
// and surrounding blank lines removed.
func preText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && (skipElements[n.DataAtom] || isHidden(n)):
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	lines := strings.Split(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimRightFunc(ln, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	style := strings.ToLower(attr(n, "style"))
	if style == "" {
		return false
	}
	style = strings.Join(strings.Fields(style), "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// bodyOf returns the document's <body>, or root when it has none.
func bodyOf(root *html.Node) *html.Node {
	var find func(*html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if b := find(c); b != nil {
				return b
			}
		}
		return nil
	}
	if b := find(root); b != nil {
		return b
	}
	return root
}

// textContent returns the text under n, whitespace collapsed.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// siteFromURL names a site by its host, without "www.".
func siteFromURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// cleanLine makes a metadata value one line of valid UTF-8 without control
// characters, at most max runes long.
func cleanLine(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\ufeff' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = strings.TrimSpace(string(r[:max-1])) + "…"
	}
	return s
}

// cleanByline cleans a byline and drops a leading "By".
func cleanByline(s string) string {
	s = cleanLine(s, maxMetaRunes)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
