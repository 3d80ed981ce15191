package render

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// MessagesPerRequest is the most messages one request may use in a chat:
// the status message ("Reading the article…"), the edit that turns it into
// the reply, and the reply's continuations. A briefing too long for that
// is shortened to one message (Shorten) and the whole of it attached as a
// Markdown file (File), so that one person's pastes cannot flood a
// workspace.
const MessagesPerRequest = 5

// Cut counts what Shorten left out of a briefing.
type Cut struct {
	Parties int  // whole parties left out
	Claims  int  // claims left out, those of the parties left out included
	Facts   int  // facts left out
	Summary bool // the summary was cut short
}

// Any reports whether anything was left out.
func (c Cut) Any() bool { return c.Parties > 0 || c.Claims > 0 || c.Facts > 0 || c.Summary }

// Shortened is the note a shortened briefing ends with: what is not shown,
// and where the whole briefing is (file, the attached file's name, or ""
// when none could be attached: then the reader is told to ask in the
// thread).
func (w Words) Shortened(c Cut, file string) string {
	claims, facts := strconv.Itoa(c.Claims), strconv.Itoa(c.Facts)
	if file != "" {
		return w.Label("shortened.file", "{claims}", claims, "{facts}", facts, "{file}", file)
	}
	return w.Label("shortened", "{claims}", claims, "{facts}", facts)
}

// Shorten returns b when fits(b), and otherwise a shortened copy that fits,
// with note(cut) as its last note, and what it left out. fits reports
// whether a briefing fits the message it is meant for; it is called a few
// dozen times at most.
//
// Shortening keeps a fair share of every section rather than dropping
// whole ones: the space left after the title, source, notes and footer is
// shared between the summary, the parties and the facts, a section that
// needs less than its share giving the rest to the others. Each section
// keeps its items in order: the summary its first sentences, the facts
// the first facts. The parties' share goes first to each party's name and
// first claim (backends list the strongest first), in the parties' order,
// and what is left is shared alike between the parties' further claims.
// Notes (on the article's loaded or one-sided framing) are never left out.
func Shorten(b *bot.Briefing, fits func(*bot.Briefing) bool, note func(Cut) string) (*bot.Briefing, Cut) {
	if fits(b) {
		return b, Cut{}
	}
	if len(b.Sources) > 0 {
		// A story briefing first loses what the file shows in full: the
		// other sources' evidence (their ids stay with each claim), the
		// differing reports' evidence, the sources' titles and the
		// coverage by source.
		if b = compactStory(b); fits(b) {
			return b, Cut{}
		}
	}
	s := newShortener(b, note)
	// The largest budget that fits, by bisection: the shortened briefings
	// grow with the budget, each holding the last.
	lo, hi := 0, s.total() // the largest budget that fits lies in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if cp, _ := s.within(mid); fits(cp) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return s.within(lo)
}

// shortener holds a briefing's parts and their sizes.
type shortener struct {
	b       *bot.Briefing
	note    func(Cut) string
	summary []string // the summary's sentences
	first   []int    // the size of each party's name and first claim
	claims  [][]int  // the size of each further claim, per party
	facts   []int    // the size of each fact
}

func newShortener(b *bot.Briefing, note func(Cut) string) *shortener {
	s := &shortener{b: b, note: note, summary: sentences(b.Summary)}
	for _, p := range b.Parties {
		head := len(p.Name) + 20
		for _, a := range p.Aliases {
			head += len(a) + 2
		}
		sizes := make([]int, len(p.Claims))
		for i, c := range p.Claims {
			sizes[i] = len(c.Claim) + len(c.Speaker) + len(c.Evidence) + 40
		}
		if len(sizes) > 0 {
			head += sizes[0]
			sizes = sizes[1:]
		}
		s.first = append(s.first, head)
		s.claims = append(s.claims, sizes)
	}
	for _, f := range b.Facts {
		s.facts = append(s.facts, len(f.Text)+10)
	}
	return s
}

// maxSummaryFloor bounds the summary kept when space is shortest.
const maxSummaryFloor = 300

func (s *shortener) floorSummary() string {
	if len(s.summary) == 0 {
		return ""
	}
	return cutText(s.summary[0], maxSummaryFloor)
}

// total is the size of everything that may be left out.
func (s *shortener) total() int {
	return s.summaryWant() + s.partiesWant() + sum(s.facts)
}

func (s *shortener) summaryWant() int { return len(s.b.Summary) - len(s.floorSummary()) }

func (s *shortener) partiesWant() int {
	n := sum(s.first)
	for _, sizes := range s.claims {
		n += sum(sizes)
	}
	return n
}

