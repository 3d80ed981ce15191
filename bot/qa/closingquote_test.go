package qa

import "testing"

// TestClosingQuote: a short paragraph that ends inside a German closing
// quotation mark („…“) ends a sentence: it is no heading or caption, and
// it answers.
func TestClosingQuote(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "German closing mark", code: "de",
			text: "Altstadt wird autofrei\n\nDie Stadt Lindau sperrt ab Montag ihre Altstadt für Autos.\n\n" +
				"Bürgermeister Karl Weber begründet das so: „Die Luft ist zu schlecht.“\n\n" +
				"Die Händler der Altstadt kritisieren die Entscheidung scharf, denn sie fürchten um ihre Kundschaft aus dem Umland.\n\n" +
				"Im Herbst soll der Stadtrat prüfen, ob die Sperrung nach einem halben Jahr wieder aufgehoben wird.\n",
			q: "Wie begründet Bürgermeister Weber die Sperrung?", quote: "Die Luft ist zu schlecht",
		},
	})
}
