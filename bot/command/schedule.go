package command

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on hosts and images without a zoneinfo database

	"github.com/robfig/cron/v3"
)

// Schedule frequencies.
const (
	Daily    = "daily"
	Weekdays = "weekdays" // Monday to Friday
	Weekly   = "weekly"
	Cron     = "cron"
)

// Schedule is when a conversation's digest runs, in its time zone.
type Schedule struct {
	// Every is Daily, Weekdays, Weekly or Cron.
	Every string
	// Hour and Minute are the local time of Daily, Weekdays and Weekly.
	Hour, Minute int
	// Weekday is Weekly's day.
	Weekday time.Weekday
	// Cron is Cron's five-field expression (minute hour day-of-month month
	// day-of-week), as given.
	Cron string
	// TimeZone is an IANA time zone name ("Europe/Berlin", "UTC").
	TimeZone string
}

// DefaultTimeZone is the time zone of a schedule given without one.
const DefaultTimeZone = "UTC"

// Spec returns the schedule without its time zone in the form Parse reads
// after "digest": "daily 08:00", "weekdays 07:30", "weekly mon 09:00",
// "cron 0 8 * * 1-5".
func (s Schedule) Spec() string {
	switch s.Every {
	case Daily, Weekdays:
		return fmt.Sprintf("%s %02d:%02d", s.Every, s.Hour, s.Minute)
	case Weekly:
		return fmt.Sprintf("weekly %s %02d:%02d", strings.ToLower(s.Weekday.String()[:3]), s.Hour, s.Minute)
	case Cron:
		return "cron " + s.Cron
	}
	return ""
}

// String returns Spec and the time zone.
func (s Schedule) String() string { return s.Spec() + " " + s.TimeZone }

// Describe returns the schedule in words: "every day at 08:00
// (Europe/Berlin)".
func (s Schedule) Describe() string {
	at := fmt.Sprintf("%02d:%02d", s.Hour, s.Minute)
	var what string
	switch s.Every {
	case Daily:
		what = "every day at " + at
	case Weekdays:
		what = "every weekday (Monday to Friday) at " + at
	case Weekly:
		what = "every " + s.Weekday.String() + " at " + at
	case Cron:
		what = "on the cron schedule \"" + s.Cron + "\""
	default:
		return "not scheduled"
	}
	return what + " (" + s.TimeZone + ")"
}

// Location loads the schedule's time zone.
func (s Schedule) Location() (*time.Location, error) { return LoadLocation(s.TimeZone) }

// ParseSchedule reads a schedule as it follows "digest": "daily 08:00
// Europe/Berlin", "weekdays 07:30 America/New_York", "weekly mon 09:00 UTC",
// `cron "0 8 * * 1-5" Europe/Berlin`, or a bare five-field cron expression
// with an optional time zone. A missing time zone is UTC.
func ParseSchedule(text string) (Schedule, error) {
	args := fields(text)
	if len(args) == 0 {
		return Schedule{}, errors.New("digest: want a schedule: " + digestUsage)
	}
	return parseScheduleArgs(args)
}

// ParseSpec reads a schedule stored as Spec() and a time zone.
func ParseSpec(spec, timeZone string) (Schedule, error) {
	s, err := ParseSchedule(spec)
	if err != nil {
		return Schedule{}, err
	}
	if timeZone != "" {
		if _, err := LoadLocation(timeZone); err != nil {
			return Schedule{}, fmt.Errorf("digest: unknown time zone %q", timeZone)
		}
		s.TimeZone = timeZone
	}
	return s, nil
}

