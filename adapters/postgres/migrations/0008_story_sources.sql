-- Story threads (several articles on one story) keep their sources'
-- articles and briefings ([]bot.ThreadSource; NULL for a thread of one
-- article), and each source's content hash in thread_sources, so that
-- forgetting a thread deletes every source's cached briefings unless
-- another thread holds the same article.
ALTER TABLE threads ADD COLUMN sources jsonb;
CREATE TABLE thread_sources (
	platform     text NOT NULL,
	conversation text NOT NULL,
	thread       text NOT NULL,
	hash         text NOT NULL,
	PRIMARY KEY (platform, conversation, thread, hash),
	FOREIGN KEY (platform, conversation, thread)
		REFERENCES threads (platform, conversation, thread) ON DELETE CASCADE
);
CREATE INDEX thread_sources_hash ON thread_sources (hash);
-- A digest lists the articles on one story as one entry: its items carry
-- the story's key ('' for an article on its own), and "more N" on the
-- entry gathers the items that share it.
ALTER TABLE digest_items ADD COLUMN story text NOT NULL DEFAULT '';
