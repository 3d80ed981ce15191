package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/render/rendertest"
)

// fitsMarkdown is a fits function: the Markdown rendering is at most n
// bytes. It counts its calls.
func fitsMarkdown(n int, calls *int) func(*bot.Briefing) bool {
	return func(b *bot.Briefing) bool {
		*calls++
		return len(Markdown(WordsIn("en"), b)) <= n
	}
}

func testNote(c Cut) string { return WordsIn("en").Shortened(c, "full.md") }

// TestShortenKeepsAShareOfEverySection checks, for briefings of several
// shapes and budgets, that the shortened briefing fits, that every
// section with items keeps some of them (each party its first claim, the
// facts, the summary's start), that every note is kept and the note on
// the shortening comes last with the right counts, and that the budget
// is used: one more fact or claim would not fit.
func TestShortenKeepsAShareOfEverySection(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		parties, claims, facts int
		budget                 int
	}{
		{"many facts, few parties", 3, 4, 200, 12_000},
		{"many claims, few facts", 6, 60, 5, 12_000},
		{"balanced, tight", 8, 20, 40, 9_000},
		{"balanced, roomy", 8, 20, 40, 28_000},
		{"no facts", 10, 30, 0, 10_000},
		{"facts only", 0, 0, 500, 8_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := rendertest.Briefing(tc.parties, tc.claims, tc.facts)
			calls := 0
			got, cut := Shorten(b, fitsMarkdown(tc.budget, &calls), testNote)
			if md := Markdown(WordsIn("en"), got); len(md) > tc.budget {
				t.Fatalf("shortened briefing is %d bytes, budget %d", len(md), tc.budget)
			}
			if !cut.Any() || calls > 60 {
				t.Errorf("cut %+v after %d calls; want something cut in few calls", cut, calls)
			}
			if got.Summary == "" {
				t.Error("the summary is gone")
			}
			if len(got.Parties) != len(b.Parties) {
				t.Errorf("%d of %d parties kept", len(got.Parties), len(b.Parties))
			}
			shown := 0
			for i, p := range got.Parties {
				if len(p.Claims) == 0 || p.Claims[0].Claim != b.Parties[i].Claims[0].Claim {
					t.Errorf("party %d lost its first claim", i+1)
				}
				shown += len(p.Claims)
			}
			if tc.facts > 0 && len(got.Facts) == 0 {
				t.Error("every fact was dropped")
			}
			if cut.Claims != b.ClaimCount()-shown || cut.Facts != len(b.Facts)-len(got.Facts) {
				t.Errorf("cut %+v, but %d claims and %d facts are shown", cut, shown, len(got.Facts))
			}
			if want := append(slices.Clone(b.Notes), testNote(cut)); !slices.Equal(got.Notes, want) {
				t.Errorf("notes = %q, want %q", got.Notes, want)
			}
			if !slices.Contains(got.Notes, rendertest.FramingNote) {
				t.Error("the framing note was dropped")
			}
			// The budget is used: the next fact, or the next claim of the
			// party with fewest shown, would not fit.
			if n := len(got.Facts); n < len(b.Facts) {
				more := *got
				more.Facts = b.Facts[:n+1]
				if len(Markdown(WordsIn("en"), &more)) <= tc.budget-len(b.Facts[n].Text)/2 {
					t.Errorf("fact %d would fit with room to spare", n+1)
				}
			}
			t.Logf("%d/%d claims, %d/%d facts, summary cut %v", shown, b.ClaimCount(), len(got.Facts), len(b.Facts), cut.Summary)
		})
	}
}

// TestShortenFairness checks that a section with little to show does not
// take space from the others, and that the parties share alike.
func TestShortenFairness(t *testing.T) {
	b := rendertest.Briefing(4, 50, 3)
	b.Parties[0].Claims = b.Parties[0].Claims[:2]
	calls := 0
	got, cut := Shorten(b, fitsMarkdown(14_000, &calls), testNote)
	if len(got.Facts) != 3 {
		t.Errorf("%d of the 3 facts kept; a small section should be kept whole", len(got.Facts))
	}
	if len(got.Parties[0].Claims) != 2 {
		t.Errorf("party 1 shows %d of its 2 claims", len(got.Parties[0].Claims))
	}
	var counts []int
	for _, p := range got.Parties[1:] {
		counts = append(counts, len(p.Claims))
	}
	if slices.Max(counts)-slices.Min(counts) > 1 || slices.Min(counts) < 5 {
		t.Errorf("claims shown per party = %v, want an even share of several each (cut %+v)", counts, cut)
	}
}

