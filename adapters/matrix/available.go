package matrix

// EncryptionAvailable reports whether this build can take part in
// end-to-end encrypted rooms (it was built with the goolm tag).
func EncryptionAvailable() bool { return e2eeAvailable }
