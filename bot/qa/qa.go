// Package qa answers follow-up questions from the article alone, with no
// model, in the languages the bot has lexicons for (English, French,
// Spanish, Portuguese, German; others are answered with English rules).
//
// It reads the question first (readQuestion): what kind of answer it asks
// for (a number, a time, a name, a place, a reason), which of its words
// name someone, and whether it asks what a party said ("How did Russia
// respond?", "What is Haley's position on…?"). A question about a party's statement is answered from the
// sentences the briefing attributes to that party (or to a party the
// article describes by the name asked about: "Tim Murtaugh,
// communications director for the Trump campaign"; named by a short
// form, "Merkel" or "EFF", or by the stem, "Houthis"; or by the role one
// of its names gives before the person's name, "the crown prince" for
// "Crown Prince Alaric of Norland"): such a sentence is
// the party's statement, so it need not hold the verb that asks ("What
// did Trump threaten…?"), nor the words that describe the speaker
// ("NATO's chief"), and its tense is that of the saying. The party's
// statements rank first and one on the subject is always quoted, but
// others' sentences as close are kept. When the briefing has no
// statement by the party named, the answer says so instead of quoting
// someone else; a quotation the briefing gives no one is the party's
// when it goes on from a sentence that names them, across quotation
// paragraphs ("Holt was asked… He replied: '…'" "'…'" "Asked about X, he
// added: '…'"). A party the question names only after its verb is what
// the words are about, not who says them, when another noun stands before
// the verb ("What did the student say would happen if the government
// stays silent?" asks for the student's words); one named by a common
// noun that is no party ("What did viewers think…?"), or by a demonym
// right before the verb ("Comment les Français jugent-ils…?"), is looked for where
// they are named, and the words of those whose criticism a party is asked
// to respond to ("the vice-chancellors' criticism") are no response of
// its. Other questions rank the article's sentences
// with BM25 over stemmed words (a country is named by its name or its
// demonym alike, "Turkey" by "Turkish"; the sentence before counts a little, for
// "the incident" or "he", and a content word that another sentence of
// the paragraph holds counts half, unless the question asks for a
// number or a time), keep those that hold the kind of answer asked
// for, and answer only when the best one holds most of the question's
// content words, not just its names; otherwise the answer is that the
// article does not say. A sentence that itself says the thing is not
// known ("did not say whether…") is quoted as such. The kind asked for
// is read closely: "how many civilians" takes a count of civilians,
// "what date" a number or a month, "how long" a number before a unit
// of time or length (not a clock time, nor an age: "mit 87 Jahren
// gestorben"), "besides X" another name than X
// (not a demonym), "who abandoned the dog" a sentence that holds the
// verb other than in a passive without its agent ("was abandoned on
// the road" does not say who), "did the ministers sign an accord" a
// sentence that holds the verb asked about, a word of its group or its
// opposite ("hoping to reach an accord" does not say; German asks yes or
// no with its verb first, "Bleibt Holm Trainer?", and that verb is the
// one asked about), "who is the new
// director" a name next to the title, "what is X" the sentence that first names X too, and a
// "why" question whose best
// sentence gives no reason quotes the sentence after it too.
//
// Quotes are whole sentences, verbatim, each with the speaker the
// briefing gives it. The words of each language are data (data/*.qa).
package qa

import (
	"cmp"
	"context"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/doc"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/lang"
)

// BM25 parameters (the usual Robertson–Zaragoza values).
const (
	k1 = 1.2
	bb = 0.75
)

// Answerer is the offline answerer. The zero value is ready to use.
type Answerer struct {
	// MaxQuotes bounds the sentences quoted in an answer (default 3).
	MaxQuotes int
	// MinCoverage is the idf-weighted share of the question's words a
	// sentence must hold to answer it (default 0.3), and MinContent the
	// share of its words other than names (default 0.4): a sentence that
	// only names the same people does not answer what is asked of them.
	// Both were chosen on the development questions of bot/eval.
	MinCoverage float64
	MinContent  float64
	// Language, when set, is the language of the answer's own words;
	// otherwise the article's.
	Language string
}

var _ bot.Answerer = (*Answerer)(nil)

// NotInArticle is the English text of an answer the article does not
// support.
var NotInArticle = vocabFor("en").phrases["notsaid"]

// Answer implements bot.Answerer.
func (q *Answerer) Answer(ctx context.Context, req *bot.AnswerRequest, stream func(string)) (*bot.Answer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if req == nil || req.Article == nil {
		return nil, bot.Errorf(bot.EInvalid, "There is no article in this thread to answer from.")
	}
	ans := q.answer(req)
	if stream != nil {
		stream(ans.Text)
	}
	return ans, nil
}

// articleLanguage returns the article's language code.
func articleLanguage(req *bot.AnswerRequest) string {
	if req.Briefing != nil && req.Briefing.Language != "" {
		return req.Briefing.Language
	}
	return lang.Default().Detect(req.Article.Text).Code
}

func (q *Answerer) answer(req *bot.AnswerRequest) *bot.Answer {
	maxQuotes := q.MaxQuotes
	if maxQuotes <= 0 {
		maxQuotes = 3
	}
	minCov := q.MinCoverage
	if minCov <= 0 {
		minCov = 0.3
	}
	minContent := q.MinContent
	if minContent <= 0 {
		minContent = 0.4
	}
	code := articleLanguage(req)
	v := vocabFor(code)
	lx := lang.Default().Get(v.code)
	voice := v
	if q.Language != "" {
		voice = vocabFor(q.Language)
	}
	d := doc.Parse(req.Article.Text)
	a := &article{d: d, v: v, lx: lx, title: req.Article.Title, partyWords: partyWordsOf(req.Briefing, v)}
	a.index()
	qu := readQuestion(req.Question, req.Turns, v, lx, req.Briefing, a.names())
	speakers := speakerIndex(d, req.Briefing)
	a.spoken = a.speakerStems(speakers)
	if qu.asksStatement && qu.speaker != "" && !qu.speakerIsParty {
		// "How did the Trump campaign respond?": a party the article
		// describes as speaking for it answers.
		if ps := a.speaksFor(qu.speakerWords, req.Briefing, speakers); len(ps) > 0 {
			qu.parties, qu.speakerIsParty = ps, true
		} else if i := a.titleOf(qu.speakerWords, req.Briefing); i >= 0 {
			// "What did Ana Ruiz say…?": the party the briefing names
			// by the title the article gives her ("Port mayor Ana
			// Ruiz", and then "The mayor said…") speaks.
			qu.parties, qu.speakerIsParty = []int{i}, true
		}
	}
	if len(qu.qualified) > 0 {
		// "What does the UN rapporteur want…?": the party the article
		// describes as "a UN rapporteur" speaks, not the UN.
		ps := a.speaksFor(qu.qualified, req.Briefing, speakers)
		if len(ps) > 0 && !slices.ContainsFunc(ps, func(i int) bool { return slices.Contains(qu.parties, i) }) {
			qu.parties = ps
		} else if head := qu.qualified[len(qu.qualified)-1]; len(ps) == 0 && qu.headAfterName(head) && !a.personNoun(a.v.stem(head)) && !inSet(a.lx, "adverbs", head) {
			// "How did SPH shares react after the results?" asks how
			// the shares moved: a head noun that names no one who
			// speaks (none of the lexicon's speakers or titles, and
			// no party the article describes so; not an adverb,
			// "When did Erdogan first announce…?"), right after the
			// name ("Was hat Trump zu Kims Wiederauftauchen gesagt?"
			// asks for Trump's words), does not ask for
			// the party's words, and a sentence on the shares that
			// reports none does not say.
			qu.parties, qu.speakerIsParty, qu.speaker, qu.speakerWords = nil, false, "", nil
		}
	}

	notSaid := &bot.Answer{Text: voice.phrases["notsaid"], NotInArticle: true}
	if qu.thing != "" && a.df[qu.thing] == 0 {
		// "What was the motive for the shooting?": an article that
		// never names a motive, nor a word of its group, does not say
		// what it was.
		return notSaid
	}
	var picked []int
	switch {
	case qu.asksStatement && len(qu.parties) > 0 && qu.speakerIsParty:
		// The party's words: the sentences that hold the question's
		// words, the party's first, and at least one of its
		// statements on the subject when it has one (others' words
		// may hold more of the question's: "Shop owners said the
		// closure…" "\"We will take the council to court\"…").
		a.own = a.partySentences(qu, req.Briefing, speakers)
		picked, _ = a.search(qu, minCov*0.8, minContent*0.7, maxQuotes)
		if !slices.ContainsFunc(picked, func(n int) bool { return a.own[n] }) {
			own := a.fromStatements(qu, maxQuotes)
			if len(picked) == 0 {
				// "Which countries did Etienne say scaled back too
				// early?": a statement of hers that names no country
				// does not say, when no other sentence does.
				own = slices.DeleteFunc(own, func(n int) bool { return a.namesNoKind(n-1, qu) })
			}
			if len(own) > 0 {
				picked = append(picked[:min(len(picked), maxQuotes-1)], own[0])
			} else {
				// Others' words on the subject that do not name
				// the party are no statement of its: "What did
				// the senator say about the ruling?" is not
				// answered by the court's. Nor is a sentence
				// that names it but reports nothing said (no
				// reporting verb): "the court held the firm
				// liable" is not what the firm said of it. A
				// yes-or-no question asks whether the party did
				// what its verb says: "Has Yousaf responded…?"
				// is not answered by "Yousaf has been accused…".
				picked = slices.DeleteFunc(picked, func(n int) bool {
					return !(a.namesParty(n-1, qu) && a.reportsAny[n-1] || a.quotesParty(n-1, qu)) || qu.kind == "yesno" && !a.holdsVerb(n-1, qu)
				})
				if len(picked) == 0 {
					who := qu.named()
					if who == "" {
						// (Named by a common noun: "What did the
						// grid operator's spokeswoman blame?")
						who = req.Briefing.Parties[qu.parties[0]].Name
					}
					return &bot.Answer{Text: strings.ReplaceAll(voice.phrases["nostatement"], "{who}", who), NotInArticle: true}
				}
			}
		}
		// "How did Williamson respond to the vice-chancellors'
		// criticism?": what the ones whose words are responded to
		// say is no response of the party's ("Vice-chancellors
		// reacted with fury to threats by … Williamson").
		picked = slices.DeleteFunc(picked, func(n int) bool { return a.possessorSpeaks(n-1, qu) })
		if len(picked) == 0 {
			return notSaid
		}
		if qu.kind == "yesno" && qu.asksAct {
			// "Has Velázquez conceded the race?" asks whether she
			// did that very act: her statements that hold no word of
			// it do not say so, as they would answer "Has she said
			// anything about the race?".
			picked = slices.DeleteFunc(picked, func(n int) bool { return !a.holdsVerb(n-1, qu) })
			if len(picked) == 0 {
				return notSaid
			}
		}
		picked = a.withBriefedStatement(picked, qu, req.Briefing, speakers)
	case qu.asksStatement && qu.speaker != "":
		// A question about someone's words, and the briefing has no
		// statement by anyone of that name: the article may still
		// report them in a sentence that names them and holds the
		// question's words ("warf ihm vor"); otherwise say so rather
		// than quote someone else.
		ask := qu.withoutVerbs()
		if qu.kind == "yesno" && qu.asksAct {
			// "Did Bong Joon Ho predict an Oscar win?" asks whether he
			// did that very act: it is a word the sentence must hold,
			// as the rest of the question.
			ask = qu
		}
		picked, _ = a.search(ask, minCov, minContent, maxQuotes)
		// A time, a number or a place asked of their act ("When did
		// the inquiry ask for the messages?") may be told by anyone:
		// "…shows messages were asked for in February".
		fact := qu.kind == "when" || qu.kind == "howmany" || qu.kind == "where"
		picked = slices.DeleteFunc(picked, func(n int) bool {
			return !fact && !a.reportsAs(n-1, qu.speaker, speakers[n]) && !a.reportsOf(n-1, qu) || qu.kind == "yesno" && qu.asksAct && !a.holdsVerb(n-1, qu) || a.possessorSpeaks(n-1, qu)
		})
		if len(picked) == 0 {
			return &bot.Answer{Text: strings.ReplaceAll(voice.phrases["nostatement"], "{who}", qu.named()), NotInArticle: true}
		}
	case qu.age && a.ageSentence(qu, req.Briefing) > 0:
		// "How old is she?": the number set off right after the name
		// ("The singer, 64, …", "Ana Ruiz (52) …").
		picked = []int{a.ageSentence(qu, req.Briefing)}
	case qu.asksWho():
		// "Who is Beblawi?": the article says who someone is where it
		// first names them ("former interim prime minister Hazem
		// el-Beblawi, who …").
		n := a.firstNaming(qu)
		if n == 0 {
			return notSaid
		}
		picked = []int{n}
	case qu.asksJob(a.v) && a.firstDescribing(qu) > 0:
		// "Where does Ana Ruiz work?": the article says what someone
		// does where it first names and describes them ("Professor
		// Ana Ruiz, of the city's university, …"), if not where it
		// first names them ("Charged with the reform, Ana Ruiz …").
		picked = []int{a.firstDescribing(qu)}
	default:
		var notKnown bool
		if qu.asksStatement && qu.speaker == "" {
			// "What does the dad think…?": the words of one the
			// article describes so ("His dad, Allan Reed, …").
			a.voiced, a.voicedTerms = a.describedSpeakers(qu, speakers)
		}
		picked, notKnown = a.search(qu, minCov, minContent, maxQuotes)
		if qu.act != "" && !notKnown {
			// "Did the ministers sign an agreement?" asks whether
			// they did that very act: "…hoping to reach agreements"
			// does not say.
			picked = slices.DeleteFunc(picked, func(n int) bool { return !a.holdsAct(n-1, qu.act) })
		}
		if qu.asksStatement && qu.speaker == "" {
			// "Who did viewers think won the debate?": the ones asked
			// about, named by a common noun that is no party of the
			// briefing, are named where their words are reported (or
			// in the sentence before); Haley's "I think…" is not
			// what viewers think.
			picked = slices.DeleteFunc(picked, func(n int) bool { return !a.namesSubject(n-1, qu) })
			if len(qu.subject) > 0 && a.asksReply(qu) {
				// "How have the cooperative banks reacted to the
				// plan?" asks for their reply: the words of
				// another ("…faced by cooperative banks, the
				// central bank said") are none, nor is a
				// sentence that reports no words.
				picked = slices.DeleteFunc(picked, func(n int) bool {
					if at := speakers[n]; at.party != "" {
						return !a.speakerOf(at, qu.subject)
					}
					return !a.reportsAny[n-1]
				})
			}
		}
		if n := a.firstHolding(qu); n > 0 && len(picked) > 0 && qu.asksWhatIs(a.v, a.lx) && !notKnown && !slices.Contains(picked, n) {
			// "What is a sting jet?": the article says what a thing
			// is where it first names it ("…a liqueur called Fernet
			// Fungo: a bitter, savory…"); later sentences that hold
			// its name as often go on about it. (Only when the
			// article answers at all.)
			picked = append([]int{n}, picked[:min(len(picked), maxQuotes-1)]...)
		}
		if len(picked) == 0 {
			return notSaid
		}
		if notKnown {
			s, _ := d.Sentence(picked[0])
			return &bot.Answer{Text: voice.phrases["notmentioned"], NotInArticle: true,
				Quotes: []bot.Quote{{Sentence: picked[0], Text: s.Text, Speaker: speakers[picked[0]].speaker}}}
		}
	}
	// The sentences that go on from those picked come after them, and
	// the answer stays short.
	picked = a.withGoingOn(a.withQuoteParagraphs(a.withQuoteEnds(picked)), speakers)
	picked = picked[:min(len(picked), 2*maxQuotes)]
	sort.Ints(picked) // article order reads best
	ans := &bot.Answer{}
	for _, n := range picked {
		s, _ := d.Sentence(n)
		ans.Quotes = append(ans.Quotes, bot.Quote{Sentence: n, Text: s.Text, Speaker: speakers[n].speaker})
	}
	ans.Text = answerText(voice, ans.Quotes)
	return ans
}

