package qa

import "testing"

// TestAgedAt: a number of years right after a phrase that gives an age
// ("mit 87 Jahren gestorben", "a los 87 años", "à l'âge de 87 ans",
// "aos 87 anos") is an age: it does not say how long something lasts. In
// German a noun right after the unit makes the number a measure of it
// ("mit zwei Jahren Verspätung").
func TestAgedAt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "de mit", code: "de",
			text: "Ausstellung über Maler Anton Weber\n\nDas Stadtmuseum Nordheim zeigt ab Freitag eine Ausstellung über den 2015 mit 87 Jahren gestorbenen Maler Anton Weber.\n\n" +
				"Zu sehen sind Bilder aus allen Phasen seines Werks, dazu Briefe und Skizzen. Der Eintritt kostet acht Euro.\n\n" +
				"Weber lebte seit den sechziger Jahren in Nordheim und malte vor allem die Landschaft am Fluss.\n",
			q: "Wie lange dauert die Ausstellung?",
		},
		{
			name: "de mit, a noun after the unit", code: "de",
			text: "Neue Brücke eröffnet\n\nDie neue Brücke über die Weser in Nordheim wurde am Montag mit zwei Jahren Verspätung eröffnet.\n\n" +
				"Sie kostete 40 Millionen Euro, teilte die Stadt mit. Grund für die Verspätung waren Probleme mit dem Stahl.\n\n" +
				"Bisher mussten Autofahrer einen Umweg von zwölf Kilometern über die alte Fähre nehmen.\n",
			q: "Wie lange dauerte die Verspätung der Brücke?", quote: "zwei Jahren",
		},
		{
			name: "es a los", code: "es",
			text: "Muestra sobre el pintor Antonio Vera\n\nEl museo de la ciudad abre el viernes una muestra sobre el pintor Antonio Vera, que murió a los 87 años en 2015.\n\n" +
				"Se exponen cuadros de todas sus etapas, además de cartas y bocetos.\n",
			q: "¿Cuánto tiempo dura la muestra?",
		},
		{
			name: "fr à l'âge de", code: "fr",
			text: "Exposition sur le peintre Antoine Vernet\n\nLe musée de la ville ouvre vendredi une exposition sur le peintre Antoine Vernet, mort à l'âge de 87 ans en 2015.\n\n" +
				"On y voit des tableaux de toutes ses périodes, ainsi que des lettres et des esquisses.\n",
			q: "Combien de temps dure l'exposition ?",
		},
		{
			name: "pt aos", code: "pt",
			text: "Mostra sobre o pintor António Vieira\n\nO museu da cidade abre na sexta-feira uma mostra sobre o pintor António Vieira, que morreu aos 87 anos em 2015.\n\n" +
				"Estão expostos quadros de todas as suas fases, além de cartas e esboços.\n",
			q: "Quanto tempo dura a mostra?",
		},
	})
}
