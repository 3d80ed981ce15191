package offline

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// foreign briefs an article in a language without a lexicon (Chinese,
// Czech, Arabic, Russian…): its sentences are the outlet's facts, verbatim,
// and a note says that attributed claims in that language need the LLM
// backend. It never refuses and never attributes.
func (b *Briefer) foreign(a *bot.Article, text string, det lang.Detection) *bot.Briefing {
	vlx := b.langs.Lexicon(b.voice)
	name := vlx.Phrase("lang." + det.Code)
	if name == "" {
		name = det.Name
	}
	d := doc.Parse(text)
	br := &bot.Briefing{
		Title:    a.Title,
		Source:   a.Source(),
		Parties:  []bot.Party{},
		Facts:    []bot.Fact{},
		Backend:  "offline",
		Language: det.Code,
	}
	for i, s := range d.Sentences {
		p := d.Paragraphs[s.Para]
		// Headlines and captions: a paragraph of one short sentence
		// without final punctuation.
		if p.First == p.Last && !endsSentence(s.Text) && utf8.RuneCountInString(s.Text) < 120 {
			continue
		}
		if utf8.RuneCountInString(s.Text) < 12 {
			continue
		}
		br.Facts = append(br.Facts, bot.Fact{Text: ground.Normalize(s.Text), Evidence: s.Text, Sentences: []int{i + 1}})
	}
	br.Summary = strings.ReplaceAll(vlx.Phrase("summary.unsupported"), "{language}", name)
	br.Notes = []string{strings.ReplaceAll(vlx.Phrase("note.unsupported"), "{language}", name)}
	return br
}
