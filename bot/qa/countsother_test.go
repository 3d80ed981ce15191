package qa

import "testing"

// TestCountsOther: a "how many" question is not answered by a sentence
// that names what it counts but whose numbers each count something else
// ("hundreds of buyers" counts no dogs); a number with what is counted
// within a few words after it does, and so does a count of places asked
// with a preposition ("At how many schools…?"), which the article may
// name in other words ("at more than 12 sites").
func TestCountsOther(t *testing.T) {
	const farm = "Dog farm shut down\n\nThree men were charged with running the farm near Oldby, which sold mostly young dogs to hundreds of buyers across the region, police said.\n\n" +
		"The farm had no licence, the council said.\n\n" +
		"Neighbours had complained about the noise for years.\n"
	runRuleCases(t, []ruleCase{
		{name: "numbers of other things", code: "en", text: farm, q: "How many dogs were sold by the farm?"},
		{name: "number of the thing counted", code: "en",
			text: farm + "\nInspectors found 40 young dogs in two sheds at the farm on Tuesday.\n",
			q:    "How many dogs were found at the farm?", quote: "40 young dogs"},
		{name: "other things past a word of vague", code: "en",
			text: "Trade pact signed\n\nAfter Norland and 11 other nations signed the trade pact in May, the president now needs to win over enough lawmakers in the assembly to ratify it.\n\n" +
				"Farmers' groups have asked for changes to the rules on imports of grain.\n",
			q: "How many lawmakers support the trade pact?"},
		{name: "places in other words", code: "en",
			text: "Outbreak in Oldby schools\n\nThe return to schools has so far led to reports of infections at more than 12 sites, with whole classes sent home at Oldby and Fenwick schools.\n\n" +
				"Parents have asked for more testing, the council said.\n",
			q: "At how many schools have infections been reported?", quote: "12 sites"},
	})
}
