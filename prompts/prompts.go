// Package prompts holds the language-model prompts of Briefbot as embedded
// text/template files, parsed once at start.
//
// Each message of a conversation with a model has its own file: the system
// and user parts of a briefing request (brief_system.tmpl, brief_user.tmpl),
// the repair request sent when a model's reply cannot be used
// (repair_user.tmpl), the follow-up answer conversation (answer_system.tmpl,
// answer_context.tmpl, answer_ack.tmpl, answer_user.tmpl) and the merge of
// part summaries of a long article (summary_system.tmpl, summary_user.tmpl).
// Pieces they share (the untrusted-data rule, the neutral-voice rules, the
// numbered article block) are {{define}}d in shared.tmpl.
//
// Text that comes from outside the bot (article sentences, metadata,
// questions) goes through the template function untrusted, which
// neutralises anything that could pass for a delimiter or a sentence
// number; see Untrusted.
//
// Version names the prompts' wording. It is part of every LLM backend's ID
// and so of the briefing cache key: change it whenever a template changes
// what a model is asked (TestVersionPinned fails until you do).
package prompts

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"text/template"
)

// Version is the prompts' version, part of the backend ID and cache key.
const Version = "p2"

// Template names, one per message kind.
const (
	BriefSystem   = "brief_system.tmpl"
	BriefUser     = "brief_user.tmpl"
	RepairUser    = "repair_user.tmpl"
	AnswerSystem  = "answer_system.tmpl"
	AnswerContext = "answer_context.tmpl"
	AnswerAck     = "answer_ack.tmpl"
	AnswerUser    = "answer_user.tmpl"
	SummarySystem = "summary_system.tmpl"
	SummaryUser   = "summary_user.tmpl"
)

//go:embed *.tmpl
var files embed.FS

// Sentence is one numbered article sentence.
type Sentence struct {
	N    int    // 1-based number in the whole article (bot/doc numbering)
	Text string // the sentence, raw: templates neutralise it
}

// Article is the article block of a prompt.
type Article struct {
	Title, Site, Published string
	// Paragraphs hold the sentences shown, paragraph by paragraph.
	Paragraphs [][]Sentence
	// Excerpt is true when only some paragraphs are shown.
	Excerpt bool
}

// BriefUserData is the data of BriefUser.
type BriefUserData struct {
	Article Article
	// Part and Parts number the part of a long article (1-based); Parts is
	// 1 for an article briefed whole. First and Last are the sentence
	// numbers the part holds.
	Part, Parts, First, Last int
}

// RepairData is the data of RepairUser.
type RepairData struct {
	// Problems say exactly what was wrong with the previous reply.
	Problems []string
	// First and Last are the valid sentence numbers.
	First, Last int
	// Omitted is true when the previous reply is not repeated in the
	// conversation (it did not fit the context window).
	Omitted bool
}

// Briefing is an earlier briefing, shown to the model with follow-up
// questions.
type Briefing struct {
	Summary string
	Parties []Party
}

// Party is a party of a Briefing.
type Party struct {
	Name    string
	Aliases []string
	Claims  []Claim
}

// Claim is a claim of a Party.
type Claim struct {
	Claim     string
	Sentences []int
}

// AnswerContextData is the data of AnswerContext.
type AnswerContextData struct {
	Article  Article
	Briefing *Briefing // nil when there is none
}

// AnswerUserData is the data of AnswerUser.
type AnswerUserData struct {
	Question string
}

// SummaryUserData is the data of SummaryUser.
type SummaryUserData struct {
	Summaries []string
}

// Set is a parsed set of prompt templates. It is safe for concurrent use.
type Set struct {
	t *template.Template
}

var load = sync.OnceValues(func() (*Set, error) { return Parse(files) })

// Load returns the embedded templates, parsed and checked once per process.
// It fails when a template is missing, does not parse or does not render.
func Load() (*Set, error) { return load() }

