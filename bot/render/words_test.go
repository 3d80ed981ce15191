package render

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// french is a briefing of a French article, with every section, a
// cached result and claims dropped for both reasons.
var french = &bot.Briefing{
	Title:    "La Chine rejette un rapport américain l'accusant d'espionnage informatique",
	Source:   bot.Source{Site: "Le Monde", Published: "2013-02-20"},
	Summary:  "L'article rapporte les propos des parties suivantes : la Chine et Mandiant.",
	Language: "fr",
	Parties: []bot.Party{
		{Name: "Chine (ministère des Affaires étrangères)", Aliases: []string{"Hong Lei", "Pékin"}, Claims: []bot.Claim{
			{Claim: "Dément que son armée soit à l'origine de ces attaques.", Speaker: "Hong Lei", Stance: bot.StanceDeny, Sentences: []int{3},
				Evidence: "« Ces accusations ne reposent sur aucun fait », a déclaré Hong Lei"},
		}},
		{Name: "Mandiant", Claims: []bot.Claim{
			{Claim: "Accuse l'unité 61398 de piratage.", Speaker: "Mandiant", Stance: bot.StanceAccuse, Sentences: []int{5, 6},
				Evidence: "Mandiant affirme avoir retracé les attaques jusqu'à l'unité 61398"},
		}},
	},
	Facts:   []bot.Fact{{Text: "Mandiant a publié un rapport de 60 pages.", Evidence: "un rapport de 60 pages"}},
	Notes:   []string{"Le texte du média emploie le mot \"régime\" (phrase 4) ; ce résumé ne reprend pas ce terme."},
	Backend: "offline",
	Stats:   bot.Stats{Cached: true, ClaimsDroppedUngrounded: 2, ClaimsDroppedMisattributed: 1},
}

// in returns a copy of b whose language is code.
func in(b *bot.Briefing, code string) *bot.Briefing {
	cp := *b
	cp.Language = code
	return &cp
}

// TestBriefingLanguages renders briefings in the language of their
// words: the article's, or the configured one (BRIEFBOT_LANGUAGE); a
// language without a lexicon gets the English golden files.
func TestBriefingLanguages(t *testing.T) {
	for _, tc := range []struct {
		name       string
		configured string
		b          *bot.Briefing
		golden     string
		want       []string
	}{
		{"french article", "", french, "french", []string{
			"autres noms : Hong Lei, Pékin", "Hong Lei · démenti", "Mandiant · accusation",
			"Rapporté par le média sans attribution", "Remarques",
			"moteur : offline · en cache · 2 propos écartés : citation introuvable dans l'article · 1 propos écarté : l'article attribue ces mots à quelqu'un d'autre",
		}},
		{"BRIEFBOT_LANGUAGE=de, English article", "de", in(sample, "en"), "sample-de", []string{
			"weitere Namen: Hong Lei, Beijing", "Hong Lei, Foreign Ministry spokesman · Aussage", "Mandiant · Vorwurf",
			"Vom Medium ohne Quellenangabe berichtet", "Hinweise", "Backend: offline · alle Zitate am Artikel geprüft",
		}},
		{"BRIEFBOT_LANGUAGE=en, French article", "en", french, "french-en", []string{
			"also: Hong Lei, Pékin", "Hong Lei · denial", "Reported by the outlet without attribution", "Notes",
			"backend: offline · cached · 2 claims dropped: evidence not found in the article · 1 claim dropped: the article gives the words to someone else",
		}},
		{"Chinese article: English", "", in(sample, "zh"), "sample", []string{
			"also: Hong Lei, Beijing", "Reported by the outlet without attribution", "Notes",
			"backend: offline · every quote checked against the article",
		}},
		{"no language: English", "", in(sample, ""), "sample", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := BriefingWords(tc.configured, tc.b)
			text := Text(w, tc.b, 80)
			for _, want := range tc.want {
				if !strings.Contains(text, want) {
					t.Errorf("text lacks %q:\n%s", want, text)
				}
			}
			for _, f := range []string{FormatText, FormatMarkdown} {
				var buf bytes.Buffer
				if err := Briefing(&buf, f, w, tc.b); err != nil {
					t.Fatal(err)
				}
				golden(t, tc.golden+"."+f+".golden", buf.Bytes())
			}
		})
	}
}

