package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestSplitPhrasalVerb: a question may put the object of a phrasal verb
// between the verb and its particle ("Who took the posters down?",
// "Has the firm laid people off?"): the two are still the phrase, whose
// group's other words an answer may use ("removed", "layoffs"), and the
// object a word of its own.
func TestSplitPhrasalVerb(t *testing.T) {
	v := vocabFor("en")
	lx := lang.Default().Get("en")
	for _, tc := range []struct{ q, phrase, object string }{
		{"Who took the posters down?", "removed", "posters"},
		{"Has the firm laid people off?", "layoffs", "people"},
	} {
		qu := readQuestion(tc.q, nil, v, lx, nil, map[string]bool{})
		if qu.terms[v.stem(tc.phrase)] == 0 || qu.terms[v.stem(tc.object)] == 0 {
			t.Errorf("%q: terms %v, want %q (the phrase's group) and %q", tc.q, qu.terms, v.stem(tc.phrase), v.stem(tc.object))
		}
	}
}
