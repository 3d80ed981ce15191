package offline

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 6: the briefing. Parties (party.go), the outlet's own statements
// as facts, notes on loaded wording (voice.go), a summary, and the title,
// site, byline and date when the article lacks them (meta.go), all in the
// bot's language.

// compose turns the analysis into a briefing.
func (a *analysis) compose(art *bot.Article, vlx *lang.Lexicon) *bot.Briefing {
	br := &bot.Briefing{
		Title:    art.Title,
		Source:   art.Source(),
		Parties:  a.parties(vlx),
		Facts:    a.facts(vlx),
		Backend:  "offline",
		Language: a.t.lx.Code,
	}
	for i := range br.Parties {
		if a.pluralName(shortName(br.Parties[i].Name)) {
			agreePlural(vlx, br.Parties[i].Claims)
		}
	}
	a.t.guessMeta(br)
	br.Notes = a.notes(vlx)
	// The summary names parties and their statements: write it from what
	// the grounding check will show (on a copy: the check runs again
	// where the briefing is shown), never from a party it drops.
	shown := *br
	shown.Parties = make([]bot.Party, len(br.Parties))
	for i, p := range br.Parties {
		p.Claims = append([]bot.Claim(nil), p.Claims...)
		p.Aliases = append([]string(nil), p.Aliases...)
		shown.Parties[i] = p
	}
	shown.Notes = append([]string(nil), br.Notes...)
	shown.Facts = append([]bot.Fact(nil), br.Facts...)
	ground.New(a.t.src).Check(&shown)
	br.Summary = a.summary(&shown, vlx)
	return br
}

// facts lists the outlet's own statements: sentences of the article's
// prose that attribute nothing, are not questions and have five words or
// more.
func (a *analysis) facts(vlx *lang.Lexicon) []bot.Fact {
	t := a.t
	out := []bot.Fact{}
	signed := map[int]bool{} // the words a signature after them signs ("— Elon Musk (@elonmusk) …")
	for _, at := range a.atts {
		if at.how == "signature" {
			for k := at.sent - at.lead; k < at.sent; k++ {
				signed[k] = true
			}
		}
	}
	for i, s := range t.sents {
		if s.furniture || len(a.bySent[i]) > 0 || signed[i] || s.words+s.qwords < 5 {
			continue
		}
		if a.leads(i) {
			continue // the quotation of "“…” Hale said." before its speaker: the speaker's words, not the outlet's
		}
		ds := t.d.Sentences[i]
		if strings.HasSuffix(strings.TrimRight(ds.Text, "\"”’'» "), "?") {
			continue
		}
		ev := ds.Text
		// The neutral rendering where the evidence supports it; else the
		// outlet's loaded words kept in quotation marks (a German noun's
		// neutral rendering is capitalised, and reads as a name the
		// sentence lacks); else the sentence as written.
		flatText := flat(t.src[ds.Start:ds.End])
		txt := ground.Normalize(neutralise(t.lx, vlx, flatText))
		if ok, _ := ground.Supported(txt, ev); !ok {
			txt = ground.Normalize(quoteLoaded(t.lx, vlx, flatText))
		}
		if ok, _ := ground.Supported(txt, ev); !ok {
			txt = ground.Normalize(ev)
		}
		if slices.ContainsFunc(out, func(f bot.Fact) bool { return f.Evidence == ev }) {
			continue // a page that prints its article twice
		}
		out = append(out, bot.Fact{Text: txt, Evidence: ev, Sentences: []int{i + 1}})
	}
	return out
}

