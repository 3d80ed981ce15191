package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Cues of "according to" and its kin (stage 2): "selon X", "X zufolge",
// ", so X", "según X", a document that says so; see according.go for the
// attributions they make.

// according reports whether an "according to" pattern starts at token c
// and how many words it has before the source (Before patterns), or for
// After patterns ("X zufolge") whether token c is its first word.
func (t *text) according(c int, s *sentence) (lang.Pattern, int) {
	for _, p := range t.lx.According {
		words := p.Before
		if len(words) == 0 {
			words = p.After
		}
		if len(words) == 0 || words[0] == "," && c == s.body {
			continue
		}
		if p.Open && c > s.body && !t.opensClause(c) {
			continue // "la plataforma Deezer para Norteamérica y Centroamérica, …": inside a phrase
		}
		k := c
		ok := true
		skipped := 0
		for _, w := range words {
			if w == "," {
				if k == c && (c == 0 || t.toks[c-1].s != ",") {
					ok = false
					break
				}
				continue
			}
			// A time word or adverb inside the phrase: ", a-t-on appris
			// mercredi auprès de X".
			for k > c && k+1 < s.t1 && skipped < 2 && t.toks[k].kind == tWord && !t.toks[k].cap && t.toks[k].l != w && t.toks[k+1].l == w &&
				(isTimeWord(t.lx, t.toks[k].l) || t.lx.Set("adverbs", t.toks[k].l)) {
				k++
				skipped++
			}
			if k >= s.t1 || t.toks[k].kind != tWord || t.toks[k].l != w && !capitalUnaccented(t, k, s, w) || t.toks[k].q >= 0 {
				ok = false
				break
			}
			k++
		}
		if ok && p.End && len(p.Before) > 0 && len(p.After) > 0 && p.After[0] != "," {
			// "wie aus einem Bericht des Ministeriums hervorgeht": the
			// closing words end the clause.
			ok = k < s.t1 && t.closingAfter(k, s, p.After) > k
		} else if ok && len(p.Before) > 0 && len(p.After) > 0 && p.After[0] != "," {
			// "nach X Worten": only with a possessive for X.
			ok = k < s.t1 && t.lx.Set("possessive", t.toks[k].l) && t.followedBy(k+1, s.t1, strings.Join(p.After, " "))
			if e := t.possessiveNameEnd(k, s); !ok && e > k && t.lx.Trait("saxongenitive") {
				ok = t.followedBy(e, s.t1, strings.Join(p.After, " ")) // "In Akers's words"
			}
		}
		if ok && k > c {
			return p, k - c
		}
	}
	return lang.Pattern{}, 0
}

// opensClause reports whether token c opens a clause: after a comma, a
// semicolon, a colon, a bracket or a quotation, or after a conjunction or
// an adverb that opens the sentence ("Mais pour X, …", "Pero para X, …").
func (t *text) opensClause(c int) bool {
	p := &t.toks[c-1]
	if p.kind == tQClose || strings.ContainsAny(p.s, ",;:(") {
		return true
	}
	if p.kind != tWord || !(t.lx.Set("coord", p.l) || t.lx.Set("contrast", p.l) || t.lx.Set("adverbs", p.l) || t.lx.Set("starters", p.l)) {
		return false
	}
	s := &t.sents[p.sent]
	return c-1 == s.body || c-1 > s.body && strings.ContainsAny(t.toks[c-2].s, ",;:(")
}

// thusDocCue reads a word opening sentence i that reports what the
// document named in the sentence before says ("Das Institut legte eine
// Studie vor. Demnach sind die Kosten gestiegen."): the document stands
// for its author, whose it is only when one is known.
func (t *text) thusDocCue(i, c int) *cue {
	s := &t.sents[i]
	// (Also closing the sentence after words of no one named: "…, heißt
	// es darin.", "…, hieß es dort": the document named before.)
	tail := i > 0 && c-3 > s.body && t.lx.Set("docthere", t.toks[c].l) && t.out(c) && t.toks[c-3].s == "," &&
		t.lx.Set("anonymous", t.toks[c-2].l+" "+t.toks[c-1].l) && (c+1 >= s.t1 || t.toks[c+1].kind != tWord)
	if !tail && (c != s.body || i == 0 || !t.lx.Set("docthus", t.toks[c].l) || c+1 >= s.t1 || !t.out(c+1)) {
		return nil
	}
	p := &t.sents[i-1]
	if p.para != s.para && p.para != s.para-1 {
		return nil
	}
	head := ""
	for k := p.body; k < p.t1; k++ {
		if t.out(k) && t.lx.Set("docnouns", t.toks[k].b) {
			head = t.toks[k].b
		}
	}
	if head == "" {
		return nil
	}
	m := &mention{kind: kDoc, definite: true, head: head, t0: c, t1: c + 1, headTok: c, surface: t.toks[c].s}
	if tail {
		return &cue{kind: cueAccording, sent: i, c: c, lo: c - 2, hi: c + 1, right: m, verb: lang.Verb{Stance: "assert", Voice: "say"}}
	}
	return &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: c + 1, right: m, verb: lang.Verb{Stance: "assert", Voice: "say"}}
}