// answerText introduces the quotes in the bot's neutral voice.
func answerText(v *vocab, quotes []bot.Quote) string {
	if len(quotes) == 1 {
		if quotes[0].Speaker != "" {
			return strings.ReplaceAll(v.phrases["attributed"], "{who}", quotes[0].Speaker)
		}
		return v.phrases["says"]
	}
	return v.phrases["passages"]
}

// article is the indexed article.
type article struct {
	d     *doc.Doc
	v     *vocab
	lx    *lang.Lexicon
	title string
	// partyWords holds the folded words of the briefing's party names.
	partyWords map[string]bool
	// words holds each sentence's words; tf, length, df and avgLen are
	// the BM25 index over their stems.
	words  [][]word
	tf     []map[string]int
	length []int
	avgLen float64
	df     map[string]int
	// own marks the sentences of the party a question asks about: they
	// rank first.
	own map[int]bool
	// skip marks sentences that are not answers: the headline, and
	// lines of fewer than five words (bylines, captions, furniture).
	skip []bool
	// countries holds the codes of the countries each sentence names,
	// by a name or a demonym.
	countries []map[string]bool
	// reportsAny marks the sentences that hold a reporting verb: they
	// hold a statement ("estas declaraciones": "alertó Murátov").
	reportsAny []bool
	// titled holds the stems of the headline's words: a name the
	// headline holds is what the whole article is about.
	titled map[string]bool
	// voiced marks the sentences the briefing gives someone the
	// article describes by the common noun a question asks about ("the
	// dad": "His dad, Allan Reed, …"), and voicedTerms holds that
	// noun's stems: such a sentence holds them, and the verb that
	// asks ("What does the dad think…?").
	voiced      map[int]bool
	voicedTerms map[string]bool
	// spoken holds, by sentence number, the stems of the names of the
	// speaker and party the briefing attributes the sentence to: "He
	// claimed …" names Erdoğan as well as a sentence that writes his
	// name.
	spoken map[int]map[string]bool
}

// names returns the folded words the article writes capitalised inside
// a sentence, and in German only words the briefing's lexicon does not
// know as common nouns: the words that are names.
func (a *article) names() map[string]bool {
	out := map[string]bool{}
	for _, ws := range a.words {
		for _, w := range ws {
			if w.cap && !w.first {
				out[w.f] = true
			}
		}
	}
	return out
}

func (a *article) index() {
	a.df = map[string]int{}
	total := 0
	title := lang.Fold(strings.TrimSpace(a.title))
	a.titled = map[string]bool{}
	for _, w := range splitWords(a.title) {
		a.titled[a.v.stem(w.f)] = true
	}
	for _, s := range a.d.Sentences {
		ws := splitWords(s.Text)
		tf := map[string]int{}
		n := 0
		prep := a.v.inPreps(ws)
		for k := 0; k < len(ws); k++ {
			if prep[k] {
				continue
			}
			if t, m := a.v.phraseTerm(ws, k); m > 0 {
				tf[t]++
				n++
				for _, w := range ws[k : k+m] {
					// "lose their jobs" still holds "jobs".
					if !a.v.stop[w.f] && !a.v.light[w.f] {
						if s := a.v.stem(w.f); s != t {
							tf[s]++
						}
					}
				}
				k += m - 1
				continue
			}
			if w := ws[k]; a.v.stop[w.f] && !w.acronym {
				continue
			}
			tf[a.v.stem(ws[k].f)]++
			n++
		}
		cs := map[string]bool{}
		for _, w := range ws {
			if c, ok := a.v.country[w.f]; ok {
				cs[c] = true
			}
		}
		a.countries = append(a.countries, cs)
		a.reportsAny = append(a.reportsAny, slices.ContainsFunc(ws, func(w word) bool { return a.v.reporting[w.f] || a.v.respond[w.f] }))
		for t := range tf {
			a.df[t]++
		}
		a.words = append(a.words, ws)
		a.tf = append(a.tf, tf)
		a.length = append(a.length, n)
		// A short line of its own (a byline, a caption, furniture, a
		// heading with no final punctuation) is no answer.
		alone := !a.inParagraph(len(a.skip)) && (len(ws) < 5 || len(ws) < 12 && !endsSentence(s.Text))
		// A web address on its own ("https://…/new-anthology-collects-
		// dozens-of-poems….php") is no sentence, whatever words its
		// path holds.
		alone = alone || webAddress(s.Text)
		a.skip = append(a.skip, alone || title != "" && lang.Fold(strings.TrimSpace(s.Text)) == title || s.N == 1 && !endsSentence(s.Text))
		total += n
	}
	if len(a.d.Sentences) > 0 {
		a.avgLen = float64(total) / float64(len(a.d.Sentences))
	}
}

// reactsTo reports whether sentence i is a short statement of the party
// asked about (at most reactionWords words) in the paragraph of the
// sentence before: a reaction to what that sentence says ("Athens denied
// the incident.").
func (a *article) reactsTo(i int) bool {
	return i > 0 && a.own[i+1] && len(a.words[i]) <= reactionWords && a.d.Sentences[i-1].Para == a.d.Sentences[i].Para
}

// reactionWords bounds the words of a reaction (see reactsTo).
const reactionWords = 8

// inParagraph reports whether sentence i ends with final punctuation
// and shares its paragraph with another sentence: a short sentence there
// ("Athens denied the incident.") is no byline or caption.
func (a *article) inParagraph(i int) bool {
	ss := a.d.Sentences
	if !endsSentence(ss[i].Text) {
		return false
	}
	return i > 0 && ss[i-1].Para == ss[i].Para || i+1 < len(ss) && ss[i+1].Para == ss[i].Para
}

// endsSentence reports whether s ends with final punctuation (a headline
// does not), inside a closing quotation mark of any language (German
// closes with “ and ‘: „Grenzschutz ist Menschenschutz.“).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)“‘")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func (a *article) idf(t string) float64 {
	n := float64(len(a.tf))
	df := float64(a.df[t])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// score returns sentence i's BM25 score for the question's terms, and the
// idf-weighted shares of its content words (other than names) and of its
// names that the sentence holds (or the headline: "A Paris-8, un peu de
// tension" is about Paris-8 throughout).
func (a *article) score(i int, qu *question) (s, content, names, all float64) {
	var cGot, cAll, nGot, nAll, typeMiss float64
	for t, w := range qu.terms {
		idf := a.idf(t)
		f := a.termFreq(i, t, qu)
		if f == 0 && a.v.statement[t] && a.reportsAny[i] && !qu.names[t] && t != qu.typeTerm && (!qu.asksStatement || qu.asksAct) && qu.namesStatement(t, a.v, a.lx) {
			// "Who made the statement?" "…, Prime Minister Mikhail
			// Mishustin said Wednesday.": a sentence that reports
			// words holds a statement, and ranks as one that names it;
			// not when the question asks for a reply to it ("How did
			// Israel react to Varadkar's comments?"), which another's
			// words are not, nor when the noun names the kind asked
			// for ("¿Qué condena podría recibir…?": a sentence of a
			// court, no statement); the noun has its determiner ("the
			// new comments", not "si lo declaran culpable").
			f = 1
		}
		if f == 0 && a.voiced[i+1] && (qu.verbs[t] && !qu.asksAct || a.voicedTerms[t]) {
			// "What does the dad think…?" "…," Reed said.: the
			// speaker is the dad, and says it.
			f = 1
		}
		// A name of the source the question asks by ("según Carlos
		// Asig") is held by a sentence near one that names them: a
		// quotation is attributed in the sentence before or after it
		// ("“Él no vive desde el 2018…” … Carlos Asig, integrante del
		// Cocode…"), or the briefing gives it to them.
		srcNear := false
		if qu.source[t] && qu.names[t] && f == 0 {
			srcNear = a.spoken[i+1][t]
			for j := max(0, i-nameWindow); j < len(a.tf) && j <= i+1; j++ {
				srcNear = srcNear || a.tf[j][t] > 0
			}
		}
		if qu.names[t] {
			nAll += idf * w
			if f > 0 || srcNear || a.titled[t] || a.tf[i][qu.surname[t]] > 0 || a.own[i+1] && qu.partyTerms[t] || a.spoken[i+1][t] {
				nGot += idf * w
			}
		} else if qu.light[t] && f == 0 {
			// "How many students go to…?" "…the school's 1,900
			// students": a light verb is not asked of the answer.
		} else if a.own[i+1] && (qu.verbs[t] || a.v.statement[t] || qu.speakerDesc[t]) && f == 0 {
			// A sentence the briefing gives the party asked about is
			// its statement: "say" or "threaten" is asked of it, not
			// a word it must hold ("What did Trump threaten Turkey
			// with?" "I will totally destroy…").
		} else if t == qu.typeTerm && f > 0 && a.namesNew(i, qu) {
			// "Which hospital …?" "… a hospital in Berlin, Charité.":
			// the kind asked for with a name the question does not
			// hold answers it; the kind weighs double.
			cAll += 2 * idf * w
			cGot += 2 * idf * w
		} else {
			cAll += idf * w
			if f > 0 || srcNear || a.v.statement[t] && a.reportsAny[i] || a.saysAsked(i, t, qu) {
				cGot += idf * w
			} else if t == qu.typeTerm {
				typeMiss = idf * w
			} else if qu.kind != "howmany" && qu.kind != "when" && !slices.Contains(qu.acts, t) && !qu.verbs[t] && a.paraHolds(i, t, qu) {
				// "Engineers spent a week at Easton. … Their findings
				// pointed to rust …": a sentence goes on about what its
				// paragraph named; a number or a time must be tied to
				// what is asked in its own sentence, and a verb is the
				// relation asked, not its topic.
				cGot += paraShare * idf * w
			}
		}
		if f == 0 {
			continue
		}
		norm := 1 - bb + bb*float64(a.length[i])/math.Max(a.avgLen, 1)
		s += w * idf * f * (k1 + 1) / (f + k1*norm)
	}
	if rest := cAll - typeMiss; typeMiss > 0 && rest > 0 && cGot/rest >= typeRest && a.namesNew(i, qu) {
		// "Which company…?" "…Huawei…": a sentence that holds the
		// rest of the question and a name need not name the kind.
		cAll = rest + typeMiss*typeWeight
	}
	content, names, all = 1, 1, 0
	if cAll > 0 {
		content = cGot / cAll
	}
	if nAll > 0 {
		names = nGot / nAll
	}
	if cAll+nAll > 0 {
		all = (cGot + nGot) / (cAll + nAll)
	}
	return s, content, names, all
}

