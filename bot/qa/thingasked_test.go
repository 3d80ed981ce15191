package qa

import "testing"

// TestThingAsked: "What motive do detectives suspect?" asks for a motive: an
// article that never names one, nor a word of its group, does not say,
// however many of the question's other words a sentence holds; one that
// names it answers, and a word that asks for a statement ("What insult
// did she throw?") or a name ("What nickname…?") is not so held.
func TestThingAsked(t *testing.T) {
	const shooting = "Man charged in Harwick\n\nA Harwick man was charged with murder on Friday in the June 4 shooting of a shop owner on Mill Street.\n\n" +
		"Detectives said the suspect, 31, was arrested at a friend's flat two days later.\n\n" +
		"The shop owner's family said they wanted the street to be safer at night.\n"
	runRuleCases(t, []ruleCase{
		{name: "no motive named", code: "en", text: shooting, q: "What motive do detectives suspect?"},
		{name: "the motive named", code: "en",
			text: shooting + "\nDetectives suspect the motive was a row over unpaid rent.\n",
			q:    "What motive do detectives suspect?", quote: "unpaid rent"},
		{name: "a nickname asked", code: "en",
			text: "Boxer retires\n\nThe boxer Tom Reed, known as the Harwick Hammer, retired on Sunday after 40 fights.\n\n" +
				"Reed won the national title twice and lost only three times in his career.\n\n" +
				"He said he would open a gym in his home town next year.\n",
			q: "What nickname was Reed known by?", quote: "Harwick Hammer"},
	})
}
