package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// The reply log makes a request that runs twice (a durable queue runs it
// again after a crash) finish the first run's reply rather than post a
// second one: the engine records the message it replies with before the
// slow work, edits that message when done, and marks the request done.
// It lives in the engine's StateStore (Engine.Replies); without one, every
// run replies anew.
//
// A crash can also fall between posting the first message and recording
// its id. With a chat that is a Finder, the engine records that it is
// about to post ("posting") and posts with a key (ReplyKey); a resumed run
// that finds only that record asks the chat for the post with the key.

const (
	replyOpen    = "open|"
	replyDone    = "done|"
	replyPosting = "posting|"
)

// ReplyKey is the key m's first reply is posted with (Reply.Key): the same
// on every run of m, and free of the ids it is made from.
func ReplyKey(m *Message) string {
	sum := sha256.Sum256([]byte(IdempotencyKey(m)))
	return hex.EncodeToString(sum[:16])
}

// State keys of the records kept per request: the reply log and the
// admission decision. They name the request's thread, so that forgetting
// a thread deletes them by prefix (ThreadStatePrefixes).
const (
	replyStatePrefix = "reply|"
	admitStatePrefix = "admit|"
)

func replyKey(m *Message) string { return threadScoped(replyStatePrefix, m) }

// ReplyLogKey is the state key of m's reply-log record.
func ReplyLogKey(m *Message) string { return replyKey(m) }

// legacyReplyKey is the reply log's key before keys named the thread; a
// request in flight across an upgrade is found under it.
func legacyReplyKey(m *Message) string { return replyStatePrefix + IdempotencyKey(m) }

// threadScoped is prefix, m's thread and m's id.
func threadScoped(prefix string, m *Message) string {
	k := m.ThreadKey()
	return threadPrefix(prefix, k) + string(m.ID)
}

func threadPrefix(prefix string, k ThreadKey) string {
	return prefix + k.Platform + "|" + string(k.Conversation) + "|" + string(k.Thread) + "|"
}

// ThreadStatePrefixes returns the prefixes of the state keys the engine
// keeps for the requests of thread k (reply log, admission decisions):
// a store's DeleteThread deletes the keys that start with one of them.
func ThreadStatePrefixes(k ThreadKey) []string {
	return []string{threadPrefix(replyStatePrefix, k), threadPrefix(admitStatePrefix, k)}
}

// replyState reads m's reply-log record, under its key or the legacy one.
func (e *Engine) replyState(ctx context.Context, m *Message) ([]byte, error) {
	v, err := e.Replies.State(ctx, replyKey(m))
	if ErrorCode(err) == ENotFound {
		if old, lerr := e.Replies.State(ctx, legacyReplyKey(m)); lerr == nil {
			return old, nil
		}
	}
	return v, err
}

// replyRecord returns the message recorded for m's reply and whether the
// request was answered.
func (e *Engine) replyRecord(ctx context.Context, m *Message) (MessageID, bool) {
	if e.Replies == nil {
		return "", false
	}
	v, err := e.replyState(ctx, m)
	if err != nil {
		if ErrorCode(err) != ENotFound {
			e.logger().Warn("reply log read failed", "message", string(m.ID), "err", err)
		}
		return "", false
	}
	s := string(v)
	switch {
	case strings.HasPrefix(s, replyDone):
		return MessageID(strings.TrimPrefix(s, replyDone)), true
	case strings.HasPrefix(s, replyOpen):
		return MessageID(strings.TrimPrefix(s, replyOpen)), false
	}
	return "", false
}

// recordReply records id as m's reply message, done or still open.
func (e *Engine) recordReply(ctx context.Context, m *Message, id MessageID, done bool) {
	if e.Replies == nil {
		return
	}
	prefix := replyOpen
	if done {
		prefix = replyDone
	}
	if err := e.Replies.SetState(ctx, replyKey(m), []byte(prefix+string(id))); err != nil {
		e.logger().Warn("reply log write failed", "message", string(m.ID), "err", err)
	}
}

// resumeReply returns the message an earlier run of m started: the one it
// recorded, or, when it crashed between posting and recording, the one
// the chat finds by m's reply key. It returns "" when there is none.
func (e *Engine) resumeReply(ctx context.Context, chat Chat, m *Message) MessageID {
	if e.Replies == nil {
		return ""
	}
	v, err := e.replyState(ctx, m)
	if err != nil {
		if ErrorCode(err) != ENotFound {
			e.logger().Warn("reply log read failed", "message", string(m.ID), "err", err)
		}
		return ""
	}
	s := string(v)
	switch {
	case strings.HasPrefix(s, replyOpen):
		return MessageID(strings.TrimPrefix(s, replyOpen))
	case strings.HasPrefix(s, replyDone):
		return MessageID(strings.TrimPrefix(s, replyDone))
	case s != replyPosting:
		return ""
	}
	f, ok := chat.(Finder)
	if !ok {
		return ""
	}
	id, err := f.FindPost(ctx, m.ReplyTarget(), ReplyKey(m))
	if err != nil {
		e.logger().Warn("looking for an interrupted run's reply failed", "message", string(m.ID), "err", err)
		return ""
	}
	if id != "" {
		e.logger().Info("found the reply an interrupted run posted", "platform", m.Platform, "message", string(m.ID))
		e.recordReply(ctx, m, id, false)
	}
	return id
}

// startReply posts r as m's first reply and records its id. With a chat
// that is a Finder, it first records that it is about to post, and posts
// r with m's reply key, so that a crash between the post and the record
// leaves a post the next run can find.
func (e *Engine) startReply(ctx context.Context, chat Chat, m *Message, r *Reply) (MessageID, error) {
	if _, ok := chat.(Finder); ok && e.Replies != nil {
		r.Key = ReplyKey(m)
		if err := e.Replies.SetState(ctx, replyKey(m), []byte(replyPosting)); err != nil {
			// Posting now would leave a post a rerun cannot find: let the
			// queue run the request again, unless this is its last run.
			err = storageError(err, "reply log")
			if retryLater(ctx, err) {
				return "", err
			}
			e.logger().Warn("reply log write failed", "message", string(m.ID), "err", err)
		}
	}
	id, err := chat.Post(ctx, m.ReplyTarget(), r)
	if err != nil {
		return "", err
	}
	e.recordReply(ctx, m, id, false)
	return id, nil
}
