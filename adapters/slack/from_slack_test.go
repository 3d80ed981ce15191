package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

func TestPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<@UBOT> https://example.com/a", "https://example.com/a"},
		{"<@UBOT> <https://example.com/a?x=1&amp;y=2>", "https://example.com/a?x=1&y=2"},
		{"<@UBOT> <https://example.com/a|example.com/a>", "https://example.com/a"},
		{"<https://example.com/a|The headline>", "The headline (https://example.com/a)"},
		{"<@UBOT>: help", "help"},
		{"<@UBOT|briefbot>, help", "help"},
		{"hey <@UBOT> brief this", "hey brief this"},
		{"ask <@U123> and <@U456|anna>", "ask @U123 and @anna"},
		{"in <#C123|general> and <#C456>", "in #general and #C456"},
		{"<!here> <!channel> <!everyone>", "@here @channel @everyone"},
		{"<!subteam^S123|@editors> see", "@editors see"},
		{"<!date^1392734382^{date}|Feb 18, 2014> report", "Feb 18, 2014 report"},
		{"<mailto:a@b.org|a@b.org>", "a@b.org"},
		{"AT&amp;T says 3 &lt; 4 &gt; 2", "AT&T says 3 < 4 > 2"},
		{"&lt;!channel&gt; is literal text", "‹!channel> is literal text"},
		{"a < b", "a < b"},
		{"<@UBOT>\n\nParagraph one.\n\nParagraph two.", "Paragraph one.\n\nParagraph two."},
		{"<@UBOT>", ""},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	} {
		if got := PlainText(tc.in, "UBOT"); got != tc.want {
			t.Errorf("PlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{
		"<@UBOT> https://example.com", "<!here>", "&lt;!channel&gt;", "<<!>>", "<!channel|x>", "<@UBOT>: &amp;",
		"<https://a.b|<!x>>", "&lt;&lt;!", "<", ">", "<\n>", "\xff<!", "<@UBOT|<!here>>", "<!<!here>>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := PlainText(s, "UBOT")
		if !utf8.ValidString(out) {
			t.Fatalf("PlainText(%q) = %q: invalid UTF-8", s, out)
		}
		if strings.Contains(out, "<!") {
			t.Fatalf("PlainText(%q) = %q: holds <!", s, out)
		}
		if strings.Contains(out, "<@UBOT>") && !strings.Contains(s, "&lt;@UBOT") {
			t.Fatalf("PlainText(%q) = %q: bot mention left", s, out)
		}
		// Rendering it back is always safe.
		if e := esc(out); strings.Contains(e, "<") {
			t.Fatalf("esc(%q) = %q", out, e)
		}
	})
}

