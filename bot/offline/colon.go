package offline

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/lang"
)

// Cues of a colon (stage 2): "X: „…“", "Name, title: « … »", "Côté CGT :
// « … »", "Her verdict: …", a subject sure of what follows the colon.

// colonCue finds a speaker tag before a colon that introduces a quotation
// at the start of a sentence ("Merkel: „Wir schaffen das.“", "El
// ministro: «…»").
func (rs *resolver) colonCue(i int) *cue {
	t := rs.t
	s := &t.sents[i]
	b := s.body
	if b+2 < s.t1 && t.toks[b].kind == tWord && t.out(b) && t.lx.Set("coord", t.toks[b].l) && t.toks[b+1].kind == tWord &&
		(t.toks[b+1].cap || t.lx.Set("determiners", t.toks[b+1].l) && !t.lx.Set("prep", t.toks[b+1].l) && !t.lx.Set("of", t.toks[b+1].l)) {
		b++ // "Pero los médicos fueron claros: «…»": the conjunction is no part of the subject
	}
	if b+2 < s.t1 && t.toks[b].kind == tWord && t.out(b) && t.lx.Set("labelsources", t.toks[b].l) && t.toks[b+1].kind == tWord && t.toks[b+1].cap {
		b++ // "Côté CGT : « … »": the word points to who speaks, no part of the name
	}
	for k := s.body; k < s.t1 && k < s.body+8; k++ {
		if !t.out(k) {
			if t.toks[k].s == ":" && k > b && k+1 < s.t1 && (t.toks[k+1].kind == tQOpen || k <= s.body+4 && t.toks[k+1].kind == tWord) {
				m := rs.parseNP(b, k, 0)
				if m == nil && b > s.body {
					m = rs.parseNP(s.body, k, 0) // ("And Mr. Christie gloated: …": a clause, read below)
				}
				if m == nil || m.kind == kDoc || m.kind == kPron {
					return nil
				}
				lab := b // (after a heading's dash: "Pollsters agree - Carl Bialik: “…”")
				for j := b; j < k; j++ {
					if isDash(t.toks[j].s) {
						lab = j + 1
					}
				}
				if m.kind != kDesc && !t.lx.NounCaps && slices.ContainsFunc(t.toks[lab:k], func(tk token) bool {
					v, ok := t.lx.Verbs[tk.l]
					return tk.kind == tWord && !tk.cap && tk.q < 0 && (ok && v.Tags&lang.TagFinite != 0 && !v.Noun || t.hasVerbEnding(tk.l))
				}) {
					// "Brandt attacked Tom Roth: “…”": a clause before the
					// colon, whose object is no label of the words (its
					// subject speaks them, read as a clause's below).
					return nil
				}
				if t.out(b) && !t.midCap[t.toks[b].l] && !lang.IsAcronym(t.toks[b].s) && !t.isTitleWord(b) && !t.lx.Set("titlemods", t.toks[b].l) && t.lx.Set("starters", t.toks[b].l) {
					// "Watch NYS Lottery Drawings: 11:21pm every night!": a
					// link's label, no one's words (not "Former secretary
					// of state X:", a title, nor "OK Gov Fallin:").
					return nil
				}
				if m.kind == kDesc && m.headTok >= 0 && m.owner == nil && t.lx.Set("colonnouns", t.toks[m.headTok].l) {
					return nil // "Une réaction de colère : « … »": a word for what was said, of no one
				}
				if t.lx.NounCaps && t.lx.Set("colonnouns", t.toks[k-1].l) {
					return nil // "Sein Fazit: «…»", "Das Fazit: «…»": a word for what was said, no one's name (colonVerdict)
				}
				if t.lx.NounCaps && t.out(k-1) && t.lx.Set("copulas", t.toks[k-1].l) {
					return nil // "Eine Erkenntnis von ihm lautet: «…»": what a word of saying is, no one's name
				}
				if m.kind == kDesc {
					// "Le syndicat reste prudent : « … »": the phrase before
					// the colon is a clause; its subject, a speaker's noun,
					// speaks ("Le panneau reste clair : « … »" is no one's).
					for e := k - 1; e > s.body; e-- {
						r := &t.toks[e]
						// (A clitic right after a speaker's noun opens the
						// clause: "El presidente lo tiene claro: «…»"; not
						// an article, "Son ami Adama hoche la tête".)
						if r.kind != tWord || r.cap || t.lx.Set("of", r.l) || t.lx.Set("determiners", r.l) && !(t.lx.Set("clitics", r.l) && rs.speakerNounBefore(b, e)) || t.lx.Set("prep", r.l) || t.lx.Set("coord", r.l) {
							continue
						}
						d := rs.parseNP(b, e, 0)
						if d != nil && (d.kind == kPerson || d.kind == kName) && d.t1 == e && t.isName(e-1) {
							// "Son ami Adama hoche la tête : « … »": the
							// person named is the clause's subject.
							m = d
							break
						}
						// (Or its noun with a complement, before a copula: "Le
						// président du club est catégorique : « … »".)
						if d == nil || d.kind != kDesc || d.headTok != e-1 && !(d.t1 == e && (t.lx.Set("copulas", r.l) || t.lx.Set("passive", r.l))) {
							continue
						}
						if d.class != "people" && d.class != "spokes" && d.class != "org" && d.class != "gov" && d.class != "media" {
							return nil
						}
						if t.lx.VerbSecond && t.finiteBefore(b, d.headTok) {
							return nil // (a noun after the finite verb is no subject opening the clause)
						}
						m = d
						break
					}
				}
				if t.lx.VerbSecond && (m.kind == kDesc && m.headTok >= 0 && t.finiteBefore(b, m.headTok) || m.kind == kName && t.finiteBefore(b, k) && !t.surnameIn(b, k, s)) {
					// "Flüchtlinge hat sie stets als Eindringlinge
					// wahrgenommen: „…“": a clause whose subject comes
					// after its verb, no speaker's label.
					return nil
				}
				if m.kind == kDesc && m.headTok >= 0 && !t.toks[m.headTok].cap {
					if v, ok := t.lx.Verbs[t.toks[m.headTok].l]; ok && v.Tags&lang.TagFinite != 0 {
						return nil // "Another added: “…”" with no one it is another of: a verb, no speaker's noun
					}
				}
				if t.toks[k+1].kind != tQOpen && !t.colonName(m, k, s) {
					// "John Hale: Voters Want Change.": a name alone
					// before the colon speaks the words after it, quoted
					// or not; "The result: chaos" is no one's.
					return nil
				}
				return &cue{kind: cueColon, sent: i, c: k, lo: s.body, hi: k + 1, left: m, leftAtBoundary: true,
					verb: lang.Verb{Stance: "assert", Voice: "say"}}
			}
			if t.toks[k].kind != tPunct || t.toks[k].s == "," {
				return nil
			}
		}
	}
	return nil
}

