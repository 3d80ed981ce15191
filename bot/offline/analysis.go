package offline

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/lang"
)

// resolver is stages 2 and 3 over one article: the names of its
// sentences (through the gazetteer of its language) and the entities
// they resolve to so far (the registry). Its methods read the text, the
// gazetteer and the registry, never an attribution.
type resolver struct {
	t   *text
	gaz *gazetteer
	reg *registry
}

// analysis is the working state of one article: stage 1's text and the
// resolver of stages 2 and 3, with stage 4's cues and attributions. The
// stages run sentence by sentence, in article order, because coreference
// only ever looks back.
type analysis struct {
	resolver
	// ents maps each resolved mention to its entity.
	ents map[*mention]*entity
	// sentCues are the cues of each sentence.
	sentCues [][]*cue
	// atts are the attributions in article order; bySent those of each
	// sentence (a quotation over several sentences is in each).
	atts   []*attribution
	bySent [][]*attribution
	// turns holds the transcript turn of each sentence inside one.
	turns map[int]*turn
}

// analyze runs stages 1 to 4 on src in language lx; title is the
// article's headline when src does not hold it, or "".
func (b *Briefer) analyze(src, title string, lx *lang.Lexicon) *analysis {
	a := &analysis{resolver: resolver{t: tokenize(src, lx), gaz: b.gazetteer(lx), reg: newRegistry(lx)}, ents: map[*mention]*entity{}}
	n := len(a.t.sents)
	a.sentCues = make([][]*cue, n)
	a.bySent = make([][]*attribution, n)
	turns := a.t.transcript()
	var answers map[int]bool
	first, untold := 0, false
	if turns == nil {
		answers, first, untold = a.t.interview()
	}
	var interviewee *entity
	a.turns = turns
	for i := 0; i < n; i++ {
		if answers[i] && interviewee == nil {
			if interviewee = a.interviewed(first, untold, title); interviewee == nil {
				answers = nil
			}
		}
		if answers[i] && !a.t.sents[i].furniture {
			ats := a.toldInAnswer(i, interviewee)
			if len(ats) == 0 {
				ats = []*attribution{a.t.answerAttribution(i, interviewee)}
			}
			for _, at := range ats {
				a.atts = append(a.atts, at)
				a.bySent[i] = append(a.bySent[i], at)
			}
			continue
		}
		if at := a.signature(i); at != nil {
			a.dropInPost(i, at)
			a.atts = append(a.atts, at)
			a.bySent[i] = append(a.bySent[i], at)
			continue
		}
		if a.t.sents[i].furniture {
			continue
		}
		if at := a.colonVerdict(i); at != nil {
			a.atts = append(a.atts, at)
			a.bySent[i] = append(a.bySent[i], at)
			continue
		}
		if tn := turns[i]; tn != nil {
			if at := a.turnAttribution(i, tn); at != nil {
				a.atts = append(a.atts, at)
				for ; i <= at.last; i++ {
					a.bySent[i] = append(a.bySent[i], at)
				}
				i-- // (a short answer takes the sentence after it)
				continue
			}
			if !a.t.interviewLabel(tn.lo) {
				continue
			}
			// A printed interview's question, or an answer whose speaker
			// is not known: read like any other sentence, after its
			// label ("P. El presidente dijo …" is no "P. El presidente").
			// A question itself states nothing ("P. ¿Usted cree que …?").
			if s := &a.t.sents[i]; int(a.t.toks[tn.colon].sent) == i && tn.colon+1 > s.body && tn.colon+1 < s.t1 {
				s.body = tn.colon + 1
			}
			if a.t.question(i) {
				continue
			}
		}
		for _, at := range a.readSentence(i) {
			a.atts = append(a.atts, at)
			for k := i; k <= at.last; k++ {
				a.bySent[k] = append(a.bySent[k], at) // (a quotation right after: "He replied. “…”")
			}
			if _, c, _ := partyKey(at.speaker); c != nil {
				a.reg.govCountry = c
			}
		}
		a.docAuthor(i)
	}
	a.propagateQuotes()
	a.dropOpeningNames()
	return a
}

// dropOpeningNames gives up, in a language that capitalises its nouns,
// the attributions through a pronoun to a one-word name the article
// writes nowhere but where it opens a sentence ("Erschreckend sei es. …
// “…”, sagt er."): a word capitalised only there, never with a given
// name nor by another name, is an adjective, an adverb or a noun as
// likely as a surname, and the pronoun is no one's sure. (Such a name
// with its own verb still speaks: "Lindemann sagte der Presse, …".)
func (a *analysis) dropOpeningNames() {
	if !a.t.lx.NounCaps {
		return
	}
	only := map[*entity]bool{}
	for _, sn := range a.reg.recent {
		if _, pron := a.t.lx.Pronouns[a.t.toks[sn.tok].l]; pron && sn.end-sn.tok == 1 {
			continue // (a pronoun resolved to it)
		}
		ok, seen := only[sn.e]
		only[sn.e] = (ok || !seen) && a.openingWordOnly(sn)
	}
	keep := func(at *attribution) bool {
		return at.speaker == nil || !only[at.speaker] || !a.t.isPronoun(at.surface)
	}
	a.atts = slices.DeleteFunc(a.atts, func(at *attribution) bool { return !keep(at) })
	for i := range a.bySent {
		a.bySent[i] = slices.DeleteFunc(a.bySent[i], func(at *attribution) bool { return !keep(at) })
	}
}

// readSentence finds sentence i's cues, resolves its mentions to entities
// and returns its attributions (stages 2 to 4 for one sentence).
func (a *analysis) readSentence(i int) []*attribution {
	cues := a.findCues(i)
	a.sentCues[i] = cues
	a.resolveSentence(i, cues)
	return a.attribute(i, cues)
}

// relativeVerb reports whether, where the subject comes before its verb
// (trait svo), a relative pronoun comes right before cue cu's verb
// group, past adverbs ("which had forecast", "who later told"): the
// phrase after the verb is its object. (Not in French: "ce que dément le
// ministère" is the ministry's.)
func (t *text) relativeVerb(cu *cue) bool {
	if !t.lx.Trait("svo") {
		return false
	}
	k := cu.lo - 1
	for k > t.sents[cu.sent].body && t.out(k) && t.lx.Set("adverbs", t.toks[k].l) {
		k--
	}
	return k >= t.sents[cu.sent].t0 && t.out(k) && t.relativeAt(k)
}

// resolveSentence runs stage 3 on sentence i: the names it mentions and
// the phrases around its cues, in token order.
func (a *analysis) resolveSentence(i int, cues []*cue) {
	type slot struct {
		m       *mention
		subject bool
	}
	var slots []slot
	for _, m := range a.nameMentions(i) {
		slots = append(slots, slot{m: m})
	}
	// A description in apposition to a name is that name's, never
	// someone else's ("Larry Kudlow, the top economic adviser, told …"
	// is not an earlier adviser): it is given the name's entity after.
	same := map[*mention]*mention{}
	for _, cu := range cues {
		if cu.appos != nil && cu.appos.t0 > cu.c {
			continue // the object's: "Prosecutors say the firm, Granite Ridge Paving, received …"
		}
		if named(cu.left) && cu.appos != nil && (!named(cu.appos) || a.t.indefinite(cu.appos)) {
			same[cu.appos] = cu.left // (also "Lisa Brown, a Democrat, said")
		} else if cu.left != nil && (!named(cu.left) || a.t.openingCapitalOnly(cu.left) && named(cu.appos)) && (named(cu.appos) || a.t.capitalDesc(cu.appos)) {
			same[cu.left] = cu.appos // (also "Oil giant, Chevron, warned": a description capitalised by its place)
		}
	}
	subjectBefore := false // a verb before with its subject before it: "X a reconnu les faits mais nie toute intention …"
	for _, cu := range cues {
		joined := subjectBefore && cu.kind == cueVerb && cu.left == nil && cu.right != nil && a.t.joinedVerb(cu)
		subjectBefore = subjectBefore || cu.kind == cueVerb && cu.left != nil && cu.leftAtBoundary
		for _, m := range []*mention{cu.left, cu.appos, cu.right, cu.also} {
			if m != nil && same[m] == nil {
				// The phrase after the verb is its speaker ("said the
				// minister") only when none comes before it: otherwise
				// it is an object ("questioned the blackouts") or the
				// subject of the reported words ("said Jones was the
				// author"), and "he" or "they" after it is more likely
				// the speaker.
				// (One who would not speak, "Auch auf Nachfrage wollte
				// sich Rheinmetall nicht äußern", is no likelier the "er"
				// of a quotation after than the phrase opening the
				// sentence is.)
				// (Nor after a verb joined by "and" to one whose subject
				// comes before it: its object.)
				// (Nor after a verb a relative pronoun opens the clause
				// of: "The bank, which had forecast the GDP to expand,
				// said …; …, it said" is the bank's, no GDP's.)
				slots = append(slots, slot{m: m, subject: (m != cu.right || cu.left == nil && !a.t.startsVerb(m.t1, i) && !joined && !a.t.relativeVerb(cu)) && !cu.refusal})
			}
		}
	}
	// A person described by a title who opens the sentence and reports
	// nothing ("Le porte-parole du gouvernement a balayé ces
	// critiques."): still its subject, whom a "he" after stands for
	// before anyone named earlier.
	m := a.describedOpening(i)
	if m == nil {
		m = a.namedOpening(i)
	}
	if m == nil {
		m = a.nameBeforeVerb(i)
	}
	if m == nil {
		m = a.pronounOpening(i)
	}
	if m != nil {
		covered := false
		for k, sl := range slots {
			if sl.m.t0 == m.t0 && sl.m.t1 == m.t1 {
				slots[k].subject = true // (the name seen already: "Radley's lawyer, Susan Ortiz, …")
			}
			covered = covered || sl.m.t0 <= m.t0 && m.t0 < sl.m.t1
		}
		if !covered {
			slots = append(slots, slot{m: m, subject: true})
		}
	}
	sort.SliceStable(slots, func(x, y int) bool { return slots[x].m.t0 < slots[y].m.t0 })
	var prev *mention // the last slot resolved to a person
	for _, sl := range slots {
		if a.t.inPhotoCredit(sl.m.t0) {
			continue // "… turned upside down (Image: BBC)": no BBC a "They" after stands for
		}
		e := a.resolve(sl.m, i, sl.m.t0)
		if e == nil {
			continue
		}
		if o := a.askedReplies(i, cues, sl.m, e); o != nil {
			e = o // "Wootton asked her, “…?” ¶ She answered, “…”": the one asked
		}
		a.ents[sl.m] = e
		origin := a.originOf(prev, sl.m) && e.kind != kOrg
		if e.kind == kPerson && !origin {
			prev = sl.m
		} else {
			prev = nil
		}
		if origin {
			// "die Abgeordnete Martina Kellermann aus Bad Kissing. Sie
			// sagte …": where the person comes from is no one a
			// pronoun after stands for.
			continue
		}
		if sl.m.kind == kPron && !sl.m.plural && (sl.m.gender == 'm' || sl.m.gender == 'f') && a.t.lx.Trait("pronounsubjects") {
			e.personal = true
			if e.kind == kPerson && e.gender == 0 && sl.m.t0 == a.t.sents[i].body {
				// "He described Haley …. She fired back …": he is no
				// she (a pronoun opening its sentence; one inside
				// reported words may stand for someone else).
				e.gender = sl.m.gender
			}
		}
		// An owner is not the subject ("Trump's remarks were wrong, he
		// said": the remarks are).
		owner := a.t.toks[sl.m.t1-1].poss
		opens, sub := a.opensMainClause(i, sl.m.t0)
		opens = opens || a.afterOpeningSource(i, cues, sl.m)
		// (A subordinate clause's subject only when the article tells
		// its gender: "As Ramaswamy played down the boos, she added"
		// is not his.)
		sub = sub && e.kind == kPerson && e.gender != 0
		// (Nor is the subject of an absolute phrase that opens the
		// sentence: "M. Roux ayant accepté, la séance a été suspendue"
		// is the session's sentence.)
		absolute := a.t.absoluteOpening(i, sl.m)
		a.touch(e, i, sl.m, !owner && !absolute && (sl.subject || opens || sub || a.t.openingAcronym(i, sl.m)))
	}
	for desc, name := range same {
		if e := a.ents[name]; e != nil {
			a.ents[desc] = e
			a.describe(e, desc, i, desc.t0) // ("the Iranian president": a government's)
		}
	}
}

// afterOpeningSource reports whether mention m opens the clause after
// the comma that closes an "according to" phrase opening sentence i, past
// an article and the words of a title ("Selon un proche de
// l'Élysée, le président Paul Roux a été agacé"): the clause's subject,
// whom a pronoun after stands for, not the source.
func (a *analysis) afterOpeningSource(i int, cues []*cue, m *mention) bool {
	t := a.t
	s := &t.sents[i]
	for _, cu := range cues {
		if cu.kind != cueAccording || cu.right == nil || cu.lo != s.body || cu.right.t1 >= m.t0 || t.toks[cu.right.t1].s != "," || m.t0-cu.right.t1 > 4 {
			continue
		}
		for k := cu.right.t1 + 1; k < m.t0; k++ {
			tk := &t.toks[k]
			if tk.kind != tWord || tk.cap || tk.q >= 0 || !t.out(k) || t.isVerb(k) {
				return false
			}
			if !(k == cu.right.t1+1 && t.lx.Set("determiners", tk.l) || t.isTitleWord(k) || t.lx.Set("titlemods", tk.l)) {
				return false
			}
		}
		return true
	}
	return false
}

// openingAcronym reports whether mention m stands in parentheses right
// after the phrase that opens sentence i, a determiner and words with no
// verb: the short name of that phrase, its subject ("La Société de
// transport de Montréal (STM) augmentera …, a-t-elle confirmé"), in a
// language that inverts its subject pronouns.
func (t *text) openingAcronym(i int, m *mention) bool {
	s := &t.sents[i]
	// (Only where a pronoun after the verb may stand for it: French
	// "a-t-elle"; an English "they" after keeps to the longer name.)
	if len(t.lx.Sets["inversion"]) == 0 || m.t0-1 <= s.body+1 || m.t1 >= s.t1 || t.toks[m.t0-1].s != "(" || t.toks[m.t1].s != ")" || !t.lx.Set("determiners", t.toks[s.body].l) {
		return false
	}
	for k := s.body + 1; k < m.t0-1; k++ {
		if !t.out(k) || t.toks[k].kind != tWord || t.isVerb(k) {
			return false
		}
	}
	return true
}

// indefinite reports whether mention m opens with the indefinite article
// ("a Democrat", "an American"): it describes, even with a capital.
func (t *text) indefinite(m *mention) bool {
	return m.t0 < m.t1 && t.lx.Set("indefinite", t.toks[m.t0].l)
}

