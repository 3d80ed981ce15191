package offline

import "strings"

// attribute finds the reporting cue of sentence i and records its claim.
func (a *analysis) attribute(i int) {
	s := &a.sents[i]
	var partic []int
	according := -1
	for c := s.t0; c < s.t1; c++ {
		if !a.isOut(c) {
			continue
		}
		t := &a.toks[c]
		if t.l == "according" && c+1 < s.t1 && a.toks[c+1].l == "to" {
			if according < 0 {
				according = c
			}
			continue
		}
		v, ok := a.b.verbs[t.l]
		if !ok || t.cap && c != s.t0 {
			continue
		}
		if v.particle != "" && !(c+1 < s.t1 && a.toks[c+1].l == v.particle) {
			continue
		}
		v = a.callForm(v, c, s.t1)
		if v.form == formIng {
			partic = append(partic, c)
			continue
		}
		if rec := a.finiteCue(i, c, v); rec != nil {
			for p := c + 1; p < s.t1; p++ {
				if a.isOut(p) {
					if pv, ok := a.b.verbs[a.toks[p].l]; ok && pv.form == formIng {
						partic = append(partic, p)
					}
				}
			}
			a.addExtras(rec, partic, s)
			if inner := a.innerClaim(i, rec); inner != nil {
				rec = inner
			}
			s.claim = rec
			a.claims = append(a.claims, rec)
			a.moreClaims(i, rec)
			return
		}
	}
	if according >= 0 {
		if rec := a.accordingCue(i, according); rec != nil {
			s.claim = rec
			a.claims = append(a.claims, rec)
			return
		}
	}
	for _, p := range partic {
		if rec := a.particCue(i, p); rec != nil {
			a.addExtras(rec, partic, s)
			s.claim = rec
			a.claims = append(a.claims, rec)
			return
		}
	}
}

// innerClaim handles "X reported (that) Y said …" when X is a news
// outlet: the outlet only relays, so the claim is Y's.
func (a *analysis) innerClaim(i int, rec *claimRec) *claimRec {
	if len(rec.speakers) != 1 || !rec.speakers[0].classes["media"] || rec.content[0] < 0 {
		return nil
	}
	switch rec.verb.lemma {
	case "report", "reveal", "say", "tell", "write", "quote", "publish":
	default:
		return nil
	}
	s := &a.sents[i]
	for c := rec.cue + 1; c < s.t1; c++ {
		if !a.isOut(c) || a.toks[c].start < rec.content[0] {
			continue
		}
		v, ok := a.b.verbs[a.toks[c].l]
		if !ok || v.form == formIng || a.toks[c].cap {
			continue
		}
		if r2 := a.finiteCue(i, c, a.callForm(v, c, s.t1)); r2 != nil && r2.speakers[0] != rec.speakers[0] {
			return r2
		}
	}
	return nil
}

// moreClaims finds a second attribution in the same sentence after a
// clause break (", but the government said …", "; X denied …") and cuts
// the first claim's words at the break.
func (a *analysis) moreClaims(i int, rec *claimRec) {
	s := &a.sents[i]
	for b := rec.cue + 1; b+1 < s.t1; b++ {
		t := &a.toks[b]
		if t.q >= 0 || t.kind != tPunct {
			continue
		}
		brk := t.s == ";" || t.s == "," && a.isOut(b+1) && (a.toks[b+1].l == "but" || a.toks[b+1].l == "while" || a.toks[b+1].l == "whereas" || a.toks[b+1].l == "although" || a.toks[b+1].l == "and" || a.toks[b+1].l == "however" || a.toks[b+1].l == "which")
		if !brk {
			continue
		}
		for c := b + 1; c < s.t1; c++ {
			if !a.isOut(c) || a.toks[c].cap {
				continue
			}
			v, ok := a.b.verbs[a.toks[c].l]
			if !ok || v.form == formIng {
				continue
			}
			v = a.callForm(v, c, s.t1)
			if v.particle != "" && !(c+1 < s.t1 && a.toks[c+1].l == v.particle) {
				continue
			}
			r2 := a.finiteCue(i, c, v)
			if r2 == nil {
				continue
			}
			if r2.speakers[0] == rec.speakers[0] && len(r2.speakers) == 1 {
				return
			}
			if rec.content[0] >= 0 && rec.content[1] > t.start {
				rec.content[1] = t.start
			}
			a.claims = append(a.claims, r2)
			return
		}
		return
	}
}

