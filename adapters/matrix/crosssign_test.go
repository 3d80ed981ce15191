//go:build goolm

package matrix

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/crypto/olm"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/crypto/ssss"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/adapters/matrix/matrixtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot/bottest"
)

func TestParseRecoveryKey(t *testing.T) {
	key, err := ssss.NewKey("")
	if err != nil {
		t.Fatal(err)
	}
	good := key.RecoveryKey() // "EsT… …": groups of four
	// The last character one step on in the base58 alphabet: the number
	// changes by one, so the parity byte no longer matches.
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	bad := []byte(good)
	bad[len(bad)-1] = alphabet[(strings.IndexByte(alphabet, bad[len(bad)-1])+1)%len(alphabet)]
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"as clients show it", good, true},
		{"without spaces", strings.ReplaceAll(good, " ", ""), true},
		{"wrong parity", string(bad), false},
		{"truncated", good[:len(good)-5], false},
		{"lower case", strings.ToLower(good), false},
		{"a passphrase", "correct horse battery staple", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := parseRecoveryKey(tc.in)
			if tc.ok {
				if err != nil || !bytes.Equal(raw, key.Key) {
					t.Fatalf("parseRecoveryKey = %x, %v; want the key %x", raw, err, key.Key)
				}
				return
			}
			if !errors.Is(err, errBadRecoveryKey) {
				t.Fatalf("parseRecoveryKey error = %v, want errBadRecoveryKey", err)
			}
			if tc.in != "" && strings.Contains(err.Error(), tc.in) {
				t.Errorf("the error %q holds the key", err)
			}
		})
	}
}