// surnameIn reports whether a capitalised word among tokens lo to hi of
// sentence s stood earlier in the text as the last word of a name of two
// words or more ("Joël Niederlaender … Doch Niederlaender will …").
func (t *text) surnameIn(lo, hi int, s *sentence) bool {
	for k := lo; k < hi; k++ {
		if tk := &t.toks[k]; tk.kind != tWord || !tk.cap || tk.q >= 0 {
			continue
		}
		for j := 1; j < s.t0; j++ {
			if t.toks[j].s == t.toks[k].s && t.toks[j-1].kind == tWord && t.toks[j-1].cap && t.isName(j-1) && t.isName(j) {
				return true
			}
		}
	}
	return false
}

// speakerNounBefore reports whether the words from lo to k are a
// description whose head, a noun of people or bodies who speak, ends
// right before k ("El presidente" of "El presidente lo tiene claro").
func (rs *resolver) speakerNounBefore(lo, k int) bool {
	d := rs.parseNP(lo, k, 0)
	return d != nil && d.kind == kDesc && d.headTok == k-1 &&
		(d.class == "people" || d.class == "spokes" || d.class == "org" || d.class == "gov" || d.class == "media")
}

// colonClauseCue finds a quotation that ends sentence i after a colon
// closing a clause whose subject opens the sentence and is someone:
// "Anne Leroy est catégorique : « … »", "Elle se souvient : « … »". The
// subject speaks the quotation. A subject that names no one ("Le texte
// est clair : « … »") or a clause that holds a complement or relative
// word or another quotation before the colon is not one.
func (rs *resolver) colonClauseCue(i int) *cue {
	t := rs.t
	s := &t.sents[i]
	lx := t.lx
	colon, laterRel := -1, -1
	for k := s.body + 2; k < s.t1 && k < s.body+30; k++ {
		tk := &t.toks[k]
		if e := t.subjectRelEnd(k, s); e > k {
			k = e // "Paul Roux, qui a lancé le site, reste sceptique : « … »": a relative clause on the subject
			continue
		}
		// (In German the articles are relative pronouns too: one only
		// after a comma opens a relative clause, "eine Gefahr für die
		// Versorgungssicherheit" holds none.)
		rel := lx.Set("relpron", tk.l) && !(lx.NounCaps && t.toks[k-1].s != ",")
		if rel && lx.Trait("colonlabels") && !lx.Set("comp", tk.l) && laterRel < 0 && t.toks[k-1].kind == tWord && !t.toks[k-1].cap {
			// "Mohammed, cadre ferroviaire, a assisté au prêche qui a
			// suivi … : « … »": a relative clause on the object, read
			// below as after the clause's verb.
			laterRel = k
			continue
		}
		if tk.kind == tWord && lx.Set("comp", tk.l) && lx.Set("determiners", tk.l) && k+2 < s.t1 && t.toks[k+1].kind == tWord && !t.toks[k+1].cap &&
			t.out(k+1) && t.toks[k+2].s == "," {
			continue // "In an interview later that day, X was blunt: “…”": the determiner of a phrase the comma closes, no complementiser
		}
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && (lx.Set("comp", tk.l) || rel) {
			return nil
		}
		if tk.s == ":" {
			colon = k
			break
		}
	}
	// (Or the colon ends the paragraph and the next one is the
	// quotation: "Cruz continued:", then "“…”".)
	if colon < 0 || colon+1 == s.t1 && !t.colonBeforeQuote(colon, i) {
		return nil
	}
	quoted := t.toks[colon+1].kind == tQOpen
	// The quotation runs to the end of the sentence.
	for k := colon + 2; quoted && k < s.t1; k++ {
		if tk := &t.toks[k]; tk.q < 0 && tk.kind == tWord {
			return nil
		}
	}
	var m *mention
	// (After an opening phrase, also one of a participle: "Interrogé sur
	// l'avenir de Grosso, John Textor a tenu à rassurer : « … »".)
	// (Also past a date set off by commas after the opening phrase: "Lors
	// du procès, le 27 février 2009, Paul Roux s'en était pris au
	// président : « … »".)
	for _, st := range []int{s.body, t.afterOpening(s), t.afterOpeningParticiple(s), t.afterOpeningDate(s)} {
		if _, ok := lx.Pronouns[t.toks[st].l]; ok && st+1 < colon && t.toks[st+1].kind == tWord {
			m = rs.parseNP(st, st+1, 0)
		} else if end := min(t.npRight(st, s), colon); end > st {
			m = rs.longestName(st, end, false)
			if m == nil && st == s.body && lx.Trait("colonlabels") && st+1 < colon && t.toks[st+1].s == "," {
				// "Mehdi, étudiant, a participé au blocage : « … »"
				if n := rs.parseNP(st, st+1, 0); n != nil && t.loneName(n, s) && t.bareAsideEnd(st+1, colon, s) > st+1 {
					m = n
				}
			}
			if m != nil && t.toks[m.t1].s == "," {
				e := t.skipAppositives(m.t1, s)
				if e == m.t1 {
					e = t.participleAsideEnd(m.t1, colon, s) // "Ellison, asked about the deadline, was blunt: “…”"
				}
				if e == m.t1 {
					e = t.subjectRelEnd(m.t1, s) // "Paul Roux, qui a lancé le site, reste sceptique : « … »"
				}
				if e == m.t1 && lx.Trait("colonlabels") && (m.kind == kPerson || t.loneName(m, s)) {
					e = t.bareAsideEnd(m.t1, colon, s) // "Karim Benali, cheminot à Rennes, a assisté …"
					if e > m.t1 && m.kind == kName {
						m.kind = kPerson // "Mehdi, étudiant, a participé au blocage : « … »": a person named by a given name alone, described
					}
				}
				if e == m.t1 {
					m = nil // "Anne Leroy, à Lyon, …": an opening phrase, or a list
					continue
				}
				m.t1 = e // "Mohammed, cadre ferroviaire, a assisté …"
			}
		}
		if m != nil {
			break
		}
	}
	for _, st := range []int{s.body, t.afterOpening(s)} {
		if m != nil || st >= colon || !lx.Set("determiners", t.toks[st].l) {
			continue
		}
		// "El presidente de Aragón, Jorge Azcón, fue claro: «…»": the
		// person named in apposition to the role that opens the
		// sentence (also after an opening phrase: "Por su parte, el
		// presidente del sindicato, Luis Araya, fue tajante: «…»").
		if end := t.npRight(st, s); end > st && end+1 < colon && t.toks[end].s == "," {
			if e2 := t.npRight(end+1, s); e2 > end+1 && e2+1 < colon && t.toks[e2].s == "," {
				// (In French also a relative or a neighbour and the given
				// name after: "Son voisin, Michel, ne cache pas sa
				// colère : « … »".)
				fr := lx.Trait("colonlabels")
				if p := rs.parseNP(end+1, e2, 0); p != nil && (p.kind == kPerson || fr && p.kind == kName && p.t1-p.t0 == 1 && lx.GivenNames[t.toks[p.t0].l] != 0) {
					if d := rs.parseNP(st, end, 0); d != nil && d.kind == kDesc && d.headTok >= 0 && (t.isTitleWord(d.headTok) || fr && lx.Set("possessive", t.toks[st].l) && end-st == 2) {
						m = p
						m.t1 = e2 + 1
						m.kind = kPerson
					}
				}
			}
		}
	}
	described := false
	if end := min(t.npRight(s.body, s), colon); m == nil && !quoted && end > s.body && lx.Set("definite", t.toks[s.body].l) {
		// (Also a speaker described by the definite article, sure of
		// what follows: "Le syndicat est formel : …", "Le directeur a
		// été clair : …".)
		if d := rs.parseNP(s.body, end, 0); d != nil && d.kind == kDesc && d.t1 == end && d.owner == nil && rs.speakerNounBefore(s.body, end) && t.convinced(end, colon, s) {
			m, described = d, true
		}
	}
	if m == nil || m.kind != kPron && m.kind != kPerson && m.kind != kOrg && !rs.reg.knownPerson(m) && !described || m.kind == kPron && m.plural && m.gender == 0 {
		return nil
	}
	if laterRel >= 0 && (m.kind != kPerson && m.kind != kName || !quoted || laterRel < m.t1+2 || !t.finiteVerbIn(m.t1, laterRel)) {
		return nil // (only a person's clause, its verb before the relative pronoun, then a quotation)
	}
	if colon+1 == s.t1 && m.kind == kPron && m.gender != 'm' && m.gender != 'f' {
		return nil // "Wait, it gets better:": no one
	}
	if m.kind != kPron && t.toks[m.t1-1].poss {
		return nil // "The mayor's answer was simple: “…”": the possessor's word for it (colonVerdict), not a name
	}
	if m.t1 < colon && t.toks[m.t1].kind != tWord && t.toks[m.t1].s != "," {
		return nil
	}
	if !quoted && !t.convinced(m.t1, colon, s) && !(m.t0 == s.body && t.verbAfterSubject(m.t1, colon) && t.reportedAfter(colon, s)) {
		return nil // "Le maire a visité le chantier : trois grues …"
	}
	for k := m.t1; k < colon; k++ {
		if t.lx.Set("quoteverbs", t.toks[k].l) {
			return nil // "X citó a Sánchez: «…»": the words are another's
		}
	}
	lower, caps := false, 0
	for k := s.body; k < colon; k++ {
		tk := &t.toks[k]
		lower = lower || k >= m.t1 && tk.kind == tWord && !tk.cap
		if tk.kind == tWord && utf8.RuneCountInString(tk.s) > 3 && lang.IsAcronym(tk.s) {
			caps++
		}
	}
	if !lower || caps > 1 {
		return nil // "VOTERS CARE MORE … - Frank Newport: “…”": a heading in capitals
	}
	return &cue{kind: cueColon, sent: i, c: colon, lo: s.body, hi: colon + 1, left: m, leftAtBoundary: true,
		verb: lang.Verb{Stance: "assert", Voice: "say"}}
}

