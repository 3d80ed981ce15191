package offline

import (
	"strings"
)

// Attributions through "according to" and its kin (stage 4): the
// source the phrase names, the document as evidence, and where its words
// start and end.

// endAtJoinedAccording ends the words of attribution at, of a
// reporting verb, before a coordinator that opens an according-to
// phrase after a clause with a finite verb ("Relatives said that he
// knew the two men and according to information received by this media
// house, the loggers alleged …"): what follows has another source,
// whether or not the phrase names one the briefing lists.
func (t *text) endAtJoinedAccording(at *attribution, s *sentence) {
	if at.kind != cueVerb || at.cue < s.body || len(at.content) == 0 {
		return
	}
	for k := at.cue + 2; k+1 < s.t1; k++ {
		if !t.out(k) || !t.lx.Set("coord", t.toks[k].l) || !t.accordingAt(k+1, s) || !t.finiteVerbIn(at.cue+1, k) || !covers(at, t.toks[k].start) {
			continue
		}
		co := k
		if t.toks[co-1].s == "," {
			co--
		}
		t.cutContent(at, t.toks[co].start)
		if at.last == at.sent && at.lead == 0 && (at.evEnd == 0 || at.evEnd > t.toks[co].start) {
			at.evEnd = t.toks[co].start
		}
		return
	}
}

// joinedAccording reports whether the according-to phrase of cue cu
// opens a clause joined to a whole clause before it ("Relatives said
// that he knew the two men and according to police, the loggers had
// …"): a coordinator right before it, a finite verb before that, and a
// comma after the phrase.
func (t *text) joinedAccording(cu *cue, s *sentence) bool {
	co := cu.lo - 1
	return co > s.body && t.out(co) && t.lx.Set("coord", t.toks[co].l) && cu.hi < s.t1 && t.toks[cu.hi].s == "," &&
		t.finiteVerbIn(s.body, co)
}

// knownDoc reports whether m is a definite document of no author named
// with it that refers back to one whose author is known ("The ministry
// said in a statement … “…,” the statement read").
func (a *analysis) knownDoc(m *mention) bool {
	return m.definite && m.headTok >= 0 && a.lastDocOf(m.head, int(a.t.toks[m.headTok].sent)) != nil
}

// itDoc returns, for a verb of a document whose subject is a neuter
// singular pronoun ("“…,” it read."), that document as a definite
// mention of it, when the sentence before names one put out by a known
// author ("The Delgado campaign issued a statement."); else nil.
func (a *analysis) itDoc(i int, cu *cue) *mention {
	t := a.t
	m := cu.left
	if !cu.verb.DocSubject || cu.kind != cueVerb || m == nil || !cu.leftAtBoundary || m.kind != kPron || m.t1-m.t0 != 1 || i == 0 {
		return nil
	}
	if p, ok := t.lx.Pronouns[t.toks[m.t0].l]; !ok || p.Gender != 'n' || p.Plural || p.Either {
		return nil
	}
	s := &t.sents[i-1]
	head := ""
	for k := s.body; k < s.t1; k++ {
		if t.out(k) && t.lx.Set("docnouns", t.toks[k].b) {
			head = t.toks[k].b
		}
	}
	if head == "" || a.reg.lastDoc[head] == nil {
		return nil
	}
	for x := range a.ents {
		if x.kind == kDoc && x.head == head && x.owner != nil && x.headTok >= 0 && t.toks[x.headTok].sent == t.toks[s.body].sent && t.issuedBy(x) {
			return &mention{t0: m.t0, t1: m.t1, surface: m.surface, kind: kDoc, head: head, headTok: m.headTok, definite: true}
		}
	}
	return nil
}

// unnamedEvidence reports whether mention m is a document of evidence
// ([set evidencedocs]: studies, polls, official figures) whose author
// the article does not name (or, when ownerless is set, whose "of"-phrase
// names no one who speaks: "a new analysis of three large studies"), and
// that refers back to none ("the study").
func (t *text) unnamedEvidence(m *mention, ownerless bool) bool {
	return m != nil && m.kind == kDoc && (m.owner == nil || ownerless) && !m.definite && m.headTok >= 0 && t.lx.Set("evidencedocs", m.head)
}

