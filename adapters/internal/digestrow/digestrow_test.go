package digestrow

import (
	"slices"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
)

func TestKeys(t *testing.T) {
	if got := Keys([]string{"b", "", "a", "b"}); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("Keys = %q, want [a b]", got)
	}
	if got := Keys(nil); got == nil || len(got) != 0 {
		t.Errorf("Keys(nil) = %#v, want an empty list", got)
	}
}

func TestItems(t *testing.T) {
	rows, err := Items([]digest.Item{{}, {Parties: []string{"China"}, Article: &bot.Article{Text: "x"}}})
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Parties != "[]" || rows[0].Article != nil || rows[0].Briefing != nil {
		t.Errorf("empty item: %+v, want parties [] and NULL article and briefing", rows[0])
	}
	if rows[1].Parties != `["China"]` || rows[1].Article == nil || rows[1].Briefing != nil {
		t.Errorf("item: %+v", rows[1])
	}
}
