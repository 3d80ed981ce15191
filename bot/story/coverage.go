package story

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// coverage returns, per source, the story parties it quotes, the claims
// only it carries and the loaded words of its own voice.
func coverage(srcs []*source, parties []bot.Party) []bot.Coverage {
	out := make([]bot.Coverage, len(srcs))
	for i, s := range srcs {
		c := bot.Coverage{Source: s.id, Parties: []string{}, OnlyHere: []string{}, Loaded: loadedWords(s)}
		for _, p := range parties {
			quoted := false
			for _, cl := range p.Claims {
				quoted = quoted || cl.Source == s.id || reportedIn(cl, s.id)
				if cl.Source == s.id && cl.OnlyHere {
					c.OnlyHere = append(c.OnlyHere, cl.Claim)
				}
			}
			if quoted {
				c.Parties = append(c.Parties, p.Name)
			}
		}
		out[i] = c
	}
	return out
}

// loadedWords returns the loaded words of the lexicon (regime, thugs,
// so-called …) that source s uses in its own voice: outside quotation
// marks, in sentences its briefing attributes to no one. Each word once,
// as written, in order.
func loadedWords(s *source) []string {
	if !mayHoldLoaded(strings.ToLower(s.in.Article.Text), s.lx) {
		return []string{} // most outlets: not one loaded word
	}
	d := doc.Parse(s.in.Article.Text)
	reported := map[int]bool{}
	var evidence []string // of claims that name no sentence
	for _, p := range s.in.Briefing.Parties {
		for _, c := range p.Claims {
			for _, n := range c.Sentences {
				reported[n] = true
			}
			if len(c.Sentences) == 0 {
				evidence = append(evidence, ground.Normalize(c.Evidence))
			}
		}
	}
	out := []string{}
	seen := map[string]bool{}
	for _, st := range d.Sentences {
		if reported[st.N] {
			continue
		}
		if len(evidence) > 0 {
			norm := ground.Normalize(st.Text)
			if slices.ContainsFunc(evidence, func(e string) bool { return e != "" && (strings.Contains(norm, e) || strings.Contains(e, norm)) }) {
				continue
			}
		}
		if !mayHoldLoaded(strings.ToLower(st.Text), s.lx) {
			continue // most sentences: no loaded word at all
		}
		ws := words(unquoted(st.Text, s.lx))
		starts := phraseStarts(s.lx)
		for i, w := range ws {
			if _, ok := s.lx.Loaded[w]; ok && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
			for n := 2; n <= 3 && i+n <= len(ws) && starts[w]; n++ {
				if k := strings.Join(ws[i:i+n], " "); !seen[k] {
					if _, ok := s.lx.Loaded[k]; ok {
						seen[k] = true
						out = append(out, k)
					}
				}
			}
		}
	}
	return out
}

