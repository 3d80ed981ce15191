package offline

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 3: entities and coreference. Mentions become entities: names are
// merged (a surname or an acronym is the full name met earlier), a
// country's forms are its government, descriptions refer back ("the
// company" to the last company, "the ministry" to the government that
// last spoke), spokespeople and offices speak for whoever employs them,
// and pronouns resolve to a compatible speaker named shortly before.
// Whatever cannot be resolved is not a speaker: a claim is dropped rather
// than given to a guess.

// entity is a person, organisation, country or described group.
type entity struct {
	id      int
	kind    int
	name    string   // display name
	names   []string // the article's names for it (aliases)
	country *lang.Country
	gov     bool
	nonGov  bool
	gender  byte
	plural  bool
	class   string
	generic bool
	// personal is set once a pronoun only a person is ("he", "she" where
	// the lexicon says so) has stood for it: no body.
	personal bool
	// roles are the roles named after a person's name ("Philippe
	// Lambert, président du syndicat"): not names, but they tell
	// "le Premier ministre" from him (otherRole).
	roles []string
	// trade is the kind of body a trade word before its name told
	// ("company" for "semiconductor maker Veritas Micro"), or "".
	trade string
	// speaksFor is who a spokesperson or office speaks for.
	speaksFor *entity
	lastSent  int
	lastTok   int
}

func (e *entity) addName(n string) { e.names = appendName(e.names, n) }

// registry holds the entities of one article.
type registry struct {
	lx     *lang.Lexicon
	ents   []*entity
	byName map[string]*entity // folded names, surnames and acronyms
	byCode map[string]*entity // countries by code
	// recent lists the mentions seen, in order, for pronouns and
	// definite descriptions.
	recent []seen
	// govCountry is the country whose government spoke last (set as
	// each sentence is attributed).
	govCountry *lang.Country
	// lastDoc is the author of the last document of each kind named
	// with its author ("report", "statement"): "the report" is that one.
	lastDoc map[string]*entity
	// latestDoc is the author of the document of any kind named last
	// with its author, and latestDocSent the sentence that named it.
	latestDoc     *entity
	latestDocSent int
}

// setDoc records e as the author of the document named head in
// sentence sent.
func (r *registry) setDoc(head string, e *entity, sent int) {
	if r.lastDoc == nil {
		r.lastDoc = map[string]*entity{}
	}
	r.lastDoc[head] = e
	if sent >= r.latestDocSent || r.latestDoc == nil {
		r.latestDoc, r.latestDocSent = e, sent
	}
}

// seen is one resolved mention.
type seen struct {
	e        *entity
	sent     int
	tok      int // the mention's first token
	end      int // one past its last token
	para     int
	subject  bool
	headword string
	// appos is the head of an indefinite description set off after the
	// name ("group" in "NetChoice, a trade group whose members …"), or "".
	appos string
	// voice is the gender of a spokesperson who speaks for e ("a
	// spokesman for the company": 'm'), or 0.
	voice byte
	// neutral marks a spokesperson of no marked gender who speaks for e
	// ("a spokesperson for Sheffield University").
	neutral bool
	// gender is the gender the mention itself marks ("le procureur":
	// 'm'), or 0; article the gender its article marks ("la direction":
	// 'f'), or 0.
	gender, article byte
}

// ambiguous stands in the name index for a word two people share.
var ambiguous = &entity{id: -1, kind: kNone}

// lookup returns the entity indexed under a folded name, or nil.
func (r *registry) lookup(k string) *entity {
	if e := r.byName[k]; e != ambiguous {
		return e
	}
	return nil
}

// namesake returns the person of gender g registered under exactly the
// name name, a surname alone that a person of the other gender also
// bears ("Mme Martin" after "Patrick Martin"); or nil.
func (r *registry) namesake(name string, g byte) *entity {
	for _, e := range r.ents {
		if e.kind == kPerson && e.gender == g && strings.EqualFold(e.name, name) {
			return e
		}
	}
	return nil
}

func newRegistry(lx *lang.Lexicon) *registry {
	return &registry{lx: lx, byName: map[string]*entity{}, byCode: map[string]*entity{}}
}

func (r *registry) newEntity(kind int, name string) *entity {
	e := &entity{id: len(r.ents), kind: kind, name: name, lastSent: -1}
	e.addName(name)
	r.ents = append(r.ents, e)
	return e
}

func (r *registry) country(c *lang.Country) *entity {
	if e, ok := r.byCode[c.Code]; ok {
		return e
	}
	e := r.newEntity(kCountry, c.Name)
	e.country, e.gov, e.class = c, true, "gov"
	r.byCode[c.Code] = e
	return e
}

// index records the names under which e can be found again: the whole
// name and, for a person, the surname.
func (r *registry) index(e *entity, name string) {
	k := lang.Fold(name)
	if k == "" {
		return
	}
	if old, ok := r.byName[k]; !ok || old == ambiguous {
		r.byName[k] = e
	}
	if e.kind == kPerson {
		// The surname, and for a two-word name the first word too, as
		// Chinese, Korean and Hungarian names put the family name first
		// ("Hong Lei" … "Hong said"); a word two people share names
		// neither.
		ws := strings.Fields(k)
		if n := len(ws); n >= 3 && r.lx != nil && (r.lx.Set("namesuffixes", ws[n-1]) || r.lx.Set("postnominals", ws[n-1])) {
			ws = ws[:n-1] // "Joseph R. Biden Jr.": Biden
		}
		if len(ws) >= 2 {
			parts := []string{ws[len(ws)-1]}
			if len(ws) == 2 {
				parts = append(parts, ws[0])
			}
			if n := len(ws); n >= 3 && r.lx != nil && r.lx.DoubleSurnames {
				// "Andrés Manuel López Obrador": "López Obrador" and
				// "López" too, unless that word is a given name ("María
				// Jesús Montero") or a particle ("Ramírez de la O").
				lw := strings.Fields(lang.Lower(name))
				if p := ws[n-2]; len(lw) == len(ws) && r.lx.GivenNames[lw[n-2]] == 0 && !r.lx.Set("particles", lw[n-2]) && !r.lx.Set("of", lw[n-2]) && !r.lx.Set("nameglue", lw[n-2]) && !strings.HasSuffix(p, ".") {
					parts = append(parts, p, p+" "+ws[n-1])
				} else if len(lw) == len(ws) && n >= 4 && r.lx.Set("particles", lw[n-2]) && r.lx.GivenNames[lw[n-3]] == 0 {
					// "Luiz Inácio Lula da Silva": "Lula", "Lula da Silva".
					parts = append(parts, ws[n-3], strings.Join(ws[n-3:], " "))
				}
			}
			if lw := strings.Fields(lang.Lower(name)); len(lw) == len(ws) && r.lx != nil {
				// "Alexander Van der Bellen" … "Van der Bellen sagte":
				// the surname from its first particle.
				for i := 1; i+1 < len(lw); i++ {
					if r.lx.Set("particles", lw[i]) || r.lx.Set("nameglue", lw[i]) {
						parts = append(parts, strings.Join(ws[i:], " "))
						break
					}
				}
			}
			for _, p := range parts {
				if r.lx != nil && r.lx.Set("determiners", p) {
					continue // "El País": no one is "el"
				}
				switch old, ok := r.byName[p]; {
				case r.sharedWord(e, p):
					// ("Margaret Ellison … Her son, Peter Ellison, …":
					// a person indexed before her surname was.)
					r.byName[p] = ambiguous
				case !ok || old.kind != kPerson && old.kind != kName:
					r.byName[p] = e
				case old != e && old.kind == kPerson:
					r.byName[p] = ambiguous
				}
			}
		}
	}
}

