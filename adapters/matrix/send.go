package matrix

import (
	"context"
	"fmt"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

// Reactions that show progress on a request.
const (
	reactWorking = "👀"
	reactDone    = "✅"
	reactFailed  = "⚠️"
)

// Typing notifications last typingTimeout and are refreshed every
// typingRefresh while the bot works; maxWork bounds them.
const (
	typingTimeout = 30 * time.Second
	typingRefresh = 20 * time.Second
	maxWork       = 15 * time.Minute
)

// Post implements bot.Chat: it posts r in the thread to.Thread (a reply
// with m.thread and a reply fallback for clients without threads). A
// briefing too long for one message is shortened and the whole of it
// follows as a Markdown file (attach).
func (a *Adapter) Post(ctx context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c, file := a.render(r)
	evID, err := a.post(ctx, to, c, r.Key)
	if err != nil {
		return "", fmt.Errorf("matrix: post: %w", err)
	}
	if file != nil {
		a.attach(ctx, to, evID, file)
	}
	return bot.MessageID(evID), nil
}

// threadRelation relates a reply to the thread to.Thread, replying to the
// latest request in it for clients without threads; nil at top level.
func (a *Adapter) threadRelation(to bot.Target) *event.RelatesTo {
	root := id.EventID(to.Thread)
	if root == "" {
		return nil
	}
	a.mu.Lock()
	reply := a.latest[to]
	a.mu.Unlock()
	if reply == "" {
		reply = root
	}
	return &event.RelatesTo{
		Type:          event.RelThread,
		EventID:       root,
		IsFallingBack: true,
		InReplyTo:     &event.InReplyTo{EventID: reply},
	}
}

// post sends c in the thread to.Thread, with key in its content when it
// is not "", and remembers the event as the bot's.
func (a *Adapter) post(ctx context.Context, to bot.Target, c *event.MessageEventContent, key string) (id.EventID, error) {
	room := id.RoomID(to.Conversation)
	root := id.EventID(to.Thread)
	c.RelatesTo = a.threadRelation(to)
	var content any = c
	if key != "" {
		content = &event.Content{Parsed: c, Raw: map[string]any{replyKeyField: key}}
	}
	var found func(ctx context.Context) id.EventID
	if key != "" {
		// A retry after a failed attempt first looks for the post by its
		// key: the attempt may have reached the server before the
		// connection broke, and a homeserver that restarted meanwhile
		// (Dendrite keeps transaction ids in memory) would not recognise
		// the retry as the same event.
		found = func(ctx context.Context) id.EventID {
			prev, err := a.FindPost(ctx, to, key)
			if err != nil {
				return ""
			}
			return id.EventID(prev)
		}
	}
	evID, err := a.sendOnce(ctx, "post reply", room, event.EventMessage, content, found)
	if err != nil {
		return "", err
	}
	a.mu.Lock()
	a.sent[evID] = root
	a.sentOrder = append(a.sentOrder, evID)
	if len(a.sentOrder) > maxSent {
		delete(a.sent, a.sentOrder[0])
		a.sentOrder = a.sentOrder[1:]
	}
	a.mu.Unlock()
	return evID, nil
}

// replyKeyField is the content field that carries a post's key
// (bot.Reply.Key); in an encrypted room it is encrypted with the rest.
const replyKeyField = "com.briefbot.reply_key"

// maxFindPages bounds the pages of a thread FindPost reads (100 events a
// page).
const maxFindPages = 5

// FindPost implements bot.Finder: it reads the thread rooted at to.Thread
// (the /relations endpoint) or, for a top-level post such as a digest, the
// room's recent messages (/messages), newest first, decrypting the bot's
// own events in an encrypted room, and returns the bot's message posted
// with key, or "" when there is none. It is called only for work whose
// earlier run was interrupted between posting and recording.
func (a *Adapter) FindPost(ctx context.Context, to bot.Target, key string) (bot.MessageID, error) {
	room, root := id.RoomID(to.Conversation), id.EventID(to.Thread)
	if key == "" {
		return "", nil
	}
	from := ""
	for range maxFindPages {
		var chunk []*event.Event
		var next string
		err := a.policy.do(ctx, "read room", func(ctx context.Context) error {
			if root == "" {
				resp, err := a.cli.Messages(ctx, room, from, "", mautrix.DirectionBackward, nil, 100)
				if err == nil {
					chunk, next = resp.Chunk, resp.End
				}
				return err
			}
			resp, err := a.cli.GetRelations(ctx, room, root, &mautrix.ReqGetRelations{
				RelationType: event.RelThread, Dir: mautrix.DirectionBackward, From: from, Limit: 100,
			})
			if err == nil {
				chunk, next = resp.Chunk, resp.NextBatch
			}
			return err
		}, a.logRetry("read room"))
		if err != nil {
			return "", fmt.Errorf("matrix: find post: %w", err)
		}
		for _, evt := range chunk {
			if evt.Sender != a.cli.UserID {
				continue
			}
			evt = a.readable(ctx, room, evt)
			if evt.Type == event.EventMessage && evt.Content.Raw[replyKeyField] == key {
				return bot.MessageID(evt.ID), nil
			}
		}
		if next == "" || next == from || len(chunk) == 0 {
			break
		}
		from = next
	}
	return "", nil
}

// Edit implements bot.Editor: an m.replace edit of the bot's message msg,
// with the new content in m.new_content and a plain-text fallback. A
// briefing too long for one message is shortened and the whole of it
// follows as a Markdown file (attach).
func (a *Adapter) Edit(ctx context.Context, to bot.Target, msg bot.MessageID, r *bot.Reply) error {
	c, file := a.render(r)
	if err := a.edit(ctx, to, id.EventID(msg), c); err != nil {
		return fmt.Errorf("matrix: edit: %w", err)
	}
	if file != nil {
		a.attach(ctx, to, id.EventID(msg), file)
	}
	return nil
}

// edit replaces the content of the bot's message msg with nc.
func (a *Adapter) edit(ctx context.Context, to bot.Target, msg id.EventID, nc *event.MessageEventContent) error {
	c := &event.MessageEventContent{
		MsgType:    nc.MsgType,
		Body:       "* " + nc.Body,
		Mentions:   &event.Mentions{},
		NewContent: nc,
		RelatesTo:  &event.RelatesTo{Type: event.RelReplace, EventID: msg},
	}
	_, err := a.send(ctx, "edit reply", id.RoomID(to.Conversation), event.EventMessage, c)
	return err
}

// send sends an event with retries. The transaction id is the same for
// every try, so a send that reached the server but whose answer was lost
// is not duplicated.
func (a *Adapter) send(ctx context.Context, op string, room id.RoomID, t event.Type, content any) (id.EventID, error) {
	return a.sendOnce(ctx, op, room, t, content, nil)
}

// sendOnce is send; before each retry, found (if set) looks for the event
// an earlier attempt may have made, and a found event ends the sending.
func (a *Adapter) sendOnce(ctx context.Context, op string, room id.RoomID, t event.Type, content any, found func(ctx context.Context) id.EventID) (id.EventID, error) {
	txn := a.cli.TxnID()
	var evID id.EventID
	attempt := 0
	err := a.policy.do(ctx, op, func(ctx context.Context) error {
		attempt++
		if attempt > 1 && found != nil {
			if prev := found(ctx); prev != "" {
				evID = prev
				return nil
			}
		}
		resp, err := a.cli.SendMessageEvent(ctx, room, t, content, mautrix.ReqSendEvent{TransactionID: txn})
		if err != nil {
			return err
		}
		evID = resp.EventID
		return nil
	}, a.logRetry(op))
	return evID, err
}

// progressState is the progress shown on one request.
type progressState struct {
	sent    chan struct{} // closed once the 👀 reaction is sent (or failed)
	working id.EventID    // the 👀 reaction, once sent
	typing  bool
}

// typingState counts the requests being worked on in a room; typing
// notifications are sent while it is above zero.
type typingState struct {
	n      int
	cancel context.CancelFunc
}

// progressTimeout bounds the sending of one progress signal.
const progressTimeout = time.Minute

// Progress implements bot.ProgressReporter: 👀 and typing notifications
// while working, then ✅ or ⚠️ (the 👀 is redacted). The reactions are
// sent in the background, so the work and the reply are not delayed by
// them; failures are logged.
func (a *Adapter) Progress(ctx context.Context, m *bot.Message, p bot.Progress) error {
	room := id.RoomID(m.Conversation)
	ev := id.EventID(m.ID)
	bg := context.WithoutCancel(ctx)
	switch p {
	case bot.ProgressWorking:
		a.mu.Lock()
		st := a.work[ev]
		fresh := st == nil
		if fresh {
			st = &progressState{sent: make(chan struct{})}
			a.work[ev] = st
		}
		startTyping := !st.typing
		st.typing = true
		a.mu.Unlock()
		if startTyping {
			a.startTyping(room)
		}
		if fresh {
			a.background(func() {
				defer close(st.sent)
				ctx, cancel := context.WithTimeout(bg, progressTimeout)
				defer cancel()
				rid, err := a.react(ctx, room, ev, reactWorking)
				if err != nil {
					a.log.Warn("progress reaction failed", "room", string(room), "event", string(ev), "err", err)
					return
				}
				a.mu.Lock()
				st.working = rid
				a.mu.Unlock()
			})
		}
	case bot.ProgressDone, bot.ProgressFailed:
		a.mu.Lock()
		st := a.work[ev]
		delete(a.work, ev)
		a.mu.Unlock()
		if st != nil && st.typing {
			a.stopTyping(room)
		}
		mark := reactDone
		if p == bot.ProgressFailed {
			mark = reactFailed
		}
		a.background(func() {
			ctx, cancel := context.WithTimeout(bg, progressTimeout)
			defer cancel()
			if _, err := a.react(ctx, room, ev, mark); err != nil {
				a.log.Warn("progress reaction failed", "room", string(room), "event", string(ev), "err", err)
			}
			if st == nil {
				return
			}
			select {
			case <-st.sent:
			case <-ctx.Done():
				return
			}
			a.mu.Lock()
			working := st.working
			a.mu.Unlock()
			if working == "" {
				return
			}
			err := a.policy.do(ctx, "redact reaction", func(ctx context.Context) error {
				_, err := a.cli.RedactEvent(ctx, room, working)
				return err
			}, a.logRetry("redact"))
			if err != nil {
				a.log.Warn("redact progress reaction failed", "room", string(room), "err", err)
			}
		})
	}
	return nil
}

// background runs f in a goroutine that Close waits for.
func (a *Adapter) background(f func()) {
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		f()
	}()
}

