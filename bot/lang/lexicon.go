package lang

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Form tags: what a verb form can be in a sentence.
const (
	TagBase       = 1 << iota // infinitive or bare form ("say", "dire")
	TagFinite                 // a finite form that can head a clause ("says", "said", "dit", "sagte")
	TagParticiple             // past participle, after an auxiliary ("said", "déclaré", "gesagt")
	TagGerund                 // present participle ("saying", "déclarant", "diciendo")
	TagNoun                   // also a common noun ("claims", "reports"), with the noun flag
)

// Verb is one form of a reporting verb.
type Verb struct {
	Lemma  string
	Stance string // assert, deny, accuse or other
	// Voice is the key of the bot's own verb for a paraphrase ([voice]).
	Voice string
	Tags  int
	// Weak verbs (write, continue, speak…) report words only with a
	// quotation or a complement clause attached.
	Weak bool
	// Colon verbs (poursuivre, continuer) report words after them only
	// when a colon or a quotation mark opens them right away ("Il
	// poursuit : « … »", not "poursuit ses efforts, …"); after a
	// quotation ("…», poursuit-il") they report as any verb.
	Colon bool
	// Topic verbs report only words that open with one of their Takes
	// prepositions, the matter spoken of ("habló sobre la reforma", not
	// "habló el lunes con los periodistas").
	Topic bool
	// NoCleft verbs report nothing through a phrase that points back
	// at the sentence before ("Das bemerkten nur wenige" noticed it,
	// said nothing), only words of their own ("…, bemerkte X").
	NoCleft bool
	// Noun is set for forms that are also common nouns ("claims",
	// "reports"): they are verbs only right after a subject.
	Noun bool
	// Opinion verbs (believe, regard, estimer, meinen) state a view; they
	// attribute only to an explicit subject, never through "according to".
	Opinion bool
	// Position verbs (want, oppose, back) state their subject's stand in
	// the article's words, no words of theirs: they report only as a
	// finite verb of the sentence's main clause, with no other report in
	// the sentence, a person or body named or described as a speaker for
	// subject, and an object after them.
	Position bool
	// Refl verbs take a reflexive pronoun before them ("se dit", "sich
	// äußern"); a verb group without one (or an inverted pronoun) does
	// not report ("cela inquiète les habitants").
	Refl bool
	// Charge verbs ("claim") accuse when their words allege wrongdoing.
	Charge bool
	// Stative forms are adjectives of a view or a feeling ("concerned",
	// "confident"): they report their subject's view only after a copula
	// and before a complementiser ("Experts are concerned that …").
	Stative bool
	// NegVoice, for a verb that still reports when negated (French
	// "n'exclut pas"), is the voice of the negated verb; a negated verb
	// reports nothing otherwise.
	NegVoice string
	// Quoting verbs name the speaker as their object ("quoted officials
	// as saying …").
	Quoting bool
	// Object verbs take the person spoken to before their words ("told
	// reporters the deal was dead").
	Object bool
	// ObjInf verbs, weak ones, report too what they name and an
	// infinitive after it ("expects the council to approve the plan").
	ObjInf bool
	// DocSubject verbs report only with a document of a named author as
	// their subject, before them ("a CNN poll shows …", not "Trump
	// showed …").
	DocSubject bool
	// Speaker verbs report only with a person, a body, a document or a
	// noun of [speakers] as their subject, not a thing described ("Le
	// ministre a évoqué une hausse", not "Le film évoque l'enfance").
	Speaker bool
	// Idiom verbs say something only with their words and a noun that
	// closes the clause ("sieht die Bahn in der Pflicht", "nahm den
	// Minister in Schutz"): the sentence is the claim, in the article's
	// words.
	Idiom bool
	// Particle must follow the verb ("call for", "point out").
	Particle string
	// Whole verbs say something with their particle alone ("claimed
	// responsibility", "accepted responsibility for the attack"): they
	// need no words after it, and the words after it may open with a
	// preposition.
	Whole bool
	// NegModal verbs, negated, report only after a modal of refusal
	// ([set refusalmodals]: "would not say how many"), not as an
	// omission ("did not say whether anyone died").
	NegModal bool
	// NegOnly verbs report only negated, with their NegVoice: "n'a pas
	// souhaité commenter", "no quiso hacer declaraciones", "não
	// respondeu aos pedidos de comentário" (not "a souhaité commenter",
	// nor "respondeu aos pedidos", another verb's).
	NegOnly bool
	// NoWords verbs (with NegOnly) report their refusal also with no
	// words after them, or only a phrase of [set refusaluntil]: "n'a
	// pas donné suite.", "não retornou até a publicação desta
	// reportagem"; the sentence is the claim, in the article's words.
	NoWords bool
	// Refusal verbs report a refusal to speak: their particle must be
	// followed by a verb of saying of [set refusalverbs] ("declined to
	// comment", "refused to say how much", "se negó a comentar"), not
	// by another verb ("declined to renew the contract", "refused to
	// endorse") nor a noun ("declined to their lowest level"). Without a
	// particle the verb of saying follows the verb itself ("declinó
	// hacer declaraciones"); after a preposition of Takes and a
	// determiner, a noun of [set refusalnouns] may stand for it ("s'est
	// refusé à tout commentaire", "no respondió a las solicitudes").
	Refusal bool
	// NegObject refusal verbs refuse only a negated noun of what is
	// said: "gab keinen Kommentar ab", not "gab eine Stellungnahme ab".
	NegObject bool
	// Takes lists prepositions the verb's words may start with ("call
	// for", "appeler à"): a paraphrase from them keeps its meaning.
	Takes []string
	// Separable is a German particle that must close the clause ("teilte
	// … mit").
	Separable string
	// NotSeparable is a German particle that, closing the clause, makes
	// the verb another one that reports nothing ("fand … statt": took
	// place, not "found").
	NotSeparable string
	// NotParticle lists particles, or phrases, that, right after the
	// verb, make it another verb that reports nothing ("called off",
	// "wrote off", "ne veut pas dire que": does not mean).
	NotParticle []string
}

