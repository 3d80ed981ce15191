package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestSubjectSpeaks: the one whose words a question asks for is the
// subject of its verb of saying or wanting. A name after the verb, when
// a subject stands before it, is what the words are about ("Pourquoi la
// rapporteure a-t-elle appelé à rejeter Norvale ?"); a name after the
// noun that follows the verb qualifies it ("les manifestants de
// Lormont"); a common noun asked about, right before the name of the
// speaker the briefing gives the sentence to, is their title or what
// they speak through ("Le rapport …, rédigé par Alice Perrin, affirme…").
func TestSubjectSpeaks(t *testing.T) {
	runStatementCases(t, []statementCase{
		{
			name: "object name after the verb", code: "fr",
			text: "Le Parlement rejette le traité Norvale\n\nLe Parlement européen a rejeté mardi le traité Norvale par 478 voix contre 39.\n\n" +
				"La rapporteure avait appelé à rejeter le texte, qu'elle jugeait dangereux pour les libertés des internautes.\n\n" +
				"Le traité avait été signé par 22 pays en 2011.\n",
			q: "Pourquoi la rapporteure a-t-elle appelé à rejeter Norvale ?", quote: "dangereux pour les libertés",
		},
		{
			name: "place qualifying the subject after the verb", code: "fr",
			text: "Marche pour la maternité\n\nDes milliers de manifestants ont défilé samedi dans les rues de Lormont.\n\n" +
				"Ils réclament la réouverture de la maternité et le retour des médecins.\n\n" +
				"La préfecture a compté 3 000 personnes dans le cortège, qui est parti de la gare vers midi et a rejoint la mairie en fin d'après-midi.\n",
			q: "Que réclament les manifestants de Lormont ?", quote: "réouverture de la maternité",
		},
		{
			name: "common noun naming what the named speaker says through", code: "fr",
			text: "Réforme de la justice\n\nLe gouvernement a présenté mardi sa réforme des tribunaux de commerce.\n\n" +
				"Le rapport de la Cour de Pelham, rédigé par Alice Perrin, affirme que cette réforme menace l'indépendance des tribunaux.\n\n" +
				"Le texte sera examiné en juin par les députés, qui pourront encore l'amender.\n",
			q:       "Que dit le rapport sur la réforme ?",
			quote:   "menace l'indépendance",
			parties: []bot.Party{claimOf("Alice Perrin", "Le rapport de la Cour de Pelham, rédigé par Alice Perrin, affirme que cette réforme menace l'indépendance des tribunaux.")},
		},
	})
}