// loneName reports whether mention m is a given name alone, a single
// word of no other kind that names.txt lists or that an age follows
// ("Mehdi", "Lucas, 19 ans,"): in a report, a person the article names
// by the given name only.
func (t *text) loneName(m *mention, s *sentence) bool {
	return m.kind == kName && m.t1-m.t0 == 1 && t.toks[m.t0].cap && m.owner == nil &&
		(t.lx.GivenNames[t.toks[m.t0].l] != 0 || t.agedAfter(m.t1, s))
}

// bareAsideEnd returns the comma that ends a short aside of words with
// no verb after the comma at token k, before a verb (", cheminot à
// Rennes, a assisté …"), at most up to token end; else k.
func (t *text) bareAsideEnd(k, end int, s *sentence) int {
	for j := k + 1; j < end && j <= k+7; j++ {
		tk := &t.toks[j]
		if tk.s == "," {
			if j > k+1 && j+1 < end && t.startsVerb(j+1, int(tk.sent)) {
				return j
			}
			return k
		}
		if tk.kind != tWord || !t.out(j) || t.startsVerb(j, int(tk.sent)) || t.lx.Set("relpron", tk.l) || t.lx.Set("comp", tk.l) {
			return k
		}
	}
	return k
}

// subjectRelEnd returns, in a language with the trait colonlabels, the
// comma that closes a relative clause on the name that opens sentence s,
// the clause starting at token k with the comma after the name or with
// its relative pronoun ("Paul Roux, qui a lancé le site, reste sceptique
// : « … »", also "Paul Roux qui a lancé le site, reste …"), with no
// quotation inside, or k.
func (t *text) subjectRelEnd(k int, s *sentence) int {
	lx := t.lx
	r := k
	if k < s.t1 && t.toks[k].s == "," && t.toks[k].q < 0 {
		r = k + 1
	}
	if !lx.Trait("colonlabels") || k-1 < s.body || r+1 >= s.t1 || !t.out(r) || !t.out(k-1) || !t.toks[k-1].cap ||
		!t.isName(k-1) || !lx.Set("relpron", t.toks[r].l) || lx.Set("comp", t.toks[r].l) || lx.Set("objrel", t.toks[r].l) {
		return k
	}
	for j := s.body; j < k; j++ {
		if !t.out(j) || !t.toks[j].cap || k-s.body > 4 {
			return k // (only a name that opens the sentence, its subject: not "Il a rencontré Anne Roux, qui …")
		}
	}
	for j := r + 1; j < s.t1 && j <= r+15; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || tk.s == ":" {
			return k
		}
		if tk.s == "," {
			if j > r+2 && j+1 < s.t1 && t.toks[j+1].kind == tWord {
				return j
			}
			return k
		}
	}
	return k
}

