package offline

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/ground"
)

// Speakers is who the offline analysis finds speaking in each sentence of
// a text: the grounding check of other backends asks it whether the
// sentences a claim cites are that party's words. It also holds the
// analysis's notes on the text's loaded wording.
type Speakers struct {
	bySent map[int][][]string // 1-based sentence number → the names of each speaker
	// attributed is set when the text's language has a lexicon: only
	// then does "nobody speaks here" mean anything.
	attributed bool
	notes      []string
}

var _ ground.Attributor = (*Speakers)(nil)

// Speakers analyses text once and returns who speaks in each sentence,
// with the notes on its loaded wording.
func (b *Briefer) Speakers(text string) *Speakers {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	sp := &Speakers{bySent: map[int][][]string{}}
	det := b.langs.Detect(text)
	if det.Code != "" && !det.Supported {
		return sp
	}
	sp.attributed = true
	lx := b.langs.Lexicon(det.Code)
	a := b.analyze(text, "", lx)
	for i, ats := range a.bySent {
		for _, at := range ats {
			sp.bySent[i+1] = append(sp.bySent[i+1], a.t.speakerNames(at))
		}
	}
	vlx := b.voiceLexicon(lx)
	for _, n := range a.notes(vlx) {
		if n != vlx.Phrase("note.noclaims") {
			sp.notes = append(sp.notes, n)
		}
	}
	return sp
}

// FramingNotes returns the notes the analysis makes on the text's loaded
// wording (the outlet's own, and in whose quotation a loaded word
// stands), in the bot's language: the notes a model's briefing is given
// instead of its own opinions. A language without a lexicon has none.
func (s *Speakers) FramingNotes() []string { return s.notes }

// SpeakersOf implements ground.Attributor.
func (s *Speakers) SpeakersOf(n int) ([][]string, bool) {
	return s.bySent[n], s.attributed
}

// speakerNames returns every name the article gives the speaker of an
// attribution and the party it speaks for: its names and aliases, the
// description the sentence uses, its employer's and its country's.
func (t *text) speakerNames(at *attribution) []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !t.isPronoun(s) {
			out = append(out, s)
		}
	}
	add(at.surface)
	seen := map[*entity]bool{}
	for e, i := at.speaker, 0; e != nil && i < 5 && !seen[e]; e, i = e.speaksFor, i+1 {
		seen[e] = true
		add(e.name)
		for _, n := range e.names {
			add(n)
		}
		if c := e.country; c != nil && (e.kind == kCountry || e.gov && !e.nonGov) {
			add(c.Name)
			for _, n := range append(append(append([]string{}, c.Names...), c.Demonyms...), c.Seats...) {
				add(n)
			}
		}
	}
	return out
}

// LexiconVersion returns the version of the lexicon set the analysis
// uses, for the cache keys of backends checked against it.
func (b *Briefer) LexiconVersion() string { return b.langs.Version }
