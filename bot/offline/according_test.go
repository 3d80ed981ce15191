package offline

import (
	"strings"
	"testing"
)

// TestTwoSources: a sentence that gives two clauses, each with its
// according-to phrase after it, gives each source its own clause.
func TestTwoSources(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // party: how its claim starts
	}{
		{
			name: "storm",
			text: "The storm killed 12 people, according to police, and left 40,000 homes without power, according to the utility company.",
			want: map[string]string{"Police": "Say the storm killed 12 people.", "Utility company": "Says, in the article's words: \"left 40,000 homes without power"},
		},
		{
			name: "figures that disagree are no one's",
			text: "The march drew 50,000 people according to organizers, 20,000 according to police.",
			want: map[string]string{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, claims := brief(t, tc.text)
			got := map[string]string{}
			for _, c := range claims {
				got[c.party] = c.claim
			}
			if len(got) != len(tc.want) {
				t.Errorf("claims %v, want %v", got, tc.want)
			}
			for p, w := range tc.want {
				if !strings.HasPrefix(got[p], w) {
					t.Errorf("%s: claim %q, want one starting %q (all: %v)", p, got[p], w, got)
				}
			}
		})
	}
}
