package bot

import "context"

// Briefer turns an article into a briefing. Implementations: the offline
// briefer (bot/offline) and the LLM backends (adapters/openai, …).
//
// Brief returns a briefing whose evidence strings come from the article;
// the engine still runs the grounding check on it before showing it. It
// returns an *Error with code EUnavailable when a model cannot be reached,
// ERateLimited when the provider's quota is hit, and EInvalid when the model's
// output cannot be used even after repair.
type Briefer interface {
	Brief(ctx context.Context, a *Article) (*Briefing, error)
}

// Answerer answers a follow-up question about a briefed article.
//
// Answer sends the answer's text to stream as it is produced, in pieces
// (each call carries only the new text), then returns the whole answer. A
// nil stream is allowed. When the article does not say, the answer says so
// with NotInArticle set, rather than guessing.
type Answerer interface {
	Answer(ctx context.Context, req *AnswerRequest, stream func(delta string)) (*Answer, error)
}

// Backend is a briefer that can also answer questions, identified for the
// briefing cache.
type Backend interface {
	Briefer
	Answerer
	// ID names the backend and everything that changes its output (model,
	// prompt version, lexicon version), e.g.
	// "openai/gpt-4o-mini/p2/lex-1a2b3c4d". Briefings are cached by article
	// hash and ID.
	ID() string
}

// AnswerRequest is a follow-up question with what it is asked about.
type AnswerRequest struct {
	Article  *Article
	Briefing *Briefing
	// Turns are the thread's earlier questions and answers, oldest first.
	Turns    []Turn
	Question string
}

// Turn is one question and its answer in a thread.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Answer is the reply to a follow-up question.
type Answer struct {
	// Text is the bot's answer in its own neutral voice.
	Text string `json:"text"`
	// Quotes are the article sentences the answer rests on, verbatim.
	Quotes []Quote `json:"quotes,omitempty"`
	// NotInArticle is true when the article does not answer the question.
	NotInArticle bool `json:"not_in_article,omitempty"`
	// Usage is the model's token use, when a model was called.
	Usage *Usage `json:"usage,omitempty"`
}

// Quote is a verbatim article sentence cited by an answer.
type Quote struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	// Speaker is who the sentence attributes its words to, if anyone.
	Speaker string `json:"speaker,omitempty"`
	// Source is the id of the story source the sentence is from, in an
	// answer across a story's sources ("s2"); Sentence numbers that
	// source's sentences.
	Source string `json:"source,omitempty"`
}

// Fetcher loads a web page and extracts its article. It returns an *Error
// with code EFetch when the page cannot be loaded, EUnsupported for content
// types that are not web pages or text, and EForbidden for addresses refused
// by policy.
type Fetcher interface {
	Fetch(ctx context.Context, rawURL string) (*Article, error)
}

// HTMLExtractor extracts the readable article from an HTML document that
// was uploaded or attached rather than linked. pageURL may be empty.
type HTMLExtractor interface {
	ExtractHTML(ctx context.Context, html []byte, pageURL string) (*Article, error)
}

// StoryMerger merges the briefings of several articles on one story (a
// story thread's sources, in order) into one story briefing; notes are
// the engine's own (a source that failed) and lead the briefing's notes.
// Package story implements it.
type StoryMerger interface {
	Merge(sources []ThreadSource, notes []string) *Briefing
}
