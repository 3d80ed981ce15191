package openai

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
)

// wireBriefing is the briefing JSON a model replies with (briefingSchema).
// Claims and facts cite sentence numbers; evidence is never the model's.
type wireBriefing struct {
	Title   string      `json:"title"`
	Summary string      `json:"summary"`
	Parties []wireParty `json:"parties"`
	Facts   []wireFact  `json:"facts"`
	Notes   wireNotes   `json:"notes"`
}

// wireNotes are the notes of a reply: an array, or one bare note.
type wireNotes []wireNote

// UnmarshalJSON implements json.Unmarshaler.
func (ns *wireNotes) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*ns = nil
		return nil
	case len(b) > 0 && b[0] != '[':
		var n wireNote
		if err := json.Unmarshal(b, &n); err != nil {
			return err
		}
		*ns = wireNotes{n}
		return nil
	}
	var out []wireNote
	if err := json.Unmarshal(b, &out); err != nil {
		return err
	}
	*ns = out
	return nil
}

// wireNote is a note on the article's framing, with the sentences whose
// words it quotes. A bare string decodes as a note that cites nothing
// (and so is not shown).
type wireNote struct {
	Text      string  `json:"text"`
	Sentences numbers `json:"sentences"`
}

// UnmarshalJSON implements json.Unmarshaler.
func (n *wireNote) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*n = wireNote{}
		return json.Unmarshal(b, &n.Text)
	}
	type plain wireNote
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*n = wireNote(p)
	return nil
}

type wireParty struct {
	Name    string      `json:"name"`
	Aliases texts       `json:"aliases"`
	Claims  []wireClaim `json:"claims"`
}

type wireClaim struct {
	Claim     string  `json:"claim"`
	Speaker   string  `json:"speaker"`
	Stance    string  `json:"stance"`
	Sentences numbers `json:"sentences"`
}

type wireFact struct {
	Text      string  `json:"text"`
	Sentences numbers `json:"sentences"`
}

// numbers are cited sentence numbers. They decode leniently: a list or a
// single value, of integers or of strings such as "7", "[7]", "S7" or
// "7-9". A value that is no number decodes as 0, which validation reports.
type numbers []int

// UnmarshalJSON implements json.Unmarshaler.
func (n *numbers) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*n = nil
		return nil
	}
	var raw []json.RawMessage
	if len(b) > 0 && b[0] == '[' {
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
	} else {
		raw = []json.RawMessage{b}
	}
	out := (*n)[:0]
	for _, r := range raw {
		var f float64
		if err := json.Unmarshal(r, &f); err == nil {
			if f != float64(int(f)) {
				out = append(out, 0)
				continue
			}
			out = append(out, int(f))
			continue
		}
		var s string
		if err := json.Unmarshal(r, &s); err != nil {
			out = append(out, 0)
			continue
		}
		out = append(out, parseNumbers(s)...)
	}
	*n = out
	return nil
}

// parseNumbers reads "7", "[7]", "S7", "7, 8", "7-9" and the like.
func parseNumbers(s string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }) {
		f = strings.Trim(f, "[]()sS#.")
		lo, hi, isRange := strings.Cut(f, "-")
		a, err1 := strconv.Atoi(lo)
		if !isRange {
			if err1 != nil {
				out = append(out, 0)
				continue
			}
			out = append(out, a)
			continue
		}
		z, err2 := strconv.Atoi(strings.Trim(hi, "[]()sS#."))
		if err1 != nil || err2 != nil || z < a || z-a > 10 {
			out = append(out, 0)
			continue
		}
		for i := a; i <= z; i++ {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		out = append(out, 0)
	}
	return out
}

// texts is a list of strings that also decodes from a single string.
type texts []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *texts) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*t = nil
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = texts{s}
		return nil
	}
	var ss []string
	if err := json.Unmarshal(b, &ss); err != nil {
		return err
	}
	*t = ss
	return nil
}

// errNoObject is returned when a reply holds no JSON object.
var errNoObject = errors.New("the reply holds no JSON object")

