// Package web fetches links and extracts the readable article from web
// pages and uploaded HTML files.
//
// A Fetcher only opens http and https links, refuses at connection time any
// address that is not publicly routable (so that a link, a redirect or a
// DNS answer cannot reach the bot's own network), bounds time, redirects
// and body size, accepts HTML and plain text only, decodes legacy charsets
// to UTF-8, and turns HTML into paragraphs of text with go-readability.
package web

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/briefbot/briefbot/bot"
)

// Defaults for zero Options fields.
const (
	DefaultConnectTimeout = 5 * time.Second
	DefaultTimeout        = 20 * time.Second
	DefaultMaxBodyBytes   = 5 << 20
	DefaultMaxRedirects   = 5
	// DefaultUserAgent is a current desktop Chrome User-Agent: many news
	// sites serve a bare or blocked page to unknown clients.
	DefaultUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"
)

// Operation names carried by errors.
const (
	opFetch   = "web.Fetch"
	opExtract = "web.ExtractHTML"
)

// Options configures a Fetcher. The zero value is usable: every zero field
// takes its default.
type Options struct {
	// AllowPrivateHosts lets the fetcher connect to loopback, private,
	// link-local and other non-public addresses. Leave it false in
	// production; it exists for tests and trusted intranet deployments.
	AllowPrivateHosts bool
	// ConnectTimeout bounds each TCP connection attempt (default 5s).
	ConnectTimeout time.Duration
	// Timeout bounds a whole fetch: connecting, redirects, TLS, headers
	// and reading the body (default 20s).
	Timeout time.Duration
	// MaxBodyBytes is the largest response body read, after any transfer
	// decompression (default 5 MiB). It also bounds ExtractHTML's input.
	MaxBodyBytes int64
	// MaxRedirects is the most redirects followed (default 5; a negative
	// value follows none).
	MaxRedirects int
	// UserAgent is sent with every request (default DefaultUserAgent).
	UserAgent string
	// Limits bounds the article's length; zero fields take
	// bot.DefaultLimits.
	Limits bot.Limits
	// Resolver, if set, resolves host names instead of the system
	// resolver. Whatever it answers, the connection-time address check
	// still applies.
	Resolver *net.Resolver
}

// Fetcher loads links and extracts their articles. Make one with New; it
// is safe for concurrent use.
type Fetcher struct {
	opts      Options
	transport *http.Transport
	// allowAddr, when set (by tests), admits an address the policy would
	// refuse.
	allowAddr func(netip.AddrPort) bool
}

var (
	_ bot.Fetcher       = (*Fetcher)(nil)
	_ bot.HTMLExtractor = (*Fetcher)(nil)
)

