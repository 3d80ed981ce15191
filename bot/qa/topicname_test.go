package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestNameAfterTopicPreposition: a name right after a topic preposition
// ("Shoppers in Marlow have reported …") is a place, not who speaks: the
// sentence is no statement of the party asked about.
func TestNameAfterTopicPreposition(t *testing.T) {
	a, err := bot.NewArticle([]byte("Stores charge for paper bags\n\n"+
		"Marlow and Finch accused of overcharging customers for paper bags.\n\n"+
		"Angry shoppers have hit out at Marlow and Finch over the charge.\n\n"+
		"Finch has said the charge was brought in for green reasons.\n\n"+
		"Shoppers in Marlow have also reported being charged for paper bags, with some saying they paid 10p.\n\n"+
		"The new law starts next month.\n"), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := &bot.Briefing{Parties: []bot.Party{
		{Name: "Marlow and Finch", Claims: []bot.Claim{{Claim: "x", Speaker: "Marlow and Finch", Stance: bot.StanceOther, Evidence: "Marlow and Finch accused of overcharging customers for paper bags."}}},
		{Name: "Angry shoppers", Claims: []bot.Claim{{Claim: "x", Speaker: "Angry shoppers", Stance: bot.StanceAccuse, Evidence: "Angry shoppers have hit out at Marlow and Finch over the charge."}}},
		{Name: "Finch", Claims: []bot.Claim{{Claim: "x", Speaker: "Finch", Stance: bot.StanceAssert, Evidence: "Finch has said the charge was brought in for green reasons."}}},
	}}
	ans, err := (&Answerer{}).Answer(t.Context(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What did Marlow say in response to the complaints?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.NotInArticle {
		t.Errorf("answered %+v, want a decline", ans)
	}
}

// TestNameAfterStatementFrom: "A statement from Marlow said …" gives the
// source of the statement; the preposition after a noun of a statement
// does not make the name a place.
func TestNameAfterStatementFrom(t *testing.T) {
	a, err := bot.NewArticle([]byte("Stores charge for paper bags\n\n"+
		"Marlow and Finch accused of overcharging customers for paper bags.\n\n"+
		"Angry shoppers have hit out at Marlow and Finch over the charge.\n\n"+
		"A statement from Marlow said the charge would fund a recycling scheme.\n\n"+
		"The new law starts next month.\n"), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := &bot.Briefing{Parties: []bot.Party{
		{Name: "Marlow and Finch", Claims: []bot.Claim{{Claim: "x", Speaker: "Marlow and Finch", Stance: bot.StanceOther, Evidence: "Marlow and Finch accused of overcharging customers for paper bags."}}},
		{Name: "Angry shoppers", Claims: []bot.Claim{{Claim: "x", Speaker: "Angry shoppers", Stance: bot.StanceAccuse, Evidence: "Angry shoppers have hit out at Marlow and Finch over the charge."}}},
	}}
	ans, err := (&Answerer{}).Answer(t.Context(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What did Marlow say about the charge?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, "recycling scheme") }) {
		t.Errorf("answered %+v, want the statement from Marlow", ans)
	}
}
