package openai

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/prompts"
)

// estimateTokens estimates the tokens of s for budgeting: a quarter token
// per ASCII byte, as for English, and a whole token per other character,
// which over-counts most scripts (safe) and is near the mark for Chinese
// and Japanese.
func estimateTokens(s string) int {
	ascii, other := 0, 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			ascii++
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		other++
		i += n
	}
	return (ascii+3)/4 + other
}

// sentenceTokens estimates a numbered sentence line: "[12] text\n".
func sentenceTokens(s *doc.Sentence) int { return estimateTokens(s.Text) + 3 }

// part is a run of whole paragraphs (or, for a paragraph too long for one
// request, of sentences) briefed in one request.
type part struct {
	paras       [][]prompts.Sentence
	first, last int // sentence numbers
}

// splitParts splits d into parts of at most limit tokens each, on
// paragraph boundaries when it can, keeping the article's sentence numbers.
// A single sentence over the limit is shortened in the prompt (its
// evidence still comes from d).
func splitParts(d *doc.Doc, limit int) []part {
	var parts []part
	var cur part
	size := 0
	flush := func() {
		if len(cur.paras) > 0 {
			parts = append(parts, cur)
		}
		cur, size = part{}, 0
	}
	addPara := func(ss []prompts.Sentence) {
		if len(cur.paras) == 0 {
			cur.first = ss[0].N
		}
		cur.paras = append(cur.paras, ss)
		cur.last = ss[len(ss)-1].N
	}
	for _, p := range d.Paragraphs {
		sents := d.Sentences[p.First : p.Last+1]
		cost := 1 // the blank line
		for i := range sents {
			cost += sentenceTokens(&sents[i])
		}
		if size+cost <= limit {
			addPara(promptSentences(sents, limit))
			size += cost
			continue
		}
		flush()
		if cost <= limit {
			addPara(promptSentences(sents, limit))
			size = cost
			continue
		}
		// A paragraph over the limit: split it between sentences.
		var run []prompts.Sentence
		runSize := 1
		for i := range sents {
			c := min(sentenceTokens(&sents[i]), limit)
			if runSize+c > limit && len(run) > 0 {
				addPara(run)
				flush()
				run, runSize = nil, 1
			}
			run = append(run, promptSentence(&sents[i], limit))
			runSize += c
		}
		addPara(run)
		size = runSize
	}
	flush()
	return parts
}

func promptSentences(ss []doc.Sentence, limit int) []prompts.Sentence {
	out := make([]prompts.Sentence, len(ss))
	for i := range ss {
		out[i] = promptSentence(&ss[i], limit)
	}
	return out
}

// promptSentence returns s for a prompt, shortened to fit limit tokens.
func promptSentence(s *doc.Sentence, limit int) prompts.Sentence {
	text := s.Text
	if sentenceTokens(s) > limit {
		text = cutTokens(text, limit-4) + " …"
	}
	return prompts.Sentence{N: s.N, Text: text}
}

// cutTokens returns the longest prefix of s estimated at no more than n
// tokens, cut at a rune boundary.
func cutTokens(s string, n int) string {
	if n <= 0 {
		return ""
	}
	ascii, other := 0, 0
	for i, r := range s {
		if r < utf8.RuneSelf {
			ascii++
		} else {
			other++
		}
		if (ascii+3)/4+other > n {
			return s[:i]
		}
	}
	return s
}

// allParagraphs returns d's sentences grouped by paragraph for a prompt.
func allParagraphs(d *doc.Doc) [][]prompts.Sentence {
	out := make([][]prompts.Sentence, 0, len(d.Paragraphs))
	for _, p := range d.Paragraphs {
		out = append(out, promptSentences(d.Sentences[p.First:p.Last+1], 1<<30))
	}
	return out
}

// docTokens estimates the article block of all of d.
func docTokens(d *doc.Doc) int {
	n := len(d.Paragraphs)
	for i := range d.Sentences {
		n += sentenceTokens(&d.Sentences[i])
	}
	return n
}

// excerpt picks the paragraphs of d most relevant to query that fit in
// limit tokens, in article order. Relevance is the number of the query's
// distinct content words a paragraph holds; ties go to earlier paragraphs.
func excerpt(d *doc.Doc, query string, limit int) [][]prompts.Sentence {
	terms := contentWords(query)
	type scored struct {
		i, score, cost int
	}
	ps := make([]scored, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		text := strings.ToLower(d.Text[p.Start:p.End])
		s := scored{i: i, cost: 1}
		for t := range terms {
			if strings.Contains(text, t) {
				s.score++
			}
		}
		for j := p.First; j <= p.Last; j++ {
			s.cost += sentenceTokens(&d.Sentences[j])
		}
		ps[i] = s
	}
	order := slices.Clone(ps)
	slices.SortStableFunc(order, func(a, b scored) int { return b.score - a.score })
	keep := make([]bool, len(ps))
	used := 0
	for _, s := range order {
		if used+s.cost <= limit {
			keep[s.i] = true
			used += s.cost
		}
	}
	var out [][]prompts.Sentence
	for i, p := range d.Paragraphs {
		if keep[i] {
			out = append(out, promptSentences(d.Sentences[p.First:p.Last+1], limit))
		}
	}
	if len(out) == 0 && len(d.Sentences) > 0 { // even the best paragraph is too long
		best := d.Paragraphs[order[0].i]
		var run []prompts.Sentence
		used = 0
		for j := best.First; j <= best.Last; j++ {
			c := sentenceTokens(&d.Sentences[j])
			if used+c > limit && len(run) > 0 {
				break
			}
			run = append(run, promptSentence(&d.Sentences[j], limit))
			used += c
		}
		out = append(out, run)
	}
	return out
}

// contentWords returns the lower-cased words of s of four or more letters
// that are not common function words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= 4 && !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

var stopWords = map[string]bool{
	"what": true, "when": true, "where": true, "which": true, "who": true, "whom": true, "whose": true,
	"does": true, "did": true, "have": true, "has": true, "that": true, "this": true, "these": true,
	"those": true, "there": true, "their": true, "they": true, "them": true, "with": true, "from": true,
	"about": true, "article": true, "say": true, "says": true, "said": true, "would": true, "could": true,
	"should": true, "into": true, "than": true, "then": true, "were": true, "been": true, "being": true,
	"will": true, "your": true, "more": true, "some": true, "other": true, "also": true, "tell": true,
}
