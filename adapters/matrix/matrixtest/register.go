package matrixtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"
	"maunium.net/go/mautrix/synapseadmin"
)

// sharedSecretRE finds the registration secret in dendrite.yaml.
var sharedSecretRE = regexp.MustCompile(`(?m)^\s*registration_shared_secret:\s*"?([^"\s#]+)"?`)

// RegisterUser creates a new account whose localpart starts with prefix,
// by shared-secret registration with the secret in the homeserver's
// configuration (scripts/dendrite.sh's data directory), and returns its
// user id and password. For tests that need an account no other test has
// touched (its cross-signing keys, say). It skips the test when the
// homeserver was not started by scripts/dendrite.sh.
func RegisterUser(t testing.TB, env Env, prefix string) (id.UserID, string) {
	t.Helper()
	if env.DataDir == "" {
		t.Skip("BRIEFBOT_TEST_MATRIX_DATA is not set: registering a new account needs the homeserver's registration secret (start it with scripts/dendrite.sh)")
	}
	conf, err := os.ReadFile(filepath.Join(env.DataDir, "dendrite.yaml"))
	if err != nil {
		t.Fatalf("register a user: read the homeserver's configuration: %v", err)
	}
	m := sharedSecretRE.FindSubmatch(conf)
	if m == nil {
		t.Fatalf("register a user: no registration_shared_secret in %s/dendrite.yaml", env.DataDir)
	}
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	localpart := strings.ToLower(prefix) + "-" + hex.EncodeToString(suffix)
	password := "pw-" + hex.EncodeToString(suffix) + "-" + hex.EncodeToString(suffix[:3])
	cli, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		t.Fatal(err)
	}
	cli.Client.Timeout = 30 * time.Second
	admin := &synapseadmin.Client{Client: cli}
	resp, err := admin.SharedSecretRegister(context.Background(), string(m[1]), synapseadmin.ReqSharedSecretRegister{
		Username: localpart, Password: password, InhibitLogin: true,
	})
	if err != nil {
		t.Fatalf("register %s: %v", localpart, err)
	}
	user := resp.UserID
	if user == "" {
		user = id.NewUserID(localpart, env.ServerName)
	}
	return user, password
}
