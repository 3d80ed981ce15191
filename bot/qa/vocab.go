package qa

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot/lang"
)

// The answerer's words for each language are data: data/<code>.qa, in two
// sections. [words] holds "key = words" lines: stop words, the question
// words of each kind (comma-separated phrases), the verbs that ask for a
// party's statement, the phrases that say something is not known, time
// and number words, and the suffixes stripped before matching. [phrases]
// holds the answer's own sentences. See data/README.md.
//
//go:embed data/*.qa
var dataFS embed.FS

// vocab is one language's answering words.
type vocab struct {
	code     string
	stop     map[string]bool
	kinds    map[string][][]string // question kind → phrases (folded words)
	respond  map[string]bool
	notKnown [][]string
	time     map[string]bool
	numbers  map[string]bool
	// money holds the words that make a "how much" question ask for an
	// amount of money (with the pay group of same), currency the
	// currencies that answer it.
	money map[string]bool
	// people holds the words that count people in general ("people",
	// "personas"): a "how many" question about them is answered by any
	// count ("6,500 detained").
	people map[string]bool
	// share holds the words that make a "how many" question ask for a
	// share ("proportion", "percentage"), shares the phrases an answer
	// to it names ("per cent", "out of", "half").
	share  map[string]bool
	shares [][]string
	// change holds the words of a rise or a fall ("rose", "subió"): a
	// "how much" question about money that holds one is answered by a
	// share too ("prices rose 12.6 per cent").
	change map[string]bool
	// compound is the fewest letters of a word a question holds that
	// a sentence's longer word may hold inside it ("Spuren" in
	// "Blutspuren"), in a language that writes compounds as one word;
	// 0 elsewhere.
	compound int
	// tense holds the words that put a statement in the past, in the
	// perfect, in the present or in the future ("will", "plans"), and
	// those that ask about now: see tenseOf.
	tense    map[string]map[string]bool
	currency map[string]bool
	// passive holds the auxiliaries that put the verb after them in the
	// passive ("been charged"): a reporting verb so used does not ask
	// for a statement.
	passive map[string]bool
	// topic holds the prepositions that make the name after them a
	// place or what is spoken about ("à Jabalia", "about Trump"), not
	// who speaks.
	topic    map[string]bool
	suffixes []string // longest first
	// ending maps a suffix to the letters that take its place
	// ("ied" to "y": "carried" is "carry").
	ending map[string]string
	// keep maps a suffix to the fewest letters a word keeps when it is
	// stripped, when more than four ("e>5": "damage" is "damag", but
	// "plane" is no "plan").
	keep map[string]int
	// undouble holds the letters whose doubling a stripped suffix
	// leaves behind and stemming undoes ("planning", "plan").
	undouble map[rune]bool
	// short holds the suffixes that may leave a root of three letters
	// ("asked" and "asking" are "ask"), longest first, and silentE
	// those after which such a root of a consonant, a vowel and a
	// consonant other than w, x and y lost a silent e ("voted" and
	// "voting" are "vote": "hop" doubles its consonant, "hopped").
	short   []string
	silentE map[string]bool
	// infinitives holds the endings of the infinitive a future or a
	// conditional is built on ("existirá", "aprobaría"): a word a
	// suffix leaves in one loses it too ("existir", "aprobar").
	infinitives []string
	// whole holds the words that only look inflected ("news" is no
	// plural of "new"): stemming leaves them whole.
	whole map[string]bool
	// same maps a word (folded, and its suffix-stripped form) to the
	// term of its group: irregular forms and near-synonyms a question
	// and its answer use for one thing ("died", "killed").
	same map[string]string
	// samePhrases are the entries of same groups that are phrases
	// ("take_part"), with their group's term, longest first.
	samePhrases []samePhrase
	// opposite maps a stem to the stems of its antonyms ("open",
	// "=close"): a yes/no question is answered by the opposite as
	// well ("Will the shops stay open?" "All shops shall be closed.").
	opposite map[string][]string
	phrases  map[string]string
	// naming holds the stems of the single words that ask for a name
	// ("called", "surnom"): a name follows them.
	naming map[string]bool
	// exists holds the phrases that open a question asking whether there
	// is such a thing ("is there", "were there"): the noun after them is
	// what the answer must name (see question.exists).
	exists [][]string
	// besides holds the phrases by which a question asks for another
	// name than its own ("besides the Times", "además de"), demonyms
	// the lexicon's adjectives of nationality, which name no one.
	besides  [][]string
	demonyms map[string]bool
	// source holds the phrases that name, after them, whose word the
	// question asks ("according to", "según", "selon").
	source [][]string
	// preps holds the phrases that stand for a preposition ("à propos
	// de", "en fonction de", "on behalf of"): their nouns are no content.
	preps [][]string
	// country maps the folded one-word names and demonyms of the
	// lexicon's countries to the country's code ("TR" for "Turkey",
	// "Turkish" and "Turks"): a question's word is held by a sentence
	// that names its country otherwise ("Turkish drilling" is drilling
	// by Turkey, "an Egyptian prison" one in Egypt).
	country map[string]string
	// countryPhrases maps the folded words, joined by spaces, of the
	// names and demonyms of several words of the lexicon's countries
	// ("united states") to the codes of the countries they name.
	countryPhrases map[string][]string
	// reason holds the words that give a reason ("because", "car"): a
	// "why" question's best sentence without one may have its reason
	// in the sentence after it.
	reason map[string]bool
	// restrict holds the words that, after a negation, restrict what
	// it says rather than deny it ("not only", "not just"): see
	// deniesAsked.
	restrict map[string]bool
	// light holds the forms of the light verbs ("go", "make", "take",
	// "doing"): their object or their context holds what is asked, and
	// an answer says it with a verb of its own ("How many students go to
	// the school?" "…its roughly 1,900 students"). A question's light
	// verb weighs lightWeight.
	light map[string]bool
	// degree holds the words that, opening a question before a word of
	// content, ask for a degree on the scale that word names ("how" of
	// "How big…?", "How strong…?"): a "how many" question.
	degree map[string]bool
	// date holds the phrases that ask for a date ("what date", "en qué
	// fecha"), months the lexicon's month names: a date is a number or
	// a month, not "this year" nor "Tuesday".
	date   [][]string
	months map[string]bool
	// span holds the phrases that ask how long ("how long", "combien
	// de temps"), units the words of a span of time or length ("days",
	// "minutos"): a number before one answers it, a clock time does
	// not.
	span  [][]string
	units map[string]bool
	// count holds the phrases that ask to count things ("how many",
	// "cuántos"), not to measure an amount ("how much"): a sum of
	// money is no count of them.
	count [][]string
	// lengths holds the units of length among units ("metres",
	// "feet"): a number before one is a length, no time ("a tunnel
	// 1,600 feet long" does not say when).
	lengths map[string]bool
	// age holds the phrases that ask how old someone is ("how old",
	// "quel âge"): a number set off by commas or in parentheses right
	// after the person's name answers it ("Linda Nolan, 64, said …").
	age [][]string
	// ageAt holds the phrases right before the number of an age ("mit"
	// of "mit 87 Jahren gestorben", "à" of "mort à 87 ans"): such a
	// number of years is an age, no span of time (see namesSpan).
	ageAt [][]string
	// clock holds the words written with a number that make it a time
	// of day ("9 am", "14 Uhr", "9h30"): a "when" question is answered
	// by a number only when it tells a time.
	clock map[string]bool
	// clockApart holds the words of clock that make a time only written
	// apart from the number, as the first letter of an abbreviation
	// ("9 a.m."): joined to it they make another unit ("10p" is ten
	// pence).
	clockApart map[string]bool
	// statement holds the stems of the nouns that name a statement
	// ("declaraciones", "remarks"): a sentence that reports one, with
	// a reporting verb, holds what the question asks of it.
	statement map[string]bool
	// statementWords holds those nouns themselves, folded.
	statementWords map[string]bool
	// which holds the words that ask which thing of a kind ("which",
	// "quel", "qual", "welche"): the noun after them names the kind of
	// answer ("Which company…"), and the answer need not hold it.
	// measure holds the nouns of a quantity ("age", "hauteur",
	// "Betrag"): a question asking which one is a "how many" question.
	which map[string]bool
	// vague holds the words that count without naming ("some",
	// "several", "other"): "some countries" does not say which.
	vague map[string]bool
	// countryNoun holds the nouns for a country ("country", "pays",
	// "Staat"): a question asking which ones asks for countries'
	// names.
	countryNoun map[string]bool
	// exact holds the words by which a question asks for an exact
	// figure ("exactly", "precisely"), and rough the number words that
	// give only a magnitude ("thousands", "dozens"): "Thousands of
	// homes lost power" does not say exactly how many.
	exact, rough map[string]bool
	// upcoming holds the words by which a question asks about what is
	// to come ("When are her next scans?"): it asks about the future.
	upcoming map[string]bool
	// job holds the words by which a question about someone it names
	// asks what they do or whom they work for ("Where does Ana Ruiz
	// work?"), and jobAfter the prepositions that, right after a
	// name, tie it to its employer ("Ana Ruiz of the museum").
	job, jobAfter map[string]bool
	// whatWord holds the words that open a question asking what thing
	// ("What motive…?", "What was the motive…?"): the noun after one
	// names what is asked.
	whatWord map[string]bool
	// asks holds the words that ask for something other than yes or
	// no ("was", "welche", "qué", "quoi"): in a language that lists
	// them, a question that opens with none is a yes/no one (see
	// opensAsking).
	asks map[string]bool
	// traits holds the answerer's traits of the language: verbfirst,
	// a language whose yes/no question opens with its verb ("Bleiben
	// sie Trainer?"), which is the act asked about (see openingAct).
	traits  map[string]bool
	measure map[string]bool
	// stance holds the nouns of a party's position ("position",
	// "stance"): right after a possessive they ask for its words
	// ("What is Haley's position on abortion?").
	stance map[string]bool
	// particleWords holds the particles of phrasal verbs ("down",
	// "off"): a question may put the verb's object before one ("took
	// the signs down").
	particleWords map[string]bool
	// openEnded holds the words that tell a span with no number
	// ("indefinitely", "permanently"): they answer how long.
	openEnded map[string]bool
	// reporting holds the folded forms of the language lexicon's
	// reporting verbs (not those that are also common nouns, nor weak
	// ones): a question using one asks for a party's words.
	reporting map[string]bool
	// particle maps the folded forms of the lexicon's reporting verbs
	// that report only with a particle ("took aim at", "pointed out")
	// to the particle's first word: alone they report nothing in a
	// sentence ("she took center stage").
	particle map[string]string
	// topicTakes maps the folded forms of the lexicon's verbs of the
	// matter spoken of ("talk about", "parler de") to their
	// prepositions: without one in the question such a verb asks of
	// contact, not words ("Is Harry still talking to his father?").
	topicTakes map[string][]string
	// verbForms holds the patterns of the forms of a verb ("*ed",
	// "ge*t"), and notVerbForms those of words that only look like one
	// ("*te": "société"): a question's word of such a form is the
	// relation it asks about, which its answer must hold.
	verbForms, notVerbForms []affix
	// pastForms holds the irregular forms of the simple past ("began",
	// "brought"): a question's verb in one, or in a form of verbForms,
	// tells the past (see pastVerb).
	pastForms map[string]bool
	// doOpen and perfectOpen hold the forms of "do" and of the perfect
	// that open a yes/no question about an act ("Did…", "Has…"; see
	// askedAct).
	doOpen, perfectOpen map[string]bool
	// pastTime holds the words that put a word of time next to them in
	// the past ("last year", "two days ago"): such a time does not say
	// when something will happen.
	pastTime map[string]bool
	// progressive holds the patterns of the forms that make a verb
	// after an auxiliary of the passive active ("*ing": "were
	// organizing").
	progressive []affix
	// futureForms holds the patterns of the forms of the future tense
	// ("*ará", "*arán"), matched in lower case with accents: see
	// futureIn.
	futureForms []affix
	// prefixes are the beginnings stripped before a word is matched
	// (German "ge": "gepanzert" is "panzert"), each leaving five letters.
	prefixes []string
	// separable holds the particles a participle's prefix follows
	// (German "auf" of "aufgerufen"): the prefix after one is dropped,
	// so that "aufgerufen" meets "Aufrufe".
	separable []string
	// adjEnds are the endings an adjective takes after a participle
	// ("beschlossen", "der beschlossenen Lockdown"): a participle so used
	// tells something done.
	adjEnds []string
	// position holds the words of respond that ask for a party's
	// position (what it thinks, wants, demands or proposes) rather than
	// its reply.
	position map[string]bool
}

