// Package storetest is the conformance suite of bot.Store: every
// implementation (bot.MemStore, adapters/sqlite, adapters/postgres) runs
// the same tests, so that they can replace one another.
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) bot.Store { return open(t) })
//	}
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// Run runs the conformance suite against the stores that open returns.
// Each subtest calls open once for a fresh, empty store and closes it when
// the subtest ends (open may register t.Cleanup for its own resources, such
// as a temporary schema: cleanups run after the store is closed).
func Run(t *testing.T, open func(t *testing.T) bot.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s bot.Store)
	}{
		{"ThreadRoundTrip", testThreadRoundTrip},
		{"ThreadNilArticleAndBriefing", testThreadNil},
		{"ThreadMissing", testThreadMissing},
		{"ThreadKeysDistinct", testThreadKeysDistinct},
		{"ThreadCopies", testThreadCopies},
		{"SaveThreadReplaces", testSaveThreadReplaces},
		{"AddTurnOrder", testAddTurnOrder},
		{"AddTurnUpdates", testAddTurnUpdates},
		{"AddTurnMissing", testAddTurnMissing},
		{"AddTurnConcurrent", testAddTurnConcurrent},
		{"DeleteThread", testDeleteThread},
		{"DeleteThreadMissing", testDeleteThreadMissing},
		{"DeleteThreadForgetsCopies", testDeleteThreadForgetsCopies},
		{"DeleteStoryThreadForgetsSources", testDeleteStoryThreadForgetsSources},
		{"UnicodeText", testUnicode},
		{"LargeArticle", testLargeArticle},
		{"BriefingCache", testBriefingCache},
		{"BriefingCacheCopies", testBriefingCacheCopies},
		{"State", testState},
		{"PruneThreads", testPruneThreads},
		{"PruneEmpty", testPruneEmpty},
		{"PruneReplyLog", testPruneReplyLog},
		{"PruneCache", testPruneCache},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// base is a fixed time with microsecond precision (what PostgreSQL keeps)
// in a zone other than UTC, so that stores must compare instants, not
// representations.
var base = time.Date(2024, 3, 5, 10, 11, 12, 123456000, time.FixedZone("UTC+1", 3600))

func key(thread string) bot.ThreadKey {
	return bot.ThreadKey{Platform: "slack", Conversation: "C0123ABC", Thread: bot.MessageID(thread)}
}

// Article returns an article with every field set.
func Article() *bot.Article {
	return &bot.Article{
		Title:     "Ministry and union trade accusations over strike",
		Site:      "Example News",
		Byline:    "By A. Reporter",
		URL:       "https://news.example.com/2024/03/05/strike?utm_source=x&id=1#top",
		Published: "2024-03-05",
		Text: "The transport ministry said on Tuesday that talks had collapsed.\n\n" +
			"The union denied that, saying \"we never left the table\".\n\n" +
			"Trains ran at half capacity, the operator said.",
	}
}

// Briefing returns a briefing with every field set, including nested
// parties, claims, facts, notes and stats.
func Briefing() *bot.Briefing {
	return &bot.Briefing{
		Title: "Ministry and union trade accusations over strike",
		Source: bot.Source{
			URL:       "https://news.example.com/2024/03/05/strike",
			Site:      "Example News",
			Byline:    "By A. Reporter",
			Published: "2024-03-05",
		},
		Summary: "The ministry and the union disagree about why talks ended.",
		Parties: []bot.Party{
			{
				Name:    "Transport ministry",
				Aliases: []string{"the ministry", "officials"},
				Claims: []bot.Claim{{
					Claim:     "Says talks collapsed.",
					Speaker:   "A spokesperson",
					Stance:    bot.StanceAssert,
					Evidence:  "talks had collapsed",
					Sentences: []int{1},
					Via:       "Reuters",
					Source:    "s1",
					AlsoIn:    []bot.Reported{{Source: "s2", Claim: "Says talks ended.", Evidence: "talks ended", Sentences: []int{3}}},
					OnlyHere:  true,
					Conflicts: []bot.Reported{{Source: "s3", Claim: "Says talks go on.", Evidence: "talks go on", Sentences: []int{5}}},
				}},
			},
			{
				Name:    "Union",
				Aliases: []string{"the union"},
				Claims: []bot.Claim{
					{Claim: "Denies leaving talks.", Speaker: "The union", Stance: bot.StanceDeny, Evidence: "we never left the table", Sentences: []int{2, 3}},
					{Claim: "Accuses the ministry.", Speaker: "The union", Stance: bot.StanceAccuse, Evidence: "The union denied that", Sentences: []int{2}},
				},
			},
		},
		Facts:    []bot.Fact{{Text: "Trains ran at half capacity.", Evidence: "Trains ran at half capacity", Sentences: []int{4}, Source: "s2"}},
		Notes:    []string{"Only one side is quoted directly.", "Numbers come from the operator."},
		Backend:  "openai:gpt-test|prompt-v3",
		Language: "en",
		Sources: []bot.StorySource{{ID: "s1", Title: "Strike talks collapse", Site: "Example News", URL: "https://news.example.com/2024/03/05/strike",
			Date: "2024-03-05", Language: "en"}},
		Coverage: []bot.Coverage{{Source: "s1", Parties: []string{"Transport ministry"}, OnlyHere: []string{"Says talks collapsed."}, Loaded: []string{"regime"}}},
		Stats: bot.Stats{
			ClaimsDroppedUngrounded:    2,
			ClaimsDroppedMisattributed: 1,
			FactsDroppedUngrounded:     1,
			Usage:                      &bot.Usage{PromptTokens: 1234, CompletionTokens: 567, Calls: 2},
			Cached:                     true,
			Fallback:                   true,
		},
	}
}

// Thread returns a thread with every field set, under key k.
func Thread(k bot.ThreadKey) *bot.Thread {
	return &bot.Thread{
		Key:      k,
		Article:  Article(),
		Briefing: Briefing(),
		Turns: []bot.Turn{
			{Question: "Who called the strike?", Answer: "The union, according to the article."},
			{Question: "", Answer: ""},
			{Question: "Multi-line?\nYes.", Answer: "Line one.\n\nLine two.\t(tab)"},
		},
		Sources: []bot.ThreadSource{
			{Article: Article(), Briefing: Briefing()},
			{Article: &bot.Article{Title: "Second outlet", Text: "The ministry said talks ended on Tuesday. The union disagreed."}, Briefing: &bot.Briefing{Title: "Second outlet", Language: "en"}},
		},
		Created: base,
		Updated: base.Add(90 * time.Second),
	}
}

// requireAllSet fails when a field of v (recursively, through structs,
// pointers and the first element of slices) is zero: a new field added to
// bot.Article or bot.Briefing must be added to the fixtures above, so that
// the round trip proves every store keeps it.
func requireAllSet(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			t.Fatalf("storetest fixture leaves %s nil: set it so the round trip covers it", path)
		}
		requireAllSet(t, path, v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() {
				requireAllSet(t, path+"."+f.Name, v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			t.Fatalf("storetest fixture leaves %s empty: set it so the round trip covers it", path)
		}
		requireAllSet(t, path+"[0]", v.Index(0))
	default:
		if v.IsZero() {
			t.Fatalf("storetest fixture leaves %s zero: set it so the round trip covers it", path)
		}
	}
}

func mustSave(t *testing.T, s bot.Store, th *bot.Thread) {
	t.Helper()
	if err := s.SaveThread(context.Background(), th); err != nil {
		t.Fatalf("SaveThread(%q): %v", th.Key, err)
	}
}

func mustThread(t *testing.T, s bot.Store, k bot.ThreadKey) *bot.Thread {
	t.Helper()
	got, err := s.Thread(context.Background(), k)
	if err != nil {
		t.Fatalf("Thread(%q): %v", k, err)
	}
	if got == nil {
		t.Fatalf("Thread(%q) = nil, nil", k)
	}
	return got
}

// requireNotFound fails unless err is an *bot.Error with code ENotFound
// and a message fit to show a user.
func requireNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: got no error, want ENotFound", what)
	}
	var e *bot.Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: error %v (%T) is not a *bot.Error", what, err, err)
	}
	if code := bot.ErrorCode(err); code != bot.ENotFound {
		t.Fatalf("%s: error code %q (%v), want %q", what, code, err, bot.ENotFound)
	}
	if e.Message == "" {
		t.Errorf("%s: ENotFound error has no user message", what)
	}
}