// Pronoun is a personal pronoun that can refer back to a speaker.
type Pronoun struct {
	Gender byte // 'm', 'f', 'n' or 0 when it can be any
	Plural bool
	Either bool // singular or plural ("sie", "they" used of one)
}

// Title is a role word that precedes or describes a name.
type Title struct {
	Gender byte // 'm', 'f' or 0
	Gov    bool // a government role when tied to a country
	Spokes bool // speaks for whoever employs it (spokesperson, office)
	// Head roles lead an organisation and speak for it when it is named
	// with them ("NATO Secretary-General Jens Stoltenberg").
	Head bool
	// Honorific titles name no role ("Mr.", "Mme", "Herr"): a person
	// named with one holds no post by it.
	Honorific bool
	// Same lists the titles a person named with refers back to by this
	// one as well ("el mandatario" after "el presidente X").
	Same []string
}

// Country is a gazetteer entry in one language.
type Country struct {
	Code  string   // ISO-like code shared by every language's entry
	Name  string   // the name the briefing uses
	Names []string // other names
	// Demonyms are the adjectives and nouns of nationality.
	Demonyms []string
	// Seats are capitals and government metonyms ("Beijing", "Kremlin").
	Seats []string
}

// Pattern is an "according to" form: Words before and after the source,
// lower case, with "" marking where the source phrase goes.
type Pattern struct {
	Before []string
	After  []string
	// End requires the pattern to end its sentence or clause (", so der
	// Minister.").
	End bool
	// Open requires the pattern to open its sentence or a clause after a
	// comma ("Para López, …", not "la plataforma Deezer para
	// Norteamérica, …").
	Open bool
}