// opensMainClause reports whether token k starts sentence i's main
// clause: the sentence's first word, or the first after a short opening
// phrase and its comma ("On Tuesday, Greek prime minister …"). sub
// reports instead that k starts a clause opened by a word of [set subord] or [set as] that
// opens the sentence ("As Mr Blinken left Washington, he said …"): its
// subject, whom a "he" of the main clause may stand for.
func (rs *resolver) opensMainClause(i, k int) (opens, sub bool) {
	t := rs.t
	s := &t.sents[i]
	k0 := k
	// Modifiers before the mention ("Greek" in "Greek prime minister
	// …") do not move it out of the subject's place.
	for k > s.body && t.toks[k-1].kind == tWord && t.out(k-1) {
		if f, n := rs.gaz.match(t.toks, k-1, k); n == 1 && f.kind == formDemonym || t.lx.Set("titlemods", t.toks[k-1].l) || t.isTitleWord(k-1) {
			k--
			continue
		}
		if k-2 >= s.body && t.isName(k) && !t.toks[k-1].cap && t.isTitleWord(k-2) && t.out(k-2) && !t.isVerb(k-1) && !t.lx.Set("prep", t.toks[k-1].l) && !t.lx.Set("coord", t.toks[k-1].l) && !t.lx.Set("determiners", t.toks[k-1].l) {
			// "L'entraîneur lyonnais Laurent Blanc n'a pas caché sa
			// frustration": an adjective between the title and the
			// name (a town's, a party's) keeps the name the subject.
			k--
			continue
		}
		if t.lx.Set("tradewords", t.toks[k-1].l) {
			// "Semiconductor maker Veritas Micro cut …": its trade, and
			// a word of it opening the sentence.
			if k--; k-1 == s.body && t.toks[k-1].kind == tWord {
				k--
			}
			continue
		}
		if k-2 >= s.body && t.isName(k) && !t.toks[k-1].cap && t.lx.Set("orgwords", t.toks[k-1].b) && t.lx.Set("determiners", t.toks[k-2].l) && t.out(k-2) {
			k -= 2 // "L'association Pro Natura a …": the body's word and its article
			continue
		}
		// "Former Trump adviser and retired general Michael Flynn": two
		// roles joined by "and" describe one person.
		if t.lx.Set("coord", t.toks[k-1].l) && k-2 >= s.body && t.isTitleWord(k-2) && t.out(k-2) && (t.isTitleWord(k) || t.lx.Set("titlemods", t.toks[k].l)) {
			k--
			continue
		}
		if t.isTitleWord(k) && t.isName(k-1) {
			// The organisation a title belongs to ("FBI director James
			// Comey", "Justice Department spokesman …").
			j := k
			for j > s.body && t.toks[j-1].kind == tWord && t.out(j-1) && t.isName(j-1) {
				j--
			}
			if j < k {
				k = j
				continue
			}
		}
		j := k - 2
		for t.lx.NounCaps && j > s.body && t.lowerAdjective(j) {
			j-- // "Der norwegische Soziologe Peter Möller …"
		}
		if t.lx.NounCaps && j == s.body && t.toks[k-1].cap && t.lx.Set("definite", t.toks[j].l) && t.givenFrom(k-1, min(k+3, s.t1)) >= k {
			// "Der Toxikologe Peter Möller …": a description the lexicon
			// does not list as a title, after the article that opens the
			// sentence (and the adjectives after it).
			return true, false
		}
		break
	}
	if k-1 >= s.body && k < s.t1 && t.out(k-1) && t.lx.Set("determiners", t.toks[k-1].l) && t.isTitleWord(k) {
		k-- // "L'entraîneur lyonnais Laurent Blanc …": the title's article
	} else if j := k - 1; t.lx.NounCaps && (k < k0 || t.isTitleWord(k)) && j > s.body && t.lowerAdjective(j) {
		for j > s.body && t.lowerAdjective(j) {
			j--
		}
		if t.out(j) && t.lx.Set("determiners", t.toks[j].l) {
			k = j // "Der erfahrene Soziologe Peter Möller …": the title's article and adjectives
		}
	} else if t.lx.NounCaps && k < k0 && k-1 >= s.body && t.out(k-1) && t.lx.Set("determiners", t.toks[k-1].l) {
		k-- // "Der norwegische Soziologe Peter Möller …": the article before a nationality and a title
	}
	if k == s.body {
		return true, false
	}
	if t.lx.VerbSecond && k-1 == s.body && t.out(s.body) && t.lx.Set("coord", t.toks[s.body].l) {
		// "Doch Preetz entschied sich, weiterzumachen": a conjunction
		// opening the sentence stands outside it, and the phrase after
		// it, its finite verb right behind, is the subject (not "Doch
		// blieb Preetz": the verb, then the subject, read below).
		// (The verb: a word in lower case that is no function word,
		// "blieb", "entschied".)
		lx := t.lx
		if e := t.npRight(k, s); e > k && e < s.t1 && t.out(e) && t.toks[e].kind == tWord && !t.toks[e].cap && !lx.Set("prep", t.toks[e].l) && !lx.Set("determiners", t.toks[e].l) &&
			!lx.Set("comp", t.toks[e].l) && !lx.Set("clause", t.toks[e].l) && !lx.Set("coord", t.toks[e].l) && !lx.Set("relpron", t.toks[e].l) && !lx.Set("negation", t.toks[e].l) && !lx.Set("adverbs", t.toks[e].l) {
			return true, false
		}
	}
	if l := t.toks[s.body].l; k-1 == s.body && t.out(s.body) && (t.lx.Set("subord", l) || t.lx.Set("as", l)) {
		return false, true
	}
	// ", mas Girão ainda tenta …", ", but Smith said …": the subject of
	// a clause joined to the first.
	if k-2 > s.body && t.toks[k-1].kind == tWord && t.lx.Set("coord", t.toks[k-1].l) && t.toks[k-2].s == "," {
		return true, false
	}
	if t.lx.VerbSecond && k-1 > s.body && k-1-s.body <= 6 && t.out(k-1) && (t.lx.Set("aux", t.toks[k-1].l) || t.isVerb(k-1)) {
		// "Mit vielem hatte Weikert gerechnet": the subject right after
		// the verb in second place, behind one fronted phrase. (Not a
		// phrase of an article and its noun, itself the subject: "Die
		// Deutsche Post hat Maßnahmen ergriffen".)
		if t.lx.Set("subjectarticles", t.toks[s.body].l) && t.npRight(s.body, s) == k-1 {
			return false, false
		}
		for j := s.body; j < k-1; j++ {
			if !t.out(j) || t.isVerb(j) || t.lx.Set("aux", t.toks[j].l) || t.isName(j) {
				return false, false
			}
			if _, ok := t.lx.Pronouns[t.toks[j].l]; ok && j == k-2 {
				return false, false // "Doch es war Teil des Alltags": the pronoun before the verb is the subject
			}
		}
		return true, false
	}
	if t.timeOpener(s.body, k) {
		return true, false // "In 2014 Mary Marsh visited …", "On Monday the minister …": a time with no comma after it
	}
	if k-1 <= s.body || t.toks[k-1].s != "," || k-1-s.body > 6 {
		return false, false
	}
	if rs.describedBefore(i, k) {
		return true, false
	}
	for j := s.body; j < k-1; j++ {
		if n := t.multiTitle(j, k-1); n > 1 {
			j += n - 1 // "Le Premier ministre, Radomir Kessel, a …"
			continue
		}
		if t.toks[j].kind != tWord || t.toks[j].q >= 0 || t.isName(j) && !isTimeWord(t.lx, t.toks[j].l) && t.lx.Months[t.toks[j].l] == 0 {
			return false, false
		}
	}
	return true, false
}

// lowerAdjective reports whether token j, a word in lower case outside
// quotations, ends as an inflected adjective of [set adjinflections] and
// is no function word nor verb ("norwegische" in "Der norwegische
// Soziologe").
func (t *text) lowerAdjective(j int) bool {
	tk := &t.toks[j]
	lx := t.lx
	return tk.kind == tWord && !tk.cap && t.out(j) && t.endsIn("adjinflections", tk.l, 3) && !t.isVerb(j) && !lx.Set("aux", tk.l) &&
		!lx.Set("prep", tk.l) && !lx.Set("determiners", tk.l) && !lx.Set("coord", tk.l) && !lx.Set("negation", tk.l) && !lx.Set("adverbs", tk.l)
}

// timeOpener reports whether tokens lo..hi-1, one to four words opening
// a sentence, are a time alone: a preposition maybe, then time words,
// months, numbers and [set timemods] ("In 2014", "On Monday", "Last
// year", "On June 21"), one of them a time word, a month or a number.
func (t *text) timeOpener(lo, hi int) bool {
	if hi-lo < 1 || hi-lo > 4 {
		return false
	}
	timed := false
	for j := lo; j < hi; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			return false
		}
		switch {
		case isTimeWord(t.lx, tk.l) || isDigits(tk.l):
			timed = true
		case j == lo && t.lx.Set("prep", tk.l) && !t.lx.Set("of", tk.l), t.lx.Set("timemods", tk.l):
		default:
			return false
		}
	}
	return timed
}

// describedBefore reports whether the name at token k of sentence i
// stands between commas after a description that opens the sentence
// ("Der Verhandlungsführer der kleinen Inselstaaten, Joseph Tamale,
// zeigte sich enttäuscht"): the name is the subject, in apposition.
func (rs *resolver) describedBefore(i, k int) bool {
	t := rs.t
	s := &t.sents[i]
	if t.npRight(s.body, s) != k-1 {
		return false
	}
	if d := rs.parseNP(s.body, k-1, 0); d == nil || d.kind != kDesc || !d.definite || d.plural {
		return false
	}
	end := k
	for end < s.t1 && t.toks[end].kind == tWord && t.isName(end) {
		end++
	}
	return end > k && end < s.t1 && t.toks[end].s == ","
}

// nameAfterPrep reports whether the name at token k of sentence s follows
// a lower-case preposition after another name: the end of a longer name
// ("Right to Life", "Americans for Prosperity").
func (t *text) nameAfterPrep(k int, s *sentence) bool {
	if k-2 < s.body {
		return false
	}
	p := &t.toks[k-1]
	return p.kind == tWord && !p.cap && t.lx.Set("prep", p.l) && t.out(k-2) && t.isName(k-2)
}

// invertedVerb reports whether token k is a reporting verb after a comma
// or a closing quotation mark, its subject after it ("« … », juge Paul
// Dupont"): a verb, not the title the same word can be.
func (t *text) invertedVerb(k int, s *sentence) bool {
	return k-1 >= s.body && (t.toks[k-1].s == "," || t.toks[k-1].kind == tQClose) && t.isVerb(k)
}

