package qa

import "testing"

// TestNewsWords: words news reports use for what a question asks in
// other words: a phrasal verb and its one-word equivalent ("looking
// into", "investigated"; "gone up", "increased"), near-synonyms
// ("operations", "surgeries"), a multiple ("threefold") as a number,
// framing words that carry no content ("current", "supposedly") and
// "stay" as a light verb.
func TestNewsWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "looking into meets investigated", code: "en",
			text: "Warehouse fire\n\nA fire destroyed a timber warehouse on the Delling estate on Sunday night.\n\n" +
				"The blaze is being investigated by the county fire marshal Ben Ortiz, the council said.\n\n" +
				"Nobody was hurt, and the road past the estate reopened on Monday after the firefighters left.\n",
			q: "Who is looking into the blaze?", quote: "Ben Ortiz",
		},
		{
			name: "operations meets surgeries", code: "en",
			text: "Cyclist recovers\n\nThe cyclist hit by a van on the ring road in May has left hospital.\n\n" +
				"The crash left Mara Quint needing four surgeries on her leg and hip, her club said.\n\n" +
				"The driver of the van will appear in court in June.\n",
			q: "How many operations did Quint need on her leg?", quote: "four surgeries",
		},
		{
			name: "gone up meets increased threefold", code: "en",
			text: "Noise complaints\n\nThe night bus depot on Arden Road opened last spring.\n\n" +
				"Since it opened, complaints about noise have increased threefold, the council said.\n\n" +
				"The operator said it would fit quieter engines to its buses before the end of the year.\n",
			q: "How much have noise complaints gone up?", quote: "increased threefold",
		},
		{
			name: "current meets currently", code: "en",
			text: "New harbour chief\n\nThe harbour board named Lena Voss as its new chief on Monday.\n\n" +
				"Voss is currently in the post of deputy director at the Tarvel port authority.\n\n" +
				"She will take up the post in March, when the outgoing chief retires after twelve years.\n",
			q: "What is Voss's current post?", quote: "deputy director",
		},
		{
			name: "supposedly frames", code: "en",
			text: "Coin hoard\n\nA dealer showed a hoard of silver coins to museum experts on Friday.\n\n" +
				"The dealer said the coins were discovered in a cave near Lorca.\n\n" +
				"The museum has not said whether it will buy them, and the police have asked the dealer for his papers.\n",
			q: "Where were they supposedly found?", quote: "near Lorca",
		},
		{
			name: "stay is light", code: "en",
			text: "Miners rescued\n\nRescuers reached four miners trapped in the Brenner pit on Thursday.\n\n" +
				"The miners were underground for nine days before the rescue team broke through.\n\n" +
				"All four were taken to hospital in Darlow, where doctors said they were in good health and would go home soon.\n",
			q: "How long did the miners stay?", quote: "nine days",
		},
	})
}

// TestNewsWords2: a jab or an insult is a statement (a sentence that
// reports one holds it), "based" and "located" ask no word of a "where"
// answer, "earlier" frames the time asked about, and backing is
// supporting.
func TestNewsWords2(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "a jab is a statement", code: "en",
			text: "Council row\n\nThe Harwick council met on Monday to vote on the harbour budget.\n\n" +
				"Councillor Ruth Amble called the mayor \"a captain without a ship\" and said the budget was a disaster for the port.\n\n" +
				"The council then passed the budget by nine votes to four, and the meeting closed at midnight.\n",
			q: "What was Amble's jab at the mayor about?", quote: "captain without a ship",
		},
		{
			name: "based is light", code: "en",
			text: "New campaign chief\n\nThe senator named Lena Voss to run her campaign on Monday.\n\n" +
				"Voss will run the campaign from an office in Tarvel, the senator's home town.\n\n" +
				"She managed two campaigns for the party's candidates in the past, both of them successful.\n",
			q: "Where will the campaign be based?", quote: "office in Tarvel",
		},
		{
			name: "earlier frames the time", code: "en",
			text: "Student missing\n\nPolice are searching for a student who was last seen on Saturday in Brenford.\n\n" +
				"Tom Reed had gone with friends to a birthday party at the Lark Inn that night.\n\n" +
				"His family said he left the inn alone at midnight and did not come home.\n",
			q: "Where had Reed been earlier that night?", quote: "Lark Inn",
		},
		{
			name: "backing meets supporting", code: "en",
			text: "Rail report\n\nA report on the Tarvel rail line was published on Monday by the commuters' union.\n\n" +
				"Lena Voss, the MP for Tarvel North, who is supporting the report, said the line needed new trains.\n\n" +
				"The rail company said it would study the report and answer within a month.\n",
			q: "Which politician is backing the report?", quote: "Lena Voss",
		},
	})
}

// TestNewsWords3: catching a disease is testing positive for it, and
// hopefuls and contenders are candidates (what a "how many" question
// counts).
func TestNewsWords3(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "caught meets tested positive", code: "en",
			text: "Mayor isolates\n\nThe mayor of Harwick will work from home for ten days, her office said on Tuesday.\n\n" +
				"Mayor Dana Whitlock tested positive for the virus on Monday after a council meeting.\n\n" +
				"Her deputy will chair the budget debate on Thursday in her place, and the vote will go ahead as planned.\n",
			q: "Has Whitlock caught the virus?", quote: "tested positive",
		},
		{
			name: "hopefuls are candidates", code: "en",
			text: "Debate in Varna\n\nThe party held its third primary debate on Tuesday night in Varna.\n\n" +
				"Six hopefuls took to the stage, one fewer than last time, after the mayor of Tarvel dropped out.\n\n" +
				"The next debate will be held in Corran in January, the party said on Wednesday.\n",
			q: "How many candidates were on stage in Varna?", quote: "Six hopefuls",
		},
	})
}

