package qa

import "testing"

// TestCompoundParts: a German compound of the question is held by a
// sentence that holds its parts ("Preisanstieg": "ein Anstieg der
// Preise"), but not by one that holds only its head ("Operation" is no
// "Herzoperation").
func TestCompoundParts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "head and modifier", code: "de",
			text: "Händler blicken auf den Frühling\n\nDie Händler der Region rechnen nach dem langen Winter mit einem schwachen Geschäft in den Innenstädten.\n\n" +
				"Mit einem Anstieg der Preise sei aber nicht zu rechnen, sagte Verbandschef Otto Brandt am Montag in Kassel.\n\n" +
				"Viele Geschäfte wollen im März ihre Öffnungszeiten verlängern und mehr Personal einstellen.\n\n" +
				"Der Verband fordert von der Stadt kostenlose Parkplätze an den Wochenenden.\n",
			q: "Rechnen die Händler mit einem Preisanstieg?", quote: "Anstieg der Preise",
		},
		{
			name: "head alone", code: "de",
			text: "Sorge um Bürgermeister\n\nDer Bürgermeister von Kassel liegt seit Montag im Krankenhaus.\n\n" +
				"Nach Angaben der Stadt musste er sich einer Operation am Knie unterziehen.\n\n" +
				"Seine Stellvertreterin Anna Roth leitet bis auf Weiteres die Sitzungen des Stadtrats.\n\n" +
				"Der Haushalt für das kommende Jahr soll dennoch im Dezember beschlossen werden.\n",
			q: "Wer hat die Herzoperation des Bürgermeisters durchgeführt?",
		},
	})
}
