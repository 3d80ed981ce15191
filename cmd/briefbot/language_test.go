package main

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/qa"
)

// frenchArticle is a short French news article with a denial and an
// accusation.
const frenchArticle = `Le gouvernement rejette les accusations du syndicat sur la réforme des retraites

Le ministre du Travail, Olivier Dussopt, a déclaré mardi que « la réforme est juste et nécessaire pour sauver notre système ». Il a démenti avoir caché des chiffres aux parlementaires.

La secrétaire générale de la CGT, Sophie Binet, a accusé le gouvernement de « mépriser les travailleurs ». Selon elle, la mobilisation va continuer dans toutes les régions.

Plusieurs manifestations ont rassemblé des milliers de personnes à Paris et à Lyon. Les transports publics ont été fortement perturbés pendant toute la journée.
`

// chineseArticle is in a language the offline briefer has no lexicon for.
const chineseArticle = "中国外交部发言人洪磊说，中国是网络攻击的主要受害者之一。他表示，美国指责中国军队进行黑客攻击是没有根据的。中国青年报也否认了这些指控。"

// TestBriefLanguage checks that `briefbot brief` writes the bot's own
// words in the article's language, or in BRIEFBOT_LANGUAGE when it is
// set, and in English for a language without a lexicon.
func TestBriefLanguage(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		env     map[string]string
		stdin   string
		format  string
		want    []string
		notWant []string
	}{
		{"French article", nil, frenchArticle, "text", []string{
			"  autres noms : ministre du Travail\n", "Olivier Dussopt · démenti\n", "Sophie Binet · accusation\n",
			"\nRapporté par le média sans attribution\n", "\nmoteur : offline · toutes les citations vérifiées dans l'article\n",
		}, []string{"backend:", "Reported by"}},
		{"French article, markdown", nil, frenchArticle, "markdown", []string{
			"*Autres noms : ministre du Travail*", "(Olivier Dussopt, démenti)", "## Rapporté par le média sans attribution\n",
			"*moteur : offline · toutes les citations vérifiées dans l'article*",
		}, nil},
		{"French article, BRIEFBOT_LANGUAGE=en", map[string]string{"BRIEFBOT_LANGUAGE": "en"}, frenchArticle, "text", []string{
			"  also: ministre du Travail\n", "Olivier Dussopt · denial\n", "\nReported by the outlet without attribution\n",
			"\nbackend: offline · every quote checked against the article\n",
		}, []string{"moteur", "Rapporté"}},
		{"English article, BRIEFBOT_LANGUAGE=de", map[string]string{"BRIEFBOT_LANGUAGE": "de"}, string(seed), "text", []string{
			"  weitere Namen: ", "Mandiant · Vorwurf\n", "\nVom Medium ohne Quellenangabe berichtet\n",
			"\nBackend: offline · alle Zitate am Artikel geprüft\n",
		}, []string{"backend:", "also:", "Reported by"}},
		{"Chinese article", map[string]string{"BRIEFBOT_MIN_WORDS": "1"}, chineseArticle, "text", []string{
			"\nNo attributed claims were found in this article.\n", "\nReported by the outlet without attribution\n", "\nNotes\n",
			"\nbackend: offline · every quote checked against the article\n",
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, tc.env, tc.stdin, "brief", "--format", tc.format, "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			for _, bad := range tc.notWant {
				if strings.Contains(out, bad) {
					t.Errorf("output has %q:\n%s", bad, out)
				}
			}
		})
	}
}

func TestLanguageSetting(t *testing.T) {
	for _, tc := range []struct {
		value, want string
		err         bool
	}{
		{"", "", false},
		{"fr", "fr", false},
		{"DE", "de", false},
		{"xx", "", true},
		{"zh", "", true}, // detected, but without a lexicon
	} {
		c, err := LoadConfig(func(k string) string {
			if k == "BRIEFBOT_LANGUAGE" {
				return tc.value
			}
			return ""
		}, "")
		if tc.err {
			if err == nil || !strings.Contains(err.Error(), "setting BRIEFBOT_LANGUAGE") || !strings.Contains(err.Error(), "de, en, es, fr, pt") {
				t.Errorf("BRIEFBOT_LANGUAGE=%q: err = %v, want the setting and the valid values named", tc.value, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("BRIEFBOT_LANGUAGE=%q: %v", tc.value, err)
			continue
		}
		if c.Language != tc.want {
			t.Errorf("BRIEFBOT_LANGUAGE=%q: Language = %q, want %q", tc.value, c.Language, tc.want)
		}
	}
}

// TestLanguageBackend checks that BRIEFBOT_LANGUAGE reaches the offline
// briefer, whose ID (the cache key) names it, and the offline answerer.
func TestLanguageBackend(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	a, err := bot.NewArticle(seed, bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var base, english string
	for _, tc := range []struct{ language, id string }{{"", ""}, {"fr", "/fr"}, {"de", "/de"}} {
		b, err := newBackend(&Config{Backend: "offline", Language: tc.language}, slog.New(slog.DiscardHandler), nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.language == "" {
			base = b.ID()
		} else if got, want := b.ID(), base+tc.id; got != want {
			t.Errorf("BRIEFBOT_LANGUAGE=%s: backend ID %q, want %q", tc.language, got, want)
		}
		br, err := b.Brief(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		req := &bot.AnswerRequest{Article: a, Briefing: br, Question: "What did Hong Lei say?"}
		got, err := b.Answer(ctx, req, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := (&qa.Answerer{Language: tc.language}).Answer(ctx, req, nil)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case got.Text != want.Text:
			t.Errorf("BRIEFBOT_LANGUAGE=%q: answer %q, want %q", tc.language, got.Text, want.Text)
		case tc.language == "":
			english = got.Text
		case got.Text == english:
			t.Errorf("BRIEFBOT_LANGUAGE=%q: answer %q is the English one", tc.language, got.Text)
		}
	}
}
