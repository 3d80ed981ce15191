package render

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

func TestVisible(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain text", "Hong Lei said \"no\".", "Hong Lei said \"no\"."},
		{"empty", "", ""},
		{"right-to-left override", "the fee is \u202e001$\u202c only", "the fee is ⟨U+202E⟩001$⟨U+202C⟩ only"},
		{"every embedding and override", "\u202a\u202b\u202c\u202d\u202e", "⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩"},
		{"isolates", "a\u2066b\u2067c\u2068d\u2069e", "a⟨U+2066⟩b⟨U+2067⟩c⟨U+2068⟩d⟨U+2069⟩e"},
		{"arabic letter mark", "x\u061cy", "x⟨U+061C⟩y"},
		{"zero-width space", "de\u200bny", "de⟨U+200B⟩ny"},
		{"left-to-right and right-to-left marks", "\u200eA\u200f", "⟨U+200E⟩A⟨U+200F⟩"},
		{"word joiner and BOM", "\ufeffstart\u2060end", "⟨U+FEFF⟩start⟨U+2060⟩end"},
		{"joiner between Latin letters", "pay\u200dpal", "pay⟨U+200D⟩pal"},
		{"non-joiner between Latin letters", "no\u200cte", "no⟨U+200C⟩te"},
		{"Persian non-joiner kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"Devanagari joiner kept", "क्\u200dष", "क्\u200dष"},
		{"emoji sequence kept", "👩\u200d🚀 and ❤️\u200d🔥", "👩\u200d🚀 and ❤️\u200d🔥"},
		{"joiner at the end", "می\u200c", "می⟨U+200C⟩"},
		{"joiner next to an override", "ب\u200d\u202e", "ب⟨U+200D⟩⟨U+202E⟩"},
		{"escape sequence", "a\x1b[2Jb", "a⟨U+001B⟩[2Jb"},
		{"bell, DEL and C1", "\a\x7f\u0085", "⟨U+0007⟩⟨U+007F⟩⟨U+0085⟩"},
		{"tab, newline and return kept", "a\tb\nc\r\nd", "a\tb\nc\r\nd"},
		{"invalid UTF-8", "ok\xff\u202e", "ok\uFFFD⟨U+202E⟩"},
		{"non-breaking and other spaces kept", "50\u00a0km\u2009h", "50\u00a0km\u2009h"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Visible(tc.in); got != tc.want {
				t.Errorf("Visible(%+q) = %+q, want %+q", tc.in, got, tc.want)
			}
		})
	}
}

// TestRenderersShowHiddenCharacters checks that the terminal and Markdown
// renderings of a briefing, an answer and a digest show the controls in
// every piece of article text, and that the JSON keeps the original.
func TestRenderersShowHiddenCharacters(t *testing.T) {
	const rlo = "\u202e"
	b := copyBriefing(t, sample)
	b.Title += rlo + "title"
	b.Summary += rlo + "summary"
	b.Parties[0].Name += rlo + "name"
	b.Parties[0].Aliases = append(b.Parties[0].Aliases, "alias"+rlo)
	b.Parties[0].Claims[0].Claim += rlo + "claim"
	b.Parties[0].Claims[0].Speaker += rlo + "speaker"
	b.Parties[0].Claims[0].Evidence += rlo + "evidence"
	b.Facts = append(b.Facts, bot.Fact{Text: "fact" + rlo})
	b.Notes = append(b.Notes, "note"+rlo)
	b.Source.Site += rlo + "site"
	w := WordsIn("en")
	const pieces = 10
	for name, out := range map[string]string{"text": Text(w, b, 80), "markdown": Markdown(w, b)} {
		if strings.Contains(out, rlo) {
			t.Errorf("%s rendering holds a raw U+202E", name)
		}
		if n := strings.Count(out, "⟨U+202E⟩"); n < pieces {
			t.Errorf("%s rendering shows %d marks, want %d:\n%s", name, n, pieces, out)
		}
	}
	var js strings.Builder
	if err := JSON(&js, b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(js.String(), "⟨U+202E⟩") || !strings.Contains(js.String(), rlo) {
		t.Error("the JSON contract does not keep the original text")
	}
	a := &bot.Answer{Text: "The article says" + rlo, Quotes: []bot.Quote{{Sentence: 3, Text: "a quote" + rlo, Speaker: "Hong Lei" + rlo}}}
	if out := Answer(w, a, 80); strings.Contains(out, rlo) || strings.Count(out, "⟨U+202E⟩") != 3 {
		t.Errorf("answer:\n%s", out)
	}
	d := sampleDigest()
	d.Items[0].Title += rlo
	d.Items[0].Summary += rlo
	d.Items[0].Site += rlo
	d.Items[0].Parties = append(d.Items[0].Parties, "party"+rlo)
	d.Errors = append(d.Errors, "feed"+rlo)
	for name, out := range map[string]string{"text": DigestText(w, d, 200), "markdown": DigestMarkdown(w, d)} {
		if strings.Contains(out, rlo) || strings.Count(out, "⟨U+202E⟩") != 5 {
			t.Errorf("%s digest:\n%s", name, out)
		}
	}
}

// copyBriefing returns a deep copy of b.
func copyBriefing(t *testing.T, b *bot.Briefing) *bot.Briefing {
	t.Helper()
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var cp bot.Briefing
	if err := json.Unmarshal(js, &cp); err != nil {
		t.Fatal(err)
	}
	return &cp
}

func FuzzVisible(f *testing.F) {
	for _, s := range []string{"", "plain", "a\u202eb", "می\u200cخواهم", "👩\u200d🚀", "\x1b[31m", "\xff\xfe", "\u200d\u200d", "⟨U+202E⟩"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Visible(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Visible(%+q) = %+q: invalid UTF-8", s, got)
		}
		prev := utf8.RuneError
		for i, r := range got {
			if suspect(r) && !(joiner(r) && joins(prev) && joins(firstRune(got[i+utf8.RuneLen(r):]))) {
				t.Fatalf("Visible(%+q) = %+q keeps %U", s, got, r)
			}
			prev = r
		}
		if again := Visible(got); again != got {
			t.Fatalf("Visible is not idempotent: %+q then %+q", got, again)
		}
		if utf8.ValidString(s) && strings.IndexFunc(s, suspect) < 0 && got != s {
			t.Fatalf("Visible(%+q) = %+q changed harmless text", s, got)
		}
	})
}