// TestContractNotCaught: "contracted" is left out of the group of
// "caught": its stem is the noun "contract" ("the union contract").
func TestContractNotCaught(t *testing.T) {
	v := vocabFor("en")
	if v.stem("contract") == v.stem("caught") {
		t.Errorf("contract stems with caught (%q)", v.stem("caught"))
	}
	if v.stem("infected") != v.stem("caught") {
		t.Errorf("infected %q, caught %q: want one group", v.stem("infected"), v.stem("caught"))
	}
}

// TestNewsWords4: a takedown is a removal, as a demolition is;
// fleeing home is being displaced; skipping is snubbing.
func TestNewsWords4(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "demolished meets removal", code: "en",
			text: "Flood plan\n\nThe county published its flood plan for the old town of Harwick on Monday.\n\n" +
				"The plan calls for the complete removal of three buildings at the lower end of Mill Street.\n\n" +
				"Residents can comment on the plan at a public meeting in the town hall next month, the county said.\n",
			q: "How many buildings on Mill Street will be demolished?", quote: "removal of three buildings",
		},
		{
			name: "flee meets displaced", code: "en",
			text: "Fighting in the north\n\nFighting between the army and rebels spread to the northern province on Sunday.\n\n" +
				"Some 40,000 people have been displaced since March, the aid agency said.\n\n" +
				"The agency asked both sides to let its trucks through to the camps near the border before the winter.\n",
			q: "How many people have had to flee their homes?", quote: "40,000 people",
		},
		{
			name: "skip meets snubbed", code: "en",
			text: "Debate night\n\nFive candidates met in Varna on Tuesday for the party's third debate.\n\n" +
				"The front-runner, Ada Brink, snubbed the debate, saying her lead in the polls was too large to need it.\n\n" +
				"The other candidates spent much of the night attacking her record as governor of the northern province.\n",
			q: "Why did Brink skip the debate?", quote: "lead in the polls",
		},
	})
}

// TestNewsWords5: what the police found they seized; automakers are
// carmakers; a raise in wages is a pay rise.
func TestNewsWords5(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "seized meets found", code: "en",
			text: "Dealer jailed\n\nA drug dealer from Harwick was jailed for six years at the crown court on Friday.\n\n" +
				"Officers also found £12,000 cash in his flat and car, the prosecutor said.\n\n" +
				"The judge said the dealer had run the trade from his mother's home for two years before his arrest.\n",
			q: "How much cash was seized?", quote: "£12,000 cash",
		},
		{
			name: "carmakers meets automakers", code: "en",
			text: "Strike talks\n\nThe union reached a tentative deal with Norcar on Sunday after five weeks of strikes.\n\n" +
				"Harwick is home to three automakers, and all of them were hit by the strike.\n\n" +
				"Talks between the union and the last company on strike will resume on Tuesday in Brenford, both sides said.\n",
			q: "How many carmakers are there in Harwick?", quote: "three automakers",
		},
		{
			name: "pay rise meets raise in wages", code: "en",
			text: "Dock deal\n\nThe dock workers' union signed a new contract with the port of Harwick on Monday.\n\n" +
				"The contract includes an 18% raise in base wages over four years.\n\n" +
				"The union said its members would vote on the contract at a meeting in the town hall next week.\n",
			q: "What pay rise do the dock workers get?", quote: "18% raise",
		},
	})
}

// TestParents: father, mother, dad and mum are parents (a kin group
// with its converse of the other sex).
func TestParents(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "parents meets mother and father", code: "en",
			text: "New envoy\n\nThe government named Lena Voss as its envoy to the United Nations on Monday.\n\n" +
				"Her mother, a doctor from Tarvel, and her father, a teacher from Corran, met as students in Brenford.\n\n" +
				"Voss has worked for the foreign ministry for twenty years and speaks five languages, her office said.\n",
			q: "Where are Voss's parents from?", quote: "doctor from Tarvel",
		},
	})
}

// TestLayoffs: letting staff go is shedding jobs or laying people off,
// and jobs count the staff.
func TestLayoffs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "let go meets shed jobs", code: "en",
			text: "Publisher posts loss\n\nThe Harwick publishing group reported a net loss for the year on Tuesday.\n\n" +
				"The group had in May shed about 60 jobs, or 4 per cent of its headcount, to cut costs.\n\n" +
				"Its chief executive said the new digital edition would bring readers back within two years.\n",
			q: "How many staff did the group let go?", quote: "shed about 60 jobs",
		},
	})
}

// TestChangeOfHeart: a change of heart is an about-face or a U-turn.
func TestChangeOfHeart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "change of heart meets about-face", code: "en",
			text: "Depot vote\n\nThe mayor of Harwick said on Monday she now backs the new bus depot she had opposed for a year.\n\n" +
				"Councillor Ruth Amble called the mayor's about-face \"a betrayal of the eastern district\".\n\n" +
				"The council will vote on the depot in June, and residents plan a protest outside the town hall.\n",
			q: "What did Amble say about the mayor's change of heart?", quote: "betrayal",
		},
	})
}

// TestRelatedIsLight: "related" asks for a kinship the article names in
// its own words ("the granddaughter of"): it is light.
func TestRelatedIsLight(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "related meets granddaughter", code: "en",
			text: "New harbour chief\n\nThe harbour board named Lena Voss as its new chief on Monday.\n\n" +
				"The 45-year-old Voss is the granddaughter of the union leader Ada Brink, who ran the docks strike of 1962.\n\n" +
				"She will take up the post in March, when the outgoing chief retires after twelve years.\n",
			q: "Is Voss related to Ada Brink?", quote: "granddaughter",
		},
	})
}
