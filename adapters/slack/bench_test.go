package slack

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

// BenchmarkAckLatency measures, on the local Socket Mode server, the time
// from sending an events_api envelope (a mention) to reading its
// acknowledgement: the round trip, which bounds the adapter's own time
// from envelope received to ack sent. It reports the median and the 99th
// percentile.
func BenchmarkAckLatency(b *testing.B) {
	h := newHarness(b, scripted)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		env := h.fs.Send(b, "events_api", callback(fmt.Sprintf("EvB%d", i), mention("C1", "U1", newTS(), "", "<@UBOT> help")))
		lat = append(lat, h.fs.WaitAck(b, env).Latency)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-median-ack")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99-ack")
	h.q.Drain(b.Context())
}

// BenchmarkConcurrentMentions sends 200 mentions of the seed article at
// once (200 channels) and waits until every one is answered with a
// briefing (the check-mark reaction), with an instant model, the real
// engine and work queue (8 workers) and the fake Slack.
func BenchmarkConcurrentMentions(b *testing.B) {
	const n = 200
	h := newHarness(b, scripted)
	text := "<@UBOT> " + slackText(seedArticle)
	var total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		type req struct{ ch, ts string }
		reqs := make([]req, n)
		start := time.Now()
		for j := range reqs {
			reqs[j] = req{fmt.Sprintf("C%d", j), newTS()}
			h.fs.Send(b, "events_api", callback(fmt.Sprintf("EvC%d-%d", i, j), mention(reqs[j].ch, "U"+fmt.Sprint(j), reqs[j].ts, "", text)))
		}
		waitFor(b, "200 briefings", func() bool {
			for _, r := range reqs {
				rs := h.fs.Reactions(r.ch, r.ts)
				if len(rs) == 0 || rs[len(rs)-1] != "white_check_mark" {
					return false
				}
			}
			return true
		})
		total += time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(total.Seconds()/float64(b.N), "s/200-mentions")
	if got := h.backend.briefs.Load(); got != int64(n*b.N) {
		b.Errorf("%d briefings, want %d", got, n*b.N)
	}
}
