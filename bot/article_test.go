package bot

import (
	"strings"
	"testing"
)

func TestNewArticle(t *testing.T) {
	long := strings.Repeat("The minister said the talks would continue next week. ", 10)
	tests := []struct {
		name string
		in   string
		lim  Limits
		code string
		want string
	}{
		{name: "ok", in: long, lim: DefaultLimits, want: strings.TrimSpace(long)},
		{name: "empty", in: "", lim: DefaultLimits, code: EInvalid},
		{name: "blank", in: " \n\t\n ", lim: DefaultLimits, code: EInvalid},
		{name: "binary", in: "PK\x03\x04\x00\x00binary" + long, lim: DefaultLimits, code: EInvalid},
		{name: "not utf8", in: long + "\xff\xfe caf\xe9", lim: DefaultLimits, code: EInvalid},
		{name: "too short", in: "Subscribe to read this article.", lim: DefaultLimits, code: EInvalid},
		{name: "too long", in: long, lim: Limits{MinWords: 1, MaxWords: 20}, code: ETooLarge},
		{name: "bom and crlf", in: "\xef\xbb\xbfTitle\r\n\r\n\r\n" + long, lim: DefaultLimits, want: "Title\n\n" + strings.TrimSpace(long)},
		{name: "nbsp and control", in: "A\u00a0b\x07 " + long, lim: DefaultLimits, want: "A b " + strings.TrimSpace(long)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := NewArticle([]byte(tt.in), tt.lim)
			if tt.code != "" {
				if ErrorCode(err) != tt.code {
					t.Fatalf("NewArticle error code = %q (%v), want %q", ErrorCode(err), err, tt.code)
				}
				if msg := ErrorMessage(err); msg == "" || strings.Contains(msg, "\n") {
					t.Errorf("user message %q is not one line", msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewArticle: %v", err)
			}
			if a.Text != tt.want {
				t.Errorf("text = %q, want %q", a.Text, tt.want)
			}
		})
	}
}

func TestArticleHashIgnoresWhitespace(t *testing.T) {
	a := &Article{Text: "One two\n\nthree"}
	b := &Article{Text: "One  two three "}
	if a.Hash() != b.Hash() {
		t.Error("hash differs for whitespace-only changes")
	}
	if a.Hash() == (&Article{Text: "One two four"}).Hash() {
		t.Error("hash equal for different text")
	}
}

func TestErrorMessage(t *testing.T) {
	e := WrapError(errString("dial tcp 10.0.0.1: refused"), EFetch, "fetch", "The link could not be loaded.")
	if got := ErrorMessage(e); got != "The link could not be loaded." {
		t.Errorf("ErrorMessage = %q", got)
	}
	if got := ErrorMessage(errString("secret detail")); strings.Contains(got, "secret") {
		t.Errorf("ErrorMessage leaks internal detail: %q", got)
	}
	if ErrorCode(nil) != "" || ErrorMessage(nil) != "" {
		t.Error("nil error has a code or message")
	}
	if !strings.Contains(e.Error(), "refused") || !strings.Contains(e.Error(), "fetch") {
		t.Errorf("Error() = %q lacks operator detail", e.Error())
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestParseCommand(t *testing.T) {
	tests := []struct{ in, cmd, arg string }{
		{"help", "help", ""},
		{"  Help? ", "help", ""},
		{"!help", "help", ""},
		{"help me understand the sanctions", "", "help me understand the sanctions"},
		{"brief https://example.com/a", "brief", "https://example.com/a"},
		{"/brief some pasted\ntext", "brief", "some pasted\ntext"},
		{"brief\nFirst line of article", "brief", "First line of article"},
		{"forget", "forget", ""},
		{"What did China say?", "", "What did China say?"},
	}
	for _, tt := range tests {
		cmd, arg := ParseCommand(tt.in)
		if cmd != tt.cmd || arg != tt.arg {
			t.Errorf("ParseCommand(%q) = %q, %q; want %q, %q", tt.in, cmd, arg, tt.cmd, tt.arg)
		}
	}
}

func TestFindLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"see https://example.com/news/1.html.", "https://example.com/news/1.html"},
		{"(http://example.org/a?b=c)", "http://example.org/a?b=c"},
		{"no link here", ""},
		{"ftp://example.com/x", ""},
		{"<https://example.com/x>", "https://example.com/x"},
		{"see HTTP://EXAMPLE.COM/X.", "HTTP://EXAMPLE.COM/X"},
		{"Https://example.com/x", "Https://example.com/x"},
	}
	for _, tt := range tests {
		if got := FindLink(tt.in); got != tt.want {
			t.Errorf("FindLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountWords(t *testing.T) {
	for in, want := range map[string]int{
		"":                       0,
		"one two  three":         3,
		"中国外交部发言人洪磊表示":           6,
		"洪磊 said 中国 is a victim": 6,
		"— , .":                  3, // fields, as before
	} {
		if got := CountWords(in); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", in, got, want)
		}
	}
}
