// Package digestrow holds what the SQLite and PostgreSQL stores write for
// digests in the same way: the set of seen keys, and an item's JSON
// columns.
package digestrow

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/briefbot/briefbot/adapters/internal/jsoncol"
	"github.com/briefbot/briefbot/bot/digest"
)

// Keys returns keys without duplicates or empty strings, sorted (so that
// concurrent inserts take their row locks in one order).
func Keys(keys []string) []string {
	out := make([]string, 0, len(keys))
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Item is a digest item's JSON columns: its parties as a JSON array
// (never null), its article and briefing as JSON text or nil (SQL NULL).
type Item struct {
	Parties           string
	Article, Briefing any
}

// Items encodes the JSON columns of items.
func Items(items []digest.Item) ([]Item, error) {
	rows := make([]Item, len(items))
	for i, it := range items {
		parties := it.Parties
		if parties == nil {
			parties = []string{}
		}
		p, err := json.Marshal(parties)
		if err != nil {
			return nil, fmt.Errorf("parties: %w", err)
		}
		rows[i].Parties = string(p)
		a, err := jsoncol.Marshal(it.Article)
		if err != nil {
			return nil, fmt.Errorf("article: %w", err)
		}
		b, err := jsoncol.Marshal(it.Briefing)
		if err != nil {
			return nil, fmt.Errorf("briefing: %w", err)
		}
		rows[i].Article, rows[i].Briefing = text(a), text(b)
	}
	return rows, nil
}

// text is data as a string column, or nil (SQL NULL) for nil data.
func text(data []byte) any {
	if data == nil {
		return nil
	}
	return string(data)
}