// closingAfter returns where the words of a pattern's closing part open
// after token k, within a few words of the same clause, when they end it
// ("aus einer Antwort der Regierung auf eine Anfrage hervor."); or 0.
func (t *text) closingAfter(k int, s *sentence, words []string) int {
	for j := k + 1; j+len(words) <= s.t1 && j < k+14; j++ {
		if !t.out(j) {
			return 0
		}
		match := true
		for i, w := range words {
			if !t.out(j+i) || t.toks[j+i].l != w {
				match = false
				break
			}
		}
		if match && t.endsClause(j+len(words), s) {
			return j
		}
	}
	return 0
}

// docNamed returns the token after a document noun among tokens lo to hi
// when a name follows it there ("un sondage Ifop"), or 0.
func (t *text) docNamed(lo, hi int, s *sentence) int {
	for k := lo; k+1 < hi && k+1 < s.t1; k++ {
		if t.lx.Set("docnouns", t.toks[k].b) && !t.toks[k].cap && t.isName(k+1) {
			return k + 1
		}
	}
	return 0
}

// docIn reports whether a document noun is among tokens lo to hi.
func (t *text) docIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.lx.Set("docnouns", t.toks[k].b) {
			return true
		}
	}
	return false
}

// capitalUnaccented reports whether token k opens sentence s with a
// capital that lost the accent of the pattern word w ("A ses yeux" for
// "à ses yeux"): writers often drop accents on capitals.
func capitalUnaccented(t *text, k int, s *sentence, w string) bool {
	return k == s.body && t.toks[k].cap && t.toks[k].l != w && lang.Fold(w) == t.toks[k].l
}

// reportsAfterComma reports whether, after the comma that closes the
// clause from token k, a finite reporting verb follows within a few
// words ("…, que según el PP miente, aseguró que …").
func (t *text) reportsAfterComma(k int, s *sentence) bool {
	for ; k < s.t1 && t.toks[k].s != ","; k++ {
	}
	for j := k + 1; j < s.t1 && j <= k+3; j++ {
		if v, ok := t.lx.Verbs[t.toks[j].l]; ok && v.Tags&lang.TagFinite != 0 && t.toks[j].q < 0 {
			return true
		}
	}
	return false
}