// byInitials returns the one organisation whose name's words an acronym
// of three letters or more spells ("the FDA" after "the Food and Drug
// Administration"), or nil when none or several do.
func (r *registry) byInitials(acr string) *entity {
	if utf8.RuneCountInString(acr) < 3 || !lang.IsAcronym(acr) {
		return nil
	}
	var found *entity
	for _, e := range r.ents {
		if e.kind != kOrg || !acronymOf(e.name, acr) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// resolve maps a mention met at token tok of sentence sent to an entity,
// or returns nil when it cannot name a speaker.
func (a *analysis) resolve(m *mention, sent, tok int) *entity {
	if m == nil {
		return nil
	}
	r := a.reg
	switch m.kind {
	case kPron:
		e := a.resolvePronoun(m, sent, tok)
		if e != nil && !m.plural && m.gender != 'm' && a.t.lx.NounCaps && a.thingOnlyObject(e) {
			// "Der Minister erklärt die Lage. „…“, heißt es.", "in
			// ihrer Sprechweise. Sie selbst hält sich für …": a thing
			// seen only as an object is no one who speaks.
			return nil
		}
		return e
	case kCountry:
		if m.nonGov && slices.ContainsFunc(a.t.toks[m.t0:m.t1], func(tk token) bool { return tk.kind == tWord && a.t.lx.Titles[tk.b].Gov }) {
			// "A former U.S. ambassador to NATO said …": one who held
			// the post, not the country's government.
			return a.descEntity(m, nil)
		}
		if m.t1-m.t0 == 1 && a.t.toks[m.t0].cap {
			// "O ex-prefeito Roberto Lima disse … . Lima afirmou …": a
			// capital's name that is the surname of a person named
			// before is that person, not the country's government.
			if e := r.lookup(lang.Fold(a.t.toks[m.t0].s)); e != nil && e.kind == kPerson {
				return e
			}
		}
		return r.country(m.country)
	case kPerson, kName, kOrg:
		if a.t.ownerName(m) || a.t.possessiveSource(m) || a.t.ownerOfStatement(m) {
			m.name = stripPossessive(m.name) // "Trump's remarks", "In Harold Smith's words": Trump, Smith
		}
		if n := strings.TrimRight(m.name, "'’"); n != m.name && strings.HasSuffix(n, "s") && a.t.ownerOfStatement(m) {
			// "Bernie Sanders' accusations that …": Sanders, his
			// possessive written with an apostrophe alone.
			m.name = n
		}
		e := r.lookup(lang.Fold(m.name))
		if e == nil {
			// "ABS-CBN Corporation" then "ABS-CBN": the longer name
			// already holds it. (Not another company word: "General
			// Electric" is not "General Motors".)
			e = r.lookup(lang.Fold(trimOrgWord(a.t.lx, m.name)))
			if e != nil && trimOrgWord(a.t.lx, m.name) != m.name && trimOrgWord(a.t.lx, e.name) != e.name && !strings.EqualFold(lastWord(e.name), lastWord(m.name)) {
				e = nil
			}
			if e != nil && !strings.EqualFold(lastWord(e.name), lastWord(m.name)) && !a.t.namedAs(e, trimOrgWord(a.t.lx, m.name)) {
				// (Nor anyone only known under a longer name of their own:
				// "the Marlow Herald" is neither "Tom Marlow" nor "Marlow
				// County".)
				e = nil
			}
		}
		if bare := dropTitleArticle(a.t.lx, m.name); e == nil && m.kind != kPerson && bare != m.name {
			// "Le Parisien révèle …" then "…, rapporte Le Parisien": a
			// title's article, dropped where the sentence opens or after
			// "du", is the same outlet.
			if e = r.lookup(lang.Fold(bare)); e != nil && e.kind == kPerson {
				e = nil
			}
		}
		if e != nil && m.kind == kPerson && e.kind == kPerson && m.gender != 0 && e.gender != 0 && m.gender != e.gender && !strings.Contains(m.name, " ") {
			e = r.namesake(m.name, m.gender) // "Mme Martin" after "Patrick Martin": another person of the same name
		}
		if e == nil {
			e = r.byInitials(m.name)
		}
		if e == nil || m.kind == kPerson && e.kind == kOrg && m.title != "" {
			kind := m.kind
			e = r.newEntity(kind, m.name)
			e.plural = m.plural && kind == kName // "os Poderes", "les Verts"
		}
		if m.kind == kPerson && e.kind == kName {
			e.kind = kPerson
		}
		if len(m.name) > len(e.name) && strings.Contains(lang.Fold(m.name), lang.Fold(e.name)) {
			e.name = m.name
		}
		e.addName(m.name)
		r.index(e, m.name)
		if m.acronym != "" {
			r.index(e, m.acronym)
		}
		if trimmed := trimOrgWord(a.t.lx, m.name); trimmed != m.name && e.kind == kOrg {
			r.index(e, trimmed)
		}
		if bare := dropTitleArticle(a.t.lx, m.name); bare != m.name && e.kind != kPerson {
			r.index(e, bare)
		}
		a.describe(e, m, sent, tok)
		return e
	case kDoc:
		if m.owner != nil {
			if e := a.resolve(m.owner, sent, tok); e != nil {
				if e.kind == kPerson && m.owner.kind == kPron && a.t.lx.Set("thingpossessive", m.owner.head) {
					// "According to its website, …" after Mayor Ann Hale
					// spoke: a thing's or a body's, not hers; whose, the
					// article does not say here.
					return nil
				}
				r.setDoc(m.head, e, sent)
				return e
			}
		}
		if m.definite && !a.t.docOfOther(m) && !a.t.docByClause(m) && !a.t.lx.Set("owneddocs", m.head) {
			return a.lastDocOf(m.head, sent)
		}
		return nil // ("selon les premières informations": no one's, not the last outlet's)
	case kDesc:
		if e := a.resolveDesc(m, sent, tok); e != nil || !m.demonym {
			return e
		}
		// "dijo el portugués" with no one of that country named: the
		// subject of the sentence before (kept out of resolveDesc).
		return a.demonymSubject(m, sent, tok)
	}
	return nil
}

// quoteSpeaksOf reports whether the quotations of sentence sent hold a
// pronoun of the gender g other than the one at token tok: words that
// speak of someone of that gender, likelier another than their speaker.
func (t *text) quoteSpeaksOf(sent, tok int, g byte) bool {
	s := &t.sents[sent]
	for k := s.t0; k < s.t1; k++ {
		if tk := &t.toks[k]; k != tok && tk.q >= 0 && tk.kind == tWord {
			if p, ok := t.lx.Pronouns[tk.l]; ok && p.Gender == g && !p.Plural {
				return true
			}
		}
	}
	return false
}

// inWordsOfOther reports whether sighting sn stands inside the words an
// attribution made so far gives someone else.
func (a *analysis) inWordsOfOther(sn seen) bool {
	off := a.t.toks[sn.tok].start
	for i := len(a.atts) - 1; i >= 0 && a.atts[i].sent >= sn.sent; i-- {
		if at := a.atts[i]; at.sent == sn.sent && at.speaker != nil && at.speaker != sn.e && covers(at, off) {
			return true
		}
	}
	return false
}

// namedAs reports whether entity e was named n itself (folded), not only
// a longer name holding it.
func (t *text) namedAs(e *entity, n string) bool {
	k := lang.Fold(n)
	for _, x := range e.names {
		if lang.Fold(x) == k {
			return true
		}
	}
	return lang.Fold(e.name) == k
}

// lastDocOf returns the author of the document a definite document noun
// head refers back to: the last one of that name whose author is known
// (a statement is not the report); for a name of one filing in a lawsuit
// ([set casefilings]), the one author of any such filing ("The family
// filed a lawsuit … The complaint alleges …"); for a name any document
// bears ([set genericdocs]: "el documento", "le document"), in sentence
// sent, the author of the document named last when it was named at most
// two sentences before ("La Contraloría entregó un informe al Congreso.
// El documento señala …"), else the one author of all the documents
// named so far. Else nil.
func (a *analysis) lastDocOf(head string, sent int) *entity {
	r := a.reg
	if e := r.lastDoc[head]; e != nil {
		return e
	}
	var heads []string
	switch {
	case a.t.lx.Set("casefilings", head):
		heads = slices.Sorted(maps.Keys(a.t.lx.Sets["casefilings"]))
	case a.t.lx.Set("genericdocs", head):
		if r.latestDoc != nil && sent > r.latestDocSent && sent-r.latestDocSent <= 2 {
			return r.latestDoc
		}
		heads = slices.Sorted(maps.Keys(r.lastDoc))
	case a.t.lx.Set("announcedocs", head) && len(r.lastDoc) == 0:
		return a.soleAnnouncer()
	case a.t.lx.Set("outletdocs", head):
		return a.soleOutlet()
	default:
		return nil
	}
	var found *entity
	for _, h := range heads {
		if e := r.lastDoc[h]; e != nil {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// soleAnnouncer returns the one body that has announced something so
// far ("Customs and Border Protection announced Tuesday … According to
// the release, …"), when no document has been named and no one else has
// announced anything; else nil.
func (a *analysis) soleAnnouncer() *entity {
	var found *entity
	for _, at := range a.atts {
		if at.verb.Voice != "announce" || at.speaker == nil {
			continue
		}
		if found != nil && found != at.speaker || !a.t.body(at.speaker) {
			return nil
		}
		found = at.speaker
	}
	return found
}

// soleOutlet returns the one news medium that has reported anything so
// far ("Laut dem Magazin Nordblick plant Anna Keller … Dem Bericht zufolge
// …": the magazine's report), when no other medium has; else nil.
func (a *analysis) soleOutlet() *entity {
	var found *entity
	for _, at := range a.atts {
		if at.speaker == nil || !a.outlet(at.speaker) {
			continue
		}
		if found != nil && found != at.speaker {
			return nil
		}
		found = at.speaker
	}
	return found
}

// outlet reports whether entity e is a news medium: of that class, or
// named once with a word of [set mediawords] ("das Magazin ET-News").
func (a *analysis) outlet(e *entity) bool {
	if e.class == "media" {
		return true
	}
	for m, x := range a.ents {
		if x != e {
			continue
		}
		for _, w := range strings.Fields(m.surface) {
			if a.t.lx.Set("mediawords", lang.Lower(w)) {
				return true
			}
		}
	}
	return false
}

// docByClause reports whether document mention m is followed by a
// relative clause with a subject of its own ("the document he released",
// "le document qu'il a publié"): its author is that subject, not the
// author of a document named before.
func (t *text) docByClause(m *mention) bool {
	h := m.headTok
	if h < 0 || h+2 >= len(t.toks) || t.toks[h+2].sent != t.toks[h].sent || !t.out(h+1) {
		return false
	}
	k := h + 1
	if t.lx.Set("relpron", t.toks[k].l) && k+1 < len(t.toks) && t.out(k+1) {
		k++ // "the document that he released"
	}
	return t.isPronounTok(k) && t.out(k+1) && (t.isVerb(k+1) || t.lx.Set("aux", t.toks[k+1].l))
}

// docOfOther reports whether document mention m has a complement after
// its noun that names what it is about, not its author ("le bilan du
// projet-pilote", "le rapport de l'accident"): it refers back to no
// document named before.
func (t *text) docOfOther(m *mention) bool {
	h := m.headTok
	if h < 0 || h+1 >= len(t.toks) || t.toks[h+1].sent != t.toks[h].sent {
		return false
	}
	return t.lx.Set("of", t.toks[h+1].l) && m.owner == nil
}

// ownerName reports whether a name mention ends with a possessive that
// owns the word after it ("Trump's remarks"), not one that is part of the
// name ("Macy's said").
func (t *text) ownerName(m *mention) bool {
	k := m.t1
	// Only when the article also writes the name without the ending:
	// "Moody's economists", "McDonald's says" keep it.
	// (Or a person named in full who owns the subject that opens the
	// sentence: "Tom Reed's company built the pier", see modifiesNoun;
	// not a name before a verb: "St. Mary's said".)
	return k > 0 && t.toks[k-1].poss && k < len(t.toks) && t.out(k) && t.toks[k].sent == t.toks[k-1].sent &&
		(t.writtenBare(stripPossessive(m.name)) || m.kind == kPerson && strings.Contains(stripPossessive(m.name), " ") && t.sents[t.toks[m.t0].sent].body == m.t0 && !t.isVerb(k))
}

// ownerOfStatement reports whether mention m ends with a possessive
// right before the bare form of a verb of saying that doubles as a noun
// ("Tom Bell's claim that …"): no verb after a name, which would take its
// "-s", but a statement its owner made: a person's, or a name's that
// ends with a lower-case noun ("the Harlow campaign's pledge"; not a
// name that may end so: "Moody's report").
func (t *text) ownerOfStatement(m *mention) bool {
	k := m.t1
	if k <= 0 || k >= len(t.toks) || !t.toks[k-1].poss || !t.out(k) || t.toks[k].cap || t.toks[k].sent != t.toks[k-1].sent {
		return false
	}
	v, ok := t.lx.Verbs[t.toks[k].l]
	if ok && v.Noun && v.Tags&lang.TagBase != 0 && (m.kind == kPerson || !t.toks[k-1].cap) {
		return true
	}
	// (Or a noun of a claim, past two words that describe it: "Reed's
	// recent assertion that …", see claimNounCue.)
	for j := k; j < len(t.toks) && j < k+3 && t.out(j) && t.toks[j].kind == tWord && !t.toks[j].cap && t.toks[j].sent == t.toks[k-1].sent; j++ {
		if t.lx.Set("claimnouns", t.toks[j].l) {
			// (A body's name too when it ends with a word of a body:
			// "the Hartford Police Department's claim that …", not
			// "McDonald's".)
			return m.kind == kPerson || m.kind == kName || m.kind == kOrg && t.lx.Set("orgwords", t.toks[k-1].b)
		}
	}
	return false
}

// writtenBare reports whether the article writes name at least once not
// followed by a possessive ending.
func (t *text) writtenBare(name string) bool {
	src := t.src
	for off := 0; ; {
		i := strings.Index(src[off:], name)
		if i < 0 {
			return false
		}
		rest := src[off+i+len(name):]
		if !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") {
			return true
		}
		off += i + len(name)
	}
}

// resolveDesc resolves a description.
func (a *analysis) resolveDesc(m *mention, sent, tok int) *entity {
	r := a.reg
	if label := a.t.partyLabelIn(m); label != "" && m.definite && !m.plural && m.owner == nil {
		// "Le maire LR de Nîmes, Jean-Paul Fournier, … Le maire PS a
		// annoncé …": a title with a party's label is a person named
		// before with that label only, else someone unnamed.
		for sn := range r.before(sent, tok, 5) {
			if sn.e.kind != kPerson {
				continue
			}
			lo := max(sn.tok-8, a.t.sents[sn.sent].t0)
			for k := lo; k < sn.end; k++ {
				if a.t.toks[k].l == label {
					return sn.e
				}
			}
		}
		return a.descEntity(m, nil)
	}
	if m.demonym {
		// "El técnico chileno Manuel Pellegrini … El chileno añadió":
		// a person named before as of that country, else no one (not
		// whoever spoke last: "afirmó el argentino" after Pellegrini).
		for sn := range r.before(sent, tok, 5) {
			if sn.e.kind == kPerson && sn.e.country == m.country && (m.gender == 0 || sn.e.gender == 0 || sn.e.gender == m.gender) {
				return sn.e
			}
		}
		return nil // (resolve then tries demonymSubject: "… the Dane said")
	}
	if m.also && !m.plural {
		// "El también gerente del instituto agregó …": the person who
		// spoke last, who holds that post too.
		spoke := false
		for i := len(a.atts) - 1; i >= 0 && a.atts[i].sent >= sent-2; i-- {
			if e := a.atts[i].speaker; e != nil && e.kind == kPerson && a.atts[i].sent < sent {
				if m.gender != 0 && e.gender != 0 && m.gender != e.gender {
					spoke = a.atts[i].sent == sent-1 // (not her: maybe the man named since)
					break
				}
				return e
			}
		}
		if spoke {
			return nil
		}
		// Or the person the sentence just before opens with, when no one
		// spoke since ("La arquitecta Carolina Porcell habló en el foro.
		// La también representante de Alterna Design enfatizó …").
		// (Not a line without a verb, a photograph's caption: "Myriam
		// Calvo, directora de …Cedida" between the speaker and "La
		// también representante …".)
		if n := len(a.atts); sent > 0 && (n == 0 || a.atts[n-1].sent < sent-1) && a.t.holdsVerb(sent-1) {
			if e := a.subjectOf(sent - 1); e != nil && e.kind == kPerson && (m.gender == 0 || e.gender == 0 || m.gender == e.gender) {
				return e
			}
		}
		return nil
	}
	var owner *entity
	if m.owner != nil && !a.t.wholeTitle(m) {
		owner = a.resolve(m.owner, sent, tok)
		if o := m.owner; owner != nil && o.kind == kPron && owner.kind == kPerson && owner.gender != 0 && a.t.lx.NounCaps {
			// German "sein", "ihr" tell a person's gender (they are also
			// a body's, "ihr" many people's, which the resolver reads):
			// a person of the other gender is not the owner, the last
			// person named of the possessive's gender is ("Tom Reed wurde
			// festgenommen. Ana Ruiz kam frei. Sein Anwalt sagte …").
			if g := a.t.possessiveGender(o.head); g != 0 && owner.gender != g {
				owner = a.lastPersonOfGender(sent, tok, g)
			}
		}
	}
	if owner != nil && (owner.kind == kName || owner.kind == kOrg) && a.t.kindNamed(m) {
		// "la empresa de ciberseguridad Mandiant", "le portail de
		// finances WalletHub": the organisation is the name the kind
		// describes.
		if owner.kind == kName {
			owner.kind = kOrg
		}
		return owner
	}
	// "fuentes del Ministerio de Hacienda": sources of a body
	// named right after them speak for it (not "fuentes cercanas al
	// Ejecutivo", near it; nor "fuentes judiciales", of no body named).
	if owner != nil && !m.spokes && m.headTok >= 0 && m.headTok+1 < m.t1 && a.t.lx.Set("sourcenouns", m.head) &&
		a.t.lx.Set("of", a.t.toks[m.headTok+1].l) && (owner.kind == kOrg || owner.kind == kCountry || owner.gov) {
		return owner
	}
	// "selon son organisation", "según su partido": the organisation
	// the person it stands for speaks for.
	if owner != nil && m.owner.kind == kPron && !m.spokes && !m.plural && owner.kind == kPerson && a.t.lx.Set("orgwords", m.head) {
		if o := owner.speaksFor; o != nil && (o.kind == kOrg || o.kind == kName) {
			return o
		}
	}
	// A spokesperson or office speaks for its owner, also one only
	// described ("le porte-parole du gouvernement").
	// (After a title of several words: "la assessoria de imprensa da
	// Presidência".)
	if of := m.headTok + max(1, a.t.multiTitle(max(m.headTok, 0), m.t1)); m.spokes && owner == nil && m.headTok >= 0 && of+1 < m.t1 && a.t.lx.Set("of", a.t.toks[of].l) {
		hi := m.t1
		for k := of + 1; k+1 < hi; k++ {
			if a.t.toks[k].s == "," && a.t.toks[k+1].cap {
				hi = k // "le porte-parole du syndicat, Paul Mercier": the body ends at the name in apposition
				break
			}
		}
		if o := a.parseNP(of, hi, 1); o != nil && o.kind != kPron && o.kind != kDoc {
			owner = a.resolve(o, sent, tok)
		}
	}
	if m.spokes {
		if e, ok := a.spokesFor(m, owner, sent, tok); ok {
			return e
		}
	}
	// "the department" after "a spokeswoman for the county health
	// department": that body, though the article does not name it.
	// (Also, where adjectives follow their noun, a source: "de source
	// policière … de même source", "selon cette source".)
	anaphor := m.definite && !m.plural && owner == nil && (a.t.lx.Set("anaphoric", m.head) || a.t.lx.Trait("adjafter") && a.t.lx.Set("sourcenouns", m.head)) && !a.t.ofAfterHead(m)
	if e := a.describedLast(m, sent, tok); anaphor && e != nil {
		return e
	}
	if e := a.roleDescribed(m, sent, tok); e != nil {
		return e
	}
	if e := a.ownedTitle(m, sent, tok); e != nil {
		return e
	}
	// "the 31-year-old", "the 31-year-old nurse": the person named
	// with that age ("Sophie Tran, 31, …"), else no one named.
	if age := a.t.ageIn(m.t0, m.t1); age != "" && m.definite && !m.plural && owner == nil {
		if e := a.personAged(sent, tok, age); e != nil {
			return e
		}
		if m.headTok >= 0 && a.t.ageIn(m.headTok, m.headTok+1) != "" {
			// "Rashford … credited his teammates. “…,” the 26-year-old
			// said.": the age alone, with no person named with it,
			// describes the only person named in the sentence before
			// and in this one so far (not a guess between two), but
			// inside quotation marks ("“Tom is a leader,” said the
			// 46-year-old.").
			if one := a.onlyPersonOutsideWords(sent, tok); one != nil {
				return one
			}
		}
	}
	if m.definite && !m.plural && owner == nil && m.headTok >= 0 && a.t.endsIn("agesuffixes", m.head, 1) {
		// "Der Fußballer Lukas Beck wechselt … . Der 24-Jährige
		// sagte …": one person described by age, the only person
		// named in the sentence before and in this one so far (not
		// a guess between two), else a party of its own.
		g := m.gender
		switch d := a.t.toks[m.t0].l; {
		case d == "der" && strings.HasSuffix(m.head, "e"):
			g = 'm' // ("der 24-Jährige"; a woman's dative is "der 24-Jährigen")
		case d == "die":
			g = 'f'
		}
		if one := a.onlyPersonBefore(sent, tok, g, sent-a.pastQuestions(sent)); one != nil {
			return one
		}
		if one := a.personThroughPronoun(sent, tok, g); one != nil {
			return one
		}
		return a.descEntity(m, nil)
	}
	if e := a.demonstrativePerson(m, owner, sent, tok); e != nil {
		return e
	}
	if e := a.placeTitled(m, sent, tok); e != nil {
		return e
	}
	if (m.country != nil || owner != nil && owner.kind == kCountry) && m.headTok >= 0 && m.headTok+1 < m.t1 && a.t.lx.Set("sourcenouns", m.head) && !a.t.ofAfterHead(m) && !a.t.capBefore(m) {
		// "A source in Guatemala said …", "Otra fuente consultada en
		// Guatemala indicó …": a source in a country, not its
		// government, which the source may speak against (unlike
		// "fuentes del Gobierno", "sources of the ministry"): a party
		// of its own.
		src := *m
		src.nonGov = true
		return a.descEntity(&src, nil)
	}
	personTitle := m.definite && !m.plural && owner == nil && m.headTok >= 0 && (a.t.isTitleWord(m.headTok) || m.person) && !a.t.orgTitle(m)
	// A government body or officials of a country (not of a city or a
	// company: "le maire de Lyon" is not the government).
	// (Not a whole title owned by a body that is no country: "the Labour
	// Party's chancellor of the Exchequer" is the party's, not the
	// government of the country named last.)
	bodyOwned := m.country == nil && (a.bodyPossessor(m) || a.t.ofBodyNamed(m))
	if m.gov && !m.nonGov && !bodyOwned && (owner == nil || owner.kind == kCountry || owner.kind == kName) {
		c := m.country
		if c == nil && owner != nil && owner.kind == kCountry {
			c = owner.country
		}
		inferred := false
		// A government body named without its country ("the ministry",
		// "the defense ministry"): the body or government named last, or
		// the government that spoke last. Bare "officials" with no
		// country are a party of their own, not a guess at a government.
		if c == nil && a.namedAdministration(m) {
			// "The Biden administration said …": the body a name
			// before its head names, not a government named before.
			return a.descEntity(m, nil)
		}
		if e := a.anyBody(m, sent, tok); c == nil && e != nil {
			return e
		}
		if d := r.describedGroupLast(m, sent, tok); c == nil && m.definite && m.plural && d != nil {
			return d // "three sources familiar with the group told Reuters … One of the sources said …": those sources, not a government named before
		}
		if c == nil && (m.definite || !m.plural && a.t.lx.Set("anaphoric", m.head)) {
			if e := a.compoundAntecedent(m, sent, tok); e != nil {
				return e // "das Vereinigungsministerium … des Ministeriums"
			}
			e, gc := a.govAntecedent(m, sent, tok)
			// "die Ministerin" after a person named with that title
			// since the capital was named ("… sagte am Montag in
			// Berlin. Bundesinnenministerin Claudia Reuter …"): that
			// person, not the country's government.
			if p := a.recentTitled(sent, tok, m, m.gender); personTitle && p != nil && (e == nil || e.kind == kCountry && (laterThan(p, e) || a.placeWhereSpoke(e, p))) {
				return p
			}
			if d := a.titledDescBefore(m, e, sent, tok); personTitle && (e == nil || e.kind == kCountry) && d != nil {
				return d
			}
			if e != nil {
				return e
			}
			c, inferred = gc, true
		}
		switch {
		case c != nil && inferred && len(a.t.modifiers(m)) > 0:
			// "a defense ministry statement" after the foreign ministry
			// spoke: that government's, but its own speaker.
			m.country = c
		case c != nil:
			return r.country(c)
		}
	}
	// "the senator", "o senador", "le ministre": the person last named
	// with that title.
	if personTitle || m.definite && !m.plural && owner == nil && m.headTok >= 0 && m.class == "people" && !m.generic && !a.t.orgTitle(m) {
		if e := a.lastTitled(m, sent, tok); e != nil {
			return e
		}
	}
	// "the company", "la société", "das Unternehmen": the last one named;
	// when none was, the description speaks for itself ("The ministry
	// said …" opening a pasted text), but a bare capitalised noun never
	// does ("Company said …").
	// (Not one its "of"-phrase describes: "o sindicato dos motoristas"
	// is no union named before.)
	if anaphor {
		if e := a.namedModifier(m, sent); e != nil {
			return e // "the Syrian Observatory for Human Rights monitor group"
		}
		if e := a.apposDescribed(m, sent, tok); e != nil {
			return e
		}
		if e := a.wordsSubjectCompany(m, sent, tok); e != nil {
			return e
		}
		// (A government body's words before its head must name it: "the
		// county health department" is not the Los Angeles Police
		// Department.)
		// (Nor any body's: "the budget office" is not the Taxpayers
		// Alliance that spoke before.)
		if e := a.recentOfKind(sent, tok, m.class, a.t.kindOf(m.head)); e != nil && (e.kind == kCountry || a.t.sameBody(m, e) || !m.gov && a.t.namesModifiers(m, e)) {
			return e
		}

		// "the agency": a news agency when one was named, else the body
		// that was last the subject ("The World Health Organization
		// warned … The agency said …"; not one named after a
		// preposition, "les services d'OC Transpo").
		// (One that may be an agency: public, named by initials, by a
		// name of several words or with the word in it; not a body of
		// one word, "Le Medef a salué … L'agence estime …".)
		if m.class == "media" && a.t.lx.Set("mediaorbody", m.head) {
			for sn := range a.reg.before(sent, tok, 5) {
				if sn.subject && sn.e.kind != kCountry && a.ofClass(sn, "") {
					// (Not a body whose name tells a kind no agency is:
					// "Halvorsen Motors is recalling … according to a
					// filing with the NHTSA. The agency said …" is not
					// the carmaker; "l'agence Health Canada" still is one.)
					if k := a.t.entityKind(sn.e); k != "" && sn.e.trade == "" && !a.t.lx.Set("agencykinds", k) {
						break
					}
					if (sn.e.gov || lang.IsAcronym(sn.e.name) || strings.Contains(sn.e.name, " ") || a.t.namedWith(sn.e, m.head)) && a.t.namesModifiers(m, sn.e) {
						return sn.e
					}
					break
				}
			}
		}
		if m.t0 == m.headTok {
			return nil
		}
	}
	// "según la entidad": the one body the article has named so far;
	// with none named, no one; with several, a party of its own (which
	// one it is the article does not say in a way read here).
	if k := a.t.kindOf(m.head); k != "" && m.definite && !m.plural && a.t.lx.Set("referbackonly", m.head) {
		// "La formation de gauche demande …": a word of one kind of
		// body, and of other things ("la formation des enseignants"),
		// is only the one body of that kind named so far.
		if e, n := a.onlyBodyOfKind(sent, tok, k); n == 1 {
			return e
		}
		return nil
	}
	if m.definite && !m.plural && owner == nil && a.t.lx.Set("referbackonly", m.head) {
		if e, n := a.onlyBodyOfKind(sent, tok, ""); n == 1 {
			return e
		} else if n == 0 {
			return nil
		}
	}
	return a.descEntity(m, owner)
}

// lastTitled returns the person a definite description of one person by
// a title refers back to ("the senator", "o senador", "le ministre"):
// the one last named with that title, else the last speaker or, failing
// that, the article's main or lone person named before, when nothing
// tells that it is someone else. Or nil.
func (a *analysis) lastTitled(m *mention, sent, tok int) *entity {
	r := a.reg
	if e := a.recentTitled(sent, tok, m, m.gender); e != nil {
		return e
	}
	// A title that stands for others ("el mandatario" for "el
	// presidente") refers back only to a person named with one; so
	// does a role of a trial, where several are told ("El juez
	// rechazó …" after the defence lawyer spoke is not the lawyer).
	narrow := len(a.t.lx.Titles[lang.Lower(a.t.titleKey(m))].Same) > 0 || a.t.courtRole(m.head)
	// Nor does one whose sentence gives the word to another ("Karima
	// Benali a confié … L'expert avait pour sa part conclu …").
	narrow = narrow || a.t.turnAside(&a.t.sents[sent])
	// Nor one the article already gave the word to as a party of its
	// own ("Le président du club est catégorique : « … ». Jean Dupont
	// … Le président du club reste prudent : « … »": that party
	// again, not Jean Dupont).
	narrow = narrow || a.describedSpoke(m)
	// Nor one held in a body its "of"-phrase describes, read with no
	// owner ("O presidente da empresa garantiu …", "A presidente da
	// câmara disse …" after "Luís Cano visitou a fábrica"): the person
	// named with it, else the description, no guess at a person who was
	// never named with it.
	// (Not a title of several words with "of", "secretary of state".)
	narrow = narrow || m.owner == nil && a.t.ofAfterHead(m) && a.t.multiTitle(m.headTok, m.t1) < 2
	unknownSpoke := false

	// No one was named with it: the person who spoke last, just
	// before ("Pacheco disse … O senador criticou …"), unless
	// another person is the subject of a clause after that ("Pacheco
	// negou …, mas Girão ainda tenta … O parlamentar é contrário").
	for i := len(a.atts) - 1; i >= 0 && !narrow; i-- {
		at := a.atts[i]
		if at.sent < sent-4 && a.narrationSince(at.last, sent) > 3 {
			// (A quotation of several sentences after the words,
			// which the speaker goes on with, does not count:
			// "the governor called for calm. “…. …. ….” The
			// governor also indicated …".)
			break
		}
		if at.how == "signature" && a.t.handleAt(&a.t.sents[at.sent]) >= 0 {
			// "… ¶ — Ann Lee (@annlee) May 2, 2023 ¶ The mayor said
			// …": an embedded post's author is an aside, not the
			// mayor.
			continue
		}
		if at.verb.Refusal {
			// "Le ministre de l'Éducation, Paul Garnier, a refusé de
			// commenter. Le maire a dit …": who refused to speak did
			// not speak; the title is not his.
			continue
		}
		if at.speaker != nil && at.speaker.kind == kOrg && at.sent < sent {
			// "O PS, pela voz do secretário-geral …, considerou … .
			// Para o líder socialista, …": a body spoke since, and
			// the role may be its; not a person before it.
			break
		}
		if at.speaker != nil && at.speaker.kind == kName && at.sent < sent {
			// "Feijóo cree que … . «…», zanjó el líder popular": a
			// name of one word spoke since, who may be the one with
			// the role; not another person, named more often.
			unknownSpoke = true
			break
		}
		if at.speaker != nil && at.speaker.kind == kPerson && at.sent < sent {
			if m.gender != 0 && at.speaker.gender != 0 && m.gender != at.speaker.gender {
				break // "l'avocate … Le procureur réclamait …": not her
			}
			if e := r.subjectAfter(at, sent); e != nil {
				if m.gender != 0 && e.gender != 0 && m.gender != e.gender {
					break // "X sagte … Ministerin Judith Gerlach widersprach. …, sagte der 61-Jährige": not her
				}
				return e
			}
			if !a.t.lx.NounCaps && r.nameSubjectAfter(at, sent) {
				// "Feijóo subió a la tribuna. «…», zanjó el líder
				// popular": a one-word name is the subject since.
				unknownSpoke = true
				break
			}
			if m.gender != 0 && at.speaker.gender != 0 && m.gender != at.speaker.gender {
				break // "A ministra Ana Lis declarou … O deputado afirmou …": not her
			}
			if a.t.otherRole(at.speaker, m.head, a.t.govTitle) {
				break // "La ministra de Trabajo, Carmen Ortiz, … La vicepresidenta defendió …": another office, maybe another person
			}
			if a.t.otherRole(at.speaker, m.head, a.t.courtRole) {
				break // "L'avocat de X, Me Y, a dénoncé … Le procureur a indiqué …": not him
			}
			if a.t.heldOtherPost(at.speaker, m) {
				break // "Mayor Linda Cho said … The governor called …": not her
			}
			if a.t.officeNeverNamed(at.speaker, m, false) {
				break // "Ana Ruiz said … The mayor called it …": an office the speaker was never named with is someone else's
			}
			if a.t.otherPost(m, at.speaker) || a.t.otherQualifier(m, at.speaker) || surnamed(at.speaker, m.head) || a.t.govTitle(m.head) && (a.t.otherKindOnly(at.speaker) || a.namedOfThePeople(at)) {
				break // (nor one whose surname is the title's word: "El portavoz Luis Rey dijo … El Rey dijo …"; nor "le ministre" for "le directeur général Kent Hughes")
			}
			if a.t.titledOtherwise(at.speaker, m) {
				break // "El alcalde Carlos Galán afirmó … El experto aseguró …": someone else
			}
			if (a.t.lx.Trait("strictdescriptions") || a.t.lx.Trait("bareroles")) && a.describedOtherwise(at, m) || a.everDescribedOtherwise(at.speaker, m) {
				break // "Tom Edwards, a senior modeller at the consultancy, said … , the forecaster said": someone else
			}
			return at.speaker
		}
	}
	// Else, of the people named in the two sentences before, the one
	// the article has named far more often than the others (its main
	// figure).
	// Else the one person the sentence just before names, as its
	// subject ("Bürgermeister Thomas Eberle verteidigte das Vorhaben.
	// …, sagte der Rathauschef").
	for sn := range a.reg.before(sent, tok, 1) {
		if sn.subject && (sn.e.kind == kPerson || sn.e.kind == kName) {
			// (A one-word name the subject just before: "Feijóo
			// subió a la tribuna. «…», zanjó el líder popular"; not
			// where every noun has a capital.)
			unknownSpoke = unknownSpoke || sn.e.kind == kName && !a.t.lx.NounCaps
			break
		}
	}
	for i, e := range []*entity{r.salientPerson(sent, m.gender), a.lonePersonBefore(sent, tok, m.gender)} {
		// (The article's main figure, named far more often, may still
		// hold it where only offices are strict: "Pacheco jantou com
		// aliados. … O senador criticou …".)
		if e != nil && a.t.officeNeverNamed(e, m, i == 1) {
			continue // "Nicole Schlinger watched the debate. The governor said …": an office the person was never named with is someone else's
		}
		if e != nil && !narrow && !unknownSpoke && !a.t.titledOtherwise(e, m) && !(a.t.lx.Trait("strictdescriptions") && a.lastDescribedOtherwise(e, m)) && !a.everDescribedOtherwise(e, m) && !a.t.otherRole(e, m.head, a.t.govTitle) && !a.t.otherRole(e, m.head, a.t.courtRole) && !a.t.otherPost(m, e) && !a.t.otherQualifier(m, e) && !surnamed(e, m.head) &&
			!(a.t.govTitle(m.head) && a.t.otherKindOnly(e)) && !a.t.heldOtherPost(e, m) {
			return e
		}
	}
	return nil
}

// placeTitled returns the one person a German title after a place's
// adjective refers back to ("die Stuttgarter Sportdirektorin"): the
// person named, in the eight sentences before, with the title and the
// place ("Kim Renkema, Sportdirektorin von Allianz MTV Stuttgart"); or
// nil, also when two were.
func (rs *resolver) placeTitled(m *mention, sent, tok int) *entity {
	t := rs.t
	if !t.lx.NounCaps || !m.definite || m.plural || m.owner == nil || m.headTok < 0 || m.owner.t1 != m.headTok || strings.Contains(m.owner.name, " ") || !t.isTitleWord(m.headTok) {
		return nil
	}
	adj := m.owner.name
	place := ""
	for suf := range t.lx.Sets["placeadjendings"] {
		if len(adj) >= len(suf)+3 && strings.HasSuffix(adj, suf) {
			place = strings.TrimSuffix(adj, suf)
		}
	}
	if place == "" {
		return nil
	}
	var one *entity
	for sn := range rs.reg.before(sent, tok, 8) {
		e := sn.e
		if e.kind != kPerson || e == one || m.gender != 0 && e.gender != 0 && e.gender != m.gender {
			continue
		}
		if !namesWord(e, place, true) || !namesWord(e, m.head, true) && !t.titledAs(e, m) {
			continue
		}
		if one != nil {
			return nil
		}
		one = e
	}
	return one
}

// onlyBodyOfKind returns the organisation of kind k (any kind when k is
// "") named before token tok of sentence sent, when the article has
// named one only, and how many it has named.
// (A name and a shorter form of it that opens it, "Nouveau Parti" and
// "Nouveau Parti démocratique", are one, the longer.)
func (rs *resolver) onlyBodyOfKind(sent, tok int, k string) (*entity, int) {
	var found []*entity
	for sn := range rs.reg.before(sent, tok, sent) {
		e := sn.e
		if e.kind != kOrg || e.generic || k != "" && rs.t.entityKind(e) != k {
			continue
		}
		same := false
		for i, f := range found {
			x, y := lang.Fold(e.name), lang.Fold(f.name)
			if x == y || strings.HasPrefix(y, x+" ") {
				same = true
			} else if strings.HasPrefix(x, y+" ") {
				found[i], same = e, true
			}
		}
		if !same {
			found = append(found, e)
		}
	}
	if len(found) == 0 {
		return nil, 0
	}
	return found[0], len(found)
}

// namedWith reports whether one of e's names holds the word w ("World
// Health Agency" and "agency").
func (t *text) namedWith(e *entity, w string) bool {
	for _, n := range append([]string{e.name}, e.names...) {
		for _, x := range strings.Fields(lang.Fold(n)) {
			if x == lang.Fold(w) || strings.TrimSuffix(x, "s") == lang.Fold(w) {
				return true
			}
		}
	}
	return false
}

// spokesFor returns whom a spokesperson described without a name speaks
// for ("the spokesman", "ein Sprecher", "el portavoz"), and whether that
// is decided here (a nil entity then means no one the article tells).
func (a *analysis) spokesFor(m *mention, owner *entity, sent, tok int) (*entity, bool) {
	if owner != nil {
		return owner, true
	}
	// "El vocero presidencial, Manuel Adorni, precisó … . Según el
	// portavoz, …": the spokesperson named last with that title.
	if m.definite && !m.plural && owner == nil && m.headTok >= 0 {
		// (Not past a body named since: "La empresa Iberdrola
		// presentó resultados. El portavoz dijo …" is its.)
		if p := a.recentTitled(sent, tok, m, m.gender); p != nil {
			if o := a.recentOfClass(sent, tok, ""); o == nil || laterThan(p, o) {
				return p, true
			}
		}
	}
	if e := a.spokesBody(m, sent, tok); e != nil {
		return e, true
	}
	// "The mayor's office said …" with no mayor named: the office speaks
	// as a party of its own, not the body or person named last (nor
	// another office: "the governor's office" is not the mayor's).
	if a.t.titleOfficeOfNoOne(m) {
		return a.descEntity(m, nil), true
	}
	// "According to the city's budget office, … . …, the office said.":
	// the office named just before with its owner.
	if m.definite && !m.plural && m.headTok >= 0 {
		for sn := range a.reg.before(sent, tok, 2) {
			if sn.headword == m.head && sn.e != nil && sn.e.kind != kPerson {
				return sn.e, true
			}
		}
	}
	// (Not spokespeople with no article, "Voceros oficiales
	// dijeron …": of no body the article tells.)
	if a.t.modifierKind(m) == "" && !(m.plural && m.t0 == m.headTok) {
		if d := a.describedBodyHere(sent, tok); d != nil {
			// "Police have said little about the clash, but a
			// spokesman confirmed …": the body whose clause the
			// sentence opened with, not one named sentences before.
			return d, true
		}
		e := a.recentOfClass(sent, tok, "")
		if e != nil && (!a.t.namesModifiers(m, e) || !a.t.namesAdjectives(m, e)) {
			// "the budget office" after the Taxpayers Alliance spoke:
			// the words before the head name another body, one the
			// article describes only.
			return nil, false
		}
		if d := a.describedLast(m, sent, tok); d != nil && (e == nil || laterThan(d, e)) {
			return d, true // "According to the budget office, … . …, the office said."
		}
		// "Auf Nachfrage teilte das Finanzministerium mit, … . Ein
		// Sprecher ergänzte, …": where bodies are described, not
		// named, the body that spoke just before.
		// (So in English: "The ministry confirmed the deal. A
		// spokeswoman said …".)
		if d := a.reg.describedBodySpoke(sent, tok); (a.t.lx.NounCaps || a.t.lx.Trait("pronounsubjects")) && d != nil && (e == nil || laterThan(d, e)) {
			return d, true
		}
		if b := a.bodyAroundName(sent, tok); b != nil {
			return b, true
		}
		return e, true
	}
	return nil, false
}

// titleOfficeOfNoOne reports whether office m is headed by a bare title
// in the possessive that the parse kept in the office's own name because
// no one in the article holds it ("the sheriff's office", "the prime
// minister's office"; see unnamedTitleOffice).
func (t *text) titleOfficeOfNoOne(m *mention) bool {
	if m.owner != nil || m.headTok < 0 || !m.spokes || m.plural {
		return false
	}
	for k := m.t0; k < m.headTok; k++ {
		if t.toks[k].poss {
			return t.unnamedTitleOffice(m.t0, k, m.headTok+1)
		}
	}
	return false
}

// hasSpokesperson reports whether entity e may have a spokesperson: a
// body, a person named, or one described by a role that is no group's
// ("the governor's office").
func (t *text) hasSpokesperson(e *entity) bool {
	return t.body(e) || e.kind == kPerson || e.kind == kDesc && !e.plural && e.class != "people"
}

// bodyAroundName returns, when the last one named before token tok of
// sentence sent is a person or a name inside another's words, not their
// subject, the one whose words they are ("In a statement, the
// governor's office said Ortiz had been let go … A spokesperson declined
// …": the office's spokesperson, not Ortiz's), or nil.
func (a *analysis) bodyAroundName(sent, tok int) *entity {
	for sn := range a.reg.before(sent, tok, 5) {
		if sn.e == nil || !(a.givenNamed(sn.e) || a.ofClass(sn, "")) {
			// (A person named with a given name is no body, ofClass,
			// but is the one named last here.)
			continue
		}
		if sn.subject || sn.e.kind != kPerson && sn.e.kind != kName {
			return nil
		}
		for i := len(a.atts) - 1; i >= 0; i-- {
			at := a.atts[i]
			if at.sent < sn.sent {
				break
			}
			if at.sent == sn.sent && at.speaker != nil && at.speaker != sn.e && a.t.hasSpokesperson(at.speaker) && covers(at, a.t.toks[sn.tok].start) {
				return at.speaker
			}
		}
		return nil
	}
	return nil
}

// givenNamed reports whether e is a person named by a given name and a
// surname ("Jenna Ortiz").
func (a *analysis) givenNamed(e *entity) bool {
	ws := strings.Fields(e.name)
	return e.kind == kPerson && !e.generic && len(ws) >= 2 && a.t.lx.GivenNames[lang.Lower(ws[0])] != 0
}

// descKey is the registry's key of a group or person described without
// a name (before any owner's name is added to it).
// describedSpoke reports whether description m names a party of its own
// that was given words before, described so with no name.
func (a *analysis) describedSpoke(m *mention) bool {
	e, ok := a.reg.byName[descKey(a.t.baseForm(m, stripDet(a.t.lx, m.surface)))]
	if !ok {
		return false
	}
	for _, at := range a.atts {
		if at.speaker == e {
			return true
		}
	}
	return false
}

func descKey(name string) string {
	return "desc|" + lang.Fold(name)
}

// descEntity returns the entity of a group or person described without
// a name ("whale experts", "residents", "a senior official"): its own
// party, one per description (and owner).
func (rs *resolver) descEntity(m *mention, owner *entity) *entity {
	r := rs.reg
	name := rs.t.baseForm(m, stripDet(rs.t.lx, m.surface))
	key := descKey(name)
	if owner != nil {
		key += "|" + owner.name
	}
	if tk := &rs.t.toks[m.t0]; tk.kind == tWord && rs.t.lx.Set("anotherdet", tk.l) {
		// "A group said … Another group said …": another one than the
		// one described before, kept apart, its name with the word that
		// says so. (Two of them are not told apart: "said another
		// person" twice is one party.)
		name = tk.s + " " + name
		key += "|another"
	}
	if e, ok := r.byName[key]; ok {
		return e
	}
	// "his associates" and "associates of Navalny": one party, the
	// owner's people of one head noun, however the owner is written.
	owned := ""
	if owner != nil && m.head != "" && !strings.HasSuffix(key, "|another") {
		owned = "owned|" + lang.Fold(m.head) + "|" + owner.name
		if e, ok := r.byName[owned]; ok {
			return e
		}
	}
	if m.owner != nil && m.owner.kind == kPron {
		name = rs.ownedName(name, m.owner, owner)
	}
	e := r.newEntity(kDesc, name)
	e.plural, e.class, e.generic = m.plural || rs.t.lx.Set("pluralheads", m.head), m.class, true
	e.country = m.country
	e.gov = m.gov && !m.nonGov
	e.nonGov = m.nonGov
	r.byName[key] = e
	if owned != "" {
		r.byName[owned] = e
	}
	return e
}

// kindNamed reports whether description m is an organisation's kind, an
// "of"-phrase of lower-case words qualifying it, and the organisation's
// name ending it ("la empresa de ciberseguridad Mandiant"; not "la filial
// de Google", of another company, nor "la empresa de Juan Pérez").
func (t *text) kindNamed(m *mention) bool {
	h, o := m.headTok, m.owner
	if h < 0 || o == nil || o.t1 != m.t1 || o.t0 <= h+1 || h+1 >= len(t.toks) || !t.lx.Set("of", t.toks[h+1].l) || t.isTitleWord(h) {
		return false
	}
	if !t.lx.Set("orgwords", m.head) && t.kindOf(m.head) == "" {
		return false
	}
	w := &t.toks[o.t0]
	return w.kind == tWord && !w.cap && !t.lx.Set("determiners", w.l) && !t.lx.Set("of", w.l) // (not "la direction de la SNCF")
}

// apposHead returns the head of an indefinite description set off by a
// comma after token end-1 ("group" in "…, a trade group whose members
// include …", "…, an independent research group, said"), lower case, or
// "".
func (t *text) apposHead(end, sent int) string {
	s := &t.sents[sent]
	if end+2 >= s.t1 || t.toks[end].s != "," || !t.lx.Set("indefinite", t.toks[end+1].l) {
		return ""
	}
	head := ""
	for k := end + 2; k < s.t1 && k < end+8; k++ {
		tk := &t.toks[k]
		switch {
		case tk.kind != tWord || t.lx.Set("relpron", tk.l) || t.lx.Set("of", tk.l) || t.lx.Set("prep", tk.l):
			return head
		case tk.cap || t.isVerb(k):
			return ""
		}
		head = tk.b
	}
	return ""
}

// ageIn returns the age a word of tokens lo to hi tells ("31" of
// "31-year-old", [set agesuffix]), or "".
func (t *text) ageIn(lo, hi int) string {
	for k := lo; k < hi && k < len(t.toks); k++ {
		if t.toks[k].kind != tWord {
			continue
		}
		for suf := range t.lx.Sets["agesuffix"] {
			if n := strings.TrimSuffix(t.toks[k].l, suf); n != t.toks[k].l && n != "" && strings.Trim(n, "0123456789") == "" {
				return n
			}
		}
	}
	return ""
}

// apposDescribed returns the body that a description refers back to
// because the article described it with the same head ("The group said"
// after "NetChoice, a trade group whose members include Meta and Snap,
// sued …"), unless a body of the description's class was the subject of
// a clause since. Else nil.
func (a *analysis) apposDescribed(m *mention, sent, tok int) *entity {
	for sn := range a.reg.before(sent, tok, 5) {
		if !a.ofClass(sn, m.class) {
			continue
		}
		if sn.appos != "" && sn.appos == lang.Lower(m.head) {
			return sn.e
		}
		if sn.subject {
			return nil
		}
	}
	return nil
}

// ownedTitle returns the person a definite title with a named owner
// refers back to: one the article named with that owner and title ("the
// Arsenal manager" after "Arsenal manager Mikel Arteta"), or nil.
func (rs *resolver) ownedTitle(m *mention, sent, tok int) *entity {
	if !m.definite || m.plural || m.owner == nil || m.owner.name == "" || m.headTok < 0 || !rs.t.isTitleWord(m.headTok) {
		return nil
	}
	if m.owner.t1 > m.headTok {
		return nil
	}
	role := lang.Fold(m.owner.name + " " + rs.t.span(m.owner.t1, m.headTok+1))
	for sn := range rs.reg.before(sent, tok, 10) {
		if sn.e.kind == kPerson && slices.ContainsFunc(sn.e.roles, func(r string) bool { return lang.Fold(r) == role }) {
			return sn.e
		}
	}
	return nil
}

// personAged returns the person last named, within the eight sentences
// before token tok of sentence sent, with the age age: after the name
// between commas ("Sophie Tran, 31, …") or as a word before it
// ("31-year-old Sophie Tran"); nil when none was.
func (rs *resolver) personAged(sent, tok int, age string) *entity {
	t := rs.t
	for i := len(rs.reg.recent) - 1; i >= 0; i-- {
		sn := rs.reg.recent[i]
		if sn.sent < sent-8 {
			break
		}
		if sn.e.kind != kPerson || sn.sent == sent && sn.tok >= tok {
			continue
		}
		if e := sn.end; e+2 < len(t.toks) && t.toks[e].s == "," && t.toks[e+1].s == age && t.toks[e+2].s == "," {
			return sn.e
		}
		if t.ageIn(max(sn.tok-3, t.sents[sn.sent].body), sn.tok) == age {
			return sn.e
		}
	}
	return nil
}

// describedLast returns the body described without a name that "the
// department" refers back to ("a spokeswoman for the county health
// department said … The department said …"): one whose description ends
// with the same head, seen since any body of the description's class
// was.
func (a *analysis) describedLast(m *mention, sent, tok int) *entity {
	mods := a.t.descModifiers(m)
	for sn := range a.reg.before(sent, tok, 5) {
		e := sn.e
		if e.kind == kDesc && e.generic && !e.plural && a.t.lx.Trait("adjafter") && m.t1-m.headTok == 1 && len(strings.Fields(e.name)) == 2 &&
			lang.Fold(strings.Fields(e.name)[0]) == lang.Fold(m.head) {
			return e // "de source policière … de même source": the adjective after its noun
		}
		if e.kind == kDesc && e.generic && !e.plural && lang.Fold(lastWord(e.name)) == lang.Fold(m.head) {
			if em := strings.Fields(strings.TrimSuffix(lang.Fold(e.name), lang.Fold(lastWord(e.name)))); mods != "" && len(em) > 0 {
				for _, w := range strings.Fields(mods) {
					if !slices.Contains(em, w) {
						return nil // "the research group" after "a support group": another group
					}
				}
			}
			return e
		}
		if a.ofClass(sn, m.class) {
			return nil
		}
	}
	return nil
}

// describedGroupLast returns the group described with the head noun of
// plural description m in the five sentences before ("three sources
// familiar with the group's thinking" for "the sources"), or nil.
func (r *registry) describedGroupLast(m *mention, sent, tok int) *entity {
	for sn := range r.before(sent, tok, 5) {
		if sn.e.kind == kDesc && sn.e.plural && sn.headword == m.head {
			return sn.e
		}
	}
	return nil
}

// descModifiers returns the words of description m between its
// determiners and its head, folded ("research" in "the research
// group"), or "".
func (t *text) descModifiers(m *mention) string {
	if m.headTok < 0 || m.headTok > m.t1 {
		return ""
	}
	lo := m.t0
	for lo < m.headTok && t.lx.Set("determiners", t.toks[lo].l) {
		lo++
	}
	if lo >= m.headTok {
		return ""
	}
	return lang.Fold(t.span(lo, m.headTok))
}

// spokesBody returns the body a spokesperson described without an owner
// speaks for, when the description tells which: its country's government
// ("a Chinese spokesman"), the government that spoke last ("a ministry
// spokeswoman"), or the body of the kind it names that was named last
// ("a company spokeswoman", "a union spokesman"; never another kind's,
// "the Institute for Clinical Review"). Else nil.
func (a *analysis) spokesBody(m *mention, sent, tok int) *entity {
	r := a.reg
	switch {
	case m.country != nil:
		return r.country(m.country)
	case m.gov && r.govCountry != nil:
		return r.country(r.govCountry)
	}
	if e := a.compoundBody(m, false); e != nil {
		return e
	}
	if kind := a.t.modifierKind(m); kind != "" {
		if e := a.recentOfKind(sent, tok, "", kind); e != nil {
			return e
		}
		// "eines Polizeisprechers" with no police named before: the
		// police.
		return a.compoundBody(m, true)
	}
	return nil
}

// compoundBody returns, in a language that compounds nouns, the body
// the first part of a spokesperson's compound title names, when it is a
// name ("ein Siemens-Sprecher", "der Kreml-Sprecher": Siemens, Russia's
// government) or a noun of [set spokesbodies] ("ein Bahnsprecher": the
// Bahn, named before or not); else nil. (Not a title the lexicon lists,
// "Pressesprecher", "Regierungssprecher", nor a subject's spokesperson,
// "Umweltsprecher".)
//
// With speakers set, a noun the lexicon lists as speaking on its own
// ([speakers]: "Polizei", "Konzern") names a body too.
func (rs *resolver) compoundBody(m *mention, speakers bool) *entity {
	t := rs.t
	lx := t.lx
	if !lx.NounCaps || m.headTok < 0 || m.headTok >= len(t.toks) || m.plural {
		return nil
	}
	tk := &t.toks[m.headTok]
	b := tk.b
	if len(b) > 1 && len(tk.s) == len(b) && b[len(b)-1] == 's' && t.genitiveBefore(m.headTok) {
		b = b[:len(b)-1] // "eines Bahnsprechers": the genitive
	}
	if _, ok := lx.Titles[b]; ok || len(tk.s) < len(b) || !strings.EqualFold(tk.s[:len(b)], b) {
		return nil
	}
	for suf := range lx.Sets["titlesuffix"] {
		if tt, ok := lx.Titles[suf]; !ok || !tt.Spokes || len(b) < len(suf)+3 || !strings.HasSuffix(b, suf) {
			continue
		}
		pre := tk.s[:len(b)-len(suf)]
		r := rs.reg
		if name, ok := strings.CutSuffix(pre, "-"); ok && !t.commonNoun(lang.Lower(name)) {
			if strings.Contains(name, "-") || !lang.IsUpperInitial(name) || lx.Set("titlemods", lang.Lower(name)) || lx.Set("nongov", lang.Lower(name)) {
				return nil
			}
			if f, ok := rs.gaz.gazWord(name); ok && f.kind != formDemonym {
				return r.country(f.c) // "der Kreml-Sprecher"
			}
			if e := r.lookup(lang.Fold(name)); e != nil && e.kind != kPerson {
				return e
			}
			if !lang.IsAcronym(name) && len([]rune(name)) < 4 {
				return nil
			}
			e := r.newEntity(kOrg, name)
			r.index(e, name)
			return e
		}
		low := lang.Lower(pre)
		if f, ok := rs.gaz.gazWord(pre); ok && f.kind == formSeat {
			return r.country(f.c) // "ein Kremlsprecher"
		}
		low = strings.TrimSuffix(low, "-")
		class := "org"
		if c := lx.Speakers[low]; speakers && (c == "gov" || c == "org") {
			class = c
		} else if c := lx.Speakers[strings.TrimSuffix(low, "s")]; speakers && (c == "gov" || c == "org") {
			low, class = strings.TrimSuffix(low, "s"), c // "Ministeriumssprecher"
		} else if !lx.Set("spokesbodies", low) {
			return nil
		}
		pre = pre[:len(low)]
		if e := r.lookup(lang.Fold(pre)); e != nil && e.kind != kPerson {
			return e
		}
		// The body named before with that word last ("die Deutsche
		// Bahn" for "ein Bahnsprecher").
		for _, e := range slices.Backward(r.ents) {
			if e.kind == kOrg || e.kind == kName {
				if ws := strings.Fields(lang.Fold(e.name)); len(ws) > 0 && ws[len(ws)-1] == lang.Fold(pre) {
					return e
				}
			}
		}
		key := descKey(pre)
		if e, ok := r.byName[key]; ok {
			return e
		}
		e := r.newEntity(kDesc, pre)
		e.class, e.generic = class, true
		e.gov = class == "gov"
		r.byName[key] = e
		return e
	}
	return nil
}

// ofAfterHead reports whether an "of"-phrase follows a description's
// head inside it.
// capBefore reports whether a capitalised word stands in mention m before
// its head ("Guatemalan sources", "the US source").
func (t *text) capBefore(m *mention) bool {
	for k := m.t0; k < m.headTok && k < len(t.toks); k++ {
		if t.toks[k].kind == tWord && t.toks[k].cap && k > t.sents[t.toks[k].sent].body {
			return true
		}
	}
	return false
}

func (t *text) ofAfterHead(m *mention) bool {
	h := m.headTok
	return h >= 0 && h+2 < m.t1 && h+1 < len(t.toks) && t.lx.Set("of", t.toks[h+1].l)
}

// baseForm returns a description's words with its head noun in the form
// the lexicon knows ("Ministerium" for "des Ministeriums"), when the
// words end with it.
func (t *text) baseForm(m *mention, words string) string {
	if m.headTok < 0 || m.headTok >= len(t.toks) {
		return words
	}
	h := &t.toks[m.headTok]
	if h.b == h.l && h.cap && strings.HasSuffix(words, h.s) && m.headTok > 0 && t.lx.Set("of", t.toks[m.headTok-1].l) {
		// "eines Berichts des Innenministeriums": the genitive of a
		// compound whose last part names a body.
		return strings.TrimSuffix(words, h.s) + genitiveCompound(t.lx, h.s)
	}
	if rest, ok := strings.CutPrefix(words, h.s+" "); ok && h.b == h.l && h.cap && t.genitiveBefore(m.headTok) {
		// "des Bundesverbands der Energiewirtschaft": the genitive of a
		// compound whose last part names a body, before its own
		// genitive.
		return genitiveCompound(t.lx, h.s) + " " + rest
	}
	if h.b == h.l || len(h.b) > len(h.s) {
		return words
	}
	if rest, ok := strings.CutPrefix(words, h.s+" "); ok && t.lx.NounCaps {
		return h.s[:len(h.b)] + " " + rest // "Kreisen der Landesregierung": "Kreise der …"
	}
	if !strings.HasSuffix(words, h.s) {
		return words
	}
	return strings.TrimSuffix(words, h.s) + h.s[:len(h.b)]
}

// compoundAntecedent returns, in a language that compounds nouns, the
// body described in the last three sentences by a compound whose last
// part is the head of description m ("das Vereinigungsministerium" for
// "des Ministeriums"), or nil: the same body, not a country's
// government named since.
func (a *analysis) compoundAntecedent(m *mention, sent, tok int) *entity {
	lx := a.t.lx
	if !lx.NounCaps || m.plural || m.headTok < 0 || m.headTok != m.t1-1 {
		return nil
	}
	head := lang.Fold(a.t.toks[m.headTok].b)
	for sn := range a.reg.before(sent, tok, 3) {
		e := sn.e
		if e.kind != kDesc && e.kind != kName && e.kind != kOrg || e.plural || a.inReported(sn.sent, sn.end-1) {
			continue
		}
		last := lang.Fold(lastWord(e.name))
		if len(last) > len(head)+2 && strings.HasSuffix(last, head) {
			return e
		}
	}
	return nil
}

// subjunctiveNear reports whether a mention seen is the subject of a
// Konjunktiv I form right after or before it ("Nordwerk habe …", "Dann
// habe Nordwerk …").
func (t *text) subjunctiveNear(sn seen) bool {
	s := &t.sents[sn.sent]
	return sn.end < s.t1 && t.out(sn.end) && t.subjunctive(sn.end) || sn.tok-1 >= s.body && t.out(sn.tok-1) && t.subjunctive(sn.tok-1)
}

// ofBodyNamed reports whether description m's head is followed by "of"
// and a capitalised word naming a kind of body that is no government
// ([set orgwords], not [set govwords]): "o presidente do Senado", "el
// presidente del Senado" is the head of that body, not the ministry
// named before.
func (t *text) ofBodyNamed(m *mention) bool {
	h := m.headTok
	if h < 0 || h+2 >= m.t1 || !t.lx.Set("of", t.toks[h+1].l) {
		return false
	}
	w := &t.toks[h+2]
	return w.kind == tWord && w.cap && t.lx.Set("orgwords", w.l) && !t.lx.Set("govwords", w.l)
}

// govAntecedent returns the government body a description without a
// country stands for: the last government named (outside someone's
// words) when it is that body ("the ministry" after "China's foreign
// ministry") or a country; otherwise, no body but the country of the one
// named last, or of the government that spoke last.
func (a *analysis) govAntecedent(m *mention, sent, tok int) (*entity, *lang.Country) {
	e := a.recentOfClass(sent, tok, "gov")
	switch {
	case e == nil:
		return nil, a.reg.govCountry
	case e.kind == kCountry || a.t.sameBody(m, e) && !a.t.otherKind(m, e):
		return e, nil
	}
	return nil, e.country
}

// otherKind reports whether description m's head names a kind of body
// ([orgkinds]) other than the one body e's name tells: "la Fiscalía" is
// not the Ministerio de Salud named before.
func (t *text) otherKind(m *mention, e *entity) bool {
	if m.headTok < 0 {
		return false
	}
	k, ek := t.kindOf(t.toks[m.headTok].s), t.entityKind(e)
	return k != "" && ek != "" && k != ek && !t.tradeOf(ek, k)
}

// anyBody returns the body a word for any public body refers back to
// ([set anybody]: "Die Staatsanwaltschaft Hannover … Ein Sprecher der
// Behörde"): the organisation that was the subject of a clause in the
// three sentences before, or nil.
func (rs *resolver) anyBody(m *mention, sent, tok int) *entity {
	lx := rs.t.lx
	// (The genitive's article is the "of" word: "der Behörde".)
	definite := m.definite || m.t0 > 0 && lx.Set("of", rs.t.toks[m.t0-1].l) && lx.Set("definite", rs.t.toks[m.t0-1].l)
	if !definite || m.plural || !lx.Set("anybody", m.head) {
		return nil
	}
	for sn := range rs.reg.before(sent, tok, 3) {
		if sn.subject && sn.e.kind == kOrg && !sn.e.generic {
			return sn.e
		}
	}
	return nil
}

// modifiers returns the lower-case words of a description before its
// head ("defense" in "a Wednesday defense ministry statement"), without
// determiners and time words.
func (t *text) modifiers(m *mention) []string {
	var out []string
	for k := m.t0; k < m.headTok && k < m.t1; k++ {
		tk := &t.toks[k]
		if tk.kind == tWord && !t.lx.Set("determiners", tk.l) && !isTimeWord(t.lx, tk.l) {
			out = append(out, tk.l)
		}
	}
	return out
}

// namedAdministration reports whether definite description m, headed by
// a word of government, holds a capitalised name right before its head
// that names no country, no people of one and no title ("The Biden
// administration"): the government is that person's, no other one named
// before ("Atlanta, Georgia" is no antecedent for it).
func (rs *resolver) namedAdministration(m *mention) bool {
	t := rs.t
	k := m.headTok - 1
	if !m.definite || m.owner != nil || k < m.t0 || k < 0 || t.toks[k].kind != tWord || !t.toks[k].cap || t.lx.Set("determiners", t.toks[k].l) ||
		t.lx.Set("titlemods", t.toks[k].l) || lang.IsAcronym(t.toks[k].s) || t.isTitleWord(k) || t.lx.Set("govwords", t.toks[k].l) {
		return false
	}
	if _, n := rs.gaz.match(t.toks, k, k+1); n > 0 {
		return false
	}
	return t.lx.Set("govwords", t.toks[m.headTok].l)
}

// modifierKind returns the kind of organisation the word just before a
// description's head names ("company" in "a company spokeswoman"), or "".
func (t *text) modifierKind(m *mention) string {
	k := m.headTok - 1
	if k < m.t0 || t.toks[k].kind != tWord || t.toks[k].cap {
		return t.compoundKind(m)
	}
	if kind := t.kindOf(t.toks[k].l); kind != "" {
		return kind
	}
	return t.compoundKind(m)
}

// compoundKind returns, in a language that compounds nouns, the kind of
// organisation the first part of a compound title names
// ("Gerichtssprecher", "Konzernsprecherin": a court's, a company's), or
// "".
func (t *text) compoundKind(m *mention) string {
	lx := t.lx
	if !lx.NounCaps || m.headTok < 0 || m.headTok >= len(t.toks) {
		return ""
	}
	w := t.toks[m.headTok].l
	if strings.HasSuffix(w, "s") && t.genitiveBefore(m.headTok) {
		w = strings.TrimSuffix(w, "s") // "eines Polizeisprechers"
	}
	for suf := range lx.Sets["titlesuffix"] {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			pre := strings.TrimSuffix(strings.TrimSuffix(w[:len(w)-len(suf)], "-"), "s")
			if k := t.kindOf(pre); k != "" {
				return k
			}
		}
	}
	return ""
}

// namedModifier returns the organisation a description names before its
// head ("the Syrian Observatory for Human Rights monitor group", "the
// United Auto Workers union"): a run of capitalised words, with the words
// that join a name, right before the head or holding an organisation
// word. Else nil.
func (a *analysis) namedModifier(m *mention, sent int) *entity {
	t := a.t
	for k := m.t0; k < m.headTok; k++ {
		if !t.toks[k].cap || !t.isName(k) {
			continue
		}
		end, org := k, false
		for end < m.headTok && (t.toks[end].cap || t.glue(end, m.headTok)) {
			org = org || t.lx.Set("orgwords", t.toks[end].b)
			end++
		}
		if !org && end < m.headTok {
			return nil // (right before the head it is the body's name: "the United Auto Workers union")
		}
		if n := a.parseNP(k, end, 1); n != nil && (n.kind == kOrg || n.kind == kName || n.kind == kPerson) {
			if e := a.resolve(n, sent, k); e != nil && (e.kind == kOrg || e.kind == kName || e.kind == kPerson) {
				return e // (a person's body speaks for them: "the Trump campaign")
			}
		}
		return nil
	}
	return nil
}

// sameBody reports whether a description can name entity e: each of its
// modifiers is a word of one of e's names ("the foreign ministry" is the
// Chinese Foreign Ministry, "the defense ministry" is not).
func (t *text) sameBody(m *mention, e *entity) bool {
	for _, w := range t.modifiers(m) {
		if !namesWord(e, w, false) {
			return false
		}
	}
	return true
}

// namesWord reports whether one of entity e's names (or, with roles set,
// the roles it was named with) holds the word w, folded.
func namesWord(e *entity, w string, roles bool) bool {
	ns := append([]string{e.name}, e.names...)
	if roles {
		ns = append(ns, e.roles...)
	}
	for _, n := range ns {
		if slices.Contains(strings.Fields(lang.Fold(n)), lang.Fold(w)) {
			return true
		}
	}
	return false
}

// namesModifiers reports whether body e's names or roles hold each
// lower-case word of description m before its head that names a kind of
// body or its work ("the budget office" is not the Taxpayers Alliance;
// "the tax agency" not the Treasury named so). A word with a capital or
// a hyphen only describes ("the Virginia-based company" may be Mandiant,
// "the Chinese company" Huawei).
func (t *text) namesModifiers(m *mention, e *entity) bool {
	if m.country != nil && !m.gov && e.kind != kCountry && e.country != m.country {
		// "Veltrix said it had signed a deal with Samsung. The South
		// Korean company said …": a body of a country the one named
		// before is not known to be of.
		return false
	}
	for k := m.t0; k < m.headTok && k < m.t1; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || strings.ContainsAny(tk.s, "-‐") || t.lx.Set("determiners", tk.l) || isTimeWord(t.lx, tk.l) || t.adverbEnding(tk.l) {
			continue
		}
		if !namesWord(e, tk.l, true) {
			return false
		}
	}
	return true
}

// namesAdjectives reports whether every lower-case word right after the
// head of description m, up to a preposition (an adjective after its noun:
// "el portavoz socialista"), is a word of one of e's names: a
// spokesperson of the socialists is not the spokesperson of the
// government named before.
func (t *text) namesAdjectives(m *mention, e *entity) bool {
	lx := t.lx
	if m.headTok < 0 {
		return true
	}
	for k := m.headTok + 1; k < m.t1; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || lx.Set("of", tk.l) || lx.Set("prep", tk.l) || lx.Set("determiners", tk.l) || lx.Set("coord", tk.l) {
			break
		}
		if isTimeWord(lx, tk.l) || t.adverbEnding(tk.l) || lx.Set("adverbs", tk.l) {
			continue
		}
		if !namesWord(e, tk.l, true) {
			return false
		}
	}
	return true
}

// salientPerson returns, of the people named in the two sentences before
// sentence sent, the one the article has named at least twice as often
// as any other so far, or nil; never one of another gender than gender.
func (r *registry) salientPerson(sent int, gender byte) *entity {
	near := map[*entity]bool{}
	count := map[*entity]int{}
	for _, sn := range r.recent {
		if sn.sent >= sent || sn.e.kind != kPerson {
			continue
		}
		count[sn.e]++
		if sn.sent >= sent-2 {
			near[sn.e] = true
		}
	}
	var best *entity
	second := 0
	for e := range near {
		switch {
		case best == nil || count[e] > count[best]:
			if best != nil {
				second = max(second, count[best])
			}
			best = e
		default:
			second = max(second, count[e])
		}
	}
	if best == nil || count[best] < 2*second || count[best] < 3 || gender != 0 && best.gender != 0 && best.gender != gender {
		return nil // (nor a man for "a força policial", nor a woman for "le magistrat")
	}
	return best
}

// lonePersonBefore returns the subject of the sentence before sent, in
// its paragraph, when it is a person of a gender that fits and the only
// person named since that sentence began, up to token tok; else nil.
func (a *analysis) lonePersonBefore(sent, tok int, gender byte) *entity {
	// (Or of the paragraph before, when this sentence opens its own: "Édouard
	// Philippe a lancé samedi sa campagne. ¶ L'ancien Premier ministre a
	// promis …".)
	// (Past the writer's short question that names no one: "Anna Berg
	// trainiert das Team. ¶ Wie geht es weiter? ¶ „…“, sagt die
	// Trainerin.")
	j := a.pastQuestions(sent)
	if j < 0 || a.t.sents[j].para < a.t.sents[sent].para-1 || a.t.sents[j].furniture {
		return nil
	}
	e := a.subjectOf(j)
	if e == nil || e.kind != kPerson || gender != 0 && e.gender != 0 && e.gender != gender {
		return nil
	}
	for _, sn := range a.reg.recent {
		if (sn.sent >= j && sn.sent < sent || sn.sent == sent && sn.tok < tok) && sn.e != e && sn.e.kind == kPerson {
			return nil
		}
	}
	return e
}

// secondPlaceVerbBefore reports whether, in a verb-second language, the
// pronoun at token tok is the subject right after a reporting verb in
// second place, behind one word ("Weiter sagt er: „…“", "Dann schrieb
// sie: …"): it opens its clause as a pronoun that opens the sentence
// would.
func (t *text) secondPlaceVerbBefore(sent, tok int) bool {
	s := &t.sents[sent]
	if !t.lx.VerbSecond || tok-2 != s.body || !t.out(s.body) || t.toks[s.body].kind != tWord {
		return false
	}
	_, ok := t.lx.Verbs[t.toks[tok-1].l]
	return ok && t.out(tok-1) && !t.toks[tok-1].cap
}

// pastQuestions returns the sentence before sent, past the writer's short
// questions that name no one (bareQuestion) in sent's paragraph or the
// one before; or -1.
func (a *analysis) pastQuestions(sent int) int {
	j := sent - 1
	for j > 0 && a.t.sents[j].para >= a.t.sents[sent].para-1 && a.bareQuestion(j) {
		j--
	}
	return j
}

// demonymSubject returns, for a person described by nationality ("dijo
// el portugués") when no one of that country was named, the person who is
// the subject of the sentence before (past sentences wholly inside a
// quotation, into the paragraph before) whose country the article does not
// tell, when that sentence and this one name no other person: "El
// entrenador de la Roma, José Mourinho, defendió … ¶ «…», dijo el
// portugués". Else nil.
func (a *analysis) demonymSubject(m *mention, sent, tok int) *entity {
	j := sent - 1
	for j > 0 && (a.t.quotedOnly(j) || a.bareQuestion(j)) && a.t.sents[j].para >= a.t.sents[sent].para-1 {
		j-- // (and past the writer's short question: "Wird das Spuren hinterlassen? ¶ „…“, sagt der Franzose")
	}
	if j < 0 || a.t.sents[j].para < a.t.sents[sent].para-1 || a.t.sents[j].furniture {
		return nil
	}
	e := a.subjectOf(j)
	from := j
	if n := len(a.atts); e == nil && n > 0 && a.atts[n-1].sent < sent && a.atts[n-1].sent >= j-1 && a.atts[n-1].via == nil {
		// "Er sagt, … Das gehe heute nicht mehr, müsse er …" (his
		// words, going on) then "„…“, sagt der Franzose": the one who
		// spoke last, no one else named since.
		e, from = a.atts[n-1].speaker, a.atts[n-1].sent
	}
	for k := j; e == nil && k > 0 && j-k < 5 && a.t.sents[k].para >= a.t.sents[sent].para-1 && len(a.sentCues[k]) == 0 && (a.t.quotedOnly(k) || a.t.reportedSpeech(k)); k-- {
		// "Mazzucotelli wundert sich über … . „…“ Er sei früher … .
		// Das gehe heute nicht mehr …" then "„…“, sagt der
		// Franzose": the subject before his words going on, in
		// quotations and the subjunctive, no one else named since.
		e, from = a.subjectOf(k-1), k-1
	}
	if e == nil || e.kind != kPerson || e.country != nil || e.plural || m.gender != 0 && e.gender != 0 && e.gender != m.gender {
		return nil
	}
	for _, sn := range a.reg.recent {
		if sn.sent >= from && (sn.sent < sent || sn.sent == sent && sn.tok < tok) && sn.e != e && sn.e.kind == kPerson {
			return nil
		}
	}
	return e
}

// otherRole reports whether head is a role of a kind (a government title,
// a role of a trial) and person e was named with another role of that
// kind: "ministra de Trabajo" for "la vicepresidenta", "avocat de Marie
// Dupont" for "le procureur". ("presidente do Senado" is no bar to "o
// senador", not a government title.)
func (t *text) otherRole(e *entity, head string, kind func(string) bool) bool {
	if !kind(head) {
		return false
	}
	for _, n := range append(append([]string{e.name}, e.names...), e.roles...) {
		if ws := strings.Fields(lang.Lower(n)); len(ws) > 0 && kind(ws[0]) && ws[0] != head {
			return true
		}
	}
	return false
}

// otherPost reports whether description m is a post qualified so ("the
// town engineer") that person e, named with another title, does not
// hold: "Mayor Linda Cho said … According to the town engineer, …" is
// not the mayor. (A bare "el funcionario" may stand for the minister, and
// a government title is compared by govTitle.)
func (t *text) otherPost(m *mention, e *entity) bool {
	return !t.govTitle(m.head) && len(t.modifiers(m)) > 0 && t.otherRole(e, m.head, t.anyTitle)
}

// otherKindOnly reports whether person e was named with roles, none of
// them a government's ("le directeur général Kent Hughes",
// "l'entraîneur X"): a government title ("le ministre") is not theirs.
func (t *text) otherKindOnly(e *entity) bool {
	found := false
	for ws := range t.namedWords(e) {
		if len(ws) > 0 && !t.anyTitle(ws[0]) {
			if w := t.compoundTitle(ws[0]); w != "" {
				ws = append([]string{w}, ws[1:]...) // "Betriebsratschef Uwe Klein": a "chef", no minister
			}
		}
		if len(ws) == 0 || !t.anyTitle(ws[0]) || t.lx.Titles[ws[0]].Honorific {
			continue // ("Mr. Begala" holds no post)
		}
		if t.govTitle(ws[0]) {
			return false
		}
		found = true
	}
	return found
}

// namedOfThePeople reports whether the speaker of attribution at was
// named, in its sentence, right after a noun of ordinary people that is
// no title of a post ("said neighbour Peter Ross", "expresó el vecino
// Pedro Ruiz"): a government's title after it ("The minister said …")
// is someone else.
func (a *analysis) namedOfThePeople(at *attribution) bool {
	t := a.t
	if at.speaker == nil || at.speaker.kind != kPerson || at.sent < 0 || at.sent >= len(t.sents) {
		return false
	}
	s := &t.sents[at.sent]
	for _, x := range a.mentionsIn(at.sent, s.t0, s.t1) {
		if a.ents[x] != at.speaker || x.kind != kPerson {
			continue
		}
		k := x.t0
		for k < x.t1 && t.out(k) && !t.toks[k].cap {
			k++ // (past the words before the name inside the mention)
		}
		if w := k - 1; w >= s.t0 && t.out(w) && !t.toks[w].cap && t.lx.Speakers[t.toks[w].l] == "people" && !t.anyTitle(t.toks[w].l) {
			return true
		}
	}
	return false
}

// compoundTitle returns the title a compound ends in ([set titlesuffix]
// that the lexicon lists as a title: "Betriebsratschef" is a "chef"), in
// a language that compounds its nouns; else "".
func (t *text) compoundTitle(w string) string {
	if !t.lx.NounCaps {
		return ""
	}
	best := ""
	for suf := range t.lx.Sets["titlesuffix"] {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) && len(suf) > len(best) && t.anyTitle(suf) {
			best = suf
		}
	}
	return best
}

