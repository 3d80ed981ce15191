package qa

import "slices"

// saysAsked reports whether sentence i holds what the question's verb of
// saying, t, asks for ("What did the coastguard say?", "What does the
// paper say…?"): a reporting verb of any kind ("A coastguard
// spokesperson confirmed…", "…has warned that…"). A verb that asks for
// a response ("How did the union react?") is not answered so, for not
// every statement responds, nor one that asks for a particular act
// ("Did she deny it?"). Nor is a question about the words of a party
// of the briefing: its own statements need no such verb (see score), and
// others' that name it are not its words; nor a question that names
// anyone ("What did Kim say…?"): their words are asked, not anyone's
// a sentence reports. One that asks by a common noun ("the families")
// is answered where the article describes them ("Relatives … saying…").
func (a *article) saysAsked(i int, t string, qu *question) bool {
	if !qu.verbs[t] || qu.asksAct || qu.speakerIsParty || !a.reportsAny[i] {
		return false
	}
	if slices.ContainsFunc(qu.words, func(w word) bool { return w.cap && !w.first }) {
		return false
	}
	return slices.ContainsFunc(qu.words, func(w word) bool { return a.v.reporting[w.f] && a.v.stem(w.f) == t })
}
