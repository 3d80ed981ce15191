package qa

import "testing"

// TestCapitalIsMoney: "Wie viel Kapital…?" and "Combien de capitaux…?"
// ask for a sum of money: a year is none.
func TestCapitalIsMoney(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "Kapital, no sum", code: "de",
			text: "Neuer Fonds für Solarparks\n\nDie Stadtwerke Kassel haben am Montag einen Fonds für Solarparks in Nordhessen aufgelegt.\n\n" +
				"Wie schon der erste Fonds im Jahr 2019 und der zweite im Jahr 2022 soll er Kapital von Bürgern der Region einsammeln.\n\n" +
				"Die ersten Anlagen sollen im Sommer 2025 ans Netz gehen.\n\n" +
				"Der Vorstand rechnet mit großem Interesse der Anleger aus der Region.\n",
			q: "Wie viel Kapital sammelte der erste Fonds 2019 ein?",
		},
		{
			name: "Kapital, a sum", code: "de",
			text: "Neuer Fonds für Solarparks\n\nDie Stadtwerke Kassel haben am Montag einen Fonds für Solarparks in Nordhessen aufgelegt.\n\n" +
				"Der erste Fonds hatte im Jahr 2019 Kapital in Höhe von 12 Millionen Euro von Bürgern der Region eingesammelt.\n\n" +
				"Die ersten Anlagen sollen im Sommer 2025 ans Netz gehen.\n\n" +
				"Der Vorstand rechnet mit großem Interesse der Anleger aus der Region.\n",
			q: "Wie viel Kapital sammelte der erste Fonds 2019 ein?", quote: "12 Millionen Euro",
		},
		{
			name: "capitaux, no sum", code: "fr",
			text: "Nouveau fonds pour le solaire\n\nLa régie de Tulle a lancé lundi un fonds pour financer des parcs solaires en Corrèze.\n\n" +
				"Comme le premier fonds lancé en 2019 et le deuxième en 2022, il doit attirer des capitaux d'habitants de la région.\n\n" +
				"Les premières installations doivent être raccordées au réseau à l'été 2025.\n\n" +
				"La direction attend un grand intérêt des épargnants de la région.\n",
			q: "Combien de capitaux le premier fonds a-t-il attirés en 2019 ?",
		},
	})
}
