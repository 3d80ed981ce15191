// Package ground checks that a briefing says nothing the article does not:
// every evidence string must be a verbatim substring of the article, and the
// names and numbers in each paraphrase must appear in its evidence. It runs
// on every briefing, from every backend, before anything is shown.
package ground

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
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
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u0060', '\u00b4', '\u2039', '\u203a':
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
// article (case-insensitive; acronyms exactly). It is used for speakers and
// party names, who may be named in another sentence than their words ("he
// added").
func (c *Checker) Mentions(s string) bool {
	for _, w := range nameWords(Normalize(s)) {
		if !hasName(c.norm, c.lower, w) {
			return false
		}
	}
	return true
}

// QuotesIn reports whether every quotation in s (text between straight or
// typographic double quotes) is verbatim in the article, and which one is
// not when it returns false. A quotation cut with an ellipsis is checked
// piece by piece.
func (c *Checker) QuotesIn(s string) (bool, string) {
	return quotesIn(Normalize(s), c.norm)
}

// Supported reports whether the paraphrase says nothing its evidence does
// not: every capitalised name word (except the bot's own opening verb and
// function words) and every number appears in the evidence, and every
// quotation in the paraphrase is verbatim in the evidence. It returns what
// is missing when it returns false.
func Supported(paraphrase, evidence string) (bool, string) {
	paraphrase = Normalize(paraphrase)
	evN := Normalize(evidence)
	ev := strings.ToLower(evN)
	for i, w := range nameWords(paraphrase) {
		if i == 0 && openingVerb(paraphrase, w) || botWords()[w] {
			continue
		}
		if !hasName(evN, ev, w) {
			return false, w
		}
	}
	evNums := numbers(ev)
	for n := range numbers(paraphrase) {
		if !evNums[n] {
			return false, n
		}
	}
	if ok, q := quotesIn(paraphrase, evN); !ok {
		return false, q
	}
	return true, ""
}

// openingVerb reports whether w, the first capitalised word of s, is the
// bot's verb that opens a paraphrase ("Says", "Criticises"): the very first
// word, a known voice word or a third-person verb form.
func openingVerb(s, w string) bool {
	if !strings.HasPrefix(strings.TrimLeft(s, " \"'("), w) {
		return false
	}
	return voice[w] || langVoice()[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && strings.ToUpper(w) != w
}

// langVoice returns the words the bot's paraphrase verbs start with in
// every language of the offline lexicons ("Dit", "Niega", "Sagt").
var langVoice = sync.OnceValue(func() map[string]bool { return lang.Default().VoiceWords() })

// botWords returns the capitalised words of the bot's own phrases in
// every language ("Artikels", "Worten"): they are not names to find in
// the evidence.
var botWords = sync.OnceValue(func() map[string]bool { return lang.Default().BotWords() })

// hasName reports whether name word w occurs in the text (norm, and lower
// its lower-cased form): acronyms ("US", "UN") exactly, other words in any
// case.
func hasName(norm, lower, w string) bool {
	if lang.IsAcronym(w) {
		return containsWord(norm, w)
	}
	return containsWord(lower, strings.ToLower(w))
}

// quotesIn checks the quotations of s (normalised) against text
// (normalised). Quotation marks and apostrophes themselves are not
// compared, so a quotation nested in another may be marked either way.
func quotesIn(s, text string) (bool, string) {
	parts := strings.Split(s, `"`)
	if len(parts) < 3 {
		return true, ""
	}
	bare := quoteMarks.Replace(text)
	for i := 1; i+1 < len(parts); i += 2 {
		for _, piece := range strings.Split(parts[i], "...") {
			piece = strings.Trim(piece, " ,.;:!?'")
			if piece == "" {
				continue
			}
			if !strings.Contains(bare, quoteMarks.Replace(piece)) {
				return false, `"` + piece + `"`
			}
		}
	}
	return true, ""
}

var quoteMarks = strings.NewReplacer(`"`, "", "'", "")

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
		if len(p.Claims) == 0 {
			continue
		}
		if !c.nameParty(&p) {
			b.Stats.ClaimsDroppedUngrounded += len(p.Claims)
			dropped += len(p.Claims)
			continue
		}
		parties = append(parties, p)
	}
	b.Parties = parties
	// Notes and the summary are the bot's voice: any quotation in them must
	// be the article's own words.
	notes := b.Notes[:0]
	for _, n := range b.Notes {
		if ok, _ := c.QuotesIn(n); ok {
			notes = append(notes, n)
		}
	}
	b.Notes = notes
	if ok, _ := c.QuotesIn(b.Summary); !ok {
		b.Summary = ""
	}
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