// Lexicon is everything the offline briefer knows about one language.
type Lexicon struct {
	Code string
	Name string
	// English is the language's name in English.
	English string
	// Dialogue is set for languages that mark direct speech with a dash
	// opening the paragraph ("—No lo permitiremos —dijo el ministro—.").
	Dialogue bool
	// ProDrop is set for languages that leave subject pronouns out
	// ("“…”, precisó." is the last speaker's).
	ProDrop bool
	// DoubleSurnames is set for languages whose people bear two surnames,
	// the first of which, alone or with the second, names them again
	// ("Andrés Manuel López Obrador" … "López Obrador", "Vladimir Padrino
	// López" … "Padrino").
	DoubleSurnames bool
	// PassiveAfterNoun is set for languages where a participle right
	// after its noun, with an agent after it, reads as a passive whose
	// agent speaks ("unas elecciones denunciadas por la oposición");
	// elsewhere it only modifies the noun ("a practice criticized by X").
	PassiveAfterNoun bool
	// NounModifiers is set for languages where a noun may modify the
	// noun after it, written apart ("a conference call", "the press
	// release"): a word that is both a verb and a noun is then a noun
	// after another noun and its article.
	NounModifiers bool
	// Traits holds the [meta] traits of the language (data/README.md
	// lists them): its word order, its punctuation of reported words,
	// and the rules that read its text; see Trait.
	Traits map[string]bool
	// Conditional is set for languages whose [set subjunctive] lists
	// conditional forms (French "aurait", "seraient"): they go on
	// reporting only a sentence whose subject names no one else, since
	// the writer uses them too ("L'Élysée aurait mis à pied …").
	Conditional bool
	// VerbSecond is set for languages whose main clause puts its finite
	// verb second, the subject after it when another phrase comes first
	// (German "Am Montag sagte Merkel").
	VerbSecond bool
	// NounCaps is set for languages that capitalise every noun (German),
	// where a capital does not mark a name.
	NounCaps bool
	// Quotes maps each opening quotation mark to its closing mark.
	Quotes map[rune]rune
	// Closers is the set of closing marks.
	Closers map[rune]bool
	// GivenNames maps lower-case given names whose gender is not in doubt
	// to 'f' or 'm' (names.txt, shared by every language).
	GivenNames map[string]byte
	// BothGiven holds lower-case given names of either gender (names.txt
	// "both:" lines: "claude", "dominique"): they tell no gender, but a
	// capitalised word after one is a surname, so that "le président de
	// l'Assemblée Claude Bartolone" names a person after the body.
	BothGiven map[string]bool
	// NamePrefixes holds the lower-case prefixes written with a hyphen
	// before a capitalised name, the Arabic article ("al-Kaabi",
	// "el-Sisi"): a word so written is a name (names.txt, shared by
	// every language).
	NamePrefixes []string
	// Verbs maps each lower-case form of a reporting verb to it; Alt
	// holds the other verbs a form belongs to (German "wies" is
	// "hinweisen" and "zurückweisen").
	Verbs map[string]Verb
	Alt   map[string][]Verb
	// Stative holds the adjectives of a view or a feeling ("concerned",
	// "worried"), flagged stative: they report only after a copula and
	// before a complementiser, and are no verbs anywhere else.
	Stative map[string]Verb
	// Positions holds the forms of the verbs of a stand ("wants",
	// "opposed"), flagged position: they report only as the verb of a
	// sentence that reports nothing else, and are no verbs anywhere else.
	Positions map[string]Verb
	// Phrases are multi-word verb forms keyed by their first word ("call
	// for" is a Particle instead; these are fixed phrases such as "se
	// dire", unused when empty).
	Sets     map[string]map[string]bool
	Multi    map[string][][]string // multi-word set entries by set name
	Pronouns map[string]Pronoun
	Titles   map[string]Title
	Speakers map[string]string // generic speaker noun → class
	// OrgKinds maps the head nouns of organisations to their kind
	// ("company" and "firm" → company, "union" and "federation" →
	// union): "the union" is never a company.
	OrgKinds map[string]string
	// According lists the "according to" patterns.
	According []Pattern
	Countries []*Country
	Loaded    map[string]string
	// PartySeats maps a party's seat, named for the party ("ferraz",
	// "largo do rato"), to the party's names ("PSOE", "Partido
	// Socialista"): "En Ferraz reconocen que …" is the party's.
	PartySeats map[string][]string
	Months     map[string]int
	Furniture  []string // lower-case line prefixes that mark page furniture
	Voice      map[string][2]string
	Phrases    map[string]string
	Labels     map[string]string
	// Elisions are clitics written with an apostrophe before the next
	// word ("l'", "qu'"), lower case.
	Elisions map[string]bool
}

// Set reports whether a lower-case word is in the named word set.
func (lx *Lexicon) Set(name, w string) bool { return lx.Sets[name][w] }