func parseScheduleArgs(args []string) (Schedule, error) {
	var s Schedule
	first := strings.ToLower(args[0])
	rest := args[1:]
	switch {
	case first == "daily" || first == "every" && len(rest) > 0 && strings.EqualFold(rest[0], "day"):
		if first == "every" {
			rest = rest[1:]
		}
		s.Every = Daily
		rest = skipAt(rest)
		if err := s.parseTime(rest, "daily"); err != nil {
			return Schedule{}, err
		}
		rest = rest[1:]
	case first == "weekdays" || first == "every" && len(rest) > 0 && strings.EqualFold(rest[0], "weekday"):
		if first == "every" {
			rest = rest[1:]
		}
		s.Every = Weekdays
		rest = skipAt(rest)
		if err := s.parseTime(rest, "weekdays"); err != nil {
			return Schedule{}, err
		}
		rest = rest[1:]
	case first == "weekly" || first == "every" && len(rest) > 0 && isWeekday(rest[0]):
		s.Every = Weekly
		if len(rest) == 0 {
			return Schedule{}, errors.New(`digest weekly: want a day and a time, e.g. "digest weekly mon 09:00 UTC"`)
		}
		d, ok := parseWeekday(rest[0])
		if !ok {
			return Schedule{}, fmt.Errorf("digest: want a weekday (mon, tue, wed, thu, fri, sat or sun), got %q", truncate(rest[0], 30))
		}
		s.Weekday = d
		rest = skipAt(rest[1:])
		if err := s.parseTime(rest, "weekly "+strings.ToLower(d.String()[:3])); err != nil {
			return Schedule{}, err
		}
		rest = rest[1:]
	case first == "at" || strings.Contains(first, ":") && !isQuoted(first):
		// "digest 08:00 Europe/Berlin" is daily.
		if first == "at" {
			rest = args[1:]
		} else {
			rest = args
		}
		s.Every = Daily
		if err := s.parseTime(rest, "daily"); err != nil {
			return Schedule{}, err
		}
		rest = rest[1:]
	default:
		// cron "0 8 * * 1-5" tz, cron 0 8 * * 1-5 tz, or the same without
		// the word cron.
		if first == "cron" {
			rest = args[1:]
		} else {
			rest = args
		}
		if len(rest) == 0 {
			return Schedule{}, errors.New(`digest cron: want a cron expression, e.g. digest cron "0 8 * * 1-5" Europe/Berlin`)
		}
		var expr string
		if q, ok := unquote(rest[0]); ok {
			expr, rest = q, rest[1:]
		} else {
			n := min(5, len(rest))
			// Fewer than five fields before a time zone name.
			for i := range n {
				if strings.Contains(rest[i], "/") && strings.IndexFunc(rest[i], isLetter) >= 0 || strings.EqualFold(rest[i], "utc") {
					n = i
					break
				}
			}
			expr, rest = strings.Join(rest[:n], " "), rest[n:]
		}
		if _, err := ParseCron(expr); err != nil {
			return Schedule{}, err
		}
		s.Every, s.Cron = Cron, strings.Join(strings.Fields(expr), " ")
	}
	s.TimeZone = DefaultTimeZone
	if len(rest) > 0 {
		loc, err := LoadLocation(rest[0])
		if err != nil {
			return Schedule{}, fmt.Errorf("digest: unknown time zone %q", truncate(rest[0], 60))
		}
		s.TimeZone = loc.String()
		rest = rest[1:]
	}
	if len(rest) > 0 {
		return Schedule{}, fmt.Errorf("digest: unexpected %q after the time zone", truncate(strings.Join(rest, " "), 40))
	}
	return s, nil
}

func isLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

func skipAt(args []string) []string {
	if len(args) > 0 && strings.EqualFold(args[0], "at") {
		return args[1:]
	}
	return args
}

// parseTime reads HH:MM from args[0].
func (s *Schedule) parseTime(args []string, what string) error {
	if len(args) == 0 {
		return fmt.Errorf("digest %s: want a time HH:MM, e.g. \"digest %s 08:00 Europe/Berlin\"", what, what)
	}
	h, m, ok := parseClock(args[0])
	if !ok {
		return fmt.Errorf("digest: want HH:MM, got %q", truncate(args[0], 30))
	}
	s.Hour, s.Minute = h, m
	return nil
}

