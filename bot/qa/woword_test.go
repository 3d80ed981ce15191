package qa

import "testing"

// TestGermanWoWords: the German question words built on "wo" and a
// preposition ("wofür", "womit", "woran") ask; they are no content word
// the answer must hold, and "wofür" and "wozu" ask for a purpose, as
// "warum" does.
func TestGermanWoWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "wofür asks why", code: "de",
			text: "Geld für Radwege\n\nDer Stadtrat von Albbruck hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n\n" +
				"Das Land überweist der Gemeinde zwei Millionen Euro aus einem Förderprogramm.\n\n" +
				"Das Geld soll in neue Radwege fließen, weil immer mehr Pendler mit dem Rad zur Arbeit fahren.\n\n" +
				"Die Bürger dürfen bis März Vorschläge für die Strecken einreichen.\n",
			q: "Wofür ist das Geld?", quote: "weil immer mehr Pendler",
		},
	})
}
