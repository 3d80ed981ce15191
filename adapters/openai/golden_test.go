package openai

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./adapters/openai -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from %s (run go test ./adapters/openai -update if intended):\n%s", name, path, got)
	}
}

// TestGoldenRequests pins the exact messages sent for the seed article:
// the briefing request and an answer request with one earlier turn.
func TestGoldenRequests(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.Push(openaitest.Reply(seedReply), openaitest.Stream("Mandiant says so [12]."))
	a := seedArticle(t)
	br, err := e.b.Brief(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.b.Answer(context.Background(), &bot.AnswerRequest{Article: a, Briefing: br,
		Turns: []bot.Turn{{Question: "Who denies?", Answer: "China denies the claims [7]."}}, Question: "Who accuses?"}, nil); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"seed_brief_messages", "seed_answer_messages"} {
		out, _ := json.MarshalIndent(e.srv.Requests()[i].Chat.Messages, "", "  ")
		golden(t, name, append(out, '\n'))
	}
}
