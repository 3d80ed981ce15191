//go:build goolm

package matrix

// Cross-signing lets people's clients trust the bot's device without
// verifying each device: the account has a master key, which signs a
// self-signing key, which signs the account's devices (and a user-signing
// key, for signing other people, which the bot never uses). A client that
// holds the bot's master key, pinned on first use or verified, trusts every
// device the self-signing key signed; clients that send room keys only to
// such devices then send them to the bot.
//
// At start, with end-to-end encryption on, setUpCrossSigning finds one of
// three cases on the homeserver:
//
//   - The account has no cross-signing keys. The adapter makes the three
//     keys, stores their private halves in the account's secret storage
//     (SSSS, account data encrypted with the recovery key), publishes the
//     public halves (the homeserver asks for the account's password:
//     MATRIX_PASSWORD), and signs its device and its master key. The
//     recovery key is MATRIX_RECOVERY_KEY, or a new one, written once to
//     Config.RecoveryKeyOutput (stderr) and never logged.
//   - The account has keys and this device is signed by its self-signing
//     key: nothing to do. A MATRIX_RECOVERY_KEY that is set is checked
//     against secret storage all the same, so a wrong one shows at once.
//   - The account has keys and this device is not signed (a new device, a
//     new database): the private keys are read from secret storage with
//     MATRIX_RECOVERY_KEY and the device is signed.
//
// The private keys are not kept in the bot's database (mautrix's crypto
// store keeps only public keys and signatures): a restart reuses the
// device, which is already signed. A MATRIX_RECOVERY_KEY that is
// malformed, does not open secret storage, or opens keys other than the
// published ones fails New. Anything else (no password, a refusal, a
// network error) is logged as a warning and the bot runs with an unsigned
// device, as it did before it had cross-signing.
//
// The bot takes no part in interactive verification (SAS emoji, QR
// codes): a person's client trusts its identity on first use, and warns
// if it changes, but cannot mark the bot "verified".

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/crypto/ssss"
	"maunium.net/go/mautrix/crypto/utils"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

var (
	// errBadRecoveryKey is a MATRIX_RECOVERY_KEY that cannot be used:
	// New fails with it.
	errBadRecoveryKey = errors.New("setting MATRIX_RECOVERY_KEY")
	// errNeedPassword: the homeserver asks for the password to publish
	// cross-signing keys, and there is none.
	errNeedPassword = errors.New("the homeserver asks for the account's password to publish cross-signing keys")
	// errNoRecoveryKey: the device needs signing and the private keys are
	// in secret storage, but there is no recovery key to open it.
	errNoRecoveryKey = errors.New("no recovery key")
)

// setUpCrossSigning makes sure the bot's device is signed by the
// account's self-signing key (see the top of this file). It returns an
// error only for a bad MATRIX_RECOVERY_KEY ("setting MATRIX_RECOVERY_KEY:
// …", ready to show).
func (a *Adapter) setUpCrossSigning(ctx context.Context) error {
	if a.crypto == nil {
		if a.cfg.RecoveryKey != "" {
			a.log.Warn("MATRIX_RECOVERY_KEY is set but end-to-end encryption is off (no MATRIX_PICKLE_KEY): cross-signing is not set up")
		}
		return nil
	}
	ch, ok := a.crypto.(*cryptohelper.CryptoHelper)
	if !ok {
		return fmt.Errorf("matrix: new: cross-signing: unexpected crypto helper %T", a.crypto)
	}
	xs := &crossSigner{cli: a.cli, mach: ch.Machine(), log: a.log, password: a.cfg.Password, out: a.cfg.RecoveryKeyOutput}
	if xs.out == nil {
		xs.out = os.Stderr
	}
	if a.cfg.RecoveryKey != "" {
		raw, err := parseRecoveryKey(a.cfg.RecoveryKey)
		if err != nil {
			return err
		}
		xs.recovery = raw
	}
	err := xs.run(ctx)
	switch {
	case err == nil:
	case errors.Is(err, errBadRecoveryKey):
		return err
	case errors.Is(err, errNeedPassword):
		a.log.Warn("cross-signing is not set up: the homeserver asks for the bot account's password to publish its cross-signing keys, and only an access token is configured. "+
			"Set MATRIX_PASSWORD as well (it is used for this upload only), or set up cross-signing for the bot's account from a client such as Element and give its recovery key as MATRIX_RECOVERY_KEY. "+
			"Until then clients that send keys only to verified devices will not send them to the bot", "user", string(a.cli.UserID), "device", string(a.cli.DeviceID))
	case errors.Is(err, errNoRecoveryKey):
		a.log.Warn("cross-signing: this device is not signed by the bot account's cross-signing keys, and MATRIX_RECOVERY_KEY is not set to read them from secret storage. "+
			"Set MATRIX_RECOVERY_KEY to the recovery key shown when cross-signing was set up. "+
			"Until then clients that send keys only to verified devices will not send them to the bot", "user", string(a.cli.UserID), "device", string(a.cli.DeviceID))
	default:
		a.log.Warn("cross-signing: could not sign this device; it is tried again at the next start. "+
			"Until then clients that send keys only to verified devices will not send them to the bot", "device", string(a.cli.DeviceID), "err", err)
	}
	return nil
}

