// Package digesttest is the conformance suite of digest.Store: the
// in-memory store (digest.MemStore), adapters/sqlite and adapters/postgres
// run the same tests, including two replicas claiming the same digest runs
// and the same seen items at once. The suite's own test runs every check
// on a store whose calls fail one at a time: each check must then fail, so
// that no store error goes unseen.
//
//	func TestDigestStore(t *testing.T) {
//		digesttest.Run(t, digesttest.Opener{
//			Open: func(t *testing.T) digest.Store { return open(t) },
//			Pair: func(t *testing.T) (digest.Store, digest.Store) { return openTwoHandles(t) },
//		})
//	}
package digesttest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/storetest"
)

// Opener makes the stores under test.
type Opener struct {
	// Open returns a fresh, empty store. The suite closes it (if it has a
	// Close method) when the subtest ends.
	Open func(t *testing.T) digest.Store
	// Pair returns two handles on one fresh, empty store, as two replicas
	// have (two connections, pools or processes). The suite closes both.
	// The same handle twice is allowed for an in-process store.
	Pair func(t *testing.T) (digest.Store, digest.Store)
}

// check is one test of a store.
type check struct {
	name string
	fn   func(t testing.TB, s digest.Store)
}

// pairCheck is one test of two handles on one store.
type pairCheck struct {
	name string
	fn   func(t testing.TB, a, b digest.Store)
}

// singleChecks and pairChecks are the suite. They take a testing.TB, so
// that the suite's own test can run them on a failing store and see them
// fail.
var (
	singleChecks = []check{
		{"SettingsMissing", testSettingsMissing},
		{"ScheduleRoundTrip", testScheduleRoundTrip},
		{"ScheduleOffKeepsSettings", testScheduleOff},
		{"QuietWithoutSchedule", testQuietWithoutSchedule},
		{"DueDigests", testDueDigests},
		{"ClaimDigest", testClaimDigest},
		{"FinishDigest", testFinishDigest},
		{"Feeds", testFeeds},
		{"FeedsPerConversation", testFeedsPerConversation},
		{"Seen", testSeen},
		{"DigestRecords", testDigestRecords},
		{"SaveDigestClaims", testSaveDigestClaims},
		{"DeleteDigestGivesBack", testDeleteDigestGivesBack},
		{"UnpostedDigests", testUnpostedDigests},
		{"DigestItemMissing", testDigestItemMissing},
		{"DeleteThreadRemovesItsItems", testDeleteThreadRemovesItsItems},
		{"PruneDigests", testPruneDigests},
		{"ThreadsSince", testThreadsSince},
	}
	pairChecks = []pairCheck{
		{"ClaimConcurrentReplicas", testClaimConcurrent},
		{"MarkSeenConcurrentReplicas", testMarkSeenConcurrent},
		{"SaveDigestConcurrentReplicas", testSaveDigestConcurrent},
		{"SchedulerReplicasPostOnce", testSchedulerReplicas},
	}
)

// Run runs the suite.
func Run(t *testing.T, o Opener) {
	for _, tt := range singleChecks {
		t.Run(tt.name, func(t *testing.T) {
			s := o.Open(t)
			t.Cleanup(func() { closeStore(t, s) })
			tt.fn(t, s)
		})
	}
	for _, tt := range pairChecks {
		t.Run(tt.name, func(t *testing.T) {
			if o.Pair == nil {
				t.Skip("no Pair opener")
			}
			a, b := o.Pair(t)
			t.Cleanup(func() {
				closeStore(t, a)
				if any(b) != any(a) {
					closeStore(t, b)
				}
			})
			tt.fn(t, a, b)
		})
	}
}

