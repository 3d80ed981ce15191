package offline

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// partyAcc accumulates one party while composing.
type partyAcc struct {
	key     string
	country *country
	ents    []*entity
	claims  []bot.Claim
	first   int
	aliases []string
}

// partyKey returns the party an entity belongs to: a country's for its
// government and officials, else the entity (or whoever it speaks for).
func partyKey(e *entity) (string, *country, *entity) {
	for i := 0; ; i++ {
		if e.kind == kCountry || e.gov && e.country != nil && !e.nonGov {
			return "c:" + e.country.Name, e.country, e
		}
		if i >= 4 || e.speaksFor == nil || e.speaksFor == e {
			break
		}
		e = e.speaksFor
	}
	return "e:" + strconv.Itoa(e.id), nil, e
}

// compose turns the analysis into a briefing.
func (a *analysis) compose(art *bot.Article) *bot.Briefing {
	br := &bot.Briefing{
		Title:   art.Title,
		Source:  art.Source(),
		Parties: []bot.Party{},
		Facts:   []bot.Fact{},
		Notes:   []string{},
		Backend: "offline",
	}
	a.guessMeta(br)
	parties := map[string]*partyAcc{}
	var order []*partyAcc
	for _, rec := range a.claims {
		cl, ok := a.renderClaim(rec)
		if !ok {
			continue
		}
		for k, e := range rec.speakers {
			key, c, owner := partyKey(e)
			p := parties[key]
			if p == nil {
				p = &partyAcc{key: key, country: c, first: rec.sent}
				parties[key] = p
				order = append(order, p)
			}
			p.addEnt(owner)
			p.addEnt(e)
			cl := cl
			cl.Speaker = a.speakerLabel(e, rec.surfaces[k])
			if !isPronoun(rec.surfaces[k]) {
				p.addAlias(trimDet(rec.surfaces[k]))
			}
			p.claims = append(p.claims, cl)
		}
	}
	for _, p := range order {
		br.Parties = append(br.Parties, a.renderParty(p))
	}
	// Facts: the outlet's own sentences.
	for i, s := range a.sents {
		if s.header || s.claim != nil || s.words+s.quoteWords < 5 || strings.HasSuffix(strings.TrimRight(a.d.Sentences[i].Text, "\"”’' "), "?") {
			continue
		}
		ds := a.d.Sentences[i]
		ev := ds.Text
		txt := flat(neutralise(a.text[ds.Start:ds.End], a.quoteMask(i)))
		txt = ground.Normalize(txt)
		if ok, _ := ground.Supported(txt, ev); !ok {
			txt = ground.Normalize(ev)
		}
		br.Facts = append(br.Facts, bot.Fact{Text: txt, Evidence: ev, Sentences: []int{i + 1}})
	}
	br.Notes = a.notes()
	br.Summary = a.summary(br, order)
	return br
}

func (p *partyAcc) addEnt(e *entity) {
	for _, x := range p.ents {
		if x == e {
			return
		}
	}
	p.ents = append(p.ents, e)
}

func (p *partyAcc) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, x := range p.aliases {
		if strings.EqualFold(x, s) {
			return
		}
	}
	p.aliases = append(p.aliases, s)
}

// renderParty names a party and lists its aliases.
func (a *analysis) renderParty(p *partyAcc) bot.Party {
	out := bot.Party{Claims: p.claims}
	var members []string
	for _, e := range p.ents {
		if e.kind == kCountry {
			continue
		}
		n := a.entityLabel(e)
		if n != "" && !containsFold(members, n) {
			members = append(members, n)
		}
		for _, x := range e.names {
			p.addAlias(x)
		}
	}
	if p.country != nil {
		out.Name = p.country.Name
		// The members who spoke, as the claims name them.
		members = members[:0]
		for _, c := range p.claims {
			if c.Speaker != "" && !containsFold(members, c.Speaker) && !genericGov(c.Speaker, p.country) {
				members = append(members, c.Speaker)
			}
		}
		if len(members) > 0 {
			if len(members) > 3 {
				members = members[:3]
			}
			out.Name += " (" + strings.Join(members, ", ") + ")"
		}
		// The forms of the country the article uses.
		if a.lower == "" {
			a.lower = strings.ToLower(a.text)
		}
		for _, f := range p.country.Forms {
			if containsWordFold(a.lower, strings.ToLower(f)) {
				p.addAlias(f)
			}
		}
	} else if len(members) > 0 {
		out.Name = members[0]
	}
	if out.Name == "" && len(p.aliases) > 0 {
		out.Name = p.aliases[0]
	}
	out.Name = capFirst(neutralise(out.Name, nil))
	var al []string
	for _, x := range p.aliases {
		if !isPronoun(x) && !containsFold(al, x) {
			al = append(al, x)
		}
	}
	out.Aliases = al
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	return out
}

