package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestQuotesSpeech: quotation marks quote someone's words when they
// enclose a few words or are left open (the quotation runs on from or into
// another sentence); a title or a word set off in them quotes no one.
func TestQuotesSpeech(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The jury gave its top prize to “Blue Harbour”, a drama starring Omar Beck.", false},
		{"Police broke up a “high-end” gambling ring in the port.", false},
		{"Beck on the jury: “They never watched the film to the end.”", true},
		{"He called the ruling \"null and void\".", true},
		{"“We will appeal, and we will win.", true},
		{"No quotation at all here.", false},
	} {
		if got := quotesSpeech(tc.s); got != tc.want {
			t.Errorf("quotesSpeech(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestTitleInQuotesIsNoStatement: a sentence the briefing gives no one
// that names the speaker asked about and sets a title in quotation marks
// reports nothing they said; one that quotes their words does.
func TestTitleInQuotesIsNoStatement(t *testing.T) {
	const text = "Festival ends with a drama\n\n" +
		"The Lakeside film festival closed on Sunday night after ten days of screenings.\n\n" +
		"The jury gave its top prize to “Blue Harbour”, a drama starring Lena Voss and Omar Beck.\n\n" +
		"Voss, whose role in “Blue Harbour” drew praise from critics, received an honorary award at the gala dinner.\n\n" +
		"Tickets for next year go on sale in May.\n"
	const quoted = "Festival ends with a drama\n\n" +
		"The Lakeside film festival closed on Sunday night after ten days of screenings.\n\n" +
		"The jury gave its top prize to “Blue Harbour”, a drama starring Lena Voss and Omar Beck.\n\n" +
		"Beck on the jury and its verdict: “They never watched the film to the end.”\n\n" +
		"Tickets for next year go on sale in May.\n"
	runStatementCases(t, []statementCase{
		{name: "a title is no quotation", code: "en", text: text, q: "What did Omar Beck say about the jury?"},
		{name: "a quotation is", code: "en", text: quoted, q: "What did Omar Beck say about the jury?", quote: "never watched"},
	})
}

// TestWebAddressIsNoAnswer: a web address on its own line is no sentence
// to quote, though its path holds the question's words.
func TestWebAddressIsNoAnswer(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"https://www.example.com/news/new-poetry-anthology-1234.php", true},
		{"www.example.com/news/poems", true},
		{"Read more at https://www.example.com/news today.", false},
		{"The anthology comes out in June.", false},
	} {
		if got := webAddress(tc.s); got != tc.want {
			t.Errorf("webAddress(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	const text = "Poets write through the lockdown\n\n" +
		"More than eighty poets wrote about the lockdown for a new book.\n\n" +
		"Their poems are in a poetry anthology, “Letters From the Quiet City,” coming out in June from a small press in Leeds, with a foreword by the editor and drawings by local children.\n\n" +
		"https://www.example.com/news/New-poetry-anthology-gathers-dozens-of-lockdown-poems-1234.php\n\n" +
		"Sales will go to a fund for bookshops.\n"
	a, err := bot.NewArticle([]byte(text), bot.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := (&Answerer{}).Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: &bot.Briefing{Language: "en"}, Question: "What is the new poetry anthology called?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ans.NotInArticle || !slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, "Letters From the Quiet City") }) ||
		slices.ContainsFunc(ans.Quotes, func(q bot.Quote) bool { return strings.Contains(q.Text, "https://") }) {
		t.Errorf("%+v, want the anthology's sentence and no web address", ans)
	}
}
