package bot

import (
	"context"
	"strings"
)

// The reply log makes a request that runs twice (a durable queue runs it
// again after a crash) finish the first run's reply rather than post a
// second one: the engine records the message it replies with before the
// slow work, edits that message when done, and marks the request done.
// It lives in the engine's StateStore (Engine.Replies); without one, every
// run replies anew.

const (
	replyOpen = "open|"
	replyDone = "done|"
)

func replyKey(m *Message) string { return "reply|" + IdempotencyKey(m) }

// replyRecord returns the message recorded for m's reply and whether the
// request was answered.
func (e *Engine) replyRecord(ctx context.Context, m *Message) (MessageID, bool) {
	if e.Replies == nil {
		return "", false
	}
	v, err := e.Replies.State(ctx, replyKey(m))
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
