package matrix

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"maunium.net/go/mautrix"
)

// retryPolicy says how often and how long to retry a Matrix call.
type retryPolicy struct {
	// Attempts bounds the tries; 0 means until the context ends.
	Attempts int
	// Base is the first backoff after a network or server error; it
	// doubles each time up to Max.
	Base, Max time.Duration
	// Try bounds one attempt, so that a server that accepts a request
	// and never answers cannot stall the bot; a timed-out attempt is
	// retried like a network error. 0 means no bound of its own.
	Try time.Duration
}

var (
	// sendPolicy is for the bot's own calls (send, react, join …).
	sendPolicy = retryPolicy{Attempts: 6, Base: 500 * time.Millisecond, Max: 30 * time.Second, Try: 90 * time.Second}
	// syncPolicy is for /sync: forever, as long as the bot runs.
	syncPolicy = retryPolicy{Attempts: 0, Base: time.Second, Max: 60 * time.Second, Try: syncTimeout + time.Minute}
)

// withTry returns p with each attempt bounded by try, when try is set.
func (p retryPolicy) withTry(try time.Duration) retryPolicy {
	if try > 0 {
		p.Try = try
	}
	return p
}

// errFatal marks an error that retrying cannot fix.
type errKind int

const (
	errPermanent errKind = iota // a 4xx: the request is wrong or refused
	errRateLimited
	errTransient // network error or 5xx
)

// classify says whether err is worth retrying, and how long the server
// asked us to wait (retry_after_ms, or a Retry-After header) for a rate
// limit.
func classify(err error) (errKind, time.Duration) {
	var he mautrix.HTTPError
	if !errors.As(err, &he) {
		var phe *mautrix.HTTPError
		if errors.As(err, &phe) && phe != nil {
			he = *phe
		} else {
			return errPermanent, 0
		}
	}
	status := 0
	if he.Response != nil {
		status = he.Response.StatusCode
	}
	if he.RespError != nil && he.RespError.ErrCode == mautrix.MLimitExceeded.ErrCode || status == http.StatusTooManyRequests {
		return errRateLimited, retryAfter(&he)
	}
	if he.Response == nil {
		// No response: a connection refused, reset, DNS or timeout.
		return errTransient, 0
	}
	if status >= 500 {
		return errTransient, 0
	}
	return errPermanent, 0
}

// Permanent reports whether err, from New or another call to the
// homeserver, is one that retrying cannot fix: the server refused the
// request (a 4xx other than a rate limit: a wrong password, a revoked
// token) or it is not a homeserver error at all (bad settings, a broken
// crypto store). A network error, a 5xx or a rate limit is not.
func Permanent(err error) bool {
	if err == nil {
		return false
	}
	kind, _ := classify(err)
	return kind == errPermanent
}

// retryAfter reads the wait a rate-limited response asks for.
func retryAfter(he *mautrix.HTTPError) time.Duration {
	if he.RespError != nil {
		switch v := he.RespError.ExtraData["retry_after_ms"].(type) {
		case float64:
			return time.Duration(v) * time.Millisecond
		case int:
			return time.Duration(v) * time.Millisecond
		}
	}
	if he.Response != nil {
		if s := he.Response.Header.Get("Retry-After"); s != "" {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return time.Duration(n) * time.Second
			}
			if t, err := http.ParseTime(s); err == nil {
				return time.Until(t)
			}
		}
	}
	return 0
}

// backoff returns the wait before retry n (1-based): exponential from
// Base, capped at Max, with ±20 % jitter so clients do not retry in step.
func (p retryPolicy) backoff(n int) time.Duration {
	d := p.Base << min(n-1, 16)
	if d <= 0 || d > p.Max {
		d = p.Max
	}
	j := time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
	return j
}

// wait returns how long to wait after the n-th failure with err, and false
// when err is not worth retrying.
func (p retryPolicy) wait(err error, n int) (time.Duration, bool) {
	kind, after := classify(err)
	switch kind {
	case errRateLimited:
		if after <= 0 {
			after = p.backoff(n)
		}
		// Honour the server, with a little slack, but never forever.
		return min(after+50*time.Millisecond, 5*time.Minute), true
	case errTransient:
		return p.backoff(n), true
	}
	return 0, false
}

// do calls fn until it succeeds, fails permanently, runs out of attempts,
// or ctx ends. op names the operation in the returned error. onRetry, if
// set, is told of each retry.
func (p retryPolicy) do(ctx context.Context, op string, fn func(ctx context.Context) error, onRetry func(err error, n int, wait time.Duration)) error {
	for n := 1; ; n++ {
		timedOut, err := p.try(ctx, fn)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", op, ctx.Err())
		}
		wait, ok := p.wait(err, n)
		if timedOut {
			wait, ok = p.backoff(n), true
		}
		if !ok || (p.Attempts > 0 && n >= p.Attempts) {
			return fmt.Errorf("%s: %w", op, err)
		}
		if onRetry != nil {
			onRetry(err, n, wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w", op, ctx.Err())
		case <-t.C:
		}
	}
}

// try makes one attempt of fn, bounded by p.Try; timedOut reports that
// the attempt, not ctx, ran out of time.
func (p retryPolicy) try(ctx context.Context, fn func(ctx context.Context) error) (timedOut bool, err error) {
	if p.Try <= 0 {
		return false, fn(ctx)
	}
	tctx, cancel := context.WithTimeout(ctx, p.Try)
	defer cancel()
	err = fn(tctx)
	if err != nil && ctx.Err() == nil && errors.Is(tctx.Err(), context.DeadlineExceeded) {
		return true, fmt.Errorf("no answer in %s: %w", p.Try, err)
	}
	return false, err
}