// participleAfterName returns, in French, the first lower-case past
// participle right after a capitalised word among tokens (st, k], with a
// time, a preposition other than "de" or a determiner after it or ending
// there ("l'Inserm | publiée mardi", "Ifop | réalisé pour"), or -1.
func (t *text) participleAfterName(st, k int, s *sentence) int {
	lx := t.lx
	if !lx.Trait("docparticiple") {
		return -1
	}
	for j := st + 1; j <= k && j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.cap || !t.out(j) || !t.toks[j-1].cap || !t.endsIn("participleendings", tk.l, 2) {
			continue
		}
		// (Not before "de": "La secrétaire d'État chargée du Numérique"
		// is a title.)
		if j == k || j+1 < s.t1 && t.toks[j+1].kind == tWord && !lx.Set("of", t.toks[j+1].l) &&
			(isTimeWord(lx, t.toks[j+1].l) || lx.Set("prep", t.toks[j+1].l) || lx.Set("determiners", t.toks[j+1].l)) {
			return j
		}
	}
	return -1
}

// colonLabelCue finds, in French, a person named with a description
// and no verb before a colon that opens a quotation ending the sentence:
// "Marine Lenoir, présidente du groupe RN à l'Assemblée : « … »", "La
// maire de Nantes, Johanna Rolland : « … »", "Jean Dupont, 54 ans,
// agriculteur : « … »", or the one a word of [set labelsources] points
// to: "Même colère chez Ahmed, chauffeur de taxi : « … »". The person
// speaks the quotation.
func (rs *resolver) colonLabelCue(i int) *cue {
	t := rs.t
	s := &t.sents[i]
	lx := t.lx
	if !lx.Trait("colonlabels") {
		return nil
	}
	colon := -1
	for k := s.body; k < s.t1 && k < s.body+20; k++ {
		tk := &t.toks[k]
		if tk.s == ":" {
			colon = k
			break
		}
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && (t.startsVerb(k, i) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l)) ||
			tk.kind != tWord && tk.s != "," && tk.s != "'" && tk.s != "’" && tk.s != "-" && tk.s != "(" && tk.s != ")" {
			return nil
		}
	}
	if colon < s.body+3 || colon+2 >= s.t1 || t.toks[colon+1].kind != tQOpen {
		return nil
	}
	for k := colon + 2; k < s.t1; k++ {
		if tk := &t.toks[k]; tk.q < 0 && tk.kind == tWord {
			return nil // the quotation runs to the end of the sentence
		}
	}
	// The name opens the label, or follows the title that does ("La
	// maire de Nantes, Johanna Rolland").
	var m *mention
	if end := min(t.npRight(s.body, s), colon); end > s.body {
		if n := rs.parseNP(s.body, end, 0); n != nil && n.kind == kPerson {
			m = n
		} else if n != nil && n.kind == kName && n.t1-n.t0 == 1 && n.t1 < colon && t.toks[n.t1].s == "," &&
			(lx.GivenNames[t.toks[n.t0].l] != 0 || t.agedAfter(n.t1, s)) {
			m = n // "Michel, 67 ans, retraité : « … »", "Nadia, étudiante : « … »": a given name alone
		} else if n != nil && t.titled(n) && end+1 < colon && t.toks[end].s == "," {
			if e2 := min(t.npRight(end+1, s), colon); e2 > end+1 && (e2 == colon || t.toks[e2].s == ",") {
				if p := rs.parseNP(end+1, e2, 0); p != nil && p.kind == kPerson {
					m = p
				}
			}
		}
	}
	for k := s.body; m == nil && k+1 < colon; k++ {
		// "Même colère chez Ahmed, chauffeur de taxi : « … »": the one
		// the label points to.
		// (Or a preposition after a noun of a view: "Même constat pour
		// Paul Roux, président du collectif : « … »".)
		if !lx.Set("labelsources", t.toks[k].l) && !(k > s.body && (lx.Set("prep", t.toks[k].l) || lx.Set("of", t.toks[k].l)) && lx.Set("viewnouns", t.toks[k-1].l)) {
			continue
		}
		if end := min(t.npRight(k+1, s), colon); end > k+1 {
			if n := rs.parseNP(k+1, end, 0); n != nil && (n.kind == kPerson || n.kind == kName || n.kind == kOrg ||
				n.kind == kDesc && (n.class == "people" || n.class == "org" || n.class == "gov")) {
				m = n
			}
		}
		break
	}
	if m == nil || m.t1 < colon && t.toks[m.t1].s != "," {
		return nil
	}
	return &cue{kind: cueColon, sent: i, c: colon, lo: s.body, hi: colon + 1, left: m, leftAtBoundary: true,
		verb: lang.Verb{Stance: "assert", Voice: "say"}}
}

