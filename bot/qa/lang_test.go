package qa

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
	"github.com/briefbot/briefbot/bot/offline"
)

// Short articles written for these tests, one per language.
var articles = map[string]string{
	"en": `Port strike enters second week

The dockworkers' union said on Monday that the strike would continue until wages rise by 12 percent.

The ministry of transport rejected the demand and said talks would resume on Thursday.

About 40 ships are waiting outside the harbour, the port authority said.

The union did not say whether it would accept a smaller rise.`,
	"fr": `La grève du port entre dans sa deuxième semaine

Le syndicat des dockers a affirmé lundi que la grève continuerait jusqu'à une hausse des salaires de 12 %.

Le ministère des Transports a rejeté cette demande et a indiqué que les négociations reprendraient jeudi.

Environ 40 navires attendent au large du port, selon l'autorité portuaire.`,
	"es": `La huelga del puerto entra en su segunda semana

El sindicato de estibadores afirmó el lunes que la huelga continuará hasta que los salarios suban un 12 %.

El Ministerio de Transporte rechazó la demanda y dijo que las negociaciones se reanudarán el jueves.

Unos 40 barcos esperan frente al puerto, según la autoridad portuaria.`,
	"pt": `A greve do porto entra na segunda semana

O sindicato dos estivadores afirmou na segunda-feira que a greve continuará até que os salários subam 12 %.

O Ministério dos Transportes rejeitou a exigência e disse que as negociações serão retomadas na quinta-feira.

Cerca de 40 navios esperam ao largo do porto, segundo a autoridade portuária.`,
	"de": `Hafenstreik geht in die zweite Woche

Die Gewerkschaft der Hafenarbeiter erklärte am Montag, der Streik werde fortgesetzt, bis die Löhne um 12 Prozent steigen.

Das Verkehrsministerium lehnte die Forderung ab und sagte, die Verhandlungen würden am Donnerstag fortgesetzt.

Rund 40 Schiffe warten vor dem Hafen, teilte die Hafenbehörde mit.`,
}