// New returns a Fetcher configured by opts.
func New(opts Options) *Fetcher {
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = DefaultConnectTimeout
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	switch {
	case opts.MaxRedirects == 0:
		opts.MaxRedirects = DefaultMaxRedirects
	case opts.MaxRedirects < 0:
		opts.MaxRedirects = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Limits.MinWords <= 0 {
		opts.Limits.MinWords = bot.DefaultLimits.MinWords
	}
	if opts.Limits.MaxWords <= 0 {
		opts.Limits.MaxWords = bot.DefaultLimits.MaxWords
	}
	f := &Fetcher{opts: opts}
	dialer := &net.Dialer{
		Timeout:        opts.ConnectTimeout,
		KeepAlive:      30 * time.Second,
		Resolver:       opts.Resolver,
		ControlContext: f.dialControl,
	}
	f.transport = &http.Transport{
		// No proxy: a proxy would make the connection-time check judge
		// the proxy's address instead of the page's.
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           32,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        60 * time.Second,
		TLSHandshakeTimeout:    opts.ConnectTimeout * 2,
		ResponseHeaderTimeout:  opts.Timeout,
		MaxResponseHeaderBytes: 64 << 10,
	}
	return f
}

// CloseIdleConnections closes the fetcher's idle keep-alive connections.
func (f *Fetcher) CloseIdleConnections() { f.transport.CloseIdleConnections() }

// Fetch loads rawURL and returns its article, whose URL is the page's
// address after redirects (without any #fragment). Only http and https
// links are opened; every connection, including each redirect's, is
// checked against the address policy as it is made. Fetch returns an
// *bot.Error: EInvalid for a malformed link or a page without
// article text, EUnsupported for other schemes and content types,
// EForbidden for non-public addresses, EFetch when the page cannot be
// loaded (network errors, timeouts, redirect loops, HTTP errors), and
// ETooLarge for a body over MaxBodyBytes or an article over the limits.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*bot.Article, error) {
	u, err := f.parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, bot.WrapError(err, bot.EInvalid, opFetch, "That link is not a valid web address.")
	}
	f.setHeaders(req.Header)

	jar, err := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	if err != nil {
		return nil, bot.WrapError(err, bot.EInternal, opFetch, "Internal error: the link could not be fetched.")
	}
	client := &http.Client{
		Transport:     f.transport,
		Jar:           jar, // per fetch: sites that set a cookie and redirect to themselves work
		CheckRedirect: f.checkRedirect,
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, f.fetchError(ctx, err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, statusError(resp.StatusCode)
	}
	final := new(url.URL)
	*final = *resp.Request.URL
	final.Fragment, final.RawFragment = "", ""

	ctype := resp.Header.Get("Content-Type")
	kind, mediaType := classifyContentType(ctype)
	if kind == kindUnsupported {
		return nil, unsupportedTypeError(mediaType)
	}
	if resp.ContentLength > f.opts.MaxBodyBytes {
		return nil, f.tooLargeError(fmt.Errorf("Content-Length %d over %d", resp.ContentLength, f.opts.MaxBodyBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBodyBytes+1))
	if err != nil {
		return nil, f.fetchError(ctx, fmt.Errorf("read body: %w", err))
	}
	if int64(len(body)) > f.opts.MaxBodyBytes {
		return nil, f.tooLargeError(fmt.Errorf("body over %d bytes", f.opts.MaxBodyBytes))
	}
	if kind == kindSniff {
		kind, mediaType = classifyContentType(http.DetectContentType(body))
		if kind != kindHTML && kind != kindText {
			return nil, unsupportedTypeError(mediaType)
		}
	}

	text := decodeCharset(body, ctype)
	var a *bot.Article
	if kind == kindHTML {
		a, err = f.extract(ctx, text, final, opFetch)
	} else {
		a, err = f.plainText(text, final)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// parseURL checks rawURL's syntax, scheme and, for IP literals, address.
func (f *Fetcher) parseURL(rawURL string) (*url.URL, error) {
	raw := strings.TrimSpace(rawURL)
	raw = strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">") // chat-style <link>
	u, err := url.Parse(raw)
	if err != nil {
		if i := strings.Index(raw, ":"); i > 0 && validScheme(raw[:i]) && !isHTTP(raw[:i]) {
			return nil, unsupportedSchemeError(raw[:i], err)
		}
		return nil, bot.WrapError(err, bot.EInvalid, opFetch, "That link is not a valid web address.")
	}
	if !isHTTP(u.Scheme) {
		if u.Scheme == "" {
			return nil, bot.WrapError(fmt.Errorf("no scheme in %q", truncate(raw, 200)), bot.EInvalid, opFetch,
				"That link is not a full web address: it should start with https://.")
		}
		return nil, unsupportedSchemeError(u.Scheme, nil)
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, bot.WrapError(fmt.Errorf("no host in %q", truncate(raw, 200)), bot.EInvalid, opFetch,
			"That link is not a valid web address: it has no site name.")
	}
	u.Fragment, u.RawFragment = "", ""
	port := uint16(80)
	if u.Scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil || n == 0 {
			return nil, bot.WrapError(fmt.Errorf("bad port %q", p), bot.EInvalid, opFetch, "That link is not a valid web address: its port is wrong.")
		}
		port = uint16(n)
	}
	if err := f.checkHost(u.Hostname(), port); err != nil {
		return nil, err
	}
	return u, nil
}

func isHTTP(scheme string) bool {
	s := strings.ToLower(scheme)
	return s == "http" || s == "https"
}

// validScheme reports whether s is syntactically a URL scheme.
func validScheme(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i, c := range s {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

func unsupportedSchemeError(scheme string, err error) error {
	s := strings.ToLower(scheme)
	if !validScheme(s) {
		s = "that kind of"
	} else {
		s += ":"
	}
	if err == nil {
		err = fmt.Errorf("unsupported scheme %q", truncate(scheme, 32))
	}
	return bot.WrapError(err, bot.EUnsupported, opFetch,
		fmt.Sprintf("Briefbot only opens http and https links, not %s links: paste the article's text instead.", s))
}

func (f *Fetcher) setHeaders(h http.Header) {
	h.Set("User-Agent", f.opts.UserAgent)
	h.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	h.Set("Accept-Language", "en-US,en;q=0.9")
	// Accept-Encoding is left to the transport, which then decompresses
	// gzip transparently so that MaxBodyBytes bounds the decoded size.
}

// checkRedirect bounds and checks the redirect chain. The connection-time
// address check covers each target's address.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if !isHTTP(req.URL.Scheme) {
		return unsupportedSchemeError(req.URL.Scheme, fmt.Errorf("redirect to scheme %q", truncate(req.URL.Scheme, 32)))
	}
	target := urlKey(req.URL)
	seen := 0
	for _, r := range via {
		if urlKey(r.URL) == target {
			seen++
		}
	}
	// One return to a page already visited is allowed (a site may set a
	// cookie and redirect to itself); a second is a loop.
	if seen >= 2 {
		return bot.WrapError(fmt.Errorf("redirect loop at %s after %d redirects", truncate(target, 200), len(via)),
			bot.EFetch, opFetch, "The page could not be loaded: it redirects in a loop.")
	}
	if len(via) > f.opts.MaxRedirects {
		return bot.WrapError(fmt.Errorf("stopped after %d redirects", f.opts.MaxRedirects),
			bot.EFetch, opFetch, fmt.Sprintf("The page could not be loaded: it redirects too many times (more than %d).", f.opts.MaxRedirects))
	}
	port := uint16(80)
	if strings.EqualFold(req.URL.Scheme, "https") {
		port = 443
	}
	if p, err := strconv.ParseUint(req.URL.Port(), 10, 16); err == nil {
		port = uint16(p)
	}
	return f.checkHost(req.URL.Hostname(), port)
}

func urlKey(u *url.URL) string {
	v := *u
	v.Fragment, v.RawFragment = "", ""
	return v.String()
}

// fetchError turns an error from the HTTP client into a *bot.Error with a
// one-line message.
func (f *Fetcher) fetchError(ctx context.Context, err error) error {
	var be *bot.Error
	if errors.As(err, &be) {
		return be // from checkRedirect: already classified
	}
	if _, ok := asForbidden(err); ok {
		return bot.WrapError(err, bot.EForbidden, opFetch, msgForbidden)
	}
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded {
		return bot.WrapError(err, bot.EFetch, opFetch, "The page took too long to load.")
	}
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		return bot.WrapError(err, bot.EFetch, opFetch, "Loading the page was cancelled.")
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		if dnsErr.IsNotFound {
			return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded: its site name does not exist. Check the link.")
		}
		return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded: its site name could not be looked up.")
	}
	var certErr *tls.CertificateVerificationError
	var hostErr x509.HostnameError
	var authErr x509.UnknownAuthorityError
	var invalidErr x509.CertificateInvalidError
	if errors.As(err, &certErr) || errors.As(err, &hostErr) || errors.As(err, &authErr) || errors.As(err, &invalidErr) {
		return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded: the site's security certificate is not valid.")
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded: the site did not answer in time.")
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded: the site could not be reached.")
	}
	return bot.WrapError(err, bot.EFetch, opFetch, "The page could not be loaded.")
}

