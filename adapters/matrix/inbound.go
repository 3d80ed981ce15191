package matrix

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

// Timeouts of the network calls a sync handler makes before submitting.
const (
	lookupTimeout   = 15 * time.Second
	downloadTimeout = 60 * time.Second
)

// onMessage handles an m.room.message event (decrypted, in encrypted
// rooms): it decides whether the bot is addressed and submits a request.
func (a *Adapter) onMessage(ctx context.Context, evt *event.Event) {
	if evt.Mautrix.EventSource&event.SourceJoin == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
		return // only messages in rooms the bot is in
	}
	if a.ignoredSender(evt.Sender) {
		return
	}
	if a.initialSync() {
		return // the first sync ever: history, not requests
	}
	in, ok := fromMatrix(evt, a.me)
	if !ok {
		return
	}
	if in.Notice && a.cfg.IgnoreBots {
		return
	}
	room := evt.RoomID
	if in.Thread == "" && in.ReplyTo != "" {
		// A plain reply to a message in a thread (or to the bot's own
		// message) continues that thread.
		in.Thread = a.threadOf(ctx, room, in.ReplyTo)
	}
	direct := a.isDirect(ctx, room)
	if !in.Mentioned && !direct && in.Thread == "" {
		return // not addressed to the bot; not in a thread it may hold
	}
	a.log.Debug("message for the bot", "room", string(room), "event", string(evt.ID), "mentioned", in.Mentioned,
		"direct", direct, "thread", string(in.Thread), "edit", in.Edit)
	m := &bot.Message{
		Platform:     Platform,
		Conversation: bot.ConversationID(room),
		ID:           bot.MessageID(in.ID),
		Thread:       bot.MessageID(in.Thread),
		User:         bot.UserID(evt.Sender),
		Text:         in.Text,
		Direct:       direct,
		Mentioned:    in.Mentioned,
		Time:         time.UnixMilli(evt.Timestamp),
	}
	if in.Unsupported != "" && in.Text == "" && (in.Mentioned || direct) {
		a.notice(ctx, m.ReplyTarget(), "I can brief text only: paste the article, send a link, or attach a .txt or .html file.")
		return
	}
	if in.File != nil {
		data, err := a.download(ctx, in.File)
		if err != nil {
			a.log.Warn("attachment download failed", "room", string(room), "event", string(evt.ID), "err", err)
			a.notice(ctx, m.ReplyTarget(), bot.ErrorMessage(err))
			return
		}
		m.Files = []bot.File{{Name: in.File.Name, MIMEType: in.File.MIMEType, Data: data}}
		if !in.Command {
			// A file is briefed as such: make the request a "brief".
			m.Text = "!brief " + m.Text
		}
	}
	a.remember(m)
	a.submit(ctx, m)
}

// ignoredSender reports whether messages from u are ignored: the bot
// itself and the configured bots.
func (a *Adapter) ignoredSender(u id.UserID) bool {
	return u == a.cli.UserID || a.bots[u]
}

// remember notes m as the latest request in its thread, so that replies
// point their fallback (m.in_reply_to) at it.
func (a *Adapter) remember(m *bot.Message) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.latest[m.ReplyTarget()] = id.EventID(m.ID)
}

// threadOf returns the thread root of event ev: known when the bot sent
// it, else read from the event's m.relates_to. "" when ev is in no thread.
func (a *Adapter) threadOf(ctx context.Context, room id.RoomID, ev id.EventID) id.EventID {
	a.mu.Lock()
	root, ok := a.sent[ev]
	a.mu.Unlock()
	if ok {
		return root
	}
	ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	evt, err := a.cli.GetEvent(ctx, room, ev)
	if err != nil {
		a.log.Debug("reply target lookup failed", "room", string(room), "event", string(ev), "err", err)
		return ""
	}
	evt = a.readable(ctx, room, evt)
	rel, _ := evt.Content.Raw["m.relates_to"].(map[string]any)
	if evt.Content.Parsed != nil {
		if mc, ok := evt.Content.Parsed.(*event.MessageEventContent); ok && mc.RelatesTo != nil {
			if mc.RelatesTo.Type == event.RelThread {
				return mc.RelatesTo.EventID
			}
			return ""
		}
	}
	if rel != nil && rel["rel_type"] == string(event.RelThread) {
		if s, ok := rel["event_id"].(string); ok {
			return id.EventID(s)
		}
	}
	return ""
}

// readable returns an event fetched from the server (not from sync) as
// the bot can read it: decrypted when it is encrypted and the bot holds
// its key (its own events included); otherwise as it came.
func (a *Adapter) readable(ctx context.Context, room id.RoomID, evt *event.Event) *event.Event {
	evt.RoomID = room
	if evt.Type != event.EventEncrypted || a.crypto == nil {
		return evt
	}
	if err := evt.Content.ParseRaw(evt.Type); err != nil {
		return evt
	}
	if dec, err := a.crypto.Decrypt(ctx, evt); err == nil {
		return dec
	}
	return evt
}

