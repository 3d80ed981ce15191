package qa

import "testing"

// TestWhoHead: "Who is the donor…?" asks the name of the donor: a
// sentence that names someone but holds no donor does not say, and one
// that names the donor does; a noun that a verb form follows is the
// subject of what is asked ("Who is the memoir dedicated to?"), not the
// one asked about.
func TestWhoHead(t *testing.T) {
	const rally = "Rally plans\n\nAt a meeting on Monday, Tom Reed said he had one big donor in Marlow who had offered to pay for buses to the rally.\n\n" +
		"Reed said he would turn down an invitation to speak at the rally in Marlow because the event should stay local, according to Ann Ortiz.\n\n" +
		"The organisers expect about 2,000 people at the town hall on Saturday.\n"
	runRuleCases(t, []ruleCase{
		{name: "no donor named", code: "en", text: rally, q: "Who is the Marlow donor Reed talked about?"},
		{name: "the donor named", code: "en",
			text: rally + "\nThe Marlow donor Reed talked about is Jon Vance, a builder who has paid for earlier rallies too.\n",
			q:    "Who is the Marlow donor Reed talked about?", quote: "Jon Vance"},
		{name: "the noun is the subject", code: "en",
			text: "Memoir out\n\nThe memoir of the singer Ana Ruiz was published on Tuesday by a small press in Marlow.\n\n" +
				"Ruiz dedicated the book to her late brother, Tom Ruiz, who died in 2019.\n\n" +
				"The first print run of 5,000 copies sold out within a day, the publisher said.\n",
			q: "Who is the memoir dedicated to?", quote: "late brother"},
	})
}
