package bot_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

var updatePersisted = flag.Bool("update", false, "rewrite testdata/persisted/*_current.json")

// persisted are the types the bot stores as JSON, each with a value that
// sets every field: Message in the job queue's arguments, Article in
// threads and digest items.
var persisted = []struct {
	name string
	v    any
}{
	{"message", bot.Message{Platform: "slack", Conversation: "C0123ABCD", ID: "1700000000.000100", Thread: "1700000000.000001",
		User: "U0123ABCD", Text: "brief https://news.example.com/a", Direct: true, Mentioned: true,
		Files: []bot.File{{Name: "article.txt", MIMEType: "text/plain", Data: []byte("The ministry said talks had collapsed.")}},
		Time:  time.Date(2026, 11, 30, 9, 15, 0, 0, time.UTC)}},
	{"article", bot.Article{Title: "Ministry and union trade accusations", Site: "Example News", Byline: "By A. Reporter",
		URL: "https://news.example.com/a", Published: "2026-11-30", Text: "The ministry said talks had collapsed.\n\nThe union denied it."}},
}

// TestPersistedFormats keeps stored data readable across code changes:
// rows written by the version before the JSON tags (testdata/persisted/
// *_v1.json, written by that version) decode to the same values, and the
// encoding of today's types is pinned by golden files, so that renaming a
// field or a tag fails here rather than silently in jobs in flight and
// saved threads. A deliberate format change adds a *_vN.json fixture of the
// old format and keeps it decoding.
func TestPersistedFormats(t *testing.T) {
	for _, p := range persisted {
		t.Run(p.name, func(t *testing.T) {
			typ := reflect.TypeOf(p.v)
			olds, err := filepath.Glob(filepath.Join("testdata", "persisted", p.name+"_v*.json"))
			if err != nil || len(olds) == 0 {
				t.Fatalf("no fixtures of earlier formats for %s: %v", p.name, err)
			}
			for _, f := range olds {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				got := reflect.New(typ)
				dec := json.NewDecoder(bytes.NewReader(data))
				dec.DisallowUnknownFields()
				if err := dec.Decode(got.Interface()); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				if !reflect.DeepEqual(got.Elem().Interface(), p.v) {
					t.Errorf("%s decodes to\n%+v\nwant\n%+v", f, got.Elem().Interface(), p.v)
				}
			}
			cur, err := json.MarshalIndent(p.v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			cur = append(cur, '\n')
			golden := filepath.Join("testdata", "persisted", p.name+"_current.json")
			if *updatePersisted {
				if err := os.WriteFile(golden, cur, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -run TestPersistedFormats -update)", err)
			}
			if !bytes.Equal(cur, want) {
				t.Errorf("the stored form of %s changed:\n%s\nwant (%s)\n%s\nAdd a fixture of the old form and keep it decoding, then -update.", typ, cur, golden, want)
			}
		})
	}
}
