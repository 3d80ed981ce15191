package testnote

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

type closeBuffer struct{ bytes.Buffer }

func (*closeBuffer) Close() error { return nil }

// TestWrite checks where a line goes: always to stdout, and to the
// terminal only when go test would not show stdout (not verbose, stdout
// not the terminal) and there is a terminal.
func TestWrite(t *testing.T) {
	const line = "adapters/x: X tests skipped: set X_URL\n"
	for _, tc := range []struct {
		name     string
		verbose  bool
		noTTY    bool
		wantTerm string
	}{
		{"list of packages, no -v", false, false, line},
		{"-v", true, false, ""},
		{"no terminal (CI)", false, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
			if err != nil {
				t.Fatal(err)
			}
			defer stdout.Close()
			term := &closeBuffer{}
			tty := func() (io.WriteCloser, error) {
				if tc.noTTY {
					return nil, errors.New("no such device or address")
				}
				return term, nil
			}
			write(stdout, tty, tc.verbose, line)
			got, err := os.ReadFile(stdout.Name())
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != line {
				t.Errorf("stdout = %q, want %q", got, line)
			}
			if term.String() != tc.wantTerm {
				t.Errorf("terminal = %q, want %q", term.String(), tc.wantTerm)
			}
		})
	}
}
