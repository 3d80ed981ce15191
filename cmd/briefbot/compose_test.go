package main

import (
	"bufio"
	"net"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
)

// composeFile is the part of compose.yaml the tests read.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
}

type composeService struct {
	Image       string            `yaml:"image"`
	Build       string            `yaml:"build"`
	Environment map[string]string `yaml:"environment"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Healthcheck struct {
		Test []string `yaml:"test"`
	} `yaml:"healthcheck"`
	Ports    []string `yaml:"ports"`
	Profiles []string `yaml:"profiles"`
}

// interpolate replaces ${NAME} and ${NAME:-default} as Compose does, with
// the variables in vars.
func interpolate(s string, vars map[string]string) string {
	return interpolation.ReplaceAllStringFunc(s, func(m string) string {
		sub := interpolation.FindStringSubmatch(m)
		if v := vars[sub[1]]; v != "" {
			return v
		}
		return sub[3]
	})
}

var interpolation = regexp.MustCompile(`\$\{([A-Z0-9_]+)(:-([^}]*))?\}`)

func readCompose(t *testing.T) composeFile {
	t.Helper()
	data, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f composeFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	return f
}

// bots returns the names of the services built from the Dockerfile.
func (f composeFile) bots() []string {
	var out []string
	for name, s := range f.Services {
		if s.Build != "" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// TestComposeFile checks the compose.yaml example: PostgreSQL with a
// health check; two replicas built from the Dockerfile, using only known
// settings that load (with the offline backend and with the local model),
// sharing one database that is the postgres service's, started once it is
// healthy, checked with `briefbot health`, each on its own host port; and
// the local model server under a profile, which the model setting points
// at.
func TestComposeFile(t *testing.T) {
	f := readCompose(t)
	pg, ok := f.Services["postgres"]
	if !ok {
		t.Fatal("no postgres service")
	}
	if !strings.HasPrefix(pg.Image, "postgres:16") && !strings.HasPrefix(pg.Image, "postgres:15") {
		t.Errorf("postgres image %q, want postgres:16 or 15", pg.Image)
	}
	if !strings.Contains(strings.Join(pg.Healthcheck.Test, " "), "pg_isready") {
		t.Errorf("postgres health check %q does not use pg_isready", pg.Healthcheck.Test)
	}
	pgEnv := map[string]string{}
	for k, v := range pg.Environment {
		pgEnv[k] = interpolate(v, nil)
	}

	known := map[string]bool{}
	for _, s := range settings {
		known[s.name] = true
	}
	bots := f.bots()
	if len(bots) != 2 {
		t.Fatalf("services built from the Dockerfile: %v, want two replicas", bots)
	}
	var dbURLs, hostPorts []string
	for _, name := range bots {
		s := f.Services[name]
		if s.Build != "." {
			t.Errorf("%s: build %q, want the repository's Dockerfile (.)", name, s.Build)
		}
		for k := range s.Environment {
			if !known[k] {
				t.Errorf("%s: %s is not a setting", name, k)
			}
		}
		if s.DependsOn["postgres"].Condition != "service_healthy" {
			t.Errorf("%s: depends on postgres with %q, want service_healthy", name, s.DependsOn["postgres"].Condition)
		}
		if hc := s.Healthcheck.Test; len(hc) < 3 || hc[0] != "CMD" || !strings.HasSuffix(hc[1], "briefbot") || hc[2] != "health" {
			t.Errorf("%s: health check %q, want briefbot health", name, hc)
		}
		for _, vars := range []map[string]string{nil, {"BRIEFBOT_BACKEND": "openai"}} {
			env := map[string]string{}
			for k, v := range s.Environment {
				env[k] = interpolate(v, vars)
			}
			cfg, err := LoadConfig(func(k string) string { return env[k] }, "")
			if err != nil {
				t.Errorf("%s with %v: the settings do not load: %v", name, vars, err)
				continue
			}
			if cfg.Backend == "openai" && !strings.HasPrefix(cfg.OpenAIBaseURL, "http://ollama:") {
				t.Errorf("%s: the openai backend points at %s, want the ollama service", name, cfg.OpenAIBaseURL)
			}
			if vars == nil {
				dbURLs = append(dbURLs, cfg.DatabaseURL)
				_, port, _ := net.SplitHostPort(cfg.HTTPAddr)
				for _, p := range s.Ports {
					if !strings.HasSuffix(p, ":"+port) {
						t.Errorf("%s: port %q does not publish BRIEFBOT_HTTP_ADDR's port %s", name, p, port)
					}
					hostPorts = append(hostPorts, strings.TrimSuffix(p, ":"+port))
				}
				if host, _, _ := net.SplitHostPort(cfg.HTTPAddr); host != "0.0.0.0" {
					t.Errorf("%s: BRIEFBOT_HTTP_ADDR %s is not reachable from outside the container", name, cfg.HTTPAddr)
				}
			}
		}
	}
	if len(dbURLs) != 2 || dbURLs[0] != dbURLs[1] {
		t.Fatalf("the replicas' database URLs differ: %q", dbURLs)
	}
	u, err := url.Parse(dbURLs[0])
	if err != nil {
		t.Fatal(err)
	}
	pass, _ := u.User.Password()
	if u.Scheme != "postgres" || u.Hostname() != "postgres" || u.User.Username() != pgEnv["POSTGRES_USER"] ||
		pass != pgEnv["POSTGRES_PASSWORD"] || strings.TrimPrefix(u.Path, "/") != pgEnv["POSTGRES_DB"] {
		t.Errorf("database URL %s is not the postgres service's (%v)", dbURLs[0], pgEnv)
	}
	if len(hostPorts) != 2 || hostPorts[0] == hostPorts[1] {
		t.Errorf("host ports %q, want one each, distinct", hostPorts)
	}
	ollama, ok := f.Services["ollama"]
	if !ok || !slices.Contains(ollama.Profiles, "ollama") {
		t.Errorf("no ollama service under the ollama profile: %+v", ollama)
	}
}

// TestComposeReplicasServe starts two `briefbot serve` replicas with the
// settings compose.yaml gives them, on the test PostgreSQL and on free
// addresses instead of the postgres service and the container's port, and
// runs their health check command: both are ready.
func TestComposeReplicasServe(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test with child processes")
	}
	dbURL := pgtest.Schema(t)
	f := readCompose(t)
	for _, name := range f.bots() {
		env := map[string]string{}
		for k, v := range f.Services[name].Environment {
			if v = interpolate(v, nil); v != "" {
				env[k] = v
			}
		}
		env["BRIEFBOT_DATABASE_URL"] = dbURL
		env["BRIEFBOT_HTTP_ADDR"] = freeAddr(t)
		env["BRIEFBOT_DATA_DIR"] = t.TempDir()
		c := startServe(t, env)
		hc := f.Services[name].Healthcheck.Test
		code, out, stderr := run(t, map[string]string{"BRIEFBOT_HTTP_ADDR": c.addr}, "", hc[2:]...)
		if code != exitOK || !strings.HasPrefix(out, "ready\n") {
			t.Errorf("%s: %q = exit %d\n%s%s", name, hc, code, out, stderr)
		}
	}
}

// TestDockerfile checks the image's health check and data volume: the
// health check runs the binary the image installs with `health`, the
// volume is the data directory, made in the image and owned by the user
// the bot runs as.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	// Join continued lines.
	text := strings.ReplaceAll(string(data), "\\\n", " ")
	var healthcheck, volume, user, dataDir, binary, chown string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		rest := strings.Join(f[1:], " ")
		switch f[0] {
		case "HEALTHCHECK":
			healthcheck = rest
		case "VOLUME":
			volume = strings.Trim(rest, `[]" `)
		case "USER":
			user = rest
		case "ENV":
			if m := regexp.MustCompile(`BRIEFBOT_DATA_DIR=(\S+)`).FindStringSubmatch(rest); m != nil {
				dataDir = m[1]
			}
		case "COPY":
			if strings.Contains(rest, "/out/briefbot ") {
				binary = f[len(f)-1]
			}
			if strings.Contains(rest, "/out/data ") {
				chown = rest
			}
		}
	}
	if want := `CMD ["` + binary + `", "health"]`; binary == "" || !strings.Contains(healthcheck, want) {
		t.Errorf("HEALTHCHECK %q, want %s", healthcheck, want)
	}
	if dataDir == "" || volume != dataDir {
		t.Errorf("VOLUME %q, want the data directory %q", volume, dataDir)
	}
	if user != "nonroot:nonroot" || !strings.Contains(chown, "--chown=65532:65532") || !strings.HasSuffix(chown, " "+dataDir) {
		t.Errorf("USER %q, data directory %q: want it made owned by nonroot (65532)", user, chown)
	}
}
