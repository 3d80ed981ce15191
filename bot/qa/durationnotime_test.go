package qa

import "testing"

// TestDurationNoTime: a number joined by a hyphen to a unit of time ("a
// three-year contract", "a 21-year-old nurse") tells a duration or an
// age, not when something happens; "on Monday" does.
func TestDurationNoTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "a duration", code: "en",
			text: "Dock workers sign deal\n\nThe new contract for the dock workers of Harwell is a three-year deal with the harbour board that ends a long dispute over pay.\n\n" +
				"The deal raises wages and limits overtime for older workers.\n\n" +
				"Union leaders said members were relieved that the dispute was over.\n",
			q: "When is the new contract for the dock workers?",
		},
		{
			name: "a day", code: "en",
			text: "Dock workers sign deal\n\nDock workers at the port of Harwell have signed a three-year contract with the harbour board, ending a long dispute over pay.\n\n" +
				"The contract will take effect on Monday, the board said.\n\n" +
				"Union leaders said members were relieved that the dispute was over.\n",
			q: "When will the contract take effect?", quote: "on Monday",
		},
	})
}