// TestShortenManyParties checks a briefing with more parties than fit
// even with one claim each: the parties' share goes to the first parties
// and their first claims, the facts keep their share (here all of them,
// as they need less), and the notes stay.
func TestShortenManyParties(t *testing.T) {
	b := rendertest.Briefing(300, 3, 10)
	calls := 0
	got, cut := Shorten(b, fitsMarkdown(20_000, &calls), testNote)
	if len(got.Parties) == 0 || len(got.Parties) >= 300 || cut.Parties != 300-len(got.Parties) {
		t.Fatalf("%d parties kept, cut %+v", len(got.Parties), cut)
	}
	for i, p := range got.Parties {
		if p.Name != b.Parties[i].Name || len(p.Claims) != 1 {
			t.Fatalf("party %d = %q with %d claims; want the first parties, one claim each", i, p.Name, len(p.Claims))
		}
	}
	if len(got.Facts) != 10 || !slices.Contains(got.Notes, rendertest.FramingNote) || cut.Claims != 900-len(got.Parties) {
		t.Errorf("facts %d, notes %q, cut %+v", len(got.Facts), got.Notes, cut)
	}
	if md := Markdown(WordsIn("en"), got); len(md) > 20_000 {
		t.Errorf("%d bytes", len(md))
	}
	// One more party would not have fitted.
	more := *got
	more.Parties = b.Parties[:len(got.Parties)+1]
	for i := range more.Parties {
		more.Parties[i].Claims = more.Parties[i].Claims[:1:1]
	}
	if len(Markdown(WordsIn("en"), &more)) <= 20_000-200 {
		t.Error("one more party would fit")
	}
}

func TestShortenKeepsWhatFits(t *testing.T) {
	b := rendertest.Briefing(2, 2, 2)
	got, cut := Shorten(b, func(*bot.Briefing) bool { return true }, testNote)
	if got != b || cut.Any() {
		t.Errorf("a briefing that fits was changed: cut %+v", cut)
	}
}

func TestFairShares(t *testing.T) {
	for _, tc := range []struct {
		budget int
		want   []int
		got    []int
	}{
		{90, []int{100, 100, 100}, []int{30, 30, 30}},
		{90, []int{10, 100, 100}, []int{10, 40, 40}},
		{1000, []int{10, 100, 0}, []int{10, 100, 0}},
		{0, []int{10, 20}, []int{0, 0}},
		{50, nil, []int{}},
		{7, []int{5, 5}, []int{3, 4}},
	} {
		if got := fairShares(tc.budget, tc.want); !slices.Equal(got, tc.got) {
			t.Errorf("fairShares(%d, %v) = %v, want %v", tc.budget, tc.want, got, tc.got)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"One. Two! \"Three?\" Four", []string{"One.", "Two!", "\"Three?\"", "Four"}},
		{"No end", []string{"No end"}},
		{"Le 3.5 % baisse. Fin.", []string{"Le 3.5 % baisse.", "Fin."}},
	} {
		if got := sentences(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := takeSentences([]string{"One two three.", "Four."}, 8); len(got) > 8 || !strings.HasPrefix(got, "One") || !strings.HasSuffix(got, "…") {
		t.Errorf("takeSentences = %q", got)
	}
	if got := cutText("é"+strings.Repeat("x", 20), 6); got != "é…" && !strings.HasSuffix(got, "…") || len(got) > 6 {
		t.Errorf("cutText = %q", got)
	}
}

func TestFile(t *testing.T) {
	for _, tc := range []struct{ title, name string }{
		{"China rejects US report blaming it for cyber espionage", "briefing-china-rejects-us-report-blaming-it-for-cyber.md"},
		{"Grève: la SNCF «bloque» 3 lignes!", "briefing-gr-ve-la-sncf-bloque-3-lignes.md"},
		{"中国否认", "briefing.md"},
		{"", "briefing.md"},
		{strings.Repeat("word ", 40), "briefing-" + strings.TrimSuffix(strings.Repeat("word-", 10), "-") + ".md"},
		{strings.Repeat("x", 80), "briefing-" + strings.Repeat("x", 50) + ".md"},
	} {
		b := &bot.Briefing{Title: tc.title, Backend: "x"}
		name, title, content := File(WordsIn("en"), b)
		if name != tc.name {
			t.Errorf("File(%q) name = %q, want %q", tc.title, name, tc.name)
		}
		if !strings.HasPrefix(title, "Full briefing: ") || !strings.HasPrefix(string(content), "# ") {
			t.Errorf("File(%q) = %q, %.40q", tc.title, title, content)
		}
	}
	b := rendertest.Briefing(2, 2, 2)
	b.Parties[0].Claims[0].Evidence += "\u202e"
	_, _, content := File(WordsIn("fr"), b)
	if string(content) != Markdown(WordsIn("fr"), b) || !strings.Contains(string(content), "⟨U+202E⟩") {
		t.Error("the file is not the Markdown rendering with controls shown")
	}
}
