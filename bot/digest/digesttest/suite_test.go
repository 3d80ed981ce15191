package digesttest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

// errFault is the error a faultStore returns.
var errFault = errors.New("injected store fault")

// faultStore is a digest.Store that counts the calls made to it and fails
// the one numbered failAt (from 1; 0 fails none) with errFault, before it
// reaches the store under it.
type faultStore struct {
	s digest.Store

	mu     sync.Mutex
	calls  int
	failAt int
	failed bool // the call failAt was made, and failed
}

func (f *faultStore) fault() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.calls == f.failAt {
		f.failed = true
		return errFault
	}
	return nil
}

func (f *faultStore) faulted() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.failed
}

func (f *faultStore) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

var _ digest.Store = (*faultStore)(nil)

func (f *faultStore) Thread(ctx context.Context, k bot.ThreadKey) (*bot.Thread, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.Thread(ctx, k)
}

func (f *faultStore) SaveThread(ctx context.Context, t *bot.Thread) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.SaveThread(ctx, t)
}

func (f *faultStore) AddTurn(ctx context.Context, k bot.ThreadKey, turn bot.Turn) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.AddTurn(ctx, k, turn)
}

func (f *faultStore) DeleteThread(ctx context.Context, k bot.ThreadKey) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.DeleteThread(ctx, k)
}

func (f *faultStore) ThreadsSince(ctx context.Context, platform string, c bot.ConversationID, since time.Time, limit int) ([]*bot.Thread, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.ThreadsSince(ctx, platform, c, since, limit)
}

func (f *faultStore) DigestSettings(ctx context.Context, c digest.Conversation) (*digest.Settings, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.DigestSettings(ctx, c)
}

func (f *faultStore) SetDigestSchedule(ctx context.Context, c digest.Conversation, spec, tz string, next time.Time, by bot.UserID) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.SetDigestSchedule(ctx, c, spec, tz, next, by)
}

func (f *faultStore) SetDigestQuiet(ctx context.Context, c digest.Conversation, quiet bool) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.SetDigestQuiet(ctx, c, quiet)
}

func (f *faultStore) DueDigests(ctx context.Context, now time.Time, limit int) ([]digest.Settings, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.DueDigests(ctx, now, limit)
}

func (f *faultStore) ClaimDigest(ctx context.Context, c digest.Conversation, prev, now, until time.Time) (bool, error) {
	if err := f.fault(); err != nil {
		return false, err
	}
	return f.s.ClaimDigest(ctx, c, prev, now, until)
}

func (f *faultStore) AdvanceDigest(ctx context.Context, c digest.Conversation, prev, next time.Time) (bool, error) {
	if err := f.fault(); err != nil {
		return false, err
	}
	return f.s.AdvanceDigest(ctx, c, prev, next)
}

func (f *faultStore) FinishDigest(ctx context.Context, c digest.Conversation, ran time.Time) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.FinishDigest(ctx, c, ran)
}

func (f *faultStore) AddFeed(ctx context.Context, c digest.Conversation, fd *digest.Feed) (bool, error) {
	if err := f.fault(); err != nil {
		return false, err
	}
	return f.s.AddFeed(ctx, c, fd)
}

func (f *faultStore) Feeds(ctx context.Context, c digest.Conversation) ([]digest.Feed, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.Feeds(ctx, c)
}

func (f *faultStore) RemoveFeed(ctx context.Context, c digest.Conversation, id int64) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.RemoveFeed(ctx, c, id)
}

func (f *faultStore) UpdateFeed(ctx context.Context, c digest.Conversation, fd *digest.Feed) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.UpdateFeed(ctx, c, fd)
}

func (f *faultStore) SeenKeys(ctx context.Context, c digest.Conversation, keys []string) (map[string]bool, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.SeenKeys(ctx, c, keys)
}

func (f *faultStore) MarkSeen(ctx context.Context, c digest.Conversation, keys []string, at time.Time) (bool, error) {
	if err := f.fault(); err != nil {
		return false, err
	}
	return f.s.MarkSeen(ctx, c, keys, at)
}

func (f *faultStore) SaveDigest(ctx context.Context, d *digest.Record) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.SaveDigest(ctx, d)
}

func (f *faultStore) SetDigestMessage(ctx context.Context, id int64, msg bot.MessageID) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.SetDigestMessage(ctx, id, msg)
}

func (f *faultStore) DeleteDigest(ctx context.Context, id int64) error {
	if err := f.fault(); err != nil {
		return err
	}
	return f.s.DeleteDigest(ctx, id)
}