// TestAnswerLanguages asks the same questions in each language, with the
// offline briefer's own briefing: answers quote the right sentence with
// the answer's own words in the article's language, and questions the
// article does not answer are declined in that language.
func TestAnswerLanguages(t *testing.T) {
	type qa struct {
		q     string
		quote string // "" for a question the article does not answer
	}
	cases := map[string][]qa{
		"en": {{"How many ships are waiting?", "40 ships"}, {"When will talks resume?", "Thursday"},
			{"Were any dockworkers arrested?", ""}, {"What did the police say about the strike?", ""}},
		"fr": {{"Combien de navires attendent ?", "40 navires"}, {"Quand les négociations reprendront-elles ?", "jeudi"},
			{"Des dockers ont-ils été arrêtés ?", ""}},
		"es": {{"¿Cuántos barcos esperan?", "40 barcos"}, {"¿Cuándo se reanudarán las negociaciones?", "jueves"},
			{"¿Fueron detenidos algunos estibadores?", ""}},
		"pt": {{"Quantos navios esperam?", "40 navios"}, {"Quando serão retomadas as negociações?", "quinta-feira"},
			{"Algum estivador foi preso?", ""}},
		"de": {{"Wie viele Schiffe warten?", "40 Schiffe"}, {"Wann werden die Verhandlungen fortgesetzt?", "Donnerstag"},
			{"Wurden Hafenarbeiter verhaftet?", ""}},
	}
	br := offline.New()
	for code, qs := range cases {
		a, err := bot.NewArticle([]byte(articles[code]), bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		b, err := br.Brief(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if b.Language != code {
			t.Fatalf("%s: briefing language %q", code, b.Language)
		}
		v := vocabFor(code)
		c := ground.New(a.Text)
		for _, tc := range qs {
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: b, Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tc.quote == "" {
				if !ans.NotInArticle || len(ans.Quotes) != 0 || ans.Text != v.phrases["notsaid"] {
					t.Errorf("%s %q: want a decline in the article's language, got %+v", code, tc.q, ans)
				}
				continue
			}
			if ans.NotInArticle || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tc.quote) {
				t.Errorf("%s %q: want a quote holding %q, got %+v", code, tc.q, tc.quote, ans)
				continue
			}
			for _, q := range ans.Quotes {
				if !c.Contains(q.Text) {
					t.Errorf("%s: quote not verbatim: %q", code, q.Text)
				}
			}
			if ans.Text != v.phrases["says"] && ans.Text != v.phrases["passages"] && !strings.HasPrefix(ans.Text, strings.Split(v.phrases["attributed"], "{who}")[0]) {
				t.Errorf("%s %q: answer text %q is not in the article's language", code, tc.q, ans.Text)
			}
		}
	}
}

// TestAnswerStatements: a question about what a party said is answered
// from that party's statements; one about a party the article quotes
// nowhere says so, naming them, rather than quote someone else; and one
// whose first name is someone else than the party quoted is not answered
// with the other party's words.
func TestAnswerStatements(t *testing.T) {
	a := seed(t)
	b, err := offline.New().Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q, quote, speaker, none string
	}{
		{q: "What did Hong Lei say about IP addresses?", quote: "73,000 overseas IP addresses", speaker: "Hong Lei"},
		{q: "How did China Youth Daily respond?", quote: "China Youth Daily", speaker: "China Youth Daily"},
		{q: "How did the Pentagon respond to the report?", none: "Pentagon"},
		{q: "What did Xi Jinping tell Mandiant?", none: "Xi Jinping"},
		// "US" is a name, not the pronoun "us".
		{q: "How did the US government respond to China's denial?", none: "US"},
	} {
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: b, Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.none != "" {
			if !ans.NotInArticle || len(ans.Quotes) != 0 || !strings.Contains(ans.Text, "no statement by "+tc.none) {
				t.Errorf("%q: %+v", tc.q, ans)
			}
			continue
		}
		found := false
		for _, q := range ans.Quotes {
			if strings.Contains(q.Text, tc.quote) {
				found = true
				if q.Speaker != tc.speaker {
					t.Errorf("%q: speaker %q, want %q", tc.q, q.Speaker, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote holds %q: %+v", tc.q, tc.quote, ans)
		}
	}
}

// TestAnswerStatementNotInBriefing: a question about the words of
// someone the briefing lists no claim for is answered from a sentence
// that reports them (a reporting verb, a quotation); a sentence that
// only names them, or that the briefing gives to someone else, is not
// their statement.
func TestAnswerStatementNotInBriefing(t *testing.T) {
	const text = "Flooding cut off the river town of Marlow on Sunday, and twelve people were killed when the embankment gave way.\n\n" +
		"Mayor Ana Ruiz said the town had asked Governor Paul Lee for 4,000 sandbags three days before the embankment failed.\n\n" +
		"Local farmer Tom Beck told reporters that the water rose over his fields within an hour.\n\n" +
		"Residents were moved to the school gym in Eastfield, where volunteers handed out blankets overnight.\n\n" +
		"Engineers said the repairs would cost the town at least two years of road works.\n"
	a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := &bot.Briefing{Language: "en", Parties: []bot.Party{{Name: "Ana Ruiz", Claims: []bot.Claim{{
		Claim: "Says the town asked for sandbags.", Speaker: "Ana Ruiz", Stance: bot.StanceAssert,
		Evidence: "Mayor Ana Ruiz said the town had asked Governor Paul Lee for 4,000 sandbags three days before the embankment failed."}}}}}
	for _, tc := range []struct {
		q, quote, none string
		notSaid        bool
	}{
		{q: "What did Tom Beck say about the water?", quote: "the water rose"},
		{q: "How many people died?", quote: "twelve people were killed"},
		{q: "What did Governor Paul Lee say about the sandbags?", none: "Governor Paul Lee"},
		{q: "What did Eastfield say about the blankets?", none: "Eastfield"},
		{q: "How much will the repairs cost?", notSaid: true}, // a number, but no money
	} {
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.notSaid {
			if !ans.NotInArticle || ans.Text != NotInArticle {
				t.Errorf("%q: %+v, want the article does not say", tc.q, ans)
			}
			continue
		}
		if tc.none != "" {
			if !ans.NotInArticle || !strings.Contains(ans.Text, "no statement by "+tc.none) {
				t.Errorf("%q: %+v, want no statement by %s", tc.q, ans, tc.none)
			}
			continue
		}
		if ans.NotInArticle || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tc.quote) {
			t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
		}
	}
}

// TestAnswerNotKnown: a sentence that says the thing is not known is
// quoted as such, and the answer counts as declined.
func TestAnswerNotKnown(t *testing.T) {
	a, err := bot.NewArticle([]byte(articles["en"]), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Question: "Would the union accept a smaller rise?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.NotInArticle || len(ans.Quotes) != 1 || !strings.Contains(ans.Quotes[0].Text, "did not say whether") || ans.Text != vocabFor("en").phrases["notmentioned"] {
		t.Errorf("%+v", ans)
	}
}

// TestAnswerNotNamed: a sentence that says whom something concerns
// without naming them answers "which ones" with the article saying it is
// not known.
func TestAnswerNotNamed(t *testing.T) {
	for _, tc := range []struct{ code, text, q string }{
		{"pt", "Carta aos líderes\n\nA presidente da Norvália, Marta Valadares, disse que a luta do país contra a seca está sendo prejudicada pelas tarifas.\n\n" +
			"A agência oficial disse que Valadares escreveu para vários líderes mundiais, sem nomeá-los.\n\n" +
			"A Norvália é o país mais atingido pela seca na região, com milhares de hectares perdidos até agora.\n",
			"A quais líderes mundiais Valadares escreveu?"},
		{"en", "Letter to leaders\n\nNorvalian President Marta Valadares said the country's fight against the drought was being hampered by tariffs.\n\n" +
			"The official news agency said Valadares wrote to several world leaders, without naming them.\n\n" +
			"Norvalia is the country worst hit by the drought in the region, with thousands of hectares lost so far.\n",
			"Which world leaders did Valadares write to?"},
		{"en", "Letter to leaders\n\nNorvalian President Marta Valadares said the country's fight against the drought was being hampered by tariffs.\n\n" +
			"The opposition said the public was no clearer on which world leaders the president had written to, or what she had asked of them.\n\n" +
			"Norvalia is the country worst hit by the drought in the region, with thousands of hectares lost so far.\n",
			"Which world leaders did Valadares write to?"},
		{"en", "Letter to leaders\n\nNorvalian President Marta Valadares said the country's fight against the drought was being hampered by tariffs.\n\n" +
			"It wasn't immediately clear which world leaders Valadares wrote to, or what she asked of them.\n\n" +
			"Norvalia is the country worst hit by the drought in the region, with thousands of hectares lost so far.\n",
			"Which world leaders did Valadares write to?"},
	} {
		a, err := bot.NewArticle([]byte(tc.text), bot.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: tc.code}, Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.NotInArticle || len(ans.Quotes) != 1 || !strings.Contains(ans.Quotes[0].Text, "world leaders") && !strings.Contains(ans.Quotes[0].Text, "líderes mundiais") ||
			ans.Text != vocabFor(tc.code).phrases["notmentioned"] {
			t.Errorf("%s %q: %+v, want the article says it is not known", tc.code, tc.q, ans)
		}
	}
}

// TestAnswerLanguageSetting: the answer's own words follow Language when
// set.
func TestAnswerLanguageSetting(t *testing.T) {
	a, err := bot.NewArticle([]byte(articles["en"]), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := (&Answerer{Language: "de"}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Question: "Were any dockworkers arrested?"}, nil)
	if err != nil || ans.Text != vocabFor("de").phrases["notsaid"] {
		t.Errorf("%+v %v", ans, err)
	}
}

func TestVocabs(t *testing.T) {
	vs, err := loadVocabs()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"en", "fr", "es", "pt", "de"} {
		v := vs[code]
		if v == nil {
			t.Fatalf("no vocabulary for %s", code)
		}
		for _, k := range append([]string{"yesno"}, kindOrder...) {
			if len(v.kinds[k]) == 0 && !(k == "yesno" && code != "en") {
				t.Errorf("%s: no %s words", code, k)
			}
		}
		if len(v.stop) < 50 || len(v.respond) < 5 || len(v.notKnown) < 3 || len(v.suffixes) < 3 {
			t.Errorf("%s: vocabulary too small: %d stop, %d respond, %d not-known, %d suffixes", code, len(v.stop), len(v.respond), len(v.notKnown), len(v.suffixes))
		}
	}
	// A refusal's verb asks for no statement: "Quel surnom Chirac lui
	// donnait-il ?" asks for a nickname, not for what was said.
	for code, w := range map[string]string{"fr": "donnait", "es": "quiso", "pt": "preferiu", "en": "declined"} {
		if vs[code].reporting[w] {
			t.Errorf("%s: %q is a reporting word", code, w)
		}
	}
	for name, src := range map[string]string{
		"unknown section": "[verbs]\nx = y\n",
		"outside section": "stop = a\n",
		"unknown key":     "[words]\nbogus = a\n",
		"missing phrase":  "[words]\nstop = a\n[phrases]\nsays = x\n",
		"no equals":       "[words]\nstop a\n",
		"one-word group":  "[words]\nsame = died\n",
		"word in two":     "[words]\nsame = die died\nsame = died dead\n",
	} {
		if _, err := parseVocab("xx", src); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
	if _, err := parseVocabs(fstest.MapFS{"data/fr.qa": {Data: []byte("[words]\n")}}); err == nil {
		t.Error("a set without English parsed")
	}
}

func TestStem(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"en": {{"attacks", "attacked"}, {"hackers", "hacking"}, {"killed", "killing"},
			{"died", "killed"}, {"found", "find"}, {"paid", "costs"}, {"took", "transferred"},
			// A doubled letter left by a suffix is undone; a decision
			// is a ruling, relatives a family, a shutdown a closing.
			{"planning", "plans"}, {"hotter", "hot"}, {"stopped", "stops"}, {"giving", "gave"},
			{"decision", "decided"}, {"ruling", "decides"}, {"family", "relatives"}, {"shutdown", "closed"}},
		"fr":  {{"requis", "réclamait"}, {"prévue", "prévoient"}},
		"de":  {{"bezahlt", "kaufte"}, {"operiert", "Eingriff"}},
		"fr2": {{"condamné", "condamnation"}, {"négociations", "négociation"}},
		"es":  {{"detenidas", "detenidos"}, {"protestas", "protesta"}, {"firmaron", "firmados"}, {"firmaban", "firmado"}},
		"pt":  {{"negociações", "negociação"}, {"estivadores", "estivador"}, {"assinou", "assinados"}, {"enviaram", "enviados"}},
		"de2": {{"Verhandlungen", "Verhandlung"}, {"Schiffe", "Schiff"}},
		// A participle after a separable particle meets the verb's
		// noun ("das Video wurde aufgerufen", "drei Millionen
		// Aufrufe").
		"de9": {{"aufgerufen", "Aufrufe"}, {"angekündigt", "Ankündigung"}, {"ausgewertet", "Auswertung"}},
		// Use and employ, in every language; fordern and sich
		// aussprechen, ablehnen.
		"en2": {{"use", "utilized"}, {"used", "employed"}},
		"es2": {{"usar", "utilice"}, {"usó", "empleó"}},
		"fr3": {{"utilisé", "employé"}, {"utiliser", "recours"}, {"visé", "ciblé"}},
		"pt2": {{"usar", "utilize"}, {"usou", "empregou"}},
		"de3": {{"fordert", "Forderung"}, {"lehnt", "abgelehnt"}},
		// To begin, in Spanish, French and Portuguese.
		"es3": {{"empezar", "comenzar\u00e1"}, {"empez\u00f3", "inici\u00f3"}},
		"fr4": {{"commence", "d\u00e9but\u00e9"}, {"commencer", "d\u00e9marre"}},
		"pt3": {{"come\u00e7ar", "iniciou"}, {"come\u00e7ou", "iniciar"}},
		// Coming is appearing (German); a sentence is a prison term
		// (French, as English "sentence" and "prison").
		"de4": {{"kommt", "Erscheinen"}, {"kam", "erscheint"}},
		"fr5": {{"peine", "prison"}, {"peines", "emprisonnement"}},
		// A body is the remains; protests are demonstrations.
		"en3": {{"body", "remains"}, {"protests", "demonstration"}},
		// An adverb is its adjective ("fatally injured", "a
		// fatal injury").
		"en4": {{"fatally", "fatal"}, {"openly", "open"}, {"quickly", "quick"}},
		"es4": {{"protestas", "manifestaciones"}, {"protesta", "manifestantes"}},
		"fr6": {{"manifestations", "protestation"}},
		"pt4": {{"protest\u006fs", "manifesta\u00e7\u00f5es"}},
		"de5": {{"Proteste", "Demonstrationen"}, {"Protest", "Kundgebung"}},
		"de6": {{"bisher", "bislang"}},
	} {
		v := vocabFor(code[:2])
		for _, p := range pairs {
			if a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1])); a != b {
				t.Errorf("%s: %q → %q, %q → %q", code, p[0], a, p[1], b)
			}
		}
	}
}