// partyStateLabel reports whether word w is a label of party and state
// written after a politician's name, its party's letter one of the set
// partyletters, a hyphen, and the state: "D-Ore", "R-Ky", "I-Vt".
func partyStateLabel(lx *lang.Lexicon, w string) bool {
	return len(w) >= 3 && lx.Set("partyletters", strings.ToLower(w[:1])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// nameMentions finds the names of sentence i outside quotations, with the
// titles, demonyms and determiners before them ("Chinese Foreign Ministry
// spokesman Hong Lei"), for coreference.
func (a *analysis) nameMentions(i int) []*mention {
	t := a.t
	s := &t.sents[i]
	var out []*mention
	for k := s.body; k < s.t1; k++ {
		if !t.out(k) || !t.isName(k) {
			continue
		}
		if k-1 >= s.body && t.lx.Set("indefinite", t.toks[k-1].l) && (k+1 >= s.t1 || !t.isName(k+1) && !t.glue(k+1, s.t1)) {
			continue // "a Democrat": one of a kind, no body to refer back to
		}
		if k-1 >= s.body && t.toks[k-1].s == "(" && partyStateLabel(t.lx, t.toks[k].s) {
			continue // "Sen. Ann Reed (D-Ore.)": a party and a state after a name, no body to refer back to
		}
		// A title of several words with a capital and no name after it
		// ("le Premier ministre, …") names no one.
		if n := t.multiTitle(k, s.t1); n > 1 && (k+n >= s.t1 || !t.isName(k+n)) {
			k += n - 1
			continue
		}
		end := k + 1
		for end < s.t1 && t.out(end) && (t.isName(end) || t.glue(end, s.t1)) {
			end++
		}
		if k == s.body && t.lx.VerbSecond && end < s.t1 && t.out(end) && t.lx.Set("sequencetime", t.toks[end].l) {
			k = end - 1
			continue // "Kurz darauf erklärte er …": a time, no one named
		}
		// "the striking United Auto Workers union": a body named before
		// a lower-case word of its kind, which "the union" refers back to.
		if m := a.nameBeforeKind(k, end, s); m != nil {
			out = append(out, m)
			k = end
			continue
		}
		// A name that modifies a noun ("an Internet security firm",
		// "Indigenous elders") is not one to refer back to.
		if t.modifiesNoun(k, end, s) {
			k = end - 1
			continue
		}
		if t.portfolio(k, end, s) {
			k = end - 1
			continue
		}
		st := k
		for st-1 >= s.body && t.out(st-1) && !t.invertedVerb(st-1, s) && (t.isTitleWord(st-1) || t.lx.Set("titlemods", t.toks[st-1].l) ||
			t.lx.Set("determiners", t.toks[st-1].l) && !t.lx.Set("possessive", t.toks[st-1].l)) {
			st--
		}
		if end-1 > k+1 && t.toks[end-1].kind == tWord && !t.toks[end-1].cap && t.toks[end-2].cap {
			end-- // "Peter Möller von der Universität Kiel": no "von" glues a name of two words that did not go on
		}
		if g := t.titledBodyName(st, k, end, s); g > k {
			// "La conseillère d'État Anne Roth", "La présidente de la
			// Confédération Anne Roth": the title and its body, then
			// the person's name.
			if m := a.parseNP(g, end, 1); m != nil && m.kind == kPerson {
				ti := t.titleBefore(k, s)
				if m.gender == 0 {
					m.gender = t.lx.Titles[t.toks[ti].b].Gender
				}
				m.t0 = min(st, ti)
				for m.t0-1 >= s.body && t.lx.Set("determiners", t.toks[m.t0-1].l) {
					m.t0--
				}
				out = append(out, m)
				k = end - 1
				continue
			}
		}
		if m := a.parseNP(st, end, 1); m != nil && m.kind != kDesc {
			if m.owner != nil && m.owner.t0 == st && t.nameAfterPrep(st, s) {
				// "Ohio Right to Life President Mike Gonidakis": the
				// words before the title end a longer name, not "Life".
				m.owner = nil
			}
			if m.kind == kPerson && m.title == "" {
				a.appositeRole(m, k, end, s)
			}
			if m.kind == kOrg && end+2 < s.t1 && t.toks[end].s == "(" && lang.IsAcronym(t.toks[end+1].s) && t.toks[end+2].s == ")" &&
				acronymOf(m.name, t.toks[end+1].s) {
				m.acronym = t.toks[end+1].s // "la Comisión Nacional del Mercado de Valores (CNMV)": one body
			}
			out = append(out, m)
		}
		k = end - 1
	}
	// Documents whose author is named ("In its 60-page report", "a
	// statement by the ministry"): later "the report" is theirs.
	for k := s.body; k < s.t1; k++ {
		if !t.out(k) || !t.lx.Set("docnouns", t.toks[k].b) {
			continue
		}
		st := t.npLeft(k, s)
		if st < 0 {
			continue
		}
		end := k + 1
		if end+1 < s.t1 && t.lx.Set("by", t.toks[end].l) {
			if e := t.npRight(end+1, s); e > end+1 {
				if o := a.parseNP(end+1, e, 1); o != nil {
					m := &mention{t0: st, t1: e, kind: kDoc, head: t.toks[k].b, owner: o, surface: t.span(st, e)}
					out = append(out, m)
					continue
				}
			}
		}
		m := a.parseNP(st, end, 0)
		if m != nil && m.kind == kDoc && m.owner == nil {
			m.owner = a.issuer(st, s) // "The White House released a statement"
		}
		if m != nil && m.kind == kDoc && m.owner != nil {
			out = append(out, m)
		}
	}
	return out
}

// portfolio reports whether the name run [k, end) is the portfolio or
// body of a title before it whose holder is named after it, set off by
// commas ("El consejero de Sanidad de Madrid, Enrique Ruiz, …", "La
// consejera de Educación de Andalucía, Patricia del Pozo, …"): no
// person, though its words are capitalised and joined by "de". A run
// holding a given name the lexicon knows is someone ("El abogado de Juan
// Pérez, Luis Gómez, …").
func (t *text) portfolio(k, end int, s *sentence) bool {
	j := k - 1
	if j <= s.body || !t.out(j) || !t.lx.Set("of", t.toks[j].l) {
		return false
	}
	if j-1 > s.body && t.lx.Set("definite", t.toks[j-1].l) {
		j--
	}
	if !t.isTitleWord(j-1) || end+1 >= s.t1 || t.toks[end].s != "," || !t.isName(end+1) {
		return false
	}
	for x := k; x < end; x++ {
		if t.toks[x].kind == tWord && t.toks[x].cap && t.lx.Given(t.toks[x].l) != 0 {
			return false
		}
	}
	return true
}

// titledBodyName returns where a person's name begins inside the run of
// capitalised words [k, end) that follows a title and a preposition
// ("conseillère d'État Anne Roth", "présidente de la Confédération Anne
// Roth"): at a given name the lexicon knows, with a surname after; or k.
func (t *text) titledBodyName(st, k, end int, s *sentence) int {
	g := t.givenFrom(k, end)
	if g < 0 && end-k == 3 && (t.lx.Set("orgwords", t.toks[k].b) || t.lx.Set("govwords", t.toks[k].b)) {
		g = k + 1 // "Confédération Ella Roth": a body's word, a name of two
	}
	if g < 0 {
		return k
	}
	j := k - 1
	if j >= s.body && t.lx.Set("definite", t.toks[j].l) {
		j--
	}
	if j < s.body || !t.out(j) || !t.lx.Set("of", t.toks[j].l) && !t.lx.Set("of", t.toks[j].b) {
		return k
	}
	if j-1 < s.body || !t.isTitleWord(j-1) {
		return k
	}
	return g
}

// titleBefore returns the title word before the preposition before the
// run of capitalised words at token k (see titledBodyName).
func (t *text) titleBefore(k int, s *sentence) int {
	j := k - 1
	if j >= s.body && t.lx.Set("definite", t.toks[j].l) {
		j--
	}
	return j - 1
}

// acronymOf reports whether acr can be the acronym of name: its letters
// are initials of the name's words, in order, the first the name's first
// ("Comisión Nacional del Mercado de Valores", CNMV; not "Scientific and
// Cultural Organization", UNESCO, a name cut at a comma).
func acronymOf(name, acr string) bool {
	ws := strings.Fields(name)
	rs := []rune(strings.ToUpper(acr))
	if len(ws) < 2 || len(rs) == 0 || unicode.ToUpper(firstRune(ws[0])) != rs[0] {
		return false
	}
	j := 0
	for _, w := range ws {
		if j < len(rs) && unicode.ToUpper(firstRune(w)) == rs[j] {
			j++
		}
	}
	return j == len(rs)
}

// appositeRole gives the person named at tokens [k, end) of sentence s
// the role an apposition beside the name describes, set off by commas
// ("The defence minister, Paulo Nogueira, went …", "Paulo Nogueira,
// ministro da Defesa, foi …"): a later "the minister" is that person.
func (a *analysis) appositeRole(m *mention, k, end int, s *sentence) {
	t := a.t
	closes := func(j int) bool {
		return j >= s.t1 || t.toks[j].s == "," || t.toks[j].s == "." || t.startsVerb(j, int(t.toks[j].sent))
	}
	lo, hi := -1, -1
	switch {
	case k-2 >= s.body && t.toks[k-1].s == "," && t.out(k-2) && closes(end):
		// (Also after a preposition: "se reunió con la delegada del
		// Gobierno, María Márquez".)
		if st := t.npLeft(k-2, s); st >= 0 && (t.boundary(st-1, s) || t.lx.Set("prep", t.toks[st-1].l)) {
			lo, hi = st, k-1
		}
	case end+1 < s.t1 && t.toks[end].s == "," && t.out(end+1):
		// (Not a phrase that goes on into its own verb after a name
		// that ends an opening phrase: "En una entrevista en Onda Cero,
		// el dirigente popular ha incidido …" names no role of the
		// radio's.)
		if e := t.npRight(end+1, s); e > end+1 && closes(e) && !(k-1 >= s.body && t.lx.Set("prep", t.toks[k-1].l) && e < s.t1 && t.startsVerb(e, int(t.toks[e].sent))) {
			lo, hi = end+1, e
		}
	}
	if lo < 0 || hi-lo > 8 {
		return
	}
	for j := lo; j < hi; j++ {
		if t.toks[j].poss {
			return // "Merkel's spokesperson, Steffen Seibert": someone else's role
		}
	}
	for _, cu := range a.sentCues[t.toks[k].sent] {
		for _, x := range []*mention{cu.left, cu.appos, cu.right} {
			if x != nil && x.t0 < hi && x.t1 > lo {
				return // the subject of a reporting verb: speakerOf joins them
			}
		}
	}
	for j := lo; j < hi; j++ {
		tt, ok := t.titleOf(j)
		if !ok || !t.out(j) || t.pluralForm(t.toks[j].b) || t.isVerb(j) {
			continue
		}
		m.title = stripDet(t.lx, t.span(lo, hi))
		m.gov = m.gov || tt.Gov
		if m.gender == 0 {
			m.gender = tt.Gender
		}
		return
	}
}

// startsVerb reports whether token k of sentence i is a verb form or an
// auxiliary: what follows a subject.
func (t *text) startsVerb(k, i int) bool {
	s := &t.sents[i]
	if k >= s.t1 || t.toks[k].kind != tWord || !t.out(k) {
		return false
	}
	l := t.toks[k].l
	return t.isVerb(k) || t.lx.Set("aux", l) || t.lx.Set("passive", l) || t.lx.Set("modal", l)
}

// docAuthor makes the one speaker of sentence i the author of a document
// it mentions without naming one ("Trump, in a statement delivered via
// the press secretary, announced …"): a later "the statement said" is
// theirs.
func (a *analysis) docAuthor(i int) {
	t := a.t
	ats := a.bySent[i]
	if len(ats) == 0 {
		return
	}
	// The one who speaks in the sentence, or who reports it ("X a
	// confirmé …, a annoncé l'Élysée dans un communiqué": the Élysée's).
	author := func(at *attribution) *entity {
		if at.via != nil {
			return at.via
		}
		return at.speaker
	}
	sp := author(ats[0])
	for _, at := range ats[1:] {
		if author(at) != sp {
			return
		}
	}
	s := &t.sents[i]
	for k := s.body; k < s.t1; k++ {
		if !t.out(k) || !t.lx.Set("docnouns", t.toks[k].b) || k+1 < s.t1 && t.lx.Set("by", t.toks[k+1].l) {
			continue
		}
		if !t.unnamedDoc(k, s) {
			continue // "the statement", "its report", "a New York Times report"
		}
		if t.docSpokenOf(k, s, ats) {
			continue // "El alcalde criticó un informe": what is said of it, not where
		}
		if t.docOfThing(k, s, ats) {
			continue // "… wrote under a picture of Dion in a power suit": the picture's, no medium of the words
		}
		a.reg.setDoc(t.toks[k].b, sp, i)
	}
}

// docOfThing reports whether the document noun at token k of sentence s
// comes after the reporting verb of the sentence's attributions, past a
// phrase after a preposition and a phrase of "of" that goes on from it:
// it describes the thing those phrases name ("wrote underneath a picture
// of Dion in a power suit"), and is no medium the words were given in
// ("said in a statement", "told reporters in a letter", "a déclaré le
// ministre de la Santé dans un communiqué").
func (t *text) docOfThing(k int, s *sentence, ats []*attribution) bool {
	for _, at := range ats {
		if at.cue < s.body || at.cue >= k {
			return false
		}
		prep := false
		for j := at.cue + 1; j < k; j++ {
			if !t.out(j) {
				continue
			}
			if t.lx.Set("of", t.toks[j].l) {
				if prep {
					return true
				}
			} else if t.lx.Set("prep", t.toks[j].l) {
				prep = true
			}
		}
	}
	return false
}

// docSpokenOf reports whether the document noun at token k of sentence
// s is inside the words an attribution of the sentence reports, with no
// preposition before its determiner: the thing spoken of ("El alcalde
// criticó un informe", "Le maire a dénoncé un rapport"), not the one the
// speaker spoke in ("a annoncé dans un communiqué la fermeture …").
func (t *text) docSpokenOf(k int, s *sentence, ats []*attribution) bool {
	off := t.toks[k].start
	if !slices.ContainsFunc(ats, func(at *attribution) bool { return covers(at, off) }) {
		return false
	}
	d := k - 1
	for d >= s.body && t.toks[d].kind == tWord && !t.lx.Set("determiners", t.toks[d].l) {
		d--
	}
	return d-1 < s.body || t.toks[d-1].kind != tWord || !t.lx.Set("prep", t.toks[d-1].l)
}

// unnamedDoc reports whether the document noun at token k is introduced
// without an author or earlier mention: an indefinite determiner and
// lower-case words only ("in a statement delivered via …").
func (t *text) unnamedDoc(k int, s *sentence) bool {
	// The determiner before it and its lower-case words (not a phrase
	// before: "a annoncé l'Élysée dans un communiqué").
	st := k - 1
	for st >= s.body && t.toks[st].kind == tWord && !t.toks[st].cap && !t.lx.Set("determiners", t.toks[st].l) {
		st--
	}
	return st >= s.body && t.toks[st].kind == tWord && !t.toks[st].cap && t.lx.Set("determiners", t.toks[st].l) &&
		!t.lx.Set("definite", t.toks[st].l) && !t.lx.Set("possessive", t.toks[st].l)
}

// issuer returns the subject of sentence s when the phrase at token st is
// the object of its verb ("The White House released a statement", "They
// issued a report"): the subject, then a verb group of at most three
// words, then the phrase. A subject named after an opening phrase or
// clause and its comma is one too ("When the vote was announced,
// Councilwoman Voss released the following statement:"). Otherwise nil.
func (rs *resolver) issuer(st int, s *sentence) *mention {
	t := rs.t
	for st < s.t1 && t.toks[st].kind == tWord && t.lx.Set("publishverbs", t.toks[st].l) {
		// (Where the lexicon cannot tell a participle from a word of
		// the phrase, the phrase may open with the verb of publishing:
		// "a publié un rapport", "a rendu public un rapport".)
		st++
	}
	if m := rs.issuerFrom(s.body, st, s); m != nil {
		return m
	}
	for k := st - 1; k > s.body; k-- {
		if tk := &t.toks[k]; tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose {
			return nil // (no opening phrase with a quotation in it)
		}
		if t.toks[k].s != "," {
			continue
		}
		if m := rs.issuerFrom(k+1, st, s); m != nil {
			if !named(m) {
				return nil
			}
			return m
		}
	}
	return nil
}

// issuerFrom is issuer with the subject starting at token body.
func (rs *resolver) issuerFrom(body, st int, s *sentence) *mention {
	t := rs.t
	end := t.npRight(body, s)
	if end <= body || end >= st {
		return nil
	}
	subjEnd := end
	if st-end > 3 && t.out(end) && t.lx.Set("relpron", t.toks[end].l) && !t.lx.Set("determiners", t.toks[end].l) {
		// "The family of a woman who died after waiting nine hours has
		// filed a lawsuit": the subject, a relative clause, then the verb
		// group right before the document.
		p := st
		for p-1 > end+1 && st-p < 3 && t.out(p-1) && (t.isVerb(p-1) || t.lx.Set("aux", t.toks[p-1].l) || t.lx.Set("adverbs", t.toks[p-1].l)) {
			p--
		}
		if p == st || !t.lx.Set("aux", t.toks[p].l) && !t.isVerb(p) {
			return nil
		}
		end = p
	}
	if st-end > 3 {
		return nil
	}
	verb := false
	// (Where the lexicon lists the verbs of publishing, only one of
	// them: "Der Minister kritisierte die Studie" is no author's.)
	publish := len(t.lx.Sets["publishverbs"]) > 0
	for k := end; k < st; k++ {
		l := t.toks[k].l
		switch {
		case t.toks[k].kind != tWord || !t.out(k):
			return nil
		case publish && t.lx.Set("publishverbs", l):
			verb = true
		case t.isVerb(k) && !publish:
			verb = true
		case t.lx.Set("aux", l) || t.lx.Set("adverbs", l):
		default:
			return nil
		}
	}
	if !verb {
		return nil
	}
	m := rs.parseNP(body, subjEnd, 1)
	if m == nil || m.kind == kDoc || m.kind == kNone {
		return nil
	}
	return m
}

// modifiesNoun reports whether the name run [k, end) modifies a noun after
// it rather than naming someone: a single word before a lower-case noun
// ("Indigenous elders"), or any run before a few lower-case words that
// end in a noun of a speaker or body ("Mandiant Internet security firm").
func (t *text) modifiesNoun(k, end int, s *sentence) bool {
	lx := t.lx
	if lx.NounCaps || end >= s.t1 || !t.out(end) || t.toks[end].cap || t.toks[end].poss || t.isTitleWord(end) || lx.Set("docnouns", t.toks[end].b) {
		return false
	}
	if end-k >= 2 && t.toks[end-1].poss && k == s.body {
		// "Tom Reed's company built the pier. He said …": a person
		// named in full as the owner of the subject that opens the
		// sentence is someone to refer back to. (Not an owner further
		// on: "… according to Ivanka Trump's book. ¶ … his …".)
		return false
	}
	for j := end; j < s.t1 && j < end+3 && t.out(j) && !t.toks[j].cap; j++ {
		l := t.toks[j].b
		if t.isVerb(j) || lx.Set("prep", l) || lx.Set("clause", l) || lx.Set("comp", l) || lx.Set("aux", l) || lx.Set("passive", l) ||
			lx.Set("modal", l) || lx.Set("adverbs", l) || lx.Set("negation", l) || lx.Set("relpron", l) || lx.Set("determiners", l) {
			return false
		}
		if lx.Set("orgwords", l) || lx.Speakers[l] != "" {
			return true
		}
	}
	return end == k+1 && !t.isVerb(end)
}

// nameBeforeKind returns the body named by the name run [k, end) of
// sentence s and the lower-case word of a kind of body right after it
// (set kindafternames), after a definite article and at most two
// lower-case words ("the striking United Auto Workers union", "the
// Green party"): an organisation of that kind, named without the word.
// Else nil: a name after "a" ("an Internet security firm"), of a
// country, or one named before ("FoodCorp … the FoodCorp board") stays
// as it was.
func (rs *resolver) nameBeforeKind(k, end int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if lx.NounCaps || end >= s.t1 || !t.out(end) || t.toks[end].kind != tWord || t.toks[end].cap || t.toks[end].poss {
		return nil
	}
	if !lx.Set("kindafternames", t.toks[end].l) {
		return nil
	}
	j := k - 1
	for j >= s.body && j >= k-3 && t.toks[j].kind == tWord && !t.toks[j].cap && !lx.Set("determiners", t.toks[j].l) && !lx.Set("prep", t.toks[j].l) && !lx.Set("coord", t.toks[j].l) {
		j--
	}
	if j < s.body || t.toks[j].kind != tWord || !lx.Set("definite", t.toks[j].l) || lx.Set("possessive", t.toks[j].l) {
		return nil
	}
	for x := k; x < end; x++ {
		if _, n := rs.gaz.match(t.toks, x, x+1); n > 0 {
			return nil // "the Ukrainian army", "the Texas party"
		}
	}
	m := rs.parseNP(k, end, 1)
	if m == nil || m.title != "" || m.owner != nil || m.kind != kPerson && m.kind != kOrg && m.kind != kName {
		return nil
	}
	if rs.reg.lookup(lang.Fold(m.name)) != nil {
		return nil // "FoodCorp … the FoodCorp board": the body named before, whatever it is
	}
	m.kind, m.trade, m.gender = kOrg, t.kindOf(t.toks[end].l), 0
	return m
}

// dropInPost drops the attributions of others in the text of an embedded
// post that signature sentence i signs with a handle ("A senior adviser
// declines to say how many … pic.twitter.com/… ¶ — Ann Lee (@annlee)
// May 2, 2023"): the post is its author's words, what someone in it
// said or would not say the author's report of it.
func (a *analysis) dropInPost(i int, sig *attribution) {
	t := a.t
	if t.handleAt(&t.sents[i]) < 0 || sig.lead == 0 {
		return
	}
	drop := map[*attribution]bool{}
	for k := i - sig.lead; k < i; k++ {
		for _, at := range a.bySent[k] {
			if at.speaker != sig.speaker {
				drop[at] = true
			}
		}
		a.bySent[k] = slices.DeleteFunc(a.bySent[k], func(at *attribution) bool { return drop[at] })
	}
	if len(drop) > 0 {
		a.atts = slices.DeleteFunc(a.atts, func(at *attribution) bool { return drop[at] })
	}
}

// propagateQuotes attributes quotations as wholes: a quotation over
// several sentences belongs to the attribution whose cue follows its
// closing mark or precedes its opening mark, and a sentence that is a
// quotation with no cue of its own continues the previous speaker of its
// paragraph (or of the paragraph before, when it opens its paragraph).
func (a *analysis) propagateQuotes() {
	t := a.t
	for qi := range t.qs {
		q := &t.qs[qi]
		if q.level != 1 {
			continue
		}
		sf, sl := t.sentAt(q.open), t.sentAt(max(q.end-1, q.open))
		if sf < 0 || sl <= sf || t.sents[sf].furniture {
			continue
		}
		var owner *attribution
		for _, at := range a.bySent[sl] {
			if at.cue >= 0 && t.toks[at.cue].start >= q.end {
				owner = at // the first cue after the closing mark, not a later clause's ("…,” X said after Y announced …")
				break
			}
		}
		if owner == nil {
			for _, at := range a.bySent[sf] {
				if at.cue >= 0 && t.toks[at.cue].start < q.open {
					owner = at
				}
			}
		}
		if owner == nil {
			// "« Absurde. Ce processus est la norme, explique X. … »":
			// an incise inside the quotation, in a sentence after its
			// first.
			for s := sf + 1; s <= sl && owner == nil; s++ {
				for _, at := range a.bySent[s] {
					if at.cue >= 0 && at.speaker != nil && at.speaker.kind == kPerson && t.toks[at.cue].start > q.open && t.toks[at.cue].start < q.end && int(t.toks[at.cue].q) == qi {
						owner = at
						break
					}
				}
			}
		}
		if owner == nil && q.close < 0 {
			// "Su mensaje fue claro: «No vamos a ceder. … ¶ »Es nuestra
			// obligación», remachó el ministro.": a quotation left open at
			// its paragraph's end goes on in the quotation that opens the
			// next one; the attribution after the last one's closing mark
			// owns it too.
			owner = a.continuedOwner(qi)
		}
		if owner == nil || owner.how == "sign" {
			continue // (a signed quotation has its own words already)
		}
		for s := sf; s <= sl; s++ {
			if len(a.bySent[s]) == 0 {
				a.bySent[s] = []*attribution{owner}
			}
		}
		owner.sent, owner.last = min(owner.sent, sf), max(owner.last, sl)
		owner.direct = true
		owner.how += "+multi"
		if !t.inQuote(owner) {
			owner.content = mergeSpan(owner.content, [2]int{q.start, q.end})
		}
	}
	// Continuations.
	// prev is the speaker a sentence may go on with; held is the last
	// one given up for a sentence of the outlet's own, which indirect
	// speech in the subjunctive may still go on with.
	var prev, held *attribution
	prevPara := -1
	for i := range t.sents {
		s := &t.sents[i]
		if s.furniture {
			continue
		}
		if s.para != prevPara {
			// A paragraph that opens with a quotation may continue the
			// last speaker of the paragraph before, and so may one in
			// the subjunctive right after it ("Es sei grotesk, …");
			// any other resets.
			// (Not one that opens with a dialogue dash: a new turn,
			// most often another's: "—¿Está Dybala para jugar? —le
			// preguntaron a Mourinho.")
			if !(s.t0 < s.t1 && t.toks[s.t0].kind == tQOpen) && !(prev != nil && t.nextProse(prev.last, i) && (t.reportedSpeech(i) || a.picksFromList(i, prev))) || t.dashOpens(s) {
				prev = nil
			}
			prevPara = s.para
		}
		if ats := a.bySent[i]; len(ats) > 0 {
			n := len(ats)
			for n > 1 && ats[n-1].inTail {
				n-- // not a clause after the words: "“…,” X said after Y announced …"
			}
			prev = lastOf(ats[:n])
			if prev.verb.Refusal && !(prev.verb.Opinion && t.lx.NounCaps && len(prev.content) > 0) {
				// (Not a view negated, with its words: "Bassiki glaubt
				// nicht, dass … . Das Regime werde …" goes on.)
				// "La direction a refusé de commenter. « Ils veulent
				// fermer le site. »": a refusal has no words for a
				// quotation to go on with; whose they are the article
				// does not say here.
				prev, held = nil, nil
			}
			continue
		}
		if prev != nil && prev.direct && prev.last == i-1 && t.wordlessInsideQuote(s) {
			// "„… nicht ersetzen wird. (…) Wir brauchen gute
			// Kombinationsmodelle.“": the writer's mark of words left
			// out, inside a quotation that runs on past it, goes on
			// with it.
			prev.last = i
			prev.how += "+ext"
			a.bySent[i] = []*attribution{prev}
			continue
		}
		if a.leads(i) || a.askedBefore(i) {
			continue // the quotation of "“…?” Trump asked." after it
		}
		if at := a.pronounQuote(i, prev); at != nil {
			// "« Il n'était pas radical », raconte Ibrahim. Lui non plus
			// n'a « jamais entendu … »": words quoted in a sentence whose
			// subject is the one who just spoke.
			a.atts = append(a.atts, at)
			a.bySent[i] = []*attribution{at}
			prev = at
			continue
		}
		if e, q := a.wordsColonSpeaker(i); e != nil {
			// "Hale issued a statement: “…”": the quotation is the
			// words the subject put out.
			at := &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akInherit, cue: -1, sent: i, last: i, marked: true,
				how: "words-colon", content: t.spanTo(q, s.t1), direct: true}
			a.atts = append(a.atts, at)
			a.bySent[i] = []*attribution{at}
			prev = at
			continue
		}
		if e, c := a.quoteThenBareName(i); e != nil {
			// "“I still hold that view,” Tom Reed, a fellow at the
			// institute.": a quotation, then who said it with no verb of
			// saying; the quotation is theirs.
			at := &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akInherit, cue: -1, sent: i, last: i, marked: true,
				how: "quote-name", content: t.spanTo(s.t0, c), direct: true}
			a.atts = append(a.atts, at)
			a.bySent[i] = []*attribution{at}
			prev = at
			continue
		}
		quoted := s.qwords > 0 && s.qwords >= 3*s.words && (t.toks[s.t0].kind == tQOpen || t.toks[s.t0].q >= 0)
		inSubjunctive := t.reportedSpeech(i)
		picks := !inSubjunctive && a.picksFromList(i, prev)
		reported := inSubjunctive || picks
		// A quotation continues a direct quotation before it, or an
		// indirect statement in the sentence just before ("He admits he
		// was afraid. “I did not know …”").
		if prev == nil && reported && held != nil && (i-held.last <= 2 && !a.otherActor(held.last+1, i) || t.afterHeading(held.last, i) && !a.otherActorInProse(held.last+1, i)) && !a.otherSpeaker(i, held.speaker) {
			prev = held // "Sonst könnte er zumachen. Viel habe sich verändert."
		}
		opensQuote := quoted && t.toks[s.t0].kind == tQOpen && !a.quoteHasCue(i)
		aside := prev == nil && opensQuote && a.quoteAfterAside(i, held)
		if aside {
			prev = held // "„…“, sagt Ina Roth. Auch Öfen lassen sich steuern. „…“"
		}
		e, how := a.wordlessSpeaker(i-1, opensQuote), "inherit-wordless"
		if e == nil && opensQuote {
			e, how = a.introducedSpeaker(i-1), "inherit-introduced"
		}
		if e == nil && opensQuote {
			e, how = a.wordsGivenSpeaker(i-1), "inherit-words"
		}
		if e == nil && opensQuote {
			e, how = a.sureSpeaker(i-1), "inherit-sure"
		}
		if e == nil && opensQuote {
			e, how = a.viewSpeaker(i-1), "inherit-view"
		}
		if prev == nil && (reported && !quoted || opensQuote) && e != nil && (t.sents[i-1].para == s.para || opensQuote && t.sents[i-1].para == s.para-1) && len(a.sentCues[i]) == 0 &&
			!a.namedSubject(i, e) && !t.anonymousCue(i) && !(quoted && a.quoteLedNext(i)) {
			// "Joseph Tamale zeigte sich enttäuscht. Sein Land versinke
			// bereits im Meer.": the Konjunktiv gives the words the verb
			// before had none of; so does a quotation that opens the
			// next sentence ("Genesio a balayé la question. « Je ne me
			// pose pas ce genre de question. »"), also after a sentence
			// that only names its speaker ("Parmi elles, Nadia Benali,
			// qui a perdu son frère. « Cela fait six ans … »").
			at := &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akInherit, cue: -1, sent: i, last: i, marked: true,
				how: how, content: [][2]int{t.bodySpan(i)}, direct: opensQuote}
			a.atts = append(a.atts, at)
			a.bySent[i] = []*attribution{at}
			prev = at
			continue
		}
		if prev == nil || !(quoted && (prev.direct || prev.last == i-1 || aside)) && !(reported && (i-prev.last <= 2 || t.nextProse(prev.last, i) || t.afterHeading(prev.last, i))) || a.otherSpeaker(i, prev.speaker) || quoted && a.quoteLedNext(i) ||
			!quoted && (a.namedSubject(i, prev.speaker) || t.anonymousCue(i) || reported && a.conditionalOther(i, prev)) {
			if prev != nil {
				held = prev
			}
			if !quoted && t.anonymousCue(i) {
				// "Seitens des Warndienstes hieß es, … . Man habe …":
				// the words after go on with the unnamed source, not
				// with a speaker before it.
				held = nil
			}
			prev = nil
			continue
		}
		if reported && !quoted {
			// Indirect speech going on in the subjunctive ("Eine
			// Entscheidung sei überfällig."): its own claim.
			at := &attribution{speaker: prev.speaker, surface: prev.surface, via: prev.via, viaName: prev.viaName,
				verb: prev.verb, kind: akInherit, cue: -1, sent: i, last: i, marked: true, how: "inherit-reported",
				content: [][2]int{t.bodySpan(i)}}
			if picks {
				at.how = "inherit-list"
			}
			// The speaker goes on saying: "Er kündigte an, … zu ziehen.
			// Die Regierung habe …" is no announcement.
			at.verb.Stance, at.verb.Voice = "assert", "say"
			a.atts = append(a.atts, at)
			a.bySent[i] = []*attribution{at}
			prev = at
			continue
		}
		if prev.last == i-1 && prev.direct {
			prev.last = i
			prev.how += "+ext"
			if prev.tail > 0 {
				prev.evEnd = 0 // the evidence runs on to the quotation's end
			}
			prev.content = mergeSpan(prev.content, t.bodySpan(i))
			a.bySent[i] = []*attribution{prev}
			continue
		}
		at := &attribution{speaker: prev.speaker, surface: prev.surface, via: prev.via, viaName: prev.viaName,
			verb: prev.verb, kind: akInherit, cue: -1, sent: i, last: i, direct: true, marked: true, how: "inherit-quote",
			content: [][2]int{t.bodySpan(i)}}
		at.verb.Stance = "assert"
		if !prev.direct {
			at.verb.Voice = "say" // "criticised the decision." then “…”: the quotation is said
		}
		a.atts = append(a.atts, at)
		a.bySent[i] = []*attribution{at}
		prev = at
	}
	// "“We will not back down.” That was the message from union leader
	// Sarah Jones on Monday.": a quotation alone, then a sentence that
	// names whose words they were.
	for i := 1; i < len(t.sents); i++ {
		if len(a.bySent[i-1]) > 0 || len(a.bySent[i]) > 0 || t.sents[i-1].furniture {
			continue
		}
		p := &t.sents[i-1]
		if p.qwords == 0 || p.qwords < 3*p.words || t.toks[p.t0].kind != tQOpen || a.quoteHasCue(i-1) {
			continue
		}
		if e := a.wordsFrom(i); e != nil {
			at := &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akInherit, cue: -1, sent: i - 1, last: i - 1, marked: true,
				how: "words-from", content: [][2]int{t.bodySpan(i - 1)}, direct: true}
			a.atts = append(a.atts, at)
			a.bySent[i-1] = []*attribution{at}
		}
	}
	sort.SliceStable(a.atts, func(x, y int) bool { return a.atts[x].sent < a.atts[y].sent })
}

