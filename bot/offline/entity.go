package offline

import (
	"strings"
	"unicode"
)

// Kinds of mention and entity.
const (
	kNone    = iota
	kPerson  // a named person
	kOrg     // a named organisation
	kCountry // a country or its capital used for its government
	kDesc    // a description without a name ("officials", "the daily")
	kPron    // a pronoun
	kDoc     // a document that speaks for its author ("the statement")
)

// mention is a noun phrase that may name a speaker.
type mention struct {
	surface  string // the article's words
	name     string // the proper name part, "" if none
	role     string // what precedes or describes the name ("Chinese Foreign Ministry spokesman")
	head     string // lower-case head noun of a description or role
	kind     int
	country  *country // the country the phrase ties it to
	gov      bool     // a government official or body
	nonGov   bool     // explicitly independent (opposition, former…)
	definite bool
	plural   bool
	// possessor is the "X" of "X's spokesperson"; affil the "Y" of "a
	// spokesman for Y" or the organisation in "NATO Secretary-General".
	possessor *mention
	affil     *mention
	classes   []string
	tok       int // index of the mention's first token in the article
}

// entity is a person, organisation, country or described group the
// article mentions, merged across mentions.
type entity struct {
	id      int
	kind    int
	name    string   // best display name
	names   []string // every name the article uses (aliases)
	country *country
	gov     bool
	nonGov  bool
	classes map[string]bool
	gender  int // 0 unknown, 1 male, 2 female
	// speaksFor is the entity a spokesperson or office speaks for.
	speaksFor *entity
	lastSent  int
	plural    bool
	// short is the shortest name the article gives the entity as a
	// speaker ("Mandiant" for "Mandiant Internet").
	short string
}

func (e *entity) addName(n string) {
	n = strings.TrimSpace(n)
	if n == "" {
		return
	}
	for _, x := range e.names {
		if x == n {
			return
		}
	}
	e.names = append(e.names, n)
}

func (e *entity) addClass(cs ...string) {
	if e.classes == nil {
		e.classes = map[string]bool{}
	}
	for _, c := range cs {
		if c != "" {
			e.classes[c] = true
		}
	}
}

// recent is a mention of an entity at a place in the article, kept for
// resolving pronouns and descriptions.
type recent struct {
	e    *entity
	sent int
	tok  int
	subj bool
}

// registry holds the entities of one article.
type registry struct {
	ents    []*entity
	byName  map[string]*entity   // folded full name, acronym
	byWord  map[string][]*entity // folded single name words of persons and organisations
	byClass map[string]recent    // last entity of each class
	persons []recent             // recent person mentions, oldest first (bounded)
	others  []recent             // recent organisation and country mentions (bounded)
	// docAuthor maps a document noun ("report") to its last author.
	docAuthor map[string]*entity
	lastDoc   *entity
	// govCountry is the country of the last government speaker.
	govCountry *country
	// lastCountry is the country mentioned last.
	lastCountry *country
	countries   map[*country]*entity
}

// maxRecent bounds the look-back of pronoun resolution.
const maxRecent = 48

func newRegistry() *registry {
	return &registry{
		byName:    map[string]*entity{},
		byWord:    map[string][]*entity{},
		byClass:   map[string]recent{},
		docAuthor: map[string]*entity{},
		countries: map[*country]*entity{},
	}
}

func (r *registry) newEntity(kind int, name string) *entity {
	e := &entity{id: len(r.ents), kind: kind, name: name}
	e.addName(name)
	r.ents = append(r.ents, e)
	return e
}

// country returns the entity standing for a country's government.
func (r *registry) country(c *country) *entity {
	if e, ok := r.countries[c]; ok {
		return e
	}
	e := r.newEntity(kCountry, c.Name)
	e.country, e.gov = c, true
	e.addClass("government", "country")
	r.countries[c] = e
	return e
}

