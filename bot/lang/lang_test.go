package lang

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// requiredSets are the word sets the offline briefer reads: every
// language must define them (an empty set is written as a comment-only
// section if a language has none).
var requiredSets = []string{
	"detect", "markers", "determiners", "definite", "quantifiers", "negsubj", "negation", "aux",
	"passive", "modal", "pluralaux", "inf", "comp", "relpron", "clause", "coord", "prep", "of", "by", "as",
	"nameglue", "adverbs", "time", "anaphoric", "docnouns", "orgwords", "mediawords", "newsnames",
	"govwords", "nongov", "plural", "starters", "regimewords", "photowords", "credits", "denycues", "accusecues",
}

func TestLexicons(t *testing.T) {
	s := Default()
	if got := strings.Join(s.Codes(), " "); got != "de en es fr pt" {
		t.Fatalf("languages %q", got)
	}
	for _, c := range s.Codes() {
		lx := s.Get(c)
		for _, name := range requiredSets {
			if len(lx.Sets[name]) == 0 {
				t.Errorf("%s: [set %s] is missing or empty", c, name)
			}
		}
		if len(lx.Verbs) < 150 {
			t.Errorf("%s: %d verb forms", c, len(lx.Verbs))
		}
		if len(lx.Countries) < 60 || len(lx.Quotes) < 2 || len(lx.Pronouns) < 3 || len(lx.According) < 1 || len(lx.Titles) < 40 {
			t.Errorf("%s: %d countries, %d quotation marks, %d pronouns, %d according forms, %d titles",
				c, len(lx.Countries), len(lx.Quotes), len(lx.Pronouns), len(lx.According), len(lx.Titles))
		}
		for _, key := range []string{"say", "deny", "accuse"} {
			if v := lx.VoiceVerb(key, false); v == "" || !IsUpperInitial(v) {
				t.Errorf("%s: voice %q = %q", c, key, v)
			}
		}
		if lx.English == "" || lx.Label("summary") == "summary" {
			t.Errorf("%s: English name %q, label %q", c, lx.English, lx.Label("summary"))
		}
	}
	if len(s.Version) != 12 {
		t.Errorf("version %q", s.Version)
	}
}

func TestVerbForms(t *testing.T) {
	s := Default()
	for _, tt := range []struct {
		lang, form, lemma, stance string
		tags                      int
	}{
		{"en", "said", "say", "assert", TagFinite | TagParticiple},
		{"en", "denies", "deny", "deny", TagFinite | TagNoun},
		{"en", "accusing", "accuse", "accuse", TagGerund},
		{"fr", "a", "", "", 0},
		{"fr", "déclaré", "déclarer", "assert", TagParticiple},
		{"fr", "dément", "démentir", "deny", TagFinite},
		{"es", "dijo", "decir", "assert", TagFinite},
		{"es", "negó", "negar", "deny", TagFinite},
		{"pt", "afirmou", "afirmar", "assert", TagFinite},
		{"de", "sagte", "sagen", "assert", TagFinite},
		{"de", "gesagt", "sagen", "assert", TagParticiple},
		{"de", "erklärt", "erklären", "assert", TagFinite | TagParticiple},
	} {
		v, ok := s.Get(tt.lang).Verbs[tt.form]
		if tt.lemma == "" {
			if ok {
				t.Errorf("%s %q is a reporting verb (%q)", tt.lang, tt.form, v.Lemma)
			}
			continue
		}
		if !ok || v.Lemma != tt.lemma || v.Stance != tt.stance || v.Tags != tt.tags {
			t.Errorf("%s %q = %+v, want %s %s tags %b", tt.lang, tt.form, v, tt.lemma, tt.stance, tt.tags)
		}
	}
	// A form two verbs share keeps both: German "wies".
	de := s.Get("de")
	lemmas := []string{de.Verbs["wies"].Lemma}
	for _, v := range de.Alt["wies"] {
		lemmas = append(lemmas, v.Lemma)
	}
	if got := strings.Join(lemmas, " "); got != "hinweisen zurückweisen nachweisen" {
		t.Errorf("wies: %q", got)
	}
	// Only the forms tagged n double as nouns.
	en := s.Get("en")
	if !en.Verbs["claims"].Noun || en.Verbs["claimed"].Noun {
		t.Errorf("claims noun %v, claimed noun %v", en.Verbs["claims"].Noun, en.Verbs["claimed"].Noun)
	}
}

