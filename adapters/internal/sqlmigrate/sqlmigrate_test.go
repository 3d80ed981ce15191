package sqlmigrate

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    string // versions and names, or the start of the error
		wantErr bool
	}{
		{"gap", fstest.MapFS{
			"m/0002_second.sql": file("B"),
			"m/0001_init.sql":   file("A"),
			"m/0010_tenth.sql":  file("J"),
			"m/README.md":       file("not SQL"),
		}, "", true}, // 2 → 10 is a gap
		{"contiguous", fstest.MapFS{
			"m/0002_second.sql": file("B"),
			"m/0001_init.sql":   file("A"),
			"m/0003_x_y.sql":    file("C"),
			"m/README.md":       file("not SQL"),
		}, "1 init A, 2 second B, 3 x_y C", false},
		{"duplicate", fstest.MapFS{"m/0001_a.sql": file(""), "m/001_b.sql": file("")}, "", true},
		{"zero", fstest.MapFS{"m/0000_a.sql": file("")}, "", true},
		{"no name", fstest.MapFS{"m/0001.sql": file("")}, "", true},
		{"not a number", fstest.MapFS{"m/init_0001.sql": file("")}, "", true},
		{"empty", fstest.MapFS{"m/README.md": file("")}, "", true},
		{"no dir", fstest.MapFS{}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := Load(tt.files, "m")
			if tt.wantErr {
				if err == nil {
					t.Fatalf("Load = %v, want an error", ms)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range ms {
				got = append(got, fmt.Sprintf("%d %s %s", m.Version, m.Name, m.SQL))
			}
			if s := strings.Join(got, ", "); s != tt.want {
				t.Errorf("Load = %s, want %s", s, tt.want)
			}
		})
	}
}

// TestStoresInStep checks that the SQLite and PostgreSQL stores have the
// same migrations, so that a schema change is never made to one only.
func TestStoresInStep(t *testing.T) {
	names := func(dir string) []string {
		ms, err := Load(os.DirFS(dir), "migrations")
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		var out []string
		for _, m := range ms {
			out = append(out, fmt.Sprintf("%04d_%s", m.Version, m.Name))
		}
		return out
	}
	lite, pg := names("../../sqlite"), names("../../postgres")
	if fmt.Sprint(lite) != fmt.Sprint(pg) {
		t.Errorf("the stores' migrations differ:\n sqlite   %v\n postgres %v", lite, pg)
	}
}
