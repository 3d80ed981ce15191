package openai

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestParseBriefingTolerant(t *testing.T) {
	good := `{"title":"T","summary":"S.","parties":[{"name":"China","aliases":"Beijing","claims":[
		{"claim":"Says.","speaker":"Hong","stance":"Deny","sentences":["S7", "8-9", 10.0, "[11]"]}]}],"facts":[],"notes":"one note"}`
	for name, reply := range map[string]string{
		"plain":           good,
		"fenced":          "```json\n" + good + "\n```",
		"fenced no tag":   "```\n" + good + "\n```",
		"prose around":    "Sure, here is the briefing:\n" + good + "\nLet me know if you need more.",
		"trailing commas": strings.ReplaceAll(strings.ReplaceAll(good, `]}]}],`, `,],},],},],`), `"notes":"one note"}`, "\"notes\":\"one note\",\n}"),
		"think":           "<think>The user wants {json}. Let me think.</think>\n" + good,
		"wrapped":         `{"briefing": ` + good + `}`,
		"braces in text":  strings.Replace(good, `"Says."`, `"Says {this} and \"that\" ]."`, 1),
	} {
		wb, err := parseBriefing(reply)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if wb.Summary != "S." || len(wb.Parties) != 1 || fmt.Sprint(wb.Parties[0].Claims[0].Sentences) != "[7 8 9 10 11]" ||
			fmt.Sprint(wb.Parties[0].Aliases) != "[Beijing]" || len(wb.Notes) != 1 || wb.Notes[0].Text != "one note" {
			t.Errorf("%s: %+v", name, wb)
		}
	}
}

func TestParseBriefingErrors(t *testing.T) {
	for reply, want := range map[string]string{
		"I cannot do that.":             "no JSON object",
		`{"summary": "cut off here`:     "incomplete",
		`{"summary": 5}`:                "not valid briefing JSON",
		"```json\n{\"parties\": [\n```": "incomplete",
	} {
		_, err := parseBriefing(reply)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", reply, err, want)
		}
	}
}

func TestValidate(t *testing.T) {
	wb := &wireBriefing{
		Summary: " S. ",
		Parties: []wireParty{{Name: " China ", Aliases: texts{" Beijing ", "beijing", ""}, Claims: []wireClaim{
			{Claim: "Says.", Stance: "Denial", Sentences: numbers{9, 8, 8}},
			{Claim: "Says.", Stance: "accuses", Sentences: numbers{12}},
		}}},
		Facts: []wireFact{{Text: "F.", Sentences: numbers{3}}, {Text: "", Sentences: numbers{3}}, {Text: "G.", Sentences: numbers{99}}},
		Notes: wireNotes{{"n1", numbers{3}}, {"N1", numbers{3}}, {"uncited", nil}, {"out of range", numbers{99}}, {"n2", numbers{4}},
			{"n3", numbers{5}}, {"n4", numbers{5}}, {"n5", numbers{5}}, {"n6", numbers{5}}, {strings.Repeat("x", 400), numbers{5}}},
	}
	ps := validate(wb, 1, 20)
	if len(ps) != 0 {
		t.Errorf("problems %+v", ps)
	}
	p := wb.Parties[0]
	if p.Name != "China" || fmt.Sprint(p.Aliases) != "[Beijing]" || p.Claims[0].Stance != "deny" || fmt.Sprint(p.Claims[0].Sentences) != "[8 9]" || p.Claims[1].Stance != "accuse" {
		t.Errorf("normalised %+v", p)
	}
	if len(wb.Facts) != 1 || len(wb.Notes) != maxNotes || wb.Summary != "S." || wb.Notes[0].Text != "n1" || wb.Notes[1].Text != "n2" {
		t.Errorf("facts %+v notes %+v", wb.Facts, wb.Notes)
	}
	// A part's range.
	wb = &wireBriefing{Summary: "S.", Parties: []wireParty{{Name: "A", Claims: []wireClaim{{Claim: "c", Stance: "assert", Sentences: numbers{5}}}}}}
	if ps := validate(wb, 10, 20); len(ps) != 1 || !strings.Contains(ps[0].text, "valid numbers are 10 to 20") {
		t.Errorf("part range: %+v", ps)
	}
	wb = &wireBriefing{Summary: "S.", Parties: []wireParty{{Name: "A", Claims: []wireClaim{{Claim: "c", Stance: "assert", Sentences: numbers{1, 2, 3, 4, 5, 6}}}}}}
	if ps := validate(wb, 1, 20); len(ps) != 1 || !strings.Contains(ps[0].text, "cites 6 sentences") {
		t.Errorf("too many: %+v", ps)
	}
}

// TestSchemaMatchesWire checks the JSON schema sent to the server names
// exactly the fields the parser reads, all required.
func TestSchemaMatchesWire(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(briefingSchema, &schema); err != nil {
		t.Fatal(err)
	}
	var check func(path string, s map[string]any, typ reflect.Type)
	check = func(path string, s map[string]any, typ reflect.Type) {
		props, _ := s["properties"].(map[string]any)
		var want, got, req []string
		fields := map[string]reflect.Type{}
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			want = append(want, name)
			fields[name] = f.Type
		}
		for k := range props {
			got = append(got, k)
		}
		for _, r := range s["required"].([]any) {
			req = append(req, r.(string))
		}
		sort.Strings(want)
		sort.Strings(got)
		sort.Strings(req)
		if fmt.Sprint(want) != fmt.Sprint(got) || fmt.Sprint(got) != fmt.Sprint(req) {
			t.Errorf("%s: fields %v, schema %v, required %v", path, want, got, req)
		}
		if s["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties not false", path)
		}
		for name, ft := range fields {
			p := props[name].(map[string]any)
			if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
				check(path+"."+name, p["items"].(map[string]any), ft.Elem())
			}
		}
	}
	check("briefing", schema, reflect.TypeOf(wireBriefing{}))
}
