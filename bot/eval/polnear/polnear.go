// Package polnear reads the PolNeAR corpus (Political News Attribution
// Relations, github.com/networkdynamics/PolNeAR: US political news annotated
// with the source, cue and content of every attribution) and scores
// briefings against its attributions with a named source.
//
// The corpus is not part of Briefbot: its texts have no stated licence.
// Read it from a checkout. Its train and dev splits are for development;
// its test split is for blind evaluation only, which is why Report keeps
// per-attribution detail out of test-split reports.
package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is one article of the corpus with its attributions.
type Doc struct {
	Name string
	Text string
	// Attributions are those with a named source, in text order.
	Attributions []Attribution
}

// Attribution is one annotated attribution.
type Attribution struct {
	// Source is the source span's text, Names its capitalised name words
	// ("Donald Trump's campaign manager" → Donald, Trump).
	Source string
	Names  []string
	// Content is the byte span of the attributed content in Doc.Text
	// (from its first to its last piece).
	Content [2]int
	// ContentText is the content's text.
	ContentText string
	// Cue is the cue span's text ("said", "according to").
	Cue string
}

// Load reads a split ("train", "dev" or "test") from dir, which is the
// corpus's data/ directory or the repository root. When an article was
// annotated by several annotators, the first annotation file (by name) is
// used.
func Load(dir, split string) ([]Doc, error) {
	switch split {
	case "train", "dev", "test":
	default:
		return nil, fmt.Errorf("polnear: unknown split %q (want train, dev or test)", split)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", split)); err == nil {
		dir = filepath.Join(dir, "data")
	}
	anns, err := filepath.Glob(filepath.Join(dir, split, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("polnear: no %s/attributions/*.ann under %s", split, dir)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var docs []Doc
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("polnear: %s: no annotator suffix", a)
		}
		name := base[:i]
		if seen[name] {
			continue
		}
		seen[name] = true
		text, err := os.ReadFile(filepath.Join(dir, split, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		d := Doc{Name: name, Text: string(text)}
		if d.Attributions, err = readAnn(a, d.Text); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

type span struct {
	kind  string
	parts [][2]int // byte offsets
	text  string
}

// readAnn reads a brat standoff file. Its offsets count characters (code
// points); they are turned into byte offsets of text.
func readAnn(path, text string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	// Code point index → byte offset.
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	byteAt := func(cp int) (int, bool) {
		if cp < 0 || cp >= len(offs) {
			return 0, false
		}
		return offs[cp], true
	}
	spans := map[string]span{}
	var rels [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(p[0], "T"):
			kind, rest, _ := strings.Cut(p[1], " ")
			s := span{kind: kind}
			if len(p) > 2 {
				s.text = p[2]
			}
			for _, part := range strings.Split(rest, ";") {
				f := strings.Fields(part)
				if len(f) != 2 {
					return nil, fmt.Errorf("polnear: %s:%d: bad span %q", path, line, part)
				}
				a, e1 := strconv.Atoi(f[0])
				b, e2 := strconv.Atoi(f[1])
				ba, ok1 := byteAt(a)
				bb, ok2 := byteAt(b)
				if e1 != nil || e2 != nil || !ok1 || !ok2 || bb < ba {
					return nil, fmt.Errorf("polnear: %s:%d: bad span %q", path, line, part)
				}
				s.parts = append(s.parts, [2]int{ba, bb})
			}
			spans[p[0]] = s
		case strings.HasPrefix(p[0], "E"):
			rels = append(rels, strings.Fields(p[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	var out []Attribution
	for _, r := range rels {
		var src, content, cue span
		okS, okC := false, false
		for _, x := range r {
			role, id, _ := strings.Cut(x, ":")
			switch role {
			case "Source":
				src, okS = spans[id]
			case "Content":
				content, okC = spans[id]
			case "Cue":
				cue = spans[id]
			}
		}
		if !okS || !okC || len(content.parts) == 0 {
			continue
		}
		names := NameWords(src.text)
		if len(names) == 0 {
			continue
		}
		c := content.parts[0]
		for _, pt := range content.parts[1:] {
			c[0], c[1] = min(c[0], pt[0]), max(c[1], pt[1])
		}
		out = append(out, Attribution{Source: src.text, Names: names, Content: c, ContentText: text[c[0]:c[1]], Cue: cue.text})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Content[0] < out[j].Content[0] })
	return out, nil
}

// notNames are capitalised words that do not name a source.
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You His Her Their Its Our My Your This That These Those
		Some Many Most Several Both All Each Every Other Others One Two Three Four Five Six Seven Eight Nine Ten
		Mr Mrs Ms Dr Sen Rep Gov Gen President Secretary Senator Former Vice Chief Republican Republicans
		Democrat Democrats Democratic GOP Who Which What When Where Why How According As In On At For And But Or
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
		August September October November December Attorney General Speaker Governor Minister Party`) {
		notNames[w] = true
	}
}

// NameWords returns the capitalised words of s that can name a source:
// not function words, titles or party labels, with possessive endings
// removed.
func NameWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '—' || r == ',' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}) {
		w := strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		w = strings.Trim(w, ".:;!?'’")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || notNames[w] || notNames[strings.TrimSuffix(w, ".")] {
			continue
		}
		out = append(out, w)
	}
	return out
}
