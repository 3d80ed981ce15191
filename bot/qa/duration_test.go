package qa

import "testing"

// TestDurationVerbLight: the verb of a question asking how long
// something lasts ("¿Cuánto dura…?", "Wie lange dauert…?", "Combien de
// temps dure…?") is light: the article tells the span with a verb of
// its own ("se prolongará durante tres semanas").
func TestDurationVerbLight(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "es", code: "es",
			text: "Huelga en el puerto\n\nLos estibadores del puerto de Marel iniciaron el lunes una huelga por los salarios.\n\n" +
				"Según el sindicato, la huelga se prolongará durante tres semanas.\n\n" +
				"La empresa dijo que los barcos serán desviados a otros puertos de la costa mientras no haya un acuerdo con los trabajadores.\n",
			q: "¿Cuánto tiempo dura la huelga?", quote: "tres semanas",
		},
		{
			name: "de", code: "de",
			text: "Streik im Hafen\n\nDie Hafenarbeiter in Marel haben am Montag einen Streik für höhere Löhne begonnen.\n\n" +
				"Nach Angaben der Gewerkschaft soll der Streik drei Wochen anhalten.\n\n" +
				"Die Firma sagte, die Schiffe würden in andere Häfen an der Küste umgeleitet, solange es keine Einigung mit den Arbeitern gebe.\n",
			q: "Wie lange dauert der Streik?", quote: "drei Wochen",
		},
	})
}

// TestInfectionWords: an infection and a contagion are one thing
// ("Ansteckung", "Infektion"; "contagio", "infección").
func TestInfectionWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "de", code: "de",
			text: "Grippe in Lorn\n\nIn Lorn haben die Behörden eine Schule geschlossen.\n\n" +
				"Die erste Ansteckung in Lorn wurde vor zehn Tagen bekannt.\n\n" +
				"Zwischen der Infektion und dem Beginn der Symptome vergehen meist zwei bis fünf Tage.\n\n" +
				"Die Schule soll am Montag wieder öffnen, wenn die Zahl der kranken Kinder bis dahin deutlich gesunken ist, teilten die Behörden der Stadt mit.\n",
			q: "Wie lange dauert es nach einer Ansteckung, bis Symptome auftreten?", quote: "zwei bis fünf Tage",
		},
		{
			name: "es", code: "es",
			text: "Gripe en Lorn\n\nLas autoridades de Lorn cerraron una escuela el martes.\n\n" +
				"El primer contagio en Lorn se conoció hace diez días.\n\n" +
				"Entre la infección y el inicio de los síntomas pasan en general de dos a cinco días.\n\n" +
				"La escuela volverá a abrir el lunes si el número de niños enfermos baja de forma clara hasta entonces, según informaron las autoridades de la ciudad.\n",
			q: "¿Cuánto tiempo tarda en aparecer los síntomas tras el contagio?", quote: "dos a cinco días",
		},
	})
}
