package command

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	berlin := Schedule{Every: Daily, Hour: 8, TimeZone: "Europe/Berlin"}
	tests := []struct {
		in   string
		want Command
	}{
		// Not commands: articles, links, questions.
		{"", Command{}},
		{"   ", Command{}},
		{"What did China say?", Command{}},
		{"https://example.com/news/1", Command{}},
		{"More than 200 people were evacuated on Tuesday.", Command{}},
		{"more than 200", Command{}},
		{"more", Command{}},
		{"Digest of the week: ministers meet", Command{}},
		{"Feed prices rose 5% in March", Command{}},
		{"feed the world", Command{}},
		{"Compare the two reports", Command{}},
		{"add more detail please", Command{}},
		{"Add to that the ministry's denial: https://a.example/x", Command{}},
		{"help me understand the sanctions", Command{}},
		{"forget about it", Command{}},
		{"digest\nThe ministry said on Tuesday that talks had collapsed.", Command{}},
		{"more 3\nand some pasted article text", Command{}},
		{"/r/news says hello", Command{}},
		{"!!!", Command{}},
		{"Digest status of the talks remains unclear", Command{}},

		// Briefing commands.
		{"help", Command{Kind: Help}},
		{"  Help? ", Command{Kind: Help}},
		{"!help", Command{Kind: Help}},
		{"/help digest", Command{Kind: Help}},
		{"?", Command{Kind: Help}},
		{"forget", Command{Kind: Forget}},
		{"/forget", Command{Kind: Forget}},
		{"brief https://example.com/a", Command{Kind: Brief, Text: "https://example.com/a"}},
		{"/brief some pasted\ntext", Command{Kind: Brief, Text: "some pasted\ntext"}},
		{"brief\nFirst line of article", Command{Kind: Brief, Text: "First line of article"}},
		{"brief", Command{Kind: Brief}},

		// Digests.
		{"digest daily 08:00 Europe/Berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"!digest daily 8:00 Europe/Berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"/Digest Daily 08:00 europe/berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"digest every day at 08:00 Europe/Berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"digest at 08:00 Europe/Berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"digest 08:00 Europe/Berlin", Command{Kind: DigestSet, Schedule: berlin}},
		{"digest daily 08:00", Command{Kind: DigestSet, Schedule: Schedule{Every: Daily, Hour: 8, TimeZone: "UTC"}}},
		{"digest weekdays 07:30 America/New_York", Command{Kind: DigestSet, Schedule: Schedule{Every: Weekdays, Hour: 7, Minute: 30, TimeZone: "America/New_York"}}},
		{"digest weekly mon 09:00 UTC", Command{Kind: DigestSet, Schedule: Schedule{Every: Weekly, Weekday: time.Monday, Hour: 9, TimeZone: "UTC"}}},
		{"digest weekly Friday 17:45 utc", Command{Kind: DigestSet, Schedule: Schedule{Every: Weekly, Weekday: time.Friday, Hour: 17, Minute: 45, TimeZone: "UTC"}}},
		{"digest every sunday 18:00 Asia/Tokyo", Command{Kind: DigestSet, Schedule: Schedule{Every: Weekly, Weekday: time.Sunday, Hour: 18, TimeZone: "Asia/Tokyo"}}},
		{`digest cron "0 8 * * 1-5" Europe/Berlin`, Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 8 * * 1-5", TimeZone: "Europe/Berlin"}}},
		{`digest cron “0 8 * * 1-5” Europe/Berlin`, Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 8 * * 1-5", TimeZone: "Europe/Berlin"}}},
		{`digest cron '30 6 * * mon-fri'`, Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "30 6 * * mon-fri", TimeZone: "UTC"}}},
		{"digest cron 0 8 * * 1-5 Europe/Berlin", Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 8 * * 1-5", TimeZone: "Europe/Berlin"}}},
		{"digest 0 8 * * 1-5 Europe/Berlin", Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 8 * * 1-5", TimeZone: "Europe/Berlin"}}},
		{`digest "0 7 * * *"`, Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 7 * * *", TimeZone: "UTC"}}},
		{"digest 0 */2 * * *", Command{Kind: DigestSet, Schedule: Schedule{Every: Cron, Cron: "0 */2 * * *", TimeZone: "UTC"}}},
		{"digest off", Command{Kind: DigestOff}},
		{"!digest stop", Command{Kind: DigestOff}},
		{"digest now", Command{Kind: DigestNow}},
		{"digest status", Command{Kind: DigestStatus}},
		{"digest status?", Command{Kind: DigestStatus}},
		{"digest", Command{Kind: DigestStatus}},
		{"digest quiet on", Command{Kind: DigestQuiet, Quiet: true}},
		{"digest quiet OFF", Command{Kind: DigestQuiet, Quiet: false}},

		// Feeds and items.
		{"feed add https://example.com/rss", Command{Kind: FeedAdd, Text: "https://example.com/rss"}},
		{"/feed add <https://example.com/rss>", Command{Kind: FeedAdd, Text: "https://example.com/rss"}},
		{"feed add <https://example.com/rss|example.com/rss>", Command{Kind: FeedAdd, Text: "https://example.com/rss"}},
		{"feed list", Command{Kind: FeedList}},
		{"feeds", Command{Kind: FeedList}},
		{"feed", Command{Kind: FeedList}},
		{"feed remove 2", Command{Kind: FeedRemove, N: 2}},
		{"!feed rm #3", Command{Kind: FeedRemove, N: 3}},
		{"more 3", Command{Kind: More, N: 3}},
		{"More #12", Command{Kind: More, N: 12}},
		{"/more 1.", Command{Kind: More, N: 1}},
		{"compare https://a.example/x https://b.example/y", Command{Kind: Compare, Links: []string{"https://a.example/x", "https://b.example/y"}}},
		{"Compare <https://a.example/x|a.example/x>\n<https://b.example/y>.", Command{Kind: Compare, Links: []string{"https://a.example/x", "https://b.example/y"}}},
		{"add https://c.example/z", Command{Kind: Add, Links: []string{"https://c.example/z"}}},
		{"!add <https://c.example/z>", Command{Kind: Add, Links: []string{"https://c.example/z"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) error %v, want %+v", tt.in, err, tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"digest daily 08:00 Europe/Berln", `digest: unknown time zone "Europe/Berln"`},
		{"digest daily 25:00 Europe/Berlin", `digest: want HH:MM, got "25:00"`},
		{"digest daily 8am", `digest: want HH:MM, got "8am"`},
		{"digest daily 08:60", `digest: want HH:MM, got "08:60"`},
		{"digest daily", `digest daily: want a time HH:MM, e.g. "digest daily 08:00 Europe/Berlin"`},
		{"digest weekdays", `digest weekdays: want a time HH:MM`},
		{"digest weekly funday 09:00", `digest: want a weekday (mon, tue, wed, thu, fri, sat or sun), got "funday"`},
		{"digest weekly", `digest weekly: want a day and a time`},
		{"digest weekly mon", `digest weekly mon: want a time HH:MM`},
		{"digest daily 08:00 Local", `digest: unknown time zone "Local"`},
		{"digest daily 08:00 Europe/Berlin please", `digest: unexpected "please" after the time zone`},
		{"digest daily 08:00 ../../etc/passwd", `digest: unknown time zone "../../etc/passwd"`},
		{`digest cron "0 8 * *" Europe/Berlin`, `digest: want a cron expression of five fields (minute hour day month weekday), got 4 in "0 8 * *"`},
		{`digest cron "* 8 * * *"`, `digest: a digest runs at most once an hour`},
		{`digest cron "*/15 * * * *"`, `digest: a digest runs at most once an hour`},
		{`digest cron "0 8 30 2 *"`, `digest: the cron expression "0 8 30 2 *" never runs`},
		{`digest cron "61 8 * * *"`, `digest: bad cron expression "61 8 * * *"`},
		{`digest cron "@daily"`, `digest: want a cron expression of five fields`},
		{`digest cron "TZ=Europe/Berlin 0 8 * * *"`, `digest: want a cron expression of five fields`},
		{`digest cron`, `digest cron: want a cron expression`},
		{`digest cron "0 8 * * 1-5" Mars/Olympus`, `digest: unknown time zone "Mars/Olympus"`},
		{"digest quiet", `digest quiet: want on or off`},
		{"digest quiet maybe", `digest quiet: want on or off, got "maybe"`},
		{"!digest sometimes", `digest: unknown option "sometimes"`},
		{"digest now please", `digest now: unexpected "please"`},
		{"feed add", `feed add: want a feed link`},
		{"feed add example.com/rss", `feed add: want a feed link starting with http:// or https://, got "example.com/rss"`},
		{"feed add ftp://example.com/rss", `feed add: want a feed link starting with http:// or https://`},
		{"feed add https://a.example/rss https://b.example/rss", `feed add: want one link, got 2 words`},
		{"feed remove", "feed remove: want an item number from feed list"},
		{"feed remove two", "feed remove: want an item number from feed list"},
		{"feed remove 0", "feed remove: want an item number from feed list"},
		{"feed remove -1", "feed remove: want an item number from feed list"},
		{"!feed subscribe-all", `feed: unknown option "subscribe-all"`},
		{"!more", "more: want an item number from the digest"},
		{"more 0", "more: want an item number from the digest"},
		{"more 99999999999", "more: want an item number from the digest"},
		{"!dgest daily", `unknown command "dgest": say "help" for the list`},
		{"compare https://a.example/x", `say "compare <link> <link> …" with two to 8 links`},
		{"compare https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4 https://a.example/5 https://a.example/6 https://a.example/7 https://a.example/8 https://a.example/9", `say "compare <link> <link> …" with two to 8 links`},
		{"add https://a.example/x https://b.example/y", `say "add <link>" with one link`},
		{"!compare the two reports", `say "compare" followed by links only`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, want error %q", tt.in, got, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error\n %q\nwant it to start with\n %q", tt.in, err, tt.want)
			}
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Errorf("error is not one line: %q", err)
			}
			if got.IsCommand() {
				t.Errorf("Parse(%q) returned command %v with an error", tt.in, got.Kind)
			}
		})
	}
}

func TestScheduleSpecRoundTrip(t *testing.T) {
	for _, in := range []string{
		"daily 08:00 Europe/Berlin",
		"weekdays 07:30 America/New_York",
		"weekly mon 09:00 UTC",
		"weekly sun 23:59 Asia/Kolkata",
		`cron "0 8 * * 1-5" Europe/Berlin`,
		"cron 15 6 1 * * Australia/Sydney",
	} {
		s, err := ParseSchedule(in)
		if err != nil {
			t.Fatalf("ParseSchedule(%q): %v", in, err)
		}
		back, err := ParseSpec(s.Spec(), s.TimeZone)
		if err != nil {
			t.Fatalf("ParseSpec(%q, %q): %v", s.Spec(), s.TimeZone, err)
		}
		if back != s {
			t.Errorf("%q: round trip %+v → %q → %+v", in, s, s.Spec(), back)
		}
		if s.Describe() == "" || strings.Contains(s.Describe(), "not scheduled") {
			t.Errorf("%q: Describe = %q", in, s.Describe())
		}
	}
	if _, err := ParseSpec("daily 08:00", "Nowhere/Land"); err == nil {
		t.Error("ParseSpec with a bad zone succeeded")
	}
}

func TestAdmins(t *testing.T) {
	set, _ := Parse("digest daily 08:00 UTC")
	now, _ := Parse("digest now")
	status, _ := Parse("digest status")
	add, _ := Parse("feed add https://example.com/rss")
	list, _ := Parse("feed list")
	more, _ := Parse("more 2")
	quiet, _ := Parse("digest quiet on")
	off, _ := Parse("digest off")
	rm, _ := Parse("feed remove 1")
	help, _ := Parse("help")
	forget, _ := Parse("forget")

	open := Admins{}
	admins := ParseAdmins(" U0ADMIN, @alice:example.org;U0TWO ")
	if open.Configured() || !admins.Configured() {
		t.Fatal("Configured is wrong")
	}
	if got := strings.Join(admins.IDs(), " "); got != "@alice:example.org U0ADMIN U0TWO" {
		t.Errorf("IDs = %q", got)
	}
	tests := []struct {
		c          Command
		adminOnly  bool
		userAllows bool // an unlisted user, with a list configured
	}{
		{set, true, false}, {now, true, false}, {quiet, true, false}, {off, true, false},
		{add, true, false}, {rm, true, false},
		{status, false, true}, {list, false, true}, {more, false, true}, {help, false, true}, {forget, false, true},
	}
	for _, tt := range tests {
		if tt.c.AdminOnly() != tt.adminOnly {
			t.Errorf("%v: AdminOnly = %v", tt.c.Kind, tt.c.AdminOnly())
		}
		if !open.Allows("U0ANYONE", tt.c) {
			t.Errorf("%v: refused with no admin list", tt.c.Kind)
		}
		if !admins.Allows("@alice:example.org", tt.c) || !admins.Allows("U0ADMIN", tt.c) {
			t.Errorf("%v: refused to an admin", tt.c.Kind)
		}
		if admins.Allows("U0ANYONE", tt.c) != tt.userAllows {
			t.Errorf("%v: Allows(unlisted) = %v", tt.c.Kind, !tt.userAllows)
		}
	}
}

func TestKindWord(t *testing.T) {
	for k := None; k <= More; k++ {
		if k.String() == "" || strings.HasPrefix(k.String(), "kind(") {
			t.Errorf("Kind %d has no name", k)
		}
	}
	if More.Word() != "more" || FeedRemove.Word() != "feed" || DigestQuiet.Word() != "digest" || None.Word() != "" {
		t.Error("Word is wrong")
	}
	if Kind(99).String() != "kind(99)" {
		t.Error("unknown kind name")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"help", "brief https://example.com", "forget", "digest daily 08:00 Europe/Berlin",
		"digest weekdays 07:30 America/New_York", "digest weekly mon 09:00 UTC",
		`digest cron "0 8 * * 1-5" Europe/Berlin`, "digest 0 8 * * 1-5", "digest off", "digest now",
		"digest status", "digest quiet on", "feed add https://example.com/rss", "feed list", "feed remove 2",
		"more 3", "!more #4", `digest cron “0 8 * * 1-5”`, "digest cron TZ=Europe", "digest '", "digest \"",
		"digest cron \"0 8 * * *\" \"", "More than 200 people", "/feed add <https://x.example|x>",
		"compare https://a.example/1 <https://b.example/2|b>", "add https://c.example/3", "!compare x", "add",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			if c.IsCommand() {
				t.Fatalf("Parse(%q) = %v and error %v", s, c.Kind, err)
			}
			msg := err.Error()
			if msg == "" || strings.ContainsAny(msg, "\n\r") {
				t.Fatalf("Parse(%q) error not one line: %q", s, msg)
			}
			if utf8.ValidString(s) && !utf8.ValidString(msg) {
				t.Fatalf("Parse(%q) error not valid UTF-8: %q", s, msg)
			}
			return
		}
		if (c.Kind == Compare || c.Kind == Add) && (len(c.Links) == 0 || len(c.Links) > MaxLinks || c.Kind == Add && len(c.Links) != 1) {
			t.Fatalf("Parse(%q) = %v with %d links", s, c.Kind, len(c.Links))
		}
		for _, l := range c.Links {
			if !isLink(l) || strings.ContainsAny(l, "<>| \n") {
				t.Fatalf("Parse(%q): link %q", s, l)
			}
		}
		if c.Kind == DigestSet {
			// A parsed schedule reads back the same from its stored form.
			back, err := ParseSpec(c.Schedule.Spec(), c.Schedule.TimeZone)
			if err != nil || back != c.Schedule {
				t.Fatalf("Parse(%q): schedule %+v does not round-trip: %+v, %v", s, c.Schedule, back, err)
			}
		}
		if (c.Kind == More || c.Kind == FeedRemove) && c.N <= 0 {
			t.Fatalf("Parse(%q) = %v with N %d", s, c.Kind, c.N)
		}
	})
}