// namedWords yields the lower-case words of each name and role person e
// was named with, past a determiner opening it ("the mayor" → "mayor").
func (t *text) namedWords(e *entity) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for _, n := range append(append([]string{e.name}, e.names...), e.roles...) {
			ws := strings.Fields(lang.Lower(n))
			if len(ws) > 0 && t.lx.Set("determiners", ws[0]) {
				ws = ws[1:]
			}
			if !yield(ws) {
				return
			}
		}
	}
}

// govTitle and courtRole are the kinds of role otherRole compares.
func (t *text) govTitle(w string) bool  { return t.lx.Titles[w].Gov }
func (t *text) courtRole(w string) bool { return t.lx.Set("courtroles", w) }
func (t *text) anyTitle(w string) bool  { _, ok := t.lx.Titles[w]; return ok }

// surnamed reports whether a title's word is a word of e's own name
// ("Luis Rey" for "el Rey"): the title then is someone else's.
func surnamed(e *entity, head string) bool {
	return slices.Contains(strings.Fields(lang.Fold(e.name)), lang.Fold(head))
}

// titleKey returns the title a description's head opens: a title of
// several words when the lexicon says which others it stands for ("el
// jefe de Estado" for "el presidente"), else the head word.
func (t *text) titleKey(m *mention) string {
	if m.headTok < 0 {
		return m.head
	}
	if n := t.multiTitle(m.headTok, m.t1); n > 1 {
		if k := t.lowerSpan(m.headTok, m.headTok+n); len(t.lx.Titles[k].Same) > 0 {
			return k
		}
	}
	return m.head
}

