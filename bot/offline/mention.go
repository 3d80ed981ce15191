package offline

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot/lang"
)

// Stage 2: mentions. A mention is a noun phrase that may name a speaker:
// a person, an organisation, a country or its government, a description
// ("whale experts", "the company", "le porte-parole du ministère"), a
// pronoun, or a document that speaks for its author ("the statement").
// parseNP reads one from a span of tokens; the attribution stage decides
// which spans to read (the subject of a reporting verb, the phrase after
// "according to").

// Kinds of mention and entity.
const (
	kNone    = iota
	kPerson  // a named person
	kOrg     // a named organisation
	kName    // a one-word name that could be either
	kCountry // a country or its capital used for its government
	kDesc    // a description without a name
	kPron    // a pronoun
	kDoc     // a document that speaks for its author
)

// mention is a parsed noun phrase.
type mention struct {
	t0, t1  int    // token span, determiners included
	surface string // the article's words, without leading determiners
	name    string // the proper-name part, "" if none
	acronym string // a body's acronym in parentheses after its name ("(CNMV)")
	title   string // role words before or describing the name
	head    string // lower-case head noun of a description or role
	headTok int    // the head's token, or -1
	kind    int
	gender  byte // 'm', 'f' or 0
	plural  bool
	country *lang.Country
	// demonym is set on one person named by a demonym ("el chileno"):
	// only someone of that country, named before, is who it stands for.
	demonym bool
	// also is set on a description that a person named before also
	// holds ("El también gerente del instituto agregó …").
	also   bool
	gov    bool // a government role or body
	nonGov bool // explicitly independent (opposition, former…)
	past   bool // a post no longer held ("former", "ex-"): speaks for no employer
	spokes bool // a spokesperson or office: speaks for its owner
	lead   bool // a leader's title: speaks for the organisation named with it
	// owner is the "X" of "X's spokesperson", "a spokesman for X", "le
	// porte-parole de X", "der Sprecher des Ministeriums".
	owner    *mention
	definite bool
	class    string // the [speakers] class of the head noun
	latter   bool   // "ce dernier": the last one named, not the last subject
	generic  bool   // a description of people or bodies without a name
	person   bool   // a description of one person by nationality ("the Italian")
	trade    string // the kind of body a trade word before the name tells ("company")
}

// clockMinutes reports whether token k is the minutes of a clock time
// ("10" of "11:10").
func (t *text) clockMinutes(k int) bool {
	return k >= 2 && t.toks[k-1].s == ":" && len(t.toks[k].s) == 2 && isDigits(t.toks[k].s) && isDigits(t.toks[k-2].s)
}

// named reports whether mention m names someone: a person, an
// organisation, a country or another name (not a description, a pronoun
// or a document).
func named(m *mention) bool {
	return m != nil && (m.kind == kPerson || m.kind == kOrg || m.kind == kName || m.kind == kCountry)
}

// beforeHeard returns where the phrase [lo, hi) ends before a participle
// of being heard ([set heardwords]) and the phrase of who heard it, which
// say how the speakers were heard, not who they are ("Fuentes del Partido
// Popular consultadas por este periódico", "los analistas consultados"):
// the participle after a noun or name, then nothing or "by" and its
// phrase. Else hi.
func (t *text) beforeHeard(lo, hi int) int {
	if len(t.lx.Sets["heardwords"]) == 0 {
		return hi // (a language that lists none: no loop on every phrase read)
	}
	for k := lo + 1; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || tk.q >= 0 || !t.lx.Set("heardwords", tk.l) || t.toks[k-1].kind != tWord {
			continue
		}
		if k+1 == hi || t.lx.Set("by", t.toks[k+1].l) && k+2 < hi {
			return k
		}
	}
	return hi
}

// capRun is a run of capitalised words of a noun phrase, from token lo
// to hi.
type capRun struct{ lo, hi int }

// phraseRuns reads the words of a noun phrase opening at token lo, from
// its first word after the determiners, i, to end: its runs of
// capitalised words (names), the words of its titles, and the token of
// its last title word (-1 when none). parseNP makes the speaker's
// name of the last run, and of a run before a title who the speaker works
// for ("Chinese Foreign Ministry spokesman Hong Lei", "NATO
// Secretary-General Jens Stoltenberg").
func (rs *resolver) phraseRuns(lo, i, end int) ([]capRun, []string, int) {
	t := rs.t
	lx := t.lx
	var runs []capRun
	var titles []string
	lastTitle := -1
	for k := i; k < end; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord {
			if len(runs) > 0 && runs[len(runs)-1].hi == k && t.acronymBeforeTitle(k, end) {
				k += 2 // "Pan American Health Organization (PAHO) Director Carissa Etienne": the body's short form, then its officer
				continue
			}
			if tk.s == "(" && len(runs) > 0 {
				break // "Syrian Democratic Forces (SDF)"
			}
			if n := len(runs); n > 0 && runs[n-1].hi == k && t.glue(k, end) {
				runs[n-1].hi = k + 1 // "Cole & Barr"
			} else if k > i && (n == 0 || runs[n-1].hi < k-1) && t.elidedCompound(k, end) && t.isName(k+2) && !t.isTitleWord(k+2) {
				// "der Lesben- und Schwulenverband": the first part of a
				// compound whose shared part is left out opens the
				// name that the last part ends.
				runs = append(runs, capRun{k - 1, k + 1})
			}
			continue
		}
		if n := t.multiTitle(k, end); n > 0 {
			// "Secretary of State", "Attorney General".
			for j := k; j < k+n; j++ {
				titles = append(titles, t.toks[j].s)
			}
			lastTitle = k + n - 1
			k += n - 1
			continue
		}
		titleLike := t.isTitleWord(k) || lx.Set("titlemods", tk.l) && k+1 < end && t.isTitleWord(k+1)
		if titleLike && k > i && t.adjTitle(k) {
			titleLike = false // "le parquet général": no general
		}
		if !titleLike && lx.NounCaps && tk.cap && k+1 < end && lx.Set("persondemonymwords", tk.l) && t.toks[k+1].kind == tWord && t.toks[k+1].cap && t.isName(k+1) &&
			(len(runs) == 0 || runs[len(runs)-1].hi < k) {
			// "der Franzose Paul Mercier": a nationality's noun for one
			// person before a name, in a language that capitalises its
			// nouns, is a title, not part of the name ("…, sagt der
			// Franzose" is then his).
			titleLike = true
		}
		if k-2 == lastTitle && t.parenLabel(k-1, end) {
			// "le député (LFI) Paul Mercier", "la députée (RN) du
			// Pas-de-Calais …": the label is the title's, and the title
			// ends with its parenthesis.
			titles = append(titles, tk.s)
			lastTitle = k + 1
			k++
			continue
		}
		if !titleLike && lastTitle == k-1 && k > i && tk.cap && lx.Set("partylabels", tk.l) &&
			(k+1 >= end || t.toks[k+1].kind != tWord || t.toks[k+1].cap && t.isName(k+1) ||
				lx.Set("of", t.toks[k+1].l) && k+2 < end && t.toks[k+2].cap) {
			// "le député LFI Manuel Bompard", "le maire LR de Nîmes",
			// "le maire PS": a party's label after a title is the
			// title's, not part of a name (the post is the party's
			// member's, who is no party).
			titleLike = true
		}
		if n := len(runs); n > 0 && runs[n-1].hi == k && k > runs[n-1].lo && lastTitle >= 0 && runs[n-1].lo-2 == lastTitle && lx.Set("of", t.toks[lastTitle+1].l) &&
			tk.cap && lx.GivenNames[tk.l] != 0 && k+1 < end && t.toks[k+1].cap && t.isName(k+1) {
			// "la députée du Pas-de-Calais Marine Le Pen": a given name
			// after the place of a title starts the person's name.
			runs = append(runs, capRun{k, k + 1})
			continue
		}
		if n := len(runs); titleLike && tk.cap && !lx.NounCaps && n > 0 && runs[n-1].hi == k && t.toks[k-1].cap && lx.Set("orgwords", t.toks[k-1].b) &&
			(k+1 >= end || !t.toks[k+1].cap) {
			titleLike = false // "el Colegio Médico de Honduras": an adjective of the body's name, no doctor
		}
		if n := len(runs); titleLike && tk.cap && n > 0 && runs[n-1].hi == k && k-1 > i && t.surnameArticle(k-1) {
			titleLike = false // "Bruno Le Maire": a surname after its article, not "le maire"
		}
		if titleLike && tk.cap && !lx.NounCaps && k+1 < end && t.toks[k+1].kind == tWord && t.toks[k+1].cap && lx.Set("orgwords", t.toks[k+1].b) &&
			(k+2 >= end || !t.toks[k+2].cap) && (len(runs) == 0 || runs[len(runs)-1].hi != k) {
			// A title word before a company's word names the company:
			// "General Motors", "General Electric" (no general).
			runs = append(runs, capRun{k, k + 2})
			k++
			continue
		}
		if titleLike && tk.cap && lx.Set("orgwords", tk.b) && k+1 < end && t.toks[k+1].cap {
			// A word that names both a role and a body, capitalised
			// before a capitalised word, names the body: "la Policía
			// Nacional" (the police), not "el policía Juan Pérez".
			titleLike = false
		}
		if titleLike && tk.cap && k-1 == i && i > lo && t.toks[i].cap && lx.Set("orgwords", t.toks[i].b) && !(k+1 < end && lx.GivenNames[t.toks[k+1].l] != 0) {
			// A role word capitalised after the article and a body's
			// capitalised noun is part of its name: "el Consejo
			// Coordinador Empresarial", "la Dirección General de …"
			// (not "the Police Commissioner John Smith").
			titleLike = false
		}
		if titleLike && tk.cap && !lx.NounCaps && rs.reg != nil && (k+1 >= end || !t.toks[k+1].cap) && (k == 0 || !lx.Set("determiners", t.toks[k-1].l)) {
			// "Manuel Reina … . Reina dijo …": the surname of a person
			// named before, not the title (which an article would
			// open: "el Rey dijo").
			if e := rs.reg.lookup(lang.Fold(tk.s)); e != nil && e.kind == kPerson && !strings.EqualFold(e.name, tk.s) {
				if len(runs) == 0 || runs[len(runs)-1].hi != k {
					runs = append(runs, capRun{k, k + 1})
				} else {
					runs[len(runs)-1].hi = k + 1
				}
				continue
			}
		}
		if titleLike && tk.cap && len(runs) > 0 && runs[len(runs)-1].hi == k && lx.Set("surnametitles", tk.l) && (k+1 >= end || !t.toks[k+1].cap) {
			// A title that is also a common surname, closing a name:
			// "Ledley King", "Carole King" (not "Prince Harry").
			titleLike = false
		}
		if titleLike && tk.cap && !lx.NounCaps && len(runs) > 0 && runs[len(runs)-1].hi == k && lx.GivenNames[t.toks[k-1].l] != 0 {
			// A role word capitalised right after a given name is a
			// surname: "Manuel Reina", "Luis Rey".
			titleLike = false
		}
		if n := len(runs); n > 0 && runs[n-1].hi == k && !titleLike && !t.toks[k].cap && t.elidedCompound(k, end) {
			// "der Mieter- und Eigentümerverband": the coordinator of a
			// compound whose shared part is left out joins the one name.
			runs[n-1].hi = k + 1
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].hi == k && !titleLike && !t.toks[k].cap && t.glue(k, end) {
			// "Ángel de la Fuente", "María de los Ángeles Pérez": glue
			// words, then a name.
			j := k + 1
			for j < end && t.toks[j].kind == tWord && !t.toks[j].cap && t.lx.Set("nameglue", t.toks[j].l) {
				j++
			}
			// (One glue word is enough after a particle written with a
			// capital: "Alexander Van der Bellen".)
			capParticle := k-1 >= runs[n-1].lo && t.toks[k-1].cap && lx.Set("particles", t.toks[k-1].l)
			if (j > k+1 || capParticle) && j < end && (t.isName(j) && !t.nounBeforeParticle(k) || lx.NounCaps && t.toks[j].cap && t.surnameParticle(k, end)) {
				// (The name after them too, though German writes it
				// after an article: "Ursula von der Leyen".)
				runs[n-1].hi = j + 1
				k = j
				continue
			}
		}
		if n := len(runs); n > 0 && runs[n-1].hi == k && !titleLike && !tk.cap && lx.Set("namewords", tk.l) &&
			(k+1 >= len(t.toks) || !lx.Set("of", t.toks[k+1].l) || lx.Set("orgwords", t.toks[runs[n-1].lo].b)) {
			// "Québec solidaire", "La France insoumise", "Force
			// ouvrière": a lower-case word that ends a party's or a
			// union's name (with "de" after it, only after a body's
			// word: "le Parti libéral du Canada", not "Marseille
			// solidaire des migrants").
			runs[n-1].hi = k + 1
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].hi == k && !titleLike && t.newsNameEndsAt(k) && t.isName(k) {
			runs = append(runs, capRun{k, k + 1}) // "à 20 Minutes Julie": the outlet, then who spoke
			continue
		}
		// (A noun after a name's adjective is the name's too, though the
		// article writes it after a determiner elsewhere: "der
		// Chemischen Industrie", "die Deutsche Bahn".)
		if n := len(runs); n > 0 && runs[n-1].hi == k && !titleLike && (t.isName(k) || t.nameAdjective(k, end) || t.nameAdjective(k-1, end) ||
			t.glue(k, end) && k+1 < end && t.isName(k+1)) {
			runs[n-1].hi = k + 1
			continue
		}
		if titleLike {
			titles = append(titles, tk.s)
			lastTitle = k
			continue
		}
		if t.isName(k) || t.nameAdjective(k, end) {
			runs = append(runs, capRun{k, k + 1})
		}
	}
	return runs, titles, lastTitle
}