func (f *Fetcher) tooLargeError(err error) error {
	return bot.WrapError(err, bot.ETooLarge, opFetch,
		fmt.Sprintf("That page is too large to read (over %s): paste the article's text instead.", formatBytes(f.opts.MaxBodyBytes)))
}

// statusError reports an HTTP status outside 2xx.
func statusError(code int) error {
	status := strconv.Itoa(code)
	if t := http.StatusText(code); t != "" {
		status += " " + t
	}
	msg := "The page answered " + status + "."
	switch code {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusPaymentRequired:
		msg += " It may need a login or block automated readers: paste the article's text instead."
	case http.StatusTooManyRequests:
		msg += " The site is limiting requests: try again later or paste the article's text."
	}
	return bot.WrapError(fmt.Errorf("HTTP status %d", code), bot.EFetch, opFetch, msg)
}

// Content kinds a response may be.
const (
	kindUnsupported = iota
	kindHTML
	kindText
	kindSniff // no usable Content-Type: decide from the body
)

// classifyContentType returns the kind of a Content-Type value and its
// media type ("" when it cannot be parsed).
func classifyContentType(ctype string) (kind int, mediaType string) {
	if strings.TrimSpace(ctype) == "" {
		return kindSniff, ""
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		// A malformed parameter (e.g. a bad charset=) should not hide a
		// plain media type.
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ctype, ";", 2)[0]))
		if _, _, err2 := mime.ParseMediaType(mt); err2 != nil {
			return kindSniff, ""
		}
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return kindHTML, mt
	case "text/plain":
		return kindText, mt
	case "application/octet-stream", "binary/octet-stream", "application/unknown", "unknown/unknown":
		return kindSniff, mt
	}
	return kindUnsupported, mt
}

