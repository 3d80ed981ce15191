package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestDescribedAfterTopicPreposition: a mention of a party's common noun
// right after a topic preposition ("passed to Velian officials, Norland
// officials said") does not describe the party as speaking for Velian:
// "How did Velian intelligence respond?" is not answered by the Norland
// officials' words.
func TestDescribedAfterTopicPreposition(t *testing.T) {
	a, err := bot.NewArticle([]byte("Suspect was known to police\n\n"+
		"The suspect travelled to Norland in 2014, Norland officials said, and is believed to have crossed the border.\n\n"+
		"His name was passed to Velian officials twice, in May and again in July, Norland officials said.\n\n"+
		"But until after the attack, there was never any follow-up, they said.\n\n"+
		"The town has long struggled with crime.\n"), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := &bot.Briefing{Parties: []bot.Party{
		{Name: "Norland officials", Claims: []bot.Claim{
			{Claim: "Says the suspect went to Norland.", Speaker: "Norland officials", Stance: bot.StanceAssert, Evidence: "The suspect travelled to Norland in 2014, Norland officials said, and is believed to have crossed the border."},
			{Claim: "Says his name was passed on twice.", Speaker: "Norland officials", Stance: bot.StanceAssert, Evidence: "His name was passed to Velian officials twice, in May and again in July, Norland officials said."},
			{Claim: "Says there was no follow-up.", Speaker: "Norland officials", Stance: bot.StanceAccuse, Evidence: "But until after the attack, there was never any follow-up, they said."},
		}},
	}}
	ans, err := (&Answerer{}).Answer(t.Context(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "How did Velian intelligence respond to the Norland claim that it never followed up on the suspect?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.NotInArticle {
		t.Errorf("answered %+v, want a decline", ans)
	}
}
