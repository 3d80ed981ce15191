package matrix

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/render"
	"github.com/briefbot/briefbot/bot/render/rendertest"
)

// frenchBriefing is a briefing of a French article with every section
// and claims dropped for both reasons; its text tries to inject HTML.
func frenchBriefing() *bot.Briefing {
	return &bot.Briefing{
		Title:    "La Chine rejette un rapport <b>américain</b>",
		Source:   bot.Source{Site: "Le Monde", Published: "2013-02-20"},
		Summary:  "L'article rapporte les propos des parties suivantes : la Chine et Mandiant.",
		Language: "fr",
		Backend:  "offline",
		Parties: []bot.Party{
			{Name: "Chine", Aliases: []string{"Hong Lei", "Pékin"}, Claims: []bot.Claim{
				{Claim: "Dément que son armée soit à l'origine de ces attaques.", Speaker: "Hong Lei", Stance: bot.StanceDeny,
					Evidence: "« Ces accusations ne reposent sur aucun fait », a déclaré Hong Lei"},
			}},
			{Name: "Mandiant", Claims: []bot.Claim{
				{Claim: "Accuse l'unité 61398 de piratage.", Stance: bot.StanceAccuse, Evidence: "Mandiant affirme avoir retracé les attaques jusqu'à l'unité 61398"},
			}},
		},
		Facts: []bot.Fact{{Text: "Mandiant a publié un rapport de 60 pages.", Evidence: "un rapport de 60 pages"}},
		Notes: []string{"Le texte du média emploie le mot \"régime\" (phrase 4) ; ce résumé ne reprend pas ce terme."},
		Stats: bot.Stats{Cached: true, ClaimsDroppedUngrounded: 3, ClaimsDroppedMisattributed: 1},
	}
}

func inLanguage(b *bot.Briefing, code string) *bot.Briefing {
	b.Language = code
	return b
}

