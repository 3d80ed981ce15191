package digest

import (
	"fmt"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/briefbot/briefbot/bot/command"
)

// Schedule is a parsed digest schedule in its time zone. Make one with
// NewSchedule or ParseSchedule.
type Schedule struct {
	command.Schedule
	loc  *time.Location
	cron *cron.SpecSchedule
}

// NewSchedule checks s and loads its time zone.
func NewSchedule(s command.Schedule) (*Schedule, error) {
	loc, err := s.Location()
	if err != nil {
		return nil, fmt.Errorf("digest: unknown time zone %q", s.TimeZone)
	}
	out := &Schedule{Schedule: s, loc: loc}
	switch s.Every {
	case command.Daily, command.Weekdays, command.Weekly:
		if s.Hour < 0 || s.Hour > 23 || s.Minute < 0 || s.Minute > 59 {
			return nil, fmt.Errorf("digest: want HH:MM, got %02d:%02d", s.Hour, s.Minute)
		}
	case command.Cron:
		c, err := command.ParseCron(s.Cron)
		if err != nil {
			return nil, err
		}
		out.cron = c
	default:
		return nil, fmt.Errorf("digest: unknown schedule %q", s.Every)
	}
	return out, nil
}

// ParseSchedule reads a schedule stored as its spec ("daily 08:00") and
// time zone.
func ParseSchedule(spec, timeZone string) (*Schedule, error) {
	s, err := command.ParseSpec(spec, timeZone)
	if err != nil {
		return nil, err
	}
	return NewSchedule(s)
}

// Location returns the schedule's time zone.
func (s *Schedule) Location() *time.Location { return s.loc }

// Next returns the first run of the schedule strictly after after, in the
// schedule's time zone, or the zero time if it never runs again (a cron
// expression for 29 February runs within eight years, so only a broken
// schedule returns zero).
//
// Runs happen at the schedule's local wall-clock time on both sides of a
// daylight-saving change. A local time that does not exist on the day the
// clocks go forward (02:30 in Europe/Berlin on 2026-03-29) runs once, as
// much later as the clocks jumped (03:30 CEST); a local time that happens
// twice on the day they go back runs once, the first time.
func (s *Schedule) Next(after time.Time) time.Time {
	local := after.In(s.loc)
	y, m, d := local.Date()
	horizon := 9
	if s.cron != nil {
		horizon = 366*8 + 2
	}
	var best time.Time
	// From the day before: a slot late on that day may move past midnight
	// when the clocks jump.
	for i := -1; i <= horizon; i++ {
		day := time.Date(y, m, d+i, 0, 0, 0, 0, time.UTC)
		found := false
		s.slots(day, func(h, mi int) {
			t := localTime(day, h, mi, s.loc)
			if t.After(after) && (best.IsZero() || t.Before(best)) {
				best = t
				found = true
			}
		})
		// A slot of the next day cannot come before one of this day, but
		// look one day further for the odd zone that skips a whole day.
		if !best.IsZero() && !found {
			break
		}
	}
	if best.IsZero() {
		return time.Time{}
	}
	return best.In(s.loc)
}

// slots calls fn with each local time (hour, minute) the schedule runs on
// the date of day (a UTC midnight standing for a local date).
func (s *Schedule) slots(day time.Time, fn func(h, mi int)) {
	switch s.Every {
	case command.Daily:
		fn(s.Hour, s.Minute)
	case command.Weekdays:
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			fn(s.Hour, s.Minute)
		}
	case command.Weekly:
		if day.Weekday() == s.Weekday {
			fn(s.Hour, s.Minute)
		}
	case command.Cron:
		if s.cron == nil || s.cron.Month&(1<<uint(day.Month())) == 0 || !cronDay(s.cron, day) {
			return
		}
		for h := range 24 {
			if s.cron.Hour&(1<<uint(h)) == 0 {
				continue
			}
			for mi := range 60 {
				if s.cron.Minute&(1<<uint(mi)) != 0 {
					fn(h, mi)
				}
			}
		}
	}
}

// cronDay reports whether the cron expression runs on day, with cron's
// rule that a restricted day of month and a restricted day of week are
// alternatives.
func cronDay(c *cron.SpecSchedule, day time.Time) bool {
	const starBit = 1 << 63
	dom := c.Dom&(1<<uint(day.Day())) != 0
	dow := c.Dow&(1<<uint(day.Weekday())) != 0
	if c.Dom&starBit != 0 || c.Dow&starBit != 0 {
		return dom && dow
	}
	return dom || dow
}

// localTime returns the instant at which the clocks of loc show hour h,
// minute mi on the date of day (a UTC midnight standing for a local
// date). When that wall time happens twice (the clocks go back), it is the
// first; when it does not happen (the clocks go forward), it is that wall
// time read with the offset before the change, which is as much later as
// the clocks jumped.
func localTime(day time.Time, h, mi int, loc *time.Location) time.Time {
	wall := time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, time.UTC)
	var best time.Time
	for _, probe := range []time.Duration{-36 * time.Hour, 0, 36 * time.Hour} {
		_, off := wall.Add(probe).In(loc).Zone()
		t := wall.Add(-time.Duration(off) * time.Second)
		if sameWall(t.In(loc), wall) && (best.IsZero() || t.Before(best)) {
			best = t
		}
	}
	if !best.IsZero() {
		return best
	}
	_, before := wall.Add(-36 * time.Hour).In(loc).Zone()
	return wall.Add(-time.Duration(before) * time.Second)
}

func sameWall(t, wall time.Time) bool {
	y, m, d := t.Date()
	wy, wm, wd := wall.Date()
	return y == wy && m == wm && d == wd && t.Hour() == wall.Hour() && t.Minute() == wall.Minute()
}