// evidenceSubject reports whether the subject of the document verb cu
// ("shows", "found") is a document of evidence with no author named that
// opens sentence s, described or plural: "Polls showed that …", "A new
// study published in March found that …". (Not one inside another's
// words: "a study found that medical research contradicted …" makes no
// party of "medical research".)
func (t *text) evidenceSubject(cu *cue, s *sentence) bool {
	m := cu.left
	if m == nil || cu.kind != cueVerb || !cu.leftAtBoundary || m.t0 != s.body {
		return false
	}
	if o := m.owner; o != nil && t.openerOnly(o) {
		// "Recent polls show …": the capital of the sentence's first
		// word made an adjective a name.
		c := *m
		c.owner = nil
		m = &c
	}
	return t.unnamedEvidence(m, false) && (t.modifiedDoc(m) || t.pluralForm(m.head))
}

// namedEvidence finds whether the subject of cue cu is a name right
// after an indefinite article and a noun of evidence ([set
// evidencedocs]), the name of who made it: "Un sondage Ifop montre que
// …", "Une enquête Ipsos pour Le Monde montre que …" are the pollster's
// findings. It returns the name alone, who speaks, or nil.
func (rs *resolver) namedEvidence(cu *cue) *mention {
	t := rs.t
	m := cu.left
	if cu.kind != cueVerb || m == nil || !cu.leftAtBoundary || m.t0+2 >= m.t1 || m.kind != kName && m.kind != kOrg {
		return nil
	}
	if !t.lx.Set("indefinite", t.toks[m.t0].l) || !t.lx.Set("evidencedocs", t.toks[m.t0+1].l) || !t.toks[m.t0+2].cap {
		return nil
	}
	e := m.t0 + 2
	for e < m.t1 && t.toks[e].cap && t.toks[e].kind == tWord {
		e++
	}
	if d := rs.parseNP(m.t0+2, e, 0); d != nil && (d.kind == kName || d.kind == kOrg) {
		return d
	}
	return nil
}

// modifiedDoc reports whether mention m holds a word before its head
// other than a determiner ("previous studies", "a new statewide poll"),
// or an adjective right after it ("datos oficiales"); not "a study" nor
// "figures from 2019".
func (t *text) modifiedDoc(m *mention) bool {
	lx := t.lx
	for k := m.t0; k < m.headTok; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && !lx.Set("determiners", tk.l) {
			return true
		}
	}
	// Or an adjective right after it ("datos oficiales", "une étude
	// récente"; not "figures from 2019").
	if k := m.headTok + 1; k < m.t1 {
		tk := &t.toks[k]
		return tk.kind == tWord && !tk.cap && tk.q < 0 && !lx.Set("prep", tk.l) && !lx.Set("of", tk.l) && !lx.Set("determiners", tk.l) && !isTimeWord(lx, tk.l) && !isDigits(tk.s) &&
			!t.endsIn("participleendings", tk.l, 2) // (not "un sondage publié samedi")
	}
	return false
}