// parseRecoveryKey decodes a recovery key (the base58 text with spaces
// that clients show) into the secret storage key. The error never holds
// the key.
func parseRecoveryKey(s string) ([]byte, error) {
	raw := utils.DecodeBase58RecoveryKey(s)
	if raw == nil {
		return nil, fmt.Errorf("%w: not a recovery key (want the 48 characters, in groups of four, starting with \"Es\", that clients show)", errBadRecoveryKey)
	}
	return raw, nil
}

// crossSigner does one start's cross-signing work.
type crossSigner struct {
	cli      *mautrix.Client
	mach     *crypto.OlmMachine
	log      *slog.Logger
	password string
	recovery []byte    // the secret storage key from MATRIX_RECOVERY_KEY, or nil
	out      io.Writer // where a new recovery key is shown
}

// published is what the homeserver says about the account's
// cross-signing keys and this device.
type published struct {
	master, selfSigning id.Ed25519 // "" when the account has none
	// deviceSigned: this device's keys carry a valid signature by the
	// self-signing key.
	deviceSigned bool
}

func (xs *crossSigner) run(ctx context.Context) error {
	pub, err := xs.published(ctx)
	if err != nil {
		return err
	}
	if pub.master == "" {
		return xs.create(ctx)
	}
	if pub.deviceSigned && xs.recovery == nil {
		xs.log.Info("cross-signing: this device is signed by the account's self-signing key", "device", string(xs.cli.DeviceID), "master_key", string(pub.master))
		return nil
	}
	if xs.recovery == nil {
		return errNoRecoveryKey
	}
	keys, err := xs.fromSecretStorage(ctx)
	if err != nil {
		return err
	}
	if got := keys.PublicKeys(); got.MasterKey != pub.master || got.SelfSigningKey != pub.selfSigning {
		return fmt.Errorf("%w: it opens the account's secret storage, but the cross-signing keys there (master %s) are not the published ones (master %s): "+
			"were they reset from another client? Give that client's recovery key", errBadRecoveryKey, got.MasterKey, pub.master)
	}
	if pub.deviceSigned {
		xs.log.Info("cross-signing: this device is signed by the account's self-signing key; MATRIX_RECOVERY_KEY opens secret storage", "device", string(xs.cli.DeviceID), "master_key", string(pub.master))
		return nil
	}
	if err := xs.mach.ImportCrossSigningKeys(keys.Seeds()); err != nil {
		return fmt.Errorf("import cross-signing keys: %w", err)
	}
	if err := xs.signDevice(ctx); err != nil {
		return err
	}
	xs.log.Info("cross-signing: signed this device with the account's self-signing key from secret storage", "device", string(xs.cli.DeviceID), "master_key", string(pub.master))
	return nil
}

