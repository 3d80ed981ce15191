-- Initial schema. JSON columns hold the encoding/json form of bot.Article
-- and bot.Briefing.

CREATE TABLE threads (
	platform     text        NOT NULL,
	conversation text        NOT NULL,
	thread       text        NOT NULL,
	article      jsonb,                       -- bot.Article, NULL when none
	briefing     jsonb,                       -- bot.Briefing, NULL when none
	turn_count   integer     NOT NULL DEFAULT 0, -- the seq of the last turn
	created      timestamptz NOT NULL,
	updated      timestamptz NOT NULL,
	PRIMARY KEY (platform, conversation, thread)
);

-- PruneThreads deletes by age.
CREATE INDEX threads_updated_idx ON threads (updated);

CREATE TABLE turns (
	platform     text        NOT NULL,
	conversation text        NOT NULL,
	thread       text        NOT NULL,
	seq          integer     NOT NULL, -- 1, 2, 3 … in the order asked
	question     text        NOT NULL,
	answer       text        NOT NULL,
	created      timestamptz NOT NULL,
	PRIMARY KEY (platform, conversation, thread, seq),
	FOREIGN KEY (platform, conversation, thread)
		REFERENCES threads (platform, conversation, thread) ON DELETE CASCADE
);

-- Idempotency keys of requests already taken (MarkProcessed).
CREATE TABLE processed (
	key     text        NOT NULL PRIMARY KEY,
	created timestamptz NOT NULL
);

CREATE INDEX processed_created_idx ON processed (created);

CREATE TABLE briefing_cache (
	key      text        NOT NULL PRIMARY KEY, -- bot.BriefingKey: backend ID | article hash
	briefing jsonb       NOT NULL,             -- bot.Briefing
	created  timestamptz NOT NULL
);

-- Small opaque values kept for adapters (a Matrix sync token, a cursor).
CREATE TABLE state (
	key     text        NOT NULL PRIMARY KEY,
	value   bytea       NOT NULL,
	updated timestamptz NOT NULL
);