// wholeTitle reports whether a description is a title of several
// words and nothing after it: the "of" inside "el jefe de Estado" names
// no owner.
func (t *text) wholeTitle(m *mention) bool {
	return m.headTok >= 0 && m.headTok+t.multiTitle(m.headTok, m.t1) == m.t1 && t.multiTitle(m.headTok, m.t1) > 1
}

// onlyPersonBefore returns the one person named in the back sentences
// before sent and in sent before token tok, when their gender may be g (a
// woman's role right before the name, "Die Sängerin Maria Wolf", is not
// a man's), or nil: never a guess between two.
func (rs *resolver) onlyPersonBefore(sent, tok int, g byte, back int) *entity {
	t := rs.t
	one, at := rs.reg.onlyPersonIn(sent, tok, back)
	if one == nil || g == 0 || one.gender != 0 && g != one.gender {
		return nil
	}
	if p := at.tok - 1; one.gender == 0 && p >= 0 && t.toks[p].kind == tWord && t.toks[p].cap && len(t.toks[p].l) > 5 &&
		(t.endsIn("personfeminine", t.toks[p].l, 3) && g == 'm' || !t.endsIn("personfeminine", t.toks[p].l, 3) && g == 'f' && t.lx.Titles[t.toks[p].b].Gender == 'm') {
		return nil
	}
	return one
}

// personThroughPronoun returns, in a language that capitalises nouns,
// the only person named in the two sentences before sentence sent (and
// in it before token tok), when the sentence just before names no one
// and refers to that person with a pronoun of gender g as its subject
// ("Saharo Mohammed … Deshalb durfte sie … umsiedeln. „…“, sagt die
// 27-Jährige."); or nil.
func (rs *resolver) personThroughPronoun(sent, tok int, g byte) *entity {
	t := rs.t
	if !t.lx.NounCaps || g == 0 || sent < 2 {
		return nil
	}
	var one *entity
	for sn := range rs.reg.before(sent, tok, 2) {
		if sn.e.kind != kPerson {
			continue
		}
		if sn.sent == sent-1 || one != nil && sn.e != one {
			return nil
		}
		one = sn.e
	}
	if one == nil || one.gender != 0 && one.gender != g {
		return nil
	}
	// The personal pronoun of gender g, not one of the one named last
	// ("er", "sie"; not "dieser").
	pron := func(l string) bool {
		pr, ok := t.lx.Pronouns[l]
		return ok && pr.Gender == g && !t.lx.Set("latter", l)
	}
	p := &t.sents[sent-1]
	if p.furniture || p.para < t.sents[sent].para-1 {
		return nil
	}
	for k := p.body; k < p.t1 && k < p.body+4; k++ {
		if t.toks[k].kind == tWord && pron(t.toks[k].l) && t.toks[k].q < 0 && !t.toks[k].cap || k == p.body && pron(t.toks[k].l) {
			return one
		}
	}
	return nil
}

// onlyPersonIn returns the only person named in the back sentences
// before sentence sent and in sentence sent before token tok, and where,
// or nil when none or two were.
func (r *registry) onlyPersonIn(sent, tok, back int) (*entity, seen) {
	var one *entity
	var at seen
	for sn := range r.before(sent, tok, back) {
		if sn.e.kind != kPerson {
			continue
		}
		if one != nil && sn.e != one {
			return nil, seen{}
		}
		one, at = sn.e, sn
	}
	return one, at
}

// onlyPersonOutsideWords is onlyPersonIn over the sentence before, but a
// person named inside quotation marks is not counted: the one quoted
// speaks of them.
func (a *analysis) onlyPersonOutsideWords(sent, tok int) *entity {
	var one *entity
	for sn := range a.reg.before(sent, tok, 1) {
		if sn.e.kind != kPerson || a.t.toks[sn.tok].q >= 0 {
			continue
		}
		if one != nil && sn.e != one {
			return nil
		}
		one = sn.e
	}
	return one
}

// agedNamed reports whether m is one person described by age alone,
// with its article ("the 46-year-old"), who is a person named before:
// the one named with that age, or the only person named in the
// sentence before and in this one so far, outside quotation marks.
func (a *analysis) agedNamed(m *mention) bool {
	t := a.t
	if m.kind != kDesc || !m.definite || m.plural || m.headTok < 0 || t.ageIn(m.headTok, m.headTok+1) == "" {
		return false
	}
	sent := int(t.toks[m.t0].sent)
	return a.personAged(sent, m.t0, t.ageIn(m.t0, m.t1)) != nil || a.onlyPersonOutsideWords(sent, m.t0) != nil
}

// narrationSince counts the sentences after sentence last and before
// sentence sent that are not a quotation alone with no cue of its own
// (which goes on with a speaker before it).
func (a *analysis) narrationSince(last, sent int) int {
	n := 0
	for i := last + 1; i < sent; i++ {
		s := &a.t.sents[i]
		if !s.furniture && s.qwords > 0 && s.qwords >= 3*s.words && (a.t.toks[s.t0].kind == tQOpen || a.t.toks[s.t0].q >= 0) && len(a.sentCues[i]) == 0 {
			continue
		}
		n++
	}
	return n
}

// recentTitled returns the person mentioned last (in the five sentences
// before) with the title word head, or a title the lexicon says it
// also stands for, among their names, and not of another gender than
// a gender the title or its determiner marks.
func (rs *resolver) recentTitled(sent, tok int, m *mention, gender byte) *entity {
	for sn := range rs.reg.before(sent, tok, 5) {
		if sn.e.kind != kPerson || gender != 0 && sn.e.gender != 0 && sn.e.gender != gender {
			continue // (not "la fiscala general" for "el fiscal general")
		}
		if rs.t.otherQualifier(m, sn.e) {
			continue // (not "Chief Minister X" for "the Prime Minister")
		}
		if rs.t.titledAs(sn.e, m) {
			return sn.e
		}
	}
	return nil
}

// officeNeverNamed reports, where definite descriptions are strict
// (trait strictdescriptions) or posts are (trait strictposts), or with
// lone (e is the lone person named before, who did not just speak) where
// offices are (trait strictoffices), that description m is a post of
// [set offices] held now (not a word of [set pastposts] before it) that
// the article never named person e with: a guess that it is e is not
// made.
func (t *text) officeNeverNamed(e *entity, m *mention, lone bool) bool {
	if !t.lx.Trait("strictdescriptions") && !t.lx.Trait("strictposts") && !(lone && t.lx.Trait("strictoffices")) || !t.lx.Set("offices", lang.Lower(t.titleKey(m))) || t.titledAs(e, m) {
		return false
	}
	if t.titledIn(e, e.roles, m) {
		return false // "…, pointe Paul Roux, le maire de Lège. « … », déplore le maire": the post given in apposition after the name
	}
	for k := m.t0; k < m.t1; k++ {
		if t.lx.Set("pastposts", t.toks[k].l) {
			return false // "the former vice president": a post once held, which the article need not have named
		}
	}
	return true
}

// titledAs reports whether person e was named with the title m's head
// opens, or one the lexicon says it also stands for.
func (t *text) titledAs(e *entity, m *mention) bool {
	return t.titledIn(e, append([]string{e.name}, e.names...), m)
}

// titledIn reports whether one of names, person e's, holds the title m's
// head opens, or one the lexicon says it also stands for.
func (t *text) titledIn(e *entity, names []string, m *mention) bool {
	head := t.titleKey(m)
	h := lang.Fold(head)
	same := t.lx.Titles[lang.Lower(head)].Same
	// (Not a word of the person's own name: "El portavoz Luis Rey …" is
	// no king.)
	own := strings.Fields(lang.Fold(e.name))
	for _, n := range names {
		words := " " + strings.Join(strings.Fields(lang.Fold(n)), " ") + " "
		if strings.Contains(h, " ") && strings.Contains(words, " "+h+" ") {
			return true // a title of several words: "l'avocat général"
		}
		if slices.ContainsFunc(same, func(x string) bool { return strings.Contains(x, " ") && strings.Contains(words, " "+lang.Fold(x)+" ") }) {
			return true // "le chef du gouvernement" after "le Premier ministre X"
		}
		for _, w := range strings.Fields(lang.Fold(n)) {
			if slices.Contains(own, w) {
				continue
			}
			// (Or a compound that ends in the title: "die Ministerin"
			// after "Bundesinnenministerin X".)
			// (The set holds the title unfolded: "bürgermeister" for
			// "Oberbürgermeister".)
			if w == h || (t.lx.Set("titlesuffix", h) || t.lx.Set("titlesuffix", lang.Lower(head))) && strings.HasSuffix(w, h) || slices.ContainsFunc(same, func(x string) bool { return lang.Fold(x) == w }) {
				return true
			}
		}
	}
	return false
}

// partyLabelIn returns the party's label written in description m's
// title ("LR" in "le député LR"), lower-cased, or "".
func (t *text) partyLabelIn(m *mention) string {
	if m.kind != kDesc || m.headTok < 0 {
		return ""
	}
	for k := m.headTok + 1; k < m.t1 && k <= m.headTok+2; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && tk.cap && t.lx.Set("partylabels", tk.l) {
			return tk.l
		}
	}
	return ""
}

// titledOtherwise reports whether person e was named with a title of
// an office and never with the one m's head is, nor one it stands for:
// "El experto aseguró …" after "El alcalde Carlos Galán afirmó …" is
// someone else.
func (t *text) titledOtherwise(e *entity, m *mention) bool {
	// (Only a title of no office and no government post: another office
	// is heldOtherPost's, and a word of any post, "el funcionario", may
	// be the same person.)
	if m.headTok < 0 {
		return false
	}
	if tt, ok := t.titleOf(m.headTok); !ok || tt.Gov || t.lx.Set("offices", m.head) || t.lx.Set("anypost", m.head) || t.titledAs(e, m) {
		return false
	}
	own := strings.Fields(lang.Fold(e.name))
	for _, n := range e.names {
		for _, w := range strings.Fields(lang.Lower(n)) {
			if slices.Contains(own, lang.Fold(w)) {
				continue
			}
			if _, ok := t.lx.Titles[w]; ok && t.lx.Set("offices", w) {
				return true
			}
		}
	}
	return false
}

// lastDescribedOtherwise reports describedOtherwise of the last
// attribution person e spoke in, if any.
func (a *analysis) lastDescribedOtherwise(e *entity, m *mention) bool {
	for i := len(a.atts) - 1; i >= 0; i-- {
		if a.atts[i].speaker == e {
			return a.describedOtherwise(a.atts[i], m)
		}
	}
	return false
}

// everDescribedOtherwise reports, where a role set off without an
// article tells who a person is (trait bareroles), whether person e was
// described otherwise (describedOtherwise) where any of their words were
// told, when m names a post one person holds ([set offices]) or a role
// of a trial: "le criminologue Alain Faure explique … « … »,
// insiste-t-il … le procureur général affirme …" is someone else.
func (a *analysis) everDescribedOtherwise(e *entity, m *mention) bool {
	if pw := a.t.firstNoun(m); !a.t.lx.Trait("bareroles") || !a.t.lx.Set("offices", pw) && !a.t.courtRole(pw) {
		return false // (only a post one person holds, or a role of a trial: "ce spécialiste" may describe anyone)
	}
	for _, at := range a.atts {
		if at.speaker == e && a.describedOtherwise(at, m) {
			return true
		}
	}
	return false
}

// describedOtherwise reports whether the speaker of attribution at was
// described, set off after the name in that sentence, with a noun other
// than description m's head ("Tom Edwards, a senior modeller at the
// consultancy, said …"): "the forecaster" is then someone else.
func (a *analysis) describedOtherwise(at *attribution, m *mention) bool {
	t := a.t
	if at.speaker == nil || at.speaker.kind != kPerson || m.head == "" || at.sent < 0 || at.sent >= len(t.sents) {
		return false
	}
	s := &t.sents[at.sent]
	for _, x := range a.mentionsIn(at.sent, s.t0, s.t1-1) {
		if a.ents[x] != at.speaker || x.kind != kPerson {
			continue
		}
		k := x.t1
		pw := t.firstNoun(m)
		post := t.lx.Set("offices", pw) || t.courtRole(pw) // (not "ce spécialiste", which may describe anyone)
		if h := t.roleBefore(x); post && h != "" && lang.Fold(h) != lang.Fold(pw) {
			return true // "le criminologue Alain Faure … le procureur général": someone else
		}
		if h := t.bareRole(k, s); h != "" {
			if lang.Fold(h) != lang.Fold(m.head) && !slices.ContainsFunc(t.lx.Titles[lang.Lower(t.titleKey(m))].Same, func(x string) bool { return lang.Fold(x) == lang.Fold(h) }) {
				return true
			}
			continue
		}
		if t.toks[k].s != "," || !t.out(k+1) || !t.lx.Set("indefinite", t.toks[k+1].l) {
			continue
		}
		j := k + 2
		for j < s.t1 && j-k < 10 && t.out(j) && !t.lx.Set("prep", t.toks[j].l) && !t.lx.Set("of", t.toks[j].l) {
			j++
		}
		if j >= s.t1 || j == k+2 || t.toks[j].s != "," && !t.lx.Set("prep", t.toks[j].l) && !t.lx.Set("of", t.toks[j].l) {
			continue
		}
		if lang.Fold(t.toks[j-1].l) != lang.Fold(m.head) {
			return true
		}
	}
	return false
}

// roleDescribed returns the person a definite description refers back
// to because the article set that person's name off with a role of the
// same noun and no article in the five sentences before (« …, résume
// Thierry Vidal, éleveur de bovins. Cet éleveur dit … »), or nil.
func (a *analysis) roleDescribed(m *mention, sent, tok int) *entity {
	t := a.t
	if !t.lx.Trait("bareroles") || !m.definite || m.plural || m.owner != nil || m.headTok < 0 || m.headTok+1 < m.t1 && t.lx.Set("of", t.toks[m.headTok+1].l) {
		return nil
	}
	for sn := range a.reg.before(sent, tok, 5) {
		if sn.e.kind != kPerson || m.gender != 0 && sn.e.gender != 0 && m.gender != sn.e.gender {
			continue
		}
		if r := t.bareRole(sn.end, &t.sents[sn.sent]); r != "" && lang.Fold(r) == lang.Fold(m.head) {
			return sn.e
		}
	}
	return nil
}

// firstNoun returns the first word of description m after its
// determiners, lower case ("procureur" of "le procureur général", whose
// head the adjective after it may be read as), or "".
func (t *text) firstNoun(m *mention) string {
	for k := m.t0; k < m.t1; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && !t.lx.Set("determiners", tk.l) {
			return tk.l
		}
	}
	return ""
}

// roleBefore returns, where the lexicon has the bareroles trait, the
// lower-case noun between the article and the name of person mention x
// ("criminologue" of "le criminologue Alain Faure"), or "".
func (t *text) roleBefore(x *mention) string {
	if !t.lx.Trait("bareroles") || x.t1-x.t0 < 3 || !t.lx.Set("determiners", t.toks[x.t0].l) {
		return ""
	}
	w := &t.toks[x.t0+1]
	if w.kind != tWord || w.cap || !t.toks[x.t0+2].cap || t.isVerb(x.t0+1) {
		return ""
	}
	return w.l
}

// bareRole returns, where the lexicon has the bareroles trait, the noun
// of a role set off by the comma at token k with no article ("…, résume
// Thierry Vidal, éleveur de bovins dans la Drôme"): one lower-case word,
// no verb, pronoun or adverb, then "de", a preposition, a comma or the
// sentence's end. Else "".
func (t *text) bareRole(k int, s *sentence) string {
	lx := t.lx
	if !lx.Trait("bareroles") || k+2 >= s.t1 || t.toks[k].s != "," || !t.out(k+1) {
		return ""
	}
	w, n := &t.toks[k+1], &t.toks[k+2]
	if w.kind != tWord || w.cap || t.isVerb(k+1) || lx.Set("determiners", w.l) || lx.Set("prep", w.l) || lx.Set("relpron", w.l) || lx.Set("adverbs", w.l) ||
		lx.Set("coord", w.l) || lx.Set("comp", w.l) || lx.Set("selfwords", w.l) || t.isPronoun(w.l) || isTimeWord(lx, w.l) || strings.Trim(w.l, "0123456789") == "" {
		return ""
	}
	if n.kind == tWord && !lx.Set("of", n.l) && !lx.Set("prep", n.l) || n.kind != tWord && n.s != "," && !(k+3 == s.t1 && n.s == ".") {
		return ""
	}
	return w.l
}

// heldOtherPost reports whether description m names an office one
// person holds (the lexicon's offices) and person e was named with
// another one: "The governor called …" after "Mayor Linda Cho said …" is
// not the mayor, nor "Le maire a jugé …" after "le Premier ministre Jean
// Castex". (A word that may stand for any post, "the official", "the
// lawmaker", is no office; nor is a post of a body, "the president of
// the Senate".)
func (t *text) heldOtherPost(e *entity, m *mention) bool {
	if !t.lx.Set("offices", lang.Lower(t.titleKey(m))) || t.ofAfterHead(m) || t.titledAs(e, m) || t.titledIn(e, e.roles, m) {
		return false // (nor the post given in apposition after the name: "…, pointe Paul Roux, le maire de Lège. « … », déplore le maire")
	}
	for ws := range t.namedWords(e) {
		for k := min(2, len(ws)); k > 0; k-- {
			// (A post of a body is another: "O presidente do Senado,
			// Rodrigo Pacheco" is a senator; one of a portfolio is not:
			// "le ministre de l'Éducation, Paul Garnier" is no mayor.)
			if t.lx.Set("offices", strings.Join(ws[:k], " ")) && (k == len(ws) || !t.lx.Set("of", ws[k]) || t.portfolioAfter(ws[k+1:])) {
				return true
			}
		}
		if len(ws) > 2 && t.anyTitle(ws[0]) && t.lx.Set("of", ws[1]) && t.portfolioAfter(ws[2:]) {
			return true // "le ministre de l'Éducation", "el consejero de Educación": one post
		}
		if len(ws) > 1 && t.anyTitle(ws[0]) && !t.lx.Set("offices", ws[0]) && t.lx.Speakers[ws[0]] == "people" {
			return true // "Strategist Nicole Schlinger … The governor said …": one of a trade, no governor
		}
	}
	return false
}

