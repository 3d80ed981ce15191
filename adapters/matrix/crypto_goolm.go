//go:build goolm

package matrix

import (
	"context"
	"errors"
	"fmt"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
)

// e2eeAvailable is true when the adapter is built with the pure-Go Olm
// implementation (the goolm build tag).
const e2eeAvailable = true

// errNoGoolm is not returned in this build (e2eeAvailable is true).
var errNoGoolm = errors.New("end-to-end encryption is not available in this build")

// newCrypto sets up end-to-end encryption for cli with its state in db,
// encrypted with pickleKey: it loads (or creates and uploads) the device's
// keys and registers the decryption handlers on cli's syncer. onUTD is
// called for each event that cannot be decrypted, after waiting for keys.
func newCrypto(ctx context.Context, cli *mautrix.Client, pickleKey []byte, db *dbutil.Database, onUTD func(*event.Event, error)) (mautrix.CryptoHelper, error) {
	ch, err := cryptohelper.NewCryptoHelper(cli, pickleKey, db)
	if err != nil {
		return nil, fmt.Errorf("set up encryption: %w", err)
	}
	ch.DecryptErrorCallback = onUTD
	if err := ch.Init(ctx); err != nil {
		return nil, fmt.Errorf("set up encryption: %w", err)
	}
	cli.Crypto = ch
	return ch, nil
}
