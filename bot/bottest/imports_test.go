package bottest_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// isHelper reports whether the package at import path (or directory) p is
// a test helper: bottest, slacktest, pgtest, storetest … or testnote.
func isHelper(p string) bool {
	base := filepath.Base(p)
	return strings.HasSuffix(base, "test") || base == "testnote"
}

// TestHelpersOnlyInTests checks that no package of the bot's own imports a
// test helper package outside its tests: fakes and recorders must not end
// up in the binary.
func TestHelpersOnlyInTests(t *testing.T) {
	const module = "github.com/briefbot/briefbot/"
	root := filepath.Join("..", "..")
	var checked int
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || isHelper(filepath.Dir(path)) {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, module) && isHelper(p) {
				t.Errorf("%s imports the test helper %s", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Errorf("checked %d files, want the module's (is the walk rooted right?)", checked)
	}
}