// fromAccording builds the attribution of an according-to phrase
// ("according to X", "selon X", "X zufolge"), or nil.
func (a *analysis) fromAccording(i int, cu *cue, at *attribution) *attribution {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	if cu.verb.Opinion {
		return nil
	}
	src := cu.right
	if src == nil {
		src = cu.left
	}
	if src != nil && src.kind == kDoc && src.owner == nil {
		// "according to a tweet on Monday by X", "according to a
		// statement released by X's office".
		src.owner = a.docAgent(src.t1, s)
	}
	if src != nil && src.kind != kDoc && src.t1 == src.t0+1 && t.toks[src.t0].cap && t.bareDocWord(src.t0) {
		// "Berichten zufolge", "laut Medienberichten", "laut
		// Marktprognosen": documents of no author told, a word in the
		// dative plural or a compound, no party.
		return nil
	}
	at.speaker, at.surface = a.speakerOf(src, nil)
	if src != nil && src.kind == kPron && !lx.Set("possessive", t.toks[src.t0].l) && i > 0 && t.sents[i-1].para == s.para {
		// "Même constat chez Olivier Le Nan, président du comité. Selon
		// lui, …": the one person the sentence before names, reporting
		// nothing, not a speaker before it.
		if e := a.namedAlone(i-1, true); e != nil && compatible(src, e) {
			at.speaker, at.surface = e, ""
		}
	}
	if at.speaker == nil && t.unnamedEvidence(src, true) && t.modifiedDoc(src) {
		// "according to previous studies", "according to official
		// figures", "according to a new statewide poll": a body of
		// evidence whose author the article does not name, described,
		// is a source of its own, named by the article's words (not "a
		// study" alone).
		at.speaker = a.descEntity(src, nil)
	}
	at.how = "according"
	if cu.claimNoun || cu.viewRel {
		// "Reed's claim that …": the clause after "that", in the
		// sentence that tells of it; "Elthon Rivera, para quien …":
		// the relative clause alone, its evidence too.
		end := s.t1
		if cu.relEnd > cu.hi {
			end = cu.relEnd
		}
		at.content = t.spanTo(cu.hi, end)
		if at.speaker == nil || len(at.content) == 0 {
			return nil
		}
		if cu.claimNoun && t.wordsIn(cu.hi, end) < 3 {
			// (Too short a clause to tell in the bot's words, "Ruiz
			// denied Reed's claim that she lied, calling it absurd":
			// the article's words would be the whole sentence, Ruiz's
			// denial and all.)
			return nil
		}
		at.marked = true
		if cu.claimNoun {
			// The evidence is the phrase of the claim, from its owner
			// on: what the sentence's verb does with it is someone
			// else's ("Critics rejected | Reed's claim that …").
			at.evStart = t.toks[cu.lo].start
			if end < s.t1 {
				at.evEnd = t.toks[end].start
				if t.toks[end].q >= 0 && end+1 < s.t1 && t.toks[end+1].kind == tQClose {
					at.evEnd = t.toks[end+1].end // (the quotation closed: "… “ruined the town,”")
				}
			}
		}
		if cu.viewRel {
			at.evStart = t.toks[cu.hi].start
			t.markDirect(at)
		}
		return at
	}
	if src != nil && src.kind == kPron && lx.ProDrop && lx.Set("possessive", t.toks[src.t0].l) && i > 0 && len(a.bySent[i-1]) == 0 &&
		t.sents[i-1].para == s.para {
		// "Ayuso ha cargado contra el Gobierno. A su juicio, …": the
		// subject of the sentence before, not an earlier speaker.
		if e := a.subjectOf(i - 1); e != nil && e.kind == kPerson {
			at.speaker, at.surface = e, ""
		}
	} else if src != nil && src.kind == kPron && lx.Set("possessive", t.toks[src.t0].l) && i > 0 && t.sents[i-1].para == s.para {
		// "El abogado, Manuel Ortega, explicó que el SAS había
		// rechazado … . A su juicio, …": the one who spoke in the
		// sentence before, not a subject inside his words.
		// (Nor, where subjects are left out and "su" tells no number,
		// one named before that sentence: "Los analistas de Bankinter
		// consideran que … . En su opinión, …" is the analysts', not
		// "la operadora" of the sentence before theirs.)
		if e := a.soleSpeaker(i - 1); e != nil && e != at.speaker && (at.speaker != nil && a.inWordsOf(at.speaker, i-1) || lx.ProDrop && !lx.Set("ownpossessive", t.toks[src.t0].l) && (at.speaker == nil || !a.reg.namedIn(at.speaker, i-1))) {
			at.speaker, at.surface = e, ""
		}
	}
	// (Past a second title: "según valoró el miembro del Buró Político
	// y secretario de Organización, Roberto Morales Ojeda".)
	hi := t.coordTitleEnd(src, cu.hi, s)
	if at.speaker == nil && src != nil && src.kind == kDesc && (src.class == "people" || src.class == "spokes") && hi < s.t1 && t.toks[hi].s == "," {
		// "…, según adelantó la portavoz, Pilar Alegría.": a person
		// described whom no one named before fits, then named.
		a.apposSource(at, src, hi+1, s)
	}
	if at.speaker == nil {
		return nil
	}
	if cu.lo == s.body || a.introBefore(cu.lo, s) || t.joinedAccording(cu, s) || cu.lo-1 > s.body && t.toks[cu.lo-1].s == ":" {
		// "According to X, …" (after a colon too: "Die Kosten tragen
		// andere: Laut Berechnungen der Kommission …" gives the
		// commission's figures, not the writer's words before): the
		// words after the phrase, and after
		// what the phrase says of X ("Pour Corinne Serfati, qui
		// intervient pour le Bureau …, le message est …").
		k := hi
		if k+1 < s.t1 && t.toks[k].kind == tWord && t.out(k) && lx.Set("prep", t.toks[k].l) && !lx.Set("comp", t.toks[k].l) && lx.Set("determiners", t.toks[k+1].l) {
			// "Según informó la dependencia en un comunicado, el
			// sospechoso …": a phrase after the source, up to the
			// comma, is where it spoke, not its words.
			for j := k + 2; j < s.t1 && j <= k+6; j++ {
				if t.toks[j].s == "," {
					k = j
					break
				}
				if l := t.toks[j].l; t.toks[j].kind != tWord || t.toks[j].q >= 0 || lx.Set("comp", l) || lx.Set("clause", l) || lx.Set("relpron", l) {
					break
				}
			}
		}
		if k < s.t1 && t.toks[k].s == "," {
			// "According to the party leader, Rui Falcon, the
			// government …": the person named is the source.
			k = t.skipApposition(a.apposSource(at, src, k+1, s), s)
		}
		at.content = t.spanTo(k, s.t1)
		if e := s.t1 - 1; e > k && t.toks[e].s == "?" && t.toks[e].q < 0 {
			// "Según él, ¿qué debe cambiar?", "Na sua opinião, o que deve
			// mudar?": a question the article asks, no one's words.
			return nil
		}
		if cu.lo-1 > s.body && t.toks[cu.lo-1].s == ":" {
			at.evStart = t.toks[cu.lo].start // (and the evidence starts there)
		}
	} else if cu.lo == s.body+2 && t.out(s.body) && lx.Set("cleft", t.toks[s.body].l) && t.toks[s.body+1].kind == tWord &&
		i > 0 && !t.sents[i-1].furniture && len(a.bySent[i-1]) == 0 {
		// "… . Das geht aus einer Studie der Universität hervor, die
		// …": the phrase points back at the sentence before, the words.
		at.content = [][2]int{t.bodySpan(i - 1)}
		at.marked, at.lead = true, 1
	} else {
		if a.duelingFigures(i) {
			// "… une journée de grève qui a réuni plus d'un million de
			// manifestants selon les syndicats, 800 000 selon la police":
			// each source gives a figure, not the sentence.
			return nil
		}
		if t.relClauseOpens(cu.lo, s) {
			// "… un plan contra el hurto, que según la Policía aumentó
			// un 15 %": the source's words are the relative clause's
			// alone, not the sentence it hangs on.
			k := cu.hi
			if k < s.t1 && t.toks[k].s == "," {
				k++
			}
			at.content = t.spanTo(k, s.t1)
			// (And the evidence is the clause: no more of the
			// sentence is the source's.)
			r := cu.lo - 1
			if t.toks[r].s == "," {
				r-- // ("…, que, según la Policía, aumentó …")
			}
			for r > s.body && t.toks[r].s != "," {
				r--
			}
			at.evStart = t.toks[r+1].start
			at.marked = true
			t.markDirect(at)
			return at
		}
		if from, to, ok := a.accordingBounds(i, cu); ok && cu.lo > s.body+2 {
			// Two sources in one sentence, each after its clause.
			at.content = t.spanTo(from, to)
			if from > s.body {
				at.evStart = t.toks[from].start
			}
			at.marked = true
			t.markDirect(at)
			return at
		}
		at.content = t.spanTo(s.body, cu.lo)
		if hi < s.t1-1 && t.toks[hi].s == "," && a.apposSource(at, src, hi+1, s) >= s.t1 {
			// "…, de l'aveu du directeur, Philippe El Saïr.": the
			// name ends the sentence and is the source.
		} else if cu.hi < s.t1-1 && t.toks[cu.hi].s == "," && !(t.out(cu.hi+1) && lx.Set("relpron", t.toks[cu.hi+1].l) && !lx.Set("determiners", t.toks[cu.hi+1].l)) {
			// (Not a relative clause on the source after the comma: "The
			// deal was fair, according to Ana Ruiz, who negotiated it
			// …" says who the source is.)
			at.content = append(at.content, t.spanTo(cu.hi+1, s.t1)...)
		} else if cu.hi < s.t1-1 && (t.toks[cu.hi].kind == tWord || t.toks[cu.hi].kind == tQOpen) && t.toks[cu.lo-1].kind == tWord && (cu.right != nil || cu.left != nil) && (!lx.Set("relpron", t.toks[cu.hi].l) || lx.Set("determiners", t.toks[cu.hi].l)) {
			// "Die Gespräche sollen nach ihren Worten am Donnerstag
			// beginnen", "Er hat die Tat nach Angaben seines Anwalts
			// gestanden", "In jenem Jahr gab es dem Verband zufolge
			// 400 Schließungen": a phrase inside the clause; the words
			// go on (without them "Sagt, er hat die Tat" says another
			// thing). Not a relative clause on the source ("…,
			// according to county officials who spoke about it"): it
			// says who the source is.
			at.content = append(at.content, t.spanTo(cu.hi, s.t1)...)
		}
	}
	at.marked = true
	t.markDirect(at)
	return at
}

