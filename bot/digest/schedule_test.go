package digest

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/command"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func mustSchedule(t *testing.T, text string) *Schedule {
	t.Helper()
	cs, err := command.ParseSchedule(text)
	if err != nil {
		t.Fatalf("ParseSchedule(%q): %v", text, err)
	}
	s, err := NewSchedule(cs)
	if err != nil {
		t.Fatalf("NewSchedule(%q): %v", text, err)
	}
	return s
}

// runs returns the first n runs of s after start.
func runs(s *Schedule, start time.Time, n int) []time.Time {
	var out []time.Time
	t := start
	for range n {
		t = s.Next(t)
		if t.IsZero() {
			break
		}
		out = append(out, t)
	}
	return out
}

func TestNext(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	ny := mustLoad(t, "America/New_York")
	utc := time.UTC
	tests := []struct {
		name     string
		schedule string
		after    time.Time
		want     []string // successive runs, RFC 3339 with the local offset
	}{
		{"daily, later today", "daily 08:00 Europe/Berlin", time.Date(2026, 6, 1, 7, 59, 0, 0, berlin),
			[]string{"2026-06-01T08:00:00+02:00", "2026-06-02T08:00:00+02:00"}},
		{"daily, exactly at a run is the next day", "daily 08:00 Europe/Berlin", time.Date(2026, 6, 1, 8, 0, 0, 0, berlin),
			[]string{"2026-06-02T08:00:00+02:00"}},
		{"daily from another zone", "daily 08:00 Europe/Berlin", time.Date(2026, 6, 1, 23, 30, 0, 0, utc),
			[]string{"2026-06-02T08:00:00+02:00"}},
		{"daily across spring forward, Berlin", "daily 08:00 Europe/Berlin", time.Date(2026, 3, 27, 9, 0, 0, 0, berlin),
			[]string{"2026-03-28T08:00:00+01:00", "2026-03-29T08:00:00+02:00", "2026-03-30T08:00:00+02:00"}},
		{"daily across fall back, Berlin", "daily 08:00 Europe/Berlin", time.Date(2026, 10, 23, 9, 0, 0, 0, berlin),
			[]string{"2026-10-24T08:00:00+02:00", "2026-10-25T08:00:00+01:00", "2026-10-26T08:00:00+01:00"}},
		{"daily across spring forward, New York", "daily 08:00 America/New_York", time.Date(2026, 3, 6, 12, 0, 0, 0, ny),
			[]string{"2026-03-07T08:00:00-05:00", "2026-03-08T08:00:00-04:00", "2026-03-09T08:00:00-04:00"}},
		{"daily across fall back, New York", "daily 08:00 America/New_York", time.Date(2026, 10, 30, 12, 0, 0, 0, ny),
			[]string{"2026-10-31T08:00:00-04:00", "2026-11-01T08:00:00-05:00", "2026-11-02T08:00:00-05:00"}},
		// 02:30 does not exist on 2026-03-29 in Berlin: it runs once, an
		// hour later (03:30 CEST), then at 02:30 again.
		{"02:30 on spring forward, Berlin", "daily 02:30 Europe/Berlin", time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"}},
		{"02:30 on spring forward, New York", "daily 02:30 America/New_York", time.Date(2026, 3, 7, 12, 0, 0, 0, ny),
			[]string{"2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00"}},
		// 02:30 happens twice on 2026-10-25 in Berlin: it runs once, the
		// first time (CEST).
		{"02:30 on fall back, Berlin", "daily 02:30 Europe/Berlin", time.Date(2026, 10, 24, 12, 0, 0, 0, berlin),
			[]string{"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"}},
		{"01:30 on fall back, New York", "daily 01:30 America/New_York", time.Date(2026, 10, 31, 12, 0, 0, 0, ny),
			[]string{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}},
		{"weekdays skip the weekend", "weekdays 07:30 America/New_York", time.Date(2026, 11, 27, 8, 0, 0, 0, ny), // a Friday
			[]string{"2026-11-30T07:30:00-05:00", "2026-12-01T07:30:00-05:00"}},
		{"weekdays across spring forward", "weekdays 07:30 America/New_York", time.Date(2026, 3, 6, 8, 0, 0, 0, ny), // Friday
			[]string{"2026-03-09T07:30:00-04:00"}},
		{"weekly", "weekly mon 09:00 UTC", time.Date(2026, 11, 30, 9, 0, 0, 0, utc),
			[]string{"2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z"}},
		{"weekly across fall back", "weekly sun 09:00 Europe/Berlin", time.Date(2026, 10, 20, 0, 0, 0, 0, berlin),
			[]string{"2026-10-25T09:00:00+01:00", "2026-11-01T09:00:00+01:00"}},
		{"cron weekdays", `cron "0 8 * * 1-5" Europe/Berlin`, time.Date(2026, 3, 27, 9, 0, 0, 0, berlin), // Friday
			[]string{"2026-03-30T08:00:00+02:00", "2026-03-31T08:00:00+02:00"}},
		{"cron twice a day", `cron "15 6,18 * * *" UTC`, time.Date(2026, 1, 1, 7, 0, 0, 0, utc),
			[]string{"2026-01-01T18:15:00Z", "2026-01-02T06:15:00Z"}},
		{"cron 02:30 on spring forward", `cron "30 2 * * *" Europe/Berlin`, time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"}},
		// 02:00 moves to 03:00, the instant of the 03:00 run: one run.
		{"cron 02:00 and 03:00 on spring forward", `cron "0 2,3 * * *" Europe/Berlin`, time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"2026-03-29T03:00:00+02:00", "2026-03-30T02:00:00+02:00"}},
		{"cron 02:30 on fall back", `cron "30 2 * * *" Europe/Berlin`, time.Date(2026, 10, 24, 12, 0, 0, 0, berlin),
			[]string{"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"}},
		{"cron day of month or weekday", `cron "0 9 1 * mon" UTC`, time.Date(2026, 11, 27, 0, 0, 0, 0, utc),
			[]string{"2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z", "2026-12-07T09:00:00Z"}},
		{"cron 29 February", `cron "0 12 29 2 *" UTC`, time.Date(2026, 1, 1, 0, 0, 0, 0, utc),
			[]string{"2028-02-29T12:00:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustSchedule(t, tt.schedule)
			got := runs(s, tt.after, len(tt.want))
			if len(got) != len(tt.want) {
				t.Fatalf("runs = %v, want %v", got, tt.want)
			}
			for i, w := range tt.want {
				if g := got[i].Format(time.RFC3339); g != w {
					t.Errorf("run %d = %s, want %s", i+1, g, w)
				}
				if got[i].Location() != s.Location() {
					t.Errorf("run %d in %v, want the schedule's zone", i+1, got[i].Location())
				}
			}
		})
	}
}

// TestNextEveryDayAcrossDST steps a daily digest through a whole year in
// several zones: it runs once a day, at 08:00 local, whatever the offset.
func TestNextEveryDayAcrossDST(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"} {
		s := mustSchedule(t, "daily 08:00 "+zone)
		loc := s.Location()
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
		rs := runs(s, start, 365)
		for i, r := range rs {
			want := time.Date(2026, 1, 1+i, 8, 0, 0, 0, loc)
			if !r.Equal(want) || r.Hour() != 8 || r.Minute() != 0 {
				t.Fatalf("%s: run %d = %v, want %v", zone, i+1, r, want)
			}
		}
	}
}

