package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// ruleCase is a question on a short invented article: quote is a piece of
// the sentence the answer must quote, "" when the article does not say.
type ruleCase struct {
	name, code, text, q string
	quote               string
}

// runRuleCases answers each case's question with no briefing's parties.
func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := bot.NewArticle([]byte(tc.text), bot.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: tc.code}, Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tc.quote == "" {
				if !ans.NotInArticle {
					t.Errorf("%q: %+v, want the article does not say", tc.q, ans)
				}
				return
			}
			if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, tc.quote) }) {
				t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
			}
		})
	}
}

// TestAnswerType: the noun after "which" names the kind of answer, and a
// sentence that names an instance need not hold it; a noun of quantity
// asks for a number, and a year is none.
func TestAnswerType(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "instance without the kind noun", code: "en",
			text: "Harbour plan approved\n\nThe council voted on Monday to build a new ferry terminal near the old fish market.\n\n" +
				"The terminal would be built on the Pelham Quay site, on the eastern side of the bay.\n\n" +
				"Residents said the traffic on the coast road would double.\n",
			q: "Which part of the bay would the terminal be built on?", quote: "Pelham Quay",
		},
		{
			name: "kind noun missing and the rest too", code: "fr",
			text: "Procès à Lormont\n\nLe procès opposant le boulanger Émile Roussel au maire Gérard Fabre a repris mardi devant le tribunal de Lormont.\n\n" +
				"Les avocats ont demandé une expertise des comptes de la mairie.\n\n" +
				"L'audience a été suspendue pendant une heure.\n",
			q: "Quel jugement le tribunal de Lormont a-t-il prononcé ?",
		},
		{
			name: "measure asks a number", code: "pt",
			text: "Cão resgatado ganha lar\n\nUm cachorro abandonado na estrada foi adotado por uma família de Itabira nesta semana.\n\n" +
				"Segundo a veterinária, o cachorro, de 9 meses, vai precisar de fisioterapia.\n\n" +
				"A família pede ajuda para pagar o tratamento do cachorro.\n",
			q: "Qual é a idade do cachorro?", quote: "de 9 meses",
		},
		{
			name: "a year is no age", code: "fr",
			text: "Un ministre contesté\n\nLe ministre Paul Garnier a été élu député en 2007 dans la circonscription de Vannes.\n\n" +
				"Paul Garnier a défendu sa réforme devant les sénateurs jeudi.\n\n" +
				"Ses opposants dénoncent un passage en force et réclament un nouveau débat au Parlement avant la fin du mois de juin.\n",
			q: "Quel âge a Paul Garnier ?",
		},
		{
			name: "how many of a thing bought is no money", code: "de",
			text: "Daten im Netz\n\nEin Sammler kaufte nach eigener Aussage insgesamt 800 Dateien von einem Händler.\n\n" +
				"Die Firma prüft, ob sie Anzeige erstattet.\n\n" +
				"Der Händler war für eine Stellungnahme nicht erreichbar, und auch die Polizei in der Stadt wollte sich zu dem Fall am Freitag nicht äußern.\n",
			q: "Wie viele Dateien hat der Sammler gekauft?", quote: "800 Dateien",
		},
	})
}

func TestAnswerTypeNoun(t *testing.T) {
	v := vocabFor("en")
	for q, want := range map[string]string{
		"Which company did he name?":      "company",
		"What did the minister say?":      "",
		"Which Berlin office was closed?": "",
	} {
		ws := splitWords(q)
		got := ""
		if i := answerType(ws, v, nil); i >= 0 {
			got = ws[i].f
		}
		if got != want {
			t.Errorf("%q: type noun %q, want %q", q, got, want)
		}
	}
}