// callForm turns "call for"/"call on" into requests, and "claim
// responsibility"/"claim credit" into taking it (which is not the "says"
// of "claim that").
func (a *analysis) callForm(v verbInfo, c, hi int) verbInfo {
	if c+1 >= hi {
		return v
	}
	if v.lemma == "claim" {
		switch l := a.toks[c+1].l; l {
		case "responsibility", "credit":
			v.voice, v.particle = "Takes "+l, l
		}
		return v
	}
	if v.lemma != "call" {
		return v
	}
	switch a.toks[c+1].l {
	case "for":
		v.stance, v.voice, v.particle = so, "Calls for", "for"
	case "on", "upon":
		v.stance, v.voice, v.particle = so, "Calls on", a.toks[c+1].l
	}
	return v
}

// skipLeft walks left from token j over adverbs, auxiliaries and negations
// and returns where it stopped and what it saw.
func (a *analysis) skipLeft(j, lo int) (k int, neg, be, modal, to bool) {
	for ; j >= lo && a.isOut(j); j-- {
		l := a.toks[j].l
		switch {
		case negations[l] || l == "didn't" || l == "doesn't" || l == "hasn't" || l == "haven't" || l == "wasn't":
			neg = true
		case beForms[l]:
			be = true
		case modals[l]:
			modal = true
		case l == "to":
			to = true
			return j, neg, be, modal, to
		case l == "has" || l == "have" || l == "had" || l == "did" || l == "does" || l == "do":
		case midAdverbs[l] || adverb(l) && !a.toks[j].cap:
		case (l == "on" || l == "last" || l == "this" || l == "earlier") && j+1 < len(a.toks) && dayWords[a.toks[j+1].base()]:
		case dayWords[a.toks[j].base()] && j-1 >= lo && a.isOut(j-1) && (a.toks[j-1].l == "on" || a.toks[j-1].l == "last" || a.toks[j-1].l == "this" || a.toks[j-1].l == "earlier"):
		default:
			return j, neg, be, modal, to
		}
	}
	return j, neg, be, modal, to
}