// MustLoad is Load that panics on error, for package-level variables and
// tests.
func MustLoad() *Set {
	s, err := Load()
	if err != nil {
		panic(err)
	}
	return s
}

// funcs are the template functions.
var funcs = template.FuncMap{
	"untrusted": Untrusted,
	"join":      strings.Join,
	"cite":      cite,
	"inc":       func(i int) int { return i + 1 },
}

// samples are data every template must render with; Parse renders each
// once so that a template error fails at start, not on the first request.
var samples = map[string]any{
	BriefSystem: nil,
	BriefUser: BriefUserData{Article: Article{Title: "T", Paragraphs: [][]Sentence{{{N: 1, Text: "S."}}}},
		Part: 1, Parts: 2, First: 1, Last: 1},
	RepairUser:   RepairData{Problems: []string{"p"}, First: 1, Last: 1, Omitted: true},
	AnswerSystem: nil,
	AnswerContext: AnswerContextData{Article: Article{Paragraphs: [][]Sentence{{{N: 1, Text: "S."}}}, Excerpt: true},
		Briefing: &Briefing{Summary: "S.", Parties: []Party{{Name: "A", Aliases: []string{"B"}, Claims: []Claim{{Claim: "Says.", Sentences: []int{1}}}}}}},
	AnswerAck:     nil,
	AnswerUser:    AnswerUserData{Question: "Q?"},
	SummarySystem: nil,
	SummaryUser:   SummaryUserData{Summaries: []string{"S."}},
}

// Parse parses the templates in fsys (all *.tmpl files) and checks that
// every template the bot uses is there and renders. Load uses the embedded
// files; tests pass others.
func Parse(fsys fs.FS) (*Set, error) {
	t, err := template.New("prompts").Funcs(funcs).Option("missingkey=error").ParseFS(fsys, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("prompts: parse: %w", err)
	}
	s := &Set{t: t}
	for name, data := range samples {
		if t.Lookup(name) == nil {
			return nil, fmt.Errorf("prompts: template %s is missing", name)
		}
		if _, err := s.Render(name, data); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Render executes the named template with data and returns the text with
// surrounding blank space trimmed.
func (s *Set) Render(name string, data any) (string, error) {
	var b strings.Builder
	if err := s.t.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("prompts: render %s: %w", name, err)
	}
	return strings.TrimSpace(b.String()), nil
}

// cite renders sentence numbers as citations: [7] or [7][8].
func cite(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(']')
	}
	return b.String()
}

// Untrusted neutralises text from outside the bot before it goes into a
// prompt, so that it cannot close or open a delimiter or pass for a
// sentence number:
//   - < and > become ‹ and › (also when written as &lt; &gt; &#60; &#62;),
//     so "</article>", "<|im_start|>" and the like are no longer tags;
//   - a number in square brackets, [12], becomes (12), so the article's own
//     footnote marks cannot be mistaken for (or forge) sentence numbers;
//   - line breaks and tabs become spaces, so the text stays on its line.
//
// The bot never takes article words from a model's reply (evidence comes
// from bot/doc), so neutralising what the model sees loses nothing.
func Untrusted(s string) string {
	if !strings.ContainsAny(s, "<>[&\n\r\t\u2028\u2029") {
		return s
	}
	s = entities.Replace(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '<':
			b.WriteString("‹")
		case '>':
			b.WriteString("›")
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		case '[':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ']' {
				b.WriteByte('(')
				b.WriteString(s[i+1 : j])
				b.WriteByte(')')
				i = j
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return strings.NewReplacer("\u2028", " ", "\u2029", " ").Replace(b.String())
}

// entities are the escaped forms of < and > that a model might decode.
var entities = strings.NewReplacer(
	"&lt;", "‹", "&gt;", "›", "&LT;", "‹", "&GT;", "›",
	"&#60;", "‹", "&#62;", "›", "&#x3c;", "‹", "&#x3e;", "›", "&#x3C;", "‹", "&#x3E;", "›",
)
