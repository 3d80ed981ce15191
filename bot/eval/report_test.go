package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden")

// syntheticReport scores three briefings of the Acme case (one perfect, one
// with a misattribution and a dropped claim, one failed) under names long
// and short.
func syntheticReport() Report {
	perfect := Score(acmeCase, goldBriefing(acmeCase.Gold))
	perfect.Name = "acme-perfect"

	mixed := &bot.Briefing{
		Parties: []bot.Party{
			party("Acme", cl("Acme Corp", "deny", evDeny), cl("Green League", "accuse", evAccuse)),
			party("Green League", cl("Green League", "other", evFish), cl("Green League", "assert", evFact)),
		},
		Stats: bot.Stats{ClaimsDroppedUngrounded: 2},
	}
	m := Score(acmeCase, mixed)
	m.Name = "acme-a-rather-long-article-name-that-the-table-cuts-short"

	failed := Failed(acmeCase, errors.New("model unavailable"))
	failed.Name = "acme-failed"
	return Aggregate([]Result{perfect, m, failed})
}

func TestReportPrintGolden(t *testing.T) {
	var buf bytes.Buffer
	syntheticReport().Print(&buf)
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./bot/eval/ -run TestReportPrintGolden -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Print output differs from %s (rerun with -update if intended):\n--- got\n%s--- want\n%s", golden, buf.String(), want)
	}
}

func TestAggregate(t *testing.T) {
	r := syntheticReport()
	if r.Total.GoldClaims != 12 || r.Total.PredClaims != 8 || r.Total.Errors != 1 || r.Total.ClaimsDroppedUngrounded != 2 {
		t.Errorf("total %+v", r.Total)
	}
	// Micro claim recall: (4 + 2 + 0) / 12; macro: (1 + 0.5 + 0) / 3.
	if got, want := r.Micro.ClaimRecall, 0.5; got != want {
		t.Errorf("micro claim recall %v, want %v", got, want)
	}
	if got, want := r.Macro.ClaimRecall, 0.5; got != want {
		t.Errorf("macro claim recall %v, want %v", got, want)
	}
	// Micro claim precision: (4 + 2 + 0) / (4 + 4 + 0).
	if got, want := r.Micro.ClaimPrecision, 0.75; got != want {
		t.Errorf("micro claim precision %v, want %v", got, want)
	}
	// Macro stance agreement skips the failed case: (1 + 0.5) / 2.
	if got, want := r.Macro.StanceAgreement, 0.75; got != want {
		t.Errorf("macro stance agreement %v, want %v", got, want)
	}
	if r.Headline.ClaimF1 != r.Micro.ClaimF1 || r.Headline.PartyRecall != r.Macro.PartyRecall ||
		r.Headline.Misattribution != r.Micro.Misattribution || r.Headline.Errors != 1 {
		t.Errorf("headline %+v", r.Headline)
	}
	empty := Aggregate(nil)
	if empty.Cases == nil || empty.Micro.Grounding != 1 {
		t.Errorf("empty report %+v", empty)
	}
}

func TestReportJSON(t *testing.T) {
	data, err := syntheticReport().JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Cases []struct {
			Name        string  `json:"name"`
			Error       string  `json:"error"`
			GoldClaims  int     `json:"gold_claims"`
			ClaimRecall float64 `json:"claim_recall"`
		} `json:"cases"`
		Micro    Metrics  `json:"micro"`
		Headline Headline `json:"headline"`
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Cases) != 3 || back.Cases[0].GoldClaims != 4 || back.Cases[0].ClaimRecall != 1 ||
		back.Cases[2].Error == "" || back.Headline.Errors != 1 || back.Micro.ClaimRecall != 0.5 {
		t.Errorf("round trip lost data:\n%s", data)
	}
}

// TestReportPrintBlind checks that a blind report shows the per-language
// totals only: no case names, no failure classes.
func TestReportPrintBlind(t *testing.T) {
	r := syntheticReport()
	if len(r.Failures) == 0 {
		t.Fatal("the synthetic report has no failure classes to hide")
	}
	r.Blind, r.Verbose = true, true
	var buf bytes.Buffer
	r.Print(&buf)
	out := buf.String()
	for _, hidden := range []string{"acme-perfect", "acme-failed", "failure classes"} {
		if bytes.Contains(buf.Bytes(), []byte(hidden)) {
			t.Errorf("blind report shows %q:\n%s", hidden, out)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("\nall ")) {
		t.Errorf("blind report has no totals row:\n%s", out)
	}
}
