package qa

import "testing"

// TestLengthIsNoTime: a number before a unit of length is a length, and
// tells no time: "When will work on the tunnel start?" is not answered by
// the tunnel's size, while a number of days still tells when.
func TestLengthIsNoTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "a length does not say when", code: "en",
			text: "Flood tunnel planned\n\nThe county has filed its plans for a flood tunnel under the old mill town.\n\n" +
				"Work on the tunnel, some 900 feet long and 12 feet wide, would carry storm water to the river.\n\n" +
				"Residents said the floods had ruined their shops twice.\n",
			q: "When will work on the tunnel start?",
		},
		{
			name: "a number of days still says when", code: "en",
			text: "Flood tunnel planned\n\nThe county has filed its plans for a flood tunnel under the old mill town.\n\n" +
				"Work on the tunnel will start in 10 days, the county said, and it would carry storm water to the river.\n\n" +
				"Residents said the floods had ruined their shops twice.\n",
			q: "When will work on the tunnel start?", quote: "in 10 days",
		},
		{
			name: "Spanish: a length does not say when", code: "es",
			text: "Túnel contra inundaciones\n\nEl municipio presentó sus planes para un túnel bajo el viejo barrio del molino.\n\n" +
				"Las obras del túnel, de unos 300 metros de largo, llevarán el agua de lluvia hasta el río.\n\n" +
				"Los vecinos dijeron que las inundaciones habían arruinado sus tiendas.\n",
			q: "¿Cuándo empezarán las obras del túnel?",
		},
	})
}

// TestSumIsNoCount: a question that counts things ("how many",
// "cuántas") is not answered by a sum of money, whose number counts no
// one ("can be fined £500"); a count beside a sum still answers, and a
// question about money still takes the sum.
func TestSumIsNoCount(t *testing.T) {
	const fines = "Parking fines raised\n\nThe town council of Dunmore voted on Monday to raise the fines for parking on the seafront promenade.\n\n" +
		"Drivers who park on the promenade can now be fined £500 under the new rules, the council said.\n\n" +
		"Shop owners said the rules would keep visitors away from the seafront in the summer.\n"
	runRuleCases(t, []ruleCase{
		{name: "a sum counts no one", code: "en", text: fines, q: "How many drivers have been fined under the new rules?"},
		{name: "a question about money takes the sum", code: "en", text: fines, q: "How much is the fine for parking on the promenade?", quote: "£500"},
		{
			name: "a count beside a sum still answers", code: "en",
			text: "Parking fines raised\n\nThe town council of Dunmore voted on Monday to raise the fines for parking on the seafront promenade.\n\n" +
				"So far 40 drivers have been fined £500 under the new rules, the council said on Tuesday.\n\n" +
				"Shop owners said the rules would keep visitors away from the seafront in the summer.\n",
			q: "How many drivers have been fined under the new rules?", quote: "40 drivers",
		},
		{
			name: "Spanish: a sum after the number counts no one", code: "es",
			text: "Multas en el paseo marítimo\n\nEl ayuntamiento de Dunmore aprobó el lunes subir las multas por aparcar en el paseo marítimo.\n\n" +
				"Los conductores que aparquen en el paseo podrán ser multados con 500 euros según las nuevas normas, dijo el ayuntamiento.\n\n" +
				"Los comerciantes dijeron que las normas alejarán a los visitantes.\n",
			q: "¿Cuántos conductores han sido multados según las nuevas normas?",
		},
	})
}

// TestDateIsNoCount: a "how many" question is not answered by the day
// of a date ("Sept. 30", "16 de julio") nor by the number of a name
// ("COVID-19"); a count in the same sentence still answers, and a month
// that is also a stop word ("may") makes no date in lower case.
func TestDateIsNoCount(t *testing.T) {
	const intro = "Rail strike in Dunmore\n\nThe rail union in Dunmore called a strike on Monday over pay and the closing of the night trains to the coast.\n\n"
	const outro = "Shop owners said the strike would keep visitors away from the seafront in the summer.\n"
	runRuleCases(t, []ruleCase{
		{name: "a date counts nothing", code: "en", text: intro + "The union said the rail workers joined the strike, which lasts until Sept. 30, the end of the budget year.\n\n" + outro,
			q: "How many rail workers joined the strike?"},
		{name: "a name's number counts nothing", code: "en", text: intro + "The union said the rail workers joined the strike after carrying the trains through the COVID-19 pandemic.\n\n" + outro,
			q: "How many rail workers joined the strike?"},
		{name: "a count beside a date still answers", code: "en", text: intro + "The union said 400 rail workers joined the strike, which lasts until Sept. 30.\n\n" + outro,
			q: "How many rail workers joined the strike?", quote: "400 rail workers"},
		{name: "may in lower case is no month", code: "en", text: intro + "The union said up to 400 may join the strike of the rail workers by the end of the week.\n\n" + outro,
			q: "How many rail workers may join the strike?", quote: "400 may"},
		{
			name: "Spanish: a date counts nothing", code: "es",
			text: "Huelga ferroviaria en Dunmore\n\nEl sindicato ferroviario de Dunmore convocó el lunes una huelga por los salarios y el cierre de los trenes nocturnos.\n\n" +
				"El sindicato dijo que la huelga de los trabajadores ferroviarios seguirá hasta el 16 de julio, cuando termina el año.\n\n" +
				"Los comerciantes dijeron que la huelga alejará a los visitantes de la costa en verano.\n",
			q: "¿Cuántos trabajadores ferroviarios se han sumado a la huelga?",
		},
	})
}