// picksFromList reports whether sentence i, in the paragraph of at or
// the one right after it, opens with a phrase of [set listitems] or
// [set listpicks] that picks one item of a list at's words have just
// named ("La primera …", "El último obstáculo …", "Una de ellas …"),
// with no verb of saying of its own: at, the attribution that ends in
// the sentence before, names them in the plural, with a count
// ("explicó que existen tres dificultades. La primera tiene que ver con
// …") or, before an item of listpicks, a plural determiner of the item's
// gender ("recalcó
// las urgencias de su cartera. Una de ellas es …", not "Uno de ellos
// …"), or picked an item itself ("La primera … . El segundo, …"). The
// item goes on with at's words.
func (a *analysis) picksFromList(i int, at *attribution) bool {
	t := a.t
	if at == nil || at.speaker == nil || at.verb.Refusal || at.last != i-1 || len(t.lx.Sets["listitems"])+len(t.lx.Sets["listpicks"]) == 0 {
		return false
	}
	s := &t.sents[i]
	if s.furniture || s.qwords > 0 || len(a.sentCues[i]) > 0 || t.sents[i-1].para != s.para && t.sents[i-1].para != s.para-1 || t.question(i) {
		return false
	}
	k := s.body
	if k >= s.t1 {
		return false
	}
	partitive := t.phraseEnd("listpicks", k, s) > k
	if !partitive && t.phraseEnd("listitems", k, s) == k {
		return false
	}
	if at.how == "inherit-list" {
		return true
	}
	// (A plural determiner only before a partitive item, "Una de
	// ellas": an ordinal alone after one may be the writer's, "dijo que
	// los hospitales están llenos. El último cerró ayer".)
	det := ""
	if partitive && t.lx.Set("feminine", t.toks[k].l) {
		det = "feminine"
	} else if partitive {
		det = "masculine"
	}
	for _, c := range at.content {
		for j := t.tokAt(c[0]); j+1 < len(t.toks) && t.toks[j].end <= c[1]; j++ {
			tk, nx := &t.toks[j], &t.toks[j+1]
			if tk.kind != tWord || nx.kind != tWord || nx.cap || nx.end > c[1] {
				continue
			}
			if t.lx.Set("quantifiers", tk.l) || isDigits(tk.l) || det != "" && t.lx.Set("pluraldeterminers", tk.l) && t.lx.Set(det, tk.l) {
				return true
			}
		}
	}
	return false
}

// quoteAfterAside reports whether the quotation that is sentence i goes
// on with held, the direct quotation (or the indirect speech going on in
// the subjunctive) of the same paragraph two sentences before, past one
// sentence of the writer's own between them that
// reports nothing, asks nothing and names no one else ("„…“, sagt Ina
// Roth. Auch Öfen lassen sich steuern. „…“" is hers).
func (a *analysis) quoteAfterAside(i int, held *attribution) bool {
	t := a.t
	if held == nil || !held.direct && held.how != "inherit-reported" || held.speaker == nil || held.verb.Refusal || held.last >= i-1 || held.last < i-4 {
		return false
	}
	if a.speakerGoesOn(i, held) {
		return true
	}
	if held.last != i-2 {
		return false
	}
	j := i - 1
	if t.sents[held.last].para != t.sents[i].para || t.sents[j].para != t.sents[i].para || t.sents[j].furniture || t.sents[j].qwords > 0 || t.sents[j].words < 3 {
		return false
	}
	if len(a.sentCues[j]) > 0 || len(a.bySent[j]) > 0 || a.otherActor(j, i) || a.otherSpeaker(i, held.speaker) || a.quoteLedNext(i) {
		return false
	}
	s := &t.sents[j]
	for k := s.t0; k < s.t1; k++ {
		if t.toks[k].q >= 0 || t.toks[k].kind == tQOpen || t.toks[k].kind == tQClose {
			return false // (no quotation of its own, not even of a mark: „…“ „?“ „…“)
		}
	}
	if t.question(j) || t.toks[s.t1-1].s == ":" {
		return false // (a question the quotation answers, or a colon that opens it: another's)
	}
	for _, m := range a.mentionsIn(j, s.t0, s.t1) {
		e := a.ents[m]
		if e == held.speaker {
			continue
		}
		// (Where every noun has a capital, a word read as a name of no
		// kind told is most often a noun: "Auch Öfen lassen sich über
		// smarte Systeme steuern." names no one.)
		name := e.kind == kName && (!t.lx.NounCaps || knownAsPerson(e) || a.spoke(e) || strings.Contains(e.name, " "))
		// (Nor anyone described who may speak: "Seine Frau ist anderer
		// Ansicht. „…“".)
		described := e.kind == kDesc && (e.class != "" && e.class != "unknown" || e.personal)
		if e.kind == kPerson || e.kind == kOrg || name || described || m.kind == kPron {
			return false // "Mit Tom und Ben Roth treffen zwei Brüder aufeinander. «…»": whose words, the sentence does not say
		}
	}
	return true
}

// speakerGoesOn reports whether the quotation that is sentence i goes on
// with held, a person's direct quotation of the same paragraph up to
// three sentences before, past sentences between them that are all
// about that person and hold no words: each opens with them as its
// subject (their name, or a pronoun that stands for them), quotes
// nothing but a term of a word or three, asks nothing, holds no
// attribution and no verb of saying with another subject, and names no
// other person but after a preposition and no one who speaks in the
// article
// ("Pour Marc Leroy, « … ». Il énumère les erreurs des rédactions. Il
// en va de même pour la radio depuis 2010. « … »" are his).
func (a *analysis) speakerGoesOn(i int, held *attribution) bool {
	t := a.t
	e := held.speaker
	if e.kind != kPerson || !held.direct || a.otherSpeaker(i, e) || a.quoteLedNext(i) {
		return false
	}
	chain := "" // the pronoun that stood for them in the sentence before
	for j := held.last + 1; j < i; j++ {
		s := &t.sents[j]
		// (A word or two in quotation marks is a term, no words: "la
		// loi dite « anti-casseurs »".)
		if s.para != t.sents[i].para || s.furniture || s.qwords > 3 || s.words < 3 || len(a.bySent[j]) > 0 || t.question(j) || t.toks[s.t1-1].s == ":" ||
			t.toks[s.t0].kind == tQOpen || t.toks[s.t1-1].kind == tQClose {
			return false
		}
		ok, pron := a.aboutSpeaker(j, e, chain)
		if !ok {
			return false
		}
		chain = pron
	}
	return true
}

// aboutSpeaker reports whether sentence j opens with person e as its
// subject (their name, a pronoun that stands for them, or chain, the
// pronoun that stood for them in the sentence before), any verb of
// saying in it is theirs, and it names no other person but after a
// preposition and no one who speaks in the article; and the pronoun
// that stands for them in it, if any.
func (a *analysis) aboutSpeaker(j int, e *entity, chain string) (bool, string) {
	t := a.t
	s := &t.sents[j]
	subj := a.subjectOf(j) == e
	pron := ""
	for _, cu := range a.sentCues[j] {
		if cu.left == nil || a.ents[cu.left] != e {
			return false, ""
		}
	}
	for _, m := range a.mentionsIn(j, s.t0, s.t1) {
		o := a.ents[m]
		if o == e {
			if m.t0 == s.body {
				subj = true
				if m.kind == kPron {
					pron = t.toks[m.t0].l
				}
			}
			continue
		}
		if m.kind == kPron && m.t0 != s.body || m.t0 == s.body && !(m.kind == kPron && t.toks[m.t0].l == chain) {
			return false, ""
		}
		if o.kind == kPerson && !(m.t0-1 > s.body && t.out(m.t0-1) && t.lx.Set("prep", t.toks[m.t0-1].l)) || a.spoke(o) {
			return false, "" // (a body or a thing the sentence names is no one who speaks: "l'utilisation du LBD")
		}
	}
	if !subj && t.toks[s.body].kind == tWord && t.out(s.body) {
		// A pronoun no attribution has resolved: the same one that
		// stood for them in the sentence before ("Il énumère … . Il en
		// va de même …"), or one that stands for them ("Il cite aussi la
		// radio.").
		if pr, ok := t.lx.Pronouns[t.toks[s.body].l]; ok && !pr.Plural && !pr.Either && pr.Gender != 0 && (e.gender == 0 || e.gender == pr.Gender) {
			if t.toks[s.body].l == chain {
				subj, pron = true, chain
			} else if m := a.parseNP(s.body, s.body+1, 0); m != nil && m.kind == kPron && a.resolvePronoun(m, j, s.body) == e {
				subj, pron = true, t.toks[s.body].l
			}
		}
	}
	return subj, pron
}

