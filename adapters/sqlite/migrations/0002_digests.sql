-- Digests: per conversation, a schedule, the feeds it follows, the items
-- already shown (so that none appears twice) and the digests posted (so
-- that "more N" finds item N). Times are INTEGER Unix microseconds (UTC).

CREATE TABLE digest_schedules (
	platform     TEXT    NOT NULL,
	conversation TEXT    NOT NULL,
	spec         TEXT    NOT NULL DEFAULT '',    -- "daily 08:00", "cron 0 8 * * 1-5"; '' when off
	time_zone    TEXT    NOT NULL DEFAULT 'UTC', -- IANA name
	next_run     INTEGER,                        -- NULL when off
	last_run     INTEGER,                        -- NULL before the first digest
	quiet        INTEGER,                        -- 1: nothing new posts nothing; 0: a short message; NULL: the bot's default
	created_by   TEXT    NOT NULL DEFAULT '',
	created      INTEGER NOT NULL,
	updated      INTEGER NOT NULL,
	PRIMARY KEY (platform, conversation)
);

-- DueDigests reads the scheduled digests by next run.
CREATE INDEX digest_schedules_next_run ON digest_schedules (next_run) WHERE next_run IS NOT NULL;

CREATE TABLE digest_feeds (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	platform      TEXT    NOT NULL,
	conversation  TEXT    NOT NULL,
	url           TEXT    NOT NULL,
	title         TEXT    NOT NULL DEFAULT '',
	etag          TEXT    NOT NULL DEFAULT '',
	last_modified TEXT    NOT NULL DEFAULT '',
	last_checked  INTEGER,
	last_error    TEXT    NOT NULL DEFAULT '', -- one line for the user; '' when the last fetch worked
	last_error_at INTEGER,
	added_by      TEXT    NOT NULL DEFAULT '',
	created       INTEGER NOT NULL,
	UNIQUE (platform, conversation, url)
);

-- Items shown in a conversation's digests, by key: "u:" and a normalised
-- link, "h:" and the article's content hash, "g:" and a feed item's id.
CREATE TABLE digest_seen (
	platform     TEXT    NOT NULL,
	conversation TEXT    NOT NULL,
	key          TEXT    NOT NULL,
	seen_at      INTEGER NOT NULL,
	PRIMARY KEY (platform, conversation, key)
);

CREATE TABLE digests (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	platform     TEXT    NOT NULL,
	conversation TEXT    NOT NULL,
	message_id   TEXT    NOT NULL DEFAULT '', -- the digest's message, or the thread it was posted in
	created      INTEGER NOT NULL
);

CREATE INDEX digests_conversation ON digests (platform, conversation, id);
CREATE INDEX digests_created ON digests (created);

CREATE TABLE digest_items (
	digest_id INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
	n         INTEGER NOT NULL, -- 1, 2, 3 … as numbered in the digest
	title     TEXT    NOT NULL DEFAULT '',
	url       TEXT    NOT NULL DEFAULT '',
	site      TEXT    NOT NULL DEFAULT '',
	published TEXT    NOT NULL DEFAULT '',
	summary   TEXT    NOT NULL DEFAULT '',
	parties   TEXT    NOT NULL DEFAULT '[]', -- JSON array of names
	hash      TEXT    NOT NULL DEFAULT '',
	thread    TEXT    NOT NULL DEFAULT '',   -- the thread of an article briefed in the conversation
	article   TEXT,                          -- JSON bot.Article of a feed item
	briefing  TEXT,                          -- JSON bot.Briefing of a feed item
	PRIMARY KEY (digest_id, n)
);

-- ThreadsSince reads a conversation's threads by creation time.
CREATE INDEX threads_conversation_created ON threads (platform, conversation, created);
