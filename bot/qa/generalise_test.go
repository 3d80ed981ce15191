package qa

import (
	"slices"
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// ruleCase is a question on a short invented article: quote is a piece of
// the sentence the answer must quote, "" when the article does not say.
type ruleCase struct {
	name, code, text, q string
	quote               string
}

// runRuleCases answers each case's question with no briefing's parties.
func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	sc := make([]statementCase, len(cases))
	for i, tc := range cases {
		sc[i] = statementCase{name: tc.name, code: tc.code, text: tc.text, q: tc.q, quote: tc.quote}
	}
	runStatementCases(t, sc)
}

// TestAnswerType: the noun after "which" names the kind of answer, and a
// sentence that names an instance need not hold it; a noun of quantity
// asks for a number, and a year is none.
func TestAnswerType(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "instance without the kind noun", code: "en",
			text: "Harbour plan approved\n\nThe council voted on Monday to build a new ferry terminal near the old fish market.\n\n" +
				"The terminal would be built on the Pelham Quay site, on the eastern side of the bay.\n\n" +
				"Residents said the traffic on the coast road would double.\n",
			q: "Which part of the bay would the terminal be built on?", quote: "Pelham Quay",
		},
		{
			// "What kind of" asks which, as "which" does, and "kind"
			// is no word the answer must hold.
			name: "what kind of", code: "en",
			text: "Airliner lost\n\nA few hours before the Boeing 737-800 jet crashed on Wednesday, the airport had reopened after a storm.\n\n" +
				"Relatives of the passengers gathered at the terminal on Thursday.\n\n" +
				"The airline said the crew was experienced and the weather had cleared.\n",
			q: "What kind of plane was it?", quote: "Boeing 737-800",
		},
		{
			name: "kind noun missing and the rest too", code: "fr",
			text: "Procès à Lormont\n\nLe procès opposant le boulanger Émile Roussel au maire Gérard Fabre a repris mardi devant le tribunal de Lormont.\n\n" +
				"Les avocats ont demandé une expertise des comptes de la mairie.\n\n" +
				"L'audience a été suspendue pendant une heure.\n",
			q: "Quel jugement le tribunal de Lormont a-t-il prononcé ?",
		},
		{
			name: "measure asks a number", code: "pt",
			text: "Cão resgatado ganha lar\n\nUm cachorro abandonado na estrada foi adotado por uma família de Itabira nesta semana.\n\n" +
				"Segundo a veterinária, o cachorro, de 9 meses, vai precisar de fisioterapia.\n\n" +
				"A família pede ajuda para pagar o tratamento do cachorro.\n",
			q: "Qual é a idade do cachorro?", quote: "de 9 meses",
		},
		{
			name: "a year is no age", code: "fr",
			text: "Un ministre contesté\n\nLe ministre Paul Garnier a été élu député en 2007 dans la circonscription de Vannes.\n\n" +
				"Paul Garnier a défendu sa réforme devant les sénateurs jeudi.\n\n" +
				"Ses opposants dénoncent un passage en force et réclament un nouveau débat au Parlement avant la fin du mois de juin.\n",
			q: "Quel âge a Paul Garnier ?",
		},
		{
			name: "how many of a thing bought is no money", code: "de",
			text: "Daten im Netz\n\nEin Sammler kaufte nach eigener Aussage insgesamt 800 Dateien von einem Händler.\n\n" +
				"Die Firma prüft, ob sie Anzeige erstattet.\n\n" +
				"Der Händler war für eine Stellungnahme nicht erreichbar, und auch die Polizei in der Stadt wollte sich zu dem Fall am Freitag nicht äußern.\n",
			q: "Wie viele Dateien hat der Sammler gekauft?", quote: "800 Dateien",
		},
	})
}

func TestAnswerTypeNoun(t *testing.T) {
	v := vocabFor("en")
	for q, want := range map[string]string{
		"Which company did he name?":      "company",
		"What did the minister say?":      "",
		"Which Berlin office was closed?": "office",
		"Which Democrats voted for it?":   "",
		"Which 2020 report said so?":      "",
	} {
		ws := splitWords(q)
		got := ""
		if i := answerType(ws, v, nil); i >= 0 {
			got = ws[i].f
		}
		if got != want {
			t.Errorf("%q: type noun %q, want %q", q, got, want)
		}
	}
}