// parseNP reads the noun phrase toks[lo:hi] (words outside quotations,
// possibly with "of"-phrases, possessives and an acronym in parentheses)
// as a mention, or returns nil when it cannot name a speaker. depth
// bounds the owner phrases read inside it.
func (rs *resolver) parseNP(lo, hi, depth int) *mention {
	t := rs.t
	lx := t.lx
	for lo < hi && (t.toks[lo].kind != tWord || t.clockMinutes(lo)) {
		lo++ // (a live blog's "11:10" opening the sentence names no one)
	}
	for hi > lo && t.toks[hi-1].kind != tWord && t.toks[hi-1].s != ")" {
		hi--
	}
	hi = t.beforeHeard(lo, hi)
	for k := lo + 1; k < hi; k++ {
		// "un responsable ayant requis l'anonymat": a participle of
		// an auxiliary opens a phrase describing the one before it,
		// no part of a name ([set phraseparticiples]).
		if tk := &t.toks[k]; tk.kind == tWord && !tk.cap && tk.q < 0 && t.toks[k-1].kind == tWord && lx.Set("phraseparticiples", tk.l) {
			hi = k
			break
		}
	}
	for hi-lo > 1 && t.toks[hi-1].kind == tWord && !t.toks[hi-1].cap && lx.Set("refl", t.toks[hi-1].l) {
		hi-- // "La maire sortante s'en est pris …": a reflexive pronoun ends no name
	}
	if lo >= hi || hi-lo > 16 {
		return nil
	}
	if s := &t.sents[t.toks[lo].sent]; lx.VerbSecond && lo == s.body && hi < s.t1 && t.fronted(lo, hi, s) {
		return nil // "Große Sorgen bereitet der Plan …": the object put first, no one named
	}
	if lo+1 < hi && lo == t.sents[t.toks[lo].sent].body && t.toks[lo].kind == tWord && t.toks[lo].cap && lx.Set("tradewords", t.toks[lo].l) &&
		t.toks[lo+1].kind == tWord && t.toks[lo+1].cap && !t.isTitleWord(lo+1) {
		// "Carmaker Stellantis said …": a trade opening the sentence,
		// capitalised by its place, is no part of the name after it
		// (which it makes a company's).
		if m := rs.parseNP(lo+1, hi, depth); m != nil {
			m.t0 = lo
			return m
		}
	}
	// A phrase cut after "the" or "in" ("top official in the") is no
	// one's name.
	if l := t.toks[hi-1].l; hi-lo > 1 && t.toks[hi-1].kind == tWord && (lx.Set("prep", l) || lx.Set("of", l) || lx.Set("determiners", l) && !lx.Set("possessive", l) && !lx.Set("quantifiers", l)) {
		return nil
	}
	m := &mention{t0: lo, t1: hi}
	i := lo
	first := &t.toks[i]
	if lx.Set("negsubj", first.l) || i+1 < hi && lx.Set("negsubj", first.l+" "+t.toks[i+1].l) {
		return nil // "no group", "nobody", "peu d'experts"
	}
	if lx.Set("personalpronouns", first.l) && first.q < 0 && (lo+1 >= hi || !t.toks[lo+1].cap) {
		// "Daher fordern wir ein eigenes Ministerium", "ergreift uns die
		// Furcht": the writer, or whom it befalls; no one named. (Not
		// the one told before a speaker's name: "sagt mir Geschäftsführer
		// Ana Ruiz".)
		return nil
	}
	if t.pronounNP(m, lo, hi) {
		return m
	}
	if lx.Set("demonstratives", first.l) && first.q < 0 {
		// "Deux initiatives seront soumises au vote. Celle sur les
		// pesticides demande …": the noun of several the sentence
		// before names, with the demonstrative's own words; else no
		// one ("Celle" is no name).
		return rs.demonstrativeNP(m, lo, hi)
	}
	// "D'une plume alerte, l'auteur décrit …": "of" opening the
	// sentence before the indefinite article is a preposition, not a
	// partitive article, and the phrase it opens is no subject
	// ("alerte" an adjective, not a verb).
	if i+1 < hi && i == t.sents[first.sent].body && lx.Set("of", first.l) && t.toks[i+1].kind == tWord && !t.toks[i+1].cap && lx.Set("indefinite", t.toks[i+1].l) {
		return nil
	}
	// "More than 20 senators", "at least two officials", "about a dozen
	// protesters": an approximate number counts the speakers.
	if j := t.countEnd(i, hi); j > i {
		i = j
		m.plural = true
	}
	// Determiners.
	i, possessor, detGender := t.determiners(m, i, hi)
	if m.definite && i+1 < hi && lx.Set("alsodesc", t.toks[i].l) {
		m.also, m.gender = true, detGender // ("la también representante": a woman)
		i++
	}
	if m.definite && i+1 < hi && lx.Set("intensifiers", t.toks[i].l) {
		i++ // "el propio ministro": the minister
	}
	if i >= hi && hi-lo == 1 && lx.Set("anotherdet", first.l) {
		// "“…,” one resident said. Another added: “…”": another one of
		// the people described just before.
		if h := rs.lastPersonDescHead(int(first.sent)); h != "" {
			m.kind, m.head, m.headTok, m.class, m.generic = kDesc, h, lo, "people", true
			m.surface = first.s + " " + h
			return m
		}
	}
	if i >= hi || i == hi-1 && i > lo && lx.Set("impersonal", t.toks[i].l) {
		return nil // (also "l'on", the impersonal subject after its euphonic article)
	}
	if lx.NounCaps && i == t.sents[t.toks[i].sent].body && i+1 < hi && t.toks[i].cap && t.toks[i+1].cap && t.endsIn("adjendings", t.toks[i].l, 2) &&
		lx.Set("docnouns", t.toks[i+1].b) && !t.toks[i].poss {
		i++ // "Forensische Untersuchungen der Polizei", "Neue Studien": an adjective opening the sentence, capitalised
	}
	// "a string of Tory MPs", "a handful of protesters": a word that
	// counts a group, and the people it counts are the speakers (as
	// subject, agent of a passive or before "who said").
	// (Also past one or two words that describe the count: "a growing
	// number of economists", "a small number of residents".)
	if c := t.groupCounterAt(lo, i, hi); c >= 0 {
		if g := rs.parseNP(c+2, hi, depth); g != nil && g.kind == kDesc && g.class == "people" && g.plural {
			g.t0 = lo
			return g
		}
	}
	// "One of the users", "some of the protesters": one of a group
	// speaks, and the group is the party.
	if i > lo && i+1 < hi && lx.Set("of", t.toks[i].l) {
		if g := rs.parseNP(i+1, hi, depth); g != nil && g.kind != kPron {
			g.t0 = lo
			return g
		}
		return nil
	}
	// "Laut Vereinsangaben", "laut einem Polizeibericht": a compound of
	// a document's noun, whose first part is its author.
	if hi-i == 1 {
		if o := t.compoundDocOwner(i); o != nil {
			m.kind, m.head, m.headTok, m.owner, m.surface = kDoc, lang.Lower(t.toks[i].s), i, o, t.toks[i].s
			return m
		}
	}
	// Otherwise a phrase that opens with a preposition, or with a
	// pronoun and a contracted verb ("It’s a big…", "He’s often…"),
	// names no one.
	if w := &t.toks[i]; lx.Set("prep", w.l) || lx.Set("of", w.l) || w.poss && w.b != w.l && t.isPronoun(w.b) {
		return nil
	}
	// "Former US Ambassador to the United Nations Nikki Haley": a name of
	// two words or more ends a phrase that holds a title before it; the
	// rest describes the person.
	if lx.NounCaps && hi-i == 2 && t.toks[i].cap && t.toks[i+1].cap && lx.Set("docnouns", t.toks[i].b) && t.isName(i+1) &&
		lx.GivenNames[t.toks[i+1].l] == 0 && !t.toks[i+1].poss {
		// "die Statistik Austria": a document's noun and a name after it
		// are the name of a body, not the name in apposition.
		m.name = t.span(i, hi)
		m.surface, m.kind = m.name, kName
		return m
	}
	if pm := rs.personAtEnd(i, hi, depth); pm != nil {
		pm.t0, pm.definite = lo, m.definite
		return pm
	}
	// An organisation named with one capital and lower-case words
	// ("Agence européenne de l'environnement", "Ministerio de Salud"): the
	// whole phrase is its name.
	// (Not "Army spokesman Karim Nasser": a title and a name end it; nor
	// "Frente a la crisis", a preposition.)
	if !lx.NounCaps && hi-i > 1 && t.toks[i].cap && !t.toks[i+1].cap && lx.Set("orgwords", t.toks[i].b) && !t.toks[i].poss && !t.titledNameIn(i+1, hi) && !t.describedNameIn(i+1, hi) && !t.prepNoun(i) {
		m.name = t.span(i, hi)
		m.surface = m.name
		m.kind = kOrg
		// "El Gobierno de Venezuela", "le ministère français": its
		// government.
		if c := rs.gaz.countryIn(t.toks, i, hi); c != nil && lx.Set("govwords", t.toks[i].b) {
			m.kind, m.country, m.gov = kCountry, c, true
		}
		// "the Ministry of Ports and Transport": a government body, which
		// "the ministry" refers back to.
		if lx.Set("govwords", t.toks[i].b) && !m.nonGov {
			m.gov = true
		}
		return m
	}
	// An "of"-phrase after the head names its owner, unless it glues a
	// name together ("Bank of America", "Ministry of Foreign Affairs").
	end := rs.ofOwner(m, i, lo, hi, depth)
	// An English possessive: "China's foreign ministry", "Erdogan's
	// office". The surface keeps the possessor.
	phraseStart := i
	for k := i; k < end-1; k++ {
		if t.toks[k].poss && !t.classifyingPossessive(k) && !t.unnamedTitleOffice(lo, k, end) {
			if o := rs.parseNP(lo, k+1, depth+1); o != nil {
				o.surface = strings.TrimSuffix(strings.TrimSuffix(o.surface, "'s"), "’s")
				o.name = stripPossessive(o.name)
				possessor = o
			}
			i = k + 1
			break
		}
	}
	if k := end - 1; possessor == nil && m.owner == nil && k > i && k < len(t.toks) && t.toks[k].kind == tWord && !t.toks[k].cap && lx.Set("postpossessive", t.toks[k].l) {
		// "o advogado dela", "a filha dele": a possessive after its
		// noun, which tells the owner ([set postpossessive]).
		l := t.toks[k].l
		possessor = &mention{kind: kPron, head: l, t0: k, t1: k + 1, plural: lx.Set("ppossessive", l)}
		end, hi = k, k
	}
	if i >= end {
		return nil
	}
	switch {
	case possessor != nil && possessor.kind == kCountry:
		m.country = possessor.country // "China's foreign ministry"
	case possessor != nil && m.owner == nil:
		m.owner = possessor
	case possessor != nil && possessor.kind == kPron && m.owner != nil && i < end && t.isTitleWord(i) && t.toks[i].kind == tWord && !t.toks[i].cap:
		// "Su portavoz de Sanidad, Mónica García": the post's
		// matter, not its employer; the possessor employs.
		m.owner = possessor
	}
	m.surface = t.span(phraseStart, hi)
	return rs.namedNP(m, lo, i, end, hi, depth, possessor, detGender)
}

// namedNP reads the words i..end of phrase lo..hi after its determiners
// and possessor: the name, the title words and the country.
//
// A phrase may hold several name runs: the last is the speaker's name,
// and a run before a title is who the speaker works for ("Chinese
// Foreign Ministry spokesman Hong Lei", "NATO Secretary-General Jens
// Stoltenberg").
func (rs *resolver) namedNP(m *mention, lo, i, end, hi, depth int, possessor *mention, detGender byte) *mention {
	t := rs.t
	lx := t.lx
	runs, titles, lastTitle := rs.phraseRuns(lo, i, end)
	runs = rs.speakerRuns(m, runs, i, end)
	nameLo, nameHi, employerEnd := -1, -1, -1
	if n := len(runs); n > 0 {
		nameLo, nameHi = runs[n-1].lo, runs[n-1].hi
		// An earlier run before a title: the employer or a country.
		// (Not a common noun capitalised at the start: "Supporters'
		// trust spokeswoman Dawn Pryce" works for no "Supporters".)
		// (Not a legislature before a title of its members: "Senate
		// Majority Leader Chuck Rivers" leads no Senate.)
		if n > 1 && lastTitle > runs[n-2].hi-1 && lastTitle < nameLo && m.owner == nil && depth < 2 && !t.commonNounRun(runs[n-2].lo, runs[n-2].hi) &&
			!(runs[n-2].hi-runs[n-2].lo == 1 && lx.Set("institutions", t.toks[runs[n-2].lo].b)) {
			if o := rs.parseNP(runs[n-2].lo, runs[n-2].hi, depth+1); o != nil && (o.kind == kCountry || !t.capitalisedTitle(o)) {
				if o.kind == kCountry {
					m.country = o.country
				} else {
					m.owner, employerEnd = o, runs[n-2].hi
				}
			}
		}
		// Titles are those before the name.
		titles = titles[:0]
		for k := i; k < nameLo; k++ {
			if t.isTitleWord(k) || lx.Set("titlemods", t.toks[k].l) {
				titles = append(titles, t.toks[k].s)
			}
		}
	}
	if f, n := rs.gaz.match(t.toks, i, end); n > 0 && f.kind == formDemonym {
		m.country = f.c
	} else if c := rs.gaz.countryIn(t.toks, max(i, employerEnd), end); c != nil && m.country == nil && !rs.countryOnlyInPersonName(max(i, employerEnd), end, nameLo, nameHi) {
		// (Not a country in the employer's name: "Bank of America
		// President Brian Moynihan" speaks for no government.)
		m.country = c
	}
	if m.country == nil {
		m.country = rs.hyphenCountry(i, end) // "der US-Präsident"
	}
	m.title = strings.Join(titles, " ")
	t.titleTraits(m, i, end, hi, detGender)
	if k := nameLo - 1; nameLo > i && t.placeBody(k) && rs.gaz.countryIn(t.toks, nameLo, nameHi) == nil && !t.isTitleWord(k) && lx.GivenNames[t.toks[nameLo].l] == 0 {
		// (Not a person's title and name: "Landrat Uwe Seidel".)
		// "die Staatsanwaltschaft Landshut": a body and the place it
		// serves name the body (not a country or its capital: "die
		// Hauptstadt Kiew").
		m.name = t.span(k, nameHi)
		m.surface, m.kind = m.name, kOrg
		m.gov = m.gov || lx.Set("govwords", t.toks[k].b)
		return m
	}
	if o := nameLo - 2; lx.NounCaps && nameLo > i+1 && nameHi == end && t.toks[o].cap && lx.Set("orgwords", t.toks[o].b) && lx.Set("of", t.toks[nameLo-1].l) && !t.isTitleWord(o) {
		// "der Verband der Chemischen Industrie": a body's word and
		// the genitive of a name name the body.
		m.name = t.span(o, nameHi)
		m.surface, m.kind = m.name, kOrg
		return m
	}
	if nameLo >= 0 {
		m.name = t.span(nameLo, nameHi)
		if nameHi < end && t.toks[nameHi].poss {
			m.name = t.span(nameLo, nameHi+1)
		}
		return rs.classifyName(m, nameLo, nameHi, end)
	}
	return rs.describedNP(m, lo, i, end, hi, depth, possessor, detGender)
}

// speakerRuns drops from the end of runs (the name runs of phrase
// i..end) those that do not name the speaker, noting in m a country one
// of them names.
//
// A run that is only a demonym ("Russian", "Chinese") describes; a
// run followed by a lower-case noun is a modifier ("Indigenous
// elders", "an Internet security firm"), unless that noun is a title
// or a document ("NATO spokesman", "a New York Times report").
func (rs *resolver) speakerRuns(m *mention, runs []capRun, i, end int) []capRun {
	t := rs.t
	lx := t.lx
	for len(runs) > 0 {
		r := runs[len(runs)-1]
		if f, n := rs.gaz.match(t.toks, r.lo, r.hi); n == r.hi-r.lo && f.kind == formDemonym {
			runs = runs[:len(runs)-1]
			continue
		}
		// A lone common noun capitalised at the start ("Company said").
		// A publication's one-word name inside the sentence is a name
		// ("The Guardian said", "according to the Times").
		if t.commonNounRun(r.lo, r.hi) {
			runs = runs[:len(runs)-1]
			continue
		}
		// A name between a possessor and a title is the post's place or
		// branch, not the employer: "the group's Ohio chief", "the
		// company's Europe director" work for the group and the company.
		if r.lo == i && i > 0 && t.toks[i-1].poss && !t.toks[i-1].cap && r.hi < end && t.isTitleWord(r.hi) {
			if c := rs.gaz.countryIn(t.toks, r.lo, r.hi); c != nil && m.country == nil {
				m.country = c
			}
			runs = runs[:len(runs)-1]
			continue
		}
		if !lx.NounCaps && r.hi < end && t.toks[r.hi].kind == tWord && !t.toks[r.hi].cap && !t.toks[r.hi].poss &&
			!t.isTitleWord(r.hi) && !lx.Set("docnouns", t.toks[r.hi].b) && !lx.Set("of", t.toks[r.hi].l) && !lx.Set("nameglue", t.toks[r.hi].l) {
			if c := rs.gaz.countryIn(t.toks, r.lo, r.hi); c != nil && m.country == nil {
				m.country = c
			}
			runs = runs[:len(runs)-1]
			continue
		}
		break
	}
	return runs
}

// titleTraits notes in m what the words i..end of its phrase (which
// runs to hi) tell of the post: a former one, not the government's, the
// government's, a spokesperson's, a head's, and the holder's gender.
func (t *text) titleTraits(m *mention, i, end, hi int, detGender byte) {
	lx := t.lx
	for k := i; k < end; k++ {
		l := t.toks[k].b
		if lx.Set("nongov", l) {
			m.nonGov = true
		}
		if t.pastPost(l) {
			m.past = true
		}
		if n := t.multiTitle(k, hi); n > 1 {
			// A title of several words ("secrétaire d'État") is the
			// government's by its own entry, not by its first word's.
			m.gov = m.gov || lx.Titles[t.lowerSpan(k, k+n)].Gov
		}
		if tt, ok := t.titleOf(k); ok {
			m.gov = m.gov || tt.Gov
			m.spokes = m.spokes || tt.Spokes
			m.lead = m.lead || tt.Head
			if tt.Gender != 0 {
				m.gender = tt.Gender
			} else if m.gender == 0 {
				m.gender = detGender // "el fiscal", "la fiscal"
			}
		}
	}
}