func TestFooter(t *testing.T) {
	for _, tc := range []struct {
		code  string
		stats bot.Stats
		want  string
	}{
		{"en", bot.Stats{}, "backend: offline · every quote checked against the article"},
		{"en", bot.Stats{ClaimsDroppedUngrounded: 1, ClaimsDroppedMisattributed: 3}, "backend: offline · 1 claim dropped: evidence not found in the article · 3 claims dropped: the article gives the words to someone else"},
		{"fr", bot.Stats{Cached: true}, "moteur : offline · en cache · toutes les citations vérifiées dans l'article"},
		{"fr", bot.Stats{ClaimsDroppedMisattributed: 1}, "moteur : offline · toutes les citations vérifiées dans l'article · 1 propos écarté : l'article attribue ces mots à quelqu'un d'autre"},
		{"es", bot.Stats{ClaimsDroppedUngrounded: 2, ClaimsDroppedMisattributed: 1}, "motor: offline · 2 declaraciones descartadas: cita no encontrada en el artículo · 1 declaración descartada: el artículo atribuye esas palabras a otra persona"},
		{"pt", bot.Stats{Cached: true, ClaimsDroppedUngrounded: 1}, "motor: offline · em cache · 1 declaração descartada: citação não encontrada no artigo"},
		{"de", bot.Stats{ClaimsDroppedUngrounded: 4, ClaimsDroppedMisattributed: 2}, "Backend: offline · 4 Aussagen verworfen: Beleg nicht im Artikel gefunden · 2 Aussagen verworfen: Der Artikel schreibt die Worte jemand anderem zu"},
		{"cs", bot.Stats{ClaimsDroppedMisattributed: 2}, "backend: offline · every quote checked against the article · 2 claims dropped: the article gives the words to someone else"},
	} {
		if got := WordsIn(tc.code).Footer(&bot.Briefing{Backend: " offline\n", Stats: tc.stats}); got != tc.want {
			t.Errorf("%s %+v:\n got %q\nwant %q", tc.code, tc.stats, got, tc.want)
		}
	}
}

func TestReplyWords(t *testing.T) {
	frQuote := bot.Quote{Sentence: 3, Speaker: "Hong Lei", Text: "« Ces accusations ne reposent sur aucun fait et ne sont pas sérieuses », a déclaré le porte-parole du ministère."}
	zhQuote := bot.Quote{Sentence: 3, Text: "中国外交部发言人洪磊说，中国是网络攻击的主要受害者之一。"}
	for _, tc := range []struct {
		name       string
		configured string
		r          *bot.Reply
		want       string // the word for "sentence"
	}{
		{"French briefing", "", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: french}, "phrase"},
		{"French briefing, BRIEFBOT_LANGUAGE=de", "de", &bot.Reply{Kind: bot.ReplyBriefing, Briefing: french}, "Satz"},
		{"answer quoting French", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "The article attributes this to Hong Lei:", Quotes: []bot.Quote{frQuote}}}, "phrase"},
		{"answer quoting French, BRIEFBOT_LANGUAGE=pt", "pt", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Quotes: []bot.Quote{frQuote}}}, "frase"},
		{"answer without quotes", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Text: "El artículo no lo dice: no hay ninguna frase sobre eso en el texto.", NotInArticle: true}}, "frase"},
		{"answer quoting Chinese", "", &bot.Reply{Kind: bot.ReplyAnswer, Answer: &bot.Answer{Quotes: []bot.Quote{zhQuote}}}, "sentence"},
		{"streamed answer", "", &bot.Reply{Kind: bot.ReplyAnswer, Text: "Le texte dit que"}, "sentence"},
		{"digest", "", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{}}, "sentence"},
		{"digest, BRIEFBOT_LANGUAGE=es", "es", &bot.Reply{Kind: bot.ReplyDigest, Digest: &bot.Digest{}}, "frase"},
		{"briefing missing", "", &bot.Reply{Kind: bot.ReplyBriefing}, "sentence"},
	} {
		if got := ReplyWords(tc.configured, tc.r).Label("sentence"); got != tc.want {
			t.Errorf("%s: sentence = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAnswerAndDigestLanguages(t *testing.T) {
	a := &bot.Answer{Text: "L'article attribue ces propos à Hong Lei :", Quotes: []bot.Quote{
		{Sentence: 3, Speaker: "Hong Lei", Text: "« Ces accusations ne reposent sur aucun fait », a déclaré Hong Lei."},
	}}
	if got, want := Answer(WordsIn("fr"), a, 80), "    (Hong Lei, phrase 3)\n"; !strings.HasSuffix(got, want) {
		t.Errorf("French answer = %q, want it to end with %q", got, want)
	}
	if got, want := WordsIn("de").Sentences(5, 6), "Sätze 5, 6"; got != want {
		t.Errorf("German sentences = %q, want %q", got, want)
	}
	d := sampleDigest()
	d.Title = ""
	for _, tc := range []struct {
		code string
		want []string
	}{
		{"fr", []string{"Récapitulatif\n", "Parties : Transport ministry, Rail union", "\nRemarques\n", `Écrivez "more 1" pour obtenir la synthèse complète de l'article 1.`}},
		{"de", []string{"Überblick\n", "Parteien: Transport ministry, Rail union", "\nHinweise\n", `Schreiben Sie "more 1" für das vollständige Briefing zu Artikel 1.`}},
		{"zh", []string{"Digest\n", "Parties: Transport ministry, Rail union", "\nNotes\n", `Say "more 1" for the full briefing of item 1.`}},
	} {
		out := DigestText(WordsIn(tc.code), d, 200)
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("%s digest lacks %q:\n%s", tc.code, want, out)
			}
		}
	}
	if got := DigestMarkdown(WordsIn("es"), &bot.Digest{}); got != "## Boletín\n\nNada nuevo.\n\n" {
		t.Errorf("empty Spanish digest = %q", got)
	}
}

