package qa

import "testing"

// TestCallingFor: "calling for" is a form of "call for", of the group
// of demands: "Which unions are calling for…?" is answered by "…have
// demanded…".
func TestCallingFor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "calling for meets demanded", code: "en",
			text: "Port talks resume\n\nTalks between the port of Harwick and its unions on a pay rise resumed on Monday after a week-long break.\n\n" +
				"The port authority told the unions it could offer a rise of 3 percent to its staff this year.\n\n" +
				"The Harwick Dockers Union and the Crane Drivers Union have demanded a rise of 8 percent.\n",
			q: "Which unions are calling for a rise?", quote: "have demanded a rise",
		},
	})
}
