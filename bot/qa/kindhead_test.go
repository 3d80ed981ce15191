package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot/lang"
)

// TestKindHead: in English the noun after "which" that names the kind of
// answer is the last of the run of words the question's auxiliary
// closes ("Which senior palace official did…" asks for an official), not
// its first modifier; a run that no auxiliary closes, or a possessive,
// keeps the first word.
func TestKindHead(t *testing.T) {
	v := vocabFor("en")
	lx := lang.Default().Get("en")
	for _, tc := range []struct{ q, want string }{
		{"Which senior palace official did Ana Ruiz meet?", "official"},
		{"Which big retailers are ready for the new cards?", "retailers"},
		{"Which labor unions have endorsed Reed?", "unions"},
		{"Which company owns the mill?", "company"},
		{"Which vendor's system is the council buying?", "vendor"},
	} {
		qu := readQuestion(tc.q, nil, v, lx, nil, map[string]bool{})
		if qu.typeTerm != v.stem(tc.want) {
			t.Errorf("%q: kind %q, want %q", tc.q, qu.typeTerm, v.stem(tc.want))
		}
	}
}
