// Package bottest holds what the tests of the engine, its commands and the
// chat adapters share: a chat that records what it is given
// (RecordingChat), a backend whose answers the test sets (Scripted) and an
// in-memory work queue (Queue). Only tests import it.
package bottest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// Post is one message a chat was asked to post.
type Post struct {
	To    bot.Target
	Reply *bot.Reply
	ID    bot.MessageID
}

// RecordingChat records what it is given: posts with their targets, edits
// and progress reports. It is a bot.Chat, bot.Editor and
// bot.ProgressReporter; PostOnly hides the last two. Its zero value is
// ready to use.
type RecordingChat struct {
	// IDPrefix starts the id of every post: IDPrefix1, IDPrefix2 … ("r"
	// when empty).
	IDPrefix string

	mu        sync.Mutex
	posts     []Post
	edits     map[bot.MessageID][]*bot.Reply
	progress  []bot.Progress
	failPosts int
}

var (
	_ bot.Editor           = (*RecordingChat)(nil)
	_ bot.ProgressReporter = (*RecordingChat)(nil)
)

// ErrPlatformDown is the error of a post FailPosts makes fail.
var ErrPlatformDown = errors.New("platform down")

// Post implements bot.Chat.
func (c *RecordingChat) Post(_ context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failPosts > 0 {
		c.failPosts--
		return "", ErrPlatformDown
	}
	prefix := c.IDPrefix
	if prefix == "" {
		prefix = "r"
	}
	id := bot.MessageID(fmt.Sprint(prefix, len(c.posts)+1))
	c.posts = append(c.posts, Post{To: to, Reply: r, ID: id})
	return id, nil
}

// Edit implements bot.Editor.
func (c *RecordingChat) Edit(_ context.Context, _ bot.Target, id bot.MessageID, r *bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.edits == nil {
		c.edits = map[bot.MessageID][]*bot.Reply{}
	}
	c.edits[id] = append(c.edits[id], r)
	return nil
}

// Progress implements bot.ProgressReporter.
func (c *RecordingChat) Progress(_ context.Context, _ *bot.Message, p bot.Progress) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.progress = append(c.progress, p)
	return nil
}

// FailPosts makes the next n posts fail with ErrPlatformDown.
func (c *RecordingChat) FailPosts(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failPosts = n
}

// Posts returns the posts made, in order, as posted.
func (c *RecordingChat) Posts() []Post {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Post(nil), c.posts...)
}

// Replies returns the replies posted, in order, as posted (not edited).
func (c *RecordingChat) Replies() []*bot.Reply {
	var out []*bot.Reply
	for _, p := range c.Posts() {
		out = append(out, p.Reply)
	}
	return out
}

// Edits returns the edits of the post id, in order.
func (c *RecordingChat) Edits(id bot.MessageID) []*bot.Reply {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*bot.Reply(nil), c.edits[id]...)
}

// ProgressReports returns the progress reported, in order.
func (c *RecordingChat) ProgressReports() []bot.Progress {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]bot.Progress(nil), c.progress...)
}

// Final returns the last version of each posted message, in the order
// they were posted.
func (c *RecordingChat) Final() []*bot.Reply {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*bot.Reply
	for _, p := range c.posts {
		r := p.Reply
		if e := c.edits[p.ID]; len(e) > 0 {
			r = e[len(e)-1]
		}
		out = append(out, r)
	}
	return out
}

// Texts returns the text of the last version of each posted message.
func (c *RecordingChat) Texts() []string {
	var out []string
	for _, r := range c.Final() {
		out = append(out, r.Text)
	}
	return out
}

// Last returns the last post, failing tb when there is none.
func (c *RecordingChat) Last(tb testing.TB) Post {
	tb.Helper()
	ps := c.Posts()
	if len(ps) == 0 {
		tb.Fatal("nothing posted")
	}
	return ps[len(ps)-1]
}

// Digests returns the digests posted, in order.
func (c *RecordingChat) Digests() []*bot.Digest {
	var out []*bot.Digest
	for _, p := range c.Posts() {
		if p.Reply.Kind == bot.ReplyDigest {
			out = append(out, p.Reply.Digest)
		}
	}
	return out
}

// Find returns the id of the post made to to with the reply key key, or
// "" when there is none; a chat that is a bot.Finder answers FindPost
// with it.
func (c *RecordingChat) Find(to bot.Target, key string) bot.MessageID {
	if key == "" {
		return ""
	}
	for _, p := range c.Posts() {
		if p.To == to && p.Reply.Key == key {
			return p.ID
		}
	}
	return ""
}

// Reset forgets every post, edit and progress report; the ids of new
// posts start again at 1.
func (c *RecordingChat) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.posts, c.edits, c.progress = nil, nil, nil
}

// PostOnly returns a chat that only posts, through c: the engine sees no
// Editor, Finder, Streamer or ProgressReporter in it.
func PostOnly(c bot.Chat) bot.Chat { return postOnly{c} }

// postOnly embeds the interface, so it has Post and no other method.
type postOnly struct{ bot.Chat }
