package qa

import "testing"

// TestRelation: a sentence that names what the question names but not
// the relation it asks about (its verb, or an inflection or a word of
// the verb's same group) does not answer it.
func TestRelation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "copied is not stolen", code: "en",
			text: "Leak at Brindle Works\n\nPlans of the Brindle Works turbines appeared online on Tuesday, the company said.\n\n" +
				"The files surfaced after hackers copied the plans and offered them for sale on a forum.\n\n" +
				"The police opened an inquiry into the leak, which the company reported on Wednesday morning.\n",
			q: "Who are the hackers who stole the plans?",
		},
		{
			name: "stolen, another inflection", code: "en",
			text: "Leak at Brindle Works\n\nPlans of the Brindle Works turbines appeared online on Tuesday, the company said.\n\n" +
				"The plans were stole by a group calling itself Grey Heron, the company said.\n\n" +
				"The police opened an inquiry into the leak, which the company reported on Wednesday morning.\n",
			q: "Who stole the plans?", quote: "Grey Heron",
		},
		{
			name: "found is held by recovered, its near-synonym", code: "en",
			text: "Missing climber\n\nA climber went missing on Mount Kell on Sunday, rescuers said.\n\n" +
				"Searchers said on Friday that his remains had not been recovered despite a week of searching.\n\n" +
				"The weather on the mountain is expected to improve on Monday, forecasters said.\n",
			q: "Has his body been found?", quote: "remains had not been recovered",
		},
		{
			name: "found is not held by seen", code: "en",
			text: "Missing climber\n\nA climber went missing on Mount Kell on Sunday, rescuers said.\n\n" +
				"Searchers said on Friday that his body had been seen from a helicopter near the summit.\n\n" +
				"The weather on the mountain is expected to improve on Monday, forecasters said.\n",
			q: "Has his body been found?",
		},
		{
			name: "suspended answers who pulled it", code: "en",
			text: "Airline banned\n\nGermany banned the Iranian airline Mahan Air on Monday.\n\n" +
				"The Federal Aviation Office suspended Mahan's operating permit with immediate effect.\n\n" +
				"The airline still flies to Spain, Greece and Italy from Tehran several times a week, its website shows.\n\n" +
				"Officials in Berlin said the decision followed a security review of the carrier's links to the military.\n",
			q: "Which authority pulled Mahan's permit?", quote: "Federal Aviation Office",
		},
		{
			name: "Spanish found held by hallado", code: "es",
			text: "Desaparecido en la montaña\n\nUn montañista desapareció el domingo en el cerro Kell, informaron los rescatistas.\n\n" +
				"El cuerpo del montañista fue hallado el viernes cerca de la cumbre, según la policía local.\n\n" +
				"Las autoridades abrieron una investigación para determinar las causas de su muerte en la montaña.\n",
			q: "¿Cuándo encontraron el cuerpo del montañista?", quote: "hallado el viernes",
		},
		{
			name: "German participle not held", code: "de",
			text: "Datenleck bei Kranwerk\n\nPläne der Kranwerk-Turbinen sind am Dienstag im Internet aufgetaucht, teilte das Unternehmen mit.\n\n" +
				"Die Dateien tauchten auf, nachdem Unbekannte die Pläne kopiert und in einem Forum angeboten hatten.\n\n" +
				"Die Polizei ermittelt wegen des Lecks, das die Firma am Mittwochmorgen gemeldet hatte.\n",
			q: "Wer hat die Pläne gestohlen?",
		},
		{
			name: "French participle held by its group", code: "fr",
			text: "Incendie à Vorlange\n\nUn incendie a ravagé un entrepôt de Vorlange dans la nuit de lundi, selon les pompiers.\n\n" +
				"Deux gardiens ont été tués dans l'incendie de l'entrepôt, a précisé la préfecture.\n\n" +
				"Le parquet de Vorlange a ouvert une enquête sur les causes de cet incendie mardi matin.\n",
			q: "Combien de gardiens sont morts dans l'incendie de l'entrepôt ?", quote: "Deux gardiens",
		},
		{
			name: "French count without the death", code: "fr",
			text: "Incendie à Vorlange\n\nUn incendie a ravagé un entrepôt de Vorlange dans la nuit de lundi, selon les pompiers.\n\n" +
				"Deux gardiens se trouvaient dans l'entrepôt pendant l'incendie, a précisé la préfecture.\n\n" +
				"Le parquet de Vorlange a ouvert une enquête sur les causes de cet incendie mardi matin.\n",
			q: "Combien de gardiens sont morts dans l'incendie de l'entrepôt ?",
		},
	})
}

