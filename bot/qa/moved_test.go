package qa

import "testing"

// TestMoved: to transfer is to remove to another place ("trasladar",
// "remover"; "transferir", "remover"): the one answers a question asked
// with the other.
func TestMoved(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "removido answers trasladado", code: "es",
			text: "Traslado de un preso\n\nEl exalcalde Jorge Ruiz, condenado por corrupción, pasó la noche del martes en la comisaría central de San Salvador.\n\n" +
				"El juez ordenó el miércoles que el preso fuera removido a la cárcel de Zacatecoluca.\n\n" +
				"Su abogado anunció que recurrirá la condena ante la Corte Suprema.\n\n" +
				"La fiscalía pide además la devolución de dos millones de dólares.\n",
			q: "¿A dónde fue trasladado el preso?", quote: "Zacatecoluca",
		},
		{
			name: "removido answers transferido", code: "pt",
			text: "Transferência de um preso\n\nO ex-prefeito Jorge Ruas, condenado por corrupção, passou a noite de terça-feira na delegacia central de Campinas.\n\n" +
				"O juiz ordenou na quarta-feira que o preso fosse removido para o presídio de Tremembé.\n\n" +
				"O advogado anunciou que vai recorrer da condenação no Supremo Tribunal.\n\n" +
				"O Ministério Público pede ainda a devolução de dois milhões de reais.\n",
			q: "Para onde o preso foi transferido?", quote: "Tremembé",
		},
	})
}