// TestRenderLanguages renders replies with the bot's words in the
// briefing's language, in the configured one (BRIEFBOT_LANGUAGE), or in
// English for a language without a lexicon, in the HTML and the plain
// body alike; the contents go to testdata/languages.golden.
func TestRenderLanguages(t *testing.T) {
	frQuote := bot.Quote{Sentence: 3, Speaker: "Hong Lei", Text: "« Ces accusations ne reposent sur aucun fait », a déclaré le porte-parole du ministère."}
	digest := &bot.Digest{Items: []bot.DigestItem{{N: 1, Title: "Grève", Parties: []string{"Ministère", "Syndicat"}}, {N: 2}}}
	var all bytes.Buffer
	for _, tc := range []struct {
		name     string
		language string
		r        *bot.Reply
		html     []string
		body     []string
	}{
		{"French briefing", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: frenchBriefing()},
			[]string{"<em>Autres noms : Hong Lei, Pékin</em>", "<em>(Hong Lei · démenti)</em>", "<h4>Rapporté par le média sans attribution</h4>", "<h4>Remarques</h4>",
				"moteur : offline · en cache · 3 propos écartés : citation introuvable dans l&#39;article · 1 propos écarté : l&#39;article attribue ces mots à quelqu&#39;un d&#39;autre"},
			[]string{"autres noms : Hong Lei, Pékin", "Hong Lei · démenti", "\nRapporté par le média sans attribution\n", "\nRemarques\n", "moteur : offline · en cache"}},
		{"English briefing, BRIEFBOT_LANGUAGE=de", "de", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: inLanguage(sampleBriefing(), "en")},
			[]string{"<em>Weitere Namen: Hong Lei, Beijing</em>", "<em>(Hong Lei · Aussage)</em>", "<em>(Vorwurf)</em>", "<h4>Vom Medium ohne Quellenangabe berichtet</h4>", "<h4>Hinweise</h4>",
				"<sub>Backend: offline · alle Zitate am Artikel geprüft</sub>"},
			[]string{"weitere Namen: Hong Lei, Beijing", "\nHinweise\n", "Backend: offline · alle Zitate am Artikel geprüft"}},
		{"Chinese briefing: English", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: inLanguage(sampleBriefing(), "zh")},
			[]string{"<em>Also named: Hong Lei, Beijing</em>", "<em>(Hong Lei · statement)</em>", "<h4>Reported by the outlet without attribution</h4>", "<h4>Notes</h4>",
				"<sub>backend: offline · every quote checked against the article</sub>"},
			[]string{"also: Hong Lei, Beijing", "\nNotes\n", "backend: offline · every quote checked against the article"}},
		{"answer quoting French", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "L'article attribue ces propos à Hong Lei :", Quotes: []bot.Quote{frQuote}}},
			[]string{"<em>— Hong Lei, phrase 3</em>"}, []string{"— Hong Lei, phrase 3"}},
		{"answer quoting French, BRIEFBOT_LANGUAGE=de", "de", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Quotes: []bot.Quote{frQuote}}},
			[]string{"<em>— Hong Lei, Satz 3</em>"}, []string{"— Hong Lei, Satz 3"}},
		{"digest, BRIEFBOT_LANGUAGE=fr", "fr", &bot.Reply{Kind: bot.ReplyDigest, Digest: digest},
			[]string{"<h3>Récapitulatif</h3>", "<br>Parties : Ministère, Syndicat", "<strong>(sans titre)</strong>", "<p>Écrivez <code>more N</code> pour obtenir la synthèse complète de l&#39;article N.</p>"},
			[]string{"Récapitulatif\n", "Parties : Ministère, Syndicat", `Écrivez "more 1" pour obtenir la synthèse complète de l'article 1.`}},
		{"empty digest, BRIEFBOT_LANGUAGE=es", "es", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{}},
			[]string{"<h3>Boletín</h3><p><em>Nada nuevo.</em></p>"}, []string{"Boletín\n", "Nada nuevo."}},
	} {
		c := renderReply(tc.language, tc.r)
		for _, want := range tc.html {
			if !strings.Contains(c.FormattedBody, want) {
				t.Errorf("%s: formatted body lacks %q:\n%s", tc.name, want, c.FormattedBody)
			}
		}
		for _, want := range tc.body {
			if !strings.Contains(c.Body, want) {
				t.Errorf("%s: body lacks %q:\n%s", tc.name, want, c.Body)
			}
		}
		if strings.Contains(c.FormattedBody, "<b>") {
			t.Errorf("%s: article markup not escaped:\n%s", tc.name, c.FormattedBody)
		}
		all.WriteString("=== " + tc.name + "\n")
		enc := json.NewEncoder(&all)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "languages.golden", all.Bytes())
}

// TestRenderFitsInLanguage checks that a shortened briefing says so in
// the briefing's language.
func TestRenderFitsInLanguage(t *testing.T) {
	b := frenchBriefing()
	long := strings.Repeat("mot ", 200)
	for range 300 {
		b.Parties[0].Claims = append(b.Parties[0].Claims, bot.Claim{Claim: "Affirme " + long, Stance: bot.StanceAssert, Evidence: long})
	}
	c := renderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	if n := contentSize(c); n > maxContentBytes {
		t.Fatalf("content is %d bytes, over %d", n, maxContentBytes)
	}
	if !strings.Contains(c.Body, "Raccourci pour tenir en un seul message : ") || !strings.Contains(c.Body, "fait(s) ne sont pas affichés. Posez vos questions") {
		t.Errorf("a shortened French briefing does not say so in French:\n%.3000s", c.Body)
	}
	huge := renderReply("fr", &bot.Reply{Kind: bot.ReplyText, Text: strings.Repeat("x", 200_000)})
	if n := contentSize(huge); n > maxContentBytes || !strings.HasSuffix(huge.Body, " … (coupé : le message est trop long pour Matrix)") {
		t.Errorf("text cut to %d bytes, ending %q", n, huge.Body[len(huge.Body)-80:])
	}
}

