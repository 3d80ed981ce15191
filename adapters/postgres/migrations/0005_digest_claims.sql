-- A digest claims its items when it is saved, just before it is posted:
-- the keys it marks seen name it (digest_id) until its post is recorded,
-- and are given back if it is deleted unposted, so that a run stopped by
-- a crash loses no item. NULL: seen for good (a digest pruned later
-- leaves its keys seen).
ALTER TABLE digest_seen ADD COLUMN digest_id bigint REFERENCES digests (id) ON DELETE SET NULL;
CREATE INDEX digest_seen_digest_idx ON digest_seen (digest_id) WHERE digest_id IS NOT NULL;

-- thread: where the digest is posted ('' at the top of the conversation),
-- where a run resumed after a crash looks for the post. since: the start
-- of the window of briefed articles it covers, opened again when it is
-- given back (NULL: unknown). posted: true once the post is recorded
-- (message_id may stay '' when the chat gave no id).
ALTER TABLE digests ADD COLUMN thread text NOT NULL DEFAULT '';
ALTER TABLE digests ADD COLUMN since timestamptz;
ALTER TABLE digests ADD COLUMN posted boolean NOT NULL DEFAULT false;
UPDATE digests SET posted = true WHERE message_id <> '';
CREATE INDEX digests_unposted_idx ON digests (platform, conversation, created) WHERE NOT posted;
