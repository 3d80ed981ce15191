package qa

import "testing"

// TestMoneyVerbForms: every form of a verb of paying or costing makes a
// "how much" question ask for a sum of money, in Spanish, Portuguese,
// French and German as in English ("pagaron" as "pagó", "zahlten" as
// "zahlte"): a count of people is no answer; a sum in a currency of the
// language's countries ("soles") is one.
func TestMoneyVerbForms(t *testing.T) {
	const es = "Vecinos compran el viejo mercado\n\nPor el viejo mercado municipal pagaron 120 vecinos de San Roque, informó el alcalde el lunes.\n\n" +
		"La asamblea del barrio votó a favor de la compra en marzo.\n\n" +
		"El mercado abrirá de nuevo en junio con puestos de fruta, pescado y flores.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "es pagaron", code: "es", text: es,
			q: "¿Cuánto pagaron los vecinos de San Roque por el mercado?",
		},
		{
			name: "es soles", code: "es",
			text: es + "\nLos vecinos de San Roque pagaron 900.000 soles por el mercado.\n",
			q:    "¿Cuánto pagaron los vecinos de San Roque por el mercado?", quote: "900.000 soles",
		},
		{
			name: "pt pagaram", code: "pt",
			text: "Moradores compram o velho mercado\n\nPelo velho mercado municipal pagaram 120 moradores de São Roque, informou o prefeito na segunda-feira.\n\n" +
				"A assembleia do bairro votou a favor da compra em março.\n\n" +
				"O mercado vai reabrir em junho com bancas de fruta, peixe e flores.\n",
			q: "Quanto pagaram os moradores de São Roque pelo mercado?",
		},
		{
			name: "de zahlten", code: "de",
			text: "Anwohner kaufen die alte Markthalle\n\nFür die alte Markthalle zahlten 120 Anwohner von Sankt Rochus, teilte der Bürgermeister am Montag mit.\n\n" +
				"Die Versammlung des Viertels stimmte im März für den Kauf. Die Stadt hatte die Halle seit Jahren leer stehen lassen.\n\n" +
				"Die Markthalle soll im Juni mit Ständen für Obst, Fisch und Blumen wieder öffnen.\n",
			q: "Wie viel zahlten die Anwohner von Sankt Rochus für die Markthalle?",
		},
		{
			name: "fr paieront", code: "fr",
			text: "Les habitants rachètent le vieux marché\n\nPour le vieux marché municipal paieront 120 habitants de Saint-Roch, a annoncé lundi le maire.\n\n" +
				"L'assemblée du quartier a voté pour le rachat en mars.\n\n" +
				"Le marché rouvrira en juin avec des étals de fruits, de poisson et de fleurs.\n",
			q: "Combien paieront les habitants de Saint-Roch pour le marché ?",
		},
	})
}
