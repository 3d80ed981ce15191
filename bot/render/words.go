package render

import (
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Words are the bot's own words in one language: the headings, labels
// and footer phrases every renderer shows, read from the [labels]
// section of the language's lexicon (bot/lang/data). Get them once per
// reply with WordsIn, BriefingWords or ReplyWords. The zero value is
// English.
type Words struct{ lx *lang.Lexicon }

// WordsIn returns the words of a language code. A code without a
// lexicon ("zh", "cs", "") gets English.
func WordsIn(code string) Words { return Words{lx: lang.Default().Lexicon(code)} }

// BriefingWords returns the words b is shown with: those of language
// (BRIEFBOT_LANGUAGE) when it is set, else those of the briefing's own
// language.
func BriefingWords(language string, b *bot.Briefing) Words {
	if language == "" && b != nil {
		language = b.Language
	}
	return WordsIn(language)
}

// ReplyWords returns the words r is shown with: those of language
// (BRIEFBOT_LANGUAGE) when it is set; else, for a briefing, those of its
// language, and for an answer those of the article sentences it quotes
// (verbatim article text, so the article's language); else English.
func ReplyWords(language string, r *bot.Reply) Words {
	if language != "" {
		return WordsIn(language)
	}
	switch {
	case r.Kind == bot.ReplyBriefing:
		return BriefingWords("", r.Briefing)
	case r.Kind == bot.ReplyAnswer && r.Answer != nil:
		return WordsIn(answerLanguage(r.Answer))
	}
	return WordsIn("")
}

// answerLanguage detects the language of an answer's quotes, or of its
// text when it quotes nothing.
func answerLanguage(a *bot.Answer) string {
	var sb strings.Builder
	for _, q := range a.Quotes {
		sb.WriteString(q.Text + "\n")
	}
	if sb.Len() == 0 {
		sb.WriteString(a.Text)
	}
	return lang.Default().Detect(sb.String()).Code
}

// Label returns the label named key, with its {placeholders} replaced as
// by strings.NewReplacer(fill...): Label("also", "{list}", names). A key
// the language lacks falls back to English, then to the key itself.
func (w Words) Label(key string, fill ...string) string {
	s, ok := w.lexicon().Labels[key]
	if !ok {
		s = WordsIn("en").lexicon().Label(key)
	}
	if len(fill) == 0 {
		return s
	}
	return strings.NewReplacer(fill...).Replace(s)
}

// Count returns the label for n things: key.one when n is 1, else key
// with {n} filled in.
func (w Words) Count(key string, n int, fill ...string) string {
	if n == 1 {
		return w.Label(key+".one", fill...)
	}
	return w.Label(key, append([]string{"{n}", strconv.Itoa(n)}, fill...)...)
}

// Who names who a claim is by: its speaker, and who relayed the words
// when the article reports them second-hand ("Sanders (reported by
// CNN)"). It is "" when the claim names neither.
func (w Words) Who(c bot.Claim) string {
	who := strings.TrimSpace(c.Speaker)
	via := strings.TrimSpace(c.Via)
	if via == "" || strings.EqualFold(via, who) {
		return who
	}
	v := w.Label("via", "{who}", via)
	if who == "" {
		return v
	}
	return who + " (" + v + ")"
}

// Stance returns a short label for a claim's stance.
func (w Words) Stance(stance string) string {
	switch stance {
	case bot.StanceAssert, bot.StanceDeny, bot.StanceAccuse:
		return w.Label("stance." + stance)
	}
	return w.Label("stance.other")
}

// Sentences returns "sentence 8" or "sentences 8, 9".
func (w Words) Sentences(ns ...int) string {
	if len(ns) == 1 {
		return w.Label("sentence") + " " + strconv.Itoa(ns[0])
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return w.Label("sentences") + " " + strings.Join(parts, ", ")
}

// Footer describes how the briefing was made: the backend, whether it was
// cached, and what the grounding check did, claims dropped as
// misattributed included. Every renderer shows it.
func (w Words) Footer(b *bot.Briefing) string {
	parts := []string{w.Label("footer.backend", "{backend}", strings.Join(strings.Fields(b.Backend), " "))}
	if b.Stats.Cached {
		parts = append(parts, w.Label("footer.cached"))
	}
	if n := b.Stats.ClaimsDroppedUngrounded; n > 0 {
		parts = append(parts, w.Count("footer.dropped", n))
	} else {
		parts = append(parts, w.Label("footer.checked"))
	}
	if n := b.Stats.ClaimsDroppedMisattributed; n > 0 {
		parts = append(parts, w.Count("footer.misattributed", n))
	}
	return strings.Join(parts, " · ")
}

// Title returns the briefing's title, or the word for a briefing.
func (w Words) Title(b *bot.Briefing) string {
	if t := strings.TrimSpace(b.Title); t != "" {
		return t
	}
	return w.Label("briefing")
}

func (w Words) lexicon() *lang.Lexicon {
	if w.lx == nil {
		return lang.Default().Lexicon("en")
	}
	return w.lx
}
