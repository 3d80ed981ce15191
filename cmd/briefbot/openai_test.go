package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/openai/openaitest"
	"github.com/briefbot/briefbot/bot"
)

const modelReply = `{"title": "China rejects US report blaming it for cyber espionage",
 "summary": "China denies a report by Mandiant that accuses the Chinese military of cyberattacks.",
 "parties": [
  {"name": "China", "aliases": ["Beijing"], "claims": [
    {"claim": "Says China is one of the main victims of cyberattacks.", "speaker": "Hong Lei", "stance": "assert", "sentences": [8]}]},
  {"name": "Mandiant", "aliases": ["the Virginia-based company"], "claims": [
    {"claim": "Says it tracked Chinese hacking groups to a Shanghai office building.", "speaker": "Mandiant", "stance": "accuse", "sentences": [12]},
    {"claim": "Says the Moon is made of cheese.", "speaker": "Mandiant", "stance": "assert", "sentences": [999]}]}],
 "facts": [], "notes": []}`

func openaiEnv(url string) map[string]string {
	return map[string]string{
		"BRIEFBOT_BACKEND":         "openai",
		"OPENAI_BASE_URL":          url,
		"OPENAI_API_KEY":           "sk-test",
		"BRIEFBOT_MODEL":           "test-model",
		"BRIEFBOT_LLM_MAX_RETRIES": "0",
	}
}

// TestBriefOpenAI runs the command against an OpenAI-compatible server
// over real HTTP: the model's claims come out with the article's own
// sentences as evidence, and a citation of a sentence that does not exist
// never reaches the output.
func TestBriefOpenAI(t *testing.T) {
	srv := openaitest.New(t)
	srv.Handle(func(r *openaitest.Request) openaitest.Response {
		if strings.Contains(r.Chat.Last("user"), "could not be used") { // the repair request
			return openaitest.Reply(strings.Replace(modelReply, `,
    {"claim": "Says the Moon is made of cheese.", "speaker": "Mandiant", "stance": "assert", "sentences": [999]}`, "", 1))
		}
		return openaitest.Reply(modelReply)
	})
	code, out, stderr := run(t, openaiEnv(srv.URL), "", "brief", "--format", "json", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var b bot.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.Backend, "openai/test-model") || len(b.Parties) != 2 {
		t.Fatalf("briefing = %+v", b)
	}
	if ev := b.Parties[1].Claims[0].Evidence; !strings.Contains(ev, "Mandiant claimed that it has tracked") {
		t.Errorf("evidence = %q, want the article's sentence 12", ev)
	}
	if strings.Contains(out, "cheese") {
		t.Error("a claim citing a sentence that does not exist reached the output")
	}
	if got := srv.Requests()[0].Header.Get("Authorization"); got != "Bearer sk-test" {
		t.Errorf("Authorization = %q", got)
	}
}

func TestBriefOpenAIDown(t *testing.T) {
	srv := openaitest.New(t)
	srv.Handle(func(*openaitest.Request) openaitest.Response {
		return openaitest.Error(500, "server_error", "", "boom")
	})
	code, out, stderr := run(t, openaiEnv(srv.URL), "", "brief", seedPath)
	if code != exitError || out != "" || strings.Contains(stderr, "boom") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q: want one clean line", code, out, stderr)
	}
}

func TestBriefOpenAIBadConfig(t *testing.T) {
	env := openaiEnv("http://127.0.0.1:1/v1")
	env["BRIEFBOT_MODEL"] = ""
	env["OPENAI_API_TYPE"] = "azure"
	delete(env, "OPENAI_BASE_URL")
	code, _, stderr := run(t, env, "", "brief", seedPath)
	if code != exitError || !strings.Contains(stderr, "openai") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestEvalOpenAI runs the gold set through an OpenAI-compatible server: the
// same report, measured on the model's briefings.
func TestEvalOpenAI(t *testing.T) {
	srv := openaitest.New(t)
	srv.Handle(func(*openaitest.Request) openaitest.Response {
		return openaitest.Reply(`{"title": "", "summary": "A report.", "parties": [
			{"name": "Source", "aliases": [], "claims": [{"claim": "Says what the article's second sentence says.", "speaker": "", "stance": "assert", "sentences": [2]}]}],
			"facts": [], "notes": []}`)
	})
	code, out, stderr := run(t, openaiEnv(srv.URL), "", "eval", "--set", "gold", "--backend", "openai", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out)
	}
	if n := len(srv.Requests()); n < 17 {
		t.Errorf("the model was asked %d times, want every gold article briefed", n)
	}
}

// TestCLIKeepsWhatItPaidFor checks that brief, with a data directory set,
// caches briefings in the database serve uses: the same article briefed
// again costs no model call, also while a serve holds the database.
// Without a data directory set, nothing is written anywhere.
func TestCLIKeepsWhatItPaidFor(t *testing.T) {
	srv := openaitest.New(t)
	clean := strings.Replace(modelReply, `,
    {"claim": "Says the Moon is made of cheese.", "speaker": "Mandiant", "stance": "assert", "sentences": [999]}`, "", 1)
	srv.Handle(func(*openaitest.Request) openaitest.Response { return openaitest.Reply(clean) })
	dir := filepath.Join(t.TempDir(), "data")
	env := openaiEnv(srv.URL)
	env["BRIEFBOT_DATA_DIR"] = dir
	// A serve holds the same SQLite file.
	cfg, err := LoadConfig(func(k string) string { return env[k] }, "")
	if err != nil {
		t.Fatal(err)
	}
	_, _, closeServe, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeServe() //nolint:errcheck // test cleanup
	calls := func() int { return len(srv.Requests()) }
	for i, want := range []string{"paid", "cached"} {
		before := calls()
		code, out, stderr := run(t, env, "", "brief", "--format", "json", seedPath)
		if code != 0 {
			t.Fatalf("brief %d: exit %d: %s", i+1, code, stderr)
		}
		var b bot.Briefing
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatal(err)
		}
		switch n := calls() - before; {
		case want == "paid" && (n == 0 || b.Stats.Cached):
			t.Errorf("brief 1: %d model calls, cached %v; want a model call", n, b.Stats.Cached)
		case want == "cached" && (n != 0 || !b.Stats.Cached):
			t.Errorf("brief 2: %d model calls, cached %v; want none, from the cache", n, b.Stats.Cached)
		}
	}
	// Without BRIEFBOT_DATA_DIR or BRIEFBOT_DATABASE_URL the CLI keeps
	// nothing: no ./data appears.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	defer t.Chdir(wd)
	if code, _, stderr := run(t, openaiEnv(srv.URL), "", "brief", filepath.Join(wd, seedPath)); code != 0 {
		t.Fatalf("brief without a data directory: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat("data"); !os.IsNotExist(err) {
		t.Errorf("brief without a data directory set made ./data: %v", err)
	}
}
