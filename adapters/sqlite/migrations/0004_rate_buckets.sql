-- Token buckets of the briefing rate limits, shared by every process on
-- the database: tokens left and when they were counted (Unix
-- microseconds). A bucket idle for a day is full again;
-- retention (PruneThreads) deletes idle ones.
CREATE TABLE rate_buckets (
	key    TEXT    PRIMARY KEY,
	tokens REAL    NOT NULL,
	at     INTEGER NOT NULL
);
