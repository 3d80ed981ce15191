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
func (a *analysis) verbIn(lo, hi int) bool {
	t := a.t
	for k := lo; k < hi; k++ {
		if t.out(k) && (a.isVerb(k) || a.auxLike(t.toks[k].l)) {
			return true
		}
	}
	return false
}

// auxLike reports whether word l is an auxiliary, a copula (set passive)
// or a modal.
func (a *analysis) auxLike(l string) bool {
	lx := a.t.lx
	return lx.Set("aux", l) || lx.Set("modal", l) || lx.Set("passive", l)
}

// auxIn reports whether tokens [lo, hi) hold an auxiliary or a modal
// ("Am Montag hat die Opposition … abgelehnt" is no verb alone in second
// place).
func (a *analysis) auxIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.auxLike(a.t.toks[k].l) {
			return true
		}
	}
	return false
}

// finiteBefore reports whether a finite verb, an auxiliary or a modal
// stands among tokens lo to hi, outside quotations.
func (a *analysis) finiteBefore(lo, hi int) bool {
	t := a.t
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || tk.q >= 0 {
			continue
		}
		if a.auxLike(tk.l) || a.isVerb(k) && !a.nonFinite(tk.l) {
			return true
		}
	}
	return false
}

// finiteVerbIn reports whether tokens [lo, hi) hold a finite verb outside
// quotations (not a gerund, not after "to").
func (a *analysis) finiteVerbIn(lo, hi int) bool {
	t := a.t
	for j := lo; j < hi; j++ {
		tk := &t.toks[j]
		if tk.kind != tWord || tk.q >= 0 || a.nonFinite(tk.l) || j > lo && t.lx.Set("inf", t.toks[j-1].l) {
			continue
		}
		if _, rep := t.lx.Verbs[tk.l]; rep && !tk.cap || a.isVerb(j) || t.lx.Set("aux", tk.l) || t.lx.Set("modal", tk.l) && !tk.cap {
			return true
		}
	}
	return false
}

// clauseVerbIn reports whether tokens [lo, hi) hold a verb outside
// quotations: a finite verb (finiteVerbIn) or a form of "to be" or a
// modal ("la solución está en …").
func (a *analysis) clauseVerbIn(lo, hi int) bool {
	t := a.t
	for j := lo; j < hi; j++ {
		if tk := &t.toks[j]; tk.kind == tWord && tk.q < 0 && (t.lx.Set("passive", tk.l) || t.lx.Set("modal", tk.l)) {
			return true
		}
	}
	return a.finiteVerbIn(lo, hi)
}

// verbFormIn reports whether tokens [lo, hi) hold a verb, finite or not
// ("and displacing nearly 1.5 million people").
func (a *analysis) verbFormIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if tk := &a.t.toks[k]; tk.kind == tWord && tk.q < 0 && !tk.cap && (a.isVerb(k) || a.nonFinite(tk.l)) {
			return true
		}
	}
	return false
}