// published asks the homeserver for the account's cross-signing keys and
// this device's keys.
func (xs *crossSigner) published(ctx context.Context) (published, error) {
	me, dev := xs.cli.UserID, xs.cli.DeviceID
	resp, err := xs.cli.QueryKeys(ctx, &mautrix.ReqQueryKeys{DeviceKeys: mautrix.DeviceKeysRequest{me: mautrix.DeviceIDList{dev}}})
	if err != nil {
		return published{}, fmt.Errorf("query own keys: %w", err)
	}
	var pub published
	if mk, ok := resp.MasterKeys[me]; ok {
		pub.master = mk.FirstKey()
	}
	if sk, ok := resp.SelfSigningKeys[me]; ok {
		pub.selfSigning = sk.FirstKey()
	}
	if dk, ok := resp.DeviceKeys[me][dev]; ok && pub.selfSigning != "" {
		pub.deviceSigned = signedBy(&dk, me, pub.selfSigning)
	}
	return pub, nil
}

// signedBy reports whether obj (a device's or a cross-signing key's JSON)
// carries user's valid signature by key.
func signedBy(obj any, user id.UserID, key id.Ed25519) bool {
	ok, err := signatures.VerifySignatureJSON(obj, user, key.String(), key)
	return err == nil && ok
}

// create makes the account's cross-signing keys, stores them in secret
// storage, publishes them and signs this device.
func (xs *crossSigner) create(ctx context.Context) error {
	key, generated, err := xs.storageKey()
	if err != nil {
		return err
	}
	keys, err := xs.mach.GenerateCrossSigningKeys()
	if err != nil {
		return fmt.Errorf("generate cross-signing keys: %w", err)
	}
	// Secret storage first: if publishing fails, this account data is
	// only overwritten at the next attempt, whereas keys published but
	// not stored could never sign another device.
	if err := xs.mach.SSSS.SetKeyData(ctx, key.ID, key.Metadata); err != nil {
		return fmt.Errorf("store the secret storage key's description: %w", err)
	}
	if err := xs.mach.UploadCrossSigningKeysToSSSS(ctx, key, keys); err != nil {
		return fmt.Errorf("store cross-signing keys in secret storage: %w", err)
	}
	if err := xs.mach.PublishCrossSigningKeys(ctx, keys, xs.passwordAuth); err != nil {
		if xs.password == "" && isStatus(err, http.StatusUnauthorized) {
			return errNeedPassword
		}
		return fmt.Errorf("publish cross-signing keys: %w", err)
	}
	if generated {
		xs.showRecoveryKey(key)
	}
	if err := xs.mach.SSSS.SetDefaultKeyID(ctx, key.ID); err != nil {
		return fmt.Errorf("make %s the default secret storage key: %w", key.ID, err)
	}
	if err := xs.signDevice(ctx); err != nil {
		return err
	}
	from := "MATRIX_RECOVERY_KEY"
	if generated {
		from = "new, shown once on stderr"
	}
	xs.log.Info("cross-signing: set up the account's cross-signing keys and signed this device", "device", string(xs.cli.DeviceID),
		"master_key", string(keys.MasterKey.PublicKey()), "recovery_key_from", from)
	return nil
}

// storageKey is the secret storage key for new cross-signing keys:
// MATRIX_RECOVERY_KEY's, or a new random one (generated).
func (xs *crossSigner) storageKey() (key *ssss.Key, generated bool, err error) {
	if xs.recovery != nil {
		key, err = ssss.WrapKey(xs.recovery, nil)
	} else {
		key, err = ssss.NewKey("")
		generated = true
	}
	if err != nil {
		return nil, false, fmt.Errorf("make a secret storage key: %w", err)
	}
	return key, generated, nil
}

// showRecoveryKey writes a new recovery key to the operator, once. It is
// never logged: the log says where it went.
func (xs *crossSigner) showRecoveryKey(key *ssss.Key) {
	_, err := fmt.Fprintf(xs.out, "\nbriefbot: Matrix cross-signing was set up for %s. Its recovery key, shown only this once, opens the keys that sign the bot's devices:\n\n    %s\n\n"+
		"Save it in a password manager and set MATRIX_RECOVERY_KEY to it: a new device of the bot (a new database) can only be signed with it.\n\n",
		xs.cli.UserID, key.RecoveryKey())
	if err != nil {
		xs.log.Error("cross-signing: could not show the new recovery key; set up cross-signing again from a client and set MATRIX_RECOVERY_KEY", "err", err)
		return
	}
	xs.log.Warn("cross-signing: a new recovery key was written once to stderr (not to this log): save it as MATRIX_RECOVERY_KEY", "user", string(xs.cli.UserID))
}

