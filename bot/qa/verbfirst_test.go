package qa

import "testing"

// TestVerbFirst: German asks yes or no by putting its verb first, with
// no word that asks ("Bleibt Holm Trainer…?"): the question is a yes/no
// one, and the verb that opens it is the act asked about, which the
// answer must hold ("Holm hat die Mannschaft trainiert" does not say he
// stays); an auxiliary that opens it ("Hat…") names no act. A question
// that opens with a word that asks, after a preposition ("In welcher
// Stadt…?"), asks what it asks.
func TestVerbFirst(t *testing.T) {
	text := "Nordheim sucht einen neuen Torwart\n\nDer Trainer Lars Holm hat die Mannschaft des SC Nordheim drei Jahre lang trainiert.\n\n" +
		"Der Verein aus Nordheim spielt seit dem Sommer in der zweiten Liga. Die Zuschauerzahlen stiegen um ein Drittel.\n\n" +
		"Im Winter soll das Stadion ein neues Dach erhalten, teilte die Stadt mit.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "verb first, verb missing", code: "de", text: text,
			q: "Bleibt Lars Holm Trainer der Mannschaft des SC Nordheim?",
		},
		{
			name: "verb first, verb held", code: "de",
			text: text + "\nHolm bleibt auch in der nächsten Saison Trainer der Mannschaft des SC Nordheim.\n",
			q:    "Bleibt Lars Holm Trainer der Mannschaft des SC Nordheim?", quote: "nächsten Saison",
		},
		{
			name: "auxiliary first", code: "de", text: text,
			q: "Hat Lars Holm die Mannschaft des SC Nordheim trainiert?", quote: "drei Jahre lang",
		},
		{
			name: "asks after a preposition", code: "de", text: text,
			q: "In welcher Liga spielt der SC Nordheim?", quote: "zweiten Liga",
		},
	})
}
