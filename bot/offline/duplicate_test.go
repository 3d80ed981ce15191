package offline

import "testing"

// TestPrintedTwice: a page that prints its article twice (an extraction
// that keeps both the page and its print copy) gives each claim and each
// fact once.
func TestPrintedTwice(t *testing.T) {
	const article = "Mayor Ana Reyes said the bridge will reopen in May.\n\n" +
		"“We are on schedule,” Reyes said.\n\n" +
		"The bridge was closed for repairs in January after a storm damaged its supports."
	for _, tc := range []struct {
		name string
		text string
	}{
		{"once", article},
		{"twice", article + "\n\n" + article},
	} {
		t.Run(tc.name, func(t *testing.T) {
			br, claims := brief(t, tc.text)
			if len(claims) != 2 {
				t.Errorf("%d claims, want 2: %+v", len(claims), claims)
			}
			if len(br.Facts) != 1 {
				t.Errorf("%d facts, want 1: %+v", len(br.Facts), br.Facts)
			}
		})
	}
}
