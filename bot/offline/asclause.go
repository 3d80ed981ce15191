package offline

import "slices"

// Clauses of "as" (stage 4): "as the minister said, …", "wie Lindner
// sagte", "como dijo el ministro": a clause whose subject speaks the rest
// of the sentence, unless it tells a time or compares.

// comparison reports whether the "as" word at token as compares ("such
// as", "as many as", "as reliable as", "so wie") rather than introduces
// a speaker.
func (t *text) comparison(as int, s *sentence) bool {
	lx := t.lx
	// "Tal y como ha avanzado X, …", "Tal como explicó X, …": a
	// reporting verb right after the as word (and its auxiliary) makes
	// the pair mean "as", not "such as".
	v := as + 1
	if _, verb := lx.Verbs[t.toks[min(v+1, s.t1-1)].l]; v+1 < s.t1 && lx.Set("clitics", t.toks[v].l) && !t.toks[v].cap && (verb || lx.Set("aux", t.toks[v+1].l)) {
		v++ // "Tal como lo adelantó X, …"
	}
	if v < s.t1 && lx.Set("aux", t.toks[v].l) {
		v++
	}
	if _, ok := lx.Verbs[t.toks[min(v, s.t1-1)].l]; ok && v < s.t1 && !t.toks[v].cap && as-1 >= s.body && lx.Set("ascompare", t.toks[as-1].l) && !lx.NounCaps {
		for k := as - 2; k >= s.body && k >= as-3; k-- {
			if lx.Set("as", t.toks[k].l) {
				return true
			}
		}
		return false
	}
	if as-1 >= s.body && lx.Set("ascompare", t.toks[as-1].l) || as+1 < s.t1 && lx.Set("ascompare", t.toks[as+1].l) {
		return true
	}
	for k := as - 1; k >= s.body && k >= as-5; k-- {
		if lx.Set("as", t.toks[k].l) {
			return true
		}
	}
	return false
}

