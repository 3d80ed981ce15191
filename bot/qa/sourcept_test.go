package qa

import "testing"

// TestSourcePortuguese: Portuguese asks by whose word with "segundo" or
// "conforme" as Spanish does with "según": the source is often named
// in the sentence after a quotation of theirs, not in it.
func TestSourcePortuguese(t *testing.T) {
	const text = "Disputa pelo rio em Valmora\n\n" +
		"Rubem Ortiz entrou com um pedido sobre o rio em nome dos moradores de Valmora.\n\n" +
		"O conselho de anciãos rejeita o pedido.\n\n" +
		"“Ele não mora na aldeia desde 2019 e já não vem a nenhuma reunião nossa.\n\n" +
		"Estamos cansados das mentiras dele”, disse Marta Quiroga, membro do conselho cujo pai fundou Valmora.\n\n" +
		"O tribunal vai ouvir o pedido em março.\n"
	runRuleCases(t, []ruleCase{
		{name: "segundo", code: "pt", text: text, q: "Desde quando Ortiz não mora na aldeia, segundo Marta Quiroga?", quote: "desde 2019"},
		{name: "conforme", code: "pt", text: text, q: "Desde quando Ortiz não mora na aldeia, conforme Marta Quiroga?", quote: "desde 2019"},
		{name: "never named", code: "pt", text: text, q: "Desde quando Ortiz não mora na aldeia, segundo Lena Marsh?"},
	})
}
