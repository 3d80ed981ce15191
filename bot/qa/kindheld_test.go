package qa

import "testing"

// TestLengthIsNoTime: a number before a unit of length is a length, and
// tells no time: "When will work on the tunnel start?" is not answered by
// the tunnel's size, while a number of days still tells when.
func TestLengthIsNoTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "a length does not say when", code: "en",
			text: "Flood tunnel planned\n\nThe county has filed its plans for a flood tunnel under the old mill town.\n\n" +
				"Work on the tunnel, some 900 feet long and 12 feet wide, would carry storm water to the river.\n\n" +
				"Residents said the floods had ruined their shops twice.\n",
			q: "When will work on the tunnel start?",
		},
		{
			name: "a number of days still says when", code: "en",
			text: "Flood tunnel planned\n\nThe county has filed its plans for a flood tunnel under the old mill town.\n\n" +
				"Work on the tunnel will start in 10 days, the county said, and it would carry storm water to the river.\n\n" +
				"Residents said the floods had ruined their shops twice.\n",
			q: "When will work on the tunnel start?", quote: "in 10 days",
		},
		{
			name: "Spanish: a length does not say when", code: "es",
			text: "Túnel contra inundaciones\n\nEl municipio presentó sus planes para un túnel bajo el viejo barrio del molino.\n\n" +
				"Las obras del túnel, de unos 300 metros de largo, llevarán el agua de lluvia hasta el río.\n\n" +
				"Los vecinos dijeron que las inundaciones habían arruinado sus tiendas.\n",
			q: "¿Cuándo empezarán las obras del túnel?",
		},
	})
}
