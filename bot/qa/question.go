package qa

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// question is what the answerer reads from a question.
type question struct {
	kind string // howmany, when, name, who, where, why, yesno or what
	// terms are the content words' stems, with weights; names those
	// that name someone or something (capitalised in the question or a
	// party's name).
	terms map[string]float64
	names map[string]bool
	// surname maps the stem of each word of a name of several words but
	// the last to the last's ("kristy" to "marmor"): an article names
	// someone by their surname after the first time.
	surname map[string]string
	// asksStatement is set when the question asks what a party said or
	// how it responded ("How did Russia respond?"); speaker is then the
	// first name in the question, or the noun right after the verb that
	// asks ("¿Qué respondió el sindicato…?"), and parties the briefing's parties
	// that name stands for.
	// money is set on a "how much" question about money.
	money bool
	// change is set on a "how much" question about a rise or a fall
	// ("How much did the price of oil rise?").
	change bool
	// share is set on a "how many" question asking for a share ("what
	// proportion").
	share bool
	// date is set when the question asks for a date ("¿En qué fecha…?"),
	// span when it asks how long ("Quanto tempo durou…?").
	date, span bool
	// count is set when the question asks to count things ("How many
	// people…", vocab.count): a sum of money is no count of them.
	count bool
	// age is set on a question that asks how old someone is.
	age bool
	// whoHead is the stem of the noun a "who" question asks the name
	// of ("Who is the Wisconsin donor Moore spoke of?"): a sentence
	// that does not hold it names someone else.
	whoHead string
	// thing is the stem of the noun that a "what" question asks for
	// ("What motive…?", "What was the motive…?"; see thingAsked).
	thing string
	// exact is set on a "how many" question that asks for an exact
	// figure ("Exactly how many homes…"): a magnitude ("thousands")
	// is none; and on a "when" question that asks for an exact time
	// ("When exactly will…"): a unit of time ("next month", "this
	// week") is none.
	exact bool
	// other is set when the question asks for another name than its
	// own ("Which companies besides the Times…"); the words that ask
	// are no terms.
	other bool
	// exists is the stem of the noun a question asks whether there is
	// ("Is there a fine for…?"): the answer holds it, or a word of its
	// group.
	exists string
	// act is the stem of the verb whose act a yes/no question asks
	// about ("Did the ministers sign…?": see askedAct): the answer
	// holds it.
	act string
	// counted holds the stems of the words a "how many" question counts
	// ("How many civilians…", "Combien de tweets…"), unless they count
	// people in general: the answer must hold one of them.
	counted []string
	// typeTerm is the stem of the noun that names the kind of answer
	// ("Which company…"): a sentence without it misses less (typeWeight).
	typeTerm string
	// kindNamed is set when the noun of typeTerm stands before any form
	// of "to be" ("Which towns has the army entered?", not "Quelle est
	// la peine…?"): the answer names things of that kind.
	kindNamed bool
	// measure is set when the question asks for a quantity by its noun
	// ("Quel âge…", "Qual é a altura…"): a year is no answer.
	measure bool
	// relation holds the stems of the question's verbs, the relation it
	// asks about ("Who stole…", "…soldiers died…", "…gestohlen haben"):
	// a sentence that names what the question names but not the
	// relation does not answer it (see isRelation).
	relation []string
	// acts holds the stems of all the question's verbs (those of
	// relation and those of no group), and passive is set when one is
	// in the passive ("Who was arrested?" asks who underwent it, not
	// who did it).
	acts    []string
	passive bool
	// titles holds the stems of the titles of the lexicon ("director",
	// "mayor") that a "who" question with no verb of its own asks
	// about: it asks who holds them.
	titles []string
	// words are the question's words.
	words []word
	// tenses are the kinds of tense the question's words hold (tensesOf).
	tenses        map[string]bool
	asksStatement bool
	// subject holds the folded content words before the first verb
	// that asks for a statement ("viewers" in "Who did viewers think
	// won?"): who is asked about.
	subject []string
	// possessors holds the folded words right before a possessive
	// ("vice-chancellors" of "the vice-chancellors' criticism"): whose
	// words a party is asked to respond to.
	possessors []string
	verbs      map[string]bool // the stems of the words that ask it ("say")
	// asksAct is set when one of those words names a particular act
	// ("concede", "deny") rather than any answer ("say", "respond").
	asksAct      bool
	asksPosition bool // one of them asks for a position ("think", "pidió"; vocab.position)
	speaker      string
	speakerWords []string // the folded words of speaker
	// speakerBody is the speaker with the body noun in lower case
	// right after its name ("Welsh government"), to name it in an
	// answer; matching uses speaker alone.
	speakerBody    string
	parties        []int
	speakerIsParty bool
	// qualified holds the words of the subject when a name only
	// qualifies its head noun ("the UN rapporteur"): a party the
	// article describes by them is who speaks (see speaksFor).
	qualified []string
	// partyTerms holds the stems of the names of the parties asked
	// about: a sentence the briefing gives them names them.
	partyTerms map[string]bool
	// acronyms maps a term to the acronym it stems from ("eff"): a
	// sentence holds it when it spells out the name ("the Electronic
	// Frontier Foundation").
	acronyms map[string]string
	// country maps a term to the code of the country its word names
	// ("turkey", "turkis"): a sentence holds it when it names the
	// country by another of its words ("Turkish", "Turkey").
	country map[string]string
	// capitalised holds the names the question writes capitalised (a
	// party's name may be common words: "rally organizers").
	capitalised map[string]bool
	// parts maps a term to the word it stems from, suffix stripped, in
	// a language that writes compounds as one word: a sentence's
	// longer word may hold it ("Blutspuren" holds "spur").
	parts map[string]string
	// speakerDesc holds the stems of the content words next to the
	// speaker's name ("NATO's chief", "Kanzler Scholz"): they describe
	// who speaks, and the speaker's statement need not hold them.
	speakerDesc map[string]bool
	// source holds the stems of the words after a phrase of
	// vocab.source ("según Carlos Asig"): whose word the question asks.
	// A sentence near one that names them holds their names (see score).
	source map[string]bool
	// stranded is set when the question ends with a preposition of
	// vocab.topic ("Where did the fentanyl come from?"): it asks for
	// what that preposition puts, not for any place.
	stranded bool
	// light holds the stems of the question's light verbs (vocab.light):
	// a sentence that holds one scores for it, one that does not misses
	// nothing.
	light map[string]bool
}

