package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

// pageCorpora are the public Go modules whose test files hold the real web
// pages of the evaluation set (bot/eval/testdata/pages). The pages are
// read from the module cache and never copied into the repository: a
// gold file names a page as "corpus:path".
var pageCorpora = map[string]struct{ module, dir string }{
	"trafilatura": {"github.com/markusmobius/go-trafilatura@v1.12.2", "test-files"},
	"htmldate":    {"github.com/markusmobius/go-htmldate@v1.10.1", "test-files"},
	"goose":       {"github.com/advancedlogic/GoOse@v0.0.0-20191112112754-e742535969c1", "sites"},
}

// pageOpener opens evaluation pages: it finds each corpus module in the
// module cache (downloading it with the go command when missing, or under
// dir when set) and extracts the article the way Briefbot does for an
// uploaded HTML file.
type pageOpener struct {
	dir     string // a directory holding the modules' test-files, by corpus name
	fetcher *web.Fetcher
	mu      sync.Mutex
	roots   map[string]string
}

func newPageOpener(dir string, limits bot.Limits) *pageOpener {
	return &pageOpener{dir: dir, fetcher: web.New(web.Options{Limits: limits}), roots: map[string]string{}}
}

// open implements eval.PageOpener.
func (o *pageOpener) open(ref string) (*bot.Article, error) {
	name, rel, ok := strings.Cut(ref, ":")
	corpus, known := pageCorpora[name]
	if !ok || !known || rel == "" || strings.Contains(rel, "..") || filepath.IsAbs(rel) {
		return nil, fmt.Errorf("page %q: want corpus:path with corpus one of trafilatura, htmldate, goose", ref)
	}
	root, err := o.root(name, corpus.module)
	if err != nil {
		return nil, err
	}
	html, err := os.ReadFile(filepath.Join(root, corpus.dir, filepath.FromSlash(rel)))
	if err != nil {
		return nil, err
	}
	return o.fetcher.ExtractHTML(context.Background(), html, "")
}

// root returns the directory of a corpus module.
func (o *pageOpener) root(name, module string) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if r, ok := o.roots[name]; ok {
		return r, nil
	}
	var r string
	switch {
	case o.dir != "":
		r = filepath.Join(o.dir, name)
	default:
		var err error
		if r, err = moduleDir(module); err != nil {
			return "", err
		}
	}
	o.roots[name] = r
	return r, nil
}

// moduleDir returns where the go command keeps a module, downloading it
// through the module proxy when it is not in the cache.
func moduleDir(module string) (string, error) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the evaluation pages come from the Go module %s: install Go, or pass --pages DIR", module)
	}
	cmd := exec.Command(goCmd, "mod", "download", "-json", module) // #nosec G204 -- a fixed module path
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr == nil && info.Error != "" {
		return "", fmt.Errorf("download %s: %s", module, info.Error)
	}
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", fmt.Errorf("download %s: %s", module, strings.TrimSpace(string(ee.Stderr)))
		}
		return "", fmt.Errorf("download %s: %w", module, err)
	}
	if info.Dir == "" {
		return "", fmt.Errorf("download %s: the go command named no directory", module)
	}
	return info.Dir, nil
}