// describedNP reads a phrase that holds no name (its words i..end after
// the determiners at lo): a description, a document or a country's
// people, or nil when it names no speaker.
func (rs *resolver) describedNP(m *mention, lo, i, end, hi, depth int, possessor *mention, detGender byte) *mention {
	t := rs.t
	lx := t.lx
	// The head is the last word that can speak ("whale experts", "les autorités
	// chinoises", "der Sprecher"), else the last word.
	h := end - 1
	for h > i && t.toks[h].kind != tWord {
		h--
	}
	for k := end - 1; k >= i; k-- {
		if tk := &t.toks[k]; k > i && tk.kind == tWord && !tk.cap && !lx.NounCaps && !lx.NounModifiers && lx.Speakers[tk.b] != "" && !lx.Set("docnouns", tk.b) && !t.isTitleWord(k) && t.toks[k-1].kind == tWord && lx.Set("docnouns", t.toks[k-1].b) {
			continue // "les chiffres officiels du ministère": an adjective of the document, no speaker
		}
		if tk := &t.toks[k]; tk.kind == tWord && (lx.Speakers[tk.b] != "" || lx.Set("docnouns", tk.b) || t.isTitleWord(k) && !(k > i && t.adjTitle(k))) {
			h = k
			break
		}
	}
	m.head, m.headTok = t.toks[h].b, h
	// A title of several words whose last word only qualifies the first
	// ("l'avocat général", the prosecutor, not a lawyer): the whole title
	// is the head.
	if lx.Set("titlemods", t.toks[h].l) {
		for k := max(i, h-3); k < h; k++ {
			if n := t.multiTitle(k, h+1); n > 1 && k+n == h+1 {
				m.head = t.lowerSpan(k, h+1)
				break
			}
		}
	}
	if dm := rs.demonymNP(m, lo, i, h, detGender); dm != nil {
		return dm
	}
	if lx.Set("docnouns", m.head) {
		m.kind = kDoc
		if m.owner == nil && h > i && depth < 2 {
			m.owner = rs.authorBefore(m, i, h, depth)
		}
		if m.owner == nil && h+2 < len(t.toks) && h+1 < hi && (lx.Set("by", t.toks[h+1].l) || lx.Set("docfrom", t.toks[h+1].l) || lx.Set("docin", t.toks[h+1].l)) && depth < 2 {
			m.owner = rs.authorAfter(h, hi, depth)
		}
		return m
	}
	m.class = lx.Speakers[m.head]
	compound := false
	if m.class == "" {
		// "das Innenministerium": a body of a kind the lexicon knows,
		// though not whose (no country's government by default).
		m.class = compoundSpeaker(lx, m.head)
		compound = m.class != ""
	}
	if m.class == "" {
		if _, ok := lx.Titles[m.head]; ok || t.isTitleWord(h) {
			m.class = "people"
		}
	}
	if m.class == "" {
		// A phrase with a determiner whose head the lexicon does not know
		// ("la préfecture des Pyrénées-Atlantiques"): a speaker only
		// where the sentence's structure makes it one, which is every
		// place parseNP is asked about.
		if i == lo && possessor == nil || t.toks[h].cap && !lx.NounCaps || isTimeWord(lx, m.head) || lx.Set("quantifiers", m.head) {
			return nil // no determiner: "Avoiding the", "Held accountable"
		}
		if lx.Set("mutenouns", m.head) {
			return nil // "the death toll", "los hechos"
		}
		if lx.Set("nicknames", m.head) {
			// "dijo el madrileño", "o petista garantiu": a person
			// described by city, club or party, whom the article
			// names elsewhere if at all; no party of that name.
			return nil
		}
		m.class = "unknown"
	}
	if m.class == "gov" && !compound {
		m.gov = true
	}
	if m.class == "spokes" {
		m.spokes = true
	}
	m.kind = kDesc
	m.generic = true
	if !(m.t0 < m.t1 && lx.Set("singulardets", t.toks[m.t0].l)) {
		// (Not after a singular article: "el delantero francés" is one
		// forward, whatever "francés" ends with.)
		m.plural = m.plural || lx.Set("plural", m.head) || t.pluralForm(m.head)
	}
	if m.definite && lx.Set("anaphoric", m.head) && !lx.NounCaps {
		// "Según el club blanco, …", "la formación morada": a body
		// described by its colours or nickname, which the article may
		// never have named so; not the last one of its kind named
		// ("… venció al Valencia. Según el club blanco, …" is Real
		// Madrid's).
		for k := h + 1; k < hi && k <= h+2 && t.toks[k].kind == tWord && !t.toks[k].cap; k++ {
			if lx.Set("nicknames", t.toks[k].l) {
				m.definite = false
				break
			}
		}
	}
	// A bare singular noun is no subject ("Company said nothing"):
	// headlines drop their articles, articles do not. But wire copy
	// writes an official source so, with whom it speaks for ("Fonte do
	// ministério disse à Lusa …"), or what kind ("…, a-t-on appris de
	// source judiciaire").
	if h == i && i == lo && possessor == nil && !m.plural && !lx.NounCaps && lx.Speakers[m.head] != "spokes" && !(m.class == "gov" && (t.ofIn(h+1, hi) || h+1 < hi && t.toks[h+1].kind == tWord && !t.toks[h+1].cap)) {
		return nil
	}
	return m
}

// demonymNP reads a description whose head h, right after the
// determiners, is a demonym: one person of that country ("el chileno",
// "The Italian") or its people ("the Chinese"); nil when h is no demonym.
func (rs *resolver) demonymNP(m *mention, lo, i, h int, detGender byte) *mention {
	t := rs.t
	lx := t.lx
	if f, n := rs.gaz.match(t.toks, h, h+1); n == 1 && f.kind == formDemonym && h == i && i > lo && !t.toks[h].cap && t.singularGendered(i-1) {
		// "el chileno", "la argentina", "o brasileiro": one person of
		// that country, not its government.
		m.kind, m.class, m.definite, m.country, m.demonym = kDesc, "people", true, f.c, true
		if m.gender == 0 {
			m.gender = detGender
		}
		return m
	}
	if f, n := rs.gaz.match(t.toks, h, h+1); n == 1 && f.kind == formDemonym && h == i {
		// "L'Italien a salué …", "le Gabonais", "la Française": after a
		// singular article that tells a gender (or French "l'"), one
		// person of that nationality, not the country; not in a
		// language that capitalises nouns ("der Italiener" may be "of
		// the Italians").
		if d := i - 1; d >= 0 && !lx.NounCaps && t.toks[d].kind == tWord && !lx.Set("pluraldeterminers", t.toks[d].l) &&
			(lx.Set("masculine", t.toks[d].l) || lx.Set("feminine", t.toks[d].l) || lx.Set("definite", t.toks[d].l) && lx.Elisions[t.toks[d].l]) {
			// (A party of its own: which person it is the article does
			// not say in a way read here.)
			m.kind, m.class, m.plural, m.generic = kDesc, "people", false, true
			switch {
			case lx.Set("masculine", t.toks[d].l):
				m.gender = 'm'
			case lx.Set("feminine", t.toks[d].l):
				m.gender = 'f'
			}
			return m
		}
		// ("die Amerikaner": an article neither masculine nor singular
		// before a noun of no woman, [set personfeminine], is the
		// plural's.)
		pluralArticle := false
		if d := i - 1; d >= lo && len(lx.Sets["personfeminine"]) > 0 && !t.endsIn("personfeminine", t.toks[h].l, 2) {
			pluralArticle = !lx.Set("masculine", t.toks[d].l) && !lx.Set("singulardeterminers", t.toks[d].l)
		}
		if m.definite && !m.plural && !pluralArticle && (t.endsIn("persondemonyms", t.toks[h].l, 2) || lx.Set("persondemonymwords", t.toks[h].l)) {
			// "The Italian, who took over in the summer, insisted …":
			// one person, described by nationality, not the country.
			m.kind, m.class, m.person, m.demonym, m.country = kDesc, "people", true, true, f.c
			return m
		}
		// "the Chinese", "les Chinois"
		m.kind, m.country, m.plural = kCountry, f.c, true
		return m
	}
	return nil
}

// pronounNP reads phrase lo..hi into m when it is a pronoun: a lone
// one, a lone demonstrative, one of two words ("l'intéressé") or "ce
// dernier". It reports whether it was.
func (t *text) pronounNP(m *mention, lo, hi int) bool {
	lx := t.lx
	i := lo
	first := &t.toks[i]
	// A lone pronoun.
	if hi-lo == 1 {
		if pr, ok := lx.Pronouns[first.l]; ok {
			m.kind, m.head, m.surface = kPron, first.l, first.s
			m.gender, m.plural = pr.Gender, pr.Plural
			if pr.Either {
				m.gender = 0
			}
			m.latter = lx.Set("latter", first.l) // "celui-ci": the one named last
			return true
		}
	}
	// A demonstrative alone, "Este indicó …", "Esta aseguró …": the one
	// named last, as "este último" (whether it stands before the verb
	// or before a noun is the caller's to tell).
	if hi-lo == 1 && t.loneDemonstrative(lo) {
		m.kind, m.head, m.surface, m.headTok, m.latter = kPron, first.l, first.s, i, true
		m.plural, m.gender = determinerAgreement(lx, first.l)
		return true
	}
	// A pronoun of two words: "l'intéressé".
	if hi-lo == 2 {
		if pr, ok := lx.Pronouns[first.l+" "+t.toks[i+1].l]; ok {
			m.kind, m.head, m.surface, m.headTok = kPron, first.l+" "+t.toks[i+1].l, first.s+" "+t.toks[i+1].s, i+1
			if strings.HasSuffix(first.l, "'") {
				m.surface = first.s + t.toks[i+1].s
			}
			m.gender, m.plural = pr.Gender, pr.Plural
			return true
		}
	}
	// "ce dernier", "cette dernière": the person named last.
	if hi-lo == 2 && lx.Set("latter", first.l+" "+t.toks[i+1].l) {
		m.kind, m.head, m.surface, m.headTok, m.latter = kPron, t.toks[i+1].l, first.s+" "+t.toks[i+1].s, i+1, true
		m.plural, m.gender = determinerAgreement(lx, first.l)
		return true
	}
	return false
}

// determiners reads the determiners that open phrase m at token i,
// before hi: whether it is definite or plural, the gender they mark, and
// a possessive's owner ("their report", "his office"). It returns the
// token after them.
func (t *text) determiners(m *mention, i, hi int) (next int, possessor *mention, detGender byte) {
	lx := t.lx
	for i < hi && t.toks[i].kind == tWord && lx.Set("determiners", t.toks[i].l) && !t.isName(i) {
		l := t.toks[i].l
		switch {
		case lx.Set("masculine", l):
			detGender = 'm'
		case lx.Set("feminine", l):
			detGender = 'f'
		}
		switch {
		case lx.Set("definite", l):
			m.definite = true
		case lx.Set("possessive", l):
			possessor = &mention{kind: kPron, head: l, t0: i, t1: i + 1}
			// "their report": a group's or a body's, not one person's.
			possessor.plural = lx.Set("ppossessive", l)
			switch {
			case lx.NounCaps:
				// (German "ihr" is also a body's or many people's, "sein"
				// a body's: "Ihre Vorsitzende" after "Die Gewerkschaft
				// Verdi …"; only a colon's verdict reads them, [set
				// colonnouns].)
			case lx.Set("mpossessive", l):
				possessor.gender = 'm' // "his office": a man's
			case lx.Set("fpossessive", l):
				possessor.gender = 'f'
			}
		case lx.Set("quantifiers", l):
			m.plural = true
		}
		if lx.Set("pluraldeterminers", l) {
			m.plural = true // "os Poderes": no "ele"
		}
		i++
	}
	return i, possessor, detGender
}

// acronymBeforeTitle reports whether token k opens a parenthesis that
// holds an acronym alone, right before a title within the phrase ending
// at end: "Pan American Health Organization (PAHO) Director Carissa
// Etienne" names the body's officer, not the body.
func (t *text) acronymBeforeTitle(k, end int) bool {
	return k+3 < end && t.toks[k].s == "(" && t.toks[k+2].s == ")" && lang.IsAcronym(t.toks[k+1].s) && (t.isTitleWord(k+3) || t.multiTitle(k+3, end) > 0)
}

// ofOwner returns where the head of phrase m, opening at token i, ends
// before the first "of"-phrase, preposition, parenthesis or comma that
// does not glue a name together ("Bank of America"), or hi; an
// "of"-phrase after the head names m's owner, a place after another
// preposition its country ("officials in Beijing").
func (rs *resolver) ofOwner(m *mention, i, lo, hi, depth int) int {
	t := rs.t
	lx := t.lx
	end := hi
	for k := i + 1; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord {
			if tk.s == "(" && (t.parenLabel(k, hi) || t.acronymBeforeTitle(k, hi)) {
				k += 2 // "le député (LFI) Paul Mercier": the label is the title's; "… Organization (PAHO) Director …": the body's short form
				continue
			}
			if tk.s == "(" || tk.s == "," {
				end = k
				break
			}
			continue
		}
		if (lx.Set("of", tk.l) || lx.Set("prep", tk.l)) && !t.surnameArticle(k) {
			// (A capitalised title after the article glues nothing: "El
			// Ministro de Salud, X", "O Presidente da República, X" are
			// the person's title and its office.)
			if lx.Set("of", tk.l) && k-1 >= i && (t.isTitleWord(k-1) || lx.Set("partylabels", t.toks[k-1].l) && k-2 >= i && t.isTitleWord(k-2) || k-3 >= i && t.parenLabel(k-3, hi)) && t.placeThenPerson(k+1, hi) {
				// "la députée (RN) du Pas-de-Calais Marine Le Pen": the
				// title's place, then the person's name, one phrase.
				continue
			}
			if lx.Set("of", tk.l) && t.glue(k, hi) && !(k-1 == i && i > lo && t.isTitleWord(k-1)) &&
				!(lx.Set("partylabels", t.toks[k-1].l) && k-2 >= i && t.isTitleWord(k-2)) {
				// (Not a party's label after a title: "le maire LR de
				// Nîmes" is the mayor of Nîmes, no "LR de Nîmes".)
				for k+1 < hi && !t.toks[k+1].cap && lx.Set("nameglue", t.toks[k+1].l) {
					k++ // ("Ursula von der Leyen": the glue words after it too)
				}
				continue
			}
			end = k
			if depth < 2 {
				o := rs.parseNP(k+1, hi, depth+1)
				if o == nil && lx.Set("of", tk.l) && lx.Set("definite", tk.l) && k+1 < hi {
					// "ein Bericht des Innenministeriums": the "of" word is
					// the owner's article too.
					o = rs.parseNP(k, hi, depth+1)
				} else if o == nil && lx.Set("of", tk.l) && lx.Set("determiners", tk.l) && lx.Set("docnouns", t.toks[k-1].b) && k+1 < hi {
					// So is it after a document, when the owner is a
					// name or speaks: "informe del portal de finanzas
					// WalletHub", not "el estudio del caso".
					if o = rs.parseNP(k, hi, depth+1); o != nil && !named(o) && (o.kind != kDesc || o.class == "unknown" || o.owner == nil && !o.gov) {
						o = nil
					}
				}
				switch {
				case o == nil:
				case lx.Set("of", tk.l):
					m.owner = o
				default:
					// "officials in Beijing": a place ties them to a
					// country.
					if o.kind == kCountry {
						m.country = o.country
					}
				}
			}
			break
		}
	}
	return end
}

// listTradeWord returns, for a name at token lo that ends a list of
// names after a plural organisation word and its article ("los
// sindicatos CCOO y UGT", "les syndicats CGT et FO"), the token of that
// word, else -1.
func (t *text) listTradeWord(lo int) int {
	lx := t.lx
	k := lo - 1
	if k < 0 || t.toks[k].kind != tWord || !lx.Set("coord", t.toks[k].l) {
		return -1
	}
	sent := t.toks[lo].sent
	names := 0
	for k--; k >= 0 && t.toks[k].sent == sent; k-- {
		tk := &t.toks[k]
		switch {
		case tk.kind == tWord && tk.cap && t.isName(k):
			names++
			continue
		case tk.s == "," && names > 0:
			continue
		}
		break
	}
	if k < 1 || names == 0 || t.toks[k].kind != tWord || t.toks[k].cap || !lx.Set("orgwords", t.toks[k].b) || !lx.Set("determiners", t.toks[k-1].l) {
		return -1
	}
	if !lx.Set("plural", t.toks[k].l) && !t.pluralForm(t.toks[k].l) {
		return -1
	}
	return k
}

// ofIn reports whether an "of" word comes among tokens [lo, hi) ("Fonte
// oficial do ministério").
func (t *text) ofIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t.toks[k].kind == tWord && t.lx.Set("of", t.toks[k].l) {
			return true
		}
	}
	return false
}

