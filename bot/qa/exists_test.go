package qa

import "testing"

// TestExists: a question asking whether there is such a thing ("Is there
// a fine…?") is answered only by a sentence that names it (or a word of
// its group, "penalty"), not by one that holds the rest of its words.
func TestExists(t *testing.T) {
	const base = "Oldby extends mask rule\n\nThe town of Oldby passed an ordinance on Wednesday that keeps face masks compulsory in shops until the spring.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "no fine named", code: "en",
			text: base + "Shops have been asked to refuse service to anyone not wearing a mask in Oldby.\n\n" +
				"The council will review the rule in March, the mayor said.\n",
			q: "Is there a fine for not wearing a mask in Oldby?"},
		{name: "a word of its group", code: "en",
			text: base + "Anyone not wearing a mask in an Oldby shop faces a penalty of 100 euros.\n\n" +
				"The council will review the rule in March, the mayor said.\n",
			q: "Is there a fine for not wearing a mask in Oldby?", quote: "penalty"},
	})
}
