package qa

import "testing"

// TestDegree: "How big…?", "How strong…?" ask for a quantity on the
// scale the word after "how" names; the answer gives the quantity and
// seldom the word, but scores for it when it holds it ("success rate").
func TestDegree(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "how big is the fine", code: "en",
			text: "Regulator fines streaming firm\n\nThe Danish data regulator fined the streaming firm Lumora in March for tracking viewers without consent.\n\n" +
				"The fine grows by a fixed sum every day, and it now stands at over $4 million.\n\n" +
				"Lumora said it would appeal the decision in court.\n",
			q: "How big is the fine against Lumora?", quote: "$4 million",
		},
		{
			// A degree asks for a quantity: a sentence with none is no
			// answer.
			name: "no quantity", code: "en",
			text: "Regulator fines streaming firm\n\nThe Danish data regulator fined the streaming firm Lumora in March for tracking viewers without consent.\n\n" +
				"The fine grows every day, and it is now the largest the regulator has imposed.\n\n" +
				"Lumora said it would appeal the decision in court.\n",
			q: "How big is the fine against Lumora?",
		},
	})
}

// TestHowCome: "How come…?" asks why, not for a degree of "come".
func TestHowCome(t *testing.T) {
	qu := readQuestion("How come the ferry did not sail?", nil, vocabFor("en"), nil, nil, nil)
	if qu.kind != "why" {
		t.Errorf("kind %q, want why", qu.kind)
	}
}
