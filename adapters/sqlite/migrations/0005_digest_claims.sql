-- A digest claims its items when it is saved, just before it is posted:
-- the keys it marks seen name it (digest_id) until its post is recorded,
-- and are given back if it is deleted unposted, so that a run stopped by
-- a crash loses no item. NULL: seen for good (a digest pruned later
-- leaves its keys seen).
ALTER TABLE digest_seen ADD COLUMN digest_id INTEGER REFERENCES digests (id) ON DELETE SET NULL;
CREATE INDEX digest_seen_digest ON digest_seen (digest_id) WHERE digest_id IS NOT NULL;

-- thread: where the digest is posted ('' at the top of the conversation),
-- where a run resumed after a crash looks for the post. since: the start
-- of the window of briefed articles it covers, opened again when it is
-- given back (NULL: unknown). posted: 1 once the post is recorded
-- (message_id may stay '' when the chat gave no id).
ALTER TABLE digests ADD COLUMN thread TEXT NOT NULL DEFAULT '';
ALTER TABLE digests ADD COLUMN since INTEGER;
ALTER TABLE digests ADD COLUMN posted INTEGER NOT NULL DEFAULT 0;
UPDATE digests SET posted = 1 WHERE message_id <> '';
CREATE INDEX digests_unposted ON digests (platform, conversation, created) WHERE posted = 0;