// readQuestion analyses q in language v against the briefing.
func readQuestion(q string, turns []bot.Turn, v *vocab, lx *lang.Lexicon, br *bot.Briefing, names map[string]bool) *question {
	ws := splitWords(q)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = w.f
	}
	out := &question{kind: "what", terms: map[string]float64{}, names: map[string]bool{}, surname: map[string]string{}, words: ws, verbs: map[string]bool{}, partyTerms: map[string]bool{}, parts: map[string]string{}, acronyms: map[string]string{}, country: map[string]string{}, capitalised: map[string]bool{}, speakerDesc: map[string]bool{}, light: map[string]bool{}, source: map[string]bool{}, tenses: v.tensesOf(ws)}
	out.stranded = len(ws) > 0 && v.topic[ws[len(ws)-1].f]
	if slices.ContainsFunc(ws, func(w word) bool { return v.upcoming[w.f] }) && !out.tenses["past"] && !out.tenses["perfect"] {
		// "When are her next scans?" asks about what is to come: "…
		// was diagnosed in 2005 and given the all-clear the next
		// year" does not say.
		out.tenses["future"] = true
	}
	// The kind is asked near the start ("What did Greece say about the
	// migrant who…" is not a "who" question).
	// The words of the phrase that asks it ("how long", "quanto tempo",
	// "à partir de quand") ask for the kind of answer: they are not
	// words the answer holds.
	asking := map[int]bool{}
	// A phrase that asks what ("qu'est-ce qui") may hold a word that
	// asks another kind ("qui"): it is looked for first.
	for _, k := range append([]string{"what"}, kindOrder...) {
		// The longest phrase of the kind: "à partir de quand", not "quand".
		at, long := -1, []string(nil)
		for _, p := range v.kinds[k] {
			if i := phraseAt(folded[:min(len(folded), max(4, len(p)+2))], p); i >= 0 && len(p) > len(long) {
				at, long = i, p
			}
		}
		if at >= 0 {
			out.kind = k
			for j := range long {
				asking[at+j] = true
			}
			break
		}
	}
	if out.kind == "what" && len(folded) > 0 && isYesNoOpen(folded[0], v) {
		out.kind = "yesno"
	}
	verbFirst := false // a yes/no question read by `asks`
	if out.kind == "what" && len(v.asks) > 0 && !opensAsking(q, ws, v, lx) {
		// German asks yes or no by putting its verb first ("Bleiben
		// sie Trainer?"), Spanish and Portuguese by the statement
		// itself ("¿El Gobierno aprobó la ley?"), French by "est-ce
		// que" or a pronoun after the verb ("Le maire a-t-il
		// démissionné ?"): a question that asks no kind and opens with
		// no word that asks asks yes or no, whatever its verb.
		out.kind, verbFirst = "yesno", true
	}
	// "Which company…", "Qual é a idade…": the noun after the word that
	// asks which names the kind of answer. A quantity ("age",
	// "hauteur") asks for a number; another noun weighs less, for the
	// answer names the thing rather than its kind ("Huawei").
	typeNoun := answerType(ws, v, lx)
	measure := typeNoun >= 0 && out.kind == "what" && v.measure[ws[typeNoun].f]
	if measure {
		out.kind, out.measure = "howmany", true
		asking[typeNoun] = true
	}
	degree := ""
	if out.kind == "what" && len(ws) > 1 && v.degree[ws[0].f] && !ws[1].cap && !ws[1].digit && !v.isStopWord(ws[1], lx) {
		// "How big is the fine?", "How strong are the gusts?": the
		// word after "how" is the scale asked about; the answer gives
		// a quantity on it ("$7 million", "100 mph") and seldom the
		// word itself.
		out.kind, out.measure = "howmany", true
		asking[0] = true
		measure = true
		degree = v.stem(ws[1].f)
	}
	nounCaps := lx != nil && lx.NounCaps
	if out.kind == "howmany" && len(asking) > 0 && !measure && !slices.ContainsFunc(ws, func(w word) bool { return v.share[w.f] }) {
		out.counted = countedWords(ws, asking, v, lx, names)
	}
	for _, p := range v.date {
		out.date = out.date || phraseAt(folded[:min(len(folded), len(p)+2)], p) >= 0
	}
	for _, p := range v.span {
		out.span = out.span || out.kind == "howmany" && phraseAt(folded[:min(len(folded), len(p)+2)], p) >= 0
	}
	for _, p := range v.count {
		out.count = out.count || out.kind == "howmany" && phraseAt(folded[:min(len(folded), len(p)+2)], p) >= 0
	}
	if out.kind == "when" && v.futureIn(ws) {
		// "¿Cuándo resolverá la Corte…?" asks when it will: "rechazó
		// este jueves" tells what was.
		out.tenses["future"] = true
	}
	if out.kind == "who" {
		out.whoHead = whoHead(ws, asking, v, lx)
	}
	if out.kind == "what" {
		out.thing = thingAsked(ws, v, lx)
	}
	out.exact = (out.kind == "howmany" || out.kind == "when") && slices.ContainsFunc(ws, func(w word) bool { return v.exact[w.f] })
	for _, p := range v.age {
		if at := phraseAt(folded[:min(len(folded), len(p)+2)], p); at >= 0 {
			out.age = true
			for j := range p {
				asking[at+j] = true
			}
		}
	}
	for _, p := range v.exists {
		if phraseAt(folded[:min(len(folded), len(p))], p) == 0 {
			for j := len(p); j < len(ws); j++ {
				if !v.isStopWord(ws[j], lx) {
					if !ws[j].cap && !ws[j].digit {
						out.exists = v.stem(ws[j].f)
					}
					break
				}
			}
		}
	}
	for _, p := range v.besides {
		if at := phraseAt(folded, p); at >= 0 {
			out.other = true
			for j := range p {
				asking[at+j] = true
			}
		}
	}
	for _, p := range v.source {
		// "¿Desde cuándo…, según Carlos Asig?": the words after the
		// phrase name whose word is asked.
		if at := phraseAt(folded, p); at > 0 {
			for j := at + len(p); j < len(ws); j++ {
				if !v.isStopWord(ws[j], lx) {
					out.source[v.stem(ws[j].f)] = true
				}
			}
		}
	}
	inPhrase := 0 // words left of a same-group phrase ("take part")
	prep := v.inPreps(ws)
	particle := map[int]bool{} // the particles of split phrasal verbs
	for i, w := range ws {
		if prep[i] || particle[i] {
			continue
		}
		if t, m := v.phraseTerm(ws, i); m > 0 && inPhrase == 0 && !asking[i] {
			out.terms[t] = 1
			inPhrase = m
		} else if t, k := v.splitPhraseTerm(ws, i); k > 0 && inPhrase == 0 && !asking[i] {
			// "Who took the signs down?" asks who took them down:
			// the verb and its particle are the phrase, the object
			// between them a word of its own.
			out.terms[t] = 1
			particle[k] = true
			continue
		}
		if inPhrase > 0 {
			inPhrase--
			continue
		}
		out.money = out.money || out.kind == "howmany" && !out.span && v.money[w.f] // "How long did he spend…" asks a time
		out.change = out.change || out.kind == "howmany" && v.change[w.f]
		out.share = out.share || out.kind == "howmany" && v.share[w.f]
		if asksStatementAt(ws, i, v) {
			out.asksStatement = true
			out.verbs[v.stem(w.f)] = true
			out.asksAct = out.asksAct || !v.respond[w.f]
			out.asksPosition = out.asksPosition || v.position[w.f] || v.stance[w.f]
		}
		if v.isStopWord(w, lx) || len([]rune(w.f)) < 2 && !w.digit || isKindWord(v, w.f) || asking[i] {
			continue
		}
		if out.money && v.money[w.f] && v.measure[w.f] {
			// "How much did the telescope cost?": the sum of money
			// is the cost asked for, and the article names it by
			// its amount ("the 1.2-billion-yuan telescope").
			continue
		}
		s := v.stem(w.f)
		if v.light[w.f] || s == degree && i == 1 || tellsFuture(ws, i, v, lx) {
			// "How many students go to…": the light verb's object
			// holds what is asked; the answer may say it otherwise.
			if out.terms[s] == 0 {
				out.terms[s] = 1
				out.light[s] = true
			}
			continue
		}
		out.terms[s] = 1
		if w.acronym && len(w.f) <= maxAcronym {
			out.acronyms[s] = w.f
		}
		if c, ok := v.country[w.f]; ok {
			out.country[s] = c
		}
		if full := v.strip(w.f); v.compound > 0 && !isGroupTerm(s) && len([]rune(full)) >= v.compound {
			out.parts[s] = full
		}
		if w.cap && (!w.first || names[w.f]) && !nounCaps && (!v.time[w.f] || out.kind == "yesno") {
			// (A weekday or a month names no one: "What time did
			// the blackouts start on Saturday?" is answered by a
			// sentence that says when, whether or not it or one
			// before names the day. A yes/no question asks about
			// that day: "Did the operator order blackouts on
			// Monday?" is not answered by Friday's.)
			out.names[s] = true
			out.capitalised[s] = true
		} else if i != typeNoun && !out.asksStatement && !slices.Contains(out.counted, s) && isRelation(ws, i, asking, out.kind, v, lx) {
			// Not what a "how many" question counts: "¿Cuántos
			// detenidos…?" counts the detained.
			if strings.HasPrefix(s, termPrefix["same"]) { // (not an alike group's: it leaves the article its own word)
				out.relation = append(out.relation, s)
			}
			out.acts = append(out.acts, s)
			out.passive = out.passive || i > 0 && v.passive[ws[i-1].f]
		}
	}
	if out.kind == "who" && len(out.acts) == 0 && !out.asksStatement && lx != nil {
		for _, w := range ws {
			if _, ok := lx.Titles[w.low]; ok && !w.cap {
				out.titles = append(out.titles, v.stem(w.f))
			}
		}
	}
	if typeNoun >= 0 && !measure && out.kind == "what" {
		if s := v.stem(ws[typeNoun].f); out.terms[s] == 1 && !out.names[s] {
			out.typeTerm = s
			// "Which towns…", not "¿Cuál es la salida…?": the kind
			// is the subject or object of the question's own verb.
			out.kindNamed = !slices.ContainsFunc(ws[:typeNoun], func(w word) bool { return v.tense["present"][w.f] || v.tense["past"][w.f] || v.passive[w.f] })
		}
	}
	if out.money && len(out.counted) > 0 && !slices.ContainsFunc(out.counted, func(s string) bool { return v.moneyStem(s) }) {
		// "Wie viele Dateien hat er gekauft?" counts files, not money.
		out.money = false
	}
	// Party names in the question are names, in any language.
	runs := nameRuns(ws, v, lx, names, partyWordsOf(br, v))
	for _, r := range runs {
		// "Kristy Marmorato" is named by "Marmorato" alone.
		last := v.stem(r.words[len(r.words)-1])
		for _, w := range r.words[:len(r.words)-1] {
			if t := v.stem(w); out.names[t] && out.names[last] && t != last {
				out.surname[t] = last
			}
		}
	}
	var after []string
	if n := subjectAfterVerb(ws, v, lx); n >= 0 && out.kind == "what" && !slices.ContainsFunc(runs, func(r nameRun) bool { return contains(r.words, ws[n].f) }) &&
		(len(runs) == 0 || slices.Index(folded, runs[0].words[0]) > n) {
		// "¿Qué respondió el sindicato a … Montecon?" asks for the
		// union's words, not Montecon's.
		if slices.ContainsFunc(ws[:n], func(w word) bool { return v.respond[w.f] }) {
			runs = append([]nameRun{{words: []string{ws[n].f}, raw: []string{ws[n].f}}}, runs...)
		} else if slices.ContainsFunc(runs, func(r nameRun) bool { return r.end-len(r.words) > n }) {
			// "Que réclament les manifestants de Bamako ?": the
			// noun after a verb of saying or wanting is its
			// subject, one the article may name in the sentence
			// before their words ("Ils revendiquent…"), and the
			// names after it qualify it or are spoken of.
			after = []string{ws[n].f}
			runs = nil
		}
	}
	if br != nil {
		for i, p := range br.Parties {
			if partyNamed(p, folded, runs, v) {
				out.parties = append(out.parties, i)
				for _, n := range partyNames(p) {
					for _, w := range words(n) {
						if s := v.stem(w); out.terms[s] > 0 {
							out.names[s] = true
						}
					}
				}
			}
		}
	}
	subj := subjectBeforeVerb(ws, asking, v, lx)
	if len(subj) == 0 && len(after) > 0 {
		subj = after
		out.parties = slices.DeleteFunc(out.parties, func(i int) bool { return !partyNamed(br.Parties[i], subj, nil, v) })
	}
	out.subject = subj
	for i := range ws {
		if p := possessor(ws, i, v); p != "" {
			out.possessors = append(out.possessors, p)
		}
	}
	if out.asksStatement && len(runs) == 0 && len(subj) > 0 && len(out.parties) > 0 {
		// "What did the student say would happen if the government
		// stays silent?": a party named only after the verb is what
		// the words are about; the one asked about is the subject.
		out.parties = slices.DeleteFunc(out.parties, func(i int) bool { return !partyNamed(br.Parties[i], subj, nil, v) })
		if len(out.parties) == 0 {
			var raw []string
			for _, w := range ws {
				if contains(subj, w.f) {
					raw = append(raw, w.low)
				}
			}
			out.speaker, out.speakerWords = strings.Join(raw, " "), subj
		}
	}
	if at := firstAsking(ws, v); out.asksStatement && len(runs) > 0 && len(subj) > 0 && at >= 0 && runs[0].end-len(runs[0].words) > at && nounPhraseBefore(ws, subj, at, v, lx) {
		// "Pourquoi le rapporteur a-t-il appelé à rejeter ACTA ?",
		// "What did the minister tell Reuters?": the subject stands
		// before the verb that asks, and a name after it is what the
		// words are about or to whom they were said; it does not speak.
		runs = nil
		out.parties = slices.DeleteFunc(out.parties, func(i int) bool { return !partyNamed(br.Parties[i], subj, nil, v) })
	}
	out.speakerIsParty = len(out.parties) > 0
	if !out.speakerIsParty && br != nil {
		// "What did the Greek foreign minister say?": the party the
		// briefing names with that role before its name ("Greek
		// Foreign Minister George Katrougalos").
		if ps := roleNamed(folded, br); len(ps) > 0 {
			out.parties, out.speakerIsParty = ps, true
			runs = nil
		}
	}
	if out.asksStatement && br != nil && len(runs) > 0 {
		// "What does the union want the Office for Students to do?":
		// the name after the verb is what the words are about; the
		// subject names the one party whose name ends in its head noun.
		if len(subj) > 0 && !contains(subj, runs[0].words[0]) {
			if i := headNamed(br, subj[len(subj)-1], v); i >= 0 {
				out.parties, out.speakerIsParty, runs = []int{i}, true, nil
			}
		}
	}
	if out.asksStatement && len(out.parties) > 0 && qualifiedHead(subj, runs) != "" {
		// "What does the UN rapporteur want…?" asks for the
		// rapporteur's words: the name only qualifies the head noun
		// of the subject.
		out.qualified = subj
	}
	if slices.ContainsFunc(runs, func(r nameRun) bool { return r.topic }) {
		// A place or a thing spoken about ("Qui l'armée dit-elle avoir
		// visé à Jabalia ?") does not speak: the parties are those the
		// question's other words name.
		var rest []string
		for _, f := range folded {
			if !slices.ContainsFunc(runs, func(r nameRun) bool { return r.topic && contains(r.words, f) }) {
				rest = append(rest, f)
			}
		}
		runs = slices.DeleteFunc(runs, func(r nameRun) bool { return r.topic })
		out.parties = slices.DeleteFunc(out.parties, func(i int) bool { return !partyNamed(br.Parties[i], rest, runs, v) })
		out.speakerIsParty = len(out.parties) > 0
	}
	if out.asksStatement && titledName(ws, runs, br, v) {
		runs = runs[1:]
	}
	if out.asksStatement && len(runs) > 0 && len(runs[0].words) == 1 && v.demonyms[runs[0].words[0]] && runs[0].end < len(ws) && asksStatementAt(ws, runs[0].end, v) && !slices.ContainsFunc(out.parties, func(i int) bool { return partyNamed(br.Parties[i], runs[0].words, runs[:1], v) }) {
		// "Comment les Français jugent-ils l'action de Macron ?": a
		// people named by its demonym right before the verb that asks,
		// and no party, is who is asked about, as a common noun is
		// ("viewers"); Macron does not speak. ("What did Turkish
		// officials say…?" asks for the officials' words.)
		runs, out.parties, out.speakerIsParty = nil, nil, false
	}
	if len(runs) > 0 {
		out.speaker = strings.Join(runs[0].raw, " ")
		out.speakerWords = runs[0].words
		if e := runs[0].end; e < len(ws) && !ws[e].cap && inSet(lx, "govwords", ws[e].f) {
			// "Did the Welsh government respond…?" asks about the
			// government, not the Welsh.
			out.speakerBody = out.speaker + " " + ws[e].low
		}
		// Only the first name speaks: "What did Fux tell Pacheco?" asks
		// for Fux's words, and Pacheco's are no answer.
		var first []int
		for _, i := range out.parties {
			if partyNamed(br.Parties[i], runs[0].words, runs[:1], v) {
				first = append(first, i)
			}
		}
		out.parties, out.speakerIsParty = first, len(first) > 0
		out.describeSpeaker(ws, phraseAt(folded, runs[0].words), len(runs[0].words), v)
	}
	for _, i := range out.parties {
		for _, n := range partyNames(br.Parties[i]) {
			for _, w := range words(n) {
				if s := v.stem(w); out.names[s] {
					out.partyTerms[s] = true
				}
			}
		}
	}
	if out.kind == "yesno" && out.exists == "" {
		out.act = askedAct(ws, v, lx)
		if out.act == "" && verbFirst && v.traits["verbfirst"] {
			out.act = openingAct(ws, v, lx, names)
		}
	} else if (out.kind == "when" || out.kind == "where") && len(ws) > 3 && isYesNoOpen(ws[1].f, v) && !v.passive[ws[1].f] && !v.perfectOpen[ws[1].f] {
		// "When will the plant actually restart production?" asks the
		// time of that act: the rest is shaped as a yes/no question.
		out.act = askedAct(ws[1:], v, lx)
	}
	// A question leaning on the last one ("What else did he say?") takes
	// its terms at half weight.
	if len(turns) > 0 && (len(out.terms) <= 2 || hasPronoun(ws, lx)) {
		prev := readQuestion(turns[len(turns)-1].Question, nil, v, lx, br, names)
		for t := range prev.terms {
			if _, ok := out.terms[t]; !ok {
				out.terms[t] = 0.5
			}
		}
		for n := range prev.names {
			out.names[n] = true
		}
		if len(out.parties) == 0 && out.speaker == "" {
			out.parties, out.speaker, out.speakerWords, out.speakerIsParty = prev.parties, prev.speaker, prev.speakerWords, prev.speakerIsParty
		}
	}
	return out
}

