package qa

import "testing"

// TestMeasureNouns: a temperature is a quantity, as a height is, and
// asking which one ("¿Qué temperatura…?", "Quelle
// température…?", "Welche Temperatur…?") asks for a number: a sentence
// that only says the weather was normal does not answer.
func TestMeasureNouns(t *testing.T) {
	es := "Calor en la isla\n\nLa estación de la isla Norte marcó el lunes 19,5 grados, la temperatura más alta de su historia.\n\n" +
		"En la base Sur, el tiempo fue normal para el verano, con temperaturas suaves y sin viento.\n\n" +
		"Los científicos atribuyen el calor a un viento cálido que baja de las montañas.\n"
	fr := "Chaleur sur l'île\n\nLa station de l'île Nord a relevé lundi 19,5 degrés, la température la plus haute de son histoire.\n\n" +
		"À la base Sud, le temps était normal pour l'été, avec des températures douces et sans vent.\n\n" +
		"Les scientifiques attribuent la chaleur à un vent chaud qui descend des montagnes.\n"
	pt := "Calor na ilha\n\nA estação da ilha Norte registou na segunda-feira 19,5 graus, a temperatura mais alta da sua história.\n\n" +
		"Na base Sul, o tempo foi normal para o verão, com temperaturas amenas e sem vento.\n\n" +
		"Os cientistas atribuem o calor a um vento quente que desce das montanhas.\n"
	de := "Hitze auf der Insel\n\nDie Station auf der Insel Nord maß am Montag 19,5 Grad, die höchste Temperatur ihrer Geschichte.\n\n" +
		"In der Basis Süd, war das Wetter normal für den Sommer, mit milden Temperaturen und ohne Wind.\n\n" +
		"Die Forscher führen die Hitze auf einen warmen Wind zurück, der von den Bergen herabweht.\n"
	runRuleCases(t, []ruleCase{
		{name: "es number", code: "es", text: es, q: "¿Qué temperatura marcó la estación de la isla Norte?", quote: "19,5 grados"},
		{name: "es no number", code: "es", text: es, q: "¿Qué temperatura marcó la base Sur?"},
		{name: "fr number", code: "fr", text: fr, q: "Quelle température a relevé la station de l'île Nord ?", quote: "19,5 degrés"},
		{name: "fr no number", code: "fr", text: fr, q: "Quelle température a été relevée à la base Sud ?"},
		{name: "pt number", code: "pt", text: pt, q: "Que temperatura registou a estação da ilha Norte?", quote: "19,5 graus"},
		{name: "pt no number", code: "pt", text: pt, q: "Que temperatura registou a base Sul?"},
		{name: "de number", code: "de", text: de, q: "Welche Temperatur maß die Station auf der Insel Nord?", quote: "19,5 Grad"},
		{name: "de no number", code: "de", text: de, q: "Welche Temperatur herrschte in der Basis Süd?"},
	})
}
