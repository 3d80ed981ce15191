package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestSubjectAfterVerb: the noun right after a verb of speech is who
// speaks only when no subject stands before the verb ("¿Qué respondió
// el sindicato…?"); in "What do the studios say the actors won?" the
// studios speak, and the actors are what their words are about.
// A verb of saying or wanting that is no verb of reply (light verbs
// aside) has its subject after it as well: "Que réclament les
// manifestants de Lormont ?".
func TestSubjectAfterVerb(t *testing.T) {
	for _, tc := range []struct {
		code, q string
		want    string
	}{
		{"es", "¿Qué respondió el sindicato a la empresa?", "sindicato"},
		{"en", "What do the studios say the actors won?", ""},
		{"en", "What happens to workers who tell their employer they are ill?", ""},
		// A verb of saying or wanting has its subject after it too.
		{"fr", "Que réclament les manifestants de Lormont ?", "manifestants"},
		// A light verb asks for no words.
		{"fr", "Qu'a fait le pilote à Orly ?", ""},
		// German writes every noun with a capital: the subject's noun
		// comes after its adjectives.
		{"de", "Was fordert die neue Allianz von der Regierung?", "allianz"},
	} {
		v := vocabFor(tc.code)
		ws := splitWords(tc.q)
		got := ""
		if n := subjectAfterVerb(ws, v, lang.Default().Get(tc.code)); n >= 0 {
			got = ws[n].f
		}
		if got != tc.want {
			t.Errorf("%q: subject after the verb %q, want %q", tc.q, got, tc.want)
		}
	}
}