// genericGov reports whether a speaker label says no more than the
// country's government ("German officials", "the Russian government").
func genericGov(label string, c *country) bool {
	l := " " + strings.ToLower(label) + " "
	for _, f := range c.Forms {
		l = strings.ReplaceAll(l, " "+strings.ToLower(f)+" ", " ")
		l = strings.ReplaceAll(l, " "+strings.ToLower(f)+"'s ", " ")
	}
	for _, w := range strings.Fields(l) {
		if !genericGovWords[w] {
			return false
		}
	}
	return true
}

var genericGovWords = words(`the a an government officials official authorities state media spokesperson spokesman spokeswoman for of from representatives sources source administration`)

// entityLabel is the display name of an entity.
func (a *analysis) entityLabel(e *entity) string {
	if e.kind == kCountry {
		return e.country.Name
	}
	if e.kind == kOrg && e.short != "" {
		return trimDet(e.short)
	}
	return trimDet(e.name)
}

// speakerLabel is how the claim names its speaker: the article's words,
// or for a pronoun or description the name it refers to.
func (a *analysis) speakerLabel(e *entity, surface string) string {
	switch {
	case e.kind == kPerson:
		return e.name
	case e.kind == kOrg:
		return a.entityLabel(e)
	case isPronoun(surface) || e.kind == kCountry && strings.HasPrefix(strings.ToLower(surface), "the ") && len(strings.Fields(surface)) <= 3:
		if e.kind == kCountry {
			for _, n := range e.names {
				if n != e.country.Name || strings.Contains(a.text, n) {
					return trimDet(n)
				}
			}
		}
		return trimDet(e.name)
	}
	return trimDet(surface)
}

func isPronoun(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	// "they've", "he'd", "we’re": the pronoun without its contraction.
	if i := strings.IndexAny(l, "'’"); i > 0 {
		l = l[:i]
	}
	return subjPronoun[l] || l == "him" || l == "them" || l == "her"
}

