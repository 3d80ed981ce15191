package matrix

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"

	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

// firstContactTimeout bounds Check's call to a homeserver this bot never
// reached: long enough for a slow server, short enough that a wrong URL
// fails the start instead of being waited for.
const firstContactTimeout = 15 * time.Second

// reachedKey is the state store key of the homeserver this bot last logged
// in to (its URL).
const reachedKey = "matrix/homeserver"

// Check checks cfg as New does (with end-to-end encryption when PickleKey
// is set) and, unless the state store shows that this bot logged in to the
// homeserver before, asks the homeserver for its versions, once, giving it
// 15 seconds (or less, by ctx's deadline) to answer. Its errors name the
// setting at fault and are ones retrying cannot fix (Permanent).
//
// The two starts differ on purpose: a homeserver that never answered is
// most likely a wrong MATRIX_HOMESERVER, to be told at once, while one
// that answered before and does not now is down or restarting, and worth
// waiting for.
func Check(ctx context.Context, cfg Config, state bot.StateStore) error {
	if err := cfg.validate(cfg.PickleKey != ""); err != nil {
		return err
	}
	ok, err := reached(ctx, state, cfg)
	if err != nil {
		return fmt.Errorf("matrix: check: %w", err)
	}
	if ok {
		return nil
	}
	return probe(ctx, cfg.Homeserver)
}

// MarkReached records in state that this bot logged in to homeserver, so
// that Check does not probe it again. New calls it after each log-in.
func MarkReached(ctx context.Context, state bot.StateStore, homeserver string) error {
	if err := state.SetState(ctx, reachedKey, []byte(baseURL(homeserver))); err != nil {
		return fmt.Errorf("matrix: note the homeserver: %w", err)
	}
	return nil
}

// noteReached is MarkReached for the adapter's homeserver; a failure only
// means the next start checks the homeserver again.
func (a *Adapter) noteReached(ctx context.Context) {
	if v, err := a.state.State(ctx, reachedKey); err == nil && string(v) == baseURL(a.cfg.Homeserver) {
		return
	}
	if err := MarkReached(ctx, a.state, a.cfg.Homeserver); err != nil {
		a.log.Warn("matrix: could not note the homeserver as reached", "err", err)
	}
}

// reached reports whether the state store shows that this bot logged in
// to cfg's homeserver before: the homeserver noted by MarkReached, or,
// for state kept before that note existed, a sync token or device id
// saved for cfg.UserID.
func reached(ctx context.Context, state bot.StateStore, cfg Config) (bool, error) {
	v, err := state.State(ctx, reachedKey)
	switch {
	case err == nil:
		return string(v) == baseURL(cfg.Homeserver), nil
	case bot.ErrorCode(err) != bot.ENotFound:
		return false, err
	case cfg.UserID == "":
		return false, nil
	}
	u := id.UserID(cfg.UserID)
	for _, k := range []string{tokenKey(u), deviceKey(u)} {
		_, err := state.State(ctx, k)
		switch {
		case err == nil:
			return true, nil
		case bot.ErrorCode(err) != bot.ENotFound:
			return false, err
		}
	}
	return false, nil
}

func baseURL(homeserver string) string {
	return strings.TrimRight(strings.TrimSpace(homeserver), "/")
}

// probe asks homeserver for /_matrix/client/versions, once, and says what
// is wrong when no Matrix homeserver answers.
func probe(ctx context.Context, homeserver string) error {
	base := baseURL(homeserver)
	timeout := firstContactTimeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = min(timeout, time.Until(dl))
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(pctx, http.MethodGet, base+"/_matrix/client/versions", nil)
	if err != nil {
		return fmt.Errorf("setting MATRIX_HOMESERVER: %w", err)
	}
	resp, err := http.DefaultClient.Do(req) //nolint:gosec // the URL is the operator's homeserver
	if err != nil {
		if errors.Is(ctx.Err(), context.Canceled) {
			return fmt.Errorf("matrix: check %s: %w", base, ctx.Err())
		}
		why := netReason(err)
		if pctx.Err() != nil {
			why = "no answer within " + timeout.Round(100*time.Millisecond).String()
		}
		return fmt.Errorf("setting MATRIX_HOMESERVER: %s did not answer (%s); check the URL and that the homeserver is running", base, why)
	}
	defer resp.Body.Close()
	var v struct {
		Versions []string `json:"versions"`
	}
	what := fmt.Sprintf("HTTP %d", resp.StatusCode)
	if resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&v); err == nil && len(v.Versions) > 0 {
			return nil
		}
		what = "not a list of Matrix versions"
	}
	return fmt.Errorf("setting MATRIX_HOMESERVER: %s is not a Matrix homeserver's client API (GET /_matrix/client/versions: %s); use the URL Matrix clients use, e.g. https://matrix.example.org", base, what)
}

// netReason says in a few words why a request got no answer.
func netReason(err error) string {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var host x509.HostnameError
	var ne net.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(err, &dns):
		return "its host name does not resolve"
	case errors.As(err, &cert), errors.As(err, &unknownCA), errors.As(err, &host):
		return "its TLS certificate is not valid"
	case errors.As(err, &ne) && ne.Timeout():
		return "no answer in time"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the connection was closed"
	}
	return "no connection"
}
