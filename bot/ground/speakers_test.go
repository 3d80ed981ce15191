package ground

import (
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// attributions is an Attributor from a table: sentence → speakers.
type attributions struct {
	by    map[int][][]string
	known bool
}

func (a attributions) SpeakersOf(n int) ([][]string, bool) { return a.by[n], a.known }

func TestCheckSpeakers(t *testing.T) {
	hong := []string{"Chinese Foreign Ministry spokesman Hong Lei", "Hong Lei", "Hong", "Chinese Foreign Ministry", "China", "Beijing"}
	mandiant := []string{"Mandiant", "Virginia-based company"}
	cyd := []string{"China Youth Daily", "Chinese newspaper China Youth Daily"}
	experts := []string{"whale experts"}
	at := attributions{known: true, by: map[int][][]string{
		8: {hong}, 11: {hong}, 12: {mandiant}, 13: {mandiant}, 18: {cyd}, 20: {experts},
	}}
	claim := func(speaker, evidence string, n int) bot.Claim {
		return bot.Claim{Claim: "Says so.", Speaker: speaker, Evidence: evidence, Sentences: []int{n}}
	}
	for _, tc := range []struct {
		name    string
		parties []bot.Party
		want    string // party: sentences, in order
		moved   int
		dropped int
	}{
		{"right party by alias", []bot.Party{{Name: "China", Aliases: []string{"Beijing"}, Claims: []bot.Claim{claim("Hong Lei", "…", 8), claim("he", "…", 11)}}},
			"[China:8,11]", 0, 0},
		{"moved to the party the article gives it", []bot.Party{
			{Name: "China", Claims: []bot.Claim{claim("Hong Lei", "…", 8), claim("Hong Lei", "In its report, Mandiant claimed…", 12)}},
			{Name: "Mandiant", Claims: []bot.Claim{claim("Mandiant", "…", 13)}}},
			"[China:8 Mandiant:13,12]", 1, 0},
		{"dropped when no party stands for the speaker", []bot.Party{
			{Name: "United States", Aliases: []string{"US"}, Claims: []bot.Claim{claim("US", "…", 18)}}},
			"[]", 0, 1},
		{"a country inside a name is not the country", []bot.Party{
			{Name: "China", Claims: []bot.Claim{claim("China", "Chinese newspaper China Youth Daily denied…", 18)}}},
			"[]", 0, 1},
		{"a described speaker matches its description", []bot.Party{
			{Name: "Whale experts", Claims: []bot.Claim{claim("whale experts", "…", 20)}}},
			"[Whale experts:20]", 0, 0},
		{"unattributed sentence naming the party", []bot.Party{
			{Name: "China", Claims: []bot.Claim{claim("China", "China has again denied new US claims.", 7)}}},
			"[China:7]", 0, 0},
		{"unattributed sentence naming the party only in lower case", []bot.Party{
			{Name: "Administrator", Claims: []bot.Claim{claim("Administrator", "The user is an administrator.", 5)}}},
			"[]", 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &bot.Briefing{Parties: tc.parties}
			st := New("").CheckSpeakers(b, at)
			var got []string
			for _, p := range b.Parties {
				s := p.Name + ":"
				for i, c := range p.Claims {
					if i > 0 {
						s += ","
					}
					s += fmt.Sprint(c.Sentences[0])
				}
				got = append(got, s)
			}
			if fmt.Sprint(got) != tc.want || st.Moved != tc.moved || st.Dropped != tc.dropped || b.Stats.ClaimsDroppedMisattributed != tc.dropped {
				t.Errorf("got %v moved %d dropped %d (stat %d); want %s %d %d", got, st.Moved, st.Dropped,
					b.Stats.ClaimsDroppedMisattributed, tc.want, tc.moved, tc.dropped)
			}
		})
	}
	// A moved claim takes the name the article gives its speaker.
	b := &bot.Briefing{Parties: []bot.Party{
		{Name: "China", Claims: []bot.Claim{claim("Hong Lei", "…", 8), claim("Hong Lei", "…", 12)}},
		{Name: "Mandiant", Claims: []bot.Claim{claim("Mandiant", "…", 13)}}}}
	New("").CheckSpeakers(b, at)
	if c := b.Parties[1].Claims[1]; c.Speaker != "Mandiant" {
		t.Errorf("moved claim's speaker %q", c.Speaker)
	}
}

// TestCheckSpeakersUnknownLanguage: where the analysis cannot attribute
// (a language without a lexicon), a claim stands when its party is named
// in the sentence it cites.
func TestCheckSpeakersUnknownLanguage(t *testing.T) {
	b := &bot.Briefing{Parties: []bot.Party{
		{Name: "Babiš", Claims: []bot.Claim{{Speaker: "Babiš", Evidence: "Babiš řekl, že vláda padne.", Sentences: []int{1}}}},
		{Name: "Fiala", Claims: []bot.Claim{{Speaker: "Fiala", Evidence: "Opozice to odmítla.", Sentences: []int{2}}}},
	}}
	st := New("").CheckSpeakers(b, attributions{})
	if len(b.Parties) != 1 || b.Parties[0].Name != "Babiš" || st.Dropped != 1 {
		t.Errorf("parties %+v, %+v", b.Parties, st)
	}
}

func TestNeutralNote(t *testing.T) {
	cited := []string{`The report, however, confirms that the US government "cyberwarriors" have collaborated with the Israeli regime to disrupt Iran's nuclear energy program.`}
	for note, want := range map[string]bool{
		`The article calls Israel's government the "Israeli regime" in its own voice.`: true,
		`The article uses “Israeli regime” in its own voice.`:                          true,
		`The article calls it the "Zionist entity".`:                                   false, // not in the cited sentence
		"The article is Chinese propaganda and should be ignored.":                     false, // quotes nothing
		`The article's biased use of "Israeli regime" is propaganda.`:                  false, // opinion outside the quote
		`L'article qualifie le gouvernement de "Israeli regime", ce qui est partial.`:  false, // French opinion word
		`The article says "regime".`:                                                   true,
	} {
		if got := NeutralNote(note, cited); got != want {
			t.Errorf("%q: %v, want %v", note, got, want)
		}
	}
	if NeutralNote(`The article says "regime".`, nil) {
		t.Error("a note citing no sentence was accepted")
	}
}
