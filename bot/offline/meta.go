package offline

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
)

// guessMeta fills the title, site, byline and date the article lacks from
// its leading lines: the headline, a dateline, a site-name line, a "By"
// line. The heuristics are conservative: a field stays empty when no line
// fits.
func (a *analysis) guessMeta(br *bot.Briefing) {
	var lines []string
	for _, p := range a.d.Paragraphs {
		if p.Last < len(a.sents) && !a.sents[p.First].header {
			break
		}
		if len(lines) >= 12 {
			break
		}
		lines = append(lines, flat(a.text[p.Start:p.End]))
	}
	count := map[string]int{}
	for _, l := range lines {
		count[l]++
	}
	var title, site, byline, date string
	for _, l := range lines {
		nw := len(strings.Fields(l))
		switch {
		case boilerplate(l):
		case date == "" && parseDate(l) != "":
			date = parseDate(l)
		case parseDate(l) != "":
		case byline == "" && strings.HasPrefix(l, "By ") && nw <= 8:
			byline = strings.TrimSpace(l[3:])
		case site == "" && nw <= 5 && (count[l] > 1 || siteLike(l)):
			site = l
		case title == "" && nw >= 3 && nw <= 25 && count[l] == 1:
			title = l
		}
	}
	if br.Title == "" {
		br.Title = title
	}
	if br.Source.Site == "" {
		br.Source.Site = site
	}
	if br.Source.Byline == "" {
		br.Source.Byline = byline
	}
	if br.Source.Published == "" {
		br.Source.Published = date
	}
}

// siteLike reports whether a short line looks like a publication's name.
func siteLike(l string) bool {
	f := strings.Fields(l)
	last := strings.ToLower(f[len(f)-1])
	if mediaWords[last] || strings.Contains(l, ".com") || strings.Contains(l, ".org") {
		return true
	}
	return false
}

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// parseDate finds a date in a short line ("Wed Feb 20, 2013 9:43AM GMT",
// "Monday, September 23, 2019", "20 February 2013", "2013-02-20") and
// returns it as YYYY-MM-DD, or "".
func parseDate(l string) string {
	if len(strings.Fields(l)) > 10 {
		return ""
	}
	f := strings.FieldsFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '/' })
	for _, w := range f {
		// ISO form.
		if len(w) == 10 && w[4] == '-' && w[7] == '-' {
			y, e1 := strconv.Atoi(w[:4])
			m, e2 := strconv.Atoi(w[5:7])
			d, e3 := strconv.Atoi(w[8:])
			if e1 == nil && e2 == nil && e3 == nil && validDate(y, m, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
	}
	month, day, year := 0, 0, 0
	for i, w := range f {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if m, ok := monthNames[lw]; ok && month == 0 {
			if lw == "may" && !(i+1 < len(f) && isNum(f[i+1])) && !(i > 0 && isNum(f[i-1])) {
				continue
			}
			month = m
			continue
		}
		w = strings.TrimRight(w, "stndrh")
		if n, err := strconv.Atoi(w); err == nil {
			switch {
			case n >= 1900 && n <= 2100 && year == 0:
				year = n
			case n >= 1 && n <= 31 && day == 0 && month != 0 || n >= 1 && n <= 31 && day == 0 && i+1 < len(f) && monthNames[strings.ToLower(f[i+1])] != 0:
				day = n
			}
		}
	}
	if validDate(year, month, day) {
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	return ""
}

func isNum(s string) bool {
	_, err := strconv.Atoi(strings.TrimRight(s, "stndrh,"))
	return err == nil
}

func validDate(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
