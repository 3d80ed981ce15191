package digest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/command"
)

// Replies to commands.
const (
	msgNotAdmin = `Sorry: only the bot's admins can change this conversation's digest and feeds. Anyone can say "digest status", "feed list" or "more <n>".`
	msgInternal = "Internal error: that could not be done. The operator's log has the detail."
	msgNoFeeds  = "Feeds are not available on this bot."
	howToStart  = `say "digest daily 08:00 Europe/Berlin" (or weekdays 07:30, weekly mon 09:00, cron "0 8 * * 1-5", each with your time zone) to start one`
)

// HandleCommand implements bot.CommandHandler: the digest, feed and more
// commands. It replies in the message's thread, and returns an error only
// when it could post nothing (the queue then retries the message).
func (s *Scheduler) HandleCommand(ctx context.Context, chat bot.Chat, m *bot.Message) (bool, error) {
	c, err := command.Parse(m.Text)
	if err != nil {
		return false, nil // the engine shows parse errors
	}
	switch c.Kind {
	case command.DigestSet, command.DigestOff, command.DigestNow, command.DigestStatus, command.DigestQuiet,
		command.FeedAdd, command.FeedList, command.FeedRemove, command.More:
	default:
		return false, nil
	}
	to := m.ReplyTarget()
	conv := Conversation{Platform: m.Platform, ID: m.Conversation}
	if !s.Admins.Allows(string(m.User), c) {
		s.log().Info("digest command refused: not an admin", "platform", m.Platform, "user", string(m.User), "command", c.Kind.String())
		return true, s.reply(ctx, chat, to, msgNotAdmin)
	}
	var text string
	switch c.Kind {
	case command.DigestSet:
		text, err = s.setSchedule(ctx, conv, c.Schedule, m.User)
	case command.DigestOff:
		text, err = s.turnOff(ctx, conv, m.User)
	case command.DigestQuiet:
		text, err = s.setQuiet(ctx, conv, c.Quiet)
	case command.DigestStatus:
		text, err = s.status(ctx, conv)
	case command.FeedList:
		text, err = s.feedList(ctx, conv)
	case command.FeedAdd:
		text, err = s.feedAdd(ctx, conv, c.Text, m.User)
	case command.FeedRemove:
		text, err = s.feedRemove(ctx, conv, c.N)
	case command.DigestNow:
		return true, s.digestNow(ctx, chat, m, conv)
	case command.More:
		return true, s.more(ctx, chat, m, conv, c.N)
	}
	if err != nil {
		s.log().Error("digest command failed", "platform", m.Platform, "conversation", string(m.Conversation), "command", c.Kind.String(), "err", err)
		text = msgInternal
	}
	return true, s.reply(ctx, chat, to, text)
}

func (s *Scheduler) reply(ctx context.Context, chat bot.Chat, to bot.Target, text string) error {
	if _, err := chat.Post(ctx, to, &bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
		return fmt.Errorf("digest: post reply: %w", err)
	}
	return nil
}

func (s *Scheduler) setSchedule(ctx context.Context, conv Conversation, cs command.Schedule, by bot.UserID) (string, error) {
	sch, err := NewSchedule(cs)
	if err != nil {
		return err.Error(), nil // a one-line message for the user
	}
	next := sch.Next(s.now())
	if next.IsZero() {
		return "digest: that schedule never runs.", nil
	}
	if err := s.Store.SetDigestSchedule(ctx, conv, sch.Spec(), sch.TimeZone, next, by); err != nil {
		return "", fmt.Errorf("set schedule: %w", err)
	}
	text := fmt.Sprintf("Digest scheduled %s. Next: %s.", sch.Describe(), formatTime(next, sch.Location()))
	feeds, err := s.Store.Feeds(ctx, conv)
	if err != nil {
		return "", fmt.Errorf("set schedule: %w", err)
	}
	if len(feeds) == 0 {
		text += ` It will list the articles briefed here; add feeds with "feed add <link>".`
	}
	return text, nil
}