// TestRenderShortensFairly is the case of a briefing a little too long
// for one message (36 facts, notes on loaded wording, six parties with
// many claims): shortened, it keeps a fair share of every section — every
// party with its first claims, facts, the summary — every note, and it
// uses the room there is, where it used to drop every fact and note and
// fill 19 KB of its 28 KB.
func TestRenderShortensFairly(t *testing.T) {
	b := rendertest.Briefing(6, 20, 36)
	w := render.WordsIn("en")
	if full := briefingBody(w, b); fits(full, briefingHTML(w, b)) {
		t.Fatal("the test briefing fits whole; make it longer")
	}
	for _, file := range []string{"", "briefing-city-transport-plan-officials-unions-and-the.md"} {
		body, formatted, shortened := fitBriefing(w, b, file)
		c := noticeContent(body, formatted)
		n := contentSize(c)
		if n > maxContentBytes || n < maxContentBytes*85/100 || !shortened {
			t.Errorf("file %q: content is %d bytes (shortened %v), want between 85%% and 100%% of %d", file, n, shortened, maxContentBytes)
		}
		facts := strings.Count(formatted, "<li>Fact ")
		if facts < 10 {
			t.Errorf("file %q: %d of 36 facts shown, want a fair share", file, facts)
		}
		for i := 1; i <= 6; i++ {
			for _, claim := range []string{fmt.Sprintf("Says item %d.1 ", i), fmt.Sprintf("Says item %d.2 ", i)} {
				if !strings.Contains(formatted, claim) {
					t.Errorf("file %q: %q is missing", file, claim)
				}
			}
		}
		for _, note := range b.Notes {
			if !strings.Contains(body, note) || !strings.Contains(formatted, html.EscapeString(note)) {
				t.Errorf("file %q: note %q dropped", file, note)
			}
		}
		if !strings.Contains(body, b.Summary) {
			t.Errorf("file %q: summary cut", file)
		}
		wantNote := "Ask about them in this thread."
		if file != "" {
			wantNote = "The full briefing is in the attached file, " + file + "."
		}
		if !strings.Contains(body, wantNote) || !strings.Contains(body, fmt.Sprintf("%d fact(s) are not shown", 36-facts)) {
			t.Errorf("file %q: the note on the shortening is missing or wrong:\n%s", file, body[len(body)-600:])
		}
		t.Logf("file %q: %d bytes, %d of 36 facts, %d of 120 claims", file, n, facts, strings.Count(formatted, "<li><strong>Says item"))
	}
}

// TestRenderShowsHiddenCharacters checks that bidirectional controls and
// zero-width characters in a briefing's evidence (and every other piece
// of article text) show as marks in the body and the HTML, and that the
// word joiner that defuses pings is not shown as one.
func TestRenderShowsHiddenCharacters(t *testing.T) {
	b := sampleBriefing()
	b.Parties[0].Claims[0].Evidence = "\"China is one of the main \u202evictims\u202c of cyberattacks,\" said Hong\u200b Lei @room"
	b.Title += "\u2067"
	b.Facts[0].Text += "\ufeff"
	for _, r := range []*bot.Reply{
		{Kind: bot.ReplyBriefing, Briefing: b},
		{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "He said\u202e:", Quotes: []bot.Quote{{Sentence: 2, Text: "main \u202evictims\u202c", Speaker: "Hong\u200b Lei"}}}},
		{Kind: bot.ReplyDigest, Digest: &bot.Digest{Items: []bot.DigestItem{{N: 1, Title: "Story \u202eone", Summary: "Sum\u200bmary"}}}},
	} {
		c := renderReply("", r)
		for name, s := range map[string]string{"body": c.Body, "html": c.FormattedBody} {
			for _, raw := range []string{"\u202e", "\u202c", "\u200b", "\u2067", "\ufeff"} {
				if strings.Contains(s, raw) {
					t.Errorf("kind %d %s holds a raw %+q:\n%s", r.Kind, name, raw, s)
				}
			}
			if !strings.Contains(s, "⟨U+202E⟩") || !strings.Contains(s, "⟨U+200B⟩") {
				t.Errorf("kind %d %s does not show the marks:\n%s", r.Kind, name, s)
			}
			if strings.Contains(s, "⟨U+2060⟩") {
				t.Errorf("kind %d %s shows the ping-defusing joiner as a mark", r.Kind, name)
			}
		}
	}
	c := renderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	if !strings.Contains(c.FormattedBody, "<blockquote>&#34;China is one of the main ⟨U+202E⟩victims⟨U+202C⟩ of cyberattacks,&#34; said Hong⟨U+200B⟩ Lei @\u2060room</blockquote>") {
		t.Errorf("evidence quote:\n%s", c.FormattedBody)
	}
}

