package matrix

import (
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
)

// The benchmarks run against the homeserver of the integration tests:
//
//	eval "$(scripts/dendrite.sh)"
//	go test -tags goolm -run '^$' -bench Matrix -benchtime 1x ./adapters/matrix
//
// Each iteration is a whole scenario (20 mentions; 50 mentions), so one
// iteration (-benchtime 1x) gives the figures.
//
// Latencies are the homeserver's own timestamps (origin_server_ts), so
// they measure the bot, not the test client's sync.

// BenchmarkMatrixFirstReaction measures the time from a mention reaching
// the homeserver to the bot's first visible reaction (the 👀), one
// mention at a time (20 per iteration), and reports the median and the
// 90th percentile.
func BenchmarkMatrixFirstReaction(b *testing.B) {
	env := testEnv(b)
	store := openStore(b)
	startBot(b, env, store, botOptions{backend: scripted(), workers: 8})
	h := newHuman(b, env, false)
	botID := id.UserID(env.Bot)
	room := h.CreateRoom("latency", false, false)
	h.AddPerson(env, room)
	var lat []time.Duration
	b.ResetTimer()
	for i := range 20 * b.N {
		req := h.Send(room, matrixtest.Mention(botID, fmt.Sprintf("%d %s", i, shortArticle)))
		var d time.Duration
		h.WaitFor("the bot's first reaction", 30*time.Second, func(evts []*event.Event) bool {
			m := eventByID(evts, req)
			if m == nil {
				return false
			}
			// The 👀, or the status message if the 👀 was already
			// redacted when the client synced (an instant model).
			first := int64(0)
			if r := findEvent(matrixtest.Reactions(evts, botID, room, req), reactWorking); r != nil {
				first = r.Timestamp
			}
			for _, p := range matrixtest.BotPosts(evts, botID, room, req) {
				if first == 0 || p.Timestamp < first {
					first = p.Timestamp
				}
			}
			if first == 0 {
				return false
			}
			d = time.Duration(first-m.Timestamp) * time.Millisecond
			return true
		})
		lat = append(lat, d)
	}
	b.StopTimer()
	med, p90 := percentile(lat, 50), percentile(lat, 90)
	b.ReportMetric(float64(med.Milliseconds()), "ms-median-first-reaction")
	b.ReportMetric(float64(p90.Milliseconds()), "ms-p90-first-reaction")
	b.Logf("first reaction over %d mentions: median %s, p90 %s (target: median < 500 ms)", len(lat), med, p90)
}

// BenchmarkMatrixFiftyMentions sends 50 mentions across 10 rooms with an
// instant model and measures until every one is answered (its status
// message edited into the briefing), from the first mention's arrival at
// the homeserver to the last answer's.
func BenchmarkMatrixFiftyMentions(b *testing.B) {
	env := testEnv(b)
	store := openStore(b)
	startBot(b, env, store, botOptions{backend: scripted(), workers: 8})
	h := newHuman(b, env, false)
	botID := id.UserID(env.Bot)
	rooms := make([]id.RoomID, 10)
	for i := range rooms {
		rooms[i] = h.CreateRoom(fmt.Sprintf("load %d", i), false, false)
	}
	var totals []time.Duration
	b.ResetTimer()
	for n := range b.N {
		type req struct {
			room id.RoomID
			ev   id.EventID
		}
		// Ten people at once, one per room, five mentions each.
		reqs := make([]req, 50)
		sendStart := time.Now()
		var wg sync.WaitGroup
		for r := range rooms {
			wg.Go(func() {
				for k := range 5 {
					i := r + k*len(rooms)
					reqs[i] = req{rooms[r], h.Send(rooms[r], matrixtest.Mention(botID, fmt.Sprintf("Run %d, mention %d. %s", n, i, shortArticle)))}
				}
			})
		}
		wg.Wait()
		b.Logf("50 mentions sent in %s", time.Since(sendStart))
		var total time.Duration
		h.WaitFor("50 answers", 60*time.Second, func(evts []*event.Event) bool {
			var first, last int64
			for _, q := range reqs {
				m := eventByID(evts, q.ev)
				if m == nil {
					return false
				}
				ts, ok := answeredAt(evts, botID, q.room, q.ev)
				if !ok {
					return false
				}
				if first == 0 || m.Timestamp < first {
					first = m.Timestamp
				}
				last = max(last, ts)
			}
			total = time.Duration(last-first) * time.Millisecond
			return true
		})
		totals = append(totals, total)
	}
	b.StopTimer()
	med := percentile(totals, 50)
	b.ReportMetric(med.Seconds(), "s-50-mentions-10-rooms")
	b.Logf("50 mentions across 10 rooms answered in %s (median of %d runs; target ≤ 10 s)", med, len(totals))
}

// shortArticle is a small article for the instant model: what matters
// here is the chat, not the model.
const shortArticle = `The city council voted on Tuesday to expand the bus network. "This plan will cut commuting times for thousands of residents," said Mayor Ana Ruiz at the meeting. Opposition councillor Tom Berg said the plan was too expensive and would raise local taxes. The council will publish the budget next month, according to a statement from the city. Residents can comment on the routes until the end of the year.`

// answeredAt returns when the bot's reply to req became the briefing: the
// timestamp of the edit (or post) whose content is the briefing.
func answeredAt(evts []*event.Event, botID id.UserID, room id.RoomID, req id.EventID) (int64, bool) {
	posts := matrixtest.BotPosts(evts, botID, room, req)
	for _, p := range posts {
		if c, _ := p.Content.Parsed.(*event.MessageEventContent); c != nil && matrixtest.IsBriefing(c) {
			return p.Timestamp, true
		}
		for _, e := range evts {
			mc, ok := e.Content.Parsed.(*event.MessageEventContent)
			if ok && e.Sender == botID && mc.RelatesTo != nil && mc.RelatesTo.Type == event.RelReplace && mc.RelatesTo.EventID == p.ID && mc.NewContent != nil && matrixtest.IsBriefing(mc.NewContent) {
				return e.Timestamp, true
			}
		}
	}
	return 0, false
}

func eventByID(evts []*event.Event, ev id.EventID) *event.Event {
	for _, e := range evts {
		if e.ID == ev {
			return e
		}
	}
	return nil
}

func findEvent(rs []*event.Event, key string) *event.Event {
	for _, e := range rs {
		if rc, ok := e.Content.Parsed.(*event.ReactionEventContent); ok && rc.RelatesTo.Key == key {
			return e
		}
	}
	return nil
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, (len(s)*p)/100)]
}