// affix is a pattern of a word's beginning and end ("ge*t": pre "ge",
// suf "t").
type affix struct{ pre, suf string }

// starForms reads a list of word forms, each with a * where the stem
// goes ("*ará", "es*ando").
func starForms(val string) ([]affix, error) {
	var out []affix
	for _, f := range strings.Fields(strings.ToLower(val)) {
		pre, suf, ok := strings.Cut(f, "*")
		if !ok {
			return nil, fmt.Errorf("a form needs a * for the stem: %q", f)
		}
		out = append(out, affix{pre, suf})
	}
	return out, nil
}

// matches reports whether the folded word w has the pattern's beginning
// and end with two letters or more between them.
func (x affix) matches(w string) bool {
	return strings.HasPrefix(w, x.pre) && strings.HasSuffix(w, x.suf) && len([]rune(w))-len([]rune(x.pre))-len([]rune(x.suf)) >= 2
}

// isProgressive reports whether w, in lower case, has a form that makes
// it active after an auxiliary of the passive ("organizing").
func (v *vocab) isProgressive(w string) bool {
	return slices.ContainsFunc(v.progressive, func(x affix) bool { return x.matches(w) })
}

// isVerbForm reports whether w, in lower case with its accents (the
// "é" of "tué" tells a participle), has the form of a verb.
func (v *vocab) isVerbForm(w string) bool {
	for _, x := range v.notVerbForms {
		if x.matches(w) {
			return false
		}
	}
	for _, x := range v.verbForms {
		if x.matches(w) {
			return true
		}
	}
	return false
}

