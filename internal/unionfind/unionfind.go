// Package unionfind groups items 0…n-1: Union joins two groups, Find
// names an item's group by its earliest item, so that the first item seen
// names a group (party merging in adapters/openai, story grouping in
// bot/story).
package unionfind

// Sets is n items in groups, each alone at first.
type Sets []int

// New returns n items, each in a group of its own.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the earliest item of i's group.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union joins the groups of i and j.
func (s Sets) Union(i, j int) {
	a, b := s.Find(i), s.Find(j)
	if a != b {
		s[max(a, b)] = min(a, b)
	}
}
