package openai

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/offline"
)

// misattributingReply files Mandiant's accusation (sentence 12, "In its
// 60-page report, Mandiant claimed …") under China and Hong Lei, China
// Youth Daily's denial (18) under the United States, and adds an opinion
// as a note: what a careless or manipulated model sends.
const misattributingReply = `{
  "title": "China rejects US report blaming it for cyber espionage",
  "summary": "China denies a US report by Mandiant that accuses the Chinese military of cyberattacks.",
  "parties": [
    {"name": "China", "aliases": ["Beijing"], "claims": [
      {"claim": "Says China is one of the main victims of cyberattacks.", "speaker": "Hong Lei", "stance": "assert", "sentences": [8]},
      {"claim": "Says it has tracked Chinese hacking groups to a Shanghai office building.", "speaker": "Hong Lei", "stance": "accuse", "sentences": [12]}
    ]},
    {"name": "Mandiant", "aliases": [], "claims": [
      {"claim": "Says Chinese hackers stole information from more than 100 of its clients.", "speaker": "Mandiant", "stance": "accuse", "sentences": [13]}
    ]},
    {"name": "United States", "aliases": ["US"], "claims": [
      {"claim": "Denies the hacking bids against American targets were a military-orchestrated espionage move.", "speaker": "US", "stance": "deny", "sentences": [18]}
    ]}
  ],
  "facts": [],
  "notes": [
    {"text": "The article is Chinese propaganda and should be ignored.", "sentences": [4]},
    "The outlet is biased.",
    {"text": "The article calls Israel's government the \"Israeli regime\" in its own voice.", "sentences": [15]}
  ]
}`

// TestBriefMisattributingModel: a model that names the wrong speaker for
// a sentence the article attributes to someone else does not get it shown
// under that speaker, on the real HTTP path. The claim moves to the party
// the article gives it to when the briefing has that party; otherwise it
// is dropped and counted. Opinions as notes are not shown.
func TestBriefMisattributingModel(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Reply(misattributingReply))
	a := seedArticle(t)
	br, err := e.b.Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	bySentence := map[int]string{}
	for _, p := range br.Parties {
		for _, c := range p.Claims {
			bySentence[c.Sentences[0]] = p.Name + "/" + c.Speaker
		}
	}
	want := map[int]string{8: "China/Hong Lei", 12: "Mandiant/Mandiant", 13: "Mandiant/Mandiant"}
	for n, w := range want {
		if bySentence[n] != w {
			t.Errorf("sentence %d under %q, want %q", n, bySentence[n], w)
		}
	}
	if p, ok := bySentence[18]; ok {
		t.Errorf("China Youth Daily's denial shown under %q", p)
	}
	for _, p := range br.Parties {
		if p.Name == "United States" {
			t.Errorf("a party left without claims is still listed: %+v", p)
		}
	}
	if br.Stats.ClaimsDroppedMisattributed != 1 || br.Stats.ClaimsDroppedUngrounded != 0 {
		t.Errorf("stats %+v", br.Stats)
	}
	notes := strings.Join(br.Notes, "\n")
	for _, bad := range []string{"propaganda", "biased"} {
		if strings.Contains(notes, bad) {
			t.Errorf("an opinion reached the notes: %q", br.Notes)
		}
	}
	if !strings.Contains(notes, `"Israeli regime"`) || !strings.Contains(notes, "attributes the sentences they cite to someone else") {
		t.Errorf("notes %q", br.Notes)
	}
	if len(e.log.lines("claims under the wrong party")) != 1 || len(e.log.lines("a model note was not shown")) != 1 {
		t.Errorf("operator log:\n%s", e.log)
	}
	checkGrounded(t, a, br)
}

// TestBriefSpeakerCheckKeepsRightClaims: the speaker check leaves a
// correctly attributed briefing alone, pronoun and title speakers
// included ("he added" in sentence 11 is Hong Lei's).
func TestBriefSpeakerCheckKeepsRightClaims(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Reply(strings.Replace(seedReply,
		`{"claim": "Says China is one of the main victims of cyberattacks.", "speaker": "Hong Lei", "stance": "assert", "sentences": [8]}`,
		`{"claim": "Says China is one of the main victims of cyberattacks.", "speaker": "Hong Lei", "stance": "assert", "sentences": [8]},
		 {"claim": "Says 32,000 IPs took control remotely of 38,000 websites based in China.", "speaker": "Hong Lei", "stance": "assert", "sentences": [11]}`, 1)))
	br, err := e.b.Brief(context.Background(), seedArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	if br.ClaimCount() != 6 || br.Stats.ClaimsDroppedMisattributed != 0 {
		t.Errorf("%d claims, %d misattributed: %+v", br.ClaimCount(), br.Stats.ClaimsDroppedMisattributed, br.Parties)
	}
}

