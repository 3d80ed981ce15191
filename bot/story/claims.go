package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// sourced is a claim with the source it came from.
type sourced struct {
	bot.Claim
	src int
}

// mergeClaims makes the story party of a group: each statement once, the
// first source's wording leading, with the other sources that report it
// (AlsoIn); the statements only one source of a language carries
// (OnlyHere); and the ones two sources report in contradiction
// (Conflicts).
func mergeClaims(g *group, srcs []*source, langCount map[string]int, mem *memo) bot.Party {
	name := partyName(g)
	p := bot.Party{Name: name, Aliases: aliases(g, name)}
	own := nameWords(g)
	var merged []sourced
	for _, m := range g.members {
		s := srcs[m.src]
		for _, c := range m.party.Claims {
			at, best := -1, 0.0
			for k, x := range merged {
				if x.src == m.src || reportedIn(x.Claim, s.id) {
					continue
				}
				sc := crossLanguage
				if srcs[x.src].code == s.code {
					sc = mem.sameStatement(x.Evidence, c.Evidence, s.lx, own)
				} else if !sameNumbers(x.Evidence, c.Evidence) {
					continue
				}
				if sc > best {
					at, best = k, sc
				}
			}
			if at >= 0 {
				merged[at].AlsoIn = append(merged[at].AlsoIn, bot.Reported{Source: s.id, Evidence: c.Evidence, Sentences: c.Sentences})
				continue
			}
			c.Source = s.id
			c.AlsoIn, c.Conflicts, c.OnlyHere = nil, nil, false
			merged = append(merged, sourced{Claim: c, src: m.src})
		}
	}
	// How many of the party's statements use each word: a word most of
	// them use ("government" in a union leader's) tells no matter apart.
	df := map[string]int{}
	if reportedByTwo(merged, srcs) {
		for _, c := range merged {
			for w := range mem.contentSet(reported(c.Claim), srcs[c.src].lx) {
				df[w]++
			}
		}
	}
	for i := range merged {
		if len(df) == 0 {
			break // one outlet's statements contradict no other's
		}
		for j := i + 1; j < len(merged); j++ {
			a, b := &merged[i], &merged[j]
			if a.src == b.src || srcs[a.src].code != srcs[b.src].code || !mem.contradicts(a.Claim, b.Claim, srcs[a.src].lx, own, df) {
				continue
			}
			a.Conflicts = append(a.Conflicts, bot.Reported{Source: b.Source, Claim: b.Claim.Claim, Evidence: b.Evidence, Sentences: b.Sentences})
			b.Conflicts = append(b.Conflicts, bot.Reported{Source: a.Source, Claim: a.Claim.Claim, Evidence: a.Evidence, Sentences: a.Sentences})
		}
	}
	for _, c := range merged {
		c.OnlyHere = len(c.AlsoIn) == 0 && langCount[srcs[c.src].code] >= 2
		p.Claims = append(p.Claims, c.Claim)
	}
	return p
}

// crossLanguage is the score of two statements in different languages
// that give the same numbers: below any statement in the same language.
const crossLanguage = 0.001

// sameNumbers reports whether two quotes give the same two or more
// numbers, and no other: the one way the merge matches statements across
// languages ("37 people were arrested and 14 were injured", "37 personnes
// ont été interpellées et 14 blessées"). Numbers are compared by their
// digits, so "4,000" is "4 000" and "4.2" is "4,2".
func sameNumbers(a, b string) bool {
	na, nb := digitNumbers(a), digitNumbers(b)
	return len(na) >= 2 && len(na) == len(nb) && subsetOf(na, nb)
}

// digitNumbers returns the numbers written in digits in s, each by its
// digits alone; digits joined by one separator (",", ".", a space) are one
// number.
func digitNumbers(s string) map[string]bool {
	out := map[string]bool{}
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			out[string(cur)] = true
			cur = cur[:0]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			cur = append(cur, c)
		case len(cur) > 0 && (c == ',' || c == '.' || c == ' ') && i+1 < len(s) && '0' <= s[i+1] && s[i+1] <= '9':
			// "4,000", "4 000", "4.2": one number
		default:
			flush()
		}
	}
	flush()
	return out
}

// reportedByTwo reports whether two outlets of one language give the
// party statements: only then may two of them contradict each other.
func reportedByTwo(merged []sourced, srcs []*source) bool {
	for i := range merged {
		for j := i + 1; j < len(merged); j++ {
			if merged[i].src != merged[j].src && srcs[merged[i].src].code == srcs[merged[j].src].code {
				return true
			}
		}
	}
	return false
}

// reportedIn reports whether source id already reports claim c.
func reportedIn(c bot.Claim, id string) bool {
	return slices.ContainsFunc(c.AlsoIn, func(r bot.Reported) bool { return r.Source == id })
}