// finiteCue builds the claim of a finite reporting verb at token c, or
// returns nil when the verb does not attribute words to a speaker here.
func (a *analysis) finiteCue(i, c int, v verbInfo) *claimRec {
	s := &a.sents[i]
	k, neg, be, modal, to := a.skipLeft(c-1, s.t0)
	if neg || modal || to {
		return nil
	}
	after := c + 1
	if v.particle != "" {
		after++
	}
	if be {
		// "X was quoted as saying …"
		if v.lemma == "quote" {
			if as := a.asSaying(after, s.t1); as > 0 {
				st := a.npLeft(k, s.t0)
				if st < 0 {
					return nil
				}
				v.voice, v.stance = "Says", sa
				return a.newClaim(i, c, v, akQuoted, st, k+1, as)
			}
		}
		// "… was condemned by X": the agent is the speaker.
		for j := after; j < s.t1 && j < after+3; j++ {
			if !a.isOut(j) {
				break
			}
			if a.toks[j].l == "by" {
				end := a.npRight(j+1, s.t1)
				if end <= j+1 {
					return nil
				}
				rec := a.newClaim(i, c, v, akPassive, j+1, end, -1)
				if rec != nil {
					if st := a.npLeft(k, s.t0); st >= 0 && k >= st {
						rec.content = [2]int{a.toks[st].start, a.toks[k].end}
					}
				}
				return rec
			}
			if !midAdverbs[a.toks[j].l] {
				break
			}
		}
		return nil
	}
	if k < s.t0 {
		return nil
	}
	// "the Syrian Democratic Forces (SDF) announced": skip the acronym.
	if a.toks[k].s == ")" && k-2 >= s.t0 && a.toks[k-2].s == "(" && a.toks[k-1].kind == tWord {
		k -= 3
		if k < s.t0 {
			return nil
		}
	}
	kt := &a.toks[k]
	// "…," said X / "…," X said.
	if kt.q >= 0 || kt.kind == tPunct && kt.s == "," && k-1 >= s.t0 && a.toks[k-1].q >= 0 {
		st := c + 1
		for st < s.t1 && a.isOut(st) && midAdverbs[a.toks[st].l] {
			st++
		}
		end := a.npRight(st, s.t1)
		if end <= st {
			return nil
		}
		rec := a.newClaim(i, c, v, akInverted, st, end, -1)
		if rec != nil {
			a.attachQuotesBefore(rec, c, s)
			rec.content = a.before(s, k)
			rec.content2 = a.quoteAfter(s, end)
		}
		return rec
	}
	// "X, a spokesman for Y, said" / "Y's spokesperson, Z, said".
	if kt.kind == tPunct && (kt.s == "," || kt.s == "—" || kt.s == "–") {
		return a.appositiveCue(i, c, k, v, after)
	}
	if kt.kind != tWord {
		return nil
	}
	// "… and said": the subject of the sentence.
	if kt.l == "and" || kt.l == "but" || kt.l == "then" {
		st, end := a.mainSubject(i, k)
		if st < 0 {
			return nil
		}
		return a.subjectClaim(i, c, v, st, end, after)
	}
	// "X, who said …" / "which X said".
	if kt.l == "who" {
		j := k - 1
		if j >= s.t0 && a.toks[j].s == "," {
			j--
		}
		st := a.npLeft(j, s.t0)
		if st < 0 {
			return nil
		}
		return a.subjectClaim(i, c, v, st, j+1, after)
	}
	st := a.npLeft(k, s.t0)
	if st < 0 || a.toks[k].poss {
		return nil
	}
	if !a.boundary(st-1, s.t0) && !a.introPhrase(s, st) {
		// "Greek prime minister X speaking to a think tank called …": the
		// subject before a participial phrase.
		st2, k2 := a.beforeParticiple(s, st)
		if st2 < 0 {
			return nil
		}
		return a.subjectClaim(i, c, v, st2, k2+1, after)
	}
	if v.noun && v.lemma != "call" && after < s.t1 && a.isOut(after) && (prepositions[a.toks[after].l] && a.toks[after].l != "to" || a.toks[after].l == "about") {
		return nil // "reports from the hospital", "claims of abuse"
	}
	if v.noun && (st > s.t0 && a.isOut(st-1) && !conjunctions[a.toks[st-1].l] && a.toks[st-1].l != "and" || a.toks[st].l == "a" || a.toks[st].l == "an") {
		return nil // "a UN report", "denied new US claims"
	}
	return a.subjectClaim(i, c, v, st, k+1, after)
}

// tailOnly reports whether the tokens from j to hi are at most a short
// adverbial ("on Monday", "in a statement") ending the sentence.
func (a *analysis) tailOnly(j, hi int) bool {
	n := 0
	for ; j < hi; j++ {
		t := &a.toks[j]
		if t.q >= 0 || t.kind == tQOpen || t.kind == tWord && t.l == "that" {
			return false
		}
		if t.kind == tWord {
			n++
		}
	}
	return n <= 5
}

// introPhrase reports whether the words before token st are a short
// introductory phrase without a comma ("For several days Iran denied",
// "On the live television he said"): a preposition or time adverb opening
// the sentence, then no verb.
func (a *analysis) introPhrase(s *sentInfo, st int) bool {
	if st-s.t0 > 6 || st == s.t0 || !a.isOut(s.t0) {
		return false
	}
	l := a.toks[s.t0].base()
	if !(prepositions[l] || dayWords[l] || l == "late" || l == "early" || l == "last" || l == "earlier" || l == "later" || l == "then") {
		return false
	}
	for j := s.t0 + 1; j < st; j++ {
		t := &a.toks[j]
		if !a.isOut(j) || auxiliaries[t.l] {
			return false
		}
		if _, ok := a.b.verbs[t.l]; ok && !a.b.verbs[t.l].noun {
			return false
		}
	}
	return true
}

// beforeParticiple finds a subject before a participial phrase that ends
// just before token st: it returns the subject's span end token and start,
// or -1.
func (a *analysis) beforeParticiple(s *sentInfo, st int) (int, int) {
	for j := st - 1; j > s.t0 && st-j < 10; j-- {
		t := &a.toks[j]
		if !a.isOut(j) {
			return -1, -1
		}
		if strings.HasSuffix(t.l, "ing") && !nounEdIng[t.l] {
			st2 := a.npLeft(j-1, s.t0)
			if st2 >= 0 && (a.boundary(st2-1, s.t0) || a.introPhrase(s, st2)) {
				return st2, j - 1
			}
			return -1, -1
		}
	}
	return -1, -1
}