// headAfterName reports whether the word head (folded) stands right
// after the speaker's name in the question: "SPH shares", "the UN
// rapporteur".
// named returns the speaker as the question names it, with the body
// noun after its name when it has one ("Welsh government").
func (q *question) named() string {
	if q.speakerBody != "" {
		return q.speakerBody
	}
	return q.speaker
}

func (q *question) headAfterName(head string) bool {
	if len(q.speakerWords) == 0 {
		return false
	}
	last := q.speakerWords[len(q.speakerWords)-1]
	for k := 0; k+1 < len(q.words); k++ {
		if q.words[k].f == last && q.words[k+1].f == head {
			return true
		}
	}
	return false
}

// qualifiedHead returns the last word of the subject subj when the
// question's first name stands in it as a qualifier before it, a common
// noun ("rapporteur" in "the UN rapporteur"), or "".
func qualifiedHead(subj []string, runs []nameRun) string {
	if len(runs) == 0 || len(subj) < 2 {
		return ""
	}
	head := subj[len(subj)-1]
	if !contains(subj, runs[0].words[0]) || slices.ContainsFunc(runs, func(r nameRun) bool { return contains(r.words, head) }) {
		return ""
	}
	return head
}

// describeSpeaker adds to speakerDesc the content words among the two
// before and the two after the speaker's name, which starts at ws[at]
// and has n words: "chief" in "What did NATO's chief say?".
func (q *question) describeSpeaker(ws []word, at, n int, v *vocab) {
	if at < 0 {
		return
	}
	for j := max(0, at-2); j < min(len(ws), at+n+2); j++ {
		if t := v.stem(ws[j].f); (j < at || j >= at+n) && q.terms[t] > 0 && !q.names[t] && !q.verbs[t] {
			q.speakerDesc[t] = true
		}
	}
}

