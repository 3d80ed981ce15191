package web_test

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

func ExampleFetcher_ExtractHTML() {
	f := web.New(web.Options{Limits: bot.Limits{MinWords: 5}})
	page := []byte(`<html><head><title>Ferry returns</title><meta property="og:site_name" content="Island Post"></head>
<body><nav>Home | News</nav><article><h1>Ferry returns</h1>
<p>The island ferry resumed its winter timetable on Friday after three weeks of repairs.</p>
<p>The operator said crossings would run twice a day until March.</p></article></body></html>`)
	a, err := f.ExtractHTML(context.Background(), page, "")
	if err != nil {
		fmt.Println(bot.ErrorMessage(err))
		return
	}
	fmt.Println(a.Title, "/", a.Site)
	fmt.Println(a.Text)
	// Output:
	// Ferry returns / Island Post
	// The island ferry resumed its winter timetable on Friday after three weeks of repairs.
	//
	// The operator said crossings would run twice a day until March.
}

func ExampleFetcher_Fetch() {
	f := web.New(web.Options{})
	_, err := f.Fetch(context.Background(), "ftp://example.com/report.txt")
	fmt.Println(bot.ErrorCode(err), "-", bot.ErrorMessage(err))
	// Output:
	// unsupported - Briefbot only opens http and https links, not ftp: links: paste the article's text instead.
}