// isDirect reports whether room is a direct chat: listed in m.direct, or
// with two members (the bot and one person).
func (a *Adapter) isDirect(ctx context.Context, room id.RoomID) bool {
	a.mu.Lock()
	d := a.direct[room]
	a.mu.Unlock()
	if d {
		return true
	}
	return len(a.joinedMembers(ctx, room)) == 2
}

// joinedMembers returns the room's joined members, from the cache or the
// server.
func (a *Adapter) joinedMembers(ctx context.Context, room id.RoomID) map[id.UserID]bool {
	a.mu.Lock()
	ms, ok := a.members[room]
	a.mu.Unlock()
	if ok {
		return ms
	}
	ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	var joined map[id.UserID]bool
	err := a.policy.do(ctx, "list room members", func(ctx context.Context) error {
		resp, err := a.cli.JoinedMembers(ctx, room)
		if err != nil {
			return err
		}
		joined = make(map[id.UserID]bool, len(resp.Joined))
		for u := range resp.Joined {
			joined[u] = true
		}
		return nil
	}, nil)
	if err != nil {
		a.log.Warn("list room members failed", "room", string(room), "err", err)
		return nil
	}
	a.mu.Lock()
	a.members[room] = joined
	a.mu.Unlock()
	return joined
}

// onMember handles m.room.member events: invites to the bot, and people
// leaving (the bot leaves a room where it is alone).
func (a *Adapter) onMember(ctx context.Context, evt *event.Event) {
	mc, ok := evt.Content.Parsed.(*event.MemberEventContent)
	if !ok || evt.StateKey == nil {
		return
	}
	target := id.UserID(*evt.StateKey)
	room := evt.RoomID
	if target == a.cli.UserID && evt.Mautrix.EventSource&event.SourceInvite != 0 && mc.Membership == event.MembershipInvite {
		a.onInvite(ctx, evt, mc)
		return
	}
	if evt.Mautrix.EventSource&event.SourceJoin == 0 {
		return
	}
	a.mu.Lock()
	delete(a.members, room) // re-read on next use
	a.mu.Unlock()
	if target == a.cli.UserID {
		return
	}
	switch mc.Membership {
	case event.MembershipLeave, event.MembershipBan:
		ms := a.joinedMembers(ctx, room)
		if len(ms) == 1 && ms[a.cli.UserID] {
			a.log.Info("leaving a room where the bot is alone", "room", string(room))
			err := a.policy.do(ctx, "leave room", func(ctx context.Context) error {
				_, err := a.cli.LeaveRoom(ctx, room)
				return err
			}, a.logRetry("leave"))
			if err != nil {
				a.log.Warn("leave room failed", "room", string(room), "err", err)
			}
			a.forgetRoom(room)
		}
	}
}

func (a *Adapter) forgetRoom(room id.RoomID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.members, room)
	delete(a.direct, room)
}

// onInvite joins the room when the inviter is allowed, and declines the
// invite otherwise.
func (a *Adapter) onInvite(ctx context.Context, evt *event.Event, mc *event.MemberEventContent) {
	room, inviter := evt.RoomID, evt.Sender
	if !a.inviterAllowed(inviter) {
		a.log.Info("declining invite", "room", string(room), "inviter", string(inviter))
		err := a.policy.do(ctx, "decline invite", func(ctx context.Context) error {
			_, err := a.cli.LeaveRoom(ctx, room)
			return err
		}, a.logRetry("decline invite"))
		if err != nil {
			a.log.Warn("decline invite failed", "room", string(room), "err", err)
		}
		return
	}
	a.log.Info("joining on invite", "room", string(room), "inviter", string(inviter), "direct", mc.IsDirect)
	err := a.policy.do(ctx, "join room", func(ctx context.Context) error {
		_, err := a.cli.JoinRoomByID(ctx, room)
		return err
	}, a.logRetry("join"))
	if err != nil {
		a.log.Warn("join room failed", "room", string(room), "err", err)
		return
	}
	a.mu.Lock()
	if mc.IsDirect {
		a.direct[room] = true
	}
	a.joinedAt[room] = time.Now()
	a.mu.Unlock()
}

// inviterAllowed applies the invite allowlist: user ids and ":server"
// suffixes; by default the bot's own server.
func (a *Adapter) inviterAllowed(u id.UserID) bool {
	allowed := a.cfg.AllowedInviters
	if len(allowed) == 0 {
		allowed = []string{":" + a.cli.UserID.Homeserver()}
	}
	for _, rule := range allowed {
		rule = strings.TrimSpace(rule)
		switch {
		case rule == "":
		case rule == "*":
			return true
		case strings.HasPrefix(rule, ":"):
			if u.Homeserver() == rule[1:] {
				return true
			}
		case id.UserID(rule) == u:
			return true
		}
	}
	return false
}

