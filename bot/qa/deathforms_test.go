package qa

import "testing"

// TestDeathForms: the forms of dying and killing a question and its
// answer use meet in their group, the plural and the feminine too
// ("murieron", "fallecieron"; "morta", "faleceram"; "décédées").
func TestDeathForms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "murieron meets fallecieron", code: "es",
			text: "Explosión en una mina de Oruro\n\nDoce mineros fallecieron el martes tras una explosión en una mina de estaño cerca de Oruro, informó la empresa operadora.\n\n" +
				"Los equipos de rescate trabajaron durante toda la noche para sacar a los heridos.\n\n" +
				"El sindicato pidió una investigación independiente sobre las condiciones de seguridad en la mina.\n",
			q: "¿Cuántos murieron cerca de Oruro?", quote: "Doce mineros",
		},
		{
			name: "morreram meets faleceram", code: "pt",
			text: "Temporal no litoral\n\nTrês pescadores faleceram na quinta-feira depois que o barco virou perto de Ilhabela, segundo a Marinha.\n\n" +
				"As buscas por um quarto tripulante continuam nesta sexta-feira com helicópteros e lanchas.\n\n" +
				"A prefeitura decretou luto oficial de três dias na cidade.\n",
			q: "Quantos pescadores morreram?", quote: "Três pescadores",
		},
	})
}