func requireTurns(t *testing.T, what string, got, want []bot.Turn) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d turns, want %d:\n got %q\nwant %q", what, len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%s: turn %d = %q, want %q", what, i, got[i], want[i])
		}
	}
}

// requireThread compares everything but Updated, which AddTurn moves.
func requireThread(t *testing.T, got, want *bot.Thread) {
	t.Helper()
	if got.Key != want.Key {
		t.Errorf("Key = %q, want %q", got.Key, want.Key)
	}
	if !reflect.DeepEqual(got.Article, want.Article) {
		t.Errorf("Article differs:\n got %+v\nwant %+v", got.Article, want.Article)
	}
	if !reflect.DeepEqual(got.Briefing, want.Briefing) {
		t.Errorf("Briefing differs:\n got %s\nwant %s", dump(got.Briefing), dump(want.Briefing))
	}
	if !reflect.DeepEqual(got.Sources, want.Sources) {
		t.Errorf("Sources differ:\n got %+v\nwant %+v", got.Sources, want.Sources)
	}
	if !got.Created.Equal(want.Created) {
		t.Errorf("Created = %v, want %v", got.Created, want.Created)
	}
	requireTurns(t, "Turns", got.Turns, want.Turns)
}

func dump(b *bot.Briefing) string {
	if b == nil {
		return "<nil>"
	}
	s := fmt.Sprintf("%+v", *b)
	if b.Stats.Usage != nil {
		s += fmt.Sprintf(" usage=%+v", *b.Stats.Usage)
	}
	return s
}

func testThreadRoundTrip(t *testing.T, s bot.Store) {
	want := Thread(key("1712345678.000100"))
	requireAllSet(t, "Article", reflect.ValueOf(want.Article))
	requireAllSet(t, "Briefing", reflect.ValueOf(want.Briefing))
	requireAllSet(t, "Sources", reflect.ValueOf(want.Sources))
	mustSave(t, s, want)
	got := mustThread(t, s, want.Key)
	requireThread(t, got, want)
	if !got.Updated.Equal(want.Updated) {
		t.Errorf("Updated = %v, want %v", got.Updated, want.Updated)
	}
	// Reading twice gives the same answer.
	requireThread(t, mustThread(t, s, want.Key), want)
}

