// Package testnote tells whoever runs the tests which integration suites
// skip, and how to run them. `go test ./...` shows nothing of a package
// that passes unless -v is given, so a suite that skips for want of a
// server would go unnoticed; a package's TestMain calls Skipped for each
// suite that will skip.
package testnote

import (
	"flag"
	"fmt"
	"io"
	"os"
	"testing"
)

// Skipped prints "pkg: what skipped: how", one line, where the person
// running the tests sees it: on the test binary's standard output (shown
// with -v or -json, by a plain `go test` in the package's directory, and
// when the package fails) and, when go test would drop that (a list of
// packages without -v), on the terminal (/dev/tty) too, if there is one.
// It is for TestMain, before m.Run.
func Skipped(pkg, what, how string) {
	if !flag.Parsed() {
		flag.Parse()
	}
	write(os.Stdout, openTTY, testing.Verbose(), fmt.Sprintf("%s: %s skipped: %s\n", pkg, what, how))
}

// write writes line to stdout, and to the terminal unless go test shows
// stdout anyway: with -v, or when stdout is the terminal itself.
func write(stdout *os.File, tty func() (io.WriteCloser, error), verbose bool, line string) {
	_, _ = io.WriteString(stdout, line)
	if verbose || isTerminal(stdout) {
		return
	}
	w, err := tty()
	if err != nil {
		return // no terminal (CI): stdout is all there is
	}
	_, _ = io.WriteString(w, line)
	_ = w.Close()
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func openTTY() (io.WriteCloser, error) { return os.OpenFile("/dev/tty", os.O_WRONLY, 0) }
