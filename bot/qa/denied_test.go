package qa

import "testing"

// TestDeniedAsked: a sentence that negates the word a question asks a
// fact of ("had not filed charges") does not say which charges were
// filed, nor who was arrested; "not only" denies nothing, a negation
// after a modal tells a limit ("must not play music above 85 decibels").
func TestDeniedAsked(t *testing.T) {
	const theft = "Gallery theft under investigation\n\nA painting was taken from the Varna city gallery on Sunday night, police said.\n\n" +
		"A 34-year-old guard was questioned on Monday, though prosecutors had not filed charges against him by Tuesday evening.\n\n" +
		"No one has been arrested over the theft so far.\n\n" +
		"The gallery will not only review its alarms but also hire more guards.\n"
	runRuleCases(t, []ruleCase{
		{name: "charges not filed", code: "en", text: theft, q: "What charges did prosecutors file against the guard?"},
		{name: "no one arrested", code: "en", text: theft, q: "Who has been arrested over the theft?"},
		{name: "not only", code: "en", text: theft, q: "What alarms will the gallery review?", quote: "not only review its alarms"},
		{name: "a limit", code: "en",
			text: "New rules for bars\n\nThe council adopted new rules for the bars of the old town on Monday.\n\n" +
				"Under the rules, bars must not play recorded music above 85 decibels after ten at night.\n\n" +
				"Owners of the bars have until the end of the month to fit meters that record the volume, the council said.\n",
			q: "How loud can bars play recorded music under the rules?", quote: "85 decibels"},
	})
}