func testThreadNil(t *testing.T, s bot.Store) {
	want := &bot.Thread{Key: key("nil"), Created: base, Updated: base}
	mustSave(t, s, want)
	got := mustThread(t, s, want.Key)
	if got.Article != nil || got.Briefing != nil || len(got.Turns) != 0 {
		t.Errorf("got article %v, briefing %v, turns %v; want nil, nil, none", got.Article, got.Briefing, got.Turns)
	}
}

func testThreadMissing(t *testing.T, s bot.Store) {
	ctx := context.Background()
	_, err := s.Thread(ctx, key("missing"))
	requireNotFound(t, "Thread on an empty store", err)
	mustSave(t, s, Thread(key("present")))
	_, err = s.Thread(ctx, key("missing"))
	requireNotFound(t, "Thread on a missing key", err)
}

// oddKeys are thread keys that a careless store would mix up or mangle:
// quoting, LIKE wildcards, case, unicode, empty parts, and parts whose
// concatenations coincide.
var oddKeys = []bot.ThreadKey{
	{Platform: "slack", Conversation: "C0123ABC", Thread: "1712345678.000100"},
	{Platform: "matrix", Conversation: "!room:example.org", Thread: "$event/abc+def=="},
	{Platform: "matrix", Conversation: "!ROOM:example.org", Thread: "$EVENT/abc+def=="},
	{Platform: "terminal", Conversation: "会話 💬", Thread: "🧵-ça-ש"},
	{Platform: "x", Conversation: "'; DROP TABLE threads; --", Thread: `"quoted" \back\slash`},
	{Platform: "x", Conversation: "%", Thread: "_"},
	{Platform: "x", Conversation: "*", Thread: "?"},
	{Platform: "", Conversation: "", Thread: ""},
	{Platform: "a", Conversation: "bc", Thread: "d"},
	{Platform: "ab", Conversation: "c", Thread: "d"},
	{Platform: "a|b", Conversation: "c", Thread: "d"},
	{Platform: "a", Conversation: "b|c", Thread: "d"},
	{Platform: "p", Conversation: " spaced ", Thread: "line\nbreak\ttab"},
	{Platform: "p", Conversation: "spaced", Thread: "line break tab"},
	{Platform: "p", Conversation: "long", Thread: bot.MessageID(strings.Repeat("x", 2000))},
}

func testThreadKeysDistinct(t *testing.T, s bot.Store) {
	ctx := context.Background()
	for i, k := range oddKeys {
		th := Thread(k)
		th.Article.Title = fmt.Sprintf("article %d", i)
		th.Turns = []bot.Turn{{Question: fmt.Sprintf("q%d", i), Answer: "a"}}
		mustSave(t, s, th)
	}
	for i, k := range oddKeys {
		if err := s.AddTurn(ctx, k, bot.Turn{Question: fmt.Sprintf("q%d second", i), Answer: "b"}); err != nil {
			t.Fatalf("AddTurn(%q): %v", k, err)
		}
	}
	for i, k := range oddKeys {
		got := mustThread(t, s, k)
		if got.Key != k {
			t.Errorf("Thread(%q).Key = %q", k, got.Key)
		}
		if want := fmt.Sprintf("article %d", i); got.Article.Title != want {
			t.Errorf("Thread(%q) has article %q, want %q", k, got.Article.Title, want)
		}
		requireTurns(t, fmt.Sprintf("Thread(%q)", k), got.Turns, []bot.Turn{
			{Question: fmt.Sprintf("q%d", i), Answer: "a"},
			{Question: fmt.Sprintf("q%d second", i), Answer: "b"},
		})
	}
	// Deleting one leaves the others.
	if err := s.DeleteThread(ctx, oddKeys[1]); err != nil {
		t.Fatalf("DeleteThread: %v", err)
	}
	for i, k := range oddKeys {
		_, err := s.Thread(ctx, k)
		if i == 1 {
			requireNotFound(t, "Thread after DeleteThread", err)
		} else if err != nil {
			t.Errorf("Thread(%q) after deleting another thread: %v", k, err)
		}
	}
}

func testThreadCopies(t *testing.T, s bot.Store) {
	th := Thread(key("copies"))
	mustSave(t, s, th)
	// Changing the caller's slice after saving, or the returned one after
	// reading, must not change what is stored.
	th.Turns[0].Question = "changed by the caller"
	got := mustThread(t, s, th.Key)
	got.Turns[1].Answer = "changed by the reader"
	_ = append(got.Turns, bot.Turn{Question: "appended"})
	requireTurns(t, "Turns", mustThread(t, s, th.Key).Turns, Thread(key("copies")).Turns)
}