// FuzzAnswer: any question on any article gives an answer whose quotes
// are sentences of the article, without a panic.
func FuzzAnswer(f *testing.F) {
	for _, text := range articles {
		f.Add(text, "How many ships?")
	}
	f.Add("Hong Lei said so. He added more.", "What else did he say?")
	f.Add("¿?", "¿Quién? ¿Por qué?")
	f.Add("A\x00B said. Ünïcödé «quote» „Zitat“.", "Wer sagte „Zitat“?")
	f.Fuzz(func(t *testing.T, text, question string) {
		a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
		if err != nil {
			return
		}
		ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Question: question,
			Turns: []bot.Turn{{Question: question}}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		c := ground.New(a.Text)
		for _, q := range ans.Quotes {
			if !c.Contains(q.Text) {
				t.Fatalf("quote %q is not in the article", q.Text)
			}
		}
		if ans.Text == "" {
			t.Fatal("empty answer")
		}
	})
}

// TestReadQuestionTerms: the words of the phrase that asks for a kind of
// answer ("quanto tempo", "wie viel", "à partir de quand") and light
// verbs ("hiciera", "fez") are not words the answer must hold.
func TestReadQuestionTerms(t *testing.T) {
	for _, tc := range []struct {
		code, q, kind string
		not           []string // words that must not be terms
		want          []string // words that must be
	}{
		{"pt", "Quanto tempo durou o encontro?", "howmany", []string{"tempo"}, []string{"durou", "encontro"}},
		{"es", "¿Cu\u00e1nto tiempo duró la reunión?", "howmany", []string{"tiempo"}, []string{"reunión"}},
		{"fr", "Combien de temps a duré la réunion ?", "howmany", []string{"temps"}, []string{"réunion"}},
		{"de", "Wie viel hat der Aktivist bezahlt?", "howmany", []string{"viel"}, []string{"Aktivist"}},
		{"fr", "À partir de quand la grève est-elle prévue ?", "when", []string{"partir"}, []string{"grève"}},
		{"en", "How long was the strike?", "howmany", []string{"long"}, []string{"strike"}},
		{"es", "¿Qué pidió Laura Ortiz que hiciera Moreno?", "what", []string{"hiciera"}, []string{"Moreno"}},
		{"pt", "O que o governo fez para conter a crise?", "what", []string{"fez"}, []string{"crise"}},
		// The conditional and subjunctive of "to be" carry no content.
		{"es", "¿De cu\u00e1nto sería la fianza que prepara la defensa?", "howmany", []string{"sería"}, []string{"fianza"}},
		{"fr", "Quel serait le coût des travaux ?", "what", []string{"serait"}, []string{"travaux"}},
		{"de", "Wie hoch wäre die Kaution?", "howmany", []string{"wäre"}, []string{"Kaution"}},
		// The lexicon's function words count folded, as the question's
		// words are: "après", "podría", "innerhalb" keep their accents
		// (or none) in the lexicon.
		{"fr", "Combien de votes ont \u00e9t\u00e9 compt\u00e9s apr\u00e8s la fermeture ?", "howmany", []string{"apr\u00e8s"}, []string{"fermeture"}},
		{"es", "\u00bfCu\u00e1ndo podr\u00eda votar el consejo?", "when", []string{"podr\u00eda"}, []string{"consejo"}},
		// "Innerhalb welcher Frist" asks for a time.
		{"de", "Innerhalb welcher Frist muss die Firma zahlen?", "when", []string{"innerhalb"}, []string{"Firma"}},
		// "Wie oft", "combien de fois" ask how many times.
		{"de", "Wie oft fährt die Fähre im Winter?", "howmany", []string{"oft"}, []string{"Fähre"}},
		{"fr", "Combien de fois le bac part-il par jour ?", "howmany", []string{"fois"}, []string{"bac"}},
		// "Então" (so) carries no content.
		{"pt", "Então o prefeito é contra a obra ou não?", "what", []string{"então"}, []string{"obra"}},
	} {
		v := vocabFor(tc.code)
		qu := readQuestion(tc.q, nil, v, lang.Default().Get(tc.code), nil, nil)
		if qu.kind != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.q, qu.kind, tc.kind)
		}
		for _, w := range tc.not {
			if qu.hasTerm(v.stem(lang.Fold(w))) {
				t.Errorf("%q: %q is a term: %v", tc.q, w, qu.terms)
			}
		}
		for _, w := range tc.want {
			if !qu.hasTerm(v.stem(lang.Fold(w))) {
				t.Errorf("%q: %q is not a term: %v", tc.q, w, qu.terms)
			}
		}
	}
}

// TestCountedWords: the words a "how many" question counts come right
// after the phrase that asks, across "of" ("d'", "des") and without
// names; people in general count nothing.
func TestCountedWords(t *testing.T) {
	for _, tc := range []struct {
		code, q string
		want    []string
	}{
		{"en", "How many civilians were killed?", []string{"civilians"}},
		{"en", "How many Turkish soldiers were killed?", []string{"soldiers"}},
		{"en", "How many of the ships are waiting?", []string{"ships"}},
		{"en", "How many people were arrested?", nil},
		{"en", "How much did the buyers pay?", nil},
		{"fr", "Combien d'habitants ont \u00e9t\u00e9 \u00e9vacu\u00e9s ?", []string{"habitants"}},
		{"fr", "Combien le commer\u00e7ant demande-t-il ?", nil},
		{"de", "Wie viele Mitglieder des Teams sind angereist?", []string{"Mitglieder", "Teams"}},
		{"es", "\u00bfCu\u00e1ntas personas fueron detenidas?", nil},
		{"fr", "Quelle proportion des enseignants est en gr\u00e8ve ?", nil},
		// A rise is not counted.
		{"es", "\u00bfCu\u00e1nto subi\u00f3 el precio del aceite?", nil},
	} {
		v := vocabFor(tc.code)
		qu := readQuestion(tc.q, nil, v, lang.Default().Get(tc.code), nil, nil)
		var want []string
		for _, w := range tc.want {
			want = append(want, v.stem(lang.Fold(w)))
		}
		if !slices.Equal(qu.counted, want) {
			t.Errorf("%q: counted %v, want %v", tc.q, qu.counted, want)
		}
	}
}

// TestNumbersAreNotArticles: the indefinite article ("une", "ein") and
// the "pour" of "pour cent" are in nearly every sentence: they do not
// make one hold a number.
func TestNumbersAreNotArticles(t *testing.T) {
	for code, ws := range map[string][]string{"fr": {"un", "une", "pour"}, "es": {"una", "por"}, "pt": {"um", "uma", "por"}, "de": {"ein", "eine"}} {
		for _, w := range ws {
			if vocabFor(code).numbers[w] {
				t.Errorf("%s: %q is a number word", code, w)
			}
		}
	}
}