func closeStore(t testing.TB, s digest.Store) {
	if c, ok := s.(interface{ Close() error }); ok {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
}

// base is a fixed instant with microsecond precision in a zone other than
// UTC, so that stores must compare instants, not representations.
var base = time.Date(2026, 3, 5, 10, 11, 12, 123456000, time.FixedZone("UTC+1", 3600))

var (
	conv  = digest.Conversation{Platform: "slack", ID: "C0123ABC"}
	other = digest.Conversation{Platform: "matrix", ID: "C0123ABC"} // same id, other platform
)

func requireNotFound(t testing.TB, what string, err error) {
	t.Helper()
	var e *bot.Error
	if err == nil || !errors.As(err, &e) || e.Code != bot.ENotFound || e.Message == "" {
		t.Fatalf("%s: error %v, want a *bot.Error with code ENotFound and a message", what, err)
	}
}

func mustSettings(t testing.TB, s digest.Store, c digest.Conversation) *digest.Settings {
	t.Helper()
	st, err := s.DigestSettings(context.Background(), c)
	if err != nil {
		t.Fatalf("DigestSettings(%v): %v", c, err)
	}
	return st
}

// mustDue returns the digests due at now.
func mustDue(t testing.TB, s digest.Store, now time.Time) []digest.Settings {
	t.Helper()
	due, err := s.DueDigests(context.Background(), now, 0)
	if err != nil {
		t.Fatalf("DueDigests(%v): %v", now, err)
	}
	return due
}

// mustFeeds returns the conversation's feeds, which must be n (any number
// when n < 0).
func mustFeeds(t testing.TB, s digest.Store, c digest.Conversation, n int) []digest.Feed {
	t.Helper()
	feeds, err := s.Feeds(context.Background(), c)
	if err != nil {
		t.Fatalf("Feeds(%v): %v", c, err)
	}
	if n >= 0 && len(feeds) != n {
		t.Fatalf("Feeds(%v) = %d feeds (%+v), want %d", c, len(feeds), feeds, n)
	}
	return feeds
}

func requireTime(t testing.TB, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func testSettingsMissing(t testing.TB, s digest.Store) {
	_, err := s.DigestSettings(context.Background(), conv)
	requireNotFound(t, "DigestSettings of a new conversation", err)
}

func testScheduleRoundTrip(t testing.TB, s digest.Store) {
	ctx := context.Background()
	next := base.Add(time.Hour)
	if err := s.SetDigestSchedule(ctx, conv, "weekdays 07:30", "America/New_York", next, "U0ADMIN"); err != nil {
		t.Fatal(err)
	}
	st := mustSettings(t, s, conv)
	if st.Conversation != conv || st.Spec != "weekdays 07:30" || st.TimeZone != "America/New_York" || st.CreatedBy != "U0ADMIN" {
		t.Errorf("settings = %+v", st)
	}
	requireTime(t, "NextRun", st.NextRun, next)
	if !st.LastRun.IsZero() || st.Quiet != nil {
		t.Errorf("LastRun = %v, Quiet = %v; want zero and nil", st.LastRun, st.Quiet)
	}
	if st.Created.IsZero() || st.Updated.IsZero() {
		t.Errorf("Created %v, Updated %v: want set", st.Created, st.Updated)
	}
	_, err := s.DigestSettings(ctx, other)
	requireNotFound(t, "DigestSettings of another platform's conversation with the same id", err)
	// Replacing the schedule keeps one row.
	next2 := base.Add(48 * time.Hour)
	if err := s.SetDigestSchedule(ctx, conv, "cron 0 8 * * 1-5", "Europe/Berlin", next2, "U0OTHER"); err != nil {
		t.Fatal(err)
	}
	st = mustSettings(t, s, conv)
	if st.Spec != "cron 0 8 * * 1-5" || st.TimeZone != "Europe/Berlin" || st.CreatedBy != "U0OTHER" {
		t.Errorf("replaced settings = %+v", st)
	}
	requireTime(t, "NextRun", st.NextRun, next2)
}

func testScheduleOff(t testing.TB, s digest.Store) {
	ctx := context.Background()
	if err := s.SetDigestSchedule(ctx, conv, "daily 08:00", "Europe/Berlin", base, "U1"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDigestQuiet(ctx, conv, true); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishDigest(ctx, conv, base.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDigestSchedule(ctx, conv, "", "Europe/Berlin", time.Time{}, "U1"); err != nil {
		t.Fatal(err)
	}
	st := mustSettings(t, s, conv)
	if st.Spec != "" || !st.NextRun.IsZero() {
		t.Errorf("after off: Spec %q NextRun %v", st.Spec, st.NextRun)
	}
	if st.Quiet == nil || !*st.Quiet {
		t.Errorf("after off: Quiet = %v, want true kept", st.Quiet)
	}
	requireTime(t, "LastRun kept", st.LastRun, base.Add(-time.Hour))
	due, err := s.DueDigests(ctx, base.Add(24*time.Hour), 10)
	if err != nil || len(due) != 0 {
		t.Errorf("DueDigests after off = %v, %v; want none", due, err)
	}
	if ok, err := s.ClaimDigest(ctx, conv, time.Time{}, base, base.Add(time.Hour)); err != nil || ok {
		t.Errorf("ClaimDigest of a digest turned off = %v, %v; want false", ok, err)
	}
}

func testQuietWithoutSchedule(t testing.TB, s digest.Store) {
	ctx := context.Background()
	if err := s.SetDigestQuiet(ctx, conv, false); err != nil {
		t.Fatal(err)
	}
	st := mustSettings(t, s, conv)
	if st.Quiet == nil || *st.Quiet || st.Spec != "" || !st.NextRun.IsZero() || st.TimeZone == "" {
		t.Errorf("settings = %+v (quiet %v)", st, st.Quiet)
	}
	if err := s.SetDigestQuiet(ctx, conv, true); err != nil {
		t.Fatal(err)
	}
	if st := mustSettings(t, s, conv); st.Quiet == nil || !*st.Quiet {
		t.Errorf("Quiet = %v, want true", st.Quiet)
	}
	// A schedule set later keeps the quiet setting.
	if err := s.SetDigestSchedule(ctx, conv, "daily 08:00", "UTC", base, "U1"); err != nil {
		t.Fatal(err)
	}
	if st := mustSettings(t, s, conv); st.Quiet == nil || !*st.Quiet || st.Spec != "daily 08:00" {
		t.Errorf("after scheduling: %+v quiet %v", st, st.Quiet)
	}
}

func testDueDigests(t testing.TB, s digest.Store) {
	ctx := context.Background()
	convs := []struct {
		c    digest.Conversation
		next time.Time
		spec string
	}{
		{digest.Conversation{Platform: "slack", ID: "late"}, base.Add(time.Minute), "daily 08:00"},
		{digest.Conversation{Platform: "slack", ID: "due2"}, base.Add(-time.Minute), "daily 08:00"},
		{digest.Conversation{Platform: "slack", ID: "due1"}, base.Add(-time.Hour), "weekly mon 09:00"},
		{digest.Conversation{Platform: "matrix", ID: "now"}, base, "cron 0 8 * * *"},
		{digest.Conversation{Platform: "slack", ID: "off"}, time.Time{}, ""},
	}
	for _, c := range convs {
		if err := s.SetDigestSchedule(ctx, c.c, c.spec, "UTC", c.next, "U1"); err != nil {
			t.Fatal(err)
		}
	}
	due, err := s.DueDigests(ctx, base, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range due {
		got = append(got, string(d.Conversation.ID))
		if d.Spec == "" || d.TimeZone != "UTC" {
			t.Errorf("due %v: %+v", d.Conversation, d)
		}
	}
	if fmt.Sprint(got) != "[due1 due2 now]" {
		t.Errorf("DueDigests = %v, want [due1 due2 now] (earliest first; at or before now)", got)
	}
	due, err = s.DueDigests(ctx, base, 2)
	if err != nil || len(due) != 2 {
		t.Errorf("DueDigests limit 2 = %d, %v", len(due), err)
	}
}

func testClaimDigest(t testing.TB, s digest.Store) {
	ctx := context.Background()
	prev, next := base, base.Add(24*time.Hour)
	now, until := base, base.Add(16*time.Minute)
	if ok, err := s.ClaimDigest(ctx, conv, prev, now, until); err != nil || ok {
		t.Fatalf("ClaimDigest with no schedule = %v, %v; want false", ok, err)
	}
	if err := s.SetDigestSchedule(ctx, conv, "daily 08:00", "UTC", prev, "U1"); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.ClaimDigest(ctx, conv, prev.Add(time.Second), now, until); err != nil || ok {
		t.Errorf("ClaimDigest with a stale prev = %v, %v; want false", ok, err)
	}
	if ok, err := s.ClaimDigest(ctx, other, prev, now, until); err != nil || ok {
		t.Errorf("ClaimDigest of another conversation = %v, %v; want false", ok, err)
	}
	// prev in another zone is the same instant.
	if ok, err := s.ClaimDigest(ctx, conv, prev.In(time.FixedZone("X", 3600)), now, until); err != nil || !ok {
		t.Fatalf("ClaimDigest = %v, %v; want true", ok, err)
	}
	if ok, err := s.ClaimDigest(ctx, conv, prev, now.Add(time.Minute), until.Add(time.Minute)); err != nil || ok {
		t.Errorf("second ClaimDigest of the leased run = %v, %v; want false", ok, err)
	}
	st := mustSettings(t, s, conv)
	requireTime(t, "NextRun while leased", st.NextRun, prev)
	requireTime(t, "LeaseUntil", st.LeaseUntil, until)
	if due := mustDue(t, s, until.Add(-time.Second)); len(due) != 0 {
		t.Errorf("leased digest due before its lease ends: %v", due)
	}

	// A lease that expired (its process stopped): due again, with the
	// lease shown, and claimable once.
	due, err := s.DueDigests(ctx, until, 0)
	if err != nil || len(due) != 1 {
		t.Fatalf("DueDigests at the lease's end = %v, %v; want the digest", due, err)
	}
	requireTime(t, "due LeaseUntil", due[0].LeaseUntil, until)
	requireTime(t, "due NextRun", due[0].NextRun, prev)
	until2 := until.Add(16 * time.Minute)
	if ok, err := s.ClaimDigest(ctx, conv, prev, until, until2); err != nil || !ok {
		t.Fatalf("ClaimDigest of an expired lease = %v, %v; want true", ok, err)
	}
	if ok, err := s.ClaimDigest(ctx, conv, prev, until, until2); err != nil || ok {
		t.Errorf("ClaimDigest of the renewed lease = %v, %v; want false", ok, err)
	}

	// Advancing ends the lease and moves the run on.
	if ok, err := s.AdvanceDigest(ctx, conv, prev.Add(time.Second), next); err != nil || ok {
		t.Errorf("AdvanceDigest with a stale prev = %v, %v; want false", ok, err)
	}
	if ok, err := s.AdvanceDigest(ctx, conv, prev, next); err != nil || !ok {
		t.Fatalf("AdvanceDigest = %v, %v; want true", ok, err)
	}
	st = mustSettings(t, s, conv)
	requireTime(t, "NextRun after advance", st.NextRun, next)
	if !st.LeaseUntil.IsZero() {
		t.Errorf("LeaseUntil after advance = %v, want zero", st.LeaseUntil)
	}
	if due := mustDue(t, s, next.Add(-time.Second)); len(due) != 0 {
		t.Errorf("advanced digest due before its next run: %v", due)
	}

	// Giving a run back: advancing to the same run ends the lease only.
	if ok, err := s.ClaimDigest(ctx, conv, next, next, next.Add(time.Hour)); err != nil || !ok {
		t.Fatalf("ClaimDigest = %v, %v", ok, err)
	}
	if ok, err := s.AdvanceDigest(ctx, conv, next, next); err != nil || !ok {
		t.Errorf("AdvanceDigest back = %v, %v; want true", ok, err)
	}
	if due := mustDue(t, s, next); len(due) != 1 || !due[0].LeaseUntil.IsZero() {
		t.Errorf("given-back digest = %v, want due with no lease", due)
	}

	// A new schedule drops a lease.
	if ok, err := s.ClaimDigest(ctx, conv, next, next, next.Add(time.Hour)); err != nil || !ok {
		t.Fatalf("ClaimDigest = %v, %v", ok, err)
	}
	if err := s.SetDigestSchedule(ctx, conv, "daily 09:00", "UTC", next.Add(time.Hour), "U1"); err != nil {
		t.Fatal(err)
	}
	if st := mustSettings(t, s, conv); !st.LeaseUntil.IsZero() {
		t.Errorf("LeaseUntil after a new schedule = %v, want zero", st.LeaseUntil)
	}

	// Advancing to zero turns the run off.
	if ok, err := s.AdvanceDigest(ctx, conv, next.Add(time.Hour), time.Time{}); err != nil || !ok {
		t.Errorf("AdvanceDigest to zero = %v, %v; want true", ok, err)
	}
	if st := mustSettings(t, s, conv); !st.NextRun.IsZero() {
		t.Errorf("NextRun = %v, want zero", st.NextRun)
	}
	if due := mustDue(t, s, next.Add(1000*time.Hour)); len(due) != 0 {
		t.Errorf("digest with no next run is due: %v", due)
	}
	if ok, err := s.AdvanceDigest(ctx, conv, time.Time{}, next); err != nil || ok {
		t.Errorf("AdvanceDigest of a digest turned off = %v, %v; want false", ok, err)
	}
}

func testFinishDigest(t testing.TB, s digest.Store) {
	ctx := context.Background()
	if err := s.FinishDigest(ctx, conv, base); err != nil {
		t.Fatal(err)
	}
	st := mustSettings(t, s, conv)
	requireTime(t, "LastRun", st.LastRun, base)
	if st.Spec != "" || !st.NextRun.IsZero() {
		t.Errorf("FinishDigest scheduled something: %+v", st)
	}
	if err := s.SetDigestSchedule(ctx, conv, "daily 08:00", "UTC", base.Add(time.Hour), "U1"); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishDigest(ctx, conv, base.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	st = mustSettings(t, s, conv)
	requireTime(t, "LastRun", st.LastRun, base.Add(2*time.Hour))
	requireTime(t, "NextRun kept", st.NextRun, base.Add(time.Hour))
}

func testFeeds(t testing.TB, s digest.Store) {
	ctx := context.Background()
	a := &digest.Feed{URL: "https://a.example/rss", Title: "A News", AddedBy: "U1", Created: base}
	b := &digest.Feed{URL: "https://b.example/atom.xml", Created: base.Add(time.Second)}
	for _, f := range []*digest.Feed{a, b} {
		ok, err := s.AddFeed(ctx, conv, f)
		if err != nil || !ok || f.ID == 0 {
			t.Fatalf("AddFeed(%s) = %v, %v, id %d", f.URL, ok, err, f.ID)
		}
	}
	if a.ID == b.ID {
		t.Fatal("two feeds have one id")
	}
	dup := &digest.Feed{URL: a.URL}
	if ok, err := s.AddFeed(ctx, conv, dup); err != nil || ok {
		t.Errorf("AddFeed of a duplicate = %v, %v; want false", ok, err)
	}
	feeds, err := s.Feeds(ctx, conv)
	if err != nil || len(feeds) != 2 {
		t.Fatalf("Feeds = %v, %v", feeds, err)
	}
	if feeds[0].ID != a.ID || feeds[0].URL != a.URL || feeds[0].Title != "A News" || feeds[0].AddedBy != "U1" || feeds[1].URL != b.URL {
		t.Errorf("Feeds = %+v", feeds)
	}
	requireTime(t, "Created", feeds[0].Created, base)
	if !feeds[0].LastChecked.IsZero() || !feeds[0].LastErrorAt.IsZero() || feeds[0].LastError != "" {
		t.Errorf("new feed has state: %+v", feeds[0])
	}

	// UpdateFeed keeps the fetch state.
	up := feeds[1]
	up.Title, up.ETag, up.LastModified = "B Wire", `W/"abc"`, "Tue, 03 Mar 2026 10:00:00 GMT"
	up.LastChecked, up.LastError, up.LastErrorAt = base.Add(time.Hour), "The feed answered 500 Internal Server Error.", base.Add(time.Hour)
	if err := s.UpdateFeed(ctx, conv, &up); err != nil {
		t.Fatal(err)
	}
	feeds = mustFeeds(t, s, conv, 2)
	got := feeds[1]
	if got.Title != up.Title || got.ETag != up.ETag || got.LastModified != up.LastModified || got.LastError != up.LastError {
		t.Errorf("after UpdateFeed: %+v, want %+v", got, up)
	}
	requireTime(t, "LastChecked", got.LastChecked, up.LastChecked)
	requireTime(t, "LastErrorAt", got.LastErrorAt, up.LastErrorAt)
	// Clearing the error.
	up.LastError, up.LastErrorAt = "", time.Time{}
	if err := s.UpdateFeed(ctx, conv, &up); err != nil {
		t.Fatal(err)
	}
	if feeds = mustFeeds(t, s, conv, 2); feeds[1].LastError != "" || !feeds[1].LastErrorAt.IsZero() {
		t.Errorf("error not cleared: %+v", feeds[1])
	}

	if err := s.RemoveFeed(ctx, conv, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, conv, a.ID); err != nil {
		t.Errorf("RemoveFeed of a missing feed: %v", err)
	}
	if feeds = mustFeeds(t, s, conv, 1); feeds[0].ID != b.ID {
		t.Errorf("after RemoveFeed: %+v", feeds)
	}
	// A removed feed can be added again.
	if ok, err := s.AddFeed(ctx, conv, &digest.Feed{URL: a.URL}); err != nil || !ok {
		t.Errorf("AddFeed after remove = %v, %v", ok, err)
	}
}

func testFeedsPerConversation(t testing.TB, s digest.Store) {
	ctx := context.Background()
	f := &digest.Feed{URL: "https://a.example/rss"}
	if ok, err := s.AddFeed(ctx, conv, f); err != nil || !ok {
		t.Fatal(ok, err)
	}
	g := &digest.Feed{URL: "https://a.example/rss"}
	if ok, err := s.AddFeed(ctx, other, g); err != nil || !ok {
		t.Fatalf("the same feed in another conversation: %v, %v", ok, err)
	}
	if err := s.RemoveFeed(ctx, other, f.ID); err != nil {
		t.Fatal(err)
	}
	if feeds := mustFeeds(t, s, conv, -1); len(feeds) != 1 {
		t.Error("RemoveFeed with another conversation removed this one's feed")
	}
	if feeds := mustFeeds(t, s, digest.Conversation{Platform: "slack", ID: "empty"}, -1); len(feeds) != 0 {
		t.Errorf("Feeds of an empty conversation = %v", feeds)
	}
}

func testSeen(t testing.TB, s digest.Store) {
	ctx := context.Background()
	seen := func(c digest.Conversation, keys ...string) string {
		t.Helper()
		return seenOf(t, s, c, keys...)
	}
	mark := func(c digest.Conversation, keys ...string) bool {
		t.Helper()
		fresh, err := s.MarkSeen(ctx, c, keys, base)
		if err != nil {
			t.Fatal(err)
		}
		return fresh
	}
	if got := seen(conv, "u:https://a.example/1", "h:abc"); got != "00" {
		t.Errorf("SeenKeys of a new conversation = %s", got)
	}
	if !mark(conv, "u:https://a.example/1", "h:abc", "u:https://a.example/1") {
		t.Error("MarkSeen of new keys (one repeated) is not fresh")
	}
	if got := seen(conv, "u:https://a.example/1", "h:abc", "h:def"); got != "110" {
		t.Errorf("SeenKeys = %s, want 110", got)
	}
	if got := seen(other, "u:https://a.example/1"); got != "0" {
		t.Error("seen keys leak to another conversation")
	}
	// Any key seen before: not fresh, and the new ones are recorded.
	if mark(conv, "u:https://b.example/2", "h:abc") {
		t.Error("MarkSeen with a seen content hash is fresh")
	}
	if got := seen(conv, "u:https://b.example/2"); got != "1" {
		t.Error("the new key of a non-fresh MarkSeen was not recorded")
	}
	if !mark(conv) {
		t.Error("MarkSeen of no keys is not fresh")
	}
	if m, err := s.SeenKeys(ctx, conv, nil); err != nil || len(m) != 0 {
		t.Errorf("SeenKeys(nil) = %v, %v", m, err)
	}
	// Many keys at once.
	var many []string
	for i := range 1000 {
		many = append(many, fmt.Sprintf("u:https://many.example/%d", i))
	}
	if !mark(conv, many...) {
		t.Error("MarkSeen of 1000 new keys is not fresh")
	}
	if m, err := s.SeenKeys(ctx, conv, many); err != nil || len(m) != 1000 {
		t.Errorf("SeenKeys of 1000 = %d, %v", len(m), err)
	}
}

// seenOf says, key by key, whether the conversation has seen it: "1" or
// "0".
func seenOf(t testing.TB, s digest.Store, c digest.Conversation, keys ...string) string {
	t.Helper()
	m, err := s.SeenKeys(context.Background(), c, keys)
	if err != nil {
		t.Fatalf("SeenKeys: %v", err)
	}
	out := ""
	for _, k := range keys {
		if m[k] {
			out += "1"
		} else {
			out += "0"
		}
	}
	return out
}

// Item fixtures.
func feedItem(n int) digest.Item {
	a := storetest.Article()
	b := storetest.Briefing()
	return digest.Item{
		N: n, Title: fmt.Sprintf("Item %d: Ministry and union “trade” accusations", n), URL: fmt.Sprintf("https://news.example.com/%d", n),
		Site: "Example News", Published: "2026-03-05", Summary: "The ministry and the union disagree.",
		Parties: []string{"Transport ministry", "Union"}, Hash: a.Hash(), Article: a, Briefing: b, Story: "transport-strike",
	}
}

func threadItem(n int) digest.Item {
	return digest.Item{N: n, Title: "Briefed here", URL: "https://x.example/y", Hash: "abc", Thread: "1712345678.000100", Story: "transport-strike"}
}

// claimItem is a feed item known by keys.
func claimItem(title string, keys ...string) digest.Item {
	it := feedItem(0)
	it.Title, it.Keys = title, keys
	return it
}

func itemTitles(items []digest.Item) string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%d %s", it.N, it.Title))
	}
	return strings.Join(out, ", ")
}

func mustSave(t testing.TB, s digest.Store, d *digest.Record) *digest.Record {
	t.Helper()
	if err := s.SaveDigest(context.Background(), d); err != nil {
		t.Fatalf("SaveDigest: %v", err)
	}
	if d.ID == 0 {
		t.Fatal("SaveDigest set no id")
	}
	return d
}

// testSaveDigestClaims checks that saving a digest claims its items by
// marking their keys seen, in order: an item seen before, or sharing a key
// with an earlier item, is left out, its other keys marked all the same;
// the items kept are numbered again.
func testSaveDigestClaims(t testing.TB, s digest.Store) {
	ctx := context.Background()
	if _, err := s.MarkSeen(ctx, conv, []string{"u:https://x.example/old"}, base); err != nil {
		t.Fatal(err)
	}
	th := threadItem(0)
	th.Keys = []string{"u:https://x.example/y", "h:abc"}
	d := mustSave(t, s, &digest.Record{Conversation: conv, Thread: "1712345678.000300", Created: base, Items: []digest.Item{
		claimItem("A", "u:https://x.example/a", "h:a"),
		claimItem("Old", "u:https://x.example/old", "h:old"),                    // seen before
		claimItem("B", "u:https://x.example/b", "h:a"),                          // shares h:a with A
		claimItem("C", "u:https://x.example/c", "h:c", "u:https://x.example/c"), // a key twice
		th,
		claimItem("No keys"),
	}, Seen: []string{"u:https://x.example/broken", "h:a"}})
	if got, want := itemTitles(d.Items), "1 A, 2 C, 3 Briefed here, 4 No keys"; got != want {
		t.Errorf("items kept = %s, want %s", got, want)
	}
	all := []string{"u:https://x.example/a", "h:a", "u:https://x.example/old", "h:old", "u:https://x.example/b",
		"u:https://x.example/c", "h:c", "u:https://x.example/y", "h:abc", "u:https://x.example/broken"}
	if got := seenOf(t, s, conv, all...); got != "1111111111" {
		t.Errorf("seen after SaveDigest = %s, want every key (the items', the left-out items', the digest's)", got)
	}
	if got := seenOf(t, s, other, all...); got != "0000000000" {
		t.Errorf("another conversation's seen keys = %s, want none", got)
	}
	// The items kept, as numbered anew; their keys are not kept.
	for n, want := range map[int]string{2: "C", 3: "Briefed here"} {
		it, err := s.DigestItem(ctx, conv, "", n)
		if err != nil || it.N != n || it.Title != want || it.Keys != nil {
			t.Errorf("DigestItem %d = %+v, %v; want %s without keys", n, it, err, want)
		}
	}
	_, err := s.DigestItem(ctx, conv, "", 5)
	requireNotFound(t, "DigestItem 5 of a digest that kept 4", err)
	if ds, err := s.UnpostedDigests(ctx, conv, time.Time{}, time.Time{}); err != nil || len(ds) != 1 || ds[0].ID != d.ID ||
		ds[0].Thread != d.Thread || !ds[0].Since.IsZero() {
		t.Errorf("UnpostedDigests = %+v, %v; want the digest, its thread and no Since", ds, err)
	}

	// A digest whose every item was taken keeps none.
	d2 := mustSave(t, s, &digest.Record{Conversation: conv, Created: base.Add(time.Minute),
		Items: []digest.Item{claimItem("A again", "h:a"), claimItem("C again", "u:https://x.example/z", "h:c")}})
	if len(d2.Items) != 0 || d2.ID == d.ID {
		t.Errorf("second digest: id %d (first %d), items %s; want a new id and no item", d2.ID, d.ID, itemTitles(d2.Items))
	}
	if got := seenOf(t, s, conv, "u:https://x.example/z"); got != "1" {
		t.Error("the new key of an item left out was not marked")
	}
}

// testDeleteDigestGivesBack checks that deleting a digest not recorded as
// posted gives back the keys it took, and only those; a digest recorded as
// posted (even without a message id), deleted or pruned, keeps them seen.
func testDeleteDigestGivesBack(t testing.TB, s digest.Store) {
	ctx := context.Background()
	if _, err := s.MarkSeen(ctx, conv, []string{"u:https://x.example/before"}, base); err != nil {
		t.Fatal(err)
	}
	unposted := mustSave(t, s, &digest.Record{Conversation: conv, Created: base, Items: []digest.Item{
		claimItem("A", "u:https://x.example/a", "h:a"),
		claimItem("Old", "u:https://x.example/before", "h:new"),
	}, Seen: []string{"u:https://x.example/broken"}})
	posted := mustSave(t, s, &digest.Record{Conversation: conv, Created: base, Items: []digest.Item{claimItem("P", "u:https://x.example/p")}})
	noID := mustSave(t, s, &digest.Record{Conversation: conv, Created: base, Items: []digest.Item{claimItem("Q", "u:https://x.example/q")}})
	mustSave(t, s, &digest.Record{Conversation: conv, Created: base.Add(-48 * time.Hour), Items: []digest.Item{claimItem("R", "u:https://x.example/r")}})
	if err := s.SetDigestMessage(ctx, posted.ID, "1712345678.000400"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDigestMessage(ctx, noID.ID, ""); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{unposted.ID, posted.ID, noID.ID} {
		if err := s.DeleteDigest(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.PruneDigests(ctx, base.Add(-24*time.Hour)); err != nil || n != 1 {
		t.Fatalf("PruneDigests = %d, %v; want 1", n, err)
	}
	keys := []string{"u:https://x.example/a", "h:a", "h:new", "u:https://x.example/broken", // the unposted digest's
		"u:https://x.example/before", "u:https://x.example/p", "u:https://x.example/q", "u:https://x.example/r"}
	if got := seenOf(t, s, conv, keys...); got != "00001111" {
		t.Errorf("seen after the deletes = %s, want 00001111 (only the unposted digest's keys given back)", got)
	}
	if err := s.DeleteDigest(ctx, unposted.ID); err != nil {
		t.Errorf("DeleteDigest of a deleted digest: %v", err)
	}
	// What was given back can be claimed again.
	again := mustSave(t, s, &digest.Record{Conversation: conv, Created: base.Add(time.Hour), Items: []digest.Item{claimItem("A", "u:https://x.example/a", "h:a")}})
	if got := itemTitles(again.Items); got != "1 A" {
		t.Errorf("a given-back item saved again: %s, want it kept", got)
	}
}

// testUnpostedDigests checks that the digests made between two times and
// not recorded as posted are found, oldest first, in their conversation
// only.
func testUnpostedDigests(t testing.TB, s digest.Store) {
	ctx := context.Background()
	unposted := func(since, before time.Time) []digest.Record {
		t.Helper()
		ds, err := s.UnpostedDigests(ctx, conv, since, before)
		if err != nil {
			t.Fatalf("UnpostedDigests: %v", err)
		}
		return ds
	}
	if ds := unposted(base, time.Time{}); len(ds) != 0 {
		t.Fatalf("UnpostedDigests of an empty store = %+v", ds)
	}
	save := func(c digest.Conversation, at time.Time, thread, msg bot.MessageID) *digest.Record {
		t.Helper()
		d := mustSave(t, s, &digest.Record{Conversation: c, Thread: thread, Created: at, Since: at.Add(-24 * time.Hour), Items: []digest.Item{feedItem(1)}})
		if msg != "" {
			if err := s.SetDigestMessage(ctx, d.ID, msg); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	early := save(conv, base.Add(-time.Hour), "", "") // before since
	save(conv, base.Add(time.Minute), "", "m1")       // posted
	late := save(conv, base.Add(10*time.Minute), "", "")
	second := save(conv, base.Add(3*time.Minute), "", "")
	first := save(conv, base.Add(2*time.Minute), "1712345678.000500", "")
	save(other, base.Add(3*time.Minute), "", "") // another conversation
	ids := func(ds []digest.Record) []int64 {
		var out []int64
		for _, d := range ds {
			out = append(out, d.ID)
			if d.Conversation != conv {
				t.Errorf("digest %d of conversation %v", d.ID, d.Conversation)
			}
		}
		return out
	}
	got := unposted(base, base.Add(10*time.Minute))
	if fmt.Sprint(ids(got)) != fmt.Sprint([]int64{first.ID, second.ID}) {
		t.Fatalf("UnpostedDigests(since, before) = %v, want [%d %d]", ids(got), first.ID, second.ID)
	}
	if got[0].Thread != "1712345678.000500" || got[1].Thread != "" {
		t.Errorf("threads = %q, %q", got[0].Thread, got[1].Thread)
	}
	requireTime(t, "Created", got[0].Created, base.Add(2*time.Minute))
	requireTime(t, "Since", got[0].Since, base.Add(2*time.Minute-24*time.Hour))
	if all := ids(unposted(time.Time{}, time.Time{})); fmt.Sprint(all) != fmt.Sprint([]int64{early.ID, first.ID, second.ID, late.ID}) {
		t.Errorf("UnpostedDigests without bounds = %v, want [%d %d %d %d]", all, early.ID, first.ID, second.ID, late.ID)
	}
	if err := s.SetDigestMessage(ctx, second.ID, ""); err != nil {
		t.Fatal(err)
	}
	if got := ids(unposted(base, time.Time{})); fmt.Sprint(got) != fmt.Sprint([]int64{first.ID, late.ID}) {
		t.Errorf("after recording a post without an id: %v, want [%d %d]", got, first.ID, late.ID)
	}
}

func testDigestRecords(t testing.TB, s digest.Store) {
	ctx := context.Background()
	d1 := &digest.Record{Conversation: conv, Created: base, Items: []digest.Item{feedItem(1), threadItem(2)}}
	if err := s.SaveDigest(ctx, d1); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDigestMessage(ctx, d1.ID, "1712345678.000200"); err != nil {
		t.Fatal(err)
	}
	d2 := &digest.Record{Conversation: conv, Created: base.Add(time.Hour), Items: []digest.Item{feedItem(1)}}
	d2.Items[0].Title = "Second digest's first item"
	if err := s.SaveDigest(ctx, d2); err != nil {
		t.Fatal(err)
	}
	if d1.ID == 0 || d2.ID == d1.ID {
		t.Fatalf("ids %d and %d", d1.ID, d2.ID)
	}
	// Without a message: the latest digest.
	it, err := s.DigestItem(ctx, conv, "", 1)
	if err != nil || it.Title != "Second digest's first item" {
		t.Fatalf("DigestItem latest = %+v, %v", it, err)
	}
	// In the first digest's thread: that digest.
	it, err = s.DigestItem(ctx, conv, "1712345678.000200", 1)
	if err != nil {
		t.Fatal(err)
	}
	want := feedItem(1)
	if !reflect.DeepEqual(it, &want) {
		t.Errorf("DigestItem round trip:\n got %+v\nwant %+v", it, want)
	}
	it, err = s.DigestItem(ctx, conv, "1712345678.000200", 2)
	if err != nil {
		t.Fatal(err)
	}
	if w := threadItem(2); !reflect.DeepEqual(it, &w) {
		t.Errorf("thread item:\n got %+v\nwant %+v", it, w)
	}
	// A message that names no digest: the latest.
	if it, err = s.DigestItem(ctx, conv, "no-such-message", 1); err != nil || it.Title != "Second digest's first item" {
		t.Errorf("DigestItem with an unknown message = %+v, %v", it, err)
	}
	// Item 2 is not in the latest digest.
	_, err = s.DigestItem(ctx, conv, "", 2)
	requireNotFound(t, "DigestItem 2 of the latest digest", err)
	_, err = s.DigestItem(ctx, other, "", 1)
	requireNotFound(t, "DigestItem of another conversation", err)

	if err := s.DeleteDigest(ctx, d2.ID); err != nil {
		t.Fatal(err)
	}
	if it, err = s.DigestItem(ctx, conv, "", 1); err != nil || it.Title != want.Title {
		t.Errorf("after deleting the latest, DigestItem = %+v, %v; want the first digest's", it, err)
	}
}

func testDigestItemMissing(t testing.TB, s digest.Store) {
	_, err := s.DigestItem(context.Background(), conv, "", 1)
	requireNotFound(t, "DigestItem with no digests", err)
}

func testPruneDigests(t testing.TB, s digest.Store) {
	ctx := context.Background()
	old := &digest.Record{Conversation: conv, Created: base.Add(-48 * time.Hour), Items: []digest.Item{feedItem(1)}}
	recent := &digest.Record{Conversation: other, Created: base, Items: []digest.Item{feedItem(1)}}
	for _, d := range []*digest.Record{old, recent} {
		if err := s.SaveDigest(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.PruneDigests(ctx, base.Add(-24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("PruneDigests = %d, %v; want 1", n, err)
	}
	_, err = s.DigestItem(ctx, conv, "", 1)
	requireNotFound(t, "DigestItem of a pruned digest", err)
	if _, err := s.DigestItem(ctx, other, "", 1); err != nil {
		t.Errorf("recent digest pruned: %v", err)
	}
}

func testThreadsSince(t testing.TB, s digest.Store) {
	ctx := context.Background()
	mk := func(platform string, c bot.ConversationID, thread string, created time.Time, briefed bool) {
		t.Helper()
		th := storetest.Thread(bot.ThreadKey{Platform: platform, Conversation: c, Thread: bot.MessageID(thread)})
		th.Created, th.Updated = created, created
		if !briefed {
			th.Briefing = nil
		}
		if err := s.SaveThread(ctx, th); err != nil {
			t.Fatal(err)
		}
	}
	mk("slack", "C1", "t3", base.Add(3*time.Minute), true)
	mk("slack", "C1", "t1", base.Add(time.Minute), true)
	mk("slack", "C1", "t2", base.Add(2*time.Minute), true)
	mk("slack", "C1", "t0", base.Add(-time.Minute), true) // before since
	mk("slack", "C1", "tn", base.Add(time.Minute), false) // no briefing
	mk("slack", "C2", "tx", base.Add(time.Minute), true)  // other conversation
	mk("matrix", "C1", "ty", base.Add(time.Minute), true) // other platform
	mk("slack", "C1", "ts", base, true)                   // exactly at since

	got, err := s.ThreadsSince(ctx, "slack", "C1", base, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, th := range got {
		ids = append(ids, string(th.Key.Thread))
		if th.Key.Platform != "slack" || th.Key.Conversation != "C1" {
			t.Errorf("key %+v", th.Key)
		}
		if th.Article == nil || th.Briefing == nil || th.Article.Text != storetest.Article().Text {
			t.Errorf("thread %s lacks its article or briefing", th.Key.Thread)
		}
		if len(th.Turns) != 0 {
			t.Errorf("thread %s has %d turns, want none", th.Key.Thread, len(th.Turns))
		}
	}
	if fmt.Sprint(ids) != "[ts t1 t2 t3]" {
		t.Errorf("ThreadsSince = %v, want [ts t1 t2 t3]", ids)
	}
	requireTime(t, "Created", got[1].Created, base.Add(time.Minute))
	got, err = s.ThreadsSince(ctx, "slack", "C1", base, 2)
	if err != nil || len(got) != 2 || got[0].Key.Thread != "ts" {
		t.Errorf("ThreadsSince limit 2 = %d, %v", len(got), err)
	}
	if err := s.DeleteThread(ctx, bot.ThreadKey{Platform: "slack", Conversation: "C1", Thread: "t2"}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.ThreadsSince(ctx, "slack", "C1", base, 0); err != nil || len(got) != 3 {
		t.Errorf("after forgetting a thread, ThreadsSince = %d threads, %v; want 3", len(got), err)
	}
}

// testClaimConcurrent has two replicas claim the same runs of several
// conversations at once: each run is claimed exactly once.
func testClaimConcurrent(t testing.TB, a, b digest.Store) {
	ctx := context.Background()
	const convs, rounds = 4, 15
	cs := make([]digest.Conversation, convs)
	for i := range cs {
		cs[i] = digest.Conversation{Platform: "slack", ID: bot.ConversationID(fmt.Sprintf("C%d", i))}
		if err := a.SetDigestSchedule(ctx, cs[i], "daily 08:00", "UTC", base, "U1"); err != nil {
			t.Fatal(err)
		}
	}
	wins := make([][2]int, convs) // per conversation, per replica
	for r := range rounds {
		prev, next := base.Add(time.Duration(r)*time.Hour), base.Add(time.Duration(r+1)*time.Hour)
		var wg sync.WaitGroup
		start := make(chan struct{})
		var mu sync.Mutex
		for ri, s := range []digest.Store{a, b} {
			for ci, c := range cs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					ok, err := s.ClaimDigest(ctx, c, prev, prev, prev.Add(time.Minute))
					if err != nil {
						t.Errorf("replica %d ClaimDigest: %v", ri, err)
						return
					}
					if ok {
						mu.Lock()
						wins[ci][ri]++
						mu.Unlock()
						if ok, err := s.AdvanceDigest(ctx, c, prev, next); err != nil || !ok {
							t.Errorf("replica %d AdvanceDigest of its claim = %v, %v", ri, ok, err)
						}
					}
				}()
			}
		}
		close(start)
		wg.Wait()
		for ci := range cs {
			if n := wins[ci][0] + wins[ci][1]; n != r+1 {
				t.Fatalf("round %d, conversation %d: %d claims in total, want %d (exactly one per run)", r, ci, n, r+1)
			}
		}
	}
	for ci, c := range cs {
		requireTime(t, "NextRun", mustSettings(t, b, c).NextRun, base.Add(rounds*time.Hour))
		t.Logf("conversation %d: replica wins %v", ci, wins[ci])
	}
}

// testMarkSeenConcurrent has two replicas claim the same items at once:
// each item is fresh for exactly one.
func testMarkSeenConcurrent(t testing.TB, a, b digest.Store) {
	ctx := context.Background()
	const items, tries = 40, 3
	fresh := make([]int, items)
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	for ri, s := range []digest.Store{a, b} {
		for k := range tries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for i := range items {
					// Both keys of the item, in an order that differs by
					// replica and try.
					ks := []string{fmt.Sprintf("u:https://n.example/%d", i), fmt.Sprintf("h:%d", i)}
					if (ri+k)%2 == 1 {
						ks[0], ks[1] = ks[1], ks[0]
					}
					ok, err := s.MarkSeen(ctx, conv, ks, base)
					if err != nil {
						t.Errorf("MarkSeen: %v", err)
						return
					}
					if ok {
						mu.Lock()
						fresh[i]++
						mu.Unlock()
					}
				}
			}()
		}
	}
	close(start)
	wg.Wait()
	for i, n := range fresh {
		if n != 1 {
			t.Errorf("item %d was fresh for %d callers, want exactly 1", i, n)
		}
	}
}

// testSaveDigestConcurrent has two replicas save digests of the same items
// at once, listed in different orders: each item is kept by exactly one
// digest, and each digest numbers its items from 1.
func testSaveDigestConcurrent(t testing.TB, a, b digest.Store) {
	ctx := context.Background()
	const items, tries = 30, 3
	var mu sync.Mutex
	kept := make([]int, items)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for ri, s := range []digest.Store{a, b} {
		for k := range tries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var list []digest.Item
				for i := range items {
					if (ri+k)%2 == 1 {
						i = items - 1 - i
					}
					list = append(list, claimItem(fmt.Sprint(i), fmt.Sprintf("u:https://n.example/%d", i), fmt.Sprintf("h:%d", i)))
				}
				<-start
				d := &digest.Record{Conversation: conv, Created: base, Items: list}
				if err := s.SaveDigest(ctx, d); err != nil {
					t.Errorf("replica %d SaveDigest: %v", ri, err)
					return
				}
				mu.Lock()
				defer mu.Unlock()
				for n, it := range d.Items {
					if it.N != n+1 {
						t.Errorf("item %q numbered %d, want %d", it.Title, it.N, n+1)
					}
					i, err := strconv.Atoi(it.Title)
					if err != nil {
						t.Errorf("item %q: %v", it.Title, err)
						continue
					}
					kept[i]++
				}
			}()
		}
	}
	close(start)
	wg.Wait()
	for i, n := range kept {
		if n != 1 {
			t.Errorf("item %d was kept by %d digests, want exactly 1", i, n)
		}
	}
}

// failLog fails the test on every record at warning level or above: the
// scheduler logs the store errors it does not return.
type failLog struct{ t testing.TB }

func (h failLog) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }

func (h failLog) Handle(_ context.Context, r slog.Record) error {
	msg := r.Message
	r.Attrs(func(a slog.Attr) bool {
		msg += " " + a.String()
		return true
	})
	h.t.Errorf("scheduler logged %s: %s", r.Level, msg)
	return nil
}

func (h failLog) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h failLog) WithGroup(string) slog.Handler      { return h }

// countChat counts the digests posted per conversation.
type countChat struct {
	mu  sync.Mutex
	per map[bot.ConversationID]int
}

func (c *countChat) Post(_ context.Context, to bot.Target, r *bot.Reply) (bot.MessageID, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Kind == bot.ReplyDigest {
		c.per[to.Conversation]++
	}
	return bot.MessageID(fmt.Sprintf("d%d", len(c.per))), nil
}

// testSchedulerReplicas runs two schedulers, one on each handle, ticking
// at once over several due digests: each digest is posted once, by one of
// them, and each lists its conversation's article.
func testSchedulerReplicas(t testing.TB, a, b digest.Store) {
	ctx := context.Background()
	now := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	const convs = 6
	for i := range convs {
		c := digest.Conversation{Platform: "slack", ID: bot.ConversationID(fmt.Sprintf("C%d", i))}
		if err := a.SetDigestSchedule(ctx, c, "daily 08:00", "UTC", now, "U1"); err != nil {
			t.Fatal(err)
		}
		th := storetest.Thread(bot.ThreadKey{Platform: "slack", Conversation: c.ID, Thread: "t1"})
		th.Created, th.Updated = now.Add(-time.Hour), now.Add(-time.Hour)
		if err := a.SaveThread(ctx, th); err != nil {
			t.Fatal(err)
		}
	}
	chats := []*countChat{{per: map[bot.ConversationID]int{}}, {per: map[bot.ConversationID]int{}}}
	var wg sync.WaitGroup
	for i, st := range []digest.Store{a, b} {
		s := &digest.Scheduler{Store: st, Now: func() time.Time { return now }, Concurrency: 3, Logger: slog.New(failLog{t})}
		s.Register("slack", chats[i])
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Tick(ctx)
			s.Wait()
		}()
	}
	wg.Wait()
	for i := range convs {
		id := bot.ConversationID(fmt.Sprintf("C%d", i))
		if n := chats[0].per[id] + chats[1].per[id]; n != 1 {
			t.Errorf("%s: %d digests posted, want 1", id, n)
		}
	}
	t.Logf("digests posted by replica: %d and %d", len(chats[0].per), len(chats[1].per))
}

// testDeleteThreadRemovesItsItems checks that forgetting a thread also
// scrubs the digest items that show it down to their number and thread
// (so that "more N" can say the article was forgotten), and leaves the
// other items and other conversations' digests alone.
func testDeleteThreadRemovesItsItems(t testing.TB, s digest.Store) {
	ctx := context.Background()
	th := threadItem(2)
	k := bot.ThreadKey{Platform: conv.Platform, Conversation: conv.ID, Thread: th.Thread}
	if err := s.SaveThread(ctx, &bot.Thread{Key: k, Article: storetest.Article(), Created: base, Updated: base}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []digest.Conversation{conv, other} {
		d := &digest.Record{Conversation: c, Created: base, Items: []digest.Item{feedItem(1), threadItem(2)}}
		if err := s.SaveDigest(ctx, d); err != nil {
			t.Fatal(err)
		}
		if err := s.SetDigestMessage(ctx, d.ID, "1712345678.000300"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.DigestItem(ctx, conv, "1712345678.000300", 2); err != nil {
		t.Fatalf("the thread's item before DeleteThread: %v", err)
	}
	if err := s.DeleteThread(ctx, k); err != nil {
		t.Fatal(err)
	}
	it, err := s.DigestItem(ctx, conv, "1712345678.000300", 2)
	if err != nil {
		t.Fatalf("the forgotten thread's digest item: %v", err)
	}
	if want := (&digest.Item{N: 2, Thread: th.Thread}); !reflect.DeepEqual(it, want) {
		t.Errorf("the forgotten thread's digest item = %+v, want only its number and thread", it)
	}
	if it, err := s.DigestItem(ctx, conv, "1712345678.000300", 1); err != nil || it.Title != feedItem(1).Title {
		t.Errorf("another item of the digest after DeleteThread = %+v, %v", it, err)
	}
	if _, err := s.DigestItem(ctx, other, "1712345678.000300", 2); err != nil {
		t.Errorf("another conversation's item with the same thread id was removed: %v", err)
	}
}