func testSaveThreadReplaces(t *testing.T, s bot.Store) {
	ctx := context.Background()
	k := key("replace")
	mustSave(t, s, Thread(k))
	if err := s.AddTurn(ctx, k, bot.Turn{Question: "extra", Answer: "turn"}); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}
	other := Thread(key("other"))
	mustSave(t, s, other)

	want := &bot.Thread{
		Key:      k,
		Article:  &bot.Article{Title: "Second article", URL: "https://example.org/2", Text: "Other text."},
		Briefing: &bot.Briefing{Title: "Second", Summary: "Replaced.", Backend: "offline"},
		Turns:    []bot.Turn{{Question: "new q", Answer: "new a"}},
		Created:  base.Add(time.Hour),
		Updated:  base.Add(2 * time.Hour),
	}
	mustSave(t, s, want)
	got := mustThread(t, s, k)
	requireThread(t, got, want)
	if !got.Updated.Equal(want.Updated) {
		t.Errorf("Updated = %v, want %v", got.Updated, want.Updated)
	}
	// Turns added after the replacement follow its turns.
	if err := s.AddTurn(ctx, k, bot.Turn{Question: "after", Answer: "replace"}); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}
	requireTurns(t, "Turns", mustThread(t, s, k).Turns, append(want.Turns, bot.Turn{Question: "after", Answer: "replace"}))

	// Replacing with no turns clears them.
	want.Turns = nil
	mustSave(t, s, want)
	requireTurns(t, "Turns after saving none", mustThread(t, s, k).Turns, nil)
	// The other thread is untouched.
	requireThread(t, mustThread(t, s, other.Key), other)
}

func testAddTurnOrder(t *testing.T, s bot.Store) {
	ctx := context.Background()
	th := Thread(key("order"))
	mustSave(t, s, th)
	want := append([]bot.Turn(nil), th.Turns...)
	for i := range 40 {
		turn := bot.Turn{Question: fmt.Sprintf("question %02d?", i), Answer: fmt.Sprintf("answer %02d.", i)}
		if err := s.AddTurn(ctx, th.Key, turn); err != nil {
			t.Fatalf("AddTurn %d: %v", i, err)
		}
		want = append(want, turn)
	}
	got := mustThread(t, s, th.Key)
	requireTurns(t, "Turns", got.Turns, want)
	// The article and briefing are unchanged.
	th.Turns = want
	requireThread(t, got, th)
}

func testAddTurnUpdates(t *testing.T, s bot.Store) {
	th := Thread(key("updates"))
	th.Updated = time.Now().Add(-time.Hour).Truncate(time.Microsecond)
	mustSave(t, s, th)
	before := time.Now().Add(-time.Second)
	if err := s.AddTurn(context.Background(), th.Key, bot.Turn{Question: "q", Answer: "a"}); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}
	got := mustThread(t, s, th.Key)
	if got.Updated.Before(before) || got.Updated.After(time.Now().Add(time.Minute)) {
		t.Errorf("Updated after AddTurn = %v, want about now (%v)", got.Updated, time.Now())
	}
	if !got.Created.Equal(th.Created) {
		t.Errorf("Created changed by AddTurn: %v, want %v", got.Created, th.Created)
	}
}

func testAddTurnMissing(t *testing.T, s bot.Store) {
	ctx := context.Background()
	turn := bot.Turn{Question: "q", Answer: "a"}
	requireNotFound(t, "AddTurn on an empty store", s.AddTurn(ctx, key("missing"), turn))
	mustSave(t, s, Thread(key("present")))
	tests := []bot.ThreadKey{
		key("missing"),
		{Platform: "matrix", Conversation: "C0123ABC", Thread: "present"},
		{Platform: "slack", Conversation: "C0123ABD", Thread: "present"},
		{Platform: "slack", Conversation: "C0123ABC", Thread: "Present"},
	}
	for _, k := range tests {
		requireNotFound(t, fmt.Sprintf("AddTurn(%q)", k), s.AddTurn(ctx, k, turn))
		_, err := s.Thread(ctx, k)
		requireNotFound(t, fmt.Sprintf("Thread(%q) after a failed AddTurn", k), err)
	}
	requireTurns(t, "Turns", mustThread(t, s, key("present")).Turns, Thread(key("present")).Turns)
}

func testAddTurnConcurrent(t *testing.T, s bot.Store) {
	const n = 20
	th := Thread(key("concurrent"))
	th.Turns = nil
	mustSave(t, s, th)
	start := make(chan struct{})
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs <- s.AddTurn(context.Background(), th.Key, bot.Turn{Question: fmt.Sprintf("q%02d", i), Answer: fmt.Sprintf("a%02d", i)})
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent AddTurn: %v", err)
		}
	}
	got := mustThread(t, s, th.Key).Turns
	var qs []string
	for _, turn := range got {
		if "a"+turn.Question[1:] != turn.Answer {
			t.Errorf("turn %q has answer %q", turn.Question, turn.Answer)
		}
		qs = append(qs, turn.Question)
	}
	sort.Strings(qs)
	if len(qs) != n {
		t.Fatalf("%d turns after %d concurrent AddTurn: %q", len(qs), n, qs)
	}
	for i, q := range qs {
		if want := fmt.Sprintf("q%02d", i); q != want {
			t.Fatalf("turns %q, want q00 … q%02d once each", qs, n-1)
		}
	}
}

