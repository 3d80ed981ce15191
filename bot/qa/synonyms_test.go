package qa

import "testing"

// TestSynonymGroups: words an article uses for what a question asks
// ("custody" for an arrest, "established" for started, "enterprise" for
// a business, "step down" for resign, "endorsement" for endorsed) meet
// it.
func TestSynonymGroups(t *testing.T) {
	v := vocabFor("en")
	for _, p := range [][2]string{{"arrested", "custody"}, {"start", "established"}, {"business", "enterprise"}, {"company", "firm"}, {"resign", "resignation"}, {"endorsed", "endorsement"}, {"chief", "head"}, {"appeared", "published"}, {"allies", "associates"}, {"worries", "concern"}, {"funded", "donations"}, {"offering", "invitation"}, {"agreed", "consent"}} {
		if a, b := v.stem(p[0]), v.stem(p[1]); a != b {
			t.Errorf("%s stems to %q, %s to %q", p[0], a, p[1], b)
		}
	}
	if term, n := v.phraseTerm(splitWords("stepped down"), 0); n != 2 || term != v.stem("resign") {
		t.Errorf("stepped down is %q (%d words), resign %q", term, n, v.stem("resign"))
	}
	runRuleCases(t, []ruleCase{
		{
			name: "taken into custody", code: "en",
			text: "Arrest in Tarvel\n\nA man suspected of setting fire to a barn in Tarvel was taken into custody at a friend's flat on Friday, police said.\n\n" +
				"The barn burned down on Tuesday night, and two horses were rescued.\n\n" +
				"The owner of the barn thanked the fire brigade.\n",
			q: "When was the man arrested?", quote: "into custody",
		},
		{
			name: "called on him to step down", code: "en",
			text: "Club chairman under fire\n\nThe Corran Rovers supporters' trust met on Monday night.\n\n" +
				"Two trust members called on the chairman Alan Voss to step down over the sale of the training ground.\n\n" +
				"The club said the sale was needed to pay its debts.\n",
			q: "Who did the trust members say should resign?", quote: "Alan Voss",
		},
		{
			// "chief" and "head" name one post: "the head of the
			// Harbour Board" is its chief.
			name: "head for chief", code: "en",
			text: "Harbour fees to rise\n\nBoat owners in Pelham will pay more to moor from June.\n\n" +
				"The head of the Harbour Board has warned that the old quay wall needs urgent repair.\n\n" +
				"Fishermen said the fees were already too high for the small boats that work the bay in winter.\n",
			q: "What did the harbour chief say about the quay wall?", quote: "urgent repair",
		},
		{
			// A piece of writing appears where it is published.
			name: "published for appeared", code: "en",
			text: "Poets of the lockdown\n\nA new book gathers fifty poems written in the first months of the lockdown.\n\n" +
				"Ana Ruiz's poem \"Closed Doors\" was published last month in the Harbour Review, and has been shared widely online.\n\n" +
				"The editor said she chose the poems for their plain speech and their humour.\n",
			q: "Where did Ruiz's poem first appear?", quote: "Harbour Review",
		},
		{
			// A politician's allies are their associates.
			name: "associates for allies", code: "en",
			text: "Mayor taken ill\n\nThe mayor of Harwell, Tom Greer, was flown to a clinic in the capital on Thursday after he fell ill on a train.\n\n" +
				"Associates of Greer alleged he ate a sandwich laced with a sleeping drug.\n\n" +
				"The clinic said his condition was stable and that he was awake.\n",
			q: "How do his allies think he was drugged?", quote: "laced with a sleeping drug",
		},
		{
			// A worry is a concern, and a fear.
			name: "concern for worries", code: "en",
			text: "Harbour plan divides Pelham\n\nThe council will vote next week on a plan to build a ferry terminal on the old quay.\n\n" +
				"Fishermen have voiced concern that the terminal would take their moorings and drive up fees.\n\n" +
				"The council said the terminal would bring two hundred jobs to the town.\n",
			q: "What worries the fishermen about the terminal?", quote: "take their moorings",
		},
		{
			// Donations fund what they are given to.
			name: "donations for funded", code: "en",
			text: "Shelter gets new kennels\n\nThe Pelham dog shelter opened six new kennels on Saturday.\n\n" +
				"\"We are run by volunteers and we live solely on donations,\" said Ana Ruiz, who manages the shelter.\n\n" +
				"The kennels were built by pupils of the town's trade school over the winter.\n",
			q: "How is the shelter funded?", quote: "solely on donations",
		},
		{
			// An invitation is an offer.
			name: "invitation for offering", code: "en",
			text: "Ferry late again\n\nThe morning ferry from Pelham reached Varna two hours late on Sunday, and a school choir missed its concert.\n\n" +
				"The ferry company said it was sorry and will send an invitation to the choir to sing on its new boat in June.\n\n" +
				"Parents said the delays had gone on for months.\n",
			q: "What is the ferry company offering the choir?", quote: "sing on its new boat",
		},
		{
			// To consent is to agree.
			name: "consent for agreed", code: "en",
			text: "School trip to the islands\n\nThe Pelham primary school will take its oldest pupils to the Varna islands in May.\n\n" +
				"The head teacher said consent forms went out to parents last week, and already 48 of them have given their consent.\n\n" +
				"The trip will cost each family about forty pounds.\n",
			q: "How many parents have agreed to the trip?", quote: "48 of them",
		},
	})
}

// TestAttackStrike: "strike" and "attack" are one act: "Will they strike
// the depot again?" is answered by "we will attack it again".
func TestAttackStrike(t *testing.T) {
	v := vocabFor("en")
	if a, b := v.stem("strike"), v.stem("attacked"); a != b {
		t.Errorf("strike stems to %q, attacked to %q", a, b)
	}
	runRuleCases(t, []ruleCase{
		{
			name: "attack for strike", code: "en",
			text: "Raid on Corran depot\n\nThe Norland air force bombed a fuel depot near Corran on Tuesday night.\n\n" +
				"The Corran fire service said the depot burned until morning.\n\n" +
				"“If the depot is used again, we will attack it again,” a Norland general said.\n",
			q: "Will Norland strike the depot again?", quote: "attack it again",
		},
	})
}