// within shares budget bytes between the summary (beyond its start), the
// parties and the facts, and the parties' share between the parties.
func (s *shortener) within(budget int) (*bot.Briefing, Cut) {
	shares := fairShares(budget, []int{s.summaryWant(), s.partiesWant(), sum(s.facts)})
	summary := s.floorSummary()
	if shares[0] >= s.summaryWant() {
		summary = s.b.Summary
	} else if shares[0] > 0 {
		summary = takeSentences(s.summary, len(summary)+shares[0])
	}
	// Each party's name and first claim, in order, while they fit; then
	// the further claims, shared alike.
	parties := takeSizes(s.first, shares[1])
	keep := make([]int, len(s.first))
	more := make([]int, parties)
	for i := range parties {
		keep[i] = 1
		more[i] = sum(s.claims[i])
	}
	for i, share := range fairShares(shares[1]-sum(s.first[:parties]), more) {
		keep[i] += takeSizes(s.claims[i], share)
	}
	return s.make(summary, keep, takeSizes(s.facts, shares[2]))
}

// make builds the shortened copy: the given summary, the first parties
// with keep[i] > 0 and their first keep[i] claims, the first facts facts,
// and the notes with note(cut) last.
func (s *shortener) make(summary string, keep []int, facts int) (*bot.Briefing, Cut) {
	b := s.b
	cp := *b
	cut := Cut{Summary: summary != b.Summary, Facts: len(b.Facts) - facts}
	cp.Summary = summary
	cp.Facts = b.Facts[:facts:facts]
	cp.Parties = nil
	for i, p := range b.Parties {
		if keep[i] == 0 {
			cut.Parties++
			cut.Claims += len(p.Claims)
			continue
		}
		n := min(keep[i], len(p.Claims))
		p.Claims = p.Claims[:n:n]
		cut.Claims += len(b.Parties[i].Claims) - n
		cp.Parties = append(cp.Parties, p)
	}
	cp.Notes = append(append(make([]string, 0, len(b.Notes)+1), b.Notes...), s.note(cut))
	return &cp, cut
}

// fairShares shares budget between demands: each gets the same share,
// and what a demand needs less than its share goes to the others
// (max-min fairness).
func fairShares(budget int, want []int) []int {
	out := make([]int, len(want))
	order := make([]int, 0, len(want))
	for i, w := range want {
		if w > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return want[order[a]] < want[order[b]] })
	left := budget
	for k, i := range order {
		share := left / (len(order) - k)
		out[i] = min(want[i], share)
		left -= out[i]
	}
	return out
}

// takeSizes returns how many of the first sizes fit in budget.
func takeSizes(sizes []int, budget int) int {
	for i, n := range sizes {
		if budget < n {
			return i
		}
		budget -= n
	}
	return len(sizes)
}

func sum(ns []int) int {
	t := 0
	for _, n := range ns {
		t += n
	}
	return t
}

// sentenceEnd matches the end of a sentence and the space after it.
var sentenceEnd = regexp.MustCompile(`[.!?…。！？]["'”’»)]*\s+`)

// sentences splits text into sentences, each keeping its end mark.
func sentences(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for _, loc := range sentenceEnd.FindAllStringIndex(s, -1) {
		out = append(out, strings.TrimSpace(s[start:loc[1]]))
		start = loc[1]
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// takeSentences joins the first sentences that fit in n bytes, or cuts
// the first when none does.
func takeSentences(ss []string, n int) string {
	var out string
	for _, s := range ss {
		next := s
		if out != "" {
			next = out + " " + s
		}
		if len(next) > n {
			break
		}
		out = next
	}
	if out == "" && len(ss) > 0 {
		return cutText(ss[0], n)
	}
	return out
}

// cutText cuts s to at most n bytes, at a word when it can, marking the
// cut with "…".
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n = max(0, n-len("…"))
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	cut := s[:n]
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ") + "…"
}

// compactStory returns a copy of a story briefing without the evidence of
// the other sources that report each claim, of the reports that differ
// (their paraphrase stays), the sources' titles and the coverage.
func compactStory(b *bot.Briefing) *bot.Briefing {
	cp := *b
	cp.Coverage = nil
	cp.Sources = append([]bot.StorySource(nil), b.Sources...)
	for i := range cp.Sources {
		cp.Sources[i].Title = ""
	}
	cp.Parties = append([]bot.Party(nil), b.Parties...)
	for i := range cp.Parties {
		p := &cp.Parties[i]
		p.Claims = append([]bot.Claim(nil), p.Claims...)
		for j := range p.Claims {
			c := &p.Claims[j]
			c.AlsoIn = blankEvidence(c.AlsoIn)
			c.Conflicts = blankEvidence(c.Conflicts)
		}
	}
	return &cp
}

func blankEvidence(rs []bot.Reported) []bot.Reported {
	if len(rs) == 0 {
		return rs
	}
	out := make([]bot.Reported, len(rs))
	for i, r := range rs {
		out[i] = bot.Reported{Source: r.Source, Claim: r.Claim}
	}
	return out
}