// isRelation reports whether ws[i], a content word of a question that is
// no name, is one of its verbs: it has the form of one (verbforms: "*ed",
// "ge*t"), in German written in lower case; a personal pronoun is joined
// to it by a hyphen ("détient-il"); it follows an auxiliary of
// the passive or the perfect ("sont morts"); or it follows the phrase
// that asks who ("Who abandoned…", "Quem abandonou…").
func isRelation(ws []word, i int, asking map[int]bool, kind string, v *vocab, lx *lang.Lexicon) bool {
	w := ws[i]
	if v.reporting[w.f] || v.respond[w.f] {
		return false
	}
	if v.isVerbForm(w.low) && !(w.cap && lx != nil && lx.NounCaps) {
		return true
	}
	if w.joined && invertedPronoun(ws[i+1:], lx) {
		return true // "détient-il", "encontrou-se"
	}
	if i == 0 {
		return false
	}
	prev := ws[i-1].f
	if v.passive[prev] || v.tense["perfect"][prev] {
		return true
	}
	if v.tense["future"][prev] || inSet(lx, "modal", prev) || i >= 2 && inSet(lx, "prep", prev) && v.tense["future"][ws[i-2].f] {
		return true // "va a participar", "vai participar", "peut participer"
	}
	return kind == "who" && asking[i-1]
}

