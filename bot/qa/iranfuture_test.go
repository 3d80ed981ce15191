package qa

import "testing"

// TestIranNoFuture: "Irán" and "Irã" fold to the future forms "irán" and
// "irá" ("they will go"), which are left out of `future`: a sentence on
// Iran in the past tells no future, and answers a question on what was
// done.
func TestIranNoFuture(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "Irán", code: "es",
			text: "Protestas en Irán\n\nMiles de personas salieron a las calles de Teherán el sábado para protestar contra el precio del pan.\n\n" +
				"Según una organización de derechos humanos, la policía de Irán detuvo a 300 manifestantes durante la noche.\n\n" +
				"El gobierno iraní anunció que el precio del pan será revisado el próximo mes.\n\n" +
				"Las protestas son las mayores desde el comienzo del año, según los diarios locales.\n",
			q: "¿Cuántos manifestantes fueron detenidos?", quote: "300 manifestantes",
		},
		{
			name: "Irã", code: "pt",
			text: "Protestos no Irã\n\nMilhares de pessoas saíram às ruas de Teerã no sábado para protestar contra o preço do pão.\n\n" +
				"Segundo uma organização de direitos humanos, a polícia do Irã prendeu 300 manifestantes durante a noite.\n\n" +
				"O governo iraniano anunciou que o preço do pão será revisto no próximo mês.\n\n" +
				"Os protestos são os maiores desde o início do ano, segundo os jornais locais.\n",
			q: "Quantos manifestantes foram presos?", quote: "300 manifestantes",
		},
	})
}
