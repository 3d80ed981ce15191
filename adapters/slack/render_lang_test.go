package slack

import (
	"fmt"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// frenchBriefing is a briefing of a French article with every section
// and claims dropped for both reasons.
func frenchBriefing() *bot.Briefing {
	return &bot.Briefing{
		Title:    "La Chine rejette un rapport américain l'accusant d'espionnage informatique",
		Source:   bot.Source{Site: "Le Monde", Published: "2013-02-20"},
		Summary:  "L'article rapporte les propos des parties suivantes : la Chine et Mandiant.",
		Language: "fr",
		Backend:  "script",
		Parties: []bot.Party{
			{Name: "Chine", Aliases: []string{"Hong Lei", "Pékin"}, Claims: []bot.Claim{
				{Claim: "Dément que son armée soit à l'origine de ces attaques.", Speaker: "Hong Lei", Stance: bot.StanceDeny, Sentences: []int{3},
					Evidence: "« Ces accusations ne reposent sur aucun fait », a déclaré Hong Lei"},
			}},
			{Name: "Mandiant", Claims: []bot.Claim{
				{Claim: "Accuse l'unité 61398 de piratage.", Speaker: "Mandiant", Stance: bot.StanceAccuse, Sentences: []int{5, 6},
					Evidence: "Mandiant affirme avoir retracé les attaques jusqu'à l'unité 61398"},
			}},
		},
		Facts: []bot.Fact{{Text: "Mandiant a publié un rapport de 60 pages.", Evidence: "un rapport de 60 pages"}},
		Notes: []string{"Le texte du média emploie le mot \"régime\" (phrase 4) ; ce résumé ne reprend pas ce terme."},
		Stats: bot.Stats{ClaimsDroppedUngrounded: 1, ClaimsDroppedMisattributed: 2},
	}
}

func withLanguage(b *bot.Briefing, code string) *bot.Briefing {
	b.Language = code
	return b
}

// TestRenderLanguages renders replies with the bot's words in the
// briefing's language, in the configured one (BRIEFBOT_LANGUAGE), or in
// English for a language without a lexicon.
func TestRenderLanguages(t *testing.T) {
	frQuote := bot.Quote{Sentence: 3, Speaker: "Hong Lei", Text: "« Ces accusations ne reposent sur aucun fait », a déclaré le porte-parole du ministère."}
	digest := &bot.Digest{Items: []bot.DigestItem{{N: 1, Title: "Grève", Parties: []string{"Ministère", "Syndicat"}}}}
	for _, tc := range []struct {
		name     string
		language string
		r        *bot.Reply
		golden   string // "" for none
		want     []string
	}{
		{"French briefing", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: frenchBriefing()}, "briefing.fr.golden", []string{
			"_Autres noms : Hong Lei, Pékin_", "_Hong Lei · démenti · phrase 3_", "_Mandiant · accusation · phrases 5, 6_",
			"*Rapporté par le média sans attribution*", "*Remarques*",
			"moteur : script · 1 propos écarté : citation introuvable dans l'article · 2 propos écartés : l'article attribue ces mots à quelqu'un d'autre",
		}},
		{"English briefing, BRIEFBOT_LANGUAGE=de", "de", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: withLanguage(sampleBriefing(), "en")}, "briefing.de.golden", []string{
			"_Weitere Namen: Hong Lei, Beijing_", "· Aussage · Satz 2_", "· Dementi · Satz 3_", "*Vom Medium ohne Quellenangabe berichtet*", "*Hinweise*",
			"Backend: script · 1 Aussage verworfen: Beleg nicht im Artikel gefunden",
		}},
		{"Chinese briefing: English", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: withLanguage(sampleBriefing(), "zh")}, "briefing.golden", []string{
			"_Also named: Hong Lei, Beijing_", "*Reported by the outlet without attribution*", "*Notes*",
		}},
		{"untitled French briefing", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: &bot.Briefing{Language: "fr", Backend: "script"}}, "", []string{
			`"text": "Synthèse"`, "_Aucun propos attribué n'a été trouvé dans cet article._", "toutes les citations vérifiées dans l'article",
		}},
		{"answer quoting French", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "L'article attribue ces propos à Hong Lei :", Quotes: []bot.Quote{frQuote}}}, "", []string{
			"— Hong Lei, phrase 3",
		}},
		{"answer quoting French, BRIEFBOT_LANGUAGE=es", "es", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Quotes: []bot.Quote{frQuote}}}, "", []string{
			"— Hong Lei, frase 3",
		}},
		{"digest, BRIEFBOT_LANGUAGE=fr", "fr", &bot.Reply{Kind: bot.ReplyDigest, Digest: digest}, "", []string{
			`"text": "Récapitulatif"`, "_Parties : Ministère, Syndicat_", "Écrivez `more N` pour obtenir la synthèse complète de l'article N.",
		}},
		{"empty digest, BRIEFBOT_LANGUAGE=pt", "pt", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{}}, "", []string{
			`"text": "Boletim"`, "_Nada de novo._",
		}},
		{"digest: English", "", &bot.Reply{Kind: bot.ReplyDigest, Digest: digest}, "", []string{
			`"text": "Digest"`, "_Parties: Ministère, Syndicat_", "Say `more N` for the full briefing of item N.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMessages(t, RenderReply(tc.language, tc.r))
			js := renderJSON(t, tc.language, tc.r)
			for _, want := range tc.want {
				if !strings.Contains(string(js), want) {
					t.Errorf("reply lacks %q:\n%s", want, js)
				}
			}
			if tc.golden != "" {
				golden(t, tc.golden, js)
			}
		})
	}
}

