package qa

import "testing"

// TestUpcomingOtherLanguages: a question on what is to come ("el próximo
// partido", "le prochain match") is not answered by a sentence that holds
// the same word but tells only a time in the past ("el sábado pasado",
// "samedi dernier").
func TestUpcomingOtherLanguages(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "próximo", code: "es",
			text: "Derrota del Atlético Villa\n\nEl último partido del Atlético Villa fue el sábado pasado, y el próximo rival del equipo es el Deportivo Sur.\n\n" +
				"El entrenador, Luis Mora, dijo que el equipo jugó sin intensidad y pidió disculpas a la afición.\n\n" +
				"Tres jugadores siguen lesionados y no podrán entrenar esta semana.\n\n" +
				"El club busca un nuevo delantero antes del cierre del mercado.\n",
			q: "¿Cuándo es el próximo partido del Atlético Villa?",
		},
		{
			name: "prochain", code: "fr",
			text: "Défaite de l'AS Villers\n\nLe dernier match de l'AS Villers a eu lieu samedi dernier, et le prochain adversaire de l'équipe est le FC Sud.\n\n" +
				"L'entraîneur, Luc Morel, a dit que l'équipe avait joué sans intensité et s'est excusé auprès des supporteurs.\n\n" +
				"Trois joueurs sont toujours blessés et ne pourront pas s'entraîner cette semaine.\n\n" +
				"Le club cherche un nouvel attaquant avant la fin du mercato.\n",
			q: "Quand aura lieu le prochain match de l'AS Villers ?",
		},
	})
}
