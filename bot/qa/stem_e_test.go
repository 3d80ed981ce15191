package qa

import "testing"

// TestFinalE: a word's final e goes when five letters remain, so the
// base form meets the forms in -ed and -es ("damage", "damaged",
// "damages"); a shorter word keeps it ("plane" is no "plan").
func TestFinalE(t *testing.T) {
	v := vocabFor("en")
	for _, p := range [][2]string{{"damage", "damaged"}, {"debate", "debated"}, {"damage", "damages"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a != b {
			t.Errorf("%s stems to %q, %s to %q", p[0], a, p[1], b)
		}
	}
	if a, b := v.stem("plane"), v.stem("plan"); a == b {
		t.Errorf("plane and plan both stem to %q", a)
	}
	if _, err := parseVocab("xx", "[words]\nsuffixes = e>x\n"); err == nil {
		t.Error("a bad least length parsed")
	}
	runRuleCases(t, []ruleCase{
		{
			name: "damage meets damaged", code: "en",
			text: "Flood in Corran\n\nThe river Aske burst its banks on Sunday after three days of rain, and the town centre was flooded.\n\n" +
				"The water damaged the old library and two schools on Mill Street, the fire service said.\n\n" +
				"Residents of the lower town spent the night in a sports hall.\n",
			q: "Which buildings did the flood water damage?", quote: "old library",
		},
	})
}
