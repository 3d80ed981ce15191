package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file (run with -update and review the diff):\n--- got\n%s", name, got)
	}
}

func renderJSON(t *testing.T, language string, r *bot.Reply) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(RenderReply(language, r)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sampleBriefing is the seed briefing with a source link, a fact and a
// note that tries to ping the channel.
func sampleBriefing() *bot.Briefing {
	b := seedBriefing()
	b.Source.URL = "https://www.globalsecurity.org/security/library/news/2013/02/sec-130220-presstv01.htm?a=1&b=2|x>y"
	b.Facts = []bot.Fact{{Text: "Mandiant released a 60-page report on Tuesday.", Evidence: "In its 60-page report"}}
	b.Notes = []string{"The outlet calls Israel's government a 'regime' <!channel> & <@U123>; this briefing does not adopt that wording."}
	b.Stats.ClaimsDroppedUngrounded = 1
	return b
}

func TestRenderBriefingGolden(t *testing.T) {
	golden(t, "briefing.golden", renderJSON(t, "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: sampleBriefing()}))
}

func TestRenderRepliesGolden(t *testing.T) {
	var buf bytes.Buffer
	for _, r := range []*bot.Reply{
		{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "Hong Lei says China is a victim & not a <culprit>.", Quotes: []bot.Quote{
			{Sentence: 8, Text: `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei`, Speaker: "Hong Lei"},
			{Sentence: 12, Text: "The report, however, confirms that the US government \"cyberwarriors\" have collaborated."},
		}}},
		{Kind: bot.ReplyAnswer, Text: "Partial answer so far …"},
		{Kind: bot.ReplyStatus, Text: "Reading the article…"},
		{Kind: bot.ReplyError, Text: "That is too short to be an article (3 words, at least 40 needed)."},
		{Kind: bot.ReplyText, Text: "Done: this thread's article, briefing & questions are deleted. Say \"brief <link>\" to start again."},
	} {
		buf.Write(renderJSON(t, "", r))
	}
	golden(t, "replies.golden", buf.Bytes())
}

func TestRenderHelpAddsSlackWays(t *testing.T) {
	msgs := RenderReply("", &bot.Reply{Kind: bot.ReplyText, Text: bot.HelpText})
	checkMessages(t, msgs)
	js, _ := json.Marshal(msgs)
	for _, want := range []string{"/brief", "Brief this message", "/invite @Briefbot"} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("help lacks %q", want)
		}
	}
}

// checkMessages asserts Slack's limits and the absence of any mention or
// special command in every rendered message.
func checkMessages(t *testing.T, msgs []Outgoing) {
	t.Helper()
	if len(msgs) == 0 {
		t.Fatal("no message")
	}
	for i, m := range msgs {
		if len(m.Blocks) == 0 || len(m.Blocks) > maxBlocks {
			t.Errorf("message %d has %d blocks", i, len(m.Blocks))
		}
		if textLen(m.Text) > maxMessageText || m.Text == "" || !utf8.ValidString(m.Text) {
			t.Errorf("message %d text: %d characters", i, textLen(m.Text))
		}
		if strings.Contains(m.Text, "<") || strings.Contains(m.Text, ">") {
			t.Errorf("message %d text not escaped: %.200q", i, m.Text)
		}
		total := 0
		for _, b := range m.Blocks {
			total += blockChars(b)
			var texts []string
			switch v := b.(type) {
			case *slack.HeaderBlock:
				if textLen(v.Text.Text) > maxHeaderText {
					t.Errorf("header of %d characters", textLen(v.Text.Text))
				}
				texts = append(texts, v.Text.Text)
			case *slack.SectionBlock:
				if textLen(v.Text.Text) > maxSectionText {
					t.Errorf("section of %d characters", textLen(v.Text.Text))
				}
				texts = append(texts, v.Text.Text)
			case *slack.ContextBlock:
				for _, e := range v.ContextElements.Elements {
					tx := e.(*slack.TextBlockObject).Text
					if textLen(tx) > maxContextText {
						t.Errorf("context of %d characters", textLen(tx))
					}
					texts = append(texts, tx)
				}
			}
			for _, tx := range texts {
				if !utf8.ValidString(tx) {
					t.Errorf("invalid UTF-8 in %q", tx)
				}
				// The only '<' the renderer writes opens the source link.
				for _, bad := range []string{"<!", "<@", "<#"} {
					if strings.Contains(tx, bad) {
						t.Errorf("block holds %q: %.200q", bad, tx)
					}
				}
			}
		}
		if total > maxMessageChars+300 {
			t.Errorf("message %d carries %d characters", i, total)
		}
	}
}

func TestRenderEscapesInjection(t *testing.T) {
	evil := "<!channel> <!here|here> <@U024BE7LH> <#C123|general> <https://evil.example|click> & <script>"
	b := &bot.Briefing{
		Title: evil, Summary: evil, Backend: evil,
		Source:  bot.Source{Site: evil, Byline: evil, URL: "https://evil.example/a>b|<!channel>"},
		Parties: []bot.Party{{Name: evil, Aliases: []string{evil}, Claims: []bot.Claim{{Claim: evil, Speaker: evil, Stance: "accuse", Evidence: evil + "\n" + evil}}}},
		Facts:   []bot.Fact{{Text: evil}}, Notes: []string{evil},
	}
	for _, r := range []*bot.Reply{
		{Kind: bot.ReplyBriefing, Briefing: b},
		{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: evil, Quotes: []bot.Quote{{Sentence: 1, Text: evil, Speaker: evil}}}},
		{Kind: bot.ReplyAnswer, Text: evil}, {Kind: bot.ReplyError, Text: evil}, {Kind: bot.ReplyStatus, Text: evil}, {Kind: bot.ReplyText, Text: evil},
	} {
		msgs := RenderReply("", r)
		checkMessages(t, msgs)
		var js bytes.Buffer
		enc := json.NewEncoder(&js)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(msgs)
		if !bytes.Contains(js.Bytes(), []byte("&lt;!channel&gt;")) {
			t.Errorf("kind %d: the injected <!channel> is not shown escaped", r.Kind)
		}
	}
	if got := sourceLine(b.Source); !strings.Contains(got, "<https://evil.example/a%3Eb%7C%3C%21channel%3E|evil.example>") &&
		!strings.Contains(got, "<https://evil.example/a%3Eb%7C%3C!channel%3E|evil.example>") {
		t.Errorf("source link = %q", got)
	}
}

