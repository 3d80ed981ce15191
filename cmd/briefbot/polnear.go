package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/eval/polnear"
)

// evalPolNeAR scores the backend on a PolNeAR split: the share of
// attributions with a named source that a claim covers, and the share of
// those given to the wrong speaker. On the train and dev splits it also
// lists the wrong speakers most often given; on the test split, kept for
// blind evaluation, it prints the totals only.
func (m *Main) evalPolNeAR(ctx context.Context, a *app, dir, split, format string) error {
	docs, err := polnear.Load(dir, split)
	if err != nil {
		return err
	}
	var total polnear.Counts
	var wrong []polnear.Wrong
	failed := 0
	for _, d := range docs {
		art, err := bot.NewArticle([]byte(d.Text), a.engine.Limits)
		if err != nil {
			failed++
			continue
		}
		b, err := a.engine.Brief(ctx, art)
		if err != nil {
			failed++
			continue
		}
		c, w := polnear.Score(d, b)
		total.Add(c)
		wrong = append(wrong, w...)
	}
	blind := split == "test"
	if format == "json" {
		out := map[string]any{"split": split, "counts": total, "found_rate": total.FoundRate(), "wrong_speaker_rate": total.WrongRate(), "failed": failed}
		if !blind {
			out["wrong"] = wrong
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		_, err = m.Stdout.Write(append(data, '\n'))
		return err
	}
	fmt.Fprintf(m.Stdout, "PolNeAR %s split: %d articles (%d could not be briefed), %d attributions with a named source, %d claims\n",
		split, total.Articles, failed, total.Attributions, total.Claims)
	fmt.Fprintf(m.Stdout, "found %.2f (%d) | wrong speaker among found %.2f (%d)\n",
		total.FoundRate(), total.Found, total.WrongRate(), total.WrongSpeaker)
	if blind {
		return nil
	}
	byParty := map[string]int{}
	for _, w := range wrong {
		if !w.Missed {
			byParty[w.Predicted]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range byParty {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v || top[i].v == top[j].v && top[i].k < top[j].k })
	if len(top) > 15 {
		top = top[:15]
	}
	fmt.Fprintln(m.Stdout, "\nparties most often given someone else's words:")
	for _, x := range top {
		fmt.Fprintf(m.Stdout, "  %4d  %s\n", x.v, x.k)
	}
	return nil
}
