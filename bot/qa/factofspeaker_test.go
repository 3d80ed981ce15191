package qa

import "testing"

// TestFactOfSpeaker: a time, a number or a place asked of someone's act
// of speech ("When did the inquiry ask for the emails?") is answered by
// any sentence that tells it, not only by their own words; what they said
// is still only theirs.
func TestFactOfSpeaker(t *testing.T) {
	const text = "Flood inquiry and the emails\n\nThe Harwell flood inquiry has asked ministers to hand over the emails they sent during the flood last winter.\n\n" +
		"A timeline published by the ministry on Wednesday shows the emails were first asked for in February.\n\n" +
		"Opposition members said the delay was a scandal and called for the minister to resign.\n"
	runRuleCases(t, []ruleCase{
		{name: "when", code: "en", text: text, q: "When did the Harwell inquiry first ask for the emails?", quote: "in February"},
		{name: "what they said", code: "en", text: text, q: "What did the Harwell inquiry say about the delay?"},
	})
}
