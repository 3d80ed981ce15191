package qa

import "testing"

// TestNewsVerbs: verbs that ask for what someone says ("describe",
// "blame") need not be in the answer, which says it with its own
// reporting verb; "stand for" and "achieve" are light, their object
// holds what is asked.
func TestNewsVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "describe", code: "en",
			text: "Boy waits for transplant\n\nA nine-year-old boy from Kelby has waited two years for a new kidney, doctors at Harwick General said.\n\n" +
				"\"Tomas gets tired after ten minutes of play, because his body cannot cope with anything more,\" said Mara Lind, his mother.\n\n" +
				"The hospital carried out 40 transplants last year.\n",
			q: "How does his mother describe his condition?", quote: "gets tired after ten minutes",
		},
		{
			name: "blame", code: "en",
			text: "Farewell to a fisherman\n\nThe fisherman Olaf Berg drowned off Corran point last week, the coastguard said.\n\n" +
				"In a tribute on Sunday, his family said the Corran Harbour Board had ignored years of warnings about the broken lighthouse.\n\n" +
				"The board said it would review its safety plans and meet the family.\n",
			q: "Who does the family blame?", quote: "Harbour Board had ignored",
		},
		{
			name: "stand for", code: "en",
			text: "New plan for river towns\n\nThe regional council adopted a flood plan on Monday.\n\n" +
				"The four-part plan 'DAMS' comprises Drainage, Alerts, Maps and Shelters for the towns along the river.\n\n" +
				"The council will spend the first funds in the spring.\n",
			q: "What does DAMS stand for?", quote: "comprises Drainage",
		},
		{
			name: "achieve", code: "en",
			text: "Cleanup at Varna harbour\n\nAbout three hundred volunteers spent the weekend cleaning the old harbour of Varna with boats and nets.\n\n" +
				"The cleanup removed four tonnes of plastic from the water and cleared two beaches.\n\n" +
				"A second cleanup is planned for May, when the cleanup crews return.\n",
			q: "What did the cleanup achieve?", quote: "four tonnes of plastic",
		},
	})
}

// TestNewsParaphrases: common news verbs said in other words: winning
// by defeating, hiding by stashing, voting by ballot; "last" frames
// what is asked as "latest" does ("the most recent of which").
func TestNewsParaphrases(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "win by defeating", code: "en",
			text: "Harbour town elects a mayor\n\nVoters in Kelby went to the polls on Sunday for the first time in six years.\n\n" +
				"The former teacher Ana Ruiz defeated the sitting mayor Tomas Lind by 300 votes in the mayoral election, the returning officer said.\n\n" +
				"Turnout was 61 percent, the highest in two decades.\n",
			q: "Who won the mayoral election?", quote: "defeated the sitting mayor",
		},
		{
			name: "hidden by stashing", code: "en",
			text: "Dealer jailed\n\nA man from Westford was jailed for four years on Friday for dealing cocaine in the town.\n\n" +
				"Police found that he had stashed the drugs in the boot of a car parked on Mill Lane, the court heard.\n\n" +
				"The judge said the dealing had caused great harm in the town.\n",
			q: "Where were the drugs hidden?", quote: "boot of a car",
		},
		{
			name: "voted by ballot", code: "en",
			text: "Turnout falls\n\nFewer people took part in the spring elections in Norland than four years ago, the election board said.\n\n" +
				"Corran was the only one of nine provinces with April primaries that went ahead with in-person voting; the others moved to mail.\n\n" +
				"The board will publish final figures next week.\n",
			q: "Did any other region vote in person in April?", quote: "in-person voting",
		},
		{
			name: "last as latest", code: "en",
			text: "Budget talks stall\n\nTalks on the city budget broke down again on Thursday.\n\n" +
				"The mayor wants a budget of at least $2 billion, and the council has made smaller offers, the most recent of which totaled about $900 million.\n\n" +
				"Both sides will meet again after the holiday.\n",
			q: "How big was the last offer?", quote: "$900 million",
		},
	})
}
