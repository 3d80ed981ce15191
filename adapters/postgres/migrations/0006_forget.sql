-- Forgetting a thread deletes its article's cached briefings unless
-- another thread holds the same article: threads record their article's
-- content hash (bot.Article.Hash) to tell. '' for a thread without an
-- article, and for threads saved before this migration (their cached
-- briefings then go by age, with the retention setting).
ALTER TABLE threads ADD COLUMN article_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX threads_article_hash ON threads (article_hash) WHERE article_hash <> '';
-- Retention deletes cached briefings by age.
CREATE INDEX briefing_cache_created ON briefing_cache (created);