// accordingCue reads the source of an "according to" phrase of n words at
// c.
func (a *analysis) accordingCue(i, c, n int, p lang.Pattern) *cue {
	t := a.t
	s := &t.sents[i]
	if c-2 >= s.body && t.toks[c-1].kind == tWord && t.lx.Set("relpron", t.toks[c-1].l) && t.toks[c-2].s == "," && t.reportsAfterComma(c, s) {
		// "Santiago Abascal, que según el PP miente, aseguró …": the
		// source's words are the relative clause's, not the sentence's,
		// whose reporting verb has a speaker of its own.
		return nil
	}
	if len(p.Before) > 0 {
		// "Les tarifs varient (fortement) selon les régions", "prices
		// vary according to the region": by what, no source.
		k := c - 1
		for k > s.body && k > c-3 && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("adverbs", t.toks[k].l) {
			k--
		}
		if k >= s.body && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("variation", t.toks[k].l) {
			return nil
		}
	}
	cu := &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: c + n, verb: lang.Verb{Stance: "assert", Voice: "say"}}
	closing := 0 // where the closing words of "aus X hervor" open
	if p.End && len(p.Before) > 0 && len(p.After) > 0 && p.After[0] != "," {
		closing = t.closingAfter(c+n, s, p.After)
		if closing <= c+n {
			return nil
		}
	} else if len(p.Before) > 0 && len(p.After) > 0 && p.After[0] != "," {
		// "nach seinen Worten", "a su juicio": a possessive stands for
		// the source, a pronoun; the words after the pattern are its.
		k := c + n
		if e := t.possessiveNameEnd(k, s); e > k && t.followedBy(e, s.t1, strings.Join(p.After, " ")) && t.lx.Trait("saxongenitive") {
			// "In Akers's words, …": the name with its possessive.
			if m := a.parseNP(k, e, 0); m != nil && (m.kind == kPerson || m.kind == kName || m.kind == kOrg) {
				cu.right = m
				cu.hi = e + len(p.After)
				return cu
			}
			return nil
		}
		if k >= s.t1 || !t.out(k) || !t.lx.Set("possessive", t.toks[k].l) || !t.followedBy(k+1, s.t1, strings.Join(p.After, " ")) || t.askedFor(c, s) {
			return nil
		}
		for j := s.body; j < c; j++ {
			if v, ok := t.lx.Verbs[t.toks[j].l]; ok && t.out(j) && !t.toks[j].cap && v.Tags&lang.TagFinite != 0 && !v.Noun {
				// "Desde la centroderecha respondieron …, argumentando que
				// apoyarán las normas que, a su juicio, sean …": the
				// possessive is the reporting verb's subject's, whose cue
				// reads the words; not whoever spoke last.
				return nil
			}
		}
		cu.right = &mention{kind: kPron, head: t.toks[k].l, surface: t.toks[k].s, t0: k, t1: k + 1, headTok: k}
		cu.hi = k + 1 + len(p.After)
		return cu
	}
	if len(p.Before) > 0 {
		if k := c + n; p.End && t.lx.NounCaps && k < s.t1 && t.out(k) && t.lx.Set("as", t.toks[k].l) {
			// "…, so wie etwa Birkenstock-Schlappen.": a comparison, no
			// source.
			return nil
		}
		if k := c + n; p.End && t.lx.NounCaps && k < s.t1 && t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap {
			// "…, so wichtig wie gute Gesundheit.": a degree, no source;
			// where every noun has a capital, a source opens with one,
			// or with a determiner or an adverb ("so der Sprecher", "so
			// auch der Verband"), or a verb of saying its subject follows
			// ("…, so sagt er weiter, …").
			l := t.toks[k].l
			_, says := t.lx.Verbs[l]
			says = says && !t.lx.Set("passive", l) && !t.lx.Set("aux", l) // (not "…, so ist der lateinische Name …")
			if !says && !t.lx.Set("determiners", l) && !t.lx.Set("possessive", l) && !t.lx.Set("quantifiers", l) && !t.lx.Set("adverbs", l) {
				return nil
			}
		}
		if k := c + n; k+1 < s.t1 && t.out(k) && !t.toks[k].cap {
			// "Según aseguran a EL MUNDO varias fuentes, …": a reporting
			// verb, and the one it was said to, before the source; also
			// after its auxiliary ("según han explicado fuentes …").
			tags := lang.TagFinite
			if t.lx.Set("aux", t.toks[k].l) && t.out(k+1) {
				k, tags = k+1, lang.TagParticiple
			}
			// (Not a possessive that is also a verb's form: ", so sein
			// Anwalt" is his lawyer's, not "to be".)
			if v, ok := t.lx.Verbs[t.toks[k].l]; ok && v.Tags&tags != 0 && !v.Noun && !t.lx.Set("possessive", t.toks[k].l) {
				k = t.timeBefore(k+1, s) // "según informó este miércoles la compañía"
				for range 2 {
					// "según aseguran a EL MUNDO varias fuentes", "según
					// explicó en rueda de prensa la portavoz", "según
					// valoró al final del encuentro el ministro".
					k = t.timeBefore(t.sourceAfterPhrase(k, s), s)
				}
				n = k - c
			}
		}
		end := t.npRight(c+n, s)
		if end > c+n && end+3 < s.t1 && t.toks[end].s == "(" && t.toks[end+1].kind == tWord && t.toks[end+1].cap && t.toks[end+2].s == ")" && t.toks[end+3].s == "," {
			// "Para la Asociación Colombiana de Empresas de Medicina
			// Integral (Acemi), …": the body's acronym is part of its
			// name.
			end += 3
		} else if k := t.spelledOutEnd(end, s); end > c+n && k > end && k < s.t1 && t.toks[k].s == "," {
			// "Pour l'ALN (Armée de libération nationale), …": the
			// acronym's name spelled out in brackets.
			end = k
		}
		if m, e := a.quotedSource(c+n, end, s); m != nil {
			// "nach Informationen des „Handelsblatts“", "laut „Spiegel“".
			cu.right, cu.hi = m, t.prefieldEnd(c, e, s)
			return cu
		}
		if end <= c+n {
			return nil
		}
		if !t.docIn(c+n, end) {
			end = t.placeAfter(end, s) // "Para o líder do PL na Câmara, …", "according to police in Paris, …"
		}
		fr := t.lx.Trait("pronounafterprep")
		if len(p.After) > 0 && p.After[0] == "," && (end >= s.t1 || t.toks[end].s != ",") && (t.lx.ProDrop || fr) && c == s.body {
			// "Para Ana Lis la solución está en …": a person's name of
			// two words or more, and an article after it, without the
			// comma (in French also a subject pronoun: "Pour François
			// Fillon il y avait trop de juridisme").
			if m := a.longestName(c+n, end, false); m != nil && m.kind == kPerson && m.t1-m.t0 >= 2 && m.t1 < s.t1 &&
				(t.lx.Set("definite", t.toks[m.t1].l) || fr && t.isPronounTok(m.t1)) && !t.toks[m.t1].cap && t.clauseVerbIn(m.t1+1, s.t1) {
				cu.right, cu.hi = m, m.t1
				return cu
			}
		}
		// "according to a new report by Politico": "report" is the
		// document here, not a verb, and "by" names its author.
		if end < s.t1 && t.out(end) && t.lx.Set("docnouns", t.toks[end].b) {
			end++
			// "según un comunicado de Montecon": a document noun that
			// is also a participle, and its owner after it.
			if end+1 < s.t1 && t.out(end) && t.lx.Set("of", t.toks[end].l) {
				if e := t.npRight(end+1, s); e > end+1 {
					end = e
				}
			}
		}
		// "according to a statement by the spokesperson Harry Roque": the
		// author is the source.
		from, phraseEnd := c+n, end
		if t.lx.Set("docnouns", t.toks[end-1].b) && end+1 < s.t1 && t.lx.Set("by", t.toks[end].l) {
			if e := t.npRight(end+1, s); e > end+1 {
				from, end = end+1, e
				if m := a.peopleAt(from, e, s); m != nil {
					end = m.t1 // "by economists at Duke University"
				}
			}
		} else if m := a.docAgent(end, s); m != nil && t.lx.Set("docnouns", t.toks[end-1].b) {
			// "a study last year by …", "a poll from Florida Atlantic
			// University": the author after a time or a participle, or
			// after "from".
			from, end = m.t0, m.t1
			// (And a participle's short phrase after it, up to a comma:
			// "a poll from Florida Atlantic University broadcast on
			// MSNBC, …".)
			if k := end; k+1 < s.t1 && t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap && (t.isVerb(k) || t.hasVerbEnding(t.toks[k].l)) {
				for k++; k < s.t1 && k < end+6 && t.toks[k].kind == tWord && t.out(k) && !t.lx.Set("comp", t.toks[k].l); k++ {
				}
				if k < s.t1 && t.toks[k].s == "," {
					phraseEnd = k
				}
			}
		} else if d := t.docNamed(c+n, end, s); d > 0 {
			// "selon un sondage Ifop publié jeudi": the author's name right
			// after the document noun.
			e := d
			for e < s.t1 && e < d+4 && t.isName(e) {
				e++
			}
			from, end = d, e
			// (And a short phrase that dates it: "publié jeudi,".)
			k := e
			for k < s.t1 && k < e+4 && t.toks[k].kind == tWord && t.toks[k].q < 0 && !t.lx.Set("comp", t.toks[k].l) {
				k++
			}
			if k < s.t1 && t.toks[k].s == "," {
				phraseEnd = k
			}
		} else if !t.docIn(c+n, end) {
			// "selon des analystes cités par l'agence Belga, …": the
			// agent who relays them is not part of the words.
			for k := end; k < s.t1 && k < end+3 && t.out(k) && t.toks[k].kind == tWord; k++ {
				if t.lx.Set("by", t.toks[k].l) {
					if e := t.npRight(k+1, s); e > k+1 && e < s.t1 && t.toks[e].s == "," {
						phraseEnd = e
					}
					break
				}
			}
		} else {
			// "selon une étude publiée par l'Inserm", "selon un sondage
			// en ligne réalisé par l'organisation": a participle (and a
			// short phrase) before the author.
			k0 := end
			if end+2 < s.t1 && t.toks[end].s == "," && t.toks[end+1].kind == tWord && t.endsIn("participleendings", t.toks[end+1].l, 2) {
				k0 = end + 1 // "según el fallo, firmado por el juez X, …"
			}
			d := a.parseNP(c+n, t.docParticipleCut(c+n, end, s), 0)
			owned := d != nil && d.kind == kDoc && d.owner != nil && named(d.owner)
			for k := k0; k < s.t1 && k < k0+4 && t.out(k) && t.toks[k].kind == tWord; k++ {
				if t.lx.Set("by", t.toks[k].l) && owned {
					// "selon des propos de X rapportés par Le Monde": the
					// words are X's, whom the agent only relays; it is
					// not part of the words.
					if e := t.npRight(k+1, s); e > k+1 && e < s.t1 && t.toks[e].s == "," {
						phraseEnd = e
					}
					break
				}
				if t.lx.Set("by", t.toks[k].l) {
					// (Only an author named: "réalisé par l'organisation"
					// may refer back to any of several.)
					if e := t.npRight(k+1, s); e > k+1 {
						if m := a.parseNP(k+1, e, 0); named(m) {
							from, end = k+1, e
						} else if m := a.peopleAt(k+1, e, s); m != nil {
							from, end = k+1, m.t1 // "… published last year by economists at Duke University"
						}
					}
					break
				}
			}
		}
		if e := a.closingAppositive(end, s); e > end && !t.titled(a.parseNP(from, end, 0)) {
			// "…, according to Russia's aviation authority,
			// Rosaviatsia.": the body's name closing the sentence is
			// not the words. (A title's is the source, read below:
			// "…, selon le directeur de l'établissement, Philippe El
			// Saïr.")
			phraseEnd = max(phraseEnd, e)
		}
		if m0 := a.parseNP(from, end, 0); m0 != nil && p.End {
			if m, e2 := a.coordNounName(m0, end, s); m != nil {
				from, end = m.t0, e2 // ", so die Frauenrechtlerin und Lehrerin Maria Blanco.": the name
			}
		}
		alsoEnd := 0
		if cu.also, alsoEnd = a.alsoSource(from, end, s); cu.also != nil && p.End {
			end = alsoEnd // (the clause ends after both: ", so X und Y.")
		}
		if closing > 0 {
			// "Das geht aus einer Antwort der Bundesregierung auf eine
			// Anfrage hervor": the source's phrase, then the closing
			// words.
			// (Only a document's: "Die Partei ging aus einer
			// Protestbewegung hervor" tells where it came from.)
			if end > closing || !t.docIn(c+n, end) {
				return nil
			}
			phraseEnd = max(phraseEnd, closing+len(p.After))
		} else if p.End {
			// (Also past an adverb: ", so Faeser weiter.")
			e := end
			for e < s.t1 && t.out(e) && t.lx.Set("adverbs", t.toks[e].l) && !t.toks[e].cap {
				e++
			}
			if !t.endsClause(e, s) {
				// (Only a source named, a body, a spokesperson or a
				// document: a person's title, "so der 15-malige
				// Major-Sieger rückblickend", "so die Stuttgarter
				// Sportdirektorin über …", is left to the words around
				// it.)
				m := a.parseNP(from, end, 0)
				if m == nil || m.kind == kDesc && !m.plural && m.class != "gov" && m.class != "org" && m.class != "spokes" && m.class != "doc" && m.class != "media" {
					return nil
				}
				e = t.soSourceTail(c+n, e, s)
				if e < 0 {
					return nil
				}
				phraseEnd = max(phraseEnd, e)
			}
		}
		if cu.also != nil {
			cu.right = a.parseNP(from, cu.also.t0-1, 0)
			cu.hi = t.prefieldEnd(c, max(alsoEnd, phraseEnd), s)
			if cu.right == nil {
				return nil
			}
			return cu
		}
		cu.right = a.parseNP(from, t.docParticipleCut(from, end, s), 0)
		if k := from - 1; cu.right == nil && from == c+n && k > c && t.lx.Set("of", t.toks[k].l) && t.lx.Set("determiners", t.toks[k].l) &&
			(t.lx.Set("masculine", t.toks[k].l) || t.lx.Set("feminine", t.toks[k].l)) {
			// "A juicio del ministro, …", "Na avaliação da ministra, …":
			// the pattern's last word holds the article of the source.
			if m := a.parseNP(k, end, 0); m != nil && m.kind == kDesc {
				m.definite = true
				cu.right = m
			}
		}
		cu.hi = t.prefieldEnd(c, max(end, phraseEnd), s)
		if cu.right == nil || t.impersonalPlace(p, cu.right, from) {
			return nil
		}
		if m := cu.right; m.owner == nil && m.kind != kPerson && t.ruleNoun(m) {
			// "Laut Verfassung zieht der Rücktritt …", "laut aktuellem
			// Stand": a law or a rule, no source; the sentence is the
			// article's.
			return nil
		}
		if e := t.dateAfterSource(cu.right); e > cu.right.t0 {
			// "nach Angaben der Polizei vom Montag", "laut einer Studie
			// von 2020": the date is no part of the source's name (the
			// words still start after it).
			if m := a.parseNP(cu.right.t0, e, 0); m != nil {
				cu.right = m
			}
		}
		// "selon les chiffres de X", "according to data from X": the
		// owner is the source; not of a view ("para la investidura de
		// X, …" is a purpose, not X's view).
		view := len(p.After) > 0 && p.After[0] == ","
		if cu.right.kind == kDesc && cu.right.class == "unknown" && cu.right.owner != nil && !view {
			o := *cu.right.owner
			o.t1 = end
			cu.right = &o
		}
		// "Pour Lena Varga, économiste au Lakeside Freight Monitor, un
		// centre de recherche indépendant, l'impasse est totale": the
		// source's appositives are not its words.
		if cu.right.kind == kPerson || cu.right.kind == kName || cu.right.kind == kOrg {
			end = t.skipAppositives(max(end, phraseEnd), s)
			cu.hi = max(cu.hi, end) // (past a German prefield's date too: "Nach Schätzungen von Amnesty International vom 18. September 2018 liegt …")
		}
		// "Selon la fédération des banques, Febelfin, …": a body
		// described, then its name set off by commas; the name is the
		// source, and not part of the words.
		if m := cu.right; m.kind == kDesc && !m.plural && (m.class == "org" || m.class == "gov") && end+2 < s.t1 && t.toks[end].s == "," && t.toks[end].q < 0 {
			if e2 := t.npRight(end+1, s); e2 > end+1 && e2+1 < s.t1 && t.toks[e2].s == "," && t.toks[e2].q < 0 {
				if n := a.parseNP(end+1, e2, 0); n != nil && (n.kind == kOrg || n.kind == kName) {
					cu.right, end = n, e2
					cu.hi = max(cu.hi, t.prefieldEnd(c, e2, s))
				}
			}
		}
		// "Pour lui, …", "Para el presidente, …": only a person says
		// what they think.
		if view {
			titled := cu.right.kind == kDesc && !cu.right.plural && cu.right.headTok >= 0 && t.isTitleWord(cu.right.headTok)
			// "Pour les experts, …", "Pour ses opposants, …": a group of
			// speakers, where the phrase opens the sentence.
			group := cu.right.kind == kDesc && cu.right.plural && (cu.right.class == "people" || cu.right.class == "org") && t.afterConnectives(c, s) &&
				!t.unheardParticiple(cu.right)
			// "Para la Fiscalía, …", "Pour le gouvernement, …": a public body
			// described, where the phrase opens the sentence (not a company:
			// "Pour l'entreprise, la facture est salée" is the writer's).
			body := cu.right.kind == kDesc && !cu.right.plural && cu.right.definite && c == s.body &&
				(cu.right.class == "gov" || a.unionView(cu.right, i, c))
			// A name's or an organisation's view only where the phrase
			// opens the sentence or a clause ("Pour la CGT, …", "Mais
			// pour la CGT, …"), not inside a title ("le commissaire
			// européen pour le Commerce, X, …").
			opens := c == s.body || t.toks[c-1].s == "," || t.lx.Set("coord", t.toks[c-1].l) || t.lx.Set("adverbs", t.toks[c-1].l)
			if group && end < s.t1 && t.toks[end].s != "," {
				// "Para los analistas consultados por este diario, …",
				// "Pour les supporters rencontrés à la sortie du stade,
				// …": a participle's short phrase after the group, up to
				// the comma, says where they were heard.
				if e := t.participlePhraseEnd(end, s); e > end {
					end, cu.hi = e, e
				}
			}
			if end >= s.t1 || t.toks[end].s != "," || cu.right.kind != kPron && cu.right.kind != kPerson && !((cu.right.kind == kName || cu.right.kind == kOrg) && opens) && !titled && !group && !body {
				return nil
			}
			if !opens && cu.right.kind != kPron {
				// "solicita 12 años de prisión para el exalcalde Julián
				// Ortega, acusado de …": after a noun, whom the thing
				// is for, not a view.
				return nil
			}
		}
		return cu
	}
	// "Ihren Worten zufolge", "Seiner Ansicht nach": a possessive before
	// the pattern's noun stands for the source, a pronoun.
	if k := c - 1; len(p.After) > 1 && k >= s.body && t.out(k) && t.lx.Set("possessive", t.toks[k].l) && !t.askedFor(k, s) {
		cu.left = &mention{kind: kPron, head: t.toks[k].l, surface: t.toks[k].s, t0: k, t1: k + 1, headTok: k}
		cu.lo = k
		return cu
	}
	// "Ihm zufolge", "Ihr zufolge": a personal pronoun in the dative,
	// alone before the pattern, stands for the source.
	if k := c - 1; len(p.Before) == 0 && k >= s.body && t.out(k) && t.lx.Set("dativepronouns", t.toks[k].l) && (k == s.body || t.toks[k-1].kind != tWord) {
		cu.left = &mention{kind: kPron, head: t.toks[k].l, surface: t.toks[k].s, t0: k, t1: k + 1, headTok: k}
		cu.lo = k
		return cu
	}
	// "X zufolge": the source ends just before the pattern.
	if qn := a.quotedNameSubject(c-1, s); qn != nil && c-1 > s.body {
		cu.left, cu.lo = qn, qn.t0 // "Dem „Spiegel“ zufolge"
		return cu
	}
	st := t.npLeft(c-1, s)
	if st < 0 {
		return nil
	}
	for st < c-1 && t.toks[st].kind == tWord && !t.toks[st].cap && t.isPronounTok(st) && !t.lx.Set("determiners", t.toks[st].l) && t.lx.Set("determiners", t.toks[st+1].l) {
		// "… gab es dem Verband zufolge rund 40.000 …": a pronoun
		// before the source's article is the clause's, not the
		// source's, and stays in the words.
		st++
	}
	cu.left = a.parseNP(st, c, 0)
	cu.lo = st
	if cu.left == nil {
		return nil
	}
	return cu
}

