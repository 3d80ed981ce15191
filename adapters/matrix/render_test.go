package matrix

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
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
	if !strings.Contains(c.Body, "Raccourci pour tenir en un seul message Matrix : ") || !strings.Contains(c.Body, "1 fait(s) et 1 remarque(s) ne sont pas affichés") {
		t.Errorf("a shortened French briefing does not say so in French:\n%.3000s", c.Body)
	}
	huge := renderReply("fr", &bot.Reply{Kind: bot.ReplyText, Text: strings.Repeat("x", 200_000)})
	if n := contentSize(huge); n > maxContentBytes || !strings.HasSuffix(huge.Body, " … (coupé : le message est trop long pour Matrix)") {
		t.Errorf("text cut to %d bytes, ending %q", n, huge.Body[len(huge.Body)-80:])
	}
}