// TestNotSame: a word of a group with a suffix ("planes") does not put
// the word its suffix leaves ("plan") in the group.
func TestNotSame(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"en": {{"plans", "planes"}, {"planning", "plane"}, {"plan", "jet"}},
	} {
		v := vocabFor(code)
		for _, p := range pairs {
			if a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1])); a == b {
				t.Errorf("%s: %q and %q are both %q", code, p[0], p[1], a)
			}
		}
	}
}

// TestSameSynonyms: near-synonyms a reader uses for the article's word
// match it.
func TestSameSynonyms(t *testing.T) {
	for code, pairs := range map[string][][2]string{
		"en": {{"invested", "investment"}, {"employees", "staff"}, {"fire", "blaze"}, {"destroyed", "destruction"}},
		"de": {{"Angestellte", "Beschäftigten"}, {"Feuer", "Brände"}, {"zerstört", "vernichteten"}, {"steigen", "erhöht"}},
		"es": {{"rutas", "carreteras"}, {"cortadas", "bloqueadas"}, {"pobre", "pobreza"}, {"periódico", "diario"}, {"liberados", "libertad"}, {"detenido", "capturas"}},
		"fr": {{"trajets", "déplacements"}, {"contraventions", "constats"}, {"relâchée", "libérée"}, {"poste", "fonction"}},
		"pt": {{"cachorro", "filhote"}, {"empresa", "companhia"}, {"pobre", "pobreza"}},
	} {
		v := vocabFor(code)
		for _, p := range pairs {
			a, b := v.stem(lang.Fold(p[0])), v.stem(lang.Fold(p[1]))
			if a != b {
				t.Errorf("%s: %q → %q, %q → %q, want the same term", code, p[0], a, p[1], b)
			}
		}
	}
}

// TestAnswerSynonyms: a question in other words than the article's finds
// its sentence through the same groups, phrases included ("ums Leben
// kommen" is dying, "put into" is investing).
func TestAnswerSynonyms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "phrase of dying", code: "de",
			text: "Seuche im Dorf\n\nIm Herbst erkrankten in dem Dorf Nordau viele Schafe an einem unbekannten Erreger.\n\n" +
				"Zwei Monate später hatten sich 40 Bewohner angesteckt, 12 starben an hohem Fieber.\n\n" +
				"Die Behörden ließen die Ställe schließen und die Tiere untersuchen, wie das Landratsamt am Montag mitteilte.\n",
			q: "Wie viele Bewohner kamen in Nordau ums Leben?", quote: "12 starben",
		},
		{
			name: "put into is invest", code: "en",
			text: "Resort plan advances\n\nThe county approved talks with a developer for a lakeside resort on Tuesday night.\n\n" +
				"This would be a $40 million investment by the Sunport group, according to county officials.\n\n" +
				"Residents who spoke at the meeting said the project was far too large for the quiet lake shore.\n",
			q: "How much money would the Sunport group put into the resort?", quote: "$40 million",
		},
		{
			name: "roads blocked", code: "es",
			text: "Bloqueos en el país\n\nLa organización campesina convocó un paro nacional el lunes contra el alto costo de la vida.\n\n" +
				"La policía de tránsito precisó que son 12 las carreteras bloqueadas en ambos sentidos.\n\n" +
				"El gobierno pidió a los manifestantes que permitieran el paso de ambulancias durante la jornada.\n",
			q: "¿Cuántas rutas estaban cortadas?", quote: "12 las carreteras",
		},
	})
}

// TestSpan: a question asking how long is answered by a number before a
// unit of time or length, not by a clock time or a count.
func TestSpan(t *testing.T) {
	const blackout = "Power cut in Lormont\n\nThe power went out across Lormont on Tuesday evening after a storm damaged the main line.\n\n" +
		"The outage, which began at 6:30 p.m. and hit 12,000 homes, lasted until the storm passed, the utility said.\n\n" +
		"Crews worked through the night to repair the line near the river.\n"
	runRuleCases(t, []ruleCase{
		{name: "a clock time is no span", code: "en", text: blackout, q: "How long did the outage last?"},
		{name: "a count is no span", code: "en", text: blackout, q: "How long did the outage last in the 12,000 homes?"},
		{name: "number before a unit", code: "en",
			text: blackout + "\nThe outage lasted three hours in the town centre, the utility said.\n",
			q:    "How long did the outage last?", quote: "three hours"},
		{name: "french duration", code: "fr",
			text: "Audience agitée\n\nLe procès du maire s'est poursuivi lundi devant le tribunal de Vannes, où de nombreux habitants étaient venus soutenir l'élu.\n\n" +
				"Le juge a suspendu l'audience pendant 20 minutes à 15 h 30 après un incident entre les avocats.\n\nLes débats reprendront mardi matin avec l'audition des témoins.\n",
			q: "Combien de temps l'audience a-t-elle été suspendue ?", quote: "20 minutes"},
		{name: "portuguese clock time", code: "pt",
			text: "Reunião em Brasília\n\nO ministro recebeu os governadores no palácio nesta terça-feira às 15h30 para discutir o orçamento dos estados do Norte.\n\n" +
				"A reunião com os governadores durou até as 17h30 e terminou sem acordo, segundo a assessoria do ministério.\n\nUm novo encontro deve ser marcado para a próxima semana.\n",
			q: "Quanto tempo durou a reunião com os governadores?"},
	})
}

