// Package story merges the briefings of several outlets' articles on one
// story into one story briefing: each party once, matched across outlets
// by its names (and, for countries, by the gazetteer shared by every
// language); each statement once, with every outlet that reports it and
// its own evidence; the statements only one outlet carries; the ones
// outlets report in contradiction, side by side; and per outlet, the
// parties it quotes and the loaded words it uses in its own voice.
//
// It works on briefings already made and grounded, one per source, by
// whatever backend: merging costs no model call, and a source briefed
// before comes from the cache. Every evidence in the result is checked
// again, verbatim, against the source it names (Check).
package story

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// MaxSources bounds the sources of one story.
const MaxSources = 8

// Input is one source of a story: its article and the briefing made of it
// (already grounded), as a story thread keeps it.
type Input = bot.ThreadSource

// Merger merges story sources; the zero value is ready to use. It
// implements bot.StoryMerger.
type Merger struct {
	// Language, when set, is the language of the bot's own words;
	// otherwise the language most of the sources are in.
	Language string
}

var _ bot.StoryMerger = Merger{}

// Merge implements bot.StoryMerger.
func (m Merger) Merge(in []bot.ThreadSource, notes []string) *bot.Briefing {
	inputs := slices.DeleteFunc(slices.Clone(in), func(s Input) bool { return s.Article == nil || s.Briefing == nil })
	b := Merge(inputs, m.Language)
	b.Notes = slices.Concat(notes, b.Notes)
	return b
}

// source is one input with what the merge reads of it.
type source struct {
	id   string
	in   Input
	code string // language
	lx   *lang.Lexicon
}

// Merge makes the story briefing of the inputs, in their order (s1, s2,
// …). language is the language of the bot's own words, or "" for the
// sources' most common one.
func Merge(inputs []Input, language string) *bot.Briefing {
	srcs := make([]*source, len(inputs))
	count := map[string]int{}
	for i, in := range inputs {
		code := in.Briefing.Language
		if code == "" {
			code = lang.Default().Detect(in.Article.Text).Code
		}
		srcs[i] = &source{id: fmt.Sprintf("s%d", i+1), in: in, code: code, lx: lang.Default().Lexicon(code)}
		count[code]++
	}
	if language == "" {
		language = mostCommon(count, srcs)
	}
	out := &bot.Briefing{Language: language, Backend: backends(srcs)}
	for _, s := range srcs {
		a, b := s.in.Article, s.in.Briefing
		title := b.Title
		if title == "" {
			title = a.Title
		}
		out.Sources = append(out.Sources, bot.StorySource{ID: s.id, Title: title, Site: a.Site, URL: a.URL, Date: a.Published, Language: s.code})
		out.Stats.ClaimsDroppedUngrounded += b.Stats.ClaimsDroppedUngrounded
		out.Stats.ClaimsDroppedMisattributed += b.Stats.ClaimsDroppedMisattributed
		out.Stats.FactsDroppedUngrounded += b.Stats.FactsDroppedUngrounded
		if b.Stats.Usage != nil {
			if out.Stats.Usage == nil {
				out.Stats.Usage = &bot.Usage{}
			}
			out.Stats.Usage.Add(*b.Stats.Usage)
		}
	}
	if len(srcs) > 0 {
		out.Title = out.Sources[0].Title
		out.Source = srcs[0].in.Article.Source()
	}
	groups := matchParties(srcs)
	m := newMemo()
	for _, g := range groups {
		out.Parties = append(out.Parties, mergeClaims(g, srcs, count, m))
	}
	// The parties most sources quote first, then in order of appearance.
	slices.SortStableFunc(out.Parties, func(a, b bot.Party) int { return len(reporters(b)) - len(reporters(a)) })
	out.Facts = mergeFacts(srcs, m)
	out.Coverage = coverage(srcs, out.Parties)
	out.Summary = summary(srcs, out, language)
	out.Notes = notes(srcs, count, language)
	checkVerbatim(srcs, out)
	return out
}

