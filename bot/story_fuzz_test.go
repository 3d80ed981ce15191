package bot

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/command"
)

// FuzzStoryInputs: whatever a message holds, it asks for one article or
// for two or more sources, each a link found in it or a non-empty part of
// it between lines of dashes; it never panics.
func FuzzStoryInputs(f *testing.F) {
	for _, s := range []string{
		"https://a.example/1 https://b.example/2", "Two takes: <https://a.example/1|a> and https://b.example/2.",
		"First article text.\n---\nSecond article text.", "---\n---\n", "text with https://a.example/1 only",
		"a\n----\nb\n-----\nc", "https://a.example/1)) https://a.example/1",
	} {
		f.Add(s)
	}
	e := &Engine{}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := command.Parse(s)
		if err != nil {
			c = command.Command{}
		}
		in := e.storyInputs(&Message{Text: s}, c)
		if len(in) == 1 {
			t.Fatalf("%q: one source is no story", s)
		}
		for _, x := range in {
			if x.Name == "" || x.Load == nil {
				t.Fatalf("%q: source %+v", s, x)
			}
		}
		for _, p := range splitArticles(s) {
			if strings.TrimSpace(p) == "" || !strings.Contains(s, strings.Split(p, "\n")[0]) {
				t.Fatalf("%q: part %q", s, p)
			}
		}
	})
}
