package qa

import "testing"

// TestMeasureNoCount: a number right after a noun of measure ("until
// age 70", "a height of") is that measure: it counts no one, and a
// sentence that holds no other number does not say how many.
func TestMeasureNoCount(t *testing.T) {
	const pension = "Pension rule to end\n\nThe government will end the deferral rule for new claimants from next spring, the ministry said on Monday.\n\n" +
		"Couples already using the rule will keep it until age 70.\n\n" +
		"Critics said the change would cost retirees a large part of their savings.\n"
	runRuleCases(t, []ruleCase{
		{name: "an age is no count", code: "en", text: pension, q: "How many couples are using the deferral rule?"},
		{name: "a count", code: "en",
			text: "Pension rule to end\n\nThe government will end the deferral rule for new claimants from next spring, the ministry said on Monday.\n\n" +
				"Some 12,000 couples already using the rule will keep it until age 70.\n\n" +
				"Critics said the change would cost retirees a large part of their savings.\n",
			q: "How many couples are using the deferral rule?", quote: "12,000 couples"},
	})
}