// TestPrefixes: a language's prefixes (German "ge") are stripped before
// words are matched, so a participle or an adjective made of one meets
// its noun ("gepanzerte" and "Panzerwagen").
func TestPrefixes(t *testing.T) {
	v := vocabFor("de")
	for _, tc := range []struct{ a, b string }{
		{"gepanzerter", "panzerwagen"},
		{"gestohlen", "stehlen"},
	} {
		if v.stem(tc.a) != v.stem(tc.b) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: want the same", tc.a, v.stem(tc.a), tc.b, v.stem(tc.b))
		}
	}
	for _, tc := range []struct {
		code, w string
		want    bool
	}{
		{"en", "stolen", false}, {"en", "copied", true}, {"fr", "tués", true}, {"fr", "société", false},
		{"de", "gestohlen", true}, {"de", "gemeldet", true}, {"pt", "abandonou", true}, {"es", "murió", true},
	} {
		if got := vocabFor(tc.code).isVerbForm(tc.w); got != tc.want {
			t.Errorf("%s: isVerbForm(%q) = %v, want %v", tc.code, tc.w, got, tc.want)
		}
	}
}

// TestKinAndSurname: a sibling is asked for by either word ("X's
// brother", "the sister of Y"), and a person named in full in the
// question is named by the surname alone in the article; Portuguese
// imperfect and gerund meet ("pediam", "pedindo").
func TestKinAndSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "sister of answers brother", code: "en",
			text: "Council race in Dunmore\n\nThe council race in Dunmore was close on Tuesday night, with Nora Pellaton ahead by 300 votes.\n\n" +
				"The count went on past midnight at the town hall, officials said.\n\n" +
				"Pellaton, the sister of county chairman Owen Tressel, campaigned on the new bridge.\n",
			q: "Who is Nora Pellaton's brother?", quote: "Owen Tressel",
		},
		{
			name: "no sibling named", code: "en",
			text: "Council race in Dunmore\n\nThe council race in Dunmore was close on Tuesday night, with Nora Pellaton ahead by 300 votes.\n\n" +
				"The count went on past midnight at the town hall, officials said.\n\n" +
				"Pellaton, a former teacher from Dunmore, campaigned on the new bridge.\n",
			q: "Who is Nora Pellaton's brother?",
		},
		{
			name: "imperfect meets gerund", code: "pt",
			text: "Quadrilha presa em Itaúna\n\nA polícia prendeu nesta terça-feira uma quadrilha de sequestradores em Itaúna, segundo a Secretaria.\n\n" +
				"Os criminosos começavam pedindo 80 mil reais de resgate às famílias das vítimas.\n\n" +
				"No fim das negociações, aceitavam valores menores, disse o delegado responsável pelo caso.\n",
			q: "Quanto os sequestradores pediam de resgate?", quote: "80 mil",
		},
	})
}

// TestAdjectiveParticiple: a question's participle used as an adjective
// in a sentence ("der beschlossenen Sperre") tells it done, though a
// word of the future ("soll") rules what follows.
func TestAdjectiveParticiple(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "attributive participle", code: "de",
			text: "Sperre in Wolfsgrund verlängert\n\nDer Stadtrat von Wolfsgrund hat am Montag über die Brückensperre beraten, teilte die Stadt mit.\n\n" +
				"Damit soll die bis zum 14. Mai beschlossenen Sperre der Brücke noch einmal weitergehen.\n\n" +
				"Anwohner kritisierten die langen Umwege über die Landstraße nach Kirchberg.\n",
			q: "Bis wann war die Sperre der Brücke bisher beschlossen?", quote: "14. Mai",
		},
		{
			name: "only announced", code: "de",
			text: "Sperre in Wolfsgrund geplant\n\nDer Stadtrat von Wolfsgrund hat am Montag über die Brückensperre beraten, teilte die Stadt mit.\n\n" +
				"Die Sperre der Brücke soll bis zum 14. Mai beschlossen werden, sagte der Bürgermeister.\n\n" +
				"Anwohner kritisierten die langen Umwege über die Landstraße nach Kirchberg.\n",
			q: "Bis wann war die Sperre der Brücke bisher beschlossen?",
		},
	})
}