// classifyName decides what kind of name a mention carries.
func (rs *resolver) classifyName(m *mention, lo, hi, end int) *mention {
	t := rs.t
	lx := t.lx
	words := hi - lo
	last := t.toks[hi-1].b
	if f, n := rs.gaz.match(t.toks, lo, hi); n == words && f.kind != formDemonym {
		m.kind, m.country = kCountry, f.c
		return m
	}
	// The head of a name with an "of"-phrase comes before it ("Army
	// Corps of Engineers", "Bank of England", "Board of Governors").
	ofHead := false
	for k := lo + 1; k+1 < hi; k++ {
		if tk := &t.toks[k]; tk.kind == tWord && !tk.cap && lx.Set("of", tk.l) {
			if lx.Set("orgwords", t.toks[k-1].b) {
				last, ofHead = t.toks[k-1].b, true
			}
			break
		}
	}
	// "semiconductor maker Veritas Micro", "retailer Harlow Foods": a
	// lower-case word of a kind of company right before the name.
	tradeWord := false
	if p := lo - 1; p >= 0 && t.toks[p].kind == tWord && t.toks[p].sent == t.toks[lo].sent && lx.Set("tradewords", t.toks[p].b) && !t.isTitleWord(p) {
		s := &t.sents[t.toks[lo].sent]
		tradeWord = !t.toks[p].cap || p == s.body // (capitalised only opening the sentence: "Retailer Harlow Foods")
	}
	// "l'association Pro Natura", "le syndicat Unia": a lower-case
	// organisation word after an article, right before the name, unless
	// a given name opens it ("la fondation Marie Curie" stays a name);
	// capitalised as every German noun: "die Gewerkschaft Deutscher
	// Lokomotivführer".
	tradeTok := lo - 1
	if p := lo - 1; !tradeWord && p-1 >= 0 && t.toks[p].kind == tWord && (!t.toks[p].cap || lx.NounCaps) && t.toks[p].sent == t.toks[lo].sent {
		// (Past a nationality: "la constructora brasileña Andrade
		// Souza", "la aerolínea colombiana Avianca".)
		if f, n := rs.gaz.match(t.toks, p, p+1); n == 1 && f.kind == formDemonym && p-2 >= 0 && !lx.NounCaps && t.toks[p-1].kind == tWord && !t.toks[p-1].cap {
			p--
			tradeTok = p
		}
		if lx.Set("orgwords", t.toks[p].b) && !t.isTitleWord(p) && p-1 >= 0 && lx.Set("determiners", t.toks[p-1].l) && lx.GivenNames[t.toks[lo].l] == 0 {
			tradeWord = true
		} else {
			tradeTok = lo - 1
		}
	}
	if p := t.listTradeWord(lo); !tradeWord && p >= 0 {
		tradeWord, tradeTok = true, p // "los sindicatos CCOO y UGT": UGT a union too
	}
	switch {
	case tradeWord && words >= 1 && m.title == "":
		m.kind = kOrg
		if m.trade = t.kindOf(t.toks[tradeTok].l); m.trade == "" {
			m.trade = "company"
		}
	case lx.Set("orgwords", last) || lx.Set("newsnames", strings.ToLower(m.name)) || lx.Set("newsnames", last) && !(words >= 2 && lx.GivenNames[t.toks[lo].l] != 0) || words >= 2 && lx.Set("teamwords", last):
		// (Not a person's name whose surname is an outlet's: "Michael R.
		// Bloomberg".)
		// ("Northfield United", "Bristol Rovers": a club; "United" alone
		// is a name that may stand for one.)
		m.kind = kOrg
		// (Such a head names a government only when it speaks as one:
		// "Ministry of Foreign Affairs", not "Property Council of
		// Australia".)
		if lx.Set("govwords", last) && !m.nonGov && (!ofHead || lx.Speakers[last] == "gov") {
			m.gov = true // "Chinese Foreign Ministry", "Ministerio de Salud"
		}
	case lang.IsAcronym(t.toks[lo].s) && words == 1:
		m.kind = kOrg // an acronym
	case m.title != "" && !m.gov && m.class == "" && words >= 1:
		m.kind = kPerson
	case m.title != "":
		m.kind = kPerson
	case words >= 2:
		m.kind = kPerson
		// "the Coastal Trade Monitor": a name of several words right
		// after a definite article, with no title, is no person's.
		if lo > 0 && t.toks[lo-1].kind == tWord && lx.Set("definite", t.toks[lo-1].l) && !lx.Set("possessive", t.toks[lo-1].l) &&
			!(lx.Set("comp", t.toks[lo-1].l) && lx.GivenNames[t.toks[lo].l] != 0) {
			// (Not a complementiser before a given name: "so secret
			// that Wayne King, the director, did not know".)
			m.kind = kOrg
		}
		if lx.Set("definite", t.toks[lo].l) && t.titleArticle(lo) {
			m.kind = kOrg // "El País", "Las Provincias": a title opening with its article
		}
		for k := lo; k < hi; k++ {
			if k == lo && lx.GivenNames[t.toks[k].l] != 0 {
				continue // "Marine Tondelier": a given name first, not "la Marine"
			}
			if k == hi-1 && k-lo >= 2 && lx.Set("postnominals", t.toks[k].l) {
				continue // "Andrew Moore KC": letters after a person's name
			}
			if lx.Set("orgwords", t.toks[k].b) || lang.IsAcronym(t.toks[k].s) || !t.toks[k].cap && lx.Set("namewords", t.toks[k].l) {
				m.kind = kOrg
			}
		}
	case words == 1 && lo == t.sents[t.toks[lo].sent].body && lx.Set("docnouns", t.toks[lo].b) && !t.midCap[t.toks[lo].b]:
		// "Documents revealed …": a document of no one named, its
		// capital that of the sentence's first word.
		m.name, m.kind, m.head, m.headTok = "", kDoc, t.toks[lo].b, lo
		return m
	default:
		m.kind = kName
	}
	if g := lx.Given(lang.Lower(t.toks[lo].s)); g != 0 && m.kind == kPerson && words >= 2 && m.gender == 0 {
		m.gender = g // "Clara Dubois" is no "il"
	}
	// "a New York Times report": a document by the name.
	if hi < end && lx.Set("docnouns", t.toks[end-1].b) {
		owner := *m
		owner.t1 = hi
		m.owner = &owner
		if lo > 0 && lx.Set("possessive", t.toks[lo-1].l) {
			m.owner = nil // "his Facebook profile" is his, not Facebook's
		}
		if _, n := rs.gaz.match(t.toks, lo, hi); hi-lo == 1 && n == 0 && lo == t.sents[t.toks[lo].sent].body && !t.midCap[t.toks[lo].b] && lx.GivenNames[t.toks[lo].l] == 0 &&
			!lx.Set("newsnames", t.toks[lo].l) && !lang.IsAcronym(t.toks[lo].s) {
			// "Online records revealed …", "Internal documents show
			// …": a word its place alone capitalised, never a name
			// elsewhere, describes the document; it names no author.
			m.owner = nil
		}
		m.name, m.kind, m.head = "", kDoc, t.toks[end-1].b
		return m
	}
	// Words after the name that describe it ("Mandiant Internet security
	// firm" is rare; "Acme Corp spokesman" is not): a title after the name
	// makes the name its owner.
	if hi < end {
		for k := hi; k < end; k++ {
			if t.isTitleWord(k) {
				owner := *m
				owner.title, owner.t1 = "", hi
				m.owner = &owner
				m.name = ""
				m.kind = kDesc
				m.head, m.headTok = t.toks[k].b, k
				// A role, so someone who can speak ("a Cruz adviser"),
				// as a role without a name is.
				if m.class = lx.Speakers[m.head]; m.class == "" {
					m.class = "people"
				}
				m.spokes = m.spokes || lx.Titles[m.head].Spokes
				m.plural = m.plural || lx.Set("plural", m.head) || !lx.NounCaps && t.pluralForm(m.head) // "Energy experts", "Tory MPs"
				return m
			}
		}
		// A name of one word in a genitive "s" before a noun that is no
		// name, where nouns are capitalised ("einer von Langs Insidern"),
		// the name without its "s" written elsewhere in the article ("Karl
		// Lang"): the name is the noun's owner, the people the noun names
		// are not the name's bearer.
		if lx.NounCaps && hi-lo == 1 && t.toks[hi].kind == tWord && t.toks[hi].cap && !t.isName(hi) && t.genitiveOfName(lo) {
			owner := *m
			owner.title, owner.t1 = "", hi
			owner.name = strings.TrimSuffix(m.name, "s")
			m.owner = &owner
			m.name = ""
			m.kind = kDesc
			m.head, m.headTok = t.toks[hi].b, hi
			m.class = "people"
		}
	}
	return m
}

// genitiveOfName reports whether the capitalised word at token k is
// a name in a genitive "s" ([set genitiveendings]) whose name without
// it is a word of the article, capitalised: "Langs" after "Karl Lang".
func (t *text) genitiveOfName(k int) bool {
	w := t.toks[k].s
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || !t.lx.Set("genitiveendings", "s") {
		return false
	}
	stem := strings.TrimSuffix(w, "s")
	for j := range t.toks {
		if j != k && t.toks[j].kind == tWord && t.toks[j].cap && t.toks[j].s == stem {
			return true
		}
	}
	return false
}

// authorWord reports whether token k can begin a document's author ("a
// New York Times report", "a defense ministry statement"): a name, or a
// word the lexicon knows for a body or a speaker, not an adjective ("a
// new report").
func (rs *resolver) authorWord(k int) bool {
	t := rs.t
	l := t.toks[k].b
	return t.isName(k) || t.lx.Set("govwords", l) || t.lx.Set("orgwords", l) || t.lx.Set("mediawords", l) ||
		t.lx.Speakers[l] != "" || rs.gaz.countryIn(t.toks, k, k+1) != nil
}

// stripPossessive drops an English possessive ending from a name
// ("Trump's" → "Trump").
func stripPossessive(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// startsAccording reports whether an "according to" pattern that comes
// before its source starts at token k.
func (t *text) startsAccording(k int) bool {
	for _, p := range t.lx.According {
		if len(p.Before) == 0 || p.Before[0] == "," {
			continue
		}
		j, ok := k, true
		for _, w := range p.Before {
			if w == "," {
				continue
			}
			// (A capital may have lost its accent: "A ses yeux".)
			if j >= len(t.toks) || t.toks[j].kind != tWord || t.toks[j].l != w && !(j == k && t.toks[j].cap && lang.Fold(w) == t.toks[j].l) {
				ok = false
				break
			}
			j++
		}
		if ok {
			return true
		}
	}
	return false
}

// prepNoun reports whether token k is a noun that makes a preposition
// with the preposition after it ("faute de", "grâce à", "frente a",
// "graças a"). A noun that also names bodies is the body's name before
// "of" ("Frente de Todos").
func (t *text) prepNoun(k int) bool {
	if !t.lx.Set("prepnouns", t.toks[k].b) || k+1 >= len(t.toks) {
		return false
	}
	n := t.toks[k+1].l
	if t.lx.Set("of", n) && t.lx.Set("orgwords", t.toks[k].b) {
		return false
	}
	return t.lx.Set("prep", n) || t.lx.Set("of", n)
}

// surnameAfterGiven reports whether the capitalised word at token k
// follows a given name inside a sentence: a surname, even one that is
// also a common word ("Stephan Weil", "Sebastian Kurz").
func (t *text) surnameAfterGiven(k int) bool {
	tk := &t.toks[k]
	return tk.kind == tWord && tk.cap && k > t.sents[tk.sent].body && t.toks[k-1].kind == tWord && t.toks[k-1].cap &&
		t.lx.Given(t.toks[k-1].l) != 0
}

// givenFrom returns the first token after lo of the name [lo, hi) that is
// a given name the lexicon knows with a surname after it, or -1.
func (t *text) givenFrom(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if t.surnameAfterGiven(k + 1) {
			return k
		}
	}
	return -1
}

// surnameArticle reports whether token k, a definite article or a word
// that joins names, opens the second part of a person's name:
// capitalised inside a sentence, between a name word and a capitalised
// word ("Anne Le Bihan", "Yann Le Goff", "Roberto De Zerbi"), in a
// language that does not capitalise its nouns.
func (t *text) surnameArticle(k int) bool {
	tk := &t.toks[k]
	s := &t.sents[tk.sent]
	if t.lx.NounCaps || !tk.cap || !t.lx.Set("definite", tk.l) && !t.lx.Set("nameglue", tk.l) || t.lx.Set("coord", tk.l) || k <= s.body || k+1 >= s.t1 {
		return false
	}
	prev, next := &t.toks[k-1], &t.toks[k+1]
	return prev.kind == tWord && prev.cap && prev.q < 0 && next.kind == tWord && next.cap && next.q < 0 &&
		!t.lx.Set("determiners", prev.l) && !t.lx.Set("definite", next.l) && t.isName(k-1)
}

// titleArticle reports whether the definite article at token k, written
// with a capital inside a sentence before a name, opens that name: "según
// El País", "el diario Las Provincias", "selon Le Monde". (Opening a
// sentence, a capital article tells nothing.)
func (t *text) titleArticle(k int) bool {
	tk := &t.toks[k]
	if t.lx.NounCaps || tk.kind != tWord || !tk.cap || !t.lx.Set("titlearticles", tk.l) || t.lx.Elisions[tk.l] || k == 0 || k+1 >= len(t.toks) {
		return false
	}
	s := &t.sents[tk.sent]
	prev, next := &t.toks[k-1], &t.toks[k+1]
	if k <= s.body || k+1 >= s.t1 || prev.kind != tWord || prev.cap && t.isName(k-1) || next.kind != tWord || !next.cap || next.q != tk.q {
		return false
	}
	return !t.lx.Set("determiners", next.l) && t.isName(k+1)
}

// newsNameEndsAt reports whether a news outlet of two or three words ends
// right before token k ("20 Minutes", "France Inter").
func (t *text) newsNameEndsAt(k int) bool {
	for b := k - 2; b >= 0 && b >= k-3; b-- {
		if t.toks[b].sent != t.toks[k].sent {
			break
		}
		key := t.toks[b].l
		for e := b + 1; e < k; e++ {
			key += " " + t.toks[e].l
		}
		if t.lx.Set("newsnames", key) {
			return true
		}
	}
	return false
}

// monthGiven reports whether the capitalised month at token k, in a
// language that capitalises its months, is a part of a person's name
// ([set givenmonths]): before a capitalised surname, not after a
// preposition, a word of time, a determiner or a number ("April Ryan
// said", but "in April Reed said", "last May Reed said"); or the last of
// a person's names before a comma and an age ("Yin Myint May, 60, a
// doctor, said", but "on Friday May, 60 …" is no name). "May 5", "April
// 2019", "since May" stay dates.
func (t *text) monthGiven(k int) bool {
	tk := &t.toks[k]
	lx := t.lx
	s := &t.sents[tk.sent]
	if !tk.cap || !lx.Set("givenmonths", tk.l) {
		return false
	}
	word := func(j int) bool {
		return j >= s.t0 && j < s.t1 && t.toks[j].kind == tWord && t.toks[j].q < 0
	}
	plain := func(l string) bool {
		return lx.Months[l] == 0 && !lx.Set("time", l) && !lx.Set("prep", l) && !lx.Set("determiners", l) && !lx.Set("clause", l) &&
			!lx.Set("coord", l) && !lx.Set("adverbs", l) && !lx.Set("timemods", l) && !isDigits(l)
	}
	if k+3 < s.t1 && k-1 > s.body && word(k-1) && t.toks[k-1].cap && plain(t.toks[k-1].l) &&
		t.toks[k+1].s == "," && isDigits(t.toks[k+2].s) && t.toks[k+3].s == "," {
		return true // "Yin Myint May, 60,"
	}
	if !word(k+1) || !t.toks[k+1].cap || !plain(t.toks[k+1].l) || t.toks[k+1].start == tk.end {
		return false
	}
	if k > s.body && (!word(k-1) || !plain(t.toks[k-1].l)) {
		// (Also after the comma that closes a phrase of time opening
		// the sentence: "On Friday, May Ryan said …", where a month
		// would have its day: "On Friday, May 5".)
		return t.toks[k-1].s == "," && t.openingTimeTo(k-1, s)
	}
	return true
}