// trimDet removes a leading article or determiner.
func trimDet(s string) string {
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	return s
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// containsWordFold reports whether w occurs in s at word boundaries (both
// lower-cased).
func containsWordFold(s, w string) bool {
	for i := 0; w != ""; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
	return false
}

// renderClaim builds a claim's paraphrase, stance, evidence and sentence
// numbers. It returns false when no grounded paraphrase can be made.
func (a *analysis) renderClaim(rec *claimRec) (bot.Claim, bool) {
	first, last := a.d.Sentences[rec.sent], a.d.Sentences[rec.last]
	ev := flat(a.text[first.Start:last.End])
	var sents []int
	for s := rec.sent; s <= rec.last; s++ {
		sents = append(sents, s+1)
	}
	content := a.contentText(rec)
	stance := rec.verb.stance
	voice := rec.verb.voice
	switch {
	case rec.verb.lemma == "claim" && rec.verb.particle == "" && accusatory(content):
		stance = bot.StanceAccuse
	case stance == bot.StanceAssert && denial(content):
		stance = bot.StanceDeny
	}
	para := voice
	if content != "" {
		para += " " + content
	}
	for _, x := range rec.extra {
		xc := a.spanText(x.span, true)
		if xc == "" {
			continue
		}
		para = strings.TrimRight(para, ".,;: ") + " and " + lowerFirst(x.verb.voice) + " " + xc
	}
	para = ground.Normalize(finishSentence(truncateWords(para, 70)))
	if content == "" {
		para = ground.Normalize(voice + ", in the article's words: \"" + truncateWords(neutraliseQuoted(ev), 60) + "\"")
	}
	if ok, _ := ground.Supported(para, ev); !ok {
		para = ground.Normalize("Says, in the article's words: \"" + truncateWords(neutraliseQuoted(ev), 60) + "\"")
		if ok, _ := ground.Supported(para, ev); !ok {
			return bot.Claim{}, false
		}
	}
	return bot.Claim{Claim: para, Stance: stance, Evidence: ev, Sentences: sents}, true
}

// contentText returns the reported words of a claim in the bot's voice:
// quotations in quotation marks, indirect speech neutralised.
func (a *analysis) contentText(rec *claimRec) string {
	if rec.content[0] >= 0 && !a.contentEmpty(rec) {
		var parts []string
		for _, sp := range [][2]int{rec.content, rec.content2} {
			if sp[0] < 0 {
				continue
			}
			sp = a.widenToQuotes(sp)
			if t := a.spanText(sp, true); t != "" {
				parts = append(parts, t)
			}
		}
		out := stripDateline(strings.Join(parts, " … "))
		if rec.direct {
			return "\"" + quoteBody(out) + "\""
		}
		// A content that opened the sentence starts with a capital that
		// the paraphrase does not need ("The attack" → "the attack").
		if w := strings.Fields(out); len(w) > 0 {
			if lw := strings.ToLower(w[0]); w[0] != lw && (determiners[lw] || pronouns[lw] && lw != "i" || conjunctions[lw] || prepositions[lw]) {
				out = lowerFirst(out)
			}
		}
		out = cutOtherClause(out)
		// Reported words whose subject is the relative pronoun before the
		// speaker ("…, which they've said was due to a lack of airtime")
		// need one: "this was due to …".
		if w := strings.Fields(out); len(w) > 0 && auxiliaries[strings.ToLower(w[0])] {
			switch strings.ToLower(w[0]) {
			case "are", "were", "have", "do":
				out = "they " + out
			default:
				out = "this " + out
			}
		}
		return out
	}
	var parts []string
	for _, qi := range rec.quotes {
		q := a.qs[qi]
		t := quoteBody(a.text[q.start:q.end])
		if t != "" {
			parts = append(parts, "\""+t+"\"")
		}
	}
	return strings.Join(parts, " … ")
}

// cutOtherClause cuts indirect speech before a clause joined to it with
// its own pronoun subject (", and he accused the network …"): that clause
// is the article's narration, often of someone else, not the speaker's
// words.
func cutOtherClause(s string) string {
	inQuote := false
	for i, r := range s {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d':
			inQuote = !inQuote
		case (r == ',' || r == ';') && !inQuote:
			ws := strings.Fields(strings.ToLower(s[i+1:]))
			if len(ws) >= 3 && (ws[0] == "and" || ws[0] == "but" || ws[0] == "while") && subjectPronouns[ws[1]] {
				return strings.TrimSpace(s[:i])
			}
			// ", which they've said …": someone else's words about it.
			if len(ws) >= 3 && (ws[0] == "which" || ws[0] == "who") && isPronoun(ws[1]) &&
				(speechForms[ws[2]] || len(ws) >= 4 && speechForms[ws[3]]) {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

// speechForms are the forms of "say" and its kin that open someone's
// words inside a relative clause.
var speechForms = words(`said say says told claimed claim claims stated insisted argued maintained`)

// subjectPronouns start a clause with a subject of its own.
var subjectPronouns = words(`he she they we`)

// stripDateline removes a wire dateline ("JERUSALEM (Reuters) - ") from
// the start of reported words.
func stripDateline(s string) string {
	i := 0
	words := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || r == ' ' || r == ',' || r == '.' || r == '\'' {
			if unicode.IsUpper(r) && (i == 0 || s[i-1] == ' ') {
				words++
			}
			i += n
			continue
		}
		break
	}
	if words == 0 || i == 0 || i >= len(s) || !unicode.IsUpper(firstRune(s)) {
		return s
	}
	rest := s[i:]
	if strings.HasPrefix(rest, "(") {
		j := strings.IndexByte(rest, ')')
		if j < 0 || j > 40 {
			return s
		}
		rest = strings.TrimLeft(rest[j+1:], " ")
	}
	for _, d := range []string{"- ", "— ", "– "} {
		if strings.HasPrefix(rest, d) && utf8.RuneCountInString(s)-utf8.RuneCountInString(rest) < 60 {
			return rest[len(d):]
		}
	}
	return s
}

// widenToQuotes extends a span whose ends fall inside a quotation to
// the whole quotation, so a quotation running over several sentences is
// rendered whole.
func (a *analysis) widenToQuotes(sp [2]int) [2]int {
	if t := a.tokAt(sp[0]); t < len(a.toks) && a.toks[t].q >= 0 {
		q := a.qs[a.toks[t].q]
		if q.open < sp[0] {
			sp[0] = q.open
		}
	}
	if t := a.tokAt(sp[1]) - 1; t >= 0 && t < len(a.toks) && a.toks[t].q >= 0 {
		q := a.qs[a.toks[t].q]
		if e := quoteEnd(a.text, q); e > sp[1] {
			sp[1] = e
		}
	}
	return sp
}

// spanText renders an article span in the bot's voice: flattened, with
// loaded words outside quotations neutralised, nested marks balanced.
func (a *analysis) spanText(sp [2]int, neutral bool) string {
	if sp[0] < 0 || sp[1] <= sp[0] || sp[1] > len(a.text) {
		return ""
	}
	s := a.text[sp[0]:sp[1]]
	// Mask of quoted bytes within the span.
	mask := make([]bool, len(s))
	ti := a.tokAt(sp[0])
	for ; ti < len(a.toks) && a.toks[ti].start < sp[1]; ti++ {
		if a.toks[ti].q >= 0 {
			for b := a.toks[ti].start; b < a.toks[ti].end && b < sp[1]; b++ {
				mask[b-sp[0]] = true
			}
		}
	}
	if neutral {
		s = neutralise(s, mask)
	}
	s = strings.TrimRight(flat(s), ",;: ")
	return balanceQuotes(s)
}

// quoteBody flattens a quotation and turns inner double marks (nested
// quotations, continuation marks) into single ones.
func quoteBody(s string) string {
	s = flat(s)
	r := strings.NewReplacer("\"", "'", "“", "‘", "”", "’")
	s = r.Replace(s)
	return strings.TrimRight(strings.TrimSpace(s), ",;:")
}

// balanceQuotes closes an unclosed double quotation mark at the end.
func balanceQuotes(s string) string {
	n := strings.Count(s, "\"") + strings.Count(s, "“") + strings.Count(s, "”")
	if n%2 == 1 {
		s += "\""
	}
	return s
}

// flat collapses whitespace runs to single spaces.
func flat(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s // an acronym ("US troops") keeps its case
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// finishSentence makes sure a paraphrase ends with final punctuation.
func finishSentence(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if s == "" {
		return s
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?…", last) {
		return s
	}
	if last == '"' || last == '”' || last == '\'' || last == '’' {
		_, n := utf8.DecodeLastRuneInString(s)
		body := s[:len(s)-n]
		p, _ := utf8.DecodeLastRuneInString(body)
		if strings.ContainsRune(".!?…", p) {
			return s
		}
		if p == ',' {
			return strings.TrimSuffix(body, ",") + s[len(s)-n:] + "."
		}
		return s + "."
	}
	return s + "."
}

// clauseCut shortens s to its first clause: it cuts at the first comma,
// semicolon or colon outside quotation marks that follows at least min
// words, and otherwise cuts at max words (with an ellipsis).
func clauseCut(s string, minWords, maxWords int) string {
	words := 0
	inQuote := false
	prevSpace := true
	for i, r := range s {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d':
			inQuote = !inQuote
		case r == ' ':
			if !prevSpace {
				words++
			}
		case (r == ',' || r == ';' || r == ':') && !inQuote && words+1 >= minWords:
			if words+1 <= maxWords {
				return s[:i]
			}
		}
		prevSpace = r == ' '
	}
	return truncateWords(s, maxWords)
}

// truncateWords cuts s to at most n words, closing an open quotation.
func truncateWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	out := strings.Join(f[:n], " ")
	out = strings.TrimRight(out, ",;:") + " …"
	return balanceQuotes(out)
}

// accusatory reports whether reported words accuse someone of wrongdoing.
func accusatory(s string) bool {
	l := strings.ToLower(s)
	for _, k := range accuseKeys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// denial reports whether reported words reject a claim or document as
// invalid ("null and void", "groundless", "not based on facts").
func denial(s string) bool {
	l := strings.ToLower(s)
	for _, k := range denyKeys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

var denyKeys = []string{"null and void", "groundless", "baseless", "not based on fact", "unfounded", "not true", "untrue", "fabricat",
	"lacks technical proof", "no evidence", "without evidence", "never supported", "was not involved", "not involved"}

var accuseKeys = []string{"hack", "attack", "stole", "stolen", "theft", "spy", "espionage", "kill", "murder", "crime", "violat", "abuse",
	"poison", "responsib", "involve", "sponsor", "lie", "lying", "fraud", "corrupt", "torture", "bomb", "invad", "aggress", "destroy", "circumvent", "infring", "steal", "rigg"}

// quoteMask marks the bytes of sentence i that lie inside quotations.
func (a *analysis) quoteMask(i int) []bool {
	s := a.d.Sentences[i]
	txt := a.text[s.Start:s.End]
	mask := make([]bool, len(txt))
	for t := a.sents[i].t0; t < a.sents[i].t1; t++ {
		if a.toks[t].q >= 0 {
			for b := a.toks[t].start; b < a.toks[t].end && b < s.End; b++ {
				mask[b-s.Start] = true
			}
		}
	}
	return mask
}

// neutralise replaces loaded words outside quotations (mask marks quoted
// bytes; nil means none) with neutral renderings, or puts them in
// quotation marks as the outlet's wording when there is none.
func neutralise(s string, mask []bool) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < len(s) && isWordRune(firstRune(s[j+n2:])) {
				j += n2
				continue
			}
			break
		}
		w := s[i:j]
		quoted := mask != nil && i < len(mask) && mask[i]
		if rep, ok := loaded[fold(w)]; ok && !quoted {
			switch rep {
			case "=":
				b.WriteString("\"" + w + "\" (the outlet's wording)")
			case "":
				// Drop the word and one following space.
				if j < len(s) && s[j] == ' ' {
					j++
				}
			default:
				if unicode.IsUpper(firstRune(w)) {
					rep = capFirst(rep)
				}
				b.WriteString(rep)
			}
		} else {
			b.WriteString(w)
		}
		i = j
	}
	return b.String()
}

// neutraliseQuoted renders a sentence quoted in full as the article's
// words: loaded words stay, being inside quotation marks attributed to the
// article.
func neutraliseQuoted(s string) string {
	return strings.NewReplacer("\"", "'", "“", "‘", "”", "’").Replace(s)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// notes points out loaded wording: the outlet's own, and that of quoted
// parties.
func (a *analysis) notes() []string {
	var out []string
	seen := map[string]bool{}
	for i := range a.sents {
		s := &a.sents[i]
		if s.header && boilerplate(a.d.Sentences[i].Text) {
			continue
		}
		for t := s.t0; t < s.t1; t++ {
			tk := &a.toks[t]
			if tk.kind != tWord {
				continue
			}
			if _, ok := loaded[tk.l]; !ok {
				continue
			}
			term := tk.l
			if tk.q < 0 {
				key := "outlet|" + term
				if seen[key] {
					continue
				}
				seen[key] = true
				if (term == "regime" || term == "regime's") && t > s.t0 && a.toks[t-1].kind == tWord {
					var ws []string
					for k := t - 1; k >= s.t0 && k >= t-3 && a.toks[k].kind == tWord; k-- {
						ws = append([]string{a.toks[k].s}, ws...)
					}
					if c := a.countryIn(ws); c != nil {
						out = append(out, fmt.Sprintf("The outlet's own text calls %s's government a \"regime\"; this briefing does not adopt that wording.", c.Name))
						continue
					}
				}
				out = append(out, fmt.Sprintf("The outlet's own text uses the word \"%s\" (sentence %d); this briefing does not adopt that wording.", tk.s, i+1))
				continue
			}
			who := ""
			if s.claim != nil && a.claimHasQuote(s.claim, int(tk.q)) && len(s.claim.speakers) > 0 {
				who = a.speakerLabel(s.claim.speakers[0], s.claim.surfaces[0])
			}
			key := "quote|" + term + "|" + who
			if seen[key] {
				continue
			}
			seen[key] = true
			if who != "" {
				out = append(out, fmt.Sprintf("The word \"%s\" (sentence %d) is %s's, in a quotation; the briefing keeps it only inside that quotation.", tk.s, i+1, who))
			} else {
				out = append(out, fmt.Sprintf("The outlet puts \"%s\" (sentence %d) in quotation marks without saying who used it.", tk.s, i+1))
			}
		}
	}
	if len(a.claims) == 0 {
		out = append(out, "No attributed claims were found; the outlet's own statements are listed as facts.")
	}
	return out
}

func (a *analysis) claimHasQuote(rec *claimRec, q int) bool {
	for _, x := range rec.quotes {
		if x == q {
			return true
		}
	}
	if rec.content[0] >= 0 && q >= 0 && q < len(a.qs) {
		return a.qs[q].start >= rec.content[0] && a.qs[q].start < rec.content[1]
	}
	return false
}

// countryIn returns the country named by a demonym or name among ws.
func (a *analysis) countryIn(ws []string) *country {
	for i := range ws {
		if g, n := a.b.gaz.match(ws, i); n > 0 {
			return g.c
		}
	}
	return nil
}

// summary writes 2–4 neutral sentences from the parties and their claims.
func (a *analysis) summary(br *bot.Briefing, order []*partyAcc) string {
	var b strings.Builder
	if len(br.Parties) == 0 {
		b.WriteString("The article reports no statements attributed to a named party.")
		if n := len(br.Facts); n > 0 {
			fmt.Fprintf(&b, " Its own account is listed as %d fact%s.", n, map[bool]string{true: "s"}[n > 1])
		}
		return b.String()
	}
	names := make([]string, 0, len(br.Parties))
	for _, p := range br.Parties {
		names = append(names, midSentence(shortName(p.Name)))
	}
	fmt.Fprintf(&b, "The article reports statements by %s.", joinAnd(names, 6))
	// The main stance of the most active parties.
	idx := make([]int, len(br.Parties))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return len(br.Parties[idx[i]].Claims) > len(br.Parties[idx[j]].Claims) })
	var parts []string
	for _, i := range idx {
		if len(parts) == 3 {
			break
		}
		p := br.Parties[i]
		c := mainClaim(p.Claims)
		verb, rest := splitVoice(c.Claim)
		if rest == "" {
			continue
		}
		plural := pluralName(shortName(p.Name))
		rest = strings.TrimRight(clauseCut(rest, 6, 20), ".,;: ")
		if plural {
			rest = agreeJoined(rest)
		}
		parts = append(parts, midSentence(shortName(p.Name))+" "+agree(lowerFirst(verb), plural)+" "+rest)
	}
	if len(parts) > 0 {
		b.WriteString(" ")
		b.WriteString(capFirst(strings.Join(parts, "; ")))
		if !strings.HasSuffix(parts[len(parts)-1], "…") && !strings.HasSuffix(parts[len(parts)-1], "…\"") {
			b.WriteString(".")
		}
	}
	return ground.Normalize(b.String())
}

