package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestFrenchPresentPlural: the French present plural in -ent meets the
// verb's other forms ("demandent" meets "demande", "exigent" meets
// "exige"), and a noun in -ent its plural ("accident", "accidents").
func TestFrenchPresentPlural(t *testing.T) {
	v := vocabFor("fr")
	for _, p := range [][2]string{{"demandent", "demande"}, {"exigent", "exige"}, {"accident", "accidents"}, {"gouvernement", "gouvernements"}} {
		if a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1])); a != b {
			t.Errorf("%s stems to %q, %s to %q", p[0], a, p[1], b)
		}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "exigent answers exige", code: "fr",
			text: "Grève à l'usine Morel\n\nLes ouvriers de l'usine Morel de Vierzon sont en grève depuis lundi.\n\n" +
				"Les grévistes exigent une hausse de salaire de 5 % et l'embauche de vingt intérimaires.\n\n" +
				"La direction doit les recevoir jeudi matin, selon un délégué syndical.\n\n" +
				"La production est à l'arrêt depuis trois jours.\n",
			q: "Qu'exige chaque gréviste ?", quote: "hausse de salaire",
		},
	})
}
