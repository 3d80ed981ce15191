// Package offline is the embedded default briefer: no model, no network,
// deterministic and fast (linear in the length of the article). It
// attributes claims by rule.
//
// # Pipeline
//
// The text is split into paragraphs and numbered sentences (bot/doc).
// Quotation marks are paired across sentences and paragraphs (a paragraph
// that opens with a quotation mark continues an open quotation; ASCII marks
// are oriented by the characters around them), so a quotation closed by
// `," he said.` is attributed as a whole. Each sentence is searched,
// outside quotations, for a reporting cue: a finite reporting verb (about
// 140 lemmas, some 550 forms: say, deny, reject, accuse, allege, claim,
// urge, call for, warn, …) with its subject to the left ("X said"), across
// an appositive ("Hong Lei, a spokesman …, said"), a relative clause
// ("X, who …, said") or a participial phrase; inverted after a quotation
// ("…," said X); an agentive passive ("was condemned by X"); "X was quoted
// as saying" and "quoted X as saying"; "according to X" (with "a tweet by
// X" and the like); a participle ("…, with officials saying …", "X posted
// a message blaming Y"); a colon ("X tweeted: …"); and interview
// transcripts whose paragraphs open with a speaker tag ("((Name))",
// "Name:"). Passive forms without an agent ("is believed", "was
// reported"), negated, modal and infinitive verbs are not attributions;
// forms that double as nouns ("claims", "reports", "calls") count only
// after a subject at a clause boundary. A second attribution after a
// clause break (", but X said …") is a second claim; "X reported that Y
// said …" credits Y when X is a news outlet. Quotations with no cue of
// their own continue the previous speaker in the paragraph, or the last
// speaker of the previous paragraph when they open the paragraph.
//
// # Speakers and parties
//
// Speakers are noun phrases, decomposed into name, role, head noun,
// country and affiliation, with a gazetteer of about 190 countries, their
// other names, demonyms, capitals and government metonyms ("White House",
// "Kremlin"). Pronouns resolve to a compatible entity named earlier (in
// the pronoun's own sentence the closest before it, in the three sentences
// before it the first named, skipping objects of prepositions; he/she to
// people, it/they to organisations, countries and groups); definite
// descriptions ("the company", "the daily", "the ministry", "the
// president") to the last entity of that class; documents ("the report",
// "the statement") to their author. Look-back is bounded.
//
// Grouping rule: a country's government speaks as one party. An entity
// joins its country's party when the article ties it to a country (a
// demonym or country name in its role, "of Iran", "from Iran") and its role
// is governmental (president, minister, ministry, spokesperson,
// ambassador, embassy, army, officials, state media, a news outlet named
// after the country) and nothing marks it independent (opposition,
// former, lawmaker, activist, company). A bare government body ("the
// defense ministry") takes the country of the last government speaker;
// bare "officials" take the country of the sentence's subject. People in
// apposition to a government role ("Merkel's spokesperson, Steffen
// Seibert") join that government. Spokespeople, offices and executives
// speak for the person or organisation that employs them. Everyone else —
// companies, independent people, former officials, lawmakers, groups,
// news outlets — is a party of their own. Parties are ordered by their
// first claim in the article; claims by article order.
//
// # Neutral voice
//
// Paraphrases use neutral verbs ("Says", "Denies", "Accuses", "Calls
// for") and are built from the reported words only (the quotation or the
// that-clause), so their names and numbers are in the evidence
// (ground.Supported). Loaded words (regime, terrorist, so-called, …) in the
// outlet's own voice are rendered neutrally ("regime" → "government") or
// marked as the outlet's wording, and noted; inside a party's quotation
// they stay and the note attributes them. Sentences the outlet states in
// its own voice are facts; headline, dateline, legend and page-furniture
// lines are neither. Title, site, byline and date missing from the article
// are guessed conservatively from its leading lines.
package offline

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// Briefer is the offline briefer. Build it with New; it is safe for
// concurrent use.
type Briefer struct {
	verbs map[string]verbInfo
	gaz   *gazetteer
}

var _ bot.Briefer = (*Briefer)(nil)

// New builds the lexicons and gazetteer once.
func New() *Briefer {
	return &Briefer{verbs: buildVerbs(), gaz: newGazetteer()}
}

// ID names the backend for the briefing cache.
func (b *Briefer) ID() string { return "offline/v1" }

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
	an := &analysis{b: b, text: text}
	an.run()
	if err := ctx.Err(); err != nil {
		return nil, bot.WrapError(err, bot.EUnavailable, "offline brief", "The briefing was cancelled.")
	}
	return an.compose(a), nil
}
