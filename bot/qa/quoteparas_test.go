package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQuoteParagraphs: a quotation left open at the end of its paragraph
// goes on in the next one when that opens with a quotation mark; the
// answer quotes both.
func TestQuoteParagraphs(t *testing.T) {
	text := "Grants for rural clinics under review\n\n" +
		"The health ministry is reviewing the grants it pays to rural clinics, officials said on Monday.\n\n" +
		"Minister for Rural Health, Ivo Lind, told the Courier: \"With budgets under strain, we have a duty to fund what works.\n\n" +
		"\"We are looking at whether the clinic grants should continue in their present form.\"\n\n" +
		"Clinic staff in the valley said they had not been told of the review.\n"
	lind := bot.Party{Name: "Ivo Lind", Claims: []bot.Claim{{Claim: "Says the grants are under review.", Speaker: "Ivo Lind", Stance: bot.StanceAssert,
		Evidence: "Minister for Rural Health, Ivo Lind, told the Courier: \"With budgets under strain, we have a duty to fund what works. \"We are looking at whether the clinic grants should continue in their present form.\""}}}
	runStatementCases(t, []statementCase{
		{name: "quotation of two paragraphs", code: "en", text: text, parties: []bot.Party{lind},
			q: "What does the minister Ivo Lind say?", quote: "should continue in their present form"},
	})
}