func testDeleteThread(t *testing.T, s bot.Store) {
	ctx := context.Background()
	k := key("delete")
	mustSave(t, s, Thread(k))
	if err := s.AddTurn(ctx, k, bot.Turn{Question: "q", Answer: "a"}); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}
	keep := Thread(key("keep"))
	mustSave(t, s, keep)
	if err := s.DeleteThread(ctx, k); err != nil {
		t.Fatalf("DeleteThread: %v", err)
	}
	_, err := s.Thread(ctx, k)
	requireNotFound(t, "Thread after DeleteThread", err)
	requireNotFound(t, "AddTurn after DeleteThread", s.AddTurn(ctx, k, bot.Turn{Question: "q", Answer: "a"}))
	if err := s.DeleteThread(ctx, k); err != nil {
		t.Errorf("DeleteThread twice: %v", err)
	}
	// A thread saved again under the key starts without the old turns.
	mustSave(t, s, &bot.Thread{Key: k, Article: Article(), Created: base, Updated: base})
	requireTurns(t, "Turns of a thread saved again after DeleteThread", mustThread(t, s, k).Turns, nil)
	requireThread(t, mustThread(t, s, keep.Key), keep)
}

func testDeleteThreadMissing(t *testing.T, s bot.Store) {
	ctx := context.Background()
	if err := s.DeleteThread(ctx, key("missing")); err != nil {
		t.Errorf("DeleteThread on an empty store: %v", err)
	}
	mustSave(t, s, Thread(key("present")))
	if err := s.DeleteThread(ctx, key("missing")); err != nil {
		t.Errorf("DeleteThread on a missing key: %v", err)
	}
	mustThread(t, s, key("present"))
}

// unicodeText mixes scripts, combining marks, emoji sequences, right-to-left
// text, supplementary-plane characters and separators.
const unicodeText = "Ελληνικά, русский, 日本語のテキスト, 한국어, العربية والעברית.\n\n" +
	"Combining: e\u0301 a\u0308 n\u0303; ligature ﬁ; full width ＡＢＣ.\n\n" +
	"Emoji: 👩\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 👍🏽 🇫🇷; math 𝔸𝔹ℂ; old italic 𐌀𐌁.\n\n" +
	"Separators:\u2028line\u2029para, nbsp\u00a0, zero width\u200bspace, bidi \u202eoverride\u202c.\n\n" +
	"Quotes «guillemets» „low“ ‘single’ and a backslash \\ and \"double\"."

func testUnicode(t *testing.T, s bot.Store) {
	ctx := context.Background()
	th := Thread(key("unicode"))
	th.Article.Title = "Заголовок — 見出し 📰"
	th.Article.Text = unicodeText
	th.Briefing.Summary = unicodeText
	th.Briefing.Parties[0].Name = "Министерство 🏛"
	th.Turns = []bot.Turn{{Question: "¿Qué pasó? 🤔", Answer: unicodeText}}
	mustSave(t, s, th)
	turn := bot.Turn{Question: "שאלה?", Answer: "جواب 👍🏽"}
	if err := s.AddTurn(ctx, th.Key, turn); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}
	th.Turns = append(th.Turns, turn)
	requireThread(t, mustThread(t, s, th.Key), th)
}

// largeText returns article text of at least n bytes, multi-byte and with
// paragraph breaks.
func largeText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Paragraph %d: «Le ministère» said the talks — 会談 — collapsed; the union denied it. ", i)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// prefix returns at most the first n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func testLargeArticle(t *testing.T, s bot.Store) {
	th := Thread(key("large"))
	th.Article.Text = largeText(1 << 20)
	th.Briefing.Facts = append(th.Briefing.Facts, bot.Fact{Text: "Long evidence.", Evidence: prefix(th.Article.Text, 64<<10)})
	th.Turns = append(th.Turns, bot.Turn{Question: "Long answer?", Answer: prefix(th.Article.Text, 128<<10)})
	mustSave(t, s, th)
	got := mustThread(t, s, th.Key)
	if got.Article == nil || len(got.Article.Text) != len(th.Article.Text) {
		t.Fatalf("article text: got %d bytes, want %d", len(got.Article.Text), len(th.Article.Text))
	}
	requireThread(t, got, th)
}

