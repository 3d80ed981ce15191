package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQualifiedSpeaker: a name that only qualifies the head noun of the
// question's subject ("the UN rapporteur") is not who speaks: the party
// the article describes by the whole phrase is ("Eva Lindqvist, a UN
// rapporteur for human rights"), and the name's own party only when the
// article describes none so.
func TestQualifiedSpeaker(t *testing.T) {
	const text = "Rapporteur questions port deal\n\n" +
		"Eva Lindqvist, a UN rapporteur for human rights, said on Monday that the port deal in Harwick broke the law.\n\n" +
		"Lindqvist urged the navy to open its records on the contract before the end of the year.\n\n" +
		"The port authority did not answer questions about the contract.\n\n" +
		"Dock workers in Harwick went on strike for two days in March over pay.\n\n" +
		"The UN has kept out of the dispute so far, a UN spokesman said on Tuesday in Geneva.\n"
	lindqvist := bot.Party{Name: "Eva Lindqvist", Claims: []bot.Claim{
		{Claim: "Says so.", Speaker: "Eva Lindqvist", Stance: bot.StanceAssert, Evidence: "Eva Lindqvist, a UN rapporteur for human rights, said on Monday that the port deal in Harwick broke the law."},
		{Claim: "Says so.", Speaker: "Eva Lindqvist", Stance: bot.StanceAssert, Evidence: "Lindqvist urged the navy to open its records on the contract before the end of the year."},
	}}
	un := claimOf("UN", "The UN has kept out of the dispute so far, a UN spokesman said on Tuesday in Geneva.")
	runStatementCases(t, []statementCase{
		{name: "the rapporteur, not the UN", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What does the UN rapporteur want the navy to do?", quote: "open its records"},
		{name: "the UN itself", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What did the UN say about the dispute?", quote: "kept out of the dispute"},
		{name: "no one so described", code: "en", text: text, parties: []bot.Party{lindqvist, un},
			q: "What did the UN spokesman say about the dispute?", quote: "kept out of the dispute"},
	})
}

// TestSpeakerInAnothersSentence: a speaker the briefing has no statement
// of may still be reported in a sentence it gives someone else, when
// that sentence names the speaker and holds the very verb the question
// asks with ("demand", "fordern").
func TestSpeakerInAnothersSentence(t *testing.T) {
	const en = "Tenants fight rent rise\n\n" +
		"Rents in Harwick rose by a fifth last year, the council said on Monday.\n\n" +
		"Together with 50 other groups, the union and its members demand a freeze on rents until 2030, said Ana Ruiz, who leads the tenants of Dock Street.\n\n" +
		"The landlords' association owns most of the flats on Dock Street and in the old harbour.\n"
	ruiz := claimOf("Ana Ruiz", "Together with 50 other groups, the union and its members demand a freeze on rents until 2030, said Ana Ruiz, who leads the tenants of Dock Street.")
	const de = "Mieter wehren sich\n\n" +
		"Die Mieten in Harwick sind im vergangenen Jahr um ein Fünftel gestiegen, teilte der Stadtrat am Montag mit.\n\n" +
		"Aktuell fordern er und die Mieterunion, rund 50 andere Gruppen sowie 9000 Unterzeichner in einer Petition einen Mietenstopp bis 2030, sagte Ana Ruiz.\n\n" +
		"Der Verband der Vermieter beantwortete keine Fragen zu den Mieten.\n"
	ruizDE := claimOf("Ana Ruiz", "Aktuell fordern er und die Mieterunion, rund 50 andere Gruppen sowie 9000 Unterzeichner in einer Petition einen Mietenstopp bis 2030, sagte Ana Ruiz.")
	runStatementCases(t, []statementCase{
		{name: "the union's demand", code: "en", text: en, parties: []bot.Party{ruiz},
			q: "What does the union demand?", quote: "a freeze on rents"},
		{name: "the petition's demand", code: "de", text: de, parties: []bot.Party{ruizDE},
			q: "Was fordert die Petition der Mieterunion?", quote: "Mietenstopp"},
	})
}

// TestPositionInAnothersSentence: a question asking for the position of
// someone the briefing has no statement of (what they think, want or
// proposed) is answered by a sentence on its subject that names them,
// whoever the briefing gives it to; a question asking for their reply is
// not.
func TestPositionInAnothersSentence(t *testing.T) {
	const es = "Basura en los barrios del sur\n\n" +
		"Los vecinos de los barrios del sur denunciaron el lunes que la basura se acumula en las calles desde hace dos semanas.\n\n" +
		"El ministro de Medio Ambiente planteó ampliar los horarios para mejorar la recogida de basura en esos barrios, dijo el lunes la alcaldesa Ana Ruiz.\n\n" +
		"La empresa encargada del servicio no quiso hacer comentarios sobre la situación.\n"
	ruizES := claimOf("Ana Ruiz", "El ministro de Medio Ambiente planteó ampliar los horarios para mejorar la recogida de basura en esos barrios, dijo el lunes la alcaldesa Ana Ruiz.")
	const en = "Bins in the south\n\n" +
		"Residents of the southern districts complained on Monday that rubbish had piled up in the streets for two weeks.\n\n" +
		"The environment minister found the bin collections in the southern districts far too slow, Mayor Ana Ruiz said on Monday.\n\n" +
		"The company that runs the service would not comment on the situation in the districts.\n"
	ruiz := claimOf("Ana Ruiz", "The environment minister found the bin collections in the southern districts far too slow, Mayor Ana Ruiz said on Monday.")
	runStatementCases(t, []statementCase{
		{name: "what the minister proposed", code: "es", text: es, parties: []bot.Party{ruizES},
			q: "¿Qué propuso el ministro para mejorar la recogida de basura?", quote: "planteó ampliar los horarios"},
		{name: "what the minister thinks", code: "en", text: en, parties: []bot.Party{ruiz},
			q: "What does the minister think of the bin collections?", quote: "far too slow"},
		{name: "the minister's reply", code: "es", text: es, parties: []bot.Party{ruizES},
			q: "¿Cómo respondió el ministro a la alcaldesa sobre la recogida de basura?"},
	})
}

// TestYesNoActOfNonParty: "Did X predict …?" about someone the briefing
// has no statement of asks whether they did that act: the verb is a word
// the sentence must hold, and a sentence that names them with it answers
// though it lacks the question's other words.
func TestYesNoActOfNonParty(t *testing.T) {
	runRuleCases(t, []ruleCase{{
		name: "the act is the question's content", code: "en",
		text: "Harbour film wins in Kelby\n\n" +
			"The harbour drama took the main prize at the Kelby film festival on Sunday night.\n\n" +
			"Its director Lena Hart said backstage that nobody could predict what the jury of the Golden Reel might decide next month.\n\n" +
			"The festival drew 40,000 visitors to the island over ten days.\n",
		q: "Did Lena Hart predict a Golden Reel win?", quote: "nobody could predict",
	}})
}
