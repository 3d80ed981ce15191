package qa

import "testing"

// TestYesNoOpposites: a yes/no question is answered by the contrary in
// the article's words: a tentative deal is not final yet, a majority
// verdict is not unanimous, a coma is no consciousness, and a denial
// answers whether someone admitted.
func TestYesNoOpposites(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "final meets tentative", code: "en",
			text: "Port strike ends\n\nDock workers in Harwick went back to work on Monday after a three-week strike.\n\n" +
				"The tentative agreement still needs a vote by the union's members next week.\n\n" +
				"The port authority said ships would be unloaded around the clock until the backlog was cleared.\n",
			q: "Is the agreement final?", quote: "tentative agreement",
		},
		{
			name: "unanimous meets majority", code: "en",
			text: "Builder convicted\n\nA builder was convicted on Friday over the collapse of a wall that killed a passer-by in Tarvel.\n\n" +
				"The jury found him guilty by a majority verdict after a two-week trial.\n\n" +
				"The judge will pass sentence next month, and the builder's lawyers said he would appeal.\n",
			q: "Was the jury unanimous?", quote: "majority verdict",
		},
		{
			name: "conscious meets coma", code: "en",
			text: "Climber rescued\n\nA climber who fell on the north face of Mount Brenn was flown to hospital on Saturday.\n\n" +
				"As of Sunday, Tom Reed was in an induced coma, the hospital said.\n\n" +
				"His climbing partner, who was not hurt, raised the alarm from a hut below the summit.\n",
			q: "Is Reed conscious?", quote: "induced coma",
		},
		{
			name: "admit meets deny", code: "en",
			text: "Council treasurer charged\n\nThe former treasurer of the Harwick council appeared in court on Monday over missing funds.\n\n" +
				"Ben Ortiz denied taking money from the harbour fund, his lawyer told the court.\n\n" +
				"The case was adjourned until March, and Ortiz was released on bail with conditions.\n",
			q: "Did Ortiz admit taking money from the harbour fund?", quote: "denied taking money",
		},
	})
}

// TestOtherOpposites: a question that is not a yes/no one is not
// answered by a sentence that holds the opposite of its word and not
// the word: exports are no imports, a sale is no purchase.
func TestOtherOpposites(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "exports are no imports", code: "en",
			text: "Island trade figures out\n\nThe statistics office of Norland published its yearly trade figures on Tuesday.\n\n" +
				"According to the office, Norland earned about 2 billion dollars from farm produce exports to Velia last year.\n\n" +
				"Farmers' groups said the figures showed the need for new cold stores at the port.\n",
			q: "How much farm produce did Norland import from Velia last year?",
		},
		{
			name: "the word itself answers", code: "en",
			text: "Island trade figures out\n\nThe statistics office of Norland published its yearly trade figures on Tuesday.\n\n" +
				"According to the office, Norland spent about 2 billion dollars on farm produce imports from Velia last year.\n\n" +
				"Farmers' groups said the figures showed the need for new cold stores at the port.\n",
			q: "How much farm produce did Norland import from Velia last year?", quote: "imports from Velia",
		},
		{
			name: "a sale is no purchase", code: "en",
			text: "Club sells ground\n\nHarwick Rovers have agreed the sale of their old ground to a housing developer.\n\n" +
				"The club sold the old ground to the developer in March, its chairman said.\n\n" +
				"Supporters' groups have asked the council to keep a pitch on the site for youth teams.\n",
			q: "When did the club buy the old ground from the developer?",
		},
	})
}