func TestRenderRespectsLimits(t *testing.T) {
	long := strings.Repeat("Word😀 & <x> ", 2000) // beyond every limit, with surrogate pairs and escapes
	b := &bot.Briefing{Title: long, Summary: long + "\n\n" + long, Backend: "x", Notes: []string{long}}
	for p := 0; p < 5; p++ {
		party := bot.Party{Name: long, Aliases: []string{long}}
		for c := 0; c < 40; c++ {
			party.Claims = append(party.Claims, bot.Claim{Claim: long[:c*50], Speaker: long[:100], Stance: "deny", Evidence: long[:c*400], Sentences: []int{c, c + 1}})
		}
		b.Parties = append(b.Parties, party)
	}
	for i := 0; i < 100; i++ {
		b.Facts = append(b.Facts, bot.Fact{Text: long[:i*30]})
	}
	msgs := RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	checkMessages(t, msgs)
	if len(msgs) < 3 {
		t.Errorf("a huge briefing rendered as %d messages", len(msgs))
	}
	// Every claim survives the split, in order.
	var all strings.Builder
	for _, m := range msgs {
		js, _ := json.Marshal(m.Blocks)
		all.Write(js)
	}
	if n := strings.Count(all.String(), "· denial"); n != 200 {
		t.Errorf("%d claims rendered, want 200", n)
	}
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyText, Text: long + long + long}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: long, Quotes: []bot.Quote{{Text: long}, {Text: long}}}}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyStatus, Text: long}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyError, Text: long}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: &bot.Briefing{}}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyText}))
	checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing}))
}

func TestRenderRandomBriefings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("ab <>&|*_~`\n\"'@!#éあ😀\u0301")
	word := func(n int) string {
		r := make([]rune, rng.IntN(n)+1)
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(r)
	}
	for i := 0; i < 40; i++ {
		b := &bot.Briefing{Title: word(300), Summary: word(5000), Backend: word(10)}
		for p := rng.IntN(6); p > 0; p-- {
			party := bot.Party{Name: word(200)}
			for c := rng.IntN(30); c > 0; c-- {
				party.Claims = append(party.Claims, bot.Claim{Claim: word(400), Speaker: word(100), Evidence: word(4000)})
			}
			b.Parties = append(b.Parties, party)
		}
		checkMessages(t, RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b}))
	}
}

func TestEscTrunc(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"a & b", 20, "a &amp; b"},
		{"<<<<", 8, "&lt;…"},
		{"hello world again", 12, "hello world…"},
		{"😀😀😀", 5, "😀😀…"},
	} {
		if got := escTrunc(tc.in, tc.max); got != tc.want || textLen(got) > tc.max {
			t.Errorf("escTrunc(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
	for _, n := range []int{1, 2, 3, 10, 100} {
		for _, chunk := range splitText(strings.Repeat("x&y ", 50), n+5) {
			if escLenString(chunk) > n+5 {
				t.Errorf("splitText chunk %q longer than %d", chunk, n+5)
			}
		}
	}
}

func escLenString(s string) int {
	n := 0
	for _, r := range s {
		n += escLen(r)
	}
	return n
}

func ExampleRenderReply() {
	msgs := RenderReply("", &bot.Reply{Kind: bot.ReplyError, Text: "The link could not be loaded <here>."})
	fmt.Println(len(msgs), msgs[0].Text)
	// Output: 1 ⚠ The link could not be loaded &lt;here&gt;.
}

func TestRenderDigest(t *testing.T) {
	d := &bot.Digest{Title: "Daily digest", Errors: []string{"feed https://example.org/rss: 500 <!here>"}}
	for i := 1; i <= 60; i++ {
		d.Items = append(d.Items, bot.DigestItem{
			N: i, Title: fmt.Sprintf("Story %d <!channel> <@U123>", i), Site: "Example News", Published: "2026-11-28",
			URL: "https://example.org/story?a=1&b=2", Summary: strings.Repeat("Officials said the talks would go on. ", 5),
			Parties: []string{"Germany", "Russia"},
		})
	}
	msgs := RenderReply("", &bot.Reply{Kind: bot.ReplyDigest, Digest: d})
	checkMessages(t, msgs)
	if len(msgs) < 2 {
		t.Errorf("60 items in %d message(s), want a split", len(msgs))
	}
	all := string(renderJSON(t, "", &bot.Reply{Kind: bot.ReplyDigest, Digest: d}))
	for _, bad := range []string{"<!channel>", "<!here>", "<@U123>"} {
		if strings.Contains(all, bad) {
			t.Errorf("digest lets %q through", bad)
		}
	}
	if !strings.Contains(all, "https://example.org/story?a=1&amp;b=2|Story 1") || !strings.Contains(all, "more N") {
		t.Errorf("digest lacks the linked title or the more hint:\n%.2000s", all)
	}
	if got := RenderReply("", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{Title: "Weekly"}}); !strings.Contains(got[0].Text, "Weekly") {
		t.Errorf("empty digest text = %q", got[0].Text)
	}
}
