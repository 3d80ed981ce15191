package offline

import (
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// Verb forms.
const (
	formBase = iota // say
	formS           // says
	formPast        // said
	formIng         // saying
)

// verbInfo describes one reporting-verb form.
type verbInfo struct {
	lemma  string
	stance string // bot.Stance*
	voice  string // the bot's neutral verb for a paraphrase ("Says")
	form   int
	// weak verbs (write, continue, speak…) report speech only with a
	// quotation or a that-clause attached.
	weak bool
	// noun is set for forms that are also common nouns (claims, reports,
	// calls): they are verbs only after a subject at a clause boundary.
	noun bool
	// particle is a word the verb must be followed by ("call for",
	// "point out"), or "".
	particle string
}

// verbSpec: lemma, stance, paraphrase verb, flags, irregular forms.
// Flags: w = weak, n = base/-s forms double as nouns, p:X = needs particle
// X. Irregular forms are "s,past,ing" overrides, any may be empty.
type verbSpec struct {
	lemma, stance, voice, flags, irregular string
}

const (
	sa = bot.StanceAssert
	sd = bot.StanceDeny
	sc = bot.StanceAccuse
	so = bot.StanceOther
)

// verbSpecs lists the reporting verbs. The voice column is the verb the
// bot's own paraphrase uses: neutral, as wire-service style asks ("said",
// not "claimed", "admitted", "revealed", "confirmed" or "insisted", which
// cast doubt or vouch for the truth); the stance keeps what kind of
// statement it was.
var verbSpecs = []verbSpec{
	// Neutral reporting verbs.
	{"say", sa, "Says", "", "says,said,saying"},
	{"state", sa, "Says", "n", ""},
	{"tell", sa, "Says", "", "tells,told,telling"},
	{"add", sa, "Says", "", ""},
	{"note", sa, "Notes", "n", ""},
	{"announce", sa, "Announces", "", ""},
	{"confirm", sa, "Says", "", ""},
	{"acknowledge", sa, "Says", "", ""},
	{"admit", sa, "Says", "", "admits,admitted,admitting"},
	{"concede", sa, "Says", "", ""},
	{"explain", sa, "Says", "", ""},
	{"argue", sa, "Argues", "", ""},
	{"stress", sa, "Says", "n", "stresses,stressed,stressing"},
	{"emphasize", sa, "Says", "", ""},
	{"emphasise", sa, "Says", "", ""},
	{"underline", sa, "Says", "", ""},
	{"insist", sa, "Says", "", ""},
	{"maintain", sa, "Says", "", ""},
	{"contend", sa, "Argues", "", ""},
	{"report", sa, "Reports", "n", ""},
	{"write", sa, "Writes", "w", "writes,wrote,writing"},
	{"tweet", sa, "Says", "nw", ""},
	{"post", sa, "Says", "nw", ""},
	{"conclude", sa, "Concludes", "", ""},
	{"assert", sa, "Says", "", ""},
	{"affirm", sa, "Says", "", ""},
	{"declare", sa, "Declares", "", ""},
	{"proclaim", sa, "Declares", "", ""},
	{"suggest", sa, "Suggests", "", ""},
	{"believe", sa, "Says", "", ""},
	{"estimate", sa, "Estimates", "n", ""},
	{"predict", sa, "Predicts", "", ""},
	{"forecast", sa, "Predicts", "n", "forecasts,forecast,forecasting"},
	{"reiterate", sa, "Repeats", "", ""},
	{"repeat", sa, "Repeats", "", ""},
	{"describe", sa, "Describes", "", ""},
	{"comment", sa, "Comments", "nw", ""},
	{"remark", sa, "Says", "nw", ""},
	{"observe", sa, "Notes", "", ""},
	{"point", sa, "Says", "p:out", ""},
	{"mention", sa, "Mentions", "n", ""},
	{"indicate", sa, "Says", "", ""},
	{"reveal", sa, "Says", "", ""},
	{"disclose", sa, "Says", "", ""},
	{"recall", sa, "Recalls", "", ""},
	{"respond", sa, "Responds", "w", ""},
	{"reply", sa, "Replies", "w", "replies,replied,replying"},
	{"answer", sa, "Replies", "nw", ""},
	{"continue", sa, "Says", "w", ""},
	{"inform", sa, "Says", "", ""},
	{"testify", sa, "Testifies", "", "testifies,testified,testifying"},
	{"clarify", sa, "Says", "", "clarifies,clarified,clarifying"},
	{"specify", sa, "Says", "", "specifies,specified,specifying"},
	{"highlight", sa, "Says", "", ""},
	{"signal", sa, "Signals", "", "signals,signalled,signalling"},
	{"hint", sa, "Suggests", "n", ""},
	{"speculate", sa, "Suggests", "", ""},
	{"recount", sa, "Recounts", "", ""},
	{"boast", sa, "Says", "", ""},
	{"joke", sa, "Says", "w", ""},
	{"quip", sa, "Says", "w", "quips,quipped,quipping"},
	{"explain", sa, "Says", "", ""},
	{"speak", sa, "Says", "w", "speaks,spoke,speaking"},
	{"cite", sa, "Cites", "w", ""},
	{"quote", sa, "Quotes", "", ""},
	{"express", sa, "Expresses", "", "expresses,expressed,expressing"},
	{"defend", sa, "Defends", "w", ""},
	{"justify", sa, "Defends", "", "justifies,justified,justifying"},
	{"call", sa, "Calls", "n", ""},
	{"label", sa, "Calls", "", "labels,labelled,labelling"},
	{"term", sa, "Calls", "", ""},
	{"dub", sa, "Calls", "", "dubs,dubbed,dubbing"},
	{"characterize", sa, "Describes", "", ""},
	{"characterise", sa, "Describes", "", ""},
	{"caution", sa, "Cautions", "", ""},
	{"welcome", sa, "Welcomes", "", ""},
	{"praise", sa, "Praises", "", ""},
	{"hail", sa, "Praises", "", ""},
	{"thank", sa, "Thanks", "", ""},
	{"agree", sa, "Agrees", "w", "agrees,agreed,agreeing"},
	{"claim", sa, "Says", "n", ""},
	{"brief", sa, "Says", "", ""},
	{"publish", sa, "Publishes", "w", "publishes,published,publishing"},
	{"find", sa, "Concludes", "w", "finds,found,finding"},
	{"accept", sa, "Accepts", "p:responsibility", ""},

	// Denials.
	{"deny", sd, "Denies", "", "denies,denied,denying"},
	{"reject", sd, "Rejects", "", ""},
	{"dismiss", sd, "Rejects", "", "dismisses,dismissed,dismissing"},
	{"refute", sd, "Denies", "", ""},
	{"rebuff", sd, "Rejects", "", ""},
	{"rebut", sd, "Denies", "", "rebuts,rebutted,rebutting"},
	{"dispute", sd, "Disputes", "", ""},
	{"contest", sd, "Disputes", "", ""},
	{"contradict", sd, "Disputes", "", ""},
	{"disavow", sd, "Denies", "", ""},
	{"repudiate", sd, "Rejects", "", ""},
	{"disagree", sd, "Disputes", "", "disagrees,disagreed,disagreeing"},
	{"downplay", sd, "Says", "", ""},
	{"deflect", sd, "Rejects", "", ""},

	// Accusations.
	{"accuse", sc, "Accuses", "", ""},
	{"allege", sc, "Alleges", "", ""},
	{"blame", sc, "Blames", "", ""},
	{"charge", sc, "Alleges", "", ""},
	{"condemn", sc, "Condemns", "", ""},
	{"denounce", sc, "Condemns", "", ""},
	{"criticize", sc, "Criticises", "", ""},
	{"criticise", sc, "Criticises", "", ""},
	{"slam", sc, "Criticises", "", "slams,slammed,slamming"},
	{"blast", sc, "Criticises", "", ""},
	{"fault", sc, "Criticises", "", ""},
	{"decry", sc, "Criticises", "", "decries,decried,decrying"},
	{"lambast", sc, "Criticises", "", ""},
	{"lambaste", sc, "Criticises", "", ""},
	{"castigate", sc, "Criticises", "", ""},
	{"censure", sc, "Criticises", "", ""},
	{"rebuke", sc, "Criticises", "", ""},
	{"implicate", sc, "Accuses", "", ""},
	{"complain", sc, "Says", "", ""},
	{"protest", sc, "Protests", "w", ""},

	// Requests, commitments and other speech acts.
	{"urge", so, "Urges", "", ""},
	{"demand", so, "Demands", "n", ""},
	{"ask", so, "Asks", "", ""},
	{"appeal", so, "Appeals", "", ""},
	{"request", so, "Requests", "n", ""},
	{"warn", so, "Warns", "", ""},
	{"threaten", so, "Threatens", "", ""},
	{"vow", so, "Pledges", "", ""},
	{"pledge", so, "Pledges", "", ""},
	{"promise", so, "Promises", "n", ""},
	{"propose", so, "Proposes", "", ""},
	{"apologize", so, "Apologises", "", ""},
	{"apologise", so, "Apologises", "", ""},
	{"question", so, "Questions", "n", ""},
	{"plead", so, "Appeals", "", ""},
	{"implore", so, "Appeals", "", ""},
	{"recommend", so, "Recommends", "", ""},
	{"advise", so, "Advises", "", ""},
	{"invite", so, "Invites", "", ""},
	{"regret", so, "Regrets", "", "regrets,regretted,regretting"},
	{"encourage", so, "Encourages", "", ""},
}

// inflect returns the -s, past and -ing forms of a regular verb.
func inflect(v string) (s, past, ing string) {
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		s = v + "es"
	default:
		s = v + "s"
	}
	switch {
	case strings.HasSuffix(v, "e"):
		past, ing = v+"d", v[:len(v)-1]+"ing"
	default:
		past, ing = v+"ed", v+"ing"
	}
	return s, past, ing
}

