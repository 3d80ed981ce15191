package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Report is the evaluation of a set of cases.
type Report struct {
	Cases []Result `json:"cases"`
	// Total sums the counts of all cases.
	Total Counts `json:"total"`
	// Micro computes each rate from Total: every party and claim of the
	// corpus weighs the same.
	Micro Metrics `json:"micro"`
	// Macro averages each rate over the cases: every article weighs the
	// same. StanceAgreement and SpeakerAgreement average over the cases
	// with at least one correct claim only.
	Macro Metrics `json:"macro"`
	// Headline holds the numbers to watch.
	Headline Headline `json:"headline"`
	// Languages sums the cases of each language, in order of first
	// appearance.
	Languages []LangRow `json:"languages"`
	// Answers sums the answer scores of all cases that were asked their
	// questions.
	Answers *AnswerCounts `json:"answers,omitempty"`
	// Failures sums the failure classes of all cases.
	Failures map[string]int `json:"failures,omitempty"`
	// Verbose makes Print list every case, not only the languages.
	Verbose bool `json:"-"`
	// Blind makes Print show the per-language totals only: no case, no
	// failure class (for a set kept for blind evaluation).
	Blind bool `json:"-"`
}

// LangRow is the total of one language's cases.
type LangRow struct {
	Lang    string        `json:"lang"`
	Cases   int           `json:"cases"`
	Total   Counts        `json:"total"`
	Micro   Metrics       `json:"micro"`
	Answers *AnswerCounts `json:"answers,omitempty"`
}

// Headline is the summary of a report: claim F1 (micro), party recall
// (macro), misattribution (micro), grounding (micro), and the total of
// claims dropped as ungrounded.
type Headline struct {
	ClaimF1                 float64 `json:"claim_f1_micro"`
	PartyRecall             float64 `json:"party_recall_macro"`
	Misattribution          float64 `json:"misattribution_micro"`
	Grounding               float64 `json:"grounding_micro"`
	ClaimsDroppedUngrounded int     `json:"claims_dropped_ungrounded"`
	Errors                  int     `json:"errors"`
}

// Aggregate combines per-case results into a report.
func Aggregate(rs []Result) Report {
	r := Report{Cases: rs}
	if r.Cases == nil {
		r.Cases = []Result{}
	}
	var sum Metrics
	agree := 0
	langs := map[string]int{}
	for _, c := range rs {
		r.Total.add(c.Counts)
		li, ok := langs[c.Lang]
		if !ok {
			li = len(r.Languages)
			langs[c.Lang] = li
			r.Languages = append(r.Languages, LangRow{Lang: c.Lang})
		}
		lr := &r.Languages[li]
		lr.Cases++
		lr.Total.add(c.Counts)
		if c.Answers != nil {
			if lr.Answers == nil {
				lr.Answers = &AnswerCounts{}
			}
			lr.Answers.add(c.Answers)
			if r.Answers == nil {
				r.Answers = &AnswerCounts{}
			}
			r.Answers.add(c.Answers)
		}
		for k, v := range c.Failures {
			if r.Failures == nil {
				r.Failures = map[string]int{}
			}
			r.Failures[k] += v
		}
		m := c.Metrics
		sum.PartyRecall += m.PartyRecall
		sum.PartyPrecision += m.PartyPrecision
		sum.ClaimRecall += m.ClaimRecall
		sum.ClaimPrecision += m.ClaimPrecision
		sum.ClaimF1 += m.ClaimF1
		sum.Misattribution += m.Misattribution
		sum.Grounding += m.Grounding
		if c.PredClaimsCorrect > 0 {
			agree++
			sum.StanceAgreement += m.StanceAgreement
			sum.SpeakerAgreement += m.SpeakerAgreement
		}
	}
	r.Micro = r.Total.metrics()
	for i := range r.Languages {
		r.Languages[i].Micro = r.Languages[i].Total.metrics()
	}
	if n := float64(len(rs)); n > 0 {
		r.Macro = Metrics{
			PartyRecall:    sum.PartyRecall / n,
			PartyPrecision: sum.PartyPrecision / n,
			ClaimRecall:    sum.ClaimRecall / n,
			ClaimPrecision: sum.ClaimPrecision / n,
			ClaimF1:        sum.ClaimF1 / n,
			Misattribution: sum.Misattribution / n,
			Grounding:      sum.Grounding / n,
		}
	}
	if agree > 0 {
		r.Macro.StanceAgreement = sum.StanceAgreement / float64(agree)
		r.Macro.SpeakerAgreement = sum.SpeakerAgreement / float64(agree)
	}
	r.Headline = Headline{
		ClaimF1:                 r.Micro.ClaimF1,
		PartyRecall:             r.Macro.PartyRecall,
		Misattribution:          r.Micro.Misattribution,
		Grounding:               r.Micro.Grounding,
		ClaimsDroppedUngrounded: r.Total.ClaimsDroppedUngrounded,
		Errors:                  r.Total.Errors,
	}
	return r
}

// nameWidth is the widest article name Print shows; longer ones are cut.
const nameWidth = 40

