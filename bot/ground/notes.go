package ground

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/lang"
)

// NeutralNote reports whether a note a model wrote may be shown in the
// bot's voice: it quotes the article's words from the sentences it cites
// (cited holds their text), and outside its quotations it uses no loaded
// word and no word of opinion ("should", "propaganda", "biased") in any
// language the bot knows. An opinion about the outlet or a party is never
// the bot's to give.
func NeutralNote(note string, cited []string) bool {
	n := Normalize(note)
	parts := strings.Split(n, `"`)
	if len(parts) < 3 || len(cited) == 0 {
		return false // no quotation of the article's words
	}
	text := Normalize(strings.Join(cited, " "))
	bare := quoteMarks.Replace(text)
	for i := 1; i+1 < len(parts); i += 2 {
		q := strings.Trim(parts[i], " ,.;:!?'")
		if q == "" || !strings.Contains(bare, quoteMarks.Replace(q)) {
			return false
		}
	}
	var outside []string
	for i := 0; i < len(parts); i += 2 {
		outside = append(outside, parts[i])
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(strings.Join(outside, " ")), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	}) {
		if opinionWord(w) {
			return false
		}
	}
	return true
}

// opinionWord reports whether a lower-case word is loaded or a word of
// opinion in any lexicon.
func opinionWord(w string) bool {
	for _, code := range lang.Default().Codes() {
		lx := lang.Default().Get(code)
		if _, ok := lx.Loaded[w]; ok || lx.Set("judgement", w) {
			return true
		}
	}
	return false
}