// lookupName finds a known entity by a name, a single name word (surname
// or first name of a person, first word of an organisation) or a near
// spelling of a person's surname.
func (r *registry) lookupName(name string, person bool) *entity {
	k := fold(name)
	if e, ok := r.byName[k]; ok {
		return e
	}
	if base := corpBase(k); base != "" {
		// "ABS-CBN Corporation" after "ABS-CBN": the same company.
		if e, ok := r.byName[base]; ok && e.kind == kOrg {
			return e
		}
	}
	if strings.Contains(k, " ") {
		// A longer form of a known person ("President Donald Trump" is
		// handled by the caller; here "Donald J. Trump" and the like):
		// match on the last word when the first word also matches.
		ws := strings.Fields(k)
		for _, e := range r.byWord[ws[len(ws)-1]] {
			if e.kind == kPerson && strings.HasPrefix(fold(e.name), ws[0]+" ") {
				return e
			}
		}
		return nil
	}
	if es := r.byWord[k]; len(es) > 0 {
		// Prefer the most recently mentioned.
		best := es[0]
		for _, e := range es[1:] {
			if e.lastSent >= best.lastSent {
				best = e
			}
		}
		return best
	}
	if person && len(k) >= 5 {
		// A near spelling of a recently mentioned person's surname (a
		// typo such as "Saree" for "Sarea"); bounded look-back.
		for _, rc := range r.persons {
			e := rc.e
			ws := strings.Fields(fold(e.name))
			if len(ws) > 1 && editOne(ws[len(ws)-1], k) {
				return e
			}
		}
	}
	return nil
}

// index records the names of e for later look-ups.
func (r *registry) index(e *entity, name string) {
	if name == "" {
		return
	}
	k := fold(name)
	if _, ok := r.byName[k]; !ok {
		r.byName[k] = e
	}
	if base := corpBase(k); base != "" && e.kind == kOrg {
		// "ABS-CBN Corporation" is also "ABS-CBN".
		if _, ok := r.byName[base]; !ok {
			r.byName[base] = e
		}
	}
	if e.kind == kOrg {
		// An organisation is also known by its initials ("United
		// Nations" = "UN", "Recording Industry Association of America"
		// = "RIAA").
		if ini := initials(name); len(ini) >= 2 {
			if _, ok := r.byName[ini]; !ok {
				r.byName[ini] = e
			}
		}
	}
	ws := strings.Fields(k)
	if len(ws) < 2 || (e.kind != kPerson && e.kind != kOrg) {
		return
	}
	for i, w := range ws {
		if len(w) < 3 || glueWords[w] || prepositions[w] || determiners[w] {
			continue
		}
		if e.kind == kOrg && i > 0 {
			break // an organisation is known by its first word only
		}
		if e.kind == kOrg && (orgWords[w] || titleWords[w]) {
			break
		}
		dup := false
		for _, x := range r.byWord[w] {
			dup = dup || x == e
		}
		if !dup {
			r.byWord[w] = append(r.byWord[w], e)
		}
	}
}

// corpSuffixes end a company's formal name ("Mandiant Corp.").
var corpSuffixes = words(`corporation corp corp. incorporated inc inc. ltd ltd. limited llc plc co co. company holdings group ag sa gmbh`)

// corpBase returns a folded company name without its corporate suffix
// ("abs-cbn corporation" → "abs-cbn"), or "" when k has none or nothing
// is left.
func corpBase(k string) string {
	ws := strings.Fields(strings.TrimSuffix(k, ","))
	if len(ws) < 2 || !corpSuffixes[ws[len(ws)-1]] {
		return ""
	}
	base := strings.TrimSuffix(strings.Join(ws[:len(ws)-1], " "), ",")
	if base == "" || determiners[base] {
		return ""
	}
	return base
}

// initials returns the folded initials of a multi-word capitalised name,
// skipping glue words, or "".
func initials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r := []rune(w)
		if glueWords[strings.ToLower(w)] {
			continue
		}
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return ""
		}
		b.WriteRune(unicode.ToLower(r[0]))
	}
	return b.String()
}

// touch records a mention of e at a place, for recency look-ups.
func (r *registry) touch(e *entity, sent, tok int, subj bool) {
	e.lastSent = sent
	rc := recent{e: e, sent: sent, tok: tok, subj: subj}
	if e.kind == kCountry {
		r.lastCountry = e.country
	}
	if e.kind == kPerson {
		r.persons = insertRecent(r.persons, rc)
	} else {
		r.others = insertRecent(r.others, rc)
	}
	for c := range e.classes {
		r.byClass[c] = rc
	}
}