// wordsFrom returns the person or body sentence i names as the source of
// the words before it: a demonstrative and a copula, words of
// [set wordsnouns] ("That was the message from union leader Sarah
// Jones", "Those were the words of the mayor, Ann Lee"), then "from" or
// "of" and the name. Else nil.
func (a *analysis) wordsFrom(i int) *entity {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	k := s.body
	if k+4 >= s.t1 || !t.out(k) || !lx.Set("definite", t.toks[k].l) || lx.Set("determiners", t.toks[k+1].l) && !lx.Set("definite", t.toks[k+1].l) {
		return nil
	}
	if !t.out(k+1) || !lx.Set("copulas", t.toks[k+1].l) && !lx.Set("passive", t.toks[k+1].l) {
		return nil
	}
	n := k + 2
	if t.out(n) && lx.Set("determiners", t.toks[n].l) {
		n++
	}
	for ; n < s.t1 && n-k < 7 && t.out(n) && !t.toks[n].cap && !lx.Set("wordsnouns", t.toks[n].l); n++ {
	}
	if n+1 >= s.t1 || !t.out(n) || !lx.Set("wordsnouns", t.toks[n].l) || !t.out(n+1) || t.toks[n+1].l != "from" && !lx.Set("of", t.toks[n+1].l) {
		return nil
	}
	for _, m := range a.mentionsIn(i, n+2, s.t1) {
		if m.t0 > n+6 {
			break
		}
		if e := a.ents[m]; e.kind == kPerson || e.kind == kOrg {
			return e
		}
	}
	return nil
}

// quoteHasCue reports whether the quotation that opens sentence i holds,
// in any sentence it spans, a reporting verb or an "according to" of its
// own: a passage quoted from a text, with its own speakers.
func (a *analysis) quoteHasCue(i int) bool {
	t := a.t
	qi := t.toks[t.sents[i].t0].q
	if qi < 0 || int(qi) >= len(t.qs) {
		return true
	}
	q := &t.qs[qi]
	if q.close < 0 {
		return true // (an unclosed quotation: no telling where it ends)
	}
	sl := t.sentAt(max(q.end-1, q.open))
	for j := i; j <= sl && j < len(a.sentCues); j++ {
		if len(a.sentCues[j]) > 0 {
			return true
		}
	}
	return false
}

// nextProse reports whether sentence i comes right after sentence j,
// past page furniture only (a crosshead between two paragraphs:
// "„…“, sagte Schimmelpfennig. ¶ Weikert: „…“ ¶ Sobald dieses vorliege,
// würden …"), in a language whose lexicon lists subjunctive forms. Where
// they are no conditional forms the writer uses too, the mood tells
// reported speech on its own, which goes on also past a longer run of
// furniture (a box that invites to subscribe, then a crosshead: no more
// than maxFurnitureRun sentences).
func (t *text) nextProse(j, i int) bool {
	if j == i-1 {
		return true
	}
	if j >= i || len(t.lx.Sets["subjunctive"]) == 0 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if !t.sents[k].furniture {
			return false
		}
	}
	if t.lx.Conditional {
		return i-j <= 2
	}
	return i-j-1 <= maxFurnitureRun
}

// wordlessInsideQuote reports whether sentence s holds no word, only
// marks ("(…)", "[…]"), inside a quotation opened before it and running
// on past it.
func (t *text) wordlessInsideQuote(s *sentence) bool {
	if s.words > 0 || s.qwords > 0 || s.t0 >= s.t1 {
		return false
	}
	q := t.toks[s.t0].q
	return q >= 0 && t.qs[q].open < t.toks[s.t0].start && t.qs[q].end >= t.toks[s.t1-1].end
}

// afterHeading reports whether sentence i, in a language whose indirect
// speech is in the subjunctive, not the conditional, opens a paragraph
// right after page furniture (a heading, a caption) and the sentences
// of prose between sentence j and it are at most two („…“, sagte der
// Konzernchef. Die Nachfrage wächst. ¶ Dekarbonisierung ¶ Bei den
// Airlines habe sich …": the speaker goes on past the heading).
func (t *text) afterHeading(j, i int) bool {
	if j >= i-1 || t.lx.Conditional || len(t.lx.Sets["subjunctive"]) == 0 || !t.sents[i-1].furniture || t.sents[i].para == t.sents[i-1].para {
		return false
	}
	prose := 0
	for k := j + 1; k < i; k++ {
		if !t.sents[k].furniture {
			prose++
		}
	}
	return prose <= 2 && i-j-1-prose <= maxFurnitureRun
}

// maxFurnitureRun is the most sentences of page furniture that indirect
// speech goes on past (nextProse).
const maxFurnitureRun = 6

// wordlessSpeaker returns the speaker of sentence j's reporting verb
// when the verb gave no attribution for want of words ("Vogt verteidigte
// die Pläne.", "Tamale zeigte sich enttäuscht."): a person or body named
// as its subject (or a one-word name that could be either, a body's
// spokeswoman referring back to it: "la porte-parole de la fédération a
// nuancé les chiffres. « … »"), the sentence's only cue, in a sentence with no
// attribution and no quotation; else nil. With quote (the sentence
// after opens with a quotation), in a language with the trait
// describedwordless, also one speaker described with the definite
// article and no owner, by a title or a speaker's noun ("Le maire a
// réagi sur les réseaux sociaux. « … »", "Le président du club a
// commenté la défaite. « … »").
func (a *analysis) wordlessSpeaker(j int, quote bool) *entity {
	if j >= 0 && j < len(a.sentCues) && len(a.bySent[j]) == 0 && a.t.sents[j].qwords == 0 {
		if e := a.issuedDoc(j); e != nil {
			return e
		}
	}
	if j < 0 || j >= len(a.sentCues) || len(a.bySent[j]) > 0 || len(a.sentCues[j]) != 1 || a.t.sents[j].qwords > 0 {
		return nil
	}
	cu := a.sentCues[j][0]
	if cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary || cu.left.t0 != a.t.afterOpeningParticiple(&a.t.sents[j]) && cu.left.t0 != a.t.afterIntroPhrase(&a.t.sents[j]) || cu.verb.Opinion && !cu.verb.Weak {
		return nil
	}
	// (The entities resolved already: speakerOf would name them anew.)
	e := a.ents[cu.left]
	if cu.appos != nil && cu.appos.kind == kPerson {
		e = a.ents[cu.appos]
	}
	if e != nil && e.kind == kDesc && quote && a.describedWordless(cu) {
		return e
	}
	// (A one-word name only where nouns have no capital, or through a
	// description: a capitalised noun, "Täglich", is no one.)
	name := e != nil && e.kind == kName && (cu.left.kind == kDesc || !a.t.lx.NounCaps)
	if e == nil || e.kind != kPerson && e.kind != kOrg && !name {
		return nil
	}
	return e
}

// describedWordless reports whether the subject of cue cu, which opens
// its sentence, is one speaker described with the definite article and
// no owner, by a title or a speaker's noun ("Le maire", "La ministre de
// la Santé", "Le président du club"), in a language with the trait
// describedwordless; not people in the plural, whose quotation is whose
// the article does not say.
func (a *analysis) describedWordless(cu *cue) bool {
	t := a.t
	m := cu.left
	if !t.lx.Trait("describedwordless") || cu.appos != nil || m.kind != kDesc || m.plural || m.owner != nil || !t.lx.Set("definite", t.toks[m.t0].l) {
		return false
	}
	return t.titled(m) || a.speakerNounBefore(m.t0, m.t1)
}

// wordsGivenSpeaker returns the person or body named as the subject of
// sentence j when the sentence only says they had or gave words of some
// kind ([set wordsverbs] and [set wordsnouns]: "Bolger's lawyer, Jeremy
// Robinson, had a more succinct statement after the ruling.", "The mayor
// had harsh words for the developer."): a quotation with no speaker of
// its own that opens the next sentence is those words. A sentence with
// a reporting verb, a quotation or an attribution of its own gives no
// one. Else nil.
func (a *analysis) wordsGivenSpeaker(j int) *entity {
	t := a.t
	lx := t.lx
	if j < 0 || j >= len(a.sentCues) || len(a.bySent[j]) > 0 || len(a.sentCues[j]) > 0 || t.sents[j].qwords > 0 {
		return nil
	}
	s := &t.sents[j]
	k := s.body + 1
	for k < s.t1 && !(t.out(k) && lx.Set("wordsverbs", t.toks[k].l)) {
		k++
	}
	n := k + 1
	if n < s.t1 && t.out(n) && lx.Set("determiners", t.toks[n].l) {
		if lx.Set("negation", t.toks[n].l) {
			return nil // "The union had no comment."
		}
		n++
	}
	// (Up to three words that describe them: "a more succinct statement",
	// "harsh words".)
	for ; n < s.t1 && n-k <= 4 && t.out(n) && !t.toks[n].cap && !lx.Set("wordsnouns", t.toks[n].l); n++ {
	}
	if (n >= s.t1 || !t.out(n) || !lx.Set("wordsnouns", t.toks[n].l)) && !t.hadToSay(k, s) {
		return nil
	}
	// (An adverb between the subject and the verb: "Reed also offered
	// this insight".)
	for k-1 > s.body && t.out(k-1) && lx.Set("adverbs", t.toks[k-1].l) {
		k--
	}
	return a.subjectBefore(j, k, false)
}

// hadToSay reports whether the verb of having words at token k of
// sentence s has one or two words, then an infinitive of saying with no
// object of its own, as its object ("had this to say about the bridge",
// "had plenty to say"); not a negation's ("had nothing to say").
func (t *text) hadToSay(k int, s *sentence) bool {
	lx := t.lx
	for x := k + 1; x+1 < s.t1 && x-k <= 3; x++ {
		if !t.out(x) || t.toks[x].cap || lx.Set("negation", t.toks[x].l) || lx.Set("negsubj", t.toks[x].l) {
			return false
		}
		if x > k+1 && lx.Set("inf", t.toks[x].l) {
			// (The infinitive with no object of its own: "to say about
			// …", not "had a plan to tell the truth".)
			v, ok := lx.Verbs[t.toks[x+1].l]
			after := x + 2
			return ok && t.out(x+1) && v.Voice == "say" && v.Tags&lang.TagBase != 0 &&
				(after >= s.t1 || t.toks[after].kind != tWord || t.out(after) && lx.Set("prep", t.toks[after].l))
		}
	}
	return false
}

// quoteOpensWithGender reports whether a quotation in sentence i opens
// with a determiner of gender g and a noun ("« Le projet est mort »"):
// a pronoun of that gender after it may stand for the thing.
func (t *text) quoteOpensWithGender(i int, g byte) bool {
	s := &t.sents[i]
	set := "masculine"
	if g == 'f' {
		set = "feminine"
	}
	for k := s.t0; k+2 < s.t1; k++ {
		if t.toks[k].kind == tQOpen && t.toks[k+1].kind == tWord && t.lx.Set(set, t.toks[k+1].l) && t.toks[k+2].kind == tWord && !t.toks[k+2].cap {
			return true
		}
	}
	return false
}

// quoteThenBareName returns the person named right after the quotation
// that opens sentence i, and the token of its closing mark, when the
// quotation ends in a comma inside its marks, holds four words or more,
// and the name ends the sentence or is followed by a comma and the
// person's description, with no reporting verb in the sentence (in a
// language whose subject pronouns stand: "“I still hold that view,” Tom
// Reed, a fellow at the institute."). Else nil and -1.
func (a *analysis) quoteThenBareName(i int) (*entity, int) {
	t := a.t
	s := &t.sents[i]
	if !t.lx.Trait("pronounsubjects") || len(a.bySent[i]) > 0 || len(a.sentCues[i]) > 0 || s.t0 >= s.t1 || t.toks[s.t0].kind != tQOpen {
		return nil, -1
	}
	q := t.toks[s.t0].q
	c := s.t0 + 1
	words := 0
	for c < s.t1 && !(t.toks[c].kind == tQClose && t.toks[c].q == q) {
		if t.toks[c].kind == tWord {
			words++
		}
		c++
	}
	if c+1 >= s.t1 || words < 4 || t.toks[c-1].s != "," {
		return nil, -1
	}
	for _, sn := range a.reg.recent {
		if sn.sent != i || sn.tok != c+1 || sn.e == nil || sn.e.kind != kPerson {
			continue
		}
		end := s.t1
		if t.toks[end-1].kind == tPunct && t.toks[end-1].s == "." {
			end--
		}
		if sn.end == end || sn.end < end && t.toks[sn.end].s == "," {
			return sn.e, c
		}
	}
	return nil, -1
}

// pronounQuote returns the attribution of sentence i, with no cue of its
// own, when it opens with a pronoun of one person that stands for the
// person who spoke in the sentence just before, and quotes a few of its
// words inside prose ("Elle a reçu « des dizaines de courriers » depuis
// lundi"): the quoted words are that person's. Or nil.
func (a *analysis) pronounQuote(i int, prev *attribution) *attribution {
	t := a.t
	s := &t.sents[i]
	if prev == nil || prev.last != i-1 || len(a.sentCues[i]) > 0 || s.qwords < 1 || s.words < 3 || s.body >= s.t1 || t.reportedSpeech(i) {
		return nil // (indirect speech going on is the continuations' below: "Er habe …")
	}
	e := prev.speaker
	tk := &t.toks[s.body]
	if e == nil || e.kind != kPerson && e.kind != kName || tk.kind != tWord || tk.q >= 0 || t.toks[s.t0].kind == tQOpen {
		return nil
	}
	pr, ok := t.lx.Pronouns[tk.l]
	if !ok || pr.Plural || pr.Either || pr.Gender == 0 || e.gender != 0 && e.gender != pr.Gender {
		return nil
	}
	if !strings.HasPrefix(prev.how, "after") && a.subjectOf(i-1) != e {
		return nil // "Le règlement a été critiqué par Paul Garnier. Il contient « … »": the subject before, no one who spoke
	}
	if t.quoteOpensWithGender(i-1, pr.Gender) {
		return nil // "« Le projet est mort », a tranché X. Il coûtera « des millions »": the project, maybe
	}
	m := a.parseNP(s.body, s.body+1, 0)
	if m == nil || m.kind != kPron || a.resolvePronoun(m, i, s.body) != e {
		return nil
	}
	at := &attribution{speaker: e, surface: e.name, verb: t.sayVerb(), kind: akInherit, cue: -1, sent: i, last: i, marked: true,
		how: "pronoun-quote", content: [][2]int{t.bodySpan(i)}}
	return at
}

// wordsColonSpeaker returns the person or body named as the subject of
// sentence i and the token where its quotation opens, when the sentence
// only says they put out or had words of some kind ([set issueverbs],
// [set wordsverbs] and [set wordsnouns]) and then gives them after a
// colon or a comma, a quotation that runs to its end ("Hale issued a
// statement: “…”", "The mayor had a warning for the developer: “…”").
// A sentence with a reporting verb or an attribution of its own gives no
// one; nor words with a possessive or a name between the noun and the
// quotation ("a reply to the reporter's question: “Why now?”" is the
// reporter's). Else nil and -1.
func (a *analysis) wordsColonSpeaker(i int) (*entity, int) {
	t := a.t
	lx := t.lx
	if len(a.bySent[i]) > 0 || len(a.sentCues[i]) > 0 || t.sents[i].qwords == 0 {
		return nil, -1
	}
	s := &t.sents[i]
	k := s.body + 1
	for k < s.t1 && t.toks[k].kind != tQOpen && !(t.out(k) && (lx.Set("wordsverbs", t.toks[k].l) || lx.Set("issueverbs", t.toks[k].l))) {
		k++
	}
	if k >= s.t1 || !t.out(k) {
		return nil, -1
	}
	n := k + 1
	if n < s.t1 && t.out(n) && lx.Set("determiners", t.toks[n].l) {
		if lx.Set("negation", t.toks[n].l) {
			return nil, -1
		}
		n++
	}
	for ; n < s.t1 && n-k <= 4 && t.out(n) && !t.toks[n].cap && !lx.Set("wordsnouns", t.toks[n].l); n++ {
	}
	if n >= s.t1 || !t.out(n) || !lx.Set("wordsnouns", t.toks[n].l) {
		return nil, -1
	}
	// (Up to four words more before the colon: "a statement on
	// Facebook:", "a warning for the developer:".)
	c := n + 1
	for ; c < s.t1 && c-n <= 5 && t.out(c) && !t.toks[c].poss && !t.isVerb(c) && !lx.Set("wordsnouns", t.toks[c].l); c++ {
	}
	if c+1 >= s.t1 || t.toks[c].s != ":" && t.toks[c].s != "," || t.toks[c+1].kind != tQOpen {
		return nil, -1
	}
	// The quotation runs to the sentence's end.
	for j := c + 2; j < s.t1; j++ {
		if t.toks[j].q < 0 && t.toks[j].kind == tWord {
			return nil, -1
		}
	}
	found := a.subjectBefore(i, k, true)
	if found == nil {
		return nil, -1
	}
	return found, c + 1
}