// TestAnswerRules: short articles, one rule each.
func TestAnswerRules(t *testing.T) {
	for _, tc := range []struct {
		name, code, text, q string
		title               string
		br                  *bot.Briefing
		quote               string // "" when the answer is that the article does not say
	}{
		{
			// A number the question itself names (the 3 of Valbrune-3) is
			// no answer to "what proportion", nor are "une" and "pour".
			name: "own number", code: "fr",
			text: "Grève à l'université\n\nLes enseignants de Valbrune-3 sont en grève pour une durée indéterminée.\n\n" +
				"Les étudiants ont voté la grève lors d'une assemblée générale jeudi, dans l'amphithéâtre principal du campus.\n\n" +
				"Le ministère de l'Enseignement supérieur a indiqué qu'il recevrait les syndicats la semaine prochaine.\n",
			q: "Quelle proportion des enseignants de Valbrune-3 est en grève ?",
		},
		{
			// An article names the people and goes on about them.
			name: "names a few sentences before", code: "pt",
			text: "Encontro na Assembleia\n\nTavares e Quintela se reuniram nesta terça-feira na sede da Assembleia Legislativa.\n\n" +
				"A reunião foi pedida pelo líder da oposição.\n\nOs dois discutiram a greve dos motoristas.\n\n" +
				"O encontro durou 50 minutos e aconteceu no gabinete da presidência.\n",
			q: "Quanto tempo durou o encontro entre Tavares e Quintela?", quote: "50 minutos",
		},
		{
			// A question about something done is not answered by a
			// sentence that only announces it.
			name: "done, not announced", code: "de",
			text: "Entscheidung vertagt\n\nDer Stadtrat hat am Montag neue Regeln für die Parkplätze und die Märkte in der Altstadt beschlossen.\n\n" +
				"Am Donnerstag will die Stadt über den weiteren Betrieb der Fähre entscheiden.\n\n" +
				"Die Zahl der Fahrgäste ist im vergangenen Jahr erneut gesunken, teilte die Reederei mit.\n",
			q: "Wie hat die Stadt über den weiteren Betrieb der Fähre entschieden?",
		},
		{
			// A question about what will happen is not answered by a
			// sentence about the past.
			name: "future, not past", code: "en",
			text: "Union fined\n\nThe court fined the dockworkers' union 40,000 dollars last week for the strike at the port.\n\n" +
				"The union had appealed a similar ruling in 2019 and lost the case two years later.\n\n" +
				"Ships are still waiting outside the harbour, and the port authority expects more delays this month.\n",
			q: "Will the union appeal the ruling?",
		},
		{
			// Others' words on the subject, which do not name the
			// party asked about, are no statement of its, and the
			// party's own are on another subject.
			name: "others' words are no statement", code: "en",
			text: "Online seller loses appeal\n\nThe marketplace opened its first warehouse in the state in 2015, and it now employs about 4,000 people there.\n\n" +
				"\"We ship more than a million parcels a day from this warehouse,\" Dana Whitfield, a spokeswoman for the marketplace, said last year.\n\n" +
				"An appeals court ruled on Thursday that the marketplace can be held liable for a faulty battery sold by a third party.\n\n" +
				"The ruling overturned a lower court decision, and lawyers for the injured customer welcomed it.\n",
			q:  "What did Dana Whitfield say about the appeals court ruling?",
			br: speakerBriefing("en", "Dana Whitfield", "We ship more than a million parcels a day", "Lawyers", "lawyers for the injured customer welcomed it"),
		},
		{
			// A sentence that names the party asked about but reports
			// nothing said (no reporting verb, no quotation) is no
			// statement of its: the ruling against the grocer is not
			// what the grocer said of it.
			name: "named, not speaking", code: "en",
			text: "Grocer loses appeal\n\nHalden Foods opened its first shop on the harbour in 2015 and now has eleven.\n\n" +
				"\"We bake fresh bread every morning,\" Halden Foods said in a statement last spring.\n\n" +
				"In a ruling on Thursday, the high court held Halden Foods liable for the flooded cellar of the bakery next door.\n\n" +
				"The ruling overturned a lower court decision from 2022.\n",
			q:  "What did Halden Foods say in response to the high court ruling?",
			br: speakerBriefing("en", "Halden Foods", "We bake fresh bread every morning", "Halden Foods", "We bake fresh bread every morning"),
		},
		{
			// "Has she responded?" is not answered by a sentence that
			// names her as the one spoken of ("has been accused"),
			// nor by one that holds no word of answering.
			name: "accused, not responding", code: "en",
			text: "Budget row in Harwick\n\n\"The new pool will open in June,\" Mara Lind said at the opening of the library in January.\n\n" +
				"The library cost 2 million pounds and was built in eighteen months.\n\n" +
				"Visitors praised the reading rooms and the garden behind the building.\n\n" +
				"Mara Lind has been accused of misleading the council over the cost of the harbour wall.\n\n" +
				"The wall cost twice what the council had been told, the auditors said.\n",
			q:  "Has Mara Lind responded to the charge that she misled the council?",
			br: speakerBriefing("en", "Mara Lind", "The new pool will open in June", "Auditors", "the auditors said"),
		},
		{
			// "Has she conceded?" asks whether she did that very
			// act: her statement on the race that holds no word of
			// conceding does not say so ("say" or "respond" would
			// take any statement).
			name: "conceded, not said", code: "en",
			text: "Close count in the mayoral race\n\nNina Brook trailed her rival Tom Hale by 300 votes in the race for mayor on Wednesday night.\n\n" +
				"\"I am proud of the campaign we ran,\" Brook told supporters at a hotel downtown.\n\n" +
				"Officials expect to finish counting the postal votes by Friday afternoon.\n",
			q:  "Has Nina Brook conceded the race?",
			br: speakerBriefing("en", "Nina Brook", "I am proud of the campaign we ran", "Officials", "Officials expect to finish counting"),
		},
		{
			name: "commented, any statement", code: "en",
			text: "Close count in the mayoral race\n\nNina Brook trailed her rival Tom Hale by 300 votes in the race for mayor on Wednesday night.\n\n" +
				"\"I am proud of the campaign we ran,\" Brook told supporters at a hotel downtown.\n\n" +
				"Officials expect to finish counting the postal votes by Friday afternoon.\n",
			q: "Has Nina Brook commented on the race?", quote: "proud of the campaign",
			br: speakerBriefing("en", "Nina Brook", "I am proud of the campaign we ran", "Officials", "Officials expect to finish counting"),
		},
		{
			// A count is no time: "When will the water be back?" is
			// not answered by how many homes are without it.
			name: "count is no time", code: "en",
			text: "Water cut in the old town\n\nA burst main left the old town of Harwick without running water.\n\n" +
				"An engineer for the water board said running water will be restored in the old town to 9 158 homes, most of them near the harbour.\n\n" +
				"Tankers brought drinking water to the market square and to the two schools.\n",
			q: "When will running water be restored in the old town?",
		},
		{
			name: "clock time is a time", code: "en",
			text: "Water cut in the old town\n\nA burst main left the old town of Harwick without running water.\n\n" +
				"An engineer for the water board said running water would be restored in the old town by 6 pm, once the main is mended.\n\n" +
				"Tankers brought drinking water to the market square and to the two schools.\n",
			q: "When will running water be restored in the old town?", quote: "6 pm",
		},
		{
			name: "hours and minutes are a time", code: "en",
			text: "Water cut in the old town\n\nA burst main left the old town of Harwick without running water.\n\n" +
				"An engineer for the water board said running water would be restored in the old town at 10:30, once the main is mended.\n\n" +
				"Tankers brought drinking water to the market square and to the two schools.\n",
			q: "When will running water be restored in the old town?", quote: "10:30",
		},
		{
			// "had no immediate comment on whether", "were not
			// released": the article says the thing is not known.
			name: "no immediate comment", code: "en",
			text: "Novel finds a new home\n\nThe novel will be published in Canada in May by a small press in Halifax.\n\n" +
				"A spokeswoman for the press had no immediate comment on whether the novel would also come out in Ireland.\n\n" +
				"The author thanked readers for their patience in a short message on Tuesday.\n",
			q: "Will the novel be published in Ireland?",
		},
		{
			name: "no quiso comentar", code: "es",
			text: "Cierre de la fábrica\n\nLa empresa cerrará la fábrica de Tudela en junio, según los sindicatos.\n\n" +
				"La dirección no quiso comentar cuántos trabajadores serán trasladados a la planta de Zaragoza.\n\n" +
				"Los sindicatos convocaron una huelga de dos días para el próximo lunes y martes.\n",
			q: "¿Serán trasladados los trabajadores a la planta de Zaragoza?",
		},
		{
			// Soft hyphens inside words ("col\u00adlec\u00adtif")
			// are no word breaks.
			name: "soft hyphens", code: "fr",
			text: "Une candidature contest\u00e9e\n\nL\u2019i\u00adni\u00adtia\u00adtive, por\u00adt\u00e9e par le col\u00adlec\u00adtif Ren\u00adou\u00adveau, r\u00e9unit d\u00e9j\u00e0 deux cents chercheurs.\n\n" +
				"Le minist\u00e8re n\u2019a pas encore r\u00e9agi \u00e0 la lettre publi\u00e9e lundi.\n\n" +
				"La nomination doit avoir lieu avant la fin du mois de mars, selon le calendrier fix\u00e9 par le gouvernement.\n",
			q: "Quel collectif porte l\u2019initiative ?", quote: "Ren\u00adou\u00adveau",
		},
		{
			// A sentence that writes out the name an acronym of the
			// question stands for holds it.
			name: "acronym spelt out", code: "en",
			text: "Fund weighs in on debt\n\nThe International Monetary Fund expects growth of 2.1% in the region next year, its annual report says.\n\n" +
				"Ministers from the region met in Lima on Monday to discuss the report and the debt.\n\n" +
				"Several of them called for lower interest rates on loans from abroad.\n",
			q: "How much growth does the IMF expect next year?", quote: "2.1%",
		},
		{
			// German writes compounds as one word: "Blutspuren" holds
			// the "Spuren" asked about, "Bundeskanzler" the "Kanzler".
			name: "compound holds the word", code: "de",
			text: "Prozess in Kassel\n\nDie Angeklagte soll ihren Nachbarn im Streit um einen Parkplatz schwer verletzt haben.\n\n" +
				"Ermittler stellten Blutspuren des Opfers an ihrer Jacke sicher, wie das Gericht am Dienstag mitteilte.\n\n" +
				"Die Frau bestreitet die Tat und gibt an, zur Tatzeit bei ihrer Schwester gewesen zu sein.\n",
			q: "Welche Spuren wurden an ihrer Jacke gefunden?", quote: "Blutspuren",
		},
		{
			// Asked how much a price rose, a share answers as money
			// would.
			name: "rise in per cent", code: "en",
			text: "Food costs climb\n\nThe price of bread rose 12% in March, the statistics office said on Tuesday.\n\n" +
				"Bakers blamed the cost of flour and energy for the rise.\n\n" +
				"The government has promised to review taxes on staple foods this summer.\n",
			q: "How much did the price of bread rise in March?", quote: "12%",
		},
		{
			// German capitalises every noun: a noun names no one a
			// "who" question asks for.
			name: "noun is nobody", code: "de",
			text: "Brand am Ortsrand\n\nIn der Nacht zum Sonntag hat ein Feuer eine Scheune am Ortsrand von Altdorf zerstört.\n\n" +
				"Das Feuer wurde im hinteren Teil der Scheune gelegt, der Schaden liegt bei 200.000 Euro.\n\n" +
				"Die Straße zwischen Altdorf und Neuhof blieb bis zum Morgen gesperrt.\n",
			q: "Wer hat das Feuer in der Scheune gelegt?",
		},
		{
			// A given name names someone.
			name: "given name is someone", code: "de",
			text: "Brand am Ortsrand\n\nIn der Nacht zum Sonntag hat ein Feuer eine Scheune am Ortsrand von Altdorf zerstört.\n\n" +
				"Den Brand bemerkte gegen drei Uhr der Landwirt Peter Huber, der sofort die Feuerwehr rief.\n\n" +
				"Die Straße zwischen Altdorf und Neuhof blieb bis zum Morgen gesperrt.\n",
			q: "Wer hat den Brand bemerkt?", quote: "Peter Huber",
		},
		{
			// "Who is X?" is answered where the article first names
			// X, which says who X is.
			name: "who is", code: "en",
			text: "Bridge closed for repairs\n\nThe old river bridge will close for six weeks from Monday, said Ana Ruiz, the city's chief engineer.\n\n" +
				"Drivers will be sent through the industrial estate while the deck is repaired.\n\n" +
				"Ana Ruiz said Ana Ruiz's team had found cracks in two of the supports in March.\n",
			q: "Who is Ana Ruiz?", quote: "chief engineer",
		},
		{
			// A month is no person: a sentence naming only one does
			// not say who.
			name: "month is nobody", code: "en",
			text: "Council seat open\n\nThe council seat for the harbour ward became vacant when its holder moved abroad in spring.\n\n" +
				"Her successor will fill the vacant seat until the ward votes on the November ballot.\n\n" +
				"Three residents have said they are thinking of running.\n",
			q: "Whose vacant seat will the successor fill?",
		},
		{
			// "How often" asks for a number of times: "often" is no
			// word the answer must hold.
			name: "how often", code: "en",
			text: "Island ferries cut back\n\nThe ferry company has cut its winter timetable to save fuel.\n\n" +
				"Boats now sail twice a day, down from six crossings in summer.\n\n" +
				"Ferries to the island are often full now, and islanders said the first boat leaves too late for workers.\n",
			q: "How often do the ferries sail to the island now?", quote: "twice a day",
		},
		{
			// A sentence the briefing gives a person names them though
			// it writes only "he": a question that names them is
			// answered by it.
			name: "speaker by pronoun", code: "en",
			text: "Testing in halls\n\nCampuses across the country reopened this month, and outbreaks followed within days in several cities.\n\n" +
				"Professor Gene Okafor, an epidemiologist at Lakeside University, has studied outbreaks in student housing for a decade.\n\n" +
				"\"We saw the same pattern in every city,\" he said.\n\n" +
				"Outbreaks began in the first week, when students arrived from all over the country.\n\n" +
				"Several universities have moved lectures online until the end of term.\n\n" +
				"Landlords near the campuses report that many rooms are empty.\n\n" +
				"He said that high-frequency testing was essential, with students ideally tested twice a week.\n",
			q:     "How often should students be tested, according to Okafor?",
			br:    speakerBriefing("en", "Gene Okafor", "He said that high-frequency testing was essential", "Gene Okafor", "He said that high-frequency testing was essential"),
			quote: "twice a week",
		},
		{
			// A question about now is not answered by a sentence about
			// the past.
			name: "now, not past", code: "en",
			text: "Activist flown to Berlin\n\nThe opposition leader was airlifted from Omsk to Berlin in August when he was suffering from a serious medical condition.\n\n" +
				"German doctors said they had found traces of a nerve agent in samples taken from him.\n\n" +
				"The Kremlin denied any involvement and called the claims groundless.\n",
			q: "What is the opposition leader's condition now?",
		},
		{
			// A name, a number or a date may come in the sentence after
			// the one that holds the question's words.
			name: "kind in the sentence after", code: "fr",
			text: "Portrait d'un ministre\n\nD'anciens collègues de Bernard Vasseur se souviennent du surnom que lui donnait Henri Castagnac quand ils siégeaient au conseil régional.\n\n" +
				"« Castagnac l'appelait le Grand Phare, parce qu'il est grand », a raconté l'un d'eux.\n\n" +
				"Le ministre n'a pas souhaité commenter ces propos lors de sa visite dans l'ouest du pays.\n",
			q: "Quel surnom Henri Castagnac donnait-il à Bernard Vasseur ?", quote: "Grand Phare",
		},
		{
			// A phrase of a same group: "take part" is "involved".
			name: "same phrase", code: "en",
			text: "Talks in Geneva\n\nDiplomats from twelve countries met in Geneva on Monday to discuss the ceasefire.\n\n" +
				"Some European governments, including Germany, were also involved in the effort.\n\n" +
				"The meeting ended after six hours without a joint statement, and the diplomats are due to meet again in Vienna next month.\n",
			q: "Did Germany take part?", quote: "including Germany",
		},
		{
			// Near-synonyms: "allow" is "approve".
			name: "same near-synonyms", code: "en",
			text: "March banned\n\nThe organisers had sent the police a plan for the march, which they rejected, approving only a rally in the park.\n\n" +
				"Thousands of people gathered in the rain on Sunday afternoon.\n\nThe organisers said the crowd was peaceful.\n",
			q: "What did the police allow instead of the march?", quote: "approving only",
		},
		{
			// A party the article describes as speaking for the one a
			// question names answers for it: an appositive after its
			// name...
			name: "speaks for, appositive", code: "en",
			text: "Rivals trade barbs\n\nSenator Joe Harlan said on Thursday he thinks Governor Mary Stone wants to postpone the budget hearing.\n\n" +
				"\"That is pure fantasy from a failing campaign,\" Tim Ward, communications director for the Stone campaign, said in a statement.\n\n" +
				"The hearing is set by law and cannot be moved by the governor alone.\n",
			br:    speakerBriefing("en", "Tim Ward", "communications director for the Stone campaign", "Joe Harlan", "he thinks Governor Mary Stone"),
			q:     "How did the Stone campaign respond?",
			quote: "pure fantasy",
		},
		{
			// ... or a title before it.
			name: "speaks for, title", code: "de",
			text: "Streit um die Kliniken\n\nDie Opposition hält die Absage für einen \"groben Fehler\", wie der BVP-Vorsitzende Lukas Brenner sich ausdrückte.\n\n" +
				"\"Unsere Forderung lautet, dass der Pflegegipfel noch diese Woche stattfindet.\"\n\n" +
				"Die Regierung will am Montag mit den Ländern über weitere Schritte und neue Regeln für die Kliniken beraten.\n",
			br: withAliases(speakerBriefing("de", "Lukas Brenner", "BVP-Vorsitzende Lukas Brenner", "Lukas Brenner", "Unsere Forderung lautet"),
				"BVP-Vorsitzende Lukas Brenner"),
			q:     "Was fordert die BVP beim Pflegegipfel?",
			quote: "Pflegegipfel noch diese Woche",
		},
		{
			// A party named after the verb is what the words are
			// about; the student asked about is the one who says them.
			name: "subject before the verb, party after it", code: "en",
			text: "Students march again\n\nThousands of students marched through the city centre on Sunday against the new education law.\n\n" +
				"\"As long as the ministers do not answer us, there will only be bigger marches,\" said Mina Lau, a university student who joined the march.\n\n" +
				"The Government said the law would take effect in September as planned.\n",
			br:    speakerBriefing("en", "Mina Lau", "As long as the ministers do not answer us", "Government", "The Government said the law"),
			q:     "What did the student say would happen if the government stays silent?",
			quote: "bigger marches",
		},
		{
			// A heading (a short line of its own with no final
			// punctuation) is no answer, though it holds the name asked
			// about in fewer words than the sentence that answers.
			name: "heading is no answer", code: "en",
			text: "Court hears the first cases\n\nThe court opened its first hearings on Monday in the capital, with dozens of victims present in the room.\n\n" +
				"In October 2002, Operation Harvest was a military offensive of the army against the militias of the western districts of the city.\n\n" +
				"What we know about Operation Harvest so far\n\nFamilies of the missing have waited for twenty years for the hearings to begin.\n",
			q:     "What was Operation Harvest?",
			quote: "military offensive",
		},
		{
			// A name after the verb is what the words are about; the
			// subject before it, "the union", names the one party whose
			// name ends in its head noun.
			name: "subject before the verb names a party by its head noun, a name after it", code: "en",
			text: "Report on casual staff\n\nThe Teachers and Lecturers Union published a report on casual contracts on Monday.\n\n" +
				"It calls on the Office for Schools to require each school to publish figures on its use of casual staff.\n\n" +
				"The Office for Schools said it would study the report.\n",
			br:    speakerBriefing("en", "Teachers and Lecturers Union", "It calls on the Office for Schools", "Office for Schools", "The Office for Schools said"),
			q:     "What does the union want the Office for Schools to do?",
			quote: "publish figures",
		},
		{
			// A name elsewhere in a party's sentence is not a
			// description of it: Harlan does not speak for Stone.
			name: "speaks for, not named nearby", code: "en",
			text: "Rivals trade barbs\n\nSenator Joe Harlan said on Thursday he thinks Governor Mary Stone wants to postpone the budget hearing.\n\n" +
				"The hearing is set by law and cannot be moved by the governor alone.\n\nTurnout was low in the spring primaries across the state.\n",
			br: speakerBriefing("en", "Joe Harlan", "he thinks Governor Mary Stone", "Joe Harlan", "he thinks Governor Mary Stone"),
			q:  "How did the Stone campaign respond?",
		},
		{
			// A sentence the briefing gives no one where the party
			// speaks ("Wendel sprach sich … aus") is its statement,
			// and "sprach sich für" is what it demands.
			name: "speaks unattributed", code: "de",
			text: "Streit um die Netzentgelte\n\nDer Präsident des Handwerksverbands, Konrad Wendel, sagte zum Plan der Regierung: \u201eAnkündigungen helfen nicht, die Betriebe brauchen konkrete Entlastung.\u201c\n\n" +
				"Wendel sprach sich zudem für eine Senkung der Netzentgelte aus.\n\n" +
				"Die Regierung will im Herbst über neue Hilfen für das Handwerk entscheiden.\n",
			br:    speakerBriefing("de", "Konrad Wendel", "Ankündigungen helfen nicht", "Konrad Wendel", "Ankündigungen helfen nicht"),
			q:     "Was fordert Wendel konkret?",
			quote: "Netzentgelte",
		},
		{
			// "Wie steht X zu" asks for X's position, and a statement
			// may be about what the article named two sentences before
			// ("die Pläne").
			name: "position two sentences on", code: "de",
			text: "Streit um das Ticket\n\nDie Verkehrsministerin hat im Winter ein landesweit gültiges Pendlerticket für Auszubildende vorgeschlagen.\n\n" +
				"Ein solches ist allerdings innerhalb der Koalition seit Wochen umstritten.\n\n" +
				"Die DLP lehnt die Pläne ab, die Finanzministerin hat sich dazu bisher zurückhaltend geäußert.\n",
			br:    speakerBriefing("de", "DLP", "Die DLP lehnt die Pläne ab", "DLP", "Die DLP lehnt die Pläne ab"),
			q:     "Wie steht die DLP zum Pendlerticket?",
			quote: "lehnt die Pläne ab",
		},
		{
			// The noun after the verb asks who speaks, even without a
			// capital: the union's words, not the company's.
			name: "common-noun speaker", code: "es",
			text: "Conflicto en la mina\n\nEl gobierno considera que la empresa Caldesa se alió con el sindicato para forzar el cierre de la mina.\n\n" +
				"El jueves, Caldesa informó al sindicato minero que en marzo iba a suspender a 80 trabajadores.\n\n" +
				"Los camiones esperan desde hace diez días frente a la entrada de la mina.\n",
			br: speakerBriefing("es", "Caldesa", "Caldesa informó al sindicato", "Gobierno", "El gobierno considera"),
			q:  "¿Qué respondió el sindicato a la acusación del gobierno de haberse aliado con Caldesa?",
		},
		{
			// A place after a preposition ("à Ain Sarouf") is not who
			// speaks: the army's words answer.
			name: "place is not the speaker", code: "fr",
			text: "Frappe dans l'est\n\nL'arm\u00e9e a bombard\u00e9 samedi un entrep\u00f4t \u00e0 l'est de la ville d'Ain Sarouf, selon des habitants.\n\n" +
				"Un porte-parole de l'arm\u00e9e a affirm\u00e9 avoir vis\u00e9 un chef de la milice, Karim Nassar.\n\n" +
				"Les pompiers luttaient encore contre l'incendie dans la soir\u00e9e.\n",
			q: "Qui l'arm\u00e9e dit-elle avoir vis\u00e9 \u00e0 Ain Sarouf ?", quote: "Karim Nassar",
		},
		{
			// The name asked for follows what it names: a place named
			// elsewhere in the sentence is not the man's name...
			name: "name follows what it names", code: "en",
			text: "Two men shot\n\nPolice said one man was shot in the village of Oak Hill on Friday afternoon, and a second man was killed near the Mill Street bridge an hour later.\n\n" +
				"Officers have not made any arrests and are asking witnesses to come forward.\n\n" +
				"It was the third shooting in the district this month.\n",
			q: "What was the name of the man killed near the Mill Street bridge?",
		},
		{
			// ... but the name right after it is.
			name: "name right after what it names", code: "en",
			text: "Two men shot\n\nPolice said one man was shot in the village of Oak Hill on Friday afternoon, and a second man was killed near the Mill Street bridge an hour later.\n\n" +
				"Police named the man killed near the bridge as Daniel Moss, a builder from the town.\n\n" +
				"It was the third shooting in the district this month.\n",
			q: "What was the name of the man killed near the Mill Street bridge?", quote: "Daniel Moss",
		},
		{
			// "Faire appel" (to appeal) is a phrase: "appel\u00e9 au dialogue" is
			// not an appeal.
			name: "appeal is not call", code: "fr",
			text: "Un maire condamn\u00e9\n\nLe tribunal a condamn\u00e9 mardi le maire de la commune \u00e0 six mois de prison avec sursis pour prise ill\u00e9gale d'int\u00e9r\u00eats.\n\n" +
				"\u00ab Il a toujours appel\u00e9 au dialogue et jamais \u00e0 la division \u00bb, a plaid\u00e9 son avocat devant la cour.\n\n" +
				"Le procureur r\u00e9clamait un an ferme contre l'\u00e9lu.\n",
			q: "Le maire va-t-il faire appel de sa condamnation ?",
		},
		{
			// A question asking for a share is answered by a sentence
			// naming one, not by a date...
			name: "share, not a date", code: "fr",
			text: "Gr\u00e8ve \u00e0 l'universit\u00e9\n\nLes enseignants de l'universit\u00e9 sont en gr\u00e8ve depuis le 12 f\u00e9vrier contre la r\u00e9forme.\n\n" +
				"Les \u00e9tudiants ont vot\u00e9 la gr\u00e8ve lors d'une assembl\u00e9e g\u00e9n\u00e9rale jeudi.\n\n" +
				"Le minist\u00e8re a indiqu\u00e9 qu'il recevrait les syndicats et les repr\u00e9sentants des \u00e9tudiants la semaine prochaine.\n",
			q: "Quelle proportion des enseignants est en gr\u00e8ve ?",
		},
		{
			// ... such as "eight out of ten".
			name: "share", code: "en",
			text: "Scooters banned\n\nThe town said seven scooters out of ten were left on the pavement during the trial.\n\n" +
				"The trial began on 3 April and ended in October with 120,000 trips.\n\n" +
				"The operators said they would challenge the ban before the regional court next month.\n",
			q: "What proportion of the scooters were left on the pavement?", quote: "out of ten",
		},
		{
			// A name the headline holds is what the whole article is
			// about: a sentence far from its last mention answers.
			name: "named in the headline", code: "fr", title: "\u00c0 Lunel, la mairie ferme ses piscines",
			text: "Piscines ferm\u00e9es\n\nLa mairie de Lunel a annonc\u00e9 lundi la fermeture de ses deux piscines municipales pour l'\u00e9t\u00e9.\n\n" +
				"Les ma\u00eetres-nageurs manquent depuis le printemps, selon l'adjoint aux sports.\n\n" +
				"Les associations de nageurs ont protest\u00e9 devant l'h\u00f4tel de ville mardi soir.\n\n" +
				"Plusieurs parents disent ne pas savoir o\u00f9 emmener leurs enfants pendant les vacances.\n\n" +
				"Le club de natation s'entra\u00eenera d\u00e9sormais dans une commune voisine, \u00e0 vingt kilom\u00e8tres.\n\n" +
				"Les bassins doivent rouvrir le 2 septembre, apr\u00e8s des travaux de r\u00e9novation.\n",
			q: "Quand les bassins de Lunel doivent-ils rouvrir ?", quote: "2 septembre",
		},
		{
			// "Innerhalb welcher Frist" asks for a time: the sentence
			// that names the deadline, not the one that only speaks
			// of it.
			name: "within what time", code: "de",
			text: "Neue Regeln f\u00fcr Gastst\u00e4tten\n\nDas Gesundheitsamt erkl\u00e4rt, dass Wirte eine kurze Frist haben, um einen Sch\u00e4dlingsbefall zu melden.\n\n" +
				"\"Die Meldung muss binnen zwei Tagen erfolgen\", sagte eine Sprecherin des Amtes.\n\n" +
				"Bei Verst\u00f6\u00dfen drohen den Lokalen nach der neuen Verordnung hohe Bu\u00dfgelder, warnte der Gastst\u00e4ttenverband.\n",
			q: "Innerhalb welcher Frist m\u00fcssen Wirte einen Sch\u00e4dlingsbefall melden?", quote: "zwei Tagen",
		},
		{
			// A "why" question's best sentence that gives no reason may
			// have it in the sentence after it.
			name: "reason in the sentence after", code: "fr",
			text: "Proc\u00e8s du maire\n\nLe proc\u00e8s du maire pour corruption a repris lundi devant le tribunal de la ville.\n\n" +
				"Les avocats du maire ont contest\u00e9 en vain la diffusion de l'enregistrement. " +
				"Selon eux, ce fichier n'a jamais \u00e9t\u00e9 transmis aux juges pendant l'enqu\u00eate.\n\n" +
				"Le verdict est attendu la semaine prochaine.\n",
			q: "Pourquoi les avocats du maire contestaient-ils la diffusion de l'enregistrement ?", quote: "jamais \u00e9t\u00e9 transmis",
		},
		{
			// "What date" asks for a number or a month: not the day a
			// statement was made, nor "this year"...
			name: "date, not weekday", code: "es",
			text: "Campa\u00f1a electoral\n\nEl senador critic\u00f3 el martes al gobierno en un mitin ante las elecciones regionales de este a\u00f1o.\n\n" +
				"Sus partidarios llenaron la plaza mayor de la ciudad durante toda la tarde.\n\n" +
				"El gobierno no respondi\u00f3 a las cr\u00edticas del senador.\n",
			q: "\u00bfEn qu\u00e9 fecha se celebran las elecciones regionales?",
		},
		{
			// ... but a date.
			name: "date", code: "en",
			text: "Campaign under way\n\nThe senator criticised the government on Tuesday at a rally ahead of this year's regional elections.\n\n" +
				"The regional elections will be held in November, the electoral board said.\n\n" +
				"The government did not respond to the senator's remarks.\n",
			q: "On what date will the regional elections be held?", quote: "in November",
		},
		{
			// "Besides X" asks for another name: a demonym and a name
			// joined to an adjective ("Ohio-based") name no one...
			name: "besides, no other name", code: "en",
			text: "Bank robbers jailed\n\nThe Ohio-based gang of Russian brothers robbed more than 20 banks across the state, including the Capital Bank, prosecutors said.\n\n" +
				"The brothers were sentenced to twelve years in prison on Monday.\n\n" +
				"Their lawyer said they would not appeal the ruling.\n",
			q: "Which other banks besides the Capital Bank were robbed?",
		},
		{
			// ... another name does.
			name: "besides, another name", code: "en",
			text: "Bank robbers jailed\n\nThe Ohio-based gang of Russian brothers robbed more than 20 banks across the state, including the Capital Bank and the Union Bank, prosecutors said.\n\n" +
				"The brothers were sentenced to twelve years in prison on Monday.\n\n" +
				"Their lawyer said they would not appeal the ruling.\n",
			q: "Which other banks besides the Capital Bank were robbed?", quote: "Union Bank",
		},
		{
			// "A second wound" tells how many.
			name: "ordinal counts", code: "en",
			text: "Woman attacked\n\nDoctors found a stab wound on the woman's arm when she arrived at the clinic on Friday night.\n\n" +
				"Surgeons later discovered a second stab wound in her back during the operation.\n\n" +
				"Police have asked anyone who saw the attack near the station to come forward.\n",
			q: "How many stab wounds did the woman have?", quote: "second stab wound",
		},
		{
			// "Estas declaraciones" are what a sentence with a
			// reporting verb reports.
			name: "statement noun", code: "es",
			text: "Advertencia sobre la prensa\n\nLa periodista Elena Vidal recibi\u00f3 el a\u00f1o pasado un premio por su trabajo en la radio p\u00fablica.\n\n" +
				"\u201cLas radios locales est\u00e1n desapareciendo\u201d, advirti\u00f3 Vidal, quien este lunes particip\u00f3 en Oporto en un congreso de emisoras comunitarias.\n\n" +
				"El congreso re\u00fane cada a\u00f1o a cientos de locutores de varios pa\u00edses.\n",
			q: "\u00bfD\u00f3nde hizo Vidal estas declaraciones?", quote: "Oporto",
		},
		{
			// A question about what will happen is not answered by how
			// long something has gone on ("seit").
			name: "future, not since", code: "de",
			text: "Ein Leben f\u00fcr den Chor\n\nSeit 25 Jahren leiten Anna Berger und Paul Roth gemeinsam den Knabenchor der Stadt.\n\n" +
				"Der Chor singt jeden Sonntag im Dom und geht im Sommer auf Reisen durch ganz Europa.\n\n" +
				"Die beiden Dirigenten erhielten im Fr\u00fchjahr den Kulturpreis des Landes.\n",
			q: "Wann wollen Berger und Roth als Leiter des Knabenchors aufh\u00f6ren?",
		},
		{
			// "How many civilians" is not answered by a count of
			// soldiers...
			name: "counts what is asked", code: "en",
			text: "Fighting near the border\n\nThe army said 19 soldiers were killed in the fighting around the town on Sunday, its worst loss this year.\n\n" +
				"Aid groups said thousands of families had fled towards the border since Monday.\n\n" +
				"The government called for a ceasefire and an end to the air strikes.\n",
			q: "How many civilians were killed in the fighting around the town?",
		},
		{
			// ... but by a count of what a sentence shortly before
			// names...
			name: "counts what was named before", code: "fr",
			text: "Les galeries du port\n\nLes contrebandiers ont creus\u00e9 des tunnels sous le port pendant des ann\u00e9es, selon la police.\n\n" +
				"Ces galeries servaient \u00e0 faire passer des cigarettes et de l'alcool vers la ville.\n\n" +
				"La douane affirme en avoir d\u00e9truit 12 pendant l'op\u00e9ration de 2019.\n",
			q: "Combien de tunnels la douane a-t-elle d\u00e9truits pendant l'op\u00e9ration de 2019 ?", quote: "12",
		},
		{
			// ... and a count of people in general by any count.
			name: "counts people", code: "es",
			text: "Protestas en el puerto\n\nLas protestas contra la reforma portuaria han dejado al menos 140 detenidos y una veintena de heridos, seg\u00fan la polic\u00eda.\n\n" +
				"La alcaldesa pidi\u00f3 calma y anunci\u00f3 una comisi\u00f3n para revisar la actuaci\u00f3n policial.\n\n" +
				"Los estibadores convocaron una nueva marcha para el s\u00e1bado.\n",
			q: "\u00bfCu\u00e1ntas personas han sido detenidas durante las protestas?", quote: "140 detenidos",
		},
		{
			// A share of scooters may be counted in vehicles.
			name: "share of another word", code: "fr",
			text: "Trottinettes interdites\n\nLa municipalit\u00e9 a relev\u00e9 que sept v\u00e9hicules sur dix \u00e9taient gar\u00e9s sur les trottoirs pendant l'essai des trottinettes.\n\n" +
				"L'essai a commenc\u00e9 en avril et s'est termin\u00e9 en octobre.\n\n" +
				"Les op\u00e9rateurs ont annonc\u00e9 qu'ils contesteraient l'interdiction devant le tribunal administratif.\n",
			q: "Quelle proportion des trottinettes \u00e9tait gar\u00e9e sur les trottoirs ?", quote: "sept v\u00e9hicules sur dix",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := bot.NewArticle([]byte(tc.text), bot.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			a.Title = tc.title
			br := tc.br
			if br == nil {
				br = &bot.Briefing{Language: tc.code}
			}
			ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tc.quote == "" {
				if !ans.NotInArticle {
					t.Errorf("%q: %+v, want the article does not say", tc.q, ans)
				}
				return
			}
			if ans.NotInArticle || len(ans.Quotes) == 0 || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, tc.quote) }) {
				t.Errorf("%q: %+v, want a quote holding %q", tc.q, ans, tc.quote)
			}
		})
	}
}

