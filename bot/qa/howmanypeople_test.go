package qa

import "testing"

// TestHowManyPeople: "¿Cuánta gente…?" (and "Quanta gente…?", "Combien
// de personnes…?") counts people, as "¿Cuántas personas…?" does: any
// word that counts people holds "gente".
func TestHowManyPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "cuánta gente", code: "es",
			text: "Fiesta en Villanueva\n\nEl pueblo de Villanueva celebró el sábado sus fiestas patronales con un programa lleno de actos.\n\n" +
				"Unas 5.000 personas acudieron al concierto de la banda municipal en la plaza mayor.\n\n" +
				"El alcalde pidió a los visitantes que dejen el coche en las afueras del pueblo.\n\n" +
				"La feria de ganado, suspendida el año pasado por la lluvia, volvió a la plaza.\n",
			q: "¿Cuánta gente fue al concierto?", quote: "5.000 personas",
		},
		{
			name: "quanta gente", code: "pt",
			text: "Festa em Vila Nova\n\nA aldeia de Vila Nova celebrou no sábado a festa do padroeiro com um programa cheio de atividades.\n\n" +
				"Cerca de 5.000 pessoas assistiram ao concerto da banda municipal na praça principal.\n\n" +
				"O presidente da câmara pediu aos visitantes que deixassem o carro à entrada da aldeia.\n\n" +
				"A feira de gado, cancelada no ano passado por causa da chuva, voltou à praça.\n",
			q: "Quanta gente foi ao concerto?", quote: "5.000 pessoas",
		},
	})
}