// portfolioAfter reports whether the words after a title's "of" name a
// portfolio ("l'éducation", "trabajo", "educação"), not a body whose
// member the person may also be ("senado", "congreso", "câmara"): a
// word of no body of [set orgwords], in a short phrase.
func (t *text) portfolioAfter(ws []string) bool {
	lx := t.lx
	for len(ws) > 0 && lx.Set("determiners", ws[0]) {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	if i := strings.IndexAny(w, "'’"); i >= 0 && i+1 < len(w) {
		w = w[i+1:] // "l'éducation"
	}
	if w == "" || lx.Set("orgwords", w) || lx.Set("orgwords", strings.TrimSuffix(w, "s")) || lx.Set("prep", w) {
		return false
	}
	return len(ws) <= 3
}

// otherQualifier reports whether description m qualifies its title
// ("the Prime Minister") and person e is named with the same title
// qualified otherwise ("Chief Minister Pinarayi Vijayan"): not the one.
func (t *text) otherQualifier(m *mention, e *entity) bool {
	q := m.headTok - 1
	if m.headTok < 0 || q < m.t0 || t.toks[q].kind != tWord || !t.lx.Set("titlemods", t.toks[q].l) {
		return false
	}
	h, mod := lang.Fold(m.head), lang.Fold(t.toks[q].l)
	// (Also a role given in apposition after "selon": "selon le ministre
	// de l'Économie, Antoine Armand" is not "le Premier ministre".)
	for _, n := range append(append([]string{e.name}, e.names...), e.roles...) {
		ws := strings.Fields(lang.Fold(n))
		if len(ws) > 1 && t.lx.Set("determiners", ws[0]) {
			ws = ws[1:]
		}
		for j := 0; j < len(ws); j++ {
			// (Also the title with no qualifier: "le ministre de
			// l'Éducation, Paul Garnier" is not "le Premier ministre".)
			if ws[j] == h && (j == 0 && len(ws) > 1 || j > 0 && ws[j-1] != mod) {
				return true
			}
		}
	}
	return false
}

// afterWords reports whether the pronoun at token tok is the subject
// inverted after the verb that follows words and their comma or closing
// quotation mark ("…, betonte sie", "“…,” he said"): the words before
// are what is said, and no one named in them says it. (Not an incise
// that the sentence goes on after: "Moser conversou … sobre a autora
// que, lembra ele, é brasileira".)
func (rs *resolver) afterWords(tok int) bool {
	t := rs.t
	s := &t.sents[t.toks[tok].sent]
	if rs.beforeReportingVerb(tok, s) && t.toks[tok-1].s == "," {
		return true
	}
	if tok-1 > s.body && tok+2 < s.t1 && t.toks[tok-1].s == "," && t.toks[tok+2].s == "," && t.toks[tok+1].kind == tWord && !t.toks[tok+1].cap && t.toks[tok+1].q < 0 {
		// "Negative gearing and the discount, he says, cost …": an
		// incise inside the words; no one named in them says them.
		if _, rep := t.lx.Verbs[t.toks[tok+1].l]; rep {
			return true
		}
	}
	if tok-2 < s.body || !t.isVerb(tok-1) || tok+1 < s.t1 && t.toks[tok+1].s == "," {
		return false
	}
	p := &t.toks[tok-2]
	return p.s == "," || p.kind == tQClose
}

// quoteIntroducer reports whether a mention seen stands before the colon
// that opens a quotation before token tok of its sentence, outside the
// quotation, with no subject seen before it in the sentence: "Ähnlich
// sieht es Anna Roth, Expertin beim Verein: „…“, sagt sie" names her
// before the words, not inside them; so does her sentence's subject,
// "Anna Roth hatte zuvor mit Bauern gesprochen: „…“, sagt sie" (not a
// body named before). (Not the object of one who speaks before: "Sie
// griff Anna Roth an: „…“, sagte sie".)
func (a *analysis) quoteIntroducer(sn seen, tok int) bool {
	t := a.t
	if t.toks[sn.tok].q >= 0 {
		return false
	}
	colon := -1
	for k := sn.end; k+1 < tok; k++ {
		if t.toks[k].s == ":" && t.toks[k+1].kind == tQOpen {
			colon = k
			break
		}
	}
	if colon < 0 {
		return false
	}
	for o := range a.reg.before(sn.sent, colon, 0) {
		if o.e != sn.e && (o.subject || o.e.kind == kPerson) {
			return false
		}
	}
	for k := t.sents[sn.sent].body; k < sn.tok; k++ {
		if pr, ok := t.lx.Pronouns[t.toks[k].l]; ok && t.toks[k].kind == tWord && (pr.Gender == 'm' || pr.Gender == 'f') {
			return false // (a "he" or "she" before: the subject)
		}
	}
	return true
}

// opensWords reports whether a mention seen is the subject that opens
// its sentence ("A Polícia Federal (PF) prendeu …, informou a
// corporação").
func (t *text) opensWords(sn seen) bool {
	s := &t.sents[sn.sent]
	return sn.subject && (sn.tok == s.body || sn.tok == s.body+1 && t.lx.Set("determiners", t.toks[s.body].l))
}

// descAfterWords reports whether the description that starts at token
// tok is the subject inverted after words and their verb ("…, afirmó la
// empresa", "…, según argumentó la entidad"): no one named in the words
// before is what it refers back to.
func (rs *resolver) descAfterWords(tok int) bool {
	t := rs.t
	if tok <= 0 || tok >= len(t.toks) {
		return false
	}
	if rs.afterWords(tok) {
		return true
	}
	s := &t.sents[t.toks[tok].sent]
	if end := t.npRight(tok, s); end > tok+1 && t.toks[tok-1].s == "," && rs.phraseBeforeReportingVerb(tok, end, s) {
		return true // "Japan lodged a protest with China, the foreign ministry said": not China's ministry
	}
	k := tok - 1
	if k-2 < s.body || !t.isVerb(k) {
		return false
	}
	if t.lx.Set("aux", t.toks[k-1].l) {
		k--
	}
	p := &t.toks[k-1]
	return p.kind == tWord && t.lx.Set("prep", p.l) && !p.cap && k-2 >= s.body && (t.toks[k-2].s == "," || t.toks[k-2].kind == tQClose)
}

// afterQuote reports whether the pronoun at token tok follows the
// quotation of its sentence and comes before its reporting verb ("Mosman
// saw it differently: “…,” he said"): no one named inside the quotation
// says it, but the subject before it may.
func (rs *resolver) afterQuote(tok int) bool {
	t := rs.t
	return rs.beforeReportingVerb(tok, &t.sents[t.toks[tok].sent]) && t.toks[tok-1].kind == tQClose
}

// beforeReportingVerb reports whether the pronoun at token tok follows
// the comma or closing quotation mark that ends a sentence's words and
// comes before its reporting verb ("Labour would call for an inquiry, he
// told reporters"): words with a finite verb of their own, in a sentence
// that opens with no subordinate clause ("When Smith met reporters, he
// said": Smith may be "he"), nor a participle ("Asked about Clinton, he
// said").
func (rs *resolver) beforeReportingVerb(tok int, s *sentence) bool {
	return rs.phraseBeforeReportingVerb(tok, tok+1, s)
}

// phraseBeforeReportingVerb is beforeReportingVerb for the phrase from
// token tok to end ("…, the foreign ministry said").
func (rs *resolver) phraseBeforeReportingVerb(tok, end int, s *sentence) bool {
	t := rs.t
	if tok-1 <= s.body || end >= s.t1 || t.toks[tok-1].s != "," && t.toks[tok-1].kind != tQClose {
		return false
	}
	if _, rep := t.lx.Verbs[t.toks[end].l]; !rep || t.toks[end].cap || !t.tailOnly(end+1, s) {
		return false // (not "…, in fact, she said it “humanizes” her": her own clause)
	}
	if q := t.toks[tok-1].q; t.toks[tok-1].kind == tQClose && t.toks[tok].q < 0 && q >= 0 && t.toks[s.body].q == q && t.qs[q].open < t.toks[s.t0].start &&
		t.sents[t.sentAt(t.qs[q].open)].para == s.para {
		// "“We never quit on him. We just didn't execute,” he said": a
		// quotation from a sentence before in the paragraph is the
		// words, its own verbs too.
		return true
	}
	first := t.toks[s.body].l
	return rs.openingSubord(s) < 0 && !t.lx.Set("prep", first) && !t.lx.Set("subord", first) && t.finiteVerbIn(s.body, tok-1)
}

// titledDescBefore returns the description of one person headed by the
// title of m ("la ministre de la Transition écologique") that was the
// subject of a clause in the five sentences before, with country e not
// a subject since: "la ministre" after it is that person, not the
// government of a country named since only inside another name or
// after a preposition ("le directeur de Domaines skiables de France").
// Both the title alone after its article: not "le Premier ministre"
// after "le ministre de l'Économie".
func (a *analysis) titledDescBefore(m *mention, e *entity, sent, tok int) *entity {
	t := a.t
	if len(t.modifiers(m)) > 0 {
		return nil
	}
	for sn := range a.reg.before(sent, tok, 5) {
		if sn.e == e && sn.subject {
			return nil
		}
		if sn.subject && sn.e.kind == kDesc && !sn.e.plural && sn.headword == m.head && sn.end-sn.tok > 2 && (m.gender == 0 || sn.gender == 0 || sn.gender == m.gender) &&
			t.lx.Set("determiners", t.toks[sn.tok].l) && t.toks[sn.tok+1].l == sn.headword {
			return sn.e
		}
	}
	return nil
}

// laterThan reports whether entity p was last met after entity e.
func laterThan(p, e *entity) bool {
	return p.lastSent > e.lastSent || p.lastSent == e.lastSent && p.lastTok > e.lastTok
}

// placeWhereSpoke reports whether country e was last named as the place
// after a preposition in a sentence where person p spoke: "disse Haddad
// em entrevista coletiva em Brasília" names no government after the
// minister, so "O ministro afirmou ainda …" is still Haddad.
func (a *analysis) placeWhereSpoke(e, p *entity) bool {
	t := a.t
	k := e.lastTok
	if k <= 0 || k >= len(t.toks) || e.lastSent != p.lastSent {
		return false
	}
	prev := &t.toks[k-1]
	if prev.kind != tWord || !t.lx.Set("prep", prev.l) || t.lx.Set("of", prev.l) || t.lx.Set("by", prev.l) {
		return false
	}
	for _, at := range a.bySent[e.lastSent] {
		if at.speaker == p {
			return true
		}
	}
	return false
}

// orgTitle reports whether a description's capitalised head follows a
// capitalised organisation word ("el Colegio Médico"): the name of a
// body, not a person's title.
func (t *text) orgTitle(m *mention) bool {
	h := m.headTok
	return h > m.t0 && t.toks[h].cap && t.toks[h-1].cap && t.lx.Set("orgwords", t.toks[h-1].l)
}

// subjectAfter returns the person who, after attribution at's cue and
// before sentence sent, was last the subject of a clause, when that is
// someone other than at's speaker; or nil.
func (r *registry) subjectAfter(at *attribution, sent int) *entity {
	for sn := range r.subjectsSince(at, sent) {
		if sn.e.kind == kPerson {
			return sn.e
		}
	}
	return nil
}

// nameSubjectAfter reports whether a one-word name no one is known by
// was the subject of a clause after at's words and before sentence sent
// (read only where a capital marks a name: German "Darin" is none).
func (r *registry) nameSubjectAfter(at *attribution, sent int) bool {
	for sn := range r.subjectsSince(at, sent) {
		if sn.e.kind == kName {
			return true
		}
	}
	return false
}

// subjectsSince yields the mentions seen as a clause's subject, other
// than at's speaker, after attribution at's cue and before sentence
// sent, the last first.
func (r *registry) subjectsSince(at *attribution, sent int) iter.Seq[seen] {
	return func(yield func(seen) bool) {
		for i := len(r.recent) - 1; i >= 0; i-- {
			sn := r.recent[i]
			if sn.sent >= sent {
				continue
			}
			if sn.sent < at.sent || sn.sent == at.sent && sn.tok <= at.cue {
				return
			}
			if sn.subject && sn.e != at.speaker && !yield(sn) {
				return
			}
		}
	}
}

// before yields the mentions seen before token tok of sentence sent,
// the last first, back to back sentences before it.
func (r *registry) before(sent, tok, back int) iter.Seq[seen] {
	return func(yield func(seen) bool) {
		for i := len(r.recent) - 1; i >= 0; i-- {
			sn := r.recent[i]
			if sn.sent < sent-back {
				return
			}
			if sn.sent == sent && sn.tok >= tok {
				continue
			}
			if !yield(sn) {
				return
			}
		}
	}
}

// seen reports whether entity e was mentioned before.
func (r *registry) seen(e *entity) bool {
	return slices.ContainsFunc(r.recent, func(sn seen) bool { return sn.e == e })
}

// recentOfClass returns the most recent named entity of a class (any
// organisation for "org"; "" for any organisation or government) within
// the last few sentences, or nil.
func (a *analysis) recentOfClass(sent, tok int, class string) *entity {
	words := a.descAfterWords(tok)
	for sn := range a.reg.before(sent, tok, 5) {
		if sn.sent == sent && words && !a.t.opensWords(sn) {
			continue // "…, en repudio al Cacif, según argumentó la entidad": a body named in the words does not say them (their subject may: "A PF prendeu …, informou a corporação")
		}
		if a.ofClass(sn, class) {
			if e := a.bodyOverItsWords(sn, class); e != nil {
				return e
			}
			return sn.e
		}
	}
	return nil
}

// bodyOverItsWords returns the body whose words name the body seen sn
// ("Rheinmetall erklärt, dass die konzerneigene IT nicht gehackt worden
// sei"), when it is of the class too, in a language that capitalises its
// nouns: "ein Sprecher" after it is the speaker's, not the one it spoke
// of. Else nil.
func (a *analysis) bodyOverItsWords(sn seen, class string) *entity {
	if !a.t.lx.NounCaps || class != "spokes" && class != "org" && class != "" || sn.subject && !a.inReported(sn.sent, sn.tok) {
		return nil
	}
	off := a.t.toks[sn.tok].start
	for _, at := range a.bySent[sn.sent] {
		if e := at.speaker; covers(at, off) && e != nil && e != sn.e && (e.kind == kOrg || e.kind == kName) {
			for o := range a.reg.before(sn.sent, sn.tok, 0) {
				if o.e == e && o.sent == sn.sent && a.ofClass(o, class) {
					return e
				}
			}
		}
	}
	return nil
}

// describedBodySpoke returns the body described without a name ("das
// Finanzministerium") that was the subject of a clause in the two
// sentences before, or nil.
func (r *registry) describedBodySpoke(sent, tok int) *entity {
	for sn := range r.before(sent, tok, 2) {
		if e := sn.e; sn.subject && e.kind == kDesc && (!e.plural || r.lx.Set("collective", sn.headword)) && (e.class == "gov" || e.class == "org") {
			return e // (also a body of many, "Police said …")
		}
	}
	return nil
}

// describedBodyHere returns the body described, not named, whose phrase
// opens sentence sent as its subject, before token tok ("Police have said
// little about the clash, but a spokesman confirmed …"), or nil.
func (a *analysis) describedBodyHere(sent, tok int) *entity {
	t := a.t
	s := &t.sents[sent]
	end := t.npRight(s.body, s)
	if end <= s.body || end >= tok || !t.startsVerb(end, sent) {
		return nil
	}
	m := a.parseNP(s.body, end, 0)
	if m == nil || m.kind != kDesc || m.class != "gov" && m.class != "org" || !m.definite && !(m.plural && m.t0 == m.headTok) {
		return nil
	}
	return a.resolve(m, sent, m.t0)
}

// ownedThing reports whether the mention seen is a one-word name after
// the possessive of a name that is no country's ("Trump's Islamophobia is
// a gift to …"): a thing someone has, no body that "the campaign" or "the
// company" refers back to ("South Korea's Samsung" is one).
func (a *analysis) ownedThing(sn seen) bool {
	t := a.t
	k := sn.end - 2
	if sn.e.kind != kName || strings.Contains(sn.e.name, " ") || k < sn.tok || t.toks[k].kind != tWord || !t.toks[k].cap || !t.toks[k].poss {
		return false
	}
	return a.gaz.countryIn(t.toks, sn.tok, k+1) == nil
}

// ofClass reports whether a mention seen can be what a description of a
// class refers back to (recentOfClass).
func (a *analysis) ofClass(sn seen, class string) bool {
	e := sn.e
	if e.generic || e.kind == kPerson || a.t.entityKind(e) == "law" {
		return false // (nor a law: "violated the Impoundment Control Act. “…,” the office wrote")
	}
	switch class {
	case "gov":
		// A government named only inside someone's words ("Hong said
		// the United States …") is talked about, not speaking: "the
		// defense ministry" in the next sentence is not its.
		return (e.kind == kCountry || e.gov) && !a.inReported(sn.sent, sn.end-1)
	case "media":
		return e.class == "media"
	case "", "org", "spokes":
		// (A one-word name seen only after a preposition, "in Iowa",
		// is a place: not "the campaign".)
		// (Nor an organisation's name after a preposition inside
		// someone's words: "la SNCF a fait savoir que 60 % des TGV
		// circuleraient" is talked about, not "l'entreprise".)
		if e.kind == kOrg && !sn.subject && a.t.afterPrep(sn) && a.inReported(sn.sent, sn.end-1) {
			return false
		}
		if a.t.nounCapsQuoted(sn.tok, sn.end) {
			return false // "der „Süddeutschen Zeitung“ sagte": a name in quotation marks, a paper's or a title's, is not "das Unternehmen"
		}
		return (e.kind == kOrg || e.kind == kName && a.t.mayBeBody(sn) && !a.t.givenName(e) && !a.ownedThing(sn)) && e.class != "media" && (!e.gov || class == "") || class == "" && e.kind == kCountry
	}
	return false
}

// givenName reports whether a one-word name is a given name the lexicon
// knows ("Mike"): a person's, never a body's.
func (t *text) givenName(e *entity) bool {
	return !strings.Contains(e.name, " ") && t.lx.GivenNames[lang.Lower(e.name)] != 0
}

// recentOfKind is recentOfClass for a description that refers back to a
// body ("the group", "the union", "the company"): of the bodies seen
// lately, the most recent that was a subject, else the most recent ("The
// group said" after "Greenpeace accused Shell …" is Greenpeace; after
// "NetChoice, a trade group whose members include Meta and Snap, sued …"
// it is NetChoice). A description whose head has a kind takes a body of
// that kind, else one of its paragraph or the one before whose names
// tell no kind ("Acme"),
// never one of another kind ("the union" is not "Sarrow Terminal
// Company").
func (a *analysis) recentOfKind(sent, tok int, class, kind string) *entity {
	para := a.t.sents[sent].para
	var same, unknown [2]*entity // [0] the most recent, [1] the most recent subject
	words := a.descAfterWords(tok)
	for sn := range a.reg.before(sent, tok, 5) {
		if sn.sent == sent && words && !a.t.opensWords(sn) {
			continue // ("…, según argumentó la organización": not one named inside the words)
		}
		if sn.end-sn.tok == 1 && sn.tok > 0 && a.t.placeBody(sn.tok-1) {
			continue // "die Staatsanwaltschaft Köln": the place it serves is no body "die Firma" means
		}
		// (A named body of the kind counts whatever the description's
		// class: "Kent County Council … the council", "the Bank of
		// England … the bank", public or not.)
		kindMatch := kind != "" && sn.e.kind == kOrg && !sn.e.generic && (a.t.entityKind(sn.e) == kind || a.t.tradeOf(a.t.entityKind(sn.e), kind))
		// (Where bodies are described, not named, a description of the
		// kind too: "die Bundespolizei … ein Polizeisprecher".)
		kindMatch = kindMatch || kind != "" && a.t.lx.NounCaps && sn.e.kind == kDesc && !sn.e.plural && a.t.kindOf(lastWord(sn.e.name)) == kind
		if !kindMatch && !a.ofClass(sn, class) {
			continue
		}
		var into *[2]*entity
		switch k := a.t.entityKind(sn.e); {
		case kind == "" || k == kind || a.t.tradeOf(k, kind):
			into = &same
		case k == "" && !sn.e.personal && (kind != "government" || sn.e.kind == kCountry || sn.e.gov) && kind != "court" && (sn.para == para || sn.para == para-1 && !a.t.nameInParaBefore(sent, tok)) && a.t.mayBeBody(sn) && !a.talkedAboutName(sn) && !a.t.pluralOpener(sn):
			// (Not one "he" or "she" stood for: "Tinsely said … “…,” he
			// said. … the airline said" is no airline.)
			// (A ministry or a town hall is a government's, not a body
			// whose name tells no kind: "La mairie a précisé …" after
			// "La STM augmentera …" is not the transit company. Nor is a
			// court a body of no kind told: "Das Gericht begründete …"
			// after "…, teilte die Deutsche Bahn mit" is not the railway.)
			into = &unknown
		default:
			continue
		}
		if into[0] == nil {
			into[0] = sn.e
		}
		if into[1] == nil && sn.subject {
			into[1] = sn.e
		}
	}
	if same[1] == nil && same[0] != nil && kind != "" && a.employerOnly(sent, tok, same[0]) {
		// "The company also said …" after "…, said Peter Okafor, an
		// analyst at Wedbush Securities": a firm named only as someone's
		// employer is not the company the story is about; the one of
		// that kind that was a subject a little further back is.
		for sn := range a.reg.before(sent, tok, 12) {
			if sn.subject && sn.e != same[0] && sn.e.kind == kOrg && !sn.e.generic && (a.t.entityKind(sn.e) == kind || a.t.tradeOf(a.t.entityKind(sn.e), kind)) {
				return sn.e
			}
		}
		same = [2]*entity{} // (with none, not the employer either)
	}
	if unknown[1] == nil && unknown[0] != nil && a.employerOnly(sent, tok, unknown[0]) {
		unknown = [2]*entity{} // "… an analyst at Summit Insights Group. The company also announced …"
	}
	for _, c := range []*[2]*entity{&same, &unknown} {
		if c[1] != nil {
			return c[1]
		}
		if c[0] != nil {
			return c[0]
		}
	}
	return nil
}

// talkedAboutName reports whether a one-word name seen is not a body
// "the company" or "the party" can mean there: one a person's words tell
// of, right after their "that" ("Donald Trump attacked the judge, saying
// that Clinton had shown bad judgment. The company said …" is not
// Clinton's), or a person's surname ("Clinton" after "Hillary Clinton").
// (A name in the words of others may still be one: "Analysts said that
// Acme would cut jobs. The company said …")
func (a *analysis) talkedAboutName(sn seen) bool {
	if sn.e.kind != kName {
		return false
	}
	comp := func(k int) bool { return k >= 0 && a.t.toks[k].kind == tWord && a.t.lx.Set("comp", a.t.toks[k].l) }
	if comp(sn.tok-1) || comp(sn.tok) { // (the mention may hold the "that")
		off := a.t.toks[sn.end-1].start
		for _, at := range a.bySent[sn.sent] {
			if at.speaker != nil && at.speaker != sn.e && at.speaker.kind == kPerson && covers(at, off) {
				return true
			}
			if at.speaker == sn.e && at.via != nil && at.via.kind == kPerson {
				return true // (their words through the person's: "saying that Clinton had argued …")
			}
		}
	}
	f := lang.Fold(sn.e.name)
	if a.reg.byName[f] == ambiguous {
		return true
	}
	for _, e := range a.reg.ents {
		if e.kind != kPerson {
			continue
		}
		if w := strings.Fields(lang.Fold(e.name)); len(w) > 1 && w[len(w)-1] == f {
			return true
		}
	}
	return false
}

// employerOnly reports whether every mention of e in the last five
// sentences before token tok of sentence sent follows a preposition after
// a person's description ("an analyst at Wedbush Securities").
func (rs *resolver) employerOnly(sent, tok int, e *entity) bool {
	t := rs.t
	found := false
	for sn := range rs.reg.before(sent, tok, 5) {
		if sn.e != e {
			continue
		}
		k := sn.tok
		if sn.subject || !t.afterPrep(sn) || k-2 < t.sents[sn.sent].body || t.toks[k-2].kind != tWord || t.lx.Set("of", t.toks[k-1].l) {
			return false // (nor "general secretary of the Dockworkers' Federation": the body the person belongs to)
		}
		// A person's description before the preposition, not a
		// spokesperson's ("spokesman for Halvex": Halvex speaks) nor a
		// leader's (the body they lead).
		speaker := t.lx.Speakers[t.toks[k-2].b]
		if tt, title := t.titleOf(k - 2); !title && speaker != "people" || title && (tt.Spokes || tt.Head) || speaker == "spokes" {
			return false
		}
		found = true
	}
	return found
}

// nameInParaBefore reports whether the paragraph of sentence sent holds
// a name of two capitalised words or more before token tok ("Manchester
// United sacked its coach. The club said …"): a body of its own, whether
// or not a statement registered it, so "the club" does not reach back to
// the paragraph before.
func (t *text) nameInParaBefore(sent, tok int) bool {
	para := t.sents[sent].para
	for i := sent; i >= 0 && t.sents[i].para == para; i-- {
		s := &t.sents[i]
		for k := s.body; k+1 < s.t1 && (i < sent || k+1 < tok); k++ {
			if t.toks[k].kind == tWord && t.toks[k].cap && t.toks[k].q < 0 && t.isName(k) && t.isName(k+1) && t.toks[k+1].q < 0 {
				return true
			}
		}
	}
	return false
}

// wordsSubjectCompany returns the company that opens the words of
// sentence sent as their subject when description m, of a company or a
// trade, is inverted after them ("Norvane Systems will lay off 4,000
// employees, the software maker said"), or nil: whatever its trade or
// modifiers, the company the words are about tells them. (A body of
// another kind is not: "The union rejected the offer, the carmaker
// said".)
func (rs *resolver) wordsSubjectCompany(m *mention, sent, tok int) *entity {
	if !rs.t.companyKind(rs.t.kindOf(m.head)) || !rs.descAfterWords(tok) {
		return nil
	}
	for sn := range rs.reg.before(sent, tok, 0) {
		if rs.t.opensWords(sn) {
			// (A one-word name only when capitalised inside a sentence
			// too: not "Dealers will replace the brake lines free of
			// charge, the company said".)
			t := rs.t
			name := sn.e.kind == kOrg || sn.e.kind == kName && (sn.end-sn.tok > 1 || t.midCap[t.toks[sn.tok].b] || lang.IsAcronym(t.toks[sn.tok].s))
			if k := t.entityKind(sn.e); name && !sn.e.generic && (k == "" || t.companyKind(k)) {
				return sn.e
			}
			return nil
		}
	}
	return nil
}

// companyKind reports whether kind k of organisation is a company's or a
// trade's.
func (t *text) companyKind(k string) bool {
	return k == "company" || t.lx.Set("tradewords", k)
}

// tradeOf reports whether a body of kind k, a trade ("carmaker",
// "retailer"), is also of kind kind: every trade is a company's ("the
// company" after "semiconductor maker Veritas Micro").
func (t *text) tradeOf(k, kind string) bool {
	return kind == "company" && k != kind && t.lx.Set("tradewords", k)
}

// mayBeBody reports whether a name that tells no kind of organisation
// can be one where it was seen: an organisation's name, a subject ("Acme
// said …"), or a name after no preposition but "by" ("released by
// Mandiant"); not a place or the one told after a preposition ("à
// Lindholt", "au Courrier").
func (t *text) mayBeBody(sn seen) bool {
	if k := sn.tok - 1; k >= 0 && t.toks[k].kind == tWord && !t.toks[k].cap && t.lx.Set("streetwords", t.toks[k].l) {
		return false // "el centro de salud de la calle Oca": a street, not the body "la asociación" means
	}
	if s := &t.sents[sn.sent]; t.lx.NounCaps && s.words == 1 && sn.end-sn.tok == 1 {
		return false // "Schwerin." opening the article: a dateline's place, not a body
	}
	if sn.tok > 0 && sn.end < len(t.toks) && t.toks[sn.tok-1].s == "(" && t.toks[sn.end].s == ")" && sn.tok-2 >= 0 && t.toks[sn.tok-2].kind == tWord {
		return false // "Volker Wissing (FDP)": a party or acronym after a name, not the body the next "das Unternehmen" means
	}
	if sn.e.kind == kOrg || sn.subject {
		return true
	}
	lx := t.lx
	if lx.NounCaps && !lang.IsAcronym(sn.e.name) {
		return false // German capitalises every noun: "neue Details" names no body
	}
	return !t.afterPrep(sn)
}

// pluralOpener reports whether the mention seen is one word shaped like
// a plural ("Talks", "Prices") that opens a short sentence and that the
// article never capitalises inside one ("Talks stalled. The union said
// …"): a common noun the sentence's capital made a name, no body that
// "the union" or "the company" refers back to. (A name so shaped goes
// on, "Barclays Bank", is named again, opens a longer sentence, or
// its verb has an object.)
func (t *text) pluralOpener(sn seen) bool {
	if sn.end-sn.tok != 1 || t.lx.NounCaps {
		return false
	}
	s, tk := &t.sents[sn.sent], &t.toks[sn.tok]
	if sn.tok != s.body || t.midCap[tk.b] || lang.IsAcronym(tk.s) || t.lx.GivenNames[tk.l] != 0 || s.words > 4 {
		return false
	}
	l := tk.l
	if len(l) <= 3 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") || strings.HasSuffix(l, "is") || strings.HasSuffix(l, "'s") {
		return false
	}
	// Its verb takes no object and reports nothing: the sentence ends
	// or a preposition follows ("Prices rose on Monday"; not "Barclays
	// reported higher profits").
	v, k := sn.tok+1, sn.tok+2
	if v >= s.t1 || t.toks[v].kind != tWord || t.toks[v].cap {
		return false
	}
	if _, rep := t.lx.Verbs[t.toks[v].l]; rep {
		return false
	}
	return k >= s.t1 || t.toks[k].kind != tWord || !t.toks[k].cap && t.lx.Set("prep", t.toks[k].l)
}

// afterPrep reports whether a mention seen opens with a preposition,
// follows one, or is joined by "and" or "or" to a name that follows one
// ("de Veskarie", "des TGV", "between London and Brighton"), but "by"
// ("released by Mandiant").
func (t *text) afterPrep(sn seen) bool {
	lx := t.lx
	for _, k := range []int{sn.tok, sn.tok - 1, t.firstConjunct(sn)} {
		if k < t.sents[sn.sent].body {
			break
		}
		p := &t.toks[k]
		if p.kind == tWord && !p.cap && !lx.Set("by", p.l) && (lx.Set("prep", p.l) || lx.Set("of", p.l)) {
			return true
		}
	}
	return false
}

// firstConjunct returns the token before the capitalised words joined by
// "and" or "or" to a name seen ("London" of "London and Brighton"), or -1
// when no such words come before it.
func (t *text) firstConjunct(sn seen) int {
	k := sn.tok - 1
	if k <= t.sents[sn.sent].body || t.toks[k].kind != tWord || !t.lx.Set("coord", t.toks[k].l) {
		return -1
	}
	j := k - 1
	for j >= t.sents[sn.sent].body && t.toks[j].kind == tWord && t.toks[j].cap {
		j--
	}
	if j == k-1 {
		return -1
	}
	return j
}

// kindOf returns the kind of organisation a noun names ([orgkinds]), or
// "". In a language that compounds nouns, a compound has the kind of its
// last part ("Dockarbeiterverband"), and a genitive the kind of its
// noun ("des Ministeriums").
func (t *text) kindOf(w string) string {
	lx := t.lx
	w = lang.Lower(w)
	if k := lx.OrgKinds[w]; k != "" {
		return k
	}
	if !lx.NounCaps {
		return ""
	}
	best, kind := 0, ""
	for _, x := range append([]string{w}, withoutEndings(lx, "genitiveendings", w)...) {
		for n, k := range lx.OrgKinds {
			// (A part of three letters only ends a long compound:
			// "Flüchtlingsrat", not "Rat" alone.)
			if (len(n) >= 4 || len(n) == 3 && len(x) >= len(n)+6) && len(n) > best && strings.HasSuffix(x, n) {
				best, kind = len(n), k
			}
		}
	}
	return kind
}

// entityKind returns the kind of organisation an entity's names tell: the
// kind of the head of its first name that has one ("Company" in "Sarrow
// Terminal Company", "Federation" in "Federation of Veskaria",
// "ministère" in "ministère des Ports"), or "".
func (t *text) entityKind(e *entity) string {
	if e.kind != kOrg && e.kind != kName {
		return ""
	}
	if e.trade != "" {
		return e.trade // "semiconductor maker Veritas Micro": a company by its trade
	}
	lx := t.lx
	for _, n := range append([]string{e.name}, e.names...) {
		ws := strings.Fields(n)
		if len(ws) < 2 && lang.Lower(n) == n {
			continue // a description it was called by, not a name
		}
		// The head comes before the name's "of"-phrase or other
		// prepositional phrase.
		for i, w := range ws {
			if l := lang.Lower(w); i > 0 && l == w && (lx.Set("of", l) || lx.Set("nameglue", l) || lx.Set("prep", l)) {
				ws = ws[:i]
				break
			}
		}
		// The last word ("Sarrow Terminal Company"), unless it names
		// people ("hospital officials"); else the first ("Federation of
		// Veskaria", "Gewerkschaft Dockarbeiterverband").
		for len(ws) > 1 && lang.Lower(ws[len(ws)-1]) == ws[len(ws)-1] && lx.Set("namewords", ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Nouveau Parti démocratique": a party by its "Parti"
		}
		last := ws[len(ws)-1]
		if k := t.kindOf(last); k != "" {
			return k
		}

		if lx.Speakers[lang.Lower(last)] != "" || len(ws) == 1 {
			continue
		}
		if k := t.kindOf(ws[0]); k != "" {
			return k
		}
	}
	return ""
}

// topicSubject returns, for a subject pronoun at token tok of sentence
// sent right after the phrase that opens it with a word of topic ([set
// topicwords]: "Quant au Premier ministre, il s'est dit « ouvert au
// dialogue »"), the one that phrase names, when the pronoun fits. Else
// nil.
func (a *analysis) topicSubject(m *mention, sent, tok int) *entity {
	t := a.t
	s := &t.sents[sent]
	k := s.body
	if k+2 >= tok || !t.lx.Set("topicwords", t.toks[k].l) || t.lx.Set("possessive", m.head) || t.toks[tok-1].s != "," {
		return nil
	}
	k++
	if !t.lx.Set("dative", t.toks[k].l) && !t.lx.Set("prep", t.toks[k].l) {
		return nil
	}
	o := a.parseNP(k+1, tok-1, 0)
	if o == nil && t.lx.Set("determiners", t.toks[k].l) {
		o = a.parseNP(k, tok-1, 0)
	}
	if o != nil && o.kind == kDesc && t.lx.Set("dative", t.toks[k].l) && t.toks[k].l != "à" {
		o.definite = true // "au Premier ministre": the article inside the preposition
	}
	if o == nil || o.kind == kPron || o.kind == kDoc {
		return nil
	}
	e, _ := a.speakerOf(o, nil)
	if e == nil {
		return nil
	}
	if !compatible(m, e) && !t.bodyOfArticle(m, e, o.t0) {
		return nil
	}
	return e
}

// bodyOfArticle reports whether a gendered pronoun m may stand for body
// e named by the phrase that opens at token k, whose article agrees with
// it: "Quant à la CGT, elle …", "Quant au syndicat, il …".
func (t *text) bodyOfArticle(m *mention, e *entity, k int) bool {
	if m.plural || m.gender != 'm' && m.gender != 'f' || !t.body(e) || k < 0 || k >= len(t.toks) {
		return false
	}
	l := t.toks[k].l
	return m.gender == 'm' && t.lx.Set("masculine", l) || m.gender == 'f' && t.lx.Set("feminine", l)
}

// fromSourceOwner returns, for a possessive at token tok of sentence
// sent, the body named in the sentence's opening phrase of where words
// come from ([set fromsource]: "Desde Junts, su portavoz, Míriam
// Nogueras, advirtió …"): the spokesperson is that body's, not the last
// speaker's. Else nil.
func (rs *resolver) fromSourceOwner(m *mention, sent, tok int) *entity {
	t := rs.t
	s := &t.sents[sent]
	if !t.lx.Set("possessive", m.head) || s.body >= tok || !t.lx.Set("fromsource", t.toks[s.body].l) {
		return nil
	}
	comma := -1
	for k := s.body + 1; k < tok; k++ {
		if t.toks[k].s == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma != tok-1 {
		return nil
	}
	var found *entity
	for _, sn := range rs.reg.recent {
		if sn.sent != sent || sn.tok <= s.body || sn.end > comma || sn.e == nil {
			continue
		}
		if sn.e.kind != kOrg && sn.e.kind != kName && sn.e.kind != kCountry || found != nil && found != sn.e {
			return nil
		}
		found = sn.e
	}
	return found
}

// parenAside reports whether sentence j is wholly inside parentheses:
// "(Broward County says it's not installing facial recognition.)".
func (t *text) parenAside(j int) bool {
	s := &t.sents[j]
	last := s.t1 - 1
	if last > s.t0 && t.toks[last].kind == tPunct && t.toks[last].s != ")" {
		last-- // "(… recognition)."
	}
	return last > s.body && t.toks[s.body].s == "(" && t.toks[last].s == ")"
}

// inCaption reports whether sentence j is furniture, or lies in a
// paragraph that opens and ends with furniture: a photo's caption between
// its credit lines ("© Getty Images MANCHESTER … . Isolating students …
// (Photo by …/Getty Images)").
func (t *text) inCaption(j int) bool {
	if t.sents[j].furniture {
		return true
	}
	p := t.d.Paragraphs[t.sents[j].para]
	return p.First < j && j < p.Last && t.sents[p.First].furniture && t.sents[p.Last].furniture
}

// spokespersonBefore returns, for a pronoun of one person that speaks
// ("“…,” he said"), the body whose unnamed spokesperson spoke in the
// sentence just before, or two before past one that reports nothing
// ("But a spokesperson for the UCEA said … ¶ “…,” he said."): the
// spokesperson goes on for the body. Else nil.
func (a *analysis) spokespersonBefore(m *mention, sent, tok int) *entity {
	t := a.t
	s := &t.sents[sent]
	if _, verb := t.lx.Verbs[t.toks[min(tok+1, s.t1-1)].l]; tok+1 >= s.t1 || !verb || !(tok == s.body || tok-1 >= s.body && t.toks[tok-1].kind == tQClose) {
		return nil
	}
	for i := len(a.atts) - 1; i >= 0; i-- {
		at := a.atts[i]
		if at.sent >= sent {
			continue
		}
		if at.sent < sent-2 || at.sent == sent-2 && len(a.bySent[sent-1]) > 0 || at.speaker == nil || at.speaker.kind == kPerson {
			return nil
		}
		for _, w := range strings.Fields(lang.Lower(at.surface)) {
			if t.lx.Speakers[w] == "spokes" {
				if g := t.lx.Titles[w].Gender; g != 0 && g != m.gender {
					return nil // "A spokesman for the company said … “…,” she said": not him
				}
				return at.speaker
			}
		}
		return nil
	}
	return nil
}

// pluralArticleName reports whether entity e's name opens with a plural
// article ("Les Républicains", "Les Verts").
func (t *text) pluralArticleName(e *entity) bool {
	w, _, _ := strings.Cut(e.name, " ")
	return t.lx.Set("pluraldeterminers", lang.Lower(w))
}

// bareQuestion reports whether sentence j is a short question outside
// quotation marks with no capitalised word but its first and no
// reporting cue: the writer asking, naming no one. In a language that
// capitalises nouns, its capitalised words may be nouns ("Wird die
// Aufkündigung Spuren hinterlassen?"), but it names no person, body or
// country, nor anyone named before it.
func (a *analysis) bareQuestion(j int) bool {
	t := a.t
	s := &t.sents[j]
	if s.furniture || s.t1-s.body < 2 || s.t1-s.body > 15 || t.toks[s.t1-1].s != "?" || len(a.sentCues[j]) > 0 {
		return false
	}
	for k := s.body; k < s.t1; k++ {
		tk := &t.toks[k]
		if tk.q >= 0 || tk.kind == tQOpen || tk.kind == tQClose || k > s.body && tk.kind == tWord && tk.cap && !t.lx.NounCaps && !(k == s.body+1 && isDash(t.toks[s.body].s)) {
			return false
		}
	}
	if t.lx.NounCaps {
		for _, sn := range a.reg.recent {
			if sn.sent != j {
				continue
			}
			if sn.e.kind == kPerson || sn.e.kind == kOrg || sn.e.kind == kCountry {
				return false
			}
			for _, sn2 := range a.reg.recent {
				if sn2.e == sn.e && sn2.sent < j {
					return false // (a name seen before: "Was sagt Müller dazu?")
				}
			}
		}
	}
	return true
}

// openingClauseSubject returns, for a pronoun of one person right after
// the comma that closes a clause opening the sentence with a word of
// [set subord], that clause's subject, a person named or described,
// when its gender is told and agrees: "Si le spécialiste reste
// convaincu des bienfaits de l'arrêt, il préconise …" is the
// specialist. Or nil.
func (a *analysis) openingClauseSubject(m *mention, sent, tok int) *entity {
	t := a.t
	lx := t.lx
	s := &t.sents[sent]
	if m.plural || m.gender == 0 || tok-1 <= s.body+2 || t.toks[tok-1].s != "," || !lx.Set("subord", t.toks[s.body].l) {
		return nil
	}
	for k := s.body + 1; k < tok-1; k++ {
		if t.toks[k].s == "," || t.toks[k].q >= 0 {
			return nil // (one clause only, and no quotation in it)
		}
	}
	end := t.npRight(s.body+1, s)
	for k := s.body + 2; k < end && k < tok-1; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && !tk.cap && (t.isVerb(k) || lx.Set("copulas", tk.l) || lx.Set("aux", tk.l) || lx.Set("negation", tk.l)) {
			end = k // ("le spécialiste | reste convaincu": a verb the phrase ran on over)
			break
		}
	}
	if end <= s.body+1 || end >= tok-1 {
		return nil
	}
	o := a.parseNP(s.body+1, end, 0)
	if o == nil || o.plural || o.gender != 0 && o.gender != m.gender || !(o.kind == kPerson || o.kind == kDesc && o.class == "people" && o.definite) {
		return nil
	}
	// (The gender told, by the phrase or the one it stands for: "If the
	// player …, she responds" may be someone else's words.)
	if e := a.resolve(o, sent, o.t0); e != nil && (e.kind == kPerson || e.kind == kDesc) && (e.gender == 0 || e.gender == m.gender) && (o.gender != 0 || e.gender != 0) {
		return e
	}
	return nil
}

