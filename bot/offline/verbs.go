package offline

// The scanners below ask whether a span of tokens holds a verb; they
// differ in what counts:
//
//	verbIn       any verb, auxiliary, copula or modal outside quotations: a clause, not a phrase
//	auxIn        an auxiliary, copula or modal only, quoted or not
//	finiteBefore a finite verb, auxiliary or modal in lower case outside quotations
//	finiteVerbIn a finite verb (a reporting verb's form too) outside quotations, not after "to"
//	clauseVerbIn finiteVerbIn, or a copula or modal ("la solución está en …")
//	verbFormIn   any verb form in lower case, finite or not ("and displacing …")

// verbIn reports whether tokens [lo, hi) of the sentence hold a verb, an
// auxiliary or a copula outside quotations: a clause, not an opening
// phrase ("On Thursday, however,").
func (t *text) verbIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.out(k) && (t.isVerb(k) || t.auxLike(t.toks[k].l)) {
			return true
		}
	}
	return false
}

// auxLike reports whether word l is an auxiliary, a copula (set passive)
// or a modal.
func (t *text) auxLike(l string) bool {
	lx := t.lx
	return lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l)
}

// auxIn reports whether tokens [lo, hi) hold an auxiliary or a modal
// ("Am Montag hat die Opposition … abgelehnt" is no verb alone in second
// place).
func (t *text) auxIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.auxLike(t.toks[k].l) {
			return true
		}
	}
	return false
}

// finiteBefore reports whether a finite verb, an auxiliary or a modal
// stands among tokens lo to hi, outside quotations.
func (t *text) finiteBefore(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || tk.q >= 0 {
			continue
		}
		if t.auxLike(tk.l) || t.isVerb(k) && !t.nonFinite(tk.l) {
			return true
		}
	}
	return false
}

// finiteVerbIn reports whether tokens [lo, hi) hold a finite verb outside
// quotations (not a gerund, not after "to").
func (t *text) finiteVerbIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || t.nonFinite(tk.l) || j > lo && t.lx.Set("inf", t.toks[j-1].l) {
			continue
		}
		if _, rep := t.lx.Verbs[tk.l]; rep && !tk.cap || t.isVerb(j) || t.lx.Set("aux", tk.l) || t.lx.Set("modal", tk.l) && !tk.cap {
			return true
		}
	}
	return false
}

// clauseVerbIn reports whether tokens [lo, hi) hold a verb outside
// quotations: a finite verb (finiteVerbIn) or a form of "to be" or a
// modal ("la solución está en …").
func (t *text) clauseVerbIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && tk.q < 0 && (t.lx.Set("passive", tk.l) || t.lx.Set("modal", tk.l)) {
			return true
		}
	}
	return t.finiteVerbIn(lo, hi)
}

// verbFormIn reports whether tokens [lo, hi) hold a verb, finite or not
// ("and displacing nearly 1.5 million people").
func (t *text) verbFormIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && tk.q < 0 && !tk.cap && (t.isVerb(k) || t.nonFinite(tk.l)) {
			return true
		}
	}
	return false
}
