package bot

import "context"

// A request whose run fails is run again by the queue, up to a number of
// attempts. The engine tells failures of its own storage (EStorage) from
// the others: while the queue will try again it leaves the request's
// "Reading the article…" message as it is and returns the error, so that
// a database restart costs a delay and no error in the thread; on the
// last attempt it tells the user.

type attemptKey struct{}

type attempt struct{ n, max int }

// WithAttempt returns ctx saying that this run of a request is attempt n
// (from 1) of at most max. Queues set it; a run without it is taken to be
// the last.
func WithAttempt(ctx context.Context, n, max int) context.Context {
	return context.WithValue(ctx, attemptKey{}, attempt{n: n, max: max})
}

// finalAttempt reports whether a failed run of this request will not be
// run again.
func finalAttempt(ctx context.Context) bool {
	a, ok := ctx.Value(attemptKey{}).(attempt)
	return !ok || a.n >= a.max
}

// retryLater reports whether err is a failure of the bot's storage that
// the queue will retry, so the user need not hear of it yet.
func retryLater(ctx context.Context, err error) bool {
	return ErrorCode(err) == EStorage && !finalAttempt(ctx) && ctx.Err() == nil
}

// storageError wraps a failure of the bot's own storage.
func storageError(err error, op string) error {
	return WrapError(err, EStorage, op, "Briefbot cannot reach its storage just now; please try again in a few minutes.")
}
