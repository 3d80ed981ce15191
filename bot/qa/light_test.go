package qa

import "testing"

// TestLightVerb: a light verb ("go", "doing", "make") is no word the
// answer must hold; its object or context holds what is asked, and the
// article says it with a verb of its own.
func TestLightVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "how many go to the school", code: "en",
			text: "Fire drill at Larkspur Academy\n\nA fire alarm emptied Larkspur Academy on Tuesday morning, and classes resumed after an hour.\n\n" +
				"The head teacher wrote to the families of the academy's 1,240 pupils on Wednesday.\n\n" +
				"The fire service found a faulty sensor in the kitchen.\n",
			q: "How many pupils go to Larkspur Academy?", quote: "1,240 pupils",
		},
		{
			name: "what was she doing", code: "en",
			text: "Mayor skips budget vote\n\nThe city council passed the budget on Monday in the absence of Mayor Dana Whitlock.\n\n" +
				"Whitlock attended a trade fair in Osaka during the vote, her office said.\n\n" +
				"Council members said the budget would fund two new libraries.\n",
			q: "What was Whitlock doing during the vote?", quote: "trade fair in Osaka",
		},
		{
			name: "where it was held", code: "en",
			text: "Border talks\n\nThe foreign ministers of Norland and Corran agreed on Tuesday to reopen two border crossings.\n\n" +
				"The two-day summit opened in Varna on Monday with a dinner for both delegations.\n\n" +
				"Traders on both sides welcomed the news, and the crossings will reopen in May.\n",
			q: "Where was the summit held?", quote: "opened in Varna",
		},
		{
			name: "who gave it", code: "en",
			text: "Bridge reopens\n\nThe Tolley bridge reopened to traffic on Saturday after two years of repairs.\n\n" +
				"A short speech by the county engineer Ada Brink opened the ceremony, and a brass band played.\n\n" +
				"Drivers had used a detour through Brenford since the spring of last year.\n",
			q: "Who gave the speech at the ceremony?", quote: "Ada Brink",
		},
		{
			name: "cuánto tiempo lleva", code: "es",
			text: "Elecciones en Tarvel\n\nLa alcaldesa Ana Ruiz anunció el lunes que no se presentará a las elecciones de mayo.\n\n" +
				"Ruiz ocupa la alcaldía de Tarvel desde hace seis años, tras ganar dos elecciones seguidas.\n\n" +
				"Su partido elegirá a un nuevo candidato en una asamblea abierta el próximo mes.\n",
			q: "¿Cuánto tiempo lleva Ana Ruiz en la alcaldía?", quote: "seis años",
		},
		{
			name: "qué alumnos harán", code: "es",
			text: "Nueva prueba en Tarvel\n\nEl ministerio de Educación de Tarvel anunció el martes una nueva prueba provincial de lectura.\n\n" +
				"La prueba provincial incluirá a los alumnos de quinto grado de todas las escuelas públicas.\n\n" +
				"Los resultados de la prueba se publicarán en diciembre, dijo la ministra.\n",
			q: "¿Qué alumnos harán la prueba?", quote: "quinto grado",
		},
		{
			name: "quanto tempo leva", code: "pt",
			text: "Eleições em Tarvel\n\nA prefeita Ana Ruiz anunciou na segunda-feira que não vai concorrer às eleições de maio.\n\n" +
				"Ruiz ocupa a prefeitura de Tarvel há seis anos, depois de vencer duas eleições seguidas.\n\n" +
				"O seu partido vai escolher um novo candidato numa assembleia aberta no próximo mês.\n",
			q: "Quanto tempo leva Ana Ruiz na prefeitura?", quote: "seis anos",
		},
		{
			// The light verb is the only word of the question besides
			// its names: a sentence that names them is no answer.
			name: "nothing besides the names", code: "en",
			text: "Mayor skips budget vote\n\nThe city council passed the budget on Monday in the absence of Mayor Dana Whitlock.\n\n" +
				"Council members said the budget would fund two new libraries.\n\n" +
				"The libraries will open in the spring in the north and the south of the city, the council said.\n",
			q: "Where did Whitlock go instead of the vote?",
		},
	})
}
