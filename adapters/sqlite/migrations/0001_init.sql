-- Initial schema. Times are INTEGER Unix microseconds (UTC); read them with
-- datetime(col / 1000000, 'unixepoch'). JSON columns hold the encoding/json
-- form of bot.Article and bot.Briefing.

CREATE TABLE threads (
	platform     TEXT    NOT NULL,
	conversation TEXT    NOT NULL,
	thread       TEXT    NOT NULL,
	article      TEXT,                       -- JSON bot.Article, NULL when none
	briefing     TEXT,                       -- JSON bot.Briefing, NULL when none
	turn_count   INTEGER NOT NULL DEFAULT 0, -- the seq of the last turn
	created      INTEGER NOT NULL,
	updated      INTEGER NOT NULL,
	PRIMARY KEY (platform, conversation, thread)
);

-- PruneThreads deletes by age.
CREATE INDEX threads_updated ON threads (updated);

CREATE TABLE turns (
	platform     TEXT    NOT NULL,
	conversation TEXT    NOT NULL,
	thread       TEXT    NOT NULL,
	seq          INTEGER NOT NULL, -- 1, 2, 3 … in the order asked
	question     TEXT    NOT NULL,
	answer       TEXT    NOT NULL,
	created      INTEGER NOT NULL,
	PRIMARY KEY (platform, conversation, thread, seq),
	FOREIGN KEY (platform, conversation, thread)
		REFERENCES threads (platform, conversation, thread) ON DELETE CASCADE
);

-- Idempotency keys of requests already taken (MarkProcessed).
CREATE TABLE processed (
	key     TEXT    NOT NULL PRIMARY KEY,
	created INTEGER NOT NULL
);

CREATE INDEX processed_created ON processed (created);

CREATE TABLE briefing_cache (
	key      TEXT    NOT NULL PRIMARY KEY, -- bot.BriefingKey: backend ID | article hash
	briefing TEXT    NOT NULL,             -- JSON bot.Briefing
	created  INTEGER NOT NULL
);

-- Small opaque values kept for adapters (a Matrix sync token, a cursor).
CREATE TABLE state (
	key     TEXT    NOT NULL PRIMARY KEY,
	value   BLOB    NOT NULL,
	updated INTEGER NOT NULL
);