// isName reports whether token k can be part of a proper name: a
// capitalised word that is not a function word, and, first in its
// sentence, one the article also capitalises elsewhere or that is
// followed by another capitalised word. In languages that capitalise
// nouns, a capital that follows a determiner marks a noun, not a name.
func (t *text) isName(k int) bool {
	tk := &t.toks[k]
	if tk.kind == tWord && !tk.cap && t.lx.NounCaps && t.lx.Set("newsnames", tk.l) && k > 0 && t.toks[k-1].cap {
		return true // "die Nachrichtenagentur dpa": an agency's name in lower case, after its noun
	}
	if tk.kind != tWord || !tk.cap {
		return false
	}
	lx := t.lx
	l := tk.b
	if t.surnameAfterGiven(k) || t.surnameArticle(k) {
		return true
	}
	if t.titleArticle(k) {
		return true
	}
	if lx.Elisions[l] && (k+1 >= len(t.toks) || !t.toks[k+1].cap) {
		return false // "C'est ce qu'a annoncé …": no one named C' (but "N'Golo Kanté")
	}
	if lx.Set("namemonths", l) && k+1 < len(t.toks) && t.toks[k+1].sent == tk.sent && t.toks[k+1].kind == tWord && t.toks[k+1].cap && lx.Months[t.toks[k+1].l] == 0 {
		return true // "Julio Sepúlveda": a month the language writes in lower case, written with a capital before a name
	}
	if lx.Months[l] > 0 && t.monthGiven(k) {
		return true
	}
	if lx.Set("determiners", l) || lx.Set("clause", l) || lx.Set("prep", l) || lx.Set("starters", l) || lx.Set("notnames", l) ||
		lx.Set("negsubj", l) || lx.Set("negation", l) || lx.Set("adverbs", l) || lx.Set("time", l) || lx.Months[l] > 0 {
		return false
	}
	if n := k + 1; n < len(t.toks) && t.toks[n].sent == tk.sent && t.toks[n].start > tk.end && lx.Set("inversion", lang.Lower(t.src[tk.end:t.toks[n].end])) {
		return false // "Faut-il …", "Reste-t-il …": a verb, its clitic subject split from it
	}
	if _, ok := lx.Pronouns[l]; ok {
		return false
	}
	if s := &t.sents[tk.sent]; k == s.body && k+1 < s.t1 && t.toks[k+1].cap && lx.Set("formaladdress", t.toks[k+1].l) {
		return false // "Werden Sie Teil der Community", "Unterschreiben Sie …": a verb that addresses the reader
	}
	if t.prepNoun(k) {
		return false // "Faute d'accord, …", "Gracias a estas medidas, …": no one named Faute
	}
	if t.startsAccording(k) {
		return false // "According to the ministry": no one named According
	}
	if _, ok := lx.Verbs[l]; ok && !t.midCap[l] {
		return false
	}
	// "Virginia-based", "Kremlin-backed": an adjective, not a name.
	if i := strings.LastIndexByte(tk.s, '-'); i > 0 && i+1 < len(tk.s) && !unicode.IsUpper(firstRune(tk.s[i+1:])) && !unicode.IsDigit(firstRune(tk.s[i+1:])) {
		return false
	}
	if lx.NounCaps {
		if lang.IsAcronym(tk.s) {
			return true
		}
		if t.afterDet[l] && !t.afterGiven[l] || lx.Set("orgwords", l) || lx.Speakers[l] != "" || lx.Set("titlesuffix", l) || lx.Set("docnouns", l) || lx.Set("barenouns", l) {
			return false
		}
		if t.endsIn("nounsuffixes", l, 3) {
			return false // "Ergebnisse lägen noch nicht vor": a plural noun opening the sentence
		}
		if k+1 < len(t.toks) && t.toks[k+1].kind == tWord && lx.Set("passiveparticiple", t.toks[k+1].l) {
			return false // "Verletzt worden sei niemand": a participle before its auxiliary
		}
		if _, ok := lx.Titles[l]; ok {
			return false
		}
		if t.openingAdjective(k) || k > 0 && t.openingAdjective(k-1) {
			return false // (nor is the noun after it: "Harte Worte fand …")
		}
		// A German capital is a name when the article never uses the word
		// after a determiner and it stands next to another name or after
		// a title.
		return true
	}
	s := &t.sents[tk.sent]
	atStart := k == s.body || k > 0 && (t.toks[k-1].kind == tQOpen || t.toks[k-1].s == ":" || t.toks[k-1].s == "—" || t.toks[k-1].s == "-")
	if !atStart {
		return true
	}
	// A word alone in its sentence, after no more than a dialogue dash
	// ("— Pourquoi ?", "— Vraiment."), that the article never
	// capitalises inside a sentence: a question or an answer, no one
	// named.
	if !t.midCap[l] && lx.GivenNames[l] == 0 && !lang.IsAcronym(tk.s) && t.loneWord(k, s) {
		return false
	}
	// A noun of people opening the sentence before a name describes the
	// person: "Witness Ahmed Karim said", "Teammate Kevin De Bruyne added".
	if !t.midCap[l] && t.lx.Speakers[l] == "people" && k+2 < s.t1 && t.toks[k+1].cap && t.toks[k+1].kind == tWord &&
		(t.lx.GivenNames[t.toks[k+1].l] != 0 || t.toks[k+2].cap && t.toks[k+2].kind == tWord) {
		return false
	}
	// "Fuentes del Ejecutivo explicaron …": sources of a body, not a
	// person named Fuentes.
	if !t.midCap[l] && lx.Set("sourcenouns", l) && k+1 < s.t1 && t.toks[k+1].kind == tWord && !t.toks[k+1].cap && lx.Set("of", t.toks[k+1].l) {
		return false
	}
	// First in its sentence: a name unless the article also writes it in
	// lower case ("Roads were closed") and never capitalises it inside a
	// sentence, or it ends like an adverb ("Hastily, …").
	if !t.midCap[l] && t.adverbEnding(l) {
		return false
	}
	// Nor one word ending like an abstract noun that no name goes on
	// after ("Criticism came from …", "Opposition grew"): a name that so
	// ends is a given name ("Florence") or goes on ("Unity Party").
	if !t.midCap[l] && lx.GivenNames[l] == 0 && !(k+1 < s.t1 && t.toks[k+1].kind == tWord && t.toks[k+1].cap) && t.endsIn("nounsuffixes", l, 3) {
		return false
	}
	// "Rendido, tentou …", "Preocupada, la ministra …": a participle
	// before a comma describes the subject; a name is not cut off from
	// its verb by a comma.
	if !t.midCap[l] && k+1 < s.t1 && t.toks[k+1].s == "," && t.endsIn("participleendings", l, 2) {
		return false
	}
	if !t.midCap[l] && t.frontedAdjunct(k, s) {
		return false
	}
	if !t.midCap[l] && t.frontedAdjective(k, s) {
		return false
	}
	if !t.midCap[l] && t.ofCommonNoun(k, s) {
		return false
	}
	if !t.midCap[l] && t.verbOpening(k, s) {
		return false
	}
	return t.midCap[l] || lang.IsAcronym(tk.s) || !t.lowerSeen[l]
}

// ofCommonNoun reports whether the word at token k, first in sentence s,
// is a common noun the lexicon does not know before "of" and a word in
// lower case that is no determiner ("Cost of living adjustments will
// …"): a name goes on with capitals ("Bank of America") or an article
// ("Friends of the Earth").
func (t *text) ofCommonNoun(k int, s *sentence) bool {
	lx := t.lx
	l := t.toks[k].l
	if k+2 >= s.t1 || lx.GivenNames[l] != 0 || lang.IsAcronym(t.toks[k].s) || known(lx, l) || lx.Set("docnouns", l) {
		return false
	}
	of, next := &t.toks[k+1], &t.toks[k+2]
	return of.kind == tWord && !of.cap && lx.Set("of", of.l) && next.kind == tWord && !next.cap && !lx.Set("determiners", next.l) && next.q == t.toks[k].q
}

// verbOpening reports whether the word at token k, first in sentence s
// of a language that leaves its subject out, is the sentence's verb
// ("Tenía 19 años.", "Estudia en la UNAN."): no given name, a word in
// lower case after it, and it ends like a verb ([set verbendings], [set
// openingverbendings]) or a
// preposition follows it (a name opening a sentence is followed by its
// verb).
func (t *text) verbOpening(k int, s *sentence) bool {
	lx := t.lx
	if !lx.ProDrop || k+1 >= s.t1 || lx.GivenNames[t.toks[k].l] != 0 {
		return false
	}
	next := &t.toks[k+1]
	if next.kind != tWord || next.cap || next.q != t.toks[k].q {
		return false
	}
	return t.endsIn("verbendings", t.toks[k].l, 2) || t.endsIn("openingverbendings", t.toks[k].l, 2) || lx.Set("prep", next.l) && !lx.Set("of", next.l)
}

// frontedAdjunct reports whether the word at token k, first in sentence
// s, opens a phrase set before the subject, with a preposition right
// after it and a comma later ("Furieux après le penalty, l'entraîneur
// …"): a name opening a sentence is followed by its verb, a comma or an
// aside ("Paris pour sa part …"), not by a preposition. A given name
// still names.
func (t *text) frontedAdjunct(k int, s *sentence) bool {
	lx := t.lx
	if k+2 >= s.t1 || lx.GivenNames[t.toks[k].l] != 0 {
		return false
	}
	next := &t.toks[k+1]
	// (Also a participle with "of": "Âgé de 19 ans, il …", not a body
	// "Comité de …".)
	participle := t.endsIn("participleendings", t.toks[k].l, 2) && !lx.Set("orgwords", t.toks[k].b)
	if next.kind != tWord || next.cap || !lx.Set("prep", next.l) || lx.Set("of", next.l) && !participle || t.phraseEnd("asides", k+1, s) > k+1 {
		return false
	}
	for j := k + 2; j < s.t1 && t.toks[j].q < 0; j++ {
		if t.toks[j].s == "," {
			return true
		}
	}
	return false
}

// frontedAdjective reports whether the word at token k, first in sentence
// s in a language that does not capitalise its nouns, is an adjective
// set before the subject pronoun ("Furieux, il affirme …", "Prudent,
// elle estime …") or an adverb of manner before one ("Visiblement ému,
// il …"), not the name the pronoun stands for. A given name still names.
func (t *text) frontedAdjective(k int, s *sentence) bool {
	lx := t.lx
	if lx.NounCaps || k != s.body || k+3 >= s.t1 || lx.GivenNames[t.toks[k].l] != 0 {
		return false
	}
	lower := func(j int) bool { return t.toks[j].kind == tWord && !t.toks[j].cap && t.toks[j].q < 0 }
	if t.toks[k+1].s == "," && t.isPronounTok(k+2) && lower(k+2) && lower(k+3) {
		return true
	}
	return t.endsIn("mannerendings", t.toks[k].l, 2) && lower(k+1) && t.toks[k+2].s == ","
}

// placeThenPerson tells whether the words from k on are a place's name
// of one to three capitalised words, then a person's, which opens with a
// given name: "Pas-de-Calais Marine Le Pen" after "la députée du".
func (t *text) placeThenPerson(k, hi int) bool {
	for j := k + 1; j < hi-1 && j <= k+3; j++ {
		p := &t.toks[j-1]
		if p.kind != tWord || !p.cap || !t.isName(j-1) || t.lx.GivenNames[p.l] != 0 {
			return false
		}
		if t.lx.Set("saintwords", p.l) {
			continue // "el alcalde de San Pedro Sula": a saint's word and the given name after it are a place's name
		}
		if tk := &t.toks[j]; tk.kind == tWord && tk.cap && t.lx.GivenNames[tk.l] != 0 && t.toks[j+1].kind == tWord && t.toks[j+1].cap && t.isName(j+1) {
			return true
		}
	}
	return false
}

// elidedCompound reports whether token k is the hyphen of a compound
// whose shared part is left out before a coordinator, or that
// coordinator: "Energie- und Wasserwirtschaft", "Finanz- oder
// Wirtschaftsminister" (the hyphen right after a capitalised word, the
// coordinator, then a capitalised word, all before hi).
func (t *text) elidedCompound(k, hi int) bool {
	h := k
	if t.toks[k].kind == tWord {
		h = k - 1 // the coordinator
	}
	if h < 1 || h+2 >= hi || t.toks[h].s != "-" || t.toks[h].start != t.toks[h-1].end {
		return false
	}
	prev, co, next := &t.toks[h-1], &t.toks[h+1], &t.toks[h+2]
	return prev.kind == tWord && prev.cap && co.kind == tWord && !co.cap && t.lx.Set("coord", co.l) && next.kind == tWord && next.cap && co.start > t.toks[h].end
}

// glue reports whether the lower-case word at k joins two parts of a name
// ("Bank of America", "Ministère des Affaires étrangères", "World Travel
// and Tourism Council").
func (t *text) glue(k, hi int) bool {
	tk := &t.toks[k]
	if t.elidedCompound(k, hi) {
		return true // "Energie- und Wasserwirtschaft"
	}
	if tk.cap && t.capitalPrep(k, hi) {
		return true // "Reporters Without Borders", "Reporteros Sin Fronteras"
	}
	if !tk.cap && tk.kind == tWord && t.acronymName(k) {
		return true // "der Bund für Umwelt und Naturschutz Deutschland (BUND)"
	}
	if tk.cap || k == 0 || k+1 >= hi {
		return false
	}
	if !t.toks[k-1].cap || !t.isName(k-1) && !t.lx.Set("orgwords", t.toks[k-1].b) {
		return false
	}
	if p := &t.toks[k-1]; t.lx.Set("of", tk.l) && k-1 == t.sents[p.sent].body && t.lx.Speakers[p.b] == "people" && !t.midCap[p.b] &&
		(t.isTitleWord(k+1) || t.lx.GivenNames[t.toks[k+1].l] > 0) {
		// "Supporters of Mr. Reed said …", "Friends of Tom Reed …": a
		// noun of people that opens the sentence, capitalised only
		// there, and the person whose they are; not one name.
		return false
	}
	if t.lx.Set("of", tk.l) && t.personOf(k) && !t.surnameParticle(k, hi) {
		return false // "Pavel Ostrin of the Coastal Trade Monitor"
	}
	if t.lx.Set("particles", tk.l) && t.nounBeforeParticle(k) {
		return false // "DNA-Spuren von Obenauf": no name of a noun and a surname
	}
	next := k + 1
	for next < hi && t.lx.Set("nameglue", t.toks[next].l) && !t.toks[next].cap {
		next++
	}
	if next >= hi || !t.toks[next].cap {
		return false
	}
	if tk.s == "&" {
		return true // "Johnson & Johnson", "Cole & Barr"
	}
	if t.lx.Set("coord", tk.l) {
		// "and" inside a name only when the name goes on to an
		// organisation word: "World Travel and Tourism Council".
		j := next
		// (An article right after the coordinator opens a second body,
		// "Germany and the Nordic Fisheries Council", unless the part
		// before it opened with that article too: "para la
		// Alimentación y la Agricultura".)
		secondBody := next > k+1 && t.lx.Set("determiners", t.toks[k+1].l) && !(k >= 2 && t.toks[k-2].l == t.toks[k+1].l)
		for ; j < hi && t.toks[j].kind == tWord && t.toks[j].cap; j++ {
			if j < next+4 && t.lx.Set("orgwords", t.toks[j].b) && !secondBody {
				return true
			}
		}
		// Or when it joins a second part to a name's "of"-phrase and the
		// name ends there, with no "of" of its own: "the Ministry of
		// Ports and Transport,", "le ministère des Ports et des
		// Transports,".
		// (Also when one word, no acronym, given name nor title, goes on to an
		// "of"-phrase of a name that owns the whole: "o Centro de Justiça
		// e Cidadania da FGV", "Instituto de Geografia e Estatística da
		// Universidade".)
		ownerAfter := j == next+1 && j+1 < hi && t.lx.Set("of", t.toks[j].l) && t.toks[j+1].kind == tWord && t.toks[j+1].cap &&
			!lang.IsAcronym(t.toks[next].s) && t.lx.GivenNames[t.toks[next].l] == 0 && !t.isTitleWord(next)
		if j-next <= 3 && (j >= hi || t.toks[j].kind != tWord || !t.lx.Set("nameglue", t.toks[j].l) && !t.lx.Set("of", t.toks[j].l) || ownerAfter) && t.ofPhraseName(k-1) {
			return true
		}
		// Or when it joins a second part to a name's phrase of its
		// purpose, a part that is no acronym nor given name: "the
		// Council for Science and Technology", "die Universität für
		// Kunst und Design", "la Agencia para la Pesca y la Acuicultura"
		// (not "the Council for Science and UNICEF").
		if j-next <= 3 && (j >= hi || t.toks[j].kind != tWord || !t.lx.Set("nameglue", t.toks[j].l) && !t.lx.Set("of", t.toks[j].l)) && t.purposeName(k-1) &&
			!lang.IsAcronym(t.toks[next].s) && t.lx.GivenNames[t.toks[next].l] == 0 {
			return true
		}
		// Or when the second part goes on to an "of"-phrase of its own
		// and one acronym in parentheses closes the whole: "la
		// Confederación de Agricultura y Ganadería de Chile (CAG)".
		if j-next <= 3 && t.ofPhraseName(k-1) && t.acronymCloses(j, hi) {
			return true
		}
		// Or when it closes a list of the "of"-phrase's parts: "el
		// Ministerio de Agricultura, Pesca y Alimentación".
		return j-next <= 3 && t.lx.GivenNames[t.toks[next].l] == 0 && (j >= hi || t.toks[j].kind != tWord || !t.toks[j].cap && !t.lx.Set("nameglue", t.toks[j].l) && !t.lx.Set("of", t.toks[j].l)) &&
			t.ofListName(k-1)
	}
	if tk.s == "," {
		return t.listInName(k, hi)
	}
	// An "of" word that is not a name's glue everywhere ("for") joins
	// only an organisation word to its phrase: "Institute for Clinical
	// Review", not "Smith for President".
	return t.lx.Set("nameglue", tk.l) || t.lx.Set("of", tk.l) && t.lx.Set("orgwords", t.toks[k-1].b)
}

// ofListName reports whether the capitalised word at k ends a name's
// "of"-phrase, or a list of its parts set off by commas ("Ministerio de
// Agricultura, Pesca"): parts of no given name.
func (t *text) ofListName(k int) bool {
	for k > 0 {
		b := k
		for b >= 0 && t.toks[b].kind == tWord && t.toks[b].cap && t.toks[b].q < 0 {
			b--
		}
		if b == k || b < 1 || t.toks[b].s != "," || t.toks[b-1].kind != tWord || !t.toks[b-1].cap || t.lx.GivenNames[t.toks[b+1].l] != 0 {
			break
		}
		k = b - 1
	}
	return t.ofPhraseName(k)
}

// listInName reports whether the comma at k sets off a part of a list
// inside a name's "of"-phrase, closed by "and" and a last part ("el
// Ministerio de Agricultura, Pesca y Alimentación"): one to three
// capitalised words of no given name, then the same or "and" and the
// last part, which ends the name.
func (t *text) listInName(k, hi int) bool {
	if !t.ofListName(k - 1) {
		return false
	}
	j := k + 1
	for j < hi {
		n := 0
		for j < hi && t.toks[j].kind == tWord && t.toks[j].cap && t.toks[j].q < 0 && n < 4 {
			if n == 0 && t.lx.GivenNames[t.toks[j].l] != 0 {
				return false
			}
			j, n = j+1, n+1
		}
		if n == 0 || n > 3 || j >= hi {
			return false
		}
		switch {
		case t.toks[j].s == ",":
			j++
		case t.lx.Set("coord", t.toks[j].l):
			j++
			e := j
			for e < hi && t.toks[e].kind == tWord && t.toks[e].cap && t.toks[e].q < 0 {
				e++
			}
			return e > j && e-j <= 3 && t.lx.GivenNames[t.toks[j].l] == 0 &&
				(e >= hi || t.toks[e].kind != tWord || !t.lx.Set("nameglue", t.toks[e].l) && !t.lx.Set("of", t.toks[e].l))
		default:
			return false
		}
	}
	return false
}

