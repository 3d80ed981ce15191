package qa

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// statementCase is a question on an invented article whose briefing gives
// the party sentences: quote is a piece of the sentence the answer must
// quote, "" when it must decline.
type statementCase struct {
	name, code, text, q, quote string
	parties                    []bot.Party
}

// runStatementCases answers each case's question with the briefing's
// parties the case gives: a quote holding tc.quote, or a decline when it
// is empty.
func runStatementCases(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := bot.NewArticle([]byte(tc.text), bot.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			br := &bot.Briefing{Language: tc.code, Parties: tc.parties}
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tc.quote == "" {
				if !ans.NotInArticle {
					t.Errorf("%q: %+v, want a decline", tc.q, ans)
				}
				return
			}
			if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, tc.quote) }) {
				t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
			}
		})
	}
}

// claimOf is a party of one claim whose evidence is a whole sentence.
func claimOf(name, evidence string) bot.Party {
	return bot.Party{Name: name, Claims: []bot.Claim{{Claim: "Says so.", Speaker: name, Stance: bot.StanceAssert, Evidence: evidence}}}
}

const ferryText = "Harwick council votes to close ferry line\n\n" +
	"The council of Harwick voted on Monday to close the ferry line to Kelby island from March.\n\n" +
	"Shop owners on Kelby said the closure was a threat to the harbour plans of Mayor Ana Ruiz and to the council's budget.\n\n" +
	"Ana Ruiz, the mayor of Kelby, spoke to residents after the vote.\n\n" +
	"\"We will take the council to court, and every shop on the island will stop paying its harbour fees,\" she told the crowd.\n\n" +
	"The ferry carried 40,000 passengers last year.\n"

// TestOwnStatementHoldsAskingVerb: a sentence the briefing gives the
// party asked about is its statement, so the verb that asks for it
// ("threaten", "say") need not be in it; the other words of the question
// still must be.
func TestOwnStatementHoldsAskingVerb(t *testing.T) {
	ruiz := claimOf("Ana Ruiz", "\"We will take the council to court, and every shop on the island will stop paying its harbour fees,\" she told the crowd.")
	runStatementCases(t, []statementCase{
		{name: "the verb asked is the attribution", code: "en", text: ferryText, parties: []bot.Party{ruiz},
			q: "What did Ana Ruiz threaten the council with?", quote: "take the council to court"},
		{name: "words next to the name describe the speaker", code: "en", text: ferryText,
			parties: []bot.Party{claimOf("Ana Ruiz", "Ana Ruiz, the mayor of Kelby, spoke to residents after the vote.")},
			q:       "What did Ruiz's office say?", quote: "spoke to residents"},
		{name: "the rest of the question is still needed", code: "en", text: ferryText, parties: []bot.Party{ruiz},
			q: "What did Ana Ruiz say about the new bridge to the mainland?"},
	})
}

// TestOwnStatementQuoted: an answer about a party's words quotes one of
// its statements on the subject (the statement or one of the two
// sentences before it holds the question's words) even when others'
// sentences hold more of the question's words.
func TestOwnStatementQuoted(t *testing.T) {
	ruiz := claimOf("Ana Ruiz", "\"We will take the council to court, and every shop on the island will stop paying its harbour fees,\" she told the crowd.")
	runStatementCases(t, []statementCase{
		{name: "own statement after others' words", code: "en", text: ferryText, parties: []bot.Party{ruiz},
			q: "How did Ana Ruiz respond to the closure?", quote: "take the council to court"},
	})
}

const budgetText = "Harwick budget in trouble\n\n" +
	"The finance minister Anna Keller met the council of Harwick on Tuesday.\n\n" +
	"Her spokesman Tom Brandt said after the meeting that the harbour budget was empty.\n\n" +
	"The Harbour Workers Union said its members would strike if the port fees rose again.\n\n" +
	"The town of Kelby said the ferry fees had doubled since January.\n\n" +
	"The council will vote on new taxes in May.\n"