// Endings returns the words of set name, longest first (alphabetically
// among those of one length): endings to strip from a word, the
// longest that fits first.
func (lx *Lexicon) Endings(name string) []string {
	out := slices.Collect(maps.Keys(lx.Sets[name]))
	slices.SortFunc(out, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return out
}

// Trait reports whether the language has the trait name (see
// knownTraits).
func (lx *Lexicon) Trait(name string) bool { return lx.Traits[name] }

// knownTraits are the traits a [meta] traits line may list; data/README.md
// tells what each means.
var knownTraits = map[string]bool{
	"svo": true, "zerocomp": true, "dropcomp": true, "zeroderivation": true, "contactclauses": true,
	"saxongenitive": true, "strictdescriptions": true, "pronounsubjects": true, "genderlessarticles": true,
	"commacomp": true, "commawords": true, "adjafter": true,
	"inciseasides": true, "commaclauses": true, "colonlabels": true, "pluralagreement": true,
	"departitive": true, "docparticiple": true, "pronounafterprep": true, "andafterprep": true,
	"sosource": true, "namedrelative": true, "relativesanywhere": true, "personshows": true, "dashexamples": true, "standfirst": true,
	"givenparticle": true, "bareroles": true,
	"describedwordless": true, "pronounchains": true, "strictoffices": true, "strictposts": true,
}

// Phrase returns the named template of the bot's own words, or "".
func (lx *Lexicon) Phrase(key string) string { return lx.Phrases[key] }

// Label returns the named heading or label, falling back to key.
func (lx *Lexicon) Label(key string) string {
	if s, ok := lx.Labels[key]; ok {
		return s
	}
	return key
}

// VoiceVerb returns the bot's verb for a voice key, singular or plural.
func (lx *Lexicon) VoiceVerb(key string, plural bool) string {
	v, ok := lx.Voice[key]
	if !ok {
		v = lx.Voice["say"]
	}
	if plural {
		return v[1]
	}
	return v[0]
}

// parse reads one lexicon file.
func parse(name, src string) (*Lexicon, error) {
	lx := &Lexicon{
		Quotes: map[rune]rune{}, Closers: map[rune]bool{}, Verbs: map[string]Verb{}, Alt: map[string][]Verb{}, Stative: map[string]Verb{}, Positions: map[string]Verb{},
		Sets: map[string]map[string]bool{}, Multi: map[string][][]string{},
		Pronouns: map[string]Pronoun{}, Titles: map[string]Title{}, Speakers: map[string]string{}, OrgKinds: map[string]string{},
		Loaded: map[string]string{}, PartySeats: map[string][]string{}, Months: map[string]int{}, Voice: map[string][2]string{},
		Phrases: map[string]string{}, Labels: map[string]string{}, Elisions: map[string]bool{},
	}
	p := &parser{file: name, lx: lx, paradigms: map[string]paradigm{}, lemmaTags: TagBase | TagFinite}
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		p.line++
		ln := sc.Text()
		if i := strings.Index(ln, " #"); i >= 0 {
			ln = ln[:i]
		}
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if strings.HasPrefix(ln, "[") {
			if !strings.HasSuffix(ln, "]") {
				return nil, p.errf("section header %q lacks its closing bracket", ln)
			}
			p.section = strings.Fields(strings.TrimSpace(ln[1 : len(ln)-1]))
			if len(p.section) == 0 {
				return nil, p.errf("empty section name")
			}
			continue
		}
		if p.section == nil {
			return nil, p.errf("a line before any [section]")
		}
		if err := p.entry(ln); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lang: %s: %w", name, err)
	}
	if lx.Code == "" {
		return nil, fmt.Errorf("lang: %s: [meta] has no code", name)
	}
	for _, k := range requiredVoice {
		if _, ok := lx.Voice[k]; !ok {
			return nil, fmt.Errorf("lang: %s: [voice] lacks %q", name, k)
		}
	}
	for _, k := range requiredPhrases {
		if lx.Phrases[k] == "" {
			return nil, fmt.Errorf("lang: %s: [phrases] lacks %q", name, k)
		}
	}
	for _, k := range requiredLabels {
		if lx.Labels[k] == "" {
			return nil, fmt.Errorf("lang: %s: [labels] lacks %q", name, k)
		}
	}
	for _, vs := range []map[string]Verb{lx.Verbs, lx.Positions} {
		for _, v := range vs {
			if _, ok := lx.Voice[v.Voice]; !ok {
				return nil, fmt.Errorf("lang: %s: verb %q uses voice %q, which [voice] does not define", name, v.Lemma, v.Voice)
			}
		}
	}
	sort.SliceStable(lx.According, func(i, j int) bool {
		return len(lx.According[i].Before)+len(lx.According[i].After) > len(lx.According[j].Before)+len(lx.According[j].After)
	})
	return lx, nil
}

// The keys every lexicon must define: the engine and the renderers use
// them.
var (
	requiredVoice   = []string{"say", "deny", "accuse"}
	requiredPhrases = []string{"clause", "quote", "verbatim", "and", "summary.parties", "summary.none", "summary.facts"}
	requiredLabels  = []string{"summary", "parties", "facts", "notes", "said_by", "evidence"}
)

type paradigm struct {
	strip string
	forms []formSpec
}

type formSpec struct {
	pattern string // ending, or a pattern with ~ for the stem
	tags    int
}

type parser struct {
	file      string
	line      int
	section   []string
	lx        *Lexicon
	paradigms map[string]paradigm
	lemmaTags int
}

func (p *parser) errf(format string, args ...any) error {
	return fmt.Errorf("lang: %s:%d: %s", p.file, p.line, fmt.Sprintf(format, args...))
}