// parenLabel reports whether the parenthesis at token k, right after a
// title word, holds one party's label or an acronym, and a name follows
// it within hi: "le député (LFI) Paul Mercier", "la sénatrice (LR) de
// l'Orne Anne Roux". The label is the title's, as it is written without
// the parenthesis ("le député LFI Paul Mercier"), not part of the name.
func (t *text) parenLabel(k, hi int) bool {
	if k-1 < 0 || k+3 >= hi || t.toks[k].s != "(" || t.toks[k+2].s != ")" || !t.isTitleWord(k-1) {
		return false
	}
	lb, nx := &t.toks[k+1], &t.toks[k+3]
	if lb.kind != tWord || !lb.cap || !(t.lx.Set("partylabels", lb.l) || lang.IsAcronym(lb.s)) || nx.kind != tWord {
		return false
	}
	return nx.cap && t.isName(k+3) || t.lx.Set("of", nx.l) && t.placeThenPerson(k+4, hi)
}

// acronymCloses reports whether the words from k on are an "of"-phrase
// of capitalised words ("de Chile") closed by one word in parentheses,
// an acronym ("(CAG)", "(Apama)").
func (t *text) acronymCloses(k, hi int) bool {
	of := false
	for ; k < hi && t.toks[k].kind == tWord; k++ {
		tk := &t.toks[k]
		switch {
		case !tk.cap && t.lx.Set("nameglue", tk.l):
			of = of || t.lx.Set("of", tk.l)
		case !tk.cap:
			return false
		}
	}
	// (The parenthesis may lie past hi: a subject read without it.)
	return of && k+2 < len(t.toks) && t.toks[k].s == "(" && t.toks[k+1].kind == tWord && t.toks[k+1].cap && t.toks[k+2].s == ")"
}

// capitalPrep reports whether the capitalised word at k is a preposition
// inside a name, between two of its capitalised words and not opening
// the sentence: "Reporters Without Borders", "Médecins Sans Frontières".
func (t *text) capitalPrep(k, hi int) bool {
	tk := &t.toks[k]
	if t.lx.NounCaps || k+1 >= hi || k-1 <= t.sents[tk.sent].body || !t.lx.Set("prep", tk.l) || t.lx.Set("of", tk.l) {
		return false
	}
	prev, next := &t.toks[k-1], &t.toks[k+1]
	return prev.kind == tWord && prev.cap && prev.q < 0 && next.kind == tWord && next.cap && next.q < 0 && t.isName(k+1)
}

// titledNameIn reports whether tokens [lo, hi) hold a title word followed
// by a capitalised name ("spokesman Karim Nasser").
func (t *text) titledNameIn(lo, hi int) bool {
	return t.nameAfterIn(lo, hi, t.isTitleWord)
}

// describedNameIn reports whether tokens [lo, hi) hold a name right after
// a lower-case word that describes it, no preposition, article or
// conjunction: "Oil giant Chevron", "Mining company Rio Tinto" are
// Chevron and Rio Tinto described, not a body named with one capital
// ("Ministerio de Salud" and "Instituto de Geografia e Estatística" are).
func (t *text) describedNameIn(lo, hi int) bool {
	lx := t.lx
	return t.nameAfterIn(lo, hi, func(k int) bool {
		w := &t.toks[k]
		return w.kind == tWord && !w.cap && !lx.Set("of", w.l) && !lx.Set("prep", w.l) && !lx.Set("determiners", w.l) && !lx.Set("coord", w.l)
	})
}

// nameAfterIn reports whether tokens [lo, hi) hold a capitalised name
// right after a word that before accepts.
func (t *text) nameAfterIn(lo, hi int, before func(k int) bool) bool {
	for k := lo; k+1 < hi; k++ {
		if before(k) && t.toks[k+1].cap && t.isName(k+1) {
			return true
		}
	}
	return false
}

// openingCapitalOnly reports whether phrase m opens its sentence and has
// no capital but its first word's: "Oil giant" is a description, its
// capital the sentence's.
func (t *text) openingCapitalOnly(m *mention) bool {
	if m.t1-m.t0 < 2 || m.t0 != t.sents[t.toks[m.t0].sent].body {
		return false
	}
	for k := m.t0 + 1; k < m.t1; k++ {
		if t.toks[k].kind != tWord || t.toks[k].cap {
			return false
		}
	}
	return true
}

// nounBeforeParticle reports whether the word before a particle at k is
// a noun, not a given name, in a language that capitalises its nouns: a
// compound of an acronym ("DNA-Spuren von Obenauf"), or a word after an
// article or a preposition ("an den Schuhen von Obenauf").
func (t *text) nounBeforeParticle(k int) bool {
	p := k - 1
	if !t.lx.NounCaps || p < 0 || t.toks[p].kind != tWord || t.lx.GivenNames[t.toks[p].l] != 0 {
		return false
	}
	if a, _, ok := strings.Cut(t.toks[p].s, "-"); ok && lang.IsAcronym(a) {
		return true
	}
	return p-1 >= 0 && t.toks[p-1].kind == tWord && !t.toks[p-1].cap && (t.lx.Set("determiners", t.toks[p-1].l) || t.lx.Set("prep", t.toks[p-1].l))
}

// surnameParticle reports whether the word at k is a particle inside a
// person's surname ([set particles]): one capitalised word follows it
// and ends the name, no body's word ("Marcelo Rebelo de Sousa", "Lula da
// Silva"; not "Ana Costa da GNR", "João Silva da Universidade Católica").
func (t *text) surnameParticle(k, hi int) bool {
	n := k + 1
	if n+1 < hi && t.toks[n].kind == tWord && !t.toks[n].cap && t.lx.Set("particles", t.toks[n].l) {
		n++ // "Ursula von der Leyen", "Alexander Van der Bellen"
	}
	if !t.lx.Set("particles", t.toks[k].l) || n >= hi || t.toks[n].kind != tWord || !t.toks[n].cap || n+1 < hi && t.toks[n+1].cap {
		return false
	}
	if t.nounBeforeParticle(k) {
		return false
	}
	if t.lx.NounCaps && t.lx.Set("definite", t.toks[k].l) && (k == 0 || !t.lx.Set("particles", t.toks[k-1].l)) {
		// "bezeichnete Marco Rubio den Milliardär als …": an article
		// right after a name, with no particle before it ("van den
		// Berg"), opens the phrase after the name.
		return false
	}
	if t.lx.Trait("givenparticle") && (k == 0 || t.lx.GivenNames[t.toks[k-1].l] == 0) {
		return false // "Carlos Tavares de Stellantis": the body he is from, not "Dominique de Villepin"
	}
	w := t.toks[n].b
	_, title := t.lx.Titles[w]
	if t.lx.NounCaps && (compoundSpeaker(t.lx, w) != "" || t.endsIn("nounsuffixes", w, 3) || t.endsIn("femininesuffixes", w, 3) || t.lx.Speakers[w] != "") {
		return false // "Oliver Ruf von der Stadtverwaltung": a body's noun, not a surname
	}
	return !title && !lang.IsAcronym(t.toks[n].s) && !t.lx.Set("orgwords", w) && !t.lx.Set("govwords", w) && !t.lx.Set("mediawords", w)
}

// personOf reports whether the "of" at token k follows a person's name
// rather than the head of a name: two or three capitalised words before
// it, none an organisation word or title, after no other capitalised
// word ("Pavel Ostrin of the …", not "Bank of America", "Ministry of
// Ports").
func (t *text) personOf(k int) bool {
	lo := k
	for lo-1 >= 0 && k-lo < 4 && t.toks[lo-1].kind == tWord && t.toks[lo-1].cap && t.toks[lo-1].q < 0 {
		w := t.toks[lo-1].b
		if t.lx.Set("orgwords", w) || t.lx.Set("govwords", w) || t.lx.Set("mediawords", w) {
			return false
		}
		if _, ok := t.lx.Titles[w]; ok {
			// "Senator Carl Diaz of the …": a title before the
			// person's name; "Secretary of State": the title's own
			// "of".
			return k-lo >= 2 && k-lo <= 3
		}
		lo--
	}
	if n := k - lo; n < 2 || n > 3 {
		return false
	}
	return lo == 0 || t.toks[lo-1].kind != tWord || !t.toks[lo-1].cap
}

// ofPhraseName reports whether the capitalised words that end at token k
// are the "of"-phrase of a name: they follow a name-joining word ("of",
// "des") after a name or an organisation word ("Ministry of Ports",
// "ministère des Ports").
func (t *text) ofPhraseName(k int) bool {
	b := k
	for b >= 0 && t.toks[b].kind == tWord && t.toks[b].cap && t.toks[b].q < 0 {
		b--
	}
	if b == k || b < 1 || t.toks[b].kind != tWord || t.toks[b].cap || !t.lx.Set("nameglue", t.toks[b].l) {
		return false
	}
	for b > 0 && t.toks[b-1].kind == tWord && !t.toks[b-1].cap && t.lx.Set("nameglue", t.toks[b-1].l) {
		b-- // "de la"
	}
	p := &t.toks[b-1]
	if b >= 2 && p.kind == tWord && !p.cap && p.q < 0 && t.lx.Set("prep", p.l) && !t.lx.Set("clause", p.l) {
		// "la Fiscalía contra la Corrupción y la Criminalidad
		// Organizada": another preposition right after an
		// organisation word inside its name.
		o := &t.toks[b-2]
		return o.kind == tWord && o.cap && o.q < 0 && t.lx.Set("orgwords", o.b)
	}
	return p.kind == tWord && p.q < 0 && (p.cap && t.isName(b-1) || t.lx.Set("orgwords", p.b))
}

// acronymName reports whether the coordinator at k lies inside a name of
// capitalised words whose initials spell the acronym in parentheses
// right after it: "Bund für Umwelt und Naturschutz Deutschland (BUND)",
// "Agencia Nacional para la Pesca y la Acuicultura (ANPA)".
func (t *text) acronymName(k int) bool {
	lx := t.lx
	inName := func(j int) bool {
		l := t.toks[j].l
		return lx.Set("coord", l) || lx.Set("prep", l) || lx.Set("of", l) || lx.Set("nameglue", l)
	}
	if k < 1 || !lx.Set("coord", t.toks[k].l) {
		return false
	}
	var fwd []rune
	j := k + 1
	for ; j < len(t.toks) && j-k <= 8 && t.toks[j].kind == tWord && t.toks[j].q < 0; j++ {
		switch {
		case t.toks[j].cap:
			fwd = append(fwd, []rune(t.toks[j].s)[0])
		case !inName(j):
			return false
		}
	}
	if len(fwd) == 0 || j+2 >= len(t.toks) || t.toks[j].s != "(" || t.toks[j+2].s != ")" || t.toks[j+1].kind != tWord || !lang.IsAcronym(t.toks[j+1].s) {
		return false
	}
	acr := []rune(strings.ToUpper(t.toks[j+1].s))
	n := len(acr) - len(fwd)
	if n < 1 || strings.ToUpper(string(fwd)) != string(acr[n:]) {
		return false
	}
	var back []rune
	for b := k - 1; b >= 0 && k-b <= 8 && len(back) < n && t.toks[b].kind == tWord && t.toks[b].q < 0; b-- {
		switch {
		case t.toks[b].cap:
			back = append([]rune{[]rune(t.toks[b].s)[0]}, back...)
		case !inName(b):
			return false
		}
	}
	return len(back) == n && strings.ToUpper(string(back)) == string(acr[:n])
}

// purposeName reports whether the capitalised word at k ends a name's
// phrase of its purpose ([set nameprep]) right after its organisation
// word: "Council for Science", "Agencia Nacional para la Pesca".
func (t *text) purposeName(k int) bool {
	b := k
	for b >= 0 && t.toks[b].kind == tWord && t.toks[b].cap && t.toks[b].q < 0 {
		b--
	}
	if b == k || b < 1 || k-b > 3 {
		return false
	}
	for b > 0 && t.toks[b].kind == tWord && !t.toks[b].cap && t.lx.Set("nameglue", t.toks[b].l) && !t.lx.Set("of", t.toks[b].l) {
		b-- // "para la"
	}
	if t.toks[b].kind != tWord || t.toks[b].cap || t.toks[b].q >= 0 || !t.lx.Set("nameprep", t.toks[b].l) {
		return false
	}
	for j := b - 1; j >= 0 && b-j <= 6 && t.toks[j].kind == tWord && t.toks[j].q < 0; j-- {
		if !t.toks[j].cap && (j == b-1 || !t.lx.Set("nameglue", t.toks[j].l)) {
			break // (glue words inside the name: "Organización de las Naciones Unidas para …")
		}
		if t.toks[j].cap && t.lx.Set("orgwords", t.toks[j].b) {
			return true
		}
	}
	return false
}

// isTitleWord reports whether token k is a role word.
func (t *text) isTitleWord(k int) bool {
	_, ok := t.titleOf(k)
	return ok
}

// titleOf returns the role of token k: a [titles] entry, or in a language
// that compounds nouns, the entry a word ends in ("Regierungssprecher" is
// a "sprecher").
func (t *text) titleOf(k int) (lang.Title, bool) {
	tk := &t.toks[k]
	if tk.kind != tWord {
		return lang.Title{}, false
	}
	if tt, ok := t.lx.Titles[tk.b]; ok {
		return tt, true
	}
	// "laut dem Analysten Karl Beck", "dem Apple-Analysten Karl Beck": a
	// weak noun's oblique form before a name is the title, though the
	// form is a plural too.
	weak := ""
	if k+1 < len(t.toks) && t.toks[k+1].kind == tWord && t.toks[k+1].cap && t.toks[k+1].sent == tk.sent {
		for _, e := range t.lx.Endings("weakendings") {
			if b := strings.TrimSuffix(tk.b, e); b != tk.b {
				if tt, ok := t.lx.Titles[b]; ok {
					return tt, true
				}
				if weak == "" {
					weak = e // (the longest: "Apple-Analysten" is an "analyst")
				}
			}
		}
	}
	for suf := range t.lx.Sets["pluralsuffix"] {
		if tt, ok := t.lx.Titles[strings.TrimSuffix(tk.b, suf)]; ok && strings.HasSuffix(tk.b, suf) {
			return tt, true // "ministres", "officiers"
		}
	}
	// (The longest entry a word ends in: "Oberstaatsanwältin" is a
	// "staatsanwältin", not only an "anwältin".)
	best := ""
	for suf := range t.lx.Sets["titlesuffix"] {
		if len(suf) <= len(best) {
			continue
		}
		if len(tk.b) > len(suf)+2 && strings.HasSuffix(tk.b, suf) ||
			len(tk.b) > len(suf)+3 && strings.HasSuffix(tk.b, suf+"s") && t.genitiveBefore(k) || // "eines Bahnsprechers"
			weak != "" && len(tk.b) > len(suf)+len(weak)+2 && strings.HasSuffix(tk.b, suf+weak) {
			best = suf
		}
	}
	if best != "" {
		return t.lx.Titles[best], true
	}
	// "ex-Governor", "ex-ministro": a title after a word that only
	// qualifies it.
	if mod, rest, ok := strings.Cut(tk.b, "-"); ok && t.lx.Set("titlemods", mod) {
		if tt, ok := t.lx.Titles[rest]; ok {
			return tt, true
		}
		for suf := range t.lx.Sets["pluralsuffix"] {
			if tt, ok := t.lx.Titles[strings.TrimSuffix(rest, suf)]; ok && strings.HasSuffix(rest, suf) {
				return tt, true // "vice-chancellors"
			}
		}
	}
	// "economista-chefe", "editor-in-chief": a title joined by hyphens to
	// the rank it holds.
	if parts := strings.Split(tk.b, "-"); len(parts) > 1 {
		last := parts[len(parts)-1]
		if tt, ok := t.lx.Titles[parts[0]]; ok && !tt.Honorific {
			if _, rank := t.lx.Titles[last]; rank || t.lx.Set("titlemods", last) {
				return tt, true
			}
		}
	}
	return lang.Title{}, false
}

// pluralForm reports whether a head noun looks plural by its ending.
func (t *text) pluralForm(w string) bool {
	for suf := range t.lx.Sets["pluralsuffix"] {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 && !strings.HasSuffix(w, suf+suf) {
			return true
		}
	}
	return false
}

// lowerSpan returns the lower-case words of tokens [lo, hi), joined by
// spaces (the form of a lexicon phrase).
func (t *text) lowerSpan(lo, hi int) string {
	ws := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		ws = append(ws, t.toks[k].l)
	}
	return strings.Join(ws, " ")
}

