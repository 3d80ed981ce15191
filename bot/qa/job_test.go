package qa

import "testing"

// TestJob: "Where does X work?" asks who X is, and the article says it
// where it first names X, when it describes X there (a title before the
// name, an apposition or "of" after it); an article that only names X
// does not say.
func TestJob(t *testing.T) {
	text := "Screens at bedtime\n\n" +
		"Children who keep phones by their beds sleep less, according to a survey of 2,000 families.\n\n" +
		"Professor Mara Quill, a lecturer in the department of psychology at the University of Tarvin, led the survey.\n\n" +
		"Parents were asked how long their children slept on school nights.\n\n" +
		"Tom Reed welcomed the findings on Tuesday.\n"
	runRuleCases(t, []ruleCase{
		{name: "where work", code: "en", text: text, q: "Where does Mara Quill work?", quote: "lecturer in the department"},
		{name: "what job", code: "en", text: text, q: "What is Mara Quill's job?", quote: "lecturer in the department"},
		{name: "who work for", code: "en", text: text, q: "Who does Mara Quill work for?", quote: "lecturer in the department"},
		{name: "not described", code: "en", text: text, q: "Where does Tom Reed work?"},
		{
			name: "es", code: "es",
			text: "Pantallas de noche\n\nLos niños que duermen con el móvil descansan menos, según una encuesta.\n\n" +
				"La profesora Mara Quill, de la Universidad de Tarvin, dirigió la encuesta.\n\nLos padres respondieron a veinte preguntas sobre las horas de sueño de sus hijos en las noches de escuela y durante los fines de semana del último año.\n",
			q: "¿Dónde trabaja Mara Quill?", quote: "Universidad de Tarvin",
		},
	})
}
