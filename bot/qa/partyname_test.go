package qa

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQuestionPartyName: the party a question asks about is named in
// full, and the article's title for it names it too.
func TestQuestionPartyName(t *testing.T) {
	text := "Bus lanes cut traffic\n\n" +
		"Harlow mayor Ana Ruiz opened the new bus lanes on the ring road in March.\n\n" +
		"Traffic on the ring road fell by a fifth in the first month, according to figures released on Tuesday.\n\n" +
		"The mayor said that the figures proved the bus lanes were working.\n\n" +
		"Shop owners on the ring road said trade had dropped since March.\n"
	br := speakerBriefing("en", "Mayor", "The mayor said that the figures proved the bus lanes were working.",
		"Shop owners", "Shop owners on the ring road said trade had dropped since March.")
	for _, c := range []struct {
		q, want string
	}{
		// A title the article gives the name ("Harlow mayor Ana
		// Ruiz") names the party the briefing calls by it.
		{"What did Ana Ruiz say about the figures?", "proved the bus lanes"},
		// A function word written with a capital is part of the name.
		{"What did Drivers Against Tolls say about the figures?", "no statement by Drivers against Tolls"},
		{"What did Friends Of Cyclists say about the figures?", "no statement by Friends of Cyclists"},
		// A body noun after a nationality adjective is who is asked
		// about.
		{"Did the Welsh government respond to the figures?", "no statement by Welsh government"},
		{"How did the Danish ministry react to the figures?", "no statement by Danish ministry"},
	} {
		a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := (&Answerer{}).Answer(t.Context(), &bot.AnswerRequest{Article: a, Briefing: br, Question: c.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ans.Text
		for _, q := range ans.Quotes {
			got += " " + q.Text
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: answered %q, want %q", c.q, got, c.want)
		}
	}
}
