// Package ground checks that a briefing says nothing the article does not:
// every evidence string must be a verbatim substring of the article, and the
// names and numbers in each paraphrase must appear in its evidence. It runs
// on every briefing, from every backend, before anything is shown.
package ground

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// Normalize folds the differences the grounding check forgives: typographic
// quotes and apostrophes become ASCII, non-breaking and other spaces become
// one space, runs of whitespace collapse, and the ends are trimmed.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u0060', '\u00b4':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
			r = '"'
		case '\u2026':
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString("...")
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			space = b.Len() > 0
			continue
		}
		if r == utf8.RuneError || unicode.IsControl(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Checker checks evidence against one article. Build it once per article;
// it is safe for concurrent use.
type Checker struct {
	norm  string // normalised article text
	lower string // lower-cased normalised text, for name look-ups
}

// New returns a Checker for the article text.
func New(articleText string) *Checker {
	n := Normalize(articleText)
	return &Checker{norm: n, lower: strings.ToLower(n)}
}

// Contains reports whether evidence is a non-empty verbatim substring of the
// article, after normalisation.
func (c *Checker) Contains(evidence string) bool {
	e := Normalize(evidence)
	return e != "" && strings.Contains(c.norm, e)
}

// Mentions reports whether every name word of s appears somewhere in the
// article (case-insensitive). It is used for speakers, who may be named in
// another sentence than their words ("he added").
func (c *Checker) Mentions(s string) bool {
	for _, w := range nameWords(s, false) {
		if !containsWord(c.lower, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// Supported reports whether the paraphrase's names and numbers all appear
// in the evidence, and which one does not when it returns false.
func Supported(paraphrase, evidence string) (bool, string) {
	paraphrase = Normalize(paraphrase)
	ev := strings.ToLower(Normalize(evidence))
	for _, w := range nameWords(paraphrase, true) {
		if !containsWord(ev, strings.ToLower(w)) {
			return false, w
		}
	}
	evNums := numbers(ev)
	for n := range numbers(paraphrase) {
		if !evNums[n] {
			return false, n
		}
	}
	return true, ""
}

// Check removes from b every claim and fact that is not grounded in the
// article, counts them in b.Stats, and removes parties left without
// claims. It returns the number of items removed.
func (c *Checker) Check(b *bot.Briefing) int {
	dropped := 0
	parties := b.Parties[:0]
	for _, p := range b.Parties {
		claims := p.Claims[:0]
		for _, cl := range p.Claims {
			if c.claimOK(cl) {
				claims = append(claims, cl)
				continue
			}
			b.Stats.ClaimsDroppedUngrounded++
			dropped++
		}
		p.Claims = claims
		if len(p.Claims) > 0 {
			parties = append(parties, p)
		}
	}
	b.Parties = parties
	facts := b.Facts[:0]
	for _, f := range b.Facts {
		if ok, _ := Supported(f.Text, f.Evidence); ok && c.Contains(f.Evidence) {
			facts = append(facts, f)
			continue
		}
		b.Stats.FactsDroppedUngrounded++
		dropped++
	}
	b.Facts = facts
	return dropped
}

func (c *Checker) claimOK(cl bot.Claim) bool {
	if !c.Contains(cl.Evidence) {
		return false
	}
	if ok, _ := Supported(cl.Claim, cl.Evidence); !ok {
		return false
	}
	if cl.Speaker != "" && !c.Mentions(cl.Speaker) {
		return false
	}
	switch cl.Stance {
	case bot.StanceAssert, bot.StanceDeny, bot.StanceAccuse, bot.StanceOther:
	default:
		return false
	}
	return true
}

// voice lists capitalised words the bot's own paraphrases start with or
// use, which are not names to look for in the evidence.
var voice = map[string]bool{
	"Says": true, "Denies": true, "Accuses": true, "Rejects": true, "Warns": true,
	"Claims": true, "Insists": true, "Adds": true, "Reports": true, "States": true,
	"Calls": true, "Argues": true, "Confirms": true, "Asks": true, "Urges": true,
	"Disputes": true, "Blames": true, "Alleges": true, "Concludes": true, "Plans": true,
	"Describes": true, "Notes": true, "Quoted": true, "Per": true, "According": true,
	"The": true, "A": true, "An": true, "It": true, "They": true, "He": true, "She": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "We": true,
	"I": true, "In": true, "On": true, "Of": true, "And": true, "But": true, "Its": true,
	"Their": true, "His": true, "Her": true, "Our": true, "To": true, "As": true, "At": true,
	"By": true, "For": true, "With": true, "From": true, "If": true, "Not": true, "No": true,
}

// nameWords returns the capitalised words of s that look like names: not
// the bot's own voice words and, when skipInitial is set, not the first
// word of a sentence.
func nameWords(s string, skipInitial bool) []string {
	var out []string
	initial := true
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		end := strings.ContainsAny(f[len(f)-1:], ".!?:")
		if w != "" {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && !voice[w] && (!skipInitial || !initial) {
				out = append(out, w)
			}
			initial = false
		}
		if end {
			initial = true
		}
	}
	return out
}

// containsWord reports whether w occurs in s at word boundaries (both
// lower-cased by the caller).
func containsWord(s, w string) bool {
	for i := 0; ; {
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
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// numbers returns the numbers written in s with digits, with thousands
// separators removed ("40,000" → "40000").
func numbers(s string) map[string]bool {
	out := map[string]bool{}
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out[strings.TrimRight(cur.String(), ".")] = true
			cur.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsDigit(r):
			cur.WriteRune(r)
		case (r == ',' || r == '.') && cur.Len() > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			if r == '.' {
				cur.WriteRune(r)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}
