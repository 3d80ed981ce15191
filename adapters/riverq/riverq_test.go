package riverq

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// TestMain says when the PostgreSQL tests will skip.
func TestMain(m *testing.M) {
	pgtest.NoteSkip("adapters/riverq")
	os.Exit(m.Run())
}

// recorder is a handler that records what it handled, in order per thread,
// and notices two requests of one thread running at once.
type recorder struct {
	mu       sync.Mutex
	order    map[bot.MessageID][]bot.MessageID
	running  map[bot.MessageID]int
	overlap  bool
	fail     map[bot.MessageID]int
	calls    int
	finished chan struct{}
}

func newRecorder() *recorder {
	return &recorder{order: map[bot.MessageID][]bot.MessageID{}, running: map[bot.MessageID]int{}, fail: map[bot.MessageID]int{}, finished: make(chan struct{}, 1000)}
}

func (r *recorder) Handle(_ context.Context, _ bot.Chat, m *bot.Message) error {
	th := m.ReplyTarget().Thread
	r.mu.Lock()
	r.calls++
	r.running[th]++
	if r.running[th] > 1 {
		r.overlap = true
	}
	fail := r.fail[m.ID] > 0
	if fail {
		r.fail[m.ID]--
	}
	r.mu.Unlock()
	time.Sleep(2 * time.Millisecond)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.running[th]--
	if fail {
		return fmt.Errorf("post failed")
	}
	r.order[th] = append(r.order[th], m.ID)
	r.finished <- struct{}{}
	return nil
}

type nopChat struct{}

func (nopChat) Post(context.Context, bot.Target, *bot.Reply) (bot.MessageID, error) { return "x", nil }

