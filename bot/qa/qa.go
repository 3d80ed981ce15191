// Package qa answers follow-up questions from the article alone, with no
// model: it ranks the article's sentences with BM25, boosts those that the
// briefing attributes to a party the question names, and answers with the
// best sentences quoted verbatim and attributed. When nothing scores well
// enough it says that the article does not say.
package qa

import (
	"context"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
)

// BM25 parameters (the usual Robertson–Zaragoza values).
const (
	k1 = 1.2
	bb = 0.75
)

// Answerer is the offline answerer. The zero value is ready to use.
type Answerer struct {
	// MaxQuotes bounds the sentences quoted in an answer (default 3).
	MaxQuotes int
	// MinCoverage is the share of the question's weighted terms the best
	// sentence must contain for the article to count as answering it
	// (default 0.34).
	MinCoverage float64
}

var _ bot.Answerer = (*Answerer)(nil)

// NotInArticle is the text of an answer the article does not support.
const NotInArticle = "The article does not say. Briefbot answers only from the article's own text, so it cannot answer this without guessing."

// Answer implements bot.Answerer.
func (q *Answerer) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if req == nil || req.Article == nil {
		return nil, bot.Errorf(bot.EInvalid, "There is no article in this thread to answer from.")
	}
	maxQuotes := q.MaxQuotes
	if maxQuotes <= 0 {
		maxQuotes = 3
	}
	minCov := q.MinCoverage
	if minCov <= 0 {
		minCov = 0.34
	}
	d := doc.Parse(req.Article.Text)
	idx := newIndex(d)
	terms := questionTerms(req)
	speakers := speakerIndex(d, req.Briefing)
	partyBoost := namedParties(req.Question, req.Briefing)

	type scored struct {
		n        int
		score    float64
		coverage float64
	}
	var ranked []scored
	for i := range d.Sentences {
		s, cov := idx.score(i, terms)
		if s == 0 {
			continue
		}
		if sp, ok := speakers[i+1]; ok && partyBoost[sp.party] {
			s *= 1.5
			cov = math.Min(1, cov+0.2)
		}
		ranked = append(ranked, scored{n: i + 1, score: s, coverage: cov})
	}
	sort.SliceStable(ranked, func(a, b int) bool { return ranked[a].score > ranked[b].score })

	ans := &bot.Answer{}
	if len(ranked) == 0 || ranked[0].coverage < minCov {
		ans.Text = NotInArticle
		ans.NotInArticle = true
	} else {
		best := ranked[0].score
		var picked []int
		for _, r := range ranked {
			if len(picked) == maxQuotes || r.score < best*0.5 {
				break
			}
			picked = append(picked, r.n)
		}
		sort.Ints(picked) // article order reads best
		for _, n := range picked {
			s, _ := d.Sentence(n)
			quote := bot.Quote{Sentence: n, Text: s.Text}
			if sp, ok := speakers[n]; ok {
				quote.Speaker = sp.speaker
			}
			ans.Quotes = append(ans.Quotes, quote)
		}
		ans.Text = answerText(ans.Quotes)
	}
	if stream != nil {
		stream(ans.Text)
	}
	return ans, nil
}

// answerText introduces the quotes in the bot's neutral voice.
func answerText(quotes []bot.Quote) string {
	if len(quotes) == 1 {
		if quotes[0].Speaker != "" {
			return "The article attributes this to " + quotes[0].Speaker + ":"
		}
		return "The article says:"
	}
	return "The article's most relevant passages:"
}

// index is a BM25 index over a document's sentences.
type index struct {
	tf     []map[string]int
	length []int
	avgLen float64
	df     map[string]int
}

func newIndex(d *doc.Doc) *index {
	ix := &index{df: map[string]int{}}
	total := 0
	for _, s := range d.Sentences {
		tf := map[string]int{}
		toks := tokens(s.Text)
		for _, t := range toks {
			tf[t]++
		}
		for t := range tf {
			ix.df[t]++
		}
		ix.tf = append(ix.tf, tf)
		ix.length = append(ix.length, len(toks))
		total += len(toks)
	}
	if len(d.Sentences) > 0 {
		ix.avgLen = float64(total) / float64(len(d.Sentences))
	}
	return ix
}