// unsupportedTypeError names a media type Briefbot cannot read.
func unsupportedTypeError(mediaType string) error {
	what := describeMediaType(mediaType)
	msg := "That link is " + what
	if mediaType != "" {
		msg += " (" + truncate(mediaType, 80) + ")"
	}
	msg += ", which Briefbot cannot read: paste the article's text instead."
	return bot.WrapError(fmt.Errorf("content type %q", truncate(mediaType, 200)), bot.EUnsupported, opFetch, msg)
}

func describeMediaType(mt string) string {
	major, minor, _ := strings.Cut(mt, "/")
	switch {
	case mt == "application/pdf":
		return "a PDF"
	case major == "image":
		return "an image"
	case major == "video":
		return "a video"
	case major == "audio":
		return "an audio file"
	case major == "font":
		return "a font"
	case mt == "application/json" || strings.HasSuffix(minor, "+json"):
		return "JSON data"
	case strings.HasSuffix(minor, "rss+xml") || strings.HasSuffix(minor, "atom+xml"):
		return "a news feed"
	case mt == "application/xml" || mt == "text/xml" || strings.HasSuffix(minor, "+xml"):
		return "an XML document"
	case strings.Contains(minor, "msword") || strings.Contains(minor, "wordprocessingml") || strings.Contains(minor, "opendocument.text"):
		return "a word-processor document"
	case strings.Contains(minor, "ms-excel") || strings.Contains(minor, "spreadsheetml") || mt == "text/csv":
		return "a spreadsheet"
	case strings.Contains(minor, "ms-powerpoint") || strings.Contains(minor, "presentationml"):
		return "a presentation"
	case strings.Contains(minor, "zip") || strings.Contains(minor, "tar") || strings.Contains(minor, "compressed") || strings.Contains(minor, "gzip"):
		return "an archive"
	case mt == "application/octet-stream" || mt == "":
		return "a binary file"
	}
	return "a file"
}

// plainText makes an article from a text/plain body.
func (f *Fetcher) plainText(text []byte, page *url.URL) (*bot.Article, error) {
	a, err := bot.NewArticle(text, f.opts.Limits)
	if err != nil {
		return nil, withOp(err, opFetch)
	}
	a.URL = page.String()
	a.Site = siteFromURL(page)
	return a, nil
}

// withOp sets the operation on a *bot.Error that has none.
func withOp(err error, op string) error {
	var be *bot.Error
	if errors.As(err, &be) && be.Op == "" {
		be.Op = op
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
