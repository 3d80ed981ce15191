package digest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/ground"
	"github.com/briefbot/briefbot/bot/offline"
	"github.com/briefbot/briefbot/bot/qa"
	"github.com/briefbot/briefbot/bot/story"
)

// storyFeeds are feeds of invented outlets (one per outlet, as a reader
// would follow them) carrying the story fixtures of bot/story: five
// outlets on a dock strike, two on a data breach, and a football report
// from the strike's country.
var storyFeeds = map[string][]string{
	"Meridian Press":           {"s1-wire-en.txt", "t1-wire-en.txt", "u1-en.txt"},
	"The Lindholt Ledger":      {"s2-daily-en.txt"},
	"The Veskarian Patriot":    {"s3-patriot-en.txt"},
	"Le Courrier de Vallonne":  {"s4-courrier-fr.txt"},
	"Allgemeine Küstenzeitung": {"s5-zeitung-de.txt"},
	"Brenmoor Evening Post":    {"t2-daily-en.txt"},
}

// TestDigestGroupsStories: a digest of those feeds lists each story once
// ("5 outlets: …"), the football report on its own; "more N" on the
// strike posts its story briefing in a thread, where a follow-up is
// answered from every outlet.
func TestDigestGroupsStories(t *testing.T) {
	ctx := context.Background()
	dir := "../story/testdata/port-strike"
	var gold struct {
		Dates map[string]string `json:"dates"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	off := offline.New()
	eng := &bot.Engine{
		Backend: bot.Combine(off.ID(), off, &qa.Answerer{}),
		Fetcher: e.articles,
		Threads: e.store,
		Ground:  func(text string, b *bot.Briefing) { ground.New(text).Check(b) },
		QuoteOK: func(text, q string) bool { return ground.New(text).Contains(q) },
		Limits:  testLimits,
		Now:     e.clock.Now,
		Stories: story.Merger{},
	}
	e.s.Briefer, e.s.Stories = eng, eng.Stories
	eng.Commands = e.s
	outlets := map[string]string{}
	n := 0
	for site, files := range storyFeeds {
		var items strings.Builder
		for _, f := range files {
			text, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			title, _, _ := strings.Cut(string(text), "\n")
			path := "/story/" + strings.TrimSuffix(f, ".txt")
			e.feeds.articles[path] = string(text)
			at, err := time.Parse(time.RFC3339, gold.Dates[f])
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&items, "<item><title>%s</title><link>{{BASE}}%s</link><guid>%s</guid><pubDate>%s</pubDate></item>\n",
				title, path, f, at.Format(time.RFC1123Z))
			outlets[f] = site
		}
		n++
		feed := fmt.Sprintf("/feeds/outlet%d.xml", n)
		e.feeds.setFeed(feed, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>`+site+`</title><link>{{BASE}}/</link><description>test</description>`+items.String()+`</channel></rss>`)
		e.addFeed(feed)
	}
	send := func(id, thread, text string, mentioned bool) *bot.Reply {
		t.Helper()
		m := &bot.Message{Platform: "slack", Conversation: "C1", ID: bot.MessageID(id), Thread: bot.MessageID(thread), User: "U0ADMIN", Text: text, Mentioned: mentioned}
		before := len(e.chat.Posts())
		if err := eng.Handle(ctx, bottest.PostOnly(e.chat), m); err != nil {
			t.Fatalf("Handle(%q): %v", text, err)
		}
		ps := e.chat.Posts()
		if len(ps) == before {
			t.Fatalf("Handle(%q) posted nothing", text)
		}
		return ps[len(ps)-1].Reply
	}
	d := send("a1", "", "digest now", true)
	if d.Kind != bot.ReplyDigest {
		t.Fatalf("digest now = %+v", d)
	}
	var strike, breach *bot.DigestItem
	for i, it := range d.Digest.Items {
		switch {
		case strings.Contains(it.Title, "Sarrow") || strings.Contains(it.Title, "Veskarie") || len(it.Outlets) == 5:
			strike = &d.Digest.Items[i]
		case strings.Contains(it.Title, "Brenmoor"):
			breach = &d.Digest.Items[i]
		}
	}
	if len(d.Digest.Items) != 3 || strike == nil || breach == nil {
		t.Fatalf("digest items %+v, want the strike, the breach and the football report", d.Digest.Items)
	}
	for _, f := range []string{"s1-wire-en.txt", "s2-daily-en.txt", "s3-patriot-en.txt", "s4-courrier-fr.txt", "s5-zeitung-de.txt"} {
		if !slices.Contains(strike.Outlets, outlets[f]) {
			t.Errorf("the strike's entry names %v, not %s", strike.Outlets, outlets[f])
		}
	}
	if len(breach.Outlets) != 2 {
		t.Errorf("the breach's entry names %v, want its two outlets", breach.Outlets)
	}

	more := send("a2", "a1", fmt.Sprintf("more %d", strike.N), true)
	if more.Kind != bot.ReplyBriefing || len(more.Briefing.Sources) != 5 {
		t.Fatalf("more %d = %+v, want the story briefing of five sources", strike.N, more)
	}
	ans := send("a3", "a1", "How many people were arrested?", false)
	if ans.Kind != bot.ReplyAnswer || ans.Answer.NotInArticle || !slices.ContainsFunc(ans.Answer.Quotes, func(q bot.Quote) bool { return q.Source != "" && strings.Contains(q.Text, "37") }) {
		t.Errorf("follow-up in the story's thread = %+v", ans.Answer)
	}
}