// TestInvertedVerb: a French verb with its subject pronoun joined after
// it ("détient-il") is the relation the question asks about: a sentence
// that counts the hostages taken does not say how many are held.
func TestInvertedVerb(t *testing.T) {
	const taken = "Otages au Sahel\n\nLe groupe armé a enlevé onze ouvriers d'une mine d'or près de la frontière en mars, selon les autorités locales.\n\n" +
		"Le groupe armé avait déjà capturé quatre otages lors d'une première attaque contre la mine en janvier, selon l'armée.\n\n" +
		"Les familles demandent au gouvernement d'ouvrir des négociations.\n"
	runRuleCases(t, []ruleCase{
		{name: "taken is not held", code: "fr", text: taken, q: "Combien d'otages le groupe armé détient-il encore ?"},
		{name: "held", code: "fr",
			text: taken + "\nSelon l'armée, le groupe armé détient encore sept otages dans le nord du pays.\n",
			q:    "Combien d'otages le groupe armé détient-il encore ?", quote: "sept otages"},
	})
}

// TestCountedIsNoRelation: what a "how many" question counts is no verb
// the answer must hold, even in the form of a participle ("¿Cuántos
// detenidos…?"); the verb that follows still is.
func TestCountedIsNoRelation(t *testing.T) {
	const text = "Audiencias en San Salvador\n\nLa policía presentó ante los jueces a 300 detenidos durante el fin de semana, según la Fiscalía.\n\n" +
		"En las audiencias, los jueces dejaron en libertad a 17 procesados por falta de pruebas.\n\n" +
		"Los demás seguirán en prisión preventiva mientras dure la investigación.\n"
	runRuleCases(t, []ruleCase{
		{name: "counted participle", code: "es", text: text, q: "¿Cuántos detenidos han sido liberados en las audiencias?", quote: "17 procesados"},
		{name: "the verb is still needed", code: "es", text: text, q: "¿Cuántos detenidos han sido condenados en las audiencias?"},
	})
}

// TestVerbAfterFuture: the verb right after a future or a modal
// auxiliary ("va a participar", "vai participar") is the relation the
// question asks about.
func TestVerbAfterFuture(t *testing.T) {
	const text = "Elecciones en Carabobo\n\nEl consejo electoral confirmó este martes que las elecciones regionales de Carabobo se celebrarán el 6 de diciembre.\n\n" +
		"La oposición pidió aplazar las elecciones de diciembre hasta que se revise el padrón electoral, según su portavoz.\n\n" +
		"El gobierno regional rechazó la petición de la oposición.\n"
	runRuleCases(t, []ruleCase{
		{name: "not said", code: "es", text: text, q: "¿Va a participar la oposición en las elecciones de diciembre?"},
		{name: "said", code: "es",
			text: text + "\nLa oposición participará en las elecciones de diciembre aunque no se revise el padrón, dijo su portavoz.\n",
			q:    "¿Va a participar la oposición en las elecciones de diciembre?", quote: "participará"},
	})
}

// TestAgent: a "who" question asks who did what its verb says; a
// sentence that holds the verb only in the passive, with no agent, does
// not say who ("The dog was abandoned on a road").
func TestAgent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "passive without agent", code: "en",
			text: "Dog rescued\n\nA shelter in Millbrook is raising money to treat a dog found on Route 9 last week.\n\n" +
				"The dog, named Pepper, was abandoned on the road near the Millbrook quarry, volunteers said.\n\n" +
				"The shelter hopes to find her a family once she has recovered from her injuries.\n",
			q: "Who abandoned the dog on the road?",
		},
		{
			name: "passive with agent", code: "en",
			text: "Dog rescued\n\nA shelter in Millbrook is raising money to treat a dog found on Route 9 last week.\n\n" +
				"The dog, named Pepper, was abandoned on the road by a farmer from Ashby, volunteers said.\n\n" +
				"The shelter hopes to find her a family once she has recovered from her injuries.\n",
			q: "Who abandoned the dog on the road?", quote: "by a farmer",
		},
		{
			name: "agent after an adverbial", code: "en",
			text: "Dog rescued\n\nA shelter in Millbrook is raising money to treat a dog found on Route 9 last week.\n\n" +
				"The dog, named Pepper, was abandoned on Friday near the quarry by a farmer from Ashby, volunteers said.\n\n" +
				"The shelter hopes to find her a family once she has recovered from her injuries.\n",
			q: "Who abandoned the dog?", quote: "by a farmer",
		},
		{
			name: "active", code: "en",
			text: "Dog rescued\n\nA shelter in Millbrook is raising money to treat a dog found on Route 9 last week.\n\n" +
				"Volunteers said a farmer from Ashby abandoned the dog on the road near the quarry.\n\n" +
				"The shelter hopes to find her a family once she has recovered from her injuries.\n",
			q: "Who abandoned the dog on the road?", quote: "Ashby",
		},
		{
			name: "Portuguese passive without agent", code: "pt",
			text: "Cadela resgatada\n\nUm abrigo de Serra Alta arrecada dinheiro para tratar uma cadela encontrada na semana passada.\n\n" +
				"A cadela Pipoca foi abandonada na estrada perto da pedreira de Serra Alta, segundo os voluntários.\n\n" +
				"O abrigo espera encontrar uma família para ela depois da recuperação.\n",
			q: "Quem abandonou a cadela na estrada?",
		},
		{
			name: "a question in the passive asks who underwent it", code: "en",
			text: "Arrests in Millbrook\n\nPolice in Millbrook made two arrests on Friday after a break-in at the town library.\n\n" +
				"Officers said Tom Reede and a second man were arrested near the station on Friday night.\n\n" +
				"The library will reopen on Monday, the council said.\n",
			q: "Who was arrested near the station?", quote: "Tom Reede",
		},
	})
}