// speakerBriefing returns a briefing with one party whose two claims'
// evidence the sentences holding ev1 and ev2 are, said by speaker.
func speakerBriefing(code, speaker, ev1, speaker2, ev2 string) *bot.Briefing {
	br := &bot.Briefing{Language: code}
	for _, c := range [][2]string{{speaker, ev1}, {speaker2, ev2}} {
		i := slices.IndexFunc(br.Parties, func(p bot.Party) bool { return p.Name == c[0] })
		if i < 0 {
			br.Parties = append(br.Parties, bot.Party{Name: c[0]})
			i = len(br.Parties) - 1
		}
		br.Parties[i].Claims = append(br.Parties[i].Claims, bot.Claim{Claim: "Says something.", Speaker: c[0], Stance: bot.StanceAssert, Evidence: c[1]})
	}
	return br
}

// withAliases gives br's first party aliases.
func withAliases(br *bot.Briefing, aliases ...string) *bot.Briefing {
	br.Parties[0].Aliases = aliases
	return br
}

// TestNoStatementNamesParty: a question that names the party it asks
// about by a common noun gets an answer that names the party.
func TestNoStatementNamesParty(t *testing.T) {
	a, err := bot.NewArticle([]byte("Blackouts ordered\n\nThe grid operator ordered rolling blackouts on Friday for the first time since 2001.\n\n"+
		"About 400,000 homes lost power for up to an hour in the evening, most of them in the south of the state.\n\nThe state's power plants ran at full capacity all week.\n"), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	br := speakerBriefing("en", "Grid operator", "The grid operator ordered rolling blackouts", "Grid operator", "The grid operator ordered rolling blackouts")
	ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br, Question: "What did the grid operator's spokeswoman blame?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.NotInArticle || !strings.Contains(ans.Text, "by Grid operator") {
		t.Errorf("answer %q, want that the article reports no statement by Grid operator", ans.Text)
	}
}

