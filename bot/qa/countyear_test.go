package qa

import "testing"

// TestCountYear: a year counts nothing that a "how many" question asks
// for ("…the plan for 2021-2026"), unless what is counted follows it
// closely ("2000 delegates").
func TestCountYear(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "years only", code: "en",
			text: "Party congress ends in Orvik\n\nThe congress, which the delegates attended in Orvik, approved the party's plan for 2021-2026 on Sunday.\n\n" +
				"A new leader will be chosen in the spring, the party said in a statement on its website.\n\n" +
				"Membership has fallen in the northern regions, where the party once held most seats.\n",
			q: "How many delegates attended the congress?"},
		{name: "a year's number before the counted", code: "en",
			text: "Party congress ends in Orvik\n\nThe congress in Orvik, which 2000 delegates attended, approved the party's plan on Sunday.\n\n" +
				"A new leader will be chosen in the spring, the party said in a statement on its website.\n\n" +
				"Membership has fallen in the northern regions, where the party once held most seats.\n",
			q: "How many delegates attended the congress?", quote: "2000 delegates"},
	})
}