// span returns the article text of tokens [lo, hi), flattened.
func (t *text) span(lo, hi int) string {
	if lo >= hi {
		return ""
	}
	return flat(t.src[t.toks[lo].start:t.toks[hi-1].end])
}

// flat collapses whitespace runs to single spaces.
func flat(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// multiTitle returns the length of a multi-word title starting at token k
// ("secretary of state", "premier ministre"), or 0.
func (t *text) multiTitle(k, end int) int {
	best := 0
	for _, words := range t.lx.Multi["titles"] {
		if k+len(words) > end || len(words) <= best {
			continue
		}
		ok := true
		for j, w := range words {
			if t.toks[k+j].kind != tWord || t.toks[k+j].l != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(words)
		}
	}
	return best
}

// personAtEnd reads toks[i:hi] as a title phrase and a person's name of
// two or more words at its end, when there is a preposition in between
// ("Ambassador to the United Nations Nikki Haley"); otherwise nil.
func (rs *resolver) personAtEnd(i, hi, depth int) *mention {
	t := rs.t
	lx := t.lx
	if depth > 0 {
		return nil
	}
	// At most three name words, none an organisation word or a country's.
	lo := hi
	// (A given name that is also a capital opens a person's name before
	// a surname: "Santiago Lago".)
	given := func(k int) bool {
		return k+1 < hi && lx.GivenNames[t.toks[k].l] != 0 && lx.GivenNames[t.toks[k+1].l] == 0
	}
	for lo > i && hi-lo < 3 && t.toks[lo-1].kind == tWord && t.isName(lo-1) && !t.isTitleWord(lo-1) &&
		!lx.Set("orgwords", t.toks[lo-1].b) && (rs.gaz.countryIn(t.toks, lo-1, lo) == nil || given(lo-1)) {
		lo--
	}
	lo = t.givenStart(lo, hi)
	// "Director of Public Health Jane Smith": the word of a body's name
	// the walk took ("Health", "Policy") opens no person's name.
	bodyCut := false
	if hi-lo == 3 && lo > i && t.bodyWord(lo) {
		lo, bodyCut = lo+1, true
	}
	// "Minister for Urban Development K.S. Ramesh": initials of two
	// letters or more open the name.
	for k := lo + 1; k+1 < hi; k++ {
		if initials(t.toks[k].s) >= 2 {
			lo, bodyCut = k, true
			break
		}
	}
	if hi-lo < 2 || lo == i || lx.Set("orgwords", t.toks[hi-1].b) {
		return nil
	}
	if _, n := rs.gaz.match(t.toks, lo, hi); n > 0 && !given(lo) {
		return nil
	}
	title, prep := false, false
	for k := i; k < lo; k++ {
		title = title || t.isTitleWord(k)
		prep = prep || t.toks[k].kind == tWord && lx.Set("prep", t.toks[k].l) && !t.toks[k].cap && (!lx.Set("of", t.toks[k].l) || t.innerFor(k, i))
	}
	if title && !prep {
		// "ministre de l'Intérieur Jan Dvořák": an of-phrase of one
		// capitalised word after the title, then the name.
		for k := i + 1; k < lo; k++ {
			if !t.isTitleWord(k-1) || !lx.Set("of", t.toks[k].l) || t.toks[k].cap {
				continue
			}
			c := k + 1
			for c < lo && lx.Set("determiners", t.toks[c].l) {
				c++
			}
			switch {
			case lo-(k-1) > 2 && t.multiTitle(k-1, lo) == lo-(k-1):
				prep = true // "former secretary of state Hillary Clinton": a title of several words the lexicon lists, then the name
			case c < hi && t.toks[c].cap && hi-(c+1) >= 2 && c+1 >= lo && !t.placeBody(c) && !lx.Set("saintwords", t.toks[c].l) && !t.bodyNameGoesOn(c):
				// (Not a saint's word, which opens a place: "el alcalde
				// de San Pedro Sula".)
				// (Nor a body's word whose name goes on: "el
				// expresidente del Tribunal Supremo Electoral" names
				// no person "Supremo Electoral".)
				// (Not a body and its place: "Sprecher des
				// Polizeipräsidiums Oberbayern Nord".)
				lo, prep = t.givenStart(c+1, hi), true
			case c < lo && t.namesTo(c, lo-1) && (t.givenAfterName(lo) || bodyCut):
				prep = true // "senadora del Centro Democrático Paloma Valencia": a body's name of more words
			case c < lo && lo-c <= 2 && t.lowerNouns(c, lo):
				prep = true // "head of policy Mark Jones", "chair of the committee Ruth Kelly"
			}
			break
		}
	}
	if !title || !prep {
		return nil
	}
	if k := lo - 1; k > i && t.isTitleWord(k) && t.toks[k-1].kind == tWord && lx.Set("prep", t.toks[k-1].l) && !lx.Set("of", t.toks[k-1].l) {
		// "a former top aide to Governor Tom Radley", "an adviser to
		// President X": the name holds the title right before it and is
		// the one the first title serves, not its holder.
		return nil
	}
	// "shop owners on Main Street": a place right after the preposition
	// is where they are, no one's name (the name of a person comes after
	// the body or place the preposition opens: "Ambassador to Germany
	// Amy Gutmann").
	if p := &t.toks[lo-1]; p.kind == tWord && !p.cap && lx.Set("prep", p.l) && !lx.Set("of", p.l) {
		return nil
	}
	// "Analysts at Barclays and Goldman Sachs": a name after "and" that
	// follows the preposition's is its second object, no one the title
	// describes.
	if p := &t.toks[lo-1]; p.kind == tWord && !p.cap && lx.Set("coord", p.l) && lx.Trait("andafterprep") {
		for k := i; k < lo-2; k++ {
			if tk := &t.toks[k]; tk.kind == tWord && !tk.cap && lx.Set("prep", tk.l) && !lx.Set("of", tk.l) {
				return nil
			}
		}
	}
	// "Analistas consultados por EL TIEMPO", "experts hired by Acme
	// Corp": the name after an agent's preposition is who acts, not the
	// one the title describes.
	for k := i; k < lo; k++ {
		if t.toks[k].kind == tWord && !t.toks[k].cap && lx.Set("by", t.toks[k].l) && k > i && !t.toks[k-1].cap {
			return nil // (not "por" inside a name: "diputado de Unión por la Patria Germán Martínez")
		}
	}
	// "analyst at the Coastal Trade Monitor": a name after a definite
	// article is no person's.
	if p := &t.toks[lo-1]; p.kind == tWord && lx.Set("definite", p.l) && !lx.Set("possessive", p.l) {
		return nil
	}
	if lx.NounCaps && lx.GivenNames[t.toks[lo].l] == 0 {
		for k := lo; k < hi; k++ {
			if tk := &t.toks[k]; tk.kind == tWord && len(tk.s) >= 2 && lang.IsAcronym(tk.s) {
				// "Sportdirektorin von Allianz MTV Stuttgart": a word in
				// capitals, with no given name first, is a body's
				// name, not a person's.
				return nil
			}
		}
	}
	m := &mention{t1: hi, kind: kPerson, name: t.span(lo, hi), surface: t.span(i, hi), headTok: -1}
	var ts []string
	for k := i; k < lo; k++ {
		if tt, ok := t.titleOf(k); ok {
			m.gov = m.gov || tt.Gov
			ts = append(ts, t.toks[k].s)
		}
		if lx.Set("nongov", t.toks[k].b) {
			m.nonGov = true
		}
		if t.pastPost(t.toks[k].b) {
			m.past = true
		}
	}
	m.title = strings.Join(ts, " ")
	m.country = rs.gaz.countryIn(t.toks, i, lo)
	return m
}

// initials returns how many initials a word is made of ("K.S." two,
// "J." one, "Smith" none).
func initials(w string) int {
	n := 0
	rs := []rune(w)
	for i := 0; i < len(rs); i += 2 {
		if i+1 >= len(rs) || !unicode.IsUpper(rs[i]) || rs[i+1] != '.' {
			return 0
		}
		n++
	}
	return n
}

// bodyWord reports whether the capitalised token k is a word the
// lexicon knows in lower case for a field or a body ("Health",
// "Ministry", "Council"), never a given name.
func (t *text) bodyWord(k int) bool {
	lx := t.lx
	tk := &t.toks[k]
	if tk.kind != tWord || !tk.cap || lx.GivenNames[tk.l] != 0 {
		return false
	}
	return lx.Set("titlemods", tk.l) || lx.Set("orgwords", tk.l) || lx.Set("govwords", tk.l) || lx.Speakers[tk.l] != ""
}

// lowerNouns reports whether tokens lo to hi (exclusive) are lower-case
// words outside quotations that are no verb, preposition, clause word or
// coordinating word: the field of a title before a name ("head of
// policy", "chair of the committee").
func (t *text) lowerNouns(lo, hi int) bool {
	lx := t.lx
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind != tWord || tk.cap || tk.q >= 0 || t.isVerb(k) || lx.Set("prep", tk.l) || lx.Set("clause", tk.l) || lx.Set("coord", tk.l) || lx.Set("relpron", tk.l) {
			return false
		}
	}
	return lo < hi
}

// innerFor reports whether the "of" word at token k, in a phrase that
// starts at i, joins two capitalised words of a body's name without
// gluing names ("Americans for Prosperity", "Students for Fair
// Admissions"): not a title's ("spokesman for Hamas") nor "Bank of
// America".
func (t *text) innerFor(k, i int) bool {
	return k > i && k+1 < len(t.toks) && !t.lx.Set("nameglue", t.toks[k].l) &&
		t.toks[k-1].cap && !t.isTitleWord(k-1) && t.toks[k+1].cap
}

// classifyingPossessive reports whether the possessive at token k is a
// plural that classifies the body after it ("the teachers' union",
// "Supporters' trust spokeswoman …"): part of the body's description,
// not its owner.
func (t *text) classifyingPossessive(k int) bool {
	s := t.toks[k].s
	if !(strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’")) || k+1 >= len(t.toks) || !t.lx.Set("orgwords", t.toks[k+1].b) {
		return false
	}
	// "teachers' union"; in a name, a plural of people the lexicon knows
	// ("the National Farmers' Union", "the Residents' Association").
	return !t.toks[k+1].cap || t.toks[k].cap && t.toks[k+1].kind == tWord && t.lx.Speakers[t.toks[k].b] == "people"
}

// unnamedTitleOffice reports whether the possessive at token k is a
// bare title in lower case before the office it heads ("the sheriff's
// office", "the county clerk's office said") and the article names no one
// with that title ("Sheriff Robert Lane", "Lane, the sheriff"): the
// phrase is then the office's own name, not a person's office whom the
// title would otherwise guess from whoever spoke last.
func (t *text) unnamedTitleOffice(lo, k, hi int) bool {
	lx := t.lx
	if lx.NounCaps || k+1 >= hi || t.toks[k].cap || t.toks[k+1].cap || t.toks[k+1].kind != tWord || !lx.Set("orgwords", t.toks[k+1].b) || !t.isTitleWord(k) {
		return false
	}
	for j := lo; j < k; j++ {
		if tk := &t.toks[j]; tk.kind != tWord || tk.cap && j > t.sents[tk.sent].body || lx.Set("possessive", tk.l) {
			return false // "Erdogan's office", "his lawyer's office"
		}
	}
	b := t.toks[k].b
	for j := range t.toks {
		tk := &t.toks[j]
		if j == k || tk.kind != tWord || tk.b != b {
			continue
		}
		if j+1 < len(t.toks) && t.toks[j+1].cap && t.toks[j+1].kind == tWord {
			return false // "Sheriff Robert Lane"
		}
		if j-2 >= 0 && lx.Set("definite", t.toks[j-1].l) && t.toks[j-2].s == "," {
			return false // "Lane, the sheriff, …"
		}
	}
	return true
}

// openerOnly reports whether mention m is one word opening its sentence
// that the article never capitalises inside a sentence, and no acronym:
// the capital may be the sentence's alone ("Recent polls show …",
// "Athletic director Janelle Price said …").
func (t *text) openerOnly(m *mention) bool {
	return m.t1 == m.t0+1 && m.t0 == t.sents[t.toks[m.t0].sent].body && !t.midCap[t.toks[m.t0].b] && !lang.IsAcronym(t.toks[m.t0].s)
}

// capitalisedTitle reports whether mention m, before a title in lower
// case, is an adjective of that title that the sentence's first capital
// made a name: one word opening the sentence, no acronym, that the
// article capitalises nowhere else ("Athletic director Janelle Price"
// works for no "Athletic"; "Google director …" does for Google when the
// article names Google again).
func (t *text) capitalisedTitle(m *mention) bool {
	if !t.openerOnly(m) || m.t1 >= len(t.toks) || t.toks[m.t1].kind != tWord || t.toks[m.t1].cap {
		return false
	}
	for k := range t.toks {
		if k != m.t0 && t.toks[k].cap && t.toks[k].b == t.toks[m.t0].b {
			return false
		}
	}
	return true
}

// pastPost reports whether word l tells a post no longer held: a word of
// [set pastposts] ("former"), or one opening with such a word and a
// hyphen ("ex-president").
func (t *text) pastPost(l string) bool {
	p, _, _ := strings.Cut(l, "-")
	return t.lx.Set("pastposts", p)
}

// commonNounRun reports whether the name run [lo, hi) is a lone common
// noun capitalised at the start ("Company said", "Supporters' trust"),
// not a publication's one-word name inside the sentence ("The Guardian
// said", "according to the Times").
func (t *text) commonNounRun(lo, hi int) bool {
	lx := t.lx
	b := t.toks[lo].b
	return hi-lo == 1 && !lang.IsAcronym(t.toks[lo].s) && (lx.Set("orgwords", b) || lx.Speakers[b] != "" || lx.Set("anaphoric", b)) &&
		!(lx.Set("mediawords", b) && lo > t.sents[t.toks[lo].sent].body && t.midCap[b]) &&
		!(lx.Set("institutions", b) && t.toks[lo].cap) // "Congress said", "the Senate voted"
}

// givenStart returns where a person's name in the capitalised words lo
// to hi starts: at a given name the lexicon knows after the last word
// of the name before it ("Centro Democrático | Paloma Valencia"), else
// lo. Two words at least remain.
func (t *text) givenStart(lo, hi int) int {
	for j := lo + 1; j+1 < hi; j++ {
		if t.givenAfterName(j) {
			return j
		}
	}
	return lo
}

// placeBody reports whether the word at token k names a body by the
// place it serves ([placebodies], or a compound ending in one, a
// genitive too: "Polizeipräsidiums").
func (t *text) placeBody(k int) bool {
	tk := &t.toks[k]
	if !t.lx.NounCaps || tk.kind != tWord || !tk.cap {
		return false
	}
	for _, w := range append([]string{tk.l}, withoutEndings(t.lx, "genitiveendings", tk.l)...) {
		for b := range t.lx.Sets["placebodies"] {
			if strings.HasSuffix(w, b) {
				return true
			}
		}
	}
	return false
}

// nounCapsQuoted reports whether, in a language that capitalises nouns,
// a word of tokens [lo, hi) stands inside quotation marks.
func (t *text) nounCapsQuoted(lo, hi int) bool {
	if !t.lx.NounCaps {
		return false
	}
	for k := max(lo, 0); k < hi && k < len(t.toks); k++ {
		if t.toks[k].kind == tWord && t.toks[k].q >= 0 {
			return true
		}
	}
	return false
}

// nameAdjective reports whether token k is a capitalised adjective that
// begins a name in a language that capitalises nouns ("dem Bayerischen
// Rundfunk", "die Deutsche Bank"): an adjective ending, then a name.
func (t *text) nameAdjective(k, end int) bool {
	if !t.lx.NounCaps || !t.toks[k].cap || k+1 >= end || !t.toks[k+1].cap || t.openingAdjective(k) {
		return false
	}
	for suf := range t.lx.Sets["adjendings"] {
		if strings.HasSuffix(t.toks[k].b, suf) {
			return true
		}
	}
	return false
}

// openingAdjective reports whether token k, first in its sentence (or
// after a colon or an opening quotation mark) and before a capitalised
// word, is an adjective capitalised there only, in
// a language that capitalises nouns: "Scharfe Kritik kam von der
// Partei", "Deutliche Worte fand der Bürgermeister" name no one. A
// word the article capitalises inside a sentence, a given name or a
// title, or one before a given name ("Verteidiger Rudolf Mayer") or an
// organisation's word ("Deutsche Bank") may open a name.
func (t *text) openingAdjective(k int) bool {
	tk := &t.toks[k]
	s := &t.sents[tk.sent]
	lx := t.lx
	opens := k == s.body || k > s.body && (t.toks[k-1].kind == tQOpen || t.toks[k-1].s == ":")
	return lx.NounCaps && opens && k+1 < s.t1 && tk.kind == tWord && tk.cap && t.toks[k+1].kind == tWord && t.toks[k+1].cap &&
		!t.midCap[tk.l] && lx.GivenNames[tk.l] == 0 && lx.GivenNames[t.toks[k+1].l] == 0 && !lx.Set("orgwords", t.toks[k+1].b) && !t.isTitleWord(k) && t.adjectiveForm(tk.l)
}