// tellsFuture reports whether ws[i] is a word of the future before an
// infinitive's "to" ("expected to", "plans to", "due to"): it tells when
// the rest happens, as "will" does, and an answer may say so with
// "will" ("How strong are the gusts expected to be?" "…gusts exceeding
// 100 mph will…"): it is no relation and no word the answer must hold.
func tellsFuture(ws []word, i int, v *vocab, lx *lang.Lexicon) bool {
	return v.tense["future"][ws[i].f] && i+1 < len(ws) && inSet(lx, "inf", ws[i+1].f)
}

// invertedPronoun reports whether ws opens with a personal pronoun,
// after the "t" French puts between vowels ("a-t-il"): joined to the
// word before by a hyphen, it makes that word a verb.
func invertedPronoun(ws []word, lx *lang.Lexicon) bool {
	if len(ws) > 1 && ws[0].f == "t" {
		ws = ws[1:]
	}
	return len(ws) > 0 && inSet(lx, "pronouns", ws[0].f)
}

// countedWords returns the stems of the words a "how many" question
// counts: the words right after the phrase that asks ("how many
// civilians", "combien de tweets", "how many of the soldiers"), up to
// the next function word, leaving out names ("Turkish"). It returns
// nil when they count people in general, or the phrase is followed by
// anything else ("Combien le commerçant dit-il…", "How much did…").
func countedWords(ws []word, asking map[int]bool, v *vocab, lx *lang.Lexicon, names map[string]bool) []string {
	j := 0
	for k := range asking {
		j = max(j, k+1)
	}
	of := false
	for j < len(ws) && (inSet(lx, "of", ws[j].f) || of && inSet(lx, "determiners", ws[j].f)) {
		of = true
		j++
	}
	var out []string
	nounCaps := lx != nil && lx.NounCaps
	for ; j < len(ws) && len(out) < 4; j++ {
		w := ws[j]
		if len(out) > 0 && (inSet(lx, "of", w.f) || inSet(lx, "of", ws[j-1].f) && inSet(lx, "determiners", w.f)) {
			continue // "Mitglieder des deutschen Teams"
		}
		if w.digit && w.tagged {
			continue // "How many COVID-19 deaths…" counts deaths
		}
		if v.isStopWord(w, lx) || w.digit || len([]rune(w.f)) < 2 || isKindWord(v, w.f) || v.change[w.f] {
			break // a rise is not counted ("how much did it rise")
		}
		if len(out) > 0 && (v.isVerbForm(w.low) || v.pastForms[w.f]) && (lx == nil || !lx.Trait("adjafter")) {
			// "How many mothers died of…" counts mothers, not deaths
			// (a language that puts adjectives after the noun puts
			// participles there too: "vehículos robados").
			break
		}
		if v.people[w.f] {
			return nil
		}
		if w.cap && !nounCaps && (!w.first || names[w.f]) {
			continue // "How many Turkish soldiers"
		}
		out = append(out, v.stem(w.f))
	}
	return out
}

// whoHead returns the stem of the noun a "who" question asks the name
// of: the last word in lower case of the noun phrase that a form of "to
// be" (vocab.passive) and a determiner open right after the words that
// ask ("Who is the Wisconsin donor Moore spoke of?", "Who was the first
// victim?"), up to a word of no content or a name after it; "" when the
// question has none ("Who found the body?", "Who did the family
// blame?") or when a verb form follows the noun, whose subject it is
// ("Who is the memoir dedicated to?"), or when the noun is a title of
// the lexicon.
func whoHead(ws []word, asking map[int]bool, v *vocab, lx *lang.Lexicon) string {
	j := 0
	for k := range asking {
		j = max(j, k+1)
	}
	if j+1 >= len(ws) || !v.passive[ws[j].f] || !inSet(lx, "determiners", ws[j+1].f) {
		return ""
	}
	head := ""
	for _, w := range ws[j+2:] {
		if w.cap {
			if head != "" {
				break
			}
			continue
		}
		if v.isVerbForm(w.low) || v.pastForms[w.f] {
			// "Who is the memoir dedicated to?" asks for another
			// than the memoir.
			return ""
		}
		if v.isStopWord(w, lx) || w.digit || v.numbers[w.f] {
			break
		}
		head = v.stem(w.f)
		if lx == nil {
			continue
		}
		if _, ok := lx.Titles[w.low]; ok {
			// "Who is the new head of the museum?" asks who holds
			// a title, which the article may give in other words
			// ("the museum's new chief, Tomas Berg"): see titles.
			return ""
		}
	}
	return head
}

// thingAsked returns the stem of the noun a "what" question asks for:
// the word in lower case right after a word of whatword that opens it,
// or after a form of "to be" (vocab.passive) and a determiner there
// ("What motive do police suspect?", "What was the motive for the
// shooting?"), unless it is a word of no content, a verb form, a word
// that names a statement ("What insult did she throw?"), one that asks
// for a name, or a noun of people, of a kind of body, a title or a
// speaker of the lexicon, which a name may answer ("What company…?");
// "" when there is none.
func thingAsked(ws []word, v *vocab, lx *lang.Lexicon) string {
	if len(ws) < 2 || !v.whatWord[ws[0].f] {
		return ""
	}
	j := 1
	if j+2 < len(ws) && v.passive[ws[j].f] && inSet(lx, "determiners", ws[j+1].f) {
		j += 2
	}
	w := ws[j]
	if w.cap || w.digit || v.isStopWord(w, lx) || v.numbers[w.f] || v.isVerbForm(w.low) || v.pastForms[w.f] || v.statement[w.f] || v.respond[w.f] {
		return ""
	}
	s := v.stem(w.f)
	if v.naming[s] || v.statement[s] || v.people[w.f] {
		return ""
	}
	if lx != nil {
		// "What company…?", "What official…?": a name may answer,
		// which need not hold the noun.
		_, org := lx.OrgKinds[w.low]
		_, title := lx.Titles[w.low]
		_, speaker := lx.Speakers[w.low]
		if org || title || speaker {
			return ""
		}
	}
	return s
}