// Print writes the report as a table, one row per case, then the micro and
// macro rows (the micro row carries the totals), the headline and any
// errors. Columns: parties gold/predicted, party recall and precision,
// claims gold/predicted, claim recall, precision and F1, misattribution
// rate, grounding rate, claims dropped as ungrounded.
func (r Report) Print(w io.Writer) {
	if len(r.Languages) > 1 || r.Answers != nil || r.Blind {
		r.printLanguages(w)
		if !r.Verbose || r.Blind {
			return
		}
		fmt.Fprintln(w)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "article\tparties g/p\tp.rec\tp.prec\tclaims g/p\tc.rec\tc.prec\tc.f1\tmisattr\tground\tdropped")
	row := func(name string, c *Counts, m Metrics) {
		parties, claims, dropped := "-", "-", "-"
		if c != nil {
			parties = fmt.Sprintf("%d/%d", c.GoldParties, c.PredParties)
			claims = fmt.Sprintf("%d/%d", c.GoldClaims, c.PredClaims)
			dropped = fmt.Sprint(c.ClaimsDroppedUngrounded)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\n",
			name, parties, m.PartyRecall, m.PartyPrecision, claims, m.ClaimRecall, m.ClaimPrecision,
			m.ClaimF1, m.Misattribution, m.Grounding, dropped)
	}
	for _, c := range r.Cases {
		name := cut(c.Name)
		if c.Error != "" {
			name += " (error)"
		}
		row(name, &c.Counts, c.Metrics)
	}
	row("micro", &r.Total, r.Micro)
	row("macro", nil, r.Macro)
	_ = tw.Flush()
	h := r.Headline
	fmt.Fprintf(w, "\nheadline: claim F1 (micro) %.2f | party recall (macro) %.2f | misattribution (micro) %.2f | grounding (micro) %.2f | claims dropped ungrounded %d\n",
		h.ClaimF1, h.PartyRecall, h.Misattribution, h.Grounding, h.ClaimsDroppedUngrounded)
	fmt.Fprintf(w, "secondary: stance agreement (micro) %.2f | speaker agreement (micro) %.2f | predicted claims on outlet facts %d\n",
		r.Micro.StanceAgreement, r.Micro.SpeakerAgreement, r.Total.PredClaimsOnFacts)
	if h.Errors > 0 {
		fmt.Fprintf(w, "\nerrors (%d, scored as empty briefings):\n", h.Errors)
		for _, c := range r.Cases {
			if c.Error != "" {
				fmt.Fprintf(w, "  %s: %s\n", c.Name, c.Error)
			}
		}
	}
}

// printLanguages writes one row per language and one for all of them:
// articles, parties gold/predicted, party recall and precision, claims
// gold/predicted, claim recall, precision and F1, misattribution, evidence
// verbatim (grounding), loaded words in the bot's voice, answers right and
// unanswerable questions declined; then the failure classes.
func (r Report) printLanguages(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "lang\tarticles\tparties g/p\tp.rec\tp.prec\tclaims g/p\tc.rec\tc.prec\tc.f1\tmisattr\tverbatim\tleaks\tanswers\tdeclined")
	row := func(name string, n int, c Counts, m Metrics, a *AnswerCounts) {
		ans, dec := "-", "-"
		if a != nil && a.Answerable > 0 {
			ans = fmt.Sprintf("%.2f (%d)", a.Accuracy(), a.Answerable)
		}
		if a != nil && a.Unanswerable > 0 {
			dec = fmt.Sprintf("%.2f (%d)", a.DeclineRate(), a.Unanswerable)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%.2f\t%.2f\t%d/%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%s\t%s\n",
			name, n, c.GoldParties, c.PredParties, m.PartyRecall, m.PartyPrecision, c.GoldClaims, c.PredClaims,
			m.ClaimRecall, m.ClaimPrecision, m.ClaimF1, m.Misattribution, m.Grounding, c.LoadedLeaks, ans, dec)
	}
	for _, l := range r.Languages {
		row(l.Lang, l.Cases, l.Total, l.Micro, l.Answers)
	}
	row("all", len(r.Cases), r.Total, r.Micro, r.Answers)
	_ = tw.Flush()
	fmt.Fprintln(w, "\np.rec/p.prec: party recall and precision; c.rec/c.prec/c.f1: claim recall, precision and F1 (right sentence,")
	fmt.Fprintln(w, "right party); misattr: claims on a gold sentence under the wrong party; verbatim: evidence found in the article;")
	fmt.Fprintln(w, "leaks: loaded words in the bot's own voice; answers: answerable questions answered from the right sentence;")
	fmt.Fprintln(w, "declined: unanswerable questions the answer said the article does not answer. Rates are micro averages.")
	if len(r.Failures) > 0 && !r.Blind {
		fmt.Fprintln(w, "\nfailure classes:")
		keys := make([]string, 0, len(r.Failures))
		for k := range r.Failures {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, k := range keys {
			fmt.Fprintf(tw, "  %s\t%d\n", k, r.Failures[k])
		}
		_ = tw.Flush()
	}
	if r.Headline.Errors > 0 {
		fmt.Fprintf(w, "\nerrors (%d, scored as empty briefings)", r.Headline.Errors)
		if r.Blind {
			fmt.Fprintln(w, ".")
			return
		}
		fmt.Fprintln(w, ":")
		for _, c := range r.Cases {
			if c.Error != "" {
				fmt.Fprintf(w, "  %s: %s\n", c.Name, c.Error)
			}
		}
	}
}

// cut shortens s to nameWidth runes, marking the cut with "…".
func cut(s string) string {
	rs := []rune(s)
	if len(rs) <= nameWidth {
		return s
	}
	return strings.TrimSpace(string(rs[:nameWidth-1])) + "…"
}

// JSON returns the report as indented JSON.
func (r Report) JSON() ([]byte, error) {
	return json.MarshalIndent(r, "", "  ")
}
