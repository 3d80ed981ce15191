package qa

import "testing"

// TestCloseSentencesQuoted: a sentence that holds fewer of the question's
// words than the best, or is longer, but comes within half its score is
// quoted with it: it may hold the answer ("The moderators from Channel
// Four and Radio West …").
func TestCloseSentencesQuoted(t *testing.T) {
	runRuleCases(t, []ruleCase{{
		name: "a longer sentence close to the best", code: "en",
		text: "Debate in Harwick\n\n" +
			"The moderators opened the debate by asking Mayor Ana Ruiz about taxes.\n\n" +
			"The moderators from Channel Four and Radio West, who had prepared for three weeks with a team of researchers, pressed the five candidates on pensions and on the future of the harbour and its ferry line to Kelby island.\n\n" +
			"The audience of about 300 people cheered when the mayor spoke about the ferry line to Kelby.\n",
		q: "Who moderated the debate?", quote: "Channel Four",
	}})
}