// asClause reads an attribution in an "as" clause ("as X said", "comme
// l'explique X", "wie der Minister sagte", "como dijo el ministro"): the
// speaker is the clause's subject, the words the rest of the sentence.
func (a *analysis) asClause(i int, cu *cue) *attribution {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	var as int
	var m *mention
	switch {
	case cu.lo-1 >= s.body && lx.Set("as", t.toks[cu.lo-1].l) && cu.right != nil && !(lx.Trait("zeroderivation") && cu.verb.Noun):
		// ("as questions nag the campaign": in English a noun of saying
		// after "as" is no inverted verb)
		as, m = cu.lo-1, cu.right
	case cu.lo-2 >= s.body && t.out(cu.lo-2) && lx.Set("as", t.toks[cu.lo-2].l+" "+t.toks[cu.lo-1].l) && cu.right != nil:
		// "Ainsi que l'a rappelé le maire, …": an "as" of two words.
		as, m = cu.lo-2, cu.right
	case lx.NounCaps && t.wieClauseStart(cu, s) > 0:
		// "…, wie er bei seiner Buchvorstellung auf der Buchmesse
		// sagt.": the subject right after "wie", then phrases of when
		// and where, then the verb that closes the clause.
		as = t.wieClauseStart(cu, s)
		st := t.pastWieAdverbs(as+1, cu.lo)
		m = a.parseNP(st, t.npRight(st, s), 0)
		if m == nil {
			return nil
		}
	case lx.NounCaps && cu.left != nil && cu.left.t0 > s.body && cu.left.t1-cu.left.t0 > 1 && t.out(cu.left.t0) && lx.Set("as", t.toks[cu.left.t0].l) &&
		t.toks[cu.left.t0-1].s == ",":
		// "Der Beschluss sei ein Fehler, wie Lindner sagte.": a phrase
		// read with its "wie" (a German noun phrase takes it in), the
		// words before the comma.
		as, m = cu.left.t0, a.parseNP(cu.left.t0+1, cu.left.t1, 0)
		if m == nil {
			return nil
		}
	case lx.NounCaps && cu.left != nil && cu.right == nil && t.wieBeforeCoord(cu.left, s) > 0:
		// "…, wie der Verband und das Komitee am Dienstag mitteilten.":
		// two subjects joined after "wie"; the last is the verb's, the
		// first speaks too (coordinated).
		as, m = t.wieBeforeCoord(cu.left, s), cu.left
	case cu.left != nil && cu.left.t0-1 >= s.body && lx.Set("as", t.toks[cu.left.t0-1].l) && !(cu.right != nil && t.commaBetween(cu.left.t1, cu.lo)):
		// (Not "As the work moves north, the costs will rise, said
		// Reed": the speaker follows the verb; the clause tells a time.)
		as, m = cu.left.t0-1, cu.left
	case !lx.NounCaps && cu.left != nil && cu.left.t0 == s.body && cu.left.t1-cu.left.t0 > 1 && t.out(s.body) && lx.Set("as", t.toks[s.body].l) &&
		!(cu.right != nil && t.commaBetween(cu.left.t1, cu.lo)):
		// "Como el alcalde Juan Pérez dijo, …": the capitalised "as"
		// that opens the sentence was read into the subject's name.
		as, m = s.body, a.parseNP(s.body+1, cu.left.t1, 0)
		if m == nil {
			return nil
		}
	case lx.NounCaps && lx.Set("as", t.toks[s.body].l) && cu.lo > s.body+1 && !t.commaBetween(s.body, cu.lo):
		// German puts the verb last: "Wie der Minister am Dienstag in
		// Berlin erklärte, …": the subject follows "wie".
		end := t.npRight(s.body+1, s)
		if end <= s.body+1 || end > cu.lo {
			return nil
		}
		as, m = s.body, a.parseNP(s.body+1, end, 0)
		if m == nil {
			return nil
		}
	case lx.NounCaps && lx.Set("as", t.toks[s.body].l) && cu.lo > s.body+1 && a.apposedSubject(s.body+1, cu.lo, s) != nil:
		// "Wie der Direktor des Großhandels, Pascal Clément, erklärte,
		// …", "Wie Pascal Clément, Direktor des Großhandels, erklärte,
		// …": the subject and its apposition set off by commas.
		as, m = s.body, a.apposedSubject(s.body+1, cu.lo, s)
	default:
		return nil
	}
	if lx.NounCaps && as-1 >= s.body && t.toks[as-1].kind == tWord && t.toks[as-1].cap && as-1 > s.body {
		// "Mietergewerkschafter wie Gutierrez hoffen auf …": "wie"
		// after a noun is "such as", its subject one of a group, no
		// clause of "as X said".
		return nil
	}
	if cu.verb.Topic && (cu.verb.Particle != "" || cu.hi < s.t1 && slices.Contains(cu.verb.Takes, t.toks[cu.hi].l)) {
		// "… quite personal between the two candidates as Ramaswamy
		// took aim at Haley's pledge …": a verb with its particle and
		// the matter after it has its own words, not the clause before;
		// so has one with its preposition right after it ("As Hale
		// talked about bringing the town together, …").
		return nil
	}
	if cu.verb.Colon {
		// "As the day went on, Reed offered …": a verb whose words must
		// follow it after a colon or a quotation mark tells a time in a
		// clause of "as", no one's words.
		return nil
	}
	if as-1 >= s.body && t.out(as-1) && lx.Set("contrastas", t.toks[as-1].l) {
		// "Marsh defended her plan, even as members of her party
		// questioned its cost": a clause of contrast, whose own words
		// are its speaker's, not the words before it.
		return nil
	}
	// ("Como ha avanzado El País, …", "Tal y como adelantó este
	// diario, …": where subjects are left out, "como" with a verb of
	// announcing or writing tells no time.)
	weak := cu.verb.Weak && cu.verb.Particle == "" && !(lx.ProDrop && (cu.verb.Voice == "announce" || cu.verb.Voice == "write")) &&
		!(lx.NounCaps && (cu.verb.Voice == "write" || cu.verb.Voice == "report")) // (German "wie X schreibt", "wie die Agentur meldete" tell no time)
	if weak && lx.ProDrop && (cu.verb.Voice == "recount" || cu.verb.Voice == "say") && as-s.body <= 2 && !t.commaBetween(s.body, as) && m == cu.right && m.t1 < s.t1 && t.toks[m.t1].s == "," {
		// "Como cuenta el ministro, …", "Como declaró el ministro, …":
		// a verb of telling or saying with its subject right after it
		// and then the comma tells no time (not "Como cuenta el
		// Gobierno con mayoría, …").
		weak = false
	}
	if e := t.pastAdverbs(max(cu.hi, m.t1), s.t1, s); weak && cu.verb.Voice == "write" && as-1 > s.body && t.toks[as-1].s == "," && (e == s.t1 || e == s.t1-1 && (t.toks[e].s == "." || t.toks[e].s == "!")) {
		// "…, as my colleague Ann Cole wrote recently.": a clause of
		// writing set off at the end of the sentence tells who wrote
		// it, not a time (not "As Reed wrote the report, …").
		weak = false
	}
	if weak || unnamedSpeaker(m.kind, m.class) && !lx.Set("definite", t.toks[m.t0].l) || t.comparison(as, s) {
		// "As X spoke, …" and "as Y continues to …" tell a time ("as X
		// put it" does not: a weak verb with its particle), "as
		// reliable as a promise" and "such as his claim" compare, and
		// "portrayed as a violent protest" names a role: no one's words
		// ("as the agency warned" does report them).
		return nil
	}
	at := &attribution{verb: cu.verb, kind: cueVerb, cue: cu.c, sent: i, last: i, marked: true}
	at.speaker, at.surface = a.speakerOf(m, cu.appos)
	if at.speaker == nil {
		return nil
	}
	end := max(cu.hi, m.t1)
	if as == s.body || t.boundary(as-1, s) && as-1 >= s.body && t.toks[as-1].kind == tWord {
		// "Comme l'a dit X, …": the words after the clause.
		if c := t.temporalAs(end, s); as == s.body && c > 0 {
			// "As the White House hints at what his plans might
			// include, …": its own words, up to its comma.
			at.content = t.spanTo(end, c)
			at.clauseEnd, at.evEnd = c, t.toks[c].start
			if len(at.content) == 0 {
				return nil
			}
			t.markDirect(at)
			return at
		}
		for k := end; as == s.body && k < s.t1 && k < end+6; k++ {
			if tk := &t.toks[k]; tk.q < 0 && tk.s == "," {
				end = k // "As the mayor said on Monday, …": the words after the comma
				break
			}
		}
		if end < s.t1 && t.toks[end].s == "," {
			end++
		}
		for _, o := range a.sentCues[i] {
			if o != cu && o.kind == cueVerb && o.lo == end && o.c == end && o.right != nil {
				// "Wie die Zeitung berichtete, sagte der Bürgermeister,
				// …": the main clause reports someone's words itself;
				// they are the one's who says them, not the paper's.
				return nil
			}
		}
		at.content = t.spanTo(end, s.t1)
	} else if as-1 > s.body && t.toks[as-1].s == "," && end+1 < s.t1 && t.toks[end].s == "," && t.toks[end].q < 0 && a.introBefore(as-1, s) {
		// "Just a few weeks ago, as the Daily Ledger reported, Hale and
		// Barlow were …": an opening phrase of time or place, then the
		// clause set off by commas: the words after it.
		at.content = t.spanTo(end+1, s.t1)
	} else {
		at.content = t.spanTo(s.body, as)
		if as-1 > s.body && t.toks[as-1].s == "," && end+1 < s.t1 && t.toks[end].s == "," && t.toks[end].q < 0 && t.toks[end+1].kind == tQOpen && lx.NounCaps {
			// "Daher sei das Verhältnis, wie Foucault sagte, „der letzte
			// Ankerpunkt“.": the words go on in a quotation after the
			// clause.
			at.content = append(t.spanTo(s.body, as-1), t.spanTo(end+1, s.t1)...)
		} else if as-1 > s.body && t.toks[as-1].s == "," && end+1 < s.t1 && t.toks[end].s == "," && t.toks[end].q < 0 && t.out(end+1) && !t.toks[end+1].cap {
			// "El inicio fue, como dijo, turbulento.": a clause set off
			// by commas inside the words, which go on after it (not
			// "…, como dijo, pero …", a clause of its own).
			if l := t.toks[end+1].l; !lx.Set("coord", l) && !lx.Set("subord", l) && !lx.Set("clause", l) && !lx.Set("comp", l) && !lx.Set("relpron", l) && !lx.Set("connectives", l) {
				at.content = append(t.spanTo(s.body, as-1), t.spanTo(end+1, s.t1)...)
			}
		}
	}
	if len(at.content) == 0 {
		return nil
	}
	t.markDirect(at)
	return at
}