func TestDetect(t *testing.T) {
	s := Default()
	for text, want := range map[string]string{
		"The minister said on Monday that the talks had failed and that a new round would follow.": "en",
		"L'opposition accuse le gouvernement de mentir.":                                           "fr",
		"Le ministre a déclaré que la situation était grave.":                                      "fr",
		"El presidente dijo que el acuerdo era histórico para el país.":                            "es",
		"O ministro disse que a economia não vai crescer este ano.":                                "pt",
		"Der Minister sagte, die Lage sei ernst und die Regierung müsse handeln.":                  "de",
		"Ministr zdravotnictví řekl, že situace je vážná a že se opatření prodlouží.":              "cs",
		"中国外交部发言人洪磊表示，中国是网络攻击的主要受害者之一。":                                                            "zh",
		"日本の首相は、東京で記者会見を開き、新しい政策を発表しました。":                                                          "ja",
		"Представитель Кремля Дмитрий Песков заявил, что ситуация остается сложной.":               "ru",
		"12345 67890": "",
	} {
		d := s.Detect(text)
		if d.Code != want {
			t.Errorf("Detect(%q) = %+v, want %q", text, d, want)
		}
		if supported := want == "en" || want == "fr" || want == "es" || want == "pt" || want == "de"; d.Supported != supported {
			t.Errorf("Detect(%q).Supported = %v", text, d.Supported)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	base := "[meta]\ncode = xx\n[voice]\nsay = S | S\ndeny = D | D\naccuse = A | A\n[phrases]\nclause = c\nquote = q\nverbatim = v\nand = &\nsummary.parties = p\nsummary.none = n\nsummary.facts = f\n[labels]\nsummary = s\nparties = p\nfacts = f\nnotes = n\nsaid_by = b\nevidence = e\n[set detect]\na b c d e f g h i j\n"
	for name, tt := range map[string]struct{ lex, want string }{
		"ok":            {base, ""},
		"no code":       {strings.Replace(base, "code = xx", "name = x", 1), "no code"},
		"bad section":   {base + "[nonsense]\nx\n", "unknown section"},
		"bad stance":    {base + "[verbs]\nsay - maybe say\n", "stance"},
		"bad paradigm":  {base + "[verbs]\nsay reg assert say\n", "unknown paradigm"},
		"bad voice":     {base + "[verbs]\nsay - assert shout\n", "voice"},
		"bad tag":       {base + "[paradigms]\nreg: > s:q\n", "form tag"},
		"line outside":  {"x\n" + base, "before any"},
		"unclosed":      {"[meta\n", "closing bracket"},
		"bad pronoun":   {base + "[pronouns]\nhe x s\n", "gender"},
		"bad month":     {base + "[months]\njan 13\n", "month"},
		"bad countries": {base + "[countries]\nXX | a\n", "CODE"},
		"traits":        {strings.Replace(base, "code = xx", "code = xx\ntraits = svo sosource", 1), ""},
		"bad trait":     {strings.Replace(base, "code = xx", "code = xx\ntraits = svo vso", 1), "unknown trait \"vso\""},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"xx.lex": {Data: []byte(tt.lex)}, "detect.txt": {Data: []byte("")}}
			_, err := Load(fsys)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Load: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Load error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestTraitsDocumented: every trait a lexicon may name is in
// data/README.md's table, and every trait the code asks for is one a
// lexicon may name.
func TestTraitsDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("data", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range knownTraits {
		if !strings.Contains(string(readme), "| `"+name+"` |") {
			t.Errorf("trait %s is not in data/README.md's table of traits", name)
		}
	}
	use := regexp.MustCompile(`\bTrait\("([a-z]+)"\)`)
	asked := 0
	for _, dir := range []string{"../offline", "../qa"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range use.FindAllSubmatch(src, -1) {
				asked++
				if !knownTraits[string(m[1])] {
					t.Errorf("%s asks for trait %q, which no lexicon may name", f, m[1])
				}
			}
		}
	}
	if asked < len(knownTraits) {
		t.Errorf("the code asks for traits %d times, fewer than the %d traits: the pattern no longer matches the code", asked, len(knownTraits))
	}
	en := Default().Get("en")
	if !en.Trait("svo") || Default().Get("fr").Trait("svo") {
		t.Error("English should be svo, French not")
	}
}

// TestVersionChanges checks that any change to a lexicon changes the
// version (the offline backend's cache key).
func TestVersionChanges(t *testing.T) {
	a, err := Load(fstest.MapFS{"xx.lex": {Data: []byte(minimal)}, "detect.txt": {Data: []byte("")}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(fstest.MapFS{"xx.lex": {Data: []byte(minimal + "[set starters]\nok\n")}, "detect.txt": {Data: []byte("")}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Version == b.Version {
		t.Error("a changed lexicon kept its version")
	}
}

const minimal = "[meta]\ncode = xx\n[voice]\nsay = S | S\ndeny = D | D\naccuse = A | A\n[phrases]\nclause = c\nquote = q\nverbatim = v\nand = &\nsummary.parties = p\nsummary.none = n\nsummary.facts = f\n[labels]\nsummary = s\nparties = p\nfacts = f\nnotes = n\nsaid_by = b\nevidence = e\n[set detect]\na b c d e f g h i j\n"

func FuzzParse(f *testing.F) {
	f.Add(minimal)
	f.Add(minimal + "[verbs]\nsay - assert say : says:f said:f/pp\n[paradigms]\nreg: > =:b s:f\n")
	f.Add("[countries]\nXX | a, b | c | d\n[according]\nX zufolge\n, so X $\n")
	f.Fuzz(func(t *testing.T, src string) {
		lx, err := parse("fuzz.lex", src)
		if err == nil && lx.Code == "" {
			t.Fatal("parsed a lexicon without a code")
		}
	})
}

func TestFoldAndAcronym(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Erdoğan", "erdogan"}, {" Gutiérrez ", "gutierrez"}, {"Işık", "isik"}, {"Straße", "strasse"},
		{"L’Élysée", "l'elysee"}, {"plain", "plain"}, {"NATO", "nato"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"NATO": true, "U.S.": true, "WASHINGTON": true, "A": false, "Nato": false, "": false} {
		if IsAcronym(w) != want {
			t.Errorf("IsAcronym(%q) = %v", w, !want)
		}
	}
}

// TestLowerComposes: a letter written as a base letter and a combining
// accent is looked up as the one letter the lexicon lists.
func TestLowerComposes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Pre\u0301cise", "précise"}, {"Ärzte", "ärzte"}, {"A\u0308rzte", "ärzte"}, {"l’e\u0301tat", "l'état"}, {"plain", "plain"},
	} {
		if got := Lower(tc.in); got != tc.want {
			t.Errorf("Lower(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReflexiveLemma: a verb written with its reflexive pronoun
// ("s'indigner") never matched a token; the lexicon refuses it.
func TestReflexiveLemma(t *testing.T) {
	base := minimal + "[paradigms]\ner: er > =:b e:f\n[verbs]\n"
	if _, err := parse("ok.lex", base+"indigner er assert say refl\n"); err != nil {
		t.Fatalf("refl verb: %v", err)
	}
	if _, err := parse("bad.lex", base+"s'indigner er assert say\n"); err == nil || !strings.Contains(err.Error(), "refl") {
		t.Errorf("s'indigner parsed (err %v), want an error naming the refl flag", err)
	}
}

// TestGivenNames: names.txt gives each listed name one gender, shared by
// every language, and a name listed as both is an error.
func TestGivenNames(t *testing.T) {
	set := Default()
	for _, code := range set.Codes() {
		lx := set.Get(code)
		if lx.GivenNames["clara"] != 'f' || lx.GivenNames["pierre"] != 'm' {
			t.Errorf("%s: clara %q, pierre %q", code, lx.GivenNames["clara"], lx.GivenNames["pierre"])
		}
		if _, ok := lx.GivenNames["jean"]; ok {
			t.Errorf("%s: jean is given to both and must not be listed", code)
		}
	}
	if _, _, _, err := parseNames("f: ann\nm: ann\n"); err == nil {
		t.Error("a name listed as both f and m loaded")
	}
	if _, _, _, err := parseNames("x: ann\n"); err == nil {
		t.Error("a line without f: or m: loaded")
	}
}

// TestSetsDocumented checks that every lexicon set the briefer and the
// answerer read (Set("name"), Sets["name"] in their code) is described
// in data/README.md, so that a language can be added from it alone.
func TestSetsDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("data", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	use := regexp.MustCompile(`\bSets?(?:\("|\[")([a-z]+)"`)
	seen := map[string]bool{}
	for _, dir := range []string{"../offline", "../qa"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v (%d files)", dir, err, len(files))
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range use.FindAllSubmatch(src, -1) {
				seen[string(m[1])] = true
			}
		}
	}
	if len(seen) < 100 {
		t.Fatalf("found only %d sets read: the pattern no longer matches the code", len(seen))
	}
	for name := range seen {
		if !strings.Contains(string(readme), "`"+name+"`") {
			t.Errorf("[set %s] is read by the code but not described in data/README.md", name)
		}
	}
}