// bareDocWord reports whether token k is a noun of a document: one of
// docnouns, or, where nouns are capitalised, its dative plural in -n
// ("Berichten") or a compound ending in one ("Medienberichten",
// "Marktprognosen").
func (t *text) bareDocWord(k int) bool {
	lx := t.lx
	l := t.toks[k].l
	for _, w := range []string{l, strings.TrimSuffix(l, "n")} {
		if lx.Set("docnouns", w) {
			return true
		}
		if !lx.NounCaps {
			continue
		}
		for suf := range lx.Sets["docnouns"] {
			if len(suf) >= 6 && len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

// duelingFigures reports whether sentence i sets two figures against each
// other, each with its source after it: "… plus d'un million de
// manifestants selon les syndicats, 800 000 selon la police", "50,000
// according to organizers, 20,000 according to police".
func (a *analysis) duelingFigures(i int) bool {
	t := a.t
	s := &t.sents[i]
	n, lastHi := 0, -1
	for _, cu := range a.sentCues[i] {
		if cu.kind != cueAccording || cu.lo < s.body+2 {
			continue
		}
		// (Not two facts, each with a verb of its own: "…, killing 12,
		// according to police, and leaving 40,000 homes without power,
		// according to the utility".)
		if lastHi >= 0 && t.verbFormIn(lastHi, cu.lo) {
			return false
		}
		// A number, or a number and its noun, then the phrase.
		for k := cu.lo - 1; k >= cu.lo-4 && k > s.body; k-- {
			if isDigits(figureMarks.Replace(t.toks[k].s)) || t.lx.Set("numbers", t.toks[k].l) {
				n++
				lastHi = cu.hi
				break
			}
		}
	}
	return n >= 2
}

// accordingBounds returns, for according-to phrase cu of sentence i, where
// the words it gives start and end when another according-to phrase
// shares the sentence: from after the one before it (and its comma and
// conjunction) to cu itself ("The storm killed 12 people, according to
// police, and left 40,000 homes without power, according to the
// utility": each source its own clause); ok is false when it stands
// alone.
func (a *analysis) accordingBounds(i int, cu *cue) (from, to int, ok bool) {
	t := a.t
	s := &t.sents[i]
	from, to = s.body, cu.lo
	for _, o := range a.sentCues[i] {
		if o == cu || o.kind != cueAccording {
			continue
		}
		if o.lo <= s.body+2 || a.introBefore(o.lo, s) || o.right == nil {
			return 0, 0, false // "Según fuentes del Ministerio, …, de acuerdo con la agencia X": one source relays the other
		}
		ok = true
		if o.hi <= cu.lo && o.hi > from {
			from = o.hi
		}
	}
	for from < to && (t.toks[from].kind != tWord || t.lx.Set("coord", t.toks[from].l)) {
		from++
	}
	for to > from && t.toks[to-1].kind != tWord && t.toks[to-1].kind != tQClose {
		to--
	}
	return from, to, ok && to-from >= 3
}

// wordsIn counts the words among tokens [lo, hi).
func (t *text) wordsIn(lo, hi int) int {
	n := 0
	for k := lo; k < hi && k < len(t.toks); k++ {
		if t.toks[k].kind == tWord {
			n++
		}
	}
	return n
}
