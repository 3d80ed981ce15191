package openai

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/doc"
)

// statementGate passes an answer on one statement (sentence) at a time,
// and only the statements that cite the article: a statement with no
// citation is the model's, not the article's, so it is held back. When
// the whole answer cites nothing, the held statements are shown at the
// end under a note that says so; otherwise they are left out and counted.
//
// A statement's citations may follow its final punctuation ("… it.
// [7]"), so a statement is complete only once the next one has begun
// with something other than a citation. Sentences are found with the
// splitter the article uses (bot/doc), so "U.S." does not end one.
type statementGate struct {
	emit func(string)
	buf  string
	// exempt is how many statements may stand without a citation: the
	// opening "the article does not say …" of a NOT_IN_ARTICLE answer.
	exempt int
	held   []string // uncited statements, in order
	shown  int      // statements passed on
	pend   string   // whitespace between statements, sent before the next one shown
	// marker is set when a statement was only the NOT_IN_ARTICLE marker
	// (a model that puts it last).
	marker bool
	// speakerOK, when set, checks a cited statement's speaker against
	// whom the article gives the cited sentences to; a statement that
	// fails is left out and counted in misattributed.
	speakerOK     func(statement string, cited []int) bool
	misattributed int
}

// push takes processed answer text (citations already checked).
func (g *statementGate) push(s string) {
	g.buf += s
	g.run(false)
}

// finish passes on what is left and settles the held statements. It
// returns how many uncited statements were left out, and whether the
// answer cited nothing at all (its text then stands under a note).
func (g *statementGate) finish() (left int, uncited bool) {
	g.run(true)
	if g.shown == 0 && len(g.held) > 0 {
		for i, h := range g.held {
			if i > 0 {
				g.emit(" ")
			}
			g.emit(h)
		}
		return 0, true
	}
	return len(g.held), false
}

func (g *statementGate) run(final bool) {
	for {
		end, ok := g.statementEnd(final)
		if !ok {
			return
		}
		st := g.buf[:end]
		g.buf = g.buf[end:]
		body := strings.TrimSpace(st)
		if body == "" {
			g.pend += st
			continue
		}
		lead := st[:len(st)-len(strings.TrimLeftFunc(st, unicode.IsSpace))]
		switch {
		case body == notInArticle:
			g.marker = true
			g.pend += st
			continue
		case hasCitation(body):
			if g.speakerOK != nil && !g.speakerOK(body, citations(body)) {
				g.misattributed++
				g.pend += st[:len(lead)]
				continue
			}
		case g.exempt > 0:
			g.exempt--
		default:
			g.held = append(g.held, body)
			continue
		}
		if g.shown == 0 {
			lead, g.pend = "", ""
		}
		g.emit(g.pend + lead + body)
		g.pend = st[len(lead)+len(body):]
		g.shown++
	}
}

// statementEnd returns the end of the first complete statement in buf:
// the end of its sentence and of the citations right after it. At the
// end of the text the rest is one statement.
func (g *statementGate) statementEnd(final bool) (int, bool) {
	if g.buf == "" {
		return 0, false
	}
	d := doc.Parse(g.buf)
	for i := 0; i+1 < len(d.Sentences); i++ {
		next := d.Sentences[i+1]
		rest := g.buf[next.Start:]
		cit := leadingCitations(rest)
		if cit == len(rest) && !final {
			return 0, false // the next sentence may be only its citation
		}
		if cit == 0 {
			return next.Start, true
		}
		if strings.TrimSpace(rest[cit:]) == "" && !final {
			return 0, false
		}
		// The citations belong to sentence i; the statement ends after
		// them unless they are all the next sentence holds.
		if strings.TrimSpace(rest[cit:]) != "" {
			return next.Start + cit, true
		}
	}
	if final {
		return len(g.buf), true
	}
	return 0, false
}

// leadingCitations returns the length of the citations ("[7] [8]") and
// spaces at the start of s.
func leadingCitations(s string) int {
	i := 0
	for {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] != '[' {
			return i
		}
		k := strings.IndexByte(s[j:], ']')
		if k < 0 {
			return i
		}
		if _, ok := parseCitation(s[j+1 : j+k]); !ok {
			return i
		}
		i = j + k + 1
	}
}

// hasCitation reports whether s holds a citation of a sentence.
func hasCitation(s string) bool { return len(citations(s)) > 0 }

// citations returns the sentence numbers s cites.
func citations(s string) []int {
	var out []int
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			return out
		}
		j += i
		k := strings.IndexByte(s[j:], ']')
		if k < 0 {
			return out
		}
		if ns, ok := parseCitation(s[j+1 : j+k]); ok {
			out = append(out, ns...)
		}
		i = j + 1
	}
}

// withoutCitations returns s with its citations removed.
func withoutCitations(s string) string {
	var b strings.Builder
	for {
		j := strings.IndexByte(s, '[')
		if j < 0 {
			break
		}
		k := strings.IndexByte(s[j:], ']')
		if k < 0 {
			break
		}
		if _, ok := parseCitation(s[j+1 : j+k]); ok {
			b.WriteString(strings.TrimRight(s[:j], " "))
		} else {
			b.WriteString(s[:j+k+1])
		}
		s = s[j+k+1:]
	}
	b.WriteString(s)
	return b.String()
}