// TestLabelsInEveryLanguage checks that every lexicon has every label the
// English one has, with the same placeholders, so that no language shows
// a key or an unfilled {placeholder}.
func TestLabelsInEveryLanguage(t *testing.T) {
	set := lang.Default()
	en := set.Get("en")
	placeholder := regexp.MustCompile(`\{[a-z]+\}`)
	for _, code := range set.Codes() {
		lx := set.Get(code)
		for key, want := range en.Labels {
			got, ok := lx.Labels[key]
			if !ok || got == "" {
				t.Errorf("%s: [labels] lacks %q", code, key)
				continue
			}
			wp, gp := placeholder.FindAllString(want, -1), placeholder.FindAllString(got, -1)
			slices.Sort(wp)
			slices.Sort(gp)
			if !slices.Equal(slices.Compact(wp), slices.Compact(gp)) {
				t.Errorf("%s: %s = %q has placeholders %v, English %v", code, key, got, gp, wp)
			}
		}
	}
}

func TestWordsFallBack(t *testing.T) {
	if got := (Words{}).Label("notes"); got != "Notes" {
		t.Errorf("zero Words: notes = %q, want English", got)
	}
	if got := WordsIn("xx").Stance("unknown"); got != "other" {
		t.Errorf("stance of an unknown code = %q", got)
	}
	if got := WordsIn("fr").Label("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key = %q", got)
	}
	// A filled-in value is not filled in again.
	if got := WordsIn("en").Label("also", "{list}", "{list}"); got != "also: {list}" {
		t.Errorf("also = %q", got)
	}
}

func TestWho(t *testing.T) {
	for _, tc := range []struct {
		lang, speaker, via, want string
	}{
		{"en", "Sanders", "", "Sanders"},
		{"en", "Sanders", "CNN", "Sanders (reported by CNN)"},
		{"en", "", "CNN", "reported by CNN"},
		{"en", "CNN", "cnn", "CNN"},
		{"fr", "Sanders", "CNN", "Sanders (selon CNN)"},
		{"de", "Sanders", "CNN", "Sanders (laut CNN)"},
	} {
		if got := WordsIn(tc.lang).Who(bot.Claim{Speaker: tc.speaker, Via: tc.via}); got != tc.want {
			t.Errorf("%s %q via %q: %q, want %q", tc.lang, tc.speaker, tc.via, got, tc.want)
		}
	}
}