// openingPossessor returns the person named as the owner in the phrase
// with a preposition that opens sentence sent before a comma and the
// pronoun m at token tok, its subject ("In Vance's case, she decided to
// stay …", "To Reed's surprise, he was …"): the one whose case it is, not
// one who spoke before; a person named before, of the pronoun's gender
// or of none told, and the phrase must name no one else. Or nil.
func (a *analysis) openingPossessor(m *mention, sent, tok int) *entity {
	t := a.t
	lx := t.lx
	s := &t.sents[sent]
	if m.plural || m.gender == 0 || !lx.Trait("pronounsubjects") || tok-1 <= s.body+1 || t.toks[tok-1].s != "," || !t.out(s.body) || !lx.Set("prep", t.toks[s.body].l) {
		return nil
	}
	for k := s.body + 1; k < tok-1; k++ {
		if t.toks[k].s == "," || t.toks[k].q >= 0 {
			return nil // (one phrase only, and no quotation in it)
		}
	}
	var owner *entity
	for k := s.body + 1; k < tok-1; k++ {
		if !t.toks[k].poss || !t.toks[k].cap {
			continue
		}
		lo := k
		for lo-1 > s.body && t.toks[lo-1].cap && t.toks[lo-1].kind == tWord && t.isName(lo-1) {
			lo--
		}
		e := a.reg.lookup(lang.Fold(stripPossessive(t.span(lo, k+1))))
		if e == nil || e.kind != kPerson || e.gender != 0 && e.gender != m.gender || owner != nil {
			return nil // (a person named before, not of the other gender, and no one else)
		}
		owner = e
	}
	return owner
}

// possessorGoesOn returns the person the same pronoun as m stood for,
// through openingPossessor, as the subject of the sentence before in the
// paragraph, when the pronoun's own sentence names no one before it:
// "In Vance's case, she decided to stay. “…,” she continued." Or nil.
func (a *analysis) possessorGoesOn(m *mention, sent, tok int) *entity {
	t := a.t
	j := sent - 1
	if m.plural || m.gender == 0 || j < 0 || t.sents[j].para != t.sents[sent].para {
		return nil
	}
	for i := len(a.reg.recent) - 1; i >= 0; i-- {
		if sn := a.reg.recent[i]; sn.sent == sent && sn.tok < tok {
			return nil // (someone named before it in its own sentence)
		} else if sn.sent < sent {
			break
		}
	}
	s := &t.sents[j]
	p := s.body + 1
	for p < s.t1 && t.toks[p].s != "," {
		p++
	}
	if p+1 >= s.t1 || t.toks[p+1].l != m.head {
		return nil
	}
	return a.openingPossessor(m, j, p+1)
}

// resolvePronoun resolves a pronoun to the most recent compatible entity
// in its own sentence (before it) or the two sentences before, in the
// same paragraph or the one before: subjects first, then any name.
func (a *analysis) resolvePronoun(m *mention, sent, tok int) *entity {
	if e := a.resolvePronounIn(m, sent, tok, false); e != nil || !a.t.lx.Trait("pronounsubjects") || m.plural || m.gender != 'm' && m.gender != 'f' {
		return e
	}
	// An English "he" or "she" that finds no one goes on along the
	// sentences before that open with the same pronoun over paragraphs
	// too, to a person of that gender ("Tom Reed sold the ferry. ¶ He
	// now works in a shop. ¶ “…,” he said.").
	return a.resolvePronounIn(m, sent, tok, true)
}

// resolvePronounIn is resolvePronoun; with wide, the sentences before
// that open with the same pronoun reach over paragraphs, and past the
// paragraphs reached without it only a person of the pronoun's gender
// is taken.
func (a *analysis) resolvePronounIn(m *mention, sent, tok int, wide bool) *entity {
	r := a.reg
	if m.latter {
		return a.resolveLatter(m, sent, tok)
	}
	if a.t.lx.Set("ownpossessive", m.head) {
		return nil // "d'après nos informations": the writer's, no one's named before
	}
	if k := m.t0; k > a.t.sents[sent].body && a.t.toks[k].cap && a.t.toks[k-1].kind == tWord && a.t.lx.Set("formaladdress", a.t.toks[k].l) {
		return nil // "Erinnern Sie Ihre Tochter daran, dass …": the reader addressed, no one named before
	}
	if e := a.openingClauseSubject(m, sent, tok); e != nil {
		return e // "Si le spécialiste reste convaincu …, il préconise …"
	}
	if e := a.openingPossessor(m, sent, tok); e != nil {
		return e // "In Vance's case, she decided …"
	}
	if e := a.possessorGoesOn(m, sent, tok); e != nil {
		return e // "In Vance's case, she decided … . “…,” she continued."
	}
	para := a.t.sents[sent].para
	if lo, hi := a.t.pairOpens(sent, tok); m.plural && a.t.lx.Trait("pronounsubjects") && lo >= 0 {
		// "Christie and Haley would not say whether …, they said": the
		// two the sentence opens with, not a group named before; the
		// words are each one's, and the last named speaks for both
		// here (or no one, when that is no one named).
		if n := a.parseNP(lo, hi, 0); n != nil && (n.kind == kPerson || n.kind == kName) {
			if e := a.resolve(n, sent, lo); e != nil && (e.kind == kPerson || e.kind == kName) {
				return e
			}
		}
		return nil
	}
	// "he" and "she" look first for a subject known to be a person: a
	// name that could be a place ("Hagia Sophia") comes after.
	gendered := m.gender == 'm' || m.gender == 'f'
	english := a.t.lx.Trait("pronounsubjects")
	// The two sentences before, and further back while they open with
	// the same "he" or "she" ("She explained … . She credited the press
	// with … . Speaking to NBC, she said …": one person all along).
	from := sent - 2
	chainPara := -1 // (German) the paragraph of the first sentence of the chain
	// (Also German "sie" with a verb in the singular after it: "Anna
	// Berg lebt in Kenia. ¶ Sie kann nicht lesen. ¶ „…“, sagt sie.")
	sieOne := !gendered && !m.plural && m.gender == 0 && a.t.lx.NounCaps && a.t.singularVerbAfter(tok)
	// (With its verb in the singular, "sie" is she or a body, never a
	// man named before: "Peter Lenz traf Anna Berg. Sie sagte danach, …".)
	notMan := sieOne && a.t.lx.Pronouns[m.head].Gender == 'f'
	for j := sent - 1; (gendered || sieOne) && !m.plural && j >= from && j > 0; j-- {
		if (a.t.opensWithPronoun(j, m.head) || wide && a.t.pronounAfterOpening(j, m.head)) && (gendered || a.t.singularVerbAfter(a.t.sents[j].body)) {
			from = j - 2
			chainPara = a.t.sents[j].para
		}
	}
	if e := a.fromSourceOwner(m, sent, tok); e != nil {
		return e
	}
	if e := a.spokespersonBefore(m, sent, tok); gendered && !m.plural && e != nil {
		return e
	}
	if e := a.topicSubject(m, sent, tok); e != nil {
		return e
	}
	if e, ok := a.bodyBefore(m, sent, tok); ok {
		return e
	}
	if e, ok := a.titledSubjectBefore(m, sent, tok); ok {
		return e
	}
	// Sentences wholly inside a quotation name no one new: the window
	// reaches past them ("Sa présidente, X, craint … ¶ « … . ¶ « … »,
	// a-t-elle déploré"; "X told the Guardian: ¶ “… . …” ¶ He added:
	// …").
	minPara := para - 1
	if chainPara >= 0 && (a.t.lx.NounCaps || a.t.lx.Trait("pronounchains")) {
		// (Over paragraphs too, in German news of short paragraphs:
		// "Peter Lenz lebt in Kenia. ¶ Er kann nicht lesen. ¶ „…“,
		// sagt er."; and in a language with the trait pronounchains:
		// "Sylvie Caron dirige l'association. ¶ Elle a fondé le
		// refuge en 2015. ¶ Aujourd'hui, elle estime que …".)
		minPara = min(minPara, chainPara-1)
	}
	narrowPara := minPara
	if wide {
		if chainPara < 0 {
			return nil
		}
		minPara = min(minPara, chainPara-1)
	}
	// A photo's caption or other furniture between them names no one
	// who goes on: the window reaches past it ("Fraser Amos … is
	// helping … ¶ © Getty Images … (Photo by …) ¶ “…,” he says").
	// (Also a longer caption that ends with a photo credit in
	// parentheses and reports words of its own: "Reed's family issued a
	// tribute. ¶ Tom Reed said his life was turned upside down (Image:
	// BBC) ¶ They said: …" is the family's.)
	pastCredit := -1 // (past such a caption, subjects only: not "the BBC series" before it)
	for j := sent - 1; j > 0 && j >= from && (a.t.inCaption(j) || creditLine(a.t, j) && a.t.sents[j].para < a.t.sents[sent].para && a.t.d.Paragraphs[a.t.sents[j].para].First == j); j-- {
		from--
		minPara = min(minPara, a.t.sents[j].para-1)
		if !a.t.inCaption(j) {
			pastCredit = j
		}
	}
	// Nor does the writer's own short question that names no one
	// ("… selon le naturopathe X. « … » ¶ Faut-il pour autant le bannir ?
	// ¶ Il préconise …").
	for j := sent - 1; gendered && !m.plural && j > 0 && j >= from && a.bareQuestion(j); j-- {
		from--
		minPara = min(minPara, a.t.sents[j].para-1)
	}
	if j := sent - 1; gendered && !m.plural && j > 0 && a.t.quotedOnly(j) && a.t.toks[tok].q < 0 && (a.afterWords(tok) || a.afterQuote(tok) || a.t.invertedPron(tok) || tok == a.t.sents[sent].body ||
		english && a.t.opensAfterPhrase(sent, tok) || a.t.secondPlaceVerbBefore(sent, tok)) {
		// (Also past furniture before the quotation: "He said … . ¶
		// READ MORE ¶ “… . …,” he said.")
		for j > 0 && (a.t.quotedOnly(j) || a.t.inCaption(j)) {
			j--
		}
		from = min(from, j-1)
		minPara = min(minPara, a.t.sents[j].para)
	}
	if english && gendered && !m.plural && (a.t.quoteThenPronoun(sent, tok) || a.t.inciseAfterOpening(sent, tok) || a.t.pronounOpensReport(sent, tok)) {
		// "“…,” he said. ¶ Ireland was one of eight states that voted
		// … ¶ “…,” he said": the writer's sentences between that name
		// no one who could be him, and report nothing, are passed. So
		// are they before "In contrast, he said, France has …".
		from, minPara = a.pastNoOne(sent, from, minPara)
	}
	if !english && gendered && !m.plural && (a.t.quoteThenInverted(sent, tok) || tok == a.t.sents[sent].body && a.t.lx.Trait("pronounchains")) {
		// "« … », a-t-il répondu" after the writer's sentences that
		// name no one and report nothing, paragraphs of their own
		// too ("Paul Roux a présenté une réforme. ¶ Les critiques
		// n'ont pas tardé. ¶ « … », a-t-il répondu."): they are passed,
		// but not one that names a document, which may be what speaks
		// ("Le rapport sera publié en mars. ¶ « … », précise-t-il").
		// So are they before a pronoun that opens its sentence, in a
		// language with the trait pronounchains ("La maire, Anne
		// Vidal, a annoncé … ¶ Les travaux devaient coûter … ¶ Elle
		// reconnaît que …").
		if f, p := a.pastNoOne(sent, from, minPara); !a.t.docBetween(a.t.lastSentOfPara(p, sent)+1, sent) {
			from, minPara = f, p
		}
	}
	// Pass -1: the subject of the pronoun's own sentence ("Comey decided
	// … even though he found …") comes before anyone of the sentences
	// before.
	words, quoted := a.afterWords(tok), a.afterQuote(tok)
	// An English "she" or "he" with a person of that gender in reach is
	// no name of no gender seen there but as a subject ("When Ruth
	// Okonkwo inherited 300 acres in central Iowa, … “…,” she says": not
	// Iowa).
	sexed := false
	for i := len(r.recent) - 1; english && gendered && !m.plural && i >= 0; i-- {
		sn := r.recent[i]
		if sn.sent < from || sn.para < minPara {
			break
		}
		sexed = sexed || sn.e.kind == kPerson && sn.e.gender == m.gender && (sn.sent < sent || sn.tok < tok)
	}
	if e := a.knownGenderOverSubject(m, sent, tok); e != nil {
		return e
	}
	ownPhrase := a.t.participlePhraseBefore(sent, tok)
	objectAfter := tok+1 < a.t.sents[sent].t1 && a.t.toks[tok+1].kind == tWord && a.t.lx.Set("objectclitics", a.t.toks[tok+1].l)
	for pass := -1; pass < 3; pass++ {
		if pass == 0 && !gendered {
			continue
		}
		passed := false // a subject passed over in this pass
		for i := len(r.recent) - 1; i >= 0; i-- {
			sn := r.recent[i]
			if sn.sent < from || sn.para < minPara || pass < 0 && sn.sent < sent {
				break
			}
			if notMan && (sn.e.kind == kPerson || sn.e.kind == kName) && sn.e.gender == 'm' {
				continue
			}
			if wide && sn.para >= narrowPara && sn.sent < sent && !a.passesWide(sn, m) {
				return nil // (someone the sentences reached without it name, whom it passed over: no one sure)
			}
			if wide && sn.para < narrowPara && !(sn.e.kind == kPerson && sn.e.gender == m.gender) {
				continue
			}
			if pass < 0 && words && sn.e.kind == kPerson && a.quoteIntroducer(sn, tok) && compatible(m, sn.e) {
				// "Ähnlich sieht es Anna Roth, Expertin beim Verein: „…“,
				// sagt sie": the person named before the colon that opens
				// the words, when no subject comes before her.
				return sn.e
			}
			if sn.sent == sent && (sn.tok >= tok || words || quoted && a.t.toks[sn.tok].q >= 0) {
				continue // (not a name inside the words: "Magdeburg sei weltoffen, betonte sie")
			}
			if gendered && !m.plural && sn.sent < sent && objectAfter && a.inWordsOfOther(sn) {
				// "Le PS a estimé que Paul Roux avait commis une faute.
				// Il lui reproche …": a subject pronoun with a third
				// person's object pronoun after it is the one who
				// reported, not the one named in the words reported,
				// whom the object stands for: no one sure when that
				// name is the nearest.
				return nil
			}
			if sn.sent == sent && sn.tok < ownPhrase {
				// "Surpris par la politique du président Tom Reed, il
				// déclara …", "Surprised by President Tom Reed's plan,
				// he said …": the pronoun right after an opening
				// participle's phrase is that phrase's own subject,
				// never a name inside it.
				continue
			}
			if !english && gendered && !m.plural && sn.subject && a.openingWordOnly(sn) && a.t.pluralSubjectRuns(sn) {
				// "Moustiques tigres et punaises envahissent la ville.
				// « … », assure-t-il": a plural noun its capital alone
				// made a name, opening a subject of things joined by
				// "et" or before a verb in the plural, is no "il".
				continue
			}
			if english && gendered && !m.plural && sn.subject && a.openingWordOnly(sn) && a.t.pluralAuxAfter(sn) {
				// "Rents are rising in the city. ¶ She said …": a plural
				// noun its capital alone made a name, before a verb in
				// the plural, is no "she".
				continue
			}
			if a.t.lx.NounCaps && (gendered || sieOne) && !m.plural && a.openingWordOnly(sn) && a.personAfter(m, sn) {
				// "Klar ist für Anna Berg jedenfalls: … . Und sie
				// versichert: …": in a language that capitalises its
				// nouns, a word capitalised only where it opens its
				// sentence (an adjective, an adverb) is not who "er" or
				// "sie" stands for when a person who may be them is
				// named after it there.
				continue
			}
			if english && gendered && !m.plural && a.openingWordOnly(sn) && a.personAfter(m, sn) {
				// "Support came from Mayor Ann Lee. She said …": a
				// sentence's first word its capital alone made a name,
				// of no gender, is not who "she" stands for when a
				// person who may be her is named after it in its
				// sentence.
				continue
			}
			if sn.sent < sent && a.t.parenAside(sn.sent) && gendered && !m.plural && sn.e.kind != kPerson {
				// "X says he … . (Broward County says it's not …) ¶ …,
				// he tells Axios": an aside in parentheses names no one
				// a "he" or "she" after it goes on with, but a person.
				continue
			}
			if sn.sent < pastCredit && !sn.subject {
				continue
			}
			if sn.sent == sent && !sn.subject && a.t.invertedPron(tok) {
				// "La Société de transport de Montréal augmentera ses
				// tarifs, a-t-elle confirmé": a name inside the words
				// before the incise that is not their subject is what
				// they are about, not who speaks.
				continue
			}
			if gendered && !m.plural && sn.e.kind == kName && sn.e.gender == 0 && sn.end < len(a.t.toks) && a.t.toks[sn.end].kind == tWord && !a.t.toks[sn.end].cap && a.t.isTitleWord(sn.end) {
				continue // "the Apple engineer", "the Nolans singer": where the role is held, no "she"
			}
			if gendered && !m.plural && sn.sent < sent && a.reporterOfGender(sn, m.gender) {
				// "She often said that a professor had told her … . “…,”
				// she told an interviewer": one whose words another
				// reports, and of no gender told, is not who goes on;
				// the reporter, of the pronoun's gender, is.
				continue
			}
			if sn.sent < sent && len(a.sentCues[sn.sent]) == 0 && a.t.reportedSpeech(sn.sent) && a.t.subjunctiveNear(sn) {
				// Nor one named in indirect speech going on ("Nordwerk
				// habe zu lange gewartet. Sie rechnet damit, …"): talked
				// about, not the one who goes on.
				continue
			}
			if gendered && !m.plural && sn.subject && sn.e.kind == kName && a.t.pluralVerbAfter(sn) {
				continue // "NDR-Reporter konnten die Person ausfindig machen. … Er sagt …": many, not he
			}
			if sn.sent == sent && gendered && !m.plural && sn.subject && (a.t.body(sn.e) || sn.e.kind == kName && sn.e.class == "") && a.t.invertedPron(tok) && a.speakerOfGenderBefore(sent, m.gender) != nil {
				// "Le représentant de l'Agent judiciaire de l'État a
				// réclamé … . L'État « a été spolié », a-t-il soutenu":
				// the person who spoke just before goes on; the body
				// the words are about is not who speaks.
				continue
			}
			if gendered && !m.plural && sn.subject && sn.voice == m.gender {
				return sn.e // "A spokesman for the company said … “…,” he said": the company's
			}
			if pass < 0 && gendered && !m.plural && sn.subject && describedPerson(sn.e, m) && a.t.inRelativeAfter(sn, tok) {
				// "A witness, who asked not to be named because she
				// feared retaliation, told …": the one the clause
				// describes, not a woman named before.
				return sn.e
			}
			if english && m.plural && m.kind == kPron && sn.subject && sn.neutral && sn.sent == sent-1 && !passed {
				// "A spokesperson for Acme said … “…,” they said": the
				// spokesperson's "they", one person of no gender told,
				// speaks for Acme.
				return sn.e
			}
			if gendered && !m.plural && sn.subject && sn.neutral && sn.sent == sent-1 && !passed {
				return sn.e // "A spokesperson for Sheffield University said … He added that …": the university's
			}
			if pass < 0 && gendered && !m.plural && sn.subject && sn.article == m.gender && a.t.body(sn.e) && a.t.invertedPron(tok) {
				// "La SNCF supprimera 300 postes, a-t-elle annoncé", "Le
				// syndicat Unia lancera une grève, a-t-il indiqué": the
				// body that is the subject of the words before the
				// incise, whose article the pronoun agrees with.
				return sn.e
			}
			if m.plural && a.t.lx.Trait("pluralagreement") && !sn.e.plural && sn.e.kind == kDesc && a.titleHead(sn) {
				// "…, a assuré le ministre. Des économistes … restent
				// sceptiques. Pour eux, …": one person described by a
				// title is no "eux", though the title may speak for a
				// government.
				continue
			}
			if pass == 0 && sn.subject && !knownAsPerson(sn.e) {
				// "Me Karim Achoui a dénoncé … L'avocat général a
				// requis … « … », a-t-il martelé": the one described
				// last, not a person named before. (Not past another
				// subject: "…, s'étonne le magistrat. « … », plaide
				// l'imam. Il dit …" is not the magistrate's.)
				if !passed && a.describedSpeaker(sn, m) {
					return sn.e
				}
				passed = true
				continue
			}
			if pass < 2 && !sn.subject || pass == 0 && !knownAsPerson(sn.e) {
				continue
			}
			if english && gendered && !sn.subject && a.t.inDescribedSubject(sn) {
				// "The chief of staff to mayor Tracy Brabin resigned
				// after a newspaper reported he had …": the one
				// described, who has no name, not the name inside.
				return nil
			}
			if sexed && sn.e.kind == kName && !sn.subject {
				continue
			}
			if gendered && sn.e.kind == kName && sn.e.gender == 0 && sn.sent < sent && a.inWordsOfOther(sn) && a.t.quoteSpeaksOf(sent, tok, m.gender) {
				// A name of no known gender inside another's words,
				// and words that speak of one of the pronoun's gender:
				// "the airline said Capo was too big to fly. “We love
				// him …,” he said" is not the dog's.
				continue
			}
			if english && gendered && sn.e.kind == kName && sn.end-sn.tok == 1 && sn.tok == a.t.sents[sn.sent].body && !a.t.midCap[a.t.toks[sn.tok].b] && a.t.nonFinite(a.t.toks[sn.tok].l) {
				// "Outlining the cost of the repairs, he said …",
				// "Bringing down student debt has overshadowed … . …
				// when he took aim at …": a gerund the sentence's first
				// capital made a name is no one "he" stands for.
				continue
			}
			if english && gendered && sn.e.kind == kPerson && sn.e.gender == 0 && !sn.subject && !a.t.mayBeBody(sn) && !a.t.toks[sn.end-1].poss && !a.spoke(sn.e) {
				// "… sells to a bakery in Des Moines, and she says …": a
				// name of no gender told, seen only after a preposition
				// and never speaking, is a place more likely than her.
				continue
			}
			if (english || passed || a.t.lx.NounCaps) && gendered && sn.e.kind == kName && !sn.subject && !a.t.mayBeBody(sn) && !a.t.toks[sn.end-1].poss {
				// "The campaign moved to Ohio. Asked if she believed
				// …": an English "she" is no name seen only after a
				// preposition, unless as an owner ("the heart of
				// Sanders's critique"). (French "elle" may be a body's,
				// but not past a later subject: "… près de Pokrovsk, a
				// affirmé l'état-major. « … », a-t-il indiqué"; nor a German
				// "er", where any noun is capitalised: "bestätigte auf
				// Anfrage …, betonte er".)
				continue
			}
			if k := sn.tok - 1; gendered && sn.e.kind == kName && !sn.subject && sn.end-sn.tok == 1 && k >= 0 && a.t.toks[k].kind == tWord &&
				a.t.lx.Set("dative", a.t.toks[k].l) && !a.t.lx.Set("determiners", a.t.toks[k].l) && !a.t.mayBeBody(sn) {
				// "Le contrat a été signé mardi à Marseille. « … », a-t-il
				// souligné": a one-word name seen only after "à" is a
				// place, no one who speaks.
				continue
			}
			if gendered && !m.plural && sn.e.kind == kName && !sn.subject && a.t.bodyPlace(sn) {
				// "… sa mère enseigne à l'université de Nantes. « … »,
				// soupire-t-elle": where the body is, no one who speaks.
				continue
			}
			if m.plural && sn.e.kind == kCountry && !sn.subject && a.seatNamed(sn) {
				continue // "Two doctors flew to Berlin. They said …": a place, not who speaks
			}
			if !gendered && m.gender == 0 && sn.e.kind == kName && !sn.subject && !a.t.mayBeBody(sn) {
				// "Le conseil municipal de Lyon … Selon ses calculs, …":
				// a possessive's owner is no name seen only after a
				// preposition.
				continue
			}
			if english && m.plural && sn.sent < sent && !sn.subject && sn.e.kind != kDesc && (a.peopleSubjectOpens(sn.sent, sn.headword) || a.t.opensWithPronoun(sn.sent, m.head)) {
				// "Foreign policymakers assumed … and so they thought
				// opening China to trade would … . They were wrong. They
				// thought Russia would … . They thought …": the people
				// the sentences are about, not a name they mention.
				return nil
			}
			if english && m.plural && sn.sent < sent && a.peopleSubjectBetween(sn, sent) {
				// "Teachers said … . Nurses are angry. They said …": the
				// people a later sentence is about, whom no one
				// registered, not the group that spoke before; the one
				// group of people the sentence just before names, when it
				// names one only ("The blackouts left some of the
				// state's energy experts bewildered. They said …").
				if tok == a.t.sents[sent].body {
					if g := a.lonePeopleGroup(sent-1, para); g != nil {
						return g
					}
				}
				return nil
			}
			if english && m.plural && sn.e.kind == kDesc && sn.e.plural && unnamedSpeaker(sn.e.kind, sn.e.class) {
				// "… said the cuts came without warning. ¶ … They said
				// …": a plural noun of things, which speak not, is the
				// nearest; who they are the article does not say here.
				return nil
			}
			if m.plural && sn.subject && sn.e.kind == kDesc && !sn.e.plural && a.t.lx.Set("collective", sn.headword) {
				return sn.e // "His family described him as … They said: “…”": a noun of a group, singular
			}
			if m.plural && a.t.lx.Trait("pluralagreement") && !sn.e.plural && (sn.e.kind == kOrg || sn.e.kind == kName) && !a.t.pluralArticleName(sn.e) && !a.pluralName(sn.e.name) {
				// "… peut-on lire dans Le Parisien. ¶ Des chercheurs … .
				// Selon leur étude, …": a French "leur", "ils" is no one
				// body named in the singular (but "Les Républicains").
				continue
			}
			if compatible(m, sn.e) {
				if pass == 2 && gendered && r.rivalIn(m, sn) {
					return nil // "La ministre Claire Morin a rencontré la présidente, Anne Vidal. « … », a-t-elle reconnu": either
				}
				return sn.e
			}
			if gendered && pass == 1 && !passed && describedPerson(sn.e, m) && (sn.gender == 0 || sn.gender == m.gender) {
				// "A worker at the plant … told the Chronicle … . “…,” he
				// said.", "Le ministre … s'est dit choqué. Il a assuré …":
				// the subject last described as a person (of the
				// pronoun's gender when the noun tells one: "La
				// directrice d'une des écoles a appris … ¶ Il reconnaît
				// …" is not hers). (Not past
				// another subject: "…, s'étonne le magistrat. « … »,
				// plaide l'imam. Il dit …" is the imam's.)
				return sn.e
			}
			passed = passed || sn.subject
		}
	}
	if j := sent - 1; m.plural && a.t.lx.Trait("pluralagreement") && j >= 0 && !a.t.sents[j].furniture {
		// "Les enseignants mobilisés la vivent comme … . Pour eux, …":
		// the people the sentence before opens with, a description
		// no one registered as a speaker; or the bodies ("Les
		// syndicats ont quitté la réunion. Ils dénoncent …"); also
		// when that sentence closes the paragraph before ("Des
		// chercheurs ont étudié … ¶ Ils affirment …").
		if o := a.openingPhraseNP(j); o != nil && o.kind == kDesc && o.plural && (o.class == "people" || (o.class == "org" || o.class == "gov") && (o.gender == 0 || o.gender == m.gender)) {
			return a.descEntity(o, nil)
		}
	}
	if j := sent - 1; gendered && !m.plural && a.t.lx.Trait("pluralagreement") && (tok == a.t.sents[sent].body || a.t.invertedPron(tok) || tok > a.t.sents[sent].body && a.t.afterOpeningPhrase(&a.t.sents[sent]) == tok) && j >= 0 && a.t.sents[j].para == para && !a.t.sents[j].furniture {
		// "L'intersyndicale se réunira vendredi. Elle appelle à …": the
		// body the sentence before opens with, described, that no one
		// registered as a speaker; also in an incise ("« … »,
		// précise-t-elle") and after an opening phrase ("Dans ce
		// communiqué, elle précise …").
		if o := a.openingPhraseNP(j); o != nil && o.kind == kDesc && !o.plural && o.owner == nil && (o.class == "org" || o.class == "gov") && (o.gender == 0 || o.gender == m.gender) {
			return a.descEntity(o, nil)
		}
	}
	return nil
}

