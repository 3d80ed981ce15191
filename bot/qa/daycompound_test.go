package qa

import (
	"strings"
	"testing"
)

// TestDayCompound: a word of a unit of time that qualifies the noun after
// it ("day centres") tells no time and answers no "when" question; one
// after a determiner, a number or a word of time does ("that day").
func TestDayCompound(t *testing.T) {
	const letter = "Mayor in cuts row\n\nThe mayor of Harwick, Ben Ortiz, was mocked at a council meeting for opposing the cuts his own party backs.\n\n" +
		"Ortiz was accused of hypocrisy over his letter to the county council, in which he complained about cuts to elderly day centres and libraries.\n\n" +
		"The council leader replied that the cuts had been agreed by both parties.\n"
	runRuleCases(t, []ruleCase{
		{name: "day centres", code: "en", text: letter, q: "When did Ortiz send the letter to the county council?"},
		{name: "that day", code: "en",
			text: strings.Replace(letter, "in which he complained", "sent that day, in which he complained", 1),
			q:    "When did Ortiz send the letter to the county council?", quote: "that day"},
	})
}
