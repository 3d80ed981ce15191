package postgres

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunAsLeader runs two replicas for one role: exactly one leads; when
// its process dies (its connection closes), the other takes over.
func TestRunAsLeader(t *testing.T) {
	url := requireServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	role := "test-leader-" + time.Now().Format("150405.000000000")
	var leaders atomic.Int32
	var maxLeaders atomic.Int32
	started := make(chan string, 4)
	replica := func(name string, st *Store, rctx context.Context, wg *sync.WaitGroup) {
		defer wg.Done()
		_ = st.RunAsLeader(rctx, role, 100*time.Millisecond, func(lctx context.Context) error {
			n := leaders.Add(1)
			for {
				if m := maxLeaders.Load(); n <= m || maxLeaders.CompareAndSwap(m, n) {
					break
				}
			}
			started <- name
			<-lctx.Done()
			leaders.Add(-1)
			return nil
		})
	}
	a, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	actx, acancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(2)
	go replica("a", a, actx, &wg)
	time.Sleep(300 * time.Millisecond)
	go replica("b", b, ctx, &wg)
	if first := <-started; first != "a" {
		t.Fatalf("first leader = %s, want a", first)
	}
	time.Sleep(500 * time.Millisecond)
	if maxLeaders.Load() != 1 {
		t.Fatalf("%d replicas led at once", maxLeaders.Load())
	}
	// Replica a's connection dies (as when its process is killed): the
	// server ends its session and releases the lock.
	if _, err := b.Pool().Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND classid = $1 AND granted AND pid <> pg_backend_pid()`, leaderLock); err != nil {
		t.Fatal(err)
	}
	select {
	case next := <-started:
		if next != "b" {
			t.Errorf("next leader = %s, want b", next)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("replica b did not take over")
	}
	// Replica a noticed it lost the lock and stopped leading.
	deadline := time.Now().Add(5 * time.Second)
	for leaders.Load() != 1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := leaders.Load(); n != 1 {
		t.Errorf("%d leaders after the takeover, want 1", n)
	}
	acancel()
	cancel()
	wg.Wait()
	a.Close()
}
