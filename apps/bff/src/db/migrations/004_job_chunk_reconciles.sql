-- An uncertain invite chunk is reconciled (its emails looked up in Chime) before anything is sent
-- again. Those reads are counted apart from the chunk's sends: a failed lookup must not use up the
-- attempts the chunk has to send, yet a reconcile that keeps failing must still come to an end.
-- attempts now counts calls made (it was claims).
ALTER TABLE job_chunks ADD COLUMN reconciles integer NOT NULL DEFAULT 0;
