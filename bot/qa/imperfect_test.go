package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestImperfect: the Spanish and Portuguese imperfect of -er and -ir
// verbs (-ía, -ían; -ia) meets the verb's other forms ("ofrecían" meets
// "ofrecido", "vendia" meets "vendido"), and a noun in -ía meets its
// plural ("policía", "policías").
func TestImperfect(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"es": {{"ofrecían", "ofrecido"}, {"ofrecía", "ofrecido"}, {"policía", "policías"}, {"economía", "economías"}},
		"pt": {{"vendia", "vendido"}, {"polícia", "polícias"}},
	} {
		v := vocabFor(code)
		for _, p := range pairs {
			if a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1])); a != b {
				t.Errorf("%s: %s stems to %q, %s to %q", code, p[0], a, p[1], b)
			}
		}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "ofrecían answers ofrecido", code: "es",
			text: "Juicio por compra de votos\n\nEl juicio contra el exalcalde Mario Quispe por la presunta compra de votos se reanudó el lunes en Lima.\n\n" +
				"Según la fiscalía, a los concejales les ofrecían puestos de trabajo en la municipalidad a cambio de su voto.\n\n" +
				"La defensa del exalcalde rechazó las acusaciones y pidió la nulidad del proceso.\n\n" +
				"La próxima audiencia se celebrará el 18 de mayo.\n",
			q: "¿Qué les habrían ofrecido a los concejales?", quote: "puestos de trabajo",
		},
	})
}