// subjectAfterVerb returns the index of the noun that follows, after a
// determiner, the first of the words that ask for a statement in ws
// (respond: not the lexicon's reporting verbs, which include "llamar") ("¿Qué
// respondió el sindicato…?", "Que répond le syndicat ?"), or -1.
func subjectAfterVerb(ws []word, v *vocab, lx *lang.Lexicon) int {
	if lx == nil {
		return -1
	}
	for i, w := range ws {
		if !v.respond[w.f] && (!v.reporting[w.f] || v.stop[w.f] || v.particle[w.f] != "") {
			// (A light verb, or one that reports only with its
			// particle, asks for no words: "Qu'a fait le pilote ?")
			continue
		}
		if i+2 >= len(ws) || !inSet(lx, "determiners", ws[i+1].f) {
			return -1
		}
		if slices.ContainsFunc(ws[:i], func(w word) bool { return !v.isStopWord(w, lx) && !isKindWord(v, w.f) }) {
			// "What do the studios say the actors won?": the subject
			// stands before the verb, and the noun after it is what
			// the words are about.
			return -1
		}
		k := i + 2
		for lx.NounCaps && !ws[k].cap && k+1 < len(ws) && k < i+4 && !v.isStopWord(ws[k], lx) {
			k++ // "die zivile Allianz": the noun after its adjectives
		}
		n := ws[k]
		if n.cap && !lx.NounCaps || v.isStopWord(n, lx) || isKindWord(v, n.f) || n.digit {
			return -1
		}
		return k
	}
	return -1
}

// asksStatementAt reports whether the question's word i is a verb that
// asks for a statement, not in the passive: "Have the loggers been
// charged?" does not ask for the loggers' words.
func asksStatementAt(ws []word, i int, v *vocab) bool {
	w := ws[i]
	if v.stance[w.f] && possessor(ws, i, v) != "" {
		return true // "What is Haley's position on abortion?"
	}
	if takes, ok := v.topicTakes[w.f]; ok && !v.respond[w.f] && !slices.ContainsFunc(ws, func(x word) bool { return slices.Contains(takes, x.f) }) {
		return false // "Is Harry still talking to his father?": contact, not words ("What did he talk about?")
	}
	return (v.respond[w.f] || v.reporting[w.f]) && (i == 0 || !v.passive[ws[i-1].f]) && possessor(ws, i, v) == ""
}

// possessor returns the folded word whose possessive ws[i] follows
// ("chancellors" in "the vice-chancellors' criticism", "union" in "the
// union's call"), or "": a stop word before "'s" makes a contraction
// ("What's", "Who's responded…"), not a possessive.
func possessor(ws []word, i int, v *vocab) string {
	if !ws[i].owned || i == 0 {
		return ""
	}
	p := ws[i-1]
	if p.f == "s" && i > 1 {
		p = ws[i-2]
	}
	if v.stop[p.f] {
		return ""
	}
	return p.f
}

// subjectBeforeVerb returns the content words between the phrase that
// asks and the first verb that asks for a statement ("student" in "What
// did the student say…?"), or nil when none stands there ("¿Qué dijo el
// gobierno…?" has its subject after the verb).
func subjectBeforeVerb(ws []word, asking map[int]bool, v *vocab, lx *lang.Lexicon) []string {
	var out []string
	for i, w := range ws {
		if asksStatementAt(ws, i, v) {
			return out
		}
		if !asking[i] && !v.isStopWord(w, lx) && !isKindWord(v, w.f) && len([]rune(w.f)) >= 2 {
			out = append(out, w.f)
		}
	}
	return nil
}

// withoutVerbs returns q without the words that ask for a statement:
// "What did X say about Y" asks for X's words on Y, which may be
// reported with "told" or "warned".
func (q *question) withoutVerbs() *question {
	out := *q
	out.terms = map[string]float64{}
	for t, w := range q.terms {
		if !q.verbs[t] {
			out.terms[t] = w
		}
	}
	return &out
}

// isKindWord reports whether w is a question word of some kind.
func isKindWord(v *vocab, w string) bool {
	for _, k := range kindOrder {
		for _, p := range v.kinds[k] {
			if len(p) == 1 && p[0] == w {
				return true
			}
		}
	}
	return false
}

func hasPronoun(ws []word, lx *lang.Lexicon) bool {
	if lx == nil {
		return false
	}
	for _, w := range ws {
		if inSet(lx, "pronouns", w.f) {
			return true
		}
	}
	return false
}

// nameRun is a run of capitalised words in a question ("Anne Sacoolas",
// "Gobierno de Maduro"), joined across name glue ("de", "of").
type nameRun struct {
	words []string // folded
	raw   []string
	// topic is set when the run follows a preposition that makes it a
	// place or what is spoken about ("à Jabalia"): it does not speak.
	topic bool
	end   int // the index of the question word after the run
}

func nameRuns(ws []word, v *vocab, lx *lang.Lexicon, names, partyWords map[string]bool) []nameRun {
	var out []nameRun
	var cur *nameRun
	for i, w := range ws {
		// A capital starting the question, or any German noun, is a name
		// only when the article writes the word as one.
		// A name joined to an adjective ("Kurdish-led SDF") is none.
		isName := w.cap && !w.joined && !isKindWord(v, w.f) && !v.isStopWord(w, lx)
		switch {
		case isName && lx != nil && lx.NounCaps:
			isName = partyWords[w.f] // every German noun has a capital
		case isName && w.first:
			isName = names[w.f]
		}
		switch {
		case isName:
			if cur == nil {
				out = append(out, nameRun{topic: topicBefore(ws[:i], v)})
				cur = &out[len(out)-1]
			}
			cur.words = append(cur.words, w.f)
			cur.end = i + 1
			if w.acronym {
				cur.raw = append(cur.raw, strings.ToUpper(w.f))
			} else {
				cur.raw = append(cur.raw, titleCase(w.f))
			}
		case cur != nil && (inSet(lx, "nameglue", w.f) || w.cap && !w.first && !w.acronym && (lx == nil || !lx.NounCaps)) && i+1 < len(ws) && ws[i+1].cap:
			// A function word written with a capital inside a name
			// is part of it: "Surfers Against Sewage".
			cur.words = append(cur.words, w.f)
			cur.raw = append(cur.raw, w.f)
		default:
			cur = nil
		}
	}
	return out
}

// topicBefore reports whether a name after ws is a place or what is
// spoken about: a topic preposition comes before it, right before or
// across up to two words in lower case that do not ask for a statement
// ("about the NTC's move", "à propos de Macron", "a la propuesta de
// Montecon").
func topicBefore(ws []word, v *vocab) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := ws[k]
		if v.topic[w.f] {
			return true
		}
		if w.cap || v.respond[w.f] || v.reporting[w.f] {
			return false
		}
	}
	return false
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// partyNames returns a party's name, aliases and its claims' speakers.
func partyNames(p bot.Party) []string {
	out := []string{p.Name}
	if parts := nameParts(p.Name); len(parts) > 1 {
		out = append(out, parts...)
	}
	out = append(out, p.Aliases...)
	for _, c := range p.Claims {
		out = append(out, c.Speaker)
	}
	return out
}

