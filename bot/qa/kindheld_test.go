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
