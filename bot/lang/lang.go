// Package lang holds what the offline briefer knows about each language,
// as data: one lexicon file per language (reporting verbs with their forms
// and stance, quotation marks, "according to" forms, pronouns, titles,
// determiners, generic speakers, a gazetteer of countries, loaded words,
// page-furniture lines, and the bot's own words: paraphrase verbs, summary
// frames and headings), embedded and read through an fs.FS. Adding a
// language is adding a file (and tests); the code has no word lists.
//
// The lexicon files are documented in data/README.md. Their combined
// content hash is Set.Version, which the offline backend puts in its
// cache key, so a changed rule never serves a stale cached briefing.
//
// Detect tells which language a text is in, from its script and its most
// frequent words; languages without a lexicon are named (from
// data/detect.txt) so the briefing can say which language it could not
// attribute.
package lang

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.lex data/detect.txt data/names.txt
var embedded embed.FS

// Set is the lexicons of every supported language. It is read-only after
// Load and safe for concurrent use.
type Set struct {
	byCode map[string]*Lexicon
	codes  []string
	// Version is a hash of every data file: it changes whenever any rule,
	// word or phrase does.
	Version string
	det     detector
}

// Load reads every *.lex file, detect.txt and (when there is one)
// names.txt at the root of fsys.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.lex")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("lang: no *.lex files")
	}
	sort.Strings(names)
	h := sha256.New()
	s := &Set{byCode: map[string]*Lexicon{}}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("lang: %w", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(b))
		h.Write(b)
		lx, err := parse(path.Base(n), string(b))
		if err != nil {
			return nil, err
		}
		if _, dup := s.byCode[lx.Code]; dup {
			return nil, fmt.Errorf("lang: %s: language %q defined twice", n, lx.Code)
		}
		s.byCode[lx.Code] = lx
		s.codes = append(s.codes, lx.Code)
	}
	det, err := fs.ReadFile(fsys, "detect.txt")
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	h.Write(det)
	if s.det, err = newDetector(s, string(det)); err != nil {
		return nil, err
	}
	// Given names are shared by every language; the file is optional.
	if b, err := fs.ReadFile(fsys, "names.txt"); err == nil {
		h.Write(b)
		names, both, prefixes, err := parseNames(string(b))
		if err != nil {
			return nil, err
		}
		for _, lx := range s.byCode {
			lx.GivenNames, lx.BothGiven, lx.NamePrefixes = names, both, prefixes
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("lang: %w", err)
	}
	s.Version = hex.EncodeToString(h.Sum(nil))[:12]
	return s, nil
}

// parseNames reads names.txt: "f:" and "m:" lines of lower-case given
// names, "both:" lines of given names of either gender, "prefix:" lines
// of lower-case prefixes written before a name (the Arabic article,
// "al-"), comments after "#".
func parseNames(src string) (names map[string]byte, both map[string]bool, prefixes []string, err error) {
	names, both = map[string]byte{}, map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		tag, rest, ok := strings.Cut(line, ":")
		if ok && tag == "prefix" {
			prefixes = append(prefixes, strings.Fields(rest)...)
			continue
		}
		if ok && tag == "both" {
			for _, w := range strings.Fields(rest) {
				both[w] = true
			}
			continue
		}
		if !ok || tag != "f" && tag != "m" {
			return nil, nil, nil, fmt.Errorf("lang: names.txt:%d: want \"f:\", \"m:\", \"both:\" or \"prefix:\" and words", n+1)
		}
		for _, w := range strings.Fields(rest) {
			g := tag[0]
			if old, seen := names[w]; seen && old != g {
				return nil, nil, nil, fmt.Errorf("lang: names.txt:%d: %q is listed as both f and m", n+1, w)
			}
			names[w] = g
		}
	}
	for w := range both {
		if names[w] != 0 {
			return nil, nil, nil, fmt.Errorf("lang: names.txt: %q is listed as both and as %c", w, names[w])
		}
	}
	return names, both, prefixes, nil
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded lexicons, loaded once. It panics if they do
// not load: they are part of the binary and TestEmbedded loads them.
func Default() *Set {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultSet, defaultErr = Load(sub)
	})
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultSet
}

// Get returns the lexicon of a language code, or nil.
func (s *Set) Get(code string) *Lexicon { return s.byCode[code] }

// Codes returns the supported language codes, sorted.
func (s *Set) Codes() []string { return append([]string(nil), s.codes...) }

// Lexicon returns the lexicon for a code, or English when there is none.
func (s *Set) Lexicon(code string) *Lexicon {
	if lx := s.byCode[code]; lx != nil {
		return lx
	}
	return s.byCode["en"]
}

// Name returns the English name of a language code (supported or only
// detected), or the code itself.
func (s *Set) Name(code string) string {
	if n, ok := s.det.names[code]; ok {
		return n
	}
	return code
}

// BotWords returns the capitalised words of the bot's own templates
// ([phrases]) in every language ("Worten", "Artikels" in German): the
// grounding check does not ask for them in the evidence.
func (s *Set) BotWords() map[string]bool {
	m := map[string]bool{}
	for _, lx := range s.byCode {
		for _, p := range lx.Phrases {
			for _, w := range strings.Fields(p) {
				w = strings.Trim(w, ",:;.()\"'")
				if w != "" && !strings.ContainsAny(w, "{}") && IsUpperInitial(w) {
					m[w] = true
				}
			}
		}
	}
	return m
}

// VoiceWords returns every word the bot's own paraphrase verbs start with,
// in every language, capitalised as the paraphrases write them. The
// grounding check skips them when it asks whether a paraphrase's names
// are in its evidence.
func (s *Set) VoiceWords() map[string]bool {
	m := map[string]bool{}
	for _, lx := range s.byCode {
		for _, v := range lx.Voice {
			for _, x := range v {
				for _, w := range strings.Fields(x) {
					m[strings.Trim(w, ",:")] = true
				}
			}
		}
	}
	return m
}