// backends names the backends that briefed the sources.
func backends(srcs []*source) string {
	var out []string
	for _, s := range srcs {
		if b := s.in.Briefing.Backend; b != "" && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return strings.Join(out, ", ")
}

// mostCommon returns the language most sources are in, the first
// source's on a tie.
func mostCommon(count map[string]int, srcs []*source) string {
	best := ""
	for _, s := range srcs {
		if best == "" || count[s.code] > count[best] {
			best = s.code
		}
	}
	if best == "" {
		return "en"
	}
	return best
}

// checkVerbatim is Merge's own check, Check's with a fast path: an
// evidence found as it is in its source's text needs no normalising.
func checkVerbatim(srcs []*source, b *bot.Briefing) {
	text := map[string]string{}
	for _, s := range srcs {
		text[s.id] = s.in.Article.Text
	}
	chk := map[string]*ground.Checker{}
	filter(b, func(id, evidence string) bool {
		t, ok := text[id]
		if !ok || strings.TrimSpace(evidence) == "" {
			return false
		}
		if strings.Contains(t, evidence) {
			return true
		}
		if chk[id] == nil {
			chk[id] = ground.New(t)
		}
		return chk[id].Contains(evidence)
	})
}

// Check drops from b every claim, report and fact whose evidence is not
// verbatim in the source it names, and counts what it dropped. It is the
// story's grounding check: the inputs' briefings were checked already,
// and this makes sure no merge step moved evidence to the wrong source.
func Check(inputs []Input, b *bot.Briefing) {
	chk := map[string]*ground.Checker{}
	for i, in := range inputs {
		chk[fmt.Sprintf("s%d", i+1)] = ground.New(in.Article.Text)
	}
	check(chk, b)
}

// check is Check with each source's checker, by id.
func check(chk map[string]*ground.Checker, b *bot.Briefing) {
	filter(b, func(id, evidence string) bool {
		c := chk[id]
		return c != nil && strings.TrimSpace(evidence) != "" && c.Contains(evidence)
	})
}

// filter drops from b every claim, report and fact whose evidence ok
// refuses for the source it names, counting the claims and facts, and
// the parties left with no claim.
func filter(b *bot.Briefing, ok func(id, evidence string) bool) {
	keepReports := func(rs []bot.Reported) []bot.Reported {
		return slices.DeleteFunc(rs, func(r bot.Reported) bool { return !ok(r.Source, r.Evidence) })
	}
	for i := range b.Parties {
		p := &b.Parties[i]
		n := len(p.Claims)
		p.Claims = slices.DeleteFunc(p.Claims, func(c bot.Claim) bool { return !ok(c.Source, c.Evidence) })
		b.Stats.ClaimsDroppedUngrounded += n - len(p.Claims)
		for k := range p.Claims {
			p.Claims[k].AlsoIn = keepReports(p.Claims[k].AlsoIn)
			p.Claims[k].Conflicts = keepReports(p.Claims[k].Conflicts)
		}
	}
	b.Parties = slices.DeleteFunc(b.Parties, func(p bot.Party) bool { return len(p.Claims) == 0 })
	n := len(b.Facts)
	b.Facts = slices.DeleteFunc(b.Facts, func(f bot.Fact) bool { return !ok(f.Source, f.Evidence) })
	b.Stats.FactsDroppedUngrounded += n - len(b.Facts)
}

// words returns the lower-case words of s: letters and digits, with inner
// hyphens and apostrophes kept.
func words(s string) []string {
	out := make([]string, 0, len(s)/6)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if f := strings.Trim(s[start:end], "-'’"); f != "" {
			out = append(out, lowerWord(f))
		}
		start = -1
	}
	for i, r := range s {
		if r < utf8.RuneSelf {
			c := s[i] // the rune is this one byte
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '\'' {
				if start < 0 {
					start = i
				}
				continue
			}
			flush(i)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// lowerWord lowers a word, without a copy when it is lower case ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// contentWords returns the folded words of s that carry content in
// language lx: three letters or more (or digits), and not function words.
func contentWords(s string, lx *lang.Lexicon) []string { return contentOf(words(s), lx) }

// contentOf is contentWords of words already split.
func contentOf(ws []string, lx *lang.Lexicon) []string {
	var out []string
	for _, w := range ws {
		if isFunction(w, lx) || len([]rune(w)) < 3 && !unicode.IsDigit([]rune(w)[0]) {
			continue
		}
		out = append(out, lang.Fold(w))
	}
	return out
}

// functionSets are the lexicon's sets of words that carry no content.
var functionSets = []string{"determiners", "pluraldeterminers", "definite", "possessive", "quantifiers", "aux", "passive",
	"pluralaux", "modal", "inf", "comp", "relpron", "clause", "subord", "coord", "prep", "of", "by", "adverbs", "time"}

func isFunction(w string, lx *lang.Lexicon) bool {
	if lx == nil {
		return false
	}
	fs, ok := functionWords.Load(lx)
	if !ok {
		m := map[string]bool{}
		for p := range lx.Pronouns {
			m[p] = true
		}
		for _, s := range functionSets {
			for x := range lx.Sets[s] {
				m[x] = true
			}
		}
		fs, _ = functionWords.LoadOrStore(lx, m)
	}
	return fs.(map[string]bool)[w]
}

// functionWords holds each lexicon's function words (functionSets and
// pronouns) in one set.
var functionWords sync.Map

// reporters returns the ids of the sources that report a party's claims.
func reporters(p bot.Party) []string {
	var out []string
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, c := range p.Claims {
		add(c.Source)
		for _, r := range c.AlsoIn {
			add(r.Source)
		}
	}
	return out
}