// asideCuesOnly reports whether every cue of sentence i opens an aside
// with its participle right after a comma ("Ellison, asked about the
// next deadline, was blunt: “…”"): the sentence's clause may still be
// a colon's.
func (t *text) asideCuesOnly(cues []*cue, i int) bool {
	s := &t.sents[i]
	for _, cu := range cues {
		if t.adjectivalParticiple(cu, s) {
			continue // "… la publication du message incriminé : « … »"
		}
		if cu.c-1 <= s.body || t.participleAsideEnd(cu.c-1, s.t1, s) == cu.c-1 {
			return false
		}
	}
	return true
}

// adjectivalParticiple reports whether cue cu is a past participle right
// after a noun and its determiner, with no subject found for it: an
// adjective ("le message incriminé", "le texte contesté"), no one's words.
func (t *text) adjectivalParticiple(cu *cue, s *sentence) bool {
	c := cu.c
	if cu.kind != cueVerb || cu.left != nil || cu.right != nil || c-2 < s.body {
		return false
	}
	if v, ok := t.lx.Verbs[t.toks[c].l]; !ok || v.Tags&lang.TagParticiple == 0 {
		return false
	}
	n, d := &t.toks[c-1], &t.toks[c-2]
	return n.kind == tWord && !n.cap && t.out(c-1) && !t.isVerb(c-1) && d.kind == tWord && t.out(c-2) && t.lx.Set("determiners", d.l)
}