// words splits a set line; "_" joins the words of a multi-word entry.
func words(ln string) []string {
	f := strings.Fields(ln)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "_", " ")
	}
	return f
}

func keyValue(ln string) (string, string, bool) {
	k, v, ok := strings.Cut(ln, "=")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}

func (p *parser) entry(ln string) error {
	lx := p.lx
	switch p.section[0] {
	case "meta":
		k, v, ok := keyValue(ln)
		if !ok {
			return p.errf("want key = value in [meta]")
		}
		switch k {
		case "code":
			lx.Code = v
		case "name":
			lx.Name = v
		case "english":
			lx.English = v
		case "nouncaps":
			lx.NounCaps = v == "true"
		case "dialogue":
			lx.Dialogue = v == "true"
		case "prodrop":
			lx.ProDrop = v == "true"
		case "doublesurnames":
			lx.DoubleSurnames = v == "true"
		case "passiveafternoun":
			lx.PassiveAfterNoun = v == "true"
		case "nounmodifiers":
			lx.NounModifiers = v == "true"
		case "conditional":
			lx.Conditional = v == "true"
		case "v2":
			lx.VerbSecond = v == "true"
		case "traits":
			lx.Traits = map[string]bool{}
			for _, tr := range strings.Fields(v) {
				if !knownTraits[tr] {
					return p.errf("unknown trait %q", tr)
				}
				lx.Traits[tr] = true
			}
		case "lemma-tags":
			t, err := parseTags(v)
			if err != nil {
				return p.errf("%v", err)
			}
			p.lemmaTags = t
		default:
			return p.errf("unknown [meta] key %q", k)
		}
	case "quotes":
		f := strings.Fields(ln)
		if len(f) != 2 || utf8.RuneCountInString(f[0]) != 1 || utf8.RuneCountInString(f[1]) != 1 {
			return p.errf("want an opening and a closing mark")
		}
		o, _ := utf8.DecodeRuneInString(f[0])
		c, _ := utf8.DecodeRuneInString(f[1])
		lx.Quotes[o] = c
		lx.Closers[c] = true
	case "paradigms":
		return p.paradigm(ln)
	case "verbs":
		return p.verb(ln)
	case "set":
		if len(p.section) != 2 {
			return p.errf("want [set NAME]")
		}
		name := p.section[1]
		if lx.Sets[name] == nil {
			lx.Sets[name] = map[string]bool{}
		}
		for _, w := range words(ln) {
			w = lower(w)
			lx.Sets[name][w] = true
			if strings.Contains(w, " ") {
				lx.Multi[name] = append(lx.Multi[name], strings.Fields(w))
			}
			if name == "elisions" {
				lx.Elisions[w] = true
			}
		}
	case "pronouns":
		f := strings.Fields(ln)
		if len(f) != 3 {
			return p.errf("want: pronoun gender number")
		}
		pr := Pronoun{}
		switch f[1] {
		case "m", "f", "n":
			pr.Gender = f[1][0]
		case "-":
		default:
			return p.errf("gender %q is not m, f, n or -", f[1])
		}
		switch f[2] {
		case "s":
		case "p":
			pr.Plural = true
		case "-":
			pr.Either = true
		default:
			return p.errf("number %q is not s, p or -", f[2])
		}
		lx.Pronouns[lower(strings.ReplaceAll(f[0], "_", " "))] = pr // "l'_intéressé": a phrase
	case "titles":
		f := words(ln)
		t := Title{}
		for _, fl := range f[1:] {
			switch fl {
			case "m", "f":
				t.Gender = fl[0]
			case "gov":
				t.Gov = true
			case "spokes":
				t.Spokes = true
			case "head":
				t.Head = true
			case "hon":
				t.Honorific = true
			default:
				if strings.HasPrefix(fl, "=") && len(fl) > 1 {
					t.Same = append(t.Same, lower(fl[1:]))
					continue
				}
				return p.errf("unknown title flag %q", fl)
			}
		}
		lx.Titles[lower(f[0])] = t
		if strings.Contains(f[0], " ") {
			lx.Multi["titles"] = append(lx.Multi["titles"], strings.Fields(lower(f[0])))
		}
	case "speakers":
		f := words(ln)
		if len(f) < 2 {
			return p.errf("want: noun class")
		}
		for _, w := range f[:len(f)-1] {
			lx.Speakers[lower(w)] = f[len(f)-1]
		}
	case "orgkinds":
		f := words(ln)
		if len(f) < 2 {
			return p.errf("want: noun … kind")
		}
		for _, w := range f[:len(f)-1] {
			lx.OrgKinds[lower(w)] = f[len(f)-1]
		}
	case "according":
		return p.according(ln)
	case "countries":
		return p.country(ln)
	case "loaded":
		k, v, ok := keyValue(ln)
		if !ok {
			return p.errf("want word = rendering")
		}
		lx.Loaded[lower(strings.ReplaceAll(k, "_", " "))] = v
	case "partyseats":
		k, v, ok := keyValue(ln)
		if !ok || v == "" {
			return p.errf("want seat = party")
		}
		for n := range strings.SplitSeq(v, "|") {
			if n = strings.TrimSpace(n); n != "" {
				lx.PartySeats[lower(strings.ReplaceAll(k, "_", " "))] = append(lx.PartySeats[lower(strings.ReplaceAll(k, "_", " "))], n)
			}
		}
	case "months":
		f := strings.Fields(ln)
		if len(f) < 2 {
			return p.errf("want: month number")
		}
		var n int
		if _, err := fmt.Sscan(f[len(f)-1], &n); err != nil || n < 1 || n > 12 {
			return p.errf("bad month number %q", f[len(f)-1])
		}
		for _, w := range f[:len(f)-1] {
			lx.Months[lower(w)] = n
		}
	case "furniture":
		lx.Furniture = append(lx.Furniture, lower(ln))
	case "voice":
		k, v, ok := keyValue(ln)
		if !ok {
			return p.errf("want key = Singular | Plural")
		}
		sg, pl, ok := strings.Cut(v, "|")
		if !ok {
			return p.errf("want key = Singular | Plural")
		}
		lx.Voice[k] = [2]string{strings.TrimSpace(sg), strings.TrimSpace(pl)}
	case "phrases":
		k, v, ok := keyValue(ln)
		if !ok {
			return p.errf("want key = text")
		}
		lx.Phrases[k] = unquote(v)
	case "labels":
		k, v, ok := keyValue(ln)
		if !ok {
			return p.errf("want key = text")
		}
		lx.Labels[k] = unquote(v)
	default:
		return p.errf("unknown section [%s]", strings.Join(p.section, " "))
	}
	return nil
}