// mainClaim picks a party's most characteristic claim: the first denial or
// accusation, else the first claim.
func mainClaim(cs []bot.Claim) bot.Claim {
	for _, st := range []string{bot.StanceDeny, bot.StanceAccuse} {
		for _, c := range cs {
			if c.Stance == st && !strings.Contains(c.Claim, "in the article's words") {
				return c
			}
		}
	}
	// Prefer a claim that stands on its own over one whose subject is
	// "this" or "they" (words the bot supplied for a relative clause).
	for _, selfContained := range []bool{true, false} {
		for _, c := range cs {
			if strings.Contains(c.Claim, "in the article's words") {
				continue
			}
			if selfContained && (strings.HasPrefix(c.Claim, "Says this ") || strings.HasPrefix(c.Claim, "Says they ")) {
				continue
			}
			return c
		}
	}
	return cs[0]
}

// splitVoice splits a paraphrase into its verb ("Calls for") and the rest.
func splitVoice(s string) (string, string) {
	for _, two := range []string{"Calls for ", "Calls on "} {
		if strings.HasPrefix(s, two) {
			return strings.TrimSpace(two), s[len(two):]
		}
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	v := strings.TrimRight(s[:i], ",")
	rest := s[i+1:]
	if strings.HasSuffix(s[:i], ",") {
		return v, ""
	}
	return v, rest
}

// shortName drops a party name's parenthesised members.
func shortName(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		return s[:i]
	}
	return s
}

