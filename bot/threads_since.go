package bot

import (
	"context"
	"sort"
	"time"
)

// ThreadsSince returns the threads of a conversation that hold a briefing
// and were created at or after since, oldest first, at most limit of them
// (all when limit <= 0), without their turns. The digest lists them as
// "briefed here since the last digest"; the durable stores implement the
// same query.
func (s *MemStore) ThreadsSince(_ context.Context, platform string, conv ConversationID, since time.Time, limit int) ([]*Thread, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Thread
	for k, t := range s.threads {
		if k.Platform != platform || k.Conversation != conv || t.Briefing == nil || t.Created.Before(since) {
			continue
		}
		cp := cloneThread(t)
		cp.Turns = nil
		out = append(out, cp)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Created.Equal(out[j].Created) {
			return out[i].Created.Before(out[j].Created)
		}
		return out[i].Key.Thread < out[j].Key.Thread
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
