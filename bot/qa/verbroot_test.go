package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestVerbRoot: Spanish and Portuguese verbs meet in all their forms.
// The longest ending is the word's, so a root of three letters is kept
// ("ganado", "ganó", "gana" and "ganar" are "gan"; "vendeu" and
// "vendido" "vend"), and a future or a conditional loses the infinitive it is
// built on ("recaudará" is "recaudar", and "recaudó").
func TestVerbRoot(t *testing.T) {
	const esHead = "Temporada del Club Atlético Ribera\n\nEl Club Atlético Ribera cerró la temporada en la tercera posición de la liga regional.\n\n"
	const esTail = "El entrenador, Tomás Ibarra, dijo que el equipo necesita refuerzos en defensa.\n\n" +
		"La directiva estudia ampliar el estadio, que tiene 9.000 asientos.\n\n" +
		"El próximo torneo arranca en agosto con doce equipos.\n"
	const ptHead = "Feira do livro em Vila Serrana\n\nA feira do livro de Vila Serrana abriu as portas na sexta-feira na praça central.\n\n"
	const ptTail = "A prefeitura espera receber mais público do que no ano passado.\n\n" +
		"A organização montou uma tenda para as crianças ao lado do coreto.\n\n" +
		"Vinte casas da região participam da feira até domingo.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "es preterite meets participle", code: "es",
			text: esHead + "Antes de la final, el club ya había vendido 3.000 entradas.\n\n" +
				"Para cada final, el club reserva 500 entradas a los socios.\n\n" + esTail,
			q: "¿Cuántas entradas vendió el club para la final?", quote: "3.000",
		},
		{
			name: "pt preterite meets participle", code: "pt",
			text: ptHead + "No primeiro dia, a editora Casa Azul tinha vendido 300 livros de contos.\n\n" +
				"A editora Casa Azul publica 40 livros de contos por ano.\n\n" + ptTail,
			q: "Quantos livros a editora Casa Azul vendeu?", quote: "300 livros",
		},
	})
}

// TestVerbRootForms: every form of a verb has one stem.
func TestVerbRootForms(t *testing.T) {
	for code, groups := range map[string][][]string{
		"es": {{"ganar", "ganó", "gané", "ganado", "ganando", "ganaron", "gana", "ganaría"},
			{"vendió", "vendido", "venden", "vende"},
			{"recaudar", "recaudó", "recaudará", "recaudaron"}},
		"pt": {{"ganhar", "ganhou", "ganhei", "ganha", "ganhará", "ganharia"},
			{"votar", "votou", "votaram", "votado", "vota"},
			{"vendeu", "vendido", "vendem", "vende"}},
	} {
		v := vocabFor(code)
		for _, g := range groups {
			for _, w := range g[1:] {
				if a, b := v.stem(lang.Fold(g[0])), v.stem(lang.Fold(w)); a != b {
					t.Errorf("%s: %q is %q, %q is %q", code, g[0], a, w, b)
				}
			}
		}
	}
}
