package qa

import "testing"

// TestPresentPlural: Spanish and Portuguese verbs in the present plural
// (-an, -en, -em) and words in -e meet their other forms: "asisten" meets
// "asistieron", "cuentan" meets "cuenta", "parte" meets "partes".
func TestPresentPlural(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"es": {{"asisten", "asistieron"}, {"cuentan", "cuenta"}, {"parte", "partes"}, {"vende", "vendieron"}},
		"pt": {{"exigem", "exigiram"}, {"exige", "exigiram"}, {"parte", "partes"}},
	} {
		v := vocabFor(code)
		for _, p := range pairs {
			if a, b := v.stem(p[0]), v.stem(p[1]); a != b {
				t.Errorf("%s: %s stems to %q, %s to %q", code, p[0], a, p[1], b)
			}
		}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "asisten answers asistieron", code: "es",
			text: "Congreso del partido\n\nEl partido celebró el fin de semana su congreso nacional en la capital, el primero desde las elecciones.\n\n" +
				"Asisten a la reunión 250 delegados de todas las provincias, según los organizadores.\n\n" +
				"El secretario general pidió unidad ante las elecciones municipales del próximo año.\n\n" +
				"La votación de la nueva dirección se celebrará el domingo por la tarde.\n",
			q: "¿Cuántos delegados asistieron?", quote: "250 delegados",
		},
	})
}