// TestRenderHugeOfflineBriefing renders the offline briefing of a
// 1,000-sentence article: the notice keeps within maxContentBytes as
// sent (msgtype and m.mentions included), every note is kept, and the
// parties and the facts both keep a share.
func TestRenderHugeOfflineBriefing(t *testing.T) {
	a, err := bot.NewArticle([]byte(rendertest.Sentences(1000)), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	b, err := offline.New().Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	ground.New(a.Text).Check(b)
	w := render.BriefingWords("", b)
	body, formatted, shortened := fitBriefing(w, b, "briefing.md")
	n := contentSize(noticeContent(body, formatted))
	if !shortened || n > maxContentBytes || n < maxContentBytes*9/10 {
		t.Errorf("content is %d bytes (shortened %v), want just under %d", n, shortened, maxContentBytes)
	}
	for _, note := range b.Notes {
		if !strings.Contains(body, note) {
			t.Errorf("note %q dropped", note)
		}
	}
	parties := strings.Count(formatted, "<h4>") - 2 // less the facts' and notes' headings
	_, rest, ok := strings.Cut(formatted, "<h4>"+esc(w.Label("unattributed")))
	facts := strings.Count(rest, "<li>") - len(b.Notes) - 1
	if !ok {
		facts = 0
	}
	if parties < 5 || facts < 5 {
		t.Errorf("%d parties and %d facts shown, want a share of each", parties, facts)
	}
	t.Logf("%d bytes: %d of %d parties, %d of %d claims, %d of %d facts, %d notes", n, parties, len(b.Parties),
		strings.Count(formatted, "<blockquote>"), b.ClaimCount(), facts, len(b.Facts), len(b.Notes))
}

// TestRenderStoryCompact: a story briefing of eight sources too long for
// one message shows, in one message, every party's first claim with the
// ids of the sources that report it and the reports that differ; the
// other sources' evidence and the coverage are left to the file.
func TestRenderStoryCompact(t *testing.T) {
	b := rendertest.Story(8, 12, 30, 80)
	w := render.WordsIn("en")
	body, formatted, shortened := fitBriefing(w, b, "story.md")
	if n := contentSize(noticeContent(body, formatted)); n > maxContentBytes || !shortened {
		t.Fatalf("content is %d bytes (shortened %v), want a shortened briefing within %d", n, shortened, maxContentBytes)
	}
	for i := 1; i <= 12; i++ {
		for _, want := range []string{fmt.Sprintf("Says item %d.1 ", i), fmt.Sprintf("Reported differently by s8: Says item %d.1 will be on time.", i)} {
			if !strings.Contains(formatted, html.EscapeString(want)) {
				t.Errorf("%q is missing", want)
			}
		}
	}
	if !strings.Contains(body, "s1 · also in s2, s3, s4, s5, s6, s7, s8") {
		t.Error("the claims lost the ids of the sources that report them")
	}
	if strings.Contains(body, "told outlet 2") {
		t.Error("the other sources' evidence is shown in the compact briefing")
	}
	// The whole story fits in the file.
	_, _, content := render.File(w, b)
	for _, want := range []string{"told outlet 8", "Coverage by source", "Fact 80:"} {
		if !strings.Contains(string(content), render.EscapeMarkdown(want)) {
			t.Errorf("the file lacks %q", want)
		}
	}
}