// titleHead reports whether seen sn is a description whose head is a
// title of the lexicon ("le ministre", "la porte-parole"): one person.
func (a *analysis) titleHead(sn seen) bool {
	_, ok := a.t.lx.Titles[lang.Lower(sn.headword)]
	return ok
}

// bodyPlace reports whether seen sn is a one-word name after a
// lower-case noun of a body ([set orgwords]) and "of" ("l'université de
// Nantes", "la mairie de Lyon"): the place where the body is.
func (t *text) bodyPlace(sn seen) bool {
	j := sn.tok
	if j < sn.end && t.toks[j].kind == tWord && !t.toks[j].cap && t.lx.Set("of", t.toks[j].l) {
		j++ // (the name's mention may hold the "de" before it)
	}
	if sn.end-j != 1 || j-2 < 0 || t.toks[j-1].kind != tWord || t.toks[j-1].cap || !t.lx.Set("of", t.toks[j-1].l) {
		return false
	}
	b := &t.toks[j-2]
	return b.kind == tWord && !b.cap && t.lx.Set("orgwords", b.b)
}

// openingWordOnly reports whether seen sn is a one-word name of no known
// gender and no kind that opens its sentence and that the article never
// capitalises inside one ("Support came from …", "Talks stalled"): a
// word its place alone capitalised, maybe no name.
func (a *analysis) openingWordOnly(sn seen) bool {
	t := a.t
	e := sn.e
	return e.kind == kName && e.gender == 0 && !e.personal && sn.end-sn.tok == 1 && sn.tok == t.sents[sn.sent].body &&
		!t.midCap[t.toks[sn.tok].b] && !lang.IsAcronym(t.toks[sn.tok].s) && t.entityKind(e) == "" &&
		!slices.ContainsFunc(e.names, func(n string) bool { return n != e.name })
}

// personAfter reports whether a person of the gender of pronoun m is
// named after seen sn in its sentence ("Support came from Mayor Ann
// Lee."); in a language that capitalises its nouns, also a person of no
// gender told ("Klar ist für Rabmer-Koller …").
func (a *analysis) personAfter(m *mention, sn seen) bool {
	for _, x := range a.reg.recent {
		if x.sent != sn.sent || x.tok <= sn.tok {
			continue
		}
		if (x.e.kind == kPerson || x.e.kind == kName && a.t.lx.NounCaps && !a.openingWordOnly(x)) && (x.e.gender == m.gender || x.e.gender == 0 && a.t.lx.NounCaps) && compatible(m, x.e) {
			return true
		}
	}
	return false
}

// pluralVerbAfter reports whether a plural finite verb follows the
// subject seen sn right after it, in a language that capitalises its
// nouns: "NDR-Reporter konnten …", "Die Ärzte sagten …".
func (t *text) pluralVerbAfter(sn seen) bool {
	lx := t.lx
	k := sn.end
	if !lx.NounCaps || k >= len(t.toks) || t.toks[k].sent != t.toks[sn.tok].sent || t.toks[k].kind != tWord || t.toks[k].cap || !t.endsIn("pluralverbendings", t.toks[k].l, 2) {
		return false
	}
	l := t.toks[k].l
	return lx.Set("pluralaux", l) || lx.Set("modal", l) || lx.Set("aux", l) || lx.Set("passive", l) || t.isVerb(k) && !lx.Set("adverbs", l)
}

// pairOpens returns the tokens [lo, hi) of the second of two names
// joined by a conjunction that open sentence sent, before token tok,
// right before a verb, an auxiliary, a modal or a negation ("Christie
// and Haley would not …"), or -1, -1.
func (t *text) pairOpens(sent, tok int) (int, int) {
	s := &t.sents[sent]
	k := s.body
	run := func(k int) int {
		j := k
		for j < tok && t.out(j) && t.toks[j].kind == tWord && t.toks[j].cap && t.isName(j) && !t.toks[j].poss {
			j++
		}
		return j
	}
	e1 := run(k)
	if e1 == k || e1 >= tok || !t.lx.Set("coord", t.toks[e1].l) {
		return -1, -1
	}
	e2 := run(e1 + 1)
	if e2 == e1+1 || e2 >= tok || t.toks[e2].kind != tWord {
		return -1, -1
	}
	if l := t.toks[e2].l; t.isVerb(e2) || t.lx.Set("aux", l) || t.lx.Set("modal", l) || t.lx.Set("negation", l) || t.lx.Set("passive", l) {
		return e1 + 1, e2
	}
	return -1, -1
}

// lonePeopleGroup returns the people described by the one plural noun
// of people outside quotations in sentence j of paragraph para ("some
// of the state's energy experts"), or nil when it names none, or
// several.
func (rs *resolver) lonePeopleGroup(j, para int) *entity {
	t := rs.t
	if j < 0 || t.sents[j].para != para || t.sents[j].furniture {
		return nil
	}
	s := &t.sents[j]
	at := -1
	for k := s.body; k < s.t1; k++ {
		if l := t.toks[k].l; t.out(k) && t.toks[k].kind == tWord && !t.toks[k].cap && t.lx.Speakers[l] == "people" && (t.lx.Set("plural", l) || t.lx.Set("pluralheads", l) || t.pluralForm(l)) {
			if at >= 0 {
				return nil
			}
			at = k
		}
	}
	if at < 0 {
		return nil
	}
	st := t.npLeft(at, s)
	if st < 0 {
		return nil
	}
	if g := rs.parseNP(st, at+1, 0); g != nil && g.kind == kDesc && g.plural && g.class == "people" {
		return rs.descEntity(g, nil)
	}
	return nil
}

// peopleSubjectOpens reports whether sentence j opens with a plural
// description of people of another head than head.
func (rs *resolver) peopleSubjectOpens(j int, head string) bool {
	o := rs.openingPhraseNP(j)
	return o != nil && o.kind == kDesc && (o.plural || rs.t.lx.Set("pluralheads", o.head)) && o.class == "people" && o.head != head
}

// peopleSubjectBetween reports whether a sentence after the one of sn
// and before sentence sent opens with a plural description of people
// of another head than sn's ("Nurses are angry.").
func (rs *resolver) peopleSubjectBetween(sn seen, sent int) bool {
	t := rs.t
	for j := sn.sent + 1; j < sent; j++ {
		if rs.peopleSubjectOpens(j, sn.headword) {
			return true
		}
	}
	// Or a plural noun of people anywhere in the sentence right before
	// ("The blackouts left some of the state's energy experts
	// bewildered. They said …").
	if j := sent - 1; j > sn.sent {
		s := &t.sents[j]
		for k := s.body; k < s.t1; k++ {
			if l := t.toks[k].l; t.out(k) && !t.toks[k].cap && l != sn.headword && t.lx.Speakers[l] == "people" && (t.lx.Set("plural", l) || t.lx.Set("pluralheads", l) || t.pluralForm(l)) {
				return true
			}
		}
	}
	return false
}

// speakerOfGenderBefore returns the one person who spoke, as the
// subject, in the sentence just before sent in its paragraph and is of
// gender g, or nil: "Le représentant de l'État a réclamé … . L'État « a
// été spolié », a-t-il soutenu" is the representative's, not the body
// the words are about.
func (a *analysis) speakerOfGenderBefore(sent int, g byte) *entity {
	j := sent - 1
	if j < 0 || a.t.sents[j].para != a.t.sents[sent].para {
		return nil
	}
	var p *entity
	for _, at := range a.bySent[j] {
		e := at.speaker
		if e == nil || e.gender != g && e.gender != 0 || !(knownAsPerson(e) || e.kind == kDesc && !e.plural && !a.t.body(e)) {
			continue
		}
		if p != nil && p != e {
			return nil
		}
		p = e
	}
	return p
}

// spoke reports whether entity e is the speaker of an attribution found
// so far.
func (a *analysis) spoke(e *entity) bool {
	for _, at := range a.atts {
		if at.speaker == e {
			return true
		}
	}
	return false
}

// titledSubjectBefore returns, for a gendered pronoun of one that opens its
// sentence or follows its verb in an incise ("« … », a-t-il martelé"),
// the person a definite description with a title names as the subject
// of the sentence just before in its paragraph, when that sentence
// reports nothing and no one in it was seen ("Le ministre de
// l'Intérieur s'est rendu sur place lundi. « … », a-t-il martelé": the
// minister, not the last speaker before him), and whether there was
// one.
func (a *analysis) titledSubjectBefore(m *mention, sent, tok int) (*entity, bool) {
	t := a.t
	j := sent - 1
	if j < 0 || m.plural || m.gender != 'm' && m.gender != 'f' || t.sents[j].para != t.sents[sent].para || len(a.bySent[j]) > 0 || a.t.sents[j].furniture {
		return nil, false
	}
	if !t.invertedPron(tok) && tok != t.sents[sent].body && !t.afterQuoteVerb(tok) {
		return nil, false
	}
	for sn := range a.reg.before(sent, 0, 1) {
		if sn.sent == j && !(t.lx.NounCaps && !sn.subject && (sn.e.kind == kName || sn.e.kind == kPerson) && t.afterPrep(sn)) {
			// (In German a name seen only after a preposition is no
			// subject "er" goes on with: "Der Bürgermeister traf sich
			// mit Peter Lenz. Er sagte …" is the mayor.)
			return nil, false
		}
	}
	s := &t.sents[j]
	end := t.npRight(s.body, s)
	for k := s.body + 1; k < end; k++ {
		if t.out(k) && t.lx.Set("copulas", t.toks[k].l) {
			end = k // "La ministre reste évasive.": the verb of a state ends the subject
			break
		}
	}
	for end > s.body+1 && (t.lx.Set("refl", t.toks[end-1].l) || t.lx.Set("clitics", t.toks[end-1].l)) {
		end-- // ("Le ministre s'est rendu …")
	}
	if end <= s.body || end >= s.t1 || !t.out(end) || t.toks[end].kind != tWord {
		return nil, false
	}
	d := a.parseNP(s.body, end, 0)
	if d == nil || d.kind != kDesc || d.plural || d.headTok < 0 || d.gender != 0 && d.gender != m.gender {
		return nil, false
	}
	// "La ministre reste évasive.", and one person described with the
	// indefinite article ("Un habitant s'est souvenu du surnom. « … »,
	// a-t-il lâché", "A neighbour remembered …"): the one the pronoun
	// stands for, not a person named before.
	if !(d.definite && t.isTitleWord(d.headTok) || t.indefinite(d) && (t.isTitleWord(d.headTok) || t.lx.Speakers[t.toks[d.headTok].b] == "people")) {
		return nil, false
	}
	if l := t.toks[end].l; !t.lx.Set("aux", l) && !t.lx.Set("refl", l) && !t.lx.Set("clitics", l) && !t.lx.Set("passive", l) && !t.lx.Set("copulas", l) && !t.isVerb(end) &&
		!(t.lx.VerbSecond && !t.toks[end].cap && !t.function(l)) {
		// (In a language with the verb second, the word in lower case
		// after the opening phrase is its verb: "Der Bürgermeister
		// traf sich …".)
		return nil, false // (the phrase is the sentence's subject)
	}
	return a.entityOf(d), true
}

// knownGenderOverSubject returns, for a "he" or "she" opening its
// sentence's main clause, the one person of the pronoun's gender named in the sentence
// just before (same or previous paragraph) when that sentence's subject
// is a person whose gender is not told, and it reports no words: "Jean
// Dupont a rencontré Marie Martin lundi. Elle a ensuite affirmé …" is
// Marie Martin, not Jean, a name given to both. So is the pronoun
// inverted after a quotation that opens its sentence ("Claude Petit a
// interviewé Julie Moreau. « … », a-t-elle confié."). Else nil.
func (a *analysis) knownGenderOverSubject(m *mention, sent, tok int) *entity {
	t := a.t
	if opens, _ := a.opensMainClause(sent, tok); m.plural || m.gender != 'm' && m.gender != 'f' || sent == 0 || !opens && !t.quoteThenInverted(sent, tok) || t.toks[tok].q >= 0 ||
		t.sents[sent].para-t.sents[sent-1].para > 1 || len(a.bySent[sent-1]) > 0 || len(a.sentCues[sent-1]) > 0 {
		return nil // (not after a sentence that reports words: its speaker goes on)
	}
	var subj, match *entity
	for i := len(a.reg.recent) - 1; i >= 0; i-- {
		sn := a.reg.recent[i]
		if sn.sent >= sent {
			continue
		}
		if sn.sent < sent-1 {
			break
		}
		if sn.e.kind != kPerson || sn.e.plural {
			continue
		}
		switch {
		case sn.subject && sn.e.gender == 0:
			subj = sn.e
		case sn.e.gender == m.gender && (match == nil || match == sn.e):
			match = sn.e
		case sn.e.gender == m.gender:
			return nil // two of the gender: no choice here
		}
	}
	if subj == nil || match == nil || subj == match {
		return nil
	}
	return match
}

// afterQuoteVerb reports whether token k, a pronoun, is the subject of
// the attribution right after a quotation that opens its sentence, before
// or after the verb: "“…,” he said", "« … », a-t-il lâché", and in a
// verb-second language "„…“, sagte er".
func (t *text) afterQuoteVerb(k int) bool {
	sent := int(t.toks[k].sent)
	if t.quoteThenPronoun(sent, k) || t.quoteThenInverted(sent, k) {
		return true
	}
	s := &t.sents[sent]
	j := k - 1
	if !t.lx.VerbSecond || j-1 <= s.body || t.toks[k].q >= 0 || !t.isVerb(j) || !t.out(j) {
		return false
	}
	if j--; t.toks[j].s == "," {
		j--
	}
	return j > s.body && t.toks[j].kind == tQClose && t.toks[s.body].kind == tQOpen && t.toks[j].q == t.toks[s.body].q
}

// quotedOnly reports whether every word of sentence i is inside a
// quotation.
func (t *text) quotedOnly(i int) bool {
	s := &t.sents[i]
	words := false
	for k := s.t0; k < s.t1; k++ {
		if t.toks[k].kind == tWord {
			if t.toks[k].q < 0 {
				return false
			}
			words = true
		}
	}
	return words
}

// describedSpeaker reports whether the subject seen sn is one person
// described without a name whom the gendered pronoun m may stand for: by
// a role of its gender ("l'avocat général"), or one who spoke in that
// sentence and whose article does not tell another gender ("…, a ajouté
// un ténor de la droite", "…, plaide l'imam"; "elle" only for one whose
// article says so).
func (a *analysis) describedSpeaker(sn seen, m *mention) bool {
	e := sn.e
	// (Also one official of a government, described by the title
	// that ends the phrase: "A health official said … . He said …".)
	titled := e.class == "gov" && sn.end > sn.tok && a.t.isTitleWord(sn.end-1)
	if e.kind != kDesc || e.plural || a.t.body(e) && !titled {
		return false
	}
	if sn.gender == m.gender && describedPerson(e, m) {
		return true
	}
	// (An English article tells no gender: "A juror … said … . “…,”
	// she said" is the juror's, as "he" would be.)
	genderless := a.t.lx.Trait("genderlessarticles") && m.gender == 'f'
	if sn.gender != 0 || e.class != "" && e.class != "people" && e.class != "unknown" && !titled || !(sn.article == m.gender || sn.article == 0 && (m.gender == 'm' || genderless)) {
		return false
	}
	for _, at := range a.bySent[sn.sent] {
		// (Through a verb it is the subject of, not "selon X": "Selon
		// l'ordonnance de renvoi, …" names a document.)
		if at.speaker == e && (strings.HasPrefix(at.how, "after") || strings.HasPrefix(at.how, "left") || at.how == "gerund") {
			return true
		}
	}
	return false
}

// bodyBefore looks back from a gendered pronoun at token tok of sentence
// sent for a body, the subject of a sentence before, whose article has
// the pronoun's gender, with no person the pronoun may stand for named
// after it: "La direction de la SNCF a démenti … Elle a reconnu …". It
// returns that body when it is the subject of the sentence just before
// in the same paragraph, else nil, and whether it found one: a person
// named before the body is not who the pronoun stands for.
func (rs *resolver) bodyBefore(m *mention, sent, tok int) (*entity, bool) {
	// (Not where subjects are left out: Spanish "ella", Portuguese "ela"
	// written out mostly stand for a person.)
	if m.plural || m.gender != 'm' && m.gender != 'f' || rs.t.lx.ProDrop {
		return nil, false
	}
	para := rs.t.sents[sent].para
	for sn := range rs.reg.before(sent, tok, 2) {
		if sn.para < para-1 {
			break
		}
		if sn.e.kind == kName && !sn.subject && rs.insideBody(sn) {
			continue // "La préfecture de la Gironde": a name inside the body's, no one else
		}
		if sn.e.kind == kPerson || sn.e.kind == kName || sn.voice != 0 || describedPerson(sn.e, m) {
			if compatible(m, sn.e) || sn.voice == m.gender || describedPerson(sn.e, m) {
				return nil, false // a person after the body: the usual search
			}
			continue
		}
		if sn.subject && sn.sent < sent && sn.article == m.gender && rs.t.body(sn.e) {
			if sn.sent == sent-1 && sn.para == para {
				return sn.e, true
			}
			return nil, true
		}
	}
	return nil, false
}

// insideBody reports whether the mention seen sn lies inside the
// mention of a body that is its sentence's subject ("La préfecture de
// la Gironde", "Le ministère de la Santé": the place or the portfolio
// in the body's name).
func (rs *resolver) insideBody(sn seen) bool {
	for _, o := range rs.reg.recent {
		if o.sent == sn.sent && o.subject && o.e != sn.e && o.tok < sn.tok && sn.end <= o.end && rs.t.body(o.e) {
			return true
		}
	}
	return false
}

// body reports whether entity e is a body, never a person: an
// organisation, a government, a document or a description of one.
func (t *text) body(e *entity) bool {
	switch e.kind {
	case kOrg, kCountry, kDoc:
		return true
	case kDesc:
		return !e.plural && (e.class == "org" || e.class == "gov" || e.class == "media" || e.class == "doc")
	}
	return false
}

// rivalIn reports whether another person that pronoun m may stand for is
// named in the sentence of the mention seen sn, neither of them as a
// speaker.
func (r *registry) rivalIn(m *mention, sn seen) bool {
	for _, o := range r.recent {
		if o.sent == sn.sent && o.e != sn.e && o.e.kind == kPerson && sn.e.kind == kPerson && !o.subject && compatible(m, o.e) {
			return true
		}
	}
	return false
}

// inDescribedSubject reports whether a name seen is the complement of a
// preposition inside the description that opens its sentence: a phrase
// that starts with a determiner and holds the name after a preposition,
// with no verb or comma before it.
func (t *text) inDescribedSubject(sn seen) bool {
	lx := t.lx
	s := &t.sents[sn.sent]
	if sn.tok <= s.body || !lx.Set("determiners", t.toks[s.body].l) || lx.Set("possessive", t.toks[s.body].l) {
		return false
	}
	prep := false
	for k := s.body + 1; k < sn.tok; k++ {
		if !t.out(k) || t.toks[k].kind != tWord || t.isVerb(k) {
			return false
		}
		prep = prep || lx.Set("prep", t.toks[k].l) || lx.Set("of", t.toks[k].l)
	}
	return prep
}

// knownAsPerson reports whether an entity is known to be a person: named
// as one, or a one-word name described as one ("Her husband, Simon, …").
func knownAsPerson(e *entity) bool {
	return e.kind == kPerson || e.kind == kName && (e.class == "people" || e.personal) && !e.plural
}

// thingOnlyObject reports whether e is a thing described with no name,
// of no class of speakers, seen only as an object or after a preposition,
// never as a subject nor by a title's word ("erklärt die Lage", "in ihrer
// Sprechweise").
func (a *analysis) thingOnlyObject(e *entity) bool {
	if e.kind != kDesc || e.class != "" && e.class != "unknown" || e.plural || e.personal {
		return false
	}
	for _, sn := range a.reg.recent {
		if sn.e != e {
			continue
		}
		h := lang.Lower(sn.headword)
		if sn.subject && !a.t.afterPrep(sn) || h == "" {
			return false // (a subject after a preposition is misread: "was sich in ihrer Sprechweise zeigt")
		}
		if _, ok := a.t.lx.Titles[h]; ok || a.t.endsIn("titlesuffix", h, 2) {
			return false
		}
	}
	return true
}

// describedPerson reports whether e is one person described without a
// name ("a worker at the plant", "the spokeswoman") whom the gendered
// pronoun m may stand for.
func describedPerson(e *entity, m *mention) bool {
	return e.kind == kDesc && !e.plural && (e.class == "people" || e.class == "spokes") && (e.gender == 0 || e.gender == m.gender)
}

// seatNamed reports whether a country was mentioned by its capital or
// seat ("Berlin", "the Kremlin").
func (rs *resolver) seatNamed(sn seen) bool {
	f, n := rs.gaz.match(rs.t.toks, sn.tok, sn.end)
	return n > 0 && f.kind == formSeat
}

// resolveLatter returns the one "ce dernier" (or "ces derniers") refers
// to: the last person (or group) named before it, in its sentence or
// the one before, whether subject or not; nil when that one is not a
// possible speaker.
func (rs *resolver) resolveLatter(m *mention, sent, tok int) *entity {
	var body *seen
	things := false // things named after the one sought
	for sn := range rs.reg.before(sent, tok, 1) {
		person := sn.e.kind == kPerson && compatible(m, sn.e) || describedPerson(sn.e, m)
		if !person && unnamedSpeaker(sn.e.kind, sn.e.class) && !sn.subject && body == nil {
			things = true
			continue // "… ha calificado el acuerdo de traición. Este último …": a thing named last speaks no words
		}
		if !person && !m.plural && body == nil && !sn.subject && (m.gender == 'm' || m.gender == 'f') &&
			(sn.e.plural || sn.article != 0 && sn.article != m.gender || sn.gender != 0 && sn.gender != m.gender || rs.t.placeAfterPrep(&sn)) {
			// "Paul Roux enseigne à l'université de Lyon. Ce dernier …":
			// a body or thing of another gender or number named after
			// the subject is no antecedent of the demonstrative, which
			// agrees with it; nor is a place named after a preposition.
			things = true
			continue
		}
		if things && person && sn.subject && body == nil && !m.plural {
			return sn.e // the subject that named only things after it: the last one named who may speak
		}
		if body == nil && !m.plural && rs.t.body(sn.e) && !sn.subject && rs.t.namedLast(sn, sent, tok) && rs.t.orgComplement(sn) {
			// "… les propos de Jaroslav Faltýnek quant à sa
			// vice-présidence du parti ANO. Ce dernier …": a body named
			// only in a complement after the person, no verb between.
			b := sn
			body = &b
			continue
		}
		if body != nil {
			if !person || sn.sent != body.sent || !rs.t.noVerbBetween(sn.end, body.tok) {
				return nil
			}
			return sn.e
		}
		if !m.plural && !person || m.plural && !compatible(m, sn.e) || !rs.t.namedLast(sn, sent, tok) && !(person && sn.subject && !m.plural && rs.t.onlyUnlikeAfter(sn, sent, tok, m.gender)) {
			return nil // (a person, also one only described: "selon le ministre de l'Intérieur. Celui-ci …")
		}
		return sn.e
	}
	return nil
}

// onlyUnlikeAfter reports whether every phrase after the subject seen sn
// up to token tok of sentence sent (or the end of sn's sentence) opens
// with a determiner of [set latterplural], or of the other gender's set
// of [set lattermasculine] and [set latterfeminine] than gender: things
// named after the subject that a "ce dernier" or "celle-ci" of gender
// cannot stand for ("Paul Roux a reçu les commerçants. Ce dernier …",
// "Paul Roux a visité la nouvelle usine. Ce dernier …" are his). Any
// other determiner, a name, or a quotation between, and it is false
// ("… a visité le chantier. Ce dernier …" may be the building site).
func (t *text) onlyUnlikeAfter(sn seen, sent, tok int, gender byte) bool {
	if gender != 'm' && gender != 'f' || len(t.lx.Sets["latterplural"]) == 0 {
		return false
	}
	other := "latterfeminine"
	if gender == 'f' {
		other = "lattermasculine"
	}
	bound := tok
	if sn.sent != sent {
		bound = t.sents[sn.sent].t1
	}
	for k := sn.end; k < bound; k++ {
		tk := &t.toks[k]
		switch {
		case tk.kind == tQOpen || tk.kind == tQClose || tk.q >= 0:
			return false
		case tk.kind != tWord:
		case tk.cap:
			return false
		case t.lx.Set("latterplural", tk.l) || t.lx.Set(other, tk.l):
		case t.lx.Set("determiners", tk.l) || t.lx.Pronouns[tk.l].Gender != 0:
			return false
		}
	}
	return true
}

// orgComplement reports whether the body seen sn is named after a
// preposition of "of" and a lower-case organisation word ("du parti
// ANO", "de l'association Pro Natura").
func (t *text) orgComplement(sn seen) bool {
	k := sn.tok
	if k-2 < t.sents[sn.sent].body || t.toks[k-1].cap || !t.lx.Set("orgwords", t.toks[k-1].b) {
		return false
	}
	j := k - 2
	if t.lx.Set("definite", t.toks[j].l) && j-1 >= t.sents[sn.sent].body {
		j--
	}
	return t.lx.Set("of", t.toks[j].l)
}

// noVerbBetween reports whether no verb, auxiliary, quotation or comma
// stands between tokens lo and hi.
func (t *text) noVerbBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind == tQOpen || tk.kind == tQClose || tk.q >= 0 || tk.s == "," || tk.kind == tWord && (t.isVerb(k) || t.lx.Set("aux", tk.l)) {
			return false
		}
	}
	return true
}

// namedLast reports whether nothing but time words, adverbs, punctuation
// and an appositive without a verb ("Jean Morel, préfet du Rhône.")
// follows the mention sn up to token tok of sentence sent: no other thing
// named since ("a visité le chantier du pont. Ce dernier" is the bridge).
func (t *text) namedLast(sn seen, sent, tok int) bool {
	bound := tok
	if sn.sent != sent {
		bound = t.sents[sn.sent].t1
	}
	appos := false
	for k := sn.end; k < bound; k++ {
		tk := &t.toks[k]
		switch {
		case tk.kind == tQOpen || tk.kind == tQClose || tk.q >= 0:
			return false
		case tk.s == "," && k == sn.end:
			appos = true
		case tk.kind != tWord:
		case isTimeWord(t.lx, tk.l) || t.lx.Set("adverbs", tk.l):
		case appos && !t.isVerb(k) && !t.lx.Set("aux", tk.l) && !t.lx.Set("passive", tk.l):
		default:
			return false
		}
	}
	return true
}

// opensWithPronoun reports whether sentence i opens, outside quotations,
// with the pronoun whose lower-case form is l.
func (t *text) opensWithPronoun(i int, l string) bool {
	k := t.sents[i].body
	return k < t.sents[i].t1 && t.toks[k].kind == tWord && t.out(k) && t.toks[k].l == l
}

// singularVerbAfter reports whether the word right after token k, or
// right before it when k closes its clause ("sagt sie"), is a verb in the
// singular, in a language that capitalises nouns: "Sie kann", "sagt sie"
// (not "Sie können", "sagten sie").
func (t *text) singularVerbAfter(k int) bool {
	for _, v := range []int{k + 1, k - 1} {
		if v < 0 || v >= len(t.toks) || t.toks[v].sent != t.toks[k].sent || t.toks[v].kind != tWord || t.toks[v].cap {
			continue
		}
		l := t.toks[v].l
		if !t.isVerb(v) && !t.lx.Set("aux", l) && !t.lx.Set("modal", l) && !t.lx.Set("passive", l) {
			continue
		}
		return !t.endsIn("pluralverbendings", l, 2) && !t.lx.Set("pluralaux", l) && l != "sind"
	}
	return false
}

// compatible reports whether a pronoun can refer to an entity: a
// singular person pronoun to a person of no other gender, a plural one
// to a group, a body or a country, a neuter one to a body or country.
func compatible(m *mention, e *entity) bool {
	person := e.kind == kPerson || e.kind == kName
	switch {
	case m.plural && e.kind == kPerson:
		return e.plural // (a person is no "they", whatever body their name also names: "Michael R. Bloomberg")
	case m.plural:
		return e.plural || e.kind == kOrg || e.kind == kCountry || e.class == "gov" || e.class == "org" || e.class == "media"
	case m.gender == 'n':
		return !person && !e.plural
	case m.gender == 'm' || m.gender == 'f':
		if person {
			return !e.plural && (e.gender == 0 || e.gender == m.gender)
		}
		// French "il"/"elle", Spanish "él"/"ella": also a body.
		return false
	default: // "sie", "they" used of one
		return !e.plural || person
	}
}

