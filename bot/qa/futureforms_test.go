package qa

import "testing"

// TestFutureForms: a "when" question whose verb carries the future in
// its ending ("¿Cuándo resolverá…?", "Quando julgará…?") asks about what
// is to come: a sentence that tells only the past does not answer it,
// and one that tells the future does.
func TestFutureForms(t *testing.T) {
	const es = "Recurso de la defensa\n\nEl exalcalde Jorge Ruiz fue condenado en marzo a seis años de prisión por corrupción.\n\n" +
		"La Corte Suprema ha rechazado este jueves un primer recurso de la defensa.\n\n" +
		"La defensa presentó además un recurso de nulidad ante la Corte Suprema.\n\n" +
		"El exalcalde sigue en libertad mientras tanto.\n"
	const pt = "Recurso da defesa\n\nO ex-prefeito Jorge Ruas foi condenado em março a seis anos de prisão por corrupção.\n\n" +
		"Um primeiro recurso da defesa foi rejeitado pelo tribunal na quinta-feira.\n\n" +
		"A defesa apresentou ainda um recurso de nulidade ao Supremo Tribunal.\n\n" +
		"O ex-prefeito continua em liberdade entretanto.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "resolverá, past only", code: "es",
			text: es, q: "¿Cuándo resolverá la Corte Suprema el recurso de la defensa?",
		},
		{
			name: "resolverá, told", code: "es",
			text: es + "\nLa Corte Suprema resolverá el recurso de la defensa el 12 de junio.\n",
			q:    "¿Cuándo resolverá la Corte Suprema el recurso de la defensa?", quote: "12 de junio",
		},
		{
			name: "julgará, past only", code: "pt",
			text: pt, q: "Quando julgará o tribunal o recurso da defesa?",
		},
	})
}