// TestSpanIsNoCount: a "how many" question that counts things is not
// answered by a number of days or months ("two months ago"), which tells
// a time; a count beside it still answers, and a question counting years
// takes it.
func TestSpanIsNoCount(t *testing.T) {
	const intro = "Flu in Dunmore schools\n\nThe health board of Dunmore said on Monday the schools would stay open through the winter.\n\n"
	const outro = "Parents said they were glad the classes would go on.\n"
	runRuleCases(t, []ruleCase{
		{name: "a span counts no cases", code: "en", text: intro + "Since the schools opened two months ago, the board has found flu cases in the schools and watched them closely.\n\n" + outro,
			q: "How many flu cases have been found in the schools?"},
		{name: "a count beside a span still answers", code: "en", text: intro + "Since the schools opened two months ago, the board has found 35 flu cases in the schools.\n\n" + outro,
			q: "How many flu cases have been found in the schools?", quote: "35 flu cases"},
		{name: "a question counting years takes it", code: "en", text: intro + "The schools have stayed open through the winter for six years, the health board said.\n\n" + outro,
			q: "How many years have the schools stayed open through the winter?", quote: "six years"},
		{name: "German: a span counts no cases", code: "de", text: "Grippe an Schulen in Dunmore\n\nDie Gesundheitsbehörde von Dunmore sagte am Montag, die Schulen blieben im Winter offen.\n\n" +
			"Seit die Schulen vor zwei Monaten öffneten, beobachtet die Behörde die Grippefälle in der Stadt genau.\n\nEltern sagten, sie seien froh über den Unterricht.\n",
			q: "Wie viele Grippefälle wurden in den Schulen gefunden?"},
	})
}

// TestVagueIsNoWhich: a "which" question is not answered by a sentence
// that counts the things it asks about without naming them ("some
// countries", "several large firms"); one that names them after the
// vague word still answers.
func TestVagueIsNoWhich(t *testing.T) {
	const intro = "Fishing quotas cut\n\nThe fisheries board met in Dunmore on Tuesday to set the quotas for the coming season.\n\n"
	const outro = "Fishermen in the harbour said the season had been poor.\n"
	runRuleCases(t, []ruleCase{
		{name: "some countries says not which", code: "en", text: intro + "The board said some countries had cut their quotas for cod too early in the season.\n\n" + outro,
			q: "Which countries cut their quotas for cod?"},
		{name: "several with adjectives says not which", code: "en", text: intro + "Ministers from several northern countries cut their quotas for cod at the meeting.\n\n" + outro,
			q: "Which countries cut their quotas for cod?"},
		{name: "names after the vague word answer", code: "en", text: intro + "The board said some countries, Norway and Iceland among them, had cut their quotas for cod.\n\n" + outro,
			q: "Which countries cut their quotas for cod?", quote: "Norway"},
		{name: "German: einige Länder says not which", code: "de", text: "Fangquoten gekürzt\n\nDer Fischereirat traf sich am Dienstag in Dunmore, um die Quoten der Saison festzulegen.\n\n" +
			"Der Rat sagte, einige Länder hätten ihre Quoten für Kabeljau zu früh gekürzt.\n\nDie Fischer im Hafen sagten, die Saison sei für sie alle sehr schlecht gewesen.\n",
			q: "Welche Länder haben ihre Quoten für Kabeljau gekürzt?"},
	})
}

