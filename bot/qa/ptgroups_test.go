package qa

import "testing"

// TestPortugueseGroups: Portuguese has the groups of words Spanish has
// for one thing (vehículos and coches, encontrar and recuperar, avión
// and aeronave), in all their forms: a question and its answer may use
// either word.
func TestPortugueseGroups(t *testing.T) {
	const head = "Operação no porto de Vila Serrana\n\nA polícia de Vila Serrana fez uma operação no porto na madrugada de terça-feira.\n\n"
	const tail = "O delegado disse que a investigação começou há três meses, após uma denúncia anônima.\n\n" +
		"Dois suspeitos prestaram depoimento e foram liberados à tarde.\n\n" +
		"A prefeitura promete mais iluminação na zona do porto até o fim do ano.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "veículos recuperados are carros encontrados", code: "pt",
			text: head + "Num galpão ao lado do cais, os agentes encontraram 12 carros roubados.\n\n" +
				"O galpão pertence a uma firma de transportes que tem 30 funcionários.\n\n" + tail,
			q: "Quantos veículos a polícia recuperou no galpão?", quote: "12 carros",
		},
		{
			name: "aviões are aeronaves", code: "pt",
			text: head + "A companhia aérea local comprou oito aeronaves novas para a rota do norte.\n\n" +
				"A companhia aérea local transporta 2.000 passageiros por semana.\n\n" + tail,
			q: "Quantos aviões comprou a companhia aérea local?", quote: "oito aeronaves",
		},
	})
}