// react sends an m.reaction annotation on ev.
func (a *Adapter) react(ctx context.Context, room id.RoomID, ev id.EventID, key string) (id.EventID, error) {
	c := &event.ReactionEventContent{RelatesTo: event.RelatesTo{Type: event.RelAnnotation, EventID: ev, Key: key}}
	return a.send(ctx, "react", room, event.EventReaction, c)
}

// startTyping starts (or joins) the typing notifications in room.
func (a *Adapter) startTyping(room id.RoomID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	ts := a.typing[room]
	if ts == nil {
		ts = &typingState{}
		a.typing[room] = ts
	}
	ts.n++
	if ts.n > 1 {
		return
	}
	ctx, cancel := context.WithTimeout(a.typingCtx, maxWork)
	ts.cancel = cancel
	go a.typingLoop(ctx, room)
}

// stopTyping ends one request's share of the typing notifications.
func (a *Adapter) stopTyping(room id.RoomID) {
	a.mu.Lock()
	ts := a.typing[room]
	if ts == nil {
		a.mu.Unlock()
		return
	}
	ts.n--
	if ts.n > 0 {
		a.mu.Unlock()
		return
	}
	delete(a.typing, room)
	cancel := ts.cancel
	a.mu.Unlock()
	cancel()
}

// typingLoop refreshes the typing notification until ctx ends, then
// clears it.
func (a *Adapter) typingLoop(ctx context.Context, room id.RoomID) {
	t := time.NewTicker(typingRefresh)
	defer t.Stop()
	for {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		if _, err := a.cli.UserTyping(cctx, room, true, typingTimeout); err != nil && ctx.Err() == nil {
			a.log.Debug("typing notification failed", "room", string(room), "err", err)
		}
		cancel()
		select {
		case <-ctx.Done():
			// A fresh context: the loop's own has ended.
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			_, _ = a.cli.UserTyping(cctx, room, false, 0)
			cancel()
			return
		case <-t.C:
		}
	}
}
