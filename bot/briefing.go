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
}

// Fact is a statement the outlet makes in its own voice, not attributed to
// any party.
type Fact struct {
	Text      string `json:"text"`
	Evidence  string `json:"evidence"`
	Sentences []int  `json:"sentences,omitempty"`
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
