package bot

import (
	"errors"
	"fmt"
)

// Error codes. They classify failures for callers and metrics; the text a
// user sees is Error.Message, never the wrapped operator detail.
const (
	EInvalid      = "invalid"       // the input cannot be used (empty, binary, too short…)
	ETooLarge     = "too_large"     // the input is over a configured limit
	EUnsupported  = "unsupported"   // a content type or scheme the bot does not handle
	EFetch        = "fetch"         // a link could not be loaded
	EForbidden    = "forbidden"     // refused by policy (private address, allowlist)
	ENotFound     = "not_found"     // a thread, article or record does not exist
	EUnavailable  = "unavailable"   // a backend (model, platform) is down or timed out
	ERateLimited  = "rate_limited"  // a quota was hit
	EStorage      = "storage"       // the bot's own database failed (retried)
	EInternal     = "internal"      // a bug or an unexpected failure
	ENotSupported = "not_supported" // an optional capability is absent
)

// Error is an application error: Code classifies it, Message is the one-line
// text safe to show to a user, Op and Err carry the operator detail.
type Error struct {
	Code    string
	Message string
	Op      string
	Err     error
}

func (e *Error) Error() string {
	switch {
	case e.Op != "" && e.Err != nil:
		return fmt.Sprintf("%s: %s: %v", e.Op, e.Message, e.Err)
	case e.Err != nil:
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	case e.Op != "":
		return e.Op + ": " + e.Message
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a user-facing message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with a user-facing message that keeps err as
// operator detail.
func WrapError(err error, code, op, message string) *Error {
	return &Error{Code: code, Op: op, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, or EInternal
// for any other non-nil error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the text to show a user for err: the message of the
// first *Error in its chain, or a generic line for anything else so that
// internal detail never reaches a chat.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "Internal error: the briefing could not be made. The operator's log has the detail."
}
