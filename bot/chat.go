package bot

import (
	"context"
	"time"
)

// ConversationID names a channel, room or DM. It is opaque: only the adapter
// that made it parses it.
type ConversationID string

// MessageID names a message (a Slack ts, a Matrix event id). Opaque.
type MessageID string

// UserID names a user on a platform. Opaque.
type UserID string

// Message is a chat event in the engine's terms, made by an adapter.
//
// Messages are stored as JSON in the job queue's arguments: the names are
// fixed by the tags, and jobs written before the tags (with the Go field
// names) still decode, as encoding/json matches names without regard to
// case (TestPersistedFormats).
type Message struct {
	// Platform names the adapter ("slack", "matrix", "terminal"); it scopes
	// every id below.
	Platform     string         `json:"platform"`
	Conversation ConversationID `json:"conversation"`
	// ID is this message's id; with Platform and Conversation it is the
	// idempotency key of the request.
	ID MessageID `json:"id"`
	// Thread is the root of the thread the message was posted in, or empty
	// for a top-level message. The reply goes to Thread, or starts a thread
	// on ID when Thread is empty.
	Thread MessageID `json:"thread"`
	User   UserID    `json:"user"`
	// Text is plain text: links unwrapped, the bot's mention removed.
	Text string `json:"text"`
	// Direct is true in a one-to-one conversation with the bot.
	Direct bool `json:"direct"`
	// Mentioned is true when the message addresses the bot (a mention, a
	// command, a shortcut). Top-level messages in shared conversations that
	// do not mention the bot are ignored.
	Mentioned bool `json:"mentioned"`
	// Files are attachments the adapter downloaded (text or HTML only).
	Files []File `json:"files,omitempty"`
	// Time is when the platform says the message was sent.
	Time time.Time `json:"time"`
}

// ReplyTarget returns where replies to m go.
func (m *Message) ReplyTarget() Target {
	t := Target{Conversation: m.Conversation, Thread: m.Thread}
	if t.Thread == "" {
		t.Thread = m.ID
	}
	return t
}

// ThreadKey returns the key of the thread m belongs to.
func (m *Message) ThreadKey() ThreadKey {
	t := m.ReplyTarget()
	return ThreadKey{Platform: m.Platform, Conversation: t.Conversation, Thread: t.Thread}
}

// File is an attachment: a text snippet or a text/HTML file.
type File struct {
	Name     string `json:"name"`
	MIMEType string `json:"mimetype"`
	Data     []byte `json:"data"`
}

// Target is where a reply is posted: a thread in a conversation.
type Target struct {
	Conversation ConversationID
	Thread       MessageID
}

// ReplyKind says what a reply carries, so that each adapter renders it in
// its platform's idiom.
type ReplyKind int

// Reply kinds.
const (
	ReplyText     ReplyKind = iota // plain text from the bot (help, command results)
	ReplyStatus                    // progress ("Reading the article…"), later replaced
	ReplyBriefing                  // Briefing is set
	ReplyAnswer                    // Answer is set; Text holds the streamed text so far
	ReplyError                     // Text is a user-facing error line
	ReplyDigest                    // Digest is set
)

// Reply is what the engine asks an adapter to show.
type Reply struct {
	Kind     ReplyKind
	Text     string
	Briefing *Briefing
	Answer   *Answer
	Digest   *Digest
	// Key, when set, names this post the same way on every run of the
	// request. A chat that is a Finder stores it with the post, so that
	// a run resumed after a crash can find the post again.
	Key string
}

// Digest is a compact list of articles for a conversation: those briefed
// there since the last digest and new items from its feeds.
type Digest struct {
	// Title is the digest's heading, e.g. "Daily digest, 28 Nov 2026".
	Title string
	Items []DigestItem
	// Errors are per-feed problems worth telling the channel about.
	Errors []string
}

// DigestItem is one article in a digest.
type DigestItem struct {
	// N is the item's number, for "more N".
	N         int
	Title     string
	Site      string
	URL       string
	Published string
	// Summary is a one-line neutral summary.
	Summary string
	// Parties names the parties whose claims the briefing lists.
	Parties []string
	// Outlets names the sites of the articles on this item's story, when
	// the digest lists several as one entry; "more N" then posts the story
	// briefing.
	Outlets []string
}

// Chat is what the engine needs from a chat adapter: posting in a thread.
// Optional capabilities are separate interfaces (Editor, Streamer,
// ProgressReporter), checked by type assertion.
type Chat interface {
	// Post posts r in the thread and returns the new message's id.
	Post(ctx context.Context, to Target, r *Reply) (MessageID, error)
}

// Editor is a chat that can replace a message the bot posted.
type Editor interface {
	Edit(ctx context.Context, to Target, id MessageID, r *Reply) error
}

// Finder is a chat that can find a post again by the Key it was posted
// with. The engine records that it is about to post a request's first
// reply before posting it; a run resumed after a crash between the post
// and the record of its id asks the Finder, and edits the post it finds
// rather than leave it behind and post a second one. FindPost returns ""
// when there is no such post in the thread.
type Finder interface {
	FindPost(ctx context.Context, to Target, key string) (MessageID, error)
}

// Streamer is a chat that shows text as it grows (a terminal, Slack's chat
// streaming API). Chats that are only Editors get throttled edits instead.
type Streamer interface {
	StartStream(ctx context.Context, to Target) (Stream, error)
}

// Stream is one growing message.
type Stream interface {
	// Append adds text to the message.
	Append(ctx context.Context, delta string) error
	// Finish replaces the streamed text with the final reply.
	Finish(ctx context.Context, r *Reply) error
}

// Progress is a stage of work on a request.
type Progress int

// Progress stages.
const (
	ProgressWorking Progress = iota // accepted, working on it (a reaction, typing)
	ProgressDone                    // answered
	ProgressFailed                  // answered with an error
)

// ProgressReporter is a chat that can show progress on the request message,
// for example with a reaction or a typing notification.
type ProgressReporter interface {
	Progress(ctx context.Context, m *Message, p Progress) error
}
