package qa

import "testing"

// TestDemandNouns: the nouns of a group's verbs are in the group too
// ("exigencias", "reivindicações" of "exige", "exigem"): what a party
// demands is where the article names its demands.
func TestDemandNouns(t *testing.T) {
	const es = "Huelga de maestros en Tarvel\n\nEl sindicato de maestros de Tarvel convocó el lunes una huelga de tres días.\n\n" +
		"Entre las exigencias del sindicato figura un aumento salarial del 8 %.\n\n" +
		"El sindicato representa a 12.000 maestros de la provincia.\n\n" +
		"El ministerio recibirá al sindicato el jueves.\n"
	const pt = "Greve de professores em Tarvel\n\nO sindicato dos professores de Tarvel convocou na segunda-feira uma greve de três dias.\n\n" +
		"Entre as reivindicações do sindicato está um aumento salarial de 8 %.\n\n" +
		"O sindicato representa 12.000 professores da província.\n\n" +
		"O ministério vai receber o sindicato na quinta-feira.\n"
	runRuleCases(t, []ruleCase{
		{name: "es exigencias", code: "es", text: es, q: "¿Qué exige el sindicato?", quote: "aumento salarial"},
		{name: "pt reivindicações", code: "pt", text: pt, q: "O que o sindicato exige?", quote: "aumento salarial"},
	})
}
