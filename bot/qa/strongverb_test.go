package qa

import "testing"

// TestStrongVerbForms: the forms of a German strong verb are one word
// ("treffen", "traf", "getroffen"), also after a separable particle
// ("einnehmen", "eingenommen"), as a weak verb's are.
func TestStrongVerbForms(t *testing.T) {
	text := "Fluxavin kommt in die Apotheken\n\nDas Mittel Fluxavin ist seit Montag in den Apotheken erhältlich.\n\n" +
		"Je zwei Tabletten Fluxavin werden dreimal am Tag eingenommen, vier Tage lang.\n\n" +
		"Kranke können die Tabletten auch zu Hause einnehmen, wenn sie nicht ins Krankenhaus müssen.\n\n" +
		"Fluxavin wirkt nach Angaben des Herstellers bei neun von zehn Kranken.\n\n" +
		"Die Kasse zahlt Fluxavin nur für Menschen über 60 Jahre.\n\n" +
		"Bereits im Januar hatte der Gesundheitsrat der Stadt Ärzte getroffen.\n\n" +
		"Im April traf der Gesundheitsrat die Hersteller.\n"
	runRuleCases(t, []ruleCase{
		{name: "participle after particle", code: "de", text: text, q: "Wie muss man Fluxavin einnehmen?", quote: "dreimal am Tag"},
		{name: "past and participle", code: "de", text: text, q: "Wann hat der Gesundheitsrat die Hersteller getroffen?", quote: "Im April"},
	})
}
