package terminal

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// recorder answers every first message of a thread with a briefing and
// every later one with an answer streamed in two pieces.
type recorder struct {
	msgs []*bot.Message
	seen map[bot.MessageID]bool
}

func (r *recorder) Handle(ctx context.Context, chat bot.Chat, m *bot.Message) error {
	r.msgs = append(r.msgs, m)
	if r.seen == nil {
		r.seen = map[bot.MessageID]bool{}
	}
	if !r.seen[m.Thread] {
		r.seen[m.Thread] = true
		_, err := chat.Post(ctx, m.ReplyTarget(), &bot.Reply{Kind: bot.ReplyBriefing, Briefing: &bot.Briefing{Title: "T", Backend: "test"}})
		return err
	}
	st, err := chat.(bot.Streamer).StartStream(ctx, m.ReplyTarget())
	if err != nil {
		return err
	}
	_ = st.Append(ctx, "The article ")
	_ = st.Append(ctx, "says:")
	return st.Finish(ctx, &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "The article says:", Quotes: []bot.Quote{{Sentence: 2, Text: "Quoted sentence."}}}})
}

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		"Headline of the article",
		"",
		"First paragraph.",
		".",
		"What happened?",
		"new",
		"https://example.com/story",
		"Who said it?",
		"quit",
		"never read",
	}, "\n")
	var out bytes.Buffer
	rec := &recorder{}
	if err := Run(context.Background(), rec, strings.NewReader(in), New(&out, 80, "")); err != nil {
		t.Fatal(err)
	}
	if len(rec.msgs) != 4 {
		t.Fatalf("messages = %d, want 4: %+v", len(rec.msgs), rec.msgs)
	}
	if got := rec.msgs[0].Text; got != "Headline of the article\n\nFirst paragraph." {
		t.Errorf("pasted article = %q", got)
	}
	if rec.msgs[1].Text != "What happened?" || rec.msgs[1].Thread != rec.msgs[0].Thread {
		t.Errorf("follow-up = %+v, want same thread as the article", rec.msgs[1])
	}
	if rec.msgs[2].Text != "https://example.com/story" || rec.msgs[2].Thread == rec.msgs[0].Thread {
		t.Errorf("after new: %+v, want a link in a new thread", rec.msgs[2])
	}
	for _, m := range rec.msgs {
		if !m.Direct || !m.Mentioned || m.Platform != Platform {
			t.Errorf("message %+v not marked direct/mentioned", m)
		}
	}
	s := out.String()
	for _, want := range []string{"The article says:\n  > Quoted sentence.", "Starting over.", "question> "} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}

func TestRunPasteToEOF(t *testing.T) {
	rec := &recorder{}
	var out bytes.Buffer
	if err := Run(context.Background(), rec, strings.NewReader("Line one\nLine two"), New(&out, 80, "")); err != nil {
		t.Fatal(err)
	}
	if len(rec.msgs) != 1 || rec.msgs[0].Text != "Line one\nLine two" {
		t.Errorf("messages = %+v", rec.msgs)
	}
}