// dateAfterSource returns where a preposition and a date inside the
// source's phrase m start ("Polizei vom Montag", "Studie von 2020",
// "WHO-Lageberichts vom 25", "vom 15.4.2020"), or -1. (Not "del 2022" of a Spanish
// name's year, "el calendario del 2022", which names the thing.)
func (t *text) dateAfterSource(m *mention) int {
	if !t.lx.NounCaps {
		return -1
	}
	for k := m.t0 + 1; k+1 < m.t1; k++ {
		if t.out(k) && !t.toks[k].cap && t.lx.Set("prep", t.toks[k].l) && (isTimeWord(t.lx, t.toks[k+1].l) || isDigits(t.toks[k+1].s) || numericDate(t.toks[k+1].s)) {
			return k
		}
	}
	return -1
}

// sourceAfterPhrase returns where the source of "según" and a reporting
// verb opens past a phrase at token k of where, how or to whom it spoke,
// a preposition and words of no verb ("a EL MUNDO varias fuentes", "en
// rueda de prensa la portavoz", "al final del encuentro el ministro",
// "en Bruselas el ministro"): the first determiner that is no preposition,
// or capitalised word, with no preposition, determiner or capitalised
// word right before it; or k when no phrase opens there or none follows.
func (t *text) sourceAfterPhrase(k int, s *sentence) int {
	lx := t.lx
	if k+2 >= s.t1 || t.toks[k].kind != tWord || !t.out(k) || t.toks[k].cap || !lx.Set("prep", t.toks[k].l) {
		return k
	}
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		tk, prev := &t.toks[j], &t.toks[j-1]
		if tk.kind != tWord || !t.out(j) {
			return k
		}
		if lx.Set("prep", prev.l) || lx.Set("determiners", prev.l) || prev.cap && tk.cap {
			continue
		}
		if tk.cap || lx.Set("determiners", tk.l) && !lx.Set("prep", tk.l) {
			return j
		}
		if t.isVerb(j) {
			return k
		}
	}
	return k
}

