package qa

import "testing"

// TestWhatHour: "¿A qué hora…?", "A que horas…?" (and "À quelle
// heure…?", "Um wie viel Uhr…?") ask when, as "¿Cuándo…?" does: the
// answer tells a time, and "hora" is no word it must hold.
func TestWhatHour(t *testing.T) {
	const es = "Fiestas de San Roque\n\nEl pueblo de Villanueva celebra esta semana sus fiestas patronales con un programa lleno de actos.\n\n" +
		"Los vecinos rezarán juntos en la iglesia, y después empezará el concierto de la banda municipal en la plaza.\n\n" +
		"El alcalde pidió a los visitantes que dejen el coche en las afueras del pueblo.\n\n" +
		"La feria de ganado, suspendida el año pasado por la lluvia, vuelve a la plaza mayor.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "no time told", code: "es",
			text: es, q: "¿A qué hora empezará el concierto de la banda?",
		},
		{
			name: "time told", code: "es",
			text: es + "\nLa banda tocará desde las 22:00 hasta la madrugada, según el programa de las fiestas.\n",
			q:    "¿A qué hora empezará a tocar la banda?", quote: "22:00",
		},
		{
			name: "no time told, Portuguese", code: "pt",
			text: "Festa na aldeia\n\nA aldeia de Vila Nova celebra esta semana a festa do padroeiro com um programa cheio de atividades.\n\n" +
				"Os moradores vão rezar juntos na igreja, e depois começa o concerto da banda municipal na praça.\n\n" +
				"O presidente da câmara pediu aos visitantes que deixem o carro à entrada da aldeia.\n\n" +
				"A feira de gado, cancelada no ano passado por causa da chuva, volta à praça principal.\n",
			q: "A que horas começa o concerto da banda?",
		},
	})
}