// subjectClaim completes a claim whose speaker phrase is [st, end) before
// the verb at c.
func (a *analysis) subjectClaim(i, c int, v verbInfo, st, end, after int) *claimRec {
	s := &a.sents[i]
	// "The daily quoted officials … as saying that …"
	if v.lemma == "quote" {
		oend := a.npRight(after, s.t1)
		for oend < s.t1 && a.isOut(oend) && a.toks[oend].l != "as" && oend-after < 12 {
			oend++
		}
		if as := a.asSaying(oend, s.t1); as > 0 && oend > after {
			v.voice, v.stance = "Says", sa
			return a.newClaim(i, c, v, akQuoted, after, a.npRight(after, s.t1), as)
		}
		return nil
	}
	if v.weak && !a.reportsWords(i, c, after, st) && !(after < s.t1 && (a.toks[after].l == "of" || a.toks[after].l == "about") && v.lemma == "speak") {
		return nil
	}
	rec := a.newClaim(i, c, v, akSubject, st, end, after)
	if rec == nil {
		return nil
	}
	// "…, German officials said (on Monday)." : the words before; "…, the
	// military said, …": the words around.
	if st-1 > s.t0 && a.toks[st-1].kind == tPunct && a.toks[st-1].s == "," && !rec.marked {
		switch {
		case a.tailOnly(after, s.t1):
			rec.content = a.before(s, st-1)
		case after < s.t1 && a.toks[after].s == "," && after+1 < s.t1:
			rec.content = a.before(s, st-1)
			rec.content2 = [2]int{a.toks[after+1].start, a.toks[s.t1-1].end}
			for e := s.t1 - 1; e > after && a.toks[e].kind == tPunct && a.toks[e].q < 0; e-- {
				rec.content2[1] = a.toks[e-1].end
			}
		}
	}
	// Words quoted just before the speaker: "…," he said.
	if st-1 >= s.t0 && (a.toks[st-1].q >= 0 || a.toks[st-1].s == "," && st-2 >= s.t0 && a.toks[st-2].q >= 0) {
		a.attachQuotesBefore(rec, c, s)
		if len(rec.quotes) > 0 {
			after := rec.content
			if !rec.marked {
				after = [2]int{-1, -1}
			}
			rec.content = a.before(s, st-1)
			rec.content2 = after
		}
	}
	return rec
}

// appositiveCue handles a verb preceded by a comma: the speaker is the
// phrase before a parenthetical ("Hong Lei, a spokesman …, said"), or the
// name in apposition to a role ("Merkel's spokesperson, Steffen Seibert,
// said").
func (a *analysis) appositiveCue(i, c, k int, v verbInfo, after int) *claimRec {
	s := &a.sents[i]
	m := k - 1
	for m >= s.t0 && k-m < 40 {
		t := &a.toks[m]
		if t.kind == tPunct && (t.s == "," || t.s == "—" || t.s == "–") || t.kind == tQClose || t.kind == tQOpen {
			break
		}
		m--
	}
	if m < s.t0 {
		// No earlier comma: the phrase itself is the subject ("Both he and
		// X, urged").
		if a.npRight(s.t0, k) == k {
			return a.subjectClaim(i, c, v, s.t0, k, after)
		}
		if st := a.npLeft(k-1, s.t0); st == s.t0 {
			return a.subjectClaim(i, c, v, st, k, after)
		}
		return nil
	}
	if a.toks[m].kind != tPunct {
		return nil
	}
	st := a.npLeft(m-1, s.t0)
	if st < 0 || !a.boundary(st-1, s.t0) {
		return nil
	}
	rec := a.subjectClaim(i, c, v, st, m, after)
	if rec == nil {
		return nil
	}
	// A name in apposition to a role names the speaker.
	if a.npRight(m+1, k) == k {
		if am := a.parseNP(m+1, k); am != nil && am.kind == kPerson {
			if first := a.parseNP(st, m); first != nil && first.kind != kPerson {
				e := a.resolve(am, i, m+1)
				if e != nil {
					if first.surface != "" {
						e.addName(first.surface)
					}
					if o := a.resolve(first, i, st); o != nil && o != e {
						switch {
						case o.kind == kCountry || o.gov && o.country != nil:
							e.speaksFor = o
						case first.kind == kDesc && memberNouns[first.head]:
							if o.speaksFor != nil {
								e.speaksFor = o.speaksFor
							} else {
								e.speaksFor = o
							}
						}
					}
					rec.speakers = []*entity{e}
					rec.surfaces = []string{am.surface}
				}
			}
		}
	}
	return rec
}

