package qa

import "testing"

// TestSubjectNoSpeaker: a question whose verb may ask for words ("report")
// but whose subject is no one who speaks ("the theft", not a noun of the
// lexicon's speakers or titles) asks about that thing: the answer need
// not name it ("the incident").
func TestSubjectNoSpeaker(t *testing.T) {
	const text = "Masks missing from clinic\n\nAbout 3,000 masks have gone missing from a storeroom at the Harwell clinic, staff said on Tuesday.\n\n" +
		"A porter noticed on Friday that several boxes were gone, and the clinic reported the incident to the police station on Monday.\n\n" +
		"The storeroom is normally locked at night, and only senior staff hold keys to it.\n"
	runRuleCases(t, []ruleCase{
		{name: "a thing", code: "en", text: text, q: "When was the theft reported to the police station?", quote: "reported the incident"},
	})
}