// parseClock reads "08:00", "8:00" or "08.00" (24-hour clock).
func parseClock(t string) (h, m int, ok bool) {
	hs, ms, found := strings.Cut(t, ":")
	if !found {
		hs, ms, found = strings.Cut(t, ".")
	}
	if !found || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || hs[0] == '+' || hs[0] == '-' || ms[0] == '+' || ms[0] == '-' ||
		h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday,
	"mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

func parseWeekday(s string) (time.Weekday, bool) {
	d, ok := weekdays[strings.ToLower(strings.TrimSuffix(s, ","))]
	return d, ok
}

func isWeekday(s string) bool {
	_, ok := parseWeekday(s)
	return ok
}

// LoadLocation loads an IANA time zone by name. It accepts "UTC" and "GMT"
// in any case and a name in the wrong case ("europe/berlin"), and refuses
// "Local" and the empty name, which depend on the server.
func LoadLocation(name string) (*time.Location, error) {
	n := strings.TrimSpace(name)
	switch strings.ToUpper(n) {
	case "":
		return nil, errors.New("no time zone")
	case "UTC", "GMT", "Z", "ETC/UTC":
		return time.UTC, nil
	case "LOCAL":
		return nil, fmt.Errorf("time zone %q depends on the server", n)
	}
	if len(n) > 64 || strings.ContainsAny(n, " \\") {
		return nil, fmt.Errorf("unknown time zone %q", n)
	}
	loc, err := time.LoadLocation(n)
	if err == nil {
		return loc, nil
	}
	if alt := titleZone(n); alt != n {
		if loc, err2 := time.LoadLocation(alt); err2 == nil {
			return loc, nil
		}
	}
	return nil, err
}

// titleZone capitalises a zone name's words: "america/new_york" →
// "America/New_York".
func titleZone(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '/' || c == '_' || c == '-'
	}
	return string(b)
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow)

// ParseCron parses a five-field cron expression (minute hour day-of-month
// month day-of-week; names such as mon-fri and jan allowed, no @descriptors
// and no TZ= prefix: the time zone is the schedule's). A digest runs at most
// once an hour, so the minute field must be a single value; and the
// expression must run at least once (not "0 8 30 2 *").
func ParseCron(expr string) (*cron.SpecSchedule, error) {
	e := strings.Join(strings.Fields(expr), " ")
	if e == "" {
		return nil, errors.New(`digest cron: want a cron expression, e.g. digest cron "0 8 * * 1-5" Europe/Berlin`)
	}
	if strings.ContainsAny(e, "=@") {
		return nil, fmt.Errorf("digest: want a cron expression of five fields (minute hour day month weekday), got %q", truncate(e, 60))
	}
	if n := len(strings.Fields(e)); n != 5 {
		return nil, fmt.Errorf("digest: want a cron expression of five fields (minute hour day month weekday), got %d in %q", n, truncate(e, 60))
	}
	sched, err := safeParseCron(e)
	if err != nil {
		return nil, fmt.Errorf("digest: bad cron expression %q: %v", truncate(e, 60), err)
	}
	spec, ok := sched.(*cron.SpecSchedule)
	if !ok {
		return nil, fmt.Errorf("digest: bad cron expression %q", truncate(e, 60))
	}
	const starBit = 1 << 63
	if bits.OnesCount64(spec.Minute&^starBit) != 1 {
		return nil, errors.New(`digest: a digest runs at most once an hour: give the cron expression a single minute, e.g. "0 8 * * 1-5"`)
	}
	if !cronRuns(spec) {
		return nil, fmt.Errorf("digest: the cron expression %q never runs", truncate(e, 60))
	}
	return spec, nil
}

// safeParseCron parses with robfig/cron, turning a panic on odd input into
// an error.
func safeParseCron(e string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("unreadable expression")
		}
	}()
	return cronParser.Parse(e)
}

// cronRuns reports whether some month has one of the expression's days
// (when only the day of the month restricts the days).
func cronRuns(s *cron.SpecSchedule) bool {
	const starBit = 1 << 63
	domStar, dowStar := s.Dom&starBit != 0, s.Dow&starBit != 0
	if s.Dow&^starBit == 0 || s.Dom&^starBit == 0 || s.Month&^starBit == 0 || s.Hour&^starBit == 0 {
		return false
	}
	if domStar || !dowStar {
		// Every day of the month, or either field may match (cron ORs them
		// when both are restricted).
		return true
	}
	maxDay := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for m := 1; m <= 12; m++ {
		if s.Month&(1<<uint(m)) == 0 {
			continue
		}
		for d := 1; d <= maxDay[m]; d++ {
			if s.Dom&(1<<uint(d)) != 0 {
				return true
			}
		}
	}
	return false
}