// mainSubject returns the span of the sentence's first subject phrase
// before token lim: after any introductory phrase ending in a comma.
func (a *analysis) mainSubject(i, lim int) (int, int) {
	s := &a.sents[i]
	st := s.t0
	if st < lim && a.isOut(st) {
		l := a.toks[st].base()
		if prepositions[l] || conjunctions[l] || dayWords[l] || strings.HasSuffix(l, "ing") || adverb(l) || l == "yesterday" || l == "today" || l == "late" || l == "early" || l == "last" || l == "in" || l == "on" {
			for st < lim && !(a.toks[st].kind == tPunct && a.toks[st].s == ",") {
				st++
			}
			st++
		}
	}
	if st >= lim {
		return -1, -1
	}
	end := a.npRight(st, lim)
	if end <= st {
		return -1, -1
	}
	if end+1 < lim && a.toks[end].l == "of" && collective[a.toks[st].l] {
		if e2 := a.npRight(end+1, lim); e2 > end+1 {
			end = e2
		}
	}
	// "One of these groups, the Syrian Democratic Forces (SDF), …",
	// "Another adviser, Sebastian Gorka, …": the named appositive.
	if end+1 < lim && a.toks[end].s == "," {
		e2 := a.npRight(end+1, lim)
		if e2 > end+1 && e2 < lim && (a.toks[e2].s == "," || a.toks[e2].s == "(") {
			am := a.parseNP(end+1, e2)
			first := a.parseNP(st, end)
			if am != nil && (am.kind == kPerson || am.kind == kOrg) && (first == nil || first.kind == kDesc || first.name == "") {
				return end + 1, e2
			}
		}
	}
	return st, end
}

// asSaying returns the token after "as saying" (and "that") at j, or 0.
func (a *analysis) asSaying(j, hi int) int {
	if j+1 < hi && a.isOut(j) && a.toks[j].l == "as" {
		if v, ok := a.b.verbs[a.toks[j+1].l]; ok && v.form == formIng {
			k := j + 2
			if k < hi && a.isOut(k) && a.toks[k].l == "that" {
				k++
			}
			return k
		}
	}
	return 0
}

// reportsWords reports whether a weak verb (write, continue, speak) at c
// introduces reported words: a quotation or a that-clause soon after, or a
// quotation just before the speaker.
func (a *analysis) reportsWords(i, c, after, st int) bool {
	s := &a.sents[i]
	for j := after; j < s.t1; j++ {
		t := &a.toks[j]
		if t.q >= 0 || t.kind == tQOpen {
			return j < after+10 || a.toks[j-1].s == ":" || a.toks[j-1].s == ","
		}
		if t.kind == tWord && (t.l == "that" && j == after) {
			return true
		}
		if t.kind == tPunct && t.s == ":" {
			return true
		}
		if t.kind == tPunct && (t.s == "." || t.s == ";") {
			break
		}
	}
	if st-1 >= s.t0 && (a.toks[st-1].q >= 0 || st-2 >= s.t0 && a.toks[st-2].q >= 0) {
		return true
	}
	return false
}

// accordingCue handles "according to X".
func (a *analysis) accordingCue(i, c int) *claimRec {
	s := &a.sents[i]
	st := c + 2
	end := a.npRight(st, s.t1)
	if end <= st {
		return nil
	}
	// "a tweet on Monday by X", "a statement released by X".
	m := a.parseNP(st, end)
	if m != nil && m.kind == kDoc && m.affil == nil && m.possessor == nil {
		for j := end; j < s.t1 && j < end+5 && a.isOut(j); j++ {
			if a.toks[j].l == "by" {
				if e2 := a.npRight(j+1, s.t1); e2 > j+1 {
					st, end = j+1, e2
				}
				break
			}
		}
	}
	v := verbInfo{lemma: "according", stance: sa, voice: "Says", form: formPast}
	rec := a.newClaim(i, c, v, akAccording, st, end, -1)
	if rec == nil {
		return nil
	}
	// The content is the rest of the sentence.
	if c == s.t0 || c-1 >= s.t0 && a.toks[c-1].kind == tPunct && c-1 == s.t0 {
		j := end
		for j < s.t1 && !(a.toks[j].kind == tPunct && a.toks[j].s == ",") {
			j++
		}
		if j+1 < s.t1 {
			rec.content = [2]int{a.toks[j+1].start, a.toks[s.t1-1].end}
		}
	} else {
		e := c - 1
		for e >= s.t0 && a.toks[e].kind == tPunct && a.toks[e].s == "," {
			e--
		}
		if e >= s.t0 {
			rec.content = [2]int{a.toks[s.t0].start, a.toks[e].end}
		}
	}
	return rec
}

