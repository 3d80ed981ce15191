package matrix

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

// syncTimeout is the long-poll timeout of /sync.
const syncTimeout = 30 * time.Second

// rewindWindow is how far back the sync resumes after a failure: from
// the token it held this long before its last successful /sync (or the
// oldest kept, up to rewindTokens batches back). A homeserver that is
// stopping can answer a last /sync with a token past events it never
// sent (Dendrite does, while it shuts down); resuming from an earlier
// token fetches them again, and the queue drops the requests it already
// has. (Counted from the last success, not from the failure: a slow
// shutdown can fail the next /sync seconds after that last answer.)
const (
	rewindWindow = 5 * time.Second
	rewindTokens = 16
)

// maxGapPages bounds the /messages pages fetched to fill one room's gap
// after a long downtime (100 events a page).
const maxGapPages = 10

// Run syncs with the homeserver until ctx ends, submitting requests to the
// queue. Network errors and rate limits are retried with backoff; the
// sync token is saved after each batch is accepted, so a restart resumes
// where the bot stopped. It returns nil when ctx ends, and an error only
// when the session cannot go on (the access token was revoked and there
// is no password to log in again).
func (a *Adapter) Run(ctx context.Context) error {
	defer a.syncOnce.Do(func() { close(a.synced) })
	filterID, err := a.filter(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("matrix: run: %w", err)
	}
	since, err := (&syncStore{a: a}).LoadNextBatch(ctx, a.cli.UserID)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("matrix: run: load sync token: %w", err)
	}
	a.log.Info("sync started", "resume", since != "")
	failures := 0
	var recent tokenHistory
	var lastOK time.Time
	for ctx.Err() == nil {
		timeout := int(syncTimeout.Milliseconds())
		if since == "" || failures > 0 {
			timeout = 0
		}
		resp, err := a.syncRequest(ctx, mautrix.ReqSync{Timeout: timeout, Since: since, FilterID: filterID})
		if err == nil {
			err = a.process(ctx, resp, since)
		}
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			a.health.set(false, err.Error())
			failures++
			if failures == 1 {
				if old := recent.before(lastOK.Add(-rewindWindow)); old != "" && old != since {
					a.log.Info("sync will resume from an earlier token, in case the last batch missed events", "from", old, "instead_of", since)
					since = old
				}
			}
			if errors.Is(err, mautrix.MUnknownToken) {
				if a.cfg.Password == "" {
					return fmt.Errorf("matrix: run: sync: the access token is no longer valid: %w", err)
				}
				a.log.Warn("session ended by the server, logging in again", "err", err)
				if err := a.login(ctx); err != nil {
					return fmt.Errorf("matrix: run: %w", err)
				}
				continue
			}
			wait, ok := syncPolicy.wait(err, failures)
			if !ok {
				// A 4xx on /sync (a bad filter, a bad token) or a
				// failed batch: retry slowly rather than stop the bot.
				wait = syncPolicy.backoff(failures)
			}
			a.log.Warn("sync failed, retrying", "attempt", failures, "wait", wait, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
			continue
		}
		failures = 0
		lastOK = time.Now()
		if a.batchJoined() {
			// Resuming from before a join would make the homeserver
			// send the room as newly joined again, which Dendrite
			// answers with a timeline that can miss the newest events.
			recent = tokenHistory{}
		} else {
			recent.add(since, time.Now())
		}
		since = resp.NextBatch
		a.health.set(true, "")
		a.syncOnce.Do(func() { close(a.synced) })
	}
	a.health.set(false, "sync stopped")
	a.log.Info("sync stopped")
	return nil
}

// syncRequest makes one /sync request, bounded by syncPolicy.Try so that a
// long-poll the server never answers is given up and retried.
func (a *Adapter) syncRequest(ctx context.Context, req mautrix.ReqSync) (*mautrix.RespSync, error) {
	tctx, cancel := context.WithTimeout(ctx, syncPolicy.Try)
	defer cancel()
	resp, err := a.cli.FullSyncRequest(tctx, req)
	if err != nil && ctx.Err() == nil && tctx.Err() != nil {
		return nil, fmt.Errorf("sync: no answer in %s: %w", syncPolicy.Try, err)
	}
	return resp, err
}