// TestShortNames: a question may name a party by the last word of one
// of its names ("Keller" for "Anna Keller") or, in capitals, by its
// initials ("HWU"); not by a first name, nor by other initials; and a
// name joined to an adjective ("Kelby-based") names no one who speaks.
func TestShortNames(t *testing.T) {
	ministry := claimOf("Finance ministry (Tom Brandt)", "Her spokesman Tom Brandt said after the meeting that the harbour budget was empty.")
	ministry.Aliases = []string{"Anna Keller", "finance minister Anna Keller"}
	ministry.Claims[0].Speaker = "Tom Brandt"
	union := claimOf("Harbour Workers Union", "The Harbour Workers Union said its members would strike if the port fees rose again.")
	union.Aliases = []string{"the union"}
	kelby := claimOf("Kelby", "The town of Kelby said the ferry fees had doubled since January.")
	parties := []bot.Party{ministry, union, kelby}
	runStatementCases(t, []statementCase{
		{name: "surname of an alias", code: "en", text: budgetText, parties: parties,
			q: "What did Keller's spokesman say about the harbour budget?", quote: "harbour budget was empty"},
		{name: "a first name is no short name", code: "en", text: budgetText, parties: parties,
			q: "What did Anna say about the harbour budget?"},
		{name: "initials in capitals", code: "en", text: budgetText, parties: parties,
			q: "What did the HWU threaten to do?", quote: "would strike"},
		{name: "other initials", code: "en", text: budgetText, parties: parties,
			q: "What did the HBU threaten to do?"},
		{name: "a plural names the party by its stem", code: "en", text: budgetText + "\n\"The new taxes will empty our shops,\" a Kelbian spokesman said.\n",
			parties: []bot.Party{claimOf("Kelbian", "\"The new taxes will empty our shops,\" a Kelbian spokesman said.")},
			q:       "What did the Kelbians say about the new taxes?", quote: "empty our shops"},
		{name: "a joined name does not speak", code: "en", text: budgetText, parties: parties,
			q: "What did the Kelby-based union say about the port fees?", quote: "would strike"},
	})
}

// TestOwnFirstNotOnly: the party's own statements rank first, but a
// sentence as close to the question that the briefing gives no one is
// still quoted (on a development page, her words going on).
func TestOwnFirstNotOnly(t *testing.T) {
	const text = "Ferry vote in Harwick\n\n" +
		"The council of Harwick voted on Monday to close the ferry line to Kelby island from March.\n\n" +
		"Ana Ruiz, the mayor of Kelby, spoke to residents after the vote.\n\n" +
		"\"We will take the council to court over the harbour,\" she told the crowd.\n\n" +
		"\"The council broke every promise it made to the harbour and to Ruiz,\" a fisherman added.\n\n" +
		"The ferry carried 40,000 passengers last year.\n"
	ruiz := claimOf("Ana Ruiz", "\"We will take the council to court over the harbour,\" she told the crowd.")
	runStatementCases(t, []statementCase{
		{name: "unattributed words as close", code: "en", text: text, parties: []bot.Party{ruiz},
			q: "What did Ruiz say about the council, the court and the harbour?", quote: "broke every promise"},
	})
}

// TestShortReaction: a party's short statement right after a sentence in
// its paragraph ("Athens denied the incident.") reacts to that sentence
// and answers a question about it, though it holds none of its words.
func TestShortReaction(t *testing.T) {
	const text = "Migrants gather at the border\n\n" +
		"Thousands of migrants gathered at Greece's borders on Monday, hoping to cross into the European Union.\n\n" +
		"On Monday, a boy died after a boat carrying migrants sank off the Greek island of Chios, Greek officials said, the first death reported since the border reopened.\n\n" +
		"Two Turkish security sources told Reuters a Syrian migrant also died from injuries on Monday after Greek security forces acted to stop migrants entering Greece by land. Athens denied the incident.\n\n" +
		"More than 2,000 migrants have reached Greek islands by sea since Sunday, and more than 9,000 have tried to cross the land border, Greek officials said.\n"
	greece := claimOf("Greece", "Athens denied the incident.")
	greece.Aliases = []string{"Athens", "Greek officials"}
	greece.Claims = append(greece.Claims, claimOf("Greece", "On Monday, a boy died after a boat carrying migrants sank off the Greek island of Chios, Greek officials said, the first death reported since the border reopened.").Claims...)
	runStatementCases(t, []statementCase{
		{name: "a short reaction in the paragraph", code: "en", text: text, parties: []bot.Party{greece},
			q: "What did Greece say about the migrant who reportedly died at the land border?", quote: "Athens denied the incident"},
	})
}