// onDirectChats reads the bot's m.direct account data.
func (a *Adapter) onDirectChats(_ context.Context, evt *event.Event) {
	dc, ok := evt.Content.Parsed.(*event.DirectChatsEventContent)
	if !ok {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, rooms := range *dc {
		for _, r := range rooms {
			a.direct[r] = true
		}
	}
}

// download fetches an attachment, capped at bot.MaxTextBytes, and
// decrypts it when it is encrypted.
func (a *Adapter) download(ctx context.Context, f *fileRef) ([]byte, error) {
	if f.Size > bot.MaxTextBytes {
		return nil, bot.Errorf(bot.ETooLarge, "That file is too large to brief (over %d MB). Paste the article's text instead.", bot.MaxTextBytes>>20)
	}
	uri, err := f.URL.Parse()
	if err != nil {
		return nil, bot.WrapError(err, bot.EInvalid, "download attachment", "I could not read that attachment's address.")
	}
	ctx, cancel := context.WithTimeout(ctx, downloadTimeout)
	defer cancel()
	var data []byte
	err = a.policy.do(ctx, "download attachment", func(ctx context.Context) error {
		resp, err := a.cli.Download(ctx, uri)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		data, err = io.ReadAll(io.LimitReader(resp.Body, bot.MaxTextBytes+1))
		return err
	}, a.logRetry("download"))
	if err != nil {
		return nil, bot.WrapError(err, bot.EFetch, "download attachment", "I could not download that file from the homeserver. Please try again.")
	}
	if len(data) > bot.MaxTextBytes {
		return nil, bot.Errorf(bot.ETooLarge, "That file is too large to brief (over %d MB). Paste the article's text instead.", bot.MaxTextBytes>>20)
	}
	if f.Encrypted != nil {
		if err := f.Encrypted.PrepareForDecryption(); err != nil {
			return nil, bot.WrapError(err, bot.EInvalid, "decrypt attachment", "I could not decrypt that file.")
		}
		if err := f.Encrypted.DecryptInPlace(data); err != nil {
			return nil, bot.WrapError(err, bot.EInvalid, "decrypt attachment", "I could not decrypt that file.")
		}
	}
	return data, nil
}

// onUndecryptable tells the sender, once per room, sender and session,
// that the bot could not decrypt their message and how to fix it.
func (a *Adapter) onUndecryptable(evt *event.Event, err error) {
	if a.ignoredSender(evt.Sender) {
		return
	}
	ctx, cancel := context.WithTimeout(a.typingCtx, lookupTimeout)
	defer cancel()
	var session string
	if ec, ok := evt.Content.Parsed.(*event.EncryptedEventContent); ok {
		session = string(ec.SessionID)
	}
	key := "utd|" + string(evt.RoomID) + "|" + string(evt.Sender) + "|" + session
	if !a.once(ctx, key) {
		return
	}
	a.log.Warn("could not decrypt a message", "room", string(evt.RoomID), "event", string(evt.ID),
		"sender", string(evt.Sender), "session", session, "err", err)
	text := fmt.Sprintf("🔒 I could not decrypt your message, so I cannot read it: your client did not share the message key with my device %s (%s). "+
		"My device is signed by my cross-signing key; if your client still withholds keys, check that it trusts my identity (it may ask you to confirm it once) and send the message again. "+
		"I say this once per session.", a.cli.DeviceID, a.cli.UserID)
	a.notice(ctx, bot.Target{Conversation: bot.ConversationID(evt.RoomID), Thread: bot.MessageID(evt.ID)}, text)
}

// onEncryptedWithoutCrypto tells a room once that the bot, run without
// encryption, cannot read it.
func (a *Adapter) onEncryptedWithoutCrypto(ctx context.Context, evt *event.Event) {
	if a.ignoredSender(evt.Sender) || a.initialSync() || evt.Mautrix.EventSource&event.SourceJoin == 0 {
		return
	}
	if !a.once(ctx, "noe2ee|"+string(evt.RoomID)) {
		return
	}
	a.notice(ctx, bot.Target{Conversation: bot.ConversationID(evt.RoomID), Thread: bot.MessageID(evt.ID)},
		"🔒 This room is encrypted, and I run without end-to-end encryption, so I cannot read messages here. Ask the operator to enable it (MATRIX_PICKLE_KEY), or use an unencrypted room.")
}

// once reports whether key is seen for the first time, remembering it in
// memory and in the state store (so a restart does not repeat a notice).
func (a *Adapter) once(ctx context.Context, key string) bool {
	a.mu.Lock()
	if a.warned[key] {
		a.mu.Unlock()
		return false
	}
	a.warned[key] = true
	a.mu.Unlock()
	sk := "matrix/" + string(a.cli.UserID) + "/notice/" + key
	if _, err := a.state.State(ctx, sk); err == nil {
		return false
	}
	if err := a.state.SetState(ctx, sk, []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
		a.log.Warn("save notice state failed", "err", err)
	}
	return true
}

// notice posts a short text reply from the adapter itself.
func (a *Adapter) notice(ctx context.Context, to bot.Target, text string) {
	if _, err := a.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
		a.log.Warn("post notice failed", "room", string(to.Conversation), "err", err)
	}
}
