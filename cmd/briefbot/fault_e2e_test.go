package main

// Faults under load: the database and the Matrix homeserver restarted
// while `briefbot serve` handles a burst of mentions (the Slack Socket Mode
// connection dropped mid-burst is adapters/slack's TestFaultSocketDrop).
// The servers are private to each test, started in a temporary directory:
// the shared PostgreSQL and Dendrite of .ci/run serve other packages'
// tests at the same time and must not be restarted. Each test logs one
// line of figures ("fault NAME: …"): what was lost and doubled (both must
// be nothing) and how long recovery took; docs/reliability.md quotes them.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// faultFigures are the outcome of a fault test.
type faultFigures struct {
	name     string
	counts   []int       // answers per mention
	answered []time.Time // when each mention was first answered
	down     time.Duration
	back     time.Time // when the fault ended: the server is up again
	extra    string
}

// tally counts the mentions answered once, not at all and more than once.
func (f *faultFigures) tally() (once, lost, doubled int) {
	for _, c := range f.counts {
		switch c {
		case 0:
			lost++
		case 1:
			once++
		default:
			doubled++
		}
	}
	return once, lost, doubled
}

// recovery returns how long after the fault ended the first mention was
// answered, and the last one.
func (f *faultFigures) recovery() (first, all time.Duration) {
	first = -1
	for _, at := range f.answered {
		if at.IsZero() {
			continue
		}
		d := at.Sub(f.back)
		if d >= 0 && (first < 0 || d < first) {
			first = d
		}
		all = max(all, d)
	}
	return max(first, 0), all
}

func (f *faultFigures) String() string {
	once, lost, doubled := f.tally()
	first, all := f.recovery()
	s := fmt.Sprintf("fault %s: %d mentions, %d answered once, %d lost, %d doubled; down %.1f s; first answer %.1f s and all answered %.1f s after the restart",
		f.name, len(f.counts), once, lost, doubled, f.down.Seconds(), first.Seconds(), all.Seconds())
	if f.extra != "" {
		s += "; " + f.extra
	}
	return s
}

// check fails t unless every mention was answered exactly once.
func (f *faultFigures) check(t *testing.T) {
	t.Helper()
	for i, c := range f.counts {
		if c != 1 {
			t.Errorf("mention %d was answered %d times, want once", i, c)
		}
	}
}

// answerClock polls count (the answers each mention has so far) until the
// test ends, and records when each mention was first answered.
type answerClock struct {
	mu   sync.Mutex
	at   []time.Time
	stop chan struct{}
	done chan struct{}
}

func startAnswerClock(t *testing.T, n int, every time.Duration, count func() []int) *answerClock {
	c := &answerClock{at: make([]time.Time, n), stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			counts := count()
			now := time.Now()
			c.mu.Lock()
			for i, k := range counts {
				if k > 0 && c.at[i].IsZero() {
					c.at[i] = now
				}
			}
			c.mu.Unlock()
			select {
			case <-c.stop:
				return
			case <-tick.C:
			}
		}
	}()
	t.Cleanup(c.halt)
	return c
}

func (c *answerClock) halt() {
	select {
	case <-c.stop:
	default:
		close(c.stop)
	}
	<-c.done
}

// times returns when each mention was first answered (zero: not yet).
func (c *answerClock) times() []time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Time(nil), c.at...)
}

// all reports whether every mention has been answered.
func (c *answerClock) all() bool {
	for _, at := range c.times() {
		if at.IsZero() {
			return false
		}
	}
	return true
}

