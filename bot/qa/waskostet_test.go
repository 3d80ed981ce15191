package qa

import "testing"

// TestWasKostet: German "Was kostet…?" asks how much money, as "Wie viel
// kostet…?" does: a sentence on the thing that names no sum does not
// say.
func TestWasKostet(t *testing.T) {
	const head = "Neues Ticket für Pendler\n\nDer Verkehrsverbund Oberrhein führt im Mai ein Jahresticket für Pendler ein.\n\n"
	const tail = "Der Verbund rechnet damit, dass mehrere tausend Fahrgäste auf das Angebot umsteigen werden.\n\n" +
		"Im Herbst sollen außerdem neue Züge auf der Strecke nach Basel fahren.\n\n" +
		"Die Gewerkschaft kritisiert, dass in den Werkstätten Personal fehlt.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "no price given", code: "de",
			text: head + "Das Angebot gilt in allen Bussen und Bahnen des Verbunds und kann online bestellt werden.\n\n" + tail,
			q:    "Was kostet das Jahresticket für Pendler?",
		},
		{
			name: "price given", code: "de",
			text: head + "Das Jahresticket kostet 480 Euro und gilt in allen Bussen und Bahnen des Verbunds.\n\n" + tail,
			q:    "Was kostet das Jahresticket für Pendler?", quote: "480 Euro",
		},
	})
}