func (s *Scheduler) turnOff(ctx context.Context, conv Conversation, by bot.UserID) (string, error) {
	set, err := s.Store.DigestSettings(ctx, conv)
	switch {
	case bot.ErrorCode(err) == bot.ENotFound || err == nil && set.Spec == "":
		return "No digest is scheduled here.", nil
	case err != nil:
		return "", fmt.Errorf("digest off: %w", err)
	}
	if err := s.Store.SetDigestSchedule(ctx, conv, "", set.TimeZone, time.Time{}, by); err != nil {
		return "", fmt.Errorf("digest off: %w", err)
	}
	return `Digest turned off. The feeds are kept ("feed list"); "digest daily 08:00 <time zone>" starts it again.`, nil
}

func (s *Scheduler) setQuiet(ctx context.Context, conv Conversation, quiet bool) (string, error) {
	if err := s.Store.SetDigestQuiet(ctx, conv, quiet); err != nil {
		return "", fmt.Errorf("digest quiet: %w", err)
	}
	if quiet {
		return "Done: a digest with nothing new will post nothing.", nil
	}
	return `Done: a digest with nothing new will post a short "Nothing new" message.`, nil
}

// status is "digest status": the schedule, its next and last runs in the
// conversation's time zone, the quiet setting, and the feeds with their
// last errors.
func (s *Scheduler) status(ctx context.Context, conv Conversation) (string, error) {
	set, err := s.Store.DigestSettings(ctx, conv)
	switch {
	case bot.ErrorCode(err) == bot.ENotFound:
		set = &Settings{Conversation: conv, TimeZone: command.DefaultTimeZone}
	case err != nil:
		return "", fmt.Errorf("digest status: %w", err)
	}
	loc := location(set)
	var sb strings.Builder
	if set.Spec == "" {
		sb.WriteString("No digest is scheduled here: " + howToStart + ".\n")
	} else {
		desc := set.Spec + " (" + set.TimeZone + ")"
		if sch, err := ParseSchedule(set.Spec, set.TimeZone); err == nil {
			desc = sch.Describe()
		}
		sb.WriteString("Digest: " + desc + ".\n")
		if !set.NextRun.IsZero() {
			sb.WriteString("Next: " + formatTime(set.NextRun, loc) + ".\n")
		}
	}
	if set.LastRun.IsZero() {
		sb.WriteString("Last: never.\n")
	} else {
		sb.WriteString("Last: " + formatTime(set.LastRun, loc) + ".\n")
	}
	quiet := s.Quiet
	if set.Quiet != nil {
		quiet = *set.Quiet
	}
	if quiet {
		sb.WriteString(`With nothing new: no message ("digest quiet off" to post a short one).` + "\n")
	} else {
		sb.WriteString(`With nothing new: a short "Nothing new" message ("digest quiet on" to post nothing).` + "\n")
	}
	feeds, err := s.Store.Feeds(ctx, conv)
	if err != nil {
		return "", fmt.Errorf("digest status: %w", err)
	}
	sb.WriteString(feedLines(feeds, loc))
	return strings.TrimRight(sb.String(), "\n"), nil
}

