//go:build !goolm

package matrix

import (
	"testing"

	"maunium.net/go/mautrix"
)

// humanCrypto needs the goolm build tag; the tests that use it skip
// without it.
func humanCrypto(t testing.TB, _ *mautrix.Client) {
	t.Skip("end-to-end encryption tests need -tags goolm")
}
