package doc

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "One thing. Another thing! A third? Yes.",
			[]string{"One thing.", "Another thing!", "A third?", "Yes."}},
		// Text run together when the page was scraped: a quotation mark
		// with no space before a capital opens the next sentence once the
		// sentence's own quotations are closed.
		{"quotation run into the sentence before", `"That would hurt them," she said."That talk I will never share," Harry added.`,
			[]string{`"That would hurt them," she said.`, `"That talk I will never share," Harry added.`}},
		{"curly quotation run into the sentence before", "It was over.“We lost,” he said.",
			[]string{"It was over.", "“We lost,” he said."}},
		{"a quotation closing after a bracket, run into the next sentence", `"She might go on acting (there was no money for her)."In another part, he spoke of the press.`,
			[]string{`"She might go on acting (there was no money for her)."`, `In another part, he spoke of the press.`}},
		{"a quotation closing after a lower-case word, run into the next sentence", `"At the time, it was awkward, I was shocked."When he was asked again, he declined.`,
			[]string{`"At the time, it was awkward, I was shocked."`, `When he was asked again, he declined.`}},
		{"a curly quotation closing after a lower-case word, run into the next sentence", "She said: “We were never told.”Then the hearing ended.",
			[]string{"She said: “We were never told.”", "Then the hearing ended."}},
		{"a straight quotation closing at a run-together period stays", `He said, "No."Then he left.`,
			[]string{`He said, "No."Then he left.`}},
		{"US mid sentence", "The U.S. government denied it. Officials agreed.",
			[]string{"The U.S. government denied it.", "Officials agreed."}},
		{"US at end before starter", "He moved to the U.S. The move was quick.",
			[]string{"He moved to the U.S.", "The move was quick."}},
		{"DC", "They met in Washington, D.C. on Monday. It rained.",
			[]string{"They met in Washington, D.C. on Monday.", "It rained."}},
		{"state abbreviation in a dateline", "NASHVILLE, Tenn. (AP) — A judge blocked the law. It was vague.",
			[]string{"NASHVILLE, Tenn. (AP) — A judge blocked the law.", "It was vague."}},
		{"state abbreviation ending a sentence before an opener", "She lives in Dover, Del. The house is old.",
			[]string{"She lives in Dover, Del.", "The house is old."}},
		{"lower-case word like a state's abbreviation", "He was ill. Doctors came.",
			[]string{"He was ill.", "Doctors came."}},
		{"title Mr", "Mr. Smith said so. Dr. Jones agreed.",
			[]string{"Mr. Smith said so.", "Dr. Jones agreed."}},
		// A title in lower case is another word: French "sens".
		{"title in lower case", "La fédération abonde dans ce sens. « Les PME souffrent », regrette son président.",
			[]string{"La fédération abonde dans ce sens.", "« Les PME souffrent », regrette son président."}},
		{"title Sens", "Sens. Reed and Cole voted no. The bill passed.",
			[]string{"Sens. Reed and Cole voted no.", "The bill passed."}},
		{"title Gen before name", "Gen. Michael Flynn spoke.",
			[]string{"Gen. Michael Flynn spoke."}},
		{"initials", "John F. Kennedy was president. He died in 1963.",
			[]string{"John F. Kennedy was president.", "He died in 1963."}},
		{"a letter after a word in lower case, before a quotation", "Celebró la decisión en su cuenta de X. \"Se acabó la impunidad\", escribió.",
			[]string{"Celebró la decisión en su cuenta de X.", "\"Se acabó la impunidad\", escribió."}},
		{"an initial after a given name, before a nickname in quotation marks", "John F. \"Jack\" Kennedy was president.",
			[]string{"John F. \"Jack\" Kennedy was president."}},
		{"pronoun I ends", "Then came World War I. The war ended.",
			[]string{"Then came World War I.", "The war ended."}},
		{"a quotation after an abbreviation's period opens a sentence", "Avoid dishwashers between 4 p.m. and 9 p.m. \u201cWe are in a tight spot,\u201d he said.",
			[]string{"Avoid dishwashers between 4 p.m. and 9 p.m.", "\u201cWe are in a tight spot,\u201d he said."}},
		{"a quotation in lower case after an abbreviation goes on", "He called the U.S. \u201cdeeply worrying\u201d on Monday.",
			[]string{"He called the U.S. \u201cdeeply worrying\u201d on Monday."}},
		{"times", "It struck at 4:00 A.M. local time and at 8:30 p.m. BST. Fires followed.",
			[]string{"It struck at 4:00 A.M. local time and at 8:30 p.m. BST.", "Fires followed."}},
		{"number abbreviation", "Republic Act No. 3846 applies. It is old.",
			[]string{"Republic Act No. 3846 applies.", "It is old."}},
		{"quote then attribution", `"We are victims," he said. "They attack us."`,
			[]string{`"We are victims," he said.`, `"They attack us."`}},
		{"question inside quote", `"Why?" she asked. Nobody knew.`,
			[]string{`"Why?" she asked.`, "Nobody knew."}},
		{"closing quote after period", `He said "it is over." Then he left.`,
			[]string{`He said "it is over."`, "Then he left."}},
		{"ellipsis lowercase", "She didn't mean it... if she had stayed. We know.",
			[]string{"She didn't mean it... if she had stayed.", "We know."}},
		{"Inc before starter", "He works at Apple Inc. The firm agreed.",
			[]string{"He works at Apple Inc.", "The firm agreed."}},
		{"Inc mid", "Apple Inc. Chief Executive Tim Cook spoke.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"curly quotes", "“It is done.” The end.",
			[]string{"“It is done.”", "The end."}},
		{"a number grouped in thousands ends its sentence", "Die Polizei zählte 2.000. Martin Vogel sprach von 1.500.000. Die Zahl 2.0. Mehr nicht.",
			[]string{"Die Polizei zählte 2.000.", "Martin Vogel sprach von 1.500.000.", "Die Zahl 2.0. Mehr nicht."}},
		{"German ordinal day before a month", "Die Sitzung am 12. April sei kurz gewesen. Das sagte er am 3. Mai.",
			[]string{"Die Sitzung am 12. April sei kurz gewesen.", "Das sagte er am 3. Mai."}},
		{"German ordinal after an article", "Für Aufregung sorgte eine Szene in der 78. Minute. Im 101. Derby fiel kein Tor.",
			[]string{"Für Aufregung sorgte eine Szene in der 78. Minute.", "Im 101. Derby fiel kein Tor."}},
		{"German ordinal after a possessive", "Das sagte sie zu ihrem 90. Geburtstag. In seiner 3. Wahlperiode blieb er.",
			[]string{"Das sagte sie zu ihrem 90. Geburtstag.", "In seiner 3. Wahlperiode blieb er."}},
		{"German abbreviations before a number or a noun", "Laut Abs. 3 kamen rd. 300 Leute, u. a. Anwohner. Das kostet 5 Mio. Euro.",
			[]string{"Laut Abs. 3 kamen rd. 300 Leute, u. a. Anwohner.", "Das kostet 5 Mio. Euro."}},
		{"German spaced abbreviations, and a lone letter ending a sentence", "Der Verband e. V. meldet das. Er nannte den Buchstaben x. Dann ging er.",
			[]string{"Der Verband e. V. meldet das.", "Er nannte den Buchstaben x.", "Dann ging er."}},
		{"a number after no article ends the sentence", "Der Pegel stieg auf 78. Minuten später fiel er.",
			[]string{"Der Pegel stieg auf 78.", "Minuten später fiel er."}},
		{"number over 31 ending a sentence before a month", "The vote was 52 to 48. April brought more.",
			[]string{"The vote was 52 to 48.", "April brought more."}},
		{"decimal", "About 1.7 million marched. It rained.",
			[]string{"About 1.7 million marched.", "It rained."}},
		{"French guillemet after a space closes", "« C'est préoccupant. » Le ministre est parti. « Non. » « Oui. »",
			[]string{"« C'est préoccupant. »", "Le ministre est parti.", "« Non. »", "« Oui. »"}},
		{"French guillemet after a space closes before an incise's comma", "« Le pont est fermé. Il rouvrira en mai. », a dit le maire. Il est parti.",
			[]string{"« Le pont est fermé.", "Il rouvrira en mai. », a dit le maire.", "Il est parti."}},
		{"French guillemet after a space opens after a comma", "Il a dit, « Non. » Puis il est parti.",
			[]string{"Il a dit, « Non. »", "Puis il est parti."}},
		{"guillemets written » … «", "Il a parlé d'un montage. » Pourquoi maintenant ? « , s'est-il interrogé. » Non. « » Oui. «",
			[]string{"Il a parlé d'un montage.", "» Pourquoi maintenant ? « , s'est-il interrogé.", "» Non. «", "» Oui. «"}},
		{"paragraphs run together after a lower-case word", "El agua no llega al campo.Rodolfo Hernández lo dijo.",
			[]string{"El agua no llega al campo.", "Rodolfo Hernández lo dijo."}},
		{"paragraphs run together after a name", "Hay que avanzar\", dijo Fajardo.Para Ingrid Betancourt la solución es otra.",
			[]string{"Hay que avanzar\", dijo Fajardo.", "Para Ingrid Betancourt la solución es otra."}},
		{"paragraphs run together after a bracket", "Hubo despidos (ver nota aparte).Por la tarde cambió todo.",
			[]string{"Hubo despidos (ver nota aparte).", "Por la tarde cambió todo."}},
		{"no break inside an acronym, an abbreviation or an address", "Llegó a EE.UU.Luego habló el Gen.Smith en www.Diario.Com hoy.",
			[]string{"Llegó a EE.UU.Luego habló el Gen.Smith en www.Diario.Com hoy."}},
		{"no break after a capitalised word with capitals inside", "Lo anunció McDonald.Com ayer.",
			[]string{"Lo anunció McDonald.Com ayer."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Parse(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string // sentences per paragraph
	}{
		{"blank lines", "First para. Still.\n\nSecond para.",
			[][]string{{"First para.", "Still."}, {"Second para."}}},
		{"headline and dateline without punctuation",
			"China rejects US report\nWed Feb 20, 2013 9:43AM GMT\nChina has again denied the claims.",
			[][]string{{"China rejects US report"}, {"Wed Feb 20, 2013 9:43AM GMT"}, {"China has again denied the claims."}}},
		{"wrapped line", "The minister said that the\nagreement was void. It ended.",
			[][]string{{"The minister said that the agreement was void.", "It ended."}}},
		{"list items", "Demands:\n- an inquiry\n- a pardon\n1. first\n2) second",
			[][]string{{"Demands:"}, {"- an inquiry"}, {"- a pardon"}, {"1. first"}, {"2) second"}}},
		{"hard wrapped text",
			"The Chinese foreign ministry spokesman said on Wednesday that the\n" +
				"United States has been the main source of attacks against Chinese\n" +
				"websites, and that China is one of the main victims of hacking.\n" +
				"Mandiant said it stood by its report.",
			[][]string{{"The Chinese foreign ministry spokesman said on Wednesday that the United States has been the main source of attacks against Chinese websites, and that China is one of the main victims of hacking.",
				"Mandiant said it stood by its report."}}},
		{"hard wrapped paragraphs end on short line",
			"The Chinese foreign ministry spokesman said on Wednesday that the\n" +
				"United States has been the main source of attacks against Chinese\n" +
				"websites.\n" +
				"Mandiant said it stood by its report and would publish more data.",
			[][]string{{"The Chinese foreign ministry spokesman said on Wednesday that the United States has been the main source of attacks against Chinese websites."},
				{"Mandiant said it stood by its report and would publish more data."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.in)
			var got [][]string
			for _, p := range d.Paragraphs {
				var ss []string
				for i := p.First; i <= p.Last; i++ {
					ss = append(ss, d.Sentences[i].Text)
				}
				got = append(got, ss)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkDoc(t, d)
		})
	}
}

func TestSentenceLookup(t *testing.T) {
	d := Parse("One. Two.")
	if s, ok := d.Sentence(2); !ok || s.Text != "Two." || s.N != 2 {
		t.Errorf("Sentence(2) = %+v, %v", s, ok)
	}
	for _, n := range []int{0, 3, -1} {
		if _, ok := d.Sentence(n); ok {
			t.Errorf("Sentence(%d) exists", n)
		}
	}
	if d := Parse(""); len(d.Sentences) != 0 || len(d.Paragraphs) != 0 {
		t.Errorf("empty text: %+v", d)
	}
	if d := Parse(" \n\n\t "); len(d.Sentences) != 0 {
		t.Errorf("blank text: %+v", d)
	}
}

// checkDoc verifies the structural invariants of a parse.
func checkDoc(t testing.TB, d *Doc) {
	t.Helper()
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.N != i+1 {
			t.Fatalf("sentence %d numbered %d", i, s.N)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(d.Text) {
			t.Fatalf("sentence %d span [%d,%d) invalid after %d (len %d)", s.N, s.Start, s.End, prevEnd, len(d.Text))
		}
		prevEnd = s.End
		if !utf8.ValidString(s.Text) {
			t.Fatalf("sentence %d text not UTF-8: %q", s.N, s.Text)
		}
		if strings.TrimSpace(s.Text) == "" {
			t.Fatalf("sentence %d is blank", s.N)
		}
		if s.Para < 0 || s.Para >= len(d.Paragraphs) {
			t.Fatalf("sentence %d in paragraph %d of %d", s.N, s.Para, len(d.Paragraphs))
		}
		p := d.Paragraphs[s.Para]
		if s.Start < p.Start || s.End > p.End || i < p.First || i > p.Last {
			t.Fatalf("sentence %d [%d,%d) outside paragraph %+v", s.N, s.Start, s.End, p)
		}
		if utf8.ValidString(d.Text[s.Start:s.End]) && s.Text != flatten(d.Text[s.Start:s.End]) {
			t.Fatalf("sentence %d text %q differs from its span", s.N, s.Text)
		}
	}
	prev := -1
	for _, p := range d.Paragraphs {
		if p.First != prev+1 || p.Last < p.First {
			t.Fatalf("paragraph %+v does not follow sentence %d", p, prev)
		}
		prev = p.Last
	}
	if prev != len(d.Sentences)-1 {
		t.Fatalf("paragraphs cover %d of %d sentences", prev+1, len(d.Sentences))
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "One. Two.", "Mr. Smith went to Washington, D.C. The U.S. agreed.",
		"Headline\n\nWed Feb 20, 2013 9:43AM GMT\n\n\"Quote,\" he said. \"More.\"",
		"- a\n- b\n1. c", "“x” ‘y’ «z»", "a\xffb. C\xfe.", "...\n\n!!!", "A. B. C. D.",
		"line one of a wrapped paragraph that goes on for a while here\nline two of a wrapped paragraph that goes on for a while too\nline three.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDoc(t, Parse(s))
	})
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("The U.S. government said on Monday that it \"will respond,\" officials said. Mr. Smith agreed.\n\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Parse(text)
	}
}
