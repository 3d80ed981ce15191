package eval

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/bot"
)

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

const acmeArticle = `Acme Corp denied that its factory polluted the river. "We have always followed the law," said Acme spokeswoman Jane Doe.

The Green League accused Acme of dumping waste at night. According to the league, fish deaths rose by 40 percent last year. The river runs through three towns.`

const (
	evDeny    = "Acme Corp denied that its factory polluted the river."
	evLaw     = `"We have always followed the law," said Acme spokeswoman Jane Doe.`
	evAccuse  = "The Green League accused Acme of dumping waste at night."
	evFish    = "According to the league, fish deaths rose by 40 percent last year."
	evFact    = "The river runs through three towns."
	evMissing = "Acme Corp admitted that its factory polluted the river."
)

var acmeCase = Case{
	Name:        "acme",
	ArticleText: acmeArticle,
	Gold: Gold{
		Article: "acme.txt",
		Parties: []GoldParty{
			{Name: "Acme Corp", Aliases: []string{"Acme", "Acme spokeswoman Jane Doe", "Jane Doe"}, Claims: []GoldClaim{
				{Evidence: evDeny, Stance: "deny", Speaker: "Acme Corp"},
				{Evidence: evLaw, Stance: "assert", Speaker: "Jane Doe"},
			}},
			{Name: "Green League", Aliases: []string{"The Green League", "the league"}, Claims: []GoldClaim{
				{Evidence: evAccuse, Stance: "accuse", Speaker: "Green League"},
				{Evidence: evFish, Stance: "assert", Speaker: "Green League"},
			}},
		},
		Facts: []GoldFact{{Evidence: evFact}},
	},
}

func cl(speaker, stance, ev string) bot.Claim {
	return bot.Claim{Claim: "Says so.", Speaker: speaker, Stance: stance, Evidence: ev}
}

