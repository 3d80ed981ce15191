package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestOpinionVerbs: a verb of opinion in all its forms ("cree",
// "creen", "opinan", "consideró") asks for a party's position: the
// party's statement answers though it holds no such verb. (Portuguese
// "acredita" does already: acreditar is a reporting verb of the
// lexicon that is not weak.)
func TestOpinionVerbs(t *testing.T) {
	const es = "Debate sobre el puerto de Valmora\n\nEl ayuntamiento de Valmora presentó el lunes un plan para ampliar el puerto pesquero.\n\n" +
		"La alcaldesa Ana Ruiz dijo que la obra traerá 300 empleos a la ciudad en dos años.\n\n" +
		"La obra costará 40 millones de euros, según el plan.\n"
	const pt = "Debate sobre o porto de Valmora\n\nA prefeitura de Valmora apresentou na segunda-feira um plano para ampliar o porto pesqueiro.\n\n" +
		"A prefeita Ana Ruiz disse que a obra vai trazer 300 empregos para a cidade em dois anos.\n\n" +
		"A obra vai custar 40 milhões de reais, segundo o plano.\n\nOs pescadores temem que a obra afete a pesca.\n"
	runStatementCases(t, []statementCase{
		{name: "es cree", code: "es", text: es, q: "¿Qué cree Ana Ruiz de la obra?",
			parties: []bot.Party{claimOf("Ana Ruiz", "La alcaldesa Ana Ruiz dijo que la obra traerá 300 empleos a la ciudad en dos años.")}, quote: "300 empleos"},
		{name: "pt acredita", code: "pt", text: pt, q: "O que acredita Ana Ruiz da obra?",
			parties: []bot.Party{claimOf("Ana Ruiz", "A prefeita Ana Ruiz disse que a obra vai trazer 300 empregos para a cidade em dois anos.")}, quote: "300 empregos"},
	})
}
