package eval

import (
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// Counts are what Score counts for one briefing, and what Aggregate sums.
type Counts struct {
	// GoldParties is the number of gold parties.
	GoldParties int `json:"gold_parties"`
	// PredParties is the number of predicted parties.
	PredParties int `json:"pred_parties"`
	// GoldPartiesFound counts gold parties that at least one predicted
	// party maps to.
	GoldPartiesFound int `json:"gold_parties_found"`
	// PredPartiesMatched counts predicted parties that map to a gold party.
	PredPartiesMatched int `json:"pred_parties_matched"`

	// GoldClaims is the number of gold claims. A statement the article
	// attributes to two parties jointly is one gold claim per party.
	GoldClaims int `json:"gold_claims"`
	// PredClaims is the number of predicted claims.
	PredClaims int `json:"pred_claims"`
	// GoldClaimsFound counts gold claims matched by at least one predicted
	// claim with the same sentence and the right party.
	GoldClaimsFound int `json:"gold_claims_found"`
	// PredClaimsCorrect counts predicted claims that match at least one
	// gold claim with the same sentence and the right party.
	PredClaimsCorrect int `json:"pred_claims_correct"`
	// PredClaimsOnGold counts predicted claims whose evidence matches the
	// sentence of at least one gold claim, of any party.
	PredClaimsOnGold int `json:"pred_claims_on_gold"`
	// PredClaimsMisattributed counts the PredClaimsOnGold that are not
	// PredClaimsCorrect: right sentence, wrong party.
	PredClaimsMisattributed int `json:"pred_claims_misattributed"`
	// PredClaimsOnFacts counts predicted claims that match no gold claim
	// but match a gold fact: outlet narrative attributed to a party.
	PredClaimsOnFacts int `json:"pred_claims_on_facts"`
	// PredClaimsGrounded counts predicted claims whose evidence is a
	// substring of the article after ground.Normalize.
	PredClaimsGrounded int `json:"pred_claims_grounded"`
	// StanceAgree counts correct predicted claims whose stance equals the
	// stance of a gold claim they match.
	StanceAgree int `json:"stance_agree"`
	// SpeakerAgree counts correct predicted claims whose speaker names the
	// speaker of a gold claim they match.
	SpeakerAgree int `json:"speaker_agree"`
	// ClaimsDroppedUngrounded is the briefing's
	// Stats.ClaimsDroppedUngrounded: claims the grounding check removed
	// before scoring.
	ClaimsDroppedUngrounded int `json:"claims_dropped_ungrounded"`
	// LoadedLeaks counts loaded words of the article's language in the
	// bot's own voice (summary, party names, paraphrases, fact texts),
	// outside quotation marks.
	LoadedLeaks int `json:"loaded_leaks"`
	// Errors counts cases whose briefing failed (see Failed).
	Errors int `json:"errors,omitempty"`
}

// add adds c2 to c.
func (c *Counts) add(c2 Counts) {
	c.GoldParties += c2.GoldParties
	c.PredParties += c2.PredParties
	c.GoldPartiesFound += c2.GoldPartiesFound
	c.PredPartiesMatched += c2.PredPartiesMatched
	c.GoldClaims += c2.GoldClaims
	c.PredClaims += c2.PredClaims
	c.GoldClaimsFound += c2.GoldClaimsFound
	c.PredClaimsCorrect += c2.PredClaimsCorrect
	c.PredClaimsOnGold += c2.PredClaimsOnGold
	c.PredClaimsMisattributed += c2.PredClaimsMisattributed
	c.PredClaimsOnFacts += c2.PredClaimsOnFacts
	c.PredClaimsGrounded += c2.PredClaimsGrounded
	c.StanceAgree += c2.StanceAgree
	c.SpeakerAgree += c2.SpeakerAgree
	c.ClaimsDroppedUngrounded += c2.ClaimsDroppedUngrounded
	c.LoadedLeaks += c2.LoadedLeaks
	c.Errors += c2.Errors
}

// Metrics are the rates computed from Counts. Each is in [0, 1].
type Metrics struct {
	// PartyRecall is GoldPartiesFound / GoldParties (0 without gold
	// parties).
	PartyRecall float64 `json:"party_recall"`
	// PartyPrecision is PredPartiesMatched / PredParties (0 without
	// predicted parties).
	PartyPrecision float64 `json:"party_precision"`
	// ClaimRecall is GoldClaimsFound / GoldClaims (0 without gold claims).
	ClaimRecall float64 `json:"claim_recall"`
	// ClaimPrecision is PredClaimsCorrect / PredClaims (0 without
	// predicted claims).
	ClaimPrecision float64 `json:"claim_precision"`
	// ClaimF1 is the harmonic mean of ClaimPrecision and ClaimRecall (0
	// when both are 0).
	ClaimF1 float64 `json:"claim_f1"`
	// Misattribution is PredClaimsMisattributed / PredClaimsOnGold (0 when
	// no predicted claim is on a gold sentence).
	Misattribution float64 `json:"misattribution"`
	// Grounding is PredClaimsGrounded / PredClaims (1 without predicted
	// claims: nothing is ungrounded).
	Grounding float64 `json:"grounding"`
	// StanceAgreement is StanceAgree / PredClaimsCorrect (0 without
	// correct claims). Secondary: gold stances are judgement calls.
	StanceAgreement float64 `json:"stance_agreement"`
	// SpeakerAgreement is SpeakerAgree / PredClaimsCorrect (0 without
	// correct claims). Secondary: catches claims filed under the right
	// party but credited to the wrong member of it.
	SpeakerAgreement float64 `json:"speaker_agreement"`
}

// metrics computes the rates of c.
func (c Counts) metrics() Metrics {
	m := Metrics{
		PartyRecall:      ratio(c.GoldPartiesFound, c.GoldParties, 0),
		PartyPrecision:   ratio(c.PredPartiesMatched, c.PredParties, 0),
		ClaimRecall:      ratio(c.GoldClaimsFound, c.GoldClaims, 0),
		ClaimPrecision:   ratio(c.PredClaimsCorrect, c.PredClaims, 0),
		Misattribution:   ratio(c.PredClaimsMisattributed, c.PredClaimsOnGold, 0),
		Grounding:        ratio(c.PredClaimsGrounded, c.PredClaims, 1),
		StanceAgreement:  ratio(c.StanceAgree, c.PredClaimsCorrect, 0),
		SpeakerAgreement: ratio(c.SpeakerAgree, c.PredClaimsCorrect, 0),
	}
	if p, r := m.ClaimPrecision, m.ClaimRecall; p+r > 0 {
		m.ClaimF1 = 2 * p * r / (p + r)
	}
	return m
}

func ratio(n, d int, empty float64) float64 {
	if d == 0 {
		return empty
	}
	return float64(n) / float64(d)
}

// Result is the score of one briefing against one case.
type Result struct {
	// Name is the case name.
	Name string `json:"name"`
	// Lang is the case's language code.
	Lang string `json:"lang"`
	// Error is set by Failed when no briefing could be made.
	Error string `json:"error,omitempty"`
	Counts
	Metrics
	// Parties shows where each predicted party was mapped.
	Parties []PartyMatch `json:"parties,omitempty"`
	// Missed lists the evidence of gold claims not found, as
	// "party: evidence".
	Missed []string `json:"missed,omitempty"`
	// Misattributed lists predicted claims on a gold sentence under the
	// wrong party.
	Misattributed []Misattribution `json:"misattributed,omitempty"`
	// Failures counts each miss by its class (the Fail* constants).
	Failures map[string]int `json:"failures,omitempty"`
	// Spurious lists the predicted parties that map to no gold party,
	// with their class.
	Spurious []Spurious `json:"spurious,omitempty"`
	// Answers scores the follow-up questions, when they were asked.
	Answers *AnswerCounts `json:"answers,omitempty"`
}

// Spurious is a predicted party that is no party of the gold.
type Spurious struct {
	Name  string `json:"name"`
	Class string `json:"class"`
}

func (r *Result) fail(class string) {
	if r.Failures == nil {
		r.Failures = map[string]int{}
	}
	r.Failures[class]++
}

// PartyMatch records the gold party a predicted party maps to.
type PartyMatch struct {
	Predicted string `json:"predicted"`
	// Gold is the gold party's name, empty when unmatched.
	Gold string `json:"gold,omitempty"`
	// By is "name" when the party's name or aliases chose the gold party,
	// "evidence" when its claims did, "speaker" when only its claims'
	// speakers did.
	By string `json:"by,omitempty"`
	// Shared is the number of the predicted party's claims on a sentence
	// of a claim of that gold party.
	Shared int `json:"shared,omitempty"`
}

// Misattribution is a predicted claim on a gold claim's sentence under
// another party than the gold one.
type Misattribution struct {
	Evidence  string `json:"evidence"`
	Predicted string `json:"predicted"`
	// Gold lists the gold parties of the claims on that sentence.
	Gold []string `json:"gold"`
}

// Failed returns the result of a case whose briefing could not be made: it
// scores as an empty briefing and carries err's message.
func Failed(c Case, err error) Result {
	r := Score(c, nil)
	r.Error = err.Error()
	r.Errors = 1
	return r
}

// Score compares a briefing with the case's gold annotation. A nil
// briefing scores as an empty one. The briefing is not modified.
//
// Matching, in order:
//
//  1. Sentences. A predicted claim and a gold claim are on the same
//     sentence when their evidence strings overlap substantially (see
//     sameSentence: positions in the normalised article overlapping by at
//     least half of the shorter string; for evidence not in the article,
//     containment or word overlap of at least half).
//  2. Parties. Each predicted party maps to at most one gold party; several
//     predicted parties may map to the same gold party (a split is not an
//     error, a merge is). The party's label is what a reader sees, so names
//     come first: the candidates are the gold parties whose name, aliases
//     or claim speakers match the predicted party's name or aliases (see
//     nameScore). With one candidate, that is the party. With several, the
//     one sharing the most claims' sentences wins (ties: exact name match
//     over containment, then gold order). With none, the gold party sharing the most claims'
//     sentences wins; if no claim is shared, the gold party whose names
//     match the predicted claims' speakers; otherwise the predicted party
//     is unmatched.
//  3. Claims. A predicted claim is correct when it is on the same sentence
//     as a gold claim of the gold party its own party maps to ("right
//     sentence, right party"), or when it names as its reporter (Via) the
//     gold party of that sentence ("the sources say X told police", given
//     to X as reported by the sources); a gold claim is found when some predicted
//     claim is correct for it. One predicted claim may find several gold
//     claims (a whole sentence covers its clauses) and several predicted
//     claims may find the same gold claim.
func Score(c Case, b *bot.Briefing) Result {
	if b == nil {
		b = &bot.Briefing{}
	}
	loc := newLocator(c.ArticleText)
	chk := ground.New(c.ArticleText)
	gold := c.Gold.Parties

	// Gold evidence and names.
	gev := make([][]evidence, len(gold))
	gnames := make([][][]string, len(gold))
	for j, gp := range gold {
		gnames[j] = append(gnames[j], nameKey(gp.Name))
		for _, a := range gp.Aliases {
			gnames[j] = append(gnames[j], nameKey(a))
		}
		for _, cl := range gp.Claims {
			gev[j] = append(gev[j], loc.evidence(cl.Evidence))
			if cl.Speaker != "" {
				gnames[j] = append(gnames[j], nameKey(cl.Speaker))
			}
		}
	}
	facts := make([]evidence, len(c.Gold.Facts))
	for k, f := range c.Gold.Facts {
		facts[k] = loc.evidence(f.Evidence)
	}

	r := Result{Name: c.Name, Lang: c.Lang()}
	r.LoadedLeaks = loadedLeaks(c, b)
	r.GoldParties = len(gold)
	r.PredParties = len(b.Parties)
	r.ClaimsDroppedUngrounded = b.Stats.ClaimsDroppedUngrounded
	for _, gp := range gold {
		r.GoldClaims += len(gp.Claims)
	}

	// Predicted evidence, and which gold claims each predicted claim is
	// on the sentence of: on[i][k][j] lists gold claim indexes of party j.
	pev := make([][]evidence, len(b.Parties))
	on := make([][][][]int, len(b.Parties))
	for i, p := range b.Parties {
		pev[i] = make([]evidence, len(p.Claims))
		on[i] = make([][][]int, len(p.Claims))
		for k, cl := range p.Claims {
			e := loc.evidence(cl.Evidence)
			pev[i][k] = e
			on[i][k] = make([][]int, len(gold))
			for j := range gold {
				for g, ge := range gev[j] {
					if sameSentence(e, ge) {
						on[i][k][j] = append(on[i][k][j], g)
					}
				}
			}
		}
	}

	// Party mapping.
	assign := make([]int, len(b.Parties))
	foundParty := make([]bool, len(gold))
	for i, p := range b.Parties {
		shared := make([]int, len(gold))
		for k := range p.Claims {
			for j := range gold {
				if len(on[i][k][j]) > 0 {
					shared[j]++
				}
			}
		}
		labels := [][]string{nameKey(p.Name)}
		for _, a := range p.Aliases {
			labels = append(labels, nameKey(a))
		}
		var speakers [][]string
		for _, cl := range p.Claims {
			if cl.Speaker != "" {
				speakers = append(speakers, nameKey(cl.Speaker))
			}
		}
		j, by := mapParty(shared, labels, speakers, gnames)
		assign[i] = j
		pm := PartyMatch{Predicted: p.Name}
		if j >= 0 {
			r.PredPartiesMatched++
			foundParty[j] = true
			pm.Gold, pm.By, pm.Shared = gold[j].Name, by, shared[j]
		}
		r.Parties = append(r.Parties, pm)
	}
	for _, f := range foundParty {
		if f {
			r.GoldPartiesFound++
		}
	}

	// Claims.
	found := make([][]bool, len(gold))
	for j := range gold {
		found[j] = make([]bool, len(gold[j].Claims))
	}
	for i, p := range b.Parties {
		for k, cl := range p.Claims {
			r.PredClaims++
			if chk.Contains(cl.Evidence) {
				r.PredClaimsGrounded++
			}
			var onAny bool
			var golds []string
			for j := range gold {
				if len(on[i][k][j]) > 0 {
					onAny = true
					golds = append(golds, gold[j].Name)
				}
			}
			if !onAny {
				for _, f := range facts {
					if sameSentence(pev[i][k], f) {
						r.PredClaimsOnFacts++
						break
					}
				}
				continue
			}
			r.PredClaimsOnGold++
			j := assign[i]
			if (j < 0 || len(on[i][k][j]) == 0) && cl.Via != "" {
				// A relayed claim the bot gives to its inner speaker,
				// keeping who reported it, where the gold files it under
				// the reporter: the words are in no wrong mouth.
				for j2 := range gold {
					if len(on[i][k][j2]) > 0 && bestNameScore([][]string{nameKey(cl.Via)}, gnames[j2]) > 0 {
						j = j2
						break
					}
				}
			}
			if j < 0 || len(on[i][k][j]) == 0 {
				if j < 0 {
					r.fail(FailNotAParty)
				} else {
					r.fail(FailOtherParty)
				}
				r.PredClaimsMisattributed++
				r.Misattributed = append(r.Misattributed, Misattribution{Evidence: cl.Evidence, Predicted: p.Name, Gold: golds})
				continue
			}
			r.PredClaimsCorrect++
			stance, speaker := false, false
			for _, g := range on[i][k][j] {
				found[j][g] = true
				gc := gold[j].Claims[g]
				stance = stance || cl.Stance == gc.Stance
				speaker = speaker || (cl.Speaker != "" && sameSpeaker(cl.Speaker, gc.Speaker))
			}
			if stance {
				r.StanceAgree++
			}
			if speaker {
				r.SpeakerAgree++
			}
		}
	}
	for j := range gold {
		for g, f := range found[j] {
			if f {
				r.GoldClaimsFound++
				continue
			}
			r.Missed = append(r.Missed, gold[j].Name+": "+gold[j].Claims[g].Evidence)
			onSentence := false
			for i, p := range b.Parties {
				for k := range p.Claims {
					for _, x := range on[i][k][j] {
						onSentence = onSentence || x == g
					}
				}
			}
			if !onSentence {
				r.fail(FailNotFound)
			}
		}
	}
	for i, p := range b.Parties {
		if assign[i] >= 0 {
			continue
		}
		factsOnly := len(p.Claims) > 0
		for k := range p.Claims {
			onFact := false
			for _, f := range facts {
				onFact = onFact || sameSentence(pev[i][k], f)
			}
			factsOnly = factsOnly && onFact
		}
		cls := classifySpurious(c, p, factsOnly)
		r.fail(cls)
		r.Spurious = append(r.Spurious, Spurious{Name: p.Name, Class: cls})
	}
	r.Metrics = r.metrics()
	return r
}

// mapParty chooses the gold party for a predicted party from the claims it
// shares with each gold party, its labels (name and aliases) and its
// claims' speakers. It returns -1 when nothing matches, and how the choice
// was made.
func mapParty(shared []int, labels, speakers [][]string, gnames [][][]string) (int, string) {
	best, bestShared, bestName := -1, 0, noMatch
	for j := range gnames {
		ns := bestNameScore(labels, gnames[j])
		if ns == noMatch {
			continue
		}
		if best < 0 || shared[j] > bestShared || (shared[j] == bestShared && ns > bestName) {
			best, bestShared, bestName = j, shared[j], ns
		}
	}
	if best >= 0 {
		return best, "name"
	}
	for j := range gnames {
		if shared[j] > bestShared {
			best, bestShared = j, shared[j]
		}
	}
	if best >= 0 {
		return best, "evidence"
	}
	for j := range gnames {
		if ns := bestNameScore(speakers, gnames[j]); ns > bestName {
			best, bestName = j, ns
		}
	}
	if best >= 0 {
		return best, "speaker"
	}
	return -1, ""
}