// wieBeforeCoord returns, in German, the "wie" after a comma that opens
// a clause whose subject is two phrases joined by a conjunction, m the
// second ("…, wie der Verband und das Komitee mitteilten"); or 0.
func (t *text) wieBeforeCoord(m *mention, s *sentence) int {
	lx := t.lx
	c := m.t0 - 1
	if c-2 <= s.body || !t.out(c) || !lx.Set("coord", t.toks[c].l) || !lx.Set("determiners", t.toks[m.t0].l) && !t.isName(m.t0) {
		return 0
	}
	st := t.npLeft(c-1, s)
	if st < 2 || st-2 < s.body || st >= c || t.npRight(st, s) != c {
		return 0
	}
	if w := st - 1; t.out(w) && lx.Set("as", t.toks[w].l) && t.toks[w-1].s == "," && (lx.Set("determiners", t.toks[st].l) || t.isName(st)) {
		return w
	}
	return 0
}

// wieClauseStart returns, in German, the "wie" that opens the clause
// after a comma whose verb, closing it, is cue cu: "wie", a subject
// (a pronoun, a name or a phrase with its article), then phrases with a
// preposition, adverbs and times only ("…, wie er am Samstag auf der
// Buchmesse sagte."); or 0.
func (t *text) wieClauseStart(cu *cue, s *sentence) int {
	lx := t.lx
	if cu.lo != cu.c || cu.right != nil {
		return 0
	}
	w := cu.lo - 1
	for w > s.body && cu.lo-w < 20 && (t.toks[w].s != "," || t.toks[w].q >= 0) {
		// (Past a title in quotation marks, read below: "wie das Team
		// in „Science“ berichtet".)
		w--
	}
	if w <= s.body || t.toks[w].s != "," || w+2 >= cu.lo || !t.out(w+1) || !lx.Set("as", t.toks[w+1].l) {
		return 0
	}
	if h := cu.hi; h < s.t1 && t.out(h) && (lx.Set("passive", t.toks[h].l) || lx.Set("aux", t.toks[h].l)) {
		return 0 // "…, wie das aus Spanien berichtet wird": a passive, no one named
	}
	k := t.pastWieAdverbs(w+2, cu.lo)
	e := t.npRight(k, s)
	if e <= k || e > cu.lo {
		return 0
	}
	// (Also a title before the name: "wie Innenministerin Nancy Faeser
	// am Montag in Berlin sagte".)
	if _, pron := lx.Pronouns[t.toks[k].l]; !pron && !t.isName(k) && !(lx.Set("determiners", t.toks[k].l) && e-1 > k && t.toks[e-1].cap) &&
		!(t.toks[k].cap && e-1 > k && t.isName(e-1)) {
		return 0
	}
	for e < cu.lo {
		switch l := t.toks[e].l; {
		case t.toks[e].kind != tWord || !t.out(e):
			return 0
		case lx.Set("adverbs", l) || isTimeWord(lx, l) || isYear(t.toks[e].s):
			e++ // (also a year: "wie Foucault 1982 in einer Vorlesung sagte")
		case lx.Set("prep", l) && !t.toks[e].cap && e+1 < cu.lo && t.toks[e+1].kind == tQOpen:
			// A title in quotation marks after the preposition: "wie
			// das Team in „Science“ berichtet".
			c := t.quoteCloseIn(e+1, s)
			if c < 0 || c >= cu.lo || t.quoteWords(c) > 6 {
				return 0
			}
			e = c + 1
		case lx.Set("prep", l) && !t.toks[e].cap:
			x := t.npRight(e+1, s)
			if x <= e+1 || x > cu.lo {
				return 0
			}
			e = x
		case e > k && (lx.Set("of", l) || lx.Set("possessive", l)) && !t.toks[e].cap:
			// (A genitive after a phrase: "bei der Vorstellung seines
			// Buches".)
			x := t.npRight(e, s)
			if x <= e || x > cu.lo {
				return 0
			}
			e = x
		default:
			return 0
		}
	}
	return w + 1
}