func (f *faultStore) UnpostedDigests(ctx context.Context, c digest.Conversation, since, before time.Time) ([]digest.Record, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.UnpostedDigests(ctx, c, since, before)
}

func (f *faultStore) DigestItem(ctx context.Context, c digest.Conversation, msg bot.MessageID, n int) (*digest.Item, error) {
	if err := f.fault(); err != nil {
		return nil, err
	}
	return f.s.DigestItem(ctx, c, msg, n)
}

func (f *faultStore) PruneDigests(ctx context.Context, before time.Time) (int, error) {
	if err := f.fault(); err != nil {
		return 0, err
	}
	return f.s.PruneDigests(ctx, before)
}

// recorder is a testing.TB that records failures instead of reporting
// them, so that a check can be run to see whether it fails. Fatal and
// FailNow end the calling goroutine, as testing's do. What it does not
// override (Cleanup, TempDir, Name…) goes to the real test.
type recorder struct {
	testing.TB

	mu      sync.Mutex
	failed  bool
	skipped bool
	first   string // the first failure's message
}

func (r *recorder) Helper() {}

func (r *recorder) Log(...any)          {}
func (r *recorder) Logf(string, ...any) {}

func (r *recorder) fail(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.failed {
		r.failed, r.first = true, msg
	}
}

func (r *recorder) Fail()                        { r.fail("Fail") }
func (r *recorder) Error(args ...any)            { r.fail(fmt.Sprint(args...)) }
func (r *recorder) Errorf(f string, args ...any) { r.fail(fmt.Sprintf(f, args...)) }
func (r *recorder) FailNow()                     { r.Fail(); runtime.Goexit() }
func (r *recorder) Fatal(args ...any)            { r.Error(args...); runtime.Goexit() }
func (r *recorder) Fatalf(f string, args ...any) {
	r.Errorf(f, args...)
	runtime.Goexit()
}

func (r *recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func (r *recorder) SkipNow() {
	r.mu.Lock()
	r.skipped = true
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recorder) Skip(...any)          { r.SkipNow() }
func (r *recorder) Skipf(string, ...any) { r.SkipNow() }

func (r *recorder) Skipped() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.skipped
}

// runCheck runs one check of the suite on a fresh MemStore behind a
// faultStore failing call failAt, with a recorder, and returns both. A
// pair check gets the same store twice, as Opener.Pair allows.
func runCheck(t *testing.T, name string, failAt int) (*faultStore, *recorder) {
	t.Helper()
	fs := &faultStore{s: digest.NewMemStore(), failAt: failAt}
	rec := &recorder{TB: t}
	var fn func()
	for _, c := range singleChecks {
		if c.name == name {
			fn = func() { c.fn(rec, fs) }
		}
	}
	for _, c := range pairChecks {
		if c.name == name {
			fn = func() { c.fn(rec, fs, fs) }
		}
	}
	if fn == nil {
		t.Fatalf("no check %s", name)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s with call %d failing did not end", name, failAt)
	}
	return fs, rec
}

func checkNames() []string {
	var names []string
	for _, c := range singleChecks {
		names = append(names, c.name)
	}
	for _, c := range pairChecks {
		names = append(names, c.name)
	}
	return names
}

// TestSuiteFailsOnStoreErrors runs every check of the suite with each of
// its store calls failing in turn, one at a time: a check that passes
// while the store returned an error (an error ignored, or any error taken
// for the one expected) would let a broken store pass the suite. The
// checks must pass on the store when nothing fails, and report a failure
// whichever call fails. (The checks that run replicas at once make a
// number of calls that varies from run to run: a call that was not made
// did not fail.)
func TestSuiteFailsOnStoreErrors(t *testing.T) {
	total := 0
	for _, name := range checkNames() {
		t.Run(name, func(t *testing.T) {
			fs, rec := runCheck(t, name, 0)
			if rec.Failed() || rec.Skipped() {
				t.Fatalf("the check fails on a MemStore with no fault: %s", rec.first)
			}
			calls := fs.count()
			if calls == 0 {
				t.Fatal("the check made no store call")
			}
			total += calls
			for i := 1; i <= calls; i++ {
				if fs, rec := runCheck(t, name, i); fs.faulted() && !rec.Failed() {
					t.Errorf("the check passes with store call %d of %d failing", i, calls)
				}
			}
		})
	}
	t.Logf("%d store calls failed one at a time across %d checks", total, len(checkNames()))
}