func TestMessageFromEvent(t *testing.T) {
	id := identity{UserID: "UBOT", BotID: "BBOT", TeamID: "T1"}
	for _, tc := range []struct {
		name       string
		ev         event
		ignoreBots bool
		why        ignoreReason
		want       bot.Message
	}{
		{name: "mention", ev: event{Type: "app_mention", User: "U1", Text: "<@UBOT> <https://x.org/a>", TS: "1.000100", Channel: "C1"},
			want: bot.Message{Platform: Platform, Conversation: "C1", ID: "1.000100", User: "U1", Text: "https://x.org/a", Mentioned: true, Time: time.Unix(1, 100_000).UTC()}},
		{name: "mention in thread", ev: event{Type: "app_mention", User: "U1", Text: "<@UBOT> why?", TS: "2.0", ThreadTS: "1.0", Channel: "C1"},
			want: bot.Message{Platform: Platform, Conversation: "C1", ID: "2.0", Thread: "1.0", User: "U1", Text: "why?", Mentioned: true, Time: time.Unix(2, 0).UTC()}},
		{name: "message.channels with mention (same request as app_mention)", ev: event{Type: "message", ChannelType: "channel", User: "U1", Text: "<@UBOT> <https://x.org/a>", TS: "1.000100", Channel: "C1"},
			want: bot.Message{Platform: Platform, Conversation: "C1", ID: "1.000100", User: "U1", Text: "https://x.org/a", Mentioned: true, Time: time.Unix(1, 100_000).UTC()}},
		{name: "thread reply without mention", ev: event{Type: "message", ChannelType: "group", User: "U1", Text: "and then?", TS: "3.0", ThreadTS: "1.0", Channel: "G1"},
			want: bot.Message{Platform: Platform, Conversation: "G1", ID: "3.0", Thread: "1.0", User: "U1", Text: "and then?", Time: time.Unix(3, 0).UTC()}},
		{name: "DM", ev: event{Type: "message", ChannelType: "im", User: "U1", Text: "text", TS: "4.0", Channel: "D1"},
			want: bot.Message{Platform: Platform, Conversation: "D1", ID: "4.0", User: "U1", Text: "text", Direct: true, Time: time.Unix(4, 0).UTC()}},
		{name: "DM file share", ev: event{Type: "message", Subtype: "file_share", ChannelType: "im", User: "U1", TS: "4.5", Channel: "D1"},
			want: bot.Message{Platform: Platform, Conversation: "D1", ID: "4.5", User: "U1", Direct: true, Time: time.Unix(4, 500_000_000).UTC()}},
		{name: "thread broadcast", ev: event{Type: "message", Subtype: "thread_broadcast", ChannelType: "channel", User: "U1", Text: "q", TS: "5.0", ThreadTS: "1.0", Channel: "C1"},
			want: bot.Message{Platform: Platform, Conversation: "C1", ID: "5.0", Thread: "1.0", User: "U1", Text: "q", Time: time.Unix(5, 0).UTC()}},
		{name: "top-level channel chatter", ev: event{Type: "message", ChannelType: "channel", User: "U1", Text: "lunch?", TS: "6.0", Channel: "C1"}, why: ignoreTopLevel},
		{name: "edited", ev: event{Type: "message", Subtype: "message_changed", ChannelType: "channel", TS: "7.0", Channel: "C1"}, why: ignoreSubtype},
		{name: "deleted", ev: event{Type: "message", Subtype: "message_deleted", ChannelType: "im", TS: "7.1", Channel: "D1"}, why: ignoreSubtype},
		{name: "joined", ev: event{Type: "message", Subtype: "channel_join", ChannelType: "channel", User: "U1", TS: "7.2", Channel: "C1"}, why: ignoreSubtype},
		{name: "own message", ev: event{Type: "message", ChannelType: "im", User: "UBOT", BotID: "BBOT", Text: "a briefing", TS: "8.0", Channel: "D1"}, why: ignoreSelf},
		{name: "own bot_message", ev: event{Type: "message", Subtype: "bot_message", ChannelType: "channel", BotID: "BBOT", TS: "8.1", ThreadTS: "1.0", Channel: "C1"}, why: ignoreSelf},
		{name: "other bot ignored", ev: event{Type: "app_mention", User: "U9", BotID: "B9", Text: "<@UBOT> hi", TS: "9.0", Channel: "C1"}, ignoreBots: true, why: ignoreBot},
		{name: "other bot_message ignored", ev: event{Type: "message", Subtype: "bot_message", BotID: "B9", Text: "<@UBOT> hi", TS: "9.1", Channel: "C1"}, ignoreBots: true, why: ignoreBot},
		{name: "other bot allowed", ev: event{Type: "app_mention", User: "U9", BotID: "B9", Text: "<@UBOT> hi", TS: "9.0", Channel: "C1"},
			want: bot.Message{Platform: Platform, Conversation: "C1", ID: "9.0", User: "U9", Text: "hi", Mentioned: true, Time: time.Unix(9, 0).UTC()}},
		{name: "reaction event", ev: event{Type: "reaction_added"}, why: ignoreType},
		{name: "no ts", ev: event{Type: "app_mention", User: "U1", Channel: "C1"}, why: ignoreIncomplete},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, why := messageFromEvent(id, &tc.ev, tc.ignoreBots)
			if why != tc.why {
				t.Fatalf("reason = %q, want %q", why, tc.why)
			}
			if why != ignoreNone {
				return
			}
			if !m.Time.Equal(tc.want.Time) {
				t.Errorf("time = %v, want %v", m.Time, tc.want.Time)
			}
			m.Time, tc.want.Time = time.Time{}, time.Time{}
			got, _ := json.Marshal(m)
			want, _ := json.Marshal(tc.want)
			if string(got) != string(want) {
				t.Errorf("message = %s\nwant      %s", got, want)
			}
		})
	}
}

