package qa

import "testing"

// TestDetain: the irregular forms of "detener" ("detuvo") and the active
// forms of "arrestar" belong to the group of "detenidos": "la policía
// detuvo a 300 manifestantes" says how many were detained.
func TestDetain(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "detuvo", code: "es",
			text: "Protestas en Teherán\n\nMiles de personas salieron a las calles de Teherán el sábado para protestar contra el precio del pan.\n\n" +
				"Según una organización de derechos humanos, la policía detuvo a 300 manifestantes durante la noche.\n\n" +
				"El gobierno anunció que el precio del pan será revisado el próximo mes.\n\n" +
				"Las protestas son las mayores desde el comienzo del año, según los diarios locales.\n",
			q: "¿Cuántos manifestantes fueron detenidos?", quote: "300 manifestantes",
		},
	})
}