// buildVerbs returns the reporting-verb lexicon: every form of every verb.
func buildVerbs() map[string]verbInfo {
	m := make(map[string]verbInfo, 4*len(verbSpecs))
	for _, sp := range verbSpecs {
		s, past, ing := inflect(sp.lemma)
		if sp.irregular != "" {
			f := strings.Split(sp.irregular, ",")
			if len(f) == 3 {
				if f[0] != "" {
					s = f[0]
				}
				if f[1] != "" {
					past = f[1]
				}
				if f[2] != "" {
					ing = f[2]
				}
			}
		}
		vi := verbInfo{lemma: sp.lemma, stance: sp.stance, voice: sp.voice}
		for _, fl := range strings.Split(sp.flags, ",") {
			switch {
			case strings.HasPrefix(fl, "p:"):
				vi.particle = fl[2:]
			default:
				vi.weak = strings.Contains(fl, "w")
				vi.noun = strings.Contains(fl, "n")
			}
		}
		for form, w := range map[int]string{formBase: sp.lemma, formS: s, formPast: past, formIng: ing} {
			v := vi
			v.form = form
			if form == formPast || form == formIng {
				v.noun = false
			}
			if _, dup := m[w]; !dup {
				m[w] = v
			}
		}
	}
	return m
}

// words builds a set from a space-separated list.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Word classes used by the chunker (all lower case).
var (
	determiners  = words(`the a an this that these those its his her their our my your some any each every both either neither no another several many few all most such`)
	pronouns     = words(`he she they it we i you him her them us me who whom which`)
	subjPronoun  = words(`he she they it we i`)
	prepositions = words(`of for to in on at by from with about against over under into onto via through during after before since until toward towards among amid between without within across along around behind beyond despite upon per than like near off out up down`)
	conjunctions = words(`and or but nor yet so that because while whereas although though if unless when whenever where wherever as since after before once until whether which who whom whose what how why however meanwhile moreover furthermore also then thus therefore still instead otherwise nonetheless nevertheless`)
	auxiliaries  = words(`is are was were be been being am has have had having do does did will would shall should can could may might must ought`)
	beForms      = words(`is are was were be been being am 's`)
	modals       = words(`will would shall should can could may might must`)
	negations    = words(`not never n't no`)
	// adverbs that may stand between a subject and its verb.
	midAdverbs = words(`also further later again then previously subsequently repeatedly recently initially earlier now first once still yet even only already publicly openly strongly firmly flatly categorically vehemently officially explicitly separately quickly immediately swiftly formally privately reportedly allegedly apparently similarly likewise too has have had had already just personally directly angrily sharply bluntly simply reportedly however though therefore meanwhile`)
	// commonVerbs are frequent non-reporting verbs that end a noun phrase.
	commonVerbs = words(`is are was were be been being am has have had do does did will would shall should can could may might must get gets got make makes made take takes took go goes went come comes came give gives gave see sees saw know knows knew think thinks thought want wants wanted use uses used find found become became leave left put keep kept let begin began seem seems seemed help helped show showed hear heard play run ran move moved live lived bring brought happen happened write stand stood lose lost pay paid meet met include includes included continue set learn change changed lead led understand watch follow followed stop create speak read allow allowed add spend grow open walk win offer remember love consider appear buy wait serve die died send sent expect build stay fall cut reach kill killed remain remains remained launched banned blocked joined fled shot struck hit attacked arrived began started ordered signed filed issued released sent held received published called agreed gathered traveled travelled entered flew flown infected sought tried tries try`)
	// dayWords are capitalised words that are never names.
	dayWords = words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow`)
	// docNouns are things that "say" on behalf of their author.
	docNouns = words(`statement statements report reports tweet tweets post posts notice letter letters release communique communiqué memo memorandum document documents study survey paper editorial article interview message messages press-release filing lawsuit complaint petition decree order ruling verdict judgment resolution declaration speech address announcement video broadcast bulletin publication blog column op-ed estimate assessment analysis proclamation`)
)

// Role and organisation vocabulary.
var (
	// titleWords end the title part of a name ("US Secretary of State Mike
	// Pompeo"); they are matched lower-cased.
	titleWords = words(`president vice-president premier chancellor minister secretary secretary-general spokesman spokesperson spokeswoman ambassador envoy diplomat consul king queen prince princess emir sultan sheikh senator sen. rep. representative congressman congresswoman governor mayor general gen. colonel col. admiral commander judge justice chief director chairman chairwoman chair ceo cfo coo commissioner constable pope ayatollah mr mr. mrs mrs. ms ms. dr dr. prof prof. lord lady sir dame speaker attorney solicitor leader officer captain capt. lieutenant lt. sergeant sgt. marshal rapporteur counsel adviser advisor aide head founder co-founder executive analyst professor lawmaker legislator mp deputy inspector superintendent correspondent reporter journalist editor columnist activist lawyer candidate member official officials nominee chancellor`)
	// titleMods qualify a title ("Prime Minister", "Foreign Secretary") and
	// are never names.
	titleMods = words(`prime foreign vice deputy acting special presidential supreme crown chief senior interior defence defense home justice finance trade health education state former first general executive assistant principal permanent federal national`)

	// govTitles tie a person to a government when a country qualifies them.
	govTitles = words(`president vice-president premier chancellor minister secretary spokesman spokesperson spokeswoman ambassador envoy diplomat consul king queen prince emir sultan ayatollah official officials authorities government administration ministry ministries department embassy consulate army military navy cabinet presidency general admiral commander representatives delegation source sources`)
	// nonGovWords mark a person or body as independent of the government
	// even when a country qualifies them.
	nonGovWords = words(`opposition former ex-president ex- retired dissident rebel rebels activist activists exiled senator senators congressman congresswoman lawmaker lawmakers legislator legislators mp mps parliamentarian candidate critic critics citizen citizens journalist reporter student students protester protesters company firm`)
	// memberNouns are roles that speak for the organisation or person that
	// qualifies them ("a spokesman for the ministry", "Erdogan's office").
	memberNouns = words(`member members spokesman spokesperson spokeswoman spokespeople office government administration campaign press secretary ministry officials official representative representatives envoy ambassador embassy delegation ceo chairman chairwoman chief director head executive executives staff team management board aide aides president secretary-general minister`)
	// orgWords mark a capitalised name as an organisation.
	orgWords = words(`nations ministry department office agency commission committee council association foundation institute center centre university company corporation corp corp. inc inc. ltd ltd. llc plc group party front forces force army navy command movement organization organisation union league alliance coalition court assembly parliament congress senate bank fund network news daily times post press herald journal tribune gazette telegraph guardian review radio tv television broadcasting channel service services police embassy consulate government administration authority authorities board bureau federation society trust hospital airlines airline airways church guard guards brigade brigades corps federation program programme project club institution museum school college house reporter wire mail observer chronicle mirror weekly monthly magazine media foundation ngo unesco state`)
	// mediaWords mark an organisation as a news outlet.
	mediaWords = words(`news daily times post press herald journal tribune gazette telegraph guardian radio tv television broadcasting channel wire mail observer chronicle mirror weekly magazine network reporter broadcaster newspaper agency`)
)

// newsNames are news organisations often cited as sources; they are
// classed as media so that "X reported Y said" credits Y.
var newsNames = words(`reuters ap afp bbc cnn nbc abc cbs pbs npr bloomberg xinhua tass sputnik ria irna isna fars al-jazeera aljazeera yonhap kyodo dpa efe ansa anadolu wikinews axios politico`)

// classSyn maps the head noun of a description to the classes it can
// refer back to ("the firm" → a company).
var classSyn = map[string][]string{
	"company": {"company"}, "firm": {"company"}, "corporation": {"company"}, "business": {"company"}, "group": {"group", "company"},
	"daily": {"newspaper"}, "newspaper": {"newspaper"}, "paper": {"newspaper"}, "publication": {"newspaper", "media"}, "tabloid": {"newspaper"},
	"outlet": {"media"}, "broadcaster": {"media"}, "network": {"media", "network"}, "channel": {"media"}, "station": {"media"}, "magazine": {"media"}, "agency": {"agency", "media"}, "website": {"media", "website"}, "site": {"website"},
	"ministry": {"ministry"}, "department": {"ministry"},
	"government": {"government"}, "administration": {"government"}, "authorities": {"government"}, "regime": {"government"}, "cabinet": {"government"},
	"organization": {"group"}, "organisation": {"group"}, "movement": {"group"}, "militia": {"group"}, "alliance": {"group"}, "coalition": {"group"}, "forces": {"group"}, "rebels": {"group"}, "party": {"group"},
	"embassy": {"embassy"}, "consulate": {"embassy"}, "hospital": {"hospital"}, "clinic": {"hospital"}, "airline": {"airline"}, "carrier": {"airline"},
	"court": {"court"}, "police": {"police"}, "army": {"military"}, "military": {"military"}, "office": {"office"},
	"president": {"president"}, "minister": {"minister"}, "chancellor": {"chancellor"}, "senator": {"senator"}, "king": {"king"}, "spokesman": {"spokesman"}, "spokesperson": {"spokesman"}, "spokeswoman": {"spokesman"},
	"foundation": {"group"}, "association": {"group"}, "commission": {"group"}, "committee": {"group"}, "council": {"group"}, "union": {"group"},
	"non-profit": {"group"}, "nonprofit": {"group"}, "charity": {"group"}, "institute": {"group"}, "university": {"group"},
}

// speakerNouns are heads of descriptions that can speak even when nothing
// earlier names them ("officials said", "one of the users said").
var speakerNouns = words(`media official officials source sources spokesman spokesperson spokeswoman spokespeople authorities government administration ministry company firm group organization organisation movement daily newspaper paper agency outlet broadcaster network police army military expert experts analyst analysts user users organizer organizers organiser organisers protester protesters resident residents witness witnesses lawyer lawyers senator senators member members representative representatives leader leaders associates supporters critics activist activists diplomat diplomats minister ministers president embassy hospital court council committee commission campaign office statement report people doctors doctor scientists researchers investigators prosecutors prosecutor judge lawmakers lawmaker legislators students student nurse workers employees staff team parents family relatives aides adviser advisers officers officer soldiers troops rebels militants fighters villagers survivors victims families mother father wife husband son daughter brother sister friend friends`)

// singular returns the singular of a regular plural noun.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// isSpeakerNoun reports whether a head noun (singular or plural) can name
// a speaker: a role, a body or a group.
func isSpeakerNoun(w string) bool {
	for _, x := range []string{w, singular(w)} {
		if speakerNouns[x] || titleWords[x] || len(classSyn[x]) > 0 {
			return true
		}
	}
	return false
}

// adverb reports whether a lower-case word is an -ly adverb.
func adverb(l string) bool {
	return strings.HasSuffix(l, "ly") && len(l) > 4 && !nounLy[l] && !speakerNouns[l] && !collective[l]
}

// nounLy are -ly words that are not adverbs.
var nounLy = words(`assembly family ally rally supply july italy daily weekly monthly quarterly yearly anomaly monopoly bully belly jelly lily holly folly homily butterfly reply apply comply imply multiply early only likely unlikely elderly friendly`)

// collectiveHeads are singular nouns that take "they".
var collectiveHeads = words(`police staff media public military army team government family couple`)

// pronounBase returns a subject pronoun without a contraction ("they've"
// → "they"), or "".
func pronounBase(l string) string {
	for _, suf := range []string{"'ve", "'d", "'ll", "'re", "'s", "'m"} {
		if strings.HasSuffix(l, suf) {
			l = strings.TrimSuffix(l, suf)
			break
		}
	}
	if subjPronoun[l] {
		return l
	}
	return ""
}

// loaded lists words that carry a judgement. Each maps to a neutral
// rendering for the bot's own voice, or "" when the word is simply left
// out ("so-called"), or "=" when it has no neutral equivalent and is kept
// in quotation marks as the outlet's wording.
var loaded = map[string]string{
	"regime": "government", "regimes": "governments", "regime's": "government's",
	"terrorist": "=", "terrorists": "=", "terror": "=",
	"thug": "assailant", "thugs": "assailants",
	"so-called": "", "puppet": "", "puppets": "=", "stooge": "=", "stooges": "=", "lackey": "=", "lackeys": "=",
	"mouthpiece": "outlet", "mouthpieces": "outlets",
	"zionist": "=", "zionists": "=",
	"martyr": "=", "martyrs": "=", "martyred": "killed", "martyrdom": "death",
	"militant": "=", "militants": "=",
	"propaganda": "=",
	"crony":      "associate", "cronies": "associates",
	"illegal": "=", "illegally": "=",
	"occupation": "=", "occupier": "=", "occupiers": "=",
	"invaders": "=", "invader": "=",
	"henchmen": "associates", "henchman": "associate",
	"extremist": "=", "extremists": "=",
	"rogue": "=", "tyrant": "=", "dictator": "=", "despot": "=", "junta": "=",
	"butcher": "=", "butchers": "=", "massacre": "=", "slaughter": "=", "genocide": "=",
	"infidel": "=", "infidels": "=", "crusaders": "=",
	"mouthpiece's": "outlet's",
}
