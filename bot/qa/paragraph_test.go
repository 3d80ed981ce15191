package qa

import "testing"

// TestParagraphLends: a sentence that goes on about what its paragraph
// named ("Their findings blamed…" after "Engineers from the county…")
// holds the question's words its paragraph holds, at half weight; not
// for a question asking for a number or a time, whose answer must tie
// its number to what is asked itself.
func TestParagraphLends(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "what the engineers blamed", code: "en",
			text: "Easton pier\n\nEngineers spent a week at Easton in April. Their visit was paid for by the county. Their findings pointed to rust in the steel frame of the old pier.\n\n" +
				"The port authority said it would rebuild the pier by 2026, at a cost still to be agreed with the fishermen.\n",
			q: "What did the county engineers find?", quote: "rust in the steel frame",
		},
		{
			name: "no number from the paragraph", code: "en",
			text: "Easton pier\n\nEngineers spent a week at Easton in April. Their visit was paid for by the county. They counted 40 workers at the site on the first day.\n\n" +
				"The port authority said it would rebuild the pier by 2026, at a cost still to be agreed with the fishermen.\n",
			q: "How many workers did the county engineers interview?",
		},
	})
}
