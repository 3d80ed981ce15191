package bot

// Stances a claim can take. The set is part of the briefing JSON contract.
const (
	StanceAssert = "assert"
	StanceDeny   = "deny"
	StanceAccuse = "accuse"
	StanceOther  = "other"
)

// Briefing is a neutral summary of an article with each party's claims kept
// apart. Its JSON form is a contract (see README): fields may be added, never
// renamed or removed.
type Briefing struct {
	Title   string   `json:"title"`
	Source  Source   `json:"source"`
	Summary string   `json:"summary"`
	Parties []Party  `json:"parties"`
	Facts   []Fact   `json:"facts"`
	Notes   []string `json:"notes"`
	Backend string   `json:"backend"`
	Stats   Stats    `json:"stats"`
	// Language is the article's language code ("en", "fr", "zh"), when the
	// backend knows it; the bot's own words follow it unless configured
	// otherwise.
	Language string `json:"language,omitempty"`
	// Sources lists the articles of a story briefing, one story as
	// several outlets report it (see StorySource); empty for a briefing
	// of one article. Claims and facts then name the source their
	// evidence comes from.
	Sources []StorySource `json:"sources,omitempty"`
	// Coverage tells, for each source of a story briefing, which parties
	// it quotes, which claims only it carries and the loaded words it
	// uses in its own voice.
	Coverage []Coverage `json:"coverage,omitempty"`
}

// IsStory reports whether b is a story briefing of several sources.
func (b *Briefing) IsStory() bool { return len(b.Sources) > 1 }

// StorySource is one article of a story briefing.
type StorySource struct {
	// ID is "s1", "s2", … in the order the sources were given.
	ID       string `json:"id"`
	Title    string `json:"title"`
	Site     string `json:"site"`
	URL      string `json:"url"`
	Date     string `json:"date"`
	Language string `json:"language,omitempty"`
}

// Coverage is what one source of a story carries.
type Coverage struct {
	Source string `json:"source"`
	// Parties are the names of the parties it quotes.
	Parties []string `json:"parties"`
	// OnlyHere are the claims (their paraphrase) no other source in its
	// language carries.
	OnlyHere []string `json:"only_here"`
	// Loaded are the loaded words it uses in its own voice, outside
	// quotations and the statements it reports: the outlet's framing,
	// never the bot's.
	Loaded []string `json:"loaded"`
}

// Reported is a statement as one source of a story reports it.
type Reported struct {
	Source string `json:"source"`
	// Claim is the source's own claim's paraphrase, for a conflicting
	// report (empty for the same claim reported again).
	Claim     string `json:"claim,omitempty"`
	Evidence  string `json:"evidence"`
	Sentences []int  `json:"sentences,omitempty"`
}

// Source describes where an article came from.
type Source struct {
	URL       string `json:"url"`
	Site      string `json:"site"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
}

// Party is a person, organisation or government whose claims the article
// reports, with the other names the article uses for it.
type Party struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Claims  []Claim  `json:"claims"`
}

// Claim is one thing a party says, in the bot's neutral paraphrase, with the
// article's own words as evidence.
type Claim struct {
	// Claim is the bot's neutral paraphrase ("Says …", "Denies …").
	Claim string `json:"claim"`
	// Speaker is who said it, as the article names them.
	Speaker string `json:"speaker"`
	// Stance is one of StanceAssert, StanceDeny, StanceAccuse, StanceOther.
	Stance string `json:"stance"`
	// Evidence is a verbatim substring of the article text.
	Evidence string `json:"evidence"`
	// Sentences are the 1-based numbers of the article sentences the
	// evidence comes from, when the backend knows them.
	Sentences []int `json:"sentences,omitempty"`
	// Via names who relayed the statement when the article reports it
	// through someone else ("sources say X told police …": the claim is
	// X's, via the sources).
	Via string `json:"via,omitempty"`
	// Source is the id of the story source the evidence comes from, in a
	// story briefing.
	Source string `json:"source,omitempty"`
	// AlsoIn lists the other sources that report the same statement by
	// the party, each with its own evidence.
	AlsoIn []Reported `json:"also_in,omitempty"`
	// OnlyHere is set when the sources in the claim's language number
	// two or more and no other of them carries it.
	OnlyHere bool `json:"only_here,omitempty"`
	// Conflicts lists the statements other sources attribute to the same
	// party that contradict this one (shown side by side).
	Conflicts []Reported `json:"conflicts_with,omitempty"`
}

// Fact is a statement the outlet makes in its own voice, not attributed to
// any party.
type Fact struct {
	Text      string `json:"text"`
	Evidence  string `json:"evidence"`
	Sentences []int  `json:"sentences,omitempty"`
	// Source is the id of the story source the evidence comes from, in a
	// story briefing.
	Source string `json:"source,omitempty"`
}

// Stats counts what the pipeline did to a briefing.
type Stats struct {
	// ClaimsDroppedUngrounded counts claims removed because their evidence
	// is not in the article or their paraphrase names what the evidence
	// does not.
	ClaimsDroppedUngrounded int `json:"claims_dropped_ungrounded"`
	// ClaimsDroppedMisattributed counts claims removed because the
	// article attributes the sentences they cite to someone else than
	// their party (see ground.Checker.CheckSpeakers).
	ClaimsDroppedMisattributed int `json:"claims_dropped_misattributed,omitempty"`
	// FactsDroppedUngrounded counts facts removed for the same reason.
	FactsDroppedUngrounded int `json:"facts_dropped_ungrounded,omitempty"`
	// Usage is the model's token use for this briefing, when a model was
	// called; zero for the offline backend and for cached briefings.
	Usage *Usage `json:"usage,omitempty"`
	// Cached is true when the briefing came from the cache.
	Cached bool `json:"cached,omitempty"`
	// Fallback is true when the configured backend failed and a fallback
	// briefer made the briefing; such briefings are not cached, so the
	// article goes to the backend again next time.
	Fallback bool `json:"fallback,omitempty"`
}

// Usage is a model's token accounting.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	Calls            int `json:"calls"`
}

// Add adds u2 to u.
func (u *Usage) Add(u2 Usage) {
	u.PromptTokens += u2.PromptTokens
	u.CompletionTokens += u2.CompletionTokens
	u.Calls += u2.Calls
}

// ClaimCount returns the number of claims across all parties.
func (b *Briefing) ClaimCount() int {
	n := 0
	for _, p := range b.Parties {
		n += len(p.Claims)
	}
	return n
}
