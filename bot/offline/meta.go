package offline

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// guessMeta fills the title, site, byline and date the article lacks from
// its leading lines: the headline, a dateline, a site-name line, a byline
// ("By …", "Par …", "Von …"). The rules are conservative: a field stays
// empty when no line fits.
func (t *text) guessMeta(br *bot.Briefing) {
	var lines []string
	for _, p := range t.d.Paragraphs {
		if !t.sents[p.First].furniture || len(lines) >= 12 {
			break
		}
		lines = append(lines, flat(t.src[p.Start:p.End]))
	}
	count := map[string]int{}
	for _, l := range lines {
		count[l]++
	}
	by := t.lx.Label("by") + " "
	var title, site, byline, date string
	for _, l := range lines {
		nw := len(strings.Fields(l))
		switch {
		case furnitureLine(t, l):
		case date == "" && parseDate(t.lx, l) != "":
			date = parseDate(t.lx, l)
		case parseDate(t.lx, l) != "":
		case byline == "" && strings.HasPrefix(l, by) && nw <= 8:
			byline = strings.TrimSpace(l[len(by):])
		case site == "" && nw <= 5 && (count[l] > 1 || siteLike(t.lx, l)):
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
func siteLike(lx *lang.Lexicon, l string) bool {
	f := strings.Fields(l)
	last := lang.Lower(f[len(f)-1])
	return lx.Set("mediawords", last) || strings.Contains(l, ".com") || strings.Contains(l, ".org")
}

// parseDate finds a date in a short line ("Wed Feb 20, 2013 9:43AM GMT",
// "20 février 2013", "2013-02-20") and returns it as YYYY-MM-DD, or "".
func parseDate(lx *lang.Lexicon, l string) string {
	if len(strings.Fields(l)) > 10 {
		return ""
	}
	f := strings.FieldsFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '/' })
	for _, w := range f {
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
		lw := lang.Lower(w)
		if m, ok := lx.Months[lw]; ok && month == 0 {
			if !(i+1 < len(f) && isNum(f[i+1])) && !(i > 0 && isNum(f[i-1])) {
				continue // "May" alone is not a month
			}
			month = m
			continue
		}
		w = strings.TrimRight(w, "stndrh.º")
		if n, err := strconv.Atoi(w); err == nil {
			switch {
			case n >= 1900 && n <= 2100 && year == 0:
				year = n
			case n >= 1 && n <= 31 && day == 0:
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
	_, err := strconv.Atoi(strings.TrimRight(s, "stndrh,.º"))
	return err == nil
}

func validDate(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