// nameParts returns the names a party's name holds: "Greece (George
// Katrougalos, Foreign Ministry)" is Greece, George Katrougalos and
// Foreign Ministry; a name with no parenthesis is itself alone.
func nameParts(name string) []string {
	base, members, ok := strings.Cut(name, " (")
	if !ok {
		return []string{name}
	}
	return append([]string{base}, strings.Split(strings.TrimSuffix(members, ")"), ", ")...)
}

// roleNamed returns the parties that one of their names gives a role of
// two words or more before the party's own name ("Greek Foreign Minister
// George Katrougalos" for George Katrougalos) that the question's folded
// words ws hold in a row.
func roleNamed(ws []string, br *bot.Briefing) []int {
	var out []int
	for i, p := range br.Parties {
		// The party's own names: "Greece (George Katrougalos)" is
		// Greece and George Katrougalos.
		var owns [][]string
		for _, n := range nameParts(p.Name) {
			if w := words(n); len(w) > 0 {
				owns = append(owns, w)
			}
		}
		if slices.ContainsFunc(partyNames(p), func(n string) bool { return rolePrefixIn(ws, words(n), owns) }) {
			out = append(out, i)
		}
	}
	return out
}

// rolePrefixIn reports whether name nw is a role of two words or more
// followed by one of the names owns, and the words ws hold that role in a
// row.
func rolePrefixIn(ws, nw []string, owns [][]string) bool {
	for _, own := range owns {
		at := len(nw) - len(own)
		if at >= 2 && phraseAt(nw[at:], own) == 0 && hasPhrase(ws, nw[:at]) {
			return true
		}
	}
	return false
}