func openSQLiteQueue(t *testing.T, path string, h bot.Handler) *Queue {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	q, err := OpenSQLite(context.Background(), st.DB(), h, Options{Workers: 4, PollInterval: 50 * time.Millisecond, Snooze: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func openPostgresQueue(t *testing.T, h bot.Handler) *Queue {
	t.Helper()
	qs, _ := openPostgresQueues(t, Options{}, h)
	return qs[0]
}

// openPostgresQueues opens a queue per handler on one fresh schema, as
// replicas sharing a database do, and returns a pool on that schema.
func openPostgresQueues(t *testing.T, o Options, hs ...bot.Handler) ([]*Queue, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	url := pgtest.Schema(t)
	o.Workers, o.PollInterval, o.Snooze = 4, 50*time.Millisecond, 20*time.Millisecond
	var qs []*Queue
	var pool *pgxpool.Pool
	for _, h := range hs {
		st, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		q, err := OpenPostgres(ctx, st.Pool(), h, o)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q)
		pool = st.Pool()
	}
	return qs, pool
}

func TestQueueSQLite(t *testing.T) {
	testQueue(t, func(t *testing.T, h bot.Handler) *Queue {
		return openSQLiteQueue(t, filepath.Join(t.TempDir(), "b.db"), h)
	})
}

func TestQueuePostgres(t *testing.T) {
	testQueue(t, openPostgresQueue)
}

// testQueue submits every request twice across several threads, with one
// request failing twice, and checks each is handled once, in order within
// its thread, never two of one thread at once.
func testQueue(t *testing.T, open func(t *testing.T, h bot.Handler) *Queue) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	h := newRecorder()
	h.fail["t2-m1"] = 2
	q := open(t, h)
	q.Register("test", nopChat{})
	const threads, per = 6, 5
	for i := range per {
		for th := range threads {
			m := &bot.Message{Platform: "test", Conversation: "C", Thread: bot.MessageID(fmt.Sprint("t", th)), ID: bot.MessageID(fmt.Sprintf("t%d-m%d", th, i))}
			for range 2 {
				if err := q.Submit(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = q.Stop(context.Background()) }()
	for range threads * per {
		select {
		case <-h.finished:
		case <-ctx.Done():
			t.Fatalf("timed out: handled %d of %d", len(h.order), threads*per)
		}
	}
	time.Sleep(200 * time.Millisecond) // any duplicate would run now
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.overlap {
		t.Error("two requests of one thread ran at once")
	}
	for th := range threads {
		k := bot.MessageID(fmt.Sprint("t", th))
		if len(h.order[k]) != per {
			t.Errorf("thread %s handled %v, want %d requests once each", k, h.order[k], per)
			continue
		}
		for i, id := range h.order[k] {
			if want := bot.MessageID(fmt.Sprintf("%s-m%d", k, i)); id != want {
				t.Errorf("thread %s position %d = %s, want %s", k, i, id, want)
			}
		}
	}
	if h.calls != threads*per+2 {
		t.Errorf("handler calls = %d, want %d (each once plus two retries)", h.calls, threads*per+2)
	}
}

// TestQueueSurvivesKill runs a queue in a child process, kills it with
// SIGKILL while it is handling a request, and checks that a new process on
// the same database finishes that request, once.
func TestQueueSurvivesKill(t *testing.T) {
	if os.Getenv("RIVERQ_CHILD") != "" {
		childProcess()
		return
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	started := filepath.Join(dir, "started")
	cmd := exec.Command(os.Args[0], "-test.run=^TestQueueSurvivesKill$")
	cmd.Env = append(os.Environ(), "RIVERQ_CHILD=1", "RIVERQ_DB="+db, "RIVERQ_STARTED="+started)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(started); err == nil {
			break
		}
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatal("child never started the request")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	h := newRecorder()
	q := openSQLiteQueue(t, db, h)
	q.Register("test", nopChat{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// The platform retries the same event after the crash: no second job.
	if err := q.Submit(ctx, childMessage); err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = q.Stop(context.Background()) }()
	select {
	case <-h.finished:
	case <-ctx.Done():
		t.Fatal("the interrupted request was not resumed after restart")
	}
	time.Sleep(300 * time.Millisecond)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.calls != 1 {
		t.Errorf("handled %d times after restart, want once", h.calls)
	}
}

var childMessage = &bot.Message{Platform: "test", Conversation: "C", ID: "m1", Text: "brief this"}

// blocker signals that it started and never returns: the parent kills us.
type blocker struct{ started string }

func (b blocker) Handle(ctx context.Context, _ bot.Chat, _ *bot.Message) error {
	_ = os.WriteFile(b.started, []byte("1"), 0o600)
	<-ctx.Done()
	select {} // hold on until SIGKILL
}

func childProcess() {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, os.Getenv("RIVERQ_DB"))
	if err != nil {
		panic(err)
	}
	q, err := OpenSQLite(ctx, st.DB(), blocker{started: os.Getenv("RIVERQ_STARTED")}, Options{PollInterval: 50 * time.Millisecond})
	if err != nil {
		panic(err)
	}
	q.Register("test", nopChat{})
	if err := q.Submit(ctx, childMessage); err != nil {
		panic(err)
	}
	if err := q.Start(ctx); err != nil {
		panic(err)
	}
	select {}
}

// BenchmarkSubmitSQLite measures accepting requests: each Submit commits
// a unique job before it returns, as an adapter's acknowledgement waits.
func BenchmarkSubmitSQLite(b *testing.B) {
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	q, err := OpenSQLite(context.Background(), st.DB(), newRecorder(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	i := 0
	start := time.Now()
	for b.Loop() {
		i++
		m := &bot.Message{Platform: "bench", Conversation: "C", ID: bot.MessageID(fmt.Sprint("m", i)), Text: "x"}
		if err := q.Submit(ctx, m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(i)/time.Since(start).Seconds(), "requests/s")
}

// stopHandler signals when it starts, then runs for d unless its context
// is cancelled first, and reports whether it was.
type stopHandler struct {
	d         time.Duration
	started   chan struct{}
	cancelled chan bool
}

func (h stopHandler) Handle(ctx context.Context, _ bot.Chat, _ *bot.Message) error {
	h.started <- struct{}{}
	select {
	case <-time.After(h.d):
		h.cancelled <- false
		return nil
	case <-ctx.Done():
		h.cancelled <- true
		return ctx.Err()
	}
}

// startBusy starts a queue with one request running in h.
func startBusy(t *testing.T, h stopHandler) *Queue {
	t.Helper()
	q := openSQLiteQueue(t, filepath.Join(t.TempDir(), "b.db"), h)
	q.Register("test", nopChat{})
	ctx := context.Background()
	if err := q.Submit(ctx, &bot.Message{Platform: "test", Conversation: "C", ID: "m1", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-h.started:
	case <-time.After(30 * time.Second):
		t.Fatal("the request never started")
	}
	return q
}

// TestStopDrains checks that Stop lets a running request finish.
func TestStopDrains(t *testing.T) {
	h := stopHandler{d: 300 * time.Millisecond, started: make(chan struct{}, 1), cancelled: make(chan bool, 1)}
	q := startBusy(t, h)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := q.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	select {
	case c := <-h.cancelled:
		if c {
			t.Error("the running request was cancelled, want it drained")
		}
	default:
		t.Error("Stop returned before the running request finished")
	}
}

// TestStopCancelsAfterDeadline checks that once Stop's context ends, the
// running request is cancelled and Stop returns promptly.
func TestStopCancelsAfterDeadline(t *testing.T) {
	h := stopHandler{d: time.Minute, started: make(chan struct{}, 1), cancelled: make(chan bool, 1)}
	q := startBusy(t, h)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	// The request would run a minute and report that it finished: only
	// a Stop that cancels it once ctx ends makes it report a cancel.
	if err := q.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	select {
	case c := <-h.cancelled:
		if !c {
			t.Error("the request finished, want it cancelled")
		}
	default:
		t.Error("Stop returned before the cancelled request ended")
	}
}

// TestExclusivePlatform runs two replicas whose "matrix" requests only the
// one that Works the platform may handle: none is handled before either
// does, all by the one that does, and by the other once the first
// releases it; "slack" requests go to both as usual.
func TestExclusivePlatform(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ha, hb := newRecorder(), newRecorder()
	qs, pool := openPostgresQueues(t, Options{Exclusive: []string{"matrix"}}, ha, hb)
	a, b := qs[0], qs[1]
	for _, q := range qs {
		q.Register("matrix", nopChat{})
		q.Register("slack", nopChat{})
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = q.Stop(context.Background()) }()
	}
	if _, err := a.Work(ctx, "slack"); err == nil {
		t.Error("Work of a platform that is not exclusive succeeded")
	}
	submit := func(q *Queue, platform, id string) {
		t.Helper()
		if err := q.Submit(ctx, &bot.Message{Platform: platform, Conversation: "C", ID: bot.MessageID(id)}); err != nil {
			t.Fatal(err)
		}
	}
	handled := func(r *recorder) []bot.MessageID {
		r.mu.Lock()
		defer r.mu.Unlock()
		var out []bot.MessageID
		for _, ids := range r.order {
			out = append(out, ids...)
		}
		slices.Sort(out)
		return out
	}
	waitHandled := func(what string, n int) {
		t.Helper()
		for len(handled(ha))+len(handled(hb)) < n {
			select {
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s: a handled %v, b %v", what, handled(ha), handled(hb))
			case <-time.After(20 * time.Millisecond):
			}
		}
	}

	// Nobody works matrix: its requests wait; slack's are handled. One of
	// them is marked running, as a worker that died would leave it: it
	// runs as soon as a process works matrix, not after the job timeout.
	submit(b, "matrix", "m1")
	submit(b, "matrix", "m0")
	if tag, err := pool.Exec(ctx, `UPDATE river_job SET state = 'running', attempted_at = now(), attempt = 1
		WHERE args->>'key' LIKE '%m0'`); err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("mark m0 running: %v (%d rows)", err, tag.RowsAffected())
	}
	submit(a, "slack", "s1")
	waitHandled("the slack request", 1)
	time.Sleep(300 * time.Millisecond) // six polls: a matrix job taken now would show
	if got := append(handled(ha), handled(hb)...); fmt.Sprint(got) != "[s1]" {
		t.Fatalf("handled %v before anyone worked matrix, want [s1]", got)
	}

	// a works matrix: the waiting request and new ones go to a only.
	releaseA, err := a.Work(ctx, "matrix")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Work(ctx, "matrix"); err == nil {
		t.Error("a second Work of the same platform succeeded")
	}
	for i := 2; i <= 6; i++ {
		submit(b, "matrix", fmt.Sprint("m", i))
	}
	waitHandled("the matrix requests on a", 8)
	if err := releaseA(ctx); err != nil {
		t.Fatal(err)
	}

	// b takes over.
	releaseB, err := b.Work(ctx, "matrix")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = releaseB(context.Background()) }()
	submit(a, "matrix", "m7")
	waitHandled("the matrix request on b", 9)
	if !slices.Contains(handled(ha), "m0") {
		t.Errorf("a handled %v, want the request left running (m0) too", handled(ha))
	}
	for _, id := range handled(hb) {
		if id != "m7" && id != "s1" {
			t.Errorf("b handled %s while a worked matrix", id)
		}
	}
	if !slices.Contains(handled(hb), "m7") {
		t.Errorf("b handled %v after taking over, want m7", handled(hb))
	}
	for _, id := range handled(ha) {
		if id == "m7" {
			t.Error("a handled m7 after releasing matrix")
		}
	}
}

// TestScrubsFinishedJobs checks that a request's text and files leave the
// job table once it is done (so that "forget" leaves no copy there), and
// that a later delivery of the same request is still a duplicate.
func TestScrubsFinishedJobs(t *testing.T) {
	const marker = "SCRUB-MARKER-7f3a"
	for _, tc := range []struct {
		name string
		open func(t *testing.T, h bot.Handler) (*Queue, func(ctx context.Context) (int, error))
	}{
		{"sqlite", func(t *testing.T, h bot.Handler) (*Queue, func(ctx context.Context) (int, error)) {
			st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			q, err := OpenSQLite(context.Background(), st.DB(), h, Options{Workers: 2, PollInterval: 50 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			return q, func(ctx context.Context) (n int, err error) {
				err = st.DB().QueryRowContext(ctx, `SELECT count(*) FROM river_job WHERE json(args) LIKE ?`, "%"+marker+"%").Scan(&n)
				return n, err
			}
		}},
		{"postgres", func(t *testing.T, h bot.Handler) (*Queue, func(ctx context.Context) (int, error)) {
			qs, pool := openPostgresQueues(t, Options{}, h)
			return qs[0], func(ctx context.Context) (n int, err error) {
				err = pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE args::text LIKE $1`, "%"+marker+"%").Scan(&n)
				return n, err
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			h := newRecorder()
			q, count := tc.open(t, h)
			q.Register("test", nopChat{})
			m := &bot.Message{Platform: "test", Conversation: "C", ID: "m1", Text: "brief " + marker,
				Files: []bot.File{{Name: "a.txt", Data: []byte(marker)}}}
			if err := q.Submit(ctx, m); err != nil {
				t.Fatal(err)
			}
			if n, err := count(ctx); err != nil || n != 1 {
				t.Fatalf("jobs holding the text before the run = %d, %v; want 1 (the query must see it)", n, err)
			}
			if err := q.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer func() { _ = q.Stop(context.Background()) }()
			<-h.finished
			for {
				n, err := count(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if n == 0 {
					break
				}
				select {
				case <-ctx.Done():
					t.Fatalf("%d finished job(s) still hold the request's text", n)
				case <-time.After(20 * time.Millisecond):
				}
			}
			if err := q.Submit(ctx, m); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond) // a duplicate would run now
			h.mu.Lock()
			defer h.mu.Unlock()
			if h.calls != 1 {
				t.Errorf("handler calls = %d, want 1: a scrubbed job must still make redeliveries duplicates", h.calls)
			}
		})
	}
}

// TestRunsJobsOfEarlierVersions checks that a job written by the version
// before bot.Message had JSON tags (its arguments in the Go field names,
// bot/testdata/persisted/message_v1.json) runs with its message intact.
func TestRunsJobsOfEarlierVersions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	v1, err := os.ReadFile(filepath.Join("..", "..", "bot", "testdata", "persisted", "message_v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got := make(chan bot.Message, 1)
	h := handlerFunc(func(m *bot.Message) { got <- *m })
	q, err := OpenSQLite(ctx, st.DB(), h, Options{Workers: 1, PollInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	q.Register("slack", nopChat{})
	m := &bot.Message{Platform: "slack", Conversation: "C0123ABCD", ID: "1700000000.000100", Thread: "1700000000.000001"}
	if err := q.Submit(ctx, m); err != nil {
		t.Fatal(err)
	}
	// Rewrite the job's message as the earlier version stored it.
	old := `{"key": ` + strconv.Quote(bot.IdempotencyKey(m)) + `, "thread_key": "slack|C0123ABCD|1700000000.000001", "message": ` + string(v1) + `}`
	if _, err := st.DB().ExecContext(ctx, `UPDATE river_job SET args = jsonb(?)`, old); err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = q.Stop(context.Background()) }()
	select {
	case m := <-got:
		if m.Text != "brief https://news.example.com/a" || !m.Direct || len(m.Files) != 1 || m.Files[0].MIMEType != "text/plain" ||
			string(m.Files[0].Data) != "The ministry said talks had collapsed." || m.User != "U0123ABCD" || m.Time.IsZero() {
			t.Errorf("the earlier version's job ran with %+v", m)
		}
	case <-ctx.Done():
		t.Fatal("the earlier version's job did not run")
	}
}

// handlerFunc is a bot.Handler that calls f and succeeds.
type handlerFunc func(m *bot.Message)

func (f handlerFunc) Handle(_ context.Context, _ bot.Chat, m *bot.Message) error {
	f(m)
	return nil
}

// gated handles requests: the first attempt of "a1" blocks until release
// is closed and then fails, so that it is retried; the others return at
// once.
type gated struct {
	started chan bot.MessageID
	release chan struct{}
	mu      sync.Mutex
	calls   map[bot.MessageID]int
}

func (g *gated) Handle(_ context.Context, _ bot.Chat, m *bot.Message) error {
	g.mu.Lock()
	g.calls[m.ID]++
	n := g.calls[m.ID]
	g.mu.Unlock()
	g.started <- m.ID
	if m.ID == "a1" && n == 1 {
		<-g.release
		return fmt.Errorf("post failed")
	}
	return nil
}

// TestRunningAndWaited checks Queue.Running through a queue's life, and
// Options.Waited with one worker: a request submitted while the worker is
// busy reports at least the time it was held up; a later request of the
// busy thread reports one wait however often it was snoozed; the retry of
// a failed request reports none.
func TestRunningAndWaited(t *testing.T) {
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			var mu sync.Mutex
			waits := map[string][]time.Duration{}
			g := &gated{started: make(chan bot.MessageID, 10), release: make(chan struct{}), calls: map[bot.MessageID]int{}}
			o := Options{Workers: 1, PollInterval: 50 * time.Millisecond, Snooze: 20 * time.Millisecond,
				Waited: func(platform string, d time.Duration) {
					mu.Lock()
					defer mu.Unlock()
					waits[platform] = append(waits[platform], d)
				}}
			q := openWith(t, db, g, o)
			if err := q.Running(); err == nil || !strings.Contains(err.Error(), "not started") {
				t.Errorf("Running before Start = %v, want not started", err)
			}
			// Thread A's requests on platform pa, thread B's on pb: the
			// waits reported are told apart by platform.
			q.Register("pa", nopChat{})
			q.Register("pb", nopChat{})
			submit := func(platform, thread, id string) {
				t.Helper()
				m := &bot.Message{Platform: platform, Conversation: "C", Thread: bot.MessageID(thread), ID: bot.MessageID(id)}
				if err := q.Submit(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
			submit("pa", "A", "a1")
			if err := q.Start(ctx); err != nil {
				t.Fatal(err)
			}
			if err := q.Running(); err != nil {
				t.Errorf("Running after Start = %v, want nil", err)
			}
			if id := <-g.started; id != "a1" {
				t.Fatalf("first request handled = %s, want a1", id)
			}
			submit("pb", "B", "b1")
			submit("pa", "A", "a2")
			held := time.Now()
			time.Sleep(300 * time.Millisecond)
			hold := time.Since(held)
			close(g.release)
			// a1 fails, b1 runs, a1 is retried after 1 s, then a2; each
			// reports its wait, if any, before it is handled.
			for range 3 {
				select {
				case <-g.started:
				case <-ctx.Done():
					t.Fatal("timed out waiting for the requests")
				}
			}
			if err := q.Stop(ctx); err != nil {
				t.Fatal(err)
			}
			if err := q.Running(); err == nil {
				t.Error("Running after Stop = nil, want an error")
			}
			mu.Lock()
			defer mu.Unlock()
			g.mu.Lock()
			defer g.mu.Unlock()
			if g.calls["a1"] != 2 || g.calls["a2"] != 1 || g.calls["b1"] != 1 {
				t.Errorf("handler calls = %v, want a1 twice (a retry), a2 and b1 once", g.calls)
			}
			if len(waits["pa"]) != 2 || len(waits["pb"]) != 1 {
				t.Fatalf("waits reported = %v, want two for pa (a1, a2: no retry) and one for pb", waits)
			}
			for _, w := range []time.Duration{waits["pb"][0], waits["pa"][1]} {
				if w < hold {
					t.Errorf("a request held up %v behind a busy worker reported a wait of %v", hold, w)
				}
			}
			t.Logf("waits: a1 %v, b1 %v, a2 %v (held %v)", waits["pa"][0], waits["pb"][0], waits["pa"][1], hold)
		})
	}
}

// openWith opens a queue on a fresh SQLite file or PostgreSQL schema with
// options o as they are.
func openWith(t *testing.T, db string, h bot.Handler, o Options) *Queue {
	t.Helper()
	ctx := context.Background()
	var q *Queue
	var err error
	switch db {
	case "sqlite":
		st, oerr := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
		if oerr != nil {
			t.Fatal(oerr)
		}
		t.Cleanup(func() { st.Close() })
		q, err = OpenSQLite(ctx, st.DB(), h, o)
	default:
		st, oerr := postgres.Open(ctx, pgtest.Schema(t))
		if oerr != nil {
			t.Fatal(oerr)
		}
		t.Cleanup(func() { st.Close() })
		q, err = OpenPostgres(ctx, st.Pool(), h, o)
	}
	if err != nil {
		t.Fatal(err)
	}
	return q
}