// particCue handles a participle cue with no finite one: "with officials
// saying …", "X posted a message blaming Y …".
func (a *analysis) particCue(i, p int) *claimRec {
	s := &a.sents[i]
	v := a.callForm(a.b.verbs[a.toks[p].l], p, s.t1)
	after := p + 1
	if v.particle != "" {
		after++
	}
	if v.weak {
		return nil
	}
	// "with X saying".
	k := p - 1
	if k >= s.t0 && a.isOut(k) {
		if st := a.npLeft(k, s.t0); st > s.t0 && a.isOut(st-1) && a.toks[st-1].l == "with" {
			return a.newClaim(i, p, v, akPartic, st, k+1, after)
		}
	}
	// A participle after the main clause takes its subject.
	if p == s.t0 || !(a.toks[p-1].kind == tPunct && a.toks[p-1].s == "," || a.isOut(p-1) && (!prepositions[a.toks[p-1].l] || a.toks[p-1].l == "in" || a.toks[p-1].l == "by")) {
		return nil
	}
	st, end := a.mainSubject(i, p)
	if st < 0 {
		return nil
	}
	rec := a.newClaim(i, p, v, akPartic, st, end, after)
	if rec == nil {
		return nil
	}
	if e := rec.speakers[0]; e.kind == kDesc && !isSpeakerNoun(strings.ToLower(lastWord(rec.surfaces[0]))) {
		return nil
	}
	return rec
}

