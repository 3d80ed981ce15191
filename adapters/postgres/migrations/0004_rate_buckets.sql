-- Token buckets of the briefing rate limits, shared by every replica:
-- tokens left and when they were counted. A bucket idle for a day is full
-- again; retention (PruneThreads) deletes idle ones.
CREATE TABLE rate_buckets (
	key    text             PRIMARY KEY,
	tokens double precision NOT NULL,
	at     timestamptz      NOT NULL
);