func requireBriefing(t *testing.T, c bot.BriefingCache, key string, want *bot.Briefing) {
	t.Helper()
	got, err := c.CachedBriefing(context.Background(), key)
	if err != nil {
		t.Fatalf("CachedBriefing(%q): %v", key, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("CachedBriefing(%q) differs:\n got %s\nwant %s", key, dump(got), dump(want))
	}
}

func testBriefingCache(t *testing.T, s bot.Store) {
	ctx := context.Background()
	k1 := bot.BriefingKey(Article(), "openai:gpt-test|prompt-v3")
	k2 := bot.BriefingKey(Article(), "offline|v1")
	_, err := s.CachedBriefing(ctx, k1)
	requireNotFound(t, "CachedBriefing on an empty store", err)

	b1 := Briefing()
	if err := s.CacheBriefing(ctx, k1, b1); err != nil {
		t.Fatalf("CacheBriefing: %v", err)
	}
	requireBriefing(t, s, k1, Briefing())
	_, err = s.CachedBriefing(ctx, k2)
	requireNotFound(t, "CachedBriefing on another key", err)

	b2 := &bot.Briefing{Title: "Offline", Summary: "Plain.", Backend: "offline|v1", Parties: []bot.Party{{Name: "Only"}}}
	if err := s.CacheBriefing(ctx, k2, b2); err != nil {
		t.Fatalf("CacheBriefing: %v", err)
	}
	requireBriefing(t, s, k2, b2)
	requireBriefing(t, s, k1, Briefing())

	// Replacing.
	b3 := Briefing()
	b3.Summary = "Replaced summary 📰"
	b3.Stats.Usage = nil
	if err := s.CacheBriefing(ctx, k1, b3); err != nil {
		t.Fatalf("CacheBriefing (replace): %v", err)
	}
	requireBriefing(t, s, k1, b3)
	requireBriefing(t, s, k2, b2)

	// Odd keys.
	for i, k := range []string{"", "%", "_", "'; --", "會|🧵", strings.Repeat("k", 2000)} {
		b := &bot.Briefing{Title: fmt.Sprintf("odd %d", i)}
		if err := s.CacheBriefing(ctx, k, b); err != nil {
			t.Fatalf("CacheBriefing(%q): %v", k, err)
		}
		requireBriefing(t, s, k, b)
	}
}

func testBriefingCacheCopies(t *testing.T, s bot.Store) {
	ctx := context.Background()
	b := Briefing()
	if err := s.CacheBriefing(ctx, "k", b); err != nil {
		t.Fatalf("CacheBriefing: %v", err)
	}
	b.Title = "changed by the caller"
	b.Parties[0].Claims[0].Claim = "changed by the caller"
	got, err := s.CachedBriefing(ctx, "k")
	if err != nil {
		t.Fatalf("CachedBriefing: %v", err)
	}
	got.Summary = "changed by the reader"
	got.Parties[1].Name = "changed by the reader"
	got.Stats.Usage.Calls = 99
	requireBriefing(t, s, "k", Briefing())
}

func testState(t *testing.T, s bot.Store) {
	ctx := context.Background()
	_, err := s.State(ctx, "matrix.sync_token")
	requireNotFound(t, "State on an empty store", err)

	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	big := bytes.Repeat([]byte{0, 0xff, 0xfe, 'x', 0x80}, 256<<10/5)
	tests := []struct {
		key   string
		value []byte
	}{
		{"matrix.sync_token", []byte("s72594_4483_1934_0_1")},
		{"binary.all-bytes", all},
		{"binary.invalid-utf8", []byte{0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc}},
		{"binary.nul", []byte{0, 0, 0}},
		{"empty", []byte{}},
		{"unicode.会話", []byte("🧵 value")},
		{"'; DROP TABLE state; --", []byte("x")},
		{"", []byte("empty key")},
		{"big", big},
	}
	for _, tt := range tests {
		if err := s.SetState(ctx, tt.key, tt.value); err != nil {
			t.Fatalf("SetState(%q): %v", tt.key, err)
		}
	}
	for _, tt := range tests {
		got, err := s.State(ctx, tt.key)
		if err != nil {
			t.Fatalf("State(%q): %v", tt.key, err)
		}
		if !bytes.Equal(got, tt.value) {
			t.Errorf("State(%q) = %d bytes %.32q, want %d bytes %.32q", tt.key, len(got), got, len(tt.value), tt.value)
		}
	}

	// Replacing, including with shorter and empty values.
	for i, v := range [][]byte{[]byte("second token, longer than the first"), []byte("3"), {}, nil, []byte("last")} {
		if err := s.SetState(ctx, "matrix.sync_token", v); err != nil {
			t.Fatalf("SetState replace %d: %v", i, err)
		}
		got, err := s.State(ctx, "matrix.sync_token")
		if err != nil {
			t.Fatalf("State after replace %d: %v", i, err)
		}
		if !bytes.Equal(got, v) {
			t.Fatalf("State after replace %d = %q, want %q", i, got, v)
		}
	}

	// The returned slice is the caller's.
	got, _ := s.State(ctx, "binary.all-bytes")
	got[0] = 0xff
	if again, _ := s.State(ctx, "binary.all-bytes"); !bytes.Equal(again, all) {
		t.Errorf("changing a returned value changed the stored one")
	}
	// And so is the one given.
	v := []byte("given")
	if err := s.SetState(ctx, "given", v); err != nil {
		t.Fatalf("SetState: %v", err)
	}
	v[0] = 'G'
	if again, _ := s.State(ctx, "given"); string(again) != "given" {
		t.Errorf("changing a given value changed the stored one: %q", again)
	}
	_, err = s.State(ctx, "matrix.SYNC_TOKEN")
	requireNotFound(t, "State on a key differing in case", err)
}

func testPruneThreads(t *testing.T, s bot.Store) {
	ctx := context.Background()
	now := time.Now().Truncate(time.Microsecond)
	cut := now.Add(-24 * time.Hour)

	old := Thread(key("old"))
	old.Created, old.Updated = now.Add(-72*time.Hour), now.Add(-48*time.Hour)
	boundary := Thread(key("boundary")) // updated exactly at the cut: kept
	boundary.Created, boundary.Updated = now.Add(-72*time.Hour), cut
	recent := Thread(key("recent"))
	recent.Created, recent.Updated = now.Add(-72*time.Hour), now.Add(-time.Hour)
	revived := Thread(key("revived")) // old, but a turn was added since
	revived.Created, revived.Updated = now.Add(-72*time.Hour), now.Add(-48*time.Hour)
	for _, th := range []*bot.Thread{old, boundary, recent, revived} {
		mustSave(t, s, th)
	}
	if err := s.AddTurn(ctx, revived.Key, bot.Turn{Question: "new q", Answer: "new a"}); err != nil {
		t.Fatalf("AddTurn: %v", err)
	}

	n, err := s.PruneThreads(ctx, cut)
	if err != nil {
		t.Fatalf("PruneThreads: %v", err)
	}
	if n != 1 {
		t.Errorf("PruneThreads deleted %d threads, want 1", n)
	}
	_, err = s.Thread(ctx, old.Key)
	requireNotFound(t, "Thread after PruneThreads", err)
	requireNotFound(t, "AddTurn after PruneThreads", s.AddTurn(ctx, old.Key, bot.Turn{Question: "q", Answer: "a"}))
	requireThread(t, mustThread(t, s, boundary.Key), boundary)
	requireThread(t, mustThread(t, s, recent.Key), recent)
	revived.Turns = append(revived.Turns, bot.Turn{Question: "new q", Answer: "new a"})
	requireThread(t, mustThread(t, s, revived.Key), revived)

	// The pruned thread's turns are gone with it.
	mustSave(t, s, &bot.Thread{Key: old.Key, Created: now, Updated: now})
	requireTurns(t, "Turns of a pruned thread saved again", mustThread(t, s, old.Key).Turns, nil)

	// Pruning again at the same cut deletes nothing more.
	if n, err := s.PruneThreads(ctx, cut); err != nil || n != 0 {
		t.Errorf("PruneThreads again = %d, %v; want 0, nil", n, err)
	}
	// A cut after everything deletes the rest.
	if n, err := s.PruneThreads(ctx, now.Add(time.Hour)); err != nil || n != 4 {
		t.Errorf("PruneThreads(future) = %d, %v; want 4, nil", n, err)
	}
	for _, k := range []bot.ThreadKey{old.Key, boundary.Key, recent.Key, revived.Key} {
		_, err := s.Thread(ctx, k)
		requireNotFound(t, "Thread after PruneThreads(future)", err)
	}
}

func testPruneEmpty(t *testing.T, s bot.Store) {
	n, err := s.PruneThreads(context.Background(), time.Now().Add(time.Hour))
	if err != nil || n != 0 {
		t.Errorf("PruneThreads on an empty store = %d, %v; want 0, nil", n, err)
	}
}

// testPruneReplyLog checks that pruning deletes old reply-log records
// ("reply|" state keys) and keeps other state.
func testPruneReplyLog(t *testing.T, s bot.Store) {
	ctx := context.Background()
	for _, k := range []string{"reply|a", "admit|a", "matrix/x"} {
		if err := s.SetState(ctx, k, []byte("v")); err != nil {
			t.Fatalf("SetState(%q): %v", k, err)
		}
	}
	// A cut before the records were made keeps them.
	if _, err := s.PruneThreads(ctx, time.Now().Add(-time.Hour)); err != nil {
		t.Fatalf("PruneThreads: %v", err)
	}
	if _, err := s.State(ctx, "reply|a"); err != nil {
		t.Errorf("State(reply|a) after PruneThreads(past): %v", err)
	}
	if _, err := s.PruneThreads(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatalf("PruneThreads: %v", err)
	}
	_, err := s.State(ctx, "reply|a")
	requireNotFound(t, "State(reply|a) after PruneThreads(future)", err)
	_, err = s.State(ctx, "admit|a")
	requireNotFound(t, "State(admit|a) after PruneThreads(future)", err)
	if v, err := s.State(ctx, "matrix/x"); err != nil || string(v) != "v" {
		t.Errorf("State(matrix/x) after PruneThreads = %q, %v; want \"v\", nil", v, err)
	}
}

// testDeleteThreadForgetsCopies checks that DeleteThread also deletes the
// engine's records for the thread's requests and its article's cached
// briefings, unless another thread holds the same article.
func testDeleteThreadForgetsCopies(t *testing.T, s bot.Store) {
	ctx := context.Background()
	private := &bot.Article{Title: "Private", Text: "A private article that only one thread holds, with enough words to be one."}
	shared := Article()
	threads := map[string]*bot.Article{"private": private, "shared1": shared, "shared2": shared}
	for name, a := range threads {
		mustSave(t, s, &bot.Thread{Key: key(name), Article: a, Briefing: Briefing(), Created: base, Updated: base})
		if err := s.CacheBriefing(ctx, bot.BriefingKey(a, "offline/x"), Briefing()); err != nil {
			t.Fatalf("CacheBriefing: %v", err)
		}
	}
	// The reply log of a question in the private thread, and of a request
	// in a thread of the same name elsewhere.
	q := &bot.Message{Platform: "slack", Conversation: "C0123ABC", ID: "q1", Thread: "private"}
	other := &bot.Message{Platform: "slack", Conversation: "C0999", ID: "q2", Thread: "private"}
	for _, m := range []*bot.Message{q, other} {
		if err := s.SetState(ctx, bot.ReplyLogKey(m), []byte("done|r1")); err != nil {
			t.Fatalf("SetState: %v", err)
		}
	}
	for _, name := range []string{"private", "shared1"} {
		if err := s.DeleteThread(ctx, key(name)); err != nil {
			t.Fatalf("DeleteThread(%s): %v", name, err)
		}
	}
	_, err := s.CachedBriefing(ctx, bot.BriefingKey(private, "offline/x"))
	requireNotFound(t, "the private article's cached briefing after DeleteThread", err)
	if _, err := s.CachedBriefing(ctx, bot.BriefingKey(shared, "offline/x")); err != nil {
		t.Errorf("the cached briefing of an article another thread holds was deleted: %v", err)
	}
	_, err = s.State(ctx, bot.ReplyLogKey(q))
	requireNotFound(t, "the reply log of the deleted thread's question", err)
	if _, err := s.State(ctx, bot.ReplyLogKey(other)); err != nil {
		t.Errorf("the reply log of another conversation's thread was deleted: %v", err)
	}
	// Deleting the last thread that holds the shared article deletes its
	// cached briefing too.
	if err := s.DeleteThread(ctx, key("shared2")); err != nil {
		t.Fatalf("DeleteThread(shared2): %v", err)
	}
	_, err = s.CachedBriefing(ctx, bot.BriefingKey(shared, "offline/x"))
	requireNotFound(t, "the shared article's cached briefing after its last thread was deleted", err)
}

// testDeleteStoryThreadForgetsSources checks that deleting a story
// thread deletes the cached briefings of each of its sources, unless
// another thread holds the same article, as its own article or as a
// source of its story.
func testDeleteStoryThreadForgetsSources(t *testing.T, s bot.Store) {
	ctx := context.Background()
	art := func(name string) *bot.Article {
		return &bot.Article{Title: name, Text: "The article " + name + " reports what the ministry and the union said about the strike on Monday."}
	}
	a, b, c := art("a"), art("b"), art("c")
	src := func(as ...*bot.Article) []bot.ThreadSource {
		var out []bot.ThreadSource
		for _, x := range as {
			out = append(out, bot.ThreadSource{Article: x, Briefing: Briefing()})
		}
		return out
	}
	mustSave(t, s, &bot.Thread{Key: key("story1"), Article: a, Briefing: Briefing(), Sources: src(a, b, c), Created: base, Updated: base})
	mustSave(t, s, &bot.Thread{Key: key("story2"), Article: c, Briefing: Briefing(), Sources: src(c, art("d")), Created: base, Updated: base})
	mustSave(t, s, &bot.Thread{Key: key("single"), Article: b, Briefing: Briefing(), Created: base, Updated: base})
	for _, x := range []*bot.Article{a, b, c} {
		if err := s.CacheBriefing(ctx, bot.BriefingKey(x, "offline/x"), Briefing()); err != nil {
			t.Fatalf("CacheBriefing: %v", err)
		}
	}
	if err := s.DeleteThread(ctx, key("story1")); err != nil {
		t.Fatalf("DeleteThread(story1): %v", err)
	}
	_, err := s.CachedBriefing(ctx, bot.BriefingKey(a, "offline/x"))
	requireNotFound(t, "the cached briefing of a source only the deleted story held", err)
	if _, err := s.CachedBriefing(ctx, bot.BriefingKey(b, "offline/x")); err != nil {
		t.Errorf("the cached briefing of a source another thread holds as its article was deleted: %v", err)
	}
	if _, err := s.CachedBriefing(ctx, bot.BriefingKey(c, "offline/x")); err != nil {
		t.Errorf("the cached briefing of a source another story holds was deleted: %v", err)
	}
	for _, k := range []string{"story2", "single"} {
		if err := s.DeleteThread(ctx, key(k)); err != nil {
			t.Fatalf("DeleteThread(%s): %v", k, err)
		}
	}
	for _, x := range []*bot.Article{b, c} {
		_, err := s.CachedBriefing(ctx, bot.BriefingKey(x, "offline/x"))
		requireNotFound(t, "a source's cached briefing after the last thread holding it was deleted", err)
	}
}

// testPruneCache checks that retention deletes cached briefings and
// admission records made before the cut.
func testPruneCache(t *testing.T, s bot.Store) {
	ctx := context.Background()
	if err := s.CacheBriefing(ctx, "offline/x|abc", Briefing()); err != nil {
		t.Fatalf("CacheBriefing: %v", err)
	}
	if _, err := s.PruneThreads(ctx, time.Now().Add(-time.Hour)); err != nil {
		t.Fatalf("PruneThreads: %v", err)
	}
	if _, err := s.CachedBriefing(ctx, "offline/x|abc"); err != nil {
		t.Errorf("a cached briefing newer than the cut was deleted: %v", err)
	}
	if _, err := s.PruneThreads(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatalf("PruneThreads: %v", err)
	}
	_, err := s.CachedBriefing(ctx, "offline/x|abc")
	requireNotFound(t, "a cached briefing older than the cut after PruneThreads", err)
}
