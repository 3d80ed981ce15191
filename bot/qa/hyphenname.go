package qa

// hyphenAdjective reports whether the capitalised ws[k] is part of an
// adjective written with a hyphen: joined to a word in lower case after
// it ("Virginia-based") or after one in lower case ("pan-Commonwealth",
// "anti-Trump"). It names no one and no place: "a pan-Commonwealth
// panel selected…" does not say who sat on the panel.
func hyphenAdjective(ws []word, k int) bool {
	return ws[k].joined || ws[k].tagged && k > 0 && !ws[k-1].cap && !ws[k-1].digit
}
