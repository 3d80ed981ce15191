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
		{
			name: "lost their jobs meets out of work", code: "en",
			text: "Factory closures\n\nThree factories in the Ostley valley closed this year, the regional council said.\n\n" +
				"About 4,200 people in the valley are now out of work, according to the council's figures.\n\n" +
				"The council plans a training scheme for former factory staff from January.\n",
			q: "How many people in the valley have lost their jobs?", quote: "4,200 people",
		},
		{
			name: "job losses meets unemployment", code: "en",
			text: "Factory closures\n\nThree factories in the Ostley valley closed this year, the regional council said.\n\n" +
				"Unemployment in the valley has doubled since the closures, according to the council's figures.\n\n" +
				"The council plans a training scheme for former factory staff from January.\n",
			q: "Have job losses in the valley grown since the closures?", quote: "Unemployment in the valley",
		},
	})
}

// TestOpposite: a yes/no question is answered by a sentence that says
// the opposite of its word; another question is not.
func TestOpposite(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "bigger answered by smaller", code: "en",
			text: "Stadium plans\n\nThe Dunmore club unveiled plans for a stadium on Tuesday.\n\n" +
				"The planned arena is much smaller than the old ground, which held 40,000 fans.\n\n" +
				"Building work should start next spring, the club's chairman told reporters at a meeting in the town hall.\n\n" +
				"Supporters will be asked for their views on the design in a survey this winter.\n",
			q: "Is the arena bigger than the old ground?", quote: "much smaller",
		},
		{
			name: "open answered by closed", code: "en",
			text: "Lockdown in Varna\n\nThe region of Varna entered a lockdown on Monday.\n\n" +
				"All markets in the region will be closed until the end of the month, the governor said.\n\n" +
				"Schools will move their lessons online for two weeks, and buses will run a reduced timetable.\n\n" +
				"Hospitals in the region have postponed routine operations since the end of October.\n",
			q: "Will the markets stay open?", quote: "markets in the region will be closed",
		},
		{
			name: "agree answered by declined", code: "en",
			text: "Visa dispute\n\nA family from Corran asked the Norland embassy last week to waive a visa fee of 900 euros.\n\n" +
				"The embassy declined the request on Friday, citing its rules for family visas.\n\n" +
				"The family has since written to the foreign ministry, their lawyer said on Saturday.\n",
			q: "Did the embassy agree to waive the fee?", quote: "declined the request",
		},
		{
			name: "approve answered by rejected", code: "en",
			text: "Harbour plan\n\nThe Easton port authority presented its harbour plan to the town in May.\n\n" +
				"Councillors rejected the dredging scheme by nine votes to four on Thursday evening.\n\n" +
				"The authority said it would study the vote before deciding on its next steps.\n",
			q: "Did the councillors approve the dredging scheme?", quote: "rejected the dredging scheme",
		},
		{
			name: "no opposite outside yes/no", code: "en",
			text: "Lockdown in Varna\n\nThe region of Varna entered a lockdown on Monday.\n\n" +
				"All markets in the region were closed on Monday, the governor said.\n\n" +
				"Schools will move their lessons online for two weeks, and buses will run a reduced timetable.\n\n" +
				"Hospitals in the region have postponed routine operations since the end of October.\n",
			q: "When did the markets open?",
		},
	})
}

// TestLightVerbs: a light verb of doing ("carried out", "conducted")
// is not required of the answer, whose sentence names the act by its
// noun alone ("according to a study by …").
func TestLightVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "carried out the study", code: "en",
			text: "River pollution\n\nNitrate levels in the river Aske have doubled since 2010.\n\n" +
				"Most of the nitrate comes from farms upstream, according to a study by hydrologists at Pellham University.\n\n" +
				"The regional water board said it would meet farmers' groups in the spring.\n",
			q: "Who carried out the study?", quote: "Pellham University",
		},
		{
			name: "conducted the survey", code: "en",
			text: "Commuters\n\nMost commuters in Dorrin drive to work, the city council said on Monday.\n\n" +
				"A survey by the transport firm Westline found that 62% of them would take a tram if one ran.\n\n" +
				"The council will decide on a tram line next year, the mayor said.\n",
			q: "Who conducted the survey?", quote: "Westline",
		},
	})
}