func joinAnd(ss []string, max int) string {
	more := 0
	if len(ss) > max {
		more = len(ss) - max
		ss = ss[:max]
	}
	var out string
	switch len(ss) {
	case 1:
		out = ss[0]
	default:
		out = strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
	}
	switch {
	case more == 1:
		out = strings.Join(ss, ", ") + " and 1 other"
	case more > 1:
		out = strings.Join(ss, ", ") + fmt.Sprintf(" and %d others", more)
	}
	return out
}

// midSentence lower-cases a name's first letter when the name is a common
// noun phrase ("Several foreign ministers", "Officials") rather than a
// proper name, for use inside a sentence.
func midSentence(name string) string {
	f := strings.Fields(name)
	if len(f) > 0 && (quantifiers[strings.ToLower(f[0])] || len(f) == 1 && pluralName(name)) {
		return lowerFirst(name)
	}
	return name
}

var quantifiers = map[string]bool{"several": true, "many": true, "multiple": true, "some": true, "two": true, "three": true, "four": true, "five": true, "dozens": true, "hundreds": true, "thousands": true}

// pluralName reports whether a party name names several people ("Several
// conservative groups", "Alexei Navalny's associates", "Officials").
func pluralName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	if quantifiers[strings.ToLower(f[0])] {
		return true
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:()"))
	switch last {
	case "officials", "associates", "supporters", "groups", "users", "organizers", "organisers", "ministers",
		"protesters", "residents", "lawmakers", "critics", "activists", "witnesses", "sources", "experts",
		"analysts", "leaders", "members", "authorities", "police", "people", "diplomats", "researchers":
		return true
	}
	// The plural of a title ("Senators", "ministers", "judges").
	if strings.HasSuffix(last, "s") && titleWords[strings.TrimSuffix(last, "s")] {
		return true
	}
	return false
}