// feedLines lists feeds, numbered for "feed remove", with their state.
func feedLines(feeds []Feed, loc *time.Location) string {
	if len(feeds) == 0 {
		return `No feeds: "feed add <link>" adds one (RSS, Atom or JSON Feed).`
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Feeds (%d):\n", len(feeds))
	for i, f := range feeds {
		line := fmt.Sprintf("%d. ", i+1)
		if f.Title != "" {
			line += oneLine(f.Title, 80) + " · "
		}
		line += f.URL
		switch {
		case f.LastError != "":
			line += " · error " + formatTime(f.LastErrorAt, loc) + ": " + oneLine(f.LastError, 200)
		case !f.LastChecked.IsZero():
			line += " · ok, checked " + formatTime(f.LastChecked, loc)
		default:
			line += " · not checked yet"
		}
		sb.WriteString(line + "\n")
	}
	return sb.String()
}

func (s *Scheduler) feedList(ctx context.Context, conv Conversation) (string, error) {
	feeds, err := s.Store.Feeds(ctx, conv)
	if err != nil {
		return "", fmt.Errorf("feed list: %w", err)
	}
	loc := time.UTC
	if set, err := s.Store.DigestSettings(ctx, conv); err == nil {
		loc = location(set)
	}
	return strings.TrimRight(feedLines(feeds, loc), "\n"), nil
}

// feedAdd checks the link by fetching and parsing it once, adds the feed,
// and marks all but its newest InitialItems items as seen.
func (s *Scheduler) feedAdd(ctx context.Context, conv Conversation, link string, by bot.UserID) (string, error) {
	norm := NormalizeURL(link)
	if norm == "" {
		return "feed add: want a feed link starting with http:// or https://.", nil
	}
	if s.Feeds == nil {
		return msgNoFeeds, nil
	}
	feeds, err := s.Store.Feeds(ctx, conv)
	if err != nil {
		return "", fmt.Errorf("feed add: %w", err)
	}
	for i, f := range feeds {
		if NormalizeURL(f.URL) == norm {
			return fmt.Sprintf("That feed is already in the list (feed %d).", i+1), nil
		}
	}
	if max := orDefault(s.MaxFeeds, DefaultMaxFeeds); len(feeds) >= max {
		return fmt.Sprintf(`This conversation already follows %d feeds, the most allowed: remove one first ("feed remove <n>").`, max), nil
	}
	body, _, _, _, err := s.Feeds.FetchFeed(ctx, link, "", "")
	if err != nil {
		s.log().Info("feed add: fetch failed", "feed", link, "code", bot.ErrorCode(err), "err", err)
		return "feed add: " + bot.ErrorMessage(err), nil
	}
	parsed, err := parseFeed(body, link)
	if err != nil {
		return "feed add: " + bot.ErrorMessage(err), nil
	}
	now := s.now()
	// The validators are not kept: the first digest fetches the feed in
	// full, to show its newest items.
	f := &Feed{URL: link, Title: parsed.Title, AddedBy: by, Created: now, LastChecked: now}
	added, err := s.Store.AddFeed(ctx, conv, f)
	if err != nil {
		return "", fmt.Errorf("feed add: %w", err)
	}
	if !added {
		return "That feed is already in the list.", nil
	}
	// Older items are marked seen: a new feed shows its newest few, not its
	// archive.
	var old []string
	if n := len(parsed.Entries) - InitialItems; n > 0 {
		for _, e := range parsed.Entries[:n] {
			old = append(old, keys(urlKey(e.Link), guidKey(link, e.GUID))...)
		}
	}
	if len(old) > 0 {
		if _, err := s.Store.MarkSeen(ctx, conv, old, now); err != nil {
			return "", fmt.Errorf("feed add: mark seen: %w", err)
		}
	}
	name := f.Name()
	text := fmt.Sprintf("Added feed %d: %s (%d items). ", len(feeds)+1, oneLine(name, 100), len(parsed.Entries))
	if len(parsed.Entries) > InitialItems {
		text += fmt.Sprintf("The next digest shows its newest %d, then each new item.", InitialItems)
	} else {
		text += "The next digest shows its items, then each new one."
	}
	if set, err := s.Store.DigestSettings(ctx, conv); err != nil || set.Spec == "" {
		text += ` No digest is scheduled here yet: "digest now" makes one, or ` + howToStart + "."
	}
	return text, nil
}

func (s *Scheduler) feedRemove(ctx context.Context, conv Conversation, n int) (string, error) {
	feeds, err := s.Store.Feeds(ctx, conv)
	if err != nil {
		return "", fmt.Errorf("feed remove: %w", err)
	}
	if n < 1 || n > len(feeds) {
		if len(feeds) == 0 {
			return "feed remove: there are no feeds here.", nil
		}
		return fmt.Sprintf(`feed remove: there is no feed %d here (1 to %d); say "feed list".`, n, len(feeds)), nil
	}
	f := feeds[n-1]
	if err := s.Store.RemoveFeed(ctx, conv, f.ID); err != nil {
		return "", fmt.Errorf("feed remove: %w", err)
	}
	return fmt.Sprintf("Removed feed %d: %s.", n, oneLine(f.Name(), 100)), nil
}

// digestNow makes the digest at once, in the command's thread.
func (s *Scheduler) digestNow(ctx context.Context, chat bot.Chat, m *bot.Message, conv Conversation) error {
	progress(ctx, chat, m, bot.ProgressWorking)
	if err := s.RunNow(ctx, chat, conv, m.ReplyTarget()); err != nil {
		s.log().Error("digest now failed", "platform", m.Platform, "conversation", string(m.Conversation), "err", err)
		progress(ctx, chat, m, bot.ProgressFailed)
		text := "The digest could not be made. The operator's log has the detail."
		if be := bot.ErrorCode(err); be != bot.EInternal {
			text = "The digest could not be made: " + bot.ErrorMessage(err)
		}
		return s.reply(ctx, chat, m.ReplyTarget(), text)
	}
	progress(ctx, chat, m, bot.ProgressDone)
	return nil
}

func progress(ctx context.Context, chat bot.Chat, m *bot.Message, p bot.Progress) {
	if pr, ok := chat.(bot.ProgressReporter); ok {
		_ = pr.Progress(ctx, m, p)
	}
}

// more posts the full briefing of item n of the digest the message
// answers (or the latest), and keeps it as this thread's article so that
// follow-up questions work. In a thread that already holds a briefing, the
// new one replaces it.
func (s *Scheduler) more(ctx context.Context, chat bot.Chat, m *bot.Message, conv Conversation, n int) error {
	to := m.ReplyTarget()
	item, err := s.Store.DigestItem(ctx, conv, m.Thread, n)
	switch {
	case bot.ErrorCode(err) == bot.ENotFound:
		return s.reply(ctx, chat, to, fmt.Sprintf("There is no item %d in the last digest here.", n))
	case err != nil:
		s.log().Error("more: digest item", "conversation", conv.String(), "err", err)
		return s.reply(ctx, chat, to, msgInternal)
	}
	items := []*Item{item}
	if item.Story != "" && s.Stories != nil {
		// The entry of a story: every item of the digest on it, in a row.
		for k := n - 1; k > 0; k-- {
			it, err := s.Store.DigestItem(ctx, conv, m.Thread, k)
			if err != nil || it.Story != item.Story {
				break
			}
			items = append([]*Item{it}, items...)
		}
		for k := n + 1; ; k++ {
			it, err := s.Store.DigestItem(ctx, conv, m.Thread, k)
			if err != nil || it.Story != item.Story {
				break
			}
			items = append(items, it)
		}
	}
	var srcs []bot.ThreadSource
	for _, it := range items {
		a, b := it.Article, it.Briefing
		if it.Thread != "" {
			th, err := s.Store.Thread(ctx, bot.ThreadKey{Platform: conv.Platform, Conversation: conv.ID, Thread: it.Thread})
			switch {
			case bot.ErrorCode(err) == bot.ENotFound:
			case err != nil:
				s.log().Error("more: thread", "conversation", conv.String(), "err", err)
				return s.reply(ctx, chat, to, msgInternal)
			case len(th.Sources) > 1:
				srcs = append(srcs, th.Sources...) // a story briefed in the conversation
				continue
			default:
				a, b = th.Article, th.Briefing
			}
		}
		if a != nil && b != nil && !slices.ContainsFunc(srcs, func(x bot.ThreadSource) bool { return x.Article.Hash() == a.Hash() }) {
			srcs = append(srcs, bot.ThreadSource{Article: a, Briefing: b})
		}
	}
	if len(srcs) == 0 {
		return s.reply(ctx, chat, to, fmt.Sprintf(`The briefing of item %d is no longer kept here: it was deleted with "forget" or has expired.`, n))
	}
	srcs = srcs[:min(len(srcs), bot.MaxStorySources)]
	a, b := srcs[0].Article, srcs[0].Briefing
	var sources []bot.ThreadSource
	if len(srcs) > 1 {
		b, sources = s.Stories.Merge(srcs, nil), srcs
	}
	now := s.now()
	if err := s.Store.SaveThread(ctx, &bot.Thread{Key: m.ThreadKey(), Article: a, Briefing: b, Sources: sources, Created: now, Updated: now}); err != nil {
		s.log().Error("more: save thread", "conversation", conv.String(), "err", err)
		return s.reply(ctx, chat, to, "The briefing could not be saved, so follow-up questions would fail. Please try again.")
	}
	if _, err := chat.Post(ctx, to, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b}); err != nil {
		return fmt.Errorf("more: post briefing: %w", err)
	}
	return nil
}
