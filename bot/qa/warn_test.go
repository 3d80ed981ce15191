package qa

import "testing"

// TestWarn: to warn is to alert ("advertir", "alertar"): the one answers
// a question asked with the other.
func TestWarn(t *testing.T) {
	const pt = "Queda na etapa rainha\n\nO ciclista Mário Rocha sofreu uma queda forte na terça-feira na descida da serra da Estrela.\n\n" +
		"O diretor desportivo disse que a equipa vai procurar um substituto para a Volta.\n\n" +
		"A etapa foi ganha pelo colombiano Luís Pena depois de um ataque na última subida.\n\n"
	runRuleCases(t, []ruleCase{
		{
			name: "alertaron answers advirtieron", code: "es",
			text: "Caída en la etapa reina\n\nEl ciclista Mario Ruiz sufrió una fuerte caída el martes en el descenso del puerto de Navacerrada.\n\n" +
				"Los médicos del equipo le alertaron de que no podrá volver a competir hasta dentro de un mes.\n\n" +
				"Su director deportivo dijo que el equipo buscará un sustituto para la Vuelta.\n\n" +
				"La etapa la ganó el colombiano Luis Peña tras un ataque en la última subida.\n",
			q: "¿De qué advirtieron los médicos a Mario Ruiz?", quote: "no podrá volver a competir",
		},
		{
			name: "alertaram answers advertiram", code: "pt",
			text: pt + "Os médicos da equipa alertaram-no de que não poderá voltar a competir durante um mês.\n",
			q:    "De que advertiram os médicos da equipa?", quote: "não poderá voltar a competir",
		},
	})
}