// TestNextSpringForwardOnce steps a 02:30 schedule through the
// spring-forward day minute by minute: exactly one run that day.
func TestNextSpringForwardOnce(t *testing.T) {
	for _, tc := range []struct{ zone, day string }{
		{"Europe/Berlin", "2026-03-29"}, {"America/New_York", "2026-03-08"},
		{"Europe/Berlin", "2026-10-25"}, {"America/New_York", "2026-11-01"},
	} {
		for _, sched := range []string{"daily 02:30 " + tc.zone, `cron "30 2 * * *" ` + tc.zone, "daily 01:30 " + tc.zone} {
			s := mustSchedule(t, sched)
			loc := s.Location()
			d, _ := time.ParseInLocation("2006-01-02", tc.day, loc)
			end := d.AddDate(0, 0, 1)
			// A ticker every 30 s from 23:00 the day before: each time Next
			// says a run is due, the scheduler runs it and asks again.
			count := 0
			next := s.Next(d.Add(-time.Hour))
			for now := d.Add(-time.Hour); now.Before(end); now = now.Add(30 * time.Second) {
				if !now.Before(next) {
					if next.Year() == d.Year() && next.YearDay() == d.YearDay() {
						count++
					}
					next = s.Next(now)
				}
			}
			if count != 1 {
				t.Errorf("%s on %s: %d runs, want 1", sched, tc.day, count)
			}
		}
	}
}

func TestNewScheduleErrors(t *testing.T) {
	for _, cs := range []command.Schedule{
		{Every: command.Daily, Hour: 8, TimeZone: "Nowhere/Land"},
		{Every: command.Daily, Hour: 25, TimeZone: "UTC"},
		{Every: command.Cron, Cron: "* * * * *", TimeZone: "UTC"},
		{Every: "hourly", TimeZone: "UTC"},
	} {
		if _, err := NewSchedule(cs); err == nil {
			t.Errorf("NewSchedule(%+v) succeeded", cs)
		}
	}
	if _, err := ParseSchedule("daily 08:00", "Europe/Berlin"); err != nil {
		t.Errorf("ParseSchedule: %v", err)
	}
	if _, err := ParseSchedule("fortnightly", "UTC"); err == nil {
		t.Error("ParseSchedule of a bad spec succeeded")
	}
}
