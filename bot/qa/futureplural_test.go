package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestFuturePlural: the Spanish and Portuguese future plural (-arán,
// -erán, -irán; -arão, -erão, -irão) meets the verb's other forms:
// "recibirán" meets "recibidos", "venderão" meets "vendido".
func TestFuturePlural(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"es": {{"recibirán", "recibido"}, {"venderán", "vendido"}, {"presentarán", "presentado"}},
		"pt": {{"venderão", "vendido"}, {"receberão", "recebido"}},
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
			name: "recibirán answers recibidos", code: "es",
			text: "Llegada de la Vuelta a Burgos\n\nLa última etapa de la Vuelta a Burgos termina este domingo en la plaza mayor de la ciudad.\n\n" +
				"Los ciclistas serán recibidos en la meta por el alcalde, Juan Soto, y por la consejera de Deportes, Ana Gil.\n\n" +
				"La organización espera a más de diez mil aficionados en las calles del centro.\n\n" +
				"El tráfico estará cortado desde las diez de la mañana.\n",
			q: "¿Quiénes recibirán a los ciclistas?", quote: "Juan Soto",
		},
	})
}
