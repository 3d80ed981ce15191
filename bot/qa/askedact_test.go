package qa

import "testing"

// TestAskedActWhenWhere: "When will…" and "Where would…" ask the time
// or the place of an act, shaped as a yes/no question after the word
// that asks: a sentence that does not hold its verb does not say.
func TestAskedActWhenWhere(t *testing.T) {
	const mill = "Tarvel mill to close for repairs\n\n" +
		"The owners of the Tarvel paper mill shut its main line in March after a fire in the boiler room, the company said.\n\n" +
		"About 300 workers at the mill will be sent to the Kelby plant, which makes cardboard, while the repairs go on.\n\n" +
		"The mill's second line will be reopened on June 12, a spokeswoman said.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "when: adverb before the verb", code: "en",
			text: mill, q: "When will the Tarvel mill actually restart its main line?",
		},
		{
			name: "where: passive", code: "en",
			text: mill, q: "Where would the workers of the mill be housed during the repairs?",
		},
		{
			name: "when: the verb held", code: "en",
			text: mill, q: "When will the mill's second line be reopened?", quote: "June 12",
		},
	})
}

// TestAskedActReported: a yes/no question that asks for words ("Did the
// council respond to the claim that…?") asks no act of the clause they
// report: a reply that does not hold its verb answers.
func TestAskedActReported(t *testing.T) {
	const ferry = "Ferry row in Kelby\n\n" +
		"Shop owners in Kelby claimed last week that the island's old ferry had been sold to a firm in Varna without a vote.\n\n" +
		"The town council responded on Monday that no decision on the ferry's future had been taken and that it would consult the islanders.\n\n" +
		"The ferry carried 40,000 passengers last year, most of them in the summer months.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "the act of a reported clause", code: "en",
			text: ferry, q: "Did the town council respond to the claim that the ferry was secretly sold?", quote: "no decision on the ferry",
		},
	})
}

// TestAskedAct: a yes/no question about an act asks whether that very
// thing was done; a sentence on the same subject that does not hold its
// verb (nor a word of its group, nor its opposite) does not say.
func TestAskedAct(t *testing.T) {
	const harbour = "Harbour talks end in Varna\n\n" +
		"The transport ministers of five coastal states met in Varna on Thursday, hoping to reach an accord on ferry fares.\n\n" +
		"The ministers discussed a plan for a shared ticket on the Kelby ferry route for most of the afternoon.\n\n" +
		"The harbour master said the Kelby route had carried 40,000 passengers last year.\n\n" +
		"The port's night curfew will stay in place until March 3, the council said.\n"
	const clinic = "Singer back on stage\n\n" +
		"The singer Ana Ruiz spent a week at the Tarvel clinic after a fall at her home in May.\n\n" +
		"Her doctors said she tested negative for the virus on Sunday and could sing again.\n\n" +
		"Ruiz has cancelled two concerts in Kelby, her agent said.\n"
	runRuleCases(t, []ruleCase{
		{
			name: "did: verb before its object", code: "en",
			text: harbour, q: "Did the transport ministers sign the accord on ferry fares?",
		},
		{
			name: "did: adverb before the verb", code: "en",
			text: harbour, q: "Did the ministers actually approve a plan for a shared ticket?",
		},
		{
			name: "will: passive", code: "en",
			text: harbour, q: "Will the night curfew be lifted after March 3?",
		},
		{
			name: "has: past participle", code: "en",
			text: harbour, q: "Has the harbour master doubled the passengers on the Kelby route?",
		},
		{
			name: "is: infinitive after a future word", code: "en",
			text: harbour, q: "Is the council planning to change the night curfew?",
		},
		{
			name: "the verb held", code: "en",
			text: harbour, q: "Did the ministers discuss a plan for a shared ticket?", quote: "shared ticket",
		},
		{
			name: "its opposite held", code: "en",
			text: clinic, q: "Has Ana Ruiz caught the virus?", quote: "tested negative",
		},
	})
}
