package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestAuxSubject: a noun phrase with no determiner between the
// auxiliary and the verb that asks ("What are dock workers accusing…",
// "What did nurses tell…") is the subject, as one with a determiner is;
// the name after the verb is whom the words are about or are said to,
// and does not speak. A name right after the auxiliary does.
func TestAuxSubject(t *testing.T) {
	for _, tc := range []struct{ q, speaker string }{
		{"What are dock workers accusing the Reed administration of?", ""},
		{"What did nurses tell Governor Ana Ruiz?", ""},
		{"What did the nurses tell Governor Ana Ruiz?", ""},
		{"What did Ana Ruiz tell the nurses?", "Ana Ruiz"},
	} {
		qu := readQuestion(tc.q, nil, vocabFor("en"), lang.Default().Get("en"), nil, nil)
		if qu.speaker != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.q, qu.speaker, tc.speaker)
		}
	}
}