// dropTopicWords leaves out of qu's terms those that a large share of the
// article's sentences hold (topicShare), when it has others: the words of
// the article's topic ("the debate" in an article on a debate) are held
// by every sentence near one on the subject and prove nothing, while the
// rarer ones ("abortion") say what is asked. The words of speaker, who
// is asked about ("the student"), are kept: a statement that names them
// is theirs.
func (a *article) dropTopicWords(qu *question, speaker []string) {
	topic := func(t string) bool {
		return a.df[t] > topicMin && float64(a.df[t]) > topicShare*float64(len(a.tf)) && !slices.ContainsFunc(speaker, func(w string) bool { return a.v.stem(w) == t })
	}
	rest := 0
	for t := range qu.terms {
		if !topic(t) {
			rest++
		}
	}
	if rest == 0 {
		return
	}
	for t := range qu.terms {
		if topic(t) {
			delete(qu.terms, t)
		}
	}
}

// topicShare is the share of an article's sentences a word must be in
// to be a word of its topic.
const topicShare = 0.1

// topicMin is the most sentences a word may be in and be no word of the
// topic, however short the article.
const topicMin = 2

// webAddress reports whether the sentence s is a web address and
// nothing else.
func webAddress(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 && (strings.Contains(f[0], "://") || strings.HasPrefix(strings.ToLower(f[0]), "www."))
}

// quotesSpeech reports whether the sentence s quotes someone's words: a
// quotation mark it leaves open (the quotation runs on from or into
// another sentence), or a pair of them around at least quoteWords words.
// A title or a word set off in quotation marks ("the film “The
// Irishman”", "a “high-end” network") quotes no one.
func quotesSpeech(s string) bool {
	var marks []int
	for i, r := range s {
		if strings.ContainsRune("\"“”„«»", r) {
			marks = append(marks, i)
		}
	}
	if len(marks)%2 == 1 {
		return true
	}
	for k := 0; k+1 < len(marks); k += 2 {
		if len(strings.Fields(s[marks[k]:marks[k+1]])) >= quoteWords {
			return true
		}
	}
	return false
}

// quoteWords is the fewest words of a quotation of someone's words.
const quoteWords = 3

// termFreq returns how often sentence i holds the question's term t: its
// stem, or the name its acronym spells out, the country it names by
// another word, a compound that holds it or the head of the compound it
// is, or, in a yes/no question, its opposite.
func (a *article) termFreq(i int, t string, qu *question) float64 {
	f := float64(a.tf[i][t])
	if ac := qu.acronyms[t]; f == 0 && ac != "" && a.spells(i, ac) {
		f = 1
	}
	if c := qu.country[t]; f == 0 && c != "" && a.countries[i][c] {
		f = 1 // "Turkish drilling" for Turkey's
	}
	if p := qu.parts[t]; f == 0 && p != "" && (a.inCompound(i, p) || a.holdsHead(i, p)) {
		f = 1
	}
	if f == 0 && qu.count && a.v.peopleStem(t) && slices.ContainsFunc(a.words[i], func(w word) bool { return a.v.people[w.f] }) {
		f = 1 // "How many people…?" "…eleven individuals…"
	}
	if f == 0 && qu.kind == "yesno" {
		f = a.opposed(i, t)
	}
	return f
}

// paraHolds reports whether another sentence of sentence i's paragraph
// holds the term t: the sentence may go on about it ("they", "the
// findings").
func (a *article) paraHolds(i int, t string, qu *question) bool {
	p := a.d.Sentences[i].Para
	// A sentence that tells another time than the one asked about
	// lends nothing: "Navalny was airlifted … suffering from a serious
	// condition." "Navalny is an outspoken critic…" says nothing of his
	// condition now.
	holds := func(j int) bool { return a.tf[j][t] > 0 && sameTime(qu.tenses, a.tenses(j, qu)) }
	for j := i - 1; j >= 0 && a.d.Sentences[j].Para == p; j-- {
		if holds(j) {
			return true
		}
	}
	for j := i + 1; j < len(a.d.Sentences) && a.d.Sentences[j].Para == p; j++ {
		if holds(j) {
			return true
		}
	}
	return false
}

// paraShare is the share of its weight a question's content word counts
// in a sentence that lacks it when its paragraph holds it.
const paraShare = 0.5

// opposed returns how often sentence i holds an antonym of the term t
// ("closed" of "open"): a yes/no question is answered by the opposite
// as well ("Is it bigger?" "It is much smaller.").
func (a *article) opposed(i int, t string) float64 {
	n := 0
	for _, o := range a.v.opposite[t] {
		n += a.tf[i][o]
	}
	return float64(n)
}

type ranked struct {
	n     int // sentence number
	score float64
	// base is the score before the party's own sentences are put
	// first.
	base float64
}

// search answers a question from the whole article. It returns the
// sentences to quote, best first, and whether the best one says the thing
// is not known.
func (a *article) search(qu *question, minCov, minContent float64, maxQuotes int) ([]int, bool) {
	raw := make([]float64, len(a.d.Sentences))
	cov := make([]float64, len(a.d.Sentences))
	nameCov := make([]float64, len(a.d.Sentences))
	allCov := make([]float64, len(a.d.Sentences))
	for i := range a.d.Sentences {
		raw[i], cov[i], nameCov[i], allCov[i] = a.score(i, qu)
	}
	var rs []ranked
	for i := range a.d.Sentences {
		if a.skip[i] {
			continue
		}
		s := raw[i]
		c, all := cov[i], allCov[i]
		if raw[i] == 0 && a.reactsTo(i) && raw[i-1] > 0 {
			// "Two Turkish security sources told Reuters a migrant died
			// … Athens denied the incident.": the party's short
			// reaction is about the sentence before, whose words it
			// takes.
			s, c, all = raw[i-1], cov[i-1], allCov[i-1]
		} else if raw[i] == 0 {
			continue
		}
		if i > 0 && a.d.Sentences[i-1].Para == a.d.Sentences[i].Para || i > 0 && a.d.Sentences[i-1].Para == a.d.Sentences[i].Para-1 {
			// The sentence before lends a little: "the incident", "he";
			// its words, to a question about now, only when it tells
			// no other time (see paraHolds); to a "how many" question,
			// only when the sentence holds a content word of it too: a
			// number must be tied to what is asked in its own sentence
			// ("Officers are leaving the force." "…has seen 24
			// resignations…" does not count the officers).
			s += 0.3 * raw[i-1]
			if (!qu.tenses["now"] || sameTime(qu.tenses, a.tenses(i-1, qu))) && (c > 0 || qu.kind != "howmany") {
				c = math.Max(c, 0.5*(c+cov[i-1]))
			}
			// A question asking for a name, a number, a time or a
			// place may be answered by the sentence after the one
			// that holds its words ("…the nickname Chirac gave him."
			// "He called him the Great Fool."); a "what" question's
			// answer must hold its words itself.
			if qu.kind != "what" && qu.kind != "yesno" && qu.kind != "why" {
				all = math.Max(all, 0.5*(all+allCov[i-1]))
			}
		}
		mc := minContent
		if qu.kind == "why" && a.givesReason(i) {
			// "Why did the town keep its mask rule?" "…the decision
			// was made because cases were highest in the valley.": a
			// sentence that gives a reason has the shape of the
			// answer, and it words the rest in its own way.
			mc *= reasonContent
		}
		if qu.kind == "where" && !qu.stranded && a.holdsKind(i, qu) {
			// "Where did the summit take place?" "The two-day summit
			// … opened at the old customs house in Varna": a new
			// name put in a place has the shape of the answer, and
			// the article names the event its own way.
			mc *= shapeContent
		}
		if qu.kind == "howmany" && (qu.measure || qu.share) && a.holdsKind(i, qu) {
			// "How successful was the robot in the trial?" "…with an
			// overall success rate of 87% for the 31 participants": a
			// quantity on the scale asked about (a degree, a measure,
			// a share) has the shape of the answer, and the article
			// names what it measures its own way. (A count is not so
			// read: any count of people answers "How many people…".)
			mc *= shapeContent
		}
		if c < mc || all < minCov || !a.namedNear(i, nameCov) || a.saysOpposite(i, qu) || a.deniesAsked(i, qu) || a.otherSource(i, qu) {
			continue
		}
		// The tense of a question about a party's words is that of
		// their saying ("What did she threaten?"), not of what they
		// said ("We will…").
		if !a.holdsKind(i, qu) || !a.own[i+1] && !sameTime(qu.tenses, a.tenses(i, qu)) || !a.holdsRelation(i, qu) {
			continue
		}
		base := s
		if a.own[i+1] {
			s *= 2
		}
		rs = append(rs, ranked{i + 1, s, base})
	}
	if len(rs) == 0 {
		return nil, false
	}
	sort.SliceStable(rs, func(x, y int) bool { return rs[x].score > rs[y].score })
	if a.saysNotKnown(rs[0].n - 1) {
		return []int{rs[0].n}, true
	}
	// The sentences that come close to the best, whoever said them:
	// the party's own come first but do not push the others out.
	best := slices.MaxFunc(rs, func(x, y ranked) int { return cmp.Compare(x.base, y.base) }).base
	var out []int
	for _, r := range rs {
		if len(out) == maxQuotes {
			break
		}
		if r.base >= best*closeShare {
			out = append(out, r.n)
		}
	}
	if next := rs[0].n; qu.kind == "why" && !a.givesReason(next-1) &&
		next < len(a.d.Sentences) && !a.skip[next] && a.d.Sentences[next].Para == a.d.Sentences[next-1].Para && !slices.Contains(out, next+1) {
		// "Why did the lawyers object?" "The lawyers objected to
		// the video." "Their client said it could be a montage.": a
		// best sentence that gives no reason may have it in the
		// sentence after it, in its paragraph.
		if len(out) == maxQuotes {
			out = out[:maxQuotes-1]
		}
		out = append(out, next+1)
	}
	return out, false
}

// saysOpposite reports whether sentence i holds the opposite of a
// content word of a question that is not a yes/no one, and not the word
// itself: it tells of the contrary thing ("Jamaica earned … from
// exports" does not say how much it imported).
func (a *article) saysOpposite(i int, qu *question) bool {
	if qu.kind == "yesno" {
		return false
	}
	for t := range qu.terms {
		if !qu.names[t] && !qu.light[t] && a.tf[i][t] == 0 && a.opposed(i, t) > 0 {
			return true
		}
	}
	return false
}