// sameStatement scores whether two evidence quotes, in one language,
// report the same statement, 0 when they do not: they share a run of
// minRun words that are not the party's names nor titles (the same
// quotation, not the same "X, general secretary of the federation,"), or
// most of the content words of the shorter. The score is the share of
// the shorter quote's content words they share.
func (m *memo) sameStatement(a, b string, lx *lang.Lexicon, own map[string]bool) float64 {
	sa, sb := m.contentSet(a, lx), m.contentSet(b, lx)
	n := 0
	for w := range sa {
		if sb[w] {
			n++
		}
	}
	if n < 2 {
		return 0 // six words in a row hold two content words
	}
	share := float64(n) / float64(max(1, min(len(sa), len(sb))))
	if n >= minShared && share >= sameShare || commonRun(m.runWords(a, lx, own), m.runWords(b, lx, own)) >= minRun {
		return max(share, 0.01)
	}
	return 0
}

// runWords returns the folded words of s, the party's names and titles
// replaced by "" (which commonRun never matches).
func (m *memo) runWords(s string, lx *lang.Lexicon, own map[string]bool) []string {
	ws := slices.Clone(m.folded(s))
	for i, w := range ws {
		if _, title := lx.Titles[w]; own[w] || title {
			ws[i] = ""
		}
	}
	return ws
}

// The thresholds of sameStatement: a run of six words in a row is a
// quotation both carry; otherwise four content words, and six in ten of
// the shorter quote's.
const (
	minRun    = 6
	minShared = 4
	sameShare = 0.6
)

// contradicts reports whether two claims by one party, from two sources
// in one language, say opposite things about one matter:
//   - one negates what the other says: one is negated or a denial and the
//     other is not, and a word the negation governs (one of negReach words
//     after it, or any word of a denial) is in the other too, a word no
//     other statement of the party uses ("There will be no talks" against
//     "talks … would resume on Thursday"); or
//   - they give different numbers for one thing: each holds a number the
//     other does not, right before a word both hold after a number ("4.2
//     million marks a day" against "nearly 9 million marks a day").
func (m *memo) contradicts(a, b bot.Claim, lx *lang.Lexicon, own map[string]bool, df map[string]int) bool {
	if differentNumbers(reported(a), reported(b), lx) {
		return true
	}
	na, nb := negated(a, lx), negated(b, lx)
	if na == nb {
		return false
	}
	neg, other := a, b
	if nb {
		neg, other = b, a
	}
	theirs := set(m.content(reported(other), lx))
	scope, explicit := negScope(neg, lx)
	shared := 0
	for w := range scope {
		if theirs[w] && !own[w] && df[w] <= 2 {
			shared++
		}
	}
	// A denial names what it denies only roughly ("Denies accounts by
	// strikers that officers had used tear gas"): two words in common.
	return explicit && shared >= 1 || shared >= 2
}

// negReach is how many words after a word of negation it governs.
const negReach = 4

// negated reports whether a claim denies or negates: its stance is a
// denial, or what it reports holds a word of negation.
func negated(c bot.Claim, lx *lang.Lexicon) bool {
	return c.Stance == bot.StanceDeny || slices.ContainsFunc(words(reported(c)), func(w string) bool { return lx.Set("negation", w) })
}

// negScope returns the folded content words a claim's negation governs:
// those up to negReach words after a word of negation (explicit), or all
// of a denial's.
func negScope(c bot.Claim, lx *lang.Lexicon) (scope map[string]bool, explicit bool) {
	ws := words(reported(c))
	out := map[string]bool{}
	for i, w := range ws {
		if !lx.Set("negation", w) {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+negReach)] {
			if !isFunction(x, lx) {
				out[lang.Fold(x)] = true
			}
		}
	}
	if len(out) == 0 && c.Stance == bot.StanceDeny {
		return set(contentWords(reported(c), lx)), false
	}
	return out, true
}

// differentNumbers reports whether a and b give different numbers for the
// same thing: a word right after a number in both ("marks" in "4.2
// million marks" and "9 million marks", numbers and number words
// skipped), and each a number the other does not hold.
func differentNumbers(a, b string, lx *lang.Lexicon) bool {
	na, ua := numbers(a, lx)
	nb, ub := numbers(b, lx)
	if len(na) == 0 || len(nb) == 0 || !shares(ua, ub) {
		return false
	}
	return !subsetOf(na, nb) && !subsetOf(nb, na)
}

