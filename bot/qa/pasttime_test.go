package qa

import "testing"

// TestPastTime: a time that a word of pasttime puts in the past ("last
// year", "two weeks ago") does not say when something will happen.
func TestPastTime(t *testing.T) {
	const base = "Brewer expands\n\nThe brewer Tom Varga runs a taproom and a small distillery in Oldby, where he moved his brewing five years ago.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "past time", code: "en",
			text: base + "He plans to open another distillery in Fenwick, replacing a taproom there, and he bought the site last year.\n\n" +
				"His rye whiskey has won prizes at two regional fairs, judges said.\n",
			q: "When will the Fenwick distillery open?"},
		{name: "future time", code: "en",
			text: base + "He plans to open another distillery in Fenwick, replacing a taproom there, next year.\n\n" +
				"His rye whiskey has won prizes at two regional fairs, judges said.\n",
			q: "When will the Fenwick distillery open?", quote: "next year"},
	})
}