// possessiveSource reports whether mention m ends with a possessive
// right before the word that closes an "according to" pattern ("In
// Harold Smith's words, …", "In the CBI's view, …"): its owner is the
// source.
func (t *text) possessiveSource(m *mention) bool {
	if m.t1 <= m.t0 || m.t1 >= len(t.toks) || !t.toks[m.t1-1].poss {
		return false
	}
	for _, p := range t.lx.According {
		if len(p.After) > 0 && p.After[0] == t.toks[m.t1].l {
			return true
		}
	}
	return false
}

// describe copies what a mention says about an entity onto it.
func (a *analysis) describe(e *entity, m *mention, sent, tok int) {
	if m.country != nil && e.country == nil {
		e.country = m.country
	}
	if m.nonGov {
		e.nonGov = true
	}
	if m.gov && !m.nonGov && !e.nonGov {
		e.gov = true
	}
	if m.gender != 0 && e.gender == 0 {
		e.gender = m.gender
	}
	if m.title != "" && m.name != "" && e.kind == kPerson {
		e.addName(m.title + " " + m.name)
		if m.owner != nil && m.owner.name != "" {
			// "Arsenal manager Mikel Arteta": "the Arsenal manager"
			// later is him (ownedTitle).
			e.roles = appendName(e.roles, m.owner.name+" "+m.title)
		}
	}
	if m.class != "" && e.class == "" {
		e.class = m.class
	}
	if m.trade != "" && e.trade == "" {
		e.trade = m.trade
	}
	if a.t.mediaName(m) {
		e.class = "media"
	}
	if e.speaksFor == nil && m.spokes && m.owner == nil && e.kind == kPerson {
		// "A company spokesman, John Reed, said", "Shu Jueting, a
		// ministry spokeswoman": he speaks for the body it tells.
		if o := a.spokesBody(m, sent, tok); o != nil && o != e && !unnamedSpeaker(o.kind, o.class) {
			e.speaksFor = o
		}
	}
	if e.speaksFor == nil && (m.spokes || m.lead) && m.owner != nil && !m.past {
		// (Not a post no longer held: "former Metro Park executive
		// Daniel Russo" testifies for himself.)
		// (Not a thing described: "the fine was too small. Its director
		// of policy, …" is no fine's.)
		// (Nor the state itself: "o presidente da República, Marcelo
		// Rebelo de Sousa" speaks for no party "República".)
		// (Nor a body only described that the article has not spoken
		// of before: "The agency's director-general, Tedros …" speaks
		// for no party "Agency".)
		// (Nor a portfolio the person heads: "El gerente regional de
		// Salud, Óscar Tupayachi" speaks for no party "Salud"; "El
		// portavoz de Sanidad" does, for the ministry so named.)
		if o := a.resolve(m.owner, sent, tok); o != nil && o != e && (m.spokes || o.kind != kPerson) && !unnamedSpeaker(o.kind, o.class) && !(o.kind == kDesc && o.generic && !a.reg.seen(o)) &&
			!a.t.lx.Set("statenames", lang.Lower(o.name)) && (m.spokes || !a.t.lx.Set("portfolios", lang.Lower(o.name))) {
			e.speaksFor = o
		}
	}
}

// inReported reports whether token tok of sentence sent (a mention's
// last) lies in the words
// an attribution of that sentence reports (known once the sentence has
// been attributed).
func (a *analysis) inReported(sent, tok int) bool {
	if sent >= len(a.bySent) || tok >= len(a.t.toks) {
		return false
	}
	off := a.t.toks[tok].start
	for _, at := range a.bySent[sent] {
		if covers(at, off) {
			return true
		}
	}
	return false
}

// touch records that e was mentioned by m in sentence sent.
func (rs *resolver) touch(e *entity, sent int, m *mention, subject bool) {
	if e == nil {
		return
	}
	e.lastSent, e.lastTok = sent, m.t0
	sn := seen{e: e, sent: sent, tok: m.t0, end: m.t1, para: rs.t.sents[sent].para, subject: subject, headword: m.head, gender: m.gender, appos: rs.t.apposHead(m.t1, sent)}
	if (m.spokes || m.kind == kDesc && m.headTok >= 0 && rs.t.isTitleWord(m.headTok)) && !m.plural && e.kind != kPerson &&
		(e.kind != kDesc || rs.t.lx.NounCaps && m.spokes && e.name != m.name && lang.Fold(e.name) != lang.Fold(stripDet(rs.t.lx, m.surface))) {
		// (In German a body named by a noun is a description: "ein
		// Sprecher des Ministeriums", "ein Bahnsprecher" are its voice.)
		// (Also one whose title makes a body's or a government's voice:
		// "L'avocat général a requis … « … », a-t-il martelé".)
		sn.voice = m.gender
		sn.neutral = m.spokes && m.gender == 0
	}
	if tk := &rs.t.toks[m.t0]; tk.kind == tWord && !m.plural {
		switch {
		case rs.t.lx.Set("masculine", tk.l):
			sn.article = 'm'
		case rs.t.lx.Set("feminine", tk.l):
			sn.article = 'f'
		}
	}
	if sn.article == 0 && e.kind == kOrg && !m.plural {
		sn.article = rs.t.orgNounGender(m.t0, sent)
	}
	if sn.article == 0 && subject && rs.t.openingAcronym(sent, m) {
		// "La Société de transport de Montréal (STM)": the article of
		// the phrase the short name stands for.
		switch b := rs.t.toks[rs.t.sents[sent].body].l; {
		case rs.t.lx.Set("masculine", b):
			sn.article = 'm'
		case rs.t.lx.Set("feminine", b):
			sn.article = 'f'
		}
	}
	rs.reg.recent = append(rs.reg.recent, sn)
}

// orgNounGender returns the gender of the lower-case organisation word
// right before a body's name that starts at token k, by its article ("la
// société Vantor", "le syndicat Unia") or, after an elided article, by
// the lexicon ("l'association Pro Natura"), or 0.
func (t *text) orgNounGender(k, sent int) byte {
	s := &t.sents[sent]
	// "l'Académie suisse des sciences naturelles": the body's own first
	// word, after an elided article, tells its gender.
	if k < s.t1 && t.toks[k].kind == tWord && t.lx.Elisions[t.toks[k].l] {
		k++
	}
	if k < s.t1 && k-1 >= s.body && t.toks[k].cap && t.lx.Elisions[t.toks[k-1].l] {
		switch w := strings.ToLower(t.toks[k].b); {
		case t.lx.Set("masculinenouns", w):
			return 'm'
		case t.lx.Set("femininenouns", w):
			return 'f'
		}
	}
	if k-2 < s.body || t.toks[k-1].kind != tWord || t.toks[k-1].cap || !t.lx.Set("orgwords", t.toks[k-1].b) {
		return 0
	}
	d, w := t.toks[k-2].l, t.toks[k-1].b
	switch {
	case t.lx.Set("masculine", d) || t.lx.Elisions[d] && t.lx.Set("masculinenouns", w):
		return 'm'
	case t.lx.Set("feminine", d) || t.lx.Elisions[d] && t.lx.Set("femininenouns", w):
		return 'f'
	}
	return 0
}

// trimOrgWord drops a trailing organisation word from a name ("ABS-CBN
// Corporation" → "ABS-CBN").
func trimOrgWord(lx *lang.Lexicon, name string) string {
	ws := strings.Fields(name)
	if len(ws) >= 2 && lx.Set("orgwords", lang.Lower(ws[len(ws)-1])) {
		return strings.Join(ws[:len(ws)-1], " ")
	}
	return name
}

// dropTitleArticle returns name without the article of [set
// titlearticles] that opens it before a capitalised word ("Le Parisien":
// "Parisien"), or name.
func dropTitleArticle(lx *lang.Lexicon, name string) string {
	w, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || !lx.Set("titlearticles", lang.Lower(w)) || lang.Lower(string(firstRune(rest))) == string(firstRune(rest)) {
		return name
	}
	return rest
}

// stripDet removes leading determiners from a phrase.
func stripDet(lx *lang.Lexicon, s string) string {
	// An elided article: "l'opposition".
	if i := strings.IndexAny(s, "'’"); i > 0 && i <= 3 {
		_, n := utf8.DecodeRuneInString(s[i:])
		if lx.Elisions[lang.Lower(s[:i+n])] && lx.Set("determiners", lang.Lower(s[:i+n])) && i+n < len(s) {
			s = s[i+n:]
		}
	}
	for {
		w, rest, ok := strings.Cut(s, " ")
		if !ok || !lx.Set("determiners", lang.Lower(w)) || lx.Set("quantifiers", lang.Lower(w)) {
			return s
		}
		s = rest
	}
}

func lastWord(s string) string {
	ws := strings.Fields(lang.Lower(s))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// mediaName reports whether m names a news medium ("The Guardian",
// "Fox News").
func (t *text) mediaName(m *mention) bool {
	return m.name != "" && (t.lx.Set("mediawords", lastWord(m.name)) || t.lx.Set("newsnames", lang.Fold(m.name)))
}

// commonNoun reports whether a lower-case word is a noun the lexicon
// knows as a speaker, a body or a document, not a name ("Konzern" in
// "Konzern-Sprecher").
func (t *text) commonNoun(w string) bool {
	lx := t.lx
	_, title := lx.Titles[w]
	return title || lx.Speakers[w] != "" || t.kindOf(w) != "" || lx.Set("orgwords", w) || lx.Set("govwords", w) || lx.Set("docnouns", w) ||
		lx.Set("spokesbodies", w) || lx.Set("anaphoric", w)
}

// reporterOfGender reports whether the subject seen sn, of no gender
// known, speaks in its sentence only inside the words of a reporter
// seen there as a subject of gender g ("She often said that a professor
// had told her …": the professor, reported by her).
func (a *analysis) reporterOfGender(sn seen, g byte) bool {
	if !sn.subject || sn.gender != 0 || sn.e.gender != 0 {
		return false
	}
	var via *entity
	for _, at := range a.bySent[sn.sent] {
		if at.speaker != sn.e {
			continue
		}
		if !strings.HasPrefix(at.how, "nested") || at.via == nil {
			return false
		}
		via = at.via
	}
	if via == nil {
		return false
	}
	for _, o := range a.reg.recent {
		if o.sent == sn.sent && o.e == via && o.subject && o.gender == g {
			return true
		}
	}
	return false
}

// pastNoOne widens the window from, minPara of a pronoun in sentence sent
// past up to three sentences just before it that are quoted only,
// furniture, or the writer's words that report nothing and name only
// bodies and places, with no pronoun of a person: to the sentence before
// them.
func (a *analysis) pastNoOne(sent, from, minPara int) (int, int) {
	j, n := sent-1, 0
	for ; j > 0 && n < 3; j, n = j-1, n+1 {
		if !a.t.quotedOnly(j) && !a.t.inCaption(j) && !a.namesNoOne(j) {
			break
		}
	}
	if n == 0 || j <= 0 {
		return from, minPara
	}
	return min(from, j), min(minPara, a.t.sents[j].para)
}

// opensAfterPhrase reports whether token tok of sentence sent comes right
// after the phrase or clause that opens it, set off by a comma ("When
// asked about the delay, he added: …", "Speaking to reporters, she
// said …").
func (t *text) opensAfterPhrase(sent, tok int) bool {
	s := &t.sents[sent]
	return tok > s.body && (t.afterOpeningPhrase(s) == tok || t.openingClauseEnd(s) == tok)
}

// passesWide reports whether seen sn, named in the sentences a "he" or
// "she" reached without going on along its chain, may be passed on the
// way further back: a country, a document, many, or a person of the
// other gender, or a name seen only after a preposition (a place: "a
// shop in Leeds"); no one else who might be the one meant.
func (a *analysis) passesWide(sn seen, m *mention) bool {
	e := sn.e
	switch {
	case e.kind == kCountry || e.kind == kDoc || e.kind == kNone || e.kind == kPron || e.plural:
		return true
	case e.kind == kPerson && e.gender != 0 && e.gender != m.gender:
		return true
	case e.kind == kName && !sn.subject && !a.t.mayBeBody(sn) && !a.t.toks[sn.end-1].poss:
		return true
	}
	return false
}

// pronounAfterOpening reports whether the word of lemma l comes right
// after the phrase, clause or one word (no name) set off by a comma that
// opens sentence j ("Nonetheless, he sought …", "When the vote came, she
// …").
func (t *text) pronounAfterOpening(j int, l string) bool {
	s := &t.sents[j]
	ks := []int{t.afterOpeningPhrase(s), t.openingClauseEnd(s)}
	if s.body+2 < s.t1 && t.toks[s.body].kind == tWord && t.toks[s.body].q < 0 && !t.isName(s.body) && t.toks[s.body+1].s == "," {
		ks = append(ks, s.body+2)
	}
	for _, k := range ks {
		if k > s.body && k < s.t1 && t.toks[k].kind == tWord && t.out(k) && t.toks[k].l == l {
			return true
		}
	}
	return false
}

// participlePhraseBefore returns the comma that ends the phrase of a
// participle opening sentence sent right before the token tok, or -1: a
// participle by its ending ([set participleendings], [set
// nonfiniteendings]) or by the agent's preposition ([set by]) right after
// it ("Surpris par …,", "Surprised by …,", "Sorprendido por …,"), its
// phrase of up to 14 words with no quotation or finite verb inside.
func (t *text) participlePhraseBefore(sent, tok int) int {
	s := &t.sents[sent]
	w := &t.toks[s.body]
	if tok <= s.body+2 || tok >= s.t1 || t.toks[tok-1].s != "," || w.kind != tWord || w.q >= 0 || t.toks[s.body+1].kind != tWord {
		return -1
	}
	if t.lx.Set("prep", w.l) || t.lx.Set("coord", w.l) || t.lx.Set("subord", w.l) {
		return -1
	}
	if !t.endsIn("participleendings", w.l, 2) && !t.nonFinite(w.l) && (t.isVerb(s.body) || !t.lx.Set("by", t.toks[s.body+1].l)) {
		return -1
	}
	for k := s.body + 1; k < tok-1; k++ {
		if k > s.body+14 || t.toks[k].q >= 0 || t.toks[k].s == "," || t.isVerb(k) {
			return -1
		}
	}
	return tok - 1
}

// pronounOpensReport reports whether the pronoun at token tok opens
// sentence sent (or follows its opening conjunction) as the subject of a
// reporting verb right after it ("She said the money …", "But he added
// …").
func (t *text) pronounOpensReport(sent, tok int) bool {
	s := &t.sents[sent]
	if tok+1 >= s.t1 || t.toks[tok].q >= 0 || tok != s.body && !(tok == s.body+1 && t.lx.Set("coord", t.toks[s.body].l)) {
		return false
	}
	_, rep := t.lx.Verbs[t.toks[tok+1].l]
	return rep && t.out(tok+1)
}

// pluralAuxAfter reports whether a plural verb ([set pluralaux]) follows
// the subject seen sn right after it ("Rents are …").
func (t *text) pluralAuxAfter(sn seen) bool {
	k := sn.end
	return k < len(t.toks) && t.toks[k].sent == t.toks[sn.tok].sent && t.toks[k].kind == tWord && !t.toks[k].cap && t.lx.Set("pluralaux", t.toks[k].l)
}

// pluralSubjectRuns reports whether the subject seen sn runs on, over
// lower-case words that are no verbs, to a conjunction ([set coord]) or
// an auxiliary in the plural ([set pluralaux]) within a few words: "Grêle
// et gel ont tout détruit", "Moustiques tigres et punaises …".
func (t *text) pluralSubjectRuns(sn seen) bool {
	for k := sn.end; k < len(t.toks) && k < sn.end+5 && t.toks[k].sent == t.toks[sn.tok].sent && t.toks[k].kind == tWord && !t.toks[k].cap && t.out(k); k++ {
		l := t.toks[k].l
		if t.lx.Set("coord", l) || t.lx.Set("pluralaux", l) {
			return true
		}
		if t.isVerb(k) || t.lx.Set("aux", l) || t.lx.Set("prep", l) || t.lx.Set("determiners", l) {
			return false
		}
	}
	return false
}

// quoteThenPronoun reports whether the pronoun at token tok comes right
// after the quotation that opens sentence sent, before a reporting verb
// ("“…,” he said").
func (t *text) quoteThenPronoun(sent, tok int) bool {
	s := &t.sents[sent]
	if tok-1 <= s.body || tok+1 >= s.t1 || t.toks[tok].q >= 0 || t.toks[tok-1].kind != tQClose {
		return false
	}
	if _, rep := t.lx.Verbs[t.toks[tok+1].l]; !rep {
		return false
	}
	return t.toks[s.body].kind == tQOpen && t.toks[s.body].q == t.toks[tok-1].q
}

// docBetween reports whether a sentence from lo up to (not with) sent
// holds a noun of a document ([set docnouns]).
func (t *text) docBetween(lo, sent int) bool {
	for j := max(lo, 0); j < sent; j++ {
		s := &t.sents[j]
		for k := s.t0; k < s.t1; k++ {
			if t.toks[k].kind == tWord && t.lx.Set("docnouns", t.toks[k].b) {
				return true
			}
		}
	}
	return false
}

// lastSentOfPara returns the last sentence before sent that lies in
// paragraph para or an earlier one (-1 when none does).
func (t *text) lastSentOfPara(para, sent int) int {
	j := sent - 1
	for j >= 0 && t.sents[j].para > para {
		j--
	}
	return j
}

// quoteThenInverted reports whether the pronoun at token tok is the
// subject inverted after the verb of an incise that follows the
// quotation opening sentence sent, across a comma ("« … », a-t-il
// répondu", "« … », estime-t-elle").
func (t *text) quoteThenInverted(sent, tok int) bool {
	s := &t.sents[sent]
	if tok-2 <= s.body || t.toks[tok].q >= 0 || !t.invertedPron(tok) || t.toks[s.body].kind != tQOpen {
		return false
	}
	k := tok - 1 // the verb, or the auxiliary of "a-t-il répondu"
	if _, rep := t.lx.Verbs[t.toks[k].l]; !rep && !t.lx.Set("aux", t.toks[k].l) {
		return false
	}
	k--
	if t.toks[k].s == "," {
		k--
	}
	return k > s.body && t.toks[k].kind == tQClose && t.toks[k].q == t.toks[s.body].q
}

// namesNoOne reports whether sentence j reports nothing, holds no
// pronoun of a person (a neuter one is a thing's: "make it hard") and
// names only bodies and places (a country's name with the possessive
// ending too: "Belgium's strict laws").
func (a *analysis) namesNoOne(j int) bool {
	if len(a.bySent[j]) > 0 {
		return false
	}
	s := &a.t.sents[j]
	for k := s.t0; k < s.t1; k++ {
		if p, ok := a.t.lx.Pronouns[a.t.toks[k].l]; a.t.toks[k].kind == tWord && ok && p.Gender != 'n' {
			return false
		}
	}
	for _, sn := range a.reg.recent {
		if sn.sent != j || a.t.body(sn.e) {
			continue
		}
		if a.t.toks[sn.end-1].poss && a.countryName(sn) {
			continue
		}
		if sn.subject && a.t.lx.Trait("pronounsubjects") && a.openingWordOnly(sn) && a.t.pluralAuxAfter(sn) {
			continue // "Rents are rising": things its capital alone made a name
		}
		if sn.e.kind != kName || sn.subject || a.t.mayBeBody(sn) || a.t.toks[sn.end-1].poss {
			return false // (but a name seen only after a preposition is a place: "a ceasefire in Gaza")
		}
	}
	return true
}

// countryName reports whether the mention seen sn is the whole name of a
// country of the gazetteer.
func (a *analysis) countryName(sn seen) bool {
	_, n := a.gaz.match(a.t.toks, sn.tok, sn.end)
	return n > 0 && sn.tok+n == sn.end
}

// inciseAfterOpening reports whether the pronoun at token tok of sentence
// sent is the subject of a reporting verb set off by commas after an
// opening phrase, with no quotation in the sentence ("In contrast, he
// said, France has …").
func (t *text) inciseAfterOpening(sent, tok int) bool {
	s := &t.sents[sent]
	if tok-1 <= s.body || tok+2 >= s.t1 || t.toks[tok-1].s != "," || t.toks[tok+2].s != "," {
		return false
	}
	if _, rep := t.lx.Verbs[t.toks[tok+1].l]; !rep {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if t.toks[k].q >= 0 || t.toks[k].kind == tQOpen {
			return false
		}
	}
	return true
}

// inRelativeAfter reports whether token tok is inside the relative
// clause set off by a comma right after the mention seen sn ("A witness,
// who … because she …"), before the comma that ends it.
func (t *text) inRelativeAfter(sn seen, tok int) bool {
	k := sn.end
	if k+1 >= tok || t.toks[k].s != "," || !t.lx.Set("relpron", t.toks[k+1].l) || t.lx.Set("comp", t.toks[k+1].l) {
		return false
	}
	for j := k + 2; j < tok; j++ {
		if t.toks[j].s == "," || t.toks[j].q >= 0 {
			return false
		}
	}
	return true
}

// sharedWord reports whether another person of the registry, named with
// another given name, has the folded word w as the last word of their
// name ("Margaret Ellison" and "Peter Ellison"; not "Mission
// Schimmelpfennig", a title's tail, and "Bernhard Schimmelpfennig").
func (r *registry) sharedWord(e *entity, w string) bool {
	if r.lx == nil {
		return false
	}
	given := func(name string) string {
		ws := strings.Fields(name)
		if len(ws) < 2 || lang.Fold(ws[len(ws)-1]) != w || r.lx.GivenNames[lang.Lower(ws[0])] == 0 {
			return ""
		}
		return lang.Fold(ws[0])
	}
	g := given(e.name)
	if g == "" {
		return false
	}
	for _, o := range r.ents {
		if o == e || o.kind != kPerson {
			continue
		}
		if og := given(o.name); og != "" && og != g {
			return true
		}
	}
	return false
}

// holdsVerb reports whether sentence i holds a word read as a verb.
func (t *text) holdsVerb(i int) bool {
	s := &t.sents[i]
	for k := s.body; k < s.t1; k++ {
		if t.toks[k].kind == tWord && t.isVerb(k) {
			return true
		}
	}
	return false
}

// ownedName returns the name of a party described by a noun after a
// possessive pronoun that stands for owner ("Her lawyer said …"): the
// noun with the owner's name, as the language's phrase party.owned
// writes it ("Ana Ruiz's lawyer", "avocat de Sylvie Caron"), so that the
// lawyers of two people are two parties a reader tells apart. Only of
// one person named by name; a label in the name ("(terme employé par le
// média)") keeps it as it is. A possessive that tells a person's gender
// ("his", "her"; not "its") names the owner it was resolved to; one that
// tells no gender ("son", "su", "seu"), or may be a body's too (German
// "sein", "ihr"), names only the one person who can be the owner
// (soleOwner).
func (rs *resolver) ownedName(name string, pron *mention, owner *entity) string {
	t := rs.t
	tmpl := t.lx.Phrase("party.owned")
	switch {
	case tmpl == "", owner == nil, owner.kind != kPerson, owner.plural, owner.generic, pron.plural, !strings.Contains(owner.name, " "),
		strings.ContainsAny(name, "(\"«"):
		return name
	}
	gendered := t.lx.Set("mpossessive", pron.head) || t.lx.Set("fpossessive", pron.head)
	if !gendered && len(t.lx.Sets["mpossessive"]) > 0 {
		return name // ("its lawyer": a body's, in a language whose possessives tell a person's gender)
	}
	if (!gendered || t.lx.NounCaps) && !rs.soleOwner(pron, owner) {
		return name
	}
	if r, _ := utf8.DecodeRuneInString(owner.name); t.lx.Elisions["d'"] && strings.ContainsRune("AEIOUYÉÈÊÀÂÎÔÛH", r) {
		// (French: "avocat d'Ana Ruiz", not "avocat de Ana Ruiz".)
		tmpl = strings.Replace(tmpl, "de {owner}", "d'{owner}", 1)
	}
	return strings.NewReplacer("{party}", name, "{owner}", owner.name).Replace(tmpl)
}

// possessiveGender returns the gender of a person's possessive
// ([set mpossessive]: 'm', [set fpossessive]: 'f'), or 0.
func (t *text) possessiveGender(l string) byte {
	switch {
	case t.lx.Set("mpossessive", l):
		return 'm'
	case t.lx.Set("fpossessive", l):
		return 'f'
	}
	return 0
}

// lastPersonOfGender returns the person of gender g named last before
// token tok of sentence sent, in it or the two sentences before, or nil.
func (a *analysis) lastPersonOfGender(sent, tok int, g byte) *entity {
	for sn := range a.reg.before(sent, tok, 2) {
		if sn.e.kind == kPerson && sn.e.gender == g && !sn.e.plural {
			return sn.e
		}
	}
	return nil
}

// soleOwner reports whether person owner, whom possessive pron was
// resolved to, is the only one it can stand for: named in its own
// sentence before it or in the two before, with no one else named since
// the opening of the sentence that named the owner last but a place seen
// only after a preposition ("Sylvie Caron a été arrêtée lundi à Paris.
// Son avocat …" is hers; not after "Tom Reed et Ana Ruiz ont été
// arrêtés", nor after "Tom Reed dirige l'entreprise Arcadia", whose
// lawyer it may be). A possessive that tells a gender but may be a
// body's or many people's too (German "sein", "ihr") is of a person of
// its gender only, and "sein" passes a woman named since, who is no
// "sein" ("ihr" may be hers and a man's together: "Tom Reed und Ana Ruiz
// … Ihr Anwalt").
func (rs *resolver) soleOwner(pron *mention, owner *entity) bool {
	t := rs.t
	sent := t.sentAt(t.toks[pron.t0].start)
	if sent < 0 {
		return false
	}
	g := t.possessiveGender(pron.head)
	if g != 0 && (owner.gender != 0 && owner.gender != g || g == 'f' && owner.gender != 'f') {
		return false // (German "ihr" is also many people's: only a woman's is sure)
	}
	from := -1 // the sentence that named the owner last
	for sn := range rs.reg.before(sent, pron.t0, 2) {
		if sn.e == owner {
			from = sn.sent
			break
		}
	}
	if from < 0 {
		return false
	}
	for sn := range rs.reg.before(sent, pron.t0, sent-from) {
		if sn.sent < from {
			break
		}
		switch e := sn.e; {
		case e == owner:
		case !sn.subject && (e.kind == kCountry || e.kind == kName && !t.mayBeBody(sn)):
			// (a place: "Tom Reed a été arrêté lundi à Paris")
		case g == 'm' && e.kind == kPerson && e.gender == 'f':
		case !sn.subject && sn.sent == sent && e.class == "media" && e.kind != kPerson:
			// (an outlet the words were told to, in the possessive's
			// own sentence: "a déclaré à l'AFP son avocat", "sagte der
			// Nachrichtenagentur dpa sein Anwalt")
		default:
			return false
		}
	}
	return true
}

// demonstrativePerson returns, for one person described after a
// determiner of [set demonstrativedets] ("cet infirmier", "cette mère de
// famille") by a noun of people or a title, or after it or the definite
// article by the noun said of the person with no determiner, the only
// person named in the sentence before and in this one so far, of the
// determiner's gender, when no other person is described between them
// with a determiner ("Paul Roux est infirmier à Lyon. Selon cet
// infirmier, …", "… Selon l'infirmier, …" are his; not "Paul Roux a
// croisé un infirmier. Selon l'infirmier, …"); else nil.
func (a *analysis) demonstrativePerson(m *mention, owner *entity, sent, tok int) *entity {
	t := a.t
	if m.plural || owner != nil || m.headTok <= m.t0 || m.t0 < 0 || len(t.lx.Sets["demonstrativedets"]) == 0 {
		return nil
	}
	d := t.toks[m.t0].l
	demo := t.lx.Set("demonstrativedets", d)
	// (Also the definite article before the noun said of the person:
	// "Paul Roux, infirmier à Lyon, … « … », confie l'infirmier".)
	def := !demo && t.lx.Set("definite", d) && !t.lx.Set("pluraldeterminers", d)
	if !demo && !def {
		return nil
	}
	people := demo && (t.lx.Speakers[m.head] == "people" || t.isTitleWord(m.headTok))
	var g byte
	switch {
	case t.lx.Set("masculine", d):
		g = 'm'
	case t.lx.Set("feminine", d):
		g = 'f'
	}
	one, at := a.reg.onlyPersonIn(sent, tok, 1)
	if one == nil || demo && g == 0 || g != 0 && one.gender != g {
		return nil
	}
	for k := at.end; k < m.t0; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || k == 0 {
			continue
		}
		if !t.lx.Set("determiners", t.toks[k-1].l) {
			// The noun said of the person, with no determiner:
			// "Paul Roux, 34 ans, est infirmier", "Paul Roux,
			// infirmier à Lyon".
			people = people || tk.l == m.head
			continue
		}
		if tk.l == m.head || t.lx.Speakers[tk.l] != "" || t.isTitleWord(k) {
			return nil // another one described since the person was named
		}
	}
	if !people {
		return nil // ("Pour ce projet, …": a noun of no person)
	}
	return one
}

// bodyPossessor reports whether description m opens with a possessive
// that names a body that is no government ("the Labour Party's
// chancellor of the Exchequer", "the party's minister of the Interior").
func (a *analysis) bodyPossessor(m *mention) bool {
	if m.headTok < 0 {
		return false
	}
	for k := m.t0; k < m.headTok; k++ {
		if !a.t.toks[k].poss {
			continue
		}
		p := a.parseNP(m.t0, k+1, 1)
		return p != nil && !p.gov && (p.kind == kOrg || p.kind == kDesc && (p.class == "org" || p.class == "party"))
	}
	return false
}