// waitUntil polls ok until it holds or d has passed, and returns its last
// result.
func waitUntil(d time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

// pgServer is a private PostgreSQL cluster in a temporary directory, which
// a test may stop and start again on the same port.
type pgServer struct {
	bin, dir, data, port string
	runAs                string // the user to run the server as; "" for this process's
	URL                  string
}

// postgresBin finds the directory of initdb and pg_ctl: Debian's newest
// /usr/lib/postgresql/VERSION/bin, else $PATH.
func postgresBin() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return vi > vj
	})
	for _, d := range dirs {
		if isExecutable(filepath.Join(d, "initdb")) && isExecutable(filepath.Join(d, "pg_ctl")) {
			return d
		}
	}
	initdb, err1 := exec.LookPath("initdb")
	_, err2 := exec.LookPath("pg_ctl")
	if err1 != nil || err2 != nil {
		return ""
	}
	return filepath.Dir(initdb)
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// privatePostgresMissing says what this machine lacks to run a PostgreSQL
// server of a test's own, or "" when it lacks nothing.
func privatePostgresMissing() string {
	if postgresBin() == "" {
		return "initdb and pg_ctl not found in /usr/lib/postgresql/*/bin or $PATH (apt-get install postgresql)"
	}
	if os.Geteuid() == 0 {
		if _, err := user.Lookup("postgres"); err != nil {
			return "running as root and there is no postgres user to run a PostgreSQL server as"
		}
		if _, err := exec.LookPath("runuser"); err != nil {
			return "running as root without runuser to run PostgreSQL as the postgres user"
		}
	}
	return ""
}

// startPrivatePostgres creates a cluster in a new temporary directory and
// starts it on a free port of 127.0.0.1, with trust authentication for
// the superuser briefbot. As root (CI) it runs the server as the user
// postgres, since PostgreSQL refuses to run as root. It skips the test
// when PostgreSQL is not installed.
func startPrivatePostgres(t *testing.T) *pgServer {
	t.Helper()
	if why := privatePostgresMissing(); why != "" {
		t.Skip(why + ": skipping this fault test, which runs a PostgreSQL server of its own")
	}
	s := &pgServer{bin: postgresBin()}
	var owner *user.User
	if os.Geteuid() == 0 {
		var err error
		if owner, err = user.Lookup("postgres"); err != nil {
			t.Fatal(err)
		}
		s.runAs = owner.Username
	}
	// Not t.TempDir, nor $TMPDIR as root: the postgres user must reach
	// the directory.
	base := ""
	if owner != nil {
		base = "/tmp"
	}
	dir, err := os.MkdirTemp(base, "briefbot-fault-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if owner != nil {
		uid, _ := strconv.Atoi(owner.Uid)
		gid, _ := strconv.Atoi(owner.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	s.dir, s.data = dir, filepath.Join(dir, "data")
	_, s.port, _ = net.SplitHostPort(freeAddr(t))
	s.URL = "postgres://briefbot@127.0.0.1:" + s.port + "/postgres?sslmode=disable"
	if out, err := s.command("initdb", "-D", s.data, "-U", "briefbot", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync").CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if out, err := s.command("pg_ctl", "stop", "-D", s.data, "-m", "immediate", "-w").CombinedOutput(); err != nil {
			t.Logf("stop the private PostgreSQL: %v\n%s", err, out)
		}
	})
	return s
}

// database creates a database and returns its URL.
func (s *pgServer) database(t *testing.T, name string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL)
	if err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	return strings.Replace(s.URL, "/postgres?", "/"+name+"?", 1)
}

