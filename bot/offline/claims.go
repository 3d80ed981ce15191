package offline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 5: claims. Each attribution becomes a claim: its evidence (the
// whole sentences, verbatim), its stance (the verb's, turned into a
// denial or an accusation by the words reported), and the bot's neutral
// paraphrase in the bot's language: the paraphrase verb of the
// lexicon's [voice] and the reported words, a quotation in quotation
// marks, indirect speech with the outlet's loaded words neutralised. A
// paraphrase that cannot be made faithfully (no clean clause, a name or
// number the evidence lacks) falls back to the article's own words.

// maxParaphraseWords bounds a paraphrase.
const maxParaphraseWords = 70

// claimOf renders an attribution as a claim; ok is false when nothing
// grounded can be shown.
func (t *text) claimOf(at *attribution, vlx *lang.Lexicon) (bot.Claim, bool) {
	lx := t.lx
	if t.relativeContent(at) {
		// The words are the article's sentence, not the clause.
		at.content = nil
	}
	from := at.sent
	from = max(from-at.lead, 0)
	first, last := t.d.Sentences[from], t.d.Sentences[at.last]
	ev := flat(t.src[first.Start:last.End])
	if s := &t.sents[from]; s.glued && at.evStart < t.toks[s.body].start {
		at.evStart = t.toks[s.body].start // not the headline that ran into it
	} else if s.body > s.t0 && s.body < s.t1 && at.evStart < t.toks[s.body].start && t.toks[s.t0].start == first.Start {
		at.evStart = t.toks[s.body].start // nor the dateline before it ("GUADALAJARA (EFE).-")
	}
	if at.evStart >= first.End {
		// The words grew back over sentences before the clause (a
		// quotation that opened earlier): they are the evidence.
		at.evStart = 0
	}
	if at.evStart > 0 || at.evEnd > 0 {
		ev = t.clauseEvidence(at, first.Start, last.End)
	}
	var sents []int
	for s := from; s <= at.last; s++ {
		sents = append(sents, s+1)
	}
	cl := bot.Claim{Stance: t.stance(at), Evidence: ev, Sentences: sents}
	key := at.verb.Voice
	if vlx == lx && lx.Set("objectvoices", at.verb.Lemma) && (!at.marked || at.object) {
		key = at.verb.Lemma // "confirmed the investment": Confirms it; "confirmed that …": Says
	}
	verb := vlx.VoiceVerb(voiceKey(vlx, key), false)
	para := ""
	content := t.contentText(at)
	switch {
	case at.kind == akTurn && vlx == lx:
		// A transcript turn: the speaker's words as printed, without the
		// label.
		words := strings.Trim(flat(t.src[at.content[0][0]:at.content[0][1]]), " \"“”")
		para = fill(vlx.Phrase("quote"), verb, "\""+truncateWords(innerQuotes(words), 60)+"\"")
	case at.alone:
		para = verb // "Äußert sich nicht.", "Claims responsibility."
	case vlx != lx || content == "" || at.bare || !t.faithful(at, content):
		para = verbatim(vlx, verb, ev)
	case at.direct:
		para = fill(vlx.Phrase("quote"), verb, "\""+t.quoteText(at)+"\"")
	default:
		content = neutralise(lx, vlx, content)
		switch {
		case startsWithComp(lx, content):
			para = fill(vlx.Phrase("clause"), verb, content)
		case at.marked && !at.object && !strings.ContainsAny(content[:min(len(content), 3)], "\"“«"):
			// (Words that open with a quotation right after the verb
			// are its object: "pidió «tolerancia cero» con …", not
			// "pidió que «tolerancia cero»".)
			para = elideComp(vlx, fill(vlx.Phrase("bare"), verb, content), content)
		case voiceKey(vlx, key) == "say" && !at.marked && !lx.Trait("zerocomp") && opensWithDeterminer(lx, content) && !strings.Contains(content, ","):
			// Where reported words need a complementiser, unmarked
			// words after a verb of the say voice that open with a
			// determiner are a thing it reports on, not words: "a
			// confirmé le décès", "bestätigte den Tod" are not "Dit le
			// décès", "Sagt den Tod" (an infinitive's words are: "affirme
			// avoir été agressée", "Dit avoir été agressée"; so are the
			// one told and a clause after a comma: "sagte dem Reporter,
			// das sei gut").
			para = verbatim(vlx, verb, ev)
		default:
			para = fill(vlx.Phrase("object"), verb, content)
			if head, tail := closingWords(vlx, verb, content); tail != "" {
				// "Weist die Vorwürfe zurück", "Kommentiert den
				// Bericht nicht": a separable verb's particle, and a
				// negation, close the clause, after its object.
				para = fill(vlx.Phrase("object"), head, strings.TrimRight(content, ".")+" "+tail)
			}
		}
	}
	para = ground.Normalize(finishSentence(truncateWords(para, maxParaphraseWords)))
	if ok, _ := ground.Supported(para, ev); !ok {
		para = ground.Normalize(verbatim(vlx, verb, ev))
		if ok, _ := ground.Supported(para, ev); !ok {
			return bot.Claim{}, false
		}
	}
	cl.Claim = para
	if at.via != nil {
		cl.Via = t.label(at.via, at.viaName)
	}
	return cl, true
}

// clauseEvidence returns the words of sentence span [start, end) between
// at.evStart and at.evEnd, without the punctuation, coordinating word or
// linking adverb at their edges ("…, but Y denied it" and "…, however, Y
// denied it" give "Y denied it").
func (t *text) clauseEvidence(at *attribution, start, end int) string {
	if at.evStart > start {
		start = at.evStart
	}
	if at.evEnd > 0 && at.evEnd < end {
		end = at.evEnd
	}
	lo, hi := t.tokAt(start), t.tokAt(end)
	for lo < hi && t.toks[lo].q < 0 {
		l := t.toks[lo].l
		switch {
		case t.toks[lo].kind == tPunct || t.lx.Set("coord", l):
			lo++
			continue
		case (t.lx.Set("adverbs", l) || t.lx.Set("clause", l)) && lo+1 < hi && t.toks[lo+1].s == ",":
			lo += 2 // "however,"
			continue
		}
		break
	}
	for at.evEnd > 0 && hi > lo && t.toks[hi-1].kind == tPunct && t.toks[hi-1].q < 0 && t.toks[hi-1].kind != tQClose && !unitSign(t.toks[hi-1].s) {
		hi-- // (a clause cut short loses its comma; one that ends the sentence keeps its period)
	}
	if lo >= hi {
		return flat(t.src[start:end])
	}
	return flat(t.src[t.toks[lo].start:t.toks[hi-1].end])
}

// closingWords splits the bot's verb of a verb-second language into its
// head and the words that close the clause after an object: a separable
// particle ("Weist … zurück", "Lehnt … ab") and a negation ("Kommentiert
// … nicht"; not before a preposition's phrase: "Äußert sich nicht zu den
// Vorwürfen").
func closingWords(vlx *lang.Lexicon, verb, content string) (string, string) {
	ws := strings.Fields(verb)
	if !vlx.VerbSecond || len(ws) < 2 {
		return verb, ""
	}
	first, _, _ := strings.Cut(content, " ")
	prep := vlx.Set("prep", lang.Lower(first))
	n := len(ws)
	for n > 1 && (vlx.Set("verbprefixes", ws[n-1]) || vlx.Set("negation", ws[n-1]) && !prep) {
		n--
	}
	if n == len(ws) {
		return verb, ""
	}
	return strings.Join(ws[:n], " "), strings.Join(ws[n:], " ")
}

// voiceKey returns key when the voice lexicon has it, else "say".
func voiceKey(vlx *lang.Lexicon, key string) string {
	if _, ok := vlx.Voice[key]; ok {
		return key
	}
	return "say"
}

// opensWithDeterminer reports whether content's first word is a
// determiner ("le", "ce", "den"; an elided "l'" too).
func opensWithDeterminer(lx *lang.Lexicon, content string) bool {
	first, _, _ := strings.Cut(content, " ")
	first = strings.ReplaceAll(lang.Lower(strings.Trim(first, "\"'“”«»„")), "’", "'")
	if i := strings.IndexByte(first, '\''); i >= 0 && elided(lx, first) {
		first = first[:i+1] // "l'importance": the elided article
	}
	return lx.Set("determiners", first)
}

// verbatim is the fallback paraphrase: the bot's verb and the evidence in
// quotation marks, as the article's words.
func verbatim(vlx *lang.Lexicon, verb, ev string) string {
	return fill(vlx.Phrase("verbatim"), verb, "\""+truncateWords(innerQuotes(ev), 60)+"\"")
}

// elideComp elides the bot's own complementiser before words that open
// with a vowel, in a language that elides it ("Dit qu'il aurait …", not
// "Dit que il aurait …").
func elideComp(vlx *lang.Lexicon, para, content string) string {
	r, _ := utf8.DecodeRuneInString(content)
	if !vlx.Elisions["qu'"] || !strings.ContainsRune("aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ", r) {
		return para
	}
	i := strings.LastIndex(para, " que "+content)
	if i < 0 {
		return para
	}
	return para[:i] + " qu'" + para[i+len(" que "):]
}

func fill(tmpl, verb, content string) string {
	if strings.HasSuffix(verb, "'") || strings.HasSuffix(verb, "’") {
		tmpl = strings.Replace(tmpl, "{verb} ", "{verb}", 1) // "Refuse d'en dire plus"
	}
	return strings.NewReplacer("{verb}", verb, "{content}", content).Replace(tmpl)
}

// stance is the verb's stance, turned into "deny" when the reported
// words reject a claim as false, and into "accuse" when a charge verb
// ("claim") reports wrongdoing.
func (t *text) stance(at *attribution) string {
	st := at.verb.Stance
	if st == "" {
		st = bot.StanceAssert
	}
	words := t.contentWords(at)
	switch {
	case st == bot.StanceAssert && t.hasCue(words, "denycues"):
		return bot.StanceDeny
	case at.verb.Charge && t.hasCue(words, "accusecues"):
		return bot.StanceAccuse
	}
	return st
}

// contentWords returns the lower-case words of an attribution's content.
func (t *text) contentWords(at *attribution) []string {
	var out []string
	for _, sp := range at.content {
		for k := t.tokAt(sp[0]); k < len(t.toks) && t.toks[k].start < sp[1]; k++ {
			if t.toks[k].kind == tWord {
				out = append(out, t.toks[k].l)
			}
		}
	}
	return out
}

// hasCue reports whether words hold an entry of the named set: a word, or
// a phrase of consecutive words. Words are matched whole, never as
// substrings ("earlier" does not contain "lie").
func (t *text) hasCue(words []string, set string) bool {
	lx := t.lx
	for i, w := range words {
		if lx.Set(set, w) {
			return true
		}
		for _, phrase := range lx.Multi[set] {
			if i+len(phrase) <= len(words) {
				ok := true
				for k, pw := range phrase {
					if words[i+k] != pw {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
	}
	return false
}

// contentText returns the reported words as the article writes them,
// joined with " … ", with whole quotations kept whole.
func (t *text) contentText(at *attribution) string {
	out := t.pieces(at, func(p string) string { return strings.TrimRight(p, ",;: ") })
	if at.direct {
		return out
	}
	if at.cue >= 0 && at.cue < len(t.toks) && t.quotedPredicate(at.cue, &t.sents[at.sent]) {
		// "Reed “stressed the importance of talks” in the call": the
		// words run on past the quotation's closing mark, which goes.
		if k := strings.IndexAny(out, "\"”"); k >= 0 {
			out = strings.TrimSpace(out[:k]) + out[k+len(string([]rune(out[k:])[0])):]
		}
	}
	out = cutOtherClause(t.lx, out)
	out = withoutOpeningTime(t.lx, out)
	// Words capitalised only because they opened the sentence.
	if w, _, _ := strings.Cut(out, " "); w != "" {
		lw := lang.Lower(w)
		// "That's because …", "There's another factor …": the word
		// before an English clitic.
		// (lang.Lower has made the apostrophe straight.)
		base, _, clitic := strings.Cut(lw, "'")
		lx := t.lx
		_, pron := lx.Pronouns[lw]
		// (Also a noun of people the article never writes with a
		// capital inside a sentence: "Says people who drink two cups
		// …"; not in a language that capitalises its nouns.)
		people := !lx.NounCaps && lx.Speakers[lw] != "" && !t.midCap[lw]
		// (And a word the article writes in lower case and never with a
		// capital inside a sentence: "Destaca que es por ello …", not
		// "… que Es por ello …".)
		common := t.lowerSeen[lw] && !t.midCap[lw]
		// (And a word of quantity or degree: "Says more than 3000 people
		// came", "Sagt, mehr als 30 Menschen …".)
		second, _, _ := strings.Cut(strings.TrimPrefix(out, w+" "), " ")
		count := lx.Set("quantifiers", lw) || lx.Set("comparatives", lw) || lx.Set("approx", lw) || lx.Set("approx", lw+" "+lang.Lower(second))
		// (Never the English "I", alone or with its clitic: "I'm
		// tired".)
		if w != lw && !lang.IsAcronym(w) && lw != "i" && base != "i" && (clitic && lx.Set("isclitic", base) || lx.Set("determiners", lw) || lx.Set("clause", lw) || lx.Set("prep", lw) || lx.Set("comp", lw) || lx.Set("negsubj", lw) || lx.Set("negation", lw) || lx.Set("subjunctivesubjects", lw) || lx.Set("freerel", lw) || pron || elided(lx, lw) || people || common || count) {
			out = lowerFirst(out)
		}
		// A relative clause's verb without its subject ("…, which they
		// said was due to …"): the bot supplies one.
		if (lx.Set("aux", lw) || lx.Set("passive", lw)) && t.afterRelative(at) {
			sub := "this"
			if lx.Set("pluralaux", lw) {
				sub = "they"
			}
			if p := lx.Phrase(sub); p != "" {
				out = p + " " + out
			}
		}
	}
	return out
}

// withoutOpeningTime drops a phrase of time that opens reported words
// before a comma ("On Monday, a child died …" is "a child died …"): after
// "Says" it would read as the time of the saying. A phrase of up to four
// words of time, prepositions, articles, adverbs and numbers, one of them
// a time word, before at least three words.
func withoutOpeningTime(lx *lang.Lexicon, content string) string {
	head, rest, ok := strings.Cut(content, ", ")
	ws := strings.Fields(head)
	if r, _ := utf8.DecodeRuneInString(content); !ok || !unicode.IsUpper(r) || len(ws) > 4 || len(strings.Fields(rest)) < 3 || strings.ContainsAny(head, "\"“”«»„") {
		return content // (only where the words open their sentence)
	}
	if !slices.ContainsFunc(ws, func(w string) bool { return isTimeWord(lx, lang.Lower(strings.Trim(w, ".,;:"))) }) {
		return content
	}
	for _, w := range ws {
		if l := lang.Lower(w); !isTimeWord(lx, l) && !lx.Set("prep", l) && !lx.Set("determiners", l) && !lx.Set("adverbs", l) && !isDigits(l) {
			return content // only times, prepositions, articles, adverbs and numbers: "In a rare move, …" stays
		}
	}
	return rest
}

// elided reports whether word l opens with one of the lexicon's elided
// clitics ("c'est", "l'un"): a function word, capitalised only because it
// opened the sentence.
func elided(lx *lang.Lexicon, l string) bool {
	for i, r := range l {
		if r == '\'' || r == '’' {
			return lx.Elisions[l[:i+utf8.RuneLen(r)]]
		}
	}
	return false
}

// afterRelative reports whether an attribution's cue sits in a relative
// clause ("…, which state media said were under control"): its words
// lack the subject the relative pronoun stood for.
func (t *text) afterRelative(at *attribution) bool {
	if at.cue < 0 || at.kind != cueVerb {
		return false
	}
	s := &t.sents[at.sent]
	for k := at.cue - 1; k >= s.body && at.cue-k < 8; k-- {
		if t.toks[k].kind != tWord {
			return false
		}
		if t.lx.Set("relpron", t.toks[k].l) {
			return true
		}
	}
	return false
}

// tightQuotes removes the spaces French typography puts inside
// guillemets.
var tightQuotes = strings.NewReplacer("« ", "«", " »", "»", "‹ ", "‹", " ›", "›")

// faithful reports whether a paraphrase from these words says what the
// sentence says: at least three words, starting where a clause can
// start (not inside a participle or prepositional phrase), not a lone
// fragment of a quotation.
func (t *text) faithful(at *attribution, content string) bool {
	ws := strings.Fields(content)
	// A refusal's or a whole verb's words are what it is about, not a
	// clause: few, and they may open with a preposition.
	about := at.verb.Refusal || at.verb.Whole
	if len(ws) < 3 && !(at.direct && len(ws) == 2 && t.wholeQuote(at)) && !about {
		// (but a whole quotation of two words: "“Perdemos tudo”, contou
		// X"; a refusal's verb of saying: "declined to comment"; what a
		// whole verb is about: "claimed responsibility for the attack")
		return false
	}
	if c := at.cue; c > 0 && at.verb.Noun && (t.toks[c-1].poss || t.lx.Set("possessive", t.toks[c-1].l)) {
		// "Hale's claim that he can still win surprised his aides":
		// the noun's words run on into the sentence's own verb, and only
		// the article's words say where they end.
		return false
	}
	if (at.how == "according" || t.lx.VerbSecond) && !at.direct && len(at.content) > 0 {
		// "Nach Angaben X wurden 37 Menschen …", "Wie die Polizei
		// mitteilte, wurden zwei Menschen verletzt": the finite verb
		// came right after the phrase or clause, and its subject after
		// the verb; the words alone are no clause to paraphrase.
		k := t.tokAt(at.content[0][0])
		if l := t.toks[k].l; t.toks[k].kind == tWord && !t.toks[k].cap &&
			(t.lx.Set("aux", l) || t.lx.Set("passive", l) || t.lx.Set("modal", l) || t.isVerb(k) ||
				at.how == "according" && t.lx.NounCaps && !t.lx.Set("determiners", l) && !t.lx.Set("comp", l) && !t.lx.Set("prep", l) && !t.subjectAfterComma(k)) {
			// (German writes its nouns with capitals: a lower-case word
			// right after the phrase, past the determiners, is the verb;
			// but a pronoun after a comma is a clause's subject: "Aus der
			// SPÖ hieß es, man werde …".)
			return false
		}
	}
	if at.direct || at.marked {
		return true
	}
	// Unmarked words ("X said the deal was dead"): they must not start
	// with a preposition or a gerund.
	lw := lang.Lower(strings.Trim(ws[0], "\"'“”«»„"))
	if t.lx.Set("prep", lw) && !t.lx.Set("determiners", lw) && !slices.Contains(at.verb.Takes, lw) && !about && !t.approxCount(ws) {
		// (What a refusal or a whole verb is about may open with one:
		// "did not respond to requests for comment", "would not comment
		// on the figures", "claimed responsibility for the attack".)
		return false
	}
	if v, ok := t.lx.Verbs[lw]; ok && v.Tags&lang.TagGerund != 0 {
		return false
	}
	return true
}

// approxCount reports whether words ws open with a count made
// approximate ([set approx]) before a number in digits: "at least 12
// houses had burned" opens with a preposition, but it is the clause's
// subject.
func (t *text) approxCount(ws []string) bool {
	for n := 2; n >= 1; n-- {
		if len(ws) > n && t.lx.Set("approx", lang.Lower(strings.Join(ws[:n], " "))) {
			w := strings.TrimLeft(ws[n], "$€£")
			return w != "" && w[0] >= '0' && w[0] <= '9'
		}
	}
	return false
}

// subjectAfterComma reports whether token k, after a comma, is a
// pronoun that can be a clause's subject ("…, man werde", "…, er habe").
func (t *text) subjectAfterComma(k int) bool {
	if k == 0 || t.toks[k-1].s != "," {
		return false
	}
	_, pron := t.lx.Pronouns[t.toks[k].l]
	return pron || t.lx.Set("subjunctivesubjects", t.toks[k].l)
}

// wholeQuote reports whether an attribution's words are one quotation
// that opens its sentence: what was said, not a fragment of it.
func (t *text) wholeQuote(at *attribution) bool {
	if len(at.content) != 1 {
		return false
	}
	k := t.tokAt(at.content[0][0])
	s := &t.sents[at.sent]
	return k < len(t.toks) && t.toks[k].kind == tQOpen && k == s.body
}

// startsWithComp reports whether content opens with a complementiser
// ("que …", "dass …", "that …").
func startsWithComp(lx *lang.Lexicon, content string) bool {
	w, _, _ := strings.Cut(content, " ")
	w = lang.Lower(strings.TrimRight(w, ",")) // (also "que, de haber sido atendido a tiempo, …")
	if lx.Set("comp", w) {
		return true
	}
	for e := range lx.Elisions {
		if strings.HasPrefix(w, e) && lx.Set("comp", e) {
			return true
		}
	}
	return false
}

// cutOtherClause cuts indirect speech before a clause joined to it with
// its own pronoun subject (", and he accused the network …"): that clause
// is the article's narration, often of someone else.
func cutOtherClause(lx *lang.Lexicon, s string) string {
	inQuote := false
	for i, r := range s {
		switch {
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			inQuote = !inQuote
		case (r == ',' || r == ';') && !inQuote:
			ws := strings.Fields(lang.Lower(s[i+1:]))
			if len(ws) >= 3 && lx.Set("coord", ws[0]) {
				if _, ok := lx.Pronouns[ws[1]]; ok {
					return strings.TrimSpace(s[:i])
				}
			}
		}
	}
	return s
}

// widenToQuote extends a span whose ends fall inside a quotation to the
// whole quotation, marks included.
func (t *text) widenToQuote(sp [2]int) [2]int {
	if k := t.tokAt(sp[0]); k < len(t.toks) && t.toks[k].q >= 0 {
		if q := t.qs[t.toks[k].q]; q.open < sp[0] {
			sp[0] = q.open
		}
	}
	if k := t.tokAt(sp[1]) - 1; k >= 0 && k < len(t.toks) && t.toks[k].q >= 0 {
		if e := quoteEnd(t.src, t.qs[t.toks[k].q]); e > sp[1] {
			sp[1] = e
		}
	}
	return sp
}

// quoteText is a direct attribution's words for the bot's quotation
// marks: each quoted piece without its marks, pieces joined with " … ".
func (t *text) quoteText(at *attribution) string {
	return t.pieces(at, func(p string) string { return strings.TrimRight(quoteBody(p), ",;:") })
}

// pieces returns the reported words of at, each piece as the article
// writes it (a piece inside a quotation widened to the whole quotation,
// unless the attribution itself is inside one) passed through tidy, the
// non-empty ones joined with " … ".
func (t *text) pieces(at *attribution, tidy func(string) string) string {
	var parts []string
	var spans [][2]int
	for _, sp := range at.content {
		if !t.inQuote(at) {
			sp = t.widenToQuote(sp)
		}
		if n := len(spans); n > 0 && sp[0] >= spans[n-1][0] && sp[0] < spans[n-1][1] {
			// The same quotation, widened from another sentence of it, or
			// one that overlaps it (a quotation going on into the next
			// paragraph, “… ¶ “…”): once.
			spans[n-1][1] = max(spans[n-1][1], sp[1])
			continue
		}
		spans = append(spans, sp)
	}
	for _, sp := range spans {
		if p := tidy(tightQuotes.Replace(flat(reopenedQuote(t.src[sp[0]:sp[1]])))); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " … ")
}

// reopenedQuote drops the quotation mark that reopens a quotation going
// on into a new paragraph after one that did not close it ("The plan is
// dead. ¶ “We will start again.”"): it marks no quotation of its own, and
// inside the bot's quotation marks it would read as one.
func reopenedQuote(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "\n")
		if i < 0 {
			break
		}
		j := i
		for j < len(s) && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		before := strings.TrimRight(s[:i], " \t\r")
		last, _ := utf8.DecodeLastRuneInString(before)
		b.WriteString(s[:j])
		if strings.Count(s[i:j], "\n") >= 2 && isQuoteMark(r) && !isQuoteMark(last) {
			j += n
		}
		s = s[j:]
	}
	b.WriteString(s)
	return b.String()
}

// quoteBody strips a quotation's outer marks and turns inner double marks
// into single ones.
func quoteBody(s string) string {
	s = strings.TrimSpace(s)
	// Two apostrophes stand for a double quotation mark in some
	// newspapers' text (''…'').
	for strings.HasPrefix(s, "''") {
		s = strings.TrimSpace(s[2:])
	}
	for strings.HasSuffix(strings.TrimRight(s, " ,;:.?!"), "''") {
		t := strings.TrimRight(s, " ,;:.?!")
		s = strings.TrimSpace(t[:len(t)-2]) + s[len(t):]
	}
	// Half of a '' mark left after the words' last punctuation
	// ("furious,'").
	for _, p := range []string{",'", ".'", "?'", "!'", ";'", ":'"} {
		if strings.HasSuffix(s, p) {
			s = strings.TrimSuffix(s, "'")
		}
	}
	// (Also a dialogue's dashes: "—Él no tiene nada que ver con eso —".)
	opened := false
	for {
		r, n := utf8.DecodeRuneInString(s)
		if !isQuoteMark(r) && !isDialogueDash(r) {
			break
		}
		opened = opened || isQuoteMark(r)
		s = strings.TrimLeft(s[n:], " ")
	}
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isQuoteMark(r) && !isDialogueDash(r) {
			break
		}
		s = strings.TrimRight(s[:len(s)-n], " ")
	}
	// The closing mark before the sentence's full stop (“… para nada”.,
	// the usual order in Spanish and Portuguese): it goes too, the stop
	// stays, when it is the one mark left without its pair.
	if body := strings.TrimRight(s, ".?!…"); opened && body != s {
		if r, n := utf8.DecodeLastRuneInString(body); isQuoteMark(r) && utf8.RuneCountInString(strings.Map(func(r rune) rune {
			if isQuoteMark(r) {
				return r
			}
			return -1
		}, body))%2 == 1 {
			s = strings.TrimRight(body[:len(body)-n], " ") + s[len(body):]
		}
	}
	return strings.TrimSpace(strings.TrimRight(innerQuotes(s), " ,;:"))
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‹', '›':
		return true
	}
	return false
}

// innerQuotes turns double quotation marks into single ones, so a text
// can sit inside the bot's own quotation marks.
func innerQuotes(s string) string {
	return strings.NewReplacer("\"", "'", "“", "‘", "”", "’", "«", "‹", "»", "›", "„", "‚").Replace(s)
}

// truncateWords cuts s to at most n words, closing an open quotation.
func truncateWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	out := strings.TrimRight(strings.Join(f[:n], " "), ",;:") + " …"
	if strings.Count(out, "\"")%2 == 1 {
		out += "\""
	}
	return out
}