// passwordAuth answers the homeserver's request for authentication with
// the account's password, when there is one.
func (xs *crossSigner) passwordAuth(r *mautrix.RespUserInteractive) any {
	if xs.password == "" || !r.HasSingleStageFlow(mautrix.AuthTypePassword) {
		return nil
	}
	return map[string]any{
		"type":       mautrix.AuthTypePassword,
		"session":    r.Session,
		"identifier": mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: string(xs.cli.UserID)},
		"password":   xs.password,
	}
}

// signDevice signs this device with the self-signing key and the master
// key with this device (so the bot's other devices, if any, trust it).
func (xs *crossSigner) signDevice(ctx context.Context) error {
	if err := xs.mach.SignOwnDevice(ctx, xs.mach.OwnIdentity()); err != nil {
		return fmt.Errorf("sign this device: %w", err)
	}
	if err := xs.mach.SignOwnMasterKey(ctx); err != nil {
		return fmt.Errorf("sign the master key with this device: %w", err)
	}
	return nil
}

// fromSecretStorage reads the private cross-signing keys from secret
// storage with the recovery key. The key id is the one the master key is
// stored under (the default key's, normally).
func (xs *crossSigner) fromSecretStorage(ctx context.Context) (*crypto.CrossSigningKeysCache, error) {
	var master ssss.EncryptedAccountDataEventContent
	if err := xs.cli.GetAccountData(ctx, event.AccountDataCrossSigningMaster.Type, &master); err != nil {
		if errors.Is(err, mautrix.MNotFound) {
			return nil, fmt.Errorf("%w: the account's secret storage holds no cross-signing keys to open (they were set up without it): "+
				"reset cross-signing from a client such as Element and give its recovery key", errBadRecoveryKey)
		}
		return nil, fmt.Errorf("read the master key from secret storage: %w", err)
	}
	key, err := xs.openingKey(ctx, &master)
	if err != nil {
		return nil, err
	}
	var seeds [3][]byte
	if seeds[0], err = master.Decrypt(event.AccountDataCrossSigningMaster.Type, key); err != nil {
		return nil, fmt.Errorf("read %s from secret storage: %w", event.AccountDataCrossSigningMaster.Type, err)
	}
	for i, t := range []event.Type{event.AccountDataCrossSigningSelf, event.AccountDataCrossSigningUser} {
		if seeds[i+1], err = xs.mach.SSSS.GetDecryptedAccountData(ctx, t, key); err != nil {
			return nil, fmt.Errorf("read %s from secret storage: %w", t.Type, err)
		}
	}
	keys, err := (&crypto.CrossSigningSeeds{MasterKey: seeds[0], SelfSigningKey: seeds[1], UserSigningKey: seeds[2]}).Decode()
	if err != nil {
		return nil, fmt.Errorf("decode the cross-signing keys from secret storage: %w", err)
	}
	return &keys, nil
}

// openingKey finds the secret storage key, among those master is
// encrypted with, that the recovery key is: the one that decrypts it
// (its MAC proves the key right).
func (xs *crossSigner) openingKey(ctx context.Context, master *ssss.EncryptedAccountDataEventContent) (*ssss.Key, error) {
	for keyID := range master.Encrypted {
		meta, err := xs.mach.SSSS.GetKeyData(ctx, keyID)
		if err != nil {
			if errors.Is(err, mautrix.MNotFound) {
				continue
			}
			return nil, fmt.Errorf("read secret storage key %s: %w", keyID, err)
		}
		key := &ssss.Key{ID: keyID, Key: xs.recovery, Metadata: meta}
		if _, err := master.Decrypt(event.AccountDataCrossSigningMaster.Type, key); err == nil {
			return key, nil
		}
	}
	return nil, fmt.Errorf("%w: does not open the account's secret storage (a recovery key of another account, or of keys reset since?)", errBadRecoveryKey)
}

// isStatus reports whether err is a homeserver answer with HTTP status
// code.
func isStatus(err error, code int) bool {
	var he mautrix.HTTPError
	if errors.As(err, &he) {
		return he.IsStatus(code)
	}
	var phe *mautrix.HTTPError
	return errors.As(err, &phe) && phe != nil && phe.IsStatus(code)
}
