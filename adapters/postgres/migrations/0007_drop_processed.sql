-- The idempotency keys of requests taken (the processed table) served the
-- in-process work queue, which only tests use now: `briefbot serve`'s
-- durable queue drops a duplicate delivery by its unique job
-- (adapters/riverq). Its index goes with it.
DROP TABLE processed;
