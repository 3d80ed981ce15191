package qa

import "testing"

// TestShortPlural: the -s of a plural or of a verb's third person may
// leave a root of three letters, as -ed and -ing do: "guns" meets
// "gun", "cuts" "cut", "says" "say"; a word that only looks so
// inflected keeps its letters ("news" is no "new", "less" no "les").
func TestShortPlural(t *testing.T) {
	v := vocabFor("en")
	for _, p := range [][2]string{{"gun", "guns"}, {"cut", "cuts"}, {"say", "says"}, {"law", "laws"}, {"die", "dies"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a != b {
			t.Errorf("%s stems to %q, %s to %q", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"new", "news"}, {"les", "less"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a == b {
			t.Errorf("%s and %s both stem to %q", p[0], p[1], a)
		}
	}
	runRuleCases(t, []ruleCase{
		{
			name: "plural meets singular", code: "en",
			text: "Budget vote in Harwick\n\nThe Harwick council voted on its budget for next year on Monday night.\n\n" +
				"The council will cut funding for the two swimming pools by a third, its leader said.\n\n" +
				"The council also agreed to keep the bus to the hospital running.\n\n" +
				"A group of parents protested outside the town hall during the vote.\n",
			q: "What cuts will hit the pools?", quote: "swimming pools by a third",
		},
	})
}
