package polnear

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/ground"
)

// Counts score one or more articles.
type Counts struct {
	Articles int `json:"articles"`
	// Attributions is the number of attributions with a named source.
	Attributions int `json:"attributions"`
	// Found counts those whose content some briefing claim's evidence
	// covers (overlapping at least half of the content, or the content
	// lying inside the evidence).
	Found int `json:"found"`
	// WrongSpeaker counts found attributions that some covering claim
	// shows under someone else: its party's name, aliases, the claim's
	// speaker and who reported it share no name word with the source. (A
	// reader sees every claim, so one right claim does not excuse a wrong
	// one on the same words.)
	WrongSpeaker int `json:"wrong_speaker"`
	// Claims is the number of briefing claims.
	Claims int `json:"claims"`
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Articles += c2.Articles
	c.Attributions += c2.Attributions
	c.Found += c2.Found
	c.WrongSpeaker += c2.WrongSpeaker
	c.Claims += c2.Claims
}

// FoundRate is Found / Attributions.
func (c Counts) FoundRate() float64 { return ratio(c.Found, c.Attributions) }

// WrongRate is WrongSpeaker / Found: the share of found attributions given
// to the wrong speaker.
func (c Counts) WrongRate() float64 { return ratio(c.WrongSpeaker, c.Found) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Wrong is one found attribution given to the wrong speaker (for the
// development splits only).
type Wrong struct {
	// Missed is set for an attribution no claim covers (the others were
	// given to the wrong speaker).
	Missed    bool   `json:"missed,omitempty"`
	Cue       string `json:"cue,omitempty"`
	Doc       string `json:"doc"`
	Source    string `json:"source"`
	Predicted string `json:"predicted"`
	Content   string `json:"content"`
	// Evidence is the evidence of the claim shown under Predicted.
	Evidence string `json:"evidence,omitempty"`
}

// Score compares a briefing of d with d's attributions. Evidence is
// located in the article after ground.Normalize on both sides.
func Score(d Doc, b *bot.Briefing) (Counts, []Wrong) {
	c := Counts{Articles: 1, Attributions: len(d.Attributions)}
	type claimAt struct {
		span  [2]int // in the original text
		names map[string]bool
		label string
		ev    string
	}
	norm, orig := normMap(d.Text)
	var claims []claimAt
	for _, p := range b.Parties {
		for _, cl := range p.Claims {
			c.Claims++
			ev := ground.Normalize(cl.Evidence)
			i := strings.Index(norm, ev)
			if ev == "" || i < 0 {
				continue
			}
			ca := claimAt{span: [2]int{orig[i], orig[i+len(ev)-1] + 1}, names: map[string]bool{}, label: p.Name, ev: cl.Evidence}
			for _, s := range append([]string{p.Name, cl.Speaker, cl.Via}, p.Aliases...) {
				for _, w := range NameWords(s) {
					ca.names[strings.ToLower(w)] = true
				}
				for _, w := range sourceWords(s) {
					ca.names[w] = true
				}
			}
			claims = append(claims, ca)
		}
	}
	var wrong []Wrong
	for _, at := range d.Attributions {
		covered, right := false, true
		label, ev := "", ""
		for _, cl := range claims {
			ov := min(cl.span[1], at.Content[1]) - max(cl.span[0], at.Content[0])
			if ov <= 0 || 2*ov < at.Content[1]-at.Content[0] && 2*ov < cl.span[1]-cl.span[0] {
				continue
			}
			covered = true
			named := false
			for _, n := range at.Names {
				named = named || cl.names[strings.ToLower(n)]
			}
			for _, w := range sourceWords(at.Source) {
				named = named || cl.names[w]
			}
			if !named && right {
				right, label, ev = false, cl.label, cl.ev
			}
		}
		if !covered {
			wrong = append(wrong, Wrong{Missed: true, Cue: at.Cue, Doc: d.Name, Source: at.Source, Content: at.ContentText})
			continue
		}
		c.Found++
		if !right {
			c.WrongSpeaker++
			wrong = append(wrong, Wrong{Cue: at.Cue, Doc: d.Name, Source: at.Source, Predicted: label, Content: at.ContentText, Evidence: ev})
		}
	}
	return c, wrong
}

// normMap normalises text as ground.Normalize does and returns, for each
// byte of the result, the offset of the original byte it came from.
func normMap(text string) (string, []int) {
	var b strings.Builder
	var orig []int
	for i, r := range text {
		n := ground.Normalize(string(r))
		if n == "" {
			// Whitespace: one space between words.
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
				orig = append(orig, i)
			}
			continue
		}
		b.WriteString(n)
		for range len(n) {
			orig = append(orig, i)
		}
	}
	s := strings.TrimRight(b.String(), " ")
	return s, orig[:len(s)]
}

// sourceWords returns the lower-case content words of a source or a
// label ("Federal and state officials" → federal, state, officials), so
// that a described source ("RT and its defenders") meets the party the
// bot names by the same description ("Defenders").
func sourceWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(f) >= 4 && !sourceStop[f] {
			out = append(out, f)
		}
	}
	return out
}

var sourceStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and its his her their they them this that these those with from into
		than then also some many most more other others another every each both such what which whose where when
		said says according former current senior top officials official spokesman spokeswoman spokesperson`) {
		sourceStop[w] = true
	}
}
