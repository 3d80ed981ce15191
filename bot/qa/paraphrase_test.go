package qa

import "testing"

// TestParaphrase: the words of an alike group (a phrasal verb and its
// one-word equivalents) match each other, but a question's verb in one
// is no relation the answer must hold.
func TestParaphrase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "pushed back meets postponed", code: "en",
			text: "Council vote\n\nThe Harwick council met on Monday to discuss the new bus depot.\n\n" +
				"The vote on the depot was postponed until June because the auditors had not finished their report.\n\n" +
				"Residents of the eastern district have campaigned against the depot for two years.\n",
			q: "Why was the depot vote pushed back?", quote: "postponed until June",
		},
		{
			name: "put off meets delayed", code: "en",
			text: "Bridge works\n\nWork on the Tolley bridge began in March, the county said.\n\n" +
				"The county delayed the reopening of the bridge to September after cracks were found in a pier.\n\n" +
				"Drivers have used a detour through Brenford since the spring.\n",
			q: "Why did the county put off the reopening?", quote: "cracks were found",
		},
		{
			name: "an alike verb is no relation", code: "en",
			text: "Harwick council\n\nThe Harwick council met on Monday to discuss the new bus station.\n\n" +
				"The depot vote was moved to June because the auditors had not finished their report.\n\n" +
				"Residents of the eastern district have campaigned against the plan for two years.\n",
			q: "Why was the depot vote postponed?", quote: "moved to June",
		},
	})
}