// unquote removes the double quotes around a value that needs leading or
// trailing spaces.
func unquote(v string) string {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		return v[1 : len(v)-1]
	}
	return v
}

func parseTags(s string) (int, error) {
	t := 0
	for _, x := range strings.Split(s, "/") {
		switch x {
		case "b":
			t |= TagBase
		case "f":
			t |= TagFinite
		case "pp":
			t |= TagParticiple
		case "g":
			t |= TagGerund
		case "n":
			t |= TagNoun
		default:
			return 0, fmt.Errorf("unknown form tag %q (want b, f, pp, g or n)", x)
		}
	}
	return t, nil
}

// paradigm parses "name: strip > ending:tags …".
func (p *parser) paradigm(ln string) error {
	name, rest, ok := strings.Cut(ln, ":")
	if !ok {
		return p.errf("want name: strip > ending:tags …")
	}
	strip, ends, ok := strings.Cut(rest, ">")
	if !ok {
		return p.errf("want name: strip > ending:tags …")
	}
	pd := paradigm{strip: strings.TrimSpace(strip)}
	for _, f := range strings.Fields(ends) {
		e, tg, ok := strings.Cut(f, ":")
		if !ok {
			return p.errf("form %q lacks its tags", f)
		}
		t, err := parseTags(tg)
		if err != nil {
			return p.errf("%v", err)
		}
		pd.forms = append(pd.forms, formSpec{pattern: e, tags: t})
	}
	p.paradigms[strings.TrimSpace(name)] = pd
	return nil
}

