//go:build !goolm

package matrix

import (
	"context"
	"errors"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
)

// e2eeAvailable is false: this build has no Olm implementation. The
// default mautrix one (libolm) needs cgo and the C library; briefbot uses
// the pure-Go one, selected by the goolm build tag.
const e2eeAvailable = false

// errNoGoolm is returned when encryption is configured in a build
// without it.
var errNoGoolm = errors.New("end-to-end encryption is not available: briefbot was built without the goolm build tag (build with -tags goolm), or unset MATRIX_PICKLE_KEY to run without encryption")

func newCrypto(_ context.Context, _ *mautrix.Client, _ []byte, _ *dbutil.Database, _ func(*event.Event, error)) (mautrix.CryptoHelper, error) {
	return nil, errNoGoolm
}