// TestRenderContinuedInLanguage checks that the later parts of a long
// briefing say they continue it in the briefing's language.
func TestRenderContinuedInLanguage(t *testing.T) {
	b := frenchBriefing()
	long := strings.Repeat("Le ministère affirme que les négociations continuent. ", 40)
	for i := range 30 {
		b.Parties[0].Claims = append(b.Parties[0].Claims, bot.Claim{Claim: fmt.Sprintf("Affirme %d.", i), Stance: bot.StanceAssert, Evidence: long})
	}
	msgs := RenderReply("", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: b})
	checkMessages(t, msgs)
	if len(msgs) < 2 {
		t.Fatalf("a long briefing in %d message(s), want several", len(msgs))
	}
	want := fmt.Sprintf("%s, suite (partie 2 sur %d)", b.Title, len(msgs))
	if msgs[1].Text != want {
		t.Errorf("second part text = %q, want %q", msgs[1].Text, want)
	}
	head, ok := msgs[1].Blocks[0].(*slack.ContextBlock)
	if !ok {
		t.Fatalf("second part starts with a %T, want a context block", msgs[1].Blocks[0])
	}
	if txt := head.ContextElements.Elements[0].(*slack.TextBlockObject).Text; txt != "_"+want+"_" {
		t.Errorf("second part starts with %q, want %q", txt, "_"+want+"_")
	}
}

// TestPlainFallbackLanguage checks the plain text sent when Slack refuses
// the blocks.
func TestPlainFallbackLanguage(t *testing.T) {
	r := &bot.Reply{Kind: bot.ReplyBriefing, Briefing: &bot.Briefing{Summary: "Résumé.", Language: "en"}}
	for language, want := range map[string]string{"": "Briefing\n", "fr": "Synthèse\n", "pt": "Síntese\n"} {
		if got := plainFallback(language, r); !strings.HasPrefix(got, want) {
			t.Errorf("language %q: fallback = %q, want it to start with %q", language, got, want)
		}
	}
}

// TestLanguageSetting checks that Config.Language (BRIEFBOT_LANGUAGE)
// reaches what the adapter posts.
func TestLanguageSetting(t *testing.T) {
	h := newHarness(t, func(c *Config, s *scriptBackend) { c.Language = "de"; s.scripted = true })
	ts := newTS()
	env := h.fs.Send(t, "events_api", callback("EvDE", mention("C1", "U1", ts, "", "<@UBOT> "+slackText(seedArticle))))
	h.fs.WaitAck(t, env)
	h.waitDone("C1", ts, "white_check_mark")
	text := threadText(t, h.fs.Thread("C1", ts))
	for _, want := range []string{"Weitere Namen: The Virginia-based company", "· Aussage · Satz 2", "Backend: script · alle Zitate am Artikel geprüft"} {
		if !strings.Contains(text, want) {
			t.Errorf("briefing lacks %q:\n%s", want, text)
		}
	}
}
