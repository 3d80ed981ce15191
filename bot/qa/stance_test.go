package qa

import "testing"

// TestStanceNoun: a noun of a party's position right after its
// possessive ("Reed's position on…") asks for the party's words, as
// "What does Reed think of…?" does: the noun is no word the answer
// holds.
func TestStanceNoun(t *testing.T) {
	const text = "Senate race debate\n\nThe two candidates for the Senate seat met in Dunmore on Tuesday night for their only debate.\n\n" +
		"Tom Reed said the dam had to be stopped before it ruined the valley.\n\n" +
		"Ana Ruiz spoke about the rising cost of housing in the city.\n"
	runRuleCases(t, []ruleCase{
		{name: "position after a possessive", code: "en", text: text,
			q: "What is Reed's position on the dam?", quote: "dam had to be stopped"},
		{name: "position with no possessive is a word asked", code: "en", text: text,
			q: "What position did Reed play on the team?"},
	})
}