func (ix *index) idf(t string) float64 {
	n := float64(len(ix.tf))
	df := float64(ix.df[t])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// score returns sentence i's BM25 score for the weighted terms and the
// idf-weighted share of the terms it contains.
func (ix *index) score(i int, terms map[string]float64) (float64, float64) {
	var s, got, all float64
	for t, w := range terms {
		idf := ix.idf(t)
		all += idf * w
		f := float64(ix.tf[i][t])
		if f == 0 {
			continue
		}
		got += idf * w
		norm := 1 - bb + bb*float64(ix.length[i])/math.Max(ix.avgLen, 1)
		s += w * idf * f * (k1 + 1) / (f + k1*norm)
	}
	if all == 0 {
		return 0, 0
	}
	return s, got / all
}

// questionTerms returns the question's content terms with weights; when the
// question leans on an earlier turn ("what else did he say?"), the previous
// question's terms join at half weight.
func questionTerms(req *bot.AnswerRequest) map[string]float64 {
	terms := map[string]float64{}
	for _, t := range tokens(req.Question) {
		terms[t] = 1
	}
	if len(req.Turns) > 0 && (len(terms) <= 2 || hasPronoun(req.Question)) {
		for _, t := range tokens(req.Turns[len(req.Turns)-1].Question) {
			if _, ok := terms[t]; !ok {
				terms[t] = 0.5
			}
		}
	}
	return terms
}

func hasPronoun(q string) bool {
	for _, w := range strings.Fields(strings.ToLower(q)) {
		switch strings.Trim(w, "?.,!") {
		case "he", "she", "they", "it", "him", "her", "them", "his", "their", "its", "this", "that":
			return true
		}
	}
	return false
}

type attribution struct {
	speaker string
	party   string
}

// speakerIndex maps sentence numbers to the speaker and party the briefing
// attributes them to.
func speakerIndex(d *doc.Doc, b *bot.Briefing) map[int]attribution {
	out := map[int]attribution{}
	if b == nil {
		return out
	}
	for _, p := range b.Parties {
		for _, c := range p.Claims {
			speaker := c.Speaker
			if speaker == "" {
				speaker = p.Name
			}
			a := attribution{speaker: speaker, party: p.Name}
			nums := c.Sentences
			if len(nums) == 0 {
				nums = sentencesOf(d, c.Evidence)
			}
			for _, n := range nums {
				if _, ok := out[n]; !ok {
					out[n] = a
				}
			}
		}
	}
	return out
}

// sentencesOf returns the numbers of the sentences that overlap evidence.
func sentencesOf(d *doc.Doc, evidence string) []int {
	ev := ground.Normalize(evidence)
	if ev == "" {
		return nil
	}
	var out []int
	for _, s := range d.Sentences {
		st := ground.Normalize(s.Text)
		if strings.Contains(st, ev) || strings.Contains(ev, st) {
			out = append(out, s.N)
		}
	}
	return out
}

// namedParties returns the parties whose name or alias the question uses.
func namedParties(question string, b *bot.Briefing) map[string]bool {
	out := map[string]bool{}
	if b == nil {
		return out
	}
	q := strings.ToLower(question)
	for _, p := range b.Parties {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(name)) {
				w = strings.Trim(w, "()\",.'")
				if len(w) > 3 && !stop[w] && strings.Contains(q, w) {
					out[p.Name] = true
				}
			}
		}
	}
	return out
}

// tokens returns the lower-cased, lightly stemmed content words of s.
func tokens(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		f = strings.Trim(f, "'")
		f = strings.TrimSuffix(f, "'s")
		if len(f) < 2 || stop[f] {
			continue
		}
		out = append(out, stem(f))
	}
	return out
}

// stem strips common English inflections so that "attacks", "attacked"
// and "attacking" meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = strings.TrimSuffix(w, "e")
	}
	return w
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then than of to in on at by for with from about as into
		over after before between through during without within under against among is are was were be been being
		am do does did doing done have has had having will would shall should can could may might must this that
		these those there here what which who whom whose when where why how it its it's they them their theirs he
		him his she her hers we us our you your i me my not no nor so too very just also any all some such only
		own same other more most much many few each both either neither one ones say says said tell told article
		report according think thinks anything something everything else did does whether`) {
		m[w] = true
	}
	return m
}()
