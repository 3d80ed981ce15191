package offline

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 4: attributions. For each sentence, the cues of stage 2 and the
// entities of stage 3 decide who said what:
//
//   - "X said (that) …", "X a déclaré que …", "X sagte, …": the subject
//     before the verb group, the words after it;
//   - "…," said X / "«…», a-t-il déclaré" / „…“, sagte X: the phrase after
//     the verb, the words before it (and after, when the attribution sits
//     mid-sentence);
//   - "Dijo el ministro que …", "Am Montag sagte der Minister, …": a verb
//     before its subject, in languages that allow it;
//   - "according to X, …" / "…, selon X" / "X zufolge …";
//   - "X, who …, said" and "X, a spokesman for Y, said";
//   - ", saying …" after the sentence's subject;
//   - "X: « … »" at the start of a sentence;
//   - "… was condemned by X".
//
// A second attribution after a clause break (", but Y denied …") is a
// second claim. An attribution inside the reported words of another
// ("sources say X told police …") gives the inner words to the inner
// speaker and keeps who relayed them. Quotations that run over several
// sentences belong to the attribution that closes or opens them, and a
// quotation with no cue of its own continues the previous speaker of its
// paragraph.

// Attribution kinds (besides the cue kinds).
const (
	akInherit = 100 + iota // a quotation continuing the previous speaker
	akTurn                 // a transcript turn ("PENCE: Well, look, …")
)

// attribution is one attributed statement.
type attribution struct {
	speaker *entity
	surface string // how the article names the speaker here
	via     *entity
	viaName string
	verb    lang.Verb
	kind    int
	cue     int // token of the cue, or -1
	sent    int // first sentence
	last    int // last sentence
	// bare is set for a verb that reports with no words of its own ("Le
	// ministère a démenti."): the claim is the article's sentence.
	bare bool
	// clauseEnd is the comma that ends the subordinate clause the cue is
	// in ("When X said …, Y replied …"), or 0.
	clauseEnd int
	// evStart and evEnd, when set, narrow the evidence to the clause of
	// a sentence that holds another party's words too (byte offsets).
	evStart, evEnd int
	// lead counts the sentences before sent that hold the reported words
	// ("“Is that all there is?” Trump said."): the evidence starts there.
	lead int
	// content holds the byte spans of the reported words, in order.
	content [][2]int
	// direct is set when the reported words are a quotation.
	direct bool
	// marked is set when the words were introduced by a complementiser,
	// a colon or a quotation mark.
	marked bool
	// how names the rule that found the speaker (for measuring rules).
	how string
	// tail is the token of the subordinating word that opens a clause
	// after the reported words and the cue, or 0 ("“…,” X said after Y
	// announced …"); inTail is set on an attribution inside another's
	// tail clause: a quotation after the sentence does not continue it.
	tail   int
	inTail bool
	// object is set when the words start with the verb's object before
	// their complementiser ("défend l'idée que …"): no "that" to add.
	object bool
	// alone is set on a refusal to speak with no words of what it is
	// about ("Die Firma wollte sich nicht äußern."): the claim is the
	// bot's verb alone ("Äußert sich nicht.").
	alone bool
}

// viaBack gives the reporter of the last attribution of sentence i, at,
// to the attributions of the same sentence that the last one continues:
// "Francis made clear that …, saying that …, according to Reuters" (the
// words before the participle came through Reuters too).
func viaBack(out []*attribution, i int, at *attribution) {
	for k := len(out) - 1; k > 0 && out[k].how == "continues" && out[k-1].sent == i && out[k-1].speaker == out[k].speaker && out[k-1].via == nil; k-- {
		out[k-1].via, out[k-1].viaName = at.speaker, at.surface
	}
}

// attribute runs stage 4 on sentence i with its cues (already resolved).
func (a *analysis) attribute(i int, cues []*cue) []*attribution {
	var out []*attribution
	t := a.t
	s := &t.sents[i]
	unresolved := -1         // a reporting verb whose speaker is no one known
	relEnd := -1             // the comma that closes the relative clause of the last verb
	var owned []*attribution // claims owned by a name inside the words of another verb
	// "Ruiz said Reed had lied to the council, a charge he denies":
	// the denial is no part of anyone's words before it, and its verb
	// reports no words of its own.
	defer func() {
		// "The bridge is safe, the Herald reported, a claim disputed by
		// engineers.", "…, a claim engineers dispute, according to the
		// Herald": the writer's comment on the words is no part of them.
		for _, at := range out {
			if at.sent == i && len(at.content) > 0 {
				if c := t.commentInWords(at, s); c >= 0 {
					t.cutContent(at, t.toks[c].start)
					if at.last == i && (at.evEnd == 0 || at.evEnd > t.toks[c].start) {
						// (The evidence too: "The bridge is safe, a claim
						// disputed by engineers, the Herald reported"
						// quotes "The bridge is safe", not the writer's
						// comment in the Herald's mouth.)
						at.evEnd = t.toks[c].start
					}
				}
			}
		}
	}()
	comment, commentVerb := t.commentTail(s)
	if comment >= 0 {
		var denier *entity // who denies: no one who relays the words before
		for _, cu := range cues {
			if cu.c == commentVerb && cu.left != nil {
				denier = a.ents[cu.left]
			}
		}
		defer func() {
			for _, at := range out {
				if at.sent != i || at.cue == commentVerb {
					continue
				}
				if covers(at, t.toks[comment].start) {
					t.cutContent(at, t.toks[comment].start)
					if at.last == i && (at.evEnd == 0 || at.evEnd > t.toks[comment].start) {
						at.evEnd = t.toks[comment].start // (the evidence too: the denial is the denier's)
					}
				}
				if denier != nil && at.via == denier {
					at.via, at.viaName = nil, "" // "Police say …, an allegation his lawyer rejects": the lawyer relays nothing
				}
			}
		}()
	}
	for _, cu := range cues {
		if t.inCommentAside(cu.c, s) || t.commentSubject(cu.left, s) {
			continue // "The bridge is safe, a claim disputed by engineers, the Herald reported": the writer's aside reports no words
		}
		var at *attribution
		joiner := -1 // where a clause with its own subject begins before a participle
		if n := len(out); n > 0 && cu.kind == cueGerund {
			joiner = a.ownClause(cu, out[n-1], s)
		}
		// (Not a verb that reports only with its word after the object
		// without it: "“…,” Hale said, referring to the woman who ran
		// the club" tells whom he meant, no words of its own.)
		if n := len(out); n > 0 && joiner < 0 && !cu.doc && out[n-1].kind != cueAccording && t.continues(cu, s) && !t.subjectBetween(out[n-1].cue, cu.lo, s) &&
			!(objectThenVerb(cu.verb) && !t.objectThenTakes(cu, s)) && !t.beforeSecondComplement(cu, s) {
			// ", adding that …", "… and insisted that …": the same
			// speaker goes on. (Not after "according to": "According to
			// two people in the office, the senator was “furious” and
			// asked for …" is what they report the senator did.)
			prev := out[n-1]
			at = &attribution{speaker: prev.speaker, surface: prev.surface, via: prev.via, viaName: prev.viaName,
				verb: cu.verb, kind: cu.kind, cue: cu.c, sent: i, last: i, how: "continues"}
			if prev.sent == i {
				at.evStart = prev.evStart // the same clause of the sentence
			}
			at.content = t.contentAfter(cu.hi, s, at)
			if relEnd > cu.hi {
				t.cutContent(at, t.toks[relEnd].start) // "Reed, who backed Lamb and said he would win, did not …"
			}
			if len(at.content) == 0 {
				continue
			}
			t.cutContent(prev, t.toks[cu.lo].start)
			out = append(out, at)
			continue
		}
		if pair := a.apposPairSpeaks(i, cu); pair != nil {
			// "Los ministros de Hacienda y Economía, María Jesús Montero
			// y Carlos Cuerpo, aseguraron que …": both.
			out = append(out, pair...)
			continue
		}
		if pair := a.pairSpeaks(i, cu); pair != nil {
			// "X y Y comparecieron … Ambos aseguraron que …": both.
			out = append(out, pair...)
			continue
		}
		at = a.fromCue(i, cu)
		if relEnd = cu.relEnd; at != nil && relEnd > 0 {
			t.cutContent(at, t.toks[relEnd].start) // "Reed, who said he would go, did not …": the clause
		}
		if at != nil && at.speaker != nil && a.replyToOwnQuestion(i, cu, at.speaker) {
			at = nil // (the one asked: see resolveSentence; no one known)
		}
		if at != nil && t.quarrel(cu, at) {
			continue // "Tran and Reyes had argued inside the bar": a quarrel, no words
		}
		if at != nil && at.speaker != nil && at.via == nil && cu.relay != nil && !cu.dropped {
			// "Er ließ über seinen Anwalt erklären, …": the lawyer passed
			// the words on.
			if r, name := a.speakerOf(cu.relay, nil); r != nil && r != at.speaker {
				at.via, at.viaName = r, name
			}
		}
		if at == nil || at.speaker == nil {
			t.endBeforeUnknown(out, i, cu, s)
			a.pronounTail(out, i, cu)
			t.unknownInvertedTail(out, i, cu, s)
			if cu.kind == cueVerb && cu.left != nil && cu.left.kind == kPron && cu.leftAtBoundary && (at != nil || a.entityOf(cu.left) == nil) {
				// (A pronoun that stands for someone, whose verb of going
				// on takes no words but after a colon, leaves the verbs
				// after it theirs: "Il a poursuivi en affirmant que …".)
				// "They claimed that Ramdehol had told them …" with no
				// one "they" stands for: the words after it are
				// someone's report, not Ramdehol's own claim.
				unresolved = cu.c
			}
			continue
		}
		if unresolved >= 0 && cu.lo > unresolved && t.clauseBreak(unresolved, cu.lo, s) < 0 && at.how != "after" && at.how != "left-tail" &&
			!(cu.left != nil && cu.left.kind != kPron && cu.left.kind != kDesc && cu.left.t0-1 > unresolved && t.toks[cu.left.t0-1].s == ",") &&
			!(cu.left != nil && cu.kind == cueVerb && cu.left.t1 <= unresolved) {
			// (A report after the words takes them all, the silent verb
			// included: "Even as the race moves on, a state that she
			// hoped to carry, the race will be tight, said X".)
			// (A name after a comma opens a clause of its own: "Asked if
			// she believed …, Clinton said …". And a subject before the
			// pronoun's verb holds it in a clause of its own: "A
			// witness, who asked not to be named because she feared
			// retaliation, told the Chronicle that …".)
			continue
		}
		if n := len(out); n > 0 && at.how == "what" && out[n-1].sent == i && covers(out[n-1], t.toks[cu.lo].start) {
			continue // "X said … amounting to what the senators said was …": inside X's words
		}
		// "Saudi Arabia and the United States said …": both did.
		out = append(out, a.coordinated(i, cu, at)...)
		if cu.also != nil && (cu.kind == cueAccording || cu.alsoDash) {
			// "según el sindicato y la empresa, …": both say it.
			if e, surface := a.speakerOf(cu.also, nil); e != nil && e != at.speaker {
				out = append(out, alsoSaid(at, e, surface, "+coord"))
			}
		}
		// "“…,” Sanders said, according to CNN": Sanders's words, as
		// CNN reported them.
		if n := len(out); n > 0 && cu.kind == cueAccording && cu.lo > out[n-1].cue && out[n-1].kind == cueVerb &&
			out[n-1].via == nil && out[n-1].speaker != at.speaker && t.tailAfter(cu, s) {
			out[n-1].via, out[n-1].viaName = at.speaker, at.surface
			if len(out[n-1].content) > 0 && out[n-1].content[0][0] < t.toks[cu.lo].start {
				t.cutContent(out[n-1], t.toks[cu.lo].start) // (the words end before "according to CNN")
			}
			viaBack(out, i, at)
			continue
		}
		// A later attribution in the same sentence: only after a clause
		// break, and it cuts the earlier one's words there.
		if n := len(out); n > 0 && out[n-1].cue != at.cue && t.weakSpeaker(out[n-1]) && covers(at, t.toks[out[n-1].cue].start) {
			// "The rejection of the treaty signals …, said Geert
			// Wilders": a verb inside someone's reported words is theirs.
			out = out[:n-1]
		}
		if n := len(out); n > 0 && out[n-1].cue != at.cue && out[n-1].via == nil && out[n-1].speaker != at.speaker &&
			t.reportsBefore(at) && (t.tailOnly(cu.hi, s) || at.how == "after" && cu.verb.Voice == "say" && t.lx.Trait("svo")) && covers(at, t.toks[out[n-1].cue].start) &&
			// (Not a claim the sentence names as its owner's: "Despite
			// Reed's claims that …, the photos tell another story".)
			!(out[n-1].kind == cueAccording && t.lx.Set("claimnouns", t.toks[out[n-1].cue].l)) {
			// (A plain verb of saying whose subject after it ends the
			// sentence with its relative clause or adjective's phrase
			// reports too: "…, said an official who was briefed on the
			// talks"; not "…, mocked the Republican Party and its
			// leading contenders", its object. In English only: "„Mein
			// Mann hat mir gesagt, dass …“, sagt Aysha und kann kaum die
			// Tränen zurückhalten" is hers, and the indirect speech after
			// it goes on with her, not her husband.)
			// "Earlier, Clinton pledged to “…,” the Sentinel reported.":
			// Clinton's words as the Sentinel reported them. Without a
			// quotation or a complement ("Cruz electrified crowds with
			// promises to …, Stovall said.") they are the reporter's.
			// (A verb of denial relays nothing: "Reed's claim that the
			// dam was sound was disputed by engineers" is the
			// engineers' dispute of the claim, whose words, told only
			// inside the sentence that disputes them, are dropped.)
			// (Nor a report of what is said of a claim: "Reed's claim
			// that the bridge was safe was false, critics said" is the
			// critics' words, the claim and its verdict.)
			if prev := out[n-1]; (prev.marked || t.quotesIn(prev)) && at.verb.Stance != "deny" && !t.ownedClaimRunsOn(prev) {
				prev.via, prev.viaName = at.speaker, at.surface
				// (The words end before the report: "Er sei überzeugt,
				// dass man sich einigen werde, erklärte X" is no "…
				// einigen werde, erklärte X".)
				k := cu.lo
				if cu.left != nil && cu.left.t0 < k {
					k = cu.left.t0
				}
				if len(prev.content) > 0 && prev.content[0][0] < t.toks[k].start {
					t.cutContent(prev, t.toks[k].start)
				}
				viaBack(out, i, at)
				continue
			}
			dropped := out[n-1]
			out = out[:n-1]
			// (All the subjects of a list before the report: "Los
			// camaristas Arias, Rolón y Fleitas confirmaron el fallo,
			// informó Raúl Ramírez.")
			for len(out) > 0 && out[len(out)-1].sent == i && out[len(out)-1].cue == dropped.cue && out[len(out)-1].via == nil {
				out = out[:len(out)-1]
			}
			n = len(out) + 1
			// "Trump welcomed the news, saying it was “right,”
			// suggesting …, CNN reported.": a participle going on
			// without a quotation is the reporter's; the words it
			// continues, quoted, came through the reporter too.
			if n--; n > 0 && out[n-1].sent == i && out[n-1].via == nil && (out[n-1].marked || t.quotesIn(out[n-1])) &&
				covers(at, t.toks[out[n-1].cue].start) {
				out[n-1].via, out[n-1].viaName = at.speaker, at.surface
				viaBack(out, i, at)
				continue
			}
		}
		if n := len(out); n > 0 && out[n-1].cue != at.cue && out[n-1].how == "gerund" && len(out[n-1].content) == 0 &&
			out[n-1].sent == i && out[n-1].speaker == at.speaker && len(at.content) > 0 && at.content[0][0] >= t.toks[out[n-1].cue].end {
			// "Marsh, speaking to reporters outside the Capitol, said
			// the cut would …": the gerund had no words of its own; the
			// verb after it reports the words after it.
			out[n-1] = at
			continue
		}
		if n := len(out); n > 0 && cu.claimNoun && out[n-1].cue != at.cue && out[n-1].sent == i && out[n-1].cue < cu.lo && covers(out[n-1], t.toks[cu.c].start) {
			// "Critics rejected Reed's claim that the bridge was safe":
			// the critics reject the claim, words and all; the clause
			// of "that" is Reed's too. (Added after the others: what
			// follows goes on with the critics, "…, calling it absurd".)
			owned = append(owned, at)
			continue
		}
		if n := len(out); n > 0 && out[n-1].cue != at.cue {
			prev := out[n-1]
			to := cu.lo
			if cu.kind == cueVerb && cu.left != nil && cu.left.t0 > prev.cue && cu.left.t1 < cu.lo && t.toks[cu.left.t1].s == "," && cu.relEnd == 0 {
				// "People say that Mayor Ana Ruiz, who must decide, has
				// revealed nothing": the relative clause or the
				// apposition between a subject and its verb breaks no
				// clause of the words before; a break comes before the
				// subject.
				to = cu.left.t0
			}
			brk := t.clauseBreak(prev.cue, to, s)
			if prev.clauseEnd > 0 && prev.clauseEnd < cu.lo {
				brk = prev.clauseEnd // the main clause after "While X said …,"
			}
			if brk < 0 {
				brk = joiner // "… and Emanuel fired his chief, acknowledging …"
			}
			if brk < 0 {
				brk = t.resumptive(cu, prev, s) // "…, a charge that Colorado leaders denied"
			}
			if brk < 0 && !prev.marked && prev.verb.Voice != "say" && prev.sent == i && cu.kind == cueVerb && cu.left != nil && cu.left.kind != kPron && cu.leftAtBoundary {
				// "El portavoz denunció la ocupación de la sede y el
				// diputado sostuvo que …": after words that are only an
				// object, "and" and a subject of its own open another
				// clause, not the first speaker's words.
				// (Not after a verb of saying, whose words may be a bare
				// clause: "said both he and Rubio promised …".)
				if j := cu.left.t0 - 1; j > prev.cue+1 && t.toks[j].q < 0 && t.lx.Set("coord", t.toks[j].l) && !t.isPronounTok(j-1) {
					brk = j
				}
			}
			if k := t.tokAt(at.evStart) - 1; brk < 0 && cu.doc && at.evStart > 0 && k > prev.cue && t.toks[k].s == "," {
				brk = k // "After the board released a report faulting …, Reyes released a statement saying …"
			}
			if prev.evEnd > 0 && prev.evEnd <= t.toks[cu.lo].start {
				brk = t.tokAt(prev.evEnd) // where prev's words were cut: "…, and he accused …"
			}
			if brk < 0 && t.accordingInAside(prev, cu, s) {
				brk = cu.lo - 1 // "X, a farmer whose land is worth millions according to Forbes, told …"
			}
			if brk < 0 || prev.speaker == at.speaker && (prev.evEnd == 0 || prev.evEnd > t.toks[cu.lo].start) {
				continue // (the same speaker's words after a clause of theirs that ended: "Though he said …, John said …")
			}
			t.cutContent(prev, t.toks[brk].start)
			// Each shows its own clause as evidence: the sentence holds
			// two parties' words.
			if prev.sent == i && prev.last == i && prev.lead == 0 {
				prev.evEnd = t.toks[brk].start
			}
			at.evStart = t.toks[brk].end
			if b := &t.toks[brk]; b.kind == tWord && !t.lx.Set("clause", b.l) && !t.lx.Set("coord", b.l) {
				at.evStart = b.start // where prev's words ended: "what Reyes called “…,” the club …"
			}
			if prev.tail > 0 && prev.tail < cu.lo {
				at.inTail = true
				at.evStart = t.toks[prev.tail].end // the clause after "after"
			}
		}
		if e := t.relativeCueEnd(cu, s); e >= 0 {
			// "The plan, which the mayor said would save money, will
			// fail": the words end with the relative clause.
			t.cutContent(at, t.toks[e].start)
		}
		t.endAtJoinedAccording(at, s)
		out = append(out, at)
	}
	out = append(out, owned...)
	for k := 0; k < len(out); k++ {
		at := out[k]
		if inner := a.nested(i, at); inner != nil {
			out[k] = inner
			if rest := t.secondComplement(at, inner, s); rest != nil {
				out = slices.Insert(out, k+1, rest)
				k++
			}
		} else if inner := a.nestedQuote(i, at); inner != nil {
			out[k] = inner
		}
	}
	return out
}

// passiveAtEnd reports whether verb cue cu, in a verb-second language,
// is a participle that only auxiliaries of the passive (and modals)
// follow up to the end of its clause: "…, der vom Parlament bestätigt
// werden muss" tells what is to be done, and by whom, no words.
func (t *text) passiveAtEnd(cu *cue, s *sentence) bool {
	lx := t.lx
	if !lx.VerbSecond || cu.kind != cueVerb || cu.verb.Tags&lang.TagParticiple == 0 || cu.hi >= s.t1 || !t.out(cu.hi) || !lx.Set("passive", t.toks[cu.hi].l) || lx.Set("aux", t.toks[cu.hi].l) {
		return false
	}
	k := cu.hi
	for k < s.t1 && t.out(k) && (lx.Set("passive", t.toks[k].l) || lx.Set("aux", t.toks[k].l) || lx.Set("modal", t.toks[k].l)) {
		k++
	}
	return k >= s.t1 || t.toks[k].kind != tWord
}

// beforeSecondComplement reports whether the clause of cue cu ends with
// a comma, a coordinator and a complementiser ("Meghan said Kate gave her
// flowers and apologized, and that she forgave her"): the second
// complement of the verb before, so cu's verb is inside the first one,
// with its subject, no speaker going on.
func (t *text) beforeSecondComplement(cu *cue, s *sentence) bool {
	for k := cu.hi; k+2 < s.t1 && t.toks[k].q < 0; k++ {
		if t.toks[k].kind != tWord {
			return t.toks[k].s == "," && t.out(k+1) && t.lx.Set("coord", t.toks[k+1].l) && t.out(k+2) &&
				t.lx.Set("comp", t.toks[k+2].l) && !t.determinerThat(k+2, s)
		}
	}
	return false
}

// secondComplement looks in the words of inner, relayed by at, for a
// second complement of at's own verb joined by a coordinator and a
// complementiser ("Meghan said Kate had apologized to her, and that she
// forgave her"): the inner words end before it, and it returns at's
// speaker's attribution of the words after the complementiser, or nil.
func (t *text) secondComplement(at, inner *attribution, s *sentence) *attribution {
	if len(inner.content) == 0 || len(at.content) != 1 {
		return nil
	}
	lo, hi := t.tokAt(inner.content[0][0]), t.tokAt(inner.content[len(inner.content)-1][1])
	for k := lo + 1; k+2 < hi; k++ {
		if tk := &t.toks[k]; tk.kind != tWord || !t.out(k) || !t.lx.Set("coord", tk.l) || !t.out(k+1) ||
			!t.lx.Set("comp", t.toks[k+1].l) || t.determinerThat(k+1, s) {
			continue
		}
		rest := *at
		rest.content = [][2]int{{t.toks[k+2].start, at.content[0][1]}}
		t.cutContent(inner, t.toks[k].start)
		if len(inner.content) == 0 {
			return nil
		}
		if inner.sent == inner.last && inner.lead == 0 {
			inner.evEnd = inner.content[len(inner.content)-1][1]
		}
		return &rest
	}
	return nil
}

// accordingInAside reports whether the according-to attribution prev
// lies inside an aside set off by commas or dashes between the subject of
// verb cue cu and the verb: "Tom Reed, a farmer whose land is worth
// millions according to Forbes, told the Herald that …" is Reed's words;
// the source tells only the aside. (Not before a view: "most Americans
// – 63 percent, according to a report – believe …" is the report's.)
func (t *text) accordingInAside(prev *attribution, cu *cue, s *sentence) bool {
	l := cu.left
	if prev.kind != cueAccording || cu.kind != cueVerb || cu.verb.Opinion || l == nil || l.kind == kPron || !cu.leftAtBoundary {
		return false
	}
	if l.t1 >= cu.lo-1 || prev.cue <= l.t1 || prev.cue >= cu.lo {
		return false
	}
	open, end := t.toks[l.t1].s, t.toks[cu.lo-1].s
	return open == "," && end == "," || isDash(open) && isDash(end)
}

// replyToOwnQuestion reports whether cue cu, a verb of reply whose
// subject is a pronoun, would give the reply to the one who asked the
// question a sentence or two before ("— … ? a demandé un journaliste à
// Philippe Gomès. ¶ — … , a-t-il répondu.": the one asked answers, not
// the journalist).
func (a *analysis) replyToOwnQuestion(i int, cu *cue, e *entity) bool {
	_, ok := a.questionOf(i, cu, e)
	return ok
}

// questionOf returns the cue of the question, a sentence or two before
// sentence i, that the one its pronoun subject stands for, e, asked, when
// cue cu is a verb of reply whose subject is a pronoun (inverted or not:
// "… ?” ¶ She answered, “…”").
func (a *analysis) questionOf(i int, cu *cue, e *entity) (*cue, bool) {
	pron := func(m *mention) bool { return m != nil && m.kind == kPron }
	if cu.verb.Voice != "reply" || !pron(cu.right) && !pron(cu.left) {
		return nil, false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		for _, q := range a.sentCues[j] {
			if !asks(q.verb) {
				continue
			}
			// (The question's speaker; with none, its subject, inverted
			// or not: not the one asked, "Wootton asked Alley, …".)
			said := false
			for _, at := range a.bySent[j] {
				if at.cue == q.c {
					if at.speaker == e {
						return q, true
					}
					said = true
				}
			}
			subj := q.left
			if subj == nil {
				subj = q.right
			}
			if !said && subj != nil && a.ents[subj] == e {
				return q, true
			}
		}
	}
	return nil, false
}

// askedReplies returns, for pronoun m of sentence i resolved to e, the
// subject of one of the sentence's cues, a verb of reply, when e asked
// the question a sentence or two before: the one asked (askedOne), or nil.
func (a *analysis) askedReplies(i int, cues []*cue, m *mention, e *entity) *entity {
	if m.kind != kPron {
		return nil
	}
	for _, cu := range cues {
		if cu.left != m && cu.right != m {
			continue
		}
		if q, ok := a.questionOf(i, cu, e); ok {
			return a.askedOne(q, m.gender, e)
		}
	}
	return nil
}

// askedOne returns the one asked question q by asker, whom a pronoun of
// gender g in the reply after stands for: the object right after the
// verb of asking, a name, or a pronoun of that gender ("Wootton asked
// her, “…?” ¶ She answered, “…”": the person of that gender named last
// before the question, in its paragraph or the one before, other than
// the asker); nil when there is none.
func (a *analysis) askedOne(q *cue, g byte, asker *entity) *entity {
	t := a.t
	s := &t.sents[q.sent]
	k := q.c + 1
	if g == 0 || k >= s.t1 || t.toks[k].kind != tWord || !t.out(k) {
		return nil
	}
	if pr, ok := t.lx.Pronouns[t.toks[k].l]; ok {
		if pr.Gender != g {
			return nil
		}
		for sn := range a.reg.before(q.sent, k, q.sent) {
			if sn.sent > q.sent {
				continue // (the reply's own sentence, read already)
			}
			if sn.para < s.para-1 {
				break // (in its paragraph or the one before)
			}
			if sn.e != asker && sn.e.kind == kPerson && sn.e.gender == g {
				return sn.e
			}
		}
		return nil
	}
	if m := a.parseNP(k, t.npRight(k, s), 0); m != nil && (m.kind == kPerson || m.kind == kName) {
		if e := a.resolve(m, q.sent, k); e != nil && e != asker && (e.gender == 0 || e.gender == g) {
			return e
		}
	}
	return nil
}

// endBeforeUnknown ends the words of the sentence's last attribution at
// a clause break of contrast (", while", ", but") before a reporting verb
// whose speaker is no one known:
// "Acme said costs rose, while a group founded by a former aide said they
// fell" does not put the group's words in Acme's mouth.
func (t *text) endBeforeUnknown(out []*attribution, i int, cu *cue, s *sentence) {
	n := len(out)
	if n == 0 || cu.kind != cueVerb || out[n-1].sent != i || out[n-1].cue >= cu.lo {
		return
	}
	prev := out[n-1]
	brk := t.clauseBreak(prev.cue, cu.lo, s)
	// (", and hundreds like it show …" may be the speaker's own words;
	// "…, but did not recommend …" has the speaker's own subject; "finds
	// that, while …" opens the words.)
	if brk < 0 || cu.left == nil && !t.quantityAfterContrast(brk, cu) || !t.lx.Set("contrast", t.toks[brk+1].l) || t.lx.Set("comp", t.toks[brk-1].l) ||
		!covers(prev, t.toks[cu.lo].start) {
		return
	}
	cut := t.toks[brk].start
	if t.toks[brk].kind == tQClose {
		cut = t.toks[brk].end // (the quotation closes before the break)
	}
	t.cutContent(prev, cut)
	if prev.last == i && prev.lead == 0 {
		prev.evEnd = cut
	}
}

// quantityAfterContrast reports whether the only subject of cue cu's
// verb is a word of quantity standing alone ([set barequantities]) right
// after the contrasting word that follows the clause break at brk, an
// adverb perhaps before it: "…, while others said …", "…, but still
// others argued …". Those are other people than the speaker before the
// break: the speaker's words end there.
func (t *text) quantityAfterContrast(brk int, cu *cue) bool {
	k := brk + 2
	if k < cu.lo && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("adverbs", t.toks[k].l) {
		k++
	}
	return k == cu.lo-1 && t.out(k) && t.toks[k].kind == tWord && t.lx.Set("barequantities", t.toks[k].l)
}

// pronounTail ends the words of the last attribution of sentence i
// before a pronoun that reports them at the sentence's end and stands
// for no one known ("Tom Reed told Ana Ruiz the deal was fair, she
// said"): the tail is no part of the words. When the pronoun's gender is
// not the speaker's and one person of its gender is named before it in
// the sentence, that person relays the words.
func (a *analysis) pronounTail(out []*attribution, i int, cu *cue) {
	t := a.t
	s := &t.sents[i]
	n := len(out)
	if n == 0 || cu.kind != cueVerb || cu.left == nil || cu.left.kind != kPron || cu.left.plural || out[n-1].sent != i ||
		out[n-1].cue >= cu.lo || cu.left.t0 <= s.body || t.toks[cu.left.t0-1].s != "," || !t.tail(cu.hi, s, false) {
		return
	}
	prev := out[n-1]
	comma := t.toks[cu.left.t0-1].start
	if !covers(prev, comma) {
		return
	}
	t.cutContent(prev, comma)
	g := cu.left.gender
	if g == 0 || prev.via != nil || prev.speaker == nil || prev.speaker.kind != kPerson || prev.speaker.gender == g {
		return
	}
	var relay *entity
	for _, m := range a.mentionsIn(i, s.body, cu.left.t0) {
		if e := a.entityOf(m); e != nil && e.kind == kPerson && e.gender == g && e != relay {
			if relay != nil {
				return // two of that gender: no telling which
			}
			relay = e
		}
	}
	if relay != nil {
		prev.via, prev.viaName = relay, relay.name
	}
}

// unknownInvertedTail ends the words of the last attribution of sentence
// i before a plain verb of saying (voice "say") right after a comma, with
// its subject after it and nothing before it, that ends the sentence and
// stands for no one known ("Tom Reed warned the mayor not to sign the
// bill, said a spokesman."): the report is no part of the words.
func (t *text) unknownInvertedTail(out []*attribution, i int, cu *cue, s *sentence) {
	n := len(out)
	if n == 0 || cu.kind != cueVerb || cu.verb.Voice != "say" || cu.left != nil || cu.right == nil || cu.right.kind == kPron || out[n-1].sent != i ||
		out[n-1].cue >= cu.lo || cu.lo <= s.body || t.toks[cu.lo-1].s != "," || t.toks[cu.lo-1].q >= 0 || cu.right.t0 != cu.hi || !t.speakerEnds(cu.right.t1, s) {
		return
	}
	prev := out[n-1]
	comma := t.toks[cu.lo-1].start
	if !covers(prev, comma) {
		return
	}
	t.cutContent(prev, comma)
}

// nestedQuote returns, for an attribution whose words hold a subject
// and a quotation that opens with its reporting verb ("señaló que, tras
// esta misión, el Gobierno venezolano «ha contestado de manera clara …»"),
// the quoted body's attribution through the outer speaker, or nil.
func (a *analysis) nestedQuote(i int, at *attribution) *attribution {
	t := a.t
	lx := t.lx
	if !lx.ProDrop || len(at.content) != 1 || at.kind != cueVerb || at.speaker == nil {
		return nil
	}
	s := &t.sents[i]
	lo, hi := t.tokAt(at.content[0][0]), t.tokAt(at.content[0][1])
	for q := lo + 1; q+2 < hi && q < s.t1; q++ {
		if t.toks[q].kind != tQOpen || t.toks[q-1].kind != tWord || t.toks[q-1].q >= 0 {
			continue
		}
		v := q + 1
		if lx.Set("aux", t.toks[v].l) {
			v++
		}
		vb, ok := lx.Verbs[t.toks[v].l]
		if !ok || vb.Opinion || vb.Tags&(lang.TagFinite|lang.TagParticiple) == 0 || vb.Tags&lang.TagFinite == 0 && v == q+1 {
			continue
		}
		st := t.npLeft(q-1, s)
		if st < lo || !t.boundary(st-1, s) {
			return nil
		}
		m := a.parseNP(st, q, 0)
		if m == nil || m.kind != kOrg && m.kind != kPerson && m.kind != kCountry && !(m.kind == kDesc && m.gov) {
			return nil
		}
		e, surface := a.speakerOf(m, nil)
		if e == nil || e == at.speaker {
			return nil
		}
		qt := t.qs[t.toks[q].q]
		inner := &attribution{speaker: e, surface: surface, via: at.speaker, viaName: at.surface, verb: vb,
			kind: cueVerb, cue: v, sent: i, last: i, how: "nested-quote", marked: true, direct: true}
		inner.content = [][2]int{{qt.start, min(qt.end, quoteEnd(t.src, qt))}}
		return inner
	}
	return nil
}

// continues reports whether a cue goes on with the previous speaker of its
// sentence: a participle after a comma, or a verb after "and".
func (t *text) continues(cu *cue, s *sentence) bool {
	if cu.kind == cueGerund {
		return true
	}
	if cu.kind != cueVerb || cu.left != nil && cu.leftAtBoundary || cu.lo-1 < s.body {
		return false
	}
	return t.lx.Set("coord", t.toks[cu.lo-1].l) || t.toks[cu.lo-1].s == "," && cu.right == nil
}

// joinedVerb reports whether the verb of cue cu is joined by a
// conjunction ([set coord]) right before it to a clause before, its
// phrase after it an object ("… a reconnu les faits mais nie toute
// intention de nuire").
func (t *text) joinedVerb(cu *cue) bool {
	s := &t.sents[cu.sent]
	return cu.lo-1 > s.body && t.out(cu.lo-1) && t.lx.Set("coord", t.toks[cu.lo-1].l)
}

// subjectBetween reports whether, in English, a clause with a subject of
// its own opens after a comma and a conjunction between tokens from and to
// of sentence s: "The mayor criticized the plan, but council members are studying it
// and said …" (the verb after "and" is theirs, not the mayor's).
func (t *text) subjectBetween(from, to int, s *sentence) bool {
	if !t.lx.Trait("svo") {
		return false // (where a verb the lexicon does not know may run into the phrase: "pero el gobernador lo enfrenta y le dice")
	}
	for k := max(from, s.body) + 1; k+2 < to; k++ {
		if t.toks[k].s != "," || t.toks[k].q >= 0 || !t.out(k+1) || !(t.lx.Set("coord", t.toks[k+1].l) || t.lx.Set("contrast", t.toks[k+1].l)) {
			continue
		}
		if e := t.npRight(k+2, s); e > k+2 && e < to && !t.isVerb(k+2) && t.startsVerb(e, int(t.toks[k].sent)) {
			return true
		}
	}
	return false
}

// ownClause returns, for a participle after an earlier attribution prev
// of its sentence, the token that joins a later clause with a subject of
// its own, the participle's ("Prosecutors charged the officer and Emanuel
// fired his chief, acknowledging …"; "When Maddow pointed out …, Clinton
// seized on it, repeating …"), or -1 when the participle goes on with
// prev's speaker ("said that the plan failed, adding …": a clause
// introduced by "that" is prev's words).
func (rs *resolver) ownClause(cu *cue, prev *attribution, s *sentence) int {
	t := rs.t
	st, _ := rs.mainSubject(cu.lo, s)
	if st <= prev.cue || st-1 < s.body {
		return -1
	}
	if prev.clauseEnd > 0 && prev.clauseEnd < st {
		return prev.clauseEnd // the main clause after "When X said …,"
	}
	j := st - 1
	if prev.marked || t.toks[j].q >= 0 || !t.lx.Set("coord", t.toks[j].l) {
		return -1
	}
	if prev.verb.Voice == "say" && (j-1 < s.body || t.toks[j-1].s != ",") {
		return -1 // "said the plan failed and the council was to blame, adding …": one clause said
	}
	return j
}

// quotedName reports whether the quotation that closes at token k of
// sentence s follows a word with no punctuation between: a name or title
// in quotation marks ("Die Bürgerinitiative „Rettet den Mühlbach“
// kündigte Widerstand an"), no one's words before an inverted verb.
func (rs *resolver) quotedName(k int, s *sentence) bool {
	t := rs.t
	closing := k
	q := t.toks[k].q
	for q >= 0 && k > s.body && t.toks[k-1].q == q {
		k-- // (to the outermost quotation's opening mark)
	}
	if q >= 0 && t.toks[k].kind == tQOpen && k-1 > s.body && t.toks[k-1].kind == tWord && t.toks[k-1].cap {
		return true
	}
	if q >= 0 && t.toks[k].kind == tQOpen && k-2 >= s.body && t.toks[k-1].kind == tWord && t.out(k-1) && t.lx.Set("orgwords", t.toks[k-1].b) &&
		t.out(k-2) && t.lx.Set("determiners", t.toks[k-2].l) && t.quoteWords(closing) <= 5 {
		return true // "Le collectif « Sauvons l'hôpital » a lancé …": a body's name in quotation marks after its noun
	}
	if q >= 0 && t.toks[k].kind == tQOpen && k == s.body && closing+1 < s.t1 && t.toks[closing+1].kind == tWord && t.toks[closing-1].kind == tWord && t.quoteWords(closing) <= 3 {
		return true // "« Libération » critique le gouvernement": a title opening the sentence, its subject
	}
	if q >= 0 && t.toks[k].kind == tQOpen && t.lx.Trait("svo") && rs.apposTitle(k, closing, s) {
		return true // "Kerry Dale, star of the show “Harbor,” thanked Tom Reed for …"
	}
	// (Or after its article: "Gegenüber dem „Spiegel“ erklärte X, …".)
	return q >= 0 && rs.quotedNameSubject(closing, s) != nil
}

// apposTitle reports whether the quotation from token o to its closing
// mark c, of at most four words, ends a phrase set off by a comma after
// the name that opens sentence s, with no verb before it
// ("Kerry Dale, star of the show “Harbor,” thanked …"): the title of a
// work in an apposition, no one's words before the verb after it.
func (rs *resolver) apposTitle(o, c int, s *sentence) bool {
	t := rs.t
	if o-1 <= s.body || t.toks[o-1].kind != tWord || t.toks[o-1].q >= 0 || t.quoteWords(c) > 4 || !t.toks[s.body].cap {
		return false
	}
	comma := -1
	for j := s.body; j < o; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind != tWord && tk.s != "," {
			return false
		}
		if tk.kind == tWord && t.isVerb(j) && (j == s.body || !t.lx.Set("determiners", t.toks[j-1].l)) {
			return false // (a noun after its article may share a verb's form: "the show")
		}
		if tk.s == "," && comma < 0 {
			comma = j
		}
	}
	if comma <= s.body || comma >= o-1 {
		return false
	}
	m := rs.parseNP(s.body, comma, 0)
	return m != nil && m.t1 == comma && m.name != "" && (m.kind == kPerson || m.kind == kOrg || m.kind == kName || m.kind == kCountry)
}

// relClauseOpens reports whether the phrase at k opens inside a relative
// clause set off by a comma after the sentence's own clause: ", que según
// X", ", que, según X", ", delito que según X", in a language that leaves
// subjects out.
func (t *text) relClauseOpens(k int, s *sentence) bool {
	if !t.lx.ProDrop {
		// (Only where a clause may leave its subject out: "Dice que
		// aumentó un 15 %"; "Says helps the soil hold water" is no
		// English, nor "Dit que a augmenté" French.)
		return false
	}
	if k-1 > s.body && t.toks[k-1].s == "," {
		k--
	}
	if k-2 < s.body || t.toks[k-1].kind != tWord || !t.lx.Set("relpron", t.toks[k-1].l) {
		return false
	}
	comma := k - 2
	if t.toks[comma].s != "," {
		comma = k - 3
		if comma < s.body || t.toks[k-2].kind != tWord || t.toks[k-2].cap || t.toks[comma].s != "," {
			return false
		}
	}
	// (After the clause that has the sentence's verb: not "The bill,
	// which according to analysts would cost $5 billion, passed …",
	// whose clause is the sentence's subject.)
	return t.clauseVerbIn(s.body, comma)
}

// figureMarks are the separators inside a figure ("1,000", "1.000", "800 000").
var figureMarks = strings.NewReplacer(",", "", ".", "", "\u00a0", "", " ", "")

// fromColon builds the attribution of a name and a colon before the
// words ("X: « … »"), or nil.
func (a *analysis) fromColon(i int, cu *cue, at *attribution) *attribution {
	t := a.t
	s := &t.sents[i]
	at.how = "colon"
	label := cu.left
	if m := cu.left; m != nil && m.kind == kDesc && m.class == "unknown" && !m.plural {
		// "La situación de Ramiro Rocca: «…»", "Das Problem: „…“": a
		// label of a thing the lexicon knows as no one who speaks is
		// a heading, not a speaker (nor is the one its "of"-phrase
		// names); but "A lesson from Loretta Lynch: '…'" is hers.
		label = a.originNamed(m)
		if label == nil {
			return nil
		}
	}
	at.speaker, at.surface = a.speakerOf(label, nil)
	if cu.sign && t.toks[cu.c-1].kind != tQClose {
		// "… the law. pic.twitter.com/… — Paul Ryan (@SpeakerRyan)
		// July 5, 2016": a tweet, from its paragraph's start.
		first := i
		for first > 0 && t.sents[first-1].para == s.para && i-first < 3 {
			first--
		}
		if first > 0 && t.sents[first-1].para == s.para {
			return nil
		}
		at.how = "sign"
		at.content = [][2]int{{t.toks[t.sents[first].t0].start, t.toks[cu.c-1].end}}
		at.marked, at.direct, at.lead = true, true, i-first
		at.evEnd = t.toks[cu.hi-1].end
		return at
	}
	if cu.sign {
		// "“…” ― Sonya Herridge": the quotation before the dash,
		// from the sentence where it opened.
		q := t.qs[t.toks[cu.c-1].q]
		if b := strings.TrimRight(t.src[:q.open], " \t"); b != "" && !strings.HasSuffix(b, "\n") {
			return nil // a quotation signed so opens its line (or its marks went astray)
		}
		at.how = "sign"
		at.content = [][2]int{{q.start, q.end}}
		at.marked, at.direct = true, true
		k := t.tokAt(q.open)
		if k < 0 || int(t.toks[k].sent) < i-6 {
			return nil
		}
		for j := k + 1; j < cu.c-1; j++ {
			if t.toks[j].kind == tQClose && t.toks[j].q == t.toks[cu.c-1].q {
				return nil // two quotations taken for one ("“…” ― A “…” ― B")
			}
		}
		if int(t.toks[k].sent) < i {
			at.lead = i - int(t.toks[k].sent)
		}
		// The evidence is the quotation and its signature only: a
		// line may have run into the next one's words.
		at.evStart, at.evEnd = q.open, t.toks[cu.hi-1].end
		return at
	}
	if cu.hi == s.t1 {
		// "Cruz continued:" ending its paragraph: the quotation
		// that makes up the next one.
		q, last := t.colonQuoteNext(cu.c, i)
		if len(q) == 0 {
			return nil
		}
		at.content = q
		at.marked, at.direct, at.last = true, true, last
		return at
	}
	at.content = t.spanTo(cu.hi, s.t1)
	at.marked = true
	// (Words after the colon without quotation marks, "John Hale:
	// Voters Want Change.", are no quotation that later ones go on
	// with.)
	at.direct = t.toks[cu.hi].kind == tQOpen
	return at
}

// originNamed returns the person or body a description names after a
// preposition of origin that is no "of" ([set originpreps]: "a lesson
// from Loretta Lynch"), up to its end; or nil.
func (a *analysis) originNamed(m *mention) *mention {
	t := a.t
	for k := m.t0; k+1 < m.t1; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && t.lx.Set("originpreps", tk.l) && !t.lx.Set("of", tk.l) {
			if n := a.parseNP(k+1, m.t1, 0); n != nil && n.t1 == m.t1 && (n.kind == kPerson || n.kind == kOrg) {
				return n
			}
			return nil
		}
	}
	return nil
}

// fromPassive builds the attribution of a passive reporting verb with
// its agent ("was condemned by X"), or nil.
func (a *analysis) fromPassive(i int, cu *cue, at *attribution) *attribution {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	if cu.verb.Colon {
		// A verb that reports only words after a colon or a quotation
		// says nothing in the passive: "Wissa est repris par trois
		// défenseurs", "une idée reprise par le ministre".
		return nil
	}
	if cu.verb.Quoting && cu.hi+1 < s.t1 && t.lx.Set("as", t.toks[cu.hi].l) {
		// "Senator Tom Reed was quoted by Reuters as saying the bill
		// would fail": his words, as Reuters reported them.
		v, ok := t.lx.Verbs[t.toks[cu.hi+1].l]
		if !ok || v.Tags&lang.TagGerund == 0 {
			return nil
		}
		var subj *mention
		st := t.npLeft(cu.lo-1, s)
		if st >= 0 && t.boundary(st-1, s) {
			subj = a.parseNP(st, cu.lo, 0)
		} else if cu.lo-1 > s.body && t.toks[cu.lo-1].s == "," {
			// "Patel, 54, was quoted by the Gazette as saying …": the
			// subject before its aside, read as a verb's subject is.
			left := *cu
			left.left = nil
			a.leftSubject(&left, s)
			if subj = left.left; subj != nil && left.leftAtBoundary {
				st = subj.t0
			} else {
				subj = nil
			}
		}
		if subj == nil {
			return nil
		}
		at.verb, at.cue, at.how = v, cu.hi+1, "quoted-as"
		at.speaker, at.surface = a.speakerOf(subj, nil)
		if at.speaker == nil {
			return nil
		}
		at.via, at.viaName = a.speakerOf(cu.right, nil)
		at.content = t.contentAfter(cu.hi+2, s, at)
		if len(at.content) == 0 && st-1 > s.body && t.toks[st-1].s == "," {
			// "The bill would fail, Reed was quoted … as saying."
			at.content, at.marked = t.spanTo(s.body, st-1), true
		}
		return at
	}
	at.how = "passive"
	at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
	if cu.lo == s.body && !cu.reduced {
		// "Asked by X whether …, Y said …": X's words run to the
		// comma that ends the opening phrase; Y's clause follows.
		// (Only someone named asks: "Asked by reporters about …" is
		// the occasion of Y's words.)
		comma := cu.hi // (past a short phrase of where or when: "… par X dans un portrait du Parisien ce 8 décembre, …")
		for comma < s.t1 && comma < cu.hi+12 && t.out(comma) && t.toks[comma].kind == tWord && !t.isVerb(comma) && !lx.Set("comp", t.toks[comma].l) &&
			(comma > cu.hi || lx.Set("prep", t.toks[comma].l)) {
			comma++
		}
		if m := cu.right; m != nil && cu.verb.Voice != "ask" && comma < s.t1 && t.toks[comma].s == "," && at.speaker != nil &&
			(m.kind == kPerson || m.kind == kName || m.kind == kOrg || m.kind == kDesc && (m.class == "people" || m.class == "org" || m.class == "gov")) {
			// "Dénoncée par les syndicats, la réforme …", "Qualifié de
			// « gourou » par X, le ministre …": the opening phrase is
			// the agent's view of the main clause's subject, told in
			// the article's words.
			at.content = t.spanTo(s.body, comma)
			at.clauseEnd, at.evEnd, at.bare = comma, t.toks[comma].start, true
			return at
		}
		if m := cu.right; m == nil || m.kind != kPerson && m.kind != kName && m.kind != kOrg {
			return nil
		}
		for k := cu.hi; k+1 < s.t1 && k < cu.hi+30; k++ {
			if tk := &t.toks[k]; tk.q < 0 && tk.s == "," {
				at.content = t.spanTo(cu.hi, k)
				at.clauseEnd, at.evEnd = k, tk.start
				break
			}
		}
		if len(at.content) == 0 {
			return nil
		}
		return at
	}
	// "Reyes was praised by the union": the body a description
	// refers back to is not the one the clause is about (a name
	// may be: "…, which is then denounced by Trump").
	for _, sn := range a.reg.recent {
		if cu.right != nil && cu.right.kind == kDesc && sn.sent == i && sn.tok < cu.lo && sn.e == at.speaker {
			return nil
		}
	}
	// (A participle after its noun: the words are about that noun.)
	from, to := s.body, cu.lo
	if cu.reduced {
		from, to = cu.lo, cu.c
		for to-1 > from && (t.toks[to-1].s == "," || t.out(to-1) && !t.toks[to-1].cap && (lx.Set("adverbs", t.toks[to-1].l) || t.endsIn("mannerendings", t.toks[to-1].l, 4))) {
			to-- // "La réforme, vivement critiquée par …": the noun, without the comma and the adverb
		}
		if by := cu.right; cu.lo == s.body && by != nil && by.t0-1 > cu.c+1 {
			// "Un calendrier jugé irréaliste par la Cour des
			// comptes.": the noun and what it is judged.
			at.content = append(t.spanTo(from, to), t.spanTo(cu.c+1, by.t0-1)...)
			return at
		}
	} else if t.clauseRelBefore(cu.lo, s) {
		return nil // "…, lo que fue descartado por el Ejecutivo": the words are not the sentence before it
	}
	if cu.verb.Voice == "question" || asks(cu.verb) {
		// "The loggers were questioned by police": people asked
		// questions, not a statement about them.
		if m := a.parseNP(from, to, 0); m != nil && (m.kind == kPerson || m.kind == kPron || m.class == "people" || m.plural && m.class == "unknown") {
			return nil
		}
	}
	if cu.verb.Weak && lx.ProDrop && !t.quoteIn(from, to) {
		// "El decreto fue publicado por Paulo Souza": a weak verb's
		// subject is no words, and where subjects are left out its
		// agent would take the next verb alone ("«…», dijo").
		return nil
	}
	if to-1 > from && t.toks[to-1].kind == tWord && t.out(to-1) && lx.Set("coord", t.toks[to-1].l) {
		// "Ele era investigado por fraude e foi reconhecido por uma
		// das vítimas": the passive is a second predicate of the
		// sentence's subject, who underwent it; the clause before
		// the conjunction is no one's words.
		return nil
	}
	at.content = t.spanTo(from, to)
	return at
}

// gerundAsideOf returns the subject of the verb right after the comma
// that closes the participle of cue cu, when the participle is set off
// by a comma right after that subject ("a board member, speaking on
// condition of anonymity, said …"), or nil.
func (a *analysis) gerundAsideOf(i int, cu *cue) *mention {
	t := a.t
	s := &t.sents[i]
	k := cu.lo - 1
	if k <= s.body || t.toks[k].s != "," {
		return nil
	}
	for _, nx := range a.sentCues[i] {
		if nx.c <= cu.hi || nx.kind != cueVerb || nx.left == nil || nx.left.t1 != k || nx.lo-1 <= cu.hi || t.toks[nx.lo-1].s != "," {
			continue
		}
		for j := cu.hi; j < nx.lo-1; j++ {
			if tk := &t.toks[j]; !t.out(j) || tk.kind != tWord && tk.s != "." && tk.s != "'" {
				return nil // (one aside of words, no quotation, comma or bracket inside)
			}
		}
		return nx.left
	}
	return nil
}

// fromGerund builds the attribution of a participle after a clause
// (", saying …", ", estimant que …"): the clause's subject's, or nil.
func (a *analysis) fromGerund(i int, cu *cue, at *attribution) *attribution {
	t := a.t
	s := &t.sents[i]
	// ", saying …": the sentence's subject said it, after a short
	// opening phrase ("On Thursday, …").
	var m, appos *mention
	var dropped *entity // the one a main verb whose subject is left out stands for
	copular := false    // the main verb is a copula
	// (After "after" or "upon", the subject of a passive too: "Comedian
	// Sarah Silverman was booed by supporters after telling them …".)
	// (Not "by", the passive's agent: "Europeans' hostility is often
	// justified by arguing that …"; and only with words marked after
	// it: "Johnson was questioned … while speaking to the press" says
	// nothing.)
	// (Words marked close after it: "was fined after pleading guilty to
	// thousands of illegal sewage discharges that polluted rivers" holds
	// a relative clause, no words.)
	if sub := a.gerundAsideOf(i, cu); sub != nil {
		// "…, but a board member, speaking on condition of
		// anonymity, said …": a gerund set off between commas right
		// after the subject of the verb after them describes that
		// subject, not the clause before it (the board's, which "has
		// said little").
		m = sub
	} else if cu.aside > 0 {
		// "Reed, after initially saying he would not run, entered …":
		// the subject the aside is set off after.
		m = a.parseNP(s.body, cu.aside, 0)
	}
	mark, marked := t.marker(cu.hi, s)
	prep := cu.doc && cu.lo-1 > s.body && t.lx.Set("gerundpreps", t.toks[cu.lo-1].l) && (marked && mark-cu.hi <= 3 || t.bareClause(cu.hi, s) ||
		!cu.verb.Weak && cu.hi < s.t1 && t.out(cu.hi) && objectClaim(cu.verb, t.toks[cu.hi].l))
	passive := prep && !t.lx.Set("by", t.toks[cu.lo-1].l)
	subjFrom := cu.lo
	if cu.joinedTo > 0 {
		subjFrom = cu.joinedTo // "…, declaring … and telling …": the subject before the first gerund
	}
	if m != nil {
		// (the subject the gerund is set off after)
	} else if st, end := a.mainSubjectOf(subjFrom, s, passive, prep); st >= 0 && !(cu.doc && t.toks[end-1].kind != tWord) {
		// The subject of the main verb before the gerund ("At a
		// rally in Dover, N.H., on Tuesday, Senator Hale
		// endorsed Mrs. Clinton, saying …").
		if t.listIntroIn(end, cu.lo, s) {
			return nil // "…, such as Reed and Fox, now saying …": whose words, the list's or the subject's?
		}
		m = a.parseNP(st, end, 0)
		appos = a.apposBefore(m, end, cu.lo, s)
		// (A copula after the subject, "it's a message, asking fans to
		// …": the gerund tells what the thing named after it asks.)
		copular = t.copulaAfter(end, cu.lo)
		if author := a.docAuthorBetween(end, cu.lo, s); author != nil {
			m = author // "His office released a letter from the adviser, Morgan Hale, confirming …": the letter's
		}
		if cu.doc || asks(cu.verb) {
			// "After the board released a report …, Gowdy released
			// a statement saying …": Gowdy's clause; and "Reed changed
			// the subject, but Hale brought him back, asking him to
			// …": Hale's.
			if k := a.clauseStart(st, s); k > s.body {
				at.evStart = t.toks[k].start
			}
		}
	} else if st, end := t.docSubject(cu.c, s); cu.doc && st >= 0 {
		// "Sen. Hale (D-Ore.) issued a statement saying …", "Chris
		// Carr, the group's director, released a statement confirming
		// …": the subject named before a party label or an apposition.
		if m = a.parseNP(st, end, 0); m == nil || !named(m) {
			return nil
		}
	} else if st, end := t.openingSubject(cu.lo, s); passive && st >= 0 {
		// "La ministre a quitté la salle en dénonçant une « mascarade
		// »": a main verb the lexicon does not know, after the subject
		// that opens the sentence and its auxiliary; the gerund is that
		// subject's.
		m = a.parseNP(st, end, 0)
		appos = a.apposBefore(m, end, cu.lo, s)
	} else if cu.doc {
		return nil // "…, which released a statement saying": whose, the clause does not say
	} else {
		st := s.body
		if t.npRight(st, s) <= st {
			for k := st; k < min(st+6, cu.lo); k++ {
				if t.toks[k].s == "," {
					st = k + 1
					break
				}
				// (Or a short opening phrase of time or place with no
				// comma, before a name: "On Sunday morning Mr. Hale
				// made a third attempt …, writing …".)
				if k > st && t.out(k) && t.toks[k].cap && t.out(k-1) && !t.toks[k-1].cap && t.introPhrase(st, k, s) {
					st = k
					break
				}
			}
		}
		end := t.npRight(st, s)
		if end <= st || t.imperative(st, s) {
			if dropped = a.droppedGerundSpeaker(i, cu); dropped == nil {
				return nil
			}
		} else if t.subordBetween(end, cu.lo) || t.insideDashes(end, cu.lo) {
			// "He tweeted when Clinton ended the debate …, remarking …":
			// whose clause goes on, his or hers? Nor inside an aside
			// set off by a dash after the subject: "her willingness to
			// be blunt - whether it's raising questions …, attacking X
			// as … - is …" lists what the willingness is, no one's
			// words.
			return nil
		} else {
			m = a.parseNP(st, end, 0)
			appos = a.apposBefore(m, end, cu.lo, s)
			copular = t.copulaAfter(end, cu.lo)
		}
	}
	if m != nil && m.kind == kPron && t.itCleft(m.t1, cu.lo) {
		// "It was at the rally that Hale gave his speech, pointing to
		// …": "it" stands for no one; whose the gerund is, the clause
		// after "that" tells, not the subject read here.
		return nil
	}
	if m != nil && t.runsOverVerb(m) {
		return nil // "The patients confront Halvern in court, alleging …": a verb the lexicon does not know, and its object
	}
	at.how = "gerund"
	at.speaker, at.surface = a.speakerOf(m, appos)
	if dropped != nil {
		at.speaker, at.surface, at.how = dropped, "", "gerund-dropped"
	}
	strong := cu.hi < s.t1 && objectClaim(cu.verb, t.toks[cu.hi].l) || cu.hi >= s.t1 && objectClaim(cu.verb, "")
	// (Or a clause without "that": ", arguing the toll would hurt
	// …", not ", arguing its merits" nor a view, ", believing it
	// would …".)
	strong = strong || cu.verb.Voice != "say" && !cu.verb.Opinion && t.bareClause(cu.hi, s)
	// (Or what it describes and how: ", describing the plan as a
	// disaster".)
	strong = strong || cu.verb.Voice == "describe" && t.describedAs(cu.hi, s) ||
		objectThenVerb(cu.verb) && t.objectThenTakes(cu, s) ||
		cu.verb.Opinion && t.objectThenQuote(cu.hi, s) // ", jugeant la situation « intenable »"
	// (Or a request with whom it asks and what they are to do: ", asking
	// the board to delay the vote".)
	strong = strong || asks(cu.verb) && cu.verb.Stance == "other" && !copular && t.objectThenInfinitive(cu.hi, s)
	if at.speaker == nil || at.verb.Voice != "say" && !strong && !t.markedAfter(cu.hi, s) {
		return nil
	}
	if cu.hi+1 < s.t1 && t.lx.Set("inf", t.toks[cu.hi].l) && t.isVerb(cu.hi+1) && t.weakSpeaker(at) {
		return nil // "The season opened, promising to deliver more drama": a thing pledges nothing
	}
	if k := cu.c - 1; m != nil && dropped == nil && t.weakSpeaker(at) && t.lx.Verbs[t.toks[cu.c].l].Tags&lang.TagBase != 0 &&
		k > m.t1 && t.out(k) && t.lx.Set("inf", t.toks[k].l) && t.verbless(m.t1, k) {
		// "Un premier pas avant d'interroger : « … ? »", "Une étape
		// de plus, avant de demander que …": a phrase with no verb of
		// its own, then an infinitive, names a thing, no one who asks
		// or says.
		return nil
	}
	at.content = t.contentAfter(cu.hi, s, at)
	if !at.marked && cu.verb.Voice != "say" && !strong {
		return nil
	}
	return at
}

// tailSubject returns, for a verb with its subject left out in a clause
// of "according to" or "as" that closes sentence s ("…, según dijo.",
// "…, como explicó."), the person or body named opening the sentence as
// its subject ("El presidente de Datanálisis, Luis Vicente León, ve
// difícil …, según dijo.": León, not the last speaker), and the token
// after it, where the words open; or nil.
func (a *analysis) tailSubject(cu *cue, s *sentence) (*entity, int) {
	t := a.t
	if cu.lo <= s.body+1 || cu.lo >= cu.c || t.toks[cu.lo-1].s != "," || !t.out(s.body) || t.lx.Set("prep", t.toks[s.body].l) {
		return nil, 0
	}
	if _, n := t.according(cu.lo, s); n != 1 && !t.lx.Set("as", t.toks[cu.lo].l) && !t.lx.Set("ascompare", t.toks[cu.lo].l) {
		return nil, 0
	}
	end := t.npRight(s.body, s)
	if end <= s.body || end >= cu.lo {
		return nil, 0
	}
	var m *mention
	if end+1 < s.t1 && t.toks[end].s == "," {
		// "La directora de la lonja, Marta Quiroga, …": the name in
		// apposition.
		if e2 := t.npRight(end+1, s); e2 > end+1 && e2 < cu.lo && t.toks[e2].s == "," {
			if p := a.parseNP(end+1, e2, 0); p != nil && p.kind == kPerson {
				m, end = p, e2+1
			}
		}
	}
	if m == nil {
		if m = a.longestName(s.body, end, true); m == nil || m.t1 != end {
			return nil, 0
		}
	}
	e := a.entityOf(m)
	if e == nil || e.kind != kPerson && e.kind != kOrg || t.pluralVerb(cu) && e.kind == kPerson && !e.plural {
		return nil, 0
	}
	return e, end
}

// droppedGerundSpeaker returns, where subjects may be left out, who the
// main verb that opens sentence i, after an adverb or a short phrase,
// stands for when a gerund of saying follows it ("Luego respondió a las
// críticas asegurando que …": the last speaker, as "Luego aseguró que
// …" is), or nil; a plural verb never stands for one person.
func (a *analysis) droppedGerundSpeaker(i int, cu *cue) *entity {
	t := a.t
	s := &t.sents[i]
	if !t.lx.ProDrop || cu.kind != cueGerund || cu.doc {
		return nil
	}
	v := a.prepOpening(s)
	if v == s.body && !(t.toks[v].kind == tWord && t.isVerb(v)) {
		return nil
	}
	v0 := v // (the auxiliary, when there is one)
	if t.lx.Set("aux", t.toks[v].l) {
		v++
	}
	vb, ok := t.lx.Verbs[t.toks[v].l]
	if v >= cu.lo || !t.isVerb(v) || ok && vb.Tags&lang.TagFinite == 0 || t.subjectBetween(v+1, cu.lo, s) {
		return nil
	}
	plural := t.pluralVerb(&cue{lo: v, c: v})
	if plural && v0 > s.body+1 && t.lx.Set("prep", t.toks[s.body].l) {
		// "Desde la centroderecha respondieron …, argumentando que
		// …": they, in the body the opening phrase names, or no one;
		// not the body that spoke before.
		b, ok := a.openingBody(i, s, v0)
		if !ok {
			return nil
		}
		if b != nil {
			return b
		}
	}
	e := a.dropSpeaker(i, plural)
	if e == nil || plural && e.kind == kPerson && !e.plural {
		return nil
	}
	return e
}

// fromCue builds the attribution a cue makes, or nil: each kind of cue
// but a reporting verb has its own builder, and a verb's is here.
func (a *analysis) fromCue(i int, cu *cue) *attribution {
	t := a.t
	s := &t.sents[i]

	lx := t.lx
	at := &attribution{verb: cu.verb, kind: cu.kind, cue: cu.c, sent: i, last: i}
	if t.passiveAtEnd(cu, s) {
		return nil // "…, der vom Parlament bestätigt werden muss": a passive closing its clause, no words
	}
	if cu.verb.Voice == "recall" && cu.kind == cueVerb && t.quantityAt(cu.hi, s) {
		return nil // "Voltis is recalling about 200,000 vehicles": a product recall, no memory
	}
	if objectThenVerb(cu.verb) && (cu.kind == cueVerb && (cu.left == nil || t.indefiniteApposition(cu.left, s)) || !t.objectThenTakes(cu, s)) {
		// "attribute the rise to …", "likened the plan to …", "portrayed
		// him as …", with the subject before the verb or the agent of a
		// passive (the subject opening the sentence, not a phrase of an
		// apposition: "Braynard, a South Carolina native who …, has cast
		// himself as …"); not "properly attribute the author" (credit them), nor
		// "“…,” portrayed his own party's nominee as …" (the object is no
		// inverted subject).
		return nil
	}
	if o := cu.left; cu.kind == cueVerb && o != nil && (o.kind == kDoc || o.kind == kDesc && o.class == "") &&
		(o.t0 >= s.body && t.out(o.t0) && lx.Set("ownpossessive", t.toks[o.t0].l) || o.t0-1 >= s.body && t.out(o.t0-1) && lx.Set("ownpossessive", t.toks[o.t0-1].l)) {
		// "Our analysis shows …", "Unsere ersten Eindrücke schildern
		// wir …": the writer's own document or thing, no party (but
		// "as our expert in plant care says", "Our sources say" are
		// speakers' words).
		return nil
	}
	if d := a.itDoc(i, cu); d != nil {
		// "The company published a report. “…,” it read.": the
		// document named in the sentence before.
		c := *cu
		c.left = d
		cu = &c
	}
	// "Das zeigt eine Studie des DIW.": the document after the verb is its
	// subject, and the sentence before its words (cleft, below).
	cleftDoc := cu.verb.DocSubject && lx.VerbSecond && cu.kind == cueVerb && cu.right != nil && cu.right.kind == kDoc && cu.right.owner != nil &&
		named(cu.right.owner) && t.cleft(cu, s)
	evidence := cu.verb.DocSubject && t.evidenceSubject(cu, s)
	if d := a.namedEvidence(cu); cu.verb.DocSubject && !evidence && d != nil {
		c := *cu
		c.left = d // the pollster, not "sondage Ifop"
		cu = &c
		evidence = true
	}
	if cu.verb.DocSubject && !evidence && t.personShowsThat(cu, s) {
		evidence = true // "Frédérique Fogel montre qu'il y a une zone grise …": a named person's finding
	}
	if cu.verb.DocSubject && !evidence && !cleftDoc && (cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary || cu.left.kind != kDoc || cu.left.owner == nil && !a.knownDoc(cu.left)) {
		return nil // "a CNN poll shows …", not "Trump showed …" nor "…, shows X"
	}
	if o := cu.left; cu.verb.DocSubject && !evidence && !cleftDoc && o.owner != nil && o.owner.t0 < o.t1 && !lang.IsAcronym(a.t.toks[o.owner.t0].s) &&
		o.owner.kind != kPron && // ("Son étude montre …", "Their study shows …": its author, whom the possessive stands for)
		!(lx.NounCaps && o.owner.t0 > o.t0) && // ("Ermittlungen der Polizei ergaben …": its author after it, in the genitive)
		(o.owner.t0 == a.t.sents[i].body && o.owner.t1-o.owner.t0 == 1 || o.owner.kind != kOrg && !lx.Set("determiners", a.t.toks[o.t0].l)) {
		// "New data showed …", "Early polls show …": an adjective opening
		// the sentence; "Iowa polls are showing …": polls in a place.
		return nil
	}
	if o := cu.left; cu.verb.Speaker && cu.kind == cueVerb && o != nil && o.kind == kDesc && (o.class == "" || o.class == "unknown") {
		return nil // "Le film évoque l'enfance …": a thing, which speaks for no one
	}
	switch cu.kind {
	case cueAccording:
		return a.fromAccording(i, cu, at)
	case cueColon:
		return a.fromColon(i, cu, at)
	case cuePassive:
		return a.fromPassive(i, cu, at)
	case cueGerund:
		return a.fromGerund(i, cu, at)
	}
	// A reporting verb.
	if a.relativeBeforeMain(i, cu) {
		return nil
	}
	if cu.inQuote && cu.right != nil {
		// "«Cette loi, c'est …, affirme-t-elle. Je crois …»": the
		// quotation around the attribution, without it.
		q := t.qs[t.toks[cu.c].q]
		at.how = "inquote"
		appos, next := a.inQuoteApposition(cu, s, q)
		at.speaker, at.surface = a.speakerOf(cu.right, appos)
		lo, hi := t.toks[cu.lo].start, t.toks[cu.hi-1].end
		for k := cu.lo - 1; k >= 0 && t.toks[k].kind == tPunct; k-- {
			lo = t.toks[k].start
		}
		for k := cu.hi; k < len(t.toks) && t.toks[k].kind == tPunct && t.toks[k].kind != tQClose; k++ {
			hi = t.toks[k].end
		}
		if next > 0 {
			hi = t.toks[next].start // (the description of the speaker is the writer's, not the quotation's)
		}
		at.content = [][2]int{{q.start, lo}}
		if e := quoteEnd(t.src, q); hi < q.end {
			at.content = append(at.content, [2]int{hi, min(q.end, e)})
		}
		at.marked, at.direct = true, true
		return at
	}
	if cu.dropped && cu.lo == s.body {
		return a.fromDroppedOpening(i, cu, at, s)
	}
	if cu.dropped {
		return a.fromDropped(i, cu, at, s)
	}
	if at := a.asClause(i, cu); at != nil {
		at.how = "as"
		return at
	}
	if at := a.whatClause(i, cu); at != nil {
		at.how = "what"
		return at
	}
	if at := a.quoting(i, cu); at != nil {
		at.how = "quoting"
		return at
	}
	if subj := a.docRelative(cu, s); subj != nil && cu.kind == cueVerb {
		// "Acme issued a statement in which it said …", "emitió un
		// comunicado en el que expresó que …": the subject that issued
		// the document.
		at.speaker, at.surface = a.speakerOf(subj, nil)
		at.how = "doc-relative"
		at.content = t.contentAfter(cu.hi, s, at)
		if at.speaker == nil || len(at.content) == 0 {
			return nil
		}
		return at
	}
	if k := t.cleftIncise(cu, s); k > 0 {
		// "Alle, das betonte Weikert erneut, können sich …": the words
		// are the sentence around the incise.
		at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
		at.content = append(t.spanTo(s.body, cu.lo-2), t.inciseRest(k, s)...)
		if at.speaker == nil || len(at.content) < 2 {
			return nil
		}
		at.how, at.marked = "incise", true
		return at
	}
	if cu.kind == cueVerb && cu.right != nil && t.cleft(cu, s) {
		if k := t.colonAfter(max(cu.hi, cu.right.t1), s); k > 0 {
			// "Das berichtet der Kicker: Kane soll …": the phrase points
			// ahead, to the words after the colon.
			at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
			at.content = t.spanTo(k+1, s.t1)
			if at.speaker == nil || len(at.content) == 0 {
				return nil
			}
			at.how, at.marked = "cleft-colon", true
			t.markDirect(at)
			return at
		}
	}
	if cu.kind == cueVerb && cu.right != nil && !cu.verb.NoCleft && t.cleft(cu, s) && i > 0 && !t.sents[i-1].furniture && len(a.bySent[i-1]) == 0 {
		// "C'est ce qu'a annoncé X", "Así lo explicó X", "Das sagte X":
		// the sentence before is the words (also the last of the
		// paragraph before: the phrase points back).
		at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
		if at.speaker == nil {
			return nil
		}
		at.how = "cleft"
		at.content = [][2]int{t.bodySpan(i - 1)}
		at.marked, at.lead = true, 1
		return at
	}
	if a.cleftSubject(i, cu, at) {
		return at
	}
	before := cu.lo - 1
	quoteBefore := before >= s.body && (t.toks[before].kind == tQClose && !a.quotedName(before, s) || t.toks[before].kind != tQClose && t.toks[before].q >= 0 ||
		(t.toks[before].s == "," || isDash(t.toks[before].s)) && before-1 >= s.body && (t.toks[before-1].kind == tQClose || t.toks[before-1].q >= 0))
	commaBefore := before >= s.body && (t.toks[before].s == "," || isDash(t.toks[before].s))
	// "Ministerpräsident Olaf Wendt, dessen Land am Konzern beteiligt
	// ist, forderte Gespräche": the phrase before the relative clause is
	// the subject, and a capitalised noun after the verb no speaker.
	relBefore := false
	if commaBefore {
		st, _ := t.relativeSubject(before, s)
		relBefore = st >= 0
	}
	if k, sub := t.pseudoCleft(cu, s); k > 0 {
		// "Lo que planteó la ministra es que …", "O que o ministro disse
		// é que …": the verb inside the clause that opens the sentence,
		// and its words the clause after the copula.
		if at.speaker, at.surface = a.speakerOf(sub, cu.appos); at.speaker == nil {
			return nil
		}
		at.how = "pseudocleft"
		if at.content = t.contentAfter(k, s, at); len(at.content) == 0 {
			return nil
		}
		return at
	}
	if q := a.quoteAfterInverted(cu, s); q > 0 {
		// "Said Comey, “…”", "But, said Solovey, “…”": the verb first,
		// then its subject, then the quotation that ends the sentence.
		at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
		if at.speaker == nil {
			return nil
		}
		at.how = "said-first"
		at.content = t.spanTo(q, s.t1)
		at.marked, at.direct = true, true
		return at
	}
	if e := cu.right; cu.kind == cueVerb && e != nil && cu.left == nil && commaBefore && !quoteBefore && e.t1+1 < s.t1 && t.toks[e.t1].s == ":" && t.toks[e.t1+1].kind == tQOpen &&
		!(cu.verb.Object && lx.Trait("svo")) {
		// "Gefragt nach einer Jobgarantie, sagte Falk: „…“": the
		// quotation after the colon is the words, not the phrase before
		// the verb.
		at.speaker, at.surface = a.speakerOf(e, cu.appos)
		if at.speaker == nil {
			return nil
		}
		at.how = "said-colon"
		at.content = t.spanTo(e.t1+1, s.t1)
		at.marked, at.direct = true, true
		return at
	}
	if rest := t.namedIncise(cu, s); cu.kind == cueVerb && commaBefore && !quoteBefore && len(rest) > 0 {
		// "And Trump, said Sunshine, who remains friendly with her
		// former boss, doesn't forgive or forget", "The plan, said Holt,
		// a former planner, was a failure": a name after the verb set
		// off by commas inside the sentence; the words are the
		// sentence around it.
		if at.speaker, at.surface = a.speakerOf(cu.right, cu.appos); at.speaker == nil {
			return nil
		}
		at.how = "incise"
		from := s.body
		if t.out(from) && lx.Set("coord", t.toks[from].l) {
			from++ // (not "And" that joins the sentence to the one before)
		}
		at.content = append(t.spanTo(from, before), rest...)
		at.marked = true
		return at
	}
	if rest := t.shortIncise(cu, s); cu.kind == cueVerb && commaBefore && !quoteBefore && len(rest) > 0 {
		// "Das Problem, sagt Hofer, sei die Abwehr.", "Wahrscheinlich,
		// sagt Hofer, werde der Hype abebben": in a verb-second
		// language a phrase of one or two words before the verb set
		// off by commas, and the rest of the clause after its
		// subject, its finite verb first; the words are the sentence
		// around the incise.
		if at.speaker, at.surface = a.speakerOf(cu.right, cu.appos); at.speaker == nil {
			return nil
		}
		at.how = "incise"
		at.content = append(t.spanTo(s.body, before), rest...)
		at.marked = true
		return at
	}
	if res, done := a.speakerAround(i, cu, at, before, quoteBefore, commaBefore, relBefore, evidence); done {
		return res
	}
	if at.speaker != nil && cu.verb.Idiom && at.how == "left" {
		// "Die Gewerkschaft sieht die Bahn in der Pflicht.": the
		// sentence is the claim, in the article's words.
		at.content, at.bare = [][2]int{t.bodySpan(i)}, true
	}
	if at.speaker != nil && len(at.content) == 0 && cu.verb.Stance == "deny" && at.how == "left" && (cu.hi >= s.t1 || t.toks[cu.hi].kind != tWord && strings.ContainsAny(t.toks[cu.hi].s, ".!")) &&
		!t.objectBetween(cu.left.t1, cu.c) {
		// "Le ministère a démenti.", "…, mais l'université a très vite
		// démenti.": the denial is the claim, in the article's words.
		at.content, at.bare = [][2]int{t.bodySpan(i)}, true
	}
	if at.speaker != nil && at.how == "left" && (cu.verb.Whole && len(at.content) == 0 || cu.verb.NoWords) && t.refusalEnds(cu.hi, s) {
		// "The Northern Front claimed responsibility.": the verb and its
		// particle are the claim; "La préfecture n'a pas donné suite.",
		// "O Ministério não retornou até a publicação desta
		// reportagem.": the refusal is the claim, in the article's
		// words.
		at.content, at.bare, at.alone = [][2]int{t.bodySpan(i)}, !cu.verb.Whole, cu.verb.Whole
	}
	if at.speaker != nil && cu.refusal && !(cu.keep && at.marked) {
		// "kommentierte den Bericht nicht", "äußerte sich nicht zu den
		// Vorwürfen": what the refusal is about, read with its verb; or
		// the refusal alone ("wollte sich auf Anfrage nicht äußern").
		at.content, at.marked, at.direct, at.bare, at.object = nil, false, false, false, false
		if w := cu.words; w[0] >= 0 {
			at.content = t.spanTo(w[0], w[1])
			at.marked = cu.clause // "Äußert sich nicht, wann …"
		}
		if len(at.content) == 0 {
			at.content, at.alone = [][2]int{t.bodySpan(i)}, true
		}
	}
	if at.speaker == nil || len(at.content) == 0 {
		return nil
	}
	if evidence {
		// "Early polls show voters rejecting Mr. Trump: A Quinnipiac
		// University poll this month found …": what the polls show ends
		// at a colon or a semicolon; another source may follow.
		for k := cu.hi; k < s.t1; k++ {
			if p := t.toks[k].start; t.toks[k].q < 0 && (t.toks[k].s == ":" || t.toks[k].s == ";") && p < at.content[0][1] {
				at.content = [][2]int{{at.content[0][0], p}}
				at.evEnd = p
				break
			}
		}
	}
	if k := t.tokAt(at.content[0][0]); cu.verb.Weak && !at.marked && !t.bareClause(k, s) && !(cu.verb.ObjInf && t.objInfWords(k, s)) && !(cu.verb.Voice == "estimate" && t.amountWords(k, s)) {
		return nil // "wrote a book", "spoke for an hour"
	}
	if k := t.tokAt(at.content[0][0]); cu.verb.Weak && cu.verb.Separable != "" && at.marked && k > cu.c && t.toks[k].kind == tWord && t.toks[k].q < 0 &&
		!lx.Set("comp", t.toks[k].l) && !t.bareClause(k, s) && !t.npThenVerb(k, s) {
		// "Software führt Handlungen aus, die …": a relative clause
		// after the particle of a verb that reports only words, not
		// words.
		return nil
	}
	if k := a.subordEnd(cu, s); k > 0 {
		// "When Smith suggested that the city would sue, Jones fired back
		// …": the words end with the clause the verb is in.
		t.cutContent(at, t.toks[k].start)
		if len(at.content) == 0 {
			return nil
		}
		at.clauseEnd = k
		at.evEnd = t.toks[k].start
	}
	if k := t.tokAt(at.content[0][0]); !at.marked && cu.verb.Voice == "say" && k > cu.c && t.toks[k].cap && t.onlyNoun(at.content[0], s) {
		return nil // "Ohio state Rep. Ann Poe": a name is not a statement
	}
	return at
}

// speakerAround finds the speaker of verb cue cu, in sentence i, around
// it: the phrase after it when words or a comma come before, the
// subject before it, the one an inverted pronoun or a clause joined by
// "and" stands for (evidence: the verb's subject is evidence, "a video
// shows"). It fills at and returns done with the attribution fromCue
// returns when no more is to be done, or done false to go on.
func (a *analysis) speakerAround(i int, cu *cue, at *attribution, before int, quoteBefore, commaBefore, relBefore, evidence bool) (res *attribution, done bool) {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	switch {
	case cu.kind == cueVerb && cu.right != nil && cu.left == nil && !cu.verb.Weak && t.objectRelativeSentence(cu, s):
		// "Un chiffre que contestent les professionnels.", "Ce que
		// dément la défense.": a noun and the relative clause whose
		// subject, after its verb, disputes it; the sentence is the
		// claim, in the article's words.
		if at.speaker, at.surface = a.speakerOf(cu.right, cu.appos); at.speaker == nil {
			return nil, true
		}
		at.how = "object-relative"
		at.content, at.bare = [][2]int{t.bodySpan(i)}, true
		return at, true
	case cu.right != nil && cu.invPron && cu.right.kind == kPron && commaBefore && !quoteBefore && !t.contentBefore(cu.lo, s) &&
		len(t.inciseRest(cu.hi, s)) > 0:
		// "Le projet, a-t-il précisé, sera …", "Certes, concède-t-elle,
		// …": an incise inside the sentence; the words are the sentence
		// around it.
		at.speaker, at.surface = a.speakerOf(cu.right, nil)
		at.how = "incise"
		at.content = append(t.spanTo(s.body, before), t.inciseRest(cu.hi, s)...)
		at.marked = true
	case cu.right != nil && !(cu.mid && t.markedAfter(cu.hi, s)) && !t.questionOpening(s) && !objectThenVerb(cu.verb) && (quoteBefore || commaBefore && (cu.left == nil || t.nameEnds(cu, s)) && !t.openingPhrase(before, s) && !(t.subordOpening(before, s) && !t.commaAt(cu.right.t1, s)) && !relBefore && !a.apposNameBefore(before, s) || cu.invPron) && t.contentBefore(cu.lo, s) &&
		(t.speakerEnds(cu.right.t1, s) || cu.verb.Separable != "" && t.toks[cu.right.t1].l == cu.verb.Separable || cu.mid && cu.right.t1 == cu.c && t.speakerEnds(cu.hi, s)) &&
		!(lx.Trait("svo") && (unnamedSpeaker(cu.right.kind, cu.right.class) && !a.agedNamed(cu.right) || cu.verb.Voice == "call" && !quoteBefore || cu.lo < cu.c || cu.verb.Object ||
			cu.right.kind == kDoc && !quoteBefore && !docVoice(cu.verb.Voice) ||
			cu.right.kind == kPron && !quoteBefore && t.isVerb(cu.right.t1))):
		// (In English a description after the verb speaks only when it
		// names a speaker, or by age alone one person named before:
		// "said his lawyer", "said the 46-year-old", not "defended his
		// commitment"; French and Spanish invert any subject: "…»,
		// s'étonne le magistrat". Nor does English invert a verb with
		// its auxiliary: after "…, had already endorsed Clinton" the
		// name is the object; nor a verb whose object is the one told:
		// "…, reminded his staff"; nor a pronoun with a verb after it,
		// the subject of the words: "One, a teacher named Gloria
		// Fields, said she felt safer".)
		// (A name after the verb that ends the sentence is its subject,
		// whatever phrase comes before the comma: "…, um die Sanktionen
		// zu umgehen, sagt Haddad.", "…, assim como os colegas de
		// Pedro, informou Marcos.")
		// "…," said X; "«…», a déclaré le ministre"; "…, a-t-il dit".
		at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
		if cu.group != nil {
			at.speaker, at.surface = cu.group, "" // "« … », souligne l'un d'eux"
		}
		at.how = "after"
		// (From a quotation after the writer's colon: "Même son de
		// cloche chez les riverains : « … », s'emporte X".)
		from := s.body
		for k := s.body + 1; k+1 < before; k++ {
			if t.toks[k].s == ":" && t.toks[k].q < 0 && t.toks[k+1].kind == tQOpen {
				from = k + 1
			}
		}
		if from == s.body && !quoteBefore && t.lx.Set("prep", t.toks[s.body].l) && t.introPhrase(s.body, before, s) {
			return nil, true // "In the end, said Res, the chairman of the panel.": a phrase of time or place, no words
		}
		if from == s.body && !quoteBefore && t.out(s.body) && t.lx.Set("as", t.toks[s.body].l) {
			// "Wie von lokalo.de berichtet, meldete die Polizei Anfang
			// Oktober, dass …": the clause of "as" tells where it was
			// read; the words are the clause after the subject.
			if j, ok := t.marker(t.pastPhrases(cu.right.t1, s), s); ok && j > cu.right.t1 {
				at.content, at.marked = t.spanTo(j, s.t1), true
				t.markDirect(at)
				return at, true
			}
		}
		at.content = t.spanTo(from, before)
		// "“…,” he said, “…”": a quotation after the attribution too.
		end := cu.right.t1
		if end < s.t1-1 && t.toks[end].s == "," && t.toks[end+1].kind == tQOpen {
			at.content = append(at.content, t.spanTo(end+1, s.t1)...)
		} else if cu.invPron && cu.right.kind == kPron && !quoteBefore {
			// "Le projet de loi, a-t-il précisé, sera …": the words go on
			// after the incise.
			at.content = append(at.content, t.inciseRest(max(end, cu.hi), s)...)
		} else if k, sub := t.tailClause(max(end, cu.hi), s); k > 0 {
			at.evEnd, at.tail = t.toks[k].start, sub
		}
		at.marked = true
		t.markDirect(at)
	case cu.left != nil && cu.leftAtBoundary:
		if r, done := a.fromLeft(i, cu, at, s, evidence); done {
			return r, true
		}
	case cu.right != nil && !lx.Trait("svo") && (cu.lo == s.body || a.introBefore(cu.lo, s) || cu.fronted || cu.refusal && cu.mid || (cu.mid || t.questionOpening(s)) && t.markedAfter(max(cu.right.t1, cu.hi), s) ||
		lx.VerbSecond && t.toks[cu.lo-1].s == "," && t.openingPhrase(cu.lo-1, s) ||
		lx.VerbSecond && t.toks[cu.lo-1].s == "," && t.asOpening(cu.lo-1, s) && t.markedAfter(max(cu.right.t1, cu.hi), s) ||
		lx.VerbSecond && cu.lo == s.body+1 && t.out(s.body) && lx.Set("introalone", t.toks[s.body].l) && cu.right.t1 < s.t1 && (t.toks[cu.right.t1].s == ":" || t.toks[cu.right.t1].s == ",") ||
		lx.VerbSecond && cu.left == nil && t.prepPrefieldTo(cu.lo, s) && (cu.right.kind == kPerson || cu.right.kind == kName) && a.knownSubject(cu.right, i) &&
			cu.right.t1 < s.t1 && (t.toks[cu.right.t1].s == ":" || t.toks[cu.right.t1].s == ",")) &&
		!(unnamedSpeaker(cu.right.kind, cu.right.class) && lx.Set("possessive", t.toks[cu.right.t0].l)) &&
		!(lx.Trait("departitive") && cu.right.t0+1 < cu.right.t1 && t.out(cu.right.t0) && lx.Set("of", t.toks[cu.right.t0].l) && lx.Set("determiners", t.toks[cu.right.t0+1].l)):
		// "Dijo el ministro que …", "Am Montag sagte der Minister, …"
		// (and after a long phrase opened by a preposition, a person
		// named before and the words right after the name: "Zu den
		// Diskussionen um den Neubau der Brücke sagt von Broock: …")
		// (not "expresó además su completo apoyo": an object; nor a
		// French phrase after "de": "Au sein de la majorité, on
		// s'inquiète d'un possible « … »" names no subject).
		at.how = "verbfirst"
		if cu.fronted && !a.knownSubject(cu.right, i) && !t.frontedParticle(cu.c, cu.verb) {
			// "Dem Minister warf Keller Versagen vor": where the subject
			// ends is unclear (not after the verb's own noun put first:
			// "Kritik übte Peter Lenz an dem Plan").
			return nil, true
		}
		// (With the name in apposition: "Unterdessen pochte die Leiterin
		// des Büros, Sandra Rostek, darauf, …" is hers, not the last
		// speaker's.)
		at.speaker, at.surface = a.speakerOf(cu.right, cu.appos)
		// (After the participle when the subject stands before it: "Am
		// Montag hat der Minister gesagt, …".)
		at.content = t.contentAfter(max(cu.right.t1, cu.hi), s, at)
		if q, last := t.colonQuoteNext(max(cu.right.t1, cu.hi), i); len(at.content) == 0 && len(q) > 0 && !cu.refusal && cu.verb.Voice != "reject" {
			// "Dazu erklärt Ministerin Anna Berg:" ending its paragraph,
			// then a paragraph that is one quotation: the quotation is
			// the words (as after "Berg erklärt dazu:").
			at.content = q
			at.marked, at.direct, at.last = true, true, last
			at.how = "verbfirst-colon-next"
			return at, true
		}
		if cu.refusal {
			// (Its words are read below.)
		} else if !at.marked && cu.mid && !cu.fronted && cu.verb.Voice != "say" && !cu.verb.Weak && !cu.verb.Opinion && cu.hi >= s.t1-1 {
			// "Im Prozess hat der Angeklagte am Montag die Vorwürfe
			// bestritten.": the object between the subject and the
			// participle that ends the sentence.
			from := cu.right.t1
			if from < cu.c && t.toks[from].s == "(" {
				if e := t.parenClose(from, cu.c); e > 0 {
					from = e + 1 // "Finanzminister Lars Klingbeil (SPD) vor …": the party is the speaker's
				}
			}
			at.content = t.spanTo(t.pastAdverbs(from, cu.c, s), cu.c)
			if len(at.content) == 0 || cu.verb.Voice == "reject" && a.personObject(from, s) || cu.verb.Voice == "threaten" && a.peopleObject(from, s) {
				return nil, true
			}
		} else if cu.verb.Idiom {
			at.content, at.bare, at.marked = [][2]int{t.bodySpan(i)}, true, true
		} else if !at.marked && lx.VerbSecond && !cu.mid && !cu.fronted && (cu.lo == cu.c && cu.lo > s.body || cu.lo < cu.c && a.introBefore(cu.c, s) && !t.auxIn(cu.lo, cu.c)) && cu.verb.Voice != "say" && cu.verb.Voice != "announce" && !cu.verb.Weak && (!cu.verb.Opinion || t.takesAfterSubject(cu, s)) &&
			(a.secondSubject(cu.right, i) || t.barePluralSubject(cu, s)) && !(cu.verb.Voice == "reject" && a.personObject(cu.right.t1, s)) && !(cu.verb.Voice == "threaten" && a.peopleObject(cu.right.t1, s)) {
			// "Dagegen warnte der Sachverständigenrat vor einer
			// Aufweichung.", "Am Montag lehnte die Opposition den Plan
			// ab.": the object after the subject (up to the particle).
			if p := cu.hi - 1; cu.verb.Separable != "" && p > cu.right.t0 && t.toks[p].l == cu.verb.Separable {
				// (Where the subject ends before the object is not
				// told: the sentence, in the article's words.)
				at.content, at.bare = [][2]int{t.bodySpan(i)}, true
			}
			if len(at.content) == 0 {
				return nil, true
			}
		} else if !at.marked && cu.fronted && cu.verb.Voice != "say" && !cu.verb.Weak && !cu.verb.Opinion &&
			!(cu.verb.Voice == "reject" && a.personObject(s.body, s)) && !(cu.verb.Voice == "threaten" && a.peopleObject(s.body, s)) {
			// "Die Vorwürfe wies er zurück.", "Die Kosten bezifferte er
			// auf …": the object before the verb; the sentence is the
			// claim, in the article's words.
			at.content, at.bare, at.marked = [][2]int{t.bodySpan(i)}, true, true
		} else if !at.marked {
			return nil, true
		}
	case cu.left == nil && before >= s.body && (lx.Set("coord", t.toks[before].l) ||
		t.toks[before].s == "," && cu.lo < cu.c && lx.Set("thencoord", t.toks[cu.lo].l) || t.coordPhraseStart(before, s) >= 0 || t.commaSecondVerb(cu, before, s) ||
		t.coordAside(before, s) >= 0 || t.docInJoin(before, s) >= 0):
		// (also "…, then says …": a comma and "then" join the clauses;
		// "…, al tiempo que agregó …": a phrase that joins them as "and")
		// "… and said": the subject of the clause before.
		if j := t.docInJoin(before, s); j >= 0 {
			before = j // "…, but in an interview argued …": the joining word before the document
		}
		phrase := t.coordPhraseStart(before, s)
		aside := -1
		if phrase >= 0 {
			before = phrase
		} else if c := t.coordAside(before, s); c >= 0 {
			aside, before = before, c // "… y, emocionada, dijo que …", "… y convencida dijo que …"
		}
		subj, appos := a.coordSubject(before, s)
		if subj == nil || phrase >= 0 && subj.kind == kDesc && (subj.class == "" || subj.class == "unknown") && (appos == nil || appos.kind != kPerson) {
			return nil, true // (after the phrase, not a thing: "las lluvias cerraron el puente, a la vez que …")
		}
		if aside >= 0 && !a.asideAgrees(subj, appos, before+1, aside+1, cu) {
			return nil, true // "… recibió a los vecinos y, emocionados, dijeron …": the ones received
		}
		at.speaker, at.surface = a.speakerOf(subj, appos)
		at.how = "and-said"
		at.content = t.contentAfter(cu.hi, s, at)
		if cu.verb.Noun && !at.marked {
			return nil, true // "at both the federal and state levels": a noun, no words
		}
	default:
		return nil, true
	}
	return nil, false
}

// fromDroppedOpening makes the attribution of cue cu, a verb opening
// sentence s (its i) with its subject left out: the last speaker, or the
// subject of the sentence before, or the phrase before a comma that names
// someone ("La secretaria de Estado, señaló que …"); nil when no one
// speaks ("En la reunión se aseguró que …").
func (a *analysis) fromDroppedOpening(i int, cu *cue, at *attribution, s *sentence) *attribution {
	t := a.t
	if t.impersonalSe(cu, s) && !a.inDocument(s, cu.c) {
		return nil // "En la reunión se aseguró que …": no one's, not the last speaker's
	}
	// "Afirmou que …": the last speaker, or the subject of the
	// sentence before. "La secretaria de Estado, señaló que …": a
	// phrase before the comma that names someone is the subject
	// (one that opens with a preposition is not: "En Madrid,").
	var e *entity
	var opening *mention // the phrase before the comma, when it opens with an article
	if cu.c > s.body+1 && t.toks[cu.c-1].s == "," {
		e = a.openingSubject(s, cu.c-1)
		if t.lx.Set("determiners", t.toks[s.body].l) {
			opening = a.parseNP(s.body, cu.c-1, 0)
		}
	}
	if e == nil && t.pluralVerb(cu) && cu.c > s.body+1 && t.lx.Set("prep", t.toks[s.body].l) {
		// "En el Gobierno admiten que …", "En el partido aseguran
		// que …": they, in the body the opening phrase names (not
		// the body that spoke before), or no one.
		b, ok := a.openingBody(i, s, cu.c)
		if !ok {
			return nil
		}
		e = b
		// ("Sin embargo, aseguraron que …", "Al respecto, agregaron
		// que …": a connective set off by a comma leaves them those
		// who spoke before.)
	}
	if e == nil {
		e = a.dropSpeaker(i, t.pluralVerb(cu))
	}
	if e == nil {
		e = a.subjectOf(i - 1)
	}
	if e == nil || t.pluralVerb(cu) && e.kind == kPerson && !e.plural {
		return nil // ("Desde la Consejería aseguran que …": they, not the last speaker)
	}
	if opening != nil && opening.gender != 0 && e.kind == kPerson && e.gender != 0 && opening.gender != e.gender {
		return nil // "La también arquitecta y docente, enfatizó que …" after a man spoke: not his words
	}
	at.speaker, at.surface, at.how = e, "", "dropped-open"
	// (After the verb's particle: "En la derecha hicieron un llamado
	// a respetar …" calls "a respetar …", not "un llamado a …".)
	at.content = t.contentAfter(max(cu.hi, t.afterParticle(cu.c, cu.verb, s.t1)), s, at)
	if len(at.content) == 0 {
		return nil
	}
	return at
}

// openingBody returns the body that the phrase after a preposition
// opening sentence s (its i) names, before the plural verb at token c
// whose subject is left out ("En el Gobierno admiten que …", "Desde la
// centroderecha respondieron …"): they speak; nil and true after a
// connective ("Al respecto, agregaron …": those who spoke before); false
// when no one speaks.
func (a *analysis) openingBody(i int, s *sentence, c int) (*entity, bool) {
	t := a.t
	var e *entity
	end := c
	if t.toks[end-1].s == "," {
		end--
	}
	if e := t.npRight(s.body+1, s); e > s.body+1 && e < end && t.toks[e].s == "," && t.toks[end].s == "," {
		// "En el Ayuntamiento, gobernado por el PP, aseguran
		// …": the body, then an aside set off by commas.
		end = e
	}
	m := a.parseNP(s.body+1, end, 0)
	if m == nil && t.lx.Set("determiners", t.toks[s.body].l) {
		// "No Itamaraty, avaliam …": the preposition holds the
		// body's article.
		m = a.parseNP(s.body, end, 0)
	}
	if m != nil && m.kind != kPron && m.kind != kDoc {
		if b, seat := t.seatParty(m); seat {
			if b == nil {
				return nil, false // a seat whose party the article never names
			}
			m = b // "En Ferraz reconocen que …": the party whose seat it is
		} else if b := a.bodyNotPerson(m, i); b != nil {
			m = b
		}
		if b := a.resolve(m, i, s.body+1); b != nil && b.kind != kPerson && !unnamedSpeaker(b.kind, b.class) {
			e = b
		}
	}
	if e == nil && !(t.toks[c-1].s == "," && t.phraseEnd("connectives", s.body, s) == c-1) {
		return nil, false
	}
	return e, true
}

// fromDropped makes the attribution of cue cu in sentence s (its i)
// whose subject is left out after the words ("“…”, precisó."): the last
// speaker within two sentences, or the subject of the sentence before in
// the same paragraph; nil when there is none.
func (a *analysis) fromDropped(i int, cu *cue, at *attribution, s *sentence) *attribution {
	t := a.t
	// "“…”, precisó.": the last speaker, within two sentences, or
	// the subject of the sentence before in the same paragraph
	// ("Pacheco descartou … . «…», disse.", also past a quotation
	// between them).
	// A quotation over several sentences: from where it opened
	// ("“… . Hoy subió al 69%. …”, ejemplificó.").
	from := i
	if j := cu.lo - 1; j > s.body && (t.toks[j].s == "," || t.toks[j].s == "—" || t.toks[j].s == "–" || t.toks[j].s == "-") {
		j--
		if t.toks[j].kind == tQClose && t.toks[j].q >= 0 {
			if q := &t.qs[t.toks[j].q]; q.level == 1 {
				if sf := t.sentAt(q.open); sf >= 0 && sf < i && t.sents[sf].para == s.para {
					from = sf
				}
			}
		}
	}
	e, body := a.tailSubject(cu, s)
	if e == nil {
		body = s.body
		e = a.dropSpeaker(from, t.pluralVerb(cu))
	}
	if e == nil {
		e = a.paragraphSubject(from)
	}
	if e == nil || t.pluralVerb(cu) && e.kind == kPerson && !e.plural || t.namedInsideWords(e, from, i) {
		return nil
	}
	at.speaker, at.surface, at.how = e, "", "dropped-quote"
	if cu.relay != nil {
		if r, name := a.speakerOf(cu.relay, nil); r != nil && r != e {
			at.via, at.viaName = r, name
		}
	}
	at.content = t.spanTo(body, cu.lo-1)
	if d := cu.lo - 1; d > s.body+2 && cu.hi+1 < s.t1 && isDash(t.toks[d].s) && t.toks[cu.hi].s == t.toks[d].s {
		// "“Es normal –reflexiona– que muchos …”": the words go
		// on after the verb set off by dashes (after a single
		// word, "Es —añadió— un código …", the article's words
		// are shown whole).
		at.content = append(at.content, t.spanTo(cu.hi+1, s.t1)...)
	} else {
		// "Su objetivo, dijo, fue …": the words go on after the incise.
		rest := t.inciseRest(cu.hi, s)
		if k := cu.hi; rest == nil && t.asIncise(cu, s) && k+2 <= s.t1 && (k+2 == s.t1 || k+3 == s.t1 && t.toks[k+2].kind == tPunct) && t.toks[k].s == "," && t.toks[k+1].kind == tWord && t.out(k+1) && !t.toks[k+1].cap &&
			!t.lx.Set("adverbs", t.toks[k+1].l) && !isTimeWord(t.lx, t.toks[k+1].l) {
			// "El inicio fue, como dijo, turbulento.": a clause of
			// "as" set off by commas inside the words, whose last word
			// ends them.
			rest = t.spanTo(k+1, s.t1)
		}
		at.content = append(at.content, rest...)
	}
	at.marked = true
	t.markDirect(at)
	return at
}

// asIncise reports whether the verb group of cue cu opens with "as"
// after a comma: "El inicio fue, como dijo, turbulento".
func (t *text) asIncise(cu *cue, s *sentence) bool {
	as := cu.lo - 1
	if cu.lo < cu.c && t.lx.Set("as", t.toks[cu.lo].l) {
		as = cu.lo // (the group took it in)
	}
	return as-1 > s.body && t.out(as) && t.lx.Set("as", t.toks[as].l) && t.toks[as-1].s == ","
}

// fromLeft makes the attribution of cue cu in sentence s (its i) whose
// subject stands before the verb at a boundary ("X said …", "“…,” X
// said"): it fills at and reports done when at is the cue's result
// (nil when the cue reports nothing); otherwise the checks that follow
// every kind of subject go on with at. evidence is set when the verb's
// subject is a piece of evidence ("The data show …").
func (a *analysis) fromLeft(i int, cu *cue, at *attribution, s *sentence, evidence bool) (*attribution, bool) {
	t := a.t
	lx := t.lx
	if cu.verb.Noun && !t.nounAsVerb(cu, s) {
		return nil, true
	}
	if cu.verb.Noun && cu.left.t1 > cu.left.t0 && t.toks[cu.left.t1-1].poss && !t.markedAfter(cu.hi, s) &&
		!(cu.hi < s.t1 && lx.Set("inf", t.toks[cu.hi].l)) {
		// "The mayor's call came after …": a noun after a possessive
		// states something only with its words ("Hale's claim that
		// …", "Reyes's promise to …").
		return nil, true
	}
	if lx.Set("listintro", t.toks[cu.left.t0].l) {
		// "… as members of her party, including her deputies, Tom
		// Reed and Ann Lowe, have said …": the examples of a group,
		// no speaker of their own.
		return nil, true
	}
	if cu.left.kind == kPron && t.toks[cu.left.t0].q < 0 && t.lx.Set("firstperson", t.toks[cu.left.t0].l) && (t.opensAfterLabel(cu.left.t0, s) || !t.labelBefore(cu.left.t0, s)) {
		// "I think …" outside quotations, also after an opening phrase
		// ("To conclude, …, I think …", "Honestly, I believed …"): the
		// writer's own view, or an unnamed answer's ("A: I think …"); but
		// not after a speaker's label ("((Philipp Hagemeister)) I think
		// …", an interview's answer).
		return nil, true
	}
	if n := cu.left.t1 - 1; cu.verb.Voice == "call" && cu.lo == cu.c && cu.hi < s.t1 && t.toks[cu.hi].kind == tQOpen && n >= cu.left.t0 && t.out(n) && !t.toks[n].cap && cu.left.t1 == cu.lo {
		// "from a seller called “E-Life,”": a participle after a
		// common noun that names it, no one's words.
		return nil, true
	}
	if cu.left.kind == kDesc && cu.left.class == "unknown" && !cu.left.plural && !t.pluralVerb(cu) && cu.left.t0 < cu.left.t1 && lx.Set("thingdets", t.toks[cu.left.t0].l) &&
		cu.hi < s.t1 && t.toks[cu.hi].kind == tWord &&
		t.out(cu.hi) && lx.Set("determiners", t.toks[cu.hi].l) && !t.markedAfter(cu.hi, s) {
		// "Dieser Begriff beschreibt die Menge …", "Unser Glossar
		// erklärt die Fachbegriffe": a thing pointed back at or the
		// writer's own, described by a noun the lexicon does not
		// know as a speaker's, with a plain object and no words,
		// tells what it is, no one's claim (not "Die Hamas verlangt
		// einen Abzug", a name with its article).
		// (Not people, whose verb is plural: "Die Anwälte fordern die
		// Leitung auf, …".)
		return nil, true
	}
	if t.prepRelativeAside(cu, s) {
		// "Pablo Ortiz, al que Lucía Herrera acusa de fraude, negó los
		// hechos": the clause after the preposition is about the
		// person before the comma; what follows its closing comma is
		// that person's predicate, no words of the clause's subject.
		return nil, true
	}
	if t.objectRelativeClause(cu, s) {
		// "… to pursue the infractions that regulators revealed in
		// later years": the verb's object is the noun before the
		// relative pronoun; the clause says what it is, no one's words.
		return nil, true
	}
	appos := cu.appos
	if appos != nil && appos.t0 > cu.c {
		// The name in apposition after the verb is its object's
		// ("Prosecutors say the firm, Granite Ridge Paving,
		// received …"), not the subject's.
		appos = nil
	}
	at.speaker, at.surface = a.speakerOf(cu.left, appos)
	if evidence && cu.left.kind != kPerson {
		// "Recent polls show that …": the polls, no author (not a
		// name "Recent"). (A person named shows their own finding:
		// "Frédérique Fogel montre que …" is the person, who may be
		// named again.)
		at.speaker, at.surface = a.descEntity(cu.left, nil), ""
	}
	at.how = "left"
	if cu.group != nil {
		at.speaker, at.surface = cu.group, "" // "one of them said"
	}
	if at.speaker == nil {
		return nil, true
	}
	if st := a.namedPairStart(cu.left, s); t.quoteBeforeSubject(st, s) && !t.titleBeforeSubject(st, cu.hi, s) {
		at.how = "left-quote"
		// "…," he said (that) …; "…," Karen Holt and David Mraz
		// wrote (each of them: see coordinated).
		at.content = t.spanTo(s.body, st-1)
		at.marked, at.direct = true, true
		if after := t.contentAfter(cu.hi, s, &attribution{verb: cu.verb}); len(after) > 0 && t.markedAfter(cu.hi, s) {
			at.content = append(at.content, after...)
		} else if k, sub := t.tailClause(cu.hi, s); k > 0 {
			at.evEnd, at.tail = t.toks[k].start, sub
		}
		return at, true
	}
	// "“Is that all there is?” Trump said.", "“…?” Sanders
	// replied.": the question or exclamation ended the sentence
	// before the attribution (a quotation, so weak verbs too).
	tail := cu.hi
	if end := t.npRight(tail, s); (cu.verb.Object || asks(cu.verb) && t.endsAfter(end, s)) && end > tail {
		tail = end // "“…?” Trump told ITV in an interview …", "“…?” Dunn asked the governor."
	}
	aside := t.asideTail(tail, s)
	if aside < 0 && t.reportingGerund(tail, s) {
		// "“…?” Hale asked, repeating a charge …": the question
		// before is hers; the gerund reports more of its own.
		aside = tail
	}
	// (Not the verb's own words after one of its prepositions: "La
	// FNSEA a appelé à de nouvelles actions.")
	ownWords := tail < s.t1 && slices.Contains(cu.verb.Takes, t.toks[tail].l)
	if cu.left.t0 == s.body && (t.endsAfter(tail, s) || t.prepTail(tail, s) && !ownWords || aside >= 0) && i > 0 {
		// (Only a quotation of the same paragraph: one that ends the
		// paragraph before is no one's this sentence names.)
		if q, n := a.quoteSentence(i - 1); n > 0 && t.sents[i-1].para == s.para {
			at.content = q
			at.marked, at.direct, at.lead = true, true, n
			at.how = "left-lead"
			return at, true
		}
		if q := t.quoteNext(i); len(q) > 0 && t.endsAfter(tail, s) && len(t.contentAfter(cu.hi, s, at)) == 0 {
			// "O titular da Defesa respondeu prontamente. “…”", "He
			// replied. “…”": a verb with no words of its own, then a
			// sentence that is one quotation.
			at.content = q
			at.marked, at.direct, at.last = true, true, i+1
			at.how = "left-next"
			return at, true
		}
	}
	if q, last := t.colonQuoteNext(tail, i); len(q) > 0 {
		// "Hale said:" ending its paragraph, then a paragraph that is
		// one quotation: the quotation is the words, and the
		// evidence starts with Hale's clause ("… against the NRA,
		// and Breitbart News responded:").
		at.content = q
		at.marked, at.direct, at.last = true, true, last
		at.how = "left-colon-next"
		if k := a.clauseStart(cu.left.t0, s); k > s.body {
			at.evStart = t.toks[k].start
		}
		return at, true
	}
	// "…, officials said." / "…, the military said, …"
	// (Also after a quotation that ends the words with its comma:
	// "The plan is “a disaster,” Reyes said.")
	// (The first of a pair of names: "…, Karen Holt and David Mraz
	// said.")
	// (Words with a verb before them, and a verb with no auxiliary:
	// "On October 6, Trump and Erdoğan spoke on the phone", "…, Mr.
	// Sanders and Mr. Trump are speaking to her with one voice" are
	// no one's words.)
	lt0 := a.namedPairStart(cu.left, s)
	if lt0 < cu.left.t0 && (cu.lo != cu.c || !(lt0-1 > s.body && t.toks[lt0-1].kind == tQClose) && !t.finiteVerbIn(s.body, lt0-1)) {
		lt0 = cu.left.t0
	}
	commaQuote := lt0-2 > s.body && t.toks[lt0-1].kind == tQClose && t.toks[lt0-2].s == ","
	// (Not a verb of a matter spoken of with the one it was said to
	// after it and no quotation: "Tal como explicó el alcalde, los
	// vecinos alertaron al 112." is an act.)
	dativeTopic := cu.verb.Topic && !commaQuote && cu.hi < s.t1 && lx.Set("dative", t.toks[cu.hi].l)
	if lt0-1 > s.body && (t.toks[lt0-1].s == "," || commaQuote) && !t.markedAfter(cu.hi, s) && (t.tailOnly(cu.hi, s) || t.tail(cu.hi, s, true) && t.verbIn(s.body, lt0-1)) && (cu.verb.Object || !t.objectAfter(cu.hi, s)) && !dativeTopic && !lx.VerbSecond &&
		!t.openingPhrase(lt0-1, s) && !cu.verb.Refusal && !cu.verb.Position && !cu.verb.Whole && !(cu.verb.Topic && cu.verb.Particle != "" && ownWords) && !(ownWords && t.prepPhrase(lt0-1, s)) && !t.nounParticleMatter(cu, s) { // (not "No final do jogo, Bruno Lage elogiou …": a phrase of time or place, no words; nor "Procurado, o Palácio não retornou": a refusal's words never come first; nor "As the protests grew, Ortiz sought to calm the city": a stand's object follows it; nor "While the bill stalled, Reyes hit out at the council": the matter after the particle is its words; nor "In the interview, Quill called for a vote": a phrase with no verb before, the verb's own preposition after, its words; nor "Perguntado sobre a eleição, o senador demonstrou preocupação": a verb that says something whole)
		at.content = t.spanTo(s.body, lt0-1)
		// "… fighters which, the statement said, European nations
		// have refused to repatriate.": the words go on; so do they
		// after an incise that splits a subject from its verb ("The
		// plan, he said, was a failure", "The new rules, the
		// company said, would take effect in March").
		// (Also after a short phrase: "…, the company said in a
		// statement, would …".)
		comma := cu.hi
		for comma < s.t1 && comma < cu.hi+6 && t.toks[comma].kind == tWord && t.out(comma) {
			comma++
		}
		if next := comma + 1; next < s.t1 && t.toks[comma].s == "," && t.out(next) &&
			(!t.isVerb(next) || t.predicateAfter(next, lt0-1, s)) {
			at.content = append(at.content, t.spanTo(next, s.t1)...)
		}
		if cu.verb.Weak && len(at.content) == 1 && t.prepPhrase(lt0-1, s) && t.tailOnly(cu.hi, s) && !a.cueAfter(i, cu) {
			// "After the verdict, Reed's lawyers spoke to reporters.": a
			// phrase of time or place, with no verb, before a verb that
			// reports only a quotation or a clause, and at most a short
			// phrase after it, is no one's words (but "In particular,
			// Will wrote, Christie can …" goes on; and a verb after it,
			// "…, continued to question X, saying …", may go on with its
			// subject).
			return nil, true
		}
		at.marked = true
		at.how = "left-tail"
		t.markDirect(at)
		return at, true
	}
	if k, sub := t.pseudoCleft(cu, s); k > 0 && sub == cu.left {
		at.how = "pseudocleft" // "Lo que el ministro dijo fue que …": the clause after the copula
		at.content = t.contentAfter(k, s, at)
		return at, true
	}
	at.content = t.contentAfter(cu.hi, s, at)
	if len(at.content) == 0 && lx.VerbSecond && cu.lo+1 < cu.c && lx.Set("aux", t.toks[cu.lo].l) && cu.hi >= s.t1-1 &&
		cu.verb.Voice != "say" && !cu.verb.Weak && !cu.verb.Opinion && !a.personObject(cu.lo+1, s) && !a.peopleObject(cu.lo+1, s) {
		// "Der Mieterbund hat vor steigenden Kosten gewarnt.": the
		// object between the auxiliary and the participle that ends
		// the sentence.
		at.content = t.spanTo(t.pastAdverbs(cu.lo+1, cu.c, s), cu.c)
	}
	if len(at.content) == 0 && cu.verb.Weak && authoredDoc(cu.left) {
		// "A Marist poll found Clinton leading": what a document
		// of a named author finds, with no "that".
		at.content = t.smallClause(cu.hi, s)
		if len(at.content) == 0 && t.quantityAt(cu.hi, s) {
			// "A recent CNN survey found 90 percent support for
			// background checks": a figure it found.
			at.content = t.spanTo(cu.hi, s.t1)
			if k := t.laterClause(cu.hi, s); k > 0 {
				t.cutContent(at, t.toks[k].start) // (not "…, and Republican Donald Trump has been invoking him …")
				at.evEnd = t.toks[k].start
			}
		}
		at.marked = len(at.content) > 0
	}
	if cu.verb.Voice == "reject" && !at.marked && a.personObject(cu.hi, s) {
		return nil, true // "Rovers dismissed manager Tomas Kell on Sunday": an act, no words
	}
	if cu.verb.Voice == "threaten" && a.peopleObject(cu.hi, s) && !t.quotesIn(at) {
		return nil, true // "Extremistas … han amenazado a periodistas": an act, no words
	}
	if cu.verb.Voice == "threaten" && t.thingDescribed(cu.left) && !t.pluralVerb(cu) && !t.quotesIn(at) {
		return nil, true // "La sequía amenaza la cosecha": a thing threatens, says nothing
	}
	if k := t.laterClause(cu.hi, s); k > 0 && !at.marked && cu.verb.Voice != "say" {
		// "The government has denied any role, and the United States
		// has never accused it …": the words, and the evidence, end
		// where a clause with its own subject begins.
		t.cutContent(at, t.toks[k].start)
		at.evEnd = t.toks[k].start
	} else if k := t.laterParticiple(cu.hi, s); k > 0 && !at.marked && cu.verb.Stance == "other" {
		// "Trump is promising to create a spectacle, leaving
		// Cleveland excited …": the promise ends at the writer's
		// participle.
		t.cutContent(at, t.toks[k].start)
		at.evEnd = t.toks[k].start
	}
	for k := cu.hi + 1; k < s.t1; k++ {
		if tk := &t.toks[k]; tk.q < 0 && tk.s == ";" && t.finiteVerbIn(k+1, s.t1) {
			// "Chatwal also pleaded to witness tampering; the FBI
			// recorded him …": a semicolon ends the words, and the
			// evidence, before a clause of its own (one right after
			// the verb introduces them: "Brafman noted; the …").
			t.cutContent(at, tk.start)
			at.evEnd = tk.start
			break
		}
	}
	if k := a.clauseStart(cu.left.t0, s); k > s.body {
		// "Rubio has talked about …, and Clinton said she would …":
		// the evidence is Clinton's clause.
		at.evStart = t.toks[k].start
	} else if p := a.prepRelBefore(cu.left, s); p > s.body {
		// "Reyes railed against the judge, in which students have
		// alleged …": the evidence is the relative clause.
		at.evStart = t.toks[p].start
	}
	if o := t.openParen(cu.left.t0, s); o > s.body {
		// "… 250 schools (in fact, Whitfield has proposed closing
		// 10).": the words, and the evidence, end with the
		// parenthesis.
		for k := cu.hi; k < s.t1 && t.toks[k].q < 0 && t.toks[k].s != "("; k++ {
			if t.toks[k].s == ")" {
				t.cutContent(at, t.toks[k].start)
				if len(at.content) == 0 {
					return nil, true
				}
				at.evStart, at.evEnd = t.toks[o+1].start, t.toks[k].start
				break
			}
		}
	}
	if fr := cu.left.t0 - 1; fr >= s.body && lx.Set("freerel", t.toks[fr].l) {
		// "under what Reyes called “the old model,” the club …": the
		// words are the name given, the evidence the free relative.
		// ("What he said frightens him" names nothing; "what we
		// call …" outside quotations is the writer's name.)
		if cu.verb.Voice == "say" || cu.left.kind == kPron && t.toks[cu.left.t0].q < 0 && lx.Set("firstperson", t.toks[cu.left.t0].l) ||
			!t.freeRelative(at, fr, cu.hi, s) {
			return nil, true
		}
	}
	return at, false
}

// quotingWith reads "zitierte X mit den Worten, …" ([set quotingwith]:
// the phrase after the one quoted that opens the words): X speaks, and
// the subject of the verb passes the words on.
func (a *analysis) quotingWith(i int, cu *cue) *attribution {
	t := a.t
	s := &t.sents[i]
	for k := cu.right.t1; k < s.t1 && k < cu.right.t1+4 && t.out(k); k++ {
		for n := 2; n <= 3 && k+n <= s.t1; n++ {
			if !t.lx.Set("quotingwith", t.lowerSpan(k, k+n)) {
				continue
			}
			at := &attribution{verb: t.sayVerb(), kind: cueVerb, cue: cu.c, sent: i, last: i, how: "quoting-with"}
			at.speaker, at.surface = a.speakerOf(cu.right, nil)
			if at.speaker == nil {
				return nil
			}
			if cu.left != nil {
				at.via, at.viaName = a.speakerOf(cu.left, nil)
			}
			at.content = t.contentAfter(k+n, s, at)
			if !at.marked || len(at.content) == 0 {
				return nil
			}
			return at
		}
	}
	return nil
}

// questionOpening reports whether sentence s opens with the question put
// to the speaker, a preposition and its noun, then "ob" after a comma
// ("Auf die Frage, ob …, antwortete Baumann ausweichend"): the words
// before the verb are the question, not the answer.
func (t *text) questionOpening(s *sentence) bool {
	if !t.out(s.body) || !t.lx.Set("prep", t.toks[s.body].l) {
		return false
	}
	for k := s.body + 1; k < s.t1-1 && k <= s.body+4; k++ {
		if t.toks[k].s == "," {
			return t.out(k+1) && t.lx.Set("comp", t.toks[k+1].l) && !t.lx.Set("determiners", t.toks[k+1].l)
		}
		if !t.out(k) {
			return false
		}
	}
	return false
}

// tailClause finds, after token k, a clause opened by a subordinating
// word with a subject and verb of its own ("“…,” Reyes said after the
// council voted …"): that clause tells what happened, it is not the
// speaker's words, and it leaves the evidence. It returns where the clause
// starts (with a measure of time before the word: "two hours after") and
// the subordinating word, or -1, -1 (also when a participle or another
// reporting verb goes on with the speaker: "while arguing …", "adding
// that … because …").
func (t *text) tailClause(k int, s *sentence) (start, sub int) {
	for ; k+1 < s.t1; k++ {
		tk := &t.toks[k]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose {
			return -1, -1
		}
		if _, rep := t.lx.Verbs[tk.l]; rep && !tk.cap {
			return -1, -1 // "…, adding that … because …": the speaker goes on
		}
		if tk.kind == tWord && t.lx.Set("subord", tk.l) {
			if t.isVerb(k+1) || !t.finiteVerbIn(k+1, s.t1) {
				return -1, -1 // "…, while arguing …", "before adding: …": the speaker goes on
			}
			sub = k
			// "…, two hours after …", "shortly after …": the clause's
			// measure of time goes with it.
			for j := k - 1; j > 0 && t.toks[j].kind == tWord && t.toks[j].q < 0 && !t.toks[j].cap; j-- {
				l := t.toks[j].l
				switch {
				case isTimeWord(t.lx, l) && j-1 > 0 && t.toks[j-1].kind == tWord && !t.toks[j-1].cap && t.toks[j-1].q < 0:
					k, j = j-1, j-1 // "two hours"
				case t.lx.Set("adverbs", l) || t.adverbForm(j):
					k = j
				default:
					return k, sub
				}
			}
			return k, sub
		}
	}
	return -1, -1
}

// prepRelBefore returns the preposition of "in which", "to whom" and the
// like right before subject m, when m is a name or description (not a
// pronoun, which may stand for the sentence's subject: "interviews in
// which he hinted …") and the clause before has a subject of its own
// that is not m; or -1.
func (rs *resolver) prepRelBefore(m *mention, s *sentence) int {
	t := rs.t
	lx := t.lx
	p := m.t0 - 2
	if p <= s.body || m.kind == kPron || t.toks[p].q >= 0 || !lx.Set("prep", t.toks[p].l) ||
		!lx.Set("relpron", t.toks[p+1].l) || lx.Set("comp", t.toks[p+1].l) {
		return -1
	}
	st, end := rs.mainSubject(p, s)
	if st < 0 || strings.EqualFold(flat(t.src[t.toks[st].start:t.toks[end-1].end]), flat(t.src[t.toks[m.t0].start:t.toks[m.t1-1].end])) {
		return -1
	}
	return p
}

// openParen returns the opening parenthesis that token k of sentence s
// is inside (no closing one between), or -1.
func (t *text) openParen(k int, s *sentence) int {
	for j := k - 1; j >= s.body; j-- {
		switch tk := &t.toks[j]; {
		case tk.q >= 0 || tk.s == ")":
			return -1
		case tk.s == "(":
			return j
		}
	}
	return -1
}

// freeRelative narrows at, whose subject follows the word fr that opens
// a free relative clause ("what Reyes called “the old model”", "what he
// described as a “piece of history”"), to the name the speaker gave after
// the verb at k: a quotation, or a noun phrase (with a quotation after
// it). It reports false when no such name follows ("what he said
// surprised them").
func (t *text) freeRelative(at *attribution, fr, k int, s *sentence) bool {
	if k < s.t1 && (t.lx.Set("as", t.toks[k].l) || t.lx.Set("prep", t.toks[k].l) && !at.verb.Opinion) {
		k++ // "what he described as …", "what organizers estimated at …" (not "what he thinks of …")
	}
	var end int
	if k+1 < s.t1 && t.toks[k].kind == tQOpen && t.toks[k+1].q >= 0 {
		end = k + 1
	} else if e := t.npRight(k, s); e > k {
		end = e
		if end+1 < s.t1 && t.toks[end].kind == tQOpen && t.toks[end+1].q >= 0 {
			end++ // "calls her “breaking barriers” agenda"
		}
	} else {
		return false
	}
	to := t.toks[end-1].end
	if end < s.t1 && t.toks[end].q >= 0 && t.toks[end].kind != tQOpen {
		to = quoteEnd(t.src, t.qs[t.toks[end].q])
	} else if end < s.t1 {
		to = t.toks[end].start
	}
	at.content = [][2]int{{t.toks[k].start, to}}
	if sp := t.spanTo(k, t.tokAt(to)); len(sp) > 0 && t.toks[k].kind != tQOpen {
		at.content = sp
	}
	at.evStart, at.marked = t.toks[fr].start, true
	if to < t.d.Sentences[at.sent].End {
		at.evEnd = to
	}
	t.markDirect(at)
	return true
}

// predicateAfter reports whether the verb at token k, after an incise,
// is the predicate of the words before the incise (which end at token
// end): a finite verb, not a participle ("…, he said, adding …"), after
// words with no verb of their own ("The plan, he said, was …").
func (t *text) predicateAfter(k, end int, s *sentence) bool {
	l := t.toks[k].l
	if t.nonFinite(l) || t.lx.Set("coord", l) {
		return false
	}
	if t.out(s.body) && t.lx.Set("freerel", t.toks[s.body].l) && !t.toks[k].cap {
		// "What the town needs, Reed said, is jobs.": a free relative
		// clause opens the sentence, its subject; its own verb is no
		// main one.
		return true
	}
	for j := s.body; j < end; j++ {
		if t.isVerb(j) {
			return false
		}
	}
	return true
}

// objectBetween reports whether the tokens from lo to hi (between a
// subject and its verb) hold a phrase of their own, a determiner or a
// name: "Der Verein hat den Trainer Klaus Berg am Montag abgelehnt" is
// an act on someone, not a bare denial.
func (t *text) objectBetween(lo, hi int) bool {
	for k := lo; k < hi && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tWord && (t.lx.Set("determiners", tk.l) || t.isName(k)) {
			return true
		}
	}
	return false
}

// clauseGoesOn reports whether token k, after an incise in a language
// that does not put its verb second, can go on the clause the incise
// broke ("La reforma, dijo el ministro, requiere …": a lower-case word
// that opens no new phrase or clause), where the lexicon knows too few
// verbs to tell.
func (t *text) clauseGoesOn(k int) bool {
	lx := t.lx
	if lx.VerbSecond || t.toks[k].kind != tWord || t.toks[k].q >= 0 {
		return false
	}
	l := t.toks[k].l
	return !lx.Set("prep", l) && !lx.Set("coord", l) && !lx.Set("relpron", l) && !lx.Set("comp", l) && !lx.Set("determiners", l) &&
		!lx.Set("subord", l) && !lx.Set("adverbs", l) && !isTimeWord(lx, l)
}

// indefApposEnd returns the comma that ends a short indefinite
// description starting at token k, with no verb in it ("a former planner,"
// in "said Holt, a former planner, was …"), or -1.
func (t *text) indefApposEnd(k int, s *sentence) int {
	if k >= s.t1 || !t.out(k) || !t.lx.Set("indefinite", t.toks[k].l) {
		return -1
	}
	for j := k + 1; j < s.t1 && j <= k+7; j++ {
		tk := &t.toks[j]
		if tk.s == "," && tk.q < 0 {
			if j == k+1 {
				return -1
			}
			return j
		}
		if tk.kind != tWord || !t.out(j) || t.isVerb(j) || t.lx.Set("relpron", tk.l) || t.lx.Set("clause", tk.l) {
			return -1
		}
	}
	return -1
}

// introPhrase reports whether tokens [lo, hi) of sentence s are a short
// phrase of words with no verb that opens with a preposition or an
// adverb ("In the end", "On Monday"): no words of their own.
func (t *text) introPhrase(lo, hi int, s *sentence) bool {
	// (Also one adverb of manner or time: "Currently, said …".)
	if hi-lo < 1 || hi-lo > 6 || !t.out(lo) || !t.lx.Set("prep", t.toks[lo].l) && !t.lx.Set("adverbs", t.toks[lo].l) && !isTimeWord(t.lx, t.toks[lo].l) &&
		!(hi-lo == 1 && t.toks[lo].kind == tWord && t.adverbEnding(t.toks[lo].l)) {
		return false
	}
	for j := lo; j < hi; j++ {
		if t.toks[j].kind != tWord || !t.out(j) || t.isVerb(j) {
			return false
		}
	}
	return true
}

// coordSubject returns the subject of the clause that a verb after the
// coordinating word at token before joins ("… and said"), with a phrase
// in apposition to it, or nil. The clause starts after the last comma
// before it, or at the subordinating word after that comma when a
// subject and its verb follow it ("… when Ryan lamented … and
// criticized"), or at the sentence when what follows the comma has no
// subject of its own; its subject is a phrase followed by its verb,
// not one that ends at a comma ("stood beside her successor, Prime Minister
// X, and described …": X is an object).
func (rs *resolver) coordSubject(before int, s *sentence) (subj, appos *mention) {
	t := rs.t
	lx := t.lx
	st := s.body
	from := before - 1
	if from > s.body && t.toks[from].s == "," {
		from-- // ", and said": the comma before "and" ends nothing
	}
	for k := from; k > s.body; k-- {
		if t.toks[k].s == "," && t.toks[k].q < 0 {
			st = k + 1
			break
		}
	}
	for k := from; k >= st; k-- {
		// "… was underscored when Speaker Ryan lamented … and criticized
		// …": the subject of the subordinate clause the verb joins; also
		// one opening the sentence, its subject a name and "and" right
		// before the verb ("When Moss arrived at the depot and said …,
		// the crowd cheered"; not "If the mixture is too wet, then add
		// …").
		if k == s.body && (!lx.Set("coord", t.toks[before].l) || t.toks[before-1].s == "," || k+1 >= before || !t.toks[k+1].cap) {
			break
		}
		if tk := &t.toks[k]; tk.q < 0 && lx.Set("subord", tk.l) {
			end := t.npRight(k+1, s)
			v := end
			for v > k+1 && v+1 < before && t.out(v) && !t.toks[v].cap && (lx.Set("adverbs", t.toks[v].l) || t.adverbEnding(t.toks[v].l)) {
				v++ // "when Trump later referred to …"
			}
			if end > k+1 && v < before && t.startsVerb(v, int(tk.sent)) {
				st = k + 1
			}
			break
		}
	}
	opening := false
	if st == s.body && st+2 < before && t.out(st) && lx.Set("coord", t.toks[st].l) {
		// "But many institutions are relying on … and say …" (not with
		// a clause between that has a subject of its own: "But a
		// screen image … showed that Schilling had shared it and
		// added …").
		for k := st + 1; k < before; k++ {
			if t.out(k) && (lx.Set("comp", t.toks[k].l) || lx.Set("relpron", t.toks[k].l) || lx.Set("clause", t.toks[k].l)) {
				return nil, nil
			}
		}
		st++
		opening = true
	}
	if tk := &t.toks[st]; lx.Trait("svo") && st > s.body && st+1 < before && tk.kind == tWord && t.out(st) && (lx.Set("coord", tk.l) || lx.Set("contrast", tk.l)) && !t.isVerb(st+1) && !t.toks[st+1].cap && t.out(st+1) {
		// "The mayor criticized the plan, but council members are
		// studying it and said …": the clause after the comma opens
		// with its conjunction and has a subject of its own (English:
		// German "…, aber auch in anderen Orten … rufen auf" goes on
		// with the sentence's subject).
		st++
	} else if tk := &t.toks[st]; st-2 >= s.body && tk.kind == tWord && t.out(st) && lx.Set("relpron", tk.l) && !lx.Set("comp", tk.l) && t.toks[st-1].s == "," && t.toks[before-1].s != "," {
		// "Judin speaks for the watchdog, which has followed the case
		// and says …": the relative clause's, whose subject is the
		// phrase before its comma. (Not after the comma that closes
		// it: "Schultz backed Democrats during his time on MSNBC,
		// which let him go in 2015, and said …" is Schultz's.)
		if a := t.npLeft(st-2, s); a >= 0 {
			if m := rs.parseNP(a, st-1, 0); m != nil && m.kind != kNone {
				return m, nil
			}
		}
		return nil, nil
	} else if tk := &t.toks[st]; st > s.body && tk.kind == tWord && !tk.cap && (!lx.Set("determiners", tk.l) || lx.Set("prep", tk.l)) && !t.isPronounTok(st) {
		// "Tom Baker, a former state party chairman, became a
		// delegate and said …": the clause after the comma has no
		// subject of its own; the sentence's is it. (Nor has one that
		// opens with a preposition that is also an article: "Acosta
		// formó parte, desde 2018, del Movimiento …, y asegura …".)
		st = s.body
	}
	if st == s.body {
		for k := st + 2; k+1 < before && k < st+6; k++ {
			if t.toks[k].s == "," && t.timeOpening(st, k) {
				// "Ese mismo lunes, el alcalde de Soria, Pedro Gil,
				// visitó la obra pero aclaró …", "Plus tard, le maire,
				// Paul Roux, a ouvert la séance et a déclaré …": past a
				// phrase of time set off by a comma, the subject (in a
				// language that lists timeopeners).
				st = k + 1
				break
			}
		}
	}
	if st == s.body && st+2 < before && lx.Trait("svo") && t.out(st) && lx.Set("adverbs", t.toks[st].l) && !lx.Set("subord", t.toks[st].l) && t.toks[st+1].kind == tWord && !t.toks[st+1].cap && t.out(st+1) && !t.isVerb(st+1) &&
		!t.isPronounTok(st+1) && !lx.Set("isclitic", t.toks[st+1].l) && !lx.Set("isclitic", t.toks[st+1].b) {
		// (Not before "there" or a pronoun: "Then there's Cleveland and
		// questions about …".)
		st++ // "Even centrist think tanks … have recognized … and argued …": the adverb is no part of the subject
	}
	end := t.npRight(st, s)
	for k := st + 1; k < end; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && !tk.cap && tk.q < 0 && lx.Set("refl", tk.l) {
			end = k // "El senador Juan Luis Castro se mostró optimista y dijo …": the reflexive pronoun opens the verb
			break
		}
	}
	if end <= st || end > before || end == before && st > s.body && t.namesTo(st, end-1) {
		// (Nor "visited Laredo, Texas and explained …": names after a
		// comma that run into "and" with no verb of their own.)
		return nil, nil
	}
	verb := end // where the subject's verb must be
	if p := end + 1; st == s.body && p < before && t.toks[end].s == "," && t.out(p) && !t.toks[p].cap &&
		(lx.Set("relpron", t.toks[p].l) && !lx.Set("comp", t.toks[p].l) || t.nonFinite(t.toks[p].l)) {
		// "Clinton, who was speaking to mayors, did not mention Trump
		// by name, but told …", "House Democrats, looking for a way
		// to …, seized the floor and said …": past the relative or
		// participle clause set off by commas, to the subject's verb.
		for c := p + 1; c+1 < before; c++ {
			if t.toks[c].s == "," && t.toks[c].q < 0 {
				if t.startsVerb(c+1, int(t.toks[c].sent)) && !t.toks[c+1].cap && !t.nonFinite(t.toks[c+1].l) {
					subj = rs.parseNP(st, end, 0)
					if subj == nil {
						return nil, nil
					}
					return subj, nil
				}
			}
		}
	}
	if end+1 < before && t.toks[end].s == "," {
		// "Another former adviser, Peter Lang, also spoke …
		// and said": the name in apposition.
		if e2 := t.npRight(end+1, s); e2 > end+1 && e2 < before && t.toks[e2].s == "," {
			appos = rs.parseNP(end+1, e2, 0)
			verb = e2 + 1
		}
	} else if c := t.coordTitleEnd(rs.parseNP(st, end, 0), end, s); c > end && c+1 < before {
		// "El investigador chileno y director del Grupo de Búsqueda,
		// Hugo Bustos, …, por lo que asegura …": two titles, then the
		// name in apposition.
		if e2 := t.npRight(c+1, s); e2 > c+1 && e2 < before && t.toks[e2].s == "," {
			if p := rs.parseNP(c+1, e2, 0); p != nil && p.kind == kPerson {
				appos, verb = p, e2+1
			}
		}
	}
	if verb < before && t.toks[verb].kind != tWord {
		return nil, nil // (a phrase up to "and" is one a verb ran into: "Biden sonrió y dijo")
	}
	nameEnd := end
	if end-3 > st && t.toks[end-1].s == ")" && t.toks[end-3].s == "(" && lang.IsAcronym(t.toks[end-2].s) {
		nameEnd = end - 3 // "L'Office fédéral de l'agriculture (OFAG) retire … et considère …": the name, as when it speaks first
	}
	subj = rs.parseNP(st, nameEnd, 0)
	if subj == nil {
		// "Biden sonrió y dijo": a verb the lexicon does not know
		// ran into the phrase; the longest name from its start (a
		// lone word only as the article names it inside sentences:
		// not "Ignore all …").
		subj = rs.longestName(st, end-1, false)
	}
	if appos != nil && (subj == nil || subj.kind == kDesc) && (appos.kind == kOrg || appos.kind == kCountry) {
		// "One of these groups, the Syrian Democratic Forces (SDF),
		// opposed … and said": the organisation named.
		subj, appos = appos, nil
	}
	if opening && subj != nil && unnamedSpeaker(subj.kind, subj.class) {
		return nil, nil
	}
	return subj, appos
}

// objectAfter reports whether the verb ending at token k takes an object
// phrase ("his critics denounced him"), rather than a time, place or
// manner ("officials said on Monday") or a clause of when or how
// ("…, Hollis said as she left the hall", "…, she said when asked").
func (t *text) objectAfter(k int, s *sentence) bool {
	if k >= s.t1 || !t.out(k) || t.toks[k].kind != tWord {
		return false
	}
	l := t.toks[k].l
	return !(t.lx.Set("prep", l) || isTimeWord(t.lx, l) || t.lx.Set("adverbs", l) || t.lx.Set("by", l) || t.adverbForm(k) || t.lx.Set("subord", l) || t.lx.Set("as", l))
}

// nameEnds reports whether the phrase after cue cu is a name that ends
// its sentence (but for a description of it), after a verb that takes no
// object ("told CNN" names who was told).
func (t *text) nameEnds(cu *cue, s *sentence) bool {
	m := cu.right
	// (Also a name after its titles: "…, said lobbyist and GOP
	// strategist Charlie Black".)
	if m == nil || m.t0 != cu.hi || cu.verb.Object || !t.toks[m.t0].cap && !(m.kind == kPerson && m.title != "") || m.kind != kPerson && m.kind != kName {
		return false
	}
	// It ends the sentence, or a description of it does ("…, said
	// John P. Harlow, a senior official with …", "…, Manafort's former
	// business partner.").
	end := t.objectAfterSubject(m.t1, s) // (and the verb's object after it: "…, erklärt X den Hintergrund, vor dem …")
	return end >= s.t1-1 || t.toks[end].s == "," && end+1 < s.t1 && (t.lx.Set("determiners", t.toks[end+1].l) || t.descriptionEnds(end+1, s))
}

// descriptionEnds reports whether the words from token k to the end of
// sentence s are a short phrase with no verb ("Manafort's former business
// partner").
func (t *text) descriptionEnds(k int, s *sentence) bool {
	n := 0
	for j := k; j < s.t1; j++ {
		if t.toks[j].kind != tWord {
			if j < s.t1-1 || t.toks[j].kind != tPunct {
				return false
			}
			continue
		}
		if t.isVerb(j) || t.lx.Set("comp", t.toks[j].l) {
			return false
		}
		n++
	}
	return n > 0 && n <= 14
}

// openingAbsolute returns the word of "with officials saying …" ([set
// absolute]) that opens sentence s, maybe after a coordinating word or an
// adverb and its comma ("Still, with companies promising …, it is …",
// "But with the mayor urging …"), or -1.
func (t *text) openingAbsolute(s *sentence) int {
	lx := t.lx
	k := s.body
	// (Not where the verb comes second: "doch mit dem Engpass zieht nun
	// …" opens with a phrase of the main clause.)
	if k+1 < s.t1 && !lx.VerbSecond && t.out(k) && (lx.Set("coord", t.toks[k].l) || lx.Set("adverbs", t.toks[k].l)) {
		k++
		if k+1 < s.t1 && t.toks[k].s == "," {
			k++
		}
	}
	if k < s.t1 && t.out(k) && lx.Set("absolute", t.toks[k].l) {
		return k
	}
	if lx.Set("absolute", t.toks[s.body].l) {
		return s.body
	}
	return -1
}

// subordEnd returns the comma that ends the subordinate clause opening
// sentence s (after a short lead: "Years after X claimed …,", "And,
// while …"; quotations inside it skipped), when cue cu is inside it and
// a main clause with its own subject and verb follows ("When X suggested
// …, Y fired back"), or -1.
func (rs *resolver) subordEnd(cu *cue, s *sentence) int {
	t := rs.t
	if a := t.openingAbsolute(s); a >= 0 && cu.c > a && !(t.lx.VerbSecond && !t.commaBetween(a, cu.lo)) && !(!t.lx.VerbSecond && t.commaBetween(a, cu.lo)) {
		// "With the US urging firms to leave Iran, German firms …": the
		// opening phrase ends at its comma. (Not the verb in second
		// place after it: "Mit Blick auf die Lage betonte X, …"; nor a
		// verb after the phrase's comma, in the main clause: "With a
		// narrower path ahead, Ruiz said that Reed, who won Ohio,
		// would …".)
		for k := cu.hi; k+1 < s.t1; k++ {
			if tk := &t.toks[k]; tk.s == "," && tk.q < 0 {
				return k
			}
		}
		return -1
	}
	o := rs.openingSubord(s)
	if o < 0 || cu.c <= o {
		return -1
	}
	for k := o + 1; k+2 < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tQClose && k > cu.hi && t.toks[k-1].s == "," {
			// "While Sullivan proclaims the article a “terrific
			// piece,” Clinton fixates on …": the clause's comma inside
			// the closing mark.
			if end := t.npRight(k+1, s); end > k+1 && end < s.t1 && t.startsVerb(t.pastAdverbsAt(end, s), int(tk.sent)) {
				return k + 1
			}
		}
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose {
			if k == cu.hi && tk.kind == tQOpen {
				return -1 // the verb's words are a quotation
			}
			continue // "After X called them “criminals” and “rapists”, Y …"
		}
		// (Or a dash closing a quotation set off by dashes: "Although
		// X lamented … - “…?” - Y said …".)
		if tk.s != "," && !(t.lx.Set("signdashes", tk.s) && t.toks[k-1].kind == tQClose) {
			continue
		}
		if end := t.npRight(k+1, s); end > k+1 && end < s.t1 && t.startsVerb(t.pastAdverbsAt(end, s), int(tk.sent)) {
			// (Past an adverb or two: "…, Reed again tried to …".)
			if k < cu.hi {
				return -1 // the verb is in the main clause
			}
			return k
		}
	}
	return -1
}

// pastAdverbsAt returns the token after at most two adverbs from token k
// of sentence s, outside quotations ("again", "quickly"), or k.
func (t *text) pastAdverbsAt(k int, s *sentence) int {
	j := k
	for j < s.t1 && j < k+2 && t.out(j) && t.toks[j].kind == tWord && !t.toks[j].cap && (t.lx.Set("adverbs", t.toks[j].l) || t.adverbForm(j)) {
		j++
	}
	return j
}

// resumptive returns the comma before a phrase that sums up an earlier
// attribution prev's words and opens a relative clause whose subject is
// cue cu's ("…, a charge that party leaders strongly denied"), or -1:
// that subject's own words, not prev's.
func (t *text) resumptive(cu *cue, prev *attribution, s *sentence) int {
	lx := t.lx
	if cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary {
		return -1
	}
	j := cu.left.t0 - 1
	if j-1 <= prev.cue || !t.out(j) || !lx.Set("relpron", t.toks[j].l) || !lx.Set("comp", t.toks[j].l) {
		return -1 // ("that" only: ", which X said" keeps its antecedent)
	}
	// A short phrase of lower-case words after a comma: "a charge", "an
	// event", "something".
	st := j
	verbLike := func(k int) bool {
		if lx.Set("determiners", t.toks[k-1].l) {
			return false // "a charge", "the claim": nouns
		}
		if v, ok := lx.Verbs[t.toks[k].l]; ok {
			return !v.Noun
		}
		return t.isVerb(k)
	}
	for st-1 > prev.cue && j-st < 4 && t.out(st-1) && t.toks[st-1].kind == tWord && !t.toks[st-1].cap && !verbLike(st-1) {
		st--
	}
	if st == j || st-1 <= prev.cue || t.toks[st-1].s != "," || !lx.Set("determiners", t.toks[st].l) && j-st > 1 {
		return -1
	}
	return st - 1
}

// laterParticiple returns the comma after token k of sentence s, outside
// quotations, that "with", a subject and its participle follow, or a participle in
// "-ing" that is no reporting verb nor a preposition ("…, leaving Cleveland excited", not "…,
// following the election"), or -1.
func (t *text) laterParticiple(k int, s *sentence) int {
	for ; k+1 < s.t1; k++ {
		tk, nx := &t.toks[k], &t.toks[k+1]
		if tk.s == "," && tk.q < 0 && nx.q < 0 && t.lx.Set("absolute", nx.l) {
			for j := k + 3; j < s.t1 && j <= k+6 && t.toks[j].kind == tWord; j++ {
				if !t.toks[j].cap && t.nonFinite(t.toks[j].l) {
					return k // "…, with Sanders pressing his attack …", not "…, with the exception of …"
				}
			}
		}
		if tk.s != "," || tk.q >= 0 || nx.q >= 0 || nx.kind != tWord || nx.cap || !t.nonFinite(nx.l) || t.isVerb(k+1) ||
			t.lx.Set("prepparticiples", nx.l) || t.lx.Set("listintro", nx.l) {
			continue
		}
		if _, ok := t.lx.Verbs[nx.l]; !ok {
			return k
		}
	}
	return -1
}

// laterClause returns the comma or dash after token k of sentence s,
// outside quotations, that a coordinating word ("and", "but") and a
// clause with its own subject (maybe with a relative clause set off by
// commas) and verb follow, or -1.
func (t *text) laterClause(k int, s *sentence) int {
	lx := t.lx
	for ; k+2 < s.t1; k++ {
		tk := &t.toks[k]
		if tk.s != "," && !isDash(tk.s) || tk.q >= 0 {
			continue // (a dash too: "attacked the program as … — and the council voted …")
		}
		if l := t.toks[k+1].l; t.toks[k+1].q >= 0 || !lx.Set("coord", l) || lx.Set("comp", t.toks[k+2].l) || t.isVerb(k+2) || t.adverbForm(k+2) {
			continue // (", and that …" goes on with the same words; ", and said …", ", and repeatedly reminded …" with the same subject)
		}
		end := t.npRight(k+2, s)
		if end > k+2 && end+1 < s.t1 && t.toks[end].s == "," && lx.Set("relpron", t.toks[end+1].l) {
			// "— and Cruz, who is running third, was bold enough …": the
			// subject's relative clause, then its verb.
			for j := end + 2; j+1 < s.t1; j++ {
				if t.toks[j].s == "," && t.toks[j].q < 0 {
					end = j + 1
					break
				}
			}
		}
		if end > k+2 && end < s.t1 && t.startsVerb(end, int(tk.sent)) && !t.subjunctive(end) {
			return k // (not a verb in the mood of reported speech: "… – und Selbstironie sei die höchste Form des Humors" goes on with the words)
		}
	}
	return -1
}

// openingSubord returns the subordinating word that opens sentence s,
// after at most a short lead ("And, while …", "Years after …"), or -1:
// "when", "while", "after" and the like, and "as" with a subject and
// its verb after it ("As Clinton talked about …", not "As a result").
func (rs *resolver) openingSubord(s *sentence) int {
	t := rs.t
	lx := t.lx
	for k := s.body; k < s.t1 && k < s.body+3; k++ {
		tk := &t.toks[k]
		if tk.q >= 0 || tk.kind == tQOpen {
			return -1
		}
		switch l := tk.l; {
		case lx.Set("subord", l) || k == s.body && lx.Set("subordopen", l):
			return k
		case lx.Set("as", l):
			if end := t.npRight(k+1, s); end > k+1 && !t.toks[k+1].poss && t.startsVerb(end, int(tk.sent)) {
				return k
			}
			return -1
		case tk.s == "," || lx.Set("coord", l) || lx.Set("adverbs", l) && (!tk.cap || k == s.body) || isTimeWord(lx, l):
			// (An adverb opening the sentence is capitalised: "Even
			// before Hale took the stage, his campaign …".)
			continue
		}
		break
	}
	// After an introductory phrase and its comma ("In a debate in May,
	// while most of his rivals called for …, Reyes …").
	for k := s.body + 1; k+1 < s.t1 && k <= s.body+8; k++ {
		if tk := &t.toks[k]; tk.s == "," && tk.q < 0 {
			if lx.Set("subord", t.toks[k+1].l) && rs.introBefore(k, s) {
				return k + 1
			}
			break
		}
	}
	return -1
}

// onlyNoun reports whether the words of span sp are one noun phrase, up
// to their end or a semicolon.
func (t *text) onlyNoun(sp [2]int, s *sentence) bool {
	k := t.tokAt(sp[0])
	end := t.npRight(k, s)
	if end <= k {
		return false
	}
	return end >= s.t1 || t.toks[end].start >= sp[1] || t.toks[end].s == ";" || t.toks[end].kind == tPunct && end+1 >= s.t1
}

// placeAfterTitle reports whether the name of person mention m, a title
// with a name ("el presidente del sindicato en la región de Los Lagos"),
// follows a preposition, or a preposition and a definite article ("el
// Primer Secretario del Partido y Presidente de la República"): the name
// ends a phrase of place or a body's, no person's.
func (t *text) placeAfterTitle(m *mention) bool {
	k := m.t1 - len(strings.Fields(m.name))
	p := k - 1
	if p-1 > m.t0 && t.out(p) && t.lx.Set("definite", t.toks[p].l) && !t.lx.Set("prep", t.toks[p].l) {
		p--
	}
	return p > m.t0 && k < m.t1 && t.toks[k].cap && t.lx.Set("prep", t.toks[p].l) && !t.lx.Set("by", t.toks[p].l)
}

// speakerOf returns the entity a resolved mention names, and how the
// article names it. With an appositive name after a role ("Merkel's
// spokesperson, Steffen Seibert, said"), the named person speaks, for
// the role's owner.
func (a *analysis) speakerOf(m, appos *mention) (*entity, string) {
	if m == nil {
		return nil, ""
	}
	if b, seat := a.t.seatParty(m); seat {
		if b == nil {
			return nil, "" // a seat whose party the article never names
		}
		m = b // "No Largo do Rato admitem que …": the party whose seat it is
	}
	if m.kind == kDesc && m.owner == nil && isTimeWord(a.t.lx, m.head) {
		return nil, "" // "El mismo día, explicó que …", "Ese día, contó que …": a time, no one
	}
	if appos != nil && appos.kind == kPerson && m.kind == kPerson && m.title != "" && a.t.placeAfterTitle(m) {
		// "El presidente del sindicato en la región de Los Lagos, Pedro
		// Soto, dijo …": the name after the role's preposition is a
		// place; the person named in apposition speaks.
		if pe := a.entityOf(appos); pe != nil {
			return pe, appos.surface
		}
	}
	e := a.entityOf(m)
	if e == nil && appos != nil && m.kind == kDesc && appos.kind == kPerson {
		// "a déploré la porte-parole, Virginie Dufour": a role whose body
		// is no one known; the person named in apposition speaks.
		if pe := a.entityOf(appos); pe != nil {
			if pe.gender == 0 {
				pe.gender = m.gender
			}
			return pe, appos.surface
		}
	}
	if e == nil {
		return nil, ""
	}
	if appos != nil && (m.kind == kDesc || m.kind == kCountry) && (appos.kind == kPerson || appos.kind == kName) {
		if pe := a.entityOf(appos); pe != nil {
			if pe.gender == 0 && m.kind == kDesc {
				pe.gender = m.gender // "l'avocate de X, Saphia Foughar": a woman
			}
			// The person speaks: for the government or employer the role
			// names, or as themself, with the role as an alias.
			// A title of a body the article only describes ("le
			// secrétaire général de la fédération, Teodor Malesh") is
			// no government's: the person speaks, the title describes.
			ownedByDesc := m.owner != nil && m.owner.kind == kDesc && !m.owner.gov
			// Nor is a role that no government or body was found for
			// ("estime son président, Bruno Gazeau", "o presidente da
			// Casa, Arthur Lira"): the person speaks.
			unowned := e.kind == kDesc && e.generic && e.country == nil
			if e.kind == kCountry || e.gov && !ownedByDesc && !unowned || m.spokes {
				if pe.speaksFor == nil && pe != e {
					pe.speaksFor = e
				}
				if m.kind == kDesc && m.headTok >= 0 && a.t.isTitleWord(m.headTok) {
					// "El ministro del Interior, Luis Prado, …": "el
					// ministro" later is Prado; so is "el portavoz"
					// after "el vocero presidencial, Manuel Adorni".
					pe.addName(stripDet(a.t.lx, m.surface))
				}
			} else {
				pe.addName(stripDet(a.t.lx, m.surface))
			}
			return pe, appos.surface
		}
	}
	if appos != nil && m.kind == kName && appos.kind == kPerson && m.definite {
		// "The panel's top Republican, Sen. Roy Gaither of Kansas,
		// said": the person named in apposition speaks.
		if pe := a.entityOf(appos); pe != nil {
			return pe, appos.surface
		}
	}
	if appos != nil && appos.kind == kDesc && !appos.spokes && m.kind == kPerson && appos.headTok >= 0 && a.t.isTitleWord(appos.headTok) {
		// "Philippe Lambert, président du syndicat, …": his role ("le
		// Premier ministre" later is not him).
		e.roles = appendName(e.roles, stripDet(a.t.lx, appos.surface))
	}
	if appos != nil && appos.kind == kDesc && appos.lead && !appos.past && appos.owner != nil && m.kind == kPerson && e.speaksFor == nil {
		// "said Anita Sharma, President and CEO of Northwind Health": she
		// speaks for the body she leads, as "Northwind Health CEO Anita
		// Sharma" does.
		// (A one-word name only when it spoke: not "Matthias Körner,
		// DGB-Regionsgeschäftsführer Mittelhessen", a region.)
		if o := a.entityOf(appos.owner); o != nil && o != e && (o.kind == kOrg || o.kind == kName && a.spoke(o)) && !unnamedSpeaker(o.kind, o.class) {
			e.speaksFor = o
		}
	}
	if appos != nil && appos.spokes && (m.kind == kPerson || m.kind == kName) && e.speaksFor == nil {
		// "Hong Lei, a spokesman for the ministry": he speaks for it.
		if o := a.entityOf(appos); o != nil && o != e {
			e.speaksFor = o
		}
	}
	if m.kind == kDoc {
		return e, "" // "the statement said": its author is named, not the paper
	}
	return e, m.surface
}

// opensAfterLabel reports whether token k opens sentence s, or follows
// only an interview's one-letter label and its colon ("A: I think …").
func (t *text) opensAfterLabel(k int, s *sentence) bool {
	return k == s.t0 || k == s.t0+2 && t.toks[s.t0].kind == tWord && len(t.toks[s.t0].s) == 1 && t.toks[s.t0].cap && t.toks[s.t0+1].s == ":"
}

// labelBefore reports whether sentence s holds, before token k, a colon
// or a closing bracket: a label or a name in brackets that may name who
// speaks after it.
func (t *text) labelBefore(k int, s *sentence) bool {
	for j := s.t0; j < k; j++ {
		if sj := t.toks[j].s; sj == ":" || sj == ")" {
			return true
		}
	}
	return false
}

// quantityAt reports whether the words from token k open with a number,
// maybe approximate or after a currency sign ("50,000 vehicles", "about
// 200,000 cars", "$4 million", "more than a dozen models").
func (t *text) quantityAt(k int, s *sentence) bool {
	lx := t.lx
	if k < s.t1 && t.toks[k].kind != tWord && unitSign(t.toks[k].s) {
		k++ // "$4 million"
	}
	for n := 0; n < 3 && k < s.t1 && t.out(k); n++ {
		l := t.toks[k].l
		switch {
		case k+1 < s.t1 && lx.Set("approx", l+" "+t.toks[k+1].l):
			k += 2
		case lx.Set("approx", l) || lx.Set("indefinite", l):
			k++
		default:
			return isNumeral(l) || lx.Set("numbers", l)
		}
	}
	return false
}

// docVoice reports whether a verb of this voice inverts after a
// document's words in English ("…, the report said", "…, the ruling
// found"); a verb of judging does not: in "Friends of George's, a theater
// company that sued, welcomed the ruling" the document is its object.
func docVoice(voice string) bool {
	switch voice {
	case "say", "note", "show", "conclude", "report", "write", "estimate", "predict", "declare", "announce", "suggest", "repeat", "warn":
		return true
	}
	return false
}

// nounAsVerb reports whether a form that doubles as a noun ("claims",
// "reports", "states") is a verb here: right after a subject that opens a
// clause, not before "of"/"from"/"about", and not after "a"/"an".
func (t *text) nounAsVerb(cu *cue, s *sentence) bool {
	// (A preposition after the particle of a verb whose subject follows
	// a quotation is no noun's: "“…,” Bennett shot back with a laugh.";
	// nor one after a verb group's auxiliary or negation: "did not
	// comment on the figures".)
	if cu.hi < s.t1 && t.out(cu.hi) && cu.lo == cu.c && !(cu.verb.Particle != "" && cu.left != nil && t.quoteBeforeSubject(cu.left.t0, s)) {
		l := t.toks[cu.hi].l
		approx := cu.hi+1 < s.t1 && t.lx.Set("approx", l+" "+t.toks[cu.hi+1].l) // "reports at least 52 mosques …": a count, no phrase of place
		// (A preposition that is also an article opens the object of a
		// verb right after its subject: "Le syndicat demande des
		// garanties", "demande au gouvernement de …", not "la demande
		// des syndicats".)
		article := t.lx.Set("determiners", l) && cu.left != nil && cu.leftAtBoundary && cu.left.t1 == cu.c
		// (Nor a preposition the verb takes after a subject that is no
		// person's pronoun, with no finite verb after it in the
		// sentence: "The union calls on ministers to act", "It calls for
		// a review"; not "The union calls for a strike were ignored".)
		takes := cu.left != nil && (cu.left.kind != kPron || cu.left.gender != 'm' && cu.left.gender != 'f') && slices.Contains(cu.verb.Takes, l) && !t.finiteAfter(cu.hi, s)
		if t.lx.Set("prep", l) && !t.lx.Set("inf", l) && t.asideEnd(cu.hi, s) == cu.hi && !approx && !article && !takes {
			return false // (not an aside: "Hervé Morin juge au contraire que …")
		}
	}
	// The subject must be someone: a name, a pronoun, a known speaker
	// ("The new claims were published" has none).
	return cu.left != nil && cu.leftAtBoundary && cu.left.class != "unknown" && cu.left.kind != kDesc || cu.left != nil && cu.left.kind == kDesc && cu.left.class != "unknown" && cu.left.class != ""
}

// finiteAfter reports whether tokens from k to the end of sentence s
// hold a finite form of a verb the lexicon knows, an auxiliary, a modal
// or a copula, outside quotations.
func (t *text) finiteAfter(k int, s *sentence) bool {
	lx := t.lx
	for j := k; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			continue
		}
		if lx.Set("aux", tk.l) || lx.Set("modal", tk.l) || lx.Set("passive", tk.l) {
			return true
		}
		if v, ok := lx.Verbs[tk.l]; ok && v.Tags&lang.TagFinite != 0 && v.Tags&lang.TagNoun == 0 && !v.Noun {
			return true
		}
	}
	return false
}

// contentBefore reports whether there are reported words before token lo
// of s (more than a couple of words, or a quotation).
func (t *text) contentBefore(lo int, s *sentence) bool {
	n := 0
	for k := s.body; k < lo; k++ {
		if t.toks[k].kind == tWord {
			n++
		}
		if t.toks[k].q >= 0 {
			return true
		}
	}
	return n >= 3
}

// openingPhrase reports whether the words of sentence s before the comma
// at token comma are only a phrase opened by a preposition, with no verb
// ("Durante su intervención, defendió la actuación de los agentes …"):
// no one's words, so in a language that drops subjects the phrase after
// the verb is its object, not a speaker.
func (t *text) openingPhrase(comma int, s *sentence) bool {
	if !t.lx.ProDrop && !t.lx.VerbSecond {
		// (Only where a subject may be left out, or where any phrase
		// may come before the verb, the subject after it: "Im Prozess
		// gegen X, Rainer Vogt, hat die Verteidigung … gefordert".
		// Elsewhere the phrase after the verb is its subject.)
		return false
	}
	return t.prepPhrase(comma, s)
}

// subordOpening reports whether the words of sentence s before the comma
// at token comma are only a subordinate clause, opened by a word of [set
// subord], [set freerelatives] or [set reladverbs] after at most two
// connectives ("Nur wer …, findet Ruhe", "Denn wo …, finden Neid und
// Missgunst keine Nahrung"), in a verb-second language: that clause
// fills the place before the main clause's verb, whose subject comes
// after it; a condition, a time or the subject itself, no one's words.
func (t *text) subordOpening(comma int, s *sentence) bool {
	lx := t.lx
	if !lx.VerbSecond || comma <= s.body || comma >= s.t1 || t.toks[comma].s != "," {
		return false
	}
	k := s.body
	for n := 0; n < 2 && k < comma && t.toks[k].kind == tWord && t.toks[k].q < 0 && !t.subordWord(k) &&
		(lx.Set("coord", t.toks[k].l) || lx.Set("clause", t.toks[k].l) || lx.Set("starters", t.toks[k].l) || lx.Set("adverbs", t.toks[k].l)); n++ {
		k++
	}
	if k+2 >= comma || !t.subordWord(k) {
		return false
	}
	for j := k; j < comma; j++ {
		if t.toks[j].kind != tWord || t.toks[j].q >= 0 {
			return false
		}
	}
	return true
}

// commaAt reports whether token k of sentence s is a comma: after a
// subject that follows its verb, the sentence goes on around an incise
// ("Während X fehle, sagt Landau, bringe man …").
func (t *text) commaAt(k int, s *sentence) bool {
	return k < s.t1 && t.toks[k].s == ","
}

// subordWord reports whether token k is a word that opens a subordinate
// clause whose verb comes last: [set subord], [set freerelatives] or
// [set reladverbs]; not one that compares, right after a word of [set
// comparatives] ("Mehr als 30 Menschen", "weniger als erwartet").
func (t *text) subordWord(k int) bool {
	l := t.toks[k].l
	if k > 0 && t.toks[k-1].kind == tWord && t.lx.Set("comparatives", t.toks[k-1].l) {
		return false
	}
	return t.toks[k].kind == tWord && (t.lx.Set("subord", l) || t.lx.Set("freerelatives", l) || t.lx.Set("reladverbs", l))
}

// prepPhrase reports whether the words of sentence s before the comma at
// token comma are only a phrase opened by a preposition, with no verb and
// no quotation ("After the verdict, …"), in any language.
func (t *text) prepPhrase(comma int, s *sentence) bool {
	if comma <= s.body || !t.lx.Set("prep", t.toks[s.body].l) || t.toks[s.body].q >= 0 {
		return false
	}
	for k := s.body; k < comma; k++ {
		if t.toks[k].kind != tWord && (t.toks[k].s != "," || !t.lx.VerbSecond) || t.toks[k].q >= 0 || t.isVerb(k) {
			return false // (a name set off by commas inside it is the phrase's: "gegen den Bürgermeister, Rainer Vogt,")
		}
		if l := t.toks[k].l; t.lx.VerbSecond && (t.lx.Set("aux", l) || t.lx.Set("modal", l) || t.lx.Set("passive", l) || t.subjunctive(k)) {
			return false // "Gegen ihn werde ermittelt, teilte … mit": a clause
		}
		if t.lx.NounCaps && k-1 > s.body && t.toks[k-1].kind == tWord && t.toks[k-1].cap && t.toks[k].kind == tWord && !t.toks[k].cap && !t.function(t.toks[k].l) && !isDigits(t.toks[k].s) &&
			t.toks[comma-1].kind == tWord && !t.toks[comma-1].cap && t.lx.Set("prep", t.toks[comma-1].l) {
			// Where nouns have capitals, a word in lower case right
			// after the phrase's noun that is no word of grammar, with a
			// preposition and no noun of its own ending the words, is a
			// verb and its separable particle: "In den vergangenen 24
			// Stunden kamen … an, berichtete der Sender" is a clause.
			return false
		}
	}
	return true
}

// quoteBeforeSubject reports whether a quotation (and a comma) comes just
// before the subject at st: "“…,” he said".
func (t *text) quoteBeforeSubject(st int, s *sentence) bool {
	k := st - 1
	if k >= s.body && (t.toks[k].s == "," || isDash(t.toks[k].s)) {
		k--
	}
	if k < s.body || t.toks[k].kind != tQClose && t.toks[k].q < 0 {
		return false
	}
	if k < st-1 && t.toks[k+1].s != "," && t.toks[k].q >= 0 {
		// "… criticized the plan — “why pay twice?” — Ruiz said": a
		// quotation set off by dashes is an aside of the clause before.
		if o := t.tokAt(t.qs[t.toks[k].q].open); o-1 > s.body && t.lx.Set("signdashes", t.toks[o-1].s) {
			return false
		}
	}
	// A title of a few words after other words ("Friday on CNN's “New
	// Day,” Sen. X told …") is not X's words.
	words, inside := 0, 0
	for j := s.body; j < k; j++ {
		if t.toks[j].kind != tWord {
			continue
		}
		if t.toks[j].q >= 0 {
			inside++
		} else {
			words++
		}
	}
	return words == 0 || inside > 3
}

// namedPairStart returns where a pair of names joined by "and" opens
// when m is the second ("Karen Holt and David Mraz", "transit experts
// Maria Chen and Paul Ortiz"), else m's first token.
func (rs *resolver) namedPairStart(m *mention, s *sentence) int {
	t := rs.t
	conj := m.t0 - 1
	if !named(m) || conj-1 <= s.body || !t.out(conj) || !t.lx.Set("coord", t.toks[conj].l) || t.toks[conj-1].kind != tWord {
		return m.t0
	}
	st := t.npLeft(conj-1, s)
	if st < s.body || st >= conj {
		return m.t0
	}
	if first := rs.parseNP(st, conj, 0); !named(first) {
		return m.t0
	}
	return st
}

// cueAfter reports whether another cue of sentence i follows cue cu.
func (a *analysis) cueAfter(i int, cu *cue) bool {
	for _, o := range a.sentCues[i] {
		if o != cu && o.c > cu.c {
			return true
		}
	}
	return false
}

// tailOnly reports whether the tokens from j to the sentence's end are at
// most a short adverbial ("on Monday", "in a statement").
func (t *text) tailOnly(j int, s *sentence) bool {
	return t.tail(j, s, false)
}

// tail reports whether the words of sentence s from token j up to a
// comma or the end are a short tail (tailOnly); with long, also a tail of
// up to ten words that opens with a preposition and holds no verb nor
// clause ("…, Voss said in a letter to the council on Monday."), or
// that is a clause of when or how ("…, Voss said while she waited for
// the bus.").
func (t *text) tail(j int, s *sentence, long bool) bool {
	n, clause := 0, false
	first := j
	for ; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tWord && t.lx.Set("comp", tk.l) {
			return false
		}
		if tk.s == "," {
			break
		}
		if tk.kind == tWord {
			n++
			clause = clause || t.isVerb(j) || t.lx.Set("relpron", tk.l) || t.lx.Set("clause", tk.l) || t.lx.Set("aux", tk.l) || t.lx.Set("passive", tk.l)
		}
	}
	return n <= 5 || long && n <= 10 && !clause && first < s.t1 && t.out(first) && t.lx.Set("prep", t.toks[first].l) && !t.lx.Set("inf", t.toks[first].l) ||
		long && n <= 10 && first < s.t1 && t.out(first) && (t.lx.Set("subord", t.toks[first].l) || t.lx.Set("as", t.toks[first].l)) // "…, Hollis said while she waited for the bus."
}

// introBefore reports whether the tokens before lo are a short
// introductory phrase (a prepositional or time phrase, an adverb) rather
// than a subject.
func (rs *resolver) introBefore(lo int, s *sentence) bool {
	t := rs.t
	body := s.body // after a dateline: "Hamburg (dpa) - Am Montag sagte X, …"
	first := &t.toks[body]
	if lo-body > 8 && !(t.lx.VerbSecond && lo-body <= 14 && t.lx.Set("prep", first.l) && !t.commaBetween(body, lo)) {
		// (With the verb second, one phrase stands before it: a long
		// one when it opens with a preposition and holds no comma, "Vor
		// Beginn der Konferenz am 31. Oktober im schottischen Glasgow
		// ruft das DRK …".)
		return false
	}
	// (Also a date with its article: "Le 24 octobre, on lit dans …".)
	date := t.lx.Set("definite", first.l) && body+2 < lo && isDigits(t.toks[body+1].s) && (isTimeWord(t.lx, t.toks[body+2].l) || t.toks[body+2].s == ",")
	// (And a genitive of two words, an adverb: "Des Weiteren", "Eines
	// Tages".)
	genitive := t.lx.VerbSecond && lo == body+2 && t.lx.Set("genitiveonly", first.l)
	if !(t.lx.Set("prep", first.l) || isTimeWord(t.lx, first.l) || t.lx.Set("adverbs", first.l) || t.lx.Set("clause", first.l) || isYear(first.s) || date || genitive) {
		return false
	}
	if lo-1 > body && t.lx.Set("relpron", t.toks[lo-1].l) && !t.lx.Set("determiners", t.toks[lo-1].l) {
		// "Pour l'organisme X, qui défend les droits des usagers, …":
		// the verb of a relative clause, whose subject is the phrase
		// before it, not the one after.
		return false
	}
	for k := body; k < lo; k++ {
		if tk := &t.toks[k]; tk.kind == tQOpen && tk.q >= 0 {
			// "Gegenüber dem „Spiegel“ erklärte X, …": a name in
			// quotation marks inside the phrase.
			c := k + 1
			for c < lo && t.toks[c].q == tk.q && t.toks[c].kind != tQClose {
				c++
			}
			if c >= lo || rs.quotedNameSubject(c, s) == nil && !t.titleInPhrase(k, c, s) {
				return false
			}
			k = c
			continue
		}
		if t.toks[k].s == "." && k > body && k+1 < s.t1 && isDigits(t.toks[k-1].s) && t.lx.Months[t.toks[k+1].l] > 0 {
			continue // the period of an ordinal day: "Am 31. Oktober ruft …"
		}
		if !t.out(k) && t.toks[k].s != "," {
			return false
		}
		if t.isVerb(k) || k > body && t.toks[k].kind == tWord && !t.toks[k].cap && (t.lx.Set("aux", t.toks[k].l) || t.lx.Set("passive", t.toks[k].l)) {
			return false // (nor a subject and its copula: "Ce cynisme est, pour Greenpeace, un argument en or")
		}
	}
	return true
}

// titleInPhrase reports whether the quotation from mark o to mark c is a
// short title right after a noun in a phrase of a language that
// capitalises nouns ("In der Sendung „Hart aber fair“ sagte X …"): a
// few words with no stop in them.
func (t *text) titleInPhrase(o, c int, s *sentence) bool {
	if !t.lx.NounCaps || o-1 < s.body || t.toks[o-1].kind != tWord || !t.toks[o-1].cap || c-o-1 < 1 || c-o-1 > 6 {
		return false
	}
	for k := o + 1; k < c; k++ {
		if tk := &t.toks[k]; tk.kind != tWord && tk.s != "-" && tk.s != "?" && tk.s != "!" && tk.s != "&" {
			return false
		}
	}
	return true
}

// isYear reports whether a word is a year ("2013 warnten andere
// Wissenschaftler …").
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2')
}

// markedAfter reports whether the words after token k are introduced by
// a complementiser, a colon or a quotation (within the next few words).
func (t *text) markedAfter(k int, s *sentence) bool {
	_, ok := t.marker(k, s)
	return ok
}

// sayingGerund reports whether token k is the gerund of a plain verb of
// saying ("saying", "arguing" are not both: only the say voice).
func (t *text) sayingGerund(k int) bool {
	v, ok := t.lx.Verbs[t.toks[k].l]
	return ok && v.Tags&lang.TagGerund != 0 && v.Voice == "say" && !v.Weak && !v.Noun && !v.Object && v.Particle == ""
}

// asOpening reports whether a clause of "as" with no modal or auxiliary
// right after its word opens sentence s and ends at the comma at token
// comma ("Wie berichtet, meldete die Polizei, dass …": the subject after
// the verb speaks; not the question "Wie sollen, fragen X, …").
func (t *text) asOpening(comma int, s *sentence) bool {
	if comma <= s.body+1 || !t.out(s.body) || !t.lx.Set("as", t.toks[s.body].l) {
		return false
	}
	n := t.toks[s.body+1].l
	return !t.lx.Set("modal", n) && !t.lx.Set("aux", n) && !t.lx.Set("passive", n)
}

// marker finds what introduces reported words after token k: a
// complementiser, a colon, a comma (languages whose reported clause
// follows a comma: "sagte, die Lage sei ernst"), or an opening
// quotation mark, skipping a short object phrase ("told reporters",
// "à l'AFP", "der Zeitung"). It returns the token where the words start.
func (t *text) marker(k int, s *sentence) (int, bool) {
	lx := t.lx
	if k+1 < s.t1 && t.toks[k].kind == tWord && t.out(k) && !t.toks[k].cap && t.sayingGerund(k) && t.toks[k+1].kind == tWord {
		return k + 1, true // "fired back saying her heels are …": the gerund of saying marks the words after it
	}
	for j := k; j < s.t1 && j < k+14; j++ {
		tk := &t.toks[j]
		switch {
		case tk.kind == tQOpen && (j == k || t.toks[j-1].kind == tPunct):
			return j, true
		case tk.kind == tQOpen && t.placeThenQuote(k, j, s):
			return j, true // "said on Twitter “…”": the words after where they were said
		case tk.kind == tQOpen && t.titleQuoteEnd(k, j, s) > j:
			// "said on NBC’s “Meet the Press” that …", "told CNN’s
			// “State of the Union” on Sunday that …": the title of the
			// show where they spoke; the words come after it.
			j = t.titleQuoteEnd(k, j, s)
		case tk.kind == tQOpen:
			return 0, false // a scare quote inside the object: "un plan « insuffisant »"
		case tk.kind == tWord && tk.q < 0 && lx.Set("comp", tk.l) && t.determinerThat(j, s):
			return 0, false // "echoed that sentiment on Wednesday", "ruled that out as …": a determiner or a pronoun, no clause after it
		case tk.kind == tWord && tk.q < 0 && lx.Set("clausepron", tk.l) && j == t.pastAdverbs(k, s.t1, s):
			// "says he supports tech that excludes …": a clause of its
			// own began right after the verb; its "that" is a relative.
			return 0, false
		case tk.kind == tWord && tk.q < 0 && lx.Set("comp", tk.l):
			return j, true
		case tk.s == ":":
			return j + 1, true
		case tk.s == "," && j+1 < s.t1 && t.toks[j+1].kind == tQOpen:
			return j + 1, true
		case tk.s == ",":
			if lx.Trait("commacomp") && j > k+1 && j-k <= 4 && j+1 < s.t1 && t.out(j+1) && lx.Set("comp", t.toks[j+1].l) && lx.Set("determiners", t.toks[k].l) {
				// "erzählte der Polizei, dass …": a short object with its
				// article, then the comma a German complementiser takes.
				return j + 1, true
			}
			if c := t.asideThenColonQuote(j, s); c > 0 {
				// "said, with a smile: “…”", "told the crowd, to loud
				// cheers: “…”": the quotation after the aside.
				return c, true
			}
			if c := t.asideThenComp(j, s); c > 0 {
				// "disse, em nota, que …", "said, in a statement, that
				// …": the words start at the complementiser after the
				// aside.
				return c, true
			}
			if j+2 < s.t1 && t.out(j+1) && (lx.Set("prep", t.toks[j+1].l) && !lx.Set("comp", t.toks[j+1].l) && t.relativeAt(j+2) || t.accordingAt(j+1, s)) {
				// "criticó a Montero, a quien acusó de …": a relative
				// clause about the object; "teme la competencia, según
				// la asociación": the source. Neither is the words.
				return 0, false
			}
			if lx.Trait("commawords") && j+1 < s.t1 && t.out(j+1) && t.pastPhrases(k, s) >= j && !t.relativeAt(j+1) && !t.verbFinalRelative(j+1, s) && !t.prepRelative(j+1, s) && !t.infinitiveIn(k, j) &&
				!lx.Set("coord", t.toks[j+1].l) {
				// (Only after the verb or its times, adverbs and
				// phrases: "a trouvé la mort, en mars" says nothing;
				// nor a clause joined by a conjunction: "hat seine
				// Macht verteidigt, doch er herrscht …".)
				return j + 1, true
			}
			return 0, false
		case j > k && isDigits(tk.s) && tk.q < 0 && lx.Months[t.toks[j-1].l] > 0:
			// "said on June 5 that …": the day after its month.
		case tk.kind == tWord && tk.cap && tk.q < 0 && lx.Months[tk.l] > 0 && j+1 < s.t1 && isDigits(t.toks[j+1].s):
			// "said on May 5 that …": a month before its day, not the
			// modal.
		case tk.kind != tWord:
			return 0, false
		case j+1 < s.t1 && lx.Set("infgoeson", tk.l+" "+t.toks[j+1].l):
			return 0, false // "a salué le travail avant de conclure : …": the colon is the next verb's
		case j > k && t.toks[j-1].kind == tWord && lx.Set("docnouns", t.toks[j-1].b) && t.hasVerbEnding(tk.l) && !lx.Set("comp", tk.l):
			// "said in a statement posted on its website that …": a
			// participle that describes the document, not a clause.
		case j > k && lx.Set("docnouns", tk.b) && t.toks[j-1].kind == tWord && lx.Set("determiners", t.toks[j-1].l):
			// "respondió mediante un comunicado que …", "explicó en un
			// escrito que …": a document named by a participle's form,
			// after its article, is no verb.
		case t.isVerb(j) && j > k, lx.Set("passive", tk.l), lx.Set("aux", tk.l), lx.Set("modal", tk.l):
			return 0, false // a clause of its own began: "said he was convinced that …"
		}
	}
	return 0, false
}

// determinerThat reports whether the complementiser at token j, one that
// is also a determiner ("that"), opens no clause: one lower-case word,
// no number, then punctuation, a preposition or the end, the phrase
// ending within six tokens with no verb and no quotation after it
// ("echoed that sentiment on Wednesday.", "ruled that out as a
// possibility"; not "found that drivers in the county earn …").
func (t *text) determinerThat(j int, s *sentence) bool {
	lx := t.lx
	if !lx.Set("determiners", t.toks[j].l) || j+2 > s.t1 || t.toks[j+1].kind != tWord || t.toks[j+1].cap || isDigits(t.toks[j+1].l) {
		return false
	}
	if j+2 < s.t1 && t.toks[j+2].kind != tPunct && !lx.Set("prep", t.toks[j+2].l) {
		return false
	}
	short := j+7 > s.t1
	for k := j + 1; k < s.t1 && k < j+7; k++ {
		if t.toks[k].kind != tWord {
			short = true
			break
		}
	}
	return short && !t.finiteVerbIn(j+1, s.t1) && !t.quoteIn(j+1, s.t1)
}

// titleQuoteEnd returns the closing mark of the quotation opening at
// token j of sentence s when it is a short title, its first word
// capitalised, of a show or medium named right after a preposition of
// [set quoteplacepreps] at token k (and its article or owner: "on the
// “Straight Talk” podcast", "on NBC’s “Meet the Press”") or after an
// owner's possessive ("told CNN’s “State of the Union”"); else -1.
func (t *text) titleQuoteEnd(k, j int, s *sentence) int {
	lx := t.lx
	if j <= k || j-k > 4 || j+2 >= s.t1 {
		return -1
	}
	place := lx.Set("quoteplacepreps", t.toks[k].l)
	owner := t.toks[j-1].kind == tWord && t.toks[j-1].poss && len(lx.Sets["quoteplacepreps"]) > 0
	if !place && !owner {
		return -1
	}
	for m := k; m < j; m++ {
		if t.toks[m].kind != tWord || !t.out(m) || m > k && t.isVerb(m) {
			return -1
		}
	}
	if t.toks[j+1].kind != tWord || !t.toks[j+1].cap {
		return -1
	}
	for m := j + 1; m < s.t1 && m <= j+8; m++ {
		switch t.toks[m].kind {
		case tQClose:
			if m == j+1 || m+1 >= s.t1 {
				return -1
			}
			return m
		case tWord:
		default:
			return -1
		}
	}
	return -1
}

// placeThenQuote reports whether the words of sentence s from token k to
// the quotation opening at j are a short phrase opening with a
// preposition of where words are said ([set quoteplacepreps]: "on
// Twitter", "in a video"), and the quotation runs to the sentence's end,
// or past it, with four words or more: where the words were said, then
// the words ("said on Twitter “…”"), not a scare quote inside an object
// ("warned of “catastrophic” consequences").
func (t *text) placeThenQuote(k, j int, s *sentence) bool {
	if j-k < 2 || j-k > 4 || !t.lx.Set("quoteplacepreps", t.toks[k].l) {
		return false
	}
	for m := k; m < j; m++ {
		if t.toks[m].kind != tWord || !t.out(m) || m > k && t.isVerb(m) {
			return false
		}
	}
	words := 0
	for m := j + 1; m < s.t1; m++ {
		switch t.toks[m].kind {
		case tWord:
			words++
		case tQClose:
			for r := m + 1; r < s.t1; r++ {
				if t.toks[r].kind != tPunct {
					return false
				}
			}
			return words >= 4
		}
	}
	return words >= 4
}

// infinitiveIn reports whether tokens [lo, hi) hold an infinitive, by
// its ending ([set infinitiveendings]) and after no determiner: a verb's
// words that go on past a comma ("recomendó a la población hidratarse
// con frecuencia, evitar …"), not a phrase before them.
func (t *text) infinitiveIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && !tk.cap && t.endsIn("infinitiveendings", tk.l, 2) && (j == lo || !t.lx.Set("determiners", t.toks[j-1].l)) {
			return true
		}
	}
	return false
}

// accordingAt reports whether an "according to" pattern that names its
// source after it ("según la asociación") starts at token k.
func (t *text) accordingAt(k int, s *sentence) bool {
	p, n := t.according(k, s)
	return n > 0 && len(p.Before) > 0
}

// relativeAt reports whether token k opens a relative clause: a
// relative pronoun that is no article, or a relative adverb ("…, où le
// virus circule", "…, qui"; not German "…, die Lage sei ernst").
func (t *text) relativeAt(k int) bool {
	l := t.toks[k].l
	return t.lx.Set("relpron", l) && !t.lx.Set("determiners", l) || t.lx.Set("reladverbs", l)
}

// verbFinalRelative reports whether, in a language that writes its nouns
// with capitals and its relative pronouns as articles, the clause at token
// k is a relative clause: a relative pronoun of [set relpron], and its
// verb, the first lower-case word that is no function word, closing the
// clause ("…, der Millionen Fahrgäste treffe."), where a main clause of
// reported words has its verb second ("…, der Streik sei unverhältnismäßig").
func (t *text) verbFinalRelative(k int, s *sentence) bool {
	lx := t.lx
	if !lx.NounCaps || k >= s.t1 || !lx.Set("relpron", t.toks[k].l) {
		return false
	}
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 {
			return false
		}
		if tk.cap || lx.Set("determiners", tk.l) || lx.Set("prep", tk.l) || lx.Set("adverbs", tk.l) {
			continue
		}
		// (Not an infinitive's clause, its verb after "zu": "…, die
		// Fahrgäste in Geiselhaft zu nehmen".)
		return j > k+1 && (j+1 >= s.t1 || t.toks[j+1].kind == tPunct) && !lx.Set("inf", t.toks[j-1].l)
	}
	return false
}

// prepRelative reports whether, in a language that writes its nouns
// with capitals and its relative pronouns as articles, token k opens a
// relative clause with its preposition: the preposition, a relative
// pronoun and, right after it, the clause's own subject, an article or a
// pronoun ("wundert sich über die Hartnäckigkeit, mit der die Minister
// festhalten", "…, von dem er spricht"), where a main clause has its
// noun right after the article ("…, mit der Regierung sei nicht zu
// reden").
func (t *text) prepRelative(k int, s *sentence) bool {
	lx := t.lx
	if !lx.NounCaps || k+2 >= s.t1 || !t.out(k) || !lx.Set("prep", t.toks[k].l) || lx.Set("comp", t.toks[k].l) || !lx.Set("relpron", t.toks[k+1].l) {
		return false
	}
	n := &t.toks[k+2]
	if n.kind != tWord || n.q >= 0 || n.cap {
		return false
	}
	_, pron := lx.Pronouns[n.l]
	return lx.Set("determiners", n.l) || pron
}

// asideThenColonQuote returns the opening quotation mark after a short
// phrase of a preposition that follows the comma at token j and ends
// with a colon ("…, with a smile: “…”"), or 0.
func (t *text) asideThenColonQuote(j int, s *sentence) int {
	if j+1 >= s.t1 || !t.out(j+1) || !t.lx.Set("prep", t.toks[j+1].l) {
		return 0 // (a phrase of manner or time: not "…, Giuliani said, there's a simple explanation: “…”")
	}
	for m := j + 1; m+1 < s.t1 && m <= j+7; m++ {
		tk := &t.toks[m]
		if tk.s == ":" && m > j+1 {
			if t.toks[m+1].kind == tQOpen {
				return m + 1
			}
			return 0
		}
		if !t.out(m) || t.lx.Set("comp", tk.l) || t.isVerb(m) || t.lx.Set("aux", tk.l) || t.lx.Set("modal", tk.l) || t.lx.Set("passive", tk.l) {
			return 0
		}
	}
	return 0
}

// asideThenComp returns the complementiser after a short phrase set off
// by the comma at token j and another one ("…, em nota, que …"), or 0.
func (t *text) asideThenComp(j int, s *sentence) int {
	for m := j + 1; m < s.t1 && m <= j+7; m++ {
		tk := &t.toks[m]
		if tk.s == "," && m > j+1 {
			if m+1 < s.t1 && t.out(m+1) && t.lx.Set("comp", t.toks[m+1].l) {
				return m + 1
			}
			if f := t.toks[j+1].l; m+1 < s.t1 && t.toks[m+1].kind == tQOpen && t.out(j+1) && (t.lx.Set("prep", f) || t.lx.Set("adverbs", f)) {
				return m + 1 // "wrote, for example, “…”", "said, in a statement, “…”": the quotation after the aside
			}
			return 0
		}
		if !t.out(m) || t.lx.Set("comp", tk.l) {
			return 0
		}
		if l := tk.l; t.lx.Set("aux", l) || t.lx.Set("modal", l) || t.lx.Set("passive", l) || t.subjunctive(m) {
			return 0 // a clause, the words themselves: "sagte, er sei froh, dass …"
		}
	}
	return 0
}

// commentClause reports whether the verb at token c of sentence s is that
// of a relative clause after a comma whose pronoun stands for the clause
// before it, with the verb's subject between: ", which the growers
// deny", ", which he denied".
func (t *text) commentClause(c int, s *sentence) bool {
	for j := c - 1; j > s.body && c-j <= 5; j-- {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			return false
		}
		if t.lx.Set("relpron", tk.l) {
			return j < c-1 && t.toks[j-1].s == ","
		}
	}
	return false
}

// ownBody reports whether the body e speaks for may be the one a noun of
// an organisation refers back to: a body of no kind told that is no
// government (also one named by one word, "Telefónica"), or one of the
// noun's kind.
func (t *text) ownBody(e *entity, noun string) bool {
	if e == nil || e.speaksFor == nil {
		return false
	}
	b := e.speaksFor
	if b.trade == "" && (b.kind == kOrg || b.kind == kName) && !b.gov {
		return true
	}
	k := t.kindOf(noun)
	return k != "" && (b.trade == k || b.gov && k == "government")
}

// maxCommentTail bounds the words between the comma that opens a
// comment at a sentence's end and the comment's verb.
const maxCommentTail = 8

// commentTail returns the comma that opens a comment closing sentence s
// whose verb denies what the sentence reports, and that verb's token: a
// relative pronoun that stands for no person, or an indefinite noun of a
// statement ([set commentnouns]), then the one who denies it and a verb
// of denial, and nothing after it ("…, a charge he denies.", "…, which
// he denies.", "…, a claim Ruiz disputes."); or -1, -1.
func (t *text) commentTail(s *sentence) (comma, verb int) {
	lx := t.lx
	v := s.t1 - 1
	for v > s.body && t.toks[v].kind != tWord {
		v--
	}
	if vb, ok := lx.Verbs[t.toks[v].l]; !ok || vb.Stance != "deny" || !t.out(v) {
		return -1, -1
	}
	c := t.openingComma(s.body, v, maxCommentTail)
	if c < 0 {
		return -1, -1
	}
	w := c + 1
	switch {
	case lx.Set("relpron", t.toks[w].l) && !lx.Set("personrel", t.toks[w].l) && !lx.Set("comp", t.toks[w].l) && w+1 < v:
		return c, v
	case w+2 < v && t.commentNoun(w):
		return c, v
	}
	return -1, -1
}

// openingComma returns the comma, outside quotations, that opens the run
// of words ending right before token end of a sentence (at least one
// word, and no other mark), at most reach tokens before end and after
// token lo; or -1.
func (t *text) openingComma(lo, end, reach int) int {
	for c := end - 2; c > lo && end-c <= reach; c-- {
		tk := &t.toks[c]
		switch {
		case tk.q >= 0:
			return -1
		case tk.s == ",":
			return c
		case tk.kind != tWord:
			return -1
		}
	}
	return -1
}

// commentAside returns the comma that opens a comment on the words
// before it, closing tokens [lo, hi) of sentence s: "a" or "an", a noun
// of a statement ([set commentnouns]) and a few lower-case words that
// describe it, the first no auxiliary ("…, a claim disputed by
// engineers", "…, a charge first made in 2019", not "…, a claim is
// made"); or -1.
func (t *text) commentAside(lo, hi int, s *sentence) int {
	lx := t.lx
	c := t.openingComma(lo, hi, maxCommentTail+1)
	if c < 0 {
		return -1
	}
	w := c + 1
	if w+2 < hi && t.commentNoun(w) && t.toks[w+2].kind == tWord &&
		!lx.Set("aux", t.toks[w+2].l) && !lx.Set("modal", t.toks[w+2].l) && !lx.Set("passive", t.toks[w+2].l) {
		return c
	}
	return -1
}

// inCommentAside reports whether token k of sentence s lies inside a
// comment set off by commas (commentAside) on the words before it, with
// a short clause of reporting after its closing comma that ends the
// sentence: "…, a claim disputed by engineers, the Herald reported"
// (not "…, a charge that party leaders denied, noting that …": theirs).
func (t *text) inCommentAside(k int, s *sentence) bool {
	for e := k + 1; e+1 < s.t1 && e-k <= maxCommentTail; e++ {
		if tk := &t.toks[e]; tk.s == "," && tk.q < 0 {
			c := t.commentAside(s.body, e, s)
			return c > s.body && c < k && t.trailingReport(e+1, s)
		}
	}
	return false
}

// commentSubject reports whether mention m, a cue's subject, opens with
// the noun of a comment on the words before it: a comma, "a" or "an"
// and a noun of a statement ([set commentnouns]) right before it ("…,
// the Herald reported, a claim disputed by engineers.", "…, a claim
// engineers dispute, according to the Herald"): a claim speaks no
// words.
func (t *text) commentSubject(m *mention, s *sentence) bool {
	if m == nil || m.t0-1 <= s.body || m.t0 >= s.t1 {
		return false
	}
	k := m.t0
	if t.lx.Set("indefinite", t.toks[k].l) && k+1 < s.t1 {
		k++ // (the article inside the subject's phrase)
	}
	return k-2 > s.body && t.toks[k].q < 0 && t.commentNoun(k-1) && t.toks[k-2].s == "," && t.toks[k-2].q < 0
}

// commentNoun reports whether "a" or "an" and a noun of a statement
// ([set commentnouns]) stand at tokens w and w+1: a comment's words ("a
// claim", "a charge"), in commentTail, commentAside and commentSubject.
func (t *text) commentNoun(w int) bool {
	return w+1 < len(t.toks) && t.lx.Set("indefinite", t.toks[w].l) && t.lx.Set("commentnouns", t.toks[w+1].l)
}

// commentInWords returns the comma, inside sentence s, that opens a
// comment (commentAside) closing a stretch of attribution at's words,
// or -1.
func (t *text) commentInWords(at *attribution, s *sentence) int {
	for _, sp := range at.content {
		lo, hi := t.tokAt(sp[0]), t.tokAt(sp[1]-1)+1
		if lo < s.body || hi > s.t1 || lo >= hi {
			continue
		}
		if lo-1 > s.body && t.toks[lo-1].s == "," {
			lo-- // a stretch that opens right after the comma
		}
		if c := t.commentAside(lo-1, hi, s); c >= lo && c > s.body {
			return c
		}
	}
	return -1
}

// trailingReport reports whether tokens from k to the end of sentence s
// are a short clause of reporting: a few words outside quotations, no
// comma, one of them a verb of the lexicon ("the Herald reported.").
func (t *text) trailingReport(k int, s *sentence) bool {
	verb := false
	for j := k; j < s.t1; j++ {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.s == "," || j-k > 8 {
			return false
		}
		if _, ok := t.lx.Verbs[tk.l]; ok && tk.kind == tWord && !tk.cap {
			verb = true
		}
	}
	return verb
}

// relayedVoices are the voices of the verbs whose words a source can
// relay after "according to" ("According to the Star, Reed said …"):
// statements, not requests or acts ("according to police, the loggers
// had asked him to join them" is the police's account).
var relayedVoices = []string{"say", "warn", "deny", "allege", "accuse", "criticize", "argue", "declare", "note", "write", "testify", "reply", "announce", "predict"}

// nested looks inside an attribution's reported words for another one
// with its own named subject ("sources say X told police that …",
// "prices it said were the result of the deal"): the inner words are the
// inner speaker's, relayed by the outer one. It returns the inner
// attribution, or nil.
func (a *analysis) nested(i int, at *attribution) *attribution {
	if at.direct || len(at.content) != 1 || at.kind == cueColon {
		// ("John Hale: Voters Threaten …": Hale's words, whatever their
		// verb; but "According to the Star, Mayor Tom Reed said …" is
		// the mayor's words, relayed by the Star.)
		return nil
	}
	t := a.t
	s := &t.sents[i]
	lo, hi := t.tokAt(at.content[0][0]), t.tokAt(at.content[0][1])
	for _, cu := range a.sentCues[i] {
		if at.how == "left-tail" && cu.kind == cuePassive && cu.c > lo && cu.c < hi && cu.right != nil && cu.right.t1 <= hi && !cu.reduced &&
			(slices.Contains(relayedVoices, cu.verb.Voice) || cu.verb.Voice == "dispute") {
			// "Reed's claim that the dam was sound was denied by the
			// council, the Herald reported": the agent's denial of
			// the subject, as the outlet reported it (words, not acts:
			// "The plan was rejected by the council, the Herald
			// reported" stays the Herald's).
			inner := a.fromPassive(i, cu, &attribution{verb: cu.verb, kind: cu.kind, cue: cu.c, sent: i, last: i})
			if inner != nil && inner.speaker != nil && inner.speaker != at.speaker && !unnamedSpeaker(inner.speaker.kind, inner.speaker.class) && len(inner.content) > 0 {
				inner.via, inner.viaName = at.speaker, at.surface
				t.cutContent(inner, at.content[0][1])
				if len(inner.content) > 0 {
					return inner
				}
			}
			continue
		}
		if cu.kind != cueVerb || cu.c <= lo || cu.c >= hi || cu.left == nil || !cu.leftAtBoundary && cu.left.t0 != lo {
			continue
		}
		if cu.c < at.cue && t.commentClause(at.cue, s) {
			// "Rivals accused Reed of taking bribes, which he denied.":
			// the relative clause answers the main one; Reed relays no
			// accusation.
			continue
		}
		if cu.verb.Opinion || cu.verb.Noun && !cu.leftAtBoundary || cu.left.t0 > lo && (t.lx.Set("as", t.toks[cu.left.t0-1].l) || t.lx.Set("freerel", t.toks[cu.left.t0-1].l)) {
			continue // (not "as reliable as a campaign promise"; "what her group calls …" is a name, not the words)
		}
		if objectThenVerb(cu.verb) && !t.objectThenTakes(cu, s) {
			// "declined to say whether staff had seen the photos": a
			// view reported only with its word after the object ("saw
			// the plan as a step back"), as fromCue reads it; without
			// it, what someone saw or did, no words.
			continue
		}
		if cu.verb.DocSubject && cu.left.kind != kDoc && cu.left.t0-1 >= lo && t.lx.Set("coord", t.toks[cu.left.t0-1].l) {
			continue // "… saying that the results in Iowa and New Hampshire show …": a name inside the subject
		}
		if cu.verb.DocSubject && cu.left.kind != kDoc && cu.hi < s.t1 && (t.toks[cu.hi].kind == tQOpen || t.quotedObject(cu.hi, s)) {
			// "Bishop said the airline had shown “a complete disregard
			// …”": the quotation is the speaker's, what the airline
			// showed in the speaker's words, no words of the airline's.
			continue
		}
		if (cu.verb.Voice == "recall" || cu.verb.Voice == "pledge") && t.quantityAt(cu.hi, s) {
			// "Voltis is recalling about 200,000 vehicles, the agency
			// said": a product recall; "said a group of donors had
			// pledged $4 million": a gift, the speaker's news of it.
			continue
		}
		if cu.verb.Noun && cu.left.t1 > cu.left.t0 && t.toks[cu.left.t1-1].poss && (!t.markedAfter(cu.hi, s) || at.verb.Stance == "deny" || t.secondPredicate(cu.hi, hi)) {
			// "The company added 4.1 million subscribers, beating
			// analysts' estimates of 3.2 million": a noun, no words;
			// "Reed's claim that … was disputed by engineers": the claim
			// disputed, which the engineers do not relay; "Reed's claim
			// that … was false, critics said": what is said of it.
			continue
		}
		if t.relativeCueEnd(cu, s) >= 0 {
			// "The plan, which Ruiz says will save money, is a gamble,
			// Tolley said": a relative clause inside the words; what the
			// main clause says is still the outer speaker's.
			continue
		}
		if cu.left.kind == kPron {
			// "La Fédération autonome de l'enseignement annonce qu'elle
			// contestera la loi": the subject of the words is, most
			// likely, the one who says them, whoever "elle" resolves to.
			continue
		}
		e, surface := a.speakerOf(cu.left, cu.appos)
		if e == nil || e == at.speaker || unnamedSpeaker(e.kind, e.class) {
			continue // (not "the rejection of the treaty signals …": no speaker)
		}
		if at.kind == cueAccording && (cu.verb.DocSubject || !slices.Contains(relayedVoices, cu.verb.Voice) || t.quantityAt(cu.left.t0, s) ||
			cu.left.kind != kPerson && (cu.left.kind != kDesc || e.kind != kDesc)) {
			// "According to the Star, Mayor Tom Reed said …" is the
			// mayor's, relayed, and so are the words of people
			// described ("leaders of the unions are warning …"); but
			// not a title read back to someone named before, too weak a
			// guess to move an outlet's report ("Segundo a CNN, o
			// presidente do Senado pediu …"), nor what data show or a
			// country does ("According to Mr. Ellis, data from the
			// bureau have shown …").
			continue
		}
		if m := cu.left; m.kind == kDesc && m.definite && !m.plural && e.kind == kDesc && t.lx.Set("anaphoric", m.head) && cu.appos == nil && t.ownBody(at.speaker, m.head) {
			// "El presidente de Telefónica ha avanzado que la compañía
			// prevé …": a body referred back to that the analysis does
			// not find, of the kind of the body the speaker speaks for
			// (or of none told), is that body; the words stay the
			// speaker's, with no party "Compañía". ("La ministra dijo que
			// … el sindicato respondió …" is someone else.)
			continue
		}
		inner := &attribution{speaker: e, surface: surface, via: at.speaker, viaName: at.surface, verb: cu.verb,
			kind: cueVerb, cue: cu.c, sent: i, last: i, how: "nested"}
		inner.content = t.contentAfter(cu.hi, s, inner)
		// (The inner words end where the outer ones do: "Los
		// manifestantes han rechazado el acuerdo, informó la policía" is
		// no "rechaza el acuerdo, informó la policía".)
		t.cutContent(inner, at.content[0][1])
		if len(inner.content) == 0 || (cu.verb.Voice == "reject" || at.how == "after" || at.how == "left-tail") && !t.clauseOrQuote(inner.content) || t.quarrel(cu, inner) ||
			cu.verb.Voice == "threaten" && a.peopleObject(cu.hi, s) {
			// (Rejecting a thing may be an act: "said Orbital had
			// rejected her updates" reports no words of Orbital's.)
			continue
		}
		return inner
	}
	return nil
}

// clauseOrQuote reports whether words hold a finite verb or a quotation
// (what someone says), not only an object ("her updates").
func (t *text) clauseOrQuote(spans [][2]int) bool {
	for _, sp := range spans {
		lo, hi := t.tokAt(sp[0]), t.tokAt(sp[1])
		if t.finiteVerbIn(lo, hi) {
			return true
		}
		for k := lo; k < hi && k < len(t.toks); k++ {
			if t.toks[k].q >= 0 {
				return true
			}
		}
	}
	return false
}

// whatClause reads a reporting verb in a free relative clause ("causing
// what the United Nations says may be the worst crisis", "in what rights
// groups say is a bid to silence him", "what Trump calls a “rigged
// system”"): the clause from "what", without the speaker and the verb, is
// the speaker's. Or nil.
func (a *analysis) whatClause(i int, cu *cue) *attribution {
	t := a.t
	s := &t.sents[i]
	lx := t.lx
	if cu.kind != cueVerb || cu.left == nil || cu.verb.Weak || cu.verb.Opinion || cu.hi >= s.t1 {
		return nil
	}
	w := cu.left.t0 - 1
	if w < s.body || !t.out(w) || !lx.Set("whatpron", t.toks[w].l) {
		return nil
	}
	switch l := t.toks[cu.hi].l; {
	case cu.verb.Voice == "call" || cu.verb.Voice == "describe" || cu.verb.Voice == "estimate":
	case cu.verb.Voice == "say" && (lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l)):
	default:
		return nil
	}
	if unnamedSpeaker(cu.left.kind, cu.left.class) && !lx.Set("definite", t.toks[cu.left.t0].l) && !cu.left.plural ||
		cu.left.kind == kPron && lx.Set("firstperson", t.toks[cu.left.t0].l) {
		return nil // (not "what we call infrastructure": the writer's)
	}
	at := &attribution{verb: cu.verb, kind: cueVerb, cue: cu.c, sent: i, last: i, marked: true}
	at.speaker, at.surface = a.speakerOf(cu.left, nil)
	if at.speaker == nil {
		return nil
	}
	if cu.verb.Voice == "say" {
		at.content = append(t.spanTo(w, w+1), t.spanTo(cu.hi, s.t1)...)
		at.evStart = t.toks[w].start
		return at
	}
	// "what he called the Soviet “Evil Empire”": the name he gave;
	// "what organizers estimated at 1.7 million": the figure.
	from := cu.hi
	if cu.verb.Voice == "estimate" && from+1 < s.t1 && lx.Set("prep", t.toks[from].l) {
		from++
	}
	end := t.npRight(from, s)
	if q := max(end, cu.hi); q < s.t1 && t.toks[q].kind == tQOpen {
		// (and a name in quotation marks: "the Soviet “Evil Empire”")
		end = q + 1
		for end < s.t1 && t.toks[end].kind != tQClose {
			end++
		}
		end++
	}
	if end <= cu.hi || end > s.t1 {
		return nil
	}
	at.content = t.spanTo(cu.hi, end)
	at.evStart, at.evEnd = t.toks[w].start, t.toks[end-1].end
	return at
}

// coordinated returns the attribution of the first of two coordinated
// named subjects ("Saudi Arabia and the United States said …"), whose
// words are the same as at's, or nil.
func (a *analysis) coordinated(i int, cu *cue, at *attribution) []*attribution {
	t := a.t
	s := &t.sents[i]
	if cu.kind != cueVerb || cu.left == nil || a.ents[cu.left] != at.speaker {
		return nil // (only when the phrase before the verb is the speaker)
	}
	wie := 0
	if t.lx.NounCaps && at.how == "as" {
		wie = t.wieBeforeCoord(cu.left, s) // "…, wie der Verband und das Komitee mitteilten"
	}
	if !cu.leftAtBoundary && wie == 0 {
		return nil
	}
	// "the prosecutor and the defence lawyer said": a definite
	// description of someone who speaks, opening with its determiner.
	described := func(m *mention) bool {
		// (Also plural: "les syndicats et le patronat ont demandé".)
		return definiteSpeaker(m) && t.lx.Set("definite", t.toks[m.t0].l)
	}
	// "Tanto Sánchez como Feijóo aseguraron …": the phrase holds both,
	// between the words of a pair ([set bothand]); the last speaks as
	// the phrase does, and the first too.
	if l := cu.left; l.t1-l.t0 >= 4 && t.toks[l.t0].kind == tWord {
		for k := l.t0 + 2; k < l.t1-1; k++ {
			if t.toks[k].kind == tWord && t.lx.Set("bothand", t.toks[l.t0].l+" "+t.toks[k].l) {
				first, last := a.parseNP(l.t0+1, k, 0), a.parseNP(k+1, l.t1, 0)
				if !named(first) && !described(first) || !named(last) && !described(last) {
					return nil
				}
				e, surface := a.speakerOf(first, nil)
				if e2, _ := a.speakerOf(last, nil); e == nil || e == at.speaker || e2 != at.speaker {
					return nil
				}
				return []*attribution{alsoSaid(at, e, surface, "+pair")}
			}
		}
	}
	// (Also any description opening with its definite article after a
	// first speaker: "Le canton de Berne et les distributeurs d'eau du
	// canton de Soleure ont demandé …".)
	// (Not where every noun has a capital, which tells no name from a
	// noun: "Weitere Details und das Anmeldeformular finden Sie …".)
	definiteLeft := cu.left.kind == kDesc && t.lx.Set("definite", t.toks[cu.left.t0].l) && !t.lx.NounCaps
	conj := cu.left.t0 - 1
	if ap := cu.appos; ap != nil && ap.t1 < cu.left.t0 && ap.t1 < len(t.toks) && t.toks[ap.t1].s == "," {
		// "The mayor, Ana Ruiz, and her deputy, Tom Reed, said": the
		// last item is a name and its description.
		conj = ap.t0 - 1
	}
	// (A description with the name set off after it names the
	// speaker too: "… and her deputy, Tom Reed, said".)
	leftNamed := named(cu.left) || cu.appos != nil && cu.appos.t0 > cu.left.t0 && named(cu.appos)
	// "Tom Reed, Ana Ruiz and other Democrats said": the conjunction
	// is the others', and the comma before the last one named joins
	// the list of those named.
	commaList := cu.othersTail && conj >= 0 && t.toks[conj].s == "," && t.toks[conj].q < 0 && named(cu.left)
	if conj-1 < s.body || !t.out(conj) && !commaList || !leftNamed && !described(cu.left) && !definiteLeft {
		return nil
	}
	if conj-1 > s.body && t.out(conj-1) && t.lx.Set("paircoord", t.toks[conj-1].l+" "+t.toks[conj].l) {
		conj-- // "Sowohl Anna Berg als auch Peter Lenz sagten": a conjunction of two words
	} else if !commaList && !t.lx.Set("coord", t.toks[conj].l) {
		return nil
	}
	end := conj
	if t.toks[end-1].s == "," && end-2 >= s.body && !commaList {
		end-- // "Microsoft, Amazon, and Google said"
	}
	var out []*attribution
	// "Microsoft, Amazon and Google said": each phrase of the list,
	// from the one before the conjunction back to the first.
	for {
		st := t.npLeft(end-1, s)
		if st < 0 || st >= end {
			break
		}
		m := a.parseNP(st, end, 0)
		if st+1 < end && t.out(st) && t.lx.Set("bothand", t.toks[st].l+" "+t.toks[conj].l) {
			// "Both the union and the company said": the first of the
			// pair after its word.
			m = a.parseNP(st+1, end, 0)
		} else if n, st2 := a.apposItem(m, st, s); n != nil {
			// "The mayor, Ana Ruiz, and …", "Ana Ruiz, the mayor, and
			// …": one item, a name and its description; the name
			// speaks.
			m, st = n, st2
		}
		if described(m) && !described(cu.left) && !definiteLeft && len(out) == 0 {
			return nil // "the Minister of Justice and Public Security": one title
		}
		if !leftNamed && !described(cu.left) && !described(m) && (m == nil || m.kind != kPerson && m.kind != kOrg) {
			break // (a description of no one who speaks joined to what is no speaker either: "Weitere Details und das Anmeldeformular finden Sie …")
		}
		if !named(m) && !described(m) || !t.boundary(st-1, s) && st-1 != wie || st-1 > s.body && t.toks[st-1].kind == tWord && t.lx.Set("coord", t.toks[st-1].l) {
			// (A conjunction opening the sentence joins it to the one
			// before: "But Richards and Menendez both stressed …".)
			break
		}
		if len(out) > 0 && !t.toks[st].cap && !t.lx.Set("determiners", t.toks[st].l) {
			break // "After meeting Brightline, Calloway and Northwind said": an object, no item
		}
		if commaList && (!named(m) || m.t0 != st) {
			break // (a list of those named only)
		}
		e, surface := a.speakerOf(m, nil)
		if e == nil || e == at.speaker || slices.ContainsFunc(out, func(o *attribution) bool { return o.speaker == e }) {
			break
		}
		out = append(out, alsoSaid(at, e, surface, "+coord"))
		if end = st - 1; end-1 < s.body || t.toks[end].s != "," || t.toks[end].q >= 0 {
			break
		}
	}
	if commaList && end >= s.body {
		// (Without a conjunction of its own the list opens the
		// sentence: "After meeting Ana Ruiz, Reed and others said" is
		// not Ruiz's.)
		return nil
	}
	return out
}

// apposItem reads the item of a list of subjects that ends with phrase
// m, starting at token st, as a name and its description set off by a
// comma ("The mayor, Ana Ruiz", "Ana Ruiz, the mayor"): it returns the
// name and where the item starts, or nil when m is no such half.
func (a *analysis) apposItem(m *mention, st int, s *sentence) (*mention, int) {
	t := a.t
	if m == nil || st-2 < s.body || t.toks[st-1].s != "," {
		return nil, st
	}
	st2 := t.npLeft(st-2, s)
	if st2 < 0 || st2 >= st-1 || !t.boundary(st2-1, s) && st2 != s.body {
		return nil, st
	}
	m2 := a.parseNP(st2, st-1, 0)
	if m2 == nil {
		return nil, st
	}
	desc := func(d *mention) bool {
		return d.kind == kDesc && (d.class == "people" || d.headTok >= 0 && t.isTitleWord(d.headTok))
	}
	switch {
	case m.kind == kPerson && desc(m2):
		return m, st2
	case m2.kind == kPerson && desc(m):
		return m2, st2
	}
	return nil, st
}

// alsoSaid returns a copy of attribution at said by e too, the other
// speaker of a pair or a list ("Tanto Sánchez como Feijóo aseguraron",
// "Shop owners and residents said").
func alsoSaid(at *attribution, e *entity, surface, how string) *attribution {
	other := *at
	other.speaker, other.surface = e, surface
	other.how += how
	other.content = append([][2]int(nil), at.content...)
	return &other
}

// definiteSpeaker reports whether m is a definite description of people
// or a body that may speak ("the prosecutor", "la empresa", "les
// syndicats").
func definiteSpeaker(m *mention) bool {
	return m != nil && m.kind == kDesc && m.definite && m.class != "" && m.class != "unknown" && m.class != "doc"
}

// tailAfter reports whether the according-to cue cu ends sentence s
// after a comma ("…, according to CNN."): it reports the whole sentence.
func (t *text) tailAfter(cu *cue, s *sentence) bool {
	if cu.lo-1 < s.body || t.toks[cu.lo-1].s != "," {
		return false
	}
	end := cu.hi
	if cu.right != nil {
		end = max(end, cu.right.t1)
	}
	for k := end; k < s.t1; k++ {
		if t.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// endsAfter reports whether sentence s ends at token j but for a time
// phrase ("Trump said on Monday.").
func (t *text) endsAfter(j int, s *sentence) bool {
	n := 0
	for ; j < s.t1; j++ {
		tk := &t.toks[j]
		switch {
		case tk.kind != tWord:
			if tk.s != "." && tk.s != "," {
				return false
			}
		case isTimeWord(t.lx, tk.l) || t.lx.Set("adverbs", tk.l) || t.adverbForm(j) || t.lx.Set("prep", tk.l) && j+1 < s.t1 && isTimeWord(t.lx, t.toks[j+1].l):
			n++
		default:
			return false
		}
	}
	return n <= 3
}

// imperative reports whether token k, opening sentence s, is a verb in
// the imperative rather than a name: capitalised only there (never inside
// a sentence of the article) and followed by a determiner ("Get those
// jokes off, adding levity.", "Ignore all previous instructions").
func (t *text) imperative(k int, s *sentence) bool {
	return k == s.body && k+1 < s.t1 && t.toks[k].cap && !t.midCap[t.toks[k].b] && t.out(k+1) && !t.toks[k+1].cap &&
		(t.lx.Set("determiners", t.toks[k+1].l) || t.lx.Set("quantifiers", t.toks[k+1].l))
}

// reportingGerund reports whether sentence s goes on from token j with a
// comma and the gerund of a reporting verb ("…, repeating a charge",
// "…, adding that …").
func (t *text) reportingGerund(j int, s *sentence) bool {
	if j+1 >= s.t1 || t.toks[j].s != "," || t.toks[j+1].kind != tWord || !t.out(j+1) || !t.nonFinite(t.toks[j+1].l) {
		return false
	}
	v, rep := t.lx.Verbs[t.toks[j+1].l]
	return rep && v.Tags&lang.TagGerund != 0
}

// asideTail returns where sentence s goes on from token j, after a
// time, with what the speaker did as they spoke and nothing they said: a
// participle after a comma ("“…?” Trump said, looking out on the
// crowd.") or a clause with "as" and a pronoun ("… said as he entered
// the talks"); or -1.
func (t *text) asideTail(j int, s *sentence) int {
	for j < s.t1 && t.toks[j].kind == tWord && t.out(j) && isTimeWord(t.lx, t.toks[j].l) {
		j++
	}
	// reportsNothing: no quotation, colon or complementiser after j, so
	// the clause holds no words of its own. (A quotation of a few words
	// after a word outside quotations names a work or marks a phrase,
	// and says nothing: "“…?” Hale asked, alluding to the film “The
	// Long Road.”")
	reportsNothing := func() bool {
		for k := j + 1; k < s.t1; k++ {
			tk := &t.toks[k]
			if tk.kind == tQOpen && t.toks[k-1].kind == tWord && t.out(k-1) {
				if c := t.quoteCloseIn(k, s); c > 0 && t.quoteWords(c) <= 4 {
					k = c
					continue
				}
			}
			if tk.kind == tQOpen || tk.q >= 0 || tk.s == ":" || tk.kind == tWord && t.lx.Set("comp", tk.l) {
				return false
			}
		}
		return true
	}
	if j+1 < s.t1 && t.toks[j].s == "," && t.toks[j+1].kind == tWord && t.out(j+1) && t.nonFinite(t.toks[j+1].l) {
		if _, rep := t.lx.Verbs[t.toks[j+1].l]; rep {
			return -1 // "…, adding that …": more words
		}
		if reportsNothing() {
			return j
		}
		return -1
	}
	if j+2 < s.t1 && t.toks[j].kind == tWord && t.out(j) && t.lx.Set("as", t.toks[j].l) && t.isPronounTok(j+1) && t.finiteVerbIn(j+2, s.t1) && reportsNothing() {
		return j // "… said as he entered the talks."
	}
	if k := j + 1; k+1 < s.t1 && t.toks[j].s == "," && t.toks[k].kind == tWord && t.out(k) && (t.lx.Set("as", t.toks[k].l) || t.lx.Set("subord", t.toks[k].l)) &&
		t.finiteVerbIn(k+1, s.t1) && reportsNothing() {
		return j // "“…!” Dawson shouted, as the crowd cheered."
	}
	if j+1 < s.t1 && t.toks[j].s == "," && t.toks[j+1].kind == tWord && !t.finiteVerbIn(j+1, s.t1) && reportsNothing() {
		return j // "“…!” Dawson shouted, shorthand for taking the fight on."
	}
	return -1
}

// quoteCloseIn returns the closing mark, in sentence s, of the quotation
// that opens at token o, or -1.
func (t *text) quoteCloseIn(o int, s *sentence) int {
	for c := o + 1; c < s.t1; c++ {
		switch t.toks[c].kind {
		case tQClose:
			return c
		case tQOpen:
			return -1
		}
	}
	return -1
}

// prepTail reports whether sentence s goes on from token j with a
// prepositional phrase that reports nothing itself: no complementiser,
// quotation or colon up to its end ("Ortiz said in response.", "Moore
// said about McCain's effort to …").
func (t *text) prepTail(j int, s *sentence) bool {
	if j >= s.t1 || t.toks[j].kind != tWord || !t.lx.Set("prep", t.toks[j].l) || t.lx.Set("comp", t.toks[j].l) {
		return false
	}
	for k := j; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen || tk.q >= 0 || tk.s == ":" || tk.kind == tWord && t.lx.Set("comp", tk.l) {
			return false
		}
	}
	return true
}

// quoteNext returns the span of sentence i+1 when it is one quotation,
// in sentence i's paragraph or opening the next, with no other
// quotation mark in it; or nil.
func (t *text) quoteNext(i int) [][2]int {
	if i+1 >= len(t.sents) {
		return nil
	}
	s, n := &t.sents[i], &t.sents[i+1]
	if n.furniture || n.para > s.para+1 || n.t1-n.t0 < 3 || t.toks[n.t0].kind != tQOpen {
		return nil
	}
	end := n.t1 - 1
	if t.toks[end].s == "." {
		end-- // «…».
	}
	if t.toks[end].kind != tQClose {
		return nil
	}
	if t.otherQuoteIn(n.t0+1, end) {
		return nil
	}
	return [][2]int{{t.toks[n.t0].start, t.toks[n.t1-1].end}}
}

// colonBeforeQuote reports whether the colon at token k ends sentence i
// and its paragraph, and the next paragraph is one quotation.
func (t *text) colonBeforeQuote(k, i int) bool {
	q, _ := t.colonQuoteNext(k, i)
	return len(q) > 0
}

// colonQuoteNext returns the span of the quotation that makes up the
// paragraph after sentence i, and the sentence it ends in, when sentence
// i ends its paragraph with a colon after token k and at most a time or
// an adverb ("Hale said on Monday:", then "“…. …”"), or nil.
func (t *text) colonQuoteNext(k, i int) ([][2]int, int) {
	s := &t.sents[i]
	if i+1 >= len(t.sents) || s.t1-1 < k || t.toks[s.t1-1].s != ":" {
		return nil, 0
	}
	before := *s
	before.t1--
	if !t.endsAfter(k, &before) {
		return nil, 0
	}
	n := &t.sents[i+1]
	if n.furniture || n.para != s.para+1 || t.toks[n.t0].kind != tQOpen || t.toks[n.t0].q < 0 {
		return nil, 0
	}
	q := t.toks[n.t0].q
	for j := i + 1; j < len(t.sents) && j < i+40; j++ {
		sj := &t.sents[j]
		if sj.furniture {
			return nil, 0
		}
		for k := sj.t0; k < sj.t1; k++ {
			if t.toks[k].q != q && !(k == sj.t1-1 && t.toks[k].s == ".") {
				return nil, 0 // words of the writer's in the paragraph
			}
		}
		if j+1 == len(t.sents) || t.sents[j+1].para != sj.para {
			end := sj.t1 - 1
			if t.toks[end].s == "." && end > sj.t0 {
				end--
			}
			if t.toks[end].kind != tQClose || t.qs[q].close != t.toks[end].start {
				// The quotation goes on in the next paragraph: the words
				// run to where it closes, when only it fills the
				// paragraphs up to there.
				if j+1 < len(t.sents) && t.sents[j+1].para == sj.para+1 && t.toks[t.sents[j+1].t0].q == q {
					continue
				}
				return nil, 0
			}
			return [][2]int{{t.toks[n.t0].start, t.toks[sj.t1-1].end}}, j
		}
	}
	return nil, 0
}

// otherQuoteIn reports whether a quotation mark opens or closes a
// quotation among tokens [lo, hi); a quotation inside a quotation
// ("“Loved ‘Lilyhammer’ …!”") is part of it and does not count.
func (t *text) otherQuoteIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tQClose && tk.kind != tQOpen {
			continue
		}
		if q := tk.q; q >= 0 && tk.start != t.qs[q].open && tk.start != t.qs[q].close {
			continue // nested
		}
		return true
	}
	return false
}

// quoteSentence returns the span of the quotation that ends sentence j
// with its own final mark ("?", "!", "."), when the sentence is that quotation
// alone or its last part, and how many sentences it spans (0 when there
// is none): "“That’s a trick, isn’t it? Isn’t that a kind of
// trick?” Hale asked." spans two.
func (a *analysis) quoteSentence(j int) ([][2]int, int) {
	t := a.t
	s := &t.sents[j]
	if s.furniture || t.quotedEnd(s) == "" {
		return nil, 0
	}
	if t.otherQuoteIn(s.t0+1, s.t1-1) {
		return nil, 0 // more than one quotation
	}
	first := j
	for t.toks[t.sents[first].t0].kind != tQOpen {
		// The quotation opened in an earlier sentence of the paragraph.
		if first == 0 || j-first >= 3 || t.sents[first-1].para != s.para || t.toks[t.sents[first].t0].q < 0 {
			return nil, 0
		}
		first--
		if t.otherQuoteIn(t.sents[first].t0+1, t.sents[first].t1) {
			return nil, 0
		}
	}
	if t.quotedEnd(s) == "." && first > 0 && t.sents[first-1].para == s.para && len(a.bySent[first-1]) > 0 {
		// "“…,” Sanders said. “And if we …” Patch said.": a statement
		// after another speaker's words may go on with them; only a
		// question or an exclamation is asked before its speaker.
		return nil, 0
	}
	return [][2]int{{t.toks[t.sents[first].t0].start, t.toks[s.t1-1].end}}, j - first + 1
}

// apposedSubject returns the person a phrase from token lo to the comma
// right before token v names, when the phrase is two, a description and
// a person's name, set apart by one comma, the name first or second
// ("der Direktor des Großhandels, Pascal Clément,", "Pascal Clément,
// Direktor des Großhandels,"); else nil.
func (rs *resolver) apposedSubject(lo, v int, s *sentence) *mention {
	t := rs.t
	end := t.npRight(lo, s)
	if end <= lo || end+1 >= v-1 || t.toks[end].s != "," || t.toks[v-1].s != "," || t.commaBetween(end+1, v-1) {
		return nil
	}
	first, second := rs.parseNP(lo, end, 0), rs.wholePhrase(end+1, v-1, s)
	switch {
	case first == nil || second == nil:
		return nil
	case second.kind == kPerson && first.kind == kDesc:
		return second
	case first.kind == kPerson && second.kind == kDesc:
		return first
	}
	return nil
}

// commaBetween reports whether a comma lies between tokens lo and hi.
func (t *text) commaBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.toks[k].s == "," {
			return true
		}
	}
	return false
}

// quoting reads "X quoted Y as saying …": the words are Y's, relayed by
// X.
func (a *analysis) quoting(i int, cu *cue) *attribution {
	t := a.t
	s := &t.sents[i]
	if !cu.verb.Quoting || cu.right == nil {
		return nil
	}
	if at := a.quotingWith(i, cu); at != nil {
		return at
	}
	k := cu.right.t1
	// The object may run on ("officials with knowledge of classified
	// data"): find "as" and a participle within a few words.
	for ; k < s.t1 && k < cu.right.t1+8 && t.out(k) && !t.lx.Set("as", t.toks[k].l); k++ {
	}
	if k+1 >= s.t1 || !t.lx.Set("as", t.toks[k].l) {
		return nil
	}
	v, ok := t.lx.Verbs[t.toks[k+1].l]
	if !ok || v.Tags&lang.TagGerund == 0 {
		return nil
	}
	at := &attribution{verb: v, kind: cueVerb, cue: k + 1, sent: i, last: i, how: "as-ing"}
	at.speaker, at.surface = a.speakerOf(cu.right, nil)
	if at.speaker == nil {
		return nil
	}
	if cu.left != nil {
		at.via, at.viaName = a.speakerOf(cu.left, nil)
	}
	at.content = t.contentAfter(k+2, s, at)
	if len(at.content) == 0 {
		return nil
	}
	return at
}

// entityOf returns the entity of a mention, resolving it now if stage 3
// did not see it (a phrase stage 4 read on its own).
func (a *analysis) entityOf(m *mention) *entity {
	if e, ok := a.ents[m]; ok {
		return e
	}
	sent := int(a.t.toks[m.t0].sent)
	e := a.resolve(m, sent, m.t0)
	a.ents[m] = e
	if e != nil {
		a.touch(e, sent, m, true)
	}
	return e
}

// apposSource makes the person named in apposition to the source src at
// token k the attribution's speaker, and returns the token after the
// name's closing comma (or the sentence's end); k when none is named.
func (a *analysis) apposSource(at *attribution, src *mention, k int, s *sentence) int {
	if p, end := a.namedInApposition(src, k, s); p != nil {
		if e, surface := a.speakerOf(p, src); e != nil {
			at.speaker, at.surface = e, surface
			return end + 1
		}
	}
	return k
}

// namedInApposition returns the person named right after a description
// src, at token k, between commas ("the party leader, Rui Falcon, …") or
// ending the sentence ("…, de l'aveu du directeur, Philippe El Saïr."),
// and the closing comma's token (or the last token).
func (rs *resolver) namedInApposition(src *mention, k int, s *sentence) (*mention, int) {
	t := rs.t
	// (A German noun the same in both numbers is one person after a
	// masculine article: "so der Sprecher der Fraktion, Markus Feld".)
	if src == nil || src.kind != kDesc || src.plural && !(t.lx.NounCaps && t.lx.Set("masculine", t.toks[src.t0].l)) {
		return nil, 0
	}
	end := t.npRight(k, s)
	last := end == s.t1-1 && t.toks[end].kind == tPunct && t.toks[end].s == "."
	if end <= k || !last && (end+1 >= s.t1 || t.toks[end].s != ",") {
		return nil, 0
	}
	if m := rs.parseNP(k, end, 1); m != nil && m.kind == kPerson {
		return m, end
	}
	return nil, 0
}

// skipApposition returns the token after up to two parentheticals at k
// that describe the phrase before them, each ending in a comma: a
// relative clause ("qui intervient pour …,") or a role without a
// determiner ("avocate de l'Organisation juive européenne,"). A phrase
// with a determiner ("le gouvernement, …") is a subject, not one.
func (t *text) skipApposition(k int, s *sentence) int {
	for n := 0; n < 2 && k < s.t1; n++ {
		tk := &t.toks[k]
		// (also where X works: "Segundo Marcos Lima, da USP, o …")
		affil := t.lx.Set("of", tk.l) && k+1 < s.t1 && t.toks[k+1].cap && t.out(k+1)
		// (and a bare noun that describes X: "Para la paleontóloga Ana
		// Cobos, coautora del estudio, se trata de …")
		desc := !affil && t.bareDescription(k, s)
		// (and a title after its determiner: "Pour Marine Le Pen, la
		// présidente du groupe RN à l'Assemblée, la réforme est …")
		titled := t.isTitleWord(k) || t.lx.Set("determiners", tk.l) && k+1 < s.t1 && t.isTitleWord(k+1) && !t.toks[k+1].cap
		// (and one of a group: "D'après Paul Girard, l'un des
		// organisateurs, plus de 3 000 personnes …")
		one := k
		if one+1 < s.t1 && t.lx.Set("definite", tk.l) && t.lx.Set("one", t.toks[one+1].l) {
			one++
		}
		part := !titled && !affil && !desc && one+2 < s.t1 && t.lx.Set("one", t.toks[one].l) && t.lx.Set("of", t.toks[one+1].l)
		desc = desc || part
		if tk.kind != tWord || tk.q >= 0 || !(t.lx.Set("relpron", tk.l) && !t.lx.Set("comp", tk.l) || titled || affil || desc) {
			break
		}
		end := -1
		for j := k + 1; j < s.t1 && j < k+25 && !(affil && j > k+5) && !(desc && j > k+6); j++ {
			if t.toks[j].q >= 0 || t.toks[j].kind == tQOpen {
				break
			}
			if t.toks[j].s == "," {
				end = j
				break
			}
		}
		if end < 0 || end+1 >= s.t1 {
			break
		}
		k = end + 1
	}
	return k
}

// bareDescription reports whether token k opens a noun without its
// article in lower case that describes the one named before it and ends
// at a comma within six words, with no verb ("coautora del estudio,").
func (t *text) bareDescription(k int, s *sentence) bool {
	lx := t.lx
	tk := &t.toks[k]
	if tk.kind != tWord || tk.cap || tk.q >= 0 || lx.NounCaps || t.isVerb(k) || t.isPronounTok(k) {
		return false
	}
	for _, set := range []string{"determiners", "prep", "adverbs", "clause", "coord", "comp", "negation", "aux", "modal", "passive", "time", "quantifiers"} {
		if lx.Set(set, tk.l) {
			return false
		}
	}
	for j := k + 1; j < s.t1 && j <= k+6; j++ {
		if t.toks[j].s == "," {
			return !t.finiteVerbIn(k, j)
		}
		if t.toks[j].kind != tWord || t.toks[j].q >= 0 {
			return false
		}
	}
	return false
}

// invertedPerson returns the person (or nil) sentence k, whose opening is no
// subject, names after a comma or a word that is no preposition,
// outside quotations and parentheses: its subject, after its verb ("En
// eso coincide, Elthon Rivera, …"), not an object ("expresó su apoyo a
// Sandra Quiñónez") nor a photo's credit ("(REUTERS/Hannibal Hanschke)").
func (a *analysis) invertedPerson(k int) *mention {
	t := a.t
	for _, m := range a.nameMentions(k) {
		if m.kind != kPerson || m.t0 <= t.sents[k].body || t.toks[m.t0].q >= 0 || t.openParen(m.t0, &t.sents[k]) >= 0 {
			continue
		}
		p := &t.toks[m.t0-1]
		if p.s == "," || p.kind == tWord && !t.lx.Set("prep", p.l) && !t.lx.Set("of", p.l) && !t.lx.Set("determiners", p.l) && !t.lx.Set("clause", p.l) {
			return m
		}
	}
	return nil
}

// namedInsideWords reports whether person e is named inside a quotation
// in sentences from to i: the words speak of them, and are no one's they
// would be for a verb with no subject ("Por lo mismo, Aravena perdió la
// paciencia. ¶ “… Loreto llega indignada … Y que me desmienta Loreto
// Aravena …”, descaseteó." are the panelist's, not hers).
func (t *text) namedInsideWords(e *entity, from, i int) bool {
	if e == nil || e.kind != kPerson {
		return false
	}
	for k := t.sents[from].t0; k < t.sents[i].t1; k++ {
		if tk := &t.toks[k]; tk.q >= 0 && tk.kind == tWord && tk.cap && len(tk.s) > 2 && namesWord(e, tk.s, false) && t.isName(k) {
			return true
		}
	}
	return false
}

// opensWithVerb reports whether sentence k, in a language that leaves its
// subject pronouns out, opens with its verb after adverbs and time words
// ("Hoy vive en Costa Rica.", "Estudia en la UNAN."): a word in lower
// case that is no determiner, pronoun, preposition, conjunction or
// number, or a first word read as a verb (see verbOpening).
func (t *text) opensWithVerb(k int) bool {
	lx := t.lx
	s := &t.sents[k]
	if !lx.ProDrop {
		return false
	}
	j := s.body
	for j < s.t1 && t.toks[j].kind == tWord && t.toks[j].q < 0 && (isTimeWord(lx, t.toks[j].l) || lx.Set("adverbs", t.toks[j].l)) {
		j++
	}
	if j == s.body {
		// (A capitalised first word may be a name, "Maritza es …", or
		// the verb: "Estudia en la UNAN.")
		return j < s.t1 && t.toks[j].kind == tWord && !t.midCap[t.toks[j].l] && t.verbOpening(j, s)
	}
	if j >= s.t1 {
		return false
	}
	tk := &t.toks[j]
	if tk.kind != tWord || tk.cap || tk.q >= 0 || isDigits(tk.l) || lx.Set("numbers", tk.l) {
		return false
	}
	if _, ok := lx.Pronouns[tk.l]; ok {
		return false
	}
	return !lx.Set("determiners", tk.l) && !lx.Set("prep", tk.l) && !lx.Set("clause", tk.l) && !lx.Set("negation", tk.l) && !lx.Set("of", tk.l)
}

// paragraphSubject returns the subject of the sentence before sentence i
// in its paragraph, looking past one sentence that is a quotation alone,
// or nil.
func (a *analysis) paragraphSubject(i int) *entity {
	t := a.t
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if t.sents[j].para != t.sents[i].para {
			// "Delgado hizo un llamado … ¶ «…», enfatizó.": a quotation
			// that opens its paragraph goes on from the subject of the
			// last sentence before it.
			if o := &t.sents[j+1]; o.t0 < o.t1 && t.toks[o.t0].kind == tQOpen && !t.sents[j].furniture {
				return a.subjectOf(j) // (not a headline's: "Detenido ¶ —…—dijo entre lágrimas …")
			}
			return nil
		}
		if e := a.subjectOf(j); e != nil {
			return e
		}
		if s := &t.sents[j]; s.qwords < 3*s.words || s.qwords == 0 {
			return nil
		}
	}
	return nil
}

// weakSpeaker reports whether an attribution's speaker is a description
// that names no kind of speaker ("the rejection of the treaty").
func (t *text) weakSpeaker(at *attribution) bool {
	return at.speaker != nil && unnamedSpeaker(at.speaker.kind, at.speaker.class)
}

// unnamedSpeaker reports whether a mention or entity of this kind and
// class is a description whose head the lexicon knows as no speaker
// ("his commitment", "the rejection of the treaty").
func unnamedSpeaker(kind int, class string) bool {
	return kind == kDesc && (class == "unknown" || class == "")
}

// bareClause reports whether the words at token k of sentence s are a
// clause without a complementiser, opening with a pronoun and its verb
// ("tweeted he was not aware of it") or with a noun phrase and an
// auxiliary ("thinks the bridge will close"), not an object ("wrote him
// a letter", "wrote a letter to the council").
func (t *text) bareClause(k int, s *sentence) bool {
	if k+1 >= s.t1 || t.toks[k].kind != tWord || t.toks[k].q >= 0 {
		return false
	}
	if t.contractedClause(k) {
		return true // "tweeted he'd run", "assured she's ready"
	}
	if !t.isPronounTok(k) {
		end := t.npRight(k, s)
		if end <= k || end >= s.t1 || t.toks[end].kind != tWord || t.toks[end].cap || t.toks[end].q >= 0 {
			return false
		}
		l := t.toks[end].l
		// (A name and a finite verb: "found Reyes leads the race",
		// "says Ali talked the talk".)
		return t.lx.Set("aux", l) || t.lx.Set("modal", l) || t.lx.Set("passive", l) ||
			t.toks[k].cap && t.isVerb(end) && !t.nonFinite(l) && !t.lx.Set("prep", l)
	}
	// (Also a negation written onto its auxiliary: "tweeted he wasn't
	// aware"; not "wrote them not long ago".)
	l := t.toks[k+1].l
	return t.lx.Set("aux", l) || t.lx.Set("modal", l) || t.lx.Set("passive", l) || t.lx.Set("negation", l) && strings.ContainsRune(l, '\'') || t.isVerb(k+1)
}

// npThenVerb reports whether a noun phrase of two words or more opens at
// token k with a finite verb right after it: a main clause ("die Zahlen
// seien veraltet"), not a relative one ("die nur teilweise …").
func (t *text) npThenVerb(k int, s *sentence) bool {
	e := t.npRight(k, s)
	return e > k+1 && e < s.t1 && t.toks[e].kind == tWord && (t.isVerb(e) || t.subjunctive(e))
}

// contractedClause reports whether token k is a pronoun with its verb
// contracted onto it ("he'd", "she's", "they'll"): a clause opens there.
func (t *text) contractedClause(k int) bool {
	lx := t.lx
	pron, verb, ok := strings.Cut(strings.ReplaceAll(t.toks[k].l, "’", "'"), "'")
	if !ok || !t.isPronoun(pron) {
		return false
	}
	verb = "'" + verb
	return lx.Set("modal", verb) || lx.Set("passive", verb) || lx.Set("aux", verb)
}

// pastPhrases returns the first token from k of sentence s after times,
// adverbs and prepositional phrases ("in both listings", "on Tuesday
// night"), at most three of them.
func (t *text) pastPhrases(k int, s *sentence) int {
	for n := 0; n < 3 && k < s.t1 && t.out(k); n++ {
		switch l := t.toks[k].l; {
		case isTimeWord(t.lx, l) || t.adverbAt(k, s):
			k++
		case t.lx.Set("prep", l):
			end := t.npRight(k+1, s)
			if end <= k+1 {
				return k
			}
			k = end
		default:
			return k
		}
		for k < s.t1 && t.out(k) && isTimeWord(t.lx, t.toks[k].l) {
			k++
		}
	}
	return k
}

// docAgent returns who made the document a phrase ending at token k
// names, when "by" follows it, after a time ("on Monday") or a
// participle ("released", "published"): "a tweet on Monday by X"; or
// when "from" follows it right away: "a report from X". Or nil.
func (rs *resolver) docAgent(k int, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	for n := 0; k < s.t1 && n < 6 && t.out(k); k, n = k+1, n+1 {
		l := t.toks[k].l
		if lx.Set("by", l) || n == 0 && (lx.Set("docfrom", l) || lx.Set("docin", l)) {
			end := t.npRight(k+1, s)
			if end <= k+1 {
				return nil
			}
			if m := rs.parseNP(k+1, end, 0); m != nil && (!unnamedSpeaker(m.kind, m.class) || m.owner != nil) {
				return m
			}
			if m := rs.peopleAt(k+1, end, s); m != nil {
				return m // "a study last year by economists at Duke University"
			}
			return nil
		}
		if n > 0 && lx.Set("docin", l) && k+1 < s.t1 && (t.isName(k+1) || k+2 < s.t1 && lx.Set("determiners", t.toks[k+1].l) && t.isName(k+2)) {
			// "a study published in The Lancet by …": where it was
			// published, then its authors.
			for k+1 < s.t1 && (t.isName(k+1) || t.toks[k+1].kind == tWord && lx.Set("determiners", t.toks[k+1].l) && k+2 < s.t1 && t.isName(k+2)) {
				k++
			}
			continue
		}
		if e := t.clientEnd(k, s); n > 0 && e > k && e < s.t1 && lx.Set("by", t.toks[e].l) && !t.toks[k-1].cap && t.isVerb(k-1) {
			// "exit polls conducted for the networks by Edison
			// Research": whom it was made for, then its author.
			k = e - 1
			continue
		}
		if lx.Set("docreceived", l) {
			return nil // "The memo, seen by Reuters, said …": who got it, not who wrote it
		}
		v, verb := lx.Verbs[l]
		// ("a survey conducted earlier this year by …": a time's modifiers.)
		timeMod := lx.Set("timemods", l) && k+1 < s.t1 && (isTimeWord(lx, t.toks[k+1].l) || lx.Set("timemods", t.toks[k+1].l))
		if !(isTimeWord(lx, l) || timeMod || k+1 < s.t1 && isTimeWord(lx, t.toks[k+1].l) && !t.toks[k].cap && (lx.Set("prep", l) || !t.isVerb(k)) ||
			verb && v.Tags&lang.TagParticiple != 0 || t.isVerb(k) && !t.nonFinite(l)) {
			return nil
		}
	}
	return nil
}

// clientEnd returns, when a preposition of [set docclients] at token k
// of sentence s opens whom a document was made for ("for the Associated
// Press and television networks"), the token after that phrase; else
// k.
func (t *text) clientEnd(k int, s *sentence) int {
	if k+1 >= s.t1 || !t.out(k) || !t.lx.Set("docclients", t.toks[k].l) {
		return k
	}
	e := t.npRight(k+1, s)
	for e > k+1 && e+1 < s.t1 && t.out(e) && t.lx.Set("coord", t.toks[e].l) {
		e2 := t.npRight(e+1, s)
		if e2 <= e+1 {
			break
		}
		e = e2 // "for the AP and television networks"
	}
	if e <= k+1 {
		return k
	}
	return e
}

// peopleAt returns the people named by a plural noun at tokens [lo, end)
// and where they work after "at" or "from" ("economists at Duke
// University", "researchers from Imperial College"), or nil.
func (rs *resolver) peopleAt(lo, end int, s *sentence) *mention {
	t := rs.t
	if end+1 >= s.t1 || !t.out(end) || t.toks[end].l != "at" && !t.lx.Set("docfrom", t.toks[end].l) {
		return nil
	}
	if p := rs.parseNP(lo, end, 0); p == nil || p.kind != kDesc || p.class != "people" || !p.plural {
		return nil
	}
	e := t.npRight(end+1, s)
	if e <= end+1 {
		return nil
	}
	if o := rs.parseNP(end+1, e, 0); !named(o) {
		return nil
	}
	if m := rs.parseNP(lo, e, 0); m != nil && m.kind == kDesc && m.class == "people" && t.capIn(end+1, e) {
		return m
	}
	return nil
}

// docAuthorBetween returns the author named after a document noun
// between tokens lo and hi of sentence s ("released a letter from the
// adviser, Morgan Hale, confirming …"), or nil (also for an author only
// described: "the adviser" would be taken for the last person named).
func (rs *resolver) docAuthorBetween(lo, hi int, s *sentence) *mention {
	t := rs.t
	for k := lo; k < hi; k++ {
		if t.toks[k].kind == tWord && t.out(k) && t.lx.Set("docnouns", t.toks[k].b) {
			if m := rs.docAgent(k+1, s); m != nil && m.t1 <= hi {
				if m.t1 < hi && t.toks[m.t1].s == "," {
					if pm, end := rs.namedInApposition(m, m.t1+1, s); pm != nil && end < hi {
						return pm // "from the adviser, Morgan Hale,"
					}
				}
				if named(m) {
					return m
				}
			}
		}
	}
	return nil
}

// pastAdverbs returns the first token from k (before hi) of sentence s
// that is not a time word or an adverb outside quotations ("said on
// Monday", "a annoncé lundi").
func (t *text) pastAdverbs(k, hi int, s *sentence) int {
	for k < hi {
		switch {
		case t.out(k) && (isTimeWord(t.lx, t.toks[k].l) || t.adverbAt(k, s)):
			k++
		case k > s.t0 && t.out(k) && isDigits(t.toks[k].s) && t.lx.Months[t.toks[k-1].l] > 0 && t.out(k-1):
			k++ // "said on June 5 that …": the day after its month
		case t.toks[k].s == "(" && t.toks[k].q < 0 && t.dateInParens(k, hi):
			// "anunció este miércoles (12) un recorte": the day's date in
			// parentheses.
			for t.toks[k].s != ")" {
				k++
			}
			k++
		default:
			return k
		}
	}
	return k
}

// dateInParens reports whether the parenthesis opening at token k (before
// hi) holds only a date: numbers, months and time words ("(12)", "(March
// 12)").
func (t *text) dateInParens(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+4; j++ {
		switch tk := &t.toks[j]; {
		case tk.s == ")":
			return j > k+1
		case tk.kind != tWord || !isDigits(tk.s) && !isTimeWord(t.lx, tk.l):
			return false
		}
	}
	return false
}

// objectBefore reports whether the words between a verb group ending at
// token k and its complementiser at token j of sentence s start with an
// object noun ("touted estimates that …"), not a time, a manner or a
// place ("said on Monday that", "said in a statement that").
func (t *text) objectBefore(k, j int, s *sentence) bool {
	lx := t.lx
	k0 := k
	k = t.pastAdverbs(k, j, s)
	if k+1 < j && t.out(k) && t.out(k+1) && !t.toks[k].cap && lx.Set("timemods", t.toks[k].l) && !t.toks[k+1].cap && (lx.Set("adverbs", t.toks[k+1].l) || isTimeWord(lx, t.toks[k+1].l)) {
		// "meldete sich wenig später zu Wort: „…“", "kurz darauf": a
		// word of degree before an adverb of time opens no object.
		k = t.pastAdverbs(k+1, j, s)
	}
	if k >= j || t.toks[k].kind != tWord || t.toks[k].q >= 0 || lx.Set("comp", t.toks[k].l) {
		return false
	}
	if k > k0 && lx.Set("prep", t.toks[k-1].l) {
		return false // "said on its website that": a preposition's phrase, no object
	}
	if t.ownedClaimNoun(k, j) {
		// "pointed to Reed's assertion that …": the claim of the one
		// named is the object; the words start with it.
		return true
	}
	l := t.toks[k].l
	if lx.Set("prep", l) || lx.Set("dative", l) || lx.Set("by", l) || t.isName(k) || t.isPronounTok(k) {
		return false
	}
	if lx.Set("negation", l) && t.negAdverb(k, s) {
		return false // "garantizó no obstante que …": an adverb, no object
	}
	if lx.Set("determiners", l) && k+1 < j && isTimeWord(lx, t.toks[k+1].l) {
		return false // "said this week that"
	}
	if v, ok := lx.Verbs[l]; ok && v.Noun {
		return true // "touted estimates that": a noun of saying right after the verb
	}
	return !t.isVerb(k)
}

// ownedClaimRunsOn reports whether attribution at is a noun of saying
// owned by a possessive ("Reed's claim that …") whose words run on into
// a predicate of the phrase (secondPredicate): what is said of the
// claim, not the claim.
func (t *text) ownedClaimRunsOn(at *attribution) bool {
	c := at.cue
	if c <= 0 || !at.verb.Noun || !(t.toks[c-1].poss || t.lx.Set("possessive", t.toks[c-1].l)) || len(at.content) == 0 {
		return false
	}
	return t.secondPredicate(t.tokAt(at.content[0][0]), t.tokAt(at.content[len(at.content)-1][1]-1)+1)
}

// ownedClaimNoun reports whether the words from token k up to the
// complementiser at j are a noun of a claim ([set claimnouns]) owned by
// a name in the Saxon genitive, past two words that describe it and a
// phrase of time ("Reed's assertion that", "Mr. Reed's repeated claims
// on Monday that"): the object of the verb before, which the clause of
// "that" tells (see claimNounCue).
func (t *text) ownedClaimNoun(k, j int) bool {
	lx := t.lx
	if !lx.Trait("saxongenitive") || j >= len(t.toks) || t.toks[j].l != "that" {
		return false
	}
	p := k
	for p < j && p-k < 4 && t.out(p) && t.toks[p].kind == tWord && t.toks[p].cap && !t.toks[p].poss {
		p++
	}
	if p >= j || !t.out(p) || t.toks[p].kind != tWord || !t.toks[p].cap || !t.toks[p].poss || p > k && !t.isName(k) {
		return false
	}
	for n := p + 1; n < j && n <= p+3; n++ {
		tk := &t.toks[n]
		if !t.out(n) || tk.kind != tWord || tk.cap || tk.poss {
			return false
		}
		if lx.Set("claimnouns", tk.l) {
			// (Past a phrase of time only: "on Monday", "last week".)
			for m := n + 1; m < j; m++ {
				if !t.out(m) || t.toks[m].kind != tWord || !(isTimeWord(lx, t.toks[m].l) || lx.Set("prep", t.toks[m].l) || lx.Set("determiners", t.toks[m].l) || lx.Set("adverbs", t.toks[m].l)) {
					return false
				}
			}
			return j == n+1 || isTimeWord(lx, t.toks[j-1].l)
		}
	}
	return false
}

// phraseBeforeRelative reports whether the words of sentence s from token
// k (past adverbs) up to the complementiser at j open with an infinitive
// ("to veto a bill that …") or with a preposition verb v takes ("of a
// plan that …"): a phrase whose noun the "that" at j describes, not a
// complement clause of v. A preposition before one named or a speaker's
// noun, "said to reporters that …", is none.
func (t *text) phraseBeforeRelative(k, j int, s *sentence, v lang.Verb) bool {
	lx := t.lx
	k = t.pastAdverbs(k, j, s)
	if k+2 >= j || t.toks[k].kind != tWord || t.toks[k].q >= 0 || lx.Set("comp", t.toks[k].l) || t.toks[j].kind != tWord || t.toks[j-1].kind != tWord {
		return false
	}
	l := t.toks[k].l
	switch {
	case lx.Set("prep", l) && slices.Contains(v.Takes, l):
		// (Before the infinitive's marker it may also be: "hizo un
		// llamado a la unión de los partidos que …".)
		return true
	case lx.Set("inf", l):
		n := &t.toks[k+1]
		return n.kind == tWord && n.q < 0 && !n.cap && !lx.Set("determiners", n.l) && !t.isPronounTok(k+1) && lx.Speakers[n.l] == "" && !lx.Set("audiences", n.l)
	}
	return false
}

// quotesIn reports whether an attribution's words hold a quotation
// ("pledged to “fix every road”").
func (t *text) quotesIn(at *attribution) bool {
	for _, sp := range at.content {
		for k := t.tokAt(sp[0]); k < len(t.toks) && t.toks[k].start < sp[1]; k++ {
			if t.toks[k].q >= 0 {
				return true
			}
		}
	}
	return false
}

// reportsBefore reports whether an attribution's words come before its
// cue ("…, the newspaper reported.").
func (t *text) reportsBefore(at *attribution) bool {
	return at.cue >= 0 && len(at.content) > 0 && t.toks[at.cue].start >= at.content[0][1]
}

// covers reports whether byte offset off lies in an attribution's words.
func covers(at *attribution, off int) bool {
	for _, sp := range at.content {
		if off >= sp[0] && off < sp[1] {
			return true
		}
	}
	return false
}

// mainSubject returns the span of the subject of the last verb before
// token lo in sentence s that has one at a clause boundary (skipping
// auxiliaries and adverbs between them), or -1.
func (rs *resolver) mainSubject(lo int, s *sentence) (int, int) {
	return rs.mainSubjectOf(lo, s, false, false)
}

// mainSubjectOf is mainSubject, past a passive's auxiliary too when
// passive is set, and for a verb joined by "and" to a clause before, that
// clause's subject when joined is set.
func (rs *resolver) mainSubjectOf(lo int, s *sentence, passive, joined bool) (int, int) {
	t := rs.t
	for k := lo - 1; k > s.body; k-- {
		if !t.out(k) || !t.isVerb(k) {
			continue
		}
		if k-1 >= s.body && t.lx.Set("determiners", t.toks[k-1].l) {
			continue // "struck a measured tone": an adjective, not the verb
		}
		if k-1 > s.body && t.out(k-1) && t.lx.Set("of", t.toks[k-1].l) && t.lx.Set("docnouns", t.toks[k].l) {
			continue // "unleashed a series of tweets saying …": a noun after "of", not the verb
		}
		j := t.auxLeft(k-1, s.body)
		for passive && j > s.body && t.out(j) && t.lx.Set("passive", t.toks[j].l) && !t.toks[j].cap {
			j = t.auxLeft(j-1, s.body) // "Comedian Sarah Silverman was booed … after telling …": a passive's subject
		}
		if joined && j > s.body && t.out(j) && t.lx.Set("coord", t.toks[j].l) && !t.byBetween(k+1, lo-1) {
			// "Dean, a medical doctor, then appeared on MSNBC on Tuesday
			// and began by saying …": the subject of the clause the verb
			// is joined to.
			if subj, _ := rs.coordSubject(j, s); subj != nil && subj.kind != kPron {
				return subj.t0, subj.t1
			}
			return -1, -1
		}
		if c := t.relativeClauseBefore(j, s); c > s.body {
			// "Mayor Van Johnson, who attended the hearing but did not
			// speak, issued a statement urging …": the subject before
			// the relative clause.
			j = c - 1
		}
		if j < s.body || !t.out(j) {
			return -1, -1
		}
		if st := t.npLeft(j, s); st >= 0 && t.boundary(st-1, s) {
			if st-1 > s.body && t.out(st-1) && t.lx.Set("comp", t.toks[st-1].l) {
				// "Video shows that Crutcher had his hands in the air,
				// contradicting …": the subject of the clause "that"
				// opens is not the main clause's; look before it.
				k = st - 1
				continue
			}
			if m := rs.parseNP(st, j+1, 0); m != nil && m.kind != kNone {
				return st, j + 1
			}
		}
		if t.isPronounTok(j) && !t.toks[j].poss && t.boundary(j-1, s) {
			return j, j + 1 // "She responded, saying …": a pronoun, the subject
		}
		return -1, -1
	}
	return -1, -1
}

// openingSubject returns the span of the noun phrase that opens sentence
// s, after an opening phrase set off by a comma, as the subject of a verb
// group that opens with an auxiliary, a reflexive or a negation right
// after it ("La ministre a quitté …", "Le maire s'est levé …", "Il n'a
// pas attendu …"), or after a name in apposition ("Le maire de Lyon, Tom
// Reed, a quitté …"), when no clause of another subject opens between it
// and token lo; or -1.
func (t *text) openingSubject(lo int, s *sentence) (int, int) {
	lx := t.lx
	verbAt := func(k int) bool {
		l := t.toks[k].l
		return t.out(k) && !t.toks[k].cap && (lx.Set("aux", l) || lx.Set("passive", l) || lx.Set("refl", l) || lx.Set("negation", l))
	}
	st := s.body
	end := t.npRight(st, s)
	// ("Le maire de Lyon, Tom Reed, a quitté la salle en dénonçant …":
	// the verb group after a phrase in apposition set off by commas;
	// the caller reads the name after the description.)
	apposed := false
	if end > st && end+2 < lo && t.toks[end].s == "," && t.toks[end].q < 0 {
		e2 := t.npRight(end+1, s)
		apposed = e2 > end+1 && e2+1 < lo && t.toks[e2].s == "," && t.toks[e2].q < 0 && verbAt(e2+1)
	}
	if end <= st || end >= lo || !verbAt(end) && !apposed {
		// ("Lundi, les manifestants ont bloqué la route en réclamant
		// …": after a short opening phrase.)
		for k := st; k < min(st+6, lo); k++ {
			if t.toks[k].s == "," {
				st = k + 1
				break
			}
		}
		if end = t.npRight(st, s); st == s.body || end <= st || end >= lo || !verbAt(end) {
			return -1, -1
		}
	}
	for k := end; k < lo; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen || tk.kind == tQClose || tk.s == ";" || tk.s == ":" || tk.s == "(" {
			return -1, -1
		}
		if t.out(k) && (lx.Set("clause", tk.l) || lx.Set("subord", tk.l) || lx.Set("relpron", tk.l) || lx.Set("coord", tk.l)) {
			return -1, -1 // "…, et le ministre a quitté la salle en dénonçant …": whose?
		}
	}
	return st, end
}

// subordBetween reports whether a word of [set subord] that is no
// preposition ("when", not "after") is among tokens [lo, hi): a clause of
// its own subject opens there.
func (t *text) subordBetween(lo, hi int) bool {
	return t.wordBetween(lo, hi, func(l string) bool { return t.lx.Set("subord", l) && !t.lx.Set("prep", l) })
}

// insideDashes reports whether an aside opened by a dash among tokens
// [lo, hi) is still open at hi: an odd number of dashes, or of hyphens
// set apart by spaces, typed for them.
func (t *text) insideDashes(lo, hi int) bool {
	n := 0
	for j := lo; j < hi; j++ {
		tk := &t.toks[j]
		if tk.q < 0 && (isDash(tk.s) || tk.s == "-" && j > 0 && t.toks[j-1].end < tk.start && j+1 < len(t.toks) && tk.end < t.toks[j+1].start) {
			n++
		}
	}
	return n%2 == 1
}

// byBetween reports whether a word of "by" is among tokens [lo, hi): a
// passive's agent ("was booed and shouted down by supporters after
// telling …": the verb joined is the supporters' act, not a clause of the
// subject's own).
func (t *text) byBetween(lo, hi int) bool {
	return t.wordBetween(lo, hi, func(l string) bool { return t.lx.Set("by", l) })
}

// wordBetween reports whether a word outside quotations among tokens
// [lo, hi) is one that is(l) accepts.
func (t *text) wordBetween(lo, hi int, is func(l string) bool) bool {
	for j := lo; j < hi; j++ {
		if t.out(j) && t.toks[j].kind == tWord && is(t.toks[j].l) {
			return true
		}
	}
	return false
}

// auxLeft returns the token before the auxiliaries and adverbs that end
// at token j going left, no further left than token floor: where a verb's
// subject may end ("has also repeatedly said").
func (t *text) auxLeft(j, floor int) int {
	for j >= floor && t.out(j) && (t.lx.Set("aux", t.toks[j].l) || t.lx.Set("adverbs", t.toks[j].l) || t.adverbForm(j)) {
		j--
	}
	return j
}

// relativeClauseBefore returns the comma opening a relative clause set
// off by commas that the comma at token j closes (", who attended the
// hearing but did not speak,"), or -1. The clause holds no quotation and
// no other comma.
func (t *text) relativeClauseBefore(j int, s *sentence) int {
	if j <= s.body || t.toks[j].s != "," {
		return -1
	}
	for k := j - 1; k > s.body && k >= j-25; k-- {
		tk := &t.toks[k]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose {
			return -1
		}
		if tk.s == "," {
			if k+1 < j && t.out(k+1) && t.lx.Set("relpron", t.toks[k+1].l) && !t.lx.Set("comp", t.toks[k+1].l) {
				return k
			}
			return -1
		}
	}
	return -1
}

// describedAs reports whether the words of sentence s from token hi name
// something, then how it is described after a word of the set as, before
// any comma or clause ("the plan as a disaster").
func (t *text) describedAs(hi int, s *sentence) bool {
	return t.objectThen(hi, s, func(l string) bool { return t.lx.Set("as", l) })
}

// indefiniteApposition reports whether phrase m of sentence s opens with
// an indefinite article right after a comma: an apposition describing
// the one named before it ("Braynard, a South Carolina native who …"),
// not the subject.
func (t *text) indefiniteApposition(m *mention, s *sentence) bool {
	return m.t0-1 >= s.body && t.toks[m.t0-1].s == "," && t.lx.Set("indefinite", t.toks[m.t0].l)
}

// objectThenVerb reports whether verb v reports only with its object
// and then a word of its takes after it ("attribute the rise to …",
// "likened the plan to …", "portrayed him as …", "sees the plan as …",
// "referred to the fee as …", "attacked the mayor over …").
func objectThenVerb(v lang.Verb) bool {
	return v.Voice == "attribute" || v.Voice == "compare" || v.Voice == "portray" || v.Voice == "see" || v.Voice == "view" || v.Voice == "describeas" ||
		v.Voice == "attack"
}

// objectThenTakes reports whether cue cu's words name something, then
// one of its verb's takes ("attribute the rise to …", "portrayed him as
// …"; objectThen).
func (t *text) objectThenTakes(cu *cue, s *sentence) bool {
	return t.objectThen(cu.hi, s, func(l string) bool { return slices.Contains(cu.verb.Takes, l) })
}

// copulaAfter reports whether the subject ending before token end has a
// copula of [set passive] for its verb, before token lo: right after it
// or glued to its last word ("it's"), or after a clause of its own and a
// conjunction ("The record is great, but it's also a message").
func (t *text) copulaAfter(end, lo int) bool {
	for k := end - 1; k < lo && k < end+8; k++ {
		tk := &t.toks[k]
		if !t.out(k) {
			continue
		}
		if k >= end && t.lx.Set("passive", tk.l) || tk.l != tk.b && t.lx.Set("isclitic", tk.b) {
			return true
		}
		if k >= end && t.isVerb(k) {
			return false
		}
	}
	return false
}

// itCleft reports whether the subject ending at token end is a neuter
// pronoun and opens a cleft sentence before token lo: a copula right
// after it, a preposition, then a complementiser ("It was at the rally
// that …").
func (t *text) itCleft(end, lo int) bool {
	lx := t.lx
	if end < 1 || end+2 >= lo || !t.out(end-1) || !t.out(end) || !t.out(end+1) {
		return false
	}
	if p, ok := lx.Pronouns[t.toks[end-1].l]; !ok || p.Gender != 'n' || !lx.Set("passive", t.toks[end].l) || !lx.Set("prep", t.toks[end+1].l) {
		return false
	}
	for k := end + 2; k < lo; k++ {
		if t.out(k) && lx.Set("comp", t.toks[k].l) {
			return true
		}
	}
	return false
}

// objectThenInfinitive reports whether the words of sentence s from token
// hi name someone, then an infinitive marker of [set inf] and a word
// that opens no noun phrase ("the board to delay the vote", not "guests
// to the party").
func (t *text) objectThenInfinitive(hi int, s *sentence) bool {
	lx := t.lx
	for k := hi + 1; k+1 < s.t1 && k < hi+10; k++ {
		if !t.out(k) || !lx.Set("inf", t.toks[k].l) {
			continue
		}
		nx := &t.toks[k+1]
		if nx.kind == tQOpen && k+2 < s.t1 {
			nx = &t.toks[k+2] // "asking members to “delay the vote”"
		}
		if nx.kind != tWord || nx.cap || isDigits(nx.s) || lx.Set("determiners", nx.l) || lx.Set("possessive", nx.l) || lx.Set("quantifiers", nx.l) {
			return false
		}
		return t.objectThen(hi, s, func(l string) bool { return lx.Set("inf", l) })
	}
	return false
}

// objInfWords reports whether the words of sentence s from token k are
// what a verb flagged objinf names and an infinitive after it, with no
// main verb of the sentence after them ("expects the council to approve
// the plan", not "The message the aides expect the president to keep
// pushing is …", where the verb is inside a relative clause).
func (t *text) objInfWords(k int, s *sentence) bool {
	if !t.objectThenInfinitive(k, s) {
		return false
	}
	lx := t.lx
	for j := k + 1; j < s.t1; j++ {
		if tk := &t.toks[j]; t.out(j) && tk.kind == tWord && lx.Set("passive", tk.l) && !(t.toks[j-1].kind == tWord && (lx.Set("inf", t.toks[j-1].l) || lx.Set("aux", t.toks[j-1].l) || lx.Set("modal", t.toks[j-1].l) || lx.Set("passive", t.toks[j-1].l))) {
			return false
		}
	}
	return true
}

// amountWords reports whether the words of sentence s from token k put
// an amount on what they name, in their own clause: a preposition of
// [set estimatepreps] with a number, a word of scale or of quantity
// within the three words after it, the estimate a weak verb of
// estimating reports ("schätzt den Schaden auf rund drei Millionen
// Euro", "schätzte die Sterblichkeit auf nur einige Zehntelprozent"; not
// "schätzt die Arbeit auf dem Hof", valued).
func (t *text) amountWords(k int, s *sentence) bool {
	lx := t.lx
	end := t.clauseEnd(k, s)
	for j := k + 1; j < end; j++ {
		if !lx.Set("estimatepreps", t.toks[j].l) || t.toks[j].cap {
			continue
		}
		for n := j + 1; n < end && n <= j+3; n++ {
			if w := t.toks[n]; isDigits(figureMarks.Replace(w.s)) || lx.Set("quantifiers", w.l) || lx.Set("scalewords", w.l) {
				return true
			}
		}
	}
	return false
}

// objectThen reports whether the words of sentence s from token hi name
// something, then a word is reports true for, before any comma, clause or
// preposition (but "of") and within ten words ("the plan as a disaster",
// "the rise to rain").
func (t *text) objectThen(hi int, s *sentence, is func(string) bool) bool {
	for k := hi; k < s.t1 && k < hi+10; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 || t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) {
			return false
		}
		if is(tk.l) {
			return k > hi && k+1 < s.t1 && (t.toks[k+1].kind == tWord || t.toks[k+1].kind == tQOpen) && !t.clauseAfterAs(k, s) && !t.timeAfter(k, s)
		}
		if t.lx.Set("prep", tk.l) && (!t.lx.Set("of", tk.l) || t.lx.Set("reasonpreps", tk.l)) {
			// "cast their votes for other candidates as questions nag
			// …": a phrase of its own before the word, whose "as" may
			// open a clause.
			return false
		}
	}
	return false
}

// timeAfter reports whether the phrase after the preposition at token k
// of sentence s tells a time within its first three words ("attacked the
// village over the weekend", "for hours"), not what
// the object is made out to be or blamed for.
func (t *text) timeAfter(k int, s *sentence) bool {
	for j := k + 1; j < s.t1 && j <= k+3; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			return false
		}
		if isTimeWord(t.lx, tk.l) {
			return true
		}
	}
	return false
}

// clauseAfterAs reports whether a word of the set as at token k of
// sentence s opens a clause of time rather than what the object is made
// out to be: a pronoun, or an article, a noun and a finite verb after it
// ("saw the man as he fled", "saw a rise as the economy slowed"). A bare
// verb form after a singular word is no finite verb but a noun ("sees
// the deal as a smart move", "as the right call").
func (t *text) clauseAfterAs(k int, s *sentence) bool {
	if !t.lx.Set("as", t.toks[k].l) || k+1 >= s.t1 {
		return false
	}
	return t.isPronounTok(k+1) || k+3 < s.t1 && t.lx.Set("determiners", t.toks[k+1].l) && t.finiteVerbIn(k+3, k+4) &&
		(t.pluralForm(t.toks[k+2].l) || !t.bareVerbForm(t.toks[k+3].l))
}

// bareVerbForm reports whether verb word l is a stem that takes one of
// the language's verb endings to make another verb word it knows ("move"
// beside "moved", "call" beside "called"; not "hit", "set", "fled").
func (t *text) bareVerbForm(l string) bool {
	if l == "" {
		return false
	}
	known := func(w string) bool {
		_, rep := t.lx.Verbs[w]
		return rep || t.lx.Set("verbs", w)
	}
	for suf := range t.lx.Sets["verbendings"] {
		if known(l+suf) || strings.HasPrefix(suf, l[len(l)-1:]) && known(l+suf[1:]) {
			return true
		}
	}
	return false
}

// objectThenQuote reports whether the words of sentence s from token hi
// name something in a few words, then open a quotation, what a view makes
// of it ("la situation « intenable »"), before any comma, clause or
// preposition (but "of").
func (t *text) objectThenQuote(hi int, s *sentence) bool {
	for k := hi; k < s.t1 && k < hi+6; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen {
			return k > hi
		}
		if tk.kind != tWord || tk.q >= 0 || t.lx.Set("comp", tk.l) || t.lx.Set("relpron", tk.l) || t.lx.Set("prep", tk.l) && !t.lx.Set("of", tk.l) {
			return false
		}
	}
	return false
}

// docSubject returns the subject opening sentence s (maybe after a short
// opening phrase) of the verb that put out the document before the gerund
// at token c, when a parenthesis ("Sen. Hale (D-Ore.) issued a statement
// saying …") or an apposition set off by commas ("Chris Carr, the group's
// director, released a statement confirming …") stands between them, or
// -1, -1. An apposition holds no verb and no relative or complementiser
// (not "…, which released a statement saying").
func (t *text) docSubject(c int, s *sentence) (int, int) {
	lx := t.lx
	v := t.docVerb(c, s)
	if v < 0 || !t.out(v) {
		return -1, -1
	}
	j := t.auxLeft(v-1, s.body+1)
	if j <= s.body {
		return -1, -1
	}
	open := ""
	switch t.toks[j].s {
	case ")":
		open = "("
	case ",":
		open = ","
	default:
		return -1, -1
	}
	p := j - 1
	for ; p > s.body && j-p <= 12 && t.toks[p].s != open; p-- {
		tk := &t.toks[p]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || tk.kind == tWord && (t.isVerb(p) || lx.Set("relpron", tk.l) || lx.Set("comp", tk.l)) {
			return -1, -1
		}
		if open == "," && tk.kind != tWord {
			return -1, -1
		}
	}
	if p <= s.body || t.toks[p].s != open || p+1 >= j {
		return -1, -1
	}
	st := t.npLeft(p-1, s)
	if st < 0 || st != s.body && st != t.afterIntroPhrase(s) && !t.afterSubordClause(st, s) || t.npRight(st, s) != p {
		return -1, -1
	}
	return st, p
}

// afterSubordClause reports whether token st of sentence s comes right
// after a short subordinate clause that opens the sentence and ends
// with a comma ([set subord], after at most one adverb: "Shortly after
// the news broke, Sen. Hale (D-Ore.) issued a statement saying …"),
// with no quotation in it.
func (t *text) afterSubordClause(st int, s *sentence) bool {
	k := s.body
	if t.out(k) && t.adverbEnding(t.toks[k].l) {
		k++
	}
	if st-1 <= k || st-s.body > 12 || t.toks[st-1].s != "," || !t.out(k) || !t.lx.Set("subord", t.toks[k].l) {
		return false
	}
	for j := k; j < st-1; j++ {
		if t.toks[j].kind != tWord || !t.out(j) {
			return false
		}
	}
	return true
}

// runsOverVerb reports whether phrase m is a common noun, a word the
// lexicon does not know and a name ("patients confront Halvern",
// "consumer groups target Halvern Pharmaceuticals"): a subject, a verb
// and its object read as one phrase. A title, a trade or a speaker's noun
// before the name describes it ("drug maker Halvern", "former adviser
// John Hale").
func (t *text) runsOverVerb(m *mention) bool {
	lx := t.lx
	if m.kind != kPerson && m.kind != kOrg && m.kind != kName || lx.NounCaps {
		return false
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		if !t.toks[k].cap || t.toks[k].kind != tWord {
			continue
		}
		p := &t.toks[k-1]
		if p.kind != tWord || p.cap || k-2 < m.t0 || t.toks[k-2].kind != tWord || t.toks[k-2].cap {
			return false
		}
		l := p.l
		return !(t.isTitleWord(k-1) || lx.Speakers[l] != "" || lx.Set("tradewords", l) || lx.Set("titlemods", l) || lx.Set("determiners", l) ||
			lx.Set("possessive", l) || lx.Set("of", l) || lx.Set("prep", l) || lx.Set("placepreps", l) || lx.Set("coord", l) || p.poss)
	}
	return false
}

// listIntroIn reports whether a list introducer (lexicon sets listintro
// and ascompare: "including", "such as") stands between tokens lo and hi
// of sentence s, outside quotations.
func (t *text) listIntroIn(lo, hi int, s *sentence) bool {
	for k := max(lo, s.body+1); k < hi; k++ {
		if t.out(k) && (t.lx.Set("listintro", t.toks[k].l) || t.lx.Set("as", t.toks[k].l) && t.lx.Set("ascompare", t.toks[k-1].l)) {
			return true
		}
	}
	return false
}

// openingSubject returns who the phrase of sentence s before the comma
// at token comma names, when it is a subject cut off from its verb by
// that comma ("La secretaria de Estado, señaló que …"), or nil. A phrase
// that opens with a preposition or adverb ("En Madrid,", "Finalmente,")
// is not one, nor is a lone word the article never capitalises inside a
// sentence.
func (a *analysis) openingSubject(s *sentence, comma int) *entity {
	t := a.t
	l := t.toks[s.body].l
	if t.lx.Set("prep", l) || t.lx.Set("adverbs", l) || isTimeWord(t.lx, l) || t.phraseEnd("subord", s.body, s) > s.body {
		return nil // (nor a clause: "Aunque sabe que …, confiesa …")
	}
	m := a.parseNP(s.body, comma, 0)
	if m == nil || m.kind == kDesc && isTimeWord(t.lx, m.head) {
		return nil // ("El mismo día, explicó que …", "Ese día, contó que …": a time, no subject)
	}
	switch m.kind {
	case kPerson, kOrg, kDesc, kCountry:
	case kName:
		if comma-s.body == 1 && !t.midCap[t.toks[s.body].b] {
			return nil
		}
	default:
		return nil
	}
	return a.entityOf(m)
}

// subjectOf returns the person or organisation that opens sentence j as
// its subject, or nil.
func (a *analysis) subjectOf(j int) *entity {
	e, _ := a.subject(j)
	return e
}

// subject returns the person or organisation that opens sentence j as
// its subject, or nil, and whether it is named in apposition to the
// opening phrase.
func (a *analysis) subject(j int) (*entity, bool) {
	if j < 0 || j >= len(a.t.sents) {
		return nil, false
	}
	s := &a.t.sents[j]
	st := s.body
	if tk := &a.t.toks[st]; tk.kind == tWord && a.t.lx.Set("prep", tk.l) {
		// "Durante la entrevista, Delgado hizo …", "Por su beligerancia
		// en la defensa de la autonomía universitaria, Mairena se
		// convirtió …": the phrase may run long.
		st = a.t.afterOpeningUpTo(s, 14)
	}
	end := a.t.npRight(st, s)
	if end <= st {
		return nil, false
	}
	// "La portavoz del Gobierno, Pilar Alegría, se refirió …": the
	// person named in apposition.
	if e := a.appositiveSubject(s, end); e != nil {
		return e, true
	}
	// The longest phrase from the start that names someone: the verb
	// after it may be one the lexicon does not know ("conversou").
	if m := a.longestName(st, end, true); m != nil {
		return a.entityOf(m), false
	}
	return nil, false
}

// appositiveSubject returns the person named between commas after the
// phrase that opens sentence s and ends at token end ("La portavoz del
// Gobierno, Pilar Alegría, se refirió …", "O técnico do Flamengo, Tite,
// comentou …"), or nil.
func (a *analysis) appositiveSubject(s *sentence, end int) *entity {
	t := a.t
	if end+1 >= s.t1 || t.toks[end].s != "," {
		return nil
	}
	if e2 := t.npRight(end+1, s); e2 > end+1 && e2 < s.t1 && t.toks[e2].s == "," {
		if m := a.parseNP(end+1, e2, 0); m != nil && (m.kind == kPerson || m.kind == kName) {
			return a.entityOf(m)
		}
	}
	return nil
}

// longestName returns the longest phrase of tokens [st, end') with end' ≤
// end that names a person, organisation or name (a lone word only with
// lone set, or when the article capitalises it inside a sentence), or nil.
func (rs *resolver) longestName(st, end int, lone bool) *mention {
	for ; end > st; end-- {
		m := rs.parseNP(st, end, 0)
		if m != nil && (m.kind == kPerson || m.kind == kOrg || m.kind == kName && (lone || end-st > 1 || rs.t.midCap[rs.t.toks[st].b])) {
			return m
		}
	}
	return nil
}

// titledOpening reports whether sentence k opens with a phrase whose
// head is a title ("El técnico del equipo …"): a person as its subject.
func (rs *resolver) titledOpening(k int) bool {
	m := rs.openingPhraseNP(k)
	return m != nil && m.kind == kDesc && m.headTok >= 0 && rs.t.isTitleWord(m.headTok)
}

// quoteOpensPhrase reports whether a quotation opens within the few words
// from token k, before any comma ("von einem „durchsichtigen Manöver“").
func (t *text) quoteOpensPhrase(k int, s *sentence) bool {
	for j := k; j < s.t1 && j-k < 4 && t.toks[j].s != ","; j++ {
		if t.toks[j].kind == tQOpen {
			return true
		}
	}
	return false
}

// openingPhraseNP returns the noun phrase that opens sentence k, or nil.
func (rs *resolver) openingPhraseNP(k int) *mention {
	t := rs.t
	s := &t.sents[k]
	end := t.npRight(s.body, s)
	for j := s.body + 1; j < end; j++ {
		if t.out(j) && t.lx.Set("refl", t.toks[j].l) {
			end = j // "Des habitants se sont rassemblés": the reflexive opens the verb
		}
	}
	if end <= s.body {
		return nil
	}
	return rs.parseNP(s.body, end, 0)
}

// agentAtEnd returns the person named after a "by" word at the end of
// sentence k ("La marcha estuvo liderada por la excandidata Ana Lis."),
// or nil.
func (a *analysis) agentAtEnd(k int) *entity {
	t := a.t
	s := &t.sents[k]
	for j := s.t1 - 2; j > s.body; j-- {
		tk := &t.toks[j]
		if tk.q >= 0 || tk.kind != tWord && tk.s != "." {
			return nil
		}
		if !t.lx.Set("by", tk.l) {
			continue
		}
		end := t.npRight(j+1, s)
		if end <= j+1 {
			return nil
		}
		// (Also before a phrase or two after a preposition: "El asunto
		// fue abordado ayer por el presidente Boric en entrevista con
		// una radio.")
		e := end
		for n := 0; n < 2 && e < s.t1 && t.out(e) && t.lx.Set("prep", t.toks[e].l) && !t.lx.Set("by", t.toks[e].l); n++ {
			e2 := t.npRight(e+1, s)
			if e2 <= e+1 {
				break
			}
			e = e2
		}
		if !t.endsClause(end, s) && (e == end || !t.endsClause(e, s)) {
			return nil
		}
		if m := a.parseNP(j+1, end, 0); m != nil && m.kind == kPerson {
			return a.entityOf(m)
		}
		return nil
	}
	return nil
}

// pluralVerb reports whether the verb group of a cue is in the plural
// (lexicon set pluralverbendings: Spanish "aseguran", "han dicho"): its
// left-out subject is then no single person (a body may be "they":
// "Finalmente, indicaron que …").
func (t *text) pluralVerb(cu *cue) bool {
	if cu.lo < cu.c && t.lx.Set("letverbs", t.toks[cu.lo].l) {
		// "ließ sie mitteilen": the verb of letting carries the number.
		for suf := range t.lx.Sets["pluralverbendings"] {
			if strings.HasSuffix(t.toks[cu.lo].l, suf) {
				return true
			}
		}
		return false
	}
	for k := max(cu.lo, cu.c-1); k <= cu.c; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || k < cu.c && !t.lx.Set("aux", tk.l) {
			continue
		}
		for suf := range t.lx.Sets["pluralverbendings"] {
			if strings.HasSuffix(tk.l, suf) {
				return true
			}
		}
		if k < cu.c {
			return false // the auxiliary carries the number: "ha dicho"
		}
	}
	return false
}

// dropSpeaker returns who a verb whose subject was left out in sentence
// i stands for: the speaker of the most recent attribution in sentence i
// or the two before it (a line of furniture not counted), unless the sentence just
// before, in the same paragraph or before a quotation that opens the
// paragraph, opens with someone else as its subject
// ("El alcalde Luis Prado visitó la obra. Según explicó, …": Prado), or
// nil.
func (a *analysis) dropSpeaker(i int, plural bool) *entity {
	lo := i - 2
	nameless := true // no name, and no one else acting, in the sentences between
	for k := i; k >= 0 && k >= lo; k-- {
		if a.t.sents[k].furniture {
			lo-- // a line of furniture between them ("También puede leer: …") does not count
			continue
		}
		if ats := a.bySent[k]; len(ats) > 0 {
			return lastOf(ats).speaker
		}
		if k < i && a.t.questionTo(k) {
			// "—¿Teme represalias? —le preguntó una periodista. ¶ —No.
			// … —respondió.": the one asked answers, who spoke before
			// the question.
			lo = min(lo, k-3)
			continue
		}
		if k < i {
			nameless = nameless && !a.actorNamed(k) && !a.otherActor(k, k+1)
		}
		if k == lo && lo == i-2 && nameless {
			lo-- // two sentences that name no one do not end the last speaker's turn
		}
		if o := &a.t.sents[i]; k == i-1 && (a.t.sents[k].para == o.para || o.t0 < o.t1 && a.t.toks[o.t0].kind == tQOpen) {
			// (also the sentence before a quotation that opens its
			// paragraph: "Delgado hizo un llamado … ¶ «…», enfatizó.")
			if e, appos := a.subject(k); e != nil && (e.kind == kPerson || e.kind == kOrg || e.kind == kName && appos) {
				return e // (a lone capitalised word opening the sentence only as a name in apposition: "O técnico, Tite, …")
			} else if e == nil {
				if e := a.agentAtEnd(k); e != nil {
					return e // "La marcha fue liderada por la activista Ana Lis. «…», proclamó."
				}
				if a.titledOpening(k) {
					return nil // "O técnico do time comentou a derrota. «…», lamentou.": someone unnamed, not an earlier speaker
				}
				if k > 0 && a.t.sents[k-1].para == a.t.sents[k].para && a.t.opensWithVerb(k) {
					// "Andrés Marenco estudiaba ingeniería. Hoy vive en
					// Costa Rica. ¶ «…», afirma.": a sentence that leaves
					// its subject out goes on with the one before.
					if e, _ := a.subject(k - 1); e != nil && e.kind == kPerson {
						return e
					}
				}
				if m := a.invertedPerson(k); m != nil {
					// "En eso coincide, Elthon Rivera, para quien … ¶
					// «…», reflexiona.": the subject of the sentence
					// just before the words, after its verb, not the
					// speaker before.
					return a.entityOf(m)
				}
				if plural {
					// "Los vecinos protestaron ayer. «Es un abuso»,
					// denunciaron.": a group that speaks, for a plural verb.
					if m := a.openingPhraseNP(k); m != nil && m.kind == kDesc && m.plural && !unnamedSpeaker(m.kind, m.class) {
						return a.entityOf(m)
					}
				}
			}
		}
	}
	return nil
}

// coordAside returns the conjunction before a short aside that ends at
// token before, right before a verb: one to three words of a manner, a
// participle or an adverb, maybe set off by commas ("… y, emocionada,
// dijo …", "… y convencida dijo …"); else -1.
func (t *text) coordAside(before int, s *sentence) int {
	lx := t.lx
	k := before
	if k >= s.body && t.toks[k].s == "," {
		k--
	}
	words := 0
	for k >= s.body && words < 3 {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 || tk.cap || !(t.endsIn("participleendings", tk.l, 2) || lx.Set("certain", tk.l) || t.adverbEnding(tk.l) || lx.Set("adverbs", tk.l) && !lx.Set("determiners", tk.l)) {
			break
		}
		words++
		k--
	}
	if words == 0 {
		return -1
	}
	if k >= s.body && t.toks[k].s == "," {
		k--
	}
	if k > s.body && t.toks[k].kind == tWord && t.out(k) && lx.Set("coord", t.toks[k].l) {
		return k
	}
	return -1
}

// asideAgrees reports whether the subject subj (or the person appos
// names) of the clause before "and" agrees with the verb of cu in number
// and with the words of the aside in tokens [lo, hi) in number and, for
// a word ending in "-a" or "-o", in gender: "La ministra … y, emocionada,
// dijo" is hers, not "… y, emocionados, dijeron" nor "…, emocionado,".
func (a *analysis) asideAgrees(subj, appos *mention, lo, hi int, cu *cue) bool {
	t := a.t
	m := subj
	if appos != nil && appos.kind == kPerson {
		m = appos
	}
	plural := m.plural
	if t.pluralVerb(cu) != plural {
		return false
	}
	gender := m.gender
	if e := a.entityOf(m); e != nil && e.gender != 0 {
		gender = e.gender
	}
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || t.adverbEnding(tk.l) || t.lx.Set("adverbs", tk.l) {
			continue
		}
		w := tk.l
		if t.pluralForm(w) != plural {
			return false
		}
		w = strings.TrimSuffix(w, "s")
		switch {
		case strings.HasSuffix(w, "a") && gender == 'm', strings.HasSuffix(w, "o") && gender == 'f':
			return false
		}
	}
	return true
}

// inDocument reports whether sentence s opens with a preposition and a
// document, or a demonstrative standing for one, right before the
// impersonal pronoun of the verb at token c ("En el informe se señala
// que …", "En este se señala que …"): the document's words.
func (rs *resolver) inDocument(s *sentence, c int) bool {
	t := rs.t
	k := c - 1
	if k > s.body && t.lx.Set("aux", t.toks[k].l) {
		k--
	}
	if k-2 < s.body || !t.lx.Set("prep", t.toks[s.body].l) || t.toks[s.body].q >= 0 {
		return false
	}
	if k-2 == s.body && t.loneDemonstrative(s.body+1) {
		return true
	}
	m := rs.parseNP(s.body+1, k, 0)
	return m != nil && m.kind == kDoc
}

// apposNameBefore reports whether the comma at token c closes a person's
// name set off by commas after a phrase with no verb in a language that
// inverts subjects ("Desde la perspectiva de los jóvenes la secretaria
// de la Unión, Aylín Álvarez García, destacó la responsabilidad …"): the
// name is the subject of the verb after the comma, and the phrase after
// that verb its object, no speaker.
func (rs *resolver) apposNameBefore(c int, s *sentence) bool {
	t := rs.t
	if t.lx.Trait("svo") || c-2 <= s.body || t.toks[c].s != "," || t.toks[c-1].kind != tWord || !t.toks[c-1].cap || t.toks[c-1].q >= 0 {
		return false
	}
	k := c - 1
	for k > s.body && t.toks[k-1].kind == tWord && (t.toks[k-1].cap || t.glue(k-1, c)) && t.toks[k-1].q < 0 {
		k--
	}
	if k-1 <= s.body || t.toks[k-1].s != "," || c-k < 2 {
		return false
	}
	m := rs.parseNP(k, c, 0)
	if m == nil || m.kind != kPerson {
		return false
	}
	for j := s.body; j < k-1; j++ {
		if t.toks[j].q >= 0 || t.toks[j].kind == tWord && t.isVerb(j) {
			return false
		}
	}
	return true
}

// actorNamed reports whether sentence k names someone who might speak: a
// person, or a body or place not after a preposition ("Ahora está
// exiliado en Costa Rica." names a place, no one who speaks; nor does a
// capitalised pronoun opening a sentence); also a name in quotation marks
// ("“Maritza”, …") or someone new described ("una estudiante …").
func (a *analysis) actorNamed(k int) bool {
	t := a.t
	s := &t.sents[k]
	for _, m := range a.nameMentions(k) {
		if m.t1-m.t0 == 1 && t.lx.Set("clitics", t.toks[m.t0].l) {
			continue // "Le faltaban dos años …": a pronoun opening the sentence
		}
		if m.kind == kPerson || m.t0-1 < s.body || !t.lx.Set("prep", t.toks[m.t0-1].l) || t.lx.Set("by", t.toks[m.t0-1].l) {
			return true
		}
	}
	for k := s.body; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen {
			// "“Maritza”, una estudiante …": a name in quotation marks.
			n := k + 1
			for n < s.t1 && n <= k+3 && t.toks[n].kind == tWord && t.toks[n].cap {
				n++
			}
			if n > k+1 && n+1 < s.t1 && t.toks[n].kind == tQClose && (t.toks[n+1].s == "," || t.toks[n+1].s == "(") {
				return true
			}
			continue
		}
		if !t.out(k) || !t.lx.Set("indefinite", tk.l) || k > s.body && (t.lx.Set("prep", t.toks[k-1].l) || t.lx.Set("comp", t.toks[k-1].l)) {
			continue
		}
		// "…, una estudiante recién graduada, …": someone new, described
		// (not after a preposition or a complementiser: "trabaja en una
		// panadería", "que una autoridad tenga el coche").
		if e := t.npRight(k, s); e > k+1 {
			if m := a.parseNP(k, e, 0); m != nil && m.kind == kDesc && m.class != "people" && !isTimeWord(t.lx, m.head) {
				return true
			}
		}
	}
	return false
}

// lastOf returns the attribution of a sentence that a later one goes on
// from: the last, but the reporter rather than the speaker a reporter
// quotes inside it ("X recalled that a candidate said …. «…», X added").
func lastOf(ats []*attribution) *attribution {
	last := ats[len(ats)-1]
	if strings.HasPrefix(last.how, "nested") && last.via != nil {
		for k := len(ats) - 2; k >= 0; k-- {
			if ats[k].speaker == last.via {
				return ats[k]
			}
		}
		outer := *last
		outer.speaker, outer.surface, outer.via, outer.viaName = last.via, last.viaName, nil, ""
		return &outer
	}
	return last
}

// speakerEnds reports whether a speaker phrase after its verb ending at
// token k ends the clause ("…," said the minister. / …, said Smith on
// Monday): after "…, said the event brought back memories" the phrase is
// the subject of the reported words, not the speaker.
func (t *text) speakerEnds(k int, s *sentence) bool {
	if k >= s.t1 || t.toks[k].kind != tWord {
		return true
	}
	l := t.toks[k].l
	lx := t.lx
	if _, ok := lx.Verbs[l]; ok {
		return true // "said Hong Lei said in a press conference"
	}
	if !t.toks[k].cap && k+2 == s.t1 && t.toks[k+1].kind != tWord && strings.ContainsAny(t.toks[k+1].s, ".!") {
		return true // one word of manner closes the sentence: "„…“, sagte er schmallippig."
	}
	if lx.NounCaps && (t.mannerPair(k, s) || t.mannerBeforePhrase(k, s)) {
		return true // "„…“, sagte er sichtlich überrascht.", "…, schrieb X neulich in ihrer Kolumne."
	}
	if t.objectAfterSubject(k, s) > k {
		return true
	}
	// (A word of degree before a phrase of time that closes the
	// sentence, "…, sagt X gleich zu Beginn.", not one before words of
	// its own: "meldete sich X wenig später zu Wort: „…“".)
	return lx.Set("prep", l) || lx.Set("time", l) || isTimeWord(lx, l) || lx.Set("adverbs", l) || lx.Set("timemods", l) && t.prepTail(k+1, s) || lx.Set("relpron", l) || lx.Set("subord", l) || lx.Set("as", l) ||
		lx.Set("dative", l) || lx.Set("comp", l) || lx.Set("coord", l) || lx.Set("by", l)
}

// objectAfterSubject returns where a verb's object that follows its
// inverted subject, at token k, ends, where nouns have capitals and the
// object runs up to a comma or the sentence's end (or a separable verb's
// particle there): "…, erklärt Thurner den Hintergrund, vor dem …",
// "…, begründete sie die Entscheidung.", "…, fasst er die Lage
// zusammen."; or k.
func (t *text) objectAfterSubject(k int, s *sentence) int {
	lx := t.lx
	if !lx.NounCaps || k >= s.t1 || t.toks[k].kind != tWord || t.toks[k].cap || !lx.Set("determiners", t.toks[k].l) {
		return k
	}
	e := t.npRight(k, s)
	if e < s.t1 && t.toks[e].kind == tWord && lx.Set("prep", t.toks[e].l) && (e+1 >= s.t1 || t.toks[e+1].kind != tWord) {
		e++
	}
	if e > k+1 && (e >= s.t1 || t.toks[e].kind != tWord && t.toks[e].q < 0 && t.toks[e].kind != tQOpen) {
		return e
	}
	return k
}

// mannerPair reports whether two lower-case words that close sentence s
// from token k tell how the speaker before them spoke, an adverb of
// degree and its adjective or participle ("„…“, sagte er sichtlich
// überrascht.", "…, sagte sie hörbar gerührt."): neither is a pronoun,
// an article, a negation or a preposition (a verb's particle: "sagte er
// ihm zu"), the first no verb.
func (t *text) mannerPair(k int, s *sentence) bool {
	if k+3 != s.t1 || t.toks[k+2].kind == tWord || !strings.ContainsAny(t.toks[k+2].s, ".!") {
		return false
	}
	return t.plainWord(k) && t.plainWord(k+1) && !t.isVerb(k)
}

// mannerBeforePhrase reports whether a lower-case word of how or when
// the speaker spoke, no verb, stands at token k before a phrase of a
// preposition that closes sentence s and reports nothing ("…“, schrieb
// Jule Roth neulich in ihrer Kolumne.", "…, sagte er lachend zu den
// Reportern.").
func (t *text) mannerBeforePhrase(k int, s *sentence) bool {
	if !t.plainWord(k) || t.isVerb(k) || !t.prepTail(k+1, s) {
		return false
	}
	// (A phrase of no verb, up to ten words: not "gibt es vielleicht
	// mit dem Werkzeug etwas zu flicken".)
	n := 0
	for j := k + 1; j < s.t1; j++ {
		if tk := &t.toks[j]; tk.kind == tWord {
			if n++; n > 10 || t.isVerb(j) || j > k+1 && t.lx.Set("inf", tk.l) || t.lx.Set("relpron", tk.l) && !t.lx.Set("determiners", tk.l) || t.lx.Set("subord", tk.l) {
				return false
			}
		}
	}
	return true
}

// plainWord reports whether token k is a lower-case word outside
// quotations that is no pronoun, article, negation, preposition (a
// verb's particle: "sagte er ihm zu"), conjunction or quantifier.
func (t *text) plainWord(k int) bool {
	lx := t.lx
	tk := &t.toks[k]
	return tk.kind == tWord && !tk.cap && t.out(k) && !t.isPronounTok(k) && !lx.Set("determiners", tk.l) && !lx.Set("negation", tk.l) && !lx.Set("prep", tk.l) &&
		!lx.Set("dativepronouns", tk.l) && !lx.Set("refl", tk.l) && !lx.Set("notnames", tk.l) && !lx.Set("coord", tk.l) && !lx.Set("comp", tk.l) && !lx.Set("quantifiers", tk.l)
}

// docRelative returns the subject of the clause that names a document
// when the verb of cue cu opens a relative clause on that document:
// "issued a statement in which it said", "emitió un comunicado en el que
// expresó", "publié un communiqué dans lequel il affirme", "eine
// Erklärung, in der sie betont"; or nil.
func (rs *resolver) docRelative(cu *cue, s *sentence) *mention {
	t := rs.t
	lx := t.lx
	doc := func(k int) bool {
		return k > s.body && t.out(k) && (lx.Set("docnouns", t.toks[k].b) || lx.Set("docnouns", t.toks[k].l))
	}
	j := cu.lo - 1
	if j-1 > s.body && t.out(j) && lx.Set("relpron", t.toks[j].l) && doc(j-1) && t.docBefore(j, s) {
		// "They released a statement which said, …": the document put
		// out is the relative clause's subject, as in "a statement
		// saying …", and the subject who put it out speaks.
		if st, end := rs.mainSubject(j-1, s); st >= 0 {
			return rs.parseNP(st, end, 0)
		}
		return nil
	}
	if m := cu.left; m != nil && m.kind == kPron {
		j = m.t0 - 1 // "in which it said"
	} else if j >= s.body && t.isPronounTok(j) {
		j-- // "dans lequel il affirme"
	}
	if j < s.body || !t.out(j) || !lx.Set("relpron", t.toks[j].l) || lx.Set("comp", t.toks[j].l) && j-1 >= s.body && !lx.Set("determiners", t.toks[j-1].l) && !lx.Set("prep", t.toks[j-1].l) {
		return nil
	}
	j--
	if j >= s.body && lx.Set("determiners", t.toks[j].l) && !lx.Set("prep", t.toks[j].l) {
		j-- // "en el que", "en la cual"
	}
	if j < s.body || !lx.Set("prep", t.toks[j].l) || lx.Set("by", t.toks[j].l) || lx.Set("of", t.toks[j].l) {
		return nil
	}
	j--
	if j >= s.body && t.toks[j].s == "," {
		j-- // "eine Erklärung, in der"
	}
	if !doc(j) && lx.NounCaps && doc(j-1) && !t.toks[j].cap {
		j-- // "hat eine Erklärung veröffentlicht, in der": the verb ends the clause
	}
	if !doc(j) {
		return nil
	}
	if st, end := rs.mainSubject(j, s); st >= 0 {
		return rs.parseNP(st, end, 0)
	}
	// A verb the lexicon does not know ("emitió un comunicado"): the
	// phrase before the word before the document's determiners.
	k := j - 1
	for k > s.body && lx.Set("determiners", t.toks[k].l) {
		k--
	}
	if k <= s.body || !t.out(k) || t.toks[k].kind != tWord || t.toks[k].cap {
		return nil
	}
	k--
	for k > s.body && t.out(k) && (lx.Set("aux", t.toks[k].l) || lx.Set("adverbs", t.toks[k].l) && !t.toks[k].cap) {
		k--
	}
	st := t.npLeft(k, s)
	if st-1 == s.body && lx.Set("determiners", t.toks[st-1].l) {
		st-- // "A empresa …": an article that is also a preposition
	}
	if st >= 0 && t.boundary(st-1, s) {
		return rs.parseNP(st, k+1, 0)
	}
	return nil
}

// cleftIncise returns the comma that closes an incise made of a cleft
// word, the verb and its subject inside sentence s ("Alle, das betonte
// Weikert erneut, können …"), or -1.
func (t *text) cleftIncise(cu *cue, s *sentence) int {
	lx := t.lx
	j := cu.lo - 1
	if cu.kind != cueVerb || cu.right == nil || j-1 <= s.body || t.toks[j-1].s != "," || !t.out(j) || !lx.Set("cleft", t.toks[j].l) {
		return -1
	}
	k := cu.right.t1
	for n := 0; n < 3 && k < s.t1 && t.out(k) && (lx.Set("adverbs", t.toks[k].l) || isTimeWord(lx, t.toks[k].l) || t.adverbForm(k)); n++ {
		k++
	}
	if k >= s.t1 || t.toks[k].s != "," {
		return -1
	}
	return k
}

// cleft reports whether the words of sentence s before cue cu are a
// phrase that points back at the sentence before as what the speaker
// after the verb said ("C'est ce qu'a annoncé X", "Eso fue lo que dijo
// X", "Das sagte X"): the lexicon's cleft set.
func (t *text) cleft(cu *cue, s *sentence) bool {
	return t.cleftAt(cu.lo, s)
}

// cleftAt reports whether the words of sentence s before token lo are a
// phrase of [set cleft].
func (t *text) cleftAt(lo int, s *sentence) bool {
	if lo <= s.body || lo-s.body > 8 { // (up to "c'est en tout cas ce qu'")
		return false
	}
	var words []string
	for k := s.body; k < lo; k++ {
		if t.toks[k].kind != tWord {
			return false
		}
		words = append(words, t.toks[k].l)
	}
	return t.lx.Set("cleft", strings.Join(words, " "))
}

// cleftSubject fills at, for a verb whose subject opens the sentence
// after a phrase that points back at the sentence before as what was
// said ([set cleftsubject]: "C'est en ces termes que la ministre a
// défendu son projet"), with that subject and the sentence before, and
// reports whether it did.
func (a *analysis) cleftSubject(i int, cu *cue, at *attribution) bool {
	t := a.t
	s := &t.sents[i]
	if cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary || i == 0 || t.sents[i-1].furniture || len(a.bySent[i-1]) > 0 {
		return false
	}
	if k := cu.left.t0; k-s.body < 3 || k-s.body > 7 || !t.out(k-1) {
		return false
	}
	var words []string
	for k := s.body; k < cu.left.t0; k++ {
		if t.toks[k].kind != tWord || t.toks[k].q >= 0 {
			return false
		}
		words = append(words, t.toks[k].l)
	}
	if !t.lx.Set("cleftsubject", strings.Join(words, " ")) {
		return false
	}
	if at.speaker, at.surface = a.speakerOf(cu.left, cu.appos); at.speaker == nil {
		return false
	}
	at.how = "cleft-subject"
	at.content = [][2]int{t.bodySpan(i - 1)}
	at.marked, at.lead = true, 1
	return true
}

// colonAfter returns the colon that follows token k of sentence s across
// at most six words outside quotations ("der Kicker: …", "die Agentur
// unter Berufung auf Sicherheitskreise: …"), or 0.
func (t *text) colonAfter(k int, s *sentence) int {
	for j := k; j < s.t1-1 && j < k+7; j++ {
		switch {
		case t.toks[j].s == ":" && t.toks[j].q < 0:
			return j
		case !t.out(j):
			return 0
		}
	}
	return 0
}

// thingDescribed reports whether mention m is one thing described, no
// person, body or title: "la sequía", "the climate crisis".
func (t *text) thingDescribed(m *mention) bool {
	return m != nil && m.kind == kDesc && !m.plural && !m.person && (m.class == "" || m.class == "unknown") &&
		m.headTok >= 0 && !t.isTitleWord(m.headTok)
}

// objectClaim reports whether a verb's object, starting with the word
// next, is the speaker's position itself: an accusation or a denial
// says something of its object (", accusing the network of …", ",
// denying any role"), and so does a call (", calling for …", ", urging
// …", ", demanding …"), a name for something (", calling the charge
// “pathetic”") and a preposition the verb takes (", calling for …",
// "habló sobre …").
func objectClaim(v lang.Verb, next string) bool {
	return v.Stance == "accuse" || v.Stance == "deny" || v.Voice == "urge" || v.Voice == "demand" || v.Voice == "call" ||
		slices.Contains(v.Takes, next)
}

// asks reports whether verb v asks: a question ("preguntó", "wondered",
// voice wonder) or a request ("asked for", "pidió", voice ask).
func asks(v lang.Verb) bool { return v.Voice == "ask" || v.Voice == "wonder" }

// clauseRelBefore reports whether a relative pronoun that stands for a
// whole clause (lexicon set clauserel: "lo que", "ce qui") comes just
// before token lo, past adverbs.
func (t *text) clauseRelBefore(lo int, s *sentence) bool {
	for k := lo - 1; k-1 >= s.body && k >= lo-4; k-- {
		if t.lx.Set("clauserel", t.toks[k-1].l+" "+t.toks[k].l) {
			return true
		}
		if !t.lx.Set("adverbs", t.toks[k].l) && !t.adverbForm(k) {
			return false
		}
	}
	return false
}

// coordPhraseStart returns the first token of a phrase the lexicon lists
// as joining two clauses as "and" does (set coordphrase: "al tiempo que",
// "a la vez que") when it ends at token end, or -1.
func (t *text) coordPhraseStart(end int, s *sentence) int {
	if k := t.phraseStart("coordphrase", end, 2, 5, s); k >= 0 {
		return k
	}
	// A word of one after a comma: "…, aunque destacó …".
	if k := t.phraseStart("coordphrase", end, 1, 1, s); k-1 > s.body && t.toks[k-1].s == "," {
		return k
	}
	return -1
}

// quoteAfterInverted returns the opening mark of the quotation that ends
// sentence s after a verb that opens it (or follows a word and a comma
// that open it: "But, said …"), a name after the verb and maybe a
// phrase about the name set off by commas: "Said Comey, “…”", "Said Ann
// Ruiz, who grew up near the bridge, “…”". Or -1.
func (rs *resolver) quoteAfterInverted(cu *cue, s *sentence) int {
	t := rs.t
	if cu.kind != cueVerb || cu.left != nil || cu.right == nil || cu.right.kind != kPerson && !rs.reg.knownPerson(cu.right) {
		return -1
	}
	if cu.lo != s.body && !(cu.lo-2 == s.body && t.toks[cu.lo-1].s == "," && t.lx.Set("coord", t.toks[s.body].l)) {
		return -1
	}
	e := cu.right.t1
	if e >= s.t1 || t.toks[e].s != "," {
		return -1
	}
	for k := e + 1; k < s.t1 && k < e+25; k++ {
		tk := &t.toks[k]
		if tk.kind != tQOpen {
			if tk.q >= 0 || tk.kind == tQClose {
				return -1
			}
			continue
		}
		if t.toks[k-1].s != "," {
			return -1
		}
		end := s.t1 - 1
		if t.toks[end].s == "." && end > k {
			end--
		}
		if t.toks[end].kind != tQClose || t.toks[end].q != tk.q {
			return -1
		}
		return k
	}
	return -1
}

// authoredDoc reports whether m is a document whose author is named ("a
// Quinnipiac poll", "a Pentagon report").
func authoredDoc(m *mention) bool {
	return m != nil && m.kind == kDoc && m.owner != nil
}

// smallClause returns the words from token k when they are a phrase and
// what is said of it ("found Trump leading by four points", "found
// Clinton ahead in Ohio"), or nil ("found no evidence of fraud").
func (t *text) smallClause(k int, s *sentence) [][2]int {
	end := t.npRight(k, s)
	if end <= k || end > s.t1 {
		return nil
	}
	// (The phrase may hold the participle: "Clinton leading".)
	if !t.participleIn(k, end) && (end >= s.t1 || t.toks[end].kind != tWord || t.lx.Set("prep", t.toks[end].l) || t.lx.Set("coord", t.toks[end].l)) {
		return nil
	}
	return t.spanTo(k, s.t1)
}

// peopleObject reports whether the words at token k open with people,
// named or described, as the verb's object, after a preposition of the
// person addressed if the language has one ("threatened journalists",
// "han amenazado a periodistas"), not with words ("threatened to sue").
func (rs *resolver) peopleObject(k int, s *sentence) bool {
	t := rs.t
	if k < s.t1 && t.lx.Set("dative", t.toks[k].l) {
		k++
	}
	end := t.npRight(k, s)
	if end <= k {
		return false
	}
	m := rs.parseNP(k, end, 0)
	return m != nil && (m.kind == kPerson || m.kind == kDesc && m.class == "people")
}

// personObject reports whether the words at token k open with a person
// named as the verb's object, with no "as" after ("dismissed manager
// Tomas Kell", not "dismissed Kell as a liar").
func (rs *resolver) personObject(k int, s *sentence) bool {
	t := rs.t
	end := t.npRight(k, s)
	if end <= k || end < s.t1 && t.lx.Set("as", t.toks[end].l) || t.toks[end-1].poss {
		return false // (nor a possessor: "rejected Donald Trump's offer")
	}
	m := rs.parseNP(k, end, 0)
	return m != nil && m.kind == kPerson
}

// apposBefore returns the person named between commas after the subject
// m, which ends at token end, before the cue at token lo ("The third
// executive, Dana Whitcombe of Brightwell Inc., declined …, saying …"),
// or nil.
func (rs *resolver) apposBefore(m *mention, end, lo int, s *sentence) *mention {
	if end+1 >= lo || rs.t.toks[end].s != "," {
		return nil
	}
	p, _ := rs.namedInApposition(m, end+1, s)
	return p
}

// soleSpeaker returns the one speaker of every attribution of sentence
// j, or nil when it has none or several.
func (a *analysis) soleSpeaker(j int) *entity {
	var e *entity
	for _, at := range a.bySent[j] {
		if at.speaker == nil || e != nil && at.speaker != e {
			return nil
		}
		e = at.speaker
	}
	return e
}

// namedIn reports whether entity e is mentioned in sentence j.
func (r *registry) namedIn(e *entity, j int) bool {
	for _, sn := range r.recent {
		if sn.sent == j && sn.e == e {
			return true
		}
	}
	return false
}

// inWordsOf reports whether entity e is mentioned in sentence j only
// inside the words reported there.
func (a *analysis) inWordsOf(e *entity, j int) bool {
	found := false
	for _, sn := range a.reg.recent {
		if sn.sent != j || sn.e != e {
			continue
		}
		in := false
		for _, at := range a.bySent[j] {
			in = in || covers(at, a.t.toks[sn.tok].start)
		}
		if !in {
			return false
		}
		found = true
	}
	return found
}

// questionTo reports whether sentence k tells a question put to someone
// a clitic stands for ("—le preguntó una periodista", after or with the
// question mark): the words after it are the answer of the one asked.
func (t *text) questionTo(k int) bool {
	s := &t.sents[k]
	asked := false
	for j := s.body + 1; j < s.t1; j++ {
		if v, ok := t.lx.Verbs[t.toks[j].l]; ok && t.out(j) && asks(v) && v.Stance == "other" &&
			t.lx.Set("clitics", t.toks[j-1].l) && !t.lx.Set("refl", t.toks[j-1].l) {
			asked = true
			for x := j + 1; x+1 < s.t1 && t.toks[x].kind == tWord; x++ {
				if t.lx.Set("dative", t.toks[x].l) && t.toks[x+1].kind == tWord {
					return false // "le preguntó Sánchez a Feijóo": the one asked is named, and may not have spoken before
				}
			}
		}
	}
	if !asked {
		return false
	}
	for _, j := range []int{k, k - 1} {
		if j < 0 {
			continue
		}
		for x := t.sents[j].t0; x < t.sents[j].t1; x++ {
			if strings.Contains(t.toks[x].s, "?") {
				return true
			}
		}
	}
	return false
}

// quoteIn reports whether a quotation mark opens between tokens lo and
// hi.
func (t *text) quoteIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.toks[k].kind == tQOpen {
			return true
		}
	}
	return false
}

// knownSubject reports whether phrase m after a verb whose object opens
// the sentence is surely its whole subject: a pronoun, a name the
// article named in a sentence before, or someone described who can
// speak.
func (a *analysis) knownSubject(m *mention, i int) bool {
	switch m.kind {
	case kPron:
		return true
	case kPerson, kName, kOrg:
		e := a.entityOf(m)
		for _, sn := range a.reg.recent {
			if sn.e == e && sn.sent < i {
				return true
			}
		}
		return false
	case kDesc:
		return m.class == "gov" || m.class == "org" || m.class == "media" || m.class == "people" || m.class == "spokes"
	case kCountry:
		return true
	}
	return false
}

// secondSubject reports whether phrase m right after a verb in second
// place, behind a phrase that is no subject, is surely the whole subject:
// a pronoun, a name named before or with a title or a given name, a
// body, or a phrase with a determiner a subject takes ("Dagegen warnte der
// Sachverständigenrat vor …"; not "Am Montag kritisierte Merkel Putin",
// where one name may run into the next, nor "Nun droht dem Konzern ein
// Bußgeld").
func (a *analysis) secondSubject(m *mention, i int) bool {
	t := a.t
	switch m.kind {
	case kPerson:
		return a.knownSubject(m, i) || m.title != "" || t.lx.Given(lang.Lower(t.toks[m.t0].s)) != 0
	case kOrg:
		return true
	case kDesc:
		return m.class != "" && t.lx.Set("determiners", t.toks[m.t0].l) && !t.lx.Set("objectdeterminers", t.toks[m.t0].l)
	}
	return a.knownSubject(m, i)
}

// takesAfterSubject reports whether a preposition cue cu's verb takes
// follows the subject after the verb, past an adverb or two ("Für das
// Jahr rechnet der Vorstand weiterhin mit einem Gewinn"): what is
// expected, not an object of the verb of opinion.
func (t *text) takesAfterSubject(cu *cue, s *sentence) bool {
	if len(cu.verb.Takes) == 0 || cu.right == nil {
		return false
	}
	j := t.pastAdverbsAt(cu.right.t1, s)
	return j < s.t1 && t.out(j) && slices.Contains(cu.verb.Takes, t.toks[j].l)
}

// barePluralSubject reports whether the phrase right after the finite
// verb of cue cu, in second place behind a phrase that is no subject, is
// a plural noun with no article in a language that capitalises its
// nouns: one capitalised word, the verb plural, no conjunction or name
// after it ("Am Montag rufen Oppositionsgruppen zu Protesten auf", "Nun
// fordern Gewerkschaften höhere Löhne"): the subject, as a singular noun
// with no article could not be.
func (t *text) barePluralSubject(cu *cue, s *sentence) bool {
	m := cu.right
	lx := t.lx
	if !lx.NounCaps || m == nil || m.t0 != cu.c+1 || m.t1 != m.t0+1 || cu.lo != cu.c || m.kind != kDesc && m.kind != kName || !t.toks[m.t0].cap || !t.pluralVerb(cu) {
		return false
	}
	if m.t1 < s.t1 && (lx.Set("coord", t.toks[m.t1].l) || t.toks[m.t1].cap && !lx.Set("determiners", t.toks[m.t1].l)) {
		return false
	}
	return lx.Speakers[m.head] != "" || lx.Set("pluralheads", m.head) || m.class != "" || m.kind == kName
}

// unitSign reports whether a punctuation token is a sign that belongs to
// the number before it ("15%", "20 €"): words that end with it keep it
// ("el paro bajará un 15%", not "un 15").
func unitSign(s string) bool {
	switch s {
	case "%", "‰", "€", "£", "$", "°", "ºC", "°C":
		return true
	}
	return false
}

// pairSpeaks returns the attributions of a plural verb whose subject,
// opening sentence i, is a word of [set both] ("Ambos aseguraron que …",
// or of [set fboth], two women: "Ambas …")
// or a plural pronoun ("Ellos aseguraron que …"), to the two people the
// sentence before opens with, joined by "and" ("Cuca Gamarra y Miguel
// Tellado comparecieron …"); else nil.
func (rs *resolver) pairSpeaks(i int, cu *cue) []*attribution {
	t := rs.t
	lx := t.lx
	s := &t.sents[i]
	if cu.kind != cueVerb || i == 0 || cu.lo != s.body+1 || cu.c >= s.t1 {
		return nil
	}
	w := &t.toks[s.body]
	// (A pronoun that is only plural needs no plural ending on its verb:
	// "They said …", "Ils affirment …".)
	if p, ok := lx.Pronouns[w.l]; !(ok && p.Plural && !p.Either && w.kind == tWord) && !t.pluralVerb(cu) {
		return nil
	}
	var g byte
	switch p, ok := lx.Pronouns[w.l]; {
	case w.kind != tWord:
		return nil
	case lx.Set("both", w.l):
	case lx.Set("fboth", w.l):
		g = 'f'
	case ok && p.Plural:
		g = p.Gender
	default:
		return nil
	}
	p1, p2 := rs.pairOpening(i - 1)
	if p1 == nil || g == 'f' && (p1.gender == 'm' || p2.gender == 'm') {
		return nil
	}
	var out []*attribution
	for _, e := range []*entity{p1, p2} {
		at := &attribution{speaker: e, verb: cu.verb, kind: cueVerb, cue: cu.c, sent: i, last: i, how: "pair"}
		at.content = t.contentAfter(cu.hi, s, at)
		if len(at.content) == 0 || !at.marked && cu.verb.Voice != "say" {
			return nil // (a verb of saying needs no "that": "They said the plan would fail.")
		}
		at.evStart = t.toks[s.body].start
		out = append(out, at)
	}
	return out
}

// pairOpening returns the two people sentence k opens with, joined by
// "and" and then the plural verb ("Cuca Gamarra y Miguel Tellado
// comparecieron …", "La secretaria general del PP, Cuca Gamarra, y el
// portavoz, Miguel Tellado, comparecieron …"), when it names no one
// else; else nil.
func (rs *resolver) pairOpening(k int) (*entity, *entity) {
	t := rs.t
	lx := t.lx
	s := &t.sents[k]
	var ms []seen
	for _, sn := range rs.reg.recent {
		if sn.sent != k {
			continue
		}
		if sn.e.kind == kPerson && (len(ms) == 0 || ms[len(ms)-1].e != sn.e) {
			ms = append(ms, sn)
		}
	}
	if len(ms) != 2 || ms[0].e == ms[1].e {
		return nil, nil
	}
	first, second := ms[0], ms[1]
	// The first opens the sentence, or a description set off before it
	// does ("La secretaria general del PP, Cuca Gamarra, …").
	if first.tok != s.body && !(first.tok-1 > s.body && t.toks[first.tok-1].s == "," && first.tok-s.body <= 8) {
		return nil, nil
	}
	// Between them, an optional comma, "and", and a description.
	j := first.end
	if j < s.t1 && t.toks[j].s == "," {
		j++
	}
	if j >= s.t1 || !lx.Set("coord", t.toks[j].l) || second.tok <= j || second.tok-j > 6 {
		return nil, nil
	}
	for x := j + 1; x < second.tok; x++ {
		if tk := &t.toks[x]; tk.kind == tWord && (lx.Set("coord", tk.l) || t.isVerb(x)) || tk.q >= 0 {
			return nil, nil
		}
	}
	// After the second, the plural verb.
	v := second.end
	if v < s.t1 && t.toks[v].s == "," {
		v++
	}
	if v+1 < s.t1 && t.toks[v].kind == tWord && (lx.Set("refl", t.toks[v].l) || lx.Set("clitics", t.toks[v].l)) {
		v++ // "… se reunieron"
	}
	if v >= s.t1 || t.toks[v].kind != tWord || t.toks[v].cap {
		return nil, nil
	}
	if len(lx.Sets["pluralverbendings"]) > 0 {
		if !t.endsIn("pluralverbendings", t.toks[v].l, 2) {
			return nil, nil
		}
	} else if l := t.toks[v].l; !lx.Set("aux", l) && !lx.Set("modal", l) && !t.isVerb(v) {
		// (A language whose verbs show no plural: any verb, or an
		// auxiliary: "Anne Roux and Paul Mercier met …".)
		return nil, nil
	}
	return first.e, second.e
}

// apposPairSpeaks returns the attributions of a plural verb whose subject
// is a plural description opening sentence i and two people named in
// apposition after it, joined by "and" and set off by commas ("Los
// ministros de Hacienda y Economía, María Jesús Montero y Carlos Cuerpo,
// aseguraron que …"): both speak. Else nil.
func (a *analysis) apposPairSpeaks(i int, cu *cue) []*attribution {
	t := a.t
	lx := t.lx
	s := &t.sents[i]
	if cu.kind != cueVerb || cu.lo-1 <= s.body || t.toks[cu.lo-1].s != "," || !t.pluralVerb(cu) {
		return nil
	}
	// The second name ends at the comma; "and" before it; the first
	// name after the comma that closes the description.
	end := cu.lo - 1
	st2 := t.npLeft(end-1, s)
	if st2 < 0 || st2-2 <= s.body || !lx.Set("coord", t.toks[st2-1].l) {
		return nil
	}
	st1 := t.npLeft(st2-2, s)
	if st1 < 0 || st1-1 <= s.body || t.toks[st1-1].s != "," {
		return nil
	}
	p1, p2 := a.parseNP(st1, st2-1, 0), a.parseNP(st2, end, 0)
	if p1 == nil || p2 == nil || p1.kind != kPerson || p2.kind != kPerson || p1.t1 != st2-1 || p2.t1 != end {
		return nil
	}
	// The description: plural, from the sentence's opening to the comma.
	d := a.parseNP(s.body, st1-1, 0)
	if d == nil || d.kind != kDesc || !d.plural || !lx.Set("determiners", t.toks[s.body].l) {
		return nil
	}
	for k := s.body; k < st1-1; k++ {
		if t.toks[k].kind != tWord && t.toks[k].s != "," || t.toks[k].q >= 0 {
			return nil
		}
	}
	var out []*attribution
	for _, m := range []*mention{p1, p2} {
		e, surface := a.speakerOf(m, nil)
		if e == nil || e.kind != kPerson {
			return nil
		}
		at := &attribution{speaker: e, surface: surface, verb: cu.verb, kind: cueVerb, cue: cu.c, sent: i, last: i, how: "appos-pair"}
		at.content = t.contentAfter(cu.hi, s, at)
		if len(at.content) == 0 {
			return nil
		}
		at.evStart = t.toks[s.body].start
		out = append(out, at)
	}
	if out[0].speaker == out[1].speaker {
		return nil
	}
	return out
}

// quarrel reports whether a verb of arguing has, for words, only a
// phrase opening with a preposition other than "for" or "against" and
// no clause or quotation: "had argued inside the bar before the attack",
// "argued with his wife" tell a quarrel, not a claim ("argued for lower
// taxes" is one).
func (t *text) quarrel(cu *cue, at *attribution) bool {
	if cu.kind != cueVerb || cu.verb.Voice != "argue" || len(at.content) == 0 || at.direct || t.clauseOrQuote(at.content) {
		return false
	}
	k := t.tokAt(at.content[0][0])
	if k < 0 || k >= len(t.toks) || t.toks[k].kind != tWord {
		return false
	}
	l := t.toks[k].l
	return (t.lx.Set("prep", l) || t.lx.Set("quarrelpreps", l)) && l != "for" && l != "against"
}

// pseudoCleft returns the complementiser after the copula of a sentence
// that opens with a phrase of [set pseudocleft] whose clause holds the
// verb of cue cu and its subject ("Lo que planteó la ministra es que …",
// "Lo que el ministro dijo fue que …", "O que o ministro disse é que …",
// "Algo que adelantó X y que reiteró Y en la comisión es que …"), and
// that subject; or 0. Between the subject and the copula stand no comma
// and no verb but another reporting verb of that clause.
func (t *text) pseudoCleft(cu *cue, s *sentence) (int, *mention) {
	lx := t.lx
	if cu.kind != cueVerb || len(lx.Sets["pseudocleft"]) == 0 {
		return 0, nil
	}
	e := t.phraseEnd("pseudocleft", s.body, s)
	if e == s.body || cu.c < e || cu.c > e+6 {
		return 0, nil
	}
	var sub *mention
	from := cu.hi
	switch {
	case cu.left != nil && cu.left.t0 >= e && cu.left.t0 <= e+1 && cu.left.t1 == cu.lo:
		sub = cu.left // "Lo que el ministro dijo …"
	case cu.right != nil && cu.right.t0 >= cu.hi && cu.right.t0 <= cu.hi+1:
		sub, from = cu.right, cu.right.t1 // "Lo que dijo el ministro …"
	default:
		return 0, nil
	}
	for j := e; j < cu.lo; j++ {
		if tk := &t.toks[j]; tk.kind != tWord || !t.out(j) || tk.cap && (j < sub.t0 || j >= sub.t1) {
			return 0, nil // (only adverbs or the subject before the verb: "Lo que ya había adelantado X")
		}
	}
	for j := from; j+1 < s.t1 && j < from+15; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || !t.out(j) {
			return 0, nil
		}
		if lx.Set("passive", tk.l) && t.out(j+1) && lx.Set("comp", t.toks[j+1].l) {
			return j + 1, sub
		}
		if t.isVerb(j) && !t.reportingVerbAt(j) {
			return 0, nil // another verb: "Lo que dijo X no convenció a nadie"
		}
	}
	return 0, nil
}

// objectRelativeSentence reports whether the sentence of cue cu is a
// noun phrase and a relative clause that opens with an object relative
// pronoun ([set objrel]) and ends with the verb's subject after it: "Un
// chiffre que contestent les professionnels de la branche.", "Ce que
// dément formellement la défense." (not "Le chiffre que contestent les
// syndicats est faux.", whose sentence goes on).
func (t *text) objectRelativeSentence(cu *cue, s *sentence) bool {
	lx := t.lx
	k := cu.lo - 1
	if k <= s.body || !t.out(k) || !lx.Set("objrel", t.toks[k].l) || cu.right.kind == kPron {
		return false
	}
	for j := cu.right.t1; j < s.t1; j++ {
		if t.toks[j].kind == tWord || t.toks[j].kind == tQOpen {
			return false
		}
	}
	w := t.toks[k].l
	if strings.HasSuffix(w, "'") {
		w = strings.TrimSuffix(w, "'") + "e" // ("ce qu'a démenti …")
	}
	if k-1 == s.body && lx.Set("clauserel", t.toks[k-1].l+" "+w) {
		return true // "Ce que conteste la défense."
	}
	if !lx.Set("indefinite", t.toks[s.body].l) && !lx.Set("definite", t.toks[s.body].l) {
		return false
	}
	if st := t.npLeft(k-1, s); st != s.body {
		return false
	}
	for j := s.body; j < k; j++ {
		if t.toks[j].kind != tWord || t.isVerb(j) {
			return false
		}
	}
	return true
}

// objectRelativeClause reports whether verb cue cu has its subject
// right after a relative pronoun that follows a noun in lower case, and
// nothing after it but a phrase of a preposition the verb does not take
// or the sentence's end, or a punctuation mark, with no verb ("the infractions that regulators revealed in
// later years", "the plan which critics described at length."): the
// noun before the pronoun is the verb's object, no words of the
// subject's (not "He said that critics revealed the fraud", whose word
// before "that" is a verb, nor "the fact that critics revealed the
// fraud", whose clause has its own object).
func (t *text) objectRelativeClause(cu *cue, s *sentence) bool {
	lx := t.lx
	r := cu.left.t0 - 1
	if cu.kind != cueVerb || cu.left.t1 != cu.lo || r-1 < s.body || !t.out(r) || !t.out(r-1) || !lx.Set("relpron", t.toks[r].l) {
		return false
	}
	if cu.left.kind == kPron {
		return false
	}
	n := &t.toks[r-1]
	if n.kind != tWord || n.cap || t.isVerb(r-1) || lx.Set("determiners", n.l) || lx.Set("prep", n.l) || lx.Set("aux", n.l) || lx.Set("adverbs", n.l) {
		return false
	}
	if _, rep := lx.Verbs[n.l]; rep {
		return false
	}
	// (A noun after its determiner, maybe past adjectives: not "given
	// that debt and illness added to …".)
	det := false
	for j := r - 2; j >= s.body && j >= r-5 && !det; j-- {
		if tk := &t.toks[j]; tk.kind != tWord && tk.kind != tQOpen && tk.kind != tQClose || !t.out(j) || t.isVerb(j) {
			break
		}
		det = lx.Set("determiners", t.toks[j].l)
	}
	if !det {
		return false
	}
	k := cu.hi
	if k >= s.t1 || t.toks[k].kind == tPunct && strings.ContainsAny(t.toks[k].s, ".!;") {
		return true
	}
	if t.toks[k].kind != tWord || !t.out(k) || !lx.Set("prep", t.toks[k].l) || slices.Contains(cu.verb.Takes, t.toks[k].l) {
		return false
	}
	for j := k + 1; j < s.t1 && t.toks[j].kind == tWord; j++ {
		if t.isVerb(j) || lx.Set("comp", t.toks[j].l) {
			return false // "the plan which critics said in May would hurt workers": words after the phrase
		}
	}
	return true
}

// prepRelativeAside reports whether verb cue cu has its subject right
// after a relative pronoun that a preposition (and maybe an article)
// opens right after a comma ("…, al que Lucía Herrera acusa de fraude,
// negó …", "…, a quem Beatriz Lima acusa de fraude, negou …"), and the
// clause closes at a comma that the main clause's verb follows, with no
// complementiser nor quotation before it, in a language that may leave a
// clause's subject out: the verb is about the person
// before the comma, its object, and the words after the closing comma
// are the main clause's. (Not a relative clause of a view, [set
// viewrel]: "…, para quien …".)
func (t *text) prepRelativeAside(cu *cue, s *sentence) bool {
	lx := t.lx
	r := cu.left.t0 - 1
	if !lx.ProDrop || cu.kind != cueVerb || cu.left.t1 != cu.lo || r-2 < s.body || !t.out(r) || !lx.Set("relpron", t.toks[r].l) || lx.Set("determiners", t.toks[r].l) && !lx.Set("comp", t.toks[r].l) {
		return false
	}
	p := r - 1
	if !lx.Set("prep", t.toks[p].l) && lx.Set("determiners", t.toks[p].l) && t.out(p) && p-2 >= s.body {
		p--
	}
	if !t.out(p) || t.toks[p].kind != tWord || !lx.Set("prep", t.toks[p].l) || t.toks[p-1].s != "," || lx.Set("viewrel", t.toks[p].l+"_"+t.toks[r].l) {
		return false
	}
	for k := cu.hi; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen || tk.q >= 0 || lx.Set("comp", tk.l) || tk.kind == tPunct && strings.ContainsAny(tk.s, ":;.!?") {
			return false
		}
		if tk.s == "," {
			return k+1 < s.t1 && t.toks[k+1].kind == tWord && (t.isVerb(k+1) || lx.Set("aux", t.toks[k+1].l))
		}
	}
	return false
}

// personShowsThat reports, where the lexicon has the trait personshows,
// whether the cue of a verb of showing has a named person of two names or
// more right before it as its subject and a complementiser right after it
// ("Frédérique Fogel montre qu'il y a …"), past a short phrase of manner
// ("montre de façon précise que …"): a researcher's or writer's finding.
func (t *text) personShowsThat(cu *cue, s *sentence) bool {
	if !t.lx.Trait("personshows") || cu.kind != cueVerb || cu.left == nil || !cu.leftAtBoundary || cu.left.kind != kPerson || cu.left.t1-cu.left.t0 < 2 || cu.left.t1 != cu.lo {
		return false
	}
	for k := cu.hi; k < s.t1 && k < cu.hi+5; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.q >= 0 {
			return false
		}
		if t.lx.Set("comp", tk.l) {
			return true
		}
	}
	return false
}

// relativeBeforeMain reports whether cue cu's verb is in a relative clause
// on its subject, set off by commas before the subject's own verb of
// saying ("Levi Pay, who now advises universities on the student
// experience, says: “…”"): the clause describes the speaker, and the
// main verb reports the words.
func (a *analysis) relativeBeforeMain(i int, cu *cue) bool {
	t := a.t
	s := &t.sents[i]
	if cu.kind != cueVerb || cu.left == nil || cu.left.t1 >= cu.c {
		return false
	}
	r := cu.left.t1
	if r >= s.t1 || t.toks[r].s != "," {
		return false
	}
	k := r + 1
	for k < cu.c && k < r+8 && t.toks[k].kind == tWord && !t.lx.Set("relpron", t.toks[k].l) {
		k++ // ("a former director of student services who now advises …": past an apposition to its relative pronoun)
	}
	if k >= cu.c || !t.lx.Set("relpron", t.toks[k].l) || t.lx.Set("determiners", t.toks[k].l) {
		return false
	}
	for j := k + 1; j < cu.c; j++ {
		if t.toks[j].kind != tWord || !t.lx.Set("adverbs", t.toks[j].l) {
			return false
		}
	}
	if cu.hi < s.t1 && t.toks[cu.hi].kind == tWord && t.lx.Set("comp", t.toks[cu.hi].l) {
		return false // "Ada Álvarez, quien indicó que renunciará, resaltó que …": the clause reports words of its own
	}
	comma := cu.hi
	for comma < s.t1 && t.toks[comma].s != "," {
		comma++
	}
	for _, o := range a.sentCues[i] {
		if o != cu && o.kind == cueVerb && o.lo == comma+1 && o.left != nil && o.left.t0 == cu.left.t0 {
			return true
		}
	}
	return false
}

// titleBeforeSubject reports whether the quotation right before the
// subject that opens at st is a work's title describing the subject, not
// its words: "“Parasite” director Bong Joon Ho said backstage that …". A
// short title in quotation marks, with no comma nor stop closing it,
// right before the subject's lower-case noun, and the verb (ending at
// hi) followed by words of its own. (Not "“We need beds” nurse Ana Ruiz
// said", words without their comma; nor "“Stop” nurse Ana Ruiz said.",
// nothing after the verb.)
func (t *text) titleBeforeSubject(st, hi int, s *sentence) bool {
	k := st - 1
	if k-1 < s.body || t.toks[k].kind != tQClose || t.toks[k].q < 0 || t.toks[k-1].kind != tWord || t.toks[st].kind != tWord || t.toks[st].cap {
		return false
	}
	if hi >= s.t1 || t.toks[hi].kind != tWord {
		return false
	}
	o := t.tokAt(t.qs[t.toks[k].q].open)
	return o >= s.body && k-o <= 9 && t.titleWords(o+1, k)
}

// titleWords reports whether tokens [from, to) are the words of a work's
// title: the first capitalised, and each other capitalised or a small
// word (a preposition, determiner or conjunction): "Parasite", "Once
// Upon A Time in Hollywood", not "We need beds".
func (t *text) titleWords(from, to int) bool {
	if from >= to || t.toks[from].kind != tWord || !t.toks[from].cap {
		return false
	}
	for j := from + 1; j < to; j++ {
		tk := t.toks[j]
		if tk.kind != tWord {
			return false
		}
		if !tk.cap && !t.lx.Set("prep", tk.l) && !t.lx.Set("determiners", tk.l) && !t.lx.Set("coord", tk.l) && !t.lx.Set("of", tk.l) {
			return false
		}
	}
	return true
}

// verbless reports whether tokens lo to hi hold no finite verb, auxiliary
// or copula outside quotations: what comes before a gerund or an
// infinitive is then a phrase with no predicate of its own.
func (t *text) verbless(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.toks[k].kind != tWord || !t.out(k) {
			continue
		}
		if t.lx.Set("aux", t.toks[k].l) || t.lx.Set("copulas", t.toks[k].l) || t.lx.Set("passive", t.toks[k].l) {
			return false
		}
		if v, ok := t.lx.Verbs[t.toks[k].l]; ok && v.Tags&lang.TagFinite != 0 || t.isVerb(k) {
			return false
		}
	}
	return true
}
