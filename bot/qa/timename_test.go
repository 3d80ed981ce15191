package qa

import "testing"

// TestTimeName: a weekday or a month in a question names no one: "What
// time did the outages begin on Saturday?" is answered by the sentence
// that tells the time though neither it nor those just before name the
// day; a yes/no question asks about that very day.
func TestTimeName(t *testing.T) {
	const grid = "Heat wave strains the grid\n\nTemperatures rose across the region on Saturday as a heat wave settled over the valley.\n\n" +
		"The grid operator said demand had reached a record for the time of year.\n\n" +
		"It first asked households to turn down air conditioners and to delay washing.\n\n" +
		"It then called on power companies to draw on their reserves.\n\n" +
		"The last stage, the rolling outages, began at 6:30 p.m., when reserves fell below 5 percent, the operator said.\n\n" +
		"The first outages of the summer had occurred on Friday in the north of the region.\n"
	runRuleCases(t, []ruleCase{
		{name: "what time", code: "en", text: grid, q: "What time did the rolling outages begin on Saturday?", quote: "6:30 p.m."},
		{name: "another day", code: "en", text: grid, q: "Did the operator order more rolling outages on Monday?"},
	})
}