// subjectBefore returns the person or body (or, with names set, a name of
// no kind told) whose mention ends right before the verb at token k of
// sentence i, or before its auxiliary or a comma, with no verb before
// it in the sentence: the last such one, or nil.
func (a *analysis) subjectBefore(i, k int, names bool) *entity {
	t := a.t
	s := &t.sents[i]
	var found *entity
	for _, m := range a.mentionsIn(i, s.body, k) {
		e := a.ents[m]
		if e.kind != kPerson && e.kind != kOrg && !(names && e.kind == kName) && !(e.kind == kDesc && !e.plural && (e.class == "people" || e.class == "org" || e.class == "gov")) {
			continue
		}
		// (Or its auxiliary between: "Le ministre a tenu des propos très
		// durs.")
		v := k
		if v-1 > m.t0 && t.lx.Set("aux", t.toks[v-1].l) {
			v--
		}
		if m.t1 != v && !(m.t1 == v-1 && t.toks[v-1].s == ",") || t.verbIn(s.body, m.t0) {
			continue
		}
		found = e // the last one before the verb
	}
	return found
}

// mentionsIn returns the mentions resolved to an entity that lie in
// tokens [lo, hi) of sentence i, in text order.
func (a *analysis) mentionsIn(i, lo, hi int) []*mention {
	var out []*mention
	for m, e := range a.ents {
		if e != nil && m.t0 >= lo && m.t1 <= hi && int(a.t.toks[m.t0].sent) == i {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(x, y *mention) int { return cmp.Or(cmp.Compare(x.t0, y.t0), cmp.Compare(x.t1, y.t1)) })
	return out
}

// sureSpeaker returns the person or body that opens sentence j as its
// subject when the rest of the sentence only says they are sure or
// roused, a copula and an adjective of the lexicon's set certain
// ("Claire Vasseur est catégorique.", "Le maire est furieux."): a
// quotation with no speaker of its own that opens the next sentence is
// theirs. A sentence with a reporting verb, a quotation or an
// attribution of its own gives no one. Else nil.
func (a *analysis) sureSpeaker(j int) *entity {
	t := a.t
	if j < 0 || j >= len(t.sents) || t.sents[j].furniture || len(a.bySent[j]) > 0 || len(a.sentCues[j]) > 0 || t.sents[j].qwords > 0 {
		return nil
	}
	sj := &t.sents[j]
	end := sj.t1
	if end > sj.body && t.toks[end-1].kind != tWord {
		end-- // the full stop
	}
	for _, sn := range a.reg.recent {
		if sn.sent != j || !sn.subject || sn.e == nil || sn.e.kind != kPerson && sn.e.kind != kOrg {
			continue
		}
		from := sn.end
		switch {
		case sn.tok == sj.body:
			if from < end && t.toks[from].s == "," {
				// (Past the role set off after the name: "Claire
				// Vasseur, directrice du port, est furieuse.")
				if c := t.skipAppositives(from, sj); c > from {
					from = c + 1
				} else if _, ok := t.lx.Pronouns[t.toks[from+1].l]; ok && from+3 < end && t.toks[from+2].s == "," {
					from += 3 // "Paul Roux, lui, est plus nuancé."
				}
			}
		case t.roleBeforeName(sj.body, sn.tok, sj) && from < end && t.toks[from].s == ",":
			from++ // "La directrice du port, Claire Vasseur, est furieuse."
		default:
			continue
		}
		if from < end && t.convinced(from, end, sj) {
			return sn.e
		}
	}
	// (Or a pronoun of one person, or one speaker described with the
	// definite article, as before a colon: "Il est furieux.", "Le
	// syndicat est formel.", "Le maire de Lyon est furieux.")
	ne := t.npRight(sj.body, sj)
	if ne <= sj.body || ne >= end {
		return nil
	}
	m := a.parseNP(sj.body, ne, 0)
	if m == nil || m.t1 != ne || !t.convinced(ne, end, sj) {
		return nil
	}
	switch {
	case m.kind == kPron && !m.plural && (m.gender == 'm' || m.gender == 'f'):
		if e := a.resolvePronoun(m, j, sj.body); e != nil && e.kind == kPerson {
			return e
		}
	case m.kind == kDesc && !m.plural && m.owner == nil && t.lx.Set("definite", t.toks[sj.body].l) && (a.speakerNounBefore(sj.body, ne) || t.titled(m)):
		if e, _ := a.speakerOf(m, nil); e != nil {
			return e
		}
	}
	return nil
}

// viewSpeaker returns the one person sentence j names, anywhere in it,
// when the sentence speaks of a view or a finding (a noun of the
// lexicon's set viewnouns) and reports no words ("Un avis partagé par
// Paul Roux, président du collectif.", "Ce n'est pas l'avis de Paul
// Roux.", "Même constat pour Paul Roux."): a quotation with no speaker of
// its own that opens the next sentence is that person's view. A
// sentence with a reporting verb, a quotation or an attribution of its
// own, or that names anyone else, gives no one. Else nil.
func (a *analysis) viewSpeaker(j int) *entity {
	t := a.t
	if j < 0 || j >= len(t.sents) || len(t.lx.Sets["viewnouns"]) == 0 {
		return nil
	}
	e := a.namedAlone(j, true)
	if e == nil || e.kind != kPerson {
		return nil
	}
	s := &t.sents[j]
	for k := s.body; k < s.t1; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && tk.q < 0 && !tk.cap && t.lx.Set("viewnouns", tk.l) {
			return e
		}
	}
	return nil
}

// roleBeforeName reports whether tokens [lo, k) of sentence s are a
// role with its definite article and a comma, set off before the name
// at k ("La directrice du port, Claire Vasseur"): a title word after the
// article (or after one word more: "L'ancien maire"), then words with
// no verb and no quotation.
func (t *text) roleBeforeName(lo, k int, s *sentence) bool {
	if k-lo < 3 || k-lo > 10 || t.toks[k-1].s != "," || !t.lx.Set("definite", t.toks[lo].l) {
		return false
	}
	// (Or an adjective before the title: "L'ancien maire de Lyon, …".)
	if !t.isTitleWord(lo+1) && !(k-lo > 3 && !t.toks[lo+1].cap && t.isTitleWord(lo+2)) {
		return false
	}
	for x := lo; x < k-1; x++ {
		if tk := &t.toks[x]; tk.kind != tWord || tk.q >= 0 || t.isVerb(x) {
			return false
		}
	}
	return true
}

// introducedSpeaker returns the one person sentence j presents, when
// it opens with a word of presenting ([set presentatives]) or tells the
// person's age ([set agewords]), and names no one else and reports no
// words ("Parmi elles, Nadia Benali, qui a perdu
// son frère dans l'incendie.", "Entre ellos estaba Carmen Ortiz, de 74
// años."): a quotation with no speaker of its own that opens the next
// sentence is theirs. (A quotation after what someone did is no one's:
// "Le ministre Paul Roth a visité l'usine mardi. « … »".) A name in the
// person's description, after a comma or a preposition right after the
// name ("Nadia Benali, mareyeuse à Concarneau"), is no one else. Else
// nil.
func (a *analysis) introducedSpeaker(j int) *entity {
	return a.namedAlone(j, false)
}

// namedAlone is introducedSpeaker; with anywhere, the person may be
// named anywhere in the sentence, with no word presenting them or age
// (for a pronoun after it: "Même constat chez Olivier Le Nan, président
// du comité. Selon lui, …").
func (a *analysis) namedAlone(j int, anywhere bool) *entity {
	t := a.t
	if j < 0 || j >= len(t.sents) || t.sents[j].furniture || len(a.bySent[j]) > 0 || len(a.sentCues[j]) > 0 || t.sents[j].qwords > 0 {
		return nil
	}
	sj := &t.sents[j]
	if sj.body >= sj.t1 {
		return nil
	}
	presented := t.lx.Set("presentatives", t.toks[sj.body].l)
	var cand *seen
	for x := range a.reg.recent {
		sn := &a.reg.recent[x]
		if sn.sent != j || sn.e == nil || cand != nil && sn.e == cand.e {
			continue
		}
		switch {
		case sn.e.kind == kNone || sn.e.kind == kPron || sn.e.kind == kDoc:
			continue
		case cand == nil && (sn.e.kind == kPerson || sn.e.kind == kName && t.agedAfter(sn.end, sj)) && sn.e.name != "":
			cand = sn // (a first name alone with an age is someone: "Annick, 72 ans,")
		case cand != nil && t.inDescription(cand.end, sn.tok):
			continue
		case cand != nil && !sn.subject && t.agedAfter(cand.end, sj) && t.placeAfterPrep(sn):
			// "Marie, 34 ans, attendait son train gare de Lyon. « … »":
			// a place where the one told with their age is, no one
			// else who might speak.
			continue
		default:
			return nil
		}
	}
	// The person comes right after the words presenting them and
	// ends the sentence or opens their description: "Parmi elles,
	// Nadia Benali, qui …", not "Entre 2010 y 2015, Juan Pérez dirigió
	// la empresa".
	// (Or one told with their age, a witness heard, also after a longer
	// opening phrase: "Au bord du bassin, Annick, 72 ans, nage ici
	// depuis quarante ans. « … »".)
	aged := cand != nil && t.agedAfter(cand.end, sj)
	if cand == nil || !anywhere && (!presented && !aged || cand.tok > sj.body+6 && !(aged && cand.tok <= sj.body+12) ||
		cand.end < sj.t1-1 && t.toks[cand.end].s != ",") {
		return nil
	}
	// (Every name of the sentence is one read: "Among them, Roloson,
	// who backs Hillary Clinton." with "Roloson" unread is no sentence
	// naming Clinton alone.)
	for k := sj.body; k < sj.t1; k++ {
		if t.toks[k].kind == tWord && t.toks[k].cap && t.isName(k) && !slices.ContainsFunc(a.reg.recent, func(sn seen) bool { return sn.sent == j && k >= sn.tok && k < sn.end }) {
			return nil
		}
	}
	return cand.e
}

// placeAfterPrep reports whether sn names a country or a one-word name
// right after a preposition ("à Lyon", "gare de Lyon"): a place.
func (t *text) placeAfterPrep(sn *seen) bool {
	if sn.e.kind != kCountry && sn.e.kind != kName {
		return false
	}
	// (The name's first capitalised word: "gare de | Lyon".)
	k := sn.tok
	for k < sn.end && !t.toks[k].cap {
		k++
	}
	if k < 1 || k >= sn.end || t.toks[k-1].kind != tWord {
		return false
	}
	l := t.toks[k-1].l
	return t.lx.Set("prep", l) || t.lx.Set("of", l)
}

// agedAfter reports whether the name ending at token end is followed by
// its bearer's age set off by commas ([set agewords]: "Annick, 72 ans,",
// "Carmen Ortiz, de 74 años,").
func (t *text) agedAfter(end int, s *sentence) bool {
	k := end + 1
	if end >= s.t1 || t.toks[end].s != "," || len(t.lx.Sets["agewords"]) == 0 {
		return false
	}
	if k < s.t1 && t.toks[k].kind == tWord && t.lx.Set("of", t.toks[k].l) {
		k++ // "de 74 años"
	}
	return k+2 < s.t1 && isDigits(t.toks[k].s) && t.lx.Set("agewords", t.toks[k+1].l) && (t.toks[k+2].s == "," || k+3 >= s.t1)
}

// inDescription reports whether a name at token k, at most six tokens
// after a person's name ending at token end, is part of that person's
// description: lower-case words that are no verb, after a comma or a
// preposition, with a preposition or "of" among them ("Martine Guéguen,
// mareyeuse à Concarneau", "Enrique Gómez del movimiento Salvación
// Nacional"; not "Jean Dupont, Marie Durand").
func (t *text) inDescription(end, k int) bool {
	if k < end+1 || k > end+6 {
		return false
	}
	opens := func(j int) bool {
		return t.toks[j].kind == tWord && (t.lx.Set("prep", t.toks[j].l) || t.lx.Set("of", t.toks[j].l))
	}
	if t.toks[end].s != "," && !opens(end) {
		return false
	}
	for j := end; j < k; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && (tk.cap || t.isVerb(j) || t.lx.Set("aux", tk.l)) || tk.kind != tWord && tk.s != "," {
			return false
		}
	}
	for j := end; j < k; j++ {
		if opens(j) {
			return true
		}
	}
	return false
}

// issuedDoc returns the author of the document sentence j ends with,
// when its subject put it out ("The Delgado campaign issued a
// statement.", "The ministry released a statement on Monday."): the
// quotation that opens the next sentence is the document's words. Else
// nil.
func (a *analysis) issuedDoc(j int) *entity {
	t := a.t
	lx := t.lx
	s := &t.sents[j]
	end := s.t1
	for end > s.body && t.toks[end-1].kind != tWord {
		end--
	}
	// (After the document, only a time: "… a statement on Monday".)
	p := end - 1
	for p > s.body && p > end-4 && (isTimeWord(lx, t.toks[p].l) || lx.Set("adverbs", t.toks[p].l) && !t.toks[p].cap) {
		p--
	}
	if p < end-1 && p > s.body && lx.Set("prep", t.toks[p].l) {
		p--
	}
	if p <= s.body || !t.out(p) || !lx.Set("docnouns", t.toks[p].b) || !t.unnamedDoc(p, s) {
		return nil
	}
	var e *entity
	for m, x := range a.ents {
		if m.kind == kDoc && m.owner != nil && m.headTok == p && m.t1 == p+1 && t.issuedBy(m) {
			e = x
		}
	}
	if e == nil || e.kind != kPerson && e.kind != kOrg {
		return nil
	}
	return e
}

// issuedBy reports whether the document m, whose author is named by
// name, was put out by that author: named with it ("a statement by the ministry",
// "the ministry's statement"), or the subject of a verb of putting out
// ([set issueverbs]: "The ministry issued a statement", not "The
// ministry criticised a report").
func (t *text) issuedBy(m *mention) bool {
	if m.owner == nil || !named(m.owner) {
		return false // (not "The company published a report.": who "the company" is may be a guess)
	}
	if m.owner.t1 > m.t0 {
		return true
	}
	k := m.t0 - 1
	for k > m.owner.t1 && (t.lx.Set("adverbs", t.toks[k].l) || t.lx.Set("docparticles", t.toks[k].l)) {
		k--
	}
	return k >= m.owner.t1 && t.out(k) && t.lx.Set("issueverbs", t.toks[k].l)
}

// afterIntroPhrase returns the token after the comma that ends a short
// phrase with no verb opening sentence s ("On the other side, …", "In
// Philadelphia on Monday, …"), or -1.
func (t *text) afterIntroPhrase(s *sentence) int {
	for k := s.body; k < s.t1 && k < s.body+7; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord {
			if tk.s == "," && k > s.body {
				return k + 1
			}
			return -1
		}
		if tk.q >= 0 || t.isVerb(k) || t.lx.Set("comp", tk.l) || t.lx.Set("clause", tk.l) && k > s.body {
			return -1
		}
		if _, rep := t.lx.Verbs[tk.l]; rep {
			return -1
		}
	}
	return -1
}

// otherActor reports whether a sentence from lo up to (not including) hi
// has someone else acting in it who might have said what follows: a
// reporting verb of its own ("Die Ministerin Anna Roth widersprach."), or
// a body that can speak opening it ("Die Polizei nahm drei Männer
// fest.").
func (a *analysis) otherActor(lo, hi int) bool {
	return a.actorIn(lo, hi, false)
}

// otherActorInProse is otherActor over the sentences lo to hi that are
// not page furniture (a caption naming someone is no one acting).
func (a *analysis) otherActorInProse(lo, hi int) bool {
	return a.actorIn(lo, hi, true)
}

func (a *analysis) actorIn(lo, hi int, prose bool) bool {
	for j := lo; j < hi; j++ {
		if prose && a.t.sents[j].furniture {
			continue
		}
		if len(a.sentCues[j]) > 0 {
			return true
		}
		if m := a.openingPhraseNP(j); m != nil && m.kind == kDesc && !unnamedSpeaker(m.kind, m.class) && m.class != "people" {
			return true
		}
	}
	return false
}

