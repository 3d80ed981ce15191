package render

import (
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// The words of story briefings (several sources on one story), shared by
// every renderer, here and in the adapters.

// ClaimSources names where a claim of a story briefing comes from: "s1",
// "s1 · also in s2, s3" or "only in s1"; "" outside a story briefing.
func (w Words) ClaimSources(c bot.Claim) string {
	if c.Source == "" {
		return ""
	}
	if c.OnlyHere {
		return w.Label("story.only", "{id}", c.Source)
	}
	if len(c.AlsoIn) == 0 {
		return c.Source
	}
	ids := make([]string, len(c.AlsoIn))
	for i, r := range c.AlsoIn {
		ids[i] = r.Source
	}
	return c.Source + " · " + w.Label("story.also", "{list}", strings.Join(ids, ", "))
}

// ClaimMeta is the line under a claim: who said it, its stance and, in a
// story briefing, its sources.
func (w Words) ClaimMeta(c bot.Claim, sep string) string {
	meta := w.Stance(c.Stance)
	if who := w.Who(c); who != "" {
		meta = who + sep + meta
	}
	if src := w.ClaimSources(c); src != "" {
		meta += " · " + src
	}
	return meta
}

// SourceItem describes one source of a story: "s1 · Site · Title ·
// 2026-11-30 · URL", with the parts that are known.
func SourceItem(s bot.StorySource) string {
	parts := []string{s.ID}
	for _, p := range []string{s.Site, s.Title, s.Date, s.URL} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// CoverageLine says what one source of a story carries: the parties it
// quotes, how many statements only it carries and the loaded words of its
// own voice.
func (w Words) CoverageLine(c bot.Coverage) string {
	parts := []string{w.Label("story.quotes.none")}
	if len(c.Parties) > 0 {
		parts[0] = w.Label("story.quotes", "{list}", strings.Join(c.Parties, ", "))
	}
	if n := len(c.OnlyHere); n > 0 {
		parts = append(parts, w.Count("story.onlyhere", n))
	}
	if len(c.Loaded) > 0 {
		quoted := make([]string, len(c.Loaded))
		for i, l := range c.Loaded {
			quoted[i] = "\"" + l + "\""
		}
		parts = append(parts, w.Label("story.loaded", "{list}", strings.Join(quoted, ", ")))
	}
	return c.Source + ": " + strings.Join(parts, "; ")
}

// ReportedLine introduces a conflicting report: "Reported differently by
// s3: Says …".
func (w Words) ReportedLine(r bot.Reported) string {
	return w.Label("story.differently", "{id}", r.Source) + " " + r.Claim
}

// Sourced prefixes text with the story source it comes from, "[s2] …",
// when it names one.
func Sourced(id, text string) string {
	if id == "" {
		return text
	}
	return "[" + id + "] " + text
}

// sourced is Sourced when show is set: a claim's own evidence is marked
// only when other sources' follow it.
func sourced(id, text string, show bool) string {
	if !show {
		return text
	}
	return Sourced(id, text)
}

// QuoteSource says where an answer's quote comes from: "Speaker, sentence
// 3", with the story source first in an answer across a story's sources
// ("s2, Speaker, sentence 3").
func (w Words) QuoteSource(q bot.Quote) string {
	src := w.Sentences(q.Sentence)
	if s := strings.TrimSpace(q.Speaker); s != "" {
		src = s + ", " + src
	}
	if q.Source != "" {
		src = q.Source + ", " + src
	}
	return src
}