// filter creates the sync filter: a bounded timeline per room; gaps are
// filled from /messages.
func (a *Adapter) filter(ctx context.Context) (string, error) {
	f := &mautrix.Filter{
		Room: &mautrix.RoomFilter{
			Timeline: &mautrix.FilterPart{Limit: a.timelineLimit},
		},
		Presence: &mautrix.FilterPart{NotTypes: []event.Type{event.EphemeralEventPresence}},
	}
	var fid string
	err := syncPolicy.do(ctx, "create sync filter", func(ctx context.Context) error {
		resp, err := a.cli.CreateFilter(ctx, f)
		if err == nil {
			fid = resp.FilterID
		}
		return err
	}, a.logRetry("create filter"))
	return fid, err
}

// process handles one sync response and saves its token when every
// request in it was accepted. A batch whose requests could not all be
// submitted returns an error: it is fetched again (requests already
// accepted are dropped as duplicates by the queue).
func (a *Adapter) process(ctx context.Context, resp *mautrix.RespSync, since string) error {
	a.prepare(ctx, resp, since)
	a.batch.Lock()
	a.batch.failed = nil
	a.batch.initial = since == ""
	a.batch.Unlock()
	perr := a.syncer.ProcessResponse(ctx, resp, since)
	a.batch.Lock()
	failed := a.batch.failed
	a.batch.initial = false
	a.batch.Unlock()
	if perr != nil {
		// A handler panicked: log it and go on, or the bot would be
		// stuck on this batch forever.
		a.log.Error("sync batch handler failed", "err", perr)
	}
	if failed != nil {
		return fmt.Errorf("process sync batch: %w", failed)
	}
	err := sendPolicy.do(ctx, "save sync token", func(ctx context.Context) error {
		return a.state.SetState(ctx, tokenKey(a.cli.UserID), []byte(resp.NextBatch))
	}, nil)
	if err != nil {
		return fmt.Errorf("process sync batch: %w", err)
	}
	return nil
}

// batchJoined reports whether the last batch prepared holds the bot's
// own join to a room.
func (a *Adapter) batchJoined() bool {
	a.batch.Lock()
	defer a.batch.Unlock()
	return a.batch.joined
}

// fail records that a request of the current batch was not accepted.
func (a *Adapter) fail(err error) {
	a.batch.Lock()
	defer a.batch.Unlock()
	if a.batch.failed == nil {
		a.batch.failed = err
	}
}

// initialSync reports whether the batch being processed is the first sync
// ever (no token): its timeline is history, not requests.
func (a *Adapter) initialSync() bool {
	a.batch.Lock()
	defer a.batch.Unlock()
	return a.batch.initial
}

// prepare edits a sync response before its events are dispatched: in a
// room the bot has just joined, messages from before the join are dropped
// (they are history, not requests); in a room whose timeline was cut
// (limited, after a downtime), the missing events are fetched so that
// none is lost.
func (a *Adapter) prepare(ctx context.Context, resp *mautrix.RespSync, since string) {
	joined := false
	defer func() {
		a.batch.Lock()
		a.batch.joined = joined
		a.batch.Unlock()
	}()
	if since == "" {
		// The first sync ever: every timeline is history. Keep state
		// events (room membership, encryption) and drop the rest, so
		// that nothing old is answered, decrypted or complained about.
		for _, room := range resp.Rooms.Join {
			room.Timeline.Events = stateOnly(room.Timeline.Events)
		}
		for _, room := range resp.Rooms.Leave {
			room.Timeline.Events = stateOnly(room.Timeline.Events)
		}
		return
	}
	for roomID, room := range resp.Rooms.Join {
		evts := room.Timeline.Events
		ownJoin := func(e *event.Event) bool { return isOwnJoin(e, a.cli.UserID) }
		joined = joined || slices.ContainsFunc(room.State.Events, ownJoin)
		if join := slices.IndexFunc(evts, ownJoin); join >= 0 {
			joined = true
			kept := evts[:0:0]
			for i, e := range evts {
				if i >= join || e.StateKey != nil {
					kept = append(kept, e)
				}
			}
			room.Timeline.Events = kept
			continue
		}
		if since != "" && room.Timeline.Limited && room.Timeline.PrevBatch != "" {
			if missing := a.fillGap(ctx, roomID, room.Timeline.PrevBatch, since); len(missing) > 0 {
				room.Timeline.Events = append(missing, room.Timeline.Events...)
			}
		}
	}
}