// TestNameNotAcrossRelative: a name asked for follows closely what it
// names, in the same clause: a name after a relative pronoun ("a
// website that lets NASA researchers…") names something else.
func TestNameNotAcrossRelative(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "after a relative pronoun", code: "en",
			text: "Counting carbon\n\nLina Okafor studies the energy used by large computer models at a lab in Denver.\n\n" +
				"Okafor recently helped launch a website that lets NASA researchers estimate the carbon footprint of their code.\n\n" +
				"She hopes that more labs will publish the energy their models use.\n",
			q: "What is the name of the website Okafor helped launch?",
		},
		{
			name: "in apposition", code: "en",
			text: "Counting carbon\n\nLina Okafor studies the energy used by large computer models at a lab in Denver.\n\n" +
				"Okafor recently helped launch a website, CarbonTally, that lets researchers estimate the carbon footprint of their code.\n\n" +
				"She hopes that more labs will publish the energy their models use.\n",
			q: "What is the name of the website Okafor helped launch?", quote: "CarbonTally",
		},
	})
}

// TestWhoHoldsTitle: a "who" question with no verb of its own that asks
// who holds a title ("Who is the new director…?") is answered by a
// sentence that names someone next to the title, not by one that names
// someone elsewhere ("Ruiz said the new director…"); a sentence that
// gives the title in other words ("chief" for "head") may name them.
func TestWhoHoldsTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "name away from the title", code: "en",
			text: "Museum changes\n\nThe Harwick museum will reopen in May after two years of works on its roof and galleries.\n\n" +
				"Board chair Ana Ruiz said on Monday that the new director of the museum would be chosen by the end of March.\n\n" +
				"The works cost the town more than it had planned, according to the council.\n",
			q: "Who is the new director of the museum?",
		},
		{
			name: "name next to the title", code: "en",
			text: "Museum changes\n\nThe Harwick museum will reopen in May after two years of works on its roof and galleries.\n\n" +
				"The board chose Tomas Berg, a curator from Oslo, as the new director of the museum on Monday.\n\n" +
				"The works cost the town more than it had planned, according to the council.\n",
			q: "Who is the new director of the museum?", quote: "Tomas Berg",
		},
		{
			name: "title in other words", code: "en",
			text: "Museum changes\n\nThe Harwick museum will reopen in May after two years of works on its roof and galleries.\n\n" +
				"The museum's new chief, Tomas Berg, comes from a gallery in Oslo and starts in June.\n\n" +
				"The works cost the town more than it had planned, according to the council.\n",
			q: "Who is the new head of the museum?", quote: "Tomas Berg",
		},
		{
			name: "Spanish name away from the title", code: "es",
			text: "Cambios en el museo\n\nEl museo de Harwick reabrirá en mayo después de dos años de obras en el techo y las salas.\n\n" +
				"La presidenta del consejo, Ana Ruiz, anunció el lunes que el nuevo director del museo será elegido a fines de marzo.\n\n" +
				"Las obras costaron a la ciudad más de lo previsto, según el concejo municipal.\n",
			q: "¿Quién será el nuevo director del museo?",
		},
	})
}

// TestAgentProgressive: a verb after an auxiliary of the passive that
// has no participle's form ("were organizing") is not in the passive,
// and may say who did it.
func TestAgentProgressive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "progressive", code: "en",
			text: "March in Millbrook\n\nSeveral hundred people marched through Millbrook on Saturday against the closure of the hospital.\n\n" +
				"Nurses from the Millbrook hospital were organizing the march with the local union, police said.\n\n" +
				"The council will vote on the closure next month.\n",
			q: "Who organized the march?", quote: "Nurses",
		},
	})
}