// anonymousCue reports whether sentence i holds, outside quotations, a
// phrase that reports words of no one named ([set anonymous]: "hieß es")
// with where they came from, after it or opening the sentence
// ([set anonymousfrom]: "hieß es aus Regierungskreisen", "Aus Berlin
// hieß es").
func (t *text) anonymousCue(i int) bool {
	lx := t.lx
	s := &t.sents[i]
	for k := s.body; k < s.t1; k++ {
		if t.out(k) && t.impersonalInverted(k) {
			return true // "…, indique-t-on.", "…, a-t-on appris."
		}
	}
	for k := s.body; k+1 < s.t1; k++ {
		if !t.out(k) || !lx.Set("anonymous", t.toks[k].l+" "+t.toks[k+1].l) {
			continue
		}
		if k+2 < s.t1 && lx.Set("anonymousfrom", t.toks[k+2].l) || lx.Set("anonymousfrom", t.toks[s.body].l) || k > s.body+1 && lx.Set("anonymousin", t.toks[s.body].l) ||
			k+3 < s.t1 && lx.Set("anonymousin", t.toks[k+2].l) && t.out(k+3) {
			// (Also a place or a text: "…, hieß es in Berlin", "…, hieß
			// es in der Stadt", "…, hieß es in dem Bericht".)
			return true
		}
	}
	return false
}

// impersonalInverted reports whether token k is a verb with the
// impersonal subject joined after it by a hyphen ("indique-t-on",
// "a-t-on", "apprend-on"): words of no one named.
func (t *text) impersonalInverted(k int) bool {
	tk := &t.toks[k]
	if tk.kind != tWord || len(t.lx.Sets["impersonal"]) == 0 {
		return false
	}
	i := strings.LastIndexByte(tk.l, '-')
	if i <= 0 || !t.lx.Set("impersonal", tk.l[i+1:]) {
		return false
	}
	v := strings.TrimSuffix(tk.l[:i], "-t")
	return v != "" && (t.lx.Set("aux", v) || t.lx.Set("modal", v) || t.lx.Verbs[v].Tags&lang.TagFinite != 0)
}

// namedSubject reports whether sentence i opens with a person named
// other than e, and the verb after the name is no subjunctive: that
// person's report, whatever the verb ("Israels Regierungschef Benjamin
// Netanjahu machte deutlich, der Krieg werde …"), not e's indirect
// speech going on ("Netanjahu habe …" is).
func (rs *resolver) namedSubject(i int, e *entity) bool {
	m := rs.openingPhraseNP(i)
	if m == nil || m.kind != kPerson || m.name == "" || rs.reg.byName[lang.Fold(m.name)] == e {
		return false
	}
	s := &rs.t.sents[i]
	return m.t1 < s.t1 && rs.t.toks[m.t1].kind == tWord && !rs.t.subjunctive(m.t1)
}

// conditionalOther reports, in a language whose reported-speech forms
// are conditionals, whether sentence i in one is the writer's own report
// rather than the words of attribution prev going on: after a quotation
// (« … », a déclaré X. « Sa femme aurait quitté le pays »), or when it
// opens with a name other than the speaker's ("L'Élysée aurait mis à pied
// Benalla") or with someone described who may act or speak ("Le
// procureur aurait requis …", "Les enquêteurs auraient retrouvé …").
func (a *analysis) conditionalOther(i int, prev *attribution) bool {
	if !a.t.lx.Conditional {
		return false
	}
	if prev.direct {
		return true
	}
	m := a.openingPhraseNP(i)
	switch {
	case m == nil:
		return false
	case m.kind == kPerson || m.kind == kOrg || m.kind == kCountry || m.kind == kName:
		return a.ents[m] != prev.speaker && a.reg.byName[lang.Fold(m.name)] != prev.speaker
	case m.kind == kDesc:
		return m.class == "people" || m.class == "spokes" || m.class == "gov" || m.class == "org" || m.headTok >= 0 && a.t.isTitleWord(m.headTok) ||
			m.headTok > m.t0 && a.t.lx.Set("possessive", a.t.toks[m.t0].l)
	}
	return false
}

// mayBe reports whether a cue's phrase m that gave no attribution may
// still stand for e: a pronoun that fits, a name already read as e, or
// a spokesperson after a body's words ("…, teilte der Konzern-Sprecher
// weiter mit").
func (a *analysis) mayBe(m *mention, e *entity) bool {
	if m.kind == kPron {
		if pr := a.t.lx.Pronouns[m.head]; pr.Either && m.plural && a.t.lx.NounCaps && a.t.singularVerbAfter(m.t0) {
			// "Sie habe über Dinge geschrieben, die sie betreffen." after
			// a woman's words: "sie" with a verb in the singular after it
			// is one: she, a woman known as one (not a man, nor a
			// person whose gender is not known).
			return (e.kind == kPerson || e.kind == kName) && !e.plural && e.gender == 'f'
		}
		return compatible(m, e)
	}
	return a.ents[m] == e || m.spokes && e.kind != kPerson
}

// otherSpeaker reports whether a cue of sentence i names its speaker
// with a pronoun that cannot stand for e ("« … », a-t-il dit" after
// words of a body or of a woman), or with a noun phrase that gave no
// attribution of its own ("Ein Gerichtssprecher sagte, es seien …"
// after the judge's words): the words are not e's going on.
func (a *analysis) otherSpeaker(i int, e *entity) bool {
	t := a.t
	last := i
	// A quotation that runs on into the next sentence: its cue is there
	// ("» Ce que je veux … . Qu'il me paye … « , a-t-il dit.").
	s := &t.sents[i]
	for k := s.t1 - 1; k >= s.t0; k-- {
		if t.toks[k].kind == tWord {
			if q := t.toks[k].q; q >= 0 {
				if j := t.sentAt(max(t.qs[q].end-1, 0)); j > i && j <= i+2 {
					last = j
				}
			}
			break
		}
	}
	if a.colonAfterOwnSubject(i, e) {
		return true
	}
	for j := i; j <= last; j++ {
		for _, cu := range a.sentCues[j] {
			if t.lx.NounCaps && cu.kind == cueVerb && cu.verb.Weak && cu.hi <= t.sents[j].t1 && !t.markedAfter(cu.hi, &t.sents[j]) && t.sents[j].qwords == 0 && cu.right == nil {
				continue // "Die Mannschaft habe nie ins Spiel gefunden": a weak verb with no words of its own names no one speaking (not "…, meinte ein Sprecher ihres Ministeriums": its subject after it is someone else)
			}
			if t.lx.NounCaps && cu.kind == cueVerb && cu.verb.Weak && cu.verb.Opinion && len(a.bySent[j]) == 0 && (cu.left == nil || cu.left.kind != kPerson) && cu.right == nil {
				continue // "Das Regime werde Wege finden, mit … zu leben": a verb of a view that gave no words is no one else speaking
			}
			thing := func(m *mention) bool {
				return m == nil || m.kind == kDesc && (m.class == "" || m.class == "unknown") && !m.person
			}
			if t.lx.NounCaps && cu.kind == cueVerb && cu.verb.Weak && len(a.bySent[j]) == 0 && cu.left != nil && thing(cu.left) && thing(cu.right) {
				continue // "Dieses Verhalten mache die mangelnde Wertschätzung deutlich": things on both sides of a verb that gave no words are no one else speaking
			}
			if src := cu.right; cu.kind == cueAccording && cu.lo > t.sents[j].body && src != nil && src.kind != kDoc && src.t1 == src.t0+1 && t.toks[src.t0].cap && t.bareDocWord(src.t0) {
				// "Bis 2040 würden laut Marktprognosen 4000 Maschinen
				// verkauft": documents of no author inside the
				// sentence are the speaker's own source, no other one.
				continue
			}
			for _, m := range []*mention{cu.left, cu.right} {
				if m != nil && !a.mayBe(m, e) {
					return true
				}
			}
			if sj := &t.sents[j]; t.lx.NounCaps && cu.kind == cueVerb && cu.left == nil && cu.right == nil && !cu.dropped && cu.lo > sj.body &&
				(t.toks[cu.lo-1].kind == tWord && t.toks[cu.lo-1].q < 0 && t.isName(cu.lo-1) || t.toks[cu.lo-1].kind == tQClose && cu.verb.Stance != "") {
				// "Die Nachrichtenagentur xyz berichtete, …": a verb whose
				// subject, a name, could not be read is someone's, not
				// the last speaker's; so is one after a name in quotation
				// marks ("Das Nachrichtenportal „The Pioneer“ meldete, …").
				return true
			}
		}
	}
	return false
}

// colonAfterOwnSubject reports whether sentence i opens with a subject
// that may speak, not e, and a verb not in the subjunctive, then a colon
// ("Die Umweltbehörde gab am Vormittag Entwarnung: Messungen hätten …"):
// the words after the colon are that subject's, not e's going on.
func (a *analysis) colonAfterOwnSubject(i int, e *entity) bool {
	t := a.t
	s := &t.sents[i]
	if s.body >= s.t1 || !t.out(s.body) {
		return false
	}
	end := t.npRight(s.body, s)
	if end <= s.body || end >= s.t1 || !t.out(end) || t.subjunctive(end) {
		return false
	}
	// (A verb: one the lexicon knows, or, where every noun has a
	// capital, a word in lower case that is no article nor preposition.)
	tk := &t.toks[end]
	verb := t.isVerb(end) || t.lx.Set("aux", tk.l) ||
		t.lx.NounCaps && tk.kind == tWord && !tk.cap && !t.lx.Set("determiners", tk.l) && !t.lx.Set("prep", tk.l) && !t.lx.Set("coord", tk.l)
	if !verb {
		return false
	}
	colon := false
	for k := end + 1; k < s.t1 && !colon; k++ {
		colon = t.toks[k].s == ":" && t.toks[k].q < 0
	}
	if !colon {
		return false
	}
	m := a.parseNP(s.body, end, 0)
	if m == nil || m.kind == kPron || m.kind == kDoc || m.kind == kDesc && (m.class == "" || m.class == "unknown") {
		return false
	}
	return !a.mayBe(m, e)
}

// leads reports whether sentence i holds the reported words of an
// attribution in a sentence after it (attribution.lead).
func (a *analysis) leads(i int) bool {
	for k := i + 1; k < len(a.t.sents) && k <= i+3; k++ {
		for _, at := range a.bySent[k] {
			if at.lead >= k-i {
				return true
			}
		}
	}
	return false
}

// askedBefore reports whether sentence i is a quoted question or
// exclamation right before a sentence of the same paragraph that opens
// with an attribution of its own ("“…, who knows?” Hale told Swedish
// television in an interview …"): whose words it is the next sentence may
// say, not the speaker before.
//
// A short sentence of a few words and no quotation after it, opening with
// a capital ("“…?” Hale persisted."), is such an attribution too, with a
// verb the lexicon does not know: the question is not the speaker
// before's.
func (a *analysis) askedBefore(i int) bool {
	t := a.t
	s := &t.sents[i]
	if i+1 >= len(t.sents) || t.sents[i+1].para != s.para || !t.endsQuotedQuestion(s) {
		return false
	}
	n := &t.sents[i+1]
	if t.toks[n.t0].kind != tWord || t.toks[n.t0].q >= 0 {
		return false
	}
	for k := n.t0; k+1 < n.t1; k++ {
		if t.toks[k].s == ":" && t.toks[k].q < 0 && t.toks[k+1].kind == tQOpen {
			return false // ("… ?“ Weiter sagt er: „…“": the sentence brings words of its own)
		}
	}
	return len(a.bySent[i+1]) > 0 || t.toks[n.t0].cap && n.qwords == 0 && n.words >= 2 && n.words <= 4
}

// inQuote reports whether an attribution's cue sits inside a quotation
// (its content already is the quotation around it).
func (t *text) inQuote(at *attribution) bool {
	return at.cue >= 0 && t.toks[at.cue].q >= 0
}

// reportedSpeech reports whether sentence i is indirect speech on its own:
// in a language whose lexicon lists subjunctive forms (German's
// Konjunktiv I), a sentence that uses one outside quotations.
func (t *text) reportedSpeech(i int) bool {
	if len(t.lx.Sets["subjunctive"]) == 0 {
		return false
	}
	s := &t.sents[i]
	// (Not a subjunctive only inside a clause of "ob", "dass", "wie" or a
	// relative pronoun: "Der Zeuge wollte nicht aussagen, ob er Geld
	// gesehen habe" is the writer's sentence; "Ob die Firma zahle, sei
	// unklar" is not.)
	return t.subjunctiveFrom(s.body, s)
}

// subjunctiveFrom reports whether a subjunctive stands outside
// quotations in sentence s from token k0 on, outside any clause a
// subordinating word opens (up to the next comma).
func (t *text) subjunctiveFrom(k0 int, s *sentence) bool {
	sub := t.out(k0) && t.opensSubClause(k0)
	for k := k0; k < s.t1; k++ {
		if t.toks[k].s == "," && t.toks[k].q < 0 {
			sub = k+1 < s.t1 && t.out(k+1) && t.opensSubClause(k+1)
			continue
		}
		if t.out(k) && !sub && t.subjunctive(k) && !(k > k0 && t.out(k-1) && t.lx.Set("subord", t.toks[k-1].l)) {
			// (Not one right after a subordinating word, which tells what
			// is only as if: "Ganz so, als könnten sie den Spuk bannen.")
			return true
		}
	}
	return false
}

// opensSubClause reports whether the word at k opens a subordinate
// clause: a complementiser, a word of an indirect question or a
// relative pronoun after a comma.
func (t *text) opensSubClause(k int) bool {
	return t.questionWord(k) || k > 0 && t.toks[k-1].s == "," && t.lx.Set("relpron", t.toks[k].l) && !t.toks[k+1].cap
}

// mainVerbAt reports whether token k is the verb right after the phrase
// that opens its sentence as the subject, past a negation or a clitic
// ("L'enveloppe atteindrait …", "Elle ne permettrait pas …"): not a verb
// of a clause after a complementiser ("a affirmé qu'il ne céderait pas")
// nor after an opening phrase ("D'après nos informations, une enquête
// viserait …").
func (t *text) mainVerbAt(k int) bool {
	lx := t.lx
	s := &t.sents[t.toks[k].sent]
	j := k
	for j-1 > s.body && t.toks[j-1].kind == tWord && (lx.Set("negation", t.toks[j-1].l) || lx.Set("clitics", t.toks[j-1].l) || lx.Set("refl", t.toks[j-1].l)) {
		j--
	}
	if tk := &t.toks[s.body]; tk.kind != tWord || lx.Set("prep", tk.l) || lx.Set("of", tk.l) || lx.Set("comp", tk.l) || lx.Set("subord", tk.l) {
		return false
	}
	e := t.npRight(s.body, s)
	return j > s.body && (e == j || j == k && k > s.body+1 && e > k) // (a phrase may run on over a verb the lexicon does not list)
}

// subjunctive reports whether token k is a Konjunktiv I form: one the
// lexicon lists, one of those after a separable prefix ("vorliege"), or
// a lower-case word with a subjunctive ending ("reagiere").
func (t *text) subjunctive(k int) bool {
	lx := t.lx
	tk := &t.toks[k]
	if t.firstPersonNext(k) {
		return false // "das sehe ich anders", "ich habe": the first person's present
	}
	if tk.cap && lx.NounCaps && t.midSentence(k) {
		return false // a noun: "auf Berichte reagiert", "ihre Sorge", "die Stimme"
	}
	if lx.Set("subjunctive", tk.l) {
		return true
	}
	if tk.cap || tk.kind != tWord {
		return false
	}
	if t.endsIn("subjunctiveendings", tk.l, 2) {
		return true
	}
	if t.endsIn("conditionalendings", tk.l, 2) && !lx.Set("modal", tk.l) && t.mainVerbAt(k) {
		return true // "L'enveloppe atteindrait 400 millions" (not "pourrait", as often the writer's)
	}
	for p := range lx.Sets["verbprefixes"] {
		if len(tk.l) > len(p)+3 && strings.HasPrefix(tk.l, p) && lx.Set("subjunctive", tk.l[len(p):]) {
			return true
		}
	}
	return t.subjunctiveAfterPronoun(k)
}

// midSentence reports whether token k stands inside its sentence, not
// first in it nor first after an opening quotation mark or a colon: in
// a language that capitalises its nouns, a capital there marks a noun
// ("Berichte", "Sorge"), never a verb.
func (t *text) midSentence(k int) bool {
	s := &t.sents[t.toks[k].sent]
	if k <= s.body || k <= s.t0 {
		return false
	}
	p := &t.toks[k-1]
	return p.kind != tQOpen && p.s != ":" && p.s != "–" && p.s != "—"
}

// firstPersonNext reports whether a first-person pronoun ([set
// firstperson]) stands right before or after token k: a verb form ending
// in -e there is the first person's present, not a Konjunktiv I.
func (t *text) firstPersonNext(k int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(t.toks) && t.toks[j].kind == tWord && t.toks[j].sent == t.toks[k].sent && t.lx.Set("firstperson", t.toks[j].l) {
			return true
		}
	}
	return false
}

