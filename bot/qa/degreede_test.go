package qa

import "testing"

// TestDegreeGerman: German asks a degree on a scale by "wie" and the
// scale's adjective ("Wie alt…", "Wie weit…", "Wie teuer…"), as it asks
// "wie hoch" and "wie groß": the question asks for a quantity, and a
// sentence with none does not answer it ("teuer" asks for a sum).
func TestDegreeGerman(t *testing.T) {
	text := "Unfall auf der A7\n\nAuf der A7 bei Nordheim ist am Montag ein Lastwagen umgekippt. Der Fahrer des Lastwagens wurde leicht verletzt.\n\n" +
		"Die Autobahn war in Richtung Norden für mehrere Stunden gesperrt, teilte die Polizei mit.\n\n" +
		"Die Ursache des Unfalls ist noch unklar. Die Polizei sucht Zeugen.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "wie alt, no age", code: "de", text: text,
			q: "Wie alt ist der Fahrer des Lastwagens?",
		},
		{
			name: "wie alt, an age", code: "de",
			text: text + "\nDer 54 Jahre alte Fahrer des Lastwagens kam in ein Krankenhaus.\n",
			q:    "Wie alt ist der Fahrer des Lastwagens?", quote: "54 Jahre",
		},
		{
			name: "wie weit, no distance", code: "de", text: text,
			q: "Wie weit war die Autobahn in Richtung Norden gesperrt?",
		},
		{
			// "teuer" asks for a sum: hours are none.
			name: "wie teuer, no sum", code: "de",
			text: text + "\nDie Bergung des Lastwagens dauerte vier Stunden.\n",
			q:    "Wie teuer war die Bergung des Lastwagens?",
		},
	})
}