// partyNamed reports whether the question names party p: one of its names
// is all in the question, and no name run of the question that meets the
// party holds a word none of its names has ("Federico Gutiérrez" is not
// "Luis Pérez Gutiérrez").
func partyNamed(p bot.Party, q []string, runs []nameRun, v *vocab) bool {
	// Words are matched by their stems: "Houthis" names "Houthi".
	all := map[string]bool{}
	found := false
	qs := v.stems(q)
	for _, n := range partyNames(p) {
		ws := contentWords(n, v)
		if len(ws) == 0 {
			continue
		}
		for _, w := range ws {
			all[v.stem(w)] = true
		}
		if subset(v.stems(ws), qs) || slices.ContainsFunc(runs, func(r nameRun) bool { return shortFor(r, ws) }) {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, r := range runs {
		meets, foreign := false, false
		for _, w := range r.words {
			if all[v.stem(w)] {
				meets = true
			} else if !v.stop[w] {
				foreign = true
			}
		}
		if meets && foreign {
			return false
		}
	}
	return true
}

// headNamed returns the one party of br whose name or an alias ends in
// the word head (folded: "union" for "University and College Union"),
// or -1 when none or several do.
func headNamed(br *bot.Briefing, head string, v *vocab) int {
	found := -1
	for i, p := range br.Parties {
		for _, n := range partyNames(p) {
			ws := contentWords(n, v)
			if len(ws) > 1 && v.stem(ws[len(ws)-1]) == v.stem(head) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
				break
			}
		}
	}
	return found
}

// shortFor reports whether the name run r is a short form of the name
// of several words ws (folded, without stop words): its last word
// ("Merkel" for "Angela Merkel") or, written in capitals, its initials
// ("EFF" for "Electronic Frontier Foundation").
func shortFor(r nameRun, ws []string) bool {
	if len(r.words) != 1 || len(ws) < 2 {
		return false
	}
	if r.words[0] == ws[len(ws)-1] {
		return true
	}
	var initials strings.Builder
	for _, w := range ws {
		initials.WriteString(string([]rune(w)[:1]))
	}
	return r.raw[0] == strings.ToUpper(r.words[0]) && r.words[0] == initials.String()
}

// contentWords returns the folded words of a name without stop words.
func contentWords(n string, v *vocab) []string {
	var out []string
	for _, w := range words(n) {
		if !v.stop[w] && len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

func subset(ws, in []string) bool {
	for _, w := range ws {
		if !contains(in, w) {
			return false
		}
	}
	return true
}

// namesStatement reports whether the question writes a noun of statement
// whose stem is t, itself (not a verb of the same stem: "si lo
// declaran culpable"), with a determiner of the lexicon within the two
// words before it ("the statement", "his new comments").
func (q *question) namesStatement(t string, v *vocab, lx *lang.Lexicon) bool {
	for i, w := range q.words {
		if !v.statementWords[w.f] || v.stem(w.f) != t {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if inSet(lx, "determiners", q.words[j].f) {
				return true
			}
		}
	}
	return false
}

func (q *question) hasTerm(t string) bool {
	_, ok := q.terms[t]
	return ok
}

// typeWeight is the share of its weight that the noun naming the kind of
// answer a question asks for ("Which company…") counts when a sentence
// lacks it: the answer names a company, and need not say "company".
const typeWeight = 0.4

// typeRest is the share of the question's other content words a sentence
// must hold for the missing kind noun to weigh less.
const typeRest = 0.6

// answerType returns the index of the noun that names the kind of answer
// ws asks for: the first word that is not a function word after a word
// that asks which ("which", "quel", "qual", "welche") among the first
// three, across the copula and articles ("Qual é a idade…", "Quelle est
// la longueur…"), or -1.
func answerType(ws []word, v *vocab, lx *lang.Lexicon) int {
	for i := 0; i < len(ws) && i < 3; i++ {
		if !v.which[ws[i].f] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			w := ws[j]
			if w.digit || v.numbers[w.f] || w.cap && !(lx != nil && lx.NounCaps) {
				// "Which GP practice was…", "Which two councillors
				// have…": a name or a number before the noun
				// qualifies it, when the noun's run of words is
				// closed by the auxiliary that opens the rest.
				return closedRun(ws, j+1, v, lx)
			}
			if isKindWord(v, w.f) {
				return -1
			}
			if !v.isStopWord(w, lx) {
				return headOfKind(ws, j, v, lx)
			}
		}
		return -1
	}
	return -1
}

// closedRun returns the index of the last of the one or two content
// words in lower case from ws[j] when the auxiliary that opens the rest
// of the question comes right after them ("practice" of "Which GP
// practice was…"), and -1 otherwise ("Which Democrats voted…" names
// the kind by a name).
func closedRun(ws []word, j int, v *vocab, lx *lang.Lexicon) int {
	for k := j; k < len(ws) && k <= j+1; k++ {
		w := ws[k]
		if w.cap || w.digit || v.isStopWord(w, lx) || isKindWord(v, w.f) || possessor(ws, k, v) != "" {
			return -1
		}
		if k+1 < len(ws) && isYesNoOpen(ws[k+1].f, v) {
			return k
		}
	}
	return -1
}

// headOfKind returns the index of the noun that names the kind of answer
// in the words after "which" that start at ws[j]: in a language whose
// nouns take their modifiers before them (lexicon NounModifiers), the
// last of a run of content words that the auxiliary of the question
// closes ("Which senior palace official did…", "Which big retailers
// are…" ask for an official and for retailers); otherwise ("Which
// company owns…", "Which vendor's system is…") the first.
func headOfKind(ws []word, j int, v *vocab, lx *lang.Lexicon) int {
	if lx == nil || !lx.NounModifiers {
		return j
	}
	k := j
	for k+1 < len(ws) && k+1 <= j+2 && possessor(ws, k+1, v) == "" && ws[k+1].f != "s" && !ws[k+1].cap && !ws[k+1].digit && !v.isStopWord(ws[k+1], lx) && !isKindWord(v, ws[k+1].f) {
		k++
	}
	if k > j && k+1 < len(ws) && isYesNoOpen(ws[k+1].f, v) {
		return k
	}
	return j
}

// maxAcronym is the most letters of an acronym a sentence may spell out
// (see spells).
const maxAcronym = 6

// asksWho reports whether the question asks who someone it names is,
// and nothing else: a "who" question whose every word is a name written
// capitalised ("Who is Beblawi?", "¿Quién es Ana Ruiz?"), not one about
// their words or deeds.
// asksWhatIs reports whether the question only asks what something is
// ("What is Fernet Fungo?", "What is a sting jet?"): a question word, a
// form of "to be" (of passive, in the present or the past: "is", "was",
// not "did"), and the thing, its determiner and
// its content words, with no verb, no kind noun and no other word.
func (q *question) asksWhatIs(v *vocab, lx *lang.Lexicon) bool {
	ws := q.words
	if q.kind != "what" || q.asksStatement || len(q.acts) > 0 || q.typeTerm != "" || len(q.light) > 0 || len(q.terms) == 0 || len(ws) < 3 {
		return false
	}
	if !v.isStopWord(ws[0], lx) || !v.passive[ws[1].f] || !v.tense["present"][ws[1].f] && !v.tense["past"][ws[1].f] {
		return false
	}
	for _, w := range ws[2:] {
		if inSet(lx, "determiners", w.f) || !v.isStopWord(w, lx) && q.terms[v.stem(w.f)] > 0 {
			continue
		}
		return false
	}
	return true
}

func (q *question) asksWho() bool {
	if q.kind != "who" || q.asksStatement || len(q.names) == 0 || len(q.relation) > 0 {
		return false
	}
	for t := range q.terms {
		if !q.capitalised[t] {
			return false
		}
	}
	return true
}

// asksJob reports whether the question asks only what someone it names
// does or whom they work for ("Where does Ana Ruiz work?", "What does
// Ana Ruiz do?", "What is Ana Ruiz's job?"): a who, where or what
// question, not in the past, that holds a word of job, and whose every
// other content word is a name written capitalised.
func (q *question) asksJob(v *vocab) bool {
	if q.kind != "who" && q.kind != "where" && q.kind != "what" || q.asksStatement || len(q.names) == 0 || q.tenses["past"] || q.tenses["perfect"] {
		return false
	}
	job := map[string]bool{}
	for _, w := range q.words {
		if v.job[w.f] {
			job[v.stem(w.f)] = true
			job[w.f] = true
		}
	}
	if len(job) == 0 {
		return false
	}
	for t := range q.terms {
		if !q.capitalised[t] && !job[t] {
			return false
		}
	}
	return true
}

// opensAsking reports whether question q (words ws) opens with a word of
// `asks`: its first word that is not a preposition, a determiner, a
// coordinator, an adverb of the lexicon or an elided letter ("¿Y
// qué…?", "O que…?", "In welcher Stadt…?"), after an opening phrase of
// `source` and its comma ("Selon Paul Roux, que faut-il… ?"). French
// may put the word that asks later ("C'était quoi, le motif ?"): a word
// of `asks` later in the question that is no complementiser, relative
// pronoun or coordinator of the lexicon asks too ("Tuvo que…" does not,
// nor "Glaubt sie, dass…").
func opensAsking(q string, ws []word, v *vocab, lx *lang.Lexicon) bool {
	if comma := strings.Index(q, ","); comma > 0 {
		before := splitWords(q[:comma])
		folded := make([]string, len(before))
		for i, w := range before {
			folded[i] = w.f
		}
		for _, p := range v.source {
			if phraseAt(folded[:min(len(folded), len(p))], p) == 0 {
				ws = splitWords(q[comma+1:])
				break
			}
		}
	}
	for k, w := range ws {
		if v.asks[w.f] {
			return true
		}
		if len([]rune(w.f)) == 1 || inSet(lx, "prep", w.f) || inSet(lx, "determiners", w.f) || inSet(lx, "coord", w.f) || inSet(lx, "adverbs", w.f) {
			continue
		}
		return slices.ContainsFunc(ws[k+1:], func(w word) bool {
			return v.asks[w.f] && !inSet(lx, "comp", w.f) && !inSet(lx, "relpron", w.f) && !inSet(lx, "coord", w.f)
		})
	}
	return true
}

// openingAct returns the stem of the verb that opens a yes/no question
// read by `asks` in a language of the trait verbfirst, whose yes/no
// questions open with their verb ("Bleiben sie Trainer?", "Kommt er zur
// Sitzung?"): the act asked about, as askedAct reads it, or "". Not a
// word the article writes capitalised, nor one askedAct passes by: a
// stop word (an auxiliary: "Hat…", "Wurde…"), a light verb, one that
// asks for words or tells the future. (Spanish, French and Portuguese
// open a yes/no question with its subject as often, and their verb is
// not read so: "¿Enviará la UE…?" may be answered by "el envío".)
func openingAct(ws []word, v *vocab, lx *lang.Lexicon, names map[string]bool) string {
	if len(ws) < 2 {
		return ""
	}
	w := ws[0]
	s := v.stem(w.f)
	if names[w.f] || w.digit || v.isStopWord(w, lx) || v.stop[s] || v.light[w.f] || v.light[s] || v.reporting[w.f] || v.respond[w.f] || v.tense["future"][w.f] {
		return ""
	}
	return s
}

// firstAsking returns the index of the first word of ws that asks for a
// statement, or -1.
func firstAsking(ws []word, v *vocab) int {
	for i := range ws {
		if asksStatementAt(ws, i, v) {
			return i
		}
	}
	return -1
}

// nounPhraseBefore reports whether the subject subj is a noun phrase
// that opens with a determiner after the question's first word ("Pourquoi
// le rapporteur …", "What did the minister …"), or with no determiner
// after an auxiliary ("What are union leaders …", "What did police …"),
// and no relative pronoun stands between it and the verb at ("la multa
// que pide la Fiscalía"):
// right after the question word it is the kind of thing asked for
// ("Quelles mesures …", "Which newspapers …").
func nounPhraseBefore(ws []word, subj []string, at int, v *vocab, lx *lang.Lexicon) bool {
	k := slices.IndexFunc(ws, func(w word) bool { return w.f == subj[0] })
	if k < 2 || k > at || !inSet(lx, "determiners", ws[k-1].f) && !inSet(lx, "aux", ws[k-1].f) && !v.passive[ws[k-1].f] {
		return false
	}
	return !slices.ContainsFunc(ws[k:at], func(w word) bool { return inSet(lx, "relpron", w.f) })
}
