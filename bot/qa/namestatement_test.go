package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestNameOfSpeaker: a question asking the name of the one whose
// statement it is about is not answered by their statement with no
// name in it.
func TestNameOfSpeaker(t *testing.T) {
	a, err := bot.NewArticle([]byte("Two babies die at Tarvel hospital\n\n"+
		"Two newborn babies died at the Tarvel district hospital on Sunday, and their families blamed a lack of oxygen.\n\n"+
		"A hospital official, rejecting the allegations, said both babies were born too early.\n\n"+
		"The families staged a protest outside the hospital on Monday.\n"), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := &bot.Briefing{Parties: []bot.Party{{Name: "Hospital official", Claims: []bot.Claim{
		{Claim: "Says both babies were born too early.", Speaker: "A hospital official", Stance: bot.StanceAssert,
			Evidence: "A hospital official, rejecting the allegations, said both babies were born too early."},
	}}}}
	ans, err := (&Answerer{}).Answer(t.Context(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What is the name of the hospital official who denied the allegations?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.NotInArticle {
		t.Errorf("answered %+v, want a decline", ans)
	}
}
