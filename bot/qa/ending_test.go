package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestEnglishEndings: an English word meets its other forms across a y
// written i before a suffix ("carried", "carry") and a superlative
// ("warmest", "warm"); a word's own doubled letter before "ied" is kept
// ("carried" is no "car").
func TestEnglishEndings(t *testing.T) {
	v := vocabFor("en")
	for _, p := range [][2]string{
		{"warmest", "warm"}, {"biggest", "big"}, {"strongest", "strong"}, {"highest", "high"},
		{"carried", "carry"}, {"studies", "study"}, {"studied", "studying"}, {"parties", "party"},
		{"suggested", "suggests"}, {"interest", "interests"},
	} {
		if a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1])); a != b {
			t.Errorf("%q → %q, %q → %q", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"carried", "cars"}, {"parties", "parts"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a == b {
			t.Errorf("%q and %q both → %q", p[0], p[1], a)
		}
	}
	runRuleCases(t, []ruleCase{{
		name: "a superlative answers how warm", code: "en",
		text: "Record heat in Harwick\n\nThe summer of 2031 was the warmest on record in Harwick, with a mean of 21.3 degrees.\n\n" +
			"Farmers asked the regional government for help with irrigation and for a fund to cover lost harvests.\n\n" +
			"The council said it would plant trees along the coast road before the winter.\n",
		q: "How warm was the summer of 2031 in Harwick?", quote: "the warmest on record",
	}})
}