func TestParseEnvelopeToleratesOddEvents(t *testing.T) {
	env, ev, err := parseEnvelope([]byte(`{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"message","text":"x","ts":"1.0","channel":"C1","blocks":[{"type":"never_seen_before"}],"files":[{"id":"F1","name":"a.txt","size":3}]}}`))
	if err != nil || env.EventID != "Ev1" || ev.Files[0].ID != "F1" {
		t.Fatalf("parse = %+v %+v %v", env, ev, err)
	}
	env, ev, err = parseEnvelope([]byte(`{"type":"url_verification","challenge":"abc"}`))
	if err != nil || ev != nil || env.Challenge != "abc" {
		t.Fatalf("parse challenge = %+v %v", env, err)
	}
	if _, _, err := parseEnvelope([]byte(`{`)); err == nil {
		t.Error("broken JSON accepted")
	}
}

func TestTextFile(t *testing.T) {
	for _, tc := range []struct {
		f    slackFile
		want bool
		mime string
	}{
		{slackFile{Name: "a.txt"}, true, "text/plain"},
		{slackFile{Name: "Page.HTML"}, true, "text/html"},
		{slackFile{Name: "x", FileType: "text", Mode: "snippet"}, true, "text/plain"},
		{slackFile{Name: "x", MIMEType: "text/html; charset=utf-8"}, true, "text/html"},
		{slackFile{Name: "r.pdf", MIMEType: "application/pdf"}, false, ""},
		{slackFile{Name: "a.txt", Mode: "external"}, false, ""},
		{slackFile{Name: "a.txt", Mode: "tombstone"}, false, ""},
	} {
		if got := textFile(tc.f); got != tc.want {
			t.Errorf("textFile(%+v) = %v", tc.f, got)
		}
		if tc.want && fileMIME(tc.f) != tc.mime {
			t.Errorf("fileMIME(%+v) = %q", tc.f, fileMIME(tc.f))
		}
	}
}

func TestMessageTS(t *testing.T) {
	if got := messageTS("1.000100" + shortcutSuffix); got != "1.000100" {
		t.Errorf("messageTS = %q", got)
	}
	if got := messageTS("1.000100"); got != "1.000100" {
		t.Errorf("messageTS = %q", got)
	}
}

// pathological is text built to make a careless scanner quadratic: a
// long run of '<' with one '>' at its end, then many escapes.
var pathological = strings.Repeat("<", 200_000) + ">" + strings.Repeat("&lt;x ", 50_000)

// TestPlainTextPathological checks what PlainText makes of pathological
// text: every '<' but the one that opens the (empty) control sequence is
// kept as text, and the escapes are decoded. Its speed against ordinary
// text of the same size is BenchmarkPlainTextPathological.
func TestPlainTextPathological(t *testing.T) {
	out := PlainText(pathological, "UBOT")
	if want := strings.Repeat("<", 199_999); !strings.HasPrefix(out, want) || strings.Count(out, "<") != 199_999+50_000 {
		t.Errorf("PlainText kept %d '<' (want %d), starts %.40q", strings.Count(out, "<"), 199_999+50_000, out)
	}
}

// BenchmarkPlainTextPathological reports PlainText's time on pathological
// text as a multiple of its time on the same kind of text half as long,
// measured in the same run (x-of-half): linear cost gives about 2, a
// quadratic one 4.
func BenchmarkPlainTextPathological(b *testing.B) {
	half := strings.Repeat("<", 100_000) + ">" + strings.Repeat("&lt;x ", 25_000)
	var th, tf time.Duration
	for b.Loop() {
		s := time.Now()
		_ = PlainText(half, "UBOT")
		th += time.Since(s)
		s = time.Now()
		_ = PlainText(pathological, "UBOT")
		tf += time.Since(s)
	}
	b.ReportMetric(float64(tf)/float64(th), "x-of-half")
}
