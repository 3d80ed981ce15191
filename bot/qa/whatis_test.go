package qa

import "testing"

// TestWhatIs: "What is X?" asks what X is, and the article says it where
// it first names X ("…a cordial called Marsh Gold: a sweet, smoky…");
// later sentences that hold the name, shorter ones, rank as high but go
// on about it.
func TestWhatIs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "first naming", code: "en",
			text: "Harbour distiller\n\nTom Reed has made gin on the Pelham quay for ten years.\n\n" +
				"His newest bottle is a cordial called Marsh Gold: a sweet, smoky, herb-laden liqueur he makes with the baker Ana Ruiz from her garden's fennel and honey.\n\n" +
				"Reed sells about forty cases of gin a month to bars along the coast.\n\n" +
				"You can find Marsh Gold at the Anchor bar.\n\n" +
				"Marsh Gold sold out in a week.\n",
			q: "What is Marsh Gold?", quote: "herb-laden liqueur",
		},
	})
}
