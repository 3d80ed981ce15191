package qa

import "testing"

// TestCountPeople: a "how many" question that counts people in general
// ("How many people…?") is answered by a count of them in another word
// of people ("eleven individuals"); and "did not give" alone says
// nothing is unknown ("did not give it any credence"), only "did not give
// details" does.
func TestCountPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "individuals for people", code: "en",
			text: "Ferry crash inquiry opens\n\nThe inquiry into the ferry crash at Pelham opened on Monday in the town hall.\n\n" +
				"Eleven individuals were hurt when the ferry struck the quay wall in thick fog last winter.\n\n" +
				"The ferry company said its captain had followed every rule of the harbour.\n",
			q: "How many people were hurt?", quote: "Eleven individuals",
		},
		{
			name: "did not give it any weight", code: "en",
			text: "Ferry crash inquiry opens\n\nThe inquiry into the ferry crash at Pelham opened on Monday in the town hall.\n\n" +
				"A trial is under way in Varna in which eleven individuals have been charged over the crash, though the inquiry did not give it any weight.\n\n" +
				"The ferry company said its captain had followed every rule of the harbour.\n",
			q: "How many people are on trial in Varna over the crash?", quote: "eleven individuals",
		},
	})
}
