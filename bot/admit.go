package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/command"
)

// Admission is the engine's policy on who may ask for what, and how often:
// the same on every platform. Adapters call Engine.Admit before they
// submit a message, so that ignored messages cost nothing; the engine
// charges the rate limits itself, in Handle, once per request: Handle runs
// after the job queue's shared de-duplication (one job per idempotency
// key, whichever replica and delivery submitted it), so a request that
// Slack delivers twice, to two replicas, is charged once and refused with
// at most one notice.
type Admission struct {
	// AllowedConversations are, per platform ("slack", "matrix"), the
	// only shared conversations (channels, rooms) where the bot answers;
	// a platform with none listed is open. Direct conversations are
	// always allowed.
	AllowedConversations map[string][]ConversationID
	// BlockedUsers are never answered, anywhere.
	BlockedUsers []UserID
	// UserBriefings and ConversationBriefings bound the briefings one
	// person, and one conversation, may ask for in an hour (0: no limit).
	UserBriefings, ConversationBriefings int
	// UserQuestions and ThreadQuestions bound the follow-up questions one
	// person, and one briefed thread, may ask in an hour (0: no limit).
	UserQuestions, ThreadQuestions int
}

// DefaultAdmission is the policy of a bot that sets nothing: a person
// gets 20 briefings and 20 questions an hour, a conversation 60
// briefings, a thread 60 questions.
var DefaultAdmission = Admission{UserBriefings: 20, ConversationBriefings: 60, UserQuestions: 20, ThreadQuestions: 60}

// RateTaker keeps the token buckets of the rate limits: the bot's store,
// so that replicas share them, or MemRates in one process.
type RateTaker interface {
	// TakeTokens takes one token from each limited bucket at now, or none
	// when one is empty, and returns the index of the first empty one, or
	// -1.
	TakeTokens(ctx context.Context, now time.Time, buckets []RateBucket) (int, error)
}

// Admit reports whether m may be handled at all: it is addressed to the
// bot, or may be a follow-up in a thread (the engine checks that the
// thread was briefed), and its author and conversation are allowed. It
// reads nothing and charges nothing; every adapter calls it before it
// submits a message.
func (e *Engine) Admit(m *Message) bool {
	if !m.Direct && !m.Mentioned && m.Thread == "" {
		return false
	}
	return e.allowed(m)
}

func (e *Engine) allowed(m *Message) bool {
	p := e.Admission
	if slices.Contains(p.BlockedUsers, m.User) {
		return false
	}
	allowed := p.AllowedConversations[m.Platform]
	return m.Direct || len(allowed) == 0 || slices.Contains(allowed, m.Conversation)
}

// requestKind is what a request costs.
type requestKind int

const (
	freeRequest     requestKind = iota // commands: help, forget, digest …
	briefingRequest                    // a new briefing
	questionRequest                    // a follow-up question
)

// Lines the engine posts when a limit is reached; each names the limit.
const (
	msgUserBriefings    = "You've asked for %d briefings in the last hour, the most one person may; please wait a few minutes."
	msgConvBriefings    = "This conversation has asked for %d briefings in the last hour, the most it may; please wait a few minutes."
	msgUserQuestions    = "You've asked %d questions in the last hour, the most one person may; I'll answer again in a few minutes."
	msgThreadQuestions  = "This thread has had %d questions in the last hour, the most one thread may; I'll answer again in a few minutes."
	admitAccepted       = "ok"
	admitRefusedSilent  = "refused"
	admitRefusedNotice  = "refused-notice|"
	noticesPerHourLimit = 1
)

// charge takes cost tokens from each of the request's buckets. It returns
// "" when the request may go on, or the notice to post when it is refused
// (notice is "" for a refusal that is to be dropped silently: the person
// was told of that limit within the hour). A request is charged once: the
// decision is kept in the reply log's store, so that a rerun of the same
// request (a retry, a crash) reuses it. When the buckets cannot be read the
// request goes through: a store hiccup should not refuse work.
func (e *Engine) charge(ctx context.Context, m *Message, kind requestKind, cost int) (refused bool, notice string) {
	buckets, lines := e.buckets(m, kind)
	for i := range buckets {
		buckets[i].Cost = cost
	}
	if len(buckets) == 0 {
		return false, ""
	}
	key := threadScoped(admitStatePrefix, m)
	if e.Replies != nil {
		if v, err := e.Replies.State(ctx, key); err == nil {
			s := string(v)
			switch {
			case s == admitAccepted:
				return false, ""
			case s == admitRefusedSilent:
				return true, ""
			case strings.HasPrefix(s, admitRefusedNotice):
				return true, strings.TrimPrefix(s, admitRefusedNotice)
			}
		}
	}
	rates := e.rates()
	now := e.now()
	i, err := rates.TakeTokens(ctx, now, buckets)
	if err != nil {
		e.logger().Warn("rate limit: buckets unavailable; letting the request through", "err", err)
		return false, ""
	}
	decision := admitAccepted
	if i >= 0 {
		refused = true
		decision = admitRefusedSilent
		// One notice an hour per limit reached: the rest are dropped.
		j, err := rates.TakeTokens(ctx, now, []RateBucket{{Key: buckets[i].Key + "|notice", PerHour: noticesPerHourLimit}})
		if err == nil && j < 0 {
			notice = fmt.Sprintf(lines[i], buckets[i].PerHour)
			decision = admitRefusedNotice + notice
		}
		e.logger().Info("request refused: rate limit", "platform", m.Platform, "message", string(m.ID),
			"limit", buckets[i].Key, "per_hour", buckets[i].PerHour, "notice", notice != "")
	}
	if e.Replies != nil {
		if err := e.Replies.SetState(ctx, key, []byte(decision)); err != nil {
			e.logger().Warn("rate limit: decision not recorded", "message", string(m.ID), "err", err)
		}
	}
	return refused, notice
}

// buckets returns the limited buckets a request of this kind draws from,
// with the line that names each limit.
func (e *Engine) buckets(m *Message, kind requestKind) ([]RateBucket, []string) {
	p := e.Admission
	user := m.Platform + "|user|" + string(m.User)
	var bs []RateBucket
	var lines []string
	add := func(key string, perHour int, line string) {
		if perHour > 0 {
			bs = append(bs, RateBucket{Key: key, PerHour: perHour})
			lines = append(lines, line)
		}
	}
	switch kind {
	case briefingRequest:
		add(user, p.UserBriefings, msgUserBriefings)
		add(m.Platform+"|channel|"+string(m.Conversation), p.ConversationBriefings, msgConvBriefings)
	case questionRequest:
		add(user+"|questions", p.UserQuestions, msgUserQuestions)
		t := m.ThreadKey()
		add(m.Platform+"|thread|"+string(t.Conversation)+"|"+string(t.Thread), p.ThreadQuestions, msgThreadQuestions)
	}
	return bs, lines
}

func (e *Engine) rates() RateTaker {
	if e.Rates != nil {
		return e.Rates
	}
	e.memRatesOnce.Do(func() { e.memRates = &MemRates{} })
	return e.memRates
}

// costOf is what a request of command kind k costs, in a briefed thread
// or not.
func costOf(k command.Kind, inThread bool) requestKind {
	switch {
	case k == command.Brief, k == command.Add:
		return briefingRequest
	case k != command.None:
		return freeRequest
	case inThread:
		return questionRequest
	}
	return briefingRequest
}