func party(name string, claims ...bot.Claim) bot.Party {
	return bot.Party{Name: name, Claims: claims}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name  string
		b     *bot.Briefing
		want  Metrics
		check func(t *testing.T, r Result)
	}{
		{
			name: "perfect",
			b:    goldBriefing(acmeCase.Gold),
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 1, ClaimPrecision: 1, ClaimF1: 1, Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			name: "empty",
			b:    &bot.Briefing{},
			want: Metrics{Grounding: 1},
			check: func(t *testing.T, r Result) {
				if len(r.Missed) != 4 {
					t.Errorf("missed %q, want all 4 gold claims", r.Missed)
				}
			},
		},
		{
			name: "nil briefing",
			b:    nil,
			want: Metrics{Grounding: 1},
		},
		{
			// The league's accusation filed under Acme: right sentence,
			// wrong party.
			name: "wrong party on right sentence",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme", cl("Acme Corp", "deny", evDeny), cl("Green League", "accuse", evAccuse)),
				party("Green League", cl("Green League", "assert", evFish)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 0.5, ClaimPrecision: 2.0 / 3, ClaimF1: 4.0 / 7,
				Misattribution: 1.0 / 3, Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
			check: func(t *testing.T, r Result) {
				if len(r.Misattributed) != 1 || r.Misattributed[0].Evidence != evAccuse || r.Misattributed[0].Predicted != "Acme" {
					t.Errorf("misattributed %+v", r.Misattributed)
				}
			},
		},
		{
			// A relayed claim given to its inner speaker, keeping the
			// reporter the gold files it under: no wrong mouth.
			name: "relayed claim keeps its reporter",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evDeny), cl("Jane Doe", "assert", evLaw),
					bot.Claim{Claim: "Says so.", Speaker: "Acme Corp", Stance: "assert", Evidence: evFish, Via: "the league"}),
				party("Green League", cl("Green League", "accuse", evAccuse)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 1, ClaimPrecision: 1, ClaimF1: 1, Grounding: 1,
				StanceAgreement: 1, SpeakerAgreement: 0.75},
		},
		{
			// The same claim without the reporter is in the wrong mouth.
			name: "relayed claim without its reporter",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evDeny), cl("Jane Doe", "assert", evLaw), cl("Acme Corp", "assert", evFish)),
				party("Green League", cl("Green League", "accuse", evAccuse)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 0.75, ClaimPrecision: 0.75, ClaimF1: 0.75, Misattribution: 0.25,
				Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			// The labels a reader sees are swapped: every claim is under
			// the other side's name. Names decide the mapping, so nothing
			// is credited.
			name: "swapped labels",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Green League", cl("Acme Corp", "deny", evDeny), cl("Jane Doe", "assert", evLaw)),
				party("Acme Corp", cl("Green League", "accuse", evAccuse), cl("Green League", "assert", evFish)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, Misattribution: 1, Grounding: 1},
		},
		{
			// Everything under one party: the other side is lost.
			name: "merged parties",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evDeny), cl("Jane Doe", "assert", evLaw),
					cl("Green League", "accuse", evAccuse), cl("Green League", "assert", evFish)),
			}},
			want: Metrics{PartyRecall: 0.5, PartyPrecision: 1, ClaimRecall: 0.5, ClaimPrecision: 0.5, ClaimF1: 0.5,
				Misattribution: 0.5, Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			// A spokeswoman split from her company is not an error.
			name: "split party",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evDeny)),
				party("Jane Doe", cl("Jane Doe", "assert", evLaw)),
				party("Green League", cl("Green League", "accuse", evAccuse), cl("Green League", "assert", evFish)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 1, ClaimPrecision: 1, ClaimF1: 1, Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			name: "evidence not in article",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evMissing), cl("Jane Doe", "assert", evLaw)),
				party("Green League", cl("Green League", "accuse", evAccuse), cl("Green League", "assert", evFish)),
			}},
			// The paraphrased evidence still overlaps the denial's words,
			// so it counts for the sentence; grounding shows the problem.
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 1, ClaimPrecision: 1, ClaimF1: 1, Grounding: 0.75, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			name: "invented claim",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "assert", "Acme plans to build a second factory next spring.")),
				party("Green League", cl("Green League", "accuse", evAccuse)),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 0.25, ClaimPrecision: 0.5, ClaimF1: 1.0 / 3, Grounding: 0.5, StanceAgreement: 1, SpeakerAgreement: 1},
		},
		{
			// Clauses and whole sentences match each other; stance and
			// speaker disagreements are counted but do not cost the match.
			name: "partial evidence, other stance and speaker",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme", cl("Acme", "other", "denied that its factory polluted the river")),
				party("the Green League", cl("the league", "accuse", "fish deaths rose by 40 percent")),
			}},
			want: Metrics{PartyRecall: 1, PartyPrecision: 1, ClaimRecall: 0.5, ClaimPrecision: 1, ClaimF1: 2.0 / 3, Grounding: 1, StanceAgreement: 0, SpeakerAgreement: 1},
		},
		{
			// A party named in none of the gold names maps by the
			// sentences of its claims.
			name: "party mapped by evidence",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Environmental campaigners", cl("", "accuse", evAccuse), cl("", "assert", evFish)),
			}},
			want: Metrics{PartyRecall: 0.5, PartyPrecision: 1, ClaimRecall: 0.5, ClaimPrecision: 1, ClaimF1: 2.0 / 3, Grounding: 1, StanceAgreement: 1},
			check: func(t *testing.T, r Result) {
				if pm := r.Parties[0]; pm.Gold != "Green League" || pm.By != "evidence" || pm.Shared != 2 {
					t.Errorf("mapping %+v", pm)
				}
			},
		},
		{
			// Outlet narrative attributed to a party, and a party that
			// matches nothing.
			name: "claim on a fact, unknown party",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", evDeny)),
				party("River authority", cl("River authority", "assert", evFact)),
			}},
			want: Metrics{PartyRecall: 0.5, PartyPrecision: 0.5, ClaimRecall: 0.25, ClaimPrecision: 0.5, ClaimF1: 1.0 / 3, Grounding: 1, StanceAgreement: 1, SpeakerAgreement: 1},
			check: func(t *testing.T, r Result) {
				if r.PredClaimsOnFacts != 1 {
					t.Errorf("claims on facts %d, want 1", r.PredClaimsOnFacts)
				}
			},
		},
		{
			// Evidence too short to identify a sentence never matches.
			name: "short evidence",
			b: &bot.Briefing{Parties: []bot.Party{
				party("Acme Corp", cl("Acme Corp", "deny", "Acme Corp")),
			}},
			want: Metrics{PartyRecall: 0.5, PartyPrecision: 1, Grounding: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(acmeCase, tt.b)
			if !sameMetrics(r.Metrics, tt.want) {
				t.Errorf("metrics\n got %+v\nwant %+v\nparties %+v", r.Metrics, tt.want, r.Parties)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func sameMetrics(a, b Metrics) bool {
	eq := func(x, y float64) bool { return x-y < 1e-9 && y-x < 1e-9 }
	return eq(a.PartyRecall, b.PartyRecall) && eq(a.PartyPrecision, b.PartyPrecision) &&
		eq(a.ClaimRecall, b.ClaimRecall) && eq(a.ClaimPrecision, b.ClaimPrecision) && eq(a.ClaimF1, b.ClaimF1) &&
		eq(a.Misattribution, b.Misattribution) && eq(a.Grounding, b.Grounding) &&
		eq(a.StanceAgreement, b.StanceAgreement) && eq(a.SpeakerAgreement, b.SpeakerAgreement)
}

func TestScoreCountsDropped(t *testing.T) {
	b := goldBriefing(acmeCase.Gold)
	b.Stats.ClaimsDroppedUngrounded = 3
	if r := Score(acmeCase, b); r.ClaimsDroppedUngrounded != 3 {
		t.Errorf("dropped %d, want 3", r.ClaimsDroppedUngrounded)
	}
}

func TestScoreSeedSentenceLevel(t *testing.T) {
	// On the seed article, whole-sentence evidence covers the gold
	// clauses of that sentence, and a party named like a gold alias maps
	// by name.
	var seed Case
	for _, c := range loadCorpus(t) {
		if c.Name == "seed-china-denies-hacking" {
			seed = c
		}
	}
	if seed.Name == "" {
		t.Fatal("seed case missing")
	}
	sentence := `"China is one of the main victims of cyberattacks," said Chinese Foreign Ministry spokesman Hong Lei said in a press conference, insisting that the United States has been the premier source of thousands of remote cyberattacks against nearly 40,000 China-based websites.`
	b := &bot.Briefing{Parties: []bot.Party{
		party("Chinese Foreign Ministry", cl("Hong Lei", "deny", sentence)),
		party("Mandiant (US security firm)", cl("Mandiant", "accuse", "The Virginia-based company further claimed that the Chinese hackers have")),
	}}
	r := Score(seed, b)
	if r.GoldClaimsFound != 3 || r.PredClaimsCorrect != 2 || r.GoldPartiesFound != 2 || r.PredClaimsMisattributed != 0 {
		t.Errorf("got %+v\nparties %+v", r.Counts, r.Parties)
	}
	if r.StanceAgree != 1 || r.SpeakerAgree != 2 {
		t.Errorf("stance agree %d (want 1), speaker agree %d (want 2)", r.StanceAgree, r.SpeakerAgree)
	}
}

func TestNameScore(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"Hong Lei", "Chinese Foreign Ministry spokesman Hong Lei", containsMatch},
		{"the Virginia-based company", "Virginia-based company", exactMatch},
		{"The Daily", "the daily", exactMatch},
		{"Erdoğan's office", "Erdogan", containsMatch},
		{"Erdoğan", "Erdogan", exactMatch},
		{"Charité", "Charite", exactMatch},
		{"U.S.", "US", exactMatch},
		{"the U.S. government", "US government", exactMatch},
		{"Kurdistan Workers' Party", "Kurdistan Workers Party", exactMatch},
		{"Mandiant", "US-based Mandiant Internet security firm", containsMatch},
		{"Trump", "Trumpet", noMatch},
		{"China", "Chinese Foreign Ministry", noMatch},
		{"Lei Hong", "Hong Lei", noMatch},
		{"the government", "Chinese government", noMatch},
		{"spokesman", "Chinese Foreign Ministry spokesman Hong Lei", noMatch},
		{"foreign ministry", "Chinese Foreign Ministry", noMatch},
		{"Foreign Ministry", "foreign ministry", exactMatch},
		{"", "China", noMatch},
		{"the", "the", exactMatch},
	}
	for _, tt := range tests {
		if got := nameScore(nameKey(tt.a), nameKey(tt.b)); got != tt.want {
			t.Errorf("nameScore(%q, %q) = %d, want %d (keys %q, %q)", tt.a, tt.b, got, tt.want, nameKey(tt.a), nameKey(tt.b))
		}
		if got := nameScore(nameKey(tt.b), nameKey(tt.a)); got != tt.want {
			t.Errorf("nameScore(%q, %q) = %d, want %d (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       bool
	}{
		{"Hong", "Hong Lei", true},
		{"Chinese Defense Ministry", "defense ministry", true},
		{"China's defence ministry", "defense ministry", false},
		{"Mike Pompeo", "Richard Grenell", false},
		{"the ministry", "defense ministry", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.pred, tt.gold); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestSameSentence(t *testing.T) {
	loc := newLocator(acmeArticle)
	tests := []struct {
		a, b string
		want bool
	}{
		{evDeny, evDeny, true},
		{evDeny, "its factory polluted the river", true},
		// Half of the shorter string overlaps across a sentence boundary.
		{"polluted the river. \"We have always", evDeny, true},
		{evDeny, evLaw, false},
		{evAccuse, evFish, false},
		// Not in the article: containment (case-insensitive) or word overlap.
		{evMissing, evDeny, true},
		{"ACME CORP DENIED THAT ITS FACTORY", evDeny, true},
		// A paraphrase sharing half its words: lenient by design, and
		// the grounding rate reports it.
		{"The league says fish are dying.", evFish, true},
		{"The league held a meeting in town.", evFish, false},
		{"", evDeny, false},
		{"the river", evDeny, false},
	}
	for _, tt := range tests {
		if got := sameSentence(loc.evidence(tt.a), loc.evidence(tt.b)); got != tt.want {
			t.Errorf("sameSentence(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFailed(t *testing.T) {
	r := Failed(acmeCase, bot.Errorf(bot.EUnavailable, "model down"))
	if r.Error == "" || r.Errors != 1 || r.GoldClaims != 4 || r.PredClaims != 0 {
		t.Errorf("Failed = %+v", r)
	}
}

func TestLoadPages(t *testing.T) {
	page := `{"page": "example:news/acme.html", "lang": "en", "parties": [
	  {"name": "Acme Corp", "aliases": ["Jane Doe"], "claims": [{"evidence": "Acme Corp denied that its factory polluted the river.", "stance": "deny", "speaker": "Acme Corp"}]}],
	  "questions": [{"question": "Did Acme deny it?", "evidence": "Acme Corp denied that its factory polluted the river."}]}`
	opened := map[string]int{}
	open := func(ref string) (*bot.Article, error) {
		opened[ref]++
		if ref != "example:news/acme.html" {
			return nil, fmt.Errorf("no page %s", ref)
		}
		return &bot.Article{Text: acmeArticle, Title: "Acme"}, nil
	}
	cases, err := LoadPages(mapFS(map[string]string{"pages/en-acme.json": page}), open)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 1 || cases[0].Name != "en-acme" || cases[0].Lang() != "en" || cases[0].ArticleText != acmeArticle ||
		cases[0].Article == nil || len(cases[0].Gold.Questions) != 1 || opened["example:news/acme.html"] != 1 {
		t.Errorf("cases %+v", cases)
	}
	for name, files := range map[string]map[string]string{
		"page that does not open":  {"pages/x.json": strings.Replace(page, "acme.html", "gone.html", 1)},
		"evidence not in the page": {"pages/x.json": strings.Replace(page, "denied that its factory", "admitted that its factory", 1)},
		"article instead of page":  {"pages/x.json": strings.Replace(page, `"page": "example:news/acme.html"`, `"article": "acme.txt"`, 1)},
		"not JSON":                 {"pages/x.json": "{"},
	} {
		if _, err := LoadPages(mapFS(files), open); err == nil || !strings.Contains(err.Error(), "pages/x.json") {
			t.Errorf("%s: error %v, want one naming the file", name, err)
		}
	}
}