func stateOnly(evts []*event.Event) []*event.Event {
	kept := evts[:0:0]
	for _, e := range evts {
		if e.StateKey != nil {
			kept = append(kept, e)
		}
	}
	return kept
}

func isOwnJoin(e *event.Event, me id.UserID) bool {
	if e.Type != event.StateMember || e.StateKey == nil || id.UserID(*e.StateKey) != me {
		return false
	}
	m, _ := e.Content.Raw["membership"].(string)
	return m == string(event.MembershipJoin)
}

// fillGap fetches the events between the previous sync token and the
// start of a limited timeline, oldest first. Message events only: state
// is already in the sync response.
func (a *Adapter) fillGap(ctx context.Context, roomID id.RoomID, from, to string) []*event.Event {
	var out []*event.Event
	for range maxGapPages {
		var resp *mautrix.RespMessages
		err := a.policy.do(ctx, "fetch missed messages", func(ctx context.Context) (err error) {
			resp, err = a.cli.Messages(ctx, roomID, from, to, mautrix.DirectionBackward, nil, 100)
			return err
		}, a.logRetry("messages"))
		if err != nil {
			a.log.Warn("could not fetch messages missed during a downtime", "room", string(roomID), "err", err)
			break
		}
		for _, e := range resp.Chunk {
			if e.StateKey == nil {
				out = append(out, e)
			}
		}
		if len(resp.Chunk) == 0 || resp.End == "" || resp.End == from {
			break
		}
		from = resp.End
	}
	slices.Reverse(out)
	if len(out) > 0 {
		a.log.Info("fetched messages missed in a gap", "room", string(roomID), "events", len(out))
	}
	return out
}

// submit hands m to the queue, recording a failure for the batch.
func (a *Adapter) submit(ctx context.Context, m *bot.Message) {
	if a.cfg.Admit != nil && !a.cfg.Admit(m) {
		a.log.Debug("request ignored: not admitted", "room", string(m.Conversation), "event", string(m.ID))
		return
	}
	if err := a.q.Submit(ctx, m); err != nil {
		a.log.Error("submit request failed", "room", string(m.Conversation), "event", string(m.ID), "err", err)
		a.fail(err)
		return
	}
	a.submitted.Add(1)
}

// tokenHistory keeps the last rewindTokens sync tokens the bot synced
// from, with when each was reached.
type tokenHistory struct {
	tokens []string
	at     []time.Time
}

// add records that the bot synced from token, reached at t ("" is not
// kept: the first sync ever has no token to resume from).
func (h *tokenHistory) add(token string, t time.Time) {
	if token == "" || len(h.tokens) > 0 && h.tokens[len(h.tokens)-1] == token {
		return
	}
	if len(h.tokens) == rewindTokens {
		h.tokens, h.at = h.tokens[1:], h.at[1:]
	}
	h.tokens = append(h.tokens, token)
	h.at = append(h.at, t)
}

// before returns the newest token reached at or before t, or the oldest
// kept when all are newer ("" when none is kept).
func (h *tokenHistory) before(t time.Time) string {
	for i := len(h.tokens) - 1; i >= 0; i-- {
		if !h.at[i].After(t) {
			return h.tokens[i]
		}
	}
	if len(h.tokens) > 0 {
		return h.tokens[0]
	}
	return ""
}
