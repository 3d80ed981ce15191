package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strconv"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/briefbot/briefbot/bot"
)

const opFetchFeed = "web.FetchFeed"

// feedAccept asks for the feed formats first; servers that ignore it still
// answer with whatever they have, which the caller's feed parser judges.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, " +
	"application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// FetchFeed loads the raw body of a feed (RSS, Atom, JSON Feed) at rawURL
// with a conditional request: a non-empty etag is sent as If-None-Match and a
// non-empty lastModified as If-Modified-Since. When the server answers 304
// Not Modified, notModified is true, body is nil and the validators returned
// are those of the 304 response, or the ones given when it has none.
// Otherwise body is the response body and etag and lastModified are the
// response's ETag and Last-Modified headers (empty when absent), to send
// next time.
//
// FetchFeed applies the same rules as Fetch: http and https only, the
// connection-time address policy (for the link and every redirect), the
// redirect limit, the total timeout and the MaxBodyBytes cap. It does not
// judge the content type: the feed parser does. Errors are *bot.Error with
// the codes of Fetch (EInvalid, EUnsupported, EForbidden, EFetch,
// ETooLarge) and one-line messages that speak of a feed.
func (f *Fetcher) FetchFeed(ctx context.Context, rawURL, etag, lastModified string) (body []byte, newETag, newLastModified string, notModified bool, err error) {
	u, err := f.parseURL(rawURL)
	if err != nil {
		return nil, "", "", false, feedOp(err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", false, bot.WrapError(err, bot.EInvalid, opFetchFeed, "That link is not a valid web address.")
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", feedAccept)
	if etag = strings.TrimSpace(etag); etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified = strings.TrimSpace(lastModified); lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}

	jar, err := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	if err != nil {
		return nil, "", "", false, bot.WrapError(err, bot.EInternal, opFetchFeed, "Internal error: the feed could not be fetched.")
	}
	client := &http.Client{Transport: f.transport, Jar: jar, CheckRedirect: f.checkRedirect}
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", "", false, feedOp(f.fetchError(ctx, err))
	}
	defer resp.Body.Close()

	if resp.StatusCode == http.StatusNotModified {
		newETag, newLastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if newETag == "" {
			newETag = etag
		}
		if newLastModified == "" {
			newLastModified = lastModified
		}
		// Drain a little so the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return nil, newETag, newLastModified, true, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", false, feedStatusError(resp.StatusCode)
	}
	if resp.ContentLength > f.opts.MaxBodyBytes {
		return nil, "", "", false, f.feedTooLarge(fmt.Errorf("Content-Length %d over %d", resp.ContentLength, f.opts.MaxBodyBytes))
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBodyBytes+1))
	if err != nil {
		return nil, "", "", false, feedOp(f.fetchError(ctx, fmt.Errorf("read body: %w", err)))
	}
	if int64(len(body)) > f.opts.MaxBodyBytes {
		return nil, "", "", false, f.feedTooLarge(fmt.Errorf("body over %d bytes", f.opts.MaxBodyBytes))
	}
	return body, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), false, nil
}

// feedOp marks a *bot.Error made by the shared fetch code as FetchFeed's,
// and words its message for a feed rather than a page.
func feedOp(err error) error {
	var be *bot.Error
	if errors.As(err, &be) {
		be.Op = opFetchFeed
		be.Message = strings.Replace(be.Message, "The page ", "The feed ", 1)
		be.Message = strings.Replace(be.Message, "Loading the page", "Loading the feed", 1)
		be.Message = strings.Replace(be.Message, ": paste the article's text instead.", ".", 1)
	}
	return err
}

func (f *Fetcher) feedTooLarge(err error) error {
	return bot.WrapError(err, bot.ETooLarge, opFetchFeed,
		fmt.Sprintf("That feed is too large to read (over %s).", formatBytes(f.opts.MaxBodyBytes)))
}

// feedStatusError reports an HTTP status outside 2xx (and not 304).
func feedStatusError(code int) error {
	status := strconv.Itoa(code)
	if t := http.StatusText(code); t != "" {
		status += " " + t
	}
	msg := "The feed answered " + status + "."
	switch code {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusPaymentRequired:
		msg += " It may need a login or block automated readers."
	case http.StatusTooManyRequests:
		msg += " The site is limiting requests."
	case http.StatusNotFound, http.StatusGone:
		msg += " Check the link."
	}
	return bot.WrapError(fmt.Errorf("HTTP status %d", code), bot.EFetch, opFetchFeed, msg)
}
