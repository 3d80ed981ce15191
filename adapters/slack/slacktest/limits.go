package slacktest

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"
)

// Slack's documented limits on a message, which the fake enforces. The
// adapter keeps its own copy (adapters/slack/render.go) to stay within
// them; this one checks it independently.
const (
	maxBlocks      = 50     // blocks in one message
	maxSectionText = 3000   // characters in a section's text
	maxHeaderText  = 150    // characters in a header
	maxMessageText = 40_000 // characters in a message's text field
)

// textLen counts characters as Slack does, in UTF-16 code units.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// checkLimits describes any breach of Slack's message limits in a post or
// an edit, or any special mention that an article could have injected;
// "" when there is none.
func checkLimits(c Call) string {
	text := c.Form.Get("text")
	var problems []string
	if textLen(text) > maxMessageText {
		problems = append(problems, fmt.Sprintf("text is %d characters", textLen(text)))
	}
	if strings.Contains(text, "<!") {
		problems = append(problems, "text holds <!")
	}
	if b := c.Form.Get("blocks"); b != "" {
		problems = append(problems, checkBlocks(b)...)
	}
	if len(problems) == 0 {
		return ""
	}
	return c.Method + ": " + strings.Join(problems, "; ")
}

func checkBlocks(b string) []string {
	var blocks []struct {
		Type     string                  `json:"type"`
		Text     *struct{ Text string }  `json:"text"`
		Elements []struct{ Text string } `json:"elements"`
	}
	var problems []string
	if err := json.Unmarshal([]byte(b), &blocks); err != nil {
		problems = append(problems, "blocks unreadable: "+err.Error())
	}
	if len(blocks) > maxBlocks {
		problems = append(problems, fmt.Sprintf("%d blocks", len(blocks)))
	}
	for _, bl := range blocks {
		var ts []string
		if bl.Text != nil {
			ts = append(ts, bl.Text.Text)
		}
		for _, e := range bl.Elements {
			ts = append(ts, e.Text)
		}
		for _, s := range ts {
			if strings.Contains(s, "<!") || strings.Contains(s, "<@") {
				problems = append(problems, fmt.Sprintf("%s block holds a mention: %.80q", bl.Type, s))
			}
			switch {
			case bl.Type == "header" && textLen(s) > maxHeaderText:
				problems = append(problems, fmt.Sprintf("header is %d characters", textLen(s)))
			case bl.Type == "section" && textLen(s) > maxSectionText:
				problems = append(problems, fmt.Sprintf("section is %d characters", textLen(s)))
			}
		}
	}
	return problems
}
