package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestFramingWords: words that frame what is asked ("overall",
// "instead", the "don" of "don't") are no words the answer must hold,
// and a verb's irregular or -ing forms meet its others ("come" and
// "came", "rising" and "increased").
func TestFramingWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "overall", code: "en",
			text: "Storm season ends\n\nThe storm season in Norland ended on Friday with a last gale on the coast.\n\n" +
				"More than 1,400 homes have been damaged so far, including 300 farms, according to the county office.\n\n" +
				"Insurers said claims would be paid before the spring.\n",
			q: "How many homes have been damaged overall?", quote: "1,400 homes",
		},
		{
			name: "came from", code: "en",
			text: "New bear at Corran park\n\nThe wildlife park in Corran has a new brown bear, its keepers said on Monday.\n\n" +
				"Tova came to the park in May from a rescue centre in Lapland, the keepers said.\n\n" +
				"Visitors can see her from the north terrace.\n",
			q: "Where did Tova come from?", quote: "rescue centre in Lapland",
		},
		{
			name: "rising meets increased", code: "en",
			text: "Burglaries in Tarvel\n\nThe Tarvel police published their figures for the first half of the year on Tuesday.\n\n" +
				"The number of burglaries in the first half of 2021 has increased from the first half of 2020 in every district.\n\n" +
				"The police chief asked residents to lock their sheds.\n",
			q: "Are burglaries still rising in 2021?", quote: "has increased",
		},
		{
			name: "don't", code: "en",
			text: "Pool rules in Corran\n\nThe Corran pool reopened on Monday with new rules for swimmers.\n\n" +
				"Swimmers must wear a cap in the main pool, the manager said.\n\n" +
				"Swimmers do not need a cap in the sauna, because the heat keeps hair dry, the manager said.\n",
			q: "Why don't swimmers need a cap in the sauna?", quote: "keeps hair dry",
		},
	})
}

// TestFramingTerms: the framing words are no terms of the question,
// and a verb's forms share one term.
func TestFramingTerms(t *testing.T) {
	v := vocabFor("en")
	lx := lang.Default().Get("en")
	for q, gone := range map[string]string{
		"How many homes have been damaged overall?":    "overal",
		"Why did they walk instead of taking the bus?": "instea",
		"When don't you need a ticket?":                "don",
	} {
		if qu := readQuestion(q, nil, v, lx, nil, nil); qu.terms[gone] > 0 {
			t.Errorf("%q: %q is a term (%v)", q, gone, qu.terms)
		}
	}
	for _, p := range [][2]string{{"come", "came"}, {"rising", "increased"}} {
		a := readQuestion("Is it "+p[0]+"?", nil, v, lx, nil, nil)
		b := readQuestion("Is it "+p[1]+"?", nil, v, lx, nil, nil)
		for t0 := range a.terms {
			if b.terms[t0] == 0 {
				t.Errorf("%s gives %v, %s %v", p[0], a.terms, p[1], b.terms)
			}
		}
	}
}
