package slack

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
)

// blocksText returns the text of every block of a message, joined.
func blocksText(t testing.TB, m slacktest.Message) string {
	t.Helper()
	var blocks []struct {
		Type     string                  `json:"type"`
		Text     *struct{ Text string }  `json:"text"`
		Elements []struct{ Text string } `json:"elements"`
	}
	if m.Blocks == "" {
		return m.Text
	}
	if err := json.Unmarshal([]byte(m.Blocks), &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var sb strings.Builder
	for _, b := range blocks {
		if b.Text != nil {
			sb.WriteString(b.Text.Text + "\n")
		}
		for _, e := range b.Elements {
			sb.WriteString(e.Text + "\n")
		}
	}
	return sb.String()
}

func threadText(t testing.TB, msgs []slacktest.Message) string {
	var sb strings.Builder
	for _, m := range msgs {
		sb.WriteString(blocksText(t, m))
	}
	return sb.String()
}

// assertBriefing checks a rendered briefing of the seed article: a title,
// China's and Mandiant's claims in separate sections, each with a quote.
func assertBriefing(t *testing.T, text string) {
	t.Helper()
	sections := strings.Split(text, "\n*")
	var china, mandiant bool
	for _, s := range sections {
		hasClaim := strings.Contains(s, "\n• *") && strings.Contains(s, "\n>")
		switch {
		case strings.HasPrefix(s, "China"):
			china = china || hasClaim
		case strings.HasPrefix(s, "Mandiant"):
			mandiant = mandiant || hasClaim
		}
	}
	if !china || !mandiant {
		t.Errorf("briefing lacks China's or Mandiant's claims with quotes (China %v, Mandiant %v):\n%s", china, mandiant, text)
	}
	for _, want := range []string{"backend: ", " · "} {
		if !strings.Contains(text, want) {
			t.Errorf("briefing lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(text, "accusation") && !strings.Contains(text, "denial") {
		t.Errorf("briefing shows no stance:\n%s", text)
	}
}

func TestMentionBriefsThenFollowUpAnswers(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("Ev1", mention("C1", "U1", ts, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")

	msgs := h.fs.Thread("C1", ts)
	if len(msgs) != 1 {
		t.Fatalf("thread has %d messages, want 1 (the status edited into the briefing)", len(msgs))
	}
	if msgs[0].Updates == 0 {
		t.Error("the status message was not replaced by chat.update")
	}
	assertBriefing(t, blocksText(t, msgs[0]))
	if msgs[0].Text == "" || strings.HasPrefix(msgs[0].Text, "Reading") {
		t.Errorf("fallback text = %q", msgs[0].Text)
	}
	if r := h.fs.Reactions("C1", ts); strings.Join(r, ",") != "white_check_mark" {
		t.Errorf("reactions = %v, want eyes replaced by white_check_mark", r)
	}
	if n := len(h.fs.CallsOf("reactions.add")); n < 2 {
		t.Errorf("reactions.add called %d times, want eyes then the check mark", n)
	}

	// A reply in the thread, without a mention, is a follow-up question.
	q := newTS()
	env = h.fs.Send(t, "events_api", callback("Ev2", message("C1", "channel", "U2", q, ts, "What did Hong Lei say about cyberattacks?")))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", q, "white_check_mark")
	msgs = h.fs.Thread("C1", ts)
	if len(msgs) != 2 {
		t.Fatalf("thread has %d messages, want briefing and answer", len(msgs))
	}
	ans := blocksText(t, msgs[1])
	if !strings.Contains(ans, "\n>") || !strings.Contains(ans, "sentence") || !strings.Contains(ans, "cyberattacks") {
		t.Errorf("answer lacks a quote with its sentence number:\n%s", ans)
	}

	// A top-level message without mention is not for the bot.
	env = h.fs.Send(t, "events_api", callback("Ev3", message("C1", "channel", "U2", newTS(), "", "lunch?")))
	h.fs.WaitAck(t, env)
	// A thread reply in a thread the bot never briefed is ignored by the engine.
	other := newTS()
	env = h.fs.Send(t, "events_api", callback("Ev4", message("C1", "channel", "U2", newTS(), other, "unrelated thread chat")))
	h.fs.WaitAck(t, env)
	h.q.Drain(t.Context())
	if got := h.fs.Thread("C1", other); len(got) != 0 {
		t.Errorf("bot replied in an unrelated thread: %v", got)
	}
}

func TestDirectMessage(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvD", message("D1", "im", "U1", ts, "", slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("D1", ts, "white_check_mark")
	assertBriefing(t, threadText(t, h.fs.Thread("D1", ts)))
}

func TestHelp(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvH", mention("C1", "U1", ts, "", "<@UBOT> help")))
	h.fs.WaitAck(t, env)
	waitFor(t, "help reply", func() bool { return len(h.fs.Thread("C1", ts)) == 1 })
	text := threadText(t, h.fs.Thread("C1", ts))
	if !strings.Contains(text, "Briefbot makes a neutral briefing") || !strings.Contains(text, "/brief") || !strings.Contains(text, "&lt;link or text&gt;") {
		t.Errorf("help reply:\n%s", text)
	}
}

func TestSlashCommand(t *testing.T) {
	h := newHarness(t)
	env := h.fs.Send(t, "slash_commands", map[string]any{
		"token": "x", "team_id": slacktest.Team, "channel_id": "C1", "channel_name": "news", "user_id": "U1",
		"command": "/brief", "text": slackText(seedArticle), "trigger_id": "trig-1", "response_url": h.fs.URL + "respond",
	})
	ack := h.fs.WaitAck(t, env)
	if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
		t.Errorf("ack payload = %s, want none", ack.Payload)
	}
	posts := h.fs.CallsOf("chat.postMessage")
	if len(posts) == 0 || !strings.HasPrefix(posts[0].Form.Get("text"), ":newspaper: Briefing requested by <@U1>") || posts[0].Form.Get("thread_ts") != "" {
		t.Fatalf("first post is not the anchor in the channel: %+v", posts)
	}
	var anchor string
	waitFor(t, "anchor", func() bool {
		for _, m := range h.fs.Messages() {
			if strings.HasPrefix(m.Text, ":newspaper:") {
				anchor = m.TS
			}
		}
		return anchor != ""
	})
	h.waitDone("C1", anchor, "white_check_mark")
	msgs := h.fs.Thread("C1", anchor)
	if len(msgs) != 2 {
		t.Fatalf("anchor thread has %d messages, want anchor and briefing", len(msgs))
	}
	assertBriefing(t, blocksText(t, msgs[1]))

	// "/brief" alone explains itself, only to the user.
	env = h.fs.Send(t, "slash_commands", map[string]any{"team_id": slacktest.Team, "channel_id": "C1", "user_id": "U1", "command": "/brief", "text": "", "trigger_id": "trig-2"})
	ack = h.fs.WaitAck(t, env)
	var resp ephemeral
	if err := json.Unmarshal(ack.Payload, &resp); err != nil || resp.ResponseType != "ephemeral" || !strings.Contains(resp.Text, "neutral briefing") {
		t.Errorf("help ack = %s (%v)", ack.Payload, err)
	}

	// Where the bot is not a member, the user is told how to invite it.
	h.fs.NotInChannel("C9")
	env = h.fs.Send(t, "slash_commands", map[string]any{"team_id": slacktest.Team, "channel_id": "C9", "user_id": "U1", "command": "/brief", "text": "https://example.com/a", "trigger_id": "trig-3"})
	ack = h.fs.WaitAck(t, env)
	if err := json.Unmarshal(ack.Payload, &resp); err != nil || !strings.Contains(resp.Text, "/invite") {
		t.Errorf("not-in-channel ack = %s (%v)", ack.Payload, err)
	}
}

func TestMessageShortcut(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	payload := map[string]any{
		"type": "message_action", "callback_id": "brief_message", "trigger_id": "trig-s", "action_ts": "1700000300.1",
		"team": map[string]any{"id": slacktest.Team}, "channel": map[string]any{"id": "C2"}, "user": map[string]any{"id": "U2"},
		"message_ts": ts, "message": map[string]any{"type": "message", "user": "U3", "ts": ts, "text": slackText(seedArticle)},
	}
	env := h.fs.Send(t, "interactive", payload)
	h.fs.WaitAck(t, env)
	h.waitDone("C2", ts, "white_check_mark")
	assertBriefing(t, threadText(t, h.fs.Thread("C2", ts)))

	// The same shortcut delivered again makes no second briefing.
	env = h.fs.Send(t, "interactive", payload)
	h.fs.WaitAck(t, env)
	h.q.Drain(t.Context())
	if n := h.backend.briefs.Load(); n != 1 {
		t.Errorf("%d briefings, want 1", n)
	}
}

func TestDuplicateDeliveriesReplyOnce(t *testing.T) {
	h := newHarness(t)
	ts := newTS()
	text := "<@UBOT> " + slackText(seedArticle)
	ev := callback("EvDup", mention("C1", "U1", ts, "", text))
	var envs []string
	envs = append(envs, h.fs.Send(t, "events_api", ev))
	envs = append(envs, h.fs.Send(t, "events_api", ev)) // Slack's retry
	// The same message, as message.channels delivers it alongside app_mention.
	envs = append(envs, h.fs.Send(t, "events_api", callback("EvDup2", message("C1", "channel", "U1", ts, "", text))))
	for _, e := range envs {
		h.fs.WaitAck(t, e)
	}
	h.waitDone("C1", ts, "white_check_mark")
	h.q.Drain(t.Context())
	if msgs := h.fs.Thread("C1", ts); len(msgs) != 1 {
		t.Errorf("thread has %d messages, want exactly one reply", len(msgs))
	}
	if n := h.backend.briefs.Load(); n != 1 {
		t.Errorf("%d briefings, want 1", n)
	}
}

func TestRateLimitedPostStillArrives(t *testing.T) {
	h := newHarness(t)
	h.fs.Set429("chat.postMessage", 1)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("Ev429", mention("C1", "U1", ts, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	assertBriefing(t, threadText(t, h.fs.Thread("C1", ts)))
	if n := len(h.fs.CallsOf("chat.postMessage")); n != 2 {
		t.Errorf("chat.postMessage called %d times, want the 429 then the retry", n)
	}
}

func TestSocketReconnects(t *testing.T) {
	h := newHarness(t)
	// A network failure: the connection breaks without a close.
	h.fs.Drop()
	h.fs.WaitConnected(t, 2)
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvR1", mention("C1", "U1", ts, "", "<@UBOT> help")))
	h.fs.WaitAck(t, env)
	waitFor(t, "reply after reconnect", func() bool { return len(h.fs.Thread("C1", ts)) == 1 })

	// Slack's refresh: a disconnect message, then a new connection.
	h.fs.Disconnect()
	h.fs.WaitConnected(t, 3)
	ts = newTS()
	env = h.fs.Send(t, "events_api", callback("EvR2", mention("C1", "U1", ts, "", "<@UBOT> help")))
	h.fs.WaitAck(t, env)
	waitFor(t, "reply after refresh", func() bool { return len(h.fs.Thread("C1", ts)) == 1 })
	opens, bad := h.fs.Opens(), h.fs.BadOrigins()
	if opens < 3 {
		t.Errorf("apps.connections.open called %d times, want one per connection", opens)
	}
	if bad != 0 {
		t.Errorf("%d connections without Origin https://api.slack.com", bad)
	}
}

func TestTextFileAttachment(t *testing.T) {
	h := newHarness(t)
	f := h.fs.AddFile("F1", slacktest.File{Name: "article.txt", MIMEType: "text/plain", FileType: "text", Data: []byte(seedArticle)})
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvF", mention("C1", "U1", ts, "", "<@UBOT>", f)))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	assertBriefing(t, threadText(t, h.fs.Thread("C1", ts)))

	// Slack Connect files must be looked up with files.info first.
	h.fs.AddFile("F2", slacktest.File{Name: "page.txt", MIMEType: "text/plain", FileType: "text", Data: []byte(seedArticle)})
	ts = newTS()
	env = h.fs.Send(t, "events_api", callback("EvF2", mention("C1", "U1", ts, "", "<@UBOT>", map[string]any{"id": "F2", "file_access": "check_file_info"})))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	if len(h.fs.CallsOf("files.info")) != 1 {
		t.Error("files.info not called for a check_file_info file")
	}

	// A PDF alone gets a clear line, not a briefing attempt.
	ts = newTS()
	env = h.fs.Send(t, "events_api", callback("EvF3", mention("C1", "U1", ts, "", "<@UBOT>",
		map[string]any{"id": "F3", "name": "report.pdf", "mimetype": "application/pdf", "filetype": "pdf", "size": 1000})))
	h.fs.WaitAck(t, env)
	waitFor(t, "notice", func() bool { return len(h.fs.Thread("C1", ts)) == 1 })
	if text := threadText(t, h.fs.Thread("C1", ts)); !strings.Contains(text, "paste the article") {
		t.Errorf("pdf notice = %q", text)
	}
	// A file over the cap is refused before download.
	ts = newTS()
	env = h.fs.Send(t, "events_api", callback("EvF4", mention("C1", "U1", ts, "", "<@UBOT>",
		map[string]any{"id": "F4", "name": "huge.txt", "mimetype": "text/plain", "filetype": "text", "size": bot.MaxTextBytes + 1, "url_private": h.fs.URL + "files-pri/F4/huge.txt"})))
	h.fs.WaitAck(t, env)
	waitFor(t, "notice", func() bool { return len(h.fs.Thread("C1", ts)) == 1 })
	if text := threadText(t, h.fs.Thread("C1", ts)); !strings.Contains(text, "too large") {
		t.Errorf("huge file notice = %q", text)
	}
}

func TestBriefingRateLimit(t *testing.T) {
	h := newHarness(t, func(_ *Config, b *scriptBackend) { b.policy.UserBriefings = 1 })
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvL1", mention("C1", "U1", ts, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")

	ts2 := newTS()
	env = h.fs.Send(t, "events_api", callback("EvL2", mention("C1", "U1", ts2, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	waitFor(t, "rate-limit notice", func() bool { return len(h.fs.Thread("C1", ts2)) == 1 })
	if text := threadText(t, h.fs.Thread("C1", ts2)); !strings.Contains(text, "You've asked for 1 briefings in the last hour") {
		t.Errorf("notice = %q", text)
	}
	// The same mention delivered again, as a message event, is the same
	// request: not charged again, no second notice.
	env = h.fs.Send(t, "events_api", callback("EvL2b", message("C1", "channel", "U1", ts2, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.q.Drain(t.Context())
	if n := len(h.fs.Thread("C1", ts2)); n != 1 {
		t.Errorf("%d messages in the refused thread after a redelivery, want the one notice", n)
	}
	// A third request within the hour is dropped without another notice.
	ts2b := newTS()
	env = h.fs.Send(t, "events_api", callback("EvL2c", mention("C1", "U1", ts2b, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.q.Drain(t.Context())
	if n := len(h.fs.Thread("C1", ts2b)); n != 0 {
		t.Errorf("%d messages for a request refused again within the hour, want none", n)
	}
	// Follow-ups are limited separately (not by the briefing limit), with
	// or without a mention.
	q := newTS()
	env = h.fs.Send(t, "events_api", callback("EvL3", mention("C1", "U1", q, ts, "<@UBOT> What does Mandiant say?")))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", q, "white_check_mark")
	if n := h.backend.briefs.Load(); n != 1 {
		t.Errorf("%d briefings, want 1", n)
	}
	// Another user is not limited.
	ts3 := newTS()
	env = h.fs.Send(t, "events_api", callback("EvL4", mention("C1", "U2", ts3, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts3, "white_check_mark")
}

// TestQuestionFlood sends a burst of follow-up questions from one person
// in one thread: the first ones within the limit are answered, one notice
// names the limit, the rest are dropped, and another person's question in
// the same thread is answered meanwhile.
func TestQuestionFlood(t *testing.T) {
	const limit, flood = 4, 15
	h := newHarness(t, func(_ *Config, b *scriptBackend) { b.policy.UserQuestions = limit })
	root := newTS()
	env := h.fs.Send(t, "events_api", callback("EvQ0", mention("C1", "U1", root, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", root, "white_check_mark")
	var asked []string
	for i := range flood {
		q := newTS()
		asked = append(asked, q)
		env := h.fs.Send(t, "events_api", callback(fmt.Sprint("EvQ", i+1), message("C1", "channel", "U1", q, root, "What does Mandiant say?")))
		h.fs.WaitAck(t, env)
	}
	other := newTS()
	env = h.fs.Send(t, "events_api", callback("EvQother", message("C1", "channel", "U2", other, root, "Who denied it?")))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", other, "white_check_mark")
	h.q.Drain(t.Context())
	answered, notices := 0, 0
	for _, q := range asked {
		for _, r := range h.fs.Reactions("C1", q) {
			if r == "white_check_mark" {
				answered++
			}
		}
	}
	text := threadText(t, h.fs.Thread("C1", root))
	notices = strings.Count(text, fmt.Sprintf("You've asked %d questions in the last hour", limit))
	if answered != limit || notices != 1 {
		t.Errorf("%d questions answered and %d notices, want %d and 1", answered, notices, limit)
	}
}

func TestAllowlists(t *testing.T) {
	h := newHarness(t, func(c *Config, b *scriptBackend) {
		c.AllowedTeams = []string{slacktest.Team}
		b.policy.AllowedConversations = map[string][]bot.ConversationID{Platform: {"C1"}}
	})
	// Not an allowed channel: ignored, but acknowledged.
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvA1", mention("C2", "U1", ts, "", "<@UBOT> help")))
	h.fs.WaitAck(t, env)
	// Not an allowed workspace: ignored, DMs included.
	other := callback("EvA2", message("D1", "im", "U1", newTS(), "", "help"))
	other["team_id"] = "T9"
	env = h.fs.Send(t, "events_api", other)
	h.fs.WaitAck(t, env)
	// DMs in an allowed workspace are allowed.
	dm := newTS()
	env = h.fs.Send(t, "events_api", callback("EvA3", message("D1", "im", "U1", dm, "", "help")))
	h.fs.WaitAck(t, env)
	waitFor(t, "DM reply", func() bool { return len(h.fs.Thread("D1", dm)) == 1 })
	h.q.Drain(t.Context())
	if n := len(h.fs.CallsOf("chat.postMessage")); n != 1 {
		t.Errorf("%d posts, want only the DM's reply", n)
	}
}

func TestLongBriefingIsSplit(t *testing.T) {
	var sb strings.Builder
	for i := 1; i <= 90; i++ {
		fmt.Fprintf(&sb, "Official %d said the committee would review item %d of the plan, adding that more detail was needed before any decision could be taken on it. ", i, i)
	}
	article := sb.String()
	h := newHarness(t, func(_ *Config, b *scriptBackend) {
		b.brief = func(a *bot.Article) *bot.Briefing {
			p := bot.Party{Name: "Officials"}
			for i := 1; i <= 90; i++ {
				p.Claims = append(p.Claims, bot.Claim{
					Claim: fmt.Sprintf("Says the committee would review item %d.", i), Speaker: fmt.Sprintf("Official %d", i), Stance: bot.StanceAssert,
					Evidence: fmt.Sprintf("Official %d said the committee would review item %d of the plan, adding that more detail was needed before any decision could be taken on it.", i, i),
				})
			}
			return &bot.Briefing{Title: strings.Repeat("A very long title ", 20), Summary: "Officials discuss a plan.", Parties: []bot.Party{p}, Backend: "script"}
		}
	})
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvLong", mention("C1", "U1", ts, "", "<@UBOT> "+article)))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	msgs := h.fs.Thread("C1", ts)
	if len(msgs) < 2 {
		t.Fatalf("a 90-claim briefing came in %d message(s), want several", len(msgs))
	}
	if msgs[0].Updates == 0 {
		t.Error("the first part did not replace the status message")
	}
	all := threadText(t, msgs)
	for i := 1; i <= 90; i++ {
		if !strings.Contains(all, fmt.Sprintf("review item %d.*", i)) {
			t.Fatalf("claim %d missing from the split briefing", i)
		}
	}
	if !strings.Contains(blocksText(t, msgs[1]), "continued (part 2 of") {
		t.Error("the second part is not marked as continued")
	}
}

// TestStoryBriefing: two outlets' articles pasted in one mention,
// separated by a line "---", make one story briefing in the thread, over
// the Slack protocol: the sources, each claim's sources and the other
// outlet's evidence; a follow-up there is answered from both, each quote
// naming its source.
func TestStoryBriefing(t *testing.T) {
	h := newHarness(t)
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("../../bot/story/testdata/port-strike", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	ts := newTS()
	text := "<@UBOT> " + slackText(read("s1-wire-en.txt")) + "\n---\n" + slackText(read("s2-daily-en.txt"))
	env := h.fs.Send(t, "events_api", callback("EvS", mention("C1", "U1", ts, "", text)))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	shown := threadText(t, h.fs.Thread("C1", ts))
	for _, want := range []string{"Sources", "s1 · also in s2", "[s2] ", "Coverage by source", "2 sources report this story"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the story briefing lacks %q:\n%.3000s", want, shown)
		}
	}
	q := newTS()
	env = h.fs.Send(t, "events_api", callback("EvS2", message("C1", "channel", "U2", q, ts, "How many people were arrested?")))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", q, "white_check_mark")
	msgs := h.fs.Thread("C1", ts)
	ans := blocksText(t, msgs[len(msgs)-1])
	if !strings.Contains(ans, "What the sources say") || !strings.Contains(ans, "s1, ") || !strings.Contains(ans, "37") {
		t.Errorf("the answer does not quote the sources by name:\n%s", ans)
	}
}