// unquoted returns text with its quotations blanked out: what the outlet
// says in its own voice.
func unquoted(text string, lx *lang.Lexicon) string {
	var b strings.Builder
	var closer []rune // the marks that close the open quotations
	for _, r := range text {
		if n := len(closer); n > 0 && r == closer[n-1] {
			closer = closer[:n-1]
			b.WriteRune(' ')
			continue
		}
		if c, ok := lx.Quotes[r]; ok {
			closer = append(closer, c)
			b.WriteRune(' ')
			continue
		}
		if r == '"' {
			closer = append(closer, '"')
			b.WriteRune(' ')
			continue
		}
		if len(closer) > 0 {
			b.WriteRune(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// phrase fills a template of the bot's words ({key} by value).
func phrase(lx *lang.Lexicon, key string, n int, fill ...string) string {
	t := ""
	if n == 1 {
		t = lx.Phrase(key + ".one")
	}
	if t == "" {
		t = lx.Phrase(key)
	}
	t = strings.ReplaceAll(t, "{n}", strconv.Itoa(n))
	for i := 0; i+1 < len(fill); i += 2 {
		t = strings.ReplaceAll(t, "{"+fill[i]+"}", fill[i+1])
	}
	return t
}

// list joins names in the language's way ("A, B and C").
func list(lx *lang.Lexicon, names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	sep := strings.Trim(lx.Phrase("list.sep"), `"`)
	return strings.Join(names[:len(names)-1], sep) + " " + lx.Phrase("and") + " " + names[len(names)-1]
}

// outlet names a source in the bot's words: its site and id ("Meridian
// Press (s1)"), or its id alone. Never its title, which is the outlet's
// wording.
func outlet(s bot.StorySource) string {
	if n := strings.TrimSpace(s.Site); n != "" {
		return n + " (" + s.ID + ")"
	}
	return s.ID
}

// summary sums up the story in the bot's own words, from what the merge
// found: which sources report it, whose statements they report, and how
// many statements several sources carry, one only, or report differently.
func summary(srcs []*source, b *bot.Briefing, language string) string {
	lx := lang.Default().Lexicon(language)
	var sites []string
	for _, s := range b.Sources {
		sites = append(sites, outlet(s))
	}
	parts := []string{phrase(lx, "story.sources", len(srcs), "list", list(lx, sites))}
	var names []string
	shared, only, differ := 0, 0, 0
	for _, p := range b.Parties {
		if len(names) < summaryParties {
			names = append(names, p.Name)
		}
		for _, c := range p.Claims {
			switch {
			case len(c.AlsoIn) > 0:
				shared++
			case c.OnlyHere:
				only++
			}
			if len(c.Conflicts) > 0 {
				differ++
			}
		}
	}
	if n := len(b.Parties) - len(names); n == 1 {
		names = append(names, lx.Phrase("other"))
	} else if n > 1 {
		names = append(names, phrase(lx, "others", n))
	}
	if len(names) > 0 {
		parts = append(parts, phrase(lx, "story.parties", len(names), "list", list(lx, names)))
	}
	if shared > 0 {
		parts = append(parts, phrase(lx, "story.shared", shared))
	}
	if only > 0 {
		parts = append(parts, phrase(lx, "story.only", only))
	}
	if differ > 0 {
		parts = append(parts, phrase(lx, "story.differ", differ))
	}
	return strings.Join(parts, " ")
}

// summaryParties is how many parties the summary names, the most quoted
// first; the others are counted.
const summaryParties = 6

// notes are the story's own notes: a source alone in its language, whose
// statements are matched to parties by name but compared with no other
// source's; and the loaded words of each source, which the bot does not
// adopt.
func notes(srcs []*source, count map[string]int, language string) []string {
	lx := lang.Default().Lexicon(language)
	var out []string
	for _, s := range srcs {
		if count[s.code] == 1 && len(srcs) > 1 {
			out = append(out, phrase(lx, "story.note.language", 0, "source", s.id, "language", languageName(lx, s.code)))
		}
	}
	return out
}

// languageName names a language in the bot's words.
func languageName(lx *lang.Lexicon, code string) string {
	if n := lx.Phrase("lang." + code); n != "" {
		return n
	}
	return lang.Default().Name(code)
}

// phraseStarts returns the first words of the lexicon's loaded phrases of
// several words ("union" of "union bosses").
func phraseStarts(lx *lang.Lexicon) map[string]bool {
	if m, ok := loadedStarts.Load(lx); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for k := range lx.Loaded {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = true
		}
	}
	v, _ := loadedStarts.LoadOrStore(lx, m)
	return v.(map[string]bool)
}

// loadedStarts caches phraseStarts per lexicon.
var loadedStarts sync.Map

// mayHoldLoaded reports whether lower-case text holds one of the
// lexicon's loaded words as a string (perhaps inside another word): a
// sentence that does not need no closer look.
func mayHoldLoaded(text string, lx *lang.Lexicon) bool {
	for k := range lx.Loaded {
		first, _, _ := strings.Cut(k, " ")
		if strings.Contains(text, first) {
			return true
		}
	}
	return false
}