// deniesAsked reports whether sentence i negates a content word of a
// question that asks for a fact of what was done (what, which, who, how
// many, where; what thing, which one of a kind): "the office had not filed charges" does not say which
// charges it filed, nor "no one was arrested" who was. A question that
// is itself negated, asks whether or why, when (a thing not done
// "until" a time is done then) or what a party said ("He said he would
// not resign") is not so read.
func (a *article) deniesAsked(i int, qu *question) bool {
	switch qu.kind {
	case "yesno", "why", "when":
		return false
	case "what":
		if qu.thing == "" && qu.typeTerm == "" {
			// "What did the dealer know about it?" "He had not
			// known…": what was not done answers what was.
			return false
		}
	}
	if qu.asksStatement || slices.ContainsFunc(qu.words, func(w word) bool { return inSet(a.lx, "negation", w.f) || w.f == "t" }) {
		return false
	}
	ws := a.words[i]
	for k, w := range ws {
		t := a.v.stem(w.f)
		if qu.terms[t] == 0 || qu.names[t] || qu.light[t] || w.cap && !w.first {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-negationReach; j-- {
			if a.negativeAt(ws, j) && !inSet(a.lx, "restrictneg", ws[j].f) && (j == 0 || !inSet(a.lx, "modal", ws[j-1].f)) && !slices.ContainsFunc(ws[j+1:k], func(x word) bool { return a.v.restrict[x.f] }) {
				return true
			}
			if x := ws[j].f; !inSet(a.lx, "aux", x) && !inSet(a.lx, "passive", x) && !inSet(a.lx, "adverbs", x) && !a.v.restrict[x] {
				break
			}
		}
	}
	return false
}

// otherSource reports whether sentence i, for a question that asks by
// whose word ("according to Paul Dunn"), is one the briefing gives
// another speaker: it holds no name of the source, and neither does the
// sentence after it (a quotation attributed after it: "…”, indicó"
// "Carlos Asig, …"). "She also said that…" after a paragraph on the
// minister asked about is the words of the one who spoke, when the
// briefing names them (see spokenByName).
func (a *article) otherSource(i int, qu *question) bool {
	if len(qu.source) == 0 || !a.spokenByName(i) {
		return false
	}
	named := false
	for t := range qu.source {
		if !qu.names[t] {
			continue
		}
		named = true
		if a.spoken[i+1][t] || a.tf[i][t] > 0 || i+1 < len(a.tf) && a.tf[i+1][t] > 0 {
			return false
		}
	}
	return named
}

// spokenByName reports whether the briefing gives sentence i to someone
// the article names by a name it writes capitalised ("Ramona
// Archer-Bradshaw"), not only by a common noun ("the brokerage", which
// may stand for the source asked about).
func (a *article) spokenByName(i int) bool {
	names := a.names()
	for t := range a.spoken[i+1] {
		for n := range names {
			if a.v.stem(n) == t {
				return true
			}
		}
	}
	return false
}

// negationReach is how many words before a word its negation may stand,
// across auxiliaries and adverbs ("had not yet filed").
const negationReach = 4

// negativeAt reports whether ws[k] is a negation of the lexicon: a word
// of its set, or the "t" of a contraction ("didn't" is split in "didn"
// and "t").
func (a *article) negativeAt(ws []word, k int) bool {
	return inSet(a.lx, "negation", ws[k].f) || ws[k].f == "t" && k > 0 && inSet(a.lx, "negation", ws[k-1].f+"'t")
}

// givesReason reports whether sentence i holds a word that gives a
// reason (vocab.reason: "because", "due").
func (a *article) givesReason(i int) bool {
	return slices.ContainsFunc(a.words[i], func(w word) bool { return a.v.reason[w.f] })
}

// reasonContent is the share of minContent a sentence that gives a
// reason must reach to answer a "why" question.
const reasonContent = 0.5

// shapeContent is the share of minContent a sentence with the shape of
// the answer must reach: one that puts a new name in a place, for a
// "where" question, and one that gives a quantity on the scale asked
// about, for a "how much" one.
const shapeContent = 0.7

// closeShare is the share of the best sentence's score a sentence must
// reach to be quoted with it: the sentences on the question that come
// close to the best (a longer sentence, which BM25 scores lower for its
// length, may be the one that holds the answer: "The moderators opened
// the debate …" "The moderators from NBC News and the Salem Radio
// Network pressed …"). At most MaxQuotes are quoted.
const closeShare = 0.5

// namedNear reports whether sentence i, or one of the nameWindow
// sentences before it, holds most of the question's names (a name the
// headline holds is held throughout).
func (a *article) namedNear(i int, nameCov []float64) bool {
	for j := i; j >= 0 && j >= i-nameWindow; j-- {
		if nameCov[j] >= 0.5 {
			return true
		}
	}
	return false
}

// nameWindow is how many sentences before one may name whom it is about:
// an article names someone and goes on about them ("The meeting lasted
// 45 minutes.").
const nameWindow = 3

// holdsKind reports whether sentence i holds the kind of answer the
// question asks for: a number, a time, a name or place other than the
// question's own.
func (a *article) holdsKind(i int, qu *question) bool {
	ws := a.words[i]
	if qu.other && !slices.ContainsFunc(ws, func(w word) bool { return a.newName(w, qu) && !a.v.demonyms[w.f] && !w.joined }) {
		// "besides the Times" asks for another name: "Chinese" and
		// "Virginia-based" name no one.
		return false
	}
	if qu.kind == "what" && qu.typeTerm != "" && a.vagueOnly(ws, qu) && !a.saysNotKnown(i) {
		// "Which countries…?" "Some countries scaled back…" says
		// there are some, not which.
		return false
	}
	if a.namesNoKind(i, qu) {
		return false
	}
	if qu.kind == "what" && qu.kindNamed && !a.namesKindNear(i, qu) && !a.saysNotKnown(i) {
		// "Which unions have endorsed her?" "Sanders has the most
		// labor unions backing him…" names no union.
		return false
	}
	if qu.kind == "what" && qu.kindNamed && a.asksCountry(qu) && !a.namesCountry(i, qu) && !a.saysNotKnown(i) {
		// "Which countries have signed the pact?" "Only 21 of 131
		// countries have…" names none, nor does "the Paris
		// Agreement".
		return false
	}
	if qu.exists != "" && a.tf[i][qu.exists] == 0 && a.opposed(i, qu.exists) == 0 && !a.saysNotKnown(i) {
		// "Is there a fine for not wearing a mask?" "Businesses have
		// been asked to refuse service to anyone not wearing one."
		// names no fine.
		return false
	}
	switch qu.kind {
	case "howmany":
		if qu.money {
			return a.namesMoney(i) || qu.change && a.namesShare(i)
		}
		if qu.span {
			return a.namesSpan(i, qu)
		}
		if qu.share && !a.namesShare(i) {
			return false
		}
		if len(qu.counted) > 0 && !a.countsNear(i, qu.counted) {
			return false // "34 soldiers" is no count of civilians
		}
		// A count of days or years answers only a question that
		// counts them ("How many years…").
		countsUnits := slices.ContainsFunc(qu.words, func(w word) bool { return a.v.units[w.f] })
		// "At how many universities…?" counts places, which an
		// article names in other words ("at more than 60
		// institutions").
		placeCount := len(qu.words) > 0 && a.v.topic[qu.words[0].f]
		for k, w := range ws {
			if qu.measure && isYear(w.f) {
				continue // an age or a height is no year
			}
			if qu.count && isYear(w.f) && !a.countedAfter(ws, k, qu.counted) {
				continue // "in 2019" counts nothing ("2000 delegates" may)
			}
			if qu.count && !qu.money && !qu.change && a.sum(ws, k) {
				continue // "fined £1,000" counts no one fined
			}
			if w.digit && (w.tagged || a.dayOfMonth(ws, k)) {
				continue // "COVID-19" and "Sept. 30" count nothing
			}
			if qu.count && !countsUnits && a.spanAt(ws, k) {
				continue // "two months ago" counts no cases
			}
			if qu.count && !placeCount && a.countsOther(ws, k, qu.counted) {
				continue // "hundreds of buyers" counts no women
			}
			if qu.exact && a.v.rough[w.f] && (k == 0 || !ws[k-1].digit && !a.v.numbers[ws[k-1].f]) {
				continue // "thousands of homes" is no exact count
			}
			if qu.count && !qu.measure && k > 0 && a.v.measure[ws[k-1].f] && (w.digit || a.v.numbers[w.f]) {
				continue // "until age 70" counts no one using the strategy
			}
			if qu.count && w.digit && strings.ContainsFunc(w.f, unicode.IsLetter) {
				continue // "84mph", "2.15kg": a measure, no count
			}
			if qu.count && !qu.share && (a.shareAfter(ws, k) || a.v.share[w.f]) {
				continue // "8.7 percent of sequences" counts no deaths
			}
			if a.number(w, qu) || a.v.numbers[w.f] {
				return true
			}
		}
		return false
	case "when":
		future := qu.tenses["future"] && !qu.tenses["past"] && !qu.tenses["perfect"]
		for k, w := range ws {
			isNum := func(x word) bool { return x.digit || a.v.numbers[x.f] }
			if future && (k > 0 && a.v.pastTime[ws[k-1].f] || k+1 < len(ws) && a.v.pastTime[ws[k+1].f] || a.v.pastTime[w.f]) {
				// "When will the distillery open?" "…whose trademark
				// he bought last year": a past time tells no future.
				continue
			}
			if !qu.date && (isNum(w) && w.joined || k > 0 && ws[k-1].joined && isNum(ws[k-1])) {
				// "a three-year contract", "a 21-year-old woman": a
				// duration or an age, no time.
				continue
			}
			if qu.exact && a.v.time[w.f] && a.v.units[w.f] {
				continue // "next month" is no exact time
			}
			if !qu.date && a.v.time[w.f] && a.v.units[w.f] && a.unitInCompound(ws, k) {
				continue // "elderly day centers" tells no time
			}
			if qu.date && (a.number(w, qu) || a.v.months[w.f]) || !qu.date && (a.v.time[w.f] || a.number(w, qu) && timeNumber(ws, k, a.v)) {
				return true
			}
		}
		return false
	case "name":
		// The name asked for follows closely what it names ("the man,
		// John Smith", "le surnommait le Grand Con"): a word of the
		// question other than its names, or a word of naming, in its
		// clause ("a website that lets NASA researchers…" does not
		// name the website).
		for j, w := range ws {
			if !a.newName(w, qu) {
				continue
			}
			for k := j - 1; k >= 0 && k >= j-nameReach && !inSet(a.lx, "relpron", ws[k].f); k-- {
				if t := a.v.stem(ws[k].f); qu.hasTerm(t) && !qu.names[t] || a.v.naming[t] {
					return true
				}
			}
		}
		return false
	case "who", "where":
		if qu.kind == "who" && !a.namesAgent(i, qu) {
			return false
		}
		if qu.kind == "who" && qu.whoHead != "" && a.tf[i][qu.whoHead] == 0 {
			// "Who is the Wisconsin donor Moore spoke of?" "He
			// said he would turn down an invitation to speak in
			// Wisconsin" names no donor.
			return false
		}
		if !a.namesRole(i, qu) {
			return false
		}
		own := a.nameRunsWith(i, qu)
		for k, w := range ws {
			// A month or a weekday is no person or place ("on the
			// November 2020 ballot"), nor a word of a name that holds
			// the question's own ("Westfield High School" for "Where
			// is Westfield?").
			if a.newName(w, qu) && !hyphenAdjective(ws, k) && !a.v.months[w.f] && !a.v.time[w.f] && (qu.kind != "who" || a.namesSomeone(w)) && !own[w.f] && (qu.kind != "where" || a.placed(ws, k)) {
				return true
			}
		}
		return false
	}
	return true
}

// namesNoKind reports whether sentence i, for a question that asks
// which things of a kind ("Which countries did she say scaled back too
// early?"), holds neither the noun of the kind nor a name the question
// does not, and does not say the thing is not known: it names no such
// thing ("We must adjust our strategies when cases rise.").
func (a *article) namesNoKind(i int, qu *question) bool {
	return qu.kind == "what" && qu.kindNamed && a.tf[i][qu.typeTerm] == 0 && !a.namesNew(i, qu) && !a.saysNotKnown(i)
}

// asksCountry reports whether the kind a "which" question asks for is
// a country (vocab.countryNoun: "Which countries…?", "Which nation…?"),
// in a language whose lexicon lists all the world's countries
// (allCountries): where it lists fewer, a sentence that names none of
// them may name one it lacks ("Chypre et Malte").
func (a *article) asksCountry(qu *question) bool {
	if a.lx == nil || len(a.lx.Countries) < allCountries {
		return false
	}
	for w := range a.v.countryNoun {
		if a.v.stem(w) == qu.typeTerm {
			return true
		}
	}
	return false
}

// allCountries is how many countries a lexicon lists when it lists
// them all (the 193 members of the United Nations, less a few).
const allCountries = 190

// namesCountry reports whether sentence i names a country of the
// lexicon that the question does not, by a name or a demonym of one word
// ("Brazil", "Peruvian") or of several ("the United States").
func (a *article) namesCountry(i int, qu *question) bool {
	asked := map[string]bool{}
	for _, c := range qu.country {
		asked[c] = true
	}
	for _, w := range a.words[i] {
		if c, ok := a.v.country[w.f]; ok && !asked[c] {
			return true
		}
	}
	text := " " + strings.Join(foldedWords(a.words[i]), " ") + " "
	for f, codes := range a.v.countryPhrases {
		if slices.ContainsFunc(codes, func(c string) bool { return !asked[c] }) && strings.Contains(text, " "+f+" ") {
			return true
		}
	}
	return false
}

// foldedWords returns the folded forms of ws.
func foldedWords(ws []word) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = w.f
	}
	return out
}

// namesKindNear reports whether sentence i, when it holds the noun of
// the kind a "which" question asks for (qu.typeTerm), names something
// the question does not within kindReach words of it ("the towns of
// Tell Tamer and Ain Issa"): a sentence that holds the noun and names
// nothing beside it says there are such things, not which.
func (a *article) namesKindNear(i int, qu *question) bool {
	ws := a.words[i]
	own := a.nameRunsWith(i, qu)
	held := false
	for k, w := range ws {
		if a.v.stem(w.f) != qu.typeTerm {
			continue
		}
		held = true
		for j := max(0, k-kindReach); j < len(ws) && j <= k+kindReach; j++ {
			x := ws[j]
			named := a.newName(x, qu) || x.first && x.cap && x.acronym && !qu.hasTerm(a.v.stem(x.f))
			if j != k && named && !own[x.f] && !a.v.months[x.f] && !a.v.time[x.f] {
				return true
			}
		}
	}
	return !held
}