// numbers returns the numbers written in digits in s, and the words right
// after them (past the words of the set scalewords of lx, "million"; lx
// may be nil).
func numbers(s string, lx *lang.Lexicon) (nums, units map[string]bool) {
	nums, units = map[string]bool{}, map[string]bool{}
	ws := words(s)
	for i := 0; i < len(ws); i++ {
		if !isNumber(ws[i]) {
			continue
		}
		nums[ws[i]] = true
		j := i + 1
		for j < len(ws) && (isNumber(ws[j]) || lx != nil && lx.Set("scalewords", ws[j])) {
			j++
		}
		if j < len(ws) {
			units[lang.Fold(ws[j])] = true
		}
	}
	return nums, units
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.,") == "" && strings.ContainsAny(w, "0123456789")
}

func subsetOf(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// reported returns what a claim reports: its paraphrase, which holds the
// party's words without the evidence's "X said in a statement on
// Monday", or its evidence when it has none.
func reported(c bot.Claim) string {
	if c.Claim != "" {
		return c.Claim
	}
	return c.Evidence
}

// nameWords returns the folded words of a story party's names.
func nameWords(g *group) map[string]bool {
	out := map[string]bool{}
	for _, m := range g.members {
		for n := range m.keys.names {
			for _, w := range words(n) {
				out[w] = true
			}
		}
	}
	return out
}

func foldAll(ws []string) []string {
	for i, w := range ws {
		ws[i] = lang.Fold(w)
	}
	return ws
}

// commonRun returns the length of the longest run of words a and b share.
func commonRun(a, b []string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] != "" && a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

func set(ws []string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// mergeFacts returns the sources' facts, each statement once (the first
// source's), with its source. A fact is compared (sameStatement) only
// with the facts kept that share three of its long words: most share
// none, and the print of long words costs no more than reading the fact.
func mergeFacts(srcs []*source, mem *memo) []bot.Fact {
	var out []bot.Fact
	// index maps each long word, by language, to the facts kept that
	// hold it.
	type key struct {
		code string
		word uint64
	}
	index := map[key][]int{}
	for _, s := range srcs {
	facts:
		for _, f := range s.in.Briefing.Facts {
			ws := longWords(f.Evidence)
			shared := map[int]int{}
			for _, w := range ws {
				for _, k := range index[key{s.code, w}] {
					shared[k]++
				}
			}
			for k, n := range shared {
				if n >= minLongShared && mem.sameStatement(out[k].Evidence, f.Evidence, s.lx, nil) > 0 {
					continue facts
				}
			}
			f.Source = s.id
			for _, w := range ws {
				index[key{s.code, w}] = append(index[key{s.code, w}], len(out))
			}
			out = append(out, f)
		}
	}
	return out
}

// minLongShared is how many long words two facts must share to be
// compared: the same statement shares more (sameStatement wants four
// content words, or a run of six words).
const minLongShared = 3

// longWordLen is how many bytes make a word long (longWords).
const longWordLen = 5

// longWords returns the distinct words of s of longWordLen bytes or more,
// lower case, as FNV-1a hashes: a cheap print of a quote.
func longWords(s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	var out []uint64
	h, n := uint64(offset), 0
	flush := func() {
		if n >= longWordLen && !slices.Contains(out, h) {
			out = append(out, h)
		}
		h, n = offset, 0
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		lr := unicode.ToLower(r)
		n += utf8.RuneLen(lr)
		for x := lr; x > 0; x >>= 8 {
			h = (h ^ uint64(x&0xff)) * prime
		}
	}
	flush()
	return out
}

// memo keeps the words of each quote a merge compares, computed once:
// merging compares every quote with many others.
type memo struct {
	lowers   map[string][]string
	contents map[string][]string
	sets     map[string]map[string]bool
	folds    map[string][]string
}

func newMemo() *memo {
	return &memo{lowers: map[string][]string{}, contents: map[string][]string{}, sets: map[string]map[string]bool{}, folds: map[string][]string{}}
}

// words is words(s), once per quote.
func (m *memo) words(s string) []string {
	if ws, ok := m.lowers[s]; ok {
		return ws
	}
	ws := words(s)
	m.lowers[s] = ws
	return ws
}

// contentSet is the set of content(s, lx).
func (m *memo) contentSet(s string, lx *lang.Lexicon) map[string]bool {
	k := lx.Code + "\x00" + s
	if ws, ok := m.sets[k]; ok {
		return ws
	}
	ws := set(m.content(s, lx))
	m.sets[k] = ws
	return ws
}

// content is contentWords(s, lx), once per quote and language.
func (m *memo) content(s string, lx *lang.Lexicon) []string {
	k := lx.Code + "\x00" + s
	if ws, ok := m.contents[k]; ok {
		return ws
	}
	ws := contentOf(m.words(s), lx)
	m.contents[k] = ws
	return ws
}

// folded is the folded words of s, once per quote.
func (m *memo) folded(s string) []string {
	if ws, ok := m.folds[s]; ok {
		return ws
	}
	ws := foldAll(slices.Clone(m.words(s)))
	m.folds[s] = ws
	return ws
}