// subjunctiveAfterPronoun reports whether token k is the word right after
// a pronoun of the third person singular that opens the sentence ([set
// subjunctivesubjects]) and ends in -e but not -te: the verb in the
// Konjunktiv I, whatever the verb, since the indicative ends in -t ("Das
// bedeute aber nicht …", "Es gebe kaum …"). Not an adjective after an
// article before its noun ("Das neue Gesetz").
func (t *text) subjunctiveAfterPronoun(k int) bool {
	lx := t.lx
	tk := &t.toks[k]
	s := &t.sents[tk.sent]
	if len(tk.l) < 4 || !strings.HasSuffix(tk.l, "e") || strings.HasSuffix(tk.l, "te") || tk.cap || lx.Set("prep", tk.l) || lx.Set("adverbs", tk.l) || lx.Set("passive", tk.l) {
		return false // (nor "wurde", the preterite of a passive: "Das wurde abgelehnt")
	}
	if k-1 == s.body && lx.Set("subjunctivesubjects", t.toks[k-1].l) {
		return !lx.Set("determiners", t.toks[k-1].l) || k+1 >= s.t1 || !t.toks[k+1].cap
	}
	// "Sein Land versinke bereits im Meer", "Die Regierung plane …": the
	// verb in second place after a subject of an article or possessive
	// and a capitalised noun (the first person, "ich", has no article).
	if !lx.NounCaps || k-2 < s.body || !lx.Set("determiners", t.toks[s.body].l) || t.npRight(s.body, s) != k || !t.toks[k-1].cap ||
		lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("determiners", tk.l) || lx.Set("negation", tk.l) || lx.Set("relpron", tk.l) || lx.Set("coord", tk.l) {
		return false
	}
	return true
}

// mergeSpan adds sp to spans, merging it with any span it overlaps or
// touches.
func mergeSpan(spans [][2]int, sp [2]int) [][2]int {
	out := spans[:0:0]
	for _, x := range spans {
		if x[1] < sp[0] || sp[1] < x[0] {
			out = append(out, x)
			continue
		}
		sp = [2]int{min(x[0], sp[0]), max(x[1], sp[1])}
	}
	out = append(out, sp)
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// bodySpan returns the byte span of sentence i after any dateline
// ("Berlin – ").
func (t *text) bodySpan(i int) [2]int {
	d := t.d.Sentences[i]
	if s := &t.sents[i]; s.body > s.t0 && s.body < s.t1 {
		return [2]int{t.toks[s.body].start, d.End}
	}
	return [2]int{d.Start, d.End}
}

// sentAt returns the sentence holding byte offset off, or -1.
func (t *text) sentAt(off int) int {
	i := sort.Search(len(t.d.Sentences), func(i int) bool { return t.d.Sentences[i].End > off })
	if i >= len(t.d.Sentences) || t.d.Sentences[i].Start > off {
		if i < len(t.d.Sentences) {
			return i
		}
		return -1
	}
	return i
}

// tokAt returns the index of the first token starting at or after byte
// offset off.
func (t *text) tokAt(off int) int {
	return sort.Search(len(t.toks), func(i int) bool { return t.toks[i].start >= off })
}

// afterOpeningParticiple returns the token after an opening participle
// and its phrase that sentence s opens with ("Interrogé sur RTL, le
// porte-parole …"), or the sentence's first token.
func (t *text) afterOpeningParticiple(s *sentence) int {
	st := s.body
	if t.toks[st].kind == tWord && t.endsIn("participleendings", t.toks[st].l, 2) {
		for k := st + 1; k < s.t1 && k-st < 8; k++ {
			if t.toks[k].s == "," {
				return k + 1
			}
			if !t.out(k) || t.isVerb(k) {
				break
			}
		}
	}
	return st
}

// afterOpeningPhrase returns the token after a phrase of up to 14 words
// that opens sentence s with a preposition or a non-finite form and ends
// in a comma ("Following the broadcast of the last episode,"), with no
// quotation, verb or pronoun inside; or s.body.
func (t *text) afterOpeningPhrase(s *sentence) int {
	if w := &t.toks[s.body]; w.kind != tWord || !t.lx.Set("prep", w.l) && !t.nonFinite(w.l) {
		return s.body
	}
	for k := s.body + 1; k < s.t1 && k <= s.body+14; k++ {
		tk := &t.toks[k]
		if tk.s == "," {
			return k + 1
		}
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(k) || t.isPronounTok(k) {
			break
		}
	}
	return s.body
}

// openingClauseEnd returns the token after a clause of up to 14 words
// that opens sentence s with a subordinating word and ends in a comma
// ("After the film was shown on Wednesday,"), with a verb and no
// quotation inside; or s.body.
func (t *text) openingClauseEnd(s *sentence) int {
	if w := &t.toks[s.body]; w.kind != tWord || !t.out(s.body) || !t.lx.Set("subord", w.l) {
		return s.body
	}
	verb := false
	for k := s.body + 1; k < s.t1 && k <= s.body+14; k++ {
		tk := &t.toks[k]
		if tk.s == "," {
			if !verb {
				break // (no clause: "When Robby Mook, Clinton's campaign manager, was asked …")
			}
			return k + 1
		}
		if tk.kind != tWord || tk.q >= 0 {
			break
		}
		verb = verb || t.isVerb(k) || t.lx.Set("aux", tk.l) || t.lx.Set("passive", tk.l) || t.lx.Set("modal", tk.l)
	}
	return s.body
}

// describedOpening returns the description of one person by a title
// that opens sentence i as the subject of its verb ("Le porte-parole du
// gouvernement a balayé ces critiques", "L'avocat général, lui, a requis
// …"), or nil.
func (rs *resolver) describedOpening(i int) *mention {
	t := rs.t
	lx := t.lx
	s := &t.sents[i]
	if s.body >= s.t1 || !t.out(s.body) {
		return nil
	}
	st := t.afterOpeningParticiple(s)
	if st == s.body {
		// "Following the broadcast of the episode, Cameron's family
		// issued a tribute": the subject after an opening phrase.
		st = t.afterOpeningPhrase(s)
	}
	if st == s.body {
		// "After the film was shown on Wednesday, Tom's family issued a
		// tribute": the subject after an opening clause.
		st = t.openingClauseEnd(s)
	}
	if st >= s.t1 {
		return nil
	}
	end := t.npRight(st, s)
	if end <= st {
		return nil
	}
	m := rs.parseNP(st, end, 0)
	// (Also a body a language that capitalises nouns describes with its
	// place: "Die Staatsanwaltschaft Hannover ermittelt …", whom "die
	// Behörde" after stands for.)
	body := t.lx.NounCaps && m != nil && m.kind == kOrg && m.t0 < m.t1 && t.lx.Set("definite", t.toks[m.t0].l) && m.t0+1 < m.t1 && t.placeBody(m.t0+1)
	// (And a body it describes with no name, "Das Gesundheitsamt hat
	// die Tonnen geleert.": a party of its own, whom "eine Sprecherin"
	// after speaks for.)
	body = body || t.lx.NounCaps && m != nil && m.kind == kDesc && m.definite && !m.plural && m.owner == nil && (m.class == "org" || m.class == "gov")
	// (Or a document of an author named, "Le rapport de la Cour des
	// comptes, publié mercredi, pointe …", whom "ce document" after
	// refers back to.)
	doc := m != nil && m.kind == kDoc && m.owner != nil && !m.plural && t.lx.Set("definite", t.toks[m.t0].l)
	if m == nil || !body && !doc && (m.kind != kDesc || !m.definite && m.owner == nil || m.plural || m.headTok < 0 || !t.isTitleWord(m.headTok) && !lx.Set("collective", m.head)) || m.t1 >= s.t1 {
		return nil
	}
	k := m.t1
	if doc && t.toks[k].s == "," {
		// (Past an aside set off by commas: ", publié mercredi,".)
		for j := k + 1; j < s.t1 && j <= k+7; j++ {
			if tk := &t.toks[j]; tk.kind != tWord || tk.q >= 0 {
				if tk.s == "," && j > k+1 {
					k = j + 1
				}
				break
			}
		}
	}
	// ", lui," ", elle," after the subject: the same one, set off.
	if t.toks[k].s == "," && k+2 < s.t1 && t.toks[k+2].s == "," && t.isPronounTok(k+1) {
		k += 3
	}
	if k >= s.t1 || t.toks[k].kind != tWord || !t.out(k) {
		return nil
	}
	l := t.toks[k].l
	if lx.Set("aux", l) || lx.Set("negation", l) || lx.Set("clitics", l) || lx.Set("modal", l) || t.isVerb(k) || body && !t.toks[k].cap {
		return m // (German writes its nouns with capitals: a lower-case word after the body is its verb)
	}
	return nil
}

// namedOpening returns the person named in apposition to a title that
// opens sentence i as its subject, the sentence reporting nothing
// ("Radley's lawyer, Susan Ortiz, attacked Bell's credibility …"): whom
// a "she" after stands for. Or nil.
func (rs *resolver) namedOpening(i int) *mention {
	t := rs.t
	s := &t.sents[i]
	if s.body >= s.t1 || !t.out(s.body) {
		return nil
	}
	end := t.npRight(s.body, s)
	if end <= s.body || end+1 >= s.t1 || t.toks[end].s != "," {
		return nil
	}
	d := rs.parseNP(s.body, end, 0)
	if d == nil || d.kind != kDesc || d.plural || d.headTok < 0 || !t.isTitleWord(d.headTok) {
		return nil
	}
	end2 := t.npRight(end+1, s)
	if end2 <= end+1 || end2+1 >= s.t1 || t.toks[end2].s != "," || t.toks[end2+1].kind != tWord || t.toks[end2+1].cap {
		return nil
	}
	if n := rs.parseNP(end+1, end2, 0); n != nil && n.kind == kPerson {
		return n
	}
	return nil
}

// pronounOpening returns the personal pronoun of the third person
// singular that opens sentence i as its subject, right before its verb,
// an auxiliary or an adverb ("She also fended off an attack from
// Ramaswamy …"), in a language whose subject comes before its verb: who
// it stands for, when it is the person who spoke in the sentence just
// before, is the subject the sentence goes on with, whom a "she said"
// after it means before anyone named inside it. Nil otherwise.
func (a *analysis) pronounOpening(i int) *mention {
	t := a.t
	s := &t.sents[i]
	b := s.body
	if b+1 < s.t1 && t.toks[b].kind == tWord && t.out(b) && t.lx.Set("coord", t.toks[b].l) {
		b++ // "But he has even bigger aspirations."
	}
	if !t.lx.Trait("svo") || s.furniture || b+1 >= s.t1 || !t.out(b) || !t.out(b+1) || t.toks[b].kind != tWord {
		return nil
	}
	pr, ok := t.lx.Pronouns[t.toks[b].l]
	if !ok || pr.Plural || pr.Gender == 0 || pr.Either || len(a.sentCues[i]) > 0 {
		return nil
	}
	if n := b + 1; !(t.isVerb(n) || t.lx.Set("aux", t.toks[n].l) || t.lx.Set("modal", t.toks[n].l) || t.lx.Set("passive", t.toks[n].l) || t.lx.Set("adverbs", t.toks[n].l)) {
		return nil
	}
	m := a.parseNP(b, b+1, 0)
	if m == nil || i == 0 {
		return nil
	}
	// (Only the speaker of the sentence just before, going on: "…, she
	// added. She also fended off …"; not a guess at someone else.)
	e := a.resolve(m, i, m.t0)
	for _, at := range a.bySent[i-1] {
		if e != nil && at.speaker == e && e.kind == kPerson {
			return m
		}
	}
	return nil
}

// nameBeforeVerb returns, in a language that capitalises its nouns, the
// name that opens sentence i right before its finite verb or auxiliary,
// after an article and a noun of its kind maybe ("Der Autobauer Opel hat
// Maßnahmen ergriffen."): the subject, which a later "das Unternehmen"
// refers back to (a bare capitalised word is no body there unless it was
// one). Nil otherwise.
func (rs *resolver) nameBeforeVerb(i int) *mention {
	t := rs.t
	s := &t.sents[i]
	if !t.lx.NounCaps || s.body >= s.t1 || !t.out(s.body) || s.furniture {
		return nil
	}
	end := t.npRight(s.body, s)
	if end <= s.body || end >= s.t1 || !t.out(end) || !(t.lx.Set("aux", t.toks[end].l) || t.lx.Set("passive", t.toks[end].l) || t.isVerb(end)) {
		return nil
	}
	if m := rs.parseNP(s.body, end, 0); named(m) && (m.kind == kOrg || m.kind == kName) {
		return m
	}
	return nil
}

// dashOpens reports whether sentence s opens with a dialogue dash, in a
// language that writes dialogue so.
func (t *text) dashOpens(s *sentence) bool {
	if !t.lx.Dialogue || s.t0 >= s.t1 || t.toks[s.t0].kind != tQOpen {
		return false
	}
	return t.toks[s.t0].s == "—" || t.toks[s.t0].s == "–" || t.toks[s.t0].s == "-"
}

// question reports whether sentence i ends with a question mark.
func (t *text) question(i int) bool {
	s := &t.sents[i]
	for k := s.t1 - 1; k >= s.t0; k-- {
		if tk := &t.toks[k]; tk.kind != tQClose {
			return tk.s == "?"
		}
	}
	return false
}

// continuedOwner returns, for a quotation qi left open at the end of its
// paragraph, the attribution whose cue follows the closing mark of the
// quotation it goes on in: the one opening the next paragraph, or the
// one after that when that too is left open (at most four paragraphs).
// Else nil.
func (a *analysis) continuedOwner(qi int) *attribution {
	t := a.t
	q := &t.qs[qi]
	for n := 0; n < 4; n++ {
		sl := t.sentAt(max(q.end-1, q.open))
		if sl < 0 {
			return nil
		}
		next := -1
		for j := qi + 1; j < len(t.qs); j++ {
			if t.qs[j].level == 1 {
				next = j
				break
			}
		}
		if next < 0 {
			return nil
		}
		q2 := &t.qs[next]
		s2 := t.sentAt(q2.open)
		if s2 <= sl || t.sents[s2].para != t.sents[sl].para+1 || s2 > 0 && t.sents[s2-1].para == t.sents[s2].para ||
			t.toks[t.sents[s2].t0].start != q2.open {
			return nil // (not a quotation that opens the next paragraph)
		}
		if q2.close >= 0 {
			last := t.sentAt(max(q2.end-1, q2.open))
			if last < 0 {
				return nil
			}
			for _, at := range a.bySent[last] {
				if at.cue >= 0 && t.toks[at.cue].start >= q2.end && at.speaker != nil {
					return at
				}
			}
			return nil
		}
		qi, q = next, q2
	}
	return nil
}

// capitalDesc reports whether m is a description written as a name in
// mid-sentence: no determiner, its first word and another after it in
// capitals ("The group, Citizens for a Stronger State, said …": the
// group is the one named, not a body spoken of before).
func (t *text) capitalDesc(m *mention) bool {
	if m == nil || m.kind != kDesc || m.definite {
		return false
	}
	if m.t0 <= t.sents[t.toks[m.t0].sent].t0 || !t.toks[m.t0].cap {
		return false
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		if t.toks[k].cap {
			return true
		}
	}
	return false
}

// quoteLedNext reports whether sentence i, a quotation that ends with a
// question or an exclamation, is followed in its paragraph by a sentence
// opening with a subject and its verb of saying ("“All the way!” Dawson
// shouted twice and waved."): the words are that subject's, even where
// no rule gave them to it, not the speaker's before.
func (a *analysis) quoteLedNext(i int) bool {
	t := a.t
	s := &t.sents[i]
	if i+1 >= len(t.sents) || t.sents[i+1].para != s.para || s.t1-2 < s.t0 || t.toks[s.t1-1].kind != tQClose {
		return false
	}
	if e := t.toks[s.t1-2].s; e != "!" && e != "?" {
		return false
	}
	for _, cu := range a.sentCues[i+1] {
		if cu.kind == cueVerb && cu.left != nil && cu.left.t0 == t.sents[i+1].body {
			return true
		}
	}
	return false
}

// originOf reports whether mention m is a place of origin of person p
// right before it: p, a preposition of `originpreps`, then m ("Martina
// Kellermann aus Bad Kissing", "Martine Keller de Saint-Malo").
func (a *analysis) originOf(p, m *mention) bool {
	if p == nil || m.kind != kPerson && m.kind != kName {
		return false
	}
	switch k := m.t0; {
	case p.t1 == k-1 && a.t.toks[k-1].kind == tWord && a.t.lx.Set("originpreps", a.t.toks[k-1].l):
		return true
	case p.t1 == k && k+1 < m.t1 && a.t.toks[k].kind == tWord && a.t.lx.Set("originpreps", a.t.toks[k].l):
		return true // (the preposition read into the place's name)
	}
	return false
}

// absoluteOpening reports whether mention m opens sentence i as the
// subject of an absolute phrase: a participle of an auxiliary ([set
// phraseparticiples]) right after it, and a comma after that within a few
// words ("M. Roux ayant accepté, …", "Le maire étant absent, …").
func (t *text) absoluteOpening(i int, m *mention) bool {
	s := &t.sents[i]
	if m.t0 != s.body || m.t1 >= s.t1 || t.toks[m.t1].kind != tWord || t.toks[m.t1].cap || !t.lx.Set("phraseparticiples", t.toks[m.t1].l) {
		return false
	}
	for k := m.t1 + 1; k < s.t1 && k <= m.t1+8; k++ {
		if t.toks[k].s == "," {
			return true
		}
		if t.toks[k].kind != tWord || t.toks[k].q >= 0 {
			return false
		}
	}
	return false
}
