package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// flakyStore is a MemStore whose writes and cache fail while down is set,
// as when the database restarts.
type flakyStore struct {
	*bot.MemStore
	down atomic.Bool
}

var errDown = errors.New("connection refused")

func (s *flakyStore) SaveThread(ctx context.Context, t *bot.Thread) error {
	if s.down.Load() {
		return errDown
	}
	return s.MemStore.SaveThread(ctx, t)
}

func (s *flakyStore) SetState(ctx context.Context, k string, v []byte) error {
	if s.down.Load() {
		return errDown
	}
	return s.MemStore.SetState(ctx, k, v)
}

func (s *flakyStore) CachedBriefing(ctx context.Context, k string) (*bot.Briefing, error) {
	if s.down.Load() {
		return nil, errDown
	}
	return s.MemStore.CachedBriefing(ctx, k)
}

func (s *flakyStore) CacheBriefing(ctx context.Context, k string, b *bot.Briefing) error {
	if s.down.Load() {
		return errDown
	}
	return s.MemStore.CacheBriefing(ctx, k, b)
}

// A briefing interrupted by the bot's storage is retried by the queue
// without an error in the thread, finishes the message it started, and
// does not pay the backend twice; on the last attempt the user is told.
func TestStorageFailuresAreRetried(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		// fail makes the store fail at a point of the first run.
		fail func(s *flakyStore, be *bottest.Scripted)
	}{
		{"before the status is posted", func(s *flakyStore, _ *bottest.Scripted) { s.down.Store(true) }},
		{"when the thread is saved", func(s *flakyStore, be *bottest.Scripted) {
			inner := be.Briefing
			be.Briefing = func(a *bot.Article) (*bot.Briefing, error) {
				s.down.Store(true)
				return inner(a)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &flakyStore{MemStore: bot.NewMemStore()}
			be := &bottest.Scripted{Briefing: goodBriefing}
			e, _ := newEngine(bot.NewCachingBackend(be, st))
			e.Threads, e.Replies = st, st
			tc.fail(st, be)
			m := mention("m1", "", article)
			chat := &findChat{log: st.MemStore, m: m}
			if err := e.Handle(bot.WithAttempt(ctx, 1, 5), chat, m); bot.ErrorCode(err) != bot.EStorage {
				t.Fatalf("first run = %v, want a storage error for the queue", err)
			}
			for _, r := range chat.Final() {
				if r.Kind == bot.ReplyError {
					t.Errorf("the thread shows an error while the queue will retry: %q", r.Text)
				}
			}
			st.down.Store(false)
			be.Briefing = goodBriefing
			if err := e.Handle(bot.WithAttempt(ctx, 2, 5), chat, m); err != nil {
				t.Fatal(err)
			}
			got := chat.Final()
			if len(got) != 1 || got[0].Kind != bot.ReplyBriefing {
				t.Fatalf("replies after the retry = %+v, want one briefing", got)
			}
			if be.Briefs() != 1 {
				t.Errorf("backend called %d times, want 1 (the briefing made before the failure is kept)", be.Briefs())
			}
		})
	}
	t.Run("last attempt", func(t *testing.T) {
		st := &flakyStore{MemStore: bot.NewMemStore()}
		e, _ := newEngine(&bottest.Scripted{Briefing: goodBriefing})
		e.Threads, e.Replies = st, st
		st.down.Store(true)
		m := mention("m1", "", article)
		chat := &findChat{log: st.MemStore, m: m}
		_ = e.Handle(bot.WithAttempt(ctx, 5, 5), chat, m)
		got := chat.Final()
		if len(got) != 1 || got[0].Kind != bot.ReplyError || !strings.Contains(got[0].Text, "could not be saved") {
			t.Errorf("last attempt's replies = %+v, want one error", got)
		}
	})
}
