package qa

import (
	"slices"
	"strings"
)

// withQuoteParagraphs adds to the sentences picked the first sentence of
// the next paragraph when the picked one's paragraph ends inside a
// quotation it opened and the next paragraph opens with a quotation mark:
// the quotation goes on there, as newspapers print a quotation of several
// paragraphs (a closing mark only at the end of the last). "Minister Lind
// told the Courier: \"We must spend wisely." / "\"We are looking at every
// grant.\"" is one statement.
func (a *article) withQuoteParagraphs(picked []int) []int {
	out := slices.Clone(picked)
	for _, n := range picked {
		i := n - 1
		if i < 0 || i >= len(a.d.Sentences) {
			continue
		}
		m := a.paraEnd(i)
		depth := 0
		for k := i; k <= m; k++ {
			depth += quoteDepth(a.d.Sentences[k].Text)
		}
		if depth <= 0 || m+1 >= len(a.d.Sentences) || a.skip[m+1] {
			continue
		}
		next := strings.TrimSpace(a.d.Sentences[m+1].Text)
		if !strings.HasPrefix(next, "\"") && !strings.HasPrefix(next, "“") && !strings.HasPrefix(next, "'") && !strings.HasPrefix(next, "‘") {
			continue
		}
		if !slices.Contains(out, m+2) {
			out = append(out, m+2)
		}
	}
	return out
}
