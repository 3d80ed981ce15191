package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestBothers: German "Was stört X?" asks what X complains of: X's
// words answer it, though they do not hold "stören".
func TestBothers(t *testing.T) {
	const claim = "Die Anwohner beklagen den Lärm der Baustelle und fühlen sich von der Stadt im Stich gelassen."
	runStatementCases(t, []statementCase{
		{
			name: "was stört", code: "de",
			text: "Streit um Baustelle in Kassel\n\nSeit März wird an der Kreuzung am Holländischen Platz in Kassel eine neue Straßenbahnlinie gebaut.\n\n" +
				claim + "\n\n" +
				"Die Stadt will die Arbeiten bis Ende des Jahres abschließen, teilte ein Sprecher mit.\n\n" +
				"Die Kosten liegen bei rund zwölf Millionen Euro.\n",
			parties: []bot.Party{claimOf("Anwohner", claim)},
			q:       "Was stört die Anwohner?", quote: "beklagen den Lärm",
		},
	})
}