// verb parses "lemma paradigm stance voice [flags] [: form:tags …]".
func (p *parser) verb(ln string) error {
	head, extra, _ := strings.Cut(ln, " : ")
	f := strings.Fields(head)
	if len(f) < 4 {
		return p.errf("want: lemma paradigm stance voice [flags] [: form:tags …]")
	}
	v := Verb{Lemma: lower(strings.ReplaceAll(f[0], "_", " ")), Stance: f[2], Voice: f[3]}
	if i := strings.IndexAny(f[0], "'’"); i > 0 && i <= 2 {
		// "s'indigner" never matches: the tokenizer splits "s'".
		return p.errf("verb %q: write a reflexive verb without its pronoun, with the refl flag", f[0])
	}
	switch v.Stance {
	case "assert", "deny", "accuse", "other":
	default:
		return p.errf("stance %q is not assert, deny, accuse or other", v.Stance)
	}
	for _, fl := range f[4:] {
		switch {
		case fl == "weak":
			v.Weak = true
		case fl == "colon":
			v.Colon = true
		case fl == "topic":
			v.Topic = true
		case fl == "nocleft":
			v.NoCleft = true
		case fl == "noun":
			v.Noun = true
		case fl == "opinion":
			v.Opinion = true
		case fl == "position":
			v.Position = true
		case fl == "refl":
			v.Refl = true
		case fl == "charge":
			v.Charge = true
		case fl == "obj":
			v.Object = true
		case fl == "objinf":
			v.ObjInf = true
		case fl == "quoting":
			v.Quoting = true
		case fl == "docsubj":
			v.DocSubject = true
		case fl == "speaker":
			v.Speaker = true
		case fl == "idiom":
			v.Idiom = true
		case fl == "refusal":
			v.Refusal = true
		case fl == "negmodal":
			v.NegModal = true
		case fl == "whole":
			v.Whole = true
		case fl == "negonly":
			v.NegOnly = true
		case fl == "nowords":
			v.NoWords = true
		case fl == "negobject":
			v.NegObject = true
		case fl == "stative":
			v.Stative = true
		case strings.HasPrefix(fl, "part="):
			v.Particle = strings.ReplaceAll(fl[5:], "_", " ")
		case strings.HasPrefix(fl, "neg="):
			v.NegVoice = fl[4:]
		case strings.HasPrefix(fl, "takes="):
			v.Takes = strings.Split(fl[6:], "|")
		case strings.HasPrefix(fl, "sep="):
			v.Separable = fl[4:]
		case strings.HasPrefix(fl, "notsep="):
			v.NotSeparable = fl[7:]
		case strings.HasPrefix(fl, "notpart="):
			v.NotParticle = strings.Split(strings.ReplaceAll(fl[8:], "_", " "), "|")
		default:
			return p.errf("unknown verb flag %q", fl)
		}
	}
	forms := map[string]int{}
	if f[1] != "-" {
		pd, ok := p.paradigms[f[1]]
		if !ok {
			return p.errf("unknown paradigm %q", f[1])
		}
		if !strings.HasSuffix(v.Lemma, pd.strip) {
			return p.errf("lemma %q does not end in %q (paradigm %s)", v.Lemma, pd.strip, f[1])
		}
		stem := strings.TrimSuffix(v.Lemma, pd.strip)
		for _, fs := range pd.forms {
			var w string
			switch {
			case fs.pattern == "=":
				w = v.Lemma
			case strings.Contains(fs.pattern, "~"):
				w = strings.Replace(fs.pattern, "~", stem, 1)
			default:
				w = stem + fs.pattern
			}
			forms[w] |= fs.tags
		}
	} else {
		forms[v.Lemma] |= p.lemmaTags
	}
	for _, x := range strings.Fields(extra) {
		w, tg, ok := strings.Cut(x, ":")
		if !ok {
			return p.errf("form %q lacks its tags", x)
		}
		t, err := parseTags(tg)
		if err != nil {
			return p.errf("%v", err)
		}
		w = lower(strings.ReplaceAll(w, "_", " "))
		forms[w] = t // an explicit form overrides the paradigm's tags
	}
	if f[1] == "-" && v.Noun {
		forms[v.Lemma] |= TagNoun
	}
	for w, t := range forms {
		p.addVerbForm(w, t, v)
	}
	if v.Separable != "" {
		// A clause that ends with the verb joins the particle to it:
		// "wie die Polizei mitteilte", "als er ankündigte".
		joined := v
		joined.Separable = ""
		for w, t := range forms {
			if t&TagFinite != 0 && !strings.HasPrefix(w, v.Separable) {
				p.addVerbForm(v.Separable+w, t, joined)
			}
		}
	}
	return nil
}

// addVerbForm files form w of verb v with tags t.
func (p *parser) addVerbForm(w string, t int, v Verb) {
	vv := v
	vv.Tags = t
	// Only the forms tagged n double as nouns ("claims", not
	// "claimed").
	vv.Noun = v.Noun && t&TagNoun != 0
	if v.Stative {
		p.lx.Stative[w] = vv
		return
	}
	if v.Position {
		p.lx.Positions[w] = vv
		return
	}
	if old, dup := p.lx.Verbs[w]; dup && (old.Lemma != v.Lemma || old.Particle != v.Particle || old.Separable != v.Separable || old.Refusal != v.Refusal || old.Refl != v.Refl) {
		// Another verb's form too ("wies": hinweisen, zurückweisen),
		// or the same verb with another particle ("made clear",
		// "made it clear") or closing word ("sieht … in der Pflicht",
		// "sieht … anders"), or the same verb as a refusal to speak
		// ("n'a pas répondu aux sollicitations" before "a répondu que
		// …", "lehnte eine Stellungnahme ab"), or the same verb with and
		// without its reflexive pronoun ("a félicité l'équipe", "se
		// félicite de …"): the first listed is the default, the others
		// alternatives.
		p.lx.Alt[w] = append(p.lx.Alt[w], vv)
		return
	}
	p.lx.Verbs[w] = vv
}