// parseBriefing reads a model's reply as a briefing, tolerating what
// models add around JSON: reasoning in <think> tags, Markdown code fences,
// prose before or after the object, trailing commas, and an object wrapped
// in another ({"briefing": {…}}).
func parseBriefing(reply string) (*wireBriefing, error) {
	obj, err := extractObject(reply)
	if err != nil {
		return nil, err
	}
	var wb wireBriefing
	if err := json.Unmarshal(obj, &wb); err != nil {
		return nil, fmt.Errorf("the reply is not valid briefing JSON: %w", err)
	}
	if wb.Summary == "" && wb.Parties == nil {
		// {"briefing": {...}}: one key holding the real object.
		var wrap map[string]json.RawMessage
		if json.Unmarshal(obj, &wrap) == nil && len(wrap) == 1 {
			for _, inner := range wrap {
				var wb2 wireBriefing
				if json.Unmarshal(inner, &wb2) == nil && (wb2.Summary != "" || wb2.Parties != nil) {
					return &wb2, nil
				}
			}
		}
	}
	return &wb, nil
}

// extractObject returns the outermost JSON object of s, with trailing
// commas removed.
func extractObject(s string) ([]byte, error) {
	s = stripThink(s)
	if i := strings.Index(s, "```"); i >= 0 {
		rest := s[i+3:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 && !strings.Contains(rest[:nl], "{") {
			rest = rest[nl+1:] // the fence's language tag
		}
		if j := strings.Index(rest, "```"); j >= 0 && strings.Contains(rest[:j], "{") {
			s = rest[:j]
		}
	}
	start := strings.IndexByte(s, '{')
	if start < 0 {
		return nil, errNoObject
	}
	end := matchBrace(s, start)
	if end < 0 {
		return nil, errors.New("the JSON object is incomplete (the reply may have been cut off)")
	}
	return removeTrailingCommas(s[start : end+1]), nil
}

// stripThink removes <think>…</think> reasoning that some models put in
// their content.
func stripThink(s string) string {
	for {
		i := strings.Index(s, "<think>")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "</think>")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+len("</think>"):]
	}
}