// TestNamesAsked: "what are the names of…" asks for names, in the plural
// too: a sentence that counts the people without naming them does not
// answer it.
func TestNamesAsked(t *testing.T) {
	const unnamed = "Raid in Dalby\n\nPolice in Dalby arrested two guards of the city prison on Tuesday after a raid on a warehouse near the port.\n\n" +
		"The two guards were taken to the central station, Chief Inspector Mara Voss told reporters in Dalby.\n\n" +
		"The warehouse belongs to a company registered in Lisbon, she added.\n"
	runRuleCases(t, []ruleCase{
		{name: "names not given", code: "en", text: unnamed, q: "What are the names of the arrested guards?"},
		{name: "names given", code: "en",
			text: unnamed + "\nThe arrested guards, Tom Hale and Rob Finch, had worked at the prison for ten years.\n",
			q:    "What are the names of the arrested guards?", quote: "Tom Hale"},
		{name: "noms non donnés", code: "fr",
			text: "Coup de filet à Dole\n\nLa police de Dole a interpellé mardi deux gardiens de la prison de la ville après une perquisition dans un entrepôt du port.\n\n" +
				"Les deux gardiens ont été conduits au commissariat central, a indiqué la commissaire Marie Vasseur à Dole.\n\nL'entrepôt appartient à une société enregistrée à Lisbonne, a-t-elle ajouté.\n",
			q: "Quels sont les noms des gardiens interpellés ?"},
	})
}

// TestWhatPhrase: "Qu'est-ce qui…" asks what, though it holds "qui": the
// answer need not name anyone.
func TestWhatPhrase(t *testing.T) {
	const port = "Colère au port de Sète\n\nLes pêcheurs du port de Sète ont manifesté jeudi devant la mairie pour la deuxième fois ce mois-ci.\n\n" +
		"La hausse du prix du gazole inquiète les pêcheurs, qui sortent moins souvent en mer depuis le début de l'hiver.\n\n" +
		"Le maire doit recevoir une délégation la semaine prochaine.\n"
	runRuleCases(t, []ruleCase{
		{name: "qu'est-ce qui asks what", code: "fr", text: port, q: "Qu'est-ce qui inquiète les pêcheurs ?", quote: "prix du gazole"},
		{name: "qui still asks who", code: "fr", text: port, q: "Qui inquiète les pêcheurs ?"},
	})
}

// TestGenericVerbs: the forms of "do", "get", "happen" (and Spanish
// "tener", "pasar", Portuguese "ter", "acontecer") carry no content: an
// answer need not hold them, and a question of nothing else is declined.
func TestGenericVerbs(t *testing.T) {
	const boat = "Skipper rescued off Brittany\n\nA French skipper was taken to hospital in Brest on Sunday after a coastguard helicopter lifted him from his yacht.\n\n" +
		"He was sailing from Lorient towards Lisbon when he fell ill on Saturday night, his team said.\n\n" +
		"The yacht will be towed back to Lorient this week.\n"
	runRuleCases(t, []ruleCase{
		{name: "happened to something not in the article", code: "en", text: boat, q: "What happened to the cargo?"},
		{name: "tuvo is no content", code: "es",
			text: "Rescate frente a Galicia\n\nUn navegante fue trasladado el domingo a un hospital de Vigo después de que un helicóptero lo rescatara de su velero.\n\n" +
				"Según su equipo, el patrón francés navegaba desde Lorient hacia Lisboa y sufrió un desmayo el sábado por la noche.\n\nEl velero será remolcado a puerto esta semana.\n",
			q: "¿Qué problema tuvo el patrón francés?", quote: "sufrió un desmayo"},
	})
}

