package qa

import "testing"

// TestExistsOtherLanguages: "¿Hay…?", "Há…?", "Y a-t-il…?" ask whether
// there is such a thing: a sentence that does not name it does not say.
func TestExistsOtherLanguages(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "hay", code: "es",
			text: "Nuevas normas en Valdemoro\n\nEl ayuntamiento de Valdemoro aprobó el lunes nuevas normas contra el covid en el comercio local.\n\n" +
				"Los comercios pueden negar la entrada a quien no lleve mascarilla, según el decreto municipal.\n\n" +
				"Las terrazas de los bares podrán abrir hasta medianoche a partir del viernes.\n\n" +
				"El alcalde pidió a los vecinos que se vacunen cuanto antes.\n",
			q: "¿Hay una multa por no llevar mascarilla en los comercios?",
		},
		{
			name: "hay, and the article names it", code: "es",
			text: "Nuevas normas en Valdemoro\n\nEl ayuntamiento de Valdemoro aprobó el lunes nuevas normas contra el covid en el comercio local.\n\n" +
				"Quien no lleve mascarilla en los comercios deberá pagar una multa de 100 euros, según el decreto municipal.\n\n" +
				"Las terrazas de los bares podrán abrir hasta medianoche a partir del viernes.\n\n" +
				"El alcalde pidió a los vecinos que se vacunen cuanto antes.\n",
			q: "¿Hay una multa por no llevar mascarilla en los comercios?", quote: "100 euros",
		},
		{
			name: "há", code: "pt",
			text: "Novas regras em Viseu\n\nA câmara de Viseu aprovou na segunda-feira novas regras contra a covid no comércio local.\n\n" +
				"As lojas podem recusar a entrada a quem não usar máscara, segundo o decreto municipal.\n\n" +
				"As esplanadas dos cafés poderão abrir até à meia-noite a partir de sexta-feira.\n\n" +
				"O presidente da câmara pediu aos moradores que se vacinem o quanto antes.\n",
			q: "Há uma multa para quem não usar máscara nas lojas?",
		},
		{
			name: "y a-t-il", code: "fr",
			text: "Nouvelles règles à Vierzon\n\nLa mairie de Vierzon a adopté lundi de nouvelles règles contre le covid dans les commerces.\n\n" +
				"Les commerces peuvent refuser l'entrée à ceux qui ne portent pas de masque, selon l'arrêté municipal.\n\n" +
				"Les terrasses des cafés pourront ouvrir jusqu'à minuit à partir de vendredi.\n\n" +
				"Le maire a demandé aux habitants de se faire vacciner au plus vite.\n",
			q: "Y a-t-il une amende pour ceux qui ne portent pas de masque dans les commerces ?",
		},
	})
}
