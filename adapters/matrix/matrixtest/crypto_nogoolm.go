//go:build !goolm

package matrixtest

import (
	"testing"

	"maunium.net/go/mautrix"
)

const e2ee = false

// humanCrypto needs the goolm build tag; the tests that use it skip
// without it.
func humanCrypto(t testing.TB, _ *mautrix.Client) {
	t.Skip("end-to-end encryption tests need -tags goolm")
}