// labelOf is how a speaker phrase names its speaker in a claim: the name,
// or the description without articles and day names; "" for a pronoun.
func labelOf(m *mention) string {
	switch m.kind {
	case kPron:
		return m.surface
	case kPerson, kOrg, kCountry:
		if m.name != "" {
			return trimDet(m.name)
		}
	case kDoc:
		if m.affil != nil {
			if l := labelOf(m.affil); l != "" {
				return l
			}
		}
		if m.possessor != nil && m.possessor.kind != kPron {
			return labelOf(m.possessor)
		}
	}
	f := strings.Fields(m.surface)
	for len(f) > 1 && (determiners[strings.ToLower(f[0])] || dayWords[strings.ToLower(f[0])]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:'\"")
}

// newClaim makes a claim with the speakers named by tokens [st, end) and
// the reported words from token after (or none when after < 0). It
// returns nil when the phrase names no speaker.
func (a *analysis) newClaim(i, c int, v verbInfo, kind, st, end, after int) *claimRec {
	s := &a.sents[i]
	rec := &claimRec{verb: v, kind: kind, cue: c, sent: i, last: i, content: [2]int{-1, -1}, content2: [2]int{-1, -1}}
	for _, part := range a.conjuncts(st, end) {
		m := a.parseNP(part[0], part[1])
		if m == nil {
			continue
		}
		e := a.resolve(m, i, part[0])
		if e == nil {
			continue
		}
		a.reg.touch(e, i, part[0], true)
		if e.gov && e.country != nil {
			a.reg.govCountry = e.country
		} else if e.kind == kCountry {
			a.reg.govCountry = e.country
		}
		rec.speakers = append(rec.speakers, e)
		rec.surfaces = append(rec.surfaces, labelOf(m))
		if m.kind == kOrg && m.name != "" && (e.short == "" || len(m.name) < len(e.short)) {
			e.short = m.name
		}
		if m.kind == kDoc || strings.Contains(strings.ToLower(m.surface), "statement") {
			a.reg.docAuthor["statement"] = e
		}
	}
	if len(rec.speakers) == 0 {
		return nil
	}
	// "in a statement", "in its report": the speaker is the author of the
	// document mentioned around the cue.
	for j := s.t0; j < s.t1; j++ {
		if a.isOut(j) && docNouns[a.toks[j].base()] && j > s.t0 && (a.toks[j-1].l == "a" || a.toks[j-1].l == "its" || a.toks[j-1].l == "his" || a.toks[j-1].l == "her" || a.toks[j-1].l == "their") {
			a.reg.docAuthor[a.toks[j].base()] = rec.speakers[0]
			a.reg.lastDoc = rec.speakers[0]
		}
	}
	if after >= 0 {
		a.setContent(rec, after, s)
	}
	return rec
}

// conjuncts splits a subject phrase at "and" when both sides name
// speakers ("Saudi Arabia and the United States", "Both he and X").
func (a *analysis) conjuncts(st, end int) [][2]int {
	if end-st > 1 && a.toks[st].l == "both" {
		st++
	}
	for j := st + 1; j < end-1; j++ {
		if a.toks[j].l != "and" || a.toks[j].cap {
			continue
		}
		nx := &a.toks[j+1]
		pv := &a.toks[j-1]
		split := determiners[nx.l] || subjPronoun[nx.l] || subjPronoun[pv.l] || nx.l == "his" || nx.l == "her" ||
			a.isCountryAt(j+1, end) && a.isCountryEnd(st, j) || a.namedBoth(st, j, end)
		if split {
			return append([][2]int{{st, j}}, a.conjuncts(j+1, end)...)
		}
	}
	return [][2]int{{st, end}}
}

// namedBoth reports whether both sides of "and" name someone with at
// least two words on the left ("US President Donald Trump and Turkish
// President Recep Tayyip Erdoğan"), so that names like "Police and Crime
// Commissioner" or "Richard and Lisa Parry" stay whole.
func (a *analysis) namedBoth(st, j, end int) bool {
	if j-st < 2 {
		return false
	}
	l, r := a.parseNP(st, j), a.parseNP(j+1, end)
	named := func(m *mention) bool {
		return m != nil && (m.kind == kPerson || m.kind == kCountry || m.kind == kOrg && len(strings.Fields(m.name)) >= 2)
	}
	return named(l) && named(r)
}

func (a *analysis) isCountryAt(j, end int) bool {
	var ws []int
	for k := j; k < end; k++ {
		ws = append(ws, k)
	}
	_, n := a.b.gaz.match(a.words(ws), 0)
	return n > 0
}

func (a *analysis) isCountryEnd(st, j int) bool {
	m := a.parseNP(st, j)
	return m != nil && m.kind == kCountry
}

// setContent finds the reported words after the cue: a that-clause, a
// quotation after a colon or comma, or the rest of the clause.
func (a *analysis) setContent(rec *claimRec, after int, s *sentInfo) {
	j := after
	rec.marked = false
	switch rec.verb.lemma {
	case "tell", "inform", "assure", "brief", "remind":
		// The person told: "told the Daily Mail, "…"", "told reporters that".
		if e := a.npRight(j, s.t1); e > j && e < s.t1 && (a.toks[e].s == "," || a.toks[e].l == "that" || a.toks[e].kind == tQOpen || a.toks[e].s == ":" || subjPronoun[a.toks[e].l] || determiners[a.toks[e].l] || a.toks[e].cap) {
			j = e
		}
	}
	// Skip connectives and a short prepositional phrase before a
	// that-clause or a quotation ("in a report that", "on Twitter, \"…").
	for n := 0; j < s.t1 && n < 10; n++ {
		t := &a.toks[j]
		if t.q >= 0 || t.kind == tQOpen {
			break
		}
		if t.kind == tPunct && (t.s == "," || t.s == ":") {
			rec.marked = rec.marked || t.s == ":"
			j++
			continue
		}
		if t.kind == tWord && t.l == "that" {
			rec.marked = true
			j++
			break
		}
		if t.kind == tWord && (prepositions[t.l] || t.l == "further" || t.l == "also") && a.thatAhead(j, s.t1) {
			for j < s.t1 && a.isOut(j) && a.toks[j].l != "that" {
				j++
			}
			continue
		}
		break
	}
	if j >= s.t1 {
		return
	}
	if a.toks[j].kind == tQOpen || a.toks[j].q >= 0 {
		rec.marked = true
	}
	end := s.t1 - 1
	// Drop a trailing attribution: ", according to …", ", X said".
	for k := j; k < s.t1; k++ {
		if a.isOut(k) && a.toks[k].l == "according" && k+1 < s.t1 && a.toks[k+1].l == "to" && k-1 > j {
			end = k - 1
			break
		}
	}
	for k := j + 1; k < end; k++ {
		if a.isOut(k) && a.toks[k-1].kind == tPunct && a.toks[k-1].s == "," {
			if v, ok := a.b.verbs[a.toks[k].l]; ok && v.form == formIng {
				end = k - 1
				break
			}
		}
	}
	for end > j && a.toks[end].kind == tPunct && a.toks[end].q < 0 {
		end--
	}
	if end < j {
		return
	}
	rec.content = [2]int{a.toks[j].start, a.toks[end].end}
	if a.toks[end].kind == tQClose {
		rec.content[1] = quoteEnd(a.text, a.qs[a.toks[end].q])
	}
}

// before returns the span of sentence s's words before token k (the
// attribution that follows them), without trailing commas.
func (a *analysis) before(s *sentInfo, k int) [2]int {
	e := k - 1
	for e >= s.t0 && a.toks[e].kind == tPunct && a.toks[e].q < 0 {
		e--
	}
	if e < s.t0 {
		return [2]int{-1, -1}
	}
	end := a.toks[e].end
	if a.toks[e].kind == tQClose {
		end = quoteEnd(a.text, a.qs[a.toks[e].q])
	}
	return [2]int{a.toks[s.t0].start, end}
}

// quoteAfter returns the span of a quotation that follows the attribution
// ending at token end (`…," he added, "…"`), or none.
func (a *analysis) quoteAfter(s *sentInfo, end int) [2]int {
	j := end
	for j < s.t1 && a.toks[j].kind == tPunct && (a.toks[j].s == "," || a.toks[j].s == ":") {
		j++
	}
	if j < s.t1 && a.toks[j].kind == tQOpen && j > end {
		q := a.qs[a.toks[j].q]
		return [2]int{q.open, quoteEnd(a.text, q)}
	}
	return [2]int{-1, -1}
}

// thatAhead reports whether a "that" or a quotation follows within a few
// tokens of j, before any comma.
func (a *analysis) thatAhead(j, hi int) bool {
	for k := j; k < hi && k < j+8; k++ {
		t := &a.toks[k]
		if t.q >= 0 || t.kind == tQOpen || t.kind == tWord && t.l == "that" {
			return true
		}
		if t.kind == tPunct && t.s == "," {
			return k+1 < hi && (a.toks[k+1].kind == tQOpen || a.toks[k+1].q >= 0)
		}
	}
	return false
}

// contentEmpty reports whether a claim's content holds no words.
func (a *analysis) contentEmpty(rec *claimRec) bool {
	if rec.content[0] < 0 {
		return true
	}
	return len(strings.Fields(a.text[rec.content[0]:rec.content[1]])) < 2
}

// attachQuotesBefore attributes to rec the quotations that end in sentence
// s before the cue c.
func (a *analysis) attachQuotesBefore(rec *claimRec, c int, s *sentInfo) {
	for j := c - 1; j >= s.t0; j-- {
		if a.toks[j].kind == tQClose && a.toks[j].q >= 0 {
			q := int(a.toks[j].q)
			if a.qs[q].level == 1 {
				rec.quotes = appendUniq(rec.quotes, q)
			}
		}
	}
}

// addExtras records participle clauses (", insisting that …") after the
// claim's cue as further words of the same speaker.
func (a *analysis) addExtras(rec *claimRec, partic []int, s *sentInfo) {
	for _, p := range partic {
		if p <= rec.cue || p-1 < s.t0 || !(a.toks[p-1].kind == tPunct && a.toks[p-1].s == ",") {
			continue
		}
		v := a.callForm(a.b.verbs[a.toks[p].l], p, s.t1)
		j := p + 1
		if v.particle != "" {
			j++
		}
		if j < s.t1 && a.toks[j].l == "that" {
			j++
		}
		end := j
		for end < s.t1 && !(a.toks[end].kind == tPunct && a.toks[end].q < 0 && (a.toks[end].s == "." || a.toks[end].s == ";")) {
			end++
		}
		if end-1 >= j {
			sp := [2]int{a.toks[j].start, a.toks[end-1].end}
			if a.toks[end-1].kind == tQClose {
				sp[1] = quoteEnd(a.text, a.qs[a.toks[end-1].q])
			}
			rec.extra = append(rec.extra, extraClause{verb: v, span: sp})
		}
	}
}

func appendUniq(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