// insertRecent adds a mention to a bounded list kept in article order.
func insertRecent(s []recent, rc recent) []recent {
	for _, x := range s[max(0, len(s)-8):] {
		if x.e == rc.e && x.sent == rc.sent && x.tok == rc.tok {
			return s
		}
	}
	if len(s) >= maxRecent {
		copy(s, s[1:])
		s = s[:len(s)-1]
	}
	s = append(s, rc)
	for i := len(s) - 1; i > 0 && rc.before(s[i-1].sent, s[i-1].tok); i-- {
		s[i], s[i-1] = s[i-1], s[i]
	}
	return s
}

// before reports whether a recent mention precedes the place (sent, tok).
func (rc recent) before(sent, tok int) bool {
	return rc.sent < sent || rc.sent == sent && rc.tok < tok
}

// resolvePerson resolves "he"/"she" at a place. It searches the current
// sentence before the pronoun, then up to three earlier sentences, each
// from its start (the grammatical subject tends to come first), skipping
// objects of prepositions and people of the other gender; failing that it
// takes the most recent person.
func (r *registry) resolvePerson(sent, tok, gender int) *entity {
	return r.search(r.persons, sent, tok, func(e *entity) bool {
		return gender == 0 || e.gender == 0 || e.gender == gender
	}, func(e *entity) {
		if e.gender == 0 && gender != 0 {
			e.gender = gender
		}
	})
}

// search finds an antecedent among recent mentions (ordered by place).
func (r *registry) search(list []recent, sent, tok int, ok func(*entity) bool, found func(*entity)) *entity {
	for back := 0; back <= 3; back++ {
		s := sent - back
		// Mentions of sentence s: in the pronoun's own sentence the closest
		// before it, in earlier sentences the first.
		lo := len(list)
		for lo > 0 && list[lo-1].sent >= s {
			lo--
		}
		hi := lo
		for hi < len(list) && list[hi].sent == s {
			hi++
		}
		for n := lo; n < hi; n++ {
			i := n
			if back == 0 {
				i = hi - 1 - (n - lo)
			}
			rc := list[i]
			if !rc.before(sent, tok) || !rc.subj || !ok(rc.e) {
				continue
			}
			found(rc.e)
			return rc.e
		}
	}
	for i := len(list) - 1; i >= 0; i-- {
		if rc := list[i]; rc.before(sent, tok) && sent-rc.sent <= 8 && ok(rc.e) {
			found(rc.e)
			return rc.e
		}
	}
	return nil
}

// resolveOther resolves "it"/"they" at a place the same way among
// organisations, countries and described groups; "they" takes plural
// groups and organisations, "it" singular ones.
func (r *registry) resolveOther(sent, tok int, plural bool) *entity {
	e := r.search(r.others, sent, tok, func(e *entity) bool {
		if plural {
			return e.plural || e.kind == kOrg
		}
		return !e.plural
	}, func(*entity) {})
	// No fallback to any entity at all: an unresolved "they" leaves the
	// statement unattributed rather than risk putting it in the wrong
	// mouth.
	return e
}

// resolveClass resolves a definite description by its head noun ("the
// company") to the last entity of that class mentioned before the place.
func (r *registry) resolveClass(head string, sent, tok int) *entity {
	for _, c := range classesOf(head) {
		if rc, ok := r.byClass[c]; ok && rc.before(sent, tok) && rc.e.kind != kDesc {
			return rc.e
		}
	}
	return nil
}

// classesOf returns the classes a noun names: itself and its synonyms.
func classesOf(noun string) []string {
	noun = strings.ToLower(noun)
	out := []string{noun}
	out = append(out, classSyn[noun]...)
	if strings.HasSuffix(noun, "s") {
		out = append(out, classSyn[strings.TrimSuffix(noun, "s")]...)
	}
	return out
}

// editOne reports whether a and b differ by at most one substitution.
func editOne(a, b string) bool {
	if len(a) != len(b) || a == b {
		return a == b
	}
	d := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			d++
		}
	}
	return d == 1
}

// glueWords may join the words of a name ("Mohammad bin Salman",
// "Ministry of Foreign Affairs").
var glueWords = words(`of for and the de del della der den van von bin bint ibn al el la le du da di dos das y abu`)
