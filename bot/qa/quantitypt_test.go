package qa

import "testing"

// TestQuantityPortuguese: Portuguese asks how much with "que
// quantidade" or "qual o montante" as Spanish does with "qué cantidad"
// and "qué monto": the answer holds a number, and a sentence on the
// thing that gives none does not say.
func TestQuantityPortuguese(t *testing.T) {
	const head = "Ajuda às famílias de Vila Serrana\n\nA prefeitura de Vila Serrana começou na segunda-feira a distribuir alimentos às famílias atingidas pela cheia.\n\n"
	const tail = "A distribuição continua até sexta-feira no ginásio municipal.\n\n" +
		"A defesa civil pede que os moradores não voltem às casas alagadas.\n"
	runRuleCases(t, []ruleCase{
		{name: "no amount given", code: "pt",
			text: head + "O arroz distribuído às famílias veio de um armazém do estado.\n\n" + tail,
			q:    "Que quantidade de arroz foi distribuída às famílias?"},
		{name: "amount given", code: "pt",
			text: head + "O arroz distribuído às famílias veio de um armazém do estado, num total de 12 toneladas.\n\n" + tail,
			q:    "Que quantidade de arroz foi distribuída às famílias?", quote: "12 toneladas"},
	})
}