func TestPrintDigest(t *testing.T) {
	var out bytes.Buffer
	c := New(&out, 80, "")
	_, err := c.Post(context.Background(), bot.Target{}, &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{
		Title: "Daily digest", Items: []bot.DigestItem{{N: 1, Title: "China rejects US report", Site: "Press TV", Summary: "China denies the report.", Parties: []string{"China", "Mandiant"}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Daily digest", "China rejects US report", "Mandiant"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("digest output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestLanguages checks that the chat prints the bot's words in the
// briefing's language, in the configured one (BRIEFBOT_LANGUAGE), or in
// English for a language without a lexicon.
func TestLanguages(t *testing.T) {
	briefing := func(code string) *bot.Briefing {
		return &bot.Briefing{Title: "T", Language: code, Backend: "test", Notes: []string{"N."}, Stats: bot.Stats{ClaimsDroppedMisattributed: 2},
			Facts: []bot.Fact{{Text: "F."}}}
	}
	frAnswer := &bot.Answer{Text: "L'article dit :", Quotes: []bot.Quote{{Sentence: 4, Speaker: "Hong Lei", Text: "« Ces accusations ne reposent sur aucun fait », a déclaré le porte-parole."}}}
	for _, tc := range []struct {
		name     string
		language string
		r        *bot.Reply
		stream   bool
		want     []string
	}{
		{"French briefing", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: briefing("fr")}, false, []string{
			"Aucun propos attribué n'a été trouvé dans cet article.", "Rapporté par le média sans attribution\n", "Remarques\n",
			"moteur : test · toutes les citations vérifiées dans l'article · 2 propos écartés : l'article attribue ces mots à quelqu'un d'autre\n",
		}},
		{"English briefing, BRIEFBOT_LANGUAGE=de", "de", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: briefing("en")}, false, []string{
			"Vom Medium ohne Quellenangabe berichtet\n", "Hinweise\n", "Backend: test · alle Zitate am Artikel geprüft · 2 Aussagen verworfen",
		}},
		{"Chinese briefing: English", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: briefing("zh")}, false, []string{
			"No attributed claims were found in this article.", "Reported by the outlet without attribution\n", "Notes\n",
			"backend: test · every quote checked against the article · 2 claims dropped: the article gives the words to someone else\n",
		}},
		{"answer quoting French", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: frAnswer}, false, []string{"(Hong Lei, phrase 4)"}},
		{"streamed answer quoting French", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: frAnswer}, true, []string{"(Hong Lei, phrase 4)"}},
		{"streamed answer, BRIEFBOT_LANGUAGE=es", "es", &bot.Reply{Kind: bot.ReplyAnswer, Answer: frAnswer}, true, []string{"(Hong Lei, frase 4)"}},
		{"digest, BRIEFBOT_LANGUAGE=fr", "fr", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{}}, false, []string{"Récapitulatif\n", "Rien de nouveau.\n"}},
	} {
		var out bytes.Buffer
		c := New(&out, 80, tc.language)
		ctx := context.Background()
		if tc.stream {
			st, err := c.StartStream(ctx, bot.Target{})
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Append(ctx, tc.r.Answer.Text); err != nil {
				t.Fatal(err)
			}
			if err := st.Finish(ctx, tc.r); err != nil {
				t.Fatal(err)
			}
		} else if _, err := c.Post(ctx, bot.Target{}, tc.r); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, want, out.String())
			}
		}
	}
}

// TestHiddenCharactersShown checks that bidirectional controls, zero-width
// characters and escape sequences from an article or a model reach the
// terminal as visible marks, in a briefing, a streamed answer and plain
// replies.
func TestHiddenCharactersShown(t *testing.T) {
	const rlo, esc = "\u202e", "\x1b[2J"
	var out bytes.Buffer
	c := New(&out, 80, "")
	ctx := context.Background()
	b := &bot.Briefing{Title: "T" + rlo, Backend: "test", Parties: []bot.Party{{Name: "P" + rlo, Claims: []bot.Claim{
		{Claim: "Says x.", Speaker: "S", Stance: bot.StanceAssert, Evidence: "ev" + rlo + "idence\u200b" + esc}}}}}
	if _, err := c.Post(ctx, bot.Target{}, &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b}); err != nil {
		t.Fatal(err)
	}
	st, err := c.StartStream(ctx, bot.Target{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Append(ctx, "The article says"+rlo); err != nil {
		t.Fatal(err)
	}
	if err := st.Finish(ctx, &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "The article says" + rlo,
		Quotes: []bot.Quote{{Sentence: 2, Text: "quoted" + rlo}}}}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []*bot.Reply{{Kind: bot.ReplyText, Text: "text" + rlo}, {Kind: bot.ReplyError, Text: "error" + rlo}, {Kind: bot.ReplyAnswer, Text: "partial" + rlo}} {
		if _, err := c.Post(ctx, bot.Target{}, r); err != nil {
			t.Fatal(err)
		}
	}
	got := out.String()
	if strings.Contains(got, rlo) || strings.Contains(got, "\x1b") || strings.Contains(got, "\u200b") {
		t.Errorf("raw control characters reached the terminal:\n%+q", got)
	}
	if n := strings.Count(got, "⟨U+202E⟩"); n != 8 {
		t.Errorf("%d marks shown, want 8:\n%s", n, got)
	}
	if !strings.Contains(got, "ev⟨U+202E⟩idence⟨U+200B⟩⟨U+001B⟩[2J") {
		t.Errorf("evidence not shown with its marks:\n%s", got)
	}
}