// samePhrase is a phrase of a same group: its folded words and the
// group's term.
type samePhrase struct {
	words []string
	term  string
}

// kinds of question, in the order they are looked for.
var kindOrder = []string{"howmany", "when", "name", "who", "where", "why"}

var (
	vocabOnce sync.Once
	vocabs    map[string]*vocab
	vocabErr  error
)

// loadVocabs reads every data file once.
func loadVocabs() (map[string]*vocab, error) {
	vocabOnce.Do(func() { vocabs, vocabErr = parseVocabs(dataFS) })
	return vocabs, vocabErr
}

// vocabFor returns the vocabulary of a language, or English's.
func vocabFor(code string) *vocab {
	vs, err := loadVocabs()
	if err != nil {
		panic(fmt.Sprintf("qa: embedded data: %v", err)) // TestVocabs keeps this from happening
	}
	if v, ok := vs[code]; ok {
		return v
	}
	return vs["en"]
}

func parseVocabs(fsys fs.FS) (map[string]*vocab, error) {
	names, err := fs.Glob(fsys, "data/*.qa")
	if err != nil {
		return nil, err
	}
	out := map[string]*vocab{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		code := strings.TrimSuffix(path.Base(name), ".qa")
		v, err := parseVocab(code, string(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		v.reporting = map[string]bool{}
		v.particle = map[string]string{}
		v.topicTakes = map[string][]string{}
		v.demonyms = map[string]bool{}
		v.months = map[string]bool{}
		if lx := lang.Default().Get(code); lx != nil {
			for m := range lx.Months {
				v.months[lang.Fold(m)] = true
			}
			v.country = countryTerms(lx)
			v.countryPhrases = countryPhrases(lx)
			for _, c := range lx.Countries {
				for _, d := range c.Demonyms {
					v.demonyms[lang.Fold(d)] = true
				}
			}
			for form, vb := range lx.Verbs {
				if !vb.Noun && !vb.Weak && !vb.Refusal {
					// (A refusal's verb asks for no statement: "Quel
					// surnom Chirac lui donnait-il ?", "¿Qué quiso …?")
					v.reporting[lang.Fold(form)] = true
					if p := strings.Fields(lang.Fold(strings.ReplaceAll(vb.Particle, "_", " "))); len(p) > 0 {
						v.particle[lang.Fold(form)] = p[0]
					}
					if vb.Topic && vb.Particle == "" {
						for _, tk := range vb.Takes {
							v.topicTakes[lang.Fold(form)] = append(v.topicTakes[lang.Fold(form)], strings.TrimRight(lang.Fold(tk), "'’")) // ("d'" is the word "d" of a question)
						}
					}
				}
			}
		}
		out[code] = v
	}
	if out["en"] == nil {
		return nil, fmt.Errorf("no English vocabulary (data/en.qa)")
	}
	return out, nil
}

func parseVocab(code, src string) (*vocab, error) {
	v := &vocab{code: code, stop: map[string]bool{}, kinds: map[string][][]string{}, respond: map[string]bool{}, position: map[string]bool{},
		time: map[string]bool{}, tense: map[string]map[string]bool{}, numbers: map[string]bool{}, money: map[string]bool{}, share: map[string]bool{}, people: map[string]bool{}, reason: map[string]bool{}, restrict: map[string]bool{}, light: map[string]bool{}, degree: map[string]bool{}, passive: map[string]bool{}, units: map[string]bool{}, lengths: map[string]bool{}, clock: map[string]bool{}, clockApart: map[string]bool{}, topic: map[string]bool{}, currency: map[string]bool{}, which: map[string]bool{}, vague: map[string]bool{}, countryNoun: map[string]bool{}, exact: map[string]bool{}, rough: map[string]bool{}, upcoming: map[string]bool{}, job: map[string]bool{}, jobAfter: map[string]bool{}, whatWord: map[string]bool{}, asks: map[string]bool{}, traits: map[string]bool{}, measure: map[string]bool{}, stance: map[string]bool{}, particleWords: map[string]bool{}, openEnded: map[string]bool{}, change: map[string]bool{}, pastForms: map[string]bool{}, doOpen: map[string]bool{}, perfectOpen: map[string]bool{}, pastTime: map[string]bool{}, same: map[string]string{}, phrases: map[string]string{}}
	// The keys whose value is a list of single words, each the set it
	// fills.
	sets := map[string]*map[string]bool{"pastforms": &v.pastForms, "pasttime": &v.pastTime, "stop": &v.stop, "people": &v.people, "reason": &v.reason, "restrict": &v.restrict, "light": &v.light, "degree": &v.degree, "respond": &v.respond, "position": &v.position, "time": &v.time, "numbers": &v.numbers,
		"stance": &v.stance, "particles": &v.particleWords, "openended": &v.openEnded, "money": &v.money, "share": &v.share, "currency": &v.currency, "passive": &v.passive, "units": &v.units, "lengths": &v.lengths, "clock": &v.clock, "clockapart": &v.clockApart, "topic": &v.topic, "which": &v.which, "vague": &v.vague, "countrynoun": &v.countryNoun, "measure": &v.measure, "change": &v.change, "exact": &v.exact, "rough": &v.rough, "upcoming": &v.upcoming, "job": &v.job, "jobafter": &v.jobAfter, "whatword": &v.whatWord, "asks": &v.asks, "traits": &v.traits, "doopen": &v.doOpen, "perfectopen": &v.perfectOpen}
	var groups [][]string
	var prefix []string // each group's term prefix (termPrefix)
	var opposites [][2]string
	var statements []string
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		ln := strings.TrimSpace(sc.Text())
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if strings.HasPrefix(ln, "[") && strings.HasSuffix(ln, "]") {
			section = ln[1 : len(ln)-1]
			if section != "words" && section != "phrases" {
				return nil, fmt.Errorf("line %d: unknown section %s", n, ln)
			}
			continue
		}
		key, val, ok := strings.Cut(ln, "=")
		if !ok || section == "" {
			return nil, fmt.Errorf("line %d: want key = value inside [words] or [phrases]: %q", n, ln)
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if section == "phrases" {
			v.phrases[key] = val
			continue
		}
		if set := sets[key]; set != nil {
			for _, w := range strings.Fields(val) {
				(*set)[lang.Fold(w)] = true
			}
			continue
		}
		switch key {
		case "statement":
			statements = append(statements, strings.Fields(lang.Fold(val))...)
		case "past", "perfect", "present", "future", "now":
			if v.tense[key] == nil {
				v.tense[key] = map[string]bool{}
			}
			for _, w := range strings.Fields(val) {
				v.tense[key][lang.Fold(w)] = true
			}
		case "verbforms":
			for _, f := range strings.Fields(strings.ToLower(val)) {
				neg := strings.HasPrefix(f, "!")
				pre, suf, ok := strings.Cut(strings.TrimPrefix(f, "!"), "*")
				if !ok {
					return nil, fmt.Errorf("line %d: a verb form needs a * for the stem: %q", n, f)
				}
				if neg {
					v.notVerbForms = append(v.notVerbForms, affix{pre, suf})
				} else {
					v.verbForms = append(v.verbForms, affix{pre, suf})
				}
			}
		case "futureforms", "progressive":
			forms, err := starForms(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %s: %w", n, key, err)
			}
			if key == "futureforms" {
				v.futureForms = append(v.futureForms, forms...)
			} else {
				v.progressive = append(v.progressive, forms...)
			}
		case "adjends":
			v.adjEnds = append(v.adjEnds, strings.Fields(lang.Fold(val))...)
		case "prefixes":
			v.prefixes = append(v.prefixes, strings.Fields(lang.Fold(val))...)
		case "separable":
			v.separable = append(v.separable, strings.Fields(lang.Fold(val))...)
		case "suffixes":
			for _, s := range strings.Fields(val) {
				s, keep, _ := strings.Cut(lang.Fold(s), ">")
				s, to, _ := strings.Cut(s, "=")
				v.suffixes = append(v.suffixes, s)
				if keep != "" {
					least, err := strconv.Atoi(keep)
					if err != nil || least < 1 {
						return nil, fmt.Errorf("line %d: bad suffix %q", n, s+">"+keep)
					}
					if v.keep == nil {
						v.keep = map[string]int{}
					}
					v.keep[s] = least
				}
				if to != "" {
					if v.ending == nil {
						v.ending = map[string]string{}
					}
					v.ending[s] = to
				}
			}
		case "compounds":
			c, err := strconv.Atoi(strings.TrimSpace(val))
			if err != nil || c < 3 {
				return nil, fmt.Errorf("line %d: compounds takes a number of letters, 3 or more: %q", n, val)
			}
			v.compound = c
		case "undouble":
			v.undouble = map[rune]bool{}
			for _, l := range strings.Fields(val) {
				if r := []rune(l); len(r) == 1 {
					v.undouble[r[0]] = true
				} else {
					return nil, fmt.Errorf("line %d: undouble takes single letters: %q", n, l)
				}
			}
		case "infinitives":
			v.infinitives = strings.Fields(lang.Fold(val))
		case "short":
			v.short = strings.Fields(lang.Fold(val))
			sort.SliceStable(v.short, func(i, j int) bool { return len(v.short[i]) > len(v.short[j]) })
		case "whole":
			v.whole = map[string]bool{}
			for _, f := range strings.Fields(lang.Fold(val)) {
				v.whole[f] = true
			}
		case "silente":
			v.silentE = map[string]bool{}
			for _, f := range strings.Fields(lang.Fold(val)) {
				v.silentE[f] = true
			}
		case "same", "alike":
			ws := strings.Fields(lang.Fold(val))
			if len(ws) < 2 {
				return nil, fmt.Errorf("line %d: a %s group needs two words or more: %q", n, key, ln)
			}
			groups = append(groups, ws)
			prefix = append(prefix, termPrefix[key])
		case "opposite":
			ws := strings.Fields(lang.Fold(val))
			if len(ws) != 2 {
				return nil, fmt.Errorf("line %d: an opposite pair needs two words: %q", n, ln)
			}
			opposites = append(opposites, [2]string{ws[0], ws[1]})
		case "besides":
			v.besides = append(v.besides, phraseList(val)...)
		case "exists":
			v.exists = append(v.exists, phraseList(val)...)
		case "source":
			v.source = append(v.source, phraseList(val)...)
		case "prepositions":
			v.preps = append(v.preps, phraseList(val)...)
		case "date":
			v.date = append(v.date, phraseList(val)...)
		case "span":
			v.span = append(v.span, phraseList(val)...)
		case "count":
			v.count = append(v.count, phraseList(val)...)
		case "age":
			v.age = append(v.age, phraseList(val)...)
		case "ageat":
			v.ageAt = append(v.ageAt, phraseList(val)...)
		case "shares":
			v.shares = append(v.shares, phraseList(val)...)
		case "notmention":
			v.notKnown = append(v.notKnown, phraseList(val)...)
		case "yesno", "what":
			v.kinds[key] = phraseList(val)
		default:
			if !contains(kindOrder, key) {
				return nil, fmt.Errorf("line %d: unknown key %q", n, key)
			}
			v.kinds[key] = phraseList(val)
		}
	}
	for _, k := range []string{"attributed", "says", "passages", "notsaid", "nostatement", "notmentioned"} {
		if v.phrases[k] == "" {
			return nil, fmt.Errorf("missing phrase %q", k)
		}
	}
	// Longest suffix first, so "ing" is tried before "s".
	for i := 1; i < len(v.suffixes); i++ {
		for j := i; j > 0 && len(v.suffixes[j]) > len(v.suffixes[j-1]); j-- {
			v.suffixes[j], v.suffixes[j-1] = v.suffixes[j-1], v.suffixes[j]
		}
	}
	for gi, g := range groups {
		term := prefix[gi] + g[0]
		for _, w := range g {
			if strings.Contains(w, "_") {
				v.samePhrases = append(v.samePhrases, samePhrase{strings.Split(w, "_"), term})
				continue
			}
			keys := []string{w}
			if !v.inflects(w, g) {
				keys = append(keys, v.root(w))
			}
			for _, k := range keys {
				if t, ok := v.same[k]; ok && t != term {
					return nil, fmt.Errorf("same: %q is in two groups (%s and %s)", w, t[1:], g[0])
				}
				v.same[k] = term
			}
		}
	}
	v.opposite = map[string][]string{}
	for _, p := range opposites {
		a, b := v.stem(p[0]), v.stem(p[1])
		v.opposite[a] = append(v.opposite[a], b)
		v.opposite[b] = append(v.opposite[b], a)
	}
	v.statement, v.statementWords = map[string]bool{}, map[string]bool{}
	for _, w := range statements {
		v.statement[v.stem(w)] = true
		v.statementWords[w] = true
	}
	sort.SliceStable(v.samePhrases, func(i, j int) bool { return len(v.samePhrases[i].words) > len(v.samePhrases[j].words) })
	v.naming = map[string]bool{}
	for _, p := range v.kinds["name"] {
		if len(p) == 1 {
			v.naming[v.stem(p[0])] = true
		}
	}
	return v, sc.Err()
}

// termPrefix opens the term of a group of words: "=" for a same group,
// whose verb in a question is the relation an answer must hold
// (isRelation), "~" for an alike group, paraphrases that match each
// other but leave the article free to use yet another word.
var termPrefix = map[string]string{"same": "=", "alike": "~"}

// isGroupTerm reports whether the stem s is the term of a same or an
// alike group.
func isGroupTerm(s string) bool {
	for _, p := range termPrefix {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// inflects reports whether w is another word of its group g with a
// suffix: "planes" is "plane" with an s, and its longest suffix stripped
// ("plan") is no word of the group.
func (v *vocab) inflects(w string, g []string) bool {
	for _, s := range v.suffixes {
		if b, ok := strings.CutSuffix(w, s); ok && b != w && contains(g, b) {
			return true
		}
	}
	return false
}

// phraseList splits "how many, how much" into folded word lists.
func phraseList(val string) [][]string {
	parts := strings.Split(val, ",")
	var out [][]string
	for _, p := range parts {
		if ws := words(p); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isStop reports whether a folded word carries no content in language v
// (its stop words, or a function word of its lexicon).
func (v *vocab) isStop(w string, lx *lang.Lexicon) bool {
	if v.stop[w] {
		return true
	}
	if lx == nil {
		return false
	}
	fs := foldedSets(lx)
	for _, set := range []string{"determiners", "prep", "of", "aux", "modal", "comp", "relpron", "coord", "negation", "pronouns"} {
		if fs[set][w] {
			return true
		}
	}
	return false
}

var (
	foldedMu    sync.Mutex
	foldedCache = map[*lang.Lexicon]map[string]map[string]bool{}
)

// foldedSets returns the lexicon's word sets, and its pronouns as set
// "pronouns", folded as the answerer's words are: the lexicon keeps
// their accents ("après", "podría"), the answerer does not.
func foldedSets(lx *lang.Lexicon) map[string]map[string]bool {
	foldedMu.Lock()
	defer foldedMu.Unlock()
	if fs, ok := foldedCache[lx]; ok {
		return fs
	}
	fs := map[string]map[string]bool{"pronouns": {}}
	for name, set := range lx.Sets {
		fs[name] = map[string]bool{}
		for w := range set {
			fs[name][lang.Fold(w)] = true
			// An elided word ("d'", "l'") stands without its
			// apostrophe once split.
			fs[name][strings.TrimRight(lang.Fold(w), "'’")] = true
		}
	}
	for w := range lx.Pronouns {
		fs["pronouns"][lang.Fold(w)] = true
	}
	foldedCache[lx] = fs
	return fs
}

// inSet reports whether the folded word w is in the lexicon's set name
// (folded).
// peopleStem reports whether t is the stem of a word that counts people
// in general (people).
func (v *vocab) peopleStem(t string) bool {
	for w := range v.people {
		if v.stem(w) == t {
			return true
		}
	}
	return false
}

func inSet(lx *lang.Lexicon, name, w string) bool {
	return lx != nil && foldedSets(lx)[name][w]
}

// stem folds a word to what it is matched by: its suffix stripped (the
// word keeps at least four letters), then at most six letters.
// A word of a same group is matched by its group's term instead.
func (v *vocab) stem(w string) string {
	if t, ok := v.same[w]; ok {
		return t
	}
	if v.whole[w] {
		return string([]rune(w)[:min(len([]rune(w)), 6)])
	}
	if t := v.particleSame(w); t != "" {
		return t
	}
	w = v.root(w)
	if t, ok := v.same[w]; ok {
		return t
	}
	if r := []rune(w); len(r) > 6 {
		w = string(r[:6])
	}
	return w
}

// reportsAt reports whether ws[k] is a reporting verb of the lexicon,
// with its particle right after it when it needs one ("took aim at",
// not "took center stage").
func (v *vocab) reportsAt(ws []word, k int) bool {
	if !v.reporting[ws[k].f] {
		return false
	}
	p, ok := v.particle[ws[k].f]
	return !ok || k+1 < len(ws) && ws[k+1].f == p
}

// countryTerms maps the folded one-word names and demonyms of lx's
// countries to the country's code. Only those the lexicon writes
// capitalised: an adjective in lower case ("français", "chinesischen")
// may name a language or a team rather than the country. A word two
// countries share ("Guinea") names neither.
func countryTerms(lx *lang.Lexicon) map[string]string {
	out := map[string]string{}
	shared := map[string]bool{}
	for _, c := range lx.Countries {
		for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
			f := lang.Fold(strings.TrimSpace(n))
			if f == "" || strings.ContainsAny(f, " -.") {
				continue
			}
			if t, ok := out[f]; ok && t != c.Code {
				shared[f] = true
			}
			out[f] = c.Code
		}
	}
	for f := range shared {
		delete(out, f)
	}
	return out
}

// countryPhrases maps the names and demonyms of several words of lx's
// countries, as folded words joined by spaces, to the codes of the
// countries they name.
func countryPhrases(lx *lang.Lexicon) map[string][]string {
	out := map[string][]string{}
	for _, c := range lx.Countries {
		for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
			if f := strings.Join(foldedWords(splitWords(n)), " "); strings.Contains(f, " ") && !slices.Contains(out[f], c.Code) {
				out[f] = append(out[f], c.Code)
			}
		}
	}
	return out
}

// stems returns the stems of the folded words ws.
func (v *vocab) stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = v.stem(w)
	}
	return out
}

// phraseTerm returns the term of the same group whose phrase starts at
// ws[i] ("took part" is "participated"), and how many words it has; n is
// 0 when none does.
func (v *vocab) phraseTerm(ws []word, i int) (term string, n int) {
	for _, p := range v.samePhrases {
		if i+len(p.words) > len(ws) {
			continue
		}
		ok := true
		for j, pw := range p.words {
			if ws[i+j].f != pw {
				ok = false
				break
			}
		}
		if ok {
			return p.term, len(p.words)
		}
	}
	return "", 0
}

// splitPhraseTerm returns the term of the same group whose phrase of a
// verb and a particle of v.particleWords starts at ws[i] with one or two
// words of its object between them ("took the signs down", "laid people
// off"), and the index of the particle; k is 0 when none does.
func (v *vocab) splitPhraseTerm(ws []word, i int) (term string, k int) {
	for _, p := range v.samePhrases {
		if len(p.words) != 2 || !v.particleWords[p.words[1]] || ws[i].f != p.words[0] {
			continue
		}
		for k := i + 2; k < len(ws) && k <= i+3; k++ {
			if ws[k].f == p.words[1] {
				return p.term, k
			}
			if v.particleWords[ws[k].f] {
				break
			}
		}
	}
	return "", 0
}

// inPreps marks the words of ws that stand in a phrase of v.preps ("en
// fonction des allocations": "en" and "fonction").
func (v *vocab) inPreps(ws []word) []bool {
	out := make([]bool, len(ws))
	for i := range ws {
		for _, p := range v.preps {
			if i+len(p) > len(ws) {
				continue
			}
			ok := true
			for j, pw := range p {
				ok = ok && ws[i+j].f == pw
			}
			if ok {
				for j := range p {
					out[i+j] = true
				}
			}
		}
	}
	return out
}

// root returns w with its suffix stripped (strip), or the root of three
// letters a longer suffix of v.short leaves of it (shortRoot), whichever
// ending is longer: the longest ending is the word's, so
// "ganado" is "gan" (with "ganar", "ganó" and "gana"), not "ganad" with
// the "o" that leaves four letters.
func (v *vocab) root(w string) string {
	stripped := v.strip(w)
	if stripped != w {
		for _, s := range v.infinitives {
			if b, ok := strings.CutSuffix(stripped, s); ok && len([]rune(b)) >= 4 {
				stripped = b
				break
			}
		}
	}
	if r, n := v.shortRoot(w); r != "" && (stripped == w || n > len([]rune(w))-len([]rune(stripped))) {
		return r
	}
	return stripped
}

// shortRoot returns the root of three letters a suffix of v.short
// leaves of w, with the silent e a suffix of v.silentE took from a root
// of a consonant, a vowel and a consonant ("voted" is "vote", "asked"
// "ask", "guns" "gun"), and the length of that suffix; or "".
func (v *vocab) shortRoot(w string) (string, int) {
	for _, s := range v.short {
		r := []rune(strings.TrimSuffix(w, s))
		if !strings.HasSuffix(w, s) || len(r) != 3 || strings.HasPrefix(s, string(r[2])) {
			// (A root does not end in the letter its suffix opens
			// with: "less" is no plural.)
			continue
		}
		n := len([]rune(s))
		if v.silentE[s] && !isVowel(r[0]) && isVowel(r[1]) && !isVowel(r[2]) && !strings.ContainsRune("wxy", r[2]) {
			return string(r) + "e", n
		}
		return string(r), n
	}
	return "", 0
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// strip removes a word's beginning of prefixes that leaves five letters,
// then its longest suffix that leaves four, and the doubling of an
// undouble letter that suffix leaves ("planning" is "plan").
func (v *vocab) strip(w string) string {
	for _, p := range v.prefixes {
		if strings.HasPrefix(w, p) && len([]rune(w))-len([]rune(p)) >= 5 {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	w = v.unseparate(w)
	for _, s := range v.suffixes {
		to := v.ending[s]
		least := 4
		if k, ok := v.keep[s]; ok {
			least = k
		}
		if strings.HasSuffix(w, s) && len([]rune(w))-len([]rune(s))+len([]rune(to)) >= least {
			r := []rune(strings.TrimSuffix(w, s))
			if to != "" {
				// The word's own letters: "carried" is "carry",
				// not "car".
				return string(r) + to
			}
			if n := len(r); r[n-1] == r[n-2] && v.undouble[r[n-1]] {
				r = r[:n-1]
			}
			return string(r)
		}
	}
	return w
}

// particleSame returns the term of a word that is a separable particle
// before a form of a same group ("eingenommen" and "einnehmen" are "ein"
// and the group of "genommen" and "nehmen"), or "".
func (v *vocab) particleSame(w string) string {
	for _, p := range v.separable {
		if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) >= 4 {
			if t, ok := v.same[rest]; ok {
				return p + t
			}
			if t, ok := v.same[v.strip(rest)]; ok {
				return p + t // "Anschläge" as "Anschlag"
			}
		}
	}
	return ""
}

// unseparate drops the prefix of a participle after a separable particle
// ("aufgerufen" is "aufrufen", "angekündigt" "ankündigt") when five
// letters remain after it.
func (v *vocab) unseparate(w string) string {
	for _, p := range v.separable {
		for _, g := range v.prefixes {
			if strings.HasPrefix(w, p+g) && len([]rune(w))-len([]rune(p+g)) >= 5 {
				return p + w[len(p+g):]
			}
		}
	}
	return w
}

// moneyStem reports whether the stem s is that of a word asking for money
// ("money", "Geld", "dinheiro").
func (v *vocab) moneyStem(s string) bool {
	for w := range v.money {
		if v.stem(w) == s {
			return true
		}
	}
	return false
}