// summary writes two to four neutral sentences from the parties and their
// claims: who speaks, then the main statement of the most active
// parties.
func (rs *resolver) summary(br *bot.Briefing, vlx *lang.Lexicon) string {
	var b strings.Builder
	if len(br.Parties) == 0 {
		b.WriteString(vlx.Phrase("summary.none"))
		if len(br.Facts) > 0 {
			b.WriteString(" " + vlx.Phrase("summary.facts"))
		}
		return b.String()
	}
	names := make([]string, 0, len(br.Parties))
	for _, p := range br.Parties {
		names = append(names, shortName(p.Name))
	}
	b.WriteString(phrase(vlx, "summary.parties", "list", joinList(vlx, names, 6)))
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
		c := mainClaim(vlx, p.Claims)
		verb, rest := splitVoice(vlx, c.Claim)
		// A language whose bot verb takes a comma before reported words
		// ("Sagt, die Geduld sei am Ende") writes it in the summary only
		// where the claim has it ("Kritisiert den Streik scharf" has
		// none).
		tmpl := vlx.Phrase("summary.claim")
		comma := strings.Contains(tmpl, "{verb},")
		switch {
		case rest == "" || isVerbatim(vlx, c) || strings.HasPrefix(rest, ",") && !comma:
			continue
		case comma && strings.HasPrefix(rest, ","):
			rest = strings.TrimLeft(rest, ", ")
		case comma:
			tmpl = strings.Replace(tmpl, "{verb},", "{verb}", 1)
		}
		plural := rs.pluralName(shortName(p.Name))
		if plural {
			verb = pluralVoice(vlx, verb)
		}
		rest = strings.TrimRight(clauseCut(rest, 6, 20), ".,;: ")
		parts = append(parts, strings.TrimSpace(fill(strings.ReplaceAll(tmpl, "{party}", shortName(p.Name)), lowerFirst(verb), rest)))
	}
	if len(parts) > 0 {
		b.WriteString(" ")
		b.WriteString(capFirst(strings.Join(parts, vlx.Phrase("summary.join"))))
		if last := parts[len(parts)-1]; !strings.HasSuffix(last, "…") && !strings.HasSuffix(last, "…\"") {
			b.WriteString(".")
		}
	}
	return ground.Normalize(b.String())
}

// mainClaim picks a party's most characteristic claim: the first denial or
// accusation, else the first claim in the bot's own words.
func mainClaim(vlx *lang.Lexicon, cs []bot.Claim) bot.Claim {
	for _, st := range []string{bot.StanceDeny, bot.StanceAccuse} {
		for _, c := range cs {
			if c.Stance == st && !isVerbatim(vlx, c) {
				return c
			}
		}
	}
	for _, c := range cs {
		if !isVerbatim(vlx, c) {
			return c
		}
	}
	return cs[0]
}

// isVerbatim reports whether claim c is the fallback paraphrase, the
// article's words in quotation marks ("Says, in the article's words: …").
func isVerbatim(vlx *lang.Lexicon, c bot.Claim) bool {
	mark := strings.TrimSpace(strings.SplitN(vlx.Phrase("verbatim"), "{content}", 2)[0])
	mark = strings.TrimPrefix(mark, "{verb}")
	return mark != "" && strings.Contains(c.Claim, mark)
}

// splitVoice splits a paraphrase into the bot's verb ("Calls for",
// "Met en garde") and the rest.
func splitVoice(vlx *lang.Lexicon, s string) (string, string) {
	best := ""
	for _, v := range vlx.Voice {
		for _, f := range v { // the singular, or the plural of a party of many
			if strings.HasPrefix(s, f+" ") || strings.HasPrefix(s, f+",") || strings.HasPrefix(s, f+":") ||
				strings.HasSuffix(f, "'") && strings.HasPrefix(s, f) { // "Refuse d'en dire plus"
				if len(f) > len(best) {
					best = f
				}
			}
		}
	}
	if best == "" {
		return "", ""
	}
	return best, strings.TrimLeft(s[len(best):], " :")
}

// pluralVoice returns the plural of one of the bot's verbs.
func pluralVoice(vlx *lang.Lexicon, verb string) string {
	for _, v := range vlx.Voice {
		if v[0] == verb {
			return v[1]
		}
	}
	return verb
}

// agreePlural puts the bot's verb opening each claim of a party of many
// in the plural: "Inspectors" "Say the valve failed", "Les habitants"
// "Dénoncent …". A verb whose particle closes the clause changes its
// first word only ("Weist die Vorwürfe zurück": "Weisen …").
func agreePlural(vlx *lang.Lexicon, cs []bot.Claim) {
	for i := range cs {
		c := cs[i].Claim
		verb, _ := splitVoice(vlx, c)
		if pl := pluralVoice(vlx, verb); verb != "" && pl != verb {
			cs[i].Claim = pl + c[len(verb):]
			continue
		}
		first, _, _ := strings.Cut(c, " ")
		for _, v := range vlx.Voice {
			sg, pl := strings.Fields(v[0]), strings.Fields(v[1])
			if len(sg) > 1 && len(sg) == len(pl) && sg[0] == first && sg[0] != pl[0] && slices.Equal(sg[1:], pl[1:]) {
				cs[i].Claim = pl[0] + c[len(first):]
				break
			}
		}
	}
}