// TestSpeaks: a sentence names someone speaking when a reporting verb
// follows the name closely, in the same clause.
func TestSpeaks(t *testing.T) {
	for _, tc := range []struct {
		code, text, name string
		want             bool
	}{
		{"de", "Wendel sprach sich zudem für eine Senkung der Netzentgelte aus.", "Konrad Wendel", true},
		{"en", "Harlan said on Thursday that the vote would go ahead.", "Joe Harlan", true},
		{"es", "Miles de personas exigieron la dimisión del gobernador, Ramiro Acosta, reelegido en unos comicios impugnados por sus rivales.", "Ramiro Acosta", false},
		{"en", "Protesters demanded that Harlan resign.", "Joe Harlan", false},
	} {
		a := &article{d: doc.Parse(tc.text), v: vocabFor(tc.code)}
		a.index()
		if got := a.speaks(0, contentWords(tc.name, a.v)); got != tc.want {
			t.Errorf("%s %q: speaks(%q) = %v", tc.code, tc.text, tc.name, got)
		}
	}
}

// TestAsksStatement: a reporting verb asks for someone's words, unless it
// is in the passive ("been charged"), or is a verb of the matter spoken
// of without its preposition ("still talking to his brother?").
func TestAsksStatement(t *testing.T) {
	for _, tc := range []struct {
		code, q string
		want    bool
	}{
		{"en", "Have the loggers been charged with anything?", false},
		{"en", "What did the loggers claim?", true},
		{"en", "Who's responded to the report?", true},
		{"en", "Has the mayor replied to the union's call?", true},
		{"es", "¿Ha sido acusado el alcalde?", false},
		{"es", "¿Qué dijo el alcalde?", true},
		{"fr", "Le maire a-t-il été condamné ?", false},
		{"pt", "O prefeito foi acusado?", false},
		{"pt", "O que Arthur Lira acha que vai acontecer?", true},
		{"en", "Is the mayor still talking to his brother?", false},
		{"en", "Is Tom Hale still talking to his brother?", false},
		{"en", "What has the mayor talked about at the plant?", true},
		{"fr", "Pourquoi le maire parle-t-il d'une crise ?", true},
		{"fr", "Le maire parle-t-il encore à son frère ?", false},
	} {
		v := vocabFor(tc.code)
		if got := readQuestion(tc.q, nil, v, lang.Default().Get(tc.code), nil, nil).asksStatement; got != tc.want {
			t.Errorf("%s %q: asksStatement = %v, want %v", tc.code, tc.q, got, tc.want)
		}
	}
}