// agreeJoined puts in the plural the bot's own verbs joined to a
// paraphrase with "and" ("… and cites the move" → "… and cite the move"),
// for a plural subject. Words inside quotation marks are the article's and
// are left alone.
func agreeJoined(s string) string {
	ws := strings.Split(s, " ")
	inQuote := false
	for i, w := range ws {
		if strings.Count(w, "\"")%2 == 1 {
			inQuote = !inQuote
		}
		if !inQuote && i > 0 && ws[i-1] == "and" && voiceWords[w] {
			ws[i] = agree(w, true)
		}
	}
	return strings.Join(ws, " ")
}

// voiceWords are the first words of the bot's paraphrase verbs, lower
// case ("says", "cites", "calls").
var voiceWords = func() map[string]bool {
	m := map[string]bool{}
	for _, sp := range verbSpecs {
		if w, _, _ := strings.Cut(sp.voice, " "); w != "" {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// agree puts a third-person-singular verb ("denies", "calls") in the plural
// form ("deny", "call") for a plural subject.
func agree(verb string, plural bool) string {
	if !plural {
		return verb
	}
	w, rest, _ := strings.Cut(verb, " ")
	switch {
	case w == "is":
		w = "are"
	case w == "has":
		w = "have"
	case strings.HasSuffix(w, "ies"):
		w = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		w = strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = strings.TrimSuffix(w, "s")
	}
	if rest != "" {
		return w + " " + rest
	}
	return w
}
