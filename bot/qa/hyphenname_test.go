package qa

import "testing"

// TestHyphenAdjective: a name joined by a hyphen to a word in lower case
// before it ("pan-European", "anti-Corran") is part of an adjective and
// names no one a "who" question asks for; a name is still an answer.
func TestHyphenAdjective(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "pan-European panel", code: "en",
			text: "Young inventors honoured\n\nTwelve young inventors received awards in Tarvel on Friday for projects on clean water.\n\n" +
				"A pan-European judging panel chose the twelve from more than 400 entries.\n\n" +
				"Each winner receives a grant of 2,000 euros for their project.\n",
			q: "Who sat on the judging panel?",
		},
		{
			name: "named panel", code: "en",
			text: "Young inventors honoured\n\nTwelve young inventors received awards in Tarvel on Friday for projects on clean water.\n\n" +
				"A judging panel led by the engineer Ada Brink chose the twelve from more than 400 entries.\n\n" +
				"Each winner receives a grant of 2,000 euros for their project.\n",
			q: "Who led the judging panel?", quote: "Ada Brink",
		},
	})
}