// finishSentence makes sure a paraphrase ends with final punctuation.
func finishSentence(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if s == "" {
		return s
	}
	last, n := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?…", last) {
		return s
	}
	if isQuoteMark(last) || last == '\'' || last == '’' {
		p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if strings.ContainsRune(".!?…", p) {
			return s
		}
		if p == ',' {
			return s[:len(s)-n-1] + s[len(s)-n:] + "."
		}
	}
	return s + "."
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s // an acronym ("US troops") keeps its case
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r2, _ := utf8.DecodeRuneInString(s[n:]); n == 0 || unicode.IsUpper(r) || unicode.IsUpper(r2) {
		return s // (a brand in camel case, "xAI", keeps its case)
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// relativeContent reports whether, where nouns are capitalised, the
// words of a reporting verb's attribution are only a relative clause on
// the noun before them: a comma after a noun, then a relative pronoun
// that is no subject of a clause of its own, its verb not right after it
// ("Die Polizei warnt vor einem Clown, der das Land in Angst versetzt",
// "spricht von Dingen, die sie sich erhofft"). Such a clause tells what
// the noun is, not what the speaker said: the claim is the sentence in
// the article's words. (Not "Er sagte dem Reporter,
// das sei gut": the verb right after the pronoun opens a clause.)
func (t *text) relativeContent(at *attribution) bool {
	lx := t.lx
	if !lx.NounCaps || at.kind != cueVerb || len(at.content) == 0 {
		return false
	}
	k := t.tokAt(at.content[0][0])
	if k < 2 || k+1 >= len(t.toks) || t.toks[k].start != at.content[0][0] || t.toks[k].kind != tWord || !t.out(k) || !lx.Set("relpron", t.toks[k].l) {
		return false
	}
	if t.toks[k-1].s != "," || t.toks[k-2].kind != tWord || !t.toks[k-2].cap || t.toks[k-2].q >= 0 || k-2 == at.cue {
		return false
	}
	if n := &t.toks[k+1]; n.kind == tWord && (n.cap || t.isVerb(k+1) || t.subjunctive(k+1)) {
		return false // (nor an article before its noun: "…, die Hängepartie sei schlecht")
	}
	return true
}
