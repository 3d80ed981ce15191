package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestSubjectAfterVerb: the noun right after a verb of speech is who
// speaks only when no subject stands before the verb ("¿Qué respondió
// el sindicato…?"); in "What do the studios say the actors won?" the
// studios speak, and the actors are what their words are about.
func TestSubjectAfterVerb(t *testing.T) {
	for _, tc := range []struct {
		code, q string
		want    string
	}{
		{"es", "¿Qué respondió el sindicato a la empresa?", "sindicato"},
		{"en", "What do the studios say the actors won?", ""},
		{"en", "What happens to workers who tell their employer they are ill?", ""},
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
