-- A scheduled digest is leased while it is being made: lease_until (Unix
-- microseconds) holds it until then, and a lease still set after it
-- expired was left by a process that stopped mid-run, so the digest is
-- made again. NULL: no run in progress.
ALTER TABLE digest_schedules ADD COLUMN lease_until INTEGER;