// pastWieAdverbs returns where the subject of a German clause of "wie"
// opens, from token k after the "wie", past adverbs and a phrase of a
// preposition and one lower-case word that name no one ("wie auch
// Macrumors berichtet", "wie unter anderem die Zeitung berichtet"),
// before token lo.
func (t *text) pastWieAdverbs(k, lo int) int {
	lx := t.lx
	for k < lo && t.toks[k].kind == tWord && t.out(k) && !t.toks[k].cap {
		l := t.toks[k].l
		switch {
		case lx.Set("adverbs", l) && !lx.Set("prep", l):
			k++
		case lx.Set("prep", l) && k+2 < lo && t.toks[k+1].kind == tWord && t.out(k+1) && !t.toks[k+1].cap &&
			!lx.Set("determiners", t.toks[k+1].l) && !lx.Set("possessive", t.toks[k+1].l) && !lx.Set("prep", t.toks[k+1].l) && !t.isVerb(k+1) &&
			(t.toks[k+2].cap || lx.Set("determiners", t.toks[k+2].l)):
			k += 2
		default:
			return k
		}
	}
	return k
}

// commaSecondVerb reports whether, in German, the verb of cue cu opens a
// second main clause after the comma at before with no subject of its
// own: only adverbs after it, then its words ("Lewis war sehr amüsiert,
// sagte aber letztendlich, dass …"), the first clause opening with its
// subject and its verb.
func (t *text) commaSecondVerb(cu *cue, before int, s *sentence) bool {
	lx := t.lx
	if !lx.VerbSecond || t.toks[before].s != "," || cu.lo != cu.c || cu.right != nil || cu.kind != cueVerb || before-2 < s.body || !t.toks[s.body].cap ||
		!t.out(s.body) || lx.Set("clause", t.toks[s.body].l) || lx.Set("prep", t.toks[s.body].l) || lx.Set("as", t.toks[s.body].l) || lx.Set("comp", t.toks[s.body].l) {
		return false
	}
	k := cu.hi
	for n := 0; k < s.t1 && n < 3 && t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap && !lx.Set("determiners", t.toks[k].l) && !lx.Set("prep", t.toks[k].l) && !lx.Set("comp", t.toks[k].l) && !t.isVerb(k); n++ {
		if _, pron := lx.Pronouns[t.toks[k].l]; pron {
			return false // "…, sagte er": its own subject
		}
		k++
	}
	if k == cu.hi || k >= s.t1 {
		return false
	}
	if tk := &t.toks[k]; !(tk.s == "," || tk.s == ":" || tk.kind == tQOpen || tk.kind == tWord && lx.Set("comp", tk.l)) {
		return false
	}
	for j := s.body; j < before; j++ {
		if t.toks[j].s == "," || t.toks[j].q >= 0 {
			return false // (one clause before, with no comma of its own)
		}
	}
	return true
}

// temporalAs returns the comma that ends the "as" clause opening
// sentence s, whose verb group ends at token end, when the clause has
// words of its own before it with a verb in them ("As the White House
// hints at what his plans might include, …"): a time, and the words
// after the comma are not its speaker's ("As the mayor said on Monday,
// …" reports them). Otherwise -1.
func (t *text) temporalAs(end int, s *sentence) int {
	for k := end; k < s.t1; k++ {
		if tk := &t.toks[k]; tk.q < 0 && tk.s == "," {
			if t.finiteVerbIn(end, k) {
				return k
			}
			return -1
		}
	}
	return -1
}
