package qa

import "testing"

// TestDoneVerb: a question about something done is answered by a
// sentence that holds its verb in the past with no auxiliary before it,
// whatever a "will" of a relative clause says of the rest ("approved a
// levy … that will pay for…"); "will be approved" still tells a future.
func TestDoneVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "past verb beside a future clause", code: "en",
			text: "Levy passes in Marlow\n\nMarlow voters approved a harbour levy on Tuesday that will pay for a new sea wall along the old quay.\n\n" +
				"Turnout was low, the county clerk said.\n\n" +
				"Work on the wall could start in the spring.\n",
			q: "What did Marlow voters approve?", quote: "harbour levy",
		},
		{
			name: "will be approved", code: "en",
			text: "Levy vote in Marlow\n\nA harbour levy that will pay for a new sea wall will be approved by the Marlow council next week.\n\n" +
				"Turnout at the public meeting was low, the county clerk said.\n\n" +
				"Work on the wall could start in the spring.\n",
			q: "What did the Marlow council approve?",
		},
		{
			// An irregular past ("sold") tells the past as "approved"
			// does.
			name: "irregular past beside a future", code: "en",
			text: "Museum buys a Vermeer copy\n\nThe Marlow museum will show a copy of a Vermeer painting from May.\n\n" +
				"A gift from a local bank will cover part of the price of the copy, which set a record when a London dealer sold it for 2 million pounds last year.\n\n" +
				"The museum said visitors would pay no extra fee.\n",
			q: "What did the copy sell for?", quote: "2 million pounds",
		},
	})
}