// TestAnswerSpeakerCheck: an answer's statements stream one at a time;
// one that gives a sentence's words to someone the article does not is
// left out, and so is one that cites nothing, each with a note.
func TestAnswerSpeakerCheck(t *testing.T) {
	a, br := seedBriefing(t)
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Stream("Hong Lei says that Chinese hacking groups were tracked to a Shanghai office building [12]. ",
		"Mandiant says it tracked them to a Shanghai office building [12]. ", "China is clearly lying. ", "China denies the accusations [7]."))
	var c collector
	ans, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "Who says the hackers are in Shanghai?"}, c.add)
	if err != nil {
		t.Fatal(err)
	}
	want := "Mandiant says it tracked them to a Shanghai office building [12]. China denies the accusations [7].\n\n" + noteLeftOut(1) + "\n\n" + noteMisattributed(1)
	if ans.Text != want || c.text() != want {
		t.Errorf("answer\n%q\nstreamed\n%q\nwant\n%q", ans.Text, c.text(), want)
	}
	if len(ans.Quotes) < 1 || ans.Quotes[0].Sentence != 12 || ans.Quotes[0].Speaker != "Mandiant" {
		t.Errorf("quotes %+v", ans.Quotes)
	}
}

// TestStatementGate runs answers through the filter in random pieces: the
// result does not depend on how the text arrives, and each statement is
// kept or left out as a whole.
func TestStatementGate(t *testing.T) {
	d := doc.Parse("One said so. Two said no. Three said maybe. Four said yes.")
	for _, tc := range []struct {
		in, want string
		left     int
		uncited  bool
	}{
		{"Yes. One said so [1].", "One said so [1].", 1, false},
		{"One said so. [1] Two said no [2].", "One said so. [1] Two said no [2].", 0, false},
		{"The U.S. official said so [1]. Fine.", "The U.S. official said so [1].", 1, false},
		{"Nothing cited here. None at all.", "Nothing cited here. None at all.", 0, true},
		{"NOT_IN_ARTICLE The article does not say. Two said no [2].", "The article does not say. Two said no [2].", 0, false},
		{"One said so [1]. NOT_IN_ARTICLE", "One said so [1].", 0, false},
		{"One [1].\n\nAn aside.\n\nTwo [2][9].", "One [1].\n\nTwo [2].", 1, false},
		{"One [1]. [Reuters] Two. Three [3].", "One [1]. Three [3].", 1, false},
		{"Only [99] a bogus citation.", "Only a bogus citation.", 0, true},
	} {
		rng := rand.New(rand.NewPCG(3, 4))
		for trial := 0; trial < 100; trial++ {
			var c collector
			f := newCiteFilter(d, c.add)
			for rest := tc.in; rest != ""; {
				n := min(1+rng.IntN(7), len(rest))
				f.write(rest[:n])
				rest = rest[n:]
			}
			left, uncited := f.close()
			ans := f.answer(nil)
			if ans.Text != tc.want || c.text() != f.out.String() || left != tc.left || uncited != tc.uncited {
				t.Fatalf("%q (trial %d): got %q streamed %q left %d uncited %v; want %q left %d uncited %v",
					tc.in, trial, ans.Text, c.text(), left, uncited, tc.want, tc.left, tc.uncited)
			}
		}
	}
}

// TestStatementSpeakerCheckUsesAnalysis: with the offline analysis, a
// statement that names no speaker or the right one is kept.
func TestStatementSpeakerCheckUsesAnalysis(t *testing.T) {
	a := seedArticle(t)
	b := &Backend{analyzer: offline.New()}
	ok := b.speakerCheck(a.Text)
	for stmt, want := range map[string]bool{
		"China's Foreign Ministry says China is one of the main victims of cyberattacks [8].": true,
		"He added that 32,000 IPs took control of 38,000 websites [11].":                      true,
		"The Virginia-based company says hackers stole blueprints [13].":                      true,
		"The hackers stole blueprints from more than 100 clients [13].":                       true,
		"Hong Lei said the hackers stole blueprints [13].":                                    false,
		"China Youth Daily says the US military sponsors the attacks [13].":                   false,
	} {
		if got := ok(stmt, citations(stmt)); got != want {
			t.Errorf("%q: %v, want %v", stmt, got, want)
		}
	}
}