// kindReach is how many words from the noun of the kind asked for the
// name of a thing of that kind may stand ("Other districts which will
// go into varying degrees of lockdown are Nawada, …").
const kindReach = 12

// placed reports whether a place preposition (the topic set: "in",
// "at", "from", "en", "em") stands within placeReach words before
// ws[k]: a name is a place where the sentence puts something ("in a
// petrol station in Juigalpa"), not a person or a thing named
// ("…found Diazepam, Zopiclone…").
func (a *article) placed(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-placeReach; j-- {
		if a.v.topic[ws[j].f] {
			return true
		}
	}
	return false
}

// placeReach bounds the words between a place preposition and the name
// it puts a place ("nos fundos do shopping de importados Planet").
const placeReach = 6

// nameRunsWith returns the folded words of sentence i that stand in a
// run of capitalised words, written with nothing but spaces between them,
// one of which is a name the question holds: "High" and "School" in
// "Westfield High School" are part of Westfield's name, no other name
// (but "Brasil, Yang Wanming" names someone new).
func (a *article) nameRunsWith(i int, qu *question) map[string]bool {
	out := map[string]bool{}
	for _, run := range capRun.FindAllString(a.d.Sentences[i].Text, -1) {
		ws := splitWords(run)
		if len(ws) > 1 && slices.ContainsFunc(ws, func(w word) bool { return qu.names[a.v.stem(w.f)] }) {
			for _, w := range ws {
				out[w.f] = true
			}
		}
	}
	return out
}

