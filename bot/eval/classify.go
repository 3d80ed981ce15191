package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Failure classes, counted in Result.Failures. A missed gold claim, a
// misattributed predicted claim and a predicted party that is no gold
// party each get one class, so a report says what kind of mistake to
// work on.
const (
	// FailNotFound: a gold claim whose sentence no predicted claim is on.
	FailNotFound = "missed: no claim on the sentence"
	// FailOtherParty: a predicted claim on a gold sentence under a party
	// that maps to another gold party (words in the wrong mouth).
	FailOtherParty = "wrong party: another party's claim"
	// FailNotAParty: a predicted claim on a gold sentence under a party
	// that maps to no gold party.
	FailNotAParty = "wrong party: not a party of the article"
	// Predicted parties that map to no gold party, by what they look like.
	FailNegated      = "spurious party: negated or quantified subject"
	FailFurniture    = "spurious party: caption or page furniture"
	FailHeader       = "spurious party: header, dateline or capitalised word"
	FailGeneric      = "spurious party: generic noun"
	FailOutletFacts  = "spurious party: outlet's own statements"
	FailOtherParties = "spurious party: other"
)

// classifySpurious names the likely cause of a predicted party that maps
// to no gold party.
func classifySpurious(c Case, p bot.Party, factsOnly bool) string {
	lx := lang.Default().Lexicon(c.Lang())
	name := strings.TrimSpace(p.Name)
	fields := strings.Fields(lang.Lower(name))
	if len(fields) == 0 {
		return FailOtherParties
	}
	if lx.Set("negsubj", fields[0]) || len(fields) > 1 && lx.Set("negsubj", fields[0]+" "+fields[1]) {
		return FailNegated
	}
	for _, f := range lx.Furniture {
		if fw := strings.Fields(f); len(fw) > 0 && strings.Trim(fw[0], ":") == fields[0] {
			return FailFurniture
		}
	}
	if len(fields) == 1 {
		w := strings.Fields(name)[0]
		if isAllCaps(w) && utf8.RuneCountInString(w) > 3 || onlyAtSentenceStart(c.ArticleText, w) {
			return FailHeader
		}
		if lx.Set("orgwords", fields[0]) || lx.Speakers[fields[0]] != "" || strings.Contains(lang.Lower(c.ArticleText), " "+fields[0]+" ") {
			return FailGeneric
		}
	}
	if factsOnly {
		return FailOutletFacts
	}
	return FailOtherParties
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// onlyAtSentenceStart reports whether every occurrence of w in text opens a
// line or follows a sentence end.
func onlyAtSentenceStart(text, w string) bool {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			break
		}
		j += i
		i = j + len(w)
		before := strings.TrimRight(text[:j], " \t\"“‘'«„(")
		if before != "" && !strings.HasSuffix(before, "\n") && !strings.ContainsAny(before[len(before)-1:], ".!?:") {
			return false
		}
		n++
	}
	return n > 0
}

// loadedLeaks counts the loaded words of the article's language that the
// briefing uses in its own voice: in the summary, party names, claim
// paraphrases and fact texts, outside quotation marks.
func loadedLeaks(c Case, b *bot.Briefing) int {
	lx := lang.Default().Lexicon(c.Lang())
	n := 0
	count := func(s string) {
		for _, w := range strings.FieldsFunc(lang.Lower(unquoted(s)), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-' && r != '\''
		}) {
			if _, ok := lx.Loaded[strings.Trim(w, "-'")]; ok {
				n++
			}
		}
	}
	count(b.Summary)
	for _, p := range b.Parties {
		count(p.Name)
		for _, cl := range p.Claims {
			count(cl.Claim)
		}
	}
	for _, f := range b.Facts {
		count(f.Text)
	}
	return n
}

// unquoted returns s without its quotations (text between double
// quotation marks of any kind).
func unquoted(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '"':
			depth ^= 1
			continue
		case '“', '«', '„':
			depth = 1
			continue
		case '”', '»':
			depth = 0
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}