// docParticipleCut returns where the source's phrase from token from to
// end ends before a participle closing it after a document's author
// ("selon une étude de l'Inserm publiée mardi", "d'après un rapport de la
// Cour des comptes publié jeudi"): the author, not "Inserm publiée"; else
// end. (Not a name of its own: "Le Dauphiné libéré".)
func (t *text) docParticipleCut(from, end int, s *sentence) int {
	j := t.participleAfterName(from, end-1, s)
	if k := end - 1; j < 0 && k > from+1 && t.lx.Trait("docparticiple") && t.toks[k].kind == tWord && !t.toks[k].cap && t.endsIn("participleendings", t.toks[k].l, 2) {
		if v, ok := t.lx.Verbs[t.toks[k].l]; ok && v.Tags&lang.TagParticiple != 0 || t.lx.Set("publishverbs", t.toks[k].l) {
			j = k
		}
	}
	if j <= from {
		return end
	}
	for k := from + 1; k < j; k++ {
		if t.toks[k].kind == tWord && t.lx.Set("of", t.toks[k].l) {
			return j
		}
	}
	return end
}

// relativeSourceCue finds, in French, a source named right before a comma
// and "pour qui" or "selon lequel" whose clause ends sentence i, with no
// other cue: "Même tonalité chez Marie Lenoir, pour qui « rien n'est
// réglé »", "C'est aussi l'avis de l'économiste Jean Moreau, pour qui la
// réforme est inutile". The words after the pronoun are the source's.
func (rs *resolver) relativeSourceCue(i int) *cue {
	t := rs.t
	s := &t.sents[i]
	lx := t.lx
	if len(lx.Sets["relsources"]) == 0 {
		return nil
	}
	for k := s.body + 2; k+2 < s.t1; k++ {
		if t.toks[k-1].s != "," || !t.out(k) || !t.out(k+1) || !lx.Set("relsources", t.toks[k].l+" "+t.toks[k+1].l) {
			continue
		}
		for j := k + 2; j < s.t1; j++ {
			if t.toks[j].s == "," && j+1 < s.t1 && t.out(j+1) && t.isVerb(j+1) {
				return nil // "Jean Dupont, pour qui la réforme est « une erreur », plaide …": the verb's cue
			}
		}
		m := rs.nameBeforeComma(k-1, s, true)
		if m == nil {
			// "Jacques Rivière, conseiller municipal, pour qui …": the
			// name before a short description without a verb.
			c := k - 2
			for c > s.body && k-c < 9 && t.toks[c].s != "," && t.toks[c].kind == tWord && t.toks[c].q < 0 && !t.isVerb(c) {
				c--
			}
			if c <= s.body || c == k-2 || t.toks[c].s != "," {
				return nil
			}
			if m = rs.nameBeforeComma(c, s, true); m == nil || m.kind != kPerson {
				return nil
			}
		}
		return &cue{kind: cueAccording, sent: i, c: k, lo: s.body, hi: k + 2, right: m, verb: lang.Verb{Stance: "assert", Voice: "say"}}
	}
	return nil
}

// ruleNoun reports whether mention m is a law, a rule or the state of
// things ([set rulenouns]): "Verfassung", "aktuellem Stand", "Paragraf
// 29" (its number after it).
func (t *text) ruleNoun(m *mention) bool {
	k := m.t1 - 1
	if m.headTok > 0 {
		k = m.headTok
	}
	for k > m.t0 && isDigits(t.toks[k].s) {
		k--
	}
	return t.lx.Set("rulenouns", t.toks[k].b)
}

// spelledOutEnd returns the token after a bracket that opens at token k
// of sentence s and holds only a few capitalised words and the small
// words between them, no verb ("(Armée de libération nationale)",
// "(Confédération générale du travail)"): a name spelled out; or k.
func (t *text) spelledOutEnd(k int, s *sentence) int {
	if k+2 >= s.t1 || t.toks[k].s != "(" || !t.out(k+1) || !t.toks[k+1].cap {
		return k
	}
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		tk := &t.toks[j]
		switch {
		case tk.s == ")":
			return j + 1
		case tk.s == "-" || tk.s == "'" || tk.s == "’":
		case !t.out(j) || t.isVerb(j):
			return k
		}
	}
	return k
}
