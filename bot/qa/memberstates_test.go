package qa

import "testing"

// TestMemberStates: the member states of a union are its countries
// ("How many EU countries…?" "…nine EU member states…").
func TestMemberStates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "member states are countries", code: "en",
			text: "Fishing quota vote\n\nMinisters met in Brussels on Monday to vote on the new fishing quotas.\n\n" +
				"Diplomats said nine EU member states were against the motion, which needed a majority to pass.\n\n" +
				"The fishing industry said it would appeal against the quotas in court.\n",
			q: "How many EU countries are against the motion?", quote: "nine EU member states",
		},
	})
}