// according parses a pattern such as "according_to X" or "X zufolge" or
// ", so X ." (End) or "^ para X ," (Open).
func (p *parser) according(ln string) error {
	f := words(ln)
	pt := Pattern{}
	seen := false
	for _, w := range f {
		switch {
		case w == "X":
			if seen {
				return p.errf("two X in pattern")
			}
			seen = true
		case w == "$":
			pt.End = true
		case w == "^" && !seen && len(pt.Before) == 0:
			pt.Open = true
		case !seen:
			pt.Before = append(pt.Before, strings.Fields(lower(w))...)
		default:
			pt.After = append(pt.After, strings.Fields(lower(w))...)
		}
	}
	if !seen || len(pt.Before)+len(pt.After) == 0 {
		return p.errf("a pattern needs X and at least one word")
	}
	p.lx.According = append(p.lx.According, pt)
	return nil
}

// country parses "CODE | Name, other names | demonyms | seats".
func (p *parser) country(ln string) error {
	f := strings.Split(ln, "|")
	if len(f) != 4 {
		return p.errf("want: CODE | names | demonyms | seats")
	}
	list := func(s string) []string {
		var out []string
		for _, x := range strings.Split(s, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	names := list(f[1])
	if len(names) == 0 {
		return p.errf("a country needs a name")
	}
	c := &Country{Code: strings.TrimSpace(f[0]), Name: names[0], Names: names[1:], Demonyms: list(f[2]), Seats: list(f[3])}
	p.lx.Countries = append(p.lx.Countries, c)
	return nil
}

// lower lower-cases s and turns typographic apostrophes into straight
// ones, the form every lexicon look-up uses. A letter written as a base
// letter and a combining accent, as some pages write every accented
// letter ("e\u0301voque"), is composed into one ("évoque"), the form
// the lexicon lists.
func lower(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	if combining(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// combining reports whether s holds a combining diacritical mark
// (U+0300 to U+036F, whose UTF-8 encodings open with 0xCC or 0xCD).
func combining(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xCC || c == 0xCD && i+1 < len(s) && s[i+1] <= 0xAF {
			return true
		}
	}
	return false
}

// SoftHyphen is the invisible mark of where a word may break at a line's
// end (U+00AD); pages hyphenated for the screen put one in most long
// words ("can\u00addi\u00adda\u00adture"). It stands inside the word, and is
// no letter of it.
const SoftHyphen = '\u00ad'

// WithoutSoftHyphens removes the soft hyphens of s ("condi\u00adtions" is
// "conditions").
func WithoutSoftHyphens(s string) string {
	return strings.ReplaceAll(s, string(SoftHyphen), "")
}

// Lower is the normal form of a word for lexicon look-ups.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return lower(s)
		}
	}
	return s
}

// Fold is the form names and words are matched in across spellings:
// lower case, without diacritics ("Erdoğan" = "erdogan", "Gutiérrez" =
// "gutierrez"), the Turkish dotless i and the German sharp s spelled out
// ("ı" = "i", "ß" = "ss"), typographic apostrophes straight, and
// surrounding spaces trimmed.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || 'A' <= s[i] && s[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ı':
			b.WriteByte('i')
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimSpace(b.String())
}

// IsAcronym reports whether w is written in capitals: at least two
// letters, all upper case ("NATO", "WASHINGTON", "U.S.").
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// IsUpperInitial reports whether s starts with an upper-case letter.
func IsUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Given returns the gender ('f' or 'm') of the lower-case given name l,
// or 0 when it is none the lexicon knows. A double name joined by a
// hyphen ("hans-jürgen", "anna-lena") is one when both parts are, of the
// same gender.
func (lx *Lexicon) Given(l string) byte {
	if g := lx.GivenNames[l]; g != 0 {
		return g
	}
	first, second, ok := strings.Cut(l, "-")
	if g := lx.GivenNames[first]; ok && g != 0 && lx.GivenNames[second] == g {
		return g
	}
	return 0
}