func TestSignedBy(t *testing.T) {
	user := id.UserID("@bot:example.org")
	ssk, err := olm.NewPKSigning()
	if err != nil {
		t.Fatal(err)
	}
	other, err := olm.NewPKSigning()
	if err != nil {
		t.Fatal(err)
	}
	device := func() *mautrix.DeviceKeys {
		return &mautrix.DeviceKeys{UserID: user, DeviceID: "DEV", Algorithms: []id.Algorithm{id.AlgorithmMegolmV1},
			Keys: mautrix.KeyMap{"ed25519:DEV": "edkey", "curve25519:DEV": "curvekey"}}
	}
	sign := func(dk *mautrix.DeviceKeys, by olm.PKSigning, as id.UserID) *mautrix.DeviceKeys {
		sig, err := by.SignJSON(dk)
		if err != nil {
			t.Fatal(err)
		}
		dk.Signatures = signatures.NewSingleSignature(as, id.KeyAlgorithmEd25519, by.PublicKey().String(), sig)
		return dk
	}
	tampered := sign(device(), ssk, user)
	tampered.Keys["curve25519:DEV"] = "another"
	for _, tc := range []struct {
		name string
		dk   *mautrix.DeviceKeys
		want bool
	}{
		{"signed by the key", sign(device(), ssk, user), true},
		{"signed by another key", sign(device(), other, user), false},
		{"signed under another user", sign(device(), ssk, "@eve:example.org"), false},
		{"changed after signing", tampered, false},
		{"unsigned", device(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := signedBy(tc.dk, user, ssk.PublicKey()); got != tc.want {
				t.Errorf("signedBy = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPasswordAuth(t *testing.T) {
	cli := &mautrix.Client{UserID: "@bot:example.org"}
	password := &mautrix.RespUserInteractive{Session: "s1", Flows: []mautrix.UIAFlow{{Stages: []mautrix.AuthType{mautrix.AuthTypePassword}}}}
	sso := &mautrix.RespUserInteractive{Session: "s2", Flows: []mautrix.UIAFlow{{Stages: []mautrix.AuthType{"m.login.sso"}}}}
	for _, tc := range []struct {
		name     string
		password string
		resp     *mautrix.RespUserInteractive
		want     string // the auth's JSON; "null" for none
	}{
		{"password flow", "hunter2", password, `{"identifier":{"type":"m.id.user","user":"@bot:example.org"},"password":"hunter2","session":"s1","type":"m.login.password"}`},
		{"no password configured", "", password, "null"},
		{"no password flow", "hunter2", sso, "null"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs := &crossSigner{cli: cli, password: tc.password}
			got, err := json.Marshal(xs.passwordAuth(tc.resp))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("auth = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestMatrixCrossSigning runs the bot on an account of its own against a
// real homeserver: at the first start it sets up cross-signing and signs
// its device, so another person's key query shows the device signed by
// the self-signing key, signed by the master key, and a client that sends
// room keys only to cross-signed devices still gets answers; after a
// restart the device and keys are the same, nothing new is shown, and
// the exchange still works; a new device is signed with the recovery key,
// a new device without it is not (and the bot still runs), and a wrong
// recovery key stops the start even on a signed device.
func TestMatrixCrossSigning(t *testing.T) {
	env := testEnv(t)
	user, password := matrixtest.RegisterUser(t, env, "xsign")
	env.Bot, env.BotPassword = string(user), password
	store := openStore(t)
	var shown bytes.Buffer
	logs := &lockedBuffer{}
	b := startBot(t, env, store, botOptions{e2ee: true, config: func(c *Config) {
		c.RecoveryKeyOutput = &shown
		c.Logger = teeLogger(t, logs)
	}})
	recovery := shownRecoveryKey(t, shown.String())
	if strings.Contains(logs.String(), recovery) || strings.Contains(logs.String(), strings.ReplaceAll(recovery, " ", "")) {
		t.Error("the recovery key is in the log")
	}
	if !strings.Contains(logs.String(), "set up the account's cross-signing keys and signed this device") {
		t.Errorf("the log does not say cross-signing was set up:\n%s", logs)
	}

	h := newHuman(t, env, true)
	device := b.a.DeviceID()
	master := checkCrossSigned(t, h.Cli, user, device)

	// The person's client sends room keys only to devices their owner
	// cross-signed (Element's "exclude insecure devices").
	mach := h.Cli.Crypto.(*cryptohelper.CryptoHelper).Machine()
	mach.SendKeysMinTrust = id.TrustStateCrossSignedTOFU
	room := h.CreateRoom("cross-signed", true, false)
	encryptedExchange(t, h, room, "before the restart")
	dev, err := mach.GetOrFetchDevice(context.Background(), user, device)
	if err != nil {
		t.Fatal(err)
	}
	if trust, err := mach.ResolveTrustContext(context.Background(), dev); err != nil || trust != id.TrustStateCrossSignedTOFU {
		t.Errorf("the person's client trusts the bot's device as %s (%v), want %s", trust, err, id.TrustStateCrossSignedTOFU)
	}

	// A restart on the same database: the same device, still signed, no
	// new keys, nothing shown; a message sent while the bot was down, in
	// a new Megolm session (so the person's client decides again whether
	// to send its key to the bot's device), is answered.
	b.stop()
	if err := mach.CryptoStore.RemoveOutboundGroupSession(context.Background(), room); err != nil {
		t.Fatal(err)
	}
	down := h.Send(room, matrixtest.Mention(h.Bot, seedArticle))
	shown.Reset()
	b = startBot(t, env, store, botOptions{e2ee: true, config: func(c *Config) { c.RecoveryKeyOutput = &shown }})
	if got := b.a.DeviceID(); got != device {
		t.Errorf("device after a restart = %s, want %s", got, device)
	}
	if shown.Len() > 0 {
		t.Errorf("a restart showed something: %q", shown.String())
	}
	if got := checkCrossSigned(t, h.Cli, user, device); got != master {
		t.Errorf("master key after a restart = %s, want %s (no new keys)", got, master)
	}
	waitEncryptedBriefing(t, h, room, down, "after the restart")
	b.stop()

	// A new device (a new database) with the recovery key: signed with
	// the same keys, read from secret storage.
	b = startBot(t, env, openStore(t), botOptions{e2ee: true, config: func(c *Config) {
		c.RecoveryKey = recovery
		c.RecoveryKeyOutput = &shown
	}})
	if b.a.DeviceID() == device {
		t.Fatalf("a new database reused device %s", device)
	}
	if got := checkCrossSigned(t, h.Cli, user, b.a.DeviceID()); got != master {
		t.Errorf("master key seen by a new device = %s, want %s", got, master)
	}
	if shown.Len() > 0 {
		t.Errorf("a start with MATRIX_RECOVERY_KEY showed something: %q", shown.String())
	}
	b.stop()

	// A new device without the recovery key: it runs, unsigned, and says
	// what is missing.
	logs = &lockedBuffer{}
	b = startBot(t, env, openStore(t), botOptions{e2ee: true, config: func(c *Config) { c.Logger = teeLogger(t, logs) }})
	if !strings.Contains(logs.String(), "MATRIX_RECOVERY_KEY is not set") {
		t.Errorf("the log does not say MATRIX_RECOVERY_KEY is missing:\n%s", logs)
	}
	if keys := queryKeys(t, h.Cli, user); keys.deviceSigned(t, b.a.DeviceID()) {
		t.Error("a new device without the recovery key is signed")
	}
	b.stop()

	// The signed device again: the right recovery key is checked and
	// accepted; a recovery key of other keys stops the start, though the
	// device needs no signing.
	if _, err := newAdapter(t, env, store, func(c *Config) { c.RecoveryKey = recovery }); err != nil {
		t.Errorf("New with the recovery key on the signed device: %v", err)
	}
	otherKey, err := ssss.NewKey("")
	if err != nil {
		t.Fatal(err)
	}
	_, err = newAdapter(t, env, store, func(c *Config) { c.RecoveryKey = otherKey.RecoveryKey() })
	if err == nil || !strings.Contains(err.Error(), "setting MATRIX_RECOVERY_KEY: does not open the account's secret storage") {
		t.Errorf("New with another recovery key: err = %v, want it to say MATRIX_RECOVERY_KEY does not open secret storage", err)
	}
	if err != nil && strings.Contains(err.Error(), strings.ReplaceAll(otherKey.RecoveryKey(), " ", "")[:12]) {
		t.Errorf("the error holds the recovery key: %v", err)
	}
}

// TestMatrixCrossSigningAccessToken: with only an access token the
// homeserver's request for the password cannot be answered, so the bot
// starts without cross-signing and says what to set; with the password
// and a recovery key it sets up cross-signing under that key, showing
// nothing.
func TestMatrixCrossSigningAccessToken(t *testing.T) {
	env := testEnv(t)
	user, password := matrixtest.RegisterUser(t, env, "xsign-token")
	env.Bot, env.BotPassword = string(user), password
	login, err := mautrix.NewClient(env.Homeserver, "", "")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := login.Login(context.Background(), &mautrix.ReqLogin{
		Type:       mautrix.AuthTypePassword,
		Identifier: mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: string(user)},
		Password:   password,
	})
	if err != nil {
		t.Fatalf("log in as %s: %v", user, err)
	}
	store := openStore(t)
	var shown bytes.Buffer
	logs := &lockedBuffer{}
	b := startBot(t, env, store, botOptions{e2ee: true, config: func(c *Config) {
		c.AccessToken, c.Password = resp.AccessToken, ""
		c.RecoveryKeyOutput = &shown
		c.Logger = teeLogger(t, logs)
	}})
	if !strings.Contains(logs.String(), "Set MATRIX_PASSWORD as well") {
		t.Errorf("the log does not say the password is needed:\n%s", logs)
	}
	if shown.Len() > 0 {
		t.Errorf("a failed setup showed a recovery key: %q", shown.String())
	}
	if keys := queryKeys(t, b.a.Client(), user); len(keys.MasterKeys) > 0 {
		t.Errorf("cross-signing keys were published without the password: %s", keys.MasterKeys)
	}
	b.stop()

	given, err := ssss.NewKey("")
	if err != nil {
		t.Fatal(err)
	}
	b = startBot(t, env, store, botOptions{e2ee: true, config: func(c *Config) {
		c.AccessToken, c.Password = resp.AccessToken, password
		c.RecoveryKey = given.RecoveryKey()
		c.RecoveryKeyOutput = &shown
	}})
	if b.a.DeviceID() != resp.DeviceID {
		t.Errorf("device = %s, want the access token's %s", b.a.DeviceID(), resp.DeviceID)
	}
	checkCrossSigned(t, b.a.Client(), user, resp.DeviceID)
	if shown.Len() > 0 {
		t.Errorf("a setup with MATRIX_RECOVERY_KEY showed something: %q", shown.String())
	}
	// Secret storage's default key is the given one.
	keyID, meta, err := ssss.NewSSSSMachine(b.a.Client()).GetDefaultKeyData(context.Background())
	if err != nil {
		t.Fatalf("default secret storage key: %v", err)
	}
	if _, err := meta.VerifyRecoveryKey(keyID, given.RecoveryKey()); err != nil {
		t.Errorf("the default secret storage key is not MATRIX_RECOVERY_KEY's: %v", err)
	}
}

// encryptedExchange sends the seed article to the bot in an encrypted
// room and waits for its encrypted briefing.
func encryptedExchange(t *testing.T, h *human, room id.RoomID, what string) {
	t.Helper()
	waitEncryptedBriefing(t, h, room, h.Send(room, matrixtest.Mention(h.Bot, seedArticle)), what)
}

// waitEncryptedBriefing waits for the bot's encrypted briefing of req.
func waitEncryptedBriefing(t *testing.T, h *human, room id.RoomID, req id.EventID, what string) {
	t.Helper()
	msg, c := h.WaitReply("the encrypted briefing "+what, room, req, 90*time.Second, matrixtest.IsBriefing)
	checkBriefing(t, "the encrypted briefing "+what, c)
	if msg.Mautrix.EventSource&event.SourceDecrypted == 0 {
		t.Errorf("the briefing %s was not encrypted", what)
	}
}

// keysQuery is a /keys/query answer with each object kept as the server
// sent it, so that signatures are checked on its own bytes.
type keysQuery struct {
	DeviceKeys      map[id.UserID]map[id.DeviceID]json.RawMessage `json:"device_keys"`
	MasterKeys      map[id.UserID]json.RawMessage                 `json:"master_keys"`
	SelfSigningKeys map[id.UserID]json.RawMessage                 `json:"self_signing_keys"`
	UserSigningKeys map[id.UserID]json.RawMessage                 `json:"user_signing_keys"`
	user            id.UserID
}

// queryKeys asks the homeserver for user's keys as cli.
func queryKeys(t *testing.T, cli *mautrix.Client, user id.UserID) *keysQuery {
	t.Helper()
	var q keysQuery
	req := map[string]any{"device_keys": map[id.UserID][]string{user: {}}}
	if _, err := cli.MakeRequest(context.Background(), http.MethodPost, cli.BuildClientURL("v3", "keys", "query"), req, &q); err != nil {
		t.Fatalf("keys query for %s: %v", user, err)
	}
	q.user = user
	return &q
}

// key returns the one public key of a cross-signing key object.
func (q *keysQuery) key(t *testing.T, raw json.RawMessage, what string) id.Ed25519 {
	t.Helper()
	var k mautrix.CrossSigningKeys
	if len(raw) == 0 {
		t.Fatalf("%s has no %s key", q.user, what)
	}
	if err := json.Unmarshal(raw, &k); err != nil || len(k.Keys) != 1 || k.UserID != q.user {
		t.Fatalf("%s key of %s = %s (%v), want one key of that user", what, q.user, raw, err)
	}
	return k.FirstKey()
}

func (q *keysQuery) deviceSigned(t *testing.T, device id.DeviceID) bool {
	t.Helper()
	raw, ok := q.DeviceKeys[q.user][device]
	if !ok {
		t.Fatalf("the keys query does not list %s's device %s", q.user, device)
	}
	return signedBy(raw, q.user, q.key(t, q.SelfSigningKeys[q.user], "self-signing"))
}

// checkCrossSigned checks, as cli (another person's client or the bot's),
// that user has a master key that signs its self-signing and user-signing
// keys, and that the self-signing key signs device; it returns the master
// key.
func checkCrossSigned(t *testing.T, cli *mautrix.Client, user id.UserID, device id.DeviceID) id.Ed25519 {
	t.Helper()
	q := queryKeys(t, cli, user)
	master := q.key(t, q.MasterKeys[user], "master")
	if !signedBy(q.SelfSigningKeys[user], user, master) {
		t.Errorf("%s's self-signing key is not signed by its master key %s: %s", user, master, q.SelfSigningKeys[user])
	}
	if !signedBy(q.UserSigningKeys[user], user, master) {
		t.Errorf("%s's user-signing key is not signed by its master key %s: %s", user, master, q.UserSigningKeys[user])
	}
	if !q.deviceSigned(t, device) {
		t.Errorf("%s's device %s is not signed by its self-signing key: %s", user, device, q.DeviceKeys[user][device])
	}
	return master
}

// shownRecoveryKey finds the one recovery key in what the adapter showed.
func shownRecoveryKey(t *testing.T, shown string) string {
	t.Helper()
	keys := regexp.MustCompile(`Es[1-9A-HJ-NP-Za-km-z]{2}(?: [1-9A-HJ-NP-Za-km-z]{4}){11}`).FindAllString(shown, -1)
	if len(keys) != 1 {
		t.Fatalf("the adapter showed %d recovery keys, want 1:\n%s", len(keys), shown)
	}
	if _, err := parseRecoveryKey(keys[0]); err != nil {
		t.Fatalf("the shown recovery key does not parse: %v", err)
	}
	if !strings.Contains(shown, "MATRIX_RECOVERY_KEY") {
		t.Errorf("the recovery key is shown without saying where it goes:\n%s", shown)
	}
	return keys[0]
}

// newAdapter runs New alone (no sync), for starts that are meant to fail.
func newAdapter(t *testing.T, env matrixEnv, store *sqlite.Store, config func(*Config)) (*Adapter, error) {
	t.Helper()
	log := testLogger(t, slog.LevelWarn)
	cfg := Config{Homeserver: env.Homeserver, UserID: env.Bot, Password: env.BotPassword, PickleKey: "test pickle key",
		Logger: log, CallTimeout: 20 * time.Second}
	config(&cfg)
	a, err := New(context.Background(), cfg, store, mustCryptoDB(t, store, true), bottest.NewQueue(nil, nil, 1, log))
	if a != nil {
		t.Cleanup(func() { _ = a.Close() })
	}
	return a, err
}

// teeLogger logs everything to buf, and warnings and errors to t.
func teeLogger(t testing.TB, buf io.Writer) *slog.Logger {
	return slog.New(slog.NewMultiHandler(
		slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}),
		slog.NewTextHandler(matrixtest.TestWriter(t), &slog.HandlerOptions{Level: slog.LevelWarn}),
	))
}

// lockedBuffer is a bytes.Buffer for a logger written from several
// goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