// TestSpeakerNotTopic: a name right after a preposition of place or
// topic is not who speaks; a name after an article is.
func TestSpeakerNotTopic(t *testing.T) {
	for _, tc := range []struct {
		code, q, speaker string
	}{
		{"fr", "Qui l'arm\u00e9e dit-elle avoir vis\u00e9 \u00e0 Ain Sarouf ?", ""},
		{"en", "What did the minister say about Trump?", ""},
		{"en", "What did Hong Lei say about Mandiant?", "Hong Lei"},
		{"pt", "O que a Petrobras disse?", "Petrobras"},
		{"fr", "Qu'a dit Macron \u00e0 Berlin ?", "Macron"},
		// Across a determiner or two words in lower case.
		{"en", "What did the senators say about the Harbour Board's plan?", ""},
		{"es", "\u00bfQu\u00e9 le pide la diputada al ministro de Vivienda?", ""},
		{"en", "What did the Harbour Board say about the senators' plan?", "Harbour Board"},
	} {
		qu := readQuestion(tc.q, nil, vocabFor(tc.code), lang.Default().Get(tc.code), nil, nil)
		if qu.speaker != tc.speaker {
			t.Errorf("%s %q: speaker %q, want %q", tc.code, tc.q, qu.speaker, tc.speaker)
		}
	}
}