// matchBrace returns the index of the brace closing the one at start,
// skipping strings, or -1.
func matchBrace(s string, start int) int {
	depth := 0
	inStr, esc := false, false
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// removeTrailingCommas drops commas that directly precede } or ], outside
// strings.
func removeTrailingCommas(s string) []byte {
	out := make([]byte, 0, len(s))
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
			out = append(out, c)
			continue
		}
		if c == '"' {
			inStr = true
		}
		if c == ',' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// problem is one thing wrong with a model's briefing reply.
type problem struct {
	kind string // a key of reasons
	text string // what the model is told
}

// reasons are the user-facing reasons for each kind of problem, used in
// the fallback note.
var reasons = map[string]string{
	"json":     "it was not valid JSON",
	"length":   "it was cut off at the length limit",
	"empty":    "it was empty",
	"refusal":  "the model declined the request",
	"filter":   "the provider's content filter blocked it",
	"sentence": "it cited sentences the article does not have",
	"party":    "it listed a party without a name or claims",
	"claim":    "it had a claim without text",
	"stance":   "it used an unknown stance",
	"summary":  "it had no summary",
}

// stances maps what models write for a stance to the bot's stances.
var stances = map[string]string{
	bot.StanceAssert: bot.StanceAssert, "assertion": bot.StanceAssert, "asserts": bot.StanceAssert,
	"claim": bot.StanceAssert, "claims": bot.StanceAssert, "states": bot.StanceAssert, "support": bot.StanceAssert,
	bot.StanceDeny: bot.StanceDeny, "denial": bot.StanceDeny, "denies": bot.StanceDeny, "reject": bot.StanceDeny,
	"rejects": bot.StanceDeny, "rejection": bot.StanceDeny,
	bot.StanceAccuse: bot.StanceAccuse, "accusation": bot.StanceAccuse, "accuses": bot.StanceAccuse,
	"blame": bot.StanceAccuse, "blames": bot.StanceAccuse, "allege": bot.StanceAccuse, "alleges": bot.StanceAccuse,
	bot.StanceOther: bot.StanceOther, "neutral": bot.StanceOther,
}

// Limits on what a model's briefing may hold; the excess is dropped.
const (
	maxNotes      = 5
	maxNoteRunes  = 300
	maxFacts      = 8
	maxTitleRunes = 300
	maxCited      = 5 // sentences one claim may cite
)

// validate normalises wb in place and returns what is wrong with it, for
// an article part holding sentences first to last. Invalid facts and
// excess notes are dropped rather than reported: they are not worth a
// repair.
func validate(wb *wireBriefing, first, last int) []problem {
	var ps []problem
	add := func(kind, format string, args ...any) {
		ps = append(ps, problem{kind: kind, text: fmt.Sprintf(format, args...)})
	}
	wb.Title = strings.TrimSpace(wb.Title)
	wb.Summary = strings.TrimSpace(wb.Summary)
	if wb.Summary == "" {
		add("summary", `"summary" is empty: write a neutral summary of the article in 2 to 4 sentences.`)
	}
	for i := range wb.Parties {
		p := &wb.Parties[i]
		p.Name = strings.TrimSpace(p.Name)
		p.Aliases = cleanTexts(p.Aliases, 0, 200)
		label := fmt.Sprintf("party %q", p.Name)
		if p.Name == "" {
			label = fmt.Sprintf("party %d", i+1)
			add("party", "%s has no name: give the party's name as the article gives it.", label)
		}
		if len(p.Claims) == 0 {
			add("party", "%s has no claims: leave out parties that make no claim, or add the claims it makes.", label)
		}
		for j := range p.Claims {
			c := &p.Claims[j]
			c.Claim = strings.TrimSpace(c.Claim)
			c.Speaker = strings.TrimSpace(c.Speaker)
			what := fmt.Sprintf("claim %d of %s", j+1, label)
			if c.Claim == "" {
				add("claim", `%s has an empty "claim": write a short neutral paraphrase.`, what)
			}
			st, ok := stances[strings.ToLower(strings.TrimSpace(c.Stance))]
			if !ok {
				add("stance", `%s has stance %q: use one of "assert", "deny", "accuse", "other".`, what, c.Stance)
			}
			c.Stance = st
			c.Sentences = sortedUnique(c.Sentences)
			if msg := citeProblem(c.Sentences, first, last); msg != "" {
				add("sentence", "%s %s", what, msg)
			}
		}
	}
	facts := wb.Facts[:0]
	for _, f := range wb.Facts {
		f.Text = strings.TrimSpace(f.Text)
		f.Sentences = sortedUnique(f.Sentences)
		if f.Text != "" && citeProblem(f.Sentences, first, last) == "" && len(facts) < maxFacts {
			facts = append(facts, f)
		}
	}
	wb.Facts = facts
	// A note that cites nothing (or sentences the article lacks) is left
	// out, not repaired: it could not be shown anyway.
	notes := wb.Notes[:0]
	seen := map[string]bool{}
	for _, n := range wb.Notes {
		n.Sentences = sortedUnique(n.Sentences)
		t := cleanTexts([]string{n.Text}, 1, maxNoteRunes)
		if len(t) == 0 || seen[strings.ToLower(t[0])] || citeProblem(n.Sentences, first, last) != "" || len(notes) == maxNotes {
			continue
		}
		seen[strings.ToLower(t[0])] = true
		n.Text = t[0]
		notes = append(notes, n)
	}
	wb.Notes = notes
	return ps
}

// citeProblem says what is wrong with a claim's sentence numbers, or "".
func citeProblem(ns []int, first, last int) string {
	if len(ns) == 0 {
		return "cites no sentence: give the number(s) of the sentence(s) that hold it."
	}
	for _, n := range ns {
		if n < first || n > last {
			if n <= 0 {
				return fmt.Sprintf("cites %q, which is not a sentence number (valid numbers are %d to %d).", "0", first, last)
			}
			return fmt.Sprintf("cites sentence %d, which is not in the article (valid numbers are %d to %d).", n, first, last)
		}
	}
	if len(ns) > maxCited {
		return fmt.Sprintf("cites %d sentences: cite only the sentence that holds the claim, or up to 3 consecutive sentences.", len(ns))
	}
	for i := 1; i < len(ns); i++ {
		if ns[i] != ns[i-1]+1 {
			return fmt.Sprintf("cites sentences %d and %d, which are not consecutive: cite one sentence or consecutive sentences (make two claims if needed).", ns[i-1], ns[i])
		}
	}
	return ""
}

func sortedUnique(ns []int) []int {
	slices.Sort(ns)
	return slices.Compact(ns)
}

// cleanTexts trims, drops empty and duplicate entries, and caps the count
// (0: no cap) and each entry's length in runes.
func cleanTexts(ts []string, maxCount, maxRunes int) []string {
	out := make([]string, 0, len(ts))
	seen := map[string]bool{}
	for _, t := range ts {
		t = strings.Join(strings.Fields(t), " ")
		if r := []rune(t); len(r) > maxRunes {
			t = string(r[:maxRunes-1]) + "…"
		}
		k := strings.ToLower(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if maxCount > 0 && len(out) == maxCount {
			break
		}
	}
	return out
}