// TestInvestIsMoney: "How much has it invested / spent" asks for money:
// a count of places is no answer, a sum is.
func TestInvestIsMoney(t *testing.T) {
	const intro = "Relief society grows\n\nThe Dunmore Relief Society opened its new offices by the river on Tuesday.\n\n"
	const outro = "Residents said the society had helped them after the floods of last spring.\n"
	runRuleCases(t, []ruleCase{
		{name: "a count of towns is no sum", code: "en", text: intro + "Since 2014 the society has invested in flood defences and is now active in 17 towns.\n\n" + outro,
			q: "How much has the society invested in flood defences?"},
		{name: "a sum answers", code: "en", text: intro + "Since 2014 the society has invested $2 million in flood defences in the towns.\n\n" + outro,
			q: "How much has the society invested in flood defences?", quote: "$2 million"},
		{name: "German: a count of towns is no sum", code: "de", text: "Hilfswerk wächst\n\nDas Hilfswerk von Dunmore eröffnete am Dienstag seine neuen Büros am Fluss.\n\n" +
			"Seit 2014 hat das Hilfswerk in den Hochwasserschutz investiert und ist jetzt in 17 Städten aktiv.\n\nAnwohner sagten, das Hilfswerk habe ihnen nach dem Hochwasser im letzten Frühjahr sehr geholfen.\n",
			q: "Wie viel hat das Hilfswerk in den Hochwasserschutz investiert?"},
	})
}

// TestDueToIsNoFuture: "due to" after no form of "be" gives a reason
// ("closed due to a leak"), no future: a question about what was done
// takes the sentence; "is due to open" still tells a future.
func TestDueToIsNoFuture(t *testing.T) {
	const intro = "Road closed in Dunmore\n\nDrivers in Dunmore were told on Tuesday to use the ring road for the rest of the week.\n\n"
	const outro = "Shop owners on the street said they had lost a day of trade.\n"
	runRuleCases(t, []ruleCase{
		{name: "due to a leak gives a reason", code: "en", text: intro + "Mill Street is closed between the bridge and the station due to a water leak, the police reported at 2:30 p.m. on Nov. 8.\n\n" + outro,
			q: "When did the police report the closure?", quote: "2:30 p.m."},
		{name: "is due to open tells a future", code: "en", text: intro + "The police reported on Monday that the street is due to open again at noon on Friday.\n\n" + outro,
			q: "When did the police report the closure?"},
	})
}

// TestSpendingTimeIsNoMoney: "How long will he spend…" asks for a time,
// not a sum: a number of months answers it.
func TestSpendingTimeIsNoMoney(t *testing.T) {
	const intro = "Former mayor freed\n\nThe former mayor of Dunmore left the county jail on Tuesday after his term ended.\n\n"
	const outro = "Residents said the town had moved on since the trial.\n"
	runRuleCases(t, []ruleCase{
		{name: "a span answers how long he spends", code: "en", text: intro + "He will spend nine more months in the county jail after the bribery trial, his lawyer said.\n\n" + outro,
			q: "How long will the former mayor spend in jail?", quote: "nine more months"},
		{name: "how much he spent still asks money", code: "en", text: intro + "He spent nine months in the county jail after the bribery trial, his lawyer said.\n\n" + outro,
			q: "How much did the former mayor spend on his trial?"},
	})
}

// TestPastTimeWords: "ago", "yesterday", "vergangenen" tell a past: a
// question about what will happen is not answered by a sentence that
// holds one and no future, while one with a future still answers.
func TestPastTimeWords(t *testing.T) {
	const intro = "Ferry line to Kelby\n\nThe council of Harwick has long argued over the ferry line to Kelby island.\n\n"
	const outro = "Shop owners on Kelby said the island needed its visitors back.\n"
	runRuleCases(t, []ruleCase{
		{name: "ago tells a past", code: "en", text: intro + "The council voted to reopen the ferry line to the island two weeks ago, after a long debate.\n\n" + outro,
			q: "When will the ferry line to the island reopen?"},
		{name: "a future still answers", code: "en", text: intro + "The ferry line to the island will reopen in two weeks, after a long debate, the council said.\n\n" + outro,
			q: "When will the ferry line to the island reopen?", quote: "in two weeks"},
		{name: "German: vergangenen tells a past", code: "de", text: "Fähre nach Kelby\n\nDer Rat von Harwick beriet am Montag über die Fährlinie zur Insel Kelby.\n\n" +
			"Die Fährlinie zur Insel wurde vergangenen Freitag nach einer langen Debatte wieder geöffnet, teilte der Rat mit.\n\nLadenbesitzer auf Kelby sagten, die Insel brauche ihre Besucher dringend zurück.\n",
			q: "Wann soll die Fährlinie zur Insel wieder geöffnet werden?"},
	})
}
