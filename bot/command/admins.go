package command

import (
	"sort"
	"strings"
)

// Admins is the list of users who may run admin-only commands (see
// Command.AdminOnly). User ids are the platforms' own (Slack "U0123ABC",
// Matrix "@alice:example.org"); they do not collide across platforms. The
// zero value, an empty list, lets everyone run every command.
type Admins struct {
	ids map[string]bool
}

// ParseAdmins reads a list of user ids separated by commas, semicolons or
// white space (the BRIEFBOT_ADMINS setting).
func ParseAdmins(list string) Admins {
	a := Admins{ids: map[string]bool{}}
	for _, id := range strings.FieldsFunc(list, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}) {
		a.ids[id] = true
	}
	return a
}

// NewAdmins returns the list of the given ids.
func NewAdmins(ids ...string) Admins {
	return ParseAdmins(strings.Join(ids, ","))
}

// Configured reports whether the list names anyone.
func (a Admins) Configured() bool { return len(a.ids) > 0 }

// Allows reports whether user may run c: always for a command that is not
// admin-only or when no list is configured; otherwise only for a listed
// user.
func (a Admins) Allows(user string, c Command) bool {
	if !c.AdminOnly() || !a.Configured() {
		return true
	}
	return a.ids[user]
}

// IDs returns the listed ids, sorted.
func (a Admins) IDs() []string {
	out := make([]string, 0, len(a.ids))
	for id := range a.ids {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
