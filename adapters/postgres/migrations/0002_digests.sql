-- Digests: per conversation, a schedule, the feeds it follows, the items
-- already shown (so that none appears twice) and the digests posted (so
-- that "more N" finds item N).

CREATE TABLE digest_schedules (
	platform     text        NOT NULL,
	conversation text        NOT NULL,
	spec         text        NOT NULL DEFAULT '',    -- "daily 08:00", "cron 0 8 * * 1-5"; '' when off
	time_zone    text        NOT NULL DEFAULT 'UTC', -- IANA name
	next_run     timestamptz,                        -- NULL when off
	last_run     timestamptz,                        -- NULL before the first digest
	quiet        boolean,                            -- true: nothing new posts nothing; NULL: the bot's default
	created_by   text        NOT NULL DEFAULT '',
	created      timestamptz NOT NULL,
	updated      timestamptz NOT NULL,
	PRIMARY KEY (platform, conversation)
);

-- DueDigests reads the scheduled digests by next run.
CREATE INDEX digest_schedules_next_run_idx ON digest_schedules (next_run) WHERE next_run IS NOT NULL;

CREATE TABLE digest_feeds (
	id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform      text        NOT NULL,
	conversation  text        NOT NULL,
	url           text        NOT NULL,
	title         text        NOT NULL DEFAULT '',
	etag          text        NOT NULL DEFAULT '',
	last_modified text        NOT NULL DEFAULT '',
	last_checked  timestamptz,
	last_error    text        NOT NULL DEFAULT '', -- one line for the user; '' when the last fetch worked
	last_error_at timestamptz,
	added_by      text        NOT NULL DEFAULT '',
	created       timestamptz NOT NULL,
	UNIQUE (platform, conversation, url)
);

-- Items shown in a conversation's digests, by key: "u:" and a normalised
-- link, "h:" and the article's content hash, "g:" and a feed item's id.
CREATE TABLE digest_seen (
	platform     text        NOT NULL,
	conversation text        NOT NULL,
	key          text        NOT NULL,
	seen_at      timestamptz NOT NULL,
	PRIMARY KEY (platform, conversation, key)
);

CREATE TABLE digests (
	id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform     text        NOT NULL,
	conversation text        NOT NULL,
	message_id   text        NOT NULL DEFAULT '', -- the digest's message, or the thread it was posted in
	created      timestamptz NOT NULL
);

CREATE INDEX digests_conversation_idx ON digests (platform, conversation, id);
CREATE INDEX digests_created_idx ON digests (created);

CREATE TABLE digest_items (
	digest_id bigint  NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
	n         integer NOT NULL, -- 1, 2, 3 … as numbered in the digest
	title     text    NOT NULL DEFAULT '',
	url       text    NOT NULL DEFAULT '',
	site      text    NOT NULL DEFAULT '',
	published text    NOT NULL DEFAULT '',
	summary   text    NOT NULL DEFAULT '',
	parties   jsonb   NOT NULL DEFAULT '[]', -- array of names
	hash      text    NOT NULL DEFAULT '',
	thread    text    NOT NULL DEFAULT '',   -- the thread of an article briefed in the conversation
	article   jsonb,                         -- bot.Article of a feed item
	briefing  jsonb,                         -- bot.Briefing of a feed item
	PRIMARY KEY (digest_id, n)
);

-- ThreadsSince reads a conversation's threads by creation time.
CREATE INDEX threads_conversation_created_idx ON threads (platform, conversation, created);