// nameParty keeps only the aliases the article uses, and if the party's
// name is not the article's, renames it after an alias or a speaker that
// is. It reports false when nothing the article says names the party.
func (c *Checker) nameParty(p *bot.Party) bool {
	aliases := p.Aliases[:0]
	for _, a := range p.Aliases {
		if strings.TrimSpace(a) != "" && c.Mentions(a) {
			aliases = append(aliases, a)
		}
	}
	p.Aliases = aliases
	if strings.TrimSpace(p.Name) != "" && c.Mentions(p.Name) {
		return true
	}
	// "United States (Mike Pompeo)" where the article says "US": keep the
	// members, named the article's way.
	_, members, hasMembers := strings.Cut(p.Name, " (")
	members = strings.TrimSuffix(members, ")")
	keepMembers := hasMembers && members != "" && c.Mentions(members)
	for _, a := range p.Aliases {
		switch {
		case !keepMembers:
			p.Name = a
		case strings.Contains(strings.ToLower(members), strings.ToLower(a)), strings.Contains(strings.ToLower(a), strings.ToLower(members)):
			continue // a member's own name: no country to add
		default:
			p.Name = a + " (" + members + ")"
		}
		return true
	}
	if keepMembers {
		p.Name = members
		return true
	}
	for _, cl := range p.Claims {
		if strings.TrimSpace(cl.Speaker) != "" {
			p.Name = cl.Speaker
			return true
		}
	}
	return false
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

// voice lists the verbs the bot's paraphrases open with ("Says …"): not
// names, when they come first.
var voice = words(`Says Denies Accuses Rejects Warns Claims Insists Adds Reports States Calls
	Argues Confirms Asks Urges Disputes Blames Alleges Concludes Plans Describes Notes Quoted
	Criticises Criticizes Appeals Acknowledges Suggests Replies Repeats Predicts Praises Pledges
	Defends Declares Condemns Apologises Apologizes Writes Welcomes Threatens Thanks Testifies
	Signals Responds Requests Regrets Recounts Recommends Recalls Quotes Questions Publishes
	Protests Proposes Promises Mentions Invites Expresses Estimates Encourages Demands Comments
	Cites Cautions Announces Agrees Advises Accepts Explains Emphasises Emphasizes Stresses
	Maintains Believes Vows Admits Reveals Reiterates Objects Contends Asserts Tells Orders
	Condemn Deny Say Accuse Reject Warn Call Urge`)

// functionWords are capitalised words that are never names.
var functionWords = words(`The A An It They He She This That These Those There We I In On Of And
	But Its Their His Her Our To As At By For With From If Not No Per According Yes You Your
	My Me Us Them Him When Where While After Before Since Because Although Though So Or Nor
	Then Now Also Still Yet All Some Any Each Every Both Either Neither One Two Three Many Most
	More Several Such What Which Who Whom Whose Why How Is Are Was Were Be Been Has Have Had Do
	Does Did Will Would Can Could Should May Might Must Shall Let Please Oh Mr Mrs Ms Dr`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameWords returns the capitalised words of s that may be names, in order:
// every capitalised word except the function words in voice.
func nameWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !functionWords[w] {
			out = append(out, w)
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