// countEnd returns the token after an approximate number that opens the
// phrase toks[i:hi] ("more than 20", "at least two", "about a dozen"),
// or i.
func (t *text) countEnd(i, hi int) int {
	lx := t.lx
	j := i
	switch {
	case j+2 < hi && lx.Set("approx", t.toks[j].l+" "+t.toks[j+1].l):
		j += 2
	case j+1 < hi && lx.Set("approx", t.toks[j].l):
		j++
	default:
		return i
	}
	switch {
	case unicode.IsDigit(firstRune(t.toks[j].s)) || lx.Set("quantifiers", t.toks[j].l):
		j++ // "20", "two"
	case j+2 < hi && lx.Set("determiners", t.toks[j].l) && lx.Set("numbers", t.toks[j+1].l):
		j += 2 // "a dozen"
	default:
		return i
	}
	// (Not a share of a poll: "about 9 percent", "nearly eight of 10",
	// "six in 10".)
	if j >= hi || t.toks[j].kind != tWord || lx.Set("shares", t.toks[j].l) ||
		(lx.Set("of", t.toks[j].l) || lx.Set("prep", t.toks[j].l)) && j+1 < hi && unicode.IsDigit(firstRune(t.toks[j+1].s)) {
		return i
	}
	return j
}

// lastPersonDescHead returns the head of the description of one person
// of no name ("one resident", "a witness", "another user") seen last, in
// sentence sent or the one before (or the one before that, past a
// sentence of quotation only: "“…,” one user wrote. “…” Another said
// …"), or "".
// oneOfMany reports whether the phrase at token k opens with a word
// that makes its person one of many: "a", "one", "another".
func (rs *resolver) oneOfMany(k int) bool {
	l := rs.t.toks[k].l
	return rs.t.toks[k].kind == tWord && (rs.t.lx.Set("indefinite", l) || rs.t.lx.Set("one", l) || rs.t.lx.Set("anotherdet", l))
}

func (rs *resolver) lastPersonDescHead(sent int) string {
	r, lo := rs.reg, sent-1
	if lo > 0 && rs.t.sents[lo].words == 0 && rs.t.sents[lo].qwords > 0 {
		lo-- // "“…,” one user wrote. “…” Another said …": past the quotation that goes on
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		sn := r.recent[i]
		if sn.sent < lo {
			break
		}
		if sn.tok < 0 || sn.tok >= len(rs.t.toks) || !rs.oneOfMany(sn.tok) {
			continue // ("he" standing for one described, "the singer": no one of many that another would be)
		}
		if sn.e.kind == kDesc && sn.e.generic && !sn.e.plural && sn.e.class == "people" && sn.headword != "" {
			return sn.headword
		}
	}
	return ""
}

// demonstrativeNP reads phrase lo..hi, a demonstrative pronoun and the
// words that tell which one it is ("celle sur les pesticides"), as the
// noun it stands for: the last noun after a word of quantity in the
// sentence before, in its paragraph ("deux initiatives"), in the
// singular for a singular pronoun, with those words ("initiative sur
// les pesticides"). Else nil.
func (rs *resolver) demonstrativeNP(m *mention, lo, hi int) *mention {
	t := rs.t
	lx := t.lx
	sent := int(t.toks[lo].sent)
	if hi-lo < 3 || sent == 0 || t.sents[sent-1].para != t.sents[sent].para || !lx.Set("prep", t.toks[lo+1].l) {
		return nil
	}
	w := t.toks[lo].l
	plural := lx.Set("pluralsuffix", w[len(w)-1:])
	p := &t.sents[sent-1]
	head := ""
	for k := p.body; k+1 < p.t1; k++ {
		q, n := &t.toks[k], &t.toks[k+1]
		if q.kind != tWord || n.kind != tWord || q.q >= 0 || n.q >= 0 || n.cap || !lx.Set("quantifiers", q.l) || t.isVerb(k+1) {
			continue
		}
		if w := n.l; len(w) > 3 && lx.Set("pluralsuffix", w[len(w)-1:]) {
			head = w
			if !plural {
				head = w[:len(w)-1]
			}
		}
	}
	if head == "" {
		return nil
	}
	m.head, m.headTok, m.plural = head, lo, plural
	m.surface = head + " " + t.src[t.toks[lo+1].start:t.toks[hi-1].end]
	if m.class = lx.Speakers[head]; m.class != "" {
		m.kind, m.definite = kDesc, true
		return m
	}
	// (A noun of no speaker the lexicon knows, "initiative", names
	// the one thing meant, as a name would.)
	m.kind, m.name = kName, capFirst(m.surface)
	return m
}

// singularGendered reports whether token k is a singular definite
// article that marks a gender ("el", "la", "o", "le"): a noun after it
// is one person or thing.
func (t *text) singularGendered(k int) bool {
	lx := t.lx
	l := t.toks[k].l
	return lx.Set("definite", l) && !lx.Set("pluraldeterminers", l) && (lx.Set("masculine", l) || lx.Set("feminine", l))
}

// genitiveBefore reports whether the word before token k is a
// determiner of the genitive singular ("des", "eines", "seines").
func (t *text) genitiveBefore(k int) bool {
	if !t.lx.NounCaps || k == 0 || t.toks[k-1].kind != tWord {
		return false
	}
	return t.lx.Set("genitivedeterminers", t.toks[k-1].l)
}

// compoundSpeaker returns, in a language that compounds nouns, the
// [speakers] class of the longest noun a compound ends in, two letters
// or more after its start, in a genitive or dative plural form too
// ("Innenministerium" is a "Ministerium", "Gesundheitsamt" an "Amt",
// "in Unternehmenskreisen" "Kreise"), or "".
func compoundSpeaker(lx *lang.Lexicon, w string) string {
	c, _ := compoundBase(lx, w)
	return c
}

// compoundBase returns compoundSpeaker's class and the compound w in
// the form of the noun it ends in ("unternehmenskreise" for
// "unternehmenskreisen"), or "", w.
func compoundBase(lx *lang.Lexicon, w string) (class, base string) {
	if !lx.NounCaps {
		return "", w
	}
	n := 0
	for i := range w {
		if n++; n > 2 && len(w)-i >= 3 {
			b := genitiveBase(lx, w[i:])
			if c := lx.Speakers[b]; c != "" {
				return c, w[:i] + b
			}
		}
	}
	return "", w
}

// hyphenCountry returns, in a language that compounds nouns, the country
// a title among tokens [lo, hi) is joined to by a hyphen ("der
// US-Präsident", "die Kreml-Sprecherin"), or nil.
func (rs *resolver) hyphenCountry(lo, hi int) *lang.Country {
	t := rs.t
	if !t.lx.NounCaps {
		return nil
	}
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		pre, _, ok := strings.Cut(tk.s, "-")
		if !ok || tk.kind != tWord || !t.isTitleWord(k) || pre == "" {
			continue
		}
		if f, ok := rs.gaz.gazWord(pre); ok && f.kind != formDemonym {
			return f.c
		}
	}
	return nil
}

// compoundDocOwner returns, in a language that compounds nouns, the
// author of a capitalised compound at token k that ends in a document's
// noun, in any case ("Vereinsangaben": the club; "Polizeiangaben", "aus
// Regierungsberichten"): a description of its first part, when the
// lexicon knows that part as a body; else nil.
func (t *text) compoundDocOwner(k int) *mention {
	lx := t.lx
	tk := &t.toks[k]
	if !lx.NounCaps || tk.kind != tWord || !tk.cap || tk.q >= 0 || strings.Contains(tk.s, "-") {
		return nil
	}
	l := tk.l
	n := 0
	for i := range l {
		if n++; n <= 3 || len(l)-i < 5 {
			continue
		}
		doc := l[i:]
		if !lx.Set("docnouns", doc) && !slices.ContainsFunc(withoutEndings(lx, "pluralendings", doc), func(b string) bool { return lx.Set("docnouns", b) }) {
			continue
		}
		pre := genitiveBase(lx, l[:i]) // ("Vereins-": the joining s)
		class := lx.Speakers[pre]
		if class == "" && lx.Set("orgwords", pre) {
			class = "org"
		}
		if class != "gov" && class != "org" || len(pre) > len(tk.s) {
			return nil // (a witness's statement, "Zeugenaussage", names no body)
		}
		return &mention{kind: kDesc, head: pre, surface: tk.s[:len(pre)], t0: k, t1: k + 1, headTok: k, class: class,
			gov: class == "gov", generic: true}
	}
	return nil
}

// gazWord returns the gazetteer's form that word w, written with a
// capital, is on its own ("US", "Kreml"), and whether there is one.
func (g *gazetteer) gazWord(w string) (gazForm, bool) {
	l := lang.Lower(w)
	f, n := g.match([]token{{kind: tWord, s: w, l: l, b: l, cap: true}}, 0, 1)
	return f, n == 1
}

// authorBefore returns the author the words before a document's noun at
// token h name ("a defense ministry statement", "a New York Times
// report"), the phrase opening at token i, or nil.
func (rs *resolver) authorBefore(m *mention, i, h, depth int) *mention {
	t := rs.t
	lx := t.lx
	lo := i
	for lo < h && (isTimeWord(lx, t.toks[lo].l) || t.toks[lo].kind != tWord) {
		lo++
	}
	author := false // "a new report", "a 60-page report": no author
	for k := min(lo, m.t0); k < h; k++ {
		if lx.Set("possessive", t.toks[k].l) {
			author = false // "his Facebook profile" is his, not Facebook's
			break
		}
		// (In German an adjective opening the sentence is capitalised:
		// "Forensische Untersuchungen der Polizei", "Neue Studien" name
		// no author before the noun.)
		adjective := lx.NounCaps && k == t.sents[t.toks[k].sent].body && k+1 < len(t.toks) && t.toks[k+1].cap && t.endsIn("adjendings", t.toks[k].l, 2)
		author = author || t.toks[k].kind == tWord && rs.authorWord(k) && !adjective
	}
	if lo >= h || !author {
		return nil
	}
	// "a new Washington Post-ABC News national poll": the author ends
	// before the lower-case words that describe the document.
	e := h
	for e-1 > lo && t.toks[e-1].kind == tWord && !t.toks[e-1].cap && !rs.authorWord(e-1) {
		e--
	}
	owner := rs.parseNP(lo, e, depth+1)
	// "the company statement", "the department notice": the body
	// referred back to, as "the company" is. (Not "the court filing": a
	// filing is a litigant's.)
	if owner == nil && e == lo+1 && lo-1 >= m.t0 && lx.Set("definite", t.toks[lo-1].l) && !lx.Set("possessive", t.toks[lo-1].l) &&
		!t.toks[lo].cap && lx.Set("anaphoric", t.toks[lo].b) && !(lx.Set("filedin", t.toks[lo].b) && !lx.Set("rulings", m.head)) {
		owner = rs.parseNP(lo-1, e, depth+1)
	}
	return owner
}

// authorAfter returns the author named after "by", "from" or (a medium
// only) "in" right after a document's noun at token h ("a new report by
// Politico", "a report from the ministry"), up to token hi, or nil.
func (rs *resolver) authorAfter(h, hi, depth int) *mention {
	t := rs.t
	lx := t.lx
	end := t.npRight(h+2, &t.sents[t.toks[h].sent])
	if end <= h+2 || end > hi {
		return nil
	}
	var owner *mention
	// (Also a body described: "from the ministry", "by the hospital";
	// after "in", only a medium: "a report in The Guardian", not "the
	// results in Iowa".)
	o := rs.parseNP(h+2, end, depth+1)
	if o != nil && lx.Set("docin", t.toks[h+1].l) && !t.mediaName(o) {
		o = nil
	}
	if o != nil && o.kind == kDesc && (o.class == "people" && (o.plural || lx.Set("collective", o.head)) || o.class == "org") && end < hi && (lx.Set("docfrom", t.toks[h+1].l) || lx.Set("by", t.toks[h+1].l)) &&
		lx.Set("prep", t.toks[end].l) && !lx.Set("of", t.toks[end].l) {
		// "a study from (or by) researchers at Oxford University", "a
		// paper from a team at UMass Amherst": the people of the body
		// named after them.
		if p := rs.parseNP(h+2, hi, depth+1); p != nil && p.kind == kDesc && p.head == o.head && p.t1 == hi && named(rs.parseNP(end+1, hi, depth+1)) {
			owner = p
		}
	}
	if named(o) || o != nil && o.kind == kDesc && (o.class == "org" || o.class == "gov" || owner == nil && o.class == "people" && (o.plural || lx.Set("collective", o.head)) && !lx.Set("docin", t.toks[h+1].l)) {
		owner = o // (also people: "a letter from residents of Elm Street")
	} else if ppl := rs.parseNP(h+2, hi, depth+1); owner == nil && ppl != nil && ppl.kind == kDesc && ppl.class == "people" && ppl.plural && t.capIn(ppl.t0+1, ppl.t1) && !lx.Set("docin", t.toks[h+1].l) {
		// "a study by researchers at Oxford University": people named by
		// where they work.
		owner = ppl
	}
	return owner
}

// adjTitle reports whether the title word at token k is the adjective of
// the lower-case noun before it ([set adjtitles]: "le parquet général",
// "el consejo general"), not a title of its own; a title before it keeps
// it one ("l'avocat général", "el fiscal general").
func (t *text) adjTitle(k int) bool {
	lx := t.lx
	tk, p := &t.toks[k], &t.toks[k-1]
	return !tk.cap && lx.Set("adjtitles", tk.l) && p.kind == tWord && !p.cap && !lx.Set("determiners", p.l) && !lx.Set("of", p.l) && !t.isTitleWord(k-1)
}

// determinerAgreement returns whether determiner l is plural, and the
// gender it marks when singular ('m', 'f' or 0): "ce dernier", "esta".
func determinerAgreement(lx *lang.Lexicon, l string) (plural bool, gender byte) {
	switch {
	case lx.Set("pluraldeterminers", l):
		return true, 0
	case lx.Set("masculine", l):
		return false, 'm'
	case lx.Set("feminine", l):
		return false, 'f'
	}
	return false, 0
}

// bodyNameGoesOn reports whether the capitalised word at token c is a
// body's word ([set orgwords]: "Tribunal", "Conselho") followed by a
// capitalised word that opens no person's given name: the words after it
// go on with the body's name ("Tribunal Supremo Electoral"), where a
// language puts the body's adjectives after its noun; a person named
// after it opens with a given name ("del Gobierno Pedro Sánchez").
func (t *text) bodyNameGoesOn(c int) bool {
	lx := t.lx
	return !lx.NounCaps && c+1 < len(t.toks) && lx.Set("orgwords", t.toks[c].b) && t.toks[c+1].cap && lx.GivenNames[t.toks[c+1].l] == 0
}

// groupCounterAt returns the token of a word that counts a group ([set
// groupcounters]) right before "of", at token i after the indefinite
// article at lo or one or two lower-case words after i ("a handful of
// protesters", "a growing number of economists"), within hi; or -1.
func (t *text) groupCounterAt(lo, i, hi int) int {
	lx := t.lx
	if i != lo+1 || !lx.Set("indefinite", t.toks[lo].l) {
		return -1
	}
	for c := i; c <= i+2 && c+2 < hi; c++ {
		tk := &t.toks[c]
		if tk.kind != tWord || tk.cap || !t.out(c) {
			return -1
		}
		if lx.Set("groupcounters", tk.l) && lx.Set("of", t.toks[c+1].l) {
			return c
		}
		if lx.Set("of", tk.l) || lx.Set("prep", tk.l) || lx.Set("determiners", tk.l) || t.isVerb(c) {
			return -1
		}
	}
	return -1
}

// loneWord reports whether token k is the only word of sentence s, with
// no quotation in it: punctuation and dashes alone around it.
func (t *text) loneWord(k int, s *sentence) bool {
	for j := s.t0; j < s.t1; j++ {
		if j != k && (t.toks[j].kind == tWord || t.toks[j].kind == tQOpen || t.toks[j].kind == tQClose) {
			return false
		}
	}
	return true
}

// countryOnlyInPersonName reports whether the name run nameLo..nameHi of
// phrase lo..end opens with a given name and a country or its seat is
// named only inside it, after no "of": a surname, no country ("O
// presidente Carlos Lima", "le président Marc Paris" speak for no
// government of Peru or France).
func (rs *resolver) countryOnlyInPersonName(lo, end, nameLo, nameHi int) bool {
	t := rs.t
	if nameLo < lo || nameHi-nameLo < 2 || nameHi > end || t.lx.GivenNames[t.toks[nameLo].l] == 0 {
		return false
	}
	for k := nameLo; k < nameHi; k++ {
		if t.toks[k].kind == tWord && !t.toks[k].cap && t.lx.Set("of", t.toks[k].l) {
			return false // ("Crown Prince Mohammed bin Salman of Saudi Arabia": the country he is of)
		}
	}
	return rs.gaz.countryIn(t.toks, lo, nameLo) == nil && rs.gaz.countryIn(t.toks, nameHi, end) == nil
}
