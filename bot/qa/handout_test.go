package qa

import "testing"

// TestHandOut: "hand out" and "present" (a prize) are words of giving: a
// question that asks where prizes were handed out is answered by where
// they were presented.
func TestHandOut(t *testing.T) {
	const prizes = "Young inventors honoured\n\nFive young inventors from three countries won this year's science prizes for their work on clean water and cheap solar power.\n\n" +
		"The judges praised the winners for ideas that could change the lives of millions of people.\n\n" +
		"The prizes were presented during a ceremony at the academy's hall in Varna.\n"
	runRuleCases(t, []ruleCase{
		{name: "presented", code: "en", text: prizes, q: "Where were the prizes handed out?", quote: "in Varna"},
	})
}
