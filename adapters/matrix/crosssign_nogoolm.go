//go:build !goolm

package matrix

import "context"

// setUpCrossSigning does nothing in a build without end-to-end encryption
// (see crosssign.go), but says that a recovery key is not used.
func (a *Adapter) setUpCrossSigning(context.Context) error {
	if a.cfg.RecoveryKey != "" {
		a.log.Warn("MATRIX_RECOVERY_KEY is set but end-to-end encryption is off: cross-signing is not set up")
	}
	return nil
}
