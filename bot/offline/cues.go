package offline

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 2, part two: reporting cues and the noun phrases around them.
// A cue is a reporting-verb group ("said", "has denied", "a déclaré",
// "hat … mitgeteilt", "dijo"), an "according to" phrase, a participle
// after a comma (", saying …") or a speaker tag before a colon. Stage 2
// records where each cue is and reads the noun phrases that could be its
// speaker; stage 4 decides which cue attributes which words.

// Cue kinds.
const (
	cueVerb      = iota // a finite reporting verb (or auxiliary + participle)
	cuePassive          // a passive reporting verb with an agent ("was condemned by X")
	cueAccording        // "according to X", "selon X", "X zufolge"
	cueGerund           // ", saying …", ", estimant que …"
	cueColon            // "X: « … »"
)

// cue is one reporting cue with its candidate speakers.
type cue struct {
	kind int
	sent int
	c    int // the verb token, or the first token of the phrase
	lo   int // first token of the verb group or phrase
	hi   int // token after it
	verb lang.Verb
	// left is the noun phrase ending just before the group (the subject
	// in "X said"), right the one starting just after it ("…," said X;
	// "according to X"). Either may be nil.
	left, right *mention
	// appos is a phrase in apposition to left ("X, a spokesman for Y,
	// said").
	appos *mention
	// also is a second source joined to right by "and" after "according
	// to" ("según el sindicato y la empresa", ", so X und Y.").
	also *mention
	// alsoDash is set when also is the second of two people named
	// as examples of a group ("Others, like X and Y, said") or
	// between dashes after a verb's subject ("das Paar – X und Y –").
	alsoDash bool
	// invPron is set when the right phrase is a clitic pronoun written
	// onto the verb ("a-t-il déclaré").
	invPron bool
	// leftStartsAtBoundary is set when left starts a clause.
	leftAtBoundary bool
	// dropped is set for a verb whose subject the language left out.
	dropped bool
	// inQuote is set for an attribution set inside the quotation it
	// interrupts ("«…, affirme-t-elle. …»").
	inQuote bool
	// relay is who passed on a dropped subject's words ("…», ha añadido
	// en comentarios recogidos por la prensa").
	relay *mention
	// doc is set for a gerund right after a document ("issued a
	// statement saying …").
	doc bool
	// relEnd, when above zero, is the comma that closes the relative
	// clause the verb stands in, its subject the antecedent ("Reed, who
	// said he would go, did not …"): the words end there.
	relEnd int
	// sign is set for a dash and a name that sign the quotation before
	// them ("“…” ― Sonya Herridge").
	sign bool
	// viewRel is set on an according-to cue of a relative clause of a
	// view after a name ("Elthon Rivera, para quien …"): its words are
	// the clause, up to relEnd when the main verb follows.
	viewRel bool
	// claimNoun is set on an according-to cue of a noun of a claim
	// owned by a name ("Reed's claim that …"): its words are the clause
	// after "that", up to relEnd.
	claimNoun bool
	// reduced is set for a passive participle after its noun, without
	// an auxiliary ("unas elecciones denunciadas por la oposición"):
	// lo is where the noun phrase starts.
	reduced bool
	// mid is set when right is the subject between an auxiliary and
	// the participle at c ("Am Montag hat der Minister gesagt").
	mid bool
	// fronted is set when the phrase opening the sentence before the
	// verb is its object, the subject a pronoun after it ("Die Kosten
	// bezifferte er auf …").
	fronted bool
	// group is the group of people a partitive subject is one of ("“…,”
	// one of them said" after "Several shop owners said …"): it
	// speaks.
	group *entity
	// refusal is set on a German verb of saying negated in its clause's
	// middle ("äußerte sich zunächst nicht", "wollte sich nicht
	// äußern"): words holds the tokens [lo, hi) of what it is about
	// ("kommentierte den Bericht nicht", "wollte sich zu Details nicht
	// äußern"), or -1s; keep is set when its words are those after it
	// instead ("wollte nicht sagen, ob …").
	refusal, keep bool
	words         [2]int
	// clause is set when words are a clause the refusal is about
	// ("äußerte sich nicht dazu, wann …", "Ob die Koalition hält,
	// wollte Lindner nicht sagen").
	clause bool
	// joinedTo, when above zero, is the first token of the gerund set
	// off by a comma that the gerund at c is joined to by "and"
	// ("…, declaring a war on waste and telling Americans that …"):
	// the subject is read before it.
	joinedTo int
	// aside, when above zero, is the comma after the subject that opens
	// the sentence before the preposition of a gerund set off by commas
	// ("Reed, after initially saying he would not run, entered …"): the
	// subject's words, up to relEnd.
	aside int
	// othersTail is set when left was read before "and others" or "and
	// other" and a group ("Tom Reed and other Democrats said"): the
	// others are left unnamed, and a comma before left joins a list of
	// those named ("Tom Reed, Ana Ruiz and others said").
	othersTail bool
}

// findCues finds the reporting cues of sentence i.
func (a *analysis) findCues(i int) []*cue {
	t := a.t
	s := &t.sents[i]
	var out []*cue
	for c := s.body; c < s.t1; c++ {
		if cu := a.signCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		if !t.out(c) && !t.quotedPredicate(c, s) {
			continue
		}
		tk := &t.toks[c]
		if cu := a.ownSourceCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		if cu := t.thusDocCue(i, c); cu != nil {
			out = append(out, cu)
			continue
		}
		if cu := a.viewRelCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		if cu := a.claimNounCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		if p, n := t.according(c, s); n > 0 {
			if cu := a.accordingCue(i, c, n, p); cu != nil {
				out = append(out, cu)
			}
			c += n - 1
			continue
		}
		if cu := a.anonymousDocCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		if cu := a.inPollCue(i, c); cu != nil {
			out = append(out, cu)
			c = cu.hi - 1
			continue
		}
		v, ok := t.verbAt(c, s)
		if !ok {
			continue
		}
		if tk.cap && c != s.body && t.midCap[tk.b] {
			continue // a name ("Said", "Claims")
		}
		if c+1 < s.t1 && t.out(c+1) && t.lx.Set("nouncompounds", tk.l+" "+t.toks[c+1].l) {
			continue // a noun of two words: "talk radio host Tom Reed said"
		}
		if c > s.body && t.out(c-1) && t.lx.Set("of", t.toks[c-1].l) && !t.lx.Set("determiners", t.toks[c-1].l) && v.Tags&(lang.TagGerund|lang.TagParticiple) == 0 && t.lx.Trait("zeroderivation") {
			continue // a noun after "of": "the secretary of state", "a statement of support"
		}
		if v.Noun && c > s.body && (!t.isVerb(c) || t.afterArticle(c, s)) {
			continue // a noun: "a wake-up call", "the “disheartened” state", "in a Medium post"
		}
		if v.Noun && c > s.body && v.Tags&lang.TagBase == 0 && !t.lx.Trait("zeroderivation") && t.nounAfterPrep(c, s) {
			continue // a noun after "à", which takes no finite verb: "Elle vit à double titre la mobilisation"
		}
		if c > s.body && t.lx.Trait("zeroderivation") && v.Tags&(lang.TagGerund|lang.TagParticiple) == 0 && !(irregularPast(tk.l, v) && !t.lx.Set("indefinite", t.toks[c-1].l)) && t.afterIndefinite(c, s) {
			continue // a noun, whatever verb shares its form: "a notably large recall involves …"
		}
		if c > s.body && t.lx.Trait("zeroderivation") && v.Tags&(lang.TagGerund|lang.TagParticiple) == 0 && t.afterPossessive(c, s) {
			continue // "… and its increasingly maniacal appeals to …": a noun after an owner's words
		}
		if a.modifiesTitle(c, v, s) {
			continue // "John Carter and state senator David Kim"
		}
		switch {
		case v.Position && v.Tags&(lang.TagFinite|lang.TagParticiple) == 0:
			// A stand's gerund only after its auxiliary: "is pushing
			// for", not ", backing the plan".
			if v.Tags&lang.TagGerund != 0 && t.progressive(c, s) {
				if cu := a.verbCue(i, c, v, false); cu != nil {
					out = append(out, cu)
				}
			}
		case v.Tags&lang.TagFinite != 0:
			if cu := a.verbCue(i, c, v, false); cu != nil {
				out = append(out, cu)
			}
		case v.Tags&lang.TagParticiple != 0:
			if cu := a.verbCue(i, c, v, true); cu != nil {
				out = append(out, cu)
			}
		case v.Tags&lang.TagGerund != 0 && c-1 > s.body && t.toks[c-1].poss && t.toks[c-1].q < 0 && t.lx.Trait("saxongenitive"):
			// "Reed's warning that the bridge could collapse went
			// unheeded": a gerund after its owner in the Saxon genitive
			// is a noun, no verb of that owner as subject ("Tom Reed's"
			// warns nothing, and the clause runs on into the
			// sentence's own verb).
		case v.Tags&lang.TagGerund != 0:
			// (Also after a comma inside a closing quotation mark: "a
			// defense of “town values,” saying …"; and past an adverb:
			// ", eventually saying …", "after initially saying …", not
			// for a view: ", even considering whether …"; or two:
			// ", instead only saying …".)
			p := c
			if p-2 > s.body && t.out(p-1) && t.lx.Set("refl", t.toks[p-1].l) && t.toks[p-2].s == "," && !t.lx.Set("reflnonspeech", tk.l) {
				p-- // "…, se disant satisfait de …", "…, s'indignant que …": the reflexive pronoun before the gerund
			}
			lo := c
			if p < c && t.lx.Set("refl", t.toks[p].l) {
				lo = p
			}
			for n := 0; n < 2 && p-1 > s.body && !v.Opinion && (t.adverbAt(p-1, s) || t.adverbForm(p-1) || t.lx.Set("gerundadverbs", t.toks[p-1].l)); n++ {
				p--
			}
			if p-1 >= s.t0 && (t.toks[p-1].s == "," || isDash(t.toks[p-1].s) ||
				t.toks[p-1].kind == tQClose && p-2 >= s.t0 && t.toks[p-2].s == ",") {
				if v.Refl && lo == c {
					continue // ", indignant les élus": not "s'indignant"
				}
				out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: lo, hi: t.afterParticle(c, v, s.t1), verb: v})
			} else if t.docBefore(c, s) || p-1 > s.body && t.lx.Set("gerundpreps", t.toks[p-1].l) && t.out(p-1) && (t.toks[p-2].kind == tWord || t.toks[p-2].s == ",") && !t.lx.Set("coord", t.toks[p-2].l) {
				// (Also "responded by saying …", "drew boos upon saying
				// …": the subject of the verb before.)
				cu := &cue{kind: cueGerund, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v, doc: true}
				if p-2 > s.body && t.toks[p-2].s == "," && t.npRight(s.body, s) == p-2 {
					// "Reed, after initially saying he would not run,
					// entered the race": an aside after the subject that
					// opens the sentence, closed by a comma before the
					// main verb; the subject's words, up to that comma.
					// (Not before a verb of saying, whose words the
					// aside's would take.)
					if e := t.relClauseClose(cu.hi, s); e > 0 && !t.reportingVerbAt(e+1) {
						cu.aside, cu.relEnd = p-2, e
					}
				}
				out = append(out, cu)
			} else if j := t.joinedGerund(p, s); j > 0 && !v.Opinion {
				// "…, declaring a war on waste and telling Americans that
				// …": a gerund joined by "and" to a gerund set off by a
				// comma goes on with that gerund's subject.
				out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: lo, hi: t.afterParticle(c, v, s.t1), verb: v, joinedTo: j})
			} else if t.gerundAfterVerb(c, v, s) {
				// "El embajador, Yang Wanming, reaccionó diciendo que
				// …": a gerund of saying right after the main verb, its
				// clause after it; the subject of the main verb.
				out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v})
			} else if !v.Opinion && t.writtenTo(p, s) {
				// "wrote to the minister urging him to …", "sent a letter
				// to the embassy asking …": the writer's.
				out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v, doc: true})
			} else if c-2 > s.body && t.lx.Set("quotedas", t.toks[c-2].l+" "+t.toks[c-1].l) && t.out(c-1) {
				// "was quoted as saying …": the subject's words.
				if cu := a.verbCue(i, c, v, false); cu != nil {
					out = append(out, cu)
				}
			} else if (!v.Opinion || v.Weak && !v.Position && c+1 < s.t1 && (t.lx.Set("comp", t.toks[c+1].l) || t.bareClause(c+1, s)) && !t.openedBySet("subord", c, s)) && t.progressive(c, s) && (!t.goingOn(c, s) || c+1 < s.t1 && (t.lx.Set("comp", t.toks[c+1].l) || t.toks[c+1].kind == tQOpen)) {
				// "is saying", "has been telling voters that …", a view
				// with its clause only ("is hoping the airport will
				// reopen", not "is expecting a baby", nor in a clause of
				// reason or time: "…, because Republicans are hoping
				// Trump will win", the writer's account); after a
				// verb of going on only with its clause or quotation
				// ("sigue denunciando que …", not "sigue amenazando con
				// …", which would leave a wordless speaker for the next
				// quotation).
				if cu := a.verbCue(i, c, v, false); cu != nil {
					out = append(out, cu)
				}
			} else if cu := a.absoluteQuantity(i, c, v); cu != nil {
				out = append(out, cu)
			} else if cu := a.absoluteCue(i, c, v); cu != nil {
				out = append(out, cu)
			}
		case v.Tags&lang.TagBase != 0 && !v.Opinion && c-1 > s.body && t.out(c-1) && t.lx.Set("infinitivepreps", t.toks[c-1].l) && t.toks[c-2].kind == tWord:
			// "fue contundente al señalar que …": an infinitive after
			// "al" goes on with the subject of the verb before, as a
			// gerund does.
			out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v})
		case v.Tags&lang.TagBase != 0 && v.Refusal && t.lx.VerbSecond:
			// "wollte keinen Kommentar abgeben": after a modal of
			// refusal.
			if cu := a.verbCue(i, c, v, false); cu != nil {
				out = append(out, cu)
			}
		case v.Tags&lang.TagBase != 0 && t.letVerb(c, s) >= 0:
			// "ließ verlauten, …": an infinitive after a verb of letting.
			if cu := a.verbCue(i, c, v, false); cu != nil {
				out = append(out, cu)
			}
		case v.Tags&lang.TagBase != 0 && c-2 >= s.body && t.out(c-2) && t.lx.Set("infgoeson", t.toks[c-2].l+" "+t.toks[c-1].l):
			hi := t.afterParticle(c, v, s.t1)
			switch {
			case c-2 == s.body:
				// "Et d'ajouter : « … »": the last speaker goes on.
				out = append(out, &cue{kind: cueVerb, sent: i, c: c, lo: s.body, hi: hi, verb: v, dropped: true})
			case t.toks[c-3].s == "," || t.toks[c-3].kind == tWord && !t.lx.Set("coord", t.toks[c-3].l):
				// "…, avant d'ajouter : « … »": as a participle, the
				// speaker of the clause before goes on.
				out = append(out, &cue{kind: cueGerund, sent: i, c: c, lo: c - 2, hi: hi, verb: v})
			}
		case v.Tags&lang.TagBase != 0 && a.namedInfgoeson(c, s) != nil:
			// "Et l'avocat de la défense de lui répliquer : « … »": the
			// phrase between names the speaker.
			m := a.namedInfgoeson(c, s)
			out = append(out, &cue{kind: cueVerb, sent: i, c: c, lo: m.t1, hi: t.afterParticle(c, v, s.t1), verb: v, left: m, leftAtBoundary: true})
		case v.Tags&lang.TagBase != 0 && c-2 >= s.body && (t.lx.Set("inf", t.toks[c-1].l) || t.goesOnVerb(c-1, s) >= 0 || t.lx.Set("negatedgoeson", t.toks[c-2].l+" "+t.toks[c-1].l)) &&
			(t.goesOnVerb(c-1, s) >= 0 || t.lx.Set("negatedgoeson", t.toks[c-2].l+" "+t.toks[c-1].l) ||
				t.lx.Set("inf", t.toks[c-1].l) && t.tookTo(c-1, s) >= 0 ||
				c-3 >= s.body && t.lx.Set("negation", t.toks[c-2].l) && t.lx.Set("negatedgoeson", t.toks[c-3].l+" "+t.toks[c-1].l)):
			// (The pair's preposition may be one of no other infinitive:
			// "fue enfático en señalar que …".)
			// "a tenu à rappeler que …": an infinitive after a verb
			// that leaves it reporting (also past the verb's object:
			// "aprovechó la ocasión para denunciar …").
			if cu := a.verbCue(i, c, v, false); cu != nil {
				out = append(out, cu)
			}
		}
	}
	for _, cu := range out {
		if t.timeBeforeVerb(cu, s) {
			// "Kurz darauf erklärte er …", "Zwei Jahre zuvor sagte er
			// …": a phrase of time before the verb, the subject after
			// (read as after a time word: "Später sagte er …").
			cu.left, cu.appos, cu.leftAtBoundary, cu.lo = nil, nil, false, s.body
		}
	}
	out = a.positionCues(out, i)
	if cu := a.colonCue(i); cu != nil {
		out = append(out, cu)
	} else if len(out) == 0 || t.asideCuesOnly(out, i) {
		if cu := a.colonClauseCue(i); cu != nil {
			out = append(out, cu)
		} else if cu := a.colonLabelCue(i); cu != nil {
			out = append(out, cu)
		} else if cu := a.relativeSourceCue(i); cu != nil && len(out) == 0 {
			out = append(out, cu)
		}
	}
	out = append(out, a.inciseCues(i, out)...)
	if len(out) == 0 {
		if cu := a.citationCue(i); cu != nil {
			out = append(out, cu)
		}
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].c < out[y].c })
	return out
}

// citationCue reads a citation in parentheses that ends sentence i, a
// body's or a person's name and a year ("… by 0.1°C (Copernicus Climate
// Change Service, 2023)."), in a sentence with no other cue: the words
// before it are the cited source's, as with "according to".
func (rs *resolver) citationCue(i int) *cue {
	t := rs.t
	s := &t.sents[i]
	end := s.t1 - 1
	for end > s.body && t.toks[end].kind == tPunct && t.toks[end].s != ")" {
		end--
	}
	if end-4 <= s.body || t.toks[end].s != ")" {
		return nil
	}
	year := t.toks[end-1].s
	if len(year) != 4 || !isDigits(year) || (year[:2] != "19" && year[:2] != "20") || t.toks[end-2].s != "," {
		return nil
	}
	open := end - 3
	for open > s.body && end-open <= 10 && t.toks[open].s != "(" {
		if !t.out(open) {
			return nil
		}
		open--
	}
	if t.toks[open].s != "(" || open-1 <= s.body || open+1 >= end-2 || !t.toks[open+1].cap {
		return nil
	}
	m := rs.parseNP(open+1, end-2, 0)
	if m == nil || m.kind != kOrg && m.kind != kPerson && m.kind != kName {
		return nil
	}
	return &cue{kind: cueAccording, sent: i, c: open + 1, lo: open, hi: end + 1, right: m, verb: lang.Verb{Stance: "assert", Voice: "say"}}
}

// namedInfgoeson returns the phrase of someone named or described
// between the two words of an infgoeson pair before the reporting
// infinitive at c, which opens sentence s with the first word and ends
// with the second and perhaps a clitic ("Et le président de rétorquer :
// « … »", "Et l'avocat de la défense de lui répliquer : « … »"), when
// its words open with a colon or a quotation mark; or nil.
func (rs *resolver) namedInfgoeson(c int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	k := c - 1
	if k > s.body && lx.Set("clitics", t.toks[k].l) && t.out(k) {
		k--
	}
	if k-1 <= s.body+1 || !t.out(k) || !t.out(s.body) || c+1 >= s.t1 {
		return nil
	}
	if n := t.afterParticle(c, lx.Verbs[t.toks[c].l], s.t1); n >= s.t1 || t.toks[n].s != ":" && t.toks[n].kind != tQOpen {
		return nil
	}
	if !lx.Set("infgoeson", t.toks[s.body].l+" "+t.toks[k].l) {
		return nil
	}
	for j := s.body + 1; j < k; j++ {
		if !t.out(j) || t.toks[j].kind != tWord || t.isVerb(j) || lx.Set("aux", t.toks[j].l) {
			return nil
		}
	}
	m := rs.parseNP(s.body+1, k, 0)
	if m == nil || m.kind != kPerson && m.kind != kOrg && m.kind != kName && !(m.kind == kDesc && (m.class == "people" || m.class == "spokes" || m.class == "org" || m.class == "gov")) {
		return nil
	}
	return m
}

// followedBy reports whether the words at k spell phrase.
func (t *text) followedBy(k, hi int, phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if k >= hi || t.toks[k].l != w {
			return false
		}
		k++
	}
	return true
}

// particleAt returns the token after a verb's particle phrase that
// starts at token k, behind up to two adverbs ("met toutefois en
// garde"), or -1 when it is not there.
func (t *text) particleAt(k, hi int, phrase string) int {
	if _, pron := t.lx.Pronouns[t.toks[min(k, len(t.toks)-1)].l]; pron && t.lx.VerbSecond && k+1 < hi && !t.toks[k].cap &&
		t.lx.Set("refl", strings.Fields(phrase)[0]) && t.followedBy(k+1, hi, phrase) {
		k++ // the subject pronoun after the verb of a clause that opens with another phrase: "Dennoch wünscht er sich, …"
	}
	for n := 0; n < 2 && k < hi && t.toks[k].kind == tWord && !t.toks[k].cap && t.lx.Set("adverbs", t.toks[k].l); n++ {
		if t.followedBy(k, hi, phrase) {
			break
		}
		k++
	}
	if !t.followedBy(k, hi, phrase) {
		return t.describedNoun(k, hi, phrase)
	}
	if e := k + len(strings.Fields(phrase)); !t.relativeAfterNoun(e, hi, phrase) {
		return e
	}
	return -1
}

// nounParticleMatter reports whether cue cu is a verb whose particle
// closes with a noun of [set nounparticles] and a preposition follows
// it: "…, Reed made a claim about the vault" tells the matter of the
// claim, and the words before the comma are not the claim.
func (t *text) nounParticleMatter(cu *cue, s *sentence) bool {
	f := strings.Fields(cu.verb.Particle)
	return len(f) > 0 && t.lx.Set("nounparticles", f[len(f)-1]) && cu.hi < s.t1 && t.toks[cu.hi].kind == tWord && t.out(cu.hi) && t.lx.Set("prep", t.toks[cu.hi].l)
}

// relativeAfterNoun reports whether the particle phrase that ends at
// token e closes with a noun of [set nounparticles] that a relative
// clause follows: "that" and a verb ("made the claim that drew
// criticism": the claim's words are not told).
func (t *text) relativeAfterNoun(e, hi int, phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) == 2 && t.lx.Set("nounparticles", f[1]) && e+1 < hi && t.toks[e].kind == tWord && t.toks[e].q < 0 &&
		t.lx.Set("comp", t.toks[e].l) && t.toks[e+1].kind == tWord && !t.toks[e+1].cap && t.startsVerb(e+1, int(t.toks[e+1].sent))
}

// describedNoun returns the token after a particle phrase of a definite
// article and a noun of [set nounparticles] ("the claim") found with
// another article, a possessive or none, and at most two words that
// describe the noun: "made a strong claim …", "made his claim …", "made
// similarly bigoted charges …". Not after a negation ("made no claim":
// "no" is none of those), nor across a name, a quotation, a number or a
// word of grammar. It returns -1 when they are not there.
func (t *text) describedNoun(k, hi int, phrase string) int {
	lx := t.lx
	f := strings.Fields(phrase)
	if len(f) != 2 || !lx.Set("definite", f[0]) || !lx.Set("nounparticles", f[1]) {
		return -1
	}
	j := k
	if j < hi && t.toks[j].kind == tWord && !t.toks[j].cap && t.toks[j].q < 0 &&
		(lx.Set("definite", t.toks[j].l) || lx.Set("indefinite", t.toks[j].l) || lx.Set("possessive", t.toks[j].l)) {
		j++
	}
	for n := 0; n < 2 && j < hi && t.toks[j].l != f[1]; n++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.cap || tk.q >= 0 || isDigits(tk.s) || lx.Set("determiners", tk.l) || lx.Set("negation", tk.l) ||
			lx.Set("prep", tk.l) || lx.Set("of", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) || lx.Set("coord", tk.l) ||
			lx.Set("aux", tk.l) || lx.Set("passive", tk.l) || lx.Set("modal", tk.l) {
			return -1
		}
		j++
	}
	if j == k || j >= hi || t.toks[j].kind != tWord || t.toks[j].q >= 0 || t.toks[j].l != f[1] || t.relativeAfterNoun(j+1, hi, phrase) {
		return -1
	}
	return j + 1
}

// onlyRestrictive reports whether the negation words among tokens
// [lo, hi) are all of [set restrictneg], the word that with "que" after
// the verb restricts rather than negates (French "ne … que").
func (t *text) onlyRestrictive(lo, hi int) bool {
	n := 0
	for k := lo; k < hi; k++ {
		if l := t.toks[k].l; t.lx.Set("negation", l) {
			if !t.lx.Set("restrictneg", l) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// negate gives the cue of v, negated, the voice of its negation and no
// stance. A negated verb of saying tells what was not said ("did not
// respond to requests for comment", "would not comment"): its words
// need not be a clause, and may be few, as a refusal's.
func (cu *cue) negate(v lang.Verb) {
	cu.verb.Voice, cu.verb.Stance, cu.verb.NegVoice = v.NegVoice, "other", ""
	cu.verb.Weak, cu.verb.Refusal = false, true
}

// pronBeforeRefl reports whether a verb at c whose particle opens with a
// reflexive pronoun has a personal pronoun between them, in a
// verb-second language: its subject ("wünscht er sich").
func (t *text) pronBeforeRefl(c int, v lang.Verb, s *sentence) bool {
	if !t.lx.VerbSecond || v.Particle == "" || c+2 >= s.t1 || t.toks[c+1].cap || !t.lx.Set("refl", strings.Fields(v.Particle)[0]) || !t.lx.Set("refl", t.toks[c+2].l) {
		return false
	}
	_, pron := t.lx.Pronouns[t.toks[c+1].l]
	return pron
}

// afterParticle returns the token after a verb at c and its particle.
func (t *text) afterParticle(c int, v lang.Verb, hi int) int {
	n := c + 1
	if v.Particle != "" {
		if e := t.particleAt(c+1, hi, v.Particle); e >= 0 {
			return min(e, hi)
		}
		if !t.frontedParticle(c, v) {
			n += len(strings.Fields(v.Particle))
		}
	}
	return min(n, hi)
}

// frontedParticle reports whether the words of verb v's particle, ending
// in a noun (maybe after its adjective), open the sentence right before
// the verb at c, in a verb-second language: the object put first, the
// subject after the verb ("Kritik übte der Bürgermeister an dem Plan",
// "Deutliche Kritik übte …").
func (t *text) frontedParticle(c int, v lang.Verb) bool {
	if !t.lx.VerbSecond || v.Particle == "" {
		return false
	}
	s := &t.sents[t.toks[c].sent]
	return c-len(strings.Fields(v.Particle)) == s.body && c > s.body && t.toks[c-1].cap && !t.lx.Set("adverbs", t.toks[c-1].l) && !t.lx.Set("clause", t.toks[c-1].l) && t.followedBy(s.body, c, v.Particle)
}

// verbGroup is what the words before a reporting verb tell of it:
// where its group opens (lo), and whether an auxiliary, a passive, a
// reflexive pronoun, a negation, a modal of refusal or a copula stand
// there; inv is a clitic pronoun between auxiliary and participle ("a-t-il
// déclaré") and groupNeg the negation that belongs to a verb of going on
// ("ne cesse de répéter"), each -1 when there is none.
type verbGroup struct {
	lo                                            int
	aux, passive, refl, negated, refusing, copula bool
	inv, groupNeg                                 int
}

// groupBefore reads the words before the reporting verb v at c in
// sentence s, back to the first that is no part of its group:
// auxiliaries, modals, negation, adverbs, times, a reflexive pronoun, a
// verb of going on. participle is set when the form at c needs an
// auxiliary. It returns false when the group reports no speech: a modal
// ("could say"), an infinitive ("to say"), a negation the verb has no
// voice for, a verb of stopping ("a cessé de dire").
func (t *text) groupBefore(c int, v lang.Verb, participle bool, s *sentence) (verbGroup, bool) {
	lx := t.lx
	aux, passive, refl, negated, refusing, copula := false, false, false, false, false, false
	inv := -1           // a clitic pronoun between auxiliary and participle: "a-t-il déclaré"
	negGoesOn := false  // a verb that leaves the infinitive reporting only negated, its negation yet to be seen
	restricted := false // an adverb that restricts the words, after the verb's modal: "would only say"
	groupNeg := -1      // that negation's token
	j := c - 1
	if participle && j > s.body && t.toks[j].s == "," {
		// "L'Union a, elle, demandé …", "a, pour sa part, estimé": a
		// short aside between the auxiliary and the participle.
		if k := t.asideBefore(j, s); k > s.body && lx.Set("aux", t.toks[k-1].l) {
			j = k - 1
		}
	}
	for ; j >= s.body && t.out(j); j-- {
		l := t.toks[j].l
		if t.toks[j].cap && t.midCap[t.toks[j].b] && (lx.Set("modal", l) || lx.Set("aux", l) || lx.Set("negation", l)) {
			break // a name, not a modal: "Will urged", "May said"
		}
		if k := t.asideStart(j, s); k >= 0 {
			j = k // "a quant à lui estimé", "a pour sa part déclaré"
			continue
		}
		switch {
		case t.invertedPron(j):
			inv = j
			continue
		case lx.Set("negation", l) && negGoesOn:
			negGoesOn, groupNeg = false, j // "ne cesse de répéter": the negation is the group's
			continue
		case lx.Set("negation", l) && groupNeg >= 0:
			continue // "n'a pas manqué de souligner": both words of the group's negation
		case lx.Set("negation", l):
			if v.NegVoice == "" || lx.Set("negmodals", l) {
				return verbGroup{}, false // (not "cannot say", "couldn't say": they tell no refusal)
			}
			negated = true
			refusing = refusing || lx.Set("refusalmodals", l) // "wouldn't say", "won't comment": modal and negation in one word
			continue
		case lx.Set("restrictadverbs", l) && !t.toks[j].cap && !negated:
			restricted = true
			continue
		case lx.Set("modal", l) && restricted && !negated && lx.Set("refusalmodals", l):
			continue // "would only say that …": what little was said, said
		case lx.Set("modal", l) && negated && lx.Set("refusalmodals", l):
			refusing = true
			continue // "would not comment", "will not say" (not "could not say")
		case lx.Set("modal", l):
			return verbGroup{}, false
		case j == c-1 && j-2 >= s.body && lx.Set("quotedas", t.toks[j-1].l+" "+l) && (lx.Set("aux", t.toks[j-2].l) || lx.Set("passive", t.toks[j-2].l)):
			j-- // "was quoted as saying": the subject of "was" said it
			continue
		case lx.Set("inf", l) && j == c-1 && j-2 >= s.body && lx.Set("goeson", t.toks[j-2].l+" "+t.toks[j-1].l):
			j -= 2 // "went on to say": the verb of the group, reporting
			continue
		case j == c-1 && j-2 >= s.body && lx.Set("goeson", t.toks[j-1].l+" "+l) && t.out(j-2) && (lx.Set("passive", t.toks[j-2].l) && !t.isVerb(j-1) ||
			j-3 >= s.body && lx.Set("adverbs", t.toks[j-2].l) && lx.Set("passive", t.toks[j-3].l) && t.out(j-3)):
			j -= 2 // "was quick to point out", "were careful to note", "was then forced to deny": the copula of the group
			if !lx.Set("passive", t.toks[j].l) {
				j-- // (past the adverb)
			}
			continue
		case j == c-1 && t.goesOnVerb(j, s) >= 0:
			// (The pair's preposition may be one of no other infinitive,
			// its verb's reflexive pronoun joined to it: "se apressaram
			// em negar", "apressaram-se em negar".)
			j = t.goesOnVerb(j, s) // "a tenu à rappeler", "s'est empressé de démentir"
			if gv, ok := t.verbAt(j, s); ok && gv.Tags&lang.TagGerund != 0 && j-1 >= s.body && t.out(j-1) && (lx.Set("passive", t.toks[j-1].l) || lx.Set("progressiveaux", t.toks[j-1].l)) {
				j-- // "is continuing to insist": the progressive's auxiliary
				aux = true
			}
			continue
		case j == c-1 && j-1 >= s.body && lx.Set("negatedgoeson", t.toks[j-1].l+" "+l):
			j-- // "ne cesse de répéter", "no deja de insistir": only negated
			negGoesOn = true
			continue
		case j == c-1 && j-2 >= s.body && lx.Set("negation", t.toks[j-1].l) && lx.Set("negatedgoeson", t.toks[j-2].l+" "+l) && t.out(j-1):
			j -= 2 // "ne manque pas de rappeler", "n'hésite pas à dénoncer": the negation, the group's, after the verb
			groupNeg = j + 1
			continue
		case lx.Set("inf", l) && j == c-1 && t.tookTo(j, s) >= 0:
			j = t.tookTo(j, s) // "took to Twitter to say": the verb of the group, reporting
			continue
		case lx.Set("inf", l) && j == c-1:
			return verbGroup{}, false // "to say", "de dire", "zu sagen"
		case lx.Set("aux", l):
			aux = true
			continue
		case lx.Set("passive", l) && j > s.body && lx.Set("refl", t.toks[j-1].l):
			aux, refl = true, true // "s'est dit", "se sont déclarés"
			continue
		case (lx.Set("passive", l) || lx.Set("progressiveaux", l)) && v.Tags&lang.TagGerund != 0 && v.Tags&(lang.TagFinite|lang.TagParticiple) == 0:
			aux = true // "is saying", "has been telling", "sigue denunciando"
			continue
		case v.Stative && (lx.Set("passive", l) || lx.Set("copulas", l)):
			copula, aux = true, true // "Experts are concerned that …", "remain convinced that …"
			continue
		case lx.Set("passive", l) && v.Tags&lang.TagParticiple != 0 && lx.Set("passivegerunds", l) && j-1 >= s.body && t.out(j-1) && t.isVerb(j-1) &&
			!lx.Set("passive", t.toks[j-1].l) && !lx.Set("aux", t.toks[j-1].l):
			return verbGroup{}, false // "Ellison recalled being told by a professor that …": the passive is what the verb before reports
		case lx.Set("passive", l) && v.Tags&lang.TagParticiple != 0:
			passive = true // "was condemned by X" (a form that is also finite)
			continue
		case lx.Set("refl", l) && j == c-1 && lx.Set("reflnonspeech", t.toks[c].l) && !v.Refl:
			return verbGroup{}, false // "ele se destaca": he stands out, says nothing
		case lx.Set("refl", l):
			refl = true
			continue
		case lx.Set("adverbs", l) && t.loneDemonstrative(j) && !isTimeWord(lx, t.toks[j+1].l):
			// ("…, este indicó que …": a demonstrative standing alone,
			// the subject; "este lunes" is a time.)
		case lx.Set("adverbs", l) && !t.toks[j].cap, isTimeWord(lx, l), t.adverbForm(j):
			continue
		case lx.Set("floating", l) && !t.toks[j].cap && j-1 >= s.body && t.toks[j-1].kind == tWord && t.out(j-1):
			continue // "Apple and Meta both declined", "the three firms all said"
		case lx.Set("sinceadverb", l) && j == c-1 && j-1 >= s.body && lx.Set("aux", t.toks[j-1].l):
			continue // "have since claimed"
		case lx.Set("prep", l) && j+1 < c && isTimeWord(lx, t.toks[j+1].l):
			continue // "Clinton on Tuesday said"
		case isDigits(l) && j-1 >= s.body && lx.Months[t.toks[j-1].l] > 0 && t.out(j-1):
			continue // the day of "Reed on June 21 said"
		case j+1 < c && isTimeWord(lx, t.toks[j+1].l) && !t.toks[j].cap && (lx.Set("quantifiers", l) || lx.Set("indefinite", l) || isDigits(l)):
			// "The State Department two weeks ago said", "a month ago"
			// (and "less than two weeks ago").
			if j-2 >= s.body && lx.Set("approx", t.toks[j-2].l+" "+t.toks[j-1].l) {
				j -= 2
			} else if j-1 >= s.body && lx.Set("approx", t.toks[j-1].l) && !t.toks[j-1].cap {
				j--
			}
			continue
		case lx.Set("clitics", l) && (j == c-1 || lx.Set("aux", t.toks[j+1].l) || lx.Set("clitics", t.toks[j+1].l)):
			// "comme l'explique X", "como lo dijo X".
			continue
		}
		break
	}
	if negGoesOn {
		return verbGroup{}, false // "a cessé de dire": stopped saying
	}
	return verbGroup{lo: j + 1, aux: aux, passive: passive, refl: refl, negated: negated, refusing: refusing, copula: copula, inv: inv, groupNeg: groupNeg}, true
}

// passiveAgent gives the passive reporting verb of cue cu in sentence
// s its agent, the speaker ("… was condemned by X"), also after the
// verb's complement ("accusé de fraude par X"); it returns nil when no
// agent that can speak follows.
func (a *analysis) passiveAgent(cu *cue, v lang.Verb, s *sentence) *cue {
	t := a.t
	lx := t.lx
	start := cu.hi
	if by := t.complementBy(cu.hi, s); by > 0 {
		start = by
	} else if by := t.byWithin(cu.hi, s); v.Opinion && by > 0 {
		start = by // "Un calendrier jugé irréaliste par la Cour des comptes"
	} else if by := t.mannerBy(cu.hi, s); by > 0 {
		start = by // "Une réforme saluée avec enthousiasme par le patronat"
	}
	for k := start; k < s.t1 && k < start+3 && t.out(k); k++ {
		if lx.Set("by", t.toks[k].l) {
			end := t.npRight(k+1, s)
			for e := k + 2; e < end; e++ {
				if lx.Set("as", t.toks[e].l) && !t.toks[e].cap {
					end = e // "denunciadas por la oposición | como fraudulentas"
				}
				if v.Stance == "accuse" && e+1 < end && lx.Set("of", t.toks[e].l) && t.out(e+1) &&
					(lx.Set("auxinfinitives", t.toks[e+1].l) || lx.Set("negation", t.toks[e+1].l) || lx.Set("refl", t.toks[e+1].l)) {
					end = e // "accusée par le syndicat | d'avoir menti", "de ne pas …": what is charged, an infinitive, not the agent's name
					break
				}
				if lx.Set("reasonpreps", t.toks[e].l) && !t.toks[e].cap && (v.Stance == "accuse" || v.Voice == "praise" || v.Voice == "thank") &&
					!t.isTitleWord(e-1) && lx.Speakers[t.toks[e-1].l] != "spokes" {
					end = e // "was chastised by the council | for the delay", not "by a spokesman for the ministry"
					break
				}
			}
			after := end
			if end < s.t1 && t.toks[end].kind == tWord && !t.toks[end].cap && t.out(end) && lx.Set("heardwords", t.toks[end].l) {
				// "jugée « risquée » par plusieurs officiers interrogés
				// (par Le Monde)": the participle of who heard them
				// ends the agent.
				after = end + 1
				if after < s.t1 && t.out(after) && lx.Set("by", t.toks[after].l) {
					after = t.npRight(after+1, s)
				}
			}
			if cu.reduced && after < s.t1 && t.toks[after].kind == tWord && !lx.Set("as", t.toks[after].l) &&
				!(lx.Set("prep", t.toks[after].l) && !lx.Set("of", t.toks[after].l) && !lx.Set("by", t.toks[after].l)) &&
				!(lx.Set("coord", t.toks[after].l) && after+1 < s.t1 && t.toks[after+1].cap && t.isName(after+1)) {
				// (A preposition after the agent ends it, "vantée par
				// Elon Musk dès la mi-mars"; so does another name
				// joined to it, "par Elon Musk et Donald Trump".)
				return nil // "los datos publicados por el ministerio muestran …": where the agent ends is unclear
			}
			if end > k+1 {
				cu.kind = cuePassive
				cu.right = a.parseNP(k+1, end, 0)
				cu.hi = after
				if m := cu.right; m != nil && m.kind == kDesc && after == end {
					if ap, _ := a.apposAfter(m, end, s); ap != nil && ap.kind == kPerson {
						cu.appos = ap // "confirmed by her daughter, Claire Stone, who …": she speaks
					}
				}
				if m := cu.right; m != nil && m.kind == kDesc && m.class == "unknown" {
					return nil // "acusado por vários sequestros": a cause, not an accuser
				}
				return cu
			}
		}
		if !lx.Set("adverbs", t.toks[k].l) {
			break
		}
	}
	return nil
}

// timeBeforeVerb reports whether, in a verb-second language, the phrase
// that opens sentence s before cue cu's verb ends with a word of [set
// sequencetime] ("Kurz darauf", "Zwei Jahre zuvor", "Wenige Tage
// später"), and a subject follows the verb: the phrase is a time, no
// subject.
func (t *text) timeBeforeVerb(cu *cue, s *sentence) bool {
	l, c := cu.left, cu.c
	if !t.lx.VerbSecond || cu.kind != cueVerb || cu.right == nil || c-1 <= s.body || c-1 > s.body+4 || !t.out(c-1) || !t.lx.Set("sequencetime", t.toks[c-1].l) {
		return false
	}
	if l != nil && (l.t0 != s.body || l.t1 != c-1) {
		return false
	}
	for k := s.body; k < c-1; k++ {
		if t.toks[k].kind != tWord || !t.out(k) || t.isVerb(k) {
			return false
		}
	}
	return true
}

// timeInfinitive reports whether token k, after a reporting verb in
// sentence s, opens an infinitive after a word of [set infinitivepreps]:
// "«…», dijo al ser consultado sobre …", "aseguró al llegar a la
// reunión", "afirmó al salir del juzgado" tell when the words were said,
// and no subject of the verb follows (not "el ser", nor the infinitive's
// object; a title or a speaker's noun ending like an infinitive, "al
// titular de la cartera", is the one told).
func (t *text) timeInfinitive(k int, s *sentence) bool {
	return k+1 < s.t1 && t.out(k) && t.lx.Set("infinitivepreps", t.toks[k].l) && t.infinitiveAt(k+1)
}

// infinitiveAt reports whether token k is an infinitive by its ending, in
// lower case and outside quotations, and no title or speaker's noun that
// ends like one ("titular").
func (t *text) infinitiveAt(k int) bool {
	tk := &t.toks[k]
	return t.out(k) && tk.kind == tWord && !tk.cap && t.endsIn("infinitiveendings", tk.l, 0) && !t.isTitleWord(k) && t.lx.Speakers[tk.l] == ""
}

// rightPhrase reads the phrase right after the verb group of cue cu,
// whose verb is at c in sentence s, when no phrase after it is known yet:
// an inverted subject ("said the minister", "a-t-il"), with its
// apposition, or a named source. It reports true when the cue is
// complete as it stands (a clitic pronoun split from the verb).
func (a *analysis) rightPhrase(cu *cue, c int, s *sentence) bool {
	t := a.t
	lx := t.lx
	k := cu.hi
	if k < s.t1 && k-1 == c && t.invertedPron(k) {
		// "a-t-il": a clitic pronoun split from the verb.
		if _, ok := lx.Pronouns[t.toks[k].l]; ok {
			cu.right = a.parseNP(k, k+1, 0)
			cu.invPron = true
			cu.hi = k + 1
			return true
		}
	}
	if lx.VerbSecond && k == c+1 && k+1 < s.t1 && t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap && lx.Set("refl", t.toks[k].l) && t.out(k+1) && lx.Set("determiners", t.toks[k+1].l) {
		// "Später äußerte sich die Ministerin: „…“", "meldete sich die
		// Sprecherin zu Wort": the subject after the reflexive pronoun.
		k++
	} else if lx.VerbSecond && k == c+1 && k+1 < s.t1 && cu.lo-1 >= s.body && (t.toks[cu.lo-1].s == "," || t.toks[cu.lo-1].kind == tQClose) &&
		t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap && lx.Set("incisedatives", t.toks[k].l) && t.out(k+1) &&
		(lx.Set("determiners", t.toks[k+1].l) && !lx.Set("possessive", t.toks[k+1].l) || t.isName(k+1)) {
		// "„…“, sagte ihm der Arzt Peter Lang", "…, sagen uns mehrere
		// Anwälte": the one told, a pronoun in the dative, between the
		// verb of an incise and its subject.
		k++
	} else if e := t.toldOutletDative(cu, c, s); e > k {
		k = e // "„…“, sagte der Zeitung sein Anwalt", "…, sagte dem Sender die Bürgermeisterin"
	} else if t.outletAlone(t.toldOutletEnd(cu, c, s), s) {
		// "…, sagte der Nachrichtenagentur dpa.": the outlet told, in
		// the dative, and no subject after it; the agency is only the
		// channel, not who spoke.
		return false
	}
	k0 := k
	for k < s.t1 && t.out(k) && (lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap && !t.prepBeforeNoun(k, s) || isTimeWord(lx, t.toks[k].l)) {
		k++
	}
	if d := t.dateTail(k0, s); d > k && d < s.t1 && t.toks[d].kind == tWord && (isTimeWord(lx, t.toks[d-1].l) || lx.Set("timeafter", t.toks[d-1].l)) {
		k = d // "a déclaré la semaine dernière le ministre" (not "said 2008 Clinton veteran X")
	}
	k = t.asideEnd(k, s) // "a déclaré pour sa part le ministre"
	if t.cleft(cu, s) {
		k = t.prepInciseEnd(k, s) // "Así lo ha señalado, en una entrevista en la radio, el propio consejero"
	}
	if t.timeInfinitive(k, s) {
		return false // "«…», dijo al ser consultado sobre …": no subject after the verb
	}
	// "dijo a la prensa el ministro", "a déclaré à l'AFP le ministre":
	// the person spoken to comes first.
	if e := t.toldMedia(k, s); e > k {
		k = e // "affirme à l'AFP Paul Garnier", "souligne auprès de l'AFP X"
	} else if k < s.t1 && t.out(k) && lx.Set("dative", t.toks[k].l) {
		told := k
		if e := t.npRight(k+1, s); e > k+1 && e < s.t1 && t.out(e) && (lx.Set("determiners", t.toks[e].l) || t.isName(e)) && !lx.Set("dative", t.toks[e].l) {
			// (Not before another phrase of the one told: "disse a
			// Polícia Civil ao G1" has the article "a", then "to G1".)
			k = e
		} else if e > k+1 && t.endsClause(e, s) {
			// "explicó a este periódico Antonio Lax, agricultor …":
			// a name of two words or more after the one told (not
			// "a déclaré à la ministre Claire Vasseur.": her, told),
			// also after the outlet's own name when it opens with a
			// given name ("dijo a LA NACION Héctor Daer").
			comma := e >= s.t1 || t.toks[e].s == ","
			for j := k + 2; j+1 < e; j++ {
				// (Also a person's name right after a kind of outlet,
				// which is no one's title: "afirmó a este diario Luis
				// Cano.")
				if t.isName(j) && (comma && !t.toks[j-1].cap || t.givenAfterName(j) || !t.toks[j-1].cap && lx.Set("mediawords", t.toks[j-1].b) && lx.GivenNames[t.toks[j].l] != 0) && !lx.Set("of", t.toks[j-1].l) {
					if t.namesTo(j, e-1) {
						k = j
					}
					break
				}
			}
		}
		// "disse ao G1.", "dijo al diario El País.": the one told
		// ends the clause, and no subject follows (Portuguese "a"
		// is also an article: "disse a ministra").
		if e := t.npRight(k+1, s); k == told && e > k+1 && !lx.Set("definite", t.toks[k].l) && t.endsClause(e, s) {
			k = e
		}
	}
	k = t.prepPhraseBeforeSubject(cu.lo, k, s)
	for j := cu.hi + 1; j < k && lx.ProDrop; j++ {
		if t.infinitiveAt(j) && lx.Set("prep", t.toks[j-1].l) {
			return false // "hacen un llamado a cuidar las expectativas": the phrase after is the infinitive's object, no subject
		}
	}
	// ("noted that the company offers …": a complement clause, not
	// a phrase after the verb.)
	if m := a.particleSurname(k, s); m != nil {
		cu.right = m
	} else if m, _ := a.quotedSource(k, t.npRight(k, s), s); m != nil && k > c {
		cu.right = m // "…, berichtete die „Bild“."
	} else if p, g := a.partitiveAfter(k, s); g != nil && cu.kind == cueVerb {
		// "« … », souligne l'un d'eux": one of the group that spoke
		// in the sentence before.
		cu.right = a.parseNP(p, p+1, 0)
		if cu.right != nil {
			cu.right.t0, cu.group = k, g
		}
	} else if end := t.timeCut(k, t.npRight(k, s)); end > k && !(lx.Set("comp", t.toks[k].l) && k+1 < end && (lx.Set("determiners", t.toks[k+1].l) || t.isName(k+1))) && !t.singularAfterPlural(cu, k, end) &&
		!(t.out(k) && lx.Set("prepdets", t.toks[k].l)) {
		// (Not a phrase opened by a preposition fused with its article:
		// "“…”, disse na ocasião", "escreveu pelo Instagram" name
		// where, not who.)
		cu.right = a.parseNP(k, end, 0)
		if cu.right != nil {
			cu.right.t1 = end
			// "a déclaré le ministre, Jean Dupont, …": a name in
			// apposition.
			if l := t.nameListEnd(end, s); l > end && t.toks[end-1].cap {
				// "mencionó la ministra de Ciencia, Innovación,
				// Tecnología y Telecomunicaciones, Paola Vega": the
				// ministry's names, then the person's.
				if m, e2 := a.apposAfter(cu.right, l, s); m != nil && m.kind == kPerson {
					cu.appos, cu.right.t1 = m, e2
				}
			} else if m, e2 := a.apposAfter(cu.right, end, s); m != nil {
				cu.appos, cu.right.t1 = m, e2
			} else if m, e2 := a.apposAfter(cu.right, t.coordTitleEnd(cu.right, end, s), s); m != nil && m.kind == kPerson {
				// "expresó el miembro del Buró Político y presidente
				// de la Asamblea, Esteban Lazo": two titles, then the
				// name.
				cu.appos, cu.right.t1 = m, e2
			} else if m, e2 := a.apposAfterPrep(cu.right, end, s); m != nil {
				cu.appos, cu.right.t1 = m, e2 // "a estimé la présidente du Haut Conseil pour le climat, Corinne Le Quéré"
			} else if m, e2 := a.coordNounName(cu.right, end, s); m != nil {
				cu.appos, cu.right.t1 = m, e2 // "sagte die Frauenrechtlerin und Pädagogin Maria Blanco."
			} else if m, m2, e2 := a.dashAppos(end, s); m != nil && cu.right.kind == kDesc {
				// "gab das Biathlonpaar – X und Y – bekannt": the
				// people named between the dashes.
				cu.appos, cu.also, cu.alsoDash, cu.right.t1 = m, m2, m2 != nil, e2
			}
		}
	}
	return false
}

// timeCut returns where the phrase from token k to end stops before a
// word of time followed by a month or another word of time, which tells
// when, no part of a name: "meldete die Polizei Anfang Oktober, dass …"
// is the police's; or end.
func (t *text) timeCut(k, end int) int {
	for j := k + 1; j+1 < end; j++ {
		if n := t.toks[j+1].l; t.out(j) && isTimeWord(t.lx, t.toks[j].l) && (t.lx.Months[n] > 0 || isTimeWord(t.lx, n)) {
			return j
		}
	}
	return end
}

// verbCue reads the verb group around a reporting verb at c: auxiliaries,
// adverbs, reflexive and negation words before it, a particle after it,
// and a German separable particle at the end of the clause. participle is
// set when the form at c needs an auxiliary. It returns nil when the
// group does not report speech: negated, modal, an infinitive, a passive
// without an agent, a participle without its auxiliary.
func (a *analysis) verbCue(i, c int, v lang.Verb, participle bool) *cue {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	if t.attributiveParticiple(c, v, s) {
		return nil // "the added benefit", "a weekly $600 added unemployment benefit": an adjective
	}
	cu := &cue{kind: cueVerb, sent: i, c: c, lo: c, verb: v}
	cu.hi = t.afterParticle(c, v, s.t1)
	g, ok := t.groupBefore(c, v, participle, s)
	if !ok {
		return nil
	}
	aux, passive, refl, negated, refusing, copula := g.aux, g.passive, g.refl, g.negated, g.refusing, g.copula
	inv, groupNeg := g.inv, g.groupNeg
	cu.lo = g.lo
	if cu.lo == c && t.quotedPredicate(c, s) {
		cu.lo = c - 1 // (the subject ends before the quotation mark)
	}
	if k := cu.hi; k+1 < s.t1 && t.out(k) && lx.Set("nothingsaid", t.toks[k].l) && (t.toks[k+1].kind != tWord || lx.Set("prep", t.toks[k+1].l)) {
		return nil // "Police have said little about the clash": no words reported
	}
	if v.Stative && (!copula || !t.statesView(c, s)) {
		return nil // "concerned about the cost", "a confident team": no view reported
	}
	if k := c + 1; k < s.t1 && t.enclitic(k) && lx.Set("refl", t.toks[k].l) {
		// "queixaram-se de …": the reflexive pronoun joined after the
		// verb.
		if lx.Set("reflnonspeech", t.toks[c].l) && !v.Refl {
			return nil // "negou-se a pagar": refused, denied nothing
		}
		refl = true
		cu.hi = max(cu.hi, t.afterParticle(k, v, s.t1))
	}
	if k := c + 1; k < s.t1 && t.toks[k].kind == tWord && !t.enclitic(k) && lx.Set("refl", t.toks[k].l) && lx.Set("reflafternonspeech", t.toks[c].l) && !v.Refl {
		return nil // "Dieser Effekt nennt sich Thermogenese": is called, says nothing
	}
	if v.Refl && !refl && inv < 0 {
		return nil // "cela inquiète les habitants": not "s'inquiète"
	}
	if negated && c+1 < s.t1 && lx.Set("comp", t.toks[c+1].l) && t.onlyRestrictive(cu.lo, c) {
		return nil // "ne pense qu'à sa réélection": "ne … que" restricts, no negation, and no clause follows
	}
	// French negation closes after the auxiliary: "n'a pas déclaré".
	for k := cu.lo; k < c; k++ {
		if lx.Set("negation", t.toks[k].l) && groupNeg < 0 {
			// (Any negation of a group with a verb that leaves the
			// infinitive reporting only negated is that verb's: "n'a
			// pas manqué de souligner".)
			if v.NegVoice == "" {
				return nil
			}
			negated = true
		}
	}
	// German puts the negation in the middle of the clause, and the
	// modal of refusal second, before a final infinitive: "äußerte sich
	// zunächst nicht", "kommentierte den Bericht nicht", "wollte sich
	// auf Anfrage nicht äußern", "Zu Details wollte sich der Minister
	// nicht äußern".
	var antecedent *mention
	if lx.VerbSecond && !participle && v.Tags&lang.TagFinite != 0 {
		var ok bool
		if antecedent, ok = a.verbLastRelative(c, s); !ok {
			return nil
		}
	}
	negAt, modal, refInf, relSubj := -1, -1, false, false
	if lx.VerbSecond && v.Refusal && !participle && v.Tags&lang.TagBase != 0 && v.Tags&lang.TagFinite == 0 {
		// "wollte keinen Kommentar abgeben": a refusal verb's
		// infinitive after a modal of refusal.
		if m, _ := t.refusalModal(c, s, true); m >= 0 {
			modal, refInf, refusing = m, true, true
			cu.lo = m
		}
	}
	if lx.VerbSecond && v.NegVoice != "" && !participle && modal < 0 {
		if v.Tags&lang.TagBase != 0 {
			if m, n := t.refusalModal(c, s, false); m >= 0 {
				modal, negAt, negated, refusing = m, n, true, true
				cu.lo = m
			}
		}
		if modal < 0 && !negated && cu.lo == c && v.Tags&lang.TagFinite != 0 {
			if n := t.midfieldNegation(c, s); n >= 0 {
				negAt, negated = n, true
				for cu.hi < n && lx.Set("refl", t.toks[cu.hi].l) {
					cu.hi++ // "äußerte sich die Firma nicht": the subject after "sich"
				}
			}
		}
	}
	if negated && v.NegModal && !refusing || v.Refusal && v.NegModal && !refInf {
		// "did not say whether anyone died", "machte keine Angaben": an
		// omission
		return nil
	}
	if negated && t.conditionalBefore(cu.lo, s) {
		return nil // "… if they did not confirm their status": a condition, no one's omission
	}
	if objectThenVerb(v) && t.conditionalBefore(cu.lo, s) {
		return nil // "… even if critics see the plan as a failure": a condition, no one's view
	}
	if negated {
		// "n'exclut pas de nouvelles restrictions", "did not respond to
		// requests for comment": the negated verb's own voice.
		cu.negate(v)
	}
	if v.Tags&lang.TagParticiple != 0 && !aux && !passive && c == s.body && c+1 < s.t1 && (lx.Set("by", t.toks[c+1].l) || t.complementBy(c+1, s) > 0) {
		passive = true // "Asked by X whether …, Y said …": X asked; "Qualifié de « gourou » par X, …": X described
	}
	if st := t.nominalOpening(c, s); v.Tags&lang.TagParticiple != 0 && participle && !aux && !passive && !refl && st >= 0 {
		// "Un calendrier jugé irréaliste par la Cour des comptes.": a
		// sentence of a noun and its participle, a passive.
		passive, cu.reduced, cu.lo = true, true, st
	}
	if v.Tags&lang.TagParticiple != 0 && !aux && !passive && !refl && !lx.PassiveAfterNoun && t.reducedPassive(c, s) {
		// "…, a practice criticized by X": a participle after its noun,
		// not the noun's verb. (Where the lexicon says so, the
		// participle is read as a passive with its agent below: "unas
		// elecciones denunciadas por la oposición"; in English that
		// reading cost two wrong speakers on PolNeAR train for two found.)
		return nil
	}
	if v.Tags&lang.TagParticiple != 0 && !aux && !passive && !refl && !lx.PassiveAfterNoun && v.Opinion && t.participleAfterNoun(c, s) && t.byWithin(c+1, s) > 0 {
		// "Le maire a tenu des propos jugés « inacceptables » par
		// l'opposition": a participle of a view after its noun, its
		// agent after the view, is no verb of the subject's.
		return nil
	}
	if v.Tags&lang.TagParticiple != 0 && !aux && !passive && !refl && !lx.PassiveAfterNoun && v.Stance == "accuse" && t.participleAfterNoun(c, s) && lx.Set("of", t.toks[c+1].l) {
		// "The trial of a man accused of arson entered …": a participle
		// right after its noun with the charge after it is a passive;
		// the one accused is no speaker, nor is the phrase before.
		return nil
	}
	if !participle && !aux && !passive && lx.VerbSecond && v.Tags&lang.TagParticiple != 0 && t.farAux(i, c) >= 0 {
		// A form both finite and participle ("erklärt") at the end of a
		// clause whose auxiliary came earlier: the participle ("Am
		// Montag hat Trump erklärt, …").
		participle = true
	}
	if participle && !aux && !passive {
		// A participle at the end of a clause whose auxiliary came earlier
		// ("hat am Montag … gesagt").
		if k := t.farAux(i, c); k >= 0 {
			passive = lx.Set("passive", t.toks[k].l) && !lx.Set("aux", t.toks[k].l)
			cu.lo = k
			if !passive {
				cu.right = a.midfieldSubject(k, c, s)
				cu.mid = cu.right != nil
			}
		} else if st := t.reducedNoun(c, s); st >= 0 && !v.Weak {
			// "unas elecciones denunciadas por la oposición": a
			// participle after its noun, a passive (reports only with an
			// agent that can speak; not a weak verb, whose words need a
			// clause: "an affidavit written by X").
			passive, cu.reduced, cu.lo = true, true, st
		} else if k := t.finalAux(c, s); k > 0 {
			// "…, wie Faeser am Montag gesagt hat": the auxiliary
			// closes the clause after the participle.
			cu.hi = k + 1
		} else {
			return nil
		}
	}
	if lx.VerbSecond && participle && !passive && v.NegVoice != "" && modal < 0 && cu.lo < c && lx.Set("aux", t.toks[cu.lo].l) {
		// "hatte sich bislang nicht zu den Plänen geäußert", "hat die
		// Anfrage nicht beantwortet": the negation between the
		// auxiliary and the participle.
		for j := c - 1; j > cu.lo; j-- {
			if lx.Set("negation", t.toks[j].l) && t.out(j) {
				if t.refusalNegation(j, c, s) {
					negAt = j
				}
				break
			}
		}
		if negAt >= 0 && v.NegModal {
			return nil // "hat nicht gesagt, ob …": an omission
		}
		if negAt >= 0 && !negated {
			cu.negate(v)
		}
	}
	// Negation right after the verb ("sagte nicht"), but not one that
	// opens the reported words in an infinitive ("disse não ser contra",
	// "dijo no saber"), nor a comparative of time ("a estimé plus tôt").
	if k := cu.hi; k < s.t1 && t.out(k) && !v.NegObject && lx.Set("negation", t.toks[k].l) && !lx.Set("comp", t.toks[k].l) && !lx.Set("determiners", t.toks[k].l) &&
		!(lx.ProDrop && k+1 < s.t1 && strings.HasSuffix(t.toks[k+1].l, "r") && !t.toks[k+1].cap) && !t.negatedInfinitive(k, s) &&
		!(k+1 < s.t1 && isTimeWord(lx, t.toks[k+1].l)) && !t.negAdverb(k, s) {
		if v.NegVoice == "" || v.NegModal {
			return nil
		}
		// "n'exclut pas de …": the negated verb's own voice, its words
		// after the negation.
		cu.negate(v)
		cu.hi = k + 1
	}
	if k := cu.hi; negated && cu.verb.Refusal && k < s.t1 && t.out(k) {
		// "n'exclut cependant pas de …", "n'exclut d'ailleurs pas …":
		// the negation's second word after an adverb or an aside that
		// follows the verb is the group's, not the first of its words.
		j := k
		for n := 0; n < 2 && j < s.t1 && t.out(j); n++ {
			if e := t.phraseEnd("asides", j, s); e > j {
				j = e
			} else if t.toks[j].kind == tWord && !t.toks[j].cap && lx.Set("adverbs", t.toks[j].l) && !lx.Set("negation", t.toks[j].l) {
				j++
			} else {
				break
			}
		}
		if j > k && j < s.t1 && t.out(j) && t.toks[j].kind == tWord && lx.Set("negation", t.toks[j].l) && !lx.Set("comp", t.toks[j].l) && !lx.Set("determiners", t.toks[j].l) && !lx.Set("negsubj", t.toks[j].l) {
			cu.hi = j + 1
		}
	}
	if v.NegOnly && cu.verb.NegVoice != "" {
		return nil // "a souhaité commenter": not negated, no refusal
	}
	if lx.Trait("svo") && t.verbFollows(cu.hi, s) && !t.relativeBefore(cu.lo, s) && !(v.Refusal && cu.hi-1 > c && lx.Set("inf", t.toks[cu.hi-1].l)) {
		return nil // "New York state now has more cases": the verb comes later
	}
	if v.NotSeparable != "" && t.clauseWord(cu.hi, s.t1, v.NotSeparable) >= 0 {
		return nil // "fand … statt": took place
	}
	// (An article after a verb set off by a comma or a closing
	// quotation mark opens its inverted subject, no particle: "…,
	// assure le ministre"; not after a gerund, ", assurant un service".
	// So does one after a phrase that points back at the sentence
	// before, the verb's object: "C'est ce qu'assure le ministre".)
	inverted := cu.lo-1 >= s.body && (t.toks[cu.lo-1].s == "," || t.toks[cu.lo-1].kind == tQClose || t.cleftAt(cu.lo, s)) && v.Tags&lang.TagGerund == 0
	for _, np := range v.NotParticle {
		if inverted && lx.Set("determiners", np) {
			continue
		}
		if t.followedBy(cu.hi, s.t1, np) {
			return nil // "called off the deal": cancelled; "ne veut pas dire que": does not mean
		}
		if k := cu.hi; lx.VerbSecond && !inverted && k < s.t1 && t.out(k) && lx.Set("determiners", t.toks[k].l) {
			// (Also past the subject after the verb: "Am 2. Februar
			// erinnert der Welttag der Feuchtgebiete an …" reminds.)
			if e := t.npRight(k, s); e > k+1 && t.followedBy(e, s.t1, np) {
				return nil
			}
		}
	}
	let := -1
	if cu.lo == c && !participle && v.Tags&lang.TagBase != 0 {
		let = t.letVerb(c, s)
	}
	if k := cu.hi; lx.VerbSecond && v.Tags&lang.TagParticiple != 0 && k < s.t1 && t.out(k) && lx.Set("passive", t.toks[k].l) && !lx.Set("aux", t.toks[k].l) && t.clauseFinal(k+1, s) {
		// "…, bevor das Ergebnis verkündet wird": a passive at the end
		// of its clause; what was announced is no speaker.
		return nil
	}
	if v.Tags&lang.TagBase != 0 && t.reflexiveLet(c, s) {
		// "Daraus lässt sich schließen, dass …", "Der Widerspruch lässt
		// sich erklären": can be concluded, a passive of no one.
		return nil
	}
	if modal >= 0 {
		// "Zu Details wollte sich auch der Verband nicht äußern": the
		// subject after the modal and "sich" (not the object: "Die Firma
		// wollte den Bericht nicht kommentieren").
		j := modal
		for j+1 < c && lx.Set("refl", t.toks[j+1].l) {
			j++
		}
		if m := a.midfieldSubject(j, c, s); m != nil && (m.t1 <= negAt || refInf) && !lx.Set("objectdeterminers", t.toks[m.t0].l) {
			cu.right, cu.mid = m, true
		}
	}
	if let >= 0 {
		// "Er ließ über seinen Anwalt erklären, …", "Am Montag ließ der
		// Minister durch einen Sprecher mitteilen, …": the words are the
		// subject's of the verb of letting, passed on by the one named
		// after "über".
		cu.lo = let
		cu.relay = a.throughRelay(let+1, c, s)
		if m := a.midfieldSubject(let, c, s); m != nil && (cu.relay == nil || m.t1 <= cu.relay.t0) {
			cu.right, cu.mid = m, true
		}
	}
	sep := -1 // the separable particle, when the subject may stand before it
	if v.Separable != "" && let < 0 && !(v.Tags&(lang.TagParticiple|lang.TagBase) != 0 && v.Tags&lang.TagFinite == 0) {
		// (A participle holds its particle: "hat mitgeteilt".)
		k := t.lastClauseWord(cu.hi, s.t1, v.Separable)
		if k < 0 {
			return nil // "teilte" without its "mit"
		}
		if k > cu.hi && !participle {
			sep = k
		}
		cu.hi = k + 1
	}
	if passive {
		return a.passiveAgent(cu, v, s)
	}
	if inv >= 0 {
		if t.toks[s.t1-1].s == "?" && cu.lo > s.body && t.toks[cu.lo-1].kind == tWord {
			return nil // "l'imam a-t-il souhaité appeler au meurtre ?": a question about the phrase before
		}
		cu.right = a.parseNP(inv, inv+1, 0)
		cu.invPron = cu.right != nil
		return cu
	}
	if cu.lo > s.body && lx.Set("possessive", t.toks[cu.lo-1].l) && t.toks[cu.lo-1].q < 0 && !participle && v.Tags&lang.TagParticiple != 0 {
		return nil // "his proposed ban": an adjective after a possessive, not a verb
	}
	// The phrases around the group.
	if cu.lo > s.body {
		var ok bool
		if relSubj, ok = a.verbSubjectBefore(cu, v, antecedent, aux, passive, participle, sep, s); !ok {
			return nil
		}
	}
	if a.verbSubjectAfter(cu, v, sep, s) {
		return cu
	}
	if relSubj || v.DocSubject && lx.NounCaps && cu.left != nil && cu.left.kind == kDoc && cu.right != nil && cu.right.t0 > c {
		// ("Untersuchungen der Polizei ergaben DNA-Spuren von Obenauf":
		// what the document shows, no one speaking.)
		cu.right = nil
	}
	a.fromAfter(cu, s)
	t.pluralPronoun(cu, cu.right) // "…, sagten sie": they
	if (refInf || negAt >= 0) && !t.refusalWordsOf(cu, v, c, modal, negAt, refInf, participle, s) {
		return nil
	}
	if cu.verb.Refusal && cu.left == nil && cu.right == nil {
		// A refusal, or a negated verb of saying, needs its subject in
		// its clause: in "PBS revealed that the prince accepted
		// responsibility but did not say he'd ordered it" the speaker
		// left out is not the one the sentence reports.
		return nil
	}
	return cu
}

// verbSubjectAfter reads the subject after the verb of cue cu into
// cu.right: a pronoun before the reflexive, a phrase before the
// separable particle at sep, or the phrase after the verb. It reports
// whether the cue is complete as it stands (rightPhrase read a clitic
// pronoun split from the verb).
func (a *analysis) verbSubjectAfter(cu *cue, v lang.Verb, sep int, s *sentence) bool {
	t := a.t
	lx := t.lx
	c := cu.c
	if t.pronBeforeRefl(c, v, s) {
		// "Dennoch wünscht er sich, …", "Danach zeigte sie sich
		// überzeugt, …", "Am Ende sprach er sich für … aus": the
		// subject pronoun between the verb and its reflexive.
		cu.right = a.parseNP(c+1, c+2, 0)
	} else if sep >= 0 {
		// "…, teilte die Firma mit", "…, gab der Minister bekannt": an
		// inverted subject between the verb and its particle.
		k := c + 1
		for k < sep && (lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap || isTimeWord(lx, t.toks[k].l)) {
			k++
		}
		if end := min(t.npRight(k, s), sep); end > k {
			if m := a.parseNP(k, end, 0); m != nil {
				m.t1 = end
				cu.right = m
				if p, p2, e2 := a.dashAppos(end, s); p != nil && m.kind == kDesc && e2 == sep {
					// "gab das Biathlonpaar – X und Y – bekannt": the
					// people named between the dashes.
					cu.appos, cu.also, cu.alsoDash = p, p2, p2 != nil
				}
			}
		}
	} else if cu.hi < s.t1 && cu.right == nil {
		return a.rightPhrase(cu, c, s)
	}
	return false
}

// participleAfterNoun tells whether the participle at c, inside sentence
// s, follows a lower-case word that can be a noun (no pronoun, adverb,
// verb or auxiliary) and has words after it.
func (t *text) participleAfterNoun(c int, s *sentence) bool {
	lx := t.lx
	return c-1 > s.body && c+1 < s.t1 && t.out(c-1) && t.toks[c-1].kind == tWord && !t.toks[c-1].cap && !t.isPronounTok(c-1) &&
		!lx.Set("adverbs", t.toks[c-1].l) && !t.adverbForm(c-1) && !t.isVerb(c-1) && !lx.Set("aux", t.toks[c-1].l) && !lx.Set("passive", t.toks[c-1].l)
}

// verbSubjectBefore reads the subject before the verb group of cue cu (in
// sentence s, which holds words before the group) into cu.left,
// antecedent being the phrase a relative clause's verb-last group refers
// back to. It reports whether the subject was read off a relative
// clause before the verb, and false for ok when the verb reports no one.
func (a *analysis) verbSubjectBefore(cu *cue, v lang.Verb, antecedent *mention, aux, passive, participle bool, sep int, s *sentence) (relSubj, ok bool) {
	t := a.t
	lx := t.lx
	i, c := cu.sent, cu.c
	a.leftSubject(cu, s)
	if p := a.beforePostnominals(cu.left, s); p != nil {
		cu.left = p // "Jane Smith, MD, Deputy Editor, reports …": her, not "MD"
	}
	if m := cu.left; m != nil && m.kind == kDoc && m.owner == nil && m.t1 == cu.lo && t.docInJoin(cu.lo-1, s) >= 0 {
		// "Reed backed the motion, but in an interview argued …": the
		// document is where the words were said, after the joining
		// word of a second predicate; its subject is the sentence's.
		cu.left, cu.appos = nil, nil
	}
	if m := cu.left; m != nil && !aux && !passive && cu.lo == c && v.Voice != "say" && v.Tags&lang.TagParticiple != 0 && m.kind == kDesc && m.class == "unknown" && t.indefinite(m) &&
		m.t0-1 > s.body && t.toks[m.t0-1].s == "," && c+1 < s.t1 && t.out(c+1) && lx.Set("prep", t.toks[c+1].l) && !lx.Set("by", t.toks[c+1].l) {
		return false, false // "…, a factor cited in the decision to reopen": a participle describing the noun set off after the clause
	}
	if antecedent != nil {
		cu.left, cu.appos, cu.leftAtBoundary = antecedent, nil, true
	}
	if (cu.left == nil || cu.left.t0 == s.body) && lx.VerbSecond && cu.lo == c && !aux && !participle {
		if m := a.relativeClauseSubject(cu.lo, s); m != nil {
			// "Die Union, die den Streit nicht kommentieren wollte,
			// forderte Neuwahlen": the phrase before the relative
			// clause (not "Neuwahlen", the object after the verb).
			cu.left, cu.leftAtBoundary, relSubj = m, true, true
		}
	}
	if g := a.partitiveGroup(i, cu); g != nil {
		m := *cu.left
		m.t0 = t.partitiveStart(m.t0, s) // "one of them"
		m.surface = t.span(m.t0, m.t1)
		cu.left, cu.group, cu.leftAtBoundary = &m, g, true
	}
	if st := t.bareOne(cu, s); st >= 0 && cu.left == nil && i > 0 {
		// "Residents gathered outside the town hall. One, who asked
		// not to be named, said …": one of the group before.
		g := a.groupBefore(i)
		if g == nil {
			g = a.loneGroupNear(i, st) // "Vice-chancellors reacted with fury … to threats by the education secretary. One, who …, said …"
		}
		if g != nil {
			cu.left = &mention{t0: st, t1: st + 1, surface: t.span(st, st+1), headTok: -1, kind: kPron}
			cu.group, cu.leftAtBoundary = g, true
		}
	}
	if q := t.bareQuantity(cu, s); q >= 0 && i > 0 && (cu.left == nil || cu.left.t0 >= q && cu.left.t1 <= q+1) {
		// "Lawmakers met on Monday. Some noted that …", "The plan faced
		// opposition from locals. While some …, others said …": some
		// of the one group of people named just before.
		g := a.groupBefore(i)
		if g == nil {
			g = a.loneGroupNear(i, q)
		}
		if g != nil {
			cu.left = &mention{t0: q, t1: q + 1, surface: t.span(q, q+1), headTok: -1, kind: kPron, plural: true}
			cu.group, cu.leftAtBoundary = g, true
		}
	}
	if m := cu.left; m != nil && cu.mid && m.t0 == s.body && lx.Set("prep", t.toks[m.t0].l) {
		// "Im Prozess hat der Angeklagte … bestritten": a phrase
		// with a preposition in first place, the subject after the
		// auxiliary (also after a dateline: "Bonn (dpa) - Im
		// Tarifstreit hat die Gewerkschaft … gedroht").
		cu.left, cu.appos = nil, nil
	}
	if m := cu.left; m != nil && lx.VerbSecond && !aux && !participle && cu.lo == c && m.t0 == s.body && c+1 < s.t1 &&
		!t.toks[c+1].cap && t.out(c+1) && lx.Set("nominative", t.toks[c+1].l) {
		// "Die Kosten bezifferte er auf …": a pronoun only a subject
		// can be stands right after the verb, so the phrase before
		// it is the object.
		cu.left, cu.fronted = nil, true
	}
	if cu.lo == c && !aux && !participle && t.frontedParticle(c, v) {
		cu.left, cu.fronted = nil, true // "Deutliche Kritik übte der Bürgermeister an …": the verb's own noun put first
	}
	if m := cu.left; (m == nil || m.t0 == s.body && m.t1 == c) && lx.VerbSecond && !aux && !participle && cu.lo == c && c > s.body && t.fronted(s.body, c, s) {
		// "Traglufthallen lehnt der Bürgermeister ab", "Große Sorgen
		// bereitet der Plan den Anwohnern": a plural without an
		// article before a singular verb, and "der" with its noun
		// after the verb, is the object put first; the subject comes
		// after the verb.
		cu.left, cu.fronted = nil, true
	}
	if m := cu.left; m != nil && lx.VerbSecond && m.t0 == s.body && (lx.Set("objectdeterminers", t.toks[m.t0].l) ||
		m.kind == kDesc && m.owner == nil && lx.Set("claimnouns", m.head) ||
		m.kind == kDesc && lx.Set("singulardeterminers", t.toks[m.t0].l) && !aux && !participle && cu.lo == c && t.pluralVerb(cu)) {
		// "Einen Rücktritt schloss Wenger aus": a phrase no subject
		// opens so is the object; so is one of what is said ("Die
		// Vorwürfe wies Wenger zurück").
		cu.left, cu.fronted = nil, true
	}
	if m := cu.left; m != nil && lx.VerbSecond && m.t0 == s.body && m.t1 == m.t0+2 && m.t1 == cu.lo && lx.Set("genitiveonly", t.toks[m.t0].l) {
		// "Des Weiteren empfiehlt der Experte, …", "Eines Tages sagte
		// er, …": a genitive of two words opening the sentence is an
		// adverb, no subject; the subject comes after the verb.
		cu.left = nil
	}
	if m := cu.left; m != nil && lx.ProDrop && !cu.leftAtBoundary && m.t0 == s.body+1 && m.t1 == cu.lo && lx.Set("prep", t.toks[s.body].l) &&
		!lx.Set("by", t.toks[s.body].l) && t.pluralVerb(cu) && t.toks[s.body].q < 0 {
		// "En el Gobierno admiten que …", "En el PP reconocen …": the
		// phrase after the opening preposition is where "they" are,
		// not the subject; the subject is left out.
		cu.left, cu.dropped, cu.lo = nil, true, s.body
	}
	if m := cu.left; m != nil && lx.ProDrop && !cu.leftAtBoundary && m.t0 == s.body+1 && m.t1 == cu.lo && lx.Set("prep", t.toks[s.body].l) &&
		!lx.Set("by", t.toks[s.body].l) && !t.pluralVerb(cu) && t.toks[s.body].q < 0 && m.kind == kDesc && (m.class == "" || m.class == "unknown") && a.objectAfterVerb(c, s) {
		// "En ese sentido expresó …", "De esa manera aseguró …":
		// the phrase after the opening preposition, a thing, is no
		// subject; the subject is left out (not one after the verb:
		// "En la reunión explicó el ministro …"; a body speaks:
		// "Desde el Ministerio se insiste …").
		cu.left, cu.dropped, cu.lo = nil, true, s.body
	}
	if m := cu.left; (m != nil && m.t0 == s.body || m == nil && !cu.dropped) && lx.ProDrop && t.timeOpening(s.body, c) && t.toks[s.body].q < 0 {
		// "Ese mismo día dijo que …", "Más tarde dijo …": a phrase of
		// time opens the sentence, no subject ("Mismo", "Más"); the
		// subject is left out, or comes after the verb ("Más tarde
		// dijo el alcalde …").
		cu.left, cu.appos = nil, nil
		if a.objectAfterVerb(c, s) {
			cu.dropped, cu.lo = true, s.body
		}
	}
	if cu.left == nil && lx.ProDrop && cu.lo == c && c-1 > s.body+2 && t.toks[c-1].s == "," && lx.Set("prep", t.toks[s.body].l) &&
		!lx.Set("by", t.toks[s.body].l) && t.pluralVerb(cu) && t.toks[s.body].q < 0 && t.participleAside(s.body+1, c-1, s) {
		// "En el Ayuntamiento, gobernado por el PP, aseguran …":
		// the same, past an aside of a participle.
		cu.dropped, cu.lo = true, s.body
	}
	if m := cu.left; m != nil && lx.ProDrop && !aux && !participle && cu.lo == c && m.t0 == s.body && m.t1 == c && m.kind == kDesc && m.plural && m.class != "people" &&
		!t.pluralVerb(cu) && a.subjectAfterVerb(c+1, s) {
		// "Otros conceptos compartió el secretario: …": a plural
		// thing before a singular verb is its object put first; the
		// subject comes after the verb.
		cu.left, cu.fronted = nil, true
	}
	if m := cu.left; m != nil && lx.VerbSecond && m.t0 == s.body && m.headTok > m.t0 && lx.Set("obliquefeminine", t.toks[m.t0].l) &&
		t.endsIn("femininesuffixes", t.toks[m.headTok].l, 3) {
		// "Der Regierung warf sie Versagen vor": "der" before a
		// feminine noun ("-ung", "-heit", "-schaft") is a dative or a
		// genitive, never the subject.
		cu.left, cu.fronted = nil, true
	}
	if m := cu.left; m != nil && lx.VerbSecond && !aux && !participle && cu.lo == c && a.subjectAfterVerb(c+1, s) && t.obliqueOutlet(m, s) {
		// "Der „Bild“ sagte Lenz, …", "Der Deutschen Presse-Agentur
		// sagte Lenz, …", "Der dpa sagte Lenz": the outlet told,
		// in the dative, and the name after the verb the subject.
		cu.left, cu.fronted = nil, true
	}
	if m := cu.left; m != nil && lx.VerbSecond && !aux && !participle && cu.lo == c && (t.prepPhraseNoun(m, s) || t.prepPrefield(m, s)) &&
		(sep < 0 && a.subjectAfterVerb(cu.hi, s) || sep > c && a.subjectAfterVerb(c+1, s)) {
		// (Also with a separable particle closing the clause: "Im
		// Gespräch mit dieser Zeitung räumte der Landrat Fehler ein".)
		// "Im Prozess verweigerte der Angeklagte die Aussage", "Auf
		// Fragen antwortete Maier nicht": a phrase with a
		// preposition in first place, and a subject after the verb.
		cu.left, cu.appos = nil, nil
	}
	if m := cu.left; m != nil && lx.VerbSecond && !aux && cu.lo == c && t.clauseFinal(cu.hi, s) {
		if k0, ok := t.subordinateOpener(m.t0, s); ok {
			if lx.Set("freerelatives", t.toks[k0].l) {
				return false, false // "Wer kurze Wege schätzt, …": the one who, no one named
			}
			// "Während Equinor … als maximale Leistung angibt": the
			// phrase right after the opener is the subject.
			cu.left, cu.appos = nil, nil
			if e := t.npRight(k0+1, s); e > k0+1 && e <= m.t0 && !(t.isPronounTok(k0+1) && !lx.Set("nominative", t.toks[k0+1].l)) {
				cu.left = a.parseNP(k0+1, e, 0)
			}
		}
	}
	a.fromSubject(cu, s)
	t.pluralPronoun(cu, cu.left) // "Sie verlangten …": they, not she
	if m := cu.left; m != nil && m.t0-1 >= s.body && lx.Set("negsubj", t.toks[m.t0-1].l) {
		return false, false // "ni los diputados ni el presidente han mencionado", "neither X nor Y said": no one said it
	}
	if m := cu.left; m != nil && m.t1 > m.t0 && t.toks[m.t1-1].poss && !v.Noun && !t.possessiveName(m, cu.hi, s) {
		// "The state's confirmed caseload": a possessive modifies
		// the noun after the participle. ("Hale's claim that …"
		// is a statement: a noun of saying.)
		cu.left = nil
	}
	return relSubj, true
}

// otherSpeakerAfter reports whether sentence s names, from token k on,
// a name or a noun of someone who could speak.
func (t *text) otherSpeakerAfter(k int, s *sentence) bool {
	for j := k; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord {
			continue
		}
		if c := t.lx.Speakers[tk.b]; c != "" && c != "doc" || tk.cap && t.isName(j) || t.isTitleWord(j) {
			p := j - 1
			for p > k && t.lx.Set("determiners", t.toks[p].l) {
				p--
			}
			if p >= k && t.lx.Set("wherepreps", t.toks[p].l) {
				continue // "Les infirmières ont manifesté devant l'hôpital": where, no one met
			}
			return true
		}
	}
	return false
}

// fromAfter makes the body named after a "from" word right after a
// plural verb with no subject the verb's subject, when "that" follows:
// "Aseguran desde el Ministerio de Seguridad que …" (fromSubject's
// "Desde el Ministerio aseguran que …" the other way round).
func (rs *resolver) fromAfter(cu *cue, s *sentence) {
	t := rs.t
	lx := t.lx
	k := cu.hi
	if cu.left != nil || cu.right != nil || k+2 >= s.t1 || !t.out(k) || !lx.Set("fromsource", t.toks[k].l) || !t.pluralVerb(cu) {
		return
	}
	e := t.npRight(k+1, s)
	if e <= k+1 || e >= s.t1 || !lx.Set("comp", t.toks[e].l) {
		return
	}
	for j := k + 1; j < e; j++ {
		if isTimeWord(lx, t.toks[j].l) || isDigits(t.toks[j].s) {
			return // "Aseguran desde 2014 que …"
		}
	}
	if m := rs.parseNP(k+1, e, 0); m != nil && m.kind != kPron && m.kind != kDoc && m.class != "unknown" {
		m.t1 = e
		cu.right, cu.hi = m, e
	}
}

// givenAfterName reports whether token j is a given name the lexicon
// knows after a capitalised word that is none ("LA NACION Héctor", not
// "José Antonio").
func (t *text) givenAfterName(j int) bool {
	// (Not after a saint's word, [set saintwords]: "San Pedro Sula",
	// "São José dos Campos" are places.)
	// (Also one of either gender: "le président du Sénat Claude Roux".)
	return t.toks[j-1].cap && (t.lx.GivenNames[t.toks[j].l] != 0 || t.lx.BothGiven[t.toks[j].l]) && t.lx.GivenNames[t.toks[j-1].l] == 0 && !t.lx.BothGiven[t.toks[j-1].l] && !t.lx.Set("saintwords", t.toks[j-1].l)
}

// singularAfterPlural reports whether the phrase from k to end after
// the plural verb of cue cu opens with a singular determiner and joins
// no phrases: the verb's object, not its subject ("Desde la CGT
// anunciaron un paro general", "presentaron una denuncia").
func (t *text) singularAfterPlural(cu *cue, k, end int) bool {
	lx := t.lx
	// (Not in a language that lists no plural determiners: German "die"
	// and "andere" are either.)
	if len(lx.Sets["pluraldeterminers"]) == 0 || !lx.Set("determiners", t.toks[k].l) || lx.Set("pluraldeterminers", t.toks[k].l) || !t.pluralVerb(cu) {
		return false
	}
	for j := k + 1; j <= end && j < len(t.toks); j++ {
		if lx.Set("coord", t.toks[j].l) {
			return false
		}
	}
	return true
}

// fromSubject makes the body a sentence opens with after a "from" word
// the subject of a plural verb with none of its own: Spanish news
// writes "Desde el Ministerio de Salud aseguraron que …", "Desde la
// CGT, en cambio, advirtieron que …" for words of the body's people.
// (Not "Desde 2014 …", "Desde el martes …": a time is no one.)
func (rs *resolver) fromSubject(cu *cue, s *sentence) {
	t := rs.t
	lx := t.lx
	st := s.body
	if o := t.afterOpening(s); o > s.body && o < s.t1 && !lx.Set("fromsource", t.toks[st].l) {
		st = o // "En tanto, desde la consultora EcoGo advirtieron que …"
	}
	// ("Desde el Gobierno se insiste en que …": the impersonal "se"
	// before a verb that takes none, the body after "desde" too.)
	impersonal := t.impersonalSe(cu, s)
	if cu.left != nil && cu.leftAtBoundary || cu.lo-2 <= st || !lx.Set("fromsource", t.toks[st].l) || !t.pluralVerb(cu) && !impersonal {
		return
	}
	e := t.npRight(st+1, s)
	if impersonal && e > cu.lo && e <= cu.c {
		e = cu.lo // (the phrase ends before "se")
	}
	if e <= st+1 || e != cu.lo && !(t.toks[e].s == "," && t.toks[cu.lo-1].s == "," && cu.lo-e < 6) {
		return
	}
	for k := st + 1; k < e; k++ {
		if isTimeWord(lx, t.toks[k].l) || isDigits(t.toks[k].s) {
			return
		}
	}
	m := rs.parseNP(st+1, e, 0)
	if b, seat := t.seatParty(m); seat {
		m = b // "Desde Ferraz advierten que …": the party (or no one)
	} else if b := rs.bodyNotPerson(m, cu.sent); b != nil {
		m = b
	}
	if m != nil && impersonal && m.kind == kDesc && unnamedSpeaker(m.kind, m.class) {
		return // "Desde la cárcel se denunció …": a place, no one who speaks
	}
	if m != nil && m.kind != kPerson && m.kind != kPron {
		cu.left, cu.leftAtBoundary = m, true
	}
}

// objectAfterVerb reports whether the phrase after the verb at token c
// (past adverbs) is none or no subject: a thing described, with no
// capital ("su completo apoyo"), or one owned ("su apoyo"), not a person,
// a body or a title ("el ministro Pedro Gil").
func (a *analysis) objectAfterVerb(c int, s *sentence) bool {
	t := a.t
	k := c + 1
	for k < s.t1 && t.out(k) && t.lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap {
		k++
	}
	end := t.npRight(k, s)
	if end <= k || t.lx.Set("possessive", t.toks[k].l) {
		return true
	}
	m := a.parseNP(k, end, 0)
	if m == nil {
		return true
	}
	if m.kind != kDesc || m.class != "" && m.class != "unknown" || m.headTok >= 0 && t.isTitleWord(m.headTok) {
		return false
	}
	for j := k; j < end; j++ {
		if t.toks[j].cap {
			return false
		}
	}
	return true
}

// droppedSubordEnd returns the token after the comma that closes a
// subordinate clause opening sentence s, when its own verb comes right
// after the subordinating word (or after a clitic pronoun): its subject
// left out, as the main clause's is ("Aunque reconoce que falta dinero,
// asegura que …", "Si bien lo niega, admite que …"); else s.body.
func (t *text) droppedSubordEnd(s *sentence) int {
	lx := t.lx
	k := t.phraseEnd("subord", s.body, s)
	if k == s.body || k >= s.t1 {
		return s.body
	}
	for k < s.t1 && t.toks[k].kind == tWord && (lx.Set("clitics", t.toks[k].l) || lx.Set("refl", t.toks[k].l) || lx.Set("negation", t.toks[k].l) || lx.Set("adverbs", t.toks[k].l) && !lx.Set("determiners", t.toks[k].l)) {
		k++
	}
	if k >= s.t1 || t.toks[k].kind != tWord || t.toks[k].cap || t.toks[k].q >= 0 {
		return s.body
	}
	// Its verb: a form the lexicon knows, or a word in the singular
	// that opens no noun phrase ("Aunque sabe que …", not "Aunque
	// expertos creen …", "Aunque los vecinos …").
	if l := t.toks[k].l; !t.isVerb(k) && (t.pluralForm(l) || lx.Set("determiners", l) || lx.Set("prep", l) || lx.Set("comp", l) || lx.Set("coord", l) ||
		lx.Set("quantifiers", l) || lx.Speakers[l] != "" || t.isTitleWord(k) || t.isPronounTok(k)) {
		return s.body
	}
	for j := k + 1; j < s.t1 && j <= s.body+25; j++ {
		tk := &t.toks[j]
		if tk.kind == tQOpen || tk.q >= 0 {
			return s.body
		}
		if tk.s == "," {
			if j+1 < s.t1 {
				return j + 1
			}
			break
		}
	}
	return s.body
}

// impersonalSe reports whether the verb of cu, in the singular, has the
// impersonal reflexive pronoun right before it or its auxiliary and
// takes none of its own ("se insiste en que …", "se ha señalado que
// …"): no one is its subject.
func (t *text) impersonalSe(cu *cue, s *sentence) bool {
	k := cu.c - 1
	if k >= s.body && t.lx.Set("aux", t.toks[k].l) {
		k--
	}
	return k >= s.body && t.toks[k].kind == tWord && t.out(k) && t.lx.Set("refl", t.toks[k].l) && !cu.verb.Refl && !t.pluralVerb(cu)
}

// participleAside reports whether a noun phrase starts at lo and ends
// at a comma, followed by words that open with a past participle and run
// to the comma at end ("el Ayuntamiento, gobernado por el PP,").
func (t *text) participleAside(lo, end int, s *sentence) bool {
	e := t.npRight(lo, s)
	if e <= lo || e+1 >= end || t.toks[e].s != "," || !t.endsIn("participleendings", t.toks[e+1].l, 2) {
		return false
	}
	for k := e + 1; k < end; k++ {
		if tk := &t.toks[k]; tk.kind != tWord || tk.q >= 0 {
			return false
		}
	}
	return true
}

// seatParty returns, for a phrase that names a party's seat the
// lexicon lists ("Ferraz", "Génova", "Largo do Rato"), the party as a
// body's name ("En Ferraz reconocen que …" is the PSOE's words), and
// whether the phrase is such a seat. A seat whose party the article
// never names gives no one (nil, true): the party's name would be the
// bot's, not the article's, and the seat is no party.
func (t *text) seatParty(m *mention) (*mention, bool) {
	lx := t.lx
	if m == nil || len(lx.PartySeats) == 0 || m.kind == kPron || m.kind == kDoc || m.kind == kDesc {
		return nil, false
	}
	names, ok := lx.PartySeats[lang.Lower(stripDet(lx, m.surface))]
	if !ok {
		return nil, false
	}
	p := ""
	for _, n := range names {
		if t.namedInText(n) {
			p = n // the first of the party's names the article uses
			break
		}
	}
	if p == "" {
		return nil, true
	}
	b := *m
	b.kind, b.name, b.surface, b.title, b.country, b.acronym, b.class = kOrg, p, p, "", nil, "", "org"
	return &b, true
}

// namedInText reports whether the article's words hold name (any case).
func (t *text) namedInText(name string) bool {
	ws := strings.Fields(lang.Lower(name))
	toks := t.toks
	for k := 0; k+len(ws) <= len(toks); k++ {
		ok := len(ws) > 0
		for j, w := range ws {
			if toks[k+j].kind != tWord || toks[k+j].l != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// bodyNotPerson makes a name read as a person's the name of a body
// when it stands where people speak from ("Desde Cambio Radical
// advirtieron …", "En Centro Democrático aseguran …"): capitals with no
// given name, no title and no one named so before.
//
// It returns the mention as a body's, or nil. The entity the name was
// first registered under, a person's, becomes a body's too.
func (rs *resolver) bodyNotPerson(m *mention, sent int) *mention {
	if m == nil || m.kind != kPerson || m.title != "" || m.t0 >= m.t1 || rs.t.lx.Given(lang.Lower(rs.t.toks[m.t0].s)) != 0 {
		return nil
	}
	for sn := range rs.reg.before(sent, 0, sent) {
		if sn.e.kind == kPerson && lang.Fold(sn.e.name) == lang.Fold(m.name) {
			return nil
		}
	}
	b := *m
	b.kind = kOrg
	if e := rs.reg.byName[lang.Fold(m.name)]; e != nil && e != ambiguous && e.kind == kPerson && lang.Fold(e.name) == lang.Fold(m.name) {
		e.kind = kOrg
	}
	return &b
}

// apposAfter returns the phrase in apposition after an inverted subject
// right ending at token end, and where it ends, or nil: a name ("a
// déclaré le ministre, Jean Dupont, …") or a role after a person's name
// ("dénonce Philippe Lambert, président du syndicat").
func (rs *resolver) apposAfter(right *mention, end int, s *sentence) (*mention, int) {
	t := rs.t
	if end+1 >= s.t1 || t.toks[end].s != "," {
		return nil, 0
	}
	e2 := t.npRight(end+1, s)
	if e2 <= end+1 || e2 < s.t1 && t.toks[e2].kind == tWord {
		return nil, 0
	}
	m := rs.parseNP(end+1, e2, 0)
	role := m != nil && m.kind == kDesc && right.kind == kPerson && m.headTok >= 0 && t.isTitleWord(m.headTok)
	if m == nil || m.kind != kPerson && m.kind != kName && !role {
		return nil, 0
	}
	return m, e2
}

// coordTitleEnd returns the comma that ends a second title joined by a
// coordinator to the person described in right, which ends at token end
// ("el miembro del Buró Político y presidente de la Asamblea, Esteban
// Lazo", "la ministra de Hacienda y vicepresidenta primera, María Jesús
// Montero"), or end when none does.
func (t *text) coordTitleEnd(right *mention, end int, s *sentence) int {
	if right == nil || right.kind != kDesc || right.headTok < 0 || !t.isTitleWord(right.headTok) || end+2 >= s.t1 ||
		t.toks[end].kind != tWord || !t.out(end) || !t.lx.Set("coord", t.toks[end].l) || !t.isTitleWord(end+1) {
		return end
	}
	if e := t.npRight(end+1, s); e > end+1 && e < s.t1 && t.toks[e].s == "," {
		return e
	}
	return end
}

// coordNounName returns, where every noun has a capital, the person
// named right after a second noun joined by a conjunction to a
// description with the definite article, the name ending the clause: "sagte die Frauenrechtlerin
// und Pädagogin Maria Blanco." is Maria Blanco's. It returns the token
// after the name, or nil.
func (rs *resolver) coordNounName(right *mention, end int, s *sentence) (*mention, int) {
	t := rs.t
	if !t.lx.NounCaps || right.kind != kDesc || right.headTok < 0 || !t.toks[right.headTok].cap || !t.lx.Set("definite", t.toks[right.t0].l) || end+3 >= s.t1 || t.toks[end].kind != tWord ||
		!t.out(end) || !t.lx.Set("coord", t.toks[end].l) || !t.toks[end+1].cap || !t.out(end+1) || !t.isName(end+2) {
		return nil, 0
	}
	e := t.npRight(end+2, s)
	if e <= end+3 || e < s.t1 && t.toks[e].kind == tWord {
		return nil, 0
	}
	if m := rs.parseNP(end+2, e, 0); m != nil && m.kind == kPerson && m.t1 == e {
		return m, e
	}
	return nil, 0
}

// apposAfterPrep returns the person named in apposition after a title
// whose phrase goes on with a preposition and its noun ("la présidente
// du Haut Conseil pour le climat, Corinne Le Quéré"), and the token
// after the name; or nil.
func (rs *resolver) apposAfterPrep(right *mention, end int, s *sentence) (*mention, int) {
	t := rs.t
	if right.kind != kDesc || right.headTok < 0 || !t.isTitleWord(right.headTok) || end+2 >= s.t1 || t.toks[end].kind != tWord || t.toks[end].cap || !t.lx.Set("prep", t.toks[end].l) {
		return nil, 0
	}
	e := t.npRight(end+1, s)
	if e <= end+1 || e-end > 6 {
		return nil, 0
	}
	if m, e2 := rs.apposAfter(right, e, s); m != nil && m.kind == kPerson && m.t1-m.t0 >= 2 {
		return m, e2
	}
	return nil, 0
}

// dashAppos returns the person, or the two people joined by "and", named
// between a dash at token end and the same dash closing it ("das
// Biathlonpaar – Ole Einar Björndalen und Darya Domracheva – gab …"),
// and the token after the closing dash.
func (rs *resolver) dashAppos(end int, s *sentence) (*mention, *mention, int) {
	t := rs.t
	if end+2 >= s.t1 || t.toks[end].s != "–" && t.toks[end].s != "—" {
		return nil, nil, 0
	}
	cl := t.dashClose(end, s.t1)
	if cl < 0 {
		return nil, nil, 0
	}
	person := func(lo, hi int) *mention {
		if m := rs.parseNP(lo, hi, 0); m != nil && m.kind == kPerson && m.t1-m.t0 >= 2 && t.npRight(lo, s) == hi {
			return m
		}
		return nil
	}
	if m := person(end+1, cl); m != nil {
		return m, nil, cl + 1
	}
	for j := end + 2; j < cl-1; j++ {
		if t.lx.Set("coord", t.toks[j].l) {
			m1, m2 := person(end+1, j), person(j+1, cl)
			if m1 != nil && m2 != nil {
				return m1, m2, cl + 1
			}
			return nil, nil, 0
		}
	}
	return nil, nil, 0
}

// impersonalSource returns, for an impersonal subject at token k ("on")
// after an opening phrase that names where it is said ("Du côté du
// ministère, on assure …", "Chez Renault, on indique …", "À Matignon,
// on fait valoir …"), the body or person named there, or nil: never a
// place ("À Paris, on estime …") nor a thing ("Dans la rue, on …").
func (rs *resolver) impersonalSource(k int, s *sentence) *mention {
	t := rs.t
	if !t.lx.Set("impersonal", t.toks[k].l) || k-1 <= s.body || t.toks[k-1].s != "," {
		return nil
	}
	// The opening phrase's words up to the source; a contracted article
	// ("Au ministère") is the source's determiner.
	j, w := -1, ""
	for e := s.body; e < k-1 && e < s.body+3 && t.toks[e].kind == tWord; e++ {
		if e > s.body {
			w += " "
		}
		w += t.toks[e].l
		if t.lx.Set("onsources", w) {
			j = e + 1
			if t.lx.Set("determiners", t.toks[e].l) {
				j = e
			}
		}
	}
	if j < 0 || j >= k-1 {
		return nil
	}
	end := t.npRight(j, s)
	if end < k-1 && end > j && t.toks[end].s == "," && t.npRight(end+1, s) == k-1 && t.lx.Set("determiners", t.toks[end+1].l) {
		// "Chez Keolis, l'exploitant du réseau, on indique …": the
		// source, then what it is.
		if d := rs.parseNP(end+1, k-1, 0); d == nil || d.kind != kDesc {
			return nil
		}
	} else if end != k-1 {
		return nil
	}
	m := rs.parseNP(j, end, 0)
	switch {
	case m == nil, m.kind == kPron, m.kind == kDoc:
		return nil
	case m.kind == kCountry:
		if !t.lx.Set("govwords", lang.Lower(m.surface)) {
			return nil // "À Paris, on estime …": a place, not "À Matignon"
		}
	case m.kind == kDesc && !m.gov && m.class != "org" && m.class != "people" && !t.lx.Set("orgwords", m.head):
		return nil // "Dans la rue, on …"
	}
	return m
}

// impersonalPlace reports whether the source m, at token from, of an
// according pattern built on the impersonal subject ("…, indique-t-on à
// Paris", "…, a-t-on appris de Marseille") is a place, which says
// nothing: a country or a capital that is no seat of government ("à
// Matignon" is one), or a bare one-word name right after the
// preposition.
func (t *text) impersonalPlace(p lang.Pattern, m *mention, from int) bool {
	on := false
	for _, w := range p.Before {
		if i := strings.LastIndexByte(w, '-'); t.lx.Set("impersonal", w) || i >= 0 && t.lx.Set("impersonal", w[i+1:]) {
			on = true
		}
	}
	if !on {
		return false
	}
	switch m.kind {
	case kCountry:
		return !t.lx.Set("govwords", lang.Lower(m.surface))
	case kName:
		// (Not a paper or a company: "peut-on lire dans Ouest-Matin",
		// "assure-t-on chez Renault".)
		return m.t1-m.t0 == 1 && from > 0 && !t.lx.Set("govwords", lang.Lower(m.surface)) && (t.lx.Set("dative", t.toks[from-1].l) && !t.lx.Set("determiners", t.toks[from-1].l) || t.lx.Set("of", t.toks[from-1].l) && !t.lx.Set("definite", t.toks[from-1].l) && !t.lx.Set("masculine", t.toks[from-1].l) && !t.lx.Set("pluraldeterminers", t.toks[from-1].l))
	case kDesc:
		// "…, indique-t-on dans la rue": a thing, not "au ministère".
		// (Only after a preposition of place: "auprès du parquet" is
		// whom it was learnt from.)
		return from > 0 && !t.lx.Set("dative", t.toks[from-1].l) && !t.lx.Set("of", t.toks[from-1].l) &&
			!m.gov && m.class == "unknown" && !t.lx.Set("orgwords", m.head) && !t.lx.Set("anaphoric", m.head) && !t.isTitleWord(m.headTok)
	}
	return false
}

// pluralPronoun makes a pronoun of either number (German "sie") that is
// the subject of a cue's plural verb form plural: they, never one person.
func (t *text) pluralPronoun(cu *cue, m *mention) {
	if m != nil && m.kind == kPron && t.lx.Pronouns[m.head].Either && t.pluralVerb(cu) {
		m.plural = true
	}
}

// prepPhraseBeforeSubject returns where the inverted subject of an incise
// verb group starting at lo starts when phrases after prepositions stand
// between the group, ending at k, and the subject, which ends the clause
// ("«…», ha señalado en declaraciones a Europa Press el ministro"); k
// otherwise. Only after a quotation: elsewhere the phrase after the
// prepositions may be the verb's object.
func (t *text) prepPhraseBeforeSubject(lo, k int, s *sentence) int {
	lx := t.lx
	j := lo - 1
	comma := j >= s.body && t.toks[j].s == ","
	if comma {
		j--
	}
	if j < s.body || t.toks[j].kind != tQClose && (!t.lx.ProDrop || !comma && !t.cleftAt(lo, s)) {
		// (In a language that leaves subjects out and inverts them,
		// also after words and a comma, "La reforma entrará en vigor,
		// explicó en rueda de prensa la ministra", or a phrase that
		// points back, "Así lo explicó en rueda de prensa la ministra";
		// not in German, "Dies zeigt sich in der Karte am …".)
		return k
	}
	e := k
	// (Not a word that is also an article, Portuguese "a": "diz a
	// garota".)
	// (Also the one told after the first phrase: "estime dans un
	// entretien | au Monde | l'économiste X".)
	// (But a preposition fused with its article is one: "disse na
	// ocasião o deputado".)
	for e+1 < s.t1 && e-k < 12 && t.out(e) && (lx.Set("prep", t.toks[e].l) && (!lx.Set("determiners", t.toks[e].l) || lx.Set("prepdets", t.toks[e].l)) || e > k && lx.Set("dative", t.toks[e].l) && t.isName(e+1)) && !lx.Set("by", t.toks[e].l) {
		x := t.npRight(e+1, s)
		if x <= e+1 {
			return k
		}
		e = x
	}
	if e == k || e >= s.t1 || !t.out(e) || lx.Set("by", t.toks[e].l) || !lx.Set("determiners", t.toks[e].l) && !t.isName(e) {
		return k
	}
	if end := t.npRight(e, s); end > e && t.endsClause(end, s) {
		return e
	}
	return k
}

// toldMedia returns the token after a news outlet or an audience spoken
// to, or an outlet spoken on or in, that starts at token k ("à l'AFP",
// "au Parisien", "auprès de l'AFP", "à la presse", "sur franceinfo",
// "dans Le Parisien", "dans un communiqué") when a subject follows it,
// or k.
func (t *text) toldMedia(k int, s *sentence) int {
	lx := t.lx
	j := k
	switch {
	case j < s.t1 && t.out(j) && (lx.Set("dative", t.toks[j].l) || lx.Set("mediumpreps", t.toks[j].l)):
		j++ // "à l'AFP", "sur franceinfo", "dans Le Parisien"
	case j+1 < s.t1 && t.out(j) && lx.Set("dative", t.toks[j].l+" "+t.toks[j+1].l):
		j += 2 // "auprès de"
	default:
		return k
	}
	medium := j > k && lx.Set("mediumpreps", t.toks[j-1].l)
	// "afirmó a este diario su abogada", "dijo a varios medios el
	// portavoz": a kind of outlet after a determiner, told, before a
	// subject that opens with a determiner of its own (not a name,
	// which the kind may be the title of: "al diario El País").
	own := j+2 < s.t1 && t.out(j) && t.out(j+1) && t.out(j+2) && lx.Set("determiners", t.toks[j].l) && !lx.Set("possessive", t.toks[j].l) && !lx.Set("dative", t.toks[j].l) &&
		lx.Set("mediawords", t.toks[j+1].b) && lx.Set("determiners", t.toks[j+2].l) && !lx.Set("dative", t.toks[j+2].l)
	if j < s.t1 && t.out(j) && (lx.Set("definite", t.toks[j].l) || medium && lx.Set("determiners", t.toks[j].l) || own) {
		j++
	}
	multi := false
	if n := t.newsNameEnd(j, s); n > j+1 {
		j, multi = n-1, true // "à 20 Minutes", "sur France Inter": the outlet's last word
	} else if j+2 < s.t1 && t.out(j) && t.out(j+1) && lx.Set("mediawords", t.toks[j].b) {
		// "dijo a la agencia EFE su abogado", "a déclaré à l'agence
		// Reuters le ministre": the outlet's kind, then its name.
		if n := t.newsNameEnd(j+1, s); n > j+2 {
			j, multi = n-1, true
		} else if lx.Set("newsnames", t.toks[j+1].l) {
			j, multi = j+1, true
		}
	}
	if j+1 >= s.t1 || !t.out(j) || !multi && !own && !lx.Set("newsnames", t.toks[j].l) && !lx.Set("audiences", t.toks[j].l) && !(medium && lx.Set("docnouns", t.toks[j].b)) ||
		!t.isName(j+1) && !lx.Set("determiners", t.toks[j+1].l) && !t.bareSpeaker(j+1) {
		return k
	}
	return j + 1
}

// toldOutletDative returns, in a verb-second language, the token after an
// outlet told in the dative between the verb of an incise (after a comma
// or a closing quotation mark) and its subject, when a determiner or a
// name opens the subject right after it: an article of [set
// dativearticles] and a noun of [set mediawords] or one ending in one
// ("…, sagte dem Sender die Bürgermeisterin"), or one of [set
// obliquefeminine] and a feminine outlet ([set femininemedia]), maybe
// after an adjective of [set weakadjendings] ("„…“, sagte der Zeitung
// sein Anwalt", "…, sagte der Deutschen Presse-Agentur Anna Berg"), or
// either and a name of [set newsnames] ("sagte der dpa ein Sprecher");
// else the token after the verb group. (Not "teilte der Sender am
// Montag mit": the subject, before a preposition.)
func (t *text) toldOutletDative(cu *cue, c int, s *sentence) int {
	lx := t.lx
	k := cu.hi
	j := t.toldOutletEnd(cu, c, s)
	if j < 0 || j+1 >= s.t1 || !t.out(j+1) || (!lx.Set("determiners", t.toks[j+1].l) || lx.Set("prep", t.toks[j+1].l)) && !t.isName(j+1) {
		return k
	}
	return j + 1
}

// toldOutletEnd returns the last token of the outlet told in the dative
// right after the verb of an incise that toldOutletDative reads, whatever
// follows it, or -1.
func (t *text) toldOutletEnd(cu *cue, c int, s *sentence) int {
	k := cu.hi
	if !t.lx.VerbSecond || k != c+1 || cu.lo-1 < s.body || t.toks[cu.lo-1].s != "," && t.toks[cu.lo-1].kind != tQClose {
		return -1
	}
	return t.outletDativeEnd(k, s)
}

// outletDativeEnd returns the last token of an outlet told in the dative
// that opens at token k (toldOutletEnd), or -1.
func (t *text) outletDativeEnd(k int, s *sentence) int {
	lx := t.lx
	if k+2 >= s.t1 || !t.out(k) {
		return -1
	}
	dat, fem := lx.Set("dativearticles", t.toks[k].l), lx.Set("obliquefeminine", t.toks[k].l)
	if !dat && !fem {
		return -1
	}
	j := k + 1
	if j+1 < s.t1 && t.out(j) && t.toks[j].cap && t.endsIn("weakadjendings", t.toks[j].l, 2) && t.out(j+1) && t.toks[j+1].cap {
		j++ // "der Deutschen Presse-Agentur"
	}
	l := t.toks[j].l
	switch {
	case !t.out(j):
		return -1
	case lx.Set("newsnames", l):
	case dat && (lx.Set("mediawords", l) || t.endsIn("mediawords", l, 2)):
	case fem && t.endsIn("femininemedia", l, -1):
	default:
		return -1
	}
	if e := t.newsNameEnd(j+1, s); j+1 < s.t1 && t.out(j+1) && (e > j+1 || lx.Set("newsnames", t.toks[j+1].l)) {
		// "…, sagte der Nachrichtenagentur dpa sein Anwalt": the
		// agency's name after its kind is the one told too, not the
		// subject.
		j = max(e, j+2) - 1
	}
	return j
}

// outletAlone reports whether the outlet told that ends at token j (-1:
// none) ends its clause, with no subject after it.
func (t *text) outletAlone(j int, s *sentence) bool {
	return j >= 0 && (j+1 >= s.t1 || t.toks[j+1].kind == tPunct && t.toks[j+1].s != "(")
}

// newsNameEnd returns the token after a news outlet of two or three words
// that starts at token k ("20 Minutes", "Europe 1", "France Inter"), or k.
func (t *text) newsNameEnd(k int, s *sentence) int {
	key := t.toks[k].l
	for e := k + 1; e < s.t1 && e < k+3 && t.out(e); e++ {
		key += " " + t.toks[e].l
		if t.lx.Set("newsnames", key) {
			return e + 1
		}
	}
	return k
}

// bareSpeaker reports whether token k is a noun that speaks without a
// name or a determiner, as Lusa's wire copy writes it ("disse à Lusa
// fonte dos bombeiros", "porta-voz da PSP").
func (t *text) bareSpeaker(k int) bool {
	tk := &t.toks[k]
	return tk.kind == tWord && !tk.cap && (t.lx.Speakers[tk.b] != "" || t.isTitleWord(k))
}

// shareOpens reports whether tokens [st, hi) open with a number, maybe
// approximate, and a word of [set shares] ("94 Prozent", "about 60
// percent").
func (t *text) shareOpens(st, hi int) bool {
	if st > 0 && st < hi && t.lx.Set("shares", t.toks[st].l) && unicode.IsDigit(firstRune(t.toks[st-1].s)) {
		return true // ("Rund 60 | Prozent der Wähler": the phrase left out its number)
	}
	j := st
	for j < hi && t.toks[j].kind == tWord && t.lx.Set("approx", t.toks[j].l) {
		j++
	}
	if j+1 >= hi || t.toks[j].kind != tWord || !(unicode.IsDigit(firstRune(t.toks[j].s)) || t.lx.Set("quantifiers", t.toks[j].l)) {
		return false
	}
	return t.lx.Set("shares", t.toks[j+1].l)
}

// countStart returns where an approximate number before a phrase that
// starts at token st and ends before hi begins ("at least two officials",
// "about a dozen protesters"), or st.
func (t *text) countStart(st, hi int, s *sentence) int {
	for b := st - 1; b >= s.body && b >= st-2; b-- {
		if e := t.countEnd(b, hi); e >= st && e < hi {
			return b
		}
	}
	return st
}

// reducedPassive reports whether the participle at token c follows a
// common noun and an agent follows it ("a practice criticized by the
// mayor", "a plan condemned by Tom Hale"): the noun's modifier, not its
// verb ("Trump said by telephone", "a poll found by 43%" are verbs).
func (t *text) reducedPassive(c int, s *sentence) bool {
	if c-1 <= s.body || c+2 >= s.t1 || !t.lx.Set("by", t.toks[c+1].l) {
		return false
	}
	prev, agent := &t.toks[c-1], &t.toks[c+2]
	if prev.kind != tWord || prev.cap || t.isPronounTok(c-1) || t.lx.Set("adverbs", prev.l) || t.adverbForm(c-1) || agent.kind != tWord {
		return false
	}
	return agent.cap || t.lx.Set("determiners", agent.l)
}

// asideEnd returns the token after an aside the lexicon lists ("quant à
// elle", "pour sa part") that starts at token k of sentence s, or k when
// none does.
func (t *text) asideEnd(k int, s *sentence) int {
	return t.phraseEnd("asides", k, s)
}

// prepInciseEnd returns the token after an incise set off by commas that
// opens with a preposition at token k of sentence s (", en una entrevista
// en Radio Marca recogida por Europa Press,"), with no finite verb or
// quotation inside, or k when there is none.
func (t *text) prepInciseEnd(k int, s *sentence) int {
	if k+2 >= s.t1 || t.toks[k].s != "," || !t.out(k+1) || !t.lx.Set("prep", t.toks[k+1].l) {
		return k
	}
	for j := k + 2; j < s.t1 && j <= k+16; j++ {
		tk := &t.toks[j]
		switch {
		case tk.s == ",":
			return j + 1
		case tk.kind == tQOpen || tk.kind == tQClose || !t.out(j):
			return k
		case tk.kind == tWord && t.isVerb(j) && !t.participleForm(j):
			return k
		}
	}
	return k
}

// phraseEnd returns the token after a phrase of the lexicon's set name
// that starts at token k of sentence s, or k when none does.
func (t *text) phraseEnd(name string, k int, s *sentence) int {
	w := ""
	for j := k; j < s.t1 && j < k+4 && t.toks[j].kind == tWord && t.out(j); j++ {
		if j > k {
			w += " "
		}
		w += t.toks[j].l
		if t.lx.Set(name, w) {
			return j + 1
		}
	}
	return k
}

// turnAside reports whether sentence s holds an aside that gives the
// word to someone other than the one who spoke before ("pour sa part",
// "de son côté", "quant à lui").
func (t *text) turnAside(s *sentence) bool {
	for k := s.body; k < s.t1; k++ {
		if t.phraseEnd("turnasides", k, s) > k {
			return true
		}
	}
	return false
}

// asideStart returns the first token of an aside the lexicon lists that
// ends at token j of sentence s ("a quant à lui estimé"), or -1.
func (t *text) asideStart(j int, s *sentence) int {
	return t.phraseStart("asides", j, 1, 4, s)
}

// phraseStart returns the first token of the shortest phrase of set name,
// of minWords to maxWords words outside quotations, that ends at token
// end of sentence s, or -1 (phraseEnd's mirror).
func (t *text) phraseStart(name string, end, minWords, maxWords int, s *sentence) int {
	w := ""
	for k := end; k >= s.body && k > end-maxWords && t.toks[k].kind == tWord && t.out(k); k-- {
		if k < end {
			w = " " + w
		}
		w = t.toks[k].l + w
		if end-k+1 >= minWords && t.lx.Set(name, w) {
			return k
		}
	}
	return -1
}

// nameAfter reports whether the words from token k open with a name,
// maybe after a determiner ("the Diaoyu"), not a quotation or a common
// noun.
func (t *text) nameAfter(k int, s *sentence) bool {
	if k < s.t1 && t.out(k) && t.lx.Set("determiners", t.toks[k].l) {
		k++
	}
	return k < s.t1 && t.out(k) && t.toks[k].cap
}

// asideBefore returns the comma that opens a short aside of lower-case
// words closed by the comma at token j (", elle,", ", pour sa part,"), or
// -1.
func (t *text) asideBefore(j int, s *sentence) int {
	for k := j - 1; k >= s.body && k >= j-4; k-- {
		tk := &t.toks[k]
		switch {
		case tk.s == ",":
			if k < j-1 {
				return k
			}
			return -1
		case tk.kind != tWord || tk.cap || tk.q >= 0 || t.isVerb(k):
			return -1
		}
	}
	return -1
}

// verbFollows reports whether an auxiliary or copula follows token k
// (after adverbs and time words), so that the word before it was not the
// clause's verb.
func (t *text) verbFollows(k int, s *sentence) bool {
	for k < s.t1 && t.out(k) && (t.adverbAt(k, s) || isTimeWord(t.lx, t.toks[k].l)) && !t.toks[k].cap {
		k++
	}
	if k >= s.t1 || !t.out(k) || t.toks[k].cap {
		return false
	}
	l := t.toks[k].l
	// (Not "having", "being": a gerund opens the words, "said having
	// Putin's respect is …".)
	return (t.lx.Set("aux", l) || t.lx.Set("passive", l) || t.lx.Set("modal", l)) && !t.nonFinite(l)
}

// adverbAt reports whether token k of sentence s is one of the
// lexicon's adverbs here: a determiner among them ("this") only before a
// time word ("this week"), not as a subject ("said this is …").
func (t *text) adverbAt(k int, s *sentence) bool {
	l := t.toks[k].l
	if !t.lx.Set("adverbs", l) {
		return false
	}
	return !t.lx.Set("determiners", l) || k+1 < s.t1 && isTimeWord(t.lx, t.toks[k+1].l)
}

// prepBeforeNoun reports whether token k, a word the lexicon lists as an
// adverb ("on"), is a preposition here: not before a time word ("said on
// Monday"), but before a noun ("said on Twitter").
func (t *text) prepBeforeNoun(k int, s *sentence) bool {
	if !t.lx.Set("prep", t.toks[k].l) || k+1 >= s.t1 {
		return false
	}
	n := t.toks[k+1].l
	return !isTimeWord(t.lx, n) && !t.lx.Set("adverbs", n)
}

// nonFinite reports whether word l ends like a form that is never a
// finite verb ("including").
func (t *text) nonFinite(l string) bool {
	return t.endsIn("nonfiniteendings", l, 2)
}

// adverbForm reports whether token j is an adverb by its ending ("-ly"):
// lower case, not after a determiner, not one of the language's nouns
// with that ending ("the family").
func (t *text) adverbForm(j int) bool {
	tk := &t.toks[j]
	if tk.kind != tWord || tk.cap || tk.q >= 0 {
		return false
	}
	if j > 0 && (t.lx.Set("determiners", t.toks[j-1].l) || t.lx.Set("possessive", t.toks[j-1].l)) {
		return false
	}
	return t.adverbEnding(tk.l)
}

// laterFiniteReport reports whether a finite form of a reporting verb,
// outside quotation marks, follows token k in sentence s after a comma:
// the main clause's verb after a relative clause ("The judges who ruled
// that …, for instance, said …").
func (t *text) laterFiniteReport(k int, s *sentence) bool {
	comma := false
	for ; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.q >= 0 {
			continue
		}
		comma = comma || tk.s == ","
		if v, ok := t.lx.Verbs[tk.l]; ok && comma && tk.kind == tWord && !tk.cap && v.Tags&lang.TagFinite != 0 {
			return true
		}
	}
	return false
}

// objectThenPredicate reports whether the verb of cue cu takes no words
// of its own (a stance of "other": "endorsed", "backed") and a predicate
// comes right after its object, with no comma or complementiser between
// ("cities run by mayors who endorsed Bloomberg have received money"):
// the relative clause ended with the object, and the predicate is the
// sentence's, so the clause reports nothing.
func (t *text) objectThenPredicate(cu *cue, s *sentence) bool {
	lx := t.lx
	if cu.verb.Stance != bot.StanceOther {
		return false
	}
	for j := cu.hi; j < s.t1 && j <= cu.hi+6; j++ {
		tk := &t.toks[j]
		if !t.out(j) || lx.Set("comp", tk.l) || lx.Set("coord", tk.l) {
			return false
		}
		if j > cu.hi && predicateAt(lx, tk) {
			return true
		}
	}
	return false
}

// headedBefore returns the noun phrase of tokens st to end whose head is
// the word right before end, or, when the whole span is none, the phrase
// after its last preposition (afterLastPrep).
func (rs *resolver) headedBefore(st, end int) *mention {
	if m := rs.parseNP(st, end, 0); m != nil && m.headTok == end-1 {
		return m
	}
	return rs.afterLastPrep(st, end)
}

// afterLastPrep returns the phrase between the last preposition other
// than "of" in tokens st to end and end, or nil when there is none: the
// agent in "… forced onto the defensive by Tory MPs", the source in "…
// drew criticism from environmental groups".
func (rs *resolver) afterLastPrep(st, end int) *mention {
	t := rs.t
	for p := end - 2; p >= st; p-- {
		if l := t.toks[p].l; t.out(p) && (t.lx.Set("prep", l) || t.lx.Set("by", l)) && !t.lx.Set("of", l) {
			return rs.parseNP(p+1, end, 0)
		}
	}
	return nil
}

// restrictiveGroup returns the plural description of people right before
// a relative pronoun that is right before the verb at token lo, with no
// comma ("Tory MPs who said", "parents who told"), or nil. (Not a
// singular one: "a young woman who told" in PolNeAR's dev split is no
// speaker's.)
func (rs *resolver) restrictiveGroup(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	r := lo - 1
	if r-1 <= s.body || !t.out(r) || !lx.Set("relpron", t.toks[r].l) || lx.Set("comp", t.toks[r].l) || !t.out(r-1) {
		return nil
	}
	st := t.npLeft(r-1, s)
	if st < 0 {
		return nil
	}
	m := rs.headedBefore(st, r) // ("… forced onto the defensive by Tory MPs who said": the agent)
	if m == nil || m.kind != kDesc || m.class != "people" || m.headTok != r-1 || !m.plural && !(t.toks[r-1].cap && strings.HasSuffix(t.toks[r-1].s, "s")) {
		return nil
	}
	return m
}

// namedRelativeAntecedent returns the person or body named right before
// the comma and the subject relative pronoun that open the clause of the
// verb at token lo, anywhere in the sentence ("Le ministre a rencontré
// Marie Lenoir, qui a dénoncé « un scandale »"); or nil. Not a name after
// "de" ("la fille de Paul Garnier, qui affirme …": either of them).
func (rs *resolver) namedRelativeAntecedent(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	r := lo - 1
	for r > s.body && lo-r <= 3 && !lx.Set("relpron", t.toks[r].l) {
		if tk := &t.toks[r]; tk.kind != tWord || tk.q >= 0 || tk.cap || !lx.Set("adverbs", tk.l) && !lx.Set("clitics", tk.l) && !lx.Set("refl", tk.l) {
			return nil
		}
		r--
	}
	if r-2 < s.body || !lx.Set("relpron", t.toks[r].l) || lx.Set("comp", t.toks[r].l) || lx.Set("possrel", t.toks[r].l) || !t.out(r) {
		return nil
	}
	if t.toks[r-1].s != "," {
		if tk := &t.toks[r-1]; tk.kind == tWord && tk.cap && t.out(r-1) {
			// "… notamment le quotidien Le Courrier qui a accusé le
			// maire de …": no comma, the name right before the
			// relative pronoun (a person of two names or more, or a
			// body), not after "de".
			return rs.nameBeforeComma(r, s, false)
		}
		return nil
	}
	if p, ok := rs.apposPerson(r-1, s); ok {
		return p // "… avec Paul Garnier, ancien président du Conseil, qui a affirmé …"
	}
	return rs.nameBeforeComma(r-1, s, false)
}

// relpronBefore returns the relative pronoun right before the verb
// group at token lo of sentence s, past up to two adverbs in lower case
// ("who has long argued"), or s.body when none; -1 when something else
// stands between.
func (t *text) relpronBefore(lo int, s *sentence) int {
	r := lo - 1
	for r > s.body && lo-r <= 3 && !t.lx.Set("relpron", t.toks[r].l) {
		if tk := &t.toks[r]; tk.kind != tWord || tk.q >= 0 || tk.cap || !t.lx.Set("adverbs", tk.l) {
			return -1
		}
		r--
	}
	return r
}

// personRelativeAntecedent returns the person of two names or more
// right before the comma and the relative pronoun of persons ([set
// personrel]) that open the clause of the verb at token lo ("… the
// argument of Rep. Ann Cole, who has suggested that …"), or nil. After
// "of", only when what comes before "of" is no person ("the daughter of
// Tom Reed, who said …" may be either).
func (rs *resolver) personRelativeAntecedent(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	r := t.relpronBefore(lo, s)
	if r < 0 {
		return nil
	}
	if r-2 < s.body || !lx.Set("personrel", t.toks[r].l) || !t.out(r) || t.toks[r-1].s != "," {
		return nil
	}
	c := r - 1
	if p, ok := rs.apposPerson(c, s); ok {
		return p
	}
	st := t.nameRunStart(c, s)
	if st == c {
		return nil
	}
	m := rs.parseNP(st, c, 0)
	if m == nil || m.kind != kPerson || m.t1 != c || m.t1-m.t0 < 2 {
		return nil
	}
	for k := max(st-2, s.body); k < st; k++ {
		if t.phraseEnd("examples", k, s) == st {
			return nil // "… politicians, like Tom Reed, who had condemned …": an example inside another's words
		}
	}
	if p := st - 1; p > s.body && lx.Set("of", t.toks[p].l) {
		o := p
		for o-1 >= s.body && p-o < 4 && t.toks[o-1].kind == tWord && t.out(o-1) && !t.toks[o-1].cap && !t.isVerb(o-1) && !lx.Set("prep", t.toks[o-1].l) {
			if o--; lx.Set("determiners", t.toks[o].l) {
				break // "the argument of …"
			}
		}
		if o == p {
			return nil
		}
		if d := rs.parseNP(o, p, 0); d == nil || d.kind != kDesc && d.kind != kDoc || d.class == "people" || d.class == "unknown" && d.head == "" {
			return nil
		}
	}
	return m
}

// nameRunStart returns where the run of capitalised words (and name
// glue, "de", "van") that ends before token c of sentence s starts, up to
// five words back and past lower-case words at its start; c when there
// is none.
func (t *text) nameRunStart(c int, s *sentence) int {
	lx := t.lx
	st := c
	for st-1 >= s.body && c-st < 5 && t.toks[st-1].kind == tWord && t.toks[st-1].q < 0 && (t.toks[st-1].cap || lx.Set("nameglue", t.toks[st-1].l)) {
		st--
	}
	for st < c && !t.toks[st].cap {
		st++
	}
	return st
}

// nameBeforeComma returns the person of two names or more or the named
// body right before the comma at token c of sentence s, not after "de"
// nor, unless afterPrep, another preposition; or nil.
func (rs *resolver) nameBeforeComma(c int, s *sentence, afterPrep bool) *mention {
	t := rs.t
	lx := t.lx
	st := t.nameRunStart(c, s)
	if st == c {
		return nil
	}
	m := rs.parseNP(st, c, 0)
	if m == nil || m.kind != kPerson && m.kind != kOrg || m.t1 != c || m.kind == kPerson && m.t1-m.t0 < 2 {
		return nil
	}
	if p := st - 1; p >= s.body && (lx.Set("of", t.toks[p].l) || !afterPrep && (lx.Set("prep", t.toks[p].l) || lx.Set("by", t.toks[p].l))) {
		return nil // (nor after another preposition: "un darwinisme inspiré par X, qui croyait …")
	}
	return m
}

// relativeAntecedent returns the phrase before a comma that a relative
// pronoun after it refers to, when the verb at token lo belongs to that
// relative clause ("… con la Alcaldía de Medellín, que a través de un
// comunicado aseguró …", "… habló con el ministro Luis Prado, quien
// aseguró que …"), or nil. Only a phrase after a preposition, a time word
// or an adverb may stand between the pronoun and the verb (not a subject
// of its own: "…, que el ministro aseguró …"), and the phrase must name a
// person, an organisation or a speaker the lexicon knows.
func (rs *resolver) relativeAntecedent(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	r := lo - 1
	for r > s.body && lo-r <= 8 && !lx.Set("relpron", t.toks[r].l) {
		tk := &t.toks[r]
		if tk.kind != tWord || tk.q >= 0 || lx.Set("clause", tk.l) || t.isPronounTok(r) {
			return nil
		}
		if v, ok := lx.Verbs[tk.l]; t.isVerb(r) && !(ok && v.Tags&lang.TagFinite == 0 && v.Tags&lang.TagParticiple != 0) {
			return nil // (a participle may describe a noun: "un comunicado escrito")
		}
		r--
	}
	if r-2 < s.body || !lx.Set("relpron", t.toks[r].l) || !t.out(r) || t.toks[r-1].s != "," {
		return nil
	}
	if x := r + 1; x < lo && !lx.Set("prep", t.toks[x].l) && !isTimeWord(lx, t.toks[x].l) && !lx.Set("adverbs", t.toks[x].l) {
		return nil
	}
	c := r - 1
	if p, ok := rs.apposPerson(c, s); ok {
		return p // (not a body the description names: the court did not speak)
	}
	st := t.antecedentStart(c, s)
	if st == c {
		return nil
	}
	m := rs.parseNP(st, c, 0)
	if m == nil {
		return nil
	}
	switch m.kind {
	case kPerson, kOrg:
		return m
	case kName:
		if lx.Set("personrel", t.toks[r].l) && m.t1-m.t0 == 1 && t.toks[m.t0].cap {
			// "respondió a Feijóo, quien había dicho que …": a pronoun
			// that stands only for people makes the name a person's
			// (never a body a later "la asociación" refers back to).
			b := *m
			b.kind = kPerson
			return &b
		}
	case kDesc:
		if !unnamedSpeaker(m.kind, m.class) {
			return m
		}
	}
	return nil
}

// apposPerson reads the phrase that ends at the comma at token c of
// sentence s as a description of a person set off between two commas
// after their name ("… con el ministro Luis Prado, expresidente del
// Tribunal Supremo, quien aseguró …", "… with Justice Ann Cole, a former
// head of the court, who said …"). It reports whether the phrase is
// such a description (its head a word for people or a title, after the
// comma that opens it), and returns the person of two names or more
// named right before that comma, or nil.
func (rs *resolver) apposPerson(c int, s *sentence) (*mention, bool) {
	t := rs.t
	lx := t.lx
	if c-1 > s.body && t.toks[c-1].s == ")" {
		if o := t.parenOpen(c-1, s, 8); o > s.body {
			c = o // "…, ex-presidente do Tribunal Superior Eleitoral (TSE), que disse …"
		}
	}
	for k := c - 1; k > s.body && c-k <= 12; k-- {
		tk := &t.toks[k]
		if tk.s == "," {
			j := k + 1
			for j < c && lx.Set("determiners", t.toks[j].l) {
				j++
			}
			if d := rs.parseNP(k+1, c, 0); d != nil && (d.kind != kDesc || d.class != "people" && !t.isTitleWord(d.headTok)) || d == nil && (j == c || !t.isTitleWord(j)) {
				return nil, false // (with no phrase read, one a title opens: "expresidente del Tribunal Supremo")
			}
			return rs.nameBeforeComma(k, s, true), true
		}
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(k) && !tk.cap || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) {
			return nil, false
		}
	}
	return nil, false
}

// antecedentStart returns where the phrase ending at token end (the
// comma before a relative clause) starts: up to eight words back, past
// "of" but not another preposition, a clause word, a complementiser or a
// verb in lower case.
func (t *text) antecedentStart(end int, s *sentence) int {
	lx := t.lx
	st := end
	for st-1 >= s.body && end-st < 8 {
		tk := &t.toks[st-1]
		if tk.kind != tWord || tk.q >= 0 || lx.Set("prep", tk.l) && !lx.Set("of", tk.l) || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) ||
			t.isVerb(st-1) && !tk.cap {
			break
		}
		st--
	}
	return st
}

// viewRelCue reads a relative clause of a view set off after a named
// person or body ([set viewrel]: "…, Elthon Rivera, para quien las
// aulas están vacías", "A deputada Ana Lima, para quem o projeto é
// ruim, votou contra"): the clause is the one named's view, up to the
// comma before the main verb when one follows, unless that verb reports
// the one named's words itself.
func (a *analysis) viewRelCue(i, c int) *cue {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	if c-2 < s.body || c+2 >= s.t1 || t.toks[c-1].s != "," || !t.out(c) || !t.out(c+1) || !lx.Set("viewrel", t.toks[c].l+" "+t.toks[c+1].l) {
		return nil
	}
	end := c - 1
	st := t.antecedentStart(end, s)
	if st == end {
		return nil
	}
	m := a.parseNP(st, end, 0)
	if m == nil || m.kind != kPerson && m.kind != kOrg {
		return nil
	}
	cu := &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: c + 2, right: m, verb: lang.Verb{Stance: "assert", Voice: "say"}, viewRel: true}
	cu.relEnd = t.relClauseClose(c+2, s)
	if e := cu.relEnd; e > 0 {
		v := e + 1
		for v+1 < s.t1 && t.out(v) && !t.toks[v].cap && (lx.Set("adverbs", t.toks[v].l) || t.adverbEnding(t.toks[v].l)) {
			v++
		}
		if _, ok := t.verbAt(v, s); ok {
			// "La senadora X, para quien …, exigió que …": the main
			// verb reports the one named's words.
			return nil
		}
	}
	return cu
}

// claimNounCue reads a noun of a claim ([set claimnouns]) owned by a
// name in the Saxon genitive, with at most two words describing it and
// a phrase of time between it and "that" ("Reed's claim that the vote
// was rigged", "Mr. Reed's repeated assertion on Monday that …"): the
// clause after "that" is the one named's words. It ends at the end of
// the sentence when a verb before the name makes the phrase its object
// ("The post mocked Reed's claim that …"), or at a comma there; or,
// in a phrase of a preposition that opens the sentence, at the comma
// after which the main clause opens ("Despite Reed's claims that …,
// records show …"). Otherwise where the clause ends is not told
// ("Reed's claim that the vote was rigged drew scorn"; "Reed's claim
// that X lied hurt him, Ruiz said"), and it returns nil.
func (a *analysis) claimNounCue(i, c int) *cue {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	tk := &t.toks[c]
	if !lx.Trait("saxongenitive") || tk.kind != tWord || tk.cap || !t.out(c) || !lx.Set("claimnouns", tk.l) {
		return nil
	}
	// "that", past a phrase of time ("on Monday", "earlier this year").
	hi := c + 1
	for n := 0; hi < s.t1 && n < 3 && t.out(hi) && t.toks[hi].kind == tWord && !lx.Set("comp", t.toks[hi].l) &&
		(isTimeWord(lx, t.toks[hi].l) || lx.Set("prep", t.toks[hi].l) || lx.Set("determiners", t.toks[hi].l) || lx.Set("adverbs", t.toks[hi].l)); n++ {
		hi++
	}
	if hi > c+1 && !isTimeWord(lx, t.toks[hi-1].l) {
		return nil // (only a phrase of time: not "Reed's claim in the filing that …")
	}
	if hi+2 >= s.t1 || !t.out(hi) || t.toks[hi].l != "that" {
		return nil
	}
	hi++
	// The owner, past two words that describe the claim ("false",
	// "recent evidence-free").
	p := c - 1
	for n := 0; p > s.body && n < 2 && t.out(p) && t.toks[p].kind == tWord && !t.toks[p].cap && !t.toks[p].poss &&
		!lx.Set("determiners", t.toks[p].l) && !lx.Set("prep", t.toks[p].l) && !lx.Set("of", t.toks[p].l) && !lx.Set("coord", t.toks[p].l) &&
		!lx.Set("comp", t.toks[p].l) && !lx.Set("relpron", t.toks[p].l) && !lx.Set("possessive", t.toks[p].l); n++ {
		p--
	}
	if p < s.body || !t.out(p) || !t.toks[p].poss || !t.toks[p].cap {
		return nil
	}
	st := p
	for st-1 >= s.body && p-st < 3 && t.out(st-1) && t.toks[st-1].kind == tWord && t.toks[st-1].cap && !t.toks[st-1].poss && t.isName(st-1) {
		st--
	}
	m := a.parseNP(st, p+1, 0)
	if m == nil || m.kind != kPerson && m.kind != kName && m.kind != kOrg {
		return nil
	}
	end := -1
	if t.finiteVerbIn(s.body, st) {
		// The object of the verb before it: the clause runs on to the
		// end, or to a comma or a dash ("Reed denied Ruiz's claim that
		// he lied, calling it absurd": what follows is Reed's).
		end = s.t1
		for k := hi; k < s.t1; k++ {
			if (t.toks[k].s == "," || isDash(t.toks[k].s)) && (t.toks[k].q < 0 || k+1 < s.t1 && t.toks[k+1].kind == tQClose) {
				// (Or a dash: "dismissed Sanders' accusations that … —
				// saying …"; or a comma that closes a quotation with
				// it: "Reed's claim that Ruiz “lied,” saying …".)
				end = k
				break
			}
		}
		if t.secondPredicate(hi, end) {
			// (Not the subject of a clause the verb before reports:
			// "Critics said Reed's claim that the bridge was safe was
			// false": where Reed's words end is not told.)
			return nil
		}
	} else if st-1 >= s.body && t.out(st-1) && lx.Set("prep", t.toks[st-1].l) {
		// In a phrase of a preposition before the main clause
		// ("Despite Reed's claims that …, records show …"); not the
		// subject ("Reed's claim that X lied hurt him, Ruiz said").
		for k := hi; k+1 < s.t1; k++ {
			if tk := &t.toks[k]; tk.s != "," || tk.q >= 0 {
				continue
			}
			if e := t.npRight(k+1, s); e > k+1 && e < s.t1 && t.startsVerb(t.pastAdverbsAt(e, s), i) {
				end = k
				break
			}
		}
	}
	if end <= hi {
		return nil
	}
	if end == s.t1 {
		end = 0 // (no comma to end at)
	}
	return &cue{kind: cueAccording, sent: i, c: c, lo: st, hi: hi, right: m, verb: lang.Verb{Stance: "assert", Voice: "say", Charge: true}, claimNoun: true, relEnd: end}
}

// secondPredicate reports whether tokens [lo, hi), a clause after
// "that", hold two verbs apart with nothing to join them between (no
// conjunction, complementiser, relative pronoun or punctuation), the
// second an auxiliary, a form of "to be" or a modal: the second is the
// predicate of a phrase the clause is part of ("Reed's claim that the
// bridge was safe | was false").
func (t *text) secondPredicate(lo, hi int) bool {
	lx := t.lx
	seen, gap := false, false
	for j := lo; j < hi; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 {
			continue
		}
		if tk.kind != tWord || lx.Set("coord", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) || lx.Set("clause", tk.l) {
			if seen {
				return false
			}
			continue
		}
		if t.finiteVerbIn(j, j+1) {
			// (The second one an auxiliary, a form of "to be" or a
			// modal, after no preposition: not "… in gun-controlled
			// Chicago".)
			if seen && gap && !tk.cap && (lx.Set("aux", tk.l) || lx.Set("passive", tk.l) || lx.Set("modal", tk.l)) && !lx.Set("prep", t.toks[j-1].l) {
				return true
			}
			seen, gap = true, false
			continue
		}
		gap = seen
	}
	return false
}

// relClauseClose returns the comma, from token k on, that closes a
// relative clause set off after the sentence's subject, the main verb
// right after it ("Reed, who said he would go, did not …"), or -1.
func (t *text) relClauseClose(k int, s *sentence) int {
	for c := k; c+1 < s.t1; c++ {
		if tk := &t.toks[c]; tk.s != "," || tk.q >= 0 {
			continue
		}
		v := c + 1
		for v+1 < s.t1 && t.out(v) && !t.toks[v].cap && (t.lx.Set("adverbs", t.toks[v].l) || t.adverbEnding(t.toks[v].l)) {
			v++ // "…, ultimately did not …"
		}
		if t.startsVerb(v, int(t.toks[c].sent)) && !t.toks[v].cap && !t.nonFinite(t.toks[v].l) {
			return c
		}
	}
	return -1
}

// relativeBefore reports whether a relative pronoun opens the clause
// that ends at token lo ("which state media said were under control":
// the words after the verb have their subject before it).
func (t *text) relativeBefore(lo int, s *sentence) bool {
	return t.openedBy(lo, 6, false, s, func(l string) bool {
		return t.lx.Set("relpron", l) || t.lx.Set("comp", l) || t.lx.Set("whatpron", l)
	})
}

// openedBySet reports whether a word of the lexicon's set name, among the
// six words right before token lo and none a quotation's, opens the clause
// that ends there: with "subord" a subordinate one ("because", "if",
// "when"), with "comp" a reported one ("that").
func (t *text) openedBySet(name string, lo int, s *sentence) bool {
	return t.openedBy(lo, 6, true, s, func(l string) bool { return t.lx.Set(name, l) })
}

// openedBy reports whether, among the words right before token lo (at
// most reach, none a quotation's when outside is set), one that is(l)
// accepts opens the clause that ends there.
func (t *text) openedBy(lo, reach int, outside bool, s *sentence, is func(l string) bool) bool {
	for k := lo - 1; k >= s.body && k >= lo-reach; k-- {
		tk := &t.toks[k]
		if tk.kind != tWord || outside && tk.q >= 0 {
			return false
		}
		if is(tk.l) {
			return true
		}
	}
	return false
}

// farAux finds an auxiliary earlier in the clause of a participle at c,
// for verb-final clauses ("Der Minister hat am Montag gesagt, …"), or -1.
func (t *text) farAux(i, c int) int {
	s := &t.sents[i]
	// The participle must end its clause.
	if c+1 < s.t1 && t.out(c+1) {
		return -1
	}
	as := false
	for k := c - 1; k >= s.body && k >= c-10; k-- {
		tk := &t.toks[k]
		if tk.s == ")" && tk.q < 0 {
			// "hat Finanzminister Lars Klingbeil (SPD) … gewarnt": a
			// short parenthesis of words inside the clause.
			if o := t.parenOpen(k, s, 6); o > s.body && t.parenClose(o, k+1) == k {
				k = o
				continue
			}
		}
		if tk.kind == tQClose && t.lx.VerbSecond {
			// "hat für ihre Mediathek „eine große Reihe“ angekündigt": a
			// short quotation inside the clause, its object.
			if o := t.shortQuoteBack(k, s); o > s.body {
				k = o
				continue
			}
		}
		if tk.s == "." && tk.q < 0 && k-1 > s.body && isDigits(t.toks[k-1].s) && t.out(k+1) {
			continue // the period of an ordinal: "hat am 3. März gewarnt", "als die Wissenschaft des 21. Jahrhunderts bezeichnet"
		}
		if t.predicateAs(k, s) {
			as = true
			continue // "hat das Urteil als Unrecht bezeichnet": the predicate's "als"
		}
		if !t.out(k) || t.lx.Set("clause", tk.l) || t.lx.Set("comp", tk.l) {
			return -1
		}
		if t.lx.Set("aux", tk.l) || t.lx.Set("passive", tk.l) {
			if as && t.commaBetween(s.body, k) {
				// (Only after a phrase with no comma before the
				// auxiliary: in "Die Weigerung des Anwalts, eine Maske zu
				// tragen, habe das Gericht als … bewertet" the phrase
				// before it is the object, its subject after it.)
				return -1
			}
			return k
		}
	}
	return -1
}

// predicateAs reports whether token k is a subordinating word ([set
// subord]) inside a clause of a verb-second language with nouns in
// capitals, right after a word of that clause with no mark between: no
// clause opens there, as one is set off by a comma, and the word ("als")
// introduces the predicate of the verb's object ("Tom Reed hat das Urteil
// als Unrecht bezeichnet", "… als richtig bezeichnet").
func (t *text) predicateAs(k int, s *sentence) bool {
	lx := t.lx
	if !lx.VerbSecond || !lx.NounCaps || k-1 <= s.body || !t.out(k) || !t.out(k-1) || t.toks[k].kind != tWord || t.toks[k-1].kind != tWord || t.toks[k].cap {
		return false
	}
	p := t.toks[k-1].l
	return lx.Set("subord", t.toks[k].l) && !lx.Set("prep", t.toks[k].l) && !lx.Set("clause", p) && !lx.Set("comp", p) && !lx.Set("subord", p) && !lx.Set("comparatives", p) && !lx.Set("adverbs", p)
}

// shortQuoteBack returns the opening mark of a quotation of at most six
// words whose closing mark is token k, a phrase that opens with a
// determiner ("„eine große Reihe“", not a predicate "„lächerlich“ genannt"
// whose subject may stand before it), with a word outside quotations right
// before it, or -1.
func (t *text) shortQuoteBack(k int, s *sentence) int {
	for o := k - 1; o > s.body && o >= k-7; o-- {
		switch tk := &t.toks[o]; {
		case tk.kind == tQOpen:
			if o < k-1 && t.out(o-1) && t.toks[o+1].kind == tWord && t.lx.Set("determiners", t.toks[o+1].l) {
				return o
			}
			return -1
		case tk.kind != tWord:
			return -1
		}
	}
	return -1
}

// midfieldSubject returns the subject between the auxiliary at k and the
// participle at c of a verb-second clause whose first place holds
// another phrase ("Am Montag hat US-Präsident Donald Trump erklärt, …",
// "Zuvor hatte der Sprecher gesagt, …"), or nil: a name, a phrase with
// its determiner or a personal pronoun, right after the auxiliary and its
// adverbs, ending before the participle.
func (rs *resolver) midfieldSubject(k, c int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if !lx.VerbSecond || k <= s.body {
		return nil
	}
	j := k + 1
	for j < c && t.out(j) && (lx.Set("adverbs", t.toks[j].l) && !t.toks[j].cap || isTimeWord(lx, t.toks[j].l)) {
		j++
	}
	if j >= c || !t.out(j) {
		return nil
	}
	tk := &t.toks[j]
	if _, pron := lx.Pronouns[tk.l]; !(pron && !tk.cap || lx.Set("determiners", tk.l) || t.isName(j) || t.isTitleWord(j)) {
		return nil
	}
	end := t.npRight(j, s)
	if end <= j || end > c {
		return nil
	}
	m := rs.parseNP(j, end, 0)
	if m != nil {
		m.t1 = end
	}
	return m
}

// reducedNoun returns where the noun phrase before a participle at c
// starts when the participle follows it directly, without an auxiliary
// ("unas elecciones | denunciadas por …"), or -1.
func (t *text) reducedNoun(c int, s *sentence) int {
	lx := t.lx
	end := c
	p := c - 1 // (past an adverb of manner: "la réforme, vivement critiquée par …")
	if p-1 > s.body && t.out(p) && !t.toks[p].cap && (lx.Set("adverbs", t.toks[p].l) || t.endsIn("mannerendings", t.toks[p].l, 4)) {
		p--
	}
	set := p-1 > s.body && t.toks[p].s == ","
	if set && c+1 < s.t1 && (lx.Set("by", t.toks[c+1].l) || t.complementBy(c+1, s) > 0 || t.byWithin(c+1, s) > 0) {
		// "l'hydroxychloroquine, vantée par Elon Musk", "el proyecto,
		// criticado por la oposición,": a participle set off after its
		// noun, with its agent (also after its complement: "Le projet,
		// jugé trop coûteux par la Cour des comptes, …", "qualifié de
		// « gâchis » par …").
		end = p
	} else {
		set = false
	}
	floor := s.body + 1
	if set {
		floor = s.body // ("La réforme, critiquée par les syndicats, …": the phrase opening the sentence)
	}
	if end-1 < floor || t.toks[end-1].kind != tWord || t.toks[end-1].q >= 0 || t.isVerb(end-1) ||
		lx.Set("prep", t.toks[end-1].l) || lx.Set("determiners", t.toks[end-1].l) || lx.Set("clause", t.toks[end-1].l) {
		return -1
	}
	// Only a phrase with its determiner, a few words back: "unas
	// elecciones", "des élections" (a French article that is also "of").
	for j := end - 1; j >= floor && j >= end-4; j-- {
		tk := &t.toks[j]
		switch {
		case lx.Set("determiners", tk.l) && lx.Set("of", tk.l) && !lx.Set("definite", tk.l) && j < end-1 && (j == s.body || t.toks[j-1].kind != tWord || !t.isVerb(j-1) && !lx.Set("of", t.toks[j-1].l) && !lx.Set("prep", t.toks[j-1].l)):
			return j
		case j == s.body && tk.kind == tWord && lx.Set("determiners", tk.l):
			return j // (the article that opens the sentence, capitalised)
		case tk.kind != tWord || tk.q >= 0 || tk.cap || t.isVerb(j) || lx.Set("prep", tk.l) || lx.Set("clause", tk.l):
			return -1
		case lx.Set("determiners", tk.l):
			return j
		}
	}
	return -1
}

// nominalOpening returns the start of sentence s when it opens with an
// indefinite article and a noun or two right before the participle at
// token c, with no verb of its own ("Une somme jugée « dérisoire » par
// les élus."), or -1.
func (t *text) nominalOpening(c int, s *sentence) int {
	lx := t.lx
	if c-s.body < 2 || c-s.body > 3 || !lx.Set("indefinite", t.toks[s.body].l) {
		return -1
	}
	for j := s.body + 1; j < c; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || tk.cap || t.isVerb(j) || lx.Set("prep", tk.l) || lx.Set("determiners", tk.l) || lx.Set("clause", tk.l) {
			return -1
		}
	}
	return s.body
}

// lastClauseWord is clauseWord for the last w in the clause from k, or
// -1.
func (t *text) lastClauseWord(k, hi int, w string) int {
	last := -1
	for j := t.clauseWord(k, hi, w); j >= 0; j = t.clauseWord(j+1, hi, w) {
		last = j
	}
	return last
}

// clauseWord finds word w in the clause from k (before a comma, colon,
// quotation or complementiser), or -1.
func (t *text) clauseWord(k, hi int, w string) int {
	for ; k < hi; k++ {
		tk := &t.toks[k]
		if tk.s == "(" && tk.q < 0 {
			// "kündigte Bürgermeister Michael Ludwig (SPÖ) am Mittwoch
			// an": a short parenthesis inside the clause.
			if e := t.parenClose(k, hi); e > k {
				k = e
				continue
			}
		}
		if (tk.s == "–" || tk.s == "—") && tk.q < 0 && t.lx.NounCaps {
			// "gab das Biathlonpaar – X und Y – bekannt": a short aside
			// between dashes inside the clause.
			if e := t.dashClose(k, hi); e > k {
				k = e
				continue
			}
		}
		if tk.kind != tWord || t.lx.Set("comp", tk.l) {
			return -1
		}
		if tk.l == w {
			return k
		}
	}
	return -1
}

// dashClose returns the dash that closes a short aside of words opened by
// the dash at token k, or -1.
func (t *text) dashClose(k, hi int) int {
	for j := k + 1; j < hi && j <= k+10; j++ {
		tk := &t.toks[j]
		if tk.s == t.toks[k].s {
			if j > k+1 {
				return j
			}
			return -1
		}
		if tk.kind != tWord || tk.q >= 0 || t.lx.Set("comp", tk.l) {
			return -1
		}
	}
	return -1
}

// parenClose returns the closing parenthesis of a short one of words
// that opens at token k, or -1.
func (t *text) parenClose(k, hi int) int {
	for j := k + 1; j < hi && j <= k+6; j++ {
		switch {
		case t.toks[j].s == ")":
			if j == k+1 {
				return -1
			}
			return j
		case t.toks[j].kind != tWord && t.toks[j].s != "-" && t.toks[j].s != "/":
			return -1
		}
	}
	return -1
}

// leftSubject reads the subject before a verb group: the noun phrase
// ending just before it, across an appositive or a relative clause set
// off by commas ("Hong Lei, a spokesman …, said", "X, who …, said").
// frontedPronoun reports whether the subject pronoun m at token st
// follows only a short phrase that opens the sentence with a preposition
// and holds no verb ("In the interview he said", "At the rally she
// said"): the clause's subject all the same.
func (t *text) frontedPronoun(m *mention, st int, s *sentence) bool {
	lx := t.lx
	if m == nil || m.kind != kPron || st <= s.body || st-s.body > 8 || !lx.Set("subjpron", t.toks[st].l) || !lx.Set("prep", t.toks[s.body].l) {
		return false
	}
	for k := s.body; k < st; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) || lx.Set("whatpron", tk.l) {
			return false
		}
		// (A verb's form after an article or a preposition is a
		// modifier: "On the live television he said".)
		if t.isVerb(k) && !(k > s.body && (lx.Set("determiners", t.toks[k-1].l) || lx.Set("prep", t.toks[k-1].l))) {
			return false
		}
	}
	return true
}

// possessiveName reports whether the subject m, ending in a possessive,
// is a name that ends so ("McDonald's said it …", "St. Mary's said that
// …", "Analysts at Moody's said the …"): a capitalised name, and after the verb at token k its words open
// with a complementiser, a pronoun or a determiner, not the noun a
// possessive would modify ("The state's confirmed caseload").
func (t *text) possessiveName(m *mention, k int, s *sentence) bool {
	lx := t.lx
	saint := m.kind == kPerson && t.out(m.t0) && lx.Set("nameabbrevs", t.toks[m.t0].l) // "St. Mary's"
	// "Analysts at Moody's said …": people of a body so named.
	staff := m.kind == kDesc && m.headTok >= m.t0 && m.headTok+2 < m.t1 && lx.Speakers[m.head] != "" && lx.Speakers[m.head] != "doc" &&
		lx.Set("prep", t.toks[m.headTok+1].l) && !lx.Set("of", t.toks[m.headTok+1].l)
	if lx.NounCaps || m.kind != kOrg && m.kind != kName && !saint && !staff || !t.toks[m.t1-1].cap || k >= s.t1 || !t.out(k) {
		return false
	}
	w := t.toks[m.t1-1].b
	if lx.Set("mediawords", w) || lx.Speakers[w] != "" || lx.Set("orgwords", w) {
		return false
	}
	// (Not a name the article also writes without the ending: "Trump's
	// said" is Trump has said.)
	for j := range t.toks {
		if tk := &t.toks[j]; tk.kind == tWord && !tk.poss && tk.b == w {
			return false
		}
	}
	l := t.toks[k].l
	_, pron := lx.Pronouns[l]
	return lx.Set("comp", l) || pron && !lx.Set("possessive", l) || lx.Set("determiners", l) && !lx.Set("possessive", l)
}

// describedNamed reports whether the name m at token st follows a
// description of a person and a word that names it, the phrase opening
// the clause ("A university student named Wong said", "a retired teacher
// called David Hall said"): the named person is the subject.
func (rs *resolver) describedNamed(m *mention, st int, s *sentence) bool {
	t := rs.t
	if m == nil || m.kind != kPerson && m.kind != kName || st-2 < s.body || !t.out(st-1) || !t.lx.Set("namedword", t.toks[st-1].l) {
		return false
	}
	k := st - 2
	d := t.npLeft(k, s)
	if d < 0 || !t.boundary(d-1, s) {
		return false
	}
	desc := rs.parseNP(d, k+1, 0)
	if desc == nil || desc.kind != kDesc || desc.class != "people" || desc.plural {
		return false
	}
	// The description stays with the name ("university student Wong").
	for d < k && t.lx.Set("determiners", t.toks[d].l) {
		d++
	}
	m.surface = t.span(d, k+1) + " " + m.surface
	return true
}

// namedBetween returns the person named at the end of tokens lo to hi
// after a description and a word that names it ("a retired teacher named
// David Hall"), or nil.
func (rs *resolver) namedBetween(lo, hi int, s *sentence) *mention {
	t := rs.t
	for n := lo + 1; n+1 < hi; n++ {
		if t.toks[n].kind != tWord || !t.lx.Set("namedword", t.toks[n].l) {
			continue
		}
		if t.npRight(n+1, s) != hi {
			return nil
		}
		if p := rs.parseNP(n+1, hi, 0); rs.describedNamed(p, n+1, s) && t.npLeft(n-1, s) == lo {
			return p
		}
		return nil
	}
	return nil
}

// writtenTo reports whether the phrase ending just before token p is the
// one written to: "to" after a verb of writing or a document ("wrote to
// the minister", "a letter to the embassy in London").
func (t *text) writtenTo(p int, s *sentence) bool {
	if p-1 <= s.body || t.toks[p-1].kind != tWord || !t.out(p-1) {
		return false
	}
	st := t.npLeft(p-1, s)
	// (The phrase read as one with the document: "sent a letter to the
	// minister saying …".)
	// (Also past the document's "of" phrase, "a letter of resignation
	// to the council blaming it …"; not one someone else wrote, "received
	// a letter to the editor saying …".)
	for j := p - 2; j > st && j > s.body; j-- {
		if !t.out(j) || !t.lx.Set("inf", t.toks[j].l) {
			continue
		}
		d := j - 1
		if d-2 > st && t.out(d-1) && t.lx.Set("of", t.toks[d-1].l) {
			d -= 2
		}
		if t.out(d) && t.lx.Set("docnouns", t.toks[d].b) && !(d-2 >= s.body && t.lx.Set("docreceived", t.toks[d-2].l)) {
			return true
		}
		break
	}
	if st-2 < s.body {
		return false
	}
	to, w := &t.toks[st-1], &t.toks[st-2]
	// (English has no dative set: its "to" is the infinitive's word.)
	if to.kind != tWord || !t.lx.Set("dative", to.l) && !t.lx.Set("inf", to.l) || w.kind != tWord || !t.out(st-2) {
		return false
	}
	vb, ok := t.lx.Verbs[w.l]
	return ok && vb.Voice == "write" || t.lx.Set("docnouns", w.b)
}

// contactRelative returns, in English, the people a relative clause
// without a relative pronoun describes when the clause ends at token k
// and is a pronoun and a verb of meeting or asking people, maybe with
// its preposition and a short phrase ("Several people I've spoken with
// in the district said", "Residents we interviewed said"), or nil.
func (rs *resolver) contactRelative(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if !lx.Trait("contactclauses") {
		return nil
	}
	for v := k; v > s.body+1 && k-v <= 5; v-- {
		tk := &t.toks[v]
		if tk.kind != tWord || !t.out(v) || tk.cap && tk.l != "i" {
			return nil
		}
		if !lx.Set("contactverbs", tk.l) {
			if t.isVerb(v) && !lx.Set("prep", tk.l) {
				return nil
			}
			continue
		}
		p := v - 1
		if lx.Set("aux", t.toks[p].l) && t.out(p) {
			p--
		}
		pr := &t.toks[p]
		w := strings.TrimSuffix(strings.TrimSuffix(pr.l, "'ve"), "’ve") // ("I've" written as one word)
		if p-1 < s.body || !t.out(p) || pr.kind != tWord || !lx.Set("firstperson", w) && !lx.Set("subjpron", w) && w != "you" {
			return nil
		}
		st := t.npLeft(p-1, s)
		if st < 0 || !t.boundary(st-1, s) {
			return nil
		}
		m := rs.parseNP(st, p, 0)
		if m == nil || !(m.t1-m.t0 == 1 && lx.Set("contactall", t.toks[m.t0].l)) && (m.kind != kDesc || m.class != "people") {
			return nil // (or "Everyone I interviewed said …")
		}
		return m
	}
	return nil
}

// auxTimePhrase returns, when the words ending at token k are a short
// phrase opening with a preposition (no verb in it) right after an
// auxiliary, in English ("have in the past said", "has for years
// said"), the token before the auxiliary; else -1.
func (t *text) auxTimePhrase(k int, s *sentence) int {
	lx := t.lx
	if !lx.Trait("svo") {
		return -1
	}
	for p := k; p > s.body && k-p < 4; p-- {
		tk := &t.toks[p]
		if tk.kind != tWord || !t.out(p) || tk.cap || lx.Set("aux", tk.l) || lx.Set("passive", tk.l) || lx.Set("modal", tk.l) || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) || lx.Set("inf", tk.l) {
			return -1 // (a noun of the phrase may read as a verb: "on several occasions")
		}
		if lx.Set("prep", tk.l) {
			if p == k || p-2 < s.body || !t.out(p-1) || !t.out(p-2) || !lx.Set("aux", t.toks[p-1].l) || t.toks[p-2].kind != tWord {
				return -1
			}
			return p - 2
		}
	}
	return -1
}

// afterOpeningObject returns, for a phrase [st, end) right before a
// verb in a sentence that opens with the gerund of a verb of speaking or
// writing and a preposition ("Speaking to the BBC …", "Writing in The
// Mirror …"), with no comma after the phrase, the person named at its end:
// a title and a name ("Mr Reed"), or a name the article gave a person
// before ("Linda"). Or nil.
func (rs *resolver) afterOpeningObject(st, end int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	b := s.body
	if st <= b+1 || st > b+6 || end-st < 2 || t.toks[b].kind != tWord || !t.out(b) || !lx.Set("prep", t.toks[b+1].l) {
		return nil
	}
	if v, ok := lx.Verbs[t.toks[b].l]; !ok || v.Tags&lang.TagGerund == 0 {
		return nil
	}
	for k := b + 1; k < st; k++ {
		if !t.out(k) || t.toks[k].kind != tWord {
			return nil // (a comma, a quotation: the phrase ended)
		}
	}
	for j := st + 1; j < end; j++ {
		if !t.toks[j].cap {
			continue
		}
		m := rs.parseNP(j, end, 0)
		if m == nil || m.t0 != j || m.t1 != end {
			continue
		}
		if m.kind == kPerson && m.title != "" {
			return m
		}
		if e := rs.reg.lookup(lang.Fold(m.name)); (m.kind == kPerson || m.kind == kName) && e != nil && e.kind == kPerson {
			return m
		}
	}
	return nil
}

// afterOpeningPhrase returns the name that ends tokens st to end, the
// phrase before a reporting verb, when a preposition opens the sentence
// right before st and the lower-case words before the name describe no
// one ("In the interview Cole said …", "At the hearing Dan Cole said
// …"); else nil. (Not a description of a person before a name: "In
// Paris the actor Cole said …" keeps the actor.)
func (rs *resolver) afterOpeningPhrase(st, end int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	b := s.body
	if st != b+1 || end-st < 3 || end-st > 6 || t.toks[b].kind != tWord || !t.out(b) || !lx.Set("prep", t.toks[b].l) || !lx.Set("determiners", t.toks[st].l) {
		return nil
	}
	j := st
	for j < end && t.toks[j].kind == tWord && t.out(j) && !t.toks[j].cap && !t.isVerb(j) && !t.toks[j].poss {
		j++
	}
	if j == st+1 || j >= end {
		return nil
	}
	if d := rs.parseNP(st, j, 0); d == nil || d.kind != kDesc && d.kind != kDoc || d.class == "people" || d.class == "org" || d.class == "gov" {
		return nil
	}
	m := rs.parseNP(j, end, 0)
	if m == nil || m.t0 != j || m.t1 != end || m.kind != kPerson && m.kind != kName {
		return nil
	}
	return m
}

// attributiveParticiple reports whether the participle at token c stands
// between a determiner or a number and a lower-case noun, as an
// adjective: "the added benefit", "a $600 added unemployment benefit";
// or between an infinitive and its object's noun: "to make informed
// decisions".
func (t *text) attributiveParticiple(c int, v lang.Verb, s *sentence) bool {
	if v.Tags&lang.TagParticiple == 0 || c-1 < s.body || c+1 >= s.t1 || t.toks[c].cap || !t.out(c) {
		return false
	}
	p, n := &t.toks[c-1], &t.toks[c+1]
	if n.kind != tWord || n.cap || n.q >= 0 || t.isVerb(c+1) || t.isPronounTok(c+1) {
		return false
	}
	lx := t.lx
	if lx.Set("prep", n.l) || lx.Set("comp", n.l) || lx.Set("determiners", n.l) || lx.Set("adverbs", n.l) || lx.Set("clause", n.l) || lx.Set("coord", n.l) || lx.Set("negation", n.l) {
		return false
	}
	if c-2 >= s.body && p.kind == tWord && !p.cap && t.out(c-1) && t.out(c-2) && lx.Set("inf", t.toks[c-2].l) &&
		!lx.Set("aux", p.l) && !lx.Set("passive", p.l) && !lx.Set("modal", p.l) && !lx.Set("negation", p.l) && !lx.Set("adverbs", p.l) {
		return true // "to make informed decisions": the participle after an infinitive, its object's adjective
	}
	return p.kind == tWord && lx.Set("determiners", p.l) && !lx.Set("possessive", p.l) && !lx.Set("pronounquantities", p.l) || isNumeral(p.l) // (a currency sign is a token of its own: "$600 added")
}

// quoteRightAfter reports whether a quotation opens at token k, or after
// a comma or colon there, in sentence s.
func (t *text) quoteRightAfter(k int, s *sentence) bool {
	if k < s.t1 && (t.toks[k].s == "," || t.toks[k].s == ":") {
		k++
	}
	return k < s.t1 && t.toks[k].kind == tQOpen
}

// conditionalBefore reports whether a word of [set conditionals] opens
// the clause of the verb group at lo ("if they did not confirm …").
func (t *text) conditionalBefore(lo int, s *sentence) bool {
	return t.openedBy(lo, 8, true, s, func(l string) bool { return t.lx.Set("conditionals", l) })
}

// objectInside reports whether tokens (lo, hi) hold a determiner that
// never opens a subject ([set objectdeterminers]) not right after a
// preposition: a second phrase, the object, inside what was read as one.
func (t *text) objectInside(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if t.toks[j].kind == tWord && t.lx.Set("objectdeterminers", t.toks[j].l) && !t.lx.Set("prep", t.toks[j-1].l) {
			return true
		}
	}
	return false
}

// othersTail returns, when the words up to token k are "and others"
// ([set others]) or "and other" ([set otherdet]) and one or two words
// of a group, maybe with a word of [set quantifiers] or a number after
// the conjunction ("and several others", "and two other Democrats"),
// after a capitalised name or a definite description ("Tom Reed and
// other Democrats", "Reed and several other House members", "The mayor
// and other officials"), how many tokens to step back to reach the
// name or description; else 0. The one named speaks, the others are
// left unnamed.
func (t *text) othersTail(k int, s *sentence) int {
	lx := t.lx
	if k < s.body || t.toks[k].kind != tWord {
		return 0
	}
	j := -1 // the word before the group's tail, the conjunction or its quantifier
	if lx.Set("others", t.toks[k].l) {
		j = k - 1
	} else {
		for n := 1; n <= 2; n++ {
			o := k - n
			if o-2 < s.body || t.toks[o].kind != tWord || !t.out(o) || !lx.Set("otherdet", t.toks[o].l) {
				continue
			}
			for i := o + 1; i <= k; i++ {
				if t.toks[i].kind != tWord || !t.out(i) || t.isVerb(i) && !t.toks[i].cap {
					return 0
				}
			}
			j = o - 1
			break
		}
	}
	if j-1 >= s.body && t.toks[j].kind == tWord && t.out(j) && !t.toks[j].cap && (lx.Set("quantifiers", t.toks[j].l) || isNumeral(t.toks[j].l)) {
		j-- // "Tom Reed and several other Democrats", "Reed and two others"
	}
	if j-1 < s.body || t.toks[j].kind != tWord || !t.out(j) || !lx.Set("coord", t.toks[j].l) {
		return 0
	}
	h := j - 1
	if t.toks[h].kind != tWord || !t.out(h) {
		return 0
	}
	if !t.toks[h].cap {
		// "The mayor and other officials said": a definite description.
		if st := t.npLeft(h, s); st < 0 || st >= h || !lx.Set("definite", t.toks[st].l) {
			return 0
		}
	}
	return k - h
}

func (rs *resolver) leftSubject(cu *cue, s *sentence) {
	t := rs.t
	k := cu.lo - 1
	// "the Syrian Democratic Forces (SDF) announced", "Hale (who has
	// 25 delegates) said": skip the parenthesis.
	if k > s.body && t.toks[k].s == ")" {
		if o := t.parenOpen(k, s, 20); o >= 0 {
			k = o - 1
		}
	}
	if n := t.othersTail(k, s); n > 0 {
		// "Edwards and others said", "Tom Reed and other Democrats
		// said": Reed, with the others unnamed.
		k -= n
		cu.othersTail = true
	}
	if m := rs.contactRelative(k, s); m != nil {
		// "Several people I've spoken with said …": the people the
		// clause without a relative pronoun describes.
		cu.left, cu.leftAtBoundary = m, true
		return
	}
	if j := t.auxTimePhrase(k, s); j >= s.body {
		k = j // "Gore's allies have in the past said …": the subject before the auxiliary
	}
	if k > s.body && t.out(k) && t.lx.Set("selfwords", t.toks[k].l) {
		k-- // "Le maire lui-même a reconnu …": the mayor, the word of emphasis no part of the name
	}
	if k < s.body {
		return
	}
	if j := t.docAdverbial(k, s); j > s.body {
		k = j // "Jeb Bush in a Medium post said": the name before the phrase
	}
	if j := t.docTimePhrase(k, s); j > s.body {
		k = j // "Un rapport de Georges Tapinos à la fin des années 2000 énumère …": the document before the phrase of time
	}
	if m := rs.impersonalSource(k, s); m != nil {
		cu.left, cu.leftAtBoundary = m, true
		return
	}
	tk := &t.toks[k]
	if tk.kind == tWord && tk.q < 0 {
		rs.leftAtWord(cu, k, s)
		return
	}
	if qn := rs.quotedNameSubject(k, s); qn != nil {
		// "Die Zeitung „Bild“ berichtete", "Die „Bild“ berichtete": a
		// name in quotation marks ends the subject.
		cu.left, cu.leftAtBoundary = qn, t.boundary(qn.t0-1, s)
		return
	}
	if m := rs.quotedModifierSubject(k, s); m != nil {
		// "Los familiares de estos “olvidados” denunciaron …", "Los
		// vecinos del barrio “La Esperanza” aseguraron …": a short
		// quotation that ends the subject's phrase.
		cu.left, cu.leftAtBoundary = m, true
		return
	}
	m := k - 1
	if tk.kind == tQClose && k-1 > s.body && t.toks[k-1].s == "," {
		// "Hemsley, the co-author of “Going Viral,” said": a short
		// title, its comma inside the quotation marks, ends the
		// parenthetical.
		o := k - 2
		for o > s.body && k-o < 10 && t.toks[o].kind != tQOpen {
			o--
		}
		if t.toks[o].kind != tQOpen || o-1 <= s.body || t.toks[o-1].kind != tWord {
			return
		}
		m = o - 1
	} else if tk.s != "," && tk.s != "—" && tk.s != "–" && tk.s != "--" && !t.spacedHyphen(k) {
		return
	}
	if tk.s != "," && cu.hi < s.t1 && t.toks[cu.hi].s == tk.s {
		// The verb alone between dashes is an incise: its speaker is the
		// one the sentence opens with ("Pérez, primer secretario, repasó
		// el debate, que —reconoció— tampoco estuvo exento de
		// dificultades"), never a phrase the clause before it ends with
		// ("…, que las personas entendieran el Código; y ahora —explicó—
		// entramos en otra etapa").
		defer func() {
			if l := cu.left; l != nil && l.t0 != s.body && !(l.t0 == s.body+1 && t.lx.Set("determiners", t.toks[s.body].l)) {
				cu.left, cu.appos, cu.leftAtBoundary = nil, nil, false
			}
		}()
	}
	if tk.s == "," && k-1 > s.body && t.toks[k-1].s == ")" {
		// "Sen. Jack Reed (D-R.I.), said …": a comma after the party
		// and state, with no parenthetical before it.
		if st := t.npLeft(k-1, s); st >= 0 && st < k-1 && t.boundary(st-1, s) {
			if left := rs.parseNP(st, k, 0); left != nil && left.kind == kPerson {
				cu.left, cu.leftAtBoundary = left, true
				return
			}
		}
	}
	if st, end := t.relativeSubject(k, s); st >= 0 {
		// "Sandy Hale, who lost her son in Aurora, Colorado, in 2012,
		// said": the phrase before the relative clause, however many
		// commas the clause holds.
		if left := rs.parseNP(st, end, 0); left != nil {
			cu.left, cu.leftAtBoundary = left, true
			cu.othersTail = t.beforeOthers(end, k)
			if named := rs.nameBefore(st, s); named != nil && named.kind == kPerson && left.kind == kDesc && left.class == "people" && t.lx.Set("determiners", t.toks[st].l) {
				// "Chi Onwurah, the Labour MP for Newcastle Central, who
				// is supporting the report, said …": the person the
				// description before the clause is set off after.
				cu.left, cu.appos = named, left
			}
			return
		}
	}
	// A parenthetical set off by commas: find its opening comma. It may
	// hold a comma of its own ("Ms. Arnold, who helped found EDGE, an
	// environmental group, said"): the subject is then before an earlier
	// comma.
	inRel := false        // a quotation skipped that must be inside a relative clause
	atComma := false      // one right before the comma, inside a clause of "para quien"
	titleAtComma := false // (German) a title's quotation right before the comma
	for commas := 0; commas < 4; commas++ {
		for m >= s.body && k-m < 30 {
			x := &t.toks[m]
			if x.kind == tQClose && (m < k-1 || t.lx.ProDrop || t.lx.NounCaps) {
				// "Tom Hensley, the co-author of “Going Local,” about …,
				// said", "Dana Price - who said she would “tear up” the
				// deal - said": a short title or quotation inside the
				// parenthetical.
				if o := t.shortQuoteOpen(m, s); o > s.body {
					// (Other than a title, only inside a relative clause:
					// "…, is “central” to the platform, reported X" has no
					// parenthetical.)
					// (Right before the comma, only inside a relative
					// clause: "La senadora X, para quien el caso demuestra
					// «la podredumbre del régimen», exigió …"; not "«…»,
					// dijo X".)
					// (In German a title's quotation may close the
					// apposition: "Ruth Betz, Chefin der Abteilung
					// „Digitale Transformation“, erklärt …".)
					inRel = inRel || !t.toks[o+1].cap
					atComma = atComma || m == k-1 && !t.lx.NounCaps
					titleAtComma = titleAtComma || m == k-1 && t.lx.NounCaps
					m = o - 1
					continue
				}
				return
			}
			if x.q >= 0 || x.kind == tQClose || x.kind == tQOpen {
				return
			}
			if x.kind == tPunct && (x.s == "," || isDash(x.s) || x.s == "--" || t.spacedHyphen(m)) && !t.decimalComma(m) {
				break
			}
			m--
		}
		if commas == 0 && m < s.body && tk.s == "," {
			if sc := rs.strayCommaSubject(cu, k, s); sc != nil {
				// "Sylvie Caron, insiste souvent sur …", "Le porte-parole
				// du syndicat, se félicite que …": the sentence opens with
				// the one who speaks, set off from the verb by a stray
				// comma (no other comma opens an aside before it).
				cu.left, cu.leftAtBoundary = sc, true
				return
			}
		}
		if m < s.body || inRel && (m+1 >= s.t1 || !t.lx.Set("relpron", t.toks[m+1].l) && !t.prepRelpron(m+1, s)) || atComma && !t.prepRelpron(m+1, s) {
			return
		}
		if titleAtComma {
			// (Only in a phrase with no verb: "Das Ergebnis, so Hofer,
			// sei ein „Erfolg“, erklärte …" holds words.)
			for j := m + 1; j < k; j++ {
				if t.toks[j].kind == tWord && (t.isVerb(j) && !t.toks[j].cap || t.subjunctive(j)) || t.out(j) && t.lx.Set("ascompare", t.toks[j].l) {
					return
				}
			}
		}
		inRel, atComma = false, false
		p := m + 1
		for p+2 < k && t.out(p) && t.toks[p].kind == tWord && !t.toks[p].cap && (t.lx.Set("clitics", t.toks[p].l) || t.lx.Set("refl", t.toks[p].l)) {
			p++ // "Scott, que encabeza la campaña, se ha convertido en …, destacó AFP": a clitic before the auxiliary
		}
		if p+1 < k && t.out(p) && t.toks[p].kind == tWord && !t.toks[p].cap && (t.lx.Set("aux", t.toks[p].l) || t.lx.Set("modal", t.toks[p].l) && t.toks[p+1].kind == tWord && !t.toks[p+1].cap ||
			t.lx.Set("passive", t.toks[p].l) && t.toks[p+1].kind == tWord && !t.toks[p+1].cap && !t.lx.Set("determiners", t.toks[p+1].l) && !t.lx.Set("prep", t.toks[p+1].l)) {
			// "Le maire, Bernard Lefèvre, a été entendu mardi, a annoncé
			// le parquet", "O prefeito, Marcos Vieira, foi preso nesta
			// terça-feira, informou a PF", "La victime, une femme de 52
			// ans, aurait été frappée …, indique X": a predicate between
			// the commas, whose subject is the words', not a description
			// of the speaker.
			// (Also one set off before the nearest commas: "…, se ha
			// convertido en un blanco de Biden, según el cual …,
			// destacó AFP".)
			return
		}
		if commas == 0 && t.clauseBetween(m+1, k, s) {
			// "Even as the campaign moved on, the race was tight, said
			// X, …": a clause with its own subject and verb between the
			// commas is the words, not a description of a subject
			// before it.
			return
		}
		if commas == 0 && t.lx.Trait("dashexamples") && (isDash(t.toks[m].s) || t.toks[m].s == "--") && m+1 < k && t.out(m+1) && t.lx.Set("examples", t.toks[m+1].l) {
			// "Other parents who spoke to the Journal — including two
			// who filed reports — said …": the phrase before the relative
			// clause, past the examples set off by dashes.
			if st, end := t.relativeSubject(m, s); st >= 0 {
				if left := rs.parseNP(st, end, 0); left != nil {
					cu.left, cu.leftAtBoundary = left, true
					return
				}
			}
		}
		between := rs.wholePhrase(m+1, k, s) // the phrase between the commas, when it is one
		example := t.phraseEnd("examples", m+1, s) > m+1
		if example {
			// "Veterans, including Mr. Tom Reed, said …": an example of
			// the group before it, which speaks; no apposition naming
			// it. (But "Others, like X, argued", below.)
			between = nil
		}
		if ap := between; commas == 0 && named(ap) && t.toks[m].s == "," && t.openingTimeTo(m, s) {
			// "Last week, Apple, said …", "On Monday, Tom Reed, said
			// …": a name set off by a stray comma after the phrase of
			// time the sentence opens with is the subject; nothing
			// else is before it.
			cu.left, cu.leftAtBoundary = ap, true
			return
		}
		if ap := between; commas == 0 && t.personRelBefore(m, s) && ap != nil && (ap.kind == kPerson || ap.kind == kName && t.lx.GivenNames[t.toks[ap.t0].l] != 0) {
			// "A juror who spoke to reporters after the verdict, and
			// who gave only her first name, Denise, said …": the name
			// set off by commas after a relative clause about a person
			// is that person's, the subject's.
			ap.kind = kPerson // (a first name alone: "Denise")
			cu.left, cu.leftAtBoundary = ap, true
			return
		}
		if ap := rs.bodyRelNamed(m, between, s); commas == 0 && ap != nil {
			// "The company that built the system, Verity AI, did not
			// respond …": the body a relative clause describes, named
			// set off by commas, is the subject.
			cu.left, cu.leftAtBoundary = ap, true
			return
		}
		if p := m - 1; commas == 0 && p >= s.body && t.out(p) && (t.lx.Set("others", t.toks[p].l) && t.boundary(p-1, s) || t.otherGroup(m, s)) {
			// "Others, like Forrester's Dipanjan Chatterjee, argued …":
			// the others unnamed, the one named as an example speaks
			// (also after a group described as other ones: "Other
			// prominent Republicans, like Tom Reed, have said …").
			if n := t.phraseEnd("examples", m+1, s); n > m+1 && n < k {
				if ex := rs.wholePhrase(n, k, s); named(ex) {
					cu.left, cu.leftAtBoundary = ex, true
					return
				}
				if ex, ex2 := rs.examplePair(n, k, s); ex != nil {
					// "Others, like Tom Reed and Ana Ruiz, said …": both.
					cu.left, cu.also, cu.alsoDash, cu.leftAtBoundary = ex, ex2, true, true
					return
				}
			}
		}
		if p := m - 1; commas == 0 && t.partitiveStart(p, s) >= 0 && t.boundary(t.partitiveStart(p, s)-1, s) {
			// "One of them, bartender Lisa Carter, said …": the person
			// the parenthetical names is the one of them who speaks
			// (also named after a description: "One of them, a retired
			// teacher named Linda Wells, said").
			if ap := between; ap != nil && ap.kind == kPerson {
				cu.left, cu.leftAtBoundary = ap, true
				return
			}
			if ap := rs.namedBetween(m+1, k, s); ap != nil && ap.kind == kPerson {
				cu.left, cu.leftAtBoundary = ap, true
				return
			}
		}
		if qm := rs.quotedModifierSubject(m-1, s); commas == 0 && qm != nil {
			// "El líder del grupo “Los Halcones”, Mario Rey, afirmó
			// …": a short quotation ends the phrase before the
			// parenthetical.
			cu.left, cu.appos, cu.leftAtBoundary = qm, between, true
			if between == nil {
				cu.appos = rs.namedBetween(m+1, k, s)
			}
			return
		}
		if n := t.othersTail(m-1, s); commas == 0 && n > 0 && t.toks[m].s == "," {
			// "Tom Reed and other Democrats, however, said", "The mayor
			// and others, in a letter, said": the one named before the
			// others' conjunction speaks, as with no parenthetical.
			if st := t.npLeft(m-1-n, s); st >= 0 && t.boundary(st-1, s) {
				if left := rs.parseNP(st, m-n, 0); left != nil {
					cu.left, cu.leftAtBoundary, cu.othersTail = left, true, true
					return
				}
			}
		}
		st := t.npLeft(m-1, s)
		opened := false // after a phrase that opens the sentence with no comma
		if st2 := t.articleAfterOpening(st, m, s); st >= 0 && !t.boundary(st-1, s) && st2 > st {
			st, opened = st2, true // "En ese sentido el ministro de Economía, Luis Carvajal, dijo …"
		}
		if st >= 0 && (t.boundary(st-1, s) || opened) {
			if t.out(st) && (t.lx.NounCaps && t.lx.Set("prep", t.toks[st].l) && t.lx.Set("determiners", t.toks[st].l) || t.prepJoinedOpens(st, s)) {
				// "Del total de desembolsos, 1.500 millones fueron para
				// el sector privado, detalló la autoridad monetaria": a
				// preposition joined to its article opens a phrase, no
				// subject; the subject follows the verb.
				return
			}
			if t.placeTail(st, m, s) {
				m = st - 1 // "…, a professor at the University of California, Irvine, who …, said"
				continue
			}
			if n := t.phraseEnd("examples", st, s); n > st && n < m && st-1 > s.body && t.toks[st-1].s == "," {
				// "Several veterans, including Tom Reed, a retired
				// sergeant, said …": the description is the example's,
				// and the example's group before it speaks.
				m = st - 1
				continue
			}
			if st-2 > s.body && t.lx.Set("aliasor", t.toks[st-1].l) && t.toks[st-2].s == "," {
				// "…, communications director of Democracy for America,
				// or DFA — which … — said": another name of the phrase
				// before, inside the parenthetical.
				m = st - 2
				continue
			}
			if left := rs.parseNP(st, m, 0); left != nil {
				if ex, ex2 := rs.examplePair(m+1, k, s); left.plural && !named(left) && left.kind != kPron && ex != nil && t.phraseEnd("examples", m+1, s) == m+1 {
					// "Two council members, Tom Reed and Ana Ruiz,
					// said …": the two people named between the commas
					// are the group, and each speaks.
					cu.left, cu.also, cu.alsoDash, cu.leftAtBoundary = ex, ex2, true, true
					return
				}
				if named := rs.personBeforeAppositive(left, st, s); named != nil {
					// "Pavel Ostrin, a senior analyst at the Coastal
					// Trade Monitor, an independent research group,
					// said": the description is the person's, and the
					// last phrase describes its organisation.
					cu.left, cu.appos, cu.leftAtBoundary = named, left, true
					return
				}
				cu.left = left
				cu.leftAtBoundary = true
				if left.kind == kDoc && left.owner == nil {
					// "The report, released Tuesday by the Government
					// Accountability Office, found …": its author.
					if o := rs.docAgent(m+1, s); o != nil && o.t1 <= k {
						left.owner = o
					}
				}
				if between != nil {
					cu.appos = between
				} else if ap := rs.namedBetween(m+1, k, s); ap != nil && !example {
					// "Another resident, a retired teacher named David
					// Hall, said": the person the description names.
					cu.appos = ap
				}
				if ap := cu.appos; ap != nil && ap.kind == kPerson && (t.toks[st].kind == tWord && !t.toks[st].cap &&
					!t.lx.Set("determiners", t.toks[st].l) && left.kind != kPron || t.indefinite(left) && !left.spokes) {
					// "…, after winning Ohio in the primary, Gov. John
					// Hale (R-OH), said": the phrase before is no
					// subject, the name between the commas is; so is it
					// after an indefinite phrase ("A Democrat in the state
					// senate, Jane Roe, said"), but for a spokesperson's
					// ("A spokesman for Hamas, Ali Baraka, said": he speaks
					// for Hamas).
					cu.left, cu.appos = ap, nil
				} else if (left.kind == kPerson || left.kind == kName) && t.participleIn(st, m) {
					// "A lawyer representing Mr. Reyes, Dana Whitfield
					// (of the Old Town Church), said": the name in the
					// phrase is its object; the person named between the
					// commas is the subject.
					if ap == nil {
						if end := t.npRight(m+1, s); end > m+1 && end < k {
							ap = rs.parseNP(m+1, end, 0)
						}
					}
					if ap != nil && ap.kind == kPerson {
						cu.left, cu.appos = ap, nil
					}
				}
				return
			}
			if ap := between; ap != nil && ap.kind == kPerson && t.toks[st].cap && (t.isTitleWord(st) || st+1 < m && t.toks[st+1].cap && t.isTitleWord(st+1)) {
				// "Minister for Life Sciences, George Freeman, told the
				// BBC", "Chairman of the board, Ann Lee, said": a role
				// with no article opens the sentence; the person named
				// between the commas holds it and speaks.
				cu.left, cu.leftAtBoundary = ap, true
				return
			}
			if ap := between; named(ap) && st == s.body && t.bareOpeningDesc(st, m) {
				// "Tech giant, Apple, said …", "Gulf Arab power, the
				// United Arab Emirates (UAE), warned …": a description
				// with no article opens the sentence; the name between
				// the commas is what it describes, and speaks (without
				// the short name in brackets after it).
				if e := ap.t1 - 1; t.toks[e].s == ")" {
					for p := e - 1; p > ap.t0; p-- {
						if t.toks[p].s == "(" {
							if n := rs.parseNP(ap.t0, p, 0); named(n) {
								ap = n
							}
							break
						}
					}
				}
				cu.left, cu.leftAtBoundary = ap, true
				return
			}
			// "Reyes, 35, the daughter of …, said": an age is no
			// subject; look before it.
		}
		m--
	}
}

// bareOpeningDesc reports whether the words [st, m) are a description of
// at least two words with no article or preposition, whose last word, its
// noun, is in lower case: "Tech giant", "Gulf Arab power".
func (t *text) bareOpeningDesc(st, m int) bool {
	if m-st < 2 || t.toks[m-1].cap {
		return false
	}
	for k := st; k < m; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || !t.out(k) || t.lx.Set("determiners", tk.l) || t.lx.Set("prep", tk.l) || t.lx.Set("of", tk.l) || t.lx.Set("coord", tk.l) {
			return false
		}
	}
	return true
}

// inciseEnds reports whether, in a subject-verb-object language, a comma
// right after the verb group at cu closes an incise that a comma before
// its subject opened: "Mr. Reed, the official said, was also …" (the
// words go on past it, the name before is their subject, not the
// speaker). A verb that ends its clause is followed by a comma anyway
// ("…, den Sieg erklärt, darunter …").
func (t *text) inciseEnds(cu *cue, s *sentence) bool {
	return t.lx.Trait("svo") && cu.hi < s.t1 && t.toks[cu.hi].s == ","
}

// describedBeforeParticiple returns, in a subject-verb-object language,
// the people described before a participle in the named phrase m over
// [lo, hi) ("delegates" in "delegates supporting Clinton"), or nil: no
// description, or one of those who speak for the one named ("lawyers
// representing Clinton", lexicon set counselnouns).
func (rs *resolver) describedBeforeParticiple(m *mention, lo, hi int) *mention {
	t := rs.t
	if m == nil || m.kind == kDesc || m.kind == kPron || m.kind == kDoc || !t.lx.Trait("svo") {
		return nil
	}
	for j := lo + 1; j < hi-1; j++ {
		tk, prev := &t.toks[j], &t.toks[j-1]
		if tk.kind != tWord || tk.cap || tk.q >= 0 || !t.nonFinite(tk.l) || prev.kind != tWord || prev.cap && j-1 != t.sents[tk.sent].body {
			// (A capital opening the sentence is no name's:
			// "Veterans including Reed said …", "Voters backing Reed
			// said …"; the description decides below.)
			continue
		}
		if d := rs.parseNP(lo, j, 0); d != nil && d.kind == kDesc && d.plural && !d.spokes && !t.lx.Set("counselnouns", d.head) {
			return d
		}
		return nil
	}
	return nil
}

// leftAtWord finds the subject of the verb group at cu.lo when the token
// right before it, k, is a word outside quotations: the phrase ending
// there, or the phrase a relative clause or a participle between them
// describes.
func (rs *resolver) leftAtWord(cu *cue, k int, s *sentence) {
	t := rs.t
	if st := t.npLeft(k, s); st >= 0 {
		st = t.countStart(st, k+1, s)
		if st-1 > s.body && t.personRelVerb(st-1, k+1) {
			// "Delegates who support Reed said": the words after the
			// relative pronoun are its clause, not a subject; the
			// people before it speak (relativeLeft).
			cu.left, cu.leftAtBoundary = nil, false
			rs.relativeLeft(cu, k, s)
			return
		}
		if t.shareOpens(st, k+1) {
			// "94 Prozent der Leser forderten …", "About 60 percent
			// of voters said …": a share of a poll, no one who
			// speaks.
			cu.left = nil
			return
		}
		cu.left = rs.parseNP(st, k+1, 0)
		if d := rs.describedBeforeParticiple(cu.left, st, k+1); d != nil {
			// "Some delegates supporting Clinton said …", "Voters
			// backing Reed said …": the people the participle
			// describes speak; the name after it is its object.
			cu.left = d
		}
		for j := st + 1; j+1 < k && cu.left != nil; j++ {
			if t.out(j) && t.out(j+1) && t.lx.Set("meanspreps", t.toks[j].l) && t.lx.Set("possessive", t.toks[j+1].l) {
				// "The government through its embassy said …": the
				// means it spoke through is no part of its name.
				if m := rs.parseNP(st, j, 0); m != nil {
					cu.left = m
				}
				break
			}
		}
		if m := cu.left; m != nil && m.kind == kPerson && st-3 >= s.body && t.out(st-1) && t.lx.Set("by", t.toks[st-1].l) && t.out(st-2) && t.lx.Set("leadverbs", t.toks[st-2].l) {
			// "A team led by John Fa found …": the one who leads the
			// group described before speaks for it.
			if g := t.npLeft(st-3, s); g >= 0 && t.boundary(g-1, s) {
				if d := rs.parseNP(g, st-2, 0); d != nil && d.kind == kDesc {
					cu.leftAtBoundary = true
					return
				}
			}
		}
		if m := cu.left; m != nil && m.latter && st == k && t.loneDemonstrative(k) && cu.lo == cu.c &&
			(cu.verb.Tags&lang.TagFinite == 0 || !t.endsIn("latterverbendings", t.toks[cu.c].l, 1) || m.plural != t.pluralVerb(cu)) {
			// "Esta denuncia fue presentada …", "Esta pregunta quedó
			// sin respuesta": a demonstrative before a form that may
			// be a noun is its article, no subject ("Este indicó",
			// "Esta dijo que …" are).
			cu.left = nil
			return
		}
		if m := rs.afterOpeningObject(st, k+1, s); m != nil {
			// "Writing in The Mirror Linda said: …", "Speaking to
			// the BBC Mr Reed said …": a participle of speaking
			// and its object open the sentence with no comma; the
			// person named last is the subject.
			cu.left, cu.leftAtBoundary = m, true
			return
		}
		if m := rs.afterOpeningPhrase(st, k+1, s); m != nil {
			// "In the interview Cole said …": a preposition and a
			// description of no one open the sentence with no comma;
			// the name after them is the subject.
			cu.left, cu.leftAtBoundary = m, true
			return
		}
		if e := t.participleAfterName(st, k, s); e > st {
			// "Une étude de l'Inserm publiée mardi indique …", "Un
			// sondage Ifop réalisé pour Le Figaro indique …": the
			// participle after the name opens a clause of its own.
			if m := rs.parseNP(st, e, 0); m != nil {
				cu.left = m
			}
		}
		if t.lx.NounCaps && t.objectInside(st, k+1) {
			// "…, dass die Mehrheit den Plan ablehnt": a verb at the
			// end of its clause, and an object between it and the
			// subject; where the subject ends is not read here.
			cu.left = nil
			return
		}
		if named := rs.nameBefore(st, s); named != nil && !t.inciseEnds(cu, s) && !t.detachedOpening(named, s) && (cu.left != nil && cu.left.kind == kDesc && t.lx.Set("determiners", t.toks[st].l) && !t.lx.Set("quantifiers", t.toks[st].l) || cu.left == nil && t.isTitleWord(st) && st < k) {
			// "Sen. Jane Roe (D-NY), a supporter of …
			// told": the appositive's closing comma is missing.
			// (Not a bare noun: "… arrested in Ohio and Virginia,
			// police said" is the police's, not Virginia's; a bare
			// title is the person's: "Sandy Ching, president of the
			// American Academy of Pediatrics said …"; nor a quantified
			// phrase, a subject of its own after an opening clause:
			// "Despite a split that cost the Labour Party, many union
			// members said …".)
			cu.left, cu.appos = named, cu.left
			cu.leftAtBoundary = true
			return
		}
		if named := rs.unclosedIndefAppos(st, s); named != nil && cu.left != nil && !t.boundary(st-1, s) {
			// "Joy Baker, an OBGYN based in Georgia told Salon …":
			// the apposition's closing comma is missing and the
			// phrase before the verb ends inside it.
			cu.left, cu.appos, cu.leftAtBoundary = named, nil, true
			return
		}
		if head := t.coordOwners(st, s); head >= 0 {
			// "Lawyers for Velázquez and Marmorato said": the
			// people before both names, not the last name.
			st = head
			cu.left = rs.parseNP(st, k+1, 0)
		}
		if t.out(st) && (t.lx.NounCaps && t.lx.Set("prep", t.toks[st].l) && t.lx.Set("determiners", t.toks[st].l) || t.prepJoinedOpens(st, s)) {
			// "Im zweiten Teil seines Buches beschreibt Bregman …", "Al
			// respecto señaló que …": a preposition joined to its
			// article opens a phrase, no subject; the subject follows
			// the verb, or is left out.
			cu.left = nil
			return
		}
		if cu.verb.Voice == "call" && st-1 > s.body && t.lx.Set("relpron", t.toks[st-1].l) && !t.lx.Set("comp", t.toks[st-1].l) && t.toks[st-2].s == "," && t.nameAfter(cu.hi, s) {
			// "the islands, which China calls the Diaoyu, were …":
			// a name given, the relative pronoun its object (not a
			// view: "…, which Trump had called a “disaster”").
			cu.left = nil
			return
		}
		cu.leftAtBoundary = t.boundary(st-1, s) || st-1 >= s.body && t.lx.Set("freerel", t.toks[st-1].l) && t.boundary(st-2, s) ||
			t.frontedPronoun(cu.left, st, s) || rs.describedNamed(cu.left, st, s)
		if p := st - 1; p-1 >= s.body && t.out(p) && t.out(p-1) && t.lx.Set("prep", t.toks[p].l) && t.lx.Set("subord", t.toks[p].l) &&
			t.lx.Set("relpron", t.toks[p-1].l) && !t.lx.Set("comp", t.toks[p-1].l) {
			// "Glenn Beck, who since the appointment of … has
			// denounced …": a time phrase after the relative pronoun,
			// the subject of the verb; not "the appointment".
			cu.left, cu.leftAtBoundary = nil, false
			return
		}
		if t.relativePredicate(cu.left, st, s) {
			// "The union that represents workers at the plants
			// said …": what the clause says of the union, no one.
			cu.left, cu.leftAtBoundary = nil, false
			if st2 := t.npLeft(st-2, s); st2 >= 0 && t.boundary(st2-1, s) {
				if left := rs.parseNP(st2, st-1, 0); left != nil && left.kind == kDesc && (left.class == "org" || left.class == "people") {
					cu.left, cu.leftAtBoundary = left, true // the union
				}
			}
		}
		if !cu.leftAtBoundary && cu.left != nil {
			if st2 := t.articleAfterOpening(st, k, s); st2 > st {
				// "Durante la reunión el presidente Gabriel Boric
				// afirmó …", "En declaraciones a la prensa el alcalde
				// dijo …": a phrase after a preposition opens the
				// sentence without a comma; the article after its
				// noun opens the subject.
				if m := rs.parseNP(st2, k+1, 0); m != nil && (m.kind == kPerson || m.kind == kOrg ||
					m.kind == kDesc && (m.class == "people" || m.class == "spokes" || m.class == "gov" || m.class == "org" || m.headTok >= 0 && t.isTitleWord(m.headTok))) {
					cu.left, cu.leftAtBoundary = m, true
				}
			}
		}
		if !cu.leftAtBoundary && cu.left != nil && cu.left.kind == kPerson {
			if st2 := t.titledNameAfterOpening(st, k, s); st2 > st {
				// "Saturday at the state party convention Sen. Ellen
				// Ward said": a time and a place open the sentence
				// without a comma; the titled name is the subject.
				if m := rs.parseNP(st2, k+1, 0); m != nil && m.kind == kPerson {
					cu.left, cu.leftAtBoundary = m, true
				}
			}
		}
		if cu.leftAtBoundary {
			// "German firms including Acme, Bolt, and Crane have
			// said": the firms, not the last one named.
			if st2, end := t.listHead(st, s); st2 >= 0 {
				if head := rs.parseNP(st2, end, 0); head != nil {
					cu.left = head
				}
			}
		}
	}
	rs.relativeLeft(cu, k, s)
}

// beforePostnominals returns the person named before the degrees or
// honours set off by commas that make up phrase m ("Jane Smith, MD, MPH,
// Deputy Editor, reports …", "Ann Lee, PhD, a nutritionist, said …"), or
// nil when m is no such phrase.
func (rs *resolver) beforePostnominals(m *mention, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if m == nil || m.t1-m.t0 != 1 || !lx.Set("postnominals", t.toks[m.t0].l) {
		return nil
	}
	c := m.t0 - 1
	for c-2 >= s.body && t.toks[c].s == "," && lx.Set("postnominals", t.toks[c-1].l) && t.toks[c-2].s == "," {
		c -= 2
	}
	if c <= s.body || t.toks[c].s != "," {
		return nil
	}
	if p := rs.nameBeforeComma(c, s, true); p != nil && p.kind == kPerson {
		return p
	}
	return nil
}

// relativeLeft finds, where the phrase before the verb group at cu.lo
// gave no subject at a boundary, the one a relative clause or a
// participle between them describes, and the group a restrictive
// relative clause follows ("Officials who spoke on condition of
// anonymity said", "Reed, who said he would campaign with her, did not
// …").
func (rs *resolver) relativeLeft(cu *cue, k int, s *sentence) {
	t := rs.t
	if cu.left == nil || !cu.leftAtBoundary {
		// "Officials who spoke on condition of anonymity said":
		// the phrase before the relative clause.
		if st, end := t.relativeSubject(k+1, s); st >= 0 {
			if left := rs.parseNP(st, end, 0); left != nil {
				cu.left, cu.leftAtBoundary = left, true
				cu.othersTail = t.beforeOthers(end, k+1)
			}
		}
	} else if cu.left.kind == kDoc && cu.left.owner == nil {
		// "A juror who spoke to reporters after the verdict said
		// …": a document at the end of a "who" clause is no
		// subject; the person the clause describes is.
		if st, end := t.relativeSubject(k+1, s); st >= 0 && end < k && t.lx.Set("personrel", t.toks[end].l) {
			if left := rs.parseNP(st, end, 0); left != nil && (left.kind == kPerson || left.kind == kDesc && left.class == "people") {
				cu.left, cu.leftAtBoundary = left, true
			}
		}
	}
	if cu.left == nil || !cu.leftAtBoundary {
		// "A Quinnipiac University poll released in late August
		// found …": a document and the participle that dates it.
		if left := rs.docParticipleSubject(k+1, s); left != nil {
			cu.left, cu.leftAtBoundary = left, true
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && t.lx.ProDrop {
		// "… con la Alcaldía, que en un comunicado aseguró …": the
		// verb of a relative clause; the phrase it refers to speaks.
		// (Not in English, where "…, who said" in PolNeAR's train
		// split found 16 more and 7 of them under the wrong speaker.)
		if left := rs.relativeAntecedent(cu.lo, s); left != nil {
			cu.left, cu.leftAtBoundary = left, true
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && !t.lx.ProDrop {
		// "Reed, who said he would campaign with her, did not …",
		// "Harbor Lines, which said it would appeal, lost …": the
		// verb of a relative clause right after the named person or
		// body that opens the sentence; it speaks. (Only that one:
		// any antecedent, as above, put 7 of 16 under the wrong
		// speaker in PolNeAR's train split; this finds 7, none wrong.)
		if left := rs.relativeAntecedent(cu.lo, s); t.lx.Trait("namedrelative") && left != nil && (left.kind == kPerson || left.kind == kOrg) && left.t0 == s.body && left.t1+1 < cu.lo &&
			t.toks[left.t1].s == "," && t.lx.Set("relpron", t.toks[left.t1+1].l) && !t.lx.Set("comp", t.toks[left.t1+1].l) && !t.lx.Set("possrel", t.toks[left.t1+1].l) {
			if e := t.relClauseClose(cu.hi, s); e > 0 {
				cu.left, cu.leftAtBoundary, cu.relEnd = left, true, e
			}
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && t.lx.Trait("namedrelative") {
		// "Ryan Graves, a former Navy pilot who asserted in July that
		// …, was also present": the person the description set off
		// after the name describes.
		if left, e := rs.apposRelativeName(cu, s); left != nil {
			cu.left, cu.leftAtBoundary, cu.relEnd = left, true, e
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && !t.lx.ProDrop && t.quoteRightAfter(cu.hi, s) {
		// "… such peers as the poet Brenda Shaughnessy, who tweeted,
		// “…”": a relative clause whose verb opens a quotation
		// right away; the one the pronoun refers to speaks.
		if left := rs.relativeAntecedent(cu.lo, s); left != nil && (left.kind == kPerson || left.kind == kOrg) && t.toks[left.t1].s == "," &&
			t.lx.Set("relpron", t.toks[left.t1+1].l) && !t.lx.Set("comp", t.toks[left.t1+1].l) && !t.lx.Set("possrel", t.toks[left.t1+1].l) {
			cu.left, cu.leftAtBoundary = left, true
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && t.lx.Trait("namedrelative") {
		// "It reinforces the argument of Rep. Ann Cole, who has
		// suggested that …": a relative pronoun of persons right after
		// a person named in full anywhere in the sentence; the person
		// speaks.
		if left := rs.personRelativeAntecedent(cu.lo, s); left != nil {
			cu.left, cu.leftAtBoundary = left, true
			if e := t.relClauseClose(cu.hi, s); e > 0 {
				cu.relEnd = e
			}
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && t.lx.Trait("relativesanywhere") {
		if left := rs.namedRelativeAntecedent(cu.lo, s); left != nil {
			cu.left, cu.leftAtBoundary = left, true // "… le soutien de Paul Garnier, qui juge le projet « indispensable »"
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && !t.lx.ProDrop {
		// "… by a string of Tory MPs who said the offences were
		// proof …": a restrictive relative clause right after a
		// group of people (no comma): they say it.
		if left := rs.restrictiveGroup(cu.lo, s); left != nil && !t.laterFiniteReport(cu.hi, s) && !t.objectThenPredicate(cu, s) {
			cu.left, cu.leftAtBoundary = left, true
		}
	}
	if (cu.left == nil || !cu.leftAtBoundary) && t.lx.Trait("namedrelative") {
		// "The decision angered environmental groups, who said it
		// would harm wildlife": a relative clause set off by a comma
		// right after a group of people described; they say it.
		if left := rs.groupRelativeAntecedent(cu.lo, s); left != nil && !t.laterFiniteReport(cu.hi, s) && !t.objectThenPredicate(cu, s) {
			cu.left, cu.leftAtBoundary = left, true
			if e := t.relClauseClose(cu.hi, s); e > 0 {
				cu.relEnd = e
			}
		}
	}
	if k := cu.lo - 1; cu.left != nil && cu.relEnd <= 0 && t.lx.Trait("relativesanywhere") && k-1 > s.body && t.out(k) && t.lx.Set("relpron", t.toks[k].l) &&
		!t.lx.Set("comp", t.toks[k].l) && t.toks[k-1].s == "," && t.toks[k-1].q < 0 {
		// "Tom Reed, qui estime que le plan est bon, a voté contre":
		// the relative clause set off by commas ends the words, before
		// the main verb.
		if e := t.relClauseClose(cu.hi, s); e > 0 {
			cu.relEnd = e
		}
	}
	if cu.left != nil && cu.left.t1 == cu.lo && cu.relEnd <= 0 && !t.lx.ProDrop {
		// "Reed, after the council said the plan would fail, left the
		// room": a clause of a subordinating word set off by commas
		// right after the subject that opens the sentence ends the
		// words, before the main verb.
		if k := cu.left.t0 - 1; k-1 > s.body && t.out(k) && t.lx.Set("subord", t.toks[k].l) && t.toks[k-1].s == "," && t.toks[k-1].q < 0 && t.npRight(s.body, s) == k-1 {
			// (Not before a verb of saying: "Reed, after the council
			// said …, said he would appeal" is read as words within
			// words.)
			if e := t.relClauseClose(cu.hi, s); e > 0 && !t.reportingVerbAt(e+1) {
				cu.relEnd = e
			}
		}
	}
}

// groupRelativeAntecedent returns the group described right before the
// comma and the relative pronoun that open the clause of the verb at
// token lo, as a person named in full is for personRelativeAntecedent:
// people in the plural before a pronoun of persons ([set personrel]:
// "… angered residents, who said …"), or a body described in the plural
// or with a definite article ("… environmental groups, who said …", "…
// from the union, which said …"); or nil. (Not one person described,
// who may be someone named before or no one: "a young woman, who told
// …".)
func (rs *resolver) groupRelativeAntecedent(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	r := t.relpronBefore(lo, s)
	if r < 0 {
		return nil
	}
	if r-2 < s.body || !lx.Set("relpron", t.toks[r].l) || lx.Set("comp", t.toks[r].l) || lx.Set("possrel", t.toks[r].l) || !t.out(r) || t.toks[r-1].s != "," || !t.out(r-2) {
		return nil
	}
	c := r - 1
	st := t.npLeft(c-1, s)
	if st < 0 {
		return nil
	}
	m := rs.headedBefore(st, c) // ("… drew criticism from environmental groups, who said": the source)
	switch {
	case m == nil || m.kind != kDesc || m.headTok != c-1:
		return nil
	case m.class == "people" && m.plural && lx.Set("personrel", t.toks[r].l):
		return m
	case m.class == "org" && (m.plural || m.definite):
		return m // "… from the union, which said …", "… environmental groups, who said …"
	}
	return nil
}

// apposRelativeName returns the person named at the opening of sentence
// s when the verb of cue cu opens a relative clause of persons right
// after an indefinite description set off by a comma after the name
// ("Ryan Graves, a former Navy pilot who asserted …, was also
// present"), and the comma that closes the clause before the main verb;
// else nil.
func (rs *resolver) apposRelativeName(cu *cue, s *sentence) (*mention, int) {
	t := rs.t
	lx := t.lx
	r := cu.lo - 1
	if r-3 <= s.body || !t.out(r) || !lx.Set("personrel", t.toks[r].l) {
		return nil, -1
	}
	c := r - 1
	for c > s.body && r-c <= 8 && t.toks[c].s != "," {
		if tk := &t.toks[c]; tk.kind != tWord || tk.q >= 0 || t.isVerb(c) && !tk.cap {
			return nil, -1
		}
		c--
	}
	if c <= s.body || t.toks[c].s != "," || !lx.Set("indefinite", t.toks[c+1].l) {
		return nil, -1
	}
	e := t.relClauseClose(cu.hi, s)
	if e <= 0 {
		return nil, -1
	}
	if m := rs.parseNP(s.body, c, 0); m != nil && m.kind == kPerson && m.t0 == s.body {
		return m, e
	}
	return nil, -1
}

// shortQuoteOpen returns the opening mark of the quotation of at most
// six words whose closing mark is token m, or -1.
func (t *text) shortQuoteOpen(m int, s *sentence) int {
	for o := m - 1; o >= s.body && m-o <= 8; o-- {
		switch t.toks[o].kind {
		case tQOpen:
			if m-o >= 2 {
				return o
			}
			return -1
		case tQClose:
			return -1
		}
	}
	return -1
}

// prepRelpron reports whether a preposition and a relative pronoun of a
// person open at token k: "para quien", "con quien".
func (t *text) prepRelpron(k int, s *sentence) bool {
	return k+1 < s.t1 && t.out(k) && t.lx.Set("prep", t.toks[k].l) && t.lx.Set("personrel", t.toks[k+1].l)
}

// docAdverbial returns the token before a phrase of "in" and a
// document that ends at token k and follows a capitalised word ("Jeb Bush
// in a Medium post said", "Hale in a statement said"), or -1.
func (t *text) docAdverbial(k int, s *sentence) int {
	if !t.out(k) || !t.lx.Set("docnouns", t.toks[k].b) {
		return -1
	}
	for j := k - 1; j > s.body && j >= k-4; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 {
			return -1
		}
		if t.lx.Set("docin", tk.l) {
			if p := &t.toks[j-1]; p.kind == tWord && p.cap && p.q < 0 && t.isName(j-1) {
				return j - 1
			}
			return -1
		}
		if t.isVerb(j) && !t.afterArticle(j, s) {
			return -1
		}
	}
	return -1
}

// docTimePhrase returns, when the words of sentence s ending at token k
// are a short phrase of time opening with a preposition ("à la fin des
// années 2000", "en 2019") right after a phrase naming a document, the
// token that ends the document's phrase, or -1.
func (t *text) docTimePhrase(k int, s *sentence) int {
	timed := false
	for j := k; j > s.body+1 && j >= k-6; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || tk.cap || t.isVerb(j) || t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) {
			return -1
		}
		timed = timed || isTimeWord(t.lx, tk.l) || len(tk.l) == 4 && isDigits(tk.l)
		if !t.lx.Set("prep", tk.l) || t.lx.Set("of", tk.l) || j == k {
			continue
		}
		if !timed {
			return -1
		}
		for d := j - 1; d >= s.body && d >= j-5; d-- {
			if t.toks[d].kind != tWord || t.toks[d].q >= 0 {
				return -1
			}
			if t.lx.Set("docnouns", t.toks[d].b) && d > s.body && t.lx.Set("determiners", t.toks[d-1].l) {
				return j - 1
			}
		}
		return -1
	}
	return -1
}

// afterArticle reports whether the word at token c comes right after a
// determiner, or after an indefinite article or a possessive and up to
// two words that are no verbs ("the post", "a Medium post", "his latest
// blog post"): a noun, not a verb.
func (t *text) afterArticle(c int, s *sentence) bool {
	for j := c - 1; j >= s.body && j >= c-3; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 {
			return false
		}
		if t.lx.Set("determiners", tk.l) && (j == c-1 || t.lx.Set("indefinite", tk.l) || t.lx.Set("possessive", tk.l)) {
			return true // (not "The Tax Foundation estimates")
		}
		if t.isVerb(j) || t.lx.Set("prep", tk.l) || t.lx.Set("comp", tk.l) || t.isPronounTok(j) ||
			t.lx.Set("docnouns", tk.b) || t.lx.Speakers[tk.b] != "" {
			return false // (nor after a noun, its subject: "A Bloomberg poll shows")
		}
	}
	return false
}

// nounAfterPrep reports whether token c follows a preposition of "to"
// ([set dative]), right after it or past one lower-case word of no verb
// ("à titre", "à double titre"): a noun, where the preposition takes no
// finite verb.
func (t *text) nounAfterPrep(c int, s *sentence) bool {
	j := c - 1
	if j > s.body && t.toks[j].kind == tWord && !t.toks[j].cap && t.toks[j].q < 0 && !t.lx.Set("prep", t.toks[j].l) && !t.lx.Set("determiners", t.toks[j].l) && !t.isVerb(j) {
		j--
	}
	return j >= s.body && t.toks[j].kind == tWord && t.toks[j].q < 0 && t.out(j) && t.lx.Set("dative", t.toks[j].l)
}

// irregularPast reports whether form w of verb v is a past of its own,
// neither the lemma nor a form of it in -s ("wrote", "spoke", "swore"):
// no noun shares it, so "A fan wrote …" is a verb after the article and
// a noun (not "a saw", a noun right after it).
func irregularPast(w string, v lang.Verb) bool {
	return v.Tags&lang.TagFinite != 0 && w != v.Lemma && !strings.HasSuffix(w, "s") && !strings.HasPrefix(w, v.Lemma)
}

// afterIndefinite reports whether the indefinite article stands before
// token c, right before it or across up to two words in lower case that
// are no verb, preposition or pronoun ("a recall", "a notably large
// recall"): a verb's form there is a noun.
func (t *text) afterIndefinite(c int, s *sentence) bool {
	for j := c - 1; j >= s.body && j >= c-3; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || tk.cap && j > s.body {
			return false
		}
		if t.lx.Set("indefinite", tk.l) {
			return true
		}
		if !t.describingWord(j) {
			return false // (also a noun that speaks, its subject: "A resident says …", "A neighbour later wrote …", "a police report says …")
		}
	}
	return false
}

// describingWord reports whether token j, between a determiner and a
// word after it, may only describe that word: no verb, preposition,
// complementiser, conjunction, pronoun or determiner, nor a noun that
// speaks or names a document.
func (t *text) describingWord(j int) bool {
	tk := &t.toks[j]
	if t.isVerb(j) || t.lx.Set("prep", tk.l) || t.lx.Set("comp", tk.l) || t.lx.Set("coord", tk.l) || t.isPronounTok(j) || t.lx.Set("determiners", tk.l) {
		return false
	}
	return t.lx.Speakers[tk.b] == "" && !t.lx.Set("docnouns", tk.b)
}

// afterPossessive reports whether the word at token c follows, past one
// or two words that describe it, a possessive determiner inside the
// sentence ("relied on its increasingly maniacal appeals to …", "between
// the donor base and its increasingly maniacal appeals"): a noun, in a
// language whose nouns and verbs share forms (trait zeroderivation); not
// after a noun that speaks ("… and its members say …") nor right after
// the possessive.
func (t *text) afterPossessive(c int, s *sentence) bool {
	for j := c - 1; j > s.body && j >= c-3; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || tk.cap {
			return false
		}
		if t.lx.Set("possessive", tk.l) {
			return j < c-1
		}
		if !t.describingWord(j) || t.isTitleWord(j) {
			return false
		}
	}
	return false
}

// titledNameAfterOpening returns where a title and a name ending at token
// k start, when the sentence opens with a time word and the words from
// there up to the title hold no verb and start no earlier than st ("Saturday
// at the state party convention Sen. Ellen Ward"), or -1.
func (t *text) titledNameAfterOpening(st, k int, s *sentence) int {
	if !isTimeWord(t.lx, t.toks[s.body].l) {
		return -1
	}
	j := k
	if t.toks[j].s == ")" {
		if o := t.parenOpen(j, s, 8); o-1 > st {
			j = o - 1 // "Sen. Ellen Ward (D-MA)"
		}
	}
	e := j
	for j > st && t.isName(j) && !t.isTitleWord(j) {
		j--
	}
	if j > st && t.toks[j].s == "." {
		j-- // "Sen."
	}
	if j == e || !t.isTitleWord(j) {
		return -1
	}
	for j-1 > st && t.isTitleWord(j-1) {
		j--
	}
	for x := s.body; x < j; x++ {
		if tk := &t.toks[x]; tk.kind != tWord || tk.q >= 0 || t.isVerb(x) {
			return -1
		}
	}
	return j
}

// possessiveNameEnd returns the token after a run of capitalised name
// words from token k whose last is possessive ("Akers's", "Jane Roe's"),
// or -1.
func (t *text) possessiveNameEnd(k int, s *sentence) int {
	for j := k; j < s.t1 && j < k+4; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || !tk.cap || !t.isName(j) {
			return -1
		}
		if tk.poss {
			return j + 1
		}
	}
	return -1
}

// clauseBetween reports whether tokens [lo, hi) open with a noun phrase
// and a finite verb, an auxiliary or a modal right after it: a clause
// ("the race will be tight"), not a description ("a teacher who …").
// English only: a German verb ends its clause.
func (t *text) clauseBetween(lo, hi int, s *sentence) bool {
	if !t.lx.Trait("svo") || lo >= hi || t.toks[lo].kind != tWord || t.lx.Set("relpron", t.toks[lo].l) {
		return false
	}
	e := t.npRight(lo, s)
	if e <= lo || e >= hi || t.toks[e].kind != tWord || t.toks[e].q >= 0 {
		return false
	}
	return t.lx.Set("modal", t.toks[e].l) || t.lx.Set("aux", t.toks[e].l) || t.lx.Set("passive", t.toks[e].l)
}

// quotedNameSubject reads, in a language that capitalises nouns, a
// name in quotation marks whose closing mark is token k as the end of a
// noun phrase: after its noun ("die Zeitung „Bild“", "das Magazin „Der
// Spiegel“") or its determiner ("die „Bild“"). It returns the name's
// mention spanning the phrase, or nil: a quotation of more than four
// words, of punctuation, or after anything else is someone's words.
func (rs *resolver) quotedNameSubject(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if !lx.NounCaps || t.toks[k].kind != tQClose {
		return nil
	}
	q := t.toks[k].q
	o := k - 1
	for o > s.body && t.toks[o].kind != tQOpen {
		if tk := &t.toks[o]; tk.kind != tWord || tk.q != q || k-o > 5 {
			return nil
		}
		o--
	}
	if o <= s.body || o+1 >= k || t.toks[o].kind != tQOpen || !t.toks[o+1].cap {
		return nil
	}
	b := o - 1
	st := -1
	switch {
	case !t.out(b):
	case lx.Set("determiners", t.toks[b].l) && !lx.Set("possessive", t.toks[b].l):
		st = b
	case t.toks[b].cap && (lx.Set("mediawords", t.toks[b].b) || lx.Set("orgwords", t.toks[b].b) || lx.Speakers[t.toks[b].b] != "" ||
		compoundSpeaker(lx, lang.Lower(t.toks[b].s)) == "media" || compoundSpeaker(lx, lang.Lower(t.toks[b].s)) == "org"):
		st = t.npLeft(b, s) // (also a compound: "die Internetzeitung „Daily NK“", "das Nachrichtenportal „The Pioneer“")
	}
	// "Ousman Noor von „Stop Killer Robots“ sagt", "Anna Berg vom
	// Verein „Tierschutz jetzt“ sagte": the person named before the
	// body's "of" is the subject, not the body.
	of := b
	if st >= 0 {
		of = st - 1
	}
	if of > s.body && t.out(of) && lx.Set("of", t.toks[of].l) && lx.Set("prep", t.toks[of].l) {
		if ps := t.npLeft(of-1, s); ps >= 0 && ps < of {
			if p := rs.parseNP(ps, of, 0); p != nil && p.kind == kPerson {
				p.t1 = k + 1
				return p
			}
		}
	}
	for j := st + 1; st >= 0 && j < b; j++ {
		if t.out(j) && lx.Set("of", t.toks[j].l) && lx.Set("prep", t.toks[j].l) {
			if p := rs.parseNP(st, j, 0); p != nil && p.kind == kPerson {
				p.t1 = k + 1
				return p
			}
			break
		}
	}
	if st < 0 {
		return nil
	}
	m := rs.parseNP(o+1, k, 0)
	if m == nil || m.kind == kPron {
		return nil
	}
	m.t0, m.t1 = st, k+1
	return m
}

// quotedModifierSubject reads a short quotation whose closing mark is
// token k, after the words of a phrase that opens the clause ("los
// familiares de estos “olvidados”", "los vecinos del barrio “La
// Esperanza”"), as the end of that phrase: the mention of its words
// before the quotation (and its "of" and determiners, or its noun in
// lower case), spanning the quotation, or nil. A quotation of more than
// five words, of anything but words, or after no phrase is someone's
// words.
func (rs *resolver) quotedModifierSubject(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if k <= s.body || k >= s.t1 || t.toks[k].kind != tQClose {
		return nil
	}
	o := t.shortQuoteOpen(k, s)
	if o <= s.body+1 || k-o > 6 {
		return nil
	}
	for j := o + 1; j < k; j++ {
		if t.toks[j].kind != tWord || t.isVerb(j) && !t.toks[j].cap {
			return nil
		}
	}
	e := o
	for e-1 > s.body && t.out(e-1) && (lx.Set("determiners", t.toks[e-1].l) && !lx.Set("possessive", t.toks[e-1].l) || lx.Set("of", t.toks[e-1].l)) {
		e--
	}
	if e-1 < s.body || !t.out(e-1) || t.toks[e-1].kind != tWord || e < o && !lx.Set("of", t.toks[e].l) && t.toks[e-1].cap ||
		e == o && (t.toks[e-1].cap || t.isVerb(e-1) || lx.Set("prep", t.toks[e-1].l)) {
		return nil
	}
	st := t.npLeft(e-1, s)
	if st < 0 || st >= e || !t.boundary(st-1, s) {
		return nil
	}
	m := rs.parseNP(st, e, 0)
	if m == nil || m.kind == kPron {
		return nil
	}
	m.t1 = k + 1
	return m
}

// quotedSource reads a name in quotation marks as the source after an
// "according to" phrase, in a language that capitalises nouns: right
// after it ("laut „Spiegel“") or after its determiner, the phrase from k
// ending at end just before the opening mark ("nach Informationen des
// „Handelsblatts“"). It returns the mention and the token after the
// closing mark, or nil.
func (rs *resolver) quotedSource(k, end int, s *sentence) (*mention, int) {
	t := rs.t
	if !t.lx.NounCaps || end >= s.t1 || t.toks[end].kind != tQOpen || end-k > 1 || end == k+1 && !t.lx.Set("determiners", t.toks[k].l) {
		return nil, 0
	}
	c := end + 1
	for c < s.t1 && c-end <= 5 && t.toks[c].kind == tWord && t.toks[c].q == t.toks[end+1].q {
		c++
	}
	if c >= s.t1 || c == end+1 || t.toks[c].kind != tQClose || !t.toks[end+1].cap {
		return nil, 0
	}
	m := rs.parseNP(end+1, c, 0)
	if m == nil || m.kind == kPron {
		return nil, 0
	}
	if all := t.span(end+1, c); m.kind != kPerson && t.capsOnly(end+1, c) && (m.name != all || m.kind == kDesc) {
		// "laut «Vier Pfoten»", "laut „Business Insider“": the words in
		// the quotation marks, all capitalised, are one name (not "Pfoten"
		// counted by "Vier", nor "Business" alone).
		m.kind, m.name, m.surface, m.plural, m.class = kName, all, all, false, ""
	}
	m.t0, m.t1 = k, c+1
	return m, c + 1
}

// capsOnly reports whether tokens lo..hi are all capitalised words.
func (t *text) capsOnly(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.toks[k].kind != tWord || !t.toks[k].cap {
			return false
		}
	}
	return lo < hi
}

// ownSourceCue reads a phrase that makes the clause's own subject its
// source ([set ownsource]: "nach eigenen Angaben", "nach eigener
// Aussage"): "Ein Aktivist kaufte die Dateien nach eigener Aussage",
// "Nach eigenen Angaben kaufte er die Daten". The subject is the phrase
// opening the sentence, or, after the phrase in first place, the one
// right after the finite verb. It returns an according cue, or nil.
func (rs *resolver) ownSourceCue(i, c int) *cue {
	t := rs.t
	lx := t.lx
	s := &t.sents[i]
	n := 0
	for w := 2; w <= 3 && n == 0; w++ {
		if c+w <= s.t1 && t.out(c) && t.out(c+w-1) && lx.Set("ownsource", t.lowerSpan(c, c+w)) {
			n = w
		}
	}
	if n == 0 {
		return nil
	}
	verb := lang.Verb{Stance: "assert", Voice: "say"}
	// (The finite verb in second place: a lower-case word that is no
	// function word.)
	finite := func(k int) bool {
		tk := &t.toks[k]
		return t.out(k) && !tk.cap && !lx.Set("prep", tk.l) && !lx.Set("determiners", tk.l) && !lx.Set("comp", tk.l) &&
			!lx.Set("clause", tk.l) && !lx.Set("adverbs", tk.l) && !lx.Set("relpron", tk.l) && !lx.Set("negation", tk.l)
	}
	var m *mention
	if c == s.body {
		k := c + n
		if k+1 >= s.t1 || !finite(k) {
			return nil
		}
		end := t.npRight(k+1, s)
		if end <= k+1 {
			return nil
		}
		m = rs.parseNP(k+1, end, 0)
	} else if end := t.npRight(s.body, s); end > s.body && end < c && finite(end) && !lx.Set("prep", t.toks[s.body].l) {
		m = rs.parseNP(s.body, end, 0) // the opening phrase is the subject, its verb right after it
	} else if st := rs.invertedSubjectBefore(c, s, finite); st > 0 {
		m = rs.parseNP(st, c, 0)
	} else {
		return nil
	}
	if m == nil || m.kind == kDoc || m.kind == kPron {
		// (Nor a pronoun: "Nach eigenen Angaben kaufte er …" after a
		// sentence whose "er" is in doubt would put the words in the
		// wrong mouth.)
		return nil
	}
	return &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: c + n, verb: verb, right: m}
}

// invertedSubjectBefore returns the start of the subject that ends
// right before token c, after the finite verb in second place, when an
// adverbial phrase opens sentence s ("Im vergangenen Jahr hat der
// Konzern nach eigenen Angaben …", "In Bayern betreibt die Bahn nach
// eigenen Angaben …"): the phrase opens with a preposition, a time word
// or an adverb and holds no comma or quotation; or -1.
func (rs *resolver) invertedSubjectBefore(c int, s *sentence, finite func(int) bool) int {
	t := rs.t
	lx := t.lx
	if l := t.toks[s.body].l; t.toks[s.body].kind != tWord || !lx.Set("prep", l) && !lx.Set("time", l) && !isTimeWord(lx, l) && !lx.Set("adverbs", l) {
		return -1
	}
	st := t.npLeft(c-1, s)
	if st-1 <= s.body || !finite(st-1) {
		return -1
	}
	for k := s.body; k < st-1; k++ {
		if !t.out(k) || t.toks[k].s == "," || t.toks[k].kind == tQOpen || t.toks[k].kind == tQClose {
			return -1
		}
	}
	return st
}

// asAnonymousVerb returns the verb that closes a clause of [set as]
// opening sentence s at token c around a phrase of [set anonymous]
// split by where the words came from ("Wie es aus Regierungskreisen
// hieß, …": "hieß" and "es" make "hieß es"), a comma right after it; or
// -1.
func (t *text) asAnonymousVerb(c int, s *sentence) int {
	lx := t.lx
	if c != s.body || c+3 >= s.t1 || !t.out(c) || !lx.Set("as", t.toks[c].l) {
		return -1
	}
	for k := c + 3; k+1 < s.t1 && k <= c+10; k++ {
		if t.toks[k].s == "," || !t.out(k) {
			return -1
		}
		if t.toks[k+1].s == "," && lx.Set("anonymous", t.toks[k].l+" "+t.toks[c+1].l) {
			return k
		}
	}
	return -1
}

// finalAux returns the auxiliary (not of the passive) right after
// participle c that closes a clause of [set as], which opens sentence s
// or follows a comma and ends it ("…, wie Faeser am Montag gesagt
// hat.", "Wie das Ministerium mitgeteilt hat, …"); or -1.
func (t *text) finalAux(c int, s *sentence) int {
	lx := t.lx
	k := c + 1
	if k >= s.t1 || !t.out(k) || !lx.Set("aux", t.toks[k].l) || lx.Set("passive", t.toks[k].l) {
		return -1
	}
	// (The clause opens the sentence, its comma after the auxiliary, or
	// closes it: set off inside it, "X zu verlagern, wie es Söder
	// angekündigt hat, lehnt der BN ab", the sentence is another's.)
	ends := k+1 >= s.t1 || k+2 == s.t1 && t.toks[k+1].kind == tPunct
	if !ends && t.toks[k+1].s != "," {
		return -1
	}
	for j := c - 1; j >= s.body && j >= c-12; j-- {
		if t.toks[j].q >= 0 || t.toks[j].kind == tQOpen || t.toks[j].kind == tQClose {
			return -1
		}
		if t.toks[j].s == "," || j == s.body {
			w := j + 1
			if j == s.body {
				w = j
			}
			if w < c-1 && lx.Set("as", t.toks[w].l) && (ends || w == s.body) {
				return k
			}
			return -1
		}
	}
	return -1
}

// wholePhrase reports whether the tokens from lo to hi are one noun
// phrase with a name in it ("Bundesamt für Landwirtschaft"), when the
// phrase's right edge stops short of a name's "für" or "der".
func (t *text) wholePhrase(rs *resolver, lo, hi int) bool {
	m := rs.parseNP(lo, hi, 0)
	return m != nil && m.t0 == lo && m.t1 == hi && (m.kind == kOrg || m.kind == kName || m.kind == kDesc)
}

// anonymousDocCue reads a phrase of words of no one named ([set
// anonymous]: "hieß es") with the document they are in ([set
// anonymousin] before it: "in"), whose author is
// the source: after it ("…, hieß es in einer Erklärung des Ministeriums")
// or opening the sentence before it ("In einer Mitteilung der Polizei
// heißt es, …"). It returns an according cue at token c, or nil: only a
// document with its author named speaks ("hieß es in Berlin" is a place,
// "hieß es in dem Bericht" no one known).
func (rs *resolver) anonymousDocCue(i, c int) *cue {
	t := rs.t
	lx := t.lx
	s := &t.sents[i]
	k := t.asAnonymousVerb(c, s)
	if k < 0 && (c+1 >= s.t1 || !t.out(c) || !t.out(c+1) || !lx.Set("anonymous", t.toks[c].l+" "+t.toks[c+1].l)) {
		return nil
	}
	doc := func(lo, hi int) *mention {
		if lo >= hi {
			return nil
		}
		if lx.Set("anonymousfrom", t.toks[lo].l) {
			// "hieß es aus dem Kanzleramt", "aus Regierungskreisen": a
			// body or its circles, described (not a place: "aus Berlin").
			m := t.circles(rs.parseNP(lo+1, hi, 0))
			// (After "bei", a name of no kind told is the body too: "hieß
			// es bei Bosch"; after "aus" it may be a place, "aus Berlin".)
			at := m != nil && m.kind == kName && lx.Set("anonymousat", t.toks[lo].l)
			if m == nil || m.kind != kDesc && m.kind != kOrg && !at || m.kind == kDesc && m.class != "gov" && m.class != "org" || m.plural && m.class != "gov" {
				return nil
			}
			m.t0 = lo + 1
			return m
		}
		if !lx.Set("anonymousin", t.toks[lo].l) {
			return nil
		}
		m := t.circles(rs.parseNP(lo+1, hi, 0))
		if m != nil && m.kind == kDesc && (m.class == "gov" || m.class == "org") {
			// "In Regierungskreisen hieß es", "hieß es in
			// Unternehmenskreisen": a body or its circles (not a
			// place: "hieß es in Berlin").
			m.t0 = lo + 1
			return m
		}
		if m == nil || m.kind != kDoc || m.owner == nil || !named(m.owner) && m.owner.kind != kDesc {
			return nil
		}
		if e := t.dateAfterSource(m.owner); e > m.owner.t0 {
			// "hieß es in einer Erklärung des Ministeriums vom 26.
			// Februar": the date is no part of the author's name.
			if o := rs.parseNP(m.owner.t0, e, 0); o != nil {
				m.owner = o
			}
		}
		m.t0 = lo + 1
		return m
	}
	verb := lang.Verb{Stance: "assert", Voice: "say"}
	if k > 0 {
		// "Wie es aus Regierungskreisen hieß, soll …", "Wie es in einer
		// Mitteilung der Polizei hieß, wurde …": the words after the
		// clause.
		if m := doc(c+2, k); m != nil {
			return &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: k + 2, verb: verb, right: m}
		}
		return nil
	}
	if end := t.npRight(c+3, s); c+2 < s.t1 && end > c+3 && t.endsClause(end, s) {
		if m := doc(c+2, end); m != nil {
			return &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: end, verb: verb, right: m}
		}
	}
	// (Also with an adverb between: "Beim Bundesamt indessen heißt es, …".)
	end := c
	if c-1 > s.body+1 && t.out(c-1) && lx.Set("adverbs", t.toks[c-1].l) {
		end = c - 1
	}
	if t.npRight(s.body+1, s) == end || lx.Set("anonymousfrom", t.toks[s.body].l) && t.wholePhrase(rs, s.body+1, end) {
		if m := doc(s.body, end); m != nil {
			return &cue{kind: cueAccording, sent: i, c: c, lo: s.body, hi: c + 2, verb: verb, right: m}
		}
	}
	return nil
}

// circles returns mention m, a one-word name that is a compound ending
// in a noun of a government's or a body's circles or offices
// ("Unternehmenskreisen", "Koalitionskreisen"), as the description it
// is; else m.
func (t *text) circles(m *mention) *mention {
	if m == nil || m.kind != kName || m.t1-m.t0 != 1 {
		return m
	}
	lx := t.lx
	tk := &t.toks[m.t0]
	c, b := compoundBase(lx, tk.l)
	if c != "gov" && c != "org" || len(b) > len(tk.s) {
		return m
	}
	// (The circles of what the first part names: "Unternehmenskreise"
	// are a company's, "Regierungskreise" a government's.)
	for i := range b {
		if i > 2 && lx.Speakers[genitiveBase(lx, b[:i])] == "org" {
			c = "org"
		}
	}
	m.kind, m.class, m.gov, m.head, m.headTok, m.name = kDesc, c, c == "gov", b, m.t0, ""
	m.surface = tk.s[:len(b)] // ("Unternehmenskreise")
	return m
}

// participleIn reports whether a lower-case verb form stands among tokens
// [lo, hi) ("a lawyer representing Mr. Reyes"): the name after it is its
// object, not the phrase's head.
func (t *text) participleIn(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && !tk.cap && tk.q < 0 && (t.isVerb(j) || t.nonFinite(tk.l)) {
			return true
		}
	}
	return false
}

// personBeforeAppositive returns the person named before a description
// that starts at token st after a comma ("Pavel Ostrin, | a senior analyst
// at …"), when the name opens its clause; or nil.
func (rs *resolver) personBeforeAppositive(desc *mention, st int, s *sentence) *mention {
	t := rs.t
	if desc.kind != kDesc || st-2 < s.body || t.toks[st-1].s != "," || t.toks[st-2].kind != tWord {
		return nil
	}
	st0 := t.npLeft(st-2, s)
	if st0 < 0 || !t.boundary(st0-1, s) {
		return nil
	}
	nm := rs.parseNP(st0, st-1, 0)
	if nm == nil {
		return nil
	}
	if nm.kind == kPerson || rs.reg.knownPerson(nm) {
		return nm
	}
	return nil
}

// knownPerson reports whether m is a one-word name the article has
// already given to a person ("Hale" after "Senator Tom Hale").
func (r *registry) knownPerson(m *mention) bool {
	if m.kind != kName {
		return false
	}
	e := r.lookup(lang.Fold(m.name))
	return e != nil && e.kind == kPerson
}

// personRelVerb reports whether the person relative pronoun at r is
// followed, before hi, by a lower-case word the lexicon does not know as a
// verb, which can only be its verb ("Delegates who support Reed said":
// "support", a noun too).
func (t *text) personRelVerb(r, hi int) bool {
	n := r + 1
	return n < hi && t.lx.Set("personrel", t.toks[r].l) && t.toks[n].kind == tWord && !t.toks[n].cap && t.toks[n].q < 0 &&
		!t.lx.Set("determiners", t.toks[n].l) && !t.lx.Set("subjpron", t.toks[n].l)
}

// relativeSubject returns the span of the phrase before a relative clause
// that runs up to token k of sentence s (the verb's comma, or the verb):
// one set off by commas (", who …, said") or one with none ("officials
// who spoke … said"), or -1: the subject of the verb after it.
func (t *text) relativeSubject(k int, s *sentence) (int, int) {
	for r := k - 1; r > s.body && k-r < 40; r-- {
		tk := &t.toks[r]
		if (tk.q >= 0 || tk.kind == tQClose) && !(t.lx.Trait("commaclauses") && t.toks[k].s == ",") || tk.s == ";" {
			// (A French clause set off by commas may quote: "Jean
			// Dupont, pour qui la réforme est « une erreur », plaide …".)
			return -1, -1
		}
		if tk.q >= 0 || tk.kind != tWord {
			continue
		}
		// "Mitsotakis speaking to a think tank called …": a gerund
		// phrase, without commas, is one too.
		gerund := t.toks[k].s != "," && tk.kind == tWord && !tk.cap && t.nonFinite(tk.l) && t.isVerb(r)
		// A word that is both a relative pronoun and a complementiser
		// (Spanish "que") opens a relative clause after a noun phrase:
		// "el abogado que defiende a X aseguró"; not before an
		// impersonal "se" ("la cosecha que en el sector se considera
		// que …"). (Not English "that":
		// PolNeAR's train split found 3 more, all under the wrong
		// speaker.)
		relComp := t.lx.ProDrop && t.lx.Set("comp", tk.l) && t.toks[k].s != "," && !t.lx.Set("refl", t.toks[k].l) && r-1 > s.body && t.toks[r-1].kind == tWord && !t.isVerb(r-1)
		if !gerund && (!t.lx.Set("relpron", tk.l) || t.lx.Set("comp", tk.l) && !relComp) {
			continue
		}
		end := r
		// (In French a preposition may open the clause: "…, pour qui
		// …,", "…, selon qui …,".)
		prep := t.lx.Trait("commaclauses") && t.toks[k].s == "," && r-2 > s.body && t.toks[r-1].kind == tWord && t.lx.Set("prep", t.toks[r-1].l) && t.toks[r-2].s == ","
		switch {
		case prep:
			if t.predicateAfterComma(r+1, k) {
				return -1, -1
			}
			end = r - 2
		case t.toks[k].s == ",":
			if t.toks[r-1].s != "," || t.predicateAfterComma(r+1, k) {
				return -1, -1
			}
			end = r - 1
		case t.toks[r-1].s == "," || t.commaBetween(r, k) || !gerund && !relComp && !t.finiteVerbIn(r+1, k) && !t.personRelVerb(r, k):
			return -1, -1 // (a clause without commas holds none, and has a verb of its own)
		case relComp && (k-r < 3 || k-r > 8 || t.coordIn(r+1, k)):
			return -1, -1 // (a short one, one clause of two words or more: its verb may be one the lexicon does not know)
		}
		if n := t.othersTail(end-1, s); n > 0 {
			// "Hawkins and others who want to ban it said", "Tom Reed
			// and other Democrats who oppose it said": Hawkins, with
			// others unnamed.
			if st := t.npLeft(end-1-n, s); st >= 0 && t.boundary(st-1, s) {
				return st, end - n
			}
		}
		if st := t.npLeft(end-1, s); st >= 0 && t.boundary(st-1, s) {
			if t.placeTail(st, end, s) {
				return -1, -1 // "… at the University of California, Irvine, who …": the parenthetical goes on
			}
			return st, end
		}
		return -1, -1
	}
	return -1, -1
}

// beforeOthers reports whether the subject relativeSubject read, ending
// at token end before token k, stops at the conjunction of "and others"
// or "and other Democrats" (othersTail): "Tom Reed, Ana Ruiz and others
// who oppose the plan said", where those named before it speak too.
func (t *text) beforeOthers(end, k int) bool {
	return end < k && t.toks[end].kind == tWord && t.out(end) && t.lx.Set("coord", t.toks[end].l)
}

// predicateAfterComma reports whether a comma among tokens [lo, hi) is
// followed by an auxiliary, a modal or a form of "be": the relative
// clause before it has ended and the main clause's predicate goes on
// ("The plan, which the mayor said would save money, will fail, said X":
// the plan is no speaker; "Sandy Hale, who lost her son in Aurora,
// Colorado, in 2012, said" holds none). The clause must have had its
// verb before the comma ("Marco Rubio, whose hometown, Miami, is
// projected to …, argues" goes on).
func (t *text) predicateAfterComma(lo, hi int) bool {
	lx := t.lx
	for j := lo; j+1 < hi; j++ {
		if t.toks[j].s == "," && t.toks[j].q < 0 && predicateAt(lx, &t.toks[j+1]) && (t.finiteVerbIn(lo, j) || t.lx.Set("passive", t.toks[j-1].l)) {
			return true
		}
	}
	return false
}

// relativeCueEnd returns, for a verb whose subject opens a relative
// clause set off by a comma ("The plan, which the mayor said would save
// money, will fail"), the comma that ends the clause before the main
// clause's predicate, or -1.
func (t *text) relativeCueEnd(cu *cue, s *sentence) int {
	lx := t.lx
	if cu.left == nil || cu.kind != cueVerb {
		return -1
	}
	r := cu.left.t0 - 1
	if r-1 <= s.body || !t.out(r) || !lx.Set("relpron", t.toks[r].l) || lx.Set("comp", t.toks[r].l) || t.toks[r-1].s != "," {
		return -1
	}
	for j := cu.hi; j+1 < s.t1; j++ {
		if t.toks[j].q >= 0 || t.toks[j].kind == tQOpen {
			return -1
		}
		if t.toks[j].s == "," && predicateAt(lx, &t.toks[j+1]) {
			return j
		}
	}
	return -1
}

// predicateAt reports whether a token opens a predicate: an auxiliary, a
// modal or a form of "be", in lower case outside quotations.
func predicateAt(lx *lang.Lexicon, n *token) bool {
	return n.kind == tWord && !n.cap && n.q < 0 && (lx.Set("aux", n.l) || lx.Set("modal", n.l) || lx.Set("passive", n.l))
}

// placeTail reports whether tokens [st, end) are one capitalised word
// after a comma and a name with "of" inside ("University of California,
// Irvine"): the end of that name, not a phrase of its own.
func (t *text) placeTail(st, end int, s *sentence) bool {
	if end-st != 1 || st-2 <= s.body || !t.toks[st].cap || t.toks[st-1].s != "," || t.toks[st-2].kind != tWord || !t.toks[st-2].cap || !t.out(st-2) {
		return false
	}
	// (The name before the comma is a name with "of" inside, a school's
	// or a body's: not "Of Carson, Levine, who …, said", nor "Speaking in
	// Harlem, Clinton, without naming him, …".)
	j := st - 2
	for j > s.body && t.toks[j].kind == tWord && t.toks[j].cap {
		j--
	}
	return j-1 > s.body && t.out(j) && !t.toks[j].cap && t.lx.Set("of", t.toks[j].l) && t.toks[j-1].kind == tWord && t.toks[j-1].cap
}

// coordIn reports whether a coordinating word is among tokens lo to hi.
func (t *text) coordIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t.lx.Set("coord", t.toks[j].l) {
			return true
		}
	}
	return false
}

// listHead returns the span of the phrase a list introducer follows
// ("German firms including Acme, Bolt, and Crane", "companies such as
// …"; lexicon sets listintro and ascompare) when the phrase at token st
// of sentence s is the list's last item, or its only one, or -1.
func (t *text) listHead(st int, s *sentence) (int, int) {
	if st-1 <= s.body {
		return -1, -1
	}
	if p := st - 1; t.out(p) && (t.lx.Set("listintro", t.toks[p].l) || t.lx.Set("as", t.toks[p].l) && p-1 > s.body && t.lx.Set("ascompare", t.toks[p-1].l)) {
		// "Veterans such as Tom Reed said …", "Veterans including Tom
		// Reed said …": one example alone, the veterans speak.
		end := p
		if !t.lx.Set("listintro", t.toks[p].l) {
			end = p - 1
		}
		if h := t.npLeft(end-1, s); h >= 0 && t.boundary(h-1, s) {
			return h, end
		}
		return -1, -1
	}
	if !t.lx.Set("coord", t.toks[st-1].l) {
		return -1, -1
	}
	for k := st - 2; k > s.body && st-k < 25; k-- {
		tk := &t.toks[k]
		switch {
		case tk.q >= 0 || tk.s == ";" || tk.kind == tQClose:
			return -1, -1
		case t.lx.Set("listintro", tk.l) || t.lx.Set("as", tk.l) && k-1 > s.body && t.lx.Set("ascompare", t.toks[k-1].l):
			end := k
			if !t.lx.Set("listintro", tk.l) {
				end = k - 1 // "companies such as …"
			}
			if h := t.npLeft(end-1, s); h >= 0 && t.boundary(h-1, s) {
				return h, end
			}
			return -1, -1
		case tk.kind == tWord && !tk.cap && !t.lx.Set("coord", tk.l) && !t.lx.Set("determiners", tk.l) && !t.lx.Set("nameglue", tk.l):
			return -1, -1 // (a list of names only)
		}
	}
	return -1, -1
}

// signCue reads a dash at token c right after a closing quotation mark
// and a person's name after it that ends the sentence or comes before a
// parenthesis: the name signs the quotation
// ("“… our greatest shame.” ― Sonya Herridge"). Or nil.
func (rs *resolver) signCue(i, c int) *cue {
	t := rs.t
	s := &t.sents[i]
	if c-1 <= s.t0 || !t.lx.Set("signdashes", t.toks[c].s) || t.toks[c].q >= 0 {
		return nil
	}
	quoted := t.toks[c-1].kind == tQClose && t.toks[c-1].q >= 0
	e := c + 1
	for e < s.t1 && e-c <= 4 && t.toks[e].kind == tWord && t.toks[e].cap && t.toks[e].q < 0 {
		e++
	}
	// (The name ends its sentence, or its line: "… ― Sonya Herridge\n“…".)
	lineEnd := e < s.t1 && strings.Contains(t.src[t.toks[e-1].end:t.toks[e].start], "\n")
	if e-c-1 < 2 || e-c-1 > 4 || e < s.t1 && t.toks[e].s != "(" && !(e == s.t1-1 && t.toks[e].kind == tPunct) && !lineEnd {
		return nil
	}
	// Without a quotation, only a tweet's signature: a handle in
	// parentheses after the name ("… — Paul Ryan (@SpeakerRyan) July 5,
	// 2016").
	if !quoted && !(e+1 < s.t1 && t.toks[e].s == "(" && strings.HasPrefix(t.src[t.toks[e].end:], "@")) {
		return nil
	}
	m := rs.parseNP(c+1, e, 0)
	if m == nil || m.kind != kPerson && m.kind != kName {
		return nil
	}
	return &cue{kind: cueColon, sign: true, sent: i, c: c, lo: c, hi: e, left: m, leftAtBoundary: true,
		verb: lang.Verb{Stance: "assert", Voice: "say"}}
}

// docParticipleSubject returns the document that is the subject of a
// verb at token lo of sentence s when a participle phrase stands between
// them ("A Quinnipiac University poll released in late August found
// …", "a study published Monday shows …"), or nil.
func (rs *resolver) docParticipleSubject(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	for d := lo - 2; d >= s.body && lo-d <= 14; d-- {
		tk := &t.toks[d]
		if tk.kind != tWord || tk.q >= 0 || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("relpron", tk.l) {
			return nil
		}
		// (Also data or figures that the agent published: "Data
		// published by OpenAI shows …", "Figures released by the ONS
		// show …"; they say nothing without one.)
		mute := lx.Set("mutenouns", tk.l) && (!tk.cap || d == s.body)
		if !lx.Set("docnouns", tk.b) && !mute || tk.cap && !mute || d == s.body && !mute {
			continue
		}
		p := &t.toks[d+1]
		if !mute && p.kind == tWord && (lx.Set("by", p.l) || lx.Set("docfrom", p.l)) {
			return rs.docAuthorParticiple(d, lo, s)
		}
		if p.kind != tWord || p.cap || !t.hasVerbEnding(p.l) && !lx.Set("docreceived", p.l) {
			return nil
		}
		if lx.Set("docreceived", p.l) {
			return nil // "A memo obtained by Reuters said …": who got it, not who wrote it
		}
		st := t.npLeft(d, s)
		if st < 0 || !t.boundary(st-1, s) {
			return nil
		}
		m := rs.parseNP(st, d+1, 0)
		if mute {
			m = &mention{t0: st, t1: d + 1, kind: kDoc, head: tk.l, surface: t.span(st, d+1)}
			if o := rs.docAgent(d+1, s); o != nil && o.t1 == lo {
				m.owner = o
				return m
			}
			return nil
		}
		if m != nil && m.kind == kDoc && m.owner == nil {
			// "A poll released Sunday by The Washington Post shows …":
			// the author after the participle, right before the verb.
			if o := rs.docAgent(d+1, s); o != nil && o.t1 == lo {
				m.owner = o
			} else if o != nil && o.t1 < lo && t.lx.Set("prep", t.toks[o.t1].l) {
				// "… by researchers at Oxford University found": the
				// authors with where they work.
				if w := rs.parseNP(o.t0, lo, 0); w != nil && w.kind != kPron && w.kind != kDoc {
					m.owner = w
				}
			}
		}
		if m != nil && m.kind == kDoc && m.owner != nil {
			return m
		}
		return nil
	}
	return nil
}

// docAuthorParticiple returns the document whose noun is token d of
// sentence s when its author follows it, then a participle and only
// words of time before the verb group at token lo ("A poll from the Harlan
// Institute released Wednesday found …", "a report by the council
// published last week shows …"), or nil.
func (rs *resolver) docAuthorParticiple(d, lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	o := rs.docAgent(d+1, s)
	if o == nil || o.t1 >= lo {
		return nil
	}
	q := &t.toks[o.t1]
	if q.kind != tWord || q.cap || !t.hasVerbEnding(q.l) && !lx.Set("docreceived", q.l) {
		return nil
	}
	from := o.t1 + 1
	if lx.Set("docreceived", q.l) && from < lo && lx.Set("by", t.toks[from].l) {
		// "A letter from the Legion obtained by Reuters warns …": the
		// one that got it is no author; the letter is the Legion's.
		if e := t.npRight(from+1, s); e > from+1 && e <= lo {
			from = e
		}
	}
	for k := from; k < lo; k++ {
		if l := t.toks[k].l; t.toks[k].kind != tWord || !isTimeWord(lx, l) && !lx.Set("timemods", l) {
			return nil
		}
	}
	st := t.npLeft(d, s)
	if st < 0 || !t.boundary(st-1, s) {
		return nil
	}
	if m := rs.parseNP(st, d+1, 0); m == nil || m.kind != kDoc || m.owner != nil {
		return nil
	}
	return &mention{t0: st, t1: d + 1, kind: kDoc, head: t.toks[d].l, surface: t.span(st, d+1), owner: o}
}

// inPollCue reads "in" and a poll of a named author at token c of
// sentence s ("In a CNN/ORC poll released Sunday, …", "… fell to 10
// percent in the latest Fox poll"): the poll's author says the words, as
// with "according to". Or nil.
func (rs *resolver) inPollCue(i, c int) *cue {
	t := rs.t
	s := &t.sents[i]
	if !t.out(c) || !t.lx.Set("inpoll", t.toks[c].l) || c+1 >= s.t1 {
		return nil
	}
	end := t.npRight(c+1, s)
	if end <= c+1 || !t.lx.Set("polls", t.toks[end-1].b) {
		return nil
	}
	m := rs.parseNP(c+1, end, 0)
	if m == nil || m.kind != kDoc || m.owner == nil {
		return nil
	}
	return &cue{kind: cueAccording, sent: i, c: c, lo: c, hi: end, verb: lang.Verb{Stance: "assert", Voice: "say"}, right: m}
}

// progressive reports whether the gerund at token c of sentence s makes a
// progressive form with a "be" before it, past adverbs ("is saying",
// "was also telling", "has been arguing").
func (t *text) progressive(c int, s *sentence) bool {
	// (Also after a verb of going on, [set progressiveaux]: "sigue
	// denunciando que …", "viene advirtiendo que …".)
	lx := t.lx
	for j := c - 1; j >= s.body && t.out(j) && !t.toks[j].cap; j-- {
		l := t.toks[j].l
		switch {
		case lx.Set("passive", l) || lx.Set("progressiveaux", l):
			return true
		case lx.Set("adverbs", l) || t.adverbForm(j):
			continue
		}
		return false
	}
	return false
}

// goingOn reports whether the gerund at token c of sentence s comes
// after a verb of going on ([set progressiveaux]: "sigue denunciando"),
// past adverbs, rather than after a form of "be".
func (t *text) goingOn(c int, s *sentence) bool {
	for j := c - 1; j >= s.body && t.out(j) && !t.toks[j].cap; j-- {
		l := t.toks[j].l
		if t.lx.Set("progressiveaux", l) {
			return true
		}
		if !t.lx.Set("adverbs", l) && !t.adverbForm(j) {
			return false
		}
	}
	return false
}

// docBefore reports whether a document someone put out ends just before
// the gerund at token c of sentence s, after a determiner, maybe with a
// time after it: "issued a statement saying …", "sent an email on
// Monday saying …" (the subject of the clause said it).
func (t *text) docBefore(c int, s *sentence) bool {
	return t.docVerb(c, s) >= 0
}

// docVerb returns the verb that put out the document docBefore finds
// before the gerund at token c of sentence s, or -1.
func (t *text) docVerb(c int, s *sentence) int {
	k := c - 1
	// (Past a phrase of time and the one written to, in either order:
	// "sent a letter Thursday to the agency urging …", "an email to
	// staff on Monday warning …".)
	for n := 0; n < 2; n++ {
		if j := t.docTimeLeft(k, s); j < k {
			k = j
		} else if j := t.docRecipientLeft(k, s); j < k {
			k = j
		} else {
			break
		}
	}
	if k-1 <= s.body || !t.out(k) || t.toks[k].cap || !t.lx.Set("docnouns", t.toks[k].l) {
		return -1
	}
	if j := k - 2; j-1 > s.body && t.lx.Set("docseries", t.toks[j].l) && t.lx.Set("of", t.toks[k-1].l) && t.out(j) {
		k = j // "unleashed a series of tweets saying …": the series, after its determiner
	}
	for j := k - 1; j > s.body && j >= k-3; j-- {
		switch l := t.toks[j].l; {
		case t.lx.Set("determiners", l) || t.lx.Set("possessive", l):
			// (Not one someone else wrote: "received a letter saying".
			// Past a particle: "sent out a press release saying".)
			v := j - 1
			if v-1 > s.body && t.lx.Set("docparticles", t.toks[v].l) && t.out(v) {
				v--
			}
			// (Or after a preposition of [set docpreps] in an active
			// clause: "joined other senators in a letter calling on …",
			// "opened the meeting with a talk suggesting that …"; not
			// "was named in a report alleging …".)
			if v > s.body && t.out(v) && t.toks[v].kind == tWord && !t.toks[v].cap && t.lx.Set("docpreps", t.toks[v].l) {
				for p := s.body; p < v; p++ {
					if t.toks[p].kind == tWord && t.lx.Set("passive", t.toks[p].l) || t.toks[p].kind != tWord && t.toks[p].s != "." {
						return -1
					}
				}
				return v
			}
			// (Or its gerund after "be": "is releasing an ad saying …".)
			if (t.isVerb(v) || t.toks[v].kind == tWord && !t.toks[v].cap && t.nonFinite(t.toks[v].l) && t.progressive(v, s)) && !t.lx.Set("docreceived", t.toks[v].l) {
				return v
			}
			return -1
		case j == k-1 && t.toks[j].kind == tWord && !t.toks[j].cap && t.nonFinite(l):
			continue // "a fundraising email", "a scathing statement"
		case t.toks[j].kind != tWord || t.toks[j].cap || t.isVerb(j):
			return -1
		}
	}
	return -1
}

// docTimeLeft returns, when a phrase of time ends at token k of sentence s
// between a document and its gerund, the token before it ("a statement
// Thursday night saying …", "a letter this week urging …", "a lawsuit in
// 2013 alleging …"); else k.
func (t *text) docTimeLeft(k int, s *sentence) int {
	if k <= s.body || !t.out(k) || !isTimeWord(t.lx, t.toks[k].l) && !(len(t.toks[k].s) == 4 && isDigits(t.toks[k].s)) {
		return k
	}
	k--
	if k > s.body && isTimeWord(t.lx, t.toks[k].l) && t.out(k) {
		k--
	}
	if k > s.body && t.lx.Set("prep", t.toks[k].l) {
		return k - 1
	}
	for n := 0; n < 2 && k > s.body && t.lx.Set("timemods", t.toks[k].l) && t.out(k); n++ {
		k-- // "a series of tweets early Friday saying …", "earlier this week"
	}
	return k
}

// docRecipientLeft returns, when the words ending at token k of sentence
// s are "to" and the one a document was written to, with no verb, the
// token before "to" ("a letter to the agency urging …", "an email to
// staff warning …"); else k.
func (t *text) docRecipientLeft(k int, s *sentence) int {
	for j := k; j > s.body && k-j <= 14; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			return k
		}
		if j < k && t.lx.Set("inf", tk.l) {
			return j - 1
		}
		if t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) || !tk.cap && t.isVerb(j) {
			return k
		}
	}
	return k
}

// absoluteCue reads a gerund after "with" and a phrase ("…, with
// officials saying this is for security reasons"): the phrase says the
// words after it. It returns nil for any other gerund.
func (rs *resolver) absoluteCue(i, c int, v lang.Verb) *cue {
	t := rs.t
	s := &t.sents[i]
	st := t.npLeft(c-1, s)
	if st == s.body && st >= 0 && c+1 < s.t1 && t.lx.Set("comp", t.toks[c+1].l) {
		// "Me Salif Béavogui estimant que …": a sentence of a person
		// named and the participle with its clause, no verb before it.
		if m := rs.parseNP(st, c, 0); m != nil && m.kind == kPerson {
			return &cue{kind: cueVerb, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v, left: m, leftAtBoundary: true}
		}
		return nil
	}
	if st <= s.body || !t.lx.Set("absolute", t.toks[st-1].l) && t.toks[st-1].s != "," {
		return nil
	}
	m := rs.parseNP(st, c, 0)
	if m == nil {
		return nil
	}
	if t.toks[st-1].s == "," && m.kind != kPerson && m.kind != kOrg && m.kind != kCountry {
		// "…, l'Arabie saoudite condamnant « … »": after a comma, only
		// someone named is the participle's subject.
		return nil
	}
	return &cue{kind: cueVerb, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v, left: m, leftAtBoundary: true}
}

// absoluteQuantity reads a gerund after a comma, "with" and a word of
// quantity standing alone ([set barequantities]: "…, with some saying
// …", "Workers walked out, with many saying …"): some of the one group
// of people described with no name in the sentence so far or the one
// before say the words after it. It returns nil for any other gerund.
func (a *analysis) absoluteQuantity(i, c int, v lang.Verb) *cue {
	t := a.t
	s := &t.sents[i]
	q := c - 1
	if q-2 < s.body || !t.out(q) || !t.out(q-1) || t.toks[q].kind != tWord || t.toks[q].cap || !t.lx.Set("barequantities", t.toks[q].l) ||
		!t.lx.Set("absolute", t.toks[q-1].l) || t.toks[q-2].s != "," || t.toks[q-2].q >= 0 {
		return nil
	}
	var g *entity
	if o := a.openingPhraseNP(i); o != nil && o.t1 < q && o.kind == kDesc && o.plural && o.class == "people" && o.owner == nil && !t.otherPeopleAfter(o.t1, s) {
		if e, _ := a.speakerOf(o, nil); e != nil && e.kind == kDesc && e.plural {
			g = e // "Workers walked out on Monday, with many saying …"
		}
	}
	if g == nil {
		g = a.loneGroupNear(i, q)
	}
	if g == nil {
		return nil
	}
	m := &mention{t0: q, t1: q + 1, surface: t.span(q, q+1), headTok: -1, kind: kPron, plural: true}
	return &cue{kind: cueVerb, sent: i, c: c, lo: c, hi: t.afterParticle(c, v, s.t1), verb: v, left: m, leftAtBoundary: true, group: g}
}

// parenOpen returns the "(" that the ")" at token k closes, at most limit
// tokens before it in sentence s, or -1.
func (t *text) parenOpen(k int, s *sentence, limit int) int {
	o := k - 1
	for o > s.body && t.toks[o].s != "(" && k-o < limit {
		o--
	}
	if o < s.body || t.toks[o].s != "(" {
		return -1 // (nor before the sentence, when ")" opens it)
	}
	return o
}

// nameBefore returns the name that ends just before ", " at token st of
// sentence s, opening its clause ("Sen. Jane Roe (D-NY), a
// supporter of …"), or nil.
func (rs *resolver) nameBefore(st int, s *sentence) *mention {
	t := rs.t
	c := st - 1
	if c-1 < s.body || t.toks[c].s != "," {
		return nil
	}
	k := c - 1
	if t.toks[k].s == ")" {
		// "(D-NY)"
		o := t.parenOpen(k, s, 8)
		if o < 0 {
			return nil
		}
		k = o - 1
	}
	if k < s.body || !t.out(k) {
		return nil
	}
	n := t.npLeft(k, s)
	if n < 0 || !t.boundary(n-1, s) {
		return nil
	}
	p := n - 1
	for p > s.body && t.toks[p].kind == tWord && (t.lx.Set("adverbs", t.toks[p].l) || t.adverbEnding(t.toks[p].l)) {
		p-- // "que também coordena …"
	}
	if p >= s.body && t.toks[p].kind == tWord && (t.lx.Set("relpron", t.toks[p].l) || t.lx.Set("comp", t.toks[p].l)) {
		// "Para Ana Costa, que coordena o Centro Cultural, a ampliação
		// … explica …": the phrase ends a clause that "que" opens, its
		// object; no name the phrase after the comma describes.
		return nil
	}
	m := rs.parseNP(n, k+1, 0)
	if m == nil || m.kind != kPerson && m.kind != kOrg && m.kind != kName {
		return nil
	}
	return m
}

// detachedOpening reports whether name m, before a comma, is the one
// word that opens sentence s, capitalised only there: no name the
// article writes with a capital inside a sentence, nor a given name, an
// acronym or a place, in a language that writes its nouns in lower
// case. It is an adjective or a noun set off before the subject
// ("Prudente, la directrice a estimé …", "Optimistic, the director said
// …"), not a name whose apposition's closing comma is missing.
func (t *text) detachedOpening(m *mention, s *sentence) bool {
	if t.lx.NounCaps || m.t0 != s.body || m.t1-m.t0 != 1 || m.kind != kName || m.country != nil {
		return false
	}
	tk := &t.toks[m.t0]
	return tk.kind == tWord && !t.midCap[tk.b] && !lang.IsAcronym(tk.s) && t.lx.GivenNames[tk.l] == 0
}

// unclosedIndefAppos returns the person named before an indefinite
// apposition that runs, with no comma closing it and no verb of its
// own but a participle, into the phrase that starts at token st ("Joy
// Baker, an OBGYN based in Georgia told …"), or nil.
func (rs *resolver) unclosedIndefAppos(st int, s *sentence) *mention {
	t := rs.t
	for c := st - 1; c > s.body && c >= st-8; c-- {
		tk := &t.toks[c]
		if tk.kind != tWord && tk.s != "," || tk.q >= 0 {
			return nil
		}
		if tk.s != "," {
			if _, rep := t.lx.Verbs[tk.l]; rep || t.lx.Set("aux", tk.l) || t.lx.Set("modal", tk.l) || t.lx.Set("relpron", tk.l) {
				return nil
			}
			continue
		}
		if c+1 >= st || !t.lx.Set("indefinite", t.toks[c+1].l) {
			return nil
		}
		if m := rs.nameBefore(c+1, s); m != nil && m.kind == kPerson {
			return m
		}
		return nil
	}
	return nil
}

// unheardParticiple reports whether the group m ends with a participle
// that is no verb of being heard ([set heardwords]): "Para los vecinos
// afectados, el Ayuntamiento habilitará un autobús" says whom something
// is for, not their view ("Para los vecinos entrevistados, …" is theirs).
func (t *text) unheardParticiple(m *mention) bool {
	if m.t1-1 <= m.t0 || len(t.lx.Sets["heardwords"]) == 0 {
		return false
	}
	tk := &t.toks[m.t1-1]
	return tk.kind == tWord && !tk.cap && t.endsIn("participleendings", tk.l, 2) && !t.lx.Set("heardwords", tk.l)
}

// participlePhraseEnd returns the comma that closes the short phrase of
// a participle of being heard ([set heardwords]) right after a source
// ending at token end (the participle its last word or the next: "los
// analistas consultados | por este diario,", "les habitants | interrogés
// par notre journal,"), at most eight tokens on, with no clause,
// quotation or name in it but the agent's after "by"; else -1. (Not
// another participle's: "Para los vecinos afectados por las obras, el
// Ayuntamiento habilitará un autobús" is whom the bus is for.)
func (t *text) participlePhraseEnd(end int, s *sentence) int {
	k := end
	switch {
	case end-1 >= s.body && t.toks[end-1].kind == tWord && t.lx.Set("heardwords", t.toks[end-1].l):
	case t.toks[end].kind == tWord && !t.toks[end].cap && t.lx.Set("heardwords", t.toks[end].l):
		k++
	default:
		return -1
	}
	agent := false
	for ; k < s.t1 && k <= end+8; k++ {
		tk := &t.toks[k]
		if tk.s == "," {
			return k
		}
		if tk.kind != tWord || tk.q >= 0 || t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) || t.lx.Set("clause", tk.l) || tk.cap && !agent {
			return -1
		}
		agent = agent || t.lx.Set("by", tk.l)
	}
	return -1
}

// askedFor reports whether a verb of asking comes before token c in its
// sentence: "fragte den Minister nach seiner Einschätzung" asks for a
// view, it reports none.
func (t *text) askedFor(c int, s *sentence) bool {
	for k := s.body; k < c; k++ {
		if v, ok := t.lx.Verbs[t.toks[k].l]; ok && t.out(k) && asks(v) {
			return true
		}
	}
	return false
}

// unionView reports whether m, the source of a view opening sentence
// sent at token c, is a union referred back to ("Pour le syndicat, la
// réforme ne créera aucun emploi": a union's business is its views),
// where the body it refers back to is a union or a name in capitals
// ("la CGT", "FO"), or none: not a body of no kind told ("Le Medef a
// salué la réforme. Pour le syndicat, …"; a company's, "Pour
// l'entreprise, la facture est salée", is as often the writer's).
func (a *analysis) unionView(m *mention, sent, c int) bool {
	if m.headTok < 0 || m.t1 != m.headTok+1 || a.t.kindOf(m.head) != "union" {
		return false
	}
	e := a.recentOfKind(sent, c, m.class, "union")
	return e == nil || a.t.entityKind(e) == "union" || lang.IsAcronym(e.name)
}

// alsoSource returns a second source joined by "and" to the one at
// tokens [from, end) of an according-to phrase, and the token after it,
// when both are named or both are definite descriptions of speakers and
// the second ends the phrase (a comma or the clause's end): "según el
// sindicato y la empresa, …", ", so Andreas Wimmer und Rainer Kappelar.".
// Otherwise nil.
func (rs *resolver) alsoSource(from, end int, s *sentence) (*mention, int) {
	t := rs.t
	if end <= from || end+1 >= s.t1 || !t.out(end) || !t.lx.Set("coord", t.toks[end].l) {
		return nil, 0
	}
	e := t.npRight(end+1, s)
	if e <= end+1 || !t.endsClause(e, s) && (e >= s.t1 || t.toks[e].s != ",") {
		return nil, 0
	}
	if t.coordTitleEnd(rs.parseNP(from, end, 0), end, s) == e {
		// "según valoró el miembro del Buró Político y secretario de
		// Organización, Roberto Morales Ojeda": a second title with no
		// determiner is the same person's.
		return nil, 0
	}
	first, second := rs.parseNP(from, end, 0), rs.parseNP(end+1, e, 0)
	speaks := func(m *mention) bool { return named(m) || definiteSpeaker(m) }
	if !speaks(first) || !speaks(second) || first.kind == kPron || second.kind == kPron {
		return nil, 0
	}
	return second, e
}

// mannerBy returns the "by" word after a phrase of manner that opens at
// token k, right after a passive participle: an adverb of manner
// ([set mannerendings]: "accueilli froidement par") or a preposition of
// manner and up to three words ([set mannerpreps]: "saluée avec
// enthousiasme par", "critiqué avec une rare virulence par"); or 0.
func (t *text) mannerBy(k int, s *sentence) int {
	lx := t.lx
	if k+1 >= s.t1 || !t.out(k) || t.toks[k].cap {
		return 0
	}
	if t.endsIn("mannerendings", t.toks[k].l, 4) && lx.Set("by", t.toks[k+1].l) && t.out(k+1) {
		return k + 1
	}
	if !lx.Set("mannerpreps", t.toks[k].l) {
		return 0
	}
	for j := k + 1; j < s.t1 && j <= k+4 && t.out(j) && !t.toks[j].cap; j++ {
		if lx.Set("by", t.toks[j].l) {
			if j == k+1 {
				return 0
			}
			return j
		}
		if t.isVerb(j) || lx.Set("comp", t.toks[j].l) || lx.Set("relpron", t.toks[j].l) {
			return 0
		}
	}
	return 0
}

// maxComplement is how many tokens a passive verb's complement may run
// before its agent ("qualifié de « gourou de la majorité » par X").
const maxComplement = 10

// complementBy returns the "by" word that follows the complement opened
// at k by an "of" or "as" word ("accusé de fraude par", "considéré comme
// dangereux par", "described as reckless by"), or 0: the complement is a
// short phrase of one clause, with no other verb group whose agent the
// "by" could name ("accusé d'avoir été payé par", "d'avoir frappé un
// homme poursuivi par").
func (t *text) complementBy(k int, s *sentence) int {
	lx := t.lx
	if k >= s.t1 || !t.out(k) || !lx.Set("of", t.toks[k].l) && !lx.Set("as", t.toks[k].l) {
		return 0
	}
	return t.byWithin(k+1, s)
}

// byWithin returns the agent's preposition within a short complement
// that starts at token k of sentence s ("jugé | « illusoire » par …",
// "jugé | irréaliste par …"), or 0.
func (t *text) byWithin(k int, s *sentence) int {
	lx := t.lx
	for j := k; j < s.t1 && j < k+maxComplement; j++ {
		tk := &t.toks[j]
		if tk.kind == tQOpen || tk.kind == tQClose || tk.q >= 0 {
			continue // a quoted complement: "qualifié de « gourou »"
		}
		if tk.kind != tWord {
			return 0
		}
		l := tk.l
		switch {
		case lx.Set("by", l):
			return j
		case lx.Set("coord", l):
		case lx.Set("clause", l), lx.Set("comp", l), lx.Set("relpron", l), lx.Set("aux", l), lx.Set("passive", l), lx.Set("modal", l):
			return 0
		case t.isVerb(j) || t.participleForm(j):
			return 0
		}
	}
	return 0
}

// participleForm reports whether token j looks like a past participle
// not used as a noun: a form of a verb the lexicon knows, or in French a
// word ending in -é after no determiner or preposition ("d'avoir payé").
func (t *text) participleForm(j int) bool {
	tk := &t.toks[j]
	if v, ok := t.lx.Verbs[tk.l]; ok && v.Tags&lang.TagParticiple != 0 {
		return true
	}
	if tk.cap || j == 0 {
		return false
	}
	prev := t.toks[j-1].l
	if t.lx.Set("determiners", prev) || t.lx.Set("possessive", prev) || t.lx.Set("prep", prev) {
		return false // "la santé", "de santé": a noun
	}
	for e := range t.lx.Sets["participleendings"] {
		if len(tk.l) > len(e)+2 && strings.HasSuffix(tk.l, e) {
			return true
		}
	}
	return false
}

// afterConnectives reports whether token c opens sentence s, behind
// nothing but connectives and their commas ("Mais pour les experts, …",
// "Cependant, pour les auteurs, …").
func (t *text) afterConnectives(c int, s *sentence) bool {
	for k := s.body; k < c; k++ {
		tk := &t.toks[k]
		if tk.s != "," && (tk.kind != tWord || tk.q >= 0 || !t.lx.Set("coord", tk.l) && !t.lx.Set("adverbs", tk.l) && !t.lx.Set("clause", tk.l)) {
			return false
		}
	}
	return true
}

// prefieldEnd returns where an "according to" phrase that opens a
// sentence at c, with its source ending at end, ends: in a language that
// capitalises nouns (German, whose finite verb comes second), the phrases
// joined to the source by a preposition or "und" before the finite verb
// belong to it ("Nach Angaben des Ministeriums für Häfen und Verkehr |
// wurden …"); elsewhere, or when no lower-case word follows them, end.
func (t *text) prefieldEnd(c, end int, s *sentence) int {
	lx := t.lx
	if !lx.NounCaps || c != s.body {
		return end
	}
	e := t.dateGoesOn(end, s)
	for e+1 < s.t1 && t.out(e) && !t.toks[e].cap && (lx.Set("prep", t.toks[e].l) || lx.Set("coord", t.toks[e].l)) {
		x := t.npRight(e+1, s)
		if isDigits(t.toks[e+1].s) {
			x = t.dateGoesOn(e+2, s) // "vom 18. September 2018"
		}
		if x <= e+1 {
			break
		}
		e = x
	}
	if e > end && e < s.t1 && t.out(e) && !t.toks[e].cap {
		return e
	}
	return end
}

// dateGoesOn returns, when token k is the point after a day's number
// and a month follows ("18. September 2018"), where the date ends (after
// the month, and the year when one follows); else k.
func (t *text) dateGoesOn(k int, s *sentence) int {
	if k < 1 || k+1 >= s.t1 || t.toks[k].s != "." || !isDigits(t.toks[k-1].s) || t.lx.Months[t.toks[k+1].l] == 0 {
		return k
	}
	k += 2
	if k < s.t1 && isYear(t.toks[k].l) {
		k++
	}
	return k
}

// skipAppositives returns where the appositives set off by commas after
// a source ending at end stop (at their last comma): at most two
// phrases, each opening with a role or an indefinite article, holding a
// role, a speaker noun or an organisation word, and no verb ("…,
// économiste au Lakeside Freight Monitor, un centre de recherche
// indépendant, …"); end when there are none.
func (t *text) skipAppositives(end int, s *sentence) int {
	lx := t.lx
	for n := 0; n < 2; n++ {
		x := end + 1
		if x+1 >= s.t1 || t.toks[end].s != "," || !t.out(x) {
			break
		}
		l := t.toks[x].l
		if lx.Set("relpron", l) && lx.Set("comp", l) && t.isVerb(x+1) {
			// "Para Ana Costa, que assumiu o cargo em maio, o plano é
			// sólido": a relative clause on the source, set off by
			// commas, is no part of the words, though its pronoun is
			// the complementiser's word too.
			j := x + 1
			for j < s.t1 && j-x < 15 && t.out(j) {
				j++
			}
			if j+1 >= s.t1 || t.toks[j].s != "," || !t.out(j+1) {
				break
			}
			end = j
			continue
		}
		indef := lx.Set("determiners", l) && !lx.Set("definite", l) && !lx.Set("possessive", l) && !lx.Set("quantifiers", l) && !lx.Set("of", l)
		// "…, de l'université de Gand, …": where the source works.
		of := lx.Set("of", l) && n == 0 && x+1 < s.t1 && (lx.Set("determiners", t.toks[x+1].l) || t.isName(x+1))
		if !indef && !of && !t.isTitleWord(x) {
			break
		}
		j, role := x, false
		for ; j < s.t1 && j-x < 12 && t.out(j) && !t.isVerb(j) && !lx.Set("relpron", t.toks[j].l) && !lx.Set("comp", t.toks[j].l); j++ {
			b := t.toks[j].b
			role = role || t.isTitleWord(j) || lx.Speakers[b] != "" || lx.Set("orgwords", b)
		}
		if j+1 >= s.t1 || t.toks[j].s != "," || !role {
			break
		}
		end = j
	}
	return end
}

// titled reports whether m is a description headed by a title.
func (t *text) titled(m *mention) bool {
	return m != nil && m.kind == kDesc && m.headTok >= 0 && t.isTitleWord(m.headTok)
}

// closingAppositive returns where a name set off by a comma at token k
// ends when nothing but punctuation follows it in sentence s (", Rosaviatsia."),
// else k.
func (rs *resolver) closingAppositive(k int, s *sentence) int {
	t := rs.t
	if e := t.closingIndefinite(k, s); e > k {
		return e // "…, according to a survey by the Task Force, an industry group."
	}
	if k+1 >= s.t1 || t.toks[k].s != "," || !t.isName(k+1) {
		return k
	}
	e := t.npRight(k+1, s)
	if e <= k+1 || !named(rs.parseNP(k+1, e, 0)) {
		return k
	}
	for j := e; j < s.t1; j++ {
		if t.toks[j].kind == tWord {
			return k
		}
	}
	return e
}

// closingIndefinite returns where a description opening with an
// indefinite article after the comma at token k ends, when it holds no
// verb, relative pronoun or complementiser and closes the sentence (", an
// industry-backed group of firms."), in a subject-verb-object language (in
// French such a phrase is the words: "Ce cynisme est, pour Greenpeace, un
// argument en or."); k otherwise.
func (t *text) closingIndefinite(k int, s *sentence) int {
	if !t.lx.Trait("svo") || k+2 >= s.t1 || t.toks[k].s != "," || !t.out(k+1) || !t.lx.Set("indefinite", t.toks[k+1].l) {
		return k
	}
	e := k + 1
	for j := k + 1; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord {
			if tk.s == "," || tk.kind == tQOpen || tk.kind == tQClose {
				return k
			}
			continue
		}
		if !t.out(j) || t.isVerb(j) && !tk.cap && !strings.Contains(tk.s, "-") || t.lx.Set("relpron", tk.l) || t.lx.Set("comp", tk.l) {
			return k
		}
		e = j + 1
	}
	return e
}

// particleSurname returns the surname that opens with its lower-case
// particle at token k and ends the clause, in a language that
// capitalises nouns, when a given name stood before the same particle
// and surname earlier in the text ("Verbandschef Martin von Hagen sagte
// … „…“, sagte von Hagen."): the surname, not a phrase of what was
// talked about ("Der Film erzählt von Anna."); or nil.
func (rs *resolver) particleSurname(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if !lx.NounCaps || k+1 >= s.t1 || !t.out(k) || t.toks[k].cap || !lx.Set("particles", t.toks[k].l) || !t.isName(k+1) {
		return nil
	}
	if e := k + 2; !t.endsClause(e, s) && (e+1 >= s.t1 || t.toks[e].s != ":") {
		return nil
	}
	full := false
	for j := 1; j+1 < s.t0 && !full; j++ {
		full = t.toks[j].l == t.toks[k].l && t.toks[j+1].s == t.toks[k+1].s && t.toks[j-1].kind == tWord && t.toks[j-1].cap && t.isName(j-1)
	}
	if !full {
		return nil
	}
	m := rs.parseNP(k+1, k+2, 0)
	if m == nil || m.kind != kPerson && m.kind != kName {
		return nil
	}
	m.t0 = k
	return m
}

// soSourceTail returns where the phrase after the source (from token
// from) of a German
// ", so X" that closes a sentence ends, when only short phrases that tell
// when, where or to whom it was said come after the source before the
// clause ends or a colon opens the words that follow ("…“, so Hofer
// gegenüber der Zeitung.", "…“, so die Direktorin abschließend.", "…, so
// Hofer: „…“"); or -1.
func (t *text) soSourceTail(from, k int, s *sentence) int {
	lx := t.lx
	if !lx.Trait("sosource") || from >= k || !t.out(from) || !t.toks[from].cap && !lx.Set("determiners", t.toks[from].l) && !lx.Set("possessive", t.toks[from].l) ||
		lx.Set("objectdeterminers", t.toks[from].l) {
		// (Not "…», so laute Asads Botschaft an das Volk": a verb
		// after "so", which names no source; nor "…, so einen Hotspot
		// zu erzeugen": an object.)
		return -1
	}
	e := k
	for n := 0; e < s.t1 && n < 4 && t.out(e) && t.toks[e].kind == tWord && (!t.toks[e].cap || isTimeWord(lx, t.toks[e].l)); n++ {
		l := t.toks[e].l
		switch {
		case lx.Set("adverbs", l) || isTimeWord(lx, l) || strings.HasSuffix(l, "end") && len(l) > 6:
			// "rückblickend", "abschließend", "am Montag"
			e++
		case lx.Set("coord", l) && e+1 < s.t1 && t.out(e+1) && t.isVerb(e+1):
			// "…“, so Hofer und ergänzt: „…“": the next clause has
			// its own verb.
			return e
		case lx.Set("prep", l) && (!lx.Set("by", l) || lx.Set("of", l)) && e+1 < s.t1 && t.out(e+1) && (t.toks[e+1].cap || lx.Set("determiners", t.toks[e+1].l) || lx.Set("possessive", t.toks[e+1].l)):
			// "gegenüber der Zeitung", "in einer Mitteilung" (not "durch
			// das Institut": the agent of a document, who is the source;
			// nor "zu erzeugen").
			x := t.npRight(e+1, s)
			if x <= e+1 {
				return -1
			}
			e = x
		default:
			return -1
		}
	}
	if e > s.t1 || e == k && (e+1 >= s.t1 || t.toks[e].s != ":") {
		return -1
	}
	if e > k && t.endsClause(e, s) || e+1 < s.t1 && t.toks[e].s == ":" && t.toks[e+1].kind == tQOpen {
		return e
	}
	return -1
}

// endsClause reports whether token k ends the sentence or a clause.
func (t *text) endsClause(k int, s *sentence) bool {
	for ; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tWord {
			return false
		}
		if tk.s == "," || tk.s == ";" || tk.s == "." || tk.s == "–" || tk.s == "—" || tk.kind == tQClose {
			return true
		}
	}
	return true
}

// particleFree returns the verb of form l listed with no particle, when
// the first listed needs one ("referir … part=a", then "referir … say").
func (t *text) particleFree(l string) (lang.Verb, bool) {
	for _, v := range t.lx.Alt[l] {
		if v.Particle == "" {
			return v, true
		}
	}
	return lang.Verb{}, false
}

// particleMissing reports whether verb v at token k needs a particle
// that does not follow it and no form of it needs none: "es contundente"
// is no "es de la opinión de que".
func (t *text) particleMissing(k int, v lang.Verb, s *sentence) bool {
	if v.Particle == "" || t.particleAt(k+1, s.t1, v.Particle) >= 0 || t.frontedParticle(k, v) {
		return false
	}
	_, free := t.particleFree(t.toks[k].l)
	return !free
}

// relativeTail reports whether a relative clause about the phrase before
// it opens at token k and ends the sentence with no name in it ("“…”,
// explicó ante los medios que se dieron cita en el lugar."): no subject
// of the verb before it.
func (t *text) relativeTail(k int, s *sentence) bool {
	if k+1 >= s.t1 || !t.out(k) || !t.lx.Set("relpron", t.toks[k].l) || t.toks[k+1].kind != tWord {
		return false
	}
	for j := k + 1; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && tk.cap || tk.s == ":" || tk.s == ";" {
			return false
		}
	}
	return true
}

// timeBefore returns where a time phrase of at most three words opening
// at token k ends, when another word follows it ("ayer", "este
// miércoles", "la semana pasada", "el pasado lunes"); or k.
func (t *text) timeBefore(k int, s *sentence) int {
	j := k
	if j < s.t1 && t.out(j) && t.lx.Set("determiners", t.toks[j].l) {
		j++
	}
	e := j
	for e < s.t1 && e-k < 3 && t.toks[e].kind == tWord && t.out(e) && isTimeWord(t.lx, t.toks[e].l) {
		e++
	}
	if e == j || e >= s.t1 || t.toks[e].kind != tWord || !t.out(e) {
		return k
	}
	return e
}

// dateTail returns where a phrase of time from token k ends, when only
// determiners, words of time, months, numbers and "de" make it up and
// one of them tells the time ("el 7 de mayo de 2018", "este lunes", "el
// pasado martes"); or k.
func (t *text) dateTail(k int, s *sentence) int {
	end := k // (after the last word that tells the time: "Hoy | el ministro")
	for e := k; e < s.t1 && e-k < 8 && t.toks[e].kind == tWord && t.out(e); e++ {
		l := t.toks[e].l
		if isTimeWord(t.lx, l) || isDigits(t.toks[e].s) || e > k && e == end && t.lx.Set("timeafter", l) {
			end = e + 1
		} else if !t.lx.Set("determiners", l) && !t.lx.Set("of", l) && !t.lx.Set("adverbs", l) && !t.timeAdjective(e, s) {
			break // (an adverb of time holding its preposition: "nesta segunda-feira")
		}
	}
	return end
}

// timeAdjective reports whether token k is a word in lower case between
// a determiner and a word of time, which it describes: "am späten
// Montagabend", "am frühen Morgen", "le même jour".
func (t *text) timeAdjective(k int, s *sentence) bool {
	return k-1 >= s.body && k+1 < s.t1 && t.toks[k].kind == tWord && !t.toks[k].cap && t.out(k) && t.out(k+1) &&
		t.lx.Set("determiners", t.toks[k-1].l) && t.toks[k+1].kind == tWord && isTimeWord(t.lx, t.toks[k+1].l)
}

func isTimeWord(lx *lang.Lexicon, l string) bool {
	if lx.Set("time", l) || lx.Months[l] > 0 {
		return true
	}
	for suf := range lx.Sets["timesuffixes"] {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true // "Montagabend", "Dienstagmorgen", "Arbeitswoche"
		}
	}
	return false
}

// trailingPhrase reports, in French, whether a short phrase opening with
// a preposition and holding no verb runs from token k to the end of
// sentence s: "…», a savouré l'entraîneur Pierre Sage | après la
// rencontre."
func (t *text) trailingPhrase(k int, s *sentence) bool {
	if !t.lx.Trait("inciseasides") || k >= s.t1 || t.toks[k].kind != tWord || !t.out(k) || !t.lx.Set("prep", t.toks[k].l) {
		return false
	}
	for j := k + 1; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord {
			return j > k+1 && t.endsClause(j, s) && tk.s != ","
		}
		if j-k > 8 || !t.out(j) || t.startsVerb(j, int(tk.sent)) || t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) {
			return false
		}
	}
	return false
}

// genericVerb is what an unknown verb of saying in an incise reports
// ("« … », soupire-t-elle", "“…,” he sighed").
var genericVerb = lang.Verb{Lemma: "", Stance: "assert", Voice: "say", Tags: lang.TagFinite}

// bareIncise reports whether the known verb of saying at token k, right
// after the closing quotation mark at j with no comma, opens an incise:
// "« Le journal n'en parlait pas » critique Paul Martin." It takes a
// finite verb the lexicon knows, a quotation of five words or more (not
// a title: "« Libération » critique le gouvernement"), and a phrase
// after the verb that ends the sentence.
func (t *text) bareIncise(j, k int, s *sentence) bool {
	vb, known := t.lx.Verbs[t.toks[k].l]
	if !known || vb.Tags&lang.TagFinite == 0 || t.toks[j].q < 0 || t.toks[s.t1-1].s != "." {
		return false
	}
	return t.quoteWords(j) >= 5
}

// quoteWords counts the words of the quotation that closes at token j.
func (t *text) quoteWords(j int) int {
	words := 0
	for o := j - 1; o >= 0 && t.toks[o].q == t.toks[j].q; o-- {
		if t.toks[o].kind == tWord {
			words++
		}
	}
	return words
}

// inciseCues finds the attributions that follow or interrupt a quotation,
// whatever their verb: French and other writers use many verbs of saying
// there ("« … », soupire-t-elle", "« … », glisse Zineb", "“…,” he
// sighed"), and the position alone marks them. Three forms:
//
//   - a word with an inverted clitic pronoun, after a comma, even inside
//     the quotation it interrupts ("…, affirme-t-elle. Je crois …");
//   - after a closing quotation mark and a comma: a word, then a noun
//     phrase that ends the sentence or clause ("…», estime la préfecture.");
//   - after a closing quotation mark and a comma: a pronoun or name, then
//     a word that ends the sentence ("…,” he sighed.").
//
// Positions where stage 2 already found a cue are skipped.
func (rs *resolver) inciseCues(i int, found []*cue) []*cue {
	t := rs.t
	s := &t.sents[i]
	lx := t.lx
	taken := map[int]bool{}
	for _, cu := range found {
		if cu.kind == cueVerb && cu.left == nil && cu.right == nil {
			continue // a verb with no phrase around it may still be an incise's
		}
		for k := cu.lo; k < cu.hi; k++ {
			taken[k] = true
		}
	}
	var out []*cue
	word := func(k int) bool {
		if k >= s.t1 || t.toks[k].kind != tWord || t.toks[k].cap || taken[k] {
			return false
		}
		l := t.toks[k].l
		_, pron := lx.Pronouns[l]
		return !lx.Set("determiners", l) && !lx.Set("prep", l) && !lx.Set("clause", l) && !lx.Set("comp", l) &&
			!lx.Set("negation", l) && !isTimeWord(lx, l) && !pron && !lx.Set("adverbs", l) &&
			!lx.Set("passive", l) && !lx.Set("modal", l) && !lx.Set("relpron", l)
	}
	// A speaker found by position alone must look like one.
	speaker := func(m *mention) bool {
		return m != nil && m.class != "unknown" && m.kind != kDoc
	}
	for k := s.body + 1; k < s.t1; k++ {
		prev := &t.toks[k-1]
		if !word(k) {
			continue
		}
		// A clitic pronoun written onto the word: "affirme-t-elle".
		if t.invertedPron(k + 1) {
			if prev.s == "," || prev.kind == tQClose || isDash(prev.s) || lx.Set("aux", t.toks[k].l) && t.toks[s.t1-1].s != "?" {
				// (Not an inversion in a question, whose pronoun is the
				// phrase before it: "l'imam a-t-il voulu appeler au
				// meurtre ?")
				vb := t.verbOr(k)
				if vb.Particle != "" && t.particleAt(k+2, s.t1, vb.Particle) < 0 {
					vb = genericVerb // "met-il en perspective" is no "met en garde"
				}
				cu := &cue{kind: cueVerb, sent: i, c: k, lo: k, hi: k + 2, verb: vb, invPron: true, inQuote: t.toks[k].q >= 0}
				cu.right = rs.parseNP(k+1, k+2, 0)
				// "a-t-il lâché": the participle after.
				if lx.Set("aux", t.toks[k].l) && k+2 < s.t1 && word(k+2) {
					cu.hi = k + 3
				}
				if cu.right != nil {
					out = append(out, cu)
					k = cu.hi - 1
				}
			}
			continue
		}
		if !t.out(k) {
			// Inside the quotation it interrupts: "«…, pointe Philippe de
			// Gonneville, le maire. C'est …»".
			// ("«No vamos a rendirnos —dijo el técnico Diego Simeone—,
			// este equipo …»": a narrator's incise between dashes.)
			dash := isDash(prev.s) && lx.Dialogue
			if (prev.s == "," || dash) && t.toks[k].q >= 0 {
				v := k
				if (lx.Set("aux", t.toks[k].l) || lx.Set("refl", t.toks[k].l)) && word(k+1) {
					v = k + 1
				}
				// (A participle after its auxiliary reports: "«…, a déclaré X, …»".)
				vb, isVerb := lx.Verbs[t.toks[v].l]
				if isVerb && vb.Tags&lang.TagFinite == 0 && !(v > k && vb.Tags&lang.TagParticiple != 0) || !isVerb && (dash || t.nonFinite(t.toks[v].l) || t.adverbEnding(t.toks[v].l) || strings.ContainsAny(t.toks[v].s, "'’")) {
					continue // "“…, including Tom Baker, …”", "“…, especially Hispanic Americans,”", "“…. Now, it’s the Northeast.”": no reporting verb
				}
				end := v + 1
				for end < s.t1 && end-v < 10 && t.toks[end].kind == tWord && (t.isName(end) || lx.Set("determiners", t.toks[end].l) || t.isTitleWord(end) || lx.Set("nameglue", t.toks[end].l) ||
					dash && lx.Speakers[t.toks[end].b] != "") {
					end++ // (between dashes also a speaker's noun: "«… —dijo un vecino—, y …»")
				}
				if end > v+1 && end < s.t1 && (t.toks[end].s == "," || t.toks[end].s == "." || dash && isDash(t.toks[end].s)) {
					// (After a word the lexicon does not know as a verb,
					// only a person or a speaker's noun: not "…, B12,
					// vitamin D, EPA, …".)
					if m := rs.parseNP(v+1, end, 0); speaker(m) && (isVerb || m.kind == kPerson || m.kind == kDesc) {
						m.t1 = end
						out = append(out, &cue{kind: cueVerb, sent: i, c: v, lo: k, hi: end, verb: t.verbOr(v), right: m, inQuote: true})
						k = end
					}
				}
			}
			continue
		}
		// After a closing quotation mark and a comma (or with the comma
		// inside the quotation: “…,” said).
		j := k - 1
		comma := t.toks[j].s == "," || isDash(t.toks[j].s)
		if comma && t.toks[j].kind != tQClose {
			j--
		} // (a dialogue's closing dash is the mark itself: "—… —dijo entre lágrimas su madre")
		if j < s.body || t.toks[j].kind != tQClose || !comma && !quoteEndsWithComma(t, j) && !t.bareIncise(j, k, s) {
			continue
		}
		// "…», estime la préfecture" / "…», a lâché X" / "…», s'étonne le
		// magistrat" / "…», s'est défendu le porte-parole", "…», se ha
		// quejado X".
		v := k
		if lx.Set("refl", t.toks[k].l) && k+2 < s.t1 && (lx.Set("aux", t.toks[k+1].l) || lx.Set("passive", t.toks[k+1].l)) && word(k+2) {
			v = k + 2
		} else if (lx.Set("aux", t.toks[k].l) || lx.Set("refl", t.toks[k].l)) && word(k+1) {
			v = k + 1
		}
		if v+2 < s.t1 && lx.Set("goeson", t.toks[v].l+" "+t.toks[v+1].l) && word(v+2) {
			v += 2 // "…», tente d'expliquer la ministre", "…», a tenu à rappeler X"
		}
		vb, known := lx.Verbs[t.toks[v].l]
		if known && vb.Tags&(lang.TagFinite|lang.TagParticiple) == 0 {
			continue // "…,” promising to campaign across the country": no subject after a gerund
		}
		if known && objectThenVerb(vb) {
			continue // "…,” portrayed his own party's nominee as …": the phrase after it is its object
		}
		st := v + 1
		if lx.VerbSecond && t.outletAlone(t.outletDativeEnd(st, s), s) {
			continue // "„…“, sagte der Nachrichtenagentur dpa.": the outlet told, no subject
		}
		for st < s.t1 && st-v <= 2 && isTimeWord(lx, t.toks[st].l) {
			st++ // "…», s'est défendu mercredi le porte-parole"
		}
		st = t.asideEnd(st, s) // "…», résume quant à elle X"
		if lx.Trait("inciseasides") && st+3 < s.t1 && st == v+1 && t.toks[st].s == "," && word(st+1) {
			// "…», lance, agacé, le député X": a word or two describing
			// the speaker, set off by commas, before the subject.
			for e := st + 2; e < s.t1 && e <= st+3; e++ {
				if t.toks[e].s == "," {
					if e+1 < s.t1 && (lx.Set("determiners", t.toks[e+1].l) || t.isName(e+1)) {
						st = e + 1
					}
					break
				}
				if !word(e - 1) {
					break
				}
			}
		}
		if t.timeInfinitive(st, s) {
			continue // "…», dijo al salir del juzgado": when it was said, no subject
		}
		if known && st < s.t1 && lx.Set("prep", t.toks[st].l) && !lx.Set("inf", t.toks[st].l) {
			// "…», rappelle en préambule le président": a short
			// phrase between the verb and its subject.
			p := st
			for st++; st < s.t1 && st-v <= 4 && t.toks[st].kind == tWord && !lx.Set("determiners", t.toks[st].l) && !t.isName(st); st++ {
			}
			e := st
			for e < s.t1 && e-st < 3 && t.isName(e) {
				e++
			}
			if st == p+1 && e > st && e < s.t1 && lx.Set("definite", t.toks[e].l) {
				st = e // "…», a réagi sur Twitter la députée": a name after the preposition, then the subject
			} else if st == p+1 {
				continue // "…», subrayó sobre ese punto": the phrase after the preposition is its object
			} else if q := st - 1; q > p && lx.Set("prep", t.toks[q].l) {
				// "…», puntualizó en declaraciones a los periodistas": the
				// phrase after the second preposition is its object, the one
				// told; a subject may only come after it ("…», dijo en
				// declaraciones a la prensa el ministro").
				x := t.npRight(st, s)
				if x <= st || x >= s.t1 || !lx.Set("determiners", t.toks[x].l) && !t.isName(x) {
					continue
				}
				st = x
			}
			if st >= s.t1 || !lx.Set("determiners", t.toks[st].l) && !t.isName(st) || lx.Set("by", t.toks[st].l) || lx.Set("prepdets", t.toks[st].l) || t.byIn(v+1, st) {
				// (Nor after a preposition fused with its article: "…»,
				// disse na transmissão feita do palácio".)
				continue // "…», diz em áudio divulgado pelo secretário", "…», ha añadido en comentarios recogidos por la prensa": no subject there
			}
		}
		if end := t.npRight(st, s); end > st && (t.endsClause(end, s) || t.trailingPhrase(end, s)) {
			// A reporting verb the lexicon knows may have any described
			// subject ("…», s'étonne le magistrat").
			if m := rs.parseNP(st, end, 0); speaker(m) || known && m != nil && m.kind == kDesc && m.headTok > m.t0 {
				cu := &cue{kind: cueVerb, sent: i, c: v, lo: k, hi: v + 1, verb: t.verbOr(v), right: m}
				m.t1 = end
				if ap, _ := rs.apposAfter(m, end, s); ap != nil && (ap.kind == kDesc || m.kind == kDesc && named(ap)) {
					cu.appos = ap // ("…», dénonce Philippe Lambert, président du syndicat", "…», dijo entre lágrimas su madre, Rosa López")
				}
				out = append(out, cu)
				k = end
			}
		}
	}
	// "“…”, precisó." / "—agregó—": in a language that drops subjects, a
	// verb alone after a quotation is the last speaker's.
	if lx.ProDrop {
		out = rs.droppedIncises(i, found, out, taken, word)
	}
	// "…,” he sighed." / "…», Zineb soupire."
	for k := s.body + 2; k+1 < s.t1; k++ {
		j := k - 1
		comma := t.toks[j].s == ","
		if comma {
			j--
		}
		if j < s.body || t.toks[j].kind != tQClose || !t.out(k) || !comma && !quoteEndsWithComma(t, j) {
			continue
		}
		end := t.npRight(k, s)
		if end <= k || !word(end) || !t.endsClause(end+1, s) {
			continue
		}
		if m := rs.parseNP(k, end, 0); m != nil && (m.kind == kPron || m.kind == kPerson || m.kind == kName) {
			out = append(out, &cue{kind: cueVerb, sent: i, c: end, lo: end, hi: end + 1, verb: t.verbOr(end), left: m, leftAtBoundary: true})
		}
	}
	return out
}

// droppedIncises adds to out, in a language that drops subjects, the
// verbs of saying alone after or inside a quotation of sentence i, the
// last speaker's ("“…”, precisó." / "—agregó—"); word tells a word
// that may be such a verb, taken the tokens of the cues found.
func (rs *resolver) droppedIncises(i int, found, out []*cue, taken map[int]bool, word func(int) bool) []*cue {
	t := rs.t
	s := &t.sents[i]
	lx := t.lx
	at := map[int]*cue{}
	for _, cu := range found {
		at[cu.c] = cu
	}
	inverted := map[int]bool{} // verbs given an inverted subject above ("dijo entre lágrimas su madre")
	for _, cu := range out {
		if cu.right != nil {
			inverted[cu.c] = true
		}
	}
	for k := s.body + 1; k < s.t1; k++ {
		j := k - 1
		comma := t.toks[j].s == "," || t.toks[j].s == "—" || t.toks[j].s == "–" || t.toks[j].s == "-"
		if comma {
			j--
		}
		saved := taken[k]
		taken[k] = false
		ok := comma && j >= s.body && word(k)
		taken[k] = saved
		if !ok {
			continue
		}
		v := k
		if lx.Set("clitics", t.toks[k].l) && !lx.Set("determiners", t.toks[k].l) && word(k+1) {
			// "“…”, le dijo al presidente.", "…, les recordó a los
			// periodistas": an object pronoun before the verb (or its
			// auxiliary), not an article.
			if _, ok := lx.Verbs[t.toks[k+1].l]; ok || lx.Set("aux", t.toks[k+1].l) && word(k+2) {
				v = k + 1
			}
		}
		if lx.Set("aux", t.toks[v].l) && word(v+1) {
			v++
		}
		quoteBefore := t.toks[j].kind == tQClose || t.toks[j].q >= 0
		_, known := lx.Verbs[t.toks[v].l]
		// "“…”, ha añadido en comentarios recogidos por la prensa":
		// the press relays the words.
		relay := rs.relayTail(v+1, s)
		// "“…”, subrayó sobre ese punto.": a phrase after a
		// preposition ends the clause.
		tail := false
		if known && quoteBefore && v+2 < s.t1 {
			// "…», proclamó desde un megáfono a la Policía.", "…»,
			// puntualizó en declaraciones a los periodistas en los
			// pasillos de la Cámara.": phrases after a preposition;
			// also phrases of time, "…», gritó en una conferencia el
			// 7 de mayo de 2018.", "“…”, afirmó este lunes.".
			e := v + 1
			for n := 0; n < 4 && e+1 < s.t1; n++ {
				if d := t.dateTail(e, s); d > e {
					e = d
					continue
				}
				if !lx.Set("prep", t.toks[e].l) || lx.Set("by", t.toks[e].l) || !t.out(e) {
					break
				}
				if d := t.dateTail(e+1, s); d > e+1 {
					e = d // "…», afirmou nesta segunda-feira.": a preposition holding its article, then the time
					continue
				}
				e2 := t.npRight(e+1, s)
				if e2 <= e+1 {
					break
				}
				e = e2
			}
			tail = e > v+1 && (t.endsClause(e, s) || t.relativeTail(e, s))
		}
		if known && quoteBefore && t.timeInfinitive(v+1, s) {
			tail = true // "“…”, dijo al conocer la noticia.": when it was said
		}
		if known && quoteBefore && v+2 < s.t1 && lx.Set("subord", t.toks[v+1].l) && t.out(v+1) {
			// "“…”, explica mientras pide un café.": a clause of
			// what happened as it was said.
			tail = true
		}
		if !known && t.toks[v].q >= 0 {
			continue // «Lo cual, obviamente, cierra …»: an adverb inside the quotation
		}
		if !quoteBefore && !known || !t.endsClause(v+1, s) && !tail && !(v+1 < s.t1 && (t.toks[v+1].s == "—" || t.toks[v+1].s == "-")) && (relay == nil || !quoteBefore) {
			continue
		}
		if inverted[v] {
			continue
		}
		if cu, ok := at[v]; ok {
			if cu.left == nil && cu.right == nil {
				cu.dropped, cu.relay = true, relay
			}
			continue
		}
		out = append(out, &cue{kind: cueVerb, sent: i, c: v, lo: k, hi: v + 1, verb: t.verbOr(v), dropped: true, relay: relay})
	}
	// "…, según explicó, …" / "Según dijo, …": an "according to"
	// word with a reporting verb for its source, whose subject was
	// left out.
	for k := s.body; k+1 < s.t1; k++ {
		as := lx.Set("as", t.toks[k].l) && t.out(k) // "…, tal y como explicó." / "Como ha dicho, …"
		if p, n := t.according(k, s); !as && (n != 1 || len(p.Before) != 1 || len(p.After) > 0) || !t.out(k+1) || t.toks[k+1].cap {
			continue
		}
		v := k + 1
		if lx.Set("aux", t.toks[v].l) && v+1 < s.t1 && t.out(v+1) {
			v++
		}
		vb, known := lx.Verbs[t.toks[v].l]
		if !known || vb.Noun || vb.Tags&lang.TagFinite == 0 && !(v > k+1 && vb.Tags&lang.TagParticiple != 0) {
			continue
		}
		hi := v + 1
		if hi+1 < s.t1 && lx.Set("dative", t.toks[hi].l) && t.out(hi) {
			// "Según declaró a EFE, …": the one told.
			if e := t.npRight(hi+1, s); e > hi+1 && (e >= s.t1 || t.toks[e].s == ",") {
				hi = e
			}
		}
		if hi < s.t1 && t.toks[hi].s != "," && !t.endsClause(hi, s) {
			continue // "según dijo el ministro": a source after the verb
		}
		lo := k
		if as && lo-1 > s.body && lx.Set("coord", t.toks[lo-1].l) && lx.Set("ascompare", t.toks[lo-2].l) {
			lo -= 2 // "tal y como"
		} else if as && lo-1 >= s.body && lx.Set("ascompare", t.toks[lo-1].l) {
			lo-- // "tal como"
		}
		if cu, ok := at[v]; ok {
			if cu.left == nil && (cu.right == nil || hi > v+1) {
				cu.dropped, cu.lo, cu.hi, cu.right = true, lo, hi, nil
			}
			continue
		}
		if !taken[v] {
			out = append(out, &cue{kind: cueVerb, sent: i, c: v, lo: lo, hi: hi, verb: t.verbOr(v), dropped: true})
		}
	}
	// "Afirmou que …" / "Aseguró que …": a sentence that opens
	// with a reporting verb and "que" continues the sentence
	// before it, also after a short opening phrase ("Al respecto,
	// explicó que …").
	k := t.afterOpening(s)
	if k > s.body && k < s.t1 && lx.Set("prep", t.toks[k].l) {
		// "Después, en un acto en Getafe, insistió en que …": a second
		// opening phrase, after a preposition.
		for j := k + 1; j < s.t1 && j <= k+6; j++ {
			if tk := &t.toks[j]; tk.s == "," {
				k = j + 1
				break
			} else if tk.kind != tWord || tk.q >= 0 || t.isVerb(j) || t.isPronounTok(j) {
				break
			}
		}
	}
	prep := false // the opening is a phrase after a preposition, no subject
	if k == s.body {
		k = rs.prepOpening(s) // "Sobre el acuerdo dijo que …"
		prep = k > s.body
	}
	if k == s.body && lx.Set("determiners", t.toks[k].l) {
		// "La también representante de Alterna Design y especialista
		// en arquitectura de interiores, enfatizó que …": a long
		// subject set off from its verb by a comma.
		k = rs.commaSubjectEnd(s)
	}
	if k == s.body {
		// "Aunque reconoce que falta dinero, asegura que …": a
		// clause of concession or time with its subject left out
		// too, then the main verb.
		k = t.droppedSubordEnd(s)
	}
	if d := t.dateTail(k, s); d > k && d+1 < s.t1 && t.toks[d].kind == tWord && !t.toks[d].cap && t.isVerb(d) {
		// "Sin embargo, cuatro años después reflexiona que …", "El
		// lunes dijo que …": a phrase of time before the verb.
		k = d
	}
	if k+1 < s.t1 && t.toks[k].kind == tWord && (t.toks[k].cap || k > s.body) {
		v := k
		refl := false
		if lx.Set("refl", t.toks[k].l) && k+2 < s.t1 && t.toks[k+1].kind == tWord && !t.toks[k+1].cap && (lx.Set("aux", t.toks[k+1].l) || t.isVerb(k+1)) {
			v, refl = k+1, true // "Se refirió a …", "Se mostró convencido de que …": the reflexive pronoun first
		}
		if lx.Set("aux", t.toks[v].l) && v+2 < s.t1 {
			v++
		}
		goesOn := false
		if v+2 < s.t1 && lx.Set("goeson", t.toks[v].l+" "+t.toks[v+1].l) {
			v, goesOn = v+2, true // "Também voltou a defender que …"
		}
		vb, known := lx.Verbs[t.toks[v].l]
		if known && vb.Particle != "" && t.particleAt(v+1, s.t1, vb.Particle) < 0 {
			alt := false
			for _, a := range lx.Alt[t.toks[v].l] {
				if a.Particle != "" && t.particleAt(v+1, s.t1, a.Particle) >= 0 {
					vb, alt = a, true // "Hizo un llamado a …", "Puso en duda …": the form listed with the particle after it
					break
				}
			}
			if !alt {
				vb, known = t.particleFree(t.toks[v].l) // "Y es que …" is no "es de la opinión de que …"; "Refirió que …" is
			}
		}
		if refl && !vb.Refl {
			known = false // "Asimismo, se descartaron …": an impersonal passive, no one's words
		}
		if sv, ok := lx.Stative[t.toks[k+1].l]; ok && v == k && lx.Set("passive", t.toks[k].l) && t.statesView(k+1, s) {
			// "Sin embargo, está segura de que …": an adjective of a
			// view after its copula.
			v, vb, known = k+1, sv, true
			vb.Tags |= lang.TagFinite
		}
		if v > k && vb.Tags&lang.TagParticiple != 0 || goesOn && vb.Tags&lang.TagBase != 0 {
			vb.Tags |= lang.TagFinite // "Así, ha explicado que …", "voltou a defender que": the first verb is finite
		}
		if v == s.body && vb.Tags&lang.TagGerund != 0 {
			vb.Tags |= lang.TagFinite // "Agregando que …": the sentence before goes on
		}
		// "Confirmó además que …", "Disse ainda que …": adverbs may
		// stand between the verb and "que" (after its particle: "Hizo
		// un llamado a la calma").
		q := v + 1
		if known && vb.Particle != "" {
			q = t.afterParticle(v, vb, s.t1)
		}
		for q < s.t1 && q < v+3 && lx.Set("adverbs", t.toks[q].l) && !t.toks[q].cap {
			q++
		}
		// "Insistió, además, en que …": an adverb between commas.
		if q+3 < s.t1 && t.toks[q].s == "," && t.toks[q+2].s == "," && lx.Set("adverbs", t.toks[q+1].l) && t.out(q+1) {
			q += 3
		}
		// "Insistió en que …", "Informó de que …".
		if q+1 < s.t1 && lx.Set("prep", t.toks[q].l) && !lx.Set("dative", t.toks[q].l) && lx.Set("comp", t.toks[q+1].l) {
			q++
		}
		// "Pidió a sus seguidores que …", "Dijo a los periodistas
		// que …": the one spoken to.
		if q+1 < s.t1 && lx.Set("dative", t.toks[q].l) && t.out(q) {
			if e := t.npRight(q+1, s); e > q+1 && e-q <= 6 && e < s.t1 && lx.Set("comp", t.toks[e].l) {
				q = e
			}
		} else if q+1 < s.t1 && lx.Set("prep", t.toks[q].l) && !lx.Set("by", t.toks[q].l) && !lx.Set("of", t.toks[q].l) && t.out(q) && known && vb.Tags&lang.TagFinite != 0 {
			// "Señaló en entrevista que …", "Dijo durante el acto que
			// …": a short phrase after a preposition, then "que".
			if e := t.npRight(q+1, s); e > q+1 && e-q <= 5 && e < s.t1 && lx.Set("comp", t.toks[e].l) && t.out(e) {
				q = e
			}
		}
		// "En declaraciones a la radio, acusó a la presidenta de
		// mentir", "Para isso, critica determinadas pautas …",
		// "También exigió la dimisión …": an accusation, a denial or
		// a call names what or whom it is about, without que.
		// (Also a denial or an accusation that opens the sentence:
		// "Negó haber cobrado comisiones.")
		// ("Denuncia contra el alcalde …" is a noun: not before a
		// preposition other than that of the one accused.)
		// (So does a call or a demand that opens the sentence after
		// one in the same paragraph: "Instó asimismo a reconocer …"; and
		// a request after an opening word: "También solicitó el pago
		// de una multa …".)
		opening := k > s.body || (vb.Stance == "deny" || vb.Stance == "accuse") && q < s.t1 && (!lx.Set("prep", t.toks[q].l) || lx.Set("dative", t.toks[q].l)) ||
			(vb.Voice == "urge" || vb.Voice == "demand" || vb.Voice == "call") && i > 0 && t.sents[i-1].para == s.para && q+1 < s.t1 && !t.toks[q].cap
		// ("Anunció la creación de un fondo.", "Lamentó la muerte de un
		// vecino.", "Propuso bajar los impuestos.", "Pidió a los
		// empresarios invertir más.": a verb whose object tells the
		// claim, opening a sentence that goes on from one in its
		// paragraph, with no speaker after it: the phrase after it is
		// its object.)
		object := known && !vb.Weak && !vb.Position && !vb.DocSubject && !vb.Refusal && vb.Tags&lang.TagFinite != 0 && q+1 < s.t1 &&
			(objectVoice(vb.Voice) && (!lx.Set("prep", t.toks[q].l) || lx.Set("dative", t.toks[q].l)) || slices.Contains(vb.Takes, t.toks[q].l) || vb.Particle != "" && q > v+1) &&
			!t.wordBetween(s.body, v, func(l string) bool { return lx.Set("negation", l) })
		if cu, ok := at[v]; object && ok && (cu.left != nil || cu.right != nil && (cu.right.kind != kDesc || cu.right.class != "unknown")) {
			object = false // "Destacó el ministro …", "…, anunciou a CPTM": a speaker after the verb
		}
		if object && v == s.body && i > 0 && t.sents[i-1].para == s.para {
			opening = true
		}
		accuse := known && opening && q+1 < s.t1 && t.toks[q].kind == tWord && !t.toks[q].cap && t.out(q) && !lx.Set("comp", t.toks[q].l) &&
			(objectClaim(vb, t.toks[q].l) || vb.Voice == "ask" || object)
		if accuse {
			q = v + 1
			if cu, ok := at[v]; ok && cu.left == nil {
				cu.right = nil // (the one accused is no subject)
			}
		}
		// "Añadió: «…»", "Y agregó: “…”": a colon and a quotation
		// right after the verb.
		colonQuote := q == v+1 && q+1 < s.t1 && t.toks[q].s == ":" && t.toks[q+1].kind == tQOpen
		if known && vb.Tags&lang.TagFinite != 0 && q < s.t1 && (lx.Set("comp", t.toks[q].l) || accuse || colonQuote) {
			if cu, ok := at[v]; ok {
				if prep && cu.right == nil {
					cu.left, cu.appos = nil, nil // "Sobre Granda dijo que …": Granda is no subject
				}
				if cu.left == nil && cu.right == nil {
					cu.dropped, cu.lo, cu.hi = true, s.body, q
				}
			} else if !taken[v] {
				out = append(out, &cue{kind: cueVerb, sent: i, c: v, lo: s.body, hi: q, verb: t.verbOr(v), dropped: true})
			}
		}
	}
	return out
}

// byIn reports whether an agent preposition is among tokens lo to hi
// ("en comentarios recogidos por la prensa").
func (t *text) byIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.lx.Set("by", t.toks[k].l) {
			return true
		}
	}
	return false
}

// relayTail returns, for a short phrase from k to the end of sentence s
// that names who passed words on ("en comentarios recogidos por la
// prensa", "dans des propos rapportés par l'AFP"), the relay, or nil.
func (rs *resolver) relayTail(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if k >= s.t1 || !lx.Set("prep", t.toks[k].l) {
		return nil
	}
	for j := k + 1; j < s.t1 && j-k <= 5; j++ {
		if t.toks[j].kind != tWord {
			return nil
		}
		if lx.Set("by", t.toks[j].l) {
			if j+1 < s.t1 && (t.toks[j+1].kind == tQOpen || t.toks[j+1].s == "'") {
				// "por 'The Guardian'": a quoted title.
				for e := j + 2; e < s.t1 && e-j <= 8; e++ {
					if t.toks[e].kind == tQClose || t.toks[e].s == "'" {
						if e == j+2 || !t.endsClause(e+1, s) {
							return nil
						}
						return rs.parseNP(j+2, e, 0)
					}
				}
				return nil
			}
			end := t.npRight(j+1, s)
			if end <= j+1 || !t.endsClause(end, s) || end < s.t1 && t.toks[end].s != "." {
				return nil
			}
			return rs.parseNP(j+1, end, 0)
		}
	}
	return nil
}

// articlePrep reports whether token k is a word that is both an article
// and a preposition (Portuguese "a"): npLeft keeps it as the phrase's
// article at the start of a clause.
func (t *text) articlePrep(k int) bool {
	tk := &t.toks[k]
	return tk.kind == tWord && tk.q < 0 && t.lx.Set("prep", tk.l) && t.lx.Set("determiners", tk.l)
}

// negatedInfinitive reports whether two negation words at token k close
// on an infinitive, the words reported ("affirme ne pas regretter", "dit
// ne plus croire", "assure ne rien savoir"): a word ending in r or re.
// One negation word before an infinitive with the other after it is one
// too ("affirme n'avoir jamais menti", "n'avoir rien vu"). So is one
// negation word before the word of [set inf] that opens an infinitive
// ("vowed not to raise taxes", "vowed not to “live in fear”").
func (t *text) negatedInfinitive(k int, s *sentence) bool {
	if k+2 < s.t1 && t.toks[k+1].kind == tWord && t.lx.Set("inf", t.toks[k+1].l) {
		n := k + 2
		if t.toks[n].kind == tQOpen && n+1 < s.t1 {
			n++ // "vowed not to ‘live in fear’": the infinitive quoted
		}
		if t.toks[n].kind == tWord && !t.toks[n].cap {
			return true
		}
	}
	neg := func(j int) bool {
		return j < s.t1 && t.toks[j].kind == tWord && (t.lx.Set("negation", t.toks[j].l) || j > k && t.lx.Set("negsubj", t.toks[j].l))
	}
	j := k
	for j < k+3 && neg(j) {
		j++
	}
	if j == k+1 && (neg(j+1) || j+2 < s.t1 && t.toks[j+1].kind == tQOpen && neg(j+2) || t.negAfterParticiple(j, s, neg)) {
		// (The infinitive between the two words, or before « jamais
		// … ».)
		if t.toks[k+1].kind != tWord || t.toks[k+1].cap {
			return false
		}
		l := t.toks[k+1].l
		return strings.HasSuffix(l, "r") || strings.HasSuffix(l, "re")
	}
	if j < k+2 {
		return false
	}
	// (Also past object pronouns before it: "dit ne plus y croire",
	// "assure ne pas l'avoir reçu".)
	for n := 0; n < 2 && j+1 < s.t1 && t.toks[j].kind == tWord && !t.toks[j].cap && t.lx.Set("clitics", t.toks[j].l); n++ {
		j++
	}
	if j >= s.t1 || t.toks[j].kind != tWord || t.toks[j].cap {
		return false
	}
	l := t.toks[j].l
	return strings.HasSuffix(l, "r") || strings.HasSuffix(l, "re")
}

// negAfterParticiple reports whether the second negation word comes
// after the participle of the compound infinitive at token j ("assure
// n'avoir reçu aucune menace", "dit n'avoir vu personne"): a lower-case
// word after j, then the negation word (the caller tests that j is an
// infinitive).
func (t *text) negAfterParticiple(j int, s *sentence, neg func(int) bool) bool {
	return j+2 < s.t1 && t.toks[j+1].kind == tWord && !t.toks[j+1].cap && neg(j+2)
}

// negAdverb reports whether the negation word at token k opens an adverb
// before a complementiser rather than negating the verb before it
// ("garantizó no obstante que …").
func (t *text) negAdverb(k int, s *sentence) bool {
	j := k + 1
	for j < s.t1 && j < k+3 && t.toks[j].kind == tWord && t.lx.Set("adverbs", t.toks[j].l) {
		j++
	}
	return j > k+1 && j < s.t1 && t.toks[j].kind == tWord && t.lx.Set("comp", t.toks[j].l)
}

// prepOpening returns the verb after a short opening phrase of sentence
// s that starts with a preposition and has no comma after it ("Sobre el
// caso dijo que …", "En ese sentido expuso que …"), or after an opening
// adverb ("También dijo que …"): neither is a subject. It returns s.body when there is none, or
// when a word in the phrase may open a clause of its own ("Sobre lo que
// Ruiz dijo …").
func (rs *resolver) prepOpening(s *sentence) int {
	t := rs.t
	lx := t.lx
	if l := t.toks[s.body].l; (lx.Set("adverbs", l) || lx.Set("starters", l) || lx.Set("coord", l) || lx.ProDrop && isTimeWord(lx, l)) && !lx.Set("prep", l) && !lx.Set("as", l) && t.toks[s.body].q < 0 &&
		!t.loneDemonstrative(s.body) {
		// (Not a demonstrative: "Esta aseguró que …" names its subject,
		// "Esta denuncia fue presentada …" is a noun's.)
		// "También dijo que …", "Allí aseguró que …": an adverb; "Y
		// agregó que …", "Y luego añadió que …", "E acrescentou que
		// …": a conjunction goes on from the sentence before; "Más
		// tarde dijo que …", "Poco después añadió …", "Horas más tarde
		// aseguró …": a phrase of time, where subjects may be left out.
		k := s.body + 1
		for n := 0; n < 2 && k < s.t1 && t.toks[k].kind == tWord && !t.toks[k].cap && t.toks[k].q < 0 &&
			(lx.Set("adverbs", t.toks[k].l) || lx.ProDrop && (isTimeWord(lx, t.toks[k].l) || lx.Set("starters", t.toks[k].l))); n++ {
			k++
			if !lx.ProDrop {
				break
			}
		}
		if k < s.t1 && t.toks[k].kind == tWord && !t.toks[k].cap && (t.isVerb(k) || lx.Set("aux", t.toks[k].l)) {
			return k
		}
		return s.body
	}
	if l := t.toks[s.body].l; (!lx.Set("prep", l) || lx.Set("determiners", l)) && !t.prepJoinedOpens(s.body, s) {
		return s.body // (Portuguese "A polícia disse que …": an article; not "Al respecto señaló que …")
	}
	for k := s.body + 1; k < s.t1 && k <= s.body+6; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 || t.isPronounTok(k) || lx.Set("relpron", tk.l) || lx.Set("clause", tk.l) {
			return s.body
		}
		if t.isVerb(k) || lx.Set("aux", tk.l) {
			if m := rs.parseNP(s.body+1, k, 0); m != nil && (m.kind == kOrg || m.kind == kDesc && m.gov) {
				return s.body // "Desde la Consejería aseguran que …": the body is the source
			}
			return k
		}
	}
	return s.body
}

// articleAfterOpening returns the definite article, between tokens st
// and k, that opens a subject after a phrase that opens sentence s with a
// preposition and no comma: the first after a lower-case noun, no
// preposition, determiner or verb ("Durante la reunión | el presidente",
// "En declaraciones a la prensa | el alcalde"); or -1.
func (t *text) articleAfterOpening(st, k int, s *sentence) int {
	lx := t.lx
	if st <= s.body || !t.out(s.body) || t.toks[s.body].kind != tWord || !lx.Set("prep", t.toks[s.body].l) || lx.Set("determiners", t.toks[s.body].l) && !t.prepJoinedOpens(s.body, s) {
		return -1
	}
	for j := s.body + 1; j < st; j++ {
		if tk := &t.toks[j]; tk.kind != tWord || tk.q >= 0 || t.isVerb(j) {
			return -1
		}
	}
	for j := st + 1; j < k; j++ {
		tk, prev := &t.toks[j], &t.toks[j-1]
		if tk.kind != tWord || tk.q >= 0 || prev.kind != tWord {
			return -1
		}
		if !tk.cap && lx.Set("definite", tk.l) && !lx.Set("prep", tk.l) && !prev.cap && !lx.Set("prep", prev.l) && !lx.Set("determiners", prev.l) &&
			!lx.Set("coord", prev.l) && !lx.Set("adverbs", prev.l) && !t.isVerb(j-1) && !isDigits(prev.s) {
			return j
		}
	}
	return -1
}

// prepJoinedOpens reports whether token k is a preposition joined to its
// article ([set prepjoined]) that opens a phrase, a lower-case word after
// it: "Al respecto", "Del mismo modo"; not the start of a name, "Del
// Pópolo", "Al Gore".
func (t *text) prepJoinedOpens(k int, s *sentence) bool {
	return k+1 < s.t1 && t.out(k) && t.lx.Set("prepjoined", t.toks[k].l) && t.toks[k+1].kind == tWord && !t.toks[k+1].cap
}

// afterOpening returns the token after a short opening phrase of
// sentence s that ends in a comma ("Al respecto,", "Finalmente,", "La
// secretaria de Estado,"), or s.body when there is none.
func (t *text) afterOpening(s *sentence) int {
	return t.afterOpeningUpTo(s, 9)
}

// afterOpeningUpTo is afterOpening with a phrase after a preposition of
// up to limit words.
func (t *text) afterOpeningUpTo(s *sentence, limit int) int {
	// (A phrase that opens with a preposition names no subject and may
	// run longer: "En una entrevista reciente con este diario, …".)
	prep := t.toks[s.body].kind == tWord && t.lx.Set("prep", t.toks[s.body].l) && !t.lx.Set("determiners", t.toks[s.body].l)
	if !prep {
		limit = 6
	}
	for k := s.body; k < s.t1 && k <= s.body+limit; k++ {
		tk := &t.toks[k]
		if tk.s == "," && k > s.body {
			return k + 1
		}
		// (A pronoun right after the preposition is its object, no
		// subject: "Sobre ella, reconoció que …", "Para isso, critica
		// …".)
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(k) || t.isPronounTok(k) && !(prep && k == s.body+1) {
			break
		}
	}
	return s.body
}

// commaSubjectEnd returns the token after the comma that ends a phrase
// of up to 14 words opening sentence s with a determiner, when a word
// follows the comma; else s.body. The phrase holds no verb, pronoun or
// quotation.
func (rs *resolver) commaSubjectEnd(s *sentence) int {
	t := rs.t
	for k := s.body + 1; k < s.t1 && k <= s.body+14; k++ {
		tk := &t.toks[k]
		if tk.s == "," {
			// (Someone: a person, a body or a title's or speaker's
			// description; not "Los resultados del estudio, indican …".)
			m := rs.parseNP(s.body, k, 0)
			if k+1 < s.t1 && t.toks[k+1].kind == tWord && !t.toks[k+1].cap && m != nil && (m.kind == kPerson || m.kind == kOrg ||
				m.kind == kDesc && (m.class == "people" || m.class == "spokes" || m.class == "gov" || m.class == "org" || m.headTok >= 0 && t.isTitleWord(m.headTok) ||
					t.lx.Set("alsodesc", t.toks[s.body+1].l))) {
				return k + 1
			}
			break
		}
		if tk.kind != tWord || tk.q >= 0 || t.isVerb(k) || t.isPronounTok(k) || t.lx.Set("relpron", tk.l) || t.lx.Set("comp", tk.l) {
			break
		}
	}
	return s.body
}

// verbOr returns the lexicon's reporting verb at token k, or the generic
// verb of saying.
func (t *text) verbOr(k int) lang.Verb {
	if v, ok := t.lx.Verbs[t.toks[k].l]; ok {
		v.Weak = false
		return v
	}
	return genericVerb
}

// enclitic reports whether token k is a clitic pronoun joined by a
// hyphen to the verb before it ([set enclitics]: "queixaram-se").
func (t *text) enclitic(k int) bool {
	if k <= 0 || k >= len(t.toks) || t.toks[k].kind != tWord {
		return false
	}
	gap := t.src[t.toks[k-1].end:t.toks[k].start]
	return gap == "-" && t.lx.Set("enclitics", gap+t.toks[k].l)
}

// reflBefore reports whether a reflexive pronoun stands before the verb
// at token c, across its auxiliary, a negation, adverbs and an inverted
// pronoun: "se félicite", "s'est félicité", "s'est-il félicité", "ne
// s'est pas encore félicité".
func (t *text) reflBefore(c int, s *sentence) bool {
	for j := c - 1; j >= s.body && j >= c-5 && t.toks[j].kind == tWord; j-- {
		l := t.toks[j].l
		switch {
		case t.lx.Set("refl", l):
			return true
		case t.lx.Set("aux", l), t.lx.Set("passive", l), t.lx.Set("negation", l), t.adverbAt(j, s), t.invertedPron(j):
		default:
			return false
		}
	}
	return false
}

// invertedPron reports whether token k is a clitic pronoun split from the
// word before it ("a-t-il", "estime-t-elle").
func (t *text) invertedPron(k int) bool {
	if k <= 0 || k >= len(t.toks) || t.toks[k].kind != tWord {
		return false
	}
	gap := lang.Lower(t.src[t.toks[k-1].end:t.toks[k].start])
	// (Also "a-t'il", "a-t’il", as the euphonic t is often misspelt.)
	return (gap == "-" || gap == "-t-" || gap == "-t'") && t.lx.Set("inversion", gap+t.toks[k].l)
}

// quoteEndsWithComma reports whether the quotation closed at token j ends
// with a comma inside its marks (“…,” he said).
func quoteEndsWithComma(t *text, j int) bool {
	return j > 0 && (t.toks[j-1].s == "," || t.toks[j-1].s == "!" || t.toks[j-1].s == "?")
}

// placeAfter returns the comma after a preposition and a name at token k
// that end a phrase ("o líder do PL | na Câmara,"), or k.
func (t *text) placeAfter(k int, s *sentence) int {
	if k+2 >= s.t1 || !t.out(k) || !t.lx.Set("prep", t.toks[k].l) {
		return k
	}
	n := k + 1
	if t.out(n) && t.lx.Set("definite", t.toks[n].l) {
		n++ // "in the Senate"
	}
	if n >= s.t1 || !t.isName(n) {
		return k
	}
	for j := n + 1; j < s.t1 && j <= n+4; j++ {
		if t.toks[j].s == "," {
			return j
		}
		if !t.out(j) || !t.isName(j) && !t.glue(j, s.t1) {
			return k
		}
	}
	return k
}

// modifiesTitle reports whether the English base form at token c is a
// noun before a title, after "and", a determiner, a preposition or a
// title's modifier ("and state senator David Kim", "the state attorney
// general", "Democratic state Sen. Teresa Fedor"), not a verb
// before its inverted subject ("…,” say officials) or its words
// ("analysts say Mr. Putin …").
func (rs *resolver) modifiesTitle(c int, v lang.Verb, s *sentence) bool {
	t := rs.t
	if !t.lx.NounModifiers || v.Tags&lang.TagBase == 0 || c <= s.body || c+1 >= s.t1 {
		return false
	}
	if t.toks[c-1].s == "," && t.lx.Set("titlemods", t.toks[c].l) && t.isTitleWord(c+1) && t.toks[c+1].cap &&
		(c+2 < s.t1 && t.isName(c+2) || c+3 < s.t1 && t.toks[c+2].s == "." && t.isName(c+3)) {
		return true // "The bill's sponsor, state Rep. Ann Lee, said"
	}
	if !t.out(c - 1) {
		return false
	}
	if f, n := rs.gaz.match(t.toks, c-1, c); n == 1 && f.kind == formDemonym && t.toks[c+1].kind == tWord && !t.toks[c+1].cap &&
		(t.lx.Speakers[t.toks[c+1].b] != "" || t.lx.Set("mediawords", t.toks[c+1].b) || t.lx.Set("orgwords", t.toks[c+1].b)) {
		return true // "Russian state television said": a demonym, then a noun, then a body that speaks
	}
	if !t.isTitleWord(c + 1) {
		return false
	}
	p := t.toks[c-1].l // (not "analysts say Mr. Putin …")
	return t.lx.Set("coord", p) || t.lx.Set("determiners", p) || t.lx.Set("possessive", p) || t.lx.Set("prep", p) ||
		t.lx.Set("titlemods", p) // "Democratic state Sen. Teresa Fedor", "former state senator"
}

// reportingVerbAt reports whether token j is a form of a reporting verb of
// the lexicon.
func (t *text) reportingVerbAt(j int) bool {
	if j >= len(t.toks) {
		return false
	}
	_, ok := t.lx.Verbs[t.toks[j].l]
	return ok
}

// joinedGerund returns, for the gerund whose group opens at token p of
// sentence s right after a coordinator ("and telling"), the gerund that
// opens the phrase it is joined to, set off by a comma ("…, addressing
// her as “Ana” and telling her, …"), or -1. Between them there is no
// other verb the lexicon knows, no clause of another subject and no
// break stronger than a comma.
func (t *text) joinedGerund(p int, s *sentence) int {
	if p-2 <= s.body || !t.out(p-1) || !t.lx.Set("coord", t.toks[p-1].l) {
		return -1
	}
	for k := p - 2; k > s.body && k >= p-25; k-- {
		tk := &t.toks[k]
		if tk.s == ";" || tk.s == ":" || tk.s == "(" || tk.s == ")" || isDash(tk.s) {
			return -1
		}
		if !t.out(k) || tk.kind != tWord {
			continue
		}
		if (t.lx.Set("clause", tk.l) && !t.lx.Set("as", tk.l) || t.lx.Set("subord", tk.l) || t.lx.Set("relpron", tk.l) || t.lx.Set("coord", tk.l) || t.lx.Set("comp", tk.l)) && !t.toks[k].cap {
			return -1 // (not "as": "addressing her as “Ana” and telling her, …")
		}
		if !tk.cap && t.nonFinite(tk.l) && (t.toks[k-1].s == "," || isDash(t.toks[k-1].s)) {
			if t.toks[k-1].s != "," {
				return -1
			}
			return k
		}
		if t.isVerb(k) {
			// A finite verb between: another clause; or another
			// gerund the lexicon knows, whose subject is the phrase
			// before it: "…, featuring Hispanics telling their stories
			// and criticizing …" (whose criticism?).
			return -1
		}
	}
	return -1
}

// gerundAfterVerb reports whether gerund c of verb v, in a language that
// leaves subjects out, comes right after its sentence's finite verb, a
// lower-case word the lexicon lists in no set and that ends like a verb
// in the past ([set preteriteendings]: "reaccionó diciendo que
// …", "respondió asegurando: «…»"), with a complementiser, a colon or
// a quotation right after it.
func (t *text) gerundAfterVerb(c int, v lang.Verb, s *sentence) bool {
	lx := t.lx
	if !lx.ProDrop || v.Opinion || c-2 < s.body || c+1 >= s.t1 || !t.out(c-1) || t.toks[c-1].kind != tWord || t.toks[c-1].cap {
		return false
	}
	if n := &t.toks[c+1]; !lx.Set("comp", n.l) && n.s != ":" && n.kind != tQOpen {
		return false
	}
	if v := t.verbBeforeObject(c, s); v >= 0 {
		return true // "respondió a este emplazamiento argumentando que …"
	}
	l := t.toks[c-1].l
	for _, set := range []string{"prep", "determiners", "coord", "relpron", "comp", "aux", "passive", "progressiveaux", "adverbs", "clitics", "refl", "negation", "subord", "goeson"} {
		if lx.Set(set, l) {
			return false
		}
	}
	if _, ok := lx.Verbs[l]; ok || isTimeWord(lx, l) {
		return false
	}
	return t.endsIn("preteriteendings", l, 2)
}

// verbBeforeObject returns, for a gerund at token c, the weak reporting
// verb in the past before it when a short phrase after the preposition of the
// one told or answered stands between them, naming no one else after
// "of" ("respondió a este emplazamiento argumentando que …", "contestó a
// las críticas diciendo que …"), or -1.
func (t *text) verbBeforeObject(c int, s *sentence) int {
	lx := t.lx
	for k := c - 1; k > s.body && k >= c-6; k-- {
		tk := &t.toks[k]
		if tk.kind != tWord || !t.out(k) || lx.Set("comp", tk.l) || lx.Set("coord", tk.l) || lx.Set("relpron", tk.l) || lx.Set("of", tk.l) {
			return -1 // (not past another's name: "reagiu à provocação do vereador dizendo …" may be the councillor's)
		}
		if k == c-1 || !lx.Set("dative", tk.l) {
			if t.isVerb(k) {
				return -1
			}
			continue
		}
		v := k - 1
		if v < s.body || t.toks[v].kind != tWord || !t.out(v) || t.toks[v].cap || !t.endsIn("preteriteendings", t.toks[v].l, 2) {
			return -1
		}
		if vb, ok := lx.Verbs[t.toks[v].l]; !ok || !vb.Weak {
			// (Not a verb of hearing or seeing, "escuchó a los vecinos
			// diciendo …" is theirs; nor one that reports the sentence
			// itself, "replicó a la oposición diciendo …".)
			return -1
		}
		return v
	}
	return -1
}

// verbAt returns the reporting verb at token c: the lexicon's verb for
// the form, or another verb that shares it when that one's separable
// particle closes the clause ("wies … zurück" is zurückweisen, not
// hinweisen); a verb whose particle is missing does not count.
// quotedPredicate reports whether token c, a finite verb in the past
// (trait svo), is the first word of a quotation that opens right after
// the subject's last word and holds the rest of the predicate: "Both
// leaders “stressed the importance of diplomacy” in the call" reports
// the leaders' words with their own verb quoted.
func (t *text) quotedPredicate(c int, s *sentence) bool {
	if !t.lx.Trait("svo") || c-2 < s.body || t.toks[c].kind != tWord || t.toks[c].q < 0 || t.toks[c-1].kind != tQOpen || !t.out(c-2) {
		return false
	}
	q := int(t.toks[c].q)
	if q >= len(t.qs) || t.qs[q].level != 1 || t.qs[q].close < 0 || t.sentAt(t.qs[q].close) != t.sentAt(t.toks[c].start) {
		return false
	}
	// (Not before another's verb after the closing mark: "X “reaffirmed
	// their commitment,” the White House said" is the White House's.)
	if strings.HasSuffix(strings.TrimSpace(t.src[t.qs[q].start:t.qs[q].end]), ",") {
		return false
	}
	for k := c + 1; k < s.t1; k++ {
		if t.out(k) && t.toks[k].start > t.qs[q].close {
			if v, ok := t.lx.Verbs[t.toks[k].l]; ok && v.Tags&lang.TagFinite != 0 && !(v.Noun && (!t.isVerb(k) || t.afterArticle(k, s) || t.toks[k-1].poss)) {
				return false
			}
		}
	}
	v, ok := t.lx.Verbs[t.toks[c].l]
	return ok && v.Tags&lang.TagFinite != 0 && v.Tags&lang.TagParticiple != 0 && !t.lx.Set("prep", t.toks[c-2].l) && !t.lx.Set("determiners", t.toks[c-2].l)
}

func (t *text) verbAt(c int, s *sentence) (lang.Verb, bool) {
	l := t.toks[c].l
	if v, ok := t.lx.Stative[l]; ok && t.statesView(c, s) {
		// An adjective of a view after a copula and before a
		// complementiser ("Experts are worried that …"), before the
		// verb it may share a form with ("They worried that …").
		return v, true
	}
	v, ok := t.lx.Verbs[l]
	if !ok {
		// A verb of a stand ("wants", "opposed"), read as a verb only
		// here: everywhere else it is a word like any other.
		v, ok = t.lx.Positions[l]
		return v, ok
	}
	cands := append([]lang.Verb{v}, t.lx.Alt[l]...)
	// A separable verb whose particle closes the clause; of two, the one
	// whose particle comes last ("wies die Vorwürfe nach der Sitzung
	// zurück": "zurück", not the preposition "nach"), with its own
	// particle after the verb when it needs one ("sprach sich … aus"),
	// behind an adverb or two ("geht allerdings davon aus, dass …").
	best, at := lang.Verb{}, -1
	for _, v := range cands {
		if v.Separable == "" || v.Particle != "" && t.particleAt(c+1, s.t1, v.Particle) < 0 && !(t.pronBeforeRefl(c, v, s) && t.followedBy(c+2, s.t1, v.Particle)) {
			continue
		}
		if v.Refusal && !t.refusesToSay(c, v, s) {
			continue // "lehnte den Vertrag ab": the verb's other sense
		}
		if v.Tags&(lang.TagParticiple|lang.TagBase) != 0 && v.Tags&lang.TagFinite == 0 {
			return v, true // (a participle holds its particle: "mitgeteilt"; so does an infinitive, "mitteilen")
		}
		if k := t.lastClauseWord(c+1, s.t1, v.Separable); k > at {
			best, at = v, k
		}
	}
	if at >= 0 {
		return best, true
	}
	// A refusal to speak first, then the others: "n'a pas répondu aux
	// sollicitations" is a refusal, "a répondu que …" a reply.
	for _, v := range cands {
		if v.Separable == "" && v.Refusal && t.refusesToSay(c, v, s) && (!v.NegOnly || t.negatedBefore(c, s)) {
			return v, true
		}
	}
	// A verb whose particle follows before the same verb without one:
	// "claimed responsibility" is not "claimed"; of the same verb listed
	// with and without its reflexive pronoun, the one that fits: "se
	// félicite de …" welcomes, "a félicité l'équipe" praises.
	refl := t.reflBefore(c, s)
	for _, withParticle := range []bool{true, false} {
		var first *lang.Verb
		for i, v := range cands {
			if v.Separable == "" && !v.Refusal && (v.Particle != "") == withParticle && (v.Particle == "" || t.particleAt(c+1, s.t1, v.Particle) >= 0 || t.frontedParticle(c, v)) {
				if v.Refl == refl {
					return v, true
				}
				if first == nil {
					first = &cands[i]
				}
			}
		}
		if first != nil {
			return *first, true
		}
	}
	if p, ok := t.lx.Positions[l]; ok {
		return p, true // "L'agence veut regrouper …": not "ne veut pas commenter", a refusal, but a stand
	}
	return v, false
}

// personRelBefore reports whether a relative pronoun that stands only
// for people ([set personrel]) comes before token st in sentence s: the
// phrase at st is then inside the relative clause ("A juror who spoke to
// reporters, and who gave only her first name, Denise, said …": "her
// first name" is no subject).
func (t *text) personRelBefore(st int, s *sentence) bool {
	for k := s.body; k < st; k++ {
		if t.out(k) && t.lx.Set("personrel", t.toks[k].l) {
			return true
		}
	}
	return false
}

// bodyRelNamed returns ap, the phrase between the comma at token m and
// the next, when it names an organisation and sentence s opens with a
// description of a body and a relative clause about it that the comma
// ends ("The company that built the system, Verity AI, …"), or nil.
func (rs *resolver) bodyRelNamed(m int, ap *mention, s *sentence) *mention {
	t := rs.t
	r := s.body + 1
	for r < m && !(t.out(r) && t.lx.Set("relpron", t.toks[r].l)) {
		if !t.out(r) || t.toks[r].kind != tWord {
			return nil
		}
		r++
	}
	if r >= m || !t.lx.Set("determiners", t.toks[s.body].l) {
		return nil
	}
	desc := rs.parseNP(s.body, r, 0)
	if desc == nil || desc.kind != kDesc || desc.class != "org" && desc.class != "gov" && desc.class != "media" {
		return nil
	}
	if ap != nil && (ap.kind == kOrg || ap.kind == kName && ap.t1-ap.t0 > 1) {
		return ap
	}
	return nil
}

// wholePhrase returns the noun phrase that spans tokens lo to hi of
// sentence s exactly, or nil.
func (rs *resolver) wholePhrase(lo, hi int, s *sentence) *mention {
	if rs.t.npRight(lo, s) != hi {
		return nil
	}
	return rs.parseNP(lo, hi, 0)
}

// goesOnVerb returns the verb of a [set goeson] pair whose preposition
// is token k ("a tenu à", "se apressou em"), also past a reflexive
// pronoun joined to the verb by a hyphen ("apressaram-se em"), else -1.
func (t *text) goesOnVerb(k int, s *sentence) int {
	if k-1 < s.body || !t.out(k-1) {
		return -1
	}
	if t.lx.Set("goeson", t.toks[k-1].l+" "+t.toks[k].l) {
		return k - 1
	}
	if p := k - 1; p-1 >= s.body && t.out(p-1) && t.enclitic(p) && t.lx.Set("goeson", t.toks[p-1].l+" "+t.toks[k].l) {
		return p - 1
	}
	return -1
}

// tookTo returns where "took to" starts when the infinitive marker at
// token j follows "took to" and a place of one to three words ("took to
// Twitter to say", "took to social media to announce", "took to the
// airwaves to argue"; [set tookto]), else -1. A single word of the set
// is a verb whose object of one to three words comes before the marker:
// "aprovechó la ocasión para denunciar …", the verb of the group.
func (t *text) tookTo(j int, s *sentence) int {
	for k := j - 2; k >= s.body+1 && k >= j-4; k-- {
		if !t.out(k) || !t.out(k-1) {
			return -1
		}
		if t.lx.Set("tookto", t.toks[k-1].l+" "+t.toks[k].l) {
			return k - 1
		}
	}
	for v := j - 2; v >= s.body && v >= j-4; v-- {
		if !t.out(v+1) || t.toks[v+1].kind != tWord || !t.out(v) || t.toks[v].kind != tWord {
			return -1
		}
		if t.lx.Set("tookto", t.toks[v].l) && !t.toks[v].cap {
			return v
		}
	}
	return -1
}

// verbLastRelative reads a finite verb at token c that ends a relative
// clause ("Der Verband, der die Pläne seit Monaten ablehnt, warnte …"):
// its subject is the relative pronoun, not the phrase before the verb
// ("die Pläne"). With its words after it, a complementiser's clause
// ("die Briefe von US-Vermietern, die daran erinnern, dass …"), the
// phrase the pronoun stands for speaks: it returns that phrase. It
// returns nil and true when the verb ends no relative clause, and false
// when it ends one that reports nothing.
func (rs *resolver) verbLastRelative(c int, s *sentence) (*mention, bool) {
	t := rs.t
	lx := t.lx
	j := t.relativeVerbLast(c, s)
	if j <= 0 {
		return nil, true
	}
	if q := t.questionAt(c+1, s); q < 0 || !lx.Set("comp", t.toks[q].l) {
		return nil, false
	}
	var antecedent *mention
	if st := t.npLeft(j-1, s); st >= s.body {
		// (From its own determiner: "in den sozialen Medien die
		// Briefe von US-Vermietern" is the letters.)
		for k := st; k < j-1; k++ {
			if lx.Set("determiners", t.toks[k].l) && t.out(k) && !(k > s.body && lx.Set("prep", t.toks[k-1].l)) {
				st = k
				break
			}
		}
		antecedent = rs.parseNP(st, j, 0)
	}
	return antecedent, antecedent != nil
}

// statesView reports whether the adjective at token c follows a copula
// (across adverbs: "are deeply concerned") and comes before a
// complementiser: "Experts are concerned that …", "remain convinced
// that …", not "concerned about the cost" nor "a confident team".
func (t *text) statesView(c int, s *sentence) bool {
	lx := t.lx
	k := c + 1
	if k+1 < s.t1 && t.out(k) && lx.Set("viewprep", t.toks[k].l) {
		k++ // "está segura de que …"
	}
	if k >= s.t1 || !t.out(k) || !lx.Set("comp", t.toks[k].l) && !(k == c+1 && lx.Trait("zerocomp") && t.bareClause(k, s) && !t.openedBySet("subord", c, s) && !t.openedBySet("comp", c, s)) {
		// (A clause may go without its "that": "is confident the road
		// will reopen"; not in a clause of another's: "… saying that he
		// was afraid it would".)
		return false
	}
	for j := c - 1; j >= s.body && t.out(j); j-- {
		l := t.toks[j].l
		switch {
		case lx.Set("passive", l) || lx.Set("copulas", l):
			return true
		case lx.Set("adverbs", l) || lx.Set("negation", l) || t.adverbForm(j):
			continue
		}
		return false
	}
	return false
}

// prepPhraseNoun reports whether phrase m is the noun of a phrase with a
// preposition that opens sentence s ("Im Prozess", "Auf Fragen der
// Reporter"; not the particle of a name, "Von der Leyen").
func (t *text) prepPhraseNoun(m *mention, s *sentence) bool {
	lx := t.lx
	if m.t0 == s.body+1 && t.out(s.body) && lx.Set("prep", t.toks[s.body].l) {
		return true
	}
	return m.t0 == s.body && t.out(s.body) && lx.Set("prep", t.toks[s.body].l) && !lx.Set("particles", t.toks[s.body].l) && m.kind != kPerson && m.kind != kName
}

// obliqueOutlet reports whether mention m, opening sentence s with a
// determiner that is dative or genitive before a feminine noun ("der"),
// is a news outlet, or a body, in that case: a name in quotation marks
// ("Der „Bild“"), an adjective in "-en" right after it ("Der Deutschen
// Presse-Agentur"), an agency's short name ("Der dpa") or a noun of a
// feminine outlet ("Der Leipziger Volkszeitung").
func (t *text) obliqueOutlet(m *mention, s *sentence) bool {
	lx := t.lx
	if m.t0 != s.body || m.t1-m.t0 < 2 || !t.out(m.t0) || !lx.Set("obliquefeminine", t.toks[m.t0].l) {
		return false
	}
	k := m.t0 + 1
	if t.toks[k].kind == tQOpen {
		return true
	}
	last := lang.Lower(t.toks[m.t1-1].s)
	if lx.Set("newsnames", last) {
		return true
	}
	if t.endsIn("femininemedia", last, -1) {
		return true
	}
	tk := &t.toks[k]
	return k < m.t1-1 && tk.kind == tWord && tk.cap && t.endsIn("weakadjendings", tk.l, -1) && !lx.Set("determiners", tk.l)
}

// prepPrefield reports whether, in a verb-second language, the phrase
// before the verb that ends with mention m is one phrase opened by a
// preposition, with no comma or quotation in it ("Im Gespräch mit den
// Studenten Werner Bader und Max Jessel berichtete die Präsidentin …"):
// the names are the preposition's, not the subject.
func (t *text) prepPrefield(m *mention, s *sentence) bool {
	return m.t0 > s.body+1 && t.prepPrefieldTo(m.t0, s)
}

// prepPrefieldTo reports whether the words of sentence s before token
// end open with a preposition and hold no verb, comma or quotation.
func (t *text) prepPrefieldTo(end int, s *sentence) bool {
	lx := t.lx
	if end <= s.body+1 || !t.out(s.body) || !lx.Set("prep", t.toks[s.body].l) ||
		lx.Set("particles", t.toks[s.body].l) && !lx.Set("determiners", t.toks[s.body+1].l) {
		return false // (a particle opens a surname, "Von der Leyen sagte", but not before an article: "Zu den Diskussionen um …")
	}
	for k := s.body; k < end; k++ {
		if t.toks[k].kind != tWord || t.toks[k].q >= 0 || t.isVerb(k) && !t.toks[k].cap {
			return false
		}
	}
	return true
}

// subjectAfterVerb reports whether a subject opens at k, after a verb in
// second place and its adverbs: a name, a surname with its particle
// ("sagt von Broock"), a personal pronoun, or a phrase whose determiner
// is no object's ("verweigerte auch der Angeklagte").
func (rs *resolver) subjectAfterVerb(k int, s *sentence) bool {
	t := rs.t
	lx := t.lx
	for k < s.t1 && t.out(k) && (lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap || isTimeWord(lx, t.toks[k].l) || lx.Set("refl", t.toks[k].l)) {
		k++
	}
	if k >= s.t1 || !t.out(k) {
		return false
	}
	tk := &t.toks[k]
	if _, pron := lx.Pronouns[tk.l]; pron && !tk.cap {
		return true
	}
	return t.isName(k) || lx.Set("determiners", tk.l) && !lx.Set("objectdeterminers", tk.l) && !tk.cap || rs.particleSurname(k, s) != nil
}

// relativeVerbLast returns the comma before the relative clause the verb
// at c ends, with more words between the relative pronoun and it ("…,
// der die Pläne seit Monaten ablehnt, …"), or -1.
func (t *text) relativeVerbLast(c int, s *sentence) int {
	if c+1 < s.t1 && t.out(c+1) {
		return -1
	}
	for j := c - 1; j > s.body && j >= c-14; j-- {
		tk := &t.toks[j]
		if tk.s == "," && tk.q < 0 {
			// (Not a list: "Die Polizei, die Feuerwehr und das THW
			// warnten".)
			if j+1 < c-1 && t.out(j+1) && t.lx.Set("relpron", t.toks[j+1].l) && t.toks[j-1].kind == tWord && !t.toks[j+2].cap {
				return j
			}
			return -1
		}
		if !t.out(j) {
			return -1
		}
	}
	return -1
}

// relativeClauseSubject returns the phrase that opens sentence s when a
// relative clause set off by commas follows it and ends right before the
// verb group at lo ("Die Union, die den Streit nicht kommentieren wollte,
// forderte …"), or nil (not a list: "Die Union, die Grünen und die SPD
// forderten …").
func (rs *resolver) relativeClauseSubject(lo int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if lo-1 <= s.body || t.toks[lo-1].s != "," || t.toks[lo-1].q >= 0 || t.toks[lo-2].kind != tWord || t.toks[lo-2].cap {
		return nil
	}
	e := t.npRight(s.body, s)
	if e <= s.body || e+2 >= lo-1 || t.toks[e].s != "," || !t.out(e+1) || !lx.Set("relpron", t.toks[e+1].l) || t.toks[e+2].cap {
		return nil
	}
	for k := e + 1; k < lo-1; k++ {
		if !t.out(k) || k > e+16 {
			return nil
		}
	}
	return rs.parseNP(s.body, e, 0)
}

// questionAt returns where a question opens after a comma at k, past
// adverbs ("nicht dazu, wann …", "nicht, ob …"), or -1.
func (t *text) questionAt(k int, s *sentence) int {
	lx := t.lx
	for k < s.t1 && t.out(k) && lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap {
		k++
	}
	if k+1 < s.t1 && t.toks[k].s == "," && t.toks[k].q < 0 && t.out(k+1) && t.questionWord(k+1) {
		return k + 1
	}
	return -1
}

// questionWord reports whether token k opens a dependent clause of what
// is said or asked: a complementiser or a word of [set questionwords]
// ("dass", "ob", "wie viele").
func (t *text) questionWord(k int) bool {
	l := t.toks[k].l
	return t.lx.Set("comp", l) || t.lx.Set("questionwords", l)
}

// clauseEnd returns the token that ends the clause from k: a comma or
// other punctuation, a quotation, a complementiser.
func (t *text) clauseEnd(k int, s *sentence) int {
	for ; k < s.t1; k++ {
		if !t.out(k) || t.lx.Set("comp", t.toks[k].l) {
			return k
		}
	}
	return k
}

// letVerb returns the verb of letting before the infinitive of saying at
// c in its clause ([set letverbs]: "ließ … erklären", "ließ verlauten"),
// or -1.
func (t *text) letVerb(c int, s *sentence) int {
	lx := t.lx
	if len(lx.Sets["letverbs"]) == 0 {
		return -1
	}
	for j := c - 1; j >= s.body && j >= c-10; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || lx.Set("clause", tk.l) || lx.Set("comp", tk.l) || lx.Set("inf", tk.l) {
			return -1
		}
		if lx.Set("letverbs", tk.l) && !tk.cap {
			return j
		}
	}
	return -1
}

// clauseFinal reports whether token k ends a clause: the sentence's end
// or a mark.
func (t *text) clauseFinal(k int, s *sentence) bool {
	return k >= s.t1 || !t.out(k) || t.toks[k].kind != tWord
}

// subordinateOpener returns the word of [set subord], [set comp] or [set
// freerelatives] that opens the clause of the phrase at t0 (the
// sentence's first word or the one after a comma), when the phrase does
// not start right after it: in a clause whose verb comes last, the
// phrase right before the verb is then no subject ("Während Equinor
// zwei GW als maximale Leistung angibt").
func (t *text) subordinateOpener(t0 int, s *sentence) (int, bool) {
	k := t0 - 1
	for ; k >= s.body; k-- {
		if !t.out(k) || t.toks[k].kind != tWord {
			break
		}
	}
	k0 := k + 1
	if k0 >= t0-1 || t.toks[k0].cap && k0 != s.body {
		return -1, false
	}
	l := t.toks[k0].l
	return k0, t.lx.Set("subord", l) || t.lx.Set("comp", l) || t.lx.Set("freerelatives", l)
}

// reflexiveLet reports whether a verb of letting and a reflexive pronoun
// ([set letverbs], [set refl]) stand before the infinitive at c in its
// clause: "lässt sich aber vermuten", "ließ sich daraus schließen".
func (t *text) reflexiveLet(c int, s *sentence) bool {
	for j := c - 1; j > s.body && j >= c-6; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || t.lx.Set("comp", tk.l) {
			return false
		}
		if t.lx.Set("refl", tk.l) && t.lx.Set("letverbs", t.toks[j-1].l) && !t.toks[j-1].cap {
			return true
		}
	}
	return false
}

// throughRelay returns the phrase after a word of [set throughpreps]
// between a verb of letting and the infinitive at c ("ließ über seinen
// Anwalt erklären": the lawyer), or nil.
func (rs *resolver) throughRelay(k, c int, s *sentence) *mention {
	t := rs.t
	for j := k; j < c-1; j++ {
		if t.lx.Set("throughpreps", t.toks[j].l) {
			end := t.npRight(j+1, s)
			if end > j+1 && end <= c {
				return rs.parseNP(j+1, end, 0)
			}
		}
	}
	return nil
}

// coordOwners returns where the phrase starts when the name at st is the
// last of two joined by "and" after a preposition and a noun of people
// who speak ("Lawyers for Velázquez and Marmorato", "Representatives for
// both X and Y"): they speak, not the last one named. It returns -1
// otherwise.
func (t *text) coordOwners(st int, s *sentence) int {
	lx := t.lx
	c := st - 1
	if c-1 < s.body || !t.out(c) || !lx.Set("coord", t.toks[c].l) || !t.toks[st].cap || lx.Set("determiners", t.toks[st].l) {
		// (A phrase with its own determiner after "and" is a subject
		// of its own: "Le canton de Berne et les distributeurs d'eau
		// … ont demandé".)
		return -1
	}
	p := t.npLeft(c-1, s)
	if p < 0 {
		return -1
	}
	// The preposition is inside the phrase before "and" ("Lawyers for
	// Velázquez"), or right before it.
	for j := max(p, s.body+1); j < c; j++ {
		if t.peoplePrep(j, s) {
			return p
		}
	}
	if p-1 >= s.body && t.out(p-1) && lx.Set("pairdeterminers", t.toks[p-1].l) {
		p-- // "for both X and Y"
	}
	if p-1 > s.body && t.peoplePrep(p-1, s) {
		return t.npLeft(p-2, s)
	}
	return -1
}

// peoplePrep reports whether token j is a preposition after a noun of
// people who speak ("Lawyers for", "aides to", "friends of"), which may
// open the sentence.
func (t *text) peoplePrep(j int, s *sentence) bool {
	lx := t.lx
	if !t.out(j) || t.toks[j].kind != tWord || !lx.Set("prep", t.toks[j].l) {
		return false
	}
	n := &t.toks[j-1]
	c := lx.Speakers[n.b]
	return n.kind == tWord && (!n.cap || j-1 == s.body) && t.out(j-1) && c != "" && c != "doc"
}

// relativePredicate reports whether the phrase m read before a verb,
// starting at token st right after a relative pronoun that follows a
// word (no comma), opens with a verb of the third person rather than a
// determiner or a name ("that represents workers at …", "who runs the
// shop"): the relative clause's predicate, not a subject.
func (t *text) relativePredicate(m *mention, st int, s *sentence) bool {
	if m == nil || m.kind != kDesc || st-2 < s.body || m.headTok <= st {
		return false
	}
	r := &t.toks[st-1]
	if r.kind != tWord || !t.lx.Set("relpron", r.l) || t.toks[st-2].kind != tWord {
		return false
	}
	w := &t.toks[st]
	return w.kind == tWord && !w.cap && w.q < 0 && len(w.l) > 3 && strings.HasSuffix(w.l, "s") && !strings.HasSuffix(w.l, "ss") &&
		!t.lx.Set("determiners", w.l) && !t.lx.Set("possessive", w.l)
}

// objectVoice reports whether a verb of voice v tells its claim in its
// object alone, a noun phrase or an infinitive ("anunció la creación de
// un fondo", "lamentó la muerte de …", "propuso bajar los impuestos"),
// unlike a verb of saying whose object may be no words at all
// ("aseguró la zona", "celebró una reunión", "concluyó su visita").
func objectVoice(v string) bool {
	switch v {
	case "announce", "note", "regret", "promise", "propose", "ask", "recommend", "praise", "express", "describe", "criticize", "condemn", "repeat", "predict", "question", "consider",
		"refer", "referthe", "advocate":
		return true
	}
	return false
}

// timeOpening reports whether tokens lo to hi are a phrase of time: a
// word of `time` last, each word before it a determiner, a word of time
// or a word of `timeopeners`, one at least ("ese mismo día", "más tarde",
// "dos días más tarde").
func (t *text) timeOpening(lo, hi int) bool {
	if hi-lo < 2 || !isTimeWord(t.lx, t.toks[hi-1].l) || t.toks[hi-1].kind != tWord || t.toks[hi-1].cap {
		return false
	}
	for j := lo; j < hi-1; j++ {
		if tk := t.toks[j]; tk.kind != tWord || !t.lx.Set("timeopeners", tk.l) && !t.lx.Set("determiners", tk.l) && !isTimeWord(t.lx, tk.l) {
			return false
		}
	}
	for j := lo; j < hi-1; j++ {
		if t.lx.Set("timeopeners", t.toks[j].l) {
			return true
		}
	}
	return false
}

// nameListEnd returns, for a phrase that ends at the comma end with a
// capitalised word, the comma after a list of capitalised words that
// goes on from it and closes with a coordinator (", Innovación,
// Tecnología y Telecomunicaciones,"), or end.
func (t *text) nameListEnd(end int, s *sentence) int {
	capsFrom := func(j int) int { // the end of a run of one to three capitalised words from j, or -1
		n := 0
		for j < s.t1 && t.toks[j].kind == tWord && t.toks[j].cap && t.toks[j].q < 0 {
			j++
			n++
		}
		if n == 0 || n > 3 {
			return -1
		}
		return j
	}
	for k := end; k < s.t1 && t.toks[k].s == ","; {
		j := capsFrom(k + 1)
		if j < 0 || j >= s.t1 {
			return end
		}
		if t.toks[j].kind == tWord && t.lx.Set("coord", t.toks[j].l) {
			if j2 := capsFrom(j + 1); j2 > 0 && j2 < s.t1 && t.toks[j2].s == "," {
				return j2
			}
			return end
		}
		k = j
	}
	return end
}

// openingTimeTo reports whether the words of sentence s before the comma
// at token m are a phrase of time it opens with: up to four words with
// no verb, the last a word of time ([set time]) or a month ("Last week",
// "On Monday", "Earlier this year", "In March").
func (t *text) openingTimeTo(m int, s *sentence) bool {
	if m-s.body < 1 || m-s.body > 4 {
		return false
	}
	for j := s.body; j < m; j++ {
		if t.toks[j].kind != tWord || !t.out(j) || t.isVerb(j) {
			return false
		}
	}
	l := t.toks[m-1].l
	return t.lx.Set("time", l) || t.lx.Months[l] != 0
}

// docInJoin returns, when the words of sentence s that end at token end
// are a phrase of a document after a preposition of [set docin] right
// after a joining or contrasting word ("…, but in an interview argued
// …", "… and in a statement said …"), that word's token; else -1.
func (t *text) docInJoin(end int, s *sentence) int {
	if end <= s.body || t.toks[end].kind != tWord || !t.out(end) || !t.lx.Set("docnouns", t.toks[end].l) {
		return -1
	}
	j := end - 1
	if j > s.body && t.toks[j].kind == tWord && t.out(j) && t.lx.Set("determiners", t.toks[j].l) && !t.lx.Set("possessive", t.toks[j].l) {
		j--
	}
	if j <= s.body || t.toks[j].kind != tWord || !t.out(j) || !t.lx.Set("docin", t.toks[j].l) {
		return -1
	}
	if p := j - 1; p > s.body && t.toks[p].kind == tWord && t.out(p) && (t.lx.Set("coord", t.toks[p].l) || t.lx.Set("contrast", t.toks[p].l)) {
		return p
	}
	return -1
}

// fronted reports whether the words [lo, hi) opening sentence s are a
// plural without an article put before a singular verb at hi whose
// subject, "der" and its noun, comes after it: the object put first
// ("Traglufthallen lehnt der Bürgermeister ab").
func (t *text) fronted(lo, hi int, s *sentence) bool {
	lx := t.lx
	if hi >= s.t1 || !t.out(hi) || t.toks[hi].kind != tWord || t.toks[hi].cap || t.endsIn("pluralverbendings", t.toks[hi].l, 2) {
		return false
	}
	if l := t.toks[hi].l; !t.isVerb(hi) && (lx.Set("determiners", l) || lx.Set("prep", l) || lx.Set("coord", l) || lx.Set("clause", l) || lx.Set("relpron", l) || lx.Set("adverbs", l) || lx.Set("negation", l)) {
		return false
	}
	// (One noun alone may be a surname, "Lindemann": then only a
	// person's or a body's noun after "der" is the subject.)
	return t.barePluralPrefield(&mention{t0: lo, t1: hi}, s) && t.masculineSubjectAt(hi+1, s, hi-lo == 1)
}

// barePluralPrefield reports whether phrase m, opening sentence s, is
// a plural noun without an article, alone or after adjectives
// ("Traglufthallen", "Große Sorgen"): capitalised words, the last in a
// plural ending ([set pluralendings]), none a word of grammar ("Dann",
// "Immerhin", "Einigen"), a given name or a surname after one elsewhere
// in the text.
func (t *text) barePluralPrefield(m *mention, s *sentence) bool {
	lx := t.lx
	if !lx.NounCaps || m.t1 <= m.t0 || m.t1-m.t0 > 3 || !t.endsIn("pluralendings", t.toks[m.t1-1].l, 3) {
		return false
	}
	for k := m.t0; k < m.t1; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || !tk.cap || tk.q >= 0 || tk.poss || lx.GivenNames[tk.l] != 0 || t.afterGiven[tk.b] || t.function(tk.l) ||
			k < m.t1-1 && !t.endsIn("adjendings", tk.l, 2) {
			return false
		}
	}
	return true
}

// masculineSubjectAt reports whether a subject in the nominative opens at
// k, after a verb in second place and its adverbs: a masculine article of
// the nominative ([set masculinesubject]: "der") before a capitalised
// noun, not a feminine noun (dative or genitive: "sagte der Zeitung") nor
// an outlet ("sagte der Presse"); with person set, a noun that names a
// person or a body.
func (t *text) masculineSubjectAt(k int, s *sentence, person bool) bool {
	lx := t.lx
	for k < s.t1 && t.out(k) && (lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap || isTimeWord(lx, t.toks[k].l)) {
		k++
	}
	if k+1 >= s.t1 || !t.out(k) || !t.out(k+1) || !lx.Set("masculinesubject", t.toks[k].l) || t.toks[k].cap {
		return false
	}
	n := &t.toks[k+1]
	if n.kind != tWord || !n.cap || t.endsIn("femininesuffixes", n.l, 2) || lx.Set("mediawords", n.b) || lx.Set("newsnames", n.l) {
		return false
	}
	_, title := lx.Titles[n.b]
	return !person || title || lx.Speakers[n.b] != "" || t.isTitleWord(k+1) || known(lx, n.b)
}

// function reports whether word l is a word of grammar, no noun nor
// adjective: a determiner, a pronoun, a preposition, a conjunction, an
// adverb, a word of time or of quantity.
func (t *text) function(l string) bool {
	lx := t.lx
	if _, pron := lx.Pronouns[l]; pron {
		return true
	}
	for _, set := range []string{"determiners", "quantifiers", "prep", "clause", "subord", "coord", "starters", "notnames", "negation", "negfocus", "negsubj", "adverbs", "time", "sequencetime", "timemods"} {
		if lx.Set(set, l) {
			return true
		}
	}
	return isTimeWord(lx, l)
}

// strayCommaSubject returns the phrase sentence s opens with, up to the
// comma at token k right before the verb group of cue cu, when it is a
// person, an organisation or a description of someone who speaks and
// the comma is a stray one between the subject and its verb: the group
// is a finite verb (not a participle that describes the phrase: "Tom
// Reed, accusé de fraude, …") or opens with an auxiliary or a reflexive
// pronoun, and no subject of its own follows it (not an incise: "Le
// projet, estime Marc Leroy, …"). Not in a language that may leave
// the subject out. Else nil.
func (rs *resolver) strayCommaSubject(cu *cue, k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	if lx.ProDrop || cu.lo != k+1 || k-s.body < 2 || cu.hi >= s.t1 {
		return nil // (where the subject may be left out, fromDroppedOpening reads it: "La secretaria de Estado, señaló que …")
	}
	if cu.lo == cu.c {
		v, ok := lx.Verbs[t.toks[cu.c].l]
		if !ok || v.Tags&lang.TagFinite == 0 || v.Tags&lang.TagParticiple != 0 {
			return nil
		}
	} else if !t.out(cu.lo) || !lx.Set("aux", t.toks[cu.lo].l) && !lx.Set("refl", t.toks[cu.lo].l) {
		return nil
	}
	j := cu.hi
	for j < s.t1 && t.out(j) && lx.Set("adverbs", t.toks[j].l) && !t.toks[j].cap {
		j++
	}
	if j >= s.t1 || t.toks[j].kind == tWord && (t.toks[j].cap || lx.Set("determiners", t.toks[j].l) || t.isPronounTok(j)) {
		return nil
	}
	if t.npLeft(k-1, s) != s.body {
		return nil
	}
	m := rs.parseNP(s.body, k, 0)
	if m == nil || !(m.kind == kPerson || m.kind == kOrg || m.kind == kDesc && m.class != "" && m.class != "unknown") {
		return nil
	}
	return m
}

// otherGroup reports whether the words of sentence s before the comma at
// m are a plural group described as other ones, opening a clause: a word
// of [set otherdet] and up to four lower-case words or a party's name
// ("Other prominent Republicans", "Other Democrats").
func (t *text) otherGroup(m int, s *sentence) bool {
	lo := s.body
	if m-lo < 2 || m-lo > 5 || !t.out(lo) || !t.lx.Set("otherdet", t.toks[lo].l) {
		return false
	}
	for k := lo + 1; k < m; k++ {
		if tk := &t.toks[k]; tk.kind != tWord || !t.out(k) || t.isVerb(k) || tk.poss {
			return false
		}
	}
	return true
}

// examplePair returns the two people named in the phrase from lo to hi,
// joined by a coordinator ("Tom Reed and Ana Ruiz" after "like"), or nil.
func (rs *resolver) examplePair(lo, hi int, s *sentence) (*mention, *mention) {
	t := rs.t
	for j := lo + 1; j+1 < hi; j++ {
		if !t.out(j) || t.toks[j].kind != tWord || !t.lx.Set("coord", t.toks[j].l) {
			continue
		}
		a, b := rs.wholePhrase(lo, j, s), rs.wholePhrase(j+1, hi, s)
		if a != nil && b != nil && a.kind == kPerson && b.kind == kPerson {
			return a, b
		}
		return nil, nil
	}
	return nil, nil
}
