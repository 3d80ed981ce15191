package qa

import "testing"

// TestExactCount: a question that asks exactly how many is not answered
// by a magnitude ("thousands of homes"), nor is any count by a measure
// written with its unit ("90mph"); a figure answers it, and a magnitude
// answers a question that does not ask for an exact one.
func TestExactCount(t *testing.T) {
	const storm = "Storm hits the coast\n\nThousands of homes lost power overnight as storm Ida brought gusts of up to 90mph to the coast of Norland.\n\n" +
		"Engineers worked through the night to restore supplies, the grid operator said.\n\n" +
		"Schools in the north of the country will stay shut on Monday.\n"
	runRuleCases(t, []ruleCase{
		{name: "a magnitude is no exact count", code: "en", text: storm, q: "Exactly how many homes lost power?"},
		{name: "a magnitude answers how many", code: "en", text: storm, q: "How many homes lost power?", quote: "Thousands of homes"},
		{name: "a figure is exact", code: "en",
			text: "Storm hits the coast\n\nAbout 4,200 homes lost power overnight as storm Ida brought gusts of up to 90mph to the coast of Norland.\n\n" +
				"Engineers worked through the night to restore supplies, the grid operator said.\n\n" +
				"Schools in the north of the country will stay shut on Monday.\n",
			q: "Exactly how many homes lost power?", quote: "4,200 homes"},
	})
}