// TestRoleNamed: a question may name a party by the role one of its
// names gives before the person's name ("the Greek foreign minister" for
// "Greek Foreign Minister George Katrougalos"), not by another role.
func TestRoleNamed(t *testing.T) {
	const text = "Hagia Sophia to become a mosque again\n\n" +
		"Turkey's president said on Friday that the Hagia Sophia museum in Istanbul would become a mosque again.\n\n" +
		"Greek Foreign Minister George Katrougalos said the building belonged to all of humanity and should stay a museum.\n\n" +
		"Tourists visiting the museum on Saturday said they hoped it would stay open to visitors.\n"
	greece := claimOf("Greece (George Katrougalos)", "Greek Foreign Minister George Katrougalos said the building belonged to all of humanity and should stay a museum.")
	greece.Aliases = []string{"Greek Foreign Minister George Katrougalos", "George Katrougalos"}
	greece.Claims[0].Speaker = "George Katrougalos"
	tourists := claimOf("Tourists", "Tourists visiting the museum on Saturday said they hoped it would stay open to visitors.")
	const prince = "Norland admits role in attack\n\n" +
		"A journalist was killed in Norland's consulate last year.\n\n" +
		"A broadcaster revealed on Tuesday that in December, Crown Prince Alaric of Norland accepted responsibility for the killing but did not say he had ordered it.\n\n" +
		"The journalist's family said the killers must be tried.\n"
	norland := claimOf("Norland (Alaric of Norland)", "A broadcaster revealed on Tuesday that in December, Crown Prince Alaric of Norland accepted responsibility for the killing but did not say he had ordered it.")
	norland.Aliases = []string{"Crown Prince Alaric of Norland", "Alaric of Norland"}
	runStatementCases(t, []statementCase{
		{name: "a role of no capitalised word", code: "en", text: prince, parties: []bot.Party{norland},
			q: "What exactly did the crown prince admit to?", quote: "accepted responsibility"},
		{name: "the role before the name", code: "en", text: text, parties: []bot.Party{greece, tourists},
			q: "What did the Greek foreign minister say about the museum?", quote: "belonged to all of humanity"},
		{name: "another role", code: "en", text: text, parties: []bot.Party{greece, tourists},
			q: "What did the Turkish foreign minister say about the museum?"},
	})
}

// TestWhichKindNamed: a "which" question's kind, held with a name the
// question does not hold, answers it though the sentence lacks the
// question's verb ("Which hospital is he being treated in?" "… moved to
// a hospital in Berlin, the Charité.").
func TestWhichKindNamed(t *testing.T) {
	const text = "Opposition leader flown to Germany\n\n" +
		"The opposition leader fell ill on a flight to Moscow last week.\n\n" +
		"The plane made an emergency landing in Omsk, and he was rushed to a hospital there.\n\n" +
		"On Saturday he was flown to Berlin and moved to another hospital, the Charité.\n\n" +
		"His allies say he was poisoned with a nerve agent.\n\n" +
		"The Kremlin has denied any role in his illness.\n\n" +
		"Germany said it would share its findings with its European partners.\n\n" +
		"His wife travelled with him on the plane to Berlin.\n"
	runStatementCases(t, []statementCase{
		{name: "the kind and a name", code: "en", text: text, q: "Which hospital is he being treated in?", quote: "Charité"},
	})
}

