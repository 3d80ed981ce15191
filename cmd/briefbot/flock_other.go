//go:build !unix

package main

// lockFile does nothing where flock is not available: there, keeping one
// briefbot serve per SQLite file is up to the operator.
func lockFile(string) (release func() error, err error) {
	return func() error { return nil }, nil
}