// capRun matches a run of capitalised words with single spaces between.
var capRun = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}\d'’.&-]*(?: \p{Lu}[\p{L}\p{M}\d'’.&-]*)*`)

// possessorSpeaks reports whether sentence i has one of the question's
// possessors other than the party asked about speak ("the
// vice-chancellors' criticism": "Vice-chancellors reacted…"): their
// words are what the party is asked to respond to. A possessor that
// names the party asked about ("Merkel's spokesman") is no other.
func (a *article) possessorSpeaks(i int, qu *question) bool {
	var others []string
	for _, p := range qu.possessors {
		if !contains(qu.speakerWords, p) && !qu.partyTerms[a.v.stem(p)] {
			others = append(others, p)
		}
	}
	return len(others) > 0 && a.speaks(i, others)
}

// speakerOf reports whether the one a sentence is attributed to (at) is
// named by subj: its name, or its party's, holds each of subj's content
// words ("the central bank" is no "cooperative banks").
func (a *article) speakerOf(at attribution, subj []string) bool {
	for _, n := range []string{at.speaker, at.party} {
		held := map[string]bool{}
		for _, w := range splitWords(n) {
			held[a.v.stem(w.f)] = true
		}
		all := true
		for _, s := range subj {
			if !a.v.stop[s] && !held[a.v.stem(s)] {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// namesSubject reports whether sentence i, or the one before it, holds a
// word of the subject of the question's verb of speech (qu.subject),
// unless it names the kind of answer ("Quel journal a révélé…?" asks
// which newspaper).
func (a *article) namesSubject(i int, qu *question) bool {
	if len(qu.subject) == 0 || a.voiced[i+1] || slices.ContainsFunc(qu.subject, func(w string) bool { return a.v.stem(w) == qu.typeTerm }) {
		return true
	}
	if h := a.subjectHead(qu); h != "" && !a.personNoun(a.v.stem(h)) {
		// "When was the theft reported to police?" asks about the
		// theft, not for anyone's words.
		return true
	}
	return slices.ContainsFunc(qu.subject, func(w string) bool {
		t := a.v.stem(w)
		return a.tf[i][t] > 0 || i > 0 && a.tf[i-1][t] > 0
	})
}

// namesAgent reports whether sentence i may say who did what a "who"
// question asks about in the active ("Who abandoned the dog?"): it
// holds the question's verb other than in the passive, or in the
// passive with its agent ("was abandoned by…"). "The dog was abandoned
// on a road" does not say who abandoned it.
func (a *article) namesAgent(i int, qu *question) bool {
	if len(qu.acts) == 0 || qu.passive {
		return true
	}
	ws := a.words[i]
	held := false
	for k, w := range ws {
		if !slices.Contains(qu.acts, a.v.stem(w.f)) {
			continue
		}
		held = true
		if k > 0 && ws[k-1].cap && !ws[k-1].first && qu.names[a.v.stem(ws[k-1].f)] && a.whoSubject(qu) {
			// "Who sold the painting at the Artcurial auction?"
			// "…when auction house Artcurial sold it…": the one
			// who did it is the question's own, no answer.
			continue
		}
		if k == 0 || !a.v.passive[ws[k-1].f] || a.v.isProgressive(w.low) {
			return true // "were organizing" is no passive
		}
		for j := k + 1; j < len(ws) && j <= k+agentReach; j++ {
			if inSet(a.lx, "by", ws[j].f) {
				return true
			}
		}
	}
	return !held
}

// whoSubject reports whether a "who" question asks who did its act: its
// verb comes right after the question word, or after an auxiliary ("Who
// sold…?", "Who has sold…?"), not after a subject of its own ("Who did
// the gallery sell it to?").
func (a *article) whoSubject(qu *question) bool {
	ws := qu.words
	for k := 1; k < len(ws) && k <= 2; k++ {
		if slices.Contains(qu.acts, a.v.stem(ws[k].f)) {
			return true
		}
		if !inSet(a.lx, "aux", ws[k].f) && !inSet(a.lx, "modal", ws[k].f) {
			return false
		}
	}
	return false
}

// namesRole reports whether sentence i, for a "who" question with no
// verb of its own that asks who holds a title ("Who is the new
// director?", "¿Quién será el nuevo director de Diprove?"), writes a
// name the question does not within roleReach words of the title
// ("the new director, Ana Ruiz,"): "Ruiz said the new director will
// report to the board" names someone, but not the director. A sentence
// without the title may give it in other words ("chief" for "head").
func (a *article) namesRole(i int, qu *question) bool {
	if len(qu.titles) == 0 {
		return true
	}
	ws := a.words[i]
	held := false
	for k, w := range ws {
		if !slices.Contains(qu.titles, a.v.stem(w.f)) {
			continue
		}
		held = true
		for j := max(0, k-roleReach); j < len(ws) && j <= k+roleReach; j++ {
			if a.newName(ws[j], qu) && !a.v.months[ws[j].f] && !a.v.time[ws[j].f] {
				return true
			}
		}
	}
	return !held
}

// roleReach is how many words from a title the name of who holds it
// may stand.
const roleReach = 6

// agentReach is how many words after a verb in the passive its agent
// may be introduced ("was abandoned on Friday near the quarry by…").
const agentReach = 6

// ageSentence returns the number of the first sentence, other than the
// headline and furniture, that sets off an age, a number up to 119
// between commas or in parentheses, right after a word of the question's
// names or, with no name asked ("How old is she?"), of the names the
// briefing's first party goes by ("The Nolans singer, 64, gave …", "Ana
// Ruiz (52)"). Or 0.
func (a *article) ageSentence(qu *question, br *bot.Briefing) int {
	want := map[string]bool{}
	for t := range qu.names {
		want[t] = true
	}
	if len(want) == 0 && br != nil && len(br.Parties) > 0 {
		for _, n := range partyNames(br.Parties[0]) {
			for _, w := range contentWords(n, a.v) {
				want[a.v.stem(w)] = true
			}
		}
	}
	if len(want) == 0 {
		return 0
	}
	for i, st := range a.d.Sentences {
		if a.skip[i] {
			continue
		}
		for _, m := range ageSetOff.FindAllStringSubmatch(st.Text, -1) {
			for _, w := range contentWords(m[1], a.v) {
				if want[a.v.stem(w)] {
					return i + 1 // the age right after the name: not "…, who Gastelum-Vera, 26, shared with …"
				}
			}
		}
	}
	return 0
}

// ageSetOff matches an age set off right after a word, which it captures:
// "Nolan, 64," or "Ruiz (52)".
var ageSetOff = regexp.MustCompile(`([\p{L}'’-]+)(?:, (?:[1-9]|[1-9][0-9]|1[01][0-9]),| \((?:[1-9]|[1-9][0-9]|1[01][0-9])\))`)

// firstNaming returns the number of the first sentence, other than the
// headline and furniture, that writes all the question's names
// capitalised, or 0.
func (a *article) firstNaming(qu *question) int {
	return a.firstWhere(func(i int) bool { return a.namesAsked(i, qu) })
}

// firstDescribing returns the number of the first sentence, headline and
// furniture aside, that names everyone the question names and describes
// the first of them (describesNamed), or 0.
func (a *article) firstDescribing(qu *question) int {
	return a.firstWhere(func(i int) bool { return a.namesAsked(i, qu) && a.describesNamed(i+1, qu) })
}

// namesAsked reports whether sentence i writes every name of the
// question as a name: "power bills" does not name Bill Powers.
func (a *article) namesAsked(i int, qu *question) bool {
	for t := range qu.names {
		if !slices.ContainsFunc(a.words[i], func(w word) bool {
			s := a.v.stem(w.f)
			return w.cap && (s == t || s == qu.surname[t])
		}) {
			return false
		}
	}
	return true
}

// describesNamed reports whether sentence n (1-based) describes the
// first of the question's names it writes: a title of the lexicon right
// before the name ("Professor Ana Ruiz", "museum director Ana Ruiz"), or
// right after the run of capitalised words that holds it a comma (an
// apposition: "Ana Ruiz, a curator…") or a word of jobafter ("Ana Ruiz
// of the museum", "Ana Ruiz at the bank").
func (a *article) describesNamed(n int, qu *question) bool {
	if n == 0 || a.lx == nil {
		return false
	}
	ws := a.words[n-1]
	j := slices.IndexFunc(ws, func(w word) bool {
		s := a.v.stem(w.f)
		return w.cap && (qu.names[s] || qu.surname[s] != "")
	})
	if j < 0 {
		return false
	}
	if j > 0 {
		if _, ok := a.lx.Titles[ws[j-1].low]; ok {
			return true
		}
	}
	k := j
	for k < len(ws) && ws[k].cap {
		k++
	}
	if k < len(ws) && a.v.jobAfter[ws[k].f] {
		return true
	}
	s, _ := a.d.Sentence(n)
	low := strings.ToLower(s.Text)
	for i := 0; ; {
		at := strings.Index(low[i:], ws[k-1].low)
		if at < 0 {
			return false
		}
		i += at + len(ws[k-1].low)
		if strings.HasPrefix(low[i:], ",") {
			return true
		}
	}
}

// firstHolding returns the number of the first sentence, headline and
// furniture aside, that holds every one of the question's terms, or 0.
func (a *article) firstHolding(qu *question) int {
	return a.firstWhere(func(i int) bool {
		for t := range qu.terms {
			if a.termFreq(i, t, qu) == 0 {
				return false
			}
		}
		return true
	})
}

// firstWhere returns the number of the first sentence, headline and
// furniture aside, for whose index ok holds, or 0.
func (a *article) firstWhere(ok func(i int) bool) int {
	for i := range a.d.Sentences {
		if !a.skip[i] && ok(i) {
			return i + 1
		}
	}
	return 0
}

// namesSomeone reports whether the capitalised word w may name someone:
// any capitalised word may, except in a language that capitalises every
// noun (German), where it must be a given name, a word of a party's name,
// an acronym, or a noun of a speaker or an organisation ("Polizei",
// "Gewerkschaft"); "Video" names no one.
func (a *article) namesSomeone(w word) bool {
	if a.lx == nil || !a.lx.NounCaps {
		return true
	}
	low := strings.ToLower(w.low)
	_, given := a.lx.GivenNames[low]
	_, speaker := a.lx.Speakers[low]
	_, org := a.lx.OrgKinds[low]
	return given || speaker || org || w.acronym || a.partyWords[w.f]
}

// partyWordsOf returns the folded words of the names of br's parties.
func partyWordsOf(br *bot.Briefing, v *vocab) map[string]bool {
	out := map[string]bool{}
	if br == nil {
		return out
	}
	for _, p := range br.Parties {
		for _, n := range partyNames(p) {
			for _, w := range contentWords(n, v) {
				out[w] = true
			}
		}
	}
	return out
}

// namesNew reports whether sentence i holds a name the question does not:
// it may name the thing a "which" question asks for ("Which company…?"
// "…Huawei…") without the word for its kind.
func (a *article) namesNew(i int, qu *question) bool {
	return slices.ContainsFunc(a.words[i], func(w word) bool { return a.newName(w, qu) && !a.spoken[i+1][a.v.stem(w.f)] })
}

// isYear reports whether the folded word f is a year (four digits from
// 1800 to 2099) or a decade of such years ("2030s").
func isYear(f string) bool {
	if d, ok := strings.CutSuffix(f, "0s"); ok && len(d) == 3 {
		f = d + "0" // a decade: "the 2030s", "the 1990s"
	}
	if len(f) != 4 || strings.Trim(f, "0123456789") != "" {
		return false
	}
	return f >= "1800" && f <= "2099"
}

// timeNumber reports whether the number ws[k] may tell a time: a year,
// or a number next to a word of time ("on 5 March", "in 10 days", "at
// 9 in the morning"), not a count ("9,158 households").
func timeNumber(ws []word, k int, v *vocab) bool {
	if suffix := strings.TrimLeft(ws[k].f, "0123456789"); isYear(ws[k].f) || v.clock[suffix] && !v.clockApart[suffix] || k+1 < len(ws) && v.clock[ws[k+1].f] {
		return true // "9am", "9 a.m.", "14 Uhr", "9h30"
	}
	if k+1 < len(ws) && len(ws[k].f) <= 2 && len(ws[k+1].f) == 2 && ws[k+1].digit && strings.Trim(ws[k+1].f, "0123456789") == "" {
		return true // "10:30" (a count is written "7,143")
	}
	for j := max(0, k-timeReach); j < len(ws) && j <= k+timeReach; j++ {
		if j != k && (v.time[ws[j].f] || v.months[ws[j].f] || v.units[ws[j].f] && !v.lengths[ws[j].f]) {
			return true
		}
	}
	return false
}

// timeReach is how many words from a number a word of time may stand.
const timeReach = 2

// nameReach is how many words after what it names a name may come.
const nameReach = 3

// newName reports whether w is a name inside a sentence that the
// question does not itself hold.
func (a *article) newName(w word, qu *question) bool {
	return w.cap && !w.first && !qu.hasTerm(a.v.stem(w.f)) && (!a.v.stop[w.f] || w.acronym)
}

// number reports whether w is a number the question does not itself
// name: the 8 of "Paris-8" does not answer how many of its teachers
// strike.
func (a *article) number(w word, qu *question) bool {
	return w.digit && !qu.hasTerm(a.v.stem(w.f))
}

// reports reports whether sentence i reports what speaker said: the
// briefing attributes it (attributed) to someone of that name (a.spoken
// holds the names), or to no one and it names the speaker and uses a
// reporting verb or quotes words (quotesSpeech: not a title in
// quotation marks, "the film “The Irishman”").
func (a *article) reports(i int, speaker string, attributed bool) bool {
	want := contentWords(speaker, a.v)
	if attributed {
		return slices.ContainsFunc(want, func(w string) bool { return a.spoken[i+1][a.v.stem(w)] })
	}
	names := func(j int) bool {
		return j >= 0 && slices.ContainsFunc(want, func(w string) bool { return a.tf[j][a.v.stem(w)] > 0 })
	}
	quoted := quotesSpeech(a.d.Sentences[i].Text)
	if quoted && names(i-1) {
		return true // a quotation after the sentence that names them
	}
	// A name right after a topic preposition is what is spoken of or
	// to, not who speaks ("his presentation to officials and
	// representatives from the US"), every word of it ("a letter to the
	// Harwick Town Council").
	ws := a.words[i]
	wanted := func(w word) bool {
		return slices.ContainsFunc(want, func(s string) bool { return a.v.stem(s) == a.v.stem(w.f) })
	}
	named := false
	for k, w := range ws {
		if !wanted(w) {
			continue
		}
		j := k
		for j > 0 && ws[j-1].cap && wanted(ws[j-1]) {
			j--
		}
		if !topicBefore(ws[:j], a.v) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	for k, w := range ws {
		if a.v.reportsAt(ws, k) || a.v.respond[w.f] {
			return true
		}
	}
	return quoted
}

// quoteAfter reports whether quotation i follows a sentence that names
// its speaker (names): the one right before it, or an earlier one of its
// paragraph ("Fox was impressed. “He said, …” he says. “And from the
// first spoon…"), or one before the quotations it goes on from ("Wilder
// was asked about it. He replied: '…'" "'…'" "Asked again, he added:
// '…'"). A sentence that reports what the one the briefing gives it to
// said, naming them, ends the search: the words are theirs.
func (a *article) quoteAfter(i int, names func(j int) bool) bool {
	para := a.d.Sentences[i].Para
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if names(j) {
			return true
		}
		p := a.d.Sentences[j].Para
		if a.reportsAny[j] && a.namesSpeaker(j) || p != para && !quoteLike(a.d.Sentences[j].Text) && !quoteLike(a.d.Sentences[a.d.Paragraphs[p].First].Text) {
			return false
		}
	}
	return false
}

// namesSpeaker reports whether sentence i names the one the briefing
// gives it to ("…, Ruiz said."), not only by a pronoun ("He replied:…").
func (a *article) namesSpeaker(i int) bool {
	for t := range a.spoken[i+1] {
		if a.tf[i][t] > 0 {
			return true
		}
	}
	return false
}

// quoteLike reports whether s quotes someone's words (quotesSpeech), in
// single marks too: it opens with one or brings one in after a colon
// ("He replied: 'Have you…").
func quoteLike(s string) bool {
	if quotesSpeech(s) || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘") {
		return true
	}
	for _, m := range []string{": '", ": ‘", ":'", ":‘"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// quotesParty reports whether sentence i, which the briefing gives no
// one, is a quotation that follows a sentence naming the party asked
// about, or one the briefing gives it (see quoteAfter).
func (a *article) quotesParty(i int, qu *question) bool {
	if len(a.spoken[i+1]) > 0 || !quoteLike(a.d.Sentences[i].Text) {
		return false
	}
	return a.quoteAfter(i, func(j int) bool { return a.own[j+1] || a.namesParty(j, qu) })
}

// reportsOf reports whether sentence i, which the briefing may give
// someone else, says what the speaker the question names did in the
// question's own verb: it names the speaker and holds the verb that asks
// ("Aktuell fordern er und die ATU … in einer Petition …" answers "Was
// fordert die Petition der ATU?", though the briefing gives the sentence
// to "er"). A question asking for a position (what the speaker thinks,
// wants or proposes) is answered by a sentence on its subject that names
// the speaker, in whatever words: "El ministro … planteó …" says what
// the minister proposed. A reply is not: another's sentence that names
// someone is no reply of theirs ("How did X respond?").
func (a *article) reportsOf(i int, qu *question) bool {
	if !a.holdsVerb(i, qu) && !qu.asksPosition {
		return false
	}
	return slices.ContainsFunc(contentWords(qu.speaker, a.v), func(w string) bool { return a.tf[i][a.v.stem(w)] > 0 })
}

// namesMoney reports whether sentence i names an amount of money: a
// currency sign or word.
func (a *article) namesMoney(i int) bool {
	if strings.ContainsAny(a.d.Sentences[i].Text, currencySigns) {
		return true
	}
	return slices.ContainsFunc(a.words[i], func(w word) bool { return a.v.currency[w.f] })
}

// sum reports whether word k of ws is a number of a sum of money: the
// run of number words it stands in ("4 billion", "1,000") comes right
// after a currency sign ("$4 billion") or right before one, or before a
// currency word, across a word of the lexicon's "of" set ("1.000 €",
// "500 euros", "2 millones de dólares").
func (a *article) sum(ws []word, k int) bool {
	isNum := func(w word) bool { return w.digit || a.v.numbers[w.f] }
	if !isNum(ws[k]) {
		return false
	}
	j, e := k, k
	for j > 0 && isNum(ws[j-1]) {
		j--
	}
	for e+1 < len(ws) && isNum(ws[e+1]) {
		e++
	}
	if ws[j].signBefore || ws[e].signAfter {
		return true
	}
	n := e + 1
	if n < len(ws) && inSet(a.lx, "of", ws[n].f) {
		n++
	}
	return n < len(ws) && a.v.currency[ws[n].f]
}

// dayOfMonth reports whether the number ws[k] stands right after a
// month of the lexicon or right before one, across a word of the
// lexicon's "of" set ("Sept. 30", "30 September", "le 16 juillet", "16
// de julio"): a date, no count. A month that is also a stop word counts
// only capitalised: "30 may lose their jobs" counts.
func (a *article) dayOfMonth(ws []word, k int) bool {
	month := func(j int) bool {
		return j >= 0 && j < len(ws) && a.v.months[ws[j].f] && (ws[j].cap || !a.v.stop[ws[j].f])
	}
	after := k + 1
	if after < len(ws) && inSet(a.lx, "of", ws[after].f) {
		after++
	}
	return month(k-1) || month(k+1) || month(after)
}

// namesSpan reports whether sentence i names a span: a number, then a
// unit of time or length within two words ("643 days", "a two-year
// negotiation", "quatre mois"), not a clock time ("6:30 p.m.") nor an
// age ("mit 87 Jahren gestorben", see agedAt).
func (a *article) namesSpan(i int, qu *question) bool {
	ws := a.words[i]
	for k, w := range ws {
		if a.v.openEnded[w.f] {
			return true // "…will keep the rule indefinitely"
		}
		if !a.v.units[w.f] {
			continue
		}
		for j := max(0, k-2); j < k; j++ {
			// (In a language that writes its nouns capitalised, a
			// noun right after the unit makes it a measure of that
			// noun: "mit zwei Jahren Verspätung".)
			noun := k+1 < len(ws) && ws[k+1].cap && a.lx != nil && a.lx.NounCaps
			if (a.number(ws[j], qu) || a.v.numbers[ws[j].f]) && (!a.v.agedAt(ws, j) || noun) {
				return true
			}
		}
	}
	return false
}

// agedAt reports whether the number ws[j] follows a phrase of ageAt: "mit
// 87 Jahren gestorben", "murió a los 87 años", "mort à 87 ans" tell an
// age, not how long something lasts.
func (v *vocab) agedAt(ws []word, j int) bool {
	return slices.ContainsFunc(v.ageAt, func(p []string) bool {
		return j >= len(p) && slices.EqualFunc(ws[j-len(p):j], p, func(w word, f string) bool { return w.f == f })
	})
}

// vagueOnly reports whether ws holds the noun a "which" question asks
// about (qu.typeTerm) only counted by a word of vague ("some
// countries", "several Latin American countries", "many big unions")
// within vagueReach words before it, and no name the question lacks
// after it: the sentence says there are such things, not which.
func (a *article) vagueOnly(ws []word, qu *question) bool {
	at := -1
	for k, w := range ws {
		if a.v.stem(w.f) != qu.typeTerm {
			continue
		}
		vague := false
		for j := k - 1; j >= 0 && j >= k-vagueReach; j-- {
			vague = vague || a.v.vague[ws[j].f]
		}
		if !vague {
			return false
		}
		if at < 0 {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	return !slices.ContainsFunc(ws[at+1:], func(w word) bool { return a.newName(w, qu) && !a.v.demonyms[w.f] })
}

// vagueReach is how many words before a noun a word of vague may count
// it: "several Latin American countries".
const vagueReach = 3

// holdsNumber reports whether sentence i holds a number the question
// does not: a digit or a word of numbers.
func (a *article) holdsNumber(i int, qu *question) bool {
	return slices.ContainsFunc(a.words[i], func(w word) bool { return a.number(w, qu) || a.v.numbers[w.f] })
}

// unitInCompound reports whether ws[k], a word of a unit of time
// ("day", "week"), qualifies the content word after it ("elderly day
// centers", "a week pass") rather than telling a time: no determiner,
// number, preposition or word of time stands right before it ("that
// day", "two weeks", "in days", "last week police said…").
func (a *article) unitInCompound(ws []word, k int) bool {
	if k+1 >= len(ws) || a.v.isStopWord(ws[k+1], a.lx) || ws[k+1].cap || ws[k+1].digit {
		return false
	}
	if k == 0 {
		return true
	}
	p := ws[k-1]
	return !p.digit && !a.v.numbers[p.f] && !a.v.time[p.f] && !a.v.pastTime[p.f] && !a.v.topic[p.f] && !inSet(a.lx, "determiners", p.f) && !a.v.stop[p.f]
}

// shareAfter reports whether the number ws[k] is a share: a word of
// share follows it, past the rest of the number ("8.7 percent").
func (a *article) shareAfter(ws []word, k int) bool {
	if !ws[k].digit && !a.v.numbers[ws[k].f] {
		return false
	}
	j := k + 1
	for j < len(ws) && ws[j].digit {
		j++
	}
	return j < len(ws) && a.v.share[ws[j].f]
}

// spanAt reports whether the number ws[k] counts a unit of time: one of
// units, not of lengths, right after it or after one word ("two months
// ago", "3 full years"). It tells how long or when, and counts none of
// the things a "how many" question counts.
func (a *article) spanAt(ws []word, k int) bool {
	if !ws[k].digit && !a.v.numbers[ws[k].f] {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		if a.v.units[ws[j].f] && !a.v.lengths[ws[j].f] {
			return true
		}
	}
	return false
}

// namesShare reports whether sentence i names a share: a per cent sign
// or a share phrase ("huit sur dix", "half").
func (a *article) namesShare(i int) bool {
	if strings.Contains(a.d.Sentences[i].Text, "%") {
		return true
	}
	fs := make([]string, len(a.words[i]))
	for k, w := range a.words[i] {
		fs[k] = w.f
	}
	return slices.ContainsFunc(a.v.shares, func(p []string) bool { return hasPhrase(fs, p) })
}

// saysNotKnown reports whether sentence i says something is not known or
// was not said ("did not say whether").
func (a *article) saysNotKnown(i int) bool {
	fs := make([]string, len(a.words[i]))
	for k, w := range a.words[i] {
		fs[k] = w.f
	}
	for _, p := range a.v.notKnown {
		if hasPhrase(fs, p) {
			return true
		}
	}
	return false
}

// speaks reports whether sentence i names someone by one of the words
// name with a reporting verb in the three words after it, in the same
// clause ("Russwurm sprach sich", not "la dimisión de Lukashenko,
// ganador de unas elecciones denunciadas").
func (a *article) speaks(i int, name []string) bool {
	ws := clauseWords(a.d.Sentences[i].Text)
	for k, w := range ws {
		if !contains(name, w.f) {
			continue
		}
		// A name right after a topic preposition is a place or what is
		// spoken of, not who speaks: "Shoppers in Marlow have reported
		// being charged…" is the shoppers' report ("A statement from
		// Marlow said…" is Marlow's: spokenOf).
		b := k
		for b > 0 && contains(name, ws[b-1].f) {
			b--
		}
		if b > 0 && a.spokenOf(ws, b-1) {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+3 && !ws[j].brk; j++ {
			if a.v.passive[ws[j-1].f] {
				break // "Lind has been accused": spoken of, not speaking
			}
			if a.v.reporting[ws[j].f] || a.v.respond[ws[j].f] {
				return true
			}
		}
	}
	return false
}

// ownNames returns a party's name and its claims' speakers.
func ownNames(p bot.Party) []string {
	out := []string{p.Name}
	for _, c := range p.Claims {
		out = append(out, c.Speaker)
	}
	return out
}

// speaksFor returns the briefing's parties that the article describes, in
// a sentence it attributes to them, by the words of name: the words just
// before the party's name in its clause ("der FDP-Vorsitzende Christian
// Lindner"), or the clause set off after it ("Tim Murtaugh, communications
// director for the Trump campaign, said"). Those parties speak for name.
func (a *article) speaksFor(name []string, br *bot.Briefing, speakers map[int]attribution) []int {
	if br == nil || len(name) == 0 {
		return nil
	}
	// A word after the mention that the article writes capitalised
	// makes it another name, in a language that capitalises names
	// only.
	names := map[string]bool{}
	if a.lx == nil || !a.lx.NounCaps {
		names = a.names()
	}
	var out []int
	for i, p := range br.Parties {
		// The party's name and its speakers', not its aliases: an alias
		// may hold the description ("FDP-Vorsitzende Christian Lindner").
		own := map[string]bool{}
		for _, n := range ownNames(p) {
			for _, w := range contentWords(n, a.v) {
				own[w] = true
			}
		}
		for n, at := range speakers {
			if at.party != p.Name || n < 1 || n > len(a.d.Sentences) {
				continue
			}
			if describes(clauseWords(a.d.Sentences[n-1].Text), own, name, names, a.spokenOf) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// titleOf returns the one party of br named by a common noun alone (a
// title or description: "Mayor") that the article writes in lower case
// right before the words of name ("Port mayor Ana Ruiz said…"), or -1
// when none or several are.
func (a *article) titleOf(name []string, br *bot.Briefing) int {
	if br == nil || len(name) == 0 {
		return -1
	}
	found := -1
	for i, p := range br.Parties {
		own := contentWords(p.Name, a.v)
		if len(own) == 0 || len(own) > 2 || len(p.Claims) == 0 {
			continue
		}
		named := false
		for _, s := range a.d.Sentences {
			ws := splitWords(s.Text)
			for k := 0; k+len(own)+len(name) <= len(ws) && !named; k++ {
				ok := true
				for j, o := range own {
					if w := ws[k+j]; w.f != o || w.cap {
						ok = false
						break
					}
				}
				for j, n := range name {
					if ok && ws[k+len(own)+j].f != n {
						ok = false
					}
				}
				named = ok
			}
			if named {
				break
			}
		}
		if named {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// spokenOf reports whether ws[k] is a topic preposition that makes the
// words after it what is spoken of ("passed to Velian officials"), not
// one that follows a noun of a statement and gives its source ("a
// statement from Kelby's council").
func (a *article) spokenOf(ws []clauseWord, k int) bool {
	return a.v.topic[ws[k].f] && !(k > 0 && a.v.statement[a.v.stem(ws[k-1].f)])
}

// describes reports whether a mention of a name whose words are own, in
// the sentence ws, is described with all the words of name: in the three
// words before it in its clause, not across a topic preposition
// (spokenOf: "passed to Velian officials" does not describe the
// officials as Velian's), or in the clause set off right after it.
// A mention followed by a word of names, in its clause, is part of
// another name ("United Nations" for "United States") and describes no
// one.
func describes(ws []clauseWord, own map[string]bool, name []string, names map[string]bool, spokenOf func(ws []clauseWord, k int) bool) bool {
	for s := 0; s < len(ws); s++ {
		if !own[ws[s].f] {
			continue
		}
		e := s + 1
		for e < len(ws) && own[ws[e].f] && !ws[e].brk {
			e++
		}
		if e < len(ws) && !ws[e].brk && names[ws[e].f] {
			// Part of another name: "United Nations" is not the
			// United States.
			s = e - 1
			continue
		}
		var desc []string
		// A word of the name asked followed by another name than the
		// party's is part of that name: "a former US Navy pilot"
		// describes no one of the US ("el Presidente Gabriel Boric"
		// does describe Boric).
		add := func(k int) {
			if !(contains(name, ws[k].f) && k+1 < len(ws) && !ws[k+1].brk && names[ws[k+1].f] && !contains(name, ws[k+1].f) && !own[ws[k+1].f]) {
				desc = append(desc, ws[k].f)
			}
		}
		for k := s - 1; k >= 0 && k >= s-3 && !ws[k+1].brk; k-- {
			if spokenOf(ws, k) {
				// "passed to Velian officials, Norland officials
				// said": a mention after a topic preposition is
				// what is spoken of, not the party speaking.
				desc = nil
				break
			}
			add(k)
		}
		if e < len(ws) && ws[e].brk {
			for k := e; k < len(ws) && k < e+8 && (k == e || !ws[k].brk); k++ {
				add(k)
			}
		}
		if subset(name, desc) {
			return true
		}
		s = e - 1
	}
	return false
}

// partySentences returns the sentences the briefing attributes to the
// parties the question names.
func (a *article) partySentences(qu *question, br *bot.Briefing, speakers map[int]attribution) map[int]bool {
	own := map[int]bool{}
	for _, i := range qu.parties {
		for n, at := range speakers {
			if at.party == br.Parties[i].Name {
				own[n] = true
			}
		}
		// A sentence the briefing gives no one where the party speaks:
		// its name, then a reporting verb ("Russwurm sprach sich
		// zudem für … aus"). Its name and its speakers', not its
		// aliases: an alias may be a title ("US-Präsident").
		for k := range a.d.Sentences {
			if _, ok := speakers[k+1]; ok || own[k+1] {
				continue
			}
			for _, n := range ownNames(br.Parties[i]) {
				if a.speaks(k, contentWords(n, a.v)) {
					own[k+1] = true
					break
				}
			}
		}
	}
	return own
}

// namesParty reports whether sentence i holds a word of the names of the
// parties the question asks about, or of the speaker it names.
func (a *article) namesParty(i int, qu *question) bool {
	named := func(t string) bool { return a.tf[i][t] > 0 || qu.surname[t] != "" && a.bareName(i, qu.surname[t]) }
	var run []string
	for _, w := range qu.speakerWords {
		if !a.v.stop[w] {
			run = append(run, a.v.stem(w))
		}
	}
	if len(run) > 0 {
		// The name the question gives them, whole or by its last word:
		// "the House" does not name the White House, nor does the
		// Pentagon of "the Pentagon emails" when the question asks
		// what the White House said (whatever names the briefing gives
		// the party).
		return !slices.ContainsFunc(run, func(t string) bool { return !named(t) })
	}
	for t := range qu.partyTerms {
		if named(t) {
			return true
		}
	}
	return false
}

// bareName reports whether sentence i holds a word of stem t that stands
// as a surname does, with no definite article right before it: "Marmor
// said" names Kristy Marmor, "the House voted" names no White House.
func (a *article) bareName(i int, t string) bool {
	ws := a.words[i]
	for k, w := range ws {
		if a.v.stem(w.f) == t && (k == 0 || !inSet(a.lx, "definite", ws[k-1].f)) {
			return true
		}
	}
	return false
}

// fromStatements answers a question about a party's words from the
// sentences the briefing attributes to the parties it names, ranked by
// the question's other words.
func (a *article) fromStatements(qu *question, maxQuotes int) []int {
	own := a.own
	if len(own) == 0 {
		return nil
	}
	// Rank by the words other than the party's names. When the question
	// asks about something ("Has Sacoolas said anything about the
	// crash?"), a statement must be about it (the sentence or one of
	// the two before holds one of its words: "Die FDP lehnt die Pläne
	// ab"), other than the words of the article's topic when it asks
	// about more ("What did the union say about night shifts during the
	// strike?" in an article on the strike); "How did Russia respond?"
	// takes any.
	rest := &question{kind: qu.kind, terms: map[string]float64{}, names: map[string]bool{}}
	about := &question{kind: qu.kind, terms: map[string]float64{}, names: map[string]bool{}}
	for t, w := range qu.terms {
		if !qu.names[t] {
			rest.terms[t] = w
			if !qu.verbs[t] {
				about.terms[t] = w
			}
		}
	}
	a.dropTopicWords(about, qu.speakerWords)
	whose := &question{kind: qu.kind, terms: map[string]float64{}, names: map[string]bool{}}
	for _, p := range qu.possessors {
		if !contains(qu.speakerWords, p) && !qu.partyTerms[a.v.stem(p)] {
			whose.terms[a.v.stem(p)] = 1
		}
	}
	// No statement holds a word of about: one holding a word of the
	// broader subject, or a compound it begins, may still be on it
	// (broadAbout).
	broad := len(about.terms) > 0 && !a.anyNear(own, about) && !a.asksReply(qu)
	wide := a.broadAbout(qu, about)
	if broad {
		// Ranked by those words as well: the statement that holds
		// them comes before those next to one that does.
		rest = withTerms(rest, wide)
	}
	var rs []ranked
	for n := range own {
		i := n - 1
		if i < 0 || i >= len(a.d.Sentences) {
			continue
		}
		if broad {
			// The statement itself holds one: a name in the
			// sentence before may be another's ("Harwick" of
			// "Harwick mayor Ruiz").
			if !a.holdsAnyPart(i, wide) {
				continue
			}
		} else if len(about.terms) > 0 && !a.holdsNear(i, about) {
			continue
		}
		if len(whose.terms) > 0 && !a.holdsNear(i, whose) {
			// "How did Israel react to Varadkar's comments?": a
			// reply to someone's words names them, here or just
			// before.
			continue
		}
		if qu.kind == "what" && qu.typeTerm != "" && a.vagueOnly(a.words[i], qu) {
			continue // "some countries" says not which (holdsKind)
		}
		if (qu.kind == "howmany" || qu.kind == "when" || qu.kind == "name") && !a.holdsKind(i, qu) && !(qu.money && a.holdsNumber(i, qu)) {
			// "How much money does the charity ask for?": a
			// statement with no number does not say (a sum in a
			// currency the lexicon lacks still may: "S/ 130 mil").
			// Nor does one with no name answer "What is the name
			// of the official who denied it?".
			continue
		}
		s, _, _, _ := a.score(i, rest)
		if i > 0 {
			p, _, _, _ := a.score(i-1, rest)
			s += 0.3 * p
		}
		rs = append(rs, ranked{n, s, s})
	}
	if len(rs) == 0 {
		return nil
	}
	sort.Slice(rs, func(x, y int) bool {
		if rs[x].score != rs[y].score {
			return rs[x].score > rs[y].score
		}
		return rs[x].n < rs[y].n
	})
	var out []int
	for _, r := range rs {
		if len(out) == maxQuotes || r.score < rs[0].score*0.6 {
			break
		}
		out = append(out, r.n)
	}
	return out
}

// countsNear reports whether sentence i, or one of the nameWindow
// sentences before it, holds one of the words a "how many" question
// counts: an article names what it counts and goes on about it
// ("…tunnels." "Israel says it destroyed 32 of them.").
func (a *article) countsNear(i int, counted []string) bool {
	for j := i; j >= 0 && j >= i-nameWindow; j-- {
		if slices.ContainsFunc(counted, func(t string) bool { return a.tf[j][t] > 0 }) {
			return true
		}
	}
	return false
}

// countsOther reports whether the number ws[k] counts something else
// than what a "how many" question counts (counted), in a sentence that
// names what is counted elsewhere: a content word follows the number
// (past the rest of the number, "620 thousand", and an "of", "hundreds
// of"), and no counted word stands within countReach words after it
// ("Three people were arrested for running a network that marketed
// women to hundreds of buyers" counts no women; "34 Turkish soldiers"
// and "18 people, all of them former soldiers" count soldiers). A number
// that no content word follows ("rose to 45", "ten of them") counts
// what the sentence says around it, and a sentence that names nothing
// counted may name it in other words ("274 of the 403 delegates").
func (a *article) countsOther(ws []word, k int, counted []string) bool {
	if len(counted) == 0 || !slices.ContainsFunc(ws, func(w word) bool { return slices.Contains(counted, a.v.stem(w.f)) }) {
		return false
	}
	j := k + 1
	for j < len(ws) && (ws[j].digit || a.v.numbers[ws[j].f]) {
		j++
	}
	of := false
	for j < len(ws) && (inSet(a.lx, "of", ws[j].f) || of && inSet(a.lx, "determiners", ws[j].f)) {
		of = true
		j++
	}
	for j < len(ws) && a.v.vague[ws[j].f] {
		j++ // "11 other nations" counts nations
	}
	if j == len(ws) || a.v.isStopWord(ws[j], a.lx) {
		return false
	}
	for end := j + countReach; j < len(ws) && j < end; j++ {
		if slices.Contains(counted, a.v.stem(ws[j].f)) {
			return false
		}
	}
	return true
}

// countedAfter reports whether a word of counted stands within
// countReach words after ws[k].
func (a *article) countedAfter(ws []word, k int, counted []string) bool {
	for j := k + 1; j < len(ws) && j <= k+countReach; j++ {
		if slices.Contains(counted, a.v.stem(ws[j].f)) {
			return true
		}
	}
	return false
}

// countReach is how many words after a number may name what it counts
// ("18 people, all of them former soldiers").
const countReach = 6

// tenses returns the kinds of tense sentence i holds for the question: a
// word of the question used as an adjective in it tells a past ("der
// beschlossenen Lockdown").
func (a *article) tenses(i int, qu *question) map[string]bool {
	ts := a.v.tensesOf(a.words[i])
	if qu.kind == "when" && a.v.futureIn(a.words[i]) {
		ts["future"] = true
	}
	if (qu.tenses["past"] || qu.tenses["perfect"]) && (a.v.doneIn(qu.words, a.words[i]) || a.doneVerb(i, qu)) {
		ts["past"] = true
	}
	if qu.tenses["future"] && !qu.tenses["past"] && !qu.tenses["perfect"] && a.pastVerb(i, qu) {
		// "When is the trial scheduled to start?" "In 1924, his trial
		// began…": the verb asked about, in the past, tells what was.
		ts["past"] = true
	}
	if qu.kind == "yesno" && (qu.tenses["past"] || qu.tenses["perfect"]) && !qu.tenses["future"] && (a.reportsAny[i] || len(a.spoken[i+1]) > 0) {
		// "Did Thackeray back the farmers?" "He said that he will
		// support farmers' agitation.": what someone said is done,
		// whatever the time of what they said.
		ts["past"] = true
	}
	if qu.tenses["now"] && ts["past"] && a.reportsAny[i] {
		// "…was in hospital on Sunday, his spokesman said": the past
		// of the saying shifts back the present of what is said.
		ts["present"] = true
	}
	return ts
}

// holdsRelation reports whether sentence i holds every verb of the
// question, the relation it asks about (an inflection or a word of its
// same group counts): "Hackers copied the files" names the hackers but
// does not say who stole them.
func (a *article) holdsRelation(i int, qu *question) bool {
	for _, t := range qu.relation {
		if a.tf[i][t] == 0 {
			return false
		}
	}
	return true
}

// holdsVerb reports whether sentence i holds one of the words by which
// the question asks for a statement ("respond", "reply").
func (a *article) holdsVerb(i int, qu *question) bool {
	for t := range qu.verbs {
		// A yes/no question is answered by the contrary: "Did she
		// admit it?" "She denied it."
		if a.tf[i][t] > 0 || qu.kind == "yesno" && a.opposed(i, t) > 0 {
			return true
		}
	}
	return false
}

// holdsAny reports whether sentence i holds one of the question's terms.
func (a *article) holdsAny(i int, qu *question) bool {
	for t := range qu.terms {
		if a.tf[i][t] > 0 {
			return true
		}
	}
	return false
}

type attribution struct {
	speaker string
	party   string
}

// speakerIndex maps sentence numbers to the speaker and party the briefing
// attributes them to.
func speakerIndex(d *doc.Doc, b *bot.Briefing) map[int]attribution {
	out := map[int]attribution{}
	if b == nil {
		return out
	}
	for _, p := range b.Parties {
		for _, c := range p.Claims {
			speaker := c.Speaker
			if speaker == "" {
				speaker = p.Name
			}
			at := attribution{speaker: speaker, party: p.Name}
			nums := c.Sentences
			if len(nums) == 0 {
				nums = sentencesOf(d, c.Evidence)
			}
			for _, n := range nums {
				if _, ok := out[n]; !ok {
					out[n] = at
				}
			}
		}
	}
	return out
}

// speakerStems returns, by sentence number, the stems of the words of the
// speaker's and the party's names the briefing gives each sentence.
func (a *article) speakerStems(speakers map[int]attribution) map[int]map[string]bool {
	out := map[int]map[string]bool{}
	for n, at := range speakers {
		m := map[string]bool{}
		for _, w := range append(contentWords(at.speaker, a.v), contentWords(at.party, a.v)...) {
			m[a.v.stem(w)] = true
		}
		out[n] = m
	}
	return out
}

// sentencesOf returns the numbers of the sentences that overlap evidence.
func sentencesOf(d *doc.Doc, evidence string) []int {
	ev := ground.Normalize(evidence)
	if ev == "" {
		return nil
	}
	var out []int
	for _, s := range d.Sentences {
		st := ground.Normalize(s.Text)
		if strings.Contains(st, ev) || strings.Contains(ev, st) {
			out = append(out, s.N)
		}
	}
	return out
}

// doneVerb reports whether sentence i holds a verb of the question in a
// form of the past (verbforms, or an irregular one of pastForms: "…when
// the auction house sold it for…") with no auxiliary before it ("Texas voters
// approved an amendment … that will grant…" says what they approved,
// whatever "will" says of the rest); "will be approved" tells a future.
func (a *article) doneVerb(i int, qu *question) bool {
	ws := a.words[i]
	for k, w := range ws {
		t := a.v.stem(w.f)
		if !qu.hasTerm(t) || qu.names[t] || !a.v.isVerbForm(w.low) && !a.v.pastForms[w.f] {
			continue
		}
		if k > 0 {
			p := ws[k-1].f
			if a.v.passive[p] || a.v.tense["future"][p] || a.v.tense["perfect"][p] || a.v.tense["present"][p] || inSet(a.lx, "modal", p) || inSet(a.lx, "inf", p) {
				continue
			}
		}
		return true
	}
	return false
}

// pastVerb reports whether sentence i holds a verb of the question in
// the simple past, an irregular form (pastForms: "began", "brought") or
// one of verbforms ("*ed"), with no auxiliary before it: "…the zoo's
// team brought her body back home" tells what was done, not what the zoo
// plans to bring; "will be brought" and "has brought" are no simple past.
func (a *article) pastVerb(i int, qu *question) bool {
	ws := a.words[i]
	for k, w := range ws {
		t := a.v.stem(w.f)
		if !qu.hasTerm(t) || qu.names[t] || !a.v.pastForms[w.f] {
			continue
		}
		if k > 0 {
			p := ws[k-1].f
			if a.v.passive[p] || a.v.tense["future"][p] || a.v.tense["perfect"][p] || a.v.tense["present"][p] || a.v.tense["past"][p] || inSet(a.lx, "modal", p) || inSet(a.lx, "inf", p) {
				continue
			}
		}
		return true
	}
	return false
}

// describedSpeakers returns the sentences the briefing gives a speaker
// the article describes by the head of the question's subject, the
// common noun of a person it asks about (not a name, nor a thing: "the
// book"), and that noun's stem: the speaker's or their party's name
// holds it ("Employers' Association" for "employers"), or a sentence
// writes it within descReach words of a word of the speaker's name ("His
// dad, Allan Reed, 58, …", "…, said Ana Ruiz, their mother.").
func (a *article) describedSpeakers(qu *question, speakers map[int]attribution) (map[int]bool, map[string]bool) {
	terms := map[string]bool{}
	out := map[int]bool{}
	if a.lx != nil && a.lx.NounCaps {
		// (Where every noun is capitalised, a capital does not mark
		// the speaker's name.)
		return out, terms
	}
	head := a.subjectHead(qu)
	if t := a.v.stem(head); head != "" && !qu.names[t] && !qu.verbs[t] && !slices.Contains(qu.acts, t) && a.personNoun(t) {
		terms[t] = true
	}
	if len(terms) == 0 {
		return out, terms
	}
	described := map[string]bool{}
	for n, at := range speakers {
		ok, seen := described[at.speaker]
		if !seen {
			ok = a.describes(at.speaker, terms)
			described[at.speaker] = ok
		}
		for t := range terms {
			ok = ok || a.spoken[n][t]
		}
		if ok {
			out[n] = true
		}
	}
	return out, terms
}

// subjectHead returns the head of the question's subject, its last word
// before a preposition ("experts" of "constitutional law experts",
// "detective" of "the detective in charge"), or "".
func (a *article) subjectHead(qu *question) string {
	head := ""
	for k, w := range qu.words {
		if asksStatementAt(qu.words, k, a.v) || head != "" && (inSet(a.lx, "of", w.f) || a.v.topic[w.f]) {
			break
		}
		if contains(qu.subject, w.f) {
			head = w.f
		}
	}
	return head
}

// personNoun reports whether the stem t is that of a noun of the
// lexicon's speakers or titles ("dad" as "father", "detective",
// "experts"): one who may speak, not a thing ("the book").
func (a *article) personNoun(t string) bool {
	if a.lx == nil {
		return false
	}
	for w := range a.lx.Speakers {
		if a.v.stem(w) == t {
			return true
		}
	}
	for w := range a.lx.Titles {
		if a.v.stem(w) == t {
			return true
		}
	}
	return false
}

// describes reports whether a sentence writes a word of terms within
// descReach words of a capitalised word of name.
func (a *article) describes(name string, terms map[string]bool) bool {
	nameWords := map[string]bool{}
	for _, w := range contentWords(name, a.v) {
		nameWords[w] = true
	}
	for _, ws := range a.words {
		for k, w := range ws {
			if !terms[a.v.stem(w.f)] {
				continue
			}
			for j := max(0, k-descReach); j < len(ws) && j <= k+descReach; j++ {
				if ws[j].cap && nameWords[ws[j].f] {
					return true
				}
			}
		}
	}
	return false
}

// descReach is how many words from a speaker's name a common noun that
// describes them may stand ("Allan Reed Snr, 58, his dad").
const descReach = 4

// reportsAs is reports, and for one asked about by a common noun ("le
// rapport", "the chairman") also a sentence the briefing gives to a named
// speaker (at) that names them right before the speaker's name, where it
// reports words: "Le rapport de la Cour, rédigé par Alice Perrin,
// affirme…" — the noun is the speaker's title, or what they speak
// through; "El ministro planteó …, dijo la alcaldesa Ana Ruiz" is hers.
func (a *article) reportsAs(i int, speaker string, at attribution) bool {
	attributed := at.party != ""
	if a.reports(i, speaker, attributed) {
		return true
	}
	if !attributed || speaker != strings.ToLower(speaker) || !a.reports(i, speaker, false) {
		return false
	}
	want := a.v.stems(contentWords(speaker, a.v))
	names := a.v.stems(contentWords(at.speaker, a.v))
	ws := a.words[i]
	for k, w := range ws {
		if !slices.Contains(want, a.v.stem(w.f)) {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+titleReach; j++ {
			if ws[j].cap && slices.Contains(names, a.v.stem(ws[j].f)) {
				return true
			}
		}
	}
	return false
}

// titleReach is how many words after a common noun the name of the one
// it titles may stand ("La procureure de la Cour pénale internationale,
// Mme Fatou Bensouda").
const titleReach = 8