// participleAsideEnd returns the comma that closes an aside opening with
// a participle right after the comma at end, before the colon at colon
// ("Ellison, asked about the next deadline, was blunt: “…”"), or end.
func (t *text) participleAsideEnd(end, colon int, s *sentence) int {
	x := end + 1
	if x >= colon || t.toks[end].s != "," || !t.out(x) || t.toks[x].kind != tWord || t.toks[x].cap {
		return end
	}
	if v, ok := t.lx.Verbs[t.toks[x].l]; !ok || v.Tags&(lang.TagParticiple|lang.TagGerund) == 0 {
		return end
	}
	for j := x + 1; j < colon && j-x < 15; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose {
			return end
		}
		if tk.s == "," {
			return j
		}
	}
	return end
}

// convinced reports whether tokens lo to hi, between a subject and a
// colon, say only that the subject is sure of what follows: a copula or
// "se dire", clitics, adverbs, and an adjective of the lexicon's set
// certain ("Claire Vasseur en est convaincue : …", "Il est formel : …",
// "Paul Roux a été clair : …"), or a verb of [set showverbs] that shows
// the subject so ("Le préfet se veut rassurant : …").
func (t *text) convinced(lo, hi int, s *sentence) bool {
	lx := t.lx
	sure := false
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		switch {
		case tk.kind != tWord || tk.q >= 0:
			return false
		case lx.Set("certain", tk.l):
			sure = true
		case lx.Set("passive", tk.l), lx.Set("showverbs", tk.l), lx.Set("clitics", tk.l), lx.Set("adverbs", tk.l) && !tk.cap:
		case lx.Set("aux", tk.l) && k+1 < hi && lx.Set("passive", t.toks[k+1].l):
			// (The copula's auxiliary: "Paul Roux a été clair : …".)
		default:
			return false
		}
	}
	return sure
}

