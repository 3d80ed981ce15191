package web

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decodeCharset converts a response body to UTF-8. The encoding comes from,
// in order: a byte order mark, the Content-Type charset, a <meta> charset
// in the first 1024 bytes, or a guess. One correction is made to that
// order: a body without a byte order mark that is entirely valid UTF-8 and
// has non-ASCII text is taken as UTF-8 whatever is declared, because a
// mislabelled UTF-8 page (a server's default "charset=iso-8859-1") is far
// more common than Latin-1 text that happens to be valid UTF-8, and the
// guess only looks at the first 1024 bytes. The result is always valid
// UTF-8: undecodable bytes become U+FFFD.
func decodeCharset(body []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	fromBOM := certain && hasBOM(body)
	if !fromBOM && hasNonASCII(body) && utf8.Valid(body) {
		return body
	}
	if name == "utf-8" || enc == encoding.Nop || enc == nil {
		body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		return bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		// Decoders replace bad input rather than fail; should one fail,
		// keep what is readable of the raw bytes.
		return bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) ||
		bytes.HasPrefix(b, []byte("\xfe\xff")) ||
		bytes.HasPrefix(b, []byte("\xff\xfe"))
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