// TestCountryWords: a sentence names a country by its demonym as well as
// its name, in a question's word or the answer's.
func TestCountryWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "demonym answers the country's name", code: "en",
			text: "Tensions at sea\n\nThe Greek government summoned an ambassador in Athens on Tuesday evening.\n\n" +
				"Officials said Turkish warships were escorting a survey vessel south of Crete.\n\n" +
				"The talks between the two ministers were postponed until next month, a spokesman said.\n",
			q: "What were Turkey's warships escorting?", quote: "Turkish warships",
		},
		{
			name: "country's name answers the demonym", code: "en",
			text: "A prisoner freed\n\nThe engineer spent two years in a prison in Egypt before his release last week.\n\n" +
				"His family thanked the lawyers who had taken up his case.\n\n" +
				"He plans to return to his work at a bridge company in Ohio.\n",
			q: "How long was he in an Egyptian prison?", quote: "two years",
		},
		{
			name: "lower-case demonym", code: "es",
			text: "Autos robados\n\nLas autoridades peruanas entregaron 40 camiones robados a Chile el lunes.\n\n" +
				"La policía investiga a una banda que opera en la frontera norte desde hace varios años.\n\n" +
				"Los dueños de los vehículos esperan recuperarlos antes de fin de mes.\n",
			q: "¿Cuántos camiones entregó Perú?", quote: "40 camiones",
		},
		{
			name: "another country is no answer", code: "en",
			text: "Tensions at sea\n\nThe Greek government summoned an ambassador in Athens on Tuesday evening.\n\n" +
				"Officials said Italian warships were escorting a survey vessel south of Crete.\n\n" +
				"The talks between the two ministers were postponed until next month, a spokesman said.\n",
			q: "What were Turkey's warships escorting?",
		},
	})
}

// TestContractionsCarryNoContent: what is left of an English contraction
// ("isn't", "we'll") is no word the answer must hold.
func TestContractionsCarryNoContent(t *testing.T) {
	v := vocabFor("en")
	for q, want := range map[string][]string{
		"What will the mayor do if the bridge isn't repaired?": {"bridg", "mayor", "repair"},
		"Why didn't the ferry sail and when will it?":          {"ferry", "sail"},
		"When do residents think they'll close the harbour?":   {"=close", "harbou", "reside", "think"},
		"What haven't they paid yet and what've they spent?":   {"=pay", "spent"},
	} {
		qu := readQuestion(q, nil, v, nil, nil, nil)
		var got []string
		for t := range qu.terms {
			got = append(got, t)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: terms %v, want %v", q, got, want)
		}
	}
}

// TestFrameAdverbsCarryNoContent: an adverb that frames what is asked
// ("so far", "even", "already", "elsewhere", "the whole") is no word the
// answer must hold: the article says what is asked in its own words.
func TestFrameAdverbsCarryNoContent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "so far", code: "en",
			text: "Flood repairs\n\nThe storm in March damaged houses across the valley and closed the coast road.\n\n" +
				"As of Friday, the council has repaired 420 homes in Dunmore and Kilbride.\n\n" +
				"Residents said the work was slow but welcome, and asked the council to reopen the coast road before the winter.\n",
			q: "How many homes has the council repaired so far?", quote: "420 homes",
		},
		{
			name: "elsewhere", code: "en",
			text: "Ferry line cut\n\nThe harbour board on Monday stopped the Ostrava Line from using the port of Dunmore.\n\n" +
				"The company is still sailing in Scotland, with routes to Oban and Mallaig.\n\n" +
				"The board cited unpaid fees and said the ban would last until the company settles its debts with the port.\n",
			q: "Does the Ostrava Line still sail elsewhere in Scotland?", quote: "routes to Oban",
		},
		{
			name: "even, already", code: "en",
			text: "Heat record\n\nThe summer was the hottest the station has measured, with a mean of 21.3 degrees.\n\n" +
				"Forecasters said next summer could be hotter still, as the ocean keeps warming.\n\n" +
				"Farmers asked the regional government for help with irrigation and for a fund to cover lost harvests.\n",
			q: "Could next summer be even hotter?", quote: "could be hotter still",
		},
	})
}
