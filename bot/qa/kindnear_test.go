package qa

import "testing"

// TestKindNamedNear: a "which" question whose noun of kind the sentence
// holds is answered only when the sentence names something the question
// does not near it ("the towns of…", "…, the Dock Workers' Guild and…");
// one that holds the noun and names nothing beside it says there are such
// things, not which. "Qual é a prioridade…?" asks what the priority is:
// its noun comes after "to be", and no name is asked for.
func TestKindNamedNear(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "unions named", code: "en",
			text: "Unions pick a side\n\nTwo unions, the Dock Workers' Guild and the Nurses Alliance, have backed Mayor Ana Ruiz in the race.\n\n" +
				"The election will be held in May.\n\n" +
				"Ruiz has led the city since 2019, and her rival, the former harbour master Tom Greer, has promised lower rents and a new tram line.\n",
			q: "Which unions have backed Ruiz?", quote: "Dock Workers",
		},
		{
			name: "unions not named", code: "en",
			text: "Unions pick a side\n\nThe biggest unions in the city have backed Mayor Ana Ruiz in the race, her campaign said on Monday.\n\n" +
				"The election will be held in May.\n\n" +
				"Ruiz has led the city since 2019, and her rival, the former harbour master Tom Greer, has promised lower rents and a new tram line.\n",
			q: "Which unions have backed Ruiz?",
		},
		{
			name: "what the thing is", code: "pt",
			text: "Senado define pauta\n\nA prioridade do Senado neste semestre é a reforma tributária, disse o senador Paulo Matos nesta terça.\n\n" +
				"A votação deve ocorrer em outubro.\n\n" +
				"O governo apoia o texto, mas a oposição quer mudanças nas regras para os estados e os municípios antes da votação final.\n",
			q: "Qual é a prioridade do Senado?", quote: "reforma tributária",
		},
	})
}