// pluralName reports whether a party name names several people ("Whale
// experts", "Les habitants").
func (rs *resolver) pluralName(name string) bool {
	ws := strings.Fields(lang.Lower(name))
	if len(ws) == 0 {
		return false
	}
	lx := rs.t.lx
	if lx.Set("quantifiers", ws[0]) {
		return true
	}
	orig := strings.Fields(name)
	head := ws
	if h := slices.IndexFunc(ws[1:], func(w string) bool { return lx.Set("of", w) || lx.Set("prep", w) }); h >= 0 {
		// The words before "of" or a preposition head the name:
		// "Cofradía de Pescadores", "Collectif des riverains" and
		// "Assembly of several foreign ministers" are one body each,
		// "Members of her own party" many.
		head = ws[:h+1]
	}
	for i := 0; i < len(head) && i+1 < len(orig); i++ {
		if (lx.Set("plural", ws[i]) || lx.Speakers[ws[i]] != "" && rs.t.pluralForm(ws[i])) && orig[i+1] == lang.Lower(orig[i+1]) {
			// A plural noun and what describes it: "People
			// familiar with the project", "Hospital officials in
			// Omsk", "Business owners worried about parking"; not
			// "Police Chief John Smith".
			return true
		}
	}
	last := strings.Trim(head[len(head)-1], ".,;:()")
	if e := rs.reg.byName[lang.Fold(name)]; e != nil && (e.kind == kPerson || e.kind == kOrg) && !(lx.NounCaps && lx.Speakers[ws[len(ws)-1]] != "") {
		// A name's plural noun: "Syrian Democratic Forces" is one
		// body, "Cristián Fuentes" one man (not German "Verschiedene
		// Experten", whose capitals are no name's).
		return false
	}
	if e := rs.reg.byName[descKey(name)]; e != nil && e.plural {
		return true // a group described, read as plural ("Inspectors said")
	}
	return lx.Set("plural", last) || lx.Speakers[last] != "" && rs.t.pluralForm(last) || slices.ContainsFunc(head, func(w string) bool { return lx.Set("pluraldocs", w) }) // ("Previous studies say", "Datos oficiales dicen")
}

// shortName drops a party name's parenthesised members.
func shortName(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		return s[:i]
	}
	return s
}

// joinList joins names with the bot's "and", listing at most max.
func joinList(vlx *lang.Lexicon, ss []string, max int) string {
	more := 0
	if len(ss) > max {
		more = len(ss) - max
		ss = ss[:max]
	}
	and := " " + vlx.Phrase("and") + " "
	sep := vlx.Phrase("list.sep")
	switch {
	case more == 1:
		return strings.Join(ss, sep) + and + vlx.Phrase("other")
	case more > 1:
		return strings.Join(ss, sep) + and + strings.ReplaceAll(vlx.Phrase("others"), "{n}", strconv.Itoa(more))
	case len(ss) == 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], sep) + and + ss[len(ss)-1]
}

// clauseCut shortens s to its first clause: it cuts at the first comma,
// semicolon or colon outside quotation marks that follows at least min
// words, and otherwise at max words (with an ellipsis).
func clauseCut(s string, minWords, maxWords int) string {
	words := 0
	inQuote := false
	prevSpace := true
	for i, r := range s {
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == ' ':
			if !prevSpace {
				words++
			}
		case (r == ',' || r == ';' || r == ':') && !inQuote && words+1 >= minWords && (i+1 == len(s) || s[i+1] == ' '):
			// A comma or colon inside a number or a time ("25,000",
			// "10:30") ends no clause.
			if words+1 <= maxWords {
				return s[:i]
			}
		}
		prevSpace = r == ' '
	}
	return truncateWords(s, maxWords)
}
