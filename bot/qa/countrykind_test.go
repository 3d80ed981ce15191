package qa

import "testing"

// TestCountryKind: "Which countries…?" asks for countries' names, which
// the lexicon knows: a sentence that holds the noun and another name
// near it ("21 of 131 countries … under the Oslo Accord") names none,
// and one that names a country by its name, one of several words or its
// demonym answers.
func TestCountryKind(t *testing.T) {
	const pact = "Fishing pact\n\nOnly 21 of 131 countries have signed the fishing pact agreed under the Oslo Accord, the Fisheries Institute said in a report on Tuesday.\n\n" +
		"Talks on quotas will resume in the spring.\n\n" +
		"Fishermen's groups have asked for the rules on nets to be eased.\n"
	runRuleCases(t, []ruleCase{
		{name: "no country named", code: "en", text: pact, q: "Which countries have signed the fishing pact?"},
		{name: "a country named", code: "en",
			text: pact + "\nChile and Peru signed the fishing pact last year, the institute said.\n",
			q:    "Which countries have signed the fishing pact?", quote: "Chile and Peru"},
		{name: "a country of several words", code: "en",
			text: pact + "\nNew Zealand signed the fishing pact last year, the institute said.\n",
			q:    "Which countries have signed the fishing pact?", quote: "New Zealand"},
		{name: "a demonym", code: "en",
			text: pact + "\nThe Peruvian government signed the fishing pact last year, the institute said.\n",
			q:    "Which country has signed the fishing pact?", quote: "Peruvian"},
	})
}
