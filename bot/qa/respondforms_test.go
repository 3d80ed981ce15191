package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestRespondForms: every form of a verb that asks for a party's words
// (reacting, answering, thinking, saying) asks for them, the plural and
// the other tenses as the forms first listed: "Como reagiram os
// moradores…?" as "Como reagiu o prefeito…?".
func TestRespondForms(t *testing.T) {
	for _, tc := range []struct{ code, q string }{
		{"pt", "Como reagiram os moradores ao plano do prefeito?"},
		{"pt", "O que pensam os moradores do plano do prefeito?"},
		{"pt", "Como os moradores responderam ao plano do prefeito?"},
		{"fr", "Comment les habitants réagissent-ils au projet du maire ?"},
		{"fr", "Que pensent les habitants du projet du maire ?"},
		{"fr", "Qu'ont répondu les habitants, et que diront-ils au maire ?"},
		{"de", "Wie reagierten die Anwohner auf den Plan des Bürgermeisters?"},
		{"de", "Wie antworteten die Anwohner auf den Plan des Bürgermeisters?"},
		{"de", "Was meinen die Anwohner zum Plan des Bürgermeisters?"},
	} {
		v := vocabFor(tc.code)
		if qu := readQuestion(tc.q, nil, v, lang.Default().Get(tc.code), nil, nil); !qu.asksStatement {
			t.Errorf("%s %q: asks for no statement (terms %v)", tc.code, tc.q, qu.terms)
		}
	}
}
