package eval

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/ground"
)

// evidence is an evidence string prepared for matching.
type evidence struct {
	norm  string          // ground.Normalize of the string
	lower string          // norm, lower-cased
	words map[string]bool // distinct lower-cased words
	nw    int             // number of words (with repeats)
	spans []span          // every occurrence in the normalised article
}

// span is a byte range [start, end) of the normalised article.
type span struct{ start, end int }

// locator finds evidence strings in one article.
type locator struct {
	article string // ground.Normalize of the article text
}

func newLocator(articleText string) *locator {
	return &locator{article: ground.Normalize(articleText)}
}

func (l *locator) evidence(s string) evidence {
	n := ground.Normalize(s)
	ws := wordTokens(n)
	e := evidence{norm: n, lower: strings.ToLower(n), nw: len(ws), words: make(map[string]bool, len(ws))}
	for _, w := range ws {
		e.words[w] = true
	}
	if n == "" {
		return e
	}
	for i := 0; i < len(l.article); {
		j := strings.Index(l.article[i:], n)
		if j < 0 {
			break
		}
		e.spans = append(e.spans, span{i + j, i + j + len(n)})
		i += j + 1
	}
	return e
}

// sameSentence reports whether two evidence strings refer to the same
// passage of the article. Strings of fewer than MinEvidenceWords words never
// match. When both are found in the article, they match when their
// positions overlap by at least half the length of the shorter one (so one
// containing the other always matches, and two different sentences that
// happen to share words never do). Otherwise (a predicted evidence string
// that is not in the article) they match when the lower-cased text of one
// contains the other's, or when the distinct words they share are at least
// half the distinct words of the one with fewer.
func sameSentence(a, b evidence) bool {
	if a.nw < MinEvidenceWords || b.nw < MinEvidenceWords {
		return false
	}
	if len(a.spans) > 0 && len(b.spans) > 0 {
		for _, x := range a.spans {
			for _, y := range b.spans {
				ov := min(x.end, y.end) - max(x.start, y.start)
				if ov > 0 && 2*ov >= min(x.end-x.start, y.end-y.start) {
					return true
				}
			}
		}
		return false
	}
	if strings.Contains(a.lower, b.lower) || strings.Contains(b.lower, a.lower) {
		return true
	}
	small, large := a.words, b.words
	if len(small) > len(large) {
		small, large = large, small
	}
	shared := 0
	for w := range small {
		if large[w] {
			shared++
		}
	}
	return len(small) > 0 && 2*shared >= len(small)
}

// wordTokens returns the lower-cased runs of letters and digits of s.
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Name matching.
//
// A name is reduced to a key: normalised (ground.Normalize), lower-cased,
// common Latin diacritics removed ("Erdoğan" = "erdogan"), possessives
// dropped ("Erdogan's office" = "erdogan office"), split into words on
// anything that is not a letter or digit, runs of single letters joined
// ("U.S." = "US"), and a leading "the" removed.
// Two keys match exactly when they are equal, and by containment when the
// shorter is a contiguous run of whole words of the longer ("hong lei" in
// "chinese foreign ministry spokesman hong lei"), unless every word of the
// shorter is a generic word such as "government" or "spokesman" (then only
// equality counts).

const (
	noMatch       = 0
	containsMatch = 1
	exactMatch    = 2
)

// nameKey returns the match key of a name.
func nameKey(s string) []string {
	s = strings.ToLower(ground.Normalize(s))
	var b strings.Builder
	for _, r := range s {
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	fields := strings.FieldsFunc(b.String(), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	var key []string
	for _, f := range fields {
		f = strings.TrimSuffix(f, "'s")
		f = strings.ReplaceAll(f, "'", "")
		if f != "" {
			key = append(key, f)
		}
	}
	key = joinInitials(key)
	if len(key) > 1 && key[0] == "the" {
		key = key[1:]
	}
	return key
}

// joinInitials merges runs of single-letter words, so that "U.S." and
// "US" give the same key.
func joinInitials(key []string) []string {
	out := key[:0]
	run := ""
	flush := func() {
		if run != "" {
			out = append(out, run)
			run = ""
		}
	}
	for _, w := range key {
		if len([]rune(w)) == 1 {
			run += w
			continue
		}
		flush()
		out = append(out, w)
	}
	flush()
	return out
}

// nameScore compares two name keys: exactMatch, containsMatch or noMatch.
func nameScore(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return noMatch
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		for i := range a {
			if a[i] != b[i] {
				return noMatch
			}
		}
		return exactMatch
	}
	generic := true
	for _, w := range a {
		if !genericWords[w] {
			generic = false
			break
		}
	}
	if generic {
		return noMatch
	}
	for i := 0; i+len(a) <= len(b); i++ {
		ok := true
		for j := range a {
			if b[i+j] != a[j] {
				ok = false
				break
			}
		}
		if ok {
			return containsMatch
		}
	}
	return noMatch
}

// bestNameScore returns the best nameScore between any key of as and any
// of bs.
func bestNameScore(as, bs [][]string) int {
	best := noMatch
	for _, a := range as {
		for _, b := range bs {
			if s := nameScore(a, b); s > best {
				best = s
				if best == exactMatch {
					return best
				}
			}
		}
	}
	return best
}

// sameSpeaker reports whether a predicted speaker names the gold speaker:
// their names match (exactly or by containment) or they share a word that
// is not generic ("Chinese Defense Ministry" and "defense ministry" share
// "defense").
func sameSpeaker(pred, gold string) bool {
	p, g := nameKey(pred), nameKey(gold)
	if nameScore(p, g) != noMatch {
		return true
	}
	for _, w := range p {
		if genericWords[w] {
			continue
		}
		for _, v := range g {
			if w == v {
				return true
			}
		}
	}
	return false
}

// genericWords are words that do not identify a party on their own.
var genericWords = map[string]bool{
	"a": true, "an": true, "and": true, "at": true, "by": true, "for": true, "from": true,
	"in": true, "of": true, "on": true, "the": true, "to": true, "with": true, "his": true,
	"her": true, "its": true, "their": true, "former": true, "new": true, "other": true,
	"several": true, "multiple": true, "some": true, "one": true, "number": true,
	"administration": true, "affairs": true, "agencies": true, "agency": true,
	"ambassador": true, "army": true, "associates": true, "chancellor": true,
	"commission": true, "committee": true, "company": true, "council": true, "court": true,
	"daily": true, "department": true, "embassy": true,
	"federal": true, "forces": true, "foreign": true, "general": true, "government": true,
	"group": true, "groups": true, "hospital": true, "intelligence": true,
	"international": true, "leader": true, "leaders": true, "media": true, "members": true,
	"military": true, "minister": true, "ministers": true, "ministry": true, "national": true,
	"network": true, "news": true, "notice": true, "office": true, "official": true,
	"officials": true, "organisers": true, "organizers": true, "party": true, "people": true,
	"police": true, "president": true, "press": true, "prime": true, "protesters": true,
	"report": true, "representatives": true, "secretary": true, "security": true,
	"senate": true, "senator": true, "senators": true, "service": true, "source": true,
	"sources": true, "spokesman": true, "spokesperson": true, "spokeswoman": true,
	"state": true, "statement": true, "united": true, "users": true,
}

// fold maps lower-case Latin letters with diacritics to their base letters.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'į': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}
