package qa

import "testing"

// TestDecade: a decade ("by the 2030s") tells when, as a year does.
func TestDecade(t *testing.T) {
	const scope = "Telescope starts full operations\n\nThe new radio telescope in the hills of Norland began full operations on Monday after five years of tests, its operators said.\n\n" +
		"Astronomers hope it will find faint signals from distant galaxies that older dishes cannot detect.\n\n" +
		"By the 2030s, the telescope should have gathered enough data to study single sources of gravitational waves, the team said.\n"
	runRuleCases(t, []ruleCase{
		{name: "a decade", code: "en", text: scope, q: "By when should the telescope be able to study single sources of gravitational waves?", quote: "2030s"},
	})
}
