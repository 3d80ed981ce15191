package lang

import (
	"fmt"
	"strings"
	"unicode"
)

// Detection is what Detect found.
type Detection struct {
	// Code is the language's code ("fr", "zh"), or "" when unknown.
	Code string
	// Name is its English name ("French"), or "".
	Name string
	// Supported is set when the offline briefer has a lexicon for it.
	Supported bool
}

// detector scores texts by script and by frequent words.
type detector struct {
	words   map[string][]string // word → language codes it is frequent in
	scripts []scriptLang
	names   map[string]string
	langs   []string
}

type scriptLang struct {
	table      *unicode.RangeTable
	script     string
	code, name string
}

// newDetector reads detect.txt: "script NAME CODE English name" lines tie a
// Unicode script to a language, "[CODE English name]" sections list the
// frequent words of languages that have no lexicon.
func newDetector(s *Set, src string) (detector, error) {
	d := detector{words: map[string][]string{}, names: map[string]string{}}
	add := func(code string, ws []string) {
		for _, w := range ws {
			w = lower(w)
			d.words[w] = append(d.words[w], code)
		}
	}
	for _, code := range s.codes {
		lx := s.byCode[code]
		if len(lx.Sets["detect"]) < 10 {
			return d, fmt.Errorf("lang: %s has fewer than 10 [set detect] words", code)
		}
		name := lx.English
		if name == "" {
			name = lx.Name
		}
		d.names[code] = name
		d.langs = append(d.langs, code)
		ws := make([]string, 0, len(lx.Sets["detect"]))
		for w := range lx.Sets["detect"] {
			ws = append(ws, w)
		}
		add(code, ws)
	}
	cur := ""
	for n, ln := range strings.Split(src, "\n") {
		if i := strings.Index(ln, "#"); i >= 0 {
			ln = ln[:i]
		}
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "":
		case strings.HasPrefix(ln, "script "):
			f := strings.Fields(ln)
			if len(f) < 4 {
				return d, fmt.Errorf("lang: detect.txt:%d: want script NAME CODE English name", n+1)
			}
			t, ok := unicode.Scripts[f[1]]
			if !ok {
				return d, fmt.Errorf("lang: detect.txt:%d: unknown script %q", n+1, f[1])
			}
			name := strings.Join(f[3:], " ")
			d.scripts = append(d.scripts, scriptLang{table: t, script: f[1], code: f[2], name: name})
			if _, ok := d.names[f[2]]; !ok {
				d.names[f[2]] = name
			}
		case strings.HasPrefix(ln, "["):
			f := strings.Fields(strings.Trim(ln, "[]"))
			if len(f) < 2 {
				return d, fmt.Errorf("lang: detect.txt:%d: want [CODE English name]", n+1)
			}
			cur = f[0]
			d.names[cur] = strings.Join(f[1:], " ")
			d.langs = append(d.langs, cur)
		case cur == "":
			return d, fmt.Errorf("lang: detect.txt:%d: words before any [CODE name] section", n+1)
		default:
			add(cur, strings.Fields(ln))
		}
	}
	return d, nil
}

// Detect names the language of text: a script that only one language
// uses decides (Han with kana is Japanese), and for alphabets shared by
// many languages the most frequent words vote. It looks at the first
// 20,000 bytes. A text with too few known words is "" (unknown).
func (s *Set) Detect(text string) Detection {
	if len(text) > 20000 {
		text = text[:20000]
	}
	d := &s.det
	letters := 0
	counts := make([]int, len(d.scripts))
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x250 {
			continue // Latin: words decide
		}
		for i, sl := range d.scripts {
			if unicode.Is(sl.table, r) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 {
		return Detection{}
	}
	best, bestN := -1, 0
	for i, n := range counts {
		if n > bestN {
			best, bestN = i, n
		}
	}
	// A script used by one language decides when it is a fair share of
	// the letters (Han counts one letter per character, so less is
	// needed).
	if best >= 0 && bestN*4 >= letters {
		sl := d.scripts[best]
		if sl.script == "Han" {
			for i, x := range d.scripts {
				if (x.script == "Hiragana" || x.script == "Katakana") && counts[i]*20 >= bestN {
					return s.detection(x.code)
				}
			}
		}
		if sl.code != "*" {
			return s.detection(sl.code)
		}
	}
	// Alphabets: frequent words vote.
	votes := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		w = strings.ReplaceAll(w, "’", "'")
		total++
		for _, c := range d.words[w] {
			votes[c]++
		}
	}
	// Characteristic letters and spellings break ties between neighbours
	// ("l'" is French, "ñ" Spanish, "ß" German).
	for _, code := range s.codes {
		n := 0
		for m := range s.byCode[code].Sets["markers"] {
			n += strings.Count(strings.ReplaceAll(strings.ToLower(text), "’", "'"), m)
		}
		votes[code] += min(n, 3)
	}
	bestCode, bestV, second := "", 0, 0
	for _, c := range d.langs {
		v := votes[c]
		switch {
		case v > bestV:
			bestCode, second, bestV = c, bestV, v
		case v > second:
			second = v
		}
	}
	// A long text needs a fair share of frequent words; a short one (a
	// sentence) only needs more of them in one language than in any
	// other.
	if bestV == 0 || bestV == second || total > 40 && bestV*20 < total && bestV < 10 {
		return Detection{}
	}
	return s.detection(bestCode)
}

func (s *Set) detection(code string) Detection {
	return Detection{Code: code, Name: s.det.names[code], Supported: s.byCode[code] != nil}
}