// TestQuoteDepth: the quotations a sentence opens and leaves open.
func TestQuoteDepth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"“We will appeal,” she said.", 0},
		{"“We will appeal. The ruling is wrong,” she said.", 0},
		{"She said: “We will appeal.", 1},
		{"The ruling is wrong.”", -1},
		{"„Wir gehen in Berufung“, sagte sie.", 0},
		{"Sie sagte: „Wir gehen in Berufung.", 1},
		{"« Nous ferons appel », a-t-elle dit.", 0},
		{"\"We will appeal.", 1},
		{"The ruling is wrong,\" she said.", -1},
		{"\"We will appeal,\" she said.", 0},
		{"A spokesperson said, \"The welfare of citizens remains a priority.", 1},
		{"She called it a \"stab in the back\" and left.", 0},
	} {
		if got := quoteDepth(tc.s); got != tc.want {
			t.Errorf("quoteDepth(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestQuoteEnds: an answer that quotes a sentence opening a quotation
// quotes the rest of it too.
func TestQuoteEnds(t *testing.T) {
	runStatementCases(t, []statementCase{{
		name: "rest of the quotation", code: "en",
		text: "Blackouts ordered\n\nThe grid operator ordered rolling blackouts on Friday evening for the first time in 19 years.\n\n" +
			"Anne Gonzales, a spokeswoman for the operator, blamed the weather. \"We understand rolling outages are not easy. " +
			"The reason for the shortfall is high heat and people naturally wanting to stay cool.\"\n\n" +
			"About 400,000 homes lost power for up to an hour.\n",
		q: "What did Anne Gonzales say about the outages?", quote: "high heat",
		parties: speakerBriefing("en", "Anne Gonzales", "We understand rolling outages are not easy.", "Anne Gonzales", "Anne Gonzales, a spokeswoman for the operator, blamed the weather.").Parties,
	}, {
		name: "answer to a printed question", code: "es",
		text: "Entrevista con la directora del puerto\n\nLa directora del puerto de Valdivia, Carmen Soto, habló con este diario sobre la huelga.\n\n" +
			"—El Gobierno prepara una ley que obliga a los estibadores a cubrir servicios mínimos. ¿Qué opina de esa ley?\n\n" +
			"—Es una medida necesaria, pero llega tarde y sin diálogo con los trabajadores.\n\n" +
			"—¿Cuándo cree que terminará la huelga?\n\n—No lo sé.\n",
		q: "¿Qué ley prepara el Gobierno para los estibadores?", quote: "medida necesaria",
	}, {
		name: "the speaker goes on", code: "en",
		text: "Plane seized\n\nProsecutors seized the former president's private jet at the capital's airport last month.\n\n" +
			"Nancy Rodas, the former president's lawyer, said the case against the plane was political. It began with an anonymous complaint that had no basis, she said.\n\n" +
			"The jet was moved to a military base on Friday.\n",
		q: "What did the lawyer say about the case against the plane?", quote: "anonymous complaint",
		parties: speakerBriefing("en", "Nancy Rodas", "said the case against the plane was political", "Nancy Rodas", "It began with an anonymous complaint").Parties,
	}})
}

// TestAnswerShort: the sentences added to those picked (the rest of a
// quotation, the speaker going on) keep an answer to at most twice the
// quotes picked.
func TestAnswerShort(t *testing.T) {
	var b strings.Builder
	b.WriteString("Harbour strike\n\n")
	for i := range 4 {
		fmt.Fprintf(&b, "Dock worker number %d said of the harbour strike: \"The strike goes on. We want fair pay. We will not stop.\"\n\n", i+1)
	}
	a, err := bot.NewArticle([]byte(b.String()), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: "en"}, Question: "What did the dock workers say of the harbour strike?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Quotes) == 0 || len(ans.Quotes) > 6 {
		t.Errorf("%d quotes, want 1 to 6: %+v", len(ans.Quotes), ans)
	}
}

// TestSpeaksForWholeName: a party speaks for the name a question asks
// about when the article describes the party with it ("Kelby's Harwick
// council"); a word of the party's name inside another name ("Harwick"
// of "Kelby Harwick Lines") is no mention of the party.
func TestSpeaksForWholeName(t *testing.T) {
	text := func(s string) string {
		return "Ferry line closes\n\n" +
			"The council voted on Monday to close the ferry line from March, after a long debate in the town hall.\n\n" +
			"\"The line has lost money for ten years and the closure cannot wait,\" said " + s + ".\n\n" +
			"Passengers will be offered a bus service from April, the council said.\n"
	}
	council := func(ev string) []bot.Party {
		return []bot.Party{{Name: "Harwick council", Claims: []bot.Claim{
			{Claim: "Says the line lost money.", Speaker: "Harwick council", Stance: bot.StanceAssert, Evidence: ev},
		}}}
	}
	runStatementCases(t, []statementCase{
		{
			name: "described by the name", code: "en", text: text("a statement from Kelby's Harwick council"),
			parties: council("The line has lost money for ten years and the closure cannot wait"),
			q:       "What did Kelby say about the closure?", quote: "lost money",
		},
		{
			name: "a word of the party's name in another name", code: "en", text: text("a statement from the Kelby Harwick Lines operator"),
			parties: council("The line has lost money for ten years and the closure cannot wait"),
			q:       "What did Kelby say about the closure?",
		},
	})
}

// TestPossessedNounAsksNothing: a reporting word right after a
// possessive ("the union's call", "the dockers' call") is a noun, what
// the party responds to, not a verb the party's answer must hold.
func TestPossessedNounAsksNothing(t *testing.T) {
	text := "Strike threat\n\n" +
		"The dockers' union called on Mayor Ana Ruiz to resign over the closure of the port on Monday.\n\n" +
		"The port will stay closed until the end of the month.\n\n" +
		"Ferries to the islands leave from the north pier instead, and two more were added on weekdays.\n\n" +
		"Traders at the fish market expect fewer buyers while the works go on.\n\n" +
		"Ruiz said on Tuesday that the harbour budget would be published in May.\n"
	parties := []bot.Party{
		claimOf("Dockers' union", "The dockers' union called on Mayor Ana Ruiz to resign over the closure of the port on Monday."),
		claimOf("Ana Ruiz", "Ruiz said on Tuesday that the harbour budget would be published in May."),
	}
	runStatementCases(t, []statementCase{
		{name: "plural possessive", code: "en", text: text, parties: parties, q: "Has Ruiz replied to the dockers' call to resign?"},
		{name: "singular possessive", code: "en", text: text, parties: parties, q: "Has Ruiz replied to the union's call to resign?"},
	})
}

// TestAfterPossessive: a possessive is an apostrophe after a letter, or
// an "s" after one, then a space; an elision is not.
func TestAfterPossessive(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"the councillors' ", true},
		{"Navalny's ", true},
		{"Navalny’s ", true},
		{"l'", false},
		{"il s'", false},
		{"the councillors ", false},
		{"' ", false},
	} {
		if got := afterPossessive(tc.before); got != tc.want {
			t.Errorf("afterPossessive(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// TestSubjectNamed: a question about what someone named by a common noun
// said or thought ("viewers", "residents"), who is no party of the
// briefing, is answered by a sentence that names them (or follows one
// that does), not by another's words that hold its verb.
func TestSubjectNamed(t *testing.T) {
	text := "Debate night\n\n" +
		"Five candidates met in Harwick on Wednesday for the second debate of the race for governor, and thousands of viewers watched it online.\n\n" +
		"The station said viewers sent in more questions than for any debate before.\n\n" +
		"The candidates spoke about taxes, schools and the new bridge for two hours.\n\n" +
		"\"I think we will win this race because voters trust us,\" Nora Pell said after the debate.\n\n" +
		"Residents of Harwick said they think the new bridge plan was the main issue of the night.\n"
	runStatementCases(t, []statementCase{
		{name: "another's words", code: "en", text: text, q: "Who did viewers think won the debate?"},
		{name: "named", code: "en", text: text, q: "What did residents think was the main issue?", quote: "Residents of Harwick"},
	})
}

// TestPossessorSpeaks: "How did X respond to Y's criticism?" is not
// answered by a sentence where Y speaks, even one the briefing gives X
// ("Shop owners reacted with anger to plans by Mayor Tom Reed…, which
// he called…"): Y's words are what X is asked to respond to.
func TestPossessorSpeaks(t *testing.T) {
	text := func(reply string) string {
		return "Market to close\n\n" +
			"The council plans to close the covered market in Harwick at the end of the year to save money.\n\n" +
			"Shop owners reacted with anger on Monday to the plans of Mayor Tom Reed, which he called a saving for the town.\n\n" +
			reply +
			"The market has stood in the square since 1890.\n"
	}
	reed := func(evs ...string) []bot.Party {
		p := bot.Party{Name: "Tom Reed"}
		for _, ev := range evs {
			p.Claims = append(p.Claims, bot.Claim{Claim: "Says so.", Speaker: "Tom Reed", Stance: bot.StanceAssert, Evidence: ev})
		}
		return []bot.Party{p}
	}
	runStatementCases(t, []statementCase{
		{
			name: "only the critics speak", code: "en", text: text(""),
			parties: reed("Shop owners reacted with anger on Monday to the plans of Mayor Tom Reed, which he called a saving for the town."),
			q:       "How did Reed respond to the shop owners' criticism?",
		},
		{
			name: "the party replies", code: "en", text: text("Reed said on Tuesday that the criticism was fair and that the market would stay open until May.\n\n"),
			parties: reed("Shop owners reacted with anger on Monday to the plans of Mayor Tom Reed, which he called a saving for the town.",
				"Reed said on Tuesday that the criticism was fair and that the market would stay open until May."),
			q: "How did Reed respond to the shop owners' criticism?", quote: "stay open until May",
		},
		{
			name: "the possessor is the party asked about", code: "en", text: text("Reed said on Tuesday that the criticism was fair and that the market would stay open until May.\n\n"),
			parties: reed("Reed said on Tuesday that the criticism was fair and that the market would stay open until May."),
			q:       "What did Reed's office say about the market?", quote: "stay open until May",
		},
	})
}

// TestStatementHoldsKind: a question that asks a party for a number
// ("How much money does the charity ask for?") is not answered by its
// statements that hold none; one that holds a sum, even in a currency
// the lexicon lacks, answers it.
func TestStatementHoldsKind(t *testing.T) {
	const text = "Charity calls for flood aid\n\nThe Dunmore Relief Society asked the government on Tuesday for more money for the towns hit by the floods.\n\n" +
		"\"We are asking for help before the next storm comes, not after it,\" said Mara Quint, the head of the society.\n\n" +
		"The floods last spring ruined hundreds of homes along the river and closed the main road for weeks.\n"
	const sum = "Charity calls for flood aid\n\nThe Dunmore Relief Society asked the government on Tuesday for more money for the towns hit by the floods.\n\n" +
		"\"We are asking for S/ 40 mil before the next storm comes, not after it,\" said Mara Quint, the head of the society.\n\n" +
		"The floods last spring ruined hundreds of homes along the river and closed the main road for weeks.\n"
	quint := claimOf("Mara Quint", "\"We are asking for help before the next storm comes, not after it,\" said Mara Quint, the head of the society.")
	quintSum := claimOf("Mara Quint", "\"We are asking for S/ 40 mil before the next storm comes, not after it,\" said Mara Quint, the head of the society.")
	runStatementCases(t, []statementCase{
		{name: "a statement with no sum does not say how much", code: "en", text: text, q: "How much money is Mara Quint asking for?", parties: []bot.Party{quint}},
		{name: "a sum in another currency answers", code: "en", text: sum, q: "How much money is Mara Quint asking for?", quote: "40 mil", parties: []bot.Party{quintSum}},
	})
}
