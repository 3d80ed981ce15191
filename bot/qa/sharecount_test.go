package qa

import "testing"

// TestShareCount: a question that counts things ("How many COVID-19
// deaths…", which counts deaths: the number of a name is none of its
// words) is not answered by a share ("8.5 percent of samples") nor by the
// number of a name's variant ("KP.2"); a count of the things is.
func TestShareCount(t *testing.T) {
	const wave = "Flu wave slows\n\nCases of COVID-19 are rising in the north because of the variant KP.2, and while deaths have fallen across Norland, there are still more than 620 thousand new cases each week.\n\n" +
		"The variant KP.2 has been found in 8.5 percent of samples taken in Norland, the health office said.\n\n" +
		"Hospitals have asked people to wear masks on trains and buses again.\n"
	runRuleCases(t, []ruleCase{
		{name: "a share counts nothing", code: "en", text: wave, q: "How many COVID-19 deaths were reported in Norland last week?"},
		{name: "a count of the things", code: "en",
			text: wave + "\nLast week 312 deaths from COVID-19 were reported in Norland, the office said.\n",
			q:    "How many COVID-19 deaths were reported in Norland last week?", quote: "312 deaths"},
	})
}