// command runs one of PostgreSQL's programs, as the server's user.
func (s *pgServer) command(name string, args ...string) *exec.Cmd {
	path := filepath.Join(s.bin, name)
	var cmd *exec.Cmd
	if s.runAs != "" {
		cmd = exec.Command("runuser", append([]string{"-u", s.runAs, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.dir // the postgres user cannot read the test's directory
	return cmd
}

// start starts the server and waits until it accepts connections. A test
// server: no fsync, so that a busy CI disk does not slow it down (a
// restart is a clean shutdown, which loses nothing without fsync).
func (s *pgServer) start() error {
	opts := "-p " + s.port + " -k " + s.dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
	out, err := s.command("pg_ctl", "start", "-D", s.data, "-l", filepath.Join(s.dir, "server.log"), "-w", "-t", "60", "-o", opts).CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
		return fmt.Errorf("pg_ctl start: %w\n%s\nthe server's log:\n%s", err, out, log)
	}
	return nil
}

// stop shuts the server down the way a restart does (fast: the sessions
// are ended, the data is written out).
func (s *pgServer) stop() error {
	if out, err := s.command("pg_ctl", "stop", "-D", s.data, "-m", "fast", "-w", "-t", "60").CombinedOutput(); err != nil {
		return fmt.Errorf("pg_ctl stop: %w\n%s", err, out)
	}
	return nil
}

// slackRetrier is Slack's side of the HTTP Events API: it delivers each
// event to the replicas in turn and, as Slack does, delivers it again
// while the answer is an error or does not come within 3 s (Slack's
// retries come at once, then after a minute and five minutes; here every
// second, so that a test does not take minutes).
type slackRetrier struct {
	addrs []string
	http  *http.Client

	wg      sync.WaitGroup
	mu      sync.Mutex
	retries int // deliveries after the first
}

func newSlackRetrier(addrs ...string) *slackRetrier {
	return &slackRetrier{addrs: addrs, http: &http.Client{Timeout: 3 * time.Second}}
}

// deliver delivers a mention in the background until a replica accepts it
// or ctx ends (a mention never accepted is never answered: the figures
// count it as lost).
func (r *slackRetrier) deliver(ctx context.Context, i int, eventID, channel, ts, text string) {
	r.wg.Go(func() {
		for attempt := 0; ; attempt++ {
			if attempt > 0 {
				r.mu.Lock()
				r.retries++
				r.mu.Unlock()
			}
			if r.post(ctx, r.addrs[(i+attempt)%len(r.addrs)], eventID, channel, ts, text, attempt) == nil {
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
		}
	})
}

// post makes one signed delivery of an app_mention event.
func (r *slackRetrier) post(ctx context.Context, addr, eventID, channel, ts, text string, retry int) error {
	return postEvent(ctx, r.http, addr, eventID, mentionEvent("app_mention", channel, ts, text), retry, "http_error")
}

// slackBriefings counts, per thread, the bot's replies that are (now) the
// briefing of the seed article, and its other replies.
func slackBriefings(f *slacktest.Server) (briefings, other map[string]int) {
	briefings, other = map[string]int{}, map[string]int{}
	for _, m := range f.Messages() {
		if m.Thread == "" {
			continue
		}
		if strings.Contains(m.Text, "China rejects US report") {
			briefings[m.Thread]++
		} else {
			other[m.Thread]++
		}
	}
	return briefings, other
}

// alive fails t for each replica that has exited.
func alive(t *testing.T, cs ...*child) {
	t.Helper()
	for _, c := range cs {
		select {
		case err := <-c.done:
			c.done <- err
			t.Errorf("replica %s exited (%v)", c.addr, err)
		default:
		}
	}
}

// TestFaultPostgresRestart restarts PostgreSQL while two `briefbot serve`
// replicas handle a burst of mentions: the server stops in the middle of
// the burst (sessions ended, connections refused) and starts again on the
// same port a few seconds later. Deliveries refused meanwhile are
// delivered again by Slack; requests interrupted are retried or resumed.
// Every mention is answered exactly once, with no other reply left in its
// thread, and both replicas keep running. With the offline backend the
// requests take milliseconds and most of them read the briefing cache;
// with a model that takes 1.5 s a call, a dozen requests are waiting on
// the model when the database goes away.
func TestFaultPostgresRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	pg := startPrivatePostgres(t)
	for _, tc := range []struct {
		name       string
		modelDelay time.Duration // 0: the offline backend
	}{
		{name: "offline"},
		{name: "model", modelDelay: 1500 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			settings := map[string]string{
				"BRIEFBOT_DATABASE_URL": pg.database(t, "fault_"+tc.name),
				"BRIEFBOT_USER_RATE":    "0", "BRIEFBOT_CHANNEL_RATE": "0",
			}
			if tc.modelDelay > 0 {
				// A briefing the engine takes as it is (modelReply's
				// claim of a sentence that does not exist would make it
				// ask again, then fall back to the offline backend).
				reply := strings.Replace(modelReply, `,
    {"claim": "Says the Moon is made of cheese.", "speaker": "Mandiant", "stance": "assert", "sentences": [999]}`, "", 1)
				model := openaitest.New(t)
				model.Handle(func(*openaitest.Request) openaitest.Response {
					time.Sleep(tc.modelDelay)
					return openaitest.Reply(reply)
				})
				maps.Copy(settings, openaiEnv(model.URL))
				settings["BRIEFBOT_LLM_TIMEOUT"] = "60s"
			}
			postgresRestart(t, pg, "postgres-restart-"+tc.name, settings, tc.modelDelay > 0)
		})
	}
}

// postgresRestart runs two replicas with settings, delivers a burst of 40
// mentions (each of its own copy of the seed article when distinct is
// set), restarts pg in the middle of it and checks the answers.
func postgresRestart(t *testing.T, pg *pgServer, name string, settings map[string]string, distinct bool) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	slackAPI := slacktest.New(t)
	var cs [2]*child
	for i := range cs {
		env := serveEnv(t, slackAPI)
		maps.Copy(env, settings)
		cs[i] = startServe(t, env)
	}

	const n = 40
	const downFor = 3 * time.Second
	ts := func(i int) string { return fmt.Sprintf("1700000500.%06d", i) }
	clock := startAnswerClock(t, n, 50*time.Millisecond, func() []int {
		b, _ := slackBriefings(slackAPI)
		out := make([]int, n)
		for i := range out {
			out[i] = b[ts(i)]
		}
		return out
	})
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	slack := newSlackRetrier(cs[0].addr, cs[1].addr)
	var stopAt, back time.Time
	var restartErr error
	restarted := make(chan struct{})
	for i := range n {
		text := string(seed)
		if distinct {
			text += fmt.Sprintf("\n\nThis is copy %d of the article.", i)
		}
		slack.deliver(ctx, i, fmt.Sprintf("EvPG%d", i), "C1", ts(i), text)
		time.Sleep(100 * time.Millisecond)
		if i == n/2 {
			go func() {
				defer close(restarted)
				stopAt = time.Now()
				if restartErr = pg.stop(); restartErr != nil {
					return
				}
				time.Sleep(downFor)
				restartErr = pg.start()
				back = time.Now()
			}()
		}
	}
	<-restarted
	if restartErr != nil {
		t.Fatal(restartErr)
	}
	// Then every mention is answered, or the figures say which are not.
	stuck := 0
	if waitUntil(45*time.Second, clock.all) {
		time.Sleep(2 * time.Second) // a second reply would arrive now
		// River records finished jobs in batches, and gives a batch up
		// after three tries a few seconds apart: jobs that finished as
		// the database went away can stay marked running. River's
		// rescuer runs them again after BRIEFBOT_JOB_TIMEOUT and a
		// margin (minutes); do what it does now, and check that they
		// are recognised as answered.
		dbURL := settings["BRIEFBOT_DATABASE_URL"]
		if stuck = rescueRunningJobs(t, dbURL); stuck > 0 {
			waitUntil(20*time.Second, func() bool { return unfinishedJobs(t, dbURL) == 0 })
			time.Sleep(time.Second)
		}
	}
	cancel()
	slack.wg.Wait()
	clock.halt()

	f := &faultFigures{name: name, counts: make([]int, n), answered: clock.times(), down: back.Sub(stopAt), back: back}
	briefings, other := slackBriefings(slackAPI)
	stale := 0
	for i := range n {
		f.counts[i] = briefings[ts(i)]
		if o := other[ts(i)]; o > 0 {
			stale += o
			t.Errorf("thread %s: %d replies besides the briefing: %q", ts(i), o, slackAPI.Replies("C1", ts(i)))
		}
	}
	logged := func(msg string) int { return strings.Count(cs[0].stderr.String()+cs[1].stderr.String(), msg) }
	posted := func(c *child) int { return strings.Count(c.stderr.String(), "briefing posted") }
	f.extra = fmt.Sprintf("briefings posted by each replica: %d, %d; %d deliveries refused, %d Slack redeliveries; %d requests failed and retried; "+
		"%d replies left behind; %d finished requests still marked running 2 s after the last answer, run again: %d recognised as answered",
		posted(cs[0]), posted(cs[1]), logged("slack event not accepted"), slack.retries, logged(`msg="request failed"`), stale,
		stuck, logged("request already answered"))
	if os.Getenv("BRIEFBOT_FAULT_LOGS") != "" {
		t.Logf("replica a:\n%s\nreplica b:\n%s", cs[0].stderr.String(), cs[1].stderr.String())
	}
	t.Log(f)
	f.check(t)
	alive(t, cs[:]...)
}

// rescueRunningJobs makes the jobs marked running available again, as
// River's rescuer does with jobs running for longer than the job timeout,
// and returns how many there were.
func rescueRunningJobs(t *testing.T, url string) int {
	t.Helper()
	return pgExec(t, url, "UPDATE river_job SET state = 'available', scheduled_at = now() WHERE state = 'running'")
}

// unfinishedJobs counts the jobs available or running.
func unfinishedJobs(t *testing.T, url string) int {
	t.Helper()
	return pgExec(t, url, "SELECT FROM river_job WHERE state IN ('available', 'running')")
}

// jobsExec runs one statement on the database at url and returns the
// number of rows it affected or returned.
func pgExec(t *testing.T, url, sql string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	defer conn.Close(ctx)
	tag, err := conn.Exec(ctx, sql)
	if err != nil {
		t.Fatalf("postgres: %s: %v", sql, err)
	}
	return int(tag.RowsAffected())
}

// homeserver is a private Dendrite, set up by scripts/dendrite.sh in a
// temporary directory, which a test may stop and start again on the same
// port.
type homeserver struct {
	bin, data, port string
	env             matrixtest.Env

	mu   sync.Mutex
	proc *os.Process
	done chan struct{}
}

// privateDendriteMissing says which Dendrite program is not built for a
// test to run a homeserver of its own, or "" when all are.
func privateDendriteMissing() string {
	for _, name := range []string{"dendrite", "generate-keys", "generate-config", "create-account"} {
		if path := filepath.Join(dendriteBin(), name); !isExecutable(path) {
			return path + " is not built (run scripts/dendrite.sh once to build it)"
		}
	}
	return ""
}

// dendriteBin returns the directory where scripts/dendrite.sh keeps the
// Dendrite binaries it built.
func dendriteBin() string {
	cache := os.Getenv("DENDRITE_CACHE")
	if cache == "" {
		version := os.Getenv("DENDRITE_VERSION")
		if version == "" {
			version = "v0.13.8"
		}
		base := os.Getenv("XDG_CACHE_HOME")
		if base == "" {
			home, _ := os.UserHomeDir()
			base = filepath.Join(home, ".cache")
		}
		cache = filepath.Join(base, "briefbot", "dendrite-"+version)
	}
	return filepath.Join(cache, "bin")
}

// startPrivateDendrite sets up and starts a Dendrite of the test's own,
// with the accounts of scripts/dendrite.sh. Its JetStream is kept on disk
// (the script's is in memory), as in a deployment, so that a restart
// loses no event the server accepted. It skips the test when Dendrite has
// not been built (scripts/dendrite.sh builds it once, in minutes; a test
// does not).
func startPrivateDendrite(t *testing.T) *homeserver {
	t.Helper()
	if why := privateDendriteMissing(); why != "" {
		t.Skip(why + ": skipping this fault test, which runs a Dendrite of its own")
	}
	bin := dendriteBin()
	base := os.TempDir()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		base = "/dev/shm" // SQLite's fsyncs make Dendrite slow on a disk
	}
	data, err := os.MkdirTemp(base, "briefbot-fault-dendrite-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(data) })
	hs := &homeserver{bin: bin, data: data}
	_, hs.port, _ = net.SplitHostPort(freeAddr(t))

	// The script records the pid of the server it starts in its cache
	// directory, where the shared server's is: give it another one.
	cmd := exec.Command("../../scripts/dendrite.sh")
	cmd.Env = append(os.Environ(), "DENDRITE_DATA="+data, "DENDRITE_PORT="+hs.port,
		"DENDRITE_CACHE="+filepath.Dir(bin), "XDG_CACHE_HOME="+filepath.Join(data, "cache"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	vars := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(strings.TrimPrefix(line, "export "), "="); ok {
			vars[k] = v
		}
	}
	if pid, perr := strconv.Atoi(vars["BRIEFBOT_TEST_MATRIX_PID"]); perr == nil {
		if p, ferr := os.FindProcess(pid); ferr == nil {
			hs.proc = p
			hs.done = make(chan struct{})
			go func() { // not our child: poll for its end
				defer close(hs.done)
				for p.Signal(syscall.Signal(0)) == nil {
					time.Sleep(50 * time.Millisecond)
				}
			}()
		}
	}
	t.Cleanup(func() { hs.kill() })
	if err != nil {
		t.Fatalf("scripts/dendrite.sh: %v\n%s", err, stderr.String())
	}
	hs.env = matrixtest.Env{
		Homeserver: vars["BRIEFBOT_TEST_MATRIX_HOMESERVER"],
		Bot:        vars["BRIEFBOT_TEST_MATRIX_BOT"], BotPassword: vars["BRIEFBOT_TEST_MATRIX_BOT_PASSWORD"],
		User: vars["BRIEFBOT_TEST_MATRIX_USER"], UserPassword: vars["BRIEFBOT_TEST_MATRIX_USER_PASSWORD"],
		User2: vars["BRIEFBOT_TEST_MATRIX_USER2"], User2Password: vars["BRIEFBOT_TEST_MATRIX_USER2_PASSWORD"],
		DataDir: data,
	}
	hs.env.ServerName = id.UserID(hs.env.Bot).Homeserver()

	// JetStream on disk, then the server as this test runs it.
	hs.stop(t)
	config := filepath.Join(data, "dendrite.yaml")
	yaml, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	onDisk := bytes.Replace(yaml, []byte("in_memory: true"), []byte("in_memory: false"), 1)
	if bytes.Equal(onDisk, yaml) {
		t.Fatalf("%s: no \"in_memory: true\" to turn off", config)
	}
	if err := os.WriteFile(config, onDisk, 0o600); err != nil {
		t.Fatal(err)
	}
	hs.start(t)
	return hs
}

// start runs Dendrite on the homeserver's data and port, as
// scripts/dendrite.sh does, and waits until it answers.
func (hs *homeserver) start(t *testing.T) {
	t.Helper()
	logFile, err := os.OpenFile(filepath.Join(hs.data, "dendrite.out"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	cmd := exec.Command(filepath.Join(hs.bin, "dendrite"), "-config", filepath.Join(hs.data, "dendrite.yaml"), "-http-bind-address", "127.0.0.1:"+hs.port)
	cmd.Dir, cmd.Stdout, cmd.Stderr = hs.data, logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	hs.mu.Lock()
	hs.proc, hs.done = cmd.Process, done
	hs.mu.Unlock()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(hs.env.Homeserver + "/_matrix/client/versions")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-done:
			t.Fatalf("Dendrite exited at start; its log ends:\n%s", hs.env.ServerLog(30))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("Dendrite does not answer 60 s after its start; its log ends:\n%s", hs.env.ServerLog(30))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop shuts Dendrite down as a service manager does: SIGTERM, then
// SIGKILL after 20 s.
func (hs *homeserver) stop(t *testing.T) {
	t.Helper()
	hs.mu.Lock()
	p, done := hs.proc, hs.done
	hs.proc = nil
	hs.mu.Unlock()
	if p == nil {
		return
	}
	_ = p.Signal(syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Log("Dendrite did not stop 20 s after SIGTERM: killing it")
		_ = p.Kill()
		<-done
	}
}

// kill stops a Dendrite still running when the test ends.
func (hs *homeserver) kill() {
	hs.mu.Lock()
	p, done := hs.proc, hs.done
	hs.proc = nil
	hs.mu.Unlock()
	if p != nil {
		_ = p.Kill()
		<-done
	}
}

// homeserverLost reports whether the homeserver says it has no event
// root (asked a few times: right after a restart it may not answer).
func homeserverLost(h *matrixtest.Human, room id.RoomID, root id.EventID) bool {
	for range 5 {
		_, err := h.Cli.GetEvent(context.Background(), room, root)
		if err == nil {
			return false
		}
		if errors.Is(err, mautrix.MNotFound) {
			return true
		}
		time.Sleep(500 * time.Millisecond)
	}
	return false
}

// matrixAnswers counts the bot's briefings in the thread of each root, and
// says when the first one became a briefing, by the homeserver's clock
// (the person's client may see it later: it waits after a failed sync).
func matrixAnswers(evts []*event.Event, botID id.UserID, room id.RoomID, roots []id.EventID) (counts []int, at []time.Time) {
	counts, at = make([]int, len(roots)), make([]time.Time, len(roots))
	for i, root := range roots {
		for _, p := range matrixtest.BotPosts(evts, botID, room, root) {
			cur := matrixtest.Current(evts, p)
			if cur == nil || !matrixtest.IsBriefing(cur) {
				continue
			}
			counts[i]++
			when := briefedAt(evts, p)
			if at[i].IsZero() || when.Before(at[i]) {
				at[i] = when
			}
		}
	}
	return counts, at
}

// briefedAt returns when a bot message became a briefing: its own time, or
// that of the first edit that made it one.
func briefedAt(evts []*event.Event, msg *event.Event) time.Time {
	if c, ok := msg.Content.Parsed.(*event.MessageEventContent); ok && matrixtest.IsBriefing(c) {
		return time.UnixMilli(msg.Timestamp)
	}
	for _, e := range evts {
		mc, ok := e.Content.Parsed.(*event.MessageEventContent)
		if !ok || e.Sender != msg.Sender || mc.RelatesTo == nil || mc.RelatesTo.Type != event.RelReplace || mc.RelatesTo.EventID != msg.ID {
			continue
		}
		if mc.NewContent != nil && matrixtest.IsBriefing(mc.NewContent) {
			return time.UnixMilli(e.Timestamp)
		}
	}
	return time.Time{}
}

// TestFaultMatrixHomeserverRestart restarts the homeserver while `briefbot
// serve` syncs and answers a burst of mentions (in an encrypted room when
// built with goolm): half of the burst is sent, the server stops at once
// (the bot is then syncing those mentions, or posting and editing their
// replies) and starts again a few seconds later, and the other half is
// sent. Every mention is answered exactly once.
func TestFaultMatrixHomeserverRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	hs := startPrivateDendrite(t)
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"BRIEFBOT_HTTP_ADDR": freeAddr(t),
		"BRIEFBOT_DATA_DIR":  t.TempDir(),
		"BRIEFBOT_LOG_LEVEL": "info",
		"MATRIX_HOMESERVER":  hs.env.Homeserver,
		"MATRIX_USER_ID":     hs.env.Bot,
		"MATRIX_PASSWORD":    hs.env.BotPassword,
	}
	if matrixtest.E2EE {
		env["MATRIX_PICKLE_KEY"] = "fault test pickle key"
	}
	c := startServe(t, env)
	h := matrixtest.NewHuman(t, hs.env, matrixtest.E2EE)
	botID := id.UserID(hs.env.Bot)
	room := h.CreateRoom("fault", matrixtest.E2EE, false)
	h.AddPerson(hs.env, room)

	// The roots are the mentions; all is every event the person has seen.
	const n = 8
	const downFor = 3 * time.Second
	roots := make([]id.EventID, n/2, n)
	answered := func() bool {
		counts, _ := matrixAnswers(h.Snapshot(), botID, room, roots)
		return !slices.Contains(counts, 0)
	}
	// The fault is a restart during steady sync: first one exchange, so
	// that the bot's sync and the room's keys are settled.
	warm := h.Send(room, matrixtest.Mention(botID, string(seed)))
	h.WaitReply("the warm-up briefing", room, warm, 60*time.Second, func(c *event.MessageEventContent) bool {
		return strings.Contains(c.Body, "China")
	})
	for i := range n / 2 {
		roots[i] = h.Send(room, matrixtest.Mention(botID, string(seed)))
	}
	stopAt := time.Now()
	hs.stop(t)
	time.Sleep(downFor)
	hs.start(t)
	back := time.Now()
	// Dendrite can acknowledge a message and lose it as it shuts down:
	// after the restart it has no such event, and no client ever sees
	// it. Such a mention is the homeserver's loss, not the bot's; it is
	// counted apart.
	serverLost := 0
	roots = slices.DeleteFunc(roots, func(root id.EventID) bool {
		if root == "" || !homeserverLost(h, room, root) {
			return false
		}
		t.Logf("the homeserver lost mention %s in its restart (it acknowledged it, and has no such event now)", root)
		serverLost++
		return true
	})
	for range n / 2 {
		roots = append(roots, h.Send(room, matrixtest.Mention(botID, string(seed))))
	}
	if waitUntil(90*time.Second, answered) {
		time.Sleep(3 * time.Second) // a second reply would arrive now
	}

	evts := h.Snapshot()
	f := &faultFigures{name: "matrix-homeserver-restart", down: back.Sub(stopAt), back: back}
	f.counts, f.answered = matrixAnswers(evts, botID, room, roots)
	for i, root := range roots {
		if k := len(matrixtest.BotPosts(evts, botID, room, root)); k != f.counts[i] {
			t.Errorf("mention %d: the bot posted %d messages in its thread, %d of them briefings", i, k, f.counts[i])
		}
	}
	f.extra = fmt.Sprintf("encrypted: %v; sync retries: %d; mentions the homeserver lost: %d", matrixtest.E2EE,
		strings.Count(c.stderr.String(), "sync failed, retrying"), serverLost)
	if serverLost > 1 {
		t.Errorf("the homeserver lost %d mentions in its restart; the test needs most of them to mean anything", serverLost)
	}
	if os.Getenv("BRIEFBOT_FAULT_LOGS") != "" {
		t.Logf("serve:\n%s", c.stderr.String())
	}
	t.Log(f)
	for i, root := range roots {
		if f.counts[i] == 0 {
			// Whose loss: the homeserver's, or the bot's?
			seen := slices.ContainsFunc(evts, func(e *event.Event) bool { return e.ID == root })
			_, err := h.Cli.GetEvent(context.Background(), room, root)
			t.Logf("mention %d (%s) lost: the person's client saw it: %v; the homeserver has it: %v", i, root, seen, err == nil)
		}
	}
	f.check(t)
	alive(t, c)
}
