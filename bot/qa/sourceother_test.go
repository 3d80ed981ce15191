package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestSourceOther: a question that asks by whose word ("according to
// Minister Dunn") is not answered by a sentence the briefing gives
// another speaker with a verb of saying of its own, though the source
// is named just before it; the source's own sentence answers.
func TestSourceOther(t *testing.T) {
	const schools = "Schools prepare for return\n\nEducation Minister Paul Dunn visited three schools in the capital on Monday to see how teachers were preparing for the return of pupils.\n\n" +
		"Union leader Ana Ruiz, who joined the visit, said she welcomed the plans for extra lessons.\n\n" +
		"She also said that extra reading classes would be offered by teachers in the new term to pupils who fell behind after classes moved online in March.\n"
	ruiz := claimOf("Ana Ruiz", "She also said that extra reading classes would be offered by teachers in the new term to pupils who fell behind after classes moved online in March.")
	ruiz.Claims = append(ruiz.Claims, bot.Claim{Claim: "Says so.", Speaker: "Ana Ruiz", Stance: bot.StanceAssert, Evidence: "Union leader Ana Ruiz, who joined the visit, said she welcomed the plans for extra lessons."})
	runStatementCases(t, []statementCase{
		{name: "another's words", code: "en", text: schools, q: "When does the new term start, according to Paul Dunn?", parties: []bot.Party{ruiz}},
		{name: "the source's words", code: "en", text: schools + "\nDunn said the new term would start on September 6.\n",
			q: "When does the new term start, according to Paul Dunn?", parties: []bot.Party{ruiz, claimOf("Paul Dunn", "Dunn said the new term would start on September 6.")}, quote: "September 6"},
	})
}