// reportedAfter reports whether the clause after the colon at c, up to
// the sentence's end, is indirect speech: in a language whose lexicon
// lists subjunctive forms, one outside quotations and outside a clause
// of "ob", "dass" or a relative pronoun ("Machtlinger beschrieb die
// Lage: Die Nachfrage sei hoch."). The colon's subject says it.
func (t *text) reportedAfter(c int, s *sentence) bool {
	if len(t.lx.Sets["subjunctive"]) == 0 || c+1 >= s.t1 {
		return false
	}
	return t.subjunctiveFrom(c+1, s)
}

// verbAfterSubject reports whether token k, before the colon at c, is
// a lower-case word that may be the finite verb right after the subject
// ("Machtlinger beschrieb die Lage:"), not a preposition or another
// word of no verb ("Hauptargument der Firma beim Prozess:").
func (t *text) verbAfterSubject(k, c int) bool {
	lx := t.lx
	if k >= c || !t.out(k) {
		return false
	}
	tk := &t.toks[k]
	return tk.kind == tWord && !tk.cap && !lx.Set("prep", tk.l) && !lx.Set("determiners", tk.l) && !lx.Set("comp", tk.l) &&
		!lx.Set("clause", tk.l) && !lx.Set("adverbs", tk.l) && !lx.Set("relpron", tk.l) && !lx.Set("negation", tk.l) && !lx.Set("coord", tk.l)
}

// colonName reports whether mention m, which ends at the colon at k, is
// a name that may speak the words after the colon without quotation marks
// ("John Hale: Voters Want Change."): a person's or organisation's name,
// or a one-word name the article capitalises inside sentences too (not
// "Wow:", "Update:", "EXCLUSIVE:"), in a language that does not
// capitalise its nouns.
func (t *text) colonName(m *mention, k int, s *sentence) bool {
	if t.lx.NounCaps || m.t1 != k || m.t0 != s.body {
		return false
	}
	if w := t.toks[m.t0].s; m.t1-m.t0 == 1 && len(w) > 3 && strings.ToUpper(w) == w {
		return false // "EXCLUSIVE:", "CLARIFICATION:": a label
	}
	switch m.kind {
	case kPerson, kOrg:
		return true
	case kName:
		return m.t1-m.t0 == 1 && t.midCap[t.toks[m.t0].b]
	}
	return false
}

// afterOpeningDate returns the token after a phrase of time set off by a
// comma right after the opening phrase of sentence s ("Lors du procès,
// le 27 février 2009, | Paul Roux …"); else s.body.
func (t *text) afterOpeningDate(s *sentence) int {
	st := t.afterOpening(s)
	if st == s.body {
		return s.body
	}
	if e := t.dateTail(st, s); e > st && e+1 < s.t1 && t.toks[e].s == "," {
		return e + 1
	}
	return s.body
}
