// Package offline is the embedded default briefer: no model, no network,
// deterministic and fast (linear in the length of the article). It
// attributes claims by rule, in English, French, Spanish, Portuguese and
// German; it names other languages and lists their facts.
//
// # Languages are data
//
// Everything the briefer knows about a language is its lexicon (package
// bot/lang: embedded data files of reporting verbs with their forms and
// stance, quotation marks, "according to" forms, pronouns, titles,
// determiners, generic speakers, countries, loaded words, page
// furniture, and the bot's own words). The code below holds no word
// lists; adding a language is adding a lexicon file and tests. The
// lexicons' version is part of ID, so a changed rule never serves a
// stale cached briefing.
//
// # Stages
//
//  1. Tokens (tokens.go, quotes.go, lines.go): paragraphs and numbered
//     sentences, quotations paired across sentences and paragraphs, words
//     and marks, and which sentences are headlines, datelines, captions
//     or page furniture.
//  2. Mentions (mention.go, cues.go, np.go, verbs.go; colon.go,
//     accordingcues.go, refusal.go, partitive.go): the names of each sentence,
//     its reporting cues (verb groups, "according to", ", saying",
//     "X:"), and the noun phrases around each cue that may be its
//     speaker.
//  3. Entities and coreference (entity.go): mentions merged into people,
//     organisations, countries and described groups; pronouns and
//     definite descriptions resolved to what came before, or to nothing.
//  4. Attributions (attrib.go; according.go, incise.go, asclause.go,
//     content.go, signature.go, interview.go, transcript.go,
//     position.go): who said which words, nested attribution included;
//     quotations continued over sentences.
//  5. Claims (claims.go): evidence, stance and the neutral paraphrase.
//  6. The briefing (compose.go, party.go, voice.go, meta.go): parties,
//     facts, notes on loaded wording, the summary and the article's
//     metadata.
//
// Stages 2 to 4 run sentence by sentence in article order, because
// coreference only looks back; each reads what the stages before it
// produced and the lexicon.
//
// Each stage's rules are methods of the narrowest state they read: a
// rule that reads only the tokens and the lexicon is a method of text
// (stage 1's output); one that also reads the gazetteer or the entities
// resolved so far is a method of resolver (stages 2 and 3); only the
// rules that read or write cues and attributions are methods of
// analysis, which holds a resolver and stage 4's state. The registry of
// entities and the gazetteer keep the rules that read them alone.
package offline

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Briefer is the offline briefer. Build it with New; it is safe for
// concurrent use.
type Briefer struct {
	langs *lang.Set
	// voice is the language of the bot's own words, or "" for the
	// article's.
	voice string
	mu    sync.Mutex
	gaz   map[string]*gazetteer
}

var _ bot.Briefer = (*Briefer)(nil)

// Options configure a Briefer.
type Options struct {
	// Language is the language of the bot's own words (paraphrase verbs,
	// summary, notes) when set; by default they follow the article.
	Language string
	// Lexicons replaces the embedded lexicons (tests).
	Lexicons *lang.Set
}

// New returns a briefer with the embedded lexicons.
func New() *Briefer { return NewWith(Options{}) }

// NewWith returns a briefer with options.
func NewWith(o Options) *Briefer {
	b := &Briefer{langs: o.Lexicons, voice: o.Language, gaz: map[string]*gazetteer{}}
	if b.langs == nil {
		b.langs = lang.Default()
	}
	return b
}

// ID names the backend and its lexicons' version for the briefing cache.
func (b *Briefer) ID() string {
	id := "offline/2/lex-" + b.langs.Version
	if b.voice != "" {
		id += "/" + b.voice
	}
	return id
}

// gazetteer returns the gazetteer of a language, built once.
func (b *Briefer) gazetteer(lx *lang.Lexicon) *gazetteer {
	b.mu.Lock()
	defer b.mu.Unlock()
	g, ok := b.gaz[lx.Code]
	if !ok {
		g = newGazetteer(lx)
		b.gaz[lx.Code] = g
	}
	return g
}

// Brief implements bot.Briefer. It returns an *bot.Error with code
// EInvalid for a nil article and the context's error when it is done.
func (b *Briefer) Brief(ctx context.Context, a *bot.Article) (*bot.Briefing, error) {
	if a == nil {
		return nil, &bot.Error{Code: bot.EInvalid, Op: "offline brief", Message: "There is no article to brief."}
	}
	if err := ctx.Err(); err != nil {
		return nil, bot.WrapError(err, bot.EUnavailable, "offline brief", "The briefing was cancelled.")
	}
	text := a.Text
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	det := b.langs.Detect(text)
	var br *bot.Briefing
	if det.Code != "" && !det.Supported {
		br = b.foreign(a, text, det)
	} else {
		lx := b.langs.Lexicon(det.Code)
		an := b.analyze(text, a.Title, lx)
		if err := ctx.Err(); err != nil {
			return nil, bot.WrapError(err, bot.EUnavailable, "offline brief", "The briefing was cancelled.")
		}
		br = an.compose(a, b.voiceLexicon(lx))
	}
	return br, nil
}

// voiceLexicon returns the lexicon of the bot's own words for an article
// in lx.
func (b *Briefer) voiceLexicon(lx *lang.Lexicon) *lang.Lexicon {
	if b.voice != "" {
		if v := b.langs.Get(b.voice); v != nil {
			return v
		}
	}
	return lx
}
